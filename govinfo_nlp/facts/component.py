"""spaCy integration: the ``govinfo_facts`` pipeline component.

Importing this module registers the factory (spaCy also finds it by entry
point). The component writes every fact as a span in
``doc.spans["govinfo_facts"]``: the label is the fact type, and each span
carries the fact on ``span._.value``, ``span._.unit``, ``span._.scope``,
``span._.breakdown`` (None when the fact has none) and the whole SCHEMA §3
dict on ``span._.fact``. With ``set_extension=True`` the :class:`Fact`
objects are on ``Doc._.govinfo_facts`` too. Extensions are registered when
the component is created, never at import.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extractor import FactExtractor
from .fact import Fact
from .pipeline import prepare

__all__ = ["GovinfoFacts", "make_govinfo_facts"]

SPAN_KEY = "govinfo_facts"
#: The ``Span._`` attributes every fact span carries (``type`` is the label).
SPAN_ATTRS = ("value", "unit", "scope", "breakdown", "fact")


class GovinfoFacts:
    """Run the facts stage on ``doc.text`` (taken as the original report text)."""

    def __init__(
        self,
        *,
        span_key: str,
        set_extension: bool,
        report_year: int | None,
        extractor: FactExtractor | None = None,
    ) -> None:
        self.span_key = span_key
        self.set_extension = set_extension
        self.report_year = report_year
        self._extractor = extractor
        for attr in SPAN_ATTRS:
            Span.set_extension(attr, default=None, force=True)
        if set_extension:
            Doc.set_extension("govinfo_facts", default=None, force=True)

    @property
    def extractor(self) -> FactExtractor:
        if self._extractor is None:
            self._extractor = FactExtractor()
        return self._extractor

    def facts(self, text: str) -> tuple[Fact, ...]:
        norm, sections = prepare(text)
        year = self.report_year
        if year is None:
            year = _guess_year(norm.text)
        return self.extractor.extract(norm, sections, report_year=year)

    def __call__(self, doc: Doc) -> Doc:
        facts = self.facts(doc.text)
        spans = []
        for f in facts:
            span = doc.char_span(f.start, f.end, label=f.type, alignment_mode="expand")
            if span is not None:
                fact = f.to_dict()
                for attr in SPAN_ATTRS[:-1]:
                    span._.set(attr, fact.get(attr))
                span._.fact = fact
                spans.append(span)
        doc.spans[self.span_key] = spans
        if self.set_extension:
            doc._.govinfo_facts = facts
        return doc


def _guess_year(text: str) -> int | None:
    """The report year from the metadata stage (None when it cannot tell)."""
    try:
        from ..metadata import read_year
    except ImportError:
        return None
    try:
        # (the year only: the agency, which the year does not need, is not read)
        meta, _warnings, _page = read_year(text)
    except Exception:  # a metadata problem must not break the component
        return None
    year = getattr(meta, "year", None)
    return year if isinstance(year, int) else None


@Language.factory(
    "govinfo_facts",
    default_config={"span_key": SPAN_KEY, "set_extension": False, "report_year": None},
)
def make_govinfo_facts(
    nlp: Language, name: str, span_key: str, set_extension: bool, report_year: int | None
) -> GovinfoFacts:
    return GovinfoFacts(span_key=span_key, set_extension=set_extension, report_year=report_year)
