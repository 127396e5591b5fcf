"""What the validation's buttons and typed words do: the review opened and given up, the
validation with its snapshot, sharing, a new version, and a participant's flags."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from flows.documents.results import alpha_of, results_of, round_shown
from flows.documents.session_votes import load_sessions
from flows.documents.snapshot import canonical, digest, snapshot_of
from flows.engine.extend import drawn_by, prepared
from flows.engine.store.validation import (
    FLAG_COMMENT_MAX,
    INSTITUTION_MAX,
    SHARED_WITH_MAX,
    Sharing,
    State,
)
from flows.kit.access import facilitated_round
from flows.kit.places import IN_JSON
from flows.kit.typed import too_long
from flows.validation.context import Go, T, ValidationContext

SNAPSHOT_LANGUAGE = "en"  # the snapshot's words (a preset reason, say) are English
OWN_KEY = "validation"  # this flow's key of the JSON export: never inside the snapshot


async def _state(turn: T) -> State | None:
    """The round's state, if the person still facilitates it (else they are told so)."""
    if turn.ctx.round_id is None or await facilitated_round(turn, turn.ctx.round_id) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return None
    return (await turn.tx.validations.of_round(turn.ctx.round_id)).state


async def open_round(turn: T, round_id: str) -> None:
    """"Validation" on the results screen."""
    if await facilitated_round(turn, int(round_id)) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx = ValidationContext(round_id=int(round_id))
    turn.move(Go.status)


async def review(turn: T, arg: str) -> None:
    if await _state(turn) is State.DRAFT:
        turn.move(Go.ends)


async def ends_chosen(turn: T, days: str) -> None:
    """The review opens: answers close, participants see the draft results."""
    if await _state(turn) is not State.DRAFT:
        return
    assert turn.ctx.round_id is not None
    now = datetime.now(UTC)
    validation = await turn.tx.validations.of_round(turn.ctx.round_id)
    ends = (now + timedelta(days=int(days))).date() if int(days) else None
    await turn.tx.validations.open_review(turn.ctx.round_id, validation.number, now, ends)
    await turn.tx.rounds.close(turn.ctx.round_id, now)
    await turn.tx.rounds.publish(turn.ctx.round_id, now)
    turn.say(turn.t.gettext("The review is open."))
    turn.move(Go.status)


async def to_draft(turn: T, arg: str) -> None:
    """The review given up: answers open again; its flags go."""
    if await _state(turn) is not State.REVIEW:
        return
    assert turn.ctx.round_id is not None
    validation = await turn.tx.validations.of_round(turn.ctx.round_id)
    await turn.tx.validations.back_to_draft(turn.ctx.round_id, validation.number)
    await turn.tx.rounds.close(turn.ctx.round_id, None)
    turn.move(Go.status)


async def validate(turn: T, arg: str) -> None:
    if await _state(turn) is State.REVIEW:
        turn.ctx.institution = None
        turn.move(Go.institution)


async def institution_typed(turn: T, text: str) -> None:
    if len(text) > INSTITUTION_MAX:
        too_long(turn, INSTITUTION_MAX, len(text))
        return
    turn.ctx.institution = " ".join(text.split())
    turn.move(Go.confirm)


async def confirm(turn: T, arg: str) -> None:
    """Validated: the snapshot of what the report shows, its hash, and how many it counted,
    all read in this transaction; the round is frozen from now."""
    if await _state(turn) is not State.REVIEW or not turn.ctx.institution:
        return
    assert turn.ctx.round_id is not None
    round_id, fw = turn.ctx.round_id, turn.fw
    found = await turn.tx.rounds.get(round_id)
    assert found is not None
    validation = await turn.tx.validations.of_round(round_id)
    version = validation.number
    tallies, turnout = await turn.tx.answers.tally(round_id)
    results = await results_of(turn.tx, fw, round_id)
    answers = await turn.tx.answers.of_round(round_id)
    agreement = await asyncio.to_thread(alpha_of, fw, answers)
    flags: dict[str, int] = {}
    for flag in await turn.tx.validations.flags(round_id, version):
        flags[flag.item] = flags.get(flag.item, 0) + 1
    english = turn.env.languages.translator(SNAPSHOT_LANGUAGE)
    shown = round_shown(fw, found, results)
    drawers = await prepared(turn.router.additions, IN_JSON, turn.tx, shown)
    keys = [k for k in drawn_by(drawers, english) if k.name != OWN_KEY]
    now = datetime.now(UTC)
    text = canonical(snapshot_of(found, version, turn.ctx.institution, now.date(), tallies,
                                 turnout, await load_sessions(turn.tx, fw, round_id),
                                 agreement, flags, keys))
    if not await turn.tx.validations.validate(round_id, version, turn.ctx.institution,
                                              now.date(), now, text, digest(text),
                                              results.participants):
        return
    turn.ctx.institution = None
    turn.say(turn.t.gettext("Validated: version {number}.").format(number=version))
    turn.move(Go.status)


async def shared(turn: T, arg: str) -> None:
    if await _state(turn) is State.VALIDATED:
        turn.move(Go.shared_with)


async def shared_with_typed(turn: T, text: str) -> None:
    if len(text) > SHARED_WITH_MAX:
        too_long(turn, SHARED_WITH_MAX, len(text))
        return
    await _sharing(turn, Sharing.SHARED, text)


async def confidential(turn: T, arg: str) -> None:
    await _sharing(turn, Sharing.CONFIDENTIAL, None)


async def _sharing(turn: T, sharing: Sharing, text: str | None) -> None:
    if await _state(turn) is not State.VALIDATED:
        return
    assert turn.ctx.round_id is not None
    current = (await turn.tx.validations.of_round(turn.ctx.round_id)).current
    assert current is not None
    await turn.tx.validations.set_sharing(turn.ctx.round_id, current.version, sharing, text,
                                          datetime.now(UTC))
    turn.move(Go.status)


async def new_version(turn: T, arg: str) -> None:
    if await _state(turn) is State.VALIDATED:
        turn.move(Go.new_version)


async def confirm_new(turn: T, arg: str) -> None:
    """The validated version is superseded (it and its files stay); answers open again as
    the next version's draft."""
    if await _state(turn) is not State.VALIDATED:
        return
    assert turn.ctx.round_id is not None
    current = (await turn.tx.validations.of_round(turn.ctx.round_id)).current
    assert current is not None
    await turn.tx.validations.supersede(turn.ctx.round_id, current.version, datetime.now(UTC))
    await turn.tx.rounds.close(turn.ctx.round_id, None)
    turn.move(Go.status)


# a participant's flags -------------------------------------------------------------------
async def open_flags(turn: T, round_id: str) -> None:
    """"I see it differently" under the draft results: for the round's participants."""
    if await turn.tx.rounds.participation(int(round_id), turn.actor.user) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx = ValidationContext(round_id=int(round_id))
    turn.move(Go.flags)


async def _reviewed(turn: T) -> int | None:
    """The version under review, if the person is in the round; else they are told."""
    if turn.ctx.round_id is None or await turn.tx.rounds.participation(
            turn.ctx.round_id, turn.actor.user) is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return None
    current = (await turn.tx.validations.of_round(turn.ctx.round_id)).current
    if current is None or current.state is not State.REVIEW:
        turn.say(turn.t.gettext("The review of this round has ended."), alert=True)
        return None
    return current.version


async def flag(turn: T, capability: str) -> None:
    """A capability tapped: flagged (then a comment is asked), or unflagged if it was."""
    version = await _reviewed(turn)
    if version is None:
        return
    assert turn.ctx.round_id is not None
    item = f"cap:{capability}"
    mine = await turn.tx.validations.my_flags(turn.ctx.round_id, version, turn.actor.user)
    if item in mine:
        await turn.tx.validations.unflag(turn.ctx.round_id, version, item, turn.actor.user)
        turn.ctx.item = None
        turn.move(Go.flags)
        return
    await turn.tx.validations.flag(turn.ctx.round_id, version, item, turn.actor.user, None)
    turn.ctx.item = item
    turn.move(Go.comment)


async def comment_typed(turn: T, text: str) -> None:
    version = await _reviewed(turn)
    if version is None or turn.ctx.item is None:
        return
    if len(text) > FLAG_COMMENT_MAX:
        too_long(turn, FLAG_COMMENT_MAX, len(text))
        return
    assert turn.ctx.round_id is not None
    await turn.tx.validations.flag(turn.ctx.round_id, version, turn.ctx.item,
                                   turn.actor.user, text)
    turn.ctx.item = None
    turn.move(Go.flags)


async def no_comment(turn: T, arg: str) -> None:
    turn.ctx.item = None
    turn.move(Go.flags)
