"""Write meta12's verdict probes (`probes/`) and `probes_truth.jsonl`.

Each probe is a short report: a heading, prose with the claims, table 二
(the template of its year), table 三 and (unless lost) table 四 as pipe
rows, the way many sites paste them. Each claim is a snippet that occurs once
in its probe, the value the claim states, and the expected verdict:

* `inconsistent` — the reporting agency's own count for the report year, a
  like-for-like claim (total with total, part with the same part) that the
  table contradicts;
* `consistent` — the same, and the table agrees;
* `trap` — must never be `inconsistent` (another body's count, a whole area's,
  another year's or two years', a half year, a percentage, a change, a channel
  part, a page number, an attachment's page count, a cell that is not there).

Run once: `python datasets/redteam/meta12/build_probes.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

T3_TEMPLATE = """三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
自然人 | 法人或其他组织 | 总计 | |||||||
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
一、本年新收政府信息公开申请数量 | {new} | 0 | 0 | 0 | 0 | 0 | {new} ||
二、上年结转政府信息公开申请数量 | {carried} | 0 | 0 | 0 | 0 | 0 | {carried} ||
三、本年度办理结果 | (一)予以公开 | {granted} | 0 | 0 | 0 | 0 | 0 | {granted} |
(二)部分公开(区分处理的,只计这一情形,不计其他情形) | {partial} | 0 | 0 | 0 | 0 | 0 | {partial} ||
(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
4.保护第三方合法权益 | {denied} | 0 | 0 | 0 | 0 | 0 | {denied} ||
5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
(四)无法提供 | 1.本机关不掌握相关政府信息 | {unable} | 0 | 0 | 0 | 0 | 0 | {unable} |
2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
(五)不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
2.重复申请 | {repeat} | 0 | 0 | 0 | 0 | 0 | {repeat} ||
3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 ||
(七)总计 | {total} | 0 | 0 | 0 | 0 | 0 | {total} ||
四、结转下年度继续办理 | {forward} | 0 | 0 | 0 | 0 | 0 | {forward} |
"""

T4_TEMPLATE = """四、政府信息公开行政复议、行政诉讼情况
行政复议 | 行政诉讼 | |||||||||||||
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||
结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||
{r_keep} | {r_fix} | 0 | {r_open} | {r_total} | {s_keep} | 0 | 0 | {s_open} | {s_total} | 0 | 0 | 0 | 0 | 0 |
"""

T2_2021 = """二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
规章 | 0 | 0 | 0 |
行政规范性文件 | 3 | 1 | 26 |
"""

T2_2019 = """二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 3 | 3 | 26 |
"""

PROBLEMS = "五、存在的主要问题及改进情况\n政策解读的针对性还不够强，下一步将加强业务培训。\n"


def t3(
    new: int,
    carried: int = 0,
    *,
    granted: int | None = None,
    partial: int = 0,
    denied: int = 0,
    unable: int = 0,
    repeat: int = 0,
    forward: int = 0,
) -> dict:
    total = new + carried - forward
    if granted is None:
        granted = total - partial - denied - unable - repeat
    assert granted + partial + denied + unable + repeat == total, (new, carried, granted)
    return {
        "new": new,
        "carried": carried,
        "granted": granted,
        "partial": partial,
        "denied": denied,
        "unable": unable,
        "repeat": repeat,
        "total": total,
        "forward": forward,
    }


def t4(r_keep: int = 0, r_fix: int = 0, r_open: int = 0, s_keep: int = 0, s_open: int = 0) -> dict:
    return {
        "r_keep": r_keep,
        "r_fix": r_fix,
        "r_open": r_open,
        "r_total": r_keep + r_fix + r_open,
        "s_keep": s_keep,
        "s_open": s_open,
        "s_total": s_keep + s_open,
    }


PROBES: list[dict] = []


def probe(
    pid: str,
    year: int,
    agency: str,
    prose: str,
    table3: dict,
    table4: dict | None,
    claims: list[tuple[str, float, str]],
    *,
    before: str = "",
) -> None:
    t2 = T2_2021 if year >= 2021 else T2_2019
    text = f"{agency}{year}年政府信息公开工作年度报告\n{before}一、总体情况\n{prose}\n{t2}"
    text += T3_TEMPLATE.format(**table3)
    if table4 is not None:
        text += T4_TEMPLATE.format(**table4)
    text += PROBLEMS
    for snippet, _value, _expect in claims:
        assert text.count(snippet) == 1, (pid, snippet, text.count(snippet))
    PROBES.append(
        {
            "id": pid,
            "year": year,
            "text": text,
            "claims": [{"text": s, "value": v, "expect": e} for s, v, e in claims],
        }
    )


probe(
    "v01",
    2022,
    "宁波市鄞州区人力资源和社会保障局",
    "2022年，我局共收到政府信息公开申请23件，均在法定期限内答复。",
    t3(23),
    t4(),
    [
        ("共收到政府信息公开申请23件", 23, "consistent"),
        ("三、收到和处理政府信息公开申请情况…………3", 3, "trap"),
    ],
    before=(
        "目　录\n一、总体情况……………………1\n二、主动公开政府信息情况……………2\n"
        "三、收到和处理政府信息公开申请情况…………3\n四、政府信息公开行政复议、行政诉讼情况……………4\n"
    ),
)

probe(
    "v02",
    2021,
    "株洲市芦淞区住房和城乡建设局",
    "全年办结政府信息公开申请31件，未发生因依申请公开引发的行政复议和行政诉讼。\n"
    "附件：1.2021年度政府信息公开申请办理情况统计表（共2页）\n2.政府信息公开行政复议、行政诉讼情况表（1份）",
    t3(31),
    t4(),
    [
        ("全年办结政府信息公开申请31件", 31, "consistent"),
        ("（共2页）", 2, "trap"),
        ("（1份）", 1, "trap"),
    ],
)

probe(
    "v03",
    2022,
    "宁海县自然资源和规划局",
    "据县政府办公室通报，2022年全县共收到政府信息公开申请412件，我局收到17件，占全县的4.1%，申请量居各部门首位。",
    t3(17),
    t4(),
    [
        ("全县共收到政府信息公开申请412件", 412, "trap"),
        ("我局收到17件", 17, "consistent"),
        ("占全县的4.1%", 4.1, "trap"),
    ],
)

probe(
    "v04",
    2021,
    "柳州市城中区教育局",
    "本年度办结的40件申请中，予以公开16件，占40%；部分公开6件，占15%；其余因本机关不掌握相关信息告知申请人。",
    t3(40, granted=16, partial=6, unable=18),
    t4(),
    [
        ("办结的40件申请", 40, "consistent"),
        ("予以公开16件", 16, "consistent"),
        ("部分公开6件", 6, "consistent"),
        ("占40%", 40, "trap"),
        ("占15%", 15, "trap"),
    ],
)

probe(
    "v05",
    2021,
    "清远市清城区交通运输局",
    "2021年共办结政府信息公开申请40件，其中予以公开21件，占办结总数的52.5%。",
    t3(40, granted=19, partial=2, unable=19),
    t4(),
    [
        ("予以公开21件", 21, "inconsistent"),
        ("共办结政府信息公开申请40件", 40, "consistent"),
        ("占办结总数的52.5%", 52.5, "trap"),
    ],
)

probe(
    "v06",
    2022,
    "济南市住房和城乡建设局",
    "局属济南市住房公积金中心全年收到政府信息公开申请9件，由该中心自行答复。本机关全年收到政府信息公开申请14件。",
    t3(14),
    t4(),
    [
        ("全年收到政府信息公开申请9件", 9, "trap"),
        ("本机关全年收到政府信息公开申请14件", 14, "consistent"),
    ],
)

probe(
    "v07",
    2022,
    "合肥市蜀山区城市管理局",
    "2021年至2022年，我局共收到政府信息公开申请47件，其中2022年收到25件，申请内容主要涉及违法建设查处。",
    t3(25),
    t4(),
    [("共收到政府信息公开申请47件", 47, "trap"), ("其中2022年收到25件", 25, "consistent")],
)

probe(
    "v08",
    2021,
    "东莞市生态环境局",
    "全年收到政府信息公开申请近百件，申请内容集中在建设项目环评审批和排污许可。",
    t3(96),
    t4(),
    [("收到政府信息公开申请近百件", 100, "consistent")],
)

probe(
    "v09",
    2020,
    "深圳市规划和自然资源局",
    "全年受理政府信息公开申请1.2万件，办结12034件，申请量继续位居全市各部门首位。",
    t3(12034),
    t4(),
    [("受理政府信息公开申请1.2万件", 12000, "trap"), ("办结12034件", 12034, "consistent")],
)

probe(
    "v10",
    2022,
    "岳阳市岳阳楼区市场监督管理局",
    "全年收到政府信息公开申请30余件，办结率100%。",
    t3(34),
    t4(),
    [("收到政府信息公开申请30余件", 30, "consistent"), ("办结率100%", 100, "trap")],
)

probe(
    "v11",
    2021,
    "南昌市红谷滩区人民政府办公室",
    "全年共收到政府信息公开申请52件，同比增长30%，较上年增加12件。",
    t3(52),
    t4(),
    [
        ("全年共收到政府信息公开申请52件", 52, "consistent"),
        ("同比增长30%", 30, "trap"),
        ("较上年增加12件", 12, "trap"),
    ],
)

probe(
    "v12",
    2022,
    "昆明市五华区民政局",
    "全年收到政府信息公开申请45件，比上年的38件增加7件。",
    t3(45),
    t4(),
    [
        ("全年收到政府信息公开申请45件", 45, "consistent"),
        ("上年的38件", 38, "trap"),
        ("增加7件", 7, "trap"),
    ],
)

probe(
    "v13",
    2021,
    "贵阳市观山湖区卫生健康局",
    "本年新收政府信息公开申请27件，同比减少3件，均按时答复。",
    t3(29),
    t4(),
    [("本年新收政府信息公开申请27件", 27, "inconsistent"), ("同比减少3件", 3, "trap")],
)

probe(
    "v14",
    2022,
    "西安市雁塔区市场监督管理局",
    "因政府信息公开被申请行政复议3件，均维持原行政行为。下属曲江分局被提起行政诉讼1件，尚在审理中。",
    t3(20),
    t4(r_keep=2),
    [("因政府信息公开被申请行政复议3件", 3, "inconsistent"), ("被提起行政诉讼1件", 1, "trap")],
)

probe(
    "v15",
    2021,
    "石家庄市长安区人民政府办公室",
    "全年因政府信息公开被申请行政复议1件，因政府信息公开被提起行政诉讼2件。",
    t3(18),
    t4(r_keep=1, s_keep=1),
    [
        ("因政府信息公开被申请行政复议1件", 1, "consistent"),
        ("因政府信息公开被提起行政诉讼2件", 2, "inconsistent"),
    ],
)

probe(
    "v16",
    2020,
    "太原市小店区财政局",
    "2019年我局收到政府信息公开申请15件，2020年收到政府信息公开申请21件，增幅较大。",
    t3(21),
    t4(),
    [
        ("2019年我局收到政府信息公开申请15件", 15, "trap"),
        ("2020年收到政府信息公开申请21件", 21, "consistent"),
    ],
)

probe(
    "v17",
    2022,
    "兰州市城关区退役军人事务局",
    "上半年收到政府信息公开申请8件，下半年收到11件，全年共计收到19件。",
    t3(19),
    t4(),
    [
        ("上半年收到政府信息公开申请8件", 8, "trap"),
        ("下半年收到11件", 11, "trap"),
        ("全年共计收到19件", 19, "consistent"),
    ],
)

probe(
    "v18",
    2021,
    "呼和浩特市赛罕区农牧局",
    "全年共受理政府信息公开申请十五件，均已依法答复。",
    t3(14),
    t4(),
    [("全年共受理政府信息公开申请十五件", 15, "inconsistent")],
)

probe(
    "v19",
    2022,
    "徐州市泉山区住房和城乡建设局",
    "全年共办理政府信息公开申请40件（含上年结转5件），已全部办结。",
    t3(35, 5),
    t4(),
    [("共办理政府信息公开申请40件", 40, "consistent"), ("含上年结转5件", 5, "trap")],
)

probe(
    "v20",
    2022,
    "盐城市亭湖区农业农村局",
    "认真落实《关于进一步做好2022年全市10件民生实事信息公开工作的通知》要求。全年收到政府信息公开申请6件。",
    t3(6),
    t4(),
    [("全市10件民生实事", 10, "trap"), ("全年收到政府信息公开申请6件", 6, "consistent")],
)

probe(
    "v21",
    2021,
    "平江县人民政府办公室",
    "全县各乡镇、各部门共收到政府信息公开申请186件，其中县政府办公室收到12件。",
    t3(12),
    t4(),
    [("共收到政府信息公开申请186件", 186, "trap"), ("县政府办公室收到12件", 12, "consistent")],
)

probe(
    "v22",
    2022,
    "绵阳市涪城区司法局",
    "全年办结申请22件，其中因本机关不掌握相关政府信息告知申请人无法提供5件。",
    t3(22, unable=3),
    t4(),
    [("无法提供5件", 5, "inconsistent"), ("全年办结申请22件", 22, "consistent")],
)

probe(
    "v23",
    2021,
    "淮安市清江浦区水利局",
    "全年办结政府信息公开申请近30件，平均办理时间8个工作日。",
    t3(29),
    t4(),
    [("办结政府信息公开申请近30件", 30, "consistent"), ("8个工作日", 8, "trap")],
)

probe(
    "v24",
    2022,
    "泉州市丰泽区商务局",
    "机构改革前，原区经济和信息化局与原区商务局共收到政府信息公开申请20件。本年度我局不予公开2件。",
    t3(11, denied=2),
    t4(),
    [("共收到政府信息公开申请20件", 20, "trap"), ("不予公开2件", 2, "consistent")],
)

probe(
    "v25",
    2020,
    "九江市浔阳区应急管理局",
    "全年办结政府信息公开申请58件，其中予以公开30件。",
    t3(56, granted=30, unable=26),
    t4(),
    [("全年办结政府信息公开申请58件", 58, "inconsistent"), ("予以公开30件", 30, "consistent")],
)

probe(
    "v26",
    2022,
    "襄阳市樊城区文化和旅游局",
    "全年收到政府信息公开申请9件，被申请行政复议2件。",
    t3(9),
    None,
    [("全年收到政府信息公开申请9件", 9, "consistent"), ("被申请行政复议2件", 2, "trap")],
)

probe(
    "v27",
    2021,
    "潍坊市奎文区人民政府办公室",
    "全年收到政府信息公开申请24件，其中网上申请18件，网上申请占比75%，申请数量同比下降12.5%。",
    t3(24),
    t4(),
    [
        ("全年收到政府信息公开申请24件", 24, "consistent"),
        ("其中网上申请18件", 18, "trap"),
        ("网上申请占比75%", 75, "trap"),
        ("同比下降12.5%", 12.5, "trap"),
    ],
)

probe(
    "v28",
    2019,
    "张家口市桥东区教育局",
    "2019年，因政府信息公开被申请行政复议1件。本年度新收政府信息公开申请33件。",
    t3(31),
    t4(r_keep=1),
    [
        ("本年度新收政府信息公开申请33件", 33, "inconsistent"),
        ("因政府信息公开被申请行政复议1件", 1, "consistent"),
    ],
)


def main() -> None:
    out = HERE / "probes"
    out.mkdir(exist_ok=True)
    with open(HERE / "probes_truth.jsonl", "w", encoding="utf-8") as f:
        for p in PROBES:
            (out / f"{p['id']}.txt").write_text(p["text"], encoding="utf-8")
            row = {"file": f"{p['id']}.txt", "year": p["year"], "claims": p["claims"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = sum(len(p["claims"]) for p in PROBES)
    bad = sum(c["expect"] == "inconsistent" for p in PROBES for c in p["claims"])
    print(len(PROBES), "probes,", n, "claims,", bad, "contradictions")


if __name__ == "__main__":
    main()
