"""Casualty and displacement counts.  (skeleton — issue 5)"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["count_id", "article_id", "sentence_id", "start", "end", "text", "value", "low", "high", "qualifier", "category", "group", "place", "date", "part_of", "source_phrase"]


def extract(corpus, events: pd.DataFrame | None = None, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``counts`` table for *corpus*."""
    return pd.DataFrame(columns=COLUMNS)
