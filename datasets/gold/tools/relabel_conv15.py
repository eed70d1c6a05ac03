"""Session 15's relabel for conventions C1, C10 and C7 (README §13): the record and its tool.

``edits_conv15.txt`` lists every edit, one a line, tab-separated:

    set  doc  start  convention  quantity  field=was→now[ ; field=was→now]

``set`` names the gold file (part1, part2, part3, written: ``../facts-*.jsonl``;
written2 and the paraphrase sets: built from inline sources; heldout-facts and
redteam-facts are edited by hand in their sources, see their READMEs), values are
JSON (``null``, a string, a number). Each edit was decided by reading the document
(the finders of ``convention_counts.py`` and the library's output only proposed them).

    python relabel_conv15.py apply   # the JSONL of every set, and the inline sources
                                      # (written2, paraphrase sets 1-8); idempotent
    python relabel_conv15.py check   # every edit's "now" is in the JSONL; exit 1 if not
    python relabel_conv15.py apply edits_facts16.txt   # a later relabel's file (session 16)

The real train/dev gold (part1-3) and the written narratives of part 2 are built
from sources that also hold test documents: their builders apply these edits as an
overlay (:func:`overlay`) rather than have the sources rewritten, so a rebuild keeps
them. Test documents are never read: an edit names a train/dev document only, and
``apply`` skips every line of split test.
"""

from __future__ import annotations

import json
import os
import re
import sys
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.abspath(os.path.join(HERE, "..", ".."))
EDITS = os.path.join(HERE, "edits_conv15.txt")
# later relabels in the same format, applied after this session's (session 16: the
# outcomes of a review's or suit's list, README §11); the builders' overlay reads all
ALL_EDITS = (
    EDITS,
    os.path.join(HERE, "edits_facts16.txt"),
    # session 17: frequencies in plans are rates, `other` (README §12)
    os.path.join(HERE, "edits_facts17.txt"),
    # session 18: C3, C4, C14 follow SCHEMA §3's text (README §13.5)
    os.path.join(HERE, "edits_conv18.txt"),
)

GOLD = {
    "part1": "gold/facts-part1.jsonl",
    "part2": "gold/facts-part2.jsonl",
    "part3": "gold/facts-part3.jsonl",
    "written": "gold/facts-written.jsonl",
    "written2": "gold/facts-written2.jsonl",
    "heldout-facts": "heldout/facts/gold.jsonl",
    "redteam-facts": "redteam/facts/gold.jsonl",
}
for _n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"):
    GOLD[f"paraphrase{_n}"] = f"heldout/paraphrase{_n}/gold.jsonl"

# inline sources: set -> (source file of a document stem, marker pattern, format)
# (a marker of sets 10 on may run over a PDF's hard wrap: DOTALL)
_BRACKETS = re.compile(r"\[\[(.+?)\]\]", re.S)
_LENTICULAR = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")
SOURCES = {"written2": ("gold/tools/written2_src/{stem}.ann", "brackets")}
for _n in ("", "2", "3", "4", "5", "6", "7"):
    SOURCES[f"paraphrase{_n}"] = (f"heldout/paraphrase{_n}/src/{{stem}}.ann", "lenticular")
for _n in ("8", "9", "10", "11", "12", "13"):
    SOURCES[f"paraphrase{_n}"] = (f"heldout/paraphrase{_n}/src/{{stem}}.ann", "brackets")

# type abbreviations of the two inline formats (build_part1.ABBR; paraphrase/build.py TYPES)
_ABBR_BRACKETS = {
    "proactive.items": "items",
    "supervision.inspections": "insp",
    "requests.received": "recv",
    "other": "other",
    "appeals.review": "review",
    "appeals.suit": "suit",
    "proactive.press_conferences": "press",
    "opinion.responses": "opinion",
}
_ABBR_LENTICULAR = {
    "proactive.items": "pi",
    "supervision.inspections": "si",
    "requests.received": "rr",
    "other": "o",
    "appeals.review": "ar",
    "appeals.suit": "as",
    "proactive.press_conferences": "pc",
    "opinion.responses": "or",
}


def load_edits(path: str = EDITS) -> list[dict]:
    out = []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        name, doc, start, kind, qty, changes = line.split("\t")
        fields = {}
        for part in changes.split(" ; "):
            key, _, rest = part.partition("=")
            was, _, now = rest.partition("→")
            fields[key] = (json.loads(was), json.loads(now))
        out.append({"set": name, "doc": doc, "start": int(start), "kind": kind, "qty": qty, "fields": fields})
    return out


@lru_cache(maxsize=1)
def _by_doc() -> dict[str, list[dict]]:
    table: dict[str, list[dict]] = {}
    for path in ALL_EDITS:
        for e in load_edits(path):
            table.setdefault(e["doc"], []).append(e)
    return table


def overlay(doc: str, facts: list[dict]) -> list[dict]:
    """``facts`` of ``doc`` with every relabel's edits applied, in order (for the builders):
    a later file's edit of a fact changes only the fields it names."""
    edits: dict[int, list[dict]] = {}
    for e in _by_doc().get(doc, ()):
        edits.setdefault(e["start"], []).append(e)
    out = []
    for f in facts:
        if f["start"] in edits:
            f = dict(f)
            for e in edits[f["start"]]:
                for key, (_, now) in e["fields"].items():
                    f[key] = now
        out.append(f)
    return out


def _read_jsonl(path: str) -> list[dict]:
    return [json.loads(x) for x in open(path, encoding="utf-8") if x.strip()]


def _edit_marker(body: str, k: int, fmt: str, fields: dict) -> str:
    """``body`` with its ``k``-th marker carrying the new type/breakdown/year."""
    pattern = _BRACKETS if fmt == "brackets" else _LENTICULAR
    m = list(pattern.finditer(body))[k]
    if fmt == "brackets":
        parts = m.group(1).split("|") + [""] * 3
        span, typ, subject, flags = parts[0], parts[1], parts[2], parts[3].split()
        if "type" in fields:
            typ = _ABBR_BRACKETS[fields["type"][1]]
        if "breakdown" in fields:
            flags = [x for x in flags if not x.startswith("bd=")]
            if fields["breakdown"][1]:
                flags.append("bd=" + fields["breakdown"][1])
        if "year" in fields:
            flags = [x for x in flags if not x.startswith("year=")] + [f"year={fields['year'][1]}"]
        inner = "|".join([span, typ, subject, " ".join(flags)]).rstrip("|")
        new = f"[[{inner}]]"
    else:
        span, spec = m.group(1), m.group(2).split()
        typ, flags = spec[0], spec[1:]
        if "type" in fields:
            typ = _ABBR_LENTICULAR[fields["type"][1]]
        if "breakdown" in fields:
            flags = [x for x in flags if not x.startswith("b=")]
            b = fields["breakdown"][1]
            if b:
                flags.append("b=" + ("ch:" + b[8:] if b.startswith("channel:") else b))
        if "year" in fields:
            flags = [x for x in flags if not re.fullmatch(r"y\d{4}", x)] + [f"y{fields['year'][1]}"]
        new = "⟦" + span + "|" + " ".join([typ, *flags]) + "⟧"
    return body[: m.start()] + new + body[m.end() :]


def apply(path: str = EDITS) -> int:
    edits = load_edits(path)
    bad = 0
    for name, rel in GOLD.items():
        mine = [e for e in edits if e["set"] == name]
        if not mine or name in ("heldout-facts", "redteam-facts"):
            continue
        path = os.path.join(DATA, rel)
        rows = _read_jsonl(path)
        for row in rows:
            if row.get("split") == "test":
                continue  # never read
            doc_edits = [e for e in mine if e["doc"] == row["doc"]]
            for e in doc_edits:
                k = next((i for i, f in enumerate(row["facts"]) if f["start"] == e["start"]), None)
                if k is None:
                    print(f"NO FACT {name} {e['doc']} {e['start']}")
                    bad += 1
                    continue
                f = row["facts"][k]
                for key, (was, now) in e["fields"].items():
                    if f.get(key) not in (was, now):
                        print(f"WAS {name} {e['doc']} {e['start']} {key}: {f.get(key)!r} != {was!r}")
                        bad += 1
                    f[key] = now
                if name in SOURCES:
                    pattern, fmt = SOURCES[name]
                    stem = row["doc"].rsplit("/", 1)[1].removesuffix(".txt")
                    src = os.path.join(DATA, pattern.format(stem=stem))
                    body = open(src, encoding="utf-8").read()
                    new = _edit_marker(body, k, fmt, e["fields"])
                    if new != body:
                        with open(src, "w", encoding="utf-8") as fh:
                            fh.write(new)
        with open(path, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return bad


def check(path: str = EDITS) -> int:
    bad = 0
    counts: dict[tuple[str, str], int] = {}
    for e in load_edits(path):
        rows = {r["doc"]: r for r in _read_jsonl(os.path.join(DATA, GOLD[e["set"]])) if r.get("split") != "test"}
        row = rows.get(e["doc"])
        f = next((f for f in row["facts"] if f["start"] == e["start"]), None) if row else None
        if f is None or any(f.get(k) != now for k, (_, now) in e["fields"].items()):
            print(f"NOT APPLIED {e['set']} {e['doc']} {e['start']} {e['qty']}")
            bad += 1
        counts[(e["set"], e["kind"])] = counts.get((e["set"], e["kind"]), 0) + 1
    for (name, kind), n in sorted(counts.items()):
        print(f"{name:14s} {kind:4s} {n}")
    return bad


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    # a later relabel's file: python relabel_conv15.py apply edits_facts16.txt
    path = os.path.join(HERE, sys.argv[2]) if len(sys.argv) > 2 else EDITS
    sys.exit(1 if (apply(path) if cmd == "apply" else check(path)) else 0)
