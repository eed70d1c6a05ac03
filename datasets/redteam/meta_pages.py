"""Write a metadata red team's pages and truth (meta12, meta16, meta18 and later): each
set's ``build_pages.py`` keeps every page beside its truth in ``PAGES`` (page id,
extension, page text, truth; from meta24 a :class:`Pages` filled by its ``add``) and
calls :func:`write_pages` on its folder. meta24 and later draw whole saved pages with
:func:`html` and text scrapes with :func:`scrape`.

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
    here: Path, pages: Iterable[tuple[str, str, str | bytes, dict]], *, as_written: bool = False
) -> None:
    """``here/pages/<id>.<ext>`` for each page (text as UTF-8, bytes as they are: a PDF)
    and ``here/truth.jsonl``, in order."""
    out = here / "pages"
    out.mkdir(exist_ok=True)
    rows = []
    for pid, ext, page, truth in pages:
        name = f"{pid}.{ext}"
        if isinstance(page, bytes):
            (out / name).write_bytes(page)
        else:
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


def report_body(me: str = "我局", year: str = "2023", n: int = 120) -> list[str]:
    """:func:`sections` of a report of ``year`` (digits), its plans for the year after: the
    body meta27 and later pages share (imported there as ``b``)."""
    return sections(me, f"{year}年", n, f"{int(year) + 1}年")


def undated_body(me: str = "我局", n: int = 120) -> list[str]:
    """:func:`sections` of a report naming no year at all (本年度 / 下一年度): the body
    meta29 and meta30 pages share (imported there as ``undated``)."""
    return sections(me, "本年度", n, "下一年度")


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


def html(
    heading: str,
    body: list[str],
    *,
    title: str = "",
    banner: str = "",
    crumb: str = "",
    info: str = "",
    sidebar: list[str] = (),  # type: ignore[assignment]
    related: list[str] = (),  # type: ignore[assignment]
    footer: str = "",
    h1: str | None = None,
    head_extra: str = "",
    lang: str | None = "zh-CN",
) -> str:
    """A whole saved page: <title>, a banner, a crumb, the article (heading, an info
    line, paragraphs), a sidebar list, a related-articles list below the body, a footer.
    `h1` replaces the heading's markup (an image, spans); `head_extra` goes in <head>;
    `lang` None writes <html> with no lang (meta24's pages)."""
    side = "".join(f'<li><a href="#">{s}</a></li>' for s in sidebar)
    rel = "".join(f'<li><a href="#">{s}</a></li>' for s in related)
    head = h1 if h1 is not None else heading
    root = "<html>" if lang is None else f'<html lang="{lang}">'
    return (
        f'<!DOCTYPE html>\n{root}<head><meta charset="utf-8">'
        f"<title>{title or heading}</title>{head_extra}</head>\n<body>\n"
        + (f'<div class="banner">{banner}</div>\n' if banner else "")
        + '<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> '
        '<a href="#">政务服务</a> <a href="#">互动交流</a></div>\n'
        + (f'<div class="crumb">{crumb}</div>\n' if crumb else "")
        + (f'<div class="side"><h3>相关年报</h3><ul>{side}</ul></div>\n' if side else "")
        + f'<div class="article"><h1>{head}</h1>\n'
        + (f'<div class="info">{info}</div>\n' if info else "")
        + f'<div class="content">\n{paras(*body)}\n</div></div>\n'
        + (f'<div class="related"><h3>相关文章</h3><ul>{rel}</ul></div>\n' if rel else "")
        + (f'<div class="footer">{footer}</div>\n' if footer else "")
        + "</body></html>\n"
    )


def scrape(*blocks: str, must: tuple[str, ...] = ()) -> str:
    """A text scrape cut at 2,000 bytes; every cue in `must` is inside the cut."""
    page = clip(text(*blocks))
    for cue in must:
        assert cue in page, cue
    return page


class Pages(list[tuple[str, str, str | bytes, dict]]):
    """A set's pages in order, as :func:`write_pages` takes them."""

    def add(self, pid: str, ext: str, page: str | bytes, **truth: object) -> None:
        """The page ``pid.ext`` and its truth (``accept`` empty unless given)."""
        truth.setdefault("accept", [])
        self.append((pid, ext, page, truth))
