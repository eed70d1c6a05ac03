"""The result of parsing one report: a frozen :class:`Report` with SCHEMA §5 ``to_dict()``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .about import SCHEMA_VERSION, __version__
from .metadata import Metadata
from .notices import Notice

if TYPE_CHECKING:
    from .facts import Fact
    from .reconcile import Reconciliation
    from .tables import TablesResult

__all__ = ["Report", "SectionSpan"]


@dataclass(frozen=True, slots=True)
class SectionSpan:
    """A section with offsets into the original input."""

    id: str
    start: int
    end: int
    heading: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "heading": self.heading}


@dataclass(frozen=True, slots=True)
class Report:
    """One annotated report. ``to_dict()`` gives the SCHEMA §5 JSON object."""

    id: str
    source: str | None
    text: str = field(repr=False)
    metadata: Metadata = field(default_factory=Metadata)
    sections: tuple[SectionSpan, ...] = ()
    tables: TablesResult | None = None
    facts: tuple[Fact, ...] = ()
    reconciliation: tuple[Reconciliation, ...] = ()
    warnings: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    encoding: str | None = None
    format: str | None = None
    models: Mapping[str, str] = field(default_factory=dict)
    #: the pipeline stages that ran, in order (``parse(stages=...)`` may skip some)
    stages: tuple[str, ...] = ()
    timings: Mapping[str, float] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Each entry becomes a Notice: the same string, with its code, message,
        # field and page (see govinfo_nlp.notices).
        object.__setattr__(self, "warnings", tuple(Notice.of(w) for w in self.warnings))
        object.__setattr__(self, "errors", tuple(Notice.of(e) for e in self.errors))

    @property
    def notices(self) -> tuple[dict[str, Any], ...]:
        """Errors then warnings, structured: ``level``, ``code``, ``message``, ``field``/``page``."""
        return tuple(
            {"level": level, **Notice.of(entry).to_dict()}
            for level, entries in (("error", self.errors), ("warning", self.warnings))
            for entry in entries
        )

    @property
    def template(self) -> str | None:
        return self.tables.template if self.tables is not None else None

    @property
    def checks(self) -> tuple[Any, ...]:
        return self.tables.checks if self.tables is not None else ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def section_text(self, section_id: str) -> str:
        """The original text of one section ('' when the report lacks it)."""
        for section in self.sections:
            if section.id == section_id:
                return self.text[section.start : section.end]
        return ""

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The SCHEMA §5 row; without ``explain`` the facts and verdicts carry no
        ``explanation`` (what ``annotate`` writes unless asked for them)."""
        tables = self.tables
        return {
            "id": self.id,
            "source": self.source,
            "template": self.template,
            "govinfo_nlp_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "models": dict(self.models),
            "encoding": self.encoding,
            "format": self.format,
            "stages": list(self.stages),
            "metadata": self.metadata.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "tables": tables.to_dict() if tables is not None else {},
            "tables_unread": list(tables.unread) if tables is not None else [],
            "tables_derived": list(tables.derived) if tables is not None else [],
            "tables_placed": list(tables.placed) if tables is not None else [],
            "checks": [c.to_dict() for c in tables.checks] if tables is not None else [],
            "facts": [f.to_dict(explain=explain) for f in self.facts],
            "reconciliation": [r.to_dict(explain=explain) for r in self.reconciliation],
            "warnings": [str(w) for w in self.warnings],
            "errors": [str(e) for e in self.errors],
            "notices": list(self.notices),
        }

    def to_html(self) -> str:
        """A self-contained HTML view of the report (see :mod:`govinfo_nlp.view`)."""
        from .view import render_html

        return render_html(self)
