import pandas as pd

from newsfacts import synthesis
from newsfacts.pipeline import SCHEMAS


def frame(table, rows):
    df = pd.DataFrame(rows)
    for c in SCHEMAS[table]:
        if c not in df:
            df[c] = ""
    return df[SCHEMAS[table]]


def make_tables():
    articles = frame("articles", [
        {"article_id": "a", "source": "Wire A", "published": "2024-05-02", "published_inferred": False},
        {"article_id": "b", "source": "Paper B", "published": "2024-05-03", "published_inferred": True},
    ])
    events = frame("events", [
        {"article_id": "a", "sentence_id": 1, "date": "2024-04-30", "precision": "day", "event_type": "detention", "event": "police detained 40", "tense": "past"},
        {"article_id": "b", "sentence_id": 2, "date": "2024-04-30", "precision": "day", "event_type": "detention", "event": "40 were held", "tense": "past"},
        {"article_id": "b", "sentence_id": 3, "date": "2024-06", "precision": "month", "event_type": "trial", "event": "trial opens", "tense": "future"},
        {"article_id": "a", "sentence_id": 0, "date": "2024-05-02", "precision": "day", "event_type": "publication", "event": "published", "tense": "past"},
    ])
    counts = frame("counts", [
        {"count_id": "a-c01", "article_id": "a", "sentence_id": 1, "text": "40 people", "value": 40, "low": 40, "high": 40,
         "qualifier": "exact", "category": "detained", "group": "people", "date": "2024-04-30"},
        {"count_id": "b-c01", "article_id": "b", "sentence_id": 2, "text": "about 40 people", "value": 40, "low": 36, "high": 44,
         "qualifier": "approximate", "category": "detained", "group": "people", "date": "2024-04-30"},
    ])
    demands = frame("demands", [
        {"demand_id": "a-d01", "article_id": "a", "sentence_id": 4, "claimant": "Group X", "action": "calls_for",
         "addressee": "Government of Y", "issue": "release_detainees", "stance": "for", "date": "2024-05-01"},
        {"demand_id": "b-d01", "article_id": "b", "sentence_id": 5, "claimant": "Group Z", "action": "urges",
         "addressee": "", "issue": "release_detainees", "stance": "for", "date": ""},
    ])
    return {"articles": articles, "events": events, "counts": counts, "demands": demands}


def test_combined_timeline_orders_kinds_and_marks_future():
    tl = synthesis.combined_timeline(make_tables())
    assert tl.kind.tolist() == ["count", "count", "event", "event", "demand", "event"]
    assert tl[tl.kind == "demand"].label.tolist() == ["Group X: 1 demand(s) — release_detainees"]
    assert tl.iloc[-1].future and tl.iloc[-1].precision == "month"
    assert (tl.end - tl.start).iloc[-1].days == 30
    assert "publication" not in " ".join(tl.label)


def test_corroboration_counts_events_and_demands():
    co = synthesis.corroboration(make_tables())
    corroborated = co[co.status == "corroborated"]
    assert set(corroborated.kind) == {"count", "event", "demand"}
    assert (corroborated.n_sources == 2).all()
    assert co[co.kind == "event"].set_index("claim").at["2024-06 trial", "status"] == "single source"


def test_gaps_name_missing_counts_and_issues():
    g = synthesis.gaps(make_tables()).set_index("question")
    assert g.at["Is there a count of people detained?", "answer"] == "yes"
    assert g.at["Is there a count of people killed?", "answer"] == "no"
    assert "sanctions" in g.at["Which demand issues are never raised?", "detail"]
    assert g.at["Are all publication dates printed?", "detail"] == "inferred for b"
