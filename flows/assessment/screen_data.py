"""What the assessment's screens are drawn from: the data each state's loader reads."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flows.documents.results import ResultsData
from flows.engine.effects import Button
from flows.engine.extend import Addition, Drawer
from flows.engine.store import Answer
from framework.model import Framework


@dataclass(frozen=True)
class RoundView:
    id: int
    country: str
    started: datetime
    title: str | None = None
    facilitates: bool = False  # the person facilitates it (their own assessment, or by link)


@dataclass(frozen=True)
class MenuData:
    round: RoundView
    rated: int
    total: int
    next_open: int | None  # the first capability with no answer, from 0
    others: int  # other assessments the person can switch to
    answered_any: bool


@dataclass(frozen=True)
class RoundChoice:
    round: RoundView
    answered: int
    current: bool


@dataclass(frozen=True)
class RoundsData:
    fw: Framework
    rounds: tuple[RoundChoice, ...]


@dataclass(frozen=True)
class SectorData:
    country: str
    country_fixed: bool  # a correction, or a round joined by invitation
    title: str | None = None  # the round being joined
    joining: bool = False  # by invitation: what its facilitators see is said first
    figures_only: bool = False


@dataclass(frozen=True)
class IntroData:
    fw: Framework
    country: str
    sector: str


@dataclass(frozen=True)
class QuestionData:
    fw: Framework
    index: int
    answer: Answer | None
    notice: str | None


@dataclass(frozen=True)
class PendingNoteData:
    fw: Framework
    index: int
    text: str
    limit: int


@dataclass(frozen=True)
class ReviewData:
    fw: Framework
    round: RoundView
    answers: dict[str, Answer]

    @property
    def next_open(self) -> int | None:
        return first_open(self.fw, self.answers)


@dataclass(frozen=True)
class FinishCheckData:
    fw: Framework
    open: tuple[int, ...]  # capabilities with no answer, from 0


@dataclass(frozen=True)
class SummaryData:
    fw: Framework
    round: RoundView
    answers: tuple[Answer, ...]  # every participant's capability answers in the round
    pulse: tuple[Answer, ...]  # pulse answers, shown apart
    final: bool
    next_open: int | None
    today: datetime
    shared: ResultsData | None = None  # the round's results, when its facilitators show them
    # what other flows add under each priority (flows.kit.places.ON_PRIORITY)
    additions: tuple[Addition[Any, Any], ...] = ()
    # what they add under the shared results (ON_SHARED_RESULTS: a flag during the review)
    on_shared: tuple[Drawer[Button], ...] = ()


@dataclass(frozen=True)
class NewCheckData:
    round: RoundView
    answered: int
    total: int


def first_open(fw: Framework, answers: dict[str, Answer]) -> int | None:
    for index, cap in enumerate(fw.capabilities):
        answer = answers.get(cap.item)
        if answer is None or answer.value is None:
            return index
    return None
