"""Helpers for hand-annotating narrative-fact gold data (part 2).

Annotations are written as compact tuples in data_*_part2.py and turned into
the fixed JSONL format here.  Every fact is located by a *context* string that
must occur exactly once in the document (or `occ=` picks the n-th occurrence)
and a *quantity* string inside that context; the tool computes offsets,
parses the quantity surface independently and checks value/unit/approx.
"""
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from relabel_conv15 import overlay  # noqa: E402
SHARED = REPO.parent / "shared"

TYPES = {
    "proactive.items", "proactive.normative", "proactive.rules",
    "proactive.interpretations", "proactive.gazette",
    "proactive.press_conferences", "requests.received", "requests.closed",
    "appeals.review", "appeals.suit", "appeals.corrected", "training.sessions",
    "training.attendees", "new_media.accounts", "platform.visits",
    "opinion.responses", "supervision.inspections", "other",
}

T2S = str.maketrans({"條": "条", "個": "个", "項": "项", "場": "场", "萬": "万",
                     "餘": "余", "億": "亿", "萬": "万", "則": "则", "張": "张",
                     "門": "门", "區": "区", "類": "类", "報": "报", "號": "号",
                     "檔": "档", "時": "时", "屆": "届", "節": "节", "種": "种",
                     "戶": "户", "輪": "轮", "戶": "户", "單": "单", "處": "处",
                     "間": "间", "億": "亿", "兩": "两"})

CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3,
          "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}


def cn_to_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch in CN_BIG:
            total += (section + num) * CN_BIG[ch]
            section, num = 0, 0
        else:
            raise ValueError(s)
    return total + section + num


PREFIX = [("超过", "over"), ("超", "over"), ("逾", "over"), ("近", "under"),
          ("不到", "under"), ("不足", "under"), ("约", "about"), ("約", "about"),
          ("大约", "about")]
SUFFIX = [("以上", "over"), ("左右", "about"), ("余", "over"), ("餘", "over"),
          ("多", "over")]
NUM_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)")
CN_RE = re.compile(r"^([零〇一二两兩三四五六七八九十百千万萬亿億]+)")


def parse_surface(s):
    """Return (value, unit, approx) parsed from a quantity surface."""
    approx = None
    rest = s
    for p, a in sorted(PREFIX, key=lambda x: -len(x[0])):
        if rest.startswith(p):
            approx, rest = a, rest[len(p):]
            break
    m = NUM_RE.match(rest)
    if m:
        txt = m.group(1).replace(",", "")
        val = float(txt) if "." in txt else int(txt)
        rest = rest[m.end():]
    else:
        m = CN_RE.match(rest)
        if not m:
            raise ValueError("no numeral in %r" % s)
        val = cn_to_int(m.group(1))
        rest = rest[m.end():]
    # approximation suffix may sit before or after the magnitude word
    def take_suffix(r):
        for sfx, a in SUFFIX:
            if r.startswith(sfx):
                return r[len(sfx):], a
        return r, None
    rest, a = take_suffix(rest)
    approx = approx or a
    for w, mult in CN_BIG.items():
        if rest.startswith(w):
            val = val * mult
            rest = rest[len(w):]
            break
    rest, a = take_suffix(rest)
    approx = approx or a
    unit = rest
    for sfx, a in SUFFIX:
        if unit.endswith(sfx) and len(unit) > len(sfx):
            unit, approx = unit[: -len(sfx)], approx or a
    if unit in ("%", "％"):
        val, unit = val / 100, "%"
    elif unit == "成":
        val = val / 10
    unit = unit.translate(T2S) or None
    if isinstance(val, float):
        val = round(val, 10)
        if val == int(val) and unit != "%" and unit != "成":
            val = int(val)
    return val, unit, approx


def locate(text, ctx, q, occ=0):
    idx = [m.start() for m in re.finditer(re.escape(ctx), text)]
    if not idx:
        raise ValueError("context not found: %r" % ctx)
    if occ == 0 and len(idx) > 1:
        raise ValueError("context not unique (%d): %r" % (len(idx), ctx))
    base = idx[occ - 1 if occ else 0]
    j = ctx.find(q)
    if j < 0:
        raise ValueError("quantity %r not in context %r" % (q, ctx))
    return base + j, base + j + len(q)


def read(path):
    return open(path, encoding="utf-8-sig", newline="").read()


def doc_path(doc):
    if doc.startswith("corpus:"):
        return REPO / "datasets" / doc[len("corpus:"):]
    return SHARED / doc


def build(docs, out_path, verbose=True):
    lines, errors = [], []
    for d in docs:
        text = read(doc_path(d["doc"]))
        facts = []
        for f in d["facts"]:
            ctx, q, typ = f[0], f[1], f[2]
            kw = dict(f[3]) if len(f) > 3 and f[3] else {}
            occ = kw.pop("occ", 0)
            try:
                s, e = locate(text, ctx, q, occ)
                pv, pu, pa = parse_surface(q)
            except ValueError as ex:
                errors.append("%s: %s" % (d["doc"], ex))
                continue
            assert typ in TYPES, typ
            value = kw.pop("value", pv)
            unit = kw.pop("unit", pu)
            approx = kw.pop("approx", pa)
            if abs(value - pv) > 1e-9 or unit != pu or approx != pa:
                errors.append("%s: %r parsed %r/%r/%r but annotated %r/%r/%r"
                              % (d["doc"], q, pv, pu, pa, value, unit, approx))
            fact = {
                "start": s, "end": e, "value": value, "unit": unit,
                "approx": approx, "type": typ,
                "scope": kw.pop("scope", d.get("scope", "self")),
                "year": kw.pop("year", d["report_year"]),
                "subject": kw.pop("subject", None),
                "delta": kw.pop("delta", False),
                "cumulative": kw.pop("cumulative", False),
            }
            if "breakdown" in kw:  # SCHEMA §3 breakdown, where a relabel decided one (session 15)
                fact["breakdown"] = kw.pop("breakdown")
            if kw:
                errors.append("%s: unknown keys %r" % (d["doc"], kw))
            assert fact["scope"] in ("self", "jurisdiction", "unknown")
            assert text[s:e] == q
            facts.append(fact)
        facts.sort(key=lambda x: x["start"])
        for a, b in zip(facts, facts[1:]):
            if a["end"] > b["start"]:
                errors.append("%s: overlapping spans %r %r" % (d["doc"], a, b))
        # session 15's relabel (C1, C10) is an overlay: edits_conv15.txt
        facts = overlay(d["doc"], facts)
        rec = {"doc": d["doc"], "split": d["split"],
               "report_year": d["report_year"], "facts": facts}
        if d.get("notes"):
            rec["notes"] = d["notes"]
        lines.append(json.dumps(rec, ensure_ascii=False))
        if verbose:
            print("==", d["doc"], d["split"], len(facts))
            for x in facts:
                print("  %5d %-10s %-14s %-26s %s %s %s%s%s %s" % (
                    x["start"], text[x["start"]:x["end"]], x["value"],
                    x["type"], x["scope"][:4], x["year"], x["unit"],
                    " ~" + x["approx"] if x["approx"] else "",
                    " D" if x["delta"] else "" , x["subject"]))
            uncovered(text, facts, d)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return errors


NUMERAL_RE = re.compile(r"\d+(?:\.\d+)?|[零〇一二两兩三四五六七八九十百千]+")


def uncovered(text, facts, d):
    """Print numerals not inside any fact span (for review)."""
    cut = len(text)
    for marker in d.get("table_from", []):
        i = text.find(marker)
        if i >= 0:
            cut = min(cut, i)
    spans = [(f["start"], f["end"]) for f in facts]
    out = []
    for m in NUMERAL_RE.finditer(text[:cut]):
        if any(s <= m.start() < e for s, e in spans):
            continue
        nxt = text[m.end():m.end() + 1]
        prv = text[m.start() - 1:m.start()]
        if nxt and nxt in "年月日:-—〕]" or prv in "〔[-—:@":
            continue
        out.append(text[max(0, m.start() - 6):m.end() + 4].replace("\n", " "))
    if out:
        print("   uncovered:", " | ".join(out))
