"""Answers typed in words and digits, in the languages people write them in (issue 18)."""

from __future__ import annotations

import pytest

from bot.i18n import translator
from flows.kit.typed import answer_in
from framework import load_framework

FW = load_framework()


@pytest.mark.parametrize(("language", "typed", "meaning"), [
    ("ar", "٣", "3"),  # Arabic-Indic digits
    ("ar", "المرحلة ٢", "2"),
    ("ar", "المرحلة الثالثة", "3"),
    ("ar", "۴", "4"),  # Persian (Eastern Arabic-Indic) digits
    ("zh_Hans", "第三阶段", "3"),
    ("zh_Hans", "第3阶段", "3"),
    ("zh_Hans", "阶段二", "2"),
    ("zh_Hans", "四", "4"),
    ("zh_Hans", "３", "3"),  # a full-width digit
    ("ru", "этап 3", "3"),
    ("ru", "третий этап", "3"),
    ("ru", "фаза 1", "1"),
    ("ru", "не знаю", "dk"),
    ("en", "phase 2", "2"),
    ("en", "Phase two", "2"),
    ("fr", "phase 4", "4"),
])
def test_a_phase_typed_in_words_or_digits(language: str, typed: str, meaning: str) -> None:
    assert answer_in(translator(language), FW, typed) == meaning


@pytest.mark.parametrize("typed", ["12", "phase 5", "Law 3/2019", "третий закон", "三年"])
def test_other_text_is_a_note(typed: str) -> None:
    for language in ("en", "ru", "zh_Hans", "ar"):
        assert answer_in(translator(language), FW, typed) is None, (language, typed)
