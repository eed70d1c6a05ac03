"""Features of one candidate quantity for the type and scope classifiers.

Sparse string features (name -> weight): characters and character n-grams
of the left clause, sentence and right context, the counter, the rule and
cue evidence, the position in the sentence and the neighbouring quantities.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import add
from typing import Any

import numpy as np

from .analysis import Candidate

__all__ = [
    "FAMILIES",
    "FEATURE_SET",
    "WINDOW_FAMILIES",
    "FeatureEncoder",
    "candidate_features",
    "feature_list",
    "first_qizhong",
    "head_features",
    "tail_features",
    "windows",
]

#: The features' version, recorded in a model's meta (``feature_set``): a model
#: is run with the features it was trained on. 2: facts-v1 and v2, whose
#: n-grams saw digits (a page's figures, years and document numbers: changing
#: a value moved 4-8 facts of the real train/dev pages under
#: benchmarks/eval_metamorphic_facts.py); 3: every figure of the context
#: windows read as one 0 (:func:`_masked`).
FEATURE_SET = 3
# ASCII digits only: the text is normalised to half width, and a Chinese
# numeral is also a character of words (统一, 一般, 三公)
_MASK_DIGITS = str.maketrans("123456789", "000000000")
# a figure with its thousands commas and decimal points, once its digits are 0
_FIGURE = re.compile(r"0(?:[0,.]*0)?")
# characters read beyond a window's width before its figures are masked: a
# figure up to this much longer leaves the masked window as it was
_SLACK = 16
_LEFT_SENTENCE = 30
_LEFT_CLAUSE = 14
_RIGHT = 8
# the words before the sentence's first quantity: what a list of parts breaks
# down (主动公开政府信息81条，其中工作动态50条、财政数据4条…)
_HEAD = 16
# bigram slices of a string of length n: _BIGRAMS[: n - 1]
_BIGRAMS = tuple(slice(i, i + 2) for i in range(256))
# A row of the model's matrix (a vocabulary of tens of thousands): half the bytes
# of numpy's index type in the encoded batch, held while it is scored.
_ROW = np.int32


#: The features of a candidate, one entry each in the three lists: the family,
#: the value (name = family + value; "" for a family that is a feature of its
#: own) and the weight.
FeatureList = tuple[list[str], list[str], list[float]]
_L_FAMILIES = ("L1=", "L2=", "L3=", "L4=")
_R_FAMILIES = ("R1=", "R2=")
# head_features' families by how many left (0-4) and right (0-2) affixes it has
_HEAD_FAMILIES = tuple(
    tuple(
        ("bias", "unit=", "kind=", "approx=", "section=", *_L_FAMILIES[:n_l], *_R_FAMILIES[:n_r])
        for n_r in range(3)
    )
    for n_l in range(5)
)
# pos_in_sentence= values below 3 (3 and more are "3")
_POSITIONS = ("0", "1", "2")
#: The n-gram families of the context windows (:func:`windows`), in feature
#: order: (window, n, family, weight); windows are 0 left clause, 1 left
#: sentence, 2 right, 3 head.
WINDOW_FAMILIES = (
    (0, 1, "lc1:", 1.0),
    (0, 2, "lc2:", 1.0),
    (1, 1, "ls1:", 0.5),
    (1, 2, "ls2:", 0.5),
    (2, 1, "r1:", 0.5),
    (2, 2, "r2:", 0.5),
    (0, 3, "lc3:", 1.0),
    (3, 2, "h2:", 0.5),
)


def windows(text: str, cands: Sequence[Candidate], i: int) -> tuple[str, str, str, str]:
    """The context windows of candidate ``i`` whose n-grams are features: the left
    clause and left sentence (spaces left out), the right context, and the head of
    its sentence (:func:`_head`); every figure in them read as 0 (:func:`_masked`)."""
    c = cands[i]
    start, end = c.start, c.end
    if c.index_in_sentence == 0 and (i == 0 or cands[i - 1].sent_start != c.sent_start):
        head = ""  # the sentence's first quantity (what _head finds at once)
    else:
        head = _head(text, cands, i)
    return (
        _left(text, c.clause_start, start, _LEFT_CLAUSE),
        _left(text, c.sent_start, start, _LEFT_SENTENCE),
        _right(text, end, c.sent_end, _RIGHT),
        head,
    )


def _masked(window: str) -> str:
    """``window`` with each figure (2021, 1,240, 3.5) read as one 0: the model sees
    that a figure stands there, not its value or length (a year, a document
    number, the neighbouring counts are no evidence of a fact's type, and
    eval_metamorphic_facts.py's value changes moved facts while they were)."""
    masked = window.translate(_MASK_DIGITS)
    return _FIGURE.sub("0", masked) if "0" in masked else masked


def _left(text: str, bound: int, start: int, width: int) -> str:
    """The last ``width`` characters before ``start`` (not before ``bound``), spaces
    left out, figures masked (:func:`_masked`): read with :data:`_SLACK` more, so
    that a longer figure in it does not shift the window."""
    lo = start - width - _SLACK
    # (conditionals, not max/min: a builtin call costs more than the comparison)
    window = _masked(text[bound if bound > lo else lo : start].replace(" ", ""))
    return window[-width:] if len(window) > width else window


def _right(text: str, end: int, bound: int, width: int) -> str:
    """The first ``width`` characters after ``end`` (not past ``bound``), figures
    masked, read as :func:`_left` reads."""
    hi = end + width + _SLACK
    window = _masked(text[end : bound if bound < hi else hi])
    return window[:width]


def _head(text: str, cands: Sequence[Candidate], i: int) -> str:
    """The text before the first quantity of candidate ``i``'s sentence (its last
    :data:`_HEAD` characters, as :func:`_left` reads them; "" for that first
    quantity itself)."""
    c = cands[i]
    # the sentence's first candidate, from the candidate's index in its sentence;
    # walking back one by one would be quadratic in a sentence of many quantities
    first = i - c.index_in_sentence
    if not (
        0 <= first <= i
        and cands[first].sent_start == c.sent_start
        and (first == 0 or cands[first - 1].sent_start != c.sent_start)
    ):
        first = i
        while first > 0 and cands[first - 1].sent_start == c.sent_start:
            first -= 1
    if first == i:
        return ""
    return _left(text, c.sent_start, cands[first].start, _HEAD)


def _ngrams(s: str, n: int) -> dict[str, None]:
    """The distinct n-grams of ``s``, first occurrence first."""
    if n == 1:
        return dict.fromkeys(s)
    if n == 2:
        return dict.fromkeys(map(s.__getitem__, _BIGRAMS[: max(0, len(s) - 1)]))
    return dict.fromkeys(s[k : k + n] for k in range(len(s) - n + 1))


def head_features(c: Candidate, left_clause: str, right: str) -> tuple[list[str], list[str]]:
    """The families and values of the features before the n-grams (all weigh 1)."""
    q = c.qty
    n_l = len(left_clause) if len(left_clause) < 4 else 4
    n_r = len(right) if len(right) < 2 else 2
    values = ["", f"{q.unit}", f"{q.kind}", f"{q.approx}", f"{c.section}"]
    if n_l:
        values += (left_clause[-1:], left_clause[-2:], left_clause[-3:], left_clause[-4:])[:n_l]
    if n_r:
        values += (right[:1], right[:2])[:n_r]
    return list(_HEAD_FAMILIES[n_l][n_r]), values


def tail_features(
    text: str, cands: Sequence[Candidate], i: int, qizhong: int | None = None
) -> FeatureList:
    """The features after the n-grams: rule and cue evidence, position, neighbours.

    ``qizhong``: where the first 其中 of the candidate's sentence is (-1: none), if
    the caller knows it (:func:`first_qizhong`); else it is looked for here, from
    the sentence's start to the candidate: a sentence of n candidates is then read
    n times over (a hostile comma list of thousands of counts).
    """
    c = cands[i]
    # (appended one by one: a candidate has about ten, and building and joining
    # small lists per group cost more than the features themselves)
    families: list[str] = []
    values: list[str] = []
    weights: list[float] = []
    add_family, add_value, add_weight = families.append, values.append, weights.append
    matches = c.matches
    if matches:
        # rule types of the three best matches, each at its best score
        rule_types: dict[str, float] = {}
        for m in matches[:3]:
            rule_types[m.rule.type] = max(rule_types.get(m.rule.type, 0.0), m.score)
        for rule_type, score in rule_types.items():
            add_family("rule_type=")
            add_value(rule_type)
            add_weight(score)
    best = c.best
    if best is not None:
        families += ("best_rule=", "best_type=", "best_score")
        values += (best.rule.id, best.rule.type, "")
        weights += (1.0, 1.0, best.score)
    else:
        add_family("no_rule")
        add_value("")
        add_weight(1.0)
    # every feature from here on weighs 1 (added at the end)
    if c.inherited_from is not None:
        add_family("inherited")
        add_value("")
    if c.delta_cue:
        add_family("delta")
        add_value("")
    if c.cumulative_cue:
        add_family("cumulative")
        add_value("")
    if c.not_own_cue:
        add_family("not_own")
        add_value("")
    if c.year_cue:
        add_family("year_cue")
        add_value("")
    scope_cue = c.scope_cue
    if scope_cue:
        families += ("scope_cue=", "scope_word=")
        values += (scope_cue[1] if c.scope_cue_near else scope_cue[1] + "/para", scope_cue[0])
    if c.area_report:
        add_family("area_report")
        add_value("")
    add_family("pos_in_sentence=")
    position = c.index_in_sentence
    add_value(_POSITIONS[position] if 0 <= position < 3 else f"{min(position, 3)}")
    start, clause_start, sent_start = c.start, c.clause_start, c.sent_start
    if (start and text[start - 1] == "、") or (clause_start and text[clause_start - 1] == "、"):
        add_family("enum_comma")
        add_value("")
    if (
        text.find("其中", sent_start, start) >= 0
        if qizhong is None
        else qizhong >= 0 and qizhong + 2 <= start
    ):
        add_family("qizhong")
        add_value("")
    if i > 0 and (prev := cands[i - 1]).sent_start == sent_start:
        add_family("has_prev")
        add_value("")
        if prev.qty.unit == c.qty.unit:
            add_family("prev_same_unit")
            add_value("")
        if prev_type := prev.rule_type:
            add_family("prev_type=")
            add_value(prev_type)
    if i + 1 < len(cands) and cands[i + 1].sent_start == sent_start:
        add_family("has_next")
        add_value("")
    weights += repeat(1.0, len(families) - len(weights))
    return families, values, weights


def first_qizhong(text: str, c: Candidate, marks: dict[tuple[int, int], int]) -> int | None:
    """The ``qizhong`` of :func:`tail_features` for candidate ``c``: where its
    sentence's first 其中 is (-1: none), searched once per sentence. ``marks``
    holds the last sentence's answer (the candidates of a sentence come one after
    another, across the chunks a document is scored in). None (tail_features
    searches itself) for a candidate past its sentence's end, which no sentence
    search answers for."""
    sent = (c.sent_start, c.sent_end)
    if c.start > sent[1]:
        return None
    at = marks.get(sent)
    if at is None:
        marks.clear()
        at = marks[sent] = text.find("其中", sent[0], sent[1])
    return at


def feature_list(text: str, cands: Sequence[Candidate], i: int) -> FeatureList:
    """The features of candidate ``i``, family by family: the one feature list.

    :func:`candidate_features` (training) names them; :class:`FeatureEncoder`
    (run time) builds the same rows from the same parts (:func:`head_features`,
    the n-grams of :func:`windows` by :data:`WINDOW_FAMILIES`,
    :func:`tail_features`), so they cannot drift apart. Values are distinct
    within a family (a repeated n-gram is one feature, at its first
    occurrence); every family is in :data:`FAMILIES`.
    """
    wins = windows(text, cands, i)
    families, values = head_features(cands[i], wins[0], wins[2])
    weights = [1.0] * len(families)
    for w, n, family, weight in WINDOW_FAMILIES:
        found = _ngrams(wins[w], n)
        families += repeat(family, len(found))
        values += found
        weights += repeat(weight, len(found))
    t_families, t_values, t_weights = tail_features(text, cands, i)
    return families + t_families, values + t_values, weights + t_weights


#: Every family :func:`feature_list` emits. One ending in "=" or ":" is keyed
#: (a feature per value); the others are features of their own.
FAMILIES = (
    "bias",
    "unit=",
    "kind=",
    "approx=",
    "section=",
    "L1=",
    "L2=",
    "L3=",
    "L4=",
    "R1=",
    "R2=",
    "lc1:",
    "lc2:",
    "ls1:",
    "ls2:",
    "r1:",
    "r2:",
    "lc3:",
    "h2:",
    "rule_type=",
    "best_rule=",
    "best_type=",
    "best_score",
    "no_rule",
    "inherited",
    "delta",
    "cumulative",
    "not_own",
    "year_cue",
    "scope_cue=",
    "scope_word=",
    "area_report",
    "pos_in_sentence=",
    "enum_comma",
    "qizhong",
    "has_prev",
    "prev_same_unit",
    "prev_type=",
    "has_next",
)
_KEYED = tuple(f for f in FAMILIES if f.endswith(("=", ":")))
# A keyed family ends with its one = or :, so the family a feature name starts with is
# the name up to its first = or : (no family is then a prefix of another): one look-up a
# name, where trying the 25 families in turn over facts-v3's 37 K features made the
# encoder 0.053 s of CPU a process at the model's load, now 0.035 s (issue 17's cold
# start). Were a family to hold another = or :, every family is tried, as before.
_FAMILY_END = re.compile(r"[^=:]*[=:]")
_ONE_MARK = all(_FAMILY_END.fullmatch(f) is not None for f in _KEYED)


def keyed_family(name: str) -> str | None:
    """The keyed family (:data:`_KEYED`) feature ``name`` starts with, or None."""
    if _ONE_MARK:
        m = _FAMILY_END.match(name)
        return m[0] if m is not None and m[0] in _KEYED_SET else None
    return next((f for f in _KEYED if name.startswith(f)), None)


_KEYED_SET = frozenset(_KEYED)


def candidate_features(text: str, cands: Sequence[Candidate], i: int) -> dict[str, float]:
    """The features of candidate ``i`` by name (training's input to ``DictVectorizer``)."""
    families, values, weights = feature_list(text, cands, i)
    return dict(zip(map(add, families, values), weights, strict=True))


class FeatureEncoder:
    """:func:`feature_list` as row indices of one model vocabulary, for a batch of candidates.

    At run time the model only needs, per candidate, the rows of its features
    and their weights. The few features of :func:`head_features` and
    :func:`tail_features` are looked up per candidate in a value -> row table
    of their family. The n-grams of the context windows (most of a candidate's
    ~100 features) are not built as strings at all: the windows of the whole
    batch are read as one array of code points, every n-gram becomes an
    integer key, and the keys are looked up in one sorted table with
    ``searchsorted``; repeated n-grams of a window are dropped in bulk.

    A feature the model lacks is left out (its row would be zero), and the
    rows come in the order of :func:`feature_list`: a sequential sum over them
    gives the sums of the dict features bit for bit
    (tests/test_facts_features.py checks it).
    """

    def __init__(self, vocabulary: Mapping[str, int], unknown: int) -> None:
        tables: dict[str, dict[str, int]] = {f: {} for f in FAMILIES}
        family_end, keyed = _FAMILY_END.match, _KEYED_SET
        for name, col in vocabulary.items():
            if name in tables:  # a family that is a feature of its own
                tables[name][""] = col
            elif _ONE_MARK:  # (keyed_family, inline: 37 K names)
                if (m := family_end(name)) is not None and m[0] in keyed:
                    tables[m[0]][name[len(m[0]) :]] = col
            elif (family := keyed_family(name)) is not None:
                tables[family][name[len(family) :]] = col
        self._unknown = unknown
        # every n-gram feature as an integer key (_gram_key), sorted, and its row
        pairs = sorted(
            (_gram_key(w, n, v), col)
            for w, n, family, _ in WINDOW_FAMILIES
            for v, col in tables[family].items()
            if len(v) == n
        )
        self._gram_keys = np.array([k for k, _ in pairs], dtype=np.uint64)
        self._gram_rows = np.array([c for _, c in pairs], dtype=_ROW)
        del pairs
        # the n-grams' tables are read through those keys only: as strings they
        # were most of the vocabulary (and 3 MB of a process)
        for _, _, family, _ in WINDOW_FAMILIES:
            tables[family] = {}
        self._tables = tables

    def encode(
        self,
        text: str,
        cands: Sequence[Candidate],
        lo: int,
        hi: int,
        marks: dict[tuple[int, int], int] | None = None,
    ) -> Encoded:
        """The feature rows of candidates ``lo``..``hi - 1``, end to end: (rows,
        weights, number of entries per candidate). ``marks``: what
        :func:`first_qizhong` found in the chunks before, when a document is
        encoded chunk by chunk (the same dict each time)."""
        if marks is None:
            marks = {}
        get = self._tables.__getitem__
        unknown = self._unknown
        cols: list[int] = []  # head and tail features, candidate by candidate
        vals: list[float] = []
        counts: list[int] = []  # per candidate: head entries, tail entries
        wins: list[str] = []
        for i in range(lo, hi):
            w = windows(text, cands, i)
            wins += w
            families, values = head_features(cands[i], w[0], w[2])
            cols.extend(map(dict.get, map(get, families), values, repeat(unknown)))
            vals.extend(repeat(1.0, len(families)))
            t_families, t_values, t_weights = tail_features(
                text, cands, i, first_qizhong(text, cands[i], marks)
            )
            cols.extend(map(dict.get, map(get, t_families), t_values, repeat(unknown)))
            vals.extend(t_weights)
            counts += (len(families), len(t_families))
        n = hi - lo
        grams, fam, g = self._window_grams(wins, n)
        # Every entry is written straight to its place in feature_list's order:
        # per candidate its head entries, its n-grams, its tail. A candidate's
        # head moves right by the n-grams of the candidates before it, its tail
        # by those and its own; the n-grams fill the places left, in order (a
        # mask of a byte an entry, not an index array of eight). (Array
        # methods, not np.cumsum and kin: a small document makes many small
        # calls, and numpy's function wrappers cost as much as the work.)
        flat = np.array(counts, dtype=np.intp)
        lens = _add(flat.reshape(n, 2), axis=1)
        lens += g
        total = len(cols) + len(grams)
        g_after = g.cumsum()
        shift = np.empty(2 * n, dtype=np.intp)
        shift[0::2] = g_after - g
        shift[1::2] = g_after
        at = shift.repeat(flat)
        at += np.arange(len(at))
        is_gram = np.ones(total, dtype=bool)
        is_gram[at] = False
        all_cols = np.empty(total, dtype=_ROW)
        # (from a list, numpy would find each element's type on its own)
        all_cols[at] = np.fromiter(cols, dtype=_ROW, count=len(cols))
        all_cols[is_gram] = grams
        del grams, cols
        all_vals = np.empty(total, dtype=np.float64)
        all_vals[at] = np.fromiter(vals, dtype=np.float64, count=len(vals))
        del at, vals
        # (the n-grams' weights made from their families only once their rows
        # are written: else an array of 8 bytes an n-gram beside the two filled)
        all_vals[is_gram] = _WEIGHTS[fam]
        return all_cols, all_vals, lens

    def _window_grams(self, wins: list[str], n: int) -> tuple[Any, Any, Any]:
        """The rows and families (indices in :data:`WINDOW_FAMILIES`) of the
        distinct n-grams of the windows (4 per candidate, ``n`` candidates),
        candidate by candidate, family by family, in order of first occurrence;
        and how many each candidate has.

        An n-gram the model lacks keeps its place, on the scorer's zero row:
        numpy sums a candidate's rows pairwise, by position, so leaving it out
        would change the scores in the last bits. The n-grams of all families
        are keyed, looked up and deduplicated together, so the number of numpy
        calls does not grow with the families: on a small document the calls,
        not the work in them, are the cost.

        A big document's batches (64 candidates, thousands of n-grams) make
        this the facts stage's peak, so at most about 33 bytes an n-gram are
        held at once: no per-n-gram group array (a sorted entry's group is
        searched in the groups' ends), and each array dropped as soon as it is
        used. (Looking the keys up before sorting them held 28 bytes, as the
        keys' order was not held with the lookup's index array, at a third more
        time: the median and worst peaks of the real excerpts did not move.)
        """
        k_fam = len(WINDOW_FAMILIES)
        sizes = np.fromiter(map(len, wins), dtype=np.intp, count=len(wins))
        # per (candidate, family) group: how many n-grams it has, where they end
        # among all, and where its window begins in the joined text
        counts = sizes.reshape(n, 4)[:, _FAM_WINDOW]
        counts -= _FAM_SPAN
        counts = counts.ravel()
        np.maximum(counts, 0, out=counts)  # (ufuncs: clip() checks its bounds' types in Python)
        ends = counts.cumsum()
        begins = sizes.cumsum()
        begins -= sizes
        shift = begins.reshape(n, 4)[:, _FAM_WINDOW].ravel()
        shift -= ends
        shift += counts  # a group's window start minus the group's first n-gram
        total = len(ends) and int(ends[-1])
        pos = shift.astype(np.int32).repeat(counts)
        pos += np.arange(total, dtype=np.int32)
        # (a slice of the families laid out for _TILED candidates: broadcast_to and
        # tile are Python wrappers, costing more than the repeat on a small document)
        tiled = _FAM_TILED[: n * k_fam] if n <= _TILED else np.tile(_FAM_INDEX, n)
        fam = tiled.repeat(counts)
        # Every n-gram is read as three characters (two NULs after the last
        # window stand for those past the end), keyed as a trigram, and the
        # characters past its n shifted out before its family's bits go in:
        # one pass for all families, a few bytes per n-gram.
        cps = np.frombuffer(("".join(wins) + "\0\0").encode("utf-32-le"), dtype="<u4")
        key = cps[pos].astype(np.uint64)
        for _ in range(2):
            pos += 1
            key <<= _CODE_BITS
            key |= cps[pos]
        del pos, cps
        key >>= _FAM_DROP[fam]
        key |= _FAM_BITS[fam]
        # A repeated n-gram counts once, at its first occurrence. The n-grams
        # come group by group, so a stable sort by key puts the copies of a key
        # in one group next to each other, first occurrence first (the same key
        # in another group is another feature: the group is found from where
        # each sorted n-gram was).
        by = key.argsort(kind="stable")
        key = key[by]
        # each n-gram's row (the unknown row where the table lacks its key), looked
        # up in key order: searchsorted walks the table once for sorted keys, where
        # keys in text order jump about it (_window_grams 139 -> 90 ms on 383
        # documents); the rows are put back in text order
        table = self._gram_keys
        if len(table):
            at = table.searchsorted(key)
            # the n-grams the table lacks (the key found there is another), told
            # before their rows are taken, and the rows' array made last: a byte an
            # n-gram held beside the keys and their order, not 16 (the table's key
            # and the row found, both held until the row array was filled).
            # (Clipped past the end; not written into ``at`` itself, which would
            # save an array but lean on the order in which take reads and writes.)
            lacks = table.take(at, mode="clip") != key
            found = self._gram_rows.take(at, mode="clip")
            del at
            found[lacks] = self._unknown
            del lacks
            rows = np.empty(total, dtype=_ROW)
            rows[by] = found
            del found
        else:
            rows = np.empty(total, dtype=_ROW)
            rows.fill(self._unknown)
        again = key[1:] == key[:-1]
        del key
        group = ends.searchsorted(by, side="right")
        again &= group[1:] == group[:-1]
        del group
        per_candidate = _add(counts.reshape(n, k_fam), axis=1)
        if _any(again):
            copies = by[1:][again]
            del by, again
            first = np.ones(total, dtype=bool)
            first[copies] = False
            rows, fam = rows[first], fam[first]
            # each copy taken from its candidate's count
            per_candidate -= np.bincount(
                ends[k_fam - 1 :: k_fam].searchsorted(copies, side="right"), minlength=n
            )
        return rows, fam, per_candidate


Encoded = tuple[Any, Any, Any]
# A code point fits in 21 bits: an n-gram of up to 3 is one 64-bit key, with
# the window in the bits above a unigram's or bigram's code points and a flag
# bit telling unigrams (62) and trigrams (63) from bigrams.
_CODE_BITS = 21


def _gram_key(window: int, n: int, gram: str) -> int:
    """The key :meth:`FeatureEncoder._window_grams` computes for ``gram`` in ``window``."""
    key = 0
    for ch in gram:
        key = (key << _CODE_BITS) | ord(ch)
    if n == 1:
        return 1 << 62 | window << _CODE_BITS | key
    if n == 2:
        return window << (2 * _CODE_BITS) | key
    return 1 << 63 | key


_WEIGHTS = np.array([weight for _, _, _, weight in WINDOW_FAMILIES], dtype=np.float64)
# the bits of a family's keys above its code points
_FAMILY_BITS = [_gram_key(w, n, "\0" * n) for w, n, _, _ in WINDOW_FAMILIES]
# per family: the window it reads and how many characters past an n-gram's
# start it needs (an n-gram starts at each of the window's first size - n + 1)
_FAM_WINDOW = np.array([w for w, _, _, _ in WINDOW_FAMILIES], dtype=np.intp)
_FAM_INDEX = np.arange(len(WINDOW_FAMILIES), dtype=np.int8)
# the families of _TILED candidates' groups, in order (the extractor's biggest
# chunk, extractor._MAX_CHUNK; a bigger batch tiles its own)
_TILED = 64
_FAM_TILED = np.tile(_FAM_INDEX, _TILED)
_FAM_TILED.flags.writeable = False
# ndarray.sum and .any are Python wrappers (numpy/_core/_methods.py) around
# these reductions: called straight, the same sums without the wrapper's cost
_add = np.add.reduce
_any = np.logical_or.reduce
_FAM_SPAN = np.array([n - 1 for _, n, _, _ in WINDOW_FAMILIES], dtype=np.intp)
# per family, what turns the key of an n-gram's three characters as a trigram
# into its _gram_key: the characters past n shifted out, the family's bits in
_FAM_DROP = np.array([_CODE_BITS * (3 - n) for _, n, _, _ in WINDOW_FAMILIES], dtype=np.uint64)
_FAM_BITS = np.array(_FAMILY_BITS, dtype=np.uint64)
