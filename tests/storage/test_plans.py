"""The action plan's storage (storage/plans.py), on SQLite and on PostgreSQL: actions changed
only on the version that was seen, deleted actions kept for their history, agencies one per
name whatever its case, targets, settings, comments."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from flows.engine.store import Role
from flows.engine.store.plans import (
    Agency,
    Cost,
    NewAction,
    PlanAction,
    Settings,
    Status,
    Target,
)
from storage.store import SqlStore

ME, YOU = "tg:1", "tg:2"
TRAIN = NewAction(capability=3, lead="sector:government", due="2027Q2",
                  text="Train the inspectors", supporting=("agency:1", "sector:justice"),
                  related=(5, 7), indicator="120 inspectors trained", cost=Cost.MEDIUM)


async def _round(store: SqlStore) -> int:
    async with store.transaction() as tx:
        r = await tx.rounds.create("MD", ME)
        await tx.rounds.join(r.id, ME, "government", Role.FACILITATOR)
        return r.id


async def _added(store: SqlStore, round_id: int, new: NewAction = TRAIN) -> PlanAction:
    async with store.transaction() as tx:
        return await tx.plans.add(round_id, new, ME)


async def test_added_actions_read_back_as_given_in_the_order_added(store: SqlStore) -> None:
    round_id = await _round(store)
    first = await _added(store, round_id)
    second = await _added(store, round_id, NewAction(capability=1, lead="agency:4",
                                                     due="2028Q1", step="cap1.step2"))
    assert (first.version, first.status, first.deleted_at) == (1, Status.PLANNED, None)
    async with store.transaction() as tx:
        listed = await tx.plans.actions(round_id)
        one = await tx.plans.action(first.id)
        assert await tx.plans.action(second.id + 100) is None
        assert await tx.plans.actions(round_id + 1) == []
    assert listed == [first, second]
    assert one == first
    assert (one.capability, one.lead, one.due, one.text, one.step) == (
        3, "sector:government", "2027Q2", "Train the inspectors", None)
    assert one.supporting == ("agency:1", "sector:justice")
    assert one.related == (5, 7)
    assert (one.indicator, one.cost) == ("120 inspectors trained", Cost.MEDIUM)
    assert isinstance(one.status_at, datetime) and one.status_at.tzinfo is not None
    assert (second.step, second.text, second.supporting, second.related, second.cost) == (
        "cap1.step2", None, (), (), None)


async def test_an_action_that_says_nothing_or_names_no_party_is_refused(
    store: SqlStore,
) -> None:
    round_id = await _round(store)
    async with store.transaction() as tx:
        with pytest.raises(ValueError):
            await tx.plans.add(round_id, NewAction(capability=1, lead="sector:government",
                                                   due="2027Q2"), ME)
        with pytest.raises(ValueError):
            await tx.plans.add(round_id, NewAction(capability=1, lead="tg:1", due="2027Q2",
                                                   text="x"), ME)
        with pytest.raises(ValueError):
            await tx.plans.add(round_id, NewAction(capability=1, lead="sector:government",
                                                   due="2027-06", text="x"), ME)
        assert await tx.plans.actions(round_id) == []


async def test_a_change_on_the_current_version_is_written_and_moves_the_version(
    store: SqlStore,
) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        changed = await tx.plans.change(action.id, action.version, YOU, {
            "text": "Train all inspectors", "supporting": ("agency:2",), "related": [9],
            "cost": Cost.HIGH, "due": "2027Q4"})
    assert changed is not None
    assert changed.version == action.version + 1
    assert (changed.text, changed.supporting, changed.related, changed.cost, changed.due) == (
        "Train all inspectors", ("agency:2",), (9,), Cost.HIGH, "2027Q4")
    assert (changed.lead, changed.indicator) == (action.lead, action.indicator)  # kept
    assert changed.status_at == action.status_at  # no status change: not stamped again
    async with store.transaction() as tx:
        assert await tx.plans.action(action.id) == changed


async def test_a_status_change_stamps_its_time(store: SqlStore) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        started = await tx.plans.change(action.id, action.version, ME, {"status": "started"})
    assert started is not None
    assert started.status is Status.STARTED
    assert started.status_at > action.status_at


async def test_a_change_on_an_old_version_changes_nothing(store: SqlStore) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        current = await tx.plans.change(action.id, action.version, ME, {"due": "2027Q3"})
    assert current is not None
    async with store.transaction() as tx:
        assert await tx.plans.change(action.id, action.version, YOU,
                                     {"text": "Something else", "status": Status.DONE}) is None
        assert await tx.plans.action(action.id) == current
        assert [c.kind for c in await tx.plans.history(action.id)] == ["added", "changed"]


async def test_of_two_changes_made_on_the_same_screen_exactly_one_is_written(
    store: SqlStore,
) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        mine = await tx.plans.change(action.id, action.version, ME, {"text": "Mine"})
    async with store.transaction() as tx:
        yours = await tx.plans.change(action.id, action.version, YOU, {"text": "Yours"})
    assert mine is not None and yours is None
    async with store.transaction() as tx:
        stored = await tx.plans.action(action.id)
    assert stored is not None
    assert (stored.text, stored.version) == ("Mine", action.version + 1)


async def test_two_processes_changing_the_same_version_at_once_one_wins(
    store: SqlStore, database_url: str,
) -> None:
    """Two stores (as two processes) in transactions open at the same time."""
    round_id = await _round(store)
    action = await _added(store, round_id)
    other = SqlStore.from_url(database_url)
    both_open = asyncio.Barrier(2)

    async def change(s: SqlStore, text: str) -> PlanAction | None:
        async with s.transaction() as tx:
            await both_open.wait()
            return await tx.plans.change(action.id, action.version, ME, {"text": text})

    try:
        results = await asyncio.gather(change(store, "One"), change(other, "Two"))
    finally:
        await other.close()
    won = [r for r in results if r is not None]
    assert len(won) == 1
    async with store.transaction() as tx:
        stored = await tx.plans.action(action.id)
        history = await tx.plans.history(action.id)
    assert stored == won[0]
    assert stored.version == action.version + 1
    assert [c.kind for c in history] == ["added", "changed"]


async def test_only_editable_fields_can_be_changed(store: SqlStore) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        for wrong in ({"capability": 4}, {"version": 9}, {"deleted_at": None}, {}):
            with pytest.raises(ValueError):
                await tx.plans.change(action.id, action.version, ME, wrong)
        with pytest.raises(ValueError):
            await tx.plans.change(action.id, action.version, ME, {"status": "finished"})
        with pytest.raises(ValueError):
            await tx.plans.change(action.id, action.version, ME, {"text": "x" * 301})
        assert await tx.plans.action(action.id) == action


async def test_a_deleted_action_is_kept_for_its_history_and_listed_nowhere(
    store: SqlStore,
) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    kept = await _added(store, round_id)
    async with store.transaction() as tx:
        assert not await tx.plans.delete(action.id, action.version + 1, ME)  # not yet seen
        assert await tx.plans.delete(action.id, action.version, ME)
    async with store.transaction() as tx:
        assert await tx.plans.actions(round_id) == [kept]
        deleted = await tx.plans.action(action.id)
        history = await tx.plans.history(action.id)
        # deleted: a second delete, or a change, from a screen that showed it finds nothing
        assert not await tx.plans.delete(action.id, action.version, ME)
        assert deleted is not None
        assert not await tx.plans.delete(action.id, deleted.version, ME)
        assert await tx.plans.change(action.id, deleted.version, ME, {"text": "Back"}) is None
    assert deleted.deleted_at is not None
    assert deleted.version == action.version + 1
    assert [(c.kind, c.fields) for c in history][1:] == [("deleted", {})]
    async with store.transaction() as tx:
        assert await tx.plans.action(action.id) == deleted
        assert [c.kind for c in await tx.plans.history(action.id)] == ["added", "deleted"]


async def test_agencies_are_one_per_name_whatever_its_case(store: SqlStore) -> None:
    round_id = await _round(store)
    other_round = await _round(store)
    async with store.transaction() as tx:
        health = await tx.plans.add_agency(round_id, "Ministry of Health", ME)
        again = await tx.plans.add_agency(round_id, "MINISTRY OF  health ", YOU)
        police = await tx.plans.add_agency(round_id, "Police", YOU)
        elsewhere = await tx.plans.add_agency(other_round, "ministry of health", ME)
        with pytest.raises(ValueError):
            await tx.plans.add_agency(round_id, "  ", ME)
    async with store.transaction() as tx:
        listed = await tx.plans.agencies(round_id)
        assert await tx.plans.agencies(other_round) == [elsewhere]
    assert again == health == Agency(health.id, round_id, "Ministry of Health")
    assert listed == [health, police]
    assert elsewhere.id not in (health.id, police.id)


async def test_targets_are_set_replaced_and_removed(store: SqlStore) -> None:
    round_id = await _round(store)
    async with store.transaction() as tx:
        assert await tx.plans.targets(round_id) == []
        await tx.plans.set_target(round_id, 5, 2, "2027Q2", ME)
        await tx.plans.set_target(round_id, 3, 4, None, ME)
    async with store.transaction() as tx:
        assert await tx.plans.targets(round_id) == [
            Target(round_id, 3, 4, None), Target(round_id, 5, 2, "2027Q2")]
        await tx.plans.set_target(round_id, 5, 3, "2028Q1", YOU)
    async with store.transaction() as tx:
        assert await tx.plans.targets(round_id) == [
            Target(round_id, 3, 4, None), Target(round_id, 5, 3, "2028Q1")]
        await tx.plans.set_target(round_id, 3, None, None, YOU)
        await tx.plans.set_target(round_id, 9, None, None, YOU)  # none there: nothing to do
        with pytest.raises(ValueError):
            await tx.plans.set_target(round_id, 5, 5, None, ME)
    async with store.transaction() as tx:
        assert await tx.plans.targets(round_id) == [Target(round_id, 5, 3, "2028Q1")]


async def test_settings_default_until_saved_then_read_back(store: SqlStore) -> None:
    round_id = await _round(store)
    async with store.transaction() as tx:
        assert await tx.plans.settings(round_id) == Settings(round_id)
    shown = datetime(2027, 3, 1, 9, 30, tzinfo=UTC)
    saved = Settings(round_id, fiscal_start=7, cost_note="Low: under 10 000 EUR",
                     shown_at=shown, reminders=True)
    async with store.transaction() as tx:
        await tx.plans.save_settings(saved)
    async with store.transaction() as tx:
        assert await tx.plans.settings(round_id) == saved
        await tx.plans.save_settings(Settings(round_id, fiscal_start=1))
    async with store.transaction() as tx:
        assert await tx.plans.settings(round_id) == Settings(round_id)
        with pytest.raises(ValueError):
            await tx.plans.save_settings(Settings(round_id, fiscal_start=13))


async def test_comments_on_an_action_and_of_a_person(store: SqlStore) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    other = await _added(store, round_id)
    async with store.transaction() as tx:
        first = await tx.plans.comment(action.id, ME, "Budget agreed")
        await tx.plans.comment(action.id, YOU, "Who trains them?")
        last = await tx.plans.comment(other.id, ME, "Started")
        with pytest.raises(ValueError):
            await tx.plans.comment(action.id, ME, "x" * 301)
    async with store.transaction() as tx:
        on_action = await tx.plans.comments(action.id)
        mine = await tx.plans.comments_of(ME)
        assert await tx.plans.comments_of("tg:3") == []
    assert [(c.user, c.text) for c in on_action] == [
        (ME, "Budget agreed"), (YOU, "Who trains them?")]
    assert mine == [first, last]
    assert (last.action_id, last.user, last.text) == (other.id, ME, "Started")
    assert on_action[0] == first


async def test_the_history_lists_each_add_change_and_delete_in_order(store: SqlStore) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        one = await tx.plans.change(action.id, 1, YOU, {"status": Status.DONE, "cost": None})
        assert one is not None
        two = await tx.plans.change(action.id, 2, ME, {"supporting": (), "related": (1, 2)})
        assert two is not None
        assert await tx.plans.delete(action.id, 3, ME)
    async with store.transaction() as tx:
        history = await tx.plans.history(action.id)
    assert [c.kind for c in history] == ["added", "changed", "changed", "deleted"]
    assert history[0].fields == {
        "capability": 3, "lead": "sector:government", "due": "2027Q2",
        "text": "Train the inspectors", "supporting": ["agency:1", "sector:justice"],
        "related": [5, 7], "indicator": "120 inspectors trained", "cost": "medium",
        "status": "planned"}
    assert history[1].fields == {"status": "done", "cost": None}
    assert history[2].fields == {"supporting": [], "related": [1, 2]}
    assert history[3].fields == {}
    assert all(c.action_id == action.id for c in history)
    assert [c.at for c in history] == sorted(c.at for c in history)


async def test_deleting_a_round_takes_its_plan_with_it(store: SqlStore) -> None:
    round_id = await _round(store)
    action = await _added(store, round_id)
    async with store.transaction() as tx:
        await tx.plans.comment(action.id, YOU, "Budget agreed")
        await tx.plans.set_target(round_id, 3, 2, None, ME)
        await tx.plans.add_agency(round_id, "Police", ME)
        await tx.plans.save_settings(Settings(round_id, reminders=True))
        await tx.forget(ME)  # the round had nobody else: it goes
    async with store.transaction() as tx:
        assert await tx.plans.action(action.id) is None
        assert await tx.plans.history(action.id) == []
        assert await tx.plans.comments_of(YOU) == []
        assert await tx.plans.targets(round_id) == []
        assert await tx.plans.agencies(round_id) == []
        assert await tx.plans.settings(round_id) == Settings(round_id)
