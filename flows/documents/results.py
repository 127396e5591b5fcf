"""A round's results as text: what its facilitators see first, and what its participants see
once the facilitators share them. Pure functions of `framework.aggregate.RoundResults` and a
translator (no figure of fewer than three answers ever reaches them), and the one load of
those figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flows.documents.report import domain_lines
from flows.documents.session_votes import SessionVotes
from flows.engine.store import Round, Transaction
from flows.engine.translator import Translator
from flows.kit.places import RoundShown
from flows.kit.texts import assessment_name, bold, escape, italic, labelled, sector_label, series
from framework.aggregate import MIN_GROUP, RoundResults, round_results, rows_may_leave
from framework.model import Framework


@dataclass(frozen=True)
class ResultsData:
    fw: Framework
    round: Round
    results: RoundResults
    today: datetime
    sessions: tuple[SessionVotes, ...] = ()  # its group sessions' votes, shown apart


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
    return "\n".join([
        bold(t.gettext("Round results, shared by its facilitators")),
        *overview_lines(t, data)[2:],
        "",
        bold(t.gettext('Profile by domain')),
        *domain_lines(t, data.fw, data.results.profile, shared=True),
    ])
