"""What the verdict red teams (verdicts15, verdicts17-21, vfiles19) share, written once.

Each set's ``docs_spec.py`` writes its claims with :func:`C` and its ``make.py`` turns
them into the rows of ``claims.jsonl`` with :func:`claim_row` (checked against the
document they are read in) and writes them with :func:`write_claims`; verdicts19, 20 and
21 write their pages and claims with :func:`write_pages`, each with its own prefix and
renderer. Both are loaded
by path (:func:`load`), as the sets load each other's renderers. A set of files (PDF,
DOCX, DOC, scans: vfiles19) is scored by :func:`file_scorer`, the same scorer with its
claims found in the facts' own text (:func:`read_file_doc`), since a file's offsets index
the text the library extracted, which the set cannot know beforehand.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

# a set's score.py runs as a script, whose import path starts at its own folder: without
# this the library scored would be whatever copy is installed, not this checkout's
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def load(name: str, path: Path) -> ModuleType:
    """The module at ``path`` (a set's make.py, score.py or this file), by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def C(
    snippet: str,
    number: str,
    type_: str,
    expect: str,
    why: str,
    value: float | None = None,
    ideal: str | None = None,
) -> dict:
    """One hand-judged claim: a snippet that occurs once in its document, the number in
    it, the type a reader gives it, the verdict it must get (consistent, inconsistent,
    safe) and why; ``value`` when the number is not written plainly (1.2万, 40%);
    ``ideal`` the verdict SCHEMA §4 prefers for a safe claim."""
    row = {
        "snippet": snippet,
        "number": number,
        "type": type_,
        "expect": expect,
        "why": why,
        "value": float(number.replace(",", "")) if value is None else value,
    }
    if ideal:
        row["ideal"] = ideal
    return row


def claim_row(
    name: str,
    text: str,
    claim: dict,
    *,
    set_: str = "blind",
    script: Callable[[str], str] | None = None,
    whole_number: bool = False,
) -> dict:
    """The claims.jsonl row of ``claim`` in document ``name`` (its ``text``), snippet and
    number in the document's script (``script``: s2t for a Traditional one). Stops when
    the snippet does not occur exactly once or the number is not in it; with
    ``whole_number``, also when the number is first found inside a longer one (the
    scorer takes its first occurrence in the snippet)."""
    snippet, number = claim["snippet"], claim["number"]
    if script is not None:
        snippet, number = script(snippet), script(number)
    count = text.count(snippet)
    if count != 1:
        raise SystemExit(f"{name}: snippet {snippet!r} occurs {count} times")
    m = re.search(re.escape(number), snippet)
    if not m:
        raise SystemExit(f"{name}: {number!r} not in {snippet!r}")
    around = snippet[max(0, m.start() - 1) : m.start()] + snippet[m.end() : m.end() + 1]
    if whole_number and re.search(r"[0-9.,]", around):
        raise SystemExit(f"{name}: {number!r} is first found inside a longer number in {snippet!r}")
    row = {
        "doc": name,
        "snippet": snippet,
        "number": number,
        "value": claim["value"],
        "type": claim["type"],
        "expect": claim["expect"],
        "why": claim["why"],
        "set": set_,
    }
    if "ideal" in claim:
        row["ideal"] = claim["ideal"]
    return row


def write_claims(here: Path, rows: Iterable[dict]) -> dict[str, int]:
    """``here/claims.jsonl``, one row a line; the count of each expectation."""
    by: dict[str, int] = {}
    with open(here / "claims.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            by[row["expect"]] = by.get(row["expect"], 0) + 1
    return by


def reports(doc: dict) -> list[dict]:
    """The document and the reports appended after it on the same page (``then``)."""
    out = [doc]
    while "then" in out[-1]:
        out.append(out[-1]["then"])
    return out


def write_pages(
    here: Path,
    prefix: str,
    docs: list[dict],
    render: Callable[[dict], str],
    script_of: Callable[[dict], Callable[[str], str] | None],
    balance_holds: Callable[[dict], bool],
) -> None:
    """Rewrite ``here/docs/<prefix>NN.txt|.html`` and ``here/claims.jsonl`` from ``docs``.

    Each page is its reports (:func:`reports`) rendered by ``render`` one after the other;
    a report's t3 balance must hold (``balance_holds``) unless it says its arithmetic fails
    on purpose (``arith_fails``); every claim is checked against the whole page
    (:func:`claim_row`, ``whole_number``) in its report's script (``script_of``) and carries
    its document's ``set`` ("blind" unless the document says "after")."""
    docs_dir = here / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.glob(f"{prefix}*"):
        old.unlink()
    claims = []
    for doc in docs:
        name = f"{prefix}{doc['n']:02d}" + (".html" if doc["layout"] == "html" else ".txt")
        parts = reports(doc)
        for part in parts:
            if not part.get("arith_fails") and not balance_holds(part):
                raise SystemExit(f"{name}: the t3 balance fails and the document does not say so")
        if len(parts) > 1 and doc["layout"] == "html":
            raise SystemExit(f"{name}: `then` joins text pages only")
        text = "\n".join(render(part).rstrip("\n") for part in parts) + "\n"
        (docs_dir / name).write_text(text, encoding="utf-8")
        for part in parts:
            claims += [
                claim_row(name, text, c, set_=doc.get("set", "blind"), script=script_of(part), whole_number=True)
                for c in part["claims"]
            ]
    by = write_claims(here, claims)
    print(len(docs), "documents,", len(claims), "claims", by)


def scorer(here: Path) -> ModuleType:
    """verdicts15's scorer (``verdicts15/score.py``), pointed at the set in ``here``: its
    load_claims() and main() read the module's HERE, that set's claims and documents."""
    module = load(f"verdicts15_score_for_{here.name}", here.parent / "verdicts15" / "score.py")
    module.HERE = here  # type: ignore[attr-defined]
    return module


def _flat(text: str) -> str:
    """NFKC, no whitespace: a PDF's or an OCR's line breaks and spaces between characters
    are not part of what the prose says."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def claim_in_fact(snippet: str, number: str, fact_text: str) -> bool:
    """Whether the fact's text holds the claim's number with the words before it: some
    occurrence of the number (not inside a longer number) whose preceding text ends with
    the same characters as the snippet's up to the number, at least four of them (or the
    whole snippet's lead when it is shorter)."""
    left = _flat(snippet[: snippet.index(number) + len(number)])
    num, text = _flat(number), _flat(fact_text)
    need = min(len(left), len(num) + 4)
    for m in re.finditer(re.escape(num), text):
        if re.match(r"[0-9.,]", text[m.end() : m.end() + 1]) or re.search(r"[0-9.]$", text[: m.start()]):
            continue
        before = text[: m.end()]
        k = 0
        while k < min(len(before), len(left)) and before[-1 - k] == left[-1 - k]:
            k += 1
        if k >= need:
            return True
    return False


def read_file_doc(score: ModuleType, path: Path, claims: list[dict]) -> tuple[list[dict], list[str]]:
    """verdicts15's ``read_doc`` for a file: each claim's reading (the worst verdict of the
    facts whose text holds it, :func:`claim_in_fact`) and the accusations no claim covers.
    A file the library could not read (no OCR installed, no converter) gives no facts: its
    claims read "none" and the reading errors are listed as a note, not an accusation."""
    import govinfo_nlp

    d = govinfo_nlp.parse(path).to_dict()
    facts, rec = d["facts"], d["reconciliation"]
    entries: dict[int, dict] = {}
    for r in rec:
        if r["fact"] not in entries or score.RANK[r["verdict"]] < score.RANK[entries[r["fact"]]["verdict"]]:
            entries[r["fact"]] = r
    claimed: set[int] = set()
    rows = []
    for c in claims:
        found = [i for i, f in enumerate(facts) if claim_in_fact(c["snippet"], c["number"], f.get("text") or "")]
        claimed.update(found)
        cands = [entries[i] for i in found if i in entries]
        entry = min(cands, key=lambda r: score.RANK[r["verdict"]]) if cands else None
        fi = entry["fact"] if entry else (found[0] if found else None)
        f = facts[fi] if fi is not None else {}
        rows.append(
            {
                **c,
                "got": entry["verdict"] if entry else "none",
                "fact_type": f.get("type"),
                "value_read": f.get("value"),
                "scope": f.get("scope"),
                "year": f.get("year"),
                "breakdown": f.get("breakdown"),
                "fields": entry.get("fields") if entry else None,
                "table": entry.get("table") if entry else None,
                "reason": entry.get("reason") if entry else None,
            }
        )
    unclaimed = [
        f"{path.name} unclaimed {facts[r['fact']].get('text')!r}:"
        f" got inconsistent [type={facts[r['fact']].get('type')} value={facts[r['fact']].get('value')}"
        f" breakdown={facts[r['fact']].get('breakdown')}; fields={r.get('fields')}"
        f" table={r.get('table')} reason={r.get('reason')!r}]"
        for r in rec
        if r["verdict"] == "inconsistent" and r["fact"] not in claimed
    ]
    if d.get("errors"):
        print(f"note: {path.name} not read: {d['errors']}")
    return rows, unclaimed


def file_scorer(here: Path) -> ModuleType:
    """:func:`scorer` for a set of files: claims found by the facts' text, not by offsets."""
    module = scorer(here)
    module.read_doc = lambda path, claims: read_file_doc(module, path, claims)  # type: ignore[attr-defined]
    return module
