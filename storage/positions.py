"""A round's agreed positions: every recording kept, the latest per item the position."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update

from flows.engine.store.positions import DISSENT_MAX, REASON_MAX, Agreement
from framework.scoring import Rating
from storage.answers import decode_rating, encode_rating
from storage.models import AgreementRow, utcnow
from storage.unit import Unit

_TABLE = cast(Table, AgreementRow.__table__)
_COLUMNS = tuple(c for c in _TABLE.c if c.key != "recorded_by")
_OF_ROUND = (select(*_COLUMNS).where(_TABLE.c.round_id == bindparam("round_id"))
             .order_by(_TABLE.c.id))
_ONE = select(*_COLUMNS).where(_TABLE.c.id == bindparam("id"))


def _agreement(row: Any) -> Agreement:
    return Agreement(
        id=int(row.id), round_id=int(row.round_id), item=str(row.item),
        phase=decode_rating(row.phase), reason=row.reason, reason_text=row.reason_text,
        dissent=row.dissent, session=row.session_id, voting=row.voting,
        recorded_at=row.recorded_at,
    )


def _clip(text: str | None, most: int) -> str | None:
    text = " ".join(text.split()) if text else None
    return text[:most] if text else None


class SqlAgreements:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def record(self, round_id: int, item: str, phase: Rating, reason: str | None,
                     reason_text: str | None, session: int | None, voting: int | None,
                     by: str) -> Agreement:
        row = (await self.unit.write(insert(_TABLE).values(
            round_id=round_id, item=item, phase=encode_rating(phase), reason=reason,
            reason_text=_clip(reason_text, REASON_MAX), session_id=session, voting=voting,
            recorded_by=by, recorded_at=utcnow(),
        ).returning(*_COLUMNS))).one()
        return _agreement(row)

    async def set_dissent(self, agreement: int, text: str | None) -> Agreement | None:
        row = (await self.unit.write(
            update(_TABLE).where(_TABLE.c.id == agreement)
            .values(dissent=_clip(text, DISSENT_MAX)).returning(*_COLUMNS))).first()
        return _agreement(row) if row is not None else None

    async def get(self, agreement: int) -> Agreement | None:
        row = (await self.unit.read(_ONE, {"id": agreement})).first()
        return _agreement(row) if row is not None else None

    async def of_round(self, round_id: int) -> list[Agreement]:
        return [_agreement(r) for r in await self.unit.read(_OF_ROUND, {"round_id": round_id})]
