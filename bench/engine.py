"""The engine's own cost per tap, without Telegram: CPU time of `Router.handle` for taps on
question screens, on a SQLite file, with the project's SQLite driver and with SQLAlchemy's
stock aiosqlite dialect, in alternating runs.

    .venv/bin/python bench/engine.py [--people 20] [--taps 20] [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.ext.asyncio import create_async_engine

from bot.i18n import CatalogLanguages
from flows.routing import build_router
from framework import load_framework
from storage.database import BUSY_TIMEOUT_MS, _configure_sqlite, create_engine
from storage.migrate import migrate
from storage.store import SqlStore
from tests.flows.chat import Chat


async def cpu_per_tap(people: int, taps: int, stock: bool) -> float:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/engine.sqlite3"
        await migrate(url)
        if stock:
            engine = create_async_engine(url, hide_parameters=True)
            _configure_sqlite(engine, BUSY_TIMEOUT_MS)
        else:
            engine = create_engine(url)
        store = SqlStore(engine)
        try:
            router = build_router(load_framework(), store, CatalogLanguages())
            chats = [Chat(router, f"tg:{n}", str(n)) for n in range(people)]
            for chat in chats:
                await chat.start_round()
            started = time.process_time()
            for turn in range(taps):
                for chat in chats:
                    await chat.tap(f"Phase {turn % 4 + 1}")
            return (time.process_time() - started) / (people * taps)
        finally:
            await store.close()


async def main(people: int, taps: int, repeat: int) -> None:
    results: dict[str, list[float]] = {"project driver": [], "stock aiosqlite": []}
    for _ in range(repeat):
        results["project driver"].append(await cpu_per_tap(people, taps, stock=False))
        results["stock aiosqlite"].append(await cpu_per_tap(people, taps, stock=True))
    print(f"{people} people x {taps} taps, {repeat} alternating runs; CPU per tap (all threads)")
    for name, values in results.items():
        print(f"{name:16} median {statistics.median(values) * 1000:6.2f} ms  "
              f"runs: {', '.join(f'{v * 1000:.2f}' for v in values)}")
    saved = 1 - statistics.median(results["project driver"]) / statistics.median(
        results["stock aiosqlite"]
    )
    print(f"the project's driver saves {saved:.0%} of the engine's CPU per tap (keep it >= 10%)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--taps", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.people, args.taps, args.repeat))
