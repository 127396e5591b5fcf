"""The cyclic garbage collector, tuned for a process that handles many small updates.

Each update makes thousands of short-lived objects (python-telegram-bot's, SQLAlchemy's rows,
the screens) and almost none of them in reference cycles; with CPython's default thresholds
the youngest generation is walked every 700 net allocations, which costs the end-to-end tests
about 7% of their CPU (the trust tests: 34.8 → 32.2 CPU-seconds, measured twice each).
What start-up made (modules, the framework, the catalogs) is never garbage: it is frozen, so
that no collection walks it again."""

from __future__ import annotations

import gc

YOUNGEST = 100_000  # net allocations between collections of the youngest generation
OLDER = (50, 100)  # the older generations' thresholds, in collections of the one below


def collect_less() -> None:
    gc.freeze()
    gc.set_threshold(YOUNGEST, *OLDER)
