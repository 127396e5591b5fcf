"""The records that cross between the flows and storage: people (by a string key, never a
name), rounds, invitations, participations, answers, notices, conversations, cards, jobs, and
what a reminder or a /forget reports. Frozen dataclasses: storage builds them, flows read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from framework.scoring import Rating


class Source(StrEnum):
    PRIVATE = "private"
    GROUP = "group"
    TERMINAL = "terminal"


class Role(StrEnum):
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"
    # an invitation's kind only: who opens a pulse link joins as a participant and goes
    # straight to the pulse check
    PULSE = "pulse"


SECTORS: tuple[str, ...] = (
    "government",
    "law_enforcement",
    "justice",
    "victim_services",
    "civil_society",
    "industry",
    "media",
    "academia",
    "international",
    "other",
)


SECTOR_NOT_GIVEN = "not_given"


NOTE_MAX = 500  # characters: enough for a law's title and article, or a unit's mandate


@dataclass(frozen=True)
class Person:
    user: str
    locale: str | None
    consented_at: datetime | None


@dataclass(frozen=True)
class Round:
    id: int
    code: str  # names the round in commands and exports; grants nothing
    country: str  # ISO 3166-1 alpha-2
    owner: str | None  # the facilitator who opened it; None once handed to the admins
    created_at: datetime
    title: str | None = None  # "Kenya 2026": a shared round's name; None for a solo one
    closed_at: datetime | None = None  # answers are read-only once closed
    published_at: datetime | None = None  # its summary is shown to its participants
    # its files and report hold aggregates only, never rows or notes (only ever turned on)
    figures_only: bool = False
    # every message and file of it is sent protected (no forwarding or saving), from creation
    confidential: bool = False


@dataclass(frozen=True)
class Invite:
    """The only way into a round: an unguessable code, revoked by issuing a new one."""

    code: str
    round_id: int
    role: Role
    created_at: datetime


@dataclass(frozen=True)
class Participation:
    round: Round
    user: str
    sector: str
    role: Role
    joined_at: datetime
    finished_at: datetime | None
    pseudonym: str = ""  # random per round, never derived from the user: what exports show


@dataclass(frozen=True)
class Answer:
    round_id: int
    user: str
    item: str  # "cap:7" or "pulse:victim"
    value: Rating
    note: str | None
    source: Source
    updated_at: datetime


FIRST_VOTING = 1


@dataclass(frozen=True)
class Notice:
    """Something to tell a person once, in their private chat."""

    id: int
    user: str
    chat: str  # their private chat
    round_id: int | None
    kind: str  # "rate_again" (detail: items) or "votes_apart" (detail: counts)
    detail: dict[str, Any]


@dataclass(frozen=True)
class Conversation:
    """Where one person is in one chat: which flow, which state, at which version.

    `version` changes with every move and is never reused for a chat (it is at least the time
    of the move in microseconds), so a keyboard drawn before /forget never becomes valid again.
    `last_message` is the newest message applied in this chat: a re-delivered or older message
    changes nothing.
    `round_id` is the chat's current round, shared by every flow. `context` is
    the flow's own typed record, as JSON.
    """

    chat: str
    user: str
    flow: str
    state: str
    version: int
    last_message: int | None = None
    round_id: int | None = None
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Card:
    """A message shared by many people (a group session's card), with its own version."""

    id: int
    chat: str
    flow: str
    state: str
    version: int
    message_id: int | None
    round_id: int | None
    context: dict[str, Any] = field(default_factory=dict)
    # what its deep links carry (unguessable); a new one once a session starts, so that the
    # set-up link ends there
    token: str | None = None


class Unavailable(Exception):
    """The database could not be reached (a restart, a failover): nothing of the transaction
    was kept, and it may be tried again."""


@dataclass(frozen=True)
class ForgetReport:
    answers: int
    participations: int
    conversations: int
    rounds_handed_over: int
    votes: int = 0


@dataclass(frozen=True)
class Job:
    """Slow work a person asked for, recorded before it is drawn."""

    id: int
    chat: str
    user: str
    kind: str  # "<flow code>.<job>"
    detail: dict[str, Any]


@dataclass(frozen=True)
class Drawing:
    """A claim to draw a card's message: whoever holds it is the only one to edit it."""

    card: int
    changes: int  # the card's changes when claimed: drawn from the database after, so shown
    drawn: int  # the changes its message showed when claimed
    shown: str | None  # the fingerprint of what the message shows now
    # the card's row as the claim found it (the claim returns it: the drawing need not read it)
    found: Card | None = None


@dataclass(frozen=True)
class DueReminder:
    chat: str  # the person's private chat
    user: str
    round_id: int
    # a facilitator's reminder may follow an earlier one, if that was before this time
    again_after: datetime | None = None
