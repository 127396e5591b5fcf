"""The places on screens and in documents where flows may add (flows.engine.extend), declared
here so that the flow that draws a place and a flow that adds to it need not import each
other.

What a place is about (its subject) carries what an addition needs to draw there: the
framework, the round, each capability's phase now, and whether its answers and notes may leave
one by one. What an addition draws is plain data (text, cells, phases) that the place's owner
lays out: a section of the PDF report, a sheet of the workbook, a key of the JSON export,
marks on the capability chart, a note on each capability's line of the results screen, a
button.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

from flows.engine.effects import Button
from flows.engine.extend import Place
from flows.engine.store import Round
from framework.model import Framework
from framework.recommend import Priority


@dataclass(frozen=True)
class PriorityShown:
    """A priority as a summary shows it: the round and the capability, and whether the person
    facilitates the round (a solo assessment's owner does)."""

    round_id: int
    capability: int
    facilitates: bool = False


@dataclass(frozen=True)
class RoundShown:
    """A round as a document or a screen draws it.

    `current`: each capability's phase now, by its id, as the place shows it (a round's
    median, None under three ratings; in a person's own files their own answer), so what is
    added says the same. `facilitates`: whether the person it is drawn for facilitates the
    round (a solo assessment's owner does; the operator's command line counts as one).
    `rows_leave`: whether answers and evidence notes may leave one by one (not in a
    figures-only round, nor under three participants)."""

    fw: Framework
    round: Round
    current: Mapping[int, float | None] = field(default_factory=dict)
    facilitates: bool = True
    rows_leave: bool = False


@dataclass(frozen=True)
class ReportShown(RoundShown):
    """A round's report as it is drawn: the round, and its priorities."""

    priorities: tuple[Priority, ...] = ()

    @property
    def round_id(self) -> int:
        return self.round.id


@dataclass(frozen=True)
class Table:
    """A table of plain text: a heading above it, a header row, rows of cells (each as long
    as the header); `marked`: the indexes of rows to stand out (overdue, say); `widths`: each
    column's share of the width in percent, so that tables of one section line up (by their
    content when not given)."""

    heading: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    marked: frozenset[int] = frozenset()
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Section:
    """A document's section added by a flow: a heading, its paragraphs (plain text), then its
    tables, then notes in small print."""

    title: str
    paragraphs: tuple[str, ...]
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Column:
    """A column of the report's table by capability, placed before the figures (an agreed
    phase): its heading, a cell per capability id (the others show a dash), and lines to print
    under a capability's row (a rationale, a dissent)."""

    heading: str
    cells: Mapping[int, str]
    notes: Mapping[int, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Sheet:
    """A sheet of the workbook: its name (at most 31 characters are kept), a header row and
    rows of text cells (every cell is written as text, never as a formula)."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Json: TypeAlias = "dict[str, Json] | list[Json] | str | int | float | bool | None"


@dataclass(frozen=True)
class JsonKey:
    """A key of the JSON export and its value (a key the export has already is refused)."""

    name: str
    value: Json


@dataclass(frozen=True)
class Marks:
    """Markers on the capability chart: a phase per capability (by id), drawn as one kind of
    marker that the legend names `label`."""

    label: str
    phases: Mapping[int, float]


@dataclass(frozen=True)
class CapabilityNotes:
    """Short notes after capabilities' lines on the results screen, by capability id."""

    notes: Mapping[int, str]


# A button under each of the top priorities of a person's summary.
ON_PRIORITY: Place[PriorityShown, Button] = Place("on each priority")
# A section of the PDF report, after the priorities.
IN_REPORT: Place[ReportShown, Section] = Place("in the report")
# A column of the report's table by capability (the agreed phase, with its rationale and dissent).
IN_CAPABILITY_TABLE: Place[ReportShown, Column] = Place("in the report's capability table")
# What marks a capability as disputed besides its answers' spread (flags in a review): each
# capability with a note is listed under "Where stakeholders disagreed".
ON_DISAGREEMENT: Place[ReportShown, CapabilityNotes] = Place("where stakeholders disagreed")
# The report's section on the round's state, version and sign-off, after the plan.
IN_SIGN_OFF: Place[ReportShown, Section] = Place("in the report's sign-off")
# A sheet of a round's workbook (the XLSX export), after its answers.
IN_WORKBOOK: Place[RoundShown, Sheet] = Place("in the workbook")
# A key of a round's JSON export.
IN_JSON: Place[RoundShown, JsonKey] = Place("in the JSON export")
# Markers on the capability chart (a round's, and a person's own).
ON_CHART: Place[RoundShown, Marks] = Place("on the capability chart")
# A note at the end of each capability's line of a round's results screen.
ON_CAPABILITY_LINES: Place[RoundShown, CapabilityNotes] = Place("on capability lines")
# A note after each capability's change when a round is compared with an earlier one (the
# screen and the report): what was done about it since (the status of its actions).
ON_CHANGE_LINES: Place[RoundShown, CapabilityNotes] = Place("on compared capabilities")
# A button under the round's results as a participant sees them once shared (a flag during the
# review).
ON_SHARED_RESULTS: Place[RoundShown, Button] = Place("under the shared results")
# A button on a round's results screen (its facilitators').
ON_RESULTS: Place[RoundShown, Button] = Place("on the results screen")
