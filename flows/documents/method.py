"""The report's method and participation: how the figures were made, by whom and when, how
far the participants agreed, and what the figures cannot say. Plain text for a `Section`."""

from __future__ import annotations

from collections.abc import Sequence

from flows.documents.results import agreement_sentences
from flows.documents.session_votes import SessionVotes
from flows.engine.store import Round
from flows.engine.store.validation import State, Validation
from flows.engine.translator import Translator
from flows.kit.places import Section
from flows.kit.texts import sector_label
from framework.aggregate import MIN_GROUP, RoundResults
from framework.agreement import Alpha


def method_section(t: Translator, r: Round, results: RoundResults,
                   sessions: Sequence[SessionVotes], agreement: Alpha | None,
                   validation: Validation | None = None) -> Section:
    said = [t.gettext(
        "A self-assessment against the Model National Response's 21 capabilities, each rated "
        "in four phases (1 Building to 4 Maturity) by the round's participants, each on "
        "their own; group sessions' votes are kept apart from these answers.")]
    dates = [t.gettext("Round opened on {date}.").format(date=t.date(r.created_at))]
    current = validation.current if validation is not None else None
    if current is not None and current.review_opened_at is not None:
        dates.append(t.gettext("Review opened on {date}.").format(
            date=t.date(current.review_opened_at)))
    if current is not None and current.state is State.VALIDATED and current.validated_on:
        dates.append(t.gettext("Validated by {institution} on {date}.").format(
            institution=current.institution, date=t.date(current.validated_on)))
    said.append(" ".join(dates))
    participation = t.ngettext(
        "{n} of {joined} participant has answered.",
        "{n} of {joined} participants have answered.", results.joined
    ).format(n=results.participants, joined=results.joined)
    if results.by_sector:
        participation += " " + t.gettext("By sector, where {min} or more: {sectors}.").format(
            min=MIN_GROUP, sectors=t.join([
                t.gettext("{sector} {n}").format(sector=sector_label(t, s), n=n)
                for s, n in sorted(results.by_sector.items())]))
    said.append(participation)
    if sessions:
        said.append(t.ngettext(
            "{n} group session, with up to {voters} voters.",
            "{n} group sessions, with up to {voters} voters.", len(sessions)).format(
            n=len(sessions), voters=max(s.voters for s in sessions)))
    said += agreement_sentences(t, agreement)
    said.append(t.gettext(
        "Limits: these are the views of the people who answered, not an audit or an "
        "evaluation. A figure needs at least {min} ratings; don't know is counted apart; a "
        "sector with fewer than {min} people is not shown on its own.").format(min=MIN_GROUP))
    return Section(t.gettext("Method and participation"), tuple(said))
