"""The actor reference list (data/reference/actors.csv) and its alias index.

One row per known actor: ``actor_id, name, type, aliases, country, description``.
``aliases`` are separated by ``"; "``. The same surface form may belong to a
``government`` row and a ``place`` row ("Azerbaijan" acting vs "in Azerbaijan");
:mod:`newsfacts.actors` chooses between them by context.

Everything here is loaded once per process (:func:`get_reference`).

Also defined here, because they are reference data rather than rules:

* :data:`DEMONYMS` — adjective -> country ("Azerbaijani" -> "Azerbaijan"), used for
  groups ("Armenian detainees") and to tell "Armenian heritage" (not a mention) from
  "Armenians" (a group);
* :data:`DEMONYM_PLURALS` — "Armenians" -> "Armenian";
* given names (data/reference/given_names.txt), to recognise unlisted people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import paths
from .vocab import ACTOR_TYPES

REFERENCE_COLUMNS = ["actor_id", "name", "type", "aliases", "country", "description"]
GIVEN_NAMES_TXT = paths.REFERENCE / "given_names.txt"

#: Demonym (adjective) -> country name as in the reference's place rows.
DEMONYMS: dict[str, str] = {
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Azeri": "Azerbaijan",
    "French": "France",
    "Russian": "Russia",
    "Turkish": "Turkey",
    "Iranian": "Iran",
    "American": "United States",
    "Georgian": "Georgia",
    "Italian": "Italy",
    "German": "Germany",
    "British": "United Kingdom",
    "Israeli": "Israel",
    "Indian": "India",
    "Greek": "Greece",
    "Cypriot": "Cyprus",
    "Canadian": "Canada",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Ukrainian": "Ukraine",
    "Syrian": "Syria",
    "Lebanese": "Lebanon",
    "Emirati": "United Arab Emirates",
    "Kazakh": "Kazakhstan",
    "Chinese": "China",
    "Qatari": "Qatar",
    "Pakistani": "Pakistan",
    "Belarusian": "Belarus",
    "Swiss": "Switzerland",
    "Spanish": "Spain",
    "Polish": "Poland",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Austrian": "Austria",
    "Japanese": "Japan",
    "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt",
    "Hungarian": "Hungary",
    "Kurdish": "",
    "Yazidi": "",
    "Assyrian": "",
    "European": "",
}

#: Plural people nouns made from demonyms -> the demonym.
DEMONYM_PLURALS: dict[str, str] = {
    "Armenians": "Armenian",
    "Azerbaijanis": "Azerbaijani",
    "Azeris": "Azeri",
    "Russians": "Russian",
    "Turks": "Turkish",
    "Iranians": "Iranian",
    "Americans": "American",
    "Georgians": "Georgian",
    "Italians": "Italian",
    "Germans": "German",
    "Israelis": "Israeli",
    "Greeks": "Greek",
    "Cypriots": "Cypriot",
    "Canadians": "Canadian",
    "Ukrainians": "Ukrainian",
    "Syrians": "Syrian",
    "Lebanese": "Lebanese",
    "Kurds": "Kurdish",
    "Yazidis": "Yazidi",
    "Assyrians": "Assyrian",
    "Europeans": "European",
}

APOSTROPHES = ("'", "’")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """ASCII, lower-case, dash-separated form of *text* ("Luis Moreno Ocampo" -> "luis-moreno-ocampo")."""
    ascii_ = unicodedata.normalize("NFKD", normalise(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


@lru_cache(maxsize=65536)
def generated_id(actor: str, actor_type: str) -> str:
    """The stable id of an actor that is not in the reference list."""
    return f"gen-{actor_type}-{slug(actor)}"


_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Straight apostrophes and single spaces: the form names are compared in."""
    return _SPACES_RE.sub(" ", text.replace("’", "'").replace("‘", "'")).strip()


def alias_variants(alias: str) -> list[str]:
    """Surface forms of one alias: as written, with the other apostrophe, Title Case, UPPER.

    The Title Case and UPPER forms cover headlines and datelines ("Artsakh Residents",
    "YEREVAN"); no lower-case form is made, so "Armenian Church" (the institution) never
    matches "an Armenian church" (a building).
    """
    out = [alias]
    for a, b in (("'", "’"), ("’", "'")):
        if a in alias:
            out.append(alias.replace(a, b))
    title = " ".join(w[:1].upper() + w[1:] if len(w) > 3 and w.islower() else w for w in alias.split(" "))
    upper = alias.upper()
    for form in (title, upper):
        out.append(form)
        if "'" in form:
            out.append(form.replace("'", "’"))
    seen, uniq = set(), []
    for form in out:
        if form not in seen:
            seen.add(form)
            uniq.append(form)
    return uniq


def read_reference(path: str | Path | None = None) -> pd.DataFrame:
    """The reference list as a DataFrame (strings, "" for missing)."""
    df = pd.read_csv(path or paths.ACTORS_CSV, dtype=str, keep_default_na=False)
    return df[REFERENCE_COLUMNS]


def validate(df: pd.DataFrame) -> list[str]:
    """Problems with a reference list: bad columns or types, duplicate ids or names,
    one alias given to two rows of the same type."""
    problems = []
    missing = [c for c in REFERENCE_COLUMNS if c not in df.columns]
    if missing:
        return [f"missing column(s): {', '.join(missing)}"]
    for col in ("actor_id", "name"):
        dup = df[col][df[col].duplicated()].tolist()
        if dup:
            problems.append(f"duplicate {col}: {', '.join(dup)}")
    bad = sorted(set(df.type) - set(ACTOR_TYPES))
    if bad:
        problems.append(f"unknown type(s): {', '.join(bad)}")
    for row in df.itertuples(index=False):
        if not row.actor_id or not row.name:
            problems.append(f"row without id or name: {row.actor_id!r} {row.name!r}")
        if not re.fullmatch(r"[a-z0-9-]+", row.actor_id or ""):
            problems.append(f"actor_id {row.actor_id!r} is not lower-case-dashed")
    seen: dict[tuple[str, str], str] = {}
    for row in df.itertuples(index=False):
        for alias in split_aliases(row.aliases) + [row.name]:
            key = (normalise(alias), row.type)
            if key in seen and seen[key] != row.actor_id:
                problems.append(f"alias {alias!r} ({row.type}) given to {seen[key]} and {row.actor_id}")
            seen.setdefault(key, row.actor_id)
    return problems


def split_aliases(aliases: str) -> list[str]:
    return [a.strip() for a in str(aliases or "").split(";") if a.strip()]


@dataclass
class Reference:
    """The reference list with its indexes."""

    table: pd.DataFrame
    rows: dict[str, dict] = field(default_factory=dict)  # actor_id -> row
    surface: dict[str, list[str]] = field(default_factory=dict)  # exact surface form -> actor_ids
    by_name: dict[tuple[str, str], str] = field(default_factory=dict)  # (normalised name/alias, type) -> id
    place_names: dict[str, str] = field(default_factory=dict)  # normalised place alias -> place name
    given_names: frozenset = frozenset()
    #: memoised word tests of the extractors (their answers depend on this list)
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, table: pd.DataFrame, given_names: frozenset = frozenset()) -> "Reference":
        ref = cls(table=table, given_names=given_names)
        for row in table.to_dict("records"):
            ref.rows[row["actor_id"]] = row
            forms = [row["name"]] + split_aliases(row["aliases"])
            for form in forms:
                ref.by_name.setdefault((normalise(form), row["type"]), row["actor_id"])
                for variant in alias_variants(form):
                    ids = ref.surface.setdefault(variant, [])
                    if row["actor_id"] not in ids:
                        ids.append(row["actor_id"])
                if row["type"] == "place":
                    ref.place_names.setdefault(normalise(form), row["name"])
        return ref

    def lookup(self, name: str, actor_type: str) -> str:
        """The actor_id of *name* (a canonical name or alias) of *actor_type*, or ""."""
        return self.by_name.get((normalise(name), actor_type), "")

    def place_of(self, surface: str) -> str:
        """The place name a surface form denotes as a location ("Nagorno-Karabakh" -> "Artsakh"), or ""."""
        return self.place_names.get(normalise(surface), "")

    def name_of(self, actor_id: str) -> str:
        return self.rows[actor_id]["name"]

    def type_of(self, actor_id: str) -> str:
        return self.rows[actor_id]["type"]

    def country_of(self, actor_id: str) -> str:
        return self.rows[actor_id]["country"]


def read_given_names(path: str | Path | None = None) -> frozenset:
    p = Path(path or GIVEN_NAMES_TXT)
    if not p.is_file():
        return frozenset()
    lines = (ln.strip() for ln in p.read_text(encoding="utf-8").splitlines())
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))


@lru_cache(maxsize=4)
def get_reference(path: str | None = None) -> Reference:
    """The reference list and its indexes, built once per process (per path)."""
    return Reference.build(read_reference(path), read_given_names())
