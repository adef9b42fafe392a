"""The shared spaCy pipeline: a blank English tokenizer with rule-based sentence boundaries.

No trained model is needed. The pipeline is built once per process
(:func:`get_nlp`) and reused by the corpus loader and every extractor.

Sentence boundaries come from three rule-based components:

1. ``newline_boundaries`` — every line is its own block, so headlines and list
   items without final punctuation become sentences of their own;
2. spaCy's ``sentencizer`` — splits after sentence-final punctuation, keeps a
   closing quote with the sentence it closes, and (through the tokenizer's
   exceptions, extended below) does not split after "Mr.", "U.S.", "Dec.", "No.";
3. ``quote_boundaries`` — an opening quote that the sentencizer left at the end
   of a sentence is moved to the start of the next one;
4. ``continuation_boundaries`` — no sentence starts with a lower-case word, or
   with a number right after an abbreviation such as "H.Res.".
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

# Abbreviations the English tokenizer does not already keep whole.
EXTRA_ABBREVIATIONS = (
    "No.", "Nos.", "no.", "Approx.", "approx.", "Amb.", "Art.", "Gen.", "Col.", "Lt.", "Sgt.",
    "Capt.", "Maj.", "Adm.", "Rep.", "Sen.", "Gov.", "Pres.", "Prof.", "Dr.", "Mr.", "Mrs.",
    "Ms.", "St.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Dept.", "vs.", "Sept.",
    "Vol.", "para.", "pp.", "Fig.", "Ave.", "Blvd.", "Mt.", "Ft.",
)

OPENING_QUOTES = {"“", "‘", "«", '"', "'"}


@Language.component("newline_boundaries")
def newline_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break; whitespace tokens never start one."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


@Language.component("quote_boundaries")
def quote_boundaries(doc: Doc) -> Doc:
    """Move an opening quote left at a sentence's end to the start of the next sentence."""
    for i in range(1, len(doc)):
        token = doc[i]
        prev = doc[i - 1]
        if (
            token.is_sent_start
            and prev.text in OPENING_QUOTES
            and not prev.whitespace_
            and i >= 2
            and doc[i - 2].whitespace_
            and not prev.is_sent_start
        ):
            prev.is_sent_start = True
            token.is_sent_start = False
    return doc


@Language.component("continuation_boundaries")
def continuation_boundaries(doc: Doc) -> Doc:
    """Undo splits the sentencizer makes inside a sentence (not at line breaks).

    A sentence does not start with a lower-case word ("… approx. twenty people"),
    nor with a number right after an abbreviation with an inner period ("H.Res. 1241",
    "S.Res. 56").
    """
    for i in range(2, len(doc)):
        token = doc[i]
        if not token.is_sent_start:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or prev.is_space:
            continue
        first = token.text[0]
        if first.islower() and token.is_alpha:
            token.is_sent_start = False
        elif first.isdigit() and prev.text == "." and not doc[i - 2].whitespace_ and "." in doc[i - 2].text:
            token.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The blank English pipeline with rule-based sentence boundaries (built once)."""
    nlp = spacy.blank("en")
    for abbr in EXTRA_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("newline_boundaries")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("quote_boundaries")
    nlp.add_pipe("continuation_boundaries")
    nlp.max_length = 5_000_000
    return nlp


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character (start, end) of each sentence, trimmed of surrounding whitespace.

    Sentences that are only whitespace are skipped.
    """
    spans = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans
