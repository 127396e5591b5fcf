"""A round's action plan as the flows see it: targets per capability, the round's agencies, and
actions with their history and comments (storage/plans.py keeps them).

An action is edited by several people from their own chats: each has a `version`, and a change
names the version it was made on (`seen`); one made on an outdated screen changes nothing and
gets None, so the person sees the current action instead (compare and set, as conversations and
cards are saved).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

TEXT_MAX = 300  # an action's typed text, a comment
AGENCY_MAX = 80
INDICATOR_MAX = 150
COST_NOTE_MAX = 200


class Status(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    DONE = "done"
    DROPPED = "dropped"


class Cost(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


# The fields of an action a change may set (`Plans.change`), with what each holds.
EDITABLE = ("text", "step", "lead", "supporting", "due", "indicator", "cost", "related",
            "status")


@dataclass(frozen=True)
class Target:
    round_id: int
    capability: int
    phase: int  # 1-4
    quarter: str | None  # "2027Q2", in the round's fiscal year (see Settings)


@dataclass(frozen=True)
class Agency:
    id: int
    round_id: int
    name: str


@dataclass(frozen=True)
class Settings:
    """A round's plan settings."""

    round_id: int
    fiscal_start: int = 1  # the month its fiscal year starts (1: calendar quarters)
    cost_note: str | None = None  # what low, medium and high mean, in one line
    shown_at: datetime | None = None  # participants see the plan from then on
    reminders: bool = False  # a monthly list of overdue actions to the facilitators


@dataclass(frozen=True)
class NewAction:
    capability: int  # the one capability it serves
    lead: str  # "agency:<id>" or "sector:<code>"
    due: str  # "2027Q2"
    text: str | None = None  # typed (up to TEXT_MAX), or
    step: str | None = None  # the id of one of the capability's next steps (translated)
    related: tuple[int, ...] = ()  # other capabilities it helps (listed, never counted)
    supporting: tuple[str, ...] = ()  # as `lead`
    indicator: str | None = None
    cost: Cost | None = None


@dataclass(frozen=True)
class PlanAction:
    id: int
    round_id: int
    capability: int
    version: int
    lead: str
    due: str
    status: Status
    status_at: datetime
    text: str | None = None
    step: str | None = None
    related: tuple[int, ...] = ()
    supporting: tuple[str, ...] = ()
    indicator: str | None = None
    cost: Cost | None = None
    created_at: datetime | None = None
    deleted_at: datetime | None = None  # deleted: kept for the history, shown nowhere else


@dataclass(frozen=True)
class Change:
    """One line of an action's history: what was set, when (who is not kept past /forget)."""

    action_id: int
    at: datetime
    kind: str  # "added", "changed", "deleted"
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Comment:
    id: int
    action_id: int
    user: str
    text: str
    at: datetime


class Plans(Protocol):
    async def settings(self, round_id: int) -> Settings: ...

    async def save_settings(self, settings: Settings) -> None: ...

    async def reminders_due(self, month: str) -> list[int]:
        """Rounds whose monthly reminder is on and not yet sent in `month` ("2027-03")."""
        ...

    async def claim_reminder(self, round_id: int, month: str) -> bool:
        """Mark the round's reminder sent for `month`, if no other process did: only the
        caller that gets True sends it."""
        ...

    async def targets(self, round_id: int) -> list[Target]: ...

    async def set_target(self, round_id: int, capability: int, phase: int | None,
                         quarter: str | None, user: str) -> None:
        """Set (or, with phase None, remove) a capability's target."""
        ...

    async def agencies(self, round_id: int) -> list[Agency]: ...

    async def add_agency(self, round_id: int, name: str, user: str) -> Agency:
        """The round's agency of that name (compared without case), added if new."""
        ...

    async def actions(self, round_id: int) -> list[PlanAction]:
        """The round's actions, deleted ones left out, in the order they were added."""
        ...

    async def action(self, action_id: int) -> PlanAction | None:
        """One action, deleted or not."""
        ...

    async def add(self, round_id: int, new: NewAction, user: str) -> PlanAction: ...

    async def change(self, action_id: int, seen: int, user: str,
                     changes: dict[str, Any]) -> PlanAction | None:
        """Set `changes` (keys of EDITABLE) if the action is still at version `seen` and not
        deleted; a status change stamps `status_at`. None when another change came first."""
        ...

    async def delete(self, action_id: int, seen: int, user: str) -> bool:
        """Mark it deleted (kept in the history) if still at version `seen`."""
        ...

    async def history(self, action_id: int) -> list[Change]: ...

    async def comment(self, action_id: int, user: str, text: str) -> Comment: ...

    async def comments(self, action_id: int) -> list[Comment]: ...

    async def comments_of(self, user: str) -> list[Comment]:
        """A person's comments, for /mydata."""
        ...
