"""The stable names of SCHEMA.md as data: section ids, table field ids, fact types.

Everything here is public API (see docs/schema.md). Add, never rename.
"""

from __future__ import annotations

from typing import Final

from .about import SCHEMA_VERSION
from .errors import BadArgument

__all__ = [
    "APPROX",
    "FACT_TYPES",
    "ROW_KEYS",
    "SCHEMA_VERSION",
    "SCOPES",
    "SECTION_IDS",
    "T2_COLUMNS",
    "T2_ROWS",
    "T3_COLUMNS",
    "T3_ROWS",
    "T4_COLUMNS",
    "T4_GROUPS",
    "TEMPLATES",
    "VERDICTS",
    "table_fields",
]

TEMPLATES: Final = ("2019", "2021")

#: Keys of an annotate row (SCHEMA §5), in order; ``tables_derived``, ``tables_placed`` and
#: ``notices`` are extensions.
ROW_KEYS: Final = (
    "id",
    "source",
    "template",
    "govinfo_nlp_version",
    "schema_version",
    "models",
    "metadata",
    "sections",
    "tables",
    "tables_unread",
    "tables_derived",
    "tables_placed",
    "checks",
    "facts",
    "reconciliation",
    "warnings",
    "errors",
    "notices",
)

# Standard order; text before the first heading is "preamble".
SECTION_IDS: Final = (
    "preamble",
    "overview",
    "proactive",
    "requests",
    "appeals",
    "problems",
    "other",
)

# --- Table 二 -------------------------------------------------------------
# row id -> (standard label, column ids), per template.
T2_ROWS: Final[dict[str, dict[str, tuple[str, tuple[str, ...]]]]] = {
    "2019": {
        "rules": ("规章", ("made", "published", "total")),
        "normative": ("规范性文件", ("made", "published", "total")),
        "license": ("行政许可", ("prev", "change", "decisions")),
        "other_services": ("其他对外管理服务事项", ("prev", "change", "decisions")),
        "penalty": ("行政处罚", ("prev", "change", "decisions")),
        "coercion": ("行政强制", ("prev", "change", "decisions")),
        "fees": ("行政事业性收费", ("prev", "change")),
        "procurement": ("政府集中采购", ("count", "amount")),
    },
    "2021": {
        "rules": ("规章", ("issued", "repealed", "in_force")),
        "normative": ("行政规范性文件", ("issued", "repealed", "in_force")),
        "license": ("行政许可", ("decisions",)),
        "penalty": ("行政处罚", ("decisions",)),
        "coercion": ("行政强制", ("decisions",)),
        "fees": ("行政事业性收费", ("amount",)),
    },
}

# column id -> standard header label
T2_COLUMNS: Final[dict[str, str]] = {
    "made": "本年新制作数量",
    "published": "本年新公开数量",
    "total": "对外公开总数量",
    "prev": "上一年项目数量",
    "change": "本年增/减",
    "decisions": "处理决定数量",
    "count": "采购项目数量",
    "amount": "采购总金额",
    "issued": "本年制发件数",
    "repealed": "本年废止件数",
    "in_force": "现行有效件数",
}

# Money fields are reported in 万元.
MONEY_FIELDS: Final = ("t2.procurement.amount", "t2.fees.amount")

# --- Table 三 -------------------------------------------------------------
T3_COLUMNS: Final[dict[str, str]] = {
    "natural": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "social": "社会公益组织",
    "legal": "法律服务机构",
    "other": "其他",
    "total": "总计",
}

# row id -> standard label. Rows marked by template where they differ.
T3_ROWS: Final[dict[str, str]] = {
    "new": "一、本年新收政府信息公开申请数量",
    "carried_in": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开",
    "denied.state_secret": "（三）不予公开 1.属于国家秘密",
    "denied.prohibited": "2.其他法律行政法规禁止公开",
    "denied.security": "3.危及“三安全一稳定”",
    "denied.third_party": "4.保护第三方合法权益",
    "denied.internal": "5.属于三类内部事务信息",
    "denied.process": "6.属于四类过程性信息",
    "denied.enforcement": "7.属于行政执法案卷",
    "denied.query": "8.属于行政查询事项",
    "unavailable.not_held": "（四）无法提供 1.本机关不掌握相关政府信息",
    "unavailable.needs_creation": "2.没有现成信息需要另行制作",
    "unavailable.unclear": "3.补正后申请内容仍不明确",
    "not_processed.complaint": "（五）不予处理 1.信访举报投诉类申请",
    "not_processed.duplicate": "2.重复申请",
    "not_processed.publication": "3.要求提供公开出版物",
    "not_processed.mass": "4.无正当理由大量反复申请",
    "not_processed.confirm": "5.要求行政机关确认或重新出具已获取信息",
    "other_handling": "（六）其他处理",
    "other_handling.no_supplement": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_handling.no_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_handling.other": "3.其他",
    "results_total": "（七）总计",
    "carried_out": "四、结转下年度继续办理",
}

T3_ROWS_BY_TEMPLATE: Final[dict[str, tuple[str, ...]]] = {
    "2019": tuple(r for r in T3_ROWS if not r.startswith("other_handling.")),
    "2021": tuple(r for r in T3_ROWS if r != "other_handling"),
}

# Rows summed by t3.results_sum (every result row; other_handling is either
# the single 2019 row or the three 2021 sub-rows).
T3_RESULT_ROWS: Final[dict[str, tuple[str, ...]]] = {
    tpl: tuple(r for r in rows if r not in ("new", "carried_in", "results_total", "carried_out"))
    for tpl, rows in T3_ROWS_BY_TEMPLATE.items()
}

# The result groups (（一）…（六）) in the table's order: 2019's other_handling row
# and 2021's three sub-rows are one group.
T3_RESULT_GROUPS: Final = tuple(dict.fromkeys(r.split(".")[0] for r in T3_RESULT_ROWS["2021"]))

# --- Table 四 -------------------------------------------------------------
T4_GROUPS: Final[dict[str, str]] = {
    "review": "行政复议",
    "suit_direct": "未经复议直接起诉",
    "suit_after_review": "复议后起诉",
}
T4_COLUMNS: Final[dict[str, str]] = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}


def table_fields(template: str) -> tuple[str, ...]:
    """Every field id of one template, in reading order of the official tables.

    >>> table_fields("2021")[:3]
    ('t2.rules.issued', 't2.rules.repealed', 't2.rules.in_force')
    >>> len(table_fields("2019")), len(table_fields("2021"))
    (198, 200)
    """
    if template not in TEMPLATES:
        raise BadArgument(f"unknown template {template!r}; expected one of {TEMPLATES}")
    fields = [f"t2.{row}.{col}" for row, (_, cols) in T2_ROWS[template].items() for col in cols]
    fields += [f"t3.{row}.{col}" for row in T3_ROWS_BY_TEMPLATE[template] for col in T3_COLUMNS]
    fields += [f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLUMNS]
    return tuple(fields)


# --- Narrative facts ----------------------------------------------------------
FACT_TYPES: Final = (
    "proactive.items",
    "proactive.normative",
    "proactive.rules",
    "proactive.interpretations",
    "proactive.gazette",
    "proactive.press_conferences",
    "requests.received",
    "requests.closed",
    "appeals.review",
    "appeals.suit",
    "appeals.corrected",
    "training.sessions",
    "training.attendees",
    "new_media.accounts",
    "platform.visits",
    "opinion.responses",
    "supervision.inspections",
    "other",
)
APPROX: Final = (None, "over", "under", "about")
SCOPES: Final = ("self", "jurisdiction", "unknown")
VERDICTS: Final = ("consistent", "inconsistent", "not_comparable", "unverifiable")
