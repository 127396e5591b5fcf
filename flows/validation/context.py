"""The validation's context (what a chat is in the middle of), its moves, and what its screens
load."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from pydantic import BaseModel

from flows.engine.declare import Trigger
from flows.engine.store import Round
from flows.engine.store.validation import Validation
from flows.engine.turn import Turn
from flows.kit.access import facilitated_round
from framework.model import Framework

NAME = "validation"


class Go:
    status = Trigger("status")
    ends = Trigger("ends")
    institution = Trigger("institution")
    confirm = Trigger("confirm")
    shared_with = Trigger("shared_with")
    new_version = Trigger("new_version")
    flags = Trigger("flags")
    comment = Trigger("comment")
    back = Trigger("back")
    done = Trigger("done")


class ValidationContext(BaseModel):
    round_id: int | None = None
    institution: str | None = None  # typed, before the facilitator confirms
    item: str | None = None  # the capability a participant flags


T = Turn[ValidationContext]


@dataclass(frozen=True)
class StatusData:
    fw: Framework
    round: Round
    validation: Validation
    today: date
    institution: str | None = None
    flags: dict[str, list[str | None]] = field(default_factory=dict)  # comments per item


@dataclass(frozen=True)
class FlagsData:
    fw: Framework
    round: Round
    mine: frozenset[str]
    item: str | None = None
    open: bool = True  # the review still runs


async def load_status(turn: T) -> StatusData:
    assert turn.ctx.round_id is not None
    found = await facilitated_round(turn, turn.ctx.round_id)
    assert found is not None, "the validation is drawn only for a facilitator"
    validation = await turn.tx.validations.of_round(found.id)
    flags: dict[str, list[str | None]] = defaultdict(list)
    if validation.current is not None:
        for flag in await turn.tx.validations.flags(found.id, validation.current.version):
            flags[flag.item].append(flag.comment)
    return StatusData(turn.fw, found, validation, datetime.now(UTC).date(), turn.ctx.institution,
                      dict(flags))


async def load_flags(turn: T) -> FlagsData:
    assert turn.ctx.round_id is not None
    found = await turn.tx.rounds.get(turn.ctx.round_id)
    assert found is not None
    current = (await turn.tx.validations.of_round(found.id)).current
    if current is None or current.state.value != "review":
        return FlagsData(turn.fw, found, frozenset(), turn.ctx.item, open=False)
    mine = await turn.tx.validations.my_flags(found.id, current.version, turn.actor.user)
    return FlagsData(turn.fw, found, frozenset(mine), turn.ctx.item)
