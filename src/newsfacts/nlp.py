"""The shared spaCy pipeline: a blank English tokenizer with rule-based sentence boundaries.

No trained model is needed. The pipeline is built once per process
(:func:`get_nlp`) and reused by the corpus loader and every extractor.

Sentence boundaries are set by one component, ``rule_boundaries``, which applies
four rules in order over the whole Doc at once (numpy arrays from
``Doc.to_array``, written back with ``Doc.from_array``):

1. line breaks — every line is its own block, so headlines and list items
   without final punctuation become sentences of their own;
2. sentence-final punctuation — the rule of spaCy's ``Sentencizer`` with its
   default punctuation characters: a sentence starts at the first word after a
   run of "." "!" "?" (and the other default characters), so a closing quote or
   bracket stays with the sentence it closes; the tokenizer's exceptions
   (extended below) keep "Mr.", "U.S.", "Dec.", "No." whole, so they never end one;
3. opening quotes — an opening quote that rule 2 left at the end of a sentence is
   moved to the start of the next one;
4. continuations — no sentence starts with a lower-case word, or with a number
   right after an abbreviation such as "H.Res." (except at a line break).

Written as one array pass rather than four token-by-token components for speed;
tests/test_nlp.py keeps the token-by-token version and checks the two agree.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

# Abbreviations the English tokenizer does not already keep whole.
EXTRA_ABBREVIATIONS = (
    "No.", "Nos.", "no.", "Approx.", "approx.", "Amb.", "Art.", "Gen.", "Col.", "Lt.", "Sgt.",
    "Capt.", "Maj.", "Adm.", "Rep.", "Sen.", "Gov.", "Pres.", "Prof.", "Dr.", "Mr.", "Mrs.",
    "Ms.", "St.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Dept.", "vs.", "Sept.",
    "Vol.", "para.", "pp.", "Fig.", "Ave.", "Blvd.", "Mt.", "Ft.",
)

OPENING_QUOTES = {"“", "‘", "«", '"', "'"}

#: Sentence-final punctuation: the defaults of spaCy's Sentencizer.
PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)

def _lexeme_flags(vocab) -> dict:
    """Tests of a word type the rules read for every token, as lexeme flags."""
    is_punct = vocab.lex_attr_getters[IS_PUNCT]
    return {
        # what spaCy's Sentencizer looks at: a word (not punctuation) or a final character
        "word": lambda text: not is_punct(text) or text in PUNCT_CHARS,
        "final": lambda text: text in PUNCT_CHARS,
        "lower_word": lambda text: text[:1].islower() and text.isalpha(),
        "digit_first": lambda text: text[:1].isdigit(),
    }


def boundary_starts(doc: Doc, attrs: list[int]) -> np.ndarray:
    """Sentence-start value of every token (1 = starts a sentence, -1 = does not).

    *attrs*: IS_SPACE, SPACY and the ids of the flags of :func:`_lexeme_flags`, in order.
    Tests needed at few tokens (line breaks, quotes, periods) read the token text.
    """
    n = len(doc)
    starts = np.zeros(n, dtype=np.int64)
    if n == 0:
        return starts
    space, trailing, word, final, lower_word, digit_first = doc.to_array(attrs).reshape(n, len(attrs)).astype(bool).T
    newline = np.zeros(n, dtype=bool)  # (only whitespace tokens can hold a line break)
    for i in np.flatnonzero(space).tolist():
        newline[i] = "\n" in doc[i].text

    # 1. line breaks
    starts[0] = 1
    starts[1:][newline[:-1]] = 1

    # 2. sentence-final punctuation (spaCy's Sentencizer, which never overrides rule 1):
    # a word starts a sentence when the last word-or-final token before it is a final character.
    guess = np.zeros(n, dtype=bool)
    guess[0] = True
    events = np.flatnonzero(word)
    if len(events) > 1:
        ev_final = final[events]
        guess[events[1:][ev_final[:-1] & ~ev_final[1:]]] = True
    unset = starts == 0
    starts[unset] = np.where(guess[unset], 1, -1)

    if n > 2:
        # 3. opening quotes. Sequential, because moving one start changes the next check.
        for i in (np.flatnonzero((starts[2:] == 1) & ~trailing[1:-1] & trailing[:-2]) + 2).tolist():
            if starts[i] == 1 and starts[i - 1] != 1 and doc[i - 1].text in OPENING_QUOTES:
                starts[i - 1] = 1
                starts[i] = -1

        # 4. continuations (not at a line break or after a whitespace token): a lower-case
        # word, or a number after an abbreviation's period ("H.Res. 1241")
        start_ok = (starts[2:] == 1) & ~newline[1:-1] & ~space[1:-1]
        starts[np.flatnonzero(start_ok & lower_word[2:]) + 2] = -1
        for i in (np.flatnonzero(start_ok & digit_first[2:] & ~trailing[:-2]) + 2).tolist():
            if doc[i - 1].text == "." and "." in doc[i - 2].text:
                starts[i] = -1
    return starts


class RuleBoundaries:
    """The ``rule_boundaries`` component: sets every token's sentence start by the
    four rules in the module docstring."""

    def __init__(self, vocab) -> None:
        # registered on the vocabulary (Vocab.add_flag): computed once per word type
        flags = [vocab.add_flag(get) for get in _lexeme_flags(vocab).values()]
        self.attrs = [IS_SPACE, SPACY] + flags

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc.from_array([SENT_START], boundary_starts(doc, self.attrs).astype(np.uint64).reshape(-1, 1))
        return doc


@Language.factory("rule_boundaries")
def make_rule_boundaries(nlp: Language, name: str) -> RuleBoundaries:
    return RuleBoundaries(nlp.vocab)


class WarmCacheTokenizer:
    """spaCy's tokenizer with its chunk cache made to work on news text: same tokens, less work.

    spaCy's tokenizer caches how each whitespace-separated chunk ("Armenia,",
    "said") splits, so a chunk seen before costs a lookup instead of the prefix,
    suffix and infix rules. Two things keep that cache cold on news archives:
    it holds only ``max_cache_size`` chunks (10,000 by default), and within a Doc
    it stops adding chunks once a special case ("Mr.", "U.S.", "Dec.") has been
    seen — early in most articles. So this wrapper raises ``max_cache_size`` to
    *max_chunks* and first tokenizes the chunks of a text it has not seen before
    on their own, where spaCy does cache them; the whole text then finds its
    chunks in the cache. A chunk's tokens never depend on its context (which is
    why spaCy may cache them), so every Doc is the one spaCy alone gives;
    tests/test_nlp.py checks that.

    New chunks that cannot touch a special case (no character that any special
    case has beyond letters and digits, and not a special case once stripped of
    punctuation) are tokenized together in one call; the others one by one. Once
    *max_chunks* distinct chunks have been seen (the cache is then full) texts are
    tokenized directly, so memory stays bounded on any archive.
    """

    def __init__(self, tokenizer, max_chunks: int = 500_000) -> None:
        self.tokenizer = tokenizer
        self.max_chunks = max_chunks
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, max_chunks)
        self._seen: set[str] = set()
        rules = list(tokenizer.rules)
        self._special_chars = frozenset(c for key in rules for c in key if not c.isalnum())
        self._special_words = frozenset(key.lower() for key in rules if key.isalnum())

    def _may_hit_special(self, chunk: str) -> bool:
        if not self._special_chars.isdisjoint(chunk):
            return True
        core = chunk if chunk.isalnum() else "".join(c for c in chunk if c.isalnum())
        return core.lower() in self._special_words

    def _warm(self, text: str) -> None:
        new = set(text.split())
        new -= self._seen
        if not new:
            return
        tokenize = self.tokenizer
        plain = []
        for chunk in new:
            if self._may_hit_special(chunk):
                tokenize(chunk)
            else:
                plain.append(chunk)
        if plain:
            tokenize(" ".join(plain))
        self._seen |= new

    def __call__(self, text: str) -> Doc:
        if len(self._seen) < self.max_chunks:
            self._warm(text)
        return self.tokenizer(text)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # vocab, rules, explain, add_special_case, …
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The blank English pipeline with rule-based sentence boundaries (built once)."""
    nlp = spacy.blank("en")
    for abbr in EXTRA_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.tokenizer = WarmCacheTokenizer(nlp.tokenizer)
    nlp.add_pipe("rule_boundaries")
    nlp.max_length = 5_000_000
    return nlp


def sentence_spans(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character (start, end) of each sentence, trimmed of surrounding whitespace.

    Sentences that are only whitespace are skipped. Pass ``text`` (the string the
    Doc was made from) when you have it: ``Doc.text`` rebuilds it token by token.
    """
    n = len(doc)
    if n == 0:
        return []
    arr = doc.to_array([SENT_START, "IDX", "LENGTH"]).reshape(n, 3).astype(np.int64)
    first = np.flatnonzero(arr[:, 0] == 1)
    if len(first) == 0 or first[0] != 0:
        first = np.concatenate(([0], first))
    last = np.append(first[1:] - 1, n - 1)
    if text is None:
        text = doc.text
    spans = []
    for a, b in zip(arr[first, 1].tolist(), (arr[last, 1] + arr[last, 2]).tolist()):
        sent = text[a:b]
        stripped = sent.strip()
        if stripped:
            start = a + len(sent) - len(sent.lstrip())
            spans.append((start, start + len(stripped)))
    return spans
