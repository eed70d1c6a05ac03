"""Columns: the fields of each row read, its cells on the table's grid or in
order, and the observations the alignment works on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from ..schema import T2_ROWS, T4_COLUMNS, T4_GROUPS
from .align import RowObs, Slot, new_slot, row_obs
from .grid import BLANK_CELL, CellStyle, Item
from .reading import Reading, RowRead
from .templates import compact, header_words
from .values import CellNumber, Unknown, parse_cell

__all__ = ["Observed", "no_cells_warning", "observations"]


class Observed(NamedTuple):
    """What a reader hands the alignment: the template, each table's rows as
    observed, and what it noticed (both readers give this, see :mod:`.fast`)."""

    template: str
    warnings: list[str]  # the reading's, the template's, then the rows'
    t2: list[RowObs]  # table 二's rows (each aligned on its own)
    t3: list[RowObs]
    t4: list[RowObs]
    empty_rows: list[str]  # fields of rows found with no cell at all
    rows: dict[str, dict[str, str]]  # every row read (reading order) -> its header's units
    # rows whose numbers were given their label by position (reading.placed_by_position)
    placed: frozenset[str] = frozenset()

    @property
    def found(self) -> bool:
        """Whether any row was read (a table 四 read whole counts as one, and one found
        with its cells unread)."""
        return bool(self.rows) or bool(self.t4) or bool(self.empty_rows)


def no_cells_warning(key: str, n_cols: int) -> str:
    return f"tables.short_row: {key} has 0 cells for {n_cols} columns; its cells are left unread"


def _row_fields(read: RowRead, template: str, t3_order: tuple[str, ...]) -> tuple[str, ...]:
    return _fields(read.key, read.columns, template, t3_order)


# A few shapes of row recur in every report: their field ids are built once.
@lru_cache(maxsize=1024)
def _fields(
    key: str, columns: tuple[str, ...], template: str, t3_order: tuple[str, ...]
) -> tuple[str, ...]:
    table, _, row = key.partition(".")
    if table == "t3":
        return tuple(f"{key}.{c}" for c in t3_order)
    cols = columns
    if not cols:
        spec = T2_ROWS[template].get(row) or T2_ROWS["2021" if template == "2019" else "2019"][row]
        cols = spec[1]
    return tuple(f"{key}.{c}" for c in cols)


@lru_cache(maxsize=1)
def _t3_header_column() -> dict[str, str]:
    """Table 三's column each of its header words names (labels.json), on first use."""
    return {w: c for w, c in header_words("t3").items() if not c.startswith("@")}


_LINE = itemgetter(4)  # Item.line


def _t3_grid(reading: Reading, explicit: bool) -> dict[str, int] | None:
    """Grid column of each table 三 column, when the rows share one grid (Markdown, TSV, HTML).

    Read from the positions where values occur in full-width rows, or, when
    a column is blank in every row, from the header cells on lines of the
    same width. ``None`` when the rows do not share a grid (rows rendered
    without placeholders for merged cells, cell-per-line layouts).
    """
    reads = [
        r
        for k, r in reading.rows.items()
        if k.startswith("t3.") and r.slots and all(map(r.label.line.__eq__, map(_LINE, r.slots)))
    ]
    widths = Counter(reading.line_width[r.label.line] for r in reads)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    seen: set[int] = set()
    for r in reads:
        if reading.line_width[r.label.line] == width:
            seen |= {s.col for s in r.slots if s.kind == "value" and s.col >= 0}
    headers = (
        (it.text, it.col)
        for it in reading.t3_header
        if explicit or reading.line_width.get(it.line) == width
    )
    return t3_grid_of(seen, reading.t3_order, headers)


def t3_grid_of(
    seen: set[int], order: Sequence[str], headers: Iterable[tuple[str, int]]
) -> dict[str, int] | None:
    """Grid column of each table 三 column from the places values were seen in, or,
    when some column is blank in every row, from the header cells (text, column) of the
    rows' width; ``None`` when neither places every column once. Shared by both readers.
    """
    if len(seen) == len(order):
        return dict(zip(order, sorted(seen), strict=True))
    if len(seen) > len(order):
        return None
    by_header: dict[str, int] = {}
    for text, place in headers:
        col = _t3_header_column().get(compact(text))
        if col and place >= 0:
            by_header.setdefault(col, place)
    if (
        len(by_header) == len(order)
        and len(set(by_header.values())) == len(order)
        and seen <= set(by_header.values())
    ):
        return by_header
    return None


def _by_grid(
    read: RowRead,
    grid: dict[str, int],
    order: Sequence[str],
    reading: Reading,
    explicit: bool,
    t3_widths: set[int],
) -> list[Item] | None:
    """The row's cells at the grid's columns, if the row sits exactly on that grid.

    In text renderings, empty cells at the end of a line may be padding added
    after a cell was dropped further left, so a row ending in empty cells is
    not trusted to sit on the grid; HTML cells are explicit and are.

    ``t3_widths`` holds the widths of the lines of all table 三 rows.
    """
    line = read.label.line
    if not all(map(line.__eq__, map(_LINE, read.slots))):
        return None
    width = reading.line_width.get(line)
    cols = set(grid.values())
    if width != max(cols) + 1 and width not in t3_widths:
        return None
    line_items = reading.lines[line]
    at = {it.col: it for it in line_items if it.col >= 0}
    texts = [it for it in line_items if it.kind == "text"]
    # The label must be the row's last text cell and sit left of the values
    # (a group label followed by its first sub-row label is not a row).
    if not read.slots or not texts or texts[-1] is not read.label or read.label.col >= min(cols):
        return None
    if any(it.kind == "value" and it.col not in cols for it in line_items):
        return None
    out: list[Item] = []
    for c in order:
        it = at.get(grid[c])
        if it is None or it.kind == "text":
            return None
        out.append(it)
    if not explicit:
        last_filled = max(k for k, it in enumerate(line_items) if it.kind != "empty")
        if any(it.kind == "empty" and line_items.index(it) > last_filled for it in out):
            return None
    return out


def _with_blank_cells(
    read: RowRead, n_cols: int, explicit: bool = False, widths: Mapping[int, int] | None = None
) -> list[Item]:
    """The row's cells, completed by the blank cells after its last value where those are cells.

    In a one-cell-per-line table whose blank lines are empty cells, the
    blank lines right after a short row's last value are its last columns.
    In a structured table (HTML, DOCX, PDF ruling) the blank cells of the
    row's own grid row are cells too: ``<td>&nbsp;</td>`` keeps its column —
    unless the row is narrower than the row above it (``widths``: cells per
    line): then a cell was lost and its blank last cell may be padding.
    """
    slots = list(read.slots)
    need = n_cols - len(slots)
    if need > 0 and len(read.trailing) >= need:
        tail = read.trailing[:need]
        if all(t.text == BLANK_CELL for t in tail) or (
            explicit
            and slots
            and all(t.line == slots[-1].line for t in tail)
            and (widths or {}).get(slots[-1].line, 0) >= (widths or {}).get(slots[-1].line - 1, 0)
        ):
            slots.extend(tail)
    return slots


def _slot(it: Item) -> Slot:
    parsed = parse_cell(it.text) if it.kind == "value" else None
    if isinstance(parsed, CellNumber):
        return new_slot((parsed.value, it.text, it.start, it.end, parsed.unit, False, "read", True))
    # a mark whose value is not known (○, ?): unread, where an absent mark is blank
    method = "unknown" if isinstance(parsed, Unknown) else "read"
    return new_slot((None, it.text, it.start, it.end, None, False, method, True))


def observations(
    reading: Reading, template: str, style: CellStyle, explicit: bool
) -> tuple[list[RowObs], list[RowObs], list[RowObs], list[str], list[str]]:
    t2: list[RowObs] = []
    t3: list[RowObs] = []
    warnings: list[str] = []
    empty_rows: list[str] = []
    fields_of = {k: _row_fields(r, template, reading.t3_order) for k, r in reading.rows.items()}
    positional = style == "rows"
    grid = _t3_grid(reading, explicit) if positional else None
    t3_widths: set[int] = set()
    if grid is not None:
        t3_widths = {
            reading.line_width[r.label.line] for k, r in reading.rows.items() if k.startswith("t3.")
        }
    for key, read in reading.rows.items():
        fields = fields_of[key]
        slots = _with_blank_cells(read, len(fields), explicit, reading.line_width)
        if grid is not None and key.startswith("t3."):
            on_grid = _by_grid(read, grid, reading.t3_order, reading, explicit, t3_widths)
            if on_grid is not None:
                slots = on_grid
            else:
                # Cells left of the grid's first value column pad merged label
                # cells, whatever else went wrong further right.
                first = min(grid.values())
                lead = 0
                while (
                    lead < len(slots)
                    and slots[lead].kind == "empty"
                    and 0 <= slots[lead].col < first
                    and slots[lead].line == read.label.line
                ):
                    lead += 1
                slots = slots[lead:]
        if not any(s.kind == "value" for s in slots):
            is_group_row = key == "t3.other_handling" and any(
                k.startswith("t3.other_handling.") for k in reading.rows
            )
            if not is_group_row and not slots:
                warnings.append(no_cells_warning(key, len(fields)))
                empty_rows.extend(fields)
            if not slots:
                continue
        obs = row_obs(key, fields, tuple(map(_slot, slots)), len(read.trailing), False)
        (t2 if key.startswith("t2.") else t3).append(obs)
    for read in reading.conflicted.values():
        # not blank in the source: SCHEMA §2 lists a field not placed as unread
        empty_rows.extend(_row_fields(read, template, reading.t3_order))
    if reading.t4_unread:
        # table 四 found, its cells not placed (table4._read_wrapped): unread, not blank
        empty_rows.extend(f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS)
    t4: list[RowObs] = []
    for read in reading.t4:
        slots = _with_blank_cells(read, len(read.columns), explicit, reading.line_width)
        cells = tuple(map(_slot, slots))
        t4.append(row_obs(read.key, read.columns, cells, len(read.trailing), False))
    return t2, t3, t4, warnings, empty_rows
