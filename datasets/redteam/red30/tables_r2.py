"""red30's table probes, round 2 (blind: committed before the library ran on them), aimed at
tables30's fix of round 1 (0de081f, not landed when written: a year that is a date is no
year of a table or a report; a notice naming the report by when it was published corrects
the year before's report; a caption line after 截至/对照/与… or speaking of this year is no
caption), and at round 1's shapes in a text layout (pipe tables in a .txt page). Scored as
tables.py: a stale, joined or other cell, a wrong year or agency, an `inconsistent` is WRONG.

    python datasets/redteam/red30/tables_r2.py   # writes tables_r2/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from table_probes import CUR, CUR_V, FIVE, HEADS, NAME, OLD, OLD_V, TITLE, block, tables  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "tables_r2"
H = dict(HEADS)
PROSE23 = "<p>一、总体情况</p><p>本年度，我局共收到政府信息公开申请19件。</p>"
CUR_P, _ = tables(2023, 19, 13, 37, layout="pipe")
OLD_P, _ = tables(2022, 46, 31, 29, layout="pipe")


def page(body: str, title: str = TITLE, intro: str = PROSE23) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>'
        f"<h1>{title}</h1>{intro}{body}</body></html>"
    )


def first_print_t3_old() -> str:
    return (
        f"<p>{H['t2']}</p>"
        + CUR["t2"]
        + f"<p>{H['t3']}</p>"
        + OLD["t3"]
        + f"<p>{H['t4']}</p>"
        + CUR["t4"]
        + FIVE
    )


def txt(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def pipe_block(t: dict[str, str]) -> str:
    return "".join(f"{H[k]}\n{t[k]}" for k in ("t2", "t3", "t4"))


CASES: dict[str, tuple[str, str]] = {}
# a correction of THIS report named by its publishing date AND its year: the corrected
# table 三 below is this year's
CASES["td1_notice_date_and_year"] = (
    "html",
    page(
        first_print_t3_old()
        + "<p>更正说明：我局于2024年1月18日公布的2023年度政府信息公开工作年度报告中，表三部分数据有误，"
        "现将更正后的表格公布如下。</p>" + CUR["t3"]
    ),
)
# a correction of LAST year's report named by when it was published (2023年初发布的…):
# last year's corrected table 三 below, after this year's whole report
CASES["td2_last_years_by_publish_date"] = (
    "html",
    page(
        block(CUR)
        + FIVE
        + "<p>更正说明：我局2023年初发布的政府信息公开工作年度报告中，表三部分数据有误，"
        "现将更正后的表格公布如下。</p>" + OLD["t3"]
    ),
)
# last year's tables appended under a caption that also speaks of this year
CASES["td3_caption_speaking_of_this_year"] = (
    "html",
    page(block(CUR) + FIVE + "<p>附：2022年度统计表（本年度数据见正文）</p>" + block(OLD)),
)
# a caption over this year's tables naming both years (与2022年对比)
CASES["td4_caption_both_years_current"] = (
    "html",
    page(block(OLD) + "<p>2023年度统计数据（与2022年对比）</p>" + block(CUR) + FIVE),
)
# round 1's shapes as a text page with pipe tables
CASES["tp1_cutoff_digits_pipe"] = (
    "txt",
    txt(
        TITLE,
        "一、总体情况",
        "本年度，我局共收到政府信息公开申请19件。",
        pipe_block(OLD_P) + H["t2"],
        CUR_P["t2"] + H["t3"],
        "（数据统计截至2024年1月10日）",
        CUR_P["t3"] + H["t4"],
        CUR_P["t4"] + "五、存在的主要问题及改进情况",
        "无。",
    ),
)
CASES["tp2_compare_line_numerals_pipe"] = (
    "txt",
    txt(
        TITLE,
        "一、总体情况",
        "本年度，我局共收到政府信息公开申请19件。",
        pipe_block(OLD_P) + "（对照二〇二二年统计数据，本年度申请数量明显下降）",
        pipe_block(CUR_P) + "五、存在的主要问题及改进情况",
        "无。",
    ),
)
CASES["tp3_notice_publish_year_pipe"] = (
    "txt",
    txt(
        TITLE,
        "一、总体情况",
        "本年度，我局共收到政府信息公开申请19件。",
        H["t2"],
        CUR_P["t2"] + H["t3"],
        OLD_P["t3"] + H["t4"],
        CUR_P["t4"] + "五、存在的主要问题及改进情况",
        "无。",
        "更正说明：我局2024年初发布的政府信息公开工作年度报告中，表三部分数据有误，现将更正后的表格公布如下。",
        CUR_P["t3"],
    ),
)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for name, (ext, doc) in CASES.items():
        path = OUT / f"{name}.{ext}"
        path.write_text(doc, encoding="utf-8")
        d = govinfo_nlp.parse(path).to_dict()
        got = d["tables"]
        stale = sorted(
            k for k, v in got.items() if k in OLD_V and OLD_V[k] != CUR_V.get(k) and v == OLD_V[k]
        )
        other = sorted(k for k, v in got.items() if k in CUR_V and v != CUR_V[k] and k not in stale)
        right = sum(1 for k, v in got.items() if CUR_V.get(k) == v)
        meta = d["metadata"]
        bad_meta = meta.get("year") not in (2023, None) or meta.get("agency") not in (NAME, None)
        accused = [
            (r["type"], r["narrative"], r["table"])
            for r in d["reconciliation"]
            if r["verdict"] == "inconsistent"
        ]
        bad = bool(stale or other or bad_meta or accused)
        wrong += bad
        print(
            "!!" if bad else "  ",
            name,
            f"{right} current, {len(stale)} stale {stale[:3]}, {len(other)} other "
            f"{[(k, got[k]) for k in other[:3]]}, of {len(got)} cells; "
            f"year {meta.get('year')} agency {meta.get('agency')}; inconsistent {accused[:3]}",
        )
    print(f"WRONG pages: {wrong} of {len(CASES)}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
