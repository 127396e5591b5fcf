"""The action plan's context (what a chat is in the middle of), its moves, and what its screens
are drawn from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from flows.engine.declare import Trigger
from flows.engine.records import Seen
from flows.engine.store import Round
from flows.engine.store.plans import Agency, Comment, PlanAction, Settings, Target
from flows.engine.turn import Turn
from framework.model import Framework

NAME = "plan"
# The plan screen's pages: a domain's actions, in parts when they do not fit one screen; page
# number = the domain's index × PARTS + the part's.
PARTS = 20


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    begin = Trigger("begin")
    page = Trigger("page")
    show = Trigger("show")
    adding = Trigger("adding")
    step = Trigger("step")
    lead = Trigger("lead")
    due = Trigger("due")
    review = Trigger("review")
    saved = Trigger("saved")
    changed = Trigger("changed")
    ask_delete = Trigger("ask_delete")
    back = Trigger("back")
    targets = Trigger("targets")
    target = Trigger("target")
    target_due = Trigger("target_due")
    edit = Trigger("edit")
    field = Trigger("field")  # with the field's name: its editor
    toggled = Trigger("toggled")
    filter = Trigger("filter")
    settings = Trigger("settings")
    fiscal = Trigger("fiscal")
    cost_note = Trigger("cost_note")
    carry = Trigger("carry")
    comment = Trigger("comment")
    hold_comment = Trigger("hold_comment")
    comments = Trigger("comments")


class PlanContext(BaseModel):
    page: int = 0  # the plan screen's page (PARTS)
    only: str = "all"  # which actions it lists (actions.FILTERS)
    # an action being added: the capability it serves and what was picked so far
    capability: int | None = None
    step: str | None = None
    text: str | None = None
    lead: str | None = None
    due: str | None = None
    # the action on screen, its version when drawn (a change names it), and a change of this
    # person's made on an outdated screen, kept to apply again
    shown: Seen = Field(default_factory=Seen)
    target_phase: int | None = None  # a target being set: its phase, then its quarter
    pending: str | None = None  # a comment held until the person says to save it


T = Turn[PlanContext]


def clear_adding(turn: T) -> None:
    turn.ctx = PlanContext(page=turn.ctx.page, only=turn.ctx.only)


def drop_pending(turn: T) -> None:
    turn.ctx.pending = None


def editor(turn: T, name: str) -> bool:
    return turn.state == f"edit_{name}"


@dataclass(frozen=True)
class PlanData:
    fw: Framework
    round: Round
    page: int
    actions: tuple[PlanAction, ...]  # the round's, all domains (the screen picks its page)
    agencies: tuple[Agency, ...]
    targets: tuple[Target, ...]
    settings: Settings
    today: date
    edits: bool = True  # a facilitator's; else a participant's, who reads and comments
    only: str = "all"


@dataclass(frozen=True)
class AddingData:
    fw: Framework
    round: Round
    capability: int
    step: str | None
    text: str | None
    lead: str | None
    due: str | None
    agencies: tuple[Agency, ...]
    settings: Settings
    today: date
    current: int | None  # the capability's phase now (the round's median), None: too few
    target: Target | None = None


@dataclass(frozen=True)
class ActionData:
    fw: Framework
    round: Round
    action: PlanAction
    agencies: tuple[Agency, ...]
    settings: Settings
    today: date
    target: Target | None = None
    current: int | None = None  # the capability's phase now (None: too few ratings)
    edits: bool = True
    kept: dict[str, Any] | None = None  # this person's change not made: someone came first
    comments: int = 0


@dataclass(frozen=True)
class CapabilitiesData:
    fw: Framework
    round: Round
    current: dict[int, float | None]  # by capability id: its phase now (None: too few)
    targets: dict[int, Target]
    actions: dict[int, int]  # by capability id: how many actions serve it


@dataclass(frozen=True)
class CommentsData:
    fw: Framework
    round: Round
    action: PlanAction
    comments: tuple[Comment, ...]


@dataclass(frozen=True)
class CarryData:
    fw: Framework
    round: Round
    offered: tuple[tuple[Round, int], ...]  # earlier rounds, and their open actions


@dataclass(frozen=True)
class TargetsData:
    fw: Framework
    round: Round
    targets: tuple[Target, ...]
    settings: Settings
    today: date
    capability: int | None  # the one being set
    phase: int | None
