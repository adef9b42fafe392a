"""numbers: every number form, hedge and range, and the numbers that can never count people.

All sentences are made up for these tests.
"""

import math

import pytest

from newsfacts import numbers, vocab
from newsfacts.numbers import find_numbers, find_quantities, interval, parse_number, words_to_number


@pytest.mark.parametrize("text, value", [
    ("7", 7), ("223", 223), ("100,000", 100_000), ("1,234,567", 1_234_567),
    ("100 000", 100_000), ("100\u00a0000", 100_000), ("2\u202f500", 2_500), ("1.5", 1.5),
    ("six", 6), ("Six", 6), ("twenty-three", 23), ("twenty three", 23), ("ninety-nine", 99),
    ("one hundred and twenty", 120), ("a hundred", 100), ("three thousand", 3_000),
    ("two million", 2_000_000), ("one thousand two hundred and five", 1_205), ("a dozen", 12),
    ("two dozen", 24), ("100 thousand", 100_000), ("1.2 million", 1_200_000),
    ("3 billion", 3_000_000_000), ("dozens", 12), ("hundreds", 100), ("thousands", 1_000),
    ("tens of thousands", 10_000), ("hundreds of thousands", 100_000), ("several hundred", 200),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "people", "twenty twenty", "three two", "thousand hundred", "1.2 apples"])
def test_parse_number_rejects_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_words_to_number_order_rules():
    assert words_to_number("nineteen") == 19
    assert words_to_number("forty-two") == 42
    assert words_to_number("seven hundred thousand") == 700_000
    assert words_to_number("twelve five") is None
    assert words_to_number("million thousand") == 1_001_000 or words_to_number("million thousand") is None
    assert words_to_number("thousand million") is None


def test_find_numbers_offsets_and_forms():
    text = "Some 1.2 million people, twenty-three soldiers and dozens of nurses; 100 000 left."
    found = find_numbers(text)
    assert [(n.text, n.form) for n in found] == [
        ("1.2 million", "mixed"), ("twenty-three", "words"), ("dozens", "vague"), ("100 000", "digits"),
    ]
    for n in found:
        assert text[n.start:n.end] == n.text


def test_find_numbers_skips_codes_ordinals_and_words_inside_words():
    text = "The Su-25 and F-16 flew on the 20th; someone saw COVID-19 and G7 leaders; the 1990s; none."
    assert find_numbers(text) == []


def test_find_numbers_keeps_the_longest_readable_prefix_of_bad_word_sequences():
    found = find_numbers("They counted twelve five times.")
    assert [n.value for n in found] == [12, 5]


def q1(text):
    qs = [q for q in find_quantities(text) if q.kind == "cardinal"]
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("text, qualifier, value, low, high", [
    ("They found 40 villagers.", "exact", 40, 40, 40),
    ("Only 12 nurses stayed.", "exact", 12, 12, 12),
    ("about 50 nurses", "approximate", 50, 45, 55),
    ("around 200 pilgrims", "approximate", 200, 180, 220),
    ("some 3,000 workers", "approximate", 3000, 2700, 3300),
    ("nearly 120,000 people", "approximate", 120_000, 108_000, 132_000),
    ("almost 30 reporters", "approximate", 30, 27, 33),
    ("roughly 500 monks", "approximate", 500, 450, 550),
    ("an estimated 9,000 voters", "approximate", 9000, 8100, 9900),
    ("100 or so students", "approximate", 100, 90, 110),
    ("a 200-odd crowd of pupils", "approximate", 200, 180, 220),
    ("only about 40 pupils", "approximate", 40, 36, 44),
    ("over 80 nurses", "more_than", 80, 81, None),
    ("more than 6,000 teachers", "more_than", 6000, 6001, None),
    ("in excess of 700 miners", "more_than", 700, 701, None),
    ("a 150,000-plus exodus", "more_than", 150_000, 150_001, None),
    ("some 150,000-plus evacuees", "more_than", 150_000, 150_001, None),
    ("2,000+ volunteers", "more_than", 2000, 2001, None),
    ("at least 15 patients", "at_least", 15, 15, None),
    ("no fewer than 15 patients", "at_least", 15, 15, None),
    ("300 or more patients", "at_least", 300, 300, None),
    ("fewer than 50 pupils", "less_than", 50, 0, 49),
    ("less than 10 guards", "less_than", 10, 0, 9),
    ("under 400 guards", "less_than", 400, 0, 399),
    ("up to 70 guards", "up_to", 70, 0, 70),
    ("as many as 900 guards", "up_to", 900, 0, 900),
    ("no more than 5 guards", "up_to", 5, 0, 5),
    ("between 50 and 1,000 guards", "range", 50, 50, 1000),
    ("from 20 to 30 guards", "range", 20, 20, 30),
    ("50 to 1,000 guards", "range", 50, 50, 1000),
    ("50-1,000 guards", "range", 50, 50, 1000),
    ("10\u201315 guards", "range", 10, 10, 15),
    ("two or three guards", "range", 2, 2, 3),
    ("between 1 and 2 million guards", "range", 1_000_000, 1_000_000, 2_000_000),
    ("dozens of nurses", "approximate", 12, 12, 99),
    ("hundreds of nurses", "approximate", 100, 100, 999),
    ("thousands of nurses", "approximate", 1000, 1000, 9999),
    ("tens of nurses", "approximate", 10, 10, 99),
    ("tens of thousands of nurses", "approximate", 10_000, 10_000, 99_999),
    ("hundreds of thousands of nurses", "approximate", 100_000, 100_000, 999_999),
    ("a few thousand nurses", "approximate", 2000, 2000, 9999),
])
def test_qualifiers_and_intervals(text, qualifier, value, low, high):
    q = q1(text)
    assert (q.qualifier, q.value, q.low) == (qualifier, value, low)
    assert math.isnan(q.high) if high is None else q.high == high
    assert q.text == text[q.start:q.end]


def test_phrase_span_takes_the_hedge_and_the_suffix():
    text = "We met only about 40 pupils and 300 or more patients."
    qs = find_quantities(text)
    assert [q.text for q in qs] == ["only about 40", "300 or more"]


def test_interval_function_matches_vocabulary():
    assert set(numbers.QUALIFIERS) == set(vocab.QUALIFIERS)
    assert interval(100, "exact") == (100, 100)
    assert interval(100, "approximate") == (90, 110)
    lo, hi = interval(100, "more_than")
    assert lo == 101 and math.isnan(hi)
    lo, hi = interval(100, "at_least")
    assert lo == 100 and math.isnan(hi)
    assert interval(100, "less_than") == (0, 99)
    assert interval(100, "up_to") == (0, 100)
    assert interval(100, "range", 250) == (100, 250)
    with pytest.raises(ValueError):
        interval(1, "roughly")


@pytest.mark.parametrize("text, number, kind", [
    ("It began in 2023 after talks.", "2023", "year"),
    ("They met in May 2024.", "2024", "year"),
    ("Talks held 2019-2021 failed.", "2019", "year"),
    ("It happened on September 19, 2023.", "19", "date"),
    ("It happened on 19 September.", "19", "date"),
    ("date 2026-02-05 YEREVAN reported", "2026-02-05", "date"),
    ("In 2023-09 the exodus began.", "2023-09", "date"),
    ("It happened on the 4th of July.", None, None),
    ("A 20-year-old guard was hurt.", "20", "age"),
    ("A man aged 45 was hurt.", "45", "age"),
    ("He is 60 years old.", "60", "age"),
    ("The aid was worth $5 million.", "5 million", "money"),
    ("They paid 300 euros.", "300", "money"),
    ("Some 40 percent of nurses left.", "40", "percent"),
    ("Some 40% of nurses left.", "40", "percent"),
    ("Some 40 per cent of nurses left.", "40", "percent"),
    ("After the 44-day war they met.", "44", "duration"),
    ("They waited 20 days for food.", "20", "duration"),
    ("One day later they left.", "One", "duration"),
    ("The town is 20 km away.", "20", "measure"),
    ("Shelling began at 10 a.m. there.", "10", "time"),
    ("It passed with 150 votes.", "150", "vote"),
    ("It passed with 150 in favour.", "150", "vote"),
    ("It passed 150-3 on Friday.", "150", "vote"),
    ("It passed by 150 votes to 3.", "3", "vote"),
    ("It passed with 150 in favour and 3 against.", "3", "vote"),
    ("See Article 5 of the charter.", "5", "label"),
    ("Resolution 2722 was adopted.", "2722", "label"),
    ("They built a 5,000-strong force.", "5,000", "compound"),
    ("A ratio of 3.5 was cited.", "3.5", "decimal"),
    ("The count rose from 200 to 223 nurses.", "200", "change_from"),
    ("No one was hurt.", "one", "pronoun"),
])
def test_numbers_that_cannot_count_people(text, number, kind):
    qs = find_quantities(text)
    if number is None:
        assert qs == []
        return
    hit = [q for q in qs if text[q.num_start:q.num_end].startswith(number)]
    assert hit, qs
    assert hit[0].kind == kind
    assert kind in numbers.NON_COUNT_KINDS


def test_change_keeps_the_new_value_as_a_cardinal():
    qs = find_quantities("The count rose from 200 to 223 nurses.")
    assert [(q.value, q.kind) for q in qs] == [(200, "change_from"), (223, "cardinal")]


def test_a_year_followed_by_a_noun_is_not_called_a_year_by_numbers():
    # numbers only says "cardinal"; counts decides (a bare 4-digit year-like number needs a people noun at once)
    assert q1("The 1500 guards left.").value == 1500


def test_trie_pattern_matches_like_a_longest_first_alternation():
    import re

    phrases = ["left", "left behind", "lives", "lost their lives", "held", "hold", "holds",
               "in custody", "custody", "killed", "kill", "killing", "death toll", "death"]
    flat = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    text = ("They left behind 20 who lost  their lives; the death toll rose. Police hold, held and "
            "killed; he was in custody, killing and kill. LEFT Behind lefty holdsome deaths")
    for wrap in (r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})"):
        a = re.compile(wrap.format(flat), re.I)
        b = re.compile(wrap.format(numbers.trie_pattern(phrases)), re.I)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    assert re.fullmatch(numbers.trie_pattern(["a b", "a"]), "a   b")


def test_people_who_vote_are_not_a_tally():
    # a verb of voting says people did it: "3 abstained" counts people (see counts, voters)
    kinds = {q.text: q.kind for q in find_quantities("Of the 90 members, 87 backed it and 3 abstained.")}
    assert kinds == {"90": "cardinal", "87": "cardinal", "3": "cardinal"}
