from __future__ import annotations

import pytest

from bot.i18n import CatalogLanguages
from flows.assessment import AssessmentFlow
from framework import load_framework
from storage.repository import SqlStore
from tests.flows.chat import Chat


@pytest.fixture
def flow(store: SqlStore) -> AssessmentFlow:
    return AssessmentFlow(load_framework(), store, CatalogLanguages())


@pytest.fixture
def chat(flow: AssessmentFlow) -> Chat:
    return Chat(flow)
