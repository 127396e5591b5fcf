"""The action plan where a round's results are drawn (flows.kit.places): a section of the PDF
report, a sheet of the workbook, a key of the JSON export, its targets on the capability chart
and after each capability's line of the results screen.

Each addition reads the plan in the transaction (`load_*`) and gives a pure drawer, run after
it (a document is drawn in a worker). What leaves is the round's plan as its facilitators set
it: targets, actions, agencies and settings; never a comment, and never who wrote what (the
plan keeps no one's id where it could leave). Someone who does not facilitate the round sees
the plan in their own files only once the facilitators show it to participants.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from flows.engine.extend import Addition, Drawer, nothing
from flows.engine.store import Transaction
from flows.engine.store.plans import Agency, Cost, PlanAction, Settings, Status, Target
from flows.engine.translator import Translator
from flows.kit.places import (
    IN_JSON,
    IN_REPORT,
    IN_WORKBOOK,
    ON_CAPABILITY_LINES,
    ON_CHANGE_LINES,
    ON_CHART,
    CapabilityNotes,
    Json,
    JsonKey,
    Marks,
    ReportShown,
    RoundShown,
    Section,
    Sheet,
    Table,
)
from flows.kit.texts import labelled, sector_label, series
from flows.plan import labels
from flows.plan.labels import (
    is_late,
    lead_label,
    quarter_label,
    status_label,
    target_label,
    words,
)
from framework.model import Framework

# the report's columns, in percent: capability, action, lead, due, status, phase now → target
WIDTHS = (14, 32, 17, 8, 15, 14)


@dataclass(frozen=True)
class PlanRead:
    """A round's plan as its documents show it, read in one transaction."""

    targets: tuple[Target, ...]
    actions: tuple[PlanAction, ...]
    agencies: tuple[Agency, ...]
    settings: Settings
    today: date

    def target(self, capability: int) -> Target | None:
        return next((x for x in self.targets if x.capability == capability), None)

    def overdue(self, action: PlanAction) -> bool:
        return is_late(action, self.today, self.settings.fiscal_start)

    @property
    def empty(self) -> bool:
        return not self.targets and not self.actions


async def read_plan(tx: Transaction, shown: RoundShown) -> PlanRead | None:
    """The round's plan, or None where it is not to be shown: to someone who does not
    facilitate the round, until its facilitators show the plan to participants."""
    plans = tx.plans
    settings = await plans.settings(shown.round.id)
    if not shown.facilitates and settings.shown_at is None:
        return None
    return PlanRead(tuple(await plans.targets(shown.round.id)),
                    tuple(await plans.actions(shown.round.id)),
                    tuple(await plans.agencies(shown.round.id)), settings,
                    datetime.now(UTC).date())



def in_order(fw: Framework, actions: Sequence[PlanAction]) -> list[PlanAction]:
    """Actions by their capability's place in the framework, then in the order added."""
    place = {c.id: number for number, c in enumerate(fw.capabilities)}
    return sorted(actions, key=lambda a: (place[a.capability], a.id))


def party(t: Translator, lead: str, agencies: Sequence[Agency]) -> str:
    """Who leads or supports, as plain text for a cell (no direction marks)."""
    kind, _, key = lead.partition(":")
    if kind == "sector":
        return sector_label(t, key)
    return next((a.name for a in agencies if str(a.id) == key), "?")


def cost_label(t: Translator, cost: Cost | None) -> str:
    return labels.cost_label(t, cost, none="")


def phase_now(t: Translator, shown: RoundShown, capability: int) -> str:
    now = shown.current.get(capability)
    return t.number(now, 1) if now is not None else ""


# the PDF report ---------------------------------------------------------------------------
async def load_report(tx: Transaction, shown: ReportShown) -> Drawer[Section]:
    plan = await read_plan(tx, shown)
    if plan is None or plan.empty:
        return nothing
    return lambda t: report_section(t, shown, plan)


def report_section(t: Translator, shown: RoundShown, plan: PlanRead) -> Section:
    """One table per domain with actions; the targets of capabilities without an action in a
    line after them. Overdue actions are marked and say so."""
    fw = shown.fw
    late = sum(1 for a in plan.actions if plan.overdue(a))
    said = t.ngettext("{n} action in the plan.", "{n} actions in the plan.",
                      len(plan.actions)).format(n=len(plan.actions))
    if late:
        # Translators: two sentences one after the other (no space between them in Chinese).
        said = t.gettext("{first} {second}").format(first=said, second=t.ngettext(
            "{n} of them is overdue.", "{n} of them are overdue.", late).format(n=late))
    header = (t.gettext("Capability"), t.gettext("Action"), t.gettext("Lead"),
              t.gettext("Due"), t.gettext("Status"),
              # Translators: a column of the plan's table: "2 → 3", the phase now and the
              # target (use ← if your script runs right to left and the arrow should too).
              t.gettext("Phase now → target"))
    tables = []
    for domain in fw.domains:
        own = [a for a in in_order(fw, plan.actions)
               if fw.capability(a.capability).domain == domain.id]
        if not own:
            continue
        rows = tuple(action_cells(t, shown, plan, a) for a in own)
        marked = frozenset(n for n, a in enumerate(own) if plan.overdue(a))
        tables.append(Table(t.content(domain.name), header, rows, marked, WIDTHS))
    planned = {a.capability for a in plan.actions}
    without = [labelled(t, t.content(fw.capability(x.capability).label), target_label(t, x))
               for x in sorted(plan.targets, key=lambda x: x.capability)
               if x.capability not in planned]
    notes = [labelled(t, t.gettext("Targets of capabilities with no action yet"),
                      series(t, without))] if without else []
    return Section(t.gettext("Action plan"), (said,), tuple(tables), tuple(notes))


def action_cells(t: Translator, shown: RoundShown, plan: PlanRead,
                 action: PlanAction) -> tuple[str, ...]:
    fw = shown.fw
    lead = lead_label(t, action.lead, plan.agencies)
    if action.supporting:
        lead = t.gettext("{lead}, with {supporting}").format(lead=lead, supporting=t.join(
            [lead_label(t, s, plan.agencies) for s in action.supporting]))
    status = t.gettext("{status} since {date}").format(
        status=status_label(t, action.status), date=t.date(action.status_at))
    if plan.overdue(action):
        status += " · " + t.gettext("overdue")
    target = plan.target(action.capability)
    phases = t.gettext("{now} → {target}").format(
        now=phase_now(t, shown, action.capability) or "–",
        target=target_label(t, target) if target is not None else "–")
    return (t.content(fw.capability(action.capability).label),
            words(t, fw, action.capability, action.step, action.text), lead,
            quarter_label(t, action.due), status, phases)


# the workbook -----------------------------------------------------------------------------
async def load_sheet(tx: Transaction, shown: RoundShown) -> Drawer[Sheet]:
    plan = await read_plan(tx, shown)
    if plan is None or not plan.actions:
        return nothing
    return lambda t: plan_sheet(t, shown, plan)


def sheet_header(t: Translator) -> tuple[str, ...]:
    return (t.gettext("domain"), t.gettext("capability"), t.gettext("related capabilities"),
            t.gettext("phase now"), t.gettext("target phase"), t.gettext("target by"),
            t.gettext("action"), t.gettext("lead agency"), t.gettext("supporting agencies"),
            t.gettext("due quarter"), t.gettext("cost band"), t.gettext("indicator"),
            t.gettext("status"), t.gettext("status date"))


def plan_sheet(t: Translator, shown: RoundShown, plan: PlanRead) -> Sheet:
    """One row per action, every cell text: what a spreadsheet filters and sorts."""
    fw = shown.fw
    rows = []
    for a in in_order(fw, plan.actions):
        capability = fw.capability(a.capability)
        target = plan.target(a.capability)
        rows.append((
            t.content(fw.domain(capability.domain).name), t.content(capability.label),
            t.join([t.content(fw.capability(c).label) for c in a.related]),
            phase_now(t, shown, a.capability),
            str(target.phase) if target is not None else "",
            quarter_label(t, target.quarter) if target and target.quarter else "",
            words(t, fw, a.capability, a.step, a.text), party(t, a.lead, plan.agencies),
            t.join([party(t, s, plan.agencies) for s in a.supporting]),
            quarter_label(t, a.due), cost_label(t, a.cost), a.indicator or "",
            status_label(t, a.status), a.status_at.date().isoformat(),
        ))
    # Translators: the name of the workbook's sheet with the action plan (31 characters at most).
    return Sheet(t.gettext("Plan"), sheet_header(t), tuple(rows))


# the JSON export --------------------------------------------------------------------------
async def load_json(tx: Transaction, shown: RoundShown) -> Drawer[JsonKey]:
    plan = await read_plan(tx, shown)
    if plan is None:
        return nothing
    return lambda t: JsonKey("plan", plan_json(plan))


def plan_json(plan: PlanRead) -> Json:
    """The plan as data, as stored (ids, quarters, codes; an action's words as typed, or the
    id of the next step it took): no one's id, no comment."""
    return {
        "targets": [{"capability": x.capability, "phase": x.phase, "quarter": x.quarter}
                    for x in sorted(plan.targets, key=lambda x: x.capability)],
        "actions": [{
            "id": a.id, "capability": a.capability, "related": list(a.related),
            "step": a.step, "text": a.text, "lead": a.lead, "supporting": list(a.supporting),
            "due": a.due, "indicator": a.indicator,
            "cost": a.cost.value if a.cost is not None else None,
            "status": a.status.value, "status_at": a.status_at.isoformat(),
        } for a in plan.actions],
        "agencies": [{"id": a.id, "name": a.name} for a in plan.agencies],
        "settings": {"fiscal_start": plan.settings.fiscal_start,
                     "cost_note": plan.settings.cost_note},
    }


# targets on the chart and the results screen ----------------------------------------------
async def load_marks(tx: Transaction, shown: RoundShown) -> Drawer[Marks]:
    plan = await read_plan(tx, shown)
    if plan is None or not plan.targets:
        return nothing
    phases = {x.capability: float(x.phase) for x in plan.targets}
    return lambda t: Marks(t.gettext("Target"), phases)


async def load_notes(tx: Transaction, shown: RoundShown) -> Drawer[CapabilityNotes]:
    plan = await read_plan(tx, shown)
    if plan is None or not plan.targets:
        return nothing
    targets = plan.targets
    return lambda t: CapabilityNotes({x.capability: target_note(t, x) for x in targets})


def target_note(t: Translator, target: Target) -> str:
    """A target after a capability's line of the results screen, short ("→ Phase 3 by Q2
    2027")."""
    # Translators: after a capability's figures on the results screen: its target, as in
    # "→ Phase 3 by Q2 2027" (use ← if your script runs right to left and it reads better).
    return t.gettext("→ {target}").format(target=target_label(t, target))


# the statuses of its actions after each capability of a comparison -------------------------
async def load_change_notes(tx: Transaction, shown: RoundShown) -> Drawer[CapabilityNotes]:
    plan = await read_plan(tx, shown)
    if plan is None or not plan.actions:
        return nothing
    actions = plan.actions
    return lambda t: CapabilityNotes(statuses_by_capability(t, actions))


def statuses_by_capability(t: Translator, actions: Sequence[PlanAction]) -> dict[int, str]:
    """Per capability, how many of its actions are in each status ("actions: Started 1,
    Planned 2"), in the order of the statuses."""
    out = {}
    for capability in sorted({a.capability for a in actions}):
        counts = [(s, sum(1 for a in actions if a.capability == capability and a.status is s))
                  for s in Status]
        listed = t.gettext(", ").join(
            t.gettext("{status} {n}").format(status=status_label(t, s), n=n)
            for s, n in counts if n)
        # Translators: after a capability's change between two rounds: its actions by status.
        out[capability] = t.gettext("actions: {statuses}").format(statuses=listed)
    return out


# What the plan adds, listed in its declaration (flows/plan/flow.py, `Flow(adds=...)`).
ADDS: tuple[Addition[Any, Any], ...] = (
    Addition(IN_REPORT, load=load_report),
    Addition(ON_CHANGE_LINES, load=load_change_notes),
    Addition(IN_WORKBOOK, load=load_sheet),
    Addition(IN_JSON, load=load_json),
    Addition(ON_CHART, load=load_marks),
    Addition(ON_CAPABILITY_LINES, load=load_notes),
)
