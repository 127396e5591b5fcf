"""The shell: what every flow shares, declared once.

Consent (asked before any flow that stores something; nothing about a person is stored until
they agree, so a language chosen on the consent screen travels in its buttons), /help, /about,
/privacy, /mydata, /forget, /language, /cancel, unknown commands and unexpected input. Its
actions are accepted in every state of every flow and run on the chat's current turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from flows.engine.actions import Action, Arg
from flows.engine.declare import REFRESH, Move, State, Trigger, View
from flows.engine.effects import Button, Screen, Toast, button
from flows.engine.flow import Flow
from flows.engine.router import Router
from flows.engine.store import DueReminder, Person
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.disclosure import reads_like_disclosure
from flows.kit.entries import ASSESSMENT
from flows.kit.info import (
    about_text,
    help_text,
    load_mydata,
    mydata_text,
    privacy_text,
    report_routes,
)
from flows.kit.texts import escape
from flows.shell.actions import Act
from flows.shell.screens import (
    forget_question,
    forgotten,
    private_chat_please,
    rate_again,
    reminder,
    unexpected_text,
    unknown_command,
    votes_apart,
)


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    confirm_forget = Trigger("confirm_forget")
    stop = Trigger("stop")


NAME = "shell"


class ShellContext(BaseModel):
    # where the chat was before /forget asked: "Keep my data" goes back there
    back: tuple[str, str, dict[str, Any]] | None = None


@dataclass(frozen=True)
class Idle:
    notice: str | None


async def load_idle(turn: Turn[Any]) -> Idle:
    return Idle(notice=turn.notice)


async def load_nothing(turn: Turn[Any]) -> None:
    return None


def render_idle(t: Translator, data: Idle) -> list[Screen]:
    text = data.notice or t.gettext("Send /start to begin or continue an assessment.")
    return [Screen(escape(text))]


# An invitation code in a deep link (`t.me/<bot>?start=<code>`), carried through consent.
PAYLOAD_MAX = 18
PAYLOAD = re.compile(rf"^[A-Za-z0-9_\-]{{1,{PAYLOAD_MAX}}}$")


class EntryArg(Arg):
    """`<command>.<locale>`, or `start.<locale>.<invitation>`: checked by its parts."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell._entry_args)
        self.shell = shell

    def accepts(self, value: str) -> bool:
        entry, locale, payload = self.shell._parse_entry(value)
        if not payload:
            return super().accepts(value)
        return (entry == "start" and locale in self.shell._locales()
                and bool(PAYLOAD.match(payload)))


class Shell:
    def __init__(self) -> None:
        self._router: Router | None = None
        self.flow: Flow[ShellContext] = Flow(
            name=NAME,
            code="sh",
            context=ShellContext,
            initial="idle",
            states=[
                State("idle", view=View(load_idle, render_idle)),
                # the one screen whose buttons delete or keep everything
                State("forget", view=View(load_nothing, lambda t, _: [forget_question(t)]),
                      actions=(Act.erase, Act.keep)),
            ],
            moves=[Move(Go.stop, "*", "idle"), Move(Go.confirm_forget, "*", "forget")],
            actions=[
                Act.help.runs(self.help),
                Act.language.runs(self.language),
                Act.about.runs(self.about),
                Act.privacy.runs(self.privacy),
                Act.mydata.runs(self.mydata),
                Act.forget.runs(self.forget),
                Act.cancel.runs(self.cancel),
                Act.agree.runs(self.agree, EntryArg(self)),
                Act.decline.runs(self.decline, Arg(self._locales)),
                Act.relang.runs(self.relang, EntryArg(self)),
                Act.lang.runs(self.set_language, Arg(self._locales)),
                Act.resume.runs(self.resume),
                Act.erase.runs(self.erase),
                Act.keep.runs(self.keep),
                Act.noremind.runs(self.no_reminders),
                Act.rerate.runs(self.rate_again),
            ],
            shared=True,
        )

    def bind(self, router: Router) -> None:
        self._router = router

    @property
    def router(self) -> Router:
        assert self._router is not None, "the shell is bound to its router at start"
        return self._router

    # what the buttons may carry -------------------------------------------------------------
    def _locales(self) -> tuple[str, ...]:
        return self.router.env.languages.available

    def _entries(self) -> list[str]:
        """Commands that open a flow that stores answers: they ask for consent first."""
        return [
            action.command
            for flow, action in self.router.registry.commands()
            if action.command and flow.name != NAME
        ]

    def _entry_args(self) -> list[str]:
        """Every entry and language; with /start, also the longest payload (an invitation)."""
        plain = [f"{entry}.{locale}" for entry in self._entries() for locale in self._locales()]
        with_invite = [f"start.{locale}.{'x' * PAYLOAD_MAX}" for locale in self._locales()]
        return plain + with_invite

    def _parse_entry(self, arg: str) -> tuple[str, str, str]:
        entry, _, rest = arg.partition(".")
        locale, _, payload = rest.partition(".")
        return entry, locale, payload

    # consent --------------------------------------------------------------------------------
    async def ask_consent(self, turn: Turn[Any], entry: str, payload: str = "") -> None:
        t = turn.t
        turn.send(lambda: self.consent_screen(t, entry, payload))

    def consent_screen(self, t: Translator, entry: str, payload: str = "") -> Screen:
        """The privacy notice, asked once. The command that asked for it (with its payload:
        an invitation) travels in the buttons, since nothing is stored before agreeing."""
        tail = f".{payload}" if payload and entry == "start" else ""
        rows: list[tuple[Button, ...]] = [(
            button(t, Act.agree, f"{entry}.{t.locale}{tail}"),
            button(t, Act.decline, t.locale),
        )]
        rows += self._language_rows(t, Act.relang, lambda code: f"{entry}.{code}{tail}")
        return Screen(privacy_text(t, self.router.env.backups_kept_days), tuple(rows))

    def _language_rows(
        self, t: Translator, action: Action, arg: Any, current: str | None = None
    ) -> list[tuple[Button, ...]]:
        available = self._locales()
        if len(available) < 2:
            return []
        buttons = [Button(("✓ " if code == current else "") + t.language_name(code), action,
                          arg(code)) for code in available]
        return [tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)]

    async def agree(self, turn: Turn[Any], arg: str) -> None:
        entry, locale, payload = self._parse_entry(arg)
        if turn.consented:
            await turn.run_command(entry, payload)
            return
        person = Person(user=turn.actor.user, locale=locale, consented_at=datetime.now(UTC))
        await turn.tx.people.save(person)
        turn.person = person
        turn.t = self.router.env.languages.translator(locale)
        turn.say(turn.t.gettext("Thank you."))
        await turn.run_command(entry, payload)

    async def decline(self, turn: Turn[Any], locale: str) -> None:
        if turn.consented:
            turn.toast = self.not_here(turn.t)
            return
        t = self.router.env.languages.translator(locale)  # chosen on the consent screen
        turn.replace(lambda: Screen(escape(t.gettext(
            "That's fine: nothing about you has been stored. Send /start if you change "
            "your mind."
        ))))

    async def relang(self, turn: Turn[Any], arg: str) -> None:
        entry, locale, payload = self._parse_entry(arg)
        if turn.consented:
            await self.set_language(turn, locale)
            return
        t = self.router.env.languages.translator(locale)
        turn.t = t
        turn.replace(lambda: self.consent_screen(t, entry, payload))

    # languages ------------------------------------------------------------------------------
    async def language(self, turn: Turn[Any], arg: str) -> None:
        t = turn.t
        if len(self._locales()) < 2:
            turn.send(lambda: Screen(escape(t.gettext("Only English is available for now."))))
            return
        if turn.consented:
            rows = self._language_rows(t, Act.lang, lambda code: code, current=t.locale)
        else:
            rows = self._language_rows(t, Act.relang, lambda code: f"start.{code}",
                                       current=t.locale)
        turn.send(lambda: Screen(escape(t.gettext("Choose your language:")), tuple(rows)))

    async def set_language(self, turn: Turn[Any], locale: str) -> None:
        person = turn.person
        if person is None or person.consented_at is None:
            await self.relang(turn, f"start.{locale}")
            return
        person = Person(user=person.user, locale=locale, consented_at=person.consented_at)
        await turn.tx.people.save(person)
        turn.person = person
        turn.t = self.router.env.languages.translator(locale)
        turn.say(turn.t.gettext("Language changed."))
        turn.move(REFRESH)  # the screen is drawn again in the new language

    # information ----------------------------------------------------------------------------
    def _with_resume(self, turn: Turn[Any], text: str) -> Screen:
        if turn.flow is self.flow:
            return Screen(text)
        return Screen(text, ((button(turn.t, Act.resume),),))

    async def help(self, turn: Turn[Any], arg: str) -> None:
        commands = [action for _, action in self.router.registry.commands()]
        turn.send(lambda: self._with_resume(turn, help_text(turn.t, commands)))

    async def about(self, turn: Turn[Any], arg: str) -> None:
        turn.send(lambda: self._with_resume(turn, about_text(turn.t, turn.fw)))

    async def privacy(self, turn: Turn[Any], arg: str) -> None:
        days = turn.env.backups_kept_days
        turn.send(lambda: self._with_resume(turn, privacy_text(turn.t, days)))

    async def mydata(self, turn: Turn[Any], arg: str) -> None:
        data = await load_mydata(turn.tx, turn.person, turn.actor.user)
        turn.send(lambda: self._with_resume(turn, mydata_text(turn.t, data)))

    async def resume(self, turn: Turn[Any], arg: str) -> None:
        turn.redraw = True

    # reminders ------------------------------------------------------------------------------
    async def remind(self, turn: Turn[Any], due: DueReminder) -> None:
        """A reminder is due (the scheduler's, or a facilitator's): sent if no other process
        claimed it first."""
        if not await turn.tx.queries.claim_reminder(due, datetime.now(UTC)):
            return
        found = await turn.tx.rounds.get(due.round_id)
        if found is not None:
            t = turn.t
            turn.send(lambda: reminder(t, found))

    async def notify(self, turn: Turn[Any], notice: int) -> None:
        """A notice to tell once (claimed first, so that one process sends it)."""
        found = await turn.tx.notices.claim(notice, datetime.now(UTC))
        if found is None or found.round_id is None:
            return
        about = await turn.tx.rounds.get(found.round_id)
        if about is None:
            return
        t, fw = turn.t, turn.fw
        if found.kind == "rate_again":
            items = [str(item) for item in found.detail.get("items", [])]
            turn.send(lambda: rate_again(t, fw, about, items))
        elif found.kind == "votes_apart":
            counts = {key: int(value) for key, value in found.detail.items()}
            turn.send(lambda: votes_apart(t, about, counts))
        elif found.kind in turn.router.notices:  # a flow's own (Flow(notices=...))
            await turn.router.notices[found.kind](turn, found)

    async def rate_again(self, turn: Turn[Any], round_id: str) -> None:
        """From a notice: the round's menu, where the questions to rate again are open."""
        joined = await turn.tx.rounds.participation(int(round_id), turn.actor.user)
        if joined is None:
            turn.toast = self.not_here(turn.t)
            return
        turn.round_id = joined.round.id
        await turn.hand_off(ASSESSMENT)

    async def no_reminders(self, turn: Turn[Any], arg: str) -> None:
        await turn.tx.queries.set_reminders(turn.actor.user, False)
        turn.say(turn.t.gettext("Reminders are off. Your answers stay saved."))

    # forgetting -----------------------------------------------------------------------------
    async def forget(self, turn: Turn[Any], arg: str) -> None:
        if turn.person is None and turn.conversation is None:
            turn.send(lambda: Screen(escape(turn.t.gettext("Nothing is stored about you."))))
            return
        back = turn.place()
        turn.enter(NAME)
        turn.ctx.back = back
        turn.fresh = True
        turn.move(Go.confirm_forget)

    async def erase(self, turn: Turn[Any], arg: str) -> None:
        """Accepted from the confirmation only (its state lists it)."""
        report = await turn.tx.forget(turn.actor.user)
        turn.forgotten = True
        turn.replace(lambda: forgotten(turn.t, report))

    async def keep(self, turn: Turn[Any], arg: str) -> None:
        turn.say(turn.t.gettext("Nothing was deleted."))
        back = turn.ctx.back
        if back is None or back[0] == NAME:
            turn.move(Go.stop)
            return
        turn.return_to(back)

    # stopping -------------------------------------------------------------------------------
    async def cancel(self, turn: Turn[Any], arg: str) -> None:
        turn.enter(NAME)
        turn.move(Go.stop)
        turn.notice = turn.t.gettext(
            "Stopped. Your answers are saved. Send /start when you want to continue."
        )

    # what the router asks of the shell ------------------------------------------------------
    async def unknown_command(self, turn: Turn[Any], name: str) -> None:
        turn.send(lambda: unknown_command(turn.t, name))

    async def unexpected_text(self, turn: Turn[Any]) -> None:
        in_a_flow = turn.flow is not self.flow
        turn.send(lambda: self._with_resume(turn, unexpected_text(turn.t, in_a_flow)))

    def disclosure(self, turn: Turn[Any], text: str) -> bool:
        if not reads_like_disclosure(text):
            return False
        t = turn.t
        turn.fresh = True
        turn.send(lambda: self._with_resume(turn, "\n".join(report_routes(t))))
        return True

    async def other_message(self, turn: Turn[Any]) -> None:
        turn.send(lambda: self._with_resume(turn, escape(turn.t.gettext(
            "I can only read text messages and button taps, so I could not use that. "
            "Nothing was changed."
        ))))

    async def group_command(self, turn: Turn[Any]) -> None:
        turn.send(lambda: private_chat_please(turn.t, self.router.env.bot_username))

    def stale(self, t: Translator) -> Toast:
        return Toast(t.gettext(
            "That button belongs to an earlier screen, so nothing changed. "
            "Please use the latest message."
        ))

    def invalid(self, t: Translator) -> Toast:
        return Toast(t.gettext("This button is not valid. Nothing changed."))

    def not_here(self, t: Translator) -> Toast:
        return Toast(t.gettext("That button is not available here. Nothing changed."))

    def busy(self, t: Translator) -> Screen:
        return Screen(escape(t.gettext(
            "Sorry, that did not go through: other changes came at the same moment. "
            "Please send it again."
        )))
