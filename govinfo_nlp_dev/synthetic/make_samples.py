"""Write the bundled sample reports to ``datasets/samples/``.

Each sample is the report file (``.txt`` or ``.html``) plus ``<name>.truth.json`` with
everything the generator knows about it (tables, facts with offsets, expected verdicts
and warnings). ``MANIFEST.tsv`` lists them. Rebuild with::

    python -m govinfo_nlp_dev.synthetic.make_samples [--out datasets/samples]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from govinfo_nlp_dev.synthetic.generator import generate_report

OUT = Path(__file__).resolve().parents[2] / "datasets" / "samples"


@dataclass(frozen=True)
class Sample:
    name: str
    seed: int
    template: str | None
    layout: str
    faults: tuple[str, ...] = ()
    chrome: bool = False
    script: str = "simplified"
    year: int | None = None
    note: str = ""


SAMPLES: tuple[Sample, ...] = (
    Sample("s01_pipe_2021", 101, "2021", "pipe", note="clean report, pipe-joined table rows"),
    Sample(
        "s02_pipe_2019", 102, "2019", "pipe", note="2019 template: t2 with 本年增/减, 采购总金额"
    ),
    Sample(
        "s03_cell_per_line_2019",
        103,
        "2019",
        "cell_per_line",
        note="one cell per line, header words split over lines",
    ),
    Sample(
        "s04_cell_per_line_2021",
        104,
        "2021",
        "cell_per_line",
        faults=("blank_cells",),
        note="one cell per line; some cells blank, /, - or 无",
    ),
    Sample(
        "s05_html_2021_chrome",
        105,
        "2021",
        "html",
        chrome=True,
        note="full HTML page with rowspan/colspan tables and page chrome",
    ),
    Sample("s06_html_2019", 106, "2019", "html", note="HTML page, 2019 template"),
    Sample("s07_markdown_2021", 107, "2021", "markdown", note="markdown tables, spans expanded"),
    Sample("s08_tsv_2019", 108, "2019", "tsv", note="tab-separated table rows"),
    Sample(
        "s09_pdf_text_2021",
        109,
        "2021",
        "pdf_text",
        note="PDF text: label then numbers, long rows wrapped",
    ),
    Sample(
        "s10_traditional_2019",
        110,
        "2019",
        "pipe",
        script="traditional",
        note="Traditional script (OpenCC s2t)",
    ),
    Sample(
        "s11_wrong_total_2021",
        111,
        "2021",
        "pipe",
        faults=("wrong_total", "dropped_cell"),
        note="a total that breaks its check and a row missing one cell",
    ),
    Sample(
        "s12_tables_lost_spam",
        112,
        "2021",
        "pipe",
        faults=("missing_tables", "spam_agency"),
        note="bare table headings and a gambling brand in place of the agency name",
    ),
    Sample(
        "s13_no_tables_2020",
        113,
        None,
        "pipe",
        year=2020,
        note="free-form report without tables; counts only in the prose",
    ),
)


def write_samples(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    manifest = ["file\tseed\ttemplate\tlayout\tscript\tfaults\tnote"]
    for s in SAMPLES:
        report = generate_report(
            s.seed,
            template=s.template,
            year=s.year,
            layout=s.layout,
            script=s.script,
            faults=s.faults,
            chrome=s.chrome,
        )
        path = out / f"{s.name}.{'html' if report.format == 'html' else 'txt'}"
        path.write_text(report.text, encoding="utf-8", newline="")
        truth = report.to_dict()
        truth["file"] = path.name
        (out / f"{s.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        manifest.append(
            "\t".join(
                (
                    path.name,
                    str(s.seed),
                    str(report.template),
                    s.layout,
                    report.script,
                    ",".join(report.faults),
                    s.note,
                )
            )
        )
        written.append(path)
    (out / "MANIFEST.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder")
    args = parser.parse_args(argv)
    write_samples(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
