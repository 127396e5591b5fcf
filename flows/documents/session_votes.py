"""A round's group sessions as its facilitators see them: each session's votes, apart from the
answers people gave alone, under the same thresholds. Read by the results screen, the chart,
the report and the exports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from flows.documents.report import result_text
from flows.engine.actions import Action
from flows.engine.effects import Screen, button
from flows.engine.store import Transaction
from flows.engine.translator import Translator
from flows.kit.items import FULL, PULSE, session_items, short_name
from flows.kit.texts import bold, escape, italic, labelled
from framework.aggregate import (
    MIN_GROUP,
    RoundResults,
    VoteCount,
    session_results,
    voting_results,
    votings_shown,
)
from framework.model import Framework

FLOW = "session"  # the session flow's name, whose cards are the round's sessions


@dataclass(frozen=True)
class SessionVotes:
    number: int  # 1, 2 ... in the round, by when it was set up
    started: datetime | None
    mode: str  # pulse or full
    voters: int  # the most votes any of its questions had
    results: RoundResults
    counts: tuple[VoteCount, ...]

    def day(self) -> str:
        """When it took place, no finer than the day: exports carry nothing finer."""
        return self.started.date().isoformat() if self.started else ""

    def shown_counts(self) -> list[VoteCount]:
        """The votes that may leave the bot one by one: none from a question (and voting
        round) with fewer than `MIN_GROUP` voters, and of a question voted twice, the first
        vote only where both may be shown (`votings_shown`)."""
        voters: dict[tuple[str, int], int] = defaultdict(int)
        for entry in self.counts:
            voters[entry.item, entry.voting] += entry.count
        shown = votings_shown(self.counts)
        return sorted((e for e in self.counts if voters[e.item, e.voting] >= MIN_GROUP
                       and e.voting in shown[e.item]),
                      key=lambda e: (e.item, e.voting, str(e.value)))

    def votings(self, fw: Framework) -> dict[str, dict[int, RoundResults]]:
        """Per question voted on, the figures of each voting round that may be shown."""
        shown = votings_shown(self.counts)
        by_voting = {v: voting_results(fw, self.counts, v)
                     for v in {v for vs in shown.values() for v in vs}}
        return {item: {v: by_voting[v] for v in votings} for item, votings in shown.items()}


def session_votes(fw: Framework, number: int, started: datetime | None, mode: str,
                  counts: Sequence[VoteCount]) -> SessionVotes:
    """A session's votes and figures (from the database, or from a validated snapshot)."""
    per_question: dict[tuple[str, int], int] = defaultdict(int)
    for entry in counts:
        per_question[entry.item, entry.voting] += entry.count
    return SessionVotes(number=number, started=started, mode=mode,
                        voters=max(per_question.values(), default=0),
                        results=session_results(fw, counts), counts=tuple(counts))


async def load_sessions(tx: Transaction, fw: Framework, round_id: int
                        ) -> tuple[SessionVotes, ...]:
    """The round's sessions that have votes, oldest first."""
    counts = await tx.votes.of_round(round_id)
    by_session: dict[int, list[VoteCount]] = defaultdict(list)
    for entry in counts:
        by_session[entry.session].append(entry)
    found = []
    for number, card in enumerate(await tx.cards.of_round(round_id, FLOW), start=1):
        mine = by_session.get(card.id)
        if not mine:
            continue
        started = card.context.get("started_at")
        mode = card.context.get("mode")
        found.append(session_votes(
            fw, number, datetime.fromisoformat(started) if isinstance(started, str) else None,
            mode if mode in (PULSE, FULL) else PULSE, mine))
    return tuple(found)


def session_name(t: Translator, session: SessionVotes) -> str:
    """ "Session 2, 5 December 2026 (pulse check)" """
    mode = t.gettext("pulse check") if session.mode == PULSE else t.gettext("all capabilities")
    if session.started is None:
        return t.gettext("Session {number} ({mode})").format(number=session.number, mode=mode)
    return t.gettext("Session {number}, {date} ({mode})").format(
        number=session.number, date=t.date(session.started), mode=mode)


def sessions_block(t: Translator, sessions: tuple[SessionVotes, ...]) -> str:
    """The results' pointer to the sessions: their votes are not in the figures above."""
    lines = [bold(t.gettext("Group sessions")), escape(apart_note(t))]
    lines += ["• " + escape(t.ngettext(
        "{session}: up to {n} voter", "{session}: up to {n} voters", s.voters,
    ).format(session=session_name(t, s), n=s.voters)) for s in sessions]
    return "\n".join(lines)


def question_figures(t: Translator, fw: Framework, session: SessionVotes
                     ) -> tuple[tuple[str, str], ...]:
    """Each question voted on, and its figures (or why there are none)."""
    lines = []
    votings = session.votings(fw)
    for item in session_items(fw, session.mode):
        result = session.results.items[item]
        if not result.answers:
            continue
        text = result_text(t, result, votes=True)
        shown = sorted(votings.get(item, {}))
        if len(shown) > 1:  # voted twice, both shown: the first vote, then the second
            first = votings[item][shown[0]].items[item]
            text = t.gettext("first vote: {first}; second vote: {second}").format(
                first=result_text(t, first, votes=True), second=text)
        elif shown and shown[-1] > 1:
            text = t.gettext("second vote: {second}").format(second=text)
        lines.append((short_name(t, fw, item), text))
    return tuple(lines)


def apart_note(t: Translator) -> str:
    return t.gettext(
        "Votes in group sessions are kept apart from the answers people give alone: they "
        "are not in the figures above.")


def question_lines(t: Translator, fw: Framework, session: SessionVotes) -> list[str]:
    return ["• " + escape(labelled(t, name, text))
            for name, text in question_figures(t, fw, session)]


def sessions_screen(t: Translator, fw: Framework, sessions: tuple[SessionVotes, ...],
                    back_to: Action) -> list[Screen]:
    """Each session's figures, one message per session (a full one has 21 lines); `back_to`:
    the button of the screen that showed them."""
    back = ((button(t, back_to),),)
    if not sessions:
        return [Screen(escape(t.gettext("No group session of this round has votes yet.")), back)]
    pages = []
    for session in sessions:
        lines = [bold(session_name(t, session)), *question_lines(t, fw, session)]
        pages.append("\n".join(lines))
    pages[-1] += "\n\n" + italic(t.gettext(
        "Votes are anonymous: nobody is shown who voted what, only how many chose each "
        "answer. A figure needs at least {min} votes."
    ).format(min=MIN_GROUP))
    return [Screen(text, back if index == len(pages) - 1 else ())
            for index, text in enumerate(pages)]
