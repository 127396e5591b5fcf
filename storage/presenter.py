"""A group session's presenter links (`flows.engine.store.presenter`): hashes of their tokens
and cookies, never the secrets."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from flows.engine.store.presenter import PRESENTER_LIFETIME, PresenterLink, secret_hash
from storage.models import PresenterLinkRow
from storage.unit import Unit, rowcount

_LINKS = cast(Table, PresenterLinkRow.__table__)


def _link(row: Any) -> PresenterLink:
    return PresenterLink(
        id=int(row.id), card_id=int(row.card_id), language=row.language,
        created_at=row.created_at, expires_at=row.expires_at, exchanged_at=row.exchanged_at,
        revoked_at=row.revoked_at, join_link=row.join_link, join_title=row.join_title,
        join_revoked_at=row.join_revoked_at,
    )


class SqlPresenterLinks:
    def __init__(self, unit: Unit) -> None:
        self.unit = unit

    async def _get(self, link_id: int) -> PresenterLink | None:
        row = (await self.unit.read(select(_LINKS).where(_LINKS.c.id == link_id))).first()
        return _link(row) if row is not None else None

    async def make(self, card_id: int, token: str, language: str, now: datetime
                   ) -> PresenterLink:
        # the session's links not yet opened end; a page already open goes on
        await self.unit.write(
            update(_LINKS).where(_LINKS.c.card_id == card_id, _LINKS.c.revoked_at.is_(None),
                                 _LINKS.c.exchanged_at.is_(None))
            .values(revoked_at=now)
        )
        found = await self.unit.write(
            insert(_LINKS).values(card_id=card_id, token_hash=secret_hash(token),
                                  language=language, created_at=now,
                                  expires_at=now + PRESENTER_LIFETIME)
            .returning(_LINKS.c.id)
        )
        made = await self._get(int(found.scalar_one()))
        assert made is not None
        return made

    async def exchange(self, token: str, cookie: str, now: datetime) -> PresenterLink | None:
        # one UPDATE decides, so that two browsers opening the link at once get one page
        found = await self.unit.write(
            update(_LINKS)
            .where(_LINKS.c.token_hash == secret_hash(token), _LINKS.c.exchanged_at.is_(None),
                   _LINKS.c.revoked_at.is_(None), _LINKS.c.expires_at > now)
            .values(exchanged_at=now, cookie_hash=secret_hash(cookie))
            .returning(_LINKS.c.id)
        )
        link_id = found.scalar_one_or_none()
        return await self._get(int(link_id)) if link_id is not None else None

    async def by_cookie(self, cookie: str, now: datetime) -> PresenterLink | None:
        row = (await self.unit.read(
            select(_LINKS).where(_LINKS.c.cookie_hash == secret_hash(cookie),
                                 _LINKS.c.revoked_at.is_(None), _LINKS.c.expires_at > now)
        )).first()
        return _link(row) if row is not None else None

    async def set_join(self, link_id: int, join_link: str | None, join_title: str | None
                       ) -> PresenterLink | None:
        await self.unit.write(
            update(_LINKS)
            .where(_LINKS.c.id == link_id, _LINKS.c.join_link.is_(None),
                   _LINKS.c.join_title.is_(None))
            .values(join_link=join_link, join_title=join_title)
        )
        return await self._get(link_id)

    async def join_revoked(self, link_id: int, now: datetime) -> bool:
        found = await self.unit.write(
            update(_LINKS)
            .where(_LINKS.c.id == link_id, _LINKS.c.join_revoked_at.is_(None))
            .values(join_revoked_at=now)
        )
        return rowcount(found) > 0

    async def end(self, card_id: int, now: datetime) -> list[str]:
        # an exchanged link keeps its cookie (the page shows the summary); the rest end
        await self.unit.write(
            update(_LINKS)
            .where(_LINKS.c.card_id == card_id, _LINKS.c.exchanged_at.is_(None),
                   _LINKS.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        joins = await self.unit.write(
            update(_LINKS)
            .where(_LINKS.c.card_id == card_id, _LINKS.c.join_link.is_not(None),
                   _LINKS.c.join_revoked_at.is_(None))
            .values(join_revoked_at=now)
            .returning(_LINKS.c.join_link)
        )
        return sorted(str(row[0]) for row in joins)
