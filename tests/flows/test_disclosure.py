"""Telling a disclosure of abuse from an evidence note, measured on tests/data/disclosures.yaml:
per language, most disclosures are caught; hardly any ordinary note is interrupted.

bench/disclosures.py prints the same figures, with every miss and every false alarm.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from flows.kit.disclosure import load, patterns as disclosure_data, plain, reads_like_disclosure
from framework.loader import SAFE_LOADER

TABLE = Path(__file__).resolve().parent.parent / "data" / "disclosures.yaml"
LOCALES = Path(__file__).resolve().parent.parent.parent / "locales"
MIN_CAUGHT = 0.9  # of each language's disclosures
MAX_INTERRUPTED = 0.1  # of all ordinary notes
MAX_INTERRUPTED_PER_LANGUAGE = 1


@dataclass(frozen=True)
class Texts:
    disclosures: tuple[str, ...]
    notes: tuple[str, ...]


def load_table(path: Path = TABLE) -> dict[str, Texts]:
    """Each language's disclosures and notes, in the detector's order of languages."""
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: not a mapping of languages")
    table = {}
    for code, entry in raw.items():
        if not isinstance(entry, dict) or set(entry) != {"disclosures", "notes"}:
            raise ValueError(f"{path}: {code} needs exactly 'disclosures' and 'notes'")
        lists = [entry["disclosures"], entry["notes"]]
        if not all(isinstance(texts, list) and all(isinstance(t, str) for t in texts)
                   for texts in lists):
            raise ValueError(f"{path}: {code}: lists of texts expected")
        table[str(code)] = Texts(tuple(lists[0]), tuple(lists[1]))
    order = {code: i for i, code in enumerate(disclosure_data.LANGUAGES)}
    return dict(sorted(table.items(), key=lambda item: order.get(item[0], len(order))))


TEXTS = load_table()


def test_the_table_covers_every_language() -> None:
    assert list(TEXTS) == list(disclosure_data.LANGUAGES)
    for code, texts in TEXTS.items():
        assert len(texts.disclosures) >= 8, code
        assert len(texts.notes) >= 3, code
    assert sum(len(texts.notes) for texts in TEXTS.values()) >= 50


@pytest.mark.parametrize("code", list(TEXTS))
def test_disclosures_are_caught(code: str) -> None:
    texts = TEXTS[code].disclosures
    missed = [text for text in texts if not reads_like_disclosure(text)]
    assert len(texts) - len(missed) >= MIN_CAUGHT * len(texts), missed


def test_notes_are_not_interrupted() -> None:
    interrupted = {code: [text for text in texts.notes if reads_like_disclosure(text)]
                   for code, texts in TEXTS.items()}
    total = sum(len(texts.notes) for texts in TEXTS.values())
    assert sum(map(len, interrupted.values())) <= MAX_INTERRUPTED * total, interrupted
    for code, texts in interrupted.items():
        assert len(texts) <= MAX_INTERRUPTED_PER_LANGUAGE, (code, texts)


@pytest.mark.parametrize("text", [
    "he touched me",
    "I was sexually abused when I was 12",
    "my daughter was abused by a teacher",
    "please help, my son was raped",
    "Il m'a touchée",
    "ayúdenme, violaron a mi hijo",
    "моего сына изнасиловали",
    "我女儿被老师猥亵了",
    "कृपया मदद कीजिए, मेरे बेटे के साथ बलात्कार हुआ",
    "मैं क्या करूँ, मेरी बेटी को कोई छूता है",  # ends in a vowel sign, which fold would strip
    # physical harm and neglect of a particular child
    "my neighbours kids always have bruises and are scared to go home",
    "a boy in my class gets beaten at home",
    "la voisine enferme sa fille dans la cave",
    "el vecino le pega a su hija con el cinturon",
    "уже неделю соседские дети одни дома без еды",
    "她爸爸天天打她，身上都是淤青",
    "komşu oğlunu her gün dövüyor",
    "jirani anampiga mtoto wake kila siku",
    "padosi apni beti ko roz maarta hai",
    # sextortion, grooming, and abuse told without naming it
    "im 14 and he says he'll post my pics if i dont send more",
    "tengo 13 y un chico dice que va a subir mis fotos si no le pago",
    "عمري ١٤ وواحد بيهددني ينشر صوري",
    "ein mann schenkt meinem sohn v-bucks und will dass er die kamera anmacht",
    "mere mama mujhe god mein bithate the aur kapdon ke andar haath daalte the",
])
def test_a_disclosure_is_caught(text: str) -> None:
    assert reads_like_disclosure(text)


@pytest.mark.parametrize("text", [
    # the offence's legal name, in a law's title or an article
    "Law 45/2019 on the prevention of child sexual abuse and sexual exploitation",
    "Sexual Offences Act 2003: rape and sexual assault of a child under 13",
    "Decreto 12/2021 sobre abuso sexual infantil",
    "《刑法》第236条规定了强奸罪",
    "Статья 131 УК РФ (изнасилование)",
    # a relation, but no act
    "my daughter's school has a child protection officer",
    # idioms that read like first-person accounts
    "I touched upon grooming and sextortion in the report",
    "The director told me to send photos of the training",
    "Ce rapport m'a touché par la qualité de ses données",
    "Me tocó coordinar la mesa sobre violencia sexual contra niñas",
    "Das berührt mich, wie engagiert die Fachstellen gegen Missbrauch arbeiten",
    "领导让我看一下关于猥亵儿童案件的报告",
    "मुझे गलत जानकारी दी गई थी कि पॉक्सो के मामले कम हुए हैं",
    # how policy is written
    "Our children are being abused online every day, says the national campaign",
    # violence and neglect named institutionally, in statistics, judgments and general rules
    "The Criminal Code punishes violence against children (art. 123)",
    "The helpline received 2,300 calls about neglect in 2023",
    "Police training on bruising patterns in child abuse cases",
    "un programme de prévention du harcèlement et de la violence à l'école",
    "El 40% de los padres le pega a su hijo, según la encuesta",
    "A father who hits his child can be prosecuted under the new law",
    "Суд приговорил отца к трём годам за избиение сына",
    # idioms and a writer's own photos
    "It hits me that my students need more support",
    "Ce qui m'a frappé, c'est le manque de données",
    "Учитель бьёт тревогу: мои ученики не спят",
    "I will upload my photos of the workshop tomorrow if I get a signal",
    "My daughter's class learned about good touch and bad touch this term",
    "",
])
def test_a_note_is_not_interrupted(text: str) -> None:
    assert not reads_like_disclosure(text)


def test_no_sentence_of_the_catalogs_is_interrupted() -> None:
    """The assistant's own words, in every language it speaks, read as notes: they name abuse,
    violence and neglect by their legal names, as evidence notes do."""
    interrupted = []
    for path in sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")):
        with path.open("rb") as po:
            catalog = read_po(po)
        for message in catalog:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                lines = [line for line in str(text or "").splitlines() if line.strip()]
                interrupted += [(path.parent.parent.name, line) for line in lines
                                if reads_like_disclosure(line)]
    assert not interrupted


def test_text_is_folded_keeping_the_end_of_a_hindi_text() -> None:
    assert plain("  Mi HIJA fue ABUSADA ") == "mi hija fue abusada"
    assert plain("KIZIM") == plain("kızım") == "kizim"
    # fold alone ends "क्या करूँ" at "कर": vowel signs are not word characters to Python
    assert plain("क्या करूँ").endswith(" करूं")


def test_patterns_are_checked_when_loaded() -> None:
    patterns = {code: dict(groups) for code, groups in disclosure_data.PATTERNS.items()}
    assert len(load(patterns)) == len(disclosure_data.LANGUAGES)

    with pytest.raises(ValueError, match="no language 'sw'"):
        load({code: groups for code, groups in patterns.items() if code != "sw"})
    with pytest.raises(ValueError, match=r"de\.plea: empty"):
        load({**patterns, "de": {**patterns["de"], "plea": ()}})
    with pytest.raises(ValueError, match=r"en\.act: "):
        load({**patterns, "en": {**patterns["en"], "act": ("(unclosed",)}})
    with pytest.raises(ValueError, match="unknown languages"):
        load({**patterns, "xx": patterns["en"]})
