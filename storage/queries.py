"""Reads that span aggregates."""

from __future__ import annotations

from sqlalchemy import String, bindparam, func, select

from flows.store import Conversation, Person
from storage.conversations import conversation_of
from storage.models import AnswerRow, ConversationRow, PersonRow
from storage.unit import Unit

_KEY = select(bindparam("user", type_=String).label("user")).subquery("key")
# Every event starts with these two; one statement (one round trip) reads both.
_PERSON_AND_CONVERSATION = (
    select(
        PersonRow.user.label("person_user"), PersonRow.locale, PersonRow.consented_at,
        ConversationRow.flow, ConversationRow.state, ConversationRow.version,
        ConversationRow.last_message, ConversationRow.round_id, ConversationRow.context,
    )
    .select_from(_KEY)
    .outerjoin(PersonRow, PersonRow.user == _KEY.c.user)
    .outerjoin(
        ConversationRow,
        (ConversationRow.user == _KEY.c.user) & (ConversationRow.chat == bindparam("chat")),
    )
)


class SqlQueries:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def person_and_conversation(
        self, chat: str, user: str
    ) -> tuple[Person | None, Conversation | None]:
        row = (await self.unit.read(
            _PERSON_AND_CONVERSATION, {"chat": chat, "user": user}
        )).one()
        person = (
            Person(user=user, locale=row.locale, consented_at=row.consented_at)
            if row.person_user is not None
            else None
        )
        conversation = conversation_of(row, chat, user) if row.flow is not None else None
        return person, conversation

    async def answer_count(self, user: str) -> int:
        count = await self.unit.session.scalar(
            select(func.count()).select_from(AnswerRow).where(AnswerRow.user == user)
        )
        return int(count or 0)
