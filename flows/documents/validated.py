"""A validated version's files: drawn once per kind and language from its snapshot, kept, and
the same bytes every later time (a process that draws one while another does keeps the one
kept first). Each page and file says the state and version."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from flows.engine.store import Transaction
from flows.engine.store.validation import State, Validation, Version
from flows.engine.translator import Translator


def state_line(t: Translator, validation: Validation) -> str:
    """ "Validated · version 2" """
    words = {State.DRAFT: t.gettext("Draft"), State.REVIEW: t.gettext("Under review"),
             State.VALIDATED: t.gettext("Validated")}[validation.state]
    return t.gettext("{state} · version {number}").format(state=words,
                                                          number=validation.number)


def round_stamp(t: Translator, validation: Validation) -> str:
    """What every page of a round's report says of its state and version."""
    current = validation.current
    if current is not None and current.state is State.VALIDATED:
        return stamp(t, validation, current)
    return t.gettext("{state} · not validated").format(state=state_line(t, validation))


def stamp(t: Translator, validation: Validation, version: Version) -> str:
    """ "Validated · version 2 · National Council for Child Rights, 7 December 2026 ·
    supersedes version 1" """
    assert version.validated_on is not None
    text = t.gettext("Validated · version {number} · {institution}, {date}").format(
        number=version.version, institution=version.institution,
        date=t.date(version.validated_on))
    earlier = [v for v in validation.versions if v.version < version.version
               and v.validated_on is not None]
    if earlier:
        text += " · " + t.gettext("supersedes version {number}").format(
            number=earlier[-1].version)
    return text


async def kept(tx: Transaction, version: Version, kind: str, language: str,
               render: Callable[[], bytes]) -> bytes:
    found = await tx.validations.file(version.round_id, version.version, kind, language)
    if found is not None:
        return found
    content = await asyncio.to_thread(render)  # a report takes a second or two
    return await tx.validations.keep_file(version.round_id, version.version, kind, language,
                                          content)
