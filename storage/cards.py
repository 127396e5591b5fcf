"""Cards: messages many people tap (a group session's), each with its own version."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from flows.store import Card
from storage.models import CardRow, utcnow
from storage.unit import Unit, rowcount

FIRST_VERSION = 1


def card_of(row: Any) -> Card:
    return Card(
        id=row.id,
        chat=row.chat,
        flow=row.flow,
        state=row.state,
        version=row.version,
        message_id=row.message_id,
        round_id=row.round_id,
        context=dict(row.context or {}),
    )


class SqlCards:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def create(
        self, chat: str, flow: str, state: str, round_id: int | None, context: dict[str, Any]
    ) -> Card:
        row = CardRow(
            chat=chat, flow=flow, state=state, version=FIRST_VERSION, round_id=round_id,
            context=context, created_at=utcnow(), updated_at=utcnow(),
        )
        self.unit.session.add(row)
        self.unit.wrote = True
        await self.unit.session.flush()
        return card_of(row)

    async def get(self, card_id: int) -> Card | None:
        row = (await self.unit.read(select(CardRow).where(CardRow.id == card_id))).first()
        return card_of(row) if row is not None else None

    async def save(self, card: Card, seen: int) -> bool:
        result = await self.unit.write(
            update(CardRow)
            .where(CardRow.id == card.id, CardRow.version == seen)
            .values(
                state=card.state, version=card.version, context=card.context,
                round_id=card.round_id, updated_at=utcnow(),
            )
        )
        return rowcount(result) == 1

    async def place(self, card_id: int, message_id: int) -> None:
        await self.unit.write(
            update(CardRow).where(CardRow.id == card_id).values(message_id=message_id)
        )

    async def in_chat(self, chat: str) -> list[Card]:
        rows = await self.unit.read(
            select(CardRow).where(CardRow.chat == chat, CardRow.message_id.is_not(None))
            .order_by(CardRow.id)
        )
        return [card_of(row) for row in rows]

    async def move_chat(self, old: str, new: str) -> None:
        await self.unit.write(
            update(CardRow).where(CardRow.chat == old).values(chat=new, message_id=None)
        )
