"""Round trips: random values rendered in many styles parse back exactly.

Generate (value, counter, marker) -> render as text -> parse with
parse_quantity and find_quantities inside a prose sentence -> compare value,
unit and approx. The renderers here are written independently of the parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.quantities import find_quantities, parse_number, parse_quantity

PLAIN_DIGITS = "零一二三四五六七八九"
FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLAIN_UNITS = ("", "十", "百", "千")
FINANCIAL_UNITS = ("", "拾", "佰", "仟")
GROUP_WORDS = ("", "万", "亿")

# Counters safe to follow any numeral and precede "，" (no idiom, no date).
COUNTERS = (
    "件", "条", "个", "场", "场次", "次", "人次", "期", "篇", "篇次", "项", "家",
    "册", "轮", "名", "人", "份", "例", "宗", "批", "张", "台", "套", "户", "位",
    "组", "笔", "条次", "件次", "天", "个工作日", "个月", "小时",
    "台次", "辆", "公顷", "斤", "剂次", "人份", "节", "个次", "通", "种", "门", "大类", "小类", "对", "立方米",
)  # fmt: skip
TRADITIONAL = {
    "条": "條",
    "个": "個",
    "场次": "場次",
    "场": "場",
    "项": "項",
    "册": "冊",
    "轮": "輪",
}
PREFIXES = {"超过": "over", "逾": "over", "近": "under", "不足": "under", "不到": "under",
            "约": "about", "大约": "about", "将近": "under"}  # fmt: skip
NEAR_MEANS_RECENT = frozenset({"天", "个月", "个工作日"})
SUFFIXES = {"以上": "over", "左右": "about"}
PROSE_BEFORE = ("本机关全年共办理", "其中", "全年累计发布", "经统计，共有", "")
PROSE_AFTER = ("，较上年有所增加。", "。", "", "；另有其他事项。")


def _section(n: int, digits: str, units: tuple[str, ...], liang: bool) -> str:
    """0 < n < 10000, zeros collapsed: 1005 -> 一千零五."""
    out = ""
    zero = False
    for pos in (3, 2, 1, 0):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += digits[0]
            zero = False
        char = "两" if liang and d == 2 and pos >= 2 else digits[d]
        out += char + units[pos]
    return out


def to_chinese(n: int, *, financial: bool = False, liang: bool = False) -> str:
    """An independent renderer of 0 <= n < 10**12 in Chinese numerals."""
    digits = FINANCIAL_DIGITS if financial else PLAIN_DIGITS
    units = FINANCIAL_UNITS if financial else PLAIN_UNITS
    if n == 0:
        return digits[0]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    pending_zero = False
    for i in reversed(range(len(groups))):
        g = groups[i]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out += digits[0]
        if liang and g == 2 and i > 0:
            out += "两" + GROUP_WORDS[i]
        else:
            out += _section(g, digits, units, liang) + GROUP_WORDS[i]
        pending_zero = False
    if not financial and out.startswith("一十"):
        out = out[1:]  # 十五, 十二万: the leading 一 is dropped in plain style
    return out


def to_fullwidth(s: str) -> str:
    return s.translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789.%"})


@dataclass(frozen=True)
class Rendered:
    text: str
    value: int | float
    chinese: bool  # needs a counter to count in prose


@st.composite
def numerals(draw: st.DrawFn) -> Rendered:
    style = draw(st.sampled_from(["arabic", "separators", "fullwidth", "chinese", "liang",
                                  "financial", "mixed-decimal", "mixed-wan-digit"]))  # fmt: skip
    if style in ("chinese", "liang", "financial"):
        n = draw(st.integers(1, 10**12 - 1) | st.integers(1, 10**5))
        text = to_chinese(n, financial=style == "financial", liang=style == "liang")
        return Rendered(text, n, chinese=True)
    if style == "mixed-decimal":
        # 3798.8854万, 16.4亿: a decimal times a magnitude, always an integer
        word, places = draw(st.sampled_from([("万", 4), ("亿", 8)]))
        mantissa = draw(st.integers(1, 10**7))
        k = draw(st.integers(0, min(places, 4)))
        number = Decimal(mantissa).scaleb(-k)
        text = format(number, "f") + word
        return Rendered(text, int(number * 10**places), chinese=False)
    if style == "mixed-wan-digit":
        high, digit = draw(st.integers(1, 9999)), draw(st.integers(1, 9))
        if draw(st.booleans()):
            return Rendered(f"{high}万{digit}", high * 10000 + digit * 1000, chinese=False)
        return Rendered(f"{high}万{digit}千", high * 10000 + digit * 1000, chinese=False)
    n = draw(st.integers(0, 10**9))
    if style == "separators":
        n = draw(st.integers(1000, 10**9))
        sep = draw(st.sampled_from([",", "，"]))
        return Rendered(f"{n:,}".replace(",", sep), n, chinese=False)
    text = str(n)
    if style == "fullwidth":
        text = to_fullwidth(text)
    return Rendered(text, n, chinese=False)


@st.composite
def quantities(
    draw: st.DrawFn, *, need_counter: bool = False
) -> tuple[str, int | float, str | None, str | None]:
    num = draw(numerals())
    counter: str | None = draw(st.sampled_from(COUNTERS))
    if not (need_counter or num.chinese) and draw(st.booleans()):
        counter = None
    marker_place = draw(st.sampled_from(["none", "prefix", "infix", "suffix"]))
    approx: str | None = None
    before = after = infix = ""
    if marker_place == "prefix":
        before = draw(st.sampled_from(sorted(PREFIXES)))
        approx = PREFIXES[before]
        # 近3年 / 近3个月 mean "the last 3 years", not "nearly 3": not approximate.
        assume(before != "近" or counter not in NEAR_MEANS_RECENT)
    elif marker_place == "infix" and counter is not None:
        infix = draw(st.sampled_from(["余", "多", " 余"]))  # flip-book text: "2800 余条"
        approx = "over"
    elif marker_place == "suffix":
        after = draw(st.sampled_from(sorted(SUFFIXES)))
        approx = SUFFIXES[after]
    written = counter or ""
    if counter in TRADITIONAL and draw(st.booleans()):
        written = TRADITIONAL[counter]
    text = f"{before}{num.text}{infix}{written}{after}"
    return text, num.value, counter, approx


def _bare_prose_safe(text: str, unit: str | None) -> bool:
    """Bare Arabic numbers of 7+ digits read as phone numbers in prose: skip them."""
    digits = sum(ch.isdigit() or "０" <= ch <= "９" for ch in text)
    return unit is not None or digits < 7 or "," in text or "，" in text


@settings(max_examples=400, deadline=None)
@given(quantities())
@example(("3798.8854万元", 37988854, "元", None))
@example(("超过10万", 100000, None, "over"))
@example(("十二万零三百余人", 120300, "人", "over"))
def test_parse_quantity_round_trip(case: tuple[str, int | float, str | None, str | None]) -> None:
    text, value, unit, approx = case
    q = parse_quantity(text)
    assert q is not None, text
    assert (q.value, q.unit, q.approx) == (value, unit, approx), text
    assert q.text == text


@settings(max_examples=400, deadline=None)
@given(
    quantities(),
    st.sampled_from(PROSE_BEFORE),
    st.sampled_from(PROSE_AFTER),
)
def test_find_quantities_round_trip_in_prose(
    case: tuple[str, int | float, str | None, str | None], before: str, after: str
) -> None:
    text, value, unit, approx = case
    if not _bare_prose_safe(text, unit):
        return
    sentence = before + text + after
    found = list(find_quantities(sentence))
    assert [(q.value, q.unit, q.approx) for q in found] == [(value, unit, approx)], sentence
    assert (found[0].start, found[0].end) == (len(before), len(before) + len(text))


@settings(max_examples=300, deadline=None)
@given(numerals())
def test_parse_number_round_trip(num: Rendered) -> None:
    assert parse_number(num.text) == num.value


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**12 - 1))
def test_chinese_styles_agree(n: int) -> None:
    plain = parse_number(to_chinese(n))
    assert plain == n
    assert parse_number(to_chinese(n, liang=True)) == n
    assert parse_number(to_chinese(n, financial=True)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10000), st.integers(0, 2), st.sampled_from(["%", "％"]))
def test_percent_round_trip(hundredths: int, places: int, sign: str) -> None:
    number = Decimal(hundredths).scaleb(-places)
    q = parse_quantity(format(number, "f") + sign)
    assert q is not None
    assert (q.value, q.unit, q.kind) == (float(number / 100), "%", "ratio")


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 99))
def test_chinese_percent_round_trip(n: int) -> None:
    q = parse_quantity("百分之" + to_chinese(n))
    assert q is not None
    assert (q.value, q.unit) == (n / 100, "%")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "0123456789一二两三十百千万亿零余多约近超过以上左右件条个次人%成第年月日号-.,，、:（()）〔〕 \n我局发布信息"
            )
        )
    )
)
def test_never_raises_and_spans_are_sane(text: str) -> None:
    last_end = 0
    for q in find_quantities(text):
        assert last_end <= q.start < q.end <= len(text)
        assert q.start <= q.number_start < q.number_end <= q.end
        assert q.text == text[q.start : q.end]
        assert q.kind in ("count", "money", "ratio", "number")
        assert q.approx in (None, "over", "under", "about")
        last_end = q.end
    parse_quantity(text)
    parse_number(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["12", "95", "96"]),
    st.integers(0, 999),
    st.sampled_from(["热线", "政务服务便民热线", "反诈专线", "、12315等热线", "”服务"]),
    st.sampled_from(["拨打", "开通“", "通过", "设立"]),
)
def test_service_numbers_are_never_counts(head: str, tail: int, after: str, before: str) -> None:
    """A five-digit service number (12xxx, 95xxx, 96xxx) before a word, a list mark or
    a closing quote is a line, whatever its digits; a count after it is still read."""
    number = f"{head}{tail:03d}"
    if before.endswith("“") != after.startswith("”"):
        return
    sentence = f"{before}{number}{after}，全年受理来电3200件。"
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(3200, "件")], sentence
