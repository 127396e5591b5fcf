"""The assessment's buttons and commands, declared once: screens draw them, the flow's
declaration (`flow.py`) says what each does."""

from __future__ import annotations

from flows.engine.actions import Action, Arg, IdArg
from flows.engine.store import (
    SECTORS,
)
from flows.engine.translator import N_
from flows.kit.countries import country_codes
from flows.kit.items import capability_ids
from flows.kit.rating import PHASE_ARG

CODE = "as"




class Act:
    """The assessment flow's buttons and commands."""

    start = Action(CODE, "start", command="start", rank=10,
                   describe=N_("Continue or start an assessment"))
    summary = Action(CODE, "summary", command="summary", rank=30,
                     describe=N_("Your maturity profile so far"))
    rounds_list = Action(CODE, "rounds_list", command="rounds", rank=34,
                         describe=N_("Your assessments and rounds; switch between them"))
    proceed = Action(CODE, "proceed", label=N_("Continue (question {number})"))
    review = Action(CODE, "review", label=N_("Review my answers"))
    summarise = Action(CODE, "summarise", label=N_("See the summary"))
    rounds = Action(CODE, "rounds", label=N_("My assessments"))
    switch = Action(CODE, "switch", IdArg())
    new = Action(CODE, "new", label=N_("Start a new assessment"))
    confirm_new = Action(CODE, "confirm_new", label=N_("Start a new one"))
    keep = Action(CODE, "keep", label=N_("Keep this one"))
    pulse = Action(CODE, "pulse", label=N_("Pulse check (6 questions)"))
    country = Action(CODE, "country", Arg(country_codes))
    sector = Action(CODE, "sector", Arg(lambda: SECTORS))
    amend = Action(CODE, "amend", label=N_("Change country or sector"))
    recountry = Action(CODE, "recountry", label=N_("Change country"))
    resector = Action(CODE, "resector", label=N_("Change sector"))
    rate = Action(CODE, "rate", PHASE_ARG, label=N_("Phase {phase}"))
    dk = Action(CODE, "dk", label=N_("Don't know"))
    skip = Action(CODE, "skip", label=N_("Skip"))
    back = Action(CODE, "back", label=N_("Back"))
    detail = Action(CODE, "detail", label=N_("More detail"))
    question = Action(CODE, "question", label=N_("Back to the question"))
    unnote = Action(CODE, "unnote", label=N_("Remove the note"))
    keep_note = Action(CODE, "keep_note")
    drop_note = Action(CODE, "drop_note", label=N_("Don't save it"))
    change = Action(CODE, "change", Arg(capability_ids))
    finish = Action(CODE, "finish", label=N_("Finish"))
    finish_anyway = Action(CODE, "finish_anyway", label=N_("Finish anyway"))
    csv = Action(CODE, "csv", label=N_("Download my answers (CSV)"))
    chart = Action(CODE, "chart", label=N_("Chart"))
    report = Action(CODE, "report", label=N_("Report (PDF)"))
