"""One transaction's connection, shared by the repositories that work in it.

The hot path (every tap) runs statements built once, with bound parameters, as plain Core
statements on the transaction's connection: building a statement, or sending a Core statement
through the ORM's execution layer, costs more CPU than running it. An ORM session is made only
for a repository that asks for one (adding rows, /forget), joined to the same transaction:
most taps never pay for its set-up, snapshot and clean-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Result
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql import Executable


class Unit:
    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.wrote = False
        self.dialect = connection.dialect.name
        # INSERT ... ON CONFLICT exists in both dialects, each with its own construct.
        self.insert: Any = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        self._session: AsyncSession | None = None

    @property
    def session(self) -> AsyncSession:
        """The ORM's session, in this transaction (made when first asked for)."""
        if self._session is None:
            # the transaction is the connection's: the session flushes into it, never ends it
            self._session = AsyncSession(bind=self.connection, expire_on_commit=False,
                                         join_transaction_mode="rollback_only")
        return self._session

    async def flush(self) -> None:
        """Before the transaction commits: what the session holds is written."""
        if self._session is not None:
            await self._session.flush()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def read(self, statement: Executable, params: dict[str, Any] | None = None
                   ) -> Result[Any]:
        return await self.connection.execute(statement, params or {})

    async def write(self, statement: Executable, params: dict[str, Any] | None = None
                    ) -> Result[Any]:
        self.wrote = True
        return await self.connection.execute(statement, params or {})

    def built(self, cache: dict[str, Any], build: Callable[[Any], Any]) -> Any:
        """A statement that depends on the dialect's INSERT, built once per dialect."""
        if self.dialect not in cache:
            cache[self.dialect] = build(self.insert)
        return cache[self.dialect]


def rowcount(result: Result[Any]) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
