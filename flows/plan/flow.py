"""The action plan's declaration: its states, moves and actions in one place, and what it adds
to other flows' screens."""

from __future__ import annotations

from collections.abc import Callable

from flows.engine.declare import EXPIRE, Move, State, View
from flows.engine.effects import Button, button
from flows.engine.extend import Addition
from flows.engine.flow import Flow
from flows.engine.translator import Translator
from flows.kit.places import ON_PRIORITY, ON_RESULTS, PriorityShown, RoundShown
from flows.plan import (
    action_screens,
    documents,
    edits as change,
    follow_up,
    handlers as do,
    plan_settings as setting,
    screens,
    settings_screens,
)
from flows.plan.actions import FIELDS, Act
from flows.plan.context import NAME, Go, PlanContext, T, clear_adding, drop_pending
from flows.plan.loading import (
    load_action,
    load_adding,
    load_capabilities,
    load_carry,
    load_comments,
    load_plan,
    load_targets,
)
from framework import load_framework

ADDING = ("pick_capability", "pick_step", "pick_lead", "pick_due", "review")
EDITORS = tuple(f"edit_{name}" for name in FIELDS)
# where the action on screen is shown again (after a change, or someone else's)
ON_ACTION = ("action", "confirm_delete", "edit", *EDITORS, "comment", "report_comment",
             "comments")
SETTINGS = ("settings", "fiscal", "cost_note", "carry")


def editing(name: str) -> Callable[[T, str], bool]:
    def check(turn: T, field: str) -> bool:
        return field == name
    return check


def results_button(t: Translator, shown: RoundShown) -> Button | None:
    """The round's plan, from its results screen."""
    return button(t, Act.open, str(shown.round.id)) if shown.facilitates else None


def results_add_button(t: Translator, shown: RoundShown) -> Button | None:
    """A new action, from the results screen: the capabilities' lines to pick from."""
    return button(t, Act.add_any, str(shown.round.id)) if shown.facilitates else None


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
              actions=(Act.show, Act.new, Act.page, Act.targets, Act.filter, Act.settings)),
        State("filter", View(load_plan, screens.filter_screen), actions=(Act.only, Act.back)),
        State("targets", View(load_targets, screens.targets), actions=(Act.target, Act.back)),
        State("target_phase", View(load_targets, screens.target_phase),
              actions=(Act.target_phase, Act.no_target, Act.back)),
        State("target_due", View(load_targets, screens.target_due),
              actions=(Act.target_due, Act.back)),
        State("pick_capability", View(load_capabilities, screens.pick_capability),
              actions=(Act.capability, Act.back)),
        State("pick_step", View(load_adding, screens.pick_step), actions=(Act.step, Act.cancel),
              text=do.action_typed),
        State("pick_lead", View(load_adding, screens.pick_lead), actions=(Act.lead, Act.cancel),
              text=do.agency_typed),
        State("pick_due", View(load_adding, screens.pick_due), actions=(Act.due, Act.cancel)),
        State("review", View(load_adding, screens.review), actions=(Act.save, Act.cancel)),
        State("action", View(load_action, action_screens.action),
              actions=(Act.status, Act.edit, Act.delete, Act.back, Act.reapply, Act.discard,
                       Act.comment, Act.comments)),
        State("confirm_delete", View(load_action, action_screens.confirm_delete),
              actions=(Act.confirm_delete, Act.keep)),
        State("edit", View(load_action, action_screens.edit), actions=(Act.field, Act.done)),
        State("edit_text", View(load_action, action_screens.edit_text),
              actions=(Act.step, Act.done),
              text=do.action_typed),
        State("edit_lead", View(load_action, action_screens.edit_lead),
              actions=(Act.lead, Act.done),
              text=do.agency_typed),
        State("edit_supporting", View(load_action, action_screens.edit_supporting),
              actions=(Act.support, Act.done), text=do.agency_typed),
        State("edit_due", View(load_action, action_screens.edit_due), actions=(Act.due, Act.done)),
        State("edit_indicator", View(load_action, action_screens.edit_indicator),
              actions=(Act.no_indicator, Act.done), text=change.indicator_typed),
        State("edit_cost", View(load_action, action_screens.edit_cost),
              actions=(Act.cost, Act.done)),
        State("edit_related", View(load_action, action_screens.edit_related),
              actions=(Act.relate, Act.done)),
        State("comment", View(load_action, action_screens.comment), actions=(Act.done,),
              text=change.comment_typed, holds=True),
        # a comment that reads like a report of abuse, held until the person says
        State("report_comment", View(load_action, action_screens.report_like_comment),
              actions=(Act.keep_comment, Act.drop_comment), held=True),
        State("comments", View(load_comments, action_screens.comments), actions=(Act.done,)),
        State("settings", View(load_plan, settings_screens.settings),
              actions=(Act.fiscal, Act.cost_note, Act.publish, Act.reminders, Act.carry,
                       Act.back)),
        State("fiscal", View(load_plan, settings_screens.fiscal),
              actions=(Act.month, Act.to_settings)),
        State("cost_note", View(load_plan, settings_screens.cost_note),
              actions=(Act.to_settings,),
              text=setting.cost_note_typed),
        State("carry", View(load_carry, settings_screens.carry),
              actions=(Act.carry_from, Act.back)),
    ],
    moves=[
        Move(Go.begin, "*", "plan"),
        Move(Go.page, "plan", "="),
        Move(Go.show, "plan", "action"),
        Move(Go.adding, ("idle", "plan"), "pick_capability", then=clear_adding),
        Move(Go.step, ("idle", "plan", "action", "pick_capability", *ADDING[1:]), "pick_step"),
        Move(Go.lead, "pick_step", "pick_lead"),
        Move(Go.due, "pick_lead", "pick_due"),
        Move(Go.review, "pick_due", "review"),
        Move(Go.saved, "review", "action"),
        Move(Go.changed, ON_ACTION, "action"),
        Move(Go.toggled, ("edit_supporting", "edit_related"), "="),
        Move(Go.ask_delete, "action", "confirm_delete"),
        Move(Go.edit, "action", "edit"),
        *(Move(Go.field, "edit", f"edit_{name}", when=(editing(name),)) for name in FIELDS),
        Move(Go.comment, "action", "comment"),
        Move(Go.hold_comment, "comment", "report_comment"),
        Move(Go.comments, "action", "comments"),
        Move(Go.targets, ("plan", "target_phase", "target_due"), "targets"),
        Move(Go.target, "targets", "target_phase"),
        Move(Go.target_due, "target_phase", "target_due"),
        Move(Go.filter, "plan", "filter"),
        Move(Go.settings, ("plan", *SETTINGS), "settings"),
        Move(Go.fiscal, "settings", "fiscal"),
        Move(Go.cost_note, "settings", "cost_note"),
        Move(Go.carry, "settings", "carry"),
        Move(Go.back, "*", "plan"),
        Move(EXPIRE, "report_comment", "action", then=drop_pending),
    ],
    actions=[
        Act.plan.runs(do.plan),
        Act.add.runs(do.add_for),
        Act.new.runs(do.new),
        Act.capability.runs(do.capability_chosen),
        Act.step.runs(do.step_chosen),
        Act.lead.runs(do.lead_chosen),
        Act.due.runs(do.due_chosen),
        Act.save.runs(do.save),
        Act.show.runs(do.show),
        Act.status.runs(change.status),
        Act.delete.runs(Go.ask_delete),
        Act.confirm_delete.runs(change.confirm_delete),
        Act.keep.runs(Go.changed),
        Act.back.runs(Go.back),
        Act.page.runs(do.page),
        Act.cancel.runs(Go.back),
        Act.targets.runs(Go.targets),
        Act.target.runs(do.target_for),
        Act.target_phase.runs(do.target_phase),
        Act.no_target.runs(do.no_target),
        Act.target_due.runs(do.target_due),
        Act.edit.runs(change.edit),
        Act.field.runs(change.field),
        Act.support.runs(change.support),
        Act.relate.runs(change.relate),
        Act.cost.runs(change.cost),
        Act.no_indicator.runs(change.no_indicator),
        Act.done.runs(change.done),
        Act.reapply.runs(change.reapply),
        Act.discard.runs(change.discard),
        Act.filter.runs(Go.filter),
        Act.only.runs(do.only),
        Act.settings.runs(setting.settings),
        Act.fiscal.runs(Go.fiscal),
        Act.month.runs(setting.month),
        Act.cost_note.runs(Go.cost_note),
        Act.publish.runs(setting.publish),
        Act.reminders.runs(setting.reminders),
        Act.carry.runs(Go.carry),
        Act.to_settings.runs(Go.settings),
        Act.carry_from.runs(setting.carry_from),
        Act.comment.runs(change.comment),
        Act.comments.runs(change.comments),
        Act.keep_comment.runs(change.keep_comment),
        Act.drop_comment.runs(change.drop_comment),
        Act.open.runs(follow_up.open_round),
        Act.add_any.runs(do.add_any),
    ],
    notices={follow_up.OVERDUE: follow_up.tell_overdue},
    tasks=[follow_up.remind_overdue],
    adds=[Addition(ON_PRIORITY, add_button), Addition(ON_RESULTS, results_button),
          Addition(ON_RESULTS, results_add_button),
          *documents.ADDS],
)
