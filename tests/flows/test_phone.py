"""A question fits one phone screen, as Telegram shows it, in every language."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.i18n import available_locales, translator
from flows.assessment import screen_data, screens
from flows.engine.store import NOTE_MAX, Answer, Round, Source
from flows.kit.items import MODES, session_items
from flows.kit.texts import MESSAGE_LIMIT, shown_length
from flows.pulse import flow as pulse
from flows.rounds.context import TITLE_MAX
from flows.sessions import screens as session_screens, summary as session_summary
from framework import load_framework
from framework.aggregate import Tally, round_results
from framework.scoring import DONT_KNOW, counted_stats

FW = load_framework()
LIMITS = {"en": 700}
OTHERS = 950


def limit(language: str) -> int:
    return LIMITS.get(language, OTHERS)


def worst_answer(item: str) -> Answer:
    """An answer with the longest note there can be (the screen shows its start)."""
    return Answer(1, "tg:1", item, 2, "n" * NOTE_MAX, Source.PRIVATE, datetime.now(UTC))


@pytest.mark.parametrize("language", available_locales())
def test_every_question_screen_fits(language: str) -> None:
    t = translator(language)
    # a later note's confirmation points away from reporting (the first one says where
    # reports go in a line of its own, sent before the question)
    notice = t.gettext(
        "Evidence note for {capability} replaced. No names or case details, please."
    ).format(capability="21. " + "m" * 20) + " " + t.gettext("Not a reporting channel: see /help.")
    lengths = []
    for index, cap in enumerate(FW.capabilities):
        for answer, note in ((None, None), (worst_answer(cap.item), notice)):
            data = screen_data.QuestionData(FW, index, answer, note)
            (screen,) = screens.question(t, data)
            lengths.append(shown_length(screen.text))
    assert max(lengths) <= limit(language), (language, max(lengths))


@pytest.mark.parametrize("language", available_locales())
def test_every_pulse_question_fits(language: str) -> None:
    t = translator(language)
    for index, domain in enumerate(FW.domains):
        data = pulse.QuestionData(FW, index, worst_answer(domain.item))
        (screen,) = pulse.render_question(t, data)
        assert shown_length(screen.text) <= limit(language), (language, domain.id)


@pytest.mark.parametrize("language", available_locales())
def test_every_session_card_fits(language: str) -> None:
    """A group's card, open or revealed with a long title and many votes, in both modes; and
    at its longest: a second vote with both spreads, the answers given before the meeting, an
    agreed position and End asking to confirm."""
    t = translator(language)
    long_title = Round(1, "ABCDEFGH", "CD", "tg:1", datetime.now(UTC), "T" * TITLE_MAX, None, None)
    before = counted_stats("cap:1", (10, 20, 30, 25), 15)
    lengths = []
    for mode in MODES:
        items = session_items(FW, mode)
        for index in range(len(items)):
            for state in ("open", "revealed"):
                data = session_screens.CardData(FW, long_title, state, index, items,
                                                (120, 80, 40, 30, 30), "https://t.me/b?start=gd1")
                longest = replace(data, voting=2, first=(100, 90, 50, 20, 40), agreed=DONT_KNOW,
                                  before=before, ending=True, agree="https://t.me/b?start=ga1")
                for drawn in (data, longest, replace(longest, ending=False)):
                    (screen,) = session_screens.card(t, drawn)
                    lengths.append(shown_length(screen.text))
    assert max(lengths) <= limit(language), (language, max(lengths))


@pytest.mark.parametrize("language", available_locales())
def test_a_full_session_summary_is_one_message(language: str) -> None:
    """Every capability with a figure, split votes everywhere and three next steps."""
    tallies = [Tally(cap.item, "", value, count) for cap in FW.capabilities
               for value, count in ((1, 5), (2, 1), (4, 5), (DONT_KNOW, 2))]
    results = round_results(FW, tallies, [])
    long_title = Round(1, "ABCDEFGH", "CD", "tg:1", datetime.now(UTC), "T" * TITLE_MAX)
    screen = session_summary.summary(translator(language), FW, long_title,
                                     session_items(FW, "full"), results)
    assert "•" in screen.text and shown_length(screen.text) <= MESSAGE_LIMIT


@pytest.mark.parametrize("language", available_locales())
def test_every_vote_toast_fits_in_a_toast(language: str) -> None:
    """Telegram drops a press's answer over 200 characters: a first vote's toast, which says
    what facilitators see, must reach the voter whole, whatever the answer."""
    t = translator(language)
    for value in (1, 2, 3, 4, DONT_KNOW):
        for first in (True, False):
            toast = session_screens.voted(t, FW, value, first)
            assert len(toast) <= session_screens.TOAST_MAX, (language, value, len(toast))
