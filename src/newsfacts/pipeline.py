"""Run every extractor over a corpus and write the tables.

Each extractor is a pure function of per-article inputs, so the corpus can be
processed in chunks (streamed, written incrementally) with the same rows as a
single pass. ``actors`` is the one cross-article table: it is summarised from
all mentions at the end.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import actors, counts, demands, events
from .corpus import (
    ARTICLE_COLUMNS, PROBLEM_COLUMNS, SENTENCE_COLUMNS, Corpus, iter_corpus_chunks,
)

#: Every table, in the order the CLI writes them, with its declared columns.
SCHEMAS: dict[str, list[str]] = {
    "articles": ARTICLE_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "problems": PROBLEM_COLUMNS,
    "mentions": actors.COLUMNS,
    "actors": actors.ACTOR_COLUMNS,
    "events": events.COLUMNS,
    "counts": counts.COLUMNS,
    "demands": demands.COLUMNS,
}
PER_ARTICLE_TABLES = [t for t in SCHEMAS if t != "actors"]

INT_COLUMNS = {"sentence_id", "start", "end", "n_words", "n_sentences", "n_mentions", "n_articles"}
FLOAT_COLUMNS = {"value", "low", "high"}
BOOL_COLUMNS = {"published_inferred"}


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Give *df* exactly the declared columns of *table*, in order, with stable dtypes."""
    cols = SCHEMAS[table]
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise ValueError(f"table '{table}' lacks declared column(s): {', '.join(missing)}")
    out = df.loc[:, cols].copy()
    for c in cols:
        if c in INT_COLUMNS:
            out[c] = pd.to_numeric(out[c]).astype("Int64")
        elif c in FLOAT_COLUMNS:
            out[c] = pd.to_numeric(out[c]).astype("Float64")
        elif c in BOOL_COLUMNS:
            out[c] = out[c].astype("boolean")
        else:
            out[c] = out[c].astype("string").fillna("")
    return out.reset_index(drop=True)


def extract_chunk(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """All per-article tables for one corpus (or chunk of one)."""
    mentions = actors.extract(corpus)
    ev = events.extract(corpus, mentions)
    co = counts.extract(corpus, ev, mentions)
    de = demands.extract(corpus, mentions, ev)
    tables = {
        "articles": corpus.articles,
        "sentences": corpus.sentences,
        "problems": corpus.problems,
        "mentions": mentions,
        "events": ev,
        "counts": co,
        "demands": de,
    }
    return {name: conform(df, name) for name, df in tables.items()}


def run(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every table for an in-memory corpus (what the notebooks use)."""
    tables = extract_chunk(corpus)
    tables["actors"] = conform(actors.summarize(tables["mentions"], tables["articles"]), "actors")
    return {name: tables[name] for name in SCHEMAS}


class ActorSummary:
    """The ``actors`` table built chunk by chunk, so memory does not grow with the corpus.

    Each chunk's mentions are summarised on their own (:func:`actors.summarize`)
    and folded in: counts add up (an article lies in one chunk), dates take the
    min/max, roles the union, and name/type/ref come from the earliest chunk, as a
    single pass over all mentions would give.
    """

    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}

    def add(self, mentions: pd.DataFrame, articles: pd.DataFrame) -> None:
        part = actors.summarize(mentions, articles)
        for r in part.itertuples(index=False):
            self.fold(dict(actor=r.actor, actor_type=r.actor_type, actor_id=r.actor_id, ref_id=r.ref_id,
                           roles={x for x in str(r.roles).split("; ") if x}, n_mentions=int(r.n_mentions),
                           n_articles=int(r.n_articles), first_date=str(r.first_date or ""),
                           last_date=str(r.last_date or "")))

    def fold(self, row: dict) -> None:
        """Fold one partial actor row (roles as a set) into the summary."""
        cur = self.rows.get(row["actor_id"])
        if cur is None:
            self.rows[row["actor_id"]] = dict(row, roles=set(row["roles"]))
            return
        cur["roles"] |= row["roles"]
        cur["n_mentions"] += row["n_mentions"]
        cur["n_articles"] += row["n_articles"]
        dates = [d for d in (cur["first_date"], cur["last_date"], row["first_date"], row["last_date"]) if d]
        cur["first_date"], cur["last_date"] = (min(dates), max(dates)) if dates else ("", "")

    def frame(self) -> pd.DataFrame:
        rows = [dict(v, roles="; ".join(sorted(v["roles"]))) for v in self.rows.values()]
        out = pd.DataFrame(rows, columns=SCHEMAS["actors"])
        if len(out):
            out = out.sort_values(["n_mentions", "actor", "actor_id"], ascending=[False, True, True])
        return conform(out, "actors")


@dataclass
class RunSummary:
    n_articles: int
    rows: dict[str, int]
    problems: pd.DataFrame
    out: Path
    files: list[Path]


class _TableWriter:
    """Write one table incrementally: appended CSV, or Parquet row groups in one file."""

    def __init__(self, out: Path, table: str, fmt: str) -> None:
        self.path = out / f"{table}.{'parquet' if fmt == 'parquet' else 'csv'}"
        self.fmt = fmt
        self.table = table
        self.rows = 0
        self._writer = None
        self._started = False

    def write(self, df: pd.DataFrame) -> None:
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            tbl = pa.Table.from_pandas(df, preserve_index=False)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.path, tbl.schema)
            self._writer.write_table(tbl.cast(self._writer.schema))
        else:
            df.to_csv(self.path, mode="a" if self._started else "w", header=not self._started,
                      index=False, lineterminator="\n")
        self._started = True
        self.rows += len(df)

    def close(self) -> None:
        if not self._started:
            self.write(conform(pd.DataFrame(columns=SCHEMAS[self.table]), self.table))
        if self._writer is not None:
            self._writer.close()


def extract_to(chunks: Iterable[Corpus], out: str | Path, fmt: str = "csv", progress=None) -> RunSummary:
    """Run the extraction over Corpus chunks, writing every table incrementally under *out*."""
    return extract_tables_to((extract_chunk(c) for c in chunks), out, fmt=fmt, progress=progress)


def extract_tables_to(chunk_tables: Iterable[dict], out: str | Path, fmt: str = "csv", progress=None) -> RunSummary:
    """Write already-extracted chunk tables incrementally under *out*; add the actors table at the end."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    writers = {t: _TableWriter(out, t, fmt) for t in SCHEMAS}
    summary, problem_parts = ActorSummary(), []
    n_articles = 0
    for tables in chunk_tables:
        for name in PER_ARTICLE_TABLES:
            writers[name].write(tables[name])
        n_articles += len(tables["articles"])
        summary.add(tables["mentions"], tables["articles"][["article_id", "published"]])
        problem_parts.append(tables["problems"])
        if progress is not None:
            progress.update(len(tables["articles"]))
    writers["actors"].write(summary.frame())
    for w in writers.values():
        w.close()
    problems = pd.concat(problem_parts, ignore_index=True) if problem_parts else pd.DataFrame(columns=PROBLEM_COLUMNS)
    return RunSummary(
        n_articles=n_articles,
        rows={t: w.rows for t, w in writers.items()},
        problems=problems,
        out=out,
        files=[w.path for w in writers.values()],
    )


#: Cyclic-GC thresholds while a corpus streams through (Python's default first one is 700).
BULK_GC_THRESHOLD = (50_000, 20, 100)


@contextlib.contextmanager
def bulk_gc():
    """Fewer cyclic garbage collections while a long extraction runs (a few per cent faster).

    The extractors make many short-lived objects that reference counting frees at
    once; the collector's passes over them (and over the reference data and compiled
    patterns, which live for the whole run) are mostly wasted. Inside the block the
    first threshold is raised and, once the first chunk has built those long-lived
    objects, :func:`freeze_long_lived` moves them out of the collector's scans. The
    previous thresholds are restored and the objects unfrozen on exit. Memory is
    unchanged: nothing lives longer than it would.
    """
    old = gc.get_threshold()
    gc.set_threshold(*BULK_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


_frozen = False


def freeze_long_lived() -> None:
    """After the first chunk in a process: keep what exists now out of later collections."""
    global _frozen
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen = True


def _worker_init() -> None:
    gc.set_threshold(*BULK_GC_THRESHOLD)


def _extract_raw_chunk(batch, problems, label: str, freeze: bool = False) -> dict[str, pd.DataFrame]:
    from .corpus import build_corpus

    tables = extract_chunk(build_corpus(batch, problems, path=label))
    if freeze:
        freeze_long_lived()
    return tables


def iter_chunk_tables(path: str | Path, chunk_size: int = 500, jobs: int = 1, strict: bool = False):
    """Tables of each chunk of the corpus at *path*, in corpus order.

    With *jobs* > 1 the chunks are extracted in that many worker processes (a few
    chunks in flight at a time, so memory stays flat); the rows and their order are
    the same as with one process. With *strict*, the first problem raises
    :class:`StrictProblem` before the chunk is extracted.
    """
    from .corpus import iter_raw_chunks
    from .paths import relative

    label = relative(path)
    chunks = iter_raw_chunks(path, chunk_size)
    if strict:
        chunks = _strict(chunks)
    if jobs <= 1:
        global _frozen
        with bulk_gc():
            try:
                for batch, problems in chunks:
                    yield _extract_raw_chunk(batch, problems, label, freeze=True)
            finally:
                _frozen = False
        return
    import collections
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        pending: collections.deque = collections.deque()
        for batch, problems in chunks:
            pending.append(pool.submit(_extract_raw_chunk, batch, problems, label, True))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


class StrictProblem(Exception):
    """Raised in strict mode at the first problem, with a message naming the file."""


def _strict(chunks):
    from .corpus import problem_lines

    for batch, problems in chunks:
        frame = problems.frame()
        if len(frame):
            lines = problem_lines(frame)
            more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
            raise StrictProblem(f"{lines[0]}{more}")
        yield batch, problems


def extract_path(path: str | Path, out: str | Path, fmt: str = "csv", chunk_size: int = 500, progress=None,
                 jobs: int = 1, strict: bool = False) -> RunSummary:
    """Stream the corpus at *path* into *out*, chunk by chunk (see :func:`iter_chunk_tables`)."""
    return extract_tables_to(iter_chunk_tables(path, chunk_size, jobs, strict), out, fmt=fmt, progress=progress)
