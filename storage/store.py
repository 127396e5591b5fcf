"""The SQL implementation of the flows' storage interface (`flows.engine.store`).

It satisfies the Protocols structurally: one short transaction per event, in which the
repositories share one session.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import cached_property

from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError, InterfaceError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from flows.engine.store import ForgetReport, Role, Unavailable
from storage.answers import SqlAnswers
from storage.cards import SqlCards, SqlGroupCalls
from storage.conversations import SqlConversations
from storage.database import BUSY_TIMEOUT_MS, create_engine, is_sqlite
from storage.models import Base, CardRow, ParticipantRow, RoundRow
from storage.people import SqlPeople
from storage.personal import TABLES, Personal, RoundRecord
from storage.plans import SqlPlans
from storage.positions import SqlAgreements
from storage.presenter import SqlPresenterLinks
from storage.queries import SqlQueries
from storage.rounds import SqlRounds
from storage.unit import Unit, rowcount
from storage.validation import SqlValidations
from storage.votes import SqlJobs, SqlNotices, SqlVotes

# asyncpg's errors for a server that went away or is starting or stopping
_GONE = ("ConnectionDoesNotExistError", "CannotConnectNowError", "ConnectionFailureError",
         "AdminShutdownError", "CrashShutdownError", "PostgresConnectionError",
         "ConnectionRejectionError", "InterfaceError")


def lost_connection(exc: BaseException) -> bool:
    """A server that went away (restarted, failed over, unreachable), as opposed to a
    statement it refused: the transaction was not kept, so it may be run again."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    seen: BaseException | None = exc
    for _ in range(8):  # the driver's error, wrapped by SQLAlchemy's adapter and by itself
        if seen is None:
            return False
        if isinstance(seen, OSError | InterfaceError) or type(seen).__name__ in _GONE:
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


class SqlTransaction:
    """One transaction's repositories, each made when first used (most events use two or
    three of the eleven)."""

    def __init__(self, connection: AsyncConnection) -> None:
        self.unit = Unit(connection)
        self.forgot = False

    @cached_property
    def people(self) -> SqlPeople:
        return SqlPeople(self.unit)

    @cached_property
    def conversations(self) -> SqlConversations:
        return SqlConversations(self.unit)

    @cached_property
    def rounds(self) -> SqlRounds:
        return SqlRounds(self.unit)

    @cached_property
    def answers(self) -> SqlAnswers:
        return SqlAnswers(self.unit)

    @cached_property
    def votes(self) -> SqlVotes:
        return SqlVotes(self.unit)

    @cached_property
    def notices(self) -> SqlNotices:
        return SqlNotices(self.unit)

    @cached_property
    def jobs(self) -> SqlJobs:
        return SqlJobs(self.unit)

    @cached_property
    def cards(self) -> SqlCards:
        return SqlCards(self.unit)

    @cached_property
    def queries(self) -> SqlQueries:
        return SqlQueries(self.unit)

    @cached_property
    def group_calls(self) -> SqlGroupCalls:
        return SqlGroupCalls(self.unit)

    @cached_property
    def plans(self) -> SqlPlans:
        return SqlPlans(self.unit)

    @cached_property
    def agreements(self) -> SqlAgreements:
        return SqlAgreements(self.unit)

    @cached_property
    def validations(self) -> SqlValidations:
        return SqlValidations(self.unit)

    @cached_property
    def presenter(self) -> SqlPresenterLinks:
        return SqlPresenterLinks(self.unit)

    @property
    def wrote(self) -> bool:
        return self.unit.wrote

    async def forget(self, user: str) -> ForgetReport:
        session = self.unit.session
        self.unit.wrote = True
        self.forgot = True
        joined = set(await session.scalars(
            select(ParticipantRow.round_id).where(ParticipantRow.user == user)
        ))
        owned = list(await session.scalars(select(RoundRow).where(RoundRow.owner == user)))
        for round_row in owned:
            # Facilitation passes to a co-facilitator, else to the bot's admins (owner NULL).
            successor = await session.scalar(
                select(ParticipantRow.user)
                .where(
                    ParticipantRow.round_id == round_row.id,
                    ParticipantRow.user != user,
                    ParticipantRow.role == Role.FACILITATOR.value,
                )
                .order_by(ParticipantRow.joined_at)
            )
            round_row.owner = successor
        await self._unlink_cards(user)
        await self._unlink(user)
        deleted: dict[str, int] = {}
        for name, kind in TABLES.items():  # a person's own rows, wherever declared
            if isinstance(kind, Personal):
                table = Base.metadata.tables[name]
                result = await session.execute(delete(table).where(table.c[kind.column] == user))
                deleted[name] = rowcount(result)
        # A round nobody else takes part in would keep its country and time with no one to
        # own it: it goes too (its answers, all the person's, are gone already).
        candidates = joined | {r.id for r in owned}
        still_joined = set(await session.scalars(
            select(ParticipantRow.round_id).where(ParticipantRow.round_id.in_(candidates))
        ))
        orphans = candidates - still_joined
        if orphans:
            await session.execute(delete(RoundRow).where(RoundRow.id.in_(orphans)))
        return ForgetReport(
            answers=deleted["answers"],
            participations=deleted["participants"],
            conversations=deleted["conversations"],
            rounds_handed_over=sum(1 for r in owned if r.id not in orphans),
            votes=deleted["votes"],
        )

    async def _unlink(self, user: str) -> None:
        """Every round record keeps its rows without the person: each link column declared
        in storage/personal.py that names them is set to NULL (rounds they owned were handed
        over before, and stay handed over; links inside JSON, the cards', are
        `_unlink_cards`'s)."""
        session = self.unit.session
        await session.flush()  # the hand-overs first: their owner column is a link too
        for name, kind in TABLES.items():
            if not isinstance(kind, RoundRecord):
                continue
            table = Base.metadata.tables[name]
            for link in kind.links:
                if "." not in link:
                    await session.execute(
                        update(table).where(table.c[link] == user).values({link: None}))

    async def _unlink_cards(self, user: str) -> None:
        """Cards belong to their round: who set one up is removed from it (a set-up never
        finished is theirs alone, and goes). The card's version moves on, so that a tap
        loaded before this cannot write the old context back, and it is drawn again."""
        session = self.unit.session
        declared = TABLES["cards"]
        assert isinstance(declared, RoundRecord)
        links = [link.split(".", 1)[1] for link in declared.links]
        opened = list(await session.scalars(
            select(CardRow).where(CardRow.context["opener"].as_string() == user)))
        for card in opened:
            if card.round_id is None:
                await session.delete(card)
                continue
            card.context = {k: v for k, v in card.context.items() if k not in links}
            card.version += 1
            card.changes += 1
        await session.flush()


class SqlStore:
    """Opens one short transaction per event; on SQLite, one writer at a time in-process
    (other processes wait on SQLite's own lock, up to the busy timeout)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._lock = asyncio.Lock() if is_sqlite(str(engine.url)) else None

    @classmethod
    def from_url(cls, url: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> SqlStore:
        return cls(create_engine(url, busy_timeout_ms))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqlTransaction]:
        if self._lock is not None:
            async with self._lock, self._session() as tx:
                yield tx
            return
        try:
            async with self._session() as tx:
                yield tx
        except (DBAPIError, OSError) as exc:
            if lost_connection(exc):
                raise Unavailable(type(exc).__name__) from exc
            raise

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[SqlTransaction]:
        async with self.engine.connect() as connection:
            async with connection.begin():
                tx = SqlTransaction(connection)
                try:
                    yield tx
                    await tx.unit.flush()
                finally:
                    await tx.unit.close()
            if tx.forgot and self._lock is not None:
                await self._checkpoint(connection)

    @staticmethod
    async def _checkpoint(connection: AsyncConnection) -> None:
        """After /forget, copy the WAL into the database and empty it: the deleted notes and
        ids must not stay readable in the WAL file until some later checkpoint."""
        await connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        await connection.commit()

    async def ping(self) -> None:
        """Raises unless the database answers (a web process's health check)."""
        async with self.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    async def close(self) -> None:
        await self.engine.dispose()
