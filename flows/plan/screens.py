"""The action plan's screens: pure, drawn from what `loading` read."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from flows.engine.actions import Action
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store import SECTORS
from flows.engine.store.plans import Agency, Cost, PlanAction, Status, Target
from flows.engine.translator import Translator
from flows.kit.info import report_routes
from flows.kit.texts import (
    MESSAGE_LIMIT,
    assessment_name,
    bold,
    escape,
    labelled,
    sector_label,
)
from flows.plan import quarters
from flows.plan.actions import FIELDS, FILTERS, Act
from flows.plan.context import (
    PARTS,
    ActionData,
    AddingData,
    CarryData,
    CommentsData,
    PlanData,
    TargetsData,
)
from framework.model import Capability, Framework, NextStep

CLIPPED = 90  # characters of an action's words on the plan screen
PAGE_ENGLISH, PAGE_OTHERS = 700, 950  # characters of a plan screen
HEAD_ROOM = 160  # of them, for its heading and the domain's line
STEPS_OFFERED = 4  # next steps offered when an action is added


def status_label(t: Translator, status: Status) -> str:
    return {
        Status.PLANNED: t.gettext("Planned"),
        Status.STARTED: t.gettext("Started"),
        Status.DONE: t.gettext("Done"),
        Status.DROPPED: t.gettext("Dropped"),
    }[status]


def quarter_label(t: Translator, quarter: str) -> str:
    found = quarters.QUARTER.match(quarter)
    assert found is not None, quarter
    # Translators: a due date as a quarter of a year, as in "Q3 2027".
    return t.gettext("Q{quarter} {year}").format(quarter=found["quarter"], year=found["year"])


def lead_label(t: Translator, lead: str, agencies: Sequence[Agency]) -> str:
    """An agency's name or a sector, from how an action stores it (``agency:<id>``,
    ``sector:<code>``)."""
    kind, _, key = lead.partition(":")
    if kind == "sector":
        return sector_label(t, key)
    named = {str(a.id): a.name for a in agencies}
    return t.isolate(named.get(key, "?"))


def next_steps(capability: Capability, phase: int | None) -> tuple[NextStep, ...]:
    """The steps to offer: those for the phase the capability is in (phase 1's when not known
    yet); none at phase 4, where the capability is as mature as the MNR describes."""
    return capability.next_steps.get(phase or 1, ())


def step_of(capability: Capability, step: str) -> NextStep | None:
    return next((s for steps in capability.next_steps.values() for s in steps if s.id == step),
                None)


def words(t: Translator, fw: Framework, capability: int, step: str | None,
          text: str | None) -> str:
    """What an action says: its next step, in this language, or the words typed for it."""
    if step is not None:
        found = step_of(fw.capability(capability), step)
        if found is not None:
            return t.content(found.text)
    return text or ""


def clip(text: str, limit: int = CLIPPED) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def target_label(t: Translator, target: Target | None) -> str:
    if target is None:
        return t.gettext("none set")
    if target.quarter is None:
        return t.gettext("Phase {phase}").format(phase=target.phase)
    return t.gettext("Phase {phase} by {quarter}").format(
        phase=target.phase, quarter=quarter_label(t, target.quarter))


def heading(t: Translator,
            data: PlanData | AddingData | ActionData | TargetsData | CommentsData) -> str:
    r = data.round
    return bold(t.gettext("Action plan: {name}").format(
        name=assessment_name(t, r.country, r.created_at, r.title)))


def is_late(action: PlanAction, today: date, fiscal_start: int) -> bool:
    """Open, and due in a quarter that has ended."""
    return (action.status in (Status.PLANNED, Status.STARTED)
            and quarters.overdue(action.due, today, fiscal_start))


def clipped(t: Translator, text: str, limit: int = CLIPPED) -> str:
    """Long words cut on the plan screen, saying there is more (its number opens it all)."""
    if len(text) <= limit:
        return text
    # Translators: after the first words of a long action on the plan screen.
    return text[:limit - 1].rstrip() + "… " + t.gettext("(more)")


def action_line(t: Translator, fw: Framework, number: int, action: PlanAction,
                agencies: Sequence[Agency], overdue: bool) -> str:
    said = clipped(t, words(t, fw, action.capability, action.step, action.text))
    facts = [t.content(fw.capability(action.capability).label),
             status_label(t, action.status), lead_label(t, action.lead, agencies),
             quarter_label(t, action.due)]
    if overdue:
        facts.append("⚠ " + t.gettext("overdue"))
    return f"{number}. {escape(said)}\n    {escape(' · '.join(facts))}"


def page_limit(t: Translator) -> int:
    """Characters a plan screen may hold: English is the shortest language on screen."""
    return PAGE_ENGLISH if t.locale.startswith("en") else PAGE_OTHERS


def listed(data: PlanData) -> list[PlanAction]:
    """The actions the plan screen lists (its filter applied)."""
    if data.only == "all":
        return list(data.actions)
    if data.only == "overdue":
        return [a for a in data.actions
                if is_late(a, data.today, data.settings.fiscal_start)]
    return [a for a in data.actions if a.status.value == data.only]


def pages(t: Translator, data: PlanData) -> list[tuple[int, int, list[str], list[PlanAction]]]:
    """The plan's screens: per domain (in order) its actions' lines cut into parts that fit
    a phone's screen; each as (page number, domain index, lines, actions)."""
    fw, shown = data.fw, listed(data)
    out = []
    for index, domain in enumerate(fw.domains):
        own = [a for a in shown if fw.capability(a.capability).domain == domain.id]
        parts: list[tuple[list[str], list[PlanAction]]] = [([], [])]
        room = page_limit(t) - HEAD_ROOM
        used = 0
        for number, action in enumerate(own, start=1):
            line = action_line(t, fw, number, action, data.agencies,
                               is_late(action, data.today, data.settings.fiscal_start))
            size = len(html.unescape(line)) + 2
            if parts[-1][1] and used + size > room and len(parts) < PARTS:
                parts.append(([], []))
                used = 0
            parts[-1][0].append(line)
            parts[-1][1].append(action)
            used += size
        out += [(index * PARTS + part, index, lines, actions)
                for part, (lines, actions) in enumerate(parts)]
    return out


def filter_label(t: Translator, only: str) -> str:
    if only == "all":
        return t.gettext("All actions")
    if only == "overdue":
        return t.gettext("Overdue")
    return status_label(t, Status(only))


def plan(t: Translator, data: PlanData) -> list[Screen]:
    fw = data.fw
    laid = pages(t, data)
    at = next((i for i, p in enumerate(laid) if p[0] == data.page), 0)
    number, index, action_lines, own = laid[at]
    domain = fw.domains[index]
    parts = sum(1 for p in laid if p[1] == index)
    title = t.gettext("{domain} ({page} of {pages})").format(
        domain=t.content(domain.name), page=index + 1, pages=len(fw.domains))
    if parts > 1:
        title += " · " + t.gettext("part {part} of {parts}").format(
            part=number % PARTS + 1, parts=parts)
    lines = [heading(t, data), escape(title)]
    if data.only != "all":
        lines.append(escape(labelled(t, t.gettext("Showing"), filter_label(t, data.only))))
    if not data.actions:
        lines += ["", escape(t.gettext(
            "No actions yet. Add one here, or with “Add action” under a priority of the "
            "summary.") if data.edits else t.gettext("No actions yet."))]
    elif not own:
        lines += ["", escape(t.gettext("No actions in this domain yet.") if data.only == "all"
                             else t.gettext("None here."))]
    for line in action_lines:
        lines += ["", line]
    first = sum(len(p[3]) for p in laid[:at] if p[1] == index)  # numbers run on by domain
    shown = [Button(str(first + n), Act.show, str(a.id)) for n, a in enumerate(own, 1)]
    moves = []
    if at > 0:
        moves.append(Button(t.gettext("Previous"), Act.page, str(laid[at - 1][0])))
    if at + 1 < len(laid):
        moves.append(Button(t.gettext("Next"), Act.page, str(laid[at + 1][0])))
    tools = ([button(t, Act.new), button(t, Act.targets), button(t, Act.filter),
              button(t, Act.settings)] if data.edits else [button(t, Act.filter)])
    return [Screen("\n".join(lines), (*rows(shown, per_row=5), *rows(moves), *rows(tools)),
                   rtl=t.rtl)]


def filter_screen(t: Translator, data: PlanData) -> list[Screen]:
    choices = [Button(_ticked(only == data.only, filter_label(t, only)), Act.only, only)
               for only in FILTERS]
    return [Screen("\n".join([heading(t, data), escape(t.gettext("Which actions to list?"))]),
                   (*rows(choices, per_row=3), (button(t, Act.back),)), rtl=t.rtl)]


def pick_capability(t: Translator, fw: Framework) -> list[Screen]:
    choices = [Button(t.content(c.label), Act.capability, str(c.id)) for c in fw.capabilities]
    return [Screen(escape(t.gettext("Which capability does the action serve?")),
                   (*rows(choices), (button(t, Act.back),)), rtl=t.rtl)]


def _serves(t: Translator, data: AddingData) -> list[str]:
    capability = data.fw.capability(data.capability)
    now = (t.gettext("Phase {phase}").format(phase=data.current) if data.current is not None
           else t.gettext("too few ratings yet"))
    return [heading(t, data),
            escape(labelled(t, t.gettext("For"), t.content(capability.name))),
            escape(labelled(t, t.gettext("Now"), now)),
            escape(labelled(t, t.gettext("Target"), target_label(t, data.target)))]


def pick_step(t: Translator, data: AddingData) -> list[Screen]:
    capability = data.fw.capability(data.capability)
    steps = next_steps(capability, data.current)[:STEPS_OFFERED]
    lines = _serves(t, data)
    if steps:
        lines += ["", escape(t.gettext(
            "Pick one of the MNR's next steps, or type the action in your own words (up to "
            "300 characters):"))]
        lines += [f"{n}. {escape(t.content(s.text))}" for n, s in enumerate(steps, start=1)]
    else:
        lines += ["", escape(t.gettext("Type the action (up to 300 characters):"))]
    picks = [Button(t.gettext("Step {number}").format(number=n), Act.step, s.id)
             for n, s in enumerate(steps, start=1)]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.cancel),)),
                   rtl=t.rtl)]


def _so_far(t: Translator, data: AddingData) -> list[str]:
    said = words(t, data.fw, data.capability, data.step, data.text)
    lines = [*_serves(t, data), "", escape(labelled(t, t.gettext("Action"), said))]
    if data.lead is not None:
        lines.append(escape(labelled(t, t.gettext("Lead"),
                                     lead_label(t, data.lead, data.agencies))))
    if data.due is not None:
        lines.append(escape(labelled(t, t.gettext("Due"), quarter_label(t, data.due))))
    return lines


def pick_lead(t: Translator, data: AddingData) -> list[Screen]:
    lines = [*_so_far(t, data), "", escape(t.gettext(
        "Who leads it? Pick one of the round's agencies or a sector, or type an agency's name "
        "(up to 80 characters)."))]
    agencies = [Button(clip(a.name, 40), Act.lead, f"a{a.id}") for a in data.agencies]
    sectors = [Button(sector_label(t, s), Act.lead, f"s{s}") for s in SECTORS]
    return [Screen("\n".join(lines), (*rows(agencies), *rows(sectors),
                                      (button(t, Act.cancel),)), rtl=t.rtl)]


def pick_due(t: Translator, data: AddingData) -> list[Screen]:
    lines = [*_so_far(t, data), "", escape(t.gettext("When is it due?"))]
    offered = quarters.offered(data.today, data.settings.fiscal_start)
    picks = [Button(quarter_label(t, q), Act.due, q) for q in offered]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.cancel),)),
                   rtl=t.rtl)]


def review(t: Translator, data: AddingData) -> list[Screen]:
    lines = [*_so_far(t, data), "", escape(t.gettext("Save it in the plan?"))]
    return [Screen("\n".join(lines), ((button(t, Act.save), button(t, Act.cancel)),),
                   rtl=t.rtl)]


def cost_label(t: Translator, cost: Cost | None) -> str:
    return {
        None: t.gettext("None"),
        Cost.LOW: t.gettext("Low"),
        Cost.MEDIUM: t.gettext("Medium"),
        Cost.HIGH: t.gettext("High"),
    }[cost]


def field_label(t: Translator, name: str) -> str:
    return {
        "text": t.gettext("Action"),
        "lead": t.gettext("Lead"),
        "supporting": t.gettext("Supporting"),
        "due": t.gettext("Due"),
        "indicator": t.gettext("Indicator"),
        "cost": t.gettext("Cost band"),
        "related": t.gettext("Also helps"),
        "status": t.gettext("Status"),
    }[name]


def _ticked(on: bool, label: str) -> str:
    return ("✓ " if on else "") + label


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
    lines = [heading(t, data), "", escape(words(t, fw, a.capability, a.step, a.text)), "",
             *(escape(line) for line in facts(t, data))]
    buttons: list[tuple[Button, ...]] = []
    if data.kept:
        lines += ["", bold(t.gettext("Your change was not made, because someone changed the "
                                     "action first:"))]
        lines += [escape(line) for line in kept_lines(t, data, data.kept)]
        buttons.append((button(t, Act.reapply), button(t, Act.discard)))
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
    picks = [Button(_ticked(s.id == data.action.step, t.gettext("Step {number}").format(
        number=n)), Act.step, s.id) for n, s in enumerate(steps, start=1)]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.done),)),
                   rtl=t.rtl)]


def _parties(t: Translator, agencies: Sequence[Agency], action: Action,
             chosen: Sequence[str]) -> list[tuple[Button, ...]]:
    named = [Button(_ticked(f"agency:{a.id}" in chosen, clip(a.name, 40)), action, f"a{a.id}")
             for a in agencies]
    sectors = [Button(_ticked(f"sector:{s}" in chosen, sector_label(t, s)), action, f"s{s}")
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
    picks = [Button(_ticked(q == data.action.due, quarter_label(t, q)), Act.due, q)
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
    picks = [Button(_ticked(c == data.action.cost, cost_label(t, c)), Act.cost,
                    c.value if c else "none") for c in (None, *Cost)]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.done),)),
                   rtl=t.rtl)]


def edit_related(t: Translator, data: ActionData) -> list[Screen]:
    lines = _editing(t, data, "related", t.gettext(
        "Which other capabilities does it help? Tap to add or remove. They are listed with the "
        "action, never counted twice."))
    picks = [Button(_ticked(c.id in data.action.related, t.content(c.label)), Act.relate,
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


def settings(t: Translator, data: PlanData) -> list[Screen]:
    s = data.settings
    start = (t.gettext("January (calendar quarters)") if s.fiscal_start == 1
             else t.month(s.fiscal_start))
    lines = [heading(t, data), bold(t.gettext("Plan settings")),
             escape(labelled(t, t.gettext("Fiscal year starts in"), start)),
             escape(labelled(t, t.gettext("Cost bands"),
                             s.cost_note or t.gettext("not stated"))),
             escape(labelled(t, t.gettext("Participants see the plan"),
                             t.gettext("yes, since {date}").format(date=t.date(s.shown_at))
                             if s.shown_at else t.gettext("no"))),
             escape(labelled(t, t.gettext("Monthly reminder of overdue actions"),
                             t.gettext("on") if s.reminders else t.gettext("off")))]
    shown = Button(t.gettext("Stop showing participants") if s.shown_at
                   else t.gettext("Show to participants"), Act.publish)
    remind = Button(t.gettext("Turn the reminder off") if s.reminders
                    else t.gettext("Turn the reminder on"), Act.reminders)
    return [Screen("\n".join(lines), (*rows([button(t, Act.fiscal), button(t, Act.cost_note)]),
                                      *single(shown, remind, button(t, Act.carry)),
                                      (button(t, Act.back),)), rtl=t.rtl)]


def fiscal(t: Translator, data: PlanData) -> list[Screen]:
    lines = [heading(t, data), escape(t.gettext(
        "In which month does the fiscal year start? Due dates and targets are counted in its "
        "quarters."))]
    picks = [Button(_ticked(m == data.settings.fiscal_start, t.month(m)), Act.month, str(m))
             for m in range(1, 13)]
    return [Screen("\n".join(lines), (*rows(picks, per_row=3), (button(t, Act.done),)),
                   rtl=t.rtl)]


def cost_note(t: Translator, data: PlanData) -> list[Screen]:
    lines = [heading(t, data), escape(t.gettext(
        "Type in one line what low, medium and high cost mean for this plan (up to 200 "
        "characters), for example a range of amounts."))]
    if data.settings.cost_note:
        lines.append(escape(labelled(t, t.gettext("Now"), data.settings.cost_note)))
    return [Screen("\n".join(lines), ((button(t, Act.done),),), rtl=t.rtl)]


def carry(t: Translator, data: CarryData) -> list[Screen]:
    r = data.round
    lines = [bold(t.gettext("Action plan: {name}").format(
        name=assessment_name(t, r.country, r.created_at, r.title)))]
    if not data.offered:
        lines.append(escape(t.gettext(
            "No earlier round of this country that you facilitate has open actions.")))
    else:
        lines.append(escape(t.gettext(
            "Carry over the open actions (planned or started) of an earlier round you "
            "facilitate:")))
    picks = [Button(t.ngettext("{name}: {n} open", "{name}: {n} open", n).format(
        name=clip(assessment_name(t, o.country, o.created_at, o.title), 40), n=n),
        Act.carry_from, str(o.id)) for o, n in data.offered]
    return [Screen("\n".join(lines), (*single(*picks), (button(t, Act.back),)), rtl=t.rtl)]


def confirm_delete(t: Translator, data: ActionData) -> list[Screen]:
    said = words(t, data.fw, data.action.capability, data.action.step, data.action.text)
    text = "\n".join([escape(t.gettext("Delete this action from the plan? It stays in the "
                                       "plan's history.")), "", escape(clip(said))])
    return [Screen(text, single(button(t, Act.confirm_delete), button(t, Act.keep)), rtl=t.rtl)]


def targets(t: Translator, data: TargetsData) -> list[Screen]:
    fw = data.fw
    lines = [heading(t, data), escape(t.gettext(
        "Targets: the phase each capability should reach, and by when. Pick a capability "
        "to set or change its target."))]
    set_ = {target.capability: target for target in data.targets}
    lines += [escape(labelled(t, t.content(fw.capability(c).label), target_label(t, set_[c])))
              for c in sorted(set_)]
    if not set_:
        lines.append(escape(t.gettext("No targets yet.")))
    picks = [Button(t.content(c.label), Act.target, str(c.id)) for c in fw.capabilities]
    return [Screen("\n".join(lines), (*rows(picks), (button(t, Act.back),)), rtl=t.rtl)]


def target_phase(t: Translator, data: TargetsData) -> list[Screen]:
    assert data.capability is not None
    capability = data.fw.capability(data.capability)
    now = next((x for x in data.targets if x.capability == data.capability), None)
    lines = [heading(t, data), escape(labelled(t, t.gettext("For"), t.content(capability.name))),
             escape(labelled(t, t.gettext("Target"), target_label(t, now))), "",
             escape(t.gettext("Which phase should it reach?"))]
    phases = [button(t, Act.target_phase, str(n), phase=n) for n in (1, 2, 3, 4)]
    return [Screen("\n".join(lines), (*rows(phases, per_row=4), (button(t, Act.no_target),),
                                      (button(t, Act.back),)), rtl=t.rtl)]


def target_due(t: Translator, data: TargetsData) -> list[Screen]:
    assert data.capability is not None and data.phase is not None
    capability = data.fw.capability(data.capability)
    lines = [heading(t, data), escape(labelled(t, t.gettext("For"), t.content(capability.name))),
             escape(labelled(t, t.gettext("Target"),
                             t.gettext("Phase {phase}").format(phase=data.phase))), "",
             escape(t.gettext("By when?"))]
    offered = quarters.offered(data.today, data.settings.fiscal_start)
    picks = [Button(quarter_label(t, q), Act.target_due, q) for q in offered]
    return [Screen("\n".join(lines), (*rows(picks, per_row=4), (button(t, Act.back),)),
                   rtl=t.rtl)]
