"""Advocacy demands as claims (claimant, form, addressee, issue).  (skeleton — issue 6)"""

from __future__ import annotations

import pandas as pd

COLUMNS = ["demand_id", "article_id", "sentence_id", "start", "end", "claimant", "claimant_via", "action", "addressee", "target", "issue", "stance", "text", "date"]


def extract(corpus, mentions: pd.DataFrame | None = None, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``demands`` table for *corpus*."""
    return pd.DataFrame(columns=COLUMNS)
