"""Reminders end to end: one after the delay, none after /forget or "Stop reminders", and
still sent after a restart (they are found in the database, not held in memory)."""

from __future__ import annotations

import asyncio

from bot.settings import Settings
from tests.botapi import BotApiServer, Person
from tests.e2e.conftest import (
    open_round_links,
    rows,
    running,
    say,
    settings_for,
    start_round,
    tap,
)

DELAY, CHECK = 2.0, 0.2
REMINDER = "Your assessment is not finished yet"
SPANISH = "Su evaluación aún no está terminada"


def quick(server: BotApiServer, database_url: str) -> Settings:
    return settings_for(server, database_url).model_copy(update={
        "reminder_delay_seconds": DELAY, "reminder_check_seconds": CHECK,
    })


def reminders(person: Person, heading: str = REMINDER) -> int:
    """Reminders sent to the person (counted as sent: "Continue" then edits the message)."""
    sent = person.server.calls("sendMessage", chat_id=person.id)
    return sum(1 for call in sent if heading in str(call.params.get("text")))


async def stop_midway(person: Person) -> None:
    await start_round(person)
    await tap(person, "Phase 2")
    await tap(person, "Phase 3")


async def test_one_reminder_after_the_delay_and_none_after_forget_or_stop(
    server: BotApiServer, database_url: str
) -> None:
    async with running(quick(server, database_url)):
        stopped, forgot, declined, finished_none = (server.user(n) for n in (2101, 2102,
                                                                              2103, 2104))
        # the one who forgets does so first, well within the delay even on a busy machine
        await stop_midway(forgot)
        await say(forgot, "/forget")
        await tap(forgot, "Delete my data")
        for person in (stopped, declined):
            await stop_midway(person)
        await start_round(finished_none)  # nothing answered: nothing to finish

        await stopped.wait_for(lambda: reminders(stopped) == 1, timeout=10)
        await declined.wait_for(lambda: reminders(declined) == 1, timeout=10)
        shown = next(m for m in stopped.messages() if REMINDER in m.plain)
        assert "Kenya" not in shown.plain and "Moldova" in shown.plain
        assert shown.labels == ["Continue", "Stop reminders"]

        # Continue: back to where they were, the third question
        await tap(stopped, "Continue")
        assert "3. " in stopped.screen().plain and "Phase 1" in stopped.screen().labels
        toast = await declined.wait_answered(await declined.press("Stop reminders"))
        assert toast == "Reminders are off. Your answers stay saved."
        assert rows(database_url, "SELECT reminders FROM people WHERE user = 'tg:2103'") in (
            [(0,)], [(False,)])

        await asyncio.sleep(DELAY + 4 * CHECK)  # long enough for any second one
        assert reminders(stopped) == 1 and reminders(declined) == 1
        assert reminders(forgot) == 0 and reminders(finished_none) == 0


async def test_a_reminder_due_across_a_restart_is_sent_once_by_the_next_process(
    server: BotApiServer, database_url: str
) -> None:
    slow = settings_for(server, database_url).model_copy(update={
        "reminder_delay_seconds": DELAY, "reminder_check_seconds": 3600.0,
    })
    person = server.user(2201)
    async with running(slow):  # this process never looks for reminders in time
        await stop_midway(person)
    await asyncio.sleep(DELAY)
    assert reminders(person) == 0
    async with running(quick(server, database_url)):
        await person.wait_for(lambda: reminders(person) == 1, timeout=10)
        await asyncio.sleep(4 * CHECK)
    async with running(quick(server, database_url)):  # and not again after another restart
        await asyncio.sleep(4 * CHECK)
    assert reminders(person) == 1
    stamped = rows(database_url, "SELECT reminded_at FROM participants WHERE user = ?",
                   "tg:2201")
    assert stamped and stamped[0][0] is not None


async def test_a_facilitator_reminds_who_has_not_finished_once_a_day(
    server: BotApiServer, database_url: str
) -> None:
    slow = settings_for(server, database_url).model_copy(update={
        "reminder_delay_seconds": 3600.0})  # only the facilitator's reminders here
    async with running(slow):
        facilitator = server.user(2300)
        code = (await open_round_links(facilitator, "Ghana", "Ghana 2026"))[0]
        started, joined, spanish = server.user(2301), server.user(2302), server.user(
            2303, language_code="es")
        for person in (started, joined, spanish):
            consent = await say(person, f"/start {code}")
            await tap(person, consent.labels[0])  # I agree, in their language
            await tap(person, person.screen().labels[0])  # a sector
        await tap(started, "Start (question 1)")
        await tap(started, "Phase 2")
        await say(facilitator, "/results", changes=2)
        toast = await facilitator.wait_answered(
            await facilitator.press("Remind who has not finished"))
        assert toast == ("A reminder goes to 3 participants who have not finished "
                         "(once a day at most).")
        await started.wait_for(lambda: reminders(started) == 1)
        await joined.wait_for(lambda: reminders(joined) == 1)
        await spanish.wait_for(lambda: reminders(spanish, SPANISH) == 1)
        assert reminders(facilitator) == 0
        # again the same day: nobody gets a second one
        await facilitator.wait_answered(await facilitator.press("Remind who has not finished"))
        await asyncio.sleep(0.5)
        assert [reminders(started), reminders(joined), reminders(spanish, SPANISH)] == [1, 1, 1]
