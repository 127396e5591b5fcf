"""A flow's cards outside a tap: the message a card was posted as, its screen drawn again from
the database, and what happens to a chat's cards when the bot leaves the chat or the chat
moves (a group became a supergroup)."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows.engine.budget import end_slot
from flows.engine.declare import Stale, next_version
from flows.engine.effects import EditCard, Effect, PostCard, Screen
from flows.engine.events import Actor, Event, Scope
from flows.engine.store import Card, Drawing, Source, Transaction
from flows.engine.translator import Translator
from flows.engine.turn import Turn

if TYPE_CHECKING:
    from flows.engine.router import Router


class Cards:
    def __init__(self, router: Router) -> None:
        self.router = router

    # who draws a card's message, when several processes serve one database (the channel's
    # policy is bot/drawing.py; the claims are kept here)
    async def claim_drawing(self, card: int, owner: str, now: datetime, until: datetime,
                            drawn_before: datetime | None
                            ) -> tuple[Drawing, EditCard | None] | None:
        """The claim to draw the card and, in the same transaction, its screen now (None when
        it has nothing to show); None when the claim went elsewhere."""
        async with self.router.store.transaction() as tx:
            drawing = await tx.cards.claim_drawing(card, owner, now, until, drawn_before)
            if drawing is None:
                return None
            found = drawing.found
            if found is None or found.message_id is None or found.flow not in self.router.flows:
                return drawing, None
            loaded = await self._card_view(tx, found)
        if loaded is None:
            return drawing, None
        return drawing, EditCard(found.id, loaded, Scope(version=found.version, card=found.id),
                                 found.chat, found.message_id)

    async def release_drawing(self, drawing: Drawing, owner: str, shown: str | None,
                              drawn_at: datetime | None,
                              slot: tuple[str, str, bool] | None = None) -> None:
        """The drawing is over; with `slot` (chat, token, used), the group budget's slot it
        used is given back in the same transaction."""
        async with self.router.store.transaction() as tx:
            await tx.cards.release_drawing(drawing, owner, shown, drawn_at)
            if slot is not None:
                chat, token, used = slot
                calls = await tx.group_calls.lock(chat)
                await tx.group_calls.save(chat, end_slot(calls, token, time.time(), used))

    async def to_draw(self) -> list[tuple[int, str]]:
        """Cards whose message shows fewer changes than were made, with their chats."""
        async with self.router.store.transaction() as tx:
            return await tx.cards.to_draw()

    async def card_posted(self, card: int, message_id: int, shown: str | None = None) -> None:
        """The channel sent a card: remember its message, so taps on it can be checked (and
        the fingerprint of what it shows, so that the same drawing is not sent again)."""
        async with self.router.store.transaction() as tx:
            await tx.cards.place(card, message_id, shown)

    async def card_message(self, card: int) -> tuple[str, int] | None:
        async with self.router.store.transaction() as tx:
            found = await tx.cards.get(card)
        if found is None or found.message_id is None:
            return None
        return found.chat, found.message_id

    async def redraw_card(self, card_id: int) -> EditCard | None:
        """A card's current screen, drawn from the database now (a channel calls this when it
        may send: what it shows is never older than what was saved)."""
        found = await self.card_screen(card_id)
        return found[0] if found is not None else None

    async def card_screen(self, card_id: int) -> tuple[EditCard, str, int] | None:
        """A card's current screen with its chat and message, read in one transaction."""
        async with self.router.store.transaction() as tx:
            card = await tx.cards.get(card_id)
            if card is None or card.message_id is None or card.flow not in self.router.flows:
                return None
            loaded = await self._card_view(tx, card)
        if loaded is None:
            return None
        edit = EditCard(card.id, loaded, Scope(version=card.version, card=card.id), card.chat,
                        card.message_id)
        return edit, card.chat, card.message_id

    async def _card_view(self, tx: Transaction, card: Card) -> Screen | None:
        flow = self.router.flows[card.flow]
        context = flow.parse_context(card.context)
        view = flow.view(card.state) if card.state in flow.states else None
        if context is None or view is None:
            return None
        actor = Actor(card.chat, "", Source.GROUP)
        t = self.translator(card, self.router.translator_for(actor))
        turn = Turn(self.router, tx, actor, Event.other("redraw"), flow, None, None, card,
                    context, t)
        self.router.place(turn, flow, card.state)
        pages = list(view.render(t, await view.load(turn)))
        protect = await self.router.confidential.concerns(tx, turn)
        return dataclasses.replace(pages[0], rtl=t.rtl, protect=protect) if pages else None

    async def chat_closed(self, chat: str) -> tuple[Effect, ...]:
        """The bot was removed from a chat: each flow closes its cards there (their answers
        stay). Nothing can be sent there any more; what a flow sends elsewhere (to a private
        chat) is returned."""
        turns: list[Turn[Any]] = []
        async with self.router.store.transaction() as tx:
            for card in await tx.cards.in_chat(chat):
                flow = self.router.flows.get(card.flow)
                context = flow.parse_context(card.context) if flow else None
                if flow is None or flow.chat_closed is None or context is None:
                    continue
                actor = Actor(chat, "", Source.GROUP)
                turn = Turn(self.router, tx, actor, Event.other("closed"), flow, None, None, card,
                            context, self.router.translator_for(actor))
                self.router.place(turn, flow, card.state)
                await flow.chat_closed(turn)
                saved = dataclasses.replace(
                    card, state=turn.state, version=next_version(card.version),
                    context=turn.ctx.model_dump(mode="json"),
                )
                if not await tx.cards.save(saved, seen=card.version):
                    raise Stale(turn.t)
                turns.append(turn)
        return tuple(draw() for turn in turns for draw, _ in turn.later)

    async def chat_moved(self, old: str, new: str) -> tuple[Effect, ...]:
        """A group became a supergroup (a new chat id): its cards that still take taps are
        posted again there, since the old messages can no longer be edited."""
        async with self.router.store.transaction() as tx:
            cards = await tx.cards.in_chat(old)
            moved_ids = await tx.cards.move_chat(old, new)
            posts: list[Effect] = []
            for card in (c for c in cards if c.id in moved_ids):
                flow = self.router.flows.get(card.flow)
                if flow is None or card.state not in flow.states:
                    continue
                if not flow.states[card.state].actions:
                    continue  # a finished card stays as it was
                moved = dataclasses.replace(card, chat=new)
                screen = await self._card_view(tx, moved)
                if screen is not None:
                    posts.append(PostCard(card.id, new, screen,
                                          Scope(version=card.version, card=card.id)))
        return tuple(posts)

    def translator(self, card: Card, default: Translator) -> Translator:
        language = card.context.get("language")
        if isinstance(language, str) and language in self.router.env.languages.available:
            return self.router.env.languages.translator(language)
        return default
