"""The fifth blind hostile-input red team's findings (session 23, ``datasets/redteam/hostile23``).

Each test failed on the code before its fix (the set's README holds the first reading): a run
started with standard error closed parsed every input and wrote no row (b10), one with standard
output closed and no ``-o`` died in a traceback (b10); ``-o -`` on a console that cannot encode
Chinese (cp1252) wrote no row (b12); an output deleted while the run wrote it, or its directory,
ended with exit 0 and every row lost (b07, b08); ``--resume`` refused forever an input whose
modification time is in the future (b06); ``render`` of binary junk left a page of the error
(b02); ``annotate_chunk("a.txt")`` made a row per character (a04); a PDF page with an inline
picture declaring 100,000 x 100,000 pixels made pdfium abort the whole run (p05); a font whose ToUnicode map is one range over every four-byte
code was expanded code by code by pdfminer (2.3 GB, a MemoryError: p03). Streams are closed in a
subprocess (``sh -c 'exec ... 2>&-'``); the tests assert on rows, exit codes, messages and
files, never on time.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT
from tinypdf import pdf_file

import govinfo_nlp.batch
from govinfo_nlp import cli
from govinfo_nlp.batch.document import error_row
from govinfo_nlp.distributed import annotate_chunk
from govinfo_nlp.errors import BadArgumentType

SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"
ENTRY = "import sys; from govinfo_nlp.cli import main; sys.exit(main())"


def _run(argv: list[str], cwd: Path, *, shell_redirect: str = "", env: dict | None = None):
    cmd = [sys.executable, "-c", ENTRY, *argv]
    if shell_redirect:  # a descriptor closed before Python starts, as cron or a service does
        cmd = ["sh", "-c", f'exec "$@" {shell_redirect}', "sh", *cmd]
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run(cmd, cwd=cwd, env=full_env, capture_output=True, timeout=600)


@pytest.fixture
def one_report(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "报告.txt").write_bytes(SAMPLE.read_bytes())
    return src


def test_closed_stderr_keeps_the_rows(one_report: Path) -> None:
    """b10: progress and the summary are not the data; a closed stderr does not stop the run."""
    out = one_report.parent / "out.jsonl"
    run = _run(
        ["annotate", "in", "-o", "out.jsonl", "--stages", "tables"],
        one_report.parent,
        shell_redirect="2>&-",
    )
    assert run.returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [os.path.basename(r["source"]) for r in rows] == ["报告.txt"]
    assert rows[0]["errors"] == []


def test_closed_stdout_is_refused_with_a_message(one_report: Path) -> None:
    """b10: rows for a closed standard output would be lost: refused, no traceback."""
    run = _run(["annotate", "in", "--stages", "tables"], one_report.parent, shell_redirect=">&-")
    assert run.returncode == 2
    stderr = run.stderr.decode("utf-8", "replace")
    assert "standard output is closed" in stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_rows_on_a_cp1252_console_are_utf8(one_report: Path, fmt: str) -> None:
    """b12: a console that cannot encode Chinese gets the rows as UTF-8 bytes."""
    run = _run(
        ["annotate", "in", "-o", "-", "--format", fmt, "--stages", "tables"],
        one_report.parent,
        env={"PYTHONIOENCODING": "cp1252"},
    )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-300:]
    text = run.stdout.decode("utf-8")
    assert "报告.txt" in text
    if fmt == "jsonl":
        assert json.loads(text.splitlines()[0])["source"].endswith("报告.txt")


def _fake_annotate(remove: Path, removal):
    """batch.annotate's stand-in: readable rows, ``remove`` removed after the first."""

    def fake(todo, **kwargs):
        for k, path in enumerate(todo):
            if k == 1:
                removal(remove)
            row = error_row(path, "x.y", "z")
            row["errors"], row["notices"] = [], []
            yield row

    return fake


def test_output_removed_while_written_is_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """b07: the rows a deleted output held are put back at its path, not lost with exit 0."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (src / name).write_text("x", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(govinfo_nlp.batch, "annotate", _fake_annotate(out, os.unlink))
    assert cli.main(["annotate", str(src), "-o", str(out), "-q"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [os.path.basename(r["source"]) for r in rows] == ["a.txt", "b.txt", "c.txt"]


def test_output_directory_removed_while_written_fails_saying_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """b08: where the output cannot be made again, the run fails and says the rows are lost."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text("x", encoding="utf-8")
    (tmp_path / "outdir").mkdir()
    out = tmp_path / "outdir" / "out.jsonl"
    monkeypatch.setattr(govinfo_nlp.batch, "annotate", _fake_annotate(out.parent, shutil.rmtree))
    assert cli.main(["annotate", str(src), "-o", str(out), "-q"]) == 1
    assert "rows are lost" in capsys.readouterr().err


def test_resume_is_not_refused_for_a_future_mtime(tmp_path: Path) -> None:
    """b06: an mtime in the future (a wrong clock) is not a change after the output."""
    source = tmp_path / "a.txt"
    source.write_text("x", encoding="utf-8")
    future = 4102444800  # 2100-01-01
    os.utime(source, (future, future))
    written = time.time_ns() + 10**9  # the output's last write, after the file was made
    cli._check_unchanged(Counter({str(source): 1}), written, tmp_path / "out.jsonl")


def test_render_of_junk_leaves_no_page(tmp_path: Path) -> None:
    """b02: nothing was read: an error, and no output file left behind."""
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "junk.html"
    assert cli.main(["render", str(junk), "-o", str(out)]) == 1
    assert not out.exists()


def test_annotate_chunk_takes_one_path_as_one_input(tmp_path: Path) -> None:
    """a04: a str is one input (it made a row per character); bytes are refused."""
    empty = tmp_path / "a.txt"
    empty.write_bytes(b"")
    rows = annotate_chunk(str(empty))
    assert [r["source"] for r in rows] == [str(empty)]
    assert [r["source"] for r in annotate_chunk(empty)] == [str(empty)]
    with pytest.raises(BadArgumentType):
        annotate_chunk(b"a.txt")


def _inline_bomb_pdf(path: Path) -> None:
    """A text page that also draws an inline picture declaring 100,000 x 100,000 one-bit
    pixels, whose 1.25 GB of zeros are deflated (5 MB)."""
    deflate = zlib.compressobj(1)
    block = bytes(1 << 22)
    data = b"".join([deflate.compress(block) for _ in range(298)] + [deflate.flush()])
    content = (
        b"BT /F1 12 Tf 72 720 Td (Annual report 2021: 12 requests received.) Tj ET\n"
        b"q 300 0 0 300 72 300 cm BI /W 100000 /H 100000 /BPC 1 /CS /G /F /Fl ID "
        + data
        + b"\nEI Q\n"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


def _write_pdf(path: Path, objects: list[bytes]) -> None:
    path.write_bytes(pdf_file(objects))


def test_font_map_over_every_code_is_too_large(tmp_path: Path) -> None:
    """p03: a ToUnicode range <00000000> <FFFFFFFF> is refused before pdfminer expands it."""
    pytest.importorskip("pdfplumber")
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange "
        b"1 beginbfrange <00000000> <FFFFFFFF> <4E00> endbfrange endcmap end end"
    )
    content = b"BT /F1 12 Tf 72 720 Td <00410042> Tj ET"
    _write_pdf(
        tmp_path / "map.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H "
            b"/DescendantFonts [7 0 R] /ToUnicode 6 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        ],
    )

    def bound() -> None:  # the old code's expansion stops at this bound (a MemoryError)
        resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))

    run = subprocess.run(
        [sys.executable, "-c", ENTRY, "annotate", "map.pdf", "-o", "out.jsonl", "-q"],
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        preexec_fn=bound,
        timeout=900,
    )
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert run.returncode == 1  # nothing could be read
    assert row["errors"][0].startswith("read.too_large: ")
    assert "4,294,967,296 character codes" in row["errors"][0]


def test_inline_picture_bomb_does_not_abort_the_run(tmp_path: Path) -> None:
    """p05: pdfium decoded the inline picture as it loaded the page and aborted the process
    (SIGABRT under a 2 GiB address-space bound): no row for any input. The page is read by
    pdfminer alone; the other input's row is written too."""
    pytest.importorskip("pypdfium2")
    pytest.importorskip("pdfplumber")
    src = tmp_path / "in"
    src.mkdir()
    _inline_bomb_pdf(src / "a_bomb.pdf")
    (src / "b.txt").write_bytes(SAMPLE.read_bytes())

    def bound() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-c", ENTRY, "annotate", "in", "-o", "out.jsonl", "-q"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        preexec_fn=bound,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-300:]
    rows = [
        json.loads(line)
        for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [os.path.basename(r["source"]) for r in rows] == ["a_bomb.pdf", "b.txt"]
    assert not any(e.startswith("parse.") for r in rows for e in r["errors"])


def test_engine_rules_counters_refused_clearly(tmp_path: Path) -> None:
    """a03: rules given as one path are that file (a file "r" was read); a GBK rule file is a
    RuleFileError naming it (a bare UnicodeDecodeError); a counter word of 1,000 characters is
    refused (it made every later parse facts.failed: RecursionError)."""
    from govinfo_nlp import Engine
    from govinfo_nlp.errors import RuleFileError

    rule = json.loads(
        (ROOT / "govinfo_nlp" / "facts" / "data" / "rules.jsonl")
        .read_text(encoding="utf-8")
        .split("\n")[0]
    )
    rule["id"] = "hostile23.rule"
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps(rule, ensure_ascii=False) + "\n", encoding="utf-8")
    assert Engine(rules=str(one)).rule_files == (str(one),)
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes(json.dumps(rule, ensure_ascii=False).encode("gb18030") + b"\n")
    with pytest.raises(RuleFileError, match=r"gbk\.jsonl"):
        Engine(rules=[gbk])
    with pytest.raises(RuleFileError, match="longer than"):
        Engine(counters=["件" * 1000])


def test_zip_header_alone_is_not_a_report() -> None:
    """Session 22's leftover (hostile22 a01): the four bytes of a zip's magic were read as text."""
    from govinfo_nlp import parse

    assert parse(b"PK\x03\x04").to_dict()["errors"][0].startswith("read.binary: ")


def test_to_frame_bad_arguments_are_value_and_type_errors() -> None:
    """a05: an unknown kind was a GovinfoError that is no ValueError; one row dict was
    iterated by its keys ("expected a Report or a row dict, got str")."""
    pytest.importorskip("pandas")
    from govinfo_nlp import to_frame

    row = error_row("in/x.txt", "read.empty", "in/x.txt: empty file")
    with pytest.raises(ValueError, match="unknown kind"):
        to_frame([row], kind="nope")
    assert len(to_frame(row, kind="documents")) == 1
    with pytest.raises(TypeError):
        to_frame(42)


def test_str_path_past_path_max_is_a_path(tmp_path: Path) -> None:
    """b14 through the API: a str naming a file 460 folders deep (past PATH_MAX) was read as
    a report's text, a good row of its own name; it is a path that cannot be opened."""
    from govinfo_nlp import parse

    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(460):
            os.mkdir("ddddddddd", dir_fd=fd)
            inner = os.open("ddddddddd", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    deep = str(tmp_path) + "/ddddddddd" * 460 + "/deep.txt"
    errors = parse(deep).to_dict()["errors"]
    assert errors and errors[0].startswith("read.io: ")
    # a report's one-line text is still text
    text_errors = parse("本机关收到申请5件，" * 500).to_dict()["errors"]
    assert not any(e.startswith("read.io") for e in text_errors)
    dated = parse("2022/1/5本机关收到申请5件，已办结。" * 200).to_dict()
    assert not any(e.startswith("read.io") for e in dated["errors"])
    assert any(f["value"] == 5 for f in dated["facts"])
