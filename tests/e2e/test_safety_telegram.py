"""Safety, end to end (issue 18): a possible disclosure is met with where to report wherever it
is typed, never echoed, and not kept unless the person says so in time."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.botapi import BotApiServer
from tests.e2e.conftest import (
    open_round_links,
    rows,
    running,
    say,
    settings_for,
    start_round,
    tap,
)
from tests.e2e.patient import pulse_labels

ROUTES = "This assistant cannot receive reports."
DANGER = "A child in danger now: call the police or emergency services."
SON = "my son was raped, please help"
DAUGHTER = "my daughter was abused by a teacher"
PUPIL = "a man online keeps asking my pupil for naked pictures"


def stored_anywhere(database_url: str, text: str) -> bool:
    """Whether a conversation or an answer holds the text."""
    found = rows(database_url, "SELECT context FROM conversations")
    notes = rows(database_url, "SELECT note FROM answers")
    return any(text in str(value) for row in [*found, *notes] for value in row)


async def test_a_disclosure_is_met_wherever_it_is_typed_and_never_echoed(
    server: BotApiServer, database_url: str
) -> None:
    settings = settings_for(server, database_url).model_copy(update={
        "held_text_seconds": 1.0, "reminder_check_seconds": 0.3})
    async with running(settings):
        person = server.user(4100)
        await say(person, "/start")
        await tap(person, "I agree")
        # at the country step: the routes, not a country search that repeats it
        met = await say(person, SON)
        assert ROUTES in met.plain and DANGER in met.plain, met.plain
        assert "raped" not in "\n".join(m.plain for m in person.messages())
        assert not stored_anywhere(database_url, "raped")

        # as unexpected text, outside any flow
        await say(person, "/cancel")
        met = await say(person, DAUGHTER)
        assert ROUTES in met.plain and "I wasn't expecting text" not in met.plain, met.plain
        assert "teacher" not in "\n".join(m.plain for m in person.messages())
        # and ordinary unexpected text carries the routes in one short line
        other = await say(person, "hello")
        assert "I wasn't expecting text here" in other.plain
        assert "Not a way to report abuse" in other.plain

        # as a note: held for the person's word, without repeating it
        await say(person, "/start")
        await say(person, "Moldova")
        await tap(person, "Moldova")
        await tap(person, "Government")
        await tap(person, "Start (question 1)")
        await tap(person, "Phase 2")
        held = await say(person, PUPIL)
        assert ROUTES in held.plain and "Save it as a note" in held.labels, held.plain
        assert "pictures" not in held.plain
        assert stored_anywhere(database_url, "pictures")  # held, waiting for an answer
        # left alone: gone after the timeout
        await person.wait_for(lambda: not stored_anywhere(database_url, "pictures"),
                              timeout=15)
        await asyncio.sleep(0.1)
        assert not stored_anywhere(database_url, "pictures")

        # ordinary notes: the first confirmation says where reports go, later ones point
        await say(person, "Law 12/2020 sets up the national council", changes=2)
        routes, first = person.messages()[-2:]
        assert "Not a way to report abuse" in routes.plain, routes.plain  # a line of its own
        assert "Evidence note saved" in first.plain and "Phase 1" in first.labels
        second = await say(person, "Decree 7/2021 on its secretariat")
        assert "Not a reporting channel" in second.plain, second.plain


async def test_a_link_delivered_again_after_consent_changes_nothing(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    """The message that asked for consent comes again once the person has agreed (Telegram
    re-delivers it after a restart, or to another web process): it must not start the pulse
    check again, or the person ends with two profiles, or none."""
    facilitator = server.user(4200)
    pulse = (await open_round_links(facilitator, "Peru", "Peru pulse"))[2]
    person = server.user(4201)
    sent = await person.send(f"/start {pulse}")
    await person.wait_for(lambda: person.messages())
    link = server.update_of_message(person.id, sent)
    await tap(person, "I agree")
    for label in pulse_labels(person.id)[:3]:
        await tap(person, label)
        before = person.version()
        server.deliver_again(link)  # at a fixed point: mid-way through the questions
        await person.wait_for(lambda: server.deliveries(link) >= 2)
        await asyncio.sleep(0.3)
        assert person.version() == before  # nothing sent, nothing redrawn
    for label in pulse_labels(person.id)[3:]:
        await tap(person, label)
    profiles = [m for m in person.messages() if m.plain.startswith("Pulse check: Peru pulse")]
    assert len(profiles) == 1, [m.plain[:40] for m in person.messages()]
    questions = [m for m in person.messages() if "Pulse check – 1 of 6" in m.plain]
    assert not questions  # the first question's message became the profile


async def test_a_question_sent_again_takes_the_buttons_from_the_earlier_one(
    bot: Any, server: BotApiServer
) -> None:
    person = server.user(4300)
    question = await start_round(person)
    await tap(person, "Phase 2")
    # the first note: where reports go, then its confirmation with the question
    noted = await say(person, "Law 12/2020 sets up the national council", changes=2)
    assert noted.message_id != question.message_id and "Phase 1" in noted.labels
    await person.wait_for(lambda: not next(
        m for m in person.messages() if m.message_id == question.message_id).buttons)
    with_buttons = [m for m in person.messages() if m.buttons]
    assert [m.message_id for m in with_buttons] == [noted.message_id]
