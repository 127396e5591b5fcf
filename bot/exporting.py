"""`python -m bot export <round code>`: a round's answers and results as files, for the
operator (the same files a facilitator gets from /results)."""

from __future__ import annotations

from pathlib import Path

from bot.i18n import translator
from flows.exports import csv_bytes, export_rows, results_json, xlsx_bytes
from framework import load_framework
from framework.aggregate import round_results
from storage.store import SqlStore

FORMATS = ("csv", "xlsx", "json")


class UnknownRound(Exception):
    """No round has that code."""


async def export_round(store: SqlStore, code: str, formats: tuple[str, ...], folder: Path,
                       locale: str) -> list[Path]:
    fw = load_framework()
    t = translator(locale)
    async with store.transaction() as tx:
        found = await tx.rounds.by_code(code)
        if found is None:
            raise UnknownRound(code)
        participants = await tx.rounds.participants(found.id)
        answers = await tx.answers.of_round(found.id)
        results = round_results(fw, *await tx.answers.tally(found.id))
    rows = export_rows(t, fw, participants, answers)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in formats:
        content = {
            "csv": lambda: csv_bytes(t, rows),
            "xlsx": lambda: xlsx_bytes(t, rows),
            "json": lambda: results_json(fw, found, results),
        }[kind]()
        path = folder / f"mnr-{found.code}-{'results' if kind == 'json' else 'answers'}.{kind}"
        path.write_bytes(content)
        written.append(path)
    return written
