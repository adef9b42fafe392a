"""counts: which numbers count people, as what, broken down how, and the cross-source check.

Every sentence here is made up for the tests; the seeds are only scored through the gold file.
"""

import math

import pandas as pd
import pytest

from newsfacts import counts, evaluate, load_corpus, paths, vocab
from newsfacts.corpus import RawArticle, build_corpus
from newsfacts.pipeline import conform


def corpus_of(*texts, ids=None):
    ids = ids or [f"t{i}" for i in range(len(texts))]
    return build_corpus([RawArticle(article_id=i, text=t) for i, t in zip(ids, texts)])


def rows(text, events=None, mentions=None):
    return counts.extract(corpus_of(text), events, mentions)


def one(text, **kw):
    df = rows(text, **kw)
    assert len(df) == 1, df[["text", "category"]]
    return df.iloc[0]


# --------------------------------------------------------------------------- schema and ids
def test_schema_and_ids_in_text_order():
    df = rows("Rockets killed 9 villagers. Later 40 nurses fled and 3 doctors were detained.")
    assert list(df.columns) == counts.COLUMNS
    assert list(df.count_id) == ["t0-c01", "t0-c02", "t0-c03"]
    assert list(df.start) == sorted(df.start)
    conform(df, "counts")  # casts cleanly


def test_empty_corpus_and_article_without_counts():
    assert list(counts.extract(corpus_of()).columns) == counts.COLUMNS
    assert rows("The envoy arrived on Monday and spoke for an hour.").empty


def test_rows_point_at_the_phrase():
    text = "Witnesses said that at least 31 pilgrims were wounded near the monastery."
    r = one(text)
    assert text[r.start:r.end] == r.text == "at least 31 pilgrims"
    c = corpus_of(text)
    sent = c.sentences.set_index("sentence_id").loc[r.sentence_id]
    assert sent.start <= r.start and r.end <= sent.end


def test_pure_per_article_whatever_else_is_in_the_corpus():
    a = "Gunfire killed 14 herders, including 2 boys. About 300 families left the valley."
    b = "Officials said 12 guards were injured. The storm hurt 5 fishermen."
    alone = counts.extract(corpus_of(a, ids=["A"]))
    both = counts.extract(corpus_of(b, a, ids=["B", "A"]))
    pd.testing.assert_frame_equal(alone, both[both.article_id == "A"].reset_index(drop=True))


# --------------------------------------------------------------------------- what is a count
@pytest.mark.parametrize("text", [
    "The war of 2020 ended on 10 November.",
    "In 2023 people fled in panic.",
    "The 1915 Armenian Genocide is remembered every year.",
    "One day later, the 44-day war ended.",
    "A 19-year-old conscript and a man aged 45 spoke to us.",
    "The fund paid $2 million and 300 euros to 40 percent of applicants.",
    "The convoy drove 60 km in 3 hours and arrived at 10 a.m.",
    "The motion passed with 120 votes to 7, or 120-7.",
    "The motion passed with 120 in favour and 7 against.",
    "Article 5 and Resolution 2722 were cited in paragraph 3.",
    "The shelling destroyed 1,000 homes and 20 schools in 3 districts.",
    "Some 600 churches and 12 monasteries are at risk.",
    "No one was hurt, and one of the guards was praised.",
    "He was sentenced to 20 years in prison.",
    "Children under 18 were among those killed.",
])
def test_numbers_that_are_not_counts_of_people(text):
    df = rows(text)
    assert df.empty, df[["text", "category"]]


@pytest.mark.parametrize("text, value, group", [
    ("Rockets killed 223 herders.", 223, "herders"),
    ("The strike killed twenty-three miners.", 23, "miners"),
    ("Some 1.2 million people were displaced.", 1_200_000, "people"),
    ("More than 100 thousand refugees crossed the border.", 100_000, "refugees"),
    ("About 150,000-plus evacuees arrived.", 150_000, "evacuees"),
    ("Dozens of civilians were wounded.", 12, "civilians"),
    ("Police detained one hundred and twenty protesters.", 120, "protesters"),
    ("The 100 000 residents of the valley fled.", 100_000, "residents"),
    ("Two or three soldiers were killed.", 2, "soldiers"),
    ("Gunmen abducted 7 Armenian lumberjacks.", 7, "lumberjacks"),
    ("Shelling wounded 6 aid workers near the bridge.", 6, "workers"),
    ("Police detained two border guards and their driver.", 2, "guards"),
])
def test_number_forms_become_counts(text, value, group):
    r = one(text)
    assert r.value == value
    assert r.group == group


def test_unknown_nouns_count_only_after_a_verb_that_takes_people():
    assert rows("The rebels captured 20 tanks and held 3 meetings.").empty
    assert rows("The ministry released 4 reports.").empty


def test_number_next_to_a_casualty_verb_without_a_noun():
    r = one("The death toll rose to 192, the ministry said.")
    assert (r.value, r.category, r.group) == (192, "killed", "")
    r = one("At least 20 were injured in the blast.")
    assert (r.value, r.qualifier, r.category) == (20, "at_least", "injured")
    df = rows("Officials said 37 were hurt and 5 remain missing.")
    assert list(zip(df.value, df.category)) == [(37, "injured"), (5, "missing")]


def test_singular_nouns_count_only_one():
    df = rows("One person was killed and two others were hurt.")
    assert list(zip(df.value, df.category, df.group)) == [(1, "killed", "people"), (2, "injured", "others")]
    assert rows("Two refugee camps were closed.").empty


def test_a_count_of_one_in_category_other_is_dropped():
    assert rows("One journalist attended.").empty


# --------------------------------------------------------------------------- qualifiers
@pytest.mark.parametrize("text, qualifier, low, high", [
    ("Exactly 48 nurses remained in the clinic.", "exact", 48, 48),
    ("Only about 30 monks remained in the monastery.", "approximate", 27, 33),
    ("Nearly 7,000 people fled on Monday.", "approximate", 6300, 7700),
    ("Over 100,000 people fled the region.", "more_than", 100_001, None),
    ("At least 12 civilians were killed.", "at_least", 12, None),
    ("Fewer than 50 villagers stayed behind.", "less_than", 0, 49),
    ("Up to 70 soldiers were captured.", "up_to", 0, 70),
    ("Between 50 and 1,000 people were evacuated.", "range", 50, 1000),
    ("Hundreds of families fled.", "approximate", 100, 999),
])
def test_qualifier_and_interval(text, qualifier, low, high):
    r = one(text)
    assert r.qualifier == qualifier and r.qualifier in vocab.QUALIFIERS
    assert r.low == low
    assert math.isnan(r.high) if high is None else r.high == high


# --------------------------------------------------------------------------- categories
@pytest.mark.parametrize("text, category", [
    ("Shelling killed 14 shepherds in the valley.", "killed"),
    ("The crash left 20 dead.", "killed"),
    ("The attack left 50 wounded.", "injured"),
    ("Seven servicemen were wounded on the front.", "injured"),
    ("Some 40 volunteers went missing after the storm.", "missing"),
    ("The offensive forced 90,000 residents to flee their homes.", "displaced"),
    ("Tens of thousands of Armenians left within a week.", "displaced"),
    ("Around 5,000 evacuees reached the capital.", "displaced"),
    ("Only 12 families remained in the village.", "remaining"),
    ("As many as 150 families are still living in the gorge.", "remaining"),
    ("The army still holds 23 prisoners.", "detained"),
    ("Police arrested 60 students outside the ministry.", "detained"),
    ("The court sentenced six men.", "sentenced"),
    ("The authorities freed 32 detainees on Friday.", "released"),
    ("The border guards returned 4 soldiers to their side.", "released"),
    ("Around 300 refugees returned to their homes.", "returned"),
    ("Around 5,000 people attended the rally.", "other"),
    ("The letter was signed by 60 deputies.", "other"),
])
def test_category_from_context(text, category):
    r = one(text)
    assert r.category == category
    assert r.category in vocab.COUNT_CATEGORIES


def test_noun_meaning_is_the_fallback_and_a_verb_beats_it():
    assert one("The group thanked 200 refugees and their hosts.").category == "displaced"
    assert one("Some 500 refugees were killed at the border.").category == "killed"


def test_a_demanded_release_is_not_a_release():
    r = one("The council calls for the release of 23 political prisoners.")
    assert r.category == "detained"
    assert one("Parliament must guarantee the right to return of 900 refugees.").category == "displaced"


def test_counts_listed_together_share_their_verb():
    df = rows("Eleven children and 5 soldiers were killed in the raid.")
    assert list(df.category) == ["killed", "killed"]
    df = rows("The raid killed 3 nurses, 2 drivers and 4 guards.")
    assert list(df.category) == ["killed"] * 3


def test_remain_followed_by_another_cue():
    assert one("About 80 fighters remain missing.").category == "missing"
    assert one("Some 40 activists remained in custody.").category == "detained"


def test_aside_between_noun_and_verb():
    r = one("Two guards, aged 19 and 20, were wounded.")
    assert (r.value, r.category) == (2, "injured")


# --------------------------------------------------------------------------- breakdowns
def test_breakdown_three_levels():
    df = rows("The raid killed 57 people, including 14 civilians, 3 of whom were children.")
    assert list(zip(df.value, df.group)) == [(57, "people"), (14, "civilians"), (3, "children")]
    assert list(df.part_of) == ["", "t0-c01", "t0-c02"]
    assert set(df.category) == {"killed"}


def test_breakdown_list_and_later_sentence():
    df = rows("Militias held 40 hostages, among them 12 women and 6 children.")
    assert list(df.part_of) == ["", "t0-c01", "t0-c01"]
    assert set(df.category) == {"detained"}
    df = rows("The bombing killed 40 people. Among them were six children.")
    assert list(df.part_of) == ["", "t0-c01"]
    assert list(df.category) == ["killed", "killed"]


def test_breakdown_of_the_form_n_were():
    df = rows("Of the 90 people killed, 20 were soldiers.")
    assert list(zip(df.value, df.category, df.group, df.part_of)) == [
        (90, "killed", "people", ""), (20, "killed", "soldiers", "t0-c01")]


def test_separate_counts_are_not_breakdowns():
    df = rows("The raid killed 12 people and wounded 30 others.")
    assert list(df.part_of) == ["", ""]
    assert list(df.category) == ["killed", "injured"]


# --------------------------------------------------------------------------- place, date, source
def test_place_destination_for_displaced_location_otherwise():
    assert one("Over 8,000 villagers fled from Goris to Yerevan.").place == "Yerevan"
    assert one("Over 8,000 villagers fled from Goris.").place == "Goris"
    assert one("About 40 monks remained in Tatev, their abbot said.").place == "Tatev"
    assert one("Some 30 people were killed on Monday.").place == ""


def test_place_checked_against_mentions():
    text = "Ten activists were detained by Petrosyan in Gyumri."
    c = corpus_of(text)
    start = text.index("Gyumri")
    mentions = pd.DataFrame([
        {"article_id": "t0", "sentence_id": 0, "start": start, "end": start + 6, "text": "Gyumri",
         "actor": "Gyumri", "actor_type": "place", "role": "", "actor_id": "", "ref_id": ""}])
    assert counts.extract(c, None, mentions).iloc[0].place == "Gyumri"
    mentions.loc[0, "actor_type"] = "person"
    assert counts.extract(c, None, mentions).iloc[0].place == ""
    # "Lori residents": the modifier is the place when mentions say it is one
    text = "More than 900 Lori residents were evacuated."
    s = text.index("Lori")
    m = pd.DataFrame([{"article_id": "t0", "start": s, "end": s + 4, "actor_type": "place"}])
    assert counts.extract(corpus_of(text), None, m).iloc[0].place == "Lori"
    assert counts.extract(corpus_of(text), None, None).iloc[0].place == ""


def events_frame(rows_):
    cols = ["article_id", "sentence_id", "start", "end", "expression", "date", "precision", "anchor",
            "tense", "event", "event_type", "actors"]
    return pd.DataFrame([{**dict.fromkeys(cols, ""), **r} for r in rows_], columns=cols)


def test_date_from_events_of_the_same_sentence():
    text = "The exodus began on 3 May, with 900 families fleeing. Later 40 guards were injured."
    ev = events_frame([
        {"article_id": "t0", "sentence_id": 0, "start": 20, "end": 25, "date": "2024-05-03",
         "event_type": "displacement"},
        {"article_id": "t0", "sentence_id": 0, "start": 0, "end": 4, "date": "2024-06-01",
         "event_type": "publication"},
    ])
    df = counts.extract(corpus_of(text), ev, None)
    assert list(df.date) == ["2024-05-03", ""]
    assert list(counts.extract(corpus_of(text), events_frame([]), None).date) == ["", ""]


def test_date_prefers_an_event_of_the_matching_type():
    text = "After talks on 2 May, shelling on 4 May killed 14 shepherds."
    ev = events_frame([
        {"article_id": "t0", "sentence_id": 0, "start": 15, "date": "2024-05-02", "event_type": "meeting"},
        {"article_id": "t0", "sentence_id": 0, "start": 34, "date": "2024-05-04", "event_type": "offensive"},
    ])
    assert counts.extract(corpus_of(text), ev, None).iloc[0].date == "2024-05-04"


def test_breakdown_takes_the_parent_date():
    text = "On 4 May shelling killed 14 people, including 5 children."
    ev = events_frame([{"article_id": "t0", "sentence_id": 0, "start": 3, "date": "2024-05-04",
                        "event_type": "offensive"}])
    assert list(counts.extract(corpus_of(text), ev, None).date) == ["2024-05-04"] * 2


@pytest.mark.parametrize("text, source", [
    ("According to the ombudsman, 40 people were injured.", "According to the ombudsman"),
    ("At least 20 were killed, the Health Ministry said.", "the Health Ministry said"),
    ("“We lost 12 volunteers,” she said.", "she said"),
    ("Shelling killed 14 shepherds.", ""),
])
def test_source_phrase(text, source):
    assert one(text).source_phrase == source


# --------------------------------------------------------------------------- cross-source check
def frames(spec):
    crows, arows = [], []
    for i, (aid, source, text, value, low, high, qual, cat, group, date) in enumerate(spec):
        crows.append(dict(count_id=f"{aid}-c{i:02d}", article_id=aid, sentence_id=0, start=i, end=i + 1,
                          text=text, value=value, low=low, high=high, qualifier=qual, category=cat,
                          group=group, place="", date=date, part_of="", source_phrase=""))
        arows.append(dict(article_id=aid, source=source, published="2024-01-0" + aid[-1]))
    return pd.DataFrame(crows, columns=counts.COLUMNS), pd.DataFrame(arows).drop_duplicates("article_id")


def test_cross_source_consistent_conflicting_single():
    nan = math.nan
    c, a = frames([
        ("a1", "Wire A", "over 50,000 villagers", 50_000, 50_001, nan, "more_than", "displaced", "villagers", "2024-03"),
        ("a2", "Wire B", "50 thousand refugees", 50_000, 50_000, 50_000, "exact", "displaced", "refugees", ""),
        ("a3", "Wire C", "about 52,000 people", 52_000, 46_800, 57_200, "approximate", "displaced", "people", "2024-03-10"),
        ("a1", "Wire A", "31 soldiers", 31, 31, 31, "exact", "killed", "soldiers", "2024-03-02"),
        ("a2", "Wire B", "at least 80 soldiers", 80, 80, nan, "at_least", "killed", "soldiers", "2024-03-02"),
        ("a3", "Wire C", "6 nurses", 6, 6, 6, "exact", "injured", "nurses", ""),
    ])
    out = counts.cross_source(c, a)
    assert list(out.columns) == counts.CROSS_COLUMNS
    got = {(r.category, r.group_class): r for r in out.itertuples()}
    disp = got[("displaced", "people")]
    assert (disp.verdict, disp.n_articles, disp.n_counts, disp.period) == ("consistent", 3, 3, "2024")
    assert "Wire A" in disp.sources and "Wire B" in disp.sources and "50 thousand refugees" in disp.sources
    assert got[("killed", "soldiers")].verdict == "conflicting"
    assert got[("injured", "nurses")].verdict == "single_source"
    assert (disp.min_value, disp.max_value) == (50_000, 52_000)


def test_cross_source_tolerance_and_periods():
    nan = math.nan
    c, a = frames([
        ("a1", "A", "over 50,000 people", 50_000, 50_001, nan, "more_than", "displaced", "people", "2024-03"),
        ("a2", "B", "50,000 people", 50_000, 50_000, 50_000, "exact", "displaced", "people", "2024-04"),
        ("a3", "C", "900 people", 900, 900, 900, "exact", "displaced", "people", "2020-10"),
    ])
    out = counts.cross_source(c, a, tolerance=0).set_index("period")
    assert out.loc["2024", "verdict"] == "conflicting"  # strict: 50,000 is not over 50,000
    assert out.loc["2020", "verdict"] == "single_source"
    assert counts.cross_source(c, a).set_index("period").loc["2024", "verdict"] == "consistent"
    # an undated count joins the one dated cluster only when there is exactly one
    c2, a2 = frames([
        ("a1", "A", "over 50,000 people", 50_000, 50_001, nan, "more_than", "displaced", "people", "2024-03"),
        ("a2", "B", "50,000 people", 50_000, 50_000, 50_000, "exact", "displaced", "people", ""),
    ])
    assert list(counts.cross_source(c2, a2).period) == ["2024"]
    assert list(counts.cross_source(c.iloc[[0, 2]].assign(date=["2024-03", "2020-1"]).pipe(
        lambda d: pd.concat([d, c2.iloc[[1]]])), a).period) == ["2020", "2024", "undated"]


def test_cross_source_empty():
    assert list(counts.cross_source(pd.DataFrame(columns=counts.COLUMNS), pd.DataFrame()).columns) == counts.CROSS_COLUMNS


# --------------------------------------------------------------------------- gold file and seeds
def test_vocabulary_agrees_with_code():
    assert set(counts.CUES) <= set(vocab.COUNT_CATEGORIES)
    assert set(counts.CATEGORY_EVENT_TYPES) <= set(vocab.COUNT_CATEGORIES)
    for types in counts.CATEGORY_EVENT_TYPES.values():
        assert types <= set(vocab.EVENT_TYPES)


def test_gold_file_is_consistent_with_the_texts():
    gold = pd.read_csv(paths.ANNOTATIONS / "counts.csv", dtype=str, keep_default_na=False)
    corpus = load_corpus(paths.RAW)
    ids = set(gold.count_id)
    for r in gold.itertuples():
        text = corpus.article_text(r.article_id)
        assert text[int(r.start):int(r.end)] == r.text
        s = corpus.sentences[(corpus.sentences.article_id == r.article_id)
                             & (corpus.sentences.sentence_id == int(r.sentence_id))].iloc[0]
        assert s.start <= int(r.start) and int(r.end) <= s.end
        assert r.category in vocab.COUNT_CATEGORIES and r.qualifier in vocab.QUALIFIERS
        assert r.part_of == "" or r.part_of in ids
        assert r.count_id.startswith(r.article_id + "-c")


def test_seed_scores_meet_the_targets():
    corpus = load_corpus(paths.RAW)
    gold = evaluate.load_gold(paths.ANNOTATIONS)["counts"]
    pred = counts.extract(corpus)
    scores, errors = evaluate.score_table(conform(pred, "counts"), gold, "counts")
    s = scores[0]
    assert s["recall"] == 1.0, errors
    assert s["precision"] >= 0.95, errors


def test_doc_prefilter_skips_no_count():
    text = ("Rockets killed 9 villagers on 3 May 2024. Later, some 40 nurses and two doctors fled. "
            "The 1915 genocide is remembered. Militias held 40 hostages, among them 12 women. "
            "At least 20 were injured, the ministry said. Of the 90 people killed, 20 were soldiers. "
            "Dozens of civilians were wounded. In 2023 the talks failed after 44 days.")
    c = corpus_of(text)
    sents = [(int(r.sentence_id), int(r.start), int(r.end), True) for r in c.sentences.itertuples()]
    every = pd.DataFrame(counts._article_rows("t0", text, sents, None, []), columns=counts.COLUMNS)
    filtered = counts.extract(c)
    assert len(filtered) == 9
    pd.testing.assert_frame_equal(filtered, every)


def test_part_of_a_stated_whole():
    df = rows("Nearly 900 of the valley's 1,200 shepherds fled to the hills.")
    assert list(zip(df.value, df.category, df.group)) == [(900, "displaced", "shepherds"),
                                                          (1200, "other", "shepherds")]
    assert list(df.part_of) == ["t0-c02", ""]
    assert rows("One of the three guards was hurt.").value.tolist() == [3]


def test_number_of_people_rose_to():
    r = one("The number of displaced villagers rose to over 4,000 by Friday.")
    assert (r.value, r.qualifier, r.category, r.group) == (4000, "more_than", "displaced", "villagers")
    assert rows("The number of meetings rose to 12.").empty


def test_remains_of_and_custody():
    assert one("The army handed over the remains of 31 soldiers.").category == "killed"
    assert one("About 15 activists remain in the regime's custody.").category == "detained"


def test_adverbs_inside_the_noun_phrase():
    r = one("Officials registered 8,412 forcibly displaced persons.")
    assert (r.value, r.category, r.group) == (8412, "displaced", "persons")


def test_a_capitalised_adjective_is_not_a_place():
    assert one("Hundreds of people gathered outside the Greek consulate in Tbilisi.").place == "Tbilisi"


def test_breakdowns_tree_rows():
    df = rows("The raid killed 57 people, including 14 civilians, 3 of whom were children. "
              "Another 8 guards were hurt.")
    tree = counts.breakdowns(df)
    assert list(tree.columns) == counts.BREAKDOWN_COLUMNS
    assert list(zip(tree.depth, tree.value)) == [(0, 57), (1, 14), (2, 3)]
    assert math.isnan(tree.share_of_parent[0])
    assert tree.share_of_parent[1:].round(3).tolist() == [round(14 / 57, 3), round(3 / 14, 3)]
    assert set(tree.root) == {"t0-c01"}
    assert counts.breakdowns(df[df.part_of == ""]).empty


def test_numbers_read_marks_what_was_counted():
    text = "On 3 May 2024, shelling killed 14 shepherds, the 2nd attack in 10 days."
    c = corpus_of(text)
    table = counts.numbers_read(c, counts.extract(c))
    assert list(table.columns) == counts.NUMBER_COLUMNS
    got = dict(zip(table.text, zip(table.kind, table.counted)))
    assert got == {"3": ("date", False), "2024": ("year", False), "14": ("cardinal", True),
                   "10": ("duration", False)}


@pytest.mark.parametrize("text, value, category, group", [
    ("A second blast killed 41 more on Friday.", 41, "killed", ""),
    ("Of the 12 accused, five veterans received life terms.", 5, "sentenced", "veterans"),
    ("The siege prompted some 9,000 villagers to leave for the coast.", 9000, "displaced", "villagers"),
    ("The rebels still hold at least 14 Georgians.", 14, "detained", ""),
    ("Dozens of elderly refugees still live in a school.", 12, "displaced", "refugees"),
    ("About 300 displaced Lori villagers rallied in the square.", 300, "displaced", "villagers"),
    ("At least 3,000 children were among the refugees.", 3000, "displaced", "children"),
])
def test_more_forms_from_context(text, value, category, group):
    df = rows(text)
    r = df[df.value == value].iloc[0]
    assert (r.category, r.group if group else "") == (category, group)


def test_nouns_of_other_groups_do_not_lend_their_category():
    r = one("Investigators interviewed 14 relatives of detainees.")
    assert r.category == "other"


@pytest.mark.parametrize("text", [
    "The two ministers signed the declaration.",
    "He thanked the 40 members of the committee.",
    "Two delegates attended the session.",
    "The appeal asks for 4.5 million Swiss francs.",
])
def test_people_named_not_counted(text):
    assert rows(text).empty


# --------------------------------------------------------------------------- anaphoric counts
def test_the_remaining_n_is_the_rest_of_the_same_whole():
    df = rows("A tribunal in Ganja convicted 9 former ministers. Three of the nine ministers "
              "received life sentences and the remaining six got between 8 and 12 years.")
    assert list(zip(df.value, df.category)) == [(9, "sentenced"), (3, "sentenced"), (6, "sentenced")]
    assert list(df.part_of) == ["", "t0-c01", "t0-c01"]
    assert df.text.iloc[2] == "the remaining six"
    assert df.group.iloc[2] == "ministers"


def test_the_remaining_n_in_the_next_sentence():
    df = rows("Rebels captured 26 miners at the pit. Eight of them were freed in a raid. "
              "The other 18 are still missing.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (26, "detained", ""), (8, "released", "t0-c01"), (18, "missing", "t0-c01")]
    assert df.group.iloc[2] == "miners"


def test_another_n_with_and_without_its_own_predicate():
    df = rows("Police arrested 14 students on Monday and another 30 on Tuesday.")
    assert list(zip(df.value, df.category, df.part_of)) == [(14, "detained", ""), (30, "detained", "")]
    df = rows("Militias abducted 31 farmers near Martuni. Of those, 17 were freed within a week "
              "and another 5 were found dead.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (31, "detained", ""), (17, "released", "t0-c01"), (5, "killed", "t0-c01")]


def test_n_of_them_after_and_and_the_rest_with_its_own_verb():
    df = rows("Border guards detained 6 shepherds near Tegh, and 2 of them were later charged. "
              "The remaining 4 were released without charge.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (6, "detained", ""), (2, "detained", "t0-c01"), (4, "released", "t0-c01")]


def test_a_bare_number_needs_a_count_of_people_before_it():
    assert rows("The council has 21 seats and the remaining 9 went to independents.").empty
    assert rows("Of those, 12 were closed by the ministry.").empty
    assert rows("Rockets hit 40 houses and another 12 were damaged.").empty
    # the number just before the bare one must be the count it refers to
    df = rows("Some 30 volunteers help at the camp. The hall has 500 seats and the remaining "
              "200 are reserved.")
    assert list(df.value) == [30]


# --------------------------------------------------------------------------- coordinated breakdowns
def test_every_coordinated_part_belongs_to_the_same_total():
    df = rows("Authorities registered 11,000 evacuees from Berdzor. Of them, roughly 4,500 were "
              "women and about 900 were under five years old.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (11_000, "displaced", ""), (4500, "displaced", "t0-c01"), (900, "displaced", "t0-c01")]


def test_coordinated_parts_with_nouns_and_a_larger_number_that_is_no_part():
    df = rows("Among the 600 detainees, 70 were minors and 12 were over seventy.")
    assert list(zip(df.value, df.part_of)) == [(600, ""), (70, "t0-c01"), (12, "t0-c01")]
    df = rows("Of the 40 people hurt, 9 were nurses and 700 were evacuated later.")
    assert list(zip(df.value, df.part_of)) == [(40, ""), (9, "t0-c01"), (700, "")]


def test_a_whole_named_by_its_number_alone():
    df = rows("Volunteers registered 1,800 refugees in Kapan. Of the 1,800, 450 were children.")
    assert list(zip(df.value, df.category, df.part_of)) == [(1800, "displaced", ""), (450, "displaced", "t0-c01")]
    df = rows("Of the 700, 90 were children.")
    assert list(zip(df.value, df.part_of)) == [(90, "")]


# --------------------------------------------------------------------------- category from the setting
def test_category_carried_from_a_displaced_setting_in_the_paragraph():
    r = rows("Some 70 displaced families from Hadrut live in a dormitory in Masis. "
             "The dormitory once sheltered as many as 260 people.").iloc[1]
    assert (r.value, r.qualifier, r.category) == (260, "up_to", "displaced")
    r = rows("Dozens of evacuees are staying at a hotel in Jermuk. Its owner said the hotel "
             "had taken in 180 people last winter.").iloc[1]
    assert (r.value, r.category) == (180, "displaced")


def test_category_not_carried_without_a_displaced_setting():
    assert one("The mayor opened a library in Gyumri. It can seat up to 120 people.").category == "other"
    df = rows("About 500 refugees reached Goris.\n\nThe concert hall welcomed 900 people on Sunday.")
    assert list(df.category) == ["displaced", "other"]  # another paragraph
    df = rows("About 500 refugees reached Goris. The town has 20,000 people.")
    assert list(df.category) == ["displaced", "other"]  # a population, not the refugees


# --------------------------------------------------------------------------- N of the M
def test_n_of_the_m_points_at_the_earlier_count_of_m():
    df = rows("Police detained 40 protesters in Vanadzor. Twelve of the 40 protesters were "
              "later released.")
    assert list(zip(df.value, df.category, df.part_of)) == [(40, "detained", ""), (12, "released", "t0-c01")]
    df = rows("The raid killed 90 people. Of the 90 people killed, 20 were soldiers.")
    assert list(zip(df.value, df.part_of)) == [(90, ""), (20, "t0-c01")]


def test_n_of_the_m_keeps_a_first_stated_whole_with_its_noun_category():
    df = rows("Guards freed 25 of the 140 hostages.")
    assert list(zip(df.value, df.category, df.part_of)) == [(25, "released", "t0-c02"), (140, "detained", "")]


# --------------------------------------------------------------------------- casualties
def test_casualties_are_killed_and_wounded_together():
    r = one("The shelling caused 45 casualties in Martuni.")
    assert (r.category, r.group) == ("other", "casualties")
    assert one("The number of casualties rose to 300.").category == "other"
    assert one("Rescuers counted 12 fatal casualties.").category == "killed"
    df = rows("The blast caused 60 casualties, including 8 dead.")
    assert list(zip(df.value, df.category, df.part_of)) == [(60, "other", ""), (8, "killed", "t0-c01")]


# --------------------------------------------------------------------------- small 'other' counts
def test_two_people_count_in_a_sentence_about_the_crisis():
    r = one("Monitors spoke with two doctors who had treated the wounded.")
    assert (r.value, r.category, r.group) == (2, "other", "doctors")
    r = one("Two journalists were barred from the trial of the detainees.")
    assert (r.value, r.category) == (2, "other")
    assert rows("Two delegates attended the session.").empty
    assert rows("One nurse spoke to the wounded.").empty


# --------------------------------------------------------------------------- round 3: word families
@pytest.mark.parametrize("text, category", [
    # displacement: leaving one's home, arriving from a place, being taken in by hosts
    ("Nearly 6,000 villagers were forced to abandon their homes.", "displaced"),
    ("About 800 families had to leave their houses in the gorge.", "displaced"),
    ("Some 4,200 people arrived from the border districts overnight.", "displaced"),
    ("About 9,000 residents crossed into Georgia within two days.", "displaced"),
    ("By nightfall some 3,000 families had crossed the border at Kornidzor.", "displaced"),
    ("A church hall in Sisian took in 140 people on the first night.", "displaced"),
    ("The monastery sheltered about 80 families.", "displaced"),
    ("Local schools housed 2,300 people until spring.", "displaced"),
    ("The town of Vayk is hosting roughly 900 Armenians.", "displaced"),
    # detention, return, missing
    ("Eleven activists, all held in custody since May, went on hunger strike.", "detained"),
    ("At least 700 former inhabitants have been resettled in new villages.", "returned"),
    ("Dozens of our countrymen are still missing.", "missing"),
    ("The fate of 30 soldiers remains unknown.", "missing"),
    ("Rescuers are looking for 14 fishermen whose fate is unknown.", "missing"),
    # a count in apposition takes the verb after it
    ("The whole village, some 650 people, was forced to leave.", "displaced"),
])
def test_round3_category_word_families(text, category):
    r = one(text)
    assert r.category == category, r


def test_hosting_verbs_count_only_people_at_large():
    # "hosted 40 leaders" is a meeting, not shelter: hosting verbs need people at large
    assert one("The summit hosted 40 leaders from the region.").category == "other"
    assert one("The delegation of 12 deputies arrived from Paris.").category == "other"
    assert one("A convoy of 40 peacekeepers crossed into the region.").category == "other"
    # refugees resettled elsewhere stay displaced; former residents resettled return
    assert one("Canada resettled 300 refugees last year.").category == "displaced"


def test_fate_of_needs_an_unknown_fate():
    assert one("The court will decide the fate of 15 detainees.").category == "detained"


def test_vague_quantity_of_a_possessive():
    r = one("Hundreds of his supporters gathered outside the court.")
    assert (r.value, r.group, r.qualifier) == (100, "supporters", "approximate")
    r = one("Dozens of our compatriots were wounded.")
    assert (r.value, r.category, r.group) == (12, "injured", "compatriots")


# --------------------------------------------------------------------------- round 3: breakdown links
def test_of_whom_n_counts_the_noun_before_it():
    df = rows("Volunteers visited the displaced families, of whom about 340 still live in tents.")
    assert list(zip(df.value, df.qualifier, df.category, df.part_of)) == [
        (340, "approximate", "displaced", "")]
    assert df.group.iloc[0] == "families"
    df = rows("Shelling killed 48 people, among them roughly 15 who were asleep.")
    assert list(zip(df.value, df.category, df.part_of)) == [(48, "killed", ""), (15, "killed", "t0-c01")]


def test_n_of_whom_links_back_over_a_long_gap():
    df = rows("Records show 7,400 evacuees from Shushi are housed in Kapan and Meghri, "
              "up to 600 of whom still need medical care.")
    assert list(zip(df.value, df.qualifier, df.category, df.part_of)) == [
        (7400, "exact", "displaced", ""), (600, "up_to", "displaced", "t0-c01")]


def test_a_part_among_people_not_counted_takes_their_category():
    r = one("The group wants freedom for the hostages kept in Shusha, among them six former ministers.")
    assert (r.value, r.category, r.part_of) == (6, "detained", "")
    # a nearer people noun is the antecedent of "of whom", not the count before it
    df = rows("Some 20 medics escorted the evacuated villagers, of whom about 300 were elderly.")
    assert list(zip(df.value, df.category, df.part_of)) == [(20, "other", ""), (300, "displaced", "")]


def test_coordinated_parts_with_nouns_share_the_total():
    df = rows("Some 2,600 people were evacuated, including 900 children and about 300 people "
              "with disabilities.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (2600, "displaced", ""), (900, "displaced", "t0-c01"), (300, "displaced", "t0-c01")]
    # a coordinated count with its own predicate is no part
    df = rows("Shelling killed 40 people, including 6 children, and 25 people were evacuated.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (40, "killed", ""), (6, "killed", "t0-c01"), (25, "displaced", "")]


def test_include_as_a_verb_names_parts():
    df = rows("The 12 detainees include four journalists.")
    assert list(zip(df.value, df.category, df.part_of)) == [(12, "detained", ""), (4, "detained", "t0-c01")]


def test_among_them_inside_the_sentence_points_at_the_previous_total():
    df = rows("Some 3,100 people arrived from Berdzor, including 800 children and 90 pensioners. "
              "Officials put the number of orphans among them at about 40.")
    assert list(zip(df.value, df.category, df.part_of)) == [
        (3100, "displaced", ""), (800, "displaced", "t0-c01"), (90, "displaced", "t0-c01"),
        (40, "displaced", "t0-c01")]
    assert df.group.iloc[3] == "orphans"


def test_alone_marks_a_part_of_an_earlier_total():
    df = rows("Drone strikes killed 64 soldiers in March. Strikes on the Martakert front alone "
              "killed 17.")
    assert list(zip(df.value, df.category, df.part_of)) == [(64, "killed", ""), (17, "killed", "t0-c01")]
    df = rows("Drone strikes killed 64 soldiers in March.\n\nThe shelling of Vank alone killed 9.")
    assert list(df.part_of) == ["", ""]  # another paragraph
    df = rows("Drone strikes killed 64 soldiers. Diplomacy alone had failed, and shelling killed 17 more.")
    assert list(df.part_of) == ["", ""]  # "alone" in another clause
    df = rows("Drone strikes killed 64 soldiers. Villagers left alone in Vank said shelling killed 17.")
    assert list(df.part_of) == ["", ""]  # "left alone" is no subset


def test_a_restated_count_shares_the_category():
    df = rows("Prosecutors charged 9 former commanders on Monday. The nine men, all held in "
              "custody since March, deny the charges.")
    assert list(zip(df.value, df.category)) == [(9, "detained"), (9, "detained")]
    df = rows("Prosecutors charged 9 former commanders on Monday. They deny the charges.")
    assert list(df.category) == ["other"]


# --------------------------------------------------------------------------- round 3: voters
def test_vote_tallies_are_not_counts_but_voters_counted_as_people_are():
    assert rows("The motion passed by 118 votes to 2.").empty
    assert rows("The bill passed 95-4 after a long debate.").empty
    assert rows("Only one deputy voted against the bill.").empty  # one person is no count
    df = rows("Of the 120 deputies present, 118 voted for the bill and only one abstained.")
    assert list(zip(df.value, df.category, df.group, df.part_of)) == [
        (120, "other", "deputies", ""), (118, "other", "deputies", "t0-c01"),
        (1, "other", "deputies", "t0-c01")]


def test_hosting_verbs_take_the_displaced_as_object():
    df = rows("The town of 20,000 people took in 5,000 refugees.")
    assert list(zip(df.value, df.category)) == [(20_000, "other"), (5_000, "displaced")]
    assert one("About 350 people were sheltered in the gym.").category == "displaced"
    df = rows("Our teams sheltered 300 people, of whom 120 were children.")
    assert list(zip(df.value, df.category, df.group, df.part_of)) == [
        (300, "displaced", "people", ""), (120, "displaced", "children", "t0-c01")]


def test_breakdown_links_that_must_not_fire():
    df = rows("The toll of 200 soldiers does not include 40 civilians.")
    assert list(df.part_of) == ["", ""]
    assert one("The court will decide the fate of 15 detainees, whose names were never "
               "published and whose lawyers are still unknown to the public.").category == "detained"
    assert rows("Rockets destroyed 40 houses, including 12 in Shusha.").empty


# --------------------------------------------------------------------------- round 4
def test_a_demanded_act_does_not_set_the_category_the_state_does():
    # the people in the object of a demand are in the state they are in now
    df = rows("The petition asks Yerevan to free all Georgian captives kept in Gyumri, among them "
              "five former mayors.")
    assert list(zip(df.value, df.category)) == [(5, "detained")]
    assert one("The senators call on the government to release 14 jailed reporters.").category == "detained"
    assert one("Rights groups demanded the arrest of 12 police officers.").category == "other"
    assert one("The mayor called for the evacuation of 4,000 residents.").category == "other"
    assert one("The mayor called for the evacuation of 4,000 refugees.").category == "displaced"
    # without a demand the act is what happened
    assert one("Police arrested 12 officers.").category == "detained"
    assert one("The army evacuated 4,000 residents.").category == "displaced"
    assert one("They demanded that police arrest 12 officers.").category == "other"
    df = rows("The letter asked Baku to free 12 captured soldiers, including 3 officers.")
    assert list(zip(df.value, df.category)) == [(12, "detained"), (3, "detained")]
    # reported facts near "press", "asked", "sought" are not demanded acts
    assert one("He told the press that shelling killed 20 civilians.").category == "killed"
    assert one("He was asked whether troops killed 20 soldiers.").category == "killed"
    assert one("Lawyers sought to learn whether police arrested 9 students.").category == "detained"
    # a court's name is no appeal
    assert one("The Court of Appeal ruled to uphold the life sentences of 6 former ministers."
               ).category == "sentenced"


def test_a_count_coordinated_with_a_named_person_shares_the_cue():
    assert one("The tribunal confirmed the prison terms of Levon Sargsyan and two other former "
               "generals.").category == "sentenced"
    assert one("A judge sentenced Ruben Vardanyan and 14 others to prison.").category == "sentenced"
    # "other(s)" makes them one set; a count with its own predicate keeps it
    assert one("Shelling killed Gor Avetisyan, and 4 others were hurt.").category == "injured"
    # without "other(s)" the count is not read as one set with the person
    assert one("The court sentenced Ara Petrosyan and 4 journalists watched.").category == "other"


def test_people_of_advocacy_and_worship_are_counted():
    r = one("The bill has drawn 27 co-sponsors in the Senate.")
    assert (r.value, r.category, r.group) == (27, "other", "co-sponsors")
    r = one("Senator Ames and 44 colleagues wrote to the minister.")
    assert (r.value, r.category, r.group) == (44, "other", "colleagues")
    r = one("Some 2,500 faithful attended the Easter service.")
    assert (r.value, r.qualifier, r.group) == (2500, "approximate", "faithful")
    assert one("Nearly 800 worshipers prayed outside the cathedral.").group == "worshipers"
    assert rows("Two colleagues attended the session.").empty  # two, outside the crisis


def test_voters_after_a_tally_counted_by_the_vote_rule():
    # "9 against" is a tally (never a count); "17 abstaining" is people who abstain
    df = rows("The assembly approved it, with 310 deputies voting in favour, 9 against and 17 abstaining.")
    assert list(zip(df.value, df.category, df.group)) == [(310, "other", "deputies"), (17, "other", "deputies")]
    df = rows("The council backed the text, 45 members voting for it and 6 abstaining.")
    assert list(df.value) == [45, 6]
    assert rows("The hall has 500 seats and 17 abstaining.").empty  # no people counted before


@pytest.mark.parametrize("text, category", [
    # a release asked for ("press Baku for the release of") is not a release: they are still held
    ("Armenia urged the Security Council to press Azerbaijan for the release of 23 Armenians still held "
     "in Baku.", "detained"),
    # a hoped-for return ("the safe return of") is not a return: they fled
    ("He called for a mechanism to monitor conditions for the safe return of the more than 100,000 "
     "Armenians who fled the region.", "displaced"),
    # "listed as missing": the state after the noun
    ("The fate of nearly 400 Armenians still listed as missing since the 2020 war is unknown.", "missing"),
])
def test_requested_and_hoped_for_acts_and_listed_states(text, category):
    assert one(text).category == category


@pytest.mark.parametrize("text, value, qualifier", [
    ("Organisers put the turnout at about 5,000.", 5000, "approximate"),
    ("Police estimated the crowd at 3,000 to 3,500 on Sunday.", 3000, "range"),
    ("The mayor's office put the number of marchers at 12,000.", 12000, "exact"),
])
def test_the_size_of_a_gathering_is_a_count(text, value, qualifier):
    r = one(text)
    assert (r.value, r.qualifier, r.category) == (value, qualifier, "other")


def test_an_estimate_of_something_else_is_not_a_count():
    assert rows("The ministry put the cost of the programme at 5,000 euros.").empty
    assert rows("Organisers put the budget at 3,000.").empty
