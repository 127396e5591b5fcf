"""The personal pulse check: one question per domain, then the domain profile and next steps.

Its answers are the items ``pulse:<domain>`` of the chat's current round (a new round when
there is none, with the sector not given: it can be added after the profile).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel

from flows.documents.report import pulse_lines, pulse_next_steps, pulse_profile
from flows.engine.declare import Move, State, Trigger, View
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.flow import Flow
from flows.engine.store import SECTOR_NOT_GIVEN, SECTORS, Answer, Role, Round
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.country_step import (
    SEARCHED,
    CountryData,
    country_screen,
    country_typed,
    has_round,
    load_country,
)
from flows.kit.entries import ASSESSMENT, PULSE
from flows.kit.info import facilitators_get, safety_lines
from flows.kit.rating import ANSWERED, record
from flows.kit.texts import (
    assessment_name,
    bold,
    escape,
    italic,
    labelled,
    phase_label,
    sector_label,
)
from flows.pulse.actions import Act
from framework.model import Framework
from framework.scoring import DONT_KNOW, Rating


class Go:
    """The moves of this flow's table, declared once (`Move(Go.x, ...)`, `turn.move(Go.x)`)."""

    ask_sector = Trigger("ask_sector")
    back = Trigger("back")
    begin = Trigger("begin")
    pick = Trigger("pick")
    profile = Trigger("profile")


NAME = "pulse"


class PulseContext(BaseModel):
    index: int = 0  # the domain on screen, from 0
    query: str | None = None
    suggestions: tuple[str, ...] = ()
    guessed: bool = False


T = Turn[PulseContext]


# conditions and what moves do -------------------------------------------------------------
def at_last(turn: T) -> bool:
    return turn.ctx.index + 1 >= len(turn.fw.domains)


def next_domain(turn: T) -> None:
    turn.ctx.index += 1


def previous_domain(turn: T) -> None:
    turn.ctx.index = max(turn.ctx.index - 1, 0)


def first_domain(turn: T) -> None:
    turn.ctx = PulseContext()


# what the screens show ---------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionData:
    fw: Framework
    index: int
    answer: Answer | None
    # a round someone else runs, joined by its pulse link: what its facilitators see is said
    # on the first question, before the first answer
    joined: Round | None = None


@dataclass(frozen=True)
class ProfileData:
    fw: Framework
    country: str
    started: datetime
    title: str | None
    answers: tuple[Answer, ...]  # the person's own pulse answers
    sector: str


async def load_question(turn: T) -> QuestionData:
    assert turn.round_id is not None
    domain = turn.fw.domains[turn.ctx.index]
    answer = await turn.tx.answers.get(turn.round_id, turn.actor.user, domain.item)
    joined = None
    if turn.ctx.index == 0:
        member = await turn.tx.rounds.participation(turn.round_id, turn.actor.user)
        if member is not None and member.role is Role.PARTICIPANT:
            joined = member.round
    return QuestionData(turn.fw, turn.ctx.index, answer, joined)


async def load_profile(turn: T) -> ProfileData:
    assert turn.round_id is not None
    participation = await turn.tx.rounds.participation(turn.round_id, turn.actor.user)
    assert participation is not None
    answers = await turn.tx.answers.of_round(turn.round_id, turn.actor.user)
    return ProfileData(
        fw=turn.fw,
        country=participation.round.country,
        started=participation.round.created_at,
        title=participation.round.title,
        answers=tuple(a for a in answers if a.item.startswith("pulse:")),
        sector=participation.sector,
    )


def render_country(t: Translator, data: CountryData) -> list[Screen]:
    return country_screen(t, data, Act.country, heading=t.gettext("Pulse check"))


def render_question(t: Translator, data: QuestionData) -> list[Screen]:
    fw = data.fw
    domain = fw.domains[data.index]
    lines = [
        escape(t.gettext("Pulse check – {number} of {total}").format(
            number=data.index + 1, total=len(fw.domains)
        )),
        *([italic(facilitators_get(t, data.joined.figures_only)), ""] if data.joined else []),
        bold(t.content(domain.name)),
        escape(t.content(domain.pulse_question)),
        "",
    ]
    for phase, brief in enumerate(domain.briefs, start=1):
        lines.append(labelled(t, bold(phase_label(t, fw, phase)), escape(t.content(brief))))
    chosen = data.answer.value if data.answer is not None else None
    phases = [
        button(t, Act.rate, str(n), mark="✓ " if chosen == n else "", phase=n)
        for n in (1, 2, 3, 4)
    ]
    last = [button(t, Act.dk, mark="✓ " if chosen == DONT_KNOW else "")]
    if data.index > 0:
        last.append(button(t, Act.back))
    return [Screen("\n".join(lines), (*rows(phases, per_row=4), *rows(last)))]


def render_profile(t: Translator, data: ProfileData) -> list[Screen]:
    fw = data.fw
    heading = t.gettext("Pulse check: {name}").format(
        name=assessment_name(t, data.country, data.started, data.title)
    )
    lines = [bold(heading), *pulse_lines(t, fw, data.answers)[1:]]
    steps = pulse_next_steps(fw, data.answers)
    if steps:
        lines += ["", bold(t.gettext("Next steps"))]
        for priority in steps:
            step = priority.next_steps[0]
            where = t.gettext("{domain} ({phase})").format(
                domain=t.content(priority.domain.name),
                phase=phase_label(t, fw, priority.phase or 1),
            )
            lines.append("• " + labelled(t, bold(where), escape(t.content(step.text))))
    unknown = [
        t.content(fw.domain(score.domain).name)
        for _, score in pulse_profile(fw, data.answers)
        if score.phase is None
    ]
    if unknown:
        lines += ["", escape(t.ngettext(
            "Not known yet: {domains}. Finding out where it stands is a first step.",
            "Not known yet: {domains}. Finding out where they stand is a first step.",
            len(unknown),
        ).format(domains=t.join(unknown)))]
    lines += ["", escape(t.gettext(
        "Results belong to this assessment. Countries are never ranked against each other."
    )), "", *safety_lines(t)]
    buttons = [button(t, Act.assess)]
    if data.sector == SECTOR_NOT_GIVEN:
        buttons.append(button(t, Act.ask_sector))
    return [Screen("\n".join(lines), single(*buttons))]


def render_sector(t: Translator, data: ProfileData) -> list[Screen]:
    text = escape(t.gettext("Which sector do you work in? It is kept with this assessment only."))
    buttons = rows(Button(sector_label(t, s), Act.sector, s) for s in SECTORS)
    return [Screen(text, (*buttons, (button(t, Act.profile),)))]


# handlers ---------------------------------------------------------------------------------
async def start(turn: T, arg: str) -> None:
    if turn.round_id is not None and (
        await turn.tx.rounds.participation(turn.round_id, turn.actor.user) is None
    ):
        turn.round_id = None
    turn.move(Go.begin)


async def country_chosen(turn: T, code: str) -> None:
    new_round = await turn.tx.rounds.create(code, turn.actor.user)
    await turn.tx.rounds.join(new_round.id, turn.actor.user, SECTOR_NOT_GIVEN, Role.FACILITATOR)
    turn.round_id = new_round.id
    turn.move(Go.pick)


async def rate(turn: T, arg: str) -> None:
    await _answer(turn, int(arg))


async def dont_know(turn: T, arg: str) -> None:
    await _answer(turn, DONT_KNOW)


async def _answer(turn: T, value: Rating) -> None:
    await record(turn, turn.fw.domains[turn.ctx.index].item, value)




async def sector_chosen(turn: T, sector: str) -> None:
    assert turn.round_id is not None
    await turn.tx.rounds.set_sector(turn.round_id, turn.actor.user, sector)
    turn.say(turn.t.gettext("Saved: {answer}").format(answer=sector_label(turn.t, sector)))
    turn.move(Go.profile)



FLOW: Flow[PulseContext] = Flow(
    name=NAME,
    code="pu",
    context=PulseContext,
    initial="start",
    states=[
        State("start"),
        State("country", View(load_country, render_country), actions=(Act.country,),
              text=country_typed),
        State("question", View(load_question, render_question),
              actions=(Act.rate, Act.dk, Act.back)),
        State("profile", View(load_profile, render_profile), actions=(Act.assess, Act.ask_sector)),
        State("sector", View(load_profile, render_sector), actions=(Act.sector, Act.profile)),
    ],
    moves=[
        Move(Go.begin, "*", "question", when=(has_round,), then=first_domain),
        Move(Go.begin, "*", "country", then=first_domain),
        Move(SEARCHED, "country", "="),
        Move(Go.pick, "country", "question"),
        Move(ANSWERED, "question", "profile", when=(at_last,)),
        Move(ANSWERED, "question", "question", then=next_domain),
        Move(Go.back, "question", "question", then=previous_domain),
        Move(Go.ask_sector, "profile", "sector"),
        Move(Go.profile, "sector", "profile"),
    ],
    entries={PULSE: start},
    actions=[
        Act.pulse.runs(start),
        Act.country.runs(country_chosen),
        Act.rate.runs(rate),
        Act.dk.runs(dont_know),
        Act.back.runs(Go.back),
        Act.assess.runs(ASSESSMENT),
        Act.ask_sector.runs(Go.ask_sector),
        Act.sector.runs(sector_chosen),
        Act.profile.runs(Go.profile),
    ],
)
