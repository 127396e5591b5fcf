"""The assessment's context (what its conversation keeps between events), and the pure
conditions and changes its moves use."""

from __future__ import annotations

from pydantic import BaseModel

from flows.engine.declare import Trigger
from flows.engine.turn import Turn


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    amend = Trigger("amend")
    back = Trigger("back")
    begin = Trigger("begin")
    change = Trigger("change")
    confirm_new = Trigger("confirm_new")
    detail = Trigger("detail")
    finish = Trigger("finish")
    finish_anyway = Trigger("finish_anyway")
    hold_note = Trigger("hold_note")
    invited = Trigger("invited")
    join = Trigger("join")
    keep = Trigger("keep")
    list_rounds = Trigger("list_rounds")
    note = Trigger("note")
    pick = Trigger("pick")
    proceed = Trigger("proceed")
    recountry = Trigger("recountry")
    resector = Trigger("resector")
    restart = Trigger("restart")
    review = Trigger("review")
    settle = Trigger("settle")
    summarise = Trigger("summarise")
    switch = Trigger("switch")
    to_question = Trigger("to_question")


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
