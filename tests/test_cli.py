import subprocess
import sys

import pandas as pd
import pytest

from newsfacts.cli import main
from newsfacts.pipeline import SCHEMAS


def test_extract_writes_every_table_as_csv(seed_copy, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(seed_copy), "--out", str(out)]) == 0
    for table, cols in SCHEMAS.items():
        df = pd.read_csv(out / f"{table}.csv")
        assert list(df.columns) == cols, table
    assert len(pd.read_csv(out / "articles.csv")) == 2
    printed = capsys.readouterr().out
    assert "extracted 2 article(s)" in printed and "problems: 0 problems" in printed


def test_extract_parquet_matches_csv(seed_copy, tmp_path):
    assert main(["extract", str(seed_copy), "--out", str(tmp_path / "c"), "--quiet"]) == 0
    assert main(["extract", str(seed_copy), "--out", str(tmp_path / "p"), "--format", "parquet", "--quiet"]) == 0
    for table in SCHEMAS:
        csv = pd.read_csv(tmp_path / "c" / f"{table}.csv", dtype=str, keep_default_na=False)
        pq = pd.read_parquet(tmp_path / "p" / f"{table}.parquet")
        assert list(pq.columns) == SCHEMAS[table]
        assert len(pq) == len(csv), table


def test_chunked_extraction_gives_same_rows(seed_copy, tmp_path):
    main(["extract", str(seed_copy), "--out", str(tmp_path / "one"), "--quiet"])
    main(["extract", str(seed_copy), "--out", str(tmp_path / "many"), "--quiet", "--chunk-size", "1"])
    for table in SCHEMAS:
        a = (tmp_path / "one" / f"{table}.csv").read_text(encoding="utf-8")
        b = (tmp_path / "many" / f"{table}.csv").read_text(encoding="utf-8")
        assert a == b, table


def test_messy_corpus_summary_and_strict(messy_corpus, tmp_path, capsys):
    assert main(["extract", str(messy_corpus), "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "problems:" in out and "encoding" in out and "front_matter" in out
    problems = pd.read_csv(tmp_path / "o" / "problems.csv")
    assert len(problems) >= 9
    assert main(["extract", str(messy_corpus), "--out", str(tmp_path / "s"), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "error (--strict)" in err and (".txt" in err or ".csv" in err)


def test_nonexistent_corpus_is_clear_error_not_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newsfacts", "extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr and "Traceback" not in proc.stderr


def test_help_documents_commands():
    proc = subprocess.run([sys.executable, "-m", "newsfacts", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "extract" in proc.stdout and "evaluate" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "newsfacts", "extract", "--help"], capture_output=True, text=True)
    for flag in ("--out", "--format", "--strict", "--quiet", "--engine"):
        assert flag in proc.stdout


def test_evaluate_min_f1_gate(tmp_path, seed_copy):
    gold = tmp_path / "gold"
    gold.mkdir()
    # a gold file that no extractor can match makes the gate fail
    pd.DataFrame([{"article_id": "000_e4956661fc79f44d", "date": "1900-01-01", "precision": "day"}]).to_csv(
        gold / "events.csv", index=False)
    assert main(["evaluate", str(seed_copy), "--gold", str(gold), "--min-f1", "0.5"]) == 1
    with pytest.raises(SystemExit):
        main(["evaluate"])


def test_parallel_jobs_give_identical_files(seed_copy, tmp_path):
    main(["extract", str(seed_copy), "--out", str(tmp_path / "one"), "--quiet", "--chunk-size", "1"])
    main(["extract", str(seed_copy), "--out", str(tmp_path / "two"), "--quiet", "--chunk-size", "1", "--jobs", "2"])
    for table in SCHEMAS:
        assert (tmp_path / "one" / f"{table}.csv").read_bytes() == (tmp_path / "two" / f"{table}.csv").read_bytes(), table
