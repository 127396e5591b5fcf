"""Records that several people edit from their own chats (a plan's actions): a compare-and-set
scope, as a conversation and a card are saved.

A screen that shows such a record remembers the version it was drawn on (`Seen`). An edit
names that version and is written only if the record is still at it, in the statement that
writes it; otherwise nothing changes, the person is told, the screen is drawn again from the
record as it is now, and what they set is kept (`Seen.kept`) so that one tap applies it again
on the current version. Nothing of what they typed is lost to someone else's edit.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from flows.engine.turn import Turn


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


R = TypeVar("R", bound=Versioned)


class Seen(BaseModel):
    """The shared record on a person's screen, the version it was drawn at, and an edit of
    theirs that was made on an outdated screen and not applied."""

    record: int | None = None
    version: int | None = None
    kept: dict[str, Any] | None = None

    def shows(self, record: int, version: int) -> None:
        self.record, self.version, self.kept = record, version, None

    def refreshed(self, version: int) -> None:
        """The screen is drawn again from the record as it is now (what was kept stays)."""
        self.version = version


# `write(record, seen_version)`: the record as written, or None when its version moved on
Write = Callable[[int, int], Awaitable[R | None]]


async def compare_and_set(turn: Turn[Any], seen: Seen, changes: dict[str, Any],
                          write: Write[R]) -> R | None:
    """Write `changes` if the record is still at the version the screen showed. On success the
    screen follows the new version; else nothing changed, the person is told, and `changes`
    are kept to apply again (the caller draws the record as it is now)."""
    assert seen.record is not None and seen.version is not None, "a record is on screen"
    written = await write(seen.record, seen.version)
    if written is None:
        seen.kept = changes
        turn.say(turn.t.gettext(
            "Someone changed this a moment ago, so your change was not made. Here it is now; "
            "you can apply your change again."), alert=True)
        return None
    seen.version, seen.kept = written.version, None
    return written
