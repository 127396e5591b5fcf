"""The assessment's buttons and commands, declared once: screens draw them, the flow's
declaration (`flow.py`) says what each does."""

from __future__ import annotations

from flows.engine.actions import Action, Arg, IdArg
from flows.engine.store import (
    SECTORS,
)
from flows.engine.translator import N_
from flows.kit.countries import country_codes
from flows.kit.rating import PHASE_ARG

CODE = "as"


def capability_ids() -> list[str]:
    from framework import load_framework

    return [str(c.id) for c in load_framework().capabilities]



class Act:
    """The assessment flow's buttons and commands."""

    start = Action(CODE, "start", command="start", rank=10,
                   describe=N_("Continue or start an assessment"))
    summary = Action(CODE, "summary", command="summary", rank=30,
                     describe=N_("Your maturity profile so far"))
    rounds_list = Action(CODE, "rounds_list", command="rounds", rank=34,
                         describe=N_("Your assessments and rounds; switch between them"))
    proceed = Action(CODE, "proceed")
    review = Action(CODE, "review")
    summarise = Action(CODE, "summarise")
    rounds = Action(CODE, "rounds")
    switch = Action(CODE, "switch", IdArg())
    new = Action(CODE, "new")
    confirm_new = Action(CODE, "confirm_new")
    keep = Action(CODE, "keep")
    pulse = Action(CODE, "pulse")
    country = Action(CODE, "country", Arg(country_codes))
    sector = Action(CODE, "sector", Arg(lambda: SECTORS))
    amend = Action(CODE, "amend")
    recountry = Action(CODE, "recountry")
    resector = Action(CODE, "resector")
    rate = Action(CODE, "rate", PHASE_ARG)
    dk = Action(CODE, "dk")
    skip = Action(CODE, "skip")
    back = Action(CODE, "back")
    detail = Action(CODE, "detail")
    question = Action(CODE, "question")
    unnote = Action(CODE, "unnote")
    keep_note = Action(CODE, "keep_note")
    drop_note = Action(CODE, "drop_note")
    change = Action(CODE, "change", Arg(capability_ids))
    finish = Action(CODE, "finish")
    finish_anyway = Action(CODE, "finish_anyway")
    csv = Action(CODE, "csv")
    chart = Action(CODE, "chart")
    report = Action(CODE, "report")
