"""Write panel22's corpus (`pages/`) and `truth.json`: a third blind red team of
the agency x year panel (identity joins across years, cross-year table checks).

Written blind (session 22), before reading the library's identity, panel,
cross-year or metadata code, their data or their tests, and without running the
library on these pages. Real places and bodies, invented reports. The page
furniture (table 三's rows, the generic paragraphs, a saved page's chrome, text
to PDF) is imported from panel21's build (not copied); what is new here is the
mix. Each agency is declared with its pages beside its truth (`agency(...)`
then `page(...)`). Needs LibreOffice (PDF, DOCX) and OpenCC (Traditional). Run
once: `python datasets/redteam/panel22/build.py`.

Truth (`truth.json`), as panel21's, plus:
- a page whose agency the page alone does not make certain has a key of its own
  (`?…`), `resolvable: false`: any join of it is a guess, so any join is wrong;
- `year: null` where the year is not certain (any year the panel gives is
  wrong), and `years_ok` for a file holding two years' reports (either year is
  accepted; null is a miss);
- `stated_lineage`: pairs of keys whose rename the later page states (a join of
  them is lineage, never wrong; the scorer prints the panel's `join_evidence`).
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _panel21():
    spec = importlib.util.spec_from_file_location(
        "panel21_build", HERE.parent / "panel21" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


P21 = _panel21()
COLS = P21.COLS

# ---------------------------------------------------------------- 2008-template tables

# The statistics table of the 2008 regulations (before 国办公开办函〔2019〕60号): one
# column of figures, applications counted without applicant columns. Many local
# versions carried a 结转下年度 line; its figure is not the 2019 template's
# 结转下年度继续办理 cell and must not be compared with a 2019 report's 上年结转.
OLD_ROWS = [
    ("一、主动公开情况", "", None),
    ("（一）主动公开政府信息数", "条", "pub"),
    ("其中：主动公开规范性文件数", "条", "norm"),
    ("二、依申请公开情况", "", None),
    ("（一）收到申请数", "件", "recv"),
    ("1.当面申请数", "件", "face"),
    ("2.网络申请数", "件", "net"),
    ("3.信函申请数", "件", "mail"),
    ("（二）申请办结数", "件", "done"),
    ("1.按时办结数", "件", "done"),
    ("2.延期办结数", "件", "zero"),
    ("（三）申请答复数", "件", "done"),
    ("1.属于已主动公开范围数", "件", "a1"),
    ("2.同意公开答复数", "件", "a2"),
    ("3.不同意公开答复数", "件", "zero"),
    ("4.信息不存在数", "件", "a3"),
    ("（四）结转下年度办理数", "件", "co"),
    ("三、行政复议数量", "件", "zero"),
    ("四、行政诉讼数量", "件", "zero"),
]


def old_values(rng: random.Random) -> dict[str, int]:
    recv = rng.randint(20, 90)
    co = rng.randint(2, 6)
    done = recv - co
    face = recv // 4
    net = recv - face - 2
    a1 = done // 3
    a2 = done // 2
    return {
        "pub": rng.randint(300, 1500),
        "norm": rng.randint(3, 20),
        "recv": recv,
        "face": face,
        "net": net,
        "mail": 2,
        "done": done,
        "zero": 0,
        "a1": a1,
        "a2": a2,
        "a3": done - a1 - a2,
        "co": co,
    }


def old_html(v: dict[str, int]) -> str:
    h = ["<tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>"]
    for label, unit, k in OLD_ROWS:
        h.append(f"<tr><td>{label}</td><td>{unit}</td><td>{'' if k is None else v[k]}</td></tr>")
    return '<table border="1" cellspacing="0">\n' + "\n".join(h) + "\n</table>"


def old_text(v: dict[str, int]) -> str:
    lines = ["统计指标                              单位    统计数"]
    for label, unit, k in OLD_ROWS:
        lines.append(f"{label:<32}{unit:<6}{'' if k is None else v[k]:>6}")
    return "\n".join(lines)


def drop_first_cell(table: str, row_prefix: str) -> str:
    """Remove the first number cell (自然人) of the row whose label starts with
    `row_prefix`: six cells for seven columns, a cell lost in saving."""
    out = []
    for line in table.split("\n"):
        if f">{row_prefix}" in line:
            head, _, rest = line.partition("</td>")
            i = rest.index("</td>")
            line = head + "</td>" + rest[i + len("</td>") :]
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- the corpus

AGENCIES: list[dict] = []
STATED: list[list[str]] = []


def agency(key: str, name: str, lineage: tuple[str, ...] = (), seed: int = 0) -> dict:
    a = {"key": key, "name": name, "lineage": list(lineage), "pages": [], "seed": seed}
    AGENCIES.append(a)
    return a


def page(a: dict, year: int, fmt: str, heading: str, **kw) -> None:
    """One report page. kw as panel21's `page`, plus: note (paragraphs after the
    preamble), template ('2008': the old statistics table), unsure (the page does
    not make its agency certain: a key of its own), chain (False: not in the
    agency's carry chain — its year is not certain), two_years (a second year
    whose report follows in the same file), info (replace the saved page's
    发布日期 line's 来源 part)."""
    kw.setdefault("page_title", heading)
    kw.setdefault("site", a["name"])
    kw.setdefault("footer", f"主办单位：{kw['site']}")
    kw.setdefault("site_nav", "信息公开")
    kw.setdefault("pre_name", a["name"])
    kw.setdefault("pre_kind", "std")
    kw.setdefault("contact", "")
    kw.setdefault("template", "2021" if year >= 2021 else "2019" if year >= 2019 else None)
    kw.setdefault("carry_in", "holds")
    kw.setdefault("ci", "printed")
    kw.setdefault("co", "printed")
    kw.setdefault("resolvable", not kw.get("unsure", False))
    kw.setdefault("year_truth", year)
    kw.setdefault("pubdate", f"{year + 1}-0{1 + year % 3}-{12 + year % 9}")
    kw.setdefault("trad", False)
    kw.setdefault("no_year", False)
    kw.setdefault("chain", True)
    kw.setdefault("note", [])
    kw.setdefault("views", 100 + zlib.crc32(heading.encode()) % 900)
    a["pages"].append({"year": year, "fmt": fmt, "heading": heading, **kw})


# --- 1. the province written or not; a page naming no area --------------------
a = agency("江苏省南京市|统计局", "江苏省南京市统计局", seed=1)
page(a, 2020, "html", "江苏省南京市统计局2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "pdf",
    "南京市统计局2021年政府信息公开工作年度报告",
    pre_name="南京市统计局",
)
page(
    a,
    2022,
    "html",
    "市统计局2022年政府信息公开工作年度报告",
    page_title="市统计局2022年政府信息公开工作年度报告_南京市人民政府",
    site="南京市人民政府",
    pre_name="市统计局",
    contact="联系电话：025-83xxxxxx",
    carry_in="breaks",
)
a = agency("?统计局2023", "统计局", seed=2)
page(
    a,
    2023,
    "txt",
    "统计局2023年政府信息公开工作年度报告",
    pre_name="本局",
    unsure=True,
    template=None,
)

# --- 2. 朝阳区 of 北京 and of 长春; one with no city ----------------------------
a = agency("北京市朝阳区|民政局", "北京市朝阳区民政局", seed=3)
page(a, 2020, "html", "北京市朝阳区民政局2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "朝阳区民政局2021年政府信息公开工作年度报告",
    page_title="北京市朝阳区人民政府",
    site="北京市朝阳区人民政府",
    pre_name="朝阳区民政局",
)
page(a, 2022, "docx", "区民政局2022年政府信息公开工作年度报告", pre_name="北京市朝阳区民政局")

a = agency("吉林省长春市朝阳区|民政局", "长春市朝阳区民政局", seed=4)
page(a, 2021, "html", "长春市朝阳区民政局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "朝阳区民政局2022年政府信息公开工作年度报告",
    page_title="长春市朝阳区人民政府",
    site="长春市朝阳区人民政府",
    pre_name="朝阳区民政局",
    contact="联系电话：0431-85xxxxxx",
    carry_in="breaks",
)
a = agency("?朝阳区民政局2023", "朝阳区民政局", seed=5)
page(a, 2023, "txt", "朝阳区民政局2023年政府信息公开工作年度报告", unsure=True)

# --- 3. 普陀区 of 上海 and of 舟山 ----------------------------------------------
a = agency("上海市普陀区|人民政府", "上海市普陀区人民政府", seed=6)
page(a, 2021, "html", "上海市普陀区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "普陀区人民政府2022年政府信息公开工作年度报告",
    page_title="上海市普陀区人民政府",
    site="上海市普陀区人民政府",
    pre_name="普陀区人民政府",
)
a = agency("浙江省舟山市普陀区|人民政府", "舟山市普陀区人民政府", seed=7)
page(a, 2021, "html", "舟山市普陀区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "txt",
    "普陀区政府2022年政府信息公开工作年度报告",
    pre_name="舟山市普陀区人民政府",
    contact="联系电话：0580-36xxxxx",
    carry_in="breaks",
)

# --- 4. a county-level city and a county of one stem (伊宁市 / 伊宁县; 和田) -------
a = agency("新疆伊犁哈萨克自治州伊宁市|人民政府", "伊宁市人民政府", seed=8)
page(a, 2021, "html", "伊宁市人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "伊宁市政府2022年政府信息公开工作年度报告",
    page_title="伊宁市人民政府",
    site="伊宁市人民政府",
    pre_name="伊宁市人民政府",
)
a = agency("新疆伊犁哈萨克自治州伊宁县|人民政府", "伊宁县人民政府", seed=9)
page(a, 2021, "html", "伊宁县人民政府2021年政府信息公开工作年度报告")
page(a, 2022, "pdf", "伊宁县政府2022年政府信息公开工作年度报告", pre_name="伊宁县人民政府")

a = agency("新疆和田地区和田市|民政局", "和田市民政局", seed=10)
page(a, 2021, "html", "和田市民政局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "市民政局2022年政府信息公开工作年度报告",
    page_title="和田市人民政府",
    site="和田市人民政府",
    pre_name="和田市民政局",
)
a = agency("新疆和田地区和田县|民政局", "和田县民政局", seed=11)
page(a, 2021, "html", "和田县民政局2021年政府信息公开工作年度报告")
page(a, 2022, "txt", "县民政局2022年政府信息公开工作年度报告", pre_name="和田县民政局")
a = agency("?和田民政局2023", "和田民政局", seed=12)
page(a, 2023, "txt", "和田民政局2023年政府信息公开工作年度报告", unsure=True)

# --- 5. a development zone's 管委会 and the district it sits in ------------------
a = agency("安徽省合肥市|经济技术开发区管理委员会", "合肥经济技术开发区管理委员会", seed=13)
page(a, 2020, "html", "合肥经济技术开发区管理委员会2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "合肥经开区管委会2021年政府信息公开工作年度报告",
    page_title="合肥经济技术开发区",
    site="合肥经济技术开发区管理委员会",
    pre_name="合肥经开区管委会",
)
page(
    a,
    2022,
    "html",
    "经开区管委会2022年政府信息公开工作年度报告",
    page_title="合肥经济技术开发区管理委员会",
    site="合肥经济技术开发区管理委员会",
    pre_name="经开区管委会",
    contact="地址：合肥市蜀山区紫云路",
    carry_in="breaks",
)
a = agency("安徽省合肥市蜀山区|人民政府", "合肥市蜀山区人民政府", seed=14)
page(a, 2021, "html", "合肥市蜀山区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "蜀山区人民政府2022年政府信息公开工作年度报告",
    page_title="合肥市蜀山区人民政府",
    site="合肥市蜀山区人民政府",
    pre_name="蜀山区人民政府",
)

# --- 6. renamed by the reforms, the later page saying so ----------------------
a = agency("浙江省杭州市|农业局", "杭州市农业局", lineage=("浙江省杭州市|农业农村局",), seed=15)
page(a, 2018, "html", "杭州市农业局2018年政府信息公开工作年度报告")
a = agency("浙江省杭州市|农业农村局", "杭州市农业农村局", lineage=("浙江省杭州市|农业局",), seed=16)
page(
    a,
    2019,
    "html",
    "杭州市农业农村局2019年政府信息公开工作年度报告",
    note=["2019年1月，根据机构改革方案，原杭州市农业局更名为杭州市农业农村局。"],
)
page(
    a,
    2020,
    "html",
    "市农业农村局2020年政府信息公开工作年度报告",
    page_title="杭州市人民政府",
    site="杭州市人民政府",
    pre_name="杭州市农业农村局",
)
STATED.append(["浙江省杭州市|农业局", "浙江省杭州市|农业农村局"])

a = agency(
    "湖南省邵阳市邵东县|人民政府",
    "邵东县人民政府",
    lineage=("湖南省邵阳市邵东市|人民政府",),
    seed=17,
)
page(a, 2018, "html", "邵东县人民政府2018年政府信息公开工作年度报告")
a = agency(
    "湖南省邵阳市邵东市|人民政府",
    "邵东市人民政府",
    lineage=("湖南省邵阳市邵东县|人民政府",),
    seed=18,
)
page(
    a,
    2020,
    "html",
    "邵东市人民政府2020年政府信息公开工作年度报告",
    note=[
        "2019年7月，经国务院批准，撤销邵东县，设立县级邵东市，以原邵东县的行政区域为邵东市的行政区域。"
    ],
)
page(a, 2021, "html", "邵东市人民政府2021年政府信息公开工作年度报告")
STATED.append(["湖南省邵阳市邵东县|人民政府", "湖南省邵阳市邵东市|人民政府"])

# --- 7. a central basin body (no area) and a county of its lake's name --------
a = agency("水利部|太湖流域管理局", "水利部太湖流域管理局", seed=19)
page(a, 2021, "html", "水利部太湖流域管理局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "太湖流域管理局2022年政府信息公开工作年度报告",
    page_title="水利部太湖流域管理局",
    site="水利部太湖流域管理局",
    pre_name="太湖流域管理局",
)
page(
    a,
    2023,
    "html",
    "水利部太湖流域管理局2023年政府信息公开工作年度报告",
    contact="地址：上海市虹口区纪念路480号",
)
a = agency("安徽省安庆市太湖县|人民政府", "太湖县人民政府", seed=20)
page(
    a,
    2021,
    "html",
    "太湖县人民政府2021年政府信息公开工作年度报告",
    page_title="安徽省太湖县人民政府",
    site="安徽省太湖县人民政府",
)
page(a, 2022, "html", "安徽省太湖县人民政府2022年政府信息公开工作年度报告")

# --- 8. short forms not on the list (区网信办, 县医保局) ------------------------
a = agency(
    "四川省成都市锦江区|网络安全和信息化委员会办公室",
    "成都市锦江区网络安全和信息化委员会办公室",
    seed=21,
)
page(a, 2021, "html", "成都市锦江区网络安全和信息化委员会办公室2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "区网信办2022年政府信息公开工作年度报告",
    page_title="成都市锦江区人民政府",
    site="成都市锦江区人民政府",
    pre_name="锦江区网信办",
)
a = agency("四川省广元市苍溪县|医疗保障局", "苍溪县医疗保障局", seed=22)
page(a, 2020, "html", "苍溪县医疗保障局2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "县医保局2021年政府信息公开工作年度报告",
    page_title="苍溪县人民政府",
    site="苍溪县人民政府",
    pre_name="苍溪县医保局",
)
page(a, 2022, "docx", "广元市苍溪县医疗保障局2022年政府信息公开工作年度报告")
a = agency("?县医保局2022", "县医保局", seed=23)
page(a, 2022, "txt", "县医保局2022年政府信息公开工作年度报告", unsure=True)

# --- 9. an agency's report posted (代发) by the 区政府办, and the 区政府办's own ----
a = agency("四川省成都市成华区|人民政府办公室", "成都市成华区人民政府办公室", seed=24)
page(a, 2021, "html", "成都市成华区人民政府办公室2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "成华区政府办2022年政府信息公开工作年度报告",
    page_title="成都市成华区人民政府",
    site="成都市成华区人民政府",
    pre_name="成华区人民政府办公室",
)
a = agency("四川省成都市成华区|卫生健康局", "成都市成华区卫生健康局", seed=25)
page(a, 2021, "html", "成都市成华区卫生健康局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "成华区卫生健康局2022年政府信息公开工作年度报告",
    page_title="成都市成华区人民政府",
    site="成都市成华区人民政府",
    footer="主办单位：成都市成华区人民政府办公室",
    pre_name="成华区卫生健康局",
    info="发布机构：成华区人民政府办公室（代发）　来源：区政府办",
)
page(
    a,
    2023,
    "html",
    "成华区人民政府办公室代发成华区卫生健康局2023年政府信息公开工作年度报告",
    page_title="成都市成华区人民政府",
    site="成都市成华区人民政府",
    footer="主办单位：成都市成华区人民政府办公室",
    pre_name="成华区卫生健康局",
    info="发布机构：成华区人民政府办公室　来源：区政府办",
    carry_in="breaks",
)

# --- 10. two years' reports in one file ---------------------------------------
a = agency("四川省泸州市纳溪区|交通运输局", "泸州市纳溪区交通运输局", seed=26)
page(
    a,
    2019,
    "txt",
    "泸州市纳溪区交通运输局2019年政府信息公开工作年度报告",
    two_years=2020,
    year_truth=None,
)
page(a, 2021, "html", "泸州市纳溪区交通运输局2021年政府信息公开工作年度报告")

# --- 11. Traditional and Simplified copies --------------------------------------
a = agency("广东省深圳市福田区|人民政府", "深圳市福田区人民政府", seed=27)
page(a, 2021, "html", "深圳市福田区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "深圳市福田区人民政府2021年政府信息公开工作年度报告",
    trad=True,
    dup_of=True,
    site_nav="繁體",
)
page(
    a,
    2022,
    "html",
    "福田区人民政府2022年政府信息公开工作年度报告",
    page_title="深圳市福田区人民政府",
    site="深圳市福田区人民政府",
    pre_name="福田区人民政府",
)
a = agency("广东省广州市越秀区|民政局", "广州市越秀区民政局", seed=28)
page(a, 2021, "html", "广州市越秀区民政局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "广州市越秀区民政局2022年政府信息公开工作年度报告",
    trad=True,
    carry_in="breaks",
)

# --- 12. a year the page does not make certain; the province written or not ---
a = agency("江苏省苏州市|人力资源和社会保障局", "苏州市人力资源和社会保障局", seed=29)
page(a, 2020, "html", "苏州市人力资源和社会保障局2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "苏州市人社局2021年政府信息公开工作年度报告",
    pre_name="苏州市人社局",
    page_title="苏州市人民政府",
    site="苏州市人民政府",
)
page(
    a,
    2022,
    "html",
    "苏州市人力资源和社会保障局政府信息公开工作年度报告",
    no_year=True,
    year_truth=None,
    pubdate=None,
    chain=False,
    note=["我局深入实施《苏州市“十四五”人力资源和社会保障事业发展规划（2021—2025年）》。"],
)
a = agency("江苏省苏州市昆山市|人力资源和社会保障局", "江苏省昆山市人力资源和社会保障局", seed=30)
page(a, 2021, "html", "江苏省昆山市人力资源和社会保障局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "昆山市人社局2022年政府信息公开工作年度报告",
    page_title="昆山市人民政府",
    site="昆山市人民政府",
    pre_name="昆山市人社局",
)

# --- 13. carries: a 2008-template figure, a lost cell, cells placed by position --
a = agency("四川省自贡市贡井区|人民政府", "自贡市贡井区人民政府", seed=31)
page(a, 2018, "html", "自贡市贡井区人民政府2018年政府信息公开工作年度报告", template="2008")
page(
    a,
    2019,
    "html",
    "贡井区人民政府2019年政府信息公开工作年度报告",
    page_title="自贡市贡井区人民政府",
    site="自贡市贡井区人民政府",
    pre_name="贡井区人民政府",
    carry_in="breaks",
)
page(a, 2020, "html", "自贡市贡井区人民政府2020年政府信息公开工作年度报告")

a = agency("四川省绵阳市游仙区|人民政府", "绵阳市游仙区人民政府", seed=32)
page(a, 2018, "txt", "绵阳市游仙区人民政府2018年政府信息公开工作年度报告", template="2008")
page(a, 2019, "docx", "绵阳市游仙区人民政府2019年政府信息公开工作年度报告", carry_in="breaks")
page(a, 2020, "html", "绵阳市游仙区人民政府2020年政府信息公开工作年度报告", carry_in="breaks")

a = agency("四川省眉山市|司法局", "眉山市司法局", seed=33)
page(a, 2021, "html", "眉山市司法局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "眉山市司法局2022年政府信息公开工作年度报告",
    ci="dropped",
    carry_in="breaks",
)
page(a, 2023, "html", "眉山市司法局2023年政府信息公开工作年度报告", carry_in="breaks")

a = agency("四川省内江市|生态环境局", "内江市生态环境局", seed=34)
page(a, 2020, "html", "内江市生态环境局2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "txt",
    "内江市生态环境局2021年政府信息公开工作年度报告",
    ci="placed",
    carry_in="breaks",
)
page(
    a,
    2022,
    "pdf-text",
    "内江市生态环境局2022年政府信息公开工作年度报告",
    co="placed",
)
page(a, 2023, "html", "内江市生态环境局2023年政府信息公开工作年度报告", carry_in="breaks")


# ---------------------------------------------------------------- build


def render_one(p: dict, year: int | None, vals, rng: random.Random, fmt_kind: str) -> tuple:
    """(head paragraphs, table, tail paragraphs) of one report."""
    head = [
        P21.preamble(p["pre_name"], year, p["pre_kind"]),
        *p["note"],
        "一、总体情况",
        P21.overview(p["pre_name"], year, rng),
        *P21.GENERIC,
        "二、主动公开政府信息情况",
        "本年度主动公开规范性文件、行政许可、行政处罚等信息，详见附表。",
    ]
    tail = [
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生政府信息公开行政复议、行政诉讼。",
        *P21.CLOSING,
    ]
    if p["contact"]:
        tail.append(p["contact"])
    table = ""
    if p["template"] == "2008" and vals:
        table = old_html(vals) if fmt_kind == "html" else old_text(vals)
    elif p["template"] and vals:
        if fmt_kind == "html":
            blank = {k for k in ("ci", "co") if p[k] == "blank"}
            table = P21.t3_html(vals, p["template"], blank)
            if p["ci"] == "dropped":
                table = drop_first_cell(table, "二、上年结转")
        else:
            wrap = {k for k in ("ci", "co") if p[k] == "placed"}
            table = P21.t3_text(vals, p["template"], wrap, set())
    return head, table, tail


def render(p: dict, rng: random.Random) -> tuple[str, str]:
    year = None if p["no_year"] else p["year"]
    kind = "html" if p["fmt"] in ("html", "pdf", "docx") else "text"
    head, table, tail = render_one(p, year, p["vals"], rng, kind)
    if kind == "html":
        q = dict(p)
        text = P21.html_page(q, head, table, tail)
        if p.get("info"):
            text = text.replace(f"来源：{p['site']}", p["info"])
    else:
        text = P21.text_page(p, head, table, tail)
        if p.get("two_years"):
            y2 = p["two_years"]
            q = {**p, "year": y2, "heading": p["heading"].replace(str(p["year"]), str(y2))}
            head2, table2, tail2 = render_one(q, y2, p["vals2"], rng, kind)
            text += "\n\n" + P21.text_page(q, head2, table2, tail2)
    if p["trad"]:
        import opencc

        text = opencc.OpenCC("s2t").convert(text)
    return text, kind


def convert(src: Path, out: Path, target: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", "--headless"]
        if target == "docx":
            cmd += ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"]
        else:
            cmd += ["--convert-to", "pdf"]
        subprocess.run([*cmd, "--outdir", tmp, str(src)], check=True, capture_output=True)
        shutil.move(str(Path(tmp) / f"{src.stem}.{target}"), out)


# Re-judged after the first reading (post hoc, see README): the row that lost its 自然人
# cell prints its 总计, and the page's own sums leave one placement (each column's balance
# fixes its cell), so 2022's 上年结转 总计 is printed and read; 2021's 结转下年度 总计 differs.
# 自然人 stays `none`: it is worked out from the sums, not printed.
REJUDGED = {("四川省眉山市|司法局", 2022, "total"): "breaks"}


def carry_cells(a: dict, prev_p: dict, p: dict, prev_v: dict, v: dict, truth: dict) -> None:
    for j, col in enumerate(COLS):
        sure = (
            prev_p["resolvable"]
            and p["resolvable"]
            and prev_p["template"] != "2008"
            and prev_p["co"] == "printed"
            and p["ci"] == "printed"
            and p["carry_in"] != "fresh"
            and not prev_p.get("two_years")
        )
        if (a["key"], p["year"], col) in REJUDGED:
            exp = REJUDGED[(a["key"], p["year"], col)]
        elif not sure:
            exp = "none"
        elif v["ci"][j] == prev_v["co"][j]:
            exp = "holds"
        else:
            exp = "breaks"
        truth["carry"].append(
            {
                "key": a["key"],
                "year_from": p["year"] - 1,
                "year_to": p["year"],
                "col": col,
                "expect": exp,
                "wave": 1,
            }
        )


def main() -> None:
    out = HERE / "pages"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    files = [(a, p) for a in AGENCIES for p in a["pages"]]
    order = list(range(len(files)))
    random.Random(2222).shuffle(order)
    truth: dict = {"pages": {}, "carry": [], "duplicates": [], "stated_lineage": STATED}
    for a in AGENCIES:
        rng = random.Random(a["seed"] * 104729)
        prev_v: dict | None = None
        prev_p: dict | None = None
        vals_of: dict[int, dict] = {}
        for p in sorted(a["pages"], key=lambda q: (q["year"], bool(q.get("dup_of")))):
            if p.get("dup_of"):
                p["vals"] = vals_of.get(p["year"])
                continue
            if p["template"] == "2008":
                p["vals"] = old_values(rng)
                prev_v = {"co": [p["vals"]["co"]] + [0] * 5 + [p["vals"]["co"]]}
                prev_p = p
                continue
            if not p["template"]:
                p["vals"] = None
                continue
            consecutive = prev_p is not None and prev_p["year"] == p["year"] - 1 and p["chain"]
            ci = None
            if consecutive and p["carry_in"] != "fresh":
                ci = list(prev_v["co"][:6])
                if p["carry_in"] == "breaks":
                    ci[0] += 2 + rng.randint(0, 3)
            v = P21.table_values(rng, ci)
            if consecutive:
                carry_cells(a, prev_p, p, prev_v, v, truth)
            p["vals"] = v
            vals_of[p["year"]] = v
            if not p["chain"]:
                continue
            prev_v, prev_p = v, p
            if p.get("two_years"):
                v2 = P21.table_values(rng, list(v["co"][:6]))
                p["vals2"] = v2
                prev_v = v2
                prev_p = {**p, "year": p["two_years"]}
    tmpdir = Path(tempfile.mkdtemp())
    for n, idx in enumerate(order, 1):
        a, p = files[idx]
        rng = random.Random(zlib.crc32(f"{a['key']}{p['year']}".encode()))
        text, kind = render(p, rng)
        ext = {"html": "html", "txt": "txt", "pdf": "pdf", "pdf-text": "pdf", "docx": "docx"}[
            p["fmt"]
        ]
        name = f"report_{n:03d}.{ext}"
        if p["fmt"] in ("pdf", "pdf-text", "docx"):
            if kind == "text":
                text = P21.text_as_html(text)
            src = tmpdir / f"report_{n:03d}.html"
            src.write_text(text, encoding="utf-8")
            convert(src, out / name, "docx" if p["fmt"] == "docx" else "pdf")
        else:
            (out / name).write_text(text, encoding="utf-8")
        entry = {
            "key": a["key"],
            "year": p["year_truth"],
            "resolvable": p["resolvable"],
            "lineage": a["lineage"],
            "heading": p["heading"],
            "format": p["fmt"],
            "wave": 1,
        }
        if p.get("two_years"):
            entry["years_ok"] = [p["year"], p["two_years"]]
        truth["pages"][name] = entry
        if p.get("dup_of"):
            truth["duplicates"].append([a["key"], p["year"]])
    shutil.rmtree(tmpdir)
    truth["pages"] = dict(sorted(truth["pages"].items()))
    (HERE / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(files)} pages, {len(AGENCIES)} agencies, {len(truth['carry'])} carry cells")


if __name__ == "__main__":
    main()
