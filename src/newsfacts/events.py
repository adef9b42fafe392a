"""Dated events: every date expression normalised and tied to the clause it dates.

One row per date expression (see :mod:`newsfacts.dates` for finding and
normalising). For each one this module decides

* the **clause** it belongs to: the sentence cut at semicolons, dashes, quoted
  speech, "that"-complements and relative clauses (``, who``/``, which``);
* the clause's **tense** (past, present, future) from its verb group nearest the
  expression ("will receive", "were displaced", "is to visit", "said"); then the
  resolved date itself: a date wholly after publication is future whatever the
  verb ("when he visits Washington next week", "expects his verdict next month"),
  and a present-tense clause about a period that is over reports the past
  ("remain missing from the fighting of 2020"); with no verb the date decides;
* whether the expression dates an infinitive governed by a verb of agreement or
  intention (``PROSPECTIVE_VERBS``: "agreed to meet again in January"): such a
  date lies after that verb's time (see :mod:`newsfacts.dates`);
* the **narrative anchor** for a day or month without a year: the latest full
  date, month or season written with its year, in the same or the preceding
  paragraph (paragraphs: blank-line separated, else lines), while every date read
  since, other than a year mentioned in passing, lies in that year; a date that
  took the anchor's year carries it one paragraph further. A bare year is never an
  anchor;
* the **base** of a shift ("one day later", "the next week"): the latest date finer
  than a year ("the 2020 war" in between is skipped); a shift in years counts from
  the latest date of any kind;
* the **event type**, from keyword families in the clause (vocab.EVENT_TYPES),
  the nearest keyword winning, with specific types (offensive, ceasefire, ...)
  preferred over generic ones (statement, report, meeting) at similar distance;
* the **actors** of the clause: canonical names of the mentions (actors table)
  whose span lies in it, in order of appearance;
* the **anchor**: the publication date (``articles.published``), or, for an article
  without one, an inferred publication window (:func:`infer_publication`). Every
  row resolved against an inferred date says so in ``note``.

The dateline's date is the ``publication`` event: a news dateline ("YEREVAN, Feb. 5
(Agency) —", on one of the first three lines, as the corpus loader reads it) or a
press-release one in parentheses ("(Berlin, March 18, 2025) –"); the latter also
gives the publication date of an article that has none.

Speed: dates are found by a few literal-first regex scans per article; each date's
clause is tokenised once (:class:`Tokens`) and read by tense, type and reporting
tests; keywords are looked up per word through a cache, mentions by bisection.

Durations ("seven months", "24-hour") are not events: :func:`durations` lists them.
:func:`timeline_frame` and :func:`draw_timeline` lay the events out for notebook 02.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from . import dates as D
from .corpus import DATELINE_RE, MONTHS, parse_date

COLUMNS = ["article_id", "sentence_id", "start", "end", "expression", "date", "precision", "anchor", "tense", "event", "event_type", "actors", "note"]
DURATION_COLUMNS = ["article_id", "sentence_id", "start", "end", "expression", "unit", "value"]
TIMELINE_COLUMNS = ["article_id", "source", "published", "sentence_id", "expression", "date", "precision", "event_type",
                    "tense", "label", "start", "end", "future", "inferred", "lane", "label_side"]

#: How far after the latest explicit date an undated article may have been published.
INFER_WINDOW_DAYS = 30

# --------------------------------------------------------------------------- event-type lexicon
#: event type -> regex of keywords (lowercase, whole words). Order = tie-break priority.
EVENT_KEYWORDS: dict[str, str] = {
    "ceasefire": r"cease-?fires?|truce|armistice|disarm\w*|surrender\w*|capitulat\w*",
    "offensive": r"offensives?|attack(?:s|ed|ing)?|assault(?:s|ed)?|shell(?:ing|ed|s)?|bombard\w*|bomb(?:ing|ed|s)?|"
                 r"air ?strikes?|drone strikes?|invad(?:e|ed|es|ing)|invasion|incursion|hostilities|fighting|"
                 r"military operation|operation|war|clash(?:es|ed)?|seiz(?:e|ed|ure)|offensive",
    "displacement": r"displace\w*|flee(?:ing|s)?|fled|exodus|evacuat\w+|expel\w*|expulsion|deport\w+|forced out",
    "detention": r"arrest\w*|detain\w*|detention|imprison\w*|jail(?:ed|ing)?|captur\w+|abduct\w*|kidnap\w*|custody|"
                 r"taken prisoner|hostages?",
    "sentence": r"sentenc(?:e|ed|es|ing)|verdict|convict(?:ed|ion|ions)?|life imprisonment",
    "trial": r"trials?|tried|court|hearings?|prosecut(?:e|ed|ion|ing)|charged|indict\w*|tribunal",
    "release": r"releas(?:e|ed|es|ing)|freed|set free|pardon\w*|amnest\w+|repatriat\w+|handed over|prisoner swap|"
               r"prisoner exchange",
    "award": r"awards?|awarded|prizes?|honou?r(?:s|ed|ary)?|medals?|laureates?",
    "resolution": r"resolutions?|motions?|adopt(?:ed|s|ing)?|vot(?:e|ed|es|ing)",
    "agreement": r"agreements?|treat(?:y|ies)|accords?|deal|declarations?|memorand(?:um|a)|signed|signing|ratif\w+|protocol",
    "report": r"reports?|reported|reporting|study|survey|findings|according to",
    "statement": r"statements?|said|says|stated|announc\w+|declared|told|posts?|posted|tweet\w*|wrote|speech|interview|"
                 r"remarks|press release|briefing|blast(?:ed|s)?|condemn\w*|denounc\w*|urg(?:e|ed|es|ing)|"
                 r"call(?:ed|s)? (?:for|on)|warn(?:ed|s|ing)?|letter|appeal(?:ed|s)?",
    "other": r"protests?|protested|rall(?:y|ies|ied)|demonstrat(?:ion|ions|ed)|vigils?|elections?|referendum|earthquake|explosion",
    "meeting": r"meet(?:s|ing|ings)?|met|sessions?|assembl(?:y|ies)|summit|visit(?:s|ed|ing)?|talks|discuss\w*|"
               r"conference|banquet|ceremony|gathering|forum|negotiat\w+|hosted",
}
GENERIC_TYPES = {"statement", "report", "meeting", "other"}
SPECIFIC_BONUS = 3  # tokens: a specific type this much farther still beats a generic one
COMMA_COST = 5  # tokens: crossing a comma counts as this much distance

# --------------------------------------------------------------------------- tense lexicon
FUTURE_MODALS = {"will", "shall", "’ll", "'ll", "wo", "would"}
FUTURE_WORDS = {"upcoming", "forthcoming"}
FUTURE_BEFORE_TO = {"set", "scheduled", "slated", "due", "going", "expected", "planned", "plans", "plan",
                    "planning", "intends", "intend", "aims", "aim", "aiming"}
BE_PRESENT = {"is", "are", "am"}
BE_PAST = {"was", "were"}
HAVE = {"has", "have", "’ve", "'ve"}
OTHER_MODALS = {"could", "can", "may", "might", "must", "should", "to"}
PAST_IRREGULAR = {
    "was", "were", "had", "did", "said", "told", "met", "began", "took", "fled", "left", "held", "made", "gave",
    "came", "went", "saw", "found", "sent", "won", "lost", "fought", "brought", "became", "broke", "chose",
    "drove", "fell", "felt", "got", "grew", "heard", "kept", "knew", "led", "meant", "paid", "rose", "sat",
    "shot", "spoke", "stood", "struck", "swore", "taught", "thought", "threw", "understood", "wrote", "sought",
    "sold", "bought", "caught", "built", "spent", "stole", "forbade", "froze", "withdrew", "overtook",
    "undertook", "hid", "bore", "tore", "drew", "flew", "slept", "wept", "upheld", "dealt", "ran", "won",
}
PAST_PARTICIPLES = {"been", "done", "given", "taken", "seen", "known", "shown", "spoken", "written", "chosen",
                    "driven", "fallen", "beaten", "broken", "held", "begun", "stolen", "frozen", "torn", "drawn"}
ED_STOP = {"hundred", "red", "bed", "need", "speed", "seed", "indeed", "sacred", "naked", "wicked", "kindred",
           "feed", "breed", "embed", "shed", "wed", "united", "armed", "alleged", "so-called", "based",
           "related", "concerned", "interested", "limited", "advanced", "detailed", "supposed", "proceed",
           "exceed", "succeed", "greed", "creed", "weed", "reed", "bleed", "led"}
SKIP_WORDS = {"not", "also", "soon", "then", "still", "already", "just", "now", "again", "only", "never",
              "even", "first", "n't", "later", "reportedly", "allegedly", "jointly", "both", "all"}
#: past forms of verbs whose infinitive complement lies after them ("agreed to meet in January")
#: (not "decided", "voted", "ordered": what they govern usually happens at once)
PROSPECTIVE_VERBS = {"agreed", "promised", "pledged", "vowed", "planned", "intended", "hoped", "aimed", "threatened",
                     "offered", "undertook", "prepared", "arranged", "scheduled", "urged", "asked", "called",
                     "invited", "wanted", "sought", "proposed", "committed", "expected", "requested", "pressed",
                     "consented"}
NOT_INFINITIVES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                   "those", "him", "them", "us", "me", "it", "date", "power", "office", "court", "war", "peace",
                   "death", "prison", "jail", "which", "what", "whom", "all", "both", "each", "every", "some"}
PRESENT_WORDS = {"says", "calls", "continues", "remains", "currently", "ongoing", "underway", "now"}
REPORTING_VERBS = {"said", "says", "told", "announced", "reported", "stated", "wrote", "posted", "tweeted",
                   "declared", "noted", "added", "confirmed", "claimed", "announces", "reports"}
PREPOSITIONS = {"on", "in", "during", "since", "by", "until", "till", "from", "of", "at", "as", "early", "for"}

WORD_RE = re.compile(r"[A-Za-z]+(?:[’'.-][A-Za-z]+)*|\d+(?:[.,]\d+)*|[,]")
RELATIVE_WORDS = {"who", "whom", "whose", "which", "where"}
_STRIP_QUOTES = str.maketrans("", "", "[]“”\"")
_NONSPACE_RE = re.compile(r"\S+")
# Clause boundaries inside a sentence (the matched text is the cut).
# Clause boundaries inside a sentence; each alternative starts with a literal so scanning is fast.
# The clause before a boundary ends at its start; the clause after begins at its end
# (at its start for "that", which belongs to the clause it opens).
BOUNDARY_RE = re.compile(
    r";\s*|:\s+|[—–](?<=\s[—–])\s*|--(?<=\s--)\s*|[”\"](?<=[,.!?][”\"])\s*|[“\"](?:(?<=^.)|(?<=[,:]\s.))"
    r"|,\s+(?=(?:who|whom|whose|which|where|while|whereas|but|although|though)\b)"
    r"|(?P<that>that)(?<=\sthat)\s+(?!day\b|week\b|month\b|year\b|time\b|morning\b|evening\b|night\b|same\b)(?=\w)"
)


# --------------------------------------------------------------------------- clause analysis
def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) within *sentence* of the clause holding the span start..end.

    A non-restrictive relative clause (", who is ..., said") that closes with a
    comma before the expression is parenthetical: the clause runs across it.
    """
    lo, hi, prev = 0, len(sentence), 0
    for m in BOUNDARY_RE.finditer(sentence):
        after = m.start() if m.lastgroup == "that" else m.end()
        if after <= start:
            word = sentence[after:after + 6].split(" ", 1)[0].lower()
            if word in RELATIVE_WORDS:
                close = sentence.find(",", after)
                if 0 <= close < start and sentence[close + 1:close + 3].strip()[:1].islower():
                    continue  # parenthetical: ", who ..., said ..." — keep the main clause
            prev, lo = lo, max(lo, after)
        elif m.start() >= end:
            hi = m.start()
            while hi > end and sentence[hi - 1].isspace():
                hi -= 1
            break
    if sentence[lo:lo + 6].split(" ", 1)[0].lower() in RELATIVE_WORDS and lo > 0:
        close = sentence.find(",", end, hi)
        if close >= 0 and sentence[close + 1:close + 3].strip()[:1].islower():
            hi = close  # ", which ended on Friday, produced ..." — the relative clause ends here
        ante = max(prev, sentence.rfind(",", 0, max(lo - 2, 0)) + 1)
        if len(sentence[ante:lo].split()) <= 6:
            lo = ante + len(sentence[ante:lo]) - len(sentence[ante:lo].lstrip())  # "The talks, which ..."
    return lo, hi


class Tokens:
    """The WORD_RE tokens of a clause as parallel lists (text, lowercase, start, end), made once
    and read by the tense, the event type and the reporting test."""

    __slots__ = ("raw", "low", "starts", "ends", "first")

    def __init__(self, text: str) -> None:
        ms = list(WORD_RE.finditer(text))
        self.raw = [m[0] for m in ms]
        self.low = [w.lower() for w in self.raw]
        self.starts = [m.start() for m in ms]
        self.ends = [m.end() for m in ms]
        self.first = next((i for i, w in enumerate(self.raw) if w != ","), 0)  # first word, not comma


def _tokens(text: str) -> Tokens:
    return Tokens(text)


def _is_past_form(w: str) -> bool:
    return w in PAST_IRREGULAR or (w.endswith("ed") and len(w) > 4 and w not in ED_STOP)


def _neighbour(toks: list[str], i: int, step: int) -> int:
    """Index of the next token from i in direction step that is not an adverb or a comma, or -1."""
    j = i + step
    while 0 <= j < len(toks) and (toks[j] in SKIP_WORDS or toks[j] == ","
                                  or (toks[j].endswith("ly") and len(toks[j]) > 4)):
        j += step
    return j if 0 <= j < len(toks) else -1


_MARKER_WORDS = (FUTURE_MODALS | FUTURE_WORDS | FUTURE_BEFORE_TO | BE_PRESENT | BE_PAST | {"had", "did"} | HAVE
                 | PAST_IRREGULAR | PAST_PARTICIPLES | PRESENT_WORDS)
_CAPITAL_MARKERS = FUTURE_MODALS | BE_PRESENT | BE_PAST | HAVE


def _marker(toks: list[str], raw: list[str], i: int, first: int = 0) -> tuple[str, bool] | None:
    """(tense, strong) if token i marks a tense, else None (*first*: index of the clause's first word)."""
    w = toks[i]
    if w not in _MARKER_WORDS and not (len(w) > 4 and (w.endswith("ing") or w.endswith("ed"))):
        return None  # cannot mark a tense (the checks below all need one of these)
    if raw[i][:1].isupper() and i > first and w not in _CAPITAL_MARKERS:
        return None  # proper nouns ("United", "Armed Forces")
    nxt = _neighbour(toks, i, 1)
    nw = toks[nxt] if nxt >= 0 else ""
    if w in FUTURE_MODALS or w in FUTURE_WORDS:
        return "future", True
    if w in FUTURE_BEFORE_TO and nw in {"to", "for"}:
        return "future", True
    if w in BE_PRESENT:
        if nw in {"to", "going"} or (nw in FUTURE_BEFORE_TO and _neighbour(toks, nxt, 1) >= 0
                                     and toks[_neighbour(toks, nxt, 1)] in {"to", "for"}):
            return "future", True
        if nw in FUTURE_BEFORE_TO:
            return "future", True  # "is due in April", "are set for Monday"
        return "present", True
    if w in BE_PAST or w in {"had", "did"}:
        return "past", True
    if w in HAVE:
        if nw and (_is_past_form(nw) or nw in PAST_PARTICIPLES):
            return "past", True
        return "present", False
    if w.endswith("ing") and len(w) > 4:
        prv = _neighbour(toks, i, -1)
        pw = toks[prv] if prv >= 0 else ""
        if pw in BE_PRESENT:
            return "present", True
        if pw in BE_PAST:
            return "past", True
        return None
    if _is_past_form(w) or w in PAST_PARTICIPLES:
        prv = _neighbour(toks, i, -1)
        pw = toks[prv] if prv >= 0 else ""
        if pw in {"be", "been", "being"}:
            p2 = _neighbour(toks, prv, -1)
            pw = toks[p2] if p2 >= 0 else ""
            if pw == "been":
                return "past", True
            prv = p2
        if pw in FUTURE_MODALS:
            return "future", True
        if pw == "to":
            p2 = _neighbour(toks, prv, -1)
            before = toks[p2] if p2 >= 0 else ""
            return ("future", True) if before in FUTURE_BEFORE_TO | BE_PRESENT else None
        if pw in OTHER_MODALS:
            return None
        if pw in BE_PRESENT:
            return "present", False
        if w in PAST_PARTICIPLES and pw not in HAVE | BE_PAST | {"had"}:
            return None
        return "past", True
    if w in PRESENT_WORDS:
        return "present", False
    return None


def tense_of(clause: str, start: int, end: int, tokens: "Tokens | None" = None) -> str | None:
    """Tense of *clause* as seen from the expression at start..end (None when nothing shows it).

    The nearest strong marker to the left wins, then the nearest to the right,
    then a weak (present) marker.
    """
    return tense_scan(clause, start, end, tokens)[0]


def _infinitive_verb(low: list[str], raw: list[str], i: int) -> bool:
    """Token i is a bare verb after "to" ("to meet", not "to the", "to Baku", "to talks")."""
    w = low[i]
    return (w.isalpha() and raw[i][:1].islower() and w not in NOT_INFINITIVES
            and not (w.endswith("s") and not w.endswith("ss")) and not w.endswith("ing"))


def tense_scan(clause: str, start: int, end: int, tokens: "Tokens | None" = None) -> tuple[str | None, bool]:
    """(tense, prospective) of the clause around start..end; see :func:`tense_of`.

    *prospective*: the expression follows an infinitive ("to meet") and the nearest
    verb before it is a verb of intention or agreement ("agreed", "pledged",
    "urged"): what it dates comes after that verb's own time ("the ministers agreed
    to meet again in January").
    """
    tk = tokens if tokens is not None else _tokens(clause)
    raw, low, first = tk.raw, tk.low, tk.first
    first_right = bisect.bisect_left(tk.starts, end)  # first token starting at or after end
    last_left = bisect.bisect_right(tk.ends, start) - 1  # last token ending by start
    weak = None
    infinitive = False
    for i in range(last_left, -1, -1):
        m = _marker(low, raw, i, first)
        if m is None:
            if low[i] == "to":
                j = i + 1
                while j <= last_left and low[j] == ",":
                    j += 1
                if j <= last_left and _infinitive_verb(low, raw, j):
                    infinitive = True
            continue
        if m[1]:
            return m[0], infinitive and low[i] in PROSPECTIVE_VERBS
        weak = weak or m[0]
    for i in range(first_right, len(low)):
        m = _marker(low, raw, i, first)
        if m is None:
            continue
        if m[1]:
            return m[0], False
        weak = weak or m[0]
    return weak, False


@lru_cache(maxsize=1)
def _keyword_full_re() -> re.Pattern:
    return re.compile("|".join(f"(?P<{t}>{p})" for t, p in EVENT_KEYWORDS.items()))


@lru_cache(maxsize=65536)
def keyword_type(phrase: str) -> str | None:
    """The event type a lowercase word or two-word phrase is a keyword of (first in EVENT_KEYWORDS order)."""
    m = _keyword_full_re().fullmatch(phrase)
    return m.lastgroup if m else None


_TYPE_RANK = {t: i for i, t in enumerate(EVENT_KEYWORDS)}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (split at '|' outside groups and classes)."""
    out, depth, cls, cur, esc = [], 0, False, [], False
    for ch in pattern:
        if esc:
            cur.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


@lru_cache(maxsize=1)
def _bigram_first_re() -> re.Pattern:
    """Words that can open a two-word keyword ("according" of "according to", "call" of "call for")."""
    firsts = []
    for pat in EVENT_KEYWORDS.values():
        for alt in _alternatives(pat):
            if " " in alt:
                firsts.append(alt.split(" ", 1)[0])
    return re.compile("|".join(firsts))


@lru_cache(maxsize=65536)
def _opens_bigram(word: str) -> bool:
    return _bigram_first_re().fullmatch(word) is not None


def event_type_of(clause: str, start: int, end: int, tokens: "Tokens | None" = None) -> tuple[str, int, int, int]:
    """(event type, keyword start, keyword end, first keyword of that type) for the clause around start..end.

    The nearest keyword wins; distance counts words, plus COMMA_COST per comma
    crossed, minus SPECIFIC_BONUS for specific types. 'other' (-1s) without keywords.
    A keyword is a word, or two words read first ("according to"); words inside the
    expression are not read.
    """
    tk = tokens if tokens is not None else _tokens(clause)
    low, starts, ends = tk.low, tk.starts, tk.ends
    n = len(low)
    if not n:
        return "other", -1, -1, -1
    first_expr = bisect.bisect_right(ends, start)  # first token ending after the expression starts
    last_expr = bisect.bisect_left(starts, end) - 1  # last token starting before it ends
    types = [keyword_type(t) for t in low]
    hits: dict[int, tuple[str, int]] = {}  # token i -> (type, its last token j)
    for i in [i for i in range(n - 1) if _opens_bigram(low[i])]:
        if not first_expr <= i <= last_expr and not first_expr <= i + 1 <= last_expr:
            etype = keyword_type(f"{low[i]} {low[i + 1]}")
            if etype:
                hits[i] = (etype, i + 1)
    for i in [i for i in range(n) if types[i]]:
        if i not in hits and not first_expr <= i <= last_expr:
            hits[i] = (types[i], i)
    if not hits:
        return "other", -1, -1, -1
    best = None
    firsts: dict[str, int] = {}
    for i in sorted(hits):
        etype, j = hits[i]
        firsts.setdefault(etype, starts[i])
        lo, hi = (j + 1, first_expr) if j < first_expr else (last_expr + 1, i)
        commas = low[lo:hi].count(",") if hi > lo else 0
        dist = (hi - lo - commas if hi > lo else 0) + COMMA_COST * commas
        dist -= 0 if etype in GENERIC_TYPES else SPECIFIC_BONUS
        key = (dist, _TYPE_RANK[etype])
        if best is None or key < best[0]:
            best = (key, etype, starts[i], ends[j])
    return best[1], best[2], best[3], firsts[best[1]]


def condense(clause: str, start: int, end: int, focus: int = -1, max_words: int = 14, antecedent: str = "") -> str:
    """The clause without the date expression, as a short readable phrase around *focus*.

    The clause is cut into comma pieces; parenthetical relative pieces (", who ...")
    are dropped; the piece holding *focus* (the event keyword) is kept, extended to
    its neighbours when it is too short to read. A trailing attribution
    ("..., Factor.am reported") is put first: "Factor.am reported: ...".
    *antecedent* replaces a leading "who" (the clause is a relative clause).
    """
    spans = [m.span() for m in _NONSPACE_RE.finditer(clause)]
    i0 = 0  # the words before the expression, those overlapping it, and those after
    while i0 < len(spans) and spans[i0][1] <= start:
        i0 += 1
    i1 = i0
    while i1 < len(spans) and spans[i1][0] < end:
        i1 += 1
    words: list[tuple[str, int]] = [(clause[a:b], a) for a, b in spans[:i0]]
    k = i0  # the first word at or after the expression's end
    comma_after = False
    for _, b in spans[i0:i1]:
        rest = clause[end:b] if b > end else ""
        if rest.strip(",.;:") and rest not in {"’s", "'s"}:
            words.append((rest, end))
        elif "," in rest:
            comma_after = True
    words += [(clause[a:b], a) for a, b in spans[i1:]]
    if k > 0 and words[k - 1][0].lower().strip(",") in PREPOSITIONS and words[k - 1][1] < start:
        del words[k - 1]
        k -= 1
    if comma_after and k > 0 and k < len(words):
        words[k - 1] = (words[k - 1][0].rstrip(",") + ",", words[k - 1][1])
    if any(q in clause for q in "[]“”\"‘"):
        words = [((w[1:].rstrip("’") if w.startswith("‘") else w).translate(_STRIP_QUOTES), p) for w, p in words]
    cleaned = [wp for wp in words if wp[0].strip(",;:.—–-")]
    if not cleaned:
        return ""
    if antecedent and cleaned[0][0].lower() in {"who", "whom"}:
        cleaned[0] = (antecedent, cleaned[0][1])
    cuts = [i + 1 for i, (w, _) in enumerate(cleaned) if w[-1] in ",;:"]  # a piece ends after each
    for i in cuts:
        cleaned[i - 1] = (cleaned[i - 1][0].rstrip(",;:"), cleaned[i - 1][1])
    pieces = [cleaned[a:b] for a, b in zip([0] + cuts, cuts + [len(cleaned)]) if b > a]
    f = focus if focus >= 0 else start
    idx = max([i for i, pc in enumerate(pieces) if pc[0][1] <= f] or [0])
    at = max([i for i, pc in enumerate(pieces) if pc[0][1] <= start] or [0])  # the piece the expression was in
    keep = [i for i, pc in enumerate(pieces) if i in (idx, at) or pc[0][0].lower() not in RELATIVE_WORDS]
    pos = keep.index(idx)
    n = lambda sel: sum(len(pieces[i]) for i in sel)
    if (len(pieces[idx]) < 5 and pos == len(keep) - 1 and pos > 0
            and any(w.lower() in REPORTING_VERBS for w, _ in pieces[idx][1:])):  # "…, the agency reported"
        head = " ".join(w for w, _ in pieces[idx])
        rest = [w for i in keep[:pos] for w, _ in pieces[i]]
        tail = " ".join(rest[:max(max_words - len(pieces[idx]), 4)])
        return f"{head}: {tail}" + (" …" if len(rest) > max(max_words - len(pieces[idx]), 4) else "")
    chosen = [idx]
    while n(chosen) < 5 and len(chosen) < len(keep):
        right = [i for i in keep if i > chosen[-1]]
        left = [i for i in keep if i < chosen[0]]
        chosen = chosen + right[:1] if right else left[-1:] + chosen
    flat: list[tuple[str, int]] = []
    for j, i in enumerate(chosen):
        ws = list(pieces[i])
        if j < len(chosen) - 1 and chosen[j + 1] == i + 1:
            ws[-1] = (ws[-1][0] + ",", ws[-1][1])
        flat += ws
    while flat and flat[0][0].lower() in {"that", "and", "but", "which", "on", "in", "with"} and len(flat) > 3:
        flat.pop(0)
    lo = 0
    if len(flat) > max_words:
        fpos = sum(1 for _, p in flat if p < f)
        lo = 0 if fpos < max_words - 3 else max(0, min(fpos - max_words // 3, len(flat) - max_words))
    text = " ".join(w for w, _ in flat[lo:lo + max_words]).strip(" ,;:—–-.")
    return ("… " if lo > 0 else "") + text + (" …" if lo + max_words < len(flat) else "")


def antecedent_of(sentence: str, clause_start: int) -> tuple[str, int]:
    """The name a relative clause starting at *clause_start* refers to ("…, Luis Moreno Ocampo, who …")."""
    if sentence[clause_start:clause_start + 4].lower() not in {"who ", "whom"}:
        return "", -1
    m = re.search(r"((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+)\s*,\s*$", sentence[:clause_start])
    return (m.group(1), m.start(1)) if m else ("", -1)


_THREE_WORDS = re.compile(r"\w+\W+\w+\W+\w")


def _reporting(clause: str, start: int, tokens: Tokens | None = None) -> bool:
    """The expression hangs on a reporting verb a few words before it ("said in a statement on Tuesday")."""
    k = bisect.bisect_right(tokens.ends, start) if tokens is not None else -1
    if k >= 0 and not (k < len(tokens.starts) and tokens.starts[k] < start):  # no word cut at start
        words = [w for w in tokens.low[max(0, k - 12):k] if w != ","]
        if len(words) < 6 and k > 12:
            words = [w for w in tokens.low[:k] if w != ","]
        words = words[-6:]
    else:
        words = [w.lower() for w in WORD_RE.findall(clause[:start]) if w != ","][-6:]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in REPORTING_VERBS:
            return True
        if not (words[k] in PREPOSITIONS or words[k] in {"a", "an", "the", "his", "her", "its", "their", "to"}
                or k < len(words) - 1 and words[k + 1] in {"a", "an", "the"} or words[k][:1].isupper()):
            if k < len(words) - 3:
                return False
    return False


# --------------------------------------------------------------------------- publication
#: a press-release dateline in parentheses: "(Berlin, March 18, 2025) –", "(Geneva, 4 June 2024) -"
PAREN_DATELINE_RE = re.compile(
    r"\(\s*(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?)\s*,\s*(?P<date2>[^()\n]{3,40}?)\s*\)\s*[—–-]+\s*")


def _dateline(text: str) -> tuple[re.Match | None, int]:
    """The dateline match of the article's first line and its offset in *text*.

    A news dateline (corpus.DATELINE_RE) or a press-release one in parentheses
    whose second part is a date, on one of the first three lines that are not
    blank (a headline may come first), as the corpus loader reads it.
    """
    pos, seen = 0, 0
    while seen < 3 and pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        if line.strip():
            seen += 1
            offset = pos + len(line) - len(line.lstrip())
            first = text[offset:min(nl, offset + 200)]
            m = DATELINE_RE.match(first)
            if m is None and first[:1] == "(":
                m = PAREN_DATELINE_RE.match(first)
                if m is not None and not any(d.start == 0 and d.end == len(m.group("date2"))
                                             for d in D.find_dates(m.group("date2"))):
                    m = None
            if m is not None:
                return m, offset
        pos = nl + 1
    return None, len(text) - len(text.lstrip())


def infer_publication(text: str, days: int = INFER_WINDOW_DAYS) -> dict | None:
    """An inferred publication window for an article that prints no publication date.

    The article cannot be older than the latest explicit date it reports in the past
    or present tense; it is assumed to be at most *days* later. A dateline with a day
    and month but no year ("STEPANAKERT, Nov 3 /Armenpress/ —") narrows the window
    to that day, in the year that follows the latest explicit date; one that prints
    its year (a press-release "(Berlin, March 18, 2025) –") gives the date. Returns
    ``{"start", "end", "basis", "note"}`` (dates) or None when the article has no
    explicit date to go by. Never a silent guess: the note says how it was reached.
    """
    dl, _ = _dateline(text)
    printed = parse_date(dl.group("date2").strip()) if dl is not None and dl.group("date2") else None
    if printed:  # a dateline with its year the corpus loader does not read ("(Berlin, March 18, 2025) –")
        got = dt.date.fromisoformat(printed)
        return {"start": got, "end": got, "basis": f"dateline '{dl.group('date2').strip()}'",
                "note": f"publication date {printed} read from the dateline '{dl.group('date2').strip()}'"}
    found = D.find_dates(text)
    latest = None
    for m in found:
        if "y" not in m.fields or m.kind == "month_day" and "m" not in m.fields:
            continue
        r = D.resolve(m, D.Context())
        sp = D.span(r.date, r.precision)
        if sp is None:
            continue
        s0 = _sentence_window(text, m.start, m.end)
        if tense_of(text[s0[0]:s0[1]], m.start - s0[0], m.end - s0[0]) == "future":
            continue
        if latest is None or sp[0] > latest[0]:
            latest = (sp[0], m.text)
    if latest is None:
        return None
    day, expr = latest
    if dl is not None and dl.group("date2"):
        md = re.match(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3,9})", dl.group("date2"))
        if md:
            mon = (md.group(1) or md.group(4)).lower()
            dd = int(md.group(2) or md.group(3))
            if mon in MONTHS and D._valid(2000, MONTHS[mon], dd):
                y = day.year
                while not D._valid(y, MONTHS[mon], dd) or dt.date(y, MONTHS[mon], dd) < day:
                    y += 1
                got = dt.date(y, MONTHS[mon], dd)
                return {"start": got, "end": got, "basis": f"dateline '{dl.group('date2').strip()}'",
                        "note": f"inferred publication date {got.isoformat()}: dateline "
                                f"'{dl.group('date2').strip()}' in the year of the latest explicit date '{expr}'"}
    end = day + dt.timedelta(days=days)
    return {"start": day, "end": end, "basis": f"latest explicit date '{expr}'",
            "note": f"inferred publication window {day.isoformat()}..{end.isoformat()} "
                    f"(no publication date; latest explicit date '{expr}' + {days} days)"}


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return lo, (min(his) + 1 if his else len(text))


def publication_anchor(published: str, published_inferred: bool, published_note: str,
                       text: str) -> tuple[dt.date | None, dt.date | None, str]:
    """(anchor date, latest possible publication date, note) for one article.

    A printed date is its own anchor. A date the manifest inferred is used as
    printed but every relative date notes it. An article with no date gets the
    window of :func:`infer_publication`: relative dates count from its start.
    """
    try:
        pub = dt.date.fromisoformat(str(published)) if published else None
    except ValueError:
        pub = None
    if pub is not None:
        return pub, pub, ("itself inferred, see articles.published_note" if published_inferred else "")
    win = infer_publication(text)
    if win is None:
        return None, None, "no publication date"
    return win["start"], win["end"], win["basis"] + f" + up to {(win['end'] - win['start']).days} days"


# --------------------------------------------------------------------------- extraction
def extract_article(article_id: str, text: str, sentences: list[tuple[int, int, int]], published: str = "",
                    published_inferred: bool = False, published_note: str = "", source: str = "",
                    place: str = "", mentions: pd.DataFrame | list | None = None,
                    as_dicts: bool = True) -> list:
    """Event rows for one article (dicts, or tuples in COLUMNS order). *sentences* are
    (sentence_id, start, end), sorted.

    *mentions*: the article's mentions (actors table rows), or already as sorted
    (start, end, actor) tuples without places (what :func:`_mention_tuples` gives).
    """
    matches = D.find_dates(text)
    if not matches:
        return []
    pub, pub_end, pub_note = publication_anchor(published, published_inferred, published_note, text)
    starts = [s for _, s, _ in sentences]
    dl, dl_off = _dateline(text)
    dl_span = (dl_off, dl_off + dl.end()) if dl is not None else (-1, -1)
    ment = mentions if isinstance(mentions, list) else _mention_tuples(mentions).get(article_id, [])
    ment_starts = [ms for ms, _, _ in ment]
    # paragraphs: blank-line separated when the article has blank lines, else one per line
    sep = "\n\n" if "\n\n" in text else "\n"
    para_starts = [m.end() for m in re.finditer(re.escape(sep), text)]
    narrative = None  # (year, expression, first day, paragraph of its latest use)
    previous = None  # the latest resolved date (day, precision, expression); the dateline until another
    latest: dict[int, tuple[int, tuple]] = {}  # precision rank -> (order, latest date of that precision)
    passage = None  # first day of the latest date finer than a year: the period the passage is in
    ctx = D.Context(pub=pub, pub_note=pub_note, pub_end=pub_end)  # the rest is set per expression
    paragraph_days: dict[int, tuple[dt.date, str]] = {}
    rows = []
    for m in matches:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0:
            continue
        sid, s0, s1 = sentences[k]
        sent = text[s0:s1]
        a, b = m.start - s0, m.end - s0
        is_dateline = dl_span[0] <= m.start < dl_span[1]
        if is_dateline:
            c0, c1 = dl_span[0] - s0, dl_span[1] - s0
        else:
            c0, c1 = clause_bounds(sent, a, b)
            if dl_span[1] > s0 + c0 and dl_span[1] <= m.start:
                c0 = dl_span[1] - s0  # the clause starts after the dateline
        clause = sent[c0:c1]
        ca, cb = a - c0, b - c0
        toks = _tokens(clause)
        tense, prospective = ("past", False) if is_dateline else tense_scan(clause, ca, cb, toks)
        para = bisect.bisect_right(para_starts, m.start)
        # a narrative anchor carries its year only in its own and the next paragraph, and only
        # while the passage stays in that year (the latest resolved date is in it)
        live = (narrative if narrative is not None and para - narrative[3] <= 1 and passage is not None
                and passage.year == narrative[0] else None)
        unit = m.fields.get("unit") if m.needs_anchor else m.check.get("unit") if m.check.get("kind") == "shift" else None
        ctx.tense, ctx.narrative, ctx.previous = tense, live and live[:3], _base(latest, unit) or previous
        ctx.paragraph_day, ctx.reporting, ctx.prospective = paragraph_days.get(para), _reporting(clause, ca, toks), prospective
        res = D.resolve(m, ctx)
        res = _cross_check(m, res, ctx)
        sp = D.span(res.date, res.precision) if res.date else None
        if sp is not None and pub is not None and tense != "future" and not is_dateline:
            # the date itself shows when: all after publication is to come; a present-tense
            # clause about a period that is over reports something past ("remain missing from
            # the fighting of 2020"); with no verb the date alone decides
            if sp[0] > (pub_end or pub):
                tense = "future"
            elif tense != "past" and sp[1] < pub:
                tense = "past"
            elif tense is None:
                tense = "present"
        if live is not None and res.note.startswith(("year of the narrative", "the first")):
            narrative = (*live[:3], para)
        if is_dateline:
            etype = "publication"
            where = place or (dl.groupdict().get("place") or "").strip().title()
            event = "article published" + (f" by {source}" if source else "") + (f" in {where}" if where else "")
            a0, a1 = s0 + c0, s0 + c1
        else:
            etype, kw0, kw1, first = event_type_of(clause, ca, cb, toks)
            kw0 = first if first >= 0 else kw0
            if not _THREE_WORDS.search(clause[:ca] + clause[cb:]):  # the clause is little more than the date
                kwf = kw0 + c0 if kw0 >= 0 else -1
                if kwf < 0:
                    etype, _, _, kwf = event_type_of(sent, a, b)
                event = condense(sent, a, b, kwf)
                a0, a1 = s0, s1
            else:
                ante, ante_at = antecedent_of(sent, c0)
                event = condense(clause, ca, cb, kw0, antecedent=ante)
                a0, a1 = s0 + (ante_at if ante_at >= 0 else c0), s0 + c1
        names = []
        for ms, me, name in ment[bisect.bisect_left(ment_starts, a0):bisect.bisect_right(ment_starts, a1)]:
            if me <= a1 and name not in names and not (ms >= m.start and me <= m.end):
                names.append(name)
        if not names and ment and (a0, a1) != (s0, s1):
            for ms, me, name in ment[bisect.bisect_left(ment_starts, s0):bisect.bisect_right(ment_starts, s1)]:
                if me <= s1 and name not in names:
                    names.append(name)
        rows.append((article_id, sid, m.start, m.end, m.text, res.date, res.precision, res.anchor, tense or "",
                     event, etype, "; ".join(names), res.note))
        if "y" in m.fields and sp is not None and m.kind != "year" and not is_dateline:
            narrative = (m.fields["y"], m.text, sp[0], para)  # a date, month or season with its year
        if sp is not None and not is_dateline:
            previous = (sp[0], res.precision, m.text)
            latest[D.PRECISION_RANK[res.precision]] = (len(rows), previous)
            if res.precision != "year":  # a year mentioned in passing does not move the passage
                passage = sp[0]
            if res.precision == "day":
                paragraph_days[para] = (sp[0], m.text)
        elif sp is not None and previous is None:
            previous = (sp[0], res.precision, m.text)
    return [dict(zip(COLUMNS, r)) for r in rows] if as_dicts else rows


def _base(latest: dict[int, tuple[int, tuple]], unit: str | None) -> tuple | None:
    """The date a shift of *unit* counts from: for days, weeks and months the latest date
    finer than a year ("one day later" counts from September 19, 2023, not from "the 2020
    war" mentioned in between); None: the latest date of all."""
    if unit is None or unit == "year":
        return None
    found = [v for r, v in latest.items() if r < D.PRECISION_RANK["year"]]
    return max(found, key=lambda v: v[0])[1] if found else None


def _cross_check(m: D.DateMatch, res: D.Resolved, ctx: D.Context) -> D.Resolved:
    """Use what a merged apposition or a written weekday says about the year."""
    if res.precision != "day" or not res.date or res.anchor != "year_inferred":
        return res
    day = dt.date.fromisoformat(res.date)
    if m.check.get("kind") == "shift" and ctx.previous is not None:
        base, prec, expr = ctx.previous
        if prec == "day":
            other = D._shift(base, m.check["sign"] * m.check["n"], m.check["unit"])
            if (other.month, other.day) == (day.month, day.day) and other.year != day.year:
                return D.Resolved(other.isoformat(), "day", "year_inferred",
                                  f"year from '{m.text}' counted from '{expr}'")
    wd = m.fields.get("wd")
    if wd is not None and day.weekday() != wd:
        for y in (day.year - 1, day.year + 1):
            if not D._valid(y, day.month, day.day):
                continue
            cand = dt.date(y, day.month, day.day)
            if ctx.pub is not None and ((ctx.tense == "past" and cand > (ctx.pub_end or ctx.pub))
                                        or (ctx.tense == "future" and cand < ctx.pub)):
                continue
            if cand.weekday() == wd:
                return D.Resolved(cand.isoformat(), "day", "year_inferred",
                                  f"year chosen so that the written weekday matches ({res.note})")
        return D.Resolved(res.date, res.precision, res.anchor,
                          f"{res.note}; the written weekday ({D._wdname(wd)}) does not match this date")
    return res


def _mention_tuples(df: pd.DataFrame | None) -> dict[str, list[tuple[int, int, str]]]:
    """article_id -> sorted (start, end, actor) of the mentions that are not places, in one pass."""
    if df is None or len(df) == 0 or "article_id" not in df:
        return {}
    types = df["actor_type"].tolist() if "actor_type" in df else [""] * len(df)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for a, s0, e0, actor, atype in zip(df["article_id"].tolist(), df["start"].tolist(), df["end"].tolist(),
                                       df["actor"].tolist(), types):
        if atype != "place" and actor and isinstance(actor, str):
            out.setdefault(a, []).append((int(s0), int(e0), actor))
    for v in out.values():
        v.sort()
    return out


def _sentence_spans(sentences: pd.DataFrame) -> dict[str, list[tuple[int, int, int]]]:
    """article_id -> [(sentence_id, start, end)] sorted by start, built in one pass."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    cols = [sentences[c].tolist() for c in ("article_id", "sentence_id", "start", "end")]
    for a, i, s0, s1 in zip(*cols):
        out.setdefault(a, []).append((int(i), int(s0), int(s1)))
    for spans in out.values():
        spans.sort(key=lambda r: r[1])
    return out


def extract(corpus, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``events`` table for *corpus* (one row per date expression)."""
    sents = _sentence_spans(corpus.sentences)
    ments = _mention_tuples(mentions)
    rows: list[dict] = []
    for art in corpus.articles.itertuples(index=False):
        spans = sents.get(art.article_id)
        if not spans:
            continue
        rows += extract_article(
            art.article_id, str(art.text), spans, published=str(art.published or ""),
            published_inferred=bool(getattr(art, "published_inferred", False)),
            published_note=str(getattr(art, "published_note", "") or ""), source=str(art.source or ""),
            place=str(art.place or ""), mentions=ments.get(art.article_id, []), as_dicts=False)
    return pd.DataFrame.from_records(rows, columns=COLUMNS)


def durations(corpus) -> pd.DataFrame:
    """Durations ("seven months", "24-hour", "for years") per article: not events, listed apart."""
    sents = _sentence_spans(corpus.sentences)
    rows = []
    for art in corpus.articles.itertuples(index=False):
        text = str(art.text)
        spans = sents.get(art.article_id)
        if not spans:
            continue
        keys = [s0 for _, s0, _ in spans]
        for d in D.find_durations(text):
            k = bisect.bisect_right(keys, d["start"]) - 1
            rows.append({"article_id": art.article_id, "sentence_id": spans[max(k, 0)][0], **d})
    return pd.DataFrame(rows, columns=DURATION_COLUMNS)


# --------------------------------------------------------------------------- timeline
def timeline_frame(events: pd.DataFrame, articles: pd.DataFrame, label_chars: int = 60,
                   chars_per_axis: int = 170) -> pd.DataFrame:
    """Events laid out for a timeline: one row per dated event.

    ``start``/``end`` cover the whole period the value names (a month is a span);
    ``future`` marks events the article reports as still to come (future tense or
    after publication); ``inferred`` marks dates resolved against an inferred
    publication date; ``lane`` is a row chosen so that no two labels overlap,
    given a label of *label_chars* characters on an axis about *chars_per_axis*
    characters wide; ``label_side`` says whether the label goes right or left.
    """
    ev = events[events.date.astype(str) != ""].copy()
    arts = articles.set_index("article_id")
    out = []
    for r in ev.itertuples(index=False):
        sp = D.span(str(r.date), str(r.precision))
        if sp is None:
            continue
        pub = str(arts.at[r.article_id, "published"]) if r.article_id in arts.index else ""
        inferred = bool(arts.at[r.article_id, "published_inferred"]) if r.article_id in arts.index and "published_inferred" in arts else False
        inferred = (inferred or "inferred" in str(r.note)) and r.anchor != "explicit"
        future = r.tense == "future" or (bool(pub) and sp[0].isoformat() > pub)
        text = f"{r.date} {r.event_type}: {str(r.event).removeprefix('… ')}"
        label = text if len(text) <= label_chars else text[:label_chars - 1].rstrip() + "…"
        out.append({"article_id": r.article_id, "source": str(arts.at[r.article_id, "source"]) if r.article_id in arts.index else "",
                    "published": pd.Timestamp(pub) if pub else pd.NaT,
                    "sentence_id": r.sentence_id, "expression": r.expression, "date": r.date, "precision": r.precision,
                    "event_type": r.event_type, "tense": r.tense, "label": label,
                    "start": pd.Timestamp(sp[0]), "end": pd.Timestamp(sp[1] + dt.timedelta(days=1)),
                    "future": future, "inferred": inferred})
    frame = pd.DataFrame(out, columns=TIMELINE_COLUMNS[:-2])
    if frame.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    frame = frame.sort_values(["start", "end", "article_id", "sentence_id"], kind="stable").reset_index(drop=True)
    lo, hi = frame.start.min(), frame.end.max()
    width = max((hi - lo).days, 1) * 1.1
    lanes: list[list[tuple[float, float]]] = []
    lane_of, side_of = [], []
    for r in frame.itertuples(index=False):
        x0 = (r.start - lo).days / width
        x1 = (r.end - lo).days / width
        w = (len(r.label) + 2) / chars_per_axis
        side = "right" if x1 + w <= 1.0 else "left"
        occ = (x0, x1 + w) if side == "right" else (x0 - w, x1)
        for i, taken in enumerate(lanes):
            if all(occ[1] <= a or occ[0] >= b for a, b in taken):
                taken.append(occ)
                lane_of.append(i)
                break
        else:
            lanes.append([occ])
            lane_of.append(len(lanes) - 1)
        side_of.append(side)
    frame["lane"] = lane_of
    frame["label_side"] = side_of
    return frame[TIMELINE_COLUMNS]


def draw_timeline(ax, frame: pd.DataFrame, colors: list[str] | None = None) -> None:
    """Draw :func:`timeline_frame` on *ax*: spans as bars, days as dots, future hollow, labels per lane."""
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from . import plots

    colors = colors or plots.PALETTE
    sources = sorted(frame.source.unique())
    color = {s: colors[i % len(colors)] for i, s in enumerate(sources)}
    n = int(frame.lane.max()) + 1 if len(frame) else 1
    for r in frame.itertuples(index=False):
        y = n - 1 - r.lane
        c = color[r.source]
        x0, x1 = mdates.date2num(r.start), mdates.date2num(r.end)
        if r.precision == "day":
            ax.plot([x0 + 0.5], [y], marker="o", ms=7, color=c, mfc="white" if r.future else c, mew=1.8, zorder=3)
            lx0, lx1 = x0 + 0.5, x0 + 0.5
        else:
            ax.barh(y, x1 - x0, left=x0, height=0.5, color=c, alpha=0.18 if r.future else 0.35,
                    edgecolor=c, linestyle="--" if r.future else "-", linewidth=1.2, zorder=2)
            lx0, lx1 = x0, x1
        label = r.label + (" *" if r.inferred else "")
        if r.label_side == "right":
            ax.annotate(label, (lx1, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=8,
                        style="italic" if r.future else "normal")
        else:
            ax.annotate(label, (lx0, y), xytext=(-6, 0), textcoords="offset points", va="center", ha="right",
                        fontsize=8, style="italic" if r.future else "normal")
    for (src, pub), _ in frame.dropna(subset=["published"]).groupby(["source", "published"], sort=True):
        ax.axvline(mdates.date2num(pub), color=color[src], linestyle=":", linewidth=1, zorder=1)
    ax.set_yticks([])
    ax.set_ylim(-0.8, n - 0.2)
    ax.spines["left"].set_visible(False)
    ax.xaxis_date()
    if len(frame):
        lo, hi = frame.start.min(), frame.end.max()
        pad = (hi - lo) * 0.03
        ax.set_xlim(lo - pad, hi + pad)
    plots.date_axis(ax)
    handles = [Patch(color=color[s], label=s) for s in sources]
    handles += [Line2D([], [], marker="o", ls="", color="0.3", label="happened (past)"),
                Line2D([], [], marker="o", ls="", color="0.3", mfc="white", label="reported as coming (future, italic)"),
                Patch(facecolor="0.8", edgecolor="0.3", label="month / season / year: bar spans the period"),
                Line2D([], [], ls=":", color="0.3", label="publication date of the article")]
    if frame.inferred.any():
        handles.append(Line2D([], [], ls="", label="* resolved against an inferred publication date"))
    ax.legend(handles=handles, frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(0, -0.12), ncol=2)
