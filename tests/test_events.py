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


# --------------------------------------------------------------------- round 2: narrative anchors
def test_a_bare_year_mentioned_earlier_does_not_date_a_later_day():
    ev = table("Clashes first erupted in 2016 along the northern line.\n\n"
               "Rescuers reached the families on April 4, officials said.", published="2024-06-01")
    assert row(ev, "April 4").date == "2024-04-04"
    ev = table("The 2016 clashes emptied the village. Its school reopened on May 9.", published="2024-06-01")
    assert row(ev, "May 9").date == "2024-05-09"


def test_narrative_anchor_reaches_only_the_next_paragraph():
    text = ("On March 3, 2021, rebels seized the airport.\n\n"
            "Civilians fled on March 9.\n\n"
            "The siege lifted on March 20.\n\n"
            "Relief groups counted the damage in August 2019.\n\n"
            "Talks on the new dam collapsed.\n\n"
            "Engineers were sent home on October 2.")
    ev = table(text, published="2024-06-01")
    assert row(ev, "March 9").date == "2021-03-09"
    assert row(ev, "March 20").date == "2021-03-20"  # the story goes on from the paragraph before
    # two paragraphs after 'August 2019': the latest October 2 before publication
    assert row(ev, "October 2").date == "2023-10-02"


def test_a_month_with_its_year_in_the_preceding_paragraph_is_an_anchor():
    text = "Thousands left the valley in October 2020.\n\nThe last convoy departed on Oct. 28, witnesses said."
    assert row(table(text, published="2024-06-01"), "Oct. 28").date == "2020-10-28"


def test_a_later_date_in_another_year_ends_the_narrative():
    text = ("On June 2, 2022, the corridor closed. Officials said last week that it reopened on July 8.")
    ev = table(text, published="2024-09-01")
    assert row(ev, "July 8").date == "2024-07-08"


def test_a_present_clause_after_a_narrative_is_not_narrated():
    text = "On May 12, 2021, troops crossed the border.\n\nThe assembly convenes on November 5 to debate it."
    ev = table(text, published="2024-10-20")
    nov = row(ev, "November 5")
    assert (nov.date, nov.tense) == ("2024-11-05", "future")


def test_a_year_mentioned_in_passing_neither_ends_the_narrative_nor_anchors_a_shift():
    ev = table("On May 3, 2021, the siege of the town began, echoing the 1992 blockade. "
               "Two days later the town fell. Families left on May 9.", published="2024-06-01")
    assert row(ev, "Two days later").date == "2021-05-05"
    assert row(ev, "May 9").date == "2021-05-09"
    ev = table("On October 2, 2022, the border post was shelled, two years after the 2020 war. "
               "One day later, on October 3, the guards withdrew.", published="2025-02-01")
    assert row(ev, "One day later, on October 3").date == "2022-10-03"
    # a shift in years still counts from a year
    assert row(table("In 2016 the talks collapsed. Two years later they resumed.", published="2024-06-01"),
               "Two years later").date == "2018"


# --------------------------------------------------------------------- round 2: years across publication
def test_planned_month_in_a_december_article_is_next_january():
    ev = table("The two delegations agreed to resume talks in January, possibly in Vienna.", published="2024-12-09")
    jan = row(ev, "January")
    assert (jan.date, jan.tense) == ("2025-01", "future")
    ev = table("The rebels pledged on Monday to free the hostages by February 3.", published="2023-11-22")
    assert row(ev, "February 3").date == "2024-02-03"
    assert row(ev, "Monday").date == "2023-11-20"  # the pledge itself stays in the past


def test_future_day_in_a_november_article_is_next_year_and_past_december_in_january_the_previous():
    ev = table("The appeals court will hear the case on Jan. 14.", published="2022-11-28")
    assert row(ev, "Jan. 14").date == "2023-01-14"
    ev = table("A convoy of fuel trucks crossed the bridge on December 27.", published="2023-01-05")
    assert row(ev, "December 27").date == "2022-12-27"


# --------------------------------------------------------------------- round 2: tense from the date
@pytest.mark.parametrize("text, expression, tense", [
    ("The editor is held in Tbilisi and awaits a ruling next month.", "next month", "future"),
    ("Activists are lobbying senators before the minister tours Paris next week.", "next week", "future"),
    ("Hundreds are still missing from the clashes of 2016.", "2016", "past"),
    ("The museum is a memorial to the fighting of August 2008.", "August 2008", "past"),
    ("Talks are continuing this week.", "this week", "present"),
    ("The court is in session today.", "today", "present"),
])
def test_tense_follows_the_date_when_the_verb_is_present(text, expression, tense):
    assert row(table(text, published="2024-03-13"), expression).tense == tense


def test_adjectival_years_are_year_events():
    ev = table("Lawmakers amended a 1995 law on citizenship. The 2016 clashes were recalled.", published="2024-03-13")
    assert row(ev, "1995")[["date", "precision", "tense"]].tolist() == ["1995", "year", "past"]
    assert row(ev, "2016").event_type == "offensive"


# --------------------------------------------------------------------- round 2: datelines
def test_press_release_dateline_in_parentheses_is_the_publication():
    ev = table("(Geneva, June 4, 2024) – Rights groups said today that detainees were beaten in custody.",
               published="2024-06-04")
    first = ev.iloc[0]
    assert (first.expression, first.event_type, first.tense) == ("June 4, 2024", "publication", "past")
    assert first.event.endswith("in Geneva")
    assert row(ev, "today").event_type == "statement"


def test_press_release_dateline_gives_the_publication_date_when_none_is_known():
    text = "(Brussels, 7 February 2025) - The group urged the release of prisoners held since last year."
    win = events.infer_publication(text)
    assert win["start"] == win["end"] == dt.date(2025, 2, 7)
    assert row(events.extract(corpus_of(("a1", text, ""))), "last year").date == "2024"


def test_parenthesis_without_a_date_is_no_dateline():
    ev = table("(Updated with reaction) - The envoy left on Monday.", published="2024-03-13")
    assert "publication" not in set(ev.event_type)


def test_dateline_after_a_headline_is_the_publication():
    ev = table("Court Hears Appeal of Detained Activists\n\nGORIS, March 12, 2024 (Valley Post) — The court met.",
               published="2024-03-12")
    assert row(ev, "March 12, 2024").event_type == "publication"


# --------------------------------------------------------------------- the seeds, through the gold file
def test_seed_gold_f1():
    corpus = load_corpus(paths.RAW)
    ev = conform(events.extract(corpus, pd.DataFrame(columns=actors.COLUMNS)), "events")
    gold = load_gold(paths.ANNOTATIONS)
    scores, errors = evaluate({"events": ev}, {"events": gold["events"]}, corpus)
    assert scores.f1.iloc[0] >= 0.95, errors.to_string()
