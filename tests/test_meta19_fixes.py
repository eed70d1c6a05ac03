"""What meta19's red team found, one class each (every test fails on the code before
the fix): a government's office written without 人民 (t02), a body named by its seal
(t21), a league's or prefecture's 行政公署 (t04), a statistics period in Chinese
numerals (t32), the site's owner named only in the footer (t25); and an agency OCR read
is kept only where the reading is confirmed (formats5 h03, the lead's brief)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from govinfo_nlp import parse
from govinfo_nlp.agency import ocr_confirmed
from govinfo_nlp.metadata import Metadata, read_metadata

BODY = "\n一、总体情况\n全年主动公开信息312条。\n"


def md(text: str, titles: tuple[str, ...] = ()) -> Metadata:
    return read_metadata(text, page_titles=titles)[0]


def test_a_government_office_written_without_renmin_is_named_in_full() -> None:
    # t02: 长阳县 is written out as the autonomous county; 政府办公室 was kept short,
    # giving 长阳土家族自治县政府办公室, a name no body bears
    m = md("长阳县政府办公室2021年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.agency_as_written) == ("长阳土家族自治县人民政府办公室", "长阳县政府办公室")
    assert (m.level, m.kind) == ("county", "government")
    assert (
        md("浙江省政府办公厅2022年政府信息公开工作年度报告" + BODY).agency == "浙江省人民政府办公厅"
    )
    assert md("唐村镇政府2022年政府信息公开工作年度报告" + BODY).agency == "唐村镇人民政府"
    # a department's name holding 政府 is not touched
    m = md("江山市政府投资项目评审中心2022年政府信息公开工作年度报告" + BODY)
    assert m.agency == "江山市政府投资项目评审中心" and m.kind == "department"


def test_a_body_named_by_its_seal_takes_the_seal_name_the_document_writes() -> None:
    # t21: 市国资委 in the title, the seal name over the date at the end
    text = (
        "市国资委2022年政府信息公开工作年度报告" + BODY + "\n绍兴市人民政府国有资产监督管理委员会\n"
        "2023年1月18日\n"
    )
    m = md(text, ("市国资委2022年政府信息公开工作年度报告-绍兴市人民政府",))
    assert m.agency == "绍兴市人民政府国有资产监督管理委员会"
    assert (m.level, m.kind) == ("city", "department")
    # the name without 人民政府 where the document writes that; as written where it
    # writes no longer form (never a form it does not write)
    m = md(
        "绍兴市国资委2022年政府信息公开工作年度报告" + BODY + "请与绍兴市国有资产监督管理委员会联系"
    )
    assert m.agency == "绍兴市国有资产监督管理委员会"
    assert md("绍兴市国资委2022年政府信息公开工作年度报告" + BODY).agency == "绍兴市国资委"
    m = md("杭州市外办2022年政府信息公开工作年度报告" + BODY + "请与杭州市人民政府外事办公室联系")
    assert m.agency == "杭州市人民政府外事办公室"
    # the area restored from the seal name (省国资委 alone in the title was null)
    m = md(
        "省国资委2022年政府信息公开工作年度报告"
        + BODY
        + "请与浙江省人民政府国有资产监督管理委员会联系"
    )
    assert (m.agency, m.level) == ("浙江省人民政府国有资产监督管理委员会", "province")


def test_a_leagues_administrative_office_is_read() -> None:
    # t04: 行政公署 ends in 署, which alone is no name's end (部署): it was null
    m = md("锡林郭勒盟行政公署2022年政府信息公开工作年度报告" + BODY)
    assert m.agency == "锡林郭勒盟行政公署"
    assert (m.level, m.kind) == ("city", "government")
    assert m.region is not None and m.region.province == "内蒙古自治区"
    # its general office is a body of its own, not cut to the 行署
    m = md("阿克苏地区行政公署办公室2023年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.kind) == ("阿克苏地区行政公署办公室", "government")
    # 行署, its usual short form, is the same body, named in full
    m = md("和田地区行署2023年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.kind) == ("和田地区行政公署", "government")
    m = md("阿拉善盟行署办公室2023年政府信息公开工作年度报告" + BODY)
    assert (m.agency, m.kind) == ("阿拉善盟行政公署办公室", "government")
    # a bureau's office is still its bureau
    text = "2022年政府信息公开工作年度报告\n本报告由锡林郭勒盟生态环境局办公室编制。" + BODY
    assert md(text).agency == "锡林郭勒盟生态环境局"


def test_a_statistics_period_in_chinese_numerals_gives_the_year() -> None:
    # t32: the year only in 统计期限为二〇二〇年一月一日至二〇二〇年十二月三十一日
    text = (
        "常德市武陵区司法局政府信息公开工作年度报告\n本报告所列数据的统计期限为二〇二〇年一月一日"
        "至二〇二〇年十二月三十一日。" + BODY.replace("全年", "本年度")
    )
    assert md(text).year == 2020


FOOTER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>2021年度政府信息公开工作年度报告</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/x">信息公开</a></div>
<div class="detail"><h1>2021年度政府信息公开工作年度报告</h1>
<p>根据《中华人民共和国政府信息公开条例》规定，现公布本局2021年度政府信息公开工作年度报告。</p>
<p>一、总体情况</p><p>2021年，我局认真贯彻落实《条例》，全年主动公开政府信息205条。</p>
<p>二、主动公开政府信息情况</p><p>全年主动公开政府信息205条，其中规范性文件17件。</p>
<p>三、收到和处理政府信息公开申请情况</p><p>全年收到政府信息公开申请5件，均已按期答复。</p></div>
<div class="footer"><p>主办单位：{host}　承办：{host}办公室　地址：阜阳市颍州区清河西路</p>
<p>网站标识码：0000000000</p></div></body></html>
"""


def test_the_sites_owner_in_the_footer_names_a_report_that_names_itself_nowhere() -> None:
    # t25: 我局/本局 and no name but the footer's 主办单位
    row = parse(FOOTER_PAGE.replace("{host}", "阜阳市生态环境局").encode(), format="html")
    assert row.metadata.agency == "阜阳市生态环境局"
    assert any(w.startswith("metadata.agency_from_site_owner") for w in row.to_dict()["warnings"])
    # a government's portal hosts every department's reports: its office is no cue
    row = parse(FOOTER_PAGE.replace("{host}", "阜阳市人民政府").encode(), format="html")
    assert row.metadata.agency is None
    # a footer whose owner is not the kind of body the report calls itself (我局 under a
    # 委员会's site) names no one
    row = parse(FOOTER_PAGE.replace("{host}", "阜阳市卫生健康委员会").encode(), format="html")
    assert row.metadata.agency is None


# ---- an agency OCR read is kept only where the reading is confirmed (formats5 h03, the
# lead's brief: a misread city no division bears was the one case caught)

SCAN = (
    "{title}2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现公布{body}"
    "2022年政府信息公开工作年度报告。\n一、总体情况\n2022年，我局全年主动公开政府信息312条。\n"
)


def scanned(monkeypatch: pytest.MonkeyPatch, text: str) -> Metadata:
    """``text`` parsed as if OCR had read its one page (a scan)."""
    from govinfo_nlp import pipeline
    from govinfo_nlp.readers.pages import Page

    real = pipeline.read

    def as_scan(source: object, **kw: object) -> object:
        doc = real(source, **kw)  # type: ignore[arg-type]
        return replace(doc, pages=(Page(1, 0, len(doc.text), "tesseract"),))

    monkeypatch.setattr(pipeline, "read", as_scan)
    report = parse(text)
    return report.metadata


def test_an_ocr_read_agency_written_once_is_withheld(monkeypatch: pytest.MonkeyPatch) -> None:
    # the title read 泸州市运河区… (泸 for 沧), the preamble without a name: one reading
    text = SCAN.format(title="泸州市交通运输局", body="本局")
    assert md(text).agency == "泸州市交通运输局"  # as text: read
    m = scanned(monkeypatch, text)
    assert (m.agency, m.agency_as_written, m.region, m.level) == (None, None, None, None)
    report = parse(text)  # (still read as a scan)
    assert any(
        w.startswith("metadata.agency_ocr_unconfirmed") for w in report.to_dict()["warnings"]
    )


def test_an_ocr_read_agency_written_twice_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SCAN.format(title="沧州市运河区交通运输局", body="沧州市运河区交通运输局")
    m = scanned(monkeypatch, text)
    assert m.agency == "沧州市运河区交通运输局"
    assert m.region is not None and m.region.county == "运河区"


def test_an_ocr_read_area_no_division_bears_is_withheld_even_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the fixture word2021_scanned.pdf reads 六盘水市 as 六盟水市 (its title's 报告 as 报千)
    text = SCAN.format(title="六盟水市住房和城乡建设局", body="六盟水市住房和城乡建设局")
    assert md(text).agency == "六盟水市住房和城乡建设局"  # as text: a name of an unknown area
    assert scanned(monkeypatch, text).agency is None


def test_ocr_confirmed_leaves_a_null_agency_alone() -> None:
    meta = Metadata(year=2022)
    assert ocr_confirmed(meta, "任何文字") == (meta, ())


SOURCE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title>
<meta name="SiteName" content="淮安市淮安区人民政府">
<meta name="ContentSource" content="{source}">
</head><body><div class="detail"><h1>{title}</h1>
<p>根据《中华人民共和国政府信息公开条例》规定，现公布{me}2019年政府信息公开工作年度报告。</p>
<p>一、总体情况</p><p>2019年，{me}认真贯彻落实《条例》，全年主动公开政府信息151条。</p>
<p>二、主动公开政府信息情况</p><p>全年主动公开政府信息151条，其中规范性文件12件。</p>
</div><div class="footer"><p>主办：淮安市淮安区人民政府办公室</p></div></body></html>
"""


def page(title: str, source: str, me: str = "我局") -> Metadata:
    text = SOURCE_PAGE.format(title=title, source=source, me=me)
    return parse(text.encode(), format="html").metadata


def test_the_pages_content_source_names_a_report_that_names_itself_nowhere() -> None:
    # t35: <meta name="ContentSource"> is the one place the bureau is named
    m = page("2019年政府信息公开工作年度报告", "淮安市淮安区教育体育局")
    assert (m.agency, m.level, m.kind) == ("淮安市淮安区教育体育局", "county", "department")
    # the portal's owner as the source, the report a bureau's (我局): never the host
    assert page("2019年政府信息公开工作年度报告", "淮安市淮安区人民政府").agency is None
    assert page("2019年政府信息公开工作年度报告", "淮安市淮安区人民政府办公室").agency is None
    # a source of another kind than the report calls itself (我委 under a 局)
    assert page("2019年政府信息公开工作年度报告", "淮安市淮安区教育体育局", "我委").agency is None
    # a title that names the agency wins over the source (the source names the host's office)
    m = page(
        "淮安区卫生健康委员会2019年政府信息公开工作年度报告", "淮安市淮安区人民政府办公室", "我委"
    )
    assert m.agency == "淮安区卫生健康委员会"
