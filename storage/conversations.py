"""Conversations, saved with a compare and set on their version (and on the last message)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import BindParameter, String, Table, bindparam, or_, select, update

from flows.engine.store import Conversation, Person
from storage.models import ConversationRow, PersonRow, utcnow
from storage.unit import Unit, rowcount

_TABLE = cast(Table, ConversationRow.__table__)
_FIELDS = ("flow", "state", "version", "last_message", "round_id", "context", "updated_at")
_VALUES: dict[str, BindParameter[Any]] = {field: bindparam(f"v_{field}") for field in _FIELDS}
# The compare and set: the row is written only if its version is still the one that was read.
_SAVE = (
    update(_TABLE)
    .where(_TABLE.c.chat == bindparam("k_chat"), _TABLE.c.user == bindparam("k_user"),
           _TABLE.c.version == bindparam("k_seen"))
    .values(_VALUES)
)
# ... and, for a message, only if no message as new was applied in the chat.
_SAVE_MESSAGE = _SAVE.where(or_(
    _TABLE.c.last_message.is_(None), _TABLE.c.last_message < bindparam("k_message")
))
_INSERT: dict[str, Any] = {}
_KEY = select(bindparam("user", type_=String).label("user")).subquery("key")
# Every event starts with the person and the conversation; one statement reads both.
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


def _insert(insert: Any) -> Any:
    return (
        insert(_TABLE)
        .values(chat=bindparam("k_chat"), user=bindparam("k_user"), **_VALUES)
        .on_conflict_do_nothing(index_elements=[_TABLE.c.chat, _TABLE.c.user])
    )


def conversation_of(row: Any, chat: str, user: str) -> Conversation:
    return Conversation(
        chat=chat,
        user=user,
        flow=row.flow,
        state=row.state,
        version=row.version,
        last_message=row.last_message,
        round_id=row.round_id,
        context=dict(row.context or {}),
    )


class SqlConversations:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def with_person(
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

    async def save(
        self, conversation: Conversation, seen: int | None, message: int | None = None
    ) -> bool:
        params = {
            "k_chat": conversation.chat,
            "k_user": conversation.user,
            "v_flow": conversation.flow,
            "v_state": conversation.state,
            "v_version": conversation.version,
            "v_last_message": conversation.last_message,
            "v_round_id": conversation.round_id,
            "v_context": conversation.context,
            "v_updated_at": utcnow(),
        }
        if seen is None:
            statement = self.unit.built(_INSERT, _insert)
        else:
            params["k_seen"] = seen
            statement = _SAVE
            if message is not None:
                params["k_message"] = message
                statement = _SAVE_MESSAGE
        return rowcount(await self.unit.write(statement, params)) == 1

    async def of_user(self, user: str) -> list[Conversation]:
        rows = await self.unit.read(
            select(ConversationRow).where(ConversationRow.user == user)
        )
        return [conversation_of(row, row.chat, row.user) for row in rows]
