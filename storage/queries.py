"""Reads that span aggregates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    exists,
    func,
    select,
    tuple_,
    update,
)

from flows.engine.store import DueReminder
from storage.models import AnswerRow, ConversationRow, ParticipantRow, PersonRow
from storage.unit import Unit, rowcount


def _rated(complete: int) -> Any:
    """How many capabilities the participant has rated (a phase or don't know) in the round:
    one who rated all of them has finished, pressed Finish or not."""
    return (select(func.count()).select_from(AnswerRow)
            .where(AnswerRow.round_id == ParticipantRow.round_id,
                   AnswerRow.user == ParticipantRow.user, AnswerRow.value.is_not(None),
                   AnswerRow.item.startswith("cap:"))
            .scalar_subquery())


class SqlQueries:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def answer_count(self, user: str) -> int:
        count = await self.unit.session.scalar(
            select(func.count()).select_from(AnswerRow).where(AnswerRow.user == user)
        )
        return int(count or 0)

    async def raters_in_both(self, round_id: int, earlier: int) -> int:
        def raters(round_: int) -> Any:
            return select(AnswerRow.user).where(AnswerRow.round_id == round_,
                                                AnswerRow.value.is_not(None))
        count = await self.unit.session.scalar(
            select(func.count(func.distinct(AnswerRow.user))).where(
                AnswerRow.round_id == round_id, AnswerRow.value.is_not(None),
                AnswerRow.user.in_(raters(earlier))))
        return int(count or 0)

    async def due_reminders(self, idle_since: datetime, complete: int) -> list[DueReminder]:
        answered = exists().where(AnswerRow.round_id == ParticipantRow.round_id,
                                  AnswerRow.user == ParticipantRow.user)
        found = await self.unit.read(
            select(ConversationRow.chat, ParticipantRow.user, ParticipantRow.round_id)
            .join(ConversationRow, and_(ConversationRow.user == ParticipantRow.user,
                                        ConversationRow.round_id == ParticipantRow.round_id))
            .join(PersonRow, PersonRow.user == ParticipantRow.user)
            .where(ParticipantRow.finished_at.is_(None), ParticipantRow.reminded_at.is_(None),
                   PersonRow.reminders.is_(True), PersonRow.consented_at.is_not(None),
                   ~ConversationRow.chat.startswith("-"),  # a private chat, not a group
                   ConversationRow.updated_at < idle_since, answered,
                   _rated(complete) < complete)
            .order_by(ConversationRow.updated_at)
        )
        return [DueReminder(row.chat, row.user, row.round_id) for row in found]

    async def unfinished(self, round_id: int, complete: int) -> list[DueReminder]:
        found = await self.unit.read(
            select(func.min(ConversationRow.chat).label("chat"), ParticipantRow.user)
            .join(ConversationRow, ConversationRow.user == ParticipantRow.user)
            .join(PersonRow, PersonRow.user == ParticipantRow.user)
            .where(ParticipantRow.round_id == round_id, ParticipantRow.role == "participant",
                   ParticipantRow.finished_at.is_(None), PersonRow.reminders.is_(True),
                   PersonRow.consented_at.is_not(None), ~ConversationRow.chat.startswith("-"),
                   _rated(complete) < complete)
            .group_by(ParticipantRow.user)
            .order_by(ParticipantRow.user)
        )
        return [DueReminder(row.chat, row.user, round_id) for row in found]

    async def claim_reminder(self, due: DueReminder, when: datetime) -> bool:
        unclaimed: ColumnElement[bool] = ParticipantRow.reminded_at.is_(None)
        if due.again_after is not None:
            unclaimed = unclaimed | (ParticipantRow.reminded_at < due.again_after)
        result = await self.unit.write(
            update(ParticipantRow)
            .where(ParticipantRow.round_id == due.round_id, ParticipantRow.user == due.user,
                   unclaimed)
            .values(reminded_at=when)
        )
        return rowcount(result) == 1

    async def set_reminders(self, user: str, on: bool) -> None:
        await self.unit.write(update(PersonRow).where(PersonRow.user == user)
                              .values(reminders=on))

    async def reminders_on(self, user: str) -> bool:
        found = await self.unit.session.scalar(
            select(PersonRow.reminders).where(PersonRow.user == user))
        return bool(found) if found is not None else False

    async def idle_in(self, states: list[tuple[str, str]], before: datetime
                      ) -> list[tuple[str, str]]:
        if not states:
            return []
        found = await self.unit.read(
            select(ConversationRow.chat, ConversationRow.user).where(
                tuple_(ConversationRow.flow, ConversationRow.state).in_(states),
                ConversationRow.updated_at < before,
                ~ConversationRow.chat.startswith("-")))
        return [(str(row.chat), str(row.user)) for row in found]
