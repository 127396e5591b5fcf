"""A round's action plan: settings, targets per capability, agencies, and actions with their
history and comments.

An action is edited from several chats at once: every change and delete compares and sets its
`version` in the statement that writes (`WHERE id = :id AND version = :seen`), so that a change
made on an outdated screen matches no row and changes nothing. Each add, change and delete
writes one line of the action's history, in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update

from flows.engine.store.plans import (
    AGENCY_MAX,
    COST_NOTE_MAX,
    EDITABLE,
    INDICATOR_MAX,
    TEXT_MAX,
    Agency,
    Change,
    Comment,
    Cost,
    NewAction,
    PlanAction,
    Settings,
    Status,
    Target,
)
from storage.models import (
    PlanActionRow,
    PlanAgencyRow,
    PlanCommentRow,
    PlanHistoryRow,
    PlanSettingsRow,
    PlanTargetRow,
    utcnow,
)
from storage.unit import Unit

FIRST_VERSION = 1
QUARTER = re.compile(r"\d{4}Q[1-4]")
PARTY = re.compile(r"(agency|sector):[^\s:]+")  # who leads or supports an action
PARTY_MAX = 64
STEP_MAX = 64

_ACTIONS = cast(Table, PlanActionRow.__table__)
_SETTINGS = cast(Table, PlanSettingsRow.__table__)
_TARGETS = cast(Table, PlanTargetRow.__table__)
_AGENCIES = cast(Table, PlanAgencyRow.__table__)
_HISTORY = cast(Table, PlanHistoryRow.__table__)
_COMMENTS = cast(Table, PlanCommentRow.__table__)

# Built once: the plan's screens read these on every tap.
_ACTION_COLUMNS = tuple(c for c in _ACTIONS.c if c.key != "created_by")
_ACTION = select(*_ACTION_COLUMNS).where(_ACTIONS.c.id == bindparam("id"))
_ACTIONS_OF = (
    select(*_ACTION_COLUMNS)
    .where(_ACTIONS.c.round_id == bindparam("round_id"), _ACTIONS.c.deleted_at.is_(None))
    .order_by(_ACTIONS.c.id)
)
_ADD = insert(_ACTIONS).values(
    round_id=bindparam("round_id"), capability=bindparam("capability"),
    version=FIRST_VERSION, text=bindparam("text"), step=bindparam("step"),
    lead=bindparam("lead"), supporting=bindparam("supporting"), related=bindparam("related"),
    due=bindparam("due"), indicator=bindparam("indicator"), cost=bindparam("cost"),
    status=bindparam("status"), status_at=bindparam("at"), created_by=bindparam("user"),
    created_at=bindparam("at"),
).returning(*_ACTION_COLUMNS)
# The compare and set: only the version that was seen, and only an action not deleted.
_SEEN = (
    _ACTIONS.c.id == bindparam("k_id"), _ACTIONS.c.version == bindparam("k_seen"),
    _ACTIONS.c.deleted_at.is_(None),
)
_CHANGES: dict[tuple[str, ...], Any] = {}  # per set of fields changed, built when first used
_DELETE = (
    update(_ACTIONS).where(*_SEEN)
    .values(deleted_at=bindparam("v_at"), version=_ACTIONS.c.version + 1)
    .returning(_ACTIONS.c.id)
)
_NOTE = insert(_HISTORY).values(
    action_id=bindparam("action_id"), at=bindparam("at"), user=bindparam("user"),
    kind=bindparam("kind"), fields=bindparam("fields"))
_HISTORY_OF = (
    select(_HISTORY.c.action_id, _HISTORY.c.at, _HISTORY.c.kind, _HISTORY.c.fields)
    .where(_HISTORY.c.action_id == bindparam("action_id"))
    .order_by(_HISTORY.c.id)
)
_COMMENT_COLUMNS = (_COMMENTS.c.id, _COMMENTS.c.action_id, _COMMENTS.c.user,
                    _COMMENTS.c.text, _COMMENTS.c.at)
_COMMENT = insert(_COMMENTS).values(
    action_id=bindparam("action_id"), user=bindparam("user"), text=bindparam("text"),
    at=bindparam("at"),
).returning(*_COMMENT_COLUMNS)
_COMMENTS_ON = (
    select(*_COMMENT_COLUMNS).where(_COMMENTS.c.action_id == bindparam("action_id"))
    .order_by(_COMMENTS.c.id)
)
_COMMENTS_BY = (
    select(*_COMMENT_COLUMNS).where(_COMMENTS.c.user == bindparam("user"))
    .order_by(_COMMENTS.c.id)
)
_SETTINGS_OF = select(_SETTINGS).where(_SETTINGS.c.round_id == bindparam("round_id"))
_SETTING_FIELDS = ("fiscal_start", "cost_note", "shown_at", "reminders")
_SAVE_SETTINGS: dict[str, Any] = {}
_NOT_REMINDED = (_SETTINGS.c.reminders.is_(True),
                 (_SETTINGS.c.reminded_month.is_(None))
                 | (_SETTINGS.c.reminded_month != bindparam("month")))
_REMINDERS_DUE = select(_SETTINGS.c.round_id).where(*_NOT_REMINDED).order_by(
    _SETTINGS.c.round_id)
_CLAIM_REMINDER = (
    update(_SETTINGS).where(_SETTINGS.c.round_id == bindparam("k_round"), *_NOT_REMINDED)
    .values(reminded_month=bindparam("month")).returning(_SETTINGS.c.round_id)
)
_TARGETS_OF = (
    select(_TARGETS.c.round_id, _TARGETS.c.capability, _TARGETS.c.phase, _TARGETS.c.quarter)
    .where(_TARGETS.c.round_id == bindparam("round_id"))
    .order_by(_TARGETS.c.capability)
)
_TARGET_KEY = (_TARGETS.c.round_id == bindparam("round_id"),
               _TARGETS.c.capability == bindparam("capability"))
_SET_TARGET: dict[str, Any] = {}
_AGENCY_COLUMNS = (_AGENCIES.c.id, _AGENCIES.c.round_id, _AGENCIES.c.name)
_AGENCIES_OF = (
    select(*_AGENCY_COLUMNS).where(_AGENCIES.c.round_id == bindparam("round_id"))
    .order_by(_AGENCIES.c.id)
)
_AGENCY_NAMED = select(*_AGENCY_COLUMNS).where(
    _AGENCIES.c.round_id == bindparam("round_id"), _AGENCIES.c.folded == bindparam("folded"))
_ADD_AGENCY: dict[str, Any] = {}


def _save_settings(insert: Any) -> Any:
    statement = insert(_SETTINGS).values(
        round_id=bindparam("round_id"), **{f: bindparam(f"v_{f}") for f in _SETTING_FIELDS})
    return statement.on_conflict_do_update(
        index_elements=[_SETTINGS.c.round_id],
        set_={f: statement.excluded[f] for f in _SETTING_FIELDS})


def _set_target(insert: Any) -> Any:
    fields = ("phase", "quarter", "set_by", "updated_at")
    statement = insert(_TARGETS).values(
        round_id=bindparam("round_id"), capability=bindparam("capability"),
        **{f: bindparam(f"v_{f}") for f in fields})
    return statement.on_conflict_do_update(
        index_elements=[_TARGETS.c.round_id, _TARGETS.c.capability],
        set_={f: statement.excluded[f] for f in fields})


def _add_agency(insert: Any) -> Any:
    return (
        insert(_AGENCIES)
        .values(round_id=bindparam("round_id"), name=bindparam("name"),
                folded=bindparam("folded"), created_by=bindparam("user"),
                created_at=bindparam("at"))
        .on_conflict_do_nothing(index_elements=[_AGENCIES.c.round_id, _AGENCIES.c.folded])
        .returning(*_AGENCY_COLUMNS)
    )


def _change(fields: tuple[str, ...]) -> Any:
    """The compare and set that writes these fields (and stamps a status change)."""
    if fields not in _CHANGES:
        values: dict[str, Any] = {f: bindparam(f"v_{f}") for f in fields}
        if "status" in fields:
            values["status_at"] = bindparam("v_at")
        _CHANGES[fields] = (
            update(_ACTIONS).where(*_SEEN)
            .values(version=_ACTIONS.c.version + 1, **values)
            .returning(*_ACTION_COLUMNS)
        )
    return _CHANGES[fields]


def folded(name: str) -> str:
    """An agency's name as compared: without case, and with its spaces collapsed."""
    return " ".join(name.split()).casefold()


def _text(field: str, value: Any, limit: int, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ValueError(f"{field}: a text of 1 to {limit} characters, not {value!r}")
    return value


def _quarter(field: str, value: Any, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not QUARTER.fullmatch(value):
        raise ValueError(f"{field}: a quarter such as 2027Q2, not {value!r}")
    return value


def _party(field: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > PARTY_MAX or not PARTY.fullmatch(value):
        raise ValueError(f"{field}: 'agency:<id>' or 'sector:<code>', not {value!r}")
    return value


def _parties(field: str, value: Iterable[Any]) -> list[str]:
    if isinstance(value, str):
        raise ValueError(f"{field}: a sequence of parties, not a string")
    return [_party(field, v) for v in value]


def _capabilities(value: Iterable[Any]) -> list[int]:
    listed = [] if isinstance(value, str) else list(value)
    if isinstance(value, str) or not all(type(v) is int for v in listed):
        raise ValueError(f"related: capability numbers, not {value!r}")
    return listed


def _encode(field: str, value: Any) -> Any:
    """An editable field's value as stored (and as the history records it: JSON-safe)."""
    if field == "text":
        return _text(field, value, TEXT_MAX)
    if field == "step":
        return _text(field, value, STEP_MAX)
    if field == "indicator":
        return _text(field, value, INDICATOR_MAX)
    if field == "lead":
        return _party(field, value)
    if field == "supporting":
        return _parties(field, value)
    if field == "related":
        return _capabilities(value)
    if field == "due":
        return _quarter(field, value, optional=False)
    if field == "cost":
        return None if value is None else Cost(value).value
    if field == "status":
        return Status(value).value
    raise ValueError(f"{field!r} is not one of {EDITABLE}")


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def action_of(row: Any) -> PlanAction:
    return PlanAction(
        id=row.id,
        round_id=row.round_id,
        capability=row.capability,
        version=row.version,
        lead=row.lead,
        due=row.due,
        status=Status(row.status),
        status_at=row.status_at,
        text=row.text,
        step=row.step,
        related=tuple(int(c) for c in row.related or ()),
        supporting=tuple(str(p) for p in row.supporting or ()),
        indicator=row.indicator,
        cost=Cost(row.cost) if row.cost is not None else None,
        created_at=row.created_at,
        deleted_at=row.deleted_at,
    )


def _comment(row: Any) -> Comment:
    return Comment(id=row.id, action_id=row.action_id, user=row.user, text=row.text,
                   at=row.at)


class SqlPlans:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def settings(self, round_id: int) -> Settings:
        row = (await self.unit.read(_SETTINGS_OF, {"round_id": round_id})).first()
        if row is None:
            return Settings(round_id)
        return Settings(round_id=round_id, fiscal_start=row.fiscal_start,
                        cost_note=row.cost_note, shown_at=row.shown_at,
                        reminders=bool(row.reminders))

    async def save_settings(self, settings: Settings) -> None:
        if not 1 <= settings.fiscal_start <= 12:
            raise ValueError(f"fiscal_start: a month, not {settings.fiscal_start!r}")
        _text("cost_note", settings.cost_note, COST_NOTE_MAX)
        await self.unit.write(self.unit.built(_SAVE_SETTINGS, _save_settings), {
            "round_id": settings.round_id, "v_fiscal_start": settings.fiscal_start,
            "v_cost_note": settings.cost_note, "v_shown_at": settings.shown_at,
            "v_reminders": settings.reminders,
        })

    async def reminders_due(self, month: str) -> list[int]:
        return [row.round_id for row in await self.unit.read(_REMINDERS_DUE, {"month": month})]

    async def claim_reminder(self, round_id: int, month: str) -> bool:
        found = await self.unit.write(_CLAIM_REMINDER, {"k_round": round_id, "month": month})
        return found.first() is not None

    async def targets(self, round_id: int) -> list[Target]:
        rows = await self.unit.read(_TARGETS_OF, {"round_id": round_id})
        return [Target(row.round_id, row.capability, row.phase, row.quarter) for row in rows]

    async def set_target(self, round_id: int, capability: int, phase: int | None,
                         quarter: str | None, user: str) -> None:
        key = {"round_id": round_id, "capability": capability}
        if phase is None:
            await self.unit.write(delete(_TARGETS).where(*_TARGET_KEY), key)
            return
        if phase not in (1, 2, 3, 4):
            raise ValueError(f"phase: 1 to 4, not {phase!r}")
        await self.unit.write(self.unit.built(_SET_TARGET, _set_target), {
            **key, "v_phase": phase, "v_quarter": _quarter("quarter", quarter, optional=True),
            "v_set_by": user, "v_updated_at": utcnow(),
        })

    async def agencies(self, round_id: int) -> list[Agency]:
        rows = await self.unit.read(_AGENCIES_OF, {"round_id": round_id})
        return [Agency(row.id, row.round_id, row.name) for row in rows]

    async def add_agency(self, round_id: int, name: str, user: str) -> Agency:
        name = " ".join(name.split())
        _text("name", name, AGENCY_MAX, optional=False)
        key = {"round_id": round_id, "folded": folded(name)}
        row = (await self.unit.read(_AGENCY_NAMED, key)).first()
        if row is None:
            row = (await self.unit.write(self.unit.built(_ADD_AGENCY, _add_agency), {
                **key, "name": name, "user": user, "at": utcnow()})).first()
        if row is None:  # added meanwhile by another transaction: that one
            row = (await self.unit.read(_AGENCY_NAMED, key)).one()
        return Agency(row.id, row.round_id, row.name)

    async def actions(self, round_id: int) -> list[PlanAction]:
        rows = await self.unit.read(_ACTIONS_OF, {"round_id": round_id})
        return [action_of(row) for row in rows]

    async def action(self, action_id: int) -> PlanAction | None:
        row = (await self.unit.read(_ACTION, {"id": action_id})).first()
        return action_of(row) if row is not None else None

    async def add(self, round_id: int, new: NewAction, user: str) -> PlanAction:
        if new.text is None and new.step is None:
            raise ValueError("an action is a typed text or one of the capability's steps")
        fields: dict[str, Any] = {
            "capability": new.capability,
            **{f: _encode(f, getattr(new, f))
               for f in ("text", "step", "lead", "supporting", "related", "due", "indicator",
                         "cost")},
            "status": Status.PLANNED.value,
        }
        now = utcnow()
        row = (await self.unit.write(_ADD, {
            **fields, "round_id": round_id, "user": user, "at": now})).one()
        await self._note(row.id, user, "added",
                         {k: v for k, v in fields.items() if v is not None and v != []}, now)
        return action_of(row)

    async def change(self, action_id: int, seen: int, user: str,
                     changes: dict[str, Any]) -> PlanAction | None:
        unknown = set(changes) - set(EDITABLE)
        if unknown or not changes:
            raise ValueError(f"changes must set some of {EDITABLE}, not {sorted(changes)}")
        values = {field: _encode(field, value) for field, value in changes.items()}
        fields = tuple(sorted(values))
        now = utcnow()
        row = (await self.unit.write(_change(fields), {
            "k_id": action_id, "k_seen": seen, "v_at": now,
            **{f"v_{f}": v for f, v in values.items()}})).first()
        if row is None:
            return None
        await self._note(action_id, user, "changed", values, now)
        return action_of(row)

    async def delete(self, action_id: int, seen: int, user: str) -> bool:
        now = utcnow()
        row = (await self.unit.write(_DELETE, {
            "k_id": action_id, "k_seen": seen, "v_at": now})).first()
        if row is None:
            return False
        await self._note(action_id, user, "deleted", {}, now)
        return True

    async def _note(self, action_id: int, user: str, kind: str, fields: dict[str, Any],
                    at: datetime) -> None:
        await self.unit.write(_NOTE, {
            "action_id": action_id, "at": at, "user": user, "kind": kind,
            "fields": {k: _plain(v) for k, v in fields.items()}})

    async def history(self, action_id: int) -> list[Change]:
        rows = await self.unit.read(_HISTORY_OF, {"action_id": action_id})
        return [Change(row.action_id, row.at, row.kind, dict(row.fields or {}))
                for row in rows]

    async def comment(self, action_id: int, user: str, text: str) -> Comment:
        _text("text", text, TEXT_MAX, optional=False)
        row = (await self.unit.write(_COMMENT, {
            "action_id": action_id, "user": user, "text": text, "at": utcnow()})).one()
        return _comment(row)

    async def comments(self, action_id: int) -> list[Comment]:
        return [_comment(row)
                for row in await self.unit.read(_COMMENTS_ON, {"action_id": action_id})]

    async def comments_of(self, user: str) -> list[Comment]:
        return [_comment(row) for row in await self.unit.read(_COMMENTS_BY, {"user": user})]
