"""What the flows need from the outside world, as Protocols that other layers satisfy.

`storage` implements `Store` structurally (it never imports this module); channels hand in
translators. Every event is handled inside one `Store.transaction()`, so the step check and the
writes it guards commit together or not at all.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Protocol

from framework.model import Text
from framework.records import (
    Answer,
    Conversation,
    ForgetReport,
    Participation,
    Person,
    Role,
    Round,
    Source,
)
from framework.scoring import Rating


class Transaction(Protocol):
    async def person(self, user: str) -> Person | None: ...

    async def person_and_conversation(
        self, chat: str, user: str
    ) -> tuple[Person | None, Conversation | None]: ...

    async def save_person(self, person: Person) -> None: ...

    async def conversation(self, chat: str, user: str) -> Conversation | None: ...

    async def save_conversation(self, conversation: Conversation) -> None: ...

    async def create_round(self, country: str, owner: str) -> Round: ...

    async def round(self, round_id: int) -> Round | None: ...

    async def participation(self, round_id: int, user: str) -> Participation | None: ...

    async def participations(self, user: str) -> list[Participation]: ...

    async def join_round(
        self, round_id: int, user: str, sector: str, role: Role
    ) -> Participation: ...

    async def mark_finished(self, round_id: int, user: str, when: datetime | None) -> None: ...

    async def save_rating(
        self,
        round_id: int,
        user: str,
        item: str,
        value: Rating,
        source: Source,
        session_id: int | None = None,
    ) -> Answer:
        """Upsert keyed by (round, user, item): the latest rating wins, a note is kept."""
        ...

    async def save_note(
        self, round_id: int, user: str, item: str, note: str, source: Source
    ) -> Answer:
        """Upsert keyed by (round, user, item): the note is replaced, a rating is kept."""
        ...

    async def answer(self, round_id: int, user: str, item: str) -> Answer | None: ...

    async def answers(self, round_id: int, user: str | None = None) -> list[Answer]: ...

    async def answer_count(self, user: str) -> int: ...

    async def conversations_of(self, user: str) -> list[Conversation]: ...

    async def forget(self, user: str) -> ForgetReport: ...


class Store(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[Transaction]: ...


class Translator(Protocol):
    """One language for one screen: gettext plus CLDR formats and names."""

    locale: str
    rtl: bool

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def pgettext(self, context: str, message: str) -> str: ...

    def content(self, text: Text) -> str: ...

    def number(self, value: float, digits: int = 1) -> str: ...

    def percent(self, share: float) -> str: ...

    def country(self, code: str) -> str: ...

    def language_name(self, locale: str) -> str: ...

    def isolate(self, text: str) -> str: ...
