"""Word lists that moved from code to data files (session 17, lists17).

Each test shows that the data file's words are what the code reads (change the
words in a patched loader: the behaviour changes) and that a broken entry is an
error naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from govinfo_nlp.errors import GovinfoError
from govinfo_nlp.facts import rules as fact_rules
from govinfo_nlp.facts import subjects


def _subject(text: str, quantity: str) -> str | None:
    start = text.index(quantity)
    return subjects.subject_of(text, 0, start, start + len(quantity), len(text), None)[0]


@pytest.fixture
def fresh_subject_words() -> Iterator[None]:
    subjects._subject_words.cache_clear()
    yield
    subjects._subject_words.cache_clear()


def _edited_on_load(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, edit: Any) -> None:
    """Make ``module`` read the data file ``name`` through ``edit`` (the parsed JSON,
    changed in place), as if the file held the edited words."""
    real = module.load_json

    def load_json(asked: str) -> Any:
        raw = real(asked)
        if asked == name:
            edit(raw)
        return raw

    monkeypatch.setattr(module, "load_json", load_json)


def _patched_word_lists(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    _edited_on_load(monkeypatch, fact_rules, "facts/data/wordlists.json", edit)


def test_subject_words_come_from_wordlists_json(
    monkeypatch: pytest.MonkeyPatch, fresh_subject_words: None
) -> None:
    assert _subject("全年受理申请共计12件", "12件") == "受理申请"
    assert _subject("组织12场培训", "12场") == "培训"

    def edit(raw: dict[str, Any]) -> None:
        raw["subject_trim_start"]["words"].remove("全年")
        raw["subject_trim_end"]["words"].remove("共计")
        raw["verb_before_count"]["words"].remove("组织")

    _patched_word_lists(monkeypatch, edit)
    subjects._subject_words.cache_clear()
    # 共计 is still cut as 共 then 计 (both listed), 全年 stays
    assert _subject("全年受理申请共计12件", "12件") == "全年受理申请"
    assert _subject("组织12场培训", "12场") == "组织"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(
            lambda raw: raw.pop("verb_before_count"),
            r"wordlists\.json: missing the word list\(s\) \['verb_before_count'\]",
            id="missing",
        ),
        pytest.param(
            lambda raw: raw["subject_trim_end"].update(words="共计"),
            r"wordlists\.json:subject_trim_end: needs 'words'",
            id="not-a-list",
        ),
        pytest.param(
            lambda raw: raw["subject_trim_start"].pop("why"),
            r"wordlists\.json:subject_trim_start: needs 'words' \(non-empty strings\) and a 'why'",
            id="no-why",
        ),
    ],
)
def test_a_broken_subject_list_names_the_file(
    monkeypatch: pytest.MonkeyPatch, fresh_subject_words: None, edit: Any, message: str
) -> None:
    _patched_word_lists(monkeypatch, edit)
    with pytest.raises(GovinfoError, match=message):
        _subject("全年受理申请12件", "12件")


# --- tables/data/values.json: units and absent marks of a value cell ---------------


@pytest.fixture
def fresh_value_words() -> Iterator[None]:
    from govinfo_nlp.tables import values

    def clear() -> None:
        values.value_words.cache_clear()
        values.parse_cell.cache_clear()
        values.is_value_token.cache_clear()

    clear()
    yield
    clear()


def _patched_values(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    from govinfo_nlp.tables import values

    _edited_on_load(monkeypatch, values, "tables/data/values.json", edit)


def test_cell_units_and_absent_marks_come_from_values_json(
    monkeypatch: pytest.MonkeyPatch, fresh_value_words: None
) -> None:
    from govinfo_nlp.tables.grid import _cells
    from govinfo_nlp.tables.headers import cell_info
    from govinfo_nlp.tables.values import Absent, CellNumber, parse_cell, to_wanyuan

    assert parse_cell("3家") == CellNumber(3, "家", "3家")
    assert parse_cell("12個") == CellNumber(12, "个", "12個")
    assert parse_cell("未统计") is None
    assert to_wanyuan(5, "千元") == (0.5, True)
    assert [c[1] for c in _cells("合计 12 件", 0)] == ["合计", "12件"]

    def edit(raw: dict[str, Any]) -> None:
        units = {u["unit"]: u for u in raw["units"]}
        raw["units"].remove(units["家"])
        del units["個"]["simplified"]
        units["千元"]["to_wanyuan"] = "0.2"
        units["件"]["split"] = False
        raw["absent"]["words"].append("未统计")

    _patched_values(monkeypatch, edit)
    parse_cell.cache_clear()
    from govinfo_nlp.tables import values

    values.value_words.cache_clear()
    values.is_value_token.cache_clear()
    cell_info.cache_clear()
    assert parse_cell("3家") is None
    assert parse_cell("12個") == CellNumber(12, "個", "12個")
    assert parse_cell("未统计") == Absent("未统计")
    assert to_wanyuan(5, "千元") == (1, True)
    # 件 apart is a text token now: the cell is no "label value" cell
    assert [c[1] for c in _cells("合计 12 件", 0)] == ["合计 12 件"]


def test_a_header_states_the_units_marked_in_header(
    monkeypatch: pytest.MonkeyPatch, fresh_value_words: None
) -> None:
    from govinfo_nlp.tables.values import value_words

    assert value_words().header_unit.search("采购总金额(单位:千元)")[1] == "千元"  # type: ignore[index]

    def edit(raw: dict[str, Any]) -> None:
        for u in raw["units"]:
            if u["unit"] == "千元":
                u["in_header"] = False

    _patched_values(monkeypatch, edit)
    value_words.cache_clear()
    assert value_words().header_unit.search("采购总金额(单位:千元)") is None
    assert value_words().header_unit.search("采购总金额(万元)")[1] == "万元"  # type: ignore[index]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(
            lambda raw: raw["units"][7].update(to_wanyuan=0.1),
            r"units:7 \(千元\): to_wanyuan must be a decimal number as a string",
            id="factor-not-a-string",
        ),
        pytest.param(
            lambda raw: raw["units"][1].update(simplified="萬圓"),
            r"units \(萬元\): simplified '萬圓' is no other listed unit",
            id="simplified-unknown",
        ),
        pytest.param(
            lambda raw: raw["units"][0].update(spaced=True),
            r"units:0 \(万元\): unknown keys \['spaced'\]",
            id="unknown-key",
        ),
        pytest.param(
            lambda raw: raw["absent"].update(words=["/", "不 适用"]),
            r"absent\.words: must be a list of marks without spaces",
            id="absent-with-space",
        ),
        pytest.param(
            lambda raw: raw.update(zero="零"),
            r"zero: must be a list of words without spaces",
            id="zero-not-a-list",
        ),
        pytest.param(
            lambda raw: raw.update(unknown=["不详", ""]),
            r"unknown: must be a list of marks without spaces",
            id="unknown-empty-mark",
        ),
    ],
)
def test_a_broken_values_entry_names_the_file(
    monkeypatch: pytest.MonkeyPatch, fresh_value_words: None, edit: Any, message: str
) -> None:
    from govinfo_nlp.errors import DataFileError
    from govinfo_nlp.tables.values import value_words

    _patched_values(monkeypatch, edit)
    value_words.cache_clear()
    with pytest.raises(DataFileError, match=r"govinfo_nlp/tables/data/values\.json: invalid"):
        value_words()
    value_words.cache_clear()
    with pytest.raises(DataFileError, match=message):
        value_words()


def test_every_value_ending_is_a_value_last_character(fresh_value_words: None) -> None:
    # the layout code's fast path skips a cell whose last character is not listed:
    # every cell unit and absent mark (in either case, and full-width) must end in one
    from govinfo_nlp.tables.values import may_end_value, parse_cell, value_words

    w = value_words()
    for text in [f"12{u}" for u in w.simplified] + ["n/a", "ｎ／ａ", "＊", "——", "暫無"]:
        assert parse_cell(text) is not None, text
        assert may_end_value(text[-1]), text


# --- facts/data/cues.json enumeration: head / announced -----------------------------


@pytest.fixture(scope="module")
def extractor() -> Any:
    from govinfo_nlp.engine import Engine

    return Engine().extractor


def _inheriting(extractor: Any, text: str) -> dict[str, int | None]:
    from govinfo_nlp.facts.pipeline import prepare

    norm, sections = prepare("一、总体情况\n" + text + "\n")
    cands = extractor.candidates(norm.text, sections, report_year=2022)
    return {c.qty.text: c.inherited_from for c in cands}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        pytest.param(
            "全年受理政府信息公开申请156件。其中，涉及征地拆迁信息的112宗、不动产登记信息的31宗。",
            "112宗",
            id="其中",
        ),
        pytest.param(
            "全年我局共收到2条政府信息公开申请。1条来自政府网站线上申请，1条来自邮寄快递。",
            "1条",
            id="opens-with-its-count",
        ),
    ],
)
def test_the_enumeration_head_comes_from_cues_json(
    monkeypatch: pytest.MonkeyPatch, extractor: Any, text: str, part: str
) -> None:
    from govinfo_nlp.datafiles import load_json

    assert _inheriting(extractor, text)[part] is not None  # the part takes the total's type
    raw = load_json("facts/data/cues.json")
    raw["enumeration"]["head"] = r"^\s*(?:包括)"  # neither 其中 nor an opening count
    monkeypatch.setattr(extractor, "_cues", fact_rules.parse_cues(raw))
    assert _inheriting(extractor, text)[part] is None


def test_the_enumeration_patterns_are_the_files_and_a_bad_one_is_named() -> None:
    from govinfo_nlp.datafiles import load_json
    from govinfo_nlp.errors import RuleFileError
    from govinfo_nlp.facts.stdre import compile_cue

    raw = load_json("facts/data/cues.json")
    cues = fact_rules.parse_cues(raw)
    assert cues.enumeration_head.pattern == compile_cue(raw["enumeration"]["head"]).pattern
    announced = compile_cue(raw["enumeration"]["announced"]).pattern
    assert cues.enumeration_announced.pattern == announced
    raw["enumeration"]["announced"] = "其中|(包括"
    with pytest.raises(RuleFileError, match=r"cues\.json:enumeration\.announced: bad regex"):
        fact_rules.parse_cues(raw)


# --- data/reconcile.json: clause subjects, the review body, units under the agency --


@pytest.fixture
def fresh_reconcile_data() -> Iterator[None]:
    import govinfo_nlp.reconcile as R

    R._data.cache_clear()
    yield
    R._data.cache_clear()


def _reconcile_probe(monkeypatch: pytest.MonkeyPatch, edits: dict[str, Any]) -> list[Any]:
    """What four patterns of reconcile read, built from data/reconcile.json with
    ``edits`` (list -> (kind, items), or (None, None) to remove the list)."""
    import govinfo_nlp.reconcile as R

    def edit(raw: Any) -> None:
        for key, (kind, items) in edits.items():
            if kind is None:
                raw["lists"].pop(key)
            else:
                raw["lists"][key][kind] = items

    # the lists are read where they are built (reconcile/words.py)
    _edited_on_load(monkeypatch, R.words, "data/reconcile.json", edit)
    R._data.cache_clear()  # built on first use: the next use reads the edited lists
    subject = R.CLAUSE_SUBJECT.fullmatch("原区经信局共收到")
    return [
        subject.groupdict() if subject else None,
        bool(R.SUBORDINATE.search("我局所属事业单位受理申请4件")),
        R._PART_VERBS.sub("", "县政府办公室收到"),
        bool(R.APPEALS_ORGAN.search("全年收到行政复议申请120件")),
    ]


@pytest.mark.usefixtures("fresh_reconcile_data")
def test_reconcile_patterns_come_from_reconcile_json(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _reconcile_probe(monkeypatch, {}) == [
        {"part": None, "relation": "原", "name": "区经信局"},
        True,
        "县政府办公室",
        True,
    ]
    edited = _reconcile_probe(
        monkeypatch,
        {
            "clause_subject_tail": ["patterns", ["全年"]],  # 共收到 no longer closes it
            "subordinate": ["patterns", ["下属单位"]],
            "part_verbs": ["words", ["受理"]],
            "appeals_organ": ["patterns", ["(?<!被)审结[^，,。；;]{0,6}行政复议案件"]],
        },
    )
    assert edited == [None, False, "县政府办公室收到", False]


@pytest.mark.usefixtures("fresh_reconcile_data")
def test_a_missing_reconcile_list_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from govinfo_nlp.errors import DataFileError

    with pytest.raises(
        DataFileError, match=r"govinfo_nlp/data/reconcile\.json: no list 'part_verbs'"
    ):
        _reconcile_probe(monkeypatch, {"part_verbs": [None, None]})


def test_importing_reconcile_reads_no_data_file() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    # a fresh interpreter: the lists are read on first use, not when the module is imported
    root = str(Path(__file__).resolve().parent.parent)
    probe = "import govinfo_nlp.reconcile as R; print(R._data.cache_info().currsize)"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": root},
    )
    assert done.stdout.strip() == "0"


# --- data/metadata.json: labels, a mentioned title, a site's tail ------------------


@pytest.fixture
def fresh_page_words() -> Iterator[None]:
    from govinfo_nlp import metadata

    metadata._page_words.cache_clear()
    yield
    metadata._page_words.cache_clear()


def _patched_metadata(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    from govinfo_nlp import metadata

    _edited_on_load(monkeypatch, metadata, "data/metadata.json", edit)
    metadata._page_words.cache_clear()


_BLOCK = ["索 引 号：11340000-2022-001 | 发布机构：某县财政局", "生成日期：2022-01-26"]
_MENTIONED = "我局已上传2021年政府信息公开工作年度报告。"


def test_page_words_come_from_metadata_json(
    monkeypatch: pytest.MonkeyPatch, fresh_page_words: None
) -> None:
    from govinfo_nlp import metadata

    assert metadata._fields(_BLOCK) == {
        "index_no": "11340000-2022-001",
        "issuer": "某县财政局",
        "date": "2022-01-26",
    }
    assert metadata._own_title(_MENTIONED) is None  # 上传: another report's title
    assert metadata._page_words().site_tail.fullmatch("人民政府门户网站")

    def edit(raw: dict[str, Any]) -> None:
        del raw["labels"]["fields"]["生成日期"]
        raw["title_mention"]["words"].remove("上传")
        raw["site_tail"]["portal"] = ["官网"]

    _patched_metadata(monkeypatch, edit)
    assert metadata._fields(_BLOCK) == {"index_no": "11340000-2022-001", "issuer": "某县财政局"}
    title = metadata._own_title(_MENTIONED)
    assert title is not None and title.group(0).startswith("2021年")
    assert metadata._page_words().site_tail.fullmatch("人民政府门户网站") is None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(
            lambda raw: raw["labels"]["fields"].update({"发布日期": "published"}),
            r"labels\.fields\.发布日期: a label without spaces -> one of",
            id="unknown-field",
        ),
        pytest.param(
            lambda raw: raw["self_announce"].update(words=[]),
            r"self_announce\.words: must be a list of non-empty words",
            id="empty-list",
        ),
        pytest.param(
            lambda raw: raw["site_tail"].pop("portal"),
            r"site_tail\.portal: must be a list of non-empty words",
            id="missing",
        ),
        pytest.param(
            lambda raw: raw.pop("links_headings"),
            r"links_headings\.words: must be a list of non-empty words",
            id="links-moved-from-agency-json",
        ),
    ],
)
def test_a_broken_metadata_entry_names_the_file(
    monkeypatch: pytest.MonkeyPatch, fresh_page_words: None, edit: Any, message: str
) -> None:
    from govinfo_nlp import metadata
    from govinfo_nlp.errors import DataFileError

    _patched_metadata(monkeypatch, edit)
    with pytest.raises(DataFileError, match=r"govinfo_nlp/data/metadata\.json: .*" + message):
        metadata._page_words()


# --- quantities/markers.json example_named: one list, read by grammar and cues -----


@pytest.fixture
def fresh_example_named() -> Iterator[None]:
    from govinfo_nlp.quantities import grammar
    from govinfo_nlp.quantities import rules as q_rules

    def clear() -> None:
        q_rules.example_named.cache_clear()
        grammar._example_after.cache_clear()

    clear()
    yield
    clear()


def _patched_markers(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    from govinfo_nlp.quantities import grammar
    from govinfo_nlp.quantities import rules as q_rules

    _edited_on_load(monkeypatch, q_rules, "quantities/markers.json", edit)
    q_rules.example_named.cache_clear()
    grammar._example_after.cache_clear()


_QUOTED_CASE = "以“单位对1件申请超期答复”等案例开展培训"


def test_example_words_are_one_list_for_grammar_and_cues(
    monkeypatch: pytest.MonkeyPatch, fresh_example_named: None
) -> None:
    from govinfo_nlp.datafiles import load_json
    from govinfo_nlp.quantities.grammar import _in_title

    start = _QUOTED_CASE.index("1件")
    cue = load_json("facts/data/cues.json")["not_held"]
    after = _QUOTED_CASE[start + 2 :]
    # a quoted case named an example: its count is read (no title), and is the case's
    assert not _in_title(_QUOTED_CASE, start, start + 2)
    assert fact_rules.parse_cues(load_json("facts/data/cues.json")).not_held.example_after.match(
        after
    )
    assert "{example_named}" in cue["example_after"]

    def edit(raw: dict[str, Any]) -> None:
        raw["example_named"]["verbs"].remove("等")

    _patched_markers(monkeypatch, edit)
    assert _in_title(_QUOTED_CASE, start, start + 2)  # a short quotation now, a name
    cues = fact_rules.parse_cues(load_json("facts/data/cues.json"))
    assert cues.not_held is not None and cues.not_held.example_after.match(after) is None


def test_a_broken_example_named_names_the_file(
    monkeypatch: pytest.MonkeyPatch, fresh_example_named: None
) -> None:
    from govinfo_nlp.errors import RuleFileError
    from govinfo_nlp.quantities.rules import example_named

    _patched_markers(monkeypatch, lambda raw: raw["example_named"].update(nouns="案例"))
    with pytest.raises(RuleFileError, match=r"markers\.json:example_named\.nouns: expected a list"):
        example_named()
