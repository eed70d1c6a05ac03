"""The engine: one object that owns what a parse runs with.

An :class:`Engine` holds the user's fact rules, the user's counters, the
facts model and the settings, as spaCy's ``Language`` or Presidio's
``AnalyzerEngine`` do. It is small and picklable: a pickle carries the
rules' text, the counters and the model's location, never compiled
patterns, so batch workers (fork or spawn) and Dask workers rebuild exactly
the caller's engine.

>>> engine = Engine()
>>> engine.add_counters(["辆"])
>>> [q.text for q in engine.find_quantities("新增充电桩3辆")]
['3辆']
>>> report = engine.parse("path/to/report.txt")               # doctest: +SKIP

:func:`govinfo_nlp.parse` and the other module-level functions use
:func:`default_engine`, created on first use.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import RuleFileError

if TYPE_CHECKING:
    from .facts import Fact, FactExtractor
    from .identity import NameCache
    from .quantities import Quantity
    from .quantities.rules import Counter
    from .report import Report
    from .textcache import PerDocument

__all__ = ["Engine", "default_engine"]

#: The ``facts_model`` setting that means "the shipped model, rules only when absent".
AUTO = "auto"
_DIGEST = 16  # hex digits of sha256 kept in provenance: enough to tell two runs apart


class Engine:
    """Rules, counters, models and settings behind :meth:`parse`.

    ``facts_model``: ``"auto"`` (the shipped ``facts-v3``, rules only with a
    warning when it is missing), ``None`` (rules only) or a model directory.
    ``rules``: paths of JSONL rule files to add (:meth:`add_rules`);
    ``counters``: counter words to add (:meth:`add_counters`).

    Heavy parts (the compiled rules, the model, the quantity grammar) are
    built on first use and shared, within a process, by every engine with
    the same content.
    """

    def __init__(
        self,
        *,
        facts_model: str | os.PathLike[str] | None = AUTO,
        rules: Iterable[str | os.PathLike[str]] = (),
        counters: Iterable[str] = (),
    ) -> None:
        self._facts_model = (
            facts_model if facts_model is None or facts_model == AUTO else os.fspath(facts_model)
        )
        # (source, text) of each user rule file: the text, not the path, is what ran
        self._rules: tuple[tuple[str, str], ...] = ()
        self._counters: tuple[Counter, ...] = ()
        self._provenance: dict[str, str] | None = None
        self._names: NameCache | None = None
        if isinstance(rules, str | os.PathLike):
            # one file, not one per character of its name (hostile23 a03: a rule file "r")
            rules = [rules]
        for path in rules:
            self.add_rules(path)
        counters = list(counters)
        if counters:
            self.add_counters(counters)

    # --- what the engine holds ----------------------------------------------------

    @property
    def facts_model(self) -> str | None:
        return self._facts_model

    @property
    def counters(self) -> tuple[Counter, ...]:
        """The user counters, in the order they were added."""
        return self._counters

    @property
    def rule_files(self) -> tuple[str, ...]:
        """Sources of the user rule files, in the order they were added."""
        return tuple(source for source, _ in self._rules)

    def add_rules(self, path: str | os.PathLike[str]) -> None:
        """Add a user's JSONL rule file (validated; every bad entry is reported).

        Raises :class:`~govinfo_nlp.errors.RuleFileError` on a bad file or a
        rule id that is already defined.
        """
        from .facts.rules import load_rules, parse_rules

        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise RuleFileError(f"{p}: cannot read rule file ({exc})") from exc
        except UnicodeDecodeError as exc:  # a bare UnicodeDecodeError named no file (hostile23 a03)
            raise RuleFileError(f"{p}: a rule file is UTF-8 ({exc})") from exc
        new = parse_rules(text.splitlines(), str(p))
        known = {r.id for r in load_rules().rules} | {r.id for r in self._user_rules()}
        clash = sorted(r.id for r in new if r.id in known)
        if clash:
            raise RuleFileError(f"{p}: rule ids already defined: {', '.join(clash)}")
        self._rules += ((str(p), text),)
        self._provenance = None

    def add_counters(self, words: Iterable[str]) -> None:
        """Teach the quantity grammar more counters (e.g. ``["栋", "辆"]``); they count like 件.

        Compound counters still win over their prefixes. Bad entries raise
        :class:`~govinfo_nlp.errors.RuleFileError`.
        """
        from .quantities.rules import counters_from_words

        if not isinstance(words, str):  # one string: counters_from_words says so
            words = list(words)
            long = [
                f"add_counters:{i}: {w[:12]!r}... is longer than {_MAX_COUNTER_CHARS} characters"
                for i, w in enumerate(words)
                if isinstance(w, str) and len(w) > _MAX_COUNTER_CHARS
            ]
            if long:
                # a word of 1,000 件 made every later parse facts.failed: RecursionError
                raise RuleFileError("invalid counters:\n" + "\n".join(long))
        self._counters += tuple(counters_from_words(words))
        self._provenance = None

    def load_counters(self, path: str | os.PathLike[str]) -> None:
        """Add counters from a file in the format of the shipped ``counters.txt``."""
        from .quantities.rules import counters_from_path

        self._counters += tuple(counters_from_path(os.fspath(path)))
        self._provenance = None

    def _user_rules(self) -> tuple[Any, ...]:
        from .facts.rules import parse_rules

        return tuple(
            r for source, text in self._rules for r in parse_rules(text.splitlines(), source)
        )

    # --- the built parts (shared per content, see _extractor/_grammar below) -------

    @property
    def extractor(self) -> FactExtractor:
        """The facts stage: shipped rules + user rules + the facts model."""
        return _extractor(self._facts_model, self._rules, self._counters)

    @property
    def grammar(self) -> Any:
        """The quantity grammar: shipped counters + user counters."""
        from .quantities.grammar import grammar_for

        return grammar_for(self._counters)

    @property
    def names(self) -> NameCache:
        """The agency names and places :mod:`~govinfo_nlp.identity` has read for this engine
        (the panel's joins, the reconcile stage's names), remembered: built on first use,
        never pickled, dropped with the engine (:class:`~govinfo_nlp.identity.NameCache`)."""
        if self._names is None:
            from .identity import NameCache

            self._names = NameCache()
        return self._names

    # --- running ------------------------------------------------------------------

    def parse(
        self,
        source: str | bytes | os.PathLike[str],
        *,
        id: str | None = None,
        source_name: str | None = None,
        format: str | None = None,
        stages: Iterable[str] | str | None = None,
    ) -> Report:
        """One report (a path, raw bytes or the text itself) → :class:`~govinfo_nlp.Report`.

        ``stages`` as in :func:`govinfo_nlp.parse`.
        """
        from .pipeline import parse

        return parse(
            source, id=id, source_name=source_name, format=format, stages=stages, engine=self
        )

    def annotate(
        self,
        inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        jobs: int = 1,
        explain: bool = False,
        stages: Iterable[str] | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """:func:`govinfo_nlp.annotate` with this engine, in every worker."""
        from .batch import annotate

        return annotate(inputs, jobs=jobs, explain=explain, stages=stages, engine=self)

    def find_quantities(
        self, text: str, *, spans: Sequence[tuple[int, int]] | None = None
    ) -> Iterator[Quantity]:
        """:func:`govinfo_nlp.find_quantities` with this engine's counters."""
        from .quantities.grammar import find_quantities

        return find_quantities(text, spans=spans, grammar=self.grammar)

    def parse_quantity(self, text: str) -> Quantity | None:
        """:func:`govinfo_nlp.parse_quantity` with this engine's counters."""
        from .quantities.grammar import parse_quantity

        return parse_quantity(text, grammar=self.grammar)

    def extract_facts(
        self,
        text: Any,
        sections: Sequence[Any],
        *,
        report_year: int | None,
        agency: str | None = None,
        max_facts: int | None = None,
        adverts: Sequence[tuple[int, int]] | None = None,
        once: PerDocument | None = None,
    ) -> tuple[Fact, ...]:
        """The facts stage alone (see :func:`govinfo_nlp.facts.extract_facts`);
        ``once``: what the parse finds once (:class:`~.textcache.PerDocument`)."""
        return self.extractor.extract(
            text,
            sections,
            report_year=report_year,
            agency=agency,
            max_facts=max_facts,
            adverts=adverts,
            once=once,
        )

    def provenance(self, stages: Iterable[str] | None = None) -> dict[str, str]:
        """SCHEMA §5 ``models``: ids of what ran, and a digest of each part's content.

        ``stages`` (default: all) are the stages that ran: the facts stage
        runs the model, the rules and the quantity grammar, the tables stage
        the table labels; a part that did not run is left out.

        ``facts``/``rules`` are the model's name and the rule set's id
        (``rules-v1``, ``+<n>user`` with user rule files); each ``*_sha256``
        is the start of a sha256 over what actually ran — the model file,
        the shipped rule and cue files plus the user rules' text, the
        quantity word lists plus the user counters, the table labels — so
        any edit to them changes it.
        """
        ran = set(stages) if stages is not None else {"facts", "tables"}
        # One local dict, put back whole: add_counters/add_rules in another thread set
        # the attribute to None between this method's reads, and a parse raised
        # TypeError out of the API (hostile25 a04, corrected after its first reading).
        prov = dict(self._provenance or {})
        if "facts" in ran and "facts" not in prov:
            # (only a run with facts loads the model: a tables-only run would pay its load)
            model = self.extractor.model
            rules, counters = self._rules, self._counters
            n_user = len(rules)
            prov = {
                "facts": model.name if model is not None else "none",
                "rules": "rules-v1" + (f"+{n_user}user" if n_user else ""),
                "facts_sha256": _model_digest(self._facts_model, model),
                "rules_sha256": _digest(
                    _package_data("govinfo_nlp.facts"),
                    *(f"{source}\n{text}" for source, text in rules),
                ),
                "quantities_sha256": _digest(
                    _package_data("govinfo_nlp.quantities"),
                    *(repr(c) for c in counters),
                ),
                **prov,
            }
        if "tables" in ran and "tables_sha256" not in prov:
            prov["tables_sha256"] = _digest(_package_data("govinfo_nlp.tables"))
        self._provenance = prov
        return {
            key: value
            for key, value in prov.items()
            if ("tables" if key == "tables_sha256" else "facts") in ran
        }

    # --- pickling: the content, never the built parts -----------------------------

    def __getstate__(self) -> dict[str, Any]:
        return {
            "facts_model": self._facts_model,
            "rules": self._rules,
            "counters": self._counters,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._facts_model = state["facts_model"]
        self._rules = state["rules"]
        self._counters = state["counters"]
        self._provenance = None
        self._names = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Engine):
            return NotImplemented
        return self.__getstate__() == other.__getstate__()

    def __repr__(self) -> str:
        return (
            f"Engine(facts_model={self._facts_model!r}, rules={list(self.rule_files)!r}, "
            f"counters={[c.word for c in self._counters]!r})"
        )


#: The longest counter word taken: the shipped ones are at most 16 characters
#: (quantities/counters.txt); a word of 1,000 broke the grammar (hostile23 a03).
_MAX_COUNTER_CHARS = 32


@functools.lru_cache(maxsize=1)
def default_engine() -> Engine:
    """The engine behind :func:`govinfo_nlp.parse` and the other module-level functions.

    Created on first use. The deprecated module-level ``add_rules`` and
    ``add_counters`` change it; prefer an engine of your own.
    """
    return Engine()


def deprecated(old: str, new: str) -> None:
    warnings.warn(
        f"{old}() changes the default engine and is deprecated; use {new}() on an "
        "Engine of your own (govinfo_nlp.Engine) and pass it along",
        DeprecationWarning,
        stacklevel=3,
    )


# --- the shared, content-keyed parts ------------------------------------------------


@functools.lru_cache(maxsize=8)
def _extractor(
    facts_model: str | None, rules: tuple[tuple[str, str], ...], counters: tuple[Counter, ...]
) -> FactExtractor:
    # Keyed by content, so a worker that unpickles the same engine for every
    # task builds the rules and loads the model once.
    from .facts import FactExtractor
    from .facts.rules import parse_rules

    extra = tuple(r for source, text in rules for r in parse_rules(text.splitlines(), source))
    return FactExtractor(extra_rules=extra, model=facts_model, counters=counters)


#: What counts as data in a package folder (the rest is code, versioned with the library).
_DATA_SUFFIXES = (".json", ".jsonl", ".txt", ".tsv")


@functools.lru_cache(maxsize=8)
def _package_data(package: str) -> bytes:
    """A digest of every data file of a package (names and bytes, in name order)."""
    out = hashlib.sha256()

    def walk(folder: Any, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            name = prefix + entry.name
            if entry.is_dir():
                if entry.name != "__pycache__":
                    walk(entry, name + "/")
            elif entry.name.endswith(_DATA_SUFFIXES):
                out.update(name.encode() + b"\0" + entry.read_bytes() + b"\0")

    walk(resources.files(package), "")
    return out.digest()


def _digest(*parts: bytes | str) -> str:
    out = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        out.update(len(data).to_bytes(8, "big") + data)
    return out.hexdigest()[:_DIGEST]


def _model_digest(spec: str | None, model: Any) -> str:
    if model is None:
        return _digest(b"")
    from .facts.model import MODEL_FILE, default_model_dir

    directory = default_model_dir() if spec in (None, AUTO) else Path(spec)
    path = directory / MODEL_FILE if directory is not None else None
    if path is not None and path.is_file():
        return _digest(path.read_bytes())
    # its coefficients (an array's repr elides most of them)
    models = [model.type_model.to_json(), model.scope_model.to_json()]
    return _digest(json.dumps(models, sort_keys=True))  # pragma: no cover
