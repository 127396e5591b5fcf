"""The individual assessment: country, sector, the 21 capabilities, review, summary.

Declared once at the bottom of this module (`FLOW`): states with their screens and accepted
buttons, the moves between them, and the actions. Handlers load what they need, decide by
taking a move, and write; screens are drawn afterwards from what the states' loaders read.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel

from flows import assessment_screens as screens
from flows.actions import Action, Arg
from flows.countries import country_codes
from flows.country_step import country_typed, has_round, load_country
from flows.effects import Attachment, Screen
from flows.engine import Flow, Move, State, Turn, View
from flows.rating import PHASE_ARG, record
from flows.report import answers_csv
from flows.store import NOTE_MAX, SECTORS, Participation, Role
from flows.texts import escape
from flows.translator import N_
from framework.scoring import DONT_KNOW, Rating

NAME = "assessment"


class AssessmentContext(BaseModel):
    index: int = 0  # the capability on screen, from 0
    back_to_review: bool = False  # a change from the review returns there
    country: str | None = None  # chosen, before the round is opened
    query: str | None = None  # the last country search, for its screen
    suggestions: tuple[str, ...] = ()


T = Turn[AssessmentContext]


# conditions and what moves do (pure) ------------------------------------------------------
def back_to_review(turn: T) -> bool:
    return turn.ctx.back_to_review


def at_last(turn: T) -> bool:
    return turn.ctx.index + 1 >= len(turn.fw.capabilities)


def next_capability(turn: T) -> None:
    turn.ctx.index += 1


def previous_capability(turn: T) -> None:
    turn.ctx.index = max(turn.ctx.index - 1, 0)


def leave_review(turn: T) -> None:
    turn.ctx.back_to_review = False


def open_capability(turn: T, index: int, from_review: bool = False) -> None:
    turn.ctx.index = index
    turn.ctx.back_to_review = from_review


def fresh_round_choice(turn: T) -> None:
    turn.ctx = AssessmentContext()


# loading ----------------------------------------------------------------------------------
async def current_participation(turn: T) -> Participation | None:
    """The chat's current round, if the person still takes part in it (/forget, a new round
    elsewhere)."""
    if turn.round_id is None:
        return None
    participation = await turn.tx.rounds.participation(turn.round_id, turn.actor.user)
    if participation is None:
        turn.round_id = None
    return participation


async def _participation(turn: T) -> Participation:
    participation = await current_participation(turn)
    assert participation is not None, "states after the sector have a round"
    return participation


def _round(participation: Participation) -> screens.RoundView:
    return screens.RoundView(participation.round.country, participation.round.code)


async def load_menu(turn: T) -> screens.MenuData:
    participation = await _participation(turn)
    answers = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    return screens.MenuData(
        round=_round(participation),
        rated=sum(1 for a in answers if a.item.startswith("cap:") and a.value is not None),
        total=len(turn.fw.capabilities),
        finished=participation.finished_at is not None,
        may_start_new=(
            participation.role is Role.FACILITATOR or participation.finished_at is not None
        ),
    )


async def load_sector(turn: T) -> screens.SectorData:
    assert turn.ctx.country is not None
    return screens.SectorData(turn.ctx.country)


async def load_question(turn: T) -> screens.QuestionData:
    assert turn.round_id is not None
    index = min(max(turn.ctx.index, 0), len(turn.fw.capabilities) - 1)
    cap = turn.fw.capabilities[index]
    answer = await turn.tx.answers.get(turn.round_id, turn.actor.user, cap.item)
    return screens.QuestionData(turn.fw, index, answer, turn.notice)


async def load_review(turn: T) -> screens.ReviewData:
    participation = await _participation(turn)
    answers = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    return screens.ReviewData(turn.fw, _round(participation), {a.item: a for a in answers})


async def load_summary(turn: T) -> screens.SummaryData:
    participation = await _participation(turn)
    answers = await turn.tx.answers.of_round(participation.round.id)
    return screens.SummaryData(
        fw=turn.fw,
        round=_round(participation),
        answers=tuple(a for a in answers if a.item.startswith("cap:")),
        pulse=tuple(a for a in answers if a.item.startswith("pulse:")),
        final=participation.finished_at is not None,
    )


# handlers ---------------------------------------------------------------------------------
async def start(turn: T, arg: str) -> None:
    await current_participation(turn)
    turn.move("begin")


async def summarise(turn: T, arg: str) -> None:
    if await current_participation(turn) is None:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "There is no assessment to summarise yet. Send /start to begin one."
        ))))
        return
    turn.move("summarise")


async def see_summary(turn: T, arg: str) -> None:
    turn.move("summarise")


async def proceed(turn: T, arg: str) -> None:
    """Continue with the first capability that has no answer yet."""
    participation = await _participation(turn)
    answered = {
        a.item for a in await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
        if a.value is not None
    }
    unanswered = [i for i, c in enumerate(turn.fw.capabilities) if c.item not in answered]
    turn.fresh = turn.state == "summary"
    turn.move("proceed", unanswered[0] if unanswered else turn.ctx.index)


async def review(turn: T, arg: str) -> None:
    turn.fresh = turn.state == "summary"
    turn.move("review")


async def new_round(turn: T, arg: str) -> None:
    turn.fresh = turn.state == "summary"
    turn.move("restart")


async def pulse(turn: T, arg: str) -> None:
    await turn.run_command("pulse")


async def country_chosen(turn: T, code: str) -> None:
    turn.ctx.country = code
    turn.move("pick")


async def sector_chosen(turn: T, sector: str) -> None:
    country = turn.ctx.country
    assert country is not None
    new_round = await turn.tx.rounds.create(country, turn.actor.user)
    await turn.tx.rounds.join(new_round.id, turn.actor.user, sector, Role.FACILITATOR)
    turn.round_id = new_round.id
    turn.ctx = AssessmentContext()
    turn.move("join")


async def rate(turn: T, arg: str) -> None:
    await _answer(turn, int(arg))


async def dont_know(turn: T, arg: str) -> None:
    await _answer(turn, DONT_KNOW)


async def skip(turn: T, arg: str) -> None:
    turn.move("answer")


async def _answer(turn: T, value: Rating) -> None:
    await record(turn, turn.fw.capabilities[turn.ctx.index].item, value)


async def back(turn: T, arg: str) -> None:
    turn.move("back")


async def note_typed(turn: T, text: str) -> None:
    t = turn.t
    turn.fresh = True
    if not text:
        turn.redraw = True
        return
    cap = turn.fw.capabilities[turn.ctx.index]
    if len(text) > NOTE_MAX:
        turn.notice = t.gettext(
            "That note is {length} characters long; a note can have at most {limit}. "
            "Please shorten it and send it again. Nothing was saved."
        ).format(length=len(text), limit=NOTE_MAX)
    else:
        assert turn.round_id is not None
        await turn.tx.answers.note(turn.round_id, turn.actor.user, cap.item, text, turn.source)
        turn.notice = t.gettext(
            "Evidence note saved for {capability}. Please keep notes about institutions and "
            "services: no names or case details."
        ).format(capability=t.content(cap.label))
    turn.move("note")


async def change(turn: T, arg: str) -> None:
    turn.move("change", int(arg) - 1, True)


async def finish(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    await turn.tx.rounds.mark_finished(turn.round_id, turn.actor.user, datetime.now(UTC))
    turn.move("finish")


async def download(turn: T, arg: str) -> None:
    participation = await _participation(turn)
    answers = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    t, fw = turn.t, turn.fw
    turn.send(lambda: Screen(escape(t.gettext("Your answers in this round, as a CSV file."))))
    turn.attach(lambda: Attachment(
        kind="document",
        data=answers_csv(t, fw, answers),
        filename=f"mnr-{participation.round.code}-answers.csv",
        caption=t.gettext("Your MNR self-assessment answers"),
    ))


def _capability_ids() -> list[str]:
    from framework import load_framework

    return [str(c.id) for c in load_framework().capabilities]


# the declaration --------------------------------------------------------------------------
FLOW: Flow[AssessmentContext] = Flow(
    name=NAME,
    code="as",
    context=AssessmentContext,
    initial="start",
    states=[
        State("start"),
        State("menu", View(load_menu, screens.menu),
              actions=("proceed", "review", "summarise", "new", "pulse")),
        State("country", View(load_country, screens.country), actions=("country",),
              text=country_typed),
        State("sector", View(load_sector, screens.sector), actions=("sector",)),
        State("question", View(load_question, screens.question),
              actions=("rate", "dk", "skip", "back", "review"), text=note_typed),
        State("review", View(load_review, screens.review), actions=("change", "finish")),
        State("summary", View(load_summary, screens.summary),
              actions=("csv", "proceed", "review", "new")),
    ],
    moves=[
        Move("begin", "*", "menu", when=(has_round,)),
        Move("begin", "*", "country", then=fresh_round_choice),
        Move("summarise", "*", "summary"),
        Move("proceed", ("menu", "summary"), "question", then=open_capability),
        Move("review", ("menu", "question", "summary"), "review", then=leave_review),
        Move("restart", ("menu", "summary"), "country", then=fresh_round_choice),
        Move("search", "country", "="),
        Move("pick", "country", "sector"),
        Move("join", "sector", "question"),
        Move("answer", "question", "review", when=(back_to_review,), then=leave_review),
        Move("answer", "question", "review", when=(at_last,)),
        Move("answer", "question", "question", then=next_capability),
        Move("back", "question", "question", then=previous_capability),
        Move("note", "question", "="),
        Move("change", "review", "question", then=open_capability),
        Move("finish", "review", "summary"),
    ],
    actions=[
        Action("start", start, command="start", rank=10,
               describe=N_("Continue or start an assessment")),
        Action("summary", summarise, command="summary", rank=30,
               describe=N_("Your maturity profile so far")),
        Action("proceed", proceed),
        Action("review", review),
        Action("summarise", see_summary),
        Action("new", new_round),
        Action("pulse", pulse),
        Action("country", country_chosen, Arg(country_codes)),
        Action("sector", sector_chosen, Arg(lambda: SECTORS)),
        Action("rate", rate, PHASE_ARG),
        Action("dk", dont_know),
        Action("skip", skip),
        Action("back", back),
        Action("change", change, Arg(_capability_ids)),
        Action("finish", finish),
        Action("csv", download),
    ],
)
