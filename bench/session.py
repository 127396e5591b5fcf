"""A burst of taps on one group session card, within Telegram's group budget.

Runs the local Bot API test server in this process, refusing (429) any call to the group beyond
Telegram's default budget (20 messages or edits a minute), and the bot as a separate process
(`python -m bot run`) with its default settings: that budget, a card count shown again at most
every 4 s, and 30 calls a second overall. A facilitator opens a round and a pulse session in a
group; 200 people (who agreed beforehand) tap the card 300 times as fast as the server takes the
presses (100 of them change their vote). Then the facilitator taps Reveal.

Prints taps per second (presses to the last toast), p50 and p99 time from press to toast, how
long until the card showed the exact count and how long the Reveal took, and the group's calls
(messages and edits) in the minute from the burst's start.

    .venv/bin/python bench/session.py [--people 200] [--changes 100] [--observe 60]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.taps import ROOT, TOKEN, ChangeFeed
from tests.botapi import BotApiServer, Group, Person, Screen, most_in_window

PHASES = ["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Don't know"]
GROUP_METHODS = ("sendMessage", "editMessageText", "sendPhoto")
LIMIT, WINDOW = 20, 60.0  # Telegram's group budget, as the bot's defaults have it


class Bench:
    def __init__(self, server: BotApiServer, feed: ChangeFeed, database: Path) -> None:
        self.server, self.feed, self.database = server, feed, database

    async def say(self, person: Person, text: str) -> Screen:
        before = self.server.chat_version(person.id)
        await person.send(text)
        await self.feed.until(lambda: self.server.chat_version(person.id) > before, 60)
        return person.screen()

    async def tap(self, person: Person, label: str, changes: int = 1) -> Screen:
        before = self.server.chat_version(person.id)
        query = await person.press(label)
        await self.feed.until(lambda: person.answered(query), 60)
        await self.feed.until(lambda: self.server.chat_version(person.id) >= before + changes, 60)
        return person.screen()

    def card(self, group: Group) -> Screen | None:
        with sqlite3.connect(self.database) as connection:
            found = connection.execute(
                "SELECT message_id FROM cards WHERE chat = ? AND message_id IS NOT NULL",
                (str(group.id),)).fetchone()
        if found is None:
            return None
        return next((m for m in group.messages() if m.message_id == found[0]), None)

    async def open_session(self, facilitator: Person, group: Group) -> Screen:
        screen = await self.say(facilitator, "/new")
        await self.tap(facilitator, screen.labels[0])  # I agree
        await self.say(facilitator, "Ghana")
        await self.tap(facilitator, "Ghana")
        await self.say(facilitator, "Ghana meeting")
        await self.tap(facilitator, "Answers under pseudonyms")
        await self.tap(facilitator, "Government", changes=2)
        await group.add_bot(facilitator)
        await facilitator.send("/session", chat=group)
        await self.feed.until(lambda: bool(group.messages()), 60)
        (url,) = group.messages()[-1].urls.values()
        await self.say(facilitator, "/start " + url.rsplit("=", 1)[1])
        for label in ("Ghana meeting (Ghana)", "Pulse check: 6 questions", "English"):
            await self.tap(facilitator, label)
        await self.feed.until(lambda: self.card(group) is not None, 60)
        card = self.card(group)
        assert card is not None
        return card


async def main(people_count: int, changes: int, observe: float) -> None:
    with tempfile.TemporaryDirectory() as folder, BotApiServer(token=TOKEN) as server:
        server.limit_group(LIMIT, WINDOW)
        feed = ChangeFeed(server, asyncio.get_running_loop())
        database = Path(folder) / "session.sqlite3"
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TELEGRAM_", "GROUP_", "OVERALL_"))}
        env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url,
                   DATABASE_URL=f"sqlite+aiosqlite:///{database}")
        log = open(Path(folder) / "bot.log", "wb")  # noqa: SIM115
        process = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT,
                                   stdout=log, stderr=subprocess.STDOUT)
        bench = Bench(server, feed, database)
        try:
            facilitator = server.user(30_000)
            group = server.group(-1_003_000, "Ghana task force")
            card = await bench.open_session(facilitator, group)
            people = [server.user(30_001 + n) for n in range(people_count)]
            consents = await asyncio.gather(*(bench.say(p, "/start") for p in people))
            await asyncio.gather(*(bench.tap(p, s.labels[0])
                                   for p, s in zip(people, consents, strict=True)))
            server.clear_calls()  # the set-up's calls still count in the bot's own window

            presses = [(p, PHASES[p.id % 5]) for p in people]
            presses += [(p, PHASES[(p.id + 1) % 5]) for p in people[:changes]]
            started = time.monotonic()
            queries = [await p.press(label, chat=group, message_id=card.message_id)
                       for p, label in presses]
            await feed.until(lambda: all(p.answered(q) for (p, _), q in zip(presses, queries,
                                                                          strict=True)), 120)
            records = [server.query(q) for q in queries]
            toasts = sorted((r.answered_at or 0) - r.created for r in records if r is not None)
            last_toast = max((r.answered_at or 0) for r in records if r is not None)
            wanted = f"{people_count} votes"
            await feed.until(lambda: (c := bench.card(group)) is not None and wanted in c.plain,
                             120)
            counted = time.monotonic() - started
            reveal_at = time.monotonic()
            query = await facilitator.press("Reveal", chat=group, message_id=card.message_id)
            await feed.until(lambda: (c := bench.card(group)) is not None
                             and "Voting on this question is closed" in c.plain, 120)
            revealed = time.monotonic() - reveal_at
            assert facilitator.answered(query)
            remaining = observe - (time.monotonic() - started)
            if remaining > 0:
                await asyncio.sleep(remaining)
            calls = [c for c in server.calls(chat_id=group.id) if c.method in GROUP_METHODS]
        finally:
            feed.close()
            process.terminate()
            process.wait(timeout=15)
            log.close()
    taps = len(presses)
    print(f"burst: {taps} taps on one card from {people_count} people "
          f"({changes} changed their vote); Telegram's group budget {LIMIT} per "
          f"{WINDOW:.0f} s, count shown again at most every 4 s")
    print(f"taps per second (presses to the last toast): {taps / (last_toast - started):7.1f}")
    print(f"time to toast: p50 {statistics.median(toasts) * 1000:7.1f} ms, "
          f"p99 {toasts[int(len(toasts) * 0.99) - 1] * 1000:7.1f} ms, "
          f"max {toasts[-1] * 1000:7.1f} ms")
    print(f"card showed the exact count ({people_count} votes) {counted:5.2f} s after the burst "
          f"began; Reveal shown {revealed:5.2f} s after the tap")
    edits = sum(1 for c in calls if c.method == "editMessageText")
    refused = sum(1 for c in calls if not c.ok)
    print(f"group calls in the {observe:.0f} s from the burst's start: {len(calls)} "
          f"({len(calls) - edits} messages, {edits} edits), most in any {WINDOW:.0f} s: "
          f"{most_in_window([c.at for c in calls], WINDOW)} (budget {LIMIT}); refused: {refused}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--observe", type=float, default=60.0)
    args = parser.parse_args()
    asyncio.run(main(args.people, args.changes, args.observe))
