"""Cards: messages many people tap (a group session's), each with its own version."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, or_, select, update

from flows.engine.store import Card, Drawing
from storage.models import CardRow, GroupCallsRow, utcnow
from storage.unit import Unit, rowcount

FIRST_VERSION = 1
TOKEN_BYTES = 12  # a deep link's token: 96 random bits, 16 URL-safe characters
_TABLE = cast(Table, CardRow.__table__)
# Every tap on a card reads it and compares its version when it writes: built once.
_GET = select(_TABLE).where(_TABLE.c.id == bindparam("k_id"))
_SAVE = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("k_id"), _TABLE.c.version == bindparam("k_seen"))
    .values(state=bindparam("v_state"), version=bindparam("v_version"),
            context=bindparam("v_context"), round_id=bindparam("v_round_id"),
            updated_at=bindparam("v_updated_at"), changes=_TABLE.c.changes + 1)
)
# A vote changes nothing of the card's state, but must not land after a move committed
# meanwhile; it changes what the card's message should show (the count).
_CONFIRM = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("k_id"), _TABLE.c.version == bindparam("k_seen"))
    .values(changes=_TABLE.c.changes + 1)
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
        token=row.token,
    )


class SqlCards:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def create(
        self, chat: str, flow: str, state: str, round_id: int | None, context: dict[str, Any]
    ) -> Card:
        row = CardRow(
            chat=chat, flow=flow, state=state, version=FIRST_VERSION, round_id=round_id,
            context=context, token=secrets.token_urlsafe(TOKEN_BYTES), created_at=utcnow(),
            updated_at=utcnow(),
        )
        self.unit.session.add(row)
        self.unit.wrote = True
        await self.unit.session.flush()
        return card_of(row)

    async def get(self, card_id: int) -> Card | None:
        row = (await self.unit.read(_GET, {"k_id": card_id})).first()
        return card_of(row) if row is not None else None

    async def of_round(self, round_id: int, flow: str) -> list[Card]:
        rows = await self.unit.read(select(_TABLE).where(
            _TABLE.c.round_id == round_id, _TABLE.c.flow == flow).order_by(_TABLE.c.id))
        return [card_of(row) for row in rows]

    async def by_token(self, token: str) -> Card | None:
        row = (await self.unit.read(select(_TABLE).where(_TABLE.c.token == token))).first()
        return card_of(row) if row is not None else None

    async def rekey(self, card_id: int) -> str:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        await self.unit.write(update(CardRow).where(CardRow.id == card_id).values(token=token))
        return token

    async def save(self, card: Card, seen: int) -> bool:
        result = await self.unit.write(_SAVE, {
            "k_id": card.id, "k_seen": seen, "v_state": card.state, "v_version": card.version,
            "v_context": card.context, "v_round_id": card.round_id, "v_updated_at": utcnow(),
        })
        return rowcount(result) == 1

    async def confirm(self, card_id: int, seen: int) -> bool:
        result = await self.unit.write(_CONFIRM, {"k_id": card_id, "k_seen": seen})
        return rowcount(result) == 1

    async def place(self, card_id: int, message_id: int, shown: str | None = None) -> None:
        await self.unit.write(
            update(CardRow).where(CardRow.id == card_id).values(message_id=message_id,
                                                                 shown=shown)
        )

    async def claim_drawing(self, card_id: int, owner: str, now: datetime, until: datetime,
                            drawn_before: datetime | None = None) -> Drawing | None:
        free = or_(CardRow.drawing_until.is_(None), CardRow.drawing_until < now,
                   CardRow.drawing_by == owner)
        claim = update(CardRow).where(CardRow.id == card_id, free)
        if drawn_before is not None:
            claim = claim.where(
                CardRow.changes > CardRow.drawn,
                or_(CardRow.drawn_at.is_(None), CardRow.drawn_at <= drawn_before),
            )
        result = await self.unit.write(
            claim.values(drawing_by=owner, drawing_until=until).returning(*_TABLE.c)
        )
        row: Any = result.first()
        if row is None:
            return None
        return Drawing(card_id, row.changes, row.drawn, row.shown, card_of(row))

    async def release_drawing(self, drawing: Drawing, owner: str, shown: str | None,
                              drawn_at: datetime | None) -> None:
        values: dict[str, Any] = {"drawing_by": None, "drawing_until": None, "shown": shown}
        if drawn_at is not None:
            values["drawn_at"] = drawn_at
        await self.unit.write(
            update(CardRow).where(CardRow.id == drawing.card, CardRow.drawing_by == owner)
            .values(drawn=drawing.changes, **values)
        )

    async def to_draw(self) -> list[tuple[int, str]]:
        rows = await self.unit.read(
            select(CardRow.id, CardRow.chat)
            .where(CardRow.changes > CardRow.drawn, CardRow.message_id.is_not(None))
            .order_by(CardRow.id)
        )
        return [(int(row.id), str(row.chat)) for row in rows]

    async def opened_by(self, user: str) -> int:
        count = await self.unit.session.scalar(
            select(func.count()).select_from(CardRow)
            .where(CardRow.context["opener"].as_string() == user))
        return int(count or 0)

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


class SqlGroupCalls:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def lock(self, chat: str) -> list[tuple[str, float]]:
        # An upsert that touches the row: on PostgreSQL it locks the row, on SQLite it takes
        # the write lock, so no other process reads the calls until this transaction ends.
        insert = self.unit.insert(GroupCallsRow).values(chat=chat, calls=[])
        statement = insert.on_conflict_do_update(
            index_elements=[GroupCallsRow.chat], set_={"chat": insert.excluded.chat}
        ).returning(GroupCallsRow.calls)
        calls = (await self.unit.write(statement)).scalar_one()
        return [(str(token), float(at)) for token, at in calls]

    async def save(self, chat: str, calls: list[tuple[str, float]]) -> None:
        await self.unit.write(
            update(GroupCallsRow).where(GroupCallsRow.chat == chat)
            .values(calls=[[token, at] for token, at in calls])
        )
