"""A round's report as a government reads it: a summary first, one table by capability (an
agreed phase beside the figures, the rationale and any dissent under it) and where the
stakeholders disagreed. Plain text for `flows.documents.pdf`."""

from __future__ import annotations

from collections.abc import Sequence

from flows.documents.results import spread_text
from flows.engine.translator import Translator
from flows.kit.places import CapabilityNotes, Column, Section
from flows.kit.texts import series
from framework.aggregate import ItemResult, RoundResults
from framework.agreement import Reading, reading
from framework.model import PHASES, Framework
from framework.recommend import Priority

NO_FIGURE = "–"  # a cell with nothing to show


def reading_cell(t: Translator, found: Reading | None) -> str:
    if found is None:
        return NO_FIGURE
    return {
        # Translators: a cell of the report's column "Agreement".
        Reading.STRONG: t.gettext("strong"),
        # Translators: a cell of the report's column "Agreement".
        Reading.MODERATE: t.gettext("moderate"),
        # Translators: a cell of the report's column "Agreement"; ⚠ marks it.
        Reading.WEAK: t.gettext("weak ⚠"),
    }[found]


def capability_header(t: Translator, columns: Sequence[Column]) -> tuple[str, ...]:
    return (t.gettext("Capability"), *(c.heading for c in columns), t.gettext("Median"),
            t.gettext("Range"), t.gettext("n"), t.gettext("Don't know"),
            t.gettext("Agreement"))


def figure_cells(t: Translator, result: ItemResult) -> tuple[str, ...]:
    """Median, range, n, the don't-know share and the reading; under three ratings, why there
    is no figure in the median's place (the ratings' n and the don't-know share still, from
    three answers; under three answers not even those)."""
    stats = result.stats
    if stats is not None and stats.median is not None and stats.low is not None \
            and stats.high is not None:
        spread = (str(stats.low) if stats.low == stats.high
                  else t.gettext("{low}–{high}").format(low=stats.low, high=stats.high))
        return (t.number(stats.median, 1), spread, str(stats.n), dont_know_cell(t, result),
                reading_cell(t, reading(stats)))
    if result.answers == 0:
        return t.gettext("not answered"), NO_FIGURE, "0", NO_FIGURE, NO_FIGURE
    if result.dont_know is None:
        return t.gettext("too few answers"), NO_FIGURE, NO_FIGURE, NO_FIGURE, NO_FIGURE
    return (t.gettext("too few ratings"), NO_FIGURE, str(result.answers - result.dont_know),
            dont_know_cell(t, result), NO_FIGURE)


def dont_know_cell(t: Translator, result: ItemResult) -> str:
    if result.dont_know is None:
        return NO_FIGURE
    if result.dont_know == 0:
        return "0"
    return t.gettext("{dont_know} of {answers}").format(dont_know=result.dont_know,
                                                       answers=result.answers)


def capability_cells(t: Translator, cap_id: int, result: ItemResult,
                     columns: Sequence[Column]) -> tuple[str, ...]:
    return (*(c.cells.get(cap_id, NO_FIGURE) for c in columns), *figure_cells(t, result))


def column_notes(cap_id: int, columns: Sequence[Column]) -> list[str]:
    return [note for c in columns for note in c.notes.get(cap_id, ())]


def summary_section(t: Translator, fw: Framework, results: RoundResults,
                    columns: Sequence[Column], priorities: Sequence[Priority],
                    state: str) -> Section:
    """What a reader needs before the tables: how many capabilities have a figure and where
    they stand, how far the participants agreed, what was agreed, the priorities, the state."""
    total = len(fw.capabilities)
    medians = [s.median for c in fw.capabilities
               if (s := results.shown(c.item)) is not None and s.median is not None]
    said = [t.ngettext(
        "{n} participant answered; {rated} of {total} capabilities have a figure (3 or more "
        "ratings).",
        "{n} participants answered; {rated} of {total} capabilities have a figure (3 or more "
        "ratings).", results.participants).format(
        n=results.participants, rated=len(medians), total=total)]
    if medians:
        spread = [t.ngettext("{n} at Phase {phase}", "{n} at Phase {phase}", count).format(
            n=count, phase=phase)
            for phase in PHASES if (count := sum(1 for m in medians if int(m) == phase))]
        said.append(t.gettext("Medians, rounded down to a phase: {spread}.").format(
            spread=t.join(spread)))
    weak = sum(1 for c in fw.capabilities if reading(results.shown(c.item)) is Reading.WEAK)
    if weak:
        said.append(t.ngettext(
            "Agreement is weak on {n} capability (see \"Where stakeholders disagreed\").",
            "Agreement is weak on {n} capabilities (see \"Where stakeholders disagreed\").",
            weak).format(n=weak))
    agreed = {cap for c in columns for cap in c.cells}
    if agreed:
        said.append(t.ngettext(
            "The stakeholders recorded an agreed phase for {n} capability.",
            "The stakeholders recorded an agreed phase for {n} capabilities.",
            len(agreed)).format(n=len(agreed)))
    if priorities:
        said.append(t.gettext("Top priorities: {names}.").format(
            names=series(t, [t.content(p.capability.name) for p in priorities])))
    said.append(state)
    return Section(t.gettext("Summary"), tuple(said))


def disagreement_section(t: Translator, fw: Framework, results: RoundResults,
                         flagged: Sequence[CapabilityNotes]) -> Section:
    """Capabilities whose answers agree weakly, and those marked otherwise (flags in a review),
    in the framework's order, each with its figures and what marked it."""
    lines = []
    for cap in fw.capabilities:
        stats = results.shown(cap.item)
        marks = [notes.notes[cap.id] for notes in flagged if cap.id in notes.notes]
        if reading(stats) is not Reading.WEAK and not marks:
            continue
        said = [spread_text(t, stats)] if stats is not None and stats.median is not None else []
        lines.append(t.gettext("{name}: {what}").format(
            name=f"{cap.id}. {t.content(cap.name)}", what=" · ".join(said + marks)))
    if not lines:
        lines.append(t.gettext(
            "No capability shows weak agreement among its answers, and none was marked "
            "otherwise."))
    return Section(t.gettext("Where stakeholders disagreed"), tuple(lines), notes=(t.gettext(
        "Weak agreement: the middle half of a capability's ratings spans 1.5 phases or more. "
        "Read these with the agreed positions and the sessions' votes."),))
