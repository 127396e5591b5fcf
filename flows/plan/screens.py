"""The action plan's screens: pure, drawn from what `loading` read."""

from __future__ import annotations

from collections.abc import Sequence

from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.store import SECTORS
from flows.engine.store.plans import Agency, PlanAction, Status, Target
from flows.engine.translator import Translator
from flows.kit.texts import assessment_name, bold, escape, labelled, sector_label
from flows.plan import quarters
from flows.plan.actions import Act
from flows.plan.context import ActionData, AddingData, PlanData, TargetsData
from framework.model import Capability, Framework, NextStep

CLIPPED = 90  # characters of an action's words on the plan screen
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


def heading(t: Translator, data: PlanData | AddingData | ActionData | TargetsData) -> str:
    r = data.round
    return bold(t.gettext("Action plan: {name}").format(
        name=assessment_name(t, r.country, r.created_at, r.title)))


def action_line(t: Translator, fw: Framework, number: int, action: PlanAction,
                agencies: Sequence[Agency], overdue: bool) -> str:
    said = clip(words(t, fw, action.capability, action.step, action.text))
    facts = [t.content(fw.capability(action.capability).label),
             status_label(t, action.status), lead_label(t, action.lead, agencies),
             quarter_label(t, action.due)]
    if overdue:
        facts.append(t.gettext("overdue"))
    return f"{number}. {escape(said)}\n    {escape(' · '.join(facts))}"


def plan(t: Translator, data: PlanData) -> list[Screen]:
    fw = data.fw
    domain = fw.domains[data.page]
    own = [a for a in data.actions if fw.capability(a.capability).domain == domain.id]
    lines = [heading(t, data),
             escape(t.gettext("{domain} ({page} of {pages})").format(
                 domain=t.content(domain.name), page=data.page + 1, pages=len(fw.domains)))]
    if not data.actions:
        lines += ["", escape(t.gettext(
            "No actions yet. Add one here, or with “Add action” under a priority of the "
            "summary."))]
    elif not own:
        lines += ["", escape(t.gettext("No actions in this domain yet."))]
    for number, action in enumerate(own, start=1):
        late = (action.status in (Status.PLANNED, Status.STARTED)
                and quarters.overdue(action.due, data.today, data.settings.fiscal_start))
        lines += ["", action_line(t, fw, number, action, data.agencies, late)]
    shown = [Button(str(number), Act.show, str(a.id)) for number, a in enumerate(own, 1)]
    pages = []
    if data.page > 0:
        pages.append(Button(t.gettext("Previous domain"), Act.page, str(data.page - 1)))
    if data.page + 1 < len(fw.domains):
        pages.append(Button(t.gettext("Next domain"), Act.page, str(data.page + 1)))
    return [Screen("\n".join(lines), (*rows(shown, per_row=5), *rows(pages),
                                      (button(t, Act.new), button(t, Act.targets))), rtl=t.rtl)]


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


def action(t: Translator, data: ActionData) -> list[Screen]:
    a, fw = data.action, data.fw
    lines = [heading(t, data), "",
             escape(words(t, fw, a.capability, a.step, a.text)), "",
             escape(labelled(t, t.gettext("For"), t.content(fw.capability(a.capability).name))),
             escape(labelled(t, t.gettext("Target"), target_label(t, data.target))),
             escape(labelled(t, t.gettext("Lead"), lead_label(t, a.lead, data.agencies))),
             escape(labelled(t, t.gettext("Due"), quarter_label(t, a.due))),
             escape(labelled(t, t.gettext("Status"), t.gettext("{status} since {date}").format(
                 status=status_label(t, a.status), date=t.date(a.status_at))))]
    if a.related:
        names = [t.content(fw.capability(c).label) for c in a.related]
        lines.append(escape(labelled(t, t.gettext("Also helps"), t.join(names))))
    others = [Button(status_label(t, s), Act.status, s.value) for s in Status if s != a.status]
    return [Screen("\n".join(lines), (*rows(others, per_row=3),
                                      (button(t, Act.delete), button(t, Act.back))), rtl=t.rtl)]


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
