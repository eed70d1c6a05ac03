"""Out-of-fold study of the facts recipe on every tuning set pooled (issue 15, session 23).

Cross-validates the shipped recipe (:mod:`.train`: same features, synthetic
share, C grid, margins and overrule guards) on the gold train and dev splits
and paraphrase sets 1-20 pooled, grouped as :func:`.crossval.folds_of` groups
them (a paraphrase, or a document written on an excerpt's skeleton, held out
with that excerpt's agency), and sorts every out-of-fold error of rules only,
model only and both by where it arises (:func:`error_classes`): the quantity
was never a candidate, a candidate was dropped, the value or the type is
wrong, a candidate that is no fact, and among the right facts the scope or the
year. Test and paraphrase21 are never read.

``--held-out DIR`` scores instead the model in ``DIR`` (``models/facts-v3``:
the shipped one) as it stands on the paraphrase sets its training did not read
(meta ``inputs`` aside, :data:`.crossval.TRAINING_SETS` names them): the
shipped model's held-out errors by the same classes, what a retrained
candidate's out-of-fold rows on those sets are compared with.

Usage: ``python -m govinfo_nlp_dev.facts.study [--c 1,2,4,16] [--sets all|shipped]
[--json OUT] [--errors FILE] [--held-out DIR]``.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from govinfo_nlp.facts.extractor import FactExtractor, reading_text
from govinfo_nlp.facts.fact import Fact
from govinfo_nlp.facts.pipeline import prepare

from .crossval import (
    FOLDS,
    TRAINING_SETS,
    combinations,
    cross_validate,
    cv_documents,
    folds_of,
    gated,
)
from .evaluate import _same_value, error_lines, match_facts, predict, score_documents
from .gold import GoldDoc, iter_written

__all__ = ["ALL_SETS", "ERROR_CLASSES", "candidate_spans", "error_classes"]

#: every paraphrase set that is a tuning set this session (paraphrase21 is blind)
ALL_SETS = ("paraphrase", *(f"paraphrase{n}" for n in range(2, 21)))
#: the error classes, in the order the card lists them (F1 errors first: a
#: wrong type or value counts once as a miss and once as a false fact)
ERROR_CLASSES = (
    "no candidate",
    "candidate dropped",
    "value wrong",
    "type wrong",
    "spurious",
    "scope wrong",
    "year wrong",
)


def candidate_spans(extractor: FactExtractor, g: GoldDoc) -> list[tuple[int, int]]:
    """The quantity spans (offsets of the gold's text) of every candidate extraction
    considers in ``g``, as training reads them (:func:`.train.collect_doc_examples`)."""
    norm, sections = prepare(g.read())
    view, placed, _ = reading_text(norm, sections)
    cands = extractor.candidates(view.text, placed, report_year=g.report_year)
    return [view.to_original(c.start, c.end) for c in cands]


def decider(f: Fact) -> str:
    """Who typed ``f``: a cue, the rule (alone or kept against the model), the
    default `other` (no rule fired, no model), rule and model agreeing, the
    model overruling a rule, or the model where no rule fired."""
    if f.method == "both":
        return "rule=model"
    if f.method == "model":
        return "model over rule" if f.rule and not f.rule.startswith("cue:") else "model"
    if f.rule and f.rule.startswith("cue:"):
        return "cue"
    return "rule" if f.rule else "default other"


def error_classes(
    facts: Sequence[Fact], gold: Sequence[dict[str, Any]], spans: Sequence[tuple[int, int]]
) -> Counter[str]:
    """The errors of ``facts`` against ``gold`` by class (:data:`ERROR_CLASSES`);
    ``type wrong`` also counted per :func:`decider` as ``type wrong: <who>``.
    ``spans``: the candidates' quantity spans (:func:`candidate_spans`), which
    tell a gold quantity no candidate covered from one extraction dropped."""
    out: Counter[str] = Counter()
    for i, j in match_facts(facts, gold):
        p = facts[i] if i is not None else None
        g = gold[j] if j is not None else None
        if p is not None and g is not None:
            if not _same_value(p.value, g["value"]):
                out["value wrong"] += 1
            elif p.type != g["type"]:
                out["type wrong"] += 1
                out[f"type wrong: {decider(p)}"] += 1
            else:
                out["scope wrong"] += p.scope != g["scope"]
                out["year wrong"] += p.year != g.get("year")
        elif p is not None:
            out["spurious"] += 1
        elif g is not None:
            covered = any(min(e, g["end"]) - max(s, g["start"]) > 0 for s, e in spans)
            out["candidate dropped" if covered else "no candidate"] += 1
    return out


def _bucket(g: GoldDoc) -> str:
    return g.split if g.split in ALL_SETS else "train+dev"


def _score(rows: Iterable[tuple[GoldDoc, Sequence[Fact]]]) -> dict[str, Any]:
    s = score_documents((p, g.facts) for g, p in rows)
    m = s["micro"]
    return {
        "f1": m["f1"],
        "tp": m["tp"],
        "fp": m["fp"],
        "fn": m["fn"],
        "scope": s["scope_accuracy_on_correct"],
        "se": round(math.sqrt(m["f1"] * (1 - m["f1"]) / max(1, m["tp"] + m["fn"])), 4),
    }


def held_out(model_dir: str, errors: str | None = None) -> dict[str, Any]:
    """Rules, model and both of the model in ``model_dir`` on the paraphrase sets
    of :data:`ALL_SETS` outside :data:`.crossval.TRAINING_SETS` (those the shipped
    model never read): scores, by set, and error classes."""
    rules_only = FactExtractor(model=None)
    modes = {
        "rules": rules_only,
        "model": FactExtractor(model=model_dir, combine="model"),
        "both": FactExtractor(model=model_dir),
    }
    sets = [s for s in ALL_SETS if s not in TRAINING_SETS]
    docs = [g for s in sets for g in iter_written(s)]
    spans = {g.doc: candidate_spans(rules_only, g) for g in docs}
    report: dict[str, Any] = {"sets": sets, "documents": len(docs)}
    for name, ext in modes.items():
        rows = [(g, predict(ext, g.read(), g.report_year)) for g in docs]
        classes: Counter[str] = Counter()
        for g, p in rows:
            classes += error_classes(p, g.facts, spans[g.doc])
        report[name] = {
            "all": _score(rows),
            "by_set": {s: _score(r for r in rows if r[0].split == s) for s in sets},
            "errors": dict(sorted(classes.items())),
        }
        print(f"{name:6} {json.dumps(report[name]['all'])}", flush=True)
        print(f"    errors {json.dumps(report[name]['errors'], ensure_ascii=False)}", flush=True)
        if errors and name == "both":
            with Path(errors).open("w", encoding="utf-8") as fh:
                for g, p in rows:
                    for line in error_lines(g.doc, g.read(), p, g.facts):
                        fh.write(line + "\n")
    return report


def main(argv: Sequence[str] | None = None) -> None:
    from .train import (
        C_SCOPE,
        SYNTHETIC_SHARE,
        collect_doc_examples,
        fit_models,
        synthetic_examples,
    )

    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--c", default="1,2,4,16", help="C(type) values, comma-separated")
    ap.add_argument("--json", help="write every score and error count to this file")
    ap.add_argument("--errors", help="write the out-of-fold error lines of `both` here")
    ap.add_argument(
        "--sets",
        default="all",
        help="'all' (paraphrase sets 1-20) or 'shipped' (crossval.TRAINING_SETS)",
    )
    ap.add_argument("--held-out", help="score this model directory on the sets it never read")
    args = ap.parse_args(argv)
    if args.held_out:
        scores = held_out(args.held_out, args.errors)
        if args.json:
            Path(args.json).write_text(json.dumps(scores, indent=1, ensure_ascii=False), "utf-8")
        return
    sets = ALL_SETS if args.sets == "all" else TRAINING_SETS
    rules_only = FactExtractor(model=None)
    docs = cv_documents(written=sets)
    folds = folds_of(docs, FOLDS)
    examples = {g.doc: collect_doc_examples(rules_only, g) for g in docs}
    spans = {g.doc: candidate_spans(rules_only, g) for g in docs}
    n_real = sum(map(len, examples.values()))
    synth = synthetic_examples(rules_only, int(n_real * SYNTHETIC_SHARE), 0)
    scoring = rules_only._scoring
    settings: dict[str, Callable[..., FactExtractor]] = combinations([scoring.rule_margin])
    shipped = f"both@{scoring.rule_margin:g}"
    rule_types = {r.id: r.type for r in rules_only.rules.rules}
    report: dict[str, Any] = {
        "documents": len(docs),
        "examples_real": n_real,
        "examples_synthetic": len(synth),
        "folds": [len(f.held_out) for f in folds],
        "by_c": {},
    }
    for c in (float(v) for v in args.c.split(",")):
        models: list[Any] = []
        preds = cross_validate(
            folds,
            examples,
            fit=functools.partial(fit_models, extra=synth, c_type=c, c_scope=C_SCOPE, seed=0),
            extractors=settings,
            models=models,
        )
        preds[shipped] = gated(folds, models, preds[shipped], rule_types, settings[shipped])
        entry: dict[str, Any] = {}
        for name, rows in preds.items():
            classes: Counter[str] = Counter()
            for g, p in rows:
                classes += error_classes(p, g.facts, spans[g.doc])
            entry[name] = {
                "all": _score(rows),
                "by_set": {
                    b: _score(r for r in rows if _bucket(r[0]) == b) for b in ("train+dev", *sets)
                },
                "errors": dict(sorted(classes.items())),
            }
            print(f"C={c:g} {name:10} {json.dumps(entry[name]['all'])}", flush=True)
            print(f"    errors {json.dumps(entry[name]['errors'], ensure_ascii=False)}", flush=True)
        report["by_c"][f"{c:g}"] = entry
        if args.errors:
            with Path(f"{args.errors}.C{c:g}").open("w", encoding="utf-8") as fh:
                for g, p in preds[shipped]:
                    for line in error_lines(g.doc, g.read(), p, g.facts):
                        fh.write(line + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
