"""The router: the one entry point of every channel, through which every event goes.

One event runs as: load the person and the conversation (or the shared card), check the scope
and version of a tap, decide (a handler moves the machine; every successful move bumps the
version), write, save the conversation with a compare and set on the version it was loaded
at, load what the new state's screen needs, commit; then render, outside the transaction, as a
pure function of the loaded data and the translator. Screens become addressed effects. Cards
outside a tap are `Router.cards`' (flows.engine.cards); what the bot starts itself is
`Router.scheduled`'s (flows.engine.scheduled).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flows.engine.actions import Entry, Handler, Registry
from flows.engine.budget import Budgets
from flows.engine.cards import Cards
from flows.engine.declare import (
    MESSAGE_ATTEMPTS,
    UNAVAILABLE_SECONDS,
    FlowError,
    NoticeHandler,
    Stale,
    View,
    next_version,
)
from flows.engine.dispatch import dispatch, save_conversation
from flows.engine.effects import (
    CardChanged,
    EditCard,
    Effect,
    Replace,
    RunJob,
    Send,
    with_file,
)
from flows.engine.events import Actor, Event, EventKind, Scope
from flows.engine.extend import Addition
from flows.engine.flow import Flow, notices_of
from flows.engine.marks import Confidential, protected, stamped
from flows.engine.scheduled import Scheduled
from flows.engine.shell import Shell
from flows.engine.store import Conversation, Person, Source, Store, Transaction, Unavailable
from flows.engine.translator import Translator
from flows.engine.turn import Env, Turn, Unchecked

log = logging.getLogger(__name__)


@dataclass
class _Outcome:
    turn: Turn[Any]
    version: int | None  # the conversation's (or card's) version the screens carry
    view: View | None = None
    data: Any = None
    protect: bool = False  # it concerns a confidential round: everything is sent protected


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
        # every flow's additions to other flows' screens and to documents, in flow order
        self.additions: tuple[Addition[Any, Any], ...] = tuple(
            a for f in self.flows.values() for a in f.adds)
        self.entries = self._bind_entries()
        self.notices: dict[str, NoticeHandler] = notices_of(self.flows.values())
        self.cards = Cards(self)
        self.confidential = Confidential()  # which rounds send everything protected
        self.budgets = Budgets(store)
        self.scheduled = Scheduled(self)
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
                    person, conversation = await tx.conversations.with_person(
                        actor.chat, actor.user
                    )
                outcome = await self._on_conversation(tx, actor, event, person, conversation)
            if isinstance(outcome, _Outcome):
                outcome.protect = await self.confidential.concerns(tx, outcome.turn)
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
        await dispatch(self, turn, event)
        if turn.forgotten:
            return _Outcome(turn, None)
        version = await save_conversation(turn, conversation, event)
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
        decoded = self.registry.checked(event.name, event.arg, event.decoded)
        if (
            card is None
            or decoded is None
            or not decoded[1].cards
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
        self.place(turn, flow, card.state)
        action = decoded[1]
        if not flow.accepts(turn.state, action):
            return (self.shell.not_here(t),)
        await action.run(turn, event.arg)
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
        self.place(turn, flow, state)
        return turn

    def enter(self, turn: Turn[Any], flow: Flow[Any]) -> None:
        """Take the turn out of its flow into another one, at that flow's initial state (the
        keyboards drawn in the flow it left are refused there: they name its actions)."""
        turn.flow = flow
        turn.ctx = flow.context()
        self.place(turn, flow, flow.initial)

    @staticmethod
    def place(turn: Turn[Any], flow: Flow[Any], state: str) -> None:
        """Place the turn at its stored state, as `add_model(initial=...)` would, but without
        binding the table's triggers to it as methods (that costs more than a whole move, and
        a turn that changes flow would keep the first flow's): every change of state after
        this is a move of the table, taken through `Turn.move`."""
        flow.machine.set_state(state, model=turn)

    def _bind_entries(self) -> dict[Entry, tuple[Flow[Any], Handler]]:
        """Each door bound by exactly one flow, and every door a button hands off to bound."""
        bound: dict[Entry, tuple[Flow[Any], Handler]] = {}
        for flow in self.flows.values():
            for entry, handler in flow.entries.items():
                if entry in bound:
                    raise FlowError(f"{flow.name}: entry {entry.name!r} is bound twice")
                bound[entry] = (flow, handler)
        for flow in self.flows.values():
            for action in flow.actions:
                if isinstance(action.handler, Entry) and action.handler not in bound:
                    raise FlowError(f"{flow.name}: {action.declared.id!r} hands off to "
                                    f"{action.handler.name!r}, which no flow binds")
        return bound

    async def hand_off(self, turn: Turn[Any], entry: Entry, arg: str = "") -> None:
        """Take the chat through a door of another flow (entering it unless it is there)."""
        found = self.entries.get(entry)
        if found is None:
            raise FlowError(f"no flow binds the entry {entry.name!r}")
        flow, handler = found
        if not flow.shared and turn.flow is not flow:
            self.enter(turn, flow)
        await handler(turn, arg)

    async def run_command(self, turn: Turn[Any], name: str, arg: str = "") -> None:
        """Run a command's action in its flow (entering the flow if the chat is elsewhere)."""
        found = self.registry.command(name)
        if found is None:
            raise FlowError(f"no command /{name}")
        flow = self.flows[found[0].name]
        if not flow.shared and turn.flow is not flow:
            self.enter(turn, flow)
        await found[1].run(turn, arg)

    # dispatch ----------------------------------------------------------------------------

    # writing -----------------------------------------------------------------------------

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
            # a slow one (a file) is drawn in a worker thread, its bytes too (Env.draw_files)
            effect = (await asyncio.to_thread(with_file, draw, self.env.draw_files)
                      if slow else draw())
            effects.append(stamped(effect, scope, rtl))
        if outcome.view is not None:
            t = self.cards.translator(turn.card, turn.t) if turn.card is not None else turn.t
            rtl = t.rtl
            pages = list(outcome.view.render(t, outcome.data))
            for index, page in enumerate(pages):
                page = dataclasses.replace(page, rtl=rtl) if rtl else page
                if turn.card is not None and index == 0:
                    effects.append(EditCard(turn.card.id, page, scope, turn.card.chat,
                                                   turn.card.message_id))
                elif index == 0 and turn.event.kind is EventKind.ACTION and not turn.fresh:
                    effects.append(Replace(page, scope))
                else:
                    effects.append(Send(page, scope=scope))
        return tuple(protected(e) for e in effects) if outcome.protect else tuple(effects)

    async def drawn(self, effects: tuple[Effect, ...]) -> tuple[Effect, ...]:
        """Effects with each changed card drawn and each job run at once (the terminal and
        tests; Telegram coalesces cards instead, and marks a job done once it is sent)."""
        out: list[Effect] = []
        for effect in effects:
            if isinstance(effect, CardChanged):
                redrawn = await self.cards.redraw_card(effect.card)
                if redrawn is not None:
                    out.append(redrawn)
            elif isinstance(effect, RunJob):
                out += await self.drawn(await self.scheduled.run_job(effect.job))
                await self.scheduled.job_done(effect.job)
            else:
                out.append(effect)
        return tuple(out)

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
