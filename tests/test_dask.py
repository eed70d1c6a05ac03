"""Dask: annotate_chunk / annotate_bag on a small LocalCluster."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from govinfo_nlp.distributed import annotate_bag, annotate_chunk
from govinfo_nlp.errors import GovinfoError, MissingExtra


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = []
    for i in range(5):
        path = tmp_path / f"d{i}.txt"
        path.write_bytes(b"" if i == 2 else f"一、总体情况\n本机关办结申请{i}件。\n".encode())
        paths.append(str(path))
    return paths


def test_annotate_chunk_is_ordered_and_never_raises(files: list[str]) -> None:
    rows = annotate_chunk(files)
    assert [r["source"] for r in rows] == files
    assert rows[2]["errors"]  # the empty file


def test_partition_size_must_be_positive(files: list[str]) -> None:
    pytest.importorskip("dask.bag")
    with pytest.raises(GovinfoError):
        annotate_bag(files, partition_size=0)


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch, files: list[str]) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(MissingExtra, match=r"govinfo_nlp\[dask\]"):
        annotate_bag(files)


def test_bag_on_local_cluster_matches_chunk(files: list[str]) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = annotate_bag(files, partition_size=2)
        assert bag.npartitions == 3
        rows = client.compute(bag).result()
    assert [r["source"] for r in rows] == files
    assert rows == annotate_chunk(files)


def test_empty_bag() -> None:
    pytest.importorskip("dask.bag")
    assert annotate_bag([]).compute(scheduler="sync") == []


def test_chunk_passes_stages_limits_and_text(files: list[str]) -> None:
    from govinfo_nlp import Limits

    rows = annotate_chunk(files[:2], stages=["tables"], with_text=True)
    assert all("facts" not in r["stages"] for r in rows)
    assert all(r["facts"] == [] for r in rows)
    assert "本机关办结申请1件" in rows[1]["text"]
    (row,) = annotate_chunk(files[1:2], limits=Limits(max_bytes=4))
    assert row["errors"] and row["errors"][0].startswith("read.too_large")


def test_bag_refuses_an_unknown_stage_at_once(files: list[str]) -> None:
    pytest.importorskip("dask.bag")
    with pytest.raises(ValueError, match="nosuch"):
        annotate_bag(files, stages=["tables", "nosuch"])


def test_bag_with_stages_matches_chunk(files: list[str]) -> None:
    pytest.importorskip("dask.bag")
    rows = annotate_bag(files, partition_size=2, stages="tables").compute(scheduler="sync")
    assert rows == annotate_chunk(files, stages=["tables"])
