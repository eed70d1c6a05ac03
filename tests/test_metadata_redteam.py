"""Metadata under the rewrites real pages apply to a report (our red-team set,
govinfo_nlp_dev/metadata_redteam.py): a wrong agency or year is never allowed,
a null is."""

from __future__ import annotations

import pytest
from conftest import shared_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse
from govinfo_nlp.metadata import Metadata
from govinfo_nlp_dev.metadata_redteam import (
    SPAM,
    Variant,
    agency_matches,
    agency_shortened,
    body_variants,
    real_variants,
    synthetic_variants,
    transforms,
)

# Excerpts written by us in the style of the real ones: (text, agency, year, areas).
DOCS = (
    (
        "当前位置：首页 > 政府信息公开 > 年报\n绵阳市卫生健康委员会2021年政府信息公开工作年度报告\n"
        "发布日期：2022-01-20\n本报告由绵阳市卫生健康委员会编制，统计期限自2021年1月1日至12月31日。\n"
        "一、总体情况\n2021年，我委认真贯彻落实《条例》，主动公开政府信息1268条。\n"
        "二、主动公开政府信息情况\n如对本报告有疑问，请与绵阳市卫生健康委员会办公室联系。",
        "绵阳市卫生健康委员会",
        2021,
        ("四川省", "绵阳市", ""),
    ),
    (
        "三台县统计局2022年政府信息公开工作年度报告\n一、总体情况\n"
        "2022年，三台县统计局积极推进政务公开，全年发布统计信息86条。\n"
        "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。",
        "三台县统计局",
        2022,
        ("四川省", "绵阳市", "三台县"),
    ),
    (
        "芦溪镇人民政府2023年度政府信息公开工作年度报告\n一、总体情况\n"
        "2023年，我镇通过政府网站公开信息47条。\n"
        "如有疑问请与三台县芦溪镇人民政府党政综合办公室联系。",
        "三台县芦溪镇人民政府",
        2023,
        ("四川省", "绵阳市", "三台县"),
    ),
)


def _check(v: Variant) -> Metadata:
    md = parse(v.text).metadata
    if md.agency is not None:
        assert v.agency is not None, f"{v.name}: {md.agency!r} where no agency is certain"
        assert agency_matches(md.agency, v.agency) or agency_shortened(md.agency, v.agency), (
            f"{v.name}: {md.agency!r} is not {v.agency!r}"
        )
    assert md.year in (None, v.year), f"{v.name}: year {md.year} is not {v.year}"
    return md


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    doc=st.sampled_from(DOCS),
    pick=st.integers(min_value=0, max_value=20),
    spam=st.sampled_from(SPAM),
    one_line=st.booleans(),
)
def test_a_rewritten_report_never_gets_a_wrong_agency_or_year(
    doc: tuple[str, str, int, tuple[str, ...]], pick: int, spam: str, one_line: bool
) -> None:
    text, agency, year, areas = doc
    made = list(transforms(text.replace("报告\n", "报告" + spam + "\n", 1), agency, year, areas))
    name, variant, named = made[pick % len(made)]
    if one_line:
        variant = " ".join(variant.split("\n"))
    _check(Variant(name, variant, agency, named, year))


@pytest.mark.parametrize("variant", list(synthetic_variants()), ids=lambda v: v.name)
def test_synthetic_names_level_kind_region(variant: Variant) -> None:
    md = parse(variant.text).metadata
    assert md.agency == variant.agency
    assert md.year == variant.year
    if variant.agency is not None:
        assert (md.level, md.kind) == (variant.level, variant.kind)
    if variant.code is not None:
        assert md.region is not None and md.region.code == variant.code
    if variant.no_region:
        # an ambiguous district: its name at most, never a city or a code
        assert md.region is None or (md.region.province, md.region.city, md.region.code) == (
            None,
            None,
            None,
        )


def test_real_excerpts_rewritten_never_get_a_wrong_agency_or_year() -> None:
    variants = list(real_variants(shared_path("reports")))
    assert len(variants) > 300
    named = right = 0
    for v in variants:
        md = _check(v)
        named += v.named
        right += v.named and md.agency is not None and agency_matches(md.agency, v.agency or "")
    # Nulls are allowed, but the name must survive most rewrites.
    assert right >= 0.9 * named


@pytest.mark.parametrize("variant", list(body_variants()), ids=lambda v: v.name)
def test_names_read_from_the_body(variant: Variant) -> None:
    # 我局…公开了《X政府信息公开指南》 names the agency, a document it follows or
    # studies (参照《…》, 学习《…》) or reprints does not; a central body's branch
    # keeps its parent's name (国家税务总局…税务局), a county's 统计局 has none; an
    # English page gives its year (its English name is not read).
    md = parse(variant.text).metadata
    assert md.agency == variant.agency
    assert md.year == variant.year
