"""A round's results as text: what its facilitators see first, and what its participants see
once the facilitators share them. Pure functions of `framework.aggregate.RoundResults` and a
translator (no figure of fewer than three answers ever reaches them), and the one load of
those figures."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from flows.documents.report import domain_lines, figure
from flows.documents.session_votes import SessionVotes
from flows.engine.store import Answer, Round, Transaction
from flows.engine.translator import Translator
from flows.kit.places import RoundShown
from flows.kit.texts import assessment_name, bold, escape, italic, labelled, sector_label, series
from framework.aggregate import MIN_GROUP, RoundResults, round_results, rows_may_leave
from framework.agreement import Alpha, Reading, reading, round_alpha
from framework.model import Framework
from framework.scoring import ItemStats


@dataclass(frozen=True)
class ResultsData:
    fw: Framework
    round: Round
    results: RoundResults
    today: datetime
    sessions: tuple[SessionVotes, ...] = ()  # its group sessions' votes, shown apart
    agreement: Alpha | None = None  # Krippendorff's alpha of its answers (None: not shown)
    review: bool = False  # shared as draft results, under review (flows.validation)


def round_shown(fw: Framework, r: Round, results: RoundResults,
                facilitates: bool = True) -> RoundShown:
    """A round as other flows add to its documents and screens (flows.kit.places): each
    capability's phase now is its median, as shown (None under three ratings)."""
    current = {c.id: s.median if (s := results.shown(c.item)) is not None else None
               for c in fw.capabilities}
    return RoundShown(fw, r, current, facilitates,
                      rows_leave=not r.figures_only and rows_may_leave(results))


async def results_of(tx: Transaction, fw: Framework, round_id: int) -> RoundResults:
    """The round's figures with the privacy thresholds: two queries, whatever its size."""
    return round_results(fw, *await tx.answers.tally(round_id))


def alpha_of(fw: Framework, answers: Iterable[Answer]) -> Alpha | None:
    """Krippendorff's alpha of a round's individual phase ratings of the capabilities
    (framework.agreement; none under three raters)."""
    ratings: dict[str, dict[str, int]] = {}
    for a in answers:
        if a.item.startswith("cap:") and isinstance(a.value, int):
            ratings.setdefault(a.user, {})[a.item] = a.value
    return round_alpha(ratings, [c.item for c in fw.capabilities])


async def agreement_of(tx: Transaction, fw: Framework, round_id: int) -> Alpha | None:
    """The same, read now and computed off the event loop (a thousand resamplings)."""
    answers = await tx.answers.of_round(round_id)
    return await asyncio.to_thread(alpha_of, fw, answers)


def reading_word(t: Translator, found: Reading) -> str:
    return {
        Reading.STRONG: t.gettext("agreement strong"),
        Reading.MODERATE: t.gettext("agreement moderate"),
        Reading.WEAK: t.gettext("agreement weak"),
    }[found]


def spread_text(t: Translator, stats: ItemStats) -> str:
    """Figures and their reading ("median 2 · range 1–3 · n 8 · agreement strong"); the stats
    must be ones that may be shown."""
    found = reading(stats)
    text = figure(t, stats)
    return f"{text} · {reading_word(t, found)}" if found is not None else text


def agreement_sentences(t: Translator, found: Alpha | None) -> list[str]:
    """The round's agreement in plain words: alpha, its interval and how it was made, and what
    it cannot say (plain text, for a screen or a document)."""
    if found is None:
        return [t.gettext(
            "Agreement across capabilities (Krippendorff's alpha): not computed; it needs 3 "
            "or more participants whose ratings differ somewhere.")]
    value = t.number(found.value, 2)
    if found.low is None or found.high is None:
        said = t.gettext("Agreement across capabilities (Krippendorff's alpha, ordinal): "
                         "{alpha}.").format(alpha=value)
    else:
        # Translators: {share} is "95%" as the language writes a percentage.
        said = t.gettext(
            "Agreement across capabilities (Krippendorff's alpha, ordinal): {alpha}; {share} "
            "interval {low} to {high} ({samples} resamplings of the capabilities, fixed "
            "seed).").format(alpha=value, share=t.percent(0.95), low=t.number(found.low, 2),
                             high=t.number(found.high, 2), samples=found.samples)
    return [said, t.gettext(
        "Alpha runs low when nearly everyone gives the same phase, even in full agreement: "
        "read it with each capability's spread."), t.gettext(
        "Each capability's agreement comes from the middle half of its ratings: strong under "
        "1 phase, moderate from 1, weak (⚠) from 1.5.")]


def agreement_lines(t: Translator, found: Alpha | None) -> list[str]:
    """The same on a screen (escaped; what alpha cannot say in italics)."""
    said = agreement_sentences(t, found)
    if len(said) == 1:
        return [escape(said[0])]
    return [escape(said[0]), italic(said[1]), escape(said[2])]


def heading(t: Translator, r: Round) -> str:
    return assessment_name(t, r.country, r.created_at, r.title)


def overview_lines(t: Translator, data: ResultsData) -> list[str]:
    results = data.results
    lines = [
        bold(t.gettext("Results: {round}").format(round=heading(t, data.round))),
        escape(t.gettext("As of {date}").format(date=t.date(data.today))),
    ]
    if data.round.closed_at is not None:
        lines.append(escape(t.gettext("This round is closed: its answers no longer change.")))
    lines.append(escape(t.ngettext(
        "{n} of {joined} participant has answered.",
        "{n} of {joined} participants have answered.", results.joined
    ).format(n=results.participants, joined=results.joined)))
    if results.by_sector:
        sectors = [
            t.gettext("{sector} {n}").format(sector=sector_label(t, s), n=n)
            for s, n in results.by_sector.items()
        ]
        lines.append(escape(labelled(t, t.gettext("Sectors with 3 or more people"),
                                     t.join(sectors))))
    completion = [
        t.gettext("{domain} {share}").format(
            domain=t.content(data.fw.domain(d).name), share=t.percent(share)
        )
        for d, share in results.completion.items()
    ]
    lines.append(escape(labelled(t, t.gettext("Answered"), series(t, completion))))
    lines.append(italic(t.gettext(
        "Figures are shown only for questions with at least {min} ratings."
    ).format(min=MIN_GROUP)))
    if data.round.figures_only:
        lines.append(italic(t.gettext(
            "Figures only: no answer or evidence note leaves the assistant one by one.")))
    return lines


def published(t: Translator, data: ResultsData) -> str:
    """What a participant sees of a published round: the same thresholds as for anyone."""
    if data.review:  # answers are closed for the review: say why, not only that
        top = [bold(t.gettext("Draft results under review, shared by its facilitators")),
               escape(t.gettext("Answers are closed while the stakeholders review these draft "
                                "results: flag a capability you see differently.")),
               *overview_lines(t, data)[3:]]
    else:
        top = [bold(t.gettext("Round results, shared by its facilitators")),
               *overview_lines(t, data)[2:]]
    return "\n".join([
        *top,
        "",
        bold(t.gettext('Profile by domain')),
        *domain_lines(t, data.fw, data.results.profile, shared=True),
    ])
