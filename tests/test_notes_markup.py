"""Web markup pasted as notes: table 3 copied from a site editor's source view is read as the table it shows, and
its tags and inline styles do not count against the size of a note."""
import pytest

from assistant.drafting.limits import NOTE_MAX_CHARS, TooLong, check_note
from assistant.form import official as form
from assistant.notes.markup import is_markup, markup_text
from tests.conftest import notes_tables

STYLE = ' style="border:1px solid #000000;padding:2px 4px;font-family:仿宋_GB2312;font-size:14px;text-align:center"'


def _row(cells: list[str], style: str = STYLE, rowspan: dict[int, int] | None = None) -> str:
    tds = "".join(f'\n      <td{style}{f" rowspan={rowspan[i]}" if rowspan and i in rowspan else ""}>{c}</td>'
                  for i, c in enumerate(cells))
    return f"\n    <tr>{tds}\n    </tr>"


def table3_source(figures: dict[str, list[int]], style: str = STYLE) -> str:
    """Table 3 as a site editor stores it: merged header cells, the group label spanning its rows, every row."""
    rows = [_row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"], style),
            _row(["自然人", "法人或其他组织", "总计"], style),
            _row(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], style)]
    group = None
    for r in form.APPLICATION_ROWS_DEF:
        values = [str(v) for v in figures.get(r.key, [0] * 7)]
        label = r.label.replace("（", "&#65288;", 1) if r.key == "granted" else r.label   # an entity, as editors write
        if r.group is not None and r.group.label != group and r.group.label.startswith("（"):
            group = r.group.label
            span = sum(1 for x in form.APPLICATION_ROWS_DEF if x.group is r.group)
            rows.append(_row([group, label, *values], style, rowspan={0: span}))
        else:
            rows.append(_row([label, *values], style))
    return ('<p style="text-align:center"><strong>三、收到和处理政府信息公开申请情况</strong></p>\n'
            f'<table border="1" cellspacing="0" style="border-collapse:collapse;width:100%">\n  <tbody>{"".join(rows)}'
            "\n  </tbody>\n</table>\n<p>&nbsp;</p>")


FIGURES = {"new_received": [5, 2, 0, 0, 1, 0, 8], "carried_over": [1, 0, 0, 0, 0, 0, 1],
           "granted": [3, 1, 0, 0, 0, 0, 4], "partially_granted": [1, 0, 0, 0, 1, 0, 2],
           "withheld_third_party": [1, 0, 0, 0, 0, 0, 1], "total_processed": [5, 1, 0, 0, 1, 0, 7],
           "carried_forward": [1, 1, 0, 0, 0, 0, 2]}


def test_table_3_pasted_as_html_source_is_read_as_the_table_it_shows():
    t = notes_tables(table3_source(FIGURES))
    for key, values in FIGURES.items():
        for col, v in enumerate(values):
            assert t.value(f"applications.{key}[{col}]") == v, (key, col)
    assert t.value("applications.unavailable_not_held[6]") == 0


def test_a_page_source_over_the_note_limit_counts_its_text_not_its_tags():
    source = table3_source(FIGURES, style=STYLE * 2)
    assert len(source) > NOTE_MAX_CHARS and len(markup_text(source)) < NOTE_MAX_CHARS
    check_note(source)   # accepted: the text is a page of figures
    with pytest.raises(TooLong):
        check_note("本年新收申请8件。" * (NOTE_MAX_CHARS // 9 + 1))   # plain text that long is still refused


def test_angle_brackets_of_a_clerk_are_not_markup():
    note = "申请<5件的科室不单列。\n<说明>本年新收8件，予以公开4件</说明>\n<附件1> 数据表"
    assert not is_markup(note) and markup_text(note) == note
