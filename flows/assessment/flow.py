"""The individual assessment: country, sector, an introduction, the 21 capabilities, review,
summary.

Declared once at the bottom of this module (`FLOW`): states with their screens and accepted
buttons, the moves between them, and the actions. Handlers load what they need, decide by
taking a move, and write; screens are drawn afterwards from what the states' loaders read.

Nothing is a one-way door: the review leads back to the first open question, finishing with
open questions asks first, a new assessment asks first and the earlier ones stay a tap away,
and country and sector can be corrected until the first answer.
"""

from __future__ import annotations

import functools
import time
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from flows.assessment import screens
from flows.documents.charts import charts
from flows.documents.exports import own_answers_csv
from flows.documents.pdf import ReportData, capability_line, report_pdf
from flows.documents.report import round_profile
from flows.documents.results import ResultsData, results_of
from flows.engine.actions import Action, Arg, IdArg
from flows.engine.declare import EXPIRE, Move, State, View
from flows.engine.effects import Attachment, Screen
from flows.engine.flow import Flow
from flows.engine.store import (
    NOTE_MAX,
    SECTOR_NOT_GIVEN,
    SECTORS,
    Answer,
    Invite,
    Participation,
    Role,
)
from flows.engine.translator import N_
from flows.engine.turn import Turn
from flows.kit.countries import country_codes
from flows.kit.country_step import country_typed, has_round, load_country
from flows.kit.disclosure import reads_like_disclosure
from flows.kit.info import own_wording, routes_line
from flows.kit.links import SESSION_AGREE_FIRST, SESSION_PREFIXES
from flows.kit.rating import PHASE_ARG, record, round_open
from flows.kit.texts import assessment_name, escape, italic
from flows.kit.typed import answer_in
from framework.recommend import top_priorities
from framework.scoring import DONT_KNOW, Rating

NAME = "assessment"
# A note typed this soon after a rating is for the capability just rated (the phone's rhythm:
# tap, then type), even though the screen has moved on to the next one.
JUST_RATED_SECONDS = 120


class AssessmentContext(BaseModel):
    index: int = 0  # the capability on screen, from 0
    back_to_review: bool = False  # a change from the review returns there
    country: str | None = None  # chosen, before the round is opened
    sector: str | None = None
    correcting: bool = False  # country or sector of a round without answers yet
    query: str | None = None  # the last country search, for its screen
    suggestions: tuple[str, ...] = ()
    guessed: bool = False
    rated: int | None = None  # the capability the last tap rated, and when
    rated_at: float = 0.0
    pending: str | None = None  # a note waiting for the person's word (too long, or a report)
    pending_for: int | None = None
    told_routes: bool = False  # a note's confirmation has said where reports go
    invited: str | None = None  # the invitation being accepted (its round's sector is asked)


T = Turn[AssessmentContext]


# conditions and what moves do (pure) ------------------------------------------------------
def back_to_review(turn: T) -> bool:
    return turn.ctx.back_to_review


def at_last(turn: T) -> bool:
    return turn.ctx.index + 1 >= len(turn.fw.capabilities)


def correcting(turn: T) -> bool:
    return turn.ctx.correcting


def all_answered(turn: T, open_count: int) -> bool:
    return open_count == 0


def next_capability(turn: T) -> None:
    turn.ctx.index += 1


def previous_capability(turn: T) -> None:
    turn.ctx.index = max(turn.ctx.index - 1, 0)
    turn.ctx.rated = None


def leave_review(turn: T) -> None:
    turn.ctx.back_to_review = False


def open_capability(turn: T, index: int, from_review: bool = False) -> None:
    turn.ctx.index = index
    turn.ctx.back_to_review = from_review
    turn.ctx.rated = None


def fresh_round_choice(turn: T) -> None:
    turn.ctx = AssessmentContext()


def start_correcting(turn: T) -> None:
    turn.ctx.correcting = True
    turn.ctx.query = None
    turn.ctx.suggestions = ()


def done_correcting(turn: T) -> None:
    turn.ctx.correcting = False


def clear_pending(turn: T) -> None:
    turn.ctx.pending = None
    turn.ctx.pending_for = None


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
    r = participation.round
    return screens.RoundView(r.id, r.country, r.created_at, r.title)


async def _own_answers(turn: T, round_id: int) -> dict[str, Answer]:
    return {a.item: a for a in await turn.tx.answers.of_round(round_id, turn.actor.user)}


async def load_menu(turn: T) -> screens.MenuData:
    participation = await _participation(turn)
    answers = await _own_answers(turn, participation.round.id)
    others = [p for p in await turn.tx.rounds.participations(turn.actor.user)
              if p.round.id != participation.round.id]
    rated = sum(1 for a in answers.values() if a.item.startswith("cap:") and a.value is not None)
    return screens.MenuData(
        round=_round(participation),
        rated=rated,
        total=len(turn.fw.capabilities),
        next_open=screens.first_open(turn.fw, answers),
        others=len(others),
        answered_any=any(a.item.startswith("cap:") for a in answers.values()),
    )


async def load_rounds(turn: T) -> screens.RoundsData:
    choices = []
    for p in await turn.tx.rounds.participations(turn.actor.user):
        answers = await turn.tx.answers.of_round(p.round.id, turn.actor.user)
        answered = sum(1 for a in answers if a.item.startswith("cap:") and a.value is not None)
        choices.append(screens.RoundChoice(_round(p), answered, p.round.id == turn.round_id))
    return screens.RoundsData(turn.fw, tuple(reversed(choices)))


async def load_new_check(turn: T) -> screens.NewCheckData:
    participation = await _participation(turn)
    answers = await _own_answers(turn, participation.round.id)
    answered = sum(1 for a in answers.values() if a.item.startswith("cap:") and a.value)
    return screens.NewCheckData(_round(participation), answered, len(turn.fw.capabilities))


async def load_sector(turn: T) -> screens.SectorData:
    country, joining = turn.ctx.country, None
    if turn.ctx.invited is not None:
        invite = await turn.tx.rounds.by_invite(turn.ctx.invited)
        joining = await turn.tx.rounds.get(invite.round_id) if invite else None
    elif country is None and turn.round_id is not None:
        country = (await _participation(turn)).round.country
    assert country is not None
    fixed = turn.ctx.correcting or turn.ctx.invited is not None
    return screens.SectorData(
        country, fixed, joining.title if joining else None, joining=joining is not None,
        figures_only=joining.figures_only if joining else False)


async def load_intro(turn: T) -> screens.IntroData:
    participation = await _participation(turn)
    return screens.IntroData(turn.fw, participation.round.country, participation.sector)


async def load_question(turn: T) -> screens.QuestionData:
    assert turn.round_id is not None
    index = min(max(turn.ctx.index, 0), len(turn.fw.capabilities) - 1)
    cap = turn.fw.capabilities[index]
    answer = await turn.tx.answers.get(turn.round_id, turn.actor.user, cap.item)
    return screens.QuestionData(turn.fw, index, answer, turn.notice)


async def load_pending(turn: T) -> screens.PendingNoteData:
    assert turn.ctx.pending is not None and turn.ctx.pending_for is not None
    return screens.PendingNoteData(turn.fw, turn.ctx.pending_for, turn.ctx.pending, NOTE_MAX)


async def load_review(turn: T) -> screens.ReviewData:
    participation = await _participation(turn)
    answers = await _own_answers(turn, participation.round.id)
    return screens.ReviewData(turn.fw, _round(participation), answers)


async def load_finish_check(turn: T) -> screens.FinishCheckData:
    participation = await _participation(turn)
    answers = await _own_answers(turn, participation.round.id)
    return screens.FinishCheckData(turn.fw, _open(turn, answers))


def _open(turn: T, answers: dict[str, Answer]) -> tuple[int, ...]:
    return tuple(
        i for i, cap in enumerate(turn.fw.capabilities)
        if cap.item not in answers or answers[cap.item].value is None
    )


async def load_summary(turn: T) -> screens.SummaryData:
    """A person's own answers (never other people's: in a round of two, that would reveal
    them), and the round's results if its facilitators have shown them."""
    participation = await _participation(turn)
    own = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    shared = None
    if participation.round.published_at is not None:
        shared = ResultsData(turn.fw, participation.round,
                             await results_of(turn.tx, turn.fw, participation.round.id),
                             datetime.now(UTC))
    return screens.SummaryData(
        fw=turn.fw,
        round=_round(participation),
        answers=tuple(a for a in own if a.item.startswith("cap:")),
        pulse=tuple(a for a in own if a.item.startswith("pulse:")),
        final=participation.finished_at is not None,
        next_open=screens.first_open(turn.fw, {a.item: a for a in own}),
        today=datetime.now(UTC),
        shared=shared,
    )


# handlers: the start ----------------------------------------------------------------------
async def start(turn: T, arg: str) -> None:
    """/start, or an invitation link (`t.me/<bot>?start=<code>`) that joins its round, or a
    group session's link (set-up or details)."""
    if arg == SESSION_AGREE_FIRST:
        await turn.run_command("session")
        return
    if arg:
        invite = await turn.tx.rounds.by_invite(arg)
        if invite is None and arg.startswith(SESSION_PREFIXES):
            await turn.run_command("session", arg)
        else:
            await _join_by_invite(turn, invite)
        return
    await current_participation(turn)
    turn.move("begin")


async def _join_by_invite(turn: T, invite: Invite | None) -> None:
    if invite is None:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "This invitation link does not work: it may have been replaced by a newer one. "
            "Please ask the facilitator for the current link."
        ))))
        await current_participation(turn)
        turn.move("begin")
        return
    joined = await turn.tx.rounds.participation(invite.round_id, turn.actor.user)
    if invite.role is Role.PULSE:
        # a pulse link: straight to the six questions, the sector asked after (optional)
        if joined is None:
            await turn.tx.rounds.join(invite.round_id, turn.actor.user, SECTOR_NOT_GIVEN,
                                      Role.PARTICIPANT)
        turn.round_id = invite.round_id
        await turn.run_command("pulse")
        return
    if joined is not None:
        if invite.role is Role.FACILITATOR and joined.role is not Role.FACILITATOR:
            await turn.tx.rounds.set_role(invite.round_id, turn.actor.user, Role.FACILITATOR)
        turn.round_id = invite.round_id
        turn.move("begin")  # already in it: its menu
        return
    target = await turn.tx.rounds.get(invite.round_id)
    assert target is not None
    turn.ctx = AssessmentContext(country=target.country, invited=invite.code)
    turn.move("invited")  # the country is the round's: the sector is asked


async def list_rounds_command(turn: T, arg: str) -> None:
    turn.move("list_rounds")


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
    answers = await _own_answers(turn, participation.round.id)
    next_open = screens.first_open(turn.fw, answers)
    turn.fresh = turn.state == "summary"
    turn.move("proceed", next_open if next_open is not None else turn.ctx.index)


async def review(turn: T, arg: str) -> None:
    turn.fresh = turn.state == "summary"
    turn.move("review")


async def list_rounds(turn: T, arg: str) -> None:
    turn.move("list_rounds")


async def switch_round(turn: T, round_id: str) -> None:
    chosen = await turn.tx.rounds.participation(int(round_id), turn.actor.user)
    if chosen is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.round_id = chosen.round.id
    turn.move("switch")


async def new_round(turn: T, arg: str) -> None:
    turn.fresh = turn.state == "summary"
    turn.move("restart")


async def confirm_new(turn: T, arg: str) -> None:
    turn.move("confirm_new")


async def keep_round(turn: T, arg: str) -> None:
    turn.move("keep")


async def pulse(turn: T, arg: str) -> None:
    await turn.run_command("pulse")


# handlers: country, sector, introduction --------------------------------------------------
async def country_chosen(turn: T, code: str) -> None:
    if turn.ctx.correcting:
        assert turn.round_id is not None
        if not await _may_correct(turn):
            return
        await turn.tx.rounds.set_country(turn.round_id, code)
    turn.ctx.country = code
    turn.move("pick")


async def sector_chosen(turn: T, sector: str) -> None:
    if turn.ctx.invited is not None:
        invite = await turn.tx.rounds.by_invite(turn.ctx.invited)
        if invite is None:  # replaced while the person was choosing
            turn.toast = turn.router.shell.stale(turn.t)
            return
        await turn.tx.rounds.join(invite.round_id, turn.actor.user, sector, invite.role)
        turn.round_id = invite.round_id
        turn.ctx = AssessmentContext()
        turn.move("join")
        return
    if turn.ctx.correcting:
        assert turn.round_id is not None
        if not await _may_correct(turn):
            return
        await turn.tx.rounds.set_sector(turn.round_id, turn.actor.user, sector)
        turn.move("join")
        return
    country = turn.ctx.country
    assert country is not None
    new = await turn.tx.rounds.create(country, turn.actor.user)
    await turn.tx.rounds.join(new.id, turn.actor.user, sector, Role.FACILITATOR)
    turn.round_id = new.id
    turn.ctx = AssessmentContext()
    turn.move("join")


async def _may_correct(turn: T) -> bool:
    """Country and sector stay open to correction until the first answer."""
    assert turn.round_id is not None
    if any(a.item.startswith("cap:") for a in await turn.tx.answers.of_round(turn.round_id)):
        turn.say(turn.t.gettext(
            "Country and sector can only be changed before the first answer."
        ), alert=True)
        return False
    return True


async def amend(turn: T, arg: str) -> None:
    if await _may_correct(turn):
        turn.move("amend")


async def recountry(turn: T, arg: str) -> None:
    if turn.state == "sector" and not turn.ctx.correcting:
        turn.move("recountry")  # the round does not exist yet: choose again
        return
    if await _may_correct(turn):
        turn.move("recountry")


async def resector(turn: T, arg: str) -> None:
    if await _may_correct(turn):
        turn.move("resector")


# handlers: questions ----------------------------------------------------------------------
async def rate(turn: T, arg: str) -> None:
    await _answer(turn, int(arg))


async def dont_know(turn: T, arg: str) -> None:
    await _answer(turn, DONT_KNOW)


async def _answer(turn: T, value: Rating) -> None:
    index = turn.ctx.index
    if not await record(turn, turn.fw.capabilities[index].item, value):
        return
    if turn.state == "question" and turn.ctx.index != index:
        turn.ctx.rated, turn.ctx.rated_at = index, time.time()


async def skip(turn: T, arg: str) -> None:
    turn.move("answer")
    turn.ctx.rated = None


async def back(turn: T, arg: str) -> None:
    turn.move("back")


async def show_detail(turn: T, arg: str) -> None:
    turn.move("detail")


async def to_question(turn: T, arg: str) -> None:
    turn.move("to_question")


async def text_on_question(turn: T, text: str) -> None:
    """Typed text is an answer in words, a report that belongs elsewhere, or a note."""
    if not text:
        turn.fresh = turn.redraw = True
        return
    meaning = answer_in(turn.t, turn.fw, text) if turn.state == "question" else None
    turn.fresh = True
    if meaning == "dk":
        await dont_know(turn, "")
    elif meaning == "skip":
        await skip(turn, "")
    elif meaning == "back":
        await back(turn, "")
    elif meaning is not None:
        await rate(turn, meaning)
    else:
        await _note(turn, text)
        return
    if turn.toast is not None and turn.toast.text:
        turn.notice, turn.toast = turn.toast.text, None  # a message has no toast: say it


async def _note(turn: T, text: str) -> None:
    if not await round_open(turn):
        assert turn.toast is not None
        turn.notice, turn.toast = turn.toast.text, None
        turn.redraw = True
        return
    target = _note_target(turn)
    if reads_like_disclosure(text):
        turn.ctx.pending, turn.ctx.pending_for = text, target
        turn.move("hold_note", "report")
    elif len(text) > NOTE_MAX:
        turn.ctx.pending, turn.ctx.pending_for = text, target
        turn.move("hold_note", "long")
    else:
        await _save_note(turn, target, text)
        turn.move("note")


def _note_target(turn: T) -> int:
    """The capability a typed note is for: the one just rated, if the person typed right
    after the tap and has not answered the one now on screen; else the one on screen."""
    rated = turn.ctx.rated
    if rated is not None and time.time() - turn.ctx.rated_at <= JUST_RATED_SECONDS:
        return rated
    return turn.ctx.index


async def _save_note(turn: T, index: int, text: str) -> None:
    assert turn.round_id is not None
    cap = turn.fw.capabilities[index]
    before = await turn.tx.answers.get(turn.round_id, turn.actor.user, cap.item)
    await turn.tx.answers.note(turn.round_id, turn.actor.user, cap.item, text, turn.source)
    t = turn.t
    name = f"{cap.id}. {t.content(cap.label)}"
    saved = (
        t.gettext("Evidence note for {capability} replaced. No names or case details, please.")
        if before is not None and before.note
        else t.gettext("Evidence note saved for {capability}. No names or case details, please.")
    ).format(capability=name)
    # The first confirmation says where reports go, in a line of its own above the question
    # (which must still fit a phone); later ones only that this is not a reporting channel.
    if turn.ctx.told_routes:
        saved += " " + t.gettext("Not a reporting channel: see /help.")
    else:
        turn.send(lambda: Screen(italic(routes_line(t))))
    turn.notice = saved
    turn.ctx.told_routes = True
    turn.ctx.rated = None


async def keep_note(turn: T, arg: str) -> None:
    pending, index = turn.ctx.pending, turn.ctx.pending_for
    if pending is None or index is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    await _save_note(turn, index, pending[:NOTE_MAX])
    turn.move("settle")


async def drop_note(turn: T, arg: str) -> None:
    turn.notice = turn.t.gettext("The text was not saved.")
    turn.move("settle")


async def unnote(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    cap = turn.fw.capabilities[turn.ctx.index]
    await turn.tx.answers.clear_note(turn.round_id, turn.actor.user, cap.item)
    turn.say(turn.t.gettext("Note removed."))
    turn.move("note")


async def change(turn: T, arg: str) -> None:
    turn.move("change", int(arg) - 1, True)


async def finish(turn: T, arg: str) -> None:
    participation = await _participation(turn)
    answers = await _own_answers(turn, participation.round.id)
    open_count = len(_open(turn, answers))
    if open_count == 0:
        await turn.tx.rounds.mark_finished(participation.round.id, turn.actor.user,
                                           datetime.now(UTC))
    turn.move("finish", open_count)


async def finish_anyway(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    await turn.tx.rounds.mark_finished(turn.round_id, turn.actor.user, datetime.now(UTC))
    turn.move("finish_anyway")


async def download(turn: T, arg: str) -> None:
    participation = await _participation(turn)
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext("Your answers in this assessment, as a CSV file."))))
    await turn.job("csv", {"round": participation.round.id})


async def own_chart(turn: T, arg: str) -> None:
    await turn.job("chart", {"round": (await _participation(turn)).round.id})


async def own_report(turn: T, arg: str) -> None:
    await turn.job("report", {"round": (await _participation(turn)).round.id})


async def job_participation(turn: Turn[Any], detail: dict[str, Any]) -> Participation | None:
    """The job's round, if its person is still in it (checked again when drawn)."""
    round_id = detail.get("round")
    if not isinstance(round_id, int):
        return None
    return await turn.tx.rounds.participation(round_id, turn.actor.user)


async def csv_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    participation = await job_participation(turn, detail)
    if participation is None:
        return
    answers = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    t, fw = turn.t, turn.fw
    started = participation.round.created_at.date().isoformat()
    country = participation.round.country
    turn.attach(lambda: Attachment(
        kind="document",
        data=own_answers_csv(t, fw, answers),
        filename=f"mnr-{country}-{started}-answers.csv",
        caption=t.gettext("Your MNR self-assessment answers.") + " " + own_wording(t),
    ))


async def chart_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    participation = await job_participation(turn, detail)
    if participation is None:
        return
    own = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    t, fw = turn.t, turn.fw
    name = assessment_name(t, participation.round.country, participation.round.created_at,
                           participation.round.title)

    @functools.cache
    def pictures() -> tuple[bytes, ...]:
        profile = round_profile(fw, [a for a in own if a.item.startswith("cap:")])
        stats = {c.id: profile.capabilities[c.id] for c in fw.capabilities}
        return charts(t, fw, name, profile, stats, t.gettext("not known yet"), shared=False)

    def draw(index: int) -> Attachment:
        return Attachment("image", pictures()[index], f"mnr-profile-{index + 1}.png", name)

    turn.attach(lambda: draw(0))
    turn.attach(lambda: draw(1))


async def report_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    participation = await job_participation(turn, detail)
    if participation is None:
        return
    own = {a.item: a for a in await turn.tx.answers.of_round(participation.round.id,
                                                               turn.actor.user)}
    t, fw = turn.t, turn.fw
    r = participation.round
    name = assessment_name(t, r.country, r.created_at, r.title)

    def draw() -> Attachment:
        profile = round_profile(fw, [a for a in own.values() if a.item.startswith("cap:")])
        stats = {c.id: profile.capabilities[c.id] for c in fw.capabilities}
        pictures = charts(t, fw, name, profile, stats, t.gettext("not known yet"),
                          shared=False)
        lines = []
        for cap in fw.capabilities:
            answer = own.get(cap.item)
            lines.append(capability_line(
                t, fw, f"{cap.id}. {t.content(cap.name)}",
                answer.value if answer is not None else None,
                [answer.note] if answer is not None and answer.note else [],
            ))
        not_known = tuple(t.content(c.name) for c in fw.capabilities
                          if profile.capabilities[c.id].n == 0)
        pdf = report_pdf(t, fw, ReportData(
            title=t.gettext("Maturity profile: {name}").format(name=name),
            subtitle=t.gettext("Self-assessment against the Model National Response (MNR)"),
            today=datetime.now(UTC), charts=pictures, capabilities=tuple(lines),
            not_known=not_known, priorities=top_priorities(fw, profile),
        ))
        return Attachment("document", pdf, f"mnr-{r.country}-report.pdf", name)

    turn.attach(draw)


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
        Move("begin", "*", "menu", when=(has_round,)),
        Move("begin", "*", "country", then=fresh_round_choice),
        Move("summarise", "*", "summary"),
        Move("proceed", ("menu", "summary", "review", "finish_check", "intro"), "question",
             then=open_capability),
        Move("review", ("menu", "question", "summary", "detail"), "review", then=leave_review),
        Move("list_rounds", "*", "rounds"),
        Move("invited", "*", "sector"),
        Move("switch", "rounds", "menu"),
        Move("restart", ("menu", "summary"), "new_check"),
        Move("confirm_new", "new_check", "country", then=fresh_round_choice),
        Move("keep", "new_check", "menu"),
        Move("search", "country", "="),
        Move("pick", "country", "intro", when=(correcting,), then=done_correcting),
        Move("pick", "country", "sector"),
        Move("join", "sector", "intro", then=done_correcting),
        Move("amend", "menu", "intro"),
        Move("recountry", ("sector", "intro"), "country", when=(has_round,),
             then=start_correcting),
        Move("recountry", "sector", "country"),
        Move("resector", "intro", "sector", then=start_correcting),
        Move("answer", "question", "review", when=(back_to_review,), then=leave_review),
        Move("answer", "question", "review", when=(at_last,)),
        Move("answer", "question", "question", then=next_capability),
        Move("back", "question", "question", then=previous_capability),
        Move("note", ("question", "detail"), "question"),
        Move("hold_note", ("question", "detail"), "long_note",
             unless=(lambda turn, why: why == "report",)),
        Move("hold_note", ("question", "detail"), "report_note"),
        Move("settle", PENDING, "question", then=clear_pending),
        Move(EXPIRE, PENDING, "question", then=clear_pending),
        Move("detail", "question", "detail"),
        Move("to_question", "detail", "question"),
        Move("change", "review", "question", then=open_capability),
        Move("finish", "review", "summary", when=(all_answered,)),
        Move("finish", "review", "finish_check"),
        Move("finish_anyway", "finish_check", "summary"),
    ],
    actions=[
        Action("start", start, command="start", rank=10,
               describe=N_("Continue or start an assessment")),
        Action("summary", summarise, command="summary", rank=30,
               describe=N_("Your maturity profile so far")),
        Action("rounds_list", list_rounds_command, command="rounds", rank=34,
               describe=N_("Your assessments and rounds; switch between them")),
        Action("proceed", proceed),
        Action("review", review),
        Action("summarise", see_summary),
        Action("rounds", list_rounds),
        Action("switch", switch_round, IdArg()),
        Action("new", new_round),
        Action("confirm_new", confirm_new),
        Action("keep", keep_round),
        Action("pulse", pulse),
        Action("country", country_chosen, Arg(country_codes)),
        Action("sector", sector_chosen, Arg(lambda: SECTORS)),
        Action("amend", amend),
        Action("recountry", recountry),
        Action("resector", resector),
        Action("rate", rate, PHASE_ARG),
        Action("dk", dont_know),
        Action("skip", skip),
        Action("back", back),
        Action("detail", show_detail),
        Action("question", to_question),
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
