import pytest
import pandas as pd

from newsfacts import paths
from newsfacts.evaluate import evaluate, load_gold, score_table


def _counts(rows):
    cols = ["count_id", "article_id", "sentence_id", "start", "end", "category", "value", "qualifier", "part_of"]
    return pd.DataFrame(rows, columns=cols)


def test_multiset_matching_and_part_of_through_parent_value():
    gold = _counts([
        ["g1", "a", 0, 0, 5, "killed", "100", "exact", ""],
        ["g2", "a", 0, 10, 15, "killed", "10", "exact", "g1"],
        ["g3", "a", 1, 20, 25, "displaced", "5", "more_than", ""],
    ])
    pred = _counts([
        ["a-c01", "a", 0, 0, 5, "killed", "100.0", "exact", ""],
        ["a-c02", "a", 0, 10, 15, "killed", "10", "exact", "a-c01"],  # ids differ, parent value agrees
        ["a-c03", "a", 1, 20, 25, "displaced", "5", "exact", ""],     # wrong qualifier
        ["a-c04", "a", 1, 30, 33, "injured", "7", "exact", ""],       # false hit
    ])
    sentences = pd.DataFrame({"article_id": ["a", "a"], "sentence_id": [0, 1], "start": [0, 18], "end": [17, 40],
                              "text": ["first sentence", "second sentence"]})
    scores, errors = score_table(pred, gold, "counts", sentences)
    s = scores[0]
    assert (s["gold"], s["predicted"], s["matched"]) == (3, 4, 2)
    assert s["precision"] == 0.5 and s["recall"] == 0.667
    kinds = sorted((e["kind"], e["sentence"]) for e in errors)
    assert kinds == [("false hit", "second sentence"), ("false hit", "second sentence"), ("miss", "second sentence")]


def test_only_annotated_articles_in_corpus_are_scored():
    gold = {"events": pd.DataFrame({"article_id": ["a", "z"], "date": ["2024-01-01", "2024-02-02"],
                                    "precision": ["day", "day"]})}
    tables = {"events": pd.DataFrame({"article_id": ["a", "b"], "date": ["2024-01-01", "1999"],
                                      "precision": ["day", "year"]}),
              "articles": pd.DataFrame({"article_id": ["a", "b"]})}
    scores, errors = evaluate(tables, gold)
    assert scores.f1.tolist() == [1.0] and errors.empty


def test_false_hits_count_in_an_annotated_article_without_rows_in_that_table():
    gold = {
        "events": pd.DataFrame({"article_id": ["a", "b"], "date": ["2024-01-01", "2024-05-05"], "precision": ["day", "day"]}),
        "counts": pd.DataFrame({"count_id": ["g1"], "article_id": ["a"], "category": ["killed"], "value": ["3"],
                                "qualifier": ["exact"], "part_of": [""]}),
    }
    pred_counts = pd.DataFrame({"count_id": ["a-c01", "b-c01"], "article_id": ["a", "b"], "category": ["killed", "injured"],
                                "value": ["3", "9"], "qualifier": ["exact", "exact"], "part_of": ["", ""]})
    tables = {"events": gold["events"], "counts": pred_counts, "articles": pd.DataFrame({"article_id": ["a", "b"]})}
    scores, errors = evaluate(tables, gold)
    counts = scores[scores.table == "counts"].iloc[0]
    assert (counts.gold, counts.predicted, counts.matched) == (1, 2, 1)
    assert errors[errors.table == "counts"].kind.tolist() == ["false hit"]


@pytest.mark.parametrize("name", sorted(paths.EVAL_SETS))
def test_every_annotated_set_is_consistent_with_its_texts(name):
    """Gold rows use the documented vocabularies, and their spans and sentence ids point at their text."""
    from newsfacts.corpus import load_corpus
    from newsfacts.vocab import VOCABULARIES

    corpus_dir, gold_dir = paths.EVAL_SETS[name]
    corpus = load_corpus(corpus_dir)
    texts = dict(zip(corpus.articles.article_id, corpus.articles.text))
    sents = corpus.sentences
    gold = load_gold(gold_dir)
    assert set(gold) >= {"mentions", "demands"}
    bad = []
    for table, g in gold.items():
        for col, vocab in VOCABULARIES.items():
            if col in g:
                values = set(g[col].dropna()) - {""}
                bad += [f"{table}.{col}={v}" for v in values - set(vocab)]
        text_col = "expression" if table == "events" else "text"
        for r in g.itertuples(index=False):
            body = texts.get(r.article_id)
            if body is None:
                bad.append(f"{table}: no article {r.article_id}")
                continue
            if body[int(r.start):int(r.end)] != getattr(r, text_col):
                bad.append(f"{table} {r.article_id} {r.start}-{r.end}: span is not {getattr(r, text_col)!r}")
            s = sents[(sents.article_id == r.article_id) & (sents.sentence_id == int(r.sentence_id))]
            if len(s) != 1 or not (int(s.start.iloc[0]) <= int(r.start) < int(s.end.iloc[0])):
                bad.append(f"{table} {r.article_id} sentence {r.sentence_id} does not hold {r.start}")
    assert not bad, "\n".join(bad[:20])
