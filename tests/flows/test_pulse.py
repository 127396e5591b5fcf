"""The personal pulse check, built on the engine: six questions, a profile, next steps."""

from __future__ import annotations

import re

from flows.documents.report import ratings_by_item
from flows.engine.store import Answer
from framework import load_framework
from framework.recommend import domain_priorities
from framework.scoring import pulse_scores
from storage.store import SqlStore
from tests.flows.chat import Chat

FW = load_framework()


async def pulse_answers(store: SqlStore, user: str = "tg:1001") -> list[Answer]:
    async with store.transaction() as tx:
        participation = (await tx.rounds.participations(user))[-1]
        answers = await tx.answers.of_round(participation.round.id, user)
    return [a for a in answers if a.item.startswith("pulse:")]


async def test_pulse_in_the_current_round_takes_six_taps(chat: Chat, store: SqlStore) -> None:
    await chat.start_round()
    await chat.tap("Phase 2")  # one capability answered in the full assessment
    taps = 0
    await chat.command("pulse")
    assert "Pulse check – 1 of 6" in chat.screen.text
    for label in ("Phase 2", "Phase 1", "Don't know", "Phase 3", "Phase 2", "Phase 4"):
        await chat.tap(label)
        taps += 1
    assert taps <= 8
    profile = chat.screen.text
    assert profile.startswith("<b>Pulse check: Moldova, started ")

    answers = await pulse_answers(store)
    assert {a.item for a in answers} == {d.item for d in FW.domains}
    scores = pulse_scores(FW, ratings_by_item(answers))
    shown = dict(re.findall(r"• <b>([^<]+)</b>: ([^\n]+)", profile.split("\n\n")[0]))
    for stats, score in scores:
        name = FW.domain(score.domain).name.english
        expected = (
            f"Phase {score.phase.phase}" if score.phase is not None else "Don't know"
        )
        assert shown[name].startswith(expected.split(" - ")[0]), (name, shown[name])
        assert stats.dont_know == (1 if score.domain == "victim" else 0)
    # one next step for each domain at Phase 2 or below, lowest phase first
    wanted = [
        p for p in domain_priorities(FW, scores) if p.phase is not None and p.phase <= 2
    ]
    steps = profile.split("<b>Next steps</b>\n")[1].split("\n\n")[0].splitlines()
    assert [line.split(" (")[0].removeprefix("• <b>") for line in steps] == [
        p.domain.name.english for p in wanted
    ]
    for line, priority in zip(steps, wanted, strict=True):
        assert priority.next_steps[0].text.english in line

    # the pulse shows apart from capability answers
    review = await chat.command("start")
    assert "1 of 21 capabilities answered." in review.screens[0].text
    summary = await chat.command("summary")
    assert "<b>Pulse check</b>" in summary.screens[0].text
    assert "1 of 21 capabilities rated" in summary.screens[0].text


async def test_pulse_for_a_new_person_asks_consent_and_country_first(
    chat: Chat, store: SqlStore
) -> None:
    await chat.command("pulse")
    assert "I agree" in chat.labels
    taps = 0
    await chat.tap("I agree")
    taps += 1
    assert "Which country" in chat.screen.text
    await chat.type("Albania")
    await chat.tap("Albania")
    taps += 1
    for _ in FW.domains:
        await chat.tap("Phase 3")
        taps += 1
    assert taps == 8
    assert "Pulse check: Albania" in chat.screen.text
    assert "<b>Next steps</b>" not in chat.screen.text  # nothing at Phase 2 or below
    answers = await pulse_answers(store)
    assert [a.value for a in answers] == [3] * 6
    async with store.transaction() as tx:
        participation = (await tx.rounds.participations("tg:1001"))[0]
    assert (participation.round.country, participation.sector) == ("AL", "not_given")
    await chat.tap("Add your sector (optional)")
    await chat.tap("Industry")
    async with store.transaction() as tx:
        participation = (await tx.rounds.participations("tg:1001"))[0]
    assert participation.sector == "industry"
    assert "Add your sector (optional)" not in chat.labels
