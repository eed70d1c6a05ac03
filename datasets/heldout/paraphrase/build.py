"""Build the paraphrase selection set: src/pNN.ann -> pNN.txt + gold.jsonl.

Each source file is the document's text with every annotated quantity marked
inline, so offsets are computed, never typed by hand::

    #year 2022            report year (default year of every fact)
    #scope self           default scope of the facts (self | jurisdiction | unknown)
    #source r002          the real train/dev excerpt it paraphrases (provenance only)
    #trad                 convert the text to Traditional script (OpenCC s2t; length-checked)
    #note free text       kept in the gold line's "notes"
    <body>                the document; a quantity is ⟦span|type flags…⟧

Flags after the type (space separated): ``j``/``s``/``u`` scope jurisdiction/self/
unknown; ``d`` delta; ``c`` cumulative; ``y2021`` year; ``b=t3.granted.total`` or
``b=ch:网上`` (→ ``channel:网上``) breakdown; ``@主语`` subject; ``v=``/``unit=``/
``ax=`` override what is parsed from the span. Type abbreviations: see TYPES.

Usage: python datasets/heldout/paraphrase/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from surface import parse_surface, s2t, t2s  # noqa: E402

TYPES = {
    "pi": "proactive.items",
    "pn": "proactive.normative",
    "pr": "proactive.rules",
    "pint": "proactive.interpretations",
    "pg": "proactive.gazette",
    "pc": "proactive.press_conferences",
    "rr": "requests.received",
    "rc": "requests.closed",
    "ar": "appeals.review",
    "as": "appeals.suit",
    "ac": "appeals.corrected",
    "ts": "training.sessions",
    "ta": "training.attendees",
    "nm": "new_media.accounts",
    "pv": "platform.visits",
    "or": "opinion.responses",
    "si": "supervision.inspections",
    "o": "other",
}
SCOPES = {"s": "self", "j": "jurisdiction", "u": "unknown"}
MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")


def _none(x: str) -> str | None:
    return None if x in ("", "null", "None") else x


def build_one(path: Path) -> tuple[str, dict]:
    lines = path.read_text(encoding="utf-8").split("\n")
    head: dict[str, str] = {}
    notes: list[str] = []
    while lines and lines[0].startswith("#"):
        key, _, val = lines.pop(0)[1:].partition(" ")
        if key == "note":
            notes.append(val.strip())
        else:
            head[key] = val.strip()
    body = "\n".join(lines).strip("\n") + "\n"
    year = int(head["year"])
    scope0 = head.get("scope", "self")
    out: list[str] = []
    facts = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        before = body[pos : m.start()]
        out.append(before)
        length += len(before)
        span, spec = m.group(1), m.group(2).split()
        value, unit, approx = parse_surface(span)
        fact = {
            "start": length,
            "end": length + len(span),
            "value": value,
            "unit": unit,
            "approx": approx,
            "type": TYPES[spec[0]],
            "scope": scope0,
            "year": year,
            "subject": None,
            "delta": False,
            "cumulative": False,
            "breakdown": None,
        }
        for flag in spec[1:]:
            if flag in SCOPES:
                fact["scope"] = SCOPES[flag]
            elif flag == "d":
                fact["delta"] = True
            elif flag == "c":
                fact["cumulative"] = True
            elif re.fullmatch(r"y\d{4}", flag):
                fact["year"] = int(flag[1:])
            elif flag.startswith("b="):
                b = flag[2:]
                fact["breakdown"] = "channel:" + b[3:] if b.startswith("ch:") else b
            elif flag.startswith("@"):
                fact["subject"] = flag[1:]
            elif flag.startswith("v="):
                v = float(flag[2:])
                fact["value"] = int(v) if v.is_integer() else v
            elif flag.startswith("unit="):
                fact["unit"] = _none(flag[5:])
            elif flag.startswith("ax="):
                fact["approx"] = _none(flag[3:])
            else:
                raise ValueError(f"{path.name}: unknown flag {flag!r} in {m.group(0)}")
        out.append(span)
        length += len(span)
        pos = m.end()
        facts.append(fact)
    out.append(body[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"{path.name}: unbalanced mark")
    if "trad" in head:
        trad = s2t(text)
        if len(trad) != len(text):
            raise ValueError(f"{path.name}: s2t changed the length")
        text = trad
    for f in facts:
        if f["subject"] is not None:
            f["subject"] = t2s(f["subject"])
    name = path.stem
    row = {
        "doc": f"corpus:heldout/paraphrase/{name}.txt",
        "split": "select",
        "report_year": year,
        "facts": facts,
        "notes": "; ".join([f"paraphrase of reports/{head['source']}.txt", *notes]),
    }
    return text, row


def main(folder: Path = HERE, pattern: str = "p*.ann", build=build_one) -> int:
    """Build every source of ``folder/src``; the second set (../paraphrase2) passes its own."""
    rows = []
    for src in sorted((folder / "src").glob(pattern)):
        text, row = build(src)
        (folder / f"{src.stem}.txt").write_text(text, encoding="utf-8", newline="")
        rows.append(row)
    with open(folder / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = sum(len(r["facts"]) for r in rows)
    print(f"{len(rows)} documents, {n} facts -> {folder / 'gold.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
