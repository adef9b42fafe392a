"""Read articles into a :class:`Corpus` of DataFrames: articles, sentences, problems.

Accepted inputs (see README "Add your own articles"):

* a folder of ``.txt``/``.md`` files, each optionally opening with YAML front
  matter (``id``, ``title``, ``source``, ``published``, ``place``, ``url``), with an
  optional ``articles.csv`` manifest beside them. Precedence: manifest > front
  matter > what is parsed from the text (dateline, first-line title);
* a single ``.jsonl`` or ``.csv`` file with those fields plus ``text``.

Bad input never raises: it becomes a row of ``problems`` naming the file and the
reason. Only a CORPUS path that does not exist (or is of an unknown kind) raises
:class:`CorpusError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import yaml

from .nlp import get_nlp, sentence_spans

ARTICLE_COLUMNS = [
    "article_id", "title", "source", "published", "place", "url", "text",
    "n_words", "n_sentences", "file", "published_note", "published_inferred",
]
SENTENCE_COLUMNS = ["article_id", "sentence_id", "start", "end", "text"]
PROBLEM_COLUMNS = ["article_id", "file", "field", "message"]
META_FIELDS = ["title", "source", "published", "place", "url"]
MANIFEST_NAME = "articles.csv"
ARTICLE_SUFFIXES = {".txt", ".md"}

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# "date 2026-02-05 YEREVAN (PanARMENIAN.Net) —", "YEREVAN, February 5, 2026 (Reuters) -",
# "PARIS (AP) —", "STEPANAKERT, Nov 3 /Armenpress/ —"
DATELINE_RE = re.compile(
    r"""^\s*(?:date:?\s+)?
    (?P<date1>\d{4}-\d{2}-\d{2}\s+)?
    (?P<place>[A-Z][A-Z.'’\- ]{1,40}?)
    (?:,\s*(?P<date2>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?))?
    \s*[(/](?P<source>[^)/\n]{2,60})[)/]\s*[—–-]+\s*""",
    re.VERBOSE,
)


class CorpusError(Exception):
    """The corpus path cannot be read at all (missing, or of an unknown kind)."""


@dataclass
class Corpus:
    """Articles, their sentences, and the problems met while reading them."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    problems: pd.DataFrame
    path: str = ""
    docs: dict = field(default_factory=dict, repr=False)  # article_id -> spaCy Doc

    def tables(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "sentences": self.sentences, "problems": self.problems}

    def article_text(self, article_id: str) -> str:
        return self.docs[article_id].text if article_id in self.docs else str(
            self.articles.set_index("article_id").at[article_id, "text"]
        )

    def doc(self, article_id: str):
        """The spaCy Doc of one article (tokens, sentence boundaries, char offsets)."""
        if article_id not in self.docs:
            self.docs[article_id] = get_nlp()(self.article_text(article_id))
        return self.docs[article_id]

    def subset(self, article_ids: Iterable[str]) -> "Corpus":
        ids = list(article_ids)
        keep = set(ids)
        return Corpus(
            articles=self.articles[self.articles.article_id.isin(keep)].reset_index(drop=True),
            sentences=self.sentences[self.sentences.article_id.isin(keep)].reset_index(drop=True),
            problems=self.problems[self.problems.article_id.isin(keep)].reset_index(drop=True),
            path=self.path,
            docs={k: v for k, v in self.docs.items() if k in keep},
        )

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self.articles)} articles, {len(self.sentences)} sentences, "
            f"{len(self.problems)} problems)"
        )


# --------------------------------------------------------------------------- records
@dataclass
class RawArticle:
    """One article as read from disk, before sentence splitting."""

    article_id: str
    text: str
    file: str = ""
    meta: dict = field(default_factory=dict)  # from front matter / jsonl / csv
    manifest: dict = field(default_factory=dict)


class _Problems:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, article_id: str | None, file: str, fld: str, message: str) -> None:
        self.rows.append(
            {"article_id": article_id or "", "file": file, "field": fld, "message": message}
        )

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=PROBLEM_COLUMNS)


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes as UTF-8; fall back to UTF-8 with BOM, then cp1252.

    Returns the text and, when not plain UTF-8, the encoding that worked.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict | None, str, str | None]:
    """Split YAML front matter from the body.

    Returns (meta or None, body, error message or None). Malformed front matter
    gives an error and the body after the closing fence (or the whole text).
    """
    if not text.startswith("---"):
        return None, text, None
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return None, text, "front matter opens with '---' but is never closed"
    body = text[match.end():]
    try:
        meta = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return None, body, f"malformed YAML front matter{where}: {getattr(exc, 'problem', exc)}"
    if meta is None:
        return {}, body, None
    if not isinstance(meta, dict):
        return None, body, f"front matter is a {type(meta).__name__}, not a mapping of fields"
    return meta, body, None


def parse_date(value) -> str | None:
    """Normalise a publication date to ISO ``YYYY-MM-DD``; None when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s or s.lower() in {"nan", "none", "nat"}:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m1 = re.fullmatch(rf"({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})", s, re.I)
        m2 = re.fullmatch(rf"(\d{{1,2}})\s+({_MONTH_RE}),?\s+(\d{{4}})", s, re.I)
        if m1:
            mo, d, y = MONTHS[m1.group(1).lower().rstrip(".")], int(m1.group(2)), int(m1.group(3))
        elif m2:
            d, mo, y = int(m2.group(1)), MONTHS[m2.group(2).lower().rstrip(".")], int(m2.group(3))
        else:
            return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def parse_dateline(text: str) -> dict:
    """Read published date, place and source from a news dateline, when there is one."""
    lines = [ln for ln in text.split("\n") if ln.strip()][:3]  # a headline may come first
    m = next((m for m in (DATELINE_RE.match(ln[:200]) for ln in lines) if m), None)
    if not m:
        return {}
    out = {"place": m.group("place").strip().title(), "source": m.group("source").strip()}
    if m.group("date1"):
        out["published"] = parse_date(m.group("date1").strip())
    elif m.group("date2"):
        out["published"] = parse_date(m.group("date2").strip())  # None when year missing
    return {k: v for k, v in out.items() if v}


def parse_title(text: str) -> str | None:
    """A short first line without closing punctuation is the headline."""
    stripped = text.lstrip()
    if "\n" not in stripped:
        return None
    first = stripped.split("\n", 1)[0].strip()
    if not first or len(first.split()) > 25 or first[-1] in ".!?:;,\"”'’)…—-":
        return None
    if DATELINE_RE.match(first):
        return None
    return first


# --------------------------------------------------------------------------- readers
def _is_inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _read_file(path: Path, label: str, problems: _Problems, article_id: str) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.add(article_id, label, "file", f"cannot read file: {exc.strerror or exc}")
        return None
    text, encoding = decode(data)
    if encoding == "utf-8-sig":
        problems.add(article_id, label, "encoding", "decoded as UTF-8 with BOM (BOM removed)")
    elif encoding:
        problems.add(article_id, label, "encoding", f"not valid UTF-8; decoded as {encoding}")
    return normalise_newlines(text)


def _read_manifest(path: Path, problems: _Problems) -> list[dict]:
    text = _read_file(path, path.name, problems, "")
    if text is None:
        return []
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        problems.add("", path.name, "manifest", f"unreadable CSV: {exc}")
        return []
    out = []
    for i, row in enumerate(rows, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        if not row.get("file") and not row.get("article_id"):
            problems.add("", path.name, "manifest", f"row {i} has neither file nor article_id")
            continue
        row["_line"] = i
        out.append(row)
    return out


def _iter_folder(root: Path, problems: _Problems) -> Iterator[RawArticle]:
    manifest_rows = _read_manifest(root / MANIFEST_NAME, problems) if (root / MANIFEST_NAME).is_file() else []
    by_file: dict[str, dict] = {}
    for row in manifest_rows:
        fname = row.get("file") or f"{row['article_id']}.txt"
        target = (root / fname)
        label = f"{MANIFEST_NAME}:{row['_line']}"
        if not _is_inside(target, root):
            problems.add(row.get("article_id"), label, "file", f"manifest file '{fname}' points outside the corpus folder; not read")
            continue
        if not target.is_file():
            problems.add(row.get("article_id"), label, "file", f"manifest file '{fname}' does not exist")
            continue
        by_file[target.resolve().as_posix()] = row

    files = sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    for path in files:
        row = by_file.get(path.resolve().as_posix(), {})
        article_id = row.get("article_id") or path.stem
        text = _read_file(path, path.name, problems, article_id)
        if text is None:
            continue
        meta, body, error = split_front_matter(text)
        if error:
            problems.add(article_id, path.name, "front_matter", error)
        elif not row.get("article_id") and meta and str(meta.get("id") or "").strip():
            article_id = str(meta["id"]).strip()
        yield RawArticle(article_id=article_id, text=body, file=path.name, meta=meta or {}, manifest=row)


def _iter_jsonl(path: Path, problems: _Problems) -> Iterator[RawArticle]:
    """Read a .jsonl corpus one line at a time (memory does not grow with the file)."""
    reported: set[str] = set()
    try:
        fh = path.open("rb")
    except OSError as exc:
        problems.add("", path.name, "file", f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw_line in enumerate(fh, start=1):
            line, encoding = decode(raw_line)
            if encoding and encoding not in reported:
                reported.add(encoding)
                what = "decoded as UTF-8 with BOM (BOM removed)" if encoding == "utf-8-sig" else f"not valid UTF-8; decoded as {encoding}"
                problems.add("", f"{path.name}:{lineno}", "encoding", what)
            if not line.strip():
                continue
            label = f"{path.name}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.add("", label, "json", f"not valid JSON: {exc.msg}")
                continue
            if not isinstance(rec, dict):
                problems.add("", label, "json", "line is not a JSON object")
                continue
            yield _record_article(rec, label, lineno)


def _iter_csv(path: Path, problems: _Problems) -> Iterator[RawArticle]:
    text = _read_file(path, path.name, problems, "")
    try:
        rows = list(csv.DictReader(io.StringIO(text or "")))
    except csv.Error as exc:
        problems.add("", path.name, "csv", f"unreadable CSV: {exc}")
        return
    for lineno, rec in enumerate(rows, start=2):
        yield _record_article({k: v for k, v in rec.items() if k}, f"{path.name}:{lineno}", lineno)


def _record_article(rec: dict, label: str, n: int) -> RawArticle:
    article_id = str(rec.get("article_id") or rec.get("id") or "").strip() or f"row{n:05d}"
    text = rec.get("text")
    text = "" if text is None else normalise_newlines(str(text))
    meta = {k: rec.get(k) for k in META_FIELDS if rec.get(k) not in (None, "")}
    return RawArticle(article_id=article_id, text=text, file=label, meta=meta)


def iter_raw_articles(path: str | Path, problems: _Problems) -> Iterator[RawArticle]:
    """Yield raw articles from a folder, a .jsonl or a .csv file."""
    p = Path(path)
    if not p.exists():
        raise CorpusError(f"corpus path '{path}' does not exist")
    if p.is_dir():
        yield from _iter_folder(p, problems)
    elif p.suffix.lower() == ".jsonl":
        yield from _iter_jsonl(p, problems)
    elif p.suffix.lower() == ".csv":
        yield from _iter_csv(p, problems)
    elif p.suffix.lower() in ARTICLE_SUFFIXES:
        yield from (a for a in _iter_folder(p.parent, problems) if a.file == p.name)
    else:
        raise CorpusError(
            f"corpus path '{path}' is neither a folder of .txt/.md articles nor a .jsonl/.csv file"
        )


# --------------------------------------------------------------------------- assembly
def _resolve_metadata(raw: RawArticle, problems: _Problems) -> dict:
    parsed = parse_dateline(raw.text)
    title = parse_title(raw.text)
    if title:
        parsed.setdefault("title", title)
    front = {}
    for key in META_FIELDS:
        value = raw.meta.get(key)
        if value not in (None, ""):
            front[key] = value
    manifest = {k: raw.manifest.get(k) for k in META_FIELDS if raw.manifest.get(k)}

    meta: dict = {}
    for key in META_FIELDS:
        for layer, label in ((manifest, "manifest"), (front, "front matter"), (parsed, "text")):
            if key not in layer:
                continue
            value = layer[key]
            if key == "published":
                iso = parse_date(value)
                if iso is None:
                    problems.add(
                        raw.article_id, raw.file, "published",
                        f"unparseable date '{value}' in {label}; expected YYYY-MM-DD or 'Month D, YYYY'",
                    )
                    continue
                value = iso
            meta[key] = str(value).strip()
            break
    note = raw.manifest.get("published_note") or str(raw.meta.get("published_note") or "")
    meta["published_note"] = note.strip()
    meta["published_inferred"] = bool(meta["published_note"]) and "published" in meta
    if "published" not in meta:
        problems.add(raw.article_id, raw.file, "published", "no publication date found (manifest, front matter or dateline)")
    return meta


def build_corpus(raws: Iterable[RawArticle], problems: _Problems | None = None, path: str = "") -> Corpus:
    """Split raw articles into sentences and assemble the three tables."""
    problems = problems or _Problems()
    nlp = get_nlp()
    seen: dict[str, int] = {}
    kept: list[tuple[RawArticle, dict]] = []
    for raw in raws:
        if raw.article_id in seen:
            seen[raw.article_id] += 1
            new_id = f"{raw.article_id}__{seen[raw.article_id]}"
            problems.add(raw.article_id, raw.file, "article_id", f"duplicate id '{raw.article_id}'; kept as '{new_id}'")
            raw.article_id = new_id
        else:
            seen[raw.article_id] = 1
        if not raw.text.strip():
            problems.add(raw.article_id, raw.file, "text", "article is empty or whitespace only; skipped")
            continue
        kept.append((raw, _resolve_metadata(raw, problems)))

    articles, sentences, docs = [], [], {}
    for (raw, meta), doc in zip(kept, nlp.pipe((r.text for r, _ in kept), batch_size=64)):
        spans = sentence_spans(doc, raw.text)
        for i, (start, end) in enumerate(spans):
            sentences.append(
                {"article_id": raw.article_id, "sentence_id": i, "start": start, "end": end, "text": raw.text[start:end]}
            )
        docs[raw.article_id] = doc
        articles.append(
            {
                "article_id": raw.article_id,
                "title": meta.get("title", ""),
                "source": meta.get("source", ""),
                "published": meta.get("published", ""),
                "place": meta.get("place", ""),
                "url": meta.get("url", ""),
                "text": raw.text,
                "n_words": len(raw.text.split()),
                "n_sentences": len(spans),
                "file": raw.file,
                "published_note": meta.get("published_note", ""),
                "published_inferred": meta.get("published_inferred", False),
            }
        )
    art = pd.DataFrame(articles, columns=ARTICLE_COLUMNS)
    art = art.astype({"n_words": "int64", "n_sentences": "int64", "published_inferred": "bool"})
    sen = pd.DataFrame(sentences, columns=SENTENCE_COLUMNS).astype(
        {"sentence_id": "int64", "start": "int64", "end": "int64"}
    )
    return Corpus(articles=art, sentences=sen, problems=problems.frame(), path=path, docs=docs)


def load_corpus(path: str | Path) -> Corpus:
    """Read a corpus folder, .jsonl or .csv file into a :class:`Corpus`.

    Problems with individual articles are collected in ``corpus.problems``; use
    :func:`check_strict` (or the CLI's ``--strict``) to make them fatal.
    """
    problems = _Problems()
    raws = list(iter_raw_articles(path, problems))
    from .paths import relative

    return build_corpus(raws, problems, path=relative(path))


def iter_raw_chunks(path: str | Path, chunk_size: int = 500) -> Iterator[tuple[list[RawArticle], "_Problems"]]:
    """Read the corpus at *path* as batches of at most *chunk_size* raw articles.

    Each batch comes with the problems met while reading it. Duplicate ids are
    detected across batches (the later one is renamed ``ID__2``), so chunked and
    single-pass reading give the same articles.
    """
    problems = _Problems()
    counts: dict[str, int] = {}
    batch: list[RawArticle] = []
    for raw in iter_raw_articles(path, problems):
        if raw.article_id in counts:
            counts[raw.article_id] += 1
            new_id = f"{raw.article_id}__{counts[raw.article_id]}"
            problems.add(raw.article_id, raw.file, "article_id", f"duplicate id '{raw.article_id}'; kept as '{new_id}'")
            raw.article_id = new_id
        counts.setdefault(raw.article_id, 1)
        batch.append(raw)
        if len(batch) >= chunk_size:
            yield batch, problems
            batch, problems = [], _Problems()
    if batch or problems.rows:
        yield batch, problems


def iter_corpus_chunks(path: str | Path, chunk_size: int = 500) -> Iterator[Corpus]:
    """Stream a corpus as Corpus chunks of at most *chunk_size* articles (constant memory)."""
    from .paths import relative

    rel = relative(path)
    for batch, problems in iter_raw_chunks(path, chunk_size):
        yield build_corpus(batch, problems, path=rel)


def problem_summary(problems: pd.DataFrame) -> str:
    """One line: how many problems, of which kinds, in how many files."""
    if problems.empty:
        return "0 problems"
    kinds = problems.field.value_counts().sort_index()
    parts = ", ".join(f"{k}: {v}" for k, v in kinds.items())
    return f"{len(problems)} problem(s) in {problems.file.nunique()} file(s) ({parts})"


def problem_lines(problems: pd.DataFrame) -> list[str]:
    return [f"{r.file}: {r.field}: {r.message}" for r in problems.itertuples()]
