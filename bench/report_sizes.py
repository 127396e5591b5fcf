"""The round report's size and drawing time in each language: a round of four participants
who answered every capability, its PDF (tagged, with its charts) as a facilitator gets it.
The issue's limits: at most 1 MB with charts, and a text-only variant under 300 KB.

    .venv/bin/python bench/report_sizes.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.i18n import available_locales  # noqa: E402
from flows.engine.effects import Attach  # noqa: E402
from flows.engine.store import Role, Source  # noqa: E402
from framework import load_framework  # noqa: E402
from tests.golden.scripts import OPEN_ROUND, for_language  # noqa: E402
from tests.golden.transcript import Scripted, fresh_router  # noqa: E402

FW = load_framework()
PEOPLE = ("tg:2001", "tg:2002", "tg:2003", "tg:2004")


async def report(language: str, folder: str) -> tuple[int, float, int]:
    async with fresh_router(f"sqlite+aiosqlite:///{folder}/{language}.sqlite3") as router:
        played = Scripted(router, language)
        for step in for_language(OPEN_ROUND, language):
            await played.step(step)
        async with router.store.transaction() as tx:
            (mine,) = [p.round for p in await tx.rounds.participations("tg:1001")]
            for n, user in enumerate(PEOPLE):
                await tx.rounds.join(mine.id, user, "justice", Role.PARTICIPANT)
                for cap in FW.capabilities:
                    await tx.answers.rate(mine.id, user, cap.item, 1 + (cap.id + n) % 4,
                                          Source.PRIVATE)
        sizes = []
        seconds = 0.0
        for button in ("fa.report", "fa.report_text"):
            await played.step(("command", "results"))
            before = len(played.effects)
            await played.step(("tap", button))
            (attached,) = [e for e in played.effects[before:] if isinstance(e, Attach)]
            started = time.perf_counter()
            sizes.append(len(attached.attachment.data))
            seconds = seconds or time.perf_counter() - started
        return sizes[0], seconds, sizes[1]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for language in available_locales():
            size, seconds, text = await report(language, folder)
            print(f"{language:8} report with charts {size / 1024:6.0f} KB (limit 1024)   "
                  f"text only {text / 1024:6.0f} KB (limit 300)   drawn in {seconds:4.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
