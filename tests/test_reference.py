"""The actor reference list: well-formed, consistent, and its index behaves."""

from __future__ import annotations

import pandas as pd
import pytest

from newsfacts import reference
from newsfacts.reference import (
    REFERENCE_COLUMNS, Reference, alias_variants, generated_id, get_reference, normalise,
    read_reference, slug, split_aliases, validate,
)
from newsfacts.vocab import ACTOR_TYPES


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return read_reference()


def test_reference_list_is_valid(table):
    assert list(table.columns) == REFERENCE_COLUMNS
    assert validate(table) == []
    assert set(table.type) <= set(ACTOR_TYPES)
    assert (table.description.str.len() > 10).all(), "every row says what the actor is"


def test_validate_catches_problems(table):
    bad = table.copy()
    bad.loc[len(bad)] = ["gov-armenia", "Somebody", "wizard", "Armenia", "", "duplicate id, bad type"]
    bad.loc[len(bad)] = ["Bad Id", "Other", "person", "Aliyev", "", "alias of another person"]
    problems = "\n".join(validate(bad))
    assert "duplicate actor_id: gov-armenia" in problems
    assert "unknown type(s): wizard" in problems
    assert "not lower-case-dashed" in problems
    assert "'Aliyev' (person)" in problems
    assert validate(table.drop(columns=["aliases"])) == ["missing column(s): aliases"]


def test_required_actors_of_the_conflict_are_listed(table):
    names = set(table.name)
    for name in [
        "Government of Armenia", "Government of Azerbaijan", "Republic of Artsakh", "Government of France",
        "Ruben Vardanyan", "Arayik Harutyunyan", "Bako Sahakyan", "Arkadi Ghukasyan", "Davit Ishkhanyan",
        "Davit Babayan", "Levon Mnatsakanyan", "Davit Manukyan", "United Nations", "International Criminal Court",
        "International Court of Justice", "International Committee of the Red Cross", "European Parliament",
        "Council of Europe", "Parliamentary Assembly of the Council of Europe", "OSCE",
        "Organisation internationale de la Francophonie", "Parliamentary Assembly of La Francophonie",
        "UNESCO", "ICCROM", "Human Rights Watch", "Amnesty International", "Armenian National Committee of America",
        "ANCA Western Region", "Freedom House", "PanARMENIAN.Net", "Asbarez", "Armenpress", "Factor.am",
    ]:
        assert name in names, name


def test_naming_conventions(table):
    gov = table[table.type == "government"]
    states = gov[~gov.name.str.startswith("City of ") & (gov.name != "Republic of Artsakh")]
    assert states.name.str.match(r"^Government of ").all()
    # a state's name as a location has its own place row
    places = set(table[table.type == "place"].name)
    for row in states.itertuples():
        assert row.country in places, row.name
    # capitals used as metonyms
    ref = get_reference()
    assert ref.name_of(ref.lookup("Baku", "government")) == "Government of Azerbaijan"
    assert ref.name_of(ref.lookup("Yerevan", "government")) == "Government of Armenia"
    for alias in ("Artsakh", "Nagorno-Karabakh", "Karabakh", "NKR", "Artsakh authorities"):
        assert ref.lookup(alias, "government") == "gov-artsakh", alias


def test_surface_index_has_possessive_title_and_upper_variants():
    ref = get_reference()
    assert "gov-azerbaijan" in ref.surface["Azerbaijan's government"]
    assert "gov-azerbaijan" in ref.surface["Azerbaijan’s government"]
    assert "place-yerevan" in ref.surface["YEREVAN"]
    assert "place-lachin-corridor" in ref.surface["Lachin Corridor"]
    assert set(ref.surface["Armenia"]) == {"gov-armenia", "place-armenia"}
    # no lower-case variant: the institution, not a building
    assert "Armenian church" not in ref.surface


def test_alias_variants():
    assert alias_variants("Artsakh's forces") == [
        "Artsakh's forces", "Artsakh’s forces", "Artsakh's Forces", "Artsakh’s Forces",
        "ARTSAKH'S FORCES", "ARTSAKH’S FORCES"]
    assert alias_variants("ICC") == ["ICC"]


def test_place_of_and_normalise():
    ref = get_reference()
    assert ref.place_of("Nagorno-Karabakh") == "Artsakh"
    assert ref.place_of("Nakhichevan") == "Nakhchivan"
    assert ref.place_of("Atlantis") == ""
    assert normalise("Armenia’s  Education\nMinistry") == "Armenia's Education Ministry"


def test_ids_and_slugs():
    assert slug("Jean-Noël Barrot") == "jean-noel-barrot"
    assert slug("Armenia’s Security Council") == "armenia-s-security-council"
    assert generated_id("Luis Moreno Ocampo", "person") == "gen-person-luis-moreno-ocampo"
    assert split_aliases("A; B ;; C") == ["A", "B", "C"]


def test_build_from_a_small_table():
    t = pd.DataFrame([
        dict(actor_id="org-x", name="Xeno Watch", type="organization", aliases="XW; Xeno's Watch", country="", description="A test body."),
        dict(actor_id="place-x", name="Xland", type="place", aliases="Xland; Ex Land", country="Xland", description="A test place."),
    ])
    ref = Reference.build(t, frozenset({"Ana"}))
    assert ref.lookup("XW", "organization") == "org-x"
    assert ref.lookup("Xeno’s Watch", "organization") == "org-x"
    assert ref.lookup("XW", "place") == ""
    assert ref.place_of("Ex Land") == "Xland"
    assert "Ana" in ref.given_names


def test_given_names_exclude_common_words():
    names = reference.read_given_names()
    assert {"Laurent", "Anahit", "Tigran", "Ilham"} <= names
    assert not names & {"Will", "May", "June", "August", "Bill", "Ararat", "Georgia", "Grant"}
