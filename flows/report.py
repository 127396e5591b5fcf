"""The maturity summary of a round as screen text: profile, weakest, priorities, next steps."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable

from flows.store import Answer
from flows.texts import bold, escape, rating_label, reading_label
from flows.translator import Translator
from framework.model import Framework, PeerExample
from framework.recommend import DomainPriority, Priority, Reason, domain_priorities, top_priorities
from framework.scoring import (
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
        lines.append(f"• <b>{escape(t.content(domain.name))}</b>: {escape(where)}")
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
    countries = [t.isolate(t.country(code)) for code in example.countries]
    names = t.join(countries)
    if example.and_others:
        names = t.gettext("{countries} and others").format(countries=names)
    return t.gettext("Reported for {countries}: {example}").format(
        countries=escape(names), example=escape(t.content(example.text))
    )


def domain_lines(t: Translator, framework: Framework, profile: Profile) -> list[str]:
    lines = []
    for domain in framework.domains:
        score = profile.domain(domain.id)
        figure = (
            t.gettext("{phase} (score {score})").format(
                phase=reading_label(t, score.phase), score=t.number(score.score, 2)
            )
            if score.score is not None
            else reading_label(t, None)
        )
        coverage = t.gettext("{rated} of {total} rated").format(
            rated=score.rated, total=score.total
        )
        lines.append(
            f"• <b>{escape(t.content(domain.name))}</b>: {escape(figure)} · {escape(coverage)}"
        )
    return lines


def capability_list(
    t: Translator, framework: Framework, profile: Profile, title: str, ids: Iterable[int]
) -> list[str]:
    lines = [bold(title)]
    for cap_id in ids:
        reading = profile.capabilities[cap_id].phase
        name = t.content(framework.capability(cap_id).name)
        lines.append(f"• {escape(name)}: {escape(reading_label(t, reading))}")
    return lines


def _reason(t: Translator, framework: Framework, priority: Priority) -> str:
    parts = []
    for reason in priority.reasons:
        if reason is Reason.LOWEST_PHASE:
            parts.append(t.gettext("it is at the lowest phase in this profile"))
        elif reason is Reason.BELOW_MATURITY:
            parts.append(t.gettext("it has not reached Phase 4 yet"))
        elif reason is Reason.FOUNDATION:
            needed_by = ", ".join(
                t.content(framework.capability(c).name) for c in priority.dependents
            )
            parts.append(t.gettext("other capabilities depend on it ({names})").format(
                names=needed_by
            ))
        elif reason is Reason.DISAGREEMENT:
            parts.append(t.gettext("participants disagree about where it stands"))
        elif reason is Reason.UNKNOWN:
            parts.append(t.gettext("nothing is known about it yet"))
    return t.gettext("Why: {reasons}.").format(reasons="; ".join(parts))


def priority_block(t: Translator, framework: Framework, number: int, priority: Priority) -> str:
    cap = priority.capability
    where = (
        reading_label(t, priority.stats.phase)
        if priority.phase is not None
        else t.gettext("not known yet")
    )
    lines = [
        f"<b>{number}. {escape(t.content(cap.name))}</b> ({escape(where)})",
        escape(_reason(t, framework, priority)),
    ]
    if priority.phase is None:
        lines.append(escape(t.gettext("First find out where things stand. {prompt}").format(
            prompt=t.content(cap.evidence_prompt)
        )))
    lines.append(escape(t.gettext("Next steps:")))
    lines += [f"  – {escape(t.content(step.text))}" for step in priority.next_steps]
    lessons = "; ".join(t.content(lesson.title) for lesson in priority.lessons)
    lines.append(escape(t.ngettext(
        "Lesson learned: {lessons}", "Lessons learned: {lessons}", len(priority.lessons)
    ).format(lessons=lessons)))
    if priority.example is not None:
        lines.append(f"<i>{example_line(t, priority.example)}</i>")
    return "\n".join(lines)


def summary_text(
    t: Translator,
    framework: Framework,
    profile: Profile,
    heading: str,
    participants: int,
    final: bool,
) -> tuple[str, str]:
    """Two message texts: the profile, then the priorities (each well under 4096 characters)."""
    rated = profile.rated
    total = len(profile.capabilities)
    coverage = t.gettext("{rated} of {total} capabilities rated ({share}).").format(
        rated=rated, total=total, share=t.percent(profile.coverage)
    )
    lines = [f"<b>{escape(heading)}</b>"]
    if not final:
        lines.append(escape(t.gettext("Partial summary: the assessment is not finished.")))
    lines.append(escape(coverage))
    lines.append(escape(t.ngettext(
        "Based on the answers of {n} participant.",
        "Based on the answers of {n} participants.",
        participants,
    ).format(n=participants)))
    lines.append("")
    lines.append(bold(t.gettext('Profile by domain')))
    lines += domain_lines(t, framework, profile)
    if profile.weakest:
        lines.append("")
        lines += capability_list(t, framework, profile, t.gettext("Weakest capabilities"),
                                 profile.weakest)
    if profile.strongest:
        lines += capability_list(t, framework, profile, t.gettext("Strongest capabilities"),
                                 profile.strongest)
    lines.append("")
    lines.append(escape(t.gettext(
        "Results belong to this round. Countries are never ranked against each other."
    )))
    first = "\n".join(lines)

    chosen = top_priorities(framework, profile)
    if chosen:
        blocks = [bold(t.gettext('Top priorities and next steps'))]
        blocks += [priority_block(t, framework, i, p) for i, p in enumerate(chosen, start=1)]
        second = "\n\n".join(blocks)
    else:
        second = escape(t.gettext(
            "Every rated capability is at Phase 4. Keep reviewing and improving them together."
        ))
    return first, second


def answers_csv(t: Translator, framework: Framework, answers: Iterable[Answer]) -> bytes:
    """One person's answers in a round, for them to keep (exactly as stored)."""
    by_item = {a.item: a for a in answers}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["capability", "name", "answer", "answer_label", "evidence_note", "updated_at"])
    for cap in framework.capabilities:
        answer = by_item.get(cap.item)
        writer.writerow([
            cap.id,
            t.content(cap.name),
            "" if answer is None or answer.value is None else str(answer.value),
            rating_label(t, framework, answer.value) if answer is not None else "",
            answer.note or "" if answer is not None else "",
            answer.updated_at.isoformat() if answer is not None else "",
        ])
    return out.getvalue().encode("utf-8")
