"""Answers: one per (round, person, item), written as upserts so repeats never count twice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, case, delete, exists, func, select, update

from flows.engine.store import Answer, Source, Tally, Turnout
from framework.scoring import DONT_KNOW, Rating, is_phase
from storage.models import AnswerRow, ParticipantRow, utcnow
from storage.unit import Unit


def encode_rating(value: Rating) -> str | None:
    if value is None:
        return None
    if value == DONT_KNOW:
        return DONT_KNOW
    if is_phase(value):
        return str(value)
    raise ValueError(f"{value!r} is not a rating")


def decode_rating(value: str | None) -> Rating:
    if value is None:
        return None
    if value == DONT_KNOW:
        return DONT_KNOW
    return int(value)


_COLUMNS = (
    AnswerRow.round_id, AnswerRow.user, AnswerRow.item, AnswerRow.value, AnswerRow.note,
    AnswerRow.source, AnswerRow.updated_at,
)
# Built once: building a statement per call costs more CPU than running it.
_KEY = (
    AnswerRow.round_id == bindparam("round_id"),
    AnswerRow.user == bindparam("user"),
    AnswerRow.item == bindparam("item"),
)
_ONE = select(*_COLUMNS).where(*_KEY)
_OF_ROUND = select(*_COLUMNS).where(AnswerRow.round_id == bindparam("round_id")).order_by(
    AnswerRow.id
)
_OF_PERSON = _OF_ROUND.where(AnswerRow.user == bindparam("user"))
# Counted off the index ix_answers_tally in its own order: no join, no sort, whatever the
# round's size (bench/results.py).
_TALLY = (
    select(AnswerRow.item, AnswerRow.sector, AnswerRow.value, func.count())
    .where(AnswerRow.round_id == bindparam("round_id"), AnswerRow.sector.is_not(None))
    .group_by(AnswerRow.item, AnswerRow.sector, AnswerRow.value)
)
_RATED = exists().where(
    AnswerRow.round_id == ParticipantRow.round_id, AnswerRow.user == ParticipantRow.user,
    AnswerRow.value.is_not(None),
)
_TURNOUT = (
    select(ParticipantRow.sector, func.count(), func.sum(case((_RATED, 1), else_=0)))
    .where(ParticipantRow.round_id == bindparam("round_id"))
    .group_by(ParticipantRow.sector)
)
_SECTOR = (
    select(ParticipantRow.sector)
    .where(ParticipantRow.round_id == bindparam("round_id"),
           ParticipantRow.user == bindparam("user"))
    .scalar_subquery()
)
_TABLE = AnswerRow.__table__
_RATE: dict[str, Any] = {}
_NOTE: dict[str, Any] = {}


def _upsert(insert: Any, changes: tuple[str, ...]) -> Any:
    """Insert a person's answer, or on (round, user, item) change only `changes` (a rating
    keeps the note, a note keeps the rating)."""
    fields = ("value", "note", "source", "updated_at")
    statement = insert(_TABLE).values(
        round_id=bindparam("round_id"), user=bindparam("user"), item=bindparam("item"),
        sector=_SECTOR, **{f: bindparam(f"v_{f}") for f in fields})
    return statement.on_conflict_do_update(
        index_elements=[_TABLE.c.round_id, _TABLE.c.user, _TABLE.c.item],
        set_={f: bindparam(f"v_{f}") for f in (*changes, "updated_at")},
    ).returning(*(_TABLE.c[c.key] for c in _COLUMNS))


def answer_of(row: Any) -> Answer:
    return Answer(
        round_id=row.round_id,
        user=row.user,
        item=row.item,
        value=decode_rating(row.value),
        note=row.note,
        source=Source(row.source),
        updated_at=row.updated_at,
    )


class SqlAnswers:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def _upsert(self, statement: Any, round_id: int, user: str, item: str,
                      changes: dict[str, Any]) -> Answer:
        params = {"round_id": round_id, "user": user, "item": item, "v_value": None,
                  "v_note": None, "v_updated_at": utcnow(),
                  **{f"v_{key}": value for key, value in changes.items()}}
        return answer_of((await self.unit.write(statement, params)).one())

    async def rate(
        self, round_id: int, user: str, item: str, value: Rating, source: Source
    ) -> Answer:
        statement = self.unit.built(_RATE, lambda insert: _upsert(insert, ("value", "source")))
        return await self._upsert(statement, round_id, user, item,
                                  {"value": encode_rating(value), "source": source.value})

    async def note(
        self, round_id: int, user: str, item: str, note: str, source: Source
    ) -> Answer:
        statement = self.unit.built(_NOTE, lambda insert: _upsert(insert, ("note", "source")))
        return await self._upsert(statement, round_id, user, item,
                                  {"note": note, "source": source.value})

    async def clear_note(self, round_id: int, user: str, item: str) -> None:
        where = (AnswerRow.round_id == round_id, AnswerRow.user == user, AnswerRow.item == item)
        await self.unit.write(delete(AnswerRow).where(*where, AnswerRow.value.is_(None)))
        await self.unit.write(update(AnswerRow).where(*where).values(note=None))

    async def get(self, round_id: int, user: str, item: str) -> Answer | None:
        row = (await self.unit.read(
            _ONE, {"round_id": round_id, "user": user, "item": item}
        )).first()
        return answer_of(row) if row is not None else None

    async def of_round(self, round_id: int, user: str | None = None) -> list[Answer]:
        if user is None:
            rows = await self.unit.read(_OF_ROUND, {"round_id": round_id})
        else:
            rows = await self.unit.read(_OF_PERSON, {"round_id": round_id, "user": user})
        return [answer_of(row) for row in rows]

    async def tally(self, round_id: int) -> tuple[list[Tally], list[Turnout]]:
        params = {"round_id": round_id}
        counted: list[Any] = list(await self.unit.read(_TALLY, params))
        tallies = [Tally(item, sector, decode_rating(value), n)
                   for item, sector, value, n in counted]
        people: list[Any] = list(await self.unit.read(_TURNOUT, params))
        turnout = [Turnout(sector, joined, answered) for sector, joined, answered in people]
        return tallies, turnout
