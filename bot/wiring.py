"""Builds the parts every channel shares: content, store, languages, the router."""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import CatalogLanguages
from bot.settings import Settings
from flows.engine.router import Router
from flows.kit.countries import find_countries
from flows.routing import build_router
from framework import load_framework
from storage.migrate import migrate
from storage.store import SqlStore


@dataclass
class App:
    settings: Settings
    store: SqlStore
    languages: CatalogLanguages
    router: Router

    async def close(self) -> None:
        await self.store.close()


async def build_app(settings: Settings, bot_username: str | None = None) -> App:
    """Apply migrations, then wire the flows to the database and the catalogs."""
    await migrate(settings.database_url)
    find_countries("warm", settings.default_locale)  # builds the name index before anyone types
    store = SqlStore.from_url(settings.database_url, settings.database_busy_timeout_ms)
    languages = CatalogLanguages(settings.default_locale)
    router = build_router(
        load_framework(), store, languages,
        bot_username=bot_username,
        admins=(f"tg:{user}" for user in settings.admin_user_ids),
        backups_kept_days=settings.backups_kept_days,
        job_claim_seconds=settings.job_claim_seconds,
    )
    return App(settings=settings, store=store, languages=languages, router=router)
