"""What a group session's commands and buttons do: /session and its links, set-up, votes,
and the facilitator's Reveal, moves and End."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from flows.documents.results import results_of
from flows.engine.declare import Stale
from flows.engine.effects import Screen
from flows.engine.store import SECTOR_NOT_GIVEN, Card, Role, Source
from flows.engine.turn import Turn
from flows.kit.entries import AGREE
from flows.kit.items import session_items
from flows.kit.links import SESSION_AGREE_FIRST, SESSION_LINK
from flows.kit.texts import escape
from flows.sessions import screens
from flows.sessions.context import (
    NAME,
    Go,
    SessionContext,
    T,
    by_spread,
    card_context,
    card_data,
    facilitated_rounds,
    items_of,
    link,
    voting_of,
)
from framework.aggregate import MIN_GROUP
from framework.scoring import DONT_KNOW, Rating


# /session, and its links ------------------------------------------------------------------
async def session_command(turn: T, arg: str) -> None:
    t = turn.t
    if turn.actor.source is Source.GROUP:
        running = [c for c in await turn.tx.cards.in_chat(turn.actor.chat)
                   if c.flow == NAME and c.state in ("open", "revealed")]
        if running:  # one session at a time: its card comes back to the bottom of the chat
            await repost(turn, running[-1])
            return
        if not turn.consented:  # nothing about them is stored before they agree
            username = turn.env.bot_username
            url = f"https://t.me/{username}?start={SESSION_AGREE_FIRST}" if username else None
            turn.send(lambda: screens.agree_first(t, url))
            return
        stopped = await ended_early(turn)
        if stopped is not None:  # its card comes back, offering to resume it
            offered = dataclasses.replace(
                stopped, version=stopped.version + 1,
                context={**stopped.context, "offered": True})
            if not await turn.tx.cards.save(offered, seen=stopped.version):
                raise Stale(turn.t)
            t_card, data = turn.card_translator(offered), await card_data(turn, offered)
            turn.post_card(offered, lambda: screens.card(t_card, data)[0])
            return
        await new_setup(turn)
        return
    if not arg:
        led = await led_session(turn)
        if led is not None:  # a facilitator back mid-session: its screen, and a new link
            turn.ctx = SessionContext(card=led.id)
            turn.move(Go.lead)
            return
        turn.send(lambda: Screen(escape(t.gettext(
            "Send /session in the group chat where the session should run (add me to the "
            "group first). I will answer there with a button that brings you back here to set "
            "it up."
        ))))
        return
    found = SESSION_LINK.match(arg)
    if found is None:
        refuse_link(turn)
        return
    kind, token = found.groups()
    if kind == "s":
        await setup(turn, token)
    elif kind == "d":
        await open_details(turn, token)
    else:
        await open_agree(turn, token)


async def led_session(turn: T) -> Card | None:
    """The newest session running on a round this person facilitates, if any."""
    rounds = [p.round.id for p in await turn.tx.rounds.participations(turn.actor.user)
              if p.role is Role.FACILITATOR]
    running = [card for round_id in rounds for card in await turn.tx.cards.of_round(round_id, NAME)
               if card.state in ("open", "revealed")]
    return max(running, key=lambda card: card.id, default=None)


async def new_setup(turn: Turn[Any]) -> None:
    """A session to set up in this group: its link leads the person to a private chat."""
    t = turn.t
    card = await turn.tx.cards.create(
        turn.actor.chat, NAME, "setup", None,
        SessionContext(opener=turn.actor.user, language=t.locale).model_dump(mode="json"),
    )
    url = link(turn.env.bot_username, "s", card)
    turn.send(lambda: screens.group_setup(t, url))


async def ended_early(turn: T) -> Card | None:
    """The group's latest session, if it ended before its last question and its round is
    still open: /session offers to resume it."""
    sessions = [c for c in await turn.tx.cards.in_chat(turn.actor.chat)
                if c.flow == NAME and c.state in ("ended", "setup") and c.round_id is not None]
    if not sessions or sessions[-1].state != "ended":
        return None
    card = sessions[-1]
    ctx = card_context(card)
    assert card.round_id is not None
    found = await turn.tx.rounds.get(card.round_id)
    if found is None or found.closed_at is not None:
        return None
    return card if ctx.reached + 1 < len(items_of(turn.fw, ctx)) else None


async def repost(turn: T, card: Card) -> None:
    t, t_card = turn.t, turn.card_translator(card)
    data = await card_data(turn, card)
    turn.send(lambda: Screen(escape(t.gettext(
        "A group session is already running here: its card is below again. To start another "
        "one, its facilitator ends this one first."
    ))))
    turn.post_card(card, lambda: screens.card(t_card, data)[0])


def refuse_link(turn: T) -> None:
    """One reply for a link that is unknown, ended or someone else's: it tells nothing."""
    t = turn.t
    turn.send(lambda: screens.link_refused(t))


async def setup(turn: T, token: str) -> None:
    card = await turn.tx.cards.by_token(token)
    if (card is None or card.flow != NAME or card.state != "setup"
            or card_context(card).opener != turn.actor.user):
        refuse_link(turn)
        return
    turn.ctx = SessionContext(card=card.id)
    turn.move(Go.setup)


async def round_chosen(turn: T, round_id: str) -> None:
    if int(round_id) not in {r.id for r in await facilitated_rounds(turn)}:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.round_id = int(round_id)
    turn.move(Go.round)


async def mode_chosen(turn: T, mode: str) -> None:
    turn.ctx.mode = mode
    turn.ctx.order = []
    if turn.ctx.round_id is not None:
        results = await results_of(turn.tx, turn.fw, turn.ctx.round_id)
        if any((s := results.shown(item)) is not None and s.n >= MIN_GROUP
               for item in session_items(turn.fw, mode)):
            turn.move(Go.agenda)  # the round's own answers can order the questions
            return
    turn.move(Go.mode)


async def agenda_chosen(turn: T, arg: str) -> None:
    turn.ctx.order = []
    if arg == "spread" and turn.ctx.round_id is not None:
        turn.ctx.order = by_spread(turn.fw, await results_of(turn.tx, turn.fw,
                                                             turn.ctx.round_id), turn.ctx.mode)
    turn.move(Go.mode)


async def language_chosen(turn: T, locale: str) -> None:
    """The last choice: the card is posted in the group."""
    languages = turn.env.languages
    card = await turn.tx.cards.get(turn.ctx.card) if turn.ctx.card is not None else None
    if (locale not in languages.available or card is None or card.state != "setup"
            or turn.ctx.round_id is None
            or card_context(card).opener != turn.actor.user):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    context = SessionContext(mode=turn.ctx.mode, language=locale, opener=turn.actor.user,
                             opener_chat=turn.actor.chat, started_at=datetime.now(UTC).isoformat(),
                             order=turn.ctx.order)
    started = dataclasses.replace(card, state="open", version=card.version + 1,
                                  round_id=turn.ctx.round_id,
                                  context=context.model_dump(mode="json"))
    if not await turn.tx.cards.save(started, seen=card.version):
        raise Stale(turn.t)
    # the set-up link ends here; the Details link carries a token of its own
    started = dataclasses.replace(started, token=await turn.tx.cards.rekey(card.id))
    data = await card_data(turn, started)
    t_card = languages.translator(locale)
    turn.post_card(started, lambda: screens.card(t_card, data)[0])
    turn.move(Go.go)


async def open_details(turn: T, token: str) -> None:
    """A card's Details link: only for the members of its group, while the session runs."""
    card = await turn.tx.cards.by_token(token)
    if (card is None or card.flow != NAME or card.state not in ("open", "revealed")
            or card.round_id is None or not turn.member_of(card.chat)):
        refuse_link(turn)
        return
    turn.ctx = SessionContext(card=card.id, shown=card_context(card).index)
    turn.move(Go.details)


async def open_agree(turn: T, token: str) -> None:
    """A card's Agree link: its facilitators record the agreed position in private."""
    card = await turn.tx.cards.by_token(token)
    if (card is None or card.flow != NAME or card.state not in ("open", "revealed", "ended")
            or card.round_id is None):
        refuse_link(turn)
        return
    if not await leads(turn, card):
        turn.send(lambda: screens.agree_refused(turn.t))
        return
    ctx = card_context(card)
    item = items_of(turn.fw, ctx)[ctx.index]
    await turn.hand_off(AGREE, f"{card.id} {item} {voting_of(ctx, item)}")


# votes ------------------------------------------------------------------------------------
async def _vote(turn: Turn[Any], card: Card, value: Rating) -> bool:
    """Record one person's vote on the card's question; False (with a toast) if it cannot
    count: no consent yet (the toast's link opens the private chat), or a closed round."""
    t = turn.t
    if not turn.consented:
        turn.say(t.gettext("First agree to how votes are stored: this opens a private chat."),
                 url=link(turn.env.bot_username, "d", card))
        return False
    assert card.round_id is not None
    user = turn.actor.user
    joined = await turn.tx.rounds.participation(card.round_id, user)
    found = joined.round if joined is not None else await turn.tx.rounds.get(card.round_id)
    if found is None or found.closed_at is not None:
        turn.say(t.gettext("This round is closed: its answers can no longer change."),
                 alert=True)
        return False
    if joined is None:  # a late joiner: in the round from this vote, without a sector
        await turn.tx.rounds.join(card.round_id, user, SECTOR_NOT_GIVEN, Role.PARTICIPANT)
    ctx = card_context(card)
    item = items_of(turn.fw, ctx)[ctx.index]
    # a vote of its own, never the person's answer; a later press of the same person,
    # applied first by another process, stays
    stored = await turn.tx.votes.cast(card.id, card.round_id, item, voting_of(ctx, item), user,
                                      value, turn.event.order)
    turn.say(screens.voted(t, turn.fw, stored, first=joined is None), alert=joined is None)
    turn.card_changed(card)
    return True


def rating_of(arg: str) -> Rating:
    return DONT_KNOW if arg == DONT_KNOW else int(arg)


async def vote(turn: T, arg: str) -> None:
    assert turn.card is not None
    if turn.state != "open":
        turn.say(turn.t.gettext("Voting on this question is closed."))
        return
    await _vote(turn, turn.card, rating_of(arg))


async def details_vote(turn: T, arg: str) -> None:
    """A vote from the details screen counts like a tap on the card."""
    card = await turn.tx.cards.get(turn.ctx.card) if turn.ctx.card is not None else None
    if card is None or not turn.member_of(card.chat):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    if card.state != "open" or card_context(card).index != turn.ctx.shown:
        turn.say(turn.t.gettext("The group has moved on: here is where it is now."))
        turn.ctx.shown = card_context(card).index
        turn.move(Go.voted)
        return
    # written with the card's version compared, so a vote never lands after a Reveal or Next
    if not await turn.tx.cards.confirm(card.id, seen=card.version):
        raise Stale(turn.t)
    if await _vote(turn, card, rating_of(arg)):
        turn.move(Go.voted)


# who leads ----------------------------------------------------------------------------------
async def leads(turn: Turn[Any], card: Card) -> bool:
    """Whether the person acting may lead the card's session: its round's facilitators and
    the bot's admins."""
    assert card.round_id is not None
    if turn.actor.user in turn.env.admins:
        return True
    member = await turn.tx.rounds.participation(card.round_id, turn.actor.user)
    return member is not None and member.role is Role.FACILITATOR


async def chat_closed(turn: Turn[SessionContext]) -> None:
    """The bot left the group: the session ends where it is; its votes stay in the round, and
    the facilitator who set it up is told in their private chat."""
    if turn.state not in ("open", "revealed"):
        return
    turn.move(Go.closed)
    assert turn.card is not None and turn.card.round_id is not None
    await turn.tx.presenter.end(turn.card.id, datetime.now(UTC))
    found = await turn.tx.rounds.get(turn.card.round_id)
    opener = await turn.tx.people.get(turn.ctx.opener) if turn.ctx.opener else None
    if found is None or opener is None or turn.ctx.opener_chat is None:
        return
    languages = turn.env.languages
    t = languages.translator(opener.locale if opener.locale in languages.available
                             else turn.t.locale)
    turn.send(lambda: screens.closed_by_chat(t, found), chat=turn.ctx.opener_chat)
