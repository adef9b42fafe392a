"""How much does newsfacts' tokenizer cache fix help on a given text? Tokenizer alone, CPU seconds.

    .venv/bin/python benchmarks/tokenizer_cache.py FILE [FILE ...]     # .txt/.md read whole, .jsonl by "text"

Compares spaCy's bare ``spacy.blank("en")`` tokenizer with the project's
tokenizer (``newsfacts.nlp.get_nlp().tokenizer``: the same spaCy tokenizer with
the project's extra abbreviations, wrapped in ``WarmCacheTokenizer``) on the
same texts, and checks the tokens are the same. Plain-text files are cut into
texts of 2,500 characters (a news article's length).

The gain depends on how often whitespace-separated chunks repeat: the synthetic
corpora of benchmarks/bench.py reuse a few hundred sentences, so nearly every
chunk is a cache hit there; real archives repeat less. Run this on real text
(your own archive, or any long English text) to see the gain you will get.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TEXT_CHARS = 2500


def read_texts(files: list[Path]) -> list[str]:
    texts: list[str] = []
    for f in files:
        if f.suffix == ".jsonl":
            with f.open(encoding="utf-8") as fh:
                texts += [json.loads(line)["text"] for line in fh if line.strip()]
        else:
            raw = f.read_text(encoding="utf-8", errors="replace")
            texts += [raw[i:i + TEXT_CHARS] for i in range(0, len(raw), TEXT_CHARS)]
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+")
    args = ap.parse_args()
    missing = [str(f) for f in args.files if not f.is_file()]
    if missing:
        raise SystemExit(f"no such file: {', '.join(missing)}")

    import spacy
    from spacy.symbols import ORTH

    from newsfacts.nlp import EXTRA_ABBREVIATIONS, get_nlp

    texts = read_texts(args.files)
    chunks = [c for t in texts for c in t.split()]
    print(f"{len(texts):,} texts, {len(chunks):,} whitespace chunks, {len(set(chunks)):,} distinct")
    bare = spacy.blank("en").tokenizer
    ours = get_nlp().tokenizer
    t = time.process_time(); [bare(x) for x in texts]; t_bare = time.process_time() - t
    t = time.process_time(); b = [ours(x) for x in texts]; t_ours = time.process_time() - t
    print(f"spaCy blank tokenizer {t_bare:.2f} s CPU; newsfacts tokenizer {t_ours:.2f} s CPU; "
          f"speed-up {t_bare / t_ours:.2f}x")
    # the same tokens as spaCy's tokenizer with the project's abbreviations, without the cache wrapper
    plain = spacy.blank("en").tokenizer
    for abbr in EXTRA_ABBREVIATIONS:
        plain.add_special_case(abbr, [{ORTH: abbr}])
    differ = sum(1 for text, doc in zip(texts, b)
                 if [x.text_with_ws for x in plain(text)] != [y.text_with_ws for y in doc])
    print(f"texts tokenized differently from the unwrapped tokenizer: {differ:,}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
