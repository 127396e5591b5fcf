"""A round's results for its facilitators: by sector, invitations, sessions, sharing with
participants, reminders, closing, and the chart, report and exports (recorded as jobs)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from flows.documents.charts import Earlier, charts, session_chart
from flows.documents.exports import (
    FORMATS,
    export_file,
    export_file_name,
    load_export,
    load_validated_export,
    withheld,
)
from flows.documents.method import method_section
from flows.documents.pdf import CapabilityLine, ReportData, report_pdf
from flows.documents.report import domain_texts
from flows.documents.results import ResultsData, agreement_of, heading, round_shown
from flows.documents.round_report import (
    capability_cells,
    capability_header,
    column_notes,
    disagreement_section,
    summary_section,
)
from flows.documents.session_votes import (
    SessionVotes,
    apart_note,
    question_figures,
    session_name,
)
from flows.documents.snapshot import from_snapshot
from flows.documents.validated import kept, round_stamp
from flows.engine.declare import REFRESH
from flows.engine.effects import Attachment
from flows.engine.extend import Drawer, drawn_by, prepared
from flows.engine.store import Round
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.access import facilitated_round, validated_version
from flows.kit.places import (
    IN_CAPABILITY_TABLE,
    IN_REPORT,
    IN_SIGN_OFF,
    ON_CHANGE_LINES,
    ON_CHART,
    ON_DISAGREEMENT,
    CapabilityNotes,
    Marks,
    ReportShown,
)
from flows.rounds import screens
from flows.rounds.compare import load_change
from flows.rounds.context import (
    REMIND_AGAIN_AFTER,
    Go,
    T,
    facilitators_only,
    results_data,
)
from framework.aggregate import (
    RoundChange,
    round_priorities,
)


# results ----------------------------------------------------------------------------------
@facilitators_only
async def results(turn: T, found: Round, arg: str) -> None:
    turn.move(Go.results)


async def back(turn: T, arg: str) -> None:
    await results(turn, arg)


@facilitators_only
async def publish(turn: T, found: Round, arg: str) -> None:
    showing = found.published_at is None
    await turn.tx.rounds.publish(found.id, datetime.now(UTC) if showing else None)
    turn.say(turn.t.gettext("Participants now see the results in /summary.") if showing
             else turn.t.gettext("Participants no longer see the results."))
    turn.move(REFRESH)


@facilitators_only
async def remind(turn: T, found: Round, arg: str) -> None:
    """Remind the participants who have not finished: at most once a day each."""
    if found.closed_at is not None:
        turn.say(turn.t.gettext("This round is closed: its answers can no longer change."))
        return
    again_after = datetime.now(UTC) - REMIND_AGAIN_AFTER
    due = [dataclasses.replace(d, again_after=again_after)
           for d in await turn.tx.queries.unfinished(found.id, len(turn.fw.capabilities))]
    turn.remind(due)
    turn.say(turn.t.ngettext(
        "A reminder goes to {n} participant who has not finished (once a day at most).",
        "A reminder goes to {n} participants who have not finished (once a day at most).",
        len(due)).format(n=len(due)))


@facilitators_only
async def figures_only_yes(turn: T, found: Round, arg: str) -> None:
    await turn.tx.rounds.make_figures_only(found.id)
    turn.say(turn.t.gettext("From now on, only figures leave the assistant for this round."))
    turn.move(Go.results)


@facilitators_only
async def close_yes(turn: T, found: Round, arg: str) -> None:
    await turn.tx.rounds.close(found.id, datetime.now(UTC))
    turn.say(turn.t.gettext("The round is closed."))
    turn.move(Go.results)


@facilitators_only
async def chart(turn: T, found: Round, arg: str) -> None:
    await turn.job("chart", job_detail(turn, found))


@facilitators_only
async def report(turn: T, found: Round, arg: str) -> None:
    await turn.job("report", job_detail(turn, found))


@facilitators_only
async def report_text(turn: T, found: Round, arg: str) -> None:
    await turn.job("report", {**job_detail(turn, found), "text": True})


@facilitators_only
async def export(turn: T, found: Round, kind: str) -> None:
    await turn.job("export", {"round": found.id, "kind": kind})


@facilitators_only
async def unprotected_yes(turn: T, found: Round, kind: str) -> None:
    """A confidential round's file without protection, confirmed: recorded (who, when, which),
    then drawn like any other."""
    if not found.confidential:
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    await turn.tx.rounds.copy_unprotected(found.id, turn.actor.user, kind)
    if kind == "pdf":
        await turn.job("report", {"round": found.id, "earlier": None, "unprotected": True})
    else:
        await turn.job("export", {"round": found.id, "kind": kind, "unprotected": True})
    turn.say(turn.t.gettext("Recorded. The unprotected copy follows."))
    turn.move(Go.results)


def protection(detail: dict[str, Any]) -> bool | None:
    """A job's file: unprotected when a facilitator confirmed it (else as its round says)."""
    return False if detail.get("unprotected") is True else None


def job_detail(turn: T, found: Round) -> dict[str, Any]:
    """What a chart or report job needs: the round, and the one compared with if on screen."""
    compared = turn.ctx.earlier if turn.state == "compared" else None
    return {"round": found.id, "earlier": compared}


async def job_round(turn: Turn[Any], detail: dict[str, Any]) -> Round | None:
    """The job's round, if its person still facilitates it (checked again when drawn)."""
    round_id = detail.get("round")
    if not isinstance(round_id, int):
        return None
    turn.rounds_shown.add(round_id)  # what it sends is that round's (protected if need be)
    return await facilitated_round(turn, round_id)


async def job_results(turn: Turn[Any], detail: dict[str, Any]
                      ) -> tuple[ResultsData, tuple[Round, RoundChange] | None] | None:
    """A chart or report job's figures, and the comparison it was asked with."""
    found = await job_round(turn, detail)
    if found is None:
        return None
    return (await results_data(turn, found),
            await load_change(turn, found, detail.get("earlier")))


async def chart_marks(turn: Turn[Any], data: ResultsData) -> tuple[Drawer[Marks], ...]:
    """What other flows mark on the round's capability chart (a target), read now."""
    shown = round_shown(data.fw, data.round, data.results)
    return await prepared(turn.router.additions, ON_CHART, turn.tx, shown)


async def change_notes(turn: Turn[Any], data: ResultsData,
                       compared: tuple[Round, RoundChange] | None
                       ) -> tuple[Drawer[CapabilityNotes], ...]:
    """When compared with an earlier round: what other flows note after each capability's
    change (its actions' statuses), read now."""
    if compared is None:
        return ()
    shown = round_shown(data.fw, data.round, data.results)
    return await prepared(turn.router.additions, ON_CHANGE_LINES, turn.tx, shown)


async def chart_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    loaded = await job_results(turn, detail)
    if loaded is None:
        return
    data, compared = loaded
    t = turn.t
    marks = await chart_marks(turn, data)
    asides = await change_notes(turn, data, compared)

    @functools.cache
    def pictures() -> tuple[bytes, ...]:
        return round_charts(t, data, compared, marks, asides)

    def draw(index: int) -> Attachment:
        return Attachment("image", lambda: pictures()[index],
                          f"mnr-{data.round.code}-{index + 1}.png",
                          heading(t, data.round))

    def draw_session(session: SessionVotes) -> Attachment:
        # a picture of its own: votes are never drawn among the answers
        title, name = heading(t, data.round), session_name(t, session)
        return Attachment("image", lambda: session_chart(
            t, data.fw, f"{title}\n{name}", session.mode, session.results,
            t.gettext("too few votes")),
            f"mnr-{data.round.code}-session-{session.number}.png", f"{title} · {name}")

    turn.attach(lambda: draw(0))
    turn.attach(lambda: draw(1))
    for session in data.sessions if compared is None else ():
        turn.attach(functools.partial(draw_session, session))


def round_charts(t: Translator, data: ResultsData, compared: tuple[Round, RoundChange] | None,
                 marks: Sequence[Drawer[Marks]] = (),
                 asides: Sequence[Drawer[CapabilityNotes]] = ()) -> tuple[bytes, bytes]:
    stats = {c.id: data.results.shown(c.item) for c in data.fw.capabilities}
    earlier = (Earlier(heading(t, compared[0]), compared[1]) if compared is not None
               else None)
    return charts(t, data.fw, heading(t, data.round), data.results.profile, stats,
                  t.gettext("too few answers"), earlier, marks=marks, asides=asides)


async def report_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    loaded = await job_results(turn, detail)
    if loaded is None:
        return
    data, compared = loaded
    answers = await turn.tx.answers.of_round(data.round.id)
    # the text-only variant: the same report without its pictures, for poor connections
    text_only = detail.get("text") is True
    suffix = "-text" if text_only else ""
    validation = await turn.tx.validations.of_round(data.round.id)
    current = await validated_version(turn, data.round.id)
    if current is not None:  # its snapshot's figures, no one's notes, its date
        assert current.snapshot is not None
        snapshot = from_snapshot(data.fw, current.snapshot)
        data = ResultsData(data.fw, data.round, snapshot.results, snapshot.today,
                           snapshot.sessions, snapshot.agreement)
        compared, answers = None, []
    else:  # alpha for the method section (its bootstrap off the event loop)
        data = dataclasses.replace(data, agreement=await agreement_of(turn.tx, data.fw,
                                                                      data.round.id))
    t, fw, results = turn.t, data.fw, data.results
    priorities = round_priorities(fw, results)
    shown = round_shown(fw, data.round, results)
    subject = ReportShown(fw, data.round, shown.current, shown.facilitates, shown.rows_leave,
                          priorities)
    additions = turn.router.additions
    added = await prepared(additions, IN_REPORT, turn.tx, subject)
    columns = await prepared(additions, IN_CAPABILITY_TABLE, turn.tx, subject)
    disputed = await prepared(additions, ON_DISAGREEMENT, turn.tx, subject)
    signed = await prepared(additions, IN_SIGN_OFF, turn.tx, subject)
    marks = await chart_marks(turn, data)
    asides = await change_notes(turn, data, compared)  # after each compared capability

    def pdf() -> bytes:
        why = withheld(t, data.round, results)  # no notes leave one by one until they may
        added_columns = drawn_by(columns, t)
        lines = []
        for cap in fw.capabilities:
            notes = column_notes(cap.id, added_columns)
            notes += [] if why else [a.note for a in answers if a.item == cap.item and a.note]
            lines.append(CapabilityLine(
                f"{cap.id}. {t.content(cap.name)}",
                capability_cells(t, cap.id, results.items[cap.item], added_columns),
                tuple(notes)))
        state = round_stamp(t, validation)
        not_known = tuple(
            t.content(c.name) for c in fw.capabilities
            if (s := results.shown(c.item)) is None or s.median is None
        )
        change: dict[str, Any] = {}
        if compared is not None:
            domains, capabilities = screens.change_names(t, fw, compared[1])
            noted = drawn_by(asides, t)
            change = {
                "change_title": t.gettext("Change since {earlier}").format(
                    earlier=heading(t, compared[0])),
                "changes": tuple((name, screens.noted(screens.change_text(t, c), c.key, fw,
                                                      noted))
                                 for name, c in domains + capabilities),
                "change_note": " ".join([
                    *screens.people_lines(t, compared[0], data.round, compared[1]),
                    *([screens.hidden_changes(t, compared[1].hidden)]
                      if compared[1].hidden else [])]),
            }
        return report_pdf(t, fw, ReportData(
            title=heading(t, data.round),
            subtitle=t.gettext("Results of a round of self-assessment against the Model "
                               "National Response (MNR)") + " · " + t.ngettext(
                "{n} participant has answered", "{n} participants have answered",
                results.participants).format(n=results.participants),
            today=data.today,
            charts=() if text_only else round_charts(t, data, compared, marks, asides),
            capabilities=tuple(lines), not_known=not_known,
            not_known_title=t.gettext("Not known yet, or too few answers to show"),
            priorities=priorities, **change,
            sessions=tuple((session_name(t, s), question_figures(t, fw, s))
                           for s in data.sessions),
            sessions_title=t.gettext("Group sessions"), sessions_note=apart_note(t),
            domains=tuple(domain_texts(t, fw, results.profile, shared=True)),
            domains_title=t.gettext("Profile by domain"),
            notes_withheld=why,
            added=tuple(drawn_by(added, t)),
            stamp=state,
            summary=summary_section(t, fw, results, added_columns, priorities,
                                    t.gettext("State: {state}.").format(state=state)),
            method=method_section(t, data.round, results, data.sessions, data.agreement,
                                  validation),
            capability_header=capability_header(t, added_columns),
            capability_note=t.gettext(
                "A median, range and agreement reading need 3 or more ratings (n); don't know "
                "is counted apart, from 3 answers."),
            disagreement=disagreement_section(t, fw, results, drawn_by(disputed, t)),
            sign_off=tuple(drawn_by(signed, t)),
            one_weight=text_only,
        ))

    if current is not None:
        content = await kept(turn.tx, current, "text" if text_only else "pdf", t.locale, pdf)
        name = f"mnr-{data.round.code}-v{current.version}-report{suffix}.pdf"
        turn.attach(lambda: Attachment("document", content, name, heading(t, data.round),
                                       protect=protection(detail)))
        return
    turn.attach(lambda: Attachment("document", pdf, f"mnr-{data.round.code}-report{suffix}.pdf",
                                   heading(t, data.round), protect=protection(detail)))


async def export_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    found = await job_round(turn, detail)
    kind = detail.get("kind")
    if found is None or kind not in FORMATS:
        return
    t = turn.t
    current = await validated_version(turn, found.id)
    if current is not None:  # drawn once from its snapshot, then the same bytes
        assert current.snapshot is not None
        frozen = await load_validated_export(turn.tx, turn.fw, found, current.version,
                                             from_snapshot(turn.fw, current.snapshot),
                                             turn.router.additions)
        content, name = await kept(turn.tx, current, kind, t.locale,
                                   lambda: export_file(t, frozen, kind)[0]), \
            export_file_name(frozen, kind)
        turn.attach(lambda: Attachment("document", content, name, heading(t, found),
                                       protect=protection(detail)))
        return
    data = await load_export(turn.tx, turn.fw, found, turn.router.additions)

    def draw() -> Attachment:
        content, name = export_file(t, data, kind)
        return Attachment("document", content, name, heading(t, found),
                          protect=protection(detail))

    turn.attach(draw)
