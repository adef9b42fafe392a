import json

import pandas as pd
import pytest

from newsfacts import CorpusError, load_corpus, paths
from newsfacts.corpus import decode, parse_date, parse_dateline, parse_title, split_front_matter
from newsfacts.nlp import get_nlp, sentence_spans


def sentences_of(text):
    return [text[a:b] for a, b in sentence_spans(get_nlp()(text))]


# --------------------------------------------------------------------- sentence splitting
def test_abbreviations_do_not_end_sentences():
    text = "Mr. Petrosyan flew to the U.S. on Dec. 4 with file No. 12 in hand. He returned later."
    assert sentences_of(text) == [
        "Mr. Petrosyan flew to the U.S. on Dec. 4 with file No. 12 in hand.",
        "He returned later.",
    ]


def test_quote_closing_after_full_stop_stays_with_its_sentence():
    text = "“We will not leave.” The minister said so twice. “Never,” she added. “Not now.” Then silence."
    assert sentences_of(text) == [
        "“We will not leave.”",
        "The minister said so twice.",
        "“Never,” she added.",
        "“Not now.”",
        "Then silence.",
    ]


def test_list_items_without_final_punctuation_are_sentences():
    text = "The appeal asks for:\n\nAccess for the Red Cross\nAn end to the trials\n\nIt was signed by ten groups."
    assert sentences_of(text) == [
        "The appeal asks for:", "Access for the Red Cross", "An end to the trials", "It was signed by ten groups.",
    ]


def test_sentence_offsets_point_into_article_text(seed_copy):
    c = load_corpus(seed_copy)
    texts = c.articles.set_index("article_id").text
    for row in c.sentences.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    assert (c.sentences.groupby("article_id").sentence_id.apply(lambda s: list(s) == list(range(len(s))))).all()


# --------------------------------------------------------------------- metadata
def test_dateline_gives_date_place_source():
    meta = parse_dateline(" date 2024-07-01 STEPANAKERT (Example News) — Something happened.")
    assert meta == {"published": "2024-07-01", "place": "Stepanakert", "source": "Example News"}
    meta = parse_dateline("GENEVA, March 3, 2025 (Reuters) - Talks resumed.")
    assert meta == {"published": "2025-03-03", "place": "Geneva", "source": "Reuters"}
    assert parse_dateline("The minister said on Monday that talks resumed.") == {}


def test_title_is_short_first_line_without_closing_punctuation():
    assert parse_title("Court Hears Appeal of Former Minister\n\nBody.") == "Court Hears Appeal of Former Minister"
    assert parse_title("A first sentence that ends with a stop.\n\nBody.") is None
    assert parse_title("Only one line without newline") is None


@pytest.mark.parametrize("value,expected", [
    ("2023-09-19", "2023-09-19"), ("September 19, 2023", "2023-09-19"), ("19 Sept. 2023", "2023-09-19"),
    ("2023-02-30", None), ("next spring", None), ("", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_front_matter_is_read_safely():
    meta, body, err = split_front_matter("---\ntitle: T\npublished: 2024-01-02\n---\nBody")
    assert meta["title"] == "T" and body == "Body" and err is None
    # a python-object tag must not be constructed by the safe loader
    meta, body, err = split_front_matter("---\nx: !!python/object/apply:os.system ['echo hi']\n---\nB")
    assert meta is None and "malformed" in err and body == "B"


def test_decode_fallbacks():
    assert decode("ok é".encode("utf-8")) == ("ok é", None)
    assert decode(b"\xef\xbb\xbfhi") == ("hi", "utf-8-sig")
    assert decode("caf\xe9".encode("cp1252")) == ("café", "cp1252")


# --------------------------------------------------------------------- the seeds
def test_seeds_load_with_published_dates_and_no_problems():
    c = load_corpus(paths.RAW)
    assert len(c.articles) == 2 and c.problems.empty
    a = c.articles.set_index("article_id")
    assert a.at["000_e4956661fc79f44d", "published"] == "2026-02-05"
    assert a.at["000_e4956661fc79f44d", "source"] == "PanARMENIAN.Net"
    assert a.at["000_e4956661fc79f44d", "place"] == "Yerevan"
    assert a.at["003_e71a607eea47b4a8", "published"] == "2023-11-07"
    assert bool(a.at["003_e71a607eea47b4a8", "published_inferred"])
    assert not bool(a.at["000_e4956661fc79f44d", "published_inferred"])
    assert a.at["003_e71a607eea47b4a8", "title"].startswith("Paris Mayor Blasts Baku")


def test_raw_seeds_are_byte_identical_to_shared_seeds():
    shared = paths.ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds not beside the checkout")
    for f in shared.glob("*.txt"):
        assert (paths.RAW / f.name).read_bytes() == f.read_bytes()


# --------------------------------------------------------------------- bad input
def test_messy_folder_gives_problem_rows_not_crashes(messy_corpus):
    c = load_corpus(messy_corpus)
    probs = c.problems
    by_field = lambda f: probs[probs.field == f]  # noqa: E731
    assert "cp1252" in by_field("encoding").message.str.cat()
    assert "BOM" in by_field("encoding").message.str.cat()
    assert set(probs[probs.field == "text"].file) == {"empty.txt", "blank.md"}
    assert by_field("front_matter").file.tolist() == ["badyaml.md"]
    assert "sometime in spring" in by_field("published").message.str.cat()
    assert "duplicate id 'same'" in by_field("article_id").message.iloc[0]
    file_msgs = by_field("file").message.str.cat(sep=" | ")
    assert "ghost.txt' does not exist" in file_msgs and "outside the corpus folder" in file_msgs
    # nothing silently dropped: every readable non-empty article is present
    ids = set(c.articles.article_id)
    assert {"good", "latin", "bom", "badyaml", "dated", "same", "same__2"} <= ids
    assert "outside" not in " ".join(c.articles.text)
    # manifest wins over what the text says; the text's dateline fills the place
    good = c.articles.set_index("article_id").loc["good"]
    assert good.title == "Manifest Title Wins" and good.source == "Manifest Source"
    assert good.published == "2024-03-15" and good.place == "Tbilisi"
    assert c.articles.set_index("article_id").at["badyaml", "text"].strip() == "Body text survives."


def test_front_matter_beats_parsed_text(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\nid: fm\ntitle: From Front Matter\nsource: FM Source\n---\n"
        "Parsed Headline Here\n\ndate 2022-05-06 BAKU (Text Source) — Body.\n", encoding="utf-8")
    a = load_corpus(tmp_path).articles.iloc[0]
    assert (a.article_id, a.title, a.source, a.published, a.place) == (
        "fm", "From Front Matter", "FM Source", "2022-05-06", "Baku")


def test_jsonl_and_csv_inputs(tmp_path):
    recs = [{"id": "j1", "title": "T1", "published": "2024-01-05", "text": "One. Two."},
            {"id": "j2", "text": "Three."}]
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\nnot json\n", encoding="utf-8")
    c = load_corpus(p)
    assert c.articles.article_id.tolist() == ["j1", "j2"]
    assert c.sentences[c.sentences.article_id == "j1"].text.tolist() == ["One.", "Two."]
    assert (c.problems.field == "json").sum() == 1
    q = tmp_path / "c.csv"
    pd.DataFrame(recs).rename(columns={"id": "article_id"}).to_csv(q, index=False)
    assert load_corpus(q).articles.published.tolist() == ["2024-01-05", ""]


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match="neither a folder"):
        load_corpus(bad)


def test_no_split_before_lowercase_or_number_after_inner_period_abbreviation():
    text = "Congress passed H.Res. 1241 and S.Res. 56 on Monday. The vote was close, approx. half said no."
    assert sentences_of(text) == [
        "Congress passed H.Res. 1241 and S.Res. 56 on Monday.",
        "The vote was close, approx. half said no.",
    ]
    # an ordinary full stop before a capitalised word still splits
    assert len(sentences_of("It ended in 2023. Then talks resumed.")) == 2


def test_jsonl_is_read_line_by_line_with_encoding_fallback(tmp_path):
    p = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "u1", "text": "Fine text."}).encode("utf-8")
    bad = '{"id": "c1", "text": "caf\xe9 owner spoke."}'.encode("cp1252")
    p.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + bad + b"\n")
    c = load_corpus(p)
    assert c.articles.article_id.tolist() == ["u1", "c1"]
    assert "café" in c.articles.text.iloc[1]
    enc = c.problems[c.problems.field == "encoding"]
    assert len(enc) == 2 and "BOM" in enc.message.iloc[0] and "cp1252" in enc.message.iloc[1]
