"""The order the tests run in under pytest-xdist, so that the long ones do not end the run.

With `--dist worksteal`, each worker is handed an equal, contiguous share of the collected
tests, in collection order, and an idle worker takes tests only from the end of a busy one's
queue. Left in collection order, the long end-to-end tests (all in `tests/e2e`) fall to one
worker, which then runs them one after another while the others finish early. So each worker's
share starts with some of the tests marked `long(seconds)`, dealt longest first to the share
with the least long work so far; the others keep their order and fill the shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import pytest

T = TypeVar("T")


def seconds(item: pytest.Item) -> float:
    marker = item.get_closest_marker("long")
    return float(marker.args[0]) if marker is not None and marker.args else 0.0


def shares(total: int, workers: int) -> list[int]:
    """The sizes of the workers' first shares, as the scheduler cuts them (each idle worker
    gets what is pending divided by the workers still without tests)."""
    sizes, pending = [], total
    for remaining in range(workers, 0, -1):
        sizes.append(pending // remaining)
        pending -= sizes[-1]
    return sizes


def dealt(items: Sequence[T], weights: Sequence[float], workers: int) -> list[T]:
    """`items` reordered: the weighted ones at the front of the shares (longest first to the
    lightest share), the rest in their order after them."""
    sizes = shares(len(items), workers)
    heads: list[list[T]] = [[] for _ in sizes]
    loads = [0.0] * len(sizes)
    weighted = sorted((i for i, w in enumerate(weights) if w > 0), key=lambda i: -weights[i])
    for index in weighted:
        room = [k for k in range(len(sizes)) if len(heads[k]) < sizes[k]]
        lightest = min(room, key=lambda k: loads[k])
        heads[lightest].append(items[index])
        loads[lightest] += weights[index]
    rest = iter(item for i, item in enumerate(items) if weights[i] <= 0)
    ordered: list[T] = []
    for head, size in zip(heads, sizes, strict=True):
        ordered += head
        ordered += [next(rest) for _ in range(size - len(head))]
    return ordered


def spread_long_tests(config: pytest.Config, items: list[pytest.Item]) -> None:
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    if workers > 1:
        items[:] = dealt(items, [seconds(item) for item in items], workers)
