"""One transaction's session, shared by the repositories that work in it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Result
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Executable


class Unit:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.wrote = False
        dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
        # INSERT ... ON CONFLICT exists in both dialects, each with its own construct.
        self.insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert

    async def read(self, statement: Executable, params: dict[str, Any] | None = None
                   ) -> Result[Any]:
        return await self.session.execute(statement, params)

    async def write(self, statement: Executable, params: dict[str, Any] | None = None
                    ) -> Result[Any]:
        self.wrote = True
        return await self.session.execute(statement, params)


def rowcount(result: Result[Any]) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
