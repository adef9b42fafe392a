"""Benchmark: throughput and peak memory of the extraction, against spaCy's own pipelines.

    make bench                                   # sizes 1,000 / 10,000 / 100,000 articles
    .venv/bin/python benchmarks/bench.py --sizes 1000 10000   # quicker

For each size a synthetic corpus (.jsonl) is built by sampling sentences from the
annotated seed articles and the project's own test articles (so every extractor
has work). Then, each in a fresh subprocess so peak memory is its own:

* ``full``      the streaming CLI extraction (``python -m newsfacts extract``), all tables to CSV;
* ``spacy``     spaCy's bare ``spacy.blank("en")`` tokenizer + sentencizer over the same texts;
* ``ner``       an installed English spaCy pipeline's NER alone, when one is installed;
* per extractor (smallest size only, in-process): corpus building, actors, events, counts, demands.

Results (ratios first) are written to benchmarks/README.md together with a
description of the machine. Not a test: absolute times vary by machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SENTENCES_PER_ARTICLE = 10
SEED = 20231919


def source_sentences() -> list[str]:
    from newsfacts import load_corpus, paths

    texts = []
    for folder in (paths.RAW, ROOT / "tests" / "fixtures" / "own_corpus"):
        corpus = load_corpus(folder)
        texts += corpus.sentences.text.tolist()
    return [t for t in texts if len(t.split()) >= 4]


def build_corpus(n: int, path: Path, sentences: list[str]) -> tuple[int, int]:
    """Write *n* articles to *path*; return (words, distinct whitespace chunks)."""
    rng = random.Random(SEED + n)
    words = 0
    chunks: set[str] = set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            year = rng.choice([2023, 2024, 2025, 2026])
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            body = " ".join(rng.choice(sentences) for _ in range(SENTENCES_PER_ARTICLE))
            text = f"date {date} YEREVAN (Bench Wire) — {body}"
            words += len(text.split())
            chunks.update(text.split())
            fh.write(json.dumps({"id": f"b{i:06d}", "published": date, "text": text}) + "\n")
    return words, len(chunks)


def measure(code: list[str]) -> tuple[float, float]:
    """Run a command; return (seconds, peak RSS in MiB) of that child alone."""
    wrapper = (
        "import resource, subprocess, sys, time;"
        "t=time.perf_counter(); r=subprocess.run(sys.argv[1:]);"
        "dt=time.perf_counter()-t;"
        "m=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024;"
        "print(f'BENCH {dt} {m}', file=sys.stderr); sys.exit(r.returncode)"
    )
    proc = subprocess.run([sys.executable, "-c", wrapper, *code], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"benchmark step failed: {' '.join(code)}\n{proc.stderr[-2000:]}")
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH ")][-1]
    _, seconds, mib = line.split()
    return float(seconds), float(mib)


SPACY_BASELINE = """
import json, sys, spacy
nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")
texts = (json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8"))
n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
"""

NER_BASELINE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2], exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "morphologizer", "senter"])
texts = (json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8"))
n = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=256))
"""


def installed_english_pipeline() -> str | None:
    try:
        import spacy.util
    except ImportError:
        return None
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        if spacy.util.is_package(name):
            return name
    return None


def per_extractor(path: Path, words: int) -> list[dict]:
    """In-process seconds per step on one corpus (one chunk stream)."""
    from newsfacts import actors, counts, demands, events
    from newsfacts.corpus import build_corpus as build, iter_raw_chunks

    totals = {"corpus (read + sentences)": 0.0, "actors": 0.0, "events": 0.0, "counts": 0.0, "demands": 0.0}
    for batch, problems in iter_raw_chunks(path, 500):
        t = time.perf_counter(); c = build(batch, problems); totals["corpus (read + sentences)"] += time.perf_counter() - t
        t = time.perf_counter(); m = actors.extract(c); totals["actors"] += time.perf_counter() - t
        t = time.perf_counter(); e = events.extract(c, m); totals["events"] += time.perf_counter() - t
        t = time.perf_counter(); counts.extract(c, e, m); totals["counts"] += time.perf_counter() - t
        t = time.perf_counter(); demands.extract(c, m, e); totals["demands"] += time.perf_counter() - t
    return [{"step": k, "seconds": v, "words_per_s": words / v if v else float("nan")} for k, v in totals.items()]


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        info = Path("/proc/cpuinfo").read_text()
        m = re.search(r"model name\s*:\s*(.+)", info)
        cpu = m.group(1).strip() if m else cpu
    except OSError:
        pass
    try:
        mem = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 1024 / 1024
        mem_s = f"{mem:.0f} GiB RAM"
    except (OSError, AttributeError):
        mem_s = "RAM unknown"
    import spacy

    return (f"{cpu}, {os.cpu_count()} cores, {mem_s}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--report", type=Path, default=ROOT / "benchmarks" / "README.md")
    ap.add_argument("--workdir", type=Path, default=None,
                    help="keep corpora and outputs here (default: a temporary folder, removed at the end)")
    args = ap.parse_args()

    if args.workdir is None:  # corpora and outputs reach ~2 GB at 100,000 articles: removed afterwards
        with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
            return run(args, Path(tmp))
    args.workdir.mkdir(parents=True, exist_ok=True)
    return run(args, args.workdir)


def run(args: argparse.Namespace, work: Path) -> int:
    sentences = source_sentences()
    ner_name = installed_english_pipeline()
    rows, steps = [], []
    for n in args.sizes:
        path = work / f"corpus_{n}.jsonl"
        words, distinct = build_corpus(n, path, sentences)
        print(f"[{n} articles, {words} words] full extraction ...", flush=True)
        full_s, full_mb = measure([sys.executable, "-m", "newsfacts", "extract", str(path), "--out",
                                   str(work / f"out_{n}"), "--quiet"])
        jobs = os.cpu_count() or 1
        par_s = par_mb = None
        if jobs > 1:
            print(f"[{n}] full extraction, --jobs {jobs} ...", flush=True)
            par_s, par_mb = measure([sys.executable, "-m", "newsfacts", "extract", str(path), "--out",
                                     str(work / f"out_{n}_jobs"), "--quiet", "--jobs", str(jobs)])
        print(f"[{n}] spaCy blank tokenizer + sentencizer ...", flush=True)
        sp_s, sp_mb = measure([sys.executable, "-c", SPACY_BASELINE, str(path)])
        ner_s = ner_mb = None
        if ner_name:
            print(f"[{n}] {ner_name} NER ...", flush=True)
            ner_s, ner_mb = measure([sys.executable, "-c", NER_BASELINE, str(path), ner_name])
        rows.append(dict(n=n, words=words, distinct=distinct, full_s=full_s, full_mb=full_mb, sp_s=sp_s, sp_mb=sp_mb,
                         ner_s=ner_s, ner_mb=ner_mb, par_s=par_s, par_mb=par_mb, jobs=jobs))
        if n == min(args.sizes):
            steps = per_extractor(path, words)
    write_report(args.report, rows, steps, ner_name)
    print(f"wrote {args.report.relative_to(ROOT) if args.report.is_relative_to(ROOT) else args.report}")
    return 0


def write_report(path: Path, rows: list[dict], steps: list[dict], ner_name: str | None) -> None:
    lines = ["# Benchmark", "",
             "Made by `make bench` (benchmarks/bench.py); re-run it to refresh this page. Synthetic corpora "
             f"of {SENTENCES_PER_ARTICLE} sentences per article, sampled from the annotated seeds and the "
             "project's own test articles, read from one .jsonl file. Each measurement runs in its own "
             "process; peak memory is that process's maximum resident set size.", "",
             f"Machine: {machine()}.", "", "## Ratios (our throughput ÷ the baseline's; higher is better)", "",
             "| articles | one process vs spaCy blank tokenizer+sentencizer (target ≥ 0.5) | `--jobs` = all cores vs the same (single-process) baseline | vs " + (ner_name or "trained pipeline") + " NER (target ≥ 20) |",
             "|---:|---:|---:|---:|"]
    for r in rows:
        ner = f"{r['ner_s'] / r['full_s']:.1f}×" if r["ner_s"] else "no English pipeline installed"
        par = f"{r['sp_s'] / r['par_s']:.2f}× ({r['jobs']} jobs)" if r.get("par_s") else "—"
        lines.append(f"| {r['n']:,} | {r['sp_s'] / r['full_s']:.2f}× | {par} | {ner} |")
    lines += ["", "## Scaling (full extraction, streaming CLI)", "",
              "| articles | words | seconds | words/s | peak memory (MiB) | `--jobs` seconds | `--jobs` peak, largest process (MiB) | spaCy baseline words/s | spaCy baseline peak (MiB) |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        par_s = f"{r['par_s']:.1f}" if r.get("par_s") else "—"
        par_mb = f"{r['par_mb']:.0f}" if r.get("par_mb") else "—"
        lines.append(f"| {r['n']:,} | {r['words']:,} | {r['full_s']:.1f} | {r['words'] / r['full_s']:,.0f} | "
                     f"{r['full_mb']:.0f} | {par_s} | {par_mb} | {r['words'] / r['sp_s']:,.0f} | {r['sp_mb']:.0f} |")
    if steps:
        lines += ["", f"## Per step ({rows[0]['n']:,} articles, in-process)", "",
                  "| step | seconds | words/s |", "|---|---:|---:|"]
        lines += [f"| {s['step']} | {s['seconds']:.2f} | {s['words_per_s']:,.0f} |" for s in steps]
    lines += ["", "Linear time shows as a constant words/s across sizes; flat memory as a peak that "
              "does not grow with the number of articles (tables are written chunk by chunk).", "",
              "## Caveat: this corpus repeats itself more than a real archive", "",
              "Sentences are sampled from a few hundred source sentences, so the "
              f"{rows[-1]['n']:,}-article corpus has only {rows[-1]['distinct']:,} distinct whitespace-separated "
              "chunks. The project's tokenizer (`newsfacts.nlp.WarmCacheTokenizer`) keeps spaCy's chunk cache "
              "working, which pays most when chunks repeat: here the tokenizer alone is several times faster "
              "than spaCy's bare one, on open-vocabulary text much less (measured: 1.3× on vim's help files "
              "version6–9.txt, 1,651 texts of 2,500 characters, 56,332 distinct chunks in 468,251). Our estimate "
              "for such text (tokenizer time scaled by that smaller gain, the extractors' time unchanged): a "
              "single-process ratio of about 0.4× rather than the figures above. Measure the tokenizer on your own text with "
              "`.venv/bin/python benchmarks/tokenizer_cache.py FILE ...`.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
