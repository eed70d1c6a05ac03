"""Build the second set of written narratives: ``written2/*.txt`` and ``facts-written2.jsonl``.

Each source ``written2_src/vNNN.ann`` is one document with its gold written inline:

    @year 2021                     the report year
    @split train
    @scope s                       default scope of its facts (s/j/u)
    @agency 某县人民政府办公室        the (invented) reporting agency, and its kind
    @kind county-office
    @notes decisions specific to this document
    ---
    …本年度共受理[[23件|recv|政府信息公开申请]]，其中[[上年结转2件|other|-|x]]…

A fact is ``[[span|type|subject|flags]]``: type a SCHEMA type or an abbreviation of
build_part1.ABBR; subject as written (``-`` or absent = null, converted to
Simplified); flags among ``s j u`` (scope), ``delta``, ``cum``, ``year=N``,
``bd=<table field or channel:words>``, ``value=``, ``unit=`` (``-`` = null),
``approx=`` (``none`` = null). value/unit/approx are parsed from the span.
The text written to ``written2/vNNN.txt`` is the source body with every
``[[…]]`` replaced by its span, so the offsets cannot drift.

Usage: python build_written2.py   (then validate_part1.py ../facts-written2.jsonl --missed)
"""

from __future__ import annotations

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from build_part1 import ABBR, SCOPE_ABBR  # noqa: E402
from goldlib_part1 import KEYS, TYPES, parse_surface, t2s  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
SRC = os.path.join(HERE, "written2_src")
OUT_DIR = os.path.join(GOLD, "written2")
OUT = os.path.join(GOLD, "facts-written2.jsonl")
MARK = re.compile(r"\[\[(.+?)\]\]")


def parse_doc(path: str, errors: list[str]) -> tuple[str, dict]:
    stem = os.path.basename(path).removesuffix(".ann")
    raw = open(path, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        errors.append(f"{stem}: no '---' line")
    meta: dict[str, str] = {}
    for line in head.splitlines():
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = (meta.get(key, "") + " " + value.strip()).strip()
    year = int(meta["year"])
    default_scope = SCOPE_ABBR[meta.get("scope", "s")]
    text_parts: list[str] = []
    facts = []
    pos = last = 0
    for m in MARK.finditer(body):
        text_parts.append(body[last : m.start()])
        pos += m.start() - last
        fields = m.group(1).split("|")
        fields += [""] * (4 - len(fields))
        span, typ, subject, flags = (f.strip() for f in fields[:4])
        typ = ABBR.get(typ, typ)
        where = f"{stem}: [[{m.group(1)}]]"
        if typ not in TYPES:
            errors.append(f"{where}: type {typ}")
        if span != span.strip() or span[-1] in "，,。;；、":
            errors.append(f"{where}: span edge")
        try:
            value, unit, approx = parse_surface(span)
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
            value, unit, approx = 0, None, None
        fact = {
            "start": pos,
            "end": pos + len(span),
            "value": value,
            "unit": unit,
            "approx": approx,
            "type": typ,
            "scope": default_scope,
            "year": year,
            "subject": t2s(subject) if subject and subject != "-" else None,
            "delta": False,
            "cumulative": False,
            "breakdown": None,
        }
        for flag in flags.split():
            key, _, val = flag.partition("=")
            if key in SCOPE_ABBR and not val:
                fact["scope"] = SCOPE_ABBR[key]
            elif key == "delta":
                fact["delta"] = True
            elif key == "cum":
                fact["cumulative"] = True
            elif key == "year":
                fact["year"] = int(val)
            elif key == "bd":
                fact["breakdown"] = val
            elif key == "value":
                fact["value"] = float(val) if "." in val else int(val)
            elif key == "unit":
                fact["unit"] = None if val == "-" else val
            elif key == "approx":
                fact["approx"] = None if val == "none" else val
            else:
                errors.append(f"{where}: flag {flag}")
        if (fact["delta"] or fact["cumulative"]) and typ != "other":
            errors.append(f"{where}: delta/cumulative but type {typ}")
        facts.append(fact)
        text_parts.append(span)
        pos += len(span)
        last = m.end()
    text_parts.append(body[last:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        errors.append(f"{stem}: unbalanced markup")
    notes = f"Written (set 2); agency: {meta.get('agency', '?')}; kind: {meta.get('kind', '?')}."
    if meta.get("notes"):
        notes += " " + meta["notes"]
    row = {
        "doc": f"corpus:gold/written2/{stem}.txt",
        "split": meta.get("split", "train"),
        "report_year": year,
        "facts": facts,
        "notes": notes,
    }
    return text, row


def main() -> int:
    errors: list[str] = []
    rows = []
    os.makedirs(OUT_DIR, exist_ok=True)
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".ann"):
            continue
        text, row = parse_doc(os.path.join(SRC, name), errors)
        with open(os.path.join(OUT_DIR, name.replace(".ann", ".txt")), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        assert all(list(f) == KEYS + ["breakdown"] for f in row["facts"])
        rows.append(row)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} documents, {sum(len(r['facts']) for r in rows)} facts -> {OUT}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
