"""One vocabulary in every language: a round (a country's assessment) and a group session have
words of their own, and so do a rating (one person's phase for one capability) and an
assessment (the whole of it). Where the English string names only one of a pair, its
translation never uses the other's word (the words are each catalog's own, as its translators
chose them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR


@dataclass(frozen=True)
class Words:
    """Lowercase forms that find every use of each word in a catalog's translations."""

    round: tuple[str, ...]
    session: tuple[str, ...]
    rating: tuple[str, ...]
    assessment: tuple[str, ...]


WORDS: dict[str, Words] = {
    "ar": Words(round=("جولة", "جولت", "جولات"), session=("جلسة", "جلست", "جلسات"),
                 rating=("تقدير", "قدّر"), assessment=("تقييم", "قيّم", "قيَّم")),
    "es": Words(round=("ronda",), session=("sesión", "sesiones"),
                 rating=("calific",), assessment=("evaluaci",)),
    "fr": Words(round=("cycle",), session=("session",),
                 rating=("cotation", "coté", "coter", "cotez"), assessment=("évaluation",)),
    "pt": Words(round=("ciclo",), session=("sessão", "sessões"),
                 rating=("classific",), assessment=("avaliaç",)),
    "pt_BR": Words(round=("rodada",), session=("sessão", "sessões"),
                 rating=("classific",), assessment=("avaliaç",)),
    "ru": Words(round=("раунд",), session=("сесси",),
                 rating=("отметк", "отметок"), assessment=("оценк", "оценок")),
    "zh_Hans": Words(round=("轮",), session=("研讨",),
                 rating=("评级",), assessment=("评估",)),
}

ENGLISH = {
    "round": re.compile(r"\brounds?\b", re.IGNORECASE),
    "session": re.compile(r"\bsessions?\b|/session", re.IGNORECASE),
    "rating": re.compile(r"\bratings?\b|\brated\b", re.IGNORECASE),
    "assessment": re.compile(r"assessments?\b", re.IGNORECASE),
}
PAIRS = (("round", "session"), ("rating", "assessment"))


def crossings(path: Path, words: Words) -> list[str]:
    """Each translation that uses the word of the other half of a pair where the English names
    only one half."""
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=path.parent.parent.name)
    found = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, list | tuple) else (message.id,)
        strings = message.string if isinstance(message.string, list | tuple) else (
            message.string,)
        english = " ".join(str(i) for i in ids)
        translated = " ".join(str(s) for s in strings if s).lower()
        for one, other in (*PAIRS, *((b, a) for a, b in PAIRS)):
            if ENGLISH[one].search(english) and not ENGLISH[other].search(english):
                wrong = [w for w in getattr(words, other) if w in translated]
                if wrong:
                    found.append(f"{english!r} has only {one}, but: {translated!r} ({wrong})")
    return found


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_round_and_a_session_a_rating_and_an_assessment_never_meet(language: str) -> None:
    path = LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"
    assert crossings(path, WORDS[language]) == []


def test_every_translated_catalog_has_its_words() -> None:
    translated = {p.name for p in LOCALES_DIR.iterdir()
                  if (p / "LC_MESSAGES").is_dir() and p.name != "en"}
    assert set(WORDS) == translated
