"""The govinfo-nlp command line: argument checks, formats, exit codes, dispatch."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from govinfo_nlp import batch
from govinfo_nlp.about import __version__
from govinfo_nlp.batch import pool
from govinfo_nlp.batch.document import error_row
from govinfo_nlp.cli import main


def stub_worker(path: str, explain: bool, **_: Any) -> dict[str, Any]:
    data = Path(path).read_bytes()
    if not data:
        return error_row(path, "read.empty", "empty file")
    facts = [{"type": "other", "value": 1, "explanation": ["rule x"]}]
    return {
        "id": f"id-{len(data)}",
        "source": path,
        "template": "2019",
        "metadata": {"agency": "某局", "year": 2020},
        "sections": [{"id": "overview", "start": 0, "end": len(data)}],
        "tables": {"t3.new.total": len(data)},
        "checks": [],
        "facts": facts if explain else [{k: v for k, v in facts[0].items() if k != "explanation"}],
        "reconciliation": [],
        "warnings": [],
        "errors": [],
    }


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "_worker", stub_worker)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in [("b.txt", "乙" * 3), ("a.txt", "甲" * 2), ("c.html", "<p>丙</p>")]:
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "ignored.md").write_text("x")
    return folder


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_is_fast_and_imports_no_pipeline() -> None:
    code = (
        "import sys; from govinfo_nlp.cli import build_parser; build_parser().format_help();"
        "bad = [m for m in ('govinfo_nlp.pipeline', 'govinfo_nlp.batch', 'pandas', 'spacy')"
        " if m in sys.modules]; print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "govinfo_nlp", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0 and "annotate" in out.stdout and "crosscheck" in out.stdout


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_annotate_directory_jsonl(
    stub: None, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(inputs), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in rows] == ["a.txt", "b.txt", "c.html"]
    assert all("explanation" not in f for r in rows for f in r["facts"])
    err = capsys.readouterr().err
    assert "3 documents: 3 read" in err and "docs/s" in err


def test_annotate_explain_keeps_explanations(stub: None, inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(inputs / "a.txt"), "-o", str(out), "--explain", "-q"]) == 0
    (row,) = batch.read_jsonl(out)
    assert row["facts"][0]["explanation"] == ["rule x"]
    assert row["source"] == str(inputs / "a.txt")


def test_annotate_refuses_to_overwrite(
    stub: None, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(inputs), "-o", str(out)])
    assert exc.value.code == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text() == "keep me\n"
    assert main(["annotate", str(inputs), "-o", str(out), "--force", "-q"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param(["--resume", "--format", "csv"], id="resume-csv"),
        pytest.param(["--jobs", "0"], id="jobs-0"),
    ],
)
def test_bad_argument_combinations(
    stub: None, inputs: Path, tmp_path: Path, extra: list[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(inputs), "-o", str(tmp_path / "o.jsonl"), *extra])
    assert exc.value.code == 2


def test_missing_input_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["annotate", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl")])
    assert exc.value.code == 2
    assert "not found" in capsys.readouterr().err


def test_nothing_readable_exits_1(stub: None, tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    out = tmp_path / "o.jsonl"
    assert main(["annotate", str(empty), "-o", str(out), "-q"]) == 1
    (row,) = batch.read_jsonl(out)
    assert row["errors"]


def test_some_unreadable_still_exits_0(stub: None, inputs: Path, tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    out = tmp_path / "o.jsonl"
    assert main(["annotate", str(empty), str(inputs / "a.txt"), "-o", str(out), "-q"]) == 0
    assert len(list(batch.read_jsonl(out))) == 2


def test_resume_appends_the_rest(stub: None, inputs: Path, tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl"
    assert main(["annotate", str(inputs), "-o", str(full), "-q"]) == 0
    part = tmp_path / "part.jsonl"
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part.write_text(lines[0] + lines[1][:10], encoding="utf-8")
    assert main(["annotate", str(inputs), "-o", str(part), "--resume", "-q"]) == 0
    assert part.read_bytes() == full.read_bytes()
    # resuming a complete output adds nothing
    assert main(["annotate", str(inputs), "-o", str(part), "--resume", "-q"]) == 0
    assert part.read_bytes() == full.read_bytes()


def test_annotate_csv(stub: None, inputs: Path, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "out.csv"
    assert main(["annotate", str(inputs), "-o", str(out), "-q"]) == 0
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [Path(r["source"]).name for r in rows] == ["a.txt", "b.txt", "c.html"]
    assert rows[0]["t3.new.total"] == str(len("甲甲".encode()))
    assert json.loads(rows[0]["facts"])[0]["type"] == "other"


def test_annotate_parquet(stub: None, inputs: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.bin"
    assert main(["annotate", str(inputs), "-o", str(out), "--format", "parquet", "-q"]) == 0
    frame = pd.read_parquet(out)
    assert list(frame["source"].map(lambda s: Path(s).name)) == ["a.txt", "b.txt", "c.html"]
    assert frame["t3.new.total"].tolist() == [6.0, 9.0, len("<p>丙</p>".encode())]
    assert frame["t4.review.total"].isna().all()


def _rows_for_crosscheck() -> list[dict[str, Any]]:
    return [
        {
            "source": "a2020",
            "template": "2019",
            "metadata": {"agency": "泰州市财政局", "year": 2020},
            "tables": {"t3.carried_out.total": 4, "t3.new.total": 10},
        },
        {
            "source": "a2021",
            "template": "2021",
            "metadata": {"agency": "泰州市财政局", "year": 2021},
            "tables": {"t3.carried_in.total": 5, "t3.new.total": 100},
        },
    ]


def test_crosscheck_prints_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "out.jsonl"
    src.write_text(
        "".join(batch.dumps_row(r) + "\n" for r in _rows_for_crosscheck()), encoding="utf-8"
    )
    dest = tmp_path / "checks.json"
    assert main(["crosscheck", str(src), "-o", str(dest)]) == 0
    printed = capsys.readouterr().out
    assert "t3.carry.total" in printed and "NO" in printed and "ANOMALY" in printed
    result = json.loads(dest.read_text(encoding="utf-8"))
    assert result["failed"] == 1
    assert [a["field"] for a in result["anomalies"]] == ["t3.new.total"]
    with pytest.raises(SystemExit) as exc:
        main(["crosscheck", str(src), "-o", str(dest)])
    assert exc.value.code == 2


def test_crosscheck_bad_json_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text("{not json\n")
    with pytest.raises(SystemExit) as exc:
        main(["crosscheck", str(src)])
    assert exc.value.code == 2


def _fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: Any) -> None:
    module = types.ModuleType(name)
    for key, value in attrs.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, name, module)


def test_evaluate_facts_dispatch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, Any] = {}

    def evaluate_facts(*, split: str) -> dict[str, float]:
        seen["split"] = split
        return {"f1": 0.5}

    _fake_module(
        monkeypatch,
        "govinfo_nlp_dev.facts.evaluate",
        evaluate_facts=evaluate_facts,
        format_report=lambda s: f"F1 {s['f1']}",
    )
    assert main(["evaluate", "facts", "--split", "test"]) == 0
    assert seen == {"split": "test"}
    assert "F1 0.5" in capsys.readouterr().out


def test_evaluate_segmenter_dispatch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_module(
        monkeypatch,
        "govinfo_nlp_dev.tokens.evaluate",
        evaluate_segmenter=lambda: {"f": 0.9},
        format_scores=lambda s: f"seg {s['f']}",
    )
    assert main(["evaluate", "segmenter"]) == 0
    assert "seg 0.9" in capsys.readouterr().out


def test_train_dispatch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[str] = []
    _fake_module(
        monkeypatch,
        "govinfo_nlp_dev.facts.train",
        train_facts=lambda out_dir, score_test: (
            calls.append(f"facts:{out_dir}:{score_test}") or "models/facts-v1"
        ),
    )
    _fake_module(
        monkeypatch,
        "govinfo_nlp_dev.tokens.train",
        train_segmenter=lambda out_dir: calls.append(f"seg:{out_dir}") or "models/pkuseg-v1",
    )
    assert main(["train", "facts"]) == 0
    assert main(["train", "facts", "--score-test", "-o", "m"]) == 0
    assert main(["train", "segmenter", "--out", "somewhere"]) == 0
    # the test split is read only when asked for
    assert calls == ["facts:None:False", "facts:m:True", "seg:somewhere"]
    assert "models/facts-v1" in capsys.readouterr().out


def test_render_dispatch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    report = types.SimpleNamespace(errors=(), sections=("x",))
    _fake_module(monkeypatch, "govinfo_nlp.pipeline", parse=lambda src, source_name: report)
    _fake_module(
        monkeypatch,
        "govinfo_nlp.view",
        render_html=lambda r: "<html>ok</html>" if r is report else "",
    )
    doc = tmp_path / "r.txt"
    doc.write_text("报告")
    out = tmp_path / "r.html"
    assert main(["render", str(doc), "-o", str(out)]) == 0
    assert out.read_text() == "<html>ok</html>"
    with pytest.raises(SystemExit) as exc:
        main(["render", str(doc), "-o", str(out)])
    assert exc.value.code == 2


def test_missing_extra_names_install_command(
    monkeypatch: pytest.MonkeyPatch,
    stub: None,
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main(["annotate", str(inputs), "-o", str(tmp_path / "o.parquet"), "-q"]) == 1
    assert "pip install 'govinfo_nlp[parquet]'" in capsys.readouterr().err


def test_evaluate_facts_reads_dev_unless_test_is_asked_for(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[dict[str, Any]] = []
    _fake_module(
        monkeypatch,
        "govinfo_nlp_dev.facts.evaluate",
        evaluate_facts=lambda **kw: seen.append(kw) or {},
        format_report=lambda s: "report",
    )
    assert main(["evaluate", "facts"]) == 0
    assert main(["evaluate", "facts", "--split", "test"]) == 0
    assert seen == [{"split": "dev"}, {"split": "test"}]


def test_render_a_real_seed(tmp_path: Path) -> None:
    pytest.importorskip("govinfo_nlp.view")
    from conftest import seed_path

    out = tmp_path / "r.html"
    assert main(["render", str(seed_path("000")), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "泰州" in html


def test_annotate_without_output_writes_rows_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    from govinfo_nlp.cli import main

    sample = Path(__file__).resolve().parents[1] / "datasets" / "samples" / "s01_pipe_2021.txt"
    assert main(["annotate", str(sample), "-q"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["source"] == str(sample)


def test_resume_into_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    from govinfo_nlp.cli import main

    sample = Path(__file__).resolve().parents[1] / "datasets" / "samples" / "s01_pipe_2021.txt"
    with pytest.raises(SystemExit) as exit_:
        main(["annotate", str(sample), "-o", str(tmp_path), "--resume", "-q"])
    assert exit_.value.code == 2


@pytest.mark.parametrize("command", [["train", "facts"], ["evaluate", "facts"]])
def test_train_and_evaluate_outside_a_checkout_say_so_in_one_line(
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # An installed package: the checkout's tools cannot be imported, and the
    # working directory is not inside a checkout.
    for name in [m for m in sys.modules if m.startswith("govinfo_nlp_dev")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "govinfo_nlp_dev", None)
    monkeypatch.chdir(tmp_path)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "source checkout" in err and "Traceback" not in err


def test_the_summary_counts_one_document_in_the_singular() -> None:
    from govinfo_nlp.batch.tally import summarize

    one = summarize([{"source": "a.txt", "errors": [], "warnings": []}]).format()
    assert one.startswith("1 document: 1 read")
    two = summarize([{"source": "a.txt", "errors": [], "warnings": []}] * 2).format()
    assert two.startswith("2 documents: 2 read")


def test_resume_says_what_it_found_and_nothing_with_quiet(
    stub: None, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Session 29 printed "resuming: 1 inputs already in out.jsonl" even with -q."""
    full = tmp_path / "full.jsonl"
    assert main(["annotate", str(inputs), "-o", str(full), "-q"]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_text(lines[0], encoding="utf-8")
    capsys.readouterr()
    assert main(["annotate", str(inputs), "-o", str(part), "--resume", "-q"]) == 0
    assert capsys.readouterr().err == ""
    part.write_text(lines[0], encoding="utf-8")
    assert main(["annotate", str(inputs), "-o", str(part), "--resume"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"resuming {part}: 1 input is in it already; annotating the 2 inputs left"
    assert part.read_bytes() == full.read_bytes()
    assert main(["annotate", str(inputs), "-o", str(part), "--resume"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"resuming {part}: every input is in it already (3); nothing to annotate"


def _rows_after(left: Any) -> Any:
    """batch.annotate's stand-in: a readable row per input, ``left.wait()`` before the second."""

    def fake(todo: list[str], **kwargs: Any) -> Any:
        for k, path in enumerate(todo):
            if k == 1:
                assert left.wait(60), "the reader never left"
            row = error_row(path, "x.y", "z")
            row["errors"], row["notices"] = [], []
            yield row

    return fake


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs (POSIX)")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_output_fifo_whose_reader_leaves_is_an_error_saying_what_was_not_written(
    inputs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    """hostile29 b07: -o a FIFO whose reader read the first row and left ended with exit 0
    and no message, two of three rows lost. It is exit 1, saying which rows were not written."""
    import os
    import threading

    fifo = tmp_path / f"out_fifo.{fmt}"
    os.mkfifo(fifo)
    left = threading.Event()
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as handle:
            got.append(handle.readline())
            if fmt == "csv":
                got.append(handle.readline())  # the header, then the first record
        left.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    monkeypatch.setattr(batch, "annotate", _rows_after(left))
    code = main(["annotate", str(inputs), "-o", str(fifo), "-q", "--format", fmt])
    thread.join(60)
    err = capsys.readouterr().err
    assert code == 1
    assert got[-1].endswith(b"\n")  # the first row, whole
    assert "its reader left after 1 of 3 rows were written" in err
    assert f"the rows of 2 inputs, from {inputs / 'b.txt'} on, were not written" in err
