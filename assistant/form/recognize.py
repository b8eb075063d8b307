"""Every recogniser of a published report's wording, generated from the form (official.py): the patterns that
find a section heading, a table-3 row label and a table-4 group label. The words themselves live on the
form's definitions (`printed`); this module only compiles them, in the order the readers try them."""
from __future__ import annotations

import re

from .official import APPLICATION_ROWS_DEF, RESULTS, REVIEW_GROUPS_DEF, SECTIONS, T3_GROUPS

# Section number -> the pattern that names it in a heading (parse/meta.py): its printed pattern or one of
# the accepted variant wordings (which S-1 then warns about).
HEADINGS = {s.number: re.compile("|".join([s.printed, *map(re.escape, s.variants)])) for s in SECTIONS}

# Table 3 row key -> pattern, first match wins: the flow rows (一、二、四) before the results, whose words
# ("予以公开", "确认") could appear inside a flow row's reworded label. （六）3.其他 and （七）总计 are told
# apart by position (parse/tables.py), not by a pattern.
T3_ROWS = tuple((r.key, re.compile(r.printed))
                for r in sorted(APPLICATION_ROWS_DEF, key=lambda r: r.group is not None) if r.printed)

# Table 3 group labels (results, withheld, unavailable …), found by the first five characters of their words.
T3_GROUP_LABELS = tuple((re.compile(re.escape(g.label.split("、")[-1].split("）")[-1][:5])), g.label)
                        for g in (RESULTS, *T3_GROUPS))

# Table 4 group key -> pattern.
T4_GROUPS = tuple((g.key, re.compile(g.printed)) for g in REVIEW_GROUPS_DEF)
