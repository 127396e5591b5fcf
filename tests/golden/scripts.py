"""The conversations pinned by golden transcripts, and the languages they are pinned in."""

from __future__ import annotations

from tests.golden.transcript import Step

LANGUAGES = ("en", "ar", "ru", "zh_Hans")

ASSESSMENT: list[Step] = [
    ("command", "start"),
    ("tap", "sh.agree", "start.{lang}"),
    ("text", "Atlantis"),
    ("text", "MD"),
    ("tap", "as.country", "MD"),
    ("tap", "as.sector", "government"),
    ("tap", "as.rate", "2"),
    ("text", "Decree 12/2021 on the national council"),
    ("tap", "as.dk"),
    ("tap", "as.skip"),
    ("tap", "as.back"),
    ("tap", "as.rate", "1"),
    ("command", "help"),
    ("tap", "sh.resume"),
    ("tap", "as.review"),
    ("tap", "as.change", "1"),
    ("tap", "as.rate", "3"),
    ("tap", "as.finish"),
    ("tap", "as.csv"),
    ("command", "start"),
    ("command", "cancel"),
]

PULSE: list[Step] = [
    ("command", "pulse"),
    ("tap", "sh.agree", "pulse.{lang}"),
    ("text", "MD"),
    ("tap", "pu.country", "MD"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "1"),
    ("tap", "pu.back"),
    ("tap", "pu.rate", "3"),
    ("tap", "pu.dk"),
    ("tap", "pu.rate", "2"),
    ("tap", "pu.rate", "4"),
    ("tap", "pu.rate", "1"),
    ("tap", "pu.ask_sector"),
    ("tap", "pu.sector", "civil_society"),
    ("tap", "pu.assess"),
]

SCRIPTS: dict[str, list[Step]] = {"assessment": ASSESSMENT, "pulse": PULSE}


def for_language(script: list[Step], language: str) -> list[Step]:
    return [tuple(part.replace("{lang}", language) for part in step) for step in script]
