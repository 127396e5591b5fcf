"""The storage interface the flows need, and the records that cross into it
(`flows.engine.store.records`, re-exported here).

`storage` implements these Protocols structurally and imports this module and nothing else of
`flows`. People are identified by a string key (``tg:<telegram user id>``, or ``local:terminal``
for the terminal); no names are ever stored.

Every event runs inside one `Store.transaction()`. The writes a flow makes are guarded by a
compare and set on the conversation (or card) it belongs to, done in the statement that writes
(`Conversations.save` / `Cards.save`): if another process moved it first, the save matches no
row, the whole transaction is rolled back, and the event is stale.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Protocol

from flows.engine.store.plans import Plans
from flows.engine.store.positions import Agreements
from flows.engine.store.presenter import PresenterLinks
from flows.engine.store.records import (
    FIRST_VOTING as FIRST_VOTING,
    NOTE_MAX as NOTE_MAX,
    SECTOR_NOT_GIVEN as SECTOR_NOT_GIVEN,
    SECTORS as SECTORS,
    Answer as Answer,
    Card as Card,
    Conversation as Conversation,
    Drawing as Drawing,
    DueReminder as DueReminder,
    ForgetReport as ForgetReport,
    Invite as Invite,
    Job as Job,
    Notice as Notice,
    Participation as Participation,
    Person as Person,
    Role as Role,
    Round as Round,
    Source as Source,
    Unavailable as Unavailable,
)
from flows.engine.store.validation import Validations
from framework.aggregate import (
    Tally as Tally,  # re-exported: storage builds them
    Turnout as Turnout,
    VoteCount as VoteCount,
)
from framework.scoring import Rating


class People(Protocol):
    async def get(self, user: str) -> Person | None: ...

    async def save(self, person: Person) -> None: ...


class Conversations(Protocol):
    async def with_person(
        self, chat: str, user: str
    ) -> tuple[Person | None, Conversation | None]:
        """The chat's conversation and the person, in one statement: every event starts
        with them."""
        ...

    async def save(
        self, conversation: Conversation, seen: int | None, message: int | None = None
    ) -> bool:
        """Write if the stored version is still `seen` (None: if there is no row yet) and, for
        a `message`, if no message as new was applied; False when another event came first."""
        ...

    async def of_user(self, user: str) -> list[Conversation]: ...


class Rounds(Protocol):
    async def create(self, country: str, owner: str, title: str | None = None,
                     figures_only: bool = False, confidential: bool = False) -> Round: ...

    async def copy_unprotected(self, round_id: int, user: str, kind: str) -> None:
        """Record that a facilitator confirmed they want a file of a confidential round
        without Telegram's protection (who, when, which kind)."""
        ...

    async def make_figures_only(self, round_id: int) -> None:
        """From now on, only aggregates leave the bot (there is no way back)."""
        ...

    async def get(self, round_id: int) -> Round | None: ...

    async def by_code(self, code: str) -> Round | None: ...

    async def join(self, round_id: int, user: str, sector: str, role: Role) -> Participation: ...

    async def set_sector(self, round_id: int, user: str, sector: str) -> None: ...

    async def set_country(self, round_id: int, country: str) -> None: ...

    async def participation(self, round_id: int, user: str) -> Participation | None: ...

    async def participations(self, user: str) -> list[Participation]: ...

    async def mark_finished(self, round_id: int, user: str, when: datetime | None) -> None: ...

    async def participants(self, round_id: int) -> list[Participation]: ...

    async def set_role(self, round_id: int, user: str, role: Role) -> None: ...

    async def close(self, round_id: int, when: datetime | None) -> None:
        """Close its answers (None opens them again: a new version of a validated round)."""
        ...

    async def publish(self, round_id: int, when: datetime | None) -> None: ...

    async def invite(self, round_id: int, role: Role) -> Invite:
        """A new code for joining as `role`; the earlier one for that role stops working."""
        ...

    async def current_invite(self, round_id: int, role: Role) -> Invite | None: ...

    async def by_invite(self, code: str) -> Invite | None:
        """The live invite with this code (None for an unknown or revoked one)."""
        ...


class Answers(Protocol):
    """A person's own answers: never written by a vote."""

    async def rate(
        self, round_id: int, user: str, item: str, value: Rating, source: Source
    ) -> Answer:
        """Upsert keyed by (round, user, item): the latest rating wins, a note is kept."""
        ...

    async def note(
        self, round_id: int, user: str, item: str, note: str, source: Source
    ) -> Answer:
        """Upsert keyed by (round, user, item): the note is replaced, a rating is kept."""
        ...

    async def clear_note(self, round_id: int, user: str, item: str) -> None:
        """Remove a note; an answer that was only a note goes with it."""
        ...

    async def get(self, round_id: int, user: str, item: str) -> Answer | None: ...

    async def of_round(self, round_id: int, user: str | None = None) -> list[Answer]: ...

    async def tally(self, round_id: int) -> tuple[list[Tally], list[Turnout]]:
        """How many people of each sector gave each answer to each item, and how many of each
        sector joined and answered: what a round's results are computed from (counted by the
        database in two queries, whatever the number of participants; nobody's answer)."""
        ...


class Votes(Protocol):
    """Votes in group sessions: one per (session, question, voting round, voter), apart from
    anyone's answers. The voter is known only to replace their own vote and for /forget."""

    async def cast(self, session: int, round_id: int, item: str, voting: int, voter: str,
                   value: Rating, order: int | None = None) -> Rating:
        """The voter's vote, replacing their earlier one on that question and voting round;
        with `order` (the channel's order of the press), a press ordered before the stored
        one changes nothing. The vote stored."""
        ...

    async def mine(self, session: int, item: str, voting: int, voter: str) -> Rating: ...

    async def counts(self, session: int) -> list[VoteCount]: ...

    async def of_round(self, round_id: int) -> list[VoteCount]: ...

    async def voted(self, user: str) -> dict[int, int]:
        """Per round, how many votes of this person are stored (for /mydata)."""
        ...


class Jobs(Protocol):
    async def add(self, chat: str, user: str, kind: str, detail: dict[str, Any],
                  order: int | None) -> int:
        """The job's id; the same press (`order`) delivered again gets the same job."""
        ...

    async def claim(self, job: int, owner: str, now: datetime, until: datetime) -> Job | None:
        """Take the job until `until`, unless it is done or another owner's claim runs."""
        ...

    async def done(self, job: int, owner: str, when: datetime) -> None: ...

    async def due(self, now: datetime) -> list[Job]:
        """Jobs not done and not held by a running claim (their process died, or never
        began them)."""
        ...

    async def purge(self, done_before: datetime) -> None:
        """Forget jobs done before then (kept a while so that a press delivered again finds
        its job done, instead of asking for the file a second time)."""
        ...


class Notices(Protocol):
    async def add(self, user: str, round_id: int | None, kind: str,
                  detail: dict[str, Any]) -> None: ...

    async def due(self) -> list[Notice]:
        """Notices not sent yet to people who agreed and have a private chat with the bot."""
        ...

    async def claim(self, notice: int, when: datetime) -> Notice | None:
        """Mark it sent, if no other process did: only the caller that gets it sends it."""
        ...

    async def pending(self, user: str) -> int: ...


class Cards(Protocol):
    async def create(
        self, chat: str, flow: str, state: str, round_id: int | None, context: dict[str, Any]
    ) -> Card: ...

    async def get(self, card_id: int) -> Card | None: ...

    async def of_round(self, round_id: int, flow: str) -> list[Card]:
        """The round's cards of a flow (its group sessions), oldest first."""
        ...

    async def by_token(self, token: str) -> Card | None: ...

    async def rekey(self, card_id: int) -> str:
        """A new token for the card's links; the earlier one no longer finds it."""
        ...

    async def save(self, card: Card, seen: int) -> bool:
        """Write if the stored version is still `seen`; False when another event came first."""
        ...

    async def confirm(self, card_id: int, seen: int) -> bool:
        """Whether the stored version is still `seen`, checked in a write, so that what this
        transaction wrote (a vote) cannot land after a move that committed meanwhile."""
        ...

    async def place(self, card_id: int, message_id: int, shown: str | None = None) -> None:
        """The card's message (and, when known, the fingerprint of what it shows)."""
        ...

    async def claim_drawing(self, card_id: int, owner: str, now: datetime, until: datetime,
                            drawn_before: datetime | None = None) -> Drawing | None:
        """Take the right to draw the card's message until `until`, unless another owner
        holds it: None then. With `drawn_before` (a count update), only if the message
        shows fewer changes than made and was last drawn no later than that. A crashed
        owner's claim runs out at its `until`."""
        ...

    async def release_drawing(self, drawing: Drawing, owner: str, shown: str | None,
                              drawn_at: datetime | None) -> None:
        """The drawing is done: its message shows `drawing.changes` changes (and `shown`;
        `drawn_at` when a call was made). A failed drawing releases with its `drawn`."""
        ...

    async def to_draw(self) -> list[tuple[int, str]]:
        """(card, chat) of the posted cards whose message shows fewer changes than made."""
        ...

    async def opened_by(self, user: str) -> int:
        """How many cards name this person as who set them up (for /mydata)."""
        ...

    async def in_chat(self, chat: str) -> list[Card]:
        """The cards posted in a chat, oldest first."""
        ...

    async def move_chat(self, old: str, new: str) -> set[int]:
        """A group became a supergroup: its cards now live in the new chat, to be posted
        again (the old messages can no longer be edited). The ids of the cards this call
        moved: when two events report the same move at once, only one of them moves any."""
        ...


class GroupCalls(Protocol):
    """The calls made to each group, shared by every process (the group budget)."""

    async def lock(self, chat: str) -> list[tuple[str, float]]:
        """The group's recorded calls, locked until the transaction ends."""
        ...

    async def save(self, chat: str, calls: list[tuple[str, float]]) -> None: ...


class Queries(Protocol):
    """Reads that span aggregates."""

    async def answer_count(self, user: str) -> int: ...

    async def raters_in_both(self, round_id: int, earlier: int) -> int:
        """How many people who rated something in `round_id` also rated in `earlier`."""
        ...

    async def due_reminders(self, idle_since: datetime, complete: int) -> list[DueReminder]:
        """Participants who stopped mid-assessment: they answered something in the round
        their private chat is on, have not finished it (nor rated all `complete`
        capabilities), have done nothing there since `idle_since`, were never reminded for
        it, and did not turn reminders off."""
        ...

    async def unfinished(self, round_id: int, complete: int) -> list[DueReminder]:
        """The round's participants (not its facilitators) who have not finished (nor rated
        all `complete` capabilities), agreed to the privacy notice, kept reminders on and have
        a private chat with the bot."""
        ...

    async def claim_reminder(self, due: DueReminder, when: datetime) -> bool:
        """Mark the participant reminded, if nobody did yet (or, for a facilitator's
        reminder, not since `due.again_after`): only the caller that gets True sends it, so
        that no reminder goes out twice, whichever process is alive."""
        ...

    async def set_reminders(self, user: str, on: bool) -> None: ...

    async def reminders_on(self, user: str) -> bool: ...

    async def idle_in(self, states: list[tuple[str, str]], before: datetime
                      ) -> list[tuple[str, str]]:
        """(chat, user) of the private conversations in one of these (flow, state) pairs and
        unchanged since `before`."""
        ...


class Transaction(Protocol):
    @property
    def wrote(self) -> bool:
        """Whether anything was written so far (then the event's scope must be saved too)."""
        ...

    @property
    def people(self) -> People: ...

    @property
    def conversations(self) -> Conversations: ...

    @property
    def rounds(self) -> Rounds: ...

    @property
    def answers(self) -> Answers: ...

    @property
    def votes(self) -> Votes: ...

    @property
    def notices(self) -> Notices: ...

    @property
    def jobs(self) -> Jobs: ...

    @property
    def cards(self) -> Cards: ...

    @property
    def queries(self) -> Queries: ...

    @property
    def group_calls(self) -> GroupCalls: ...

    @property
    def plans(self) -> Plans: ...

    @property
    def agreements(self) -> Agreements: ...

    @property
    def validations(self) -> Validations: ...

    @property
    def presenter(self) -> PresenterLinks: ...

    async def forget(self, user: str) -> ForgetReport:
        """Delete every row that holds the person's id or text (storage/personal.py declares
        which): what belongs to a round stays without their link; rounds they facilitate pass
        to a co-facilitator (or the bot's admins); a round nobody else is in goes."""
        ...


class Store(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[Transaction]: ...
