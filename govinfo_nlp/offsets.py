"""A per-character map of offsets, stored as runs of one shift.

Normalisation keeps, for every character of the normalised text, where it
came from in the input. Such a map is the identity plus a shift that changes
only where a character was dropped, a tag was skipped or a phrase changed
length: a text file has one run, an HTML page a few per element. One int per
character was most of a big document's memory; a run is two.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

import numpy as np

__all__ = ["Offsets", "span_of"]


class Offsets(Sequence[int]):
    """``values[i] == i + shift`` of the run holding ``i``: run k begins at
    ``starts[k]`` (the first is 0) and has ``shifts[k]``.

    >>> m = Offsets.of([0, 1, 2, 7, 8])
    >>> list(m), m[3], len(m)
    ([0, 1, 2, 7, 8], 7, 5)
    """

    __slots__ = ("_length", "_shifts", "_starts")

    def __init__(self, starts: array[int], shifts: array[int], length: int) -> None:
        self._starts = starts
        self._shifts = shifts
        self._length = length

    @classmethod
    def of(cls, values: Any) -> Offsets:
        """The runs of a sequence of ints (a numpy vector or anything numpy reads)."""
        values = np.asarray(values)
        if values.dtype.kind not in "iu":
            values = values.astype(np.int64)
        shift = values - np.arange(len(values), dtype=values.dtype)
        at = np.flatnonzero(shift[1:] != shift[:-1])
        at += 1
        starts = np.concatenate([np.zeros(min(1, len(values)), dtype=np.int64), at])
        return cls(_array(starts), _array(shift[starts]), len(values))

    @classmethod
    def shifted(cls, length: int, shift: int) -> Offsets:
        """``i + shift`` for every ``i < length``: one run (or none)."""
        runs = min(1, length)
        code = "i" if -(2**31) <= shift < 2**31 else "q"
        return cls(array(code, [0] * runs), array(code, [shift] * runs), length)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> list[int]: ...
    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset index out of range")
        return i + self._shifts[bisect_right(self._starts, i) - 1]

    def __iter__(self) -> Iterator[int]:
        return iter(self.to_numpy().tolist())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return (self._length, self._starts, self._shifts) == (
                other._length,
                other._starts,
                other._shifts,
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Offsets({len(self)} offsets in {len(self._starts)} runs)"

    @property
    def runs(self) -> int:
        return len(self._starts)

    def to_numpy(self) -> Any:
        """Every offset, one int64 per character."""
        lengths = np.diff(np.append(np.asarray(self._starts, dtype=np.int64), self._length))
        out = np.repeat(np.asarray(self._shifts, dtype=np.int64), lengths)
        out += np.arange(self._length, dtype=np.int64)
        return out

    def keep(self, spans: Iterable[tuple[int, int]]) -> Offsets:
        """The offsets of the characters in ``spans`` (sorted, disjoint ``(start, end)``),
        end to end: the map of a text with everything else cut out."""
        if len(self._starts) > _FEW_RUNS:
            return self._keep_runs(spans)
        starts: list[int] = []
        shifts: list[int] = []
        at = 0  # where the span begins in the result
        for s, e in spans:
            if e <= s:
                continue
            # the runs that overlap [s, e), the first one cut at s
            k = bisect_right(self._starts, s) - 1
            last = bisect_right(self._starts, e - 1)
            for j in range(k, last):
                begin = max(self._starts[j], s)
                shift = self._shifts[j] + s - at
                if shifts and shifts[-1] == shift:
                    continue  # the same run goes on (nothing was cut between)
                starts.append(begin - s + at)
                shifts.append(shift)
            at += e - s
        return Offsets(_array(starts), _array(shifts), at)

    def _keep_runs(self, spans: Iterable[tuple[int, int]]) -> Offsets:
        """:meth:`keep`, its loop over the runs in numpy (an HTML page has a few runs
        an element, hundreds to thousands, and keep is called on every page whose
        chrome is cut): the same runs."""
        kept = np.array([(s, e) for s, e in spans if e > s], dtype=np.int64).reshape(-1, 2)
        s, e = kept[:, 0], kept[:, 1]
        run_starts = np.frombuffer(self._starts, dtype=_DTYPES[self._starts.typecode])
        run_shifts = np.frombuffer(self._shifts, dtype=_DTYPES[self._shifts.typecode])
        lengths = e - s
        at = np.cumsum(lengths) - lengths  # where each span begins in the result
        # the runs that overlap each span [s, e), the first one cut at s
        first = np.searchsorted(run_starts, s, side="right") - 1
        count = np.searchsorted(run_starts, e - 1, side="right") - first
        span = np.repeat(np.arange(len(s)), count)
        run = np.arange(int(count.sum()), dtype=np.int64) + np.repeat(
            first - (np.cumsum(count) - count), count
        )
        shift = run_shifts[run] + (s - at)[span]
        begin = np.maximum(run_starts[run], s[span]) + (at - s)[span]
        # a run whose shift is the one before's goes on (nothing was cut between)
        new = np.ones(len(shift), dtype=bool)
        new[1:] = shift[1:] != shift[:-1]
        return Offsets(_array(begin[new]), _array(shift[new]), int(lengths.sum()))


# Up to this many runs (a text file has one) keep's loop is cheaper than numpy's set-up.
_FEW_RUNS = 32
_DTYPES = {"i": np.int32, "q": np.int64}


def span_of(starts: Offsets, ends: Offsets, start: int, end: int) -> tuple[int, int]:
    """``(starts[start], ends[end - 1])`` for ``0 <= start < end <= len(starts)``,
    unchecked: every span mapped back is looked up (~100 a report), in one call."""
    return (
        start + starts._shifts[bisect_right(starts._starts, start) - 1],
        end - 1 + ends._shifts[bisect_right(ends._starts, end - 1) - 1],
    )


def _array(values: Any) -> array[int]:
    """Ints as array("i") when they fit in 4 bytes, else "q": a run is two ints in C,
    not two objects (a page with a tag around every character has a run a character)."""
    values = np.asarray(values, dtype=np.int64)
    small = not len(values) or (values.min() >= -(2**31) and values.max() < 2**31)
    out = array("i" if small else "q")
    out.frombytes(np.ascontiguousarray(values, dtype=np.int32 if small else np.int64).tobytes())
    return out
