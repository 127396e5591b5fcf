"""A round's results at scale: the database and computing time of what /results, the charts,
the report and the exports start from (`results_of`: the database's tallies, then
`framework.aggregate.round_results`), for rounds of growing size on a SQLite file, and the
number of SQL statements each needs (it must not grow with the round).

    .venv/bin/python bench/results.py [--sizes 10 100 1000] [--repeat 20]

Target (issue 10): at most 50 ms for 1,000 participants with 21 answers each.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

from flows.engine.store import SECTORS, Role, Source
from framework import load_framework
from framework.aggregate import RoundResults, round_results
from framework.model import Framework
from framework.scoring import DONT_KNOW
from storage.migrate import migrate
from storage.store import SqlStore

TARGET_MS = 50.0


async def fill(store: SqlStore, fw: Framework, people: int) -> int:
    """A round of `people` participants in every sector, each with all 21 capabilities."""
    async with store.transaction() as tx:
        found = await tx.rounds.create("KE", "tg:0", "Kenya 2026")
        for person in range(people):
            user = f"tg:{person + 1}"
            await tx.rounds.join(found.id, user, SECTORS[person % len(SECTORS)],
                                 Role.PARTICIPANT)
            for cap in fw.capabilities:
                value = (person * 7 + cap.id * 3) % 5
                await tx.answers.rate(found.id, user, cap.item,
                                      DONT_KNOW if value == 4 else value + 1, Source.PRIVATE)
        return found.id


async def results(store: SqlStore, fw: Framework, round_id: int) -> tuple[RoundResults, float]:
    """The same steps as `flows.rounds.flow.results_of`; the seconds spent in the database."""
    started = time.perf_counter()
    async with store.transaction() as tx:
        tallies, turnout = await tx.answers.tally(round_id)
    database = time.perf_counter() - started
    return round_results(fw, tallies, turnout), database


async def measure(fw: Framework, people: int, repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/results.sqlite3"
        await migrate(url)
        store = SqlStore.from_url(url)
        statements: list[str] = []

        def count(*args: Any) -> None:
            statements.append(args[2])

        try:
            round_id = await fill(store, fw, people)
            await results(store, fw, round_id)  # warm: caches, the first connection
            event.listen(store.engine.sync_engine, "before_cursor_execute", count)
            totals, databases = [], []
            shown = None
            for _ in range(repeat):
                statements.clear()
                started = time.perf_counter()
                shown, database = await results(store, fw, round_id)
                totals.append((time.perf_counter() - started) * 1000)
                databases.append(database * 1000)
            event.remove(store.engine.sync_engine, "before_cursor_execute", count)
            selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            assert shown is not None and shown.participants == people
            assert sum(r.answers for r in shown.items.values()) == people * len(fw.capabilities)
            return {
                "people": people, "answers": people * len(fw.capabilities),
                "median_ms": statistics.median(totals), "max_ms": max(totals),
                "db_ms": statistics.median(databases), "statements": len(statements),
                "selects": len(selects),
            }
        finally:
            await store.close()


async def main(sizes: list[int], repeat: int) -> int:
    fw = load_framework()
    print(f"results_of on a SQLite file, {repeat} runs each (after one warm-up)")
    print(f"{'people':>7} {'answers':>8} {'median ms':>10} {'max ms':>8} {'db ms':>7} "
          f"{'SQL statements':>15}")
    worst = 0.0
    for people in sizes:
        row = await measure(fw, people, repeat)
        print(f"{row['people']:>7} {row['answers']:>8} {row['median_ms']:>10.1f} "
              f"{row['max_ms']:>8.1f} {row['db_ms']:>7.1f} "
              f"{row['statements']:>6} ({row['selects']} SELECT)")
        if people >= 1000:
            worst = max(worst, row["median_ms"])
    if worst:
        verdict = "within" if worst <= TARGET_MS else "OVER"
        print(f"1,000 participants: median {worst:.1f} ms, {verdict} the {TARGET_MS:.0f} ms "
              f"target")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()
    sys.exit(asyncio.run(main(options.sizes, options.repeat)))
