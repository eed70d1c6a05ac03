"""The engine: ``parse(source) -> Report``, one stage after another.

read → normalise → noise → metadata → sections → tables → facts → reconcile.
Every stage is a plain function over plain data; this module only calls them
in order, times them, and turns a failure inside one document into an entry
in ``Report.errors`` so that a batch never stops.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from time import perf_counter
from typing import TypeVar

from .errors import UnreadableDocument
from .metadata import Metadata, read_metadata
from .noise import Noise, find_chrome, find_spam
from .normalize import NormalizedText, normalize
from .read import names_a_file, read
from .report import Report, SectionSpan
from .sections import Section, find_sections

__all__ = ["parse"]

logger = logging.getLogger(__name__)
T = TypeVar("T")


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    id: str | None = None,
    source_name: str | None = None,
    format: str | None = None,
) -> Report:
    """Parse one report (a path, raw bytes, or the text itself) into a :class:`Report`.

    Never raises because of the document's content: unreadable input gives a
    report whose ``errors`` say why, and a stage that fails leaves its part
    empty with an error naming the stage.
    """
    if not isinstance(source, (str, bytes, os.PathLike)):
        raise TypeError(f"parse() takes a path, bytes or str, not {type(source).__name__}")
    if source_name is None and isinstance(source, os.PathLike):
        source_name = os.fspath(source)
    timings: dict[str, float] = {}
    errors: list[str] = []
    warnings: list[str] = []

    def stage(name: str, default: T, fn: Callable[[], T]) -> T:
        start = perf_counter()
        try:
            return fn()
        except Exception as exc:  # a bug or an unforeseen input must not stop a batch
            logger.warning("stage %s failed on %s: %r", name, source_name or id, exc)
            errors.append(f"{name}.failed: {type(exc).__name__}: {exc}")
            return default
        finally:
            timings[name] = timings.get(name, 0.0) + perf_counter() - start

    start = perf_counter()
    try:
        doc = read(source, format=format)
    except UnreadableDocument as exc:
        if source_name is None and isinstance(source, str) and names_a_file(source):
            source_name = source
        return Report(
            id=id or _content_id(source if isinstance(source, bytes) else str(source).encode()),
            source=source_name,
            text="",
            errors=(f"read.{exc.code}: {exc}",),
            models=_models(),
        )
    timings["read"] = perf_counter() - start
    if source_name is None and doc.path is not None:
        source_name = doc.path

    no_norm: NormalizedText | None = None
    norm = stage("normalize", no_norm, lambda: normalize(doc))
    if norm is None:
        return Report(
            id or _content_id(doc.text.encode()),
            source_name,
            doc.text,
            errors=tuple(errors),
            encoding=doc.encoding,
            format=doc.format,
            models=_models(),
            timings=timings,
        )

    no_noise: tuple[Noise, ...] = ()
    chrome = stage("noise", no_noise, lambda: find_chrome(norm.text))
    spam = stage("noise", no_noise, lambda: find_spam(norm.text))
    no_metadata: tuple[Metadata, tuple[str, ...]] = (Metadata(script=norm.script), ())
    metadata, meta_warnings = stage(
        "metadata", no_metadata, lambda: read_metadata(norm.text, script=norm.script)
    )
    warnings.extend(meta_warnings)
    if spam and not any(w.startswith("spam") for w in warnings):
        terms = sorted({n.text for n in spam})
        warnings.append(f"spam: injected spam text found: {', '.join(terms[:5])}")

    work = norm.without((n.start, n.end) for n in chrome)
    no_sections: tuple[Section, ...] = ()
    sections = stage("sections", no_sections, lambda: find_sections(work.text))

    from .tables import TablesResult, parse_tables

    no_tables: TablesResult | None = None
    tables = stage(
        "tables",
        no_tables,
        lambda: parse_tables(
            work, sections=sections, html_tables=doc.html_tables, year=metadata.year
        ),
    )
    if tables is not None:
        warnings.extend(tables.warnings)

    from .facts import Fact, extract_facts

    no_facts: tuple[Fact, ...] = ()
    facts = stage(
        "facts", no_facts, lambda: extract_facts(work, sections, report_year=metadata.year)
    )

    from .reconcile import Reconciliation, reconcile

    no_reconciliation: tuple[Reconciliation, ...] = ()
    reconciliation = stage(
        "reconcile",
        no_reconciliation,
        lambda: reconcile(facts, tables, report_year=metadata.year, text=doc.text),
    )

    spans = tuple(
        SectionSpan(s.id, *work.to_original(s.start, s.end), heading=s.heading) for s in sections
    )
    return Report(
        id=id or _content_id(doc.text.encode()),
        source=source_name,
        text=doc.text,
        metadata=metadata,
        sections=spans,
        tables=tables,
        facts=tuple(facts),
        reconciliation=tuple(reconciliation),
        warnings=tuple(dict.fromkeys(warnings)),
        errors=tuple(errors),
        encoding=doc.encoding,
        format=doc.format,
        models=_models(),
        timings=timings,
    )


def _content_id(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:16]


def _models() -> dict[str, str]:
    """Ids of the model files and rule sets this run used (provenance)."""
    from .facts import provenance

    return dict(provenance())
