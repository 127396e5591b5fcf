"""One event's turn: the loaded data and what the handlers decide, and what every turn may
consult besides the transaction (`Env`, with the group membership a channel can ask).

A turn is the model of the `transitions` machine of the flow it is in; it records moves,
toasts, screens to draw after the transaction, attachments, recorded jobs and card changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol

from transitions import MachineError

from flows.engine.actions import Entry
from flows.engine.declare import REFRESH, C, FlowError, Trigger
from flows.engine.effects import (
    Attach,
    Attachment,
    CardChanged,
    Effect,
    PostCard,
    Reminders,
    Replace,
    RevokeInvites,
    RunJob,
    Screen,
    Send,
    Toast,
)
from flows.engine.events import Actor, Event, Scope
from flows.engine.store import Card, Conversation, DueReminder, Person, Source, Transaction
from flows.engine.translator import Languages, Translator
from framework.model import Framework

if TYPE_CHECKING:
    from flows.engine.flow import Flow
    from flows.engine.router import Router


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
    # False: files stay undrawn in the effects (a consumer that shows screens only: golden
    # transcripts, the button walk); a channel that sends them needs them drawn
    draw_files: bool = True
    # where a group session's presenter page is reached (None: this channel serves none)
    presenter_url: str | None = None


class Turn(Generic[C]):
    """One event: the loaded data, and what the handlers decided.

    It is the model of the `transitions` machine of the flow it is in (`state` belongs to that
    machine); a hand-off can take it into another flow (`Router.hand_off`), at that flow's
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
        # rounds whose messages this turn sends besides its own (a session's card): one of
        # them confidential protects all it sends (flows.engine.router)
        self.rounds_shown: set[int] = set()

    # decisions ---------------------------------------------------------------------------
    def move(self, trigger: Trigger, *args: Any) -> None:
        """Take a move of the flow's table (conditions and `then` get the turn and `args`);
        a move that matches nothing is a bug in the flow."""
        event = self.flow.machine.events.get(trigger.name)
        problem = f"{self.flow.name}: no move {trigger.name!r} from {self.state!r} applies"
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
        self.router.place(self, flow, state)
        self.move(REFRESH)

    async def run_command(self, name: str, arg: str = "") -> None:
        """Do what typing /name would do: only to replay the command that asked for consent
        (a flow hands off to another through a declared door, `hand_off`)."""
        await self.router.run_command(self, name, arg)

    async def hand_off(self, entry: Entry, arg: str = "") -> None:
        """Into another flow through its declared door (`flows.kit.entries`)."""
        await self.router.hand_off(self, entry, arg)

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
        if card.round_id is not None:  # its round decides whether what is sent is protected
            self.rounds_shown.add(card.round_id)
        scope = Scope(version=card.version, card=card.id)
        self.later.append((lambda: PostCard(card.id, card.chat, draw(), scope), False))

    def remind(self, due: Sequence[DueReminder]) -> None:
        """Reminders to send, each in its participant's own chat (by the channel)."""
        self.later.append((lambda: Reminders(tuple(due)), False))

    def revoke_invites(self, chat: str, links: Sequence[str]) -> None:
        """Invitations to a group that end with what this event did (by the channel)."""
        self.later.append((lambda: RevokeInvites(chat, tuple(links)), False))

    def card_changed(self, card: Card) -> None:
        """A count on the card changed: channels draw it again when they may."""
        self.later.append((lambda: CardChanged(card.id, card.chat, card.message_id), False))

    def card_translator(self, card: Card) -> Translator:
        """A card speaks its group's language (its context's `language`), not the tapper's."""
        return self.router.cards.translator(card, self.t)

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
