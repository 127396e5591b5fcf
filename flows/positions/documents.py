"""Agreed positions where a round's results are drawn (flows.kit.places): after each
capability's line of the results screen, a sheet of the workbook and a key of the JSON export
(with the history). What leaves is what the facilitators recorded: the phase, the rationale,
the dissent note, the session and voting round it came from, the day; never who recorded it.
Someone who does not facilitate the round sees them in files only once its results are shown
to participants."""

from __future__ import annotations

from typing import Any

from flows.engine.extend import Addition, Drawer, nothing
from flows.engine.store import Transaction
from flows.engine.store.positions import Agreement, positions
from flows.engine.translator import Translator
from flows.kit.items import short_name
from flows.kit.places import (
    IN_CAPABILITY_TABLE,
    IN_JSON,
    IN_REPORT,
    IN_WORKBOOK,
    ON_CAPABILITY_LINES,
    CapabilityNotes,
    Column,
    Json,
    JsonKey,
    ReportShown,
    RoundShown,
    Section,
    Sheet,
    Table,
)
from flows.kit.texts import rating_label
from flows.positions.screens import rationale
from framework.model import Framework


async def read(tx: Transaction, shown: RoundShown) -> list[Agreement]:
    if not shown.facilitates and shown.round.published_at is None:
        return []
    return await tx.agreements.of_round(shown.round.id)


# after each capability's line of the results screen ---------------------------------------
async def load_notes(tx: Transaction, shown: RoundShown) -> Drawer[CapabilityNotes]:
    found = positions(await read(tx, shown))
    if not found:
        return nothing
    fw = shown.fw

    def draw(t: Translator) -> CapabilityNotes:
        return CapabilityNotes({
            int(item.removeprefix("cap:")): t.gettext("· agreed: {phase}").format(
                phase=rating_label(t, fw, a.phase))
            for item, a in found.items() if item.startswith("cap:")})
    return draw


# the workbook -----------------------------------------------------------------------------
async def load_sheet(tx: Transaction, shown: RoundShown) -> Drawer[Sheet]:
    history = await read(tx, shown)
    if not history:
        return nothing
    return lambda t: positions_sheet(t, shown.fw, history)


def positions_sheet(t: Translator, fw: Framework, history: list[Agreement]) -> Sheet:
    """One row per recording, oldest first; the latest of each question is marked as its
    position."""
    latest = {a.id for a in positions(history).values()}
    header = (t.gettext("item"), t.gettext("capability or domain"), t.gettext("agreed phase"),
              t.gettext("rationale"), t.gettext("dissent note"), t.gettext("session"),
              t.gettext("voting round"), t.gettext("recorded on"), t.gettext("position"))
    rows = tuple((
        a.item, short_name(t, fw, a.item),
        rating_label(t, fw, a.phase),
        rationale(t, a), a.dissent or "", "" if a.session is None else str(a.session),
        "" if a.voting is None else str(a.voting), a.recorded_at.date().isoformat(),
        t.gettext("current") if a.id in latest else t.gettext("earlier"),
    ) for a in history)
    # Translators: the name of the workbook's sheet with the agreed positions (31 characters
    # at most).
    return Sheet(t.gettext("Agreed positions"), header, rows)


# the JSON export --------------------------------------------------------------------------
async def load_json(tx: Transaction, shown: RoundShown) -> Drawer[JsonKey]:
    history = await read(tx, shown)
    if not history:
        return nothing
    return lambda t: JsonKey("agreed_positions", positions_json(t, history))


def agreement_json(t: Translator, a: Agreement) -> dict[str, Json]:
    return {
        "item": a.item, "phase": a.phase, "reason": a.reason,
        "rationale": rationale(t, a) or None, "dissent": a.dissent,
        "session": a.session, "voting": a.voting,
        "recorded_on": a.recorded_at.date().isoformat(),
    }


def positions_json(t: Translator, history: list[Agreement]) -> Json:
    """Each question's position (its latest agreement) and the whole history, oldest first."""
    return {
        "positions": {item: agreement_json(t, a) for item, a in positions(history).items()},
        "history": [agreement_json(t, a) for a in history],
    }


# the report -------------------------------------------------------------------------------
async def load_column(tx: Transaction, shown: ReportShown) -> Drawer[Column]:
    history = await read(tx, shown)
    found = {int(item.removeprefix("cap:")): a
             for item, a in positions(history).items() if item.startswith("cap:")}
    if not found:
        return nothing

    def draw(t: Translator) -> Column:
        notes = {}
        for cap, a in found.items():
            said = [t.gettext("Why agreed: {why}").format(why=rationale(t, a))]
            if a.dissent:
                said.append(t.gettext("Dissent: {note}").format(note=a.dissent))
            earlier = sum(1 for b in history if b.item == a.item) - 1
            if earlier:
                said.append(t.ngettext(
                    "{n} earlier recording is kept in the history (in the exports).",
                    "{n} earlier recordings are kept in the history (in the exports).",
                    earlier).format(n=earlier))
            notes[cap] = tuple(said)
        return Column(t.gettext("Agreed phase"),
                      {cap: rating_label(t, shown.fw, a.phase) for cap, a in found.items()},
                      notes)
    return draw


async def load_report(tx: Transaction, shown: ReportShown) -> Drawer[Section]:
    """The pulse questions' agreed positions (the capabilities' are in the report's table by
    capability)."""
    history = [a for a in await read(tx, shown) if not a.item.startswith("cap:")]
    if not history:
        return nothing
    return lambda t: report_section(t, shown, history)


def report_section(t: Translator, shown: RoundShown, history: list[Agreement]) -> Section:
    """Each domain question's agreed position, with its rationale and any dissent, in the
    framework's order."""
    fw, found = shown.fw, positions(history)
    order = [d.item for d in fw.domains]
    header = (t.gettext("Question"), t.gettext("Agreed phase"), t.gettext("Why"),
              t.gettext("Dissent"))
    rows = tuple((short_name(t, fw, item), rating_label(t, fw, found[item].phase),
                  rationale(t, found[item]), found[item].dissent or "")
                 for item in sorted(found, key=lambda i: order.index(i) if i in order
                                    else len(order)))
    return Section(t.gettext("Agreed positions on the domain questions"), (t.gettext(
        "What the stakeholders agreed on each pulse question, with the reason they gave and "
        "any dissent."),), (Table("", header, rows, widths=(30, 15, 35, 20)),))


ADDS: tuple[Addition[Any, Any], ...] = (
    Addition(IN_CAPABILITY_TABLE, load=load_column),
    Addition(IN_REPORT, load=load_report),
    Addition(ON_CAPABILITY_LINES, load=load_notes),
    Addition(IN_WORKBOOK, load=load_sheet),
    Addition(IN_JSON, load=load_json),
)
