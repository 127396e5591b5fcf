"""The conversation engine: how a flow is declared, and the one router every event goes through.

A flow is one `Flow` declaration: its states (what each renders, which actions it accepts, what
typed text does there), the moves between them with their conditions (the table of its
`transitions` machine), and its actions (buttons and commands, in `flows.engine.actions`). The shell
(`flows.shell.flow`) is a flow too, whose actions are accepted in every state of every flow:
consent, /help, /language, /forget and the rest.

One event runs as: load the person and the conversation (or the shared card), check the scope
and version of a tap, decide (a handler moves the machine; every successful move bumps the
version), write, save the conversation with a compare and set on the version it was loaded
at, load what the new state's screen needs, commit; then render, outside the transaction, as a
pure function of the loaded data and the translator. Screens become addressed effects.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError
from transitions import Machine, MachineError

from flows.engine.actions import Action, Handler, Registry
from flows.engine.effects import (
    Attach,
    Attachment,
    CardChanged,
    EditCard,
    Effect,
    PostCard,
    Reminders,
    Replace,
    RunJob,
    Screen,
    Send,
    Toast,
)
from flows.engine.events import Actor, Event, EventKind, Scope
from flows.engine.store import (
    Card,
    Conversation,
    DueReminder,
    Notice,
    Person,
    Source,
    Store,
    Transaction,
    Unavailable,
)
from flows.engine.translator import Languages, Translator
from framework.model import Framework

log = logging.getLogger(__name__)

# Every flow's machine has this move from every state to itself: a redraw that must expire the
# keyboards drawn before it (a language change, a note saved and shown anew).
REFRESH = "refresh"
# A message whose save lost a race is applied again on what the winner left.
MESSAGE_ATTEMPTS = 3
# While the database is away (a restart), an event is tried again for this long.
UNAVAILABLE_SECONDS = 20.0
REMIND = "remind"  # the event the scheduler hands in for a due reminder
NOTIFY = "notify"  # and for a notice to tell someone once
EXPIRE = "expire"  # and for text held unsaved too long: the move that drops it
JOB = "job"  # and for slow work recorded earlier (a report, a chart, a file)
JOBS_KEPT = timedelta(hours=1)  # a done job, against the same press delivered again
JobHandler = Callable[[Any, dict[str, Any]], Awaitable[None]]

C = TypeVar("C", bound=BaseModel)


def next_version(seen: int) -> int:
    """Strictly increasing, and at least the current time in microseconds: a chat never sees a
    version again, even after /forget deletes its conversation."""
    return max(seen + 1, time.time_ns() // 1000)


class FlowError(RuntimeError):
    """A flow's declaration or handler does something its table does not allow."""


class Stale(Exception):
    """Another event changed the conversation or card first: the transaction is rolled back."""


@dataclass(frozen=True)
class View:
    """A state's screen: `load` reads what it needs (inside the transaction, after the writes),
    `render` draws it from that alone (outside, pure)."""

    load: Callable[[Any], Awaitable[Any]]
    render: Callable[[Translator, Any], Sequence[Screen]]


@dataclass(frozen=True)
class State:
    name: str
    view: View | None = None  # None: a state that is passed through, never shown
    actions: tuple[str, ...] = ()  # the buttons accepted here
    text: Handler | None = None  # what typed text does here
    # its text handler meets a possible disclosure itself (a note is held for the person's
    # word); elsewhere the router meets it before any handler sees the text
    holds: bool = False
    # the chat's context holds text typed but not saved (waiting for the person's word): it
    # is dropped, with the flow's EXPIRE move, once the person has left it for a while
    held: bool = False


@dataclass(frozen=True)
class Move:
    trigger: str
    source: str | tuple[str, ...]
    dest: str  # "=" stays in the state (and still bumps the version)
    when: tuple[Condition, ...] = ()  # pure checks of the loaded data and the move's arguments
    unless: tuple[Condition, ...] = ()
    then: Callable[..., None] | None = None  # what the move does to the context (pure)


class Members(Protocol):
    """Who is in a group chat, as the channel can ask its platform (Telegram's getChatMember).

    Asked outside any transaction: a turn that needs an answer not known yet raises
    `Unchecked`; the router asks, then runs the event again."""

    def known(self, chat: str, user: str) -> bool | None:
        """The recent answer, or None when there is none."""
        ...

    async def check(self, chat: str, user: str) -> bool: ...


class Unchecked(Exception):
    """A turn needs to know whether a person is in a group (nothing of it was kept)."""

    def __init__(self, chat: str, user: str) -> None:
        super().__init__(chat, user)
        self.chat = chat
        self.user = user


@dataclass
class Env:
    """What every turn may consult besides the transaction."""

    framework: Framework
    languages: Languages
    bot_username: str | None = None
    admins: frozenset[str] = frozenset()
    members: Members | None = None  # None: no channel with groups (the terminal)
    backups_kept_days: int = 30  # how long backups may keep deleted data (the notice says)
    job_claim_seconds: float = 120.0  # a job's drawing may take this long before another takes it


class Turn(Generic[C]):
    """One event: the loaded data, and what the handlers decided.

    It is the model of the `transitions` machine of the flow it is in (`state` belongs to that
    machine); a command can take it into another flow (`Router.run_command`), at that flow's
    initial state with a fresh context.
    """

    state: str

    def __init__(
        self,
        router: Router,
        tx: Transaction,
        actor: Actor,
        event: Event,
        flow: Flow[Any],
        person: Person | None,
        conversation: Conversation | None,
        card: Card | None,
        context: C,
        t: Translator,
    ) -> None:
        self.router = router
        self.env = router.env
        self.fw = router.env.framework
        self.tx = tx
        self.actor = actor
        self.event = event
        self.flow = flow
        self.person = person
        self.conversation = conversation
        self.card = card
        self.ctx = context
        self.round_id = (
            conversation.round_id if conversation else card.round_id if card else None
        )
        self.t = t
        self.moved = False
        self.redraw = False
        self.fresh = False  # draw the state's screen as a new message, not over the tapped one
        self.toast: Toast | None = None
        self.notice: str | None = None
        self.forgotten = False
        # what to draw once the transaction is over; True: slow (a chart, a PDF), drawn in a
        # worker thread so that other people's taps are not held up meanwhile
        self.later: list[tuple[Callable[[], Effect], bool]] = []

    # decisions ---------------------------------------------------------------------------
    def move(self, trigger: str, *args: Any) -> None:
        """Take a move of the flow's table (conditions and `then` get the turn and `args`);
        a move that matches nothing is a bug in the flow."""
        event = self.flow.machine.events.get(trigger)
        problem = f"{self.flow.name}: no move {trigger!r} from {self.state!r} applies"
        try:
            taken = event is not None and event.trigger(self, *args)
        except MachineError as exc:
            raise FlowError(problem) from exc
        if not taken:
            raise FlowError(problem)

    def _moved(self, _event: object) -> None:
        self.moved = True  # the machine's after_state_change: every move bumps the version

    def enter(self, flow: str) -> None:
        """Leave this flow for another, at its initial state with a fresh context."""
        self.router.enter(self, self.router.flows[flow])

    def place(self) -> tuple[str, str, dict[str, Any]]:
        """Where the chat is: to come back to it after a detour (see `return_to`)."""
        return self.flow.name, self.state, self.ctx.model_dump(mode="json")

    def return_to(self, place: tuple[str, str, dict[str, Any]]) -> None:
        """Back to a place taken by `place`, its screen drawn again (with a new version); the
        shell's idle state if that flow or state no longer reads."""
        name, state, raw = place
        flow = self.router.flows.get(name)
        context = flow.parse_context(raw) if flow is not None else None
        if flow is None or context is None or state not in flow.states:
            flow, state, context = self.router.shell.flow, self.router.shell.flow.initial, None
        self.flow = flow
        self.ctx = context if context is not None else flow.context()
        self.router._add(self, flow, state)
        self.move(REFRESH)

    async def run_command(self, name: str, arg: str = "") -> None:
        """Do what typing /name would do (after consent, the command that asked for it)."""
        await self.router.run_command(self, name, arg)

    def say(self, text: str, *, alert: bool = False, url: str | None = None) -> None:
        self.toast = Toast(text, alert=alert, url=url)

    def send(self, draw: Callable[[], Screen], chat: str | None = None) -> None:
        """A new message, drawn after the transaction (draw must be pure)."""
        self.later.append((lambda: Send(draw(), chat=chat), False))

    def replace(self, draw: Callable[[], Screen]) -> None:
        self.later.append((lambda: Replace(draw()), False))

    def attach(self, draw: Callable[[], Attachment], chat: str | None = None) -> None:
        self.later.append((lambda: Attach(draw(), chat=chat), True))

    async def job(self, name: str, detail: dict[str, Any], chat: str | None = None) -> None:
        """Slow work of this flow (its `jobs[name]`), recorded in this event's transaction and
        drawn after it: a process killed while drawing leaves it to another. `chat`: where
        it runs (the person's private chat by default)."""
        kind = f"{self.flow.code}.{name}"
        if name not in self.flow.jobs:
            raise FlowError(f"{self.flow.name}: no job {name!r}")
        job = await self.tx.jobs.add(chat or self.actor.chat, self.actor.user, kind, detail,
                                     self.event.order)
        self.later.append((lambda: RunJob(job), False))

    def post_card(self, card: Card, draw: Callable[[], Screen]) -> None:
        scope = Scope(version=card.version, card=card.id)
        self.later.append((lambda: PostCard(card.id, card.chat, draw(), scope), False))

    def remind(self, due: Sequence[DueReminder]) -> None:
        """Reminders to send, each in its participant's own chat (by the channel)."""
        self.later.append((lambda: Reminders(tuple(due)), False))

    def card_changed(self, card: Card) -> None:
        """A count on the card changed: channels draw it again when they may."""
        self.later.append((lambda: CardChanged(card.id), False))

    def card_translator(self, card: Card) -> Translator:
        """A card speaks its group's language (its context's `language`), not the tapper's."""
        return self.router.card_translator(card, self.t)

    def member_of(self, chat: str) -> bool:
        """Whether the person acting is in this group chat now (asked of the channel)."""
        members = self.env.members
        if members is None:
            return False
        known = members.known(chat, self.actor.user)
        if known is None:
            raise Unchecked(chat, self.actor.user)
        return known

    @property
    def consented(self) -> bool:
        return self.person is not None and self.person.consented_at is not None

    @property
    def source(self) -> Source:
        return self.actor.source


Condition = Callable[..., bool]


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
        actions: Sequence[Action],
        shared: bool = False,
        chat_closed: Callable[[Turn[Any]], Awaitable[None]] | None = None,
        jobs: dict[str, JobHandler] | None = None,
    ) -> None:
        self.name = name
        # slow work, run later from its record (`Turn.job`): a handler gets the turn and the
        # detail it was recorded with, and attaches what it draws
        self.jobs = dict(jobs or {})
        self.code = code
        self.context = context
        self.initial = initial
        self.states = {state.name: state for state in states}
        self.moves = tuple(moves)
        self.actions = tuple(actions)
        self.shared = shared  # the shell: its actions run in whatever flow the chat is in
        # called for each of its cards when the bot can no longer write in their chat
        self.chat_closed = chat_closed
        self._bound = {name for st in self.states.values() for name in st.actions}
        self._check()
        self.machine = Machine(
            model=None,
            states=list(self.states),
            transitions=[
                {
                    "trigger": m.trigger,
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
        names = {a.name for a in self.actions}
        if self.initial not in self.states:
            raise FlowError(f"{self.name}: initial state {self.initial!r} is not declared")
        for state in self.states.values():
            for action in state.actions:
                if action not in names:
                    raise FlowError(f"{self.name}.{state.name}: undeclared action {action!r}")
        for move in self.moves:
            sources = (move.source,) if isinstance(move.source, str) else move.source
            for state_name in (*sources, move.dest):
                if state_name not in ("*", "=") and state_name not in self.states:
                    raise FlowError(f"{self.name}: move {move.trigger!r} names {state_name!r}")
            if hasattr(Turn, move.trigger):
                raise FlowError(f"{self.name}: trigger {move.trigger!r} hides a Turn attribute")
        expiring = [m for m in self.moves if m.trigger == EXPIRE]
        for state in self.states.values():
            if state.held and not any(m.source == "*" or state.name in (
                    (m.source,) if isinstance(m.source, str) else m.source) for m in expiring):
                raise FlowError(f"{self.name}.{state.name}: holds text, but no {EXPIRE!r} move")

    def accepts(self, state: str, action: Action, flow: Flow[Any] | None = None) -> bool:
        """Whether the action may run in `state` of `flow` (the chat's flow: this one, unless
        this one is shared). A shared flow's actions run in every state of every flow, but
        for those that a state of its own lists: they run there only (a confirmation's
        buttons, say)."""
        if not self.shared:
            return action.name in self.states[state].actions
        if action.name not in self._bound:
            return True
        return flow is self and action.name in self.states[state].actions

    def view(self, state: str) -> View | None:
        return self.states[state].view

    def parse_context(self, raw: dict[str, Any]) -> C | None:
        try:
            return self.context.model_validate(raw)
        except ValidationError:
            return None


class Shell(Protocol):
    """What the router asks of the shell (`flows.shell.flow`)."""

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


@dataclass
class _Outcome:
    turn: Turn[Any]
    version: int | None  # the conversation's (or card's) version the screens carry
    view: View | None = None
    data: Any = None


class Router:
    """The one entry point of every channel."""

    def __init__(
        self, env: Env, store: Store, shell: Shell, flows: Sequence[Flow[Any]]
    ) -> None:
        self.env = env
        self.store = store
        self.shell = shell
        self.flows: dict[str, Flow[Any]] = {f.name: f for f in (shell.flow, *flows)}
        self.registry = Registry(list(self.flows.values()))
        # who claims recorded jobs in this process (another process's claim is left alone)
        self.owner = secrets.token_hex(8)
        self._jobs: dict[int, tuple[JobHandler, dict[str, Any]]] = {}  # being run here
        shell.bind(self)

    # entry point ------------------------------------------------------------------------
    async def handle(self, actor: Actor, event: Event) -> tuple[Effect, ...]:
        """The event applied, and what to show; while the database is away it is tried again
        (nothing of a failed attempt was kept), until UNAVAILABLE_SECONDS have passed."""
        deadline = time.monotonic() + UNAVAILABLE_SECONDS
        pause = 0.1
        while True:
            try:
                return await self._handle(actor, event)
            except Unavailable:
                if time.monotonic() + pause > deadline:
                    raise
                log.warning("The database is away; trying the event again in %.1f s", pause)
                await asyncio.sleep(pause)
                pause = min(pause * 2, 2.0)

    async def _handle(self, actor: Actor, event: Event) -> tuple[Effect, ...]:
        attempts = 1 if event.kind is EventKind.ACTION else MESSAGE_ATTEMPTS
        t = self._translator(None, actor)
        asked: set[tuple[str, str]] = set()
        while attempts:
            try:
                return await self._once(actor, event)
            except Stale as stale:
                t = stale.args[0] if stale.args else t
                attempts -= 1
            except Unchecked as need:
                # asked outside the transaction (a platform call must never hold one open),
                # then the event runs again with the answer known
                members = self.env.members
                if members is None or (need.chat, need.user) in asked:
                    raise FlowError("a membership was asked twice") from need
                asked.add((need.chat, need.user))
                await members.check(need.chat, need.user)
        if event.kind is EventKind.ACTION:
            return (self.shell.stale(t),)
        return (Send(self.shell.busy(t)),)

    # reminders ---------------------------------------------------------------------------
    async def due_reminders(self, idle: timedelta) -> list[DueReminder]:
        async with self.store.transaction() as tx:
            return await tx.queries.due_reminders(datetime.now(UTC) - idle,
                                                  len(self.env.framework.capabilities))

    async def remind(self, due: DueReminder) -> tuple[Effect, ...]:
        """A reminder to finish, handled as an event in the person's private chat, so that it
        speaks their language and its buttons carry the conversation's version."""
        again = due.again_after.isoformat() if due.again_after else ""
        event = Event(EventKind.OTHER, name=REMIND, arg=f"{due.round_id} {again}".strip())
        return await self.handle(Actor(due.chat, due.user, Source.PRIVATE), event)

    async def due_notices(self) -> list[Notice]:
        async with self.store.transaction() as tx:
            return await tx.notices.due()

    async def notify(self, notice: Notice) -> tuple[Effect, ...]:
        """A notice, handled as an event in the person's private chat (their language, their
        conversation's version on its buttons); sent once, whichever process claims it."""
        event = Event(EventKind.OTHER, name=NOTIFY, arg=str(notice.id))
        return await self.handle(Actor(notice.chat, notice.user, Source.PRIVATE), event)

    async def expire_held(self, after: timedelta) -> int:
        """Drop the text held unsaved in chats left alone for `after` (a possible disclosure
        waiting for the person's word must not stay in the database); how many."""
        held = [(flow.name, state.name) for flow in self.flows.values()
                for state in flow.states.values() if state.held]
        async with self.store.transaction() as tx:
            found = await tx.queries.idle_in(held, datetime.now(UTC) - after)
        for chat, user in found:
            await self.handle(Actor(chat, user, Source.PRIVATE), Event(EventKind.OTHER,
                                                                       name=EXPIRE))
        return len(found)

    async def run_job(self, job: int) -> tuple[Effect, ...]:
        """Draw a recorded job, as an event in its person's chat (their language), if this
        process can claim it (not done, not drawn by another meanwhile); then `job_done`."""
        async with self.store.transaction() as tx:
            now = datetime.now(UTC)
            until = now + timedelta(seconds=self.env.job_claim_seconds)
            found = await tx.jobs.claim(job, self.owner, now, until)
        if found is None:
            return ()
        code, _, name = found.kind.partition(".")
        flow = next((f for f in self.flows.values() if f.code == code), None)
        if flow is None or name not in flow.jobs:
            log.error("A recorded job of an unknown kind was dropped")
            await self.job_done(job)
            return ()
        event = Event(EventKind.OTHER, name=JOB, arg=str(job))
        actor = Actor(found.chat, found.user,
                      Source.GROUP if found.chat.startswith("-") else Source.PRIVATE)
        self._jobs[job] = (flow.jobs[name], found.detail)
        try:
            effects = await self.handle(actor, event)
        finally:
            self._jobs.pop(job, None)
        # addressed to the job's chat, wherever the channel sends them from
        return tuple(dataclasses.replace(e, chat=found.chat)
                     if isinstance(e, Attach | Send) and e.chat is None else e
                     for e in effects)

    async def job_done(self, job: int) -> None:
        async with self.store.transaction() as tx:
            await tx.jobs.done(job, self.owner, datetime.now(UTC))

    async def due_jobs(self) -> list[int]:
        """Jobs a process began and did not finish (it died), or never began; those done an
        hour ago are forgotten."""
        now = datetime.now(UTC)
        async with self.store.transaction() as tx:
            await tx.jobs.purge(now - JOBS_KEPT)
            return [job.id for job in await tx.jobs.due(now)]

    async def card_posted(self, card: int, message_id: int, shown: str | None = None) -> None:
        """The channel sent a card: remember its message, so taps on it can be checked (and
        the fingerprint of what it shows, so that the same drawing is not sent again)."""
        async with self.store.transaction() as tx:
            await tx.cards.place(card, message_id, shown)

    async def card_message(self, card: int) -> tuple[str, int] | None:
        async with self.store.transaction() as tx:
            found = await tx.cards.get(card)
        if found is None or found.message_id is None:
            return None
        return found.chat, found.message_id

    # one attempt -------------------------------------------------------------------------
    async def _once(self, actor: Actor, event: Event) -> tuple[Effect, ...]:
        async with self.store.transaction() as tx:
            if event.scope is not None and event.scope.card is not None:
                person = await tx.people.get(actor.user)
                outcome = await self._on_card(tx, actor, event, person)
            else:
                if actor.source is Source.GROUP:
                    person, conversation = await tx.people.get(actor.user), None
                else:
                    person, conversation = await tx.queries.person_and_conversation(
                        actor.chat, actor.user
                    )
                outcome = await self._on_conversation(tx, actor, event, person, conversation)
        return await self._render(outcome)

    async def _on_conversation(
        self,
        tx: Transaction,
        actor: Actor,
        event: Event,
        person: Person | None,
        conversation: Conversation | None,
    ) -> _Outcome | tuple[Effect, ...] | None:
        t = self._translator(person, actor)
        seen = conversation.version if conversation else 0
        if event.kind is EventKind.ACTION:
            assert event.scope is not None
            if actor.source is Source.GROUP:
                return (self.shell.invalid(t),)
            if event.scope.version != seen:
                if conversation is None:
                    return (self.shell.stale(t),)
                return await self._again(tx, actor, event, person, conversation, t)
        elif (
            event.message is not None
            and conversation is not None
            and conversation.last_message is not None
            and event.message <= conversation.last_message
        ):
            # Delivered again, or older than what was applied here. (A message's screens are
            # sent anew, so redrawing would show a second copy whenever only Telegram's
            # acknowledgement was lost; after a crash the person's /start shows where they are.)
            return ()
        turn = self._resume(tx, actor, event, person, conversation, t)
        await self._dispatch(turn, event)
        if turn.forgotten:
            return _Outcome(turn, None)
        version = await self._save_conversation(turn, conversation, event)
        outcome = _Outcome(turn, version)
        await self._load_view(outcome)
        return outcome

    async def _again(
        self, tx: Transaction, actor: Actor, event: Event, person: Person | None,
        conversation: Conversation, t: Translator,
    ) -> _Outcome:
        """A press on an earlier screen changes nothing, and the tapped message shows the
        current screen: whatever the person is looking at becomes right. (Telegram delivers
        a press again when the process that applied it stopped before drawing its screen;
        a press on an old message, or a second tap, lands here too.)"""
        turn = self._resume(tx, actor, event, person, conversation, t)
        turn.toast = self.shell.stale(t)
        turn.redraw = True
        outcome = _Outcome(turn, conversation.version)
        await self._load_view(outcome)
        return outcome

    async def _on_card(
        self, tx: Transaction, actor: Actor, event: Event, person: Person | None
    ) -> _Outcome | tuple[Effect, ...] | None:
        assert event.scope is not None and event.scope.card is not None
        t = self._translator(person, actor)
        card = await tx.cards.get(event.scope.card)
        decoded = self.registry.lookup(event.name)
        if (
            card is None
            or decoded is None
            or not decoded[1].cards
            or not decoded[1].arg.accepts(event.arg)
            or card.chat != actor.chat
            or card.flow != decoded[0].name
            or card.message_id is None
            or event.message != card.message_id
        ):
            return (self.shell.invalid(t),)
        if card.version != event.scope.version:
            return (self.shell.stale(t),)
        flow = self.flows[card.flow]
        context = flow.parse_context(card.context)
        if context is None or card.state not in flow.states:
            return (self.shell.invalid(t),)
        turn = Turn(self, tx, actor, event, flow, person, None, card, context, t)
        self._add(turn, flow, card.state)
        action = decoded[1]
        if not flow.accepts(turn.state, action):
            return (self.shell.not_here(t),)
        await action.handler(turn, event.arg)
        version = card.version
        context = turn.ctx.model_dump(mode="json")
        if turn.moved or context != card.context:
            version = next_version(card.version) if turn.moved else card.version
            saved = dataclasses.replace(card, state=turn.state, version=version, context=context)
            if not await tx.cards.save(saved, seen=card.version):
                raise Stale(turn.t)
        elif tx.wrote and not await tx.cards.confirm(card.id, seen=card.version):
            raise Stale(turn.t)
        outcome = _Outcome(turn, version)
        await self._load_view(outcome)
        return outcome

    # turns -------------------------------------------------------------------------------
    def _resume(
        self,
        tx: Transaction,
        actor: Actor,
        event: Event,
        person: Person | None,
        conversation: Conversation | None,
        t: Translator,
    ) -> Turn[Any]:
        """The turn of the flow the conversation is in (the shell's idle state when none)."""
        flow, state, context = self.shell.flow, self.shell.flow.initial, None
        if conversation is not None and conversation.flow in self.flows:
            candidate = self.flows[conversation.flow]
            context = candidate.parse_context(conversation.context)
            if context is not None and conversation.state in candidate.states:
                flow, state = candidate, conversation.state
        if context is None:
            flow, state = self.shell.flow, self.shell.flow.initial
        turn = Turn(
            self, tx, actor, event, flow, person, conversation, None,
            context if context is not None else flow.context(), t,
        )
        self._add(turn, flow, state)
        return turn

    def enter(self, turn: Turn[Any], flow: Flow[Any]) -> None:
        """Take the turn out of its flow into another one, at that flow's initial state (the
        keyboards drawn in the flow it left are refused there: they name its actions)."""
        turn.flow = flow
        turn.ctx = flow.context()
        self._add(turn, flow, flow.initial)

    @staticmethod
    def _add(turn: Turn[Any], flow: Flow[Any], state: str) -> None:
        """Place the turn at its stored state, as `add_model(initial=...)` would, but without
        binding the table's triggers to it as methods (that costs more than a whole move, and
        a turn that changes flow would keep the first flow's): every change of state after
        this is a move of the table, taken through `Turn.move`."""
        flow.machine.set_state(state, model=turn)

    async def run_command(self, turn: Turn[Any], name: str, arg: str = "") -> None:
        """Run a command's action in its flow (entering the flow if the chat is elsewhere)."""
        found = self.registry.command(name)
        if found is None:
            raise FlowError(f"no command /{name}")
        flow = self.flows[found[0].name]
        if not flow.shared and turn.flow is not flow:
            self.enter(turn, flow)
        await found[1].handler(turn, arg)

    # dispatch ----------------------------------------------------------------------------
    async def _dispatch(self, turn: Turn[Any], event: Event) -> None:
        shell = self.shell
        if event.name == JOB and event.kind is EventKind.OTHER and event.message is None:
            handler, detail = self._jobs[int(event.arg)]  # from Router.run_job, in any chat
            await handler(turn, detail)
            return
        if turn.actor.source is Source.GROUP:
            found = self.registry.command(event.name) if event.kind is EventKind.COMMAND else None
            if found is not None and found[1].groups:
                await self.run_command(turn, event.name, event.arg)
            elif event.kind is EventKind.COMMAND:
                await shell.group_command(turn)
            return
        if event.kind is EventKind.COMMAND:
            found = self.registry.command(event.name)
            if found is None:
                await shell.unknown_command(turn, event.name)
            elif not self.flows[found[0].name].shared and not turn.consented:
                await shell.ask_consent(turn, event.name, event.arg)
            else:
                await self.run_command(turn, event.name, event.arg)
        elif event.kind is EventKind.ACTION:
            found = self.registry.lookup(event.name)
            flow = self.flows[found[0].name] if found else None
            if (found is None or flow is None or found[1].cards
                    or not found[1].arg.accepts(event.arg)):
                turn.toast = shell.invalid(turn.t)
            elif not (flow.shared or flow is turn.flow) or not flow.accepts(
                turn.state, found[1], turn.flow
            ):
                turn.toast = shell.not_here(turn.t)
            else:
                await found[1].handler(turn, event.arg)
        elif event.kind is EventKind.TEXT:
            state = turn.flow.states[turn.state]
            text = event.arg.strip()
            if not state.holds and shell.disclosure(turn, text):
                pass  # met with where to report; the text goes nowhere and is not echoed
            elif state.text is None:
                await shell.unexpected_text(turn)
            else:
                await state.text(turn, text)
        elif event.name == REMIND and event.message is None:  # from the bot's own scheduler
            number, _, again = event.arg.partition(" ")
            await shell.remind(turn, DueReminder(
                turn.actor.chat, turn.actor.user, int(number),
                datetime.fromisoformat(again) if again else None))
        elif event.name == NOTIFY and event.message is None:  # from the bot's own scheduler
            await shell.notify(turn, int(event.arg))
        elif event.name == EXPIRE and event.message is None:  # from the bot's own scheduler
            if turn.flow.states[turn.state].held:  # (the person may have answered meanwhile)
                turn.move(EXPIRE)
        else:
            await shell.other_message(turn)

    # writing -----------------------------------------------------------------------------
    async def _save_conversation(
        self, turn: Turn[Any], loaded: Conversation | None, event: Event
    ) -> int | None:
        """Save where the chat is now, if anything changed; the version its screens carry."""
        seen = loaded.version if loaded else None
        may_store = loaded is not None or turn.consented
        changed = turn.moved or event.message is not None or turn.tx.wrote
        if not may_store or turn.actor.source is Source.GROUP:
            return seen or 0
        if not changed:
            return seen
        version = next_version(seen or 0) if turn.moved or loaded is None else loaded.version
        last = loaded.last_message if loaded else None
        if event.message is not None and event.kind is not EventKind.ACTION:
            last = event.message if last is None else max(last, event.message)
        elif loaded is None and event.message is not None:
            # The conversation starts with a press (consent): the pressed message is newer
            # than whatever the person sent before it (a chat's ids only grow), so a
            # re-delivered message from before (the link that asked for consent) is known
            # as old and changes nothing.
            last = event.message
        conversation = Conversation(
            chat=turn.actor.chat,
            user=turn.actor.user,
            flow=turn.flow.name,
            state=turn.state,
            version=version,
            last_message=last,
            round_id=turn.round_id,
            context=turn.ctx.model_dump(mode="json"),
        )
        message = event.message if event.kind is not EventKind.ACTION else None
        if not await turn.tx.conversations.save(conversation, seen, message):
            raise Stale(turn.t)
        return version

    async def _load_view(self, outcome: _Outcome) -> None:
        """A state with no screen of its own shows nothing after a move, and the shell's
        idle screen when asked to redraw (after /help, "Back to where I was")."""
        turn = outcome.turn
        if not (turn.moved or turn.redraw):
            return
        if turn.card is None and turn.actor.source is Source.GROUP:
            return  # nobody's conversation lives in a group: only cards are drawn there
        view = turn.flow.view(turn.state)
        if view is None and turn.redraw:
            view = self.shell.flow.view(self.shell.flow.initial)
        if view is None:
            return
        outcome.view = view
        outcome.data = await view.load(turn)

    # rendering ---------------------------------------------------------------------------
    async def _render(self, outcome: _Outcome | tuple[Effect, ...] | None
                      ) -> tuple[Effect, ...]:
        if outcome is None:
            return ()
        if isinstance(outcome, tuple):
            return outcome
        turn = outcome.turn
        scope = (
            Scope(version=outcome.version, card=turn.card.id)
            if turn.card is not None and outcome.version is not None
            else Scope(version=outcome.version or 0)
        )
        effects: list[Effect] = [turn.toast] if turn.toast else []
        rtl = turn.t.rtl
        for draw, slow in turn.later:
            effect = await asyncio.to_thread(draw) if slow else draw()
            effects.append(_stamp(effect, scope, rtl))
        if outcome.view is not None:
            t = self.card_translator(turn.card, turn.t) if turn.card is not None else turn.t
            rtl = t.rtl
            pages = list(outcome.view.render(t, outcome.data))
            for index, page in enumerate(pages):
                page = dataclasses.replace(page, rtl=rtl) if rtl else page
                if turn.card is not None and index == 0:
                    effects.append(EditCard(turn.card.id, page, scope))
                elif index == 0 and turn.event.kind is EventKind.ACTION and not turn.fresh:
                    effects.append(Replace(page, scope))
                else:
                    effects.append(Send(page, scope=scope))
        return tuple(effects)

    # cards outside a tap ------------------------------------------------------------------
    async def redraw_card(self, card_id: int) -> EditCard | None:
        """A card's current screen, drawn from the database now (a channel calls this when it
        may send: what it shows is never older than what was saved)."""
        found = await self.card_screen(card_id)
        return found[0] if found is not None else None

    async def card_screen(self, card_id: int) -> tuple[EditCard, str, int] | None:
        """A card's current screen with its chat and message, read in one transaction."""
        async with self.store.transaction() as tx:
            card = await tx.cards.get(card_id)
            if card is None or card.message_id is None or card.flow not in self.flows:
                return None
            loaded = await self._card_view(tx, card)
        if loaded is None:
            return None
        edit = EditCard(card.id, loaded, Scope(version=card.version, card=card.id))
        return edit, card.chat, card.message_id

    async def drawn(self, effects: tuple[Effect, ...]) -> tuple[Effect, ...]:
        """Effects with each changed card drawn and each job run at once (the terminal and
        tests; Telegram coalesces cards instead, and marks a job done once it is sent)."""
        out: list[Effect] = []
        for effect in effects:
            if isinstance(effect, CardChanged):
                redrawn = await self.redraw_card(effect.card)
                if redrawn is not None:
                    out.append(redrawn)
            elif isinstance(effect, RunJob):
                out += await self.drawn(await self.run_job(effect.job))
                await self.job_done(effect.job)
            else:
                out.append(effect)
        return tuple(out)

    async def _card_view(self, tx: Transaction, card: Card) -> Screen | None:
        flow = self.flows[card.flow]
        context = flow.parse_context(card.context)
        view = flow.view(card.state) if card.state in flow.states else None
        if context is None or view is None:
            return None
        actor = Actor(card.chat, "", Source.GROUP)
        t = self.card_translator(card, self.translator_for(actor))
        turn = Turn(self, tx, actor, Event.other("redraw"), flow, None, None, card, context, t)
        self._add(turn, flow, card.state)
        pages = list(view.render(t, await view.load(turn)))
        return dataclasses.replace(pages[0], rtl=t.rtl) if pages else None

    async def chat_closed(self, chat: str) -> tuple[Effect, ...]:
        """The bot was removed from a chat: each flow closes its cards there (their answers
        stay). Nothing can be sent there any more; what a flow sends elsewhere (to a private
        chat) is returned."""
        turns: list[Turn[Any]] = []
        async with self.store.transaction() as tx:
            for card in await tx.cards.in_chat(chat):
                flow = self.flows.get(card.flow)
                context = flow.parse_context(card.context) if flow else None
                if flow is None or flow.chat_closed is None or context is None:
                    continue
                actor = Actor(chat, "", Source.GROUP)
                turn = Turn(self, tx, actor, Event.other("closed"), flow, None, None, card,
                            context, self.translator_for(actor))
                self._add(turn, flow, card.state)
                await flow.chat_closed(turn)
                saved = dataclasses.replace(
                    card, state=turn.state, version=next_version(card.version),
                    context=turn.ctx.model_dump(mode="json"),
                )
                if not await tx.cards.save(saved, seen=card.version):
                    raise Stale(turn.t)
                turns.append(turn)
        return tuple(draw() for turn in turns for draw, _ in turn.later)

    async def chat_moved(self, old: str, new: str) -> tuple[Effect, ...]:
        """A group became a supergroup (a new chat id): its cards that still take taps are
        posted again there, since the old messages can no longer be edited."""
        async with self.store.transaction() as tx:
            cards = await tx.cards.in_chat(old)
            moved_ids = await tx.cards.move_chat(old, new)
            posts: list[Effect] = []
            for card in (c for c in cards if c.id in moved_ids):
                flow = self.flows.get(card.flow)
                if flow is None or card.state not in flow.states:
                    continue
                if not flow.states[card.state].actions:
                    continue  # a finished card stays as it was
                moved = dataclasses.replace(card, chat=new)
                screen = await self._card_view(tx, moved)
                if screen is not None:
                    posts.append(PostCard(card.id, new, screen,
                                          Scope(version=card.version, card=card.id)))
        return tuple(posts)

    def card_translator(self, card: Card, default: Translator) -> Translator:
        language = card.context.get("language")
        if isinstance(language, str) and language in self.env.languages.available:
            return self.env.languages.translator(language)
        return default

    # languages ---------------------------------------------------------------------------
    def _translator(self, person: Person | None, actor: Actor) -> Translator:
        languages = self.env.languages
        locale = person.locale if person is not None else None
        if locale not in languages.available:
            locale = languages.negotiate(actor.language_code)
        return languages.translator(locale)

    def translator_for(self, actor: Actor) -> Translator:
        """For messages a channel writes itself, outside any flow."""
        return self._translator(None, actor)


def _stamp(effect: Effect, scope: Scope, rtl: bool) -> Effect:
    # a card is drawn in its group's language, which sets its direction itself
    if isinstance(effect, Replace | Send) and rtl:
        effect = dataclasses.replace(effect, screen=dataclasses.replace(effect.screen, rtl=True))
    if isinstance(effect, Replace | Send) and effect.scope is None:
        return dataclasses.replace(effect, scope=scope)
    return effect
