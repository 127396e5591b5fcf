"""A flow, declared in one place: its states, moves and actions, checked when declared, with
the `transitions` machine its turns move on."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Generic

from pydantic import ValidationError
from transitions import Machine

from flows.engine.actions import Bound, Entry, Handler
from flows.engine.declare import (
    EXPIRE,
    REFRESH,
    C,
    Condition,
    FlowError,
    JobHandler,
    Move,
    NoticeHandler,
    State,
    Task,
    View,
)
from flows.engine.extend import Addition
from flows.engine.turn import Turn


def _condition(check: Condition) -> Callable[[Any], bool]:
    return lambda event_data: check(event_data.model, *event_data.args)


def _then(change: Callable[..., None]) -> Callable[[Any], None]:
    return lambda event_data: change(event_data.model, *event_data.args)


class Flow(Generic[C]):
    """One flow, declared in one place."""

    def __init__(
        self,
        *,
        name: str,
        code: str,
        context: type[C],
        initial: str,
        states: Sequence[State],
        moves: Sequence[Move],
        actions: Sequence[Bound[Turn[C]]],
        shared: bool = False,
        chat_closed: Callable[[Turn[Any]], Awaitable[None]] | None = None,
        jobs: dict[str, JobHandler] | None = None,
        adds: Sequence[Addition[Any, Any]] = (),
        entries: Mapping[Entry, Callable[[Turn[C], str], Awaitable[None]]] | None = None,
        notices: Mapping[str, NoticeHandler] | None = None,
        tasks: Sequence[Task] = (),
    ) -> None:
        self.name = name
        # slow work, run later from its record (`Turn.job`): a handler gets the turn and the
        # detail it was recorded with, and attaches what it draws
        self.jobs = dict(jobs or {})
        # what it adds to other flows' screens and to documents (flows.engine.extend)
        self.adds = tuple(adds)
        # its doors: other flows hand off to them (flows.kit.entries)
        self.entries: dict[Entry, Handler] = dict(entries or {})
        # the notices it tells (by kind), and its work on a schedule (flows.engine.scheduled)
        self.notices = dict(notices or {})
        self.tasks = tuple(tasks)
        self.code = code
        self.context = context
        self.initial = initial
        self.states = {state.name: state for state in states}
        self.moves = tuple(moves)
        self.actions = tuple(actions)
        self.shared = shared  # the shell: its actions run in whatever flow the chat is in
        # called for each of its cards when the bot can no longer write in their chat
        self.chat_closed = chat_closed
        self._bound = {action.name for st in self.states.values() for action in st.actions}
        self._check()
        self.machine = Machine(
            model=None,
            states=list(self.states),
            transitions=[
                {
                    "trigger": m.trigger.name,
                    "source": list(m.source) if isinstance(m.source, tuple) else m.source,
                    "dest": m.dest,
                    "conditions": [_condition(c) for c in m.when],
                    "unless": [_condition(c) for c in m.unless],
                    "after": [_then(m.then)] if m.then else [],
                }
                for m in (*self.moves, Move(REFRESH, "*", "="))
            ],
            initial=initial,
            auto_transitions=False,
            ignore_invalid_triggers=False,
            send_event=True,
            after_state_change="_moved",
        )

    def _check(self) -> None:
        declared = {a.declared for a in self.actions}
        for bound in self.actions:
            if bound.declared.code != self.code:
                raise FlowError(f"{self.name}: action {bound.declared.id!r} is another flow's")
        if self.initial not in self.states:
            raise FlowError(f"{self.name}: initial state {self.initial!r} is not declared")
        for state in self.states.values():
            for action in state.actions:
                if action not in declared:
                    raise FlowError(f"{self.name}.{state.name}: unbound action {action.id!r}")
        for move in self.moves:
            sources = (move.source,) if isinstance(move.source, str) else move.source
            for state_name in (*sources, move.dest):
                if state_name not in ("*", "=") and state_name not in self.states:
                    raise FlowError(f"{self.name}: move {move.trigger.name!r} names {state_name!r}")
            if hasattr(Turn, move.trigger.name):
                raise FlowError(
                    f"{self.name}: trigger {move.trigger.name!r} hides a Turn attribute")
        expiring = [m for m in self.moves if m.trigger == EXPIRE]
        for state in self.states.values():
            if state.held and not any(m.source == "*" or state.name in (
                    (m.source,) if isinstance(m.source, str) else m.source) for m in expiring):
                raise FlowError(
                    f"{self.name}.{state.name}: holds text, but no {EXPIRE.name!r} move")

    def accepts(self, state: str, action: Bound[Any], flow: Flow[Any] | None = None) -> bool:
        """Whether the action may run in `state` of `flow` (the chat's flow: this one, unless
        this one is shared). A shared flow's actions run in every state of every flow, but
        for those that a state of its own lists: they run there only (a confirmation's
        buttons, say)."""
        if not self.shared:
            return action.declared in self.states[state].actions
        if action.name not in self._bound:
            return True
        return flow is self and action.declared in self.states[state].actions

    def view(self, state: str) -> View | None:
        return self.states[state].view

    def parse_context(self, raw: dict[str, Any]) -> C | None:
        try:
            return self.context.model_validate(raw)
        except ValidationError:
            return None


def notices_of(flows: Iterable[Flow[Any]]) -> dict[str, NoticeHandler]:
    """Every flow's notices by kind (Flow(notices=...)); a kind is one flow's only."""
    found: dict[str, NoticeHandler] = {}
    for f in flows:
        for kind, told in f.notices.items():
            if kind in found:
                raise FlowError(f"{f.name}: notices of kind {kind!r} are another flow's")
            found[kind] = told
    return found
