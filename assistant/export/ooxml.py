"""Raw WordprocessingML that python-docx has no API for, apart from the layout (docx.py decides what goes
where; this module only knows how Word spells it): fonts in all four slots without theme fonts, fields, rows
kept whole and repeated as headers, fixed table layout with narrow cell margins."""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
THEME_SLOTS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def name_fonts(fonts, name: str) -> None:
    """A w:rFonts naming `name` in every slot, its theme fonts (which would win over them) dropped."""
    for slot in FONT_SLOTS:
        fonts.set(qn(f"w:{slot}"), name)
    for theme in THEME_SLOTS:
        fonts.attrib.pop(qn(f"w:{theme}"), None)


def set_fonts(element, name: str) -> None:
    """Name the font of a run or a style (its w:rPr/w:rFonts)."""
    name_fonts(element.get_or_add_rPr().get_or_add_rFonts(), name)


def set_default_fonts(styles_element, name: str) -> None:
    """The document defaults (w:docDefaults) name `name` too, so no theme font comes back through them."""
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is not None:
        for fonts in defaults.iter(qn("w:rFonts")):
            name_fonts(fonts, name)


def field_char(run_element, kind: str) -> None:
    """A w:fldChar of a field: "begin", "separate" or "end"."""
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    run_element.append(fld)


def field_text(run_element, text: str, instruction: bool = False) -> None:
    """A field's instruction (w:instrText) or its shown result (w:t), spaces kept."""
    t = OxmlElement("w:instrText" if instruction else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run_element.append(t)


def keep_row_whole(row, header: bool) -> None:
    """A table row never split across pages, and repeated at the top of each page when it is a header."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def fixed_layout(table, cell_margin_twips: int) -> None:
    """Fixed layout (the widths given are meant) and left/right cell margins of `cell_margin_twips`."""
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(cell_margin_twips))
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tbl_pr.append(margins)
