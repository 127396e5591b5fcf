"""How the plan's values are written on its screens and in its documents: statuses, quarters,
leads, targets, an action's words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from flows.engine.store.plans import Agency, Cost, PlanAction, Status, Target
from flows.engine.translator import Translator
from flows.kit.texts import (
    assessment_name,
    bold,
    sector_label,
)
from flows.plan import quarters
from flows.plan.context import (
    ActionData,
    AddingData,
    CapabilitiesData,
    CommentsData,
    PlanData,
    TargetsData,
)
from framework.model import Capability, Framework, NextStep

CLIPPED = 90  # characters of an action's words on the plan screen


STEPS_OFFERED = 4  # next steps offered when an action is added


def status_label(t: Translator, status: Status) -> str:
    return {
        Status.PLANNED: t.gettext("Planned"),
        Status.STARTED: t.gettext("Started"),
        Status.DONE: t.gettext("Done"),
        Status.DROPPED: t.gettext("Dropped"),
    }[status]


def quarter_label(t: Translator, quarter: str) -> str:
    found = quarters.QUARTER.match(quarter)
    assert found is not None, quarter
    # Translators: a due date as a quarter of a year, as in "Q3 2027".
    return t.gettext("Q{quarter} {year}").format(quarter=found["quarter"], year=found["year"])


def lead_label(t: Translator, lead: str, agencies: Sequence[Agency]) -> str:
    """An agency's name or a sector, from how an action stores it (``agency:<id>``,
    ``sector:<code>``)."""
    kind, _, key = lead.partition(":")
    if kind == "sector":
        return sector_label(t, key)
    named = {str(a.id): a.name for a in agencies}
    return t.isolate(named.get(key, "?"))


def next_steps(capability: Capability, phase: int | None) -> tuple[NextStep, ...]:
    """The steps to offer: those for the phase the capability is in (phase 1's when not known
    yet); none at phase 4, where the capability is as mature as the MNR describes."""
    return capability.next_steps.get(phase or 1, ())


def step_of(capability: Capability, step: str) -> NextStep | None:
    return next((s for steps in capability.next_steps.values() for s in steps if s.id == step),
                None)


def words(t: Translator, fw: Framework, capability: int, step: str | None,
          text: str | None) -> str:
    """What an action says: its next step, in this language, or the words typed for it."""
    if step is not None:
        found = step_of(fw.capability(capability), step)
        if found is not None:
            return t.content(found.text)
    return text or ""


def clip(text: str, limit: int = CLIPPED) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def target_label(t: Translator, target: Target | None) -> str:
    if target is None:
        return t.gettext("none set")
    if target.quarter is None:
        return t.gettext("Phase {phase}").format(phase=target.phase)
    return t.gettext("Phase {phase} by {quarter}").format(
        phase=target.phase, quarter=quarter_label(t, target.quarter))


def heading(t: Translator,
            data: PlanData | AddingData | ActionData | TargetsData | CommentsData
            | CapabilitiesData) -> str:
    r = data.round
    return bold(t.gettext("Action plan: {name}").format(
        name=assessment_name(t, r.country, r.created_at, r.title)))


OPEN = (Status.PLANNED, Status.STARTED)  # an action that can still be done, or late


def is_late(action: PlanAction, today: date, fiscal_start: int) -> bool:
    """Open, and due in a quarter that has ended."""
    return action.status in OPEN and quarters.overdue(action.due, today, fiscal_start)


def clipped(t: Translator, text: str, limit: int = CLIPPED) -> str:
    """Long words cut on the plan screen, saying there is more (its number opens it all)."""
    if len(text) <= limit:
        return text
    # Translators: after the first words of a long action on the plan screen.
    return text[:limit - 1].rstrip() + "… " + t.gettext("(more)")


def cost_label(t: Translator, cost: Cost | None, none: str | None = None) -> str:
    """A cost band's word; `none` for an action without one (the screens say "None")."""
    if cost is None:
        # Translators: an action with no cost band set (not "costs nothing").
        return t.gettext("No band") if none is None else none
    return {
        # Translators: an action's cost band, as its facilitators define low, medium and high.
        Cost.LOW: t.gettext("Low"),
        # Translators: an action's cost band.
        Cost.MEDIUM: t.gettext("Medium"),
        # Translators: an action's cost band.
        Cost.HIGH: t.gettext("High"),
    }[cost]


def field_label(t: Translator, name: str) -> str:
    return {
        "text": t.gettext("Action"),
        "lead": t.gettext("Lead"),
        "supporting": t.gettext("Supporting"),
        "due": t.gettext("Due"),
        "indicator": t.gettext("Indicator"),
        "cost": t.gettext("Cost band"),
        "related": t.gettext("Also helps"),
        "status": t.gettext("Status"),
    }[name]


def ticked(on: bool, label: str) -> str:
    return ("✓ " if on else "") + label


def filter_label(t: Translator, only: str) -> str:
    if only == "all":
        return t.gettext("All actions")
    if only == "overdue":
        return t.gettext("Overdue")
    return status_label(t, Status(only))
