"""The fourth blind hostile-input red team's findings (session 22, ``datasets/redteam/hostile22``).

Each test failed on the code before its fix (the set's README holds the first reading): a
subdirectory that can be listed but not searched stopped the whole batch with no row (d03); a
write that failed on a full disk left half a row at the end of the output, with ``--force`` in
place of the user's file (o02, o05); ``--resume`` called a row of an input the run does not have,
and a row written twice, "the inputs in another order" (r01, r02); ``parse(limits={...})``
raised AttributeError (a04). The disk is made full by RLIMIT_FSIZE in a subprocess (a write
past it fails with EFBIG as one on a full disk fails with ENOSPC); the tests assert on rows,
exit codes, messages and files, never on time.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from govinfo_nlp import Limits, parse
from govinfo_nlp.cli import main
from govinfo_nlp.errors import BadArgumentType

SAMPLES = [
    ROOT / "datasets" / "samples" / f
    for f in ("s01_pipe_2021.txt", "s02_pipe_2019.txt", "s03_cell_per_line_2019.txt")
]
ENTRY = "import sys; from govinfo_nlp.cli import main; sys.exit(main())"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, sample in zip(("a.txt", "b.txt", "c.txt"), SAMPLES):
        (src / name).write_bytes(sample.read_bytes())
    return src


def _cli(argv: list[str], cwd: Path, *, fsize: int | None = None, as_user: bool = False):
    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    cmd = [sys.executable, "-c", ENTRY, *argv]
    if as_user and os.geteuid() == 0:
        # root reads every file; run as a user meets permissions (without CAP_DAC_*)
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *cmd]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, preexec_fn=limit, timeout=600
    )


def _whole_rows(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the output ends in half a row"
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(
    os.geteuid() == 0 and not shutil.which("setpriv"), reason="root without setpriv"
)
def test_a_directory_that_cannot_be_searched_costs_its_rows_not_the_batch(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(SAMPLES[0].read_bytes())
    shut = src / "noexec"
    shut.mkdir()
    (shut / "inner.txt").write_bytes(SAMPLES[1].read_bytes())
    os.chmod(shut, 0o644)  # listable, not searchable: its entries cannot be looked at
    try:
        done = _cli(["annotate", "in", "-o", "out.jsonl", "-q"], tmp_path, as_user=True)
    finally:
        os.chmod(shut, 0o755)
    assert "Traceback" not in done.stderr
    rows = {r["source"]: r for r in _whole_rows(tmp_path / "out.jsonl")}
    assert set(rows) == {"in/good.txt", "in/noexec/inner.txt"}, done.stderr
    assert rows["in/good.txt"]["errors"] == []
    assert rows["in/noexec/inner.txt"]["errors"][0].startswith("read.io")
    # given by name, such a file is an input too, not "input not found" stopping the run
    os.chmod(shut, 0o644)
    try:
        named = _cli(
            ["annotate", "in/good.txt", "in/noexec/inner.txt", "-o", "named.jsonl", "-q"],
            tmp_path,
            as_user=True,
        )
    finally:
        os.chmod(shut, 0o755)
    assert named.returncode == 0, named.stderr
    rows = {r["source"]: r for r in _whole_rows(tmp_path / "named.jsonl")}
    assert rows["in/noexec/inner.txt"]["errors"][0].startswith("read.io")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_full_disk_leaves_whole_rows_in_place_of_the_old_output(
    tmp_path: Path, corpus: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["annotate", str(corpus / "a.txt"), "-o", str(out), "-q"]) == 0
    old = out.read_bytes()
    # --force over it with room for the first row or two of the new rows only
    done = _cli(
        ["annotate", "in", "--with-text", "--force", "-o", out.name, "-q"],
        tmp_path,
        fsize=out.stat().st_size + 6000,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "too large" in done.stderr or "space" in done.stderr  # EFBIG here, ENOSPC on a disk
    # the new rows are written beside the old file and moved in once whole (session 28;
    # it was truncated and written in place): the old output is kept whole, nothing beside
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", out.name]
    if fmt == "jsonl":
        # and a new output (written in place) cut short by the disk is whole rows that
        # --resume completes to the uninterrupted rows
        out.unlink()
        cut = _cli(["annotate", "in", "--with-text", "-o", out.name, "-q"], tmp_path, fsize=6000)
        assert cut.returncode != 0
        rows = _whole_rows(out)
        assert [r["source"] for r in rows] == ["in/a.txt", "in/b.txt", "in/c.txt"][: len(rows)]
        _cli(["annotate", "in", "--with-text", "-o", "ref.jsonl", "-q"], tmp_path)
        again = _cli(["annotate", "in", "--with-text", "--resume", "-o", out.name, "-q"], tmp_path)
        assert again.returncode == 0, again.stderr
        assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()


def test_a_full_disk_with_no_room_at_all_leaves_no_torn_row(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = _cli(["annotate", "in", "-o", out.name, "-q"], tmp_path, fsize=100)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert out.read_bytes() == b""  # nothing whole was written: no half row either


def _cut_after(out: Path, keep: list[int]) -> bytes:
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[k - 1] for k in keep))
    return out.read_bytes()


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    return capsys.readouterr().err


def test_resume_names_a_row_of_an_input_this_run_does_not_have(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    first = json.loads(out.read_bytes().splitlines()[0])
    first["source"] = str(corpus / "zzz.txt")
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(json.dumps(first, ensure_ascii=False).encode() + b"\n" + lines[1])
    damaged = out.read_bytes()
    err = _refused(["annotate", str(corpus), "-o", str(out), "--resume", "-q"], capsys)
    assert "zzz.txt" in err and "does not have" in err and "another order" not in err
    assert out.read_bytes() == damaged


def test_resume_names_a_row_written_twice(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    damaged = _cut_after(out, [1, 1, 2])
    err = _refused(["annotate", str(corpus), "-o", str(out), "--resume", "-q"], capsys)
    assert "line 2" in err and "again" in err and "another order" not in err
    assert out.read_bytes() == damaged


def test_resume_names_a_byte_order_mark(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    _cut_after(out, [1])
    out.write_bytes(b"\xef\xbb\xbf" + out.read_bytes())
    damaged = out.read_bytes()
    err = _refused(["annotate", str(corpus), "-o", str(out), "--resume", "-q"], capsys)
    assert "byte order mark" in err
    assert out.read_bytes() == damaged


def test_limits_must_be_limits() -> None:
    with pytest.raises(BadArgumentType, match="limits must be"):
        parse(SAMPLES[0], limits={"max_bytes": 10})  # type: ignore[arg-type]
    assert parse(SAMPLES[0], limits=Limits(max_bytes=10)).errors  # the real thing still bounds


def _png_with(chunk_type: bytes, payload: bytes, *, after_image: bool) -> bytes:
    import io
    import struct
    import zlib

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (40, 20), 255).save(buf, format="PNG")
    png = buf.getvalue()
    chunk = (
        struct.pack(">I", len(payload))
        + chunk_type
        + payload
        + struct.pack(">I", zlib.crc32(chunk_type + payload) & 0xFFFFFFFF)
    )
    at = len(png) - 12 if after_image else 33  # before IEND, or right after IHDR
    return png[:at] + chunk + png[at:]


@pytest.mark.parametrize(
    ("chunk_type", "head", "after_image"),
    [
        (b"zTXt", b"Comment\0\0", False),
        (b"zTXt", b"Comment\0\0", True),
        (b"iCCP", b"icc\0\0", False),
    ],
    ids=["ztxt", "ztxt_after_idat", "iccp"],
)
def test_a_png_chunk_bomb_is_an_unreadable_image(
    monkeypatch: pytest.MonkeyPatch, chunk_type: bytes, head: bytes, after_image: bool
) -> None:
    import zlib

    pytest.importorskip("PIL")
    pytest.importorskip("numpy")
    from govinfo_nlp.errors import UnreadableDocument
    from govinfo_nlp.readers import ocr

    # the picture is refused before OCR would run: tesseract itself is not needed
    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    bomb = head + zlib.compress(b"\0" * (4 << 20), 9)  # 4 MiB, past Pillow's 1 MiB bound
    data = _png_with(chunk_type, bomb, after_image=after_image)
    with pytest.raises(UnreadableDocument) as exc:
        ocr.read_image(data, name="bomb.png")
    assert exc.value.code == "image" and "too large" in str(exc.value)
