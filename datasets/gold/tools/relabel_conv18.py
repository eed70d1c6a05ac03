"""Session 18's relabel: conventions C3, C4 and C14 follow SCHEMA §3's text (README §13.5).

The lead's rules (``/work/coord/decisions18.md``, copied in README §13.5):

- C3: ``proactive.press_conferences`` counts 发布会 held (新闻发布会, 政策发布会, 发布会);
  新闻通气会, 吹风会, 政策说明会, 政策解读会, 见面会, 座谈会 (and 宣讲会) → ``other``.
- C4 (as narrowed at 10:21): hotline and platform service cases (12345热线/便民热线/平台
  工单, 事项, 诉求, 案件, 来电) handled, transferred or closed with no reply verb in the
  clause governing the count → ``other``; messages and letters (留言, 来信, 信件, 咨询, 信箱
  items) handled or closed stay ``opinion.responses``; a reply verb makes a count a reply.
- C14: 有效/现行有效 documents named as a part of a stated total of items published
  → the total's type, ``channel:<words>``.

``find`` lists the candidates of every gold set but the real test split (a test line
is parsed for its ``split`` and skipped; paraphrase14 is never opened) with the
decision the rules propose, one edit line each in ``edits_conv18.txt``'s format; every
one was read in its document, and :data:`DECIDED` records the hits where the reading
departs from the proposal (with why). ``write`` writes the edits file from the
proposals and :data:`DECIDED`; the sets are then changed by ``relabel_conv15.py apply
edits_conv18.txt`` (the overlay of the real gold and the part-2 narratives, the
inline sources) and by hand in ``heldout/facts/sources_*.py`` and ``redteam/facts/src.py``.

    python relabel_conv18.py find [C3|C4|C14]   # candidates with context and proposal
    python relabel_conv18.py write              # edits_conv18.txt from the proposals

Both read the gold as it is: on the relabelled gold ``find`` proposes nothing (what it
finds was changed), so ``write`` refuses to overwrite an existing edits file.
"""

from __future__ import annotations

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from goldlib_part1 import read  # noqa: E402
from relabel_conv15 import DATA, GOLD, HERE  # noqa: E402

EDITS = os.path.join(HERE, "edits_conv18.txt")
PRESS = "proactive.press_conferences"
RESP = "opinion.responses"

# a clause: what lies between two of these marks (、 joins a list under one verb:
# 办理书记县长信箱112件、12345热线8391件 is governed by 办理)
_CLAUSE = "，,；;。\n：:"
_SENTENCE = "。；;\n"
# a 发布会 held (C3): the word in the count's clause
_CONFERENCE = re.compile(r"发布会|發布會|發佈會|新闻发布|新聞發布")
# a reply verb (C4)
_REPLY = re.compile(r"答复|回复|回应|答覆|回覆|回應|答覆")
# a verb of handling, receiving or passing on (C4); 转办件/交办件 are nouns (cases passed on)
_HANDLED = re.compile(
    r"办理|辦理|办结|辦結|处理|處理|转办(?!件)|轉辦(?!件)|交办(?!件)|受理|收到|接到|承办|核查"
)
# what a reply answers (C4): messages, letters, demands, enquiries, concerns, opinions
_ANSWERED = re.compile(
    r"留言|来信|來信|诉求|訴求|咨询|諮詢|关切|關切|热点|熱點|舆情|輿情|意见|意見|建议|建議|来电|投诉|信箱"
)
# replies that are not responses to the public (README §3: 人大建议/政协提案 replies → other)
_NOT_PUBLIC = re.compile(r"申请|申請|人大|政协|政協|提案|复议|複議|诉讼|訴訟")
# rates and durations are other whatever they measure
_NOT_COUNT_UNITS = {"%", "％", "成", "日", "天", "个工作日", "工作日", "个月", "月", "小时", "年"}
# narrow C4: a message or letter, a hotline or platform, a case of either (traditional too)
_MESSAGE = re.compile(r"留言|来信|來信|信件|咨询|諮詢|信箱")
_HOTLINE = re.compile(r"热线|熱線|12345|１２３４５|123\d\d|１２３|平台|平臺|专线|專線|公开电话|公開電話|8890|接诉即办|直通车|直通車|一站通")
_CASE = re.compile(r"工单|工單|事项|事項|诉求|訴求|案件|来电|來電|转办件|轉辦件|交办件|派件|派单|投诉|投訴|举报|舉報|信访|信訪")
# a part of a published total (C14)
_VALID = re.compile(r"(?:现行|繼續|继续|現行)?有效")
_PUBLISHED_TOTAL = re.compile(r"(?:公开|发布|公開|發布).{0,12}?\d+\s*[条件條]")
_LIST_OPEN = re.compile(r"其中|包括|分别为|分別爲")

# Readings that depart from the proposal, by (set, document stem, start): None keeps the
# gold as it is; a dict gives the fields' new values. Each was read in its document.
DECIDED: dict[tuple[str, str, int], tuple[str, dict | None, str]] = {
    # C3: a part of the conferences held (其中市政府领导出席21场) the gold left without
    # its channel: a 发布会 count all the same (its clause names the attendance, not the event)
    ("heldout-facts", "h08", 242): (
        "C3",
        None,
        "其中市政府领导出席21场: a part of 召开新闻发布会58场",
    ),
}


def sets() -> dict[str, str]:
    """Every gold set relabelled here: name (relabel_conv15.GOLD's) -> JSONL path."""
    out = dict(GOLD)
    for n in ("11", "12", "13"):
        out[f"paraphrase{n}"] = f"heldout/paraphrase{n}/gold.jsonl"
    return {k: os.path.join(DATA, v) for k, v in out.items()}


def bounds(text: str, s: int, e: int, marks: str) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, s) for ch in marks) + 1
    ends = [i for i in (text.find(ch, e) for ch in marks) if i >= 0]
    return a, (min(ends) if ends else len(text))


def c3(text: str, facts: list[dict], i: int) -> dict | None:
    f = facts[i]
    a, b = bounds(text, f["start"], f["end"], _CLAUSE + "、")
    clause = text[a:b]
    if f["type"] == PRESS and not (f.get("breakdown") or "").startswith("channel:"):
        if not _CONFERENCE.search(clause):
            return {"type": "other"}
    return None


def replies(text: str, f: dict) -> bool:
    """Whether a reply verb governs ``f``'s count: in its clause, up to the end of its
    list item; a list item with a verb of its own (群众留言办理10条、回应…热点4条) is
    governed by that verb alone."""
    a, b = bounds(text, f["start"], f["end"], _CLAUSE)
    lo = max(a, text.rfind("、", a, f["start"]) + 1)
    hi = text.find("、", f["end"], b)
    hi = b if hi < 0 else hi
    item = text[lo:hi]
    if _HANDLED.search(item) or _REPLY.search(item):
        return bool(_REPLY.search(item))
    return bool(_REPLY.search(text[a:hi]))


def named(text: str, facts: list[dict], i: int) -> tuple[bool, bool]:
    """(a message or letter, a hotline or platform) among what ``facts[i]`` counts: the
    words since the count before it in its sentence; when those name neither (…，办结3件),
    what the count before it counted (the cases closed are the ones received), and so does
    a part of it (其中涉及旅游投诉362件)."""
    f = facts[i]
    a, _ = bounds(text, f["start"], f["end"], _SENTENCE)
    lo = a
    for g in facts[:i]:
        if a <= g["end"] <= f["start"]:
            lo = g["end"]
    words = text[lo : f["start"]]
    msg, line = bool(_MESSAGE.search(words)), bool(_HOTLINE.search(words))
    part = words.lstrip("，,、 ").startswith("其中")
    if lo == a or (not part and (msg or line or _CASE.search(words))):
        return msg, line
    k = max(j for j, g in enumerate(facts[:i]) if g["end"] == lo)
    return named(text, facts, k)


def c4(text: str, facts: list[dict], i: int) -> dict | None:
    """Narrow C4 (decisions18, amendment 10:21): hotline and platform service cases
    handled, passed on or closed with no reply verb → other; messages and letters
    (留言, 来信, 信件, 咨询, 信箱 items) handled or closed stay replies; a count naming both
    keeps its reply; a reply verb governing the count makes it a reply."""
    f = facts[i]
    a, b = bounds(text, f["start"], f["end"], _CLAUSE)
    clause = text[a:b]
    if f["type"] == RESP:
        if replies(text, f) or re.search(r"辟谣|互动|互動", clause):
            return None  # a reply, or a response that is no case handled (辟谣26次, 互动2600余次)
        msg, line = named(text, facts, i)
        return {"type": "other"} if line and not msg else None
    if f["type"] == "other" and f["unit"] not in _NOT_COUNT_UNITS and f["unit"] is not None:
        lead = text[a : f["start"]]
        item = lead[lead.rfind("、") + 1 :]  # what the count names: its own list item
        if replies(text, f) and _ANSWERED.search(item) and not _NOT_PUBLIC.search(clause):
            return {"type": RESP}
    return None


def c14(text: str, facts: list[dict], i: int) -> dict | None:
    f = facts[i]
    if f["type"] != "other" or not _VALID.search(text[max(0, f["start"] - 14) : f["start"]]):
        return None
    a, b = bounds(text, f["start"], f["end"], _SENTENCE)
    m = _PUBLISHED_TOTAL.search(text, a, f["start"])
    if m is None or not _LIST_OPEN.search(text, m.end(), f["start"]):
        return None
    total = next(
        (g for g in facts if g["start"] < f["start"] and m.start() <= g["start"] < m.end() + 2),
        None,
    )
    if total is None or total["type"] != "proactive.items":
        return None
    item = re.split(r"[，,、；;：:]|其中|包括", text[a : f["start"]])[-1].strip()
    return {"type": "proactive.items", "breakdown": f"channel:{item}"}


FINDERS = {"C3": c3, "C4": c4, "C14": c14}


def candidates(only: str | None = None):
    """(set, row, fact, convention, proposed fields, text) of every candidate."""
    for name, path in sets().items():
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row.get("split") == "test":
                continue  # never read
            text = read(row["doc"])
            stem = row["doc"].rsplit("/", 1)[1].removesuffix(".txt")
            for i, f in enumerate(row["facts"]):
                hit = False
                for conv, finder in FINDERS.items():
                    if only and conv != only:
                        continue
                    fields = finder(text, row["facts"], i)
                    if fields is not None:
                        hit = True
                        yield name, row, f, conv, fields, text
                decided = DECIDED.get((name, stem, f["start"]))
                if (
                    not hit
                    and decided is not None
                    and decided[1] is not None
                    and only in (None, decided[0])
                ):
                    # a reading the finders do not propose (listed with why)
                    yield name, row, f, decided[0], decided[1], text


def edit_lines(only: str | None = None, show: bool = False) -> list[str]:
    found = list(candidates(only))
    lines = []
    for name, row, f, conv, fields, text in sorted(
        found, key=lambda x: (x[0], x[1]["doc"], x[2]["start"])
    ):
        stem = row["doc"].rsplit("/", 1)[1].removesuffix(".txt")
        decided = DECIDED.get((name, stem, f["start"]))
        note = ""
        if decided is not None:
            _, fields, note = decided
            if fields is None:
                if show:
                    print(f"# kept {name} {stem} {f['start']}: {note}")
                continue
        changes = " ; ".join(
            f"{k}={json.dumps(f.get(k), ensure_ascii=False)}→{json.dumps(v, ensure_ascii=False)}"
            for k, v in fields.items()
            if f.get(k) != v
        )
        if not changes:
            continue
        qty = text[f["start"] : f["end"]].replace("\n", "⏎")
        lines.append(f"{name}\t{row['doc']}\t{f['start']}\t{conv}\t{qty}\t{changes}")
        if show:
            a, b = bounds(text, f["start"], f["end"], _SENTENCE)
            ctx = (text[a : f["start"]] + "【" + qty + "】" + text[f["end"] : b]).replace("\n", "⏎")
            print(f"{lines[-1]}\t{ctx}" + (f"\t# {note}" if note else ""))
    return lines


HEADER = (
    "# set\tdoc\tstart\tconvention\tquantity\tfield=was→now ; … (values JSON). Session 18 (conv18): "
    "C3, C4, C14 follow SCHEMA §3's text (README §13.5). Candidates: relabel_conv18.py find; "
    "each read in its document (departures from the proposal: relabel_conv18.DECIDED).\n"
)

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "find"
    only = sys.argv[2] if len(sys.argv) > 2 else None
    if cmd == "find":
        edit_lines(only, show=True)
    elif cmd == "write":
        if os.path.exists(EDITS):
            sys.exit(f"{EDITS} exists: it records the relabel already applied")
        with open(EDITS, "w", encoding="utf-8") as fh:
            fh.write(HEADER + "".join(x + "\n" for x in edit_lines()))
    else:
        sys.exit(f"unknown command {cmd!r}")
