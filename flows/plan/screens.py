"""The action plan's screens: the plan by domain, adding an action, targets (pure, drawn from
what `loading` read)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from flows.engine.effects import Button, Screen, button, rows
from flows.engine.store import SECTORS
from flows.engine.store.plans import Agency, PlanAction
from flows.engine.translator import Translator
from flows.kit.texts import (
    escape,
    labelled,
    sector_label,
)
from flows.plan import quarters
from flows.plan.actions import FILTERS, Act
from flows.plan.context import (
    PARTS,
    AddingData,
    CapabilitiesData,
    PlanData,
    TargetsData,
)
from flows.plan.labels import (
    STEPS_OFFERED,
    clip,
    clipped,
    filter_label,
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
from framework.model import Capability, Framework

PAGE_ENGLISH, PAGE_OTHERS = 700, 950  # characters of a plan screen


HEAD_ROOM = 160  # of them, for its heading and the domain's line


def action_line(t: Translator, fw: Framework, number: int, action: PlanAction,
                agencies: Sequence[Agency], overdue: bool) -> str:
    said = clipped(t, words(t, fw, action.capability, action.step, action.text))
    facts = [t.content(fw.capability(action.capability).label),
             status_label(t, action.status), lead_label(t, action.lead, agencies),
             quarter_label(t, action.due)]
    if overdue:
        facts.append("⚠ " + t.gettext("overdue"))
    # words typed in another script keep their own direction inside a right-to-left line
    return f"{number}. {escape(t.isolate(said))}\n    {escape(' · '.join(facts))}"


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
        moves.append(Button(t.gettext("Previous page"), Act.page, str(laid[at - 1][0])))
    if at + 1 < len(laid):
        moves.append(Button(t.gettext("Next page"), Act.page, str(laid[at + 1][0])))
    tools = ([button(t, Act.new), button(t, Act.targets), button(t, Act.filter),
              button(t, Act.settings)] if data.edits else [button(t, Act.filter)])
    return [Screen("\n".join(lines), (*rows(shown, per_row=5), *rows(moves), *rows(tools)),
                   rtl=t.rtl)]


def filter_screen(t: Translator, data: PlanData) -> list[Screen]:
    choices = [Button(ticked(only == data.only, filter_label(t, only)), Act.only, only)
               for only in FILTERS]
    return [Screen("\n".join([heading(t, data), escape(t.gettext("Which actions to list?"))]),
                   (*rows(choices, per_row=3), (button(t, Act.back),)), rtl=t.rtl)]


def capability_line(t: Translator, data: CapabilitiesData, capability: Capability) -> str:
    """A capability's line: its phase now, its target, and how many actions serve it."""
    now = data.current.get(capability.id)
    facts = [t.gettext("now {phase}").format(phase=t.number(now, 1)) if now is not None
             else t.gettext("too few ratings yet")]
    target = data.targets.get(capability.id)
    if target is not None:
        facts.append(t.gettext("target {phase}").format(phase=target.phase))
    count = data.actions.get(capability.id, 0)
    if count:
        facts.append(t.ngettext("{n} action", "{n} actions", count).format(n=count))
    return f"{capability.id}. " + labelled(t, t.content(capability.label), " · ".join(facts))


def pick_capability(t: Translator, data: CapabilitiesData) -> list[Screen]:
    lines = [heading(t, data), escape(t.gettext("Which capability does the action serve?")),
             "", *(escape(capability_line(t, data, c)) for c in data.fw.capabilities)]
    choices = [Button(t.content(c.label), Act.capability, str(c.id))
               for c in data.fw.capabilities]
    return [Screen("\n".join(lines), (*rows(choices), (button(t, Act.back),)), rtl=t.rtl)]


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
    return [Screen("\n".join(lines), rows([button(t, Act.save), button(t, Act.cancel)]),
                   rtl=t.rtl)]


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
