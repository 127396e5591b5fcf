"""A round's validation as the flows see it (storage/validation.py keeps it).

A round moves Draft → Review → Validated, one version at a time. Each version is a row: its
review (opened, optional end), then its validation (the institution, the date, the canonical
snapshot of what the report shows and its hash, how many people it counted), and beside the
snapshot, outside its hash, whether the validated report is shared (with whom) or confidential.
A new version supersedes the validated one; the old row and its files stay.

How the states sit on the round's own fields: Draft is a round with no version under review or
validated (answers change while `closed_at` is empty); opening the review closes the answers
(`closed_at`) and shows the draft results to participants (`published_at`); validating keeps
both; a new version opens the answers again (`closed_at` emptied) as the next version's Draft.

Flags ("I see it differently") are a participant's, per capability and version, with an
optional comment; facilitators see their counts, never who, and comments only where
`FLAGS_SHOWN_FROM` flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

INSTITUTION_MAX = 120
SHARED_WITH_MAX = 200
FLAG_COMMENT_MAX = 300
FLAGS_SHOWN_FROM = 3  # flags on a capability before their comments are shown


class State(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    VALIDATED = "validated"


class Sharing(StrEnum):
    SHARED = "shared"
    CONFIDENTIAL = "confidential"


@dataclass(frozen=True)
class Version:
    round_id: int
    version: int
    state: State  # review or validated (a draft has no row yet)
    review_opened_at: datetime | None = None
    review_ends: date | None = None
    reminded: bool = False
    institution: str | None = None
    validated_on: date | None = None
    validated_at: datetime | None = None
    snapshot: str | None = None  # canonical JSON
    snapshot_hash: str | None = None  # sha256 of the snapshot's UTF-8 bytes
    counted: int | None = None  # people whose answers the snapshot counts
    sharing: Sharing | None = None
    shared_with: str | None = None
    sharing_at: datetime | None = None
    superseded_at: datetime | None = None


@dataclass(frozen=True)
class Flag:
    item: str
    comment: str | None


@dataclass(frozen=True)
class Validation:
    """A round's versions, oldest first, and where it stands."""

    versions: tuple[Version, ...]

    @property
    def current(self) -> Version | None:
        """The version in review or validated and not superseded; None in a draft."""
        latest = self.versions[-1] if self.versions else None
        return latest if latest is not None and latest.superseded_at is None else None

    @property
    def state(self) -> State:
        return self.current.state if self.current is not None else State.DRAFT

    @property
    def number(self) -> int:
        """The version a draft will become, or the current one's."""
        if self.current is not None:
            return self.current.version
        return (self.versions[-1].version + 1) if self.versions else 1

    @property
    def superseded(self) -> Version | None:
        """The validated version the current one (or the draft) replaces."""
        earlier = [v for v in self.versions if v.superseded_at is not None
                   and v.state is State.VALIDATED]
        return earlier[-1] if earlier else None


class Validations(Protocol):
    async def of_round(self, round_id: int) -> Validation: ...

    async def open_review(self, round_id: int, version: int, when: datetime,
                          ends: date | None) -> None: ...

    async def back_to_draft(self, round_id: int, version: int) -> None:
        """A review given up: its row (and its flags) go; the round is a draft again."""
        ...

    async def validate(self, round_id: int, version: int, institution: str, on: date,
                       when: datetime, snapshot: str, snapshot_hash: str,
                       counted: int) -> bool:
        """False when the version is no longer in review (someone else moved it)."""
        ...

    async def set_sharing(self, round_id: int, version: int, sharing: Sharing,
                          shared_with: str | None, when: datetime) -> None: ...

    async def supersede(self, round_id: int, version: int, when: datetime) -> None: ...

    async def claim_reminder(self, round_id: int, version: int) -> bool:
        """Whether this caller sends the review's one reminder (no other process did)."""
        ...

    async def reviews_ending(self, on: date) -> list[Version]:
        """Reviews whose end is `on` or earlier and that have not reminded anyone yet."""
        ...

    async def flag(self, round_id: int, version: int, item: str, user: str,
                   comment: str | None) -> None: ...

    async def unflag(self, round_id: int, version: int, item: str, user: str) -> None: ...

    async def flags(self, round_id: int, version: int) -> list[Flag]:
        """Every flag of the version, without who."""
        ...

    async def my_flags(self, round_id: int, version: int, user: str) -> set[str]: ...

    async def file(self, round_id: int, version: int, kind: str,
                   language: str) -> bytes | None: ...

    async def keep_file(self, round_id: int, version: int, kind: str, language: str,
                        content: bytes) -> bytes:
        """Keep a rendered file of a validated version; the one kept first wins (another
        process may have rendered it meanwhile), and is returned."""
        ...
