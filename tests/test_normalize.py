"""normalize(): script, width and whitespace folding with an exact offset map."""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from govinfo_nlp import normalize as normalize_module
from govinfo_nlp.normalize import is_traditional, normalize, normalize_text
from govinfo_nlp.read import read

CASES = [
    ("規範性文件", "规范性文件"),
    ("政府信息公開工作年度報告", "政府信息公开工作年度报告"),
    ("乾安縣人民政府", "乾安县人民政府"),
    ("１２３件（全角）", "123件(全角)"),
    ("ＡＢＣ　def", "ABC def"),
    ("共\u00a0\u00a065件", "共  65件"),
    ("一\r\n二\r三", "一\n二\n三"),
    ("零\u200b宽\ufeff字符", "零宽字符"),
    ("政府信息公开工作年度报告", "政府信息公开工作年度报告"),
    ("泰州市人民政府辦公室2020年", "泰州市人民政府办公室2020年"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[c[0][:8] for c in CASES])
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_simplified_text_is_left_alone() -> None:
    text = "乾隆年间于是著名的后台管理"
    assert not is_traditional(text)
    assert normalize(text).text == text
    assert normalize(text).script == "simplified"


def test_traditional_detected_and_converted() -> None:
    n = normalize("一、總體情況\n本機關主動公開政府信息105條。")
    assert n.script == "traditional"
    assert n.text == "一、总体情况\n本机关主动公开政府信息105条。"


ALPHABET = st.sampled_from(
    list("政府信息公開报告條件個規範乾安縣辦結申請一二三四五六七八九十百千万億")
    + list("0123456789１２３４５６７８９０ＡＢａｂ，。（）：")
    + ["\u3000", "\u00a0", "\r\n", "\r", "\n", " ", "\t", "\u200b", "\ufeff", "|", "%"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, min_size=1, max_size=80).map("".join), st.data())
def test_every_span_maps_back_to_its_original_text(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    assert len(n.starts) == len(n.ends) == len(n.text)
    assert list(n.starts) == sorted(n.starts)
    for i, ch in enumerate(n.text):
        src = raw[n.starts[i] : n.ends[i]]
        assert src, i
        # Each normalised character comes from exactly its source character(s):
        # converted as it would be alone, or kept as written where its context
        # protects it (a place name such as 乾縣 keeps its 乾).
        alone = normalize_text(src, traditional=n.script == "traditional")
        assert ch in (alone, src) or (src in ("\r", "\r\n") and ch == "\n"), (raw, i, src, ch)
    assume(n.text)
    s = data.draw(st.integers(0, len(n.text)))
    e = data.draw(st.integers(s, len(n.text)))
    os_, oe = n.to_original(s, e)
    assert 0 <= os_ <= oe <= len(raw)
    if e > s:
        # The original span covers exactly the sources of the normalised span,
        # and what lies between them was deleted (zero-width, CR of CR LF).
        assert (os_, oe) == (n.starts[s], n.ends[e - 1])
        covered = "".join(raw[n.starts[i] : n.ends[i]] for i in range(s, e))
        dropped = set("\u200b\ufeff\r")
        assert [c for c in raw[os_:oe] if c not in dropped] == [
            c for c in covered if c not in dropped
        ]


@settings(max_examples=100, deadline=None)
@given(st.lists(ALPHABET, min_size=2, max_size=60).map("".join), st.data())
def test_without_keeps_offsets_of_what_remains(raw: str, data: st.DataObject) -> None:
    n = normalize(raw)
    assume(len(n.text) >= 2)
    s = data.draw(st.integers(0, len(n.text) - 1))
    e = data.draw(st.integers(s + 1, len(n.text)))
    cut = n.without([(s, e)])
    assert cut.text == n.text[:s] + n.text[e:]
    assert list(cut.starts) == list(n.starts)[:s] + list(n.starts)[e:]
    assert list(cut.ends) == list(n.ends)[:s] + list(n.ends)[e:]
    assert cut.original == raw


def test_html_offsets_compose_with_normalisation() -> None:
    html = "<html><body><p>本機關公開信息<b>１０５</b>條。</p></body></html>"
    n = normalize(read(html, format="html"))
    i = n.text.index("105条")
    s, e = n.to_original(i, i + 4)
    assert html[s:e] == "１０５</b>條"


def test_traditional_after_a_long_simplified_opening_is_converted() -> None:
    text = "本机关主动公开政府信息。" * 900 + "\n二、主動公開政府信息情況\n舉辦培訓3場次。" * 20
    n = normalize(text)
    assert n.script == "traditional"
    assert "主动公开政府信息情况" in n.text and "举办培训3场次" in n.text


# --- invisible format characters (data/invisible.txt) -------------------------------

_MARKS = ["\u200b", "\u200e", "\u200f", "\u202a", "\u202c", "\u202e", "\u2066", "\u2069"]
_MARKS += ["\u034f", "\ufe0f", "\ufeff", "\u00ad", "\u2060", "\U000e0041"]


@pytest.mark.parametrize("mark", _MARKS, ids=[f"U+{ord(m):04X}" for m in _MARKS])
def test_a_format_mark_inside_a_number_is_dropped_through_the_map(mark: str) -> None:
    from govinfo_nlp.quantities import find_quantities

    original = f"办结申请1{mark}23件。"
    norm = normalize(original)
    assert norm.text == "办结申请123件。"
    start = norm.text.index("123")
    assert norm.to_original(start, start + 4) == (4, 4 + len(mark) + 4)
    (quantity,) = find_quantities(norm.text)
    assert quantity.value == 123


@settings(deadline=None, max_examples=40)  # the first call loads the models
@given(st.lists(st.sampled_from(_MARKS), min_size=1, max_size=4), st.integers(0, 10**6))
def test_marks_anywhere_in_a_number_leave_its_value(marks: list[str], value: int) -> None:
    from govinfo_nlp.pipeline import parse

    digits = list(str(value))
    for k, mark in enumerate(marks):
        digits.insert(min(len(digits), 1 + k), mark)
    text = f"一、总体情况\n本机关共收到政府信息公开申请{''.join(digits)}件。\n"
    values = [f.value for f in parse(text).facts]
    assert values == [value]


# --- the shortcut for text that OpenCC's t2s cannot change ---------------------

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _changing_chars() -> str:
    text = resources.files("govinfo_nlp").joinpath("data/opencc_t2s_changes.txt").read_text("utf-8")
    return "".join(line for line in text.splitlines()[1:] if not line.startswith(("#", "sha")))


# Characters t2s changes (alone or in a phrase: 深沈 → 深沉, 乾安縣 keeps 乾), the
# Simplified characters reports are written in, ASCII and the exceptions.
_SCRIPT_MIX = st.sampled_from(
    sorted(set(_changing_chars()[::40]))
    + list("沈覆乾隆於潛縣著名後台面政府信息公开開工作年度报報告规範范条條")
    + list("深沉的干于是后台管理一二三、。（）|123 \n\t")
)


def _slow() -> contextlib.AbstractContextManager[object]:
    """The conversion without its shortcut: OpenCC always runs."""
    return mock.patch.object(normalize_module, "_unchanged", lambda text: False)


def test_the_shortcut_is_on_for_the_installed_dictionaries() -> None:
    if normalize_module._t2s().may_change is None:
        pytest.skip(
            "the installed OpenCC dictionaries are not those data/opencc_t2s_changes.txt "
            "was made from (rebuild: python -m govinfo_nlp_dev.opencc_changes)"
        )
    assert normalize_module._unchanged("政府信息公开工作年度报告")
    assert not normalize_module._unchanged("政府信息公開")
    assert not normalize_module._unchanged("深沈")  # a phrase entry: 沈 alone stays
    assert not normalize_module._unchanged("a\udc80")  # OpenCC refuses it: not skipped


def test_the_list_holds_a_character_of_every_changing_entry() -> None:
    """The proof behind the shortcut, over the installed dictionaries themselves."""
    import opencc

    from govinfo_nlp_dev.opencc_changes import covers, dictionary_entries

    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    files = normalize_module.opencc_files()
    if files is None or not tool.exists() or normalize_module._t2s().may_change is None:
        pytest.skip("no opencc_dict tool, or dictionaries the list was not made from")
    entries = dictionary_entries(tool, files)
    assert len(entries) > 1000
    assert covers(set(_changing_chars()), entries) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCRIPT_MIX, min_size=0, max_size=60).map("".join))
def test_the_shortcut_converts_as_opencc_does(text: str) -> None:
    fast = (
        normalize_module._convert(text),
        is_traditional(text),
        normalize_text(text),
        normalize(text).text,
    )
    with _slow():
        slow = (
            normalize_module._convert(text),
            is_traditional(text),
            normalize_text(text),
            normalize(text).text,
        )
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_the_shortcut_is_exact_on_any_text(text: str) -> None:
    try:
        fast: object = normalize_module._convert(text)
    except UnicodeEncodeError as exc:
        fast = type(exc)
    with _slow():
        try:
            slow: object = normalize_module._convert(text)
        except UnicodeEncodeError as exc:
            slow = type(exc)
    assert fast == slow


def test_the_shortcut_leaves_the_real_reports_as_they_were() -> None:
    paths = sorted((_SHARED / "seeds").glob("*.txt")) + sorted((_SHARED / "reports").glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8")
        fast = normalize(text)
        with _slow():
            slow = normalize(text)
        assert (fast.text, fast.script) == (slow.text, slow.script), path.name


_INVISIBLE_MIX = st.sampled_from(
    [*"\u200b\u200e\ufeff\u00ad\u2060\ufe0f\r\n 规章12|", "\U0001d173", "\U000e0001", "😀"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_INVISIBLE_MIX, max_size=12).map("".join))
def test_the_quick_test_for_dropped_characters_misses_none(text: str) -> None:
    if normalize_module._invisible().may_drop.search(text) is None:
        assert normalize_module._invisible().dropped.search(text) is None
        assert normalize_module._invisible().invisible.search(text) is None
    assert normalize_text(text).count("\u200b") == 0
    assert normalize(text).text == normalize_text(text)


def _changed_by_dict(text: str) -> tuple[int, int] | None:
    """is_traditional's count of changed characters as it was first written: the
    distinct Han characters found one string each, each counted by str.count."""
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    distinct = "".join(dict.fromkeys(han))
    converted = normalize_module._convert(distinct)
    if len(converted) != len(distinct):
        return None
    return len(han), sum(han.count(a) for a, b in zip(distinct, converted) if a != b)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SCRIPT_MIX, min_size=0, max_size=300).map("".join), st.integers(1, 4))
def test_changed_characters_are_counted_on_code_points(text: str, copies: int) -> None:
    # short texts take the Counter path, long ones (>= 512) numpy's: both count as str.count does
    text = text * copies if len(text) * copies < 512 else text * (512 // max(len(text), 1) + 1)
    expected = _changed_by_dict(text)
    cjk, distinct, counts = normalize_module._distinct_han(text)
    assert cjk == len([ch for ch in text if "\u4e00" <= ch <= "\u9fff"])
    assert distinct == "".join(dict.fromkeys(ch for ch in text if "\u4e00" <= ch <= "\u9fff"))
    if expected is not None:
        converted = normalize_module._convert(distinct)
        assert normalize_module._changed(distinct, converted, counts) == expected[1]


_SCAN_ALPHABET = st.one_of(
    _SCRIPT_MIX,
    st.sampled_from(list("，（）：１Ａａ\u3000\u00a0\r\n\u200b\ufeff\u00ad\U0001d400\U000e0001")),
    st.sampled_from(["\ud800", "\udfff"]),  # lone surrogates (a str may hold them)
    st.characters(),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCAN_ALPHABET, max_size=60).map("".join))
def test_the_one_pass_scan_answers_as_the_three_patterns(text: str) -> None:
    present, fold = normalize_module._scan(text)
    may_change = normalize_module._t2s().may_change
    lone = any("\ud800" <= ch <= "\udfff" for ch in text)
    drops = normalize_module._invisible().may_drop.search(text) is not None
    # a lone surrogate may set the bit (it is half of what the class holds): never unset it
    assert bool(present & normalize_module._MAY_DROP_BIT) == drops or (lone and not drops)
    assert set(fold) == set(normalize_module._NEEDS_FOLD.findall(text))
    assert bool(present & normalize_module._FOLD_BIT) == bool(fold)
    changes = may_change is None or may_change.search(text) is not None
    assert bool(present & normalize_module._MAY_CHANGE_BIT) == changes or not text


def test_folding_adds_no_character_conversion_may_change() -> None:
    # normalize asks is_traditional only of a text whose scan found such a character
    may_change = normalize_module._t2s().may_change
    if may_change is None:
        pytest.skip("dictionaries the list was not made from: every text is converted")
    assert not may_change.search("".join(set(normalize_module._FOLD_STR.values())))


def test_hong_kong_variants_become_the_mainland_forms() -> None:
    # t2s leaves them; a HK-written agency name must read as the mainland one
    assert normalize("衞生健康委員會").text == "卫生健康委员会"
    assert normalize("敍述 枱 粧 糭 衹").text == "叙述 台 妆 粽 只"
    assert normalize("衞a\x00b").text == "卫a\x00b"  # nothing after a NUL is lost


# normalize._ASCII_STOP as it was written before its lookbehind followed the dot
_STOP_BEFORE = r"(?<=[\u4e00-\u9fff）)”》\"%])\.(?![A-Za-z.])"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='.AZazgov汉）)”》"%09 。\n', max_size=40))
def test_the_ascii_stop_found_from_the_dot_is_the_one_looked_behind(text: str) -> None:
    # the lookbehind moved after the dot (tried at the dots only) finds the same stops
    import re

    stop = normalize_module._ASCII_STOP
    assert stop.sub("。", text) == re.sub(_STOP_BEFORE, "。", text)
    assert [m.span() for m in stop.finditer(text)] == [
        m.span() for m in re.finditer(_STOP_BEFORE, text)
    ]
