"""The action plan's buttons and commands, declared once: screens draw them, the flow's
declaration (`flow.py`) says what each does."""

from __future__ import annotations

import re

from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.store import SECTORS
from flows.engine.store.plans import Status
from flows.engine.translator import N_
from flows.kit.items import capability_ids
from flows.plan import quarters

CODE = "pl"



def step_ids() -> list[str]:
    """Every next step's id (a handler checks it is one of the capability's)."""
    from framework import load_framework

    return sorted({step.id for c in load_framework().capabilities
                   for steps in c.next_steps.values() for step in steps})


def domain_pages() -> list[str]:
    from framework import load_framework

    return [str(i) for i in range(len(load_framework().domains))]


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
