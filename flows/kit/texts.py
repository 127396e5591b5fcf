"""Labels shared by several screens, in one place so every screen says the same thing."""

from __future__ import annotations

import html
import re
from datetime import datetime

from flows.engine.store import SECTOR_NOT_GIVEN
from flows.engine.translator import Translator
from framework.model import Framework
from framework.scoring import DONT_KNOW, PhaseReading, Rating


def sector_label(t: Translator, sector: str) -> str:
    labels = {
        "government": t.gettext("Government"),
        "law_enforcement": t.gettext("Law enforcement"),
        "justice": t.gettext("Justice"),
        "victim_services": t.gettext("Victim services or helpline"),
        "civil_society": t.gettext("Civil society"),
        "industry": t.gettext("Industry"),
        "media": t.gettext("Media"),
        "academia": t.gettext("Academia"),
        "international": t.gettext("International organisation"),
        "other": t.gettext("Other"),
        SECTOR_NOT_GIVEN: t.gettext("Not given"),
    }
    return labels.get(sector, sector)


def phase_label(t: Translator, framework: Framework, phase: int) -> str:
    return t.content(framework.phase_label(phase))


def rating_label(t: Translator, framework: Framework, value: Rating) -> str:
    if value == DONT_KNOW:
        return t.gettext("Don't know")
    if value is None:
        return t.gettext("Not rated yet")
    return phase_label(t, framework, int(value))


def reading_label(t: Translator, reading: PhaseReading | None) -> str:
    """A score as the phase reached; a score between two phases (a median of an even number
    of answers) says so, never as a trend ("moving to"), since one round has no trend."""
    if reading is None:
        return t.gettext("not known yet")
    if reading.moving_to is None:
        return t.gettext("Phase {phase}").format(phase=reading.phase)
    return t.gettext("between Phase {phase} and Phase {next}").format(
        phase=reading.phase, next=reading.moving_to
    )


def assessment_name(
    t: Translator, country: str, started: datetime, title: str | None = None
) -> str:
    """How an assessment is named to people: a shared round by its title and country, a
    person's own by its country and the day it began."""
    if title:
        return t.gettext("{title} ({country})").format(
            title=t.isolate(title), country=t.isolate(t.country(country))
        )
    return t.gettext("{country}, started {date}").format(
        country=t.isolate(t.country(country)), date=t.isolate(t.date(started))
    )


TAG = re.compile(r"<[^>]*>")
MESSAGE_LIMIT = 4096  # UTF-16 code units of a message as Telegram shows it


def shown_length(html_text: str) -> int:
    """A screen's length as Telegram counts it: the text after parsing (tags gone, entities
    read), in UTF-16 code units (an emoji is two)."""
    shown = html.unescape(TAG.sub("", html_text))
    return len(shown.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Make text safe for Telegram's HTML mode (quotes need no escaping there)."""
    return html.escape(text, quote=False)


def bold(text: str) -> str:
    """HTML for a translated string in bold (escaped: content may contain "&" or "<")."""
    return f"<b>{escape(text)}</b>"


def italic(text: str) -> str:
    return f"<i>{escape(text)}</i>"


def series(t: Translator, items: list[str]) -> str:
    """Items that may hold commas or "and" themselves (reasons, lesson titles), one after the
    other with the language's semicolon."""
    # Translators: the separator between items that may contain commas, as in "A; B; C".
    return t.gettext("; ").join(items)


def labelled(t: Translator, label: str, text: str) -> str:
    """'Label: text' with the language's own punctuation ("Phase 2 : …" in French)."""
    return t.gettext("{label}: {text}").format(label=label, text=text)
