"""The action plan's declaration: its states, moves and actions in one place, and what it adds
to other flows' screens."""

from __future__ import annotations

from flows.engine.declare import Move, State, View
from flows.engine.effects import Button, button
from flows.engine.extend import Addition
from flows.engine.flow import Flow
from flows.engine.translator import Translator
from flows.kit.places import ON_PRIORITY, PriorityShown
from flows.plan import screens
from flows.plan.actions import Act
from flows.plan.context import NAME, Go, PlanContext, clear_adding
from flows.plan.handlers import (
    action_typed,
    add_for,
    agency_typed,
    capability_chosen,
    confirm_delete,
    due_chosen,
    lead_chosen,
    no_target,
    page,
    plan,
    save,
    show,
    status,
    step_chosen,
    target_due,
    target_for,
    target_phase,
)
from flows.plan.loading import (
    load_action,
    load_adding,
    load_framework_of,
    load_plan,
    load_targets,
)
from framework import load_framework

ADDING = ("pick_capability", "pick_step", "pick_lead", "pick_due", "review")


def add_button(t: Translator, shown: PriorityShown) -> Button | None:
    """"Add action" under a priority, for those who may change the round's plan."""
    if not shown.facilitates:
        return None
    label = t.content(load_framework().capability(shown.capability).label)
    return button(t, Act.add, str(shown.capability), capability=label)


FLOW: Flow[PlanContext] = Flow(
    name=NAME,
    code="pl",
    context=PlanContext,
    initial="idle",
    states=[
        State("idle"),
        State("plan", View(load_plan, screens.plan),
              actions=(Act.show, Act.new, Act.page, Act.targets)),
        State("targets", View(load_targets, screens.targets), actions=(Act.target, Act.back)),
        State("target_phase", View(load_targets, screens.target_phase),
              actions=(Act.target_phase, Act.no_target, Act.back)),
        State("target_due", View(load_targets, screens.target_due),
              actions=(Act.target_due, Act.back)),
        State("pick_capability", View(load_framework_of, screens.pick_capability),
              actions=(Act.capability, Act.back)),
        State("pick_step", View(load_adding, screens.pick_step), actions=(Act.step, Act.cancel),
              text=action_typed),
        State("pick_lead", View(load_adding, screens.pick_lead), actions=(Act.lead, Act.cancel),
              text=agency_typed),
        State("pick_due", View(load_adding, screens.pick_due), actions=(Act.due, Act.cancel)),
        State("review", View(load_adding, screens.review), actions=(Act.save, Act.cancel)),
        State("action", View(load_action, screens.action),
              actions=(Act.status, Act.delete, Act.back)),
        State("confirm_delete", View(load_action, screens.confirm_delete),
              actions=(Act.confirm_delete, Act.keep)),
    ],
    moves=[
        Move(Go.begin, "*", "plan"),
        Move(Go.page, "plan", "="),
        Move(Go.show, "plan", "action"),
        Move(Go.adding, "plan", "pick_capability", then=clear_adding),
        Move(Go.step, ("idle", "plan", "action", "pick_capability", *ADDING[1:]), "pick_step"),
        Move(Go.lead, "pick_step", "pick_lead"),
        Move(Go.due, "pick_lead", "pick_due"),
        Move(Go.review, "pick_due", "review"),
        Move(Go.saved, "review", "action"),
        Move(Go.changed, ("action", "confirm_delete"), "action"),
        Move(Go.ask_delete, "action", "confirm_delete"),
        Move(Go.targets, ("plan", "target_phase", "target_due"), "targets"),
        Move(Go.target, "targets", "target_phase"),
        Move(Go.target_due, "target_phase", "target_due"),
        Move(Go.back, "*", "plan"),
    ],
    actions=[
        Act.plan.runs(plan),
        Act.add.runs(add_for),
        Act.new.runs(Go.adding),
        Act.capability.runs(capability_chosen),
        Act.step.runs(step_chosen),
        Act.lead.runs(lead_chosen),
        Act.due.runs(due_chosen),
        Act.save.runs(save),
        Act.show.runs(show),
        Act.status.runs(status),
        Act.delete.runs(Go.ask_delete),
        Act.confirm_delete.runs(confirm_delete),
        Act.keep.runs(Go.changed),
        Act.back.runs(Go.back),
        Act.page.runs(page),
        Act.cancel.runs(Go.back),
        Act.targets.runs(Go.targets),
        Act.target.runs(target_for),
        Act.target_phase.runs(target_phase),
        Act.no_target.runs(no_target),
        Act.target_due.runs(target_due),
    ],
    adds=[Addition(ON_PRIORITY, add_button)],
)
