"""Pictures of a profile for a phone: the six domains, and the 21 capabilities with their range.

matplotlib (Agg, no display) shapes Arabic itself. Chinese needs a CJK font (Debian's
`fonts-noto-cjk`); where none is installed, a Chinese chart falls back to English labels (with a
warning in the log) rather than printing boxes.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from flows.documents.report import domain_mean
from flows.engine.extend import Drawer, drawn_by
from flows.engine.translator import Translator
from flows.kit.info import own_wording
from flows.kit.places import CapabilityNotes, Marks
from framework.aggregate import RoundChange, RoundResults
from framework.model import Framework
from framework.scoring import ItemStats, Profile

log = logging.getLogger(__name__)

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "WenQuanYi Zen Hei")
WIDTH_INCHES, DPI = 6.0, 150  # 900 pixels wide: readable on a phone without zooming
ASIDE_RIGHT, ASIDE_INCHES = 6.6, 3.0  # the x axis's end and the width added for notes at the
# rows' ends (the phases keep their width)
COLOURS = ("#c0504d", "#f79646", "#9bbb59", "#4f81bd")  # phases 1 to 4
# Charts are drawn in worker threads; pyplot's figure registry and rcParams are process-wide.
DRAWING = threading.Lock()


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # the phase, or None when not known
    low: int | None = None  # a range to draw, for a round
    high: int | None = None
    note: str = ""  # said instead of a value ("not known", "too few answers")
    earlier: float | None = None  # the same bar in an earlier round, drawn as a marker
    # phases other flows mark on it (flows.kit.places.ON_CHART), one per kind of marker
    marks: tuple[float | None, ...] = ()
    aside: str = ""  # a short note at the row's end (its actions' statuses, when compared)


@dataclass(frozen=True)
class Earlier:
    """An earlier round to show against this one: its name for the legend, and the change."""

    name: str
    change: RoundChange


@lru_cache(maxsize=1)
def pyplot() -> ModuleType:
    """matplotlib's pyplot, loaded when the first chart is drawn: loading it costs over half a
    second of CPU, which a process that draws no chart should not pay at every start."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as loaded

    return loaded


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    pyplot()  # the Agg backend chosen before anything of matplotlib is used
    from matplotlib import font_manager

    for name in CJK_FONTS:
        try:
            font_manager.findfont(name, fallback_to_default=False)
            return name
        except ValueError:
            continue
    return None


def can_draw(locale: str) -> bool:
    """Whether labels in this language can be drawn (else the chart uses English)."""
    if not locale.startswith("zh"):
        return True
    if cjk_font() is None:
        log.warning("No CJK font is installed: Chinese charts fall back to English labels")
        return False
    return True


FOOTER_INCHES = 0.42  # the notice under every chart: two lines of small print
# How added marks are drawn, one style per kind (a target first): unlike the earlier round's
# white diamond and the range's line, a tall tick across the bar where it should get to.
# A white outline keeps a mark seen on a bar's end, on the range's line and on a gridline.
MARK_STYLES: tuple[dict[str, object], ...] = (
    {"marker": "|", "markersize": 19, "markeredgewidth": 3.5, "color": "#5b2a86"},
    {"marker": "*", "markersize": 10, "color": "#222222"},
    {"marker": "s", "markersize": 6, "markerfacecolor": "none", "markeredgecolor": "#222222"},
)


def outline() -> object:
    from matplotlib import patheffects

    return patheffects.withStroke(linewidth=6, foreground="white")


def profile_chart(t: Translator, title: str, bars: Sequence[Bar], earlier: str = "",
                  measure: str = "", marks: Sequence[str] = ()) -> bytes:
    """Horizontal bars from Phase 1 to 4, one per domain or capability, as PNG bytes; with
    `earlier` (a round's name), a marker on each bar for its value then; `marks` names, for
    the legend, each kind of marker the bars carry (`Bar.marks`, a target); `measure` says
    what a bar is (a domain's "mean of capability medians"). Every chart carries the notice on
    whose words these are, in its footer and in the PNG's own text (a chart ends up in
    slides, away from the report it came with)."""
    families = ["DejaVu Sans", *([cjk_font()] if cjk_font() else [])]
    height = 1.2 + 0.42 * len(bars) + FOOTER_INCHES
    notice = own_wording(t)
    plt = pyplot()
    with DRAWING, plt.rc_context({"font.family": families, "font.size": 10}):
        aside = any(bar.aside for bar in bars)  # notes at the rows' ends: a wider picture
        width = WIDTH_INCHES + (ASIDE_INCHES if aside else 0)
        figure, axis = plt.subplots(figsize=(width, height), dpi=DPI)
        try:
            positions = list(range(len(bars)))[::-1]
            for y, bar in zip(positions, bars, strict=True):
                if bar.value is None:
                    axis.text(0.55, y, bar.note, va="center", fontsize=8, color="#666666")
                    continue
                colour = COLOURS[max(0, min(3, int(bar.value) - 1))]
                axis.barh(y, bar.value, color=colour, height=0.6)
                if bar.low is not None and bar.high is not None and bar.low != bar.high:
                    axis.plot([bar.low, bar.high], [y, y], color="#222222", linewidth=2)
                axis.text(bar.value + 0.05, y + 0.22, t.number(bar.value, 1), fontsize=8)
            # notes at the rows' ends, in a column of their own right of Phase 4
            for y, bar in zip(positions, bars, strict=True):
                if bar.aside:
                    axis.text(4.45, y, bar.aside, ha="left", va="center", fontsize=7,
                              color="#333333")
            marked = [(y, bar.earlier) for y, bar in zip(positions, bars, strict=True)
                      if bar.earlier is not None and bar.value is not None]
            if marked:
                axis.plot([x for _, x in marked], [y for y, _ in marked], linestyle="none",
                          marker="D", markersize=6, markerfacecolor="white",
                          markeredgecolor="#222222", label=earlier)
            for kind, (label, style) in enumerate(zip(marks, MARK_STYLES, strict=False)):
                # a row without a bar keeps its mark: where it should get to is known
                at = [(y, bar.marks[kind]) for y, bar in zip(positions, bars, strict=True)
                      if kind < len(bar.marks) and bar.marks[kind] is not None]
                if at:
                    axis.plot([x for _, x in at], [y for y, _ in at], linestyle="none",
                              label=label, zorder=4, path_effects=[outline()], **style)
            if axis.get_legend_handles_labels()[0]:
                axis.legend(loc="upper center", bbox_to_anchor=(0.5, -0.6 / height),
                            frameon=False, fontsize=8, ncols=2)
            axis.set_yticks(positions, [bar.label for bar in bars])
            axis.set_xlim(0, ASIDE_RIGHT if aside else 4.3)
            axis.set_ylim(-0.6, len(bars) - 0.4)  # rows without a bar keep their place too
            axis.set_xticks([1, 2, 3, 4],
                            [t.gettext("Phase {phase}").format(phase=n) for n in (1, 2, 3, 4)])
            axis.grid(axis="x", color="#dddddd")
            axis.set_axisbelow(True)
            axis.set_title(title, fontsize=11, loc="center")
            if measure:
                axis.set_xlabel(measure, fontsize=8, color="#444444")
            for side in ("top", "right"):
                axis.spines[side].set_visible(False)
            figure.text(0.5, 0.012, notice, ha="center", va="bottom", fontsize=6,
                        color="#555555", wrap=True)
            figure.tight_layout(rect=(0, FOOTER_INCHES / height, 1, 1))
            out = io.BytesIO()
            figure.savefig(out, format="png", metadata={"Disclaimer": notice})
        finally:
            plt.close(figure)
    return out.getvalue()


def domain_bars(t: Translator, fw: Framework, profile: Profile,
                change: RoundChange | None = None, shared: bool = True) -> list[Bar]:
    """A bar per domain: the mean of its capabilities' figures, or why there is none."""
    bars = []
    for d in fw.domains:
        then = change.domain(d.id) if change is not None else None
        score = profile.domain(d.id)
        bars.append(Bar(t.content(d.name), score.score, note=domain_mean(t, score, shared),
                        earlier=then.before if then is not None else None))
    return bars


def capability_bars(
    t: Translator, fw: Framework, stats: Mapping[int, ItemStats | None], hidden_note: str,
    change: RoundChange | None = None, marks: Sequence[Marks] = (),
    asides: Sequence[CapabilityNotes] = (),
) -> list[Bar]:
    bars = []
    for cap in fw.capabilities:
        figure = stats.get(cap.id)
        marked = tuple(m.phases.get(cap.id) for m in marks)
        aside = " · ".join(note for a in asides if (note := a.notes.get(cap.id)))
        if figure is None or figure.median is None:
            bars.append(Bar(t.content(cap.label), None, note=hidden_note, marks=marked,
                            aside=aside))
            continue
        then = change.capability(cap.item) if change is not None else None
        bars.append(Bar(t.content(cap.label), figure.median, figure.low, figure.high,
                        earlier=then.before if then is not None else None, marks=marked,
                        aside=aside))
    return bars


def charts(t: Translator, fw: Framework, title: str, profile: Profile,
           stats: Mapping[int, ItemStats | None], hidden_note: str,
           earlier: Earlier | None = None, shared: bool = True,
           marks: Sequence[Drawer[Marks]] = (),
           asides: Sequence[Drawer[CapabilityNotes]] = ()) -> tuple[bytes, bytes]:
    """The domain chart and the capability chart, in `t`'s language when it can be drawn;
    with an earlier round, its values as markers; `marks`, what other flows mark on the
    capability chart (flows.kit.places.ON_CHART, drawn in the chart's language). `shared`: a
    round's (medians of several people), not one person's own."""
    if not can_draw(t.locale):
        t = t.fallback()
    change = earlier.change if earlier is not None else None
    legend = (t.gettext("Earlier round: {round}").format(round=earlier.name)
              if earlier is not None else "")
    measure = (t.gettext("Each domain: the mean of its capability medians") if shared
               else t.gettext("Each domain: the mean of its capability phases"))
    added = [m for m in drawn_by(marks, t) if m.phases][:len(MARK_STYLES)]
    return (
        profile_chart(t, title, domain_bars(t, fw, profile, change, shared), legend, measure),
        profile_chart(t, title, capability_bars(t, fw, stats, hidden_note, change, added,
                                                drawn_by(asides, t)),
                      legend, marks=[m.label for m in added]),
    )


def session_chart(t: Translator, fw: Framework, title: str, mode: str,
                  results: RoundResults, hidden_note: str) -> bytes:
    """A group session's picture: the pulse medians by domain, or the capabilities' medians
    with their range; an item under the threshold is a row that says so."""
    if not can_draw(t.locale):
        t = t.fallback()
    if mode == "pulse":
        bars = []
        for domain in fw.domains:
            stats = results.shown(domain.item)
            if stats is None or stats.median is None:
                bars.append(Bar(t.content(domain.name), None, note=hidden_note))
            else:
                bars.append(Bar(t.content(domain.name), stats.median, stats.low, stats.high))
    else:
        bars = capability_bars(t, fw, {c.id: results.shown(c.item) for c in fw.capabilities},
                               hidden_note)
    return profile_chart(t, title, bars)


QUIET_ZONE = 4  # modules of white around a QR code, as scanners expect


def qr_card(url: str, title: str, subtitle: str) -> bytes:
    """A QR code with what it opens written above it: shown on a slide or printed on its own,
    it still says which round and what for."""
    import segno

    code = segno.make(url, error="m")
    size = len(code.matrix) + 2 * QUIET_ZONE
    cells = [[0] * size for _ in range(QUIET_ZONE)]
    for row in code.matrix:
        cells.append([0] * QUIET_ZONE + [1 if cell else 0 for cell in row] + [0] * QUIET_ZONE)
    cells += [[0] * size for _ in range(QUIET_ZONE)]
    families = ["DejaVu Sans", *([cjk_font()] if cjk_font() else [])]
    plt = pyplot()
    with DRAWING, plt.rc_context({"font.family": families}):
        figure = plt.figure(figsize=(5.0, 6.0), dpi=DPI)
        try:
            axis = figure.add_axes((0.08, 0.02, 0.84, 0.7))
            axis.imshow(cells, cmap="gray_r", interpolation="nearest", vmin=0, vmax=1)
            axis.axis("off")
            figure.text(0.5, 0.92, title, ha="center", va="center", fontsize=15,
                        weight="bold", wrap=True)
            figure.text(0.5, 0.8, subtitle, ha="center", va="center", fontsize=11,
                        color="#333333", wrap=True)
            out = io.BytesIO()
            figure.savefig(out, format="png", metadata={"Title": title})
        finally:
            plt.close(figure)
    return out.getvalue()
