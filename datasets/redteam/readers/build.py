"""Page forms the PDF reader was changed for, built by the developer who changed it.

NOT a red team: these files were built and the reader tuned on them in the same
session (2026-12-05, developer ``readers``), so their scores are no evidence of how
the reader does on forms it has not seen; they pin that the forms stay read. Built
with the first format red team's tools (../formats/build.py: Chromium, CJK fonts):

    apt-get install chromium fonts-noto-cjk fonts-wqy-zenhei
    python datasets/redteam/readers/build.py

- r01: a level grey watermark (an agency's name and a date, in 60 pt light grey
  letters, drawn level three times across every page over the tables): its glyphs, digits
  among them, fall into table cells.
- r02: table 三 turned a quarter (a landscape table in a portrait document) on a
  page that also holds upright text: its heading above and a paragraph below.
- r03: table 四 (15 columns) turned a quarter among upright prose: most of its
  page's text is upright, the table's is turned.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("formats_build", HERE.parent / "formats" / "build.py")
assert spec is not None and spec.loader is not None
fb = importlib.util.module_from_spec(spec)
sys.modules["formats_build"] = fb
spec.loader.exec_module(fb)


def main() -> None:
    made = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        tools = fb.Tools(tmp)
        # r01: a level watermark repeated on every page (position:fixed prints on each)
        r = fb.brief(fb.generated_report(2246, "2021"), 2)
        mark = "".join(
            f"<div style='position:fixed;top:{top}px;left:20px;font-size:60pt;color:#d0d0d0;"
            "z-index:9;white-space:nowrap'>开发区管委会 2024 03 15</div>"
            for top in (120, 420, 720)
        )
        src = tmp / "r01.html"
        src.write_text(fb.plain_page(r, mark + fb.body_html(r)), "utf-8")
        tools.chromium(src, pdf=tmp / "r01.pdf")
        made.append(
            ("r01_pdf_level_watermark.pdf", tmp / "r01.pdf", r.truth("pdf", __doc__.split("- r01: ")[1].split("- r02")[0].strip()))
        )
        # r02: table 三 turned a quarter, its heading above and prose below on its page
        r = fb.brief(fb.generated_report(2241, "2021"), 2)
        body = fb.body_html(r)
        t3 = fb.table_html(r, "t3")
        turned = (
            '<div style="page-break-before:always"><h3>（续）申请情况统计表（横排）</h3>'
            '<div style="height:770px;position:relative">'
            # moved by the transform alone: its layout box stays on the page (a box
            # placed lower would be cut at the page break before it is turned)
            '<div style="position:absolute;top:0;left:0;width:760px;transform-origin:top left;'
            f'transform:translate(0,760px) rotate(-90deg)">{t3}</div></div>'
            '<p style="text-indent:2em">上表为本机关本年度依申请公开情况，数据截至12月31日。</p></div>'
            '<div style="page-break-before:always"></div>'
        )
        src = tmp / "r02.html"
        src.write_text(fb.plain_page(r, body.replace(t3, turned)), "utf-8")
        tools.chromium(src, pdf=tmp / "r02.pdf")
        made.append(
            ("r02_pdf_turned_table_beside_text.pdf", tmp / "r02.pdf", r.truth("pdf", __doc__.split("- r02: ")[1].split("- r03")[0].strip()))
        )
        # r03: table 四 (15 columns) turned a quarter on a page of upright prose
        r = fb.brief(fb.generated_report(2254, "2021"), 2)
        body = fb.body_html(r)
        t4 = fb.table_html(r, "t4")
        turned = (
            '<div style="height:560px;position:relative">'
            '<div style="position:absolute;top:0;left:0;width:550px;transform-origin:top left;'
            f'transform:translate(0,550px) rotate(-90deg)">{t4}</div></div>'
            '<p style="text-indent:2em">上表为本机关本年度政府信息公开行政复议、行政诉讼情况'
            '（表格横排），本年度未发生因政府信息公开被纠错的案件。</p>'
        )
        src = tmp / "r03.html"
        src.write_text(fb.plain_page(r, body.replace(t4, turned)), "utf-8")
        tools.chromium(src, pdf=tmp / "r03.pdf")
        made.append(
            ("r03_pdf_turned_table_in_prose.pdf", tmp / "r03.pdf", r.truth("pdf", __doc__.split("- r03: ")[1].strip()))
        )
        for out_name, path, truth in made:
            shutil.copy(path, HERE / out_name)
            (HERE / f"{out_name.rsplit('.', 1)[0]}.truth.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8"
            )


if __name__ == "__main__":
    main()
