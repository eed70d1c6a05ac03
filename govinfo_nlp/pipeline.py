"""The engine: ``parse(source) -> Report``, one stage after another.

read → normalise → noise → metadata → agency → sections → tables → facts → reconcile.
Every stage is a plain function over plain data; this module only calls them
in order, times them, and turns a failure inside one document into an entry
in ``Report.errors`` so that a batch never stops. (Facts are read before the
tables, which neither needs, so that the highest peak of a parse, the facts
stage's, does not hold the tables result; :data:`STAGES`, ``Report.stages`` and
the errors keep the order above.)
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache, lru_cache, partial
from time import perf_counter
from typing import TYPE_CHECKING, Final, TypeVar

from .engine import Engine, default_engine
from .errors import BadArgument, BadArgumentType, UnreadableDocument
from .frozen import builder
from .limits import DEFAULT_LIMITS, Limits, OutOfTime, checkpoint, time_bound
from .metadata import Metadata, PageReading, linked_titles, read_year
from .metadata import agency_of as metadata_of_agency
from .noise import Noise, advert_spans, find_chrome, find_spam, page_chrome
from .normalize import NormalizedText, normalize, normalize_text
from .read import names_a_file, read
from .readers.page import image_titles, logo_names, page_sources, page_titles
from .report import Report, SectionSpan
from .sections import Section, find_sections
from .textcache import PerDocument

if TYPE_CHECKING:
    # (imported by the stages that run them: a tables-only process never loads the
    # facts and reconciliation modules, 0.15 s of CPU to import)
    from .facts import Fact
    from .reconcile import Reconciliation

__all__ = ["STAGES", "parse", "resolve_stages"]

logger = logging.getLogger(__name__)
T = TypeVar("T")
# The agency's readings of a page, tried in order (the metadata stage's to the agency stage).
_Agencies = tuple[Callable[[], tuple[Metadata, tuple[str, ...]]], ...]

#: The stages in the order they run. read, normalize and noise always run:
#: every other stage works on their text.
STAGES: Final = (
    "read",
    "normalize",
    "noise",
    "metadata",
    "agency",
    "sections",
    "tables",
    "facts",
    "reconcile",
)

#: What each stage needs from the stages before it (the report year comes from
#: metadata; tables and facts are read section by section; the agency goes on from
#: metadata's reading, and the facts' scope reads it: the tables do not).
_NEEDS: Final[Mapping[str, tuple[str, ...]]] = {
    "read": (),
    "normalize": ("read",),
    "noise": ("normalize",),
    "metadata": ("noise",),
    "agency": ("metadata",),
    "sections": ("noise",),
    "tables": ("metadata", "sections"),
    "facts": ("metadata", "agency", "sections"),
    "reconcile": ("tables", "facts"),
}


def read_agency(page: PageReading) -> tuple[Metadata, tuple[str, ...]]:
    """:func:`govinfo_nlp.agency.read_agency`, its package imported on first use: a
    tables-only run of text documents never reads an agency, and importing the package
    (its patterns, its tables of places) is a quarter of importing the pipeline (0.05 of
    0.2 s of CPU, issue 17's cold start)."""
    from .agency import read_agency as read

    return read(page)


def resolve_stages(stages: Iterable[str] | str | None) -> tuple[str, ...]:
    """The stages to run for a request: those asked for plus what they need, in order.

    ``None`` means all of them; a string is a comma-separated list
    (``"tables,facts"``). Raises ``ValueError`` naming an unknown stage.
    """
    if stages is None:
        return STAGES
    asked = stages.split(",") if isinstance(stages, str) else list(stages)
    return _resolve(tuple(s.strip() for s in asked if s.strip()))


@lru_cache(maxsize=64)
def _resolve(asked: tuple[str, ...]) -> tuple[str, ...]:
    """resolve_stages of the stage names asked for (a batch asks the same for every document)."""
    wanted: set[str] = set()
    todo = list(asked)
    while todo:
        name = todo.pop()
        if name not in _NEEDS:
            raise BadArgument(f"unknown stage {name!r}; the stages are {', '.join(STAGES)}")
        if name not in wanted:
            wanted.add(name)
            todo.extend(_NEEDS[name])
    wanted.update(("read", "normalize", "noise"))
    return tuple(s for s in STAGES if s in wanted)


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    id: str | None = None,
    source_name: str | None = None,
    format: str | None = None,
    stages: Iterable[str] | str | None = None,
    engine: Engine | None = None,
    limits: Limits | None = None,
) -> Report:
    """Parse one report (a path, raw bytes, or the text itself) into a :class:`Report`.

    ``stages`` (default: all of :data:`STAGES`) names the stages wanted, e.g.
    ``("tables",)``; the stages they need run too, the others do not, and
    ``Report.stages`` lists those that ran. A stage that did not run leaves
    its part of the report empty. ``engine`` (rules, counters, models)
    defaults to :func:`~govinfo_nlp.engine.default_engine`.
    ``limits`` bounds what one document may cost (input size, table size;
    see :class:`~govinfo_nlp.limits.Limits`).

    Never raises because of the document's content: unreadable input gives a
    report whose ``errors`` say why, and a stage that fails leaves its part
    empty with an error naming the stage. A document that takes more CPU time
    than ``limits.max_seconds`` (900 s) gives a report with only a
    ``parse.timeout`` error (nothing half-read is kept).
    """
    if not isinstance(source, (str, bytes, os.PathLike)):
        raise BadArgumentType(f"parse() takes a path, bytes or str, not {type(source).__name__}")
    if limits is not None and not isinstance(limits, Limits):
        # a dict of bounds raised AttributeError deep in the readers (hostile22 a04)
        raise BadArgumentType(f"limits must be a govinfo_nlp.Limits, not {type(limits).__name__}")
    run = resolve_stages(stages)
    if engine is None:
        engine = default_engine()
    if source_name is None and isinstance(source, os.PathLike):
        source_name = os.fspath(source)
    # The bound is delivered at checkpoints (limits.checkpoint) in the stages, in any
    # thread: session 25 raised it in a worker thread as an asynchronous exception, which
    # Python drops where it lands in a gc callback, and the document then ran unbounded.
    with time_bound((limits or DEFAULT_LIMITS).max_seconds) as own:
        try:
            return _parse(source, id, source_name, format, run, engine, limits)
        except OutOfTime as exc:
            if not own:  # a batch's bound: its row says so
                raise
            return _unread(source, id, source_name, engine, run, f"parse.timeout: {exc}", ())


def _unread(
    source: str | bytes | os.PathLike[str],
    id: str | None,
    source_name: str | None,
    engine: Engine,
    run: tuple[str, ...],
    error: str,
    stages: tuple[str, ...],
) -> Report:
    """The report of a document nothing was read from: its one error, no text."""
    if source_name is None and isinstance(source, str) and names_a_file(source):
        source_name = source
    return Report(
        id=id or _content_id(source if isinstance(source, bytes) else os.fspath(source)),
        source=source_name,
        text="",
        errors=(error,),
        models=engine.provenance(run),
        stages=stages,
    )


def _parse(
    source: str | bytes | os.PathLike[str],
    id: str | None,
    source_name: str | None,
    format: str | None,
    run: tuple[str, ...],
    engine: Engine,
    limits: Limits | None,
) -> Report:
    """parse() of one document within its time bound."""
    timings: dict[str, float] = {}
    errors: list[str] = []
    warnings: list[str] = []

    def stage(name: str, default: T, fn: Callable[[], T]) -> T:
        checkpoint()
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
        doc = read(source, format=format, limits=limits)
    except UnreadableDocument as exc:
        return _unread(source, id, source_name, engine, run, f"read.{exc.code}: {exc}", ("read",))
    timings["read"] = perf_counter() - start
    warnings.extend(doc.warnings)
    if source_name is None and doc.path is not None:
        source_name = doc.path

    no_norm: NormalizedText | None = None
    norm = stage("normalize", no_norm, lambda: normalize(doc))
    if norm is None:
        return Report(
            id or _content_id(doc.text),
            source_name,
            doc.text,
            errors=tuple(errors),
            encoding=doc.encoding,
            format=doc.format,
            models=engine.provenance(run),
            timings=timings,
            stages=("read", "normalize"),
        )

    no_noise: tuple[Noise, ...] = ()

    def chrome_of(n: NormalizedText) -> tuple[Noise, ...]:
        return find_chrome(n.text) + page_chrome(n.text, n.starts, doc.chrome)

    # the stages get the normalised text by value (partial), so that it can
    # be dropped once the chrome is cut: a big document's maps are not kept twice
    chrome = stage("noise", no_noise, partial(chrome_of, norm))
    spam = stage("noise", no_noise, partial(find_spam, norm.text))

    def read_page(script: str, text: str) -> tuple[Metadata, tuple[str, ...], PageReading]:
        titles = [normalize_text(t) for t in page_titles(doc.text)] if doc.is_html else []
        pictured = [normalize_text(t) for t in image_titles(doc.text)] if doc.is_html else []
        sources = [normalize_text(t) for t in page_sources(doc.text)] if doc.is_html else []
        logos = [normalize_text(t) for t in logo_names(doc.text)] if doc.is_html else []
        return read_year(
            text,
            script=script,
            page_titles=titles,
            image_titles=pictured,
            page_sources=sources,
            logo_names=logos,
        )

    def metadata_of(n: NormalizedText) -> tuple[Metadata, tuple[str, ...], _Agencies]:
        """The year's reading, and the readings the agency stage tries in order (each read
        once, when first asked)."""
        if not doc.chrome:
            meta, warned, page = read_page(n.script, n.text)
            return meta, warned, (partial(read_agency, page),)
        # A sidebar above the article lists other agencies' reports of other years:
        # the report's own body names it first. The page's fields (索引号, 发布机构,
        # date) sit in the chrome and fill what the body does not say; the whole page
        # is read only when the body leaves something to fill. The body's reading is
        # the row's where it gives both a year and an agency, else the whole page's:
        # the year too is the whole page's where the body names no agency.
        chrome = page_chrome(n.text, n.starts, doc.chrome)
        body = n.without((c.start, c.end) for c in chrome).text
        own, own_warned, own_page = read_page(n.script, body)
        # (the whole page without its chrome's report titles, where the body holds its own
        # heading: they are links to other pages, whose year and body are not this one's)
        links = linked_titles(n.text, ((c.start, c.end) for c in chrome), body)
        whole = cache(partial(read_page, n.script, n.without(links).text if links else n.text))
        own_agency = cache(partial(read_agency, own_page))

        def whole_agency() -> tuple[Metadata, tuple[str, ...]]:
            return read_agency(whole()[2])

        if own.year is None or ("agency" in run and own_agency()[0].agency is None):
            meta, warned, _ = whole()
            return meta, warned, (whole_agency,)
        filled = own
        if not (own.published and own.index_no):
            filled = replace(
                own,
                published=own.published or whole()[0].published,
                index_no=own.index_no or whole()[0].index_no,
            )
        # Without the agency stage the same rows: the body's agency is read only where
        # the body's and the whole page's readings differ.
        if (
            "agency" not in run
            and whole()[:2] != (filled, own_warned)
            and own_agency()[0].agency is None
        ):
            meta, warned, _ = whole()
            return meta, warned, (whole_agency,)
        return filled, own_warned, (own_agency, whole_agency)

    def agency_of(readings: _Agencies, n: NormalizedText) -> tuple[Metadata, tuple[str, ...]]:
        # the first reading that names an agency (a page with chrome: its body's), else the last
        for read_one in readings:
            meta, warned = read_one()
            if meta.agency is not None:
                break
        if doc.pages and doc.pages[0].ocr_spans == ((doc.pages[0].start, doc.pages[0].end),):
            # a scan's title page, which OCR read: its agency only where OCR confirms it
            from .agency import ocr_confirmed

            meta, withheld = ocr_confirmed(meta, n.text)
            warned = warned + withheld
        written = meta.agency_as_written
        # read in Simplified, brackets half-width; written as the page writes it (SCHEMA
        # §1: 南海區…, …局（…林业局）)
        if written is not None and (n.script == "traditional" or "(" in written or ")" in written):
            from .agency import written_form

            raw = page_titles(doc.text) if doc.is_html else []
            meta = replace(meta, agency_as_written=written_form(written, n, raw))
        return meta, warned

    metadata = Metadata(script=norm.script)
    readings: _Agencies = ()
    if "metadata" in run:
        no_metadata: tuple[Metadata, tuple[str, ...], _Agencies] = (metadata, (), ())
        metadata, meta_warnings, readings = stage(
            "metadata",
            no_metadata,
            partial(metadata_of, norm),
        )
        warnings.extend(meta_warnings)
    if "agency" in run and readings:
        no_agency: tuple[Metadata, tuple[str, ...]] = (Metadata(script=norm.script), ())
        agency, agency_warnings = stage("agency", no_agency, partial(agency_of, readings, norm))
        metadata = metadata_of_agency(metadata, agency)
        warnings.extend(agency_warnings)
    del readings
    if spam and not any(w.startswith("spam") for w in warnings):
        terms = sorted({n.text for n in spam})
        warnings.append(f"spam: injected spam text found: {', '.join(terms[:5])}")

    # the stretches injected adverts hold (no facts are read there), in the
    # original text the facts' offsets point into (only the facts stage reads them)
    adverts = advert_spans(norm, spam) if "facts" in run else []
    work = norm.without((n.start, n.end) for n in chrome)
    del norm
    no_sections: tuple[Section, ...] = ()
    sections = no_sections
    if "sections" in run:
        sections = stage("sections", no_sections, lambda: find_sections(work.text))

    # Facts are read before the tables, though neither needs the other: the
    # facts stage's peak (candidates, their encoded features) is a parse's
    # highest, and this way the tables result is not yet held beside it
    # (the tables stage's peak, with the facts held, is lower). Their errors
    # keep the stage order (tables, then facts).
    no_facts: tuple[Fact, ...] = ()
    facts = no_facts
    # what the facts stage, the breakdowns and the reconciliation read of the same texts, found once
    # (the wraps of the reading view: a text document's original is the text read)
    once = PerDocument()
    max_facts = (limits or DEFAULT_LIMITS).max_facts
    facts_errors: list[str] = []
    if "facts" in run:
        before = len(errors)
        facts = stage(
            "facts",
            no_facts,
            lambda: engine.extract_facts(
                work,
                sections,
                report_year=metadata.year,
                # the name as read (Simplified), not as a Traditional page writes it
                agency=metadata.agency_as_written
                and normalize_text(
                    metadata.agency_as_written, traditional=metadata.script == "traditional"
                ),
                max_facts=max_facts,
                adverts=adverts,
                once=once,
            ),
        )
        facts_errors = errors[before:]
        del errors[before:]

    from .tables import TablesResult, parse_tables

    no_tables: TablesResult | None = None
    tables = no_tables
    if "tables" in run:
        tables = stage(
            "tables",
            no_tables,
            lambda: parse_tables(
                work, sections=sections, html_tables=doc.html_tables, year=metadata.year
            ),
        )
    if tables is not None and any(p.ocr_spans for p in doc.pages):
        from .readers.ocr import accept_ocr_cells

        tables = accept_ocr_cells(tables, doc.pages)
    if tables is not None:
        warnings.extend(tables.warnings)

    errors.extend(facts_errors)
    if "facts" in run:
        if len(facts) > max_facts:
            warnings.append(
                f"facts.limit: more than {max_facts} facts (Limits.max_facts, --max-facts);"
                f" the text from offset {facts[max_facts].quantity_start} on was not read for facts"
            )
            facts = facts[:max_facts]
        from .breakdown import assign_breakdowns

        # Whether 废止 has a column (t2.*.repealed) depends on the template.
        template = tables.template if tables is not None else None
        facts = stage(
            "facts", facts, lambda: assign_breakdowns(facts, template, doc.text, once=once)
        )

    no_reconciliation: tuple[Reconciliation, ...] = ()
    reconciliation = no_reconciliation
    if "reconcile" in run:
        from .reconcile import reconcile

        reconciliation = stage(
            "reconcile",
            no_reconciliation,
            lambda: reconcile(
                facts,
                tables,
                report_year=metadata.year,
                text=doc.text,
                agency=metadata.agency,
                region=metadata.region.to_dict() if metadata.region else None,
                ocr_spans=[span for p in doc.pages for span in p.ocr_spans],
                once=once,
            ),
        )
    once.clear()  # (nothing reads them after the reconciliation)

    spans = tuple(_build_span(s.id, *work.to_original(s.start, s.end), s.heading) for s in sections)
    return Report(
        id=id or _content_id(doc.text),
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
        models=engine.provenance(run),
        timings=timings,
        stages=run,
    )


# (a frozen dataclass's __init__ sets each field through object.__setattr__)
_build_span = builder(SectionSpan)


# Characters of a text encoded at a time for its id (at most 16 KB of UTF-8).
_ID_CHUNK: Final = 4096


def _content_id(data: str | bytes) -> str:
    """The first 16 hex digits of the SHA-1 of the bytes, or of the text's UTF-8.

    A text is encoded a chunk at a time: its id is taken at the end of a parse,
    and a whole encoded copy of the input would be held at the parse's peak. UTF-8
    encodes each character on its own (a surrogate too, with "surrogatepass":
    a file name that is not UTF-8, PEP 383, still has an id), so the chunks'
    bytes are the whole text's.
    """
    if isinstance(data, bytes):
        return hashlib.sha1(data).hexdigest()[:16]
    digest = hashlib.sha1()
    for at in range(0, len(data), _ID_CHUNK):
        digest.update(data[at : at + _ID_CHUNK].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]
