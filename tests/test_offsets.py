"""The offset map stored as runs gives every offset a per-character list gives."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.offsets import Offsets

# runs of +1 steps, jumps (a skipped tag), repeats (an entity's characters) and drops
_STEPS = st.lists(st.sampled_from([1, 1, 1, 1, 0, 2, 7, -3]), max_size=60)


def _values(first: int, steps: list[int]) -> list[int]:
    return [int(v) for v in np.cumsum([first, *steps])] if steps or first else []


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 50), _STEPS, st.data())
def test_runs_give_every_offset(first: int, steps: list[int], data: st.DataObject) -> None:
    values = _values(first, steps)
    m = Offsets.of(np.array(values, dtype=np.int32))
    assert len(m) == len(values)
    assert list(m) == values
    assert [m[i] for i in range(len(values))] == values
    assert m.to_numpy().tolist() == values
    if values:
        i = data.draw(st.integers(-len(values), len(values) - 1))
        assert m[i] == values[i]
        a = data.draw(st.integers(0, len(values)))
        b = data.draw(st.integers(a, len(values)))
        assert m[a:b] == values[a:b]
    for bad in (len(values), -len(values) - 1):
        with pytest.raises(IndexError):
            m[bad]
    # a run per change of shift, none more: the identity is one run
    assert m.runs == len({0} | {k for k in range(1, len(values)) if steps[k - 1] != 1}) * bool(
        values
    )


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 50), _STEPS, st.data())
def test_keep_is_the_kept_slices_end_to_end(
    first: int, steps: list[int], data: st.DataObject
) -> None:
    values = _values(first, steps)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(values)), max_size=6)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    kept = Offsets.of(values).keep(spans)
    want = [v for s, e in spans for v in values[s:e]]
    assert list(kept) == want
    # the same map as one built from the kept offsets (runs merged where they join)
    assert kept == Offsets.of(want)


@given(st.integers(0, 40), st.integers(-3, 3))
def test_a_shift_is_one_run(length: int, shift: int) -> None:
    assert Offsets.shifted(length, shift) == Offsets.of([i + shift for i in range(length)])
    assert list(Offsets.shifted(length, shift)) == [i + shift for i in range(length)]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 50), _STEPS, st.data())
def test_keep_in_numpy_is_keep(first: int, steps: list[int], data: st.DataObject) -> None:
    # a map of many runs (an HTML page's) is cut in numpy: the same runs as the loop's
    values = _values(first, steps)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(values)), max_size=6)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    m = Offsets.of(values)
    kept = m._keep_runs(spans)
    assert list(kept) == [v for s, e in spans for v in values[s:e]]
    assert kept == Offsets.of([v for s, e in spans for v in values[s:e]])
