"""The pulse check's buttons and commands, declared once: screens draw them, the flow's
declaration says what each does."""

from __future__ import annotations

from flows.engine.actions import Action, Arg
from flows.engine.store import SECTORS
from flows.engine.translator import N_
from flows.kit.countries import country_codes
from flows.kit.rating import PHASE_ARG

CODE = "pu"


class Act:
    """The pulse flow's buttons and commands."""

    pulse = Action(CODE, "pulse", command="pulse", rank=35,
                   describe=N_("A quick pulse check: six questions"))
    country = Action(CODE, "country", Arg(country_codes))
    rate = Action(CODE, "rate", PHASE_ARG, label=N_("Phase {phase}"))
    dk = Action(CODE, "dk", label=N_("Don't know"))
    back = Action(CODE, "back", label=N_("Back"))
    assess = Action(CODE, "assess", label=N_("Full assessment (21 questions)"))
    ask_sector = Action(CODE, "ask_sector", label=N_("Add your sector (optional)"))
    sector = Action(CODE, "sector", Arg(lambda: SECTORS))
    profile = Action(CODE, "profile", label=N_("Back"))
