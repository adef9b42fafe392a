"""The events table (newsfacts.events), on articles made up for the tests, plus the seed gold score."""

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from newsfacts import actors, events, load_corpus, paths
from newsfacts.corpus import RawArticle, build_corpus
from newsfacts.evaluate import evaluate, load_gold
from newsfacts.pipeline import conform
from newsfacts.vocab import DATE_ANCHORS, DATE_PRECISIONS, EVENT_TYPES, TENSES


def corpus_of(*articles):
    """articles: (article_id, text, published or '') tuples."""
    raws = [RawArticle(article_id=a, text=t, file=f"{a}.txt", manifest={"published": p} if p else {})
            for a, t, p in articles]
    return build_corpus(raws)


def table(text, published="2024-03-13", mentions=None):
    c = corpus_of(("a1", text, published))
    return events.extract(c, mentions)


def row(ev, expression):
    hit = ev[ev.expression == expression]
    assert len(hit) == 1, (expression, ev.expression.tolist())
    return hit.iloc[0]


# --------------------------------------------------------------------- the table
def test_schema_and_vocabularies():
    ev = table("date 2024-03-13 TBILISI (Caucasus Wire) — Talks ended on Monday. "
               "The envoy will visit next month. Shelling resumed in late 2023 and last summer.")
    assert list(ev.columns) == events.COLUMNS
    assert events.COLUMNS[:12] == ["article_id", "sentence_id", "start", "end", "expression", "date", "precision",
                                   "anchor", "tense", "event", "event_type", "actors"]
    assert set(ev.precision) <= set(DATE_PRECISIONS)
    assert set(ev.anchor) <= set(DATE_ANCHORS)
    assert set(ev.tense) <= set(TENSES)
    assert set(ev.event_type) <= set(EVENT_TYPES)
    c = corpus_of(("a1", "Talks ended on Monday.", "2024-03-13"))
    text = c.article_text("a1")
    for r in events.extract(c).itertuples():
        assert text[r.start:r.end] == r.expression
    conform(ev, "events")  # the pipeline accepts it


def test_dateline_date_is_the_publication_event():
    ev = table("date 2024-03-13 TBILISI (Caucasus Wire) — A court ordered a review on Monday.")
    first = ev.iloc[0]
    assert (first.expression, first.date, first.event_type, first.anchor) == ("2024-03-13", "2024-03-13", "publication", "explicit")
    monday = row(ev, "Monday")
    assert monday.date == "2024-03-11" and monday.tense == "past"
    assert "Caucasus" not in monday.event and "court ordered a review" in monday.event


def test_narrative_year_for_a_later_day_in_the_same_story():
    ev = table("On March 3, 2021, rebels seized the airport. Two days later, on March 5, the army retook it. "
               "Civilians fled on March 9.", published="2024-06-01")
    assert row(ev, "Two days later, on March 5").date == "2021-03-05"
    assert row(ev, "March 9").date == "2021-03-09"
    assert row(ev, "March 9").event_type == "displacement"


def test_future_weekday_is_the_coming_one_and_past_weekday_the_last_one():
    # 2024-03-13 is a Wednesday
    ev = table("The poet will receive the prize on Saturday in Vienna. "
               "The ministry said in a statement on Wednesday that talks had failed. "
               "Border guards detained two farmers on Monday.")
    sat = row(ev, "Saturday")
    assert (sat.date, sat.tense, sat.event_type) == ("2024-03-16", "future", "award")
    wed = row(ev, "Wednesday")
    assert (wed.date, wed.tense, wed.event_type) == ("2024-03-13", "past", "statement")
    mon = row(ev, "Monday")
    assert (mon.date, mon.event_type) == ("2024-03-11", "detention")


def test_year_rollover_in_articles():
    ev = table("The mayor will grant the keys of the city on December 3. The decree was signed on October 30.",
               published="2022-11-20")
    assert row(ev, "December 3").date == "2022-12-03"
    assert row(ev, "October 30").date == "2022-10-30"
    ev = table("The envoy arrived on January 9 and will leave on March 1.", published="2025-02-02")
    assert row(ev, "January 9").date == "2025-01-09"
    assert row(ev, "March 1").date == "2025-03-01"


def test_not_events():
    ev = table("The commission will soon publish its annual review. A 24-hour truce held for seven months. "
               "For years nothing moved, and now aid arrives.")
    assert ev.empty


def test_durations_side_output():
    c = corpus_of(("a1", "A 24-hour truce held for seven months. It ended on May 2, 2022.", ""))
    d = events.durations(c)
    assert list(d.columns) == events.DURATION_COLUMNS
    assert d.expression.tolist() == ["24-hour", "seven months"]
    assert events.extract(c).expression.tolist() == ["May 2, 2022"]


# --------------------------------------------------------------------- clause, tense, type
@pytest.mark.parametrize("sentence, expression, tense", [
    ("The envoy will arrive on Friday.", "Friday", "future"),
    ("The envoy is to arrive on Friday.", "Friday", "future"),
    ("The envoy is expected to arrive on Friday.", "Friday", "future"),
    ("A verdict is due in April.", "April", "future"),
    ("The envoy arrived on Friday.", "Friday", "past"),
    ("The envoy has arrived on Friday.", "Friday", "past"),
    ("Thousands were displaced last month.", "last month", "past"),
    ("On Friday, the envoy met the mayor.", "Friday", "past"),
    ("On Friday, the envoy will meet the mayor.", "Friday", "future"),
    ("Talks are continuing this week.", "this week", "present"),
    ("The envoy, who is visiting Baku, said on Friday that talks would fail.", "Friday", "past"),
])
def test_tense_of(sentence, expression, tense):
    a = sentence.index(expression)
    lo, hi = events.clause_bounds(sentence, a, a + len(expression))
    assert events.tense_of(sentence[lo:hi], a - lo, a - lo + len(expression)) == tense


def test_clause_bounds_cut_at_that_quotes_and_semicolons():
    s = "The minister said on Monday that troops will withdraw on Friday; talks resume in May."
    a = s.index("Friday")
    lo, hi = events.clause_bounds(s, a, a + 6)
    assert s[lo:hi] == "that troops will withdraw on Friday"
    a = s.index("Monday")
    lo, hi = events.clause_bounds(s, a, a + 6)
    assert s[lo:hi] == "The minister said on Monday"


@pytest.mark.parametrize("sentence, expression, etype", [
    ("Troops launched an assault on the town on Monday.", "Monday", "offensive"),
    ("The sides agreed to a truce on Monday.", "Monday", "ceasefire"),
    ("Some 5,000 residents fled their homes on Monday.", "Monday", "displacement"),
    ("Police arrested the editor on Monday.", "Monday", "detention"),
    ("The editor was sentenced to six years on Monday.", "Monday", "sentence"),
    ("The trial of the editor opened on Monday.", "Monday", "trial"),
    ("The editor was released on Monday.", "Monday", "release"),
    ("The senate adopted a resolution on Monday.", "Monday", "resolution"),
    ("The ministers signed a treaty on Monday.", "Monday", "agreement"),
    ("The two leaders held talks on Monday.", "Monday", "meeting"),
    ("The watchdog published a report on Monday.", "Monday", "report"),
    ("The party issued a statement on Monday.", "Monday", "statement"),
    ("The painter will receive a medal on Monday.", "Monday", "award"),
    ("It rained heavily on Monday.", "Monday", "other"),
    ("Crowds rallied on Friday, May 3, after the law was signed.", "Friday, May 3", "other"),
])
def test_event_type_of(sentence, expression, etype):
    a = sentence.index(expression)
    assert events.event_type_of(sentence, a, a + len(expression))[0] == etype


def test_specific_type_beats_a_nearby_generic_one():
    s = "Officials said the shelling of the village began on Monday."
    a = s.index("Monday")
    assert events.event_type_of(s, a, a + 6)[0] == "offensive"


def test_attribution_after_a_comma_dates_the_report():
    ev = table("The parliament will debate the motion next week, the agency reported on Tuesday.")
    tue = row(ev, "Tuesday")
    assert (tue.tense, tue.event_type, tue.date) == ("past", "report", "2024-03-12")
    assert tue.event.startswith("the agency reported")


# --------------------------------------------------------------------- actors
def mentions_for(c, spans):
    text = c.article_text("a1")
    rows = []
    for phrase, actor, atype in spans:
        i = text.index(phrase)
        rows.append(dict(article_id="a1", sentence_id=0, start=i, end=i + len(phrase), text=phrase, actor=actor,
                         actor_type=atype, role="", actor_id="", ref_id=""))
    return pd.DataFrame(rows, columns=actors.COLUMNS)


def test_actors_of_the_same_clause_in_order_and_without_places():
    text = "The OSCE said on Monday that Georgian police detained two activists in Batumi on Sunday."
    c = corpus_of(("a1", text, "2024-03-13"))
    m = mentions_for(c, [("OSCE", "Organization for Security and Co-operation in Europe", "organization"),
                         ("Georgian police", "Georgia", "government"), ("Batumi", "Batumi", "place")])
    ev = events.extract(c, m)
    assert row(ev, "Monday").actors == "Organization for Security and Co-operation in Europe"
    assert row(ev, "Sunday").actors == "Georgia"


def test_actors_empty_without_mentions():
    c = corpus_of(("a1", "The OSCE said on Monday that talks failed.", "2024-03-13"))
    empty = pd.DataFrame(columns=actors.COLUMNS)
    assert events.extract(c, empty).actors.tolist() == [""]
    assert events.extract(c, None).actors.tolist() == [""]


# --------------------------------------------------------------------- publication anchor
def test_article_without_publication_date_gets_an_inferred_window():
    text = ("The siege began on May 2, 2022. By May 20 most families had left. "
            "Officials said yesterday that the road would reopen next month.")
    win = events.infer_publication(text)
    assert win["start"] == dt.date(2022, 5, 2)
    assert win["end"] == dt.date(2022, 5, 2) + dt.timedelta(days=events.INFER_WINDOW_DAYS)
    assert "inferred" in win["note"]
    ev = events.extract(corpus_of(("a1", text, "")))
    assert row(ev, "May 20").date == "2022-05-20"  # past, inside the window: not pushed to 2021
    y = row(ev, "yesterday")
    assert y.date == "2022-05-01" and "inferred publication window" in y.note
    assert "inferred publication window" in row(ev, "next month").note


def test_inferred_window_ignores_future_dates_and_uses_a_yearless_dateline():
    assert events.infer_publication("Elections will be held on June 1, 2030. Fighting stopped on May 2, 2022.")["start"] == dt.date(2022, 5, 2)
    win = events.infer_publication("GORIS, Nov 3 (Wire) — Talks held in September 2023 failed.")
    assert win["start"] == win["end"] == dt.date(2023, 11, 3)
    assert events.infer_publication("Nothing dated here, only yesterday.") is None


def test_no_anchor_at_all_leaves_relative_dates_unresolved():
    ev = events.extract(corpus_of(("a1", "Officials said yesterday that talks failed.", "")))
    assert ev.date.tolist() == [""] and "no publication date" in ev.note.iloc[0]


def test_manifest_inferred_publication_is_said_in_the_note():
    c = corpus_of(("a1", "Officials said yesterday that talks failed.", "2024-03-13"))
    c.articles.loc[0, "published_inferred"] = True
    c.articles.loc[0, "published_note"] = "inferred from the events"
    ev = events.extract(c)
    assert ev.date.iloc[0] == "2024-03-12" and "inferred" in ev.note.iloc[0]


# --------------------------------------------------------------------- purity and timeline
def test_rows_do_not_depend_on_the_other_articles():
    a = ("a1", "On March 3, 2021, rebels seized the airport. The army retook it on March 5.", "2024-06-01")
    b = ("b2", "In 2019 a truce was signed. Talks resumed on Monday.", "2024-06-05")
    alone = events.extract(corpus_of(a))
    together = events.extract(corpus_of(b, a))
    pd.testing.assert_frame_equal(alone, together[together.article_id == "a1"].reset_index(drop=True))


def test_timeline_frame_spans_lanes_and_future():
    c = corpus_of(("a1", "Talks failed last month. The envoy will return on Friday. Shelling resumed on Monday. "
                         "Aid stopped on March 11.", "2024-03-13"))
    ev = events.extract(c)
    tl = events.timeline_frame(ev, c.articles)
    assert list(tl.columns) == events.TIMELINE_COLUMNS
    month = tl[tl.precision == "month"].iloc[0]
    assert (month.start, month.end) == (pd.Timestamp("2024-02-01"), pd.Timestamp("2024-03-01"))
    assert tl.set_index("expression").future.to_dict()["Friday"]
    assert not tl.set_index("expression").future.to_dict()["Monday"]
    # Monday (2024-03-11) and March 11 share a day: their labels must not share a lane
    same_day = tl[tl.start == pd.Timestamp("2024-03-11")]
    assert same_day.lane.nunique() == len(same_day) == 2
    assert tl.start.is_monotonic_increasing
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    events.draw_timeline(ax, tl)
    assert len(ax.texts) == len(tl)
    plt.close(fig)


# --------------------------------------------------------------------- the seeds, through the gold file
def test_seed_gold_f1():
    corpus = load_corpus(paths.RAW)
    ev = conform(events.extract(corpus, pd.DataFrame(columns=actors.COLUMNS)), "events")
    gold = load_gold(paths.ANNOTATIONS)
    scores, errors = evaluate({"events": ev}, {"events": gold["events"]}, corpus)
    assert scores.f1.iloc[0] >= 0.95, errors.to_string()
