"""The hostile19 red team's findings (session 19): hostile input and batch data loss.

Each test failed on the code before its fix (datasets/redteam/hostile19/README.md
holds the first reading, on main 4747a26). Inputs that could hang or blow up run in
a subprocess under RLIMIT_CPU and RLIMIT_AS, and the tests assert on rows, error
codes and files, never on time.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, load_module

from govinfo_nlp.cli import main

SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"
OTHER = ROOT / "datasets" / "samples" / "s02_pipe_2019.txt"
HOSTILE = ROOT / "datasets" / "redteam" / "hostile19"


def _usage_error(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "b.txt").write_bytes(OTHER.read_bytes())
    return folder


# --- an output that is an input under another name (b01: inputs were lost) ------


def test_an_output_hard_linked_to_an_input_is_refused_even_with_force(
    tmp_path: Path, inputs: Path
) -> None:
    out = tmp_path / "out.jsonl"
    os.link(inputs / "a.txt", out)
    _usage_error(["annotate", str(inputs / "a.txt"), "-o", str(out), "--force", "-q"])
    assert (inputs / "a.txt").read_bytes() == SAMPLE.read_bytes()


def test_an_output_linked_to_a_file_of_an_input_directory_is_refused(
    tmp_path: Path, inputs: Path
) -> None:
    out = tmp_path / "out.jsonl"
    os.symlink(inputs / "b.txt", out)
    _usage_error(["annotate", str(inputs), "-o", str(out), "--force", "-q"])
    assert (inputs / "b.txt").read_bytes() == OTHER.read_bytes()


def test_an_earlier_output_inside_the_input_directory_is_still_left_out(inputs: Path) -> None:
    out = inputs / "out.txt"  # an input suffix: the directory finds it
    assert main(["annotate", str(inputs), "-o", str(out), "--format", "jsonl", "-q"]) == 0
    assert (
        main(["annotate", str(inputs), "-o", str(out), "--format", "jsonl", "--force", "-q"]) == 0
    )
    sources = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert [os.path.basename(s) for s in sources] == ["a.txt", "b.txt"]


# --- CSV records split by a bare carriage return (b11) ---------------------------


def test_csv_keeps_one_record_per_input_whatever_the_file_names(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["a\nb.txt", "c\td.txt", "e\rf.txt", "g\u2028h.txt"]
    for name in names:
        (folder / name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.csv"
    assert main(["annotate", str(folder), "-o", str(out), "-q"]) == 0
    with open(out, newline="", encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    assert sorted(os.path.basename(r["source"]) for r in records) == sorted(names)
    assert all(r["errors"] == "[]" for r in records)
    assert out.read_bytes().count(b"\r\n") == 0  # records still end with \n alone


# --- a document that never ends no longer holds the batch (h09, h11) --------------

_LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CPU, (120, 125))
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
{body}
"""

# pipeline.parse replaced by an endless loop in the child (fork: the workers get it
# too): the batch must bound the document, whatever reader loops in the future.
_ENDLESS = """
import json
from govinfo_nlp import batch, pipeline
from govinfo_nlp.limits import Limits

real = pipeline.parse

def endless(source, *args, source_name=None, **kwargs):
    if source_name == "warm-up":  # a worker's first parse, before any document
        return real(source, *args, source_name=source_name, **kwargs)
    while True:
        pass

pipeline.parse = endless
paths = sys.argv[1:]
for jobs in (1, 2):
    rows = list(batch.annotate(paths, jobs=jobs, limits=Limits(max_seconds=2)))
    print(json.dumps([[r["source"], r["errors"]] for r in rows]))
"""


def _run_limited(body: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", _LIMITED.format(body=body), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )


def test_a_document_that_never_ends_gets_a_timeout_row(tmp_path: Path) -> None:
    paths = [str(tmp_path / name) for name in ("a.txt", "b.txt")]
    for path in paths:
        Path(path).write_bytes(SAMPLE.read_bytes())
    done = _run_limited(_ENDLESS, *paths)
    assert done.returncode == 0, done.stderr[-500:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2  # --jobs 1 and --jobs 2
    for line in lines:
        rows = json.loads(line)
        assert [r[0] for r in rows] == paths
        for _, errors in rows:
            assert len(errors) == 1 and errors[0].startswith("parse.timeout: ")


def test_max_seconds_is_a_cli_bound(tmp_path: Path) -> None:
    _usage_error(["annotate", str(SAMPLE), "-o", str(tmp_path / "o.jsonl"), "--max-seconds", "0"])
    assert (
        main(
            ["annotate", str(SAMPLE), "-o", str(tmp_path / "o.jsonl"), "--max-seconds", "60", "-q"]
        )
        == 0
    )


# --- hostile files: a clear error row, never a hang or a crash ---------------------


def _build(case: str, folder: Path) -> Path:
    """The hostile19 builder's inputs of ``case`` (h09, h11...) under ``folder``."""
    load_module("hostile19_build", HOSTILE / "build.py").build(case, folder)
    return folder


_PARSE = """
import json
from govinfo_nlp import parse
print(json.dumps([list(parse(path).errors) for path in sys.argv[1:]]))
"""


def _errors_of(*paths: Path) -> list[list[str]]:
    done = _run_limited(_PARSE, *map(str, paths))
    assert done.returncode == 0, done.stderr[-500:]  # on the old code: killed by RLIMIT_CPU
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    ("case", "name", "code"),
    [
        ("h09", "self_ref_length.pdf", "read.pdf: "),  # /Length 6 0 R, 6 0 obj 6 0 R: hung
        ("h11", "flate_bomb.pdf", "read.too_large: "),  # 200 KB -> 200 MiB of operators: hung
    ],
)
def test_a_hostile_pdf_is_a_clear_error(tmp_path: Path, case: str, name: str, code: str) -> None:
    folder = _build(case, tmp_path)
    [errors] = _errors_of(folder / name)
    assert len(errors) == 1 and errors[0].startswith(code)


def test_a_reference_cycle_through_two_objects_is_found(tmp_path: Path) -> None:
    from govinfo_nlp.readers.pdf import _reference_loop

    assert _reference_loop(b"6 0 obj\n7 0 R\nendobj\n7 0 obj 6 0 R endobj") in (6, 7)
    assert _reference_loop(b"6 0 obj\n7 0 R\nendobj\n7 0 obj\n12\nendobj") is None
    assert _reference_loop(b"1" * 100_000 + b" 0 obj 5 0 R endobj") is None


def test_a_web_archive_nested_thousands_deep_is_a_read_error(tmp_path: Path) -> None:
    from govinfo_nlp import parse

    folder = _build("h19", tmp_path)
    errors = parse(folder / "nested.mhtml").errors
    assert len(errors) == 1 and errors[0].startswith("read.html: ")


@pytest.mark.parametrize("name", ["z.pdf", "z.docx", "z.doc"])
def test_an_empty_file_of_a_binary_format_is_empty(tmp_path: Path, name: str) -> None:
    from govinfo_nlp import parse

    (tmp_path / name).write_bytes(b"")
    assert parse(tmp_path / name).errors == (f"read.empty: {tmp_path / name}: empty file",)
