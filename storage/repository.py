"""The SQL implementation of the flows' storage interface (`flows.ports.Store`).

It satisfies the Protocol structurally and never imports `flows`. Answers are written as
upserts keyed by (round, user, item), so a double tap or a re-delivered update never counts
twice; a rating upsert keeps the note and a note upsert keeps the rating.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import String, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from framework.records import (
    Answer,
    Conversation,
    ForgetReport,
    Participation,
    Person,
    Role,
    Round,
    Source,
)
from framework.scoring import DONT_KNOW, Rating, is_phase
from storage.database import create_engine, is_sqlite
from storage.models import (
    AnswerRow,
    ConversationRow,
    ParticipantRow,
    PersonRow,
    RoundRow,
    utcnow,
)

# Round codes are read aloud and typed by facilitators: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def encode_rating(value: Rating) -> str | None:
    if value is None:
        return None
    if value == DONT_KNOW:
        return DONT_KNOW
    if is_phase(value):
        return str(value)
    raise ValueError(f"{value!r} is not a rating")


def decode_rating(value: str | None) -> Rating:
    if value is None:
        return None
    if value == DONT_KNOW:
        return DONT_KNOW
    return int(value)


def _round(row: RoundRow) -> Round:
    return Round(
        id=row.id, code=row.code, country=row.country, owner=row.owner, created_at=row.created_at
    )


# Statements built once: building them per call costs more CPU than running them.
_PERSON = select(PersonRow.locale, PersonRow.consented_at).where(
    PersonRow.user == bindparam("user")
)
_CONVERSATION = select(
    ConversationRow.flow, ConversationRow.state, ConversationRow.step, ConversationRow.context
).where(ConversationRow.chat == bindparam("chat"), ConversationRow.user == bindparam("user"))
_KEY = select(bindparam("user", type_=String).label("user")).subquery("key")
_PERSON_AND_CONVERSATION = (
    select(
        PersonRow.user.label("person_user"), PersonRow.locale, PersonRow.consented_at,
        ConversationRow.flow, ConversationRow.state, ConversationRow.step,
        ConversationRow.context,
    )
    .select_from(_KEY)
    .outerjoin(PersonRow, PersonRow.user == _KEY.c.user)
    .outerjoin(
        ConversationRow,
        (ConversationRow.user == _KEY.c.user) & (ConversationRow.chat == bindparam("chat")),
    )
)
_ANSWER_COLUMNS = (
    AnswerRow.round_id, AnswerRow.user, AnswerRow.item, AnswerRow.value, AnswerRow.note,
    AnswerRow.source, AnswerRow.session_id, AnswerRow.updated_at,
)
_ANSWER = select(*_ANSWER_COLUMNS).where(
    AnswerRow.round_id == bindparam("round_id"),
    AnswerRow.user == bindparam("user"),
    AnswerRow.item == bindparam("item"),
)


def _answer(row: Any) -> Answer:
    return Answer(
        round_id=row.round_id,
        user=row.user,
        item=row.item,
        value=decode_rating(row.value),
        note=row.note,
        source=Source(row.source),
        session_id=row.session_id,
        updated_at=row.updated_at,
    )


def _conversation(row: ConversationRow) -> Conversation:
    return Conversation(
        chat=row.chat,
        user=row.user,
        flow=row.flow,
        state=row.state,
        step=row.step,
        context=dict(row.context or {}),
    )


class SqlTransaction:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
        self._insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert

    # people -----------------------------------------------------------------------------
    async def person(self, user: str) -> Person | None:
        row = (await self.session.execute(_PERSON, {"user": user})).first()
        if row is None:
            return None
        return Person(user=user, locale=row.locale, consented_at=row.consented_at)

    async def save_person(self, person: Person) -> None:
        statement = self._insert(PersonRow).values(
            user=person.user, locale=person.locale, consented_at=person.consented_at,
            created_at=utcnow(),
        )
        statement = statement.on_conflict_do_update(
            index_elements=[PersonRow.user],
            set_={"locale": person.locale, "consented_at": person.consented_at},
        )
        await self.session.execute(statement)

    async def person_and_conversation(
        self, chat: str, user: str
    ) -> tuple[Person | None, Conversation | None]:
        """Both in one statement: every event starts with them."""
        row = (await self.session.execute(_PERSON_AND_CONVERSATION, {"chat": chat, "user": user})
               ).one()
        person = (
            Person(user=user, locale=row.locale, consented_at=row.consented_at)
            if row.person_user is not None
            else None
        )
        conversation = (
            Conversation(
                chat=chat, user=user, flow=row.flow, state=row.state, step=row.step,
                context=dict(row.context or {}),
            )
            if row.flow is not None
            else None
        )
        return person, conversation

    # conversations ------------------------------------------------------------------------
    async def conversation(self, chat: str, user: str) -> Conversation | None:
        row = (await self.session.execute(_CONVERSATION, {"chat": chat, "user": user})).first()
        if row is None:
            return None
        return Conversation(
            chat=chat, user=user, flow=row.flow, state=row.state, step=row.step,
            context=dict(row.context or {}),
        )

    async def save_conversation(self, conversation: Conversation) -> None:
        values = {
            "flow": conversation.flow,
            "state": conversation.state,
            "step": conversation.step,
            "context": conversation.context,
            "updated_at": utcnow(),
        }
        statement = self._insert(ConversationRow).values(
            chat=conversation.chat, user=conversation.user, **values
        )
        statement = statement.on_conflict_do_update(
            index_elements=[ConversationRow.chat, ConversationRow.user], set_=values
        )
        await self.session.execute(statement)

    async def conversations_of(self, user: str) -> list[Conversation]:
        rows = await self.session.scalars(
            select(ConversationRow).where(ConversationRow.user == user)
        )
        return [_conversation(row) for row in rows]

    # rounds and participants ---------------------------------------------------------------
    async def create_round(self, country: str, owner: str) -> Round:
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            taken = await self.session.scalar(select(RoundRow.id).where(RoundRow.code == code))
            if taken is None:
                break
        row = RoundRow(code=code, country=country, owner=owner, created_at=utcnow())
        self.session.add(row)
        await self.session.flush()
        return _round(row)

    async def round(self, round_id: int) -> Round | None:
        row = await self.session.get(RoundRow, round_id)
        return _round(row) if row is not None else None

    async def _participation(self, row: ParticipantRow) -> Participation:
        round_row = await self.session.get(RoundRow, row.round_id)
        assert round_row is not None
        return Participation(
            round=_round(round_row),
            user=row.user,
            sector=row.sector,
            role=Role(row.role),
            joined_at=row.joined_at,
            finished_at=row.finished_at,
        )

    async def participation(self, round_id: int, user: str) -> Participation | None:
        row = await self.session.scalar(
            select(ParticipantRow).where(
                ParticipantRow.round_id == round_id, ParticipantRow.user == user
            )
        )
        return await self._participation(row) if row is not None else None

    async def participations(self, user: str) -> list[Participation]:
        rows = await self.session.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.user == user)
            .order_by(ParticipantRow.joined_at, ParticipantRow.id)
        )
        return [await self._participation(row) for row in rows]

    async def join_round(self, round_id: int, user: str, sector: str, role: Role) -> Participation:
        statement = (
            self._insert(ParticipantRow)
            .values(
                round_id=round_id,
                user=user,
                sector=sector,
                role=role.value,
                pseudonym=secrets.token_hex(6),
                joined_at=utcnow(),
            )
            .on_conflict_do_nothing(index_elements=[ParticipantRow.round_id, ParticipantRow.user])
        )
        await self.session.execute(statement)
        joined = await self.participation(round_id, user)
        assert joined is not None
        return joined

    async def mark_finished(self, round_id: int, user: str, when: datetime | None) -> None:
        await self.session.execute(
            update(ParticipantRow)
            .where(ParticipantRow.round_id == round_id, ParticipantRow.user == user)
            .values(finished_at=when)
        )

    # answers ------------------------------------------------------------------------------
    async def _upsert_answer(
        self, round_id: int, user: str, item: str, changes: dict[str, Any]
    ) -> Answer:
        now = utcnow()
        row_values = {"value": None, "note": None, "session_id": None, **changes}
        statement = self._insert(AnswerRow).values(
            round_id=round_id, user=user, item=item, updated_at=now, **row_values
        )
        statement = statement.on_conflict_do_update(
            index_elements=[AnswerRow.round_id, AnswerRow.user, AnswerRow.item],
            set_={**changes, "updated_at": now},
        ).returning(*_ANSWER_COLUMNS)
        row = (await self.session.execute(statement)).one()
        return _answer(row)

    async def save_rating(
        self,
        round_id: int,
        user: str,
        item: str,
        value: Rating,
        source: Source,
        session_id: int | None = None,
    ) -> Answer:
        return await self._upsert_answer(
            round_id,
            user,
            item,
            {"value": encode_rating(value), "source": source.value, "session_id": session_id},
        )

    async def save_note(
        self, round_id: int, user: str, item: str, note: str, source: Source
    ) -> Answer:
        return await self._upsert_answer(
            round_id, user, item, {"note": note, "source": source.value}
        )

    async def answer(self, round_id: int, user: str, item: str) -> Answer | None:
        row = (
            await self.session.execute(
                _ANSWER, {"round_id": round_id, "user": user, "item": item}
            )
        ).first()
        return _answer(row) if row is not None else None

    async def answers(self, round_id: int, user: str | None = None) -> list[Answer]:
        query = select(*_ANSWER_COLUMNS).where(AnswerRow.round_id == round_id)
        if user is not None:
            query = query.where(AnswerRow.user == user)
        rows = await self.session.execute(query.order_by(AnswerRow.id))
        return [_answer(row) for row in rows]

    async def answer_count(self, user: str) -> int:
        count = await self.session.scalar(
            select(func.count()).select_from(AnswerRow).where(AnswerRow.user == user)
        )
        return int(count or 0)

    # the right to be forgotten ------------------------------------------------------------
    async def forget(self, user: str) -> ForgetReport:
        owned = list(await self.session.scalars(select(RoundRow).where(RoundRow.owner == user)))
        for round_row in owned:
            # Facilitation passes to a co-facilitator, else to the bot's admins (owner NULL).
            successor = await self.session.scalar(
                select(ParticipantRow.user)
                .where(
                    ParticipantRow.round_id == round_row.id,
                    ParticipantRow.user != user,
                    ParticipantRow.role == Role.FACILITATOR.value,
                )
                .order_by(ParticipantRow.joined_at)
            )
            round_row.owner = successor
        answers = await self.session.execute(delete(AnswerRow).where(AnswerRow.user == user))
        participations = await self.session.execute(
            delete(ParticipantRow).where(ParticipantRow.user == user)
        )
        conversations = await self.session.execute(
            delete(ConversationRow).where(ConversationRow.user == user)
        )
        await self.session.execute(delete(PersonRow).where(PersonRow.user == user))
        return ForgetReport(
            answers=_rowcount(answers),
            participations=_rowcount(participations),
            conversations=_rowcount(conversations),
            rounds_handed_over=len(owned),
        )


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


class SqlStore:
    """Opens one short transaction per event; on SQLite, one writer at a time in-process."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._lock = asyncio.Lock() if is_sqlite(str(engine.url)) else None

    @classmethod
    def from_url(cls, url: str) -> SqlStore:
        return cls(create_engine(url))

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqlTransaction]:
        if self._lock is not None:
            async with self._lock, self._session() as tx:
                yield tx
        else:
            async with self._session() as tx:
                yield tx

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[SqlTransaction]:
        async with (
            AsyncSession(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield SqlTransaction(session)

    async def close(self) -> None:
        await self.engine.dispose()
