"""One action's screens: it as it is, editing each field, a change kept to apply again, comments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flows.engine.actions import Action
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store import SECTORS
from flows.engine.store.plans import Agency, Cost, Status
from flows.engine.translator import Translator
from flows.kit.info import report_routes
from flows.kit.texts import (
    MESSAGE_LIMIT,
    bold,
    escape,
    labelled,
    sector_label,
)
from flows.plan import quarters
from flows.plan.actions import FIELDS, Act
from flows.plan.context import (
    ActionData,
    CommentsData,
)
from flows.plan.labels import (
    STEPS_OFFERED,
    clip,
    cost_label,
    field_label,
    heading,
    is_late,
    lead_label,
    next_steps,
    quarter_label,
    status_label,
    target_label,
    ticked,
    words,
)


def facts(t: Translator, data: ActionData) -> list[str]:
    """An action's fields, one per line, as its screen shows them."""
    a, fw = data.action, data.fw
    now = (t.gettext("Phase {phase}").format(phase=data.current) if data.current is not None
           else t.gettext("too few ratings yet"))
    due = quarter_label(t, a.due)
    if is_late(a, data.today, data.settings.fiscal_start):
        due += " · ⚠ " + t.gettext("overdue")
    lines = [labelled(t, t.gettext("For"), t.content(fw.capability(a.capability).name)),
             labelled(t, t.gettext("Now"), now),
             labelled(t, t.gettext("Target"), target_label(t, data.target))]
    if a.related:
        lines.append(labelled(t, field_label(t, "related"),
                              t.join([t.content(fw.capability(c).label) for c in a.related])))
    lines.append(labelled(t, field_label(t, "lead"), lead_label(t, a.lead, data.agencies)))
    if a.supporting:
        lines.append(labelled(t, field_label(t, "supporting"),
                              t.join([lead_label(t, p, data.agencies) for p in a.supporting])))
    lines.append(labelled(t, field_label(t, "due"), due))
    if a.indicator:
        lines.append(labelled(t, field_label(t, "indicator"), a.indicator))
    if a.cost is not None:
        lines.append(labelled(t, field_label(t, "cost"), cost_label(t, a.cost)))
    lines.append(labelled(t, field_label(t, "status"), t.gettext("{status} since {date}").format(
        status=status_label(t, a.status), date=t.date(a.status_at))))
    return lines


def kept_value(t: Translator, data: ActionData, name: str, value: Any) -> str:
    """What a change kept to apply again sets, as words."""
    fw = data.fw
    if name == "text":
        return str(value)
    if name == "step":
        return words(t, fw, data.action.capability, str(value), None)
    if name == "lead":
        return lead_label(t, str(value), data.agencies)
    if name == "supporting":
        return t.join([lead_label(t, str(p), data.agencies) for p in value]) or "—"
    if name == "due":
        return quarter_label(t, str(value))
    if name == "cost":
        return cost_label(t, Cost(value) if value else None)
    if name == "related":
        return t.join([t.content(fw.capability(int(c)).label) for c in value]) or "—"
    if name == "status":
        return status_label(t, Status(value))
    return str(value) if value else "—"


def kept_lines(t: Translator, data: ActionData, kept: dict[str, Any]) -> list[str]:
    """A change kept to apply again, as "Field: value" lines (a next step or typed words are
    one field, the action's)."""
    lines = []
    for name, value in kept.items():
        if name in ("step", "text") and value is None:
            continue
        label = field_label(t, "text" if name == "step" else name)
        lines.append(labelled(t, label, kept_value(t, data, name, value)))
    return lines


def action(t: Translator, data: ActionData) -> list[Screen]:
    a, fw = data.action, data.fw
    said = t.isolate(words(t, fw, a.capability, a.step, a.text))
    lines = [heading(t, data), "", escape(said), "", *(escape(line) for line in facts(t, data))]
    buttons: list[tuple[Button, ...]] = []
    if data.kept:
        lines += ["", bold(t.gettext("Your change was not made, because someone changed the "
                                     "action first:"))]
        lines += [escape(line) for line in kept_lines(t, data, data.kept)]
        buttons += rows([button(t, Act.reapply), button(t, Act.discard)])
    if data.edits:
        others = [Button(status_label(t, s), Act.status, s.value) for s in Status
                  if s != a.status]
        buttons += [*rows(others, per_row=3), *rows([button(t, Act.edit), button(t, Act.delete)])]
        if data.comments:
            buttons += rows([button(t, Act.comments, count=data.comments)])
    else:
        buttons += rows([button(t, Act.comment)])
    buttons.append((button(t, Act.back),))
    return [Screen("\n".join(lines), tuple(buttons), rtl=t.rtl)]


def edit(t: Translator, data: ActionData) -> list[Screen]:
    lines = [heading(t, data), "", escape(clip(words(t, data.fw, data.action.capability,
                                                      data.action.step, data.action.text))),
             "", escape(t.gettext("What do you want to change?"))]
    picks = [Button(field_label(t, name), Act.field, name) for name in FIELDS]
    return [Screen("\n".join(lines), (*rows(picks, per_row=3), (button(t, Act.done),)),
                   rtl=t.rtl)]


def _editing(t: Translator, data: ActionData, name: str, ask: str) -> list[str]:
    a = data.action
    return [heading(t, data), "", escape(clip(words(t, data.fw, a.capability, a.step, a.text))),
            "", bold(field_label(t, name)), escape(ask)]


def edit_text(t: Translator, data: ActionData) -> list[Screen]:
    capability = data.fw.capability(data.action.capability)
    steps = next_steps(capability, data.current)[:STEPS_OFFERED]
    lines = _editing(t, data, "text", t.gettext(
        "Pick one of the MNR's next steps, or type the action in your own words (up to "
        "300 characters):") if steps else t.gettext("Type the action (up to 300 characters):"))
    lines += [f"{n}. {escape(t.content(s.text))}" for n, s in enumerate(steps, start=1)]
    picks = [Button(ticked(s.id == data.action.step, t.gettext("Step {number}").format(
        number=n)), Act.step, s.id) for n, s in enumerate(steps, start=1)]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.done),)),
                   rtl=t.rtl)]


def _parties(t: Translator, agencies: Sequence[Agency], action: Action,
             chosen: Sequence[str]) -> list[tuple[Button, ...]]:
    named = [Button(ticked(f"agency:{a.id}" in chosen, clip(a.name, 40)), action, f"a{a.id}")
             for a in agencies]
    sectors = [Button(ticked(f"sector:{s}" in chosen, sector_label(t, s)), action, f"s{s}")
               for s in SECTORS]
    return [*rows(named), *rows(sectors)]


def edit_lead(t: Translator, data: ActionData) -> list[Screen]:
    lines = _editing(t, data, "lead", t.gettext(
        "Who leads it? Pick one of the round's agencies or a sector, or type an agency's name "
        "(up to 80 characters)."))
    return [Screen("\n".join(lines), (*_parties(t, data.agencies, Act.lead, (data.action.lead,)),
                                      (button(t, Act.done),)), rtl=t.rtl)]


def edit_supporting(t: Translator, data: ActionData) -> list[Screen]:
    lines = _editing(t, data, "supporting", t.gettext(
        "Who supports it? Tap to add or remove; type an agency's name to add a new one."))
    return [Screen("\n".join(lines), (*_parties(t, data.agencies, Act.support,
                                                data.action.supporting),
                                      (button(t, Act.done),)), rtl=t.rtl)]


def edit_due(t: Translator, data: ActionData) -> list[Screen]:
    lines = _editing(t, data, "due", t.gettext("When is it due?"))
    offered = quarters.offered(data.today, data.settings.fiscal_start)
    if data.action.due not in offered:
        offered = [data.action.due, *offered]
    picks = [Button(ticked(q == data.action.due, quarter_label(t, q)), Act.due, q)
             for q in offered]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.done),)),
                   rtl=t.rtl)]


def edit_indicator(t: Translator, data: ActionData) -> list[Screen]:
    now = data.action.indicator
    lines = _editing(t, data, "indicator", t.gettext(
        "Type how progress will be seen (up to 150 characters)."))
    if now:
        lines.append(escape(labelled(t, t.gettext("Now"), now)))
    tools = [button(t, Act.no_indicator)] if now else []
    return [Screen("\n".join(lines), (*rows([*tools, button(t, Act.done)]),), rtl=t.rtl)]


def edit_cost(t: Translator, data: ActionData) -> list[Screen]:
    note = data.settings.cost_note
    lines = _editing(t, data, "cost", t.gettext("How much does it cost?"))
    if note:
        lines.append(escape(labelled(t, t.gettext("Cost bands"), note)))
    picks = [Button(ticked(c == data.action.cost, cost_label(t, c)), Act.cost,
                    c.value if c else "none") for c in (None, *Cost)]
    return [Screen("\n".join(lines), (*rows(picks), (button(t, Act.done),)),
                   rtl=t.rtl)]


def edit_related(t: Translator, data: ActionData) -> list[Screen]:
    lines = _editing(t, data, "related", t.gettext(
        "Which other capabilities does it help? Tap to add or remove. They are listed with the "
        "action, never counted twice."))
    picks = [Button(ticked(c.id in data.action.related, t.content(c.label)), Act.relate,
                    str(c.id)) for c in data.fw.capabilities if c.id != data.action.capability]
    return [Screen("\n".join(lines), (*rows(picks), (button(t, Act.done),)), rtl=t.rtl)]


def comment(t: Translator, data: ActionData) -> list[Screen]:
    a = data.action
    lines = [heading(t, data), "", escape(clip(words(t, data.fw, a.capability, a.step, a.text))),
             "", escape(t.gettext(
                 "Type your comment on this action (up to 300 characters). The facilitators "
                 "read it without your name. No names or case details, please."))]
    return [Screen("\n".join(lines), ((button(t, Act.done),),), rtl=t.rtl)]


def report_like_comment(t: Translator, data: ActionData) -> list[Screen]:
    text = "\n".join([*report_routes(t), "", escape(t.gettext(
        "Comments are about the plan, without names or case details. Save this text as a "
        "comment anyway?"))])
    return [Screen(text, single(button(t, Act.keep_comment), button(t, Act.drop_comment)),
                   rtl=t.rtl)]


def comments(t: Translator, data: CommentsData) -> list[Screen]:
    a = data.action
    lines = [heading(t, data), "", escape(clip(words(t, data.fw, a.capability, a.step, a.text))),
             "", bold(t.gettext("Comments, without names"))]
    used = sum(len(line) for line in lines)
    for c in reversed(data.comments):  # the newest first, as many as fit one message
        line = "• " + escape(labelled(t, t.date(c.at), c.text))
        if used + len(line) > MESSAGE_LIMIT - 200:
            lines.append(escape(t.gettext("(older comments are in the exports)")))
            break
        lines.append(line)
        used += len(line) + 1
    return [Screen("\n".join(lines), ((button(t, Act.done),),), rtl=t.rtl)]


def confirm_delete(t: Translator, data: ActionData) -> list[Screen]:
    said = words(t, data.fw, data.action.capability, data.action.step, data.action.text)
    text = "\n".join([escape(t.gettext("Delete this action from the plan? It stays in the "
                                       "plan's history.")), "", escape(clip(said))])
    return [Screen(text, single(button(t, Act.confirm_delete), button(t, Act.keep)), rtl=t.rtl)]
