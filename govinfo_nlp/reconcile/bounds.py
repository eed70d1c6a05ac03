"""When a narrative number agrees with a table value: an exact count, an approximate
one (余, 约, 近: :func:`approx_bounds`), one bounded on one side (超过3件), one written
rounded in 万 or 亿.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

from ..normalize import normalize_text
from .inputs import FactLike
from .words import _data


def _sum(values: Sequence[float | int]) -> float | int:
    """The values' sum, an int when it is whole (a float cell summed stays 3, not 3.0)."""
    total: float | int = 0
    for v in values:
        total += v
    if isinstance(total, float) and total.is_integer():
        return int(total)
    return total


def _fmt(value: float | int | None) -> str:
    """A value as a reason writes it: 3 for 3.0, - for none."""
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _step(value: float | int) -> float:
    """The granularity a round number is written at: 1200 -> 100, 50 -> 10, 7 -> 1."""
    if isinstance(value, float) and not value.is_integer():
        return 1.0
    n = abs(int(value))
    if n == 0:
        return 1.0
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    return float(step)


def approx_bounds(value: float | int, approx: str | None) -> tuple[float, float]:
    """The closed interval of table values an (approximate) narrative value agrees with.

    ``over`` (余, 多, 超过, 以上) is ``[v, v + step)`` where ``step`` is the
    granularity the number is written at (1200余 → [1200, 1300), 50多 → [50, 60));
    ``under`` (近, 不到) is ``[v - margin, v]`` and ``about`` (约, 左右) is
    ``[v - margin, v + margin]``, with ``margin = max(10% of v, 1)`` (近50 →
    [45, 50], 约1200 → [1080, 1320]). The upper bound of ``over`` is exclusive;
    it is returned as the value 0.001 below it.

    >>> approx_bounds(1200, "over")
    (1200.0, 1299.999)
    >>> approx_bounds(50, "under")
    (45.0, 50.0)
    >>> approx_bounds(65, None)
    (65.0, 65.0)
    """
    v = float(value)
    step = _step(value)
    if approx == "over":
        return (v, v + step - 0.001)
    margin = max(0.1 * abs(v), 1.0)
    if approx == "under":
        return (max(0.0, v - margin), v)
    if approx == "about":
        return (max(0.0, v - margin), v + margin)
    return (v, v)


def _agrees(
    narrative: float | int, approx: str | None, table: float | int, side: str | None = None
) -> bool:
    low, high = _bounds(narrative, approx, side)
    t = float(table)
    if approx is None:
        return math.isclose(t, low, rel_tol=1e-9, abs_tol=1e-9)
    return low - 1e-9 <= t <= high + 1e-9


def _bounds(value: float | int, approx: str | None, side: str | None) -> tuple[float, float]:
    """:func:`approx_bounds`, or the one-sided bound a marker states (:func:`_one_side`)."""
    if side == "lower":
        return (float(value), math.inf)
    if side == "upper":
        return (0.0, float(value))
    return approx_bounds(value, approx)


def _one_side(fact: FactLike, text: str | None) -> str | None:
    """``"lower"`` or ``"upper"`` when the fact's quantity is bounded on that side only
    (超过3件, 3件以上 / 不到5件, 5件以下: :data:`LOWER_BOUND_MARKERS`), else None."""
    if fact.approx not in ("over", "under"):
        return None
    qs, qe = getattr(fact, "quantity_start", None), getattr(fact, "quantity_end", None)
    surface = text[qs:qe] if text is not None and qs is not None and qe is not None else ""
    surface = normalize_text(surface or fact.text or "")
    upper = any(m in surface for m in _data().UPPER_BOUND_MARKERS)
    if fact.approx == "under":
        return "upper" if upper else None
    return "lower" if not upper and any(m in surface for m in _data().LOWER_BOUND_MARKERS) else None


#: A count written in 万 or 亿 (受理申请1.2万件 beside a table's 12034) is rounded at its
#: last digit: it agrees with any table value it rounds from.
ROUNDED: Final = re.compile(r"(?P<number>\d+(?:\.(?P<decimals>\d+))?)\s*(?P<unit>[万亿])")


def _rounding(fact: FactLike) -> tuple[float, float] | None:
    """The half-open interval a count written in 万 or 亿 stands for (1.2万件 →
    [11500, 12500): rounded at its last digit), or None for a count written whole
    or with an approximation word (whose bound :func:`approx_bounds` gives)."""
    if fact.approx is not None:
        return None
    for m in ROUNDED.finditer(normalize_text(fact.text or "")):
        scale = _data().ROUNDED_SCALE[m["unit"]]
        if not math.isclose(float(m["number"]) * scale, float(fact.value)):
            continue
        half = scale / 10 ** len(m["decimals"] or "") / 2
        return (float(fact.value) - half, float(fact.value) + half)
    return None


def _close(fact: FactLike, table: float | int) -> bool:
    """Whether a table value is one above a 近 count (近10 beside 11): 近 says close to the
    number, mostly under it, and a writer may round the last one in; further above (近60
    beside 65) the word is contradicted."""
    return float(fact.value) < float(table) <= float(fact.value) + 1 + 1e-9


def _loosely_near(fact: FactLike, table: float | int) -> bool:
    """Whether a 近 or 约 count's cell lies past the bound it agrees with but within the
    wider reach a writer's rounding may take (:data:`LOOSE_MARGIN`: 近20 beside 17): no
    confirmation, and no contradiction either."""
    share = _data().LOOSE_MARGIN.get(fact.approx or "")
    if share is None:
        return False
    v = float(fact.value)
    margin = max(abs(v) * share / 100, 1.0)
    high = v if fact.approx == "under" else v + margin
    return v - margin - 1e-9 <= float(table) <= high + 1e-9
