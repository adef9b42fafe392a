"""Dated events: date expressions normalised and tied to their clause.  (skeleton — issue 4)"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["article_id", "sentence_id", "start", "end", "expression", "date", "precision", "anchor", "tense", "event", "event_type", "actors"]


def extract(corpus, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``events`` table for *corpus*."""
    return pd.DataFrame(columns=COLUMNS)
