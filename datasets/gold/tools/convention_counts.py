"""Count the train/dev gold facts that each of our conventions beyond SCHEMA §3 decides
(datasets/gold/README.md §13 lists them). Heuristic finders over the gold and its text:
each prints its count and, with -v, every fact it counts in context, so a count can be
checked by reading. Test documents are never opened (their lines are skipped by split).

    python convention_counts.py [-v] [--only C1]
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(__file__))
from goldlib_part1 import read  # noqa: E402

GOLD = os.path.join(os.path.dirname(__file__), "..")
TYPED = {
    "proactive.interpretations",
    "proactive.normative",
    "proactive.rules",
    "proactive.gazette",
    "proactive.press_conferences",
    "opinion.responses",
    "new_media.accounts",
    "requests.received",
    "requests.closed",
}
# kinds of released item that SCHEMA §3 also gives a type of their own
ITEM_KINDS = {
    "proactive.interpretations",
    "proactive.normative",
    "proactive.rules",
    "proactive.gazette",
    "proactive.press_conferences",
    "opinion.responses",
}
AREA = re.compile(
    r"全(?:市|区|县|省|镇|乡|州|盟|旗|国|系统|行业|厅|局系统)|各(?:部门|单位|乡镇|镇|街道|地|级|县|区|市|村|委办局|处室)"
    r"|市直|县直|区直|市级部门|县级部门|区级部门|多个部门"
)
# SCHEMA §2's t3 rows and columns, t4 groups and columns: the breakdowns §3 allows besides channels
T3_ROWS = (
    "new carried_in granted partial denied.state_secret denied.prohibited denied.security "
    "denied.third_party denied.internal denied.process denied.enforcement denied.query "
    "unavailable.not_held unavailable.needs_creation unavailable.unclear "
    "not_processed.complaint not_processed.duplicate not_processed.publication not_processed.mass "
    "not_processed.confirm other_handling other_handling.no_supplement other_handling.no_fee "
    "other_handling.other results_total carried_out"
).split()
T3_COLS = "natural commercial research social legal other total".split()
T4 = [f"t4.{g}.{c}" for g in ("review", "suit_direct", "suit_after_review") for c in ("upheld", "corrected", "other", "pending", "total")]
SCHEMA_FIELDS = {f"t3.{r}.{c}" for r in T3_ROWS for c in T3_COLS} | set(T4)


def sentence(text: str, s: int, e: int) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, s) for ch in "。；;\n") + 1
    ends = [i for i in (text.find(ch, e) for ch in "。；;\n") if i >= 0]
    return a, min(ends) if ends else len(text)


def ctx(text: str, f: dict, w: int = 14) -> str:
    s, e = f["start"], f["end"]
    return (text[max(0, s - w) : s] + "[" + text[s:e] + "]" + text[e : e + w]).replace("\n", "⏎")


def c1(text: str, facts: list[dict], i: int) -> bool:
    """A typed category inside an items total with its own type, breakdown null (session 15: the hits left were read one by one and stand alone, §13.1)."""
    f = facts[i]
    if f.get("breakdown") or f["type"] not in ITEM_KINDS:
        return False
    para = text.rfind("\n", 0, f["start"]) + 1
    near = [g for g in facts[max(0, i - 1) : i + 2] if g is not f and g["start"] >= para]
    if any(g["type"] == "proactive.items" and (g.get("breakdown") or "").startswith("channel:") for g in near):
        return True
    return any(
        g["start"] >= para
        and g["type"] == "proactive.items"
        and not g.get("breakdown")
        and re.search(r"其中|包括|[（(]", text[g["end"] : f["start"]])
        for g in facts[:i]
    )


def c2(text: str, facts: list[dict], i: int) -> bool:
    """`jurisdiction` with no §3 area word (全市, 各部门…) in its paragraph (我区, a portal, 本级, a whole-area report)."""
    f = facts[i]
    a = text.rfind("\n", 0, f["start"]) + 1
    b = text.find("\n", f["end"])
    return f["scope"] == "jurisdiction" and not AREA.search(text[a : b if b >= 0 else len(text)])


def c3(text: str, facts: list[dict], i: int) -> bool:
    """政策说明会/吹风会/通气会/解读会 held → proactive.press_conferences."""
    f = facts[i]
    near = text[max(0, f["start"] - 12) : f["end"] + 12]
    return f["type"] == "proactive.press_conferences" and not re.search(r"新闻发布|发布会|發布會", near)


def c4(text: str, facts: list[dict], i: int) -> bool:
    """Hotline/mailbox cases or 诉求 handled → opinion.responses."""
    f = facts[i]
    a, b = sentence(text, f["start"], f["end"])
    return f["type"] == "opinion.responses" and bool(re.search(r"热线|信箱|工单|来信|诉求|12345", text[a:b]))


def c5(text: str, facts: list[dict], i: int) -> bool:
    """Messages or letters received (not replied) → other."""
    f = facts[i]
    before = text[max(0, f["start"] - 16) : f["start"]]
    return f["type"] == "other" and bool(re.search(r"(收到|接到|受理|接收).*(留言|来信|信箱|诉求|来电)", before))


def c6(text: str, facts: list[dict], i: int) -> bool:
    """A breakdown that is neither a channel nor a SCHEMA §2 field (t3.new.legal_or_other…)."""
    bd = facts[i].get("breakdown")
    return bool(bd) and not bd.startswith("channel:") and bd not in SCHEMA_FIELDS


def c7(text: str, facts: list[dict], i: int) -> bool:
    """A channel breakdown with no total of its type stated before it in its paragraph."""
    f = facts[i]
    if not (f.get("breakdown") or "").startswith("channel:"):
        return False
    para = text.rfind("\n", 0, f["start"]) + 1
    return not any(
        g["type"] == f["type"] and not g.get("breakdown") and para <= g["start"] < f["start"]
        for g in facts[:i]
    )


def c8(text: str, facts: list[dict], i: int) -> bool:
    """Durations and time limits with a counter (20个工作日, 5日内) are facts."""
    return (facts[i]["unit"] or "") in ("日", "天", "个工作日", "工作日", "个月", "月", "小时", "分钟", "年", "周", "个小时")


def c9(text: str, facts: list[dict], i: int) -> bool:
    """Changes (增加, 同比下降N件/N%) → other, delta."""
    return bool(facts[i]["delta"])


def c10(text: str, facts: list[dict], i: int) -> bool:
    """Carried-in applications (上年结转N件) typed other (session 15: should be none left; §13.1)."""
    f = facts[i]
    before = text[max(0, f["start"] - 8) : f["start"]]
    return f["type"] == "other" and "结转" in before and "下" not in before


def c11(text: str, facts: list[dict], i: int) -> bool:
    """Plans: a year after the report year (with no year written: report year + 1)."""
    f, y = facts[i], facts[i].get("_report_year")
    return y is not None and f["year"] is not None and f["year"] > y


def c12(text: str, facts: list[dict], i: int) -> bool:
    """Training the agency's staff attended (参加…培训) → other."""
    f = facts[i]
    a, b = sentence(text, f["start"], f["end"])
    s = text[a:b]
    return f["type"] == "other" and "培训" in s and bool(re.search(r"参加|参与|派员|选派", s))


def c13(text: str, facts: list[dict], i: int) -> bool:
    """A bare number with no counter (阅读量超过10万, 文件46) is a fact, unit null."""
    return facts[i]["unit"] is None


FINDERS: dict[str, Callable[[str, list[dict], int], bool]] = {
    "C1": c1, "C2": c2, "C3": c3, "C4": c4, "C5": c5, "C6": c6, "C7": c7,
    "C8": c8, "C9": c9, "C10": c10, "C11": c11, "C12": c12, "C13": c13,
}


def main() -> None:
    verbose = "-v" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    counts = {k: {"train": 0, "written": 0, "dev": 0} for k in FINDERS}
    total = {"train": 0, "written": 0, "dev": 0}
    for path in sorted(glob.glob(os.path.join(GOLD, "facts-*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            if d["split"] == "test":
                continue  # never read
            text = read(d["doc"])
            facts = [dict(f, _report_year=d["report_year"]) for f in d["facts"]]
            # invented training narratives (facts-written*.jsonl) apart from real excerpts
            group = "written" if d["doc"].startswith("corpus:") else d["split"]
            total[group] += len(facts)
            for name, finder in FINDERS.items():
                if only and name != only:
                    continue
                for i, f in enumerate(facts):
                    if finder(text, facts, i):
                        counts[name][group] += 1
                        if verbose:
                            print(f"{name} {d['split']} {d['doc']} {f['type']} {f['scope']} {f.get('breakdown')}: {ctx(text, f)}")
    print(f"facts: train real {total['train']}, train written {total['written']}, dev {total['dev']}")
    for name, finder in FINDERS.items():
        if not only or name == only:
            doc = (finder.__doc__ or "").strip().splitlines()[0]
            c = counts[name]
            print(f"{name}: train real {c['train']:4d}  written {c['written']:4d}  dev {c['dev']:3d}  {doc}")


if __name__ == "__main__":
    main()
