"""Locale negotiation from Telegram's language codes, and right-to-left handling."""

from __future__ import annotations

import gettext
import os
import shutil
from pathlib import Path

from babel.numbers import format_decimal

from bot.i18n import (
    FSI,
    LOCALES_DIR,
    PDI,
    CatalogLanguages,
    available_locales,
    compile_catalogs,
    negotiate,
    translator,
)
from flows.routing import build_router
from framework import load_framework
from storage.store import SqlStore
from tests.flows.chat import Chat


def test_every_design_language_has_a_catalog() -> None:
    assert set(available_locales()) == {"en", "fr", "es", "ar", "ru", "zh_Hans", "pt", "pt_BR"}


def test_telegram_codes_map_to_catalog_folders() -> None:
    assert negotiate("pt-br") == "pt_BR"  # Brazilian users get Brazilian Portuguese
    assert negotiate("pt-BR") == "pt_BR"
    assert negotiate("pt") == "pt"
    assert negotiate("pt-PT") == "pt"
    assert negotiate("zh-hans") == "zh_Hans"
    assert negotiate("zh") == "zh_Hans"
    assert negotiate("fr-CA") == "fr"
    assert negotiate("ar") == "ar"
    assert negotiate("de") == "en"
    assert negotiate("de", default="fr") == "fr"
    assert negotiate(None) == "en"
    assert negotiate("not a code!") == "en"


def test_arabic_isolates_inserted_names_and_keeps_latin_digits() -> None:
    t = translator("ar")
    assert t.rtl
    assert t.isolate("MD") == f"{FSI}MD{PDI}"
    assert t.number(2.5, 2) == format_decimal(2.5, format="0.##", locale="ar")
    assert translator("fr").isolate("MD") == "MD"


async def test_a_french_speaker_gets_french_screens(store: SqlStore) -> None:
    chat = Chat(build_router(load_framework(), store, CatalogLanguages()), "tg:2001", "2001",
                "fr-FR")
    reply = await chat.command("start")
    t = translator("fr")
    assert t.gettext("Your privacy") in reply.screens[0].text
    assert t.gettext("Your privacy") != "Your privacy"
    labels = [b.label for row in reply.screens[0].buttons for b in row]
    assert t.gettext("I agree") in labels
    assert "Français" in labels or "français" in labels  # the language choice is offered


async def test_arabic_screens_are_marked_right_to_left_in_logical_order(
    store: SqlStore,
) -> None:
    """The flows keep buttons in logical order (the terminal numbers them so); the screen says
    it reads right to left, and the Telegram channel mirrors every row."""
    chat = Chat(build_router(load_framework(), store, CatalogLanguages()), "tg:2002", "2002", "ar")
    t = translator("ar")
    await chat.command("start")
    await chat.tap(t.gettext("I agree"))
    await chat.type("MD")
    await chat.tap(t.country("MD"))
    await chat.tap(t.gettext("Government"))
    await chat.tap(t.gettext("Start (question 1)"))
    first_row = [(b.action.id if b.action else None, b.arg) for b in chat.screen.buttons[0]]
    assert first_row == [("as.rate", "1"), ("as.rate", "2"), ("as.rate", "3"), ("as.rate", "4")]
    assert chat.screen.rtl
    from bot.telegram import keyboard
    from flows.engine.events import Scope

    markup = keyboard(chat.router.registry, chat.screen, Scope(version=1))
    assert markup is not None
    mirrored = [b.callback_data for b in markup.inline_keyboard[0]]
    assert [str(d).split("|")[0] for d in mirrored] == [
        "as.rate:4", "as.rate:3", "as.rate:2", "as.rate:1"
    ]


async def test_language_command_switches_and_is_remembered(store: SqlStore) -> None:
    chat = Chat(build_router(load_framework(), store, CatalogLanguages()))
    await chat.start_round()
    await chat.command("language")
    await chat.tap("français")
    fr = translator("fr")
    assert chat.last.toast == fr.gettext("Language changed.")
    assert fr.content(load_framework().capability(1).name) in chat.screen.text
    async with store.transaction() as tx:
        person = await tx.people.get("tg:1001")
    assert person is not None and person.locale == "fr"
    # an English Telegram client does not override the choice
    reply = await chat.command("help")
    assert fr.gettext("How this assistant works") in reply.screens[0].text


def test_catalogs_compile_where_they_can(tmp_path: Path) -> None:
    """Missing or stale compiled catalogs are made at start; a folder that cannot be written
    (a read-only install) is passed over for the next one."""
    source = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, source, ignore=shutil.ignore_patterns("*.mo", "__*"))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder would go")
    cache = tmp_path / "cache"
    chosen = compile_catalogs(source, [blocker / "locales", cache])
    assert chosen == cache
    french = gettext.translation("messages", localedir=str(cache), languages=["fr"])
    assert french.gettext("Your privacy") == translator("fr").gettext("Your privacy")
    mo = cache / "fr" / "LC_MESSAGES" / "messages.mo"
    before = mo.stat().st_mtime_ns
    assert compile_catalogs(source, [cache]) == cache
    assert mo.stat().st_mtime_ns == before  # current: not compiled again
    po = source / "fr" / "LC_MESSAGES" / "messages.po"
    os.utime(po, ns=(before + 10**9, before + 10**9))
    compile_catalogs(source, [cache])
    assert mo.stat().st_mtime_ns > before  # the source changed: compiled again
