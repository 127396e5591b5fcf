"""The individual assessment: country, sector, an introduction, the 21 capabilities, review,
summary.

Declared once here (`FLOW`): states with their screens and accepted buttons, the moves
between them, and the actions. Handlers (`handlers`) load what they need, decide by taking a
move, and write; screens (`screens`) are drawn afterwards from what the states' loaders
(`loading`) read.

Nothing is a one-way door: the review leads back to the first open question, finishing with
open questions asks first, a new assessment asks first and the earlier ones stay a tap away,
and country and sector can be corrected until the first answer.
"""

from __future__ import annotations

from flows.assessment import screens
from flows.assessment.context import (
    NAME,
    AssessmentContext,
    Go,
    all_answered,
    at_last,
    back_to_review,
    clear_pending,
    correcting,
    done_correcting,
    fresh_round_choice,
    leave_review,
    next_capability,
    open_capability,
    previous_capability,
    start_correcting,
)
from flows.assessment.handlers import (
    amend,
    change,
    country_chosen,
    dont_know,
    drop_note,
    finish,
    finish_anyway,
    keep_note,
    new_round,
    proceed,
    pulse,
    rate,
    recountry,
    resector,
    review,
    sector_chosen,
    skip,
    start,
    summarise,
    switch_round,
    text_on_question,
    unnote,
)
from flows.assessment.jobs import chart_job, csv_job, download, own_chart, own_report, report_job
from flows.assessment.loading import (
    load_finish_check,
    load_intro,
    load_menu,
    load_new_check,
    load_pending,
    load_question,
    load_review,
    load_rounds,
    load_sector,
    load_summary,
)
from flows.engine.actions import Action, Arg, IdArg
from flows.engine.declare import EXPIRE, Move, State, View
from flows.engine.flow import Flow
from flows.engine.store import (
    SECTORS,
)
from flows.engine.translator import N_
from flows.kit.countries import country_codes
from flows.kit.country_step import SEARCHED, country_typed, has_round, load_country
from flows.kit.rating import ANSWERED, PHASE_ARG


def _capability_ids() -> list[str]:
    from framework import load_framework

    return [str(c.id) for c in load_framework().capabilities]


PENDING = ("long_note", "report_note")

# the declaration --------------------------------------------------------------------------
FLOW: Flow[AssessmentContext] = Flow(
    name=NAME,
    code="as",
    context=AssessmentContext,
    initial="start",
    states=[
        State("start"),
        State("menu", View(load_menu, screens.menu),
              actions=("proceed", "review", "summarise", "new", "pulse", "rounds", "amend")),
        State("rounds", View(load_rounds, screens.rounds), actions=("switch",)),
        State("new_check", View(load_new_check, screens.new_check),
              actions=("confirm_new", "keep")),
        State("country", View(load_country, screens.country), actions=("country",),
              text=country_typed),
        State("sector", View(load_sector, screens.sector), actions=("sector", "recountry")),
        State("intro", View(load_intro, screens.intro),
              actions=("proceed", "recountry", "resector")),
        State("question", View(load_question, screens.question),
              actions=("rate", "dk", "skip", "back", "review", "detail", "unnote"),
              text=text_on_question, holds=True),
        State("detail", View(load_question, screens.detail), actions=("question",),
              text=text_on_question, holds=True),
        State("long_note", View(load_pending, screens.long_note),
              actions=("keep_note", "drop_note"), held=True),
        State("report_note", View(load_pending, screens.report_like),
              actions=("keep_note", "drop_note"), held=True),
        State("review", View(load_review, screens.review),
              actions=("proceed", "change", "finish")),
        State("finish_check", View(load_finish_check, screens.finish_check),
              actions=("finish_anyway", "proceed")),
        State("summary", View(load_summary, screens.summary),
              actions=("csv", "chart", "report", "proceed", "review", "new")),
    ],
    moves=[
        Move(Go.begin, "*", "menu", when=(has_round,)),
        Move(Go.begin, "*", "country", then=fresh_round_choice),
        Move(Go.summarise, "*", "summary"),
        Move(Go.proceed, ("menu", "summary", "review", "finish_check", "intro"), "question",
             then=open_capability),
        Move(Go.review, ("menu", "question", "summary", "detail"), "review", then=leave_review),
        Move(Go.list_rounds, "*", "rounds"),
        Move(Go.invited, "*", "sector"),
        Move(Go.switch, "rounds", "menu"),
        Move(Go.restart, ("menu", "summary"), "new_check"),
        Move(Go.confirm_new, "new_check", "country", then=fresh_round_choice),
        Move(Go.keep, "new_check", "menu"),
        Move(SEARCHED, "country", "="),
        Move(Go.pick, "country", "intro", when=(correcting,), then=done_correcting),
        Move(Go.pick, "country", "sector"),
        Move(Go.join, "sector", "intro", then=done_correcting),
        Move(Go.amend, "menu", "intro"),
        Move(Go.recountry, ("sector", "intro"), "country", when=(has_round,),
             then=start_correcting),
        Move(Go.recountry, "sector", "country"),
        Move(Go.resector, "intro", "sector", then=start_correcting),
        Move(ANSWERED, "question", "review", when=(back_to_review,), then=leave_review),
        Move(ANSWERED, "question", "review", when=(at_last,)),
        Move(ANSWERED, "question", "question", then=next_capability),
        Move(Go.back, "question", "question", then=previous_capability),
        Move(Go.note, ("question", "detail"), "question"),
        Move(Go.hold_note, ("question", "detail"), "long_note",
             unless=(lambda turn, why: why == "report",)),
        Move(Go.hold_note, ("question", "detail"), "report_note"),
        Move(Go.settle, PENDING, "question", then=clear_pending),
        Move(EXPIRE, PENDING, "question", then=clear_pending),
        Move(Go.detail, "question", "detail"),
        Move(Go.to_question, "detail", "question"),
        Move(Go.change, "review", "question", then=open_capability),
        Move(Go.finish, "review", "summary", when=(all_answered,)),
        Move(Go.finish, "review", "finish_check"),
        Move(Go.finish_anyway, "finish_check", "summary"),
    ],
    actions=[
        Action("start", start, command="start", rank=10,
               describe=N_("Continue or start an assessment")),
        Action("summary", summarise, command="summary", rank=30,
               describe=N_("Your maturity profile so far")),
        Action("rounds_list", Go.list_rounds, command="rounds", rank=34,
               describe=N_("Your assessments and rounds; switch between them")),
        Action("proceed", proceed),
        Action("review", review),
        Action("summarise", Go.summarise),
        Action("rounds", Go.list_rounds),
        Action("switch", switch_round, IdArg()),
        Action("new", new_round),
        Action("confirm_new", Go.confirm_new),
        Action("keep", Go.keep),
        Action("pulse", pulse),
        Action("country", country_chosen, Arg(country_codes)),
        Action("sector", sector_chosen, Arg(lambda: SECTORS)),
        Action("amend", amend),
        Action("recountry", recountry),
        Action("resector", resector),
        Action("rate", rate, PHASE_ARG),
        Action("dk", dont_know),
        Action("skip", skip),
        Action("back", Go.back),
        Action("detail", Go.detail),
        Action("question", Go.to_question),
        Action("unnote", unnote),
        Action("keep_note", keep_note),
        Action("drop_note", drop_note),
        Action("change", change, Arg(_capability_ids)),
        Action("finish", finish),
        Action("finish_anyway", finish_anyway),
        Action("csv", download),
        Action("chart", own_chart),
        Action("report", own_report),
    ],
    jobs={"csv": csv_job, "chart": chart_job, "report": report_job},
)
