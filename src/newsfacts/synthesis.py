"""The story across articles: one timeline, what is corroborated, what the corpus does not say.

Used by notebooks/06_synthesis.ipynb. Everything here is computed from the
extracted tables; each row keeps the article (and sentence) it rests on.
"""

from __future__ import annotations

import pandas as pd

from . import counts as counts_mod
from . import dates
from .vocab import COUNT_CATEGORIES, DEMAND_ISSUES, EVENT_TYPES

TIMELINE_COLUMNS = ["start", "end", "date", "precision", "kind", "label", "source", "article_id", "sentence_id", "future"]
CORROBORATION_COLUMNS = ["kind", "claim", "n_sources", "status", "sources"]
GAP_COLUMNS = ["question", "answer", "detail"]

#: Count categories a reader of this crisis expects numbers for.
KEY_CATEGORIES = ["killed", "injured", "missing", "displaced", "detained", "sentenced", "released", "returned"]


def _sources(articles: pd.DataFrame) -> dict[str, str]:
    return {r.article_id: f"{r.source or r.article_id}, {r.published or 'undated'}" for r in articles.itertuples()}


def _span(date: str, precision: str):
    sp = dates.span(str(date), str(precision)) if date else None
    if sp is None:
        return None
    return pd.Timestamp(sp[0]), pd.Timestamp(sp[1]) + pd.Timedelta(days=1)


def combined_timeline(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Dated events, counts and demands on one time axis, sorted by date.

    One row per event and per count; demands are gathered into one row per
    article, date and claimant (listing the issues). Counts and demands take the
    date of the event in their sentence; those without one are left out (see
    :func:`gaps`). Publication datelines are left out too.
    """
    arts = tables["articles"]
    published = dict(zip(arts.article_id, arts.published))
    src = _sources(arts)
    precision_of = {}
    ev = tables["events"]
    for r in ev.itertuples():
        precision_of.setdefault((r.article_id, r.date), r.precision)
    rows = []
    for r in ev[(ev.date != "") & (ev.event_type != "publication")].itertuples():
        rows.append((r.date, r.precision, "event", f"{r.event_type}: {r.event}", r.article_id, r.sentence_id, r.tense == "future"))
    for r in tables["counts"][tables["counts"].date != ""].itertuples():
        rows.append((r.date, precision_of.get((r.article_id, r.date), ""), "count", f"{r.category}: {r.text}", r.article_id, r.sentence_id, False))
    de = tables["demands"][tables["demands"].date != ""]
    for (aid, date, claimant), g in de.groupby(["article_id", "date", "claimant"], sort=False):
        issues = ", ".join(dict.fromkeys(g.issue))  # one row per claimant and date, issues in text order
        label = f"{claimant}: {len(g)} demand(s) — {issues}"
        rows.append((date, precision_of.get((aid, date), ""), "demand", label, aid, int(g.sentence_id.min()), False))
    out = []
    for date, precision, kind, label, aid, sid, future in rows:
        precision = precision or _precision_of(date)
        sp = _span(date, precision)
        if sp is None:
            continue
        future = future or (bool(published.get(aid)) and sp[0] > pd.Timestamp(published[aid]))
        out.append(dict(start=sp[0], end=sp[1], date=date, precision=precision, kind=kind, label=label,
                        source=src.get(aid, aid), article_id=aid, sentence_id=int(sid), future=bool(future)))
    frame = pd.DataFrame(out, columns=TIMELINE_COLUMNS)
    return frame.sort_values(["start", "kind", "article_id", "sentence_id", "label"], kind="stable").reset_index(drop=True)


def _precision_of(date: str) -> str:
    if len(date) == 10:
        return "day"
    if "-W" in date:
        return "week"
    if len(date) == 7 and date[5:].isdigit():
        return "month"
    if len(date) == 7:
        return "season"
    return "year"


def corroboration(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Which claims several sources make, and which rest on one.

    * counts: grouped by :func:`newsfacts.counts.cross_source` (category, who, period);
      ``corroborated`` when two or more articles agree, ``conflicting`` when their
      intervals are disjoint;
    * events: the same date and event type reported by two or more articles;
    * demands: the same issue (and stance) raised in two or more articles, by whichever claimants.
    """
    arts = tables["articles"]
    src = _sources(arts)
    rows = []
    cs = counts_mod.cross_source(tables["counts"], arts)
    for r in cs.itertuples():
        status = {"consistent": "corroborated", "conflicting": "conflicting"}.get(r.verdict, "single source")
        value = f"{r.min_value:,.0f}" if r.min_value == r.max_value else f"{r.min_value:,.0f}–{r.max_value:,.0f}"
        rows.append(("count", f"{r.category} {r.group_class} ({r.period}): {value}", int(r.n_articles), status, r.sources))
    ev = tables["events"]
    ev = ev[(ev.date != "") & (ev.event_type != "publication")]
    for (date, etype), g in ev.groupby(["date", "event_type"], sort=True):
        ids = sorted(set(g.article_id))
        rows.append(("event", f"{date} {etype}", len(ids), "corroborated" if len(ids) > 1 else "single source",
                     "; ".join(src.get(a, a) for a in ids)))
    de = tables["demands"]
    for (issue, stance), g in de.groupby(["issue", "stance"], sort=True):
        ids = sorted(set(g.article_id))
        claimants = ", ".join(sorted(set(g.claimant)))
        verb = "against" if stance == "against" else "for"
        rows.append(("demand", f"{verb} {issue} (by {claimants})", len(ids),
                     "corroborated" if len(ids) > 1 else "single source", "; ".join(src.get(a, a) for a in ids)))
    frame = pd.DataFrame(rows, columns=CORROBORATION_COLUMNS)
    order = {"conflicting": 0, "corroborated": 1, "single source": 2}
    return (frame.assign(_o=frame.status.map(order)).sort_values(["_o", "kind", "n_sources", "claim"], ascending=[True, True, False, True])
            .drop(columns="_o").reset_index(drop=True))


def gaps(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """What the corpus does not say: questions a reader would ask, answered from the tables."""
    c, d, e, a = tables["counts"], tables["demands"], tables["events"], tables["articles"]
    rows = []
    for cat in KEY_CATEGORIES:
        n = int((c.category == cat).sum())
        rows.append((f"Is there a count of people {cat}?", "yes" if n else "no",
                     f"{n} count(s)" if n else f"no article in the corpus gives a number of {cat} people ({COUNT_CATEGORIES[cat].rstrip('.')})"))
    undated_counts = int((c.date == "").sum())
    rows.append(("Are the counts dated?", "all" if undated_counts == 0 else ("none" if undated_counts == len(c) else "partly"),
                 f"{undated_counts} of {len(c)} count(s) have no date in their sentence"))
    raised = set(d.issue)
    missing = [i for i in DEMAND_ISSUES if i not in raised and i != "other"]
    rows.append(("Which demand issues are never raised?", "none" if not missing else f"{len(missing)} issue(s)", ", ".join(missing) or "—"))
    no_addressee = int((d.addressee == "").sum())
    rows.append(("Do demands name whom they address?", "all" if no_addressee == 0 else "partly",
                 f"{no_addressee} of {len(d)} demand(s) name no addressee"))
    dated_types = set(e[e.date != ""].event_type)
    never = [t for t in EVENT_TYPES if t not in dated_types and t not in ("other", "publication")]
    rows.append(("Which kinds of event are never dated?", f"{len(never)} kind(s)", ", ".join(never) or "—"))
    inferred = a[a.published_inferred.astype(bool)].article_id.tolist() if "published_inferred" in a else []
    rows.append(("Are all publication dates printed?", "yes" if not inferred else "no",
                 ("inferred for " + ", ".join(inferred)) if inferred else "every article prints its date"))
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


KIND_MARKERS = {"event": "o", "count": "s", "demand": "D"}


def draw_combined_timeline(ax, frame: pd.DataFrame, colors: dict[str, str] | None = None, label_chars: int = 55) -> None:
    """One row per item, grouped by kind; periods drawn as bars, days as markers, future hollow."""
    import matplotlib.dates as mdates

    colors = colors or {"event": "#0072B2", "count": "#D55E00", "demand": "#009E73"}
    if frame.empty:
        ax.text(0.5, 0.5, "no dated events, counts or demands in this corpus", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return
    frame = frame.reset_index(drop=True)
    n = len(frame)
    for i, r in frame.iterrows():
        y = n - 1 - i
        color = colors.get(r.kind, "#000000")
        if r.precision in ("day", "") or (r.end - r.start).days <= 1:
            ax.scatter([r.start], [y], marker=KIND_MARKERS.get(r.kind, "o"), s=46, zorder=3,
                       facecolors="white" if r.future else color, edgecolors=color, linewidths=1.6)
        else:
            ax.barh(y, (r.end - r.start).days, left=r.start, height=0.55, color=color, alpha=0.35,
                    edgecolor=color, hatch="//" if r.future else None)
        label = r.label if len(r.label) <= label_chars else r.label[: label_chars - 1] + "…"
        ax.annotate(f"{r.date}  {label}", (r.end, y), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=8, style="italic" if r.future else "normal")
    ax.set_yticks([])
    ax.set_ylim(-1, n)
    ax.spines["left"].set_visible(False)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    lo, hi = frame.start.min(), frame.end.max()
    ax.set_xlim(lo - (hi - lo) * 0.03, hi + (hi - lo) * 0.05)
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker=KIND_MARKERS[k], linestyle="", color=colors[k], label=k) for k in ("event", "count", "demand")]
    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="#555555",
                          label="reported as coming (hollow, italic)"))
    ax.legend(handles=handles, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=4, fontsize=8)
