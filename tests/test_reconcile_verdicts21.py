"""False accusations the blind verdict red team verdicts21 found (datasets/redteam/verdicts21,
claim shapes the earlier sets showed least; first reading in its README).

Each test of a rule fails on the reconciliation before the fix: a count that is not a
like-for-like count of the agency for the report year was called ``inconsistent``.
Next to each, a claim that truly contradicts its table stays ``inconsistent``.
"""

from __future__ import annotations

from test_reconcile_verdicts20 import _verdict

# --- another report's title above the claim on the same page (v21_08) ------------------

PAGE = (
    "某区民政局2022年政府信息公开工作年度报告\n一、总体情况\n全年收到政府信息公开申请10件。\n"
    "六、其他需要报告的事项\n无。\n"
)


def test_a_count_under_another_years_report_title_is_that_reports() -> None:
    text = (
        PAGE
        + "附：某区民政局2021年政府信息公开工作年度报告\n一、概述\n"
        + "已全部答复，其中同意公开4件，信息不存在2件。\n"
    )
    got = _verdict(
        text, "同意公开4件", "4件", "requests.closed", "t3.granted.total", t3__granted__total=6
    )
    assert got == "not_comparable"


def test_a_count_under_the_reports_own_title_stays_accused() -> None:
    text = PAGE.replace("无。\n", "已全部答复，其中同意公开4件，信息不存在2件。\n")
    got = _verdict(
        text, "同意公开4件", "4件", "requests.closed", "t3.granted.total", t3__granted__total=6
    )
    assert got == "inconsistent"


def test_a_heading_naming_another_year_alone_is_no_other_report() -> None:
    # a report whose only title names the year before (verdicts19's v19_08): its claims are
    # its own, whatever the heading says
    text = "某区民政局2021年政府信息公开工作年度报告\n一、总体情况\n全年收到政府信息公开申请8件。\n"
    got = _verdict(text, "收到政府信息公开申请8件", "8件", "requests.received", t3__new__total=10)
    assert got == "inconsistent"


# --- a paragraph opened by another year (v21_09) ---------------------------------------


def test_a_paragraph_opened_by_last_year_is_no_accusation() -> None:
    text = "一、总体情况\n2021年，我局坚持以公开为常态。全年共收到政府信息公开申请8件，较上年有所增加。\n"
    got = _verdict(
        text, "全年共收到政府信息公开申请8件", "8件", "requests.received", t3__new__total=10
    )
    assert got == "not_comparable"


def test_a_paragraph_opened_by_the_report_year_stays_accused() -> None:
    text = "一、总体情况\n2022年，我局坚持以公开为常态。全年共收到政府信息公开申请8件，较上年有所增加。\n"
    got = _verdict(
        text, "全年共收到政府信息公开申请8件", "8件", "requests.received", t3__new__total=10
    )
    assert got == "inconsistent"


# --- the carried-in and the new summed in one count (v21_23) ---------------------------


def test_carried_in_and_new_summed_is_their_sum() -> None:
    text = "上年结转和本年新收政府信息公开申请共计20件，其中新收18件。"
    got = _verdict(
        text,
        "上年结转和本年新收政府信息公开申请共计20件",
        "20件",
        "requests.received",
        "t3.carried_in.total",
        t3__new__total=18,
        t3__carried_in__total=2,
    )
    assert got == "consistent"


def test_carried_in_and_new_summed_wrong_stays_accused() -> None:
    text = "上年结转和本年新收政府信息公开申请共计23件，其中新收18件。"
    got = _verdict(
        text,
        "上年结转和本年新收政府信息公开申请共计23件",
        "23件",
        "requests.received",
        "t3.carried_in.total",
        t3__new__total=18,
        t3__carried_in__total=2,
    )
    assert got == "inconsistent"


def test_the_carried_in_alone_stays_the_carried_in() -> None:
    text = "上年结转的申请共计3件，均已办结。"
    got = _verdict(
        text,
        "上年结转的申请共计3件",
        "3件",
        "requests.received",
        "t3.carried_in.total",
        t3__new__total=18,
        t3__carried_in__total=2,
    )
    assert got == "inconsistent"


# --- consultations named right before the count (v21_26) -------------------------------


def test_consultations_before_the_count_are_no_applications() -> None:
    text = "全年街道本级收到申请6件，辖区10个社区共受理居民信息查询咨询53件。"
    got = _verdict(
        text,
        "辖区10个社区共受理居民信息查询咨询53件",
        "53件",
        "requests.received",
        subject="申请",
        t3__new__total=6,
    )
    assert got != "inconsistent"


def test_applications_before_the_count_stay_accused() -> None:
    text = "全年共受理政府信息公开申请53件。"
    got = _verdict(
        text,
        "共受理政府信息公开申请53件",
        "53件",
        "requests.received",
        subject="申请",
        t3__new__total=6,
    )
    assert got == "inconsistent"


# --- probes written after reading the code (verdicts21's v21_31-40, set "after") --------


def test_a_count_under_another_years_annual_report_titled_nianbao_is_that_reports() -> None:
    # 某局2020年度政府信息公开年报 below the 2022 report's own title (v21_31)
    text = PAGE + "某区民政局2021年度政府信息公开年报\n一、总体情况\n已办结9件。\n"
    got = _verdict(text, "已办结9件", "9件", "requests.closed", t3__results_total__total=13)
    assert got == "not_comparable"


def test_a_paragraph_opened_by_last_year_and_wrapped_by_a_pdf_is_no_accusation() -> None:
    # the PDF wrapped the paragraph before its count (v21_32)
    para = (
        "年度，我局坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、\n"
        "结果公开，全年共收到政府信息公开申请11件，办结11件。\n"
    )
    for year, want in (("2021", "not_comparable"), ("2022", "inconsistent")):
        text = "一、总体情况\n" + year + para
        got = _verdict(
            text, "全年共收到政府信息公开申请11件", "11件", "requests.received", t3__new__total=15
        )
        assert got == want, year


def test_new_and_carried_in_summed_in_that_order_is_their_sum() -> None:
    # 本年度新收和上年结转的政府信息公开申请共23件, read as the carried-in part (v21_33)
    for n, want in (("23", "consistent"), ("25", "inconsistent")):
        text = f"本年度新收和上年结转的政府信息公开申请共{n}件。"
        got = _verdict(
            text,
            f"新收和上年结转的政府信息公开申请共{n}件",
            f"{n}件",
            "requests.received",
            "t3.carried_in.total",
            t3__new__total=20,
            t3__carried_in__total=3,
        )
        assert got == want, n


def test_a_suit_lost_is_the_suits_correction_whatever_its_sentence_names() -> None:
    # 被申请行政复议3件…；被提起行政诉讼2件，…，我局败诉1件 (v21_37): not every corrected column
    text = (
        "本年度被申请行政复议3件，其中复议维持1件、撤销1件；"
        "被提起行政诉讼2件，法院裁定驳回起诉1件，我局败诉1件。"
    )
    cells = {"t4__review__corrected": 1, "t4__suit_direct__corrected": 1}
    got = _verdict(text, "我局败诉1件", "1件", "appeals.corrected", section="appeals", **cells)
    assert got == "consistent"
    lost2 = text.replace("我局败诉1件", "我局败诉2件")
    got = _verdict(lost2, "我局败诉2件", "2件", "appeals.corrected", section="appeals", **cells)
    assert got == "inconsistent"


# --- a second round of probes (v21_41-50, set "after") ---------------------------------


def test_a_paragraph_opened_by_a_year_in_chinese_numerals_is_no_accusation() -> None:
    # 二〇二二年，我局…。全年共收到政府信息公开申请11件 in the 2023 report (v21_42)
    for year, want in (("二〇二一", "not_comparable"), ("二〇二二", "inconsistent")):
        text = f"一、总体情况\n{year}年，我局坚持以公开为常态。全年共收到政府信息公开申请8件。\n"
        got = _verdict(
            text, "全年共收到政府信息公开申请8件", "8件", "requests.received", t3__new__total=10
        )
        assert got == want, year


def test_answer_documents_written_are_no_applications() -> None:
    # 全年制作《政府信息公开申请答复书》15份 typed closed (v21_46)
    text = "全年制作《政府信息公开申请答复书》15份。"
    got = _verdict(
        text,
        "申请答复书》15份",
        "15份",
        "requests.closed",
        subject="申请答复书》",
        t3__results_total__total=12,
    )
    assert got != "inconsistent"
    forms = "全年收到政府信息公开申请书15份。"
    got = _verdict(
        forms, "收到政府信息公开申请书15份", "15份", "requests.received", t3__new__total=12
    )
    assert got == "inconsistent"


def test_bodies_at_several_levels_are_not_the_agency() -> None:
    # 市县两级民政部门共收到申请85件 in a district bureau's report (v21_49)
    for lead, want in (("市县两级民政部门共", "not_comparable"), ("本局共", "inconsistent")):
        text = f"2022年，{lead}收到申请85件。"
        got = _verdict(text, "收到申请85件", "85件", "requests.received", t3__new__total=11)
        assert got == want, lead
