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


async def test_two_processes_edit_one_action_one_wins(store: SqlStore,
                                                      database_url: str) -> None:
    """The action plan's compare and set (flows.engine.records), across processes: the
    facilitator and a co-facilitator change the same action from their own chats at once."""
    from flows.engine.store import Role
    from tests.flows.test_plan import added_from_a_priority

    router = build_router(load_framework(), store, CatalogLanguages(), flows=(*FLOWS, TALLY))
    facilitator = Chat(router)
    await added_from_a_priority(facilitator)
    ((round_id,),) = rows(database_url, "SELECT id FROM rounds")
    co = Chat(router, user="tg:1002", chat="1002")
    await co.command("start")
    await co.tap("I agree")
    async with store.transaction() as tx:
        await tx.rounds.join(int(str(round_id)), "tg:1002", "justice", Role.FACILITATOR)
    await co.command("rounds")
    await co.tap(next(label for label in co.labels if "Moldova" in label))
    await co.command("plan")
    await co.tap("1")
    assert "Status: Planned" in co.screen.text and "Status: Planned" in facilitator.screen.text

    context = multiprocessing.get_context("spawn")
    inside = context.Barrier(2)
    queues = [context.Queue(), context.Queue()]
    results: Any = context.Queue()
    racers = [context.Process(target=racer.serve, args=(database_url, q, results, inside))
              for q in queues]
    for process in racers:
        process.start()
    try:
        for race, values in enumerate((("started", "dropped"), ("done", "planned"),
                                       ("dropped", "started"))):
            for queue, (chat, user), value in zip(
                    queues, (("1001", "tg:1001"), ("1002", "tg:1002")), values, strict=True):
                ((version,),) = rows(database_url, "SELECT version FROM conversations "
                                                   "WHERE chat = ?", chat)
                queue.put(((chat, user, "private"), ("pl.status", value, version, None, None)))
            outcome = [results.get(timeout=60), results.get(timeout=60)]
            toasts = sorted(str(toast) for _, toast in outcome)
            assert toasts[0].startswith("Someone changed this a moment ago"), outcome
            assert toasts[1] == "Status changed.", outcome
            ((status, action_version),) = rows(database_url,
                                               "SELECT status, version FROM plan_actions")
            assert status in values
            assert action_version == race + 2  # one change per race, never two
            changes = rows(database_url, "SELECT COUNT(*) FROM plan_history "
                                         "WHERE kind = 'changed'")
            assert changes == [(race + 1,)]
            # the loser's screen now shows the action as it is, its change kept to apply
            ((kept,),) = rows(database_url, "SELECT context FROM conversations WHERE chat IN "
                                            "('1001', '1002') AND CAST(context AS TEXT) LIKE "
                                            "'%\"kept\": {%'")
            assert '"status"' in str(kept)
    finally:
        for queue in queues:
            queue.put(None)
        for process in racers:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
