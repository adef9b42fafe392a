"""Actors: who appears, as what, in what role.  (skeleton — being built under issue 3)"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "actor", "actor_type", "role", "actor_id", "ref_id"]
ACTOR_COLUMNS = ["actor", "actor_type", "actor_id", "ref_id", "roles", "n_mentions", "n_articles", "first_date", "last_date"]


def extract(corpus) -> pd.DataFrame:
    """Return the ``mentions`` table for *corpus* (one row per actor mention)."""
    return pd.DataFrame(columns=COLUMNS)


def summarize(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return the ``actors`` table: one row per canonical actor."""
    return pd.DataFrame(columns=ACTOR_COLUMNS)
