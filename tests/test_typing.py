"""The declaration is typed at its joints: strict mypy refuses a button made from a string, a
move named by a string, an action or a move that is not declared, a state whose loader and
screen disagree, a handler bound in a flow whose turn it does not take, and an addition that
loads for another place's subject or draws what its place does not take. (Checked on a small
module written for the test, against the real flows.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WRONG = '''
from __future__ import annotations

from flows.assessment import screens
from flows.assessment.actions import Act
from flows.assessment.context import AssessmentContext, Go, T
from flows.assessment.handlers import rate
from flows.assessment.loading import load_menu, load_rounds
from flows.engine.declare import Move, State, View
from flows.engine.effects import Button
from flows.engine.extend import Addition
from flows.engine.flow import Flow
from flows.kit.places import IN_REPORT, IN_WORKBOOK
from flows.plan.documents import load_marks, load_report
from flows.pulse.flow import rate as pulse_rate


async def handler(turn: T, arg: str) -> None:
    turn.move("finish")  # a move by its name: WRONG-1
    turn.move(Go.finnish)  # a move not declared: WRONG-2


BUTTONS = [
    Button("Phase 1", "as.rate", "1"),  # a button by its id: WRONG-3
    Button("Phase 1", Act.rat, "1"),  # an action not declared: WRONG-4
    Button("Phase 1", Act.rate, "1"),
]
STATES = [
    State("rounds", View(load_menu, screens.rounds)),  # loader and screen disagree: WRONG-5
    State("rounds", View(load_rounds, screens.rounds)),
]
MOVES = [Move("begin", "*", "menu")]  # WRONG-6
FLOW = Flow(name="assessment", code="as", context=AssessmentContext, initial="menu", states=[],
            moves=[], actions=[
                Act.rate.runs(pulse_rate),  # another flow's handler (its turn): WRONG-7
                Act.rate.runs(rate),
                Act.back.runs(Go.back),
            ])
ADDS = [
    Addition(IN_WORKBOOK, load=load_report),  # loads another place's subject: WRONG-8
    Addition(IN_REPORT, load=load_marks),  # draws what the place does not take: WRONG-9
    Addition(IN_REPORT, load=load_report),
]
'''


def test_strict_mypy_refuses_what_is_not_declared(tmp_path: Path) -> None:
    module = tmp_path / "wrong_flow.py"
    module.write_text(WRONG, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(module)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    lines = WRONG.splitlines()
    # mypy's cache may name the module's earlier path: its lines are known by the file's name
    refused = {int(out.split(":")[1]) for out in result.stdout.splitlines()
               if out.split(":")[0].endswith("/wrong_flow.py")}
    flagged = {lines[n - 1].rsplit("WRONG-", 1)[-1] for n in refused if "WRONG-" in lines[n - 1]}
    assert flagged == {"1", "2", "3", "4", "5", "6", "7", "8", "9"}, result.stdout
    # and nothing else of the module is refused: the right ones pass
    assert all("WRONG-" in lines[n - 1] for n in refused), result.stdout
