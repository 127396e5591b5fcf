"""The disagreement-first agenda: a session over a round with answers given alone asks its
questions by their spread, widest first; the answers' own spread reaches the card only after
the room's first Reveal, and only in a round whose results are shown to participants."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from flows.engine.effects import Attach, EditCard, PostCard, Replace, Send
from flows.engine.store import Role, Source
from framework import load_framework
from tests.golden.scripts import OPEN_ROUND, for_language
from tests.golden.transcript import Scripted, Step, fresh_router

FW = load_framework()
SET_UP: list[Step] = [
    ("@group", "command", "session"),
    ("command", "start", "{setup}"),
    ("tap", "gs.round", "1"),
    ("tap", "gs.mode", "full"),
]
# Four people's answers given alone before the meeting, by capability: their spreads (the
# interquartile range, then the range) order the agenda.
ANSWERS = {
    1: (3, 3, 3, 3),  # IQR 0
    2: (1, 2, 3, 4),  # IQR 1.5, range 3
    5: (1, 1, 4, 4),  # IQR 3
    9: (2, 2, 3, 3),  # IQR 1
    12: (2, 2, 2, 3),  # IQR 0.25
    7: (1, 4),  # two ratings: too few, in its usual place after the others
}
PEOPLE = ("tg:1002", "tg:1004", "tg:1005", "tg:1006")


def last_card(played: Scripted) -> str:
    return [e for e in played.effects if isinstance(e, PostCard | EditCard)][-1].screen.text


def last_private(played: Scripted) -> str:
    return [e for e in played.effects if isinstance(e, Send | Replace)][-1].screen.text


async def seeded(played: Scripted) -> int:
    for step in for_language(OPEN_ROUND, "en"):
        await played.step(step)
    async with played.router.store.transaction() as tx:
        (mine,) = [p.round for p in await tx.rounds.participations("tg:1001")]
        for user in PEOPLE:
            await tx.rounds.join(mine.id, user, "justice", Role.PARTICIPANT)
        for capability, values in ANSWERS.items():
            for user, value in zip(PEOPLE, values, strict=False):
                await tx.answers.rate(mine.id, user, f"cap:{capability}", value, Source.PRIVATE)
    return mine.id


async def test_the_agenda_asks_the_widest_spread_first(tmp_path: Path) -> None:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'a.sqlite3'}") as router:
        played = Scripted(router, "en")
        round_id = await seeded(played)
        for step in for_language(SET_UP, "en"):
            await played.step(step)
        assert "Widest spread first" in last_private(played)
        await played.step(("tap", "gs.agenda", "spread"))
        await played.step(("tap", "gs.language", "en"))
        async with router.store.transaction() as tx:
            (card,) = await tx.cards.of_round(round_id, "session")
        usual = [c.item for c in FW.capabilities]
        widest = ["cap:5", "cap:2", "cap:9", "cap:12", "cap:1"]
        assert card.context["order"] == widest + [i for i in usual if i not in widest]
        assert "Question 1 of 21" in last_card(played)
        assert "5. " + FW.capability(5).name.english in last_card(played)

        # before the first Reveal: nothing of the answers given alone on the card
        opened = last_card(played)
        assert "before the meeting" not in opened
        for who, phase in (("@group", "2"), ("@member-group", "3"), ("@voter-group", "3")):
            await played.step((who, "tap", "gs.vote", phase))
        await played.step(("@group", "tap", "gs.reveal"))
        # revealed, but the round's results are not shown to participants: still not on the
        # card; the facilitator sees it in private, on the Agree screen
        assert "before the meeting" not in last_card(played)
        await played.step(("command", "start", "{agree}"))
        assert ("Answers given before the meeting: median 2.5 · range 1–4 · n 4 ⚠ · "
                "agreement weak") in last_private(played)

        # once results are shown to participants, the room sees it after a Reveal only
        async with router.store.transaction() as tx:
            await tx.rounds.publish(round_id, datetime.now(UTC))
        await played.step(("@group", "tap", "gs.next"))  # capability 2
        assert "before the meeting" not in last_card(played)
        for who, phase in (("@group", "2"), ("@member-group", "2"), ("@voter-group", "3")):
            await played.step((who, "tap", "gs.vote", phase))
        assert "before the meeting" not in last_card(played)
        await played.step(("@group", "tap", "gs.reveal"))
        assert ("Answers given before the meeting: median 2.5 · range 1–4 · n 4 ⚠ · "
                "agreement weak") in last_card(played)
        await played.step(("@group", "tap", "gs.back"))  # capability 5, revealed before
        await played.step(("@group", "tap", "gs.reveal"))
        assert "Answers given before the meeting: median 2.5 · range 1–4 · n 4" in \
            last_card(played)


async def test_the_usual_order_and_no_choice_without_answers(tmp_path: Path) -> None:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'b.sqlite3'}") as router:
        played = Scripted(router, "en")
        round_id = await seeded(played)
        for step in for_language(SET_UP, "en"):
            await played.step(step)
        await played.step(("tap", "gs.agenda", "usual"))
        await played.step(("tap", "gs.language", "en"))
        async with router.store.transaction() as tx:
            (card,) = await tx.cards.of_round(round_id, "session")
        assert card.context["order"] == []
        assert "1. " + FW.capability(1).name.english in last_card(played)
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'c.sqlite3'}") as router:
        played = Scripted(router, "en")
        for step in for_language(OPEN_ROUND + SET_UP, "en"):
            await played.step(step)
        # a round with no answers: the language comes next, no agenda to choose
        assert "In which language" in last_private(played)


async def test_a_pulse_session_is_ordered_by_the_pulse_answers(tmp_path: Path) -> None:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'd.sqlite3'}") as router:
        played = Scripted(router, "en")
        round_id = await seeded(played)
        pulse = [d.item for d in FW.domains]
        async with router.store.transaction() as tx:  # pulse checks taken before
            for user, values in zip(PEOPLE, ((1, 3), (4, 3), (1, 3), (4, 3)), strict=True):
                for item, value in zip((pulse[4], pulse[1]), values, strict=True):
                    await tx.answers.rate(round_id, user, item, value, Source.PRIVATE)
        for step in for_language(SET_UP[:-1], "en"):
            await played.step(step)
        await played.step(("tap", "gs.mode", "pulse"))
        assert "Widest spread first" in last_private(played)
        await played.step(("tap", "gs.agenda", "spread"))
        await played.step(("tap", "gs.language", "en"))
        async with router.store.transaction() as tx:
            (card,) = await tx.cards.of_round(round_id, "session")
        rest = [item for item in pulse if item not in (pulse[4], pulse[1])]
        assert card.context["order"] == [pulse[4], pulse[1], *rest]


async def test_the_report_has_the_agreed_positions_beside_the_medians(tmp_path: Path) -> None:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}") as router:
        played = Scripted(router, "en")
        round_id = await seeded(played)
        async with router.store.transaction() as tx:
            await tx.agreements.record(round_id, "cap:5", 2, "discussion", None, None, None,
                                       "tg:1001")
            first = await tx.agreements.record(round_id, "cap:2", 3, None,
                                               "The 2024 strategy is adopted", None, None,
                                               "tg:1001")
            await tx.agreements.set_dissent(first.id, "Civil society sees Phase 2")
            await tx.agreements.record(round_id, "cap:2", 2, "cautious", None, None, None,
                                       "tg:1001")
        await played.step(("command", "results"))
        before = len(played.effects)
        await played.step(("tap", "fa.report"))
        (attached,) = [e for e in played.effects[before:] if isinstance(e, Attach)]
        text = " ".join(" ".join(page.extract_text().split())
                        for page in PdfReader(io.BytesIO(attached.attachment.data)).pages)
    # the table by capability: the latest per question beside the figures (capability 2's
    # median is 2.5), in the framework's order, with its rationale under it
    table = text[text.index("By capability"):text.rindex("Where stakeholders disagreed")]
    assert "Agreed phase Median Range n Don't know Agreement" in table
    assert "2. Research, Analysis and Monitoring Phase 2 2.5" in table
    assert table.index("2. Research") < table.index("5. Judiciary")
    assert "Why agreed: Cautious: the evidence is incomplete" in table
    assert "Why agreed: Agreed in discussion" in table and "The 2024 strategy" not in text
    assert "1 earlier recording is kept in the history" in table
    # the method: who answered, alpha and what it cannot say, the limits
    assert "Method and participation" in text and "4 of 5 participants have answered" in text
    assert "Krippendorff's alpha, ordinal" in text and "Limits: these are the views" in text
    assert text.index("Method and participation") < text.index("By capability")
