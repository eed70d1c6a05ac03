"""identity's memo of names and places is the engine's (``Engine.names``), not module state."""

from __future__ import annotations

import pickle

from govinfo_nlp import identity
from govinfo_nlp.engine import Engine, default_engine
from govinfo_nlp.identity import NameCache, clean_name, identities, read_name

_ROWS = [
    {"metadata": {"agency": "绵阳市卫生健康委员会", "year": 2021, "region": {"city": "绵阳市"}}},
    {"metadata": {"agency": "綿陽市衛生健康委員會", "year": 2022, "region": {"city": "绵阳市"}}},
]


def test_no_module_level_memo_of_inputs() -> None:
    # The functions that read a name or a place remember nothing themselves (they were
    # lru_caches of 65,536 entries, process state no engine owned).
    for func in (
        identity.clean_name,
        identity._place_level,
        identity._divisions_named,
        identity._county_level_city,
        identity._city_without_counties,
    ):
        assert not hasattr(func, "cache_info"), func.__name__


def test_an_engine_owns_its_cache() -> None:
    a, b = Engine(facts_model=None), Engine(facts_model=None)
    assert a.names is a.names and a.names is not b.names
    before = len(b.names)
    keys = [i.key for i in identities(_ROWS, names=a.names)]
    assert keys[0] is not None and keys[0] == keys[1]  # the Traditional spelling joins
    assert len(a.names) > 0 and len(b.names) == before  # b remembered nothing of a's run


def test_pickling_an_engine_drops_what_it_remembered() -> None:
    engine = Engine(facts_model=None)
    engine.names.clean("绵阳市卫生健康委员会")
    again = pickle.loads(pickle.dumps(engine))
    assert again == engine and len(again.names) == 0


def test_the_module_functions_use_the_default_engines() -> None:
    name = "这是一个只为此测试而写的名字局"
    read_name(name)
    assert name in default_engine().names._clean


def test_a_full_cache_starts_again_and_reads_the_same() -> None:
    names = NameCache(limit=2)
    written = ["泰州市人民政府辦公室（泰州市外事辦）", "绵阳市 卫生健康委员会", "兰州市财政局"]
    for name in written * 2:
        assert names.clean(name) == clean_name(name)
        assert len(names._clean) <= 2
    assert names.level("绵阳市") == "city" and names.level("涪城区") == "county"
    assert names.level("某某") == "某某"  # no known kind of place: only itself
