"""The facts model's training recipe: agency-grouped folds and a deterministic fit."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, shared_path

from govinfo_nlp_dev.facts.crossval import (
    TRAINING_SETS,
    agency_groups,
    cv_documents,
    folds_of,
    overrulable,
    overrule_record,
    rules_seen,
)
from govinfo_nlp_dev.facts.gold import GoldDoc, is_part3, iter_gold, iter_written
from govinfo_nlp_dev.facts.train import SELECTION_SET, fit_models


def _doc(name: str, source: str = "") -> GoldDoc:
    return GoldDoc(name, Path(name), "train", 2022, (), source)


def test_groups_are_agencies_seeds_alone_and_written_together(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "SOURCES.tsv").write_text(
        "file\tsource\tyear\tagency\n"
        "r001.txt\tu\t2022\t某县财政局\n"
        "r002.txt\tu\t2023\t某县财政局\n"
        "r003.txt\tu\t2022\tunknown\n",
        encoding="utf-8",
    )
    docs = [
        _doc(d)
        for d in (
            "reports/r001.txt",
            "reports/r002.txt",
            "reports/r003.txt",
            "seeds/000_x.txt",
            "corpus:gold/written/w001.txt",
            "corpus:gold/written/w002.txt",
        )
    ]
    docs += [
        _doc("corpus:heldout/para/p01.txt", "reports/r002.txt"),
        _doc("corpus:heldout/para/p02.txt"),  # written freely: no source
        _doc("corpus:heldout/para/p03.txt"),
    ]
    groups = agency_groups(docs, tmp_path)
    assert groups["reports/r001.txt"] == groups["reports/r002.txt"] == "某县财政局"
    assert groups["reports/r003.txt"] == "r003.txt"  # unknown agency: the file alone
    assert groups["seeds/000_x.txt"] == "seeds/000_x.txt"
    assert groups["corpus:gold/written/w001.txt"] == groups["corpus:gold/written/w002.txt"]
    # a paraphrase is held out with the excerpt it re-words; a free one alone
    assert groups["corpus:heldout/para/p01.txt"] == "某县财政局"
    assert groups["corpus:heldout/para/p02.txt"] != groups["corpus:heldout/para/p03.txt"]
    folds = folds_of(docs, 3, tmp_path)
    held = [d.doc for f in folds for d in f.held_out]
    assert sorted(held) == sorted(d.doc for d in docs)  # every document held out once
    for f in folds:
        inside = {groups[d.doc] for d in f.held_out}
        assert not inside & {groups[d.doc] for d in f.training}


def test_cross_validation_never_reads_the_test_split() -> None:
    shared_path("reports")
    docs = cv_documents(ROOT)
    if not docs:
        pytest.skip("datasets/gold not available")
    assert {d.split for d in docs} <= {"train", "dev", *TRAINING_SETS}
    # the blind selection set chooses among trained models: it is never one of them
    assert SELECTION_SET not in TRAINING_SETS
    # a paraphrase's source is a train/dev excerpt, so its fold holds no test text
    sources = {d.source for d in docs if d.split in TRAINING_SETS and d.source}
    assert sources and sources <= {d.doc for d in docs if d.split in ("train", "dev")}
    # part 3 was split by agency: none of its test agencies is in a fold
    test = [g for g in iter_gold(split="test", repo_root=ROOT) if is_part3(g.doc)]
    cv_agencies = set(agency_groups([d for d in docs if is_part3(d.doc)]).values())
    assert test and not set(agency_groups(test).values()) & cv_agencies


def test_fit_is_deterministic() -> None:
    examples = [
        ({"bias": 1.0, f"lc1:{ch}": 1.0, "unit=件": 1.0}, typ, scope)
        for ch, typ, scope in (
            ("收", "requests.received", "self"),
            ("办", "requests.closed", "self"),
            ("发", "proactive.items", "jurisdiction"),
            ("培", "training.sessions", "self"),
        )
        for _ in range(3)
    ]
    runs = [fit_models(examples, [], c_type=4.0, seed=0) for _ in range(2)]
    dumps = [json.dumps([m.to_json() for m in run], sort_keys=True) for run in runs]
    assert dumps[0] == dumps[1]
    type_model = runs[0][0]
    probs = type_model.predict_proba({"bias": 1.0, "lc1:收": 1.0})
    assert max(probs, key=probs.__getitem__) == "requests.received"


def test_c_is_the_smallest_within_one_standard_error() -> None:
    from govinfo_nlp_dev.facts.train import _one_standard_error

    def micro(f1: float) -> dict:
        return {"f1": f1, "tp": int(1200 * f1), "fn": 1200 - int(1200 * f1)}

    # se of 0.95 over 1200 facts ≈ 0.0063: 0.947 is within it, 0.93 is not
    assert (
        _one_standard_error(
            (1.0, 4.0, 16.0), {1.0: micro(0.947), 4.0: micro(0.948), 16.0: micro(0.95)}
        )
        == 1.0
    )
    assert (
        _one_standard_error(
            (1.0, 4.0, 16.0), {1.0: micro(0.93), 4.0: micro(0.946), 16.0: micro(0.95)}
        )
        == 4.0
    )


def test_a_rule_is_seen_when_it_decided_enough_examples() -> None:
    def example(rule: str | None) -> tuple[dict[str, float], str, str]:
        feats = {"bias": 1.0} if rule is None else {"best_rule=" + rule: 1.0, "rule_type=x": 0.9}
        return feats, "other", "self"

    examples = [example("a")] * 3 + [example("b")] * 2 + [example(None)] * 5
    assert rules_seen(examples, least=3) == {"a"}
    assert rules_seen(examples, least=2) == {"a", "b"}
    assert rules_seen(examples) == frozenset()  # the default asks for 20


def test_a_written_set_is_read_from_its_gold(tmp_path: Path) -> None:
    folder = tmp_path / "datasets" / "heldout" / "mine"
    folder.mkdir(parents=True)
    (folder / "m01.txt").write_text("收到申请5件。", encoding="utf-8")
    fact = {"start": 4, "end": 6, "type": "requests.received", "value": 5}
    line = {"doc": "corpus:heldout/mine/m01.txt", "report_year": 2022, "facts": [fact]}
    (folder / "gold.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", "utf-8")
    (doc,) = iter_written("mine", tmp_path)
    assert (doc.split, doc.report_year, doc.facts) == ("mine", 2022, (fact,))
    assert doc.read()[4:6] == "5件"
    assert list(iter_written("absent", tmp_path)) == []


def test_training_does_not_read_the_test_split_by_default() -> None:
    # the test split is read once, by the lead, at the end: `train facts` scores
    # it only when asked (CONTRIBUTING, "Re-annotate and retrain")
    import inspect

    from govinfo_nlp_dev.facts.train import train_facts

    assert inspect.signature(train_facts).parameters["score_test"].default is False


def test_a_card_trained_without_the_test_split_keeps_the_previous_floor(tmp_path: Path) -> None:
    # score_test=False must not lower the bar tests/test_facts_eval.py holds the
    # test split to: the previous card's figure is carried over, "0" without one
    from govinfo_nlp_dev.facts.train import _test_floor

    card = tmp_path / "card.md"
    assert _test_floor(card) == "0"
    card.write_text("cv_micro_f1: 0.9\ntest_micro_f1_without_other: 0.9254\n", encoding="utf-8")
    assert _test_floor(card) == "0.9254"


def test_calibration_is_fitted_on_the_shipped_margins() -> None:
    # train_facts fits the calibration and chooses C on the out-of-fold facts of
    # the combination data/scoring.json ships: with a single margin that is
    # both@margin (session 8's card was fitted with seen_rule_margin 1 while
    # 0.05 shipped); with two margins, the pair
    from govinfo_nlp.facts.extractor import FactExtractor
    from govinfo_nlp_dev.facts.train import cv_settings

    scoring = FactExtractor(model=None)._scoring
    settings, shipped = cv_settings(scoring.rule_margin, scoring.seen_rule_margin)
    assert shipped in settings
    model = None  # only the margins of the extractor built are read here
    ext = settings[shipped](model)  # type: ignore[arg-type]
    assert (ext._scoring.rule_margin, ext._scoring.seen_rule_margin) == (
        scoring.rule_margin,
        scoring.seen_rule_margin,
    )
    settings, shipped = cv_settings(0.05, 0.05)
    assert shipped == "both@0.05" and not any("seen@" in name for name in settings)
    settings, shipped = cv_settings(0.05, 1.0)
    assert shipped == "both@0.05/seen@1"
    ext = settings[shipped](model)  # type: ignore[arg-type]
    assert (ext._scoring.rule_margin, ext._scoring.seen_rule_margin) == (0.05, 1.0)


def test_the_model_overrules_a_family_only_where_it_was_right_out_of_fold() -> None:
    from dataclasses import replace

    from govinfo_nlp.facts.extractor import FactExtractor
    from govinfo_nlp.facts.pipeline import prepare

    rules = FactExtractor(model=None)
    (fact,) = rules.extract(*prepare("办结政府信息依申请公开65件。"), report_year=2022)
    assert (fact.type, fact.method) == ("requests.closed", "rule")
    types = {r.id: r.type for r in rules.rules.rules}
    overruled = replace(fact, method="model", type="other")
    gold = {"start": fact.quantity_start, "end": fact.quantity_end, "value": 65}

    def doc(kind: str) -> GoldDoc:
        return GoldDoc("d", Path("d"), "train", 2022, ({**gold, "type": kind},))

    # two overrules right (the gold says other), one wrong: granted 2 > 1
    record = overrule_record(
        [(doc("other"), (overruled,))] * 2 + [(doc("requests.closed"), (overruled,))], types
    )
    assert record == {"requests.closed": (2, 3)}
    assert overrulable({fact.rule or "", "no.such.rule"}, record, types) == {fact.rule}
    # as often wrong as right, or never seen deciding a training example: kept
    tie = overrule_record(
        [(doc("other"), (overruled,)), (doc("requests.closed"), (overruled,))], types
    )
    assert tie == {"requests.closed": (1, 2)}
    assert overrulable({fact.rule or ""}, tie, types) == frozenset()
    assert overrulable(set(), record, types) == frozenset()
    # a family never overruled out of fold keeps the margins
    assert overrulable({fact.rule or ""}, {}, types) == {fact.rule}
    # a wrong value is no right overrule; a fact the rule decided is no overrule
    wrong_value = replace(overruled, value=66.0)
    assert overrule_record([(doc("other"), (wrong_value,))], types) == {"requests.closed": (0, 1)}
    assert overrule_record([(doc("other"), (fact,))], types) == {}


def test_a_plan_teaches_the_type_model_its_type(tmp_path: Path) -> None:
    # datasets/gold/README.md §12: a plan keeps the type the same count would
    # have had, so it teaches the type model that type (session 10 left plans,
    # dated after the report year, out of the type model)
    from govinfo_nlp.facts.extractor import FactExtractor
    from govinfo_nlp_dev.facts.train import collect_doc_examples

    text = "2024年，我局将开展政务公开业务培训2次。"
    path = tmp_path / "d.txt"
    path.write_text(text, encoding="utf-8")
    start = text.index("2次")
    fact = {
        "start": start,
        "end": start + 2,
        "value": 2,
        "unit": "次",
        "approx": None,
        "type": "training.sessions",
        "scope": "self",
        "year": 2024,
        "subject": None,
        "delta": False,
        "cumulative": False,
    }
    g = GoldDoc("d", path, "train", 2023, (fact,))
    examples = collect_doc_examples(FactExtractor(model=None), g)
    assert [(t, s) for _, t, s in examples] == [("training.sessions", "self")]
    type_model, _ = fit_models(
        [*examples, ({"bias": 1.0, "lc1:收": 1.0}, "requests.received", "jurisdiction")],
        [],
        c_type=1.0,
    )
    assert type_model.classes == ("requests.received", "training.sessions")


def test_training_reads_the_text_as_extraction_reads_it(tmp_path: Path) -> None:
    # extraction reads a page through extractor.reading_text (ASCII full stops
    # as 。, a line break after ， as a space, a PDF's wrap inside a number and its
    # counter cut out): a model trained on the plain text learnt windows,
    # sentences and clauses it never meets at run time
    from govinfo_nlp.facts.extractor import FactExtractor, reading_text
    from govinfo_nlp.facts.features import candidate_features
    from govinfo_nlp.facts.pipeline import prepare
    from govinfo_nlp_dev.facts.train import collect_doc_examples

    text = "一、总体情况\n本年度收到政府信息公开申请12件.其中通过网站申请5件，信函申请7\n件.办结10件。\n"
    path = tmp_path / "d.txt"
    path.write_text(text, encoding="utf-8")
    facts = []
    for surface, kind in (("12件", "requests.received"), ("5件", "requests.received")):
        start = text.index(surface)
        facts.append({"start": start, "end": start + len(surface), "type": kind, "scope": "self"})
    start = text.index("7\n件")
    facts.append({"start": start, "end": start + 3, "type": "requests.received", "scope": "self"})
    g = GoldDoc("d", path, "train", 2022, tuple(facts))
    ext = FactExtractor(model=None)
    examples = collect_doc_examples(ext, g)
    norm, sections = prepare(text)

    def features(view: Any, placed: Any) -> list[dict[str, float]]:
        cands = ext.candidates(view.text, placed, report_year=2022)
        wanted = {(f["start"], f["end"]) for f in facts}
        return [
            candidate_features(view.text, cands, i)
            for i, c in enumerate(cands)
            if view.to_original(c.start, c.end) in wanted
        ]

    view, placed, wraps = reading_text(norm, sections)
    assert wraps.joined  # the wrap inside 7⏎件 is cut out
    run_time = features(view, placed)
    assert len(run_time) == 3
    assert [f for f, _, _ in examples] == run_time
    # (the plain text's features are other ones: the test can tell the two apart)
    assert features(norm, sections) != run_time


def test_training_inputs_name_what_a_rebuild_needs(tmp_path: Path) -> None:
    # a model records the digests of the library, the recipe and the gold it was
    # fitted on (session 20: facts-v3 rebuilt byte for byte on its own commit
    # only, and its meta did not say which): any change to a gold fact or a
    # document's text changes the gold digest, the same documents give the same
    from govinfo_nlp_dev.facts.train import training_inputs

    text = tmp_path / "d.txt"
    text.write_text("收到申请5件。", encoding="utf-8")
    fact = {"start": 4, "end": 6, "type": "requests.received", "value": 5}
    doc = GoldDoc("corpus:x/d.txt", text, "train", 2022, (fact,))
    first = training_inputs([doc])
    assert set(first) == {"rules", "library", "recipe", "gold"}
    assert training_inputs([doc]) == first
    relabelled = GoldDoc("corpus:x/d.txt", text, "train", 2022, (fact | {"type": "other"},))
    assert training_inputs([relabelled])["gold"] != first["gold"]
    text.write_text("收到申请6件。", encoding="utf-8")
    changed = training_inputs([doc])
    assert changed["gold"] != first["gold"]
    assert {k: v for k, v in changed.items() if k != "gold"} == {
        k: v for k, v in first.items() if k != "gold"
    }


def test_out_of_fold_scores_by_set() -> None:
    # the card's per-set table: each document scored in its own set (train and
    # dev together), every way of deciding a type over the same documents
    from govinfo_nlp.facts.fact import Fact
    from govinfo_nlp_dev.facts.train import _by_set, _by_set_lines

    fact = {"start": 4, "end": 6, "type": "requests.received", "value": 5, "scope": "self"}
    real = GoldDoc("reports/r001.txt", Path("r001.txt"), "dev", 2022, (fact,))
    written = GoldDoc(
        "corpus:heldout/paraphrase/p01.txt", Path("p01.txt"), "paraphrase", 2022, (fact,)
    )
    right = Fact(
        type="requests.received",
        value=5,
        unit="件",
        approx=None,
        scope="self",
        year=2022,
        section="",
        subject=None,
        start=4,
        end=6,
        quantity_start=4,
        quantity_end=6,
        text="5件",
        method="rule",
        rule=None,
        model=None,
        confidence=1.0,
    )
    preds = {"r": [(real, (right,)), (written, ())], "m": [(real, (right,)), (written, (right,))]}
    by_set = _by_set(preds, {"rules": "r", "model": "m", "both": "m"})
    assert by_set["train+dev"]["rules"]["micro"]["f1"] == 1.0
    assert by_set["paraphrase"]["rules"]["micro"]["f1"] == 0.0
    assert by_set["paraphrase"]["both"]["micro"]["f1"] == 1.0
    assert by_set["paraphrase2"]["both"]["documents"] == 0
    lines = _by_set_lines(by_set)
    assert lines[2].startswith("| train+dev | 1 | 1 | 1.000 | 1.000 | 1.000 |")
    assert lines[3].startswith("| paraphrase | 1 | 1 | 0.000 | 1.000 | 1.000 | 1/0/0 |")
    assert len(lines) == 4  # a set without documents has no row


def test_a_document_on_an_excerpts_skeleton_is_held_out_with_that_excerpt(tmp_path: Path) -> None:
    # sets 17-20 copy a real train/dev page's structure sentence by sentence in
    # other words ("skeleton r177 (train)" in the notes): a model fitted on the
    # excerpt has seen the frames of their sentences, so cross-validation puts
    # them in the excerpt's agency group, as it puts a paraphrase
    folder = tmp_path / "datasets" / "heldout" / "mine"
    folder.mkdir(parents=True)
    notes = (
        "written freely; agency: 交通运输部; kind: national ministry. skeleton r177 (train), ...",
        "paraphrase of reports/r018.txt; other words",
        "written freely (no source excerpt); township government",
        "written freely; the skeletons of two plans",  # a word, not a skeleton's name
    )
    lines = [
        {"doc": f"corpus:heldout/mine/m0{k}.txt", "report_year": 2022, "facts": [], "notes": n}
        for k, n in enumerate(notes)
    ]
    (folder / "gold.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8"
    )
    docs = list(iter_written("mine", tmp_path))
    assert [d.source for d in docs] == ["reports/r177.txt", "reports/r018.txt", "", ""]
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "SOURCES.tsv").write_text(
        "file\tsource\tyear\tagency\nr177.txt\tu\t2023\t交通运输部\n", encoding="utf-8"
    )
    groups = agency_groups([*docs, _doc("reports/r177.txt")], tmp_path)
    assert groups["corpus:heldout/mine/m00.txt"] == groups["reports/r177.txt"] == "交通运输部"


def test_out_of_fold_errors_are_sorted_by_where_they_arise() -> None:
    from dataclasses import replace

    from govinfo_nlp.facts.extractor import FactExtractor
    from govinfo_nlp.facts.pipeline import prepare
    from govinfo_nlp_dev.facts.study import decider, error_classes

    rules = FactExtractor(model=None)
    (fact,) = rules.extract(*prepare("办结政府信息依申请公开65件。"), report_year=2022)
    span = (fact.quantity_start, fact.quantity_end)
    gold = {"start": span[0], "end": span[1], "value": 65, "scope": "self", "year": 2022}
    right = {**gold, "type": "requests.closed"}
    assert error_classes((fact,), (right,), [span]) == {"scope wrong": 0, "year wrong": 0}
    assert error_classes((fact,), ({**right, "scope": "jurisdiction"},), [span])["scope wrong"] == 1
    wrong = error_classes((fact,), ({**right, "type": "other"},), [span])
    assert wrong == {"type wrong": 1, "type wrong: rule": 1}
    assert error_classes((replace(fact, value=66.0),), (right,), [span]) == {"value wrong": 1}
    assert error_classes((fact,), (), [span]) == {"spurious": 1}
    # a gold quantity no prediction covers: dropped when a candidate covered it
    assert error_classes((), (right,), [span]) == {"candidate dropped": 1}
    assert error_classes((), (right,), []) == {"no candidate": 1}
    assert decider(fact) == "rule"
    assert decider(replace(fact, method="model")) == "model over rule"
    assert decider(replace(fact, method="model", rule=None)) == "model"
    assert decider(replace(fact, method="both")) == "rule=model"
    assert decider(replace(fact, rule="cue:delta")) == "cue"
    assert decider(replace(fact, rule=None)) == "default other"


def test_the_card_lists_out_of_fold_errors_by_class_and_by_who_typed_them() -> None:
    from collections import Counter

    from govinfo_nlp_dev.facts.study import ERROR_CLASSES
    from govinfo_nlp_dev.facts.train import _error_lines

    errors = {
        "rules": Counter({"type wrong": 3, "type wrong: rule": 2, "type wrong: cue": 1}),
        "both": Counter({"spurious": 2, "scope wrong": 5}),
    }
    head, _, rules, both = _error_lines(errors)
    assert head.count("|") == len(ERROR_CLASSES) + 3
    cells = [c.strip() for c in rules.split("|")[1:-1]]
    assert cells[0] == "rules" and cells[1 + ERROR_CLASSES.index("type wrong")] == "3"
    assert cells[-1] == "cue 1, rule 2"
    cells = [c.strip() for c in both.split("|")[1:-1]]
    assert cells[1 + ERROR_CLASSES.index("spurious")] == "2" and cells[-1] == "–"


def test_the_grid_run_in_worker_processes_is_the_grid_run_in_one(tmp_path: Path) -> None:
    # train_facts(jobs=N) fits and scores each (C, fold) apart and puts them together
    # in fold order: the out-of-fold predictions, overrule records and gated rows
    # must be those of cross_validate + gated in one process (the model's bytes
    # follow from them)
    from govinfo_nlp.facts.extractor import FactExtractor
    from govinfo_nlp_dev.facts.crossval import cross_validate, gated
    from govinfo_nlp_dev.facts.train import (
        C_TYPE_GRID,
        _cross_validate_grid,
        collect_doc_examples,
        cv_settings,
    )

    texts = ("收到申请5件，办结4件。", "办结申请7件，收到申请8件。", "收到申请2件。办结3件。")
    docs = []
    for n, text in enumerate(texts * 2):
        path = tmp_path / f"d{n}.txt"
        path.write_text(text, encoding="utf-8")
        facts = tuple(
            {
                "start": text.index(q),
                "end": text.index(q) + len(q),
                "value": int(q[0]),
                "type": kind,
                "scope": scope,
                "year": 2022,
            }
            for q, kind, scope in zip(
                [t for t in ("5件", "4件", "7件", "8件", "2件", "3件") if t in text],
                ("requests.received", "requests.closed")
                if not text.startswith("办")
                else ("requests.closed", "requests.received"),
                ("self", "jurisdiction"),  # both scope models need two classes
                strict=True,
            )
        )
        docs.append(GoldDoc(f"seeds/d{n}.txt", path, "train", 2022, facts))
    rules = FactExtractor(model=None)
    examples = {g.doc: collect_doc_examples(rules, g) for g in docs}
    real = [e for g in docs for e in examples[g.doc]]
    folds = folds_of(docs, 2, tmp_path)
    types = {r.id: r.type for r in rules.rules.rules}
    margins = (rules._scoring.rule_margin, rules._scoring.seen_rule_margin)
    one, finals_one = _cross_validate_grid(folds, examples, real, [], margins, types, 0, 1)
    two, finals_two = _cross_validate_grid(folds, examples, real, [], margins, types, 0, 2)
    assert one == two and finals_one == {} and set(finals_two) == set(C_TYPE_GRID)
    settings, shipped = cv_settings(*margins)
    for c, (preds, record) in zip(C_TYPE_GRID, one, strict=True):
        models: list = []
        fit = functools.partial(fit_models, extra=[], c_type=c, seed=0)
        alone = cross_validate(folds, examples, fit=fit, extractors=settings, models=models)
        assert record == overrule_record(alone[shipped], types)
        alone[shipped] = gated(folds, models, alone[shipped], types, settings[shipped])
        assert preds == alone
        assert [g.doc for g, _ in preds[shipped]] == [g.doc for f in folds for g in f.held_out]
    type_model, scope_model = finals_two[C_TYPE_GRID[0]]
    again = fit_models(real, [], c_type=C_TYPE_GRID[0], seed=0)
    assert (
        type_model.to_json() == again[0].to_json() and scope_model.to_json() == again[1].to_json()
    )
