"""One Phase 3 tap followed at run time: which of the project's files it passes through and how
many of the project's functions it calls (the router on a SQLite file, as the terminal and
the tests run it; the channel's own part is left out).

    .venv/bin/python bench/tap_trace.py [--functions]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.i18n import CatalogLanguages
from flows.routing import build_router
from framework import load_framework
from storage.store import SqlStore
from tests import database
from tests.flows.chat import Chat

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("framework", "flows", "storage", "bot")


def project_file(path: str) -> str | None:
    try:
        relative = Path(path).resolve().relative_to(ROOT)
    except ValueError:
        return None
    return str(relative) if relative.parts[0] in PARTS else None


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'trace.sqlite3'}"
        database.migrated(url)
        store = SqlStore.from_url(url)
        try:
            chat = Chat(build_router(load_framework(), store, CatalogLanguages()))
            await chat.start_round()
            await chat.tap("Phase 2")  # the first answer's one-off work is not counted
            calls: Counter[str] = Counter()
            functions: Counter[str] = Counter()

            def profile(frame: FrameType, event: str, arg: Any) -> None:
                if event == "call":
                    name = project_file(frame.f_code.co_filename)
                    if name is not None:
                        calls[name] += 1
                        functions[f"{name}:{frame.f_code.co_qualname}"] += 1

            event = chat.event_of("Phase 3")
            sys.setprofile(profile)
            try:
                await chat.send(event)
            finally:
                sys.setprofile(None)
        finally:
            await store.close()
    print(f"one Phase 3 tap: {len(calls)} files of the project, {sum(calls.values())} calls")
    for name, count in calls.most_common():
        print(f"  {count:>4}  {name}")
        if "--functions" in sys.argv:
            for function, times in functions.most_common():
                if function.startswith(f"{name}:"):
                    print(f"          {times:>4}  {function.split(':', 1)[1]}")


if __name__ == "__main__":
    asyncio.run(main())
