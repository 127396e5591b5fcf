"""The agreed positions' buttons, declared once."""

from __future__ import annotations

from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.translator import N_
from flows.kit.items import capability_ids
from framework.scoring import DONT_KNOW

CODE = "ap"
# The preset reasons a facilitator picks with one tap (stored by code, shown translated).
REASONS = {
    "votes": N_("It follows the group's vote"),
    "evidence": N_("The evidence cited backs it"),
    "discussion": N_("Agreed in discussion"),
    "cautious": N_("Cautious: the evidence is incomplete"),
}


class Act:
    open = Action(CODE, "open", IdArg(), label=N_("Agreed positions"), enters=True)
    pick = Action(CODE, "pick", Arg(capability_ids))
    phase = Action(CODE, "phase", one_of("1", "2", "3", "4", DONT_KNOW),
                   label=N_("Phase {phase}"))
    reason = Action(CODE, "reason", one_of(*REASONS))
    dissent = Action(CODE, "dissent", label=N_("Add a dissent note"))
    no_dissent = Action(CODE, "no_dissent", label=N_("No dissent note"))
    all = Action(CODE, "all", label=N_("All agreed positions"))
    back = Action(CODE, "back", label=N_("Back"))
