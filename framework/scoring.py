"""How answers become figures: the one place every screen and export takes its numbers from.

Rules (the project's design, "The maturity scale and scoring"):

* An item's figures count only phase ratings: "don't know" and "none yet" (a note typed before
  rating) never count as a phase. n is the number of phase ratings.
* median: the middle value, or the mean of the two middle values when n is even (2.5 possible);
  range: min to max; quartiles: ``statistics.quantiles(values, n=4, method="inclusive")`` for
  n >= 2, the value itself for n = 1; IQR = Q3 - Q1. For n = 0 all of these are None, not zero.
* disagreement: n >= 2 and IQR >= 1.5.
* a domain's score is the mean of the medians of its capabilities that have one, only when at
  least half of them have one (screens say "mean of capability medians"); its coverage is the
  share of its capabilities with n >= 1.
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
    counts = [0, 0, 0, 0]
    dont_know = 0
    for rating in ratings:
        if rating == DONT_KNOW:
            dont_know += 1
        elif is_phase(rating):
            counts[int(rating) - 1] += 1  # type: ignore[arg-type]
        elif rating is not None:
            raise ValueError(f"{item}: {rating!r} is not a rating")
    return counted_stats(item, counts, dont_know)


def counted_stats(item: str, counts: Sequence[int], dont_know: int) -> ItemStats:
    """The same figures from how many people chose each phase (1 to 4) and don't know: a
    round's size does not change the work."""
    phase_counts = (counts[0], counts[1], counts[2], counts[3])
    n = sum(phase_counts)
    if not n:
        return ItemStats(item, 0, dont_know, None, None, None, None, None, phase_counts)

    def at(index: int) -> int:  # the phase at this place in the sorted answers
        for phase, count in enumerate(phase_counts, start=1):
            if index < count:
                return phase
            index -= count
        raise IndexError(index)

    def quartile(i: int) -> float:
        # statistics.quantiles(method="inclusive", n=4), read off the counts
        m = n - 1
        j, delta = divmod(i * m, 4)
        if delta == 0:
            return float(at(j))
        return (at(j) * (4 - delta) + at(j + 1) * delta) / 4

    low = next(p for p, c in enumerate(phase_counts, start=1) if c)
    high = max(p for p, c in enumerate(phase_counts, start=1) if c)
    if n == 1:
        q1 = median = q3 = float(low)
    else:
        q1, median, q3 = quartile(1), quartile(2), quartile(3)
    return ItemStats(item, n, dont_know, median, low, high, q1, q3, phase_counts)


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
    """The mean of its capabilities' medians, only when at least half of them have one: a
    domain with one figure in four would otherwise read as that one capability."""
    known = [m for m in medians if m is not None]
    score = statistics.fmean(known) if known and 2 * len(known) >= len(medians) else None
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
    return profile_of(framework, {
        c.id: item_stats(c.item, answers.get(c.item, ())) for c in framework.capabilities
    })


def profile_of(framework: Framework, stats: Mapping[int, ItemStats]) -> Profile:
    """The profile from each capability's figures (a capability not in `stats`: no answers)."""
    stats = {c.id: stats.get(c.id) or item_stats(c.item, ()) for c in framework.capabilities}
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
