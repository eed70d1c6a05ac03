"""The Chinese number grammar: case tables (positives and negatives) and invariants.

Round-trip property tests live in test_quantities_roundtrip.py; measurements
against the seeds and the gold corpus in test_quantities_corpus.py.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from govinfo_nlp.engine import Engine
from govinfo_nlp.errors import RuleFileError
from govinfo_nlp.quantities import (
    Quantity,
    find_quantities,
    parse_number,
    parse_quantity,
)
from govinfo_nlp.quantities.numerals import fold
from govinfo_nlp.quantities.rules import load_counter_lines

# spaces that group digits (GB/T 15835) besides the plain one
THIN = "\u2009"
NARROW = "\u202f"
NBSP = "\xa0"

# --- parse_number ---------------------------------------------------------------------

NUMBERS = [
    ("arabic", "65", 65),
    ("arabic-zero", "0", 0),
    ("decimal", "7.29", 7.29),
    ("thousands-ascii", "1,234", 1234),
    ("thousands-fullwidth-comma", "1，234", 1234),
    ("thousands-two-groups", "46,106,000", 46106000),
    ("fullwidth-digits", "１２３", 123),
    ("fullwidth-decimal", "３．５", 3.5),
    ("negative", "-3", -3),
    ("positive-sign", "+1", 1),
    ("chinese-negative", "负三", -3),
    ("shi-wu", "十五", 15),
    ("er-shi-jiu", "二十九", 29),
    ("yi-bai-ling-wu", "一百零五", 105),
    ("yi-qian-er-bai", "一千二百", 1200),
    ("yi-qian-ling-wu-shi", "一千零五十", 1050),
    ("shi-er-wan-ling-san-bai", "十二万零三百", 120300),
    ("shi-wan-ling-yi-qian", "十万零一千", 101000),
    ("liang-bai", "两百", 200),
    ("liang-qian-ling-yi-shi", "两千零一十", 2010),
    ("ling", "零", 0),
    ("financial", "壹佰零伍", 105),
    ("financial-wan", "贰万叁仟肆佰伍拾陆", 23456),
    ("traditional-wan", "三萬", 30000),
    ("traditional-liang", "兩千", 2000),
    ("abbrev-bai", "一百五", 150),
    ("abbrev-wan", "一万二", 12000),
    ("abbrev-qian", "三千五", 3500),
    ("mixed-decimal-wan", "1.2万", 12000),
    ("mixed-wan-qian", "3万4千", 34000),
    ("mixed-wan-digit", "13万2", 132000),
    ("mixed-yi", "16.4亿", 1640000000),
    ("mixed-exact-decimal", "3798.8854万", 37988854),
    ("mixed-yi-wan", "1亿2000万", 120000000),
    ("mixed-wan-literal-tail", "1万2500", 12500),
    ("yi-ling-yi", "一亿零一", 100000001),
    ("positional-year", "二〇二〇", 2020),
    ("whitespace", "  42 ", 42),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS])
def test_parse_number(text: str, value: int | float) -> None:
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


NOT_NUMBERS = [
    ("empty", ""),
    ("counter", "二十五个"),
    ("doubled-unit", "十十"),
    ("falling-units-violated", "一百一千"),
    ("two-digits-no-unit", "三五"),
    ("vague", "数十"),
    ("bare-bai", "百"),
    ("bare-wan", "万"),
    ("trailing-ling", "一百零"),
    ("ambiguous-tail", "1万25"),
    ("letters", "12a"),
    ("idiom", "十四五"),
    ("ratio", "50%"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_NUMBERS], ids=[c[0] for c in NOT_NUMBERS])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# --- parse_quantity -------------------------------------------------------------------

# id, text, value, unit, approx, kind
QUANTITIES = [
    ("count", "65件", 65, "件", None, "count"),
    ("zero-count", "0件", 0, "件", None, "count"),
    ("over-yu", "1200余册", 1200, "册", "over", "count"),
    ("over-duo-compound", "800多人次", 800, "人次", "over", "count"),
    ("under-jin", "近50家", 50, "家", "under", "count"),
    ("about-yue", "约300人", 300, "人", "about", "count"),
    ("about-zuoyou", "300人左右", 300, "人", "about", "count"),
    ("over-chaoguo-bare", "超过10万", 100000, None, "over", "number"),
    ("over-yishang-bare", "10万以上", 100000, None, "over", "number"),
    ("under-buzu", "不足5件", 5, "件", "under", "count"),
    ("under-budao", "不到10件", 10, "件", "under", "count"),
    ("over-yu-single-digit", "6余件", 6, "件", "over", "count"),
    ("over-yishang-count", "100人以上", 100, "人", "over", "count"),
    ("over-zhiduo", "100人之多", 100, "人", "over", "count"),
    ("over-yu-prefix", "逾5000人", 5000, "人", "over", "count"),
    ("over-chao", "超364万次", 3640000, "次", "over", "count"),
    ("magnitude-yu-counter", "236万余次", 2360000, "次", "over", "count"),
    ("yu-before-magnitude", "10余万人次", 100000, "人次", "over", "count"),
    ("duo-before-magnitude", "一千多万元", 10000000, "元", "over", "money"),
    ("decimal-magnitude", "61.63万次", 616300, "次", None, "count"),
    ("percent", "46.72%", 0.4672, "%", None, "ratio"),
    ("percent-fullwidth", "４６．７２％", 0.4672, "%", None, "ratio"),
    ("percent-100", "100%", 1.0, "%", None, "ratio"),
    ("permille", "5‰", 0.005, "‰", None, "ratio"),
    ("cheng", "七成", 0.7, "成", None, "ratio"),
    ("cheng-arabic", "9成", 0.9, "成", None, "ratio"),
    ("cheng-over", "九成以上", 0.9, "成", "over", "ratio"),
    ("baifenzhi", "百分之三十", 0.3, "%", None, "ratio"),
    ("baifenzhi-arabic", "百分之46.72", 0.4672, "%", None, "ratio"),
    ("baifenzhibai", "百分之百", 1.0, "%", None, "ratio"),
    ("qianfenzhi", "千分之五", 0.005, "‰", None, "ratio"),
    ("money-wanyuan", "3798.8854万元", 37988854, "元", None, "money"),
    ("money-yiyuan", "1.5亿元", 150000000, "元", None, "money"),
    ("money-decimal", "12.5元", 12.5, "元", None, "money"),
    ("bare-magnitude", "10万", 100000, None, None, "number"),
    ("bare-yi", "16.4亿", 1640000000, None, None, "number"),
    ("mixed-13wan2", "13万2", 132000, None, None, "number"),
    ("bare-chinese-whole-string", "一百零五", 105, None, None, "number"),
    ("bare-chinese-wan", "十二万零三百", 120300, None, None, "number"),
    ("liang-chang", "两场", 2, "场", None, "count"),
    ("compound-changci", "2场次", 2, "场次", None, "count"),
    ("compound-pianci", "2966篇次", 2966, "篇次", None, "count"),
    ("compound-work-days", "20个工作日", 20, "个工作日", None, "count"),
    ("compound-months", "3个月", 3, "个月", None, "count"),
    ("percentage-points", "2.5个百分点", 2.5, "个百分点", None, "count"),
    ("paren-counter", "1000余条(次)", 1000, "条(次)", "over", "count"),
    ("paren-counter-fullwidth", "1000余条（次）", 1000, "条(次)", "over", "count"),
    ("space-before-counter", "48 篇", 48, "篇", None, "count"),
    ("traditional-tiao", "4751條", 4751, "条", None, "count"),
    ("traditional-ge", "47個", 47, "个", None, "count"),
    ("traditional-changci", "3場次", 3, "场次", None, "count"),
    ("traditional-wan-yu", "2萬餘次", 20000, "次", "over", "count"),
    ("traditional-yue", "約47000件", 47000, "件", "about", "count"),
    ("thousands-counter", "1,234件", 1234, "件", None, "count"),
    ("thousands-fullwidth-counter", "1，234件", 1234, "件", None, "count"),
    ("fullwidth-digits-counter", "１２３件", 123, "件", None, "count"),
    ("shiji-ge", "十几个", 10, "个", "over", "count"),
    ("bai-yu", "百余人", 100, "人", "over", "count"),
    ("jin-qian", "近千人", 1000, "人", "under", "count"),
    ("signed-count", "-3件", -3, "件", None, "count"),
    ("signed-percent", "-16.6%", -0.166, "%", None, "ratio"),
    ("days", "64天", 64, "天", None, "count"),
    ("financial-counter", "壹佰零伍件", 105, "件", None, "count"),
    ("duration-years", "两年", 2, "年", None, "count"),
    ("parts", "六部分", 6, "部分", None, "count"),
]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx", "kind"),
    [c[1:] for c in QUANTITIES],
    ids=[c[0] for c in QUANTITIES],
)
def test_parse_quantity(
    text: str, value: int | float, unit: str | None, approx: str | None, kind: str
) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.unit, q.approx, q.kind) == (value, unit, approx, kind)
    assert type(q.value) is type(value)
    assert (q.start, q.end, q.text) == (0, len(text), text)


NOT_QUANTITIES = [
    ("year", "2020年"),
    ("year-spaced", "2022 年"),
    ("date", "2020年1月1日"),
    ("iso-date", "2021-01-27"),
    ("month-day", "12月31日"),
    ("month", "9月份"),
    ("time", "12:06"),
    ("ordinal", "第三"),
    ("article", "第二十条"),
    ("doc-number", "〔2016〕179号"),
    ("phone", "0595-27396608"),
    ("vague-shushi", "数十"),
    ("vague-shangbai", "上百"),
    ("vague-jishi", "几十"),
    ("list-marker", "一是"),
    ("idiom-lingjian", "零件"),
    ("idiom-yiqi", "一起"),
    ("reduplication", "一个个"),
    ("text-around", "共65件"),
    ("two-quantities", "3件5条"),
    ("empty", "   "),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_QUANTITIES], ids=[c[0] for c in NOT_QUANTITIES])
def test_parse_quantity_rejects(text: str) -> None:
    assert parse_quantity(text) is None


def test_parse_quantity_offsets_skip_surrounding_space() -> None:
    q = parse_quantity("  1200余册\n")
    assert q is not None
    assert (q.start, q.end, q.text, q.number_start, q.number_end) == (2, 8, "1200余册", 2, 6)


# --- find_quantities in prose ---------------------------------------------------------

Expected = list[tuple[str, int | float, str | None, str | None]]

# id, text, [(surface, value, unit, approx)]
PROSE: list[tuple[str, str, Expected]] = [
    # counting with Chinese numerals needs a counter
    ("liang-chang", "举办培训两场", [("两场", 2, "场", None)]),
    ("wu-ge", "五个事业单位", [("五个", 5, "个", None)]),
    ("yi-ci", "召开一次会议", [("一次", 1, "次", None)]),
    ("yi-ge-jiguan", "一个机关单位", [("一个", 1, "个", None)]),
    ("yi-ming-arabic", "配备1名兼职工作人员", [("1名", 1, "名", None)]),
    ("san-xiang", "统一部署三项工作", [("三项", 3, "项", None)]),
    ("yi-bai-er-shi-tiao", "发布信息一百二十条", [("一百二十条", 120, "条", None)]),
    ("liang-bai-yu", "培训两百余人次", [("两百余人次", 200, "人次", "over")]),
    ("san-bai-duo", "开展三百多场", [("三百多场", 300, "场", "over")]),
    ("ershi-yu-ge", "二十余个部门", [("二十余个", 20, "个", "over")]),
    ("wu-bumen", "五部门联合发文", [("五部门", 5, "部门", None)]),
    ("frequency", "每月一次", [("一次", 1, "次", None)]),
    ("frequency-week", "每周一次", [("一次", 1, "次", None)]),
    ("lun-arabic", "开展2轮督查", [("2轮", 2, "轮", None)]),
    ("yinjin-yi-jia", "引进一家企业", [("一家", 1, "家", None)]),
    # bare Arabic numbers count, with or without markers
    ("bare-over", "阅读量超过10万", [("超过10万", 100000, None, "over")]),
    ("bare-plain", "订阅人数为6113。", [("6113", 6113, None, None)]),
    ("bare-decimal", "平均答复工作日数为7.29,比法定", [("7.29", 7.29, None, None)]),
    ("bare-magnitude", "粉丝770万", [("770万", 7700000, None, None)]),
    ("bare-yu", "发布信息1100余,", [("1100余", 1100, None, "over")]),
    (
        "list-enumeration",
        "分别为3、5、7件",
        [("3", 3, None, None), ("5", 5, None, None), ("7件", 7, "件", None)],
    ),
    # counters and approximation in context
    ("visits", "全年访问量132410人次", [("132410人次", 132410, "人次", None)]),
    ("over-chaoguo-context", "点击量超过5万次", [("超过5万次", 50000, "次", "over")]),
    ("zuoyou-context", "参会300人左右。", [("300人左右", 300, "人", "about")]),
    ("yishang-context", "满意度达90%以上", [("90%以上", 0.9, "%", "over")]),
    ("shangxia-context", "每期50人上下，", [("50人上下", 50, "人", "about")]),
    ("zuijin-not-approx", "最近3年", [("3年", 3, "年", None)]),
    ("jin-years-not-approx", "近3年来", [("3年", 3, "年", None)]),
    ("yue-in-word", "签约3家企业", [("3家", 3, "家", None)]),
    (
        "remaining-yu",
        "办理完成78件,余8件转下年度办理",
        [("78件", 78, "件", None), ("8件", 8, "件", None)],
    ),
    ("delta-decrease", "净减少41个", [("41个", 41, "个", None)]),
    ("delta-increase", "较上年增加3件", [("3件", 3, "件", None)]),
    ("signed-in-prose", "同比-3,", [("-3", -3, None, None)]),
    ("signed-in-brackets", "下降(-16.6%)", [("-16.6%", -0.166, "%", None)]),
    ("plus-signed", "净增加+2件", [("+2件", 2, "件", None)]),
    ("percent-drop", "同比下降46.72%", [("46.72%", 0.4672, "%", None)]),
    ("percentage-points", "同比增长16.6个百分点", [("16.6个百分点", 16.6, "个百分点", None)]),
    ("times", "增长了1倍", [("1倍", 1, "倍", None)]),
    ("jin-qi-cheng", "近七成群众", [("近七成", 0.7, "成", "under")]),
    ("money", "采购总金额3798.8854万元", [("3798.8854万元", 37988854, "元", None)]),
    (
        "money-list",
        "165780.52万元、11810.45万元",
        [("165780.52万元", 1657805200, "元", None), ("11810.45万元", 118104500, "元", None)],
    ),
    ("paren-counter", "发布信息1000余条(次)", [("1000余条(次)", 1000, "条(次)", "over")]),
    ("space-counter", "共报送信息稿件 48 篇", [("48 篇", 48, "篇", None)]),
    ("zero", "行政复议0件", [("0件", 0, "件", None)]),
    ("each", "中英文各1条", [("1条", 1, "条", None)]),
    ("gloss-after-counter", "47個(gè)數據集", [("47個", 47, "个", None)]),
    (
        "traditional-sentence",
        "主動公開政府信息4751條，其中規範性文件2份",
        [("4751條", 4751, "条", None), ("2份", 2, "份", None)],
    ),
    ("traditional-yu", "公開信息1500餘條", [("1500餘條", 1500, "条", "over")]),
    (
        "measures",
        "12个方面、69条稳经济政策措施",
        [("12个", 12, "个", None), ("69条", 69, "条", None)],
    ),
    ("fangmian", "抓好三方面工作", [("三方面", 3, "方面", None)]),
    ("bufen", "报告由六部分组成", [("六部分", 6, "部分", None)]),
    ("score", "权重为3分。", [("3分", 3, "分", None)]),
    ("points", "提出3点意见", [("3点", 3, "点", None)]),
    ("work-days-within", "20个工作日内予以答复", [("20个工作日", 20, "个工作日", None)]),
    ("days-within", "15日内答复", [("15日", 15, "日", None)]),
    (
        "many",
        "受理申请1件，办结1件，0件",
        [("1件", 1, "件", None), ("1件", 1, "件", None), ("0件", 0, "件", None)],
    ),
    ("after-date", "2020年主动公开信息43条", [("43条", 43, "条", None)]),
    ("after-article", "第二十条第(六)项的3件", [("3件", 3, "件", None)]),
    ("hotline-and-count", "办理12345热线交办事项6155件", [("6155件", 6155, "件", None)]),
    ("vehicles-spaced", "更新新能源公交车310 辆", [("310 辆", 310, "辆", None)]),
    (
        "ships",
        "开展船舶安全检查1160艘次，救助渔船12艘",
        [("1160艘次", 1160, "艘次", None), ("12艘", 12, "艘", None)],
    ),
    ("machine-times", "检查特种设备56台次", [("56台次", 56, "台次", None)]),
    ("hectares", "供应国有建设用地398.6公顷", [("398.6公顷", 398.6, "公顷", None)]),
    ("jin-yi", "粮食产量12.5亿斤", [("12.5亿斤", 1250000000, "斤", None)]),
    ("doses", "接种疫苗31.8万剂次", [("31.8万剂次", 318000, "剂次", None)]),
    ("portions", "检测试剂1200人份", [("1200人份", 1200, "人份", None)]),
    ("lessons", "录制网络课程1,460节", [("1,460节", 1460, "节", None)]),
    ("courses", "开设线上课程2300余门", [("2300余门", 2300, "门", "over")]),
    ("unit-times", "检查政务新媒体730个次", [("730个次", 730, "个次", None)]),
    ("calls", "接听来电2000通", [("2000通", 2000, "通", None)]),
    ("kinds", "药品价格1473种", [("1473种", 1473, "种", None)]),
    (
        "catalogue-classes",
        "9大类、46小类",
        [("9大类", 9, "大类", None), ("46小类", 46, "小类", None)],
    ),
    ("yu-after-space", "发布信息2800 余条", [("2800 余条", 2800, "条", "over")]),
    ("count-not-place", "采购三台设备", [("三台", 3, "台", None)]),
    ("pairs", "离婚登记1,406对。", [("1,406对", 1406, "对", None)]),
    ("cubic-metres", "森林蓄积量3.3亿立方米", [("3.3亿立方米", 330000000, "立方米", None)]),
    ("jia-before-xiangzhen", "全县27家乡镇卫生院", [("27家", 27, "家", None)]),
    ("copula-then-count", "总数是一百件", [("一百件", 100, "件", None)]),
    (
        "table-cells",
        "行政许可 | 0 | 1 | 1 |",
        [("0", 0, None, None), ("1", 1, None, None), ("1", 1, None, None)],
    ),
    ("cheng-counter-not-word", "3个成员单位", [("3个", 3, "个", None)]),
    ("yu-before-wan-money", "一千二百余万元", [("一千二百余万元", 12000000, "元", "over")]),
    ("yu-bai-jia", "逾百家单位", [("逾百家", 100, "家", "over")]),
    # a Chinese amount of a magnitude counts without a counter when approximated
    ("chinese-magnitude-under", "粉丝总数近千万。", [("近千万", 10000000, None, "under")]),
    ("chinese-magnitude-over", "访问量超百万,", [("超百万", 1000000, None, "over")]),
    ("chinese-magnitude-yu", "惠及群众十余万。", [("十余万", 100000, None, "over")]),
    # a magnitude alone is one amount after a prefix or before 余 (not 万元以上)
    ("lone-magnitude-prefix", "服务近万人", [("近万人", 10000, "人", "under")]),
    ("lone-magnitude-yu", "培训万余人次", [("万余人次", 10000, "人次", "over")]),
    ("lone-magnitude-yi", "投资逾亿元", [("逾亿元", 100000000, "元", "over")]),
    # the times of a parenthesised pair of counters: X(Y)次
    (
        "paren-counter-times",
        "惠及企业和个人1.7万家(人)次;",
        [("1.7万家(人)次", 17000, "家(人)次", None)],
    ),
    ("paren-counter-not-times-twice", "公开3件(次)次数", [("3件(次)", 3, "件(次)", None)]),
    ("concentration", "PM2.5平均浓度36微克/立方米,", [("36微克/立方米", 36, "微克/立方米", None)]),
    ("shi-yu-nian", "十余年", [("十余年", 10, "年", "over")]),
    ("duo-wan", "2万多条", [("2万多条", 20000, "条", "over")]),
    ("percent-over", "占比达到35%以上", [("35%以上", 0.35, "%", "over")]),
    (
        "staff-breakdown",
        "工作人员5名，其中专职2名、兼职3名",
        [("5名", 5, "名", None), ("2名", 2, "名", None), ("3名", 3, "名", None)],
    ),
    ("yu-work-days", "20余个工作日", [("20余个工作日", 20, "个工作日", "over")]),
    (
        "long-chinese-money",
        "一千二百三十四万五千六百七十八元",
        [("一千二百三十四万五千六百七十八元", 12345678, "元", None)],
    ),
    ("bare-wan-yu", "访问量12.5万余，", [("12.5万余", 125000, None, "over")]),
    ("signed-percent-cjk", "同比增长-12.5%", [("-12.5%", -0.125, "%", None)]),
    ("two-kinds", "分为两类", [("两类", 2, "类", None)]),
    ("hours", "24小时", [("24小时", 24, "小时", None)]),
    ("bai-fen-zhi-over", "百分之九十五以上", [("百分之九十五以上", 0.95, "%", "over")]),
    ("year-bare-over", "超过2000以上", [("超过2000以上", 2000, None, "over")]),
    # digits grouped by spaces (GB/T 15835: 1 148, 18 642, 4 286.7亿): one number in
    # prose, never its last group alone (plain, no-break and thin spaces, as PDF text
    # extraction and typeset reports give them); read alike with and without cells
    ("grouped-two-groups", "全年主动公开政府信息2 317 条。", [("2 317 条", 2317, "条", None)]),
    ("grouped-counter-attached", "共受理申请1 148件,", [("1 148件", 1148, "件", None)]),
    ("grouped-space-before-head", "累计发布信息 2 317 条,", [("2 317 条", 2317, "条", None)]),
    ("grouped-three-groups", "访问量达1 234 567人次。", [("1 234 567人次", 1234567, "人次", None)]),
    ("grouped-head-of-three", "发放补贴资金120 340元,", [("120 340元", 120340, "元", None)]),
    ("grouped-interior-zero", "办结申请1 012 件,", [("1 012 件", 1012, "件", None)]),
    ("grouped-decimal-yi", "资产总额4 286.7亿元,", [("4 286.7亿元", 428670000000, "元", None)]),
    ("grouped-decimal-wan", "罚款1 268.5万元;", [("1 268.5万元", 12685000, "元", None)]),
    ("grouped-wan-then-counter", "网站访问量1 026万次。", [("1 026万次", 10260000, "次", None)]),
    ("grouped-yu-after-space", "发布稿件1 860 余篇,", [("1 860 余篇", 1860, "篇", "over")]),
    ("grouped-yu-attached", "推送信息2 300余篇,", [("2 300余篇", 2300, "篇", "over")]),
    ("grouped-prefix-marker", "参训人员约1 500 人次;", [("约1 500 人次", 1500, "人次", "about")]),
    ("grouped-suffix-marker", "服务群众3 000人以上。", [("3 000人以上", 3000, "人", "over")]),
    ("grouped-compound-counter", "检查企业2 316 家次,", [("2 316 家次", 2316, "家次", None)]),
    (
        "grouped-thin-spaces",
        f"公开信息1{THIN}148{THIN}条。",
        [(f"1{THIN}148{THIN}条", 1148, "条", None)],
    ),
    ("grouped-narrow-nbsp", f"答复留言3{NARROW}245 件,", [(f"3{NARROW}245 件", 3245, "件", None)]),
    ("grouped-no-break-space", f"受理投诉1{NBSP}284 件,", [(f"1{NBSP}284 件", 1284, "件", None)]),
    ("grouped-fullwidth-digits", "办结申请１ １４８件,", [("１ １４８件", 1148, "件", None)]),
    ("grouped-traditional", "主動公開信息1 186 條,", [("1 186 條", 1186, "条", None)]),
    ("grouped-bare-after-measure", "全年访问量1 234 567。", [("1 234 567", 1234567, None, None)]),
    (
        "grouped-two-in-a-sentence",
        "新收申请1 148 件,办结1 139 件。",
        [("1 148 件", 1148, "件", None), ("1 139 件", 1139, "件", None)],
    ),
    ("grouped-after-date", "2023年 1 148 件。", [("1 148 件", 1148, "件", None)]),
    # the 千 of a unit is no numeral: 486.2亿 kilowatt-hours, not 48,620,001,000
    # (paraphrase26 t20, session 30); 3千克 three kilograms; a numeral's own 千 stays
    ("qian-of-kilowatt-hours", "售电量486.2亿千瓦时，", [("486.2亿", 48620000000, None, None)]),
    ("qian-of-kilowatts", "装机12万千瓦，", [("12万", 120000, None, None)]),
    ("qian-of-kilograms", "重3千克，", [("3", 3, None, None)]),
    (
        "qian-of-a-numeral",
        "共3千人，两千余人，",
        [("3千人", 3000, "人", None), ("两千余人", 2000, "人", "over")],
    ),
    # a quoted case the sentence calls an example tells counts (no name): paraphrase9 b04
    (
        "quoted-example",
        "以“某单位对1件申请超期答复被复议纠错”为案例讲解。",
        [("1件", 1, "件", None)],
    ),
    (
        "grouped-plain-numbers-untouched",
        "共48 篇,其中 12 篇。",
        [("48 篇", 48, "篇", None), ("12 篇", 12, "篇", None)],
    ),
]


def _surface(found: list[Quantity]) -> Expected:
    return [(q.text, q.value, q.unit, q.approx) for q in found]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PROSE], ids=[c[0] for c in PROSE])
def test_find_quantities(text: str, expected: Expected) -> None:
    found = list(find_quantities(text))
    assert _surface(found) == expected
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.start <= q.number_start < q.number_end <= q.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in PROSE if c[0].startswith("grouped-")],
    ids=[c[0] for c in PROSE if c[0].startswith("grouped-")],
)
def test_grouped_numbers_read_alike_without_cells(text: str, expected: Expected) -> None:
    # the prose scan that leaves a row's cells out (cells=False) reads a grouping whole
    assert _surface(list(find_quantities(text, cells=False))) == expected


# Text in which nothing is a quantity.
NEGATIVES = [
    ("year", "2020年"),
    ("full-date", "2020年1月1日"),
    ("date-range", "时间为2020年1月1日至2020年12月31日"),
    ("iso-date", "2021-01-27"),
    ("datetime", "发布时间:2021-01-27 09:30"),
    ("month-day", "截至12月31日"),
    ("month-range", "2021年1月至12月"),
    ("time", "12:06"),
    ("time-chinese", "12时06分"),
    ("time-dian", "下午3点召开"),
    ("time-dian-fen", "3点30分"),
    ("month-fen", "9月份"),
    ("broken-date", "统计时间为202211日至20221231日"),
    ("year-du", "2020年度"),
    ("year-di", "2019年底"),
    ("year-spaced", "(2021年1 月21 日)"),
    ("year-range", "2019-2020年"),
    ("range", "3至5件"),
    ("range-hyphen", "第1-3季度"),
    ("ordinal", "第三"),
    ("ordinal-arabic", "第3期"),
    ("ordinal-spaced", "第 3 期"),
    ("article", "第二十条"),
    ("item", "第(一)项"),
    ("article-item", "第二十条第(六)项"),
    ("first-time", "第一时间"),
    ("second-session", "第二届"),
    ("phone", "0595-27396608"),
    ("phone-guangzhou", "020-36999015"),
    ("phone-area-brackets", "联系电话：（0595）27396608"),
    ("mobile", "联系电话13912345678"),
    ("fax", "传真：0595-27396609"),
    ("hotline", "12345热线"),
    ("hotline-long", "12345政务服务便民热线"),
    ("hotline-dial", "拨打12345"),
    ("hotline-12315", "12315投诉"),
    ("hotline-96", "96110反诈专线"),
    ("hotline-list", "12366、12345等热线"),
    ("hotline-quoted", "“95598”供电服务"),
    ("place-county", "由三台县人民政府办公室"),
    ("one-to-one", "开展一对一帮扶"),
    ("amount-class", "全年新签约亿元以上项目"),
    ("amount-class-wan", "万元以上"),
    ("programme", "国企改革三年行动"),
    ("night-clock", "古都夜八点"),
    ("copula-article", "我院是一所集医疗"),
    ("as-a-member", "作为一名党员"),
    ("place-short", "五家渠的"),
    ("place-street", "陆家嘴街道2019年"),
    ("kind-word", "三种类型"),
    ("one-stop", "一门式服务"),
    ("passage", "开辟三通道"),
    ("postcode", "邮编:362122"),
    ("postcode-long", "邮政编码：510000"),
    ("doc-number", "闽政办〔2016〕179号"),
    ("doc-number-guoban", "国办发〔2019〕54号"),
    ("doc-number-letter", "国办公开办函〔2019〕60号"),
    ("doc-number-square", "[2020]62号"),
    ("email", "qz27396608@163.com"),
    ("email-labelled", "电子邮箱：gkb@163.com"),
    ("url", "网址：http://www.gov.cn/2020/12"),
    ("index-code", "11620602MB161547XN/2021-02130"),
    ("address", "地址：府前路3号"),
    ("room", "1号楼408,"),
    ("room-2", "会议室301"),
    ("page", "Page 9 - "),
    ("title", "《关于印发2020年政务公开工作要点的通知》"),
    ("title-count", "《关于支持中小企业稳定发展的六条政策措施》"),
    ("quoted-slogan", "省委“1310”具体部署"),
    ("quoted-policy", "“1+20”系列政策"),
    ("quoted-three-systems", "“行政执法三项制度”"),
    ("vague-shushi", "数十"),
    ("vague-shangbai", "上百"),
    ("vague-jishi", "几十"),
    ("vague-shubai", "数百"),
    ("vague-ruogan", "若干"),
    ("vague-chengqian", "成千上万"),
    ("vague-shuwan-ren", "数万人"),
    ("list-yishi", "一是"),
    ("list-ershi", "二是"),
    ("list-paren", "(一)"),
    ("list-paren-arabic", "(1)"),
    ("list-dot", "1.属于国家秘密"),
    ("list-dun", "1、加强领导"),
    ("list-line-start", "\n2 主动公开"),
    ("idiom-lingjian", "零件"),
    ("idiom-yitihua", "一体化"),
    ("idiom-tongyi", "统一部署"),
    ("idiom-yizhanshi", "一站式"),
    ("idiom-yiwangtongban", "一网通办"),
    ("idiom-yijianshi", "一件事一次办"),
    ("idiom-wugongkai", "五公开"),
    ("idiom-liuwen-liubao", "六稳六保"),
    ("idiom-sananquan", "三安全一稳定"),
    ("idiom-shisiwu", "十四五"),
    ("idiom-shijiuda", "十九大"),
    ("idiom-shijiujie", "十九届"),
    ("idiom-shijiujie-quanhui", "十九届六中全会"),
    ("idiom-lianghui", "两会"),
    ("idiom-sanshen", "三审"),
    ("idiom-sanshen-sanjiao", "三审三校"),
    ("idiom-yibashou", "一把手"),
    ("idiom-shoulun", "首轮"),
    ("idiom-yinianlai", "一年来"),
    ("idiom-weiyi", "唯一"),
    ("idiom-jinyibu", "进一步"),
    ("idiom-yiding", "一定"),
    ("idiom-yixie", "一些"),
    ("idiom-yiqi", "一起"),
    ("idiom-tongyige", "同一个"),
    ("idiom-wanyi", "万一"),
    ("idiom-yilv", "一律"),
    ("idiom-yiban", "一般"),
    ("idiom-yizhi", "一直"),
    ("idiom-wudaowei", "五到位"),
    ("idiom-yibaoyitai", "一报一台一网"),
    ("idiom-paoyitang", "最多跑一趟"),
    ("idiom-yitang", "一趟不用跑"),
    ("idiom-zuiduopaoyici", "最多跑一次"),
    ("idiom-lingbaisu", "零败诉"),
    ("idiom-sanlei", "三类内部事务信息"),
    ("idiom-silei", "四类过程性信息"),
    ("idiom-yicixing", "一次性告知"),
    ("idiom-yirenyidang", "一人一档"),
    ("idiom-liangge-weihu", "两个维护"),
    ("idiom-sige-yishi", "四个意识"),
    ("idiom-baxiang", "中央八项规定"),
    ("idiom-wuweiyiti", "五位一体"),
    ("idiom-yibufen", "一部分"),
    ("idiom-shifen", "十分重视"),
    ("idiom-qianfangbaiji", "千方百计"),
    ("idiom-baixing", "百姓"),
    ("idiom-qianjiawanhu", "千家万户"),
    ("idiom-yigege", "一个个"),
    ("idiom-yicici", "一次次"),
    ("idiom-xiayibu", "下一步"),
    ("idiom-xiayipian", "下一篇: 市发展和改革委员会"),
    ("idiom-shangyinian", "上一年度"),
    ("idiom-sanfenzhiyi", "三分之一"),
    ("idiom-zhiyi", "之一"),
    ("weekday", "周一至周五"),
    ("holiday", "五一期间"),
    ("positional-year", "二〇二〇年"),
    ("three-or-five", "三五成群"),
    ("not-counter", "十九大精神"),
    ("chinese-bare", "千万要注意"),
    ("chinese-bare-idiom", "十万火急"),
    ("chinese-bare-vague", "粉丝上百万"),
    ("chinese-bare-class", "投资十万以上的项目"),
    ("attachment", "详见附件1"),
    ("table-label", "见表2"),
    ("emergency", "拨打110报警"),
    ("fraction", "近1/3"),
    ("fraction-chinese", "三分之二"),
    ("month-range-dash", "1—12月"),
    ("year-since", "2020年以来"),
    ("year-end", "截至2020年底"),
    ("deadline", "6月30日前"),
    ("seven-by-24", "7×24小时"),
    ("quarter", "一季度"),
    ("quarter-arabic", "1季度"),
    ("time-range", "上午9时至下午5时"),
    ("congress", "省十三届人大"),
    ("doc-no", "2号文件"),
    ("5g", "5G基站"),
    ("covid", "COVID-19疫情"),
    ("month-chinese", "十一月"),
    ("date-chinese", "二〇二一年一月"),
    # a grouping that is no amount: not groups of three (phone numbers, codes, a stray
    # space), a date, an ordinal, a document number, a year
    ("grouped-leading-zero-head", "编号 012 345 件,"),
    ("grouped-phone-fours", "电话 0591 8765 4321。"),
    ("grouped-phone-four-last", "热线 400 123 4567。"),
    ("grouped-stray-space", "申请1 4件。"),
    ("grouped-date-spaced", "2021 年 1 月 1 日"),
    ("grouped-ordinal", "第1 148号"),
    ("grouped-document-number", "发文 1 148 号。"),
    ("grouped-year-grouped", "始于1 999年。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_not_quantities(text: str) -> None:
    assert _surface(list(find_quantities(text))) == []


@pytest.mark.parametrize(
    "text",
    [c[1] for c in NEGATIVES if c[0].startswith("grouped-")],
    ids=[c[0] for c in NEGATIVES if c[0].startswith("grouped-")],
)
def test_no_grouping_is_read_without_cells(text: str) -> None:
    assert _surface(list(find_quantities(text, cells=False))) == []


# --- offsets, script and width --------------------------------------------------------


def test_offsets_are_offsets_of_the_input_whatever_its_script_and_width() -> None:
    text = "全年公開信息１，２３４條，培訓兩場次，約3萬餘人次。"
    found = list(find_quantities(text))
    assert _surface(found) == [
        ("１，２３４條", 1234, "条", None),
        ("兩場次", 2, "场次", None),
        ("約3萬餘人次", 30000, "人次", "about"),
    ]
    assert [(q.start, q.end) for q in found] == [(6, 12), (15, 18), (19, 25)]


def test_number_span_covers_numeral_and_magnitude_only() -> None:
    text = "访问量超过236万余次"
    (q,) = find_quantities(text)
    assert text[q.number_start : q.number_end] == "236万"
    assert (q.start, q.end) == (3, 11)


def test_fold_keeps_length() -> None:
    text = "１２３萬餘條個場次％，兩"
    assert len(fold(text)) == len(text)
    assert fold(text) == "123万余条个场次%，两"


def test_to_dict_matches_schema_names() -> None:
    q = parse_quantity("1200余册")
    assert q is not None
    assert q.to_dict() == {
        "value": 1200,
        "unit": "册",
        "approx": "over",
        "kind": "count",
        "text": "1200余册",
        "span": [0, 6],
        "number_span": [0, 4],
    }


def test_results_are_ordered_and_disjoint() -> None:
    text = "发布3条、5件，近50家单位超过10万人次，2020年12月31日，七成，百分之三十以上"
    found = list(find_quantities(text))
    assert len(found) == 6
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_quantity_is_frozen() -> None:
    q = parse_quantity("3件")
    assert q is not None
    with pytest.raises(AttributeError):
        q.value = 4  # type: ignore[misc]


# --- user counters ----------------------------------------------------------------------


def test_add_counters_extends_the_grammar() -> None:
    engine = Engine()
    assert _surface(list(engine.find_quantities("出动无人机3架"))) == [("3", 3, None, None)]
    engine.add_counters(["架", "架次"])
    assert _surface(list(engine.find_quantities("出动无人机3架"))) == [("3架", 3, "架", None)]
    assert _surface(list(engine.find_quantities("出动五架次"))) == [("五架次", 5, "架次", None)]
    assert _surface(list(find_quantities("出动无人机3架"))) == [("3", 3, None, None)]


def test_load_counters_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "extra.txt"
    path.write_text("# aircraft\n架  not_before=构\n", encoding="utf-8")
    engine = Engine()
    engine.load_counters(path)
    assert _surface(list(engine.find_quantities("3架，"))) == [("3架", 3, "架", None)]
    assert _surface(list(engine.find_quantities("3架构"))) == [("3", 3, None, None)]


@pytest.mark.parametrize(
    "words",
    [["件 次"], [""], ["3件"], [None]],
    ids=["space", "empty", "digit", "not-a-string"],
)
def test_add_counters_rejects_bad_words(words: list[object]) -> None:
    with pytest.raises(RuleFileError, match="add_counters:0"):
        Engine().add_counters(words)  # type: ignore[arg-type]


def test_add_counters_rejects_a_plain_string() -> None:
    with pytest.raises(TypeError):
        Engine().add_counters("件")


def test_counter_file_errors_name_every_bad_line() -> None:
    lines = ["件", "条 kind=weight", "# comment", "个 colour=red", "成 kind=ratio"]
    with pytest.raises(RuleFileError) as info:
        load_counter_lines(lines, "x.txt")
    message = str(info.value)
    assert "x.txt:2" in message
    assert "x.txt:4" in message
    assert "x.txt:1" not in message


def test_load_counters_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        Engine().load_counters(tmp_path / "absent.txt")


# --- robustness -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "\n", "万", "零", "%", "余", "-", "1," * 50, "一" * 200, "１" * 40, "百分之", "(次)"],
    ids=[
        "empty",
        "newline",
        "wan",
        "ling",
        "pct",
        "yu",
        "dash",
        "commas",
        "yi-run",
        "fw-run",
        "pct-word",
        "paren",
    ],
)
def test_degenerate_input_never_raises(text: str) -> None:
    found = list(find_quantities(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    parse_quantity(text)
    parse_number(text)


def test_no_division_name_reads_as_a_count() -> None:
    """A place name is never a number, for every county and city of the gazetteer
    (三台县 is not 3 台, 七台河市 not 7 台), written in full or short."""
    from govinfo_nlp.gazetteer import gazetteer

    g = gazetteer()
    names = set(g.by_name) | {s for s in g.by_short if len(s) >= 3}
    assert len(names) > 3000
    found = {n: q for n in names if (q := list(find_quantities(f"在{n}开展工作")))}
    assert not found
