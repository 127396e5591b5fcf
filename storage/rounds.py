"""Rounds (one country's assessment) and the people taking part in them."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from flows.engine.store import Invite, Participation, Role, Round
from storage.models import (
    AnswerRow,
    InviteRow,
    ParticipantRow,
    RoundRow,
    UnprotectedCopyRow,
    utcnow,
)
from storage.unit import Unit

# Round codes are read aloud and typed by facilitators: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

# An invite code: 128 random bits, URL-safe (Telegram's start payload allows [A-Za-z0-9_-]).
# 13 bytes: 104 bits, 18 characters, so that a code fits in a button's callback data too.
INVITE_BYTES = 13

_ROUND_COLUMNS = (
    RoundRow.id, RoundRow.code, RoundRow.country, RoundRow.owner, RoundRow.created_at,
    RoundRow.title, RoundRow.closed_at, RoundRow.published_at, RoundRow.figures_only,
    RoundRow.confidential,
)
_PARTICIPATION = (
    select(
        ParticipantRow.user, ParticipantRow.sector, ParticipantRow.role,
        ParticipantRow.joined_at, ParticipantRow.finished_at, ParticipantRow.pseudonym,
        *_ROUND_COLUMNS,
    )
    .join(RoundRow, RoundRow.id == ParticipantRow.round_id)
)


_GET = select(*_ROUND_COLUMNS).where(RoundRow.id == bindparam("round_id"))
_ONE = _PARTICIPATION.where(
    ParticipantRow.round_id == bindparam("round_id"), ParticipantRow.user == bindparam("user")
)


def round_of(row: Any) -> Round:
    return Round(
        id=row.id, code=row.code, country=row.country, owner=row.owner,
        created_at=row.created_at, title=row.title, closed_at=row.closed_at,
        published_at=row.published_at, figures_only=bool(row.figures_only),
        confidential=bool(row.confidential),
    )


def _invite(row: Any) -> Invite:
    return Invite(code=row.code, round_id=row.round_id, role=Role(row.role),
                  created_at=row.created_at)


def _participation(row: Any) -> Participation:
    return Participation(
        round=round_of(row),
        user=row.user,
        sector=row.sector,
        role=Role(row.role),
        joined_at=row.joined_at,
        finished_at=row.finished_at,
        pseudonym=row.pseudonym,
    )


class SqlRounds:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def create(self, country: str, owner: str, title: str | None = None,
                     figures_only: bool = False, confidential: bool = False) -> Round:
        session = self.unit.session
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            taken = await session.scalar(select(RoundRow.id).where(RoundRow.code == code))
            if taken is None:
                break
        row = RoundRow(code=code, country=country, owner=owner, created_at=utcnow(), title=title,
                       figures_only=figures_only, confidential=confidential)
        session.add(row)
        self.unit.wrote = True
        await session.flush()
        return round_of(row)

    async def get(self, round_id: int) -> Round | None:
        row = (await self.unit.read(_GET, {"round_id": round_id})).first()
        return round_of(row) if row is not None else None

    async def by_code(self, code: str) -> Round | None:
        row = (await self.unit.read(
            select(*_ROUND_COLUMNS).where(RoundRow.code == code.strip().upper())
        )).first()
        return round_of(row) if row is not None else None

    async def join(self, round_id: int, user: str, sector: str, role: Role) -> Participation:
        statement = (
            self.unit.insert(ParticipantRow)
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
        await self.unit.write(statement)
        joined = await self.participation(round_id, user)
        assert joined is not None
        return joined

    async def set_sector(self, round_id: int, user: str, sector: str) -> None:
        await self.unit.write(
            update(ParticipantRow)
            .where(ParticipantRow.round_id == round_id, ParticipantRow.user == user)
            .values(sector=sector)
        )
        await self.unit.write(  # the tallies count answers by the sector they carry
            update(AnswerRow)
            .where(AnswerRow.round_id == round_id, AnswerRow.user == user)
            .values(sector=sector)
        )

    async def set_country(self, round_id: int, country: str) -> None:
        await self.unit.write(
            update(RoundRow).where(RoundRow.id == round_id).values(country=country)
        )

    async def participation(self, round_id: int, user: str) -> Participation | None:
        row = (await self.unit.read(_ONE, {"round_id": round_id, "user": user})).first()
        return _participation(row) if row is not None else None

    async def participations(self, user: str) -> list[Participation]:
        rows = await self.unit.read(
            _PARTICIPATION.where(ParticipantRow.user == user)
            .order_by(ParticipantRow.joined_at, ParticipantRow.id)
        )
        return [_participation(row) for row in rows]

    async def mark_finished(self, round_id: int, user: str, when: datetime | None) -> None:
        await self.unit.write(
            update(ParticipantRow)
            .where(ParticipantRow.round_id == round_id, ParticipantRow.user == user)
            .values(finished_at=when)
        )

    async def participants(self, round_id: int) -> list[Participation]:
        rows = await self.unit.read(
            _PARTICIPATION.where(ParticipantRow.round_id == round_id)
            .order_by(ParticipantRow.joined_at, ParticipantRow.id)
        )
        return [_participation(row) for row in rows]

    async def set_role(self, round_id: int, user: str, role: Role) -> None:
        await self.unit.write(
            update(ParticipantRow)
            .where(ParticipantRow.round_id == round_id, ParticipantRow.user == user)
            .values(role=role.value)
        )

    async def close(self, round_id: int, when: datetime | None) -> None:
        await self.unit.write(
            update(RoundRow).where(RoundRow.id == round_id).values(closed_at=when)
        )

    async def copy_unprotected(self, round_id: int, user: str, kind: str) -> None:
        self.unit.session.add(UnprotectedCopyRow(round_id=round_id, user=user, kind=kind,
                                                 at=utcnow()))
        self.unit.wrote = True
        await self.unit.session.flush()

    async def make_figures_only(self, round_id: int) -> None:
        await self.unit.write(
            update(RoundRow).where(RoundRow.id == round_id).values(figures_only=True)
        )

    async def publish(self, round_id: int, when: datetime | None) -> None:
        await self.unit.write(
            update(RoundRow).where(RoundRow.id == round_id).values(published_at=when)
        )

    async def invite(self, round_id: int, role: Role) -> Invite:
        now = utcnow()
        await self.unit.write(
            update(InviteRow)
            .where(InviteRow.round_id == round_id, InviteRow.role == role.value,
                   InviteRow.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        code = secrets.token_urlsafe(INVITE_BYTES)
        await self.unit.write(
            insert(InviteRow).values(code=code, round_id=round_id, role=role.value,
                                     created_at=now)
        )
        return Invite(code=code, round_id=round_id, role=role, created_at=now)

    async def current_invite(self, round_id: int, role: Role) -> Invite | None:
        row = (await self.unit.read(
            select(InviteRow).where(InviteRow.round_id == round_id,
                                    InviteRow.role == role.value,
                                    InviteRow.revoked_at.is_(None))
        )).first()
        return _invite(row) if row is not None else None

    async def by_invite(self, code: str) -> Invite | None:
        row = (await self.unit.read(
            select(InviteRow).where(InviteRow.code == code, InviteRow.revoked_at.is_(None))
        )).first()
        return _invite(row) if row is not None else None
