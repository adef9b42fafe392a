"""newsfacts — traceable facts from news about the Artsakh (Nagorno-Karabakh) crisis."""

from .corpus import Corpus, CorpusError, load_corpus

__version__ = "0.1.0"
__all__ = ["Corpus", "CorpusError", "load_corpus", "__version__"]
