"""The workbook's agreement sheet: each capability's spread of the round's own answers and its
reading, each group session's voting rounds (both only where each had 5 voters), and
Krippendorff's alpha with how it was made. Only figures of at least `MIN_GROUP` ratings."""

from __future__ import annotations

from collections.abc import Sequence

from flows.documents.results import reading_word
from flows.documents.session_votes import SessionVotes
from flows.engine.translator import Translator
from flows.kit.items import short_name
from flows.kit.places import Sheet
from framework.aggregate import RoundResults
from framework.agreement import Alpha, reading
from framework.model import Framework
from framework.scoring import ItemStats


def header(t: Translator) -> tuple[str, ...]:
    return (t.gettext("source"), t.gettext("item"), t.gettext("capability or domain"),
            t.gettext("voting round"), "n", t.gettext("median"), "Q1", "Q3", "IQR",
            t.gettext("agreement"), t.gettext("Phase {phase}").format(phase=1),
            t.gettext("Phase {phase}").format(phase=2), t.gettext("Phase {phase}").format(
                phase=3), t.gettext("Phase {phase}").format(phase=4), t.gettext("Don't know"))


def number(t: Translator, value: float | None) -> str:
    return "" if value is None else t.number(value, 2)


def stats_cells(t: Translator, stats: ItemStats) -> tuple[str, ...]:
    found = reading(stats)
    return (str(stats.n), number(t, stats.median), number(t, stats.q1), number(t, stats.q3),
            number(t, stats.iqr), reading_word(t, found) if found is not None else "",
            *(str(c) for c in stats.counts), str(stats.dont_know))


def agreement_sheet(t: Translator, fw: Framework, results: RoundResults,
                    sessions: Sequence[SessionVotes], found: Alpha | None) -> Sheet:
    rows: list[tuple[str, ...]] = []
    answers = t.gettext("answers given alone")
    for c in fw.capabilities:
        stats = results.shown(c.item)
        if stats is not None:
            rows.append((answers, c.item, short_name(t, fw, c.item), "",
                         *stats_cells(t, stats)))
    for session in sessions:
        name = t.gettext("session {number}").format(number=session.number)
        for item, votings in session.votings(fw).items():
            for voting, figures in votings.items():
                stats = figures.shown(item)
                if stats is not None:
                    rows.append((name, item, short_name(t, fw, item), str(voting),
                                 *stats_cells(t, stats)))
    alpha = t.gettext("Krippendorff's alpha (ordinal)")
    if found is None:
        rows.append((alpha, "", t.gettext(
            "not computed: it needs 3 or more participants whose ratings differ somewhere"),
            *[""] * 12))
    else:
        # Translators: {share} is "95%" as the language writes a percentage.
        interval = "" if found.low is None or found.high is None else t.gettext(
            "{share} interval {low} to {high}").format(
            share=t.percent(0.95), low=number(t, found.low), high=number(t, found.high))
        method = t.gettext(
            "bootstrap over capabilities: {samples} samples, seed {seed}; {raters} raters"
        ).format(samples=found.samples, seed=found.seed, raters=found.coders)
        rows.append((alpha, "", f"{number(t, found.value)}; {interval}; {method}",
                     *[""] * 12))
    # Translators: the name of the workbook's sheet with each question's spread and agreement
    # (31 characters at most).
    return Sheet(t.gettext("Agreement"), header(t), tuple(rows))
