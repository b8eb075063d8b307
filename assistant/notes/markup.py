"""Web markup pasted as notes: the HTML source of a page or of a table copied from a site editor's 源代码 view
("<tr><td>（一）予以公开</td><td>3</td>…"). What the official meant is the page's text, so the notes are read as
that text: a line per table row, paragraph or line break, a row's cells separated by tabs (how a sheet pasted
as text looks, which the grid readers know), scripts and styles dropped, entities decoded."""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Markup, not a clerk's angle brackets ("<3件" or "<说明>"): tags of a web page, several of them.
_TAG = re.compile(r"</?(?:html|body|table|thead|tbody|tr|td|th|p|div|span|br|li|ul|ol|h[1-6]|font|b|strong|col"
                  r"|colgroup|caption|section|article)\b[^<>]*>", re.I)
_MIN_TAGS = 4
_ROW_ENDS = {"tr", "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "section",
             "article", "ul", "ol", "thead", "tbody"}
_CELL_ENDS = {"td", "th"}
_SKIPPED = {"script", "style", "head", "title"}


def is_markup(text: str) -> bool:
    return len(_TAG.findall(text, 0, 200_000)) >= _MIN_TAGS


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]   # per line, its cells
        self.cell: list[str] = []
        self.skip = 0

    def _end_cell(self) -> None:
        words = re.sub(r"\s+", " ", "".join(self.cell)).strip()
        if words:
            self.lines[-1].append(words)
        self.cell = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "br":
            self._end_cell()
            self.lines.append([])
        elif tag in ("td", "th", "tr"):
            self._end_cell()   # an unclosed cell ends where the next begins
            if tag == "tr":
                self.lines.append([])

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _CELL_ENDS:
            self._end_cell()
        elif tag in _ROW_ENDS:
            self._end_cell()
            self.lines.append([])

    def handle_data(self, data):
        if not self.skip:
            self.cell.append(data)

    def text(self) -> str:
        self._end_cell()
        return "\n".join("\t".join(cells) for cells in self.lines if cells)


def markup_text(text: str) -> str:
    """The text of pasted markup (the message as it stands when it is not markup)."""
    if not is_markup(text):
        return text
    parser = _Text()
    parser.feed(text)
    parser.close()
    return parser.text()
