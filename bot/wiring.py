"""Builds the parts every channel shares: content, store, languages, flows."""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import CatalogLanguages
from bot.settings import Settings
from flows.assessment import AssessmentFlow
from framework import load_framework
from storage.migrate import migrate
from storage.repository import SqlStore


@dataclass
class App:
    settings: Settings
    store: SqlStore
    languages: CatalogLanguages
    assessment: AssessmentFlow

    async def close(self) -> None:
        await self.store.close()


async def build_app(settings: Settings) -> App:
    """Apply migrations, then wire the flows to the database and the catalogs."""
    await migrate(settings.database_url)
    framework = load_framework()
    store = SqlStore.from_url(settings.database_url)
    languages = CatalogLanguages(settings.default_locale)
    return App(
        settings=settings,
        store=store,
        languages=languages,
        assessment=AssessmentFlow(framework, store, languages),
    )
