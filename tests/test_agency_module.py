"""The agency in its own package (session 26, D5): the names users imported from
metadata still resolve, the year's reading does not need the agency's, and the pipeline
reads a chromed page's agency from its body first, else from the whole page."""

from __future__ import annotations

from pathlib import Path

import pytest

import govinfo_nlp
from govinfo_nlp import agency, metadata
from govinfo_nlp.facts.component import _guess_year

SAMPLES = Path(__file__).resolve().parents[1] / "datasets" / "samples"


@pytest.mark.parametrize(
    "name", ["read_agency", "ocr_confirmed", "written_form", "reads_as_agency"]
)
def test_the_agency_names_metadata_exported_are_the_agencys(name: str) -> None:
    assert getattr(metadata, name) is getattr(agency, name)
    assert name in metadata.__all__ and name in agency.__all__


def test_metadata_has_no_other_lazy_names() -> None:
    with pytest.raises(AttributeError, match="no attribute '_describe'"):
        metadata._describe  # noqa: B018  (moved to agency.region, not re-exported)


_TEXT = (
    "某县财政局2022年政府信息公开工作年度报告\n"
    "一、总体情况\n2022年，某县财政局认真贯彻落实《条例》。\n"
    "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
)


def test_read_metadata_is_the_year_then_the_agency() -> None:
    meta, warned = metadata.read_metadata(_TEXT)
    year, year_warned, page = metadata.read_year(_TEXT)
    named, named_warned = agency.read_agency(page)
    assert (meta.year, meta.agency) == (2022, named.agency) and named.agency is not None
    assert meta == metadata.agency_of(year, named)
    assert warned == year_warned + named_warned
    assert year.agency is None  # the year's reading leaves the agency to stage 6


@pytest.mark.parametrize(
    "path", sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt"), ids=lambda p: p.name
)
def test_the_components_year_is_read_metadatas(path: Path) -> None:
    # facts/component.py reads the year only (read_year): the same year as the whole reading
    text = path.read_text(encoding="utf-8")
    assert _guess_year(text) == metadata.read_metadata(text)[0].year


_CHROME_PAGE = """<html><head><title>{title}</title></head><body>
<div class="sidebar"><ul><li><a href="/a">{other}2020年政府信息公开工作年度报告</a></li></ul></div>
<div class="article"><h1>{heading}</h1>
<p>一、总体情况</p><p>2022年，{subject}坚持以习近平新时代中国特色社会主义思想为指导。</p>
<p>本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p></div>
<div class="footer">主办单位：某市人民政府办公室</div></body></html>"""


def test_a_chromed_page_whose_body_names_its_agency_is_read_from_the_body() -> None:
    page = _CHROME_PAGE.format(
        title="报告",
        other="某市交通运输局",
        heading="某市财政局2022年政府信息公开工作年度报告",
        subject="某市财政局",
    )
    meta = govinfo_nlp.parse(page.encode("utf-8"), format="html").metadata
    assert (meta.agency, meta.year) == ("某市财政局", 2022)


def test_a_chromed_pages_body_that_says_only_wo_ju_takes_the_page_titles_agency() -> None:
    page = _CHROME_PAGE.format(
        title="某市财政局2022年政府信息公开工作年度报告_某市人民政府",
        other="某市交通运输局",
        heading="2022年政府信息公开工作年度报告",
        subject="我局",
    )
    doc = govinfo_nlp.parse(page.encode("utf-8"), format="html")
    assert doc.metadata.agency == "某市财政局"  # never the sidebar's 交通运输局
    assert doc.metadata.year == 2022
    assert "metadata.agency_from_page_title: '某市财政局'" in doc.warnings
