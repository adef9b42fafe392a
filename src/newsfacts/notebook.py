"""What every notebook does first: read the parameters, load, extract, set display options.

A notebook's setup cell is::

    from newsfacts import notebook
    nb = notebook.setup(corpus, out)

``nb.corpus`` is the :class:`~newsfacts.corpus.Corpus`, ``nb.tables`` every
extracted table (see data/README.md), ``nb.figures`` the folder figures go to.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import paths, plots
from .corpus import Corpus, load_corpus


@dataclass
class NotebookContext:
    corpus: Corpus
    tables: dict
    figures: Path
    corpus_label: str

    def __repr__(self) -> str:  # what a notebook prints: no absolute paths
        a, s = len(self.corpus.articles), len(self.corpus.sentences)
        return f"corpus {self.corpus_label}: {a} articles, {s} sentences; figures -> {paths.relative(self.figures)}"


def resolve(path: str | Path) -> Path:
    """A path given relative to the project root (or absolute) as a Path."""
    p = Path(path)
    return p if p.is_absolute() else paths.ROOT / p


def display_options() -> None:
    """Text-only DataFrame output (stable across pandas versions, compared by nbval)."""
    pd.set_option("display.notebook_repr_html", False)
    pd.set_option("display.max_colwidth", 90)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_rows", 80)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.precision", 3)


def setup(corpus: str | Path = "data/raw", out: str | Path = "") -> NotebookContext:
    """Load *corpus*, run every extractor, and return the tables and the figures folder.

    *out* empty means the project's figures/; otherwise figures go to OUT/figures.
    """
    from .pipeline import run

    display_options()
    plots.use_style()
    path = resolve(corpus)
    loaded = load_corpus(path)
    figures = resolve(out) / "figures" if str(out) else paths.FIGURES
    return NotebookContext(corpus=loaded, tables=run(loaded), figures=figures,
                           corpus_label=paths.relative(path))
