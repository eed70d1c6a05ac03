"""red29's second round of table probes (blind: committed before any run of the library on
them), aimed at tables29's 9e48962 (an HTML table whose rows are each the start of its
neighbour's rows, in order, with fewer cells, is a DataTables FixedColumns clone and is
dropped). A real table that a wider neighbour repeats with more columns on the right (a
comparison table: this year's columns, then last year's) is no clone: dropping this year's
table and reading the wide one must never give a stale or shifted cell. Scored as tables.py.

    python datasets/redteam/red29/tables_r2.py   # writes tables_r2/, exit 1 on a WRONG
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tables  # noqa: E402
from table_probes import HEADS  # noqa: E402
from tables import CUR, FIVE, page  # noqa: E402

OLD_OF = {"行政规范性文件": "29", "行政处罚": "87"}


def wider(table: str, extra: dict[str, str], header: str, default: str = "0") -> str:
    """``table`` with one more cell at the right of every row: ``header`` on a row of
    column heads (信息内容/申请人情况), the row's ``extra`` value by its first cell's text,
    else ``default``."""

    def row(m: re.Match[str]) -> str:
        body = m.group(1)
        first = re.search(r"<span>([^<]*)</span>", body)
        label = first.group(1) if first else ""
        if "信息内容" in body or "申请人情况" in body or "自然人" in body:
            cell = header
        else:
            cell = extra.get(label, default)
        return f'<tr>{body}<td><p style="text-align:center"><span>{cell}</span></p></td></tr>'

    return re.sub(r"<tr>(.*?)</tr>", row, table, flags=re.S)


WIDE2 = wider(CUR["t2"], OLD_OF, "上年数")
WIDE3 = wider(CUR["t3"], {}, "上年总计", "5")
H2, H3, H4 = (h for _, h in HEADS)

CASES: dict[str, str] = {}
# this year's table 二, then a comparison table: its cells and last year's column
CASES["w01_t2_then_wider_comparison"] = page(
    f"<p>{H2}</p>" + CUR["t2"] + "<p>附：与上年对比情况</p>" + WIDE2
    + f"<p>{H3}</p>" + CUR["t3"] + f"<p>{H4}</p>" + CUR["t4"] + FIVE
)
# the comparison table first, this year's table 二 after it
CASES["w02_wider_comparison_then_t2"] = page(
    f"<p>{H2}</p>" + WIDE2 + CUR["t2"]
    + f"<p>{H3}</p>" + CUR["t3"] + f"<p>{H4}</p>" + CUR["t4"] + FIVE
)
# table 三 with a 上年总计 column right of it in a second table
CASES["w03_t3_then_wider_t3"] = page(
    f"<p>{H2}</p>" + CUR["t2"] + f"<p>{H3}</p>" + CUR["t3"] + "<p>附：与上年对比情况</p>" + WIDE3
    + f"<p>{H4}</p>" + CUR["t4"] + FIVE
)
# the wide table 二 alone (no narrower copy): control of how a fourth column is read
CASES["w04_wider_t2_alone"] = page(
    f"<p>{H2}</p>" + WIDE2 + f"<p>{H3}</p>" + CUR["t3"] + f"<p>{H4}</p>" + CUR["t4"] + FIVE
)

if __name__ == "__main__":
    tables.CASES = CASES
    tables.OUT = HERE / "tables_r2"
    sys.exit(tables.main())
