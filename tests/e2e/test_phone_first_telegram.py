"""The phone-first assessment end to end: notes land where meant, no one-way doors, Arabic."""

from __future__ import annotations

import re
from typing import Any

from bot.i18n import translator
from tests.botapi import BotApiServer
from tests.e2e.conftest import rows, say, start_round, tap


def stored(database_url: str, user: int) -> dict[str, tuple[str | None, str | None]]:
    found = rows(database_url, "SELECT item, value, note FROM answers WHERE user = ?",
                 f"tg:{user}")
    return {item: (value, note) for item, value, note in found}


def keyboard_message(person: Any) -> Any:
    return [m for m in person.messages() if m.buttons][-1]


async def test_a_note_typed_after_a_tap_lands_on_the_capability_just_rated(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(901)
    await start_round(person)
    await tap(person, "Phase 2")  # capability 1; the screen moves on to capability 2
    assert "2. Research, Analysis and Monitoring" in person.screen().plain
    # the first note: where reports go, then its confirmation with the question
    saved = await say(person, "National council set up by decree 12/2021", changes=2)
    assert "Evidence note saved for 1. Leadership" in saved.plain
    assert stored(database_url, 901) == {
        "cap:1": ("2", "National council set up by decree 12/2021")
    }
    assert "2. Research, Analysis and Monitoring" in saved.plain  # still on the next question


async def test_typing_an_answer_saves_it(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(902)
    await start_round(person)
    await say(person, "3")
    await say(person, "phase 1")
    await say(person, "don't know")
    await say(person, "skip")
    assert stored(database_url, 902) == {
        "cap:1": ("3", None), "cap:2": ("1", None), "cap:3": ("dont_know", None),
    }
    assert "5. Judiciary and Prosecutors" in person.screen().plain


async def test_review_leads_back_to_the_first_open_question(
    bot: Any, server: BotApiServer
) -> None:
    person = server.user(903)
    await start_round(person)
    for label in ("Phase 1", "Skip", "Phase 3"):
        await tap(person, label)
    review = await tap(person, "Review")
    assert "Review your answers" in review.plain
    assert "Continue (question 2)" in review.labels
    screen = await tap(person, "Continue (question 2)")
    assert "2. Research, Analysis and Monitoring" in screen.plain


async def test_finishing_early_asks_first_and_the_assessment_stays_open(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(904)
    await start_round(person)
    for label in ("Phase 1", "Phase 2", "Phase 3", "Phase 4", "Don't know"):
        await tap(person, label)
    await tap(person, "Review")
    check = await tap(person, "Finish")
    assert "Finish now?" in check.plain
    assert "16 capabilities have no answer yet" in check.plain
    assert rows(database_url, "SELECT finished_at FROM participants") == [(None,)]
    back = await tap(person, "Continue (question 6)")
    assert "6. Offender Management Process" in back.plain
    await tap(person, "Review")
    await tap(person, "Finish")
    await tap(person, "Finish anyway", changes=2)
    assert "Maturity profile" in person.messages()[-2].plain
    assert "Continue (question 6)" in keyboard_message(person).labels


async def test_a_new_assessment_asks_first_and_the_earlier_one_stays_reachable(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(905)
    await start_round(person, "Moldova")
    await tap(person, "Phase 2")
    await say(person, "/start")
    check = await tap(person, "Start a new assessment")
    assert "stays saved" in check.plain
    kept = await tap(person, "Keep this one")
    assert "Your assessment" in kept.plain and "Moldova" in kept.plain
    await tap(person, "Start a new assessment")
    await tap(person, "Start a new one")
    await say(person, "Albania")
    await tap(person, "Albania")
    await tap(person, "Civil society")
    await tap(person, "Start (question 1)")
    await say(person, "/start")
    listed = await tap(person, "My assessments")
    moldova = next(label for label in listed.labels if label.startswith("Moldova"))
    assert re.search(r"1/21$", moldova)
    menu = await tap(person, moldova)
    assert "Moldova" in menu.plain and "1 of 21 capabilities answered" in menu.plain
    assert rows(database_url, "SELECT COUNT(*) FROM rounds") == [(2,)]


async def test_country_and_sector_can_be_corrected_until_the_first_answer(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(906)
    await say(person, "/start")
    await tap(person, "I agree")
    await say(person, "Moldova")
    await tap(person, "Moldova")
    intro = await tap(person, "Government")
    assert "Before you start" in intro.plain
    await tap(person, "Change country")
    await say(person, "Albania")
    intro = await tap(person, "Albania")
    assert "Albania" in intro.plain
    await tap(person, "Change sector")
    intro = await tap(person, "Justice")
    assert "Justice" in intro.plain
    assert rows(database_url, "SELECT country FROM rounds") == [("AL",)]
    assert rows(database_url, "SELECT sector FROM participants") == [("justice",)]


async def test_arabic_rows_run_right_to_left_in_telegram(
    bot: Any, server: BotApiServer
) -> None:
    t = translator("ar")
    person = server.user(907, language_code="ar")
    await say(person, "/start")
    await tap(person, t.gettext("I agree"))
    await say(person, "MD")
    await tap(person, t.country("MD"))
    await tap(person, t.gettext("Government"))
    question = await tap(person, t.gettext("Start (question 1)"))
    phases = [t.gettext("Phase {phase}").format(phase=n) for n in (1, 2, 3, 4)]
    assert question.buttons[0] == list(reversed(phases))
    nav = [t.gettext("More detail"), t.gettext("Review")]
    assert question.buttons[2] == list(reversed(nav))
    assert question.buttons[1] == [t.gettext("Skip"), t.gettext("Don't know")]
