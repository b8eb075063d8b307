"""Align a stream of lines with the official template of one table.

Row labels are soft anchors (matched after folding script, width, spaces and line wraps); the
template's row order is a hard constraint; the identities of the form (R3-1/2/3, R4-1) and
plausibility decide where a lost cell was. What cannot be placed for sure stays null, with a typed
problem saying why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from ..form.official import IDENTITIES
from .stream import Line, split_label


@dataclass
class Slot:
    """One template row being read: its values as raw cell texts, how they were found."""
    key: str
    width: int
    values: list[str] = field(default_factory=list)
    closed: bool = False
    how: str = "by_label"          # by_label | by_order
    structured: bool = True        # values came from real cells (blanks meaningful)
    label: str = ""                # the label as written (for S-4), "" when not a single cell
    line: Line | None = None
    before: list[str] = field(default_factory=list)  # cells left of the label (group names)
    lines: int = 0
    cut: bool = False              # its last figures ended a page: a short row was cut, its cells in order


class Aligner:
    """Feed lines; labels open slots, value lines fill the oldest open slot (a block of labels followed by
    a block of figures, as PDF text has it), unlabelled figures between two anchors are placed by the
    template's order only when they fit it exactly."""

    def __init__(self, keys: tuple[str, ...], width, match, *, ignore=None, ordered: bool = True, accept=None):
        self.keys = keys
        self.index = {k: i for i, k in enumerate(keys)}
        self.width = width        # key -> number of cells
        self.match = match        # (label text, last index) -> key | None
        self.ignore = ignore or (lambda text: False)
        self.slots: dict[str, Slot] = {}
        self.queue: list[Slot] = []
        self.last = -1
        self.fragments: list[str] = []
        self.orphans: list[tuple[list[str], bool]] = []
        self.unplaced = 0
        self.joined = False
        self.renamed: dict[str, str] = {}  # row key -> the unrecognised label of the row read in its place
        # False where every row's label names it for sure (table 2): a labelled row printed before a row the
        # form puts first is still read, as a reader reads it.
        self.ordered = ordered
        # (key, cells) -> whether a row read with a figure's thousands joined back ("15 306") is right.
        self.accept = accept or (lambda key, cells: True)

    # --- labels ---------------------------------------------------------------------------------
    def _key(self, cells: list[str], at: int, structured: bool = False) -> tuple[str | None, str]:
        label = cells[at]
        if (key := self.match(label, self.last)):
            return key, label
        if structured:
            return None, label  # real cells are never joined: a junk figure cell is not part of a label
        # Label over several cells or tokens ("第二十条  第(一)项", "2.其他法律行政法规 禁止公开").
        j = at
        while j > 0 and cells[j - 1].strip() and not _is_value(cells[j - 1]):
            j -= 1
            joined = "".join(cells[j:at + 1])
            if (key := self.match(joined, self.last)):
                return key, ""
        # A label that wrapped over lines: its head is a fragment seen just before.
        for n in (1, 2):
            if len(self.fragments) >= n:
                joined = "".join(self.fragments[-n:]) + "".join(cells[j:at + 1])
                if (key := self.match(joined, self.last)):
                    self.joined = True
                    return key, ""
        return None, label

    def feed(self, line: Line):
        at, values = split_label(line.cells)
        self.joined = False
        if at >= 0:
            key, label = self._key(line.cells, at, line.structured)
            if key is None and line.structured:
                # A junk cell ("abc") where a figure belongs: the label is the right-most cell that names a row.
                for j in range(at - 1, -1, -1):
                    if line.cells[j].strip() and (key := self.match(line.cells[j], self.last)):
                        at, label, values = j, line.cells[j], line.cells[j + 1:]
                        break
            if key is None:
                text = "".join(line.cells[:at + 1])
                if self.ignore(text):
                    return
                if not any(v.strip() for v in values):
                    self.fragments = (self.fragments + [line.cells[at]])[-2:]
                    return
                # Figures after an unknown label: the tail of a wrapped label whose head opened a slot,
                # or a row the template does not have.
                if self._open():
                    self._values(values, line)
                else:
                    self.orphans.append((values, line.structured, text))
                return
            self.fragments = []
            if key in self.slots and not self.slots[key].values and not self.slots[key].closed and values:
                self._values(values, line)  # the tail of a wrapped label naming its row again, with the figures
                return
            if key in self.slots:
                return  # a repeated row is not read twice
            if self.index[key] <= self.last:
                if not self.ordered and values and any(v.strip() for v in values):
                    slot = Slot(key, self.width(key), label=label if line.structured else "", line=line,
                                before=line.cells[:at], structured=line.structured)
                    self.slots[key] = slot
                    slot.values, slot.closed, slot.lines = list(values), True, 1
                return  # otherwise template order is a hard constraint
            mid = None
            if self.joined and not any(v.strip() for v in values) and self.orphans:
                # Head, figures, tail: a wrapped label with its figures printed at its middle line.
                vals, structured, name = self.orphans[-1]
                if not name and len(vals) <= self.width(key) + 1:
                    mid = self.orphans.pop()
            self._place_orphans(self.index[key])
            for s in self.queue:
                if s.values or values:
                    s.closed = True  # a label that brings its own figures ends any block of labels before it
            slot = Slot(key, self.width(key), label=label if line.structured else "", line=line,
                        before=line.cells[:at], structured=line.structured)
            self.slots[key] = slot
            self.queue.append(slot)
            self.last = self.index[key]
            if values and not line.structured and len(values) > slot.width and \
                    (joined := spaced_thousands(values, slot.width, lambda cells: self.accept(key, cells))):
                slot.values, slot.closed, slot.lines = joined, True, 1
            elif values and not line.structured and len(values) == slot.width + 1:
                # A labelled text row one figure too wide (a 法人或其他组织 小计 column) is still one row.
                slot.values, slot.closed, slot.lines = list(values), True, 1
            elif values:
                self._values(values, line)
            elif mid is not None:
                slot.values, slot.closed, slot.lines = list(mid[0]), True, 1
            return
        if not any(c.strip() for c in values):
            return
        if self._open():
            self._values(values, line)
        else:
            self.orphans.append((values, line.structured, ""))

    def _open(self) -> Slot | None:
        return next((s for s in self.queue if not s.closed and len(s.values) < s.width), None)

    def _values(self, values: list[str], line: Line):
        while values:
            slot = self._open()
            if slot is None:
                self.orphans.append((values, line.structured, ""))
                return
            room = slot.width - len(slot.values)
            if slot.values and len(values) > room and not line.structured:
                # A full line after a partial one: the partial row lost a cell.
                slot.closed = True
                continue
            if line.structured and not slot.values:
                # A real row's cells belong to one template row, however many there are.
                slot.values = list(values)
                slot.structured = True
                slot.closed = True
                slot.lines += 1
                return
            take, values = values[:room], values[room:]
            slot.values += take
            slot.structured = slot.structured and line.structured
            slot.lines += 1
            slot.cut = line.page_end
            if len(slot.values) >= slot.width:
                slot.closed = True

    def _place_orphans(self, upto: int):
        """Unlabelled rows between the last anchor and the next: placed by the template's order only when
        their number (or their number of cells) fits the rows the template has in between."""
        if not self.orphans:
            return
        gap = [k for k in self.keys[self.last + 1:upto] if k not in self.slots]
        kept = [o for o in self.orphans if any(c.strip() for c in o[0])]
        rows = [v for v, _, _ in kept]
        structured = [s for _, s, _ in kept]
        names = [t for _, _, t in kept]
        self.orphans = []
        if not rows:
            return
        widths = [self.width(k) for k in gap]
        if gap and len(rows) == len(gap) and all(len(r) <= w + 1 for r, w in zip(rows, widths)):
            # A real row one cell wider than the template row still has its (emptied) label cell.
            chunks = [r[1:] if s and len(r) == w + 1 else r for r, s, w in zip(rows, structured, widths)]
        elif gap and all(len(r) == 1 for r in rows) and len(rows) == sum(widths):
            flat = [r[0] for r in rows]
            chunks, i = [], 0
            for w in widths:
                chunks.append(flat[i:i + w])
                i += w
        else:
            self.unplaced += len(rows)
            return
        for k, vals, name in zip(gap, chunks, names if len(chunks) == len(names) else [""] * len(chunks)):
            self.slots[k] = Slot(k, self.width(k), list(vals), True, "by_order", structured=False)
            if name:
                self.renamed[k] = name
        self.last = max(self.last, self.index[gap[-1]])

    def finish(self) -> dict[str, Slot]:
        self._place_orphans(len(self.keys))
        return self.slots


def _is_value(c: str) -> bool:
    from .values import is_value
    return is_value(c)


def _lead(token: str) -> bool:
    from .values import parse_value
    t = token.strip()
    v = parse_value(t)[0]
    return len(t) <= 3 and isinstance(v, int) and 1 <= v <= 999


def _group(token: str) -> bool:
    from .values import parse_value
    t = token.strip()
    return len(t) == 3 and isinstance(parse_value(t)[0], int)



def spaced_thousands(values: list[str], width: int, accept) -> list[str] | None:
    """A text row with more figures than cells because a large figure was printed with a space between its
    thousands ("15 306", as OCR and some typesetting have it): the one way of joining such pairs that gives
    exactly `width` cells and that `accept` takes; None when there is none or more than one."""
    extra = len(values) - width
    pairs = [i for i in range(len(values) - 1) if _lead(values[i]) and _group(values[i + 1])]
    if extra < 1 or extra > 2 or len(pairs) < extra:
        return None
    found = []
    for chosen in combinations(pairs, extra):
        if any(b - a < 2 for a, b in zip(chosen, chosen[1:])):
            continue
        out, i = [], 0
        while i < len(values):
            if i in chosen:
                out.append(values[i].strip() + values[i + 1].strip())
                i += 2
            else:
                out.append(values[i])
                i += 1
        if accept(out):
            found.append(out)
    return found[0] if len(found) == 1 else None


# --- Lost cells -------------------------------------------------------------------------------------

def placements(n: int, width: int, limit: int = 2):
    """Every way to put n cells, in order, into width slots (at most `limit` lost)."""
    if n > width or width - n > limit:
        return []
    return [pos for pos in combinations(range(width), n)]


MAX_SPLITS = 5000


def glued_splits(token: str, width: int) -> list[list[str]]:
    """Every way to cut a run of digits printed without separators ("713000074") into `width` whole numbers,
    none with a leading zero; [] when there are too many ways to try."""
    s = token.strip()
    if not s.isdigit() or len(s) < 2:
        return []
    out: list[list[str]] = []

    def cut(i: int, pieces: list[str]):
        if len(out) > MAX_SPLITS:
            return
        left = len(s) - i
        if left == 0:
            if len(pieces) == width:
                out.append(list(pieces))
            return
        if len(pieces) >= width:
            return
        for j in range(i + 1, len(s) + 1 if s[i] != "0" else i + 2):
            pieces.append(s[i:j])
            cut(j, pieces)
            pieces.pop()

    cut(0, [])
    return [] if len(out) > MAX_SPLITS else out


def solve(values: dict[str, float | int | None], paths: list[str]) -> dict[str, float | int | None]:
    """The cells of `paths` an identity fixes once the others are known (one unknown left), repeatedly."""
    out = dict(values)
    todo = set(p for p in paths if out.get(p) is None)
    changed = True
    while todo and changed:
        changed = False
        for ident in IDENTITIES:
            terms = ident.terms()
            unknown = [(c, p) for c, p in terms if out.get(p) is None]
            if len(unknown) != 1 or unknown[0][1] not in todo:
                continue
            coef, p = unknown[0]
            x = -sum(c * out[q] for c, q in terms if q != p) / coef
            if x >= 0 and x == int(x):
                out[p] = int(x)
                todo.discard(p)
                changed = True
    return out


def violations(values: dict[str, float | int | None]) -> int:
    """How many identities of the form the fully known cells contradict."""
    bad = 0
    for ident in IDENTITIES:
        terms = ident.terms()
        if all(values.get(p) is not None for _, p in terms) and sum(c * values[p] for c, p in terms) != 0:
            bad += 1
    return bad


def consistent(values: dict[str, float | int | None], paths: set[str]) -> bool:
    """No identity of the form touching `paths` is contradicted by the known values; an identity with one
    unknown cell must leave it a non-negative whole number."""
    for ident in IDENTITIES:
        terms = ident.terms()
        if not any(p in paths for _, p in terms):
            continue
        known, unknown = 0, []
        for coef, p in terms:
            v = values.get(p)
            if v is None:
                unknown.append(coef)
            else:
                known += coef * v
        if not unknown:
            if known != 0:
                return False
        elif len(unknown) == 1:
            x = -known / unknown[0]
            if x < 0 or x != int(x):
                return False
    return True
