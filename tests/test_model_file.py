"""The facts model file read with its coefficient tables straight into arrays:
the very numbers json.loads reads, and json.loads' verdict on any other file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.errors import ModelError
from govinfo_nlp.facts import modelfile
from govinfo_nlp.facts.model import MODEL_FILE, default_model_dir, load_model
from govinfo_nlp.facts.modelfile import read_model_file


def _same(fast: dict[str, Any], plain: dict[str, Any]) -> None:
    """``fast`` is ``plain`` but each task's coef, an array of its very floats
    (bit for bit: -0.0 is not 0.0)."""
    for task in modelfile.TASKS:
        coef = fast[task]["coef"]
        assert isinstance(coef, np.ndarray) and not coef.flags.writeable
        want = np.array(plain[task]["coef"], dtype=np.float64).reshape(
            -1, len(plain[task]["classes"])
        )
        assert coef.shape == want.shape
        assert coef.tobytes() == want.tobytes()
    rest = {k: v for k, v in fast.items()}
    for task in modelfile.TASKS:
        rest[task] = {**fast[task], "coef": plain[task]["coef"]}
    assert rest == plain


def _model(type_coef: Any, scope_coef: Any, **extra: Any) -> dict[str, Any]:
    def task(coef: Any, classes: list[str]) -> dict[str, Any]:
        return {
            "classes": classes,
            "coef": coef,
            "intercept": [0.0] * len(classes),
            "vocabulary": {f"f{i}": i for i in range(len(coef))},
        }

    width_t = len(type_coef[0]) if type_coef else 2
    width_s = len(scope_coef[0]) if scope_coef else 3
    return {
        "meta": extra.pop("meta", {"note": 'a "coef": [[1.0]] in a string'}),
        "name": "test",
        "scope": task(scope_coef, [f"s{i}" for i in range(width_s)]),
        "type": task(type_coef, [f"t{i}" for i in range(width_t)]),
        **extra,
    }


def test_the_shipped_model_reads_as_json_loads_reads_it() -> None:
    directory = default_model_dir()
    if directory is None or not (directory / MODEL_FILE).is_file():
        pytest.skip("facts model not built")
    path = directory / MODEL_FILE
    _same(read_model_file(path), json.loads(path.read_text(encoding="utf-8")))


_FLOATS = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [0.0, -0.0, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1e-7]
)


def _table(width: int) -> Any:
    return st.lists(st.lists(_FLOATS, min_size=width, max_size=width), max_size=6)


@settings(max_examples=60, deadline=None)
@given(
    type_coef=st.integers(1, 4).flatmap(_table),
    scope_coef=st.integers(1, 3).flatmap(_table),
    indent=st.sampled_from([None, 1, "\t"]),
    block=st.sampled_from([1, 7, 1 << 18]),
)
def test_tables_read_as_their_floats(
    tmp_path_factory: pytest.TempPathFactory,
    type_coef: list[list[float]],
    scope_coef: list[list[float]],
    indent: Any,
    block: int,
) -> None:
    """Any finite floats, written as training writes them or indented, read back
    bit for bit; in blocks of whole rows however small (numpy parses a block at once)."""
    raw = _model(type_coef, scope_coef)
    if not type_coef:  # (a width the empty table cannot show)
        raw["type"]["classes"] = ["t0", "t1"]
    if not scope_coef:
        raw["scope"]["classes"] = ["s0", "s1", "s2"]
    path = tmp_path_factory.mktemp("model") / MODEL_FILE
    path.write_text(json.dumps(raw, ensure_ascii=False, sort_keys=True, indent=indent), "utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(modelfile, "_BLOCK", block)
        fast = read_model_file(path)
    _same(fast, json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ('"coef": [[1.0, 2.0], [3.0]]', "ragged"),
        ('"coef": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]', "too wide"),
        ('"coef": [[1.0, 2.0], [3.0, 4.0],]', "trailing comma"),
        ('"coef": [[1.0, 2.0], [3.0, 4.0]', "unclosed"),
        ('"coef": [[1.0, 2.0], [3.0, 1e]]', "bad number"),
        ('"coef": [[1.0, 2.0], [3.0, 04]]', "leading zero"),
        ('"coef": [[1.0, 2.0], [3.0, null]]', "null"),
        ('"coef": [[1.0, 2.0], [3.0, NaN]]', "NaN"),
        ('"coef": [[1.0, 2.0], [3.0, -Infinity]]', "infinity"),
        ('"coef": [1.0, 2.0]', "flat"),
    ],
)
def test_a_table_it_cannot_vouch_for_is_json_loads_verdict(
    tmp_path: Path, text: str, plain: str
) -> None:
    """Anything but a table of JSON numbers of the task's width is read by json.loads
    whole: a broken file is a ModelError as before, never numbers made up."""
    raw = _model([[0.5, 0.25], [0.125, 1.0]], [[1.0, 2.0, 3.0]])
    written = json.dumps(raw, sort_keys=True)
    good = '"coef": [[0.5, 0.25], [0.125, 1.0]]'
    assert written.count(good) == 1
    path = tmp_path / MODEL_FILE
    path.write_text(written.replace(good, text), "utf-8")
    try:
        want: Any = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        want = None
    if want is None:
        with pytest.raises(ValueError):
            read_model_file(path)
    else:
        got = read_model_file(path)
        assert got == want and not isinstance(got["type"]["coef"], np.ndarray), plain
    with pytest.raises(ModelError):
        load_model(tmp_path)


def test_a_coef_table_elsewhere_leaves_the_file_to_json_loads(tmp_path: Path) -> None:
    # a third table (here in meta) is not one the reader can place: all read as json
    raw = _model([[0.5, 0.25]], [[1.0, 2.0, 3.0]], meta={"coef": [[9.0]]})
    path = tmp_path / MODEL_FILE
    path.write_text(json.dumps(raw, sort_keys=True), "utf-8")
    got = read_model_file(path)
    assert got == json.loads(path.read_text(encoding="utf-8"))
    assert got["meta"] == {"coef": [[9.0]]}
    model = load_model(tmp_path)
    assert model is not None and model.type_model.coef.tolist() == [[0.5, 0.25]]


def test_a_read_only_table_becomes_the_models_coefficients_uncopied() -> None:
    """The arrays read are the models' coefficients themselves (no copy at load);
    a writable array a caller still holds is copied (the model's must not change)."""
    from govinfo_nlp.facts.model import LinearModel

    table = np.array([[0.5, -0.25], [1.0, 2.0]])
    table.setflags(write=False)
    linear = LinearModel(("a", "b"), {"x": 0, "y": 1}, table, (0.0, 0.0))
    assert linear.coef is table
    writable = np.array([[0.5, -0.25], [1.0, 2.0]])
    other = LinearModel(("a", "b"), {"x": 0, "y": 1}, writable, (0.0, 0.0))
    assert other.coef is not writable and writable.flags.writeable
    assert not other.coef.flags.writeable and other == linear


def test_a_model_of_another_feature_set_warns_on_load(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # facts-v2's file has no feature_set (its n-grams saw digits): run with the
    # masked features of set 3 its guesses would be off without a word
    from govinfo_nlp.facts.features import FEATURE_SET

    for meta, warned in (({}, True), ({"feature_set": FEATURE_SET}, False)):
        path = tmp_path / str(len(meta)) / MODEL_FILE
        path.parent.mkdir()
        path.write_text(json.dumps(_model([[1.0, 0.0]], [[1.0, 0.0, 0.0]], meta=meta)))
        caplog.clear()
        with caplog.at_level("WARNING", logger="govinfo_nlp.facts.model"):
            assert load_model(path.parent) is not None
        assert any("feature set" in r.getMessage() for r in caplog.records) == warned
