"""A round's validation: its versions, the participants' flags, and the files kept of a
validated version (`flows.engine.store.validation`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update

from flows.engine.store.validation import (
    FLAG_COMMENT_MAX,
    INSTITUTION_MAX,
    SHARED_WITH_MAX,
    Flag,
    Sharing,
    State,
    Validation,
    Version,
)
from storage.models import FlagRow, VersionFileRow, VersionRow, utcnow
from storage.unit import Unit

_VERSIONS = cast(Table, VersionRow.__table__)
_FLAGS = cast(Table, FlagRow.__table__)
_FILES = cast(Table, VersionFileRow.__table__)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _version(row: Any) -> Version:
    return Version(
        round_id=int(row.round_id), version=int(row.version), state=State(row.state),
        review_opened_at=row.review_opened_at, review_ends=_day(row.review_ends),
        reminded=bool(row.reminded), institution=row.institution,
        validated_on=_day(row.validated_on), validated_at=row.validated_at,
        snapshot=row.snapshot, snapshot_hash=row.snapshot_hash, counted=row.counted,
        sharing=Sharing(row.sharing) if row.sharing else None, shared_with=row.shared_with,
        sharing_at=row.sharing_at, superseded_at=row.superseded_at,
    )


def _one_line(text: str | None, most: int) -> str | None:
    text = " ".join(text.split()) if text else None
    return text[:most] if text else None


class SqlValidations:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    def _key(self, round_id: int, version: int) -> Any:
        return (_VERSIONS.c.round_id == round_id) & (_VERSIONS.c.version == version)

    async def of_round(self, round_id: int) -> Validation:
        found = await self.unit.read(select(_VERSIONS).where(_VERSIONS.c.round_id == round_id)
                                     .order_by(_VERSIONS.c.version))
        return Validation(tuple(_version(row) for row in found))

    async def open_review(self, round_id: int, version: int, when: datetime,
                          ends: date | None) -> None:
        await self.unit.write(insert(_VERSIONS).values(
            round_id=round_id, version=version, state=State.REVIEW.value,
            review_opened_at=when, review_ends=ends.isoformat() if ends else None))

    async def back_to_draft(self, round_id: int, version: int) -> None:
        await self.unit.write(delete(_FLAGS).where(_FLAGS.c.round_id == round_id,
                                                   _FLAGS.c.version == version))
        await self.unit.write(delete(_VERSIONS).where(
            self._key(round_id, version), _VERSIONS.c.state == State.REVIEW.value))

    async def validate(self, round_id: int, version: int, institution: str, on: date,
                       when: datetime, snapshot: str, snapshot_hash: str,
                       counted: int) -> bool:
        done = await self.unit.write(
            update(_VERSIONS).where(self._key(round_id, version),
                                    _VERSIONS.c.state == State.REVIEW.value)
            .values(state=State.VALIDATED.value,
                    institution=_one_line(institution, INSTITUTION_MAX),
                    validated_on=on.isoformat(), validated_at=when, snapshot=snapshot,
                    snapshot_hash=snapshot_hash, counted=counted)
            .returning(_VERSIONS.c.version))
        return done.first() is not None

    async def set_sharing(self, round_id: int, version: int, sharing: Sharing,
                          shared_with: str | None, when: datetime) -> None:
        await self.unit.write(update(_VERSIONS).where(self._key(round_id, version)).values(
            sharing=sharing.value, shared_with=_one_line(shared_with, SHARED_WITH_MAX),
            sharing_at=when))

    async def supersede(self, round_id: int, version: int, when: datetime) -> None:
        await self.unit.write(update(_VERSIONS).where(
            self._key(round_id, version), _VERSIONS.c.superseded_at.is_(None))
            .values(superseded_at=when))

    async def claim_reminder(self, round_id: int, version: int) -> bool:
        done = await self.unit.write(
            update(_VERSIONS).where(self._key(round_id, version),
                                    _VERSIONS.c.reminded.is_(False))
            .values(reminded=True).returning(_VERSIONS.c.version))
        return done.first() is not None

    async def reviews_ending(self, on: date) -> list[Version]:
        found = await self.unit.read(select(_VERSIONS).where(
            _VERSIONS.c.state == State.REVIEW.value, _VERSIONS.c.review_ends.is_not(None),
            _VERSIONS.c.review_ends <= on.isoformat(), _VERSIONS.c.reminded.is_(False),
            _VERSIONS.c.superseded_at.is_(None)))
        return [_version(row) for row in found]

    async def flag(self, round_id: int, version: int, item: str, user: str,
                   comment: str | None) -> None:
        await self.unflag(round_id, version, item, user)
        await self.unit.write(insert(_FLAGS).values(
            round_id=round_id, version=version, item=item, user=user,
            comment=_one_line(comment, FLAG_COMMENT_MAX), at=utcnow()))

    async def unflag(self, round_id: int, version: int, item: str, user: str) -> None:
        await self.unit.write(delete(_FLAGS).where(
            _FLAGS.c.round_id == round_id, _FLAGS.c.version == version,
            _FLAGS.c.item == item, _FLAGS.c.user == user))

    async def flags(self, round_id: int, version: int) -> list[Flag]:
        found = await self.unit.read(select(_FLAGS.c.item, _FLAGS.c.comment).where(
            _FLAGS.c.round_id == round_id, _FLAGS.c.version == version)
            .order_by(_FLAGS.c.item, _FLAGS.c.id))
        return [Flag(str(row.item), row.comment) for row in found]

    async def my_flags(self, round_id: int, version: int, user: str) -> set[str]:
        found = await self.unit.read(select(_FLAGS.c.item).where(
            _FLAGS.c.round_id == round_id, _FLAGS.c.version == version,
            _FLAGS.c.user == user))
        return {str(row.item) for row in found}

    async def file(self, round_id: int, version: int, kind: str,
                   language: str) -> bytes | None:
        found = (await self.unit.read(select(_FILES.c.content).where(
            _FILES.c.round_id == round_id, _FILES.c.version == version,
            _FILES.c.kind == kind, _FILES.c.language == language))).first()
        return bytes(found.content) if found is not None else None

    async def keep_file(self, round_id: int, version: int, kind: str, language: str,
                        content: bytes) -> bytes:
        statement = self.unit.insert(_FILES).values(
            round_id=round_id, version=version, kind=kind, language=language,
            content=content, created_at=utcnow()).on_conflict_do_nothing()
        await self.unit.write(statement)
        kept = await self.file(round_id, version, kind, language)
        assert kept is not None
        return kept
