"""Meetings end to end: a pulse check from a facilitator's link, and group sessions on one card,
within the group's budget (the real Application over HTTP to the local Bot API server)."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, NamedTuple

from bot.i18n import translator
from bot.settings import Settings
from flows.engine.store import SECTOR_NOT_GIVEN
from framework import load_framework
from framework.aggregate import MIN_GROUP
from framework.scoring import DONT_KNOW, Rating, item_stats
from tests.botapi import BotApiServer, Group, Person, Screen, most_in_window
from tests.botapi.server import Call, CallbackRecord
from tests.e2e.conftest import open_round_links, rows, running, say, settings_for, tap

FW = load_framework()
T = translator("en")
PHASES = ("Phase 1", "Phase 2", "Phase 3", "Phase 4", "Don't know")
PULSE_ITEMS = [d.item for d in FW.domains]
# A short window so that a test can fill the group's budget several times over.
BUDGET, WINDOW, INTERVAL = 8, 1.0, 0.1
GROUP_METHODS = ("sendMessage", "editMessageText", "sendPhoto", "editMessageReplyMarkup")
# People who agree at once: each waits by polling, and hundreds of pollers would crowd the
# event loop the bot shares with the test.
CONSENT_BATCH = 25
DATABASE = [""]  # the running test's database, where cards keep their message ids


def fast_budget(server: BotApiServer, database_url: str, **changes: Any) -> Settings:
    return settings_for(server, database_url).model_copy(update={
        "group_messages_per_window": BUDGET, "group_window_seconds": WINDOW,
        "group_card_interval_seconds": INTERVAL, **changes,
    })


@asynccontextmanager
async def meeting_bot(server: BotApiServer, database_url: str, **changes: Any
                      ) -> AsyncIterator[Any]:
    """The bot with a short group window, and the server refusing (429) anything beyond it."""
    server.limit_group(BUDGET, WINDOW)
    DATABASE[0] = database_url
    async with running(fast_budget(server, database_url, **changes)) as application:
        yield application


def recorded(label: str, first: bool = False) -> str:
    """A vote's toast; the first one, which joins the round, says what facilitators see."""
    if first:
        return (f"Recorded: {label}. You are now in this round. Its facilitators see only vote "
                "counts, never who voted what, and votes never change your own answers.")
    return f"Recorded: {label}. Tap again to change it."


def details_link(card: Screen) -> str:
    """The /start payload of the card's Details button."""
    return card.urls["Details"].rsplit("=", 1)[1]


def value_of(label: str) -> Rating:
    return DONT_KNOW if label == "Don't know" else int(label.removeprefix("Phase "))


def stored(value: str | None) -> Rating:
    return DONT_KNOW if value == DONT_KNOW else int(value) if value else None


async def consent_all(people: Sequence[Person]) -> None:
    """Each agrees in their private chat, all at once."""
    for first in range(0, len(people), CONSENT_BATCH):
        batch = people[first:first + CONSENT_BATCH]
        screens = await asyncio.gather(*(say(p, "/start") for p in batch))
        # "I agree" in each person's language comes first
        await asyncio.gather(*(tap(p, s.labels[0]) for p, s in zip(batch, screens, strict=True)))


def card_of(group: Group) -> Screen:
    """The group's session card, found by the message id the bot stored for it."""
    found = rows(DATABASE[0], """SELECT message_id FROM cards WHERE chat = ?
        AND message_id IS NOT NULL ORDER BY id DESC LIMIT 1""", str(group.id))
    assert found, "no card yet"
    return next(m for m in group.messages() if m.message_id == found[0][0])


async def start_session(facilitator: Person, group: Group, round_label: str,
                        mode: str = "Pulse check: 6 questions", language: str = "English"
                        ) -> tuple[Screen, int]:
    """/session in the group, set up in the facilitator's private chat; the card and its id."""
    before = len(group.messages())
    await facilitator.send("/session", chat=group)
    await facilitator.wait_for(lambda: len(group.messages()) > before, chat=group)
    invitation = group.messages()[-1]
    (url,) = invitation.urls.values()
    payload = url.rsplit("=", 1)[1]
    assert re.fullmatch(r"gs[A-Za-z0-9_-]{16}", payload), url
    ((card_id,),) = rows(DATABASE[0], "SELECT id FROM cards WHERE token = ?", payload[2:])
    await say(facilitator, f"/start {payload}")
    await tap(facilitator, round_label)
    screen = await tap(facilitator, mode)
    if "Usual order" in screen.labels:  # a round with answers given alone offers an agenda
        await tap(facilitator, "Usual order")
    await tap(facilitator, language)
    placed = await facilitator.wait_for(lambda: rows(
        DATABASE[0], "SELECT message_id FROM cards WHERE id = ? AND message_id IS NOT NULL",
        card_id), chat=group)
    card = next(m for m in group.messages() if m.message_id == placed[0][0])
    return card, card_id


class Meeting(NamedTuple):
    facilitator: Person
    people: list[Person]
    group: Group
    card: Screen
    card_id: int


async def meeting(server: BotApiServer, first: int, country: str, size: int,
                  kind: str = "supergroup") -> Meeting:
    """A facilitator (user `first`) with a round "<country> meeting", `size` people who agreed,
    and a pulse session on its card in a group."""
    facilitator = server.user(first)
    await open_round_links(facilitator, country, f"{country} meeting")
    people = [server.user(first + 1 + n) for n in range(size)]
    group = server.group(-first if kind == "group" else -1_000_000_000 - first,
                         f"{country} task force", kind=kind)
    await group.add_bot(facilitator)
    await consent_all(people)
    card, card_id = await start_session(facilitator, group, f"{country} meeting ({country})")
    return Meeting(facilitator, people, group, card, card_id)


async def vote(person: Person, group: Group, card: Screen, label: str) -> str | None:
    query = await person.press(label, chat=group, message_id=card.message_id)
    return await person.wait_answered(query)


async def lead(facilitator: Person, group: Group, label: str, shows: str) -> Screen:
    """A facilitator's button on the card; waits until the card shows `shows`."""
    card = card_of(group)
    query = await facilitator.press(label, chat=group, message_id=card.message_id)
    assert await facilitator.wait_answered(query) is None
    def showing() -> Screen | None:
        shown = card_of(group)
        return shown if shows in shown.plain else None

    found: Screen = await facilitator.wait_for(showing, chat=group)
    return found


def session_answers(database_url: str, card: int) -> dict[str, dict[str, Rating]]:
    found: dict[str, dict[str, Rating]] = {}
    for user, item, value in rows(database_url, """SELECT voter, item, value FROM votes
            WHERE session_id = ? ORDER BY id""", card):
        assert user not in found.get(item, {}), (user, item)  # one answer per person
        found.setdefault(item, {})[user] = stored(value)
    return found


def answered(server: BotApiServer, queries: Sequence[str]) -> list[CallbackRecord] | None:
    """The presses' records once the bot has answered every one of them (checked from the
    last one, since each check copies a record)."""
    for query in reversed(queries):
        record = server.query(query)
        if record is None or not record.answered:
            return None
    records = [server.query(q) for q in queries]
    return [r for r in records if r is not None]


def card_state(database_url: str, card: int) -> str:
    ((state,),) = rows(database_url, "SELECT state FROM cards WHERE id = ?", card)
    return str(state)


def group_calls(server: BotApiServer, group: Group) -> list[Call]:
    return [c for c in server.calls(chat_id=group.id) if c.method in GROUP_METHODS]


def distribution_line(values: Sequence[Rating]) -> str:
    """The spread as the revealed card shows it: a bar of up to 10 blocks and a count each."""
    counts = Counter(values)
    keys: list[Rating] = [1, 2, 3, 4, DONT_KNOW]
    most = max(counts[key] for key in keys)
    lines = []
    for label, key in zip(PHASES, keys, strict=True):
        n = counts[key]
        bar = "█" * max(1, round(n / most * 10)) + " " if n else ""
        lines.append(f"{label}: {bar}{n}")
    return "\n".join(lines)


def figures_text(values: Sequence[Rating], item: str) -> str:
    stats = item_stats(item, list(values))
    assert stats.n >= MIN_GROUP and stats.median is not None
    parts = [f"median {T.number(stats.median, 1)}"]
    if stats.low != stats.high:
        parts.append(f"range {stats.low}–{stats.high}")
    if stats.dont_know:
        parts.append(f"don't know {stats.dont_know} of {stats.responses}")
    parts.append(f"n {stats.n}")
    return " · ".join(parts) + (" ⚠" if stats.disagreement else "")


# ------------------------------------------------------------------------------------------
async def test_a_pulse_link_takes_a_new_person_to_a_profile_in_eight_taps(
    bot: Any, server: BotApiServer, database_url: str
) -> None:
    facilitator = server.user(1500)
    pulse = (await open_round_links(facilitator, "Moldova", "Moldova pulse"))[2]
    answers = [("Phase 2", "Phase 1", "Don't know", "Phase 3", "Phase 1", "Phase 4"),
               ("Phase 2", "Phase 2", "Phase 3", "Phase 3", "Phase 1", "Phase 4"),
               ("Phase 3", "Phase 1", "Phase 2", "Phase 4", "Phase 2", "Phase 4")]
    for number, labels in enumerate(answers):
        person = server.user(1501 + number, language_code="en")
        consent = await say(person, f"/start {pulse}")  # tap 1: Start, from the link
        taps = 1
        assert "I agree" in consent.labels
        first = await tap(person, "I agree")
        taps += 1
        assert "Pulse check – " in first.plain, first.plain
        for label in labels:
            assert "Pulse check – " in person.screen().plain
            await tap(person, label)
            taps += 1
        assert taps <= 8
        profile = person.screen()
        assert profile.plain.startswith("Pulse check: Moldova pulse"), profile.plain
        for domain in FW.domains:
            assert f"• {domain.name.english}: " in profile.plain
        steps = profile.plain.split("Next steps\n")[1].split("\n\n")[0].splitlines()
        lows = [v for v in labels if v in ("Phase 1", "Phase 2")]
        assert len(steps) == len(lows)
        # the sector is asked after the profile, and may be left out
        assert "Add your sector (optional)" in profile.labels, profile.labels
        if number == 0:
            await tap(person, "Add your sector (optional)")
            await tap(person, "Justice")
    rows_ = rows(database_url, """SELECT a.item, a.value, p.sector FROM answers a JOIN
        participants p ON p.round_id = a.round_id AND p.user = a.user""")
    assert len(rows_) == 18 and all(item in PULSE_ITEMS for item, _, _ in rows_)
    assert sorted({sector for _, _, sector in rows_}) == ["justice", SECTOR_NOT_GIVEN]

    # the facilitator sees them at once in /results: three answers make a figure
    await say(facilitator, "/results", changes=2)
    shown = facilitator.messages()[-1].plain
    block = shown.split("Pulse check\n")[1].split("\n\n")[0]
    for index, domain in enumerate(FW.domains):
        values = [value_of(labels[index]) for labels in answers]
        stats = item_stats(domain.item, values)
        line = next(ln for ln in block.splitlines() if ln.startswith(f"• {domain.name.english}"))
        if stats.n >= MIN_GROUP:
            assert f"median {T.number(stats.median or 0, 1)}" in line, line
        else:
            # three answered, fewer rated: how many did not know is still said
            assert f"too few ratings ({stats.n}) · don't know {stats.dont_know} of 3" in line, line


async def test_forty_people_six_questions_each_vote_counted_once(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator = server.user(1600)
        pulse = (await open_round_links(facilitator, "Kenya", "Kenya meeting"))[2]
        # three people took the pulse check on their own before the meeting: not this session's
        earlier = [server.user(1690 + n) for n in range(3)]
        for person in earlier:
            await say(person, f"/start {pulse}")
            await tap(person, "I agree")
            for _ in PULSE_ITEMS:
                await tap(person, "Phase 4")
        people = [server.user(1601 + n) for n in range(40)]
        group = server.group(-1001600, "Kenya task force",
                             members={p.id: "member" for p in [facilitator, *people]})
        await group.add_bot(facilitator)
        await consent_all(people)
        card, card_id = await start_session(facilitator, group, "Kenya meeting (Kenya)")
        assert "0 votes" in card.plain
        assert "never who" in card.plain
        assert re.fullmatch(r"gd[A-Za-z0-9_-]{16}", details_link(card))

        expected: dict[str, dict[str, Rating]] = {}
        for index, item in enumerate(PULSE_ITEMS):
            card = card_of(group)
            assert f"Question {index + 1} of 6" in card.plain
            final: dict[str, Rating] = {}
            first = {p.id: PHASES[(p.id * 3 + index) % 5] for p in people}
            via_details = {p.id for p in people if (p.id + index) % 8 == 0}
            on_card = [p for p in people if p.id not in via_details]
            toasts = await asyncio.gather(*(vote(p, group, card, first[p.id]) for p in on_card))
            for person, toast in zip(on_card, toasts, strict=True):
                named = toast_label(first[person.id])
                assert toast == recorded(named, first=index == 0)
                final[f"tg:{person.id}"] = value_of(first[person.id])
            # a Details vote counts like a card vote
            for person in [p for p in people if p.id in via_details]:
                details = await say(person, f"/start {details_link(card)}")
                assert f"Question {index + 1} of 6" in details.plain
                label = first[person.id]
                await tap(person, label)
                assert f"✓ {label}" in person.screen().labels
                final[f"tg:{person.id}"] = value_of(label)
            # every fifth person changes their mind: the later vote replaces the earlier one
            changers = [p for p in on_card if p.id % 5 == 0]
            for person in changers:
                again = PHASES[(PHASES.index(first[person.id]) + 2) % 5]
                await vote(person, group, card, again)
                final[f"tg:{person.id}"] = value_of(again)
            # a participant may not use the facilitator's buttons
            for label in ("Reveal", "Next", "End"):
                toast = await vote(people[index], group, card, label)
                assert toast == "Only the session's facilitators can use this button."
            await facilitator.wait_for(lambda: "40 votes" in card_of(group).plain, chat=group)
            assert card_state(database_url, card_id) == "open"
            revealed = await lead(facilitator, group, "Reveal", "Voting on this question")
            assert "40 votes. Voting on this question is closed." in revealed.plain
            assert distribution_line(list(final.values())) in revealed.plain
            if item_stats(item, list(final.values())).n >= MIN_GROUP:
                assert figures_text(list(final.values()), item) in revealed.plain
            # a tap from before the Reveal no longer counts
            late = await people[1].press_data(card.callback_data["Phase 1"],
                                              card.message_id, chat=group)
            assert await people[1].wait_answered(late) is not None
            expected[item] = final
            if index < len(PULSE_ITEMS) - 1:
                await lead(facilitator, group, "Next", f"Question {index + 2} of 6")

        # Back reopens the question before; Next returns
        await lead(facilitator, group, "Back", "Question 5 of 6")
        assert "Phase 1" in card_of(group).labels  # voting is open again
        await lead(facilitator, group, "Next", "Question 6 of 6")
        await lead(facilitator, group, "End", "End the session now?")
        await lead(facilitator, group, "Yes, end it", "Group session ended")
        summary = await facilitator.wait_for(
            lambda: next((m for m in group.messages() if m.plain.startswith(
                "Group session summary")), None), chat=group)
        await facilitator.wait_for(lambda: group.messages()[-1].photo is not None, chat=group)

        # the card and the summary equal the stored answers of this session, and only them
        assert session_answers(database_url, card_id) == expected
        for domain in FW.domains:
            values = list(expected[domain.item].values())
            line = next(ln for ln in summary.plain.splitlines()
                        if ln.startswith(f"• {domain.name.english}: "))
            assert line.endswith(figures_text(values, domain.item)), line
        assert "To discuss: where the group disagrees most" in summary.plain
        # the three earlier pulse checks are the round's answers; the votes are apart
        assert rows(database_url, "SELECT COUNT(*) FROM answers WHERE item = ?",
                    PULSE_ITEMS[0]) == [(3,)]
        assert rows(database_url, "SELECT COUNT(*) FROM votes WHERE item = ?",
                    PULSE_ITEMS[0]) == [(40,)]

        calls = group_calls(server, group)
        assert all(c.ok for c in calls), [c.description for c in calls if not c.ok]
        assert most_in_window([c.at for c in calls], WINDOW) <= BUDGET


def toast_label(label: str) -> str:
    return {"Phase 1": "Phase 1 - Building", "Phase 4": "Phase 4 - Maturity"}.get(label, label)


async def test_three_hundred_taps_on_one_card(server: BotApiServer, database_url: str) -> None:
    interval = 0.5  # the count shown again at most twice a second, whatever the taps
    async with meeting_bot(server, database_url, group_card_interval_seconds=interval):
        facilitator, people, group, card, card_id = await meeting(server, 1700, "Ghana", 200)
        server.clear_calls()

        # 200 people, 100 of whom change their vote: 300 taps pressed as fast as possible
        presses: list[tuple[Person, str]] = []
        final: dict[str, Rating] = {}
        for person in people:
            presses.append((person, PHASES[person.id % 5]))
            final[f"tg:{person.id}"] = value_of(PHASES[person.id % 5])
        for person in people[:100]:
            presses.append((person, PHASES[(person.id + 1) % 5]))
            final[f"tg:{person.id}"] = value_of(PHASES[(person.id + 1) % 5])
        started = time.monotonic()
        queries = [await p.press(label, chat=group, message_id=card.message_id)
                   for p, label in presses]
        # one waiter for all 300 (a poller each would crowd the bot's event loop)
        records = await facilitator.wait_for(lambda: answered(server, queries), timeout=60)
        toasts = [record.text for record in records]
        assert len(toasts) == 300
        assert all(t is not None and t.startswith("Recorded: ") for t in toasts)

        await facilitator.wait_for(lambda: "200 votes" in card_of(group).plain, timeout=30,
                                   chat=group)
        counted = time.monotonic() - started
        edits = len([c for c in group_calls(server, group) if c.method == "editMessageText"])
        # coalesced: one count edit per interval at most, however many taps came in it
        assert 1 <= edits <= counted / interval + 2, (edits, counted)
        assert session_answers(database_url, card_id) == {PULSE_ITEMS[0]: final}
        revealed = await lead(facilitator, group, "Reveal", "Voting on this question")
        assert distribution_line(list(final.values())) in revealed.plain

        calls = group_calls(server, group)
        assert all(c.ok for c in calls), [c.description for c in calls if not c.ok]
        assert most_in_window([c.at for c in calls], WINDOW) <= BUDGET


async def test_removed_from_the_group_mid_session_ends_it_and_keeps_the_votes(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator, people, group, card, card_id = await meeting(server, 1800, "Peru", 3)
        for person in people:
            await vote(person, group, card, "Phase 2")
        await group.remove_bot(facilitator)
        told = await facilitator.wait_for(
            lambda: "I was removed from the group" in facilitator.screen().plain and
            facilitator.screen())
        assert "Peru meeting" in told.plain and "/results" in told.plain
        assert card_state(database_url, card_id) == "ended"
        assert len(session_answers(database_url, card_id)[PULSE_ITEMS[0]]) == 3
        # a tap that was already on its way changes nothing
        late = await people[0].press_data(card.callback_data["Phase 4"], card.message_id,
                                          chat=group)
        await people[0].wait_answered(late)
        assert session_answers(database_url, card_id)[PULSE_ITEMS[0]]["tg:1801"] == 2


async def test_a_group_that_becomes_a_supergroup_keeps_its_session(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator, people, group, card, card_id = await meeting(server, 1850, "Chile", 3,
                                                                  kind="group")
        await vote(people[0], group, card, "Phase 3")
        bigger = server.migrate_group(-1850, -1001850, by=facilitator.id)
        # a person taps once the card is on their screen, after the bot has recorded where
        # it posted it (the test server shows it a moment before)
        placed = await facilitator.wait_for(lambda: rows(
            database_url, """SELECT message_id FROM cards
                             WHERE id = ? AND chat = ? AND message_id IS NOT NULL""",
            card_id, "-1001850"), chat=bigger)
        moved = next(m for m in bigger.messages() if m.message_id == placed[0][0])
        assert moved.buttons
        assert "1 vote" in moved.plain and "Question 1 of 6" in moved.plain
        for person in people[1:]:
            toast = await vote(person, bigger, moved, "Phase 3")
            assert toast == recorded("Phase 3", first=True)
        await facilitator.wait_for(lambda: "3 votes" in card_of(bigger).plain, chat=bigger)
        await lead(facilitator, bigger, "Reveal", "median 3")
        assert len(session_answers(database_url, card_id)[PULSE_ITEMS[0]]) == 3


async def test_two_groups_at_once_in_their_own_languages(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator = server.user(1900)
        await open_round_links(facilitator, "Senegal", "Senegal meeting")
        french = [server.user(1901 + n, language_code="fr") for n in range(3)]
        english = [server.user(1911 + n) for n in range(3)]
        paris = server.group(-1001901, "Groupe")
        london = server.group(-1001911, "Group")
        for group in (paris, london):
            await group.add_bot(facilitator)
        await consent_all([*french, *english])
        # the French speakers agreed in French: their toasts speak it, the card the group's
        card_fr, id_fr = await start_session(facilitator, paris, "Senegal meeting (Senegal)",
                                             language="français")
        card_en, id_en = await start_session(facilitator, london, "Senegal meeting (Senegal)",
                                             mode="All 21 capabilities")
        assert card_fr.plain.startswith("Session de groupe"), card_fr.plain
        assert card_en.plain.startswith("Group session") and "Question 1 of 21" in card_en.plain
        for person in french:
            toast = await vote(person, paris, card_fr, "Phase 2")
            assert toast is not None and toast.startswith("Enregistré"), toast
        toast = await vote(english[0], paris, card_fr, "Phase 3")
        assert toast == recorded("Phase 3", first=True)
        for person in english:
            await vote(person, london, card_en, "Phase 4")
        await facilitator.wait_for(lambda: "4 votes" in card_of(paris).plain, chat=paris)
        await facilitator.wait_for(lambda: "3 votes" in card_of(london).plain, chat=london)
        assert set(session_answers(database_url, id_fr)) == {PULSE_ITEMS[0]}
        assert set(session_answers(database_url, id_en)) == {FW.capabilities[0].item}
        french_t = translator("fr")
        await lead(facilitator, paris, "Terminer", french_t.gettext("End the session now?")
                   .rstrip("?").rstrip())
        await lead(facilitator, paris, french_t.gettext("Yes, end it"),
                   "Session de groupe terminée")
        summary = await facilitator.wait_for(
            lambda: next((m for m in paris.messages() if "Résumé" in m.plain), None), chat=paris)
        assert "médiane" in summary.plain
        assert card_state(database_url, id_en) == "open"


async def test_a_member_who_never_agreed_is_sent_to_a_private_chat_first(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator, _, group, card, card_id = await meeting(server, 1950, "Nepal", 0)
        newcomer = server.user(1960, language_code="es")
        query = await newcomer.press("Phase 2", chat=group, message_id=card.message_id)
        toast = await newcomer.wait_answered(query)
        record = server.query(query)
        assert record is not None and record.url == card.urls["Details"]
        assert toast is not None and "privado" in toast, toast
        assert session_answers(database_url, card_id) == {}
        assert rows(database_url, "SELECT COUNT(*) FROM people WHERE user = 'tg:1960'") == [(0,)]
        # the link: consent in their language, then the question, where the vote counts
        consent = await say(newcomer, f"/start {details_link(card)}")
        assert consent.labels[0] == "Acepto", consent.labels
        details = await tap(newcomer, "Acepto")
        assert "Pregunta 1 de 6" in details.plain, details.plain
        await tap(newcomer, "Fase 2")
        assert session_answers(database_url, card_id) == {PULSE_ITEMS[0]: {"tg:1960": 2}}
        await facilitator.wait_for(lambda: "1 vote" in card_of(group).plain, chat=group)
        # and joined the round without a sector
        assert rows(database_url, "SELECT sector, role FROM participants WHERE user = ?",
                    "tg:1960") == [(SECTOR_NOT_GIVEN, "participant")]


async def test_a_card_too_old_to_edit_is_posted_again_and_keeps_working(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator, people, group, card, card_id = await meeting(server, 1980, "Fiji", 3)
        for person in people:
            await vote(person, group, card, "Phase 3")
        await facilitator.wait_for(lambda: "3 votes" in card_of(group).plain, chat=group)
        # Telegram refuses edits to messages older than about 48 hours
        server.fail_next("editMessageText", 400, "Bad Request: message can't be edited")
        query = await facilitator.press("Reveal", chat=group, message_id=card.message_id)
        await facilitator.wait_answered(query)
        again = await facilitator.wait_for(
            lambda: (c := card_of(group)).message_id != card.message_id and c, chat=group)
        assert "Voting on this question is closed" in again.plain
        await lead(facilitator, group, "Next", "Question 2 of 6")  # on the new message
        assert card_of(group).message_id == again.message_id
        assert card_state(database_url, card_id) == "open"


async def test_session_again_brings_the_running_card_back_down(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator, people, group, card, card_id = await meeting(server, 1990, "Togo", 3)
        await vote(people[0], group, card, "Phase 2")
        before = len(group.messages())
        await people[1].send("/session", chat=group)
        moved = await facilitator.wait_for(
            lambda: (c := card_of(group)).message_id != card.message_id and c, chat=group)
        assert "already running here" in group.messages()[before].plain
        assert "1 vote" in moved.plain and "Question 1 of 6" in moved.plain
        assert rows(database_url, "SELECT COUNT(*) FROM cards") == [(1,)]  # no second session
        stale = await people[2].press_data(card.callback_data["Phase 4"], card.message_id,
                                           chat=group)
        assert await people[2].wait_answered(stale) == "This button is not valid. Nothing changed."
        assert await vote(people[2], group, moved, "Phase 4") == recorded(
            "Phase 4 - Maturity", first=True)
        assert len(session_answers(database_url, card_id)[PULSE_ITEMS[0]]) == 2
