"""Group sessions through the router: who may lead, and votes that must not count."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from flows.engine.effects import EditCard, Toast
from framework import load_framework
from tests.golden.scripts import SESSION, for_language
from tests.golden.transcript import Scripted, fresh_router

FW = load_framework()
# SESSION up to the card's first votes (before anyone reveals)
OPENED = for_language(SESSION, "en")[:22]


@asynccontextmanager
async def opened(tmp_path: Path, admins: tuple[str, ...] = ()) -> AsyncIterator[Scripted]:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 's.sqlite3'}", admins) as router:
        played = Scripted(router, "en")
        for step in OPENED:
            await played.step(step)
        yield played


def last_toast(played: Scripted) -> str | None:
    toasts = [e for e in played.effects if isinstance(e, Toast)]
    return toasts[-1].text if toasts else None


async def test_the_bots_admins_may_lead_a_session_they_do_not_facilitate(tmp_path: Path) -> None:
    async with opened(tmp_path, admins=("tg:1004",)) as played:
        await played.step(("@member-group", "tap", "gs.reveal"))
        assert last_toast(played) == "Only the session's facilitators can use this button."
        before = len(played.effects)
        await played.step(("@voter-group", "tap", "gs.reveal"))  # tg:1004, an admin
        shown = [e for e in played.effects[before:] if isinstance(e, EditCard)]
        assert shown and "Voting on this question is closed" in shown[-1].screen.text


async def test_no_vote_counts_once_voting_is_closed_or_the_round_is(tmp_path: Path) -> None:
    async with opened(tmp_path) as played:
        store = played.router.store
        await played.step(("@group", "tap", "gs.reveal"))
        await played.step(("@member-group", "tap", "gs.vote", "1"))
        assert last_toast(played) == "Voting on this question is closed."
        await played.step(("@group", "tap", "gs.next"))
        async with store.transaction() as tx:
            (round_,) = [p.round for p in await tx.rounds.participations("tg:1001")]
            await tx.rounds.close(round_.id, datetime.now(UTC))
        await played.step(("@member-group", "tap", "gs.vote", "2"))
        assert last_toast(played) == "This round is closed: its answers can no longer change."
        async with store.transaction() as tx:
            votes = await tx.votes.of_round(round_.id)
        assert {v.item for v in votes} == {FW.domains[0].item}  # nothing for question 2
