"""A group session's presenter links as the flows see them (storage/presenter.py keeps them).

A facilitator asks for a link in private; it opens the presenter page once, in the browser
beside the projector, and is exchanged there for a cookie, so that the address on the wall
carries nothing usable. Only hashes of the link's token and of the cookie are stored. A link
ends when its session ends (the cookie still shows the ended session's summary), when a newer
link for the same session replaces it before it was opened, or `PRESENTER_HOURS` after it was
made (its page too).

The join link (a Telegram invitation to the group, made by the channel when the bot may) is
kept beside it, so that every web process shows the same one and it can be revoked once:
by the bot when the session ends, or by the page for one made while it was ending.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

PRESENTER_HOURS = 12
PRESENTER_LIFETIME = timedelta(hours=PRESENTER_HOURS)


def secret_hash(secret: str) -> str:
    """What is stored of a token or a cookie: its SHA-256."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PresenterLink:
    id: int
    card_id: int
    language: str  # the facilitator's, until the session has the group's
    created_at: datetime
    expires_at: datetime
    exchanged_at: datetime | None = None
    revoked_at: datetime | None = None
    join_link: str | None = None  # a Telegram invitation to the group, when one was made
    join_title: str | None = None  # the group's name, when no invitation could be made
    join_revoked_at: datetime | None = None

    def usable(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at


class PresenterLinks(Protocol):
    async def make(self, card_id: int, token: str, language: str, now: datetime
                   ) -> PresenterLink:
        """A new link for the session; its earlier links not yet opened end (pages open stay)."""
        ...

    async def exchange(self, token: str, cookie: str, now: datetime) -> PresenterLink | None:
        """The link whose token this is, now bound to the cookie, if it was usable and never
        opened before; None otherwise (the same None for every reason)."""
        ...

    async def by_cookie(self, cookie: str, now: datetime) -> PresenterLink | None: ...

    async def set_join(self, link_id: int, join_link: str | None, join_title: str | None
                       ) -> PresenterLink | None:
        """Keeps the first join link or name made for this link (another process may have
        made one first: that one is returned)."""
        ...

    async def join_revoked(self, link_id: int, now: datetime) -> bool:
        """Marks the join link revoked; False when it already was (by another process)."""
        ...

    async def end(self, card_id: int, now: datetime) -> list[str]:
        """The session ended: its links can no longer be exchanged, and their join links are
        marked revoked; those join links (for the channel to revoke, once)."""
        ...
