"""The action registry: every action of every flow, in every language, as callback data.

Two walks: every declared argument of every action is encoded with the largest scopes there
can be and decoded back; and conversations that reach every screen run in every language,
checking that each button is declared, accepted in the state that drew it, fits Telegram's
64 bytes, and, when it shares its row, is short enough for a phone. Together they also show
that no declared action is unreachable.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, available_locales, translator
from flows.engine.actions import CALLBACK_MAX_BYTES, Action, Decoded
from flows.engine.effects import (
    NARROW,
    EditCard,
    Effect,
    PostCard,
    Replace,
    Screen,
    Send,
    button as declared_button,
)
from flows.engine.events import Event, Scope
from flows.engine.router import Router
from flows.engine.store import Round
from flows.sessions import screens as session_screens
from flows.shell.screens import rate_again, reminder
from framework import load_framework
from tests.database import rows
from tests.flows.chat import Chat
from tests.golden.scripts import (
    ASSESSMENT,
    CONSENSUS,
    FACILITATION,
    PLAN,
    PULSE,
    SESSION,
    VALIDATION,
    for_language,
)
from tests.golden.transcript import ACTORS, Scripted, fresh_router

LARGEST = (Scope(version=2**63 - 1), Scope(version=2**63 - 1, card=10**12 - 1))

# With the golden scripts, these reach every screen and button of every flow.
EXTRAS = [
    ("command", "start"),
    ("tap", "sh.relang", "start.{other}"),
    ("tap", "sh.decline", "{other}"),
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("text", "MD"),
    ("tap", "as.country", "MD"),
    ("tap", "as.recountry"),
    ("text", "MD"),
    ("tap", "as.country", "MD"),
    ("tap", "as.sector", "justice"),
    ("tap", "as.recountry"),
    ("text", "AL"),
    ("tap", "as.country", "AL"),
    ("command", "start"),
    ("tap", "as.amend"),
    ("tap", "as.proceed"),
    ("tap", "as.rate", "4"),
    ("command", "summary"),
    ("tap", "as.proceed"),
    ("command", "start"),
    ("tap", "as.summarise"),
    ("tap", "as.review"),
    ("command", "start"),
    ("tap", "as.proceed"),
    ("command", "start"),
    ("tap", "as.new"),
    ("tap", "as.confirm_new"),
    ("text", "MD"),
    ("tap", "as.country", "MD"),
    ("tap", "as.sector", "justice"),
    ("tap", "as.proceed"),
    ("command", "start"),
    ("tap", "as.rounds"),
    ("tap", "as.switch", "1"),
    ("tap", "as.pulse"),
    ("tap", "pu.rate", "1"),
    ("command", "pulse"),
    ("command", "summary"),
    ("tap", "as.new"),
    ("command", "language"),
    ("tap", "sh.lang", "{other}"),
    ("command", "about"),
    ("command", "privacy"),
    ("command", "mydata"),
    ("command", "frobnicate"),
    ("command", "forget"),
    ("tap", "sh.keep"),
    ("command", "pulse"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.ask_sector"),
    ("tap", "pu.profile"),
    ("command", "forget"),
    ("tap", "sh.erase"),
]



def test_every_argument_of_every_action_fits_and_decodes_back(router: Router) -> None:
    checked = 0
    for flow in router.flows.values():
        for action in flow.actions:
            action_id = f"{flow.code}.{action.name}"
            for arg in sorted(action.arg.all()):
                for scope in LARGEST[1:] if action.cards else LARGEST[:1]:
                    data = router.registry.encode(action_id, arg, scope)
                    assert len(data.encode("utf-8")) <= CALLBACK_MAX_BYTES, data
                    assert router.registry.decode(data) == Decoded(action_id, action, arg, scope)
                    checked += 1
    assert checked > 2 * 249  # country codes alone, in both flows


def test_declared_button_words_are_msgids_of_the_template(router: Router) -> None:
    """A button's words declared with its action (`Action.label`) are a msgid of
    locales/messages.pot, so every catalog translates them; an action declared without words
    cannot be drawn by `button`: its screen gives them."""
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    actions = [bound.declared for flow in router.flows.values() for bound in flow.actions]
    labelled = {action.id: action.label for action in actions if action.label is not None}
    assert len(labelled) > 50  # the fixed-label buttons of every flow
    missing = {id_: label for id_, label in labelled.items() if label not in template}
    assert missing == {}
    t = translator("en")
    unlabelled = [action for action in actions if action.label is None]
    assert unlabelled  # those labelled by what they pick: a country, a sector, a round
    for action in [*unlabelled, Action("zz", "nothing")]:
        with pytest.raises(ValueError):
            declared_button(t, action)


def test_forged_callback_data_is_refused(router: Router) -> None:
    for data in (
        None, "", "as.rate:9|c1", "as.rate:1", "as.rate:1|x1", "zz.rate:1|c1",
        "as.change:1'; DROP TABLE answers|c1", "as.rate:1|c1" + "0" * 60, "as.finish:x|c1",
        "as.rate:1|k1", "as.rate:1|c-1", "as.rate:1|k5.7",  # not a card's button
    ):
        assert router.registry.decode(data) is None, data


def _conversation_state(database_url: str, chat: str = "1001") -> tuple[str, str] | None:
    found = rows(database_url, "SELECT flow, state FROM conversations WHERE chat = ?", chat)
    return (found[0][0], found[0][1]) if found else None


def _check_buttons(
    router: Router, effects: Sequence[Effect], language: str, url: str, chat: str,
    drawn_apart: bool = False,
) -> set[str]:
    """Checks each button an event drew and returns the actions they name (`drawn_apart`:
    screens drawn outside a conversation, whose state is then not checked)."""
    reached: set[str] = set()
    # each chat's conversation, read once per event (its effects are drawn after it is saved)
    states: dict[str, tuple[str, str] | None] = {}
    for effect in effects:
        if not isinstance(effect, Replace | Send | PostCard | EditCard):
            continue
        for row in effect.screen.buttons:
            if len(row) > 1:  # a shared row fits a phone in every language
                wide = [b.label for b in row if len(b.label) > NARROW]
                assert wide == [], (language, wide)
            for button in row:
                if button.url:
                    continue
                assert button.action is not None
                found = router.registry.lookup(button.action.id)
                assert found is not None, button
                largest = LARGEST[1] if found[1].cards else LARGEST[0]
                data = router.registry.encode(button.action.id, button.arg, largest)
                assert len(data.encode("utf-8")) <= CALLBACK_MAX_BYTES
                flow = router.flows[found[0].name]
                # a button another flow adds (enters=True) takes the chat into its flow
                if not (flow.shared or found[1].cards or found[1].declared.enters
                        or drawn_apart):
                    target = getattr(effect, "chat", None) or chat
                    if target not in states:
                        states[target] = _conversation_state(url, target)
                    where = states[target]
                    assert where is not None and where[0] == flow.name, button
                    assert found[1].declared in flow.states[where[1]].actions, (button, where)
                reached.add(button.action.id)
    return reached


def plan_screens(language: str) -> list[Screen]:
    from dataclasses import replace

    from flows.engine.store.plans import PlanAction, Settings, Status
    from flows.plan import action_screens, follow_up, settings_screens
    from flows.plan.context import ActionData, CarryData

    t, fw, now = translator(language), load_framework(), datetime.now(UTC)
    found = Round(1, "R", "MD", None, now, "Moldova 2026")
    action = PlanAction(1, 1, 1, 1, "sector:government", "2025Q1", Status.PLANNED, now,
                        text="Draft the national strategy")
    reading = ActionData(fw, found, action, (), Settings(1), now.date(), edits=False)
    return [*action_screens.action(t, reading),
            *action_screens.report_like_comment(t, reading),
            *action_screens.action(t, replace(reading, edits=True, kept={"text": "Other"},
                                              comments=2)),
            *settings_screens.carry(t, CarryData(fw, found, ((found, 2),))),
            follow_up.overdue_screen(t, fw, found, [action], ())]


@pytest.mark.parametrize("language", available_locales())
async def test_every_button_of_every_screen_in_every_language(
    language: str, tmp_path: Path
) -> None:
    other = next(code for code in available_locales() if code != language)
    reached: set[str] = set()
    for number, script in enumerate((ASSESSMENT, PULSE, EXTRAS, FACILITATION, PLAN)):
        url = f"sqlite+aiosqlite:///{tmp_path / f'walk{number}.sqlite3'}"
        async with fresh_router(url) as router:
            chat = Chat(router, language=language)
            steps = [
                tuple(part.replace("{other}", other) for part in step)
                for step in for_language(script, language)
            ]
            for kind, *rest in steps:
                if kind == "command":
                    reply = await chat.command(rest[0])
                elif kind == "text":
                    reply = await chat.type(rest[0])
                else:
                    assert chat.keyboard is not None
                    event = Event.action(rest[0], rest[1] if len(rest) > 1 else "",
                                         chat.keyboard[1])
                    reply = await chat.send(event)
                    assert reply.toast is None or "Nothing changed" not in reply.toast, (
                        kind, rest, reply.toast
                    )
                reached |= _check_buttons(router, reply.effects, language, url, "1001")
    # Group sessions: several people, a group chat and its card; voting again, agreeing.
    for number, script in enumerate((SESSION, CONSENSUS, VALIDATION)):
        url = f"sqlite+aiosqlite:///{tmp_path / f'walk-session{number}.sqlite3'}"
        async with fresh_router(url) as router:
            scripted = Scripted(router, language)
            for step in for_language(script, language):
                before = len(scripted.effects)
                await scripted.step(step)
                who = step[0][1:] if step[0].startswith("@") else "me"
                reached |= _check_buttons(router, scripted.effects[before:], language, url,
                                          ACTORS[who][0])
    # the agenda's choice, offered only in a round with answers given alone (its own test:
    # tests/flows/test_consensus.py)
    reached |= _check_buttons(router, tuple(Send(s) for s in session_screens.pick_agenda(
        translator(language))), language, url, "1001", drawn_apart=True)
    # the reminder the scheduler sends (tests/e2e/test_reminders_telegram.py sends it for real)
    sent = Send(reminder(translator(language), Round(1, "R", "MD", None, datetime.now(UTC),
                                                      "Moldova 2026")))
    reached |= _check_buttons(router, (sent,), language, url, "1001")
    # the notice someone gets when votes had replaced an answer of theirs (0010's migration)
    told = Send(rate_again(translator(language), load_framework(), Round(
        1, "R", "MD", None, datetime.now(UTC), "Moldova 2026"), ["cap:1", "pulse:victim"]))
    reached |= _check_buttons(router, (told,), language, url, "1001")
    # the action plan's screens that one person's script cannot reach: a participant's (to
    # comment), a change kept after someone else's came first, an earlier round to carry
    # actions over from, the monthly reminder of overdue actions
    reached |= _check_buttons(router, tuple(Send(s) for s in plan_screens(language)), language,
                              url, "1001", drawn_apart=True)
    declared = {
        f"{flow.code}.{action.name}"
        for flow in router.flows.values()
        for action in flow.actions
        if action.command is None
    }
    assert declared - reached == set()
