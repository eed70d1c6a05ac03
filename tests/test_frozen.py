"""frozen.builder: the object its function builds is the one the dataclass builds."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_nlp.frozen import builder


@dataclasses.dataclass(frozen=True, slots=True)
class _Pair:
    name: str
    count: int | None
    parts: tuple[str, ...] = ()


_build = builder(_Pair)


@given(st.text(), st.none() | st.integers(), st.lists(st.text()).map(tuple))
def test_a_built_object_is_the_dataclass_one(name: str, count: int | None, parts: tuple) -> None:
    made = _Pair(name, count, parts)
    for built in (_build(name, count, parts), _build(parts=parts, count=count, name=name)):
        assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
        assert type(built) is _Pair
        with pytest.raises(dataclasses.FrozenInstanceError):
            built.name = "x"  # type: ignore[misc]


def test_every_field_is_needed_and_only_dataclasses_with_slots_are_built() -> None:
    with pytest.raises(TypeError):
        _build("a", 1)  # the default is not applied: every field is given
    with pytest.raises(TypeError):
        builder(dataclasses.make_dataclass("NoSlots", ["a"], frozen=True))
    with pytest.raises(TypeError):
        builder(int)
