"""Score extracted tables against hand annotations (data/annotations/<table>.csv).

Gold files have the extracted table's columns, minus what cannot be annotated.
Matching is on a key per table (:data:`KEYS`) as a multiset: a key seen twice in
gold must be found twice. ``part_of`` (an id) is compared through the parent's
value, so ids need not agree between gold and prediction.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from .corpus import Corpus

#: table -> {score name: key columns}
KEYS: dict[str, dict[str, list[str]]] = {
    "mentions": {
        "actor": ["article_id", "actor", "actor_type"],
        "span": ["article_id", "start", "end"],
    },
    "events": {"date": ["article_id", "date", "precision"]},
    "counts": {"count": ["article_id", "category", "value", "qualifier", "part_of_value"]},
    "demands": {
        "claim": ["article_id", "claimant", "issue"],
        "full": ["article_id", "claimant", "action", "addressee", "issue"],
    },
}
SCORE_COLUMNS = ["table", "key", "gold", "predicted", "matched", "precision", "recall", "f1"]
ERROR_COLUMNS = ["table", "key", "kind", "article_id", "sentence_id", "item", "sentence"]


def load_gold(gold_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Every annotation file that exists in *gold_dir*, by table name."""
    gold = {}
    for table in KEYS:
        path = Path(gold_dir) / f"{table}.csv"
        if path.is_file():
            gold[table] = pd.read_csv(path, dtype=str, keep_default_na=False)
    return gold


def _prepare(df: pd.DataFrame, table: str) -> pd.DataFrame:
    df = df.copy().astype("string").fillna("")
    if table == "counts":
        ids = df.set_index("count_id")["value"].to_dict() if "count_id" in df else {}
        df["part_of_value"] = df.get("part_of", pd.Series([""] * len(df))).map(lambda x: ids.get(x, "") if x else "")
        for col in ("value", "part_of_value"):
            df[col] = df[col].map(_num)
    if table == "mentions":
        for col in ("start", "end"):
            df[col] = df[col].map(_num)
    return df


def _num(x) -> str:
    try:
        f = float(x)
    except (TypeError, ValueError):
        return str(x)
    return str(int(f)) if f.is_integer() else repr(f)


def _keys(df: pd.DataFrame, cols: list[str]) -> list[tuple]:
    return [tuple(str(v) for v in row) for row in df[cols].itertuples(index=False)]


def score_table(pred: pd.DataFrame, gold: pd.DataFrame, table: str, sentences: pd.DataFrame | None = None):
    """Precision/recall/F1 for each key of *table*, plus the misses and false hits."""
    pred_p, gold_p = _prepare(pred, table), _prepare(gold, table)
    scores, errors = [], []
    for name, cols in KEYS[table].items():
        pk, gk = Counter(_keys(pred_p, cols)), Counter(_keys(gold_p, cols))
        matched = sum((pk & gk).values())
        n_pred, n_gold = sum(pk.values()), sum(gk.values())
        precision = matched / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        recall = matched / n_gold if n_gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(dict(table=table, key=name, gold=n_gold, predicted=n_pred, matched=matched,
                           precision=round(precision, 3), recall=round(recall, 3), f1=round(f1, 3)))
        for kind, frame, extra in (("miss", gold_p, gk - pk), ("false hit", pred_p, pk - gk)):
            remaining = Counter(extra)
            for row, key in zip(frame.itertuples(index=False), _keys(frame, cols)):
                if remaining[key] > 0:
                    remaining[key] -= 1
                    errors.append(dict(table=table, key=name, kind=kind, article_id=row.article_id,
                                       sentence_id=getattr(row, "sentence_id", ""),
                                       item=" | ".join(f"{c}={v}" for c, v in zip(cols[1:], key[1:])),
                                       sentence=_sentence(sentences, row)))
    return scores, errors


def _sentence(sentences: pd.DataFrame | None, row) -> str:
    if sentences is None or sentences.empty:
        return ""
    s = sentences[sentences.article_id == row.article_id]
    start = getattr(row, "start", "")
    try:
        pos = int(float(start))
        hit = s[(s.start <= pos) & (s.end > pos)]
        if len(hit):
            return str(hit.iloc[0].text)
    except (TypeError, ValueError):
        pass
    sid = getattr(row, "sentence_id", "")
    if str(sid).strip().lstrip("-").isdigit():
        hit = s[s.sentence_id == int(sid)]
        if len(hit):
            return str(hit.iloc[0].text)
    return ""


def evaluate(tables: dict[str, pd.DataFrame], gold: dict[str, pd.DataFrame], corpus: Corpus | None = None):
    """Score every table that has annotations. Returns (scores, errors) DataFrames.

    An article counts as annotated when any gold file has a row for it, and is
    then scored in every table (an annotated article with no counts in gold must
    yield no counts). Only annotated articles present in the corpus are scored, so
    an annotated subset of a larger corpus can be evaluated, and a corpus with no
    annotated article gives empty tables.
    """
    sentences = corpus.sentences if corpus is not None else tables.get("sentences")
    articles = corpus.articles if corpus is not None else tables.get("articles")
    in_corpus = set(articles.article_id) if articles is not None else None
    # An article is annotated when any gold file has a row for it; it is then scored in
    # every table, so false hits in a table where its gold has no rows still count.
    annotated = set().union(*(set(g.article_id) for g in gold.values())) if gold else set()
    if in_corpus is not None:  # annotations of articles this corpus lacks are not misses
        annotated &= in_corpus
    scores, errors = [], []
    for table, g in gold.items():
        if table not in tables or not annotated:
            continue
        g = g[g.article_id.isin(annotated)]
        pred = tables[table]
        pred = pred[pred.article_id.isin(annotated)]
        s, e = score_table(pred, g, table, sentences)
        scores += s
        errors += e
    return (pd.DataFrame(scores, columns=SCORE_COLUMNS),
            pd.DataFrame(errors, columns=ERROR_COLUMNS))


def evaluate_path(corpus_path, gold_dir):
    """Load, extract and score one annotated corpus. Returns (scores, errors, corpus)."""
    from .corpus import load_corpus
    from .pipeline import run

    corpus = load_corpus(corpus_path)
    scores, errors = evaluate(run(corpus), load_gold(gold_dir), corpus)
    return scores, errors, corpus


def score_sets(sets: dict | None = None) -> pd.DataFrame:
    """Scores on every annotated set (default: ``paths.EVAL_SETS``), one block per set.

    Sets whose folders are missing are skipped.
    """
    from . import paths

    frames = []
    for name, (corpus_dir, gold_dir) in (sets or paths.EVAL_SETS).items():
        if not (Path(corpus_dir).exists() and Path(gold_dir).is_dir()):
            continue
        scores, _, corpus = evaluate_path(corpus_dir, gold_dir)
        frames.append(scores.assign(set=name, articles=len(corpus.articles)))
    if not frames:
        return pd.DataFrame(columns=["set", "articles", *SCORE_COLUMNS])
    out = pd.concat(frames, ignore_index=True)
    return out[["set", "articles", *SCORE_COLUMNS]]


def draw_scores(ax, scores: pd.DataFrame) -> None:
    """Grouped horizontal bars: F1 per table/key (rows) for each annotated set (colours)."""
    from .plots import PALETTE

    if scores.empty:
        ax.text(0.5, 0.5, "no annotated articles", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    labels = list(dict.fromkeys(f"{t} / {k}" for t, k in zip(scores.table, scores.key)))
    sets = list(dict.fromkeys(scores.set))
    height = 0.8 / len(sets)
    for j, name in enumerate(sets):
        s = scores[scores.set == name].assign(label=lambda d: d.table + " / " + d.key).set_index("label")
        ys = [i + j * height for i in range(len(labels))]
        values = [float(s.f1.get(lab, float("nan"))) for lab in labels]
        ax.barh(ys, values, height=height, color=PALETTE[j % len(PALETTE)], label=name)
        for y, v in zip(ys, values):
            if v == v:
                ax.text(v + 0.01, y, f"{v:.2f}", va="center", fontsize=7)
    ax.set_yticks([i + 0.4 - height / 2 for i in range(len(labels))], labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.set_xlabel("F1")
    ax.legend(frameon=False, loc="lower right", fontsize=8)
