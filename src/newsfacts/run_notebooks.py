"""Execute the notebook sequence, or export it to HTML.

``python -m newsfacts.run_notebooks --in-place NB...``
    Execute the committed notebooks where they are (what ``make all`` does).
    Timing metadata is not recorded and volatile metadata is normalised, so an
    unchanged checkout re-executes to identical files.

``python -m newsfacts.run_notebooks --corpus DIR --out OUT NB...``
    Execute the notebooks with papermill on your own corpus, writing executed
    copies to OUT/notebooks and figures to OUT/figures; the committed notebooks
    and figures are not touched.

``python -m newsfacts.run_notebooks --html DIR NB...``
    Export executed notebooks to self-contained HTML (figures embedded) with an
    index.html linking them in order.
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from pathlib import Path

import nbformat

from . import paths

KERNEL = "python3"
TIMEOUT = 600
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}


def normalise(nb) -> None:
    """Drop metadata that changes from run to run or machine to machine, and merge
    consecutive stdout/stderr outputs of a cell (the kernel splits a print into one or
    two stream messages depending on timing)."""
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    CoalesceStreamsPreprocessor().preprocess(nb, {})
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    for cell in nb.cells:
        for key in ("execution", "papermill", "collapsed", "scrolled", "ExecuteTime"):
            cell.metadata.pop(key, None)


def execute_in_place(path: Path) -> None:
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=TIMEOUT, kernel_name=KERNEL, record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    normalise(nb)
    nbformat.write(nb, path)


def execute_on_corpus(path: Path, corpus: Path, out: Path) -> Path:
    import papermill as pm

    target = out / "notebooks" / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    pm.execute_notebook(
        str(path), str(target), parameters={"corpus": str(corpus), "out": str(out)},
        kernel_name=KERNEL, cwd=str(path.parent), progress_bar=False, log_output=False,
    )
    return target


def notebook_title(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def export_html(notebooks: list[Path], folder: Path) -> Path:
    from nbconvert import HTMLExporter

    folder.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(embed_images=True)
    items = []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        body, _ = exporter.from_notebook_node(nb)
        target = folder / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        items.append((target.name, notebook_title(nb, path.stem)))
        print(f"  wrote {paths.relative(target)}")
    links = "\n".join(f'  <li><a href="{html.escape(f)}">{html.escape(t)}</a></li>' for f, t in items)
    index = folder / "index.html"
    index.write_text(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>newsfacts notebooks</title></head>\n"
        "<body>\n<h1>newsfacts — the notebooks, in order</h1>\n<ol>\n" + links + "\n</ol>\n</body></html>\n",
        encoding="utf-8",
    )
    return index


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsfacts.run_notebooks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", type=Path)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--in-place", action="store_true", help="execute the notebooks where they are")
    mode.add_argument("--out", type=Path, help="execute on --corpus into this folder")
    mode.add_argument("--html", type=Path, help="export to HTML into this folder")
    parser.add_argument("--corpus", type=Path, default=paths.RAW, help="corpus for --out (default data/raw)")
    args = parser.parse_args(argv)

    missing = [p for p in args.notebooks if not p.is_file()]
    if missing:
        print(f"error: no such notebook: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    if args.html:
        index = export_html(args.notebooks, args.html)
        print(f"HTML export: open {paths.relative(index)}")
        return 0
    if args.out and not args.corpus.exists():
        print(f"error: corpus path '{args.corpus}' does not exist", file=sys.stderr)
        return 2
    for i, path in enumerate(args.notebooks, start=1):
        t0 = time.perf_counter()
        print(f"[{i}/{len(args.notebooks)}] {path.name} ...", end=" ", flush=True)
        if args.in_place:
            execute_in_place(path)
        else:
            execute_on_corpus(path, args.corpus.resolve(), args.out.resolve())
        print(f"done ({time.perf_counter() - t0:.1f} s)")
    if args.out:
        print(f"executed notebooks in {args.out}/notebooks, figures in {args.out}/figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
