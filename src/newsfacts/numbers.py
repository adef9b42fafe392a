"""Numbers as news text writes them: numerals and number words to values, hedges and intervals.

Three layers, each usable on its own (all patterns are compiled once per process):

* :func:`parse_number` reads one number expression: digits with separators
  (``100,000``, ``100 000``, ``1.2``), words (``six``, ``twenty-three``,
  ``one hundred and twenty``, ``a dozen``) and mixed forms (``100 thousand``,
  ``1.2 million``).
* :func:`find_numbers` finds every number expression in a text, with character
  offsets, longest first and never overlapping. Vague quantities are numbers too
  (flag ``vague``), coded the way ACLED codes reported fatalities: the value is
  the conservative lower end (``dozens`` = 12, ``hundreds`` = 100) and the
  interval is what the word can mean (see :data:`VAGUE`).
* :func:`find_quantities` reads each number with what surrounds it: a hedge
  before it (about, over, at least, up to, ...) or after it (``-plus``, ``+``,
  ``or more``, ``or so``), ranges (``between 50 and 1,000``, ``50 to 1,000``,
  ``50-1,000``, ``two or three``), the interval ``[low, high]`` the phrase implies
  (:func:`interval`), and a ``kind``: ``cardinal`` for a plain number that may
  count something, or the reason it cannot count people (:data:`NON_COUNT_KINDS`:
  year, date, age, money, percent, duration, measure, time, vote, label,
  compound, decimal, change_from, pronoun).

Qualifiers and their intervals (the ``qualifier`` vocabulary in vocab.py):

==============  ===============================================  =========================
qualifier       written as                                       interval [low, high]
==============  ===============================================  =========================
exact           the number alone ("only 20", "just 20")          [v, v]
approximate     about, around, some, roughly, approximately,     [floor(0.9 v), ceil(1.1 v)];
                an estimated, nearly, almost, close to,          vague words: see VAGUE
                "or so", "-odd", vague quantities
more_than       more than, over, above, in excess of,            [v + 1, open]
                upwards of, "-plus", "+"
at_least        at least, no fewer than, not less than,          [v, open]
                a minimum of, "or more"
less_than       fewer than, less than, under, below              [0, v - 1]
up_to           up to, as many as, at most, no more than,        [0, v]
                "or fewer"
range           between A and B, from A to B, A to B, A-B,       [A, B] (value = A)
                A or B
==============  ===============================================  =========================

``only`` and ``just`` before a number are kept in the phrase but do not change
the qualifier ("only about 20" is approximate, "just over 100" is more_than).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

# --------------------------------------------------------------------------- words
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
DOZEN = 12

#: Vague quantities: word -> (value, low, high). Value is the conservative code
#: (ACLED: dozens = 12, hundreds = 100); the interval is what the word can mean.
VAGUE: dict[str, tuple[int, int, int]] = {
    "tens": (10, 10, 99),
    "dozens": (12, 12, 99),
    "scores": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "thousands": (1_000, 1_000, 9_999),
    "millions": (1_000_000, 1_000_000, 9_999_999),
}
#: "several hundred", "a few thousand": value 2 x scale, interval [2 x scale, 10 x scale - 1].
FEW_WORDS = ("several", "a few", "a couple of")

QUALIFIERS = ("exact", "approximate", "more_than", "at_least", "less_than", "up_to", "range")

NON_COUNT_KINDS = {
    "year": "a calendar year (2023), or a range of years",
    "date": "the day of a date (September 19, 19 September)",
    "age": "an age (20-year-old, aged 20)",
    "money": "an amount of money ($5 million, 100 euros)",
    "percent": "a percentage (20%, 20 percent)",
    "duration": "a duration (20 days, a 44-day war, one day later)",
    "measure": "a distance, area, weight or temperature (20 km)",
    "time": "a time of day (10 a.m.)",
    "vote": "a vote tally (150 votes, by 150 votes to 3, 150 in favour, 3 against, 150-3); "
    "people who vote are counted as people ('332 senators', '331 backed it')",
    "label": "a number naming something (Article 5, Resolution 2722, No. 3)",
    "compound": "part of a hyphenated modifier (a 5,000-strong crowd)",
    "decimal": "a fraction without a scale word (3.5)",
    "change_from": "the old value in a change (rose from 200 to 223)",
    "pronoun": "'one' as a pronoun (no one, one another)",
}

MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)


def trie_pattern(phrases) -> str:
    """One regex alternation for *phrases* (words separated by spaces), as a character trie.

    Python's re tries the branches of a flat alternation one by one at every position; a trie
    shares prefixes, so matching costs about one branch (the counts cue pattern runs ~5x faster).
    Greedy like a longest-first alternation: the longest phrase that fits wins.
    """
    trie: dict = {}
    for p in phrases:
        node = trie
        for ch in " ".join(p.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = trie_pattern(list(UNITS) + list(TENS) + list(SCALES) + ["dozen"])
    scale = trie_pattern(list(SCALES) + ["dozen"])
    digits = (
        r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"              # 100,000  1,234.5
        r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"   # 100 000 (space, no-break or thin space)
        r"|\d+(?:\.\d+)?"                            # 223  1.2
    )
    # A number never continues a word, a decimal, a date/time/fraction, or a code ("Su-25");
    # "50-100" gives two numbers that find_quantities joins into a range (or a tally).
    lead = r"(?<![\w.,/:#])(?<![A-Za-z]-)"
    trail = r"(?![\w])(?![.,:/]\d)"
    few = "|".join(f.replace(" ", r"\s+") for f in FEW_WORDS)
    number = (
        rf"(?P<mixed>{lead}(?:{digits})\s*(?:{scale})\b)"
        rf"|(?P<digits>{lead}(?:{digits}){trail})"
        rf"|(?P<vague>\b(?:(?:tens|dozens|scores|hundreds)\s+of\s+(?:thousands|millions)"
        rf"|(?:{few})\s+(?:hundred|thousand|million)"
        rf"|(?:tens|scores)(?=\s+of\b)|dozens|hundreds|thousands|millions)\b)"
        rf"|(?P<words>\b(?:an?\s+(?=(?:{scale})\b))?(?:{w})\b"
        rf"(?:(?:\s*-\s*|\s+|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+)"
        rf"(?:{w})\b)*(?!-\w))"
    )
    months = MONTH_NAMES
    hedge = (
        r"(?P<up_to>up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+(?:the\s+)?most|a\s+maximum\s+of"
        r"|no\s+more\s+than|not\s+more\s+than)"
        r"|(?P<at_least>at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than"
        r"|a\s+minimum\s+of|at\s+a\s+minimum)"
        r"|(?P<more_than>(?:more|greater)\s+than|(?:well\s+|just\s+|slightly\s+)?over|above"
        r"|in\s+excess\s+of|upwards?\s+of|exceeding|north\s+of)"
        r"|(?P<less_than>(?:fewer|less)\s+than|(?:just\s+|slightly\s+)?(?:under|below)|short\s+of)"
        r"|(?P<approximate>about|around|approximately|approx\.|roughly|some|nearly|almost"
        r"|close\s+to|circa|c\.|(?:an\s+)?estimated|~|more\s+or\s+less|in\s+the\s+region\s+of"
        r"|(?:of|on)\s+the\s+order\s+of)"
    )
    out = {
        "number": re.compile(number, re.I),
        "token": re.compile(r"\d+|[A-Za-z]+"),
        # where a number can open: digits, or a whole word that is a number word
        "hint": re.compile(
            r"\d+|(?<![A-Za-z])(?:" + trie_pattern(_HINT_WORDS) + r")(?![A-Za-z])", re.I),
        "hedge": re.compile(rf"(?:\b(?P<focus>only|just)\s+)?(?<!\w)(?:{hedge})\s*$", re.I),
        "focus": re.compile(r"\b(?:only|just)\s+$", re.I),
        "iso_date": re.compile(r"(\d{4})-(\d{2})(?:-\d{2})?(?![\d\-])"),
        "between": re.compile(r"\bbetween\s+$", re.I),
        "from": re.compile(r"\bfrom\s+$", re.I),
        "change": re.compile(
            r"\b(?:rose|risen|rising|rises|increased|increases|climbed|jumped|grew|grown|soared"
            r"|fell|fallen|dropped|declined|decreased|reduced|revised|raised|lowered|up|down)"
            r"(?:\s+\w+ly)?\s+from\s+$", re.I),
        "range_gap": re.compile(r"^\s*(?:-|\u2013|\u2014|to|through|or)\s*$", re.I),
        "and_gap": re.compile(r"^\s+and\s+$", re.I),
        "plus": re.compile(r"^(?:\s*-\s*plus\b|\s*\+(?![\d\w])|\s+plus\b(?!\s+(?:\d|an?\b|the\b)))", re.I),
        "odd": re.compile(r"^(?:-|\s+)odd\b", re.I),
        "or_so": re.compile(r"^\s+or\s+so\b", re.I),
        "or_more": re.compile(r"^\s+or\s+more\b(?!\s+than)", re.I),
        "or_fewer": re.compile(r"^\s+or\s+(?:fewer|less)\b(?!\s+than)", re.I),
        # ----- kinds that can never count people
        "money_left": re.compile(r"(?:[$€£₽¥₼֏]|\b(?:USD|EUR|AMD|AZN|RUB|GBP|US\$|dollars?)\s*)$"),
        "money_right": re.compile(
            r"^\s*(?:(?:hundred|thousand|million|billion|mln|bn)\s+)?(?:[A-Z][a-z]+\s+)?(?:dollars?|euros?|manats?|drams?"
            r"|rubles?|roubles?|pounds?|lari|USD|EUR|AMD|AZN|RUB|GBP|francs?)\b", re.I),
        "percent": re.compile(r"^\s*(?:%|per\s*cent\b|percent\b|pct\b|percentage\s+points?\b)", re.I),
        "age_right": re.compile(r"^\s*-?\s*(?:years?|yrs?|months?)[\s-]*old\b", re.I),
        "age_left": re.compile(r"\b(?:aged|ages?|age\s+of)\s+(?:between\s+)?$", re.I),
        "duration": re.compile(
            r"^(?:\s+|\s*-\s*)(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?"
            r"|decades?|centuries|century|generations?)\b", re.I),
        "measure": re.compile(
            r"^\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m\b|hectares?|ha\b|acres?|square\b"
            r"|sq\b|tons?\b|tonnes?\b|kg\b|kilograms?|grams?|feet\b|ft\b|foot\b|cm\b|mm\b|lit(?:er|re)s?"
            r"|degrees?|°|mph\b|km/h)", re.I),
        "time": re.compile(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock\b|GMT\b|UTC\b|hrs\b|h\b)", re.I),
        "vote_right": re.compile(
            r"^\s*(?:votes?\b|ballots?\b|in\s+favou?r\b|against\b|abstentions?\b"
            r"|for\s*(?:,|and)\s*\d)", re.I),
        "vote_left": re.compile(r"\b(?:vote|votes|tally|margin)\s+(?:of\s+|to\s+|against\s+)?$", re.I),
        "label_left": re.compile(
            r"(?:#\s*|\b(?:No|Nos|no|Art|Sec|Para|para|Vol|Apt|pp?)\.\s*"
            r"|\b(?:Number|Article|Articles|Section|Chapter|Part|Paragraph|Resolution|Protocol|Point"
            r"|Item|Page|Room|Flight|Route|Highway|Decree|Law|Order|Case|Volume|Annex|Rule|Clause"
            r"|Principle|Phase|Stage|Round|Level|Grade|Unit|Bill|Act|Amendment|Motion|Bulletin|Report"
            r"|Code|Brigade|Battalion|Division|Regiment|Corps|Platoon|Squadron|Building|Block|House"
            r"|Street|Avenue|Apartment|Camp)\s+)$"),
        "date_left": re.compile(rf"\b(?:{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", re.I),
        "date_right": re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{months})\b", re.I),
        "year_left": re.compile(
            rf"\b(?:in|since|until|till|by|from|of|during|before|after|year|years|early|late|mid"
            rf"|to|and|through|between|spring|summer|autumn|fall|winter|{months})\.?\s*-?\s*$", re.I),
        "pronoun_left": re.compile(r"\b(?:no|any|every|some|each|the\s+only|this|that|which)\s+$", re.I),
        "pronoun_right": re.compile(r"^\s+(?:another|other|by\s+one|after\s+another|day|time)\b", re.I),
        "compound": re.compile(r"^-(?!plus\b|odd\b)[A-Za-z]", re.I),
        "word_after": re.compile(r"^\s+[A-Za-z]"),
        # a cheap necessary condition of "hedge": the last word of the text before a number
        "hedge_tail": re.compile(
            r"(?<![A-Za-z])(?:to|as|most|of|than|least|minimum|over|above|exceeding|under|below"
            r"|about|around|approximately|approx\.|roughly|some|nearly|almost|circa|c\.|estimated"
            r"|less|~)$", re.I),
    }
    out["right_kinds"] = re.compile("|".join(
        f"(?P<{kind}>{out[key].pattern})" for kind, key in (
            ("money", "money_right"), ("percent", "percent"), ("age", "age_right"),
            ("duration", "duration"), ("measure", "measure"), ("time", "time"),
            ("vote", "vote_right"), ("compound", "compound"))), re.I)
    # the suffixes in one pattern, the first that fits wins (in this order)
    out["suffix"] = re.compile("|".join(
        f"(?P<{key}>{out[key].pattern})" for key in _SUFFIX_QUALIFIER), re.I)
    return out


#: Suffix patterns after a number -> the qualifier they give ("150,000-plus", "20 or more").
_SUFFIX_QUALIFIER = {"plus": "more_than", "or_more": "at_least", "odd": "approximate",
                     "or_so": "approximate", "or_fewer": "up_to"}


# --------------------------------------------------------------------------- values
@dataclass(frozen=True)
class Number:
    """One number expression in a text."""

    start: int
    end: int
    text: str
    value: float
    form: str  # digits | words | mixed | vague
    low: float  # vague quantities set an interval; otherwise low = high = value
    high: float
    scale: int = 1  # the scale word that multiplied it ("100 thousand" -> 1000), else 1

    @property
    def vague(self) -> bool:
        return self.form == "vague"


_SPLIT_WORDS = re.compile(r"[\s\-]+")
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")
_DIGITS_WORD = re.compile(r"([\d.,\s\u00a0\u202f\u2009]*\d)\s*([A-Za-z]+)?")
_LETTERS = re.compile(r"[A-Za-z]+")
_LETTERS_END = re.compile(r"[A-Za-z]+$")
_FOUR_DIGITS = re.compile(r"\d{4}")


def words_to_number(text: str) -> int | None:
    """Value of a number written in words ("one hundred and twenty" -> 120), or None."""
    tokens = [t for t in _SPLIT_WORDS.split(text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] in {"a", "an"}:
        tokens[0] = "one"
    total, current, seen = 0, 0, False
    last_scale = math.inf
    for tok in tokens:
        if tok in UNITS:
            v = UNITS[tok]
            small = current % 100
            if seen and not (small == 0 or (small >= 20 and small % 10 == 0 and v < 10)):
                return None
            current += v
        elif tok in TENS:
            if seen and current % 100 != 0:
                return None
            current += TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * DOZEN
        elif tok == "hundred":
            if current % 100 != current or (seen and current == 0):
                return None
            current = (current or 1) * 100
        elif tok in SCALES:
            scale = SCALES[tok]
            if scale >= last_scale:
                return None
            total += (current or 1) * scale
            current = 0
            last_scale = scale
        else:
            return None
        seen = True
    return total + current


def _digits_value(text: str) -> float:
    return float(_SEPARATORS.sub("", text))


def parse_number(text: str) -> float | None:
    """Value of one number expression: digits, words, mixed or vague; None if unreadable."""
    s = " ".join(text.strip().split())
    if not s:
        return None
    m = _DIGITS_WORD.fullmatch(s)
    if m:
        try:
            value = _digits_value(m.group(1))
        except ValueError:
            return None
        word = (m.group(2) or "").lower()
        if not word:
            return value
        if word in SCALES:
            return value * SCALES[word]
        if word == "dozen":
            return value * DOZEN
        return None
    vague = _vague(s)
    if vague is not None:
        return float(vague[0])
    value = words_to_number(s)
    return None if value is None else float(value)


def _vague(text: str) -> tuple[int, int, int] | None:
    s = " ".join(text.lower().split())
    parts = s.split(" of ")
    if len(parts) == 2 and parts[0] in VAGUE and parts[1] in ("thousands", "millions"):
        mult = 1_000 if parts[1] == "thousands" else 1_000_000
        v, lo, hi = VAGUE[parts[0]]
        return v * mult, lo * mult, (hi + 1) * mult - 1
    if s in VAGUE:
        return VAGUE[s]
    for few in FEW_WORDS:
        if s.startswith(few + " "):
            scale = SCALES.get(s[len(few) + 1:])
            if scale:
                return 2 * scale, 2 * scale, 10 * scale - 1
    return None


_SCALE_WORDS = frozenset(list(SCALES) + ["dozen"])
_HINT_WORDS = frozenset(list(UNITS) + list(TENS) + list(SCALES) + ["dozen"] + list(VAGUE))


def find_numbers(text: str) -> list[Number]:
    """Every number expression in *text*, in order, never overlapping."""
    out: list[Number] = []
    p = _patterns()
    pattern, token = p["number"], p["token"]
    pos = 0
    # The full pattern is costly to try everywhere: try it only at digits and number words
    # (found by one regex, no loop over the other words); before a scale word, a number
    # opens at most three words and 16 characters earlier ("a couple of hundred").
    for hint in p["hint"].finditer(text):
        hs = hint.start()
        if hs < pos:
            continue
        m = None
        if hint.group(0).lower() in _SCALE_WORDS:
            for t in list(token.finditer(text, max(pos, hs - 16), hs))[-3:]:
                m = pattern.match(text, t.start())
                if m is not None and m.end() > hs:
                    break
                m = None
        m = m or pattern.match(text, hs)
        if m is None:
            continue
        form = m.lastgroup
        raw = m.group(0)
        start, end = m.start(), m.end()
        pos = end
        if form == "words":
            value = words_to_number(raw)
            if value is None:  # "two three": keep the longest readable prefix
                toks = list(_LETTERS.finditer(raw))
                for k in range(len(toks) - 1, 0, -1):
                    value = words_to_number(raw[: toks[k - 1].end()])
                    if value is not None:
                        end = start + toks[k - 1].end()
                        raw = text[start:end]
                        pos = end  # read the rest again: "twelve five" is 12, then 5
                        break
            if value is None:
                pos = start + len(_LETTERS.match(raw).group(0))
                continue
            scale = next((SCALES[t] for t in reversed(raw.lower().split()) if t in SCALES), 1)
            out.append(Number(start, end, raw, float(value), "words", float(value), float(value), scale))
        elif form == "vague":
            v, lo, hi = _vague(raw)
            out.append(Number(start, end, raw, float(v), "vague", float(lo), float(hi)))
        else:
            value = parse_number(raw)
            if value is None:
                continue
            word = _LETTERS_END.search(raw)
            scale = SCALES.get(word.group(0).lower(), DOZEN) if word else 1
            out.append(Number(start, end, raw, value, form, value, value, scale))
    return out


# --------------------------------------------------------------------------- quantities
@dataclass(frozen=True)
class Quantity:
    """A number read in context: its phrase, qualifier, interval and kind."""

    start: int  # the phrase, hedge included ("over 100,000", "between 50 and 1,000")
    end: int
    text: str
    value: float
    low: float
    high: float  # NaN = open
    qualifier: str
    kind: str  # "cardinal" or a key of NON_COUNT_KINDS
    form: str  # digits | words | mixed | vague | range
    num_start: int  # the number itself (the first number of a range)
    num_end: int  # end of the number (the last number of a range)


def interval(value: float, qualifier: str, high_value: float | None = None) -> tuple[float, float]:
    """The [low, high] a stated number implies under *qualifier* (high NaN = open)."""
    if qualifier == "exact":
        return value, value
    if qualifier == "approximate":
        return float(math.floor(round(0.9 * value, 6))), float(math.ceil(round(1.1 * value, 6)))
    if qualifier == "more_than":
        return value + 1, math.nan
    if qualifier == "at_least":
        return value, math.nan
    if qualifier == "less_than":
        return 0.0, max(value - 1, 0.0)
    if qualifier == "up_to":
        return 0.0, value
    if qualifier == "range":
        return value, value if high_value is None else high_value
    raise ValueError(f"unknown qualifier {qualifier!r}")


def _is_bare_year(n: Number) -> bool:
    return n.form == "digits" and 1800 <= n.value <= 2100 and _FOUR_DIGITS.fullmatch(n.text) is not None


def _kind(text: str, first: Number, last: Number) -> str:
    """Why the number(s) from *first* to *last* cannot count people, or 'cardinal'."""
    p = _patterns()
    left = text[max(0, first.start - 24): first.start]
    right = text[last.end: last.end + 30]
    # every check on the right at once: the first kind (in the order below) whose pattern fits
    rm = p["right_kinds"].match(right)
    rk = rm.lastgroup if rm is not None else None
    if rk == "money" or p["money_left"].search(left):
        return "money"
    if rk == "percent":
        return "percent"
    if rk == "age" or p["age_left"].search(left):
        return "age"
    if p["date_left"].search(left) and first.form == "digits" and first.value <= 31 \
            or p["date_right"].match(right) and last.form == "digits" and last.value <= 31:
        return "date"
    if _is_bare_year(first) and (first is not last and _is_bare_year(last)):
        return "year"
    if _is_bare_year(last) and (p["year_left"].search(left) or p["date_left"].search(left)
                                or not p["word_after"].match(right)):
        return "year"
    if rk in ("duration", "measure", "time"):
        return rk
    if rk == "vote" or p["vote_left"].search(left):
        return "vote"
    if p["label_left"].search(left):
        return "label"
    if rk == "compound":
        return "compound"
    if first.form == "words" and first.value == 1 and (
            p["pronoun_left"].search(left) or p["pronoun_right"].match(right)):
        return "pronoun"
    if first is last and first.value != int(first.value):
        return "decimal"
    return "cardinal"


def find_quantities(text: str) -> list[Quantity]:
    """Every number in *text* read with its hedge, range and kind (see the module doc)."""
    p = _patterns()
    nums = find_numbers(text)
    out: list[Quantity] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        last = n
        high_value = None
        qualifier = None
        change_from = False
        iso = p["iso_date"].match(text, n.start)
        if iso and 1800 <= int(iso.group(1)) <= 2100 and 1 <= int(iso.group(2)) <= 12:
            # "2023-09-24", "2023-09": one date, whatever numbers it is written with
            out.append(Quantity(n.start, iso.end(), iso.group(0), n.value, n.value, n.value, "exact",
                                "date", n.form, n.start, iso.end()))
            while i < len(nums) and nums[i].start < iso.end():
                i += 1
            continue
        left = text[max(0, n.start - 32): n.start]
        phrase_start = n.start
        # ----- ranges: "between A and B", "from A to B", "A to B", "A-B", "A or B"
        if i + 1 < len(nums):
            m2 = nums[i + 1]
            gap = text[n.end: m2.start]
            between = p["between"].search(left)
            is_range = (between and p["and_gap"].match(gap)) or p["range_gap"].match(gap)
            a = n.value
            if is_range and m2.scale > 1 and n.scale == 1 and a < m2.value / m2.scale:
                a = a * m2.scale  # "between 50 and 100 thousand"
            if is_range and m2.value > a and not n.vague and not m2.vague:
                if p["change"].search(left):
                    change_from = True  # "rose from 200 to 223": 223 is read on its own
                else:
                    last = m2
                    high_value = m2.value
                    qualifier = "range"
                    n = replace(n, value=a)
                    if between:
                        phrase_start = n.start - len(between.group(0))
                    elif p["from"].search(left):
                        phrase_start = n.start - len(p["from"].search(left).group(0))
            elif gap.strip() in {"-", "\u2013"} and m2.value < n.value and not m2.vague:
                # "150-3": a tally, not a range; both numbers are skipped
                for num in (n, m2):
                    out.append(Quantity(num.start, num.end, num.text, num.value, num.value, num.value,
                                        "exact", "vote", num.form, num.start, num.end))
                i += 2
                continue
        right = text[last.end: last.end + 30]
        phrase_end = last.end
        if qualifier is None:
            tail = left.rstrip()
            h = p["hedge"].search(left) if p["hedge_tail"].search(tail, max(0, len(tail) - 14)) else None
            if h:
                qualifier = next(k for k in QUALIFIERS if h.groupdict().get(k))
                phrase_start = n.start - len(h.group(0))
            elif tail[-4:].lower() in ("only", "just"):
                f = p["focus"].search(left)
                if f:
                    phrase_start = n.start - len(f.group(0))
            m = p["suffix"].match(right)
            if m:  # a suffix is more telling than a vague hedge: "some 150,000-plus"
                if qualifier in (None, "approximate"):
                    qualifier = _SUFFIX_QUALIFIER[m.lastgroup]
                phrase_end = last.end + m.end()
        if n.vague and qualifier in (None, "approximate"):
            qualifier = "approximate"
            low, high = n.low, n.high
        else:
            qualifier = qualifier or "exact"
            low, high = interval(n.value, qualifier, high_value)
        kind = "change_from" if change_from else _kind(text, n, last)
        out.append(Quantity(
            start=phrase_start, end=phrase_end, text=text[phrase_start:phrase_end], value=n.value,
            low=low, high=high, qualifier=qualifier, kind=kind,
            form="range" if qualifier == "range" else n.form, num_start=n.start, num_end=last.end,
        ))
        i += 2 if last is not n and qualifier == "range" else 1
    return out
