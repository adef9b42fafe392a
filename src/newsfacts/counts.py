"""Casualty and displacement counts: how many people were killed, displaced, detained, ...

:func:`extract` reads every number of every sentence with :mod:`newsfacts.numbers`
and keeps those that count people. One row per count (schema :data:`COLUMNS`);
``count_id`` is ``ARTICLE-cNN`` in text order.

What makes a number a count of people (all rules are general, no seed-specific
patterns):

1. ``numbers.find_quantities`` gives the number, its hedge, its interval and its
   ``kind``; only ``cardinal`` numbers go on (years, dates, ages, money,
   percentages, durations, measures, times, vote tallies and labels never do).
2. A *people noun* follows the number, after at most three modifiers
   (adjectives, capitalised words such as "Artsakh" or "[Armenian]", nouns used
   as modifiers such as "aid workers", "defence lawyers"):
   "223 people", "100 thousand [Armenian] refugees", "dozens of civilians",
   "20 of the detainees", "dozens of our compatriots"; or the number opens a
   partitive "6 of whom were children", "20 of them"; or it follows a breakdown
   cue with no noun of its own ("of whom about 20,000", "among them 15",
   "including roughly 40": the people named before it, rule 4); or the number
   stands next to a casualty verb with no noun: "killed 223", "the death toll
   rose to 223", "At least 20 were injured"; or "the number of X rose to N" /
   "put the number of X at N" / "estimated the crowd (turnout) at N"; or the number names
   people counted just before it
   (rule 5). A singular noun counts only for "one" ("one soldier"); "one of the
   ..." is not a count. Quote marks around the noun are read through (three
   former "presidents").
3. Category, first rule that applies: a cue word among the modifiers ("20
   wounded soldiers"); a cue right before the number with only glue words
   between ("killed 223", "displacement of over 100,000"); a cue right after the
   noun with only auxiliaries/adverbs between ("were forcibly displaced",
   "fleeing", "remained", "were found dead"), also after one comma when the count
   stands in apposition or before a participle ("the whole village, some 650
   people, was forced to leave", "11 activists, all held in custody"); the cue of
   a count it is listed with ("20 children and 5 soldiers were killed"); the
   noun's own meaning (refugees -> displaced, prisoners -> detained, dead ->
   killed); the nearest cue of the clause that is a predicate (not a modifier of
   other people: "escorted the evacuated villagers"); the setting (below); the
   category of the same people named again right after (below); otherwise
   ``other``. "released"/"returned" cues under a demand or modal ("calls for the
   release of ...", "press Baku for the release of ...", "the right to return", "the safe
   return of ...") do not count. More generally, a count in the
   object of a demand or appeal ("calls on Baku to release ...", "demanded the arrest of 12
   officers", "urged ... to evacuate") takes the state its people are in, not the requested
   act: a cue before the count that a demand verb governs is not read ("release all
   prisoners held in Baku, including eight former leaders": detained, from "held"; "the
   arrest of 12 officers": ``other``); cues among or after the count's words still are. A
   count coordinated with a named person after a cue, with "other(s)" after the number,
   shares the cue ("the life sentences of Arayik Harutyunyan and three other former
   leaders", "sentenced Ruben Vardanyan and 14 others"), unless it has a predicate of its
   own ("..., and 4 others were hurt").

   The cues are word families (:data:`CUES`), chosen by the verb or predicate
   frame and the nouns around the count:

   * displaced: fled/flee, displaced, uprooted, expelled, deported, evacuated,
     forced out, forced to leave/abandon, "abandon/leave/flee/forced from ...
     their homes/houses/villages/homeland" (:data:`_HOME_LEAVING`), refugees,
     evacuees; and, for people at large only (people, families, children,
     residents, Armenians, ... — not leaders, delegates, officers), arriving from
     a place or crossing into one (after the count: "100,514 people arrived from the
     region", "115,000 people crossed into Armenia") and
     being taken in, sheltered, hosted or housed (the displaced are the object:
     "took in up to 15,000 people", "350 people were sheltered"; in "a town of
     20,000 people took in 5,000 refugees" the 20,000 are the hosts)
     (:data:`_POPULATION_CUES`);
   * detained: detained, arrested, held, in custody, jailed, imprisoned, behind
     bars, held captive/hostage, locked up, under arrest, in prison, prisoners;
   * sentenced: sentenced, convicted, found guilty, life terms, prison terms;
   * released: released, freed, pardoned, handed over, repatriated, exchanged;
   * returned: returned, went/came/moved back, resettled, resettlement —
     refugees resettled elsewhere stay ``displaced`` ("Canada resettled 300
     refugees");
   * missing: missing, disappeared, unaccounted for, whereabouts unknown, "whose
     fate ...", "the fate of N ... remains unknown" ("the fate of" only with an
     unknown/unclear fate within a few words: "decide the fate of 15 detainees"
     is not missing).

   * *Casualties* are the killed and the wounded together, and the vocabulary
     has no category for both: "45 casualties" is ``other`` with group
     ``casualties``; only a count qualified as fatal ("12 fatal casualties") is
     ``killed``; a part of it that names its own category keeps it ("60
     casualties, including 8 dead": the 8 are ``killed``).
   * *Setting*: a count left without any cue in its sentence, of people at large
     (people, persons, families, children, ... — not residents or other named
     groups), right after a sentence of the same paragraph that speaks of
     refugees, evacuees or displaced people, is about those people and is
     ``displaced`` ("... refugees still live in a sanatorium. It had housed up to
     400 people"); not when it states a population ("the town has 20,000 people",
     "a town of ...").
4. Breakdown: a count introduced by "including", "among them", "among whom",
   "of whom", "of them" (or opening "N of whom/them", also after "and") is
   ``part_of`` the count just before it (in the same sentence, or the last count
   of the previous sentence for a sentence that opens with "Among them ..."/"N
   of them ..."). Every coordinated part is a part of the same total: in "Of
   them, 30 were children and some 900 were over 80", the 900 is a part of the
   total as the 30 is (a part is never larger than its total); so is a part
   listed after a part with only "and"/a comma between and no predicate of its
   own ("including more than 30,000 children and nearly 18,000 people aged over
   65"; not "..., and 25 people were evacuated"). A part takes its parent's
   category unless it has an adjacent cue of its own, its parent's date and
   place when it states none, and its parent's group when it has no noun.

   More links to a total:

   * "N of whom" refers to the nearest people before it, however long the
     clause between ("101,848 refugees ... are registered in Armenia, up to
     9,000 of whom ..."); "the N X include(s) M Y" makes M a part of N (not
     after "not");
   * a sentence that opens with "Of/Among the N X ..., M ..." makes M (the first
     count after the comma) a part of N ("Of the 332 senators who took part in
     the vote, 331 backed it");
   * "among them" anywhere before the first count of a sentence ("Officials put
     the number of people with disabilities among them at about 9,000") points
     at the previous sentence like an opening "Among them": at its last count,
     or at the total of the list of parts that closes it;
   * "X alone" before a count ("the strikes on Ganja alone claimed 21 lives",
     not "left alone") makes it a part of the nearest earlier count of the
     paragraph with the same category and a larger value.

   *The people named before a breakdown cue are not always a count*: when the
   cue ("of whom", "among them", "including"; for "whom" also after a count)
   follows a people noun that is no count ("the displaced people, of whom about
   20,000 still live in shelters", "all Armenian prisoners held in Baku, among
   them eight former officials"), the count has no parent and takes that noun's
   group (when it has none) and its category (a cue among the noun's modifiers,
   before or after it, else its own meaning) as if it were its own noun's. A
   number after a breakdown cue with neither a total nor such a noun before it
   is no count ("destroyed 40 houses, including 12 in Shusha").

   *N of the M* ("four of the 15 defendants", "Of the 90 people killed, 20 were
   soldiers", "Of the 2,000, 500 were children"): M is the set N is drawn from.
   When a count of the same value came before in the article (or the
   sentence), M names those people again: it is not counted a second time and N
   is ``part_of`` that earlier count. Otherwise M is counted once, here, with
   its noun's own category ("25 of the 140 hostages": detained) or ``other``
   ("900 of the valley's 1,200 shepherds"), and N is ``part_of`` it; a bare M
   with no noun and no earlier count is not counted and N has no parent.
5. Anaphoric counts: a number with no noun whose people were counted just
   before — the number right before it in the sentence is a count, or it is the
   sentence's first number and the previous sentence has counts:
   "the remaining 11 got 20 years" / "the other 18 are still missing" (the rest
   of the same whole: ``part_of`` the total the count before was part of);
   "another 30" / "a further 12" (``part_of`` only when coordinated with a part);
   a bare subject "N were/got/remain ..." after "and", "while", a comma, or an
   opening "Of them,". It needs a verb after it ("the other 3 villages" is not
   one), except "another N" with no predicate ("arrested 14 on Monday and
   another 30 on Tuesday"), which takes the category of the count before. The
   group is the whole's ("defendants"), else the group of the count before.
   "the remaining N" with nothing counted before is no count ("the hall has 500
   seats and the remaining 200 ...").
6. ``place``: a capitalised place after a preposition in the count's clause.
   For ``displaced`` the destination ("fleeing to Armenia" -> Armenia) is
   preferred, then the origin ("from Artsakh"), then a location ("in ...");
   for every other category the location ("remained in Artsakh") first, then
   the origin, then the destination. When the mentions table has a mention at
   that spot, it must be a place or government; "Artsakh residents" gives
   Artsakh when mentions say Artsakh is a place.
7. ``date``: the date of an event of the events table in the same sentence
   (not the article's publication), preferring an event whose type fits the
   category (displacement for displaced, offensive for killed/injured/missing,
   detention, sentence, release), else the nearest one; "" when there is none
   (the code works with an empty events table).
8. ``source_phrase``: "according to ...", "citing ...", "reported by ...", or a
   reporting clause in the sentence ("she said", "the ministry reported").
9. Which ``other`` counts are kept. The table is about people relevant to
   casualties, displacement and detention, but a count of participants,
   members or signatories is information too, so the line is drawn by size and
   context: one person is an individual, never a count ("one journalist"); two
   people are a count only in a sentence that speaks of the crisis — a cue of
   any category but ``remaining`` ("two defence lawyers" of detainees, "two
   doctors who treated the wounded"), not "two delegates attended the session";
   three or more are always a count. People already named ("the two
   ministers", "the 27 members") are never counted again; a stated whole (rule
   4) always stays, and a whole and its parts stay together ("Of the 332
   senators ..., 331 backed it and only one opposed it": the 332 and the one).

   *Voters* (the one rule for votes): a tally of votes is never a count
   (``numbers`` kind ``vote``: "by 332 votes to 31", "120 in favour", "7
   against", "150-3"); people who vote are counted like any people, as
   ``other``: "332 senators", and a number that is the subject of a voting verb
   after them ("331 backed it", "only one abstained", "with 310 deputies voting in favour,
   9 against and 17 abstaining": the 310 and the 17, not the tally "9 against"), with the
   size rules above ("only one senator voted against" alone is an individual, no count).

   *Restated people*: a count left ``other`` that is named again by the same
   number with "the" in the same or the next sentence ("the indictment against
   15 former leaders ... The fifteen defendants, all held in custody") takes the
   category the restatement has from a cue next to it.

:func:`cross_source` compares counts of the same category, group class and
period across articles (see its docstring).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd

from .numbers import Quantity, find_quantities, trie_pattern

COLUMNS = ["count_id", "article_id", "sentence_id", "start", "end", "text", "value", "low", "high", "qualifier", "category", "group", "place", "date", "part_of", "source_phrase"]

# --------------------------------------------------------------------------- lexicons
#: Leaving one's home ("forced to abandon their homes", "driven from their villages"): verb x
#: possessive x home word, a word family read as ``displaced``.
_HOME_LEAVING = tuple(
    f"{verb} {poss} {home}"
    for verb in ("abandon", "abandoned", "abandoning", "leave", "left", "leaving", "flee", "fled",
                 "fleeing", "forced from", "driven from", "forced out of", "driven out of",
                 "expelled from", "uprooted from", "evicted from")
    for poss in ("their", "his", "her", "our")
    for home in ("home", "homes", "house", "houses", "homeland", "land", "lands", "village",
                 "villages", "towns")
)
#: Displacement cues that count only people at large (:data:`_POPULATION_GROUPS`): arriving
#: from a place, being taken in, sheltered, hosted or housed. "The hall sheltered 350
#: people" is displacement; "the summit hosted 40 leaders" or "12 deputies arrived from
#: Paris" is not. Read only next to the count (never as the clause's predicate): arrivals
#: after it ("100,514 people arrived from the region"); hosting verbs before it, whose
#: object the displaced are ("took in up to 15,000 people"), or after it only in the passive
#: ("350 people were sheltered"; in "a town of 20,000 people took in 5,000 refugees" the
#: 20,000 are the hosts).
_ARRIVAL_CUES = ("arrived from", "arrive from", "arrives from", "arriving from",
                 # crossing over: "some 115,000 people crossed into Armenia"
                 "crossed into", "cross into", "crossing into", "crossed the border", "poured into",
                 "streamed into", "flooded into")
_HOSTING_CUES = (
    "took in", "taken in", "take in", "takes in", "taking in", "sheltered", "sheltering",
    "shelters", "hosted", "hosting", "hosts", "housed", "housing",
)
_POPULATION_CUES = _ARRIVAL_CUES + _HOSTING_CUES

#: Category cue words and phrases (matched case-insensitively on word boundaries).
CUES: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed", "kill", "kills", "killing", "killings", "died", "die", "dies", "dying", "dead",
        "death", "deaths", "death toll", "fatalities", "fatality", "perished", "massacred",
        "slain", "executed", "murdered", "lost their lives", "lost his life", "lost her life",
        "shot dead", "bodies", "lives", "remains of", "bodies of", "body of", "fatal",
    ),
    "injured": (
        "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt",
        "hospitalized", "hospitalised",
    ),
    "missing": (
        "missing", "disappeared", "unaccounted for", "went missing", "whereabouts unknown",
        "whereabouts are unknown", "whereabouts remain unknown", "whose whereabouts", "whose fate",
        "fate unknown", "fate is unknown", "fate remains unknown", "fates remain unknown",
        "fate is still unknown", "fate of", "fates of",  # "fate of" only with an unknown fate
    ),
    "displaced": (
        "displaced", "displacing", "displacement", "fled", "flee", "flees", "fleeing", "exodus",
        "evacuated", "evacuation", "evacuees", "expelled", "expulsion", "deported", "deportation",
        "forced out", "driven out", "forcibly removed", "uprooted", "refugees", "refugee", "IDPs",
        "relocated", "forced to leave", "ethnically cleansed", "forced to abandon",
        *_HOME_LEAVING, *_POPULATION_CUES,
    ),
    "remaining": (
        "remained", "remain", "remains", "remaining", "stayed", "stay", "stays", "staying",
        "stayed behind", "still live", "still lives", "still living", "left behind", "are left",
        "were left", "is left", "was left",
    ),
    "detained": (
        "detained", "detaining", "detention", "arrested", "arresting", "arrests", "arrest",
        "held", "holding", "hold", "holds", "imprisoned", "imprisonment", "jailed", "captured", "abducted",
        "kidnapped", "taken prisoner", "taken hostage", "taken captive", "in custody",
        "behind bars", "custody", "prisoners", "prisoner", "detainees", "captives", "hostages", "POWs",
        "incarcerated", "remanded", "held captive", "held hostage", "locked up", "under arrest",
        "in jail", "in prison", "in detention", "rounded up",
    ),
    "sentenced": (
        "sentenced", "sentencing", "convicted", "found guilty", "life terms", "life sentences",
        "prison terms", "jail terms", "prison sentences", "life in prison",
    ),
    "released": (
        "released", "releasing", "release", "freed", "pardoned", "handed over", "repatriated",
        "exchanged", "swapped", "set free", "amnestied",
    ),
    "returned": (
        "returned", "returning", "returnees", "return", "went back", "came back", "gone back",
        "moved back", "resettled", "resettlement",
    ),
}

#: Cues read only right after the counted noun ("100,000 Armenians left"): before a
#: number they mean something else ("the attack left 20 dead").
RIGHT_ONLY_CUES: dict[str, str] = {"left": "displaced", "leave": "displaced", "leaving": "displaced"}

#: Plural people nouns -> (group as reported, inherent category or None).
_PLAIN = (
    "people", "persons", "individuals", "civilians", "children", "kids", "minors", "infants",
    "babies", "boys", "girls", "women", "men", "elderly", "pensioners", "residents",
    "inhabitants", "citizens", "nationals", "locals", "villagers", "families", "households",
    "soldiers", "servicemen", "servicemembers", "troops", "personnel", "officers", "policemen",
    "fighters", "militants", "combatants", "conscripts", "reservists", "volunteers",
    "peacekeepers", "rescuers", "medics", "doctors", "nurses", "journalists", "reporters",
    "students", "pupils", "teachers", "workers", "employees", "officials", "leaders",
    "politicians", "ministers", "deputies", "lawmakers", "mps", "senators", "parliamentarians",
    "members", "delegates", "representatives", "diplomats", "activists", "protesters",
    "protestors", "demonstrators", "participants", "signatories", "pilgrims", "clergy",
    "priests", "monks", "christians", "others", "victims", "survivors", "shepherds", "herders",
    "farmers", "miners", "drivers", "guards", "patients", "fishermen", "hunters", "firefighters",
    "militiamen", "gunmen", "attackers", "rebels", "insurgents", "separatists", "settlers",
    "migrants", "tourists", "passengers", "sailors", "pilots", "engineers", "lawyers", "judges",
    "nuns", "bishops", "clerics", "mourners", "worshippers", "defendants", "suspects", "relatives",
    "mothers", "fathers", "sons", "daughters", "teenagers", "youths", "adults", "newborns",
    "orphans", "veterans", "crew", "academics", "scientists", "artists", "writers", "athletes",
    "opposition figures", "human rights defenders", "casualties", "compatriots", "countrymen",
    "presidents", "commanders", "generals", "mayors", "governors", "ambassadors", "envoys",
    "witnesses", "supporters", "staffers", "monitors", "observers", "experts", "inspectors",
    "labourers", "laborers", "prosecutors", "sponsors", "cosponsors", "colleagues", "faithful",
    "believers", "parishioners", "congregants", "worshipers", "petitioners", "campaigners",
    "advocates", "organizers", "organisers", "attendees", "marchers", "followers",
)
_DEMONYMS = (
    "Armenians", "Azerbaijanis", "Azeris", "Russians", "Georgians", "Iranians", "Turks",
    "Ukrainians", "Syrians", "Kurds", "Yazidis", "Assyrians", "Greeks", "Karabakhis",
    "Artsakhtsis", "Europeans", "Americans", "Armenian-Americans",
)
_INHERENT = {
    "refugees": "displaced", "evacuees": "displaced", "idps": "displaced", "exiles": "displaced",
    "deportees": "displaced", "asylum-seekers": "displaced",
    "prisoners": "detained", "detainees": "detained", "captives": "detained",
    "hostages": "detained", "pows": "detained", "inmates": "detained",
    "returnees": "returned",
}
#: Nouns that name the category itself; the group is then not stated ("").
_CATEGORY_NOUNS = {
    "dead": "killed", "deaths": "killed", "fatalities": "killed",
    "bodies": "killed", "lives": "killed", "killed": "killed",
    "wounded": "injured", "injured": "injured", "injuries": "injured",
    "missing": "missing", "displaced": "displaced",
}
#: Of these, the ones that are adjectives: a head only when no noun follows.
_ADJECTIVE_HEADS = {"dead", "killed", "wounded", "injured", "missing", "displaced"}
#: Singular nouns (a count only for "one"), mapped to their plural group.
_SINGULAR = {
    "person": "people", "civilian": "civilians", "child": "children", "woman": "women",
    "man": "men", "soldier": "soldiers", "serviceman": "servicemen", "resident": "residents",
    "refugee": "refugees", "prisoner": "prisoners", "detainee": "detainees",
    "hostage": "hostages", "captive": "captives", "journalist": "journalists",
    "officer": "officers", "boy": "boys", "girl": "girls", "citizen": "citizens",
    "peacekeeper": "peacekeepers", "villager": "villagers", "senator": "senators",
    "deputy": "deputies", "member": "members", "official": "officials", "leader": "leaders",
    "commander": "commanders", "doctor": "doctors", "nurse": "nurses", "delegate": "delegates",
    "lawmaker": "lawmakers", "student": "students", "worker": "workers",
}
#: Group nouns whose capitalised modifier names where they live ("Artsakh residents").
_RESIDENT_NOUNS = {"residents", "inhabitants", "villagers", "locals", "citizens"}

#: Categories that say what state remaining people are in ("remain missing", "remain in custody").
_STATES = {"missing", "detained", "injured", "displaced"}

#: Words before a number that make it name people already known rather than count them.
_DEFINITE = {"the", "these", "those", "both", "its", "their", "his", "her", "our", "all"}

#: Cues too common in other senses to be read beyond the words next to the count ("hold talks").
_ADJACENT_ONLY = {"hold", "holds", "held", "holding", "return", "release", "stay", "remain",
                  *_POPULATION_CUES}

#: Words that never modify a counted noun (so "5 years in prison for Armenians" is no count).
_STOP = set("""
a an the of in on at to from by with for as per than into onto over under about after before
during since until while when where who whom whose which that this these those their his her its
our your my and or but nor not no were was are is be been being have has had do does did will
would shall should can could may might must also said says say told according including among
between within without against toward towards via through across around near plus each every
""".split())

#: Adjectives allowed between a number and its noun, beyond capitalised words and cue words.
_MODIFIERS = set("""
more other others additional further young old elderly small innocent unarmed local former
political foreign ethnic many new fellow total adult underage minor female male military
civil native indigenous remaining surviving captured missing wounded injured dead killed
""".split())
_ADJ_SUFFIX = re.compile(r"(?:ed|al|ic|ian|ish|ese|ous|ive|less|ful|ary|an|i)$")

LEFT_GLUE = set("""
the a an of to at by total some another further additional reportedly allegedly also now has
have had been is was were are rose risen climbed reached stood stands stand hit exceeded
surpassed passed topped increased number numbered put estimated officially its their
nearly approximately
""".split())
RIGHT_GLUE = set("""
were was are is have has had been being be reportedly allegedly also still later now already
who that which got to forced reported believed feared thought said confirmed known presumed
all since subsequently eventually initially then had subsequently each received receive got given
handed faced serving among the found listed registered as
""".split())

BREAKDOWN_CUES = r"including|among\s+them|among\s+whom|among\s+those|among\s+the\s+\w+|of\s+whom|of\s+them|of\s+which|such\s+as|\("

CATEGORY_EVENT_TYPES = {
    "displaced": {"displacement"},
    "killed": {"offensive"},
    "injured": {"offensive"},
    "missing": {"offensive"},
    "detained": {"detention"},
    "sentenced": {"sentence", "trial"},
    "released": {"release"},
    "returned": {"displacement"},
}

MONTHS_AND_DAYS = set("""
January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday
Sunday I The This That These Those
""".split())

WORD_RE = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*|\d[\d,.]*|[^\w\s]")
_OF_WAR = re.compile(r"\s+of\s+war\b", re.I)
_BE_GAP = re.compile(r"\s+(?:(?:were|are|was|is|being|have\s+been|had\s+been)\s+)?", re.I)
_BE_WORD = re.compile(r"\b(?:were|was|are|is|been|being|be)\b", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")
_COMMA = re.compile(r"\s*,")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w’'\-]*)")
_INCLUDE_END = re.compile(r"includ\w*\s*$", re.I)
_LINK_END = re.compile(r"(?:[,;:—–-]|\band)\s*$")
_STRONG_PUNCT = re.compile(r"[;:]")


#: Verbs of demand and appeal whose object is a requested act (see :func:`_demanded`).
_DEMAND_VERBS = (
    r"call(?:s|ed|ing)?\s+(?:for|on|upon)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?"
    r"|(?-i:appeal)(?:s|ed|ing)?\s+(?:for|to)|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for"
    r"|press(?:es|ed|ing)?\s+(?:[A-Z][\w’'.-]*\s+){0,3}for|insist(?:s|ed|ing)?\s+on|plead(?:s|ed|ing)?\s+(?:for|with)"
    r"|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)\s+for|campaign(?:s|ed|ing)?\s+for")
#: The words between a demand verb and its act: no clause of its own ("urged an inquiry, and
#: troops killed ...", "sought to learn whether ..."); "demanded that police arrest" is a demand.
_DEMAND_GAP = r"(?:\s+(?!(?:whether|if|and|but|said|says|while|when|after|because)\b)[^\s,;.]+){0,4}\s*$"
#: "ask"/"press" are demands only with an object and "to" right before the act ("asked Baku
#: to release", "pressed the government to free").
_ASK_TO = r"\b(?:ask|press)(?:s|es|ed|ing)?(?:\s+[^\s,;.]+){1,3}\s+to\s*$"


@lru_cache(maxsize=1)
def _compiled() -> dict:
    cue_of = {" ".join(w.lower().split()): cat for cat, words in CUES.items() for w in words}
    cue_of.update(RIGHT_ONLY_CUES)
    alt = trie_pattern(cue_of)
    people: dict[str, tuple[str, str | None]] = {}
    for w in _PLAIN:
        people[w] = (w if w != "mps" else "MPs", None)
    for w in _DEMONYMS:
        people[w.lower()] = (w, None)
    for w, cat in _INHERENT.items():
        people[w] = ({"idps": "IDPs", "pows": "POWs"}.get(w, w), cat)
    for w, cat in _CATEGORY_NOUNS.items():
        people[w] = ("", cat)
    return {
        "cue": re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])", re.I),
        "cue_of": cue_of,
        "people": people,
        "boundary": re.compile(
            r"[,;:()“”\"—–]|\s-\s|\.(?:\s|$)|\b(?:who|which|whom|whose|that|after|before|when|while"
            r"|because|although|though|but|since|until|whereas|where)\b", re.I),
        "breakdown_gap": re.compile(
            rf"^\s*,?\s*(?:{BREAKDOWN_CUES})(?:\s|,|\band\b|\bas\s+well\s+as\b|\bwere\b|\bare\b)*$", re.I),
        "chain_gap": re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?$", re.I),
        "list_gap": re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as)\s+)?$", re.I),
        "sentence_breakdown": re.compile(r"^\W*(?:among\s+(?:them|those|whom|the\s+\w+)|of\s+(?:them|those|these))\b", re.I),
        "irrealis": re.compile(
            r"\b(?:" + _DEMAND_VERBS + r"|right\s+to|rights?\s+of|will|would"
            r"|should|could|may|might|must|ensure|secure|guarantee|allow|enable|plan(?:s|ned)?\s+to"
            r"|safe|dignified|voluntary|eventual)\b"
            r"(?:\s+\S+){0,4}\s*$|" + _ASK_TO, re.I),
        # the requested act of a demand or appeal ("calls on Baku to release", "demanded the
        # arrest of"): its object's people are not (yet) in that state
        "demand": re.compile(r"\b(?:" + _DEMAND_VERBS + r")\b" + _DEMAND_GAP + "|" + _ASK_TO, re.I),
        "place": re.compile(
            r"\b(?P<prep>into|to|towards?|out\s+of|from|in|inside|within|at|near|outside|around|across"
            r"|throughout)\s+(?:the\s+)?"
            r"(?P<place>[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*)*)"),
        "according": re.compile(
            r"\b(?:according\s+to|citing|cited\s+by|as\s+reported\s+by|reported\s+by|as\s+per)\s+"
            r"[^,.;:()“”\"]+", re.I),
        "reporting": re.compile(
            r"(?:\b(?:(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}|he|she|they|it|officials|authorities"
            r"|the\s+(?:[a-z]+\s+){0,2}(?:ministry|office|ombudsman|government|agency|committee"
            r"|organi[sz]ation|service|spokesman|spokeswoman|spokesperson|authorities|officials)))"
            r"\s+(?:said|says|reported|reports|announced|stated|told|estimated|estimates|claimed"
            r"|claims|confirmed|confirms|noted|wrote|tweeted|posted)\b"),
        # a necessary condition of "reporting", cheap to test first
        "reporting_verb": re.compile(
            r"\s(?:said|says|reported|reports|announced|stated|told|estimated|estimates|claimed"
            r"|claims|confirmed|confirms|noted|wrote|tweeted|posted)\b"),
        "of_partitive": re.compile(r"\s+of\s+(?P<det>whom|them|which|those|these|the|its|their)\b", re.I),
        "of_plain": re.compile(r"\s+of(?:\s+(?:the|those|these|its|their|our|his|her|your|my))?\b", re.I),
        "subject_verb": re.compile(
            r"\s+(?:(?:were|was|are|is|have|has|had|been|being|got|reportedly|allegedly|also"
            r"|still|later|all|\w+ly)\s+){0,4}", re.I),
        "aside": re.compile(r"\s*(?:,[^,;:.()“”\"]{1,60},|\([^()]{1,60}\)|\s[—–][^—–]{1,60}[—–])\s*"),
        "unknown_noun": re.compile(
            r"(?:\s+(?:[A-Z][\w’'\-]*|\[[A-Za-z]+\]))?\s+(?P<noun>[a-z]+(?:s|men|people|folk))\b(?![\w’'\-])"),
        "human_verb": re.compile(
            r"kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing)|arrested|detained|evacuated|executed"
            r"|massacred|murdered|sentenced|convicted|kidnapped|abducted|deported|expelled", re.I),
        "of_number": re.compile(
            r"\s+of\s+(?:(?:the|its|their|an\s+estimated|some|about|around|nearly|almost|roughly)\s+"
            r"|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*['’]s?\s+)*", re.I),
        "number_of": re.compile(
            r"\b(?:number|total|tally|count)\s+of\s+(?P<np>[\w’'\- ]{1,50}?)\s+(?:(?:has|had|have|now|already)\s+)*"
            r"(?:rose|risen|rises|climbed|reached|reaches|stood|stands|is|was|hit|exceeded|exceeds|topped"
            r"|passed|surpassed|increased|grew|jumped)(?:\s+(?:to|at))?\s+$", re.I),
        "number_at": re.compile(
            r"\b(?:put|puts|putting|placed|places|place|estimated|estimates|estimate|set|sets)\s+"
            r"(?:the\s+)?(?:number|total|tally|count)\s+of\s+(?P<np>[\w’'\- ]{1,60}?)\s+at\s+$", re.I),
        # the size of a gathering: "put the turnout at about 5,000", "estimated the crowd at 3,000"
        "crowd_at": re.compile(
            r"\b(?:put|puts|putting|placed|places|place|estimated|estimates|estimate|set|sets)\s+"
            r"(?:the\s+|its\s+|their\s+)?(?P<np>crowd|turnout|attendance|number\s+of\s+(?:protesters|demonstrators|"
            r"marchers|participants))(?:\s+size)?\s+at\s+$", re.I),
        "state_gap": re.compile(r"\s+(?:(?:in|under|at|on|the|their|his|her|its|[A-Z][\w’'\-]*|[\w\-]+['’]s?)\s+){0,3}"),
        "subject_noun": re.compile(r"\s+(?:were|are|was|is)\s+", re.I),
        "breakdown_before": re.compile(
            r"(?:including|among\s+them|among\s+whom|among\s+those|of\s+whom|of\s+them|such\s+as"
            r"|(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)(?<!n’t\s)\binclud(?:e|es|ed))"
            r"(?:\s+(?:were|are|was|is))?\s*$", re.I),
        # the cue right before a number with no noun: "of whom about 20,000", "among them 15"
        "lead_breakdown": re.compile(
            r"(?:including|among\s+them|among\s+whom|among\s+those|of\s+whom|of\s+them)"
            r"(?:\s+(?:were|are|was|is))?\s*$", re.I),
        "whom_before": re.compile(r"(?:of|among)\s+whom(?:\s+(?:were|are|was|is))?\s*$", re.I),
        "among_them": re.compile(r"\bamong\s+(?:them|those|these)\b", re.I),
        "strong_boundary": re.compile(r"[;:]|\b(?:while|whereas|but|and)\b", re.I),
        "of_the_opening": re.compile(r"^\W*(?:of|among)\s+(?:the|these|those|all\s+the)\b", re.I),
        "finite_after": re.compile(r"\s+(?:were|was|are|is|have|has|had|will)\b", re.I),
        "alone": re.compile(r"(?<!\bleft\s)(?<!\bleave\s)(?<!\blive\s)(?<!\blived\s)(?<!\blives\s)"
                            r"(?<!\bliving\s)(?<!\bstand\s)(?<!\bstood\s)(?<!\bbe\s)(?<!\bwas\s)"
                            r"(?<!\bwere\s)(?<!\bare\s)(?<!\bis\s)\balone\b", re.I),
        # ----- anaphoric counts: a number whose people are named before it
        "anaphor_det": re.compile(
            r"(?<![\w’'\-])(?:(?P<rest>the\s+(?:remaining|other|last))|(?P<another>another|a\s+further"
            r"|an\s+additional))\s+$", re.I),
        "verb_after": re.compile(
            r"\s+(?:(?:also|still|later|then|now|all|each|reportedly|allegedly|[a-z]+ly)\s+){0,2}"
            r"(?:were|was|are|is|have|has|had|got|gets|get|received|receive|receives|remain|remains"
            r"|will|would|could|can|may|might|must|face|faces|went|fled|left|came|took|spent|lost"
            r"|fell|ran|hid|[a-z]{3,}ed|voting|abstaining|backing|opposing|supporting)\b", re.I),
        "elliptical": re.compile(
            r"\s*(?:[,;:.)—–]|$|\s(?:on|in|at|from|by|during|since|after|before|last|this|across"
            r"|when|while|and|but|as)\b)", re.I),
        "subject_lead": re.compile(r"(?:^|[,;]|\b(?:and|while|whereas|but))\s*$", re.I),
        "sibling_gap": re.compile(r"[^.:;()“”\"]*?(?:,|\s(?:and|while|whereas|but))\s*$", re.I),
        "whole_left": re.compile(
            r"\b(?:of|among)\s+(?:the|these|those|its|their)\s+(?:[\w’'\-]+['’]s?\s+)?$", re.I),
        "unknown_fate": re.compile(
            r"\b(?:unknown|unclear|not\s+known|uncertain|unaccounted|undetermined|a\s+mystery)\b", re.I),
        # ----- the setting of a paragraph: its people are displaced
        "displaced_setting": re.compile(
            r"\b(?:refugees?|evacuees?|IDPs?|displaced|deportees|exiles|asylum[- ]seekers?)\b", re.I),
        "population_left": re.compile(
            r"\b(?:has|have|had|having|home\s+to|(?<!total\s)(?<!number\s)of)\s+$", re.I),
    }


# --------------------------------------------------------------------------- reading one count
@dataclass
class _Count:
    q: Quantity
    start: int  # sentence-relative phrase
    end: int
    group: str
    noun_start: int  # where the people noun starts (== end when there is none)
    inherent: str | None
    partitive: bool  # "N of whom/them/which"
    category: str = ""
    how: str = ""
    parent: int | None = None
    place: str = ""
    date: str = ""
    source: str = ""
    definite: bool = False  # "the two ministers": people already named, not counted
    anaphor: str = ""  # "rest" (the remaining N), "another" (another N), "subject" (N were ...)
    elliptical: bool = False  # an anaphor without a predicate of its own ("and another 30 on Friday")
    ante: int | None = None  # id of the count an anaphor refers back to
    whole_group: str = ""  # "4 of the 15 defendants": the group of the whole ("defendants")
    crisis: bool = False  # its sentence speaks of casualties, displacement or detention
    bare_part: bool = False  # "of whom about 20,000": a number after a breakdown cue, no noun
    antecedent: bool = False  # its people are named by a noun before it, not by a count
    alone: bool = False  # "strikes on Ganja alone killed 21": part of an earlier total


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def _glue(gap: str, glue: set[str], max_words: int = 3) -> bool:
    toks = _words(gap)
    if len(toks) > max_words:
        return False
    for t in toks:
        low = t.lower()
        if not t[0].isalpha():
            return False
        if low in glue or (low.endswith("ly") and t.islower() and len(low) > 4):
            continue
        return False
    return True


def _lookup(word: str) -> tuple[str, str | None] | None:
    people = _compiled()["people"]
    low = word.lower().rstrip(".")
    if low in people:
        return people[low]
    if "-" in low and low.rsplit("-", 1)[1] in people:
        group, cat = people[low.rsplit("-", 1)[1]]
        return (word.rstrip(".") if group else group), cat  # the group as written: "co-sponsors"
    return None


#: Tokens a noun phrase reads through: brackets of an edited quote ("[Armenian]") and quote
#: marks around a word (three former "presidents").
_OPENING_QUOTES = {'"', "“", "‘", "'"}
_CLOSING_QUOTES = {'"', "”", "’", "'"}
_TRANSPARENT = {"[", "]"} | _OPENING_QUOTES


def _is_modifier(tok: str) -> bool:
    if tok in _TRANSPARENT:
        return True
    if not tok[0].isalpha():
        return False
    low = tok.lower()
    if low in _STOP:
        return False
    if tok[0].isupper():
        return True
    # any other word may be a noun modifying the head ("aid workers", "border guards"): the
    # phrase still has to end in a people noun within three modifiers
    return low in _MODIFIERS or bool(_ADJ_SUFFIX.search(low)) or "-" in low or len(low) > 2


def _noun_phrase(s: str, pos: int, value: float, allow_of: bool) -> tuple[int, int, str, str | None, bool] | None:
    """The people noun after a number ending at *pos*: (noun_start, np_end, group, inherent, singular)."""
    c = _compiled()
    offset = pos
    m = c["of_plain"].match(s, pos) if allow_of else None
    if m:
        offset = m.end()
    n_mod = 0
    for tm in WORD_RE.finditer(s, offset):
        if tm.start() > offset and not s[offset:tm.start()].isspace():
            return None
        tok = tm.group(0)
        found = _lookup(tok) if tok[0].isalpha() else None
        singular = False
        if found is None and tok.lower() in _SINGULAR and value == 1:
            group = _SINGULAR[tok.lower()]
            found, singular = (group, _INHERENT.get(group)), True
        if found is not None:
            low = tok.lower()
            nxt = WORD_RE.match(s, len(s) - len(s[tm.end():].lstrip()))
            nxt_tok = nxt.group(0) if nxt else ""
            if nxt_tok[:1].isalpha() and (_lookup(nxt_tok) or ("",))[0] and n_mod < 3:
                n_mod += 1  # "displaced persons", "wounded soldiers", "elderly refugees"
                offset = tm.end()
                continue
            if low in _ADJECTIVE_HEADS:
                if nxt_tok[:1].isalpha() and nxt_tok.lower() not in _STOP:
                    if n_mod >= 3:  # "displaced Artsakh Armenians": read on; "missing monuments": no noun
                        return None
                    n_mod += 1
                    offset = tm.end()
                    continue
                if any(w.lower() not in _MODIFIERS for w in _words(s[pos:tm.start()]) if w[0].isalpha()
                       and w.lower() != "of"):
                    return None  # "the 1915 Genocide killed ...": an adjective heads only "20 (more) dead"
            end = tm.end()
            if end < len(s) and s[end] in _CLOSING_QUOTES and any(
                    q in s[pos:tm.start()] for q in _OPENING_QUOTES):
                end += 1  # three former "presidents"
            if low == "prisoners":  # "prisoners of war"
                pw = _OF_WAR.match(s, end)
                if pw:
                    end = pw.end()
            return tm.start(), end, found[0], found[1], singular
        if n_mod >= 3 or not _is_modifier(tok):
            return None
        if tok not in _TRANSPARENT:
            n_mod += 1
        offset = tm.end()
    return None


#: Words that may stand right before a number that is the subject of a casualty verb
#: ("At least 20 were killed", "officials said 20 were injured").
SUBJECT_LEFT = set("""
said says reported reports announced stated added confirmed and but while whereas that of those
these whom also another total further some only just with where when after as
""".split())


#: Cue words that are verbs (or predicates) even without an auxiliary: "5 died", "20 remain".
_BARE_VERBS = {"remain", "remains", "stay", "stays", "fled", "flee", "died", "die", "left", "dead",
               "missing", "hurt", "held", "slain", "return", "perished"}


def _read(s: str, q: Quantity, cues: list[tuple[int, int, str]], rcues: list[tuple[int, int, str]],
          clause_start: int) -> _Count | None:
    """A count of people at quantity *q* of sentence *s*, or None.

    *cues* are the sentence's category cues; *rcues* also holds the right-only ones.
    """
    c = _compiled()
    part = c["of_partitive"].match(s, q.end)
    if part and part.group("det").lower() in {"whom", "them", "which"}:
        # "6 of whom were children", "20 of them were killed"
        after = part.end()
        m = _BE_GAP.match(s, after)
        np = _noun_phrase(s, m.end() if m else after, q.value, False)
        if np and not np[4]:
            return _Count(q, q.start, np[1], np[2], np[0], np[3], True)
        return _Count(q, q.start, after, "", after, None, True)
    if part and q.value == 1:
        return None  # "one of the detainees" names an individual
    np = _noun_phrase(s, q.end, q.value, True)
    bare_year = 1800 <= q.value <= 2100 and _FOUR_DIGITS.fullmatch(q.text) is not None
    if np:
        noun_start, end, group, inherent, singular = np
        if singular and q.value != 1:
            return None
        if bare_year and s[q.end:noun_start].strip():
            return None  # "the 1915 Armenian Genocide": a year unless the noun follows at once
        return _Count(q, q.start, end, group, noun_start, inherent, False)
    tot = c["number_of"].search(s, max(0, q.start - 90), q.start) \
        or c["number_at"].search(s, max(0, q.start - 100), q.start)
    if tot:  # "the number of displaced Armenians rose to over 100,000", "put the number ... at"
        words = tot.group("np").split()
        found = [(w, _lookup(w)) for w in words if _lookup(w) is not None]
        cue = next((cat for _, _, cat in _cues(tot.group("np"))), None)
        if found or cue:
            group, inherent = found[-1][1] if found else ("", None)
            return _Count(q, q.start, q.end, group, q.end, cue or inherent, False)
    crowd = c["crowd_at"].search(s, max(0, q.start - 60), q.start)
    if crowd:  # "police estimated the crowd at 3,000 to 3,500": people gathered, no category of its own
        return _Count(q, q.start, q.end, crowd.group("np").split()[-1].lower(), q.end, None, False)
    sn = c["subject_noun"].match(s, q.end)
    if sn:  # "Of the 223 people killed, 20 were civilians"
        np = _noun_phrase(s, sn.end(), q.value, False)
        if np and not np[4] and np[2]:
            return _Count(q, q.start, np[1], np[2], np[0], np[3], True)
    if not bare_year and c["lead_breakdown"].search(s, max(0, q.start - 30), q.start):
        # "the displaced people, of whom about 20,000 still live ...": the people named before
        return _Count(q, q.start, q.end, "", q.end, None, True, bare_part=True)
    if bare_year:
        return None
    # A noun the lexicon lacks, right after a verb that only takes people: "killed 7 lumberjacks"
    m = c["unknown_noun"].match(s, q.end)
    if m and m.group("noun").lower() not in _STOP:
        for cs, ce, cat in reversed(cues):
            if ce <= q.start and c["human_verb"].fullmatch(s, cs, ce) and _glue(s[ce:q.start], LEFT_GLUE):
                return _Count(q, q.start, m.end(), m.group("noun"), m.start("noun"), None, False)
    # No noun: the number must sit next to a casualty verb.
    nxt = _words(s[q.end:q.end + 30])
    if nxt and nxt[0][0].isalpha() and nxt[0].lower() not in _STOP | {"more"} and not any(
            cs == q.end + len(s[q.end:]) - len(s[q.end:].lstrip()) for cs, _, _ in rcues):
        return None  # "killed 20 cows"
    for cs, ce, cat in reversed(cues):
        if ce <= q.start and _glue(s[ce:q.start], LEFT_GLUE) and not _irrealis(s, cs, cat):
            return _Count(q, q.start, q.end, "", q.end, None, False)
    before = _words(s[clause_start:q.start])
    if before and before[-1].lower() not in SUBJECT_LEFT:
        return None  # "children under 18 were killed": 18 belongs to "children"
    for cs, ce, cat in rcues:
        if cs >= q.end:
            verb = s[cs:ce].lower()
            if c["subject_verb"].fullmatch(s, q.end, cs) and not _irrealis(s, cs, cat) and (
                    s[q.end:cs].strip() or verb.endswith("ed") or verb in _BARE_VERBS):
                return _Count(q, q.start, q.end, "", q.end, None, False)
            break
    return None


def _cues(s: str) -> list[tuple[int, int, str]]:
    """Every category cue of sentence *s*: (start, end, category); right-only cues as 'cat!'."""
    c = _compiled()
    out = []
    for m in c["cue"].finditer(s):
        key = " ".join(m.group(0).lower().split())
        cat = c["cue_of"][key]
        if key in ("fate of", "fates of") and not c["unknown_fate"].search(s, m.end(), m.end() + 60):
            continue  # "decide the fate of 15 detainees": no missing people
        out.append((m.start(), m.end(), cat + "!" if key in RIGHT_ONLY_CUES else cat))
    return out


def _irrealis(s: str, cue_start: int, category: str) -> bool:
    if category not in ("released", "returned"):
        return False
    return bool(_compiled()["irrealis"].search(s[max(0, cue_start - 60):cue_start]))


def _demanded(s: str, cue_start: int) -> bool:
    """True when the cue at *cue_start* is the act a demand or appeal asks for ("calls on Baku
    to release", "demanded the arrest of", "urged them to evacuate"): a count in its object
    takes the state its people are in, not the requested one. Read only for a cue before the
    count (a cue among or after its words, "20 detained activists", says what they are)."""
    return bool(_compiled()["demand"].search(s[max(0, cue_start - 60):cue_start]))


#: A named person coordinated with the count after a cue: "the life sentences of Arayik
#: Harutyunyan and three other former leaders", "sentenced Ruben Vardanyan and 14 others"
#: (only with "other(s)" after the number: the count and the person are one set).
_NAMED_CONJUNCT = re.compile(r"\s+(?:(?:of|for|against)\s+)?(?:[A-Z][\w’'\-.]*\s+){1,4}(?:,\s*)?and\s+")
_OTHER_AFTER = re.compile(r"\s+others?\b", re.I)


#: Groups that are people at large, the only ones :data:`_POPULATION_CUES` count as displaced.
_POPULATION_GROUPS = {
    "", "people", "persons", "individuals", "civilians", "children", "kids", "minors", "infants",
    "babies", "boys", "girls", "women", "men", "elderly", "pensioners", "residents", "inhabitants",
    "citizens", "nationals", "locals", "villagers", "families", "households", "others", "victims",
    "survivors", "compatriots", "countrymen", "orphans", "mothers", "relatives", "population",
    *(d for d in _DEMONYMS),
}
_POPULATION_CUE_SET = frozenset(_POPULATION_CUES)
_PASSIVE_HOSTING = {"sheltered", "hosted", "housed", "taken in"}


def _population_ok(s: str, cs: int, ce: int, cnt: "_Count") -> bool:
    """False for a hosting/arriving cue that does not make *cnt* displaced (see
    :data:`_POPULATION_CUES`): people not at large, or the cue on the wrong side."""
    cue = " ".join(s[cs:ce].lower().split())
    if cue not in _POPULATION_CUE_SET:
        return True
    if not (cnt.inherent == "displaced" or cnt.group in _POPULATION_GROUPS):
        return False
    if ce <= cnt.start:  # before the count: its object
        return cue not in _ARRIVAL_CUES
    if cs >= cnt.end and cue not in _ARRIVAL_CUES:  # after the count: only a passive
        return cue in _PASSIVE_HOSTING and _BE_WORD.search(s, cnt.end, cs) is not None
    return True


@lru_cache(maxsize=64)
def _boundaries(s: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of the clause boundaries of sentence *s* (cached: asked once per count)."""
    ms = list(_compiled()["boundary"].finditer(s))
    return tuple(m.start() for m in ms), tuple(m.end() for m in ms)


def _clause(s: str, start: int, end: int) -> tuple[int, int]:
    """The clause around s[start:end]: from the last boundary before it to the first after it."""
    starts, ends = _boundaries(s)
    k = bisect.bisect_right(ends, start)
    left = ends[k - 1] if k else 0
    j = bisect.bisect_left(starts, end)
    right = starts[j] if j < len(starts) else len(s)
    return left, right


def _categorize(s: str, cnt: _Count, cues, rcues, spans) -> None:
    """Set cnt.category and cnt.how from the cue rules (see the module doc)."""
    if cnt.how:
        return
    def usable(cue, own_span=False):
        cs, ce, cat = cue
        if _irrealis(s, cs, cat):
            return False
        if not _population_ok(s, cs, ce, cnt):
            return False
        if own_span:
            return True
        return not any(a <= cs and ce <= b for a, b in spans)

    # 1. a cue among the modifiers, between number and noun ("20 wounded soldiers")
    for cue in cues:
        cs, ce, cat = cue
        if cnt.q.end <= cs and ce <= cnt.noun_start and usable(cue, True):
            cnt.category, cnt.how = cat, "modifier"
            return
    # 2. a cue right before the number ("killed 223", "displacement of over 100,000")
    for cue in reversed(cues):
        cs, ce, cat = cue
        if ce <= cnt.start and (_glue(s[ce:cnt.start], LEFT_GLUE) or (
                _NAMED_CONJUNCT.fullmatch(s, ce, cnt.start) and _OTHER_AFTER.match(s, cnt.q.end)
                and not _compiled()["finite_after"].match(s, cnt.end))) \
                and usable(cue) and not _demanded(s, cs):
            if cat == "returned" and s[cs:ce].lower() in {"returned", "returning"}:
                cat = "released"  # "Baku returned 4 soldiers": handed over, not gone home
            if cat == "returned" and s[cs:ce].lower().startswith("resettle") and cnt.inherent == "displaced":
                cat = "displaced"  # "Canada resettled 300 refugees": still refugees
            cnt.category, cnt.how = cat, "left"
            return
    # 3. a cue right after the noun ("were forcibly displaced", "fleeing", "remained")
    after = [cue for cue in rcues if cue[0] >= cnt.end and usable(cue)]
    aside = _compiled()["aside"].match(s, cnt.end)  # "Two servicemen, aged 19 and 20, were wounded"
    # a count in apposition or before a participle takes the verb after one comma ("the whole
    # village, some 650 people, was forced to leave"; "11 activists, all held in custody")
    comma = _COMMA.match(s, cnt.end, cnt.end + 4)
    for k, cue in enumerate(after):
        cs, ce, cat = cue
        if _glue(s[cnt.end:cs], RIGHT_GLUE) or (aside and cs >= aside.end() and _glue(s[aside.end():cs], RIGHT_GLUE)) \
                or (comma and _glue(s[comma.end():cs], RIGHT_GLUE)):
            if cat == "remaining" and k + 1 < len(after) and after[k + 1][2] in _STATES \
                    and _compiled()["state_gap"].fullmatch(s, ce, after[k + 1][0]):
                cat = after[k + 1][2]  # "remain missing", "remained in custody"
            if cat in ("remaining", "returned") and cnt.inherent == "displaced" \
                    and (cat == "remaining" or s[cs:ce].lower().startswith("resettle")):
                cat = "displaced"  # "200 refugees still live in a sanatorium": still displaced;
                # "300 refugees were resettled in Canada": displaced again, not home
            cnt.category, cnt.how = cat, "right"
            return
        break


def _fallback(s: str, cnt: _Count, cues, spans) -> None:
    if cnt.inherent:
        cnt.category, cnt.how = cnt.inherent, "noun"
        return
    # the first predicate after the count in its clause ("The 120,000 Armenians of the region
    # were forced to flee"); nouns ("of detainees") and "hold" forms name something else
    _, b = _clause(s, cnt.end, cnt.end)
    for cs, ce, cat in cues:
        word = s[cs:ce]
        if cs < cnt.end or ce > b or _irrealis(s, cs, cat) or any(x <= cs and ce <= y for x, y in spans) \
                or _lookup(word) is not None or word.lower() in _ADJACENT_ONLY:
            continue
        nxt = WORD_RE.match(s, len(s) - len(s[ce:].lstrip()))
        if nxt is not None and nxt.group(0)[0].isalpha() and _lookup(nxt.group(0)) is not None:
            continue  # "escorted the evacuated villagers": a modifier of other people
        cnt.category, cnt.how = cat, "clause"
        return
    cnt.category, cnt.how = "other", "none"


def _place(s: str, cnt: _Count, mentions: list[tuple[int, int, str]], base: int) -> str:
    c = _compiled()
    a, b = _clause(s, cnt.end, cnt.end)
    found: dict[str, str] = {}
    for m in c["place"].finditer(s, cnt.end, b):
        name = m.group("place")
        words = name.split()
        while words and words[-1] in MONTHS_AND_DAYS:
            words.pop()
        if not words or words[0] in MONTHS_AND_DAYS:
            continue
        name = " ".join(words)
        nxt = _NEXT_LOWER.match(s, m.start("place") + len(name))
        if nxt and nxt.group(1) not in _STOP:
            continue  # "outside the French embassy": an adjective, not a place
        ps = m.start("place") + base
        pe = ps + len(name)
        types = {t for ms, me, t in mentions if ms < pe and me > ps}
        if types and not types & {"place", "government"}:
            continue
        prep = m.group("prep").lower()
        key = "to" if prep in {"to", "into", "toward", "towards"} else "from" if prep in {"from", "out of"} else "in"
        found.setdefault(key, name)
    order = ("to", "from", "in") if cnt.category == "displaced" else ("in", "from", "to")
    for key in order:
        if key in found:
            return found[key]
    if cnt.group in _RESIDENT_NOUNS and mentions:
        for tm in WORD_RE.finditer(s, cnt.q.end, cnt.noun_start):
            ts, te = tm.start() + base, tm.end() + base
            if tm.group(0)[0].isupper() and any(
                    ms <= ts and te <= me and t in {"place", "government"} for ms, me, t in mentions):
                return tm.group(0)
    return ""


def _source(s: str) -> str:
    c = _compiled()
    m = c["according"].search(s)
    if m is None and c["reporting_verb"].search(s):
        m = c["reporting"].search(s)
    return m.group(0).strip() if m else ""


def _anaphor(s: str, q: Quantity, clause_start: int, earlier: bool, has_prev: bool) -> _Count | None:
    """A number without a noun whose people were counted just before (see the module doc, 5).

    "the remaining 11 got 20 years", "another 30 on Friday", "and some 900 were over 80":
    only with a count of people earlier in the sentence (*earlier*) or in the previous
    sentence (*has_prev*), and only before a verb (or, after "another", with no predicate).
    """
    c = _compiled()
    if not (earlier or has_prev) or (q.value < 2 and not earlier) or q.value < 1 \
            or (1800 <= q.value <= 2100 and _FOUR_DIGITS.fullmatch(q.text)):
        return None
    verb = c["verb_after"].match(s, q.end)
    det = c["anaphor_det"].search(s[max(0, q.start - 20):q.start])
    if det is not None:
        elliptical = verb is None and c["elliptical"].match(s, q.end) is not None
        if verb is None and not elliptical:
            return None  # "the other 3 villages"
        kind = "rest" if det.group("rest") else "another"
        cnt = _Count(q, q.start - len(det.group(0)), q.end, "", q.end, None, False, anaphor=kind)
        cnt.elliptical = elliptical
        return cnt
    if verb is None:
        return None
    lead = s[clause_start:q.start]
    if lead.strip():  # "... were children and some 900 were ...": a connective after a count
        if not (earlier and c["subject_lead"].search(lead)):
            return None
    elif not (c["sentence_breakdown"].match(s) and (earlier or has_prev)) and not (
            earlier and c["subject_lead"].search(s[:clause_start])):
        return None  # a clause that opens with the number: after "Of them," or a count and a comma
    return _Count(q, q.start, q.end, "", q.end, None, False, anaphor="subject")


def _sentence_counts(s: str, cues, rcues, quantities, has_prev: bool = False) -> list[_Count]:
    c = _compiled()
    counts: list[_Count] = []
    whole: _Count | None = None  # "100,000 of the 120,000 Armenians": the 120,000
    for k, q in enumerate(quantities):
        a, _ = _clause(s, q.start, q.end)
        nxt = quantities[k + 1] if k + 1 < len(quantities) else None
        if nxt is not None and q.value > 1 and c["of_number"].fullmatch(s, q.end, nxt.start):
            np = _noun_phrase(s, nxt.end, nxt.value, False)
            if np and not np[4]:
                part = _Count(q, q.start, np[1], np[2], np[0], np[3], False, whole_group=np[2])
                whole = _Count(nxt, nxt.start, np[1], np[2], np[0], np[3], False)
                part.parent = id(whole)
                counts.append(part)
                continue
        if whole is not None and whole.q is q:
            # the set the part is drawn from: its noun's own category ("25 of the 140 hostages")
            whole.category, whole.how = whole.inherent or "other", "population"
            counts.append(whole)
            whole = None
            continue
        cnt = _read(s, q, cues, rcues, a)
        if cnt is None or (not cnt.group and cnt.noun_start == cnt.end and not cnt.partitive):
            # a bare number: its people may have been counted just before; the number just
            # before must be that count ("has 5,000 seats and the remaining 2,000")
            last = bool(counts) and counts[-1].q is quantities[k - 1] if k else has_prev
            ana = _anaphor(s, q, a, bool(counts) and last, has_prev and not k)
            if ana is None and cnt is not None:
                det = c["anaphor_det"].search(s[max(0, q.start - 20):q.start])
                if det is not None and det.group("rest"):
                    cnt = None  # "the remaining 200 are reserved": the rest of what was not counted
            cnt = ana or cnt
        if cnt is None and c["whole_left"].search(s[max(0, q.start - 40):q.start]) \
                and _COMMA.match(s, q.end):
            # "Of the 2,000, 500 were children": a whole named by its number alone
            cnt = _Count(q, q.start, q.end, "", q.end, None, False, category="other",
                         how="population", anaphor="whole")
        if cnt is not None:
            counts.append(cnt)
    return counts


#: Groups a count can share with the displaced people of the sentence before it.
_SETTING_GROUPS = {"", "people", "persons", "individuals", "families", "households", "others",
                   "children", "women", "men", "elderly"}


def _breakdown_cue(s: str, cnt: _Count) -> tuple[int | None, bool]:
    """Where the breakdown cue that introduces *cnt* starts, and whether it is "whom".

    "N of whom/them" (the cue is the number's own phrase: its start), "of whom N",
    "among them N", "including N" (the cue before the number); (None, False) otherwise.
    """
    c = _compiled()
    part = c["of_partitive"].match(s, cnt.q.end) if cnt.partitive and not cnt.bare_part else None
    if part is not None:
        if part.group("det").lower() in ("whom", "them"):
            return cnt.start, part.group("det").lower() == "whom"
        return None, False
    m = c["lead_breakdown"].search(s, max(0, cnt.start - 30), cnt.start)
    if m is None:
        return None, False
    return m.start(), c["whom_before"].search(s, m.start(), cnt.start) is not None


def _antecedent(s: str, cnt: _Count, lo: int, cue: int, cues, rcues, counts: list[_Count]) -> bool:
    """The people noun a breakdown cue refers to when it is not a count (module doc, 4).

    "the displaced people, of whom about 20,000 ...", "prisoners held in Baku, among them
    eight former officials": the last people noun in s[lo:cue], with at most four words
    after it. *cnt* takes its group (when it has none) and its category (as the noun's own,
    when its noun has none): a cue among the noun's modifiers, right before or right after
    it, else the noun's own meaning. Returns False when there is no such noun.
    """
    found = None
    for tm in WORD_RE.finditer(s, lo, cue):
        tok = tm.group(0)
        if tok[0].isalpha():
            hit = _lookup(tok)
            if hit is not None:
                found = (tm, hit)
    if found is None:
        return False
    tm, (group, inherent) = found
    if len([w for w in _words(s[tm.end():cue]) if w[0].isalnum()]) > 4:
        return False
    np_start, n = tm.start(), 0
    for w in reversed(list(WORD_RE.finditer(s, lo, tm.start()))):
        if n >= 3 or not w.group(0)[0].isalpha() or w.group(0).lower() in _STOP:
            break
        np_start, n = w.start(), n + 1
    pseudo = _Count(replace(cnt.q, start=np_start, end=np_start), np_start, tm.end(), group,
                    tm.start(), inherent, False)
    _categorize(s, pseudo, cues, rcues, [(x.start, x.end) for x in counts])
    category = pseudo.category if pseudo.how else inherent
    cnt.antecedent = True
    if not cnt.group:
        cnt.group = group or s[np_start:tm.end()]
    if cnt.inherent is None and category and category != "other":
        cnt.inherent = category
    return True


def _opened_whole(s: str, counts: list[_Count], k: int) -> None:
    """"Of the 332 senators who took part, 331 backed it": a sentence that opens with "Of the
    N ..." names a whole; the first count after the comma that closes the opening is its part."""
    c = _compiled()
    whole, cnt = counts[0], counts[k]
    if not c["of_the_opening"].match(s) or not c["whole_left"].search(s, 0, whole.start):
        return
    comma = s.find(",", whole.end)
    if comma < 0 or s[comma + 1:cnt.start].strip() or cnt.q.value > whole.q.value:
        return
    cnt.parent = id(whole)


def _last_total(prev: list[_Count]) -> _Count:
    """What "them" refers to in a sentence after *prev*: its last count, or the total of the
    list of parts that closes it ("... including 30,000 children and 18,000 elderly. Among
    them ...": all of the people, not the elderly)."""
    last = prev[-1]
    if last.parent is not None:
        whole = next((x for x in prev if id(x) == last.parent), None)
        if whole is not None and sum(x.parent == last.parent for x in prev) >= 2:
            return whole
    return last


def _restated_wholes(s: str, counts: list[_Count], earlier: list[tuple[int, int, _Count]]) -> None:
    """Drop a whole that restates an earlier count; its parts become parts of that count.

    A whole is the set a part is drawn from: "4 of the 15 defendants" (the 15), "Of the 90
    people killed, 20 were soldiers" (the 90). When a count of the same value came before
    (earlier in the article or the sentence), the whole names those people again.
    """
    c = _compiled()
    for cnt in list(counts):
        children = [x for x in counts if x.parent == id(cnt)]
        if cnt.how != "population" and not (
                children and c["whole_left"].search(s[max(0, cnt.start - 40):cnt.start])):
            continue
        child_ids = {id(x) for x in children}
        pool = [x for _, _, x in earlier] + [x for x in counts if x.start < cnt.start and id(x) not in child_ids]
        same = next((x for x in reversed(pool) if x.q.value == cnt.q.value and x is not cnt), None)
        if same is None and cnt.anaphor != "whole":
            continue  # a whole stated here for the first time is a count
        for x in children:
            x.parent = id(same) if same is not None else None
        counts[:] = [x for x in counts if x is not cnt]


def _resolve_anaphors(s: str, counts: list[_Count], prev_sentence: list[_Count],
                      by_id: dict[int, _Count]) -> None:
    """Parent and group of anaphoric counts; coordinated parts share their total (module doc, 4 and 5)."""
    c = _compiled()
    for k, cnt in enumerate(counts):
        if not cnt.anaphor and not (cnt.partitive and k):
            continue
        pool = counts[:k] if k else prev_sentence
        ante = next((x for x in reversed(pool) if x.how != "population"), None)
        if ante is None:
            continue
        whole = by_id.get(ante.parent) if ante.parent is not None else None
        if cnt.parent is None and whole is not None and cnt.q.value <= whole.q.value and (
                cnt.anaphor == "rest" or (k and c["sibling_gap"].fullmatch(s, ante.end, cnt.start))):
            cnt.parent = ante.parent  # "Of them, 30 were women and 12 were over 70"
        if not cnt.anaphor:
            continue
        cnt.ante = id(ante)
        if cnt.parent is not None:  # one of the parts: the whole's people
            same = cnt.parent == ante.parent and ante.whole_group
            cnt.group = ante.whole_group if same else by_id[cnt.parent].group
        else:
            cnt.group = ante.whole_group or ante.group


def _displaced_setting(text: str, prev: tuple[int, int], sstart: int, s: str, cnt: _Count) -> bool:
    """True when a count with no cue in its sentence is about the displaced people of the
    sentence before, in the same paragraph ("... refugees live in a sanatorium. It housed up to
    400 people"); a population ("the town has 20,000 people") is not."""
    c = _compiled()
    ps, pe = prev
    if cnt.group not in _SETTING_GROUPS or pe <= ps or "\n" in text[pe:sstart]:
        return False
    if c["population_left"].search(s[max(0, cnt.start - 24):cnt.start]):
        return False
    return c["displaced_setting"].search(text, ps, pe) is not None


def _article_rows(article_id: str, text: str, sents: list[tuple[int, int, int, bool]],
                  events: list[tuple] | None, mentions: list[tuple[int, int, str]]) -> list[dict]:
    """The count rows of one article; *sents* is (sentence_id, start, end, may hold a number)."""
    c = _compiled()
    all_counts: list[tuple[int, int, _Count]] = []  # (sentence_id, sentence start, count)
    by_id: dict[int, _Count] = {}
    prev_sentence: list[_Count] = []
    prev_span = (0, 0)  # the previous sentence, whether or not it holds a number
    for sid, sstart, send, candidate in sents:
        before_span, prev_span = prev_span, (sstart, send)
        if not candidate:
            prev_sentence = []
            continue
        s = text[sstart:send]
        qs = [q for q in find_quantities(s) if q.kind == "cardinal"]
        if not qs:
            prev_sentence = []
            continue
        found = _cues(s)
        rcues = [(a, b, cat.rstrip("!")) for a, b, cat in found]
        cues = [cue for cue in found if not cue[2].endswith("!")]
        counts = _sentence_counts(s, cues, rcues, qs, bool(prev_sentence))
        if not counts:
            prev_sentence = []
            continue
        # breakdowns
        local = {id(x): x for x in prev_sentence + counts}
        for k, cnt in enumerate(counts):
            cue, whom = _breakdown_cue(s, cnt)
            if cue is not None and (k == 0 or whom) and _antecedent(
                    s, cnt, counts[k - 1].end if k else 0, cue, cues, rcues, counts):
                continue  # "the displaced people, of whom about 20,000 ...": no count to be part of
            if k and c["breakdown_before"].search(s, 0, cnt.start) and (
                    cnt.q.value <= counts[k - 1].q.value
                    or not _INCLUDE_END.search(s, counts[k - 1].end, cnt.start)):
                cnt.parent = id(counts[k - 1])  # "..., among them four civilians"
            for j in range(k - 1, -1, -1):
                if cnt.parent is not None:
                    break
                gap = s[counts[j].end:cnt.start]
                for mid in counts[j + 1:k]:
                    gap = gap.replace(s[mid.start:mid.end], " ")
                if j < k - 1 and c["finite_after"].match(s, cnt.end):
                    break  # "including 6 children, and 25 people were evacuated": a clause of its own
                if c["breakdown_gap"].match(gap) or (
                        cnt.partitive and j == k - 1 and len(_words(gap)) <= 4
                        and _LINK_END.search(gap)):
                    cnt.parent = id(counts[j])
            if cnt.parent is None and k and whom and not _STRONG_PUNCT.search(s, counts[k - 1].end, cnt.start):
                cnt.parent = id(counts[k - 1])  # "101,848 refugees ... in Armenia, up to 9,000 of whom"
            if cnt.parent is None and k:
                _opened_whole(s, counts, k)  # "Of the 332 senators who voted, 331 backed it"
            if cnt.parent is None and k and counts[k - 1].parent in local \
                    and counts[k - 1].end <= cnt.start and counts[k - 1].parent != id(cnt) \
                    and c["list_gap"].match(s[counts[k - 1].end:cnt.start]) \
                    and not c["finite_after"].match(s, cnt.end) \
                    and cnt.q.value <= local[counts[k - 1].parent].q.value:
                cnt.parent = counts[k - 1].parent  # "including 900 children and 300 elderly"
            if cnt.parent is None and k == 0 and prev_sentence and (
                    c["sentence_breakdown"].match(s) or (cnt.partitive and not s[:cnt.start].strip())
                    or c["among_them"].search(s, 0, cnt.start)):
                cnt.parent = id(_last_total(prev_sentence))
        # a number after a breakdown cue with neither a total nor a noun before it is no count
        dropped = {id(x) for x in counts if x.bare_part and x.parent is None and not x.antecedent}
        if dropped:
            counts[:] = [x for x in counts if id(x) not in dropped]
            for x in counts:
                if x.parent in dropped:
                    x.parent = None
            if not counts:
                prev_sentence = []
                continue
        _restated_wholes(s, counts, all_counts)
        for cnt in counts:
            by_id[id(cnt)] = cnt
        _resolve_anaphors(s, counts, prev_sentence, by_id)
        spans = [(x.start, x.end) for x in counts]
        # categories
        for cnt in counts:
            others = [sp for sp in spans if sp != (cnt.start, cnt.end)]
            _categorize(s, cnt, cues, rcues, others)
        for _ in range(2):  # listed counts share a predicate: "20 children and 5 soldiers were killed"
            for k, cnt in enumerate(counts):
                if cnt.how or cnt.parent is not None:
                    continue
                # a cue before the earlier count or after the later one is shared
                for j, side in ((k - 1, "left"), (k + 1, "right")):
                    if 0 <= j < len(counts) and counts[j].how in (side, "list") \
                            and counts[j].parent is None:
                        lo, hi = sorted((counts[j], cnt), key=lambda x: x.start)
                        if c["list_gap"].match(s[lo.end:hi.start]):
                            cnt.category, cnt.how = counts[j].category, "list"
                            break
        source = _source(s) if counts else ""
        low = s.lower()
        crisis = any(cat != "remaining" and s[cs:ce].lower() not in _ADJACENT_ONLY
                     for cs, ce, cat in cues) or "casualt" in low
        has_alone = "alone" in low
        for cnt in counts:
            before = _words(s[max(0, cnt.start - 12):cnt.start])
            cnt.definite = bool(before) and before[-1].lower() in _DEFINITE
            cnt.crisis = crisis
            if has_alone:
                lead = c["strong_boundary"].split(s[:cnt.start])[-1]
                cnt.alone = c["alone"].search(lead) is not None
            if not cnt.how and cnt.parent is None and not (cnt.elliptical and cnt.ante is not None):
                others = [sp for sp in spans if sp != (cnt.start, cnt.end)]
                _fallback(s, cnt, cues, others)
                if cnt.how == "none" and not found and _displaced_setting(text, before_span, sstart, s, cnt):
                    cnt.category, cnt.how = "displaced", "setting"
            cnt.place = _place(s, cnt, mentions, sstart)
            cnt.source = source
            all_counts.append((sid, sstart, cnt))
        prev_sentence = counts
    if not all_counts:
        return []
    _alone_parts(text, all_counts)
    _restated_categories(all_counts)
    # breakdowns inherit category, date and place from their parent (parents come first)
    ev = events or None
    for sid, sstart, cnt in all_counts:
        parent = by_id[cnt.parent] if cnt.parent is not None else None
        if parent is not None and not cnt.how:
            # a head that names the category keeps it ("60 casualties, including 8 dead")
            cnt.category = cnt.inherent if cnt.inherent and not cnt.group else parent.category
        elif not cnt.how and cnt.elliptical and cnt.ante is not None:
            # "arrested 14 on Monday and another 30 on Tuesday": the verb of the count before
            cnt.category, cnt.how = by_id[cnt.ante].category or "other", "anaphor"
        cnt.date = parent.date if parent is not None and parent.date else \
            _date(ev, sid, sstart + cnt.start, cnt.category)
        if parent is not None:
            cnt.place = cnt.place or parent.place
            if not cnt.group and cnt.noun_start == cnt.end:
                cnt.group = parent.group  # "up to 9,000 of whom": the refugees counted before
    rows, ids = [], {}
    # counted "for another reason" needs a real count (see the module doc, 9): not one
    # person, not two outside a sentence about the crisis, nor people already named ("the
    # two ministers", "the 27 members"); a stated whole stays
    keep = {id(cnt) for _, _, cnt in all_counts
            if not (cnt.category == "other" and cnt.how != "population"
                    and (cnt.q.value < 2 or cnt.definite or (cnt.q.value < 3 and not cnt.crisis)))}
    # a whole and its parts stay together: "Of the 332 senators ..., 331 backed it and only
    # one opposed it" keeps the 332 (people named by "the") and the one
    linked = [(id(cnt), cnt.parent) for _, _, cnt in all_counts if cnt.parent in by_id]
    grown = bool(linked) and len(keep) < len(all_counts)
    while grown:
        grown = False
        for child, parent in linked:
            if (child in keep) != (parent in keep):
                keep.update((child, parent))
                grown = True
    kept = [t for t in all_counts if id(t[2]) in keep]
    kept.sort(key=lambda t: t[1] + t[2].start)
    for n, (_, _, cnt) in enumerate(kept, start=1):
        ids[id(cnt)] = f"{article_id}-c{n:02d}"
    for sid, sstart, cnt in kept:
        q = cnt.q
        rows.append({
            "count_id": ids[id(cnt)], "article_id": article_id, "sentence_id": int(sid),
            "start": sstart + cnt.start, "end": sstart + cnt.end,
            "text": text[sstart + cnt.start: sstart + cnt.end],
            "value": q.value, "low": q.low, "high": q.high, "qualifier": q.qualifier,
            "category": cnt.category, "group": cnt.group, "place": cnt.place, "date": cnt.date,
            "part_of": ids.get(cnt.parent, "") if cnt.parent is not None else "",
            "source_phrase": cnt.source,
        })
    return rows


def _alone_parts(text: str, all_counts: list[tuple[int, int, _Count]]) -> None:
    """"The strikes on Ganja alone claimed 21 lives": a count marked by "alone" is a part of
    the nearest earlier count of its paragraph with the same category and a larger value."""
    for k, (_, sstart, cnt) in enumerate(all_counts):
        if not cnt.alone or cnt.parent is not None:
            continue
        pos = sstart + cnt.start
        for _, ostart, other in reversed(all_counts[:k]):
            if "\n" in text[ostart + other.start:pos]:
                break
            if other.category == cnt.category and other.q.value > cnt.q.value and other.how != "population":
                cnt.parent = id(other)
                break


def _restated_categories(all_counts: list[tuple[int, int, _Count]]) -> None:
    """A count with no category that is named again right after ("15 former leaders ... The
    fifteen defendants, all held in custody"): the same value, with "the", in the same or the
    next sentence. Both are the same people, so the first takes the category of the second."""
    for k, (sid, _, cnt) in enumerate(all_counts):
        if cnt.category != "other" or cnt.parent is not None or cnt.how == "population":
            continue
        for osid, _, other in all_counts[k + 1:]:
            if osid > sid + 1:
                break
            if other.definite and other.parent is None and other.q.value == cnt.q.value \
                    and other.category not in ("", "other") and other.how in ("left", "right", "modifier"):
                cnt.category, cnt.how = other.category, "restated"
                break


def _date(events: list[tuple] | None, sid: int, pos: int, category: str) -> str:
    """The date of an event of sentence *sid* (see the module doc); *events* are
    (sentence_id, start, date, event_type) tuples of one article."""
    pool = [e for e in events or () if e[0] == sid and e[2] and e[3] != "publication"]
    if not pool:
        return ""
    typed = [e for e in pool if e[3] in CATEGORY_EVENT_TYPES.get(category, ())]
    best = min(typed or pool, key=lambda e: abs(e[1] - pos))  # first of equals: text order
    return best[2]


#: Lower-case words that start a vague quantity but are not ``like_num`` for spaCy.
_VAGUE_WORDS = ("dozen", "dozens", "tens", "scores", "hundreds", "thousands", "millions")


#: How far (in tokens) from a number its people noun or category cue can be.
NEAR_TOKENS = 10


#: The size of a gathering is estimated without a people noun ("put the turnout at 5,000").
_GATHERING_WORDS = {"crowd", "turnout", "attendance"}


@lru_cache(maxsize=1)
def _prefilter_ids():
    """(sorted hashes, kinds): kind 1 for a vague quantity word ("dozens"), 2 for a word a
    count needs besides its number (people nouns, words of category cues)."""
    import numpy as np
    from spacy.strings import get_string_id

    words = set(_compiled()["people"]) | set(_SINGULAR) | _GATHERING_WORDS
    for phrase in list(_compiled()["cue_of"]):
        words |= {w for w in phrase.split() if w not in _STOP}
    words = {p for w in words for p in w.split("-")}
    kind = {get_string_id(w): 2 for w in words}
    kind.update({get_string_id(w): 1 for w in _VAGUE_WORDS})
    ids = np.array(sorted(kind), dtype="uint64")
    return ids, np.array([kind[int(i)] for i in ids], dtype="int8")


def _number_sentences(doc, starts: list[int]) -> set[int]:
    """Indices (into *starts*) of the sentences that may hold a count.

    Read from the Doc's arrays: a sentence needs a number-like token (LIKE_NUM or a
    vague word) and a word of the lexicon (a people noun or a category cue) at most
    :data:`NEAR_TOKENS` tokens away, so sentences with only dates, or without numbers,
    are skipped without running any pattern over them. (numpy ufuncs only: the
    ``clip``/``isin`` wrappers cost more than the arithmetic on arrays this small.)
    """
    import numpy as np
    from spacy.attrs import IDX, LIKE_NUM, LOWER

    if len(doc) == 0:
        return set()
    ids, kinds = _prefilter_ids()
    arr = doc.to_array([LIKE_NUM, IDX, LOWER])
    lower = arr[:, 2]
    k = np.minimum(ids.searchsorted(lower), len(ids) - 1)
    kind = np.where(ids[k] == lower, kinds[k], 0)
    numbers_at = np.flatnonzero((arr[:, 0] == 1) | (kind == 1))
    words_at = np.flatnonzero(kind == 2)
    if not len(numbers_at) or not len(words_at):
        return set()
    sent_of = np.asarray(starts, dtype="int64").searchsorted(arr[:, 1].astype("int64"), side="right") - 1
    # the nearest lexicon word on either side of each number, in tokens
    k = words_at.searchsorted(numbers_at)
    last = len(words_at) - 1
    before = words_at[np.maximum(np.minimum(k - 1, last), 0)]
    after = words_at[np.minimum(k, last)]
    num_sent = sent_of[numbers_at]
    near = (before <= numbers_at) & (numbers_at - before <= NEAR_TOKENS) & (sent_of[before] == num_sent)
    near |= (after >= numbers_at) & (after - numbers_at <= NEAR_TOKENS) & (sent_of[after] == num_sent)
    return {int(i) for i in num_sent[near] if i >= 0}


def extract(corpus, events: pd.DataFrame | None = None, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``counts`` table for *corpus* (one row per count of people)."""
    ev_by = _by_article(events, ["sentence_id", "start", "date", "event_type"])
    mn_by = _by_article(mentions, ["start", "end", "actor_type"])
    rows: list[dict] = []
    sen = corpus.sentences
    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for aid, sid, st, en in zip(sen["article_id"].tolist(), sen["sentence_id"].tolist(),
                                sen["start"].tolist(), sen["end"].tolist()):
        by_article.setdefault(aid, []).append((int(sid), int(st), int(en)))
    texts = dict(zip(corpus.articles["article_id"].tolist(), corpus.articles["text"].tolist()))
    for aid, text in texts.items():
        sents = sorted(by_article.get(aid, []), key=lambda t: t[1])
        if not sents:
            continue
        text = str(text)
        doc = corpus.doc(aid)
        if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
            doc = None  # not this text's Doc: read every sentence
        wanted = _number_sentences(doc, [st for _, st, _ in sents]) if doc is not None else None
        sents = [(sid, st, en, wanted is None or k in wanted) for k, (sid, st, en) in enumerate(sents)]
        rows += _article_rows(aid, text, sents, ev_by.get(aid), mn_by.get(aid, []))
    return pd.DataFrame(rows, columns=COLUMNS)


def _by_article(df: pd.DataFrame | None, cols: list[str]) -> dict[str, list[tuple]]:
    """Rows of *df* as plain tuples of *cols*, per article, in table order ({} if unusable)."""
    if df is None or len(df) == 0 or not set(cols + ["article_id"]) <= set(df.columns):
        return {}
    values = []
    for col in cols:
        if col in ("sentence_id", "start", "end"):
            values.append(pd.to_numeric(df[col], errors="coerce").fillna(-1).astype(int).tolist())
        else:
            values.append(df[col].astype("string").fillna("").astype(str).tolist())
    out: dict[str, list[tuple]] = {}
    for aid, row in zip(df["article_id"].astype(str).tolist(), zip(*values)):
        out.setdefault(aid, []).append(row)
    return out


# --------------------------------------------------------------------------- cross-source check
#: Groups that name the population at large: counted together in the cross-source check.
GENERAL_GROUPS = {
    "", "people", "persons", "individuals", "residents", "inhabitants", "citizens", "locals",
    "refugees", "evacuees", "IDPs", "exiles", "deportees", "others", "villagers", "population",
    "Armenians", "Karabakhis", "Artsakhtsis",
}
CROSS_COLUMNS = ["category", "group_class", "period", "n_articles", "n_counts", "min_value",
                 "max_value", "verdict", "sources"]


def group_class(group: str) -> str:
    """The group a cross-source cluster compares: 'people' for the population at large."""
    return "people" if group in GENERAL_GROUPS else group.lower()


def cross_source(counts: pd.DataFrame, articles: pd.DataFrame, tolerance: float = 0.05) -> pd.DataFrame:
    """Compare counts of the same category, group class and period across articles.

    One row per cluster (:data:`CROSS_COLUMNS`). A cluster is
    (category, :func:`group_class`, period): the period is the year of the count's
    ``date``; a count without a date joins the one dated cluster of its
    category and group class when there is exactly one, else forms its own
    ``undated`` cluster. So "over 100,000 Armenians fleeing", "more than 100,000
    residents displaced" and "100 thousand refugees" fall together (displaced,
    people), while "20 civilians" killed is compared with other civilian counts.

    Verdict: ``consistent`` when every interval shares a point with every other
    once each is widened by *tolerance* x value (reported figures are rounded: an
    exact "100 thousand" agrees with "more than 100,000"); ``conflicting`` when
    two intervals stay disjoint; ``single_source`` when only one article gives
    the cluster. ``sources`` lists, per article, its source, publication date and
    the phrases it uses; ``min_value``/``max_value`` span the values as stated.
    """
    if counts is None or len(counts) == 0:
        return pd.DataFrame(columns=CROSS_COLUMNS)
    df = counts.copy()
    for col in ("value", "low", "high"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype(float)
    df["date"] = df["date"].astype("string").fillna("").astype(str)
    df["group_class"] = df["group"].astype("string").fillna("").astype(str).map(group_class)
    df["period"] = df["date"].str.slice(0, 4)
    dated = df[df.period != ""].groupby(["category", "group_class"])["period"].agg(lambda s: sorted(set(s)))
    def period(row):
        if row.period:
            return row.period
        options = dated.get((row.category, row.group_class), [])
        return options[0] if len(options) == 1 else "undated"
    df["period"] = [period(r) for r in df.itertuples(index=False)]
    meta = articles.set_index("article_id") if len(articles) else pd.DataFrame()
    rows = []
    for (cat, gc, per), g in df.groupby(["category", "group_class", "period"], sort=True):
        lows = g.low - tolerance * g.value
        highs = (g.high + tolerance * g.value).fillna(math.inf)
        lo, hi = lows.max(), highs.min()
        n_articles = g.article_id.nunique()
        verdict = "single_source" if n_articles < 2 else ("consistent" if lo <= hi else "conflicting")
        parts = []
        for aid, ga in g.sort_values("start").groupby("article_id", sort=True):
            src = str(meta.at[aid, "source"]) if aid in meta.index and "source" in meta else ""
            pub = str(meta.at[aid, "published"]) if aid in meta.index and "published" in meta else ""
            label = ", ".join(x for x in (src, pub) if x and x != "<NA>") or aid
            parts.append(f"{label}: " + "; ".join(f"\"{t}\"" for t in ga.text))
        rows.append({
            "category": cat, "group_class": gc, "period": per, "n_articles": n_articles,
            "n_counts": len(g), "min_value": g.value.min(), "max_value": g.value.max(), "verdict": verdict,
            "sources": " | ".join(parts),
        })
    return pd.DataFrame(rows, columns=CROSS_COLUMNS)


# --------------------------------------------------------------------------- views for notebook 03
BREAKDOWN_COLUMNS = ["root", "depth", "count_id", "article_id", "value", "share_of_parent", "category",
                     "group", "text", "part_of"]


def breakdowns(counts: pd.DataFrame) -> pd.DataFrame:
    """Every count that has breakdowns, with its parts, as a tree in rows.

    One row per count of each tree (:data:`BREAKDOWN_COLUMNS`): ``root`` is the
    count_id of the total, ``depth`` 0 for the total, 1 for its parts, 2 for the
    parts of those, ...; ``share_of_parent`` is value / the parent's value (NaN
    for the total); rows are in depth-first text order.
    """
    if counts is None or len(counts) == 0:
        return pd.DataFrame(columns=BREAKDOWN_COLUMNS)
    df = counts.copy()
    df["part_of"] = df["part_of"].astype("string").fillna("").astype(str)
    children: dict[str, list[str]] = {}
    for cid, parent in zip(df.count_id, df.part_of):
        if parent:
            children.setdefault(parent, []).append(cid)
    by_id = df.set_index("count_id")
    ids = set(by_id.index)
    rows = []

    def walk(cid: str, root: str, depth: int, parent_value: float) -> None:
        r = by_id.loc[cid]
        value = float(r.value)
        share = value / parent_value if parent_value else math.nan
        rows.append({"root": root, "depth": depth, "count_id": cid, "article_id": r.article_id,
                     "value": value, "share_of_parent": share, "category": r.category,
                     "group": r.group, "text": r.text, "part_of": r.part_of})
        for child in sorted(children.get(cid, []), key=lambda c: int(by_id.loc[c, "start"])):
            walk(child, root, depth + 1, value)

    roots = [cid for cid, parent in zip(df.count_id, df.part_of)
             if cid in children and (not parent or parent not in ids)]
    for root in sorted(roots, key=lambda c: (by_id.loc[c, "article_id"], int(by_id.loc[c, "start"]))):
        walk(root, root, 0, math.nan)
    return pd.DataFrame(rows, columns=BREAKDOWN_COLUMNS)


NUMBER_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "kind", "counted"]


def numbers_read(corpus, counts: pd.DataFrame) -> pd.DataFrame:
    """Every number of every sentence, with its kind and whether it became a count.

    One row per number phrase (:data:`NUMBER_COLUMNS`): ``kind`` is ``cardinal``
    or why the number cannot count people (``numbers.NON_COUNT_KINDS``);
    ``counted`` is true when a row of *counts* starts at or contains it.
    """
    texts = dict(zip(corpus.articles["article_id"].tolist(), corpus.articles["text"].tolist()))
    spans: dict[str, list[tuple[int, int]]] = {}
    for aid, a, b in zip(counts.article_id, counts.start, counts.end):
        spans.setdefault(aid, []).append((int(a), int(b)))
    rows = []
    for aid, sid, st, en in corpus.sentences[["article_id", "sentence_id", "start", "end"]].itertuples(index=False):
        s = str(texts[aid])[st:en]
        for q in find_quantities(s):
            a, b = st + q.start, st + q.end
            counted = any(x <= st + q.num_start and st + q.num_end <= y for x, y in spans.get(aid, []))
            rows.append({"article_id": aid, "sentence_id": int(sid), "start": a, "end": b,
                         "text": q.text, "kind": q.kind, "counted": counted})
    return pd.DataFrame(rows, columns=NUMBER_COLUMNS)
