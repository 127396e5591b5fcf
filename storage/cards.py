"""Cards: messages many people tap (a group session's), each with its own version."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update

from flows.store import Card
from storage.models import CardRow, utcnow
from storage.unit import Unit, rowcount

FIRST_VERSION = 1
_TABLE = cast(Table, CardRow.__table__)
# Every tap on a card reads it and compares its version when it writes: built once.
_GET = select(_TABLE).where(_TABLE.c.id == bindparam("k_id"))
_SAVE = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("k_id"), _TABLE.c.version == bindparam("k_seen"))
    .values(state=bindparam("v_state"), version=bindparam("v_version"),
            context=bindparam("v_context"), round_id=bindparam("v_round_id"),
            updated_at=bindparam("v_updated_at"))
)
# A vote changes nothing on the card, but must not land after a move committed meanwhile.
_CONFIRM = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("k_id"), _TABLE.c.version == bindparam("k_seen"))
    .values(version=_TABLE.c.version)
)


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
        row = (await self.unit.read(_GET, {"k_id": card_id})).first()
        return card_of(row) if row is not None else None

    async def save(self, card: Card, seen: int) -> bool:
        result = await self.unit.write(_SAVE, {
            "k_id": card.id, "k_seen": seen, "v_state": card.state, "v_version": card.version,
            "v_context": card.context, "v_round_id": card.round_id, "v_updated_at": utcnow(),
        })
        return rowcount(result) == 1

    async def confirm(self, card_id: int, seen: int) -> bool:
        result = await self.unit.write(_CONFIRM, {"k_id": card_id, "k_seen": seen})
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

    async def move_chat(self, old: str, new: str) -> set[int]:
        result = await self.unit.write(
            update(CardRow).where(CardRow.chat == old).values(chat=new, message_id=None)
            .returning(CardRow.id)
        )
        return {row[0] for row in result}
