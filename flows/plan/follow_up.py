"""Following the plan up: the monthly reminder of overdue actions to a round's facilitators
(claimed in the database, so sent once whichever process runs it)."""

from __future__ import annotations

from datetime import datetime

from flows.engine.effects import Screen, button, rows
from flows.engine.store import Notice, Role, Round, Transaction
from flows.engine.store.plans import Agency, PlanAction
from flows.engine.translator import Translator
from flows.kit.access import facilitated_round
from flows.kit.texts import assessment_name, bold, escape
from flows.plan.actions import Act
from flows.plan.context import Go, PlanContext, T
from flows.plan.labels import OPEN, clipped, is_late, lead_label, quarter_label, words
from framework.model import Framework

OVERDUE = "plan_overdue"  # the notice's kind
LISTED = 10  # overdue actions a reminder lists; it says how many more there are


def month_of(now: datetime) -> str:
    return now.strftime("%Y-%m")


async def remind_overdue(tx: Transaction, now: datetime) -> None:
    """Once a month per round that asked for it: a notice to each facilitator listing the
    open actions whose quarter has ended (none when there are none)."""
    month = month_of(now)
    for round_id in await tx.plans.reminders_due(month):
        if not await tx.plans.claim_reminder(round_id, month):
            continue  # another process has it
        settings = await tx.plans.settings(round_id)
        late = [a.id for a in await tx.plans.actions(round_id)
                if is_late(a, now.date(), settings.fiscal_start)]
        if not late:
            continue
        for p in await tx.rounds.participants(round_id):
            if p.role is Role.FACILITATOR:
                await tx.notices.add(p.user, round_id, OVERDUE, {"actions": late})


async def tell_overdue(turn: T, notice: Notice) -> None:
    """The reminder, in the facilitator's own chat and language, if they still facilitate."""
    assert notice.round_id is not None
    found = await facilitated_round(turn, notice.round_id)
    if found is None:
        return
    turn.rounds_shown.add(found.id)
    wanted = {int(i) for i in notice.detail.get("actions", [])}
    actions = [a for a in await turn.tx.plans.actions(found.id)
               if a.id in wanted and a.status in OPEN]
    if not actions:
        return
    agencies = tuple(await turn.tx.plans.agencies(found.id))
    t, fw = turn.t, turn.fw
    turn.send(lambda: overdue_screen(t, fw, found, actions, agencies))


def overdue_screen(t: Translator, fw: Framework, found: Round, actions: list[PlanAction],
                   agencies: tuple[Agency, ...]) -> Screen:
    name = assessment_name(t, found.country, found.created_at, found.title)
    lines = [bold(t.gettext("Action plan: {name}").format(name=name)), escape(t.ngettext(
        "{n} action is overdue (its quarter has ended):",
        "{n} actions are overdue (their quarter has ended):", len(actions)).format(
        n=len(actions)))]
    for a in actions[:LISTED]:
        said = clipped(t, words(t, fw, a.capability, a.step, a.text))
        lines.append("• " + escape(f"{said} · {lead_label(t, a.lead, agencies)} · "
                                   f"{quarter_label(t, a.due)}"))
    if len(actions) > LISTED:
        lines.append(escape(t.gettext("and {n} more").format(n=len(actions) - LISTED)))
    lines.append(escape(t.gettext(
        "Change their status or due quarter in the plan. This reminder comes once a month; "
        "turn it off in the plan's settings.")))
    return Screen("\n".join(lines), rows([button(t, Act.open, str(found.id))]), rtl=t.rtl)


async def open_round(turn: T, round_id: str) -> None:
    """"Open the plan" under a reminder: the round's plan, if they still facilitate it."""
    found = await facilitated_round(turn, int(round_id))
    if found is None:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.round_id = found.id
    turn.ctx = PlanContext()
    turn.move(Go.begin)
