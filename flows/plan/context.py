"""The action plan's context (what a chat is in the middle of), its moves, and what its screens
are drawn from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel

from flows.engine.declare import Trigger
from flows.engine.store import Round
from flows.engine.store.plans import Agency, PlanAction, Settings, Target
from flows.engine.turn import Turn
from framework.model import Framework

NAME = "plan"


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


class PlanContext(BaseModel):
    page: int = 0  # the domain the plan screen shows, from 0
    # an action being added: the capability it serves and what was picked so far
    capability: int | None = None
    step: str | None = None
    text: str | None = None
    lead: str | None = None
    due: str | None = None
    # the action on screen, and its version when it was drawn (a change names it)
    action: int | None = None
    seen: int | None = None
    target_phase: int | None = None  # a target being set: its phase, then its quarter


T = Turn[PlanContext]


def clear_adding(turn: T) -> None:
    turn.ctx = PlanContext(page=turn.ctx.page)


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


@dataclass(frozen=True)
class TargetsData:
    fw: Framework
    round: Round
    targets: tuple[Target, ...]
    settings: Settings
    today: date
    capability: int | None  # the one being set
    phase: int | None
