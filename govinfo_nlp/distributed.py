"""Annotate a corpus on a dask cluster (optional extra ``dask``).

:func:`annotate_chunk` is the pure, picklable unit of work (a list of paths
in, their SCHEMA §5 rows out, in order); :func:`annotate_bag` builds a
``dask.bag.Bag`` of rows over many paths, one partition per chunk::

    from dask.distributed import Client
    from govinfo_nlp.distributed import annotate_bag

    with Client(n_workers=4) as client:
        rows = annotate_bag(paths, partition_size=20).compute()

``stages``, ``limits`` and ``with_text`` are those of
:func:`govinfo_nlp.batch.annotate` (``annotate --stages``, ``--max-bytes``…,
``--with-text``). Pass ``engine=`` to run with your own rules and counters: the engine
pickles to its content and every worker builds it once (a worker caches
what it built per engine content); a problem inside one document becomes an
error row, as with :func:`govinfo_nlp.batch.annotate`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .batch import annotate_one
from .errors import BadArgumentType, GovinfoError, MissingExtra

if TYPE_CHECKING:
    from .engine import Engine
    from .limits import Limits

__all__ = ["annotate_bag", "annotate_chunk"]


def annotate_chunk(
    paths: Iterable[str | os.PathLike[str]],
    *,
    explain: bool = False,
    engine: Engine | None = None,
    stages: Iterable[str] | None = None,
    limits: Limits | None = None,
    with_text: bool = False,
) -> list[dict[str, Any]]:
    """Annotate the given files, in order; never raises for a document's sake.

    One path (a str or ``os.PathLike``) is one input; raises
    :class:`~govinfo_nlp.errors.BadArgumentType` for bytes or an item that is not a path.
    """
    return [
        annotate_one(
            path,
            explain=explain,
            engine=engine,
            stages=stages,
            limits=limits,
            with_text=with_text,
        )
        for path in _paths(paths)
    ]


def _paths(paths: Any) -> list[str | os.PathLike[str]]:
    """The inputs ``paths`` names: one path is one input, never its characters.

    ``annotate_chunk("in/a.txt")`` made a row for each of its 8 characters
    (hostile23 a04), as ``annotate_bag`` did; bytes or a non-path item would
    fail inside the first document with the chunk's other rows.
    """
    if isinstance(paths, str | os.PathLike):
        return [paths]
    if isinstance(paths, bytes | bytearray) or not isinstance(paths, Iterable):
        raise BadArgumentType(
            f"paths must be a path or an iterable of paths, not {type(paths).__name__}"
        )
    items = list(paths)
    for item in items:
        if not isinstance(item, str | os.PathLike):
            raise BadArgumentType(f"a path must be a str or os.PathLike, not {type(item).__name__}")
    return items


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise MissingExtra("dask", "dask") from exc
    return dask.bag


def annotate_bag(
    paths: Sequence[str | os.PathLike[str]],
    *,
    partition_size: int = 16,
    explain: bool = False,
    engine: Engine | None = None,
    stages: Iterable[str] | None = None,
    limits: Limits | None = None,
    with_text: bool = False,
) -> Any:
    """A lazy ``dask.bag.Bag`` of annotate rows, in the order of ``paths``.

    ``partition_size`` is the number of documents per task. Compute it with
    any dask scheduler (``.compute()``, a ``distributed.Client``, ...).
    ``engine`` (default: the caller's default engine) is shipped to every
    worker with its user rules and counters.
    """
    if partition_size < 1:
        raise GovinfoError(f"partition_size must be >= 1, got {partition_size}")
    from .pipeline import resolve_stages

    # a bad stage name is the caller's error, said once here, not a row per document
    run = None if stages is None else resolve_stages(stages)
    bag = _bag_module()
    names = [os.fspath(p) for p in _paths(paths)]
    if not names:
        return bag.from_sequence([], npartitions=1)
    if engine is None:
        from .engine import default_engine

        engine = default_engine()
    return bag.from_sequence(names, partition_size=partition_size).map_partitions(
        annotate_chunk,
        explain=explain,
        engine=engine,
        stages=run,
        limits=limits,
        with_text=with_text,
    )
