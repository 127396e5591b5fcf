"""A report to share, as a PDF in the reader's language: WeasyPrint lays it out with Pango and
HarfBuzz, so Arabic is shaped and runs right to left from plain HTML, given fonts that cover
the scripts (Debian's `fonts-noto-core` and `fonts-noto-cjk`)."""

from __future__ import annotations

import base64
import html
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from flows.engine.translator import Translator
from flows.kit.info import own_wording
from flows.kit.places import Section
from flows.kit.texts import labelled, rating_label, series
from framework.model import Framework
from framework.recommend import Priority
from framework.scoring import Rating

logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)

FSI, PDI = "\u2068", "\u2069"  # first strong isolate, and its end
FONTS = '"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "DejaVu Sans", sans-serif'
STYLE = f"""
@page {{ size: A4; margin: 18mm 16mm;
        @top-center {{ content: element(stamp); }}
        @bottom-center {{ content: counter(page); font-size: 8pt; }} }}
.stamp {{ position: running(stamp); font-size: 8pt; color: #555; }}
body {{ font-family: {FONTS}; font-size: 10pt; line-height: 1.35; color: #222; }}
h1 {{ font-size: 17pt; margin: 0 0 4pt; }}
h2 {{ font-size: 12.5pt; margin: 14pt 0 5pt; border-bottom: 1px solid #bbb; }}
.meta {{ color: #555; margin-bottom: 8pt; }}
img {{ display: block; max-width: 100%; max-height: 232mm; margin: 0 auto 8pt; }}
img.domains {{ max-height: 92mm; margin-top: 8pt; }}
img.capabilities {{ max-height: 150mm; margin-top: 8pt; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border-bottom: 1px solid #ddd; padding: 3pt 4pt; vertical-align: top;
          text-align: start; }}
.note {{ color: #444; font-size: 9pt; }}
.small {{ font-size: 8.5pt; color: #555; }}
.danger {{ font-weight: bold; }}
h3 {{ font-size: 10.5pt; margin: 10pt 0 3pt; }}
table.added {{ font-size: 8.5pt; page-break-inside: auto; }}
table.added th {{ border-bottom: 1.5px solid #888; font-weight: bold; }}
table.added tr {{ page-break-inside: avoid; }}
tr.marked td {{ background: #fbe9e7; }}
tr.marked td:first-child {{ border-inline-start: 3px solid #c0504d; }}
table.capabilities {{ font-size: 8.5pt; }}
table.capabilities th {{ border-bottom: 1.5px solid #888; font-weight: bold; }}
table.capabilities tbody {{ page-break-inside: avoid; }}
table.capabilities tr.noted td {{ border-bottom: none; }}
tr.notes td {{ color: #444; padding-top: 0; padding-inline-start: 12pt; }}
"""

ONE_WEIGHT = "* { font-weight: normal !important; }"


@dataclass(frozen=True)
class CapabilityLine:
    name: str
    cells: tuple[str, ...]  # a phase, "don't know", "not answered"; or a round's figures
    notes: tuple[str, ...]  # printed under the row: rationale, dissent, evidence notes


@dataclass(frozen=True)
class ReportData:
    title: str
    subtitle: str
    today: datetime
    charts: tuple[bytes, ...]
    capabilities: tuple[CapabilityLine, ...]
    not_known: tuple[str, ...]
    priorities: tuple[Priority, ...]
    not_known_title: str = ""  # the default: "Not known yet (find out first)"
    change_title: str = ""  # "Change since ...", when compared with an earlier round
    changes: tuple[tuple[str, str], ...] = ()  # name, "2 → 3 (+1)"
    change_note: str = ""  # how many capabilities could not be compared
    # group sessions, apart from the answers: (title, ((question, figures), ...))
    sessions: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    sessions_title: str = ""
    sessions_note: str = ""
    # each domain as text (its spread, and its mean or why there is none), in the summary
    domains: tuple[tuple[str, str], ...] = ()
    domains_title: str = ""
    notes_withheld: str = ""  # why the capabilities carry no evidence notes, if they do not
    added: tuple[Section, ...] = ()  # what other flows add (flows.kit.places.IN_REPORT)
    stamp: str = ""  # at the top of every page: the round's state and version
    # a round's report, in this order: its summary, then the charts and how the figures were
    # made; the capability table (its header: capability_header); where stakeholders
    # disagreed after it; the sign-off (state, version, validation) after the plan
    summary: Section | None = None
    method: Section | None = None
    capability_header: tuple[str, ...] = ()
    capability_note: str = ""  # above the table: what its columns need
    # the text-only variant: one weight of each font, since a Chinese font's bold subset adds
    # as much again as its regular one (145 KB beside 196 KB); headings keep their size
    one_weight: bool = False
    disagreement: Section | None = None
    sign_off: tuple[Section, ...] = ()


def capability_line(t: Translator, fw: Framework, name: str, value: Rating | str | None,
                    notes: Sequence[str]) -> CapabilityLine:
    """A person's own answer to a capability, as one cell."""
    shown = value if isinstance(value, str) and value != "dont_know" else rating_label(
        t, fw, value  # type: ignore[arg-type]
    )
    return CapabilityLine(name, (shown,), tuple(notes))


def _e(text: str) -> str:
    return html.escape(text)


def report_html(t: Translator, fw: Framework, data: ReportData) -> str:
    parts = [
        *([f"<div class='stamp'>{_e(data.stamp)}</div>"] if data.stamp else []),
        f"<h1>{_e(data.title)}</h1>",
        f"<div class='meta'>{_e(data.subtitle)} · {_e(t.date(data.today))}</div>",
    ]
    if data.summary is not None:
        parts += section_html(data.summary)
    if data.domains:
        parts.append(f"<h3>{_e(data.domains_title)}</h3>")
        parts += pairs_html(data.domains)
    # each chart beside the table of its figures: the domains' after the summary, the
    # capabilities' above the table by capability
    first, *rest = data.charts or (b"",)
    parts += chart_html(t, first, "domains")
    if data.method is not None:
        parts += section_html(data.method)
    for chart in rest:
        parts += chart_html(t, chart, "capabilities")
    parts += capabilities_html(t, data)
    if data.change_title:
        parts.append(f"<h2>{_e(data.change_title)}</h2>")
        parts += pairs_html(data.changes)
        if data.change_note:
            parts.append(f"<p class='small'>{_e(data.change_note)}</p>")
    if data.disagreement is not None:
        parts += section_html(data.disagreement)
    if data.sessions:
        parts.append(f"<h2>{_e(data.sessions_title)}</h2>")
        parts.append(f"<p class='small'>{_e(data.sessions_note)}</p>")
        for title, lines in data.sessions:
            parts.append(f"<h3>{_e(title)}</h3>")
            parts += pairs_html(lines)
    if data.not_known:
        not_known = data.not_known_title or t.gettext("Not known yet (find out first)")
        parts.append(f"<h2>{_e(not_known)}</h2>")
        parts.append(f"<p>{_e(t.join(list(data.not_known)))}</p>")
    if data.priorities:
        parts += priorities_html(t, data.priorities)
    for section in (*data.added, *data.sign_off):
        parts += section_html(section)
    danger = t.gettext("A child in danger now: call the police or emergency services.")
    parts += [
        f"<p class='danger'>{_e(danger)}</p>",
        f"<p class='small'>{_e(own_wording(t))}</p>",
    ]
    direction = "rtl" if t.rtl else "ltr"
    return (f"<!doctype html><html lang='{_e(t.locale.replace('_', '-'))}' dir='{direction}'>"
            f"<head><meta charset='utf-8'><title>{_e(plain_title(data.title))}</title>"
            f"<style>{STYLE}{ONE_WEIGHT if data.one_weight else ''}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def chart_html(t: Translator, chart: bytes, kind: str) -> list[str]:
    if not chart:
        return []
    encoded = base64.b64encode(chart).decode("ascii")
    alt = t.gettext("Chart; its figures are in the tables of this report.")
    return [f"<img class='{kind}' src='data:image/png;base64,{encoded}' alt='{_e(alt)}'>"]


def pairs_html(pairs: Sequence[tuple[str, str]]) -> list[str]:
    return ["<table>", *(f"<tr><td>{_e(name)}</td><td>{_e(text)}</td></tr>"
                         for name, text in pairs), "</table>"]


def capabilities_html(t: Translator, data: ReportData) -> list[str]:
    """The table by capability: with a header, one row of cells each and its notes on a row
    of their own under it; without one, a name and its value with the notes beneath it."""
    title = t.gettext("By capability")
    parts = [f"<h2>{_e(title)}</h2>"]
    if data.notes_withheld:
        parts.append(f"<p class='small'>{_e(data.notes_withheld)}</p>")
    header = data.capability_header
    if data.capability_note:
        parts.append(f"<p class='small'>{_e(data.capability_note)}</p>")
    if not header:
        parts.append("<table>")
        for line in data.capabilities:
            notes = "".join(f"<div class='note'>{_e(note)}</div>" for note in line.notes)
            value = _e(" · ".join(line.cells))
            parts.append(f"<tr><td>{_e(line.name)}</td><td>{value}{notes}</td></tr>")
        return [*parts, "</table>"]
    parts.append("<table class='capabilities'><thead><tr>")
    parts += [f"<th>{_e(cell)}</th>" for cell in header]
    parts.append("</tr></thead>")
    for line in data.capabilities:
        cells = "".join(f"<td>{_isolated(cell)}</td>" for cell in line.cells)
        noted = " class='noted'" if line.notes else ""
        parts.append(f"<tbody><tr{noted}><td>{_e(line.name)}</td>{cells}</tr>")
        if line.notes:
            notes = "".join(f"<div>{_e(note)}</div>" for note in line.notes)
            parts.append(f"<tr class='notes'><td colspan='{len(header)}'>{notes}</td></tr>")
        parts.append("</tbody>")
    return [*parts, "</table>"]


def priorities_html(t: Translator, priorities: Sequence[Priority]) -> list[str]:
    title = t.gettext("Top priorities and next steps")
    parts = [f"<h2>{_e(title)}</h2>"]
    for number, priority in enumerate(priorities, start=1):
        parts.append(f"<h3>{number}. {_e(t.content(priority.capability.name))}</h3><ul>")
        parts += [f"<li>{_e(t.content(step.text))}</li>" for step in priority.next_steps]
        parts.append("</ul>")
        lessons = series(t, [t.content(lesson.title) for lesson in priority.lessons])
        word = t.ngettext("Lesson learned", "Lessons learned", len(priority.lessons))
        parts.append(f"<p class='small'>{_e(labelled(t, word, lessons))}</p>")
    source = t.gettext(
        "Lessons learned come from the MNR solution page of the Safe Futures Hub."
    )
    parts.append(f"<p class='small'>{_e(source)}</p>")
    return parts


ISOLATES = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI: each ends at a PDI


def plain_title(text: str) -> str:
    """The document's title as its metadata holds it: without the isolates that keep a
    country's name in place on the page (a reader's title bar shows them as boxes)."""
    return "".join(c for c in text if c not in ISOLATES and c != PDI)


def _isolated(text: str) -> str:
    """A cell that runs in its own direction (what <bdi> does, which WeasyPrint does not): a
    first-strong isolate around text with a letter of some script outside nested isolates;
    text of digits and signs alone ("2 → 3") keeps the document's direction."""
    depth = 0
    for char in text:
        if char in ISOLATES:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0 and unicodedata.bidirectional(char) in ("L", "R", "AL"):
            return f"{FSI}{_e(text)}{PDI}"
    return _e(text)


def section_html(section: Section) -> list[str]:
    """A section another flow added: its paragraphs, its tables (rows marked to stand out),
    its notes in small print."""
    parts = [f"<h2>{_e(section.title)}</h2>"]
    parts += [f"<p>{_e(paragraph)}</p>" for paragraph in section.paragraphs]
    for table in section.tables:
        fixed = " style='table-layout: fixed'" if table.widths else ""
        heading = f"<h3>{_e(table.heading)}</h3>" if table.heading else ""
        parts.append(f"{heading}<table class='added'{fixed}>")
        parts += [f"<col style='width: {width}%'>" for width in table.widths]
        parts.append("<thead><tr>")
        parts += [f"<th>{_e(cell)}</th>" for cell in table.header]
        parts.append("</tr></thead><tbody>")
        for number, row in enumerate(table.rows):
            marked = " class='marked'" if number in table.marked else ""
            cells = "".join(f"<td>{_isolated(cell)}</td>" for cell in row)
            parts.append(f"<tr{marked}>{cells}</tr>")
        parts.append("</tbody></table>")
    parts += [f"<p class='small'>{_e(note)}</p>" for note in section.notes]
    return parts


def report_pdf(t: Translator, fw: Framework, data: ReportData) -> bytes:
    from weasyprint import HTML  # imported here: a second or so, only when a report is made

    # tagged (PDF/UA-1): its structure, language and title are there for screen readers
    pdf: bytes = HTML(string=report_html(t, fw, data)).write_pdf(pdf_variant="pdf/ua-1")
    return pdf
