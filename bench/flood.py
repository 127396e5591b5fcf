"""One person's flood against everyone else's taps: another person's toast time, and the drain.

Runs the local Bot API test server in this process and the bot as a separate process
(`python -m bot run`). A person is brought to the first question; their toast time is measured
before the flood; then another person sends 600 messages at once, and the first person's taps
(one every 200 ms) are timed from press to toast while the flood is handled. The drain is the
time from the flood's start until the bot has handled every update and sent nothing for a
second.

    .venv/bin/python bench/flood.py [--messages 600] [--taps 15]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.taps import ROOT, TOKEN, ChangeFeed
from tests.botapi import BotApiServer, Person

PHASES = ["Phase 1", "Phase 2", "Phase 3", "Phase 4"]


async def tap_times(feed: ChangeFeed, server: BotApiServer, person: Person, label: str
                    ) -> tuple[float, float]:
    """Seconds from the press to its toast, and to the next screen."""
    before = server.chat_version(person.id)
    started = time.perf_counter()
    query = await person.press(label)
    await feed.until(lambda: person.answered(query), timeout=120)
    toast = time.perf_counter() - started
    await feed.until(lambda: server.chat_version(person.id) > before, timeout=120)
    return toast, time.perf_counter() - started


async def say(feed: ChangeFeed, server: BotApiServer, person: Person, text: str) -> None:
    before = server.chat_version(person.id)
    await person.send(text)
    await feed.until(lambda: server.chat_version(person.id) > before, timeout=60)


async def main(messages: int, taps: int) -> None:
    with tempfile.TemporaryDirectory() as folder, BotApiServer(token=TOKEN) as server:
        feed = ChangeFeed(server, asyncio.get_running_loop())
        env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
        # Telegram's own sending budget (30 a second) unless told otherwise: a flood's replies
        # spend it, which is what delays other people's screens.
        env.setdefault("OVERALL_PER_SECOND", "30")
        env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url,
                   DATABASE_URL=f"sqlite+aiosqlite:///{folder}/flood.sqlite3")
        log = open(Path(folder) / "bot.log", "wb")  # noqa: SIM115
        process = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT,
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            person = server.user(20_001)
            flooder = server.user(20_002)
            await say(feed, server, person, "/start")
            for label in ("I agree", "Moldova", "Government", "Start (question 1)"):
                await tap_times(feed, server, person, label)
                if label == "I agree":
                    await say(feed, server, person, "Moldova")
            quiet = [await tap_times(feed, server, person, PHASES[i % 4]) for i in range(5)]

            flood_started = time.perf_counter()
            for number in range(messages):
                await flooder.send(f"message {number}")
            during: list[tuple[float, float]] = []
            for index in range(taps):
                during.append(await tap_times(feed, server, person, PHASES[index % 4]))
                await asyncio.sleep(0.2)

            last_change = time.perf_counter()
            seen = server.version
            while time.perf_counter() - last_change < 1.0:
                await asyncio.sleep(0.05)
                if server.version != seen or server.unconfirmed():
                    seen, last_change = server.version, time.perf_counter()
            drained = last_change - flood_started
            replies = len(flooder.messages())
        finally:
            feed.close()
            process.terminate()
            process.wait(timeout=15)
            log.close()
    print(f"flood of {messages} messages from one person; {taps} taps of another during it")
    for name, index in (("toast", 0), ("screen", 1)):
        calm = statistics.median(t[index] for t in quiet) * 1000
        busy = [t[index] * 1000 for t in during]
        print(f"{name:6} before the flood: median {calm:7.1f} ms; during it: median "
              f"{statistics.median(busy):7.1f} ms, max {max(busy):7.1f} ms")
    print("target: toast under 1000 ms during the flood")
    print(f"flood drained in {drained:5.1f} s; the flooder got {replies} replies")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--taps", type=int, default=15)
    args = parser.parse_args()
    asyncio.run(main(args.messages, args.taps))
