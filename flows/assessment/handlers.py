"""What the assessment's buttons, commands and typed text do: the start, country, sector and
introduction, the questions and their evidence notes, review and finishing."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from flows.assessment import screen_data
from flows.assessment.context import JUST_RATED_SECONDS, AssessmentContext, Go, T
from flows.assessment.loading import (
    current_participation,
    open_items,
    own_answers,
    participation_of,
)
from flows.engine.effects import Screen
from flows.engine.store import (
    NOTE_MAX,
    SECTOR_NOT_GIVEN,
    Invite,
    Role,
)
from flows.kit.disclosure import reads_like_disclosure
from flows.kit.entries import PULSE, SESSION
from flows.kit.info import routes_line
from flows.kit.links import SESSION_AGREE_FIRST, SESSION_PREFIXES
from flows.kit.rating import ANSWERED, record, round_open
from flows.kit.texts import escape, italic
from flows.kit.typed import answer_in
from framework.scoring import DONT_KNOW, Rating


# handlers: the start ----------------------------------------------------------------------
async def start(turn: T, arg: str) -> None:
    """/start, or an invitation link (`t.me/<bot>?start=<code>`) that joins its round, or a
    group session's link (set-up or details)."""
    if arg == SESSION_AGREE_FIRST:
        await turn.hand_off(SESSION)
        return
    if arg:
        invite = await turn.tx.rounds.by_invite(arg)
        if invite is None and arg.startswith(SESSION_PREFIXES):
            await turn.hand_off(SESSION, arg)
        else:
            await _join_by_invite(turn, invite)
        return
    await current_participation(turn)
    turn.move(Go.begin)


async def _join_by_invite(turn: T, invite: Invite | None) -> None:
    if invite is None:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "This invitation link does not work: it may have been replaced by a newer one. "
            "Please ask the facilitator for the current link."
        ))))
        await current_participation(turn)
        turn.move(Go.begin)
        return
    turn.rounds_shown.add(invite.round_id)  # its screens name the round
    joined = await turn.tx.rounds.participation(invite.round_id, turn.actor.user)
    if invite.role is Role.PULSE:
        # a pulse link: straight to the six questions, the sector asked after (optional)
        if joined is None:
            await turn.tx.rounds.join(invite.round_id, turn.actor.user, SECTOR_NOT_GIVEN,
                                      Role.PARTICIPANT)
        turn.round_id = invite.round_id
        await turn.hand_off(PULSE)
        return
    if joined is not None:
        if invite.role is Role.FACILITATOR and joined.role is not Role.FACILITATOR:
            await turn.tx.rounds.set_role(invite.round_id, turn.actor.user, Role.FACILITATOR)
        turn.round_id = invite.round_id
        turn.move(Go.begin)  # already in it: its menu
        return
    target = await turn.tx.rounds.get(invite.round_id)
    assert target is not None
    turn.ctx = AssessmentContext(country=target.country, invited=invite.code)
    turn.move(Go.invited)  # the country is the round's: the sector is asked



async def summarise(turn: T, arg: str) -> None:
    if await current_participation(turn) is None:
        t = turn.t
        turn.send(lambda: Screen(escape(t.gettext(
            "There is no assessment to summarise yet. Send /start to begin one."
        ))))
        return
    turn.move(Go.summarise)



async def proceed(turn: T, arg: str) -> None:
    """Continue with the first capability that has no answer yet."""
    participation = await participation_of(turn)
    answers = await own_answers(turn, participation.round.id)
    next_open = screen_data.first_open(turn.fw, answers)
    turn.fresh = turn.state == "summary"
    turn.move(Go.proceed, next_open if next_open is not None else turn.ctx.index)


async def review(turn: T, arg: str) -> None:
    turn.fresh = turn.state == "summary"
    turn.move(Go.review)



async def switch_round(turn: T, round_id: str) -> None:
    chosen = await turn.tx.rounds.participation(int(round_id), turn.actor.user)
    if chosen is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.round_id = chosen.round.id
    turn.move(Go.switch)


async def new_round(turn: T, arg: str) -> None:
    turn.fresh = turn.state == "summary"
    turn.move(Go.restart)




# handlers: country, sector, introduction --------------------------------------------------
async def country_chosen(turn: T, code: str) -> None:
    if turn.ctx.correcting:
        assert turn.round_id is not None
        if not await _may_correct(turn):
            return
        await turn.tx.rounds.set_country(turn.round_id, code)
    turn.ctx.country = code
    turn.move(Go.pick)


async def sector_chosen(turn: T, sector: str) -> None:
    if turn.ctx.invited is not None:
        invite = await turn.tx.rounds.by_invite(turn.ctx.invited)
        if invite is None:  # replaced while the person was choosing
            turn.toast = turn.router.shell.stale(turn.t)
            return
        await turn.tx.rounds.join(invite.round_id, turn.actor.user, sector, invite.role)
        turn.round_id = invite.round_id
        turn.ctx = AssessmentContext()
        turn.move(Go.join)
        return
    if turn.ctx.correcting:
        assert turn.round_id is not None
        if not await _may_correct(turn):
            return
        await turn.tx.rounds.set_sector(turn.round_id, turn.actor.user, sector)
        turn.move(Go.join)
        return
    country = turn.ctx.country
    assert country is not None
    new = await turn.tx.rounds.create(country, turn.actor.user)
    await turn.tx.rounds.join(new.id, turn.actor.user, sector, Role.FACILITATOR)
    turn.round_id = new.id
    turn.ctx = AssessmentContext()
    turn.move(Go.join)


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
        turn.move(Go.amend)


async def recountry(turn: T, arg: str) -> None:
    if turn.state == "sector" and not turn.ctx.correcting:
        turn.move(Go.recountry)  # the round does not exist yet: choose again
        return
    if await _may_correct(turn):
        turn.move(Go.recountry)


async def resector(turn: T, arg: str) -> None:
    if await _may_correct(turn):
        turn.move(Go.resector)


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
    turn.move(ANSWERED)
    turn.ctx.rated = None





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
        turn.move(Go.back)
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
        turn.move(Go.hold_note, "report")
    elif len(text) > NOTE_MAX:
        turn.ctx.pending, turn.ctx.pending_for = text, target
        turn.move(Go.hold_note, "long")
    else:
        await _save_note(turn, target, text)
        turn.move(Go.note)


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
    turn.move(Go.settle)


async def drop_note(turn: T, arg: str) -> None:
    turn.notice = turn.t.gettext("The text was not saved.")
    turn.move(Go.settle)


async def unnote(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    cap = turn.fw.capabilities[turn.ctx.index]
    await turn.tx.answers.clear_note(turn.round_id, turn.actor.user, cap.item)
    turn.say(turn.t.gettext("Note removed."))
    turn.move(Go.note)


async def change(turn: T, arg: str) -> None:
    turn.move(Go.change, int(arg) - 1, True)


async def finish(turn: T, arg: str) -> None:
    participation = await participation_of(turn)
    answers = await own_answers(turn, participation.round.id)
    open_count = len(open_items(turn, answers))
    if open_count == 0:
        await turn.tx.rounds.mark_finished(participation.round.id, turn.actor.user,
                                           datetime.now(UTC))
    turn.move(Go.finish, open_count)


async def finish_anyway(turn: T, arg: str) -> None:
    assert turn.round_id is not None
    await turn.tx.rounds.mark_finished(turn.round_id, turn.actor.user, datetime.now(UTC))
    turn.move(Go.finish_anyway)
