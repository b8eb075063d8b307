"""Scanned reports and tables published as pictures: read offline by OCR, the identities settling the digits the
OCR was unsure of, and every limit a Chinese refusal in bounded CPU time.

OCR is slow on 2 cores: only two small pictures are really recognised here (one table as a PNG, one page as an
image-only PDF); the settling is tested on OCR blocks built from a known report, and the larger generated set is
measured in bench/ocr.py."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from assistant.checks.rules import check
from assistant.export.layout import official_tables
from assistant.parse import parse_blocks, parse_bytes, parse_file, reading_confidence
from assistant.readers.blocks import Unreadable
from tests.bounded import assert_within, bounded
from tests.conftest import SEEDS
from tests.scans import FONT, _font, degrade, draw_table, framed, ocr_blocks, to_bytes, to_pdf

pytestmark = pytest.mark.skipif(FONT is None, reason="fonts-wqy-microhei is not installed (make system-deps)")

ARITHMETIC = {"R3-1", "R3-2", "R3-3", "R4-1"}


@pytest.fixture(scope="module")
def gold():
    """A real report whose tables add up, with figures beyond zero in table 4 and table 3."""
    return parse_file(SEEDS[0])


def _errors(report) -> set[str]:
    return {f.rule for f in check(report) if f.severity == "error" and f.rule in ARITHMETIC}


def _review_png(report, seed: int) -> bytes:
    return to_bytes(degrade(framed(draw_table(official_tables(report)["review_litigation"])), seed, seal=False), "JPEG")


# --- really recognised ------------------------------------------------------------------------------------------

def test_a_picture_of_table_four_is_read_offline_cell_for_cell(gold):
    """A degraded JPEG of table 4 (rotated, blurred, noisy), read with every socket refused: the models ship in the
    wheel, nothing is fetched, and each of the 15 figures is the report's."""
    data = _review_png(gold, 3)
    code = """
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network used")
        socket.socket.connect = socket.create_connection = refuse
        from assistant.parse import parse_bytes, reading_confidence
        from assistant.model.report import all_cell_paths
        r = parse_bytes(open(sys.argv[1], "rb").read(), ".jpg")
        print({p: r.value(p) for p in all_cell_paths() if p.startswith("review_litigation")})
        print(reading_confidence(r))
    """
    path = Path(__import__("tempfile").mkdtemp()) / "t4.jpg"
    path.write_bytes(data)
    out = assert_within(bounded(code, str(path), cpu_seconds=60, memory_mb=2048), 60).splitlines()
    read = eval(out[0])  # noqa: S307 - our own subprocess's dict of ints
    assert read == {p: gold.value(p) for p in read}
    assert "15 格从图片中识别" in out[1]
    import rapidocr_onnxruntime
    assert list(Path(rapidocr_onnxruntime.__file__).parent.rglob("*.onnx")), "the OCR models are in the wheel"


def test_an_image_only_pdf_page_is_read_by_ocr_not_refused(gold):
    """A scanned PDF (no text layer) used to be refused as "表格是图片"; now its page is rendered and read."""
    from PIL import Image
    page = Image.new("RGB", (1240, 700), "white")
    page.paste(draw_table(official_tables(gold)["review_litigation"]), (60, 200))
    report = parse_bytes(to_pdf([degrade(page, 5, seal=True)]), ".pdf")
    assert [report.value(f"review_litigation.review[{c}]") for c in range(5)] == \
           [gold.value(f"review_litigation.review[{c}]") for c in range(5)]
    assert not _errors(report)
    assert report.reading["review_litigation"]["ocr"] == 15


# --- the identities settle what the OCR was unsure of ----------------------------------------------------------

def _scan_of(report, doubts: dict[str, tuple[str, ...]]):
    """OCR blocks of `report` where each doubted cell was read as its first reading, with those readings."""
    blocks, where = ocr_blocks(report)
    for path, readings in doubts.items():
        b, r, c = where[path]
        blocks[b].rows[r][c] = readings[0]
        blocks[b].doubts[(r, c)] = readings
    return blocks


def test_an_unsure_digit_is_corrected_by_the_identities_and_the_record_says_so(gold):
    right = gold.value("applications.granted[6]")
    wrong = str(right).replace("5", "6", 1) if "5" in str(right) else str(right + 6)
    blocks = _scan_of(gold, {"applications.granted[6]": (wrong, str(right))})
    report = parse_blocks(blocks)
    assert report.value("applications.granted[6]") == right
    assert not _errors(report)
    assert report.reading["applications"]["ocr_corrected"] == {"applications.granted[6]": wrong}
    assert "图片识别的数字由勾稽关系校正" in reading_confidence(report)


def test_a_correct_reading_is_kept_though_other_readings_were_possible(gold):
    """Unsure digits that already satisfy every identity are not moved, and no false arithmetic error appears."""
    v = gold.value("applications.new_received[0]")
    blocks = _scan_of(gold, {"applications.new_received[0]": (str(v), str(v + 1))})
    report = parse_blocks(blocks)
    assert report.value("applications.new_received[0]") == v
    assert "ocr_corrected" not in report.reading["applications"]
    assert not _errors(report)


def test_readings_the_identities_cannot_tell_apart_stay_blank_with_their_candidates(gold):
    """Two unsure cells of one row that could swap: blank, with the candidates in a finding."""
    r = gold.model_copy(deep=True)
    r.put("review_litigation.review[0]", 3)
    r.put("review_litigation.review[1]", 8)
    r.put("review_litigation.review[2]", 0)
    r.put("review_litigation.review[3]", 0)
    r.put("review_litigation.review[4]", 11)
    # Both read as 8 (8 + 8 ≠ 11): 3 + 8 and 8 + 3 both add up.
    blocks = _scan_of(r, {"review_litigation.review[0]": ("8", "3"), "review_litigation.review[1]": ("8", "3")})
    report = parse_blocks(blocks)
    assert report.value("review_litigation.review[0]") is None and report.value("review_litigation.review[1]") is None
    messages = [f.message for f in check(report)]
    assert any("候选值：3、8" in m for m in messages), messages


def test_a_wrong_figure_on_the_page_is_still_caught(gold):
    """A figure really wrong on the page (read with confidence) is never corrected away: R3 reports it."""
    bad = gold.model_copy(deep=True)
    bad.put("applications.granted[6]", gold.value("applications.granted[6]") + 1)
    # Another cell of the same identities was unsure; it must not absorb the planted error.
    blocks = _scan_of(bad, {"applications.granted[0]": (str(gold.value("applications.granted[0]")), "7")})
    report = parse_blocks(blocks)
    assert report.value("applications.granted[6]") == gold.value("applications.granted[6]") + 1
    assert _errors(report) & {"R3-2", "R3-3"}


# --- limits: a Chinese refusal in bounded CPU time --------------------------------------------------------------

def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


REFUSE = """
    import sys
    from assistant.parse import parse_bytes
    from assistant.readers.blocks import Unreadable
    try:
        parse_bytes(open(sys.argv[1], "rb").read(), sys.argv[2])
        print("READ")
    except Unreadable as e:
        print(e)
"""


@pytest.mark.parametrize("name,make,words", [
    ("huge.png", lambda: _png_header(20_000, 20_000), "400 百万像素"),
    ("wide.png", lambda: _png_header(12_000, 5_000), "12000 × 5000 像素"),
    ("broken.png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "图片"),
    ("broken.jpg", lambda: b"\xff\xd8\xff\xe0" + b"\x13\x37" * 300, "图片"),
    ("500.pdf", lambda: to_pdf([__import__("PIL.Image").Image.new("L", (8, 8), 255)] * 500), "500 页"),
])
def test_bad_pictures_are_refused_in_chinese_within_bounded_time(tmp_path, name, make, words):
    path = tmp_path / name
    path.write_bytes(make())
    out = assert_within(bounded(REFUSE, str(path), Path(name).suffix, cpu_seconds=20, memory_mb=1024), 20)
    assert words in out and "READ" not in out


def test_a_scan_with_more_pages_than_the_ocr_limit_is_refused_before_any_recognition(monkeypatch):
    from assistant.readers import scan
    from PIL import Image
    monkeypatch.setattr(scan, "engine", lambda: pytest.fail("no page may be recognised"))
    pages = [Image.new("L", (60, 80), 255)] * (scan.MAX_PAGES + 1)
    with pytest.raises(Unreadable, match="离线识别上限"):
        parse_bytes(to_pdf(pages), ".pdf")


# --- pictures inside web pages and Word files -------------------------------------------------------------------

def _t4(report) -> list:
    return [report.value(f"review_litigation.{g}[{c}]") for g in ("review", "litigation_direct") for c in range(5)]


def test_a_web_page_whose_table_is_a_data_uri_picture_is_read_and_a_url_is_never_fetched(gold, tmp_path):
    import base64
    picture = base64.b64encode(_review_png(gold, 11)).decode()
    page = ("<html><head><meta charset='utf-8'></head><body><h1>某某县人民政府2024年政府信息公开工作年度报告</h1>"
            "<p>一、总体情况</p><p>本年度政府信息公开工作有序开展，依申请公开办理及时。</p>"
            "<p>四、政府信息公开行政复议、行政诉讼情况</p>"
            "<img src='http://127.0.0.1:9/never.png'>"
            f"<img src='data:image/jpeg;base64,{picture}'></body></html>")
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    report = parse_file(tmp_path / "report.html")
    assert _t4(report) == _t4(gold)
    assert report.reading["review_litigation"]["ocr"] == 15


def test_a_word_file_with_its_table_pasted_as_a_picture_is_read(gold, tmp_path):
    import docx
    picture = tmp_path / "t4.png"
    picture.write_bytes(_review_png(gold, 12))
    d = docx.Document()
    d.add_paragraph("某某县人民政府2024年政府信息公开工作年度报告")
    d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    d.add_picture(str(picture))
    d.add_paragraph("五、存在的主要问题及改进情况")
    d.save(tmp_path / "report.docx")
    report = parse_file(tmp_path / "report.docx")
    assert _t4(report) == _t4(gold)


def test_a_figure_the_ocr_could_not_read_is_filled_by_the_identities_and_said_so(gold):
    blocks, where = ocr_blocks(gold)
    b, r, c = where["applications.granted[2]"]
    blocks[b].rows[r][c] = ""
    report = parse_blocks(blocks)
    assert report.value("applications.granted[2]") == gold.value("applications.granted[2]")
    assert report.reading["applications"]["ocr_corrected"] == {"applications.granted[2]": ""}
    assert not _errors(report)


# --- a whole scanned report, at every entry point ----------------------------------------------------------------

def test_a_whole_scanned_report_is_read_for_the_cli_and_the_example_corpus(gold, tmp_path):
    """A scanned page of a whole report (title, sections 一, 五, 六 as text, table 4 under 四): `nianbao parse`
    with the same scan as last year's report, and 范例库 (listed, then indexed) read its agency, year, sections
    and table, none refuses it, and the page is recognised once in the process. 校验, 审阅 and last year's report read
    uploads through the upload worker (tested below); Word and web pages with pictures are tested above."""
    import json
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from click.testing import CliRunner
    from assistant.cli import main
    from assistant.corpus.library import add
    from assistant.corpus.retrieval import CorpusIndex
    from assistant.readers import scan
    from assistant.settings import Settings
    from tests.scans import short_report_image
    picture = to_bytes(degrade(short_report_image(gold), 5), "JPEG")
    (tmp_path / "扫描件.jpg").write_bytes(picture)
    s = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", collection="t_scan")
    index = CorpusIndex(s, client=chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False)))
    recognised = []
    previous = scan.set_progress(lambda page, pages: recognised.append(page))
    try:
        cli = CliRunner().invoke(main, ["parse", str(tmp_path / "扫描件.jpg"), "--json",
                                        "--last-year", str(tmp_path / "扫描件.jpg")])
        entry = add("扫描件.jpg", picture, s, index)
    finally:
        scan.set_progress(previous)
    assert cli.exit_code == 0, cli.output
    read = json.loads(cli.stdout)
    assert (read["meta"]["agency"], read["meta"]["year"]) == (gold.meta.agency, gold.meta.year)
    first = gold.sections[0].text.split("。")[0]
    texts = {s["number"]: "".join(s["text"].split()) for s in read["sections"]}
    assert {1, 4, 5, 6} <= set(texts) and first in texts[1], texts
    assert read["reading"]["review_litigation"]["ocr"] == 15
    assert (entry.agency, entry.year) == (gold.meta.agency, gold.meta.year) and "15 格从图片中识别" in entry.reading
    assert {m["source"] for m in index._all(["metadatas"])["metadatas"]} == {entry.file}
    assert recognised == [1], "parsed, taken as last year's, listed and indexed from one recognition"


# --- in the upload workers ---------------------------------------------------------------------------------------

def _held_at_page_two(fifo: str, data: bytes, last_year, settings):
    """check_one of a scan whose recognition stops after announcing page 2 until the test says go (through a
    FIFO: no sleep), so that another user's request is served while this one is inside its OCR."""
    from assistant.readers import scan
    from assistant.review.batch import check_one
    send = scan.set_progress(None)

    def hold(page, pages):
        send(page, pages)
        if page == 2:
            with open(fifo) as f:
                f.read()
    scan.set_progress(hold)
    try:
        return check_one("扫描件.pdf", data, last_year, settings)
    finally:
        scan.set_progress(send)


def _tiny_page(text: str):
    from PIL import Image, ImageDraw
    from tests.scans import _font
    page = Image.new("RGB", (360, 70), "white")
    ImageDraw.Draw(page).text((20, 15), text, fill="black", font=_font(26))
    return page


def test_a_ten_page_scan_reports_each_page_and_another_user_is_served_meanwhile(gold, tmp_path):
    """A 10-page image-only PDF (nine short pages, table 4 on the tenth) checked as 校验 does: the app hears
    "page k of 10" for every page in order; while its worker is inside the OCR (held after page 2), a second
    user's text report is checked to the end in a worker of its own; the scan then finishes and comes back
    with its table read and the picture of the page it came from."""
    import os
    import threading
    from PIL import Image
    from assistant.review.batch import check_many, seconds_for
    from assistant.settings import Settings
    settings = Settings(worker_seconds=30, ocr_seconds=600, worker_memory_mb=2048)
    table = framed(draw_table(official_tables(gold)["review_litigation"]))
    pdf = to_pdf([_tiny_page(f"第{k}页 本页无表格") for k in range(1, 10)] + [degrade(table, 4, seal=False)])
    text = Path(SEEDS[0]).read_bytes()
    assert seconds_for(pdf, settings) == 630 and seconds_for(text, settings) == 30
    fifo = str(tmp_path / "go")
    os.mkfifo(fifo)
    events, other = [], {}

    def second_user():
        other["result"] = check_many([("r.txt", text)], settings=settings)[0]
        events.append("other user served")
        with open(fifo, "w") as f:
            f.write("go")

    def progress(i, page, pages):
        events.append((page, pages))
        if page == 2:
            other["thread"] = threading.Thread(target=second_user, daemon=True)
            other["thread"].start()

    result = check_many([(fifo, pdf)], settings=settings, task=_held_at_page_two, progress=progress)[0]
    other["thread"].join()
    assert events == [(1, 10), (2, 10), "other user served"] + [(k, 10) for k in range(3, 11)]
    assert other["result"].error is None and other["result"].report.meta.agency
    assert result.error is None, result.error
    assert _t4(result.report) == _t4(gold)
    assert result.report.reading["review_litigation"]["ocr_pages"] == [10]
    assert set(result.pages) == {10} and Image.open(__import__("io").BytesIO(result.pages[10])).width > 500


def test_the_page_picture_frames_the_cells_the_identities_corrected_and_those_left_open(gold):
    """校验 shows the page beside the table: a corrected cell framed blue, cells left open framed red (their
    candidates listed in the finding); every other cell unframed."""
    import io
    from PIL import Image
    from assistant.readers.scan import OcrTable, marked_pages
    from assistant.review.batch import CORRECTED, OPEN, ocr_marks
    r = gold.model_copy(deep=True)
    for c, v in enumerate((3, 8, 0, 0, 11)):
        r.put(f"review_litigation.review[{c}]", v)
    right = r.value("applications.granted[6]")
    wrong = str(right + 6)
    blocks = _scan_of(r, {"applications.granted[6]": (wrong, str(right)), "review_litigation.review[0]": ("8", "3"),
                          "review_litigation.review[1]": ("8", "3")})
    white = io.BytesIO()
    Image.new("RGB", (800, 1000), "white").save(white, "JPEG")
    tables = [b for b in blocks if isinstance(b, OcrTable)]
    top = 0
    for b in tables:  # each table a grid of 12 px rows and 30 px columns, one under the other
        b.picture = white.getvalue()
        b.boxes = {(i, k): ((k * 30 + 5) / 800, (top + i * 12 + 5) / 1000, (k * 30 + 30) / 800,
                            (top + i * 12 + 14) / 1000) for i, row in enumerate(b.rows) for k in range(len(row))}
        top += len(b.rows) * 12 + 10
    assert top < 990
    report = parse_blocks(blocks)
    assert report.value("applications.granted[6]") == right
    pages = marked_pages(tables, ocr_marks(report))
    picture = Image.open(io.BytesIO(pages[1])).convert("RGB")

    def frame(path):
        page, x0, y0, x1, y1 = report.reading[path.split(".")[0]]["ocr_boxes"][path]
        return picture.getpixel((round(x0 * 800) - 1, round((y0 + y1) / 2 * 1000)))

    def near(pixel, colour):
        return all(abs(a - int(colour[i:i + 2], 16)) < 60 for a, i in zip(pixel, (1, 3, 5)))
    assert near(frame("applications.granted[6]"), CORRECTED)
    assert near(frame("review_litigation.review[0]"), OPEN) and near(frame("review_litigation.review[1]"), OPEN)
    assert set(report.reading["review_litigation"]["ocr_boxes"]) == {"review_litigation.review[0]",
                                                                     "review_litigation.review[1]"}
    assert picture.getpixel((790, 990)) > (240, 240, 240)


# --- seals, low resolution, a turned page, misreads the identities mend --------------------------------------

def _table_four_page(report):
    from PIL import Image
    page = Image.new("RGB", (1240, 600), "white")
    page.paste(draw_table(official_tables(report)["review_litigation"]), (60, 200))
    return page


def _t4_values(report) -> list:
    return [report.value(f"review_litigation.{g}[{c}]") for g in ("review", "litigation_direct",
            "litigation_after_review") for c in range(5)]


def test_figures_under_a_red_seal_are_read_and_the_seal_is_not(gold):
    """A half-transparent seal stamped across the figures, its characters over the digits: the figures are the
    report's, and no character of the seal becomes a figure or a label."""
    from PIL import ImageDraw
    page = _table_four_page(gold)
    d = ImageDraw.Draw(page, "RGBA")
    d.ellipse([700, 180, 940, 420], outline=(205, 35, 40, 165), width=7)
    d.text((720, 282), "某某县人民政府", fill=(205, 35, 40, 150), font=_font(30))
    report = parse_bytes(to_pdf([degrade(page, 11, seal=False, rotate=0.5)]), ".pdf")
    assert _t4_values(report) == _t4_values(gold)
    assert not _errors(report)


def test_a_table_scanned_at_100_dpi_keeps_its_small_zeros(gold):
    """At 100 dpi a lone "0" is a grey smudge the detector passes over; each empty-looking cell is read again on
    its own, so no figure of the row is lost."""
    from PIL import Image
    page = _table_four_page(gold)
    small = page.resize((page.width * 2 // 3, page.height * 2 // 3), Image.BILINEAR)
    report = parse_bytes(to_pdf([degrade(small, 4, seal=False, rotate=0.5)], dpi=100), ".pdf")
    assert _t4_values(report) == _t4_values(gold)


def test_a_turned_page_of_short_words_is_levelled_by_its_rules():
    """A page of tables has no long line of text to measure the turn by: its ruling lines give it."""
    import numpy as np
    from PIL import Image
    from assistant.readers.scan import _skew
    page = _table_four_page(parse_file(SEEDS[1]))
    for angle in (-1.6, 0.0, 1.1):
        turned = page.rotate(angle, resample=Image.BICUBIC, fillcolor="white")
        assert abs(_skew(np.asarray(turned)) + angle) <= 0.2  # the turn that levels it undoes the rotation


def test_a_table_three_misread_no_change_mends_leaves_table_four_to_be_corrected(gold):
    """A figure of table 3 wrong with confidence, in a row with an unsure digit that cannot mend it (reported),
    does not stop an unsure digit of table 4 from being settled: cells that share no identity are settled apart."""
    bad = gold.model_copy(deep=True)
    bad.put("applications.granted[6]", gold.value("applications.granted[6]") + 1)
    right = gold.value("review_litigation.review[0]")
    blocks = _scan_of(bad, {"applications.granted[0]": (str(gold.value("applications.granted[0]")), "7"),
                            "review_litigation.review[0]": (str(right + 6), str(right))})
    report = parse_blocks(blocks)
    assert report.value("review_litigation.review[0]") == right
    assert report.value("applications.granted[6]") == gold.value("applications.granted[6]") + 1
    assert _errors(report) & {"R3-2", "R3-3"} and "R4-1" not in _errors(report)


def test_misreads_among_a_table_of_unsure_zeros_are_all_mended(gold):
    """A low-resolution scan leaves every "0" of table 3 unsure (0, 8 or 6); two misreads among them, each
    breaking its own row and column, are both mended: the fewest changes that make every identity hold."""
    from assistant.model.report import all_cell_paths
    unsure = {p: (str(gold.value(p)), "8", "6") for p in all_cell_paths()
              if p.startswith("applications.") and gold.value(p) == 0}
    a, b = "applications.granted[0]", "applications.withheld_internal_affairs[1]"
    assert a in unsure and b in unsure
    unsure[a], unsure[b] = ("8", "0", "6"), ("6", "8", "0")
    report = parse_blocks(_scan_of(gold, unsure))
    assert (report.value(a), report.value(b)) == (0, 0)
    assert not _errors(report)
    assert set(report.reading["applications"]["ocr_corrected"]) == {a, b}


def test_a_rule_read_as_a_leading_one_is_taken_off_by_the_identities(gold):
    """"10" for a "0" whose cell's left rule was read as an unsure "1": the reading without it is a candidate."""
    from assistant.readers.scan import figure
    path = "review_litigation.litigation_direct[1]"
    assert gold.value(path) == 0
    text, readings = figure("10", [0.8, 0.99])
    assert "0" in readings
    report = parse_blocks(_scan_of(gold, {path: readings}))
    assert report.value(path) == 0 and not _errors(report)


def test_natural_persons_read_on_the_lower_header_line_keep_their_column():
    """A picture's cells spanning both header lines (自然人, 总计) have their words on the lower line, after
    法人或其他组织 on the upper one: 自然人 is still the first column, not moved behind the kinds of 法人 (which
    shifted a whole table 3 read from a scan)."""
    report = parse_file(SEEDS[4])
    assert report.value("applications.new_received[0]") != report.value("applications.new_received[1]")
    blocks, where = ocr_blocks(report)
    table = blocks[where["applications.new_received[0]"][0]]
    upper, lower = table.rows[1], table.rows[2]
    for words in ("自然人", "总计"):
        column = upper.index(words)
        upper[column], lower[column] = "", words
    read = parse_blocks(blocks)
    paths = [p for p in where if p.startswith("applications.")]
    assert {p: read.value(p) for p in paths} == {p: report.value(p) for p in paths}


@pytest.mark.parametrize("dot", [0, 4, 6])
def test_a_lone_zero_read_again_on_its_own_is_a_zero_though_a_speck_sits_above_it(dot):
    """A cell the detector passed over is read again alone: a speck above the "0" is not part of the figure (it made
    a "7" or a ":"), and a small figure in a wide cell is still found."""
    import numpy as np
    from PIL import Image, ImageDraw
    from assistant.readers.scan import _LETTER_DIGIT, Band, _reread
    img = Image.new("RGB", (160, 70), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 159, 69], outline="black", width=2)
    d.text((72, 24), "0", fill="black", font=_font(20))
    if dot:
        d.ellipse([74, 17 - dot, 74 + dot, 17], fill="black")
    text, _ = _reread(np.asarray(img), Band(0, 69, [0, 159]), 0)
    assert text.translate(_LETTER_DIGIT) == "0"


def test_a_bold_faxed_zero_is_a_zero_by_its_shape_and_no_other_digit_is():
    # A fax's thickened "0" is read by the recogniser as "口", "a" or "D"; its shape — one stroke around one
    # centred hole — says 0. A 6, 8 or 9 (holes off centre or two) and a 1 (none) must not pass for it.
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    from assistant.readers.scan import _ring
    from tests.scans import _font

    def bold(ch: str):
        img = Image.new("L", (40, 50), 255)
        ImageDraw.Draw(img).text((8, 4), ch, fill=0, font=_font(34))
        img = img.filter(ImageFilter.MinFilter(3))
        ink = (np.asarray(img) < 170).astype(np.uint8)
        ys, xs = np.nonzero(ink)
        return ink[ys.min():ys.max() + 1, xs.min():xs.max() + 1].copy()

    assert _ring(bold("0"))
    assert not any(_ring(bold(ch)) for ch in "16894")


def test_table_two_rows_right_under_their_headings_are_read_though_the_detector_saw_no_figure(gold):
    """On a bold fax the detector can pass over every figure of 规章 and 行政规范性文件 (thick "0"s, a "6"): those
    rows come straight after the column headings, not after rows of figures, and must still be read cell by cell.
    The heading rows of table 4, several headings to a row, are not read as figures."""
    from tests.scans import holdout, page_images
    page = page_images(gold)[0]  # table 2 first
    report = parse_bytes(to_pdf([holdout(page, 7, "fax-bold")]), ".pdf")
    for row in ("regulations", "normative_documents"):
        for col in ("issued", "repealed", "in_force"):
            assert report.value(f"active.{row}.{col}") == gold.value(f"active.{row}.{col}"), (row, col)


def test_pieces_of_a_rule_a_seal_cut_are_no_part_of_the_figure_below():
    """A seal's characters lying across a ruling line cut it into bits the detector reads as a short "18" on the
    rule, above the cell's "0": the figure is the "0"; a figure read as two words on its own line stays whole."""
    from assistant.readers.scan import Band, Word, _blocks
    band = Band(828, 871, [69, 687, 764, 860, 958, 1096])
    words = [Word(80, 838, 400, 864, "8.属于行政查询事项", [0.99] * 9),
             Word(715, 837, 735, 864, "0", [0.99]), Word(803, 839, 823, 865, "0", [0.98]),
             Word(894, 829, 921, 843, "18", [0.54, 0.52]), Word(899, 841, 921, 865, "0", [0.96]),
             Word(975, 840, 1000, 865, "18", [0.99, 0.99]), Word(1003, 840, 1030, 865, "73", [0.99, 0.99])]
    (table,) = _blocks([(words, band)], 1, lambda b, k: ("", 1.0))
    assert table.rows[0] == ["8.属于行政查询事项", "0", "0", "0", "1873"]


def test_a_wrong_total_is_caught_though_its_row_is_unsure_and_a_row_below_unread(gold):
    """A bold fax (seed 001's planted scan): the row of 予以公开 is all unsure zeros ("0" or "1"), the row of
    部分公开 was not read at all, and the total of 予以公开 is one more on the page (read with confidence).
    Making one of the row's zeros a "1" would mend its row but no column could take it, even with the unread
    row's counts free: nothing is corrected or left open, and R3 reports the wrong total. (An identity with a
    blank once said nothing: the row's cells were left open, and with them every identity the total is in.)"""
    bad = gold.model_copy(deep=True)
    bad.put("applications.granted[6]", gold.value("applications.granted[6]") + 1)
    doubts = {f"applications.granted[{c}]": (str(gold.value(f"applications.granted[{c}]")),
                                             str(gold.value(f"applications.granted[{c}]") + 1)) for c in range(6)}
    # and a row whose total was misread "9" over unsure zeros: a 9 could stand in any of its cells.
    doubts.update({f"applications.withheld_law_prohibited[{c}]": (
        str(gold.value(f"applications.withheld_law_prohibited[{c}]")),
        str(gold.value(f"applications.withheld_law_prohibited[{c}]") + 9)) for c in range(6)})
    doubts["applications.withheld_law_prohibited[6]"] = (
        str(gold.value("applications.withheld_law_prohibited[6]") + 9),
        str(gold.value("applications.withheld_law_prohibited[6]")))
    _, where = ocr_blocks(bad)
    blocks = _scan_of(bad, doubts)
    for c in range(7):
        b, r, k = where[f"applications.partially_granted[{c}]"]
        blocks[b].rows[r][k] = ""
    report = parse_blocks(blocks)
    assert report.value("applications.granted[6]") == gold.value("applications.granted[6]") + 1
    assert not report.reading["applications"].get("ocr_candidates")
    assert _errors(report) & {"R3-2", "R3-3"}
