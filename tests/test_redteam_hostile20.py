"""The second blind hostile-input red team's findings (session 20, ``datasets/redteam/hostile20``).

Each test failed on the code before its fix (the set's README holds the first reading):
corpus commands stopped with a traceback on a row of other types (e03) or on NaN and
huge cells (e05); ``--resume`` kept rows of an input changed since (r01) and rows made
under other ``--max-*`` bounds (r03, r10); a Parquet output cut short by a full disk was
left torn in place of the file it replaced (r06).
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from govinfo_nlp import batch
from govinfo_nlp.cli import main
from govinfo_nlp.errors import BadRow

SAMPLES = [ROOT / "datasets" / "samples" / f for f in ("s01_pipe_2021.txt", "s02_pipe_2019.txt")]


def _usage_error(argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    return ""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, sample in zip(("a.txt", "b.txt"), SAMPLES):
        (src / name).write_bytes(sample.read_bytes())
    return src


@pytest.fixture
def output(tmp_path: Path, corpus: Path) -> Path:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    return out


def _edit_row(out: Path, line: int, edit: object) -> Path:
    rows = out.read_text(encoding="utf-8").splitlines()
    row = json.loads(rows[line - 1])
    edit(row)  # type: ignore[operator]
    rows[line - 1] = json.dumps(row, ensure_ascii=False)
    bad = out.with_name("bad.jsonl")
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return bad


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda r: r.update(warnings=7), "'warnings' is a int, not a list"),
        (lambda r: r.update(schema_version="99"), "schema_version '99'"),
        (lambda r: r.update(metadata=None, tables=[]), "'tables' is a list"),
        (lambda r: r["metadata"].update(year="2020年"), "metadata.year"),
        (lambda r: r["tables"].update({"t3.new.natural": 10**30}), "t3.new.natural"),
        (lambda r: r["tables"].update({"t4.review.total": "12"}), "t4.review.total is a str"),
    ],
)
def test_a_row_of_other_types_is_named_not_a_traceback(
    output: Path, edit: object, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _edit_row(output, 2, edit)
    with pytest.raises(BadRow, match=rf"bad\.jsonl:2: .*{re.escape(said[:12])}"):
        list(batch.read_jsonl(bad))
    for command in ("panel", "summary"):
        suffix = ".csv" if command == "panel" else ".html"
        _usage_error([command, str(bad), "-o", str(bad.with_suffix(suffix))])
        assert "bad.jsonl:2:" in capsys.readouterr().err
        assert not bad.with_suffix(suffix).exists()


def test_nan_and_infinity_cells_are_refused(output: Path) -> None:
    text = output.read_text(encoding="utf-8")
    row = json.loads(text.splitlines()[0])
    field = next(iter(row["tables"]))
    for special in ("NaN", "Infinity", "-Infinity", "1e400"):
        bad = output.with_name("bad.jsonl")
        first = text.splitlines()[0].replace(
            f'"{field}":{row["tables"][field]}', f'"{field}":{special}', 1
        )
        assert first != text.splitlines()[0]
        bad.write_text(first + "\n", encoding="utf-8")
        with pytest.raises(ValueError, match=r"bad\.jsonl:1:"):
            list(batch.read_jsonl(bad))


def test_resume_after_an_input_changed_in_place_is_refused(corpus: Path, output: Path) -> None:
    done = output.read_bytes()
    target = corpus / "b.txt"
    st = target.stat()
    data = bytearray(target.read_bytes())
    at = max(
        i for i in range(1, len(data)) if 0x31 <= data[i] <= 0x38 and 0x30 <= data[i - 1] <= 0x39
    )
    data[at] += 1  # one digit of a table: same size
    target.write_bytes(bytes(data))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same mtime
    _usage_error(["annotate", str(corpus), "-o", str(output), "--resume", "-q"])
    assert output.read_bytes() == done
    # --force starts over: the new content's row
    assert main(["annotate", str(corpus), "-o", str(output), "--resume", "--force", "-q"]) == 0
    assert output.read_bytes() != done


def test_resume_of_unchanged_inputs_still_completes(corpus: Path, output: Path) -> None:
    whole = output.read_bytes()
    output.write_bytes(whole[: whole.index(b"\n") + 1])  # a run killed after its first row
    assert main(["annotate", str(corpus), "-o", str(output), "--resume", "-q"]) == 0
    assert output.read_bytes() == whole


@pytest.mark.parametrize(
    "first", [["--max-facts", "2"], ["--max-bytes", "4000"]], ids=["max-facts", "max-bytes"]
)
def test_resume_under_other_bounds_is_refused(
    tmp_path: Path, corpus: Path, first: list[str]
) -> None:
    out = tmp_path / "out.jsonl"
    main(["annotate", str(corpus), "-o", str(out), "-q", *first])
    whole = out.read_bytes()
    out.write_bytes(whole[: whole.index(b"\n") + 1])
    cut = out.read_bytes()
    _usage_error(["annotate", str(corpus), "-o", str(out), "--resume", "-q"])
    assert out.read_bytes() == cut
    # the same bounds again: resumed
    assert main(["annotate", str(corpus), "-o", str(out), "--resume", "-q", *first]) in (0, 1)
    assert out.read_bytes() == whole


def _full_disk(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_parquet_output_cut_by_a_full_disk_leaves_the_old_file(
    tmp_path: Path, corpus: Path
) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    before = out.read_bytes()
    argv = [
        sys.executable,
        "-m",
        "govinfo_nlp",
        "annotate",
        str(corpus),
        "-o",
        str(out),
        "--force",
        "-q",
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # every write past 4 KB fails (EFBIG): a disk that fills while the file is written
    run = subprocess.run(
        argv, env=env, capture_output=True, text=True, preexec_fn=lambda: _full_disk(4096)
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and run.stderr.strip()
    assert out.read_bytes() == before
    assert pq.read_table(out).num_rows == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    # a new output that cannot be written whole is not left behind
    new = tmp_path / "new.parquet"
    argv[argv.index(str(out))] = str(new)
    run = subprocess.run(
        argv, env=env, capture_output=True, text=True, preexec_fn=lambda: _full_disk(4096)
    )
    assert run.returncode != 0
    assert not new.exists()


# --- hostile PDFs and a huge str (readers/pdf.py, read.py) ------------------------------


def _builders() -> Any:
    sys.path.insert(0, str(ROOT / "datasets" / "redteam" / "hostile20"))
    try:
        import build20
    finally:
        sys.path.pop(0)
    return build20


SMALL = 1 << 20  # a 1 MiB bound, so that bombs of a few MiB stay quick


@pytest.mark.parametrize("kind", ["runlength", "lzw", "hex_flate", "a85_flate"])
def test_a_content_bomb_behind_any_filter_is_too_large(tmp_path: Path, kind: str) -> None:
    pytest.importorskip("pdfplumber")
    import base64
    import zlib

    from govinfo_nlp import Limits, parse

    b = _builders()
    size = 8 * SMALL
    path = tmp_path / f"{kind}.pdf"
    if kind == "runlength":
        b._bomb_pdf(path, b"\x81 " * (size // 128) + b"\x80", b"/RunLengthDecode")
    elif kind == "lzw":
        b._bomb_pdf(path, b._lzw_spaces(size), b"/LZWDecode")
    else:
        packed = zlib.compress(b"q Q " * (size // 4), 9)
        if kind == "hex_flate":
            b._bomb_pdf(path, packed.hex().encode() + b">", b"[/ASCIIHexDecode /FlateDecode]")
        else:
            b._bomb_pdf(path, base64.a85encode(packed) + b"~>", b"[/ASCII85Decode /FlateDecode]")
    assert path.stat().st_size < SMALL  # the file is under the bound; what it unpacks to is not
    report = parse(path, limits=Limits(max_bytes=SMALL))
    assert [e.split(":")[0] for e in report.errors] == ["read.too_large"]


def test_a_report_pdf_under_the_bound_is_still_read() -> None:
    pytest.importorskip("pdfplumber")
    from govinfo_nlp import parse

    # a committed Writer PDF (hostile19's builder needs reportlab, which no extra installs)
    report = parse(ROOT / "datasets" / "fixtures" / "word2021.pdf")
    assert not report.errors and report.tables.to_dict()


def test_a_prev_chain_in_a_loop_is_named_not_a_recursion_error(tmp_path: Path) -> None:
    pytest.importorskip("pdfplumber")
    from govinfo_nlp import parse

    _builders().x01_pdf_prev_variants(tmp_path)
    for name in ("prev_mutual.pdf", "xrefstm_prev_self.pdf"):
        [error] = parse(tmp_path / name).errors
        assert error.startswith("read.pdf:") and "/Prev in a loop" in error
        assert "recursion" not in error
    # a chain that ends (past the end of the file) is not taken for a loop
    assert not parse(tmp_path / "prev_past_eof.pdf").errors


def test_a_str_is_bounded_by_its_utf8_size() -> None:
    from govinfo_nlp import Limits, parse

    text = SAMPLES[0].read_text(encoding="utf-8")
    big = text * (
        SMALL // len(text.encode("utf-8")) + 2
    )  # over 1 MiB as UTF-8, under it in characters
    assert len(big) < SMALL < len(big.encode("utf-8"))
    [error] = parse(big, limits=Limits(max_bytes=SMALL)).errors
    assert error.startswith("read.too_large: input text: too large (")
    assert not parse(text, limits=Limits(max_bytes=SMALL)).errors


@pytest.mark.parametrize(
    "filters", [b"/ASCII85Decode", b"/ASCIIHexDecode", b"[/ASCII85Decode /FlateDecode]"]
)
def test_a_damaged_stream_behind_a_filter_is_no_crash(tmp_path: Path, filters: bytes) -> None:
    pytest.importorskip("pdfplumber")
    from govinfo_nlp import parse

    path = tmp_path / "damaged.pdf"
    _builders()._bomb_pdf(path, b"\xff\xfe not ascii ~~ zz!!", filters)
    report = parse(path)
    assert not [e for e in report.errors if ".failed" in e.split(":")[0]]


def test_a_parquet_output_keeps_the_mode_of_the_file_it_replaces(
    tmp_path: Path, corpus: Path
) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    os.chmod(out, 0o644)
    assert main(["annotate", str(corpus), "-o", str(out), "-q", "--force"]) == 0
    assert out.stat().st_mode & 0o777 == 0o644
