"""Print the pages of one gold split for a blind re-annotation (text only, never the gold facts).

    python agreement_pages.py dev            # every dev page's text
    python agreement_pages.py dev --mark     # each numeral in prose marked 【k】 (k = candidate id)
    python agreement_pages.py dev --mark --doc reports/r005.txt
    python agreement_pages.py test --mark    # the test split (session 24's second annotation)

The candidate ids are what ``build_agreement.py`` reads from an annotation source
(``../agreement/*.ann``). The marks come from this file's own numeral regex
(goldlib_part1), never from the library, so the annotator sees no library output.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from goldlib_part1 import CN_NUM_CHARS, is_table_line, read  # noqa: E402

GOLD = os.path.join(os.path.dirname(__file__), "..")
PREFIX = "将近|不到|不足|超过|大约|近|约|超|逾"
SUFFIX = "之多|以上|左右|上下|以下"
# counters an annotator meets in these reports, longest first so 人次 wins over 人
COUNTERS = sorted(
    "件 件次 条 条次 个 次 场 场次 人 人次 名 期 家 家次 项 篇 份 元 % ％ 成 户 批 类 本 册 张 部 位 天 "
    "个工作日 个月 小时 处 所 台 套 起 宗 栏 个栏目 个专栏 条信息 轮 组 册次 万 亿 封 单 块 幅 首 "
    "页 帧 场景 分 倍 年 月 日 平方米 公里 人员 余".split(),
    key=len,
    reverse=True,
)
NUM = rf"(?:[0-9０-９][0-9０-９.,]*[0-9０-９]|[0-9０-９]|[{CN_NUM_CHARS}]+)"
CAND = re.compile(
    rf"(?:{PREFIX})?{NUM}(?:余|多)?(?:万亿|万|亿)?(?:余|多)?(?:{'|'.join(map(re.escape, COUNTERS))})?(?:{SUFFIX})?"
)
YEARISH = re.compile(r"(?:19|20)\d\d(?:年|-|/|\.)|\d{1,2}(?:月|日|号|时)|\d{3,4}-\d{5,8}|\d{11}")


def split_docs(split: str) -> list[tuple[str, int | None]]:
    out = []
    for path in sorted(glob.glob(os.path.join(GOLD, "facts-*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    if d.get("split") == split:
                        out.append((d["doc"], d.get("report_year")))  # never d["facts"]
    return out


def candidates(text: str) -> list[tuple[int, int]]:
    """Spans of numerals in prose lines that are not plainly dates or phone numbers;
    a Chinese numeral only with a counter after it (一是, 一体化 are no quantities)."""
    out = []
    for m in CAND.finditer(text):
        s, e = m.span()
        if is_table_line(text, s) or YEARISH.match(text, s):
            continue
        core = m.group()
        if re.fullmatch(rf"(?:{PREFIX})?[{CN_NUM_CHARS}]+", core):
            continue
        if not re.search(r"[0-9０-９]", core) and len(core) == 1:
            continue
        out.append((s, e))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", choices=("train", "dev", "test"))
    ap.add_argument("--mark", action="store_true")
    ap.add_argument("--doc")
    args = ap.parse_args()
    for doc, year in split_docs(args.split):
        if args.doc and doc != args.doc:
            continue
        text = read(doc)
        print(f"==== {doc} report_year={year}")
        if not args.mark:
            print(text)
            continue
        out, last = [], 0
        for k, (s, e) in enumerate(candidates(text)):
            out.append(text[last:s] + f"【{k}】" + text[s:e])
            last = e
        out.append(text[last:])
        print("".join(out))


if __name__ == "__main__":
    main()
