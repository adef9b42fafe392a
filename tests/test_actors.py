"""Actors: every resolution rule on sentences of our own making (not the seeds').

The seeds are scored only through the gold file (test_seed_scores).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import spacy

from newsfacts import actors, paths
from newsfacts.actors import extract_text
from newsfacts.corpus import load_corpus
from newsfacts.evaluate import evaluate, load_gold
from newsfacts.pipeline import run
from newsfacts.vocab import ACTOR_TYPES

FIXTURES = Path(__file__).parent / "fixtures" / "actors"


def mentions(text: str, **kw) -> pd.DataFrame:
    return extract_text(text, **kw)


def one(df: pd.DataFrame, surface: str) -> pd.Series:
    hit = df[df.text == surface]
    assert len(hit) == 1, f"expected one mention {surface!r}, got:\n{df[['text', 'actor', 'actor_type']]}"
    return hit.iloc[0]


def pairs(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return set(zip(df.text, df.actor, df.actor_type))


# --------------------------------------------------------------------------- schema
def test_columns_and_types():
    df = mentions("Armenia and Azerbaijan met in Geneva, said Nora Sargsyan.")
    assert list(df.columns) == actors.COLUMNS
    assert set(df.actor_type) <= set(ACTOR_TYPES)
    text = "Armenia and Azerbaijan met in Geneva, said Nora Sargsyan."
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text


def test_empty_text_gives_no_rows():
    assert mentions("").empty
    assert mentions("nothing capitalised here at all.").empty


# --------------------------------------------------------------------------- reference names
@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_possessive_resolves_and_span_stops_before_s(apostrophe):
    text = f"Azerbaijan{apostrophe}s army shelled the town while Artsakh{apostrophe}s leaders met."
    df = mentions(text)
    row = one(df, "Azerbaijan")
    assert (row.actor, row.actor_type, row.ref_id) == ("Government of Azerbaijan", "government", "gov-azerbaijan")
    assert text[row.end:row.end + 2] == f"{apostrophe}s"


def test_alternative_names_resolve_to_one_actor():
    df = mentions("Karabakh rejected the plan. The NKR and Nagorno-Karabakh officials protested. "
                  "Artsakh authorities agreed.")
    acting = df[df.actor_type == "government"]
    assert set(acting.actor) == {"Republic of Artsakh"}
    assert len(acting) == 3  # Karabakh, NKR, Artsakh authorities


def test_capital_as_metonym_is_the_government():
    df = mentions("Baku rejected the proposal, but Yerevan welcomed it.")
    assert one(df, "Baku").actor == "Government of Azerbaijan"
    assert one(df, "Yerevan").actor == "Government of Armenia"


def test_demonym_government_phrases():
    df = mentions("The French government and Azerbaijani authorities exchanged notes.")
    assert one(df, "French government").actor == "Government of France"
    assert one(df, "Azerbaijani authorities").actor == "Government of Azerbaijan"


# --------------------------------------------------------------------------- place or government
def test_location_after_preposition_is_a_place():
    df = mentions("Families fled to Armenia. Talks were held in Baku. Armenia protested.")
    places = df[df.actor_type == "place"]
    assert set(zip(places.text, places.actor)) == {("Armenia", "Armenia"), ("Baku", "Baku")}
    acting = df[(df.text == "Armenia") & (df.actor_type == "government")]
    assert len(acting) == 1


def test_to_without_movement_is_not_a_location():
    df = mentions("The council expressed support to Armenia and sent aid to Armenia.")
    kinds = df[df.text == "Armenia"].actor_type.tolist()
    assert kinds == ["government", "place"]


def test_direct_object_of_movement_verb_is_a_place():
    df = mentions("The last convoy left Nagorno-Karabakh on Friday.")
    assert one(df, "Nagorno-Karabakh").actor == "Artsakh"
    assert one(df, "Nagorno-Karabakh").actor_type == "place"


def test_dateline_place_and_source():
    df = mentions("GORIS, Oct 2, 2023 (Reuters) — Buses kept arriving.")
    assert (one(df, "GORIS").actor, one(df, "GORIS").actor_type) == ("Goris", "place")
    assert one(df, "Reuters").actor_type == "media"


def test_city_acting_in_an_article_about_its_mayor():
    about_mayor = mentions("The Mayor of Lyon visited the camp. Lyon calls for aid to the refugees.")
    row = about_mayor[(about_mayor.text == "Lyon")].iloc[-1]
    assert (row.actor, row.actor_type, row.ref_id) == ("City of Lyon", "government", "")
    assert row.actor_id == "gen-government-city-of-lyon"
    paris_mayor = mentions("Paris’s mayor met the families. Paris calls for their return.")
    assert set(paris_mayor[paris_mayor.text == "Paris"].actor) == {"City of Paris"}
    national = mentions("Paris calls for the release of the prisoners.")
    assert one(national, "Paris").actor == "Government of France"


# --------------------------------------------------------------------------- what is not a mention
def test_adjectives_pronouns_and_descriptions_are_not_mentions():
    df = mentions("She said the Armenian heritage and the Armenian presence were at risk. "
                  "The ministry said it would act. They agreed.")
    assert df.empty, df


def test_hyphen_compounds_are_not_mentions():
    df = mentions("France-Armenia relations improved in Azerbaijan-controlled areas.")
    assert df.empty, df


def test_bracketed_restatements_are_dropped():
    df = mentions("The Caspian Lawyers Union (CLU) met Artsakh [(Nagorno-Karabakh)] officials. "
                  "Later the CLU said more.")
    assert "Nagorno-Karabakh" not in set(df.text)
    clu = df[df.text == "CLU"]
    assert len(clu) == 1 and clu.iloc[0].actor == "Caspian Lawyers Union"  # the later use only


def test_bare_people_nouns_are_not_groups():
    df = mentions("The shelling killed 12 civilians, including children, and officials left.")
    assert df.empty, df


# --------------------------------------------------------------------------- groups
def test_groups_named_by_place_demonym_or_status():
    df = mentions("Armenians of Nagorno-Karabakh and Karabakh Armenians met Russian peacekeepers. "
                  "Refugees and political prisoners were discussed, as were 40 [Armenian] captives. "
                  "The vote concerned Artsakh’s Armenian population and Artsakh residents.")
    got = dict(zip(df.text, df.actor))
    assert got["Armenians of Nagorno-Karabakh"] == "Artsakh Armenians"
    assert got["Karabakh Armenians"] == "Artsakh Armenians"
    assert got["Russian peacekeepers"] == "Russian peacekeepers"
    assert got["Refugees"] == "refugees"
    assert got["political prisoners"] == "political prisoners"
    assert got["[Armenian] captives"] == "Armenian captives"
    assert got["Artsakh’s Armenian population"] == "Artsakh Armenians"
    assert got["Artsakh residents"] == "Artsakh residents"
    assert set(df.actor_type) == {"group"}
    assert one(df, "Karabakh Armenians").ref_id == "group-artsakh-armenians"


def test_group_after_of_includes_the_place():
    df = mentions("The court heard the former leaders of the Republic of Artsakh.")
    row = one(df, "leaders of the Republic of Artsakh")
    assert (row.actor, row.actor_type) == ("Artsakh leaders", "group")


# --------------------------------------------------------------------------- people and roles
def test_surname_back_reference_after_full_name():
    df = mentions("Gohar Melikyan visited the camp. Melikyan said conditions were harsh.")
    rows = df[df.actor == "Gohar Melikyan"]
    assert rows.text.tolist() == ["Gohar Melikyan", "Melikyan"]
    assert rows.actor_id.nunique() == 1 and rows.iloc[0].actor_id == "gen-person-gohar-melikyan"
    assert (rows.ref_id == "").all()


def test_surname_before_the_full_name_is_not_resolved():
    df = mentions("Melikyan spoke first. Later Gohar Melikyan spoke again.")
    assert df.text.tolist() == ["Gohar Melikyan"]


def test_reference_person_surname_back_reference():
    df = mentions("Arayik Harutyunyan appeared in court. Harutyunyan did not speak.")
    assert set(df.actor) == {"Arayik Harutyunyan"} and len(df) == 2
    assert set(df.ref_id) == {"person-arayik-harutyunyan"}


@pytest.mark.parametrize("text, name, role", [
    ("Lilit Avagyan, the Mayor of Gyumri, opened the shelter.", "Lilit Avagyan", "Mayor of Gyumri"),
    ("They met Armen Sarkissian, former chief justice of the Constitutional Court, on Monday.",
     "Armen Sarkissian", "former chief justice of the Constitutional Court"),
    ("Opposition lawmaker Hayk Mamijanyan said the vote failed.", "Hayk Mamijanyan", "Opposition lawmaker"),
    ("Consul General of Armenia in Los Angeles Ara Sahakyan spoke.", "Ara Sahakyan",
     "Consul General of Armenia in Los Angeles"),
    ("The report was signed by its author, Nora Sargsyan, last week.", "Nora Sargsyan", "author"),
    ("Mr. Dallakyan declined to comment.", "Dallakyan", ""),
])
def test_roles_from_titles_and_appositions(text, name, role):
    df = mentions(text)
    row = one(df, name)
    assert row.actor_type == "person"
    assert row.role == role


def test_role_stops_at_a_second_person():
    df = mentions("Senator Ann Cole and MEP Jan Visser visited Goris.")
    assert one(df, "Jan Visser").role == "MEP"
    assert one(df, "Ann Cole").role == "Senator"


def test_speech_verb_introduces_an_unlisted_person():
    df = mentions("“We will return,” said Vostan Grigoryants.")
    assert one(df, "Vostan Grigoryants").actor_type == "person"


def test_capitalised_phrases_are_not_people():
    df = mentions("On International Human Rights Day the First Aid project began. Key Points follow.")
    assert not (df.actor_type == "person").any(), df


# --------------------------------------------------------------------------- organisations
def test_organisations_by_head_word_with_complements():
    df = mentions("The Department of Preservation of Historical Monuments wrote to the "
                  "Caspian Lawyers Union and the Yerevan Legal Aid Centre.")
    orgs = set(df[df.actor_type == "organization"].actor)
    assert orgs == {"Department of Preservation of Historical Monuments", "Caspian Lawyers Union",
                    "Yerevan Legal Aid Centre"}


def test_two_organisations_joined_by_and_stay_apart():
    df = mentions("Freedom House and the Lemkin Institute condemned it, as did Human Rights Watch and "
                  "Amnesty International.")
    assert set(df.actor) == {"Freedom House", "Lemkin Institute for Genocide Prevention",
                             "Human Rights Watch", "Amnesty International"}


def test_longest_name_wins_over_nested_reference_names():
    df = mentions("The Eastern Branch of the Parliamentary Assembly of the Council of Europe met. "
                  "Armenia’s Security Council convened.")
    assert one(df, "Eastern Branch of the Parliamentary Assembly of the Council of Europe").actor_type == "organization"
    assert one(df, "Armenia’s Security Council").actor == "Armenia's Security Council"
    assert "Council of Europe" not in set(df.text)


def test_media_by_domain_and_reported():
    df = mentions("Hetq.am and Zartonk Daily reported the arrests.")
    assert one(df, "Hetq.am").actor_type == "media"
    assert one(df, "Zartonk Daily").actor_type == "media"


# --------------------------------------------------------------------------- own article of unlisted people
def test_own_article_yields_unlisted_people_with_roles():
    text = (FIXTURES / "unlisted_people.txt").read_text(encoding="utf-8")
    df = mentions(text)
    people = df[df.actor_type == "person"]
    roles = people[people.role != ""].set_index("actor").role.to_dict()
    assert roles == {
        "Ingrid Halvorsen": "Judge",
        "Tamara Oganesyan": "defence lawyer at the Yerevan Legal Aid Centre",
        "Levon Karapetyan": "Deputy Minister of Justice of Armenia",
        "Pablo Ruiz": "director",
    }
    assert (people.ref_id == "").all()
    assert people.actor_id.str.startswith("gen-person-").all()
    # surname back references resolve to the full name
    assert people.groupby("actor").size().to_dict() == {
        "Ingrid Halvorsen": 2, "Levon Karapetyan": 2, "Pablo Ruiz": 1, "Tamara Oganesyan": 2}
    orgs = set(df[df.actor_type == "organization"].actor)
    assert {"Nordic Appeals Tribunal", "Yerevan Legal Aid Centre", "Heritage Monitoring Coalition",
            "UNESCO"} <= orgs
    hmc = df[df.text == "HMC"]
    assert hmc.actor.tolist() == ["Heritage Monitoring Coalition"]  # acronym defined in the text
    assert one(df, "Caucasus Wire").actor_type == "media"


# --------------------------------------------------------------------------- corpus-level properties
def test_pure_per_article(tmp_path):
    own = (FIXTURES / "unlisted_people.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(own, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Baku rejected the appeal. Hetq.am reported it.", encoding="utf-8")
    both = actors.extract(load_corpus(tmp_path))
    (tmp_path / "b.txt").unlink()
    alone = actors.extract(load_corpus(tmp_path))
    pd.testing.assert_frame_equal(both[both.article_id == "a"].reset_index(drop=True), alone)


def test_sentence_ids_match_the_sentences_table(tmp_path):
    (tmp_path / "a.txt").write_text("Baku refused. Two days later Yerevan agreed.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    df = actors.extract(corpus)
    s = corpus.sentences.set_index("sentence_id")
    for row in df.itertuples():
        assert s.at[row.sentence_id, "start"] <= row.start < s.at[row.sentence_id, "end"]
    assert df.sentence_id.tolist() == [0, 1]


def test_seed_scores_meet_the_target():
    corpus = load_corpus(paths.RAW)
    tables = run(corpus)
    scores, _ = evaluate(tables, {"mentions": load_gold(paths.ANNOTATIONS)["mentions"]}, corpus)
    assert set(scores.key) == {"actor", "span"}
    assert (scores.f1 >= 0.95).all(), scores


# --------------------------------------------------------------------------- actors table
def test_summarize_one_row_per_actor():
    m = pd.DataFrame([
        dict(article_id="a", sentence_id=0, start=0, end=5, text="Hidal", actor="Ana Lopez", actor_type="person",
             role="Mayor of X", actor_id="gen-person-ana-lopez", ref_id=""),
        dict(article_id="b", sentence_id=0, start=0, end=5, text="Lopez", actor="Ana Lopez", actor_type="person",
             role="", actor_id="gen-person-ana-lopez", ref_id=""),
        dict(article_id="b", sentence_id=1, start=9, end=14, text="Lopez", actor="Ana Lopez", actor_type="person",
             role="Author", actor_id="gen-person-ana-lopez", ref_id=""),
        dict(article_id="b", sentence_id=1, start=20, end=24, text="Baku", actor="Government of Azerbaijan",
             actor_type="government", role="", actor_id="gov-azerbaijan", ref_id="gov-azerbaijan"),
    ], columns=actors.COLUMNS)
    arts = pd.DataFrame({"article_id": ["a", "b"], "published": ["2024-05-01", "2023-11-07"]})
    out = actors.summarize(m, arts)
    assert list(out.columns) == actors.ACTOR_COLUMNS
    assert out.actor.tolist() == ["Ana Lopez", "Government of Azerbaijan"]
    ana = out.iloc[0]
    assert (ana.roles, ana.n_mentions, ana.n_articles, ana.first_date, ana.last_date) == (
        "Author; Mayor of X", 3, 2, "2023-11-07", "2024-05-01")
    assert actors.summarize(m.iloc[0:0], arts).empty


def test_co_mentions_and_graph():
    df = mentions("Baku and Yerevan met in Geneva. Baku and Gohar Melikyan spoke. Melikyan left.")
    co = actors.co_mentions(df)
    assert list(co.columns) == ["actor_a", "actor_b", "n_sentences", "n_articles"]
    edges = {(r.actor_a, r.actor_b): r.n_sentences for r in co.itertuples()}
    assert edges[("Geneva", "Government of Armenia")] == 1
    assert edges[("Gohar Melikyan", "Government of Azerbaijan")] == 1
    assert ("Government of Armenia", "Government of Azerbaijan") in edges
    g = actors.co_mention_graph(df)
    assert isinstance(g, nx.Graph)
    assert g.nodes["Gohar Melikyan"]["n_mentions"] == 2
    assert g.nodes["Geneva"]["actor_type"] == "place"
    assert g["Government of Azerbaijan"]["Gohar Melikyan"]["weight"] == 1
    only_people = actors.co_mention_graph(df, actor_types=["person"])
    assert list(only_people.nodes) == ["Gohar Melikyan"] and only_people.number_of_edges() == 0


# --------------------------------------------------------------------------- optional NER
def fake_ner():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Tatul"},
        {"label": "ORG", "pattern": "Azerbaijan"},  # conflicts with a rule mention: rules win
        {"label": "GPE", "pattern": "Kazakhstan"},
        {"label": "NORP", "pattern": "Yazidis"},
        {"label": "ORG", "pattern": "The Blue Lantern"},
    ])
    return nlp


def test_ner_entities_are_merged_and_rules_win():
    text = "Tatul met Azerbaijan's envoy. Kazakhstan offered talks in Kazakhstan. The Blue Lantern hosted them."
    plain = mentions(text)
    assert "Tatul" not in set(plain.text)
    merged = mentions(text, nlp_model=fake_ner())
    got = {(r.text, r.actor, r.actor_type) for r in merged.itertuples()}
    assert ("Tatul", "Tatul", "person") in got
    assert ("Azerbaijan", "Government of Azerbaijan", "government") in got  # the rule's reading
    assert ("Kazakhstan", "Government of Kazakhstan", "government") in got
    assert ("Kazakhstan", "Kazakhstan", "place") in got
    assert ("Blue Lantern", "Blue Lantern", "organization") in got
    # every rule mention survives the merge unchanged
    assert pairs(plain) <= pairs(merged)


def test_missing_ner_model_falls_back_to_rules(monkeypatch):
    monkeypatch.setenv(actors.NER_ENV, "no_such_pipeline_xyz")
    text = "Baku said no."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = mentions(text)
    assert one(df, "Baku").actor == "Government of Azerbaijan"
    assert any("no_such_pipeline_xyz" in str(w.message) for w in caught)


# --------------------------------------------------------------------------- headlines, datelines, lists
def test_title_case_headline_yields_only_listed_names_and_groups():
    df = mentions("Lawyers Union Demands Answers From Baku On Artsakh Detainees\n\nThe hearing opened.")
    assert set(zip(df.text, df.actor_type)) == {("Baku", "place"), ("Artsakh Detainees", "group")}


def test_dateline_without_source():
    df = mentions("STEPANAKERT, Sept. 20 — Sirens sounded. Stepanakert asked for talks.")
    assert [(r.text, r.actor_type) for r in df.itertuples()] == [
        ("STEPANAKERT", "place"), ("Stepanakert", "government")]


def test_second_person_joined_by_and():
    df = mentions("The bill was drafted by Representatives Frank Pallone (D-NJ) and Doris Matsui.")
    assert one(df, "Frank Pallone").role == "Representatives"
    assert one(df, "Doris Matsui").actor_type == "person"  # not a given name we list


def test_graph_top_and_deterministic_drawing():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = mentions("Baku and Yerevan met in Geneva. Baku and Gohar Melikyan spoke. Melikyan left Baku.")
    g = actors.co_mention_graph(df, top=2)
    assert sorted(g.nodes) == ["Gohar Melikyan", "Government of Azerbaijan"]  # 2 mentions each; the rest 1
    fig, ax = plt.subplots()
    pos1 = actors.draw_co_mentions(g, ax)
    pos2 = actors.draw_co_mentions(g, ax)
    plt.close(fig)
    assert pos1 == pos2 and set(pos1) == set(g.nodes)


def test_press_release_dateline_and_unlisted_dateline_place():
    df = mentions("(Vienna, May 2, 2025) – Emirati authorities said ethnic Armenians were freed.")
    assert (one(df, "Vienna").actor, one(df, "Vienna").actor_type) == ("Vienna", "place")
    assert one(df, "Emirati authorities").actor == "Government of the United Arab Emirates"
    assert one(df, "Armenians").actor == "Armenians"  # the span leaves "ethnic" out
    df = mentions("DILIJAN, Armenia — The Red Star Wire reported it.")
    assert one(df, "Armenia").actor_type == "place"
    assert (one(df, "DILIJAN").actor, one(df, "DILIJAN").actor_type, one(df, "DILIJAN").ref_id) == ("Dilijan", "place", "")


def test_dateline_source_is_media_even_with_an_organisation_head():
    df = mentions("TBILISI, June 3 (Caucasus News Service) — Talks resumed.")
    assert one(df, "Caucasus News Service").actor_type == "media"


def test_location_after_spatial_noun_and_leave_for():
    df = mentions("Troops took control of Karabakh and most residents left for Armenia. "
                  "The Council of Artsakh Refugees protested.")
    assert one(df, "Karabakh").actor_type == "place"
    assert one(df, "Armenia").actor_type == "place"
    assert one(df, "Council of Artsakh Refugees").actor_type == "organization"


def test_governments_not_in_the_list_are_named_government_of_x():
    df = mentions("The Government of Uruguay and the Government of the Republic of Malta protested; "
                  "the Government of Portugal Foreign Minister Paulo Rangel stayed silent.")
    assert (one(df, "Government of Uruguay").actor, one(df, "Government of Uruguay").actor_type,
            one(df, "Government of Uruguay").ref_id) == ("Government of Uruguay", "government", "")
    assert one(df, "Government of the Republic of Malta").actor == "Government of the Republic of Malta"
    assert one(df, "Government of Portugal").actor == "Government of Portugal"  # stops before the title
    assert one(df, "Paulo Rangel").actor_type == "person"
    # a listed state written the same way resolves to the listed row
    assert one(mentions("The Government of Georgia replied."), "Government of Georgia").ref_id == "gov-georgia"


def test_demonym_before_a_government_noun_is_the_state_government():
    df = mentions("Azeri authorities detained them and the Turkish administration kept silent, "
                  "while anti-government rallies went on and Kurdish authorities made no comment.")
    assert (one(df, "Azeri authorities").actor, one(df, "Azeri authorities").ref_id) == ("Government of Azerbaijan", "gov-azerbaijan")
    assert one(df, "Turkish administration").actor == "Government of Turkey"
    assert not df.text.str.contains("Kurdish").any()  # a demonym without a state
    assert "government" not in set(df.text)


# --------------------------------------------------------------------------- speed machinery
# The fast paths (trigger words from the spaCy tokens, a token trie for reference names,
# str.find for article-specific names, short look-back windows) must find exactly what the
# plain whole-text searches they replace find. Checked on a text of our own with awkward
# spots: glued punctuation, hyphens, possessives, brackets, a second line, ALL CAPS.
OWN_TEXT = (
    "STEPANAKERT, Oct. 3 – Mr. Levon Arzumanyan of the Caspian Rights Union (CRU) said refugees.[2] "
    "and ethnic Armenians from Nagorno-Karabakh left for Goris in the Syunik province, while "
    "Azerbaijani officials in Baku’s Foreign Ministry spoke to Dr. Petrosyan about the U.S. offer. "
    "The Mayor of Lyon, Gregory Doucet, and Yerevan City Hall welcomed 1,200 POW-era detainees; "
    "Prof. Ivanova reported that the International Committee of the Red Cross wrote to political "
    "prisoners' families in the Kelbajar district via Lachin corridor.\n"
    "FRENCH MPs, the Lyon municipality and Arzumanyan thanked Armenian-American Levon; xrefugees, "
    "co-residents, O'Brien's Union-based group and Parliamentary aides at 5pm were not named. "
    "Arzumanyan’s CRU (Caspian Rights Union) met Russians, Refugees and REFUGEES in Armenia's capital."
)


@pytest.fixture(scope="module")
def own_article():
    from newsfacts.nlp import get_nlp

    pat = actors._patterns()
    return actors._Article(OWN_TEXT, get_nlp()(OWN_TEXT), pat)


def spans(matches):
    return [m.span() for m in matches]


def test_trigger_words_find_what_the_whole_text_regexes_find(own_article):
    art, pat = own_article, own_article.pat
    for rule, rx in [("group", pat.group_pre), ("loc", pat.locative), ("geo", pat.geo),
                     ("reported", pat.reported), ("courtesy", actors.COURTESY_DOT_RE)]:
        expected = spans(rx.finditer(OWN_TEXT))
        assert spans(actors._matches_at(rx, OWN_TEXT, art.triggers(rule))) == expected, rule
        assert expected, f"the text should exercise {rule}"
    assert "refugees" in [m.group("head") for m in actors._matches_at(pat.group_pre, OWN_TEXT, art.triggers("group"))]
    heads = [p for p in art.triggers("org") if pat.org_head.match(OWN_TEXT, p)]
    assert heads == [m.start() for m in pat.org_head.finditer(OWN_TEXT)]


def test_reference_trie_matches_like_a_phrase_matcher(own_article):
    from spacy.matcher import PhraseMatcher

    from newsfacts.nlp import get_nlp

    art, pat = own_article, own_article.pat
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = sorted(pat.refs)
    for i, form in enumerate(forms):
        matcher.add(str(i), [nlp.make_doc(form)])
    expected = sorted((s, e, forms[int(nlp.vocab.strings[k])]) for k, s, e in matcher(art.doc))
    got = sorted((s, e, f) for s, e, found in art.ref_matches() for f in found)
    assert got == expected and len(got) > 5


def test_look_back_windows_read_the_same_tokens(own_article):
    art = own_article
    old_token_re = re.compile(
        r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Amb|Lt|Sgt|Capt|Maj|Gov|Pres|St|Jr|Sr)\.(?!\w)"
        r"|(?:[A-Z]\.){2,}|\w(?:[\w\-]|['’](?=\w)|\.(?=\w))*|[^\w\s]")
    assert spans(actors.TOKEN_RE.finditer(OWN_TEXT)) == spans(old_token_re.finditer(OWN_TEXT))
    checked = 0
    for char in range(len(OWN_TEXT) + 1):
        for limit in (20, 100, 200):
            before = art.tokens_before(char, limit)
            assert list(art.tokens_back(char, limit)) == [(m.group(), m.start(), m.end()) for m in reversed(before)]
            word = art.last_word(char, limit)
            if word == "":
                assert before == []
            elif word is not None:
                assert before[-1].group() == word
                checked += 1
    assert checked > 100


def test_find_forms_is_the_alternation_regex():
    forms = ["Arzumanyan", "Levon Arzumanyan", "CRU", "Levon", "Union"]
    rx = re.compile(rf"(?<![\w\-])(?:{actors._alt(forms)})(?![\w\-])")
    expected = [(m.start(), m.end(), m.group()) for m in rx.finditer(OWN_TEXT)]
    assert actors._find_forms(OWN_TEXT, forms) == expected and len(expected) > 4


def test_city_names_as_the_whole_text_regex_reads_them():
    NW, sp = actors.NW, r"[ \t]+"
    old = re.compile(
        rf"\b[Mm]ayor{sp}of{sp}(?P<a>{NW})|(?P<b>{NW})(?:['’]s)?{sp}(?=(?:[Mm]ayor|City Council|city council|"
        rf"City Hall|city hall|municipality|Municipality)\b)")
    text = OWN_TEXT + " Paris’s City Council and the mayoral race in Nice; Marseille mayor Benoît Payan."
    expected = {m.group("a") or m.group("b") for m in old.finditer(text)}
    assert set(actors._city_names(text)) == expected
    assert {"Lyon", "Yerevan", "Paris", "Marseille"} <= expected


def test_capital_first_patterns_match_the_look_behind_first_ones():
    U, NW, W, sp = actors._U, actors.NW, actors.W, r"[ \t]+"
    pat = actors._patterns()
    runs = re.compile(rf"(?<![\w\-’'.]){NW}(?:{sp}(?:(?:{actors.PARTICLES}){sp})?{NW})+(?![\w\-])")
    seg = rf"{W}(?:{sp}{W})*"
    chain = re.compile(rf"(?<![\w\-’'.]){seg}(?:{actors.CONNECTOR_RE}{seg})*")
    assert spans(pat.name_runs.finditer(OWN_TEXT)) == spans(runs.finditer(OWN_TEXT))
    assert spans(pat.chain.finditer(OWN_TEXT)) == spans(chain.finditer(OWN_TEXT))
    assert W.startswith(f"[{U}]") and NW.startswith(f"[{U}]")


def test_extract_reads_the_text_from_the_articles_table():
    from newsfacts.corpus import Corpus
    from newsfacts.nlp import get_nlp

    text = "Armenia and Azerbaijan met in Geneva."
    doc = get_nlp()(text)
    assert actors._same_text(doc, text) and not actors._same_text(doc, text + " More.")
    sents = pd.DataFrame([dict(article_id="a", sentence_id=0, start=0, end=len(text), text=text)])
    # a table whose text differs from the Doc's: the Doc's text is used
    arts = pd.DataFrame([dict(article_id="a", text="Something else entirely.", published="")])
    df = actors.extract(Corpus(articles=arts, sentences=sents, problems=pd.DataFrame(), docs={"a": doc}))
    assert set(df.text) >= {"Armenia", "Azerbaijan", "Geneva"}


# --------------------------------------------------------------------------- round 3
def test_org_complements_after_for_with_against_are_kept():
    df = mentions("The Baltic Union for Liberty and Progress held a rally. The Regional Office for "
                  "Cooperation with Civic Groups replied. Activists petitioned the UN Council against "
                  "Racial Discrimination on Friday.")
    for name in ("Baltic Union for Liberty and Progress",
                 "Regional Office for Cooperation with Civic Groups",
                 "UN Council against Racial Discrimination"):
        assert one(df, name).actor_type == "organization"


def test_with_complement_naming_an_actor_is_not_part_of_the_org():
    df = mentions("The Defence Ministry with Georgia officials signed the plan.")
    assert "Defence Ministry" in set(df.text)
    assert not df.text.str.contains("with").any()


def test_title_word_still_cuts_an_org_before_a_person():
    df = mentions("The Ministry of Culture Spokesperson Lilit Avagyan said so.")
    assert one(df, "Ministry of Culture").actor_type == "organization"
    assert one(df, "Lilit Avagyan").actor_type == "person"


def test_regnal_numeral_is_part_of_the_name():
    df = mentions("Catholicos Aram I met Pope Benedict XVI in Rome. Later Aram thanked the hosts.")
    assert one(df, "Aram I").actor_type == "person"
    assert one(df, "Benedict XVI").actor == "Benedict XVI"
    back = df[(df.text == "Aram")]
    assert list(back.actor) == ["Aram I"]


def test_pronoun_i_after_a_name_is_not_a_numeral():
    df = mentions("The report by Ivan Petrov I read twice.")
    assert "Ivan Petrov" in set(df.text)
    assert not df.text.str.endswith(" I").any()


def test_country_after_a_mission_or_pilgrimage_to_is_a_place():
    df = mentions("The council asked Baku to allow a fact-finding mission to Artsakh. "
                  "Believers planned a pilgrimage to Armenia in May.")
    assert one(df, "Artsakh").actor_type == "place"
    assert one(df, "Armenia").actor_type == "place"


def test_listed_towns_of_the_conflict_are_places():
    df = mentions("Rockets struck Ganja and Aghdam, while refugees reached Gyumri and Kapan.")
    for town in ("Ganja", "Aghdam", "Gyumri", "Kapan"):
        row = one(df, town)
        assert row.actor_type == "place" and row.ref_id.startswith("place-")


def test_listed_place_before_a_document_noun_is_not_a_mention():
    df = mentions("Both sides breached the Vienna Convention and the Moscow Declaration, lawyers in Vienna said.")
    assert list(df.text) == ["Vienna"]
    assert df.iloc[0].start == df.iloc[0].start and df.iloc[0].actor_type == "place"


def test_capitalised_community_name_is_an_organisation():
    df = mentions("The Eastern Armenia Community protested, and the Armenian community watched.")
    assert one(df, "Eastern Armenia Community").actor_type == "organization"
    assert one(df, "Armenian community").actor_type == "group"


def test_capitalised_short_form_refers_to_the_body_named_before():
    df = mentions("The Caspian Assembly of Lawyers met on Monday. The Assembly's chairman spoke, said "
                  "Assembly Executive Director Ani Petrosyan. Later the Baltic Commission for Fisheries "
                  "replied; the Commission said the Commission of Inquiry should act.")
    short = df[df.text == "Assembly"]
    assert len(short) == 2 and set(short.actor) == {"Caspian Assembly of Lawyers"}
    comm = df[df.text == "Commission"]
    assert list(comm.actor) == ["Baltic Commission for Fisheries"]
    assert one(df, "Commission of Inquiry").actor == "Commission of Inquiry"


def test_short_form_needs_a_body_named_before():
    df = mentions("The Commission said nothing. Later the Nordic Commission for Fisheries replied.")
    assert "Commission" not in set(df.text)


def test_party_in_brackets_after_a_person_is_an_organisation():
    df = mentions("Slovak MEP Ana Novak (Renew Europe) and Irish MEP Sean Burke (S&D) spoke, "
                  "and Dutch MEP Piet de Vries (Greens/EFA) agreed.")
    for party in ("Renew Europe", "S&D", "Greens/EFA"):
        assert one(df, party).actor_type == "organization"


def test_state_code_or_lower_case_bracket_after_a_person_is_not_a_party():
    df = mentions("Rep. John Smith (D-Calif.) and Karen Sargsyan (retired) signed the letter.")
    assert set(df.actor_type) == {"person"}


def test_bare_ministry_is_the_ministry_of_the_article_s_country():
    df = mentions("Georgia protested on Monday. Tbilisi said the Foreign Ministry would respond. "
                  "In Yerevan, Foreign Ministry spokeswoman Ani Petrosyan said no.")
    rows = df[df.text == "Foreign Ministry"]
    assert list(rows.actor) == ["Ministry of Foreign Affairs of Georgia", "Ministry of Foreign Affairs of Armenia"]
    assert rows.iloc[1].ref_id == "org-armenia-mfa" and rows.iloc[0].ref_id == ""


def test_bare_ministry_without_a_country_in_the_article_stays_as_written():
    df = mentions("The Interior Ministry said the roads were closed.")
    assert one(df, "Interior Ministry").actor == "Interior Ministry"


def test_listed_defence_ministries_and_a_bare_one_placed_by_its_city():
    df = mentions("Azerbaijan's Defense Ministry said so. Later the Defence Ministry in Yerevan denied it.")
    assert one(df, "Azerbaijan's Defense Ministry").actor == "Ministry of Defence of Azerbaijan"
    assert one(df, "Defence Ministry").actor == "Ministry of Defence of Armenia"


def test_quoted_short_form_and_bare_national_assembly_in_a_datelined_story():
    df = mentions('YEREVAN — The Armenian Parliament met. "The Parliament condemns the attack," it said. '
                  'The National Assembly will vote.')
    assert one(df, "Parliament").actor == "National Assembly of Armenia"
    assert one(df, "National Assembly").actor == "National Assembly of Armenia"


def test_bare_national_assembly_without_a_dateline_stays_as_written():
    df = mentions("The National Assembly will vote on the bill.")
    assert one(df, "National Assembly").ref_id == ""


def test_holidays_are_not_places():
    df = mentions("The Catholicos appealed for mercy at Christmas, and again at Easter in Antelias.")
    assert not df.actor.isin(["Christmas", "Easter"]).any()


def test_us_party_and_state_bracket_is_not_an_organisation():
    df = mentions("Senators Jane Roe (R-Maine) and John Doe (D-Texas) wrote to the State Department.")
    assert not df.text.str.match(r"[DR]-").any()
    assert {"Jane Roe", "John Doe"} <= set(df.actor)


@pytest.mark.parametrize("text", [
    "Azerbaijan has held them since seizing Nagorno-Karabakh in September 2023.",
    "The takeover of Nagorno-Karabakh ended three decades of Armenian rule.",
    "Baku says the constitution contains territorial claims on Nagorno-Karabakh.",
    "Officials in Azerbaijan's Karabakh region reported no incidents.",
    "She walked out of Stepanakert with a plastic bag.",
])
def test_a_territory_taken_claimed_or_left_is_a_place(text):
    df = mentions(text)
    hits = df[df.text.isin(["Nagorno-Karabakh", "Karabakh", "Stepanakert"])]
    assert len(hits) == 1 and hits.actor_type.iloc[0] == "place", df[["text", "actor", "actor_type"]]


def test_a_territory_with_an_office_stays_the_government():
    df = mentions("Davit Babayan, Artsakh's former foreign minister, was a state minister of Nagorno-Karabakh.")
    assert set(df[df.text.isin(["Artsakh", "Nagorno-Karabakh"])].actor_type) == {"government"}


@pytest.mark.parametrize("text, name", [
    ("Reading the order, the court's president, Joan E. Donoghue, said the judges had found a risk.",
     "Joan E. Donoghue"),
    ("Senator Robert J. Menendez said the aid must stop.", "Robert J. Menendez"),
])
def test_a_middle_initial_is_part_of_a_persons_name(text, name):
    df = mentions(text)
    assert list(df[df.actor_type == "person"].actor) == [name]


def test_dutch_given_names_with_a_particle_are_people():
    df = mentions("The motion was tabled by Sanne van Leeuwen of the Socialist Party and backed by Joost Kramer.")
    assert one(df, "Sanne van Leeuwen").actor_type == "person"
    assert one(df, "Joost Kramer").actor_type == "person"


@pytest.mark.parametrize("text, surface, actor, kind", [
    ("Canberra urged restraint.", "Canberra", "Government of Australia", "government"),
    ("Protesters marched in Sydney on Sunday.", "Sydney", "Sydney", "place"),
    ("ANC Australia wrote to the minister.", "ANC Australia", "Armenian National Committee of Australia", "organization"),
    ("The Tweede Kamer adopted the motion.", "Tweede Kamer", "Dutch House of Representatives", "organization"),
    ("Les Républicains tabled the text.", "Les Républicains", "Les Républicains", "organization"),
    ("USAID pledged new funds for the refugees.", "USAID", "USAID", "organization"),
    ("The Bundestag debated the motion.", "Bundestag", "Bundestag", "organization"),
])
def test_reference_list_actors_added_for_the_dev_sets(text, surface, actor, kind):
    row = one(mentions(text), surface)
    assert (row.actor, row.actor_type) == (actor, kind)
