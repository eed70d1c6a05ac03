"""Build facts-part3.jsonl: the pre-fill corrected by the annotator's edits.

Inputs (this folder):
- prefill_part3.txt: the pipeline's facts in build_part1.py's source format
  (written once by prefill_part3.py, then frozen: edits refer to its lines);
- edits_part3.txt: the annotator's corrections, one block per document,
  written while reading each document in full:

      @doc r052 year=2020            (year = the report year; split from splits_part3.tsv)
      @notes free text
      1 t=other s=j subj=信息 bd=t3.granted.total year=2019 cum delta -cum -delta
      -3                             (line 3 of the document's pre-fill is not a fact)
      + left«span»right || type || scope || subject || flags   (a fact the pipeline missed)

  Line numbers count the document's pre-fill facts from 0 (the «»N marks of
  ``prefill_part3.py --show``). A document without edits keeps its pre-fill.
- splits_part3.tsv: the split of each document (by agency, fixed beforehand).

The breakdown flag ``bd=`` gives SCHEMA §3 ``breakdown`` (a table field or
``channel:<words>``); every other fact has breakdown null.

Usage: python build_part3.py  (writes ../facts-part3.jsonl)
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from build_part1 import ABBR, SCOPE_ABBR, find_all  # noqa: E402
from goldlib_part1 import KEYS, SCOPES, TYPES, parse_surface, read, t2s  # noqa: E402
from relabel_conv15 import overlay  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_prefill(path: str) -> dict[str, tuple[int | None, list[str]]]:
    docs: dict[str, tuple[int | None, list[str]]] = {}
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@doc "):
            parts = line.split()
            stem = parts[1].split("/")[-1].removesuffix(".txt")
            year = next((p.split("=")[1] for p in parts if p.startswith("year=")), "None")
            cur = stem
            docs[cur] = (None if year == "None" else int(year), [])
        elif line.strip() and cur:
            docs[cur][1].append(line)
    return docs


def split_line(line: str) -> list[str]:
    fields = [f.strip() for f in line.split(" || ")]
    return fields + [""] * (5 - len(fields))


def apply_edits(lines: list[str], edits: list[str]) -> list[str]:
    rows = [split_line(x) for x in lines]
    deleted: set[int] = set()
    added: list[list[str]] = []
    for edit in edits:
        if edit.startswith("+"):
            added.append(split_line(edit[1:].strip()))
        elif edit.startswith("-") and edit[1:].strip().isdigit():
            deleted.add(int(edit[1:]))
        else:
            head, *ops = edit.split()
            row = rows[int(head)]
            flags = row[4].split()
            for op in ops:
                key, _, value = op.partition("=")
                if key == "t":
                    row[1] = value
                elif key == "s":
                    row[2] = value
                elif key == "subj":
                    row[3] = value
                elif key.startswith("-") and not value:
                    flags = [f for f in flags if f.split("=")[0] != key[1:]]
                else:
                    flags = [f for f in flags if f.split("=")[0] != key] + [op]
            row[4] = " ".join(flags)
    kept = [r for i, r in enumerate(rows) if i not in deleted]
    return [" || ".join(r) for r in kept + added]


def make_fact(line: str, text: str, year: int | None, where: str, errors: list[str]) -> dict | None:
    pat, typ, scope, subject, flags = split_line(line)
    if pat.count("«") != 1 or pat.count("»") != 1:
        errors.append(f"{where}: pattern needs one «span»: {pat}")
        return None
    left, rest = pat.split("«")
    span, right = rest.split("»")
    fl: dict[str, str | bool] = {}
    for f in flags.split():
        k, sep, v = f.partition("=")
        fl[k] = v if sep else True
    hits = find_all(text, left + span + right)
    nth = int(fl.get("nth", 0) or 0)
    if not hits or (len(hits) > 1 and not nth) or (nth and nth > len(hits)):
        errors.append(f"{where}: {len(hits)} matches for {left + span + right!r}")
        return None
    start = hits[nth - 1 if nth else 0] + len(left)
    try:
        value, unit, approx = parse_surface(span)
    except ValueError as e:
        value, unit, approx = None, None, None
        if "value" not in fl:
            errors.append(f"{where}: {e}")
    if "value" in fl:
        v = str(fl["value"])
        value = float(v) if "." in v else int(v)
    if "unit" in fl:
        unit = None if fl["unit"] == "-" else fl["unit"]
    if "approx" in fl:
        approx = None if fl["approx"] == "none" else fl["approx"]
    typ = ABBR.get(typ, typ)
    scope = SCOPE_ABBR.get(scope, scope)
    if typ not in TYPES:
        errors.append(f"{where}: bad type {typ}")
    if scope not in SCOPES:
        errors.append(f"{where}: bad scope {scope}")
    fact = {
        "start": start,
        "end": start + len(span),
        "value": value,
        "unit": unit,
        "approx": approx,
        "type": typ,
        "scope": scope,
        "year": int(str(fl["year"])) if "year" in fl else year,
        "subject": None if subject in ("", "-") else t2s(subject),
        "delta": "delta" in fl,
        "cumulative": "cum" in fl,
    }
    out = {k: fact[k] for k in KEYS}
    out["breakdown"] = fl.get("bd") or None
    return out


def main() -> None:
    prefill = parse_prefill(os.path.join(HERE, "prefill_part3.txt"))
    splits = {}
    for line in open(os.path.join(HERE, "splits_part3.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            stem, split = line.split()
            splits[stem] = split
    edits: dict[str, list[str]] = {}
    years: dict[str, int | None] = {}
    notes: dict[str, str] = {}
    cur = None
    for raw in open(os.path.join(HERE, "edits_part3.txt"), encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            parts = line.split()
            cur = parts[1]
            edits[cur] = []
            for p in parts[2:]:
                if p.startswith("year="):
                    years[cur] = None if p[5:] == "None" else int(p[5:])
        elif line.startswith("@notes "):
            notes[cur] = (notes.get(cur, "") + " " + line[7:]).strip()
        else:
            edits[cur].append(line)
    errors: list[str] = []
    out = []
    for stem in sorted(prefill):
        if stem not in edits:
            continue  # not reviewed yet: no gold
        year = years.get(stem, prefill[stem][0])
        text = read(f"reports/{stem}.txt")
        facts = []
        for k, line in enumerate(apply_edits(prefill[stem][1], edits[stem])):
            fact = make_fact(line, text, year, f"{stem}#{k}", errors)
            if fact is not None:
                facts.append(fact)
        facts.sort(key=lambda f: (f["start"], f["end"]))
        spans = [(f["start"], f["end"]) for f in facts]
        if len(set(spans)) != len(spans):
            errors.append(f"{stem}: duplicate span")
        rec = {"doc": f"reports/{stem}.txt", "split": splits[stem], "report_year": year}
        # session 15's relabel (C1, C10) is an overlay: edits_conv15.txt
        rec["facts"] = overlay(rec["doc"], facts)
        if stem in notes:
            rec["notes"] = notes[stem]
        out.append(rec)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    path = os.path.join(HERE, "..", "facts-part3.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(out)} docs, {sum(len(r['facts']) for r in out)} facts")


if __name__ == "__main__":
    main()
