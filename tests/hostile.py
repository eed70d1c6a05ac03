"""Builders of hostile inputs (the red-team cases of issue 11), shared by the
fault-injection tests and benchmarks/bench_hostile.py.

``build(name, size)`` returns bytes; ``size`` (bytes, about) matters for the
sized cases and defaults to each case's red-team size.
"""

from __future__ import annotations

from collections.abc import Callable

_PROSE = "本机关全年共收到政府信息公开申请65件，办结63件，结转下年度2件。\n"
_PAGE_HEAD = "<html><body><h1>政府信息公开工作年度报告</h1><p>一、总体情况</p>"


def _span_bomb(size: int) -> bytes:
    # 423 bytes in the red-team run: a few cells spanning 1000 x 1000
    cells = "".join('<td rowspan="1000" colspan="1000">1</td>' for _ in range(max(4, size // 44)))
    return f"<html><body><p>一、总体情况</p><table><tr>{cells}</tr><tr><td>2</td></tr></table>".encode()


def _span_rows(size: int) -> bytes:
    row = '<tr><td rowspan="1000" colspan="1000">1</td><td colspan="1000">2</td></tr>'
    return (_PAGE_HEAD + "<table>" + row * max(1, size // len(row)) + "</table>").encode()


def _unclosed_tags(size: int) -> bytes:
    return (_PAGE_HEAD + f"<p>{_PROSE}</p>" + "<a" * (size // 2)).encode()


def _unclosed_comment(size: int) -> bytes:
    body = f"<p>{_PROSE}</p>" * max(1, size // 120)
    return (_PAGE_HEAD + "<!-- 注释没有结束 " + body + "</body></html>").encode()


def _unclosed_comments(size: int) -> bytes:
    return (_PAGE_HEAD + "<!--x>" * (size // 6) + f"<p>{_PROSE}</p>").encode()


def _marked_sections(size: int) -> bytes:
    return (_PAGE_HEAD + "<![x>" * (size // 5) + f"<p>{_PROSE}</p>").encode()


def _bad_charrefs(size: int) -> bytes:
    return (_PAGE_HEAD + "<p>&#;&#x;</p>" * (size // 14) + f"<p>{_PROSE}</p>").encode()


def _nested_tables(size: int) -> bytes:
    return (_PAGE_HEAD + "<table><tr><td>1" * (size // 16) + f"<p>{_PROSE}</p>").encode()


def _many_tables(size: int) -> bytes:
    table = "<table><tr><td>行政复议</td><td>1</td></tr></table>"
    return (_PAGE_HEAD + table * (size // len(table.encode())) + f"<p>{_PROSE}</p>").encode()


def _comma_line(size: int) -> bytes:
    return ("一、总体情况\n" + "办结申请12件，" * (size // 22) + "\n").encode()


def _digit_commas(size: int) -> bytes:
    return ("一、总体情况\n本机关办结申请" + "1," * (size // 2) + "2件。\n").encode()


def _big_text(size: int) -> bytes:
    """The seed reports (../shared/seeds) one after another, ``size`` bytes in all."""
    from conftest import SEEDS

    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    data = (seeds * (size // len(seeds.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", "ignore").encode()


def _big_html(size: int) -> bytes:
    para = f"<p>{_PROSE}</p>"
    return (_PAGE_HEAD + para * max(1, size // len(para.encode())) + "</body></html>").encode()


#: name -> (builder, default size in bytes)
CASES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "span_bomb": (_span_bomb, 423),
    "span_bomb_5k": (_span_bomb, 5_500),
    "span_rows": (_span_rows, 5_500),
    "html_unclosed_tags": (_unclosed_tags, 200_000),
    "html_unclosed_comment": (_unclosed_comment, 50_000),
    "html_unclosed_comments": (_unclosed_comments, 200_000),
    "html_marked_sections": (_marked_sections, 200_000),
    "html_bad_charrefs": (_bad_charrefs, 200_000),
    "html_nested_tables": (_nested_tables, 200_000),
    "html_many_tables": (_many_tables, 200_000),
    "comma_line": (_comma_line, 200_000),
    "digit_commas": (_digit_commas, 200_000),
    "big_text": (_big_text, 20_000_000),
    "big_html": (_big_html, 20_000_000),
}


def build(name: str, size: int = 0) -> bytes:
    builder, default = CASES[name]
    return builder(size or default)


def _one_items(size: int) -> bytes:
    return ("一、总体情况\n本机关“三个一”：" + "一件，" * (size // 9) + "\n").encode()


def _spaced_numbers(size: int) -> bytes:
    return ("一、总体情况\n本机关办结申请" + "12件 " * (size // 8) + "\n").encode()


CASES.update({"one_items": (_one_items, 200_000), "spaced_numbers": (_spaced_numbers, 200_000)})


def _digit_line(size: int) -> bytes:
    # one line of digits (a corrupted export), then prose that must still be read
    return ("一、总体情况\n" + "1234567890" * (size // 10) + "\n" + _PROSE).encode()


def _tiny_lines(size: int) -> bytes:
    # 100,000 lines of a few characters at the default size (a column exported a line a cell)
    return ("一、总体情况\n" + "1\n" * (size // 2) + _PROSE).encode()


def _nested_divs(size: int) -> bytes:
    # markup nested 100,000 deep (closed), the prose at the bottom
    depth = size // 11
    return (_PAGE_HEAD + "<div>" * depth + f"<p>{_PROSE}</p>" + "</div>" * depth).encode()


CASES.update(
    {
        "digit_line": (_digit_line, 20_000_000),
        "tiny_lines": (_tiny_lines, 200_000),
        "html_nested_divs": (_nested_divs, 1_100_000),
    }
)


def _trainee_list(size: int) -> bytes:
    # one sentence of trainee counts after the training held (session 17: the settling
    # of trainees walked back over the sentence for each count, quadratic); 3.3 MB at
    # the default size, past the max_facts bound
    item = "，培训机关工作人员150人"
    return (
        "一、总体情况\n本机关举办培训班1期" + item * (size // len(item.encode())) + "\n"
    ).encode()


CASES.update({"trainee_list": (_trainee_list, 3_300_000)})
