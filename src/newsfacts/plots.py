"""One house style and one deterministic way to save figures.

:func:`save` writes ``NAME.png`` and ``NAME.svg`` with a fixed dpi, no
timestamps or software versions in the metadata, and a fixed ``svg.hashsalt``,
so re-running a notebook gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

from . import paths

DPI = 120
HASHSALT = "newsfacts"

STYLE = {
    "svg.hashsalt": HASHSALT,
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.figsize": (8, 4.5),
    "image.cmap": "viridis",
    "path.simplify": True,
}

#: Colours by category, shared by every notebook (colour-blind safe, Okabe–Ito).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]


def use_style() -> None:
    """Apply the house style (idempotent)."""
    matplotlib.rcParams.update(STYLE)
    matplotlib.rcParams["axes.prop_cycle"] = matplotlib.cycler(color=PALETTE)


def save(fig, name: str, folder: str | Path | None = None, quiet: bool = False) -> None:
    """Save *fig* as ``folder/name.png`` and ``folder/name.svg`` and print where.

    *folder* defaults to the project's figures/. Metadata that would change from
    run to run (date, software version) is stripped. Returned paths are relative
    to the project root when they lie inside it, so printing them leaks no
    absolute path. (Nothing is returned, so a notebook cell ending in
    ``plots.save(...)`` shows no list repr under nbval either.)
    """
    use_style()
    folder = Path(folder) if folder else paths.FIGURES
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ext, metadata in (
        ("png", {"Software": None}),
        ("svg", {"Date": None, "Creator": None}),
    ):
        target = folder / f"{name}.{ext}"
        fig.savefig(target, format=ext, dpi=DPI, metadata=metadata, bbox_inches="tight")
        written.append(paths.relative(target))
    if not quiet:
        print("saved " + " and ".join(written))


def date_axis(ax, axis: str = "x") -> None:
    """Readable date ticks: concise labels chosen for the span shown, no overlaps."""
    import matplotlib.dates as mdates

    target = ax.xaxis if axis == "x" else ax.yaxis
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    target.set_major_locator(locator)
    target.set_major_formatter(mdates.ConciseDateFormatter(locator))
