"""One racing process: the router on a shared SQLite file, handling events on command.

Both racers hold each event until the other has read the same conversation or card (a
barrier inside the transaction, after the read and before any write), so every race is a real
one: two processes that saw the same version try to write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from multiprocessing.synchronize import Barrier
from queue import Queue
from typing import Any

from bot.i18n import CatalogLanguages
from flows.engine.effects import Toast, screens_of
from flows.engine.events import Actor, Event, Scope
from flows.engine.store import Source
from flows.routing import FLOWS, build_router
from framework import load_framework
from storage.cards import SqlCards
from storage.conversations import SqlConversations
from storage.store import SqlStore
from tests.flows.tally import FLOW as TALLY

# (actor fields, event fields) in; (won, toast) out.
Order = tuple[tuple[str, str, str], tuple[str, str, int, int | None, int | None]] | None


def _hold(barrier: Barrier, read: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    async def held(*args: Any) -> Any:
        found = await read(*args)
        await asyncio.to_thread(barrier.wait, 30)
        return found

    return held


async def _serve(url: str, orders: Queue[Order], results: Queue[tuple[bool, str | None]],
                 inside: Barrier) -> None:
    store = SqlStore.from_url(url)
    router = build_router(load_framework(), store, CatalogLanguages(), flows=(*FLOWS, TALLY))
    original_read = SqlConversations.with_person
    original_card = SqlCards.get
    try:
        while (order := await asyncio.to_thread(orders.get)) is not None:
            (chat, user, source), (name, arg, version, card, message) = order
            hold_read: Any = _hold(inside, original_read)
            hold_card: Any = _hold(inside, original_card)
            SqlConversations.with_person = hold_read  # type: ignore[method-assign]
            SqlCards.get = hold_card  # type: ignore[method-assign]
            event = Event.action(name, arg, Scope(version=version, card=card), message=message)
            effects = await router.handle(Actor(chat, user, Source(source), "en"), event)
            toast = next((e.text for e in effects if isinstance(e, Toast)), None)
            results.put((bool(screens_of(effects)), toast))
    finally:
        SqlConversations.with_person = original_read  # type: ignore[method-assign]
        SqlCards.get = original_card  # type: ignore[method-assign]
        await store.close()


def serve(url: str, orders: Queue[Order], results: Queue[tuple[bool, str | None]],
          inside: Barrier) -> None:
    asyncio.run(_serve(url, orders, results, inside))
