from __future__ import annotations

import pytest

from bot.i18n import CatalogLanguages
from flows.engine.router import Router
from flows.routing import build_router
from framework import load_framework
from storage.store import SqlStore
from tests.flows.chat import Chat
from tests.golden.transcript import GroupMembers


@pytest.fixture
def router(store: SqlStore) -> Router:
    return build_router(load_framework(), store, CatalogLanguages(), bot_username="mnr_test_bot",
                        members=GroupMembers())


@pytest.fixture
def chat(router: Router) -> Chat:
    return Chat(router)
