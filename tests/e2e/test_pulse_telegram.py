"""The pulse check end to end: the real Application over HTTP to the local Bot API server."""

from __future__ import annotations

import re
from typing import Any

from bot.i18n import translator
from flows.kit.texts import reading_label
from framework import load_framework
from framework.scoring import DONT_KNOW, Rating, pulse_scores
from tests.botapi import BotApiServer
from tests.e2e.conftest import rows, say, tap

FW = load_framework()
T = translator("en")


async def test_pulse_check_in_at_most_eight_taps(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(701)
    taps = 0
    consent = await say(person, "/pulse")
    assert "I agree" in consent.labels
    await tap(person, "I agree")
    taps += 1
    await say(person, "Moldova")
    await tap(person, "Moldova")
    taps += 1
    for label in ("Phase 2", "Phase 1", "Don't know", "Phase 3", "Phase 1", "Phase 4"):
        assert "Pulse check – " in person.screen().plain
        await tap(person, label)
        taps += 1
    assert taps <= 8
    profile = person.screen().plain
    assert profile.startswith("Pulse check: Moldova, started ")

    stored = rows(database_url, "SELECT item, value FROM answers WHERE user = 'tg:701'")
    assert sorted(item for item, _ in stored) == sorted(d.item for d in FW.domains)
    ratings: dict[str, list[Rating]] = {
        item: [DONT_KNOW if value == DONT_KNOW else int(value)] for item, value in stored
    }
    shown = dict(re.findall(r"• ([^:\n]+): ([^\n]+)", profile.split("\n\n")[0]))
    for _, score in pulse_scores(FW, ratings):
        name = FW.domain(score.domain).name.english
        expected = reading_label(T, score.phase) if score.phase else "Don't know"
        assert shown[name] == expected, (name, shown)
    # one next step for each domain at Phase 2 or below (here: 4 of them)
    steps = profile.split("Next steps\n")[1].split("\n\n")[0].splitlines()
    assert len(steps) == sum(
        1 for _, score in pulse_scores(FW, ratings)
        if score.phase is not None and score.phase.phase <= 2
    ) == 3


async def test_a_forged_callback_on_a_group_message_changes_nothing(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    person = server.user(702)
    await say(person, "/start")
    await tap(person, "I agree")
    group = server.group(-100702, "Task force")
    await person.send("/help", chat=group)
    await person.wait_for(lambda: len(group.messages()) == 1)
    message = group.messages()[0]
    (version,) = rows(database_url, "SELECT version FROM conversations WHERE user = 'tg:702'")[0]
    for data in (f"sh.lang:fr|c{version}", "sh.lang:fr|c0", f"sh.resume|c{version}"):
        query = await person.press_data(data, message.message_id, chat=group)
        toast = await person.wait_answered(query)
        assert toast == "This button is not valid. Nothing changed."
    assert group.messages()[0].edits == 0
    assert rows(database_url, "SELECT locale FROM people WHERE user = 'tg:702'") == [("en",)]
