"""Two processes on one SQLite file race on the same conversation and on the same card.

The version is compared and set in the statement that writes, not behind a lock of one
process: exactly one tap wins each race, and the loser changes nothing.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from bot.i18n import CatalogLanguages
from flows.engine.effects import PostCard
from flows.engine.store import Source
from flows.routing import FLOWS, build_router
from framework import load_framework
from storage.store import SqlStore
from tests.database import rows
from tests.flows import racer
from tests.flows.chat import Chat
from tests.flows.tally import FLOW as TALLY

RACES = 8


async def test_two_processes_one_winner_per_race(store: SqlStore, database_url: str) -> None:
    router = build_router(load_framework(), store, CatalogLanguages(), flows=(*FLOWS, TALLY))
    chat = Chat(router)
    await chat.start_round()
    group = Chat(router, "tg:1001", "-1005")
    group.actor = group.actor.__class__("-1005", "tg:1001", Source.GROUP, "en")
    posted = (await group.command("tally")).effects
    card = next(e for e in posted if isinstance(e, PostCard))
    await router.cards.card_posted(card.card, 4242)

    context = multiprocessing.get_context("spawn")
    inside = context.Barrier(2)
    queues = [context.Queue(), context.Queue()]
    results: Any = context.Queue()
    racers = [
        context.Process(target=racer.serve, args=(database_url, q, results, inside))
        for q in queues
    ]
    for process in racers:
        process.start()
    try:
        for race in range(RACES):
            # the same keyboard in both processes: Phase 2 in one, Phase 4 in the other
            (version,) = rows(database_url, "SELECT version FROM conversations "
                                              "WHERE chat = '1001'")[0]
            values = ("2", "4")
            for queue, value in zip(queues, values, strict=True):
                queue.put((("1001", "tg:1001", "private"), ("as.rate", value, version, None,
                                                             None)))
            outcome = [results.get(timeout=60), results.get(timeout=60)]
            winners = [won for won, _ in outcome]
            assert winners.count(True) == 1, outcome
            loser_toast = next(toast for won, toast in outcome if not won)
            assert loser_toast is not None and "earlier screen" in loser_toast
            answers = rows(database_url, "SELECT item, value FROM answers")
            assert len(answers) == race + 1  # one answer per race, never two
            assert answers[-1][1] in values
            (index,) = rows(database_url, "SELECT context FROM conversations "
                                            "WHERE chat = '1001'")[0]
            assert f'"index": {race + 1}' in index  # one step forward per race

            (card_version,) = rows(database_url, "SELECT version FROM cards")[0]
            for queue in queues:
                queue.put((("-1005", f"tg:{race + 7}", "group"),
                           ("ta.next", "", card_version, card.card, 4242)))
            outcome = [results.get(timeout=60), results.get(timeout=60)]
            assert [won for won, _ in outcome].count(True) == 1, outcome
            (stored,) = rows(database_url, "SELECT context FROM cards")[0]
            assert f'"count": {race + 1}' in stored
        (versions,) = rows(database_url, "SELECT COUNT(DISTINCT version) FROM cards")[0]
        assert versions == 1
    finally:
        for queue in queues:
            queue.put(None)
        for process in racers:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
