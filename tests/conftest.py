import shutil
from pathlib import Path

import pytest

from newsfacts import paths


@pytest.fixture
def messy_corpus(tmp_path: Path) -> Path:
    """A folder with one good article and one of each bad case the loader must survive."""
    d = tmp_path / "messy"
    d.mkdir()
    (d / "good.txt").write_text(
        "Judge Orders Review of Detention\n\n"
        "date 2024-03-14 TBILISI (Caucasus Wire) — A court in Tbilisi ordered a review on Monday. "
        "Mr. Beridze said the U.S. embassy was informed.\n",
        encoding="utf-8",
    )
    (d / "latin.txt").write_bytes("The caf\xe9 owner said \x93no comment\x94 on Tuesday.".encode("latin-1"))
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbfA text that starts with a byte-order mark.")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blank.md").write_text("   \n\t\n", encoding="utf-8")
    (d / "badyaml.md").write_text("---\ntitle: [unclosed\nsource: X\n---\nBody text survives.\n", encoding="utf-8")
    (d / "baddate.md").write_text("---\nid: dated\npublished: sometime in spring\n---\nA body.\n", encoding="utf-8")
    (d / "dup1.md").write_text("---\nid: same\n---\nFirst of two.\n", encoding="utf-8")
    (d / "dup2.md").write_text("---\nid: same\n---\nSecond of two.\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the corpus folder", encoding="utf-8")
    (d / "articles.csv").write_text(
        "article_id,file,title,source,published,place,url,published_note\n"
        "good,good.txt,Manifest Title Wins,Manifest Source,2024-03-15,,,\n"
        "ghost,ghost.txt,,,,,,\n"
        "escape,../secret.txt,,,,,,\n",
        encoding="utf-8",
    )
    return d


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw (tests never touch the immutable originals)."""
    target = tmp_path / "raw"
    shutil.copytree(paths.RAW, target)
    return target
