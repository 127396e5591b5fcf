"""A group's budget as the channel holds it: one chat's limit and window over the shared record
of calls (`flows.engine.budget`, reached through the router's `budgets`)."""

from __future__ import annotations

from flows.engine.budget import CALL_LEASE_SECONDS as CALL_LEASE_SECONDS, Budgets


class SharedBudget:
    def __init__(self, budgets: Budgets, chat: str, limit: int, window: float,
                 lease: float = CALL_LEASE_SECONDS) -> None:
        self.budgets = budgets
        self.chat = chat
        self.limit = limit
        self.window = window
        self.lease = lease

    async def take(self) -> str | float:
        return await self.budgets.take(self.chat, self.limit, self.window, self.lease)

    async def give_back(self, token: str, used: bool) -> None:
        await self.budgets.give_back(self.chat, token, used)

    async def calls(self) -> list[tuple[str, float]]:
        """The calls recorded in the window now (tests)."""
        return await self.budgets.calls(self.chat, self.window)
