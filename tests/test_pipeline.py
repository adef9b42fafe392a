"""Chunked streaming gives the same tables as one in-memory pass."""

import shutil

import pandas as pd

from newsfacts import load_corpus, paths
from newsfacts.pipeline import SCHEMAS, extract_path, run


def test_streamed_actor_summary_equals_single_pass(tmp_path):
    corpus = tmp_path / "mixed"
    shutil.copytree(paths.RAW, corpus)
    for folder in (paths.FIXTURES / "own_corpus", paths.FIXTURES / "dev_corpus"):
        for f in folder.iterdir():
            shutil.copy(f, corpus / f.name)
    whole = run(load_corpus(corpus))
    extract_path(corpus, tmp_path / "out", chunk_size=2)
    for table in ("actors", "mentions", "counts"):
        streamed = pd.read_csv(tmp_path / "out" / f"{table}.csv", dtype=str, keep_default_na=False)
        whole[table].to_csv(tmp_path / f"{table}_whole.csv", index=False, lineterminator="\n")
        expected = pd.read_csv(tmp_path / f"{table}_whole.csv", dtype=str, keep_default_na=False)
        assert list(streamed.columns) == SCHEMAS[table]
        pd.testing.assert_frame_equal(streamed.reset_index(drop=True), expected.reset_index(drop=True),
                                      check_dtype=False, obj=table)
    assert (whole["actors"].n_articles > 1).any(), "the test needs actors shared across chunks"


def test_streaming_relaxes_the_garbage_collector_only_while_it_runs(tmp_path):
    import gc

    from newsfacts.pipeline import BULK_GC_THRESHOLD, iter_chunk_tables

    before = gc.get_threshold()
    assert before != BULK_GC_THRESHOLD
    chunks = iter_chunk_tables(paths.RAW, chunk_size=1)
    next(chunks)
    assert gc.get_threshold() == BULK_GC_THRESHOLD  # raised while the corpus streams
    assert gc.get_freeze_count() > 0  # the long-lived objects of the first chunk are kept out of scans
    for _ in chunks:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    # an abandoned stream restores them too
    chunks = iter_chunk_tables(paths.RAW, chunk_size=1)
    next(chunks)
    chunks.close()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    # and a second run freezes again (the per-process flag was reset)
    chunks = iter_chunk_tables(paths.RAW, chunk_size=1)
    next(chunks)
    assert gc.get_freeze_count() > 0
    chunks.close()
