"""Text from an untrusted report (labels, file names, agency names) on its way out: into a spreadsheet, a
terminal, a markdown renderer, or a list where a right-to-left override could disguise it."""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# OWASP CSV injection: a cell a spreadsheet would read as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# ANSI/VT escape sequences (CSI, OSC, other ESC-introduced ones) and the C0/C1 controls besides \t \n.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Explicit embeddings, overrides and isolates: U+202A–U+202E, U+2066–U+2069.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")

# Characters markdown (CommonMark, GitHub flavour, Streamlit's extras: :icons:, $math$, ~strike~) acts on
# inside a line. Brackets escaped means no link or image, whatever follows; parentheses, "!" and "-" then
# stay as they are, so labels read naturally in the page source too.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>#|~:$&])")


def csv_cell(value) -> object:
    """A cell for a CSV download: text a spreadsheet would take as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def terminal(text: str) -> str:
    """Text for a terminal: escape sequences removed, other control characters shown as U+FFFD."""
    return _CONTROLS.sub("\ufffd", _ESCAPES.sub("", text))


def visible_bidi(text: str) -> str:
    """Direction overrides shown as a visible marker instead of reordering what follows them."""
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def md(text) -> str:
    """Untrusted text as literal markdown: no links, images, emphasis, HTML or Streamlit directives;
    bidi overrides visible; line breaks kept as spaces so a label cannot start a heading or a list."""
    text = visible_bidi(_CONTROLS.sub("", str(text)))
    return _MARKDOWN.sub(r"\\\1", " ".join(text.splitlines()))


# md_text escapes these too: "!" and "(" (an image or a link whatever else is let through), "." and "/" (a bare
# www. or http:// is autolinked), and the marks that would start a list, a quote or a heading at a line's start.
_MARKDOWN_TEXT = re.compile(r"([\\`*_{}\[\]<>#|~:$&!().+=/-])")


def md_text(text) -> str:
    """Untrusted text that keeps its line breaks (an LLM's answer, streamed) as literal markdown: every
    character markdown acts on escaped one by one, so pieces can be escaped as they arrive and no image,
    link, HTML or directive survives whatever the pieces add up to; each line break a paragraph's end."""
    text = visible_bidi(_CONTROLS.sub("", _ESCAPES.sub("", str(text))))
    return _MARKDOWN_TEXT.sub(r"\\\1", text).replace("\n", "\n\n")


def inert(markdown: str) -> str:
    """Markdown the tool composed around quoted text (a chat reply with its table): tables and emphasis kept,
    no image, link, raw HTML or directive whatever the quotes held."""
    return re.sub(r"([\[\]<>])", r"\\\1", markdown).replace("://", ":\\/\\/").replace("www.", "www\\.")


def mask_url(url: str | None) -> str:
    """A URL with any user:password part masked (https://user:key@host/v1 → https://***@host/v1)."""
    if not url:
        return url or ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r"//[^/@]*@", "//***@", url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc="***@" + host))


def mask_secrets(text: str) -> str:
    """Any URL userinfo in a free text (an error message) masked."""
    return re.sub(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s@]+@", r"\1***@", text)
