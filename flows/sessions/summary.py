"""A group session's summary, posted in its group when it ends: per question the figures of
this session's votes (each question's latest voting round), where the group disagrees most, the
questions not reached, and next steps. Only figures of at least `MIN_GROUP` votes."""

from __future__ import annotations

from flows.documents.report import result_text
from flows.engine.effects import Screen
from flows.engine.store import Round
from flows.engine.translator import Translator
from flows.kit.info import safety_lines
from flows.kit.items import FULL, PULSE, short_name
from flows.kit.texts import bold, escape, labelled, phase_label
from flows.sessions.screens import heading
from framework.aggregate import MIN_GROUP, RoundResults, round_priorities
from framework.model import Framework
from framework.recommend import domain_priorities
from framework.scoring import domain_score

DISCUSS = 3  # questions with most disagreement named in the summary


def summary(t: Translator, fw: Framework, r: Round, items: tuple[str, ...],
            results: RoundResults, reached: int | None = None) -> Screen:
    """Per question the median and range of this session's votes (each question's latest
    voting round), what to discuss, the questions not reached, and next steps: only figures
    of at least `MIN_GROUP` votes."""
    lines = [bold(t.gettext("Group session summary: {round}").format(round=heading(t, r))),
             escape(t.gettext("Only this session's votes; a figure needs at least {min}.")
                    .format(min=MIN_GROUP)), ""]
    asked, split, missed = parts(items, results, reached)
    for item in asked:
        result = results.items[item]
        text = result_text(t, result, votes=True)
        lines.append("• " + escape(labelled(t, short_name(t, fw, item), text)))
    if split:
        lines += ["", bold(t.gettext("To discuss: where the group disagrees most"))]
        lines += ["• " + escape(short_name(t, fw, item)) for item in split]
    if missed:
        lines += ["", bold(t.ngettext("Not reached: {n} question", "Not reached: {n} questions",
                                      len(missed)).format(n=len(missed))),
                  escape(", ".join(short_name(t, fw, item) for item in missed))]
    mode = PULSE if items and items[0].startswith("pulse:") else FULL
    steps = next_steps(t, fw, mode, results)
    if steps:
        lines += ["", bold(t.gettext("Next steps")), *steps]
    lines += ["", *safety_lines(t)]
    return Screen("\n".join(lines), rtl=t.rtl)


def parts(items: tuple[str, ...], results: RoundResults, reached: int | None = None
          ) -> tuple[tuple[str, ...], list[str], tuple[str, ...]]:
    """The questions asked, the `DISCUSS` of them the group disagrees on most (widest
    interquartile range first), and those not reached (the presenter page's summary too)."""
    asked = items if reached is None else items[:reached + 1]
    split = sorted(
        (s for item in asked if (s := results.shown(item)) is not None and s.disagreement),
        key=lambda s: (-(s.iqr or 0), items.index(s.item)),
    )[:DISCUSS]
    return asked, [s.item for s in split], items[len(asked):]


def next_steps(t: Translator, fw: Framework, mode: str, results: RoundResults) -> list[str]:
    if mode == PULSE:
        pulse = tuple(
            (stats, domain_score(d.id, [stats.median]))
            for d in fw.domains if (stats := results.shown(d.item)) is not None
        )
        chosen = [p for p in domain_priorities(fw, pulse) if p.phase is not None and p.phase <= 2]
        return ["• " + labelled(t, bold(t.gettext("{domain} ({phase})").format(
            domain=t.content(p.domain.name), phase=phase_label(t, fw, p.phase or 1))),
            escape(t.content(p.next_steps[0].text))) for p in chosen]
    return ["• " + labelled(t, bold(t.content(p.capability.name)),
                            escape(t.content(p.next_steps[0].text)))
            for p in round_priorities(fw, results)]
