"""The action registry: every button and command of every flow, and their callback data.

It is the one source for parsing callback data, for the command menu and /help, and for the
64-byte check. Callback data is ``<flow code>.<action>[:<arg>]|<scope>``: the scope is
``c<version>`` for the person's conversation in the chat, or ``k<card>.<version>`` for a shared
card. Nothing in it is trusted: `Registry.decode` accepts only declared actions with declared
arguments.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, overload

from flows.engine.events import Scope

CALLBACK_MAX_BYTES = 64
CALLBACK = re.compile(
    r"^(?P<flow>[a-z]{1,4})\.(?P<action>[a-z_]{1,20})(?::(?P<arg>[A-Za-z0-9_.\-]{1,48}))?"
    r"\|(?:c(?P<version>\d{1,19})|k(?P<card>\d{1,12})\.(?P<card_version>\d{1,19}))$"
)
COMMAND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")

# The turn a handler takes: a flow's declaration accepts only handlers of its own turn type
# (`Turn[ItsContext]`), so strict mypy refuses another flow's handler bound in it.
T_contra = TypeVar("T_contra", contravariant=True)
T = TypeVar("T")
Handler = Callable[[Any, str], Awaitable[None]]  # once bound, the registry holds every flow's


@dataclass(frozen=True)
class Entry:
    """A door into a flow that other flows hand off to, declared where both can see it
    (`flows.kit.entries`) so that no flow imports another: the flow that owns it binds it to
    a handler (`Flow(entries={...})`, checked once when the router is built), a handler hands
    off with `await turn.hand_off(ENTRY, arg)`, and a button that only hands off is declared
    `Act.x.runs(ENTRY)`."""

    name: str


@dataclass(frozen=True)
class Trigger:
    """A move's name, declared once as an object: a table's moves and a handler's `turn.move`
    refer to it, so a renamed or mistyped move is a name mypy does not know."""

    name: str


class Arg:
    """The arguments an action accepts: a finite set, so every callback can be checked."""

    def __init__(self, values: Callable[[], Iterable[str]] | None = None) -> None:
        self._source = values
        self._allowed: frozenset[str] | None = None

    def all(self) -> frozenset[str]:
        """Every accepted value (for an open set, the longest ones: the size check's cases)."""
        if self._allowed is None:
            self._allowed = frozenset(self._source() if self._source else ("",))
        return self._allowed

    def accepts(self, value: str) -> bool:
        return value in self.all()


class IdArg(Arg):
    """A row id (a round the person takes part in): any positive number of up to 12 digits;
    the handler checks it belongs to the person."""

    PATTERN = re.compile(r"^[1-9][0-9]{0,11}$")

    def __init__(self) -> None:
        super().__init__(lambda: ("1", "9" * 12))

    def accepts(self, value: str) -> bool:
        return bool(self.PATTERN.match(value))


NO_ARG = Arg()


def one_of(*values: str) -> Arg:
    return Arg(lambda: values)


@dataclass(frozen=True, eq=False)
class Action:
    """A button or a command of a flow, declared once in the flow's `actions` module (its `Act`
    namespace): the flow's code and the action's name (its id in callback data), the argument
    it takes, its button's words, and for a command its menu line. Screens draw buttons of
    this object; the flow's declaration says what it does (`Act.rate.runs(rate)`, or
    `Act.back.runs(Go.back)` for a button that only moves).

    A command (``command=...``) can be typed from anywhere and enters its flow; `describe` is
    its line in the command menu and /help (a msgid). `groups` lets it run in a group chat.
    """

    code: str
    name: str
    arg: Arg = NO_ARG
    # its button's words (a msgid, marked N_), when they are the same wherever it is drawn;
    # None for a button labelled by what it picks (a country, a phase, a round)
    label: str | None = None
    command: str | None = None
    describe: str | None = None
    rank: int = 100  # the command's place in the menu and in /help
    groups: bool = False
    cards: bool = False  # a button of a shared card (else only of a person's conversation)
    # a button this flow adds to another flow's screen (flows.engine.extend): pressed there,
    # it takes the chat into this flow
    enters: bool = False

    @property
    def id(self) -> str:
        """``<flow code>.<name>``, as in callback data."""
        return f"{self.code}.{self.name}"

    @overload
    def runs(self, handler: Trigger | Entry, arg: Arg | None = None) -> Bound[object]: ...

    @overload
    def runs(self, handler: Callable[[T, str], Awaitable[None]], arg: Arg | None = None
             ) -> Bound[T]: ...

    def runs(self, handler: Handler | Trigger | Entry, arg: Arg | None = None) -> Bound[Any]:
        """The action with what it does: a handler (typed by the turn it takes), or the move it
        takes, or the door it hands off through; `arg` when the accepted arguments are known
        only where the flow is built (the shell's languages)."""
        return Bound(self, handler, arg if arg is not None else self.arg)


@dataclass(frozen=True)
class Bound(Generic[T_contra]):
    """A declared action bound to what it does, in one flow's declaration; `T_contra` is the
    turn its handler takes (object when it only moves or hands off: any flow's turn will do)."""

    declared: Action
    # what it does: a handler, or, for a button with no logic of its own, the move it takes
    # or the flow it hands off to
    handler: Handler | Trigger | Entry
    arg: Arg

    @property
    def name(self) -> str:
        return self.declared.name

    @property
    def command(self) -> str | None:
        return self.declared.command

    @property
    def describe(self) -> str | None:
        return self.declared.describe

    @property
    def rank(self) -> int:
        return self.declared.rank

    @property
    def groups(self) -> bool:
        return self.declared.groups

    @property
    def cards(self) -> bool:
        return self.declared.cards

    async def run(self, turn: Any, arg: str) -> None:
        if isinstance(self.handler, Trigger):
            turn.move(self.handler)
        elif isinstance(self.handler, Entry):
            await turn.hand_off(self.handler, arg)
        else:
            await self.handler(turn, arg)


class Declares(Protocol):
    """What the registry needs of a flow (see `flows.engine.core.Flow`)."""

    @property
    def name(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def actions(self) -> tuple[Bound[Any], ...]: ...


@dataclass(frozen=True)
class Decoded:
    action_id: str  # "<flow code>.<action>"
    action: Bound[Any]
    arg: str
    scope: Scope


class Registry:
    def __init__(self, flows: Sequence[Declares]) -> None:
        self.flows = tuple(flows)
        self._by_code: dict[str, Declares] = {}
        self._actions: dict[tuple[str, str], Bound[Any]] = {}
        self._commands: dict[str, tuple[Declares, Bound[Any]]] = {}
        for flow in flows:
            if flow.code in self._by_code:
                raise ValueError(f"flow code {flow.code!r} is used twice")
            self._by_code[flow.code] = flow
            for action in flow.actions:
                if (flow.code, action.name) in self._actions:
                    raise ValueError(f"{flow.name}: action {action.name!r} is declared twice")
                self._actions[(flow.code, action.name)] = action
                if action.command is not None:
                    if not COMMAND.match(action.command) or action.command in self._commands:
                        raise ValueError(f"command /{action.command} is not unique or valid")
                    self._commands[action.command] = (flow, action)

    def action_id(self, flow: Declares, action: str) -> str:
        if (flow.code, action) not in self._actions:
            raise ValueError(f"{flow.name} declares no action {action!r}")
        return f"{flow.code}.{action}"

    def command(self, name: str) -> tuple[Declares, Bound[Any]] | None:
        return self._commands.get(name)

    def commands(self) -> list[tuple[Declares, Bound[Any]]]:
        """Commands in menu order: the command menu and /help list them so."""
        return sorted(self._commands.values(), key=lambda pair: pair[1].rank)

    def lookup(self, action_id: str) -> tuple[Declares, Bound[Any]] | None:
        code, _, name = action_id.partition(".")
        flow = self._by_code.get(code)
        action = self._actions.get((code, name))
        return (flow, action) if flow is not None and action is not None else None

    def checked(self, action_id: str, arg: str, decoded: Bound[Any] | None = None
                ) -> tuple[Declares, Bound[Any]] | None:
        """The action of a press and its flow, if declared with that argument; a press the
        channel decoded here from callback data (`decode`) is not checked a second time."""
        if decoded is not None:
            flow = self._by_code.get(decoded.declared.code)
            return (flow, decoded) if flow is not None else None
        found = self.lookup(action_id)
        return found if found is not None and found[1].arg.accepts(arg) else None

    def encode(self, action_id: str, arg: str, scope: Scope) -> str:
        """Callback data for a button; ValueError for anything `decode` would refuse."""
        found = self.lookup(action_id)
        if found is None:
            raise ValueError(f"undeclared action {action_id!r}")
        if not found[1].arg.accepts(arg):
            raise ValueError(f"{action_id}: argument {arg!r} is not declared")
        if (scope.card is not None) != found[1].cards:
            raise ValueError(f"{action_id} is not a button of that kind of screen")
        head = f"{action_id}:{arg}" if arg else action_id
        where = f"c{scope.version}" if scope.card is None else f"k{scope.card}.{scope.version}"
        data = f"{head}|{where}"
        if len(data.encode("utf-8")) > CALLBACK_MAX_BYTES or not CALLBACK.match(data):
            raise ValueError(f"{data!r} does not fit Telegram's callback data")
        return data

    def decode(self, data: str | None) -> Decoded | None:
        """The action, argument and scope of callback data we made; None for anything else."""
        if data is None or len(data.encode("utf-8")) > CALLBACK_MAX_BYTES:
            return None
        match = CALLBACK.match(data)
        if match is None:
            return None
        action_id = f"{match['flow']}.{match['action']}"
        found = self.lookup(action_id)
        arg = match["arg"] or ""
        if found is None or not found[1].arg.accepts(arg):
            return None
        if match["card"] is not None:
            scope = Scope(version=int(match["card_version"]), card=int(match["card"]))
        else:
            scope = Scope(version=int(match["version"]))
        if (scope.card is not None) != found[1].cards:
            return None
        return Decoded(action_id=action_id, action=found[1], arg=arg, scope=scope)
