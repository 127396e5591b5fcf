"""Recording a person's rating of an item in the chat's round, the same way in every flow."""

from __future__ import annotations

from typing import Any

from flows.actions import one_of
from flows.engine import Turn
from flows.texts import rating_label
from framework.scoring import Rating

PHASE_ARG = one_of("1", "2", "3", "4")


async def record(turn: Turn[Any], item: str, value: Rating) -> None:
    """Save the rating (the latest wins; a note stays), say so, and take the `answer` move."""
    assert turn.round_id is not None, "ratings are asked only once the chat has a round"
    await turn.tx.answers.rate(turn.round_id, turn.actor.user, item, value, turn.source)
    turn.say(turn.t.gettext("Saved: {answer}").format(answer=rating_label(turn.t, turn.fw, value)))
    turn.move("answer")
