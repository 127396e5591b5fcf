from __future__ import annotations

import re

from bot.i18n import CatalogLanguages, translator
from flows.documents.report import ratings_by_item
from flows.engine.effects import Send
from flows.engine.events import Event
from flows.engine.store import Answer, Conversation
from flows.kit.texts import escape
from flows.routing import build_router
from framework import load_framework
from framework.recommend import top_priorities
from framework.scoring import DONT_KNOW, capability_profile
from storage.store import SqlStore
from tests.flows.chat import Chat

FW = load_framework()
T = translator("en")
# A varied set of answers: phases, don't know, a skipped capability (17).
PLAN: dict[int, str] = {
    1: "Phase 2", 2: "Phase 1", 3: "Phase 3", 4: "Phase 2", 5: "Don't know", 6: "Phase 1",
    7: "Phase 2", 8: "Phase 4", 9: "Phase 3", 10: "Phase 1", 11: "Phase 4", 12: "Phase 3",
    13: "Phase 2", 14: "Phase 1", 15: "Don't know", 16: "Phase 3", 17: "Skip", 18: "Phase 2",
    19: "Phase 2", 20: "Phase 1", 21: "Phase 3",
}


async def stored(store: SqlStore, round_id: int, user: str = "tg:1001") -> dict[str, Answer]:
    async with store.transaction() as tx:
        return {a.item: a for a in await tx.answers.of_round(round_id, user)}


async def round_id_of(store: SqlStore, user: str = "tg:1001") -> int:
    async with store.transaction() as tx:
        return (await tx.rounds.participations(user))[-1].round.id


async def conversation_of(store: SqlStore, chat: str = "1001", user: str = "tg:1001"
                          ) -> Conversation | None:
    async with store.transaction() as tx:
        return (await tx.conversations.with_person(chat, user))[1]


async def answer_all(chat: Chat, plan: dict[int, str]) -> None:
    for cap_id in range(1, 22):
        assert f"<b>{cap_id}. " in chat.screen.text, chat.screen.text
        await chat.tap(plan[cap_id])


async def test_completes_all_21_and_summary_matches_scoring(
    chat: Chat, store: SqlStore
) -> None:
    await chat.start_round()
    assert "Policy and Governance · 1 of 21" in chat.screen.text
    await answer_all(chat, PLAN)
    assert "Review your answers" in chat.screen.text
    await chat.tap("Finish")
    assert "1 capability has no answer yet: CSEA reporting." in chat.screen.text
    await chat.tap("Finish anyway")
    profile_text, priorities_text = (s.text for s in chat.last.screens)

    round_id = await round_id_of(store)
    answers = await stored(store, round_id)
    assert len(answers) == 20  # 17 was skipped
    profile = capability_profile(FW, ratings_by_item(answers.values()))
    lines = dict(re.findall(r"• <b>([^<]+)</b>: ([^\n]+)", profile_text))
    for domain in FW.domains:
        score = profile.domain(domain.id)
        phases = [
            reading.phase for c in domain.capability_ids
            if (reading := profile.capabilities[c].phase) is not None
        ]
        line = lines[escape(domain.name.english)]
        for phase in set(phases):
            assert f"{phases.count(phase)} at Phase {phase}" in line, line
        mean = (f"(mean of capability phases {T.number(score.score, 1)})"
                if score.score is not None else
                f"(mean of capability phases: too few, {score.rated} of {score.total})")
        assert line.endswith(mean), line
    assert "20 of 21 capabilities rated" not in profile_text  # don't know is not a rating
    assert "18 of 21 capabilities rated, 2 not known, 1 not answered." in profile_text
    # what is not known is a finding, listed by name
    for cap_id in (5, 15):
        assert escape(FW.capability(cap_id).name.english) in profile_text.split("Not known")[1]

    top = top_priorities(FW, profile)
    shown = re.findall(r"<b>\d\. ([^<]+)</b>", priorities_text)
    assert shown == [escape(p.capability.name.english) for p in top]
    for priority in top:
        assert escape(priority.next_steps[0].text.english) in priorities_text
        assert escape(priority.lessons[0].title.english) in priorities_text


async def test_resume_in_a_new_flow_instance(chat: Chat, store: SqlStore, database_url: str
                                              ) -> None:
    await chat.start_round()
    for cap_id in range(1, 8):
        await chat.tap(PLAN[cap_id])
    assert "<b>8. " in chat.screen.text

    fresh_store = SqlStore.from_url(database_url)
    try:
        fresh = Chat(build_router(load_framework(), fresh_store, CatalogLanguages()))
        await fresh.command("start")
        assert "7 of 21 capabilities answered" in fresh.screen.text
        await fresh.tap("Continue (question 8)")
        assert "<b>8. End-to-end Support</b>" in fresh.screen.text
        answers = await stored(fresh_store, await round_id_of(fresh_store))
        assert {item: a.value for item, a in answers.items()} == {
            "cap:1": 2, "cap:2": 1, "cap:3": 3, "cap:4": 2, "cap:5": DONT_KNOW, "cap:6": 1,
            "cap:7": 2,
        }
    finally:
        await fresh_store.close()


async def test_back_and_change_replace_without_duplicates(chat: Chat, store: SqlStore) -> None:
    await chat.start_round()
    await chat.tap("Phase 2")  # capability 1
    await chat.tap("Back")
    assert "<b>1. Leadership</b>" in chat.screen.text
    assert "✓ Phase 2" in chat.labels  # the current answer is marked
    await chat.tap("Phase 3")
    await chat.tap("Review")
    await chat.tap("Leadership")
    await chat.tap("Phase 4")
    assert "Review your answers" in chat.screen.text  # Change returns to the review
    round_id = await round_id_of(store)
    async with store.transaction() as tx:
        rows = [a for a in await tx.answers.of_round(round_id) if a.item == "cap:1"]
    assert [a.value for a in rows] == [4]


async def test_text_where_no_text_is_expected_changes_nothing(
    chat: Chat, store: SqlStore
) -> None:
    await chat.command("start")
    await chat.tap("I agree")
    await chat.type("Moldova")
    await chat.tap("Moldova")
    sectors = chat.keyboard
    before = await conversation_of(store)
    reply = await chat.type("government please")
    assert "I wasn't expecting text here" in reply.screens[0].text
    after = await conversation_of(store)
    async with store.transaction() as tx:
        assert await tx.rounds.participations("tg:1001") == []
    assert before is not None and after is not None
    # only the newest message applied moved on: the state and the keyboard's version stay
    assert (after.state, after.version, after.context) == (
        before.state, before.version, before.context
    )
    await chat.tap("Government", sectors)  # the sector keyboard still works
    await chat.tap("Start (question 1)")
    assert "<b>1. Leadership</b>" in chat.screen.text


async def test_unknown_and_stale_actions_change_nothing(chat: Chat, store: SqlStore) -> None:
    await chat.start_round()
    old_keyboard = chat.keyboard
    assert old_keyboard is not None
    await chat.tap("Phase 2")
    round_id = await round_id_of(store)
    before = await stored(store, round_id)
    conversation = await conversation_of(store)
    assert conversation is not None
    current = chat.keyboard
    assert current is not None

    unknown = await chat.send(Event.action("as.rate", "9", current[1]))
    assert unknown.screens == []
    assert unknown.toast == "This button is not valid. Nothing changed."
    elsewhere = await chat.send(Event.action("as.finish", "", current[1]))
    assert elsewhere.screens == []
    assert elsewhere.toast == "That button is not available here. Nothing changed."
    forged = await chat.send(Event.action("as.change", "1'; DROP TABLE answers", current[1]))
    assert forged.screens == [] and forged.toast

    # a press on an earlier screen changes nothing, and that message shows the current one
    shown = current[0].text
    stale = await chat.send(chat.event_of("Phase 4", old_keyboard))
    assert [s.text for s in stale.screens] == [shown]
    assert "2. Research, Analysis and Monitoring" in shown
    assert stale.toast is not None and "earlier screen" in stale.toast

    assert await stored(store, round_id) == before
    assert await conversation_of(store) == conversation


async def test_note_is_saved_and_kept_when_the_rating_comes_and_changes(
    chat: Chat, store: SqlStore
) -> None:
    await chat.start_round()
    reply = await chat.type("National CSEA council set up by decree in 2021")
    assert all(isinstance(e, Send) for e in reply.effects)  # new messages, under the note typed
    routes, question = reply.screens  # the first note: where reports go, in a line of its own
    assert "Not a way to report abuse" in routes.text
    assert "Evidence note saved for 1. Leadership" in question.text
    round_id = await round_id_of(store)
    note_only = (await stored(store, round_id))["cap:1"]
    assert (note_only.value, note_only.note) == (
        None, "National CSEA council set up by decree in 2021"
    )
    await chat.tap("Phase 2")
    await chat.tap("Back")
    await chat.tap("Phase 3")
    answer = (await stored(store, round_id))["cap:1"]
    assert (answer.value, answer.note) == (
        3, "National CSEA council set up by decree in 2021"
    )

    too_long = await chat.type("x" * 501)
    assert "a note keeps at most 500" in too_long.screens[0].text
    assert (await stored(store, round_id)).get("cap:2") is None  # not before it is confirmed


async def test_unknown_command_points_to_help_and_sticker_gets_a_polite_reply(
    chat: Chat,
) -> None:
    await chat.start_round()
    reply = await chat.command("frobnicate")
    assert "I don't know the command /frobnicate" in reply.screens[0].text
    assert "/help" in reply.screens[0].text and "/summary" not in reply.screens[0].text
    sticker = await chat.send(Event.other("sticker", message=chat.next_message()))
    assert "only read text messages and button taps" in sticker.screens[0].text
    await chat.tap("Back to where I was")
    assert "<b>1. Leadership</b>" in chat.screen.text


async def test_summary_before_finish_is_partial_with_coverage(chat: Chat) -> None:
    await chat.start_round()
    await chat.tap("Phase 2")
    await chat.tap("Phase 3")
    reply = await chat.command("summary")
    assert "Partial summary" in reply.screens[0].text
    assert "2 of 21 capabilities rated, 0 not known, 19 not answered." in reply.screens[0].text
    await chat.tap("Continue (question 3)")
    assert "<b>3. Legislation</b>" in chat.screen.text


async def test_start_new_assessment_keeps_the_old_round(chat: Chat, store: SqlStore) -> None:
    await chat.start_round()
    await chat.tap("Phase 2")
    await chat.command("start")
    await chat.tap("Start a new assessment")
    assert "stays saved" in chat.screen.text  # asked first
    await chat.tap("Start a new one")
    await chat.type("Albania")
    await chat.tap("Albania")
    await chat.tap("Civil society")
    async with store.transaction() as tx:
        rounds = await tx.rounds.participations("tg:1001")
        assert [p.round.country for p in rounds] == ["MD", "AL"]
        assert [len(await tx.answers.of_round(p.round.id)) for p in rounds] == [1, 0]
        assert rounds[0].round.code != rounds[1].round.code


async def test_country_search_with_no_match_asks_again(chat: Chat) -> None:
    await chat.command("start")
    await chat.tap("I agree")
    reply = await chat.type("Atlantis")
    text = reply.screens[0].text
    assert "could not find that country" in text and "Atlantis" not in text  # not echoed
    reply = await chat.type("united")
    labels = [b.label for row in reply.screens[0].buttons for b in row]
    assert "United Kingdom" in labels and len(labels) <= 8


async def test_mydata_lists_and_forget_deletes(chat: Chat, store: SqlStore) -> None:
    await chat.start_round()
    await chat.type("Decree 12/2021")
    await chat.tap("Phase 2")
    mydata = await chat.command("mydata")
    text = mydata.screens[0].text
    assert "tg:1001" in text
    assert "Moldova, started " in text
    assert "sector Government" in text and "facilitator" not in text
    assert "1 answer, 1 evidence note" in text

    await chat.command("forget")
    await chat.tap("Delete my data")
    assert "Your data has been deleted: 1 assessment, 1 answer" in chat.screen.text
    async with store.transaction() as tx:
        assert await tx.people.get("tg:1001") is None
        assert await tx.rounds.participations("tg:1001") == []
        assert await tx.conversations.of_user("tg:1001") == []
        assert await tx.queries.answer_count("tg:1001") == 0
    again = await chat.command("mydata")
    assert "Nothing is stored about you." in again.screens[0].text


async def test_forget_can_be_declined(chat: Chat, store: SqlStore) -> None:
    await chat.start_round()
    await chat.tap("Phase 1")
    await chat.command("forget")
    await chat.tap("Keep my data")
    assert chat.last.toast == "Nothing was deleted."
    assert "<b>2. " in chat.screen.text
    async with store.transaction() as tx:
        assert await tx.queries.answer_count("tg:1001") == 1
