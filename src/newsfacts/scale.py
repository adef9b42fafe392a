"""The Dask engine: the same extraction as a Dask computation, for archives that outgrow one process.

``python -m newsfacts extract CORPUS --out DIR --engine dask [--scheduler ADDRESS]``

The driver reads the corpus in chunks (reading is cheap; extraction is not) and
submits each chunk to a worker, keeping only a few chunks in flight so memory
stays flat. Each worker builds the chunk's sentences, runs every extractor and
writes its rows as one Parquet part per table: ``DIR/<table>/part-NNNNN.parquet``.
Read a table back with ``pandas.read_parquet("DIR/<table>")``. Because every
extractor is a pure function of its article, the rows are the same as the
default engine's, row for row after sorting (tests/test_scale.py checks this on
a two-worker LocalCluster).

Dask is an optional extra: ``pip install -e ".[dask]"`` (included in ``.[dev]``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .corpus import PROBLEM_COLUMNS, build_corpus, iter_raw_chunks
from .paths import relative


def _write_parts(tables: dict[str, pd.DataFrame], out: Path, index: int) -> None:
    for name, df in tables.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        df.to_parquet(folder / f"part-{index:05d}.parquet", index=False)


def process_chunk(batch, problems, index: int, out: str, corpus_label: str) -> dict:
    """Worker task: extract one chunk and write its Parquet parts. Returns what the driver needs."""
    from .pipeline import extract_chunk

    tables = extract_chunk(build_corpus(batch, problems, path=corpus_label))
    _write_parts(tables, Path(out), index)
    from .pipeline import ActorSummary

    summary = ActorSummary()
    summary.add(tables["mentions"], tables["articles"][["article_id", "published"]])
    return {
        "index": index,
        "n_articles": len(tables["articles"]),
        "rows": {k: len(v) for k, v in tables.items()},
        "actors": summary,
        "problems": tables["problems"],
    }


def extract_dask(path, out, chunk_size: int = 500, scheduler: str | None = None, n_workers: int = 2,
                 in_flight: int | None = None):
    """Run the extraction on a Dask cluster and write partitioned Parquet under *out*.

    *scheduler* is the address of an existing dask.distributed scheduler; without
    it a LocalCluster with *n_workers* single-threaded worker processes is started.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SystemExit("error: the Dask engine needs the 'dask' extra: pip install -e '.[dask]'") from exc

    from .pipeline import SCHEMAS, ActorSummary, RunSummary, conform

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    in_flight = in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
    label = relative(path)
    results: list[dict] = []
    try:
        pending = as_completed()
        for index, (batch, problems) in enumerate(iter_raw_chunks(path, chunk_size)):
            pending.add(client.submit(process_chunk, batch, problems, index, str(out), label, pure=False))
            while pending.count() >= in_flight:
                results.append(next(pending).result())
        for future in pending:
            results.append(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    results.sort(key=lambda r: r["index"])  # fold the actor summaries in corpus order
    total = ActorSummary()
    for r in results:
        for row in r["actors"].rows.values():
            total.fold(row)
    summary_tables = {"actors": total.frame()}
    _write_parts(summary_tables, out, 0)
    rows = {t: sum(r["rows"].get(t, 0) for r in results) for t in SCHEMAS}
    rows["actors"] = len(summary_tables["actors"])
    for table in SCHEMAS:  # a table with no part at all still gets an empty part with its columns
        if not (out / table).is_dir():
            _write_parts({table: conform(pd.DataFrame(columns=SCHEMAS[table]), table)}, out, 0)
    problems = [r["problems"] for r in results]
    return RunSummary(
        n_articles=sum(r["n_articles"] for r in results),
        rows=rows,
        problems=pd.concat(problems, ignore_index=True) if problems else pd.DataFrame(columns=PROBLEM_COLUMNS),
        out=out,
        files=sorted((out / t) for t in SCHEMAS),
    )
