"""PDF: the text built from the characters, ruled tables written row by row.

pdfplumber gives every character with its box and finds ruled tables (cell
rectangles from the drawn lines); we build the text ourselves: lines joined
by ``\\n``, pages ended by ``\\f``, each table written row by row (see
:mod:`.text`) and kept with its grid, a box kept for every character.

Traps real PDFs set, none of which may change a value silently:

- fake bold (each glyph drawn twice, 一一、、): duplicate glyphs at the
  same place are dropped;
- Type3 or subset fonts that extract as Kangxi/CJK radicals (⼈⺠ for 人民):
  mapped to the unified ideograph by Unicode's EquivalentUnifiedIdeograph
  data (``data/radicals.tsv``) and NFKC for compatibility ideographs;
- fonts without a usable ToUnicode map (``(cid:N)``, private-use code
  points): the page is judged implausible and read again with pypdfium2,
  then by OCR where it is installed; otherwise the document fails with
  ``read.unmapped_font`` naming the pages;
- a table drawn without rules: its rows are lines of gapped numbers, but its
  header's cells, wrapped in narrow columns, interleave line by line
  (结 / 果结果纠 / 维正…); each header cell is put back together from the
  column it stands over, when every cell lines up with the numbers below;
- a table continued on the next page (its repeated header dropped) and a
  row split by the page break (its two halves joined), also under a page
  number or a running header or footer;
- prose set in two columns (each line would join the two columns' text): the
  left column read, then the right one, also in a band of a few lines between
  tables by the gutter of an earlier page, or of the first later one before any
  is found (only where every line of the band reads as two columns of prose: a
  table or a one-column page is never cut there); a landscape page stored as a
  portrait one (``/Rotate``, or its text drawn turned a quarter) read turned
  back, its rules drawn as rectangles levelled where the turn leaves them 1e-14
  off square;
- a sheet printed two pages per sheet (two portrait pages side by side on a
  landscape sheet, nothing drawn across the blank strip between them): read as two
  pages, the left one then the right one (each line would join the two pages' text,
  and a table going on from the left page to the right one is continued as on the
  next page);
- a searchable scan (invisible text another program's OCR laid under a page-size
  picture): its text is OCR's, and its table cells are kept only where the tables'
  arithmetic confirms them (``Page.ocr_layer``, a ``read.ocr_layer`` warning);
- pages without a text layer: OCR where installed, else
  ``read.no_text_layer`` naming the pages.
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import re
import unicodedata
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise
from typing import Any

from ..datafiles import read_text
from ..errors import MissingExtra, UnreadableDocument
from ..limits import DEFAULT_LIMITS, checkpoint
from ..read import NOTE_MARK, HtmlCell, HtmlTable
from .pages import Box, Page
from .text import CELL_SEPARATOR, GridCell, TextBuilder

__all__ = ["read_pdf"]

logger = logging.getLogger(__name__)

# Glyphs closer than this (points) with the same text are one glyph drawn twice.
_DUPLICATE_TOLERANCE = 1.0
# Characters whose tops differ by less than this share of the font size are on one line.
_LINE_TOLERANCE = 0.5
# A gap wider than this share of the font size between two characters is a space
# (not between two Chinese characters: justified Chinese text is spaced out) ...
_SPACE_GAP = 0.25
# ... unless it is this many font sizes wide: text set apart on one line, such as a
# sidebar's link beside the article's title on a printed web page (公开指南 | 清新区…).
_APART_GAP = 3.0
# Edges of table cells closer than this (points) are one grid line.
_EDGE_TOLERANCE = 2.0
# A glyph whose direction is more than about 3° off level or a quarter turn (tan 0.05)
# is slanted: not text of the page's flow (see _slanted).
_SLANT = 0.05
# A glyph at least this many times the page's middle glyph size, filled at least this
# light (0 black, 1 white), is a level watermark's (see _watermark): titles are at most
# about twice the body's size, and printed in black.
_WATERMARK_SIZE = 2.5
_WATERMARK_LIGHTNESS = 0.7
# A glyph filled pure white (in a device colour space, where white is known: a spot
# colour's tint 1 is full ink) is not seen on the white page: a draft's old figure kept
# white beside the shown one was read joined to it (formats8 k12: 3 and a white 0 as
# 30). It is read where something is drawn under it that can show it: a filled shape
# not white, or a picture (white labels on a table's dark header).
_WHITE_SPACES = frozenset({"DeviceRGB", "DeviceGray", "DeviceCMYK"})
# A text object drawn wholly outside its clipping path (the path's box misses the
# object's box, or has no area: ``0 0 0 0 re W n``) is shown by no viewer, yet it is
# in the text layer: a draft's old figure clipped away right after the shown one was
# read joined to it (formats9 m11: 3 and a clipped 5 as 35). Boxes closer than this
# (points) are taken to touch: a glyph's box reaching a cell's clip by a hair is shown.
_CLIP_TOLERANCE = 0.5
# A footnote mark set as a superscript after a number (12 then a raised, smaller 1, ①,
# *, 注: NOTE_MARK) is no part of it: joined, 866 and a superscript 2 read as 8662
# (formats9 m20, a Writer PDF). A superscript glyph is at most this share of the
# digit's size, its bottom raised at least _SUPER_RAISE of the digit's size above the
# digit's, and it starts within _SUPER_GAP of the digit's size after it (Word and
# Writer set superscripts at about 58 % size, raised about a third).
_SUPER_SIZE = 0.75
_SUPER_RAISE = 0.25
_SUPER_GAP = 0.5
# Text of a page turned another way than the page's (upright text beside a table
# turned a quarter) is read its own way from this many characters (a page number or
# a stamp's few glyphs stay with the page's text).
_MIN_TURNED_TEXT = 8
# A drawn line whose ends' heights differ by less than this (points) is horizontal.
_LEVEL_TOLERANCE = 0.01
# A line ending in this many numbers set apart by gaps is a table row (see _tabular).
_TABULAR_NUMBERS = 2
_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")
# A borderless table's header (see _borderless_header): its cells line up with the
# numbers of its first row to within this (points; the layout engine places both);
_ALIGN = 1.0
# its wrapped cell lines are at most this many font sizes apart, top to top (its
# rows are set further apart by the cells' padding);
_WRAP_PITCH = 1.6
# it has at most this many lines, none further than _HEADER_GAP font sizes from
# the next, and no cell over the columns longer than _HEADER_CELL characters
# (a longer one is a heading or prose across the table).
_HEADER_LINES = 12
_HEADER_GAP = 6.0
_HEADER_CELL = 12
# A row label wrapped in a narrow cell goes on over at most this many lines below its row.
_LABEL_LINES = 6
# A numbered heading or row label (三、 （一） 1.): never a line of a table's header.
_NUMBERED = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]")
# ... or its bracket cut by the wrap of a narrow cell (（二 / ）部分公开): the next label's start.
_CUT_NUMBER = re.compile(r"[（(][一二三四五六七八九十]+")
# A cell of a table row left blank with a mark: it holds a column as a number does.
_BLANK_MARKS = frozenset({"/", "／", "-", "－", "—", "——", "–"})
# Two columns of prose: a blank strip at least this many font sizes wide between
# them, in the middle of at least _MIN_COLUMN_LINES lines each side of which holds
# _COLUMN_CHARS Chinese characters (a table's header cells, 信息内容 beside
# 本年处理决定数量 over a blank middle, hold fewer); once the gutter is found, a line
# with _PROSE_CHARS each side shows that a run of lines is set in the two columns.
_GUTTER = 1.5
# A sheet printed two pages per sheet (a landscape sheet, two portrait pages scaled side
# by side): the blank strip between the pages lies within this share of the width from
# the middle and is at least _TWO_UP_STRIP of the width wide; each half holds at least
# _TWO_UP_LINES lines of prose or a ruled table (a borderless table's labels and numbers,
# set apart across the middle, are no two pages).
_TWO_UP_MIDDLE = 0.04
_TWO_UP_STRIP = 0.03
_TWO_UP_LINES = 2
_MIN_COLUMN_LINES = 3
_COLUMN_CHARS = 8
_PROSE_CHARS = 4
# A page number as printed in a footer or header: 3, — 3 —, 第 3 页 共 5 页, 3/5, Page 3 of 5.
_PAGE_NUMBER = re.compile(
    r"[-—–－\s]*(?:第\s*)?\d+\s*页?\s*(?:(?:[/／]\s*共?|共|of)\s*\d+\s*页?)?[-—–－\s]*"
    r"|(?i:page)\s*\d+(?:\s*of\s*\d+)?"
)
_DIGITS = re.compile(r"\d+")
# Running headers and footers are looked for among this many lines at each end of a page.
_EDGE_LINES = 2
# A page whose characters are more than this share unmapped glyphs is not read as text.
_MAX_UNMAPPED = 0.02
# Nor a page whose text looks less like report text than this (see read._plausibility).
_MIN_PLAUSIBILITY = 0.8
# What pdfplumber's table finder and _find_tables read of a line, rect or curve
# (edges are made from them: utils.rect_to_edges, move_object; a curve's edges
# from its points, utils.curve_to_edges).
_SHAPE_KEYS = ("object_type", "x0", "x1", "y0", "y1", "top", "bottom", "doctop", "width", "height")
# A picture on a page with a text layer may be a table pasted as a picture (a
# screenshot of the table: its cells are only in the pixels) when it is at least this
# big (points; a smaller one is a logo or an icon) ...
_MIN_PICTURE_WIDTH = 72.0
_MIN_PICTURE_HEIGHT = 36.0
# ... and at most this many of the text layer's characters lie over it (more: the
# picture is a page's scan under its invisible text, or a background under the text).
_MAX_CHARS_OVER_PICTURE = 4
# Nor is a picture whose stored image has more pixels than this looked at (its
# decoding alone would take gigabytes); it is named in a warning.
_MAX_PICTURE_PIXELS = 36_000_000
# A page is a scan with an OCR text layer (a "searchable" scan) when a picture covers at
# least this share of it and at least this share of the characters looked at (at most
# _LAYER_SAMPLE of them, spread over the page) are drawn invisible (text render mode 3),
# as OCR programs (tesseract, ABBYY, Acrobat) lay their text under the scan.
_SCAN_COVER = 0.8
_INVISIBLE_SHARE = 0.9
_LAYER_SAMPLE = 200
_INVISIBLE = 3
# Chinese characters and punctuation (《》（），。): no space is ever written between two.
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A page with no text and at least this many drawn curves has its text as outlines
# (a print shop's or a 'flatten' tool's PDF: each glyph a filled path, formats6 i03):
# read by OCR like a scan, not taken for an empty page (a rule or a seal is a few).
_OUTLINED_TEXT_CURVES = 100
# A filled-in form never flattened shows a text field's value from the field's widget,
# not from the page's content (formats6 i05: table 三's numbers all in fields, none
# read). The value is laid out in the widget's box as a viewer draws it: a field
# hidden or not shown on screen (annotation flags 2, 32) is left out, and so is one
# over page text (a printed copy of the value: read twice, its digits would join).
_FIELD_HIDDEN = 2 | 32
_FIELD_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")
# the longest value taken (a cell's number or mark; a long text field is a form's prose)
_FIELD_CHARS = 24
# a glyph's width, in font sizes: ASCII and the rest (what a viewer's Helvetica and a
# CJK font give, near enough to order and space the characters)
_FIELD_ASCII_WIDTH = 0.55
_FIELD_PAD = 2.0


@dataclass(frozen=True, slots=True)
class _Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    turn: int = 0  # 0, or 90 / -90: drawn turned a quarter (see _orientation)

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)


Piece = tuple[str, Box | None]  # text written with the box of its characters


@dataclass(slots=True)
class _Table:
    top: float
    bottom: float
    columns: tuple[float, ...]  # x of the grid's column edges
    rows: list[list[tuple[GridCell, list[Piece]]]]
    starts: list[list[int]]  # the column edge each cell of each row starts at
    continues: bool = False  # the rest of the previous page's last table
    # ... whose last row goes on in this table's first row: (cell of that row, cell of this)
    split_row: tuple[tuple[int, int], ...] = ()
    ocr: bool = False  # read by OCR from a picture on a page with a text layer


@dataclass(slots=True)
class _PageContent:
    number: int
    reader: str
    width: float
    height: float
    blocks: list[tuple[float, list[Piece] | _Table]]  # (top, a line or a table)
    # its text layer is another program's OCR of a scan (see _ocr_layer): read by
    # OCR as a whole for what follows (its table cells need the arithmetic's consent)
    ocr_layer: bool = False
    # the right page of a sheet printed two pages per sheet (this content is the left one)
    right: _PageContent | None = None


# --- characters -------------------------------------------------------------


@lru_cache(maxsize=1)
def _equivalents() -> dict[int, str]:
    text = read_text("readers/data/radicals.tsv")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            src, dst = line.split("\t")
            table[int(src, 16)] = chr(int(dst, 16))
    return table


def _clean(text: str) -> str:
    """A glyph's text with radicals and compatibility ideographs made the ideograph they mean."""
    if len(text) != 1:
        return text
    mapped = _equivalents().get(ord(text))
    if mapped is not None:
        return mapped
    if "\uf900" <= text <= "\ufaff" or "\U0002f800" <= text <= "\U0002fa1f":
        return unicodedata.normalize("NFKC", text)
    return text


def _unmapped(text: str) -> bool:
    return text.startswith("(cid:") or any(
        "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd" or unicodedata.category(ch) == "Cc"
        for ch in text
    )


def _dedupe(chars: list[_Char]) -> list[_Char]:
    """Drops a glyph drawn again at (almost) the same place: fake bold, shadow text."""
    out: list[_Char] = []
    seen: dict[tuple[str, int, int], list[_Char]] = {}
    for c in chars:
        key = (c.text, round(c.x0), round(c.top))
        near = [
            d
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for d in seen.get((c.text, key[1] + dx, key[2] + dy), ())
            if abs(d.x0 - c.x0) <= _DUPLICATE_TOLERANCE
            and abs(d.top - c.top) <= _DUPLICATE_TOLERANCE
        ]
        if near:
            continue
        seen.setdefault(key, []).append(c)
        out.append(c)
    return out


def _plumber_chars(page: Any, *, covered: frozenset[int] = frozenset()) -> list[_Char]:
    off = _only_hidden_layers(page)
    chars = [
        c
        for n, c in enumerate(page.chars)
        if c["text"]
        and not c["text"].isspace()
        and not _slanted(c["matrix"])
        and not (off and c.get("tag") == "OC")
        and n not in covered
    ]
    if any(_white(c) for c in chars):
        grounds = _grounds(page)
        chars = [c for c in chars if not _white(c) or _over(c, grounds)]
    if chars and (page.objects.get("line") or page.objects.get("rect")):
        chars = _unstruck(page, chars)
    sizes = sorted(c.get("size") or 10.0 for c in chars)
    body = sizes[len(sizes) // 2] if sizes else 10.0
    return [
        _Char(
            _clean(c["text"]),
            c["x0"],
            c["top"],
            c["x1"],
            c["bottom"],
            c.get("size") or 10.0,
            _orientation(c["matrix"]),
        )
        for c in chars
        if not _watermark(c, body)
    ]


# A glyph a short level line is drawn through is struck out: an old figure the editor kept
# beside the new one, as Word's and Writer's strikethrough print it (formats15 s06: a
# Writer PDF whose table 三 kept 30 % of its old figures struck, read joined to the new
# ones or alone, 58 cells WRONG). A stroke or a thin filled box, level, at most
# _STRIKE_LONGEST long, crossing a glyph's box between _STRIKE_BAND of its height from
# the top (an underline lies at the box's foot, a cell's rule outside it), struck glyphs
# covering most of its length (a table's rule through a cell runs far past its text).
_STRIKE_BAND = (0.3, 0.85)
_STRIKE_LONGEST = 200.0
_STRIKE_THIN = 1.5
_STRIKE_COVER = 0.6


def _strokes(page: Any) -> list[tuple[float, float, float]]:
    """The page's short level strokes and thin boxes, as (y, x0, x1)."""
    out = []
    for kind in ("line", "rect"):
        for o in page.objects.get(kind, ()):
            if o["bottom"] - o["top"] <= _STRIKE_THIN and 0 < o["x1"] - o["x0"] <= _STRIKE_LONGEST:
                out.append(((o["top"] + o["bottom"]) / 2, o["x0"], o["x1"]))
    return out


def _unstruck(page: Any, chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``chars`` less the glyphs struck out (see _STRIKE_BAND)."""
    strokes = _strokes(page)
    if not strokes:
        return chars
    order = sorted(range(len(chars)), key=lambda n: chars[n]["top"])
    tops = [chars[n]["top"] for n in order]
    tallest = max(c["bottom"] - c["top"] for c in chars)
    struck: set[int] = set()
    for y, x0, x1 in strokes:
        lo = bisect_left(tops, y - tallest)
        hit = []
        for n in order[lo : bisect_right(tops, y)]:
            c = chars[n]
            height = c["bottom"] - c["top"]
            if (
                height > 0
                and _STRIKE_BAND[0] <= (y - c["top"]) / height <= _STRIKE_BAND[1]
                and c["x0"] < x1
                and c["x1"] > x0
            ):
                hit.append(n)
        if not hit:
            continue
        covered = sum(min(chars[n]["x1"], x1) - max(chars[n]["x0"], x0) for n in hit)
        if covered >= _STRIKE_COVER * (x1 - x0):
            struck.update(n for n in hit if x0 <= (chars[n]["x0"] + chars[n]["x1"]) / 2 <= x1)
    if not struck:
        return chars
    return [c for n, c in enumerate(chars) if n not in struck]


# A picture drawn over text hides it: a report whose table 三 page kept the draft's
# table as text under an opaque picture of the final one read the draft's figures
# (formats11 o11: 96 cells WRONG). A character is left out when a picture drawn AFTER
# it (later in the page's content) covers its centre, the picture being opaque (no
# soft mask or colour-key mask, not a stencil mask), at least _MIN_PICTURE_WIDTH by
# _MIN_PICTURE_HEIGHT and under _COVER_SHARE of the page (a page-size scan with its
# OCR text is read as such: see _SCAN_COVER).
_COVER_SHARE = 0.9
_COVER_CELL = 36.0  # points: the grid the characters' centres are looked up in
# A page with more covers than this (pictures, white boxes) has the first of them looked at.
_MAX_COVERS = 2000


# A box filled white drawn over text hides it as a picture does: a PDF editor's "edit
# text" and redaction tools leave the old figure in the page's text under a white box,
# the new one drawn on it (formats12 p13: 2119 read for 19). Only white (another fill
# may be a highlight drawn translucent, which the layout does not tell), a rectangle or
# a closed path, under _COVER_SHARE of the page.


def _white_colour(colour: Any) -> bool:
    """Whether a fill colour (gray, RGB or CMYK components) is white."""
    if not isinstance(colour, (tuple, list)) or not colour:
        return False
    if not all(isinstance(v, (int, float)) for v in colour):
        return False
    if len(colour) == 4:
        return all(float(v) == 0.0 for v in colour)
    return len(colour) in (1, 3) and all(float(v) == 1.0 for v in colour)


def _white_fill(obj: Any) -> bool:
    """Whether a pdfminer path object is filled white."""
    return bool(getattr(obj, "fill", False)) and _white_colour(
        getattr(obj, "non_stroking_color", None)
    )


def _white_box(shape: dict[str, Any], area: float) -> bool:
    """Whether a pdfplumber rect or curve is a white box drawn without an outline,
    smaller than _COVER_SHARE of the page: nothing of it is seen on a white page (its
    sides are no rules of a table)."""
    return (
        bool(shape.get("fill"))
        and not shape.get("stroke")
        and _white_colour(shape.get("non_stroking_color"))
        and 0 < float(shape.get("width", 0)) * float(shape.get("height", 0)) < _COVER_SHARE * area
    )


def _white_boxes(objects: dict[str, Any], area: float) -> bool:
    """Whether the page draws a white box (see _white_box)."""
    return any(_white_box(o, area) for kind in ("rect", "curve") for o in objects.get(kind, ()))


def _under_pictures(page: Any) -> frozenset[int]:
    """The characters (their numbers in ``page.chars``) an opaque picture or a white box
    drawn after them covers (see _COVER_SHARE, _white_fill): the new figure drawn on a
    white box at the old one's place is not, though it may have the same text there."""
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

    try:
        layout = page.layout
    except Exception:  # a page pdfminer lays out only in part: nothing is taken away
        return frozenset()
    seq: list[Any] = []
    stack = [iter(layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar | LTImage) or (isinstance(obj, LTCurve) and _white_fill(obj)):
            seq.append(obj)
        elif isinstance(obj, LTContainer) and len(stack) < 8:
            stack.append(iter(obj))
    area = float(page.width) * float(page.height)
    pictures: list[tuple[int, tuple[float, float, float, float]]] = []
    for i, obj in enumerate(seq):
        if isinstance(obj, LTChar):
            continue
        w, h = obj.x1 - obj.x0, obj.y1 - obj.y0
        if not isinstance(obj, LTImage):
            if 0 < w * h < _COVER_SHARE * area:
                pictures.append((i, (obj.x0, obj.y0, obj.x1, obj.y1)))
            continue
        attrs = getattr(getattr(obj, "stream", None), "attrs", None) or {}
        if (
            getattr(obj, "imagemask", None)
            or "SMask" in attrs
            or "Mask" in attrs
            or w < _MIN_PICTURE_WIDTH
            or h < _MIN_PICTURE_HEIGHT
            or w * h >= _COVER_SHARE * area
        ):
            continue
        pictures.append((i, (obj.x0, obj.y0, obj.x1, obj.y1)))
    if not pictures:
        return frozenset()
    # the characters' centres in cells of _COVER_CELL points: each cover looks only at
    # the cells it spans (a page of many white boxes, cell backgrounds, stays linear)
    centres: dict[tuple[int, int], list[tuple[int, int, float, float]]] = {}
    laid: list[Any] = []  # the layout's characters, in order
    for i, obj in enumerate(seq):
        if isinstance(obj, LTChar):
            x, y = (obj.x0 + obj.x1) / 2, (obj.y0 + obj.y1) / 2
            key = (int(x // _COVER_CELL), int(y // _COVER_CELL))
            centres.setdefault(key, []).append((i, len(laid), x, y))
            laid.append(obj)
    out: set[int] = set()
    if not centres:
        return frozenset()
    gx_lo, gx_hi = min(k[0] for k in centres), max(k[0] for k in centres)
    gy_lo, gy_hi = min(k[1] for k in centres), max(k[1] for k in centres)
    for j, (x0, y0, x1, y1) in pictures[:_MAX_COVERS]:
        if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
            continue
        # (only the cells that hold characters: a box of absurd size spans no more)
        for gx in range(max(gx_lo, int(x0 // _COVER_CELL)), min(gx_hi, int(x1 // _COVER_CELL)) + 1):
            for gy in range(
                max(gy_lo, int(y0 // _COVER_CELL)), min(gy_hi, int(y1 // _COVER_CELL)) + 1
            ):
                for i, n, x, y in centres.get((gx, gy), ()):
                    if i < j and x0 <= x <= x1 and y0 <= y <= y1:
                        out.add(n)
    chars = page.chars
    if len(laid) != len(chars):
        places = {(laid[n].get_text(), round(laid[n].x0, 2), round(laid[n].y1, 2)) for n in out}
        # the layout's characters are not pdfplumber's one for one (a figure nested past
        # the walk's depth): those at a covered character's place, with its text
        return frozenset(
            n
            for n, c in enumerate(chars)
            if (c["text"], round(c["x0"], 2), round(c["y1"], 2)) in places
        )
    return frozenset(out)


def _white(char: dict[str, Any]) -> bool:
    """Whether a glyph is filled pure white (see _WHITE_SPACES)."""
    colour = char.get("non_stroking_color")
    if char.get("ncs") not in _WHITE_SPACES or not isinstance(colour, (tuple, list)):
        return False
    if not colour or not all(isinstance(v, (int, float)) for v in colour):
        return False
    if len(colour) == 4:
        return all(float(v) == 0.0 for v in colour)
    return len(colour) in (1, 3) and all(float(v) == 1.0 for v in colour)


def _grounds(page: Any) -> list[Box]:
    """The boxes of what may show a white glyph drawn over it: filled shapes of another
    colour than white (or of a colour not known) and pictures."""
    out: list[Box] = []
    for shape in (*page.rects, *page.curves):
        if shape.get("fill") and _lightness(shape.get("non_stroking_color")) < 1.0:
            out.append((shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    out.extend((im["x0"], im["top"], im["x1"], im["bottom"]) for im in page.images)
    return out


def _over(char: dict[str, Any], grounds: Sequence[Box]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in grounds)


def _only_hidden_layers(page: Any) -> bool:
    """Whether every layer (optional content group) the page's content names is one the
    document's default view switches off: its marked content (``/OC /name BDC``) is
    then drawn in no viewer, and the characters pdfplumber tags ``OC`` are not shown.
    A draft's figures in such a layer, drawn over the table's, were read joined to
    them (formats7 j09: 60 and a hidden 70 as 7600). A page naming a layer that is on,
    or anything else than a plain group, is read as before: which of its characters
    are hidden is not known from the tag alone."""
    try:
        ocp = _resolve(page.pdf.doc.catalog.get("OCProperties"))
        props = _resolve((page.page_obj.resources or {}).get("Properties"))
    except Exception:  # a damaged catalog or resource dict: read as before
        return False
    if not isinstance(ocp, dict) or not isinstance(props, dict) or not props:
        return False
    view = _resolve(ocp.get("D"))
    if not isinstance(view, dict):
        return False
    on_ids = {getattr(r, "objid", None) for r in _resolve(view.get("ON")) or ()}
    off_ids = {getattr(r, "objid", None) for r in _resolve(view.get("OFF")) or ()}
    all_off = _pdf_name(view.get("BaseState")) == "OFF"
    used = 0
    for ref in props.values():
        obj = _resolve(ref)
        if not isinstance(obj, dict) or _pdf_name(obj.get("Type")) not in ("OCG", "OCMD"):
            continue  # a marked-content property list of another kind
        objid = getattr(ref, "objid", None)
        if _pdf_name(obj.get("Type")) != "OCG" or objid is None or objid in on_ids:
            return False
        if not (objid in off_ids or all_off):
            return False
        used += 1
    return used > 0


def _field_chars(page: Any, chars: Sequence[_Char]) -> list[_Char]:
    """The characters of the page's filled text fields (see _FIELD_HIDDEN)."""
    try:
        annots = page.annots
    except Exception:  # a damaged annotation array: the page's own text is still read
        return []
    out: list[_Char] = []
    for annot in annots:
        data = annot.get("data") or {}
        if _pdf_name(data.get("Subtype")) != "Widget" or _pdf_name(_field(data, "FT")) != "Tx":
            continue
        flags = _resolve(data.get("F"))
        if isinstance(flags, int) and flags & _FIELD_HIDDEN:
            continue
        text = _pdf_text(_field(data, "V"))
        if not text or len(text) > _FIELD_CHARS or not text.isprintable():
            continue
        x0, top, x1, bottom = annot["x0"], annot["top"], annot["x1"], annot["bottom"]
        if any(
            x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom for c in chars
        ):
            continue
        da = _resolve(_field(data, "DA"))
        size_m = _FIELD_SIZE.search(da) if isinstance(da, bytes) else None
        size = float(size_m.group(1)) if size_m else 0.0
        if not 0 < size <= bottom - top:
            size = (bottom - top) * 0.7
        widths = [size * (_FIELD_ASCII_WIDTH if ch.isascii() else 1.0) for ch in text]
        quadding = _resolve(_field(data, "Q"))
        if quadding == 1:
            x = (x0 + x1 - sum(widths)) / 2
        elif quadding == 2:
            x = x1 - _FIELD_PAD - sum(widths)
        else:
            x = x0 + _FIELD_PAD
        y = (top + bottom - size) / 2
        for ch, w in zip(text, widths):
            if not ch.isspace():
                out.append(_Char(_clean(ch), x, y, x + w, y + size, size))
            x += w
    return out


# An annotation a viewer draws over the page (a FreeText or Square a reviewer laid on a
# cell: a white box with the corrected figure) hides the page's text under it: read, the
# old figures it covers were the cells' (formats12 p14: 74 cells). A character whose
# centre lies in an annotation shown on screen (flags 2, 32 unset) whose appearance
# fills a rectangle (re, then f, F, f*, B or b) is not read; links, widgets (fields:
# _field_chars) and pop-ups are not covers.
_NOT_COVERS = frozenset({"Link", "Widget", "Popup"})
_COVER_LOOK = 4096  # the bytes of an appearance stream looked at (a box is drawn first)
_FILLED_BOX = re.compile(rb"\bre\s+(?:[fFbB]\*?)(?![\w*])")


def _under_annotations(page: Any, chars: Sequence[_Char]) -> list[_Char]:
    """``chars`` without those a covering annotation hides (see _FILLED_BOX)."""
    try:
        annots = page.annots
    except Exception:  # a damaged annotation array: the page's own text is read
        return list(chars)
    boxes: list[Box] = []
    for annot in annots:
        data = annot.get("data") or {}
        if _pdf_name(data.get("Subtype")) in _NOT_COVERS:
            continue
        flags = _resolve(data.get("F"))
        if isinstance(flags, int) and flags & _FIELD_HIDDEN:
            continue
        look = _resolve(data.get("AP"))
        get_data = getattr(
            _resolve(look.get("N")) if isinstance(look, dict) else None, "get_data", None
        )
        try:
            drawn = get_data() if get_data is not None else b""
        except Exception:  # an appearance stream that does not decode: not a cover
            continue
        if isinstance(drawn, bytes) and _FILLED_BOX.search(drawn[:_COVER_LOOK]):
            boxes.append((annot["x0"], annot["top"], annot["x1"], annot["bottom"]))
            if len(boxes) >= _MAX_COVERS:
                break
    if not boxes:
        return list(chars)
    return [
        c
        for c in chars
        if not any(
            x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom
            for x0, top, x1, bottom in boxes
        )
    ]


# A born-digital page OCR'd again by a program that did not skip pages with text ("force
# OCR") has every line twice: its own visible text and the OCR's invisible copy (text
# render mode 3) at nearly the same place, in another font, with the OCR's slips: read
# both, a cell's digits joined the copy's (formats12 p15: 121 as 12211). Which of two
# glyphs drawn over each other is the visible one is not told (pdfplumber does not
# give a glyph's render mode, and pdfium's text page merges such glyphs), so on a page
# whose content draws invisible text both are left out: a character whose box
# overlaps another's by _OVERLAP of the narrower one, on the same line (the same text
# at the same place is one glyph drawn twice: _dedupe keeps one). An OCR layer over a
# picture (a searchable scan, k18) has no other glyph under it and is read as before.
_INVISIBLE_OP = re.compile(rb"(?<![\w.])3\s+Tr(?![\w])")
_OVERLAP = 0.4


def _invisible_twins(page: Any, chars: list[_Char]) -> list[_Char]:
    """``chars`` without the glyphs drawn over one another on a page that draws
    invisible text (see _INVISIBLE_OP)."""
    from pdfminer.pdftypes import resolve1

    try:
        streams = resolve1(page.page_obj.contents) or []
        if not isinstance(streams, list):
            streams = [streams]
        if not any(_INVISIBLE_OP.search(resolve1(x).get_data()) for x in streams):
            return chars
    except Exception:  # a content stream pdfminer cannot give again: read as it is
        return chars
    rows: dict[int, list[int]] = {}
    for i, c in enumerate(chars):
        rows.setdefault(round((c.top + c.bottom) / 2 / 4), []).append(i)
    out: set[int] = set()
    for key, members in rows.items():
        # this line's glyphs and the next bucket's, by their left edges: each is compared
        # with those that start before it ends (a sweep, not every pair)
        near = sorted([*members, *rows.get(key + 1, ())], key=lambda k: chars[k].x0)
        for n, i in enumerate(near):
            c = chars[i]
            y = (c.top + c.bottom) / 2
            for m in range(n + 1, len(near)):
                j = near[m]
                d = chars[j]
                if d.x0 >= c.x1:
                    break
                if abs((d.top + d.bottom) / 2 - y) > min(c.size, d.size) / 2:
                    continue
                narrow = min(c.x1 - c.x0, d.x1 - d.x0)
                if narrow > 0 and min(c.x1, d.x1) - max(c.x0, d.x0) > _OVERLAP * narrow:
                    out.update((i, j))
    if not out:
        return chars
    # the run of glyphs each overlapped one stands in (a number, a word) goes with it: a
    # glyph drawn twice at one place is one glyph now (_dedupe), and a number that kept
    # it would be read short
    for members in rows.values():
        line = sorted(members, key=lambda k: chars[k].x0)
        run: list[int] = []
        right = 0.0  # the run's right edge
        for k in [*line, -1]:
            glyph = chars[k] if k >= 0 else None
            if run and (glyph is None or glyph.x0 - right > chars[run[-1]].size / 2):
                if not out.isdisjoint(run):
                    out.update(run)
                run = []
            if glyph is not None:
                right = max(right, glyph.x1) if run else glyph.x1
                run.append(k)
    return [c for i, c in enumerate(chars) if i not in out]


def _resolve(obj: Any) -> Any:
    from pdfminer.pdftypes import resolve1

    return resolve1(obj)


def _field(data: dict[str, Any], key: str) -> Any:
    """A field's entry, its own or inherited from its parent fields (a widget is
    often a kid of the field that holds FT, V and DA)."""
    seen = 0
    while isinstance(data, dict) and seen < 32:
        if key in data:
            return _resolve(data[key])
        data = _resolve(data.get("Parent"))
        seen += 1
    return None


def _pdf_name(obj: Any) -> str | None:
    obj = _resolve(obj)
    name = getattr(obj, "name", None)
    return name.decode("latin-1") if isinstance(name, bytes) else name


def _pdf_text(obj: Any) -> str:
    """A PDF text string (UTF-16 with its byte order mark, else PDFDocEncoding, read
    as Latin-1: the same for a number), stripped."""
    obj = _resolve(obj)
    if isinstance(obj, str):
        return obj.strip()
    if not isinstance(obj, bytes):
        return ""
    if obj[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return obj.decode("utf-16", "replace").strip()
    if obj[:3] == b"\xef\xbb\xbf":
        return obj[3:].decode("utf-8", "replace").strip()
    return obj.decode("latin-1").strip()


def _watermark(char: dict[str, Any], body: float) -> bool:
    """Whether a glyph is a level watermark's: far larger than the page's body text
    and filled in a light tint (an agency's name and a date in pale grey across the
    page, whose digits would land in table cells)."""
    if (char.get("size") or 10.0) < _WATERMARK_SIZE * body:
        return False
    return _lightness(char.get("non_stroking_color")) >= _WATERMARK_LIGHTNESS


def _lightness(colour: Any) -> float:
    """A fill colour's lightness from 0 (black) to 1 (white); 0 for one not known
    (a pattern, a colour space pdfplumber does not name)."""
    if not isinstance(colour, (tuple, list)) or not all(
        isinstance(v, (int, float)) for v in colour
    ):
        return 0.0
    if len(colour) == 1:
        return float(colour[0])
    if len(colour) == 4:  # CMYK, as RGB
        c, m, y, k = (float(v) for v in colour)
        colour = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    if len(colour) == 3:  # luma: a pale blue banner is darker than a pale grey
        return 0.299 * float(colour[0]) + 0.587 * float(colour[1]) + 0.114 * float(colour[2])
    return 0.0


def _slanted(matrix: Sequence[float]) -> bool:
    """Whether a glyph is drawn at a slant (neither level nor a quarter turn): a
    watermark or a stamp across the page, whose digits would land in table cells."""
    a, b = abs(matrix[0]), abs(matrix[1])
    return min(a, b) > _SLANT * max(a, b)


def _pdfium_chars(pdf: Any, index: int, height: float) -> list[_Char]:
    """The page's characters as pypdfium2 reads them (another font decoder)."""
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        out = []
        for i in range(textpage.count_chars()):
            ch = textpage.get_text_range(i, 1)
            if not ch or ch.isspace():
                continue
            # The loose box (the font's ascent to descent) puts punctuation on its line;
            # the tight one sits 。 below the others' tops.
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            out.append(_Char(_clean(ch), left, height - top, right, height - bottom, top - bottom))
        return out
    finally:
        textpage.close()
        page.close()


# --- layout -----------------------------------------------------------------


def _lines(chars: Sequence[_Char]) -> list[list[_Char]]:
    """Characters grouped into lines, top to bottom, each left to right."""
    lines: list[list[_Char]] = []
    for c in sorted(chars, key=lambda c: (c.top, c.x0)):
        if lines:
            last = lines[-1]
            ref = last[0]
            if abs(c.top - ref.top) <= _LINE_TOLERANCE * max(ref.size, c.size, 1.0):
                last.append(c)
                continue
        lines.append([c])
    return [sorted(line, key=lambda c: c.x0) for line in lines]


def _pieces(line: Sequence[_Char]) -> list[Piece]:
    out: list[Piece] = []
    prev: _Char | None = None
    for c in line:
        if prev is not None:
            gap = c.x0 - prev.x1
            both_cjk = bool(_CJK.match(prev.text[-1])) and bool(_CJK.match(c.text[0]))
            size = max(prev.size, c.size)
            if gap > (_APART_GAP if both_cjk else _SPACE_GAP) * size:
                out.append((" ", None))
        out.append((c.text, c.box))
        prev = c
    return out


def _cell_pieces(chars: Sequence[_Char]) -> list[Piece]:
    """A cell's lines as one line: Chinese joins directly, numbers and words keep a space."""
    out: list[Piece] = []
    for line in _lines(chars):
        pieces = _pieces(line)
        if out and pieces and _ascii_word(out[-1][0][-1:]) and _ascii_word(pieces[0][0][:1]):
            out.append((" ", None))
        out.extend(pieces)
    return out


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _edges(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _EDGE_TOLERANCE:
            out.append(v)
    return out


def _index(edges: Sequence[float], v: float) -> int:
    return min(range(len(edges)), key=lambda k: abs(edges[k] - v))


def _table(cells: Sequence[tuple[float, float, float, float]], chars: Sequence[_Char]) -> _Table:
    """A ruled table from its cell rectangles: grid position and spans of every cell."""
    xs = _edges([x for c in cells for x in (c[0], c[2])])
    ys = _edges([y for c in cells for y in (c[1], c[3])])
    grid: dict[int, list[tuple[int, GridCell, list[Piece]]]] = {}
    for x0, top, x1, bottom in cells:
        col, col_end = _index(xs, x0), _index(xs, x1)
        row, row_end = _index(ys, top), _index(ys, bottom)
        inside = [
            c
            for c in chars
            if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom
        ]
        pieces = _cell_pieces(inside)
        text = "".join(p for p, _ in pieces)
        cell = GridCell(text, max(1, row_end - row), max(1, col_end - col))
        grid.setdefault(row, []).append((col, cell, pieces))
    ordered = [sorted(grid[r], key=lambda t: t[0]) for r in sorted(grid)]
    rows = [[(cell, pieces) for _, cell, pieces in row] for row in ordered]
    starts = [[col for col, _, _ in row] for row in ordered]
    return _Table(min(c[1] for c in cells), max(c[3] for c in cells), tuple(xs), rows, starts)


def _layout(
    chars: Sequence[_Char],
    tables: Sequence[Sequence[tuple[float, ...]]],
    gutters: list[tuple[float, float]] | None = None,
) -> list[tuple[float, list[Piece] | _Table]]:
    """Lines outside the tables and the tables, top to bottom. ``gutters`` holds the
    gutter found on the document's pages before (see :func:`_runs`), and takes this
    page's."""
    blocks: list[tuple[float, list[Piece] | _Table]] = []
    boxes = []
    for cells in tables:
        rects = [(c[0], c[1], c[2], c[3]) for c in cells]
        x0 = min(r[0] for r in rects)
        x1 = max(r[2] for r in rects)
        top = min(r[1] for r in rects)
        bottom = max(r[3] for r in rects)
        boxes.append((x0, top, x1, bottom))
        inside = [
            c
            for c in chars
            if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom
        ]
        blocks.append((top, _table(rects, inside)))
    free = [
        c
        for c in chars
        if not any(
            b[0] <= (c.x0 + c.x1) / 2 <= b[2] and b[1] <= (c.top + c.bottom) / 2 <= b[3]
            for b in boxes
        )
    ]
    lines = _lines(free)
    headers = _borderless_headers(lines)
    if headers:
        gone = {k for taken, _ in headers for k in taken}
        blocks += [(min(lines[k][0].top for k in taken), pieces) for taken, pieces in headers]
        lines = [line for k, line in enumerate(lines) if k not in gone]
    if not lines:
        return blocks
    joined, gone = _label_wraps(lines)
    left = min(line[0].x0 for line in lines)
    right = max(line[-1].x1 for line in lines)
    for run, keys in _runs(lines, left, right, [b[1] for b in boxes], gutters):
        if keys is None:
            edges = left, right
            keys = [min(c.top for c in line) for line in run]
        else:  # one column of two
            edges = min(line[0].x0 for line in run), max(line[-1].x1 for line in run)
        prev: list[_Char] | None = None
        for key, line in zip(keys, run):
            if id(line) in gone:
                continue
            pieces = joined.get(id(line)) or _pieces(line)
            if prev is not None and _wrapped(prev, line, *edges):
                last = blocks[-1][1]
                assert isinstance(last, list)
                if _ascii_word(last[-1][0][-1:]) and _ascii_word(pieces[0][0][:1]):
                    last.append((" ", None))
                last.extend(pieces)
            else:
                blocks.append((key, pieces))
            prev = line
    blocks.sort(key=lambda b: b[0])
    return blocks


def _runs(
    lines: list[list[_Char]],
    left: float,
    right: float,
    table_tops: Sequence[float],
    gutters: list[tuple[float, float]] | None = None,
) -> list[tuple[list[list[_Char]], list[float] | None]]:
    """The page's lines in reading order, as runs ``(lines, keys)``: one column of
    prose set in two, with the sort keys that put the left column's lines, then the
    right one's, where the two columns start; or ``(lines, None)`` for lines across
    the page. Without this, each line would join the two columns' text.

    A page with too few lines of two columns to find its gutter (a short band of
    them between two tables) borrows the gutter found on an earlier page (or, read
    again by :func:`_borrow_later_gutter`, on the first later one)
    (``gutters``), if it lies in this page's middle; a run is then read as two
    columns only on stronger evidence (see :func:`_columns`), so that a one-column
    page or a table drawn without rules is never cut at a strip that is not its own.
    """
    gutter = _gutter(lines, left, right)
    borrowed = False
    if gutter is not None:
        if gutters is not None:
            gutters[:] = [gutter]
    elif gutters:
        lo, hi = left + 0.3 * (right - left), left + 0.7 * (right - left)
        if lo <= gutters[-1][0] and gutters[-1][1] <= hi:
            gutter, borrowed = gutters[-1], True
    if gutter is None:
        return [(lines, None)]
    g0, g1 = gutter
    out: list[tuple[list[list[_Char]], list[float] | None]] = []
    run: list[list[_Char]] = []

    def close() -> None:
        halves = (
            [[c for c in line if (c.x0 + c.x1) / 2 < g0] for line in run],
            [[c for c in line if (c.x0 + c.x1) / 2 > g1] for line in run],
        )
        both = sum(1 for a, b in zip(*halves) if _prose(a) and _prose(b))
        if borrowed and not _columns(*halves, g0):
            both = 0
        if both:  # the page's gutter is established: one line of prose each side will do
            top = min(c.top for c in run[0])
            kept = [[h for h in half if h] for half in halves]
            out.append((kept[0], [top + k * 1e-6 for k in range(len(kept[0]))]))
            out.append((kept[1], [top + (len(kept[0]) + k) * 1e-6 for k in range(len(kept[1]))]))
        elif run:
            out.append((list(run), None))
        run.clear()

    for line in lines:
        crosses = any(g0 < (c.x0 + c.x1) / 2 < g1 for c in line)
        table_between = run and any(run[-1][0].top < t < line[0].top for t in table_tops)
        if crosses or table_between:
            close()
        if crosses:
            out.append(([line], None))
        else:
            run.append(line)
    close()
    return out


def _gutter(
    lines: Sequence[Sequence[_Char]], left: float, right: float
) -> tuple[float, float] | None:
    """The blank strip between two columns of text, (x0, x1), if the page has one: the
    widest gap of at least _GUTTER font sizes in the middle of many lines, shared."""
    lo, hi = left + 0.3 * (right - left), left + 0.7 * (right - left)
    gaps = []
    for line in lines:
        size = max(c.size for c in line)
        widest = max(
            (k for k in range(1, len(line)) if lo <= (line[k - 1].x1 + line[k].x0) / 2 <= hi),
            key=lambda k: line[k].x0 - line[k - 1].x1,
            default=None,
        )
        if (
            widest is not None
            and line[widest].x0 - line[widest - 1].x1 >= _GUTTER * size
            and _prose(line[:widest], _COLUMN_CHARS)
            and _prose(line[widest:], _COLUMN_CHARS)
        ):
            gaps.append((line[widest - 1].x1, line[widest].x0))
    if len(gaps) < _MIN_COLUMN_LINES:
        return None
    middle = sorted((a + b) / 2 for a, b in gaps)[len(gaps) // 2]
    around = [(a, b) for a, b in gaps if a <= middle <= b]
    if len(around) < _MIN_COLUMN_LINES:
        return None
    return max(a for a, _ in around), min(b for _, b in around)


def _columns(
    lefts: Sequence[Sequence[_Char]], rights: Sequence[Sequence[_Char]], g0: float
) -> bool:
    """Whether a run's lines, cut at a gutter borrowed from another page (whose left
    column ends at ``g0``), are two columns of prose: every part set close together
    (a table's cells are set apart), every line with text both sides _PROSE_CHARS
    Chinese characters each side, one of them _COLUMN_CHARS each side, and one
    whose left part is wrapped at the gutter as a left column's lines are (a
    table's text cells end where their words end)."""
    paired = [(a, b) for a, b in zip(lefts, rights) if a and b]
    return (
        all(_prose(h, 0) for h in (*lefts, *rights) if h)
        and all(_prose(a) and _prose(b) for a, b in paired)
        and any(_prose(a, _COLUMN_CHARS) and _prose(b, _COLUMN_CHARS) for a, b in paired)
        and any(a[-1].x1 >= g0 - _GUTTER * max(c.size for c in a) for a, _ in paired)
    )


def _prose(chars: Sequence[_Char], least: int = _PROSE_CHARS) -> bool:
    """Whether a line's part is prose: ``least`` Chinese characters set close together
    (a borderless table's cells, its numbers and header words, are set apart by gaps)."""
    return sum(1 for c in chars if _CJK.match(c.text)) >= least and all(
        b.x0 - a.x1 <= max(a.size, b.size) for a, b in pairwise(chars)
    )


def _wrapped(prev: Sequence[_Char], line: Sequence[_Char], left: float, right: float) -> bool:
    """Whether ``line`` goes on with ``prev``'s paragraph: a soft wrap, not a line break.

    So when ``prev`` runs to the right margin, ``line`` starts at the left one
    (no indent) right below it. A paragraph's last line stops short, and a new
    one is indented: those line ends are kept. Reflowing matters: a number
    wrapped over two lines (357 / 1条) would otherwise read as two.
    """
    size = max(c.size for c in prev)
    return (
        not _tabular(prev)
        and prev[-1].x1 >= right - 1.5 * size
        and line[0].x0 <= left + 0.5 * size
        and 0 <= line[0].top - prev[0].bottom <= size
    )


def _tabular(line: Sequence[_Char]) -> bool:
    """Whether ``line`` ends in numbers set apart by gaps: a row of a table drawn
    without rules (its next line is the next row or a wrapped label, not more prose)."""
    words = "".join(p for p, _ in _pieces(line)).split(" ")
    return len(words) > _TABULAR_NUMBERS and all(
        _NUMBER.fullmatch(w) for w in words[-_TABULAR_NUMBERS:]
    )


# --- borderless tables --------------------------------------------------------


def _chunks(line: Sequence[_Char]) -> list[list[_Char]]:
    """A line cut where its characters are set apart (a gap of more than a space):
    the cells of a table row, the phrases of a header line."""
    out: list[list[_Char]] = []
    for c in line:
        if out and c.x0 - out[-1][-1].x1 <= _SPACE_GAP * max(c.size, out[-1][-1].size):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _text(chars: Sequence[_Char]) -> str:
    return "".join(c.text for c in chars)


def _anchor(chunk: Sequence[_Char]) -> bool:
    """Whether a row's chunk holds a column: a number, or a blank cell's mark."""
    text = _text(chunk)
    return bool(_NUMBER.fullmatch(text)) or text in _BLANK_MARKS


def _borderless_headers(lines: list[list[_Char]]) -> list[tuple[list[int], list[Piece]]]:
    """The headers of tables drawn without rules, each as ``(its line indices, the
    line written for them)``: the stub's text, then each column's cells top to
    bottom, column by column, as cells (see :func:`_borderless_header`)."""
    out: list[tuple[list[int], list[Piece]]] = []
    for k in range(1, len(lines)):
        row = _chunks(lines[k])
        anchors = len(row)
        while anchors and _anchor(row[anchors - 1]):
            anchors -= 1
        if len(row) - anchors < 3 or any(_anchor(c) for c in _chunks(lines[k - 1])):
            continue  # not the first row of a table with columns
        found = _borderless_header(lines, k, row[anchors:])
        if found is not None:
            out.append(found)
    return out


def _borderless_header(
    lines: Sequence[Sequence[_Char]], first: int, columns: Sequence[Sequence[_Char]]
) -> tuple[list[int], list[Piece]] | None:
    """The header above ``lines[first]``, a table's first row whose trailing
    ``columns`` (numbers, blank marks) stand in its columns; None when the lines above
    are not a header whose every phrase lines up with one column.

    The lines above are the header while each of their phrases starts where a
    column's number starts (left-aligned cells) or is centred on it (centred
    cells), one alignment for the whole header, or lies left of the first column
    (the stub, over the row labels). Every column must head at least one phrase:
    otherwise the alignment is not proven and the lines are left as they are.
    A phrase spanning several columns (行政诉讼) is read at the column it starts
    in; phrases of one column within a line's pitch are one wrapped cell.
    """
    size = max(c.size for c in lines[first])
    stub_end = columns[0][0].x0 - _ALIGN
    modes = {
        "left": [col[0].x0 for col in columns],
        "centre": [(col[0].x0 + col[-1].x1) / 2 for col in columns],
    }
    taken: list[int] = []
    chunks: list[list[_Char]] = []  # the header's phrases
    fitting = list(modes)  # the alignments every phrase so far fits
    below = lines[first][0].top
    for k in range(first - 1, max(-1, first - 1 - _HEADER_LINES), -1):
        line = lines[k]
        if below - line[0].top > _HEADER_GAP * size or any(
            abs(c.size - size) > 0.15 * size for c in line
        ):
            break
        parts = _chunks(line)
        if any(_anchor(p) or "。" in _text(p) or _NUMBERED.match(_text(p)) for p in parts):
            break
        if any(len(p) > _HEADER_CELL and p[-1].x1 > stub_end for p in parts):
            break
        fits = [
            m
            for m in fitting
            if all(p[-1].x1 <= stub_end or _column(p, modes[m], m) is not None for p in parts)
        ]
        if not fits:
            break
        fitting = fits
        taken.append(k)
        chunks += parts
        below = line[0].top
    if not taken:
        return None
    mode = fitting[0]
    cells: dict[int, list[list[list[_Char]]]] = {}  # column (-1: the stub) -> cells' phrases
    for part in sorted(chunks, key=lambda p: p[0].top):
        col = _column(part, modes[mode], mode)
        if col is None:  # the stub's
            col = -1
        stack = cells.setdefault(col, [])
        if stack and (col == -1 or part[0].top - stack[-1][-1][0].top <= _WRAP_PITCH * size):
            stack[-1].append(part)
        else:
            stack.append([part])
    if any(col not in cells for col in range(len(columns))):
        return None
    pieces: list[Piece] = []
    for col in sorted(cells):
        for cell in cells[col]:
            if pieces:
                pieces.append((CELL_SEPARATOR, None))
            pieces += _cell_pieces([c for part in cell for c in part])
    return sorted(taken), pieces


def _label_wraps(lines: Sequence[list[_Char]]) -> tuple[dict[int, list[Piece]], set[int]]:
    """Row labels wrapped over lines of a table drawn without rules (or whose rules are
    not in the text layer, as on a searchable scan): ``({id(row line): the row written
    with its label's lines joined}, {id(line) of the lines joined})``.

    A row is a line ending in numbers; the lines right below it without a number,
    all within its label columns (left of its first number) and not opening with a
    numbered label (a new row, a heading), may be the rest of its label cells: each
    character goes to the label cell it stands under (the group's, 不予公 / 开, or the
    row's, 2.其他法律行政法规禁 / 止公开). They are joined only when the row's label
    as printed names no row of the tables and joined it names one: a row whose label
    is whole is never changed, and lines that may be the next row's are left alone.
    """
    from ..tables.templates import load_rules, match_row

    context = frozenset(r.context for r in load_rules().rows if r.context)
    joined: dict[int, list[Piece]] = {}
    gone: set[int] = set()
    for k, line in enumerate(lines):
        chunks = _chunks(line)
        label = len(chunks)
        while label and _anchor(chunks[label - 1]):
            label -= 1
        if not label or len(chunks) - label < _TABULAR_NUMBERS:
            continue
        cells = chunks[:label]
        size = max(c.size for c in line)
        if match_row(" ".join(_text(c) for c in cells), context=context):
            continue
        right = chunks[label][0].x0
        below: list[list[_Char]] = []
        for more in islice(lines, k + 1, k + 1 + _LABEL_LINES):
            above = below[-1] if below else line
            if (
                more[0].top - max(c.bottom for c in above) > size
                or more[0].x0 < line[0].x0 - 0.5 * size
                or more[-1].x1 > right
                or any(abs(c.size - size) > 0.15 * size for c in more)
                or any(
                    _anchor(p) or _NUMBERED.match(_text(p)) or _CUT_NUMBER.fullmatch(_text(p))
                    for p in _chunks(more)
                )
            ):
                break
            below.append(more)
        for n in range(len(below), 0, -1):  # the most lines that make a row's label
            added = [c for more in below[:n] for c in more]
            if _NUMBERED.search(_text(added)):
                # the next label's start, cut by the wrap one character a line (二 / 、)
                continue
            parts = _label_cells(cells, added, size)
            if match_row(" ".join(_text(p) for p in parts), context=context):
                pieces: list[Piece] = []
                for part in parts:
                    pieces += [*_cell_pieces(part), (" ", None)]
                joined[id(line)] = pieces + _pieces([c for ch in chunks[label:] for c in ch])
                gone.update(id(more) for more in below[:n])
                break
    return joined, gone


def _label_cells(
    cells: Sequence[Sequence[_Char]], chars: Sequence[_Char], size: float
) -> list[list[_Char]]:
    """A row's label cells with the characters of the lines below added, each to the
    cell it stands under (the rightmost that starts left of it); characters left of
    every cell (a group's label set lower) make a cell of their own, first."""
    parts = [list(cell) for cell in cells]
    lead: list[_Char] = []
    for c in chars:
        under = [j for j, cell in enumerate(cells) if cell[0].x0 <= c.x0 + 0.5 * size]
        (parts[under[-1]] if under else lead).append(c)
    return [lead, *parts] if lead else parts


def _column(part: Sequence[_Char], at: Sequence[float], mode: str) -> int | None:
    """The column a header phrase starts in (left-aligned) or is centred on; None if none."""
    x = part[0].x0 if mode == "left" else (part[0].x0 + part[-1].x1) / 2
    near = [k for k, a in enumerate(at) if abs(a - x) <= _ALIGN]
    return near[0] if len(near) == 1 else None


# --- tables across pages ----------------------------------------------------


def _row_text(row: Sequence[tuple[GridCell, list[Piece]]]) -> tuple[str, ...]:
    return tuple(cell.text for cell, _ in row)


def _has_value(row: Sequence[tuple[GridCell, list[Piece]]]) -> bool:
    return any(re.fullmatch(r"[-+]?[\d,.]+%?", cell.text.strip()) for cell, _ in row)


def _continue_tables(pages: list[_PageContent]) -> None:
    """Marks a table that goes on at the top of the next page as the previous one's rest.

    Same column edges is the sign, or the same outer edges and last column with
    some column lines left out on one page (see :func:`_shared_grid`): then both
    parts are laid on the grid of all their lines. Header rows repeated on the new page are
    dropped; the last row of the first part and the first row of the rest are
    one row split by the page break when one of the halves holds no number
    and the other part's cells are partly empty.
    """
    furniture = _furniture(pages)
    parts: dict[int, list[_Table]] = {}  # id of a table's last part -> all its parts
    for k in range(1, len(pages)):
        prev_page, page = pages[k - 1], pages[k]
        tail = [b for _, b in prev_page.blocks if not _is_furniture(b, furniture)]
        head = [b for _, b in page.blocks if not _is_furniture(b, furniture)]
        if not tail or not head:
            continue
        last, first = tail[-1], head[0]
        if not isinstance(last, _Table) or not isinstance(first, _Table):
            continue
        if not _same_columns(last, first):
            edges = _shared_grid(last, first)
            if edges is None:
                continue
            for table in (*parts.get(id(last), [last]), first):
                _regrid(table, edges)
        chain = parts.pop(id(last), [last])
        parts[id(first)] = [*chain, first]
        # the header repeated on each page is the first part's: a later part has lost its own
        origin = chain[0]
        header = 0
        while (
            header < min(len(first.rows), len(origin.rows))
            and _row_text(first.rows[header]) == _row_text(origin.rows[header])
            and not _has_value(first.rows[header])
        ):
            header += 1
        del first.rows[:header], first.starts[:header]
        first.continues = True
        if first.rows:
            first.split_row = _split_row(
                last.rows[-1], last.starts[-1], first.rows[0], first.starts[0]
            )


def _same_columns(last: _Table, first: _Table) -> bool:
    return len(last.columns) == len(first.columns) and all(
        abs(a - b) <= 2 * _EDGE_TOLERANCE for a, b in zip(last.columns, first.columns)
    )


def _shared_grid(last: _Table, first: _Table) -> tuple[float, ...] | None:
    """The column lines of a table continued on the next page with some of its column
    lines left out on one side (the group labels' column of table 三 on one page, not
    on the other): both parts' lines, when the two share their outer lines and their
    last column (the numbers' 总计); None when they do not."""
    a, b = last.columns, first.columns
    if len(a) < 3 or len(b) < 3:
        return None
    if any(
        abs(x - y) > 2 * _EDGE_TOLERANCE for x, y in ((a[0], b[0]), (a[-1], b[-1]), (a[-2], b[-2]))
    ):
        return None
    edges: list[float] = []
    for x in sorted((*a, *b)):
        if not edges or x - edges[-1] > 2 * _EDGE_TOLERANCE:
            edges.append(x)
    return tuple(edges)


def _regrid(table: _Table, edges: tuple[float, ...]) -> None:
    """``table``'s cells made to span the columns of ``edges`` (a finer grid holding
    all of its column lines) they cover."""
    at = [_index(edges, x) for x in table.columns]
    for row, starts in zip(table.rows, table.starts):
        for j, ((cell, pieces), start) in enumerate(zip(row, starts)):
            end = at[min(start + cell.colspan, len(at) - 1)]
            row[j] = (GridCell(cell.text, cell.rowspan, end - at[start]), pieces)
        starts[:] = [at[start] for start in starts]
    table.columns = edges


def _furniture(pages: Sequence[_PageContent]) -> frozenset[str]:
    """The running headers and footers: lines among the first or last _EDGE_LINES of
    two pages or more, alike but for their digits (a date, a page number)."""
    seen: dict[str, set[int]] = {}
    for page in pages:
        lines = [b for _, b in page.blocks if isinstance(b, list)]
        for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]:
            seen.setdefault(_DIGITS.sub("#", _line_text(line)), set()).add(page.number)
    return frozenset(text for text, on in seen.items() if len(on) >= 2)


def _is_furniture(block: list[Piece] | _Table, furniture: frozenset[str]) -> bool:
    """Whether a block is page furniture a table continued on the next page runs under:
    a page number (— 3 —, 第 3 页 共 5 页, 3/5) or a running header or footer."""
    if isinstance(block, _Table):
        return False
    text = _line_text(block)
    return bool(_PAGE_NUMBER.fullmatch(text)) or _DIGITS.sub("#", text) in furniture


def _line_text(line: Sequence[Piece]) -> str:
    return "".join(p for p, _ in line).strip()


def _split_row(
    a: Sequence[tuple[GridCell, list[Piece]]],
    a_starts: Sequence[int],
    b: Sequence[tuple[GridCell, list[Piece]]],
    b_starts: Sequence[int],
) -> tuple[tuple[int, int], ...]:
    """Which cells of row ``b`` (the first on a page) go on cells of row ``a`` (the last
    on the page before): () when ``b`` is not the rest of ``a`` split by the page break.

    Each of ``b``'s written cells must start and end where a cell of ``a`` does. The
    grouping cells over ``a`` (三、本年度办理结果, （三）不予公开) are drawn again, empty,
    in ``b``: a Word row broken across pages holds more cells on its second page.
    """
    if (_has_value(a) and _has_value(b)) or not any(cell.text for cell, _ in b):
        return ()
    if all(cell.text for cell, _ in b):
        return ()
    if len(a) == len(b):
        return tuple((i, i) for i in range(len(a)))
    at = {(start, cell.colspan): i for i, ((cell, _), start) in enumerate(zip(a, a_starts))}
    pairs = []
    for j, ((cell, _), start) in enumerate(zip(b, b_starts)):
        if cell.text:
            i = at.get((start, cell.colspan))
            if i is None:
                return ()
            pairs.append((i, j))
    return tuple(pairs)


# --- reading ----------------------------------------------------------------


def _find_tables(page: Any) -> list[Any]:
    """Ruled tables; a row cut by the page edge gets the border the printer left out.

    A table's first row on a continued page (its top border was drawn on the
    previous page) or its last row before the break has its column lines but
    no closing horizontal line, and the table finder would drop it.
    """
    tables = page.find_tables()
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    extra: list[float] = []
    for table in tables:
        x0, top, x1, bottom = table.bbox
        near = [e for e in verticals if x0 - 1 <= e["x0"] <= x1 + 1]
        above = [e["top"] for e in near if e["top"] < top - 1 and e["bottom"] >= top - 1]
        below = [e["bottom"] for e in near if e["bottom"] > bottom + 1 and e["top"] <= bottom + 1]
        extra += [min(above)] if above else []
        extra += [max(below)] if below else []
    if not extra:
        return list(tables)
    return list(page.find_tables({"explicit_horizontal_lines": extra}))


def _level_lines(page: Any) -> None:
    """Makes a drawn line (or a side of a drawn shape) level where its ends differ by a rounding error.

    pdfplumber calls a line horizontal only when its top and bottom are exactly
    equal; on a page turned by /Rotate (or drawn through a scaled matrix) they
    differ by 1e-13, the line counts as vertical, and a ruled table loses its rows.
    """
    for line in page.objects.get("line", ()):
        if line["top"] != line["bottom"] and abs(line["top"] - line["bottom"]) < _LEVEL_TOLERANCE:
            line["bottom"] = line["top"]
    # A rule drawn as a filled rectangle through such a matrix is no rectangle to
    # pdfminer (its corners are off by 1e-14) but a curve, whose sides the table finder
    # takes as edges only when two points share x (or y) exactly: each point is put on
    # the one before it where they differ by a rounding error.
    for curve in page.objects.get("curve", ()):
        pts = curve.get("pts")
        if not pts:
            continue
        level = [pts[0]]
        for x, y in pts[1:]:
            px, py = level[-1]
            level.append(
                (
                    px if abs(x - px) < _LEVEL_TOLERANCE else x,
                    py if abs(y - py) < _LEVEL_TOLERANCE else y,
                )
            )
        curve["pts"] = level


def _plausible(chars: Sequence[_Char]) -> bool:
    from ..read import _plausibility

    if not chars:
        return False
    bad = sum(1 for c in chars if _unmapped(c.text))
    if bad > _MAX_UNMAPPED * len(chars):
        return False
    return _plausibility("".join(c.text for c in chars)) >= _MIN_PLAUSIBILITY


# An object whose whole body is a reference ("6 0 obj 6 0 R endobj"): pdfminer resolves
# such a chain without end (hostile19 h09: a stream /Length of 6 0 R hung the batch).
# Matched backwards from each "endobj", over a bounded window, so that a long run of
# digits cannot make the scan quadratic.
_REF_ONLY = re.compile(rb"(?<!\d)(\d{1,10})\s+\d{1,5}\s+obj\s*(\d{1,10})\s+\d{1,5}\s+R\s*\Z")
_REF_WINDOW = 64


def _reference_loop(data: bytes) -> int | None:
    """The number of an object that refers to itself through objects that are only
    references (``6 0 obj 7 0 R endobj``, ``7 0 obj 6 0 R endobj``), or None."""
    refers: dict[int, int] = {}
    at = data.find(b"endobj")
    while at >= 0:
        match = _REF_ONLY.search(data, max(0, at - _REF_WINDOW), at)
        if match is not None:
            refers[int(match.group(1))] = int(match.group(2))
        at = data.find(b"endobj", at + 6)
    for start in refers:
        seen = {start}
        node = refers[start]
        while node in refers:
            if node in seen:
                return node
            seen.add(node)
            node = refers[node]
    return None


_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_PREV = re.compile(rb"/Prev\s+(-?\d+)")
_XREF_OBJ = re.compile(rb"\s*\d+\s+\d+\s+obj\b")


def _prev_loop(data: bytes) -> int | None:
    """The offset of a cross-reference section that its own ``/Prev`` chain leads back
    to (a trailer or an xref stream pointing at itself, two pointing at each other), or
    None. pdfminer follows ``/Prev`` by recursion and ends in a RecursionError (hostile20
    x01). Only the chain from the last ``startxref`` is followed, as a reader does."""
    last = data.rfind(b"startxref")
    found = _STARTXREF.match(data, last) if last >= 0 else None
    at = int(found.group(1)) if found is not None else None
    seen: set[int] = set()
    while at is not None and 0 <= at < len(data):
        if at in seen:
            return at
        seen.add(at)
        if data.startswith(b"xref", at):  # a table: its trailer's dictionary follows it
            start = data.find(b"trailer", at)
            end = data.find(b"startxref", start) if start >= 0 else -1
        elif _XREF_OBJ.match(data, at):  # an xref stream: its dictionary comes before its data
            start, end = at, data.find(b"stream", at)
        else:
            return None
        if start < 0 or end < 0:
            return None
        prev = _PREV.search(data, start, end)
        at = int(prev.group(1)) if prev is not None else None
    return None


# Flate streams are unpacked in steps of this size while their size is counted.
_UNPACK_STEP = 1 << 20


def _content_budget(
    page_obj: Any,
    budget: list[int],
    limit: int,
    name: str,
    *,
    max_chars: int = DEFAULT_LIMITS.max_page_chars,
    number: int = 1,
) -> None:
    """Take what this page's content streams unpack to (its form XObjects' too) from
    ``budget[0]``; raise ``read.too_large`` when it runs out, or when the page draws
    more than ``max_chars`` characters.

    A Flate stream of 200 KB unpacking to 200 MiB of operators held pdfminer for
    hours (hostile19 h11). A report's pages unpack to tens of KB each; the bound
    is ``Limits.max_bytes`` for the whole document, like a DOCX's XML. Under that
    bound a page may still draw a million characters (25 MB of ``(a) Tj``), for
    each of which pdfplumber builds a dict of 2 KB: 2.4 GB (hostile21 p05). The
    characters are counted on the unpacked content (the bytes of the strings its
    text objects show, an upper bound) before pdfplumber reads the page.
    """
    from pdfminer.pdftypes import PDFStream, resolve1

    streams = [resolve1(s) for s in (page_obj.contents or [])]
    streams += [stream for _, stream in _form_xobjects(page_obj.resources).values()]
    unpacked = []
    for stream in streams:
        if isinstance(stream, PDFStream):
            data = _unpacked(stream, budget[0] + 1)
            budget[0] -= len(data)
            if budget[0] < 0:
                raise UnreadableDocument(
                    f"{name}: its pages' content unpacks to more than {limit:,} bytes (a "
                    "compression bomb, or not one report); raise the bound with "
                    "Limits(max_bytes=...) or --max-bytes if the input is trusted",
                    code="too_large",
                )
            unpacked.append(data)
    # content shorter than the bound shows fewer characters: a report's page is not scanned
    if sum(map(len, unpacked)) <= max_chars:
        return
    shown = sum(map(_shown_chars, unpacked))
    if shown > max_chars:
        raise UnreadableDocument(
            f"{name}: page {number} draws about {shown:,} characters (more than {max_chars:,} "
            "a page; a report's page has a few thousand): not one report; raise the bound "
            "with Limits(max_page_chars=...) or --max-page-chars if the input is trusted",
            code="too_large",
        )


#: A string a text object shows: ``(literal)`` (escapes kept) or ``<hex>``.
_SHOWN = re.compile(rb"\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>", re.DOTALL)
_TEXT_OBJECT = re.compile(rb"\bBT\b(.*?)\bET\b", re.DOTALL)


def _shown_chars(data: bytes) -> int:
    """How many characters the text objects of ``data`` show, at most (a byte a
    character: a two-byte font's string counts twice, a hex digit pair once)."""
    total = 0
    for text in _TEXT_OBJECT.finditer(data):
        for shown in _SHOWN.finditer(text.group(1)):
            part = shown.group()
            total += len(part) - 2 if part[:1] == b"(" else (len(part) - 2) // 2
    return total


#: Most character codes one font's map (its ToUnicode, or an embedded /Encoding CMap)
#: may cover: sixteen times every two-byte code. pdfminer stores a map code by code:
#: one range over every four-byte code (2^32) or a thousand over every two-byte one
#: took 2.3 GB and a MemoryError, or minutes (hostile23 p03).
_MAX_FONT_MAP_CODES = 1 << 20
#: A CMap's ranges: ``<lo> <hi> <dst>`` or ``<lo> <hi> [...]`` (bfrange), ``<lo> <hi> cid``.
_MAP_SECTION = re.compile(rb"begin(?:bf|cid)range(.*?)end(?:bf|cid)range", re.S)
_MAP_RANGE = re.compile(
    rb"<([0-9A-Fa-f]{1,8})>\s*<([0-9A-Fa-f]{1,8})>\s*(?:<[0-9A-Fa-f]*>|\[[^\]]*\]|\d+)"
)


def _font_map_budget(page_obj: Any, name: str, number: int, seen: set[int]) -> None:
    """Raise ``read.too_large`` when a font of this page maps more than
    :data:`_MAX_FONT_MAP_CODES` character codes; each font object is looked at once
    (``seen``: their object numbers). The ranges are counted on the map's text before
    pdfminer expands them."""
    from pdfminer.pdftypes import PDFStream, resolve1

    resources = resolve1(page_obj.resources) if page_obj.resources else None
    fonts = resolve1(resources.get("Font")) if isinstance(resources, dict) else None
    if not isinstance(fonts, dict):
        return
    for key, ref in fonts.items():
        objid = getattr(ref, "objid", None)
        if objid is not None:
            if objid in seen:
                continue
            seen.add(objid)
        font = resolve1(ref)
        if not isinstance(font, dict):
            continue
        for entry in ("ToUnicode", "Encoding"):
            stream = resolve1(font.get(entry))
            if not isinstance(stream, PDFStream):
                continue
            codes = 0
            for section in _MAP_SECTION.findall(_unpacked(stream, _MAX_FONT_MAP_CODES * 16)):
                for low, high in _MAP_RANGE.findall(section):
                    codes += max(0, int(high, 16) - int(low, 16) + 1)
            if codes > _MAX_FONT_MAP_CODES:
                raise UnreadableDocument(
                    f"{name}: page {number}'s font {key} maps {codes:,} character codes in its "
                    f"/{entry} (more than {_MAX_FONT_MAP_CODES:,}: a hostile or broken font); "
                    "not read",
                    code="too_large",
                )
        _font_program_budget(font, name, number, key)


#: Most bytes an embedded font program (FontFile, FontFile2, FontFile3) may unpack to: a
#: whole CJK font embedded unsubset is 10-20 MB. pdfium unpacks a page's font programs as
#: it loads the page: a FontFile2 of 400 MiB of zeros (400 KB on disk) took 858 MB
#: (hostile25 p03).
_MAX_FONT_PROGRAM_BYTES = 64 << 20
_FONT_FILES = ("FontFile", "FontFile2", "FontFile3")


def _width_codes(widths: Any, group: int) -> int:
    """How many character codes a composite font's /W (``group`` 3) or /W2 (5) array gives
    widths to, as pdfminer expands it code by code: ``c [w ...]`` or ``c_first c_last w``
    (``... w vx vy`` in /W2). One range over 0..2^32-1 put 4 billion entries in a dict:
    the process was killed for its memory (hostile25 p03). Counted without expanding,
    stopping past the bound."""
    from pdfminer.pdftypes import resolve1

    if not isinstance(widths, list):
        return 0
    total = 0
    numbers: list[Any] = []
    for item in widths:
        item = resolve1(item)
        if isinstance(item, list):
            if numbers:
                total += len(item)
            numbers = []
        elif isinstance(item, (int, float)):
            numbers.append(item)
            if len(numbers) == group:
                first, last = numbers[0], numbers[1]
                if isinstance(first, int) and isinstance(last, int):
                    total += max(0, last - first + 1)
                numbers = []
        if total > _MAX_FONT_MAP_CODES:
            break
    return total


def _font_program_budget(font: dict[str, Any], name: str, number: int, key: str) -> None:
    """Raise ``read.too_large`` when a font's embedded program (or its descendant's, for a
    composite font) unpacks past :data:`_MAX_FONT_PROGRAM_BYTES`."""
    from pdfminer.pdftypes import PDFStream, resolve1

    fonts = [font]
    descendants = resolve1(font.get("DescendantFonts"))
    if isinstance(descendants, list):
        fonts += [d for d in (resolve1(x) for x in descendants[:4]) if isinstance(d, dict)]
    for one in fonts:
        for entry, group in (("W", 3), ("W2", 5)):
            codes = _width_codes(resolve1(one.get(entry)), group)
            if codes > _MAX_FONT_MAP_CODES:
                raise UnreadableDocument(
                    f"{name}: page {number}'s font {key} gives widths to {codes:,} character "
                    f"codes in its /{entry} (more than {_MAX_FONT_MAP_CODES:,}: a hostile or "
                    "broken font); not read",
                    code="too_large",
                )
        descriptor = resolve1(one.get("FontDescriptor"))
        if not isinstance(descriptor, dict):
            continue
        for entry in _FONT_FILES:
            stream = resolve1(descriptor.get(entry))
            if not isinstance(stream, PDFStream):
                continue
            size = _unpacked_size(stream, _MAX_FONT_PROGRAM_BYTES)
            if size > _MAX_FONT_PROGRAM_BYTES:
                raise UnreadableDocument(
                    f"{name}: page {number}'s font {key} embeds a font program of more than "
                    f"{_MAX_FONT_PROGRAM_BYTES:,} bytes unpacked (/{entry}: a hostile or broken "
                    "font); not read",
                    code="too_large",
                )


def _unpacked_size(stream: Any, cap: int) -> int:
    """What ``stream`` unpacks to, counted up to ``cap`` (past it, a number over ``cap``)."""
    return len(_unpacked(stream, cap))


def _unpacked(stream: Any, cap: int) -> bytes:
    """What ``stream`` unpacks to, up to about ``cap`` bytes (past it, more than ``cap``).

    Every filter of its chain is applied as pdfminer would, each output bounded
    by ``cap``: Flate, LZW and RunLength unpack tens to thousands of times their
    size (a 3.3 MB RunLength stream of 200 MiB took 1.9 GB, a Flate bomb behind
    /ASCIIHexDecode or /ASCII85Decode hung the batch: hostile20 x03, x05); the
    ASCII filters shrink or at most quadruple what they are given. An encrypted
    stream is deciphered first. Image filters (DCT, JPX, JBIG2, CCITT) are not
    unpacked by pdfminer for text: their raw length counts.
    """
    from pdfminer.pdftypes import (
        LITERALS_ASCII85_DECODE,
        LITERALS_ASCIIHEX_DECODE,
        LITERALS_FLATE_DECODE,
        LITERALS_LZW_DECODE,
        LITERALS_RUNLENGTH_DECODE,
    )

    raw = stream.rawdata
    if raw is None:  # already decoded
        return bytes(stream.data or b"")
    from pdfminer.ascii85 import ascii85decode, asciihexdecode

    data = raw
    try:
        if stream.decipher is not None:
            data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
        for name, _params in stream.get_filters():
            if name in LITERALS_FLATE_DECODE:
                data = _inflate(data, cap)
            elif name in LITERALS_LZW_DECODE:
                data = _unlzw(data, cap)
            elif name in LITERALS_RUNLENGTH_DECODE:
                data = _unrun(data, cap)
            elif name in LITERALS_ASCII85_DECODE:
                data = ascii85decode(data)
            elif name in LITERALS_ASCIIHEX_DECODE:
                data = asciihexdecode(data)
            else:
                break
            if len(data) > cap:
                break
    except Exception:  # a damaged stream: pdfminer's reading of it says what it says
        pass
    return bytes(data)


def _inflate(data: bytes, cap: int) -> bytes:
    """Flate-unpacked ``data``, at most ``cap + 1`` bytes; a damaged stream gives what
    could be unpacked, at least as many bytes as it holds (pdfminer reads what it can)."""
    unpack = zlib.decompressobj()
    parts: list[bytes] = []
    total = 0
    pending = data
    try:
        while pending and total <= cap:
            part = unpack.decompress(pending, min(_UNPACK_STEP, cap + 1 - total))
            parts.append(part)
            total += len(part)
            pending = unpack.unconsumed_tail
    except zlib.error:
        return b"".join(parts) if total >= len(data) else bytes(len(data))
    return b"".join(parts)


def _unlzw(data: bytes, cap: int) -> bytes:
    """LZW-unpacked ``data``, at most about ``cap`` bytes (pdfminer's decoder, stopped)."""
    from pdfminer.lzw import LZWDecoder

    parts: list[bytes] = []
    total = 0
    try:
        for part in LZWDecoder(io.BytesIO(data)).run():
            parts.append(part)
            total += len(part)
            if total > cap:
                break
    except Exception:  # a damaged stream: what was unpacked (pdfminer reads as much)
        pass
    return b"".join(parts)


def _unrun(data: bytes, cap: int) -> bytes:
    """RunLength-unpacked ``data`` (PDF 7.4.5), at most about ``cap`` bytes."""
    out = bytearray()
    at = 0
    while at < len(data) and len(out) <= cap:
        length = data[at]
        if length == 128:  # end of data
            break
        if length < 128:
            out += data[at + 1 : at + 2 + length]
            at += 2 + length
        else:
            out += data[at + 1 : at + 2] * (257 - length)
            at += 2
    return bytes(out)


def read_pdf(
    data: bytes,
    *,
    name: str = "input",
    max_pages: int = DEFAULT_LIMITS.max_pages,
    max_ocr_pages: int = DEFAULT_LIMITS.max_ocr_pages,
    max_bytes: int = DEFAULT_LIMITS.max_bytes,
    max_page_chars: int = DEFAULT_LIMITS.max_page_chars,
) -> tuple[str, list[Any], tuple[Page, ...], tuple[str, ...]]:
    """``(text, tables, pages, warnings)`` of a PDF; see the module docstring for what is checked.

    Pages that cannot be read (no text layer, unmapped fonts) without OCR are
    named in a warning when most pages were read, and make the document an
    error otherwise. A PDF of more than ``max_pages`` pages is an error; OCR
    reads at most ``max_ocr_pages`` pages, the first ones, and names the rest.
    A PDF whose page content streams unpack to more than ``max_bytes`` in all
    is an error (``read.too_large``), and so is one with an object that is a
    reference to itself (``read.pdf``): see :func:`_content_budget` and
    :func:`_reference_loop`.
    """
    if (loop := _reference_loop(data)) is not None:
        raise UnreadableDocument(
            f"{name}: not a readable PDF: object {loop} is a reference to itself "
            "(a broken or hostile file)",
            code="pdf",
        )
    if (section := _prev_loop(data)) is not None:
        raise UnreadableDocument(
            f"{name}: not a readable PDF: its cross-reference sections chain back to the "
            f"one at byte {section:,} (/Prev in a loop: a broken or hostile file)",
            code="pdf",
        )
    try:
        import pdfplumber
        import pypdfium2
    except ImportError as exc:
        raise MissingExtra("pdfplumber", "pdf") from exc
    # pdfminer warns about every odd font through the root logger's last resort.
    logging.getLogger("pdfminer").addHandler(logging.NullHandler())
    try:
        plumber = pdfplumber.open(io.BytesIO(data))
        pdfium = pypdfium2.PdfDocument(data)
    except Exception as exc:  # pdfminer and pdfium raise their own types for broken files
        raise UnreadableDocument(f"{name}: not a readable PDF: {_why(exc)}", code="pdf") from exc
    # pdfium takes the count from the page tree's /Count; pdfplumber would make an object
    # of each page. A /Count that lies (1 over 5,000 pages: hostile21 p02) is caught by
    # walking the tree's leaves, at most one past the bound, before any page is read.
    count = declared = len(pdfium)
    walked = True
    if declared <= max_pages:
        from pdfminer.pdfpage import PDFPage

        try:
            count = sum(1 for _ in islice(PDFPage.create_pages(plumber.doc), max_pages + 1))
        except Exception:  # a broken tree: reading the pages says what is wrong
            count, walked = 0, False
    if walked and count == 0 and 0 < declared <= max_pages:
        # pdfminer found no page where pdfium, which repairs a damaged cross-reference
        # table as viewers do, finds some (offsets all off: "the PDF has no text" was
        # said of a readable report, hostile28 p02): pdfminer reads pdfium's rewrite.
        # Not a tree pdfminer cannot walk (5,000 levels deep: hostile23 p06), which a
        # rewrite keeps as it is.
        plumber = _repaired(plumber, pdfium)
    if count > max_pages:
        plumber.close()
        pdfium.close()
        more = (
            f"{count:,} pages (more than {max_pages:,})"
            if declared > max_pages
            else f"more than {max_pages:,} pages in its page tree (its /Count says {declared:,})"
        )
        raise UnreadableDocument(
            f"{name}: {more}: not one report; raise "
            "the bound with Limits(max_pages=...) or --max-pages if the input is trusted",
            code="too_large",
        )
    contents: list[_PageContent] = []
    no_text: list[int] = []
    unmapped: list[int] = []
    pictures: list[tuple[int, Box, int]] = []
    crowded: list[int] = []
    gutters: list[tuple[float, float]] = []
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    # a damaged download: objects broken in the page tree or in a page are the
    # document's error, not a crash of the pipeline (parse.failed). RecursionError too:
    # pdfminer resolves an object stream's /Length or /Filter by recursion, so one stored
    # inside that very stream (or two streams whose filters live in each other) recursed
    # until Python stopped it, raised outside pdfplumber's wrapper (hostile25 p02)
    broken = (
        PdfminerException,
        PSException,
        pypdfium2.PdfiumError,
        RecursionError,
        MalformedPDFException,  # a page box of names or strings (hostile28 p04)
    )
    # the pages read before the first one whose gutter was found: (index, place in contents)
    before_gutter: list[tuple[int, int]] = []
    first_gutter: tuple[float, float] | None = None
    try:
        unpack_left = [max_bytes]
        fonts_seen: set[int] = set()
        for index, page in enumerate(_plumber_pages(plumber)):
            checkpoint()  # the document's time bound, once a page (limits.py)
            _font_map_budget(page.page_obj, name, index + 1, fonts_seen)
            _content_budget(
                page.page_obj,
                unpack_left,
                max_bytes,
                name,
                max_chars=max_page_chars,
                number=index + 1,
            )
            try:
                content = _read_page(
                    _shown_part(page),
                    index,
                    pdfium,
                    no_text,
                    unmapped,
                    pictures,
                    crowded,
                    max_ocr_pages,
                    gutters,
                )
            finally:
                # pdfplumber keeps a page's objects (a dict per character, edge,
                # rect) until the document closes: most of a PDF's peak memory
                page.close()
            if content is not None:
                if not gutters and content.right is None:
                    before_gutter.append((index, len(contents)))
                contents.append(content)
                if content.right is not None:
                    contents.append(content.right)
                    content.right = None
            if gutters and first_gutter is None:
                first_gutter = gutters[0]
        if first_gutter is not None and before_gutter:
            _borrow_later_gutter(plumber, pdfium, contents, before_gutter, first_gutter)
    except broken as exc:
        raise UnreadableDocument(f"{name}: not a readable PDF: {_why(exc)}", code="pdf") from exc
    except _DamagedBox as exc:
        raise UnreadableDocument(
            f"{name}: not a readable PDF: a page's box is damaged or missing ({exc})",
            code="pdf",
        ) from exc
    finally:
        # closing walks the broken page tree again, and makes the pages again (a page
        # without a MediaBox: TypeError, as in _plumber_pages)
        with contextlib.suppress(*broken, TypeError):
            plumber.close()
        pdfium.close()
    unread: list[str] = []
    if no_text or unmapped:
        from . import ocr as ocr_reader

        ocr = None
        if ocr_reader.ocr_available():
            wanted = no_text + unmapped
            if len(wanted) > max_ocr_pages:
                wanted = sorted(wanted)
                unread.append(_ocr_page_limit(name, wanted[max_ocr_pages:], max_ocr_pages))
                wanted = wanted[:max_ocr_pages]
            ocr = ocr_reader.ocr_pages(data, wanted, name=name, warnings=unread)
        if ocr is not None:
            contents.extend(ocr)
            contents.sort(key=lambda p: p.number)
        else:
            scanned = _unread_pages(name, no_text, unmapped)
            if len(contents) <= len(no_text) + len(unmapped):
                # Most of the document unread: an error, not a thin report (a scanned
                # seal page at the end of a text PDF is only a warning).
                code, _, message = scanned[0].partition(": ")
                raise UnreadableDocument(message, code=code.removeprefix("read."))
            unread += scanned
    if pictures or crowded:
        budget = max(0, max_ocr_pages - len(no_text) - len(unmapped))
        _read_pictures(data, pictures, crowded, contents, budget, name, unread)
    _continue_tables(contents)
    text, tables, pages = _write(contents)
    if layered := [c.number for c in contents if c.ocr_layer]:
        unread.append(
            f"read.ocr_layer: {name}: page(s) {_pages(layered)} are scans whose text layer "
            "was made by OCR (invisible text under the picture): their table cells are "
            "kept only where the tables' arithmetic confirms them (table 二's only when "
            "every check over the layer's cells holds)"
        )
    return text, tables, pages, tuple(unread)


class _DamagedBox(Exception):
    """A page whose MediaBox or CropBox pdfplumber cannot take (missing, not numbers)."""


def _plumber_pages(plumber: Any) -> list[Any]:
    """``plumber.pages``: pdfplumber makes every page at once, and a page without a
    MediaBox raised TypeError from inside it (a parse.failed, hostile28 p04): said as
    the document's damage. Only this call's TypeError: one of ours stays a bug."""
    try:
        return list(plumber.pages)
    except TypeError as exc:
        raise _DamagedBox(str(exc)) from exc


def _repaired(plumber: Any, pdfium: Any) -> Any:
    """pdfplumber on pdfium's rewrite of the document, else ``plumber`` as it was."""
    import pdfplumber

    repaired = _rewritten(pdfium)
    if repaired is None:
        return plumber
    try:
        fresh = pdfplumber.open(io.BytesIO(repaired))
    except Exception:  # pdfminer raises its own types for a file it refuses
        return plumber
    with contextlib.suppress(Exception):  # closing walks the old file's pages again
        plumber.close()
    return fresh


def _rewritten(pdfium: Any) -> bytes | None:
    """The document as pdfium saves it (a fresh cross-reference table), or None."""
    import pypdfium2

    out = io.BytesIO()
    try:
        pdfium.save(out)
    except (pypdfium2.PdfiumError, OSError, ValueError):
        return None
    return out.getvalue()


def _borrow_later_gutter(
    plumber: Any,
    pdfium: Any,
    contents: list[_PageContent],
    pages: Sequence[tuple[int, int]],
    gutter: tuple[float, float],
) -> None:
    """Reads again, with the gutter first found on a later page, the pages read before
    it (``(index, place in contents)``): a short band of two columns on page 1 of a
    document whose two-column pages come after. The gutter is borrowed as from an
    earlier page (see :func:`_runs`): only a band that reads as two columns of prose is
    cut, so a page without one reads as it did. Only documents with a two-column page
    pay for this, once per page before it."""
    for index, at in pages:
        page = plumber.pages[index]
        try:
            again = _read_page(page, index, pdfium, [], [], [], [], 0, [gutter])
        finally:
            page.close()
        if again is not None:
            contents[at] = again


def _why(exc: BaseException) -> str:
    """What a PDF library's exception says, in words (pdfminer's are often empty)."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if "Password" in type(inner).__name__ or "Encrypt" in type(inner).__name__:
        return "encrypted: it needs a password to open"
    if isinstance(inner, RecursionError):  # a chain of objects no check above foresaw
        return "its objects refer to each other too deep to follow (a broken or hostile file)"
    return str(exc) or type(inner).__name__


def _read_page(
    page: Any,
    index: int,
    pdfium: Any,
    no_text: list[int],
    unmapped: list[int],
    pictures: list[tuple[int, Box, int]],
    crowded: list[int],
    max_pictures: int,
    gutters: list[tuple[float, float]],
) -> _PageContent | None:
    """A page's lines and tables; None for a page not read (its number added to
    ``no_text`` or ``unmapped``). The pictures that may be tables pasted as
    pictures are added to ``pictures``, at most ``max_pictures``; the page's
    number to ``crowded`` if it has more. ``gutters``: the gutter of two columns
    of prose found on the pages before, and this page's (see :func:`_runs`)."""
    number = index + 1
    # pdfminer's layout, which pdfplumber's object dicts are made from, is not
    # kept while the characters are read from those dicts
    objects = page.objects
    area = float(page.width) * float(page.height)
    boxes = _white_boxes(objects, area)
    covered = _under_pictures(page) if objects.get("image") or boxes else frozenset()
    page.flush_cache(["_layout"])
    turn = _turn(page.chars)
    chars = _dedupe(_plumber_chars(page, covered=covered) if covered else _plumber_chars(page))
    if _inline_picture_bomb(objects) or _forms_draw_themselves(page.page_obj):
        pdfium = None  # it would decode the picture, or unfold the forms, as it loads the page
    hidden = _clipped_away(page, pdfium, index) if not turn and pdfium is not None else []
    if hidden:
        chars = [c for c in chars if not any(_inside(c.box, box) for box in hidden)]
    if not turn:
        chars = _without_note_marks(chars)
    if not turn:
        chars = _invisible_twins(page, chars)
    if not turn:
        if page.page_obj.annots:
            chars = _under_annotations(page, chars)
        chars += _field_chars(page, chars)
    reader = "pdfplumber"
    if not _plausible(chars):
        again = (
            _dedupe(_pdfium_chars(pdfium, index, float(page.height))) if pdfium is not None else []
        )
        if _plausible(again):
            chars, reader = again, "pypdfium2"
        elif chars or again:
            unmapped.append(number)
            return None
        else:
            if page.images or len(objects.get("curve", ())) >= _OUTLINED_TEXT_CURVES:
                no_text.append(number)
            return None
    # The table finder needs only the page's lines, rects and curves, and of
    # them only their place: its character dicts go, and
    # the rest of each shape's dict (its path, colours, ...), before it copies
    # every shape into its edges (four a rect) and every edge again when it
    # snaps them. The page is closed after this call. White boxes are no rules on a
    # page where one covers text (an editor's cover); where none does they are the
    # rows' banding, whose sides may be a ruleless table's only grid (formats2 g10).
    objects.pop("char", None)
    _level_lines(page)
    for kind in ("rect", "line", "curve"):
        if kind in objects:
            keys = (*_SHAPE_KEYS, "pts") if kind == "curve" else _SHAPE_KEYS
            objects[kind] = [
                {k: o[k] for k in keys if k in o}
                for o in objects[kind]
                if not (boxes and covered and kind != "line" and _white_box(o, area))
            ]
    tables = [t.cells for t in _find_tables(page)]
    width, height = float(page.width), float(page.height)
    if not turn:
        found, more = _pictures(page, chars, tables, max_pictures)
        pictures += [(number, box, pixels) for box, pixels in found]
        crowded += [number] if more else []
    layer = _ocr_layer(page, pdfium, index) if pdfium is not None else False
    parts = _orientations(chars, tables, turn) if reader == "pdfplumber" else None
    if parts is not None:
        return _PageContent(number, reader, width, height, _mixed(parts, width, height), layer)
    if turn and reader == "pdfplumber":
        chars = [_Char(c.text, *_turned(c.box, turn, width, height), c.size) for c in chars]
        tables = [[_turned(cell, turn, width, height) for cell in t] for t in tables]
        width, height = height, width
    cut = None if turn else _two_up(chars, tables, width, height)
    if cut is not None:
        halves = [
            (
                [c for c in chars if (c.x0 + c.x1) / 2 < cut]
                if k == 0
                else [c for c in chars if (c.x0 + c.x1) / 2 > cut],
                [t for t in tables if (t[0][0] < cut) == (k == 0)],
            )
            for k in (0, 1)
        ]
        left, right = (
            _PageContent(number, reader, width, height, _layout(c, t, gutters), layer)
            for c, t in halves
        )
        left.right = right
        return left
    return _PageContent(number, reader, width, height, _layout(chars, tables, gutters), layer)


def _shown_part(page: Any) -> Any:
    """The page cut to its crop box, when some of its characters lie outside it: what
    is outside is shown by no viewer and printed by no printer, yet it is in the
    content (formats8 k17: last year's draft on the right half of an A3 sheet whose
    crop box keeps the left A4; its tables' rows duplicated the report's, 17 cells
    lost). A crop box not inside the media box, or a turned page, is left as before."""
    try:
        x0, top, x1, bottom = (float(v) for v in page.cropbox)
        mx0, mtop, mx1, mbottom = (float(v) for v in page.mediabox)
        turned = bool(page.rotation)
    except Exception:  # a damaged box: read the page as before
        return page
    inside = (
        x0 >= mx0 - _EDGE_TOLERANCE
        and top >= mtop - _EDGE_TOLERANCE
        and x1 <= mx1 + _EDGE_TOLERANCE
        and bottom <= mbottom + _EDGE_TOLERANCE
    )
    smaller = max(x0 - mx0, top - mtop, mx1 - x1, mbottom - bottom) > _EDGE_TOLERANCE
    if not turned and not smaller and mx0 < mx1 and mtop < mbottom:
        # the crop box is the media box: what is drawn outside that is shown by no
        # viewer either (hostile28 p05: a changed copy of the tables at x = -5000 read
        # as the report's)
        x0, top, x1, bottom = mx0, mtop, mx1, mbottom
        inside = smaller = True
    if turned or not inside or not smaller or x1 <= x0 or bottom <= top:
        return page
    if all(
        x0 - _EDGE_TOLERANCE <= (c["x0"] + c["x1"]) / 2 <= x1 + _EDGE_TOLERANCE
        and top - _EDGE_TOLERANCE <= (c["top"] + c["bottom"]) / 2 <= bottom + _EDGE_TOLERANCE
        for c in page.chars
    ):
        return page
    return page.crop((x0, top, x1, bottom), strict=False)


def _two_up(
    chars: Sequence[_Char],
    tables: Sequence[Sequence[tuple[float, ...]]],
    width: float,
    height: float,
) -> float | None:
    """The x between the two pages of a sheet printed two pages per sheet, or None: a
    landscape page with a blank strip near its middle that no character and no table
    crosses, and on each side of it a page's content (lines of prose or a ruled table)."""
    if width <= height or not chars:
        return None
    spans = sorted(
        [(c.x0, c.x1) for c in chars]
        + [(min(c[0] for c in t), max(c[2] for c in t)) for t in tables if t]
    )
    lo, hi = width * (0.5 - _TWO_UP_MIDDLE), width * (0.5 + _TWO_UP_MIDDLE)
    reach = spans[0][1]
    best: tuple[float, float] | None = None
    for x0, x1 in spans[1:]:
        if x0 > reach and x0 - reach >= _TWO_UP_STRIP * width and lo <= (reach + x0) / 2 <= hi:
            best = (reach, x0)
        reach = max(reach, x1)
    if best is None:
        return None
    cut = (best[0] + best[1]) / 2
    for side in (0, 1):
        mine = [c for c in chars if ((c.x0 + c.x1) / 2 < cut) == (side == 0)]
        ruled = any(t and (t[0][0] < cut) == (side == 0) for t in tables)
        prose = sum(1 for line in _lines(mine) if _prose(line)) if mine else 0
        if not ruled and prose < _TWO_UP_LINES:
            return None
    return cut


def _inline_picture_bomb(objects: dict[str, Any]) -> bool:
    """Whether a picture written inline in the page's content (``BI ... ID ... EI``)
    declares more than :data:`~govinfo_nlp.readers.ocr.MAX_PICTURE_PIXELS`.

    pdfium decodes an inline picture as it loads the page, whatever is asked of
    it: a 1.5 MB one declaring 100,000 x 100,000 one-bit pixels made it abort
    the process (hostile23 p05: no row for any input of the run). Such a page
    is read by pdfminer alone, which keeps the picture's bytes undecoded
    (an inline picture has no object number; one drawn by reference is
    decoded only when a page is rendered, where its own bound holds).
    """
    from .ocr import MAX_PICTURE_PIXELS

    for image in objects.get("image", ()):
        stream = image.get("stream")
        size = image.get("srcsize") or (0, 0)
        if getattr(stream, "objid", 0) is None:
            try:
                pixels = int(size[0]) * int(size[1])
            except (TypeError, ValueError, IndexError):
                continue
            if pixels > MAX_PICTURE_PIXELS:
                return True
    return False


#: A form drawing forms is walked this far at most; a report's page draws a few (a logo, a
#: seal, a header): more is no report's page, and is read as a cycle would be.
_MAX_FORMS_WALKED = 2_000

#: ``/Name Do``: the operator that draws an XObject by its resource name.
_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b")


def _form_xobjects(resources: Any) -> dict[bytes, tuple[Any, Any]]:
    """The form XObjects of a resource dictionary: name -> (reference, stream)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    resources = resolve1(resources) if resources else None
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict):
        return {}
    found = {}
    for key, value in xobjects.items():
        stream = resolve1(value)
        subtype = resolve1(stream.get("Subtype")) if isinstance(stream, PDFStream) else None
        if getattr(subtype, "name", None) == "Form":
            name = key if isinstance(key, str) else getattr(key, "name", str(key))
            found[name.encode("latin-1", "replace")] = (value, stream)
    return found


def _forms_draw_themselves(page_obj: Any) -> bool:
    """Whether a form XObject the page can draw draws itself, directly or through
    other forms (or the page draws more forms than :data:`_MAX_FORMS_WALKED`).

    pdfium unfolds forms as it loads the page, guarding recursion by depth only: a
    form drawing itself twice is unfolded 2^depth times, which took 22 GB before
    the process was killed (hostile21 p03 ``self_twice.pdf``: no row). Such a page
    is read by pdfminer alone, which draws each form once. The edges are the names
    a form's content draws with ``Do``, looked up in its own resources or, for a
    form without any, in those it is drawn with.
    """
    from pdfminer.pdftypes import resolve1

    walked = 0
    done: set[tuple[int, int]] = set()  # (form, resources it was drawn with) known to end

    def cycles(value: Any, stream: Any, inherited: Any, path: frozenset[int]) -> bool:
        nonlocal walked
        walked += 1
        if walked > _MAX_FORMS_WALKED:
            return True
        key = getattr(value, "objid", None) or id(stream)
        if key in path:
            return True
        own = stream.get("Resources")
        resources = own if own is not None else inherited
        if (key, id(resolve1(resources))) in done:
            return False
        try:
            drawn = set(_DO.findall(stream.get_data()))
        except Exception:  # a broken stream draws nothing pdfium could unfold either
            drawn = set()
        forms = _form_xobjects(resources) if drawn else {}
        for name in drawn & forms.keys():
            child_value, child = forms[name]
            if cycles(child_value, child, resources, path | {key}):
                return True
        done.add((key, id(resolve1(resources))))
        return False

    page_resources = page_obj.resources
    return any(
        cycles(value, stream, page_resources, frozenset())
        for value, stream in _form_xobjects(page_resources).values()
    )


def _clipped_away(page: Any, pdfium: Any, index: int) -> list[Box]:
    """The boxes (pdfplumber's space) of the page's own text objects drawn wholly
    outside their clipping path (see _CLIP_TOLERANCE), less any part that a shown text
    object's box covers too: nothing is taken away from text a viewer shows. A page
    whose media box does not start at 0 0 is left as it is (the two libraries' spaces
    are then not known to agree)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    box = getattr(page.page_obj, "mediabox", None)
    if box is None or len(box) != 4 or float(box[0]) != 0.0 or float(box[1]) != 0.0:
        return []
    if int(getattr(page, "rotation", 0) or 0) % 360:
        return []  # pdfminer turns the page's space, pdfium does not
    height = float(box[3])  # a page cut to its crop box keeps the media box's space
    handle = pdfium[index]
    raw = handle.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    x, y = ctypes.c_float(), ctypes.c_float()
    hidden: list[Box] = []
    shown: list[Box] = []
    try:
        for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
            obj = pdfium_c.FPDFPage_GetObject(raw, k)
            if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
                continue
            if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                continue
            mine = (left.value, height - top.value, right.value, height - bottom.value)
            clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
            away = False
            if clip:
                for i in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
                    xs, ys = [], []
                    for j in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, i)):
                        seg = pdfium_c.FPDFClipPath_GetPathSegment(clip, i, j)
                        if seg and pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
                            xs.append(x.value)
                            ys.append(y.value)
                    if not xs:
                        continue
                    kept = (min(xs), height - max(ys), max(xs), height - min(ys))
                    if kept[2] - kept[0] <= 0 or kept[3] - kept[1] <= 0:
                        away = True  # a path without area shows nothing
                    elif not _touch(mine, kept):
                        away = True
                    if away:
                        break
            (hidden if away else shown).append(mine)
    finally:
        handle.close()
    return [b for b in hidden if not any(_touch(b, s, -_CLIP_TOLERANCE) for s in shown)]


def _without_note_marks(chars: list[_Char]) -> list[_Char]:
    """``chars`` without the footnote marks set as superscripts after a digit (see
    _SUPER_SIZE): a run of raised, smaller glyphs, each right after the one before,
    whose text is a NOTE_MARK."""
    sizes = sorted(c.size for c in chars)
    if not sizes or sizes[0] > _SUPER_SIZE * sizes[-1]:
        return chars  # one size throughout: no superscript
    digits: dict[int, list[_Char]] = {}
    by_left: dict[int, list[_Char]] = {}
    for c in chars:
        if c.text.isdigit() and c.text.isascii():
            digits.setdefault(int(c.x1), []).append(c)
        by_left.setdefault(int(c.x0), []).append(c)

    def after(
        prev: _Char, pool: dict[int, list[_Char]], size: float, bottom: float
    ) -> _Char | None:
        reach = _SUPER_GAP * size
        for key in range(int(prev.x1 - 1), int(prev.x1 + reach) + 1):
            for c in pool.get(key, ()):
                if (
                    prev.x1 - 1 <= c.x0 <= prev.x1 + reach
                    and c.size <= _SUPER_SIZE * size
                    and c.bottom <= bottom - _SUPER_RAISE * size
                    and c.top >= bottom - 2 * size
                ):
                    return c
        return None

    drop: set[int] = set()
    for group in digits.values():
        for d in group:
            first = after(d, by_left, d.size, d.bottom)
            if first is None or id(first) in drop:
                continue
            run = [first]
            while len(run) < 4 and (nxt := after(run[-1], by_left, d.size, d.bottom)) is not None:
                run.append(nxt)
            # the longest run (from its start) that is a mark: 1, ①, [2], 注1, **
            for n in range(len(run), 0, -1):
                if NOTE_MARK.fullmatch("".join(c.text for c in run[:n])):
                    drop.update(id(c) for c in run[:n])
                    break
    return [c for c in chars if id(c) not in drop] if drop else chars


def _touch(a: Box, b: Box, tolerance: float = _CLIP_TOLERANCE) -> bool:
    """Whether two boxes overlap or come within ``tolerance`` of each other (a negative
    tolerance asks for an overlap that deep)."""
    return (
        a[0] <= b[2] + tolerance
        and b[0] <= a[2] + tolerance
        and a[1] <= b[3] + tolerance
        and b[1] <= a[3] + tolerance
    )


def _inside(box: Box, area: Box) -> bool:
    """Whether a glyph's middle lies in ``area``."""
    mx, my = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return area[0] <= mx <= area[2] and area[1] <= my <= area[3]


def _ocr_layer(page: Any, pdfium: Any, index: int) -> bool:
    """Whether the page is a scan whose text layer another program's OCR made: a picture
    over most of the page and the text drawn invisible. Such a layer carries no
    confidence (5 read as 1 is typed text to us), so its digits are as unsure as OCR's."""
    area = float(page.width) * float(page.height)
    if area <= 0 or not any(
        (float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"]))
        >= _SCAN_COVER * area
        for i in page.images
    ):
        return False
    import pypdfium2.raw as pdfium_c

    if not hasattr(pdfium_c, "FPDFText_GetTextObject"):  # an older pdfium: not told
        return False
    textpage = pdfium[index].get_textpage()
    try:
        count = textpage.count_chars()
        step = max(1, count // _LAYER_SAMPLE)
        modes = [
            pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
            for i in range(0, count, step)
            if (obj := pdfium_c.FPDFText_GetTextObject(textpage.raw, i))
        ]
    finally:
        textpage.close()
    return bool(modes) and sum(m == _INVISIBLE for m in modes) >= _INVISIBLE_SHARE * len(modes)


Cells = Sequence[tuple[float, ...]]  # a ruled table's cell rectangles


def _orientations(
    chars: Sequence[_Char], tables: Sequence[Cells], turn: int
) -> dict[int, tuple[list[_Char], list[Cells]]] | None:
    """A page holding a ruled table turned a quarter and upright text (or the other
    way round), split by the way each part reads: ``{orientation: (characters,
    tables)}``; None for a page that reads one way (all of it upright, or all of it
    turned back as a whole, see :func:`_turn`).

    A table goes with the orientation of most of the characters in it, and they with
    it; the other characters go by their own, but fewer than _MIN_TURNED_TEXT of one
    orientation outside the tables (a page number, a stamp) stay with the page's.
    """
    if not tables:
        return None
    boxes = [
        (min(c[0] for c in t), min(c[1] for c in t), max(c[2] for c in t), max(c[3] for c in t))
        for t in tables
    ]

    def holder(c: _Char) -> int | None:
        x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        return next(
            (k for k, (x0, t, x1, b) in enumerate(boxes) if x0 <= x <= x1 and t <= y <= b), None
        )

    held = [holder(c) for c in chars]
    votes: list[dict[int, int]] = [{} for _ in tables]
    for c, k in zip(chars, held):
        if k is not None:
            votes[k][c.turn] = votes[k].get(c.turn, 0) + 1
    ways = [max(v, key=lambda o: v[o]) if v else turn for v in votes]
    parts: dict[int, tuple[list[_Char], list[Cells]]] = {}
    for t, way in zip(tables, ways):
        parts.setdefault(way, ([], []))[1].append(t)
    loose: dict[int, list[_Char]] = {}
    for c, k in zip(chars, held):
        if k is None:
            loose.setdefault(c.turn, []).append(c)
        else:
            parts[ways[k]][0].append(c)
    for way, text in loose.items():
        if way in parts or len(text) >= _MIN_TURNED_TEXT:
            parts.setdefault(way, ([], []))[0].extend(text)
        else:
            parts.setdefault(turn, ([], []))[0].extend(text)
    return parts if len(parts) > 1 else None


def _mixed(
    parts: dict[int, tuple[list[_Char], list[Cells]]], width: float, height: float
) -> list[tuple[float, list[Piece] | _Table]]:
    """The blocks of a page read in parts turned different ways (see
    :func:`_orientations`), in the page's upright frame: the upright part's lines and
    tables where they stand, each turned part read turned back, as one run where it
    starts on the page. Every box is the page's."""
    blocks: list[tuple[float, list[Piece] | _Table]] = []
    for way, (chars, tables) in parts.items():
        if way == 0:
            blocks += _layout(chars, tables)
            continue
        turned = [_Char(c.text, *_turned(c.box, way, width, height), c.size, 0) for c in chars]
        laid = _layout(turned, [[_turned(cell, way, width, height) for cell in t] for t in tables])
        top = min([c.top for c in chars] + [cell[1] for t in tables for cell in t], default=0.0)
        blocks += [
            (top + k * 1e-6, _reboxed(block, way, width, height))
            for k, (_, block) in enumerate(laid)
        ]
    blocks.sort(key=lambda b: b[0])
    return blocks


def _reboxed(
    block: list[Piece] | _Table, turn: int, width: float, height: float
) -> list[Piece] | _Table:
    """A block read turned back with its boxes put back where they are on the page."""

    def back(pieces: Sequence[Piece]) -> list[Piece]:
        return [(t, None if b is None else _unturned(b, turn, width, height)) for t, b in pieces]

    if isinstance(block, list):
        return back(block)
    block.rows = [[(cell, back(pieces)) for cell, pieces in row] for row in block.rows]
    return block


def _pictures(
    page: Any, chars: Sequence[_Char], tables: Sequence[Sequence[tuple[float, ...]]], limit: int
) -> tuple[list[tuple[Box, int]], bool]:
    """The pictures of the page that may be tables pasted as pictures, as ``(box, the
    stored image's pixels)``: big enough, not under the text layer, not in a ruled
    table of the text layer; and whether the page has more than ``limit`` big enough
    pictures, the rest not looked at (a hostile page may draw thousands)."""
    out: list[tuple[Box, int]] = []
    seen: set[Box] = set()
    for image in page.images:
        box = (
            max(0.0, float(image["x0"])),
            max(0.0, float(image["top"])),
            min(float(page.width), float(image["x1"])),
            min(float(page.height), float(image["bottom"])),
        )
        x0, top, x1, bottom = box
        if x1 - x0 < _MIN_PICTURE_WIDTH or bottom - top < _MIN_PICTURE_HEIGHT or box in seen:
            continue
        if len(seen) == limit:
            return out, True
        seen.add(box)
        over = sum(
            1
            for c in chars
            if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom
        )
        if over > _MAX_CHARS_OVER_PICTURE or any(
            min(c[0] for c in t) < x1
            and x0 < max(c[2] for c in t)
            and min(c[1] for c in t) < bottom
            and top < max(c[3] for c in t)
            for t in tables
        ):
            continue
        w, h = (image.get("srcsize") or (0, 0))[:2]
        out.append((box, int(w) * int(h)))
    return out, False


def _turn(chars: Sequence[dict[str, Any]]) -> int:
    """90 (-90) when most of the page's text is drawn turned a quarter counterclockwise
    (clockwise): a landscape page stored as a portrait one without /Rotate; else 0."""
    votes = {0: 0, 90: 0, -90: 0}
    for c in chars:
        votes[_orientation(c["matrix"])] += 1
    turn = max(votes, key=lambda k: votes[k])
    return turn if votes[turn] > len(chars) / 2 else 0


def _orientation(matrix: Sequence[float]) -> int:
    """0 for a glyph drawn level, 90 (-90) for one turned a quarter counterclockwise
    (clockwise)."""
    a, b = matrix[:2]
    return 0 if abs(b) <= abs(a) else 90 if b > 0 else -90


def _turned(box: Sequence[float], turn: int, width: float, height: float) -> Box:
    """``box`` on the page turned so that its text reads left to right (see :func:`_turn`);
    the turned page is ``height`` wide."""
    x0, top, x1, bottom = box[:4]
    if turn == 90:
        return (height - bottom, x0, height - top, x1)
    return (top, width - x1, bottom, width - x0)


def _read_pictures(
    data: bytes,
    pictures: Sequence[tuple[int, Box, int]],
    crowded: Sequence[int],
    contents: Sequence[_PageContent],
    budget: int,
    name: str,
    warnings: list[str],
) -> None:
    """Tables pasted as pictures on pages with a text layer: OCR'd into their pages'
    content where tesseract is installed; otherwise named in a warning, their cells
    unread. At most ``budget`` pictures are looked at (OCR's page bound, less the
    pages it read whole); the others (and those of ``crowded`` pages, with more
    pictures than the bound), and pictures too big to decode, are named."""
    from . import ocr as ocr_reader

    huge = sorted({n for n, _, pixels in pictures if pixels > _MAX_PICTURE_PIXELS})
    wanted = [(n, box) for n, box, pixels in pictures if pixels <= _MAX_PICTURE_PIXELS]
    if len(wanted) > budget or crowded:
        left = sorted({*crowded, *(n for n, _ in wanted[budget:])})
        warnings.append(_ocr_page_limit(name, left, budget, "pictures on page(s)"))
        wanted = wanted[:budget]
    read = ocr_reader.ocr_available()
    grids = ocr_reader.picture_grids(data, wanted, read=read, name=name, warnings=warnings)
    if read:
        by_number = {c.number: c for c in contents}
        for number, cells, chars in grids:
            table = _table(cells, chars)
            table.ocr = True
            blocks = by_number[number].blocks
            blocks.append((table.top, table))
            blocks.sort(key=lambda b: b[0])
    elif grids:
        on = sorted({n for n, _, _ in grids})
        warnings.append(
            f"read.table_picture: {name}: page(s) {_pages(on)} hold a table pasted as a "
            f"picture ({sum(len(c) for _, c, _ in grids)} cells), not read: its cells are "
            "unread; install tesseract with the chi_sim data to read it by OCR (Debian: "
            "apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
        )
    if huge:
        warnings.append(
            f"read.table_picture: {name}: page(s) {_pages(huge)} hold a picture of more than "
            f"{_MAX_PICTURE_PIXELS / 1e6:.0f} million pixels, not looked at for a table"
        )


def _unturned(box: Box, turn: int, width: float, height: float) -> Box:
    """The inverse of :func:`_turned`: a box of the page turned back, on the page."""
    a, b, c, d = box
    if turn == 90:
        return (b, height - c, d, height - a)
    return (width - d, a, width - b, c)


def _unread_pages(name: str, no_text: list[int], unmapped: list[int]) -> list[str]:
    """What the pages OCR would have read say about themselves, as "read.<code>: message"."""
    hint = (
        "install tesseract with the chi_sim data to read them by OCR "
        "(Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
    )
    out = []
    if no_text:
        out.append(
            f"read.no_text_layer: {name}: page(s) {_pages(no_text)} have no text layer "
            f"(scanned) and were not read; {hint}"
        )
    if unmapped:
        out.append(
            f"read.unmapped_font: {name}: page(s) {_pages(unmapped)} use fonts whose characters "
            f"cannot be mapped to text (no ToUnicode map) and were not read; {hint}"
        )
    return out


def _ocr_page_limit(name: str, left: Sequence[int], bound: int, what: str = "page(s)") -> str:
    """The warning for pages ``left`` (ascending) not OCR'd; runs written as ranges, so
    that a scan of thousands of pages gets a short message. ``what`` names them."""
    runs: list[list[int]] = []
    for n in left:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    named = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
    return (
        f"read.ocr_page_limit: {name}: {what} {named} need OCR past the bound of "
        f"{bound} pages (about 15 s a page) and were not read; raise it with "
        "Limits(max_ocr_pages=...) or --max-ocr-pages"
    )


def _pages(numbers: Sequence[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _write(contents: Sequence[_PageContent]) -> tuple[str, list[Any], tuple[Page, ...]]:
    out = TextBuilder(boxes=True)
    tables: list[HtmlTable] = []
    pages: list[Page] = []
    for content in contents:
        start = out.size
        ocr: list[tuple[int, int]] = []  # spans of tables read by OCR from pictures
        for _, block in content.blocks:
            if isinstance(block, _Table):
                rows = [[cell for cell, _ in row] for row in block.rows]
                pieces = [[p for _, p in row] for row in block.rows]
                at = out.size
                table = out.table(rows, pieces)
                if table is None:
                    continue
                if block.ocr:
                    ocr.append((at, out.size))
                if block.continues and tables:
                    table = _join_tables(tables.pop(), table, block.split_row)
                tables.append(table)
            else:
                for text, box in block:
                    out.write(text, box)
                out.write("\n")
        out.write("\f\n")
        boxes = out.boxes or []
        pages.append(
            Page(
                content.number,
                start,
                out.size,
                content.reader,
                content.width,
                content.height,
                tuple(boxes[start : out.size]),
                tuple(ocr),
                content.ocr_layer,
            )
        )
    text = out.text
    if not text.strip():
        raise UnreadableDocument("the PDF has no text", code="empty")
    return text, tables, tuple(pages)


def _join_tables(
    first: HtmlTable, rest: HtmlTable, split_row: tuple[tuple[int, int], ...]
) -> HtmlTable:
    """One table from its parts on two pages; a row split by the break becomes one row."""
    rows = list(first.rows)
    more = list(rest.rows)
    if not (split_row and rows and more):
        return HtmlTable((*rows, *more), first.start, rest.end)
    a, b = list(rows[-1]), list(more[0])
    if len(a) == len(b):
        rows[-1] = tuple(
            HtmlCell(
                x.text + y.text if x.text and y.text else x.text or y.text,
                x.rowspan + y.rowspan - 1,
                x.colspan,
                x.start if x.text or not y.text else y.start,
                y.end if y.text else x.end,
            )
            for x, y in zip(a, b)
        )
        more = more[1:]
    else:
        # the rest's row keeps its place (its empty cells may span rows below); only
        # its text moves up
        for i, j in split_row:
            x, y = a[i], b[j]
            a[i] = HtmlCell(
                x.text + y.text, x.rowspan, x.colspan, x.start if x.text else y.start, y.end
            )
            b[j] = HtmlCell("", y.rowspan, y.colspan, y.start, y.start)
        rows[-1], more[0] = tuple(a), tuple(b)
    return HtmlTable((*rows, *more), first.start, rest.end)
