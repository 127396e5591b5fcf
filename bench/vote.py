"""What one group vote costs the database: transactions, reads and writes, from the press to the
card drawn again with the new count (the real python-telegram-bot Application polling the local
Bot API test server, a SQLite file).

A facilitator opens a round and a pulse session in a group; one person votes for the first
time, then changes their vote; each press is counted from the press until the card shows it.
Prints, per vote: transactions begun, statements that read (SELECT), statements that write
(INSERT, UPDATE, DELETE), and how many of the reads fetched the card's row. The bot's
once-a-second look for cards drawn less than saved (a transaction of its own, whatever the
votes) is left out.

    .venv/bin/python bench/vote.py
"""

from __future__ import annotations

import asyncio
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

from tests import database
from tests.botapi import BotApiServer
from tests.e2e.conftest import TOKEN, open_round_links, running, settings_for
from tests.e2e.test_session_telegram import DATABASE, card_of, start_session

CARD_ROW = re.compile(r"\bFROM cards\b", re.IGNORECASE)
# the once-a-second look for cards drawn less than saved (any process's, not this vote's)
SWEEP = re.compile(r"WHERE cards\.changes > cards\.drawn", re.IGNORECASE)


class Counts:
    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.on = False

    def statement(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not self.on:
            return
        if SWEEP.search(statement):
            self.seen["transactions"] -= 1  # its transaction held nothing else
            return
        verb = statement.lstrip().split(None, 1)[0].upper()
        if "--trace" in sys.argv:
            print("   ", " ".join(statement.split())[:150])
        if verb == "SELECT":
            self.seen["reads"] += 1
            if CARD_ROW.search(statement):
                self.seen["card reads"] += 1
        elif verb in ("INSERT", "UPDATE", "DELETE"):
            self.seen["writes"] += 1

    def begin(self, conn: Any) -> None:
        if self.on and "--trace" in sys.argv:
            print("  BEGIN")
        if self.on:
            self.seen["transactions"] += 1


async def one_vote(counts: Counts, person: Any, group: Any, label: str, shows: str
                   ) -> dict[str, int]:
    counts.seen.clear()
    counts.on = True
    card = card_of(group)
    await person.press(label, chat=group, message_id=card.message_id)
    await person.wait_for(lambda: shows in card_of(group).plain, chat=group, timeout=60)
    await asyncio.sleep(0.5)  # whatever else the vote sets off
    counts.on = False
    return dict(counts.seen)


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder, BotApiServer(token=TOKEN) as server:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'vote.sqlite3'}"
        DATABASE[0] = url
        database.migrated(url)
        settings = settings_for(server, url)
        settings = settings.model_copy(update={"group_card_interval_seconds": 0.2})
        async with running(settings) as application:
            counts = Counts()
            engine = application.bot_data["app"].store.engine.sync_engine
            event.listen(engine, "before_cursor_execute", counts.statement)
            event.listen(engine, "begin", counts.begin)
            facilitator = server.user(7000)
            await open_round_links(facilitator, "Ghana", "Ghana meeting")
            group = server.group(-1_000_007_000, "Ghana task force", kind="supergroup")
            await group.add_bot(facilitator)
            await start_session(facilitator, group, "Ghana meeting (Ghana)")
            voter = server.user(7001)
            await voter.send("/start")
            await voter.wait_for(lambda: voter.messages())
            await voter.press("I agree")
            await voter.wait_for(lambda: len(voter.messages()) > 1 or voter.screen().edits)
            first = await one_vote(counts, voter, group, "Phase 2", "1 vote")
            again = await one_vote(counts, voter, group, "Phase 3", "1 vote")
    for name, seen in (("a first vote", first), ("a changed vote", again)):
        print(f"{name}: {seen.get('transactions', 0)} transactions, {seen.get('reads', 0)} "
              f"reads ({seen.get('card reads', 0)} of the card's row), "
              f"{seen.get('writes', 0)} writes")


if __name__ == "__main__":
    asyncio.run(main())
