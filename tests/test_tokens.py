"""The shipped segmenter: loading, domain standard, quantity merge, windows, scores."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govinfo_nlp.errors import ModelError
from govinfo_nlp.tokens import (
    MERGE_COMPONENT,
    TokenView,
    load,
    model_path,
    quantity_spans,
    token_views,
    tokenize_spans,
    windows_around,
)
from govinfo_nlp.tokens.card import file_hashes, read_record
from govinfo_nlp_dev.tokens.evaluate import evaluate_segmenter, format_scores, score_segmentation
from govinfo_nlp_dev.tokens.train import flip_width, read_conllu_words, read_lexicon, read_segmented

ROOT = Path(__file__).resolve().parents[1]
INDOMAIN_TEST = ROOT / "datasets" / "segmentation" / "indomain-test.txt"
INDOMAIN_TRAIN = ROOT / "datasets" / "segmentation" / "indomain-train.txt"


@pytest.fixture(scope="module")
def nlp():
    return load()


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


# --- loading ------------------------------------------------------------------


def test_load_offline_uses_our_model(nlp):
    assert nlp.lang == "zh"
    assert nlp.tokenizer.segmenter == "pkuseg"
    assert nlp.pipe_names == [MERGE_COMPONENT]
    assert Path(nlp.meta["govinfo_model_dir"]).name == "pkuseg-v1"


def test_missing_model_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load(model=tmp_path / "nothing-here")


def test_model_files_match_card_hashes():
    path = model_path()
    record = read_record(path)
    assert record["sha256"], "card.md has no sha256 record"
    assert file_hashes(path) == record["sha256"]
    for name, digest in record["sha256"].items():
        assert hashlib.sha256((path / name).read_bytes()).hexdigest() == digest


def test_model_files_are_package_data():
    # pyproject maps models/ to the package govinfo_nlp.models; every model
    # file must match one of its package-data globs or `pip install .` would
    # ship a package without the model.
    from fnmatch import fnmatchcase

    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11

    def full_match(parts: tuple[str, ...], glob: str) -> bool:
        pattern = tuple(glob.split("/"))
        return len(parts) == len(pattern) and all(map(fnmatchcase, parts, pattern))

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools_cfg = config["tool"]["setuptools"]
    assert setuptools_cfg["package-dir"]["govinfo_nlp.models"] == "models"
    globs = setuptools_cfg["package-data"]["govinfo_nlp.models"]
    model_dir = ROOT / "models" / "pkuseg-v1"
    files = sorted(p for p in model_dir.iterdir() if p.is_file())
    assert {p.name for p in files} >= {"card.md", "features.msgpack", "weights.npz"}
    for p in files:
        rel = p.relative_to(ROOT / "models").parts
        assert any(full_match(rel, g) for g in globs), f"{rel} not matched by {globs}"


def test_checkout_models_win_over_an_installed_location(monkeypatch, tmp_path):
    # With the package installed in editable mode from another checkout,
    # govinfo_nlp.models resolves there: a checkout must still run its own model.
    from importlib import resources

    import govinfo_nlp.tokens as tokens

    fake = tmp_path / "pkuseg-v1"
    fake.mkdir()
    for name in ("features.msgpack", "weights.npz"):
        (fake / name).write_bytes(b"x")

    def files(package):
        assert package == "govinfo_nlp.models"
        return tmp_path

    monkeypatch.setattr(resources, "files", files)
    assert tokens.model_path() == ROOT / "models" / "pkuseg-v1"
    # Code imported from an installed package has no checkout models beside it.
    monkeypatch.setattr(tokens, "_checkout_models", lambda: tmp_path / "absent")
    assert tokens.model_path() == fake


def test_facts_model_of_the_checkout_wins(monkeypatch, tmp_path):
    from importlib import resources

    from govinfo_nlp.facts import model

    other = tmp_path / "facts-v3"
    other.mkdir()
    (other / "model.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    assert model.default_model_dir() == ROOT / "models" / "facts-v3"


def test_version_mismatch_warns(tmp_path):
    src = model_path()
    for f in src.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    card = tmp_path / "card.md"
    recorded = read_record(src)["versions"]["spacy-pkuseg"]
    card.write_text(
        card.read_text(encoding="utf-8").replace(
            f'"spacy-pkuseg": "{recorded}"', '"spacy-pkuseg": "0.0.1"'
        ),
        encoding="utf-8",
    )
    with pytest.warns(UserWarning, match="spacy-pkuseg 0.0.1"):
        load(model=tmp_path)


def test_no_warning_for_matching_versions():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load(merge_quantities=False)


# --- the domain standard -------------------------------------------------------

DOMAIN_CASES = [
    pytest.param("全市保留运行的政务新媒体124个。", ["政务新媒体", "124个"], id="new-media"),
    pytest.param(
        "2020年共办结政府信息依申请公开65件。", ["依申请公开", "65件", "2020", "年"], id="requests"
    ),
    pytest.param(
        "全年发生行政复议案件3件、行政诉讼案件3件。", ["行政复议", "行政诉讼", "3件"], id="appeals"
    ),
    pytest.param("共制定规范性文件52件,并全部按时公开。", ["规范性文件", "52件"], id="normative"),
    pytest.param("累计参训800多人次。", ["800多人次"], id="approx-over"),
    pytest.param("年访问量236万余次。", ["236万余次"], id="magnitude"),
    pytest.param("同比下降46.72%。", ["46.72%"], id="percent"),
    pytest.param("发放1200余册。", ["1200余册"], id="yu"),
    pytest.param("召开新闻发布会两场。", ["新闻发布会", "两场"], id="chinese-numeral"),
    pytest.param(
        "根据《中华人民共和国政府信息公开条例》规定", ["政府信息公开", "条例"], id="regulation"
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOMAIN_CASES)
def test_domain_words_are_single_tokens(nlp, text, expected):
    got = words(nlp, text)
    for w in expected:
        assert w in got, f"{w!r} not a token of {got}"


def test_prefix_marker_and_dates_stay_separate(nlp):
    got = words(nlp, "2020年1月1日起,受理申请近50件左右。")
    assert got[:4] == ["2020", "年", "1", "月"]
    assert "50件" in got
    assert "近50件" not in got and "50件左右" not in got


def test_document_numbers_are_not_merged(nlp):
    got = words(nlp, "(闽政办〔2016〕179号)")
    assert "179号" not in got


# --- quantity merge component ----------------------------------------------------


def test_merge_component_merges_split_quantity(nlp):
    bare = load(merge_quantities=False)
    text = "办结65件,发放1200余册,参训800多人次"
    merged = words(nlp, text)
    assert {"65件", "1200余册", "800多人次"} <= set(merged)
    assert "".join(merged) == "".join(words(bare, text)) == text


def test_merge_cuts_a_token_straddling_a_quantity(nlp):
    # Whatever the model does with 数1218, the merge must not glue 数 on.
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["公开", "数1218", "条", "。"], spaces=[False] * 4)
    doc = nlp.get_pipe(MERGE_COMPONENT)(doc)
    assert [t.text for t in doc] == ["公开", "数", "1218条", "。"]


QUANTITY_SPAN_CASES = [
    ("受理近50件左右", ["50件"]),
    ("发布新闻稿件1000余条(次)", ["1000余条"]),
    ("访问量236万余次,超过10万", ["236万余次", "10万"]),
    ("3798.8854万元", ["3798.8854万元"]),
    ("2020年1月1日", []),
    ("第二十条", []),
    ("一是加强", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUANTITY_SPAN_CASES, ids=[c[0] for c in QUANTITY_SPAN_CASES]
)
def test_quantity_spans(text, expected):
    assert [text[a:b] for a, b in quantity_spans(text)] == expected


# --- windowed tokenization ---------------------------------------------------------

SEED_LIKE = (
    "2020年共办结政府信息依申请公开65件,同比下降46.72%,全部在规定期限内答复。"
    "全年发生政府信息公开行政复议案件3件、政府信息公开行政诉讼案件3件,无被依法纠正案件。\n"
    "全市保留运行比较规范的政务新媒体124个,比2019年底净减少41个。"
)


def test_tokenize_spans_maps_offsets_back(nlp):
    spans = windows_around(SEED_LIKE, [(m, m + 3) for m in (30, 90)], radius=10)
    docs = tokenize_spans(nlp, SEED_LIKE, spans)
    assert len(docs) == len(spans)
    for doc, (start, end) in zip(docs, spans, strict=True):
        views = token_views(doc)
        assert views[0].start >= start and views[-1].end <= end
        for v in views:
            assert SEED_LIKE[v.start : v.end] == v.text


def test_windowed_tokens_agree_with_whole_text_near_quantities(nlp):
    whole = {(t.idx, t.idx + len(t.text)) for t in nlp(SEED_LIKE)}
    qspans = quantity_spans(SEED_LIKE)
    docs = tokenize_spans(nlp, SEED_LIKE, windows_around(SEED_LIKE, qspans, radius=20))
    windowed = {(v.start, v.end) for d in docs for v in token_views(d)}
    for span in qspans:
        assert span in whole and span in windowed


def test_tokenize_spans_rejects_out_of_range(nlp):
    with pytest.raises(ValueError, match="outside"):
        tokenize_spans(nlp, "abc", [(0, 10)])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_windows_map_back_exactly(nlp, data):
    text = data.draw(
        st.text(
            alphabet=st.sampled_from(list("政府信息公开依申请65件,。 \n年月12余多人次%的了")),
            min_size=1,
            max_size=80,
        )
    )
    n = len(text)
    raw = data.draw(
        st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), min_size=1, max_size=4)
    )
    spans = [(min(a, b), max(a, b)) for a, b in raw]
    docs = tokenize_spans(nlp, text, spans)
    for doc, (start, end) in zip(docs, spans, strict=True):
        for v in token_views(doc):
            assert isinstance(v, TokenView)
            assert start <= v.start < v.end <= end
            assert text[v.start : v.end] == v.text
    for a, b in windows_around(text, spans, radius=5):
        assert 0 <= a <= b <= n


def test_windows_merge_and_snap_to_punctuation():
    text = "甲乙丙丁,戊己庚辛壬癸,子丑寅卯"
    assert windows_around(text, [(6, 7)], radius=1) == [(5, 11)]
    assert windows_around(text, [(1, 2), (2, 3)], radius=1) == [(0, 4)]


# --- scores --------------------------------------------------------------------------


def test_score_segmentation_counts_spans():
    gold = [["政府", "信息", "公开"]]
    s = score_segmentation(lambda t: [t[:4], t[4:]], gold)
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(1 / 3, abs=1e-4)
    with pytest.raises(ValueError, match="altered"):
        score_segmentation(lambda t: ["x"], gold)


def test_gold_files_follow_the_format():
    train = list(read_segmented(INDOMAIN_TRAIN))
    test = list(read_segmented(INDOMAIN_TEST))
    assert len(train) + len(test) >= 300 and len(test) >= 60
    for path in (INDOMAIN_TRAIN, INDOMAIN_TEST):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                assert line == " ".join(line.split()), f"bad spacing: {line!r}"


def test_train_and_test_do_not_share_documents():
    def sources(path: Path) -> set[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {x for x in lines if x.startswith("# source:") and "written" not in x}

    assert not sources(INDOMAIN_TRAIN) & sources(INDOMAIN_TEST)
    assert not {"".join(w) for w in read_segmented(INDOMAIN_TRAIN)} & {
        "".join(w) for w in read_segmented(INDOMAIN_TEST)
    }


def test_lexicon_terms_are_single_words_in_gold():
    # Wherever a lexicon term sits on word boundaries of a gold sentence, the
    # gold must not cut it: the lexicon and the hand segmentation agree.
    lexicon = set(read_lexicon())
    assert {"政务新媒体", "依申请公开", "行政复议", "规范性文件", "政府信息公开"} <= lexicon
    for path in (INDOMAIN_TRAIN, INDOMAIN_TEST):
        for words_ in read_segmented(path):
            text = "".join(words_)
            bounds = {0}
            for w in words_:
                bounds.add(max(bounds) + len(w))
            for term in lexicon:
                start = text.find(term)
                while start != -1:
                    end = start + len(term)
                    if start in bounds and end in bounds:
                        inner = [b for b in bounds if start < b < end]
                        assert not inner, f"{term} split in: {' '.join(words_)}"
                    start = text.find(term, start + 1)


def test_flip_width_round_trip():
    assert flip_width("公开,依申请(一)") == "公开，依申请（一）"
    assert flip_width(flip_width("公开,依申请(一)")) == "公开,依申请(一)"


@pytest.fixture(scope="module")
def scores():
    return evaluate_segmenter()


def test_indomain_score_holds(scores):
    recorded = read_record(model_path())["scores"]["indomain_test"]["f1"]
    got = scores["indomain_test"]
    assert got is not None, "datasets/segmentation/indomain-test.txt missing"
    assert got["sentences"] >= 60
    assert got["f1"] >= recorded - 0.02
    assert got["f1"] >= 0.95


def test_gsd_score_holds(scores):
    from conftest import shared_path

    shared_path("data", "ud_chinese_gsdsimp", "zh_gsdsimp-ud-test.conllu")
    recorded = read_record(model_path())["scores"]["gsd_test"]["f1"]
    assert scores["gsd_test"]["f1"] >= recorded - 0.02
    assert "gsd_test" in format_scores(scores)


def test_conllu_reader_keeps_words():
    from conftest import shared_path

    path = shared_path("data", "ud_chinese_gsdsimp", "zh_gsdsimp-ud-test.conllu")
    sentences = list(read_conllu_words(path))
    assert len(sentences) == 500
    assert all(w and " " not in w for s in sentences for w in s)


def test_training_smoke(tmp_path):
    # A tiny run of the real trainer: files appear, load() accepts them, and
    # pkuseg's global config is left as it was.
    from spacy_pkuseg.config import config as pkuseg_config

    from govinfo_nlp_dev.tokens.train import train_on_lines

    before = dict(vars(pkuseg_config))
    lines = [" ".join(w) for w in read_segmented(INDOMAIN_TRAIN)][:40]
    out = tmp_path / "tiny"
    seconds = train_on_lines(lines, lines[:5], out, iterations=2)
    assert seconds >= 0
    assert (out / "features.msgpack").is_file() and (out / "weights.npz").is_file()
    assert vars(pkuseg_config).keys() == before.keys()
    assert pkuseg_config.modelDir == before["modelDir"]
    nlp = load(model=out, merge_quantities=False)
    text = "全年共办结依申请公开65件。"
    assert "".join(t.text for t in nlp(text)) == text
