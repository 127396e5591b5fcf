"""A round's answers as files for facilitators: CSV and XLSX (every answer, exactly as stored)
and JSON (the results, with the privacy thresholds applied).

People appear by their pseudonym in the round (random, not derived from their Telegram id);
votes cast in a group session carry no participant at all; a sector is written only where it
has at least three participants in the round.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import xlsxwriter

from flows.store import Answer, Participation, Round, Source
from flows.texts import rating_label
from flows.translator import Translator
from framework.aggregate import MIN_GROUP, RoundResults, round_priorities
from framework.model import Framework


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
    updated_at: str


def headers(t: Translator) -> list[str]:
    return [t.gettext("participant"), t.gettext("sector"), t.gettext("item"),
            t.gettext("capability or domain"), t.gettext("answer"), t.gettext("answer label"),
            t.gettext("evidence note"), t.gettext("source"), t.gettext("updated at")]


def export_rows(
    t: Translator, fw: Framework, participants: Sequence[Participation],
    answers: Sequence[Answer],
) -> list[ExportRow]:
    by_user = {p.user: p for p in participants}
    sizes = Counter(p.sector for p in participants)
    names = {c.item: t.content(c.name) for c in fw.capabilities}
    names.update({d.item: t.content(d.name) for d in fw.domains})
    rows = []
    for answer in answers:
        member = by_user.get(answer.user)
        group = answer.source is Source.GROUP
        sector = member.sector if member is not None else ""
        rows.append(ExportRow(
            participant="" if group or member is None else member.pseudonym,
            sector=sector if sizes[sector] >= MIN_GROUP and not group else "",
            item=answer.item,
            name=names.get(answer.item, answer.item),
            answer="" if answer.value is None else str(answer.value),
            answer_label=rating_label(t, fw, answer.value),
            note=answer.note or "",
            source=answer.source.value,
            updated_at=answer.updated_at.isoformat(),
        ))
    return rows


def _cells(row: ExportRow) -> list[str]:
    return [row.participant, row.sector, row.item, row.name, row.answer, row.answer_label,
            row.note, row.source, row.updated_at]


def table_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads accents and Arabic right."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def csv_bytes(t: Translator, rows: Sequence[ExportRow]) -> bytes:
    return table_csv(headers(t), (_cells(row) for row in rows))


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
    return table_csv(header, rows)


def xlsx_bytes(t: Translator, rows: Sequence[ExportRow]) -> bytes:
    """Every text cell written as text: a note that starts with "=" stays a note."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {
        "in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False,
    })
    sheet = book.add_worksheet(t.gettext("answers")[:31])
    bold = book.add_format({"bold": True})
    for column, title in enumerate(headers(t)):
        sheet.write_string(0, column, title, bold)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(_cells(row)):
            sheet.write_string(number, column, value)
    sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()


def results_json(fw: Framework, r: Round, results: RoundResults) -> bytes:
    """The results as data: only what may be shown (figures of three ratings or more)."""

    def figures(item: str) -> dict[str, Any] | None:
        result = results.items[item]
        stats = result.stats
        return {
            "answers": result.answers,
            "dont_know_share": result.dont_know_share,
            **({
                "n": stats.n, "median": stats.median, "low": stats.low, "high": stats.high,
                "q1": stats.q1, "q3": stats.q3, "disagreement": stats.disagreement,
            } if stats is not None else {"shown": False}),
            "sectors": [
                {"sector": f.sector or "other", "n": f.stats.n, "median": f.stats.median}
                for f in result.sectors
            ],
        }

    summary = {
        "round": r.code, "title": r.title, "country": r.country,
        "created_at": r.created_at.isoformat(),
        "closed_at": r.closed_at.isoformat() if r.closed_at else None,
        "participants": results.participants,
        "joined": results.joined,
        "participants_by_sector": results.by_sector,
        "completion": results.completion,
        "capabilities": {str(c.id): figures(c.item) for c in fw.capabilities},
        "pulse": {d.id: figures(d.item) for d in fw.domains},
        "domains": {
            d.domain: {"score": d.score, "rated": d.rated, "total": d.total}
            for d in results.profile.domains
        },
        "sector_differences": [
            {"capability": d.item, "low": d.low.sector, "high": d.high.sector}
            for d in results.differences
        ],
        "priorities": [p.capability.id for p in round_priorities(fw, results)],
        "privacy": f"figures of fewer than {MIN_GROUP} ratings are left out",
    }
    return json.dumps(summary, ensure_ascii=False, indent=2).encode("utf-8")
