"""A round's results for its facilitators, and what its participants see once published: pure
functions of `framework.aggregate.RoundResults` and a translator (no figure of fewer than three
answers ever reaches them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from flows.documents.report import domain_lines, priority_block, result_text
from flows.documents.results import (
    ResultsData,
    agreement_lines,
    heading,
    overview_lines,
    reading_word,
)
from flows.documents.session_votes import sessions_block
from flows.engine.effects import Button, Screen, button, rows
from flows.engine.extend import Drawer, drawn_by
from flows.engine.store import Round
from flows.engine.translator import Translator
from flows.kit.info import safety_lines
from flows.kit.places import CapabilityNotes
from flows.kit.texts import bold, escape, italic, labelled, sector_label, series
from flows.rounds.actions import Act
from flows.rounds.context import ResultsScreenData
from framework.aggregate import MIN_GROUP, Change, RoundChange, round_priorities
from framework.agreement import reading
from framework.model import Framework


@dataclass(frozen=True)
class CompareData:
    fw: Framework
    round: Round
    earlier: Round
    change: RoundChange
    notes: tuple[Drawer[CapabilityNotes], ...] = ()  # after each capability (its actions)


def capability_lines(t: Translator, data: ResultsData,
                     added: Sequence[CapabilityNotes] = ()) -> list[str]:
    """Each capability's figures, and what other flows note after them (a target)."""
    lines = [bold(t.gettext("By capability"))]
    for cap in data.fw.capabilities:
        result = data.results.items[cap.item]
        name = f"{cap.id}. {t.content(cap.label)}"
        said = result_text(t, result)
        found = reading(result.stats) if result.stats is not None else None
        if found is not None:
            said += " · " + reading_word(t, found)
        line = labelled(t, name, said)
        notes = [note for a in added if (note := a.notes.get(cap.id))]
        lines.append(escape(" ".join([line, *notes])))
    if any(r.stats is not None and r.stats.disagreement for r in data.results.items.values()):
        lines.append(italic(t.gettext(
            "⚠ participants disagree: the middle half of their answers spans 1.5 phases or "
            "more."
        )))
    return lines


def difference_lines(t: Translator, data: ResultsData) -> list[str]:
    if not data.results.differences:
        return []
    lines = [bold(t.gettext("Where sectors differ by 2 phases or more"))]
    for difference in data.results.differences:
        cap = next(c for c in data.fw.capabilities if c.item == difference.item)
        sides = [
            t.gettext("{sector} {median}").format(
                sector=sector_label(t, side.sector) if side.sector else t.gettext("Other sectors"),
                median=t.number(side.stats.median or 0, 1),
            )
            for side in (difference.low, difference.high)
        ]
        lines.append("• " + escape(labelled(t, t.content(cap.label), t.join(sides))))
    return lines


def pulse_lines(t: Translator, data: ResultsData) -> list[str]:
    shown = [
        (d, data.results.items[d.item]) for d in data.fw.domains
        if data.results.items[d.item].answers
    ]
    if not shown:
        return []
    lines = [bold(t.gettext("Pulse check"))]
    for domain, result in shown:
        lines.append("• " + escape(labelled(t, t.content(domain.name), result_text(t, result))))
    return lines


def results(t: Translator, shown: ResultsScreenData) -> list[Screen]:
    """Two messages: the overview with every capability, then where it leads."""
    data = shown.results
    code = escape(t.gettext("Round code: {code} (for exports and support)").format(
        code=data.round.code
    ))
    first = "\n".join([*overview_lines(t, data), code, "",
                       *capability_lines(t, data, drawn_by(shown.notes, t))])
    profile = data.results.profile
    blocks = ["\n".join([bold(t.gettext("Profile by domain")),
                         *domain_lines(t, data.fw, profile, shared=True)]),
              "\n".join(agreement_lines(t, data.agreement))]
    if data.results.differences:
        blocks.append("\n".join(difference_lines(t, data)))
    chosen = round_priorities(data.fw, data.results)
    if chosen:
        blocks.append(bold(t.gettext("Top priorities and next steps")))
        blocks += [priority_block(t, data.fw, profile, i, p) for i, p in enumerate(chosen, 1)]
    else:
        blocks.append(italic(t.gettext(
            "Priorities appear once capabilities have at least {min} ratings."
        ).format(min=MIN_GROUP)))
    if pulse_lines(t, data):
        blocks.append("\n".join(pulse_lines(t, data)))
    if data.sessions:
        blocks.append(sessions_block(t, data.sessions))
    blocks.append("\n".join(safety_lines(t)))
    published = data.round.published_at is not None
    buttons = [
        *drawn_by(shown.on_priorities, t),
        button(t, Act.sectors),
        *([button(t, Act.sessions)] if data.sessions else []),
        button(t, Act.chart),
        button(t, Act.report),
        button(t, Act.report_text),
        Button(t.gettext("Export CSV"), Act.export, "csv"),
        Button(t.gettext("Export XLSX"), Act.export, "xlsx"),
        Button(t.gettext("Export JSON"), Act.export, "json"),
        button(t, Act.invites),
        Button(t.gettext("Stop showing participants")
               if published else t.gettext("Show to participants"), Act.publish),
        button(t, Act.compare),
        *drawn_by(shown.buttons, t),
    ]
    if not data.round.figures_only:
        buttons.append(button(t, Act.figures))
    if data.round.confidential:
        buttons.append(button(t, Act.unprotected))
    if data.round.closed_at is None:
        buttons.append(button(t, Act.remind))
        buttons.append(button(t, Act.close))
    return [Screen(first), Screen("\n\n".join(blocks), rows(buttons))]


def sectors(t: Translator, data: ResultsData) -> list[Screen]:
    lines = [bold(t.gettext("By sector: {round}").format(round=heading(t, data.round)))]
    shown = 0
    for cap in data.fw.capabilities:
        figures = data.results.items[cap.item].sectors
        if not figures:
            continue
        shown += 1
        parts = [
            t.gettext("{sector} {median} (n {n})").format(
                sector=sector_label(t, f.sector) if f.sector else t.gettext("Other sectors"),
                median=t.number(f.stats.median or 0, 1), n=f.stats.n,
            )
            for f in figures
        ]
        lines.append(escape(labelled(t, f"{cap.id}. {t.content(cap.label)}", series(t, parts))))
    if not shown:
        lines.append(escape(t.gettext(
            "No capability has two groups of at least 3 ratings yet: nothing can be broken "
            "out by sector."
        )))
    lines.append(italic(t.gettext(
        "A sector is shown for a capability only with at least 3 ratings there; the others "
        "are pooled, and a pool under 3 hides the breakdown."
    )))
    return [Screen("\n".join(lines), ((button(t, Act.back),),))]


def change_text(t: Translator, change: Change) -> str:
    """ "1.5 (n 4) → 3 (n 3) (+1.5)": a median then and now with each round's ratings, or a
    domain's mean of capability medians ("2 → 3 (+1)")."""
    delta = change.delta
    before, after = t.number(change.before, 1), t.number(change.after, 1)
    if change.before_n is not None and change.after_n is not None:
        before = t.gettext("{median} (n {n})").format(median=before, n=change.before_n)
        after = t.gettext("{median} (n {n})").format(median=after, n=change.after_n)
    return t.gettext("{before} → {after} ({delta})").format(
        before=before, after=after, delta=("+" if delta > 0 else "") + t.number(delta, 1))


def people_lines(t: Translator, earlier: Round, now: Round, change: RoundChange) -> list[str]:
    """Who the two rounds' figures come from, and a caveat when they are mostly others."""
    lines = [t.gettext(
        "People who rated: {then} in {earlier}, {now} in {round}, {both} of them in both."
    ).format(then=change.raters_then, now=change.raters_now, both=change.both or 0,
             earlier=heading_title(t, earlier), round=heading_title(t, now))]
    if change.other_people:
        lines.append(t.gettext(
            "Fewer than half of the people who rated now also rated then: a change may come "
            "from who answered rather than from the country."))
    return lines


def heading_title(t: Translator, r: Round) -> str:
    """A round by its title alone, where its country is said already."""
    return r.title or heading(t, r)


def change_names(t: Translator, fw: Framework, change: RoundChange
                 ) -> tuple[list[tuple[str, Change]], list[tuple[str, Change]]]:
    """The domains and capabilities of a change, by name in `t`'s language."""
    labels = {c.item: t.content(c.label) for c in fw.capabilities}
    return ([(t.content(fw.domain(c.key).name), c) for c in change.domains],
            [(labels[c.key], c) for c in change.capabilities])


def noted(text: str, key: str, fw: Framework, added: Sequence[CapabilityNotes]) -> str:
    """A capability's change and what other flows note after it (its actions' statuses)."""
    capability = next((c.id for c in fw.capabilities if c.item == key), None)
    notes = [note for a in added if capability is not None
             if (note := a.notes.get(capability))]
    return " · ".join([text, *notes])


def hidden_changes(t: Translator, hidden: int) -> str:
    return t.ngettext(
        "{n} capability has too few answers in one of the rounds to compare.",
        "{n} capabilities have too few answers in one of the rounds to compare.",
        hidden,
    ).format(n=hidden)


def compare(t: Translator, data: CompareData) -> list[Screen]:
    lines = [
        bold(t.gettext("Change since {earlier}").format(earlier=heading(t, data.earlier))),
        escape(t.gettext("Medians of this round against the earlier one.")),
        *(escape(line) for line in people_lines(t, data.earlier, data.round, data.change)),
        "",
    ]
    domains, capabilities = change_names(t, data.fw, data.change)
    added = drawn_by(data.notes, t)
    for title, changes in ((t.gettext("By domain (mean of capability medians)"), domains),
                           (t.gettext("By capability"), capabilities)):
        if not changes:
            continue
        lines.append(bold(title))
        lines += [escape(labelled(t, name, noted(change_text(t, change), change.key, data.fw,
                                                 added)))
                  for name, change in changes]
        lines.append("")
    if data.change.hidden:
        lines.append(italic(hidden_changes(t, data.change.hidden)))
    return [Screen("\n".join(lines), (
        (button(t, Act.chart), button(t, Act.report)),
        (button(t, Act.back),),
    ))]


def compare_pick(t: Translator, choices: tuple[Round, ...]) -> list[Screen]:
    if not choices:
        return [Screen(escape(t.gettext(
            "There is no earlier closed round for this country that you facilitated."
        )), ((button(t, Act.back),),))]
    buttons = [Button(heading(t, r), Act.pick, str(r.id)) for r in choices]
    buttons.append(button(t, Act.back))
    return [Screen(escape(t.gettext("Compare with which earlier round?")),
                   tuple((b,) for b in buttons))]


def figures_check(t: Translator, data: ResultsData) -> list[Screen]:
    text = escape(t.gettext(
        "Make {round} figures only? Its exports and report will then hold medians, ranges and "
        "counts only, never an answer or evidence note one by one. This cannot be undone."
    ).format(round=heading(t, data.round)))
    return [Screen(text, ((button(t, Act.figures_yes),),
                          (button(t, Act.back),)))]


def unprotected_check(t: Translator, data: ResultsData) -> list[Screen]:
    """A confidential round's file without Telegram's protection: asked, said, recorded."""
    text = escape(t.gettext(
        "{round} is confidential: its messages and files are sent protected, so that they "
        "cannot be forwarded or saved. An unprotected copy can be forwarded and saved by "
        "anyone who gets it. Your request is recorded: who asked, for which file, and when. "
        "Which file?"
    ).format(round=heading(t, data.round)))
    return [Screen(text, (
        (Button(t.gettext("Report (PDF), unprotected"), Act.unprotected_yes, "pdf"),),
        (Button(t.gettext("Workbook (XLSX), unprotected"), Act.unprotected_yes, "xlsx"),),
        (Button(t.gettext("Data (JSON), unprotected"), Act.unprotected_yes, "json"),),
        (button(t, Act.back),)))]


def close_check(t: Translator, data: ResultsData) -> list[Screen]:
    text = escape(t.gettext(
        "Close {round}? Its answers will no longer change (a person can still delete their "
        "own with /forget). Its results, report and exports stay available."
    ).format(round=heading(t, data.round)))
    return [Screen(text, ((button(t, Act.close_yes),),
                          (button(t, Act.back),)))]
