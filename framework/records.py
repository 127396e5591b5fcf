"""The records that cross the flows' storage interface: plain, immutable, channel-free.

People are identified by a string key (``tg:<telegram user id>``, or ``local:terminal`` for the
terminal); no names are ever stored.
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
NOTE_MAX = 200


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


@dataclass(frozen=True)
class Participation:
    round: Round
    user: str
    sector: str
    role: Role
    joined_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True)
class Answer:
    round_id: int
    user: str
    item: str  # "cap:7" or "pulse:victim"
    value: Rating
    note: str | None
    source: Source
    session_id: int | None
    updated_at: datetime


@dataclass
class Conversation:
    """Where one person is in one chat: written at every step."""

    chat: str
    user: str
    flow: str
    state: str
    step: int = 0
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ForgetReport:
    answers: int
    participations: int
    conversations: int
    rounds_handed_over: int
