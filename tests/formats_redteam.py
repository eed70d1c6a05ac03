"""What the format red teams' tests share.

formats, formats2 and readers are scored by benchmarks/eval_redteam_formats.py
(:func:`formats_eval`). The blind sets formats3 and later (datasets/redteam/formatsN:
files/, truth.jsonl, score.py over the shared formats_score.py) are pinned alike: no
file may give a wrong cell, a wrong agency or year, or an unexpected error (:func:`assert_nothing_wrong`), and a file
the truth expects read is read completely (:func:`assert_every_cell`), or is a
strict xfail naming the defect (:func:`read_cases`). Every blind set takes its three
pinning tests (their ids the file names) from one :class:`BlindSet`, formats3-10 naming
the files they leave to score.py or skip without LibreOffice.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, load_module

import govinfo_nlp

#: LibreOffice converts .doc/.wps/.rtf/.odt (absent in CI)
HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


@cache
def _ocr_available() -> bool:
    from govinfo_nlp.readers.ocr import ocr_available

    return ocr_available()


@cache
def formats_eval() -> Any:
    """benchmarks/eval_redteam_formats.py, loaded once for every test file that scores by it."""
    return load_module("eval_redteam_formats", ROOT / "benchmarks" / "eval_redteam_formats.py")


def load_truth(set_dir: Path) -> dict[str, dict[str, Any]]:
    """The set's truth.jsonl, by file name."""
    lines = (set_dir / "truth.jsonl").read_text("utf-8").splitlines()
    return {t["file"]: t for t in map(json.loads, lines)}


@cache
def _scorer(set_dir: Path) -> Any:
    return load_module(f"{set_dir.name}_score", set_dir / "score.py")


def score(set_dir: Path, truth: Mapping[str, Any], path: Path) -> dict[str, Any]:
    """The set's scorer on the tables and agency stages' reading of ``path`` (the file the
    truth row ``truth`` describes, or a smaller stand-in for it; the agency is scored too)."""
    row = govinfo_nlp.parse(path, stages=("tables", "agency")).to_dict()
    result: dict[str, Any] = _scorer(set_dir).score_one(truth, row, 0.0)
    return result


def read_cases(truth: Mapping[str, Mapping[str, Any]], limits: Mapping[str, str]) -> list[Any]:
    """The files the truth expects read, a known limit (``limits``: file -> why) as a
    strict xfail."""
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=limits[n]))
        if n in limits
        else n
        for n in sorted(truth)
        if truth[n]["expect"] == "read"
    ]


def assert_nothing_wrong(s: Mapping[str, Any]) -> None:
    """No wrong cell, no unexpected error, no wrong agency or year."""
    assert s["wrong"] == []
    assert s["outcome"] in ("read", "error-ok"), s["errors"]
    assert not str(s.get("agency", "")).startswith("WRONG")
    assert not str(s.get("year", "")).startswith("WRONG")


def assert_every_cell(s: Mapping[str, Any], truth: Mapping[str, Any]) -> None:
    """Read completely: every cell the truth names (blank ones left blank), the agency,
    year, template and every section."""
    assert s["outcome"] == "read"
    assert s["unread"] == []
    assert s["right"] == sum(1 for v in truth["cells"].values() if v is not None)
    assert s["blank_ok"] == sum(1 for v in truth["cells"].values() if v is None)
    assert (s.get("agency"), s.get("year"), s.get("template")) == ("ok", "ok", "ok")
    assert s.get("sections_missing", []) == []


def helvetica_page(width: float = 612, height: float = 792) -> tuple[Any, Any]:
    """A pypdf writer holding one blank ``width`` x ``height`` point page whose resources
    name Helvetica /F1 (the test skips without pypdf): the writer and the page, for a test
    that draws a few digits and adds what it probes (a crop box, a layer, form fields)."""
    pypdf = pytest.importorskip("pypdf")
    from pypdf.generic import DictionaryObject, NameObject

    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(width=width, height=height)
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    return writer, page


def draw(writer: Any, page: Any, content: bytes) -> None:
    """``content`` (PDF drawing operators) made the page's content stream."""
    from pypdf.generic import DecodedStreamObject, NameObject

    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)


def pdf_bytes(writer: Any) -> bytes:
    """The writer's PDF file."""
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


class BlindSet:
    """A blind set datasets/redteam/<name>, every file pinned: ``limits`` names, file -> why,
    those not read completely now. Skips the test module when the pdf or docx extra is
    missing. The sets that cannot score every file in the suite (formats3-10) name them:

    * ``unscored``: files left to the set's score.py (whole pages of OCR, minutes each;
      files only LibreOffice reads or a clear error, absent in CI): in neither pinning test;
    * ``soffice``: files read only by converting with LibreOffice, skipped without it (a
      file whose truth allows the clear ``read.converter_missing`` error is not named);
    * ``stand_ins``: file -> a smaller file under the set's folder the suite reads for it
      (formats3's crops of its scans, with OCR);
    * ``folders``: the folders beside the files (a browser's ``_files`` folder); no other;
    * ``ocr_or_error``: file -> the error code a file whose pages only OCR reads gives where
      OCR cannot run (no tesseract with chi_sim): there it must be that clear error and no
      cell (formats6 i02, whose pages' font has no ToUnicode map), elsewhere read.
    """

    def __init__(
        self,
        name: str,
        limits: Mapping[str, str],
        *,
        unscored: Iterable[str] = (),
        soffice: Iterable[str] = (),
        stand_ins: Mapping[str, str] | None = None,
        folders: Iterable[str] = (),
        ocr_or_error: Mapping[str, str] | None = None,
    ) -> None:
        pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
        pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
        self.dir = ROOT / "datasets" / "redteam" / name
        self.files = self.dir / "files"
        self.truth = load_truth(self.dir)
        self.limits = dict(limits)
        self.unscored = frozenset(unscored)
        self.soffice = frozenset(soffice)
        self.stand_ins = {n: self.dir / p for n, p in (stand_ins or {}).items()}
        self.folders = sorted(folders)
        self.ocr_or_error = dict(ocr_or_error or {})
        self.score: Callable[[str], dict[str, Any]] = cache(self._score)

    def _score(self, name: str) -> dict[str, Any]:
        if name in self.soffice and not HAS_SOFFICE:
            pytest.skip(f"reading {Path(name).suffix} needs LibreOffice (soffice), not installed")
        path = self.stand_ins.get(name, self.files / name)
        truth = self.truth[name]
        if name in self.ocr_or_error and not _ocr_available():
            truth = {**truth, "expect": "read_or_error", "error_codes": [self.ocr_or_error[name]]}
        return score(self.dir, truth, path)

    def tests(self) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
        """``test_the_corpus_is_there``, ``test_nothing_wrong`` and ``test_every_cell`` for
        the module to bind under those names (the ids stay the file names)."""
        scored = {n: t for n, t in self.truth.items() if n not in self.unscored}

        def test_the_corpus_is_there() -> None:
            names = {p.name for p in self.files.iterdir() if p.is_file()}
            assert names == set(self.truth)
            assert sorted(p.name for p in self.files.iterdir() if p.is_dir()) == self.folders
            assert set(self.limits) <= set(self.truth)
            named = self.unscored | self.soffice | set(self.stand_ins) | set(self.ocr_or_error)
            assert named <= set(self.truth)

        @pytest.mark.parametrize("name", sorted(scored))
        def test_nothing_wrong(name: str) -> None:
            assert_nothing_wrong(self.score(name))

        @pytest.mark.parametrize("name", read_cases(scored, self.limits))
        def test_every_cell(name: str) -> None:
            assert_every_cell(self.score(name), self.truth[name])

        return test_the_corpus_is_there, test_nothing_wrong, test_every_cell
