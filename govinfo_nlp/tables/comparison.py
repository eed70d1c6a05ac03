"""Year-comparison tables in text (this year's figures beside last year's): not the
template's, and never read as its rows.

A report may set a small table of its main figures against last year's (项目 | 2023年 |
2022年 / 新收申请 | 12 | 7 / 行政复议 | 0 | 1) before the template's tables. Read with
them, its 行政复议 row opened table 四 (two numbers for fifteen columns: all unread, the
real table 四 after it never read) and its 办结申请 row took table 三's results total
(verdicts20 v20_08 with its 附表 moved before table 三, v20_29's text layer). HTML tables
of years are dropped whole by their header (:func:`.extract._template_candidates`); this
is the same for text whose rows are lines: the header line naming two or more distinct
years in its cells and the lines of numbers under it are blanked (spaces, offsets kept)
before the tables are read.
"""

from __future__ import annotations

import re

__all__ = ["blank_comparisons"]

# A header cell naming a year (2025年, 2024年度): no template table has one.
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
# The other header cells such a table may have: the change between the years.
_CHANGE = re.compile(r"(?:比上年)?(?:增减|增幅|变化|同比)(?:情况|幅度|数|量|[(（]?%[)）]?)?")
# A cell of a comparison row: a count, a change, a share, or a blank mark.
_FIGURE = re.compile(r"[+\-−＋－]?\d+(?:\.\d+)?%?|[/／\-—–]|无")
# Cells of a line: pipes or tabs, else runs of spaces (a PDF's text layer).
_PIPES = re.compile(r"\s*[|\t｜]\s*")
_SPACES = re.compile(r"\s+")
# A header line is short: a line of prose naming two years is no header.
_MAX_HEADER = 60


def _cells(line: str) -> list[str]:
    stripped = line.strip().strip("|｜").strip()
    if not stripped:
        return []
    piped = "|" in stripped or "\t" in stripped or "｜" in stripped
    parts = _PIPES.split(stripped) if piped else _SPACES.split(stripped)
    cells = [p.strip() for p in parts]
    while cells and not cells[-1]:  # a row's trailing empty cells (项目 | 2023年 | |)
        cells.pop()
    return cells


def _header_width(line: str) -> int:
    """How many figure cells a row under ``line`` has when it heads a comparison of
    years (a label cell, then two or more distinct years, maybe a change); 0 otherwise."""
    if len(line) > _MAX_HEADER or "年" not in line:
        return 0
    cells = _cells(line)
    if len(cells) < 3 or _YEAR.fullmatch(cells[0].replace(" ", "")):
        return 0
    rest = ["".join(c.split()) for c in cells[1:]]
    years = [c for c in rest if _YEAR.fullmatch(c)]
    others = [c for c in rest if not _YEAR.fullmatch(c)]
    if len(set(years)) < 2 or len(years) != len(set(years)):
        return 0
    if len(others) > 2 or not all(_CHANGE.fullmatch(c) for c in others):
        return 0
    return len(rest)


def _is_row(line: str, width: int) -> bool:
    """A row of the comparison: a label, then ``width`` figures."""
    cells = _cells(line)
    if len(cells) != width + 1 or _FIGURE.fullmatch(cells[0]):
        return False
    return all(_FIGURE.fullmatch("".join(c.split())) for c in cells[1:])


def blank_comparisons(text: str) -> str:
    """``text`` with each year-comparison table (its header line and its rows) blanked,
    character for character (newlines kept): unchanged when it has none."""
    lines: list[str] = []  # (split only once a header is found)
    blank: list[int] = []
    k = 0
    for head, start, end in _header_lines(text):
        if head < k:
            continue  # (a row of the table above)
        k = head
        width = _header_width(text[start:end])
        if not width:
            continue
        lines = lines or text.split("\n")
        rows = k + 1
        while rows < len(lines) and _is_row(lines[rows], width):
            rows += 1
        if rows > k + 1:
            blank.extend(range(k, rows))
        k = rows
    if not blank:
        return text
    for k in blank:
        lines[k] = " " * len(lines[k])
    return "\n".join(lines)


def _header_lines(text: str) -> list[tuple[int, int, int]]:
    """(line number, start, end) of each line that may head a comparison
    (:func:`_header_width`): at most _MAX_HEADER characters holding two 年 or more (two
    distinct year cells hold one each). Found from the text's 年 by str.find, in C: its
    other lines are not split nor looked at (each was a call of _header_width)."""
    found: list[tuple[int, int, int]] = []
    line_no = 0
    counted = 0  # (the offset up to which line_no counts the line breaks)
    at = text.find("年")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - start <= _MAX_HEADER and text.find("年", at + 1, end) >= 0:
            line_no += text.count("\n", counted, start)
            counted = start
            found.append((line_no, start, end))
        at = text.find("年", end)
    return found
