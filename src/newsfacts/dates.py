"""Finding date expressions in news text and normalising them (TIMEX3-style values).

Two steps, kept apart so each can be tested on its own:

1. :func:`find_dates` scans a text with regular expressions compiled once per
   process and returns :class:`DateMatch` objects (character span, kind, parsed
   fields). Overlapping candidates are resolved longest-first; a relative
   expression in apposition with an explicit one ("one day later, on September
   20", "Tuesday, September 19") becomes one match.
2. :func:`resolve` turns one match into a value (``YYYY-MM-DD``, ``YYYY-MM``,
   ``YYYY-Www``, ``YYYY-SU`` or ``YYYY``), a precision and an anchor kind, given
   the publication date, the clause's tense, the narrative year (the latest
   explicit year earlier in the article) and the preceding resolved date.

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
            names.append(re.escape(form) + (r"\.?" if len(name) <= 4 and name not in ("may", "june", "july") else ""))
    return "(?:" + "|".join(names) + ")"


def _weekday_alternation() -> str:
    forms = []
    for name in WEEKDAYS:
        forms += [name.capitalize(), name.upper()]
    return "(?:" + "|".join(forms) + ")"


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


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, re.Pattern]]:
    """(kind, compiled pattern) pairs, built once per process."""
    MON = _month_alternation()
    MONF = _month_alternation(full_only=True)
    WD = _weekday_alternation()
    NUM = r"(?i:\d{1,3}|a couple of|couple of|" + "|".join(
        sorted((k for k in NUMBER_WORDS if " " not in k), key=len, reverse=True)) + ")"
    MOD = r"(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of)[-\s]+)?"
    SEAS = r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
    end_year = r"(?![\d,.]\d)"
    pats = [
        ("explicit", rf"(?<![\d./-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
        ("explicit", rf"(?<![\d./-])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{YEAR})(?![\d.]\d)"),
        # [Tuesday,] September 19[-20][, 2023]
        ("month_day", rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s+(?P<d>{DAY}){ORD}(?:\s*[-–]\s*(?P<d2>{DAY}){ORD})?"
                      rf"(?![\d:])(?:(?:,\s*|\s+)(?P<y>{YEAR}){end_year})?\b"),
        # [Tuesday,] [the] 19[th] [of] September[ 2023]
        ("month_day", rf"(?<![\d,.])(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<d>{DAY}){ORD}(?:\s*[-–]\s*(?P<d2>{DAY}){ORD})?"
                      rf"\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}){end_year})?\b"),
        # [early] September [of] 2023
        ("month", rf"{MOD}(?P<mon>{MON})(?:,)?\s+(?:of\s+)?(?P<y>{YEAR}){end_year}\b"),
        # in/since/last/early ... September (no day, no year)
        ("month", rf"\b(?P<cue>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|[Oo]f|"
                  rf"[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Mm]id|[Ll]ate|(?:the\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle) of)[-\s]+"
                  rf"(?:(?P<mod>early|mid|late)[-\s]+)?(?P<mon>{MONF})\b(?!\s*\d)"),
        # seasons: this summer, last winter, the summer of 2023, summer 2023, in the spring
        ("season", rf"\b(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast)\s+(?:(?P<mod>early|mid|late)[-\s]+)?{SEAS}"
                   rf"|(?:(?:the|[Ii]n|[Dd]uring|[Tt]hroughout|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?(?:the\s+)?(?:(?P<mod2>early|mid|late)[-\s]+)?"
                   rf"{SEAS.replace('season', 'season2')}(?:\s+(?:of\s+)?(?P<y>{YEAR}){end_year})"
                   rf"|(?P<cue>[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]y|[Uu]ntil)\s+(?:the\s+)?(?:(?P<mod3>early|mid|late)[-\s]+)?"
                   rf"(?P<season3>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?!\s+of\b))\b"),
        # years: in 2023, since 1991, the 2020 war, early 2024
        ("year", rf"\b(?P<cue>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Bb]efore|[Aa]fter|[Oo]f|"
                 rf"[Ee]arly|[Mm]id|[Ll]ate|[Tt]he|and|to|or|[Bb]etween|[Yy]ear|(?:the\s+)?(?:end|beginning|start|middle) of)[-\s]+"
                 rf"(?:(?P<mod>early|mid|late)[-\s]+)?(?P<y>{YEAR})(?![\d,.]\d|s\b|[-–]\d)(?!\s+(?:{COUNT_NOUNS})\b)"),
        # yesterday, today, tomorrow, tonight, this morning
        ("deictic", r"\b(?P<word>(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|"
                    r"[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night))\b(?!['’]s\s+(?:world|society|standards))"),
        # last/this/next/the previous/the following week|month|year, earlier this month
        ("unit", r"\b(?:(?P<pre>[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Tt]he\s+previous|[Tt]he\s+following|"
                 r"[Tt]he\s+next|[Tt]he\s+same|[Tt]hat\s+same)\s+(?P<unit>weekend|week|month|year|day|morning|evening|night)\b(?!\s+(?:old|long|period)\b)"),
        ("unit", r"\b(?P<rel>[Tt]he\s+day\s+before|[Tt]he\s+day\s+after|[Tt]he\s+week\s+before|[Tt]he\s+week\s+after)(?=\s*[,.;:)]|\s+(?:and|when|that)\b)"),
        # two days ago / two days later / a week earlier
        ("ago", rf"\b(?P<n>{NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
        ("shift", rf"\b(?P<n>{NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier|afterwards|prior)\b(?!\s+(?:to|than)\b)"),
        ("shift", rf"\b(?P<n>{NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)(?=\s*[,.;:)])"),
        # on Sunday, last Tuesday, Sunday morning
        ("weekday", rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?(?P<wd>{WD})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
                    rf"(?!['’]s\s+[A-Z])"),
    ]
    return [(kind, re.compile(p)) for kind, p in pats]


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


def _fields(kind: str, m: re.Match) -> dict | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    f: dict = {}
    if kind == "explicit":
        f = {"y": int(g["y"]), "m": int(g["m"]), "d": int(g["d"])}
    elif kind == "month_day":
        f = {"m": _month(g["mon"]), "d": int(g["d"])}
        if "y" in g:
            f["y"] = int(g["y"])
        if "d2" in g:
            f["d2"] = int(g["d2"])
        if "wd" in g:
            f["wd"] = WEEKDAYS[g["wd"].lower()]
    elif kind == "month":
        f = {"m": _month(g["mon"])}
        if "y" in g:
            f["y"] = int(g["y"])
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
        rel = {"the previous": "previous", "the following": "following", "the next": "following",
               "the same": "same", "that same": "same", "coming": "next"}.get(rel, rel)
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


def _weekday_ok(text: str, m: re.Match) -> bool:
    """Reject weekday names that are part of a holiday or a title ("Bloody Sunday", "Sunday Times")."""
    before = text[max(0, m.start() - 20):m.start()].split()
    prev = before[-1].lower().strip("“‘\"'(") if before else ""
    if prev in WEEKDAY_HOLIDAY_PREFIX:
        return False
    after = text[m.end():m.end() + 25]
    nxt = re.match(r"\s+([A-Z][a-z]+)", after)
    if nxt and not m.group("rel") and prev not in {"on", "since", "until", "by", "from", "before", "after", "last", "next", "this", "of"}:
        return nxt.group(1).lower() in MONTHS
    return True


APPOSITION_RE = re.compile(r"\s*,?\s*(?:on\s+|in\s+|\(\s*)?$")


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in *text*, in order, without overlaps."""
    cands: list[DateMatch] = []
    for kind, pat in patterns():
        for m in pat.finditer(text):
            if kind == "weekday" and not _weekday_ok(text, m):
                continue
            f = _fields(kind, m)
            if f is None:
                continue
            start, end = m.span()
            if kind in {"month", "year"} and m.groupdict().get("cue"):
                cue = m.group("cue").lower()
                if cue not in {"last", "next", "this", "early", "mid", "late"} and not (cue.endswith(" of") and cue != "of"):
                    start = m.start("mod") if m.groupdict().get("mod") else m.start("mon" if kind == "month" else "y")
            if kind == "season" and m.groupdict().get("cue"):
                start = m.end("cue")
                while text[start].isspace():
                    start += 1
                if text[start:start + 4].lower() == "the ":
                    start += 4
            if kind in {"month_day", "season"} and text[start:start + 4].lower() == "the ":
                start += 4
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
    verb ("said on Tuesday").
    """

    pub: dt.date | None = None
    pub_note: str = ""
    pub_end: dt.date | None = None
    tense: str | None = None
    narrative: tuple[int, str, dt.date] | None = None
    previous: tuple[dt.date, str, str] | None = None
    paragraph_day: tuple[dt.date, str] | None = None
    reporting: bool = False


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
    if ctx.narrative is not None and tense != "future":
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
