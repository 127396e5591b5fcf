"""What text typed on a question means: an answer in the person's words, or an evidence note
(whether it reads like a report of abuse that belongs elsewhere: `flows.kit.disclosure`)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from flows.engine.effects import Screen
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.texts import escape
from framework.model import PHASES, Framework

PUNCTUATION = re.compile(r"^[\s\W_]+|[\s\W_]+$")

def fold(text: str) -> str:
    """Compared without case, accents, width or surrounding punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return PUNCTUATION.sub("", " ".join(text.split()))


# Words that name a phase, and numbers written as words, as people type them (folded: no case,
# no accents, no hamza); the person's own translation of "Phase {phase}" is added to these.
# ("un", "une" and "um" are left out: alone, they are as likely a hesitation as a one.)
PHASE_WORDS = frozenset({
    "phase", "fase", "etape", "stage", "level", "этап", "фаза", "стадия", "уровень",
    "المرحلة", "مرحلة", "阶段", "第",
})
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "deux": 2, "trois": 3, "quatre": 4, "uno": 1, "dos": 2, "tres": 3,
    "cuatro": 4, "dois": 2, "quatro": 4,
    "один": 1, "два": 2, "три": 3, "четыре": 4,
    "الاولى": 1, "الاول": 1, "الثانية": 2, "الثاني": 2, "الثالثة": 3, "الثالث": 3,
    "الرابعة": 4, "الرابع": 4, "واحد": 1, "اثنان": 2, "ثلاثة": 3, "اربعة": 4,
}
RUSSIAN_ORDINALS = (("перв", 1), ("втор", 2), ("трет", 3), ("четв", 4))
CHINESE = re.compile(r"^(?:第?([1-4一二两三四])(?:阶段|期)?|阶段([1-4一二两三四]))$")
CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4}


def ascii_digits(text: str) -> str:
    """Every decimal digit as 0-9: Arabic-Indic, Persian, full-width and the rest."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def phase_typed(t: Translator, typed: str) -> int | None:
    """A phase named in words or digits in any script ("phase two", "третий этап", "第三阶段",
    "المرحلة ٣"); None when the text says anything more (a note, "third law")."""
    typed = ascii_digits(typed)
    chinese = CHINESE.match(typed.replace(" ", ""))
    if chinese:
        found = chinese.group(1) or chinese.group(2)
        return int(found) if found.isdigit() else CHINESE_DIGITS[found]
    own = set(fold(t.gettext("Phase {phase}").replace("{phase}", " ")).split())
    numbers: list[int] = []
    for word in typed.split():
        if word in PHASE_WORDS or word in own:
            continue
        if word.isdigit():
            numbers.append(int(word))
        elif word in NUMBER_WORDS:
            numbers.append(NUMBER_WORDS[word])
        elif (found := next((n for stem, n in RUSSIAN_ORDINALS if word.startswith(stem)
                             and len(word) <= len(stem) + 4), None)) is not None:
            numbers.append(found)
        else:
            return None  # a word that is neither a phase nor a number: a note
    return numbers[0] if len(numbers) == 1 and numbers[0] in PHASES else None


def answer_in(t: Translator, fw: Framework, text: str) -> str | None:
    """The answer typed text stands for: "1" to "4", "dk", "skip" or "back"; None for a note.

    Recognised in English and in the person's language: a digit in any script, "phase 3" or
    "phase three" (and the same in the languages people type), the phase's own label, and the
    labels of the buttons.
    """
    typed = fold(text)
    if not typed or len(typed) > 40:
        return None
    named = phase_typed(t, typed)
    if named is not None:
        return str(named)
    for phase in PHASES:
        words = {
            str(phase), f"phase {phase}", f"phase{phase}",
            fold(t.gettext("Phase {phase}").format(phase=phase)),
            fold(t.content(fw.phase_label(phase))),
        }
        if typed in words:
            return str(phase)
    meanings = {
        "dk": {"dk", "don't know", "dont know", "do not know", "idk",
               fold(t.gettext("Don't know"))},
        "skip": {"skip", fold(t.gettext("Skip"))},
        "back": {"back", fold(t.gettext("Back"))},
    }
    for meaning, words in meanings.items():
        if typed in words:
            return meaning
    return None


def too_long(turn: Turn[Any], limit: int, count: int) -> None:
    """Words typed past a field's limit: nothing is saved, and the person is told why."""
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "This can be up to {limit} characters; yours has {count}. Please send a shorter one."
    ).format(limit=limit, count=count))))
