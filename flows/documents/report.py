"""The maturity summary of a round as screen text: profile, weakest, priorities, next steps."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from flows.engine.store import Answer
from flows.engine.translator import Translator
from flows.kit.country_names import IN_ENGLISH_TEXT
from flows.kit.info import safety_lines
from flows.kit.texts import bold, escape, labelled, reading_label, series
from framework.aggregate import ItemResult
from framework.model import PHASES, Framework, PeerExample
from framework.recommend import DomainPriority, Priority, Reason, domain_priorities, top_priorities
from framework.scoring import (
    EXTREMES,
    DomainScore,
    ItemStats,
    Profile,
    Rating,
    capability_profile,
    pulse_scores,
)


def ratings_by_item(answers: Iterable[Answer]) -> dict[str, list[Rating]]:
    """Each participant's latest answer per item (storage keeps one row per person and item)."""
    grouped: dict[str, list[Rating]] = defaultdict(list)
    for answer in answers:
        grouped[answer.item].append(answer.value)
    return dict(grouped)


def round_profile(framework: Framework, answers: Iterable[Answer]) -> Profile:
    return capability_profile(framework, ratings_by_item(answers))


def pulse_profile(
    framework: Framework, answers: Iterable[Answer]
) -> tuple[tuple[ItemStats, DomainScore], ...]:
    return pulse_scores(framework, ratings_by_item(answers))


def pulse_lines(t: Translator, framework: Framework, answers: Iterable[Answer]) -> list[str]:
    """The pulse check's domain profile: one line per domain."""
    lines = [bold(t.gettext("Pulse check"))]
    for stats, score in pulse_profile(framework, answers):
        domain = framework.domain(score.domain)
        if score.phase is not None:
            where = reading_label(t, score.phase)
        elif stats.dont_know:
            where = t.gettext("Don't know")
        else:
            where = t.gettext("not answered")
        lines.append("• " + labelled(t, bold(t.content(domain.name)), escape(where)))
    return lines


def pulse_next_steps(
    framework: Framework, answers: Iterable[Answer]
) -> tuple[DomainPriority, ...]:
    """Domains at Phase 2 or below, lowest first: each gets one next step."""
    return tuple(
        p for p in domain_priorities(framework, pulse_profile(framework, answers))
        if p.phase is not None and p.phase <= 2
    )


def example_line(t: Translator, example: PeerExample) -> str:
    in_text = IN_ENGLISH_TEXT if t.locale == "en" else {}
    countries = [t.isolate(in_text.get(code) or t.country(code)) for code in example.countries]
    if example.and_others:
        countries.append(t.gettext("other countries"))
    names = t.join(countries)
    return escape(t.gettext(
        "Reported for {countries} (MNR solution page, Safe Futures Hub): {example}"
    ).format(countries=names, example=t.content(example.text)))


def phase_count(t: Translator, count: int, phase: int) -> str:
    return t.ngettext("{n} at Phase {phase}", "{n} at Phase {phase}", count).format(
        n=count, phase=phase
    )


@dataclass(frozen=True)
class Findings:
    """What the answers leave open: capabilities marked don't know, and those not answered."""

    unknown: tuple[int, ...]
    unanswered: tuple[int, ...]


def findings(framework: Framework, profile: Profile) -> Findings:
    unknown = tuple(c.id for c in framework.capabilities
                    if profile.capabilities[c.id].n == 0 and profile.capabilities[c.id].dont_know)
    unanswered = tuple(c.id for c in framework.capabilities
                       if profile.capabilities[c.id].responses == 0)
    return Findings(unknown, unanswered)


def _phase(profile: Profile, cap_id: int) -> int | None:
    reading = profile.capabilities[cap_id].phase
    return reading.phase if reading is not None else None


def domain_texts(t: Translator, framework: Framework, profile: Profile,
                 shared: bool = False) -> list[tuple[str, str]]:
    """Each domain, and as plain text the spread of its capabilities' phases with its mean
    only as a side figure, never as a trend. In a round's results (`shared`), a capability
    without a figure is one with too few ratings to show, which is not the same as nobody
    answering it."""
    found = []
    for domain in framework.domains:
        phases = [_phase(profile, c) for c in domain.capability_ids]
        parts = [phase_count(t, phases.count(p), p) for p in PHASES if phases.count(p)]
        unknown = sum(
            1 for c in domain.capability_ids
            if profile.capabilities[c].n == 0 and profile.capabilities[c].dont_know
        )
        unanswered = sum(1 for c in domain.capability_ids
                         if profile.capabilities[c].responses == 0)
        if unknown:
            parts.append(t.ngettext("{n} not known", "{n} not known", unknown).format(n=unknown))
        if unanswered and shared:
            parts.append(t.ngettext("{n} with too few ratings", "{n} with too few ratings",
                                    unanswered).format(n=unanswered))
        elif unanswered:
            parts.append(t.ngettext("{n} not answered", "{n} not answered", unanswered).format(
                n=unanswered
            ))
        spread = t.join(parts)
        figure = profile.domain(domain.id)
        if figure.rated:
            spread = t.gettext("{spread} ({mean})").format(
                spread=spread, mean=domain_mean(t, figure, shared))
        found.append((t.content(domain.name), spread))
    return found


def domain_lines(t: Translator, framework: Framework, profile: Profile,
                 shared: bool = False) -> list[str]:
    return ["• " + labelled(t, bold(name), escape(text))
            for name, text in domain_texts(t, framework, profile, shared)]


def domain_mean(t: Translator, score: DomainScore, shared: bool = True) -> str:
    """A domain's mean, said for what it is; "too few" when under half its capabilities have a
    figure."""
    if score.score is None:
        text = (t.gettext("mean of capability medians: too few, {rated} of {total}") if shared
                else t.gettext("mean of capability phases: too few, {rated} of {total}"))
        return text.format(rated=score.rated, total=score.total)
    text = (t.gettext("mean of capability medians {mean}") if shared
            else t.gettext("mean of capability phases {mean}"))
    return text.format(mean=t.number(score.score, 1))


def extremes_lines(t: Translator, framework: Framework, profile: Profile) -> list[str]:
    """The lowest and the highest phase reached, with every capability there (ties said)."""
    rated = [(p, c.id) for c in framework.capabilities if (p := _phase(profile, c.id))]
    if not rated:
        return []
    low, high = min(p for p, _ in rated), max(p for p, _ in rated)
    if low == high:
        return [escape(t.gettext("Every rated capability is at Phase {phase}.").format(
            phase=low
        ))]
    lines = []
    for title, phase in ((t.gettext("Lowest phase reached"), low),
                         (t.gettext("Highest phase reached"), high)):
        names = [t.content(framework.capability(c).name) for p, c in rated if p == phase]
        shown = names[:EXTREMES]
        if len(names) > EXTREMES:
            shown.append(t.ngettext("{n} more", "{n} more", len(names) - EXTREMES).format(
                n=len(names) - EXTREMES
            ))
        lines.append(labelled(t, bold(t.gettext("{title} (Phase {phase})").format(
            title=title, phase=phase
        )), escape(t.join(shown))))
    return lines


def findings_lines(t: Translator, framework: Framework, found: Findings) -> list[str]:
    lines = []
    if found.unknown:
        names = [t.content(framework.capability(c).name) for c in found.unknown]
        lines.append(labelled(t, bold(t.gettext("Not known yet (find out first)")),
                              escape(t.join(names))))
    if found.unanswered:
        names = [t.content(framework.capability(c).name) for c in found.unanswered]
        lines.append(labelled(t, bold(t.gettext("Not answered")), escape(t.join(names))))
    return lines


def _reason(t: Translator, framework: Framework, profile: Profile, priority: Priority) -> str:
    """Why this capability is a priority, in terms of its own answers."""
    parts = []
    stats = priority.stats
    same = [
        c.id for c in framework.capabilities
        if c.id != priority.capability.id and priority.phase is not None
        and _phase(profile, c.id) == priority.phase
    ]
    for reason in priority.reasons:
        if reason is Reason.LOWEST_PHASE:
            parts.append(t.gettext("it is at Phase {phase}, the lowest phase in this profile")
                         .format(phase=priority.phase))
        elif reason is Reason.BELOW_MATURITY:
            parts.append(t.gettext("it is at Phase {phase}").format(phase=priority.phase))
        elif reason is Reason.FOUNDATION:
            names = [t.content(framework.capability(c).name) for c in priority.dependents]
            parts.append(t.gettext("{names} depends on it").format(names=t.join(names)))
        elif reason is Reason.DISAGREEMENT:
            parts.append(t.gettext("answers range from Phase {low} to Phase {high}").format(
                low=stats.low, high=stats.high
            ))
        elif reason is Reason.UNKNOWN:
            parts.append(
                t.gettext("it was marked don't know") if stats.dont_know
                else t.gettext("it has no answer yet")
            )
    if same:
        parts.append(t.ngettext(
            "{n} other capability is at the same phase",
            "{n} other capabilities are at the same phase", len(same),
        ).format(n=len(same)))
    return t.gettext("Why: {reasons}.").format(reasons=series(t, parts))


def priority_block(
    t: Translator, framework: Framework, profile: Profile, number: int, priority: Priority
) -> str:
    cap = priority.capability
    where = (
        reading_label(t, priority.stats.phase)
        if priority.phase is not None
        else t.gettext("not known yet")
    )
    lines = [
        f"<b>{number}. {escape(t.content(cap.name))}</b> ({escape(where)})",
        escape(_reason(t, framework, profile, priority)),
    ]
    if priority.phase is None:
        lines.append(escape(t.gettext("First find out where things stand. {prompt}").format(
            prompt=t.content(cap.evidence_prompt)
        )))
    lines.append(escape(t.gettext("Next steps:")))
    lines += [f"  – {escape(t.content(step.text))}" for step in priority.next_steps]
    lessons = series(t, [t.content(lesson.title) for lesson in priority.lessons])
    lines.append(escape(t.ngettext(
        "Lesson learned (MNR solution page, Safe Futures Hub): {lessons}",
        "Lessons learned (MNR solution page, Safe Futures Hub): {lessons}",
        len(priority.lessons),
    ).format(lessons=lessons)))
    if priority.example is not None:
        lines.append(f"<i>{example_line(t, priority.example)}</i>")
    return "\n".join(lines)


def figure(t: Translator, stats: ItemStats) -> str:
    """ "median 2.5 · range 1–4 · don't know 2 of 9 · n 7", with ⚠ where answers disagree."""
    assert stats.median is not None and stats.low is not None and stats.high is not None
    parts = [t.gettext("median {median}").format(median=t.number(stats.median, 1))]
    if stats.low != stats.high:
        parts.append(t.gettext("range {low}–{high}").format(low=stats.low, high=stats.high))
    if stats.dont_know:
        parts.append(dont_know_text(t, stats.dont_know, stats.responses))
    parts.append(t.gettext("n {n}").format(n=stats.n))
    text = " · ".join(parts)
    return text + (" ⚠" if stats.disagreement else "")


def dont_know_text(t: Translator, dont_know: int, answers: int) -> str:
    return t.gettext("don't know {dont_know} of {answers}").format(
        dont_know=dont_know, answers=answers)


def result_text(t: Translator, result: ItemResult, votes: bool = False) -> str:
    """An item's figures, or why it has none: with its don't-know share whenever 3 or more
    answered, even with fewer than 3 ratings ("too few ratings (2) · don't know 9 of 11")."""
    if result.stats is not None:
        return figure(t, result.stats)
    if result.dont_know is None:  # fewer than 3 answers: not even how many said don't know
        return (t.ngettext("too few votes ({n})", "too few votes ({n})", result.answers)
                if votes else
                t.ngettext("too few answers ({n})", "too few answers ({n})", result.answers)
                ).format(n=result.answers)
    rated = result.answers - result.dont_know
    return " · ".join([
        t.ngettext("too few ratings ({n})", "too few ratings ({n})", rated).format(n=rated),
        dont_know_text(t, result.dont_know, result.answers),
    ])


def summary_text(
    t: Translator,
    framework: Framework,
    profile: Profile,
    heading: str,
    participants: int,
    final: bool,
) -> tuple[str, str]:
    """Two message texts: the profile and what is not known, then the priorities (each well
    under Telegram's limit)."""
    found = findings(framework, profile)
    lines = [bold(heading)]
    if not final and found.unanswered:  # a rating of every capability is a whole summary
        lines.append(escape(t.gettext("Partial summary: the assessment is not finished.")))
    lines.append(escape(t.gettext(
        "{rated} of {total} capabilities rated, {unknown} not known, {unanswered} not answered."
    ).format(rated=profile.rated, total=len(profile.capabilities),
             unknown=len(found.unknown), unanswered=len(found.unanswered))))
    if participants > 1:
        lines.append(escape(t.ngettext(
            "Based on the answers of {n} participant.",
            "Based on the answers of {n} participants.",
            participants,
        ).format(n=participants)))
    lines += ["", bold(t.gettext('Profile by domain')), *domain_lines(t, framework, profile)]
    extremes = extremes_lines(t, framework, profile)
    if extremes:
        lines += ["", *extremes]
    if found.unknown or found.unanswered:
        lines += ["", *findings_lines(t, framework, found)]
    lines += ["", escape(t.gettext(
        "Results belong to this assessment. Countries are never ranked against each other."
    ))]
    first = "\n".join(lines)

    chosen = top_priorities(framework, profile)
    if chosen:
        blocks = [bold(t.gettext('Top priorities and next steps'))]
        blocks += [
            priority_block(t, framework, profile, i, p) for i, p in enumerate(chosen, start=1)
        ]
    else:
        blocks = [escape(t.gettext(
            "Every rated capability is at Phase 4. Keep reviewing and improving them together."
        ))]
    blocks.append("\n".join(safety_lines(t)))
    return first, "\n\n".join(blocks)

