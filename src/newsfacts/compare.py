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
