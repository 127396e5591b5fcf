"""Priorities and next steps from a maturity profile.

Ordering rule (deterministic; every priority carries the reasons that placed it):

1. Only capabilities below Phase 4 are priorities. A capability with a median is placed by the
   whole phase it has reached (``floor(median)``), lowest first.
2. Capabilities nobody could rate (every answer "don't know", or no answer) come after all rated
   ones: the first step there is to find out where things stand.
3. Within the same phase, a foundation comes first: a capability that the MNR text says others
   need (legislation, 3, and dedicated law enforcement, 4, for access to image databases, 7),
   the more dependants the earlier.
4. Then capabilities on which participants disagree (n >= 2 and IQR >= 1.5), since the group
   has to settle where it stands before acting.
5. Then the MNR's own order (capability id).

A rated priority's next steps are those of the phase it has reached; an unrated one gets the
Phase 1 steps after the advice to gather evidence. Lessons are those its next steps draw on, in
order of first use; the peer example is the first one the content ties to the capability.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from framework.model import Capability, Domain, Framework, Lesson, NextStep, PeerExample
from framework.scoring import DomainScore, ItemStats, Profile

TOP = 3


class Reason(StrEnum):
    LOWEST_PHASE = "lowest_phase"  # at the lowest phase found in this profile
    BELOW_MATURITY = "below_maturity"  # rated below Phase 4, above the lowest phase
    FOUNDATION = "foundation"  # other capabilities depend on it
    DISAGREEMENT = "disagreement"  # participants disagree
    UNKNOWN = "unknown"  # nothing known yet


@dataclass(frozen=True)
class Priority:
    capability: Capability
    stats: ItemStats
    phase: int | None  # whole phase reached; None when nothing is known
    reasons: tuple[Reason, ...]
    dependents: tuple[int, ...]
    next_steps: tuple[NextStep, ...]
    lessons: tuple[Lesson, ...]
    example: PeerExample | None


def _lessons(framework: Framework, steps: tuple[NextStep, ...]) -> tuple[Lesson, ...]:
    ids: list[str] = []
    for step in steps:
        ids.extend(lesson for lesson in step.lessons if lesson not in ids)
    return tuple(framework.lesson(i) for i in ids)


def priorities(framework: Framework, profile: Profile) -> tuple[Priority, ...]:
    """Every capability below Phase 4 (or unknown), most pressing first."""
    rated_phases = [
        reading.phase for s in profile.capabilities.values() if (reading := s.phase) is not None
    ]
    lowest = min(rated_phases) if rated_phases else None
    keyed: list[tuple[tuple[int, int, int, int], Priority]] = []
    for capability in framework.capabilities:
        stats = profile.capabilities[capability.id]
        reading = stats.phase
        if reading is not None and reading.phase >= 4:
            continue
        dependents = framework.dependents_of(capability.id)
        reasons: list[Reason] = []
        if reading is None:
            reasons.append(Reason.UNKNOWN)
            phase_rank = 5  # after every rated phase
            steps = capability.next_steps[1]
        else:
            reasons.append(
                Reason.LOWEST_PHASE if reading.phase == lowest else Reason.BELOW_MATURITY
            )
            phase_rank = reading.phase
            steps = capability.next_steps[reading.phase]
        if dependents:
            reasons.append(Reason.FOUNDATION)
        if stats.disagreement:
            reasons.append(Reason.DISAGREEMENT)
        examples = framework.examples_for(capability.id)
        priority = Priority(
            capability=capability,
            stats=stats,
            phase=reading.phase if reading else None,
            reasons=tuple(reasons),
            dependents=dependents,
            next_steps=steps,
            lessons=_lessons(framework, steps),
            example=examples[0] if examples else None,
        )
        key = (phase_rank, -len(dependents), 0 if stats.disagreement else 1, capability.id)
        keyed.append((key, priority))
    keyed.sort(key=lambda pair: pair[0])
    return tuple(priority for _, priority in keyed)


def top_priorities(
    framework: Framework, profile: Profile, count: int = TOP
) -> tuple[Priority, ...]:
    return priorities(framework, profile)[:count]


@dataclass(frozen=True)
class DomainPriority:
    domain: Domain
    stats: ItemStats
    phase: int | None
    next_steps: tuple[NextStep, ...]
    lessons: tuple[Lesson, ...]


def domain_priorities(
    framework: Framework, pulse: tuple[tuple[ItemStats, DomainScore], ...]
) -> tuple[DomainPriority, ...]:
    """Pulse-check domains below Phase 4, lowest phase first, unknown last, then MNR order."""
    keyed: list[tuple[tuple[int, int], DomainPriority]] = []
    for index, (stats, score) in enumerate(pulse):
        domain = framework.domain(score.domain)
        reading = score.phase
        if reading is not None and reading.phase >= 4:
            continue
        steps = domain.next_steps[reading.phase if reading else 1]
        keyed.append(
            (
                (reading.phase if reading else 5, index),
                DomainPriority(
                    domain=domain,
                    stats=stats,
                    phase=reading.phase if reading else None,
                    next_steps=steps,
                    lessons=_lessons(framework, steps),
                ),
            )
        )
    keyed.sort(key=lambda pair: pair[0])
    return tuple(p for _, p in keyed)
