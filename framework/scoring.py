"""How answers become figures: the one place every screen and export takes its numbers from.

Rules (the project's design, "The maturity scale and scoring"):

* An item's figures count only phase ratings: "don't know" and "none yet" (a note typed before
  rating) never count as a phase. n is the number of phase ratings.
* median: the middle value, or the mean of the two middle values when n is even (2.5 possible);
  range: min to max; quartiles: ``statistics.quantiles(values, n=4, method="inclusive")`` for
  n >= 2, the value itself for n = 1; IQR = Q3 - Q1. For n = 0 all of these are None, not zero.
* disagreement: n >= 2 and IQR >= 1.5.
* a domain's score is the mean of the medians of its capabilities that have one; its coverage is
  the share of its capabilities with n >= 1.
* a score's phase is the whole phase it has reached; 2.5 lies between Phase 2 and Phase 3
  (screens say so, never as a trend: one round has no trend).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from framework.model import PHASES, Framework

DONT_KNOW: Literal["dont_know"] = "dont_know"
DISAGREEMENT_IQR = 1.5

# A stored answer's value: a phase, don't know, or None (a note typed before any rating).
Rating = int | Literal["dont_know"] | None


def is_phase(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in PHASES


@dataclass(frozen=True)
class ItemStats:
    item: str
    n: int
    dont_know: int
    median: float | None
    low: int | None
    high: int | None
    q1: float | None
    q3: float | None
    counts: tuple[int, int, int, int]  # votes for phases 1..4

    @property
    def responses(self) -> int:
        """Ratings given, don't know included."""
        return self.n + self.dont_know

    @property
    def dont_know_share(self) -> float | None:
        return self.dont_know / self.responses if self.responses else None

    @property
    def iqr(self) -> float | None:
        if self.q1 is None or self.q3 is None:
            return None
        return self.q3 - self.q1

    @property
    def disagreement(self) -> bool:
        iqr = self.iqr
        return self.n >= 2 and iqr is not None and iqr >= DISAGREEMENT_IQR

    @property
    def phase(self) -> PhaseReading | None:
        return phase_reading(self.median)


@dataclass(frozen=True)
class PhaseReading:
    """The whole phase a score has reached, and the next phase when it is part-way there."""

    phase: int
    moving_to: int | None


def phase_reading(score: float | None) -> PhaseReading | None:
    if score is None:
        return None
    whole = max(min(math.floor(score), PHASES[-1]), PHASES[0])
    moving_to = whole + 1 if score > whole and whole < PHASES[-1] else None
    return PhaseReading(phase=whole, moving_to=moving_to)


def item_stats(item: str, ratings: Iterable[Rating]) -> ItemStats:
    """Figures for one item from every participant's answer to it (one rating each)."""
    values: list[int] = []
    dont_know = 0
    for rating in ratings:
        if rating == DONT_KNOW:
            dont_know += 1
        elif is_phase(rating):
            values.append(int(rating))  # type: ignore[arg-type]
        elif rating is not None:
            raise ValueError(f"{item}: {rating!r} is not a rating")
    values.sort()
    counts = (values.count(1), values.count(2), values.count(3), values.count(4))
    if not values:
        return ItemStats(item, 0, dont_know, None, None, None, None, None, counts)
    median = float(statistics.median(values))
    if len(values) == 1:
        q1 = q3 = float(values[0])
    else:
        q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return ItemStats(item, len(values), dont_know, median, values[0], values[-1], q1, q3, counts)


@dataclass(frozen=True)
class DomainScore:
    domain: str
    score: float | None
    rated: int  # capabilities (or pulse questions) with n >= 1
    total: int

    @property
    def coverage(self) -> float:
        return self.rated / self.total if self.total else 0.0

    @property
    def phase(self) -> PhaseReading | None:
        return phase_reading(self.score)


def domain_score(domain: str, medians: Sequence[float | None]) -> DomainScore:
    known = [m for m in medians if m is not None]
    score = statistics.fmean(known) if known else None
    return DomainScore(domain=domain, score=score, rated=len(known), total=len(medians))


@dataclass(frozen=True)
class Profile:
    """A maturity profile over the capabilities of one round."""

    capabilities: dict[int, ItemStats]
    domains: tuple[DomainScore, ...]
    weakest: tuple[int, ...]
    strongest: tuple[int, ...]

    @property
    def rated(self) -> int:
        return sum(1 for s in self.capabilities.values() if s.n >= 1)

    @property
    def coverage(self) -> float:
        return self.rated / len(self.capabilities) if self.capabilities else 0.0

    def domain(self, domain_id: str) -> DomainScore:
        return next(d for d in self.domains if d.domain == domain_id)


EXTREMES = 3


def capability_profile(
    framework: Framework, answers: Mapping[str, Sequence[Rating]]
) -> Profile:
    """Profile from `answers`: item id (``cap:7``) to every participant's rating of it.

    Weakest are up to three capabilities with the lowest medians that are below the highest
    median; strongest, up to three with the highest medians above the lowest. When every rated
    capability has the same median there is neither.
    """
    stats = {c.id: item_stats(c.item, answers.get(c.item, ())) for c in framework.capabilities}
    domains = tuple(
        domain_score(d.id, [stats[cid].median for cid in d.capability_ids])
        for d in framework.domains
    )
    rated = [(s.median, cid) for cid, s in stats.items() if s.median is not None]
    weakest: tuple[int, ...] = ()
    strongest: tuple[int, ...] = ()
    if rated:
        top = max(m for m, _ in rated)
        bottom = min(m for m, _ in rated)
        weakest = tuple(cid for m, cid in sorted(rated) if m < top)[:EXTREMES]
        strongest = tuple(
            cid for m, cid in sorted(rated, key=lambda p: (-p[0], p[1])) if m > bottom
        )[:EXTREMES]
    return Profile(capabilities=stats, domains=domains, weakest=weakest, strongest=strongest)


def pulse_scores(
    framework: Framework, answers: Mapping[str, Sequence[Rating]]
) -> tuple[tuple[ItemStats, DomainScore], ...]:
    """Per domain: the pulse question's figures, and its score (the pulse median)."""
    result = []
    for d in framework.domains:
        stats = item_stats(d.item, answers.get(d.item, ()))
        result.append((stats, domain_score(d.id, [stats.median])))
    return tuple(result)
