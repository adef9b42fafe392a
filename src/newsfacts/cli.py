"""Command line: ``python -m newsfacts extract|evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .corpus import CorpusError, problem_lines, problem_summary

PROGRESS_MIN_ARTICLES = 300


class StrictError(Exception):
    pass


def _count_articles(path: Path) -> int | None:
    if path.is_dir():
        return sum(1 for p in path.iterdir() if p.is_file() and p.suffix.lower() in {".txt", ".md"})
    if path.suffix.lower() == ".jsonl":
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None


def cmd_extract(args) -> int:
    from .pipeline import StrictProblem, extract_path

    path = Path(args.corpus)
    if not path.exists():
        raise CorpusError(f"corpus path '{args.corpus}' does not exist")
    total = _count_articles(path)
    progress = None
    if not args.quiet and sys.stderr.isatty() and (total or 0) > PROGRESS_MIN_ARTICLES:
        from tqdm import tqdm

        progress = tqdm(total=total, unit="article", file=sys.stderr, desc="extract")
    try:
        if args.engine == "dask":
            from .scale import extract_dask

            summary = extract_dask(path, args.out, chunk_size=args.chunk_size, scheduler=args.scheduler)
            if args.strict and len(summary.problems):
                raise StrictError(problem_lines(summary.problems)[0])
        else:
            summary = extract_path(path, args.out, fmt=args.format, chunk_size=args.chunk_size,
                                   progress=progress, jobs=args.jobs, strict=args.strict)
    except StrictProblem as exc:
        raise StrictError(str(exc)) from None
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet:
        rows = ", ".join(f"{t} {n}" for t, n in summary.rows.items())
        print(f"extracted {summary.n_articles} article(s) from {args.corpus} into {args.out}: {rows}")
    print(f"problems: {problem_summary(summary.problems)}", file=sys.stderr if args.quiet else sys.stdout)
    return 0


def cmd_evaluate(args) -> int:
    import pandas as pd

    from .corpus import load_corpus
    from .evaluate import evaluate, load_gold
    from .pipeline import run

    gold = load_gold(args.gold)
    if not gold:
        raise CorpusError(f"no annotation files (mentions.csv, events.csv, counts.csv, demands.csv) in '{args.gold}'")
    corpus = load_corpus(args.corpus)
    if args.strict and len(corpus.problems):
        raise StrictError(problem_lines(corpus.problems)[0])
    scores, errors = evaluate(run(corpus), gold, corpus)
    with pd.option_context("display.width", 120):
        print(scores.to_string(index=False))
    if args.show_errors and len(errors):
        print()
        print(errors[["table", "key", "kind", "article_id", "item"]].to_string(index=False))
    if args.min_f1 is not None:
        low = scores[scores.f1 < args.min_f1]
        if len(low):
            names = ", ".join(f"{r.table}/{r.key} {r.f1:.3f}" for r in low.itertuples())
            print(f"error: F1 below {args.min_f1}: {names}", file=sys.stderr)
            return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsfacts",
        description="Turn news articles into traceable tables: articles, sentences, problems, "
        "mentions, actors, events, counts and demands.",
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser(
        "extract", help="extract every table from a corpus",
        description="Read CORPUS (a folder of .txt/.md articles with optional articles.csv "
        "manifest, or a .jsonl/.csv file) and write one file per table into --out.",
    )
    ex.add_argument("corpus", help="folder of articles, or a .jsonl/.csv file")
    ex.add_argument("--out", required=True, help="output folder (created if missing)")
    ex.add_argument("--format", choices=["csv", "parquet"], default="csv", help="table format (default: csv)")
    ex.add_argument("--strict", action="store_true", help="exit non-zero on the first problem, naming the file")
    ex.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    ex.add_argument("--chunk-size", type=int, default=500, help="articles per chunk (default: 500)")
    ex.add_argument("--jobs", type=int, default=1,
                    help="worker processes for the default engine (default: 1); same rows, in the same order")
    ex.add_argument("--engine", choices=["default", "dask"], default="default",
                    help="'dask' runs the chunks as a Dask computation and writes partitioned Parquet")
    ex.add_argument("--scheduler", default=None,
                    help="address of an existing dask.distributed scheduler (with --engine dask)")
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser(
        "evaluate", help="score the extraction against hand annotations",
        description="Extract CORPUS and score each table against the annotation CSVs in --gold.",
    )
    ev.add_argument("corpus", help="folder of articles, or a .jsonl/.csv file")
    ev.add_argument("--gold", required=True, help="folder with mentions.csv, events.csv, counts.csv, demands.csv")
    ev.add_argument("--min-f1", type=float, default=None, help="exit 1 when any score's F1 is below this")
    ev.add_argument("--show-errors", action="store_true", help="also list every miss and false hit")
    ev.add_argument("--strict", action="store_true", help="exit non-zero on any corpus problem")
    ev.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except StrictError as exc:
        print(f"error (--strict): {exc}", file=sys.stderr)
        return 1
