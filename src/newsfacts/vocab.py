"""Controlled vocabularies, defined once.

Every categorical column of every table takes its values from one of these
mappings (value -> meaning). data/README.md documents the same values, and
tests/test_docs.py checks that every value below appears there.
"""

from __future__ import annotations

ACTOR_TYPES: dict[str, str] = {
    "person": "A named individual (\"Anne Hidalgo\", \"Ruben Vardanyan\").",
    "organization": "A named body that is not a state's government: international organisations, "
    "NGOs, parties, courts, legislatures' sub-bodies, companies (\"ICRC\", \"ANCA\").",
    "government": "A state or its government acting, including capitals used as metonyms "
    "(\"Azerbaijan\", \"Baku\", \"the French government\", \"Azerbaijani authorities\").",
    "media": "A news outlet or agency (\"Asbarez\", \"Armenpress\").",
    "group": "Collective people (\"Artsakh Armenians\", \"Armenian detainees\", \"refugees\").",
    "place": "A location that does not act (\"Rome\", \"Lachin corridor\").",
}

EVENT_TYPES: dict[str, str] = {
    "offensive": "Military attack, assault, shelling, launch of an operation.",
    "ceasefire": "Ceasefire, truce, disarmament agreed to end fighting.",
    "displacement": "Flight, exodus, forced displacement, evacuation of people.",
    "detention": "Arrest, detention, imprisonment, capture.",
    "trial": "Court hearing, trial, prosecution, charges.",
    "sentence": "Verdict or prison sentence handed down.",
    "release": "Release, pardon, handover of detainees.",
    "resolution": "A resolution or motion adopted, introduced or considered by a body.",
    "statement": "A statement, post, speech, interview or announcement.",
    "report": "A news report or a report published by an organisation.",
    "meeting": "Meeting, session, assembly, summit, visit, talks.",
    "award": "An award, prize or honour given or to be given.",
    "agreement": "A treaty, declaration or agreement signed or reached.",
    "publication": "The publication of the article itself (its dateline).",
    "other": "A dated happening that fits none of the types above.",
}

DATE_PRECISIONS: dict[str, str] = {
    "day": "A single day: YYYY-MM-DD.",
    "week": "An ISO week as in TIMEX3: YYYY-Www (\"last week\", \"three weeks ago\").",
    "month": "A calendar month: YYYY-MM.",
    "season": "A season as in TIMEX3: YYYY-SP, YYYY-SU, YYYY-FA, YYYY-WI.",
    "year": "A calendar year: YYYY.",
}

DATE_ANCHORS: dict[str, str] = {
    "explicit": "The expression states the full date itself (\"September 19, 2023\").",
    "year_inferred": "Day and month are written; the year comes from the narrative or the "
    "publication date (\"on September 20\").",
    "relative": "Resolved against the publication date or a preceding date "
    "(\"yesterday\", \"on Sunday\", \"one day later\", \"last month\").",
}

TENSES: dict[str, str] = {
    "past": "The clause reports something that has happened.",
    "present": "The clause reports something ongoing at publication.",
    "future": "The clause reports something expected or announced (will, soon, is to).",
}

COUNT_CATEGORIES: dict[str, str] = {
    "killed": "People killed or dead.",
    "injured": "People wounded or injured.",
    "missing": "People missing or unaccounted for.",
    "displaced": "People who fled, were displaced, evacuated, expelled, or are refugees.",
    "remaining": "People who stayed behind or remain in a place.",
    "detained": "People arrested, detained, imprisoned, held captive, political prisoners.",
    "sentenced": "People sentenced or convicted.",
    "released": "People released, freed, pardoned or handed over.",
    "returned": "People who returned to their homes.",
    "other": "People counted for another reason (participants, members, signatories), and "
    "casualties when killed and wounded are not told apart.",
}

QUALIFIERS: dict[str, str] = {
    "exact": "The number as stated (low = high = value).",
    "approximate": "about, around, some, nearly, almost, roughly, or a vague quantity "
    "(dozens, hundreds); interval +/- 10% unless the vague quantity sets it.",
    "more_than": "over, more than, above, -plus: low = value + 1, high open.",
    "at_least": "at least, no fewer than: low = value, high open.",
    "less_than": "under, fewer than, less than: low 0, high = value - 1.",
    "up_to": "up to, as many as, at most: high = value, low 0.",
    "range": "between A and B, A to B, A-B, A or B: value = low = A, high = B.",
}

DEMAND_ACTIONS: dict[str, str] = {
    "calls_for": "calls for, calls on, appeals for, a call to, asks for; 'should' in reported speech.",
    "demands": "demands, insists on; 'must' in reported speech.",
    "urges": "urges, presses.",
    "requests": "requests, asks officially, asks X to.",
    "condemns": "condemns, denounces, blasts, criticises, deplores, slams, rejects, blames, accuses, "
    "'X is guilty of' (stance against).",
    "supports": "supports, expresses support, backs, welcomes, emphasises a right, grants an honour.",
    "stresses": "stresses, underscores, emphasises, notes the need for.",
    "warns": "warns that something could happen.",
    "other": "Another form of claim.",
}

DEMAND_ISSUES: dict[str, str] = {
    "release_detainees": "Release/free/liberate/amnesty of detainees, prisoners, captives, hostages.",
    "fair_trial": "Fair trial, due process, ending or condemning trials and arbitrary detention "
    "as judicial abuse.",
    "right_of_return": "Safe return, right to return, security guarantees for return.",
    "self_determination": "Right to self-determination, status of Artsakh.",
    "heritage_protection": "Destruction or preservation of heritage, monuments, churches, "
    "cultural property.",
    "rights_protection": "Respect for human or minority rights; ethnic cleansing; genocide.",
    "support_displaced": "Support, aid, housing or honours for displaced people and refugees.",
    "sanctions": "Sanctions, suspension of cooperation or contracts, pressure measures.",
    "accountability": "Prosecution of perpetrators, investigations, justice for crimes.",
    "humanitarian_access": "Access for aid, the ICRC, lifting a blockade, opening a corridor.",
    "peace_process": "Peace treaty, negotiations, implementation of agreements.",
    "other": "Another issue.",
}

STANCES: dict[str, str] = {
    "for": "The claimant asks for or supports the issue.",
    "against": "The claimant condemns or opposes what the issue names.",
}

CLAIMANT_VIA: dict[str, str] = {
    "resolution": "A resolution, draft resolution or motion.",
    "statement": "A statement, declaration or press release.",
    "post": "A social-media post (X, Facebook, Telegram).",
    "report": "A report or study.",
    "speech": "Direct or reported speech (said, told, announced).",
    "letter": "A letter or petition.",
    "award": "An award or honour.",
    "other": "Another instrument, or none stated.",
}

VOCABULARIES: dict[str, dict[str, str]] = {
    "actor_type": ACTOR_TYPES,
    "event_type": EVENT_TYPES,
    "precision": DATE_PRECISIONS,
    "anchor": DATE_ANCHORS,
    "tense": TENSES,
    "category": COUNT_CATEGORIES,
    "qualifier": QUALIFIERS,
    "action": DEMAND_ACTIONS,
    "issue": DEMAND_ISSUES,
    "stance": STANCES,
    "claimant_via": CLAIMANT_VIA,
}
