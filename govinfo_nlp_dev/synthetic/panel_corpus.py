"""A synthetic multi-year corpus of annotate rows, with its truth, for the panel.

Each agency reports once a year; its name is written a different way from
year to year (full, abbreviated, a bare 市/区 with the region in metadata,
Traditional script, with a bracketed note…), its carry-over chains from
year to year except where a break is injected, and its counts drift by at
most 40 % except where a jump is injected. Traps are built in: the same
body in two cities, a government next to its general office, a district
name shared by two cities. Rows carry only what the panel reads (metadata,
tables, template, checks), so 10,000 of them build in a second.

This is the set the panel was developed on: accuracy on it is not evidence
of accuracy on other corpora.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

# (province, city, districts): the districts are real names, two shared across cities.
AREAS = [
    ("四川省", "绵阳市", ["涪城区", "游仙区"]),
    ("四川省", "德阳市", ["旌阳区", "罗江区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区"]),
    ("福建省", "福州市", ["鼓楼区", "仓山区"]),
    ("江苏省", "泰州市", ["海陵区", "高港区"]),
    ("甘肃省", "武威市", ["凉州区"]),
    ("湖南省", "衡阳市", ["衡山县", "祁东县"]),
    ("浙江省", "宁波市", ["海曙区", "江北区"]),
    ("广东省", "佛山市", ["南海区", "顺德区"]),
    ("山东省", "潍坊市", ["奎文区", "寿光市"]),
]

# full body, abbreviations a document may use instead
BODIES = [
    ("人民政府办公室", ["政府办", "政府办公室"]),
    ("人民政府", ["政府"]),
    ("卫生健康委员会", ["卫健委", "卫生健康委"]),
    ("卫生健康局", ["卫健局"]),
    ("人力资源和社会保障局", ["人社局"]),
    ("住房和城乡建设局", ["住建局"]),
    ("市场监督管理局", ["市监局", "市场监管局"]),
    ("发展和改革委员会", ["发改委"]),
    ("医疗保障局", ["医保局"]),
    ("文化广电和旅游局", ["文广旅局"]),
    ("应急管理局", ["应急局"]),
    ("教育局", []),
    ("财政局", []),
    ("自然资源和规划局", ["自然资源规划局"]),
    ("交通运输局", ["交通局"]),
]

_STEM_CHARS = "安宝昌丰福广海和华吉嘉江金锦晋靖开乐临龙隆茂宁平庆瑞顺泰通文武西祥兴永玉长镇中"

T3_COLUMNS = ("natural", "commercial", "research", "social", "legal", "other", "total")
PREV_CHANGE_ROWS = ("license", "penalty", "coercion")

TRAD = str.maketrans(
    "卫生健康委员会人力资源社会保障局住房城乡建设场监督管理发展改革医疗应急教财政门户办区县市",
    "衛生健康委員會人力資源社會保障局住房城鄉建設場監督管理發展改革醫療應急教財政門戶辦區縣市",
)


@dataclass
class Agency:
    province: str
    city: str
    county: str | None  # None for a city-level agency
    body: str
    short: list[str]

    @property
    def id(self) -> str:
        return f"{self.city}{self.county or ''}{self.body}"

    @property
    def bare(self) -> str:
        return "区" if self.county and self.county.endswith("区") else "县" if self.county else "市"

    def spellings(self) -> list[tuple[str, dict[str, Any]]]:
        """(agency as written, region or {}) forms a report of this agency may use."""
        area = self.city + (self.county or "")
        region = {"province": self.province, "city": self.city}
        if self.county:
            region["county"] = self.county
        forms: list[tuple[str, dict[str, Any]]] = [
            (area + self.body, {}),
            (area + self.body, region),
            (self.province + area + self.body, {}),
            (self.bare + self.body, region),
            ((area + self.body).translate(TRAD), {}),
            (area + " " + self.body, {}),
            (area + self.body + "（" + self.city + "某某办公室）", {}),
        ]
        if self.county:
            forms.append((self.county + self.body, {"province": self.province, "city": self.city}))
        else:
            forms.append((self.city[:-1] + self.body, region))  # 绵阳卫健委: the stem only
        forms.append(((self.county or self.city)[:-1] + self.body, {}))  # …and no region
        for short in self.short:
            forms += [(area + short, {}), (self.bare + short, region)]
        return forms


@dataclass
class PanelCorpus:
    rows: list[dict[str, Any]]
    agency_of: list[str]  # true agency id per row
    breaks: set[tuple[str, int, str]] = field(default_factory=set)  # (agency, year, check id)
    jumps: set[tuple[str, int, str]] = field(default_factory=set)  # (agency, year, field)
    duplicates: set[tuple[str, int]] = field(default_factory=set)


def pick_agencies(rng: random.Random, n: int) -> list[Agency]:
    """``n`` distinct agencies, with the traps: one body in two cities, a government
    and its office, and 鼓楼区 of two cities."""
    chosen: dict[str, Agency] = {}
    traps = [
        Agency("四川省", "绵阳市", None, *BODIES[2]),
        Agency("四川省", "德阳市", None, *BODIES[2]),
        Agency("江苏省", "泰州市", None, *BODIES[1]),
        Agency("江苏省", "泰州市", None, *BODIES[0]),
        Agency("江苏省", "南京市", "鼓楼区", *BODIES[4]),
        Agency("福建省", "福州市", "鼓楼区", *BODIES[4]),
    ]
    for agency in traps[: max(0, n)]:
        chosen[agency.id] = agency
    areas = list(AREAS)
    while len(areas) * 3 * len(BODIES) < 2 * n:  # made-up cities for corpora of thousands
        stem = rng.choice(_STEM_CHARS) + rng.choice(_STEM_CHARS)
        areas.append(("某省", stem + "市", [stem + "东区", stem + "西县"]))
    while len(chosen) < n:
        province, city, counties = rng.choice(areas)
        county = rng.choice([None, *counties])
        body, short = rng.choice(BODIES)
        agency = Agency(province, city, county, body, list(short))
        chosen.setdefault(agency.id, agency)
    return list(chosen.values())


def make_panel_corpus(
    seed: int = 0,
    *,
    agencies: int = 12,
    years: tuple[int, ...] = (2019, 2020, 2021),
    p_break: float = 0.15,
    p_jump: float = 0.1,
    duplicates: int = 1,
) -> PanelCorpus:
    """Rows of ``agencies`` agencies × ``years``, names varying by year, with their truth."""
    rng = random.Random(seed)
    corpus = PanelCorpus(rows=[], agency_of=[])
    for agency in pick_agencies(rng, agencies):
        forms = agency.spellings()
        last: dict[str, int] = {}
        for year in years:
            name, region = rng.choice(forms)
            template = "2019" if year <= 2020 else "2021"
            tables: dict[str, int] = {}
            for col in T3_COLUMNS:
                carried_in = last.get(f"t3.carried_out.{col}", rng.randint(0, 9))
                if last and col == "total" and rng.random() < p_break:
                    carried_in += rng.choice([-3, -1, 1, 2, 5])
                    carried_in = max(carried_in, 0)
                    if carried_in != last[f"t3.carried_out.{col}"]:
                        corpus.breaks.add((agency.id, year, f"t3.carry.{col}"))
                tables[f"t3.carried_in.{col}"] = carried_in
                tables[f"t3.carried_out.{col}"] = rng.randint(0, 9)
            base = last.get("t3.new.total") or rng.randint(40, 400)
            new = max(1, round(base * rng.uniform(0.75, 1.3)))
            if last and rng.random() < p_jump:
                # ten times up or down, staying above the jump floor (20) on one side
                new = base * 10 if base < 200 or rng.random() < 0.5 else base // 10
                corpus.jumps.add((agency.id, year, "t3.new.total"))
            tables["t3.new.total"] = new
            if template == "2019":
                for row in PREV_CHANGE_ROWS:
                    prev = last.get(f"t2.{row}.next", rng.randint(0, 50))
                    if f"t2.{row}.next" in last and rng.random() < p_break / 2:
                        prev += rng.choice([-2, 3])
                        corpus.breaks.add((agency.id, year, f"t2.prev_change.{row}"))
                    tables[f"t2.{row}.prev"] = prev
                    tables[f"t2.{row}.change"] = rng.randint(-3, 5)
            meta: dict[str, Any] = {"agency": name, "year": year}
            if region:
                meta["region"] = region
            if rng.random() < 0.5:
                meta["level"] = "county" if agency.county else "city"
            corpus.rows.append(
                {
                    "id": f"{seed}-{len(corpus.rows)}",
                    "source": f"{agency.id}/{year}-{len(corpus.rows)}.txt",
                    "template": template,
                    "format": rng.choice(["text", "html", "pdf"]),
                    "metadata": meta,
                    "sections": [{"id": "overview", "start": 0, "end": 10}],
                    "tables": tables,
                    "checks": [{"id": "t3.row_total.new", "holds": rng.random() < 0.9}],
                    "facts": [],
                    "reconciliation": [],
                    "warnings": [],
                    "errors": [],
                }
            )
            corpus.agency_of.append(agency.id)
            last = dict(tables)
            for row in PREV_CHANGE_ROWS:
                if f"t2.{row}.prev" in tables:
                    last[f"t2.{row}.next"] = tables[f"t2.{row}.prev"] + tables[f"t2.{row}.change"]
    for _ in range(duplicates):
        index = rng.randrange(len(corpus.rows))
        twin = dict(corpus.rows[index], source=corpus.rows[index]["source"] + ".copy.html")
        corpus.rows.append(twin)
        corpus.agency_of.append(corpus.agency_of[index])
        corpus.duplicates.add((corpus.agency_of[index], twin["metadata"]["year"]))
    return corpus
