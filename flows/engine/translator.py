"""The language a screen is drawn in: what renderers need, as Protocols channels satisfy."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from framework.model import Text


class Translator(Protocol):
    """One language for one screen: gettext plus CLDR formats and names."""

    locale: str
    rtl: bool

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def content(self, text: Text) -> str: ...

    def number(self, value: float, digits: int = 1) -> str: ...

    def percent(self, share: float) -> str: ...

    def date(self, moment: date | datetime) -> str:
        """A day as the language writes it ("1 December 2026")."""
        ...

    def month(self, month: int) -> str:
        """A month's name standing alone ("January"), from CLDR."""
        ...

    def country(self, code: str) -> str: ...

    def language_name(self, locale: str) -> str: ...

    def isolate(self, text: str) -> str: ...

    def fallback(self) -> Translator:
        """The source language (English), for what cannot be drawn in this one."""
        ...

    def join(self, items: list[str]) -> str:
        """A list as the language writes one ("A, B and C"), from CLDR."""
        ...


class Languages(Protocol):
    """The catalogs a channel offers, and a translator for each."""

    available: tuple[str, ...]
    default: str

    def negotiate(self, language_code: str | None) -> str: ...

    def translator(self, locale: str) -> Translator: ...


def N_(message: str) -> str:
    """Mark a msgid for extraction; it is translated where it is shown."""
    return message
