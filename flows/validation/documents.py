"""The validation where a round is drawn (flows.kit.places): its button on the results screen
and under the draft results a participant sees during the review, and its state, version,
history, the flags' counts and the snapshot's hash in the JSON export and the workbook."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from flows.documents.validated import state_line
from flows.engine.effects import Button, button
from flows.engine.extend import Addition, Drawer, nothing
from flows.engine.store import Transaction
from flows.engine.store.validation import State, Validation
from flows.engine.translator import Translator
from flows.kit.places import (
    IN_JSON,
    IN_SIGN_OFF,
    IN_WORKBOOK,
    ON_DISAGREEMENT,
    ON_RESULTS,
    ON_SHARED_RESULTS,
    CapabilityNotes,
    Json,
    JsonKey,
    ReportShown,
    RoundShown,
    Section,
    Sheet,
)
from flows.validation.actions import Act


def results_button(t: Translator, shown: RoundShown) -> Button | None:
    return button(t, Act.open, str(shown.round.id)) if shown.facilitates else None


async def load_flag_button(tx: Transaction, shown: RoundShown) -> Drawer[Button]:
    """"I see it differently" under the draft results, while the round is under review."""
    if (await tx.validations.of_round(shown.round.id)).state is not State.REVIEW:
        return nothing
    return lambda t: button(t, Act.flags, str(shown.round.id))


async def read(tx: Transaction, shown: RoundShown) -> tuple[Validation, Counter[str]]:
    """The round's versions and the current one's flags' counts (a validated version's from
    its snapshot: a /forget since does not change them)."""
    validation = await tx.validations.of_round(shown.round.id)
    counts: Counter[str] = Counter()
    current = validation.current
    if current is not None and current.snapshot is not None:
        counts.update(json.loads(current.snapshot)["flags"])
    elif current is not None:
        counts.update(f.item for f in await tx.validations.flags(
            shown.round.id, current.version))
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


async def load_report(tx: Transaction, shown: ReportShown) -> Drawer[Section]:
    validation, _ = await read(tx, shown)
    return lambda t: sign_off(t, validation)


def sign_off(t: Translator, validation: Validation) -> Section:
    """The state and version, and who validated it when; or how far a draft has come."""
    said = [state_line(t, validation)]
    current = validation.current
    if current is not None and current.review_opened_at is not None:
        said.append(t.gettext("Review opened on {date}.").format(
            date=t.date(current.review_opened_at)))
    if current is not None and current.validated_on is not None:
        said.append(t.gettext("Validated by {institution} on {date}.").format(
            institution=current.institution, date=t.date(current.validated_on)))
        said.append(t.ngettext(
            "The snapshot counts the answers of {n} person.",
            "The snapshot counts the answers of {n} people.", current.counted or 0)
            .format(n=current.counted or 0))
        said.append(t.gettext("Snapshot hash (SHA-256): {hash}").format(
            hash=current.snapshot_hash))
    else:
        said.append(t.gettext("Not validated: these are draft results."))
    earlier = validation.superseded
    if earlier is not None and earlier.validated_on is not None:
        said.append(t.gettext("Supersedes version {number}, validated by {institution} on "
                              "{date}.").format(number=earlier.version,
                                                institution=earlier.institution,
                                                date=t.date(earlier.validated_on)))
    return Section(t.gettext("Review and validation"), tuple(said))


async def load_disputed(tx: Transaction, shown: ReportShown) -> Drawer[CapabilityNotes]:
    """The flags' counts, for "where stakeholders disagreed" (never who flagged)."""
    _, counts = await read(tx, shown)
    if not counts:
        return nothing
    fw = shown.fw

    def draw(t: Translator) -> CapabilityNotes:
        return CapabilityNotes({c.id: t.ngettext(
            "flagged by {n} participant in the review",
            "flagged by {n} participants in the review", counts[c.item]).format(
            n=counts[c.item]) for c in fw.capabilities if counts.get(c.item)})
    return draw


ADDS: tuple[Addition[Any, Any], ...] = (
    Addition(IN_SIGN_OFF, load=load_report),
    Addition(ON_DISAGREEMENT, load=load_disputed),
    Addition(ON_RESULTS, results_button),
    Addition(ON_SHARED_RESULTS, load=load_flag_button),
    Addition(IN_JSON, load=load_json),
    Addition(IN_WORKBOOK, load=load_sheet),
)
