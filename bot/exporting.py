"""`python -m bot export <round code>`: a round's answers and results as files, for the
operator (the same files a facilitator gets from /results)."""

from __future__ import annotations

from pathlib import Path

from bot.i18n import translator
from flows.documents.exports import FORMATS as FORMATS, export_file, load_export_of
from flows.routing import additions
from framework import load_framework
from storage.store import SqlStore


class UnknownRound(Exception):
    """No round has that code."""


async def export_round(store: SqlStore, code: str, formats: tuple[str, ...], folder: Path,
                       locale: str) -> list[Path]:
    fw = load_framework()
    t = translator(locale)
    data = await load_export_of(store, fw, code, additions())  # the action plan's, too
    if data is None:
        raise UnknownRound(code)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in formats:
        content, name = export_file(t, data, kind)
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written
