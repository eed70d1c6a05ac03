"""Two columns of Chinese prose on hand-built PDF pages: the gutter tests of the
formats3 and formats4 red teams (a band of two columns too short to find its own
gutter borrows another page's)."""

from __future__ import annotations

from tinypdf import cjk_pdf

# Filler prose, cut into non-overlapping pieces so that each piece is found once.
PROSE = (
    "本机关认真贯彻落实政府信息公开条例深化政务公开不断提升政府信息公开工作质量全年主动"
    "公开政府信息发布政策解读材料规范公开平台管理及时更新政务公开专栏加强政策文件公开做"
    "好依申请公开答复工作健全政府信息公开申请办理流程提高答复质量和效率推进基层政务公开"
    "标准化规范化建设加强政务公开队伍建设组织业务培训提升工作人员业务能力和服务水平严格"
    "落实保密审查制度坚持先审查后公开防止泄露国家秘密和敏感信息围绕重点领域信息公开持续"
    "做好财政预决算公开重大建设项目公开公共资源配置公开社会公益事业建设公开等工作积极回"
    "应社会关切通过新闻发布会在线访谈等形式解读重要政策认真办理人大代表建议和政协委员提"
    "案存在的主要问题是政策解读形式较为单一下一步将丰富解读形式增强解读效果"
)
LEFT, RIGHT = 50.0, 322.0  # the columns' left edges: 20 characters of 12 points each


def piece(k: int, n: int = 20) -> str:
    """The ``k``-th 20 characters of the prose (its first ``n``)."""
    return PROSE[20 * k : 20 * k + n]


def two_column_page(first: int) -> list[tuple[float, float, str]]:
    """Four lines of two columns of prose: enough for the page to find its gutter."""
    return [
        line
        for k in range(4)
        for line in (
            (LEFT, 60.0 + 18 * k, piece(first + 2 * k)),
            (RIGHT, 60.0 + 18 * k, piece(first + 2 * k + 1)),
        )
    ]


def pdf_text(pages: list[list[tuple[float, float, str]]]) -> str:
    """The text the PDF reader reads from those pages (``(x, top, text)`` lines each)."""
    from govinfo_nlp.readers.pdf import read_pdf

    text: str = read_pdf(cjk_pdf(pages))[0]
    return text


def ruleless_table() -> list[tuple[float, float, str]]:
    """Rows of a table drawn without rules, its columns apart where a two-column page's
    gutter is: a header of words each side, then labels run up to the gutter with their
    numbers set apart on the other side (cells, not a column of prose). Read whole, its
    rows are ``piece(10) + "377812"`` and ``piece(11) + "6185"``."""
    return [
        (LEFT, 60.0, piece(8)),
        (RIGHT, 60.0, piece(9, 10)),
        (LEFT, 78.0, piece(10)),
        (RIGHT, 78.0, "3778"),
        (RIGHT + 96, 78.0, "12"),
        (LEFT, 96.0, piece(11)),
        (RIGHT, 96.0, "618"),
        (RIGHT + 96, 96.0, "5"),
    ]


def one_column_page() -> list[tuple[float, float, str]]:
    """A one-column page whose labels and values stand either side of the gutter (text
    that stops short of it is not a left column's line)."""
    return [
        (LEFT, 60.0, PROSE[-42:]),
        (LEFT, 78.0, piece(8, 10)),
        (RIGHT + 12, 78.0, piece(9, 11)),
        (LEFT, 96.0, piece(10, 9)),
        (RIGHT + 12, 96.0, piece(11, 10)),
    ]
