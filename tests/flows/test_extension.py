"""A new flow adds a button under each priority of the summary and a section to the report by
registration alone (flows.engine.extend): no file of the assessment or the report is edited,
and the button takes the chat into the new flow."""

from __future__ import annotations

import io

from pydantic import BaseModel
from pypdf import PdfReader

from bot.i18n import CatalogLanguages
from flows.engine.actions import Action, Arg
from flows.engine.declare import Move, State, Trigger, View
from flows.engine.effects import Attach, Button, Screen
from flows.engine.extend import Addition
from flows.engine.flow import Flow
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.places import IN_REPORT, ON_PRIORITY, PriorityShown, ReportShown, Section
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


PLAN_FLOW: Flow[PlanContext] = Flow(
    name="extension", code="xt", context=PlanContext, initial="idle",
    states=[State("idle"), State("open", View(load, render))],
    moves=[Move(OPEN, "*", "open")],
    actions=[PLAN.runs(plan)],
    adds=[Addition(ON_PRIORITY, button), Addition(IN_REPORT, section)],
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

    report = await router.drawn((await chat.tap("Report (PDF)")).effects)
    (document,) = [e.attachment for e in report if isinstance(e, Attach)]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(document.data)).pages)
    assert "Action plan (test)" in text and "Actions planned for:" in text

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
