"""Conversations, saved with a compare and set on their version (and on the last message)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import BindParameter, Table, bindparam, or_, select, update

from flows.engine.store import Conversation
from storage.models import ConversationRow, utcnow
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
