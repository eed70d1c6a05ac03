"""Write a metadata red team's pages and truth (meta12, meta16, meta18): each set's
``build_pages.py`` keeps every page beside its truth in ``PAGES`` (page id,
extension, page text, truth) and calls :func:`write_pages` on its folder.

The truth file is meta16's format (what ``meta_score.py`` reads): ``file``,
``agency``, ``accept``, ``agency_as_written`` (with ``as_written``: the truth's
``as_written``; meta12 was written before the key), ``region``, ``level``,
``kind``, ``year`` and a ``note`` where the truth has one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def paras(*lines: str) -> str:
    """An article's paragraphs as a saved page holds them."""
    return "\n".join(f"<p>{line}</p>" for line in lines)


def text(*blocks: str) -> str:
    """A page saved as text: its blocks on their own lines."""
    return "\n".join(blocks) + "\n"


def write_pages(
    here: Path, pages: Iterable[tuple[str, str, str, dict]], *, as_written: bool = False
) -> None:
    """``here/pages/<id>.<ext>`` for each page and ``here/truth.jsonl``, in order."""
    out = here / "pages"
    out.mkdir(exist_ok=True)
    rows = []
    for pid, ext, page, truth in pages:
        name = f"{pid}.{ext}"
        (out / name).write_text(page, encoding="utf-8")
        row = {"file": name, "agency": truth["agency"], "accept": truth.get("accept", [])}
        if as_written:
            row["agency_as_written"] = truth.get("as_written")
        row.update(
            region=truth.get("region", {}),
            level=truth.get("level"),
            kind=truth.get("kind"),
            year=truth["year"],
        )
        if "note" in truth:
            row["note"] = truth["note"]
        rows.append(row)
    with open(here / "truth.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


def sections(me: str, year: str, n: int, plan_year: str) -> list[str]:
    """The body every page shares in shape: six headings, a few counts.
    `me` is how the body calls the agency (我局, 本机关, 我镇...); `year` how it
    names the report year (2022年, 本年度...)."""
    return [
        "一、总体情况",
        f"{year}，{me}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国"
        "政府信息公开条例》，围绕中心工作深化政务公开，政府信息公开工作取得新的进展。",
        "二、主动公开政府信息情况",
        f"全年主动公开政府信息{n}条，其中规范性文件{n // 12}件，政策解读{n // 25 + 1}篇。",
        "三、收到和处理政府信息公开申请情况",
        f"全年收到政府信息公开申请{n // 50 + 1}件，均已按期答复。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "全年未发生政府信息公开行政复议、行政诉讼案件。",
        "五、存在的主要问题及改进情况",
        f"信息公开的精准度还有差距。{plan_year}，{me}将进一步加强政策解读和发布审核。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]


def preamble(name: str, y: str, contact: str = "", period: bool = True) -> str:
    """The usual opening paragraph: the agency as the report names itself, the
    statistics period (`y` a year in digits) and, when given, a contact line."""
    out = (
        f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{name}{y}年"
        "政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开"
        "申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项"
        "六部分组成。"
    )
    if period:
        out += f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
    if contact:
        out += f"如对本报告有疑问，请与{contact}联系。"
    return out


def clip(page: str, limit: int = 2000) -> str:
    """A scraper's excerpt: the first `limit` bytes, cut at a character."""
    raw = page.encode("utf-8")[:limit]
    return raw.decode("utf-8", errors="ignore")


def gbk_as_latin1(s: str) -> str:
    """Chrome of a GBK page decoded as Latin-1 (mojibake: Ö÷°ì…)."""
    return s.encode("gbk").decode("latin-1")
