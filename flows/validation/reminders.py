"""The review's one reminder: the day before it ends, each participant is told in their own
chat (claimed in the database, so sent once whichever process runs it)."""

from __future__ import annotations

from datetime import datetime, timedelta

from flows.engine.effects import Screen, button, rows
from flows.engine.store import Notice, Transaction
from flows.engine.store.validation import State
from flows.kit.texts import assessment_name, escape
from flows.validation.actions import Act
from flows.validation.context import T

REVIEW_ENDS = "review_ends"  # the notice's kind


async def remind_review(tx: Transaction, now: datetime) -> None:
    for version in await tx.validations.reviews_ending(now.date() + timedelta(days=1)):
        if not await tx.validations.claim_reminder(version.round_id, version.version):
            continue  # another process has it
        for p in await tx.rounds.participants(version.round_id):
            await tx.notices.add(p.user, version.round_id, REVIEW_ENDS,
                                 {"version": version.version})


async def tell_review_ends(turn: T, notice: Notice) -> None:
    assert notice.round_id is not None
    current = (await turn.tx.validations.of_round(notice.round_id)).current
    found = await turn.tx.rounds.get(notice.round_id)
    if found is None or current is None or current.state is not State.REVIEW \
            or current.review_ends is None:
        return
    turn.rounds_shown.add(found.id)
    t, ends = turn.t, current.review_ends
    name = assessment_name(t, found.country, found.created_at, found.title)
    turn.send(lambda: Screen(escape(t.gettext(
        "The review of {round} ends on {date}. If you see a capability differently from the "
        "draft results, flag it before then.").format(round=name, date=t.date(ends))),
        rows([button(t, Act.flags, str(found.id))]), rtl=t.rtl))
