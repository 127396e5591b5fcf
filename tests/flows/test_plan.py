"""The action plan (issue 20, first part): from a priority to a saved action in at most 6 taps,
a status in 2, typed actions and agencies, delete after asking, an edit on an outdated screen
changing nothing, and only facilitators in."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from flows.engine.router import Router
from flows.engine.store.plans import Status
from tests.database import rows
from tests.flows.chat import Chat


async def finished(chat: Chat) -> None:
    await chat.start_round()
    for _ in range(21):
        await chat.tap("Phase 1")
    await chat.tap("Finish")


async def added_from_a_priority(chat: Chat) -> None:
    """A finished assessment, and an action added under its first priority: its first next
    step, led by government, due next quarter."""
    await finished(chat)
    await chat.tap(next(label for label in chat.labels if label.startswith("Add action: ")))
    await chat.tap("Step 1")
    await chat.tap("Government")
    await chat.tap(next(label for label in chat.labels if label.startswith("Q")))
    await chat.tap("Save")


def capability_label(capability: int) -> str:
    from framework import load_framework

    return load_framework().capability(capability).label.english


def stored(database_url: str) -> list[tuple[object, ...]]:
    return rows(database_url, "SELECT capability, step, text, lead, due, status, deleted_at "
                              "FROM plan_actions ORDER BY id")


async def test_from_a_priority_to_a_saved_action_in_five_taps(
    chat: Chat, database_url: str
) -> None:
    await finished(chat)
    added = [label for label in chat.labels if label.startswith("Add action: ")]
    assert len(added) == 3  # one under each of the top three priorities
    taps = 0
    for label in (added[0], "Step 1", "Government"):
        await chat.tap(label)
        taps += 1
    quarter = next(label for label in chat.labels if label.startswith("Q"))
    await chat.tap(quarter)
    assert "Save it in the plan?" in chat.screen.text
    reply = await chat.tap("Save")
    taps += 2
    assert taps <= 6
    assert reply.toast == "Saved in the plan."
    ((capability, step, text, lead, due, status, deleted),) = stored(database_url)
    assert step and text is None and lead == "sector:government" and status == "planned"
    assert added[0].endswith(str(capability_label(int(str(capability)))))
    assert re.fullmatch(r"20\d\dQ[1-4]", str(due))
    assert deleted is None
    assert "Lead: Government" in chat.screen.text and "Status: Planned since" in chat.screen.text

    await chat.command("plan")
    # the action sits on its capability's domain's page
    while "1. " not in chat.screen.text:
        await chat.tap("Next page")
    taps = 0
    await chat.tap("1")
    reply = await chat.tap("Done")
    taps += 2
    assert taps == 2 and reply.toast == "Status changed."
    assert stored(database_url)[0][5] == Status.DONE.value
    assert "Status: Done since" in chat.screen.text


async def test_a_typed_action_with_a_new_agency_and_delete_after_asking(
    chat: Chat, database_url: str
) -> None:
    await finished(chat)
    await chat.command("plan")
    assert "No actions yet." in chat.screen.text
    await chat.tap("Add action")
    await chat.tap(chat.labels[0])  # the first capability
    too_long = await chat.type("x" * 301)
    assert "up to 300 characters; yours has 301" in too_long.screens[0].text
    await chat.type("Draft the national action plan's terms of reference")
    await chat.type("Ministry of Interior")
    assert "Ministry of Interior" in chat.labels or "Lead: Ministry of Interior" in (
        chat.screen.text)
    await chat.tap(next(label for label in chat.labels if label.startswith("Q")))
    await chat.tap("Save")
    ((_, step, text, lead, _, _, _),) = stored(database_url)
    assert step is None and text == "Draft the national action plan's terms of reference"
    assert str(lead).startswith("agency:")
    assert rows(database_url, "SELECT name FROM plan_agencies") == [("Ministry of Interior",)]

    # the agency is offered the next time, and typing it again adds no second one
    await chat.command("plan")
    await chat.tap("Add action")
    await chat.tap(chat.labels[0])
    await chat.tap("Step 1")
    assert "Ministry of Interior" in chat.labels
    await chat.type("ministry of interior")
    assert len(rows(database_url, "SELECT name FROM plan_agencies")) == 1
    await chat.tap("Cancel")

    await chat.tap("1")
    await chat.tap("Delete")
    assert "Delete this action from the plan?" in chat.screen.text
    await chat.tap("Keep it")
    assert stored(database_url)[0][6] is None
    await chat.tap("Delete")
    reply = await chat.tap("Delete it")
    assert reply.toast == "Deleted. It stays in the plan's history."
    assert stored(database_url)[0][6] is not None  # kept, marked deleted
    assert "No actions yet." in chat.screen.text


async def test_an_edit_on_an_outdated_screen_changes_nothing(
    chat: Chat, router: Router, database_url: str
) -> None:
    await added_from_a_priority(chat)
    action_id = rows(database_url, "SELECT id, version FROM plan_actions")[0]
    # another facilitator, from their own chat, starts it meanwhile
    async with router.store.transaction() as tx:
        changed = await tx.plans.change(int(action_id[0]), int(action_id[1]), "tg:2002",
                                        {"status": Status.STARTED})
        assert changed is not None
    reply = await chat.tap("Done")
    assert reply.toast is not None and reply.toast.startswith("Someone changed this a moment")
    assert stored(database_url)[0][5] == Status.STARTED.value  # not Done
    assert "Status: Started since" in chat.screen.text  # the action as it is now
    assert "Your change was not made" in chat.screen.text and "Status: Done" in chat.screen.text
    reply = await chat.tap("Apply my change again")  # on the current version, it works
    assert reply.toast == "Your change is made."
    assert stored(database_url)[0][5] == Status.DONE.value
    assert "Your change was not made" not in chat.screen.text

    # typed words on an outdated screen are kept, shown, and applied again with one tap
    await chat.tap("Edit")
    await chat.tap("Action")
    version = rows(database_url, "SELECT id, version FROM plan_actions")[0]
    async with router.store.transaction() as tx:
        assert await tx.plans.change(int(version[0]), int(version[1]), "tg:2002",
                                     {"text": "Their words", "step": None}) is not None
    reply = await chat.type("Draft the national strategy with the ministries")
    assert reply.toast is not None and reply.toast.startswith("Someone changed this a moment")
    assert stored(database_url)[0][2] == "Their words"
    assert "Action: Draft the national strategy with the ministries" in chat.screen.text
    await chat.tap("Apply my change again")
    assert stored(database_url)[0][1:3] == (None, "Draft the national strategy with the "
                                                  "ministries")
    # a change that is not wanted after all is left
    await chat.tap("Edit")
    await chat.tap("Due")
    version = rows(database_url, "SELECT id, version FROM plan_actions")[0]
    async with router.store.transaction() as tx:
        assert await tx.plans.change(int(version[0]), int(version[1]), "tg:2002",
                                     {"indicator": "A law"}) is not None
    due = stored(database_url)[0][4]
    await chat.tap(next(label for label in chat.labels if label.startswith("Q")
                        and not label.startswith("✓")))
    await chat.tap("Leave it")
    assert stored(database_url)[0][4] == due and "Indicator: A law" in chat.screen.text


async def test_only_facilitators_plan(router: Router, database_url: str) -> None:
    facilitator = Chat(router)
    await finished(facilitator)
    round_id = rows(database_url, "SELECT id FROM rounds")[0][0]
    # someone who is in the round but does not facilitate it
    participant = Chat(router, user="tg:1002", chat="1002")
    await participant.command("start")
    await participant.tap("I agree")
    async with router.store.transaction() as tx:
        from flows.engine.store import Role

        await tx.rounds.join(int(round_id), "tg:1002", "justice", Role.PARTICIPANT)
    await participant.command("rounds")
    await participant.tap(next(label for label in participant.labels if "Moldova" in label))
    reply = await participant.command("plan")
    assert "have not shown this round's action plan" in reply.screens[0].text
    assert rows(database_url, "SELECT COUNT(*) FROM plan_actions") == [(0,)]
    # a stranger is refused
    stranger = Chat(router, user="tg:1003", chat="1003")
    await stranger.command("start")
    await stranger.tap("I agree")
    reply = await stranger.command("plan")
    assert "There is no round here yet" in reply.screens[0].text  # nobody else's plan

    # the facilitator adds an action and shows the plan; the participant reads and comments
    await facilitator.tap(next(label for label in facilitator.labels
                               if label.startswith("Add action: ")))
    await facilitator.tap("Step 1")
    await facilitator.tap("Government")
    await facilitator.tap(next(label for label in facilitator.labels if label.startswith("Q")))
    await facilitator.tap("Save")
    await facilitator.command("plan")
    await facilitator.tap("Settings")
    reply = await facilitator.tap("Show to participants")
    assert reply.toast is not None and "can now see the plan" in reply.toast
    await participant.command("plan")
    while "1. " not in participant.screen.text:
        await participant.tap("Next page")
    assert "Add action" not in participant.labels and "Settings" not in participant.labels
    await participant.tap("1")
    assert "Edit" not in participant.labels and "Delete" not in participant.labels
    assert not {"Planned", "Started", "Done", "Dropped"} & set(participant.labels)  # no status
    await participant.tap("Comment")
    reply = await participant.type("The justice ministry should co-lead this.")
    assert reply.toast is not None and reply.toast.startswith("Comment saved")
    assert rows(database_url, 'SELECT "user", text FROM plan_comments') == [
        ("tg:1002", "The justice ministry should co-lead this.")]
    # a comment that reads like a report of abuse is held until the person says
    await participant.tap("Comment")
    await participant.type("my daughter was abused by a teacher at her school")
    assert "Save it as a comment" in participant.labels
    await participant.tap("Do not save it")
    assert rows(database_url, "SELECT COUNT(*) FROM plan_comments") == [(1,)]
    # the facilitator reads comments without names
    await facilitator.command("plan")
    while "1. " not in facilitator.screen.text:
        await facilitator.tap("Next page")
    await facilitator.tap("1")
    await facilitator.tap("Comments (1)")
    assert "The justice ministry should co-lead this." in facilitator.screen.text
    assert "1002" not in facilitator.screen.text
    # /mydata lists the participant's comment
    reply = await participant.command("mydata")
    assert "1 comment on an action plan" in "\n".join(s.text for s in reply.screens)


async def test_targets_are_set_changed_removed_and_shown_with_actions(
    chat: Chat, database_url: str
) -> None:
    await finished(chat)
    await chat.command("plan")
    await chat.tap("Targets")
    assert "No targets yet." in chat.screen.text
    await chat.tap("Leadership")
    await chat.tap("Phase 3")
    quarter = next(label for label in chat.labels if label.startswith("Q"))
    reply = await chat.tap(quarter)
    assert reply.toast == "Target saved."
    assert f"Leadership: Phase 3 by {quarter}" in chat.screen.text
    assert rows(database_url, "SELECT capability, phase FROM plan_targets") == [(1, 3)]
    await chat.tap("Leadership")
    reply = await chat.tap("No target")
    assert reply.toast == "Target removed."
    assert rows(database_url, "SELECT COUNT(*) FROM plan_targets") == [(0,)]
    await chat.tap("Leadership")
    await chat.tap("Phase 2")
    await chat.tap(quarter)
    # an action for it says where it should get to
    await chat.tap("Back to the plan")
    await chat.tap("Add action")
    await chat.tap("Leadership")
    assert f"Target: Phase 2 by {quarter}" in chat.screen.text


async def test_a_monthly_reminder_of_overdue_actions_once_per_month(
    chat: Chat, router: Router, database_url: str
) -> None:
    from datetime import UTC, datetime

    from flows.engine.effects import Send
    from tests.flows.chat import Reply

    await added_from_a_priority(chat)
    action_id, version = rows(database_url, "SELECT id, version FROM plan_actions")[0]
    async with router.store.transaction() as tx:  # due in a quarter that has ended
        assert await tx.plans.change(int(str(action_id)), int(str(version)), "tg:1001",
                                     {"due": "2025Q1"}) is not None
    # off by default: nothing is sent
    await router.scheduled.run_tasks()
    assert await router.scheduled.due_notices() == []
    await chat.command("plan")
    await chat.tap("Settings")
    assert "Monthly reminder of overdue actions: off" in chat.screen.text
    await chat.tap("Turn the reminder on")
    assert "Monthly reminder of overdue actions: on" in chat.screen.text
    # two processes' schedulers in the same month: one notice
    await router.scheduled.run_tasks()
    await router.scheduled.run_tasks()
    due = await router.scheduled.due_notices()
    assert len(due) == 1
    reply = Reply(await router.scheduled.notify(due[0]))
    sent = [e for e in reply.effects if isinstance(e, Send)]
    assert len(sent) == 1 and "1 action is overdue" in sent[0].screen.text
    assert [b.label for row in sent[0].screen.buttons for b in row] == ["Open the plan"]
    month = datetime.now(UTC).strftime("%Y-%m")
    assert rows(database_url, "SELECT reminded_month FROM plan_settings") == [(month,)]
    # its button opens the round's plan from wherever the chat is
    assert sent[0].scope is not None
    await chat.command("help")
    await chat.tap("Open the plan", (sent[0].screen, sent[0].scope))
    assert "Action plan:" in chat.screen.text and "overdue" in chat.screen.text
    # another month (the last one marked as long ago): again, once
    round_id = int(str(rows(database_url, "SELECT id FROM rounds")[0][0]))
    async with router.store.transaction() as tx:
        assert await tx.plans.claim_reminder(round_id, "1999-01")
        assert not await tx.plans.claim_reminder(round_id, "1999-01")
    await router.scheduled.run_tasks()
    await router.scheduled.run_tasks()
    assert len(await router.scheduled.due_notices()) == 1


def test_a_new_fiscal_year_keeps_what_each_due_quarter_means() -> None:
    from datetime import date

    from flows.plan import quarters

    # July to June: December 2026 is the second quarter of the year ending in 2027
    assert quarters.quarter_of(date(2026, 12, 7), 7) == "2027Q2"
    assert quarters.quarter_of(date(2026, 12, 7), 4) == "2027Q3"
    for day in (date(2026, 1, 1), date(2026, 12, 31), date(2027, 6, 30), date(2027, 7, 1)):
        calendar = quarters.quarter_of(day, 1)
        for start in (4, 7, 10):  # three months apart: the same quarter of time
            assert quarters.converted(calendar, 1, start) == quarters.quarter_of(day, start)
            assert quarters.converted(quarters.quarter_of(day, start), start, 1) == calendar
    # otherwise, the quarter its last month falls in: a due date never moves earlier
    assert quarters.converted("2027Q1", 1, 2) == quarters.quarter_of(date(2027, 3, 1), 2)


@pytest.mark.parametrize(("language", "limit"), [
    ("en", 700), ("ru", 950), ("ar", 950), ("zh_Hans", 950)])
def test_a_long_domain_is_paged_to_fit_a_phone(language: str, limit: int) -> None:
    """Twelve long actions in one domain: screens of at most 700 characters in English and 950
    in the other languages, every action on one of them, numbered on across the parts."""
    import html as markup
    from datetime import UTC, datetime

    from bot.i18n import translator
    from flows.engine.store import Round
    from flows.engine.store.plans import PlanAction, Settings
    from flows.plan import screens
    from flows.plan.context import PARTS, PlanData
    from framework import load_framework

    now = datetime.now(UTC)
    actions = tuple(PlanAction(
        number, 1, 1 + number % 2, 1, "sector:government", "2027Q1", Status.PLANNED, now,
        text=f"Action {number}: " + "convene the ministries and agree who leads " * 5)
        for number in range(1, 13))
    t = translator(language)
    data = PlanData(load_framework(), Round(1, "R", "MD", None, now, "Moldova 2026"), 0,
                    actions, (), (), Settings(1), now.date())
    laid = [p for p in screens.pages(t, data) if p[1] == 0]
    assert len(laid) > 1  # the domain needs more than one screen
    seen: list[int] = []
    for number, _, _, _ in laid:
        (screen,) = screens.plan(t, replace(data, page=number))
        visible = markup.unescape(re.sub(r"<[^>]+>", "", screen.text))
        assert len(visible) <= limit, (language, number, len(visible))
        seen += [int(n) for n in re.findall(r"^(\d+)\. ", visible, re.M)]
        assert number < PARTS  # the first domain's parts
    assert seen == list(range(1, 13)), seen
