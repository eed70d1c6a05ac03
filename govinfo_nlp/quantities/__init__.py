"""The Chinese number grammar: numerals, counters and approximation markers.

>>> from govinfo_nlp.quantities import parse_quantity, find_quantities, parse_number
>>> q = parse_quantity("236万余次")
>>> q.value, q.unit, q.approx, q.kind
(2360000, '次', 'over', 'count')
>>> [(q.value, q.unit) for q in find_quantities("办结申请65件，其中予以公开46.72%")]
[(65, '件'), (0.4672, '%')]

The grammar
-----------

A quantity is, in order (``?`` = optional)::

    prefix?  sign?  numeral  infix?  magnitude?  counter?  (counter)?  suffix?
    超过      -      1,234.5  余      万          人次      (次)         以上

- **numeral**: Arabic (``1,234`` / ``1，234`` / ``12.5``, full-width digits
  too) or Chinese in any form (``一百零五``, ``十五``, ``两千``, ``壹佰零伍``,
  ``十二万零三百``) or mixed (``1.2万``, ``3万4千``, ``13万2`` = 132000). The
  spoken abbreviation ``一百五`` = 150 / ``一万二`` = 12000 is read; an
  ambiguous tail (``1万25``) is refused rather than guessed. See
  :mod:`.numerals`. Digits grouped by threes with a space, thin or plain
  (GB/T 15835, PDF text: ``1 148 件``, ``4 286.7亿元``, ``2 300余篇``) are one
  number when the run of groups is followed by a counter, a marker or a word
  on a line with a clause mark. A run that is no such number — other digits
  before it (``0 3 126 件``), no head of one to three digits (``2023 148 件``),
  a row's cells (``政府集中采购 2 866.8900万元`` on a line of its own, a run at
  a line end) — is read cell by cell, or not at all with ``cells=False``;
  never as its last group with the counter (``148 件`` of ``1 148 件``). Digits
  split by a space that no group of three ends (``1 4件``, ``12 4.5万元``) are
  no amount at all: neither 4 nor a guessed 14.
- **magnitude** (万, 亿) is folded into the value and never becomes the unit:
  ``3798.8854万元`` is 37988854 元; ``10万`` is 100000 with no unit.
- **counter**: a word from ``counters.txt`` (件 条 个 场次 人次 元 …); the
  longest one wins, so 场次 beats 场. ``%``/``‰``/``成`` and ``百分之…`` /
  ``千分之…`` make ratios, given as fractions (46.72% -> 0.4672, 七成 -> 0.7).
  A parenthesised second counter is kept as written: ``1000余条(次)`` has
  unit ``条(次)`` (as the gold annotations do), ``1.7万家(人)次`` unit
  ``家(人)次``; the fact layer may read its first counter.
- **approximation**: prefixes (超过 逾 近 不到 约 …), infixes (余 多 几: 1200余册,
  10余万, 十几个) and suffixes (以上 左右 上下 以内 …) set ``approx`` to
  ``"over"``, ``"under"`` or ``"about"``; ``markers.json`` lists them. When a
  prefix and another marker disagree the prefix wins.
- **sign**: ``-3`` keeps its sign only when the ``-`` is not a hyphen
  (``2019-2020``, ``0595-2739…`` are ranges and codes, not numbers). Words like
  减少/增加 are left to the fact layer: ``减少41个`` is 41 个.

What is *not* a quantity (each is a small validation rule or data entry):
dates and times (``2020年``, ``12月31日``, ``9月份``, ``12:06``, ``2021-01-27``),
ordinals (``第三``, ``第二十条``), codes, phone numbers, postcodes, document
numbers (``〔2016〕179号``), URLs and e-mails, numbered list markers (``1、``,
``(一)``), vague amounts (``数十``, ``上百``, ``几十``), and words that contain a
numeral (``negatives.txt``: 零件, 统一, 一起, 一件事, 五位一体 …). A Chinese
numeral needs a counter to count in prose (``两场`` yes, ``一是`` no) unless it
ends with a magnitude and is approximated by a prefix or 余 (``近千万``,
``超百万``, ``十余万``; not ``千万``, ``十万以上``); a magnitude alone counts
only so too (``近万人``, ``万余条``; not ``万元以上``). A bare Arabic number is a
quantity of kind ``"number"`` (``阅读量超过10万``).

Traditional input (``條``, ``個``, ``萬``, ``餘``) is folded one character to one
character before matching, so offsets stay those of the input and the unit
comes out in Simplified script.

Restricting the scan
--------------------

``find_quantities(text, spans=[(start, end), ...])`` yields only the
quantities lying wholly inside one of the spans, and does not search the text
outside them: the facts stage passes its prose lines and skips the tables.
Each quantity is the one the unrestricted call finds there (the context
before a span is still read), so the result is the unrestricted one filtered
to the spans.

Extending
---------

Counters are data. Add words at run time::

    from govinfo_nlp.quantities import add_counters, load_counters
    add_counters(["辆", "栋"])
    load_counters("my_counters.txt")

A counter file has one counter per line with optional fields, as in the
shipped ``counters.txt``::

    成   kind=ratio  not_before=员立为功     # 成员 is not "N成"
    日   needs_after=内,以内,之内            # 15日内 is a span; 1日 is a date

Every bad line is reported as ``file:line`` in one
:class:`~govinfo_nlp.errors.RuleFileError`. ``markers.json`` (markers and
context words) and ``negatives.txt`` (idioms) are validated the same way.
"""

from __future__ import annotations

from .grammar import Quantity, add_counters, find_quantities, load_counters, parse_quantity
from .numerals import parse_number

__all__ = [
    "Quantity",
    "add_counters",
    "find_quantities",
    "load_counters",
    "parse_number",
    "parse_quantity",
]
