"""Translators backed by the gettext catalogs in `locales/`, and locale negotiation.

Catalog folders are Babel locale identifiers (`en`, `fr`, `zh_Hans`, ...). Telegram sends an
IETF tag such as ``pt-br`` or ``zh-hans``: `negotiate` maps it to a folder with a
language-only fallback, because Babel's own negotiation does neither.
"""

from __future__ import annotations

import gettext
import logging
import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent

import locales
from flows.kit.countries import country_name
from framework.model import Text

log = logging.getLogger(__name__)

# The catalogs' sources, found from the `locales` package: in a checkout or an installed copy.
LOCALES_DIR = Path(locales.__file__).resolve().parent
DOMAIN = "messages"
SOURCE_LOCALE = "en"
# First-strong isolate: keeps a Latin name or a number from flipping an Arabic line.
FSI, PDI = "\u2068", "\u2069"


def _stale(source: Path, target: Path) -> list[Path]:
    """Catalogs whose compiled form under `target` is missing or older than the source."""
    stale = []
    for po in sorted(source.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = target / po.relative_to(source).with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            stale.append(po)
    return stale


def _compile(source: Path, target: Path) -> None:
    for po in _stale(source, target):
        folder = po.parent.parent.name
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=folder)
        mo = target / po.relative_to(source).with_suffix(".mo")
        mo.parent.mkdir(parents=True, exist_ok=True)
        with mo.open("wb") as handle:
            write_mo(handle, catalog)  # fuzzy entries are left out, as pybabel does


def compile_catalogs(source: Path, targets: Sequence[Path]) -> Path:
    """The first of `targets` that holds current compiled catalogs of `source`, compiling
    them there when missing or stale; a target that cannot be written is passed over."""
    for target in targets:
        try:
            _compile(source, target)
            return target
        except OSError as exc:
            log.info("Cannot compile the catalogs into %s (%s)", target, exc.strerror)
    raise OSError(f"no folder to compile the catalogs into among {list(map(str, targets))}")


@lru_cache(maxsize=1)
def compiled_dir() -> Path:
    """Where the compiled catalogs are: next to their sources, compiled at start if missing or
    stale (a deploy straight from a clone); else, for a read-only install, a cache folder."""
    cache = Path(tempfile.gettempdir()) / f"mnr-assistant-locales-{os.getuid()}"
    return compile_catalogs(LOCALES_DIR, [LOCALES_DIR, cache])


@lru_cache(maxsize=1)  # read once: negotiation runs on the hot path of every event
def available_locales() -> tuple[str, ...]:
    """Catalog folders present, English (the source language) first."""
    found = sorted(
        p.name for p in LOCALES_DIR.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.po").exists()
    ) if LOCALES_DIR.is_dir() else []
    rest = [name for name in found if name != SOURCE_LOCALE]
    return (SOURCE_LOCALE, *rest)


def negotiate(code: str | None, default: str = SOURCE_LOCALE) -> str:
    """The catalog folder for a Telegram `language_code` (or `default` if none fits)."""
    available = available_locales()
    if not code:
        return default if default in available else SOURCE_LOCALE
    try:
        wanted = Locale.parse(code.replace("_", "-"), sep="-")
    except (ValueError, UnknownLocaleError):
        return default if default in available else SOURCE_LOCALE
    by_identifier = {name.lower(): name for name in available}
    candidates = [str(wanted), f"{wanted.language}_{wanted.script}", wanted.language]
    if wanted.language == "zh":
        # Chinese folders carry their script; Telegram usually sends just "zh".
        candidates.append(f"zh_{wanted.script or 'Hans'}")
    for candidate in candidates:
        if candidate.lower() in by_identifier:
            return by_identifier[candidate.lower()]
    return default if default in available else SOURCE_LOCALE


class Translator:
    """Everything a flow needs to speak one language: gettext plus CLDR formats and names."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.babel = Locale.parse(locale)
        self.rtl = self.babel.text_direction == "rtl"
        try:
            self._catalog: gettext.NullTranslations = gettext.translation(
                DOMAIN, localedir=str(compiled_dir()), languages=[locale]
            )
        except FileNotFoundError:
            self._catalog = gettext.NullTranslations()

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalog.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalog.pgettext(context, message)

    def content(self, text: Text) -> str:
        """Framework content, looked up by its stable key."""
        return self._catalog.pgettext(text.key, text.english)

    def number(self, value: float, digits: int = 1) -> str:
        pattern = "0" if digits == 0 else "0." + "#" * digits
        return format_decimal(value, format=pattern, locale=self.babel)

    def percent(self, share: float) -> str:
        return format_percent(share, locale=self.babel)

    def date(self, moment: date | datetime) -> str:
        day = moment.date() if isinstance(moment, datetime) else moment
        return format_date(day, format="long", locale=self.babel)

    def month(self, month: int) -> str:
        return str(self.babel.months["stand-alone"]["wide"][month])

    def country(self, code: str) -> str:
        return country_name(code, self.locale)

    def language_name(self, locale: str) -> str:
        return Locale.parse(locale).get_display_name(locale) or locale

    def join(self, items: list[str]) -> str:
        return format_list(items, locale=self.babel) if items else ""

    def fallback(self) -> Translator:
        return translator(SOURCE_LOCALE)

    def isolate(self, text: str) -> str:
        """Wrap inserted text so that its own direction does not reorder the line."""
        return f"{FSI}{text}{PDI}" if self.rtl else text


@lru_cache(maxsize=32)
def translator(locale: str) -> Translator:
    return Translator(locale)


class CatalogLanguages:
    """The catalogs in `locales/`, as the flows' `Languages`."""

    def __init__(self, default: str = SOURCE_LOCALE) -> None:
        self.available = available_locales()
        self.default = default if default in self.available else SOURCE_LOCALE

    def negotiate(self, language_code: str | None) -> str:
        return negotiate(language_code, self.default)

    def translator(self, locale: str) -> Translator:
        return translator(locale)
