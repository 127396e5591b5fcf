"""The individual assessment: consent, country, sector, 21 questions, review, summary.

A conversation is a `transitions` model whose state is stored in the database; one machine
serves every conversation (a model is added for one event and removed after it). Each event is
handled inside one storage transaction: the step check, the writes and the new conversation
state commit together, before the screen goes back to the channel.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from transitions import Machine

from flows.countries import is_country, search_countries
from flows.info import about_text, help_text, mydata_text, privacy_text
from flows.ports import Store, Transaction, Translator
from flows.report import answers_csv, round_profile, summary_text
from flows.screens import Actor, Attachment, Button, Event, EventKind, Reply, Screen
from flows.texts import (
    bold,
    country_line,
    escape,
    italic,
    phase_label,
    rating_label,
    sector_label,
)
from framework.model import Capability, Framework
from framework.records import (
    NOTE_MAX,
    SECTORS,
    Conversation,
    Person,
    Role,
)
from framework.scoring import DONT_KNOW, Rating

FLOW = "assessment"


class Languages(Protocol):
    """The catalogs a channel offers, and a translator for each."""

    available: tuple[str, ...]

    def negotiate(self, language_code: str | None) -> str: ...

    def translator(self, locale: str) -> Translator: ...


STATES = [
    "idle",  # nothing in progress
    "consent",  # the privacy notice, waiting for agreement
    "menu",  # continue the current round or start a new one
    "country",  # waiting for a country to be typed or chosen
    "sector",  # waiting for a sector
    "question",  # on capability context["index"]
    "review",  # every answer listed, with Change and Finish
    "summary",  # the maturity summary has been shown
    "forget",  # confirming /forget
]

TRANSITIONS: list[dict[str, Any]] = [
    {"trigger": "ask_consent", "source": "*", "dest": "consent"},
    {"trigger": "offer_menu", "source": "*", "dest": "menu"},
    {"trigger": "ask_country", "source": "*", "dest": "country"},
    {"trigger": "ask_sector", "source": "country", "dest": "sector"},
    {"trigger": "ask_question", "source": ["sector", "question", "review", "menu", "summary"],
     "dest": "question"},
    {"trigger": "show_review", "source": ["question", "menu", "summary"], "dest": "review"},
    {"trigger": "show_summary", "source": "*", "dest": "summary"},
    {"trigger": "confirm_forget", "source": "*", "dest": "forget"},
    {"trigger": "stop", "source": "*", "dest": "idle"},
]


# The menu's and the summary's buttons lead to these screens.
DESTINATIONS = {"continue": "question", "review": "review", "summary": "summary",
                "new": "country"}


class _Model:
    state: str


MACHINE = Machine(
    model=None,
    states=STATES,
    transitions=TRANSITIONS,
    initial="idle",
    auto_transitions=False,
    ignore_invalid_triggers=False,
)


@dataclass
class Turn:
    """Everything one event is handled with."""

    tx: Transaction
    actor: Actor
    person: Person | None
    conversation: Conversation
    t: Translator
    model: _Model
    toast: str | None = None
    forgotten: bool = False
    screens: list[Screen] = field(default_factory=list)

    @property
    def ctx(self) -> dict[str, Any]:
        return self.conversation.context

    def move(self, trigger: str) -> None:
        """Take a transition of the machine and advance the step (stale keyboards expire)."""
        getattr(self.model, trigger)()
        self.conversation.state = self.model.state
        self.conversation.step += 1

    def restore(self, state: str) -> None:
        """Go back to the state a confirmation interrupted (no transition leads there)."""
        MACHINE.set_state(state, model=self.model)
        self.conversation.state = state
        self.conversation.step += 1

    def show(self, text: str, buttons: list[list[Button]] | None = None, *, new: bool = False,
             attachments: tuple[Attachment, ...] = ()) -> None:
        self.screens.append(Screen(
            text=text,
            buttons=tuple(tuple(row) for row in (buttons or [])),
            attachments=attachments,
            new_message=new,
            step=self.conversation.step,
        ))


Handler = Callable[[Turn, Event], Awaitable[None]]


class AssessmentFlow:
    def __init__(self, framework: Framework, store: Store, languages: Languages) -> None:
        self.fw = framework
        self.store = store
        self.languages = languages
        self.commands: dict[str, Handler] = {
            "start": self.cmd_start,
            "help": self.cmd_help,
            "about": self.cmd_about,
            "cancel": self.cmd_cancel,
            "summary": self.cmd_summary,
            "privacy": self.cmd_privacy,
            "mydata": self.cmd_mydata,
            "forget": self.cmd_forget,
            "language": self.cmd_language,
        }
        self.actions: dict[str, Handler] = {
            "consent": self.on_consent,
            "menu": self.on_menu,
            "country": self.on_country,
            "sector": self.on_sector,
            "question": self.on_question,
            "review": self.on_review,
            "summary": self.on_summary,
            "forget": self.on_forget,
            "idle": self.on_idle,
        }

    # entry point ------------------------------------------------------------------------
    async def handle(self, actor: Actor, event: Event) -> Reply:
        async with self.store.transaction() as tx:
            person, stored = await tx.person_and_conversation(actor.chat, actor.user)
            conversation = stored or Conversation(
                chat=actor.chat, user=actor.user, flow=FLOW, state="idle"
            )
            if conversation.state not in STATES:
                conversation.state = "idle"
            t = self._translator(person, actor)
            model = _Model()
            MACHINE.add_model(model, initial=conversation.state)
            try:
                turn = Turn(tx, actor, person, conversation, t, model)
                if event.kind is EventKind.ACTION and event.step != conversation.step:
                    return Reply(
                        toast=t.gettext(
                            "That button belongs to an earlier screen, so nothing changed. "
                            "Please use the latest message."
                        ),
                    )
                await self._dispatch(turn, event)
                if not turn.forgotten:
                    await tx.save_conversation(conversation)
            finally:
                MACHINE.remove_model(model)
        return Reply(screens=tuple(turn.screens), toast=turn.toast)

    def _translator(self, person: Person | None, actor: Actor) -> Translator:
        locale = person.locale if person and person.locale else None
        if locale not in self.languages.available:
            locale = self.languages.negotiate(actor.language_code)
        return self.languages.translator(locale)

    async def _dispatch(self, turn: Turn, event: Event) -> None:
        if event.kind is EventKind.COMMAND:
            handler = self.commands.get(event.name)
            if handler is None:
                turn.show(
                    escape(turn.t.gettext("Sorry, I don't know the command /{name}.").format(
                        name=event.name
                    )) + "\n\n" + help_text(turn.t),
                    new=True,
                )
                return
            await handler(turn, event)
        elif event.kind is EventKind.ACTION:
            if event.name == "resume":
                await self.show_current(turn, new=False)
                return
            if event.name.startswith("lang:"):
                if await self._set_language(turn, event.name.removeprefix("lang:")):
                    turn.conversation.step += 1
                    await self.show_current(turn, new=False)
                return
            await self.actions[turn.conversation.state](turn, event)
        elif event.kind is EventKind.TEXT:
            await self.on_text(turn, event)
        else:
            turn.show(
                escape(turn.t.gettext(
                    "I can only read text messages and button taps, so I could not use that. "
                    "Nothing was changed."
                )),
                [[Button(turn.t.gettext("Back to where I was"), "resume")]],
                new=True,
            )

    def _not_here(self, turn: Turn) -> None:
        turn.toast = turn.t.gettext("That button is not available here. Nothing changed.")

    # commands -----------------------------------------------------------------------------
    async def cmd_start(self, turn: Turn, event: Event) -> None:
        if not self._consented(turn):
            turn.move("ask_consent")
            self.show_consent(turn, new=True)
            return
        await self.begin(turn, new=True)

    async def begin(self, turn: Turn, new: bool) -> None:
        """After consent: offer the current round, or open a new one."""
        current = await self._current_round(turn)
        if current is None:
            turn.move("ask_country")
            self.show_country_prompt(turn, new=new)
            return
        turn.move("offer_menu")
        await self.show_menu(turn, new=new)

    async def cmd_help(self, turn: Turn, event: Event) -> None:
        turn.show(help_text(turn.t), self._resume_button(turn), new=True)

    async def cmd_about(self, turn: Turn, event: Event) -> None:
        turn.show(about_text(turn.t, self.fw), self._resume_button(turn), new=True)

    async def cmd_privacy(self, turn: Turn, event: Event) -> None:
        turn.show(privacy_text(turn.t), self._resume_button(turn), new=True)

    async def cmd_cancel(self, turn: Turn, event: Event) -> None:
        turn.move("stop")
        turn.show(
            escape(turn.t.gettext(
                "Stopped. Your answers are saved. Send /start when you want to continue."
            )),
            new=True,
        )

    async def cmd_summary(self, turn: Turn, event: Event) -> None:
        if not self._consented(turn):
            await self.cmd_start(turn, event)
            return
        round_id = turn.ctx.get("round_id")
        if round_id is None or await turn.tx.participation(round_id, turn.actor.user) is None:
            turn.show(
                escape(turn.t.gettext(
                    "There is no assessment to summarise yet. Send /start to begin one."
                )),
                new=True,
            )
            return
        turn.move("show_summary")
        await self.show_summary(turn, new=True, final=False)

    async def cmd_mydata(self, turn: Turn, event: Event) -> None:
        text = await mydata_text(turn.t, turn.tx, turn.person, turn.actor.user)
        turn.show(text, self._resume_button(turn), new=True)

    async def cmd_forget(self, turn: Turn, event: Event) -> None:
        turn.ctx["before_forget"] = turn.conversation.state
        turn.move("confirm_forget")
        t = turn.t
        turn.show(
            escape(t.gettext(
                "Delete your data? This removes your answers and evidence notes in every round "
                "(closed rounds too), your participation in rounds, and where you are in each "
                "chat. Rounds you facilitate stay for the others; facilitation passes to a "
                "co-facilitator or to the bot's administrators. This cannot be undone."
            )),
            [[Button(t.gettext("Delete my data"), "forget:yes"),
              Button(t.gettext("Keep my data"), "forget:no")]],
            new=True,
        )

    async def cmd_language(self, turn: Turn, event: Event) -> None:
        t = turn.t
        if len(self.languages.available) < 2:
            turn.show(
                escape(t.gettext("Only English is available for now.")),
                self._resume_button(turn),
                new=True,
            )
            return
        turn.ctx["language_return"] = True
        turn.show(
            escape(t.gettext("Choose your language:")),
            self._language_buttons(t),
            new=True,
        )

    def _language_buttons(self, t: Translator) -> list[list[Button]]:
        buttons = [
            Button(t.language_name(code), f"lang:{code}") for code in self.languages.available
        ]
        return [buttons[i:i + 2] for i in range(0, len(buttons), 2)]

    def _resume_button(self, turn: Turn) -> list[list[Button]]:
        if turn.conversation.state in ("idle", "summary"):
            return []
        return [[Button(turn.t.gettext("Back to where I was"), "resume")]]

    async def _set_language(self, turn: Turn, code: str) -> bool:
        if code not in self.languages.available:
            self._not_here(turn)
            return False
        person = turn.person or Person(user=turn.actor.user, locale=None, consented_at=None)
        person = Person(user=person.user, locale=code, consented_at=person.consented_at)
        await turn.tx.save_person(person)
        turn.person = person
        turn.t = self.languages.translator(code)
        turn.toast = turn.t.gettext("Language changed.")
        return True

    # consent ------------------------------------------------------------------------------
    def _consented(self, turn: Turn) -> bool:
        return turn.person is not None and turn.person.consented_at is not None

    def show_consent(self, turn: Turn, new: bool) -> None:
        t = turn.t
        buttons = [[Button(t.gettext("I agree"), "agree"), Button(t.gettext("Not now"), "decline")]]
        if len(self.languages.available) > 1:
            buttons += self._language_buttons(t)
        turn.show(privacy_text(t), buttons, new=new)

    async def on_consent(self, turn: Turn, event: Event) -> None:
        if event.name == "agree":
            locale = turn.person.locale if turn.person else None
            person = Person(user=turn.actor.user, locale=locale or turn.t.locale,
                            consented_at=datetime.now(UTC))
            await turn.tx.save_person(person)
            turn.person = person
            turn.toast = turn.t.gettext("Thank you.")
            await self.begin(turn, new=False)
        elif event.name == "decline":
            turn.move("stop")
            turn.show(escape(turn.t.gettext(
                "That's fine: nothing about you has been stored. Send /start if you change "
                "your mind."
            )))
        else:
            self._not_here(turn)

    # menu ---------------------------------------------------------------------------------
    async def _current_round(self, turn: Turn) -> int | None:
        round_id = turn.ctx.get("round_id")
        if round_id is None:
            return None
        if await turn.tx.participation(round_id, turn.actor.user) is None:
            turn.ctx.pop("round_id", None)
            return None
        return int(round_id)

    async def show_menu(self, turn: Turn, new: bool) -> None:
        t = turn.t
        round_id = turn.ctx["round_id"]
        participation = await turn.tx.participation(round_id, turn.actor.user)
        assert participation is not None
        answers = await turn.tx.answers(round_id, turn.actor.user)
        rated = sum(1 for a in answers if a.item.startswith("cap:") and a.value is not None)
        text = "\n".join([
            bold(t.gettext('Your assessment')),
            escape(country_line(t, participation.round.country, participation.round.code)),
            escape(t.gettext("{rated} of {total} capabilities answered.").format(
                rated=rated, total=len(self.fw.capabilities)
            )),
        ])
        first = (
            Button(t.gettext("Review my answers"), "review")
            if participation.finished_at is not None
            else Button(t.gettext("Continue"), "continue")
        )
        buttons = [[first], [Button(t.gettext("See the summary"), "summary")]]
        if participation.role is Role.FACILITATOR or participation.finished_at is not None:
            buttons.append([Button(t.gettext("Start a new assessment"), "new")])
        turn.show(text, buttons, new=new)

    async def go(self, turn: Turn, destination: str, new: bool) -> None:
        """Move to a screen's state and show that screen."""
        if destination == "question":
            turn.move("ask_question")
            await self.show_question(turn, new=new)
        elif destination == "review":
            turn.move("show_review")
            await self.show_review(turn, new=new)
        elif destination == "summary":
            turn.move("show_summary")
            await self.show_summary(turn, new=new, final=False)
        else:
            turn.move("ask_country")
            self.show_country_prompt(turn, new=new)

    async def on_menu(self, turn: Turn, event: Event) -> None:
        destination = DESTINATIONS.get(event.name)
        if destination is None:
            self._not_here(turn)
            return
        await self.go(turn, destination, new=False)

    async def on_idle(self, turn: Turn, event: Event) -> None:
        self._not_here(turn)

    # country and sector -------------------------------------------------------------------
    def show_country_prompt(self, turn: Turn, new: bool, problem: str | None = None) -> None:
        t = turn.t
        lines = []
        if problem:
            lines.append(escape(problem))
        lines.append(escape(t.gettext(
            "Which country is this assessment for? Type part of its name, in your language or "
            "in English, or its ISO code (for example “Moldova” or “MD”)."
        )))
        turn.show("\n\n".join(lines), new=new)

    async def on_text(self, turn: Turn, event: Event) -> None:
        state = turn.conversation.state
        text = event.arg.strip()
        if state == "country":
            await self.on_country_text(turn, text)
        elif state == "question":
            await self.on_note(turn, text)
        else:
            t = turn.t
            hint = (
                t.gettext("Please use the buttons on the last message, or send /help.")
                if state not in ("idle",)
                else t.gettext("Send /start to begin or continue an assessment, or /help.")
            )
            turn.show(
                escape(t.gettext("I wasn't expecting text here. {hint}").format(hint=hint)),
                self._resume_button(turn),
                new=True,
            )

    async def on_country_text(self, turn: Turn, text: str) -> None:
        t = turn.t
        codes = search_countries(text[:100], t.locale)
        turn.conversation.step += 1
        if not codes:
            self.show_country_prompt(turn, new=True, problem=t.gettext(
                "I could not find a country matching “{query}”. Try another spelling, the "
                "English name, or the two-letter ISO code."
            ).format(query=text[:100]))
            return
        buttons = [[Button(t.country(code), f"cty:{code}")] for code in codes]
        turn.show(
            escape(t.gettext("Choose the country, or type another name:")),
            buttons,
            new=True,
        )

    async def on_country(self, turn: Turn, event: Event) -> None:
        code = event.name.removeprefix("cty:")
        if not event.name.startswith("cty:") or not is_country(code):
            self._not_here(turn)
            return
        turn.ctx["pending_country"] = code
        turn.move("ask_sector")
        self.show_sector_prompt(turn)

    def show_sector_prompt(self, turn: Turn) -> None:
        t = turn.t
        country = t.country(turn.ctx["pending_country"])
        text = "\n".join([
            escape(t.gettext("Country: {country}").format(country=t.isolate(country))),
            "",
            escape(t.gettext(
                "Which sector do you work in? It is stored for this round only, to show how "
                "views differ between sectors where enough people answer."
            )),
        ])
        buttons = [Button(sector_label(t, s), f"sec:{s}") for s in SECTORS]
        turn.show(text, [buttons[i:i + 2] for i in range(0, len(buttons), 2)])

    async def on_sector(self, turn: Turn, event: Event) -> None:
        sector = event.name.removeprefix("sec:")
        country = turn.ctx.get("pending_country")
        if not event.name.startswith("sec:") or sector not in SECTORS or country is None:
            self._not_here(turn)
            return
        new_round = await turn.tx.create_round(country, turn.actor.user)
        await turn.tx.join_round(new_round.id, turn.actor.user, sector, Role.FACILITATOR)
        turn.ctx.pop("pending_country", None)
        turn.ctx.update(round_id=new_round.id, index=0)
        turn.ctx.pop("return_to", None)
        turn.move("ask_question")
        await self.show_question(turn)

    # questions ----------------------------------------------------------------------------
    def _capability(self, turn: Turn) -> Capability:
        index = int(turn.ctx.get("index", 0))
        index = min(max(index, 0), len(self.fw.capabilities) - 1)
        turn.ctx["index"] = index
        return self.fw.capabilities[index]

    async def show_question(self, turn: Turn, new: bool = False, notice: str | None = None
                            ) -> None:
        t = turn.t
        cap = self._capability(turn)
        index = turn.ctx["index"]
        domain = self.fw.domain(cap.domain)
        current = await turn.tx.answer(turn.ctx["round_id"], turn.actor.user, cap.item)
        lines = []
        if notice:
            lines += [italic(notice), ""]
        lines += [
            escape(t.gettext("{domain} – {number} of {total}").format(
                domain=t.content(domain.name), number=index + 1, total=len(self.fw.capabilities)
            )),
            f"<b>{cap.id}. {escape(t.content(cap.name))}</b>",
            escape(t.content(cap.question)),
            "",
        ]
        for phase, descriptor in enumerate(cap.phases, start=1):
            lines.append(
                f"<b>{escape(phase_label(t, self.fw, phase))}</b>: {escape(t.content(descriptor))}"
            )
        lines.append("")
        if current is not None:
            lines.append(escape(t.gettext("Your answer: {answer}").format(
                answer=rating_label(t, self.fw, current.value)
            )))
            if current.note:
                lines.append(escape(t.gettext("Your evidence note: {note}").format(
                    note=current.note
                )))
        lines.append(italic(t.gettext(
            "To add an evidence note, type it here (at most 200 characters). {prompt}"
        ).format(prompt=t.content(cap.evidence_prompt))))
        phases = [
            Button(t.gettext("Phase {phase}").format(phase=n), f"r:{n}") for n in (1, 2, 3, 4)
        ]
        if t.rtl:
            phases.reverse()  # Telegram does not mirror keyboards for right-to-left readers
        nav = [Button(t.gettext("Back"), "back")] if index > 0 else []
        nav += [Button(t.gettext("Review"), "review")]
        buttons = [
            phases,
            [Button(t.gettext("Don't know"), "dk"), Button(t.gettext("Skip"), "skip")],
            nav,
        ]
        turn.show("\n".join(lines), buttons, new=new)

    async def on_question(self, turn: Turn, event: Event) -> None:
        cap = self._capability(turn)
        round_id = turn.ctx["round_id"]
        value: Rating
        if event.name.startswith("r:") and event.name[2:] in ("1", "2", "3", "4"):
            value = int(event.name[2:])
        elif event.name == "dk":
            value = DONT_KNOW
        elif event.name == "skip":
            await self._advance(turn)
            return
        elif event.name == "back":
            turn.ctx["index"] = max(int(turn.ctx["index"]) - 1, 0)
            turn.move("ask_question")
            await self.show_question(turn)
            return
        elif event.name == "review":
            turn.ctx.pop("return_to", None)
            turn.move("show_review")
            await self.show_review(turn)
            return
        else:
            self._not_here(turn)
            return
        await turn.tx.save_rating(round_id, turn.actor.user, cap.item, value, turn.actor.source)
        turn.toast = turn.t.gettext("Saved: {answer}").format(
            answer=rating_label(turn.t, self.fw, value)
        )
        await self._advance(turn)

    async def _advance(self, turn: Turn) -> None:
        index = int(turn.ctx["index"])
        if turn.ctx.pop("return_to", None) == "review" or index + 1 >= len(self.fw.capabilities):
            turn.move("show_review")
            await self.show_review(turn)
            return
        turn.ctx["index"] = index + 1
        turn.move("ask_question")
        await self.show_question(turn)

    async def on_note(self, turn: Turn, text: str) -> None:
        t = turn.t
        cap = self._capability(turn)
        if not text:
            await self.show_question(turn, new=True)
            return
        if len(text) > NOTE_MAX:
            turn.conversation.step += 1
            await self.show_question(turn, new=True, notice=t.gettext(
                "That note is {length} characters long; a note can have at most {limit}. "
                "Please shorten it and send it again. Nothing was saved."
            ).format(length=len(text), limit=NOTE_MAX))
            return
        await turn.tx.save_note(
            turn.ctx["round_id"], turn.actor.user, cap.item, text, turn.actor.source
        )
        turn.conversation.step += 1
        await self.show_question(turn, new=True, notice=t.gettext(
            "Evidence note saved for {capability}. Please keep notes about institutions and "
            "services: no names or case details."
        ).format(capability=t.content(cap.label)))

    # review, summary ----------------------------------------------------------------------
    async def show_review(self, turn: Turn, new: bool = False) -> None:
        t = turn.t
        round_id = turn.ctx["round_id"]
        participation = await turn.tx.participation(round_id, turn.actor.user)
        assert participation is not None
        answers = {a.item: a for a in await turn.tx.answers(round_id, turn.actor.user)}
        header = [
            bold(t.gettext('Review your answers')),
            escape(country_line(t, participation.round.country, participation.round.code)),
            "",
        ]
        footer = ["", escape(t.gettext(
            "Tap a capability to change its answer, or Finish to see your summary."
        ))]
        # A long set of notes is shortened so that the screen fits one message.
        for width in (80, 40, 0):
            body = []
            for cap in self.fw.capabilities:
                answer = answers.get(cap.item)
                value = rating_label(t, self.fw, answer.value if answer else None)
                line = f"{cap.id}. {escape(t.content(cap.label))}: <b>{escape(value)}</b>"
                if answer is not None and answer.note and width:
                    note = answer.note if len(answer.note) <= width else (
                        answer.note[: width - 1] + "…"
                    )
                    line += f" – <i>{escape(note)}</i>"
                body.append(line)
            text = "\n".join(header + body + footer)
            if len(text) <= 3800:
                break
        buttons = [Button(t.content(cap.label), f"chg:{cap.id}") for cap in self.fw.capabilities]
        rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
        rows.append([Button(t.gettext("Finish"), "finish")])
        turn.show(text, rows, new=new)

    async def on_review(self, turn: Turn, event: Event) -> None:
        if event.name == "finish":
            await turn.tx.mark_finished(turn.ctx["round_id"], turn.actor.user, datetime.now(UTC))
            turn.move("show_summary")
            await self.show_summary(turn, new=False, final=True)
            return
        if event.name.startswith("chg:") and event.name[4:].isdigit():
            cap_id = int(event.name[4:])
            if 1 <= cap_id <= len(self.fw.capabilities):
                turn.ctx["index"] = cap_id - 1
                turn.ctx["return_to"] = "review"
                turn.move("ask_question")
                await self.show_question(turn)
                return
        self._not_here(turn)

    async def show_summary(self, turn: Turn, new: bool, final: bool) -> None:
        t = turn.t
        round_id = turn.ctx["round_id"]
        participation = await turn.tx.participation(round_id, turn.actor.user)
        assert participation is not None
        answers = await turn.tx.answers(round_id)
        capability_answers = [a for a in answers if a.item.startswith("cap:")]
        profile = round_profile(self.fw, capability_answers)
        participants = len({a.user for a in capability_answers if a.value is not None})
        heading = t.gettext("Maturity profile: {round}").format(
            round=country_line(t, participation.round.country, participation.round.code)
        )
        final = final or participation.finished_at is not None
        first, second = summary_text(t, self.fw, profile, heading, participants, final)
        turn.show(first, new=new)
        onward = (
            Button(t.gettext("Review my answers"), "review")
            if final
            else Button(t.gettext("Continue answering"), "continue")
        )
        buttons = [
            [Button(t.gettext("Download my answers (CSV)"), "csv")],
            [onward, Button(t.gettext("Start a new assessment"), "new")],
        ]
        turn.show(second, buttons, new=True)

    async def on_summary(self, turn: Turn, event: Event) -> None:
        t = turn.t
        round_id = turn.ctx.get("round_id")
        if event.name == "csv" and round_id is not None:
            participation = await turn.tx.participation(round_id, turn.actor.user)
            assert participation is not None
            data = answers_csv(t, self.fw, await turn.tx.answers(round_id, turn.actor.user))
            turn.show(
                escape(t.gettext("Your answers in this round, as a CSV file.")),
                new=True,
                attachments=(Attachment(
                    kind="document",
                    data=data,
                    filename=f"mnr-{participation.round.code}-answers.csv",
                    caption=t.gettext("Your MNR self-assessment answers"),
                ),),
            )
        elif event.name in ("review", "continue", "new") and (
            round_id is not None or event.name == "new"
        ):
            await self.go(turn, DESTINATIONS[event.name], new=True)
        else:
            self._not_here(turn)

    # forget -------------------------------------------------------------------------------
    async def on_forget(self, turn: Turn, event: Event) -> None:
        t = turn.t
        if event.name == "forget:yes":
            report = await turn.tx.forget(turn.actor.user)
            turn.forgotten = True
            turn.show(escape(t.gettext(
                "Your data has been deleted: {answers}, {rounds} and {conversations}. Send "
                "/start if you want to begin again."
            ).format(
                answers=t.ngettext("{n} answer", "{n} answers", report.answers).format(
                    n=report.answers
                ),
                rounds=t.ngettext(
                    "{n} round participation", "{n} round participations", report.participations
                ).format(n=report.participations),
                conversations=t.ngettext(
                    "{n} conversation state", "{n} conversation states", report.conversations
                ).format(n=report.conversations),
            )))
        elif event.name == "forget:no":
            previous = turn.ctx.pop("before_forget", "idle")
            turn.toast = t.gettext("Nothing was deleted.")
            turn.restore(previous if previous in STATES and previous != "forget" else "idle")
            await self.show_current(turn, new=False)
        else:
            self._not_here(turn)

    # where am I ---------------------------------------------------------------------------
    async def show_current(self, turn: Turn, new: bool) -> None:
        """Show the screen of the current state again (after help, a sticker, a mistake)."""
        state = turn.conversation.state
        if state == "question" and turn.ctx.get("round_id") is not None:
            await self.show_question(turn, new=new)
        elif state == "review" and turn.ctx.get("round_id") is not None:
            await self.show_review(turn, new=new)
        elif state == "menu" and await self._current_round(turn) is not None:
            await self.show_menu(turn, new=new)
        elif state == "country":
            self.show_country_prompt(turn, new=new)
        elif state == "sector" and "pending_country" in turn.ctx:
            self.show_sector_prompt(turn)
        elif state == "consent":
            self.show_consent(turn, new=new)
        elif state == "summary" and turn.ctx.get("round_id") is not None:
            await self.show_summary(turn, new=new, final=False)
        else:
            turn.show(escape(turn.t.gettext("Send /start to begin or continue an assessment.")),
                      new=new)

