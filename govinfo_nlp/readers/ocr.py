"""OCR of scanned pages and pictures of tables (extra ``ocr``: tesseract with chi_sim).

Whole-page OCR of a ruled table reads almost nothing: the ruling lines are
taken for strokes. So the ruling lines are found first (long runs of dark
pixels), the grid and its merged cells built from them, and each cell read
on its own, numbers with a digits-only pass. Every OCR'd number carries
tesseract's confidence: below :data:`MIN_CONFIDENCE` the cell is written as
``?``, which the table stage cannot place, so its field is left unread
(listed, never guessed). Text outside the tables is OCR'd line by line.

tesseract runs as a subprocess (TSV output): no Python binding is needed,
only Pillow and pypdfium2 (the ``pdf`` extra) to render and crop pages.
"""

from __future__ import annotations

import io
import itertools
import math
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..errors import UnreadableDocument
from ..limits import DEFAULT_LIMITS, checkpoint

if TYPE_CHECKING:
    from ..tables.model import TablesResult
    from .pages import Page

__all__ = [
    "MAX_PIXELS",
    "MIN_CONFIDENCE",
    "accept_ocr_cells",
    "ocr_available",
    "ocr_pages",
    "picture_grids",
    "read_image",
]

# Pages are rendered at this resolution (dots per inch) for OCR.
_DPI = 300
# At most this many pixels of a page are OCR'd (an A2 sheet at 300 dpi): a bigger
# page or picture is read at a lower resolution, with a warning. The reading
# holds a few bytes a pixel (the page, its ink, a blanked copy), so this bounds
# the memory one page may take, whatever the file asks for.
MAX_PIXELS = 36_000_000
#: The largest picture on a PDF page decoded to render the page for OCR: four times
#: :data:`MAX_PIXELS` (an A4 page scanned at 1,200 dpi, an A2 one at 600); a picture
#: declaring more is a decompression bomb, its page a ``read.ocr_failed`` warning.
MAX_PICTURE_PIXELS = 4 * MAX_PIXELS
# Rows of a page image worked on at a time where a step needs more than a byte
# a pixel (the ink's 3x3 sums, the ruling lines' running sums).
_BAND = 256
# A scan is seldom laid square on the glass, and the ruling lines are found only when
# level (at 1 degree a rule climbs 5 mm across the page and is no run of ink): a page
# turned up to _MAX_SKEW degrees either way is turned back when it is off by at least
# _MIN_SKEW (below, a rule of a cell's width stays within its row).
_MAX_SKEW = 3.0
_MIN_SKEW = 0.15
# The skew is measured on every _SKEW_SAMPLE-th column (each row kept: a rule's rise
# across the page is a few pixels), in steps of _SKEW_COARSE degrees, then of
# _SKEW_FINE around the best.
_SKEW_SAMPLE = 4
_SKEW_COARSE = 0.25
_SKEW_FINE = 0.05
# A number read with a lower confidence (0-100) is not accepted.
MIN_CONFIDENCE = 80.0
# Another program's OCR text layer is trusted for the cells no check covers (table 二)
# only when at least this many checks run over its cells and all hold: table 三 alone
# gives 39 (25 rows, 7 columns' sums and balances), table 四 3; a layer that got a
# table's worth of sums right reads its digits right.
_LAYER_PROOF = 20
# Darker than this (0-255) is ink; for ruling lines, after a 3x3 mean.
_INK = 160
_LINE_INK = 220
# A vertical line may stop this many pixels short of the horizontal one it meets.
_JOIN = 10
# A ruling line is a run of ink at least this long (pixels at 300 dpi): ~5 mm
# down (a row is short), ~13 mm across (a large glyph's stroke is not a rule).
_MIN_RULE = 60
_MIN_RULE_ACROSS = 150
# A picture's region is rendered with this margin (points): a ruling line on its
# very edge is not cut in half.
_MARGIN = 6.0
# CPU seconds one tesseract run may spend (RLIMIT_CPU in the child): a bound on its work,
# not on the clock, so a page reads the same on a busy machine as on an idle one. A
# wall-clock bound of 120 s (until session 24) made the two-up scan formats5 h02 lose its
# text, year and template when the machine was loaded: the same file, another row. The
# longest run on the committed scans takes a few CPU seconds; a speckled page tesseract
# loops on still stops here (read.ocr_failed, the other pages kept).
_CPU_S = 120
# A wall-clock backstop far above that, for a run that waits instead of working; no load
# reaches it before the CPU bound (120 CPU seconds at a load of 30 on 2 cores: 30 min).
_WALL_S = 3600
# tesseract's OpenMP threads spin while they wait for each other: on a busy machine that
# is CPU time spent on nothing, counted against _CPU_S, and cores taken from the batch's
# other workers. One thread makes a run's CPU time its work (the words are the same).
_CHILD_ENV: Final = (("OMP_THREAD_LIMIT", "1"),)
_UNREAD = "?"
# chi_sim reads a full-width bracket （ as 〈 now and then; no label of the tables
# holds angle brackets, and a label's remark in brackets is recognised as one.
_BRACKETS = str.maketrans("〈〉", "（）")
_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")
_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """Whether OCR can run here: tesseract with chi_sim on PATH, Pillow and pypdfium2."""
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    try:
        import numpy  # noqa: F401
        import PIL  # noqa: F401
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    try:
        langs = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "chi_sim" in (langs.stdout + langs.stderr).split()


def run_bounded(cmd: Sequence[str], data: bytes, *, cpu_seconds: int, wall_seconds: float) -> bytes:
    """The standard output of ``cmd`` fed ``data``, its CPU time bounded in the child.

    :func:`govinfo_nlp.readers.bounded.run_bounded` runs it (RLIMIT_CPU set before the
    program starts, its process group killed when it ends), with tesseract on one OpenMP
    thread; a child that cannot start, is killed or outlives the backstop raises
    :class:`UnreadableDocument` (code ``ocr``): its output would be partial.
    """
    from .bounded import run_bounded as run

    env = {**os.environ, **dict(_CHILD_ENV)}
    done = run(cmd, data, cpu_seconds=cpu_seconds, wall_seconds=wall_seconds, code="ocr", env=env)
    return done.stdout


def _tesseract(
    image: Any, *, psm: int, digits: bool = False
) -> list[tuple[str, float, tuple[int, int, int, int], tuple[int, int, int]]]:
    """Words of an image: (text, confidence, (left, top, width, height), (block, paragraph, line))."""
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    cmd = ["tesseract", "stdin", "stdout", "-l", "chi_sim", "--psm", str(psm)]
    if digits:
        cmd += ["-c", "tessedit_char_whitelist=0123456789.,-/"]
    cmd.append("tsv")
    stdout = run_bounded(cmd, buf.getvalue(), cpu_seconds=_CPU_S, wall_seconds=_WALL_S)
    words = []
    for line in stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) != 12 or not cols[11].strip():
            continue
        box = (int(cols[6]), int(cols[7]), int(cols[8]), int(cols[9]))
        words.append(
            (cols[11].strip(), float(cols[10]), box, (int(cols[2]), int(cols[3]), int(cols[4])))
        )
    return words


def accept_ocr_cells(result: TablesResult, pages: Sequence[Page]) -> TablesResult:
    """The table cells read by OCR that the tables' arithmetic confirms; the others unread.

    A confident OCR cell may still be wrong (6 read as 0): it is kept only
    when it takes part in at least one check and every check it takes part
    in holds. Table 二 has no sums, so its OCR'd cells are always left
    unread. Checks over a cell left unread are dropped with it.
    """
    spans = [span for p in pages for span in p.ocr_spans]
    layers = [(p.start, p.end) for p in pages if p.ocr_layer]
    confirmed: dict[str, bool] = {}
    for check in result.checks:
        for f in check.fields:
            confirmed[f] = confirmed.get(f, True) and check.holds

    def within(f: str, where: Sequence[tuple[int, int]]) -> bool:
        v = result.values.get(f)
        return v is not None and any(a <= v.start < b for a, b in where)

    # Another program's OCR layer has no confidence per word to leave a doubtful digit
    # out by, but it can prove itself: when every check over its cells holds, and
    # there are many, its digits are read right, and its cells no check covers (table
    # 二's) are trusted with them. One failing check, and they are not.
    layer_checks = [c for c in result.checks if any(within(f, layers) for f in c.fields)]
    trusted = len(layer_checks) >= _LAYER_PROOF and all(c.holds for c in layer_checks)
    dropped = [
        f
        for f, v in result.values.items()
        if any(a <= v.start < b for a, b in spans)
        and not confirmed.get(f, False)
        and not (trusted and f not in confirmed and within(f, layers))
    ]
    if not dropped:
        return result
    gone = set(dropped)
    values = {f: v for f, v in result.values.items() if f not in gone}
    checks = tuple(c for c in result.checks if not gone.intersection(c.fields))
    warning = (
        f"tables.ocr_unconfirmed: {len(dropped)} cells read by OCR are not confirmed by the "
        f"tables' arithmetic and are left unread: {', '.join(dropped[:10])}"
        + (" ..." if len(dropped) > 10 else "")
    )
    return replace(
        result,
        values=values,
        checks=checks,
        unread=tuple(dict.fromkeys((*result.unread, *dropped))),
        warnings=(*result.warnings, warning),
    )


# --- ruling lines and cells ---------------------------------------------------


def _rules(ink: Any, length: int) -> list[tuple[int, int, int, int]]:
    """Horizontal ruling lines as (y0, y1, x0, x1): runs of ink at least ``length`` long,
    adjacent rows of overlapping runs joined (a line is a few pixels thick)."""
    import numpy as np

    done: list[tuple[int, int, int, int]] = []
    open_lines: list[tuple[int, int, int, int]] = []
    # _BAND rows at a time: the running sums are 4 bytes a pixel
    for top in range(0, ink.shape[0], _BAND):
        band = np.ascontiguousarray(ink[top : top + _BAND])
        c = np.zeros((band.shape[0], band.shape[1] + 1), dtype=np.int32)
        np.cumsum(band, axis=1, out=c[:, 1:])
        full = (c[:, length:] - c[:, :-length]) == length  # a run of `length` starts here
        del c
        for row in np.flatnonzero(full.any(axis=1)):
            y = top + int(row)
            starts = np.flatnonzero(full[row])
            breaks = np.flatnonzero(np.diff(starts) > 1)
            firsts = np.concatenate(([starts[0]], starts[breaks + 1]))
            lasts = np.concatenate((starts[breaks], [starts[-1]]))
            still: list[tuple[int, int, int, int]] = []
            for x0, x1 in zip(firsts.tolist(), (lasts + length).tolist(), strict=True):
                for k, (y0, y1, a, b) in enumerate(open_lines):
                    if y - y1 <= 1 and x0 < b and a < x1:
                        open_lines.pop(k)
                        still.append((y0, y, min(a, x0), max(b, x1)))
                        break
                else:
                    still.append((y, y, x0, x1))
            done += [line for line in open_lines if y - line[1] > 1]
            open_lines = still + [line for line in open_lines if y - line[1] <= 1]
    return sorted(done + open_lines)


def _covered(ink: Any, y0: int, y1: int, x0: int, x1: int) -> bool:
    """Whether a ruling line runs through the whole box (mostly ink along it)."""
    box = ink[max(0, y0) : y1 + 1, max(0, x0) : x1 + 1]
    if box.size == 0:
        return False
    along = box.any(axis=0) if (x1 - x0) > (y1 - y0) else box.any(axis=1)
    return bool(along.mean() >= 0.9)


def _cells(ink: Any) -> list[list[tuple[int, int, int, int]]]:
    """Tables of the page as lists of cell boxes (x0, top, x1, bottom) in pixels."""
    horizontal = _rules(ink, _MIN_RULE_ACROSS)
    vertical = [(x0, x1, y0, y1) for x0, x1, y0, y1 in _rules(ink.T, _MIN_RULE)]
    ys = [((a + b) // 2) for a, b, _, _ in horizontal]
    tables: list[list[tuple[int, int, int, int]]] = []
    current: list[tuple[int, int, int, int]] = []
    open_cells: dict[tuple[int, int], int] = {}  # (x0, x1) -> index in current (may span down)
    for k in range(len(ys) - 1):
        top, bottom = ys[k], ys[k + 1]
        crossing = sorted(
            (x0 + x1) // 2
            for x0, x1, v0, v1 in vertical
            if v0 <= top + _JOIN and v1 >= bottom - _JOIN
        )
        if len(crossing) < 2 or bottom - top < 8:
            if current:
                tables.append(current)
            current, open_cells = [], {}
            continue
        next_open: dict[tuple[int, int], int] = {}
        for xa, xb in itertools.pairwise(crossing):
            key = (xa, xb)
            above = open_cells.get(key)
            if above is not None and not _covered(ink, top - 2, top + 2, xa + 4, xb - 4):
                x0, t, x1, _ = current[above]
                current[above] = (x0, t, x1, bottom)  # no line between: one merged cell
                next_open[key] = above
            else:
                current.append((xa, top, xb, bottom))
                next_open[key] = len(current) - 1
        open_cells = next_open
    if current:
        tables.append(current)
    return [t for t in tables if len(t) >= 2]


def _line_ink(gray: Any) -> Any:
    """Ink for finding ruling lines: a 3x3 mean first, so that a gray line a
    scanner dithered into dots (·.·.·.) is one run again."""
    import numpy as np

    height = gray.shape[0]
    ink = np.empty(gray.shape, dtype=bool)
    # _BAND rows at a time (the sums are 2 bytes a pixel), each with the row
    # above and below it; the page's edge rows and columns count as repeated
    for top in range(0, height, _BAND):
        bottom = min(height, top + _BAND)
        g = gray[max(0, top - 1) : bottom + 1].astype(np.uint16)
        g = np.pad(g, ((int(top == 0), int(bottom == height)), (1, 1)), mode="edge")
        rows = g[:-2] + g[1:-1] + g[2:]
        ink[top:bottom] = rows[:, :-2] + rows[:, 1:-1] + rows[:, 2:] < 9 * _LINE_INK
    return ink


# --- reading one page image -----------------------------------------------------


def _read_cells(gray: Any, cells: Sequence[tuple[int, int, int, int]]) -> list[tuple[str, float]]:
    """Each cell's text and confidence (100 for text, the digits pass's for numbers)."""
    inset = 6
    crops = []
    for x0, top, x1, bottom in cells:
        crop = gray[top + inset : bottom - inset, x0 + inset : x1 - inset]
        crops.append(crop if crop.size and (crop < _INK).any() else None)
    texts = _batch(crops, digits=False)
    out: list[tuple[str, float]] = []
    numeric = [
        k
        for k, (text, _, _) in enumerate(texts)
        if crops[k] is not None and not _CJK.search(text) and text
    ]
    digit_reads = _batch([crops[k] for k in numeric], digits=True)
    by_cell = dict(zip(numeric, digit_reads))
    for k, (text, text_conf, words) in enumerate(texts):
        if k in by_cell:
            digits, conf, _ = by_cell[k]
            digits = digits.replace(" ", "")
            if conf >= MIN_CONFIDENCE and _NUMBER.fullmatch(digits):
                out.append((digits, conf))
            elif (
                not digits
                and words == 1
                and text_conf >= MIN_CONFIDENCE
                and text.isascii()
                and text.isdigit()
            ):
                # the digits pass finds nothing in a lone 1 set in a wide cell, which
                # the general pass reads with confidence as one word of digits
                out.append((text, text_conf))
            else:
                out.append((_UNREAD, conf))
        else:
            out.append((text.translate(_BRACKETS), 100.0))
    return out


def _batch(crops: Sequence[Any], *, digits: bool) -> list[tuple[str, float, int]]:
    """OCR many crops in one tesseract run: stacked with white gaps, words mapped back
    by height. Each crop's ``(text, its least confidence, its number of words)``."""
    import numpy as np
    from PIL import Image

    if not crops:
        return []
    gap = 40
    width = max((c.shape[1] for c in crops if c is not None), default=1) + 2 * gap
    spans: list[tuple[int, int]] = []
    y = gap
    for c in crops:
        h = 0 if c is None else c.shape[0]
        spans.append((y, y + h))
        y += h + gap
    sheet = np.full((y, width), 255, dtype=np.uint8)
    for c, (a, b) in zip(crops, spans):
        if c is not None:
            sheet[a:b, gap : gap + c.shape[1]] = c
    words = _tesseract(Image.fromarray(sheet), psm=6, digits=digits)
    found: list[list[tuple[tuple[int, int, int], int, str, float]]] = [[] for _ in crops]
    for text, conf, (left, top, _, height), line in words:
        middle = top + height // 2
        for k, (a, b) in enumerate(spans):
            if a - gap // 2 <= middle < b + gap // 2 and crops[k] is not None:
                found[k].append((line, left, text, conf))
                break
    out = []
    for parts in found:
        # line by line, each left to right: a label wrapped over two lines of its
        # cell is read as written, not its two lines' words interleaved
        parts.sort()
        text = "".join(t for _, _, t, _ in parts)
        conf = min((c for _, _, _, c in parts), default=0.0)
        if digits and len(parts) > 1:
            conf = 0.0  # two numbers in one cell: a missed ruling line, never one number
        out.append((text, conf, len(parts)))
    return out


def _grid_chars(
    gray: Any, cells: Sequence[tuple[int, int, int, int]], scale: float, at: tuple[float, float]
) -> list[Any]:
    """A ruled table's cells read by OCR, one :class:`~.pdf._Char` a cell, in points
    (``scale`` pixels a point; ``at`` the image's top left on the page)."""
    from .pdf import _Char

    left, top0 = at
    chars = []
    for (x0, top, x1, bottom), (text, _) in zip(cells, _read_cells(gray, cells)):
        if text:
            chars.append(
                _Char(
                    text,
                    left + (x0 + 4) / scale,
                    top0 + (top + 4) / scale,
                    left + (x1 - 4) / scale,
                    top0 + (bottom - 4) / scale,
                    (bottom - top) / scale / 2,
                )
            )
    return chars


def _in_points(
    cells: Sequence[tuple[int, int, int, int]], scale: float, at: tuple[float, float]
) -> list[tuple[float, float, float, float]]:
    left, top = at
    return [
        (left + x0 / scale, top + y0 / scale, left + x1 / scale, top + y1 / scale)
        for x0, y0, x1, y1 in cells
    ]


def _skew(gray: Any) -> float:
    """The angle (degrees, counter-clockwise) a scanned page is turned by: the one at
    which its ink's rows are sharpest (text lines and rules level), 0 when unsure."""
    import numpy as np

    found = np.nonzero(gray[:, ::_SKEW_SAMPLE] < _INK)
    if len(found[0]) < 500:
        return 0.0
    ys, xs = found[0].astype(np.float64), found[1].astype(np.float64) * _SKEW_SAMPLE

    def sharpness(angle: float) -> float:
        rows = np.rint(ys + xs * math.tan(math.radians(angle))).astype(np.int64)
        profile = np.bincount(rows - rows.min()).astype(np.float64)
        return float((profile * profile).sum())

    def best(angles: Any) -> tuple[float, float]:
        return max((sharpness(a), float(a)) for a in angles)

    coarse = np.arange(-_MAX_SKEW, _MAX_SKEW + _SKEW_COARSE / 2, _SKEW_COARSE)
    _, around = best(coarse)
    fine = np.arange(around - _SKEW_COARSE, around + _SKEW_COARSE + _SKEW_FINE / 2, _SKEW_FINE)
    score, angle = best(fine)
    # a page of no lines (a photo, a blank) is as sharp at any angle: leave it
    return angle if score > 1.02 * sharpness(0.0) else 0.0


# A page whose darkest ink (the 0.5th percentile) and its paper (the 90th) are closer
# than this many grey levels is a faint print: its levels are stretched before OCR.
_FAINT_RANGE = 100


def _stretched(gray: Any) -> Any:
    """A faint page's grey levels stretched to the full range: ink printed at a
    quarter of full contrast on grey paper (a printer running out of toner, a
    photocopy of a copy) fell under every threshold, and nothing was read (formats7
    j13: no cell, no agency, no year). Other pages are returned as they are."""
    import numpy as np

    lo, hi = np.percentile(gray, [0.5, 90])
    if hi - lo >= _FAINT_RANGE or hi <= lo:
        return gray
    out = (gray.astype(np.float32) - lo) * (255.0 / (hi - lo))
    return np.clip(out, 0, 255).astype(np.uint8)


def _levelled(gray: Any) -> Any:
    """A page image turned level when it is skewed by :data:`_MIN_SKEW` degrees or more
    (same size; the corners turned in are white)."""
    import numpy as np
    from PIL import Image

    angle = _skew(gray)
    if abs(angle) < _MIN_SKEW:
        return gray
    image = Image.fromarray(gray).rotate(-angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return np.asarray(image)


def _page_content(
    gray: Any, number: int, scale: float, lost: list[UnreadableDocument] | None = None
) -> Any:
    """A page image read by OCR, in the same shape as a PDF page's content.

    When the pass over the text around the tables fails (tesseract runs out of time on
    a speckled page) and ``lost`` is given, the tables' cells are kept and the failure
    added to ``lost``.
    """
    from PIL import Image

    from .pdf import _Char, _layout, _PageContent

    tables = _cells(_line_ink(gray))
    chars: list[_Char] = []
    table_cells: list[list[tuple[float, float, float, float]]] = []
    blank = gray.copy()
    for cells in tables:
        chars += _grid_chars(gray, cells, scale, (0.0, 0.0))
        table_cells.append(_in_points(cells, scale, (0.0, 0.0)))
        xs = [c[0] for c in cells] + [c[2] for c in cells]
        ys = [c[1] for c in cells] + [c[3] for c in cells]
        blank[min(ys) : max(ys) + 1, min(xs) : max(xs) + 1] = 255
    try:
        words = _tesseract(Image.fromarray(blank), psm=4)
    except UnreadableDocument as exc:
        if lost is None or not table_cells or exc.code != "ocr":
            raise
        lost.append(exc)
        words = []
    for text, _, (left, top, width, height), _ in words:
        chars.append(
            _Char(
                text,
                left / scale,
                top / scale,
                (left + width) / scale,
                (top + height) / scale,
                height / scale,
            )
        )
    height, width = gray.shape
    return _PageContent(
        number, "tesseract", width / scale, height / scale, _layout(chars, table_cells)
    )


def ocr_pages(
    data: bytes, numbers: Sequence[int], *, name: str = "input", warnings: list[str] | None = None
) -> list[Any] | None:
    """The OCR'd content of pages ``numbers`` (from 1) of a PDF, or None when OCR cannot run.

    One page image at a time; a page of more than :data:`MAX_PIXELS` at 300 dpi
    is rendered at the resolution that fits, and a warning added to ``warnings``.
    """
    if not ocr_available():
        return None
    import numpy as np
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    failed: list[UnreadableDocument] = []
    try:
        out = []
        for number in numbers:
            checkpoint()  # the document's time bound, once a page (limits.py)
            page = pdf[number - 1]
            if (bomb := _picture_bomb(page)) is not None:
                page.close()
                exc = UnreadableDocument(
                    f"{name}: page {number} holds a picture of {bomb / 1e6:,.0f} million pixels "
                    f"(more than {MAX_PICTURE_PIXELS / 1e6:,.0f} million: a decompression bomb); "
                    "not decoded",
                    code="image",
                )
                failed.append(exc)
                if warnings is not None:
                    warnings.append(_page_failed(name, number, exc))
                continue
            width, height = page.get_size()  # in points (1/72 inch)
            dpi = _fitting_dpi(_DPI, width / 72, height / 72)
            if dpi < _DPI and warnings is not None:
                pixels = width * height * (_DPI / 72) ** 2
                warnings.append(_downscaled(name, number, pixels, _DPI, dpi))
            scale = dpi / 72
            gray = np.asarray(page.render(scale=scale, grayscale=True).to_pil().convert("L"))
            gray = _levelled(_stretched(gray))
            page.close()
            lost: list[UnreadableDocument] = []
            try:
                out.append(_page_content(gray, number, scale, lost))
                if lost and warnings is not None:
                    warnings.append(
                        _page_failed(name, number, lost[0], "the text around its tables")
                    )
            except UnreadableDocument as exc:
                # one page tesseract gives up on (a speckled scan it runs out of time
                # on) is that page's loss, named, not the other pages'
                if exc.code != "ocr":
                    raise
                failed.append(exc)
                if warnings is not None:
                    warnings.append(_page_failed(name, number, exc))
            del gray  # the page's pixels: not kept while the next page renders
        if failed and not out:
            raise failed[0]
        return out
    finally:
        pdf.close()


def _picture_bomb(page: Any) -> int | None:
    """The pixels of the largest picture on ``page`` when over :data:`MAX_PICTURE_PIXELS`.

    Rendering a page decodes its pictures at their own resolution, whatever the
    page's: a 1.2 MB picture declaring 100,000 x 100,000 one-bit pixels took
    1.5 GB (hostile21 p06). The sizes are read from the picture objects, not decoded.
    """
    import pypdfium2.raw as pdfium_c

    largest = 0
    try:
        for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=8):
            width, height = image.get_px_size()
            largest = max(largest, width * height)
    except Exception:  # a picture pdfium cannot size: rendering says what it says
        return None
    return largest if largest > MAX_PICTURE_PIXELS else None


def _page_failed(name: str, number: int, exc: UnreadableDocument, what: str = "") -> str:
    if what:
        return f"read.ocr_failed: {name}: page {number}: {what} left unread: {exc}"
    return f"read.ocr_failed: {name}: page {number} left unread: {exc}"


def picture_grids(
    data: bytes,
    pictures: Sequence[tuple[int, tuple[float, float, float, float]]],
    *,
    read: bool,
    name: str = "input",
    warnings: list[str] | None = None,
) -> list[tuple[int, list[tuple[float, float, float, float]], list[Any]]]:
    """The ruled tables in pictures on pages with a text layer (a table pasted as a
    picture), as ``(page, cell boxes, characters)`` in the page's points; ``pictures``
    are ``(page, box)``. The characters are OCR'd when ``read`` (tesseract is there),
    else none: finding the ruling lines needs only the pixels.

    Each picture's region is rendered at 300 dpi (less for one of more than
    :data:`MAX_PIXELS`, with a warning), with a small margin so that a rule on the
    picture's edge is kept; a grid is kept only when all its cells lie in the
    picture (the margin may show the page's own drawing).
    """
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    out: list[tuple[int, list[tuple[float, float, float, float]], list[Any]]] = []
    try:
        for number, (x0, top, x1, bottom) in pictures:
            checkpoint()  # the document's time bound, once a picture (limits.py)
            page = pdf[number - 1]
            try:
                width, height = page.get_size()
                left, up = max(0.0, x0 - _MARGIN), max(0.0, top - _MARGIN)
                right, down = min(width, x1 + _MARGIN), min(height, bottom + _MARGIN)
                if right - left < 1 or down - up < 1:
                    continue
                dpi = _fitting_dpi(_DPI, (right - left) / 72, (down - up) / 72)
                if dpi < _DPI and warnings is not None:
                    pixels = (right - left) * (down - up) * (_DPI / 72) ** 2
                    warnings.append(_downscaled(name, number, pixels, _DPI, dpi))
                scale = dpi / 72
                bitmap = page.render(
                    scale=scale,
                    grayscale=True,
                    crop=(left, height - down, width - right, up),
                )
                gray = bitmap.to_numpy()
                gray = gray[:, :, 0] if gray.ndim == 3 else gray
            except pypdfium2.PdfiumError:
                continue  # a picture pdfium cannot draw holds nothing we could read
            finally:
                page.close()
            for cells in _cells(_line_ink(gray)):
                boxes = _in_points(cells, scale, (left, up))
                if not all(
                    x0 <= (a + c) / 2 <= x1 and top <= (b + d) / 2 <= bottom for a, b, c, d in boxes
                ):
                    continue
                chars = _grid_chars(gray, cells, scale, (left, up)) if read else []
                out.append((number, boxes, chars))
            del gray  # the picture's pixels: not kept while the next one renders
        return out
    finally:
        pdf.close()


def _fitting_dpi(dpi: float, inches_wide: float, inches_high: float) -> float:
    """``dpi``, or the lower resolution at which a page of this size has at most
    :data:`MAX_PIXELS` pixels."""
    pixels = inches_wide * inches_high * dpi * dpi
    return dpi if pixels <= MAX_PIXELS else int(dpi * math.sqrt(MAX_PIXELS / pixels))


def _downscaled(name: str, number: int, pixels: float, dpi: float, read_at: float) -> str:
    return (
        f"read.ocr_downscaled: {name}: page {number} is {pixels / 1e6:.0f} million pixels "
        f"at {dpi:.0f} dpi (more than {MAX_PIXELS / 1e6:.0f} million): read by OCR at "
        f"{read_at:.0f} dpi, where small print may be lost"
    )


# Resolutions that differ by less than this share are one (rounding in the file).
_SQUARE_TOLERANCE = 0.05


def _square_pixels(frame: Any) -> tuple[float, Any]:
    """``(dpi, gray image)`` of a frame, its pixels made square where the file's two
    resolutions differ: a fax is scanned at 204 x 98 dpi ("normal" mode), its pixels
    twice as tall as wide, and OCR read its squashed glyphs as other characters
    (formats7 j14: 南通市海门区 as 南通市先门区, no table). The frame is stretched along
    the coarser axis to the finer one's resolution."""
    xdpi, ydpi = (frame.info.get("dpi") or (_DPI, _DPI))[:2]
    xdpi, ydpi = float(xdpi or _DPI), float(ydpi or xdpi or _DPI)
    gray = frame.convert("L")
    if abs(xdpi - ydpi) <= _SQUARE_TOLERANCE * max(xdpi, ydpi):
        return xdpi, gray
    width, height = gray.size
    dpi = max(xdpi, ydpi)
    size = (round(width * dpi / xdpi), round(height * dpi / ydpi))
    from PIL import Image

    return dpi, gray.resize(size, Image.Resampling.BICUBIC)


def _raised_by_pillow(exc: BaseException) -> bool:
    """Whether ``exc`` was raised inside Pillow (a verdict on the file), not in our code."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return "PIL" in Path(tb.tb_frame.f_code.co_filename).parts


def read_image(
    data: bytes, *, name: str = "input", max_pages: int = DEFAULT_LIMITS.max_ocr_pages
) -> tuple[str, list[Any], tuple[Any, ...], tuple[str, ...]]:
    """``(text, tables, pages, warnings)`` of a picture of a report page (each frame of a
    TIFF a page, read one at a time; a frame of more than :data:`MAX_PIXELS` is
    reduced to fit, with a warning; the frames after ``max_pages`` named, not read)."""
    if not ocr_available():
        raise UnreadableDocument(
            f"{name}: images are read by OCR; install tesseract with the chi_sim data "
            "(Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim) and "
            "pip install 'govinfo_nlp[ocr]'",
            code="ocr_missing",
        )
    import numpy as np
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from .pdf import _continue_tables, _ocr_page_limit, _write

    warnings: list[str] = []
    contents = []
    try:
        image = Image.open(io.BytesIO(data))
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            checkpoint()  # the document's time bound, once a frame (limits.py)
            if number > max_pages:
                frames = getattr(image, "n_frames", number)
                warnings.append(_ocr_page_limit(name, range(number, frames + 1), max_pages))
                break
            dpi, gray = _square_pixels(frame)
            width, height = gray.size
            if width * height > MAX_PIXELS:
                factor = math.ceil(math.sqrt(width * height / MAX_PIXELS))
                warnings.append(_downscaled(name, number, width * height, dpi, dpi / factor))
                gray, dpi = gray.reduce(factor), dpi / factor
            contents.append(
                _page_content(_levelled(_stretched(np.asarray(gray))), number, dpi / 72)
            )
            del gray  # the frame's pixels: not kept while the next frame is read
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise UnreadableDocument(f"{name}: not a readable image: {exc}", code="image") from exc
    except ValueError as exc:
        # Pillow's own guards raise ValueError too: a PNG text chunk or ICC profile
        # inflating past its bound ("Decompressed data too large for
        # PngImagePlugin.MAX_TEXT_CHUNK") was a parse.failed row (hostile22 h08)
        if not _raised_by_pillow(exc):
            raise
        raise UnreadableDocument(f"{name}: not a readable image: {exc}", code="image") from exc
    _continue_tables(contents)
    text, tables, pages = _write(contents)
    return text, tables, pages, tuple(warnings)
