"""Votes in group sessions, apart from answers; notices to tell people once; and slow work
recorded before it is drawn."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update

from flows.engine.store import Job, Notice, VoteCount
from framework.scoring import Rating
from storage.answers import decode_rating, encode_rating
from storage.models import ConversationRow, JobRow, NoticeRow, PersonRow, VoteRow, utcnow
from storage.unit import Unit

_TABLE = VoteRow.__table__
_CAST: dict[str, Any] = {}
_MINE = select(VoteRow.value).where(
    VoteRow.session_id == bindparam("session"), VoteRow.item == bindparam("item"),
    VoteRow.voting == bindparam("voting"), VoteRow.voter == bindparam("voter"))
# read off the index ix_votes_count alone
_COUNTS = (
    select(VoteRow.session_id, VoteRow.item, VoteRow.voting, VoteRow.value, func.count())
    .group_by(VoteRow.session_id, VoteRow.item, VoteRow.voting, VoteRow.value)
)
_OF_SESSION = _COUNTS.where(VoteRow.session_id == bindparam("session"))
_OF_ROUND = _COUNTS.where(VoteRow.round_id == bindparam("round_id"))


def _cast(insert: Any) -> Any:
    statement = insert(_TABLE).values(
        session_id=bindparam("session"), round_id=bindparam("round_id"),
        item=bindparam("item"), voting=bindparam("voting"), voter=bindparam("voter"),
        value=bindparam("value"), seq=bindparam("seq"), updated_at=bindparam("at"))
    later = _TABLE.c.seq.is_(None) | statement.excluded.seq.is_(None) | (
        _TABLE.c.seq < statement.excluded.seq)
    return statement.on_conflict_do_update(
        index_elements=[_TABLE.c.session_id, _TABLE.c.item, _TABLE.c.voting, _TABLE.c.voter],
        set_={"value": statement.excluded.value, "seq": statement.excluded.seq,
              "updated_at": statement.excluded.updated_at},
        where=later,
    ).returning(_TABLE.c.value)


def _count(row: Any) -> VoteCount:
    session, item, voting, value, n = row
    return VoteCount(int(session), str(item), int(voting), decode_rating(value), int(n))


class SqlVotes:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def cast(self, session: int, round_id: int, item: str, voting: int, voter: str,
                   value: Rating, order: int | None = None) -> Rating:
        key = {"session": session, "item": item, "voting": voting, "voter": voter}
        stored = (await self.unit.write(self.unit.built(_CAST, _cast), {
            **key, "round_id": round_id, "value": encode_rating(value), "seq": order,
            "at": utcnow(),
        })).scalar()
        if stored is None:  # a later press of the same voter is stored: it stays
            stored = (await self.unit.read(_MINE, key)).scalar()
        return decode_rating(stored)

    async def mine(self, session: int, item: str, voting: int, voter: str) -> Rating:
        found = (await self.unit.read(_MINE, {"session": session, "item": item,
                                              "voting": voting, "voter": voter})).scalar()
        return decode_rating(found)

    async def counts(self, session: int) -> list[VoteCount]:
        return [_count(r) for r in await self.unit.read(_OF_SESSION, {"session": session})]

    async def of_round(self, round_id: int) -> list[VoteCount]:
        return [_count(r) for r in await self.unit.read(_OF_ROUND, {"round_id": round_id})]

    async def voted(self, user: str) -> dict[int, int]:
        found: list[Any] = list(await self.unit.read(
            select(VoteRow.round_id, func.count()).where(VoteRow.voter == user)
            .group_by(VoteRow.round_id)))
        return {int(round_id): int(n) for round_id, n in found}


class SqlNotices:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def add(self, user: str, round_id: int | None, kind: str,
                  detail: dict[str, Any]) -> None:
        self.unit.session.add(NoticeRow(user=user, round_id=round_id, kind=kind, detail=detail,
                                        created_at=utcnow()))
        self.unit.wrote = True
        await self.unit.session.flush()

    async def due(self) -> list[Notice]:
        # a person's private chat with the bot is where a conversation of theirs lives
        chat = (select(func.min(ConversationRow.chat))
                .where(ConversationRow.user == NoticeRow.user,
                       ~ConversationRow.chat.startswith("-"))
                .scalar_subquery())
        found = await self.unit.read(
            select(NoticeRow.id, NoticeRow.user, chat.label("chat"), NoticeRow.round_id,
                   NoticeRow.kind, NoticeRow.detail)
            .join(PersonRow, PersonRow.user == NoticeRow.user)
            .where(NoticeRow.sent_at.is_(None), PersonRow.consented_at.is_not(None))
            .order_by(NoticeRow.id))
        return [Notice(row.id, row.user, row.chat, row.round_id, row.kind, dict(row.detail))
                for row in found if row.chat is not None]

    async def claim(self, notice: int, when: datetime) -> Notice | None:
        row = (await self.unit.write(
            update(NoticeRow).where(NoticeRow.id == notice, NoticeRow.sent_at.is_(None))
            .values(sent_at=when)
            .returning(NoticeRow.id, NoticeRow.user, NoticeRow.round_id, NoticeRow.kind,
                       NoticeRow.detail))).first()
        if row is None:
            return None
        return Notice(row.id, row.user, "", row.round_id, row.kind, dict(row.detail))

    async def pending(self, user: str) -> int:
        count = await self.unit.session.scalar(
            select(func.count()).select_from(NoticeRow)
            .where(NoticeRow.user == user, NoticeRow.sent_at.is_(None)))
        return int(count or 0)


def _job(row: Any) -> Job:
    return Job(int(row.id), str(row.chat), str(row.user), str(row.kind), dict(row.detail))


class SqlJobs:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def add(self, chat: str, user: str, kind: str, detail: dict[str, Any],
                  order: int | None) -> int:
        if order is not None:
            found = await self.unit.session.scalar(select(JobRow.id).where(
                JobRow.chat == chat, JobRow.kind == kind, JobRow.seq == order))
            if found is not None:
                return int(found)
        row = JobRow(chat=chat, user=user, kind=kind, detail=detail, seq=order,
                     created_at=utcnow())
        self.unit.session.add(row)
        self.unit.wrote = True
        await self.unit.session.flush()
        return int(row.id)

    async def claim(self, job: int, owner: str, now: datetime, until: datetime) -> Job | None:
        free = (JobRow.claimed_until.is_(None) | (JobRow.claimed_until < now)
                | (JobRow.claimed_by == owner))
        row = (await self.unit.write(
            update(JobRow).where(JobRow.id == job, JobRow.done_at.is_(None), free)
            .values(claimed_by=owner, claimed_until=until)
            .returning(JobRow.id, JobRow.chat, JobRow.user, JobRow.kind, JobRow.detail)
        )).first()
        return _job(row) if row is not None else None

    async def done(self, job: int, owner: str, when: datetime) -> None:
        await self.unit.write(update(JobRow).where(JobRow.id == job, JobRow.claimed_by == owner)
                              .values(done_at=when))

    async def purge(self, done_before: datetime) -> None:
        await self.unit.write(delete(JobRow).where(JobRow.done_at < done_before))

    async def due(self, now: datetime) -> list[Job]:
        rows = await self.unit.read(
            select(JobRow.id, JobRow.chat, JobRow.user, JobRow.kind, JobRow.detail).where(
                JobRow.done_at.is_(None),
                JobRow.claimed_until.is_(None) | (JobRow.claimed_until < now))
            .order_by(JobRow.id))
        return [_job(row) for row in rows]
