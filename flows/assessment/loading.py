"""What the assessment's screens need, read inside the event's transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.assessment import screen_data
from flows.assessment.context import T
from flows.documents.results import ResultsData, results_of
from flows.engine.extend import prepared
from flows.engine.store import (
    NOTE_MAX,
    Answer,
    Participation,
    Role,
)
from flows.engine.store.validation import State
from flows.kit.places import ON_SHARED_RESULTS, RoundShown


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


async def participation_of(turn: T) -> Participation:
    participation = await current_participation(turn)
    assert participation is not None, "states after the sector have a round"
    return participation


def round_view(participation: Participation) -> screen_data.RoundView:
    r = participation.round
    return screen_data.RoundView(r.id, r.country, r.created_at, r.title,
                                 participation.role is Role.FACILITATOR)


async def own_answers(turn: T, round_id: int) -> dict[str, Answer]:
    return {a.item: a for a in await turn.tx.answers.of_round(round_id, turn.actor.user)}


async def load_menu(turn: T) -> screen_data.MenuData:
    participation = await participation_of(turn)
    answers = await own_answers(turn, participation.round.id)
    others = [p for p in await turn.tx.rounds.participations(turn.actor.user)
              if p.round.id != participation.round.id]
    rated = sum(1 for a in answers.values() if a.item.startswith("cap:") and a.value is not None)
    return screen_data.MenuData(
        round=round_view(participation),
        rated=rated,
        total=len(turn.fw.capabilities),
        next_open=screen_data.first_open(turn.fw, answers),
        others=len(others),
        answered_any=any(a.item.startswith("cap:") for a in answers.values()),
    )


async def load_rounds(turn: T) -> screen_data.RoundsData:
    choices = []
    for p in await turn.tx.rounds.participations(turn.actor.user):
        answers = await turn.tx.answers.of_round(p.round.id, turn.actor.user)
        answered = sum(1 for a in answers if a.item.startswith("cap:") and a.value is not None)
        current = p.round.id == turn.round_id
        choices.append(screen_data.RoundChoice(round_view(p), answered, current))
    return screen_data.RoundsData(turn.fw, tuple(reversed(choices)))


async def load_new_check(turn: T) -> screen_data.NewCheckData:
    participation = await participation_of(turn)
    answers = await own_answers(turn, participation.round.id)
    answered = sum(1 for a in answers.values() if a.item.startswith("cap:") and a.value)
    return screen_data.NewCheckData(round_view(participation), answered, len(turn.fw.capabilities))


async def load_sector(turn: T) -> screen_data.SectorData:
    country, joining = turn.ctx.country, None
    if turn.ctx.invited is not None:
        invite = await turn.tx.rounds.by_invite(turn.ctx.invited)
        joining = await turn.tx.rounds.get(invite.round_id) if invite else None
        if joining is not None:
            turn.rounds_shown.add(joining.id)  # the screen names the round
    elif country is None and turn.round_id is not None:
        country = (await participation_of(turn)).round.country
    assert country is not None
    fixed = turn.ctx.correcting or turn.ctx.invited is not None
    return screen_data.SectorData(
        country, fixed, joining.title if joining else None, joining=joining is not None,
        figures_only=joining.figures_only if joining else False)


async def load_intro(turn: T) -> screen_data.IntroData:
    participation = await participation_of(turn)
    return screen_data.IntroData(turn.fw, participation.round.country, participation.sector)


async def load_question(turn: T) -> screen_data.QuestionData:
    assert turn.round_id is not None
    index = min(max(turn.ctx.index, 0), len(turn.fw.capabilities) - 1)
    cap = turn.fw.capabilities[index]
    answer = await turn.tx.answers.get(turn.round_id, turn.actor.user, cap.item)
    return screen_data.QuestionData(turn.fw, index, answer, turn.notice)


async def load_pending(turn: T) -> screen_data.PendingNoteData:
    assert turn.ctx.pending is not None and turn.ctx.pending_for is not None
    return screen_data.PendingNoteData(turn.fw, turn.ctx.pending_for, turn.ctx.pending, NOTE_MAX)


async def load_review(turn: T) -> screen_data.ReviewData:
    participation = await participation_of(turn)
    answers = await own_answers(turn, participation.round.id)
    return screen_data.ReviewData(turn.fw, round_view(participation), answers)


async def load_finish_check(turn: T) -> screen_data.FinishCheckData:
    participation = await participation_of(turn)
    answers = await own_answers(turn, participation.round.id)
    return screen_data.FinishCheckData(turn.fw, open_items(turn, answers))


def open_items(turn: T, answers: dict[str, Answer]) -> tuple[int, ...]:
    return tuple(
        i for i, cap in enumerate(turn.fw.capabilities)
        if cap.item not in answers or answers[cap.item].value is None
    )


async def load_summary(turn: T) -> screen_data.SummaryData:
    """A person's own answers (never other people's: in a round of two, that would reveal
    them), and the round's results if its facilitators have shown them."""
    participation = await participation_of(turn)
    own = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    shared = None
    if participation.round.published_at is not None:
        validation = await turn.tx.validations.of_round(participation.round.id)
        shared = ResultsData(turn.fw, participation.round,
                             await results_of(turn.tx, turn.fw, participation.round.id),
                             datetime.now(UTC), review=validation.state is State.REVIEW)
    # what other flows add under the shared results (read only when there are some)
    on_shared = await prepared(
        turn.router.additions if shared is not None else (), ON_SHARED_RESULTS, turn.tx,
        RoundShown(turn.fw, participation.round, facilitates=False))
    return screen_data.SummaryData(
        fw=turn.fw,
        round=round_view(participation),
        answers=tuple(a for a in own if a.item.startswith("cap:")),
        pulse=tuple(a for a in own if a.item.startswith("pulse:")),
        final=participation.finished_at is not None,
        next_open=screen_data.first_open(turn.fw, {a.item: a for a in own}),
        today=datetime.now(UTC),
        shared=shared,
        additions=turn.router.additions,
        on_shared=on_shared,
    )
