"""Fast reader: the common layouts, read without building the general reader's state.

Most reports draw the tables one row per line (a ``|``-, tab- or
Markdown-separated text, or an HTML table): a row's label, then its cells;
or one cell per line, where a gap (a blank line, a lone pipe) may stand for
an empty cell (:func:`.grid.gap_cells`).
For those, the general reader (:mod:`.grid` → :mod:`.rows` → :mod:`.columns`)
spends most of its time building objects it needs only for the other layouts
(an :class:`~.grid.Item` per cell, a :class:`~.reading.RowRead` per row, the
duplicate and prose bookkeeping). This module takes the same decisions, in the
same order, on the cells as the layout gives them, and hands the alignment the
same :class:`~.columns.Observed`.

It is a fast path, not a second reader: it follows the general one step by step
and **declines** (returns ``None``, and the general reader runs) wherever that
one would do something this one does not repeat: a gap's empty cell (a blank
line, a lone pipe) on a table 三 label line of a text whose rows may sit on a
grid (the cell has no column there), a label wrapped over
two cells, a row read twice or only in the prose, a table 四 its header may not
describe (drawn per group, transposed) or whose numbers sit right under its
heading. A declined document costs only the attempt. ``tests/test_tables_fast.py``
pins the two readers to each other on generated reports and checks that
these deviations decline; ``tests/test_tables_fast_redteam.py`` on damaged ones.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from typing import Any, cast

from ..limits import checkpoint
from ..schema import T3_COLUMNS
from .align import CountSlots, RowObs, Slot, new_slot, row_obs
from .columns import Observed, _fields, no_cells_warning, t3_grid_of
from .decide import choose_template
from .grid import (
    BLANK_CELL,
    Item,
    Layout,
    cell_lines,
    gap_cells,
)
from .headers import (
    CTX_NONE,
    CTX_T3,
    CTX_T3_AFTER_OH,
    cell_info,
    is_stop,
    t2_columns,
    t3_header_order,
    t4_header_line,
    t4_order,
)
from .reading import Zones, ends_row, placed_by_position
from .table4 import (
    CELLS,
    MAX_LABELS,
    PARTIAL_HEADER,
    READ,
    SKIP,
    T4_STANDARD,
    UNREAD,
    header_plan,
    past_column_numbers,
    wrapped_problem,
)
from .templates import compact, row_matcher
from .values import CellNumber, Unknown, parse_cell

__all__ = ["read_items_fast", "read_text_fast"]

# A cell as the layout gives it: (kind, text, start, end, ...), its column at
# index ``col`` (4 for the cached cells of a text line, 5 for an Item).
Cell = Sequence[Any]
# In a text line a cell's column is its place in the line.
_TEXT_COL = 4
# Lines of more cells are not memoised (hostile input: 1024 keys of this size stay small).
_MEMO_CELLS = 64
_KIND_LETTER = {"text": "t", "value": "v", "empty": "e"}
_KIND, _TEXT = itemgetter(0), itemgetter(1)


class _Cells:
    """The document's cells in reading order, flat: ``cells[i]`` lies on line
    ``line[i]``, its offsets relative to where that line starts (``starts``);
    ``kinds`` has one letter (t, v, e) per cell, searched with str.find as the
    general reader does.

    Lines never go back in reading order, so a line's cells are found by
    bisecting ``line``: no per-cell list of offsets nor per-line dict is kept
    (a page holds hundreds of cells, and these were a tenth of the stage's peak memory).
    """

    __slots__ = ("cells", "col", "kinds", "line", "n", "starts")

    def __init__(self, cells: list[Cell], line: list[int], starts: Sequence[int], col: int) -> None:
        self.cells, self.line, self.starts, self.col = cells, line, starts, col
        self.kinds = "".join(map(_KIND_LETTER.__getitem__, map(_KIND, cells)))
        self.n = len(cells)

    def start(self, i: int) -> int:
        return self.starts[self.line[i]] + int(self.cells[i][2])

    def span(self, line: int) -> tuple[int, int]:
        """(first, end) of the cells of ``line``; an empty range for a line without cells."""
        first = bisect_left(self.line, line)
        return first, bisect_right(self.line, line, first)

    def row(
        self, key: str, fields: tuple[str, ...], indices: Sequence[int], trailing: int
    ) -> RowObs:
        """The row as the alignment sees it, its cells as :func:`.columns._slot` makes
        them; a row of counts without a unit as :class:`~.align.CountSlots` (the common
        row, read without a loop in Python)."""
        cells, line, starts = self.cells, self.line, self.starts
        if len(indices) > 1:
            # (the row's kinds, cells and lines each taken in one call in C: a getter
            # of several items gives a tuple of them)
            get = itemgetter(*indices)
            if get(self.kinds).count("v") == len(indices):
                found = get(cells)
                numbers = list(map(_count, map(_TEXT, found)))
                if None not in numbers:
                    counts = cast("list[int | float]", numbers)
                    slots = CountSlots(counts, found, get(line), starts)
                    return row_obs(key, fields, slots, trailing, True)
        out: list[Slot] = []
        plain = True
        for i in indices:
            cell = cells[i]
            text = cell[1]
            base = starts[line[i]]
            method = "read"
            if cell[0] == "value":
                value, unit = _number(text)
                plain = plain and value is not None and unit is None
                if value is None and isinstance(parse_cell(text), Unknown):
                    method = "unknown"  # (see columns._slot)
            else:
                value = unit = None
                plain = False
            out.append(
                new_slot((value, text, base + cell[2], base + cell[3], unit, False, method, True))
            )
        return row_obs(key, fields, tuple(out), trailing, plain)


# Value cells repeat ("0", "12", "/"): each spelling is read once.
@lru_cache(maxsize=8192)
def _count(text: str) -> int | float | None:
    """The number of a value cell that is a count without a unit, else ``None``."""
    value, unit = _number(text)
    return value if unit is None else None


@lru_cache(maxsize=8192)
def _number(text: str) -> tuple[int | float | None, str | None]:
    """The number and unit of a value cell; (None, None) for an absent marker."""
    parsed = parse_cell(text)
    if isinstance(parsed, CellNumber):
        return parsed.value, parsed.unit
    return None, None


def read_text_fast(layout: Layout, where: Zones, year: int | None) -> Observed | None:
    """:class:`Observed` of a text whose tables give one cell per layout cell, else ``None``.

    That is, the cells :func:`.grid.items_from_text` reads the text (laid out as
    ``layout``) into: each line's cells, after the empty cells a gap (blank
    lines, lone pipes) stands for in the layouts where it does.
    """
    page, zones, blank_cells = layout
    if not zones:
        return None
    positional = zones[0][3] == "rows"
    cells: list[Cell] = []
    line: list[int] = []
    line_cells = page.cells
    # The lines a gap's empty cells were put on (before the line's own cells): a
    # gap's cell has no column in the line, where a cell's place is its column.
    gap_lines: set[int] = set()
    for lo, hi, _, style in zones:
        checkpoint()  # the document's time bound, once a stretch of the page (limits.py)
        plain_blanks = blank_cells and style == "plain"
        gaps = gap_cells(page, lo, hi, style, plain_blanks)
        if gaps and positional:
            gap_lines.update(gaps)
        empty = ("empty", BLANK_CELL if plain_blanks else "")
        # The lines' cells as grid._segment_items gives them.
        lines = cell_lines(page, lo, hi)
        if not gaps:
            # (the common zone: each line's cells as they are, taken in C)
            found_all = list(map(line_cells.__getitem__, lines))
            cells.extend(chain.from_iterable(found_all))
            line.extend(chain.from_iterable(map(repeat, lines, map(len, found_all))))
            continue
        for k in lines:
            found = line_cells[k]
            first = len(cells)
            if k in gaps:
                at = found[0][2]
                cells.extend([(*empty, at, at, -1)] * gaps[k])
            cells.extend(found)
            line.extend([k] * (len(cells) - first))
    c = _Cells(cells, line, page.starts, _TEXT_COL)
    return _read(c, where, year, False, positional, frozenset(gap_lines))


def read_items_fast(items: Sequence[Item], where: Zones, year: int | None) -> Observed | None:
    """:class:`Observed` of HTML table cells (explicit cells, grid columns), else ``None``."""
    cells: list[Cell] = list(items)
    line = list(map(itemgetter(4), cells))
    starts = [0] * (line[-1] + 1 if line else 0)  # (an HTML cell's offsets are its own)
    return _read(_Cells(cells, line, starts, 5), where, year, True, True)


class _Row:
    """A row label and its cells (indices into the flat cells), as :class:`~.reading.RowRead`."""

    __slots__ = ("columns", "index", "key", "slots", "trailing", "units")

    def __init__(
        self,
        key: str,
        index: int,
        slots: list[int],
        trailing: list[int],
        columns: tuple[str, ...] = (),
        units: dict[str, str] | None = None,
    ) -> None:
        self.key, self.index, self.slots, self.trailing = key, index, slots, trailing
        self.columns, self.units = columns, units if units is not None else {}


def _texts(c: _Cells, row: _Row) -> list[str]:
    """The texts of a row's cells (two copies of table 四 agree when these do)."""
    return [c.cells[k][1] for k in row.slots]


def _collect(c: _Cells, i: int) -> tuple[list[int], list[int], int]:
    """:func:`.reading.collect` over indices: (slots, trailing empties, next)."""
    kinds, n = c.kinds, c.n
    slots: list[int] = []
    skipped = 0
    j = i + 1
    while j < n:
        text = kinds.find("t", j)
        if text < 0:
            slots.extend(range(j, n))
            j = n
            break
        slots.extend(range(j, text))
        if ends_row(kinds, i, text, c.cells[text][1], skipped):
            j = text
            break
        skipped += 1
        j = text + 1
    cut = len(slots)
    while cut and kinds[slots[cut - 1]] == "e":
        cut -= 1
    return slots[:cut], slots[cut:], j


def _wraps(c: _Cells, i: int, match: Callable[[str], str | None]) -> bool:
    """Whether :func:`.rows._wrapped_label` would join the text at ``i`` with the next one."""
    head = c.cells[i][1]
    if len(head) > 40 or i + 1 >= c.n:
        return False
    j = i + 1
    if c.kinds[j] != "t":
        j = c.kinds.find("t", j)
        if j < 0 or c.line[j] == c.line[j - 1]:
            return False
    tail = c.cells[j][1]
    # (the tests of the layout first: a text new to the process costs is_stop a
    # dozen pattern searches, and most texts are decided by where the next one is)
    if len(tail) > 20 or is_stop(head) or is_stop(tail):
        return False
    return match(head + tail) is not None


def _read(
    c: _Cells,
    where: Zones,
    year: int | None,
    explicit: bool,
    positional: bool,
    gap_lines: frozenset[int] = frozenset(),
) -> Observed | None:
    """The general reader's steps (rows.read_rows, decide, columns.observations) on ``c``;
    ``gap_lines`` (positional text) the lines holding a gap's empty cells."""
    cells, kinds, n = c.cells, c.kinds, c.n
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    t3_started = t3_done = after_oh = t2_seen = False
    t2_header: list[str] = []
    t2_units: dict[str, str] = {}
    header_at: dict[str, int | None] = {"t2": None, "t3": None}
    rows: dict[str, _Row] = {}
    placed: set[str] = set()
    t4: _Row | None = None
    warnings: list[str] = []
    i = kinds.find("t")
    while 0 <= i < n:
        if kinds[i] != "t":
            i = kinds.find("t", i)
            if i < 0:
                break
        checkpoint()  # the document's time bound, once a row label (limits.py)
        text = cells[i][1]
        if t3_started and not t3_done:
            context = CTX_T3_AFTER_OH if after_oh else CTX_T3
        else:
            context = CTX_NONE
        match = row_matcher(context)
        row = match(text)
        if row is None:
            if len(text) <= 40 and _wraps(c, i, match):  # (its first test, inlined)
                return None
            info = cell_info(text)
            for tpl, is_strong in info.votes:
                (strong if is_strong else weak)[tpl] += 1
            if not t3_started:
                if info.opens_t2:
                    t2_header, t2_units = [], {}
                    t2_seen = True
                    header_at["t2"] = where.at(c.start(i))
                if info.header_cols:
                    t2_header.extend(info.header_cols)
                    if info.amount_unit is not None:
                        t2_units["amount"] = info.amount_unit
            if info.opens_t3:
                header_at["t3"] = where.at(c.start(i))
            if (t3_done or not t3_started) and info.t4_head:
                in_prose = where.rank("t4", c.start(i), None) == 0
                read4 = _read_t4(c, i, warnings, full_header=in_prose)
                if read4 is None:
                    return None
                again, i = read4
                if t4 is None:
                    t4 = again
                    if t4 is not None:
                        t3_done = True
                elif again is not None and _texts(c, again) != _texts(c, t4):
                    # a second copy of table 四 with other cells: the general reader weighs
                    # every copy (rows._t4_of: by title or notice, else none). Taking the
                    # first put last year's table 四 printed before this year's into the
                    # row (session 30: two untitled copies, 2 stale cells).
                    return None
                continue
            if t4 is None and info.t4_heading and i + 1 < n and kinds[i + 1] == "v":
                return None  # table 四's numbers right under its heading
            i += 1
            continue
        slots, trailing, nxt = _collect(c, i)
        in_table = t3_started if row.startswith("t3.") else t2_seen
        if not slots and not in_table:
            i += 1  # a label mentioned outside any table
            continue
        table = row[:2]
        rank = where.rank(table, c.start(i), header_at[table])
        if rank == 0 or row in rows:
            return None  # a row only in prose, or read twice: decided by choose_rows
        if row.startswith("t3."):
            t3_started = True
            if row.startswith("t3.other_handling"):
                after_oh = True
        else:
            t2_seen = True
        if row.startswith("t2."):
            rows[row] = _Row(row, i, slots, trailing, t2_columns(row, t2_header), dict(t2_units))
        else:
            rows[row] = _Row(row, i, slots, trailing)
        if placed_by_position(kinds, i, nxt, c.line.__getitem__, lambda k: cells[k][1], match):
            placed.add(row)
        if row == "t3.carried_out":
            t3_done = True
        i = max(nxt, i + 1)
    if not rows and t4 is None:
        return Observed("", [], [], [], [], [], {})  # nothing found (the caller says why)
    for field_id in ("t2.other_services", "t2.procurement"):
        if field_id in rows:
            weak["2019"] += 1
    t3_order_ = tuple(T3_COLUMNS)
    header: list[int] = []
    t3_first = min((r.index for k, r in rows.items() if k.startswith("t3.")), default=-1)
    if t3_first >= 0:
        t3_order_ = _t3_header(c, t3_first, rows, warnings, header)
    template, template_warnings = choose_template(
        strong, weak, {k: bool(r.slots) for k, r in rows.items()}, year
    )
    if gap_lines and any(
        c.line[r.index] in gap_lines for k, r in rows.items() if k.startswith("t3.")
    ):
        # A table 三 row on a line a gap's empty cells were put on: its cells' places in
        # the line are not their columns (the general reader reads their columns).
        # Elsewhere such a cell is read as the general reader reads it: the grid is
        # worked out, and placed on, table 三's label lines only (their widths count
        # the gap's cells in both readers).
        return None
    observed = _observations(c, rows, t4, template, t3_order_, header, explicit, positional)
    if observed is None:
        return None
    t2, t3, t4_obs, obs_warnings, empty_rows = observed
    return Observed(
        template,
        warnings + template_warnings + obs_warnings,
        t2,
        t3,
        t4_obs,
        empty_rows,
        {k: r.units for k, r in rows.items()},
        frozenset(placed),
    )


def _read_t4(
    c: _Cells, i: int, warnings: list[str], *, full_header: bool = False
) -> tuple[_Row | None, int] | None:
    """:func:`.table4.read_t4` when its header is one: it names the columns, or it
    has more cells than a row of table 四 drawn as rows has labels (the standard
    order is then assumed); ``None`` otherwise (declined)."""
    kinds, cells = c.kinds, c.cells
    texts: list[str] = []
    lines: dict[int, list[str]] = {}
    long = False
    j = i
    while j < c.n and kinds[j] != "v":
        if kinds[j] == "t":
            text = cells[j][1]
            if len(texts) > 40:
                return None, i + 1
            if len(compact(text)) > 40:
                if not t4_header_line(text):
                    return None, i + 1
                long = True
            texts.append(text)
            lines.setdefault(c.line[j], []).append(text)
        j += 1
    if j >= c.n:
        return None, i + 1
    plan = header_plan(["".join(line) for line in lines.values()], long=long)
    if plan == SKIP or (plan == UNREAD and full_header):
        return None, i + 1
    if plan == UNREAD:
        return None  # found, not read: the general reader says so (table4._read_wrapped)
    order, partial = t4_order("|".join(texts)) if plan == CELLS else (None, True)
    if plan == READ:
        order = T4_STANDARD
    if order is None and (full_header or long):
        return None, i + 1
    if order is None:
        if len(texts) <= MAX_LABELS:
            return None  # maybe drawn per group or transposed (table4._t4_rows)
        order = T4_STANDARD
        if partial:
            warnings.append(PARTIAL_HEADER)
    j = past_column_numbers(c.n, kinds.__getitem__, lambda k: cells[k][1], c.line.__getitem__, j)
    # Empty cells count only on the values' own line: elsewhere they pad the header.
    k = j - 1
    while k > i and kinds[k] == "e" and c.line[k] == c.line[j]:
        k -= 1
    slots, trailing, nxt = _collect(c, k)
    if plan == READ and wrapped_problem(True, [cells[s][0] for s in slots]) is not None:
        return None  # not 15 numbers under the header: the general reader says so
    return _Row("t4", i, slots, trailing, order), nxt


def _t3_header(
    c: _Cells, first: int, rows: dict[str, _Row], warnings: list[str], header: list[int]
) -> tuple[str, ...]:
    """:func:`.headers.read_t3_header`: table 三's column order; its cells go to ``header``."""
    texts: list[str] = []
    j = first - 1
    while j >= 0 and first - j <= 60 and c.kinds[j] != "v":
        if c.kinds[j] == "t":
            text = c.cells[j][1]
            short = compact(text)
            if len(short) <= 40 and not short.startswith("注"):
                texts.append(text)
                header.append(j)
        j -= 1
    order, found = t3_header_order(
        "|".join(reversed(texts)),
        lambda: Counter(len(r.slots) for k, r in rows.items() if k.startswith("t3.") and r.slots),
    )
    warnings += found
    return tuple(T3_COLUMNS) if order is None else order


class _Lines:
    """The width of each line (as ``Reading.line_width``), on demand."""

    __slots__ = ("_c", "_widths")

    def __init__(self, c: _Cells) -> None:
        self._c = c
        self._widths: dict[int, int] = {}

    def width(self, line: int) -> int:
        """Cells of the line (its grid width), 0 for a line without cells."""
        got = self._widths.get(line)
        if got is None:
            lo, hi = self._c.span(line)
            got = hi - lo
            if got and self._c.col != _TEXT_COL:  # (a text cell's column is its place)
                col = self._c.col
                cells = self._c.cells
                got = max(max(cells[k][col] for k in range(lo, hi)) + 1, got)
            self._widths[line] = got
        return got


def _observations(
    c: _Cells,
    rows: dict[str, _Row],
    t4: _Row | None,
    template: str,
    order: tuple[str, ...],
    header: list[int],
    explicit: bool,
    positional: bool,
) -> tuple[list[RowObs], list[RowObs], list[RowObs], list[str], list[str]] | None:
    """:func:`.columns.observations` of the rows read."""
    cells, line, col, kinds = c.cells, c.line, c.col, c.kinds
    lines = _Lines(c)
    t2: list[RowObs] = []
    t3: list[RowObs] = []
    warnings: list[str] = []
    empty_rows: list[str] = []
    grid = _t3_grid(c, rows, order, header, lines, explicit) if positional else None
    t3_widths: set[int] = set()
    places: tuple[int, ...] = ()
    if grid is not None:
        t3_widths = {lines.width(line[r.index]) for k, r in rows.items() if k.startswith("t3.")}
        places = tuple(grid[name] for name in order)
    for key, read in rows.items():
        fields = _fields(key, read.columns, template, order)
        slots = _with_blank_cells(c, read, len(fields), explicit, lines)
        if grid is not None and key.startswith("t3."):
            on_grid = _by_grid(c, read, places, lines, explicit, t3_widths)
            if on_grid is not None:
                slots = on_grid
            else:
                first = min(grid.values())
                lead = 0
                label_line = line[read.index]
                while (
                    lead < len(slots)
                    and cells[slots[lead]][0] == "empty"
                    and 0 <= cells[slots[lead]][col] < first
                    and line[slots[lead]] == label_line
                ):
                    lead += 1
                slots = slots[lead:]
        if "v" not in "".join(map(kinds.__getitem__, slots)):  # (no value cell: in C)
            is_group_row = key == "t3.other_handling" and any(
                k.startswith("t3.other_handling.") for k in rows
            )
            if not is_group_row and not slots:
                warnings.append(no_cells_warning(key, len(fields)))
                empty_rows.extend(fields)
            if not slots:
                continue
        obs = c.row(key, fields, slots, len(read.trailing))
        (t2 if key.startswith("t2.") else t3).append(obs)
    t4_obs: list[RowObs] = []
    if t4 is not None:
        slots = _with_blank_cells(c, t4, len(t4.columns), explicit, lines)
        t4_obs.append(c.row("t4", t4.columns, slots, len(t4.trailing)))
    return t2, t3, t4_obs, warnings, empty_rows


def _t3_grid(
    c: _Cells,
    rows: dict[str, _Row],
    order: tuple[str, ...],
    header: list[int],
    lines: _Lines,
    explicit: bool,
) -> dict[str, int] | None:
    """:func:`.columns._t3_grid`."""
    line, col, cells, kinds = c.line, c.col, c.cells, c.kinds
    # (the slots follow the label: all on its line when the last one is)
    reads = [
        r
        for k, r in rows.items()
        if k.startswith("t3.") and r.slots and line[r.slots[-1]] == line[r.index]
    ]
    widths = Counter(lines.width(line[r.index]) for r in reads)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    seen: set[int] = set()
    for r in reads:
        if lines.width(line[r.index]) == width:
            first, last = r.slots[0], r.slots[-1]
            if col == _TEXT_COL and last - first < _MEMO_CELLS:
                # (between a read's first and last slot lie only its slots and skipped labels)
                offset = first - c.span(line[r.index])[0]
                seen |= _value_places(kinds[first : last + 1], offset)
            else:
                seen |= {cells[s][col] for s in r.slots if kinds[s] == "v" and cells[s][col] >= 0}
    headers = (
        (cells[h][1], cells[h][col]) for h in header if explicit or lines.width(line[h]) == width
    )
    return t3_grid_of(seen, order, headers)


def _by_grid(
    c: _Cells,
    read: _Row,
    places: tuple[int, ...],
    lines: _Lines,
    explicit: bool,
    t3_widths: set[int],
) -> list[int] | None:
    """:func:`.columns._by_grid`; ``places`` holds the grid's column of each field in order."""
    row_line = c.line[read.index]
    # (the slots follow the label: all on its line when the last one is)
    if not read.slots or c.line[read.slots[-1]] != row_line:
        return None
    width = lines.width(row_line)
    if width != max(places) + 1 and width not in t3_widths:
        return None
    lo, hi = c.span(row_line)
    label = read.index - lo
    long = hi - lo > _MEMO_CELLS
    if explicit:
        cols = tuple(map(itemgetter(c.col), c.cells[lo:hi]))
        find = _explicit_places.__wrapped__ if long else _explicit_places
        got = find(c.kinds[lo:hi], cols, label, places)
    else:
        got = (_text_places.__wrapped__ if long else _text_places)(c.kinds[lo:hi], label, places)
    return None if got is None else [lo + k for k in got]


@lru_cache(maxsize=1024)
def _value_places(kinds: str, offset: int) -> frozenset[int]:
    """Places in a text line of the values among cells ``kinds`` starting at ``offset``."""
    return frozenset(offset + k for k, kind in enumerate(kinds) if kind == "v")


# Rows of a table share a few shapes (label, seven values, padding), within a
# report and across reports: where the grid's columns are in a row is worked
# out once per shape of line.
@lru_cache(maxsize=1024)
def _explicit_places(
    kinds: str, cols: tuple[int, ...], label: int, places: tuple[int, ...]
) -> tuple[int, ...] | None:
    """:func:`_by_grid` over explicit cells (HTML): ``kinds`` and grid ``cols`` of the
    line's cells, the label's place among them; the places of the fields' cells."""
    grid = set(places)
    at: dict[int, int] = {}
    for k, (kind, col) in enumerate(zip(kinds, cols, strict=True)):
        if col >= 0:
            at[col] = k
        if kind == "v" and col not in grid:
            return None
    if kinds.rfind("t") != label or cols[label] >= min(grid):
        return None
    out = tuple(at.get(p, -1) for p in places)
    if any(k < 0 or kinds[k] == "t" for k in out):
        return None
    return out


@lru_cache(maxsize=1024)
def _text_places(kinds: str, label: int, places: tuple[int, ...]) -> tuple[int, ...] | None:
    """:func:`_by_grid` over a text line: a cell's column is its place, and (the
    column differing) no two cells are equal, so each is found at its own place."""
    grid = set(places)
    if kinds.rfind("t") != label or label >= min(grid):
        return None
    if any(kind == "v" and k not in grid for k, kind in enumerate(kinds)):
        return None
    if any(p >= len(kinds) or kinds[p] == "t" for p in places):
        return None
    # Empty cells after the line's last filled cell may be padding (see columns._by_grid).
    last_filled = max(kinds.rfind("t"), kinds.rfind("v"))
    if any(kinds[p] == "e" and p > last_filled for p in places):
        return None
    return places


def _with_blank_cells(
    c: _Cells, read: _Row, n_cols: int, explicit: bool, lines: _Lines
) -> list[int]:
    """:func:`.columns._with_blank_cells`."""
    slots = list(read.slots)
    need = n_cols - len(slots)
    if need > 0 and len(read.trailing) >= need:
        tail = read.trailing[:need]
        cells, line = c.cells, c.line
        if all(cells[t][1] == BLANK_CELL for t in tail) or (
            explicit
            and slots
            and all(line[t] == line[slots[-1]] for t in tail)
            and lines.width(line[slots[-1]]) >= lines.width(line[slots[-1]] - 1)
        ):
            slots.extend(tail)
    return slots
