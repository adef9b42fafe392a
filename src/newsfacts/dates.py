"""Finding date expressions in news text and normalising them (TIMEX3-style values).

Two steps, kept apart so each can be tested on its own:

1. :func:`find_dates` scans a text with regular expressions compiled once per
   process and returns :class:`DateMatch` objects (character span, kind, parsed
   fields). Overlapping candidates are resolved longest-first; a relative
   expression in apposition with an explicit one ("one day later, on September
   20", "Tuesday, September 19") becomes one match. A year used as an adjective
   after an article or a possessive is a year ("a 1989 act", "Baku's 2023
   offensive"), unless a plural noun follows ("its 1900 members").
2. :func:`resolve` turns one match into a value (``YYYY-MM-DD``, ``YYYY-MM``,
   ``YYYY-Www``, ``YYYY-SU`` or ``YYYY``), a precision and an anchor kind, given
   the publication date, the clause's tense, the narrative anchor and the
   preceding resolved date.

A day or month with a relative year ("in September last year", "on May 5 this year") takes the
publication year moved by one (or not); "today's" before an abstract noun ("in today's
conditions") is no date. A day, month or season written without its year takes, in this order:

* when it dates an infinitive governed by a verb of agreement or intention
  ("agreed to meet again in January", ``Context.prospective``): the first such
  period after the narrated date, or else after publication when that is at most
  :data:`PROSPECTIVE_DAYS` ahead (otherwise the nearest reading);
* in a past-tense clause, the year of the *narrative anchor* when the date does
  not fall before the anchor nor after publication; the caller
  (:mod:`newsfacts.events`) passes as anchor only a full date, a month or a season
  with its year, in the same or the preceding paragraph, while the passage stays
  in that year; a bare year ("in 2020", "the 2020 war") is never one;
* otherwise the publication year moved by tense: past dates cannot lie after
  publication (a past "December 20" in a January article is the previous year),
  future ones not before it (a future "Jan. 12" in a November article is next
  year), with no tense the nearest.

What is *not* a date: "soon", "now", "recently", "annual", "years", "ages", and
durations ("24-hour", "seven months", "for years"); :func:`find_durations` lists
the durations separately, they never become events.

Seasons follow TIMEX3: SP = March–May, SU = June–August, FA = September–November,
WI = December of that year to February of the next. Weeks are ISO weeks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .corpus import MONTHS

# --------------------------------------------------------------------------- reference data
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: first month of each season (winter runs December .. February of the next year)
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: small number-word map for "two days later"; counts use newsfacts.numbers
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "couple of": 2,
}
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}
#: words after "the YEAR" that show the number is a count, not a year ("the 2000 soldiers")
COUNT_NOUNS = (
    "people|persons|civilians|soldiers|troops|servicemen|refugees|residents|armenians|"
    "azerbaijanis|men|women|children|families|households|houses|homes|prisoners|detainees|"
    "km|kilometers|kilometres|meters|metres|dollars|euros|drams|manats|rubles|tons|tonnes"
)
#: holiday names that contain a weekday but are not that weekday of this week
WEEKDAY_HOLIDAY_PREFIX = {"bloody", "black", "easter", "palm", "good", "holy", "ash", "super",
                          "cyber", "great", "maundy", "whit", "shrove", "low", "red"}
#: determiners and possessive pronouns before an adjectival year ("a 2015 report", "its 2021 census")
DETERMINERS = "a|an|its|their|his|her|our"
#: how far ahead a planned ("agreed to meet in ...") date may lie before the nearest reading wins
PROSPECTIVE_DAYS = 183
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}

# --------------------------------------------------------------------------- patterns
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORD = r"(?:st|nd|rd|th)?"


def _month_alternation(full_only: bool = False) -> str:
    names = []
    for name in sorted(MONTHS, key=len, reverse=True):
        if full_only and len(name) <= 4 and name not in ("may", "june", "july"):
            continue
        for form in (name.capitalize(), name.upper()):
            names.append(re.escape(form) + (r"\.?" if len(name) <= 4 and name not in ("may", "june", "july") else "")
                         + r"(?![A-Za-z])")
    return "(?:" + "|".join(names) + ")"


def _weekday_alternation() -> str:
    forms = []
    for name in WEEKDAYS:
        forms += [name.capitalize(), name.upper()]
    return "(?:" + "|".join(forms) + r")(?![A-Za-z])"


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text."""

    start: int
    end: int
    text: str
    kind: str  # explicit | month_day | month | year | season | deictic | unit | ago | shift | weekday
    fields: dict = field(default_factory=dict, compare=False, hash=False)
    check: dict = field(default_factory=dict, compare=False, hash=False)  # merged apposition

    @property
    def needs_anchor(self) -> bool:
        """Resolved against the preceding date rather than the publication date."""
        return self.kind == "shift" or (self.kind == "unit" and self.fields.get("rel") in {"previous", "following", "same"})


@dataclass(frozen=True)
class Resolved:
    """A normalised date: value, precision, anchor kind, and how it was reached."""

    date: str
    precision: str
    anchor: str
    note: str = ""


def _both(*words: str) -> str:
    """A literal alternation of lowercase and Capitalised forms (fast to scan for)."""
    return "|".join(f for w in words for f in (w, w.capitalize()))


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """Compiled patterns, built once per process.

    Each *core* pattern starts with a literal alternation (a month, a weekday,
    "yesterday", a year, ...) so that the regex engine can skip through text
    quickly; what may stand before the core ("in", "last", "early", "the 19th of",
    "two") is read by the *left* patterns, anchored at the core's start, on a
    short slice of text.
    """
    MON = _month_alternation()
    WD = _weekday_alternation()
    NUM = r"\d{1,3}|a couple of|couple of|" + "|".join(
        sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True))
    end_year = r"(?![\d,.]\d)"
    cue = (r"in|since|during|until|till|by|from|through|throughout|before|after|of|last|next|this|"
           r"early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of")
    pats = {
        # cores
        "iso": rf"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
        "dotted": rf"(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR})(?![\d.]\d)",
        "month": rf"(?P<mon>{MON})(?:\s+(?P<d>{DAY}){ORD}(?:\s*[-–]\s*(?P<d2>{DAY}){ORD})?(?![\d:])"
                 rf"(?:(?:,\s*|\s+)(?P<y>{YEAR}){end_year}|\s+(?P<yrel2>last|this|next)\s+year)?\b"
                 rf"|,?\s+(?:of\s+)?(?P<ym>{YEAR}){end_year}\b|\s+(?P<yrel>last|this|next)\s+year\b|(?!\s*\d))",
        "year": rf"(?P<y>{YEAR})(?![\d,.]\d|s\b|[-–]\w|\w)(?!\s+(?:{COUNT_NOUNS})\b)",
        "season": rf"(?P<season>{_both('spring', 'summer', 'autumn', 'fall', 'winter')})\b"
                  rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}){end_year}\b)?(?P<of>\s+of\b)?",
        "deictic": rf"(?P<word>{_both('yesterday', 'today', 'tomorrow', 'tonight')}|YESTERDAY|TODAY)\b"
                   r"(?!['’]s\s+(?:world|society|standards|conditions|circumstances|realit(?:y|ies)|situation|"
                   r"context|climate|environment|geopolitic\w*|terms))",
        # also "this morning", "last night" (deictic); "old|long|period" after a unit is checked in code
        "unit": rf"(?P<rel>{_both('last', 'this', 'next', 'coming', 'previous', 'following', 'same')})\s+"
                r"(?P<unit>weekend|week|month|year|day|morning|afternoon|evening|night)\b",
        "not_unit": r"\s+(?:old|long|period)\b",
        # "the day before," is read where "day before" is found (by "shift")
        "unit2_next": r"\s*[,.;:)]|\s+(?:and|when|that)\b",
        "left_the": r"(?:The|the)\s+$",
        "dotted_hint": r"\.\d\d?\.",
        "shift": r"(?P<unit>days|day|weeks|week|months|month|years|year)\s+(?P<dir>ago|later|earlier|afterwards|prior|after|before)\b",
        "weekday": rf"(?P<wd>{WD})\b(?:\s+(?P<part>morning|afternoon|evening|night)\b)?(?!['’]s\s+[A-Z])",
        # left contexts (matched against the text just before a core; all end with $)
        "left_wd": rf"(?P<wd>{WD}),?\s+$",
        "left_day": rf"(?<![\d,.])(?:(?P<wd>{WD}),?\s+)?(?:(?P<the>the)\s+)?(?P<d>{DAY}){ORD}"
                    rf"(?:\s*[-–]\s*(?P<d2>{DAY}){ORD})?\s+(?:of\s+)?$",
        "left_cue": rf"(?i:\b(?P<cue>{cue})[-\s]+(?:(?P<mod>early|mid|late)[-\s]+)?)$",
        "left_mod": r"(?i:\b(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[-\s]+)$",
        # a year used as an adjective after an article or a possessive: "a 1989 act", "Baku's 2023 offensive"
        "left_year": rf"(?i:(?:\b(?P<cue>{cue}|the|and|to|or|between|year|{DETERMINERS})|(?P<poss>\w['’]s))[-\s]+"
                     r"(?:(?P<mod>early|mid|late)[-\s]+)?)$",
        "plural_next": r"\s+[a-z]+[^siu\W]s\b|\s+[a-z]+(?:ss|us)es\b",  # not "crisis", "census", "process"
        "left_season": r"(?i:(?:\b(?P<rel>this|last|next|coming|past)\s+|\b(?P<cue>in|during|throughout|since|by|until)\s+(?:the\s+)?"
                       r"|\b(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?)$",
        "left_rel": r"(?i:\b(?P<rel>last|next|this|past|coming)\s+)$",
        "left_pre": r"(?i:\b(?P<pre>earlier|later)\s+)$",
        "left_det": r"(?i:\b(?P<det>the|that)\s+)$",
        "left_daybefore": r"(?i:\b(?P<dd>the\s+day\s+(?:before|after))\s+)$",
        "left_num": rf"(?i:\b(?P<n>{NUM})\s+)$",
    }
    return {k: re.compile(v) for k, v in pats.items()}


@lru_cache(maxsize=1)
def _duration_patterns() -> list[re.Pattern]:
    NUM = r"(?:\d+(?:\.\d+)?|a few|a couple of|several|many|few|" + "|".join(
        sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True)) + ")"
    return [
        re.compile(rf"\b(?P<n>{NUM})[-\s]+(?P<unit>hour|day|week|month|year|decade|centur(?:y|ie))s?(?:[-\s]long|[-\s]old)?\b"
                   r"(?!\s+(?:ago|later|earlier|afterwards|prior)\b|\s+(?:after|before)\s*[,.;:)])", re.I),
        re.compile(r"\b(?:for|over|in recent|in the past|in the last)\s+(?P<unit>hours|days|weeks|months|years|decades|centuries|ages)\b", re.I),
    ]


# --------------------------------------------------------------------------- finding
def _num(word: str) -> int:
    w = word.lower().strip()
    return int(w) if w.isdigit() else NUMBER_WORDS.get(w, 1)


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _fields(kind: str, g: dict) -> dict | None:
    g = {k: v for k, v in g.items() if v is not None}
    f: dict = {}
    if kind == "explicit":
        f = {"y": int(g["y"]), "m": int(g["m"]), "d": int(g["d"])}
    elif kind == "month_day":
        f = {"m": _month(g["mon"]), "d": int(g["d"])}
        if "y" in g:
            f["y"] = int(g["y"])
        if "yrel2" in g:
            f["yrel"] = g["yrel2"].lower()
        if "d2" in g:
            f["d2"] = int(g["d2"])
        if "wd" in g:
            f["wd"] = WEEKDAYS[g["wd"].lower()]
    elif kind == "month":
        f = {"m": _month(g["mon"])}
        if "y" in g:
            f["y"] = int(g["y"])
        if "yrel" in g:
            f["yrel"] = g["yrel"].lower()
        cue = g.get("cue", "").lower()
        if cue in {"last", "next", "this"}:
            f["rel"] = cue
        if g.get("mod") or cue in {"early", "mid", "late"} or (cue.endswith(" of") and cue != "of"):
            f["mod"] = " ".join((g.get("mod") or cue).lower().split())
    elif kind == "season":
        s = g.get("season") or g.get("season2") or g.get("season3")
        f = {"s": SEASONS[s.lower()]}
        if "rel" in g:
            f["rel"] = {"coming": "next", "past": "last"}.get(g["rel"].lower(), g["rel"].lower())
        if "y" in g:
            f["y"] = int(g["y"])
    elif kind == "year":
        f = {"y": int(g["y"])}
    elif kind == "deictic":
        w = " ".join(g["word"].lower().split())
        f = {"offset": {"yesterday": -1, "last night": -1, "the day before yesterday": -2,
                        "tomorrow": 1, "the day after tomorrow": 2}.get(w, 0)}
    elif kind == "unit":
        rel = " ".join(g["rel"].lower().split())
        unit = g.get("unit", "").lower()
        if rel.startswith("the day") or rel.startswith("the week"):
            unit = rel.split()[1]
            rel = "previous" if rel.endswith("before") else "following"
        if " " in rel:  # "the next day", "that same week", "the previous month"
            rel = {"next": "following"}.get(rel.split()[-1], rel.split()[-1])
        rel = {"coming": "next"}.get(rel, rel)
        if unit in {"morning", "evening", "night"}:
            if rel not in {"previous", "following", "same"}:
                return None  # "this morning" is deictic; "last night" too
            unit = "day"
        if unit == "day" and rel in {"last", "this", "next"}:
            return None
        f = {"rel": rel, "unit": "week" if unit == "weekend" else unit}
        if "pre" in g:
            f["pre"] = g["pre"].lower()
    elif kind in {"ago", "shift"}:
        f = {"n": _num(g["n"]), "unit": UNITS[g["unit"].lower()]}
        if kind == "shift":
            f["sign"] = 1 if g["dir"].lower() in {"later", "after", "afterwards"} else -1
    elif kind == "weekday":
        f = {"wd": WEEKDAYS[g["wd"].lower()]}
        if "rel" in g:
            f["rel"] = {"coming": "next", "past": "last"}.get(g["rel"].lower(), g["rel"].lower())
    return f


def _weekday_ok(text: str, start: int, end: int, rel: str | None) -> bool:
    """Reject weekday names that are part of a holiday or a title ("Bloody Sunday", "Sunday Times")."""
    before = text[max(0, start - 20):start].split()
    prev = before[-1].lower().strip("“‘\"'(") if before else ""
    if prev in WEEKDAY_HOLIDAY_PREFIX:
        return False
    nxt = re.match(r"\s+([A-Z][a-z]+)", text[end:end + 25])
    if nxt and not rel and prev not in {"on", "since", "until", "by", "from", "before", "after", "last", "next", "this", "of"}:
        return nxt.group(1).lower() in MONTHS
    return True


APPOSITION_RE = re.compile(r"\s*,?\s*(?:on\s+|in\s+|\(\s*)?$")


def _left(name: str, text: str, pos: int, width: int = 48) -> re.Match | None:
    """The left-context pattern *name* matched right before *pos* (offsets are into the slice)."""
    return patterns()[name].search(text, max(0, pos - width), pos)


_DETERMINER_SET = set(DETERMINERS.split("|"))


def _word_start(text: str, pos: int) -> bool:
    return pos == 0 or not text[pos - 1].isalnum()


def _candidates(text: str):
    """(kind, start, end, groups) for every date expression candidate in *text*."""
    P = patterns()
    for m in P["iso"].finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in "0123456789./-":
            yield "explicit", m.start(), m.end(), m.groupdict()
    for m in (P["dotted"].finditer(text) if P["dotted_hint"].search(text) else ()):
        if (m.start() == 0 or text[m.start() - 1] not in "0123456789./-,") and 1 <= int(m.group("m")) <= 12:
            yield "explicit", m.start(), m.end(), m.groupdict()
    for m in P["month"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        g = m.groupdict()
        start = m.start()
        if g["d"]:  # September 19[, 2023]
            lw = _left("left_wd", text, start)
            if lw:
                g["wd"], start = lw.group("wd"), lw.start()
            yield "month_day", start, m.end(), g
            continue
        ld = _left("left_day", text, start)
        if ld:  # [the] 19[th] [of] September[ 2023]
            end = m.end()
            g.update(d=ld.group("d"), d2=ld.group("d2"), wd=ld.group("wd"), y=g.pop("ym", None))
            yield "month_day", ld.start("d") if not ld.group("wd") else ld.start(), end, g
            continue
        if g["yrel"]:  # [early] September last year
            lm = _left("left_mod", text, start)
            g.update(mod=lm.group("mod") if lm else None)
            yield "month", (lm.start() if lm else start), m.end(), g
            continue
        if g["ym"]:  # [early] September 2023
            lm = _left("left_mod", text, start)
            g.update(y=g.pop("ym"), mod=lm.group("mod") if lm else None)
            yield "month", (lm.start() if lm else start), m.end(), g
            continue
        if len(g["mon"].rstrip(".")) <= 4 and g["mon"].lower().rstrip(".") not in {"may", "june", "july"}:
            continue  # a bare abbreviation is not a date
        lc = _left("left_cue", text, start)
        if lc:  # in September, last March, mid-September
            c = lc.group("cue").lower()
            keep_cue = c in {"last", "next", "this", "early", "mid", "late"} or (c.endswith("of") and c != "of")
            g.update(cue=lc.group("cue"), mod=lc.group("mod"))
            yield "month", (lc.start() if keep_cue else (lc.start("mod") if lc.group("mod") else start)), m.end(), g
    for m in P["year"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        ly = _left("left_year", text, m.start())
        if ly:
            c = (ly.group("cue") or "").lower()
            if (ly.group("poss") or c in _DETERMINER_SET) and P["plural_next"].match(text, m.end()):
                continue  # "Armenia's 1900 members", "its 2000 volunteers": a count, not a year
            keep = c in {"early", "mid", "late"} or (c.endswith("of") and c != "of")
            start = ly.start() if keep else (ly.start("mod") if ly.group("mod") else m.start())
            yield "year", start, m.end(), {"y": m.group("y"), "cue": ly.group("cue"), "mod": ly.group("mod")}
    for m in P["season"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        ls = _left("left_season", text, m.start())
        g = {"season": m.group("season"), "y": m.group("y")}
        rel = ls.group("rel") if ls else None
        cue = ls.group("cue") if ls else None
        start = m.start("season")
        if ls and ls.group("mod"):
            start = ls.start("mod")
        if rel:
            g["rel"], start = rel, ls.start("rel")
        elif g["y"]:
            pass
        elif cue and g["season"].lower() != "fall" and not m.group("of"):
            g["cue"] = cue
        else:
            continue
        end = m.end("y") if g["y"] else m.end("season")
        yield "season", start, end, g
    for m in P["deictic"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        start, word = m.start(), m.group("word")
        lb = _left("left_daybefore", text, start)
        if lb:
            start, word = lb.start(), f"{lb.group('dd')} {word}"
        yield "deictic", start, m.end(), {"word": word}
    for m in P["unit"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        rel, start, unit = m.group("rel").lower(), m.start(), m.group("unit")
        if unit in DAY_PARTS:
            if rel in {"this", "last"}:  # "this morning", "last night" (not "last morning", "this night")
                if (rel == "last") == (unit == "night"):
                    yield "deictic", start, m.end(), {"word": m.group(0)}
                continue
            if unit == "afternoon":
                continue
        elif P["not_unit"].match(text, m.end()):
            continue  # "this year old", "last week long"
        g = {"unit": unit, "rel": rel}
        if rel in {"previous", "following", "same"} or rel == "next":
            ld = _left("left_det", text, start)
            if ld:
                g["rel"], start = f"{ld.group('det').lower()} {rel}", ld.start()
            elif rel != "next":
                continue
        else:
            lp = _left("left_pre", text, start)
            if lp:
                g["pre"], start = lp.group("pre"), lp.start()
        yield "unit", start, m.end(), g
    for m in P["shift"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        d = m.group("dir").lower()
        if d in {"before", "after"} and m.group("unit") in {"day", "week"}:
            lt = _left("left_the", text, m.start(), 12)
            if lt and _word_start(text, lt.start()) and P["unit2_next"].match(text, m.end()):
                yield "unit", lt.start(), m.end(), {"rel": text[lt.start():m.end()]}  # "the day before,"
                continue
        after = text[m.end():m.end() + 8]
        if d in {"after", "before"} and not re.match(r"\s*[,.;:)]", after):
            continue
        if d in {"later", "earlier", "afterwards", "prior"} and re.match(r"\s+(?:to|than)\b", after):
            continue
        ln = _left("left_num", text, m.start())
        if not ln:
            continue
        yield ("ago" if d == "ago" else "shift"), ln.start(), m.end(), {"n": ln.group("n"), "unit": m.group("unit"), "dir": d}
    for m in P["weekday"].finditer(text):
        if not _word_start(text, m.start()):
            continue
        lr = _left("left_rel", text, m.start())
        rel = lr.group("rel") if lr else None
        if not _weekday_ok(text, m.start(), m.end(), rel):
            continue
        yield "weekday", (lr.start() if lr else m.start()), m.end(), {"wd": m.group("wd"), "rel": rel}


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in *text*, in order, without overlaps (the longest wins)."""
    cands: list[DateMatch] = []
    for kind, start, end, g in _candidates(text):
        f = _fields(kind, g)
        if f is None:
            continue
        if kind == "explicit" and not _valid(f["y"], f["m"], f["d"]):
            continue
        if kind == "month_day" and not _valid(f.get("y", 2000), f["m"], f["d"]):
            continue
        cands.append(DateMatch(start, end, text[start:end], kind, f))
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[DateMatch] = []
    for c in cands:
        if kept and c.start < kept[-1].end:
            if c.end - c.start > kept[-1].end - kept[-1].start and c.start >= kept[-1].start:
                kept[-1] = c
            continue
        kept.append(c)
    return _merge_appositions(text, kept)


def _merge_appositions(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """'one day later, on September 20' and 'Sunday, November 12' are one expression."""
    relative = {"shift", "weekday", "deictic", "unit", "ago"}
    absolute = {"explicit", "month_day"}
    out: list[DateMatch] = []
    for m in matches:
        if out:
            prev = out[-1]
            gap = text[prev.end:m.start]
            if len(gap) <= 6 and APPOSITION_RE.match(gap) and (
                (prev.kind in relative and m.kind in absolute) or (prev.kind in absolute and m.kind in relative and "(" in gap)
            ):
                main, other = (m, prev) if m.kind in absolute else (prev, m)
                end = m.end + (1 if "(" in gap and text[m.end:m.end + 1] == ")" else 0)
                out[-1] = DateMatch(prev.start, end, text[prev.start:end], main.kind, main.fields,
                                    check={"kind": other.kind, **other.fields})
                continue
        out.append(m)
    return out


def find_durations(text: str, dates: list[DateMatch] | None = None) -> list[dict]:
    """Durations ("seven months", "24-hour", "for years"): not events, listed on their own."""
    taken = [(d.start, d.end) for d in (dates if dates is not None else find_dates(text))]
    out = []
    for pat in _duration_patterns():
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            unit = g["unit"].lower().rstrip("s")
            unit = {"centurie": "century", "age": "ages"}.get(unit, unit)
            n = g.get("n")
            value = float(n) if n and re.fullmatch(r"\d+(?:\.\d+)?", n) else (
                float(NUMBER_WORDS[n.lower()]) if n and n.lower() in NUMBER_WORDS else None)
            out.append({"start": m.start(), "end": m.end(), "expression": m.group(0), "unit": unit, "value": value})
            taken.append(m.span())
    return sorted(out, key=lambda r: r["start"])


# --------------------------------------------------------------------------- calendar helpers
def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def month_end(y: int, m: int) -> dt.date:
    ny, nm = _add_months(y, m, 1)
    return dt.date(ny, nm, 1) - dt.timedelta(days=1)


def season_span(y: int, s: str) -> tuple[dt.date, dt.date]:
    first = SEASON_START[s]
    ey, em = _add_months(y, first, 2)
    return dt.date(y, first, 1), month_end(ey, em)


def season_of(day: dt.date) -> tuple[int, str]:
    """The (TIMEX3 year, season) a day falls in; January and February belong to the previous year's WI."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def span(value: str, precision: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a normalised *value* of *precision*."""
    try:
        if precision == "day":
            d = dt.date.fromisoformat(value)
            return d, d
        if precision == "month":
            y, m = map(int, value.split("-"))
            return dt.date(y, m, 1), month_end(y, m)
        if precision == "season":
            y, s = value.split("-")
            return season_span(int(y), s)
        if precision == "week":
            d = dt.date.fromisoformat(value + "-1")
            return d, d + dt.timedelta(days=6)
        if precision == "year":
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except (ValueError, KeyError, TypeError):
        return None
    return None


def weekday_near(pub: dt.date, weekday: int, direction: str) -> dt.date:
    """The *weekday* nearest *pub* in *direction*.

    past: on or before pub; future: on or after pub; last: strictly before;
    next: strictly after; nearest: whichever of past/future is closer (ties: past).
    """
    back = (pub.weekday() - weekday) % 7
    fwd = (weekday - pub.weekday()) % 7
    if direction == "past":
        return pub - dt.timedelta(days=back)
    if direction == "future":
        return pub + dt.timedelta(days=fwd)
    if direction == "last":
        return pub - dt.timedelta(days=back or 7)
    if direction == "next":
        return pub + dt.timedelta(days=fwd or 7)
    return pub - dt.timedelta(days=back) if back <= fwd else pub + dt.timedelta(days=fwd)


def year_for(first: dt.date, last: dt.date, pub: dt.date, tense: str | None) -> int:
    """Year for a day/month written without one, given publication date and tense.

    *first*/*last* are the span in the publication year. Past events cannot lie
    after publication, future ones not before; otherwise the closest year wins.
    """
    y = pub.year
    if tense == "past" and first > pub:
        return y - 1
    if tense == "future" and last < pub:
        return y + 1
    if tense in {"past", "future"}:
        return y
    best = min((y - 1, y, y + 1), key=lambda c: min(
        abs((first.replace(year=c) if not (first.month == 2 and first.day == 29) else dt.date(c, 3, 1)) - pub).days,
        abs((last.replace(year=c) if not (last.month == 2 and last.day == 29) else dt.date(c, 2, 28)) - pub).days))
    return best


def _shift(day: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        y, m = _add_months(day.year, day.month, n)
        return dt.date(y, m, min(day.day, month_end(y, m).day))
    return dt.date(day.year + n, day.month, min(day.day, month_end(day.year + n, day.month).day))


def value_for(day: dt.date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        return iso_week(day)
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "season":
        y, s = season_of(day)
        return f"{y:04d}-{s}"
    return f"{day.year:04d}"


def coarser(a: str, b: str) -> str:
    return a if PRECISION_RANK[a] >= PRECISION_RANK[b] else b


# --------------------------------------------------------------------------- resolving
@dataclass
class Context:
    """What resolving one expression may look at.

    pub: the publication date (or the start of an inferred publication window);
    pub_note: how *pub* was established when it is not a printed date (said in every note);
    pub_end: the latest the article can have been published (the window's end; default *pub*);
    tense: of the clause the expression dates; narrative: (year, expression, first day) of
    the latest explicit year earlier in the article; previous: (first day, precision,
    expression) of the preceding resolved date; paragraph_day: a day-precision date
    earlier in the same paragraph; reporting: the expression hangs on a reporting
    verb ("said on Tuesday"); prospective: the expression dates an infinitive that a
    verb of intention governs ("agreed to meet again in January"), so it lies after
    the narrated date (or after publication when nothing is narrated).

    The caller decides what counts as a narrative: :mod:`newsfacts.events` passes a
    full date, a month or a season with its year, in the same or the preceding
    paragraph, while the passage stays in that year; a bare year never is one.
    """

    pub: dt.date | None = None
    pub_note: str = ""
    pub_end: dt.date | None = None
    tense: str | None = None
    narrative: tuple[int, str, dt.date] | None = None
    previous: tuple[dt.date, str, str] | None = None
    paragraph_day: tuple[dt.date, str] | None = None
    reporting: bool = False
    prospective: bool = False


def _pub_note(ctx: Context, what: str) -> str:
    if ctx.pub_end is not None and ctx.pub_end != ctx.pub:
        return f"{what} the start of the inferred publication window {ctx.pub.isoformat()}..{ctx.pub_end.isoformat()}" + (
            f" ({ctx.pub_note})" if ctx.pub_note else "")
    note = f"{what} the publication date {ctx.pub.isoformat()}"
    return note + (f" ({ctx.pub_note})" if ctx.pub_note else "")


def resolve(m: DateMatch, ctx: Context) -> Resolved:
    """Normalise one match. An empty ``date`` means it could not be resolved (the note says why)."""
    f, k = m.fields, m.kind
    if k == "explicit" or (k == "month_day" and "y" in f):
        d = dt.date(f["y"], f["m"], f["d"])
        note = f"range to {dt.date(f['y'], f['m'], f['d2']).isoformat()}" if f.get("d2") and _valid(f["y"], f["m"], f["d2"]) else ""
        return Resolved(d.isoformat(), "day", "explicit", note)
    if k == "month" and "y" in f:
        return Resolved(f"{f['y']:04d}-{f['m']:02d}", "month", "explicit", f.get("mod", ""))
    if k == "year":
        return Resolved(f"{f['y']:04d}", "year", "explicit")
    if k == "season" and "y" in f:
        return Resolved(f"{f['y']:04d}-{f['s']}", "season", "explicit")

    if "yrel" in f and ctx.pub is not None:  # "in September last year", "on May 5 this year"
        y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[f["yrel"]]
        if k == "month_day" and _valid(y, f["m"], f["d"]):
            return Resolved(dt.date(y, f["m"], f["d"]).isoformat(), "day", "relative", _pub_note(ctx, "year relative to"))
        if k == "month":
            return Resolved(f"{y:04d}-{f['m']:02d}", "month", "relative", _pub_note(ctx, "year relative to"))
    if k == "month_day" or (k == "month" and "rel" not in f) or (k == "season" and "rel" not in f):
        return _year_inferred(m, ctx)

    # everything below is relative
    if m.needs_anchor:
        return _from_previous(m, ctx)
    if ctx.pub is None:
        return Resolved("", _precision_of(m), "relative", "unresolved: no publication date and none could be inferred")
    pub = ctx.pub
    if k == "deictic":
        d = pub + dt.timedelta(days=f["offset"])
        return Resolved(d.isoformat(), "day", "relative", _pub_note(ctx, "relative to"))
    if k == "ago":
        d = _shift(pub, -f["n"], f["unit"])
        return Resolved(value_for(d, f["unit"]), f["unit"], "relative", _pub_note(ctx, "counted back from"))
    if k == "unit":
        step = {"last": -1, "this": 0, "next": 1}[f["rel"]]
        d = _shift(pub, step, f["unit"])
        return Resolved(value_for(d, f["unit"]), f["unit"], "relative", _pub_note(ctx, "relative to"))
    if k == "month":
        y = pub.year
        if f["rel"] == "last":
            y = pub.year if f["m"] < pub.month else pub.year - 1
        elif f["rel"] == "next":
            y = pub.year if f["m"] > pub.month else pub.year + 1
        return Resolved(f"{y:04d}-{f['m']:02d}", "month", "relative", _pub_note(ctx, "relative to"))
    if k == "season":
        s, rel = f["s"], f["rel"]
        if rel == "this":
            y = pub.year - 1 if (s == "WI" and pub.month in (1, 2)) else pub.year
        elif rel == "last":  # the most recent such season that has ended
            y = next(c for c in range(pub.year, pub.year - 3, -1) if season_span(c, s)[1] < pub)
        else:  # next: the first such season that starts after publication
            y = next(c for c in range(pub.year - 1, pub.year + 2) if season_span(c, s)[0] > pub)
        return Resolved(f"{y:04d}-{s}", "season", "relative", _pub_note(ctx, "relative to"))
    if k == "weekday":
        return _weekday(m, ctx)
    return Resolved("", _precision_of(m), "relative", "unresolved")


def _precision_of(m: DateMatch) -> str:
    f = m.fields
    if m.kind in {"ago", "shift", "unit"}:
        return f.get("unit", "day")
    if m.kind == "season":
        return "season"
    if m.kind == "month":
        return "month"
    return "day"


def _weekday(m: DateMatch, ctx: Context) -> Resolved:
    f, pub = m.fields, ctx.pub
    rel = f.get("rel")
    if rel in {"last", "next"}:
        d = weekday_near(pub, f["wd"], rel)
        return Resolved(d.isoformat(), "day", "relative", _pub_note(ctx, f"the {rel} {_wdname(f['wd'])} before" if rel == "last" else f"the next {_wdname(f['wd'])} after"))
    tense = ctx.tense
    # a past narrative paragraph dated earlier than the publication week: the weekday follows that date
    if (tense == "past" and not ctx.reporting and ctx.paragraph_day is not None
            and (pub - ctx.paragraph_day[0]).days > 7):
        base, expr = ctx.paragraph_day
        d = weekday_near(base, f["wd"], "next")
        return Resolved(d.isoformat(), "day", "relative",
                        f"the {_wdname(f['wd'])} after '{expr}' ({base.isoformat()}), the date this paragraph narrates")
    direction = {"past": "past", "future": "future"}.get(tense or "", "nearest")
    d = weekday_near(pub, f["wd"], direction)
    what = {"past": f"{tense} tense: the {_wdname(f['wd'])} on or before",
            "future": f"{tense} tense: the {_wdname(f['wd'])} on or after"}.get(direction, f"the {_wdname(f['wd'])} nearest")
    return Resolved(d.isoformat(), "day", "relative", _pub_note(ctx, what))


def _wdname(i: int) -> str:
    return list(WEEKDAYS)[i].capitalize()


def _from_previous(m: DateMatch, ctx: Context) -> Resolved:
    f = m.fields
    if ctx.previous is None:
        return Resolved("", _precision_of(m), "relative", "unresolved: no earlier date in the article to count from")
    base, base_prec, expr = ctx.previous
    if m.kind == "shift":
        n, unit = f["sign"] * f["n"], f["unit"]
    else:
        unit = f["unit"]
        n = {"previous": -1, "following": 1, "same": 0}[f["rel"]]
    d = _shift(base, n, unit)
    # "a week later" than a day is a day; "a month later" than a day is a month
    precision = "day" if unit in {"day", "week"} and base_prec == "day" else coarser(unit, base_prec)
    return Resolved(value_for(d, precision), precision, "relative",
                    f"counted from '{expr}' ({value_for(base, base_prec)})")


def _year_inferred(m: DateMatch, ctx: Context) -> Resolved:
    f = m.fields
    if m.kind == "month_day":
        first_of = lambda y: dt.date(y, f["m"], f["d"]) if _valid(y, f["m"], f["d"]) else dt.date(y, f["m"], 28)
        last_of = first_of
        precision = "day"
    elif m.kind == "month":
        first_of = lambda y: dt.date(y, f["m"], 1)
        last_of = lambda y: month_end(y, f["m"])
        precision = "month"
    else:
        first_of = lambda y: season_span(y, f["s"])[0]
        last_of = lambda y: season_span(y, f["s"])[1]
        precision = "season"

    def value(y: int) -> str:
        if precision == "day":
            return first_of(y).isoformat()
        if precision == "month":
            return f"{y:04d}-{f['m']:02d}"
        return f"{y:04d}-{f['s']}"

    pub, tense = ctx.pub, ctx.tense
    latest = ctx.pub_end or pub
    if ctx.prospective and ctx.narrative is not None:
        ny, expr, nday = ctx.narrative  # the first such period after the narrated date
        y = ny if last_of(ny) >= nday else ny + 1
        if latest is None or first_of(y) <= latest:
            return Resolved(value(y), precision, "year_inferred",
                            f"the first {precision} after the narrated '{expr}' (something planned then)")
    if ctx.prospective and pub is not None:
        y = year_for(first_of(pub.year), last_of(pub.year), pub, "future")
        if (first_of(y) - pub).days <= PROSPECTIVE_DAYS:  # planned for the coming months
            how = "publication year" if y == pub.year else "publication year +1"
            return Resolved(value(y), precision, "year_inferred",
                            _pub_note(ctx, f"{how} (planned, after the agreeing verb); from"))
        tense = None  # a plan for a year ahead is unlikely: the nearest reading
    if ctx.narrative is not None and tense == "past":  # only a clause that narrates the past
        ny, expr, nday = ctx.narrative
        # the narrative goes on: not after publication, and not before the date that set the year
        ok = (latest is None or first_of(ny) <= latest) and last_of(ny) >= nday
        recent_report = (ctx.reporting and pub is not None and ny != pub.year
                         and 0 <= (pub - first_of(pub.year)).days <= 31)
        if ok and not recent_report:
            return Resolved(value(ny), precision, "year_inferred", f"year of the narrative: '{expr}'")
    if pub is None:
        return Resolved("", precision, "year_inferred", "unresolved: no year in the article and no publication date")
    ref = latest if tense == "past" else pub  # a past event may lie anywhere before the window's end
    y = year_for(first_of(ref.year), last_of(ref.year), ref, tense)
    how = "publication year" if y == pub.year else f"publication year {'-1' if y < pub.year else '+1'} ({tense or 'nearest'})"
    return Resolved(value(y), precision, "year_inferred", _pub_note(ctx, f"{how}; from"))
