"""`make all CORPUS=… OUT=…`: the whole sequence on a corpus written for the test, into OUT only."""

import hashlib
import shutil

import nbformat
import pandas as pd
import pytest

from newsfacts import cli, paths, run_notebooks

FIXTURES = paths.ROOT / "tests" / "fixtures" / "own_corpus"
NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def _digests():
    files = NOTEBOOKS + sorted(paths.FIGURES.glob("*"))
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def test_every_notebook_has_a_parameters_cell():
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, path.name
        assert "corpus =" in tagged[0].source and "out =" in tagged[0].source


def test_sequence_runs_on_own_corpus_into_out(tmp_path):
    corpus = tmp_path / "articles"
    shutil.copytree(FIXTURES, corpus)
    out = tmp_path / "OUT"
    before = _digests()
    assert cli.main(["extract", str(corpus), "--out", str(out / "tables"), "--quiet"]) == 0
    assert run_notebooks.main(["--corpus", str(corpus), "--out", str(out), *map(str, NOTEBOOKS)]) == 0
    assert _digests() == before, "committed notebooks or figures were touched"

    articles = pd.read_csv(out / "tables" / "articles.csv")
    assert sorted(articles.article_id) == ["02_flood_relief", "own-01"]
    for path in NOTEBOOKS:
        executed = nbformat.read(out / "notebooks" / path.name, as_version=4)
        code = [c for c in executed.cells if c.cell_type == "code"]
        assert all(c.execution_count for c in code), path.name
        errors = [o for c in code for o in c.outputs if o.output_type == "error"]
        assert not errors, path.name
        text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for c in code for o in c.outputs)
        assert "Caucasus Wire" in text or "own-01" in text or path.name != "00_corpus.ipynb"
    figures = {p.stem for p in (out / "figures").glob("*.png")}
    committed = {p.stem for p in paths.FIGURES.glob("*.png")}
    assert figures == committed, "every figure of the sequence is produced for the own corpus"
    for p in (out / "figures").glob("*.png"):
        assert p.stat().st_size > 1000
