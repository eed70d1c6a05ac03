"""Stage 6 — tables: the statistical tables 二/三/四 as verified field values (SCHEMA §2).

>>> result = parse_tables("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\\n"
...                       "规章 | 6 | 6 | 14 |\\n规范性文件 | 52 | 52 | 1159 |")
>>> result.template, result.to_dict()["t2.normative.total"]
('2019', 1159)
"""

from __future__ import annotations

from .checks import Check
from .extract import parse_tables
from .model import TablesResult, TableValue

__all__ = ["Check", "TableValue", "TablesResult", "parse_tables"]
