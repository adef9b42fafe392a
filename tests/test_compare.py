import pandas as pd
import pytest

from newsfacts.compare import dateparser_events, side_by_side
from newsfacts.corpus import RawArticle, build_corpus

pytest.importorskip("dateparser")


def test_dateparser_events_and_side_by_side():
    text = "The court met on March 3, 2024. It adjourned the next week."
    c = build_corpus([RawArticle("a1", text, meta={"published": "2024-03-10"})])
    theirs = dateparser_events(c)
    assert "2024-03-03" in set(theirs.date)
    hit = theirs[theirs.date == "2024-03-03"].iloc[0]
    assert text[int(hit.start):int(hit.end)] == hit.expression
    start = text.index("March 3, 2024")
    gold = pd.DataFrame([{"article_id": "a1", "sentence_id": 0, "start": start, "end": start + 13,
                          "expression": "March 3, 2024", "date": "2024-03-03", "precision": "day"}])
    ours = gold.assign(date="2024-03-04")
    table = side_by_side(gold, ours, theirs, c.sentences)
    assert table.dateparser_right.tolist() == [True]
    assert table.newsfacts_right.tolist() == [False]
