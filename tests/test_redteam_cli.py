"""The red team's batch and CLI cases (session 8): what a demanding user did that broke.

Each test failed on the code before its fix (FIRST_READING.md of
datasets/redteam/whole lists the first reading).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from govinfo_nlp import batch, panel, to_frame
from govinfo_nlp.cli import main
from govinfo_nlp.errors import GovinfoError

SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"
OTHER = ROOT / "datasets" / "samples" / "s02_pipe_2019.txt"
# A name that is not valid UTF-8 (GBK bytes of 测试): held as lone surrogates.
ODD_NAME = os.fsdecode(b"\xb2\xe2\xca\xd4.txt")


def _usage_error(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


@pytest.fixture
def two(tmp_path: Path) -> list[str]:
    paths = []
    for name, src in (("a.txt", SAMPLE), ("b.txt", OTHER)):
        (tmp_path / name).write_bytes(src.read_bytes())
        paths.append(str(tmp_path / name))
    (tmp_path / "empty.txt").write_bytes(b"")
    return [*paths, str(tmp_path / "empty.txt")]


def test_the_output_named_as_an_input_is_refused_even_with_force(two: list[str]) -> None:
    before = Path(two[0]).read_bytes()
    _usage_error(["annotate", *two, "-o", two[0], "--format", "jsonl", "--force", "-q"])
    assert Path(two[0]).read_bytes() == before  # the input is still there


def test_the_output_through_another_spelling_of_an_input_is_refused(two: list[str]) -> None:
    folder, name = os.path.split(two[0])
    other = os.path.join(folder, ".", name)
    _usage_error(["annotate", two[0], "-o", other, "--format", "jsonl", "--force", "-q"])
    assert Path(two[0]).read_bytes() == SAMPLE.read_bytes()


def _run(out: Path, inputs: list[str], *extra: str) -> int:
    return main(["annotate", *inputs, "-o", str(out), "-q", *extra])


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (["--stages", "tables"], []),
        ([], ["--stages", "tables"]),
        ([], ["--explain"]),
        (["--explain"], []),
        ([], ["--with-text"]),
        (["--with-text"], []),
    ],
)
def test_resume_with_other_options_is_refused_and_changes_nothing(
    tmp_path: Path, two: list[str], first: list[str], then: list[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert _run(out, two[:1], *first) == 0
    before = out.read_bytes()
    _usage_error(["annotate", *two, "-o", str(out), "-q", "--resume", *then])
    assert out.read_bytes() == before
    # --force starts it over with this run's options
    assert _run(out, two, "--resume", "--force", *then) == 0
    rows = list(batch.read_jsonl(out))
    assert [r["source"] for r in rows] == two
    assert len({json.dumps(sorted(r)) for r in rows if not r["errors"]}) == 1


def test_resume_with_the_same_options_completes_the_same_file(
    tmp_path: Path, two: list[str]
) -> None:
    full = tmp_path / "full.jsonl"
    assert _run(full, two, "--stages", "tables") == 0
    part = tmp_path / "part.jsonl"
    lines = full.read_bytes().splitlines(keepends=True)
    # the error row (empty file) ran fewer stages: still a row of this run
    part.write_bytes(lines[0] + lines[1][:50])
    assert _run(part, two, "--stages", "tables", "--resume") == 0
    assert part.read_bytes() == full.read_bytes()
    assert _run(part, two, "--stages", "tables", "--resume") == 0
    assert part.read_bytes() == full.read_bytes()


def test_resume_into_an_output_of_other_inputs_is_refused(tmp_path: Path, two: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert _run(out, two[1:2]) == 0
    before = out.read_bytes()
    _usage_error(["annotate", two[0], "-o", str(out), "-q", "--resume"])
    assert out.read_bytes() == before


def test_empty_stage_list_is_a_usage_error(two: list[str]) -> None:
    _usage_error(["annotate", two[0], "--stages", " , ", "-q"])


@pytest.fixture
def odd_output(tmp_path: Path) -> Path:
    """An annotate output holding a file whose name is not valid UTF-8."""
    if sys.platform == "darwin":  # pragma: no cover - APFS refuses such names
        pytest.skip("the file system refuses names that are not UTF-8")
    (tmp_path / ODD_NAME).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    assert _run(out, [str(tmp_path / ODD_NAME), str(SAMPLE)]) == 0
    return out


def test_frames_and_panel_of_a_non_utf8_name(odd_output: Path, tmp_path: Path) -> None:
    escaped = "\\udcb2\\udce2\\udcca\\udcd4.txt"
    docs = to_frame(odd_output, kind="documents")
    assert docs["source"].iloc[0].endswith(escaped)
    assert len(to_frame(odd_output, kind="tables")) > 0
    frame = panel(odd_output)
    assert any(escaped in str(s) for s in frame["sources"])
    for out in ("p.csv", "p.parquet"):
        assert main(["panel", str(odd_output), "-o", str(tmp_path / out)]) == 0
    assert main(["summary", str(odd_output), "-o", str(tmp_path / "s.html")]) == 0
    (tmp_path / "s.html").read_text(encoding="utf-8")


def test_render_of_a_non_utf8_name(tmp_path: Path) -> None:
    (tmp_path / ODD_NAME).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "r.html"
    assert main(["render", str(tmp_path / ODD_NAME), "-o", str(out)]) == 0
    assert "\\udcb2\\udce2" in out.read_text(encoding="utf-8")


def test_render_of_a_directory_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _usage_error(["render", str(tmp_path), "-o", str(tmp_path / "r.html")])
    assert "is a directory" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["panel", "summary", "crosscheck"])
def test_a_line_that_is_json_but_not_a_row_is_a_clear_error(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "rows.jsonl"
    src.write_text('{"source": "a.txt"}\n[1, 2]\n', encoding="utf-8")
    out = tmp_path / ("o.csv" if command == "panel" else "o.out")
    _usage_error([command, str(src), "-o", str(out)])
    assert "rows.jsonl:2: a JSON list, not a row" in capsys.readouterr().err
    with pytest.raises(GovinfoError):
        list(batch.read_jsonl(src))


def test_the_panel_csv_guards_formula_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("=HYPERLINK(1).txt").write_bytes(SAMPLE.read_bytes())
    assert _run(Path("out.jsonl"), ["=HYPERLINK(1).txt"]) == 0
    assert main(["panel", "out.jsonl", "-o", "panel.csv"]) == 0
    text = Path("panel.csv").read_text(encoding="utf-8")
    assert ",'=HYPERLINK(1).txt," in text
    assert ",=HYPERLINK" not in text


def test_an_output_that_is_a_device_is_a_stream() -> None:
    # -o /dev/null (or /dev/stdout on a pipe): nothing to clobber, lock or truncate
    assert main(["annotate", str(SAMPLE), "-o", os.devnull, "--format", "jsonl", "-q"]) == 0
    _usage_error(["annotate", str(SAMPLE), "-o", os.devnull, "--format", "jsonl", "--resume"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_an_output_that_is_a_fifo_gets_the_rows(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "rows"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["annotate", str(SAMPLE), "-o", str(fifo), "--format", "jsonl", "-q"]) == 0
    reader.join(timeout=60)
    (line,) = got[0].decode("utf-8").splitlines()
    assert json.loads(line)["source"] == str(SAMPLE)
