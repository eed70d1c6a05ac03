"""Write panel23's corpus (`pages/`) and `truth.json`: a fourth blind red team of
the agency x year panel (identity joins across years, cross-year table checks).

Written blind (session 23), before reading the library's identity, panel,
cross-year or metadata code, their data or their tests, and without running the
library on these pages. Real places and bodies, invented reports. The page
furniture (table 三, the generic paragraphs, a saved page's chrome, the 2008
statistics table, text to PDF/DOCX, Traditional) is imported from panel22's build
(which imports panel21's), not copied; what is new here is the mix (see README).
Each agency is declared with its pages beside its truth (`agency(...)` then
`page(...)`, panel22's `page`). Needs LibreOffice (PDF, DOCX) and OpenCC. Run
once: `python datasets/redteam/panel23/build.py`.

Truth (`truth.json`), as panel22's:
- one key per agency; a join of two keys is wrong unless one is the other's
  `lineage` (listed apart, never wrong);
- `resolvable: false` with the agency's own key: the page does not make its
  area certain — a missed join is no fault, a join to the right body is right,
  to another body wrong; a key `?…`: the page does not make its agency certain
  at all, so any join of it is a guess, and wrong;
- `year: null` where the year is not certain, `years_ok` for a file holding two
  years' reports (either year right, null a miss);
- `stated_lineage`: renames the later page states (the scorer prints whether a
  join of them says so in `join_evidence`, and whether a row kept apart names
  its predecessor anywhere);
- carries (`holds`/`breaks`/`none`), as panel22's: `none` where a cell is not a
  printed figure read with its label (a 上年结转 row printed as dashes, a label
  wrapped round its numbers, a two-year file, the 2008 table, a lineage pair).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shutil
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _panel22():
    spec = importlib.util.spec_from_file_location(
        "panel22_build", HERE.parent / "panel22" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


P22 = _panel22()
P21 = P22.P21
COLS = P22.COLS

AGENCIES: list[dict] = []
STATED: list[list[str]] = []


def agency(key: str, name: str, lineage: tuple[str, ...] = (), seed: int = 0) -> dict:
    a = {"key": key, "name": name, "lineage": list(lineage), "pages": [], "seed": seed}
    AGENCIES.append(a)
    return a


page = P22.page  # kw: see panel22's page(); plus ci="dash" and reverse (below)


# --- 1. development zones: the full name, the short name with its city, a bare zone ------
a = agency("陕西省西安市|高新技术产业开发区管理委员会", "西安高新技术产业开发区管理委员会", seed=1)
page(a, 2020, "html", "西安高新技术产业开发区管理委员会2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "西安高新区管委会2021年政府信息公开工作年度报告",
    page_title="西安高新技术产业开发区管理委员会",
    site="西安高新技术产业开发区管理委员会",
    pre_name="西安高新区管委会",
)
page(a, 2022, "pdf", "西安高新区管委会2022年政府信息公开工作年度报告", carry_in="breaks")
# bare 高新区 on the city's own portal: 西安 has one 高新区 (a user reads it as that one)
page(
    a,
    2023,
    "html",
    "高新区管委会2023年政府信息公开工作年度报告",
    page_title="高新区管委会2023年政府信息公开工作年度报告_西安市人民政府",
    site="西安市人民政府",
    pre_name="高新区管委会",
    contact="联系电话：029-88xxxxxx",
)
a = agency("陕西省西安市|经济技术开发区管理委员会", "西安经济技术开发区管理委员会", seed=2)
page(a, 2021, "html", "西安经济技术开发区管理委员会2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "西安经开区管委会2022年政府信息公开工作年度报告",
    page_title="西安经济技术开发区",
    site="西安经济技术开发区管理委员会",
    pre_name="西安经开区管委会",
    carry_in="breaks",
)
# bare 开发区 on the city's portal: 经开区 or 高新区 (both 开发区): not certain at all
a = agency("?开发区管委会2023", "开发区管委会", seed=3)
page(
    a,
    2023,
    "html",
    "开发区管委会2023年政府信息公开工作年度报告",
    page_title="开发区管委会2023年政府信息公开工作年度报告_西安市人民政府",
    site="西安市人民政府",
    pre_name="开发区管委会",
    unsure=True,
)
# a prefecture's 高新区 and a county-level city's 高新区 in it; the latter written bare on
# its own city's site (a key to 苏州's one 高新区 would be wrong)
a = agency("江苏省苏州市|高新技术产业开发区管理委员会", "苏州高新技术产业开发区管理委员会", seed=4)
page(a, 2021, "html", "苏州高新技术产业开发区管理委员会2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "苏州高新区管委会2022年政府信息公开工作年度报告",
    page_title="苏州国家高新技术产业开发区",
    site="苏州国家高新技术产业开发区管理委员会",
    pre_name="苏州高新区管委会",
)
a = agency(
    "江苏省苏州市昆山市|高新技术产业开发区管理委员会", "昆山高新技术产业开发区管理委员会", seed=5
)
page(a, 2021, "html", "昆山高新技术产业开发区管理委员会2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "高新区管委会2022年政府信息公开工作年度报告",
    page_title="昆山市人民政府",
    site="昆山市人民政府",
    pre_name="高新区管委会",
    contact="地址：昆山市玉山镇前进西路",
    carry_in="breaks",
)

# --- 2. renames and mergers of the 2018/2019 reforms ------------------------------
a = agency(
    "四川省宜宾市|安全生产监督管理局",
    "宜宾市安全生产监督管理局",
    lineage=("四川省宜宾市|应急管理局",),
    seed=6,
)
page(a, 2018, "html", "宜宾市安全生产监督管理局2018年政府信息公开工作年度报告")
a = agency(
    "四川省宜宾市|应急管理局",
    "宜宾市应急管理局",
    lineage=("四川省宜宾市|安全生产监督管理局",),
    seed=7,
)
page(
    a,
    2019,
    "html",
    "宜宾市应急管理局2019年政府信息公开工作年度报告",
    note=[
        "2019年1月，根据《宜宾市机构改革实施方案》，组建宜宾市应急管理局，"
        "不再保留宜宾市安全生产监督管理局。"
    ],
)
page(
    a,
    2020,
    "html",
    "市应急管理局2020年政府信息公开工作年度报告",
    page_title="宜宾市人民政府",
    site="宜宾市人民政府",
    pre_name="宜宾市应急管理局",
)
page(a, 2021, "txt", "宜宾市应急局2021年政府信息公开工作年度报告", pre_name="宜宾市应急局")
STATED.append(["四川省宜宾市|安全生产监督管理局", "四川省宜宾市|应急管理局"])

a = agency(
    "四川省南充市|国土资源局",
    "南充市国土资源局",
    lineage=("四川省南充市|自然资源和规划局",),
    seed=8,
)
page(a, 2018, "html", "南充市国土资源局2018年政府信息公开工作年度报告")
a = agency(
    "四川省南充市|自然资源和规划局",
    "南充市自然资源和规划局",
    lineage=("四川省南充市|国土资源局",),
    seed=9,
)
page(
    a,
    2019,
    "html",
    "南充市自然资源和规划局2019年政府信息公开工作年度报告",
    note=[
        "根据机构改革部署，将原南充市国土资源局、南充市城乡规划局的职责整合，"
        "组建南充市自然资源和规划局。"
    ],
)
page(a, 2020, "html", "南充市自然资源和规划局2020年政府信息公开工作年度报告", carry_in="breaks")
page(
    a,
    2021,
    "html",
    "南充市自然资源规划局2021年政府信息公开工作年度报告",
    pre_name="南充市自然资源规划局",
)
STATED.append(["四川省南充市|国土资源局", "四川省南充市|自然资源和规划局"])

LS_NEW = "四川省乐山市|市场监督管理局"
a = agency("四川省乐山市|工商行政管理局", "乐山市工商行政管理局", lineage=(LS_NEW,), seed=10)
page(a, 2018, "html", "乐山市工商行政管理局2018年政府信息公开工作年度报告")
a = agency("四川省乐山市|质量技术监督局", "乐山市质量技术监督局", lineage=(LS_NEW,), seed=11)
page(a, 2018, "txt", "乐山市质量技术监督局2018年政府信息公开工作年度报告")
a = agency(
    LS_NEW,
    "乐山市市场监督管理局",
    lineage=("四川省乐山市|工商行政管理局", "四川省乐山市|质量技术监督局"),
    seed=12,
)
page(
    a,
    2019,
    "html",
    "乐山市市场监督管理局2019年政府信息公开工作年度报告",
    note=[
        "按照机构改革要求，整合原乐山市工商行政管理局、乐山市质量技术监督局、"
        "乐山市食品药品监督管理局的职责，组建乐山市市场监督管理局。"
    ],
)
page(
    a,
    2020,
    "html",
    "乐山市市场监管局2020年政府信息公开工作年度报告",
    page_title="乐山市人民政府",
    site="乐山市人民政府",
    pre_name="乐山市市场监管局",
)
STATED.append(["四川省乐山市|工商行政管理局", LS_NEW])
STATED.append(["四川省乐山市|质量技术监督局", LS_NEW])

# a rename the later pages do not state
a = agency(
    "四川省德阳市|环境保护局", "德阳市环境保护局", lineage=("四川省德阳市|生态环境局",), seed=13
)
page(a, 2018, "html", "德阳市环境保护局2018年政府信息公开工作年度报告")
a = agency(
    "四川省德阳市|生态环境局", "德阳市生态环境局", lineage=("四川省德阳市|环境保护局",), seed=14
)
page(a, 2019, "html", "德阳市生态环境局2019年政府信息公开工作年度报告")
page(
    a,
    2020,
    "html",
    "市生态环境局2020年政府信息公开工作年度报告",
    page_title="德阳市人民政府",
    site="德阳市人民政府",
    pre_name="德阳市生态环境局",
    carry_in="breaks",
)

# --- 3. one district name in two provinces (和平区) and two cities of one province (铁西区) --
a = agency("天津市和平区|人民政府", "天津市和平区人民政府", seed=15)
page(a, 2021, "html", "天津市和平区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "和平区人民政府2022年政府信息公开工作年度报告",
    page_title="天津市和平区人民政府",
    site="天津市和平区人民政府",
    pre_name="和平区人民政府",
)
a = agency("辽宁省沈阳市和平区|人民政府", "沈阳市和平区人民政府", seed=16)
page(a, 2021, "html", "沈阳市和平区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "txt",
    "和平区政府2022年政府信息公开工作年度报告",
    pre_name="沈阳市和平区人民政府",
    contact="联系电话：024-22xxxxxx",
    carry_in="breaks",
)
a = agency("天津市和平区|人民政府办公室", "天津市和平区人民政府办公室", seed=17)
page(a, 2021, "html", "天津市和平区人民政府办公室2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "和平区政府办2022年政府信息公开工作年度报告",
    page_title="天津市和平区人民政府",
    site="天津市和平区人民政府",
    pre_name="和平区人民政府办公室",
)
# the 教育局's report posted by the district office (代发 in the heading's bracket)
a = agency("天津市和平区|教育局", "天津市和平区教育局", seed=18)
page(a, 2021, "html", "天津市和平区教育局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "和平区教育局2022年政府信息公开工作年度报告（区政府办公室代发）",
    page_title="天津市和平区人民政府",
    site="天津市和平区人民政府",
    footer="主办单位：天津市和平区人民政府办公室",
    pre_name="和平区教育局",
    info="发布机构：和平区人民政府办公室（代发）　来源：和平区教育局",
    carry_in="breaks",
)
a = agency("?和平区教育局2023", "和平区教育局", seed=19)
page(a, 2023, "txt", "和平区教育局2023年政府信息公开工作年度报告", unsure=True)

a = agency("辽宁省沈阳市铁西区|人力资源和社会保障局", "沈阳市铁西区人力资源和社会保障局", seed=20)
page(a, 2021, "html", "沈阳市铁西区人力资源和社会保障局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "铁西区人社局2022年政府信息公开工作年度报告",
    page_title="沈阳市铁西区人民政府",
    site="沈阳市铁西区人民政府",
    pre_name="铁西区人社局",
)
# the whole page in Traditional: 沈阳 becomes 瀋陽
page(
    a,
    2023,
    "html",
    "沈阳市铁西区人力资源和社会保障局2023年政府信息公开工作年度报告",
    trad=True,
    carry_in="breaks",
)
a = agency("辽宁省鞍山市铁西区|人力资源和社会保障局", "鞍山市铁西区人力资源和社会保障局", seed=21)
page(a, 2021, "html", "鞍山市铁西区人力资源和社会保障局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "鞍山市铁西区人社局2022年政府信息公开工作年度报告",
    pre_name="鞍山市铁西区人社局",
)
a = agency("?铁西区人社局2023", "铁西区人社局", seed=22)
page(
    a,
    2023,
    "txt",
    "铁西区人社局2023年政府信息公开工作年度报告",
    pre_name="铁西区人社局",
    contact="地址：辽宁省",
    unsure=True,
)

# --- 4. a city and its same-stem county; a county-level city and another city's district --
a = agency("辽宁省辽阳市|统计局", "辽阳市统计局", seed=23)
page(a, 2021, "html", "辽阳市统计局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "市统计局2022年政府信息公开工作年度报告",
    page_title="辽阳市人民政府",
    site="辽阳市人民政府",
    pre_name="市统计局",
    contact="联系电话：0419-22xxxxx",
)
# 辽阳统计局: the city's, as a user would read it, but 辽阳县 has one too: not certain
page(
    a,
    2023,
    "txt",
    "辽阳统计局2023年政府信息公开工作年度报告",
    pre_name="辽阳统计局",
    resolvable=False,
)
a = agency("辽宁省辽阳市辽阳县|统计局", "辽阳县统计局", seed=24)
page(a, 2021, "html", "辽阳县统计局2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "县统计局2022年政府信息公开工作年度报告",
    page_title="辽阳县人民政府",
    site="辽阳县人民政府",
    pre_name="县统计局",
    carry_in="breaks",
)
a = agency("广东省梅州市兴宁市|人民政府", "兴宁市人民政府", seed=25)
page(a, 2021, "html", "兴宁市人民政府2021年政府信息公开工作年度报告")
page(a, 2022, "docx", "兴宁市政府2022年政府信息公开工作年度报告", pre_name="兴宁市人民政府")
a = agency("广西壮族自治区南宁市兴宁区|人民政府", "南宁市兴宁区人民政府", seed=26)
page(a, 2021, "html", "南宁市兴宁区人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "兴宁区人民政府2022年政府信息公开工作年度报告",
    page_title="南宁市兴宁区人民政府",
    site="南宁市兴宁区人民政府",
    pre_name="兴宁区人民政府",
    carry_in="breaks",
)

# --- 5. a street and a town of one name in two places -------------------------------
a = agency("北京市西城区新街口街道|办事处", "北京市西城区新街口街道办事处", seed=27)
page(a, 2021, "html", "北京市西城区新街口街道办事处2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "新街口街道办事处2022年政府信息公开工作年度报告",
    page_title="北京市西城区人民政府",
    site="北京市西城区人民政府",
    footer="主办单位：北京市西城区人民政府办公室",
    pre_name="新街口街道办事处",
    info="发布机构：西城区人民政府办公室（代发）　来源：新街口街道",
    carry_in="breaks",
)
a = agency("江苏省南京市玄武区新街口街道|办事处", "南京市玄武区新街口街道办事处", seed=28)
page(a, 2021, "html", "南京市玄武区新街口街道办事处2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "玄武区新街口街道2022年政府信息公开工作年度报告",
    page_title="南京市玄武区人民政府",
    site="南京市玄武区人民政府",
    pre_name="玄武区新街口街道办事处",
)
a = agency("?新街口街道2023", "新街口街道办事处", seed=29)
page(a, 2023, "txt", "新街口街道办事处2023年政府信息公开工作年度报告", unsure=True)

a = agency("四川省成都市简阳市石桥镇|人民政府", "简阳市石桥镇人民政府", seed=30)
page(a, 2021, "html", "简阳市石桥镇人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "html",
    "石桥镇人民政府2022年政府信息公开工作年度报告",
    page_title="简阳市人民政府",
    site="简阳市人民政府",
    pre_name="石桥镇人民政府",
)
a = agency("四川省达州市达川区石桥镇|人民政府", "达州市达川区石桥镇人民政府", seed=31)
page(a, 2021, "html", "达州市达川区石桥镇人民政府2021年政府信息公开工作年度报告")
page(
    a,
    2022,
    "pdf",
    "达川区石桥镇人民政府2022年政府信息公开工作年度报告",
    pre_name="达州市达川区石桥镇人民政府",
    carry_in="breaks",
)

# --- 6. a central body, its provincial and city branches, and the two it merged --------
a = agency("中央|国家税务总局", "国家税务总局", seed=32)
page(a, 2021, "html", "国家税务总局2021年政府信息公开工作年度报告")
page(a, 2022, "html", "国家税务总局2022年政府信息公开工作年度报告", carry_in="breaks")
SC_TAX = "四川省|税务局"
a = agency(
    SC_TAX,
    "国家税务总局四川省税务局",
    lineage=("四川省|地方税务局", "四川省|国家税务局"),
    seed=33,
)
page(a, 2021, "html", "国家税务总局四川省税务局2021年政府信息公开工作年度报告")
page(a, 2022, "txt", "四川省税务局2022年政府信息公开工作年度报告", pre_name="四川省税务局")
page(
    a,
    2023,
    "html",
    "省税务局2023年政府信息公开工作年度报告",
    page_title="国家税务总局四川省税务局",
    site="国家税务总局四川省税务局",
    pre_name="省税务局",
    carry_in="breaks",
)
a = agency("四川省成都市|税务局", "国家税务总局成都市税务局", seed=34)
page(a, 2021, "html", "国家税务总局成都市税务局2021年政府信息公开工作年度报告")
page(a, 2022, "html", "国家税务总局成都市税务局2022年政府信息公开工作年度报告")
a = agency("四川省|地方税务局", "四川省地方税务局", lineage=(SC_TAX,), seed=35)
page(a, 2017, "html", "四川省地方税务局2017年政府信息公开工作年度报告", template="2008")
a = agency("四川省|国家税务局", "四川省国家税务局", lineage=(SC_TAX,), seed=36)
page(a, 2017, "html", "四川省国家税务局2017年政府信息公开工作年度报告", template="2008")

# --- 7. two years in one saved page (the listing's newest first) --------------------
a = agency("四川省遂宁市|财政局", "遂宁市财政局", seed=37)
page(a, 2020, "html", "遂宁市财政局2020年政府信息公开工作年度报告")
page(
    a,
    2021,
    "html",
    "遂宁市财政局2021年政府信息公开工作年度报告",
    two_years=2022,
    reverse=True,
    page_title="政府信息公开年报_遂宁市财政局",
    year_truth=None,
)
page(a, 2023, "html", "遂宁市财政局2023年政府信息公开工作年度报告", carry_in="breaks")

# --- 8. a Traditional copy of one year beside its Simplified page (another format) -----
a = agency("浙江省温州市|卫生健康委员会", "温州市卫生健康委员会", seed=38)
page(a, 2021, "html", "温州市卫生健康委员会2021年政府信息公开工作年度报告")
page(a, 2022, "html", "温州市卫生健康委员会2022年政府信息公开工作年度报告", carry_in="breaks")
page(
    a,
    2022,
    "txt",
    "温州市卫生健康委员会2022年政府信息公开工作年度报告",
    trad=True,
    dup_of=True,
)
page(
    a,
    2023,
    "html",
    "市卫健委2023年政府信息公开工作年度报告",
    page_title="温州市人民政府",
    site="温州市人民政府",
    pre_name="温州市卫健委",
)

# --- 9. years: Chinese numerals, none in the title, none at all -------------------------
a = agency("湖北省孝感市|教育局", "孝感市教育局", seed=39)
page(
    a,
    2020,
    "html",
    "孝感市教育局二〇二〇年政府信息公开工作年度报告",
    no_year=True,
)
page(
    a,
    2021,
    "html",
    "孝感市教育局政府信息公开工作年度报告",
    page_title="孝感市教育局政府信息公开工作年度报告",
    carry_in="breaks",
)
page(a, 2022, "txt", "孝感市教育局2022年度政府信息公开工作年度报告")
page(
    a,
    2023,
    "html",
    "孝感市教育局政府信息公开工作年度报告",
    no_year=True,
    year_truth=None,
    pubdate=None,
    chain=False,
    note=[
        "我局对照《孝感市教育事业发展“十四五”规划》，回顾2021年以来政务公开工作，"
        "谋划2024—2026年工作重点。"
    ],
)

# --- 10. carries resting on cells that are not printed figures --------------------------
a = agency("四川省广安市|民政局", "广安市民政局", seed=40)
page(a, 2020, "html", "广安市民政局2020年政府信息公开工作年度报告")
# 上年结转 printed as dashes (not figures; read as 0 it would break)
page(a, 2021, "html", "广安市民政局2021年政府信息公开工作年度报告", ci="dash")
page(a, 2022, "docx", "广安市民政局2022年政府信息公开工作年度报告", carry_in="breaks")
# a PDF of a text copy, the 上年结转 label wrapped round its numbers (placed by position)
page(
    a,
    2023,
    "pdf-text",
    "广安市民政局2023年政府信息公开工作年度报告",
    ci="placed",
    carry_in="breaks",
)


# ---------------------------------------------------------------- build


def dash_row(table: str, row_prefix: str) -> str:
    """The cells of the row whose label starts with `row_prefix` printed as dashes."""
    out = []
    for line in table.split("\n"):
        if f">{row_prefix}" in line:
            head, _, rest = line.partition("</td>")
            rest = re.sub(r"<td>\d+</td>", "<td>—</td>", rest)
            line = head + "</td>" + rest
        out.append(line)
    return "\n".join(out)


def render(p: dict, rng: random.Random) -> tuple[str, str]:
    """panel22's render, plus a dashed 上年结转 row and a saved listing page holding
    two years' reports, the later one first (`reverse`)."""
    if p.get("two_years") and p.get("reverse"):
        y2 = p["two_years"]
        q = {**p, "year": y2, "heading": p["heading"].replace(str(p["year"]), str(y2))}
        if p["pubdate"]:  # the later report was published a year later
            q["pubdate"] = p["pubdate"].replace(str(p["year"] + 1), str(y2 + 1), 1)
        h1, t1, tail1 = P22.render_one(p, p["year"], p["vals"], rng, "html")
        h2, t2, tail2 = P22.render_one(q, y2, p["vals2"], rng, "html")
        first = P21.html_page(q, h2, t2, tail2)
        second = P21.html_page(p, h1, t1, tail1)
        art = re.search(r'<div class="article">.*?</div></div>', second, re.S)
        assert art is not None
        i = first.index('<div class="footer">')
        return first[:i] + art.group(0) + "\n" + first[i:], "html"
    text, kind = P22.render(p, rng)
    if p["ci"] == "dash":
        text = dash_row(text, "二、上年结转")
    return text, kind


# Re-judged after the first reading (post hoc, see README): the two-year listing page's row
# is the first report's (2022: its year and its tables, the library says so in a warning,
# `tables.other_reports`), so 2023's 上年结转 is compared with a printed, read 2022 cell: the
# pair is judged as printed (natural and total break, the other columns hold).
REJUDGED = {("四川省遂宁市|财政局", 2023)}


def carry_cells(a: dict, prev_p: dict, p: dict, prev_v: dict, v: dict, truth: dict) -> None:
    rejudged = (a["key"], p["year"]) in REJUDGED
    for j, col in enumerate(COLS):
        sure = (
            prev_p["resolvable"]
            and p["resolvable"]
            and prev_p["template"] != "2008"
            and prev_p["co"] == "printed"
            and p["ci"] == "printed"
            and p["carry_in"] != "fresh"
            and (rejudged or not prev_p.get("two_years"))
            and not p.get("two_years")
        )
        if not sure:
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
                **({"rejudged": True} if rejudged else {}),
            }
        )


def main() -> None:
    out = HERE / "pages"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    files = [(a, p) for a in AGENCIES for p in a["pages"]]
    order = list(range(len(files)))
    random.Random(2323).shuffle(order)
    truth: dict = {"pages": {}, "carry": [], "duplicates": [], "stated_lineage": STATED}
    for a in AGENCIES:
        rng = random.Random(a["seed"] * 7919 + 23)
        prev_v: dict | None = None
        prev_p: dict | None = None
        vals_of: dict[int, dict] = {}
        for p in sorted(a["pages"], key=lambda q: (q["year"], bool(q.get("dup_of")))):
            if p.get("dup_of"):
                p["vals"] = vals_of.get(p["year"])
                continue
            if p["template"] == "2008":
                p["vals"] = P22.old_values(rng)
                prev_v = {"co": [p["vals"]["co"]] + [0] * 5 + [p["vals"]["co"]]}
                prev_p = p
                continue
            if not p["template"]:
                p["vals"] = None
                continue
            consecutive = prev_p is not None and prev_p["year"] == p["year"] - 1 and p["chain"]
            ci = None
            if consecutive and p["carry_in"] != "fresh":
                assert prev_v is not None and prev_p is not None
                ci = list(prev_v["co"][:6])
                if p["carry_in"] == "breaks":
                    ci[0] += 2 + rng.randint(0, 3)
            v = P21.table_values(rng, ci)
            if consecutive and not p.get("two_years"):
                assert prev_v is not None and prev_p is not None
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
        rng = random.Random(zlib.crc32(f"{a['key']}{p['year']}{p['fmt']}".encode()))
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
            P22.convert(src, out / name, "docx" if p["fmt"] == "docx" else "pdf")
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
