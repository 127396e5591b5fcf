from __future__ import annotations

import asyncio
import csv
import io
import re
from typing import Any

import pypdf

from bot.i18n import translator
from framework import load_framework
from framework.recommend import top_priorities
from framework.scoring import DONT_KNOW, capability_profile
from tests.botapi import BotApiServer, Person
from tests.e2e.conftest import bot_output, rows, say, start_round, tap

FW = load_framework()
T = translator("en")
PHASES = ["Phase 1", "Phase 2", "Phase 3", "Phase 4"]


def stored(database_url: str, user: int) -> dict[str, tuple[str | None, str | None]]:
    found = rows(database_url, "SELECT item, value, note FROM answers WHERE user = ?", f"tg:{user}")
    return {item: (value, note) for item, value, note in found}


async def test_completes_21_capabilities_and_summary_matches_scoring(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(501)
    screen = await start_round(person)
    assert "Policy and Governance · 1 of 21" in screen.plain
    for cap_id in range(1, 22):
        assert f"{cap_id}. {FW.capability(cap_id).name.english}" in person.screen().plain
        label = "Don't know" if cap_id % 7 == 0 else PHASES[(cap_id * 3) % 4]
        await tap(person, label)
    assert "Review your answers" in person.screen().plain
    await tap(person, "Finish", changes=2)
    profile_message, priorities_message = person.messages()[-2:]

    answers = stored(database_url, 501)
    assert len(answers) == 21
    ratings: dict[str, list[Any]] = {
        item: [DONT_KNOW if value == DONT_KNOW else int(value or 0)]
        for item, (value, _) in answers.items()
    }
    profile = capability_profile(FW, ratings)
    lines = dict(re.findall(r"• ([^:\n]+): ([^\n]+)", profile_message.plain))
    for domain in FW.domains:
        score = profile.domain(domain.id)
        phases = [
            reading.phase for c in domain.capability_ids
            if (reading := profile.capabilities[c].phase) is not None
        ]
        line = lines[domain.name.english]
        for phase in set(phases):
            assert f"{phases.count(phase)} at Phase {phase}" in line, line
        mean = (f"(mean of capability phases {T.number(score.score, 1)})"
                if score.score is not None else
                f"(mean of capability phases: too few, {score.rated} of {score.total})")
        assert line.endswith(mean), line
    assert "Top priorities and next steps" in priorities_message.plain
    # their own assessment: they may plan, so each priority offers "Add action" (issue 20)
    adds = [f"Add action: {p.capability.label.english}" for p in top_priorities(FW, profile)]
    assert len(adds) == 3
    assert priorities_message.labels == [
        *adds, "Chart", "Report (PDF)", "Download my answers (CSV)", "Review my answers",
        "Start a new assessment",
    ]
    await tap(person, "Download my answers (CSV)", changes=2)
    document = person.messages()[-1].document
    assert document is not None and document.file_name is not None
    assert document.file_name.endswith("-answers.csv")
    assert document.content.startswith(b"\xef\xbb\xbf")  # so that Excel reads it as UTF-8
    kept = list(csv.reader(io.StringIO(document.content.decode("utf-8-sig"))))
    assert kept[0][:3] == ["capability", "capability or domain", "answer"]
    assert {int(row[0]): row[2] for row in kept[1:]} == {
        int(item.removeprefix("cap:")): value or "" for item, (value, _) in answers.items()
    }

    # a picture of the profile and a report to share, from the summary
    before = len(person.messages())
    await tap(person, "Chart", changes=2)
    pictures = [m.photo for m in person.messages()[before:] if m.photo is not None]
    assert len(pictures) == 2
    assert all(p.content.startswith(b"\x89PNG") and p.size > 10_000 for p in pictures)
    await tap(person, "Report (PDF)", changes=1)
    report = person.messages()[-1].document
    assert report is not None and report.content.startswith(b"%PDF")
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(
        io.BytesIO(report.content)).pages)
    assert "Top priorities and next steps" in text
    assert "not affiliated with or endorsed by WeProtect Global Alliance" in text


async def test_same_update_twice_and_double_tap_store_one_answer(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(502)
    await start_round(person)
    question_one = person.screen()

    before = bot_output(person)
    first = await person.press("Phase 2", times=2)  # the same update delivered twice
    await person.wait_answered(first)
    await person.wait_for(lambda: bot_output(person) > before)
    record = server.query(first)
    assert record is not None
    await person.wait_for(lambda: server.deliveries(record.update_id) == 2)
    assert "2. Research, Analysis and Monitoring" in person.screen().plain

    # a double tap: two presses on the same (question 2) keyboard
    screen = person.screen()
    one = await person.press("Phase 3", message_id=screen.message_id)
    two = await person.press("Phase 3", message_id=screen.message_id)
    await person.wait_answered(one)
    await person.wait_answered(two)
    await person.wait_screen("3. Legislation")

    # a tap on the keyboard of question 1 (an earlier step): toast, no change
    stale = await person.press_data(question_one.data("Phase 4"), question_one.message_id)
    toast = await person.wait_answered(stale)
    assert toast is not None and "earlier screen" in toast

    forged = await person.press_data("r:4|99999999999999", question_one.message_id)
    toast = await person.wait_answered(forged)
    assert toast == "This button is not valid. Nothing changed."
    forged_action = await person.press_data("zz:drop|1", question_one.message_id)
    assert await person.wait_answered(forged_action)

    await asyncio.sleep(0.2)  # let any wrongly accepted tap land before we look
    assert stored(database_url, 502) == {"cap:1": ("2", None), "cap:2": ("3", None)}
    assert "3. Legislation" in person.screen().plain
    assert all(c.ok for c in server.calls("answerCallbackQuery")[-3:])


async def test_notes_text_commands_and_other_messages(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(503)
    await start_round(person)
    # the first note: where reports go, then its confirmation with the question
    saved = await say(person, "National CSEA council, decree 2021", changes=2)
    assert "Evidence note saved for 1. Leadership" in saved.plain
    too_long = await say(person, "x" * 600)
    assert "Your note has 600 characters; a note keeps at most 500" in too_long.plain
    await tap(person, "Don't save it")
    await tap(person, "Phase 2")
    assert stored(database_url, 503) == {"cap:1": ("2", "National CSEA council, decree 2021")}

    await tap(person, "Review")
    elsewhere = await say(person, "hello?")
    assert "I wasn't expecting text here" in elsewhere.plain

    unknown = await say(person, "/frobnicate")
    assert "Sorry, I don't know the command /frobnicate" in unknown.plain
    assert "/help" in unknown.plain and "/summary" not in unknown.plain  # one line, a pointer

    before = bot_output(person)
    await person.send_sticker()
    await person.wait_for(lambda: bot_output(person) > before)
    assert "only read text messages and button taps" in person.screen().plain
    before = bot_output(person)
    await person.send_photo()
    await person.wait_for(lambda: bot_output(person) > before)
    assert "only read text messages and button taps" in person.screen().plain
    assert stored(database_url, 503) == {"cap:1": ("2", "National CSEA council, decree 2021")}


async def test_fifty_people_at_once(bot: Any, server: BotApiServer, database_url: str) -> None:
    people = [server.user(1000 + i) for i in range(50)]
    await asyncio.gather(*(start_round(p) for p in people))

    async def answer(person: Person, count: int) -> None:
        for index in range(count):
            await tap(person, PHASES[(person.id + index) % 4])

    await asyncio.gather(*(answer(p, 7) for p in people))
    for person in people:
        answers = stored(database_url, person.id)
        assert sorted(answers) == sorted(f"cap:{i}" for i in range(1, 8))
        assert [answers[f"cap:{i}"][0] for i in range(1, 8)] == [
            str((person.id + i) % 4 + 1) for i in range(7)
        ]
        assert "8. End-to-end Support" in person.screen().plain
    total = rows(database_url, "SELECT COUNT(*), COUNT(DISTINCT user || item) FROM answers")
    assert total == [(350, 350)]


async def test_mydata_and_forget(bot: Any, server: BotApiServer, database_url: str) -> None:
    person = server.user(504)
    await start_round(person, "Albania", "Civil society")
    await say(person, "Helpline law 2019", changes=2)  # the routes line, then the question
    await tap(person, "Phase 3")
    mydata = await say(person, "/mydata")
    assert "tg:504 (no name is stored)" in mydata.plain
    assert re.search(r"Albania, started [^:]+: sector Civil society", mydata.plain)
    assert "1 answer, 1 evidence note" in mydata.plain

    await say(person, "/forget")
    await tap(person, "Delete my data")
    assert "Your data has been deleted: 1 assessment, 1 answer" in person.screen().plain
    for table in ("answers", "participants", "conversations", "people"):
        assert rows(database_url, f"SELECT COUNT(*) FROM {table} WHERE user = 'tg:504'") == [(0,)]
    again = await say(person, "/mydata")
    assert "Nothing is stored about you." in again.plain


async def test_commands_are_set_and_help_answers(bot: Any, server: BotApiServer) -> None:
    commands = [c for c in server.calls("setMyCommands") if c.ok]
    assert commands
    names = [entry["command"] for entry in commands[0].params["commands"]]
    assert names[:3] == ["start", "help", "summary"]
    assert "forget" in names and "mydata" in names
    person = server.user(505)
    help_screen = await say(person, "/help")
    assert "not a way to report abuse" in help_screen.plain
    about = await say(person, "/about")
    assert "Model National Response, November 2016 guidance" in about.plain


async def test_a_failure_is_reported_and_the_place_is_kept(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(506)
    await start_round(person)
    server.fail_next("editMessageText", 400, "Bad Request: something unexpected")
    before = bot_output(person)
    query = await person.press("Phase 3")
    assert await person.wait_answered(query) == "Saved: Phase 3"
    await person.wait_for(lambda: bot_output(person) > before)
    assert "Sorry, something went wrong on my side. Your answers are saved" in (
        person.screen().plain
    )
    assert stored(database_url, 506) == {"cap:1": ("3", None)}
    menu = await say(person, "/start")
    assert "1 of 21 capabilities answered" in menu.plain
    screen = await tap(person, "Continue (question 2)")
    assert "2. Research, Analysis and Monitoring" in screen.plain


async def test_a_voice_note_gets_a_polite_reply(bot: Any, server: BotApiServer) -> None:
    person = server.user(507)
    await start_round(person)
    before = bot_output(person)
    await person.send_voice()
    await person.wait_for(lambda: bot_output(person) > before)
    assert "only read text messages and button taps" in person.screen().plain


async def test_commands_in_a_group_point_to_a_private_chat(
    bot: Any, server: BotApiServer
) -> None:
    person = server.user(508)
    group = server.group(-100508, "National task force")
    await person.send("just chatting", chat=group)  # privacy mode: the bot never sees this
    await person.send("/start", chat=group)
    await person.wait_for(lambda: len(group.messages()) == 1)
    await asyncio.sleep(0.2)  # room for a wrong second reply to show up
    assert len(group.messages()) == 1
    screen = group.screen()
    assert "private chat" in screen.plain
    assert screen.urls == {"Open a private chat": "https://t.me/mnr_test_bot"}


async def test_a_message_that_can_no_longer_be_edited_is_sent_anew(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(509)
    await start_round(person)
    count = len(person.messages())
    server.fail_next("editMessageText", 400, "Bad Request: message can't be edited")
    query = await person.press("Phase 1")
    await person.wait_answered(query)
    await person.wait_for(lambda: len(person.messages()) == count + 1)
    assert "2. Research, Analysis and Monitoring" in person.screen().plain
    assert stored(database_url, 509) == {"cap:1": ("1", None)}


async def test_the_bot_introduces_itself_in_every_language(bot: Any, server: BotApiServer) -> None:
    """"What can this bot do?" is not empty, in any language there is a catalog for; Portuguese
    readers get the Brazilian menu (most of them on Telegram)."""
    from bot.i18n import available_locales

    for locale in available_locales():
        language = "" if locale == "en" else locale.split("_")[0]
        expected = "pt_BR" if language == "pt" else locale
        t = translator(expected)
        for kind in ("description", "short_description"):
            text = server.description(kind, language)
            assert text, (kind, locale)
        assert server.description("short_description", language) == t.gettext(
            "Self-assessment against the Model National Response (MNR) to child sexual "
            "exploitation and abuse."
        )
    commands = server.commands(language_code="fr")
    assert commands and commands[0]["command"] == "start"
