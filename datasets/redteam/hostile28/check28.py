"""Run and score the hostile28 red team: each case in fresh subprocesses under limits.

    python datasets/redteam/hostile28/check28.py                 # every case
    python datasets/redteam/hostile28/check28.py p0 e05          # cases whose id starts so
    python datasets/redteam/hostile28/check28.py --keep /tmp/h28 # keep the case directories

hostile27's harness (``../hostile27/check27.py``) is imported, not copied: its ``Case`` (each
step run in its own session under hostile19's limits, and checked for a hang, the CPU bound, a
traceback on standard error, peak RSS, processes left after it, a library failure in a row),
its row reader and its ``expect``/``same_as`` judgements. As in hostile27, each case here is a
function; ``expect.jsonl`` lists the cases with what a demanding user expects, for the record.

It prints PASS/FAIL/SKIP per case with what failed; it always exits 0.
"""

from __future__ import annotations

import importlib.util
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("check27", HERE.parent / "hostile27" / "check27.py")
assert _spec and _spec.loader
check27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check27)
check19 = check27.check19
Case = check27.Case
Skip = check27.Skip
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import build28  # noqa: E402
import hostile_harness  # noqa: E402

ENTRY = check19.ENTRY


def _names(c: Case) -> list[str]:
    return sorted(p.name for p in (c.d / "in").iterdir())


def _all_same(c: Case, ref: str, allowed: tuple[str, ...], out: str = "out.jsonl", extra: tuple[str, ...] = ()) -> None:
    """Annotate in/; ``ref`` good; every other file a row that is ``allowed`` and, when read,
    has ``ref``'s tables and agency."""
    names = _names(c)
    c.annotate("in", "-o", out, *extra)
    rows = c.rows(out, len(names))
    c.expect(rows, ref, "good")
    for name in names:
        if name == ref or name == "a.txt":
            continue
        c.expect(rows, name, *allowed)
        c.same_as(rows, name, ref)
    if "a.txt" in names and ref != "a.txt":
        c.expect(rows, "a.txt", "good")


# ---------------------------------------------------------------- PDF


def p01_pdf_junk_around(c: Case) -> None:
    _all_same(c, "report.pdf", ("good", "read.pdf"))


def p02_pdf_no_xref_many_objects(c: Case) -> None:
    _all_same(c, "plain.pdf", ("good", "read.pdf"))


def p03_pdf_gstate_stack(c: Case) -> None:
    _all_same(c, "plain.pdf", ("good", "read.pdf"))


def p04_pdf_degenerate_boxes(c: Case) -> None:
    _all_same(c, "plain.pdf", ("good", "read.pdf"))


def p05_pdf_text_off_page(c: Case) -> None:
    # nothing drawn outside the page is the report's: the tables are the plain PDF's
    _all_same(c, "report.pdf", ("good",))


# ---------------------------------------------------------------- DOCX


def d01_docx_main_part_renamed(c: Case) -> None:
    _all_same(c, "plain.docx", ("good", "read.docx"))


def d02_docx_damaged_members(c: Case) -> None:
    # a damaged member is an error, or read whole: never half a report read as good
    _all_same(c, "plain.docx", ("good", "read.docx"))


def d03_docx_prefix_and_comment(c: Case) -> None:
    # (corrected after the first reading: a read error whose message names the DOCX is a
    # clear answer too: read.binary "named .docx but its content is not a docx file")
    _all_same(c, "plain.docx", ("good", "read.docx", "read.binary~docx"))


def d04_docx_other_prefixes(c: Case) -> None:
    _all_same(c, "plain.docx", ("good", "read.docx"))


# ---------------------------------------------------------------- misnamed files


def f01_misnamed_office(c: Case) -> None:
    names = _names(c)
    c.annotate("in", "-o", "out.jsonl")
    rows = c.rows("out.jsonl", len(names))
    for ref in ("a.txt", "plain.html", "plain.docx"):
        c.expect(rows, ref, "good")
    pairs = {
        "html_as.doc": "plain.html",
        "mhtml_as.doc": "plain.html",
        "gbk_text_as.doc": "a.txt",
        "rtf_as.docx": "plain_rtf.doc",
        "docx_as.wps": "plain.docx",
    }
    for name, ref in pairs.items():
        c.expect(rows, name, "good", "read.")
        c.same_as(rows, name, ref)


# ---------------------------------------------------------------- HTML


def h01_html_late_charset(c: Case) -> None:
    # a GBK page read as something else is mojibake: an error, never a row read as right
    _all_same(c, "plain.html", ("good", "read.html", "read.encoding", "read."))


def h02_html_comment_storm(c: Case) -> None:
    _all_same(c, "plain.html", ("good",))


def h03_html_conditional_comments(c: Case) -> None:
    _all_same(c, "plain.html", ("good",))


# ---------------------------------------------------------------- text at scale


def t01_mixed_line_ends_scale(c: Case) -> None:
    _all_same(c, "plain.txt", ("good",))


def t02_bom_storm(c: Case) -> None:
    _all_same(c, "plain.txt", ("good",))


def t03_whitespace_scale(c: Case) -> None:
    _all_same(c, "plain.txt", ("good",))


def t04_report_repeated(c: Case) -> None:
    _all_same(c, "plain.txt", ("good",))


def l01_size_boundary(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl", "--max-bytes", "64K")
    rows = c.rows("out.jsonl", 3)
    c.expect(rows, "under.txt", "good")
    c.expect(rows, "at.txt", "good")  # README: the largest input read is the bound itself
    c.expect(rows, "over.txt", "read.too_large")


# ---------------------------------------------------------------- outputs and runs


def b01_output_odd_links(c: Case) -> None:
    res = c.annotate("in", "-o", "dangling.jsonl", label="-o a dangling link")
    if res["rc"] == 0:
        # writing through a link writes its target, as the shell's > does
        rows = c.rows(c.d / "real" / "new.jsonl", 3, label="real/new.jsonl")
        for row in rows:
            if check19.codes(row):
                c.fail(f"real/new.jsonl: {check19.describe(row)}")
        if not (c.d / "dangling.jsonl").is_symlink():
            c.fail("dangling.jsonl is no longer the link")
    elif not res["stderr"].strip():
        c.fail("-o a dangling link: refused without a message")
    c.annotate("in", "-o", "dangling_dir.jsonl", exit="nonzero", label="-o a link into no folder")
    if (c.d / "nowhere").exists():
        c.fail("the link's missing folder was made")
    c.annotate("in", "-o", "self.jsonl", exit="nonzero", label="-o a link to itself")
    c.annotate("in", "-o", "out.jsonl/", exit="nonzero", label="-o out.jsonl/")
    if (c.d / "out.jsonl").exists():
        c.fail("-o out.jsonl/ made out.jsonl")
    left = sorted(p.name for p in c.d.iterdir() if p.name.startswith(".") or p.name.endswith(".part"))
    if left:
        c.fail(f"files left beside the outputs: {left}")


def c01_two_force_runs(c: Case) -> None:
    c.annotate("old", "-o", "out.jsonl", exit="zero", label="the old output")
    c.annotate("in", "-o", "ref.jsonl", exit="zero", label="reference")
    second: dict = {}
    argv = [sys.executable, "-c", ENTRY, "annotate", "in", "-o", "out.jsonl", "--force", "-q"]

    def start_second(proc, elapsed, state) -> None:
        if "p" in second:
            return
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        err = open(c.log / "second.err", "wb")  # noqa: SIM115 - closed below
        second["p"] = subprocess.Popen(argv, cwd=c.d, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        second["err"] = err

    first = c.run(argv, during=start_second, label="--force, first")
    p = second.get("p")
    rc2 = p.wait(timeout=900) if p else None
    if p:
        second["err"].close()
    err2 = (c.log / "second.err").read_text(errors="replace") if p else ""
    if "Traceback (most recent call last)" in err2:
        c.fail(f"second --force: traceback: {err2.strip().splitlines()[-1][:160]}")
    codes = [first["rc"], rc2]
    if 0 not in codes:
        c.fail(f"neither --force run finished: exits {codes}")
    if rc2 not in (0, None) and not err2.strip():
        c.fail(f"second --force: exit {rc2} without a message")
    if first["rc"] != 0 and not first["stderr"].strip():
        c.fail(f"first --force: exit {first['rc']} without a message")
    got = check19.read_rows(c.d / "out.jsonl")
    if got != check19.read_rows(c.d / "ref.jsonl"):
        c.fail(f"out.jsonl is not one run's whole output ({len(got)} rows)")
    extra = sorted(set(os.listdir(c.d)) - {"in", "old", "out.jsonl", "ref.jsonl"})
    if extra:
        c.fail(f"left in the folder: {extra}")


def _three_ref(c: Case) -> list[dict]:
    c.annotate("in", "-o", "ref.jsonl", exit="zero", label="reference")
    rows = c.rows("ref.jsonl", 3)
    for name in ("a.txt", "b.html", "c.docx"):
        c.expect(rows, name, "good", label="reference: ")
    return rows


def e01_tz_odd(c: Case) -> None:
    ref = _three_ref(c)
    for k, tz in enumerate([":/dev/zero", "UTC+25", "Asia/Shanghai", "X" * 10_000]):
        out = f"tz{k}.jsonl"
        c.annotate("in", "-o", out, env={"TZ": tz}, exit="zero", label=f"TZ={tz[:20]}")
        if check19.read_rows(c.d / out) != ref:
            c.fail(f"TZ={tz[:20]}: rows differ from the reference")


def e02_stdout_utf16(c: Case) -> None:
    ref = _three_ref(c)
    c.annotate("in", "-o", "ref.csv", exit="zero", label="CSV reference")
    for enc in ("utf-16", "utf-32"):
        res = c.annotate("in", "-o", "-", env={"PYTHONIOENCODING": enc}, exit="zero", label=f"{enc} jsonl")
        path = c.d / f"std_{enc}.jsonl"
        shutil.copyfile(res["stdout_path"], path)
        try:
            got = check19.read_rows(path)
        except Exception as e:  # noqa: BLE001 - undecodable rows are the finding
            c.fail(f"{enc}: rows on standard output unreadable as UTF-8 JSON lines: {type(e).__name__}")
            got = None
        if got is not None and got != ref:
            c.fail(f"{enc}: rows on standard output differ from -o's")
        res = c.annotate("in", "-o", "-", "--format", "csv", env={"PYTHONIOENCODING": enc}, exit="zero", label=f"{enc} csv")
        if res["stdout_path"].read_bytes() != (c.d / "ref.csv").read_bytes():
            c.fail(f"{enc}: CSV on standard output differs from -o's")


def e03_small_main_stack(c: Case) -> None:
    def small_stack() -> None:
        resource.setrlimit(resource.RLIMIT_STACK, (256 << 10, 256 << 10))

    c.run(
        [sys.executable, "-c", ENTRY, "annotate", "in", "-o", "out.jsonl", "-q"],
        before_exec=small_stack,
        exit="zero",
        label="ulimit -s 256",
    )
    rows = c.rows("out.jsonl", 4)
    c.expect(rows, "a.txt", "good")
    for name in ("deep400.docx", "deep_array.pdf", "nested_lists.html"):
        c.expect(rows, name, "good", "read.")


def e04_empty_path(c: Case) -> None:
    c.annotate("in", "-o", "out.jsonl", env={"PATH": ""}, label="PATH=''")
    rows = c.rows("out.jsonl", 3)
    c.expect(rows, "a.txt", "good")
    c.expect(rows, "b.doc", "good", "read.~libreoffice|soffice")
    c.expect(rows, "c_scan.pdf", "good", "read.~tesseract|ocr")


def e05_std_streams_dev_full(c: Case) -> None:
    _three_ref(c)
    sh = shutil.which("sh")
    if sh is None:
        raise Skip("needs sh")
    entry = f"{sys.executable} -c '{ENTRY}' annotate in"
    res = c.run([sh, "-c", f"exec {entry} -o out.jsonl 2>/dev/full"], label="stderr /dev/full")
    if check19.read_rows(c.d / "out.jsonl") != check19.read_rows(c.d / "ref.jsonl"):
        c.fail("stderr /dev/full: out.jsonl is not the whole rows")
    if res["rc"] not in (0,):
        c.fail(f"stderr /dev/full: exit {res['rc']}: the messages are not the data")
    c.run([sh, "-c", f"exec {entry} -q -o - >/dev/full"], exit="nonzero", label="stdout /dev/full")
    last = c.results[-1]
    if last["rc"] != 0 and not any(w in last["stderr"].lower() for w in ("space", "full", "write")):
        c.fail(f"stdout /dev/full: the message does not say why: {last['stderr'].strip()[-160:]}")


CASES = {name: globals()[name] for name in build28.CASES}
LIMITS = {
    "t01_mixed_line_ends_scale": {"cpu_s": 300, "timeout_s": 900, "mem_mb": 1500},
    "t03_whitespace_scale": {"cpu_s": 300, "timeout_s": 900, "mem_mb": 1500},
    "t04_report_repeated": {"cpu_s": 300, "timeout_s": 900, "mem_mb": 1500},
    "p02_pdf_no_xref_many_objects": {"cpu_s": 300, "timeout_s": 900},
    "e04_empty_path": {"cpu_s": 300, "timeout_s": 900},
    "c01_two_force_runs": {"timeout_s": 900},
}


def main(argv: list[str]) -> int:
    return hostile_harness.main(
        argv, prefix="hostile28", build=build28, cases=CASES, limits=LIMITS, case=Case, skip=Skip
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
