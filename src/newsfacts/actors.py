"""Actors: who appears, as what, in what role.

``extract(corpus)`` returns the **mentions** table (one row per actor mention);
``summarize(mentions, articles)`` the **actors** table (one row per canonical actor).

What counts as a mention
------------------------
A mention is a stretch of the article that names an actor. Counted:

* **proper names** of people, organisations, news outlets, states and places, every time
  they occur, including acronyms ("ICC") and the possessive ("Azerbaijan’s" — the span
  stops before "’s");
* **surname-only back references** to a person named in full earlier in the same
  article ("Hidalgo" after "Anne Hidalgo", "Ocampo" after "Luis Moreno Ocampo"; the name
  without its regnal numeral after "Catholicos Aram I");
* **capitalised short forms** of a body named in full earlier in the same article: "the
  Commission" after "the European Commission", "Assembly Executive Director …" after "the
  Caspian Assembly of Lawyers" (the first head word of the full name, after "the" or before
  a title, not part of a longer name; the latest such body before it);
* a **ministry named without its country** ("the Foreign Ministry") as the ministry of the
  country the sentence opens with ("In Yerevan, …") or that follows it ("… in Baku"), else
  of the dateline's country, else of the most-mentioned government — named as the listed
  ministry or "Ministry of <portfolio> of X"; a bare "National Assembly" in a datelined
  story as the dateline country's listed legislature;
* a **party or group in brackets after a person** ("MEP Ana Novak (Renew Europe)", "(S&D)")
  as an organisation;
* a state's **government named by a demonym** ("the French government", "Azerbaijani
  authorities") — span without "the";
* **groups**: collective people named by a status noun (refugees, detainees, prisoners,
  political prisoners, captives, hostages — also bare), by a demonym plural ("Armenians"),
  or by a role noun (residents, officials, leaders, population, peacekeepers, forces,
  troops, soldiers, civilians, diplomats, community, diaspora, citizens, people) that a place
  or demonym qualifies ("Artsakh residents", "Russian peacekeepers", "officials of
  Artsakh", "Artsakh’s Armenian population"). The place or demonym is part of the group
  mention, not a mention of its own; other adjectives are left out of a demonym plural's
  span ("ethnic Armenians" -> "Armenians").

Not counted: pronouns ("she", "its"); lower-case descriptions ("the ministry", "the
assembly", "the republic", "the international community"); demonyms before anything but
people ("Armenian heritage", "the Armenian presence", "Azerbaijani-controlled regions");
names joined to another word by a hyphen ("France-Armenia relations"); bare people nouns
(people, civilians, children, families, casualties — the counts table has them); the
platform of a post ("on X"); names of awards, days, projects ("Human Rights Day"), except an
organisation's name inside them ("the ICCROM … project" mentions ICCROM); a bracketed
acronym or alternative name restating the mention just before it ("… La Francophonie
(OIF)", "Artsakh [(Nagorno-Karabakh)]"); a listed place or state before a document noun
("the Vienna Convention", "the Minsk Protocol"). Mentions never overlap: the longest name wins
("Armenia’s Education Ministry" is one organisation, not Armenia plus a ministry).

actor_type
----------
From the reference list (data/reference/actors.csv) when the name is there, else from the
rule that found it. A name that can be a state or a location (a country, a capital,
"Artsakh"/"Nagorno-Karabakh") is a **place** when it is used as a location — after a
locative preposition (in, at, from, into, near, inside, outside, within, throughout,
across, towards, via, through, around; "to" and "for" only after a movement word: fled,
return, visit, leave, access, mission, pilgrimage…; "of" after a spatial noun or what happens
to a territory: "control of", "the outskirts of", "the takeover of", "out of"; "on"/"over"
after a claim: "territorial claims on"), as the object of a movement or seizure verb ("left
Nagorno-Karabakh", "visited Baku", "seizing Nagorno-Karabakh"), before "region"/"enclave"
("Azerbaijan's Karabakh region") or as the dateline's place — and otherwise a
**government**, named
"Government of X" ("Azerbaijan launched", "Baku’s terms", "support to Armenia",
"Ambassador of Armenia to Italy"). The possessive is always the government. The
dateline's place is always a place and its source always a news outlet ("YEREVAN
(PanARMENIAN.Net) —", "WASHINGTON —", "(Berlin, March 18, 2025) –"). A city acting
in an article that speaks of its mayor or council is "City of X" (government), not the
national government: "Paris calls for" in an article about the Mayor of Paris.
Canonical names: the reference name; for generated actors the name as first written
(straight apostrophes, without "the"); groups as "[place] [demonym] [adjective] noun" with
the place's reference name ("Armenians of Nagorno-Karabakh" -> "Artsakh Armenians",
"[Armenian] refugees" -> "Armenian refugees").

Roles
-----
``role`` is filled on the mention where the text states it: a title or role phrase just
before a person's name ("Armenian parliament member Arman Yeghoyan", "Ambassador of
Armenia to Italy Tsovinar Hambardzumyan", "human rights advocate …") or an apposition just
after it ("Anne Hidalgo, the Mayor of Paris," -> "Mayor of Paris"; "…, the former chief
prosecutor of the International Criminal Court,"), or a role phrase before a comma
("its director, Pablo Ruiz"). Empty otherwise.

Actors not in the list
----------------------
People (a regnal numeral kept: "Pope Benedict XVI"): a run of two to four capitalised words introduced by a title or role phrase, followed
by a role apposition, next to a speech verb ("…, said Maria Lopez"), or whose first word is a
common given name (data/reference/given_names.txt) or whose last word has a common surname
ending (-yan, -ian, -ov, -ev, -enko, -shvili, -dze, -zade, -oglu…), or joined by "and" to
a person ("Senators Gary Peters and Marsha Blackburn"); after "Mr."/"Dr." or a title a
surname alone ("Mr. Peskov"). Organisations: a
capitalised name containing an organisation head word (Assembly, Parliament, Ministry,
Committee, Court, Department, Embassy, Centre, Council, Group, Commission, Watch, Union,
Agency, Office, Foundation, Institute, Community, …) with its "of/for/on/and/with/against …"
complements ("Union for Justice and Democracy", "Committee against Torture"; a "with/against"
complement that names a listed actor is not part of it). Media: a
web-domain-like name ("Hetq.am") or a name before "reported", and the dateline's source.
Places: a capitalised name after a locative preposition, or before a geographic noun
("Kelbajar district"). Governments: "the Government of X" ("Government of Moldova", "the
Government of the Republic of Chile" -> "Government of the Republic of Chile"; the name stops
before a title or a person) and a listed demonym before government, authorities or
administration ("Azeri authorities" -> "Government of Azerbaijan"), both named
"Government of X" like the listed states (and resolved to the listed one when there is one). An acronym the article defines ("the Caspian Lawyers Union (CLU)")
names the same actor later. In a Title Case headline capitalisation is no evidence, so
there only reference names and groups are kept. Each gets ``actor_id``
``gen-<type>-<slug>`` and an empty ``ref_id``.

Optional statistical NER
------------------------
``extract(corpus, nlp_model="en_core_web_sm")`` (or the environment variable
``NEWSFACTS_NER_MODEL``) merges the PERSON/ORG/GPE/NORP entities of an installed spaCy
pipeline; a rule mention always wins where they overlap. Install a model with
``python -m spacy download en_core_web_sm`` (not needed: the rules alone meet the targets).
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.attrs import IDX, ORTH

from .corpus import DATELINE_RE
from .nlp import get_nlp
from .reference import (
    DEMONYM_PLURALS, DEMONYMS, Reference, generated_id, get_reference, normalise,
)

COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "actor", "actor_type", "role", "actor_id", "ref_id"]
ACTOR_COLUMNS = ["actor", "actor_type", "actor_id", "ref_id", "roles", "n_mentions", "n_articles", "first_date", "last_date"]

NER_ENV = "NEWSFACTS_NER_MODEL"

# --------------------------------------------------------------------------- lexicons
LOCATIVE = {"in", "at", "from", "into", "near", "inside", "outside", "within", "throughout",
            "across", "towards", "toward", "via", "through", "around", "onto"}
MOTION = {"leave", "left", "leaving", "leaves", "depart", "departed", "bound", "fled", "flee", "flees", "fleeing", "return", "returned", "returning", "returns", "move",
          "moved", "moving", "relocate", "relocated", "travel", "traveled", "travelled", "traveling",
          "travelling", "went", "go", "going", "goes", "came", "come", "coming", "arrive", "arrived",
          "arriving", "deported", "deportation", "evacuated", "evacuation", "transferred", "sent",
          "brought", "taken", "trip", "visit", "visits", "visited", "visiting", "journey", "route",
          "road", "way", "access", "mission", "missions", "pilgrimage", "deployed", "deployment", "flights", "flight", "exodus", "escaped", "escape", "crossed",
          "displaced", "expelled", "headed", "driven", "transported", "migrated", "emigrated"}
#: verbs whose object is a location ("left Nagorno-Karabakh", "visited Baku")
MOVEMENT_OBJECT = {"left", "leave", "leaves", "leaving", "visited", "visit", "visits", "visiting",
                   "entered", "enter", "enters", "entering", "reached", "reach", "reaching",
                   "fled", "flee", "flees", "fleeing", "crossed", "toured", "evacuated",
                   "abandoned", "vacated",
                   # taking or holding territory: "seizing Nagorno-Karabakh", "captured Shusha"
                   "seized", "seize", "seizes", "seizing", "captured", "capture", "captures", "capturing",
                   "recaptured", "retook", "retake", "occupied", "occupy", "occupies", "occupying", "overran",
                   "depopulated", "see", "saw"}
#: nouns whose "of X" complement is a location
SPATIAL_NOUNS = {"control", "territory", "territories", "part", "parts", "rest", "capital", "outskirts",
                 "north", "south", "east", "west", "centre", "center", "border", "borders", "soil",
                 "map", "region", "regions", "areas", "area", "streets", "city", "town", "villages",
                 "heart", "edge", "interior", "coast", "provinces", "districts",
                 # what happens to a territory: "the takeover of", "the ethnic cleansing of", "out of"
                 "takeover", "seizure", "capture", "occupation", "cleansing", "depopulation", "fall", "siege",
                 "invasion", "recapture", "conquest", "out"}
#: "claims on X", "sovereignty over X": X is a territory
TERRITORY_CLAIM_NOUNS = {"claim", "claims", "sovereignty", "jurisdiction", "control"}
SPEECH_VERBS = {"said", "says", "told", "tells", "added", "adds", "noted", "notes", "stressed",
                "stresses", "announced", "announces", "wrote", "writes", "stated", "states",
                "explained", "emphasized", "emphasised", "urged", "urges", "argued", "argues",
                "warned", "warns", "declared", "insisted", "claimed", "claims", "tweeted", "posted",
                "underlined", "underscored", "recalled", "commented", "remarked", "asked", "replied",
                "responded", "concluded", "affirmed", "reiterated", "confirmed", "testified"}
TITLE_NOUNS = {
    "mayor", "minister", "president", "ambassador", "director", "prosecutor", "judge", "justice",
    "lawyer", "attorney", "advocate", "member", "mp", "deputy", "speaker", "chairman", "chairwoman",
    "chair", "chairperson", "head", "chief", "secretary", "spokesperson", "spokesman", "spokeswoman",
    "commissioner", "envoy", "representative", "official", "leader", "founder", "co-founder",
    "author", "editor", "journalist", "reporter", "correspondent", "professor", "researcher",
    "expert", "analyst", "activist", "defender", "ombudsman", "governor", "senator", "congressman",
    "congresswoman", "councillor", "councilor", "commander", "general", "colonel", "officer",
    "chancellor", "king", "queen", "pope", "patriarch", "catholicos", "archbishop", "bishop",
    "priest", "rapporteur", "coordinator", "adviser", "advisor", "counsel", "barrister", "solicitor",
    "economist", "historian", "scholar", "manager", "executive", "ceo", "rector", "dean",
    "lecturer", "writer", "novelist", "philanthropist", "businessman", "businesswoman", "diplomat",
    "consul", "delegate", "lawmaker", "legislator", "parliamentarian", "premier", "vice-president",
    "president-elect", "secretary-general", "director-general", "head of state", "investigator",
    "monitor", "negotiator", "mediator", "attaché", "mep", "ex-president", "fellow",
}
TITLE_NOUNS |= {t + "s" for t in TITLE_NOUNS if not t.endswith("s") and " " not in t}
#: Lower-case words that may stand in a title or role phrase before a name
#: ("human rights advocate", "opposition lawmaker", "ex-president", "defense lawyer").
ROLE_WORDS = {
    "human", "rights", "parliament", "parliamentary", "party", "opposition", "government",
    "security", "foreign", "affairs", "state", "national", "international", "regional", "city",
    "district", "court", "supreme", "constitutional", "criminal", "legal", "civil", "society",
    "advocacy", "diaspora", "community", "church", "press", "media", "news", "peace",
    "election", "campaign", "ruling", "armed", "military", "army", "police", "border", "health",
    "education", "culture", "cultural", "heritage", "research", "university", "ngo", "council",
    "committee", "commission", "assembly", "ministry", "foundation", "institute", "agency",
    "organization", "organisation", "association", "union", "group", "office", "department",
    "embassy", "mission", "delegation", "bureau", "fund", "network", "coalition", "board",
    "staff", "policy", "public", "investigative", "refugee", "humanitarian", "aid", "relief",
    "genocide", "conflict", "justice", "war", "crimes", "political", "veteran", "prominent",
    "local", "independent", "freelance", "well-known", "renowned", "longtime", "presidential",
    "ministerial", "environmental", "economic", "social", "religious", "spiritual", "business",
    "private", "ethnic", "ex", "defense", "defence", "prosecution", "appeals", "family", "women",
    "youth", "student", "diplomatic", "opposition", "pro-government", "state-run", "top",
    "leading", "noted", "award-winning", "photo", "television", "tv", "radio", "film", "art",
    "arts", "museum", "heritage", "archaeology", "law", "legal", "tribunal", "panel",
    "interior", "finance", "economy", "energy", "trade", "transport", "emergency", "disaster",
    "situations", "territorial", "administration", "municipal", "provincial", "federal",
    "elected", "designate", "ombudsman", "protection", "monitoring", "observation",
}
TITLE_MODIFIERS = {"former", "first", "chief", "senior", "deputy", "vice", "acting", "prime",
                   "foreign", "defence", "defense", "interior", "state", "general", "executive",
                   "permanent", "special", "high", "late", "then", "current", "incoming", "outgoing"}
HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gen.", "Col.", "Amb.",
              "Mr", "Mrs", "Ms", "Dr", "Judge", "Justice", "Lord", "Lady", "Sir", "Dame"}
DETERMINERS = {"its", "their", "his", "her", "the", "a", "an", "our", "whose", "my", "your"}
COURTESY = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"}
#: Verbs without a regular ending that may stand right before a title ("met President X").
IRREGULAR_VERBS = {
    "met", "saw", "told", "said", "gave", "took", "made", "found", "left", "held", "led", "sent",
    "spent", "won", "lost", "became", "began", "brought", "bought", "caught", "chose", "came",
    "did", "drew", "drove", "fell", "felt", "fought", "flew", "got", "grew", "heard", "hid",
    "kept", "knew", "meant", "paid", "put", "ran", "read", "rode", "rose", "sat", "set", "shot",
    "sang", "spoke", "stood", "struck", "swore", "taught", "thought", "threw", "understood",
    "wrote", "meets", "calls", "thanks", "welcomes", "joins", "invites", "urges", "asks", "tells",
    "hosts", "hosted", "receives", "let", "hit", "quit", "cut", "beat", "bid", "won", "sought",
    "slammed", "blasts", "praises", "accuses", "thank", "meet", "urge", "ask", "invite", "host",
}
ROLE_CONNECTORS = {"of", "to", "for", "at", "in", "on", "the", "and", "-", "’s", "'s", "’", "'"}
TIME_WORDS = {"yesterday", "today", "tomorrow", "tonight", "meanwhile", "earlier", "later", "now"}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"}
MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
#: Holidays and feasts read like place names after "at"/"on"/"before" ("at Christmas"): not places.
HOLIDAYS = {"Christmas", "Easter", "Lent", "Advent", "Epiphany", "Pentecost", "Ramadan", "Eid", "Nowruz",
            "Novruz", "Navruz", "Passover", "Hanukkah", "Thanksgiving", "Halloween", "Vardavar", "Diwali"}
ORG_HEADS = {
    "Assembly", "Parliament", "Ministry", "Committee", "Court", "Department", "Embassy",
    "Consulate", "Centre", "Center", "Council", "Group", "Commission", "Watch", "Union", "Agency",
    "Office", "Foundation", "Institute", "Organization", "Organisation", "Association",
    "Federation", "Party", "Fund", "Service", "Network", "Coalition", "Alliance", "Society",
    "Church", "University", "Tribunal", "Senate", "Congress", "Cabinet", "Bureau", "Mission",
    "Board", "League", "Movement", "Initiative", "Forum", "Academy", "Authority", "Bank",
    "Company", "Corporation", "Secretariat", "Caucus", "Chamber", "Directorate", "Administration",
    "Agency", "Federation", "Diocese", "Patriarchate", "Prelacy", "Club", "Trust", "Fellowship",
    "Conference", "Parliaments", "Committees", "Courts", "Foundations", "Institutions",
    "Councils", "Commissions", "Unions", "Associations", "Organizations", "Organisations",
    "Nations", "Forces", "Army", "Police", "Guard", "Parties", "Assemblies", "Ministries",
    "Branch", "Chapter", "Division", "Shelter", "Shelters", "Charity", "Hospital", "Party's",
    "Community",
}
#: document nouns: a listed place or state's name before one names the document, not the
#: place ("the Geneva Conventions", "the Minsk Protocol", "the Washington Declaration")
DOCUMENT_NOUNS = {"Convention", "Conventions", "Protocol", "Protocols", "Accord", "Accords",
                  "Agreement", "Agreements", "Declaration", "Principles", "Statute", "Charter",
                  "Treaty", "Document", "Process", "Format", "Framework", "Memorandum"}
DOCUMENT_NOUN_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))})(?![\w\-])")
GEO_HEADS = ("corridor", "region", "province", "district", "valley", "village", "city", "town",
             "mountains", "river", "lake", "border", "airport", "checkpoint", "bridge", "highway",
             "road", "gorge", "plateau", "peninsula", "exclave", "enclave", "marz")
STATUS_HEADS = ("political prisoners", "prisoners of war", "refugees", "detainees", "prisoners",
                "captives", "hostages", "POWs", "internally displaced persons")
ROLE_HEADS = ("residents", "officials", "leaders", "leadership", "population", "peacekeepers",
              "forces", "troops", "soldiers", "servicemen", "civilians", "diplomats", "community",
              "diaspora", "citizens", "people", "activists", "clergy", "inhabitants", "families",
              "deputies", "lawmakers", "MPs")
ROLE_HEAD_SET = frozenset(ROLE_HEADS)
GROUP_ADJECTIVES = ("political", "military", "ethnic", "local", "religious", "civilian")
SURNAME_ENDINGS = ("yan", "ian", "ov", "ova", "ev", "eva", "yev", "yeva", "enko", "shvili",
                   "dze", "zade", "oglu", "oğlu", "sky", "ski", "ich", "uk")
NOT_SURNAMES = {"Christian", "Asian", "Brazilian", "Australian", "Civilian", "Parliamentarian",
                "Humanitarian", "Egalitarian", "Librarian", "Veterinarian", "Indian", "Iranian",
                "Canadian", "Italian", "Georgian", "Russian", "Armenian", "Belarusian", "Romanian",
                "Bulgarian", "Hungarian", "Norwegian", "Syrian", "Assyrian", "Ukrainian",
                "Croatian", "Serbian", "Austrian", "Tunisian", "Egyptian", "Jordanian",
                "Palestinian", "Nigerian", "Colombian", "Peruvian", "Bolivian", "Argentinian",
                "Mauritanian", "Tanzanian", "Ethiopian", "Libyan", "Indonesian", "Malaysian",
                "Cambodian", "Mongolian", "Macedonian", "Slovenian", "Estonian", "Lithuanian",
                "Latvian", "Albanian", "Bosnian", "Moldovan", "Kyiv", "Kiev", "Soviet"}
NER_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "government", "NORP": "group"}

_U = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_L = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
#: a capitalised word, possibly with inner dots, hyphens, apostrophes ("Factor.am",
#: "France-Armenia", "O'Brien"), never with a possessive "’s"
W = rf"[{_U}][\w&]*(?:[.’'\-](?![sS]\b)[\w&]+)*(?:(?<=s)['’](?=[ \t][{_U}]))?"
#: a name word: capitalised, then lower-case ("Hambardzumyan", "Jean-Noël"), not ALL CAPS
NW = rf"[{_U}][{_L}]+(?:['’](?![sS]\b)[{_U}{_L}]+)?(?:-[{_U}][{_L}]+)*"
PARTICLES = r"de|da|del|della|van|von|der|den|bin|ibn|al|el|le|la|du|dos|di"
#: word and punctuation tokens for looking at a name's context ("Mr." and "U.S." whole)
#: (a word: a word character, then word characters and hyphens, an apostrophe or dot only
#: between word characters)
TOKEN_RE = re.compile(
    r"(?=[A-Z])(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Amb|Lt|Sgt|Capt|Maj|Gov|Pres|St|Jr|Sr)\.(?!\w)"
    r"|(?:[A-Z]\.){2,})|\w[\w\-]*(?:['’.]\w[\w\-]*)*|[^\w\s]"
)
WHITESPACE_RE = re.compile(r"\s")
#: characters read first when looking back for the tokens before a name
SHORT_WINDOW = 40
HYPHEN_LOWER_RE = re.compile(r"-[a-z]+$")
COURTESY_DOT_RE = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Amb)\.[ \t]+")
SPACES_RE = re.compile(r"\s*")
COURTESY_BEFORE_RE = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Amb)\.?[ \t]+\Z")
#: one or two capitalised name words ending right at the search window's end
NAME_BEFORE_RE = re.compile(rf"(?<![\w\-’'])(?P<n>{NW}(?:[ \t]+{NW})?)[ \t]+\Z")
DOMAIN_NAME_RE = re.compile(rf"(?<![\w\-.])[{_U}][\w\-]*\Z")
MEDIA_BEFORE_RE = re.compile(rf"(?<![\w\-’'.])(?P<m>{W}(?:[ \t]+{W}){{0,3}})[ \t]+\Z")
NON_SPACE_RE = re.compile(r"\S+")
ROLE_END_RE = re.compile(r"\s+(?:who|which|that|whose|said|told|has|had|was|is|will)\b")
CONNECTOR_RE = r"[ \t]+(?:of|for|on|and|with|against|de|du|des|la|del)(?:[ \t]+(?:the|la|le|les|l’|l'))?[ \t]+"
CONNECTOR_SPLIT_RE = re.compile(CONNECTOR_RE)
#: a regnal or ecclesiastic numeral after a name ("Karekin II", "Leo XIV"), I to XXXIX
REGNAL_RE = re.compile(r"[ \t]+(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![\w\-’'])(?<![ \t])")


@dataclass(slots=True)
class Cand:
    """A candidate mention (before overlaps are resolved)."""

    start: int
    end: int
    kind: str  # ref | group | org | media | person | place | ner
    actor: str = ""
    actor_type: str = ""
    ref_id: str = ""
    role: str = ""
    refs: tuple = ()
    family: str = ""  # the country/place a group, place or government belongs to

    @property
    def length(self) -> int:
        return self.end - self.start


def replace(c: Cand, **changes) -> Cand:
    """A copy of *c* with *changes* (what dataclasses.replace does, without its overhead)."""
    new = Cand(c.start, c.end, c.kind, c.actor, c.actor_type, c.ref_id, c.role, c.refs, c.family)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


PRIORITY = {"dateline": -1, "ref": 0, "group": 1, "org": 2, "media": 3, "person": 4, "place": 5, "ner": 6}


# --------------------------------------------------------------------------- trigger words
#: Rules that start from a word (a group's head noun, an organisation head, a geographic
#: noun, a locative preposition, "reported", a courtesy title) find that word in one pass
#: over the article's spaCy tokens instead of a regex search over the whole text: each
#: distinct token is looked at once per process (``_Patterns.token_info``), and each rule's
#: regex is then only tried where its word stands. A word is a run of letters, so a token
#: with glued punctuation ("refugees.[1") still yields its word.
LETTERS_RE = re.compile(r"[^\W\d_]+")
REPORT_WORDS = ("reported", "reports", "quoted", "wrote")
COURTESY_WORDS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gen", "Col", "Amb")
GOVERNMENT_NOUN_RE = re.compile(r"(?<![\w\-])(?:[Gg]overnment|[Aa]uthorities|[Aa]dministration)(?![\w\-])")
DEMONYM_BEFORE_RE = re.compile(rf"(?<![\w\-’'])(?P<d>{'|'.join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))})[ \t]+\Z")


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[dict, dict]:
    """(exact word -> rule names, lower-case word -> rule names)."""
    exact: dict[str, set] = {}
    lower: dict[str, set] = {}
    for head in STATUS_HEADS + ROLE_HEADS:  # matched in any case
        lower.setdefault(LETTERS_RE.match(head).group().lower(), set()).add("group")
    for head in DEMONYM_PLURALS:
        exact.setdefault(head, set()).add("group")
    for head in ORG_HEADS:
        exact.setdefault(LETTERS_RE.match(head).group(), set()).add("org")
    for head in GEO_HEADS + tuple(g.title() for g in GEO_HEADS):
        exact.setdefault(head, set()).add("geo")
    for word in LOCATIVE | {"to"}:
        exact.setdefault(word, set()).add("loc")
    for word in REPORT_WORDS:
        exact.setdefault(word, set()).add("reported")
    for word in COURTESY_WORDS:
        exact.setdefault(word, set()).add("courtesy")
    for word in GOVERNMENT_NOUNS:
        exact.setdefault(word, set()).add("gov")
    return exact, lower


TRIGGER_RULES = ("group", "org", "geo", "loc", "reported", "courtesy", "gov")
END = -1  # the key of a trie node's surface forms (ORTH hashes are never negative)
#: token_info of a token that starts nothing, by whether a name could start with it
#: (a capital letter) or it is whitespace: only then is a preposition before it tried
_NOTHING = ((), (), False)
_NOTHING_CAP = ((), (), True)
_CAP_RE = re.compile(rf"[{_U}]|\s")


def _token_triggers(token: str) -> tuple:
    """((offset of a trigger word in *token*, rule), ...)"""
    exact, lower = _trigger_words()
    out = []
    for m in LETTERS_RE.finditer(token):
        w = m.group()
        rules = exact.get(w, set()) | lower.get(w.lower(), set())
        out.extend((m.start(), r) for r in sorted(rules))
    return tuple(out)


# --------------------------------------------------------------------------- compiled patterns
@dataclass
class _Patterns:
    ref: Reference
    #: reference names as a trie of ORTH hashes: first token -> {next token: {…}, END: (surface forms…)}
    ref_first: dict
    refs: dict  # surface form -> tuple of actor_ids
    #: ORTH hash -> (trigger hits, ref_first entries) of every token met so far
    token_info: dict
    group_pre: re.Pattern
    group_mods: re.Pattern
    mod_last_words: frozenset
    group_post: re.Pattern
    chain: re.Pattern
    org_head: re.Pattern
    name_run: re.Pattern
    name_runs: re.Pattern  # two words or more
    locative: re.Pattern
    geo: re.Pattern
    domain: re.Pattern
    reported: re.Pattern
    apposition: re.Pattern
    place_alt: str


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=4)
def _patterns(ref_path: str | None = None) -> _Patterns:
    """Compile everything once per process."""
    ref = get_reference(ref_path)
    # reference names as token sequences (what a PhraseMatcher on ORTH would match), indexed
    # by their first token; forms that tokenise alike share an entry
    nlp = get_nlp()
    forms = sorted(ref.surface)
    by_tokens: dict[tuple, list[str]] = {}
    for form, doc in zip(forms, nlp.tokenizer.pipe(forms)):
        by_tokens.setdefault(tuple(t.orth for t in doc), []).append(form)
    ref_first: dict[int, dict] = {}  # a trie: token -> {next token: …, END: forms}
    for toks, same in by_tokens.items():
        if toks:
            node = ref_first.setdefault(toks[0], {})
            for t in toks[1:]:
                node = node.setdefault(t, {})
            node[END] = tuple(same)
    refs = {form: tuple(ids) for form, ids in ref.surface.items()}
    place_forms = [f for f in ref.surface if any(ref.type_of(i) == "place" for i in ref.surface[f])]
    place_alt = _alt(place_forms)
    dem_alt = _alt(DEMONYMS)
    dem_pl_alt = _alt(DEMONYM_PLURALS)
    status_alt = _alt(STATUS_HEADS)
    role_alt = _alt(ROLE_HEADS)
    adj_alt = _alt(GROUP_ADJECTIVES)
    sp = r"[ \t]+"
    # groups: find the head noun first, then its modifiers before and its "of/from <place>" after
    group_pre = re.compile(rf"(?<![\w\-’'])(?P<head>(?i:{status_alt}|{role_alt})|{dem_pl_alt})(?![\w\-])")
    group_mods = re.compile(
        rf"(?:(?P<place>{place_alt})(?P<pos>['’]s)?{sp})?"
        rf"(?:(?P<lb>\[)?(?P<dem>{dem_alt})(?(lb)\]){sp})?"
        rf"(?P<adj>(?:(?:{adj_alt}){sp})*)"
    )
    # the last word of any modifier run (place with or without "'s", demonym, adjective)
    mod_last_words = set(GROUP_ADJECTIVES) | set(DEMONYMS) | {f"[{d}]" for d in DEMONYMS}
    for form in place_forms:
        word = form.rsplit(" ", 1)[-1]
        mod_last_words |= {word, word + "'s", word + "’s"}
    group_post = re.compile(rf"{sp}(?:of|from){sp}(?:the{sp})?(?P<place>{place_alt})(?![\w\-])")
    seg = rf"{W}(?:{sp}{W})*"
    # (the look-behind stands after the first capital: a pattern that starts with a character
    # class is searched for with a fast scan over the other characters)
    seg1 = rf"[{_U}](?<![\w\-’'.].){W[len(_U) + 2:]}(?:{sp}{W})*"
    chain = re.compile(rf"{seg1}(?:{CONNECTOR_RE}{seg})*")
    org_head = re.compile(rf"(?<![\w])(?:{_alt(ORG_HEADS)})(?![a-z])")
    # a middle initial between name words: "Joan E. Donoghue", "Robert J. Menendez"
    initial = rf"(?:[{_U}]\.{sp})?"
    name_run = re.compile(rf"(?<![\w\-’'.]){NW}(?:{sp}(?:(?:{PARTICLES}){sp})?{initial}{NW})*(?![\w\-])")
    name_runs = re.compile(rf"[{_U}](?<![\w\-’'.].){NW[len(_U) + 2:]}(?:{sp}(?:(?:{PARTICLES}){sp})?{initial}{NW})+(?![\w\-])")
    locative = re.compile(
        rf"(?<![\w\-])(?P<prep>{_alt(LOCATIVE | {'to'})}){sp}(?P<p>{NW}(?:{sp}{NW}){{0,2}})(?![\w\-])"
    )
    # head-first searches: the rare word is found first, its capitalised name then read backwards
    geo = re.compile(rf"(?<=[ \t])(?P<h>{_alt(GEO_HEADS + tuple(g.title() for g in GEO_HEADS))})(?![\w\-])")
    domain = re.compile(r"\.(?:am|az|ge|com|net|org|ru|fr|info|news|tv|us|uk)(?![\w\-])")
    reported = re.compile(r"(?<=[ \t])(?:reported|reports|quoted|wrote)\b")
    apposition = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?P<role>[^,;()“”\"\n—–]{2,200}?)(?=[ \t]*(?:[,;()“”\"\n—–]|\.(?:\s|$)|$))")
    return _Patterns(ref, ref_first, refs, {}, group_pre, group_mods, frozenset(mod_last_words), group_post, chain, org_head, name_run, name_runs, locative, geo,
                     domain, reported, apposition, place_alt)


# --------------------------------------------------------------------------- helpers
#: "WASHINGTON—", "STEPANAKERT, Sept. 20 –": a dateline without a source
SHORT_DATELINE_RE = re.compile(r"^\s*(?:date:?\s+\d{4}-\d{2}-\d{2}\s+)?(?P<place>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})"
                               r"(?:,[^—–\n]{0,30}?)?\s*[—–]\s*")


#: "(Berlin, March 18, 2025) –": a press-release dateline
PAREN_DATELINE_RE = re.compile(r"^\s*\((?P<place>[A-Z][\w.'’\- ]{1,40}?),\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2},?\s+\d{4}\)\s*[—–-]+\s*")


CITY_WORDS = ("Mayor", "mayor", "City Council", "city council", "City Hall", "city hall",
              "municipality", "Municipality")
MAYOR_OF_RE = re.compile(rf"[Mm]ayor[ \t]+of[ \t]+(?P<a>{NW})")
CITY_NAME_BEFORE_RE = re.compile(rf"(?P<b>{NW})(?:['’]s)?[ \t]+\Z")


def _is_word_char(ch: str) -> bool:
    """What the regex class \\w matches."""
    return ch.isalnum() or ch == "_"


def _city_names(text: str) -> list[str]:
    """Cities whose mayor or council the text speaks of: "Mayor of X", "X mayor", "X's City
    Council", "X City Hall", "X municipality". The keywords are found with ``str.find``;
    the name is then read before or after them."""
    names = []
    for q in sorted({i for kw in CITY_WORDS for i in _find_all(text, kw)}):
        kw = next(k for k in CITY_WORDS if text.startswith(k, q))
        if q + len(kw) < len(text) and _is_word_char(text[q + len(kw)]):
            continue  # "mayoral"
        if kw in ("Mayor", "mayor") and not (q and _is_word_char(text[q - 1])):
            a = MAYOR_OF_RE.match(text, q)
            if a:
                names.append(a.group("a"))
        nl = text.rfind("\n", max(0, q - 200), q)
        b = CITY_NAME_BEFORE_RE.search(text, nl + 1 if nl >= 0 else max(0, q - 200), q)
        if b:
            names.append(b.group("b"))
    return names


def _find_all(text: str, word: str):
    """Every start of *word* in *text* (overlapping)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _find_forms(text: str, forms) -> list[tuple[int, int, str]]:
    r"""What ``re.finditer(r"(?<![\w\-])(?:form|…)(?![\w\-])", text)`` finds (the longest form
    first where several start), with ``str.find``: (start, end, form)."""
    at: dict[int, list[str]] = {}
    for f in forms:
        if f:
            for i in _find_all(text, f):
                at.setdefault(i, []).append(f)
    out, end, n = [], -1, len(text)
    for i in sorted(at):
        if i < end or (i and (_is_word_char(text[i - 1]) or text[i - 1] == "-")):
            continue
        for f in sorted(at[i], key=len, reverse=True):
            j = i + len(f)
            if j < n and (_is_word_char(text[j]) or text[j] == "-"):
                continue
            out.append((i, j, f))
            end = j
            break
    return out


HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")
LINE_RE = re.compile(r"[^\n]+")


def _title_case_line(line: str) -> bool:
    """A headline in Title Case ("ANCA Welcomes Senate Resolution on Artsakh Prisoners")."""
    if line.rstrip()[-1:] in ".?!\"”:":
        return False  # (also an empty line)
    words = [w for w in HEADLINE_WORD_RE.findall(line) if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


class _Article:
    """One article's text, tokens and the context the rules look at."""

    def __init__(self, text: str, doc, pat: _Patterns):
        self.text = text
        self.doc = doc
        self.pat = pat
        self.ref = pat.ref
        self.memo: dict = {}  # context readings asked for more than once (roles)
        self.ref_cover = bytearray(len(text) + 1)  # characters inside a reference name
        self._tokens = None
        self._triggers = None
        self._reversed = None
        self.dateline = (0, 0)
        self.dateline_place = (0, 0)
        self.dateline_source = (0, 0)
        m, lead = None, 0
        self.headlines: list[tuple[int, int]] = []
        for n, line in enumerate(LINE_RE.finditer(text)):
            if n >= 3 or m:
                break
            if line.group().strip():
                lead = line.start()
                head = line.group()[:200]
                m = DATELINE_RE.match(head) or SHORT_DATELINE_RE.match(head) or PAREN_DATELINE_RE.match(head)
                if not m and _title_case_line(line.group()):
                    self.headlines.append(line.span())
        if m:
            self.dateline = (lead, lead + m.end())
            self.dateline_place = (lead + m.start("place"), lead + m.end("place"))
            if "source" in m.groupdict() and m.group("source"):
                self.dateline_source = (lead + m.start("source"), lead + m.end("source"))
        self.cities: set[str] = set()
        for name in _city_names(text):
            if _stop(name) or _is_title_word(name) or name in DEMONYMS or name in ORG_HEADS:
                continue
            self.cities.add(self.ref.place_of(name) or name)

    @property
    def reversed_text(self) -> str:
        if self._reversed is None:
            self._reversed = self.text[::-1]
        return self._reversed

    @property
    def token_offsets(self) -> tuple[list, list]:
        """The ORTH hashes and start chars of the spaCy tokens (one array, read once)."""
        if self._tokens is None:
            self._tokens = tuple(self.doc.to_array([ORTH, IDX]).T.tolist()) if len(self.doc) else ([], [])
        return self._tokens

    def triggers(self, rule: str) -> list[int]:
        """Start offsets of the trigger words of *rule* (see :data:`TRIGGER_RULES`), in order."""
        if self._triggers is None:
            self._scan_tokens()
        return self._triggers[rule]

    def ref_matches(self) -> list[tuple[int, int, tuple]]:
        """(start token, end token, surface forms) of every reference name in the article."""
        if self._triggers is None:
            self._scan_tokens()
        return self._ref_matches

    def _scan_tokens(self) -> None:
        """One pass over the tokens: trigger words and reference names. What each distinct
        token starts is looked up once per process (``_Patterns.token_info``)."""
        found: dict[str, list[int]] = {r: [] for r in TRIGGER_RULES}
        matches = []
        cache = self.pat.token_info
        ref_first = self.pat.ref_first
        strings = self.doc.vocab.strings
        orths, idxs = self.token_offsets
        n_tokens = len(orths)
        infos = list(map(cache.get, orths))
        if None in infos:
            if len(cache) > 500_000:
                cache.clear()
            for orth in orths:
                if orth not in cache:
                    token = strings[orth]
                    info = (_token_triggers(token), ref_first.get(orth) or (), bool(_CAP_RE.match(token)))
                    cache[orth] = _NOTHING if info == _NOTHING else _NOTHING_CAP if info == _NOTHING_CAP else info
            infos = list(map(cache.get, orths))
        for i in [i for i, info in enumerate(infos) if info is not _NOTHING and info is not _NOTHING_CAP]:
            hits, refs, _ = infos[i]
            for off, hit in hits:
                if hit == "loc" and (i + 1 == n_tokens or not infos[i + 1][2]):
                    continue  # "in the", "to say": no capitalised name can follow
                found[hit].append(idxs[i] + off)
            j, node = i + 1, refs
            while node:
                if END in node:
                    matches.append((i, j, node[END]))
                node = node.get(orths[j]) if j < n_tokens else None
                j += 1
        self._triggers = found
        self._ref_matches = matches

    def tokens_before(self, char: int, limit: int = 200) -> list[re.Match]:
        """Word and punctuation tokens of the line before *char* (at most *limit* characters)."""
        return list(TOKEN_RE.finditer(self.text, self._line_window(char, limit), char))

    def _line_window(self, char: int, limit: int) -> int:
        lo = max(0, char - limit)
        nl = self.text.rfind("\n", lo, char)
        return nl + 1 if nl >= 0 else lo

    def tokens_back(self, char: int, limit: int = 200):
        """(text, start, end) of the tokens of :meth:`tokens_before`, last first, read lazily.
        Plain words and punctuation marks are read back directly; from anything else on
        ("U.S.", "Azerbaijan’s", "1,200") the rest is left to :data:`TOKEN_RE`."""
        text = self.text
        lo = self._line_window(char, limit)
        rev = self.reversed_text  # (runs of letters or spaces ending at j are read as one match)
        n = len(text)
        j = char
        while True:
            if j > lo and text[j - 1].isspace():
                j -= SPACES_RE.match(rev, n - j, n - lo).end() - (n - j)
            if j == lo:
                return
            ch = text[j - 1]
            if ch.isalpha():
                k = j - (LETTERS_RE.match(rev, n - j, n - lo).end() - (n - j))
                if k > lo and (text[k - 1].isalnum() or text[k - 1] in "_-.'’"):
                    break  # the token may go on to the left ("x-in", "U.S.in")
                yield (text[k:j], k, j)
                j = k
            elif ch.isalnum() or ch in "_.-":
                break  # part of a word, an abbreviation or a number
            else:
                yield (ch, j - 1, j)  # a punctuation mark is a token of its own
                j -= 1
        # (the rest ends at a space or a punctuation mark: no token before it changes)
        hi, step = j, SHORT_WINDOW
        while hi - step > lo:
            ws = WHITESPACE_RE.search(text, hi - step, hi)
            if ws is None:
                break
            for m in reversed(list(TOKEN_RE.finditer(text, ws.start(), hi))):
                yield (m.group(), m.start(), m.end())
            hi, step = ws.start(), 2 * step
        for m in reversed(list(TOKEN_RE.finditer(text, lo, hi))):
            yield (m.group(), m.start(), m.end())

    def prev_words(self, char: int, n: int) -> list[str]:
        out = []
        for t in self.tokens_back(char, 20 * n):
            out.append(t[0])
            if len(out) == n:
                break
        return out[::-1]

    def last_word(self, char: int, limit: int):
        """The last token of :meth:`tokens_before` (*char*, *limit*) when it is a plain word
        (letters only); "" when there is no token, None when it is something else."""
        t = next(self.tokens_back(char, limit), None)
        if t is None:
            return ""
        return t[0] if t[0].isalpha() else None

    def next_token(self, char: int) -> str:
        m = TOKEN_RE.search(self.text, char, min(len(self.text), char + 60))
        return m.group() if m else ""

    def in_dateline(self, start: int, end: int) -> bool:
        return self.dateline[0] <= start and end <= self.dateline[1] and self.dateline[1] > 0

    def possessive(self, end: int) -> bool:
        return self.text[end:end + 2] in ("’s", "'s") or (
            self.text[end:end + 1] in ("’", "'") and self.text[end - 1:end] == "s"
        )

    def locative(self, start: int) -> bool:
        """Whether the name at *start* is used as a location, read from the (up to five)
        tokens before it: a locative preposition or a movement verb right before (after
        "the"), "to"/"for" after a movement word, "of" after a spatial noun."""
        back = self.tokens_back(start, 100)
        t = next(back, None)
        if t is None:
            return False
        word, seen = t[0].lower(), 1
        if word == "the":
            t = next(back, None)
            if t is None:
                return False
            word, seen = t[0].lower(), 2
        if word in LOCATIVE or word in MOVEMENT_OBJECT:
            return True
        if word in ("to", "for"):
            return any(t[0].lower() in MOTION for t in itertools.islice(back, 5 - seen))
        if word == "of":
            t = next(back, None)
            return t is not None and t[0].lower() in SPATIAL_NOUNS  # "control of Karabakh"
        if word in ("on", "over"):
            t = next(back, None)
            return t is not None and t[0].lower() in TERRITORY_CLAIM_NOUNS  # "territorial claims on Karabakh"
        return False

    def region_after(self, end: int) -> bool:
        """A name followed by "region"/"enclave"/…: "Azerbaijan's Karabakh region" is a territory."""
        return bool(_REGION_AFTER.match(self.text, end))

    def hyphen_joined(self, start: int, end: int) -> bool:
        """Part of a hyphenated compound ("France-Armenia", "Azerbaijan-controlled")."""
        before = self.text[max(0, start - 1):start]
        after = self.text[end:end + 2]
        return before in ("-", "‐") or (after[:1] in ("-", "‐") and after[1:2].isalpha())


_REGION_AFTER = re.compile(r"[ \t]+(?:region|enclave|province|district|territory)\b")


# Word tests are pure functions of the word (and the module's fixed word lists): cached.
@lru_cache(maxsize=65536)
def _is_title_word(word: str) -> bool:
    return word.lower() in TITLE_NOUNS


@lru_cache(maxsize=65536)
def _stop(word: str) -> bool:
    return word.lower() in STOP_WORDS and word.lower() not in TITLE_MODIFIERS


# --------------------------------------------------------------------------- candidates
def _ref_candidates(art: _Article) -> list[Cand]:
    pat, out = art.pat, []
    matches = art.ref_matches()
    if not matches:
        return out
    orths, idxs = art.token_offsets
    strings = art.doc.vocab.strings
    for s, e, forms in matches:
        start = idxs[s]
        end = idxs[e - 1] + len(strings[orths[e - 1]])
        if art.hyphen_joined(start, end):
            continue
        surface = forms[0]
        if len(forms) > 1 and art.text[start:end] in forms:
            surface = art.text[start:end]  # forms that differ only in spacing ("A - B", "A-B")
        refs = pat.refs[surface]
        if (art.text[end + 1:end + 2].isupper() and DOCUMENT_NOUN_RE.match(art.text, end)
                and all(art.ref.type_of(i) in ("place", "government") for i in refs)):
            continue  # "the Geneva Conventions": a document, not the place
        out.append(Cand(start, end, "ref", refs=refs))
    return out


def _group_name(place: str, dem: str, adj: str, head: str, ref: Reference) -> tuple[str, str]:
    cache = ref.cache.setdefault("group_name", {})
    key = (place, dem, adj, head)
    if key not in cache:
        cache[key] = _make_group_name(place, dem, adj, head, ref)
    return cache[key]


def _make_group_name(place: str, dem: str, adj: str, head: str, ref: Reference) -> tuple[str, str]:
    place_name = ref.place_of(place) if place else ""
    head_l = head if head in DEMONYM_PLURALS or head in ("POWs", "MPs") else head.lower()
    adj = " ".join(a.lower() for a in adj.split())
    if head in DEMONYM_PLURALS:
        dem, head_l = "", head
    elif dem and head_l in ("population", "people"):
        head_l = next((p for p, d in DEMONYM_PLURALS.items() if d == dem), dem + "s")
        dem = ""
    name = " ".join(x for x in (place_name, dem, adj, head_l) if x)
    family = place_name or DEMONYMS.get(dem, "") or DEMONYMS.get(DEMONYM_PLURALS.get(head, ""), "")
    return name, family


WORD_START_RE = re.compile(r"(?<![\w\-’'\[])[\w\[]")


def _matches_at(rx: re.Pattern, text: str, positions: list[int]):
    """What ``rx.finditer(text)`` yields when every match can only start at one of
    *positions* (sorted): the match at each position, skipping those inside an earlier match."""
    end = -1
    for pos in positions:
        if pos < end:
            continue
        m = rx.match(text, pos)
        if m is not None:
            end = m.end() if m.end() > pos else pos + 1
            yield m


def _group_candidates(art: _Article) -> list[Cand]:
    out = []
    text, pat = art.text, art.pat
    for h in _matches_at(pat.group_pre, text, art.triggers("group")):
        head, hs = h.group("head"), h.start()
        # the longest run of modifiers ending right before the head
        lo = max(text.rfind("\n", max(0, hs - 60), hs) + 1, hs - 60)
        mods = None
        # modifiers end with a space after a place, demonym or adjective: look for them only then
        before = text[lo:hs]
        last = before.rstrip(" \t")
        if len(last) == len(before) or last[max(last.rfind(" "), last.rfind("\t")) + 1:] not in pat.mod_last_words:
            last = ""
        for w in WORD_START_RE.finditer(text, lo, hs) if last else ():
            ch = text[w.start()]
            if not (ch.isupper() or ch == "[" or text.startswith(GROUP_ADJECTIVES, w.start())):
                continue  # modifiers start with a capital (place, demonym) or a listed adjective
            mods = pat.group_mods.fullmatch(text, w.start(), hs)
            if mods:
                break
        place = mods.group("place") or "" if mods else ""
        dem = mods.group("dem") or "" if mods else ""
        adj = mods.group("adj") or "" if mods else ""
        start = mods.start() if mods else hs
        post = pat.group_post.match(text, h.end())
        is_role = head.lower() in ROLE_HEAD_SET or head in ROLE_HEAD_SET
        if head in DEMONYM_PLURALS:
            adj = ""  # "ethnic Armenians" are the Armenians
            if mods is not None and not place:
                start = hs
        if not (head in DEMONYM_PLURALS and dem):
            if not is_role or place or dem:
                name, family = _group_name(place, dem, adj, head, art.ref)
                out.append(Cand(start, h.end(), "group", actor=name, actor_type="group", family=family))
            if post:
                # "officials of Artsakh", "Armenians from Nagorno-Karabakh"
                pstart = mods.start("dem") if mods and dem else (mods.start("adj") if mods and adj else hs)
                if mods and dem and mods.group("lb"):
                    pstart -= 1
                name, family = _group_name(post.group("place"), dem, adj, head, art.ref)
                out.append(Cand(pstart, post.end(), "group", actor=name, actor_type="group", family=family))
    return out


def _split_chain(text: str, offset: int) -> list[tuple[str, int, int, str]]:
    """Segments of a capitalised chain: (connector before, start, end, segment text)."""
    parts = []
    pos = 0
    conn = ""
    for m in CONNECTOR_SPLIT_RE.finditer(text):
        parts.append((conn, offset + pos, offset + m.start(), text[pos:m.start()]))
        conn = m.group().strip().split()[0]
        pos = m.end()
    parts.append((conn, offset + pos, offset + len(text), text[pos:]))
    return parts


def _words(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in NON_SPACE_RE.finditer(text, s, e)]


def _org_candidates(art: _Article) -> list[Cand]:
    out = []
    text = art.text
    head_re = art.pat.org_head
    heads = [p for p in art.triggers("org") if head_re.match(text, p)]
    if not heads:
        return out
    ref = art.ref
    cache = ref.cache.setdefault("chain_orgs", {})
    for m in art.pat.chain.finditer(text):
        k = bisect.bisect_left(heads, m.start())
        if k == len(heads) or heads[k] >= m.end():
            continue  # no organisation head word in this chain
        chain = m.group()
        names = cache.get(chain)
        if names is None:
            if len(cache) > 100_000:
                cache.clear()
            names = cache[chain] = _chain_orgs(chain, ref)
        for s, e in names:
            # "Armenia's Security Council": a country's possessive belongs to the name
            start = _possessive_owner(text, m.start() + s, ref)
            end = m.start() + e
            out.append(Cand(start, end, "org", actor=_org_name(text[start:end]), actor_type="organization"))
    return out


def _chain_orgs(chain: str, ref: Reference) -> list[tuple[int, int]]:
    """The organisation names in a capitalised chain, as (start, end) within it (the same
    chain text always gives the same names: memoised per process)."""
    names = []
    segs = _split_chain(chain, 0)
    while segs:
        span, segs = _org_in_segments(chain, segs, ref)
        if span is not None:
            names.append(span)
    return names


def _org_in_segments(text: str, segs: list, ref: Reference) -> tuple[tuple[int, int] | None, list]:
    """The first organisation name in a chain's segments, and the segments left after it
    (a name that ends at "and" leaves the next name to be read: "X Union and the Y Centre")."""
    given = ref.given_names
    found = None
    for i, (_, s, e, _seg) in enumerate(segs):
        words = _words(text, s, e)
        while words and (_stop(words[0][2]) or HYPHEN_LOWER_RE.search(words[0][2])):
            words = words[1:]  # "The", "Berlin-based"
        heads = [k for k, w in enumerate(words) if _is_head(w[2])]
        if not heads:
            continue
        last = heads[-1]
        if last < len(words) - 1:
            # "Armenian Foreign Ministry Spokesperson Ani ...": the name ends at its head
            found = (words[0][0], words[last][1], [], words[: last + 1], segs[i + 1:])
        else:
            found = (words[0][0], words[-1][1], segs[i + 1:], words, [])
        break
    if found is None:
        return None, []
    start, end, complements, head_words, rest = found
    if all(_is_head(w[2]) for w in head_words) and not complements:
        return None, rest  # "the Assembly", "Court" alone
    for k, (conn, s, e, _cseg) in enumerate(complements):
        cwords = [w[2] for w in _words(text, s, e)]
        if conn == "and" and (k == 0 or any(_is_head(w) for w in cwords)):
            rest = complements[k:]  # "Human Rights Watch and Amnesty International": two names
            break
        if cwords[0] in given or cwords[0] in MONTHS or cwords[0] in MONTH_ABBREVIATIONS or cwords[0] in DAYS:
            break
        if conn in ("with", "against") and (
                cwords[0] in ref.surface or cwords[0] in DEMONYMS or _person_shape(cwords, ref)):
            break  # "the Ministry with Armenia": a with/against complement names no actor
        # a title word cuts the name before or after it ("… Affairs Spokesperson Ani …"),
        # not when it is the whole complement ("Federation for Justice and Democracy")
        titles = [j for j, w in enumerate(cwords) if _is_title_word(w) and len(cwords) > 1]
        cut = titles[0] if titles else len(cwords)
        known = _known_prefix(cwords, ref)
        if known and known < cut and (cwords[known] in given or _person_shape(cwords[known:], ref)):
            cut = known  # "... of Artsakh Davit Ishkhanyan": stop after the known name, before a person
        if cut == 0:
            break
        end = _words(text, s, e)[cut - 1][1]
        if cut < len(cwords):
            break
    if not _has_non_head(text[start:end]):
        return None, rest
    return (start, end), rest


OWNER_WORD_RE = re.compile(r"[\w\-.]+")


def _possessive_owner(text: str, start: int, ref: Reference) -> int:
    """Extend a name back over a country's possessive ("Armenia's Security Council")."""
    window = max(0, start - 60)
    j = start
    while j > window and text[j - 1] in " \t":
        j -= 1
    if j == start or j - 2 < window or text[j - 2:j] not in ("'s", "’s"):
        return start
    head = text[window:j - 2]
    words = list(OWNER_WORD_RE.finditer(head))
    for n in (1, 2, 3):
        if len(words) < n:
            break
        owner = head[words[-n].start():]
        if any(ref.type_of(i) in ("government", "place") for i in ref.surface.get(owner, ())):
            return window + words[-n].start()
    return start


@lru_cache(maxsize=65536)
def _is_head(word: str) -> bool:
    return word in ORG_HEADS or any(part in ORG_HEADS for part in word.split("-"))


def _has_non_head(text: str) -> bool:
    return any(w not in ORG_HEADS and w[:1].isupper() for w in text.split()) or " of " in text


def _known_prefix(words: list[str], ref: Reference) -> int:
    for n in range(min(4, len(words)), 0, -1):
        if " ".join(words[:n]) in ref.surface:
            return n
    return 0


def _org_name(text: str) -> str:
    name = normalise(text)
    return re.sub(r"^(?:the|The)\s+", "", name)


def _not_name_word(w: str, ref: Reference) -> bool:
    cache = ref.cache.setdefault("not_name_word", {})
    known = cache.get(w)
    if known is None:
        known = cache[w] = _not_name_word_uncached(w, ref)
    return known


def _not_name_word_uncached(w: str, ref: Reference) -> bool:
    return (_stop(w) or w.lower() in TIME_WORDS or w in DEMONYMS or w in HONORIFICS
            or _is_title_word(w) or w.lower() in TITLE_MODIFIERS or w in MONTHS or w in DAYS
            or _is_head(w) or (w in ref.surface and w not in ref.given_names))


def _strip_run(words: list[str], ref: Reference) -> int:
    """How many leading words of a capitalised run are not part of a person's name:
    everything up to the last title, organisation head or known name ("Human Rights
    Defender Anahit Manasyan", "European Parliament Nathalie Loiseau")."""
    k = 0
    for i, w in enumerate(words):
        if _not_name_word(w, ref):
            k = i + 1
    return k


def _person_shape(words: list[str], ref: Reference) -> bool:
    first, last = words[0], words[-1]
    if first in ref.given_names:
        return True
    return last.lower().endswith(SURNAME_ENDINGS) and last not in NOT_SURNAMES and last not in DEMONYMS


def _run_shape(run: str, ref: Reference) -> tuple[int, int, bool, bool, bool]:
    """What a run of capitalised words says by itself about a person's name in it:
    (offset of the name in the run, its number of words, titled by a word of the run,
    excluded (a month, an organisation head, a title…), person-shaped)."""
    words = run.split()
    all_words = words
    k = _strip_run(words, ref)
    if k:
        pos = 0
        for w in words[:k]:
            pos = run.index(w, pos) + len(w)
        start = SPACES_RE.match(run, pos).end()
        words = words[k:]
    else:
        start = 0
    if len(words) > 2 and words[0] not in ref.given_names:
        # "Los Angeles Ara Sahakyan": the name starts at its given name
        firsts = [i for i, w in enumerate(words) if i > 0 and w in ref.given_names]
        if firsts and len(words) - firsts[-1] >= 2:
            cut = firsts[-1]
            for w in words[:cut]:
                start = run.index(w, start) + len(w)
            start = SPACES_RE.match(run, start).end()
            words = words[cut:]
            k += cut
    titled = k > 0 and (_is_title_word(all_words[k - 1]) or all_words[k - 1] in COURTESY)
    excluded = any(w in ORG_HEADS or w in MONTHS or w in DAYS or w in DEMONYMS or _is_title_word(w)
                   for w in words)
    shape = bool(words) and _person_shape(words, ref)
    return start, len(words), titled, excluded, shape


def _person_candidates(art: _Article) -> list[Cand]:
    out = []
    ref = art.ref
    text = art.text
    cache = ref.cache.setdefault("run_shape", {})
    for m in _name_runs(art):
        run = m.group()
        shape = cache.get(run)
        if shape is None:
            if len(cache) > 100_000:
                cache.clear()
            shape = cache[run] = _run_shape(run, ref)
        offset, n_words, titled, excluded, person_shaped = shape
        start, end = m.start() + offset, m.end()
        if art.ref_cover.find(1, start, end) >= 0:
            continue  # a person overlapping a listed name is never kept
        titled = titled or bool(COURTESY_BEFORE_RE.search(text, max(0, start - 6), start))
        numeral = REGNAL_RE.match(text, end) if text[end:end + 1] in " \t" else None
        if numeral and numeral.group().strip() == "I" and (n_words > 1 or not titled):
            numeral = None  # "… Petrov I saw": the pronoun
        if numeral and n_words <= 2:
            # "Catholicos Karekin II", "Pope Leo XIV": the regnal numeral is part of the name
            end = numeral.end()
            titled = titled or (n_words == 1 and run[offset:] in ref.given_names)
        if not (2 <= n_words <= 4 or (n_words == 1 and titled)) or excluded:
            continue
        triggered = (
            titled
            or person_shaped
            or bool(_role_before(art, start))
            or bool(_role_after(art, end))
            or _speech_adjacent(art, start, end)
        )
        if triggered:
            out.append(Cand(start, end, "person", actor=normalise(text[start:end]), actor_type="person"))
    return out


def _name_runs(art: _Article) -> list[re.Match]:
    """Runs of capitalised name words: every run of two or more, and a lone word right
    after a courtesy title with its dot ("Mr. Peskov"; without the dot, "Mr Peskov" is a
    run of two). A lone capitalised word is a name only there."""
    text, pat = art.text, art.pat
    runs = list(pat.name_runs.finditer(text))
    for c in _matches_at(COURTESY_DOT_RE, text, art.triggers("courtesy")):
        m = pat.name_run.match(text, c.end())
        if m and m.start() - c.start() <= 6 and len(m.group().split()) == 1:
            runs.append(m)
    if len(runs) > 1:
        runs.sort(key=lambda m: m.start())
    return runs


def _speech_adjacent(art: _Article, start: int, end: int) -> bool:
    before = [w for w in art.prev_words(start, 2) if w not in (",", "“", "”", '"')]
    after = art.next_token(end)
    return (bool(before) and before[-1].lower() in SPEECH_VERBS) or after.lower() in SPEECH_VERBS


def _lower_in(word: str, vocab) -> bool:
    low = word.lower()
    return low in vocab or ("-" in low and low.rsplit("-", 1)[-1] in vocab)


def _role_before(art: _Article, start: int) -> str:
    """A title or role phrase right before a name ("Armenian parliament member")."""
    key = ("role_before", start)
    if key not in art.memo:
        art.memo[key] = _read_role_before(art, start)
    return art.memo[key]


@lru_cache(maxsize=65536)
def _role_word(w: str) -> bool:
    """Whether a token may stand in a title or role phrase before a name."""
    low = w.lower()
    return ((w[:1].isupper() and low not in TIME_WORDS) or low in ROLE_CONNECTORS
            or _lower_in(w, TITLE_NOUNS) or low in TITLE_MODIFIERS or _lower_in(w, ROLE_WORDS))


def _read_role_before(art: _Article, start: int) -> str:
    back = art.tokens_back(start)
    first = next(back, None)
    if first is None:
        return ""
    comma = first[0] == ","
    if not comma:
        if not _role_word(first[0]):
            return ""  # (most names: "said Maria Lopez", "with Maria Lopez")
        back = itertools.chain((first,), back)
    # (after "its director, Pablo Ruiz" the role is read before the comma)
    taken: list[tuple] = []
    stopper = ""
    for t in back:
        if len(taken) >= 14:
            break
        w = t[0]
        low = w.lower()
        if low == "and" and any(_lower_in(x[0], TITLE_NOUNS) or x[0] in HONORIFICS for x in taken):
            break  # "... Nathalie Loiseau and MEP X": the role of X starts after "and"
        if not _role_word(w):
            stopper = low
            break
        taken.append(t)
    if not taken:
        return ""
    toks = taken[::-1]
    if comma and not (stopper in DETERMINERS or toks[0][0].lower() in DETERMINERS
                      or re.search(r"['’]s$", toks[0][0])):
        return ""  # a list ("Armenia, Pablo Ruiz") is not a role
    # trim leading connectors, determiners and function words
    while toks and (toks[0][0].lower() in ROLE_CONNECTORS or _stop(toks[0][0])):
        toks = toks[1:]
    titles = [k for k, t in enumerate(toks) if _lower_in(t[0], TITLE_NOUNS) or t[0] in HONORIFICS]
    if not titles:
        return ""
    tail = toks[titles[-1] + 1:]
    if tail:
        # after the title only complements: "of Armenia to Italy"
        if tail[0][0].lower() not in {"of", "to", "for", "at", "in", "on"}:
            return ""
        if not tail[-1][0][:1].isupper():
            return ""
    if all(t[0] in COURTESY for t in toks):
        return ""
    return art.text[toks[0][1]: toks[-1][2]]


@lru_cache(maxsize=65536)
def _role_modifier(word: str) -> bool:
    low = word.lower().strip("’'")
    return (low in ROLE_WORDS or low in TITLE_MODIFIERS or low in TITLE_NOUNS
            or (word[:1].isupper() and not _stop(word)) or bool(re.fullmatch(r"[\w]+-[\w-]+", low)))


def _role_after(art: _Article, end: int) -> str:
    """A role apposition right after a name (", the Mayor of Paris,")."""
    key = ("role_after", end)
    if key not in art.memo:
        art.memo[key] = _read_role_after(art, end)
    return art.memo[key]


def _read_role_after(art: _Article, end: int) -> str:
    m = art.pat.apposition.match(art.text, end)
    if not m:
        return ""
    role = m.group("role").strip()
    role = ROLE_END_RE.split(role, 1)[0].strip()
    words = role.split()
    if not words:
        return ""
    for k, w in enumerate(words[:6]):
        low = w.lower().strip("’'")
        if low in TITLE_NOUNS:
            before = words[:k]
            if all(_role_modifier(b) for b in before):
                return role
            return ""
        if _stop(w) and w.lower() not in TITLE_MODIFIERS:
            return ""
    return ""


def _place_candidates(art: _Article) -> list[Cand]:
    out = []
    ref, text = art.ref, art.text
    for m in _matches_at(art.pat.locative, text, art.triggers("loc")):
        prev = art.prev_words(m.start(), 1)
        if prev and prev[-1][:1].isupper() and prev[-1] not in ("“", '"'):
            continue  # inside a capitalised name: "Heritage in Times of Crisis"
        if m.group("prep") == "to" and not art.locative(m.start("p")):
            continue
        words = m.group("p").split()
        if words[0] in MONTHS or words[0] in DAYS or words[0] in HOLIDAYS or _stop(words[0]) or \
                words[0] in ref.given_names or any(w in DEMONYMS for w in words):
            continue
        if any(w in ORG_HEADS or w in MONTHS or w in DAYS for w in words):
            continue
        start, end = m.start("p"), m.end("p")
        out.append(Cand(start, end, "place", actor=normalise(text[start:end]), actor_type="place"))
    for h in _matches_at(art.pat.geo, text, art.triggers("geo")):
        m = NAME_BEFORE_RE.search(text, max(0, h.start() - 60), h.start())
        if not m:
            continue
        words = m.group("n").split()[-2:]
        p = " ".join(words)
        if p in ref.surface or words[0] in MONTHS or _stop(words[0]) or any(w in DEMONYMS for w in words):
            continue
        start = m.end("n") - len(p)
        out.append(Cand(start, h.end(), "place", actor=normalise(text[start:h.end()]), actor_type="place"))
    return out


GOVERNMENT_OF_RE = re.compile(
    rf"Government[ \t]+of[ \t]+(?P<the>the[ \t]+)?(?P<x>{NW}(?:(?:[ \t]+of[ \t]+(?:the[ \t]+)?|[ \t]+){NW}){{0,3}})(?![\w\-])"
)
GOVERNMENT_NOUNS = ("government", "Government", "authorities", "Authorities", "administration", "Administration")


def _government_name(country: str, ref: Reference) -> tuple[str, str]:
    """("Government of X", its reference id or "") for a country named X."""
    for name in (f"Government of {country}", f"Government of the {country}"):
        rid = ref.lookup(name, "government")
        if rid:
            return ref.name_of(rid), rid
    return f"Government of {country}", ""


def _government_candidates(art: _Article) -> list[Cand]:
    """States' governments named as such, listed or not (what the reference aliases do for
    listed ones): "the Government of Moldova", "the Government of the Republic of Chile",
    a demonym before government/authorities/administration ("Azeri authorities"). Named
    "Government of X" (the reference name when X is listed)."""
    out: list[Cand] = []
    text, ref = art.text, art.ref
    for i in _find_all(text, "Government of"):
        if i and (_is_word_char(text[i - 1]) or text[i - 1] == "-"):
            continue
        m = GOVERNMENT_OF_RE.match(text, i)
        if not m:
            continue
        # the state's name stops before a title, a month or a person ("… of Moldova Prime Minister …")
        words = list(NON_SPACE_RE.finditer(m.group("x")))
        keep = 0
        for k, w in enumerate(words):
            word = w.group()
            titled = word.lower() in TITLE_MODIFIERS and k + 1 < len(words) and _is_title_word(words[k + 1].group())
            if (_is_title_word(word) or titled or word in MONTHS or word in DAYS or word in HONORIFICS
                    or (k and word in ref.given_names) or word in ORG_HEADS):
                break
            keep = k + 1
        while keep and words[keep - 1].group() in ("of", "the"):
            keep -= 1
        if not keep:
            continue
        end = m.start("x") + words[keep - 1].end()
        country = ("the " if m.group("the") else "") + normalise(text[m.start("x"):end])
        name = f"Government of {country}"
        rid = ref.lookup(name, "government")
        out.append(Cand(i, end, "org", actor=ref.name_of(rid) if rid else name, actor_type="government",
                        ref_id=rid, family=country))
    for pos in art.triggers("gov"):
        h = GOVERNMENT_NOUN_RE.match(text, pos)
        d = DEMONYM_BEFORE_RE.search(text, max(0, pos - 30), pos) if h else None
        if not d or not DEMONYMS.get(d.group("d")):
            continue
        country = DEMONYMS[d.group("d")]
        name, rid = _government_name(country, ref)
        out.append(Cand(d.start("d"), h.end(), "org", actor=name, actor_type="government", ref_id=rid,
                        family=country))
    return out


def _dateline_candidates(art: _Article) -> list[Cand]:
    """The dateline's place is a place and its source a news outlet, whatever else they could be."""
    out = []
    for (s, e), kind in ((art.dateline_place, "place"), (art.dateline_source, "media")):
        if e <= s:
            continue
        raw = art.text[s:e]
        s += len(raw) - len(raw.lstrip())
        surface = raw.strip()
        e = s + len(surface)
        rid = art.ref.lookup(surface, kind) or art.ref.lookup(surface.title(), kind)
        if rid:
            name = art.ref.name_of(rid)
        else:
            name = normalise(surface.title() if surface.isupper() and kind == "place" else surface)
        out.append(Cand(s, e, "dateline", actor=name, actor_type=kind, ref_id=rid,
                        family=art.ref.country_of(rid) if rid else name))
    return out


def _city_candidates(art: _Article) -> list[Cand]:
    """Every use of a city whose mayor or council the article speaks of ("Mayor of Lyon")."""
    out = []
    for city in sorted(art.cities):
        if city in art.ref.surface:
            continue  # reference names are matched (and resolved) anyway
        for m in re.finditer(rf"(?<![\w\-]){re.escape(city)}(?![\w\-])", art.text):
            out.append(Cand(m.start(), m.end(), "place", actor=city, actor_type="place", family=city))
    return out


def _media_candidates(art: _Article) -> list[Cand]:
    out = []
    text = art.text
    for d in art.pat.domain.finditer(text):
        m = DOMAIN_NAME_RE.search(text, max(0, d.start() - 40), d.start())
        if m:
            out.append(Cand(m.start(), d.end(), "media", actor=text[m.start():d.end()], actor_type="media"))
    for r in _matches_at(art.pat.reported, text, art.triggers("reported")):
        m = MEDIA_BEFORE_RE.search(text, max(0, r.start() - 80), r.start())
        if not m:
            continue
        words = m.group("m").split()
        k = 0
        while k < len(words) and (_stop(words[k]) or words[k] in MONTHS or words[k] in DAYS):
            k += 1
        words = words[k:]
        if not words or _person_shape(words, art.ref) or any(w in ORG_HEADS for w in words):
            continue
        s = m.start("m") + m.group("m").index(words[0])
        e = m.end("m")
        out.append(Cand(s, e, "media", actor=normalise(art.text[s:e]), actor_type="media"))
    return out


# --------------------------------------------------------------------------- selection
def _select(cands: list[Cand]) -> list[Cand]:
    """Keep the longest non-overlapping candidates; ties go to the reference list.

    A generated person, place or media name never displaces a reference name it overlaps
    (a person not even a shorter one: "Ambassador Tsovinar …" keeps the reference title out).
    """
    refs = [r for r in cands if r.kind == "ref"]
    keep = []
    for c in cands:
        if refs and c.kind in ("person", "place", "media"):
            over = [r.end - r.start for r in refs if r.start < c.end and c.start < r.end]
            if over and (c.kind == "person" or max(over) >= c.end - c.start):
                continue
        keep.append(c)
    keep.sort(key=lambda c: (c.start - c.end, PRIORITY[c.kind], c.start))
    used = bytearray(max((c.end for c in cands), default=0) + 1)
    taken: list[Cand] = []
    for c in keep:
        if used.find(1, c.start, c.end) >= 0:
            continue
        used[c.start:c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


TYPE_ORDER = ["person", "organization", "media", "government", "group", "place"]


def _ref_choice(ref: Reference, refs: tuple) -> tuple[tuple, tuple | None]:
    """The (actor, actor_type, ref_id, family) a listed name resolves to, and the place's
    when the name can also be a location ("Azerbaijan", "Baku"), else None."""
    cache = ref.cache.setdefault("ref_choice", {})
    if refs not in cache:
        by_type = {}
        for rid in refs:
            by_type.setdefault(ref.type_of(rid), rid)

        def resolved(rid: str) -> tuple:
            row = ref.rows[rid]
            family = row["country"] if row["type"] in ("government", "place") else ""
            return row["name"], row["type"], rid, family

        if "government" in by_type and "place" in by_type:
            cache[refs] = (resolved(by_type["government"]), resolved(by_type["place"]))
        else:
            cache[refs] = (resolved(next(by_type[t] for t in TYPE_ORDER if t in by_type)), None)
    return cache[refs]


def _resolve_ref(art: _Article, c: Cand) -> Cand:
    ref = art.ref
    resolved, as_place = _ref_choice(ref, c.refs)
    if as_place is not None and (art.in_dateline(c.start, c.end) or art.region_after(c.end)
                                 or (not art.possessive(c.end) and art.locative(c.start))):
        resolved = as_place
    actor, actor_type, rid, family = resolved
    if actor_type == "government" and art.cities:
        place = ref.place_of(art.text[c.start:c.end])
        if place and place in art.cities:
            actor = f"City of {place}"
            rid = ref.lookup(actor, "government")
            family = place
    return Cand(c.start, c.end, c.kind, actor, actor_type, rid, c.role, c.refs, family)


def _finish(art: _Article, c: Cand) -> Cand:
    if c.kind == "dateline":
        return c
    if c.kind == "ref":
        return _resolve_ref(art, c)
    if c.kind == "media" and art.ref.lookup(c.actor, "media"):
        rid = art.ref.lookup(c.actor, "media")
        return replace(c, actor=art.ref.name_of(rid), ref_id=rid)
    rid = art.ref.lookup(c.actor, c.actor_type)
    if rid:
        return replace(c, actor=art.ref.name_of(rid), ref_id=rid)
    if c.kind == "place":
        if c.actor in art.cities and not art.locative(c.start) and not art.in_dateline(c.start, c.end):
            name = f"City of {c.actor}"
            return replace(c, actor=name, actor_type="government", family=c.actor,
                           ref_id=art.ref.lookup(name, "government"))
        return replace(c, family=c.actor)
    return c


def _drop_restatements(art: _Article, mentions: list[Cand]) -> tuple[list[Cand], dict]:
    """Drop a bracketed acronym or alternative name restating the mention before it."""
    out: list[Cand] = []
    acronyms: dict[str, Cand] = {}
    for c in mentions:
        prev = out[-1] if out else None
        if prev is not None and not art.in_dateline(c.start, c.end):
            after = art.text[c.end:c.end + 1]
            if (after in (")", "]") and art.text[c.start - 1:c.start] in ("(", "[")
                    and BRACKETS_BETWEEN_RE.fullmatch(art.text, prev.end, c.start)):
                surface = art.text[c.start:c.end]
                is_acronym = bool(ACRONYM_RE.fullmatch(surface))
                if is_acronym and prev.actor_type not in ("organization", "media"):
                    is_acronym = False
                if is_acronym or (c.family and c.family == prev.family):
                    if is_acronym and surface not in art.ref.surface:
                        acronyms[surface] = (c.end + 1, prev)
                    continue
        out.append(c)
    # "Caucasus Policy Institute (CPI)": the article's own acronym for a name it just gave
    for c in out:
        if c.actor_type in ("organization", "media"):
            am = ACRONYM_AFTER_RE.match(art.text[c.end:c.end + 14])
            if am and am.group(1) not in art.ref.surface:
                acronyms.setdefault(am.group(1), (c.end + am.end(), c))
    return out, acronyms


BRACKETS_BETWEEN_RE = re.compile(r"\s*[\[(]{1,2}")
ACRONYM_RE = re.compile(r"[A-Z][A-Z&.\-]{1,9}")
ACRONYM_AFTER_RE = re.compile(r"[ \t]*\(([A-Z][A-Z&]{1,9})\)")
COORD_RE = re.compile(rf"(?:[ \t]*\([^()\n]{{1,25}}\))?,?[ \t]+and[ \t]+(?P<n>{NW}(?:[ \t]+{NW}){{1,2}})(?![\w\-])")


def _coordinated_people(art: _Article, mentions: list[Cand]) -> list[Cand]:
    """"Senators Gary Peters (D-MI) and Marsha Blackburn": a name joined to a person by "and"."""
    out = list(mentions)
    for c in mentions:
        if c.actor_type != "person":
            continue
        m = COORD_RE.match(art.text, c.end)
        if not m:
            continue
        words = m.group("n").split()
        if any(_not_name_word(w, art.ref) for w in words):
            continue
        s, e = m.span("n")
        if any(t.start < e and s < t.end for t in out):
            continue
        out.append(Cand(s, e, "person", actor=normalise(m.group("n")), actor_type="person"))
    return sorted(out, key=lambda c: c.start)


def _back_references(art: _Article, mentions: list[Cand], acronyms: dict) -> list[Cand]:
    """Surname-only references to people named earlier; acronyms defined in the article."""
    extra: list[Cand] = []
    first_seen: dict[str, tuple[int, Cand]] = {}
    for c in mentions:
        if c.actor_type != "person":
            continue
        words = art.text[c.start:c.end].split()
        if len(words) < 2:
            continue
        if REGNAL_RE.fullmatch(" " + words[-1]):
            # "Karekin II" … "Karekin": the name without its numeral
            key = " ".join(words[:-1])
            if key not in first_seen:
                first_seen[key] = (c.end, c)
            continue
        for n in range(1, len(words)):
            key = " ".join(words[n:])
            if key[:1].isupper() and key not in first_seen and key not in DEMONYMS:
                first_seen[key] = (c.end, c)
    forms = dict(first_seen)
    forms.update(acronyms)
    if not forms:
        return mentions
    taken = list(mentions)
    for ms, me, form in _find_forms(art.text, forms):
        after, c = forms[form]
        if ms < after:
            continue
        if any(t.start < me and ms < t.end for t in taken):
            continue
        new = Cand(ms, me, c.kind, actor=c.actor, actor_type=c.actor_type,
                   ref_id=c.ref_id, family=c.family)
        taken.append(new)
        extra.append(new)
    return sorted(taken, key=lambda c: c.start)


#: a bracket after a person's name holding an acronym ("(EPP)", "(S&D)") or a capitalised
#: name ("(Renew Europe)", "(Patriots for Europe)"); not "(R-N.J.)", not a lower-case word
PARTY_BRACKET_RE = re.compile(
    rf"[ \t]*\((?P<p>[A-Z][A-Za-z]*&?[A-Z]*(?:/[A-Z][A-Za-z]*)?|{W}(?:[ \t]+(?:(?:for|of|and|the)[ \t]+)?{W}){{0,4}})\)")


#: a US legislator's party and state ("(R-Maine)", "(D-Calif.)"): not an organisation
US_PARTY_STATE_RE = re.compile(r"(?:D|R|I|Ind)-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?")


def _bracketed_parties(art: _Article, mentions: list[Cand]) -> list[Cand]:
    """The party or group in a bracket after a person ("MEP Ana Novak (Renew Europe)") is
    a mention of that organisation (only a bracket restating the name before it is not)."""
    out = []
    text = art.text
    n = len(mentions)
    for i, c in enumerate(mentions):
        out.append(c)
        if c.actor_type != "person" or text[c.end:c.end + 2].lstrip(" \t")[:1] != "(":
            continue
        m = PARTY_BRACKET_RE.match(text, c.end)
        if not m:
            continue
        ps, pe = m.span("p")
        if i + 1 < n and mentions[i + 1].start < m.end():
            continue  # the bracket already holds a mention (a listed name, a place)
        name = m.group("p")
        words = name.split()
        if (name in art.ref.surface or name in DEMONYMS or name in MONTHS or name in DAYS
                or _person_shape(words, art.ref) or len(name) < 2 or US_PARTY_STATE_RE.fullmatch(name)):
            continue
        out.append(Cand(ps, pe, "org", actor=normalise(name), actor_type="organization"))
    return out


#: a ministry named without its country ("the Foreign Ministry", "Defence Ministry
#: spokesman …"): (its portfolio, as in "Ministry of <portfolio> of X")
BARE_MINISTRY_RE = re.compile(
    r"(?:(?P<a>Foreign|Defen[cs]e|Interior|Justice|Economy|Health|Education|Culture|Finance|Emergency Situations)[ \t]+Ministry"
    r"|Ministry[ \t]+of[ \t]+(?P<b>Foreign Affairs|Defen[cs]e|Internal Affairs|Justice|Economy|Health|Education|Culture|Finance|Emergency Situations))")
PORTFOLIOS = {"Foreign": "Foreign Affairs", "Defense": "Defence", "Interior": "Internal Affairs"}
IN_PLACE_RE = re.compile(rf"(?:^|\n|[.!?”\"][ \t]+)In[ \t]+(?P<p>{NW}(?:[ \t]+{NW})?),[ \t]+(?:the[ \t]+)?\Z")

IN_PLACE_AFTER_RE = re.compile(rf"[ \t]+in[ \t]+(?P<p>{NW})(?![\w\-])")


def _bare_ministries(art: _Article, mentions: list[Cand]) -> list[Cand]:
    """A ministry named without its country is the ministry of the country the article is
    about there: the country of a place the sentence opens with ("In Yerevan, Foreign
    Ministry spokeswoman …") or that follows it ("the Defence Ministry in Baku"), else the country of the dateline's place, else the state whose
    government the article mentions most. Named like the listed ministries ("Ministry of
    Foreign Affairs of Armenia"), or "Ministry of <portfolio> of X" when not listed."""
    bare = [i for i, c in enumerate(mentions) if c.actor_type == "organization" and not c.ref_id
            and (BARE_MINISTRY_RE.fullmatch(c.actor) or c.actor == "National Assembly")]
    if not bare:
        return mentions
    ref, text = art.ref, art.text

    def country(c: Cand) -> str:
        rid = c.ref_id
        return ref.country_of(rid) if rid and rid in ref.rows else ""

    default = dateline = ""
    for c in mentions:
        if c.actor_type == "place" and art.in_dateline(c.start, c.end) and country(c):
            default = dateline = country(c)
            break
    if not default:
        counts: dict[str, int] = {}
        for c in mentions:
            if c.actor_type == "government" and country(c):
                counts[country(c)] = counts.get(country(c), 0) + 1
        if counts:
            default = max(sorted(counts), key=counts.get)
    out = list(mentions)
    for i in bare:
        c = mentions[i]
        state = default
        m = IN_PLACE_RE.search(text, max(0, c.start - 60), c.start) or IN_PLACE_AFTER_RE.match(text, c.end)
        if m:
            rids = [r for r in ref.surface.get(m.group("p"), ()) if ref.type_of(r) in ("place", "government")]
            if rids and ref.country_of(rids[0]):
                state = ref.country_of(rids[0])
        if c.actor == "National Assembly":
            # a legislature: only the dateline's country (a bare "National Assembly" in a
            # PARIS story is France's), named as the listed one
            rid = ref.lookup(f"National Assembly of {dateline}", "organization") if dateline else ""
            if rid:
                out[i] = replace(c, actor=ref.name_of(rid), ref_id=rid)
            continue
        if not state:
            continue
        bm = BARE_MINISTRY_RE.fullmatch(c.actor)
        portfolio = bm.group("a") or bm.group("b")
        portfolio = PORTFOLIOS.get(portfolio, portfolio)
        name = f"Ministry of {portfolio} of {state}"
        rid = ref.lookup(name, "organization")
        out[i] = replace(c, actor=ref.name_of(rid) if rid else name, ref_id=rid)
    return out


PREV_WORD_RE = re.compile(r"(\S+)[ \t]+\Z")
NEXT_WORD_RE = re.compile(r"[ \t]+([\w\-]+)")


def _short_forms(art: _Article, mentions: list[Cand]) -> list[Cand]:
    """A capitalised head word standing alone for a body the article named in full before:
    "the Commission" after "the European Commission", "Assembly Executive Director …" after
    "the Armenian Assembly of America". The head is the first organisation head word of
    the full name; the short form is "the <Head>" or "<Head>" before a title, not part of a
    longer name, and refers to the latest body with that head named before it."""
    forms: dict[str, list[Cand]] = {}
    for c in mentions:
        if c.actor_type != "organization" or c.kind == "ner":
            continue
        for w in art.text[c.start:c.end].split():
            if w in ORG_HEADS and w[-1] != "s":
                forms.setdefault(w, []).append(c)
                break
    if not forms:
        return mentions
    text = art.text
    taken = list(mentions)
    covered = sorted((c.start, c.end) for c in mentions)
    starts = [s for s, _ in covered]
    for ms, me, form in _find_forms(text, forms):
        k = bisect.bisect_right(starts, ms) - 1
        if k >= 0 and covered[k][1] > ms:
            continue  # inside a mention ("European Commission" itself)
        earlier = [c for c in forms[form] if c.end <= ms]
        if not earlier:
            continue
        prev = PREV_WORD_RE.search(text, max(0, ms - 30), ms)
        prev_word = prev.group(1).lstrip("\"“‘'([") if prev else ""
        if prev_word[:1].isupper() and prev_word not in ("The",):
            continue  # part of a longer name ("Armenian Assembly")
        nxt = NEXT_WORD_RE.match(text, me)
        next_word = nxt.group(1) if nxt else ""
        titled = bool(next_word) and (_is_title_word(next_word) or next_word.lower() in TITLE_MODIFIERS)
        if next_word[:1].isupper() and not titled:
            continue  # "the Commission Building"
        if next_word == "of" or text[me:me + 1] == "-":
            continue  # "the Commission of Inquiry": another name
        if prev_word.lower() != "the" and not titled:
            continue
        c = max(earlier, key=lambda e: e.end)
        new = Cand(ms, me, c.kind, actor=c.actor, actor_type=c.actor_type, ref_id=c.ref_id,
                   family=c.family)
        taken.append(new)
    return sorted(taken, key=lambda c: c.start)


def _roles(art: _Article, mentions: list[Cand]) -> list[Cand]:
    out = []
    for c in mentions:
        if c.actor_type == "person":
            roles = [r for r in (_role_before(art, c.start), _role_after(art, c.end)) if r]
            c = replace(c, role="; ".join(normalise(r) for r in roles))
        out.append(c)
    return out


def _article_mentions(text: str, doc, pat: _Patterns, ner=None) -> list[Cand]:
    art = _Article(text, doc, pat)
    refs = _ref_candidates(art)
    # (a person overlapping a reference name never survives _select: not even tried)
    art.ref_cover = bytearray(len(text) + 1)
    for r in refs:
        art.ref_cover[r.start:r.end] = b"\x01" * (r.end - r.start)
    cands = (refs + _group_candidates(art) + _org_candidates(art)
             + _person_candidates(art) + _place_candidates(art) + _media_candidates(art)
             + _city_candidates(art) + _government_candidates(art) + _dateline_candidates(art))
    if art.headlines:
        # capitalised headline words are no evidence of a name: keep listed names and groups
        cands = [c for c in cands if c.kind in ("ref", "group")
                 or not any(s <= c.start < e for s, e in art.headlines)]
    mentions = [_finish(art, c) for c in _select(cands)]
    mentions, acronyms = _drop_restatements(art, mentions)
    mentions = _coordinated_people(art, mentions)
    mentions = _bracketed_parties(art, mentions)
    mentions = _back_references(art, mentions, acronyms)
    mentions = _short_forms(art, mentions)
    mentions = _bare_ministries(art, mentions)
    if ner is not None:
        mentions = _merge_ner(art, mentions, ner)
    return _roles(art, mentions)


# --------------------------------------------------------------------------- optional NER
@lru_cache(maxsize=2)
def _load_model(name: str):
    import spacy

    return spacy.load(name)


def _ner_pipeline(nlp_model):
    if nlp_model is None:
        nlp_model = os.environ.get(NER_ENV) or None
    if nlp_model is None or nlp_model is False:
        return None
    if isinstance(nlp_model, str):
        try:
            return _load_model(nlp_model)
        except (OSError, ImportError) as exc:
            warnings.warn(f"spaCy model {nlp_model!r} not available ({exc}); using the rules only",
                          stacklevel=3)
            return None
    return nlp_model


def _merge_ner(art: _Article, mentions: list[Cand], ner) -> list[Cand]:
    """Add the statistical entities that no rule mention overlaps."""
    ner_doc = ner(art.text)
    added = list(mentions)
    for ent in ner_doc.ents:
        kind = NER_LABELS.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start_char, ent.end_char
        surface = art.text[start:end]
        if surface.lower().startswith("the "):
            start += 4
            surface = surface[4:]
        if any(t.start < end and start < t.end for t in added):
            continue
        if surface in art.ref.surface:
            c = _resolve_ref(art, Cand(start, end, "ref", refs=tuple(art.ref.surface[surface])))
        elif kind == "government":
            if art.locative(start) or art.in_dateline(start, end):
                c = Cand(start, end, "ner", actor=normalise(surface), actor_type="place")
            else:
                c = Cand(start, end, "ner", actor=f"Government of {normalise(surface)}", actor_type="government")
        elif kind == "group":
            if not surface.endswith("s"):
                continue
            c = Cand(start, end, "ner", actor=normalise(surface), actor_type="group")
        else:
            c = Cand(start, end, "ner", actor=normalise(surface), actor_type=kind)
            c = _finish(art, c)
        added.append(c)
    return sorted(added, key=lambda c: c.start)


# --------------------------------------------------------------------------- public API
def extract_text(text: str, article_id: str = "article", nlp_model=None) -> pd.DataFrame:
    """The mentions of one text (sentence ids from the shared pipeline's sentences)."""
    from .corpus import Corpus
    from .nlp import sentence_spans

    doc = get_nlp()(text)
    sents = pd.DataFrame(
        [dict(article_id=article_id, sentence_id=i, start=s, end=e, text=text[s:e])
         for i, (s, e) in enumerate(sentence_spans(doc))],
        columns=["article_id", "sentence_id", "start", "end", "text"],
    )
    arts = pd.DataFrame([dict(article_id=article_id, text=text, published="")])
    corpus = Corpus(articles=arts, sentences=sents, problems=pd.DataFrame(), docs={article_id: doc})
    return extract(corpus, nlp_model=nlp_model)


def _same_text(doc, text: str) -> bool:
    """Whether *doc* was made from *text* (checked by length and the last token, cheaply)."""
    if not len(doc):
        return not text
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text) and text.endswith(last.text_with_ws)


def extract(corpus, nlp_model=None) -> pd.DataFrame:
    """Return the ``mentions`` table for *corpus* (one row per actor mention).

    *nlp_model*: optional spaCy pipeline (a name to ``spacy.load`` or a ``Language``)
    whose PERSON/ORG/GPE/NORP entities are merged in; default: the environment variable
    ``NEWSFACTS_NER_MODEL``, else none (rules only).
    """
    pat = _patterns()
    ner = _ner_pipeline(nlp_model)
    # sentence starts and ids per article, read once from plain columns (no per-group pandas)
    sents = corpus.sentences
    by_article: dict[str, tuple[list, list]] = {}
    if len(sents):
        for aid, start, sid in sorted(zip(sents.article_id.tolist(), sents.start.astype(int).tolist(),
                                          sents.sentence_id.astype(int).tolist())):
            starts, ids = by_article.setdefault(aid, ([], []))
            starts.append(start)
            ids.append(sid)
    arts = corpus.articles
    texts = dict(zip(arts.article_id.tolist(), arts.text.tolist())) if "text" in arts.columns else {}
    rows = []
    for article_id in arts.article_id.tolist():
        doc = corpus.doc(article_id)
        text = texts.get(article_id)
        if not isinstance(text, str) or not _same_text(doc, text):
            text = doc.text  # (Doc.text joins every token: only when the table lacks the text)
        s_starts, s_ids = by_article.get(article_id, ([], []))
        for c in _article_mentions(text, doc, pat, ner):
            k = bisect.bisect_right(s_starts, c.start) - 1
            sid = s_ids[k] if k >= 0 else (s_ids[0] if s_ids else 0)
            rows.append((article_id, sid, c.start, c.end, text[c.start:c.end], c.actor, c.actor_type,
                         c.role, c.ref_id or generated_id(c.actor, c.actor_type), c.ref_id))
    return pd.DataFrame(rows, columns=COLUMNS)


def summarize(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return the ``actors`` table: one row per canonical actor (per actor_id).

    roles: the distinct roles stated in the mentions, sorted, joined with "; ";
    first_date/last_date: the earliest and latest publication date of the articles
    that mention the actor. Sorted by mentions (most first), then actor name and id.
    """
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    m = mentions
    dates = articles.drop_duplicates("article_id").set_index("article_id")["published"] if len(articles) else pd.Series(dtype=str)
    published = m.article_id.map(dates).astype("string").fillna("")
    by_actor = m.groupby("actor_id", sort=True)
    out = m.drop_duplicates("actor_id").set_index("actor_id")[["actor", "actor_type", "ref_id"]]  # first mention
    out = out.loc[by_actor.size().index]
    out["n_mentions"] = by_actor.size()
    out["n_articles"] = by_actor.article_id.nunique()
    roles = m.role.astype(str)
    stated = pd.DataFrame({"actor_id": m.actor_id, "role": roles})[(roles != "") & (roles != "<NA>")]
    stated = stated.drop_duplicates().sort_values(["actor_id", "role"])
    out["roles"] = stated.groupby("actor_id").role.agg("; ".join).reindex(out.index).fillna("")
    dated = pd.DataFrame({"actor_id": m.actor_id, "published": published})[published != ""]
    span = dated.groupby("actor_id").published.agg(["min", "max"]).reindex(out.index).fillna("")
    out["first_date"], out["last_date"] = span["min"], span["max"]
    out = out.reset_index()[ACTOR_COLUMNS]
    out = out.sort_values(["n_mentions", "actor", "actor_id"], ascending=[False, True, True])
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- co-mentions
def co_mentions(mentions: pd.DataFrame, actor_types=None) -> pd.DataFrame:
    """Pairs of actors named in the same sentence: actor_a, actor_b (a < b),
    n_sentences (how many sentences name both), n_articles.

    *actor_types*: keep only actors of these types (e.g. ``["person", "organization"]``).
    """
    cols = ["actor_a", "actor_b", "n_sentences", "n_articles"]
    m = mentions
    if actor_types is not None:
        m = m[m.actor_type.isin(list(actor_types))]
    m = m[["article_id", "sentence_id", "actor"]].drop_duplicates()
    pairs = m.merge(m, on=["article_id", "sentence_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs.actor_a < pairs.actor_b]
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    out = (pairs.groupby(["actor_a", "actor_b"])
           .agg(n_sentences=("sentence_id", "size"), n_articles=("article_id", "nunique"))
           .reset_index())
    return out.sort_values(["n_sentences", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)[cols]


def co_mention_graph(mentions: pd.DataFrame, actor_types=None, min_sentences: int = 1, top: int | None = None):
    """A networkx Graph: nodes are actors (attributes actor_type, n_mentions), edges join
    actors named in the same sentence (attribute weight = number of such sentences).

    *actor_types*: keep only these types; *top*: keep only the *top* most-mentioned actors
    (ties broken by name); *min_sentences*: drop weaker links.
    """
    import networkx as nx

    m = mentions if actor_types is None else mentions[mentions.actor_type.isin(list(actor_types))]
    counts = (m.groupby("actor").agg(n=("actor", "size"), actor_type=("actor_type", "first"))
              .reset_index().sort_values(["n", "actor"], ascending=[False, True]))
    if top is not None:
        counts = counts.head(top)
        m = m[m.actor.isin(set(counts.actor))]
    edges = co_mentions(m)
    edges = edges[edges.n_sentences >= min_sentences]
    g = nx.Graph()
    for row in counts.sort_values("actor").itertuples(index=False):
        g.add_node(row.actor, actor_type=row.actor_type, n_mentions=int(row.n))
    for row in edges.itertuples(index=False):
        g.add_edge(row.actor_a, row.actor_b, weight=int(row.n_sentences))
    return g


def draw_co_mentions(graph, ax):
    """Draw a co-mention graph on *ax* as a circle: actors grouped by type (colour) and
    ordered by mentions (node size), labels outside the circle, line width = shared
    sentences. Deterministic: no random layout."""
    import math

    import networkx as nx
    from matplotlib.lines import Line2D

    from .plots import PALETTE
    from .vocab import ACTOR_TYPES

    type_order = list(ACTOR_TYPES)
    colours = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(type_order)}
    nodes = sorted(graph.nodes, key=lambda n: (type_order.index(graph.nodes[n].get("actor_type", "place")),
                                              -graph.nodes[n].get("n_mentions", 0), n))
    n = max(1, len(nodes))
    pos = {}
    for i, node in enumerate(nodes):
        angle = math.pi / 2 - 2 * math.pi * i / n
        pos[node] = (round(math.cos(angle), 9), round(math.sin(angle), 9))
    edges = sorted((min(a, b), max(a, b), d.get("weight", 1)) for a, b, d in graph.edges(data=True))
    nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=[(a, b) for a, b, _ in edges],
                           width=[0.5 + 1.2 * w for _, _, w in edges], edge_color="#8c8c8c", alpha=0.55)
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes,
                           node_size=[60 + 70 * graph.nodes[x].get("n_mentions", 1) for x in nodes],
                           node_color=[colours.get(graph.nodes[x].get("actor_type"), "#777777") for x in nodes],
                           linewidths=0.6, edgecolors="white")
    for node in nodes:
        x, y = pos[node]
        angle = math.degrees(math.atan2(y, x))
        flip = x < -1e-9
        label = node if len(node) <= 40 else node[:38].rstrip() + "…"
        ax.text(1.1 * x, 1.1 * y, f"{label} ({graph.nodes[node].get('n_mentions', 0)})", fontsize=8,
                rotation=angle + 180 if flip else angle, rotation_mode="anchor",
                ha="right" if flip else "left", va="center")
    ax.set_xlim(-2.1, 2.1)
    ax.set_ylim(-1.75, 1.75)
    ax.set_aspect("equal")
    ax.set_axis_off()
    present = [t for t in type_order if any(graph.nodes[x].get("actor_type") == t for x in nodes)]
    handles = [Line2D([0], [0], marker="o", linestyle="", markersize=7, color=colours[t], label=t) for t in present]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    return pos
