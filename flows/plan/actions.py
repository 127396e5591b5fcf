"""The action plan's buttons and commands, declared once: screens draw them, the flow's
declaration (`flow.py`) says what each does."""

from __future__ import annotations

import re

from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.store import SECTORS
from flows.engine.store.plans import Cost, Status
from flows.engine.translator import N_
from flows.kit.items import capability_ids
from flows.plan import quarters
from flows.plan.context import PARTS

CODE = "pl"
# the fields of an action that "Edit" offers (each with its own picker)
FIELDS = ("text", "lead", "supporting", "due", "indicator", "cost", "related")
# what the plan screen can show: every action, those of one status, or the overdue ones
FILTERS = ("all", *(s.value for s in Status), "overdue")

def step_ids() -> list[str]:
    """Every next step's id (a handler checks it is one of the capability's)."""
    from framework import load_framework

    return sorted({step.id for c in load_framework().capabilities
                   for steps in c.next_steps.values() for step in steps})


def domain_pages() -> list[str]:
    from framework import load_framework

    return [str(d * PARTS + p) for d in range(len(load_framework().domains))
            for p in range(PARTS)]


class LeadArg(Arg):
    """Who leads: one of the round's agencies (``a<id>``; the handler checks it is the
    round's) or a sector (``s<code>``)."""

    AGENCY = re.compile(r"^a[1-9][0-9]{0,11}$")

    def __init__(self) -> None:
        super().__init__(lambda: ("a" + "9" * 12, *(f"s{code}" for code in SECTORS)))

    def accepts(self, value: str) -> bool:
        return bool(self.AGENCY.match(value)) or (value[1:] in SECTORS and value[:1] == "s")


class QuarterArg(Arg):
    def __init__(self) -> None:
        super().__init__(lambda: ("2099Q4",))

    def accepts(self, value: str) -> bool:
        return quarters.accepts(value)


class Act:
    """The action plan's buttons and commands."""

    plan = Action(CODE, "plan", command="plan", rank=33,
                  describe=N_("The round's action plan: actions, leads, due dates"))
    # under each priority of a summary (flows.kit.places.ON_PRIORITY): into this flow
    add = Action(CODE, "add", Arg(capability_ids), label=N_("Add action: {capability}"),
                 enters=True)
    new = Action(CODE, "new", label=N_("Add action"))
    capability = Action(CODE, "capability", Arg(capability_ids))
    step = Action(CODE, "step", Arg(step_ids))
    lead = Action(CODE, "lead", LeadArg())
    due = Action(CODE, "due", QuarterArg())
    save = Action(CODE, "save", label=N_("Save"))
    show = Action(CODE, "show", IdArg())
    status = Action(CODE, "status", one_of(*(s.value for s in Status)))
    delete = Action(CODE, "delete", label=N_("Delete"))
    confirm_delete = Action(CODE, "confirm_delete", label=N_("Delete it"))
    keep = Action(CODE, "keep", label=N_("Keep it"))
    back = Action(CODE, "back", label=N_("Back to the plan"))
    page = Action(CODE, "page", Arg(domain_pages))
    cancel = Action(CODE, "cancel", label=N_("Cancel"))
    targets = Action(CODE, "targets", label=N_("Targets"))
    target = Action(CODE, "target", Arg(capability_ids))
    target_phase = Action(CODE, "target_phase", one_of("1", "2", "3", "4"),
                          label=N_("Phase {phase}"))
    no_target = Action(CODE, "no_target", label=N_("No target"))
    target_due = Action(CODE, "target_due", QuarterArg())
    # editing an action: a field, then its own picker (the adding pickers' actions serve too)
    edit = Action(CODE, "edit", label=N_("Edit"))
    field = Action(CODE, "field", one_of(*FIELDS))
    support = Action(CODE, "support", LeadArg())  # a supporting agency or sector, on or off
    relate = Action(CODE, "relate", Arg(capability_ids))  # a related capability, on or off
    cost = Action(CODE, "cost", one_of("none", *(c.value for c in Cost)))
    no_indicator = Action(CODE, "no_indicator", label=N_("No indicator"))
    done = Action(CODE, "done", label=N_("Back to the action"))
    # an edit made on an outdated screen (flows.engine.records): apply it again, or leave it
    reapply = Action(CODE, "reapply", label=N_("Apply my change again"))
    discard = Action(CODE, "discard", label=N_("Leave it"))
    # the plan screen: which actions, and the plan's settings
    filter = Action(CODE, "filter", label=N_("Filter"))
    only = Action(CODE, "only", one_of(*FILTERS))
    settings = Action(CODE, "settings", label=N_("Settings"))
    fiscal = Action(CODE, "fiscal", label=N_("Fiscal year"))
    month = Action(CODE, "month", one_of(*(str(m) for m in range(1, 13))))
    cost_note = Action(CODE, "cost_note", label=N_("Cost bands"))
    publish = Action(CODE, "publish")
    reminders = Action(CODE, "reminders")
    carry = Action(CODE, "carry", label=N_("Carry over actions"))
    to_settings = Action(CODE, "to_settings", label=N_("Back to the settings"))
    carry_from = Action(CODE, "carry_from", IdArg())
    # participants and facilitators: comments on an action
    comment = Action(CODE, "comment", label=N_("Comment"))
    comments = Action(CODE, "comments", label=N_("Comments ({count})"))
    # under the monthly reminder of overdue actions: the round's plan, from any flow
    open = Action(CODE, "open", IdArg(), label=N_("Open the plan"), enters=True)
    # on a round's results screen: a new action, its capability picked from their lines
    add_any = Action(CODE, "add_any", IdArg(), label=N_("Add action"), enters=True)
    keep_comment = Action(CODE, "keep_comment", label=N_("Save it as a comment"))
    drop_comment = Action(CODE, "drop_comment", label=N_("Do not save it"))
