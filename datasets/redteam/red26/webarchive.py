"""red26's .webarchive probes (blind: written before the library ran on them).

Safari's web archive reader landed in 76d15f0. Each archive here wraps one HTML report
(the verdicts14 generator's tables in HTML); the truth is that page read as .html: an
archive must give the same table cells, year and agency, or be left unread (an error,
no cells), never other values. Odd property lists: a wrong or unknown encoding name,
GBK bytes named GBK/gb2312, UTF-16, a main resource of text/plain, data as a string, a
frame holding another year's report in the sidebar, a frame named by a relative URL.

    python datasets/redteam/red26/webarchive.py     # writes webarchive/, exit 1 on a WRONG
"""

from __future__ import annotations

import plistlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE.parent / "verdicts14"))

import build  # noqa: E402

import govinfo_nlp  # noqa: E402

OUT = HERE / "webarchive"


def report_html(year: int, penalty: int, new: int) -> str:
    doc = {
        "id": "w",
        "agency": "宣城市市场监督管理局",
        "year": year,
        "template": "2021",
        "layout": "html",
        "t2": {"normative.issued": 2, "penalty.decisions": penalty},
        "t3": {
            "new": {"natural": new - 2, "commercial": 2},
            "results": {"granted": {"natural": new - 2, "commercial": 2}},
        },
        "t4": {"review": [1, 0, 0, 0]},
    }
    _, shown, _ = build.tables_for(doc)
    t = build.render_tables(doc, shown, random.Random(year))
    return (
        f"<h1>宣城市市场监督管理局{year}年政府信息公开工作年度报告</h1>"
        f"<p>一、总体情况</p><p>{year}年，我局认真落实《条例》。</p>"
        f"<p>二、主动公开政府信息情况</p>{t['t2']}<p>三、收到和处理政府信息公开申请情况</p>{t['t3']}"
        f"<p>四、政府信息公开行政复议、行政诉讼情况</p>{t['t4']}<p>五、存在的主要问题及改进情况</p><p>无。</p>"
    )


def page(body: str, charset: str = "utf-8", extra_head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{extra_head}'
        f"<title>年报</title></head><body>{body}</body></html>"
    )


def archive(
    data: bytes,
    *,
    enc: object = "UTF-8",
    mime: str = "text/html",
    url: str = "https://www.xuancheng.gov.cn/a.html",
    frames: list[dict] | None = None,
    raw_data: object = None,
) -> bytes:
    main = {
        "WebResourceData": data if raw_data is None else raw_data,
        "WebResourceMIMEType": mime,
        "WebResourceURL": url,
        "WebResourceFrameName": "",
    }
    if enc is not None:
        main["WebResourceTextEncodingName"] = enc
    top: dict = {"WebMainResource": main}
    if frames:
        top["WebSubframeArchives"] = frames
    return plistlib.dumps(top, fmt=plistlib.FMT_BINARY)


def frame(url: str, html: str, enc: str = "UTF-8") -> dict:
    return {
        "WebMainResource": {
            "WebResourceData": html.encode("utf-8"),
            "WebResourceMIMEType": "text/html",
            "WebResourceURL": url,
            "WebResourceTextEncodingName": enc,
            "WebResourceFrameName": "f",
        }
    }


R23 = report_html(2023, 218, 12)
R22 = report_html(2022, 150, 30)
TRUTH_HTML = page(R23)


def cases() -> dict[str, bytes]:
    gbk_page = page(R23, charset="gbk").encode("gbk")
    return {
        "w01_plain": archive(TRUTH_HTML.encode("utf-8")),
        "w02_gbk_named_gbk": archive(gbk_page, enc="GBK"),
        "w03_gbk_named_gb2312": archive(gbk_page, enc="gb2312"),
        "w04_utf8_named_gbk": archive(page(R23, charset="utf-8").encode("utf-8"), enc="GBK"),
        "w05_unknown_encoding": archive(TRUTH_HTML.encode("utf-8"), enc="x-mac-nonsense"),
        "w06_encoding_not_string": archive(TRUTH_HTML.encode("utf-8"), enc=12),
        "w07_no_encoding": archive(TRUTH_HTML.encode("utf-8"), enc=None),
        "w08_utf16": archive(page(R23).encode("utf-16"), enc="UTF-16"),
        "w09_text_plain": archive(TRUTH_HTML.encode("utf-8"), mime="text/plain"),
        "w10_data_as_string": archive(b"", raw_data=TRUTH_HTML),
        "w11_sidebar_frame_other_year": archive(
            page(
                R23
                + '<div class="side"><iframe src="https://www.xuancheng.gov.cn/old.html"></iframe></div>'
            ).encode("utf-8"),
            frames=[frame("https://www.xuancheng.gov.cn/old.html", page(R22))],
        ),
        "w12_frame_relative_url": archive(
            page('<iframe src="body.html"></iframe>').encode("utf-8"),
            frames=[frame("https://www.xuancheng.gov.cn/body.html", page(R23))],
        ),
        "w13_frame_is_page_itself": archive(
            page(R23 + '<iframe src="https://www.xuancheng.gov.cn/a.html"></iframe>').encode(
                "utf-8"
            ),
            frames=[
                frame(
                    "https://www.xuancheng.gov.cn/a.html",
                    page(R23 + '<iframe src="https://www.xuancheng.gov.cn/a.html"></iframe>'),
                )
            ],
        ),
    }


#: Where the truth differs from the plain page's reading: w11 holds last year's report
#: in a frame (its cells are another report's: the 2023 cells or unread, never 2022's);
#: w12 shows the report only inside its frame (read as the page, or unread).
def main() -> int:
    OUT.mkdir(exist_ok=True)
    (OUT / "truth.html").write_text(TRUTH_HTML, encoding="utf-8")
    truth = govinfo_nlp.parse(OUT / "truth.html").to_dict()
    want = truth["tables"]
    wrong = 0
    print(
        f"truth.html: {len(want)} cells, year {truth['metadata']['year']}, agency {truth['metadata']['agency']}"
    )
    for name, data in cases().items():
        path = OUT / f"{name}.webarchive"
        path.write_bytes(data)
        try:
            row = govinfo_nlp.parse(path).to_dict()
        except Exception as exc:
            wrong += 1
            print("!!", name, f"raised {type(exc).__name__}: {exc}")
            continue
        got = row["tables"]
        diff = sorted(k for k in got if k in want and got[k] != want[k])
        extra = sorted(k for k in got if k not in want)
        md = row["metadata"]
        bad_md = [
            k for k in ("year", "agency") if md[k] is not None and md[k] != truth["metadata"][k]
        ]
        bad = bool(diff or extra or bad_md)
        wrong += bad
        status = (
            f"{len(got)}/{len(want)} cells"
            + (f" DIFF {diff[:5]}" if diff else "")
            + (f" EXTRA {extra[:5]}" if extra else "")
        )
        status += f" year {md['year']} agency {md['agency']}" + (
            f" WRONG {bad_md}" if bad_md else ""
        )
        status += f" errors {[e[:60] for e in row['errors']]}" if row["errors"] else ""
        print("!!" if bad else "  ", name, status)
    print(f"WRONG: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
