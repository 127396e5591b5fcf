"""The engine's guarantees: scopes and versions, message order, consent before storage."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from flows.engine.actions import Action
from flows.engine.declare import FlowError, Move, State, Trigger
from flows.engine.events import Actor, Event, Scope
from flows.engine.flow import Flow
from flows.engine.router import Router
from flows.engine.store import Source
from flows.engine.turn import Turn
from storage.store import SqlStore
from tests.database import rows
from tests.flows.chat import Chat


def count(database_url: str, table: str) -> int:
    return int(rows(database_url, f"SELECT COUNT(*) FROM {table}")[0][0])


def notes(database_url: str) -> dict[str, str | None]:
    return dict(rows(database_url, "SELECT item, note FROM answers"))


async def test_nothing_is_stored_before_consent(chat: Chat, database_url: str) -> None:
    await chat.command("start")
    await chat.command("help")
    await chat.type("hello")
    await chat.tap("français")  # the consent screen again, in French: still nothing stored
    assert "Votre" in chat.screen.text or "confidentialité" in chat.screen.text
    await chat.tap("Pas maintenant")
    assert "rien" in chat.screen.text.lower()
    for table in ("people", "conversations", "rounds", "answers"):
        assert count(database_url, table) == 0, table
    await chat.command("start")
    await chat.tap("français")
    await chat.tap("J’accepte" if "J’accepte" in chat.labels else chat.labels[0])
    assert rows(database_url, "SELECT locale FROM people") == [("fr",)]


async def test_a_redelivered_or_older_message_changes_nothing(
    chat: Chat, database_url: str
) -> None:
    await chat.command("start")
    await chat.tap("I agree")
    country = chat.next_message()
    await chat.send(Event.text("Moldova", message=country))
    await chat.tap("Moldova")
    await chat.tap("Government")
    await chat.tap("Start (question 1)")
    first = chat.next_message()
    await chat.send(Event.text("Decree 12/2021", message=first))
    await chat.tap("Skip")  # question 2 now (a skip, so what is typed next is for 2)
    assert "<b>2. " in chat.screen.text
    redelivered = await chat.send(Event.text("Decree 12/2021", message=first))
    assert redelivered.effects == ()
    older = chat.next_message()
    newer = chat.next_message()
    await chat.send(Event.text("Newer note", message=newer))
    late = await chat.send(Event.text("Older note", message=older))
    assert late.effects == ()
    country_again = await chat.send(Event.text("Moldova", message=country))
    assert country_again.effects == ()
    assert notes(database_url) == {"cap:1": "Decree 12/2021", "cap:2": "Newer note"}


async def test_a_keyboard_from_before_forget_never_becomes_valid_again(
    chat: Chat, database_url: str
) -> None:
    await chat.start_round()
    await chat.tap("Phase 1")
    await chat.tap("Phase 2")
    old = chat.keyboard  # question 3
    assert old is not None
    await chat.command("forget")
    await chat.tap("Delete my data")
    await chat.start_round()
    await chat.tap("Phase 3")
    await chat.tap("Phase 3")  # on question 3 again, as before /forget
    stale = await chat.send(chat.event_of("Phase 4", old))
    assert stale.toast is not None and "earlier screen" in stale.toast
    assert count(database_url, "answers") == 2


async def test_a_conversation_keyboard_is_refused_in_a_group(
    router: Router, chat: Chat, database_url: str
) -> None:
    await chat.start_round()
    keyboard = chat.keyboard
    assert keyboard is not None
    group = Chat(router, chat.actor.user, "-100200")
    group.actor = Actor("-100200", chat.actor.user, Source.GROUP, "en")
    for event in (
        chat.event_of("Phase 4", keyboard),
        Event.action("sh.lang", "fr", keyboard[1]),
        Event.action("sh.lang", "fr", Scope(version=0)),
    ):
        reply = await group.send(event)
        assert reply.toast == "This button is not valid. Nothing changed."
        assert reply.screens == []
    assert rows(database_url, "SELECT locale FROM people") == [("en",)]
    assert count(database_url, "answers") == 0


async def test_group_commands_point_to_a_private_chat_and_store_nothing(
    router: Router, database_url: str
) -> None:
    group = Chat(router, "tg:77", "-100300")
    group.actor = Actor("-100300", "tg:77", Source.GROUP, "en")
    reply = await group.command("start")
    assert "private chat" in reply.screens[0].text
    assert reply.screens[0].buttons[0][0].url == "https://t.me/mnr_test_bot"
    assert count(database_url, "conversations") == 0


class Empty(BaseModel):
    pass


async def _noop(turn: Turn[Empty], arg: str) -> None:
    turn.move(Trigger("go"))


def test_a_flow_table_is_checked_when_declared() -> None:
    with pytest.raises(FlowError, match=r"unbound action 'br\.missing'"):
        Flow(name="broken", code="br", context=Empty, initial="a",
             states=[State("a", actions=(Action("br", "missing"),))], moves=[], actions=[])
    with pytest.raises(FlowError, match=r"action 'xx\.go' is another flow's"):
        Flow(name="broken", code="br", context=Empty, initial="a", states=[State("a")],
             moves=[], actions=[Action("xx", "go").runs(_noop)])
    with pytest.raises(FlowError, match="names 'nowhere'"):
        Flow(name="broken", code="br", context=Empty, initial="a", states=[State("a")],
             moves=[Move(Trigger("go"), "a", "nowhere")],
             actions=[Action("br", "go").runs(_noop)])
    with pytest.raises(FlowError, match="hides a Turn attribute"):
        Flow(name="broken", code="br", context=Empty, initial="a", states=[State("a")],
             moves=[Move(Trigger("move"), "a", "a")], actions=[])


def test_a_hand_off_is_to_a_door_one_flow_binds(store: SqlStore) -> None:
    """A flow reaches another through a declared door (`flows.kit.entries`): the router is
    not built when a button hands off to a door no flow binds, or two flows bind one."""
    from bot.i18n import CatalogLanguages
    from flows.engine.actions import Entry
    from flows.kit.entries import PULSE
    from flows.routing import FLOWS, build_router
    from framework import load_framework

    def tiny(does: Entry | None = None, binds: Entry | None = None) -> Flow[Empty]:
        go = Action("ta", "go")
        return Flow(name="tiny", code="ta", context=Empty, initial="a",
                    states=[State("a", actions=(go,))], moves=[],
                    actions=[go.runs(does or _noop)], entries={binds: _noop} if binds else {})

    def build(flow: Flow[Empty]) -> Router:
        return build_router(load_framework(), store, CatalogLanguages(), flows=[*FLOWS, flow])

    assert build(tiny(does=PULSE)).entries[PULSE][0].name == "pulse"
    with pytest.raises(FlowError, match="hands off to 'nowhere', which no flow binds"):
        build(tiny(does=Entry("nowhere")))
    with pytest.raises(FlowError, match="entry 'pulse' is bound twice"):
        build(tiny(binds=PULSE))


async def test_a_move_the_table_does_not_allow_is_a_bug(
    store: SqlStore, database_url: str
) -> None:
    """Handlers cannot go around the machine: a move from the wrong state raises, and the
    whole event is rolled back (the consent given in it too)."""
    from bot.i18n import CatalogLanguages
    from flows.routing import build_router
    from framework import load_framework

    go = Action("ti", "go", command="tiny")
    flow = Flow(name="tiny", code="ti", context=Empty, initial="a",
                states=[State("a", actions=(go,)), State("b")],
                moves=[Move(Trigger("go"), "b", "a")], actions=[go.runs(_noop)])
    router = build_router(load_framework(), store, CatalogLanguages(), flows=[flow])
    chat = Chat(router)
    await chat.command("start")  # not a command of this router
    assert "don't know the command /start" in chat.screen.text
    await chat.command("tiny")
    assert "I agree" in chat.labels  # consent first; the command runs after it
    with pytest.raises(FlowError, match="no move 'go' from 'a'"):
        await chat.tap("I agree")
    assert count(database_url, "people") == 0
