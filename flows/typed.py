"""What text typed on a question means: an answer in the person's words, a report of abuse
that belongs elsewhere, or an evidence note."""

from __future__ import annotations

import re
import unicodedata

from flows.translator import Translator
from framework.model import PHASES, Framework

PUNCTUATION = re.compile(r"^[\s\W_]+|[\s\W_]+$")

# Phrases that suggest a person is describing the abuse of a particular child rather than an
# institution: a short list per language is enough to offer them where to report instead
# (they can still keep the text as a note). Checked in every language, whatever the screen's.
REPORT_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("my daughter", "my son", "my child", "my niece", "my nephew", "my student",
           "my pupil", "touched me", "touched her", "touched him", "raped", "molested",
           "was abused", "being abused", "abused me", "happened to me", "i want to report",
           "help me", "nude photos of", "naked pictures of"),
    "fr": ("ma fille", "mon fils", "mon enfant", "ma nièce", "mon neveu", "mon élève",
           "violée", "violé", "agressée", "abusée", "m'a touché", "l'a touchée",
           "je veux signaler", "aidez-moi", "photos nues"),
    "es": ("mi hija", "mi hijo", "mi niño", "mi niña", "mi sobrina", "mi alumno", "violada",
           "violado", "abusada", "abusó", "me tocó", "la tocó", "quiero denunciar",
           "ayúdenme", "fotos desnud"),
    "pt": ("minha filha", "meu filho", "minha criança", "minha sobrinha", "meu aluno",
           "estuprada", "estuprado", "abusada", "abusou", "me tocou", "quero denunciar",
           "me ajude", "fotos nuas"),
    "ru": ("моя дочь", "мою дочь", "мой сын", "моего сына", "мой ребенок", "мой ребёнок",
           "изнасилов", "домогал", "растлил", "трогал меня", "трогал её", "хочу сообщить",
           "помогите"),
    "ar": ("ابنتي", "ابني", "طفلي", "اغتصب", "تحرش بي", "اعتدى على", "لمسني", "أريد الإبلاغ",
           "ساعدوني"),
    "zh": ("我女儿", "我儿子", "我的孩子", "强奸", "猥亵", "性侵了", "摸了我", "我想举报", "救救"),
}


def fold(text: str) -> str:
    """Compared without case, accents, width or surrounding punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return PUNCTUATION.sub("", " ".join(text.split()))


def answer_in(t: Translator, fw: Framework, text: str) -> str | None:
    """The answer typed text stands for: "1" to "4", "dk", "skip" or "back"; None for a note.

    Recognised in English and in the person's language: a digit, "phase 3", the phase's own
    label, and the labels of the buttons.
    """
    typed = fold(text)
    if not typed or len(typed) > 40:
        return None
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


def reads_like_disclosure(text: str) -> bool:
    """Whether typed text reads like a report of abuse rather than a note about institutions:
    met with where to report, wherever it is typed."""
    return reads_like_report(text)


def reads_like_report(text: str) -> bool:
    folded = fold(text)
    return any(
        fold(phrase) in folded for phrases in REPORT_PHRASES.values() for phrase in phrases
    )
