"""What the router asks of the shell (`flows.shell.flow`): the flow whose actions run in
every state of every flow, and the replies every flow shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from flows.engine.effects import Screen, Toast
from flows.engine.flow import Flow
from flows.engine.store import DueReminder
from flows.engine.translator import Translator
from flows.engine.turn import Turn

if TYPE_CHECKING:
    from flows.engine.router import Router


class Shell(Protocol):
    flow: Flow[Any]

    def bind(self, router: Router) -> None: ...

    async def ask_consent(self, turn: Turn[Any], entry: str, payload: str = "") -> None: ...

    async def unknown_command(self, turn: Turn[Any], name: str) -> None: ...

    async def unexpected_text(self, turn: Turn[Any]) -> None: ...

    def disclosure(self, turn: Turn[Any], text: str) -> bool:
        """Whether the text reads like a report of abuse; if so, the person is told where to
        report (nothing of the text is kept or repeated)."""
        ...

    async def other_message(self, turn: Turn[Any]) -> None: ...

    async def remind(self, turn: Turn[Any], due: DueReminder) -> None: ...

    async def notify(self, turn: Turn[Any], notice: int) -> None: ...

    async def group_command(self, turn: Turn[Any]) -> None: ...

    def stale(self, t: Translator) -> Toast: ...

    def invalid(self, t: Translator) -> Toast: ...

    def not_here(self, t: Translator) -> Toast: ...

    def busy(self, t: Translator) -> Screen: ...
