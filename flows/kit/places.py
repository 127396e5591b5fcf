"""The places on screens and in documents where flows may add (flows.engine.extend), declared
here so that the flow that draws a place and a flow that adds to it need not import each
other."""

from __future__ import annotations

from dataclasses import dataclass

from flows.engine.effects import Button
from flows.engine.extend import Place
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
class Section:
    """A document's section added by a flow: a heading and its paragraphs (plain text)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ReportShown:
    """A round's report as it is drawn: the round and its priorities."""

    fw: Framework
    round_id: int
    priorities: tuple[Priority, ...]


# A button under each of the top priorities of a person's summary.
ON_PRIORITY: Place[PriorityShown, Button] = Place("on each priority")
# A section of the PDF report, after the priorities.
IN_REPORT: Place[ReportShown, Section] = Place("in the report")
