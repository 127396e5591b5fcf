"""The assessment's screens: pure functions of what `flows.assessment` loads and a translator."""

from __future__ import annotations

from dataclasses import dataclass

from flows.country_step import CountryData, country_screen
from flows.effects import Button, Screen
from flows.report import pulse_lines, round_profile, summary_text
from flows.store import SECTORS, Answer
from flows.texts import (
    MESSAGE_LIMIT,
    bold,
    country_line,
    escape,
    italic,
    phase_label,
    rating_label,
    sector_label,
    shown_length,
)
from flows.translator import Translator
from framework.model import Framework


@dataclass(frozen=True)
class RoundView:
    country: str
    code: str


@dataclass(frozen=True)
class MenuData:
    round: RoundView
    rated: int
    total: int
    finished: bool
    may_start_new: bool


@dataclass(frozen=True)
class SectorData:
    country: str


@dataclass(frozen=True)
class QuestionData:
    fw: Framework
    index: int
    answer: Answer | None
    notice: str | None


@dataclass(frozen=True)
class ReviewData:
    fw: Framework
    round: RoundView
    answers: dict[str, Answer]


@dataclass(frozen=True)
class SummaryData:
    fw: Framework
    round: RoundView
    answers: tuple[Answer, ...]  # every participant's capability answers in the round
    pulse: tuple[Answer, ...]  # pulse answers, shown apart
    final: bool


def menu(t: Translator, data: MenuData) -> list[Screen]:
    text = "\n".join([
        bold(t.gettext('Your assessment')),
        escape(country_line(t, data.round.country, data.round.code)),
        escape(t.gettext("{rated} of {total} capabilities answered.").format(
            rated=data.rated, total=data.total
        )),
    ])
    first = (
        Button(t.gettext("Review my answers"), "as.review")
        if data.finished
        else Button(t.gettext("Continue"), "as.proceed")
    )
    rows: list[tuple[Button, ...]] = [
        (first,),
        (Button(t.gettext("See the summary"), "as.summarise"),),
        (Button(t.gettext("Pulse check (6 questions)"), "as.pulse"),),
    ]
    if data.may_start_new:
        rows.append((Button(t.gettext("Start a new assessment"), "as.new"),))
    return [Screen(text, tuple(rows))]


def country(t: Translator, data: CountryData) -> list[Screen]:
    return country_screen(t, data, "as.country")


def sector(t: Translator, data: SectorData) -> list[Screen]:
    text = "\n".join([
        escape(t.gettext("Country: {country}").format(
            country=t.isolate(t.country(data.country))
        )),
        "",
        escape(t.gettext(
            "Which sector do you work in? It is stored for this round only, to show how "
            "views differ between sectors where enough people answer."
        )),
    ])
    buttons = [Button(sector_label(t, s), "as.sector", s) for s in SECTORS]
    return [Screen(text, tuple(tuple(buttons[i:i + 2]) for i in range(0, len(buttons), 2)))]


def question(t: Translator, data: QuestionData) -> list[Screen]:
    fw = data.fw
    cap = fw.capabilities[data.index]
    domain = fw.domain(cap.domain)
    lines = []
    if data.notice:
        lines += [italic(data.notice), ""]
    lines += [
        escape(t.gettext("{domain} – {number} of {total}").format(
            domain=t.content(domain.name), number=data.index + 1, total=len(fw.capabilities)
        )),
        f"<b>{cap.id}. {escape(t.content(cap.name))}</b>",
        escape(t.content(cap.question)),
        "",
    ]
    for phase, descriptor in enumerate(cap.phases, start=1):
        lines.append(
            f"<b>{escape(phase_label(t, fw, phase))}</b>: {escape(t.content(descriptor))}"
        )
    lines.append("")
    answer = data.answer
    if answer is not None:
        lines.append(escape(t.gettext("Your answer: {answer}").format(
            answer=rating_label(t, fw, answer.value)
        )))
        if answer.note:
            lines.append(escape(t.gettext("Your evidence note: {note}").format(
                note=answer.note
            )))
    lines.append(italic(t.gettext(
        "To add an evidence note, type it here (at most 200 characters). {prompt}"
    ).format(prompt=t.content(cap.evidence_prompt))))
    phases = [
        Button(t.gettext("Phase {phase}").format(phase=n), "as.rate", str(n))
        for n in (1, 2, 3, 4)
    ]
    if t.rtl:
        phases.reverse()  # Telegram does not mirror keyboards for right-to-left readers
    nav = [Button(t.gettext("Back"), "as.back")] if data.index > 0 else []
    nav += [Button(t.gettext("Review"), "as.review")]
    buttons = (
        tuple(phases),
        (Button(t.gettext("Don't know"), "as.dk"), Button(t.gettext("Skip"), "as.skip")),
        tuple(nav),
    )
    return [Screen("\n".join(lines), buttons)]


REVIEW_LIMIT = MESSAGE_LIMIT - 200  # room to spare under Telegram's limit


def review(t: Translator, data: ReviewData) -> list[Screen]:
    fw = data.fw
    header = [
        bold(t.gettext('Review your answers')),
        escape(country_line(t, data.round.country, data.round.code)),
        "",
    ]
    footer = ["", escape(t.gettext(
        "Tap a capability to change its answer, or Finish to see your summary."
    ))]
    # A long set of notes is shortened so that the screen fits one message.
    text = ""
    for width in (80, 40, 0):
        body = []
        for cap in fw.capabilities:
            answer = data.answers.get(cap.item)
            value = rating_label(t, fw, answer.value if answer else None)
            line = f"{cap.id}. {escape(t.content(cap.label))}: <b>{escape(value)}</b>"
            if answer is not None and answer.note and width:
                note = answer.note if len(answer.note) <= width else (
                    answer.note[: width - 1] + "…"
                )
                line += f" – <i>{escape(note)}</i>"
            body.append(line)
        text = "\n".join(header + body + footer)
        if shown_length(text) <= REVIEW_LIMIT:
            break
    buttons = [Button(t.content(cap.label), "as.change", str(cap.id)) for cap in fw.capabilities]
    rows = [tuple(buttons[i:i + 3]) for i in range(0, len(buttons), 3)]
    rows.append((Button(t.gettext("Finish"), "as.finish"),))
    return [Screen(text, tuple(rows))]


def summary(t: Translator, data: SummaryData) -> list[Screen]:
    fw = data.fw
    profile = round_profile(fw, data.answers)
    participants = len({a.user for a in data.answers if a.value is not None})
    heading = t.gettext("Maturity profile: {round}").format(
        round=country_line(t, data.round.country, data.round.code)
    )
    first, second = summary_text(t, fw, profile, heading, participants, data.final)
    if data.pulse:
        first += "\n\n" + "\n".join(pulse_lines(t, fw, data.pulse))
    onward = (
        Button(t.gettext("Review my answers"), "as.review")
        if data.final
        else Button(t.gettext("Continue answering"), "as.proceed")
    )
    buttons = (
        (Button(t.gettext("Download my answers (CSV)"), "as.csv"),),
        (onward, Button(t.gettext("Start a new assessment"), "as.new")),
    )
    return [Screen(first), Screen(second, buttons)]
