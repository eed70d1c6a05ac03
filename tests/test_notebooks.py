"""The notebooks run top to bottom in a fresh kernel and show what they promise.

Each notebook is executed with nbclient (kernel ``python3``, working directory
``notebooks/``, as a user opening it would have); the executed copy stays in
memory, the files in git keep no outputs. Key cells are found by their tag
(cell metadata ``tags``), so the assertions survive edits to the prose.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed")
pytest.importorskip("ipykernel", reason="ipykernel (the python3 kernel) is not installed")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
TIMEOUT = 600  # per cell; the whole notebook normally takes well under a minute


SEED_DIRS = 'SEED_DIRS = [Path("../../shared/seeds"), Path("../shared/seeds")]'


def execute(name: str, *, without_shared: bool = False) -> Any:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    if without_shared:  # as on a machine without ../shared: the generated-report path
        for cell in nb.cells:
            cell.source = cell.source.replace(SEED_DIRS, "SEED_DIRS = []")
    client = nbclient.NotebookClient(
        nb,
        timeout=TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    return nb


def tagged(nb: Any, tag: str) -> Any:
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}, found {len(cells)}"
    return cells[0]


def stdout(cell: Any) -> str:
    return "".join(
        o.get("text", "")
        for o in cell.outputs
        if o.output_type == "stream" and o.get("name") == "stdout"
    )


def data(cell: Any, mime: str) -> list[Any]:
    return [
        o["data"][mime]
        for o in cell.outputs
        if o.output_type in ("execute_result", "display_data") and mime in o.get("data", {})
    ]


def assert_no_errors(nb: Any) -> None:
    for cell in nb.cells:
        if cell.cell_type == "code":
            errors = [o for o in cell.outputs if o.output_type == "error"]
            assert not errors, (cell.source[:80], errors)


@pytest.fixture(scope="module")
def quickstart() -> Any:
    return execute("01_quickstart.ipynb")


@pytest.fixture(scope="module")
def study() -> Any:
    return execute("02_corpus_study.ipynb")


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_corpus_study.ipynb"])
def test_committed_notebooks_are_stripped(name: str) -> None:
    nb = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    nbformat.validate(nbformat.from_dict(nb))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    first = next(c for c in nb["cells"] if c["cell_type"] == "code")
    assert "sys.path.insert(0, str(pathlib.Path.cwd().parent))" in "".join(first["source"])


def test_quickstart_runs_and_shows_each_part(quickstart: Any) -> None:
    assert_no_errors(quickstart)
    assert "source:" in stdout(tagged(quickstart, "parse"))
    assert data(tagged(quickstart, "parse"), "text/html")  # the metadata frame
    for tag in ("sections", "tables", "checks", "facts", "reconciliation"):
        html = data(tagged(quickstart, tag), "text/html")
        assert html and "<table" in html[0], tag
    assert "checks evaluated" in stdout(tagged(quickstart, "checks"))
    assert "warnings:" in stdout(tagged(quickstart, "problems"))


def test_quickstart_facts_frame_lists_facts(quickstart: Any) -> None:
    (html,) = data(tagged(quickstart, "facts"), "text/html")
    # A parsed report has facts; their types show up in the frame.
    assert "requests." in html or "proactive." in html


def test_quickstart_writes_the_html_view(quickstart: Any) -> None:
    out = stdout(tagged(quickstart, "view")).split()
    page = Path(out[0])
    assert page.suffix == ".html" and page.exists()
    assert 'class="badge' in page.read_text(encoding="utf-8")


def test_study_runs_and_plots(study: Any) -> None:
    assert_no_errors(study)
    assert "reports" in stdout(tagged(study, "corpus"))
    for tag in ("applicants", "outcomes", "inconsistent", "carry_plot"):
        images = data(tagged(study, tag), "image/png")
        assert len(images) == 1, tag
        png = base64.b64decode(images[0])
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000, tag


def test_study_reports_the_numbers(study: Any) -> None:
    assert "inconsistent claims:" in stdout(tagged(study, "inconsistent"))
    assert "natural" in stdout(tagged(study, "applicants"))
    assert "granted" in stdout(tagged(study, "outcomes"))
    carry = data(tagged(study, "carry_table"), "text/plain")
    assert carry and "carried_in" in carry[0]
    assert "carry checks" in stdout(tagged(study, "crosscheck"))
    assert data(tagged(study, "crosscheck"), "text/html")


def test_study_builds_the_panel_and_the_summary(study: Any) -> None:
    assert "agency-years of 12 agencies (12 in truth)" in stdout(tagged(study, "panel"))
    assert data(tagged(study, "panel"), "text/html")  # identity and join evidence
    assert "Int64" in stdout(tagged(study, "panel_breaks"))
    assert "t3.carry.total" in data(tagged(study, "panel_breaks"), "text/html")[0]
    (image,) = data(tagged(study, "panel_plot"), "image/png")
    assert len(base64.b64decode(image)) > 5_000
    assert "inline SVG charts" in stdout(tagged(study, "summary"))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_corpus_study.ipynb"])
def test_notebooks_run_without_shared_material(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert any(SEED_DIRS in c.source for c in nb.cells), "the seed lookup line changed"
    nb = execute(name, without_shared=True)
    assert_no_errors(nb)
    text = "".join(stdout(c) for c in nb.cells if c.cell_type == "code")
    assert "generated" in text
