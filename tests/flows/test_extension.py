"""A new flow adds a button under each priority of the summary and a section to the report by
registration alone (flows.engine.extend): no file of the assessment or the report is edited,
and the button takes the chat into the new flow. An addition may read the database first
(`Addition(place, load=...)`): it reads in the transaction and draws after it."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pydantic import BaseModel
from pypdf import PdfReader

from bot.i18n import CatalogLanguages, translator
from flows.engine.actions import Action, Arg
from flows.engine.declare import Move, State, Trigger, View
from flows.engine.effects import Attach, Button, Screen
from flows.engine.extend import Addition, Drawer, ExtensionError, drawn
from flows.engine.flow import Flow
from flows.engine.store import Role, Round, Transaction
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.places import (
    IN_REPORT,
    ON_CAPABILITY_LINES,
    ON_PRIORITY,
    ON_RESULTS,
    CapabilityNotes,
    PriorityShown,
    ReportShown,
    RoundShown,
    Section,
    Table,
)
from flows.routing import FLOWS, build_router
from framework import load_framework
from storage.store import SqlStore
from tests.flows.chat import Chat

FW = load_framework()
PLAN = Action("xt", "plan", Arg(lambda: [str(c.id) for c in FW.capabilities]), enters=True)


OPEN = Trigger("open")


class PlanContext(BaseModel):
    capability: int = 0


async def plan(turn: Turn[PlanContext], arg: str) -> None:
    turn.ctx.capability = int(arg)
    turn.move(OPEN)


async def load(turn: Turn[PlanContext]) -> int:
    return turn.ctx.capability


def render(t: Translator, capability: int) -> list[Screen]:
    return [Screen(f"Actions for capability {capability}")]


def button(t: Translator, shown: PriorityShown) -> Button:
    return Button(f"Extra: {shown.capability}", PLAN, str(shown.capability))


def section(t: Translator, shown: ReportShown) -> Section:
    names = [t.content(p.capability.name) for p in shown.priorities]
    return Section("Action plan (test)", (f"Actions planned for: {', '.join(names)}",))


LOADS: list[str] = []  # what the loading additions read, in order


async def loaded_section(tx: Transaction, shown: ReportShown) -> Drawer[Section]:
    """Reads the round in the transaction; draws from what it read, after it."""
    found = await tx.rounds.get(shown.round.id)
    assert found is not None
    LOADS.append(f"report {found.code}")

    def draw(t: Translator) -> Section:
        LOADS.append("drawn")
        table = Table("Round", ("code", "country"), ((found.code, found.country),),
                      frozenset({0}), (50, 50))
        return Section("Loaded (test)", (), (table,), ("note in small print",))

    return draw


async def loaded_notes(tx: Transaction, shown: RoundShown) -> Drawer[CapabilityNotes]:
    people = await tx.rounds.participants(shown.round.id)
    LOADS.append("notes")
    return lambda t: CapabilityNotes({2: f"[{len(people)} joined]"})


def results_button(t: Translator, shown: RoundShown) -> Button:
    return Button(f"Extra for round {shown.round.code}", PLAN, "1")


PLAN_FLOW: Flow[PlanContext] = Flow(
    name="extension", code="xt", context=PlanContext, initial="idle",
    states=[State("idle"), State("open", View(load, render))],
    moves=[Move(OPEN, "*", "open")],
    actions=[PLAN.runs(plan)],
    adds=[Addition(ON_PRIORITY, button), Addition(IN_REPORT, section),
          Addition(IN_REPORT, load=loaded_section),
          Addition(ON_CAPABILITY_LINES, load=loaded_notes),
          Addition(ON_RESULTS, results_button)],
)


async def test_a_flow_adds_a_button_to_each_priority_and_a_section_to_the_report(
    store: SqlStore,
) -> None:
    router = build_router(FW, store, CatalogLanguages(), flows=(*FLOWS, PLAN_FLOW))
    chat = Chat(router)
    await chat.start_round()
    for _ in range(21):
        await chat.tap("Phase 1")
    await chat.tap("Finish")
    added = [label for label in chat.labels if label.startswith("Extra: ")]
    assert len(added) == 3, chat.labels  # one under each of the top three priorities

    LOADS.clear()
    tapped = await chat.tap("Report (PDF)")
    assert LOADS == []  # a job: recorded in the tap's transaction, run after it
    report = await router.drawn(tapped.effects)
    (document,) = [e.attachment for e in report if isinstance(e, Attach)]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(document.data)).pages)
    assert "Action plan (test)" in text and "Actions planned for:" in text
    # the loading addition read in the job's transaction, and drew once the PDF was drawn
    assert len(LOADS) == 2 and LOADS[0].startswith("report ") and LOADS[1] == "drawn"
    code = LOADS[0].removeprefix("report ")
    assert "Loaded (test)" in text and f"{code}MD" in text.replace(" ", "")
    assert "note in small print" in text

    first = added[0].removeprefix("Extra: ")
    await chat.tap(added[0])
    assert chat.screen.text == f"Actions for capability {first}"


async def test_without_the_flow_nothing_is_added(store: SqlStore) -> None:
    # the real action plan adds "Add action" too: left out here, with the test flow
    chat = Chat(build_router(FW, store, CatalogLanguages(),
                             flows=[f for f in FLOWS if f.name != "plan"]))
    await chat.start_round()
    for _ in range(21):
        await chat.tap("Phase 1")
    await chat.tap("Finish")
    assert not [label for label in chat.labels if label.startswith("Add action")]


async def test_additions_that_load_on_the_results_screen(store: SqlStore) -> None:
    router = build_router(FW, store, CatalogLanguages(), flows=(*FLOWS, PLAN_FLOW))
    chat = Chat(router)
    await chat.command("start")
    await chat.tap("I agree")
    async with store.transaction() as tx:
        found = await tx.rounds.create("KE", "tg:1001", "Kenya 2026")
        for n, user in enumerate(("tg:1001", "tg:1002", "tg:1003")):
            await tx.rounds.join(found.id, user, "government",
                                 Role.FACILITATOR if n == 0 else Role.PARTICIPANT)
    await chat.command("rounds")
    await chat.tap(next(label for label in chat.labels if "Kenya 2026" in label))
    LOADS.clear()
    reply = await chat.command("results")
    assert LOADS == ["notes"]  # read with the screen's data, in its transaction
    line = next(ln for ln in reply.screens[0].text.splitlines() if ln.startswith("2. "))
    assert line.endswith(" [3 joined]")
    assert f"Extra for round {found.code}" in chat.labels
    await chat.tap(f"Extra for round {found.code}")  # into the adding flow
    assert chat.screen.text == "Actions for capability 1"


def test_an_addition_draws_or_loads_and_a_place_drawn_without_loading_says_so() -> None:
    with pytest.raises(ExtensionError):
        Addition(IN_REPORT)
    with pytest.raises(ExtensionError):
        Addition(IN_REPORT, section, load=loaded_section)
    shown = ReportShown(FW, Round(1, "CODE", "KE", "tg:1", datetime.now(UTC)))
    with pytest.raises(ExtensionError, match="prepared"):
        drawn(PLAN_FLOW.adds, IN_REPORT, translator("en"), shown)
    assert drawn(PLAN_FLOW.adds, ON_PRIORITY, translator("en"),
                 PriorityShown(1, 4)) == [Button("Extra: 4", PLAN, "4")]
