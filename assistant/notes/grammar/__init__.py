"""A grammar of officials' notes: sentences of heads (rows, groups, applicants, table-4 groups and
outcomes, table-2 rows and columns), numbers and function words, read left to right with a context.

A number binds to the nearest head before it in its clause (after the previous number), else to the
head right after it ("1件维持"), else to the current topic (the last head of the sentence, or the head a
parenthesis hangs from). An applicant word before a number picks the column. Quantifiers and zero words
bind to the heads of their own clause, or the topic, with that scope only. Everything becomes a linear
statement for the solver, quoted with the words it came from.

numbers    which runs of a note are figures
binding    a number to its head and column (shares, fractions, "比去年多", "一件是…")
scope      quantifiers, zero words, the end of a clause
cases      cases told one by one, by month, quarter or code; carried-over applications
reader     MessageReader, the sentence loop that uses the three above

A correction ("更正：", "不对，是…") is not a grammar of its own: the reader marks the message's statements as
corrections (`lexicon.CORRECTION`, a spoken fix in `binding`) and the solver lets them replace earlier ones.
"""
from .cases import case_segments
from .numbers import Num, numbers
from .reader import MessageReader

__all__ = ["MessageReader", "Num", "case_segments", "numbers"]
