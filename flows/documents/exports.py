"""A round's answers as files for facilitators: CSV and XLSX (every answer as stored) and JSON
(the results, with the privacy thresholds applied).

People appear by their pseudonym in the round (random, not derived from their Telegram id); a
sector is written only where it has at least three participants in the round. Answers leave
one by one only once three or more participants have rated, and never from a round opened as
figures only: until then the file says why. Votes cast in a group session are rows of their
session: no participant, no sector, no time finer than the session's day, and none from a
question fewer than three people voted on.

Every file carries the notice on whose words these are, where its reader sees it without
breaking it as data: the JSON a "notice" key, the workbook a first "About" sheet, and the CSV
a last column, "notice", filled on its first row. A CSV has no place for anything but the
table: a comment line or a row of prose would break every reader that parses it, while a
column keeps it a plain table and puts the notice where a spreadsheet opens, at the top.
CSV cells that a spreadsheet would run as a formula (they begin with =, +, -, @, a tab or a
carriage return) get a leading apostrophe, as OWASP advises; the workbook writes every cell as
text and the JSON keeps the exact text.

Other flows add sheets to the workbook and keys to the JSON (flows.kit.places IN_WORKBOOK,
IN_JSON; the action plan adds its own): read with the rest in one transaction, written with
the same care (text cells only).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import xlsxwriter

from flows.documents.agreement_sheet import agreement_sheet
from flows.documents.results import alpha_of, round_shown
from flows.documents.results_json import results_json
from flows.documents.session_votes import SessionVotes, load_sessions
from flows.documents.snapshot import Snapshot
from flows.documents.validated import round_stamp
from flows.engine.extend import Addition, Drawer, drawn_by, prepared
from flows.engine.store import Answer, Participation, Round, Store, Transaction
from flows.engine.store.validation import Validation
from flows.engine.translator import Translator
from flows.kit.info import own_wording
from flows.kit.places import IN_JSON, IN_WORKBOOK, JsonKey, Sheet
from flows.kit.texts import rating_label
from framework.aggregate import (
    MIN_GROUP,
    RoundResults,
    round_results,
    rows_may_leave,
)
from framework.agreement import Alpha
from framework.model import Framework

FORMATS = ("csv", "xlsx", "json")


@dataclass(frozen=True)
class ExportData:
    """Everything a round's files are made from, read in one transaction."""

    fw: Framework
    round: Round
    results: RoundResults
    participants: tuple[Participation, ...]
    answers: tuple[Answer, ...]
    sessions: tuple[SessionVotes, ...]
    today: datetime
    sheets: tuple[Drawer[Sheet], ...] = ()  # what other flows add (IN_WORKBOOK)
    keys: tuple[Drawer[JsonKey], ...] = ()  # (IN_JSON)
    agreement: Alpha | None = None  # Krippendorff's alpha of its answers
    version: int | None = None  # a validated version's files: drawn from its snapshot
    validation: Validation | None = None  # the round's state and versions, said in each file


async def load_validated_export(tx: Transaction, fw: Framework, found: Round, version: int,
                                snapshot: Snapshot,
                                additions: Sequence[Addition[Any, Any]] = ()) -> ExportData:
    """A validated version's files' data: its snapshot's figures, no one's rows, its date."""
    shown = round_shown(fw, found, snapshot.results)
    sheets = await prepared(additions, IN_WORKBOOK, tx, shown)
    keys = await prepared(additions, IN_JSON, tx, shown)
    return ExportData(fw, found, snapshot.results, (), (), snapshot.sessions, snapshot.today,
                      sheets, keys, snapshot.agreement, version,
                      await tx.validations.of_round(found.id))


async def load_export(tx: Transaction, fw: Framework, found: Round,
                      additions: Sequence[Addition[Any, Any]] = ()) -> ExportData:
    """The round's files' data, with what other flows add to them (`additions`: every flow's,
    `Router.additions`) read in the same transaction."""
    results = round_results(fw, *await tx.answers.tally(found.id))
    shown = round_shown(fw, found, results)
    sheets = await prepared(additions, IN_WORKBOOK, tx, shown)
    keys = await prepared(additions, IN_JSON, tx, shown)
    answers = tuple(await tx.answers.of_round(found.id))
    return ExportData(
        fw, found, results,
        tuple(await tx.rounds.participants(found.id)),
        answers,
        await load_sessions(tx, fw, found.id),
        datetime.now(UTC),
        sheets, keys, alpha_of(fw, answers), None, await tx.validations.of_round(found.id),
    )


def withheld(t: Translator, r: Round, results: RoundResults) -> str:
    """Why no answer leaves the assistant one by one, or "" when answers may."""
    if r.figures_only:
        return t.gettext(
            "This round is figures only: no answer or evidence note leaves the assistant one "
            "by one.")
    if not rows_may_leave(results):
        return t.ngettext(
            "Answers and evidence notes leave the assistant one by one only once 3 or more "
            "participants have rated; {n} has so far.",
            "Answers and evidence notes leave the assistant one by one only once 3 or more "
            "participants have rated; {n} have so far.",
            results.participants).format(n=results.participants)
    return ""


def notice(t: Translator) -> str:
    return own_wording(t)


def export_file_name(data: ExportData, kind: str) -> str:
    code = data.round.code if data.version is None else f"{data.round.code}-v{data.version}"
    return f"mnr-{code}-results.json" if kind == "json" else f"mnr-{code}-answers.{kind}"


def export_file(t: Translator, data: ExportData, kind: str) -> tuple[bytes, str]:
    """One of the round's files (csv, xlsx or json) and its name: the facilitator's buttons and
    the operator's command line write the same bytes."""
    name = export_file_name(data, kind)
    if kind == "json":
        return results_json(t, data.fw, data.round, data.results, data.sessions,
                            drawn_by(data.keys, t), data.agreement), name
    why = withheld(t, data.round, data.results)
    answers = () if why else data.answers
    if why:
        why += " " + t.gettext("Export JSON holds the figures that may be shown.")
    sessions = () if data.round.figures_only else data.sessions
    rows = export_rows(t, data.fw, data.participants, answers, sessions)
    if kind == "csv":
        state = round_stamp(t, data.validation) if data.validation is not None else ""
        return csv_bytes(t, rows, " ".join(part for part in (state, why) if part)), name
    agreement = agreement_sheet(t, data.fw, data.results, data.sessions, data.agreement)
    content = xlsx_bytes(t, rows, about(t, data, why),
                         [agreement, *drawn_by(data.sheets, t)])
    return content, name


def about(t: Translator, data: ExportData, why: str) -> list[str]:
    """The workbook's first sheet: what the file is, and whose words."""
    r = data.round
    lines = [
        t.gettext("Answers of the round {title} ({code}), exported {date}.").format(
            title=r.title or r.country, code=r.code, date=t.date(data.today)),
        *([round_stamp(t, data.validation)] if data.validation is not None else []),
        notice(t),
        t.gettext(
            "Participants appear by a random pseudonym per round, never by name or id; a "
            "sector only where 3 or more participants share it. Votes in group sessions are "
            "rows of their session, without anyone's pseudonym."),
    ]
    return [*lines, why] if why else lines



@dataclass(frozen=True)
class ExportRow:
    participant: str
    sector: str
    item: str
    name: str
    answer: str  # "1".."4", "dont_know" or ""
    answer_label: str
    note: str
    source: str
    session: str  # a vote's session, by its number in the round
    updated_at: str
    voting: str = ""  # a vote's voting round: 1, or 2 when its question was voted again


SESSION_SOURCE = "session"


def headers(t: Translator) -> list[str]:
    return [t.gettext("participant"), t.gettext("sector"), t.gettext("item"),
            t.gettext("capability or domain"), t.gettext("answer"), t.gettext("answer label"),
            t.gettext("evidence note"), t.gettext("source"), t.gettext("session"),
            t.gettext("updated at"), t.gettext("voting round")]


def export_rows(
    t: Translator, fw: Framework, participants: Sequence[Participation],
    answers: Sequence[Answer], sessions: Sequence[SessionVotes] = (),
) -> list[ExportRow]:
    by_user = {p.user: p for p in participants}
    sizes = Counter(p.sector for p in participants)
    names = {c.item: t.content(c.name) for c in fw.capabilities}
    names.update({d.item: t.content(d.name) for d in fw.domains})
    rows = []
    for answer in answers:
        member = by_user.get(answer.user)
        sector = member.sector if member is not None else ""
        rows.append(ExportRow(
            participant=member.pseudonym if member is not None else "",
            sector=sector if sizes[sector] >= MIN_GROUP else "",
            item=answer.item,
            name=names.get(answer.item, answer.item),
            answer="" if answer.value is None else str(answer.value),
            answer_label=rating_label(t, fw, answer.value),
            note=answer.note or "",
            source=answer.source.value,
            session="",
            updated_at=answer.updated_at.isoformat(),
        ))
    for session in sessions:
        for entry in session.shown_counts():
            rows += [ExportRow(
                participant="", sector="", item=entry.item,
                name=names.get(entry.item, entry.item),
                answer="" if entry.value is None else str(entry.value),
                answer_label=rating_label(t, fw, entry.value), note="",
                source=SESSION_SOURCE, session=str(session.number), updated_at=session.day(),
                voting=str(entry.voting),
            )] * entry.count
    return rows


def _cells(row: ExportRow) -> list[str]:
    return [row.participant, row.sector, row.item, row.name, row.answer, row.answer_label,
            row.note, row.source, row.session, row.updated_at, row.voting]


FORMULA_SIGNS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """A cell a spreadsheet will not run (OWASP: a leading apostrophe before a formula's
    first sign); `cell[1:]` is the exact text again."""
    return "'" + cell if cell.startswith(FORMULA_SIGNS) else cell


def table_csv(t: Translator, header: Sequence[str], rows: Iterable[Sequence[str]],
              why: str = "") -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads accents and Arabic right; the notice
    in a last column, on the first row (an empty row of its own when there is none)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*header, t.gettext("notice")])
    said = " ".join(part for part in (notice(t), why) if part)
    written = False
    for row in rows:
        writer.writerow([*(neutralised(cell) for cell in row), "" if written else said])
        written = True
    if not written:
        writer.writerow([*([""] * len(header)), said])
    return out.getvalue().encode("utf-8-sig")


def csv_bytes(t: Translator, rows: Sequence[ExportRow], why: str = "") -> bytes:
    return table_csv(t, headers(t), (_cells(row) for row in rows), why)


def own_answers_csv(t: Translator, fw: Framework, answers: Iterable[Answer]) -> bytes:
    """One person's answers in a round, for them to keep: every capability, as stored."""
    by_item = {a.item: a for a in answers}
    header = [t.gettext("capability"), t.gettext("capability or domain"), t.gettext("answer"),
              t.gettext("answer label"), t.gettext("evidence note"), t.gettext("updated at")]
    rows = []
    for cap in fw.capabilities:
        answer = by_item.get(cap.item)
        rows.append([
            str(cap.id), t.content(cap.name),
            "" if answer is None or answer.value is None else str(answer.value),
            rating_label(t, fw, answer.value) if answer is not None else "",
            (answer.note or "") if answer is not None else "",
            answer.updated_at.isoformat() if answer is not None else "",
        ])
    return table_csv(t, header, rows)


SHEET_NAME_MAX = 31  # Excel's limit
NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts: without []:*?/\\, no apostrophe at either end, at most 31
    characters, unlike the names `taken` (compared without case; the name is then added)."""
    base = NOT_IN_SHEET_NAMES.sub(" ", name).strip().strip("'").strip() or "Sheet"
    candidate, number = base[:SHEET_NAME_MAX], 1
    while candidate.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = base[:SHEET_NAME_MAX - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def xlsx_bytes(t: Translator, rows: Sequence[ExportRow], about: Sequence[str] = (),
               added: Sequence[Sheet] = ()) -> bytes:
    """Every text cell written as text: a note that starts with "=" stays a note. The first
    sheet, "About", says what the file is and whose words these are; the sheets other flows
    add come after the answers."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {
        "in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    taken: set[str] = set()
    first = book.add_worksheet(sheet_name(t.gettext("About"), taken))
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    first.set_column(0, 0, 100)
    for number, line in enumerate(about or (notice(t),)):
        first.write_string(number, 0, line, wrapped)
    bold = book.add_format({"bold": True})
    tables = [(t.gettext("answers"), headers(t), [_cells(row) for row in rows]),
              *((s.name, s.header, s.rows) for s in added)]
    for name, header, cells in tables:
        sheet = book.add_worksheet(sheet_name(name, taken))
        for column, title in enumerate(header):
            sheet.write_string(0, column, title, bold)
        for number, row in enumerate(cells, start=1):
            for column, value in enumerate(row):
                sheet.write_string(number, column, value)
        sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


async def load_export_of(store: Store, fw: Framework, code: str,
                         additions: Sequence[Addition[Any, Any]] = ()) -> ExportData | None:
    """A round's export data by its code (the operator's `python -m bot export`), or None."""
    async with store.transaction() as tx:
        found = await tx.rounds.by_code(code)
        return None if found is None else await load_export(tx, fw, found, additions)
