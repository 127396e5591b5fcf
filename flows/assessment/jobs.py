"""A person's own files (CSV, chart, PDF report), recorded as jobs when asked and drawn after."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from flows.assessment.context import T
from flows.assessment.loading import participation_of
from flows.documents.charts import charts
from flows.documents.exports import own_answers_csv
from flows.documents.pdf import ReportData, capability_line, report_pdf
from flows.documents.report import round_profile
from flows.documents.results import results_of, round_shown
from flows.engine.effects import Attachment, Screen
from flows.engine.extend import drawn_by, prepared
from flows.engine.store import Answer, Participation, Role
from flows.engine.turn import Turn
from flows.kit.info import own_wording
from flows.kit.places import IN_REPORT, ON_CHART, ReportShown, RoundShown
from flows.kit.texts import assessment_name, escape
from framework.recommend import top_priorities
from framework.scoring import DONT_KNOW


async def download(turn: T, arg: str) -> None:
    participation = await participation_of(turn)
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext("Your answers in this assessment, as a CSV file."))))
    await turn.job("csv", {"round": participation.round.id})


async def own_chart(turn: T, arg: str) -> None:
    await turn.job("chart", {"round": (await participation_of(turn)).round.id})


async def own_report(turn: T, arg: str) -> None:
    await turn.job("report", {"round": (await participation_of(turn)).round.id})


async def job_participation(turn: Turn[Any], detail: dict[str, Any]) -> Participation | None:
    """The job's round, if its person is still in it (checked again when drawn)."""
    round_id = detail.get("round")
    if not isinstance(round_id, int):
        return None
    return await turn.tx.rounds.participation(round_id, turn.actor.user)


async def csv_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    participation = await job_participation(turn, detail)
    if participation is None:
        return
    answers = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    t, fw = turn.t, turn.fw
    started = participation.round.created_at.date().isoformat()
    country = participation.round.country
    turn.attach(lambda: Attachment(
        kind="document",
        source=own_answers_csv(t, fw, answers),
        filename=f"mnr-{country}-{started}-answers.csv",
        caption=t.gettext("Your MNR self-assessment answers.") + " " + own_wording(t),
    ))


async def own_shown(turn: Turn[Any], participation: Participation,
                    own: Mapping[str, Answer]) -> RoundShown:
    """The round as a person's own files show it to other flows (flows.kit.places): each
    capability's phase now is, in a solo assessment, the person's own answer; in a shared
    round, its median, if the person facilitates it or its results are shown to them."""
    r, fw = participation.round, turn.fw
    facilitates = participation.role is Role.FACILITATOR  # a solo assessment's owner is one
    current: dict[int, float | None] = {}
    if r.title is None:
        for c in fw.capabilities:
            answer = own.get(c.item)
            value = answer.value if answer is not None else None
            current[c.id] = float(value) if value is not None and value != DONT_KNOW else None
    elif facilitates or r.published_at is not None:
        current = dict(round_shown(fw, r, await results_of(turn.tx, fw, r.id)).current)
    return RoundShown(fw, r, current, facilitates, rows_leave=True)  # their own answers


async def chart_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    participation = await job_participation(turn, detail)
    if participation is None:
        return
    own = await turn.tx.answers.of_round(participation.round.id, turn.actor.user)
    t, fw = turn.t, turn.fw
    name = assessment_name(t, participation.round.country, participation.round.created_at,
                           participation.round.title)
    shown = await own_shown(turn, participation, {a.item: a for a in own})
    marks = await prepared(turn.router.additions, ON_CHART, turn.tx, shown)

    @functools.cache
    def pictures() -> tuple[bytes, ...]:
        profile = round_profile(fw, [a for a in own if a.item.startswith("cap:")])
        stats = {c.id: profile.capabilities[c.id] for c in fw.capabilities}
        return charts(t, fw, name, profile, stats, t.gettext("not known yet"), shared=False,
                      marks=marks)

    def draw(index: int) -> Attachment:
        return Attachment("image", lambda: pictures()[index], f"mnr-profile-{index + 1}.png",
                          name)

    turn.attach(lambda: draw(0))
    turn.attach(lambda: draw(1))


async def report_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    participation = await job_participation(turn, detail)
    if participation is None:
        return
    own = {a.item: a for a in await turn.tx.answers.of_round(participation.round.id,
                                                               turn.actor.user)}
    t, fw = turn.t, turn.fw
    r = participation.round
    name = assessment_name(t, r.country, r.created_at, r.title)
    profile = round_profile(fw, [a for a in own.values() if a.item.startswith("cap:")])
    priorities = top_priorities(fw, profile)
    shown = await own_shown(turn, participation, own)
    additions = turn.router.additions
    marks = await prepared(additions, ON_CHART, turn.tx, shown)
    added = await prepared(additions, IN_REPORT, turn.tx, ReportShown(
        fw, r, shown.current, shown.facilitates, shown.rows_leave, tuple(priorities)))

    def pdf() -> bytes:
        stats = {c.id: profile.capabilities[c.id] for c in fw.capabilities}
        pictures = charts(t, fw, name, profile, stats, t.gettext("not known yet"),
                          shared=False, marks=marks)
        lines = []
        for cap in fw.capabilities:
            answer = own.get(cap.item)
            lines.append(capability_line(
                t, fw, f"{cap.id}. {t.content(cap.name)}",
                answer.value if answer is not None else None,
                [answer.note] if answer is not None and answer.note else [],
            ))
        not_known = tuple(t.content(c.name) for c in fw.capabilities
                          if profile.capabilities[c.id].n == 0)
        return report_pdf(t, fw, ReportData(
            title=t.gettext("Maturity profile: {name}").format(name=name),
            subtitle=t.gettext("Self-assessment against the Model National Response (MNR)"),
            today=datetime.now(UTC), charts=pictures, capabilities=tuple(lines),
            not_known=not_known, priorities=priorities,
            added=tuple(drawn_by(added, t)),
        ))

    turn.attach(lambda: Attachment("document", pdf, f"mnr-{r.country}-report.pdf", name))
