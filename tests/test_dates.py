"""Finding and normalising date expressions (newsfacts.dates), on sentences made up for the tests."""

import datetime as dt

import pytest

from newsfacts import dates as D


def found(text):
    return [(m.text, m.kind) for m in D.find_dates(text)]


def one(text):
    ms = D.find_dates(text)
    assert len(ms) == 1, [m.text for m in ms]
    return ms[0]


def resolve(text, pub="2024-03-14", tense=None, **kw):
    return D.resolve(one(text), D.Context(pub=dt.date.fromisoformat(pub) if pub else None, tense=tense, **kw))


# --------------------------------------------------------------------- explicit forms
@pytest.mark.parametrize("text, value", [
    ("The blockade began on December 12, 2022, near Shushi.", "2022-12-12"),
    ("The blockade began on 12 December 2022 near Shushi.", "2022-12-12"),
    ("The blockade began on the 12th of December, 2022.", "2022-12-12"),
    ("Filed 2022-12-12 in Yerevan.", "2022-12-12"),
    ("Filed 12.12.2022 in Yerevan.", "2022-12-12"),
    ("The blockade began on Dec. 12, 2022.", "2022-12-12"),
    ("Troops moved in on Monday, December 12, 2022.", "2022-12-12"),
])
def test_explicit_day_forms(text, value):
    r = resolve(text)
    assert (r.date, r.precision, r.anchor) == (value, "day", "explicit")


def test_explicit_month_year_and_season():
    assert (resolve("Talks stalled in March 2021.").date, resolve("Talks stalled in March 2021.").precision) == ("2021-03", "month")
    assert resolve("Talks stalled in late March 2021.").date == "2021-03"
    r = resolve("Fighting flared in 2016 along the line.")
    assert (r.date, r.precision, r.anchor) == ("2016", "year", "explicit")
    r = resolve("Aid was cut in the summer of 2022.")
    assert (r.date, r.precision) == ("2022-SU", "season")
    assert resolve("The report is due by the end of 2025.").date == "2025"


def test_invalid_calendar_dates_are_not_dates():
    assert found("The vote on February 30 was cancelled.") == []
    assert found("Code 2022-13-01 was logged.") == []


# --------------------------------------------------------------------- not dates
@pytest.mark.parametrize("text", [
    "The commission will soon publish its annual review.",
    "Refugees have waited for years; some have waited for ages.",
    "A 24-hour ceasefire held for seven months.",
    "Now, recently arrived families need housing.",
    "The 2000 soldiers were withdrawn.",
    "In the 1990s the war displaced many.",
    "The Sunday Times ran the story.",
    "Commemorations of Bloody Sunday continued.",
    "Families may return in the fall of the regime.",
])
def test_not_dates(text):
    assert found(text) == []


def test_durations_are_listed_apart_and_never_dates():
    text = "A 24-hour ceasefire held for seven months after two days of shelling; for years nothing moved."
    assert found(text) == []
    got = [(d["expression"], d["unit"], d["value"]) for d in D.find_durations(text)]
    assert got == [("24-hour", "hour", 24.0), ("seven months", "month", 7.0), ("two days", "day", 2.0),
                   ("for years", "year", None)]


def test_shift_expressions_are_not_durations():
    assert D.find_durations("Two days later the road reopened.") == []


# --------------------------------------------------------------------- year inference
def test_year_rollover_future_december_in_november_article():
    r = resolve("The mayor will host the ceremony on December 3.", pub="2022-11-20", tense="future")
    assert (r.date, r.anchor) == ("2022-12-03", "year_inferred")


def test_past_january_in_february_article_is_same_year():
    r = resolve("The envoy arrived on January 9.", pub="2025-02-02", tense="past")
    assert r.date == "2025-01-09"


def test_past_date_after_publication_moves_to_previous_year():
    r = resolve("The envoy arrived on December 28.", pub="2025-01-04", tense="past")
    assert r.date == "2024-12-28"


def test_future_date_before_publication_moves_to_next_year():
    r = resolve("The court will sit on January 8.", pub="2024-12-15", tense="future")
    assert r.date == "2025-01-08"


def test_no_tense_takes_the_nearest_year():
    assert resolve("The hearing on January 8 drew crowds.", pub="2024-12-15").date == "2025-01-08"
    assert resolve("The hearing on November 30 drew crowds.", pub="2024-12-15").date == "2024-11-30"


def test_narrative_year_carries_forward():
    narrative = (2021, "March 3, 2021", dt.date(2021, 3, 3))
    r = resolve("A day after, on March 5, talks broke down.", pub="2024-06-01", tense="past", narrative=narrative)
    assert (r.date, r.anchor) == ("2021-03-05", "year_inferred")
    assert "March 3, 2021" in r.note


def test_narrative_year_does_not_run_backwards_or_into_the_future():
    narrative = (2021, "March 3, 2021", dt.date(2021, 3, 3))
    # January lies before the narrative date: not a continuation -> publication year
    assert resolve("Talks resumed on January 20.", pub="2024-06-01", tense="past", narrative=narrative).date == "2024-01-20"
    # a future clause never takes the narrative year
    assert resolve("Talks will resume on March 20.", pub="2024-02-01", tense="future", narrative=narrative).date == "2024-03-20"


def test_month_without_year():
    r = resolve("Exports fell in April.", pub="2024-03-14", tense="past")
    assert (r.date, r.precision) == ("2023-04", "month")
    assert resolve("Exports will recover in April.", pub="2024-03-14", tense="future").date == "2024-04"


# --------------------------------------------------------------------- relative to publication
@pytest.mark.parametrize("text, value, precision", [
    ("Officials spoke yesterday.", "2024-03-13", "day"),
    ("Officials speak today.", "2024-03-14", "day"),
    ("Officials will speak tomorrow.", "2024-03-15", "day"),
    ("Shelling resumed last month.", "2024-02", "month"),
    ("Shelling resumed earlier this month.", "2024-03", "month"),
    ("Talks open next month.", "2024-04", "month"),
    ("The report came out last year.", "2023", "year"),
    ("The report comes out this year.", "2024", "year"),
    ("Talks stalled last week.", "2024-W10", "week"),
    ("The envoy left three weeks ago.", "2024-W08", "week"),
    ("The envoy left two days ago.", "2024-03-12", "day"),
    ("The envoy left four months ago.", "2023-11", "month"),
    ("The envoy left last March.", "2023-03", "month"),
])
def test_relative_to_publication(text, value, precision):
    r = resolve(text, pub="2024-03-14")
    assert (r.date, r.precision, r.anchor) == (value, precision, "relative")


def test_seasons_relative():
    assert resolve("A report this summer found abuses.", pub="2023-11-07").date == "2023-SU"
    assert resolve("A report last summer found abuses.", pub="2023-11-07").date == "2023-SU"
    assert resolve("A report last summer found abuses.", pub="2023-07-01").date == "2022-SU"
    assert resolve("A report next spring is planned.", pub="2023-11-07").date == "2024-SP"
    assert resolve("Heating failed this winter.", pub="2024-01-20").date == "2023-WI"


def test_this_summer_is_relative_season():
    r = resolve("Aid stopped this summer.", pub="2023-11-07", tense="past")
    assert (r.date, r.precision, r.anchor) == ("2023-SU", "season", "relative")


# --------------------------------------------------------------------- weekdays
def test_weekday_direction_by_tense():
    pub = "2024-03-13"  # a Wednesday
    assert resolve("The envoy will arrive on Friday.", pub=pub, tense="future").date == "2024-03-15"
    assert resolve("The envoy arrived on Friday.", pub=pub, tense="past").date == "2024-03-08"
    assert resolve("The envoy will arrive on Monday.", pub=pub, tense="future").date == "2024-03-18"
    assert resolve("The envoy arrived on Monday.", pub=pub, tense="past").date == "2024-03-11"


def test_past_weekday_equal_to_publication_weekday_is_that_day():
    assert resolve("The minister said on Wednesday.", pub="2024-03-13", tense="past").date == "2024-03-13"


def test_last_and_next_weekday_are_strict():
    assert resolve("They met last Wednesday.", pub="2024-03-13").date == "2024-03-06"
    assert resolve("They meet next Wednesday.", pub="2024-03-13").date == "2024-03-20"


def test_weekday_in_a_past_narrative_paragraph_follows_that_date():
    ctx = dict(tense="past", paragraph_day=(dt.date(2021, 5, 12), "May 12, 2021"))  # a Wednesday
    assert resolve("Troops withdrew on Friday.", pub="2024-03-13", **ctx).date == "2021-05-14"
    # but a reporting verb dates the report, near publication
    assert resolve("The ministry said on Friday.", pub="2024-03-13", reporting=True, **ctx).date == "2024-03-08"


def test_weekday_helper():
    wed = dt.date(2024, 3, 13)
    assert D.weekday_near(wed, 2, "past") == wed
    assert D.weekday_near(wed, 2, "future") == wed
    assert D.weekday_near(wed, 2, "last") == dt.date(2024, 3, 6)
    assert D.weekday_near(wed, 2, "next") == dt.date(2024, 3, 20)
    for wd in range(7):
        for direction in ("past", "future", "last", "next", "nearest"):
            assert D.weekday_near(wed, wd, direction).weekday() == wd


# --------------------------------------------------------------------- relative to the preceding date
def test_shift_from_previous_date_and_apposition():
    prev = (dt.date(2022, 9, 13), "day", "September 13, 2022")
    r = resolve("Two days later the guns fell silent.", previous=prev)
    assert (r.date, r.anchor) == ("2022-09-15", "relative")
    assert resolve("The next day the guns fell silent.", previous=prev).date == "2022-09-14"
    assert resolve("The day before, the guns fell silent.", previous=prev).date == "2022-09-12"
    assert resolve("A week later the guns fell silent.", previous=prev).date == "2022-09-20"
    m = one("Three days later, on September 16, the guns fell silent.")
    assert m.kind == "month_day" and m.check["kind"] == "shift" and m.check["n"] == 3


def test_shift_without_an_earlier_date_is_unresolved_not_guessed():
    r = resolve("Two days later the guns fell silent.")
    assert r.date == "" and "unresolved" in r.note


def test_relative_without_publication_is_unresolved():
    r = resolve("Officials spoke yesterday.", pub="")
    assert r.date == "" and "unresolved" in r.note


# --------------------------------------------------------------------- spans
def test_spans_of_each_precision():
    assert D.span("2024-02", "month") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert D.span("2023-WI", "season") == (dt.date(2023, 12, 1), dt.date(2024, 2, 29))
    assert D.span("2023-SU", "season") == (dt.date(2023, 6, 1), dt.date(2023, 8, 31))
    assert D.span("2024-W10", "week") == (dt.date(2024, 3, 4), dt.date(2024, 3, 10))
    assert D.span("2020", "year") == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert D.span("bad", "day") is None


# --------------------------------------------------------------------- round 2: adjectival years, planned dates
@pytest.mark.parametrize("text, year", [
    ("Parliament recalled a 1991 referendum on independence.", "1991"),
    ("The 2016 clashes left the villages empty.", "2016"),
    ("Baku's 2020 offensive changed the map.", "2020"),
    ("The ministry cited its 2021 census of the district.", "2021"),
    ("An 1894 map shows the monastery.", "1894"),
    ("The region's 2008 crisis is remembered.", "2008"),
])
def test_year_used_as_an_adjective_is_a_year(text, year):
    r = resolve(text)
    assert (r.date, r.precision, r.anchor) == (year, "year", "explicit")


@pytest.mark.parametrize("text", [
    "A 2000-strong force crossed the river.",
    "The union's 1900 members walked out.",
    "Its 2000 volunteers stayed in Goris.",
])
def test_a_number_after_an_article_or_possessive_that_is_no_year(text):
    assert found(text) == []


def test_planned_month_after_the_agreeing_verb_rolls_to_the_next_year():
    r = resolve("The envoys agreed to reconvene in February.", pub="2024-11-20", tense="past", prospective=True)
    assert (r.date, r.anchor) == ("2025-02", "year_inferred")
    # planned for later this year: stays in this year
    assert resolve("The envoys agreed to reconvene in June.", pub="2024-03-20", tense="past",
                   prospective=True).date == "2024-06"


def test_planned_date_a_year_ahead_is_read_as_the_nearest():
    # 'pledged to hand over the remains on March 2' in a March 10 article: the handover was this March
    r = resolve("The sides pledged to hand over the remains on March 2.", pub="2024-03-10", tense="past",
                prospective=True)
    assert r.date == "2024-03-02"


def test_planned_date_follows_the_narrated_date():
    narrative = (2019, "November 4, 2019", dt.date(2019, 11, 4))
    r = resolve("The envoys agreed to reconvene in February.", pub="2024-06-01", tense="past",
                narrative=narrative, prospective=True)
    assert r.date == "2020-02" and "November 4, 2019" in r.note


def test_narrative_year_needs_a_past_clause():
    narrative = (2021, "March 3, 2021", dt.date(2021, 3, 3))
    assert resolve("The panel meets on November 5.", pub="2024-06-01", tense="present",
                   narrative=narrative).date == "2024-11-05"
    assert resolve("The panel met on November 5.", pub="2024-06-01", tense="past",
                   narrative=narrative).date == "2021-11-05"


@pytest.mark.parametrize("text, value, precision", [
    ("The crowd mourned those killed in September last year.", "2023-09", "month"),
    ("The office opened in March this year.", "2024-03", "month"),
    ("Talks are due to resume in June next year.", "2025-06", "month"),
    ("The convoy left on September 19 last year.", "2023-09-19", "day"),
])
def test_a_month_with_a_relative_year_is_one_date(text, value, precision):
    r = resolve(text)
    assert (r.date, r.precision) == (value, precision)


def test_todays_conditions_are_not_a_date():
    assert found('He said return was impossible "in today\'s conditions."') == []
    assert found("Today's hearing was postponed.") != []
