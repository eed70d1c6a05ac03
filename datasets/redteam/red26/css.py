"""red26's CSS probes (blind: written before the library ran on them).

formats26 landed (9e9e55d, 829c833): a style rule that may hide reaches only what its
selector can (tr.x and table.x the rows and tables of class x; a subject under a
table's class only the tables of that class). These pages hold a report's tables twice:
last year's (other numbers) hidden by a rule whose selector is not of those forms
(:not(), a sibling combinator, an attribute, a selector list, a media query), and this
year's shown. A cell read with the hidden table's number is WRONG; the shown number or
no cell is right.

    python datasets/redteam/red26/css.py     # writes css/, exit 1 on a WRONG
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE.parent))

from table_probes import tables  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "css"


SHOWN, SHOWN_V = tables(2023, 12, 7, 2)
HIDDEN, HIDDEN_V = tables(2022, 30, 21, 5)


def report(
    shown_attr: str, hidden_attr: str, style: str, *, hidden_first: bool = True, wrap: str = ""
) -> str:
    def block(t: dict[str, str], attr: str) -> str:
        out = ""
        for k, head in (
            ("t2", "二、主动公开政府信息情况"),
            ("t3", "三、收到和处理政府信息公开申请情况"),
            ("t4", "四、政府信息公开行政复议、行政诉讼情况"),
        ):
            out += f"<p>{head}</p>" + t[k].replace("<table", f"<table {attr}", 1)
        return out

    hidden = block(HIDDEN, hidden_attr)
    if wrap:
        hidden = f"<div {wrap}>{hidden}</div>"
    shown = block(SHOWN, shown_attr)
    body = (hidden + shown) if hidden_first else (shown + hidden)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{style}</style><title>年报</title></head><body>'
        "<h1>宣城市市场监督管理局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p>"
        f"{body}<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>"
    )


CASES = {
    "c01_not_current": report(
        'class="current"', 'class="old"', "table:not(.current){display:none}"
    ),
    "c02_adjacent_sibling": report(
        'class="new"', "", "p + table:not(.new){display:none}", hidden_first=False
    ),
    "c03_general_sibling": report(
        'class="new"', 'class="x"', "table.new ~ table.x{display:none}", hidden_first=False
    ),
    "c04_attribute": report('data-y="2023"', 'data-y="2022"', 'table[data-y="2022"]{display:none}'),
    "c05_selector_list": report(
        'class="cur"', 'class="old"', "table.old, table.older{display:none}"
    ),
    "c06_media": report('class="cur"', 'class="old"', "@media screen{table.old{display:none}}"),
    "c07_id": report('id="now"', 'id="was"', "#was{display:none}"),
    "c08_wrapper_child": report(
        'class="cur"', "", "div.old > table{display:none}", wrap='class="old"'
    ),
    "c09_important_override": report(
        'class="cur"', 'class="old"', "table{display:table} table.old{display:none!important}"
    ),
    "c10_hidden_last_not_current": report(
        'class="current"', 'class="old"', "table:not(.current){display:none}", hidden_first=False
    ),
}


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for name, html in CASES.items():
        path = OUT / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        got = govinfo_nlp.parse(path).to_dict()["tables"]
        bad = sorted(
            k
            for k, v in got.items()
            if k in HIDDEN_V and HIDDEN_V[k] != SHOWN_V.get(k) and v == HIDDEN_V[k]
        )
        other = sorted(
            k for k, v in got.items() if k in SHOWN_V and v != SHOWN_V[k] and k not in bad
        )
        right = sum(1 for k, v in got.items() if SHOWN_V.get(k) == v)
        wrong += bool(bad or other)
        print(
            "!!" if bad or other else "  ",
            name,
            f"{right} right, {len(bad)} hidden table's {bad[:4]}, {len(other)} other {other[:4]}, of {len(got)} cells",
        )
    print(f"WRONG pages: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
