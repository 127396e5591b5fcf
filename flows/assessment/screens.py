"""The assessment's screens: pure functions of what `flows.assessment.flow` loads and a translator.

A question fits one phone screen: the question, the current answer and note, and the four
phases in short, right above their buttons; the full descriptions are one tap away.
"""

from __future__ import annotations

from flows.assessment.actions import Act
from flows.assessment.screen_data import (
    FinishCheckData,
    IntroData,
    MenuData,
    NewCheckData,
    PendingNoteData,
    QuestionData,
    ReviewData,
    RoundsData,
    SectorData,
    SummaryData,
)
from flows.documents.report import pulse_lines, round_profile, summary_text
from flows.documents.results import published
from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.extend import drawn, drawn_by
from flows.engine.store import SECTORS
from flows.engine.translator import Translator
from flows.kit.country_step import CountryData, country_screen
from flows.kit.info import facilitators_get, own_wording, report_routes
from flows.kit.places import ON_PRIORITY, PriorityShown
from flows.kit.texts import (
    MESSAGE_LIMIT,
    assessment_name,
    bold,
    escape,
    italic,
    labelled,
    phase_label,
    rating_label,
    sector_label,
    shown_length,
)
from framework.model import Capability, Framework
from framework.recommend import top_priorities
from framework.scoring import DONT_KNOW

NOTE_SHOWN = 80  # characters of a note on a question screen (all of it is in "More detail")


def continue_button(t: Translator, next_open: int) -> Button:
    return button(t, Act.proceed, number=next_open + 1)


# the start of an assessment -----------------------------------------------------------------
def menu(t: Translator, data: MenuData) -> list[Screen]:
    text = "\n".join([
        bold(t.gettext('Your assessment')),
        escape(assessment_name(t, data.round.country, data.round.started, data.round.title)),
        escape(t.ngettext(
            "{rated} of {total} capabilities answered.",
            "{rated} of {total} capabilities answered.",
            data.rated,
        ).format(rated=data.rated, total=data.total)),
    ])
    buttons = []
    if data.next_open is not None:
        buttons.append(continue_button(t, data.next_open))
    if data.answered_any:
        buttons.append(button(t, Act.review))
        buttons.append(button(t, Act.summarise))
    else:
        buttons.append(button(t, Act.amend))
    buttons.append(button(t, Act.pulse))
    if data.others:
        buttons.append(button(t, Act.rounds))
    buttons.append(button(t, Act.new))
    return [Screen(text, single(*buttons))]


def rounds(t: Translator, data: RoundsData) -> list[Screen]:
    text = "\n".join([
        bold(t.gettext("Your assessments")),
        escape(t.gettext("Tap one to continue it. Each keeps its own answers.")),
    ])
    buttons = []
    for choice in data.rounds:
        label = t.gettext("{country} · {date} · {answered}/{total}").format(
            country=choice.round.title or t.country(choice.round.country),
            date=t.date(choice.round.started),
            answered=choice.answered, total=len(data.fw.capabilities),
        )
        buttons.append(Button(("✓ " if choice.current else "") + label, Act.switch,
                              str(choice.round.id)))
    return [Screen(text, single(*buttons))]


def new_check(t: Translator, data: NewCheckData) -> list[Screen]:
    text = escape(t.gettext(
        "Start a new assessment? Your assessment for {country} ({answered} of {total} "
        "answered) stays saved: you can come back to it from /start, under “My assessments”."
    ).format(country=t.isolate(t.country(data.round.country)), answered=data.answered,
             total=data.total))
    buttons = single(button(t, Act.confirm_new), button(t, Act.keep))
    return [Screen(text, buttons)]


def country(t: Translator, data: CountryData) -> list[Screen]:
    return country_screen(t, data, Act.country)


def sector(t: Translator, data: SectorData) -> list[Screen]:
    lines = []
    if data.title:
        lines += [bold(t.gettext("You are joining “{round}”.").format(round=data.title))]
    if data.joining:
        lines.append(escape(facilitators_get(t, data.figures_only)))
    if lines:
        lines.append("")
    lines += [
        escape(t.gettext("Country: {country}").format(
            country=t.isolate(t.country(data.country))
        )),
        "",
        escape(t.gettext("Which sector do you work in? It is kept with this assessment only.")),
    ]
    text = "\n".join(lines)
    buttons = [Button(sector_label(t, s), Act.sector, s) for s in SECTORS]
    laid = rows(buttons)
    if not data.country_fixed:
        laid += ((button(t, Act.recountry),),)
    return [Screen(text, laid)]


def intro(t: Translator, data: IntroData) -> list[Screen]:
    fw = data.fw
    lines = [
        bold(t.gettext("Before you start")),
        escape(t.gettext(
            "{total} questions in {domains} domains, about 15 minutes. You can stop at any "
            "time: every answer is saved as you go, and /start brings you back."
        ).format(total=len(fw.capabilities), domains=len(fw.domains))),
        escape(t.gettext(
            "For each capability, choose the phase that fits best, from Phase 1 (building) to "
            "Phase 4 (maturity). “More detail” shows the full description of each phase."
        )),
        escape(t.gettext(
            "“Don't know” means you have no basis to judge: it is a finding too. “Skip” "
            "leaves the question for later."
        )),
        escape(t.gettext(
            "To add an evidence note (a law, a unit, a service, a dataset), type it after "
            "answering. Please write no names or case details."
        )),
        "",
        escape(labelled(t, t.gettext("Country"), t.isolate(t.country(data.country)))),
        escape(labelled(t, t.gettext("Sector"), sector_label(t, data.sector))),
    ]
    buttons = (
        (Button(t.gettext("Start (question 1)"), Act.proceed),),
        *rows([button(t, Act.recountry), button(t, Act.resector)]),
    )
    return [Screen("\n".join(lines), buttons)]


# questions --------------------------------------------------------------------------------
def _phase_lines(t: Translator, fw: Framework, cap: Capability, full: bool) -> list[str]:
    texts = cap.phases if full else cap.briefs
    return [
        labelled(t, bold(phase_label(t, fw, phase)), escape(t.content(text)))
        for phase, text in enumerate(texts, start=1)
    ]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def question(t: Translator, data: QuestionData) -> list[Screen]:
    fw = data.fw
    cap = fw.capabilities[data.index]
    domain = fw.domain(cap.domain)
    answer = data.answer
    lines = []
    if data.notice:
        lines += [italic(data.notice), ""]
    lines += [
        escape(t.gettext("{domain} · {number} of {total}").format(
            domain=t.content(domain.name), number=data.index + 1, total=len(fw.capabilities)
        )),
        bold(f"{cap.id}. {t.content(cap.name)}"),
        escape(t.content(cap.question)),
    ]
    if answer is not None and answer.note and not data.notice:
        # (a notice about the note names it already: the screen stays one phone long)
        lines.append(escape(labelled(t, t.gettext("Your evidence note"),
                                     _clip(answer.note, NOTE_SHOWN))))
    lines += ["", *_phase_lines(t, fw, cap, full=False)]
    chosen = answer.value if answer is not None else None
    phases = [
        button(t, Act.rate, str(n), mark="✓ " if chosen == n else "", phase=n)
        for n in (1, 2, 3, 4)
    ]
    marked = "✓ " if chosen == DONT_KNOW else ""
    nav = [button(t, Act.detail)]
    if data.index > 0:
        nav.append(button(t, Act.back))
    nav.append(Button(t.gettext("Review"), Act.review))
    buttons = (
        *rows(phases, per_row=4),
        *rows([button(t, Act.dk, mark=marked), button(t, Act.skip)]),
        *rows(nav, per_row=3),
    )
    if answer is not None and answer.note:
        buttons += ((button(t, Act.unnote),),)
    return [Screen("\n".join(lines), buttons)]


def detail(t: Translator, data: QuestionData) -> list[Screen]:
    fw = data.fw
    cap = fw.capabilities[data.index]
    lines = [
        bold(f"{cap.id}. {t.content(cap.name)}"),
        escape(t.content(cap.description)),
        "",
        *_phase_lines(t, fw, cap, full=True),
        "",
        italic(labelled(t, t.gettext("Evidence"), t.content(cap.evidence_prompt))),
    ]
    if data.answer is not None and data.answer.note:
        lines.append(escape(labelled(t, t.gettext("Your evidence note"), data.answer.note)))
    lines += ["", escape(own_wording(t))]
    return [Screen("\n".join(lines), single(button(t, Act.question)))]


def long_note(t: Translator, data: PendingNoteData) -> list[Screen]:
    cap = data.fw.capabilities[data.index]
    text = "\n".join([
        escape(t.gettext(
            "Your note has {length} characters; a note keeps at most {limit}. Save its first "
            "{limit} characters for {capability}?"
        ).format(length=len(data.text), limit=data.limit, capability=t.content(cap.label))),
        italic(_clip(data.text, 120)),
    ])
    buttons = single(Button(t.gettext("Save the shortened note"), Act.keep_note),
                     button(t, Act.drop_note))
    return [Screen(text, buttons)]


def report_like(t: Translator, data: PendingNoteData) -> list[Screen]:
    text = "\n".join([
        *report_routes(t),
        "",
        escape(t.gettext(
            "Evidence notes are about institutions and services, without names or case "
            "details. Save this text as a note anyway?"
        )),
    ])
    buttons = single(Button(t.gettext("Save it as a note"), Act.keep_note),
                     button(t, Act.drop_note))
    return [Screen(text, buttons)]


# review and summary -----------------------------------------------------------------------
REVIEW_LIMIT = MESSAGE_LIMIT - 200  # room to spare under Telegram's limit


def review(t: Translator, data: ReviewData) -> list[Screen]:
    fw = data.fw
    header = [
        bold(t.gettext('Review your answers')),
        escape(assessment_name(t, data.round.country, data.round.started, data.round.title)),
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
            line = labelled(t, escape(f"{cap.id}. {t.content(cap.label)}"), bold(value))
            if answer is not None and answer.note and width:
                line += f" – <i>{escape(_clip(answer.note, width))}</i>"
            body.append(line)
        text = "\n".join(header + body + footer)
        if shown_length(text) <= REVIEW_LIMIT:
            break
    buttons: tuple[tuple[Button, ...], ...] = ()
    if data.next_open is not None:
        buttons += ((continue_button(t, data.next_open),),)
    buttons += rows(
        Button(t.content(cap.label), Act.change, str(cap.id)) for cap in fw.capabilities
    )
    buttons += ((button(t, Act.finish),),)
    return [Screen(text, buttons)]


def finish_check(t: Translator, data: FinishCheckData) -> list[Screen]:
    names = [t.content(data.fw.capabilities[i].label) for i in data.open]
    text = "\n".join([
        bold(t.gettext("Finish now?")),
        escape(t.ngettext(
            "{n} capability has no answer yet: {names}.",
            "{n} capabilities have no answer yet: {names}.",
            len(names),
        ).format(n=len(names), names=t.join(names))),
        escape(t.gettext(
            "You can finish now and come back to them later: the summary lists them as not "
            "answered."
        )),
    ])
    buttons = single(button(t, Act.finish_anyway), continue_button(t, data.open[0]))
    return [Screen(text, buttons)]


def summary(t: Translator, data: SummaryData) -> list[Screen]:
    fw = data.fw
    profile = round_profile(fw, data.answers)
    participants = len({a.user for a in data.answers if a.value is not None})
    heading = t.gettext("Maturity profile: {name}").format(
        name=assessment_name(t, data.round.country, data.round.started, data.round.title)
    )
    first, second = summary_text(t, fw, profile, heading, participants, data.final)
    first = escape(t.gettext("As of {date}").format(date=t.date(data.today))) + "\n" + first
    if data.pulse:
        first += "\n\n" + "\n".join(pulse_lines(t, fw, data.pulse))
    added = [extra for priority in top_priorities(fw, profile)
             for extra in drawn(data.additions, ON_PRIORITY, t,
                                PriorityShown(data.round.id, priority.capability.id,
                                              data.round.facilitates))]
    buttons = [*added, *drawn_by(data.on_shared, t), button(t, Act.chart),
               button(t, Act.report), button(t, Act.csv), button(t, Act.review)]
    if data.next_open is not None:
        buttons.append(continue_button(t, data.next_open))
    buttons.append(button(t, Act.new))
    pages = [Screen(first)]
    if data.shared is not None:
        pages.append(Screen(published(t, data.shared)))
    return [*pages, Screen(second, rows(buttons))]
