"""Agreed positions: what a meeting concluded on a question of a round, recorded by its
facilitators in private (from a group session's card, or from the results screen), with a
rationale and an optional dissent note; every recording kept, the latest is the position.
Declared once here (`FLOW`)."""

from __future__ import annotations

from flows.engine.declare import Move, State, View
from flows.engine.effects import Button, button
from flows.engine.extend import Addition
from flows.engine.flow import Flow
from flows.engine.translator import Translator
from flows.kit.entries import AGREE
from flows.kit.places import ON_RESULTS, RoundShown
from flows.positions import documents, screens
from flows.positions.actions import Act
from flows.positions.context import NAME, Go, PositionContext, load_item, load_list
from flows.positions.handlers import (
    all_positions,
    dissent_typed,
    from_session,
    no_dissent,
    open_round,
    phase_chosen,
    picked,
    reason_chosen,
    reason_typed,
)


def results_button(t: Translator, shown: RoundShown) -> Button | None:
    return button(t, Act.open, str(shown.round.id)) if shown.facilitates else None


FLOW: Flow[PositionContext] = Flow(
    name=NAME,
    code="ap",
    context=PositionContext,
    initial="idle",
    states=[
        State("idle"),
        State("items", View(load_list, screens.items), actions=(Act.pick,)),
        State("phase", View(load_item, screens.phase), actions=(Act.phase, Act.back)),
        State("reason", View(load_item, screens.reason), actions=(Act.reason, Act.back),
              text=reason_typed),
        State("recorded", View(load_item, screens.recorded), actions=(Act.dissent, Act.all)),
        State("dissent", View(load_item, screens.dissent), actions=(Act.no_dissent, Act.back),
              text=dissent_typed),
    ],
    moves=[
        Move(Go.items, "*", "items"),
        Move(Go.phase, "*", "phase"),
        Move(Go.reason, "phase", "reason"),
        Move(Go.recorded, ("reason", "dissent"), "recorded"),
        Move(Go.dissent, "recorded", "dissent"),
        Move(Go.back, "reason", "phase"),
        Move(Go.back, "dissent", "recorded"),
        Move(Go.back, "phase", "items"),
    ],
    entries={AGREE: from_session},
    actions=[
        Act.open.runs(open_round),
        Act.pick.runs(picked),
        Act.phase.runs(phase_chosen),
        Act.reason.runs(reason_chosen),
        Act.dissent.runs(Go.dissent),
        Act.no_dissent.runs(no_dissent),
        Act.all.runs(all_positions),
        Act.back.runs(Go.back),
    ],
    adds=[Addition(ON_RESULTS, results_button), *documents.ADDS],
)
