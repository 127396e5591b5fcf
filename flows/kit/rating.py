"""Recording a person's rating of an item in the chat's round, the same way in every flow."""

from __future__ import annotations

from typing import Any

from flows.engine.actions import one_of
from flows.engine.declare import Trigger
from flows.engine.store.validation import State
from flows.engine.turn import Turn
from flows.kit.texts import rating_label
from framework.scoring import Rating

PHASE_ARG = one_of("1", "2", "3", "4")

# The move `record` takes in the flow that rates: each declares where it leads.
ANSWERED = Trigger("answer")



async def round_open(turn: Turn[Any]) -> bool:
    """Whether the chat's round still takes answers; if not, the person is told so."""
    assert turn.round_id is not None, "answers are asked only once the chat has a round"
    current = await turn.tx.rounds.get(turn.round_id)
    if current is not None and current.closed_at is not None:
        version = (await turn.tx.validations.of_round(current.id)).current
        if version is not None and version.state is State.VALIDATED:
            assert version.validated_on is not None
            turn.say(turn.t.gettext(
                "This round's results were validated by {institution} on {date}: answers can "
                "no longer change. Its facilitators can start a new version."
            ).format(institution=version.institution, date=turn.t.date(version.validated_on)),
                alert=True)
        elif version is not None:
            turn.say(turn.t.gettext(
                "This round is under review: answers are closed while its stakeholders "
                "review the draft results."), alert=True)
        else:
            turn.say(turn.t.gettext(
                "This round is closed: its answers can no longer change."
            ), alert=True)
        return False
    return True


async def record(turn: Turn[Any], item: str, value: Rating) -> bool:
    """Save the rating (the latest wins; a note stays), say so, and take the ANSWERED move;
    False when the round is closed."""
    if not await round_open(turn):
        return False
    assert turn.round_id is not None
    await turn.tx.answers.rate(turn.round_id, turn.actor.user, item, value, turn.source)
    turn.say(turn.t.gettext("Saved: {answer}").format(answer=rating_label(turn.t, turn.fw, value)))
    turn.move(ANSWERED)
    return True
