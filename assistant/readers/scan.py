"""Scanned pages and tables published as pictures, read offline by OCR into the same blocks as any other reader.

The OCR is RapidOCR (PP-OCRv4 detection and recognition, ONNX models shipped inside the wheel; nothing is
downloaded). Its text boxes become lines and cells by position: the picture is deskewed by the turn that makes its rows
of ink sharpest; where the table's ruling lines can be found, the rows and columns are the bands between them (a label
wrapped over two lines stays one cell, an empty cell stays in its place), otherwise rows are boxes that overlap
vertically and cells are boxes split at wide gaps. The parser then aligns these rows with the form like any table.

A figure the OCR was unsure of (a low-confidence digit, or one of the usual confusions) is kept with its other
readings in `OcrTable.doubts`, for the identities to settle after the report is parsed (assistant/model/ocrfix.py).
Every limit (pages, pixels, CPU time) ends in one Chinese line, never a stall.
"""
from __future__ import annotations

import copy
import hashlib
import io
import itertools
import math
import re
import resource
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from .blocks import Block, Paragraph, Table, Unreadable, clean

MAX_PAGES = 30                 # pages OCR'd per file (a year's report is 5–15 pages)
MAX_PIXELS = 40_000_000        # one picture as uploaded (a 300 dpi A3 page is ~17 M)
OCR_SIDE = 2000                # longest side the recogniser sees: a page at ~170 dpi
MAX_DPI = 300
SURE = 0.97                    # a digit read with less confidence than this has other candidate readings
LOW = 0.6                      # ... and with less than this, any digit is a candidate

# Digits the recogniser mixes up on scans: each digit's other candidate readings.
CONFUSIONS = {"1": "7", "7": "1", "0": "869", "8": "036", "6": "085", "3": "8", "5": "6", "9": "80", "2": "7", "4": "1"}
# Letters and marks read where a figure stands (a blurred lone 0 comes out as U, O or 。): the digit they most
# likely are; any digit is a candidate for them.
_LETTER_DIGIT = str.maketrans({"l": "1", "I": "1", "|": "1", "i": "1", "!": "1", "丨": "1", "O": "0", "o": "0",
                               "D": "0", "U": "0", "Q": "0", "C": "0", "〇": "0", "。": "0", "S": "5", "s": "5",
                               "B": "8", "Z": "2", "z": "2", "G": "6", "b": "6", "g": "9", "q": "9", "?": "0"})
_NUMBERISH = re.compile(r"^[\dlIi!|丨OoDUQC〇。SsBZzGbgq?,，.]+$")
_DIGIT = re.compile(r"\d")
MAX_ALTERNATIVES = 40          # readings kept per cell (the OCR's own first)

_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def image_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC.items() if data.startswith(magic)), None)


def may_need_ocr(data: bytes) -> bool:
    """By its first bytes only: a picture, a PDF (it may be a scan), a Word file or web page with pictures."""
    head = data[:1024].lstrip()
    return bool(image_kind(data) or head.startswith(b"%PDF-") or
                (data.startswith(b"PK\x03\x04") and b"word/media/" in data) or b"<img" in data[:5_000_000].lower())


@dataclass
class OcrTable(Table):
    """A table read by OCR: `doubts[(row, col)]` are the readings of a figure the OCR was unsure of, its own
    first; `page` is the page (1-based) it was read from; `boxes[(row, col)]` where each cell stands on that
    page (x0, y0, x1, y1 as fractions of the page's width and height, the page deskewed) and `picture` the page
    itself (JPEG), for 校验 to show the page beside the table."""
    doubts: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    page: int = 0
    boxes: dict[tuple[int, int], tuple[float, float, float, float]] = field(default_factory=dict)
    picture: bytes | None = None


# --- Progress and reuse -------------------------------------------------------------------------------------

_progress: Callable[[int, int], None] | None = None
PICTURE_SIDE = 1100            # longest side of the page picture kept for 校验 (~100 dpi: cells legible, ~200 KB)


def set_progress(report: Callable[[int, int], None] | None):
    """`report(page, pages)` is called before each page or picture is recognised (the upload worker sends it to
    the app for its progress bar); returns the one it replaces."""
    global _progress
    previous, _progress = _progress, report
    return previous


def _starting(page: int, pages: int) -> None:
    if _progress is not None:
        _progress(page, pages)


_CACHE: dict[str, list[Block]] = {}   # picture or PDF page digest → its blocks: a file read twice is OCR'd once
_CACHE_SIZE = 24


def _cached(key: str, read: Callable[[], list[Block]]) -> list[Block]:
    """The same picture read again in this process (范例库 reads an upload to list it, then to index it; the
    CLI's report and last year's the same file) is recognised once."""
    if key not in _CACHE:
        blocks = read()
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = blocks
    return copy.deepcopy(_CACHE[key])


def digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def picture_blocks(data: bytes, page: int, what: str = "图片", pages: int = 1) -> list[Block]:
    """A picture (uploaded, or inside a Word file or a web page) as blocks, recognised once per process."""
    def read():
        image = open_image(data, what)
        _starting(page, pages)
        return page_blocks(image, page)
    return _cached(f"{digest(data)}:{page}", read)


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    confidences: list[float]

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def h(self) -> float:
        return self.y1 - self.y0


class Budget:
    """CPU seconds left for OCR in this process (the worker's own time: other users' load does not count)."""

    def __init__(self, seconds: float | None = None):
        if seconds is None:
            from ..settings import get_settings
            seconds = get_settings().ocr_cpu_seconds
        self.until = _cpu() + seconds
        self.seconds = seconds

    def check(self, done: int, total: int) -> None:
        if _cpu() > self.until:
            raise Unreadable(f"扫描件识别超过时间上限（{self.seconds:g} 秒 CPU），已识别 {done}/{total} 页后停止；"
                             "请提供文字版 PDF、Word 文件，或只上传统计表所在的页")


def _cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


# --- The engine -----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def engine():
    """One recogniser per process, its models loaded from the installed package (never a download)."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:  # pragma: no cover - declared dependency
        raise Unreadable("缺少离线文字识别组件（rapidocr-onnxruntime），无法读取扫描件或图片") from None
    # Tables are upright: no angle classifier; a longest side of OCR_SIDE keeps a page's digits legible.
    # The detector sees the picture at the size open_image/_fit chose (never blown up: a wide strip of one
    # table upscaled to a short side of 736 px takes gigabytes).
    return RapidOCR(use_cls=False, max_side_len=OCR_SIDE, print_verbose=False, det_limit_type="max",
                    det_limit_side_len=OCR_SIDE)


def ocr_words(image) -> list[Word]:
    """The text boxes of a picture (numpy RGB), each with its characters' confidences, in picture pixels."""
    import numpy as np
    result, _ = engine()(np.asarray(image), use_cls=False, return_word_box=True)
    words = []
    for item in result or []:
        box, text, score = item[0], item[1], item[2]
        confs = list(item[5]) if len(item) > 5 and item[5] else [float(score)] * len(text)
        if len(confs) != len(text):
            confs = [float(score)] * len(text)
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        chars = item[3] if len(item) > 3 else None
        for piece, pconfs, pbox in _split_at_gaps(text, confs, chars, (min(xs), min(ys), max(xs), max(ys))):
            words.append(Word(*pbox, piece, pconfs))
    return words


def _split_at_gaps(text, confs, chars, box):
    """A box the detector drew over several cells ("1873  0  16", a label and its figure) is cut where its
    characters leave a gap wider than a character's height."""
    if not chars or len(chars) != len(text) or len(text) < 2:
        return [(text, confs, box)]
    height = box[3] - box[1]
    pieces, start = [], 0
    spans = [(min(p[0] for p in c), max(p[0] for p in c)) for c in chars]
    for i in range(1, len(text)):
        gap = spans[i][0] - spans[i - 1][1]
        kinds_differ = _is_cjk(text[i - 1]) != _is_cjk(text[i]) and gap > height * 0.35
        if gap > height * 0.9 or kinds_differ:
            pieces.append((start, i))
            start = i
    pieces.append((start, len(text)))
    if len(pieces) == 1:
        return [(text, confs, box)]
    return [(text[a:b], confs[a:b], (spans[a][0], box[1], spans[b - 1][1], box[3])) for a, b in pieces]


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# --- Pictures in --------------------------------------------------------------------------------------------

def open_image(data: bytes, what: str = "图片"):
    """A picture as RGB, refused before decoding when it is too large, and in Chinese when it is broken."""
    from PIL import Image, UnidentifiedImageError
    try:
        im = Image.open(io.BytesIO(data))
        w, h = im.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise Unreadable(f"{what}无法识别，可能已损坏或不是图片文件") from e
    except Image.DecompressionBombError as e:  # PIL's own guard, past twice its limit: the size is in its message
        n = re.search(r"\((\d+) pixels\)", str(e))
        size = f"（{int(n.group(1)) // 1_000_000} 百万像素）" if n else ""
        raise Unreadable(f"{what}过大{size}，超过上限 {MAX_PIXELS // 1_000_000} 百万像素，拒绝读取；"
                         "请以 150–300 dpi 扫描后再上传") from e
    if w * h > MAX_PIXELS:
        raise Unreadable(f"{what}过大（{w} × {h} 像素），超过上限 {MAX_PIXELS // 1_000_000} 百万像素，拒绝读取；"
                         "请以 150–300 dpi 扫描后再上传")
    try:
        im.load()
        if getattr(im, "n_frames", 1) > 1:
            im.seek(0)
        return _fit(im.convert("RGB"))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as e:
        raise Unreadable(f"{what}已损坏，无法解码") from e


def _fit(im):
    """Scaled to a longest side of OCR_SIDE: a page at ~170 dpi, a table cut out small enlarged so its digits are
    ~25 px high (the recogniser misreads smaller ones far more often)."""
    w, h = im.size
    scale = OCR_SIDE / max(w, h)
    if 0.95 < scale < 1.05:
        return im
    from PIL import Image
    return im.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.LANCZOS)


def read_image(data: bytes, *, budget: Budget | None = None) -> list[Block]:
    """An uploaded PNG/JPG (a photographed or scanned page, or one table)."""
    if image_kind(data) is None:
        raise Unreadable("图片无法识别，可能已损坏或不是图片文件")
    (budget or Budget()).check(0, 1)
    return picture_blocks(data, 1)


def read_scanned_pdf(data: bytes, pages: list[int] | None = None, *, budget: Budget | None = None,
                     progress=None) -> dict[int, list[Block]]:
    """Pages (0-based; all when None) of a PDF rasterised and OCR'd: {page index: blocks}."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - declared dependency
        raise Unreadable("缺少 PDF 渲染组件（pypdfium2），无法识别扫描件") from None
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as e:  # pdfium raises its own PdfiumError on broken files
        raise Unreadable("扫描版 PDF 无法打开，可能已损坏") from e
    budget = budget or Budget()
    try:
        pages = list(range(len(pdf))) if pages is None else pages
        if len(pages) > MAX_PAGES:
            raise Unreadable(f"扫描版 PDF 需要识别的页数过多（{len(pages)} 页），离线识别上限 {MAX_PAGES} 页；"
                             "请只上传统计表所在的页，或提供文字版 PDF、Word 文件")
        out = {}
        key = digest(data)
        for done, i in enumerate(pages):
            budget.check(done, len(pages))

            def read(i=i, done=done):
                page = pdf[i]
                w, h = page.get_size()
                # The longest side at OCR_SIDE, as for a picture (an A4 page at ~170 dpi), never above MAX_DPI.
                scale = min(MAX_DPI / 72, OCR_SIDE / max(w, h, 1))
                image = page.render(scale=scale).to_pil().convert("RGB")
                _starting(done + 1, len(pages))
                return page_blocks(image, i + 1)
            out[i] = _cached(f"{key}:pdf:{i}", read)
            if progress:
                progress(done + 1, len(pages))
        return out
    finally:
        pdf.close()


# --- Layout: boxes → lines → cells --------------------------------------------------------------------------

def page_blocks(image, page: int = 1) -> list[Block]:
    """One picture's text as blocks: table rows become OcrTable rows, other lines paragraphs."""
    import numpy as np
    arr = _without_seal(np.asarray(image.convert("RGB") if hasattr(image, "convert") else image))
    words = ocr_words(arr)
    if not words:
        return []
    angle = _skew(arr)
    level = arr
    if abs(angle) > 0.15:
        words = _rotate(words, -angle, arr.shape[1] / 2, arr.shape[0] / 2)
        level = _turn(arr, angle)
    bands = _bands(level)
    blocks = _blocks(_lines(words, bands), page, lambda band, k: _reread(level, band, k))
    tables = [b for b in blocks if isinstance(b, OcrTable)]
    if tables:
        h, w = level.shape[:2]
        picture = _picture(level)
        for t in tables:
            t.picture = picture
            t.boxes = {rc: (round(x0 / w, 4), round(y0 / h, 4), round(x1 / w, 4), round(y1 / h, 4))
                       for rc, (x0, y0, x1, y1) in t.boxes.items()}
    return blocks


def _picture(arr) -> bytes:
    """The page as read (deskewed), small, as JPEG: what 校验 shows beside the table."""
    from PIL import Image
    im = Image.fromarray(arr)
    im.thumbnail((PICTURE_SIDE, PICTURE_SIDE))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=75)
    return buf.getvalue()


def marked_pages(tables: list["OcrTable"], marks: dict[tuple[int, tuple], str]) -> dict[int, bytes]:
    """{page: JPEG} of the pages the tables were read from, each cell in `marks` ({(page, box): colour}) framed in
    its colour (the cells the identities corrected, those they left open)."""
    from PIL import Image, ImageDraw
    out: dict[int, bytes] = {}
    for t in tables:
        if t.picture is None or t.page in out:
            continue
        here = {box: colour for (page, box), colour in marks.items() if page == t.page}
        if not here:
            out[t.page] = t.picture
            continue
        im = Image.open(io.BytesIO(t.picture)).convert("RGB")
        d = ImageDraw.Draw(im)
        w, h = im.size
        for (x0, y0, x1, y1), colour in here.items():
            d.rectangle([x0 * w - 2, y0 * h - 2, x1 * w + 2, y1 * h + 2], outline=colour, width=3)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
        out[t.page] = buf.getvalue()
    return out


def _without_seal(arr):
    """A red seal stamped over a table hides figures from a grey reading. Red ink leaves the red channel as bright
    as paper while black print darkens it, under the seal too: where the page is red, its grey is the red channel,
    stretched so the seal on bare paper is white and print seen through it stays dark."""
    import numpy as np
    r, g, b = (arr[..., i].astype(np.int16) for i in range(3))
    tint = r - np.maximum(g, b)
    red = tint > 50
    if not red.any():
        return arr
    import cv2
    # Most of a seal is its ink on bare paper: from a little below its typical red on, the page is white. Its
    # edges, greyed by blur and JPEG's coarser colour, go the same way: the red channel rules a few pixels around.
    # Print seen through the seal keeps at most about half the seal's red; the stretch makes it black.
    seal = max(float(np.median(r[red])), 130.0)
    lo, hi = 0.55 * seal, 0.9 * seal
    near = cv2.dilate(red.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool) & (tint > 0)
    grey = np.clip((r[near] - lo) * 255.0 / (hi - lo), 0, 255).astype(np.uint8)
    out = arr.copy()
    out[near] = grey[:, None]
    return out


def _turn(arr, angle: float):
    import cv2
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))


def _reread(level, band: "Band", k: int) -> tuple[str, float]:
    """A cell the detector found empty (a lone small "0" is easily missed) read again on its own."""
    x0, x1 = band.columns[k], band.columns[k + 1]
    pad_x, pad_y = 4, 2
    crop = level[int(band.top) + pad_y:int(band.bottom) - pad_y + 1, int(x0) + pad_x:int(x1) - pad_x + 1]
    if crop.size == 0:
        return "", 1.0
    import numpy as np
    import cv2
    # Ink is what is clearly darker than the cell's paper: a small figure scanned at low resolution is grey.
    grey = crop.min(axis=2)
    paper, dark = float(np.median(grey)), float(np.percentile(grey, 0.2))  # a figure is ~1 % of a wide cell
    if paper - dark < 60:
        return "", 1.0
    ink = (grey < (paper + dark) / 2).astype(np.uint8)
    h, w = ink.shape
    # What is left of a ruling line at the crop's edges (a scan is never perfectly level) is not a "1" or a "7".
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, int(w * 0.4)), 1)))
    rules |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, int(h * 0.75)))))
    ink &= 1 - cv2.dilate(rules, np.ones((3, 3), np.uint8))
    # Noise specks are not part of the figure: its strokes are the large blobs of ink.
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    blobs = stats[1:n]
    if not len(blobs) or blobs[:, cv2.CC_STAT_AREA].max() < 6:  # no ink (a speck at most): the cell is empty
        return "", 1.0
    blobs = blobs[blobs[:, cv2.CC_STAT_AREA] >= 0.2 * blobs[:, cv2.CC_STAT_AREA].max()]
    # A figure's digits stand on one line: a speck above or below the largest stroke is not one of them (a dot
    # over a "0" made it a "7").
    main = blobs[blobs[:, cv2.CC_STAT_AREA].argmax()]
    top, bottom = main[cv2.CC_STAT_TOP], main[cv2.CC_STAT_TOP] + main[cv2.CC_STAT_HEIGHT]
    blobs = blobs[(blobs[:, cv2.CC_STAT_TOP] < bottom) & (blobs[:, cv2.CC_STAT_TOP] + blobs[:, cv2.CC_STAT_HEIGHT] > top)]
    x0, y0 = blobs[:, cv2.CC_STAT_LEFT].min(), blobs[:, cv2.CC_STAT_TOP].min()
    x1 = (blobs[:, cv2.CC_STAT_LEFT] + blobs[:, cv2.CC_STAT_WIDTH]).max() - 1
    y1 = (blobs[:, cv2.CC_STAT_TOP] + blobs[:, cv2.CC_STAT_HEIGHT]).max() - 1
    if y1 - y0 < 5:
        return "", 1.0
    # The ink alone with a margin, as the detector would have cut it: the recogniser reads a glyph that fills
    # its height, not a speck in white space.
    m = max(3, (y1 - y0) // 4)
    glyph = crop[y0:y1 + 1, x0:x1 + 1].astype(np.float32)
    glyph = np.clip((glyph - dark) * 255.0 / max(paper - dark, 1.0), 0, 255).astype(np.uint8)  # black on white
    crop = np.pad(glyph, ((m, m), (m, m), (0, 0)), constant_values=255)
    result, _ = engine()(crop, use_det=False, use_cls=False)
    text, score = (result[0][0], float(result[0][1])) if result else ("", 0.0)
    if not _DIGIT.search(clean(text)) and _ring(ink[y0:y1 + 1, x0:x1 + 1]):
        # A bold "0" (a fax, a copy of a copy) is read as "口", "a", "D": one stroke around one centred hole is a
        # 0 by its shape. Unsure: the identities may still make it a 6, 8 or 9.
        return "0", LOW - 0.1
    return (clean(text), score) if result else ("", 1.0)


def _ring(ink) -> bool:
    """One blob of ink closed around one hole in its middle, taller than wide: the shape of a "0"."""
    import cv2
    h, w = ink.shape
    if h < 8 or not 1.1 <= h / max(w, 1) <= 2.6:
        return False
    contours, hierarchy = cv2.findContours(ink, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return False
    outer = [i for i, hi in enumerate(hierarchy[0]) if hi[3] < 0 and cv2.contourArea(contours[i]) >= 0.3 * h * w]
    holes = [contours[i] for i, hi in enumerate(hierarchy[0]) if hi[3] >= 0 and cv2.contourArea(contours[i]) >= 2]
    if len(outer) != 1 or len(holes) != 1:
        return False
    hx, hy, hw, hh = cv2.boundingRect(holes[0])
    middle = (hy + hh / 2) / h
    # (a 6's or a 9's hole is a loop at one end, under half the height)
    return 0.35 <= middle <= 0.65 and hh >= 0.5 * h and hw >= 0.15 * w


def _skew(arr, limit: float = 3.0, step: float = 0.1) -> float:
    """The page's slope in degrees (a scan is turned ±2°): the turn that makes its rows of ink (rules, lines of
    text) sharpest. The detector's boxes cannot tell it: a table's short words get upright boxes."""
    import cv2
    import numpy as np
    gray = cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY) if arr.ndim == 3 else arr
    scale = min(1.0, 800 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 15).astype(np.float32)
    if ink.sum() < 50:
        return 0.0
    h, w = ink.shape
    best, best_score = 0.0, -1.0
    for angle in np.arange(-limit, limit + step / 2, step):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), float(angle), 1.0)
        rows = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)


def _rotate(words: list[Word], degrees: float, cx: float, cy: float) -> list[Word]:
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    out = []
    for w in words:
        x, y = w.cx - cx, w.cy - cy
        nx, ny = cx + x * c - y * s, cy + x * s + y * c
        hw, hh = (w.x1 - w.x0) / 2, w.h / 2
        out.append(Word(nx - hw, ny - hh, nx + hw, ny + hh, w.text, w.confidences))
    return out


@dataclass
class Band:
    """A table row between two horizontal rules, with the x of the vertical rules that cross it."""
    top: float
    bottom: float
    columns: list[float]


def _bands(arr) -> list[Band]:
    """The rows of the picture's ruled tables (deskewed like the words): bands between consecutive horizontal
    rules that vertical rules cross; each band's own columns, so a spanned cell is one cell, as in Word."""
    import cv2
    import numpy as np
    gray = cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY) if arr.ndim == 3 else arr
    h, w = gray.shape
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 12), 1)))
    # A rule slanted by what the deskew left (a few pixels over the width) still counts as one line.
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 9)))
    ys = _peaks(np.count_nonzero(horizontal, axis=1), w // 8)
    bands = []
    for top, bottom in zip(ys, ys[1:]):
        if bottom - top < 12:
            continue
        # A vertical rule runs from the rule above to the rule below; a digit's stroke never touches them.
        strip = ink[int(top) + 4:int(bottom) - 3]
        columns = _peaks(np.count_nonzero(strip, axis=0), max(1, int(len(strip) * 0.9)))
        if len(columns) >= 2:
            bands.append(Band(top, bottom, columns))
    return bands


def _peaks(profile, threshold: int) -> list[float]:
    """Centres of the runs of the profile at or above threshold (a ruling line is a few pixels thick)."""
    out, start = [], None
    for i, v in enumerate(list(profile) + [0]):
        if v >= threshold and start is None:
            start = i
        elif v < threshold and start is not None:
            out.append((start + i - 1) / 2)
            start = None
    return out


def _lines(words: list[Word], bands: list[Band]) -> list[tuple[list[Word], Band | None]]:
    """Words grouped into lines: a table row's band when the word lies in one (a cell's wrapped text stays on
    its row), else by vertical overlap."""
    words = sorted(words, key=lambda w: (w.cy, w.x0))
    groups: dict[int, list[Word]] = {}
    loose: list[Word] = []
    for w in words:
        k = next((i for i, b in enumerate(bands) if b.top < w.cy < b.bottom
                  and b.columns[0] - 4 <= w.cx <= b.columns[-1] + 4), None)
        if k is None:
            loose.append(w)
        else:
            groups.setdefault(k, []).append(w)
    rows: list[tuple[list[Word], Band | None]] = [(ws, bands[k]) for k, ws in groups.items()]
    current: list[Word] = []
    for w in loose:
        if current:
            top = min(x.y0 for x in current)
            bottom = max(x.y1 for x in current)
            overlap = min(bottom, w.y1) - max(top, w.y0)
            if overlap < 0.5 * min(w.h, bottom - top):
                rows.append((current, None))
                current = []
        current.append(w)
    if current:
        rows.append((current, None))
    rows.sort(key=lambda r: min(w.cy for w in r[0]))
    return rows


def _cells(line: list[Word], band: Band | None) -> list[list[Word]]:
    """A line's cells: between the vertical rules of its band, else its words left to right with close
    neighbours joined."""
    line = sorted(line, key=lambda w: w.x0)
    if band is not None:
        cols = band.columns
        cells: list[list[Word]] = [[] for _ in range(len(cols) - 1)]
        for w in line:
            k = next((i for i in range(len(cols) - 1) if cols[i] <= w.cx < cols[i + 1]), None)
            if k is not None:
                cells[k].append(w)
        return [_without_rule_debris(c, band) for c in cells]
    out: list[list[Word]] = []
    for w in line:
        if out:
            prev = out[-1][-1]
            gap = w.x0 - prev.x1
            both_text = not _NUMBERISH.match(prev.text) and not _NUMBERISH.match(w.text)
            if gap < 0.6 * max(w.h, prev.h) and both_text:
                out[-1].append(w)
                continue
        out.append([w])
    return out


def _without_rule_debris(cell: list[Word], band: Band) -> list[Word]:
    """A figure's cell without the pieces of its ruling line read as a second, shorter word: a seal's characters
    lying across a rule cut it into bits the detector reads as "18" over the "0" below it."""
    if len(cell) < 2:
        return cell
    tall = max(cell, key=lambda w: w.h)
    if not _DIGIT.search(tall.text):
        return cell

    def debris(w: Word) -> bool:
        on_rule = w.y0 < band.top + 4 or w.y1 > band.bottom - 4
        beside = min(w.y1, tall.y1) - max(w.y0, tall.y0) >= 0.5 * w.h  # a figure's other part, on its line
        return w is not tall and w.h < 0.7 * tall.h and on_rule and not beside
    return [w for w in cell if not debris(w)]


_STRAY = re.compile(r"^[.．:：,，、'`\"“”‘’°·]+|[.．:：,，、'`\"“”‘’°·]+$")


def _cell_text(words: list[Word]) -> tuple[str, list[float]]:
    """A cell's text, its words top to bottom and left to right, and its characters' confidences."""
    words = sorted(words, key=lambda w: (round(w.cy / max(w.h, 1)), w.x0))
    return "".join(w.text for w in words), [c for w in words for c in w.confidences]


def figure(text: str, confs: list[float]) -> tuple[str, tuple[str, ...] | None]:
    """A cell's text cleaned; for a figure with unsure digits also its readings, the OCR's own first. Noise
    specks read as dots or colons around a figure are dropped."""
    text = clean(text)
    core = _STRAY.sub("", text)
    if not core or not _NUMBERISH.match(core) or not _DIGIT.search(core) and len(core) > 1:
        return text, None
    if core != text:
        start = text.index(core)
        confs, text = confs[start:start + len(core)], core
    digits = re.sub(r"[,，]", "", text)
    keep = [i for i, ch in enumerate(text) if ch not in ",，"]
    confs = [confs[i] if i < len(confs) else 1.0 for i in keep]
    if "." in digits:
        # A fee is written with decimals; in a count a dot is a speck: the figure without it is a candidate.
        dot = digits.index(".")
        if confs[dot] >= SURE or digits.count(".") > 1:
            return text, None
        return digits, (digits, digits.replace(".", "")) if digits.replace(".", "").isdigit() else None
    options, doubtful = [], False
    for ch, conf in zip(digits, confs):
        alts = [ch.translate(_LETTER_DIGIT)]
        if not ch.isdigit() or conf < LOW:
            doubtful = True
            alts += [a for a in CONFUSIONS.get(alts[0], "") if a not in alts]
            alts += [a for a in "0123456789" if a not in alts]
        elif conf < SURE:
            doubtful = True
            alts += [a for a in CONFUSIONS.get(ch, "") if a not in alts]
        options.append(alts)
    reading = "".join(o[0] for o in options)
    if not doubtful:
        return reading, None
    # Readings with one digit changed first, then without an unsure end (a speck or a rule read as a digit: "10"
    # for "0"), then two digits changed: the OCR is seldom wrong twice in one figure.
    readings = [reading]
    unsure = [i for i, o in enumerate(options) if len(o) > 1]

    def add(r: str) -> None:
        if r and r not in readings and not (len(r) > 1 and r.startswith("0")):
            readings.append(r)

    for n in (1, 2):
        for where in itertools.combinations(unsure, n):
            for alts in itertools.product(*(options[i][1:] for i in where)):
                chars = [o[0] for o in options]
                for i, a in zip(where, alts):
                    chars[i] = a
                add("".join(chars))
        if n == 1 and len(reading) > 1:
            for i in {0, len(reading) - 1} & set(unsure):
                add(reading[:i] + reading[i + 1:])
    readings = readings[:MAX_ALTERNATIVES]
    return reading, tuple(readings) if len(readings) > 1 else None


_CJK = re.compile(r"[\u4e00-\u9fff]")
_MARK = re.compile(r"[^\w.,，]|_")


_SEAL_OVER_FIGURE = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*\d[^\u4e00-\u9fff]*$")


def _is_label(text: str) -> bool:
    """Words naming a row ("1.属于国家秘密"), not a figure with a seal's characters over it ("政府0")."""
    return len(_CJK.findall(text)) >= 2 and not _SEAL_OVER_FIGURE.search(text)


def _figure_only(text: str, confs: list[float]) -> tuple[str, list[float]]:
    """A cell where a figure stands: characters a seal or a speck put over it are dropped (the figure is then
    unsure); a lone mark no digit resembles is an unread digit, any digit a candidate."""
    kept = [(ch, c) for ch, c in zip(text, confs + [1.0] * len(text)) if not _CJK.match(ch) and not _MARK.match(ch)
            or ch in "。〇丨|"]
    if len(kept) == len(text) and (not text or _NUMBERISH.match(text)):
        return text, confs
    if not kept:
        return (text, confs) if not text.strip() else ("?", [0.0])
    chars = "".join(ch if _NUMBERISH.match(ch) else "?" for ch, _ in kept)
    return chars, [min(c, SURE - 0.01) for _, c in kept]


def _blocks(lines: list[tuple[list[Word], Band | None]], page: int, reread) -> list[Block]:
    blocks: list[Block] = []
    table: OcrTable | None = None
    for line, band in lines:
        cells = _cells(line, band)
        raw = [_cell_text(c) for c in cells]
        if band is not None:
            # Right of the row's label every cell holds a figure: one the detector left empty is read again on
            # its own, and what a seal or a speck added to a figure is taken off.
            label = max((k for k, (t, _) in enumerate(raw) if _is_label(t)), default=-1)
            # (a bold "0" is often read as "。" or "o" alone: a figure too; a row of a grid whose rows above hold
            # figures, or right under the grid's column headings, holds figures, even when the detector saw none)
            if any(_DIGIT.search(t) or _NUMBERISH.match(_STRAY.sub("", clean(t)) or "-") for t, _ in raw[label + 1:]) \
                    or label >= 0 and table is not None and (
                        any(_DIGIT.search(c) for row in table.rows[-3:] for c in row)
                        or table.rows and sum(map(_is_label, table.rows[-1])) >= 2
                        and sum(_is_label(t) for t, _ in raw) == 1):  # a row's name, not more headings
                for k in range(label + 1, len(raw)):
                    if not raw[k][0].strip():
                        text, score = reread(band, k)
                        # A cell the detector missed is a poor read unless the recogniser is sure of it.
                        score = score if score >= 0.9 else min(score, LOW - 0.01)
                        raw[k] = (text, [score] * len(text))
                    raw[k] = _figure_only(*raw[k])
        texts, doubts = [], {}
        for k, (text, confs) in enumerate(raw):
            text, readings = figure(text, confs)
            texts.append(text)
            if readings:
                doubts[k] = readings
        if band is not None or (len([t for t in texts if t]) >= 2 and any(_DIGIT.search(t) for t in texts)):
            if table is None:
                table = OcrTable(page=page)
                blocks.append(table)
            r = len(table.rows)
            table.rows.append(texts)
            table.doubts.update({(r, k): v for k, v in doubts.items()})
            table.boxes.update({(r, k): box for k, box in enumerate(_boxes(cells, band))})
            continue
        table = None
        text = clean(" ".join(t for t in texts if t))
        if text:
            blocks.append(Paragraph(text))
    return [b for b in blocks if not isinstance(b, Table) or any(any(c for c in row) for row in b.rows)]


def _boxes(cells: list[list[Word]], band: Band | None) -> list[tuple[float, float, float, float]]:
    """Where each cell stands in the (deskewed) picture: between its rules, else around its words."""
    if band is not None:
        return [(band.columns[k], band.top, band.columns[k + 1], band.bottom) for k in range(len(cells))]
    return [(min(w.x0 for w in c), min(w.y0 for w in c), max(w.x1 for w in c), max(w.y1 for w in c)) if c
            else (0.0, 0.0, 0.0, 0.0) for c in cells]


def needs_ocr(blocks: list[Block]) -> bool:
    """No table with figures among the blocks read as text: the statutory tables must be pictures."""
    for b in blocks:
        if isinstance(b, Table) and sum(bool(_DIGIT.search(c)) for row in b.rows for c in row) >= 10:
            return False
    return True
