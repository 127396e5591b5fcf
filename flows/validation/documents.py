"""The validation where a round is drawn (flows.kit.places): its button on the results screen
and under the draft results a participant sees during the review, and its state, version,
history, the flags' counts and the snapshot's hash in the JSON export and the workbook."""

from __future__ import annotations

from collections import Counter
from typing import Any

from flows.engine.effects import Button, button
from flows.engine.extend import Addition, Drawer
from flows.engine.store import Transaction
from flows.engine.store.validation import State, Validation
from flows.engine.translator import Translator
from flows.kit.places import (
    IN_JSON,
    IN_WORKBOOK,
    ON_RESULTS,
    ON_SHARED_RESULTS,
    Json,
    JsonKey,
    RoundShown,
    Sheet,
)
from flows.validation.actions import Act


def nothing(t: Translator) -> None:
    return None


def results_button(t: Translator, shown: RoundShown) -> Button | None:
    return button(t, Act.open, str(shown.round.id)) if shown.facilitates else None


async def load_flag_button(tx: Transaction, shown: RoundShown) -> Drawer[Button]:
    """"I see it differently" under the draft results, while the round is under review."""
    if (await tx.validations.of_round(shown.round.id)).state is not State.REVIEW:
        return nothing
    return lambda t: button(t, Act.flags, str(shown.round.id))


async def read(tx: Transaction, shown: RoundShown) -> tuple[Validation, Counter[str]]:
    validation = await tx.validations.of_round(shown.round.id)
    counts: Counter[str] = Counter()
    if validation.current is not None:
        counts.update(f.item for f in await tx.validations.flags(
            shown.round.id, validation.current.version))
    return validation, counts


def history(validation: Validation) -> list[Json]:
    return [{
        "version": v.version, "state": v.state.value,
        "review_opened_on": v.review_opened_at.date().isoformat() if v.review_opened_at
        else None,
        "review_ends": v.review_ends.isoformat() if v.review_ends else None,
        "institution": v.institution,
        "validated_on": v.validated_on.isoformat() if v.validated_on else None,
        "snapshot_sha256": v.snapshot_hash, "people_counted": v.counted,
        "sharing": v.sharing.value if v.sharing else None, "shared_with": v.shared_with,
        "superseded_on": v.superseded_at.date().isoformat() if v.superseded_at else None,
    } for v in validation.versions]


async def load_json(tx: Transaction, shown: RoundShown) -> Drawer[JsonKey]:
    validation, counts = await read(tx, shown)
    value: Json = {
        "state": validation.state.value, "version": validation.number,
        "history": history(validation), "flags": dict(sorted(counts.items())),
        "flags_rule": "counts only; never who flagged",
    }
    return lambda t: JsonKey("validation", value)


async def load_sheet(tx: Transaction, shown: RoundShown) -> Drawer[Sheet]:
    validation, counts = await read(tx, shown)
    if not validation.versions:  # a draft never reviewed: nothing to say
        return nothing

    def draw(t: Translator) -> Sheet:
        header = (t.gettext("version"), t.gettext("state"), t.gettext("review opened"),
                  t.gettext("validating institution"), t.gettext("validated on"),
                  t.gettext("people counted"), t.gettext("snapshot hash (SHA-256)"),
                  t.gettext("may be shared with"), t.gettext("superseded on"))
        rows: list[tuple[str, ...]] = [(
            str(v.version), v.state.value,
            v.review_opened_at.date().isoformat() if v.review_opened_at else "",
            v.institution or "", v.validated_on.isoformat() if v.validated_on else "",
            "" if v.counted is None else str(v.counted), v.snapshot_hash or "",
            (v.shared_with or "") if v.sharing is None or v.sharing.value == "shared"
            else t.gettext("Confidential"),
            v.superseded_at.date().isoformat() if v.superseded_at else "",
        ) for v in validation.versions]
        rows += [(t.gettext("flags"), item, "", "", "", str(n), "", "", "")
                 for item, n in sorted(counts.items())]
        # Translators: the name of the workbook's sheet with the validation's history (31
        # characters at most).
        return Sheet(t.gettext("Validation"), header, tuple(rows))
    return draw


ADDS: tuple[Addition[Any, Any], ...] = (
    Addition(ON_RESULTS, results_button),
    Addition(ON_SHARED_RESULTS, load=load_flag_button),
    Addition(IN_JSON, load=load_json),
    Addition(IN_WORKBOOK, load=load_sheet),
)
