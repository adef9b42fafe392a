"""The Dask engine gives the default engine's tables, row for row after sorting."""

import shutil

import pandas as pd
import pytest

from newsfacts import paths
from newsfacts.pipeline import SCHEMAS, extract_path

pytest.importorskip("distributed")

FIXTURES = paths.ROOT / "tests" / "fixtures" / "own_corpus"


@pytest.fixture
def mixed_corpus(tmp_path):
    d = tmp_path / "mixed"
    shutil.copytree(paths.RAW, d)
    for f in FIXTURES.iterdir():
        shutil.copy(f, d / f.name)
    (d / "empty.txt").write_text("")  # a problem row must travel too
    return d


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    df = df.astype("string").fillna("")
    return df.sort_values(list(df.columns)).reset_index(drop=True)


def test_dask_engine_matches_default(mixed_corpus, tmp_path):
    from distributed import LocalCluster

    from newsfacts.scale import extract_dask

    default = extract_path(mixed_corpus, tmp_path / "default", fmt="parquet", chunk_size=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = extract_dask(mixed_corpus, tmp_path / "dask", chunk_size=1, scheduler=cluster.scheduler_address)
    assert summary.n_articles == default.n_articles == 4
    for table in SCHEMAS:
        a = pd.read_parquet(tmp_path / "default" / f"{table}.parquet")
        b = pd.read_parquet(tmp_path / "dask" / table)
        assert list(b.columns) == SCHEMAS[table]
        pd.testing.assert_frame_equal(_sorted(a), _sorted(b), obj=table)
    assert summary.rows == default.rows
