"""red26's hidden-markup probes in table cells (blind: written before the library ran).

tabfast26 landed pre-render scans that look only for what the page can hold (913ca19:
a lower-case prefilter of the page's hiding words, _hidden_tags only where its words are
present). A cell here holds an old figure hidden by markup in upper or mixed case, with
spaces, entities or attribute forms a browser honours, then the shown figure: the shown
figure or no cell is right; the old one or both joined (73 for 7 hidden + 3) is WRONG.

    python datasets/redteam/red26/hiding.py     # exit 1 on a WRONG
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE.parent / "verdicts14"))

import build  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "hiding"
DOC = {
    "id": "h",
    "agency": "宣城市市场监督管理局",
    "year": 2023,
    "template": "2021",
    "layout": "html",
    "t2": {"normative.issued": 2},
    "t3": {
        "new": {"natural": 10, "commercial": 2},
        "results": {
            "granted": {"natural": 6, "commercial": 2},
            "unavailable.not_held": {"natural": 4},
        },
    },
    "t4": {"review": [1, 0, 0, 0]},
}
HIDERS = {
    "h01_upper_style": '<SPAN STYLE="DISPLAY:NONE">{old}</SPAN>',
    "h02_mixed_spaces": '<span Style="Display : None">{old}</span>',
    "h03_upper_hidden_attr": "<SPAN HIDDEN>{old}</SPAN>",
    "h04_upper_del": "<DEL>{old}</DEL>",
    "h05_upper_s": "<S>{old}</S>",
    "h06_visibility_upper": '<span style="VISIBILITY:HIDDEN">{old}</span>',
    "h07_font_size_zero_upper": '<span style="FONT-SIZE:0PX">{old}</span>',
    "h08_important": '<span style="display:none !important">{old}</span>',
    "h09_single_quotes": "<span style='display:none'>{old}</span>",
    "h10_unquoted": "<span style=display:none>{old}</span>",
    "h11_class_upper_rule": '<span class="OLD">{old}</span>',
    "h12_strike_upper": "<STRIKE>{old}</STRIKE>",
}
STYLE = {"h11_class_upper_rule": "<style>.OLD{DISPLAY:NONE}</style>"}
FIELD, SHOWN, OLD = "t3.new.natural", "10", "7"


def page(name: str) -> str:
    _, shown, _ = build.tables_for(DOC)
    t = build.render_tables(DOC, shown, random.Random(3))
    hider = HIDERS[name].format(old=OLD)
    t3 = t["t3"].replace(f"<span>{SHOWN}</span>", f"<span>{hider}{SHOWN}</span>", 1)
    assert t3 != t["t3"], "the cell was not found"
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{STYLE.get(name, "")}<title>年报</title></head><body>'
        "<h1>宣城市市场监督管理局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p>"
        f"<p>二、主动公开政府信息情况</p>{t['t2']}<p>三、收到和处理政府信息公开申请情况</p>{t3}"
        f"<p>四、政府信息公开行政复议、行政诉讼情况</p>{t['t4']}<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>"
    )


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wrong = 0
    for name in HIDERS:
        path = OUT / f"{name}.html"
        path.write_text(page(name), encoding="utf-8")
        got = govinfo_nlp.parse(path).to_dict()["tables"].get(FIELD)
        bad = got is not None and got != int(SHOWN)
        wrong += bad
        print("!!" if bad else "  ", name, f"{FIELD} = {got} (shown {SHOWN}, hidden {OLD})")
    print(f"WRONG: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
