"""The third blind hostile-input red team's findings (session 21, ``datasets/redteam/hostile21``).

Each test failed on the code before its fix (the set's README holds the first reading):
``--resume`` kept a row of another library version (r01) and rows of another input order
(r02); ``summary``/``crosscheck``/``render``/``panel`` with ``--force`` overwrote the
annotate output they were reading (q03); ``--max-seconds 10**30`` made every document a
``parse.failed: OverflowError`` row (a05).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, load_module

from govinfo_nlp import Limits, annotate
from govinfo_nlp.cli import main

SAMPLES = [
    ROOT / "datasets" / "samples" / f
    for f in ("s01_pipe_2021.txt", "s02_pipe_2019.txt", "s03_cell_per_line_2019.txt")
]


def _usage_error(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, sample in zip(("a.txt", "b.txt", "c.txt"), SAMPLES):
        (src / name).write_bytes(sample.read_bytes())
    return src


@pytest.fixture
def output(tmp_path: Path, corpus: Path) -> Path:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    return out


def _first_row_only(out: Path) -> bytes:
    whole = out.read_bytes()
    out.write_bytes(whole[: whole.index(b"\n") + 1])  # a run killed after its first row
    return whole


@pytest.mark.parametrize(
    "edit",
    [
        {"govinfo_nlp_version": "0.0.1"},
        {"models": "digests"},
    ],
    ids=["version", "models"],
)
def test_resume_refuses_a_row_of_another_version_or_models(
    corpus: Path, output: Path, edit: dict[str, str]
) -> None:
    whole = _first_row_only(output)
    row = json.loads(output.read_text(encoding="utf-8"))
    if "models" in edit:  # same version, other rules or model files (a dev checkout, an upgrade)
        row["models"] = {
            k: "0" * len(v) if k.endswith("sha256") else v for k, v in row["models"].items()
        }
    else:
        row.update(edit)
    output.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    aged = output.read_bytes()
    _usage_error(["annotate", str(corpus), "-o", str(output), "--resume", "-q"])
    assert output.read_bytes() == aged  # refused, untouched
    # --force starts over: this version's rows
    assert main(["annotate", str(corpus), "-o", str(output), "--resume", "--force", "-q"]) == 0
    assert output.read_bytes() == whole


def test_resume_refuses_rows_of_another_input_order(
    tmp_path: Path, corpus: Path, output: Path
) -> None:
    other = tmp_path / "other.jsonl"
    names = [str(corpus / n) for n in ("c.txt", "a.txt", "b.txt")]
    assert main(["annotate", *names, "-o", str(other), "-q"]) == 0
    _first_row_only(other)
    cut = other.read_bytes()
    _usage_error(["annotate", str(corpus), "-o", str(other), "--resume", "-q"])
    assert other.read_bytes() == cut
    # the same order resumes: the uninterrupted run's rows
    whole = _first_row_only(output)
    assert main(["annotate", str(corpus), "-o", str(output), "--resume", "-q"]) == 0
    assert output.read_bytes() == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "{out}", "-o", "{out}", "--force"],
        ["crosscheck", "{out}", "-o", "./{out}", "--force"],
        ["render", "--disagreements", "{out}", "-o", "{out}", "--force"],
        ["panel", "{out}", "-o", "{link}", "--force"],
        ["summary", "{out}", "-o", "{hard}", "--force"],
    ],
    ids=["summary", "crosscheck", "render", "panel-symlink", "summary-hardlink"],
)
def test_a_corpus_command_never_overwrites_its_input(
    tmp_path: Path, output: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.symlink(output.name, tmp_path / "link.csv")
    os.link(output, tmp_path / "hard.html")
    whole = output.read_bytes()
    names = {"out": output.name, "link": "link.csv", "hard": "hard.html"}
    _usage_error([a.format(**names) for a in argv])
    assert output.read_bytes() == whole


def test_a_huge_cpu_bound_is_no_bound(corpus: Path, tmp_path: Path) -> None:
    rows = list(annotate([str(corpus / "a.txt")], limits=Limits(max_seconds=10**30)))
    assert [r["errors"] for r in rows] == [[]]
    out = tmp_path / "o.jsonl"
    assert (
        main(
            [
                "annotate",
                str(corpus / "a.txt"),
                "-o",
                str(out),
                "-q",
                "--max-seconds",
                "1" + "0" * 30,
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["errors"] == []


# --- hostile PDFs and pages (readers/pdf.py, readers/ocr.py, read.py) -------------------


def _builders() -> Any:
    return load_module("build21", ROOT / "datasets" / "redteam" / "hostile21" / "build21.py")


def _codes(report: Any) -> list[str]:
    return [e.split(":")[0] for e in report.errors]


def test_a_page_tree_longer_than_its_count_is_bounded(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    from govinfo_nlp import parse

    b = _builders().b19
    n = 300
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b.FONT, b.stream(b.TEXT_OPS)]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
    objs += [page] * n
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n))
    objs[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count 1 >>"  # /Count lies
    path = tmp_path / "count1.pdf"
    path.write_bytes(b.pdf_bytes(objs))
    report = parse(path, limits=Limits(max_pages=100))
    assert _codes(report) == ["read.too_large"]
    assert "more than 100 pages" in report.errors[0]
    # the other lie, a huge /Count over one page, does not refuse it
    one = b.simple_pdf(b.TEXT_OPS)
    one[1] = one[1].replace(b"/Count 1", b"/Count 2147483647")
    path.write_bytes(b.pdf_bytes(one))
    assert "read.too_large" not in _codes(parse(path))


def test_a_page_drawing_too_many_characters_is_too_large(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    from govinfo_nlp import parse

    b = _builders().b19
    ops = b"".join(
        b"1 0 0 1 %d %d Tm (%c) Tj\n" % (10 + i % 290 * 2, 10 + i // 290 % 380 * 2, 48 + i % 10)
        for i in range(20_000)
    )
    path = tmp_path / "dense.pdf"
    path.write_bytes(b.pdf_bytes(b.simple_pdf(b"BT /F1 2 Tf\n" + ops + b"ET\n")))
    report = parse(path, limits=Limits(max_page_chars=10_000))
    assert _codes(report) == ["read.too_large"]
    assert "--max-page-chars" in report.errors[0]
    # under the bound (the default, 100,000) the page is read
    assert "read.too_large" not in _codes(parse(path))


def test_a_picture_declaring_a_bomb_is_not_decoded(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    from govinfo_nlp.readers.ocr import MAX_PICTURE_PIXELS, ocr_available

    if not ocr_available():
        pytest.skip("tesseract with Chinese is not installed: the OCR path is not taken")
    import zlib

    from govinfo_nlp import parse

    b = _builders().b19
    side = 20_000  # 400 million one-bit pixels: 50 MB decoded, 50 KB in the file
    assert side * side > MAX_PICTURE_PIXELS
    image = zlib.compress(b"\xff" * (side // 8 * side), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        b.stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q\n"),
        b.stream(
            image,
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /FlateDecode" % (side, side),
        ),
    ]
    path = tmp_path / "bomb.pdf"
    path.write_bytes(b.pdf_bytes(objs))
    report = parse(path)
    assert _codes(report) == ["read.image"]
    assert "decompression bomb" in report.errors[0]


def test_a_page_framed_in_srcdoc_is_named_not_empty(tmp_path: Path) -> None:
    import html

    from govinfo_nlp import parse

    page = "<p>" + SAMPLES[0].read_text(encoding="utf-8") + "</p>"
    for _ in range(3):
        page = f'<html><body><iframe srcdoc="{html.escape(page)}"></iframe></body></html>'
    path = tmp_path / "framed.html"
    path.write_text(page, encoding="utf-8")
    report = parse(path)
    assert _codes(report) == ["read.html"]
    assert "srcdoc" in report.errors[0]


@pytest.mark.parametrize(
    ("forms", "cycles"),
    [
        ({"X0": b"q /X0 Do Q q /X0 Do Q"}, True),  # self_twice: 2^depth for a depth-only guard
        ({"X0": b"q 0.5 0 0 0.5 0 0 cm /X0 Do Q"}, True),
        ({"X0": b"q /X1 Do Q", "X1": b"q /X0 Do Q"}, True),
        ({"X0": b"q /X1 Do Q", "X1": b"q /X1 Do Q"}, True),  # a cycle below the first form
        ({"X0": b"q /X1 Do Q /X1 Do Q", "X1": b"0 0 m 1 1 l S"}, False),  # drawn twice, no cycle
        ({"X0": b"0 0 m 1 1 l S", "X1": b"q /X0 Do Q"}, False),
    ],
)
def test_forms_that_draw_themselves_are_not_unfolded_by_pdfium(
    tmp_path: Path, forms: dict[str, bytes], cycles: bool
) -> None:
    # hostile21 p03: pdfium guards recursion by depth only, so a form drawing itself twice
    # took 22 GB as the page loaded (no row); such a page is read by pdfminer alone
    pdfplumber = pytest.importorskip("pdfplumber")
    from govinfo_nlp import parse
    from govinfo_nlp.readers.pdf import _forms_draw_themselves

    path = tmp_path / "forms.pdf"
    path.write_bytes(_builders()._xobject_pdf(forms, b"/X0 Do\n"))
    with pdfplumber.open(path) as pdf:
        assert _forms_draw_themselves(pdf.pages[0].page_obj) is cycles
    report = parse(path)
    assert not report.errors
    assert "12 requests received" in report.text
