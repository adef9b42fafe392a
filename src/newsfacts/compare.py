"""Side-by-side with a general-purpose date finder (dateparser's ``search_dates``).

Used by notebooks/05_quality.ipynb to show what the purpose-built date rules
add. dateparser is an optional extra (``pip install -e ".[compare]"``, included
in ``.[dev]``). Its hits are read as day-precision dates (that is all it
returns), relative to the article's publication date, preferring the past.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

COLUMNS = ["article_id", "sentence_id", "start", "end", "expression", "date", "precision"]


def dateparser_events(corpus, article_ids=None) -> pd.DataFrame:
    """Every date dateparser finds in the corpus's sentences, as an events-like table."""
    from dateparser.search import search_dates

    articles = corpus.articles.set_index("article_id")
    sentences = corpus.sentences
    if article_ids is not None:
        sentences = sentences[sentences.article_id.isin(set(article_ids))]
    rows = []
    for s in sentences.itertuples():
        published = articles.at[s.article_id, "published"]
        base = dt.datetime.fromisoformat(published) if published else None
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if base is not None:
            settings["RELATIVE_BASE"] = base
        found = search_dates(s.text, languages=["en"], settings=settings) or []
        cursor = 0
        for expression, when in found:
            offset = s.text.find(expression, cursor)
            cursor = offset + len(expression) if offset >= 0 else cursor
            rows.append({
                "article_id": s.article_id, "sentence_id": s.sentence_id,
                "start": s.start + offset if offset >= 0 else s.start,
                "end": s.start + offset + len(expression) if offset >= 0 else s.end,
                "expression": expression, "date": when.date().isoformat(), "precision": "day",
            })
    return pd.DataFrame(rows, columns=COLUMNS)


def side_by_side(gold: pd.DataFrame, ours: pd.DataFrame, theirs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per annotated date expression: the gold date, ours, and dateparser's, at the same place.

    A system's hit is matched to a gold expression when their character spans overlap.
    """
    def lookup(frame: pd.DataFrame, row) -> str:
        hit = frame[(frame.article_id == row.article_id) & (frame.start.astype(int) < int(row.end))
                    & (frame.end.astype(int) > int(row.start))]
        return "; ".join(f"{d} ({p})" for d, p in zip(hit.date, hit.precision)) or "—"

    out = []
    for row in gold.itertuples():
        out.append({
            "article_id": row.article_id, "sentence_id": int(row.sentence_id), "expression": row.expression,
            "gold": f"{row.date} ({row.precision})", "newsfacts": lookup(ours, row), "dateparser": lookup(theirs, row),
        })
    table = pd.DataFrame(out)
    if len(table):
        table["newsfacts_right"] = table.newsfacts == table.gold
        table["dateparser_right"] = table.dateparser == table.gold
    return table


def score_dates(corpus, ours: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Precision/recall/F1 on (article, date, precision) for newsfacts and for dateparser.

    Only articles of *corpus* that have gold rows are scored.
    """
    from .evaluate import score_table

    ids = set(gold.article_id) & set(corpus.articles.article_id)
    gold = gold[gold.article_id.isin(ids)]
    theirs = dateparser_events(corpus, ids)
    rows = []
    for system, pred in (("newsfacts", ours[ours.article_id.isin(ids)]), ("dateparser search_dates", theirs)):
        scores, _ = score_table(pred, gold, "events", corpus.sentences)
        rows.append({"system": system, **{k: v for k, v in scores[0].items() if k not in ("table", "key")}})
    return pd.DataFrame(rows)


def compare_sets(sets: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Date scores of newsfacts and dateparser on every annotated set, and the side-by-side rows.

    *sets* defaults to ``paths.EVAL_SETS``; sets without an events annotation file are skipped.
    """
    from . import paths
    from .corpus import load_corpus
    from .evaluate import load_gold
    from .pipeline import run

    scores, sides = [], []
    for name, (corpus_dir, gold_dir) in (sets or paths.EVAL_SETS).items():
        gold = load_gold(gold_dir).get("events") if corpus_dir.exists() else None
        if gold is None:
            continue
        corpus = load_corpus(corpus_dir)
        ours = run(corpus)["events"]
        scores.append(score_dates(corpus, ours, gold).assign(set=name))
        theirs = dateparser_events(corpus, set(gold.article_id))
        sides.append(side_by_side(gold, ours, theirs, corpus.sentences).assign(set=name))
    score_cols = ["set", "system", "gold", "predicted", "matched", "precision", "recall", "f1"]
    s = pd.concat(scores, ignore_index=True)[score_cols] if scores else pd.DataFrame(columns=score_cols)
    side = pd.concat(sides, ignore_index=True) if sides else pd.DataFrame()
    return s, side
