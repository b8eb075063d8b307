"""What every reader produces: a document as paragraphs and tables of cell texts. A leaf module: it imports
nothing from the project, so readers and the dispatcher (assistant/document.py) never import each other."""
from __future__ import annotations

import re
from dataclasses import dataclass, field


class Unreadable(Exception):
    """An input that cannot be read as a report at all. The message is Chinese, one line."""


@dataclass
class Paragraph:
    text: str
    # One table cell of a text extraction that prints every cell on its own line ("规章 |", and "|||" for an
    # empty span): the parser groups such cells back into rows, keeping the empty ones in place.
    cell: bool = False


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)


Block = Paragraph | Table

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_SPACES = str.maketrans({"\u3000": " ", "\xa0": " ", "\ufeff": None, "\u200b": None})


def clean(text: str) -> str:
    """Drop conversion artefacts and normalise white space inside one cell or line."""
    if "[bookmark" in text:
        text = _BOOKMARK.sub("", text)
    return text.translate(_SPACES).strip()
