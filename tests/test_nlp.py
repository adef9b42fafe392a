"""The one-pass sentence-boundary component agrees with the token-by-token rules.

``newsfacts.nlp.rule_boundaries`` applies its four rules with numpy arrays. The
reference below applies the same rules the plain way — a line-break component,
spaCy's own ``sentencizer`` and two token loops — and every text must get the
same sentence start on every token and the same sentence spans.
"""

from __future__ import annotations

import spacy
import pytest
from spacy.language import Language
from spacy.symbols import ORTH

from newsfacts import nlp
from newsfacts.corpus import iter_raw_chunks
from newsfacts.paths import FIXTURES, RAW



@Language.component("test_newline_boundaries")
def _newline(doc):
    for i, token in enumerate(doc):
        if i == 0 or "\n" in doc[i - 1].text:
            token.is_sent_start = True
    return doc


@Language.component("test_quote_boundaries")
def _quotes(doc):
    for i in range(2, len(doc)):
        token, prev = doc[i], doc[i - 1]
        if (token.is_sent_start and prev.text in nlp.OPENING_QUOTES and not prev.whitespace_
                and doc[i - 2].whitespace_ and not prev.is_sent_start):
            prev.is_sent_start = True
            token.is_sent_start = False
    return doc


@Language.component("test_continuation_boundaries")
def _continuations(doc):
    for i in range(2, len(doc)):
        token, prev = doc[i], doc[i - 1]
        if not token.is_sent_start or "\n" in prev.text or prev.is_space:
            continue
        first = token.text[0]
        if first.islower() and token.is_alpha:
            token.is_sent_start = False
        elif first.isdigit() and prev.text == "." and not doc[i - 2].whitespace_ and "." in doc[i - 2].text:
            token.is_sent_start = False
    return doc


@pytest.fixture(scope="module")
def reference():
    ref = spacy.blank("en")
    for abbr in nlp.EXTRA_ABBREVIATIONS:
        ref.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for name in ("test_newline_boundaries", "sentencizer", "test_quote_boundaries", "test_continuation_boundaries"):
        ref.add_pipe(name)
    return ref


def _reference_spans(doc):
    spans = []
    for sent in doc.sents:
        text = sent.text
        if text.strip():
            start = sent.start_char + len(text) - len(text.lstrip())
            spans.append((start, start + len(text.strip())))
    return spans


EDGE_CASES = [
    "", " ", "\n", "a", '"', "?!", ". . .", "\n\n\nx", "x\n", "x .",
    'Hello. "World',
    'He said: "Go." she went.\n\n"Yes," he said. \'Quoted\' text! (Really?) yes.',
    "H.Res. 1241 passed. No. 5 was approx. 20 km away. S.Res. 56 too.",
    "“Quote” — said. ‘a’ b. «Fr» c. \"'Nested'\" d.",
    "Mr. Smith went. 3 people died. 3. items\n- list item\n- another",
    "HEADLINE WITHOUT FULL STOP\nBody starts here. and continues. Then ends!",
    "Numbers 1.5 and 2. 7 more. U.S. officials said so. iPhone users agree.",
]


def _texts():
    texts = list(EDGE_CASES)
    for corpus in (RAW, FIXTURES / "own_corpus", FIXTURES / "dev_corpus"):
        for batch, _ in iter_raw_chunks(corpus, 100):
            texts += [raw.text for raw in batch]
    return texts


def test_reference_texts_are_loaded():
    assert len(_texts()) > len(EDGE_CASES) + 2


def test_same_sentence_starts_and_spans_as_token_rules(reference):
    ours = nlp.get_nlp()
    for text in _texts():
        a, b = ours(text), reference(text)
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b], text[:120]
        assert nlp.sentence_spans(a) == _reference_spans(b), text[:120]
        assert nlp.sentence_spans(a, text) == nlp.sentence_spans(a), text[:120]


def test_every_token_has_a_decided_start():
    doc = nlp.get_nlp()("One. Two three.\nFour")
    assert all(t.is_sent_start in (True, False) for t in doc)
    assert [s.text for s in doc.sents] == ["One.", "Two three.", "\n", "Four"]


def test_rules_in_isolation():
    spans = lambda text: [text[a:b] for a, b in nlp.sentence_spans(nlp.get_nlp()(text))]
    assert spans("Title\nBody one. Body two.") == ["Title", "Body one.", "Body two."]
    assert spans('He left. "Why?" she asked.') == ["He left.", '"Why?" she asked.']
    assert spans("About 20 people approx. twenty more.") == ["About 20 people approx. twenty more."]
    assert spans("It passed H.Res. 1241 today.") == ["It passed H.Res. 1241 today."]
    assert spans("It ended.\n\n  \nNext.") == ["It ended.", "Next."]


# ---- the warm-cache tokenizer gives spaCy's tokens

TRICKY = [
    "(Mr. Smith) met U.S. officials, didn't he? Yes: 5 p.m. on Dec. 5, 2023 :) ok",
    "Dont cannot gonna \"Mr.\" U.S.-backed e.g. i.e. No. 7 vs. the 1990s' crisis",
    "Armenia, Armenia. Armenia; (Armenia) “Armenia” Armenia’s Armenia's — A-B C/D",
    "don't stop; Don’t STOP. ’Tis 'tis. Y'all y’all",
]


def _plain_tokenizer():
    plain = spacy.blank("en")
    for abbr in nlp.EXTRA_ABBREVIATIONS:
        plain.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return plain.tokenizer


def _tokens(doc):
    return [(t.text, t.whitespace_, t.orth) for t in doc]


@pytest.mark.parametrize("max_chunks", [500_000, 7])
def test_warm_cache_tokenizer_gives_spacys_tokens(max_chunks):
    plain = _plain_tokenizer()
    warm = nlp.WarmCacheTokenizer(_plain_tokenizer(), max_chunks=max_chunks)
    texts = TRICKY + _texts() + TRICKY  # again once every chunk is cached
    for text in texts:
        assert _tokens(warm(text)) == _tokens(plain(text)), text[:120]
    if max_chunks == 7:
        assert len(warm._seen) < 7 + len(set(TRICKY[0].split()))  # stops growing at the cap


def test_warm_cache_tokenizer_raises_the_cache_size_and_delegates():
    inner = _plain_tokenizer()
    warm = nlp.WarmCacheTokenizer(inner, max_chunks=123_456)
    assert inner.max_cache_size == 123_456
    assert warm.vocab is inner.vocab and "Mr." in warm.rules
    assert [_tokens(d) for d in warm.pipe(["a b.", "c"])] == [_tokens(inner("a b.")), _tokens(inner("c"))]


def test_chunks_that_may_touch_a_special_case():
    warm = nlp.WarmCacheTokenizer(_plain_tokenizer())
    assert warm._may_hit_special("Mr.") and warm._may_hit_special("don't") and warm._may_hit_special("Dont,")
    assert not warm._may_hit_special("Armenia,") and not warm._may_hit_special("Karabakh")


def test_tokenizer_cache_benchmark_script_runs_and_finds_identical_tokens():
    """benchmarks/tokenizer_cache.py (how much the cache fix helps on a user's text) works and
    exits non-zero only when tokens differ."""
    import subprocess
    import sys

    from newsfacts import paths

    files = sorted(str(p) for p in paths.RAW.glob("*.txt"))
    assert files
    proc = subprocess.run([sys.executable, str(paths.ROOT / "benchmarks" / "tokenizer_cache.py"), *files],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "tokenized differently from the unwrapped tokenizer: 0" in proc.stdout
    assert "speed-up" in proc.stdout
    missing = subprocess.run([sys.executable, str(paths.ROOT / "benchmarks" / "tokenizer_cache.py"),
                              str(paths.ROOT / "no-such-file.txt")], capture_output=True, text=True)
    assert missing.returncode != 0 and "no such file" in missing.stderr
