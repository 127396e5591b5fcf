"""Conversations, saved with a compare and set on their version (and on the last message)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, update

from flows.store import Conversation
from storage.models import ConversationRow, utcnow
from storage.unit import Unit, rowcount


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
        values = {
            "flow": conversation.flow,
            "state": conversation.state,
            "version": conversation.version,
            "last_message": conversation.last_message,
            "round_id": conversation.round_id,
            "context": conversation.context,
            "updated_at": utcnow(),
        }
        if seen is None:
            statement: Any = (
                self.unit.insert(ConversationRow)
                .values(chat=conversation.chat, user=conversation.user, **values)
                .on_conflict_do_nothing(index_elements=[ConversationRow.chat, ConversationRow.user])
            )
        else:
            statement = (
                update(ConversationRow)
                .where(
                    ConversationRow.chat == conversation.chat,
                    ConversationRow.user == conversation.user,
                    ConversationRow.version == seen,
                )
                .values(**values)
            )
            if message is not None:
                statement = statement.where(or_(
                    ConversationRow.last_message.is_(None),
                    ConversationRow.last_message < message,
                ))
        return rowcount(await self.unit.write(statement)) == 1

    async def of_user(self, user: str) -> list[Conversation]:
        rows = await self.unit.read(
            select(ConversationRow).where(ConversationRow.user == user)
        )
        return [conversation_of(row, row.chat, row.user) for row in rows.scalars()]
