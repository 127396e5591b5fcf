"""What the facilitator's buttons on a group session's card do: Reveal, Vote again, Next, Back,
End (after confirming) with the summary and its chart, and Resume or a new session for one that
ended early."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flows.documents.charts import session_chart
from flows.engine.effects import Attachment
from flows.engine.turn import Turn
from flows.sessions import screens, summary
from flows.sessions.context import SECOND_VOTING, Go, T, card_context, items_of, voting_of
from flows.sessions.handlers import leads, new_setup
from framework.aggregate import session_results


async def _may_lead(turn: T) -> bool:
    assert turn.card is not None
    if await leads(turn, turn.card):
        return True
    turn.say(turn.t.gettext("Only the session's facilitators can use this button."))
    return False


def _total(turn: T) -> int:
    return len(items_of(turn.fw, turn.ctx))


async def reveal(turn: T, arg: str) -> None:
    if await _may_lead(turn):
        turn.move(Go.reveal)


async def again(turn: T, arg: str) -> None:
    """A second voting round on the revealed question, kept apart from the first."""
    if not await _may_lead(turn):
        return
    if voting_of(turn.ctx, items_of(turn.fw, turn.ctx)[turn.ctx.index]) >= SECOND_VOTING:
        turn.say(turn.t.gettext("This question has been voted on twice already."))
        return
    turn.move(Go.again)


async def next_question(turn: T, arg: str) -> None:
    if not await _may_lead(turn):
        return
    if turn.ctx.index + 1 >= _total(turn):
        turn.say(turn.t.gettext("This is the last question: End closes the session."))
        return
    turn.move(Go.next)


async def previous_question(turn: T, arg: str) -> None:
    if not await _may_lead(turn):
        return
    if turn.ctx.index == 0:
        turn.say(turn.t.gettext("This is the first question."))
        return
    turn.move(Go.back)


async def end(turn: T, arg: str) -> None:
    """End asks first, on the card: a session ended by a slip would lose the room's place."""
    if await _may_lead(turn):
        turn.move(Go.ask_end)


async def go_on(turn: T, arg: str) -> None:
    if await _may_lead(turn):
        turn.move(Go.keep_on)


async def end_confirmed(turn: T, arg: str) -> None:
    if not await _may_lead(turn):
        return
    if not turn.ctx.ending:  # a confirmation from a card that no longer asks
        turn.say(turn.t.gettext("Press End first."))
        return
    card = turn.card
    assert card is not None and card.round_id is not None
    turn.move(Go.end)
    # its links open nothing now, and the room's invitation to the group ends with it
    joins = await turn.tx.presenter.end(card.id, datetime.now(UTC))
    if joins:
        await turn.job("revoke_joins", {"links": joins}, chat=card.chat)
    found = await turn.tx.rounds.get(card.round_id)
    assert found is not None
    results = session_results(turn.fw, await turn.tx.votes.counts(card.id))
    t, fw = turn.card_translator(card), turn.fw
    items, reached = items_of(fw, turn.ctx), turn.ctx.reached
    turn.send(lambda: summary.summary(t, fw, found, items, results, reached), chat=card.chat)
    await turn.job("chart", {"card": card.id}, chat=card.chat)


async def chart_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    """The ended session's chart, posted in its group."""
    card = await turn.tx.cards.get(detail["card"]) if isinstance(detail.get("card"), int) \
        else None
    if card is None or card.round_id is None or card.state != "ended":
        return
    found = await turn.tx.rounds.get(card.round_id)
    if found is None:
        return
    turn.rounds_shown.add(found.id)
    results = session_results(turn.fw, await turn.tx.votes.counts(card.id))
    t, fw, mode = turn.card_translator(card), turn.fw, card_context(card).mode
    title = screens.heading(t, found)
    turn.attach(lambda: Attachment(
        "image", lambda: session_chart(t, fw, title, mode, results, t.gettext("too few votes")),
        f"mnr-session-{card.id}.png", title,
    ), chat=card.chat)


async def revoke_joins_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    """The ended session's invitations to its group, revoked by the channel (a job, so that a
    process stopped in between leaves them to another, not open until they expire)."""
    links = detail.get("links")
    if isinstance(links, list) and links and all(isinstance(link, str) for link in links):
        turn.revoke_invites(turn.actor.chat, links)


async def resume(turn: T, arg: str) -> None:
    if await _may_lead(turn):
        turn.move(Go.resume)


async def fresh(turn: T, arg: str) -> None:
    """A new session instead of resuming: the old card stops offering."""
    if not await _may_lead(turn):
        return
    turn.ctx.offered = False
    turn.move(Go.fresh)
    await new_setup(turn)
