"""The data dictionary documents every column of every table and every vocabulary value."""

import re

import pytest

from newsfacts import docs, paths
from newsfacts.pipeline import SCHEMAS
from newsfacts.vocab import VOCABULARIES

DICTIONARY = (paths.DATA / "README.md").read_text(encoding="utf-8")


def section(table: str) -> str:
    m = re.search(rf"^### `{table}`.*?(?=^### |^## )", DICTIONARY, re.S | re.M)
    assert m, f"data/README.md has no section for table {table}"
    return m.group(0)


@pytest.mark.parametrize("table", list(SCHEMAS))
def test_every_column_documented(table):
    text = section(table)
    missing = [c for c in SCHEMAS[table] if f"`{c}`" not in text]
    assert not missing, f"{table}: undocumented columns {missing}"


def test_vocabulary_block_is_current():
    assert docs.render(DICTIONARY) == DICTIONARY, "run: python -m newsfacts.docs"
    for column, values in VOCABULARIES.items():
        for value in values:
            assert f"| `{value}` |" in DICTIONARY


def test_readme_names_the_two_commands_and_every_notebook():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert "make all" in readme and "make test" in readme
    for nb in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        assert nb.name in readme, f"README does not describe {nb.name}"
