"""A round's agreed positions as the flows see them (storage/positions.py keeps them).

An agreed position is what a meeting concluded on one item of a round (a capability, or a
domain's pulse question): the phase, why (a preset reason, or words typed), and an optional
dissent note. Each recording is kept: the latest per item is the round's position, the earlier
ones its history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from framework.scoring import Rating

REASON_MAX = 200  # a typed rationale
DISSENT_MAX = 200  # one line


@dataclass(frozen=True)
class Agreement:
    id: int
    round_id: int
    item: str  # "cap:3" or "pulse:<domain>"
    phase: Rating  # 1-4, or don't know
    reason: str | None  # a preset reason's code
    reason_text: str | None  # a rationale typed
    dissent: str | None
    session: int | None  # the group session (its card) it was agreed in
    voting: int | None  # and that question's voting round then
    recorded_at: datetime


def positions(history: list[Agreement]) -> dict[str, Agreement]:
    """Each item's position: its latest agreement (the history comes oldest first)."""
    return {a.item: a for a in history}


class Agreements(Protocol):
    async def record(self, round_id: int, item: str, phase: Rating, reason: str | None,
                     reason_text: str | None, session: int | None, voting: int | None,
                     by: str) -> Agreement: ...

    async def set_dissent(self, agreement: int, text: str | None) -> Agreement | None:
        """The dissent note of one agreement (None when there is no such agreement)."""
        ...

    async def get(self, agreement: int) -> Agreement | None: ...

    async def of_round(self, round_id: int) -> list[Agreement]:
        """Every agreement of the round, oldest first: the history."""
        ...
