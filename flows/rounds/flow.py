"""Shared rounds for facilitators: /new opens one with its invitation links, /results shows its
results with the privacy thresholds applied, its chart, report and exports, invitations,
publishing to participants, closing, and the change since an earlier round.

Only the round's facilitators and the bot's administrators may see any of it; everyone else is
told so and sees nothing of the round.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel

from flows.documents.charts import Earlier, charts, qr_card, session_chart
from flows.documents.exports import FORMATS, export_file, load_export, withheld
from flows.documents.pdf import ReportData, capability_line, report_pdf
from flows.documents.report import domain_texts, result_text
from flows.documents.results import ResultsData, heading, results_of
from flows.documents.session_votes import (
    SessionVotes,
    apart_note,
    load_sessions,
    question_figures,
    session_name,
    sessions_screen,
)
from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.declare import Move, State, View
from flows.engine.effects import Attachment, Button, Screen
from flows.engine.flow import Flow
from flows.engine.store import SECTORS, Invite, Role, Round
from flows.engine.translator import N_, Translator
from flows.engine.turn import Turn
from flows.kit.countries import country_codes
from flows.kit.country_step import country_screen, country_typed, load_country
from flows.kit.layout import single
from flows.kit.texts import bold, escape, italic, sector_label
from flows.rounds import screens
from framework.aggregate import (
    RoundChange,
    round_change,
    round_priorities,
)

NAME = "facilitate"
TITLE_MAX = 80
REMIND_AGAIN_AFTER = timedelta(days=1)  # a facilitator's reminders, per participant


class FacilitateContext(BaseModel):
    query: str | None = None
    suggestions: tuple[str, ...] = ()
    guessed: bool = False
    country: str | None = None
    title: str | None = None
    figures_only: bool = False  # the round's files hold aggregates only (chosen at /new)
    earlier: int | None = None  # the round compared with


T = Turn[FacilitateContext]


# who may see what -------------------------------------------------------------------------
async def _facilitated(turn: Turn[Any], round_id: int | None = None) -> Round | None:
    """The chat's current round (or `round_id`), if this person facilitates it (or
    administers the bot)."""
    round_id = turn.round_id if round_id is None else round_id
    if round_id is None:
        return None
    participation = await turn.tx.rounds.participation(round_id, turn.actor.user)
    if participation is not None and participation.role is Role.FACILITATOR:
        return participation.round
    if turn.actor.user in turn.env.admins:
        return await turn.tx.rounds.get(round_id)
    return None


def facilitators_only(
    handler: Callable[[T, Round, str], Awaitable[None]],
) -> Callable[[T, str], Awaitable[None]]:
    """An action on the chat's current round, for its facilitators and the bot's admins only:
    anyone else gets a clear refusal, and nothing changes."""

    @functools.wraps(handler)
    async def guarded(turn: T, arg: str) -> None:
        found = await _facilitated(turn)
        if found is None:
            _refuse(turn)
            return
        await handler(turn, found, arg)

    return guarded


def _refuse(turn: T) -> None:
    t = turn.t
    turn.send(lambda: Screen(escape(t.gettext(
        "Only the facilitators of a round can see its results, reports and exports. Open "
        "your own round with /new, or switch to one you facilitate with /rounds."
    ))))


async def load_results(turn: T) -> ResultsData:
    found = await _facilitated(turn)
    assert found is not None, "results are drawn only for a facilitator"
    return await results_data(turn, found)


async def results_data(turn: Turn[Any], found: Round) -> ResultsData:
    return ResultsData(turn.fw, found, await results_of(turn.tx, turn.fw, found.id),
                               datetime.now(UTC), await load_sessions(turn.tx, turn.fw, found.id))


# opening a round --------------------------------------------------------------------------
def fresh(turn: T) -> None:
    turn.ctx = FacilitateContext()


async def new(turn: T, arg: str) -> None:
    turn.move("begin")


async def country_chosen(turn: T, code: str) -> None:
    turn.ctx.country = code
    turn.move("pick")


async def load_title(turn: T) -> tuple[str, str]:
    assert turn.ctx.country is not None
    return turn.ctx.country, default_title(turn.t, turn.ctx.country)


def default_title(t: Translator, country: str) -> str:
    return f"{t.country(country)} {datetime.now(UTC).year}"


def render_title(t: Translator, data: tuple[str, str]) -> list[Screen]:
    country, suggested = data
    text = "\n".join([
        escape(t.gettext("Country: {country}").format(country=t.isolate(t.country(country)))),
        "",
        escape(t.gettext(
            "Give the round a title that participants will recognise, for example “{title}”. "
            "Type it, or use the suggestion."
        ).format(title=suggested)),
    ])
    label = t.gettext("Use “{title}”").format(title=suggested)
    return [Screen(text, ((Button(label, "fa.title"),),))]


async def title_typed(turn: T, text: str) -> None:
    title = " ".join(text.split())[:TITLE_MAX]
    if not title:
        turn.fresh = turn.redraw = True
        return
    turn.ctx.title = title
    turn.fresh = True
    turn.move("titled")


async def title_suggested(turn: T, arg: str) -> None:
    assert turn.ctx.country is not None
    turn.ctx.title = default_title(turn.t, turn.ctx.country)
    turn.move("titled")


async def load_privacy(turn: T) -> str:
    assert turn.ctx.title is not None
    return turn.ctx.title


def render_privacy(t: Translator, title: str) -> list[Screen]:
    text = "\n".join([
        bold(t.gettext("What may the facilitators of “{round}” see?").format(round=title)),
        escape(t.gettext(
            "Answers under pseudonyms: each answer and evidence note under a random code, "
            "with the sector where 3 or more share it, in exports once 3 or more people have "
            "rated.")),
        escape(t.gettext(
            "Figures only: medians, ranges and counts of 3 or more answers; no answer or note "
            "ever leaves the assistant one by one. You can switch to this later, never back.")),
        escape(t.gettext("Participants are told which before their first answer.")),
    ])
    return [Screen(text, single(
        Button(t.gettext("Answers under pseudonyms"), "fa.privacy", "rows"),
        Button(t.gettext("Figures only"), "fa.privacy", "figures"),
    ))]


async def privacy_chosen(turn: T, choice: str) -> None:
    turn.ctx.figures_only = choice == "figures"
    turn.move("chosen")


async def load_sector(turn: T) -> str:
    assert turn.ctx.title is not None
    return turn.ctx.title


def render_sector(t: Translator, title: str) -> list[Screen]:
    text = escape(t.gettext(
        "Which sector do you work in? It is kept with “{round}” only."
    ).format(round=title))
    buttons = [Button(sector_label(t, s), "fa.sector", s) for s in SECTORS]
    return [Screen(text, tuple((b,) for b in buttons))]


async def sector_chosen(turn: T, sector: str) -> None:
    assert turn.ctx.country is not None and turn.ctx.title is not None
    new_round = await turn.tx.rounds.create(turn.ctx.country, turn.actor.user, turn.ctx.title,
                                            turn.ctx.figures_only)
    await turn.tx.rounds.join(new_round.id, turn.actor.user, sector, Role.FACILITATOR)
    participant = await turn.tx.rounds.invite(new_round.id, Role.PARTICIPANT)
    await turn.tx.rounds.invite(new_round.id, Role.FACILITATOR)
    await turn.tx.rounds.invite(new_round.id, Role.PULSE)
    turn.round_id = new_round.id
    turn.ctx = FacilitateContext()
    _attach_qr(turn, participant, new_round)
    turn.move("opened")


# invitations ------------------------------------------------------------------------------
def link(username: str | None, invite: Invite) -> str:
    if username:
        return f"https://t.me/{username}?start={invite.code}"
    return f"/start {invite.code}"


def _attach_qr(turn: T, invite: Invite, found: Round) -> None:
    url = link(turn.env.bot_username, invite)
    t = turn.t
    pulse = invite.role is Role.PULSE
    caption = (t.gettext("Scan for the pulse check (six questions): {link}") if pulse
               else t.gettext("Scan to join the round: {link}")).format(link=url)
    what = (t.gettext("Pulse check: six questions, about two minutes") if pulse
            else t.gettext("Scan to join the round"))
    title = heading(t, found)
    turn.attach(lambda: Attachment(
        kind="image", data=qr_card(url, title, what), caption=caption,
        filename="mnr-pulse.png" if pulse else "mnr-invitation.png",
    ))


class InvitesData(BaseModel):
    title: str
    participant: str | None
    facilitator: str | None
    pulse: str | None = None


async def load_invites(turn: T) -> InvitesData:
    found = await _facilitated(turn)
    assert found is not None
    username = turn.env.bot_username
    participant = await turn.tx.rounds.current_invite(found.id, Role.PARTICIPANT)
    facilitator = await turn.tx.rounds.current_invite(found.id, Role.FACILITATOR)
    pulse = await turn.tx.rounds.current_invite(found.id, Role.PULSE)
    return InvitesData(
        title=heading(turn.t, found),
        participant=link(username, participant) if participant else None,
        facilitator=link(username, facilitator) if facilitator else None,
        pulse=link(username, pulse) if pulse else None,
    )


def render_invites(t: Translator, data: InvitesData) -> list[Screen]:
    lines = [bold(t.gettext("Invitations: {round}").format(round=data.title)), ""]
    if data.participant:
        lines += [escape(t.gettext("Participants join with:")), escape(data.participant), ""]
    if data.facilitator:
        lines += [escape(t.gettext(
            "Co-facilitators (who also see the results) join with:"
        )), escape(data.facilitator), ""]
    if data.pulse:
        lines += [escape(t.gettext(
            "For a meeting, the pulse check (six questions, about two minutes) opens with:"
        )), escape(data.pulse), ""]
    lines.append(italic(t.gettext(
        "Anyone with a link can join. A new link replaces the old one, which then stops "
        "working."
    )))
    buttons = single(
        Button(t.gettext("New participant link"), "fa.renew", "participant"),
        Button(t.gettext("New co-facilitator link"), "fa.renew", "facilitator"),
        Button(t.gettext("New pulse link"), "fa.renew", "pulse"),
        Button(t.gettext("QR code"), "fa.qr", "participant"),
        Button(t.gettext("Pulse QR code"), "fa.qr", "pulse"),
        Button(t.gettext("Back to the results"), "fa.back"),
    )
    return [Screen("\n".join(lines), buttons)]


def render_opened(t: Translator, data: InvitesData) -> list[Screen]:
    (screen,) = render_invites(t, data)
    text = "\n".join([
        bold(t.gettext("Round opened: {round}").format(round=data.title)),
        escape(t.gettext(
            "Share the participant link (or its QR code, sent with it) with the people who "
            "should answer. You are its facilitator: /results shows what they answer, once at "
            "least 3 have rated a capability."
        )),
        "", screen.text,
    ])
    buttons = single(Button(t.gettext("Answer the questions myself"), "fa.answer"),
                     Button(t.gettext("Results"), "fa.back"))
    return [Screen(text, buttons)]


@facilitators_only
async def renew(turn: T, found: Round, role: str) -> None:
    invite = await turn.tx.rounds.invite(found.id, Role(role))
    turn.say(turn.t.gettext("A new link is ready; the old one no longer works."))
    if invite.role is not Role.FACILITATOR:
        _attach_qr(turn, invite, found)
    turn.move("refresh")


@facilitators_only
async def qr(turn: T, found: Round, kind: str) -> None:
    invite = await turn.tx.rounds.current_invite(found.id, Role(kind))
    if invite is None:  # a round opened before pulse links existed
        invite = await turn.tx.rounds.invite(found.id, Role(kind))
    _attach_qr(turn, invite, found)


async def answer(turn: T, arg: str) -> None:
    await turn.run_command("start")


# results ----------------------------------------------------------------------------------
@facilitators_only
async def results(turn: T, found: Round, arg: str) -> None:
    turn.move("results")


async def back(turn: T, arg: str) -> None:
    await results(turn, arg)


@facilitators_only
async def by_sector(turn: T, found: Round, arg: str) -> None:
    turn.move("sectors")


@facilitators_only
async def invites(turn: T, found: Round, arg: str) -> None:
    turn.move("invites")


@facilitators_only
async def sessions(turn: T, found: Round, arg: str) -> None:
    turn.move("sessions")


@facilitators_only
async def publish(turn: T, found: Round, arg: str) -> None:
    showing = found.published_at is None
    await turn.tx.rounds.publish(found.id, datetime.now(UTC) if showing else None)
    turn.say(turn.t.gettext("Participants now see the results in /summary.") if showing
             else turn.t.gettext("Participants no longer see the results."))
    turn.move("refresh")


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
async def close(turn: T, found: Round, arg: str) -> None:
    turn.move("close")


@facilitators_only
async def figures_only(turn: T, found: Round, arg: str) -> None:
    turn.move("figures_check")


@facilitators_only
async def figures_only_yes(turn: T, found: Round, arg: str) -> None:
    await turn.tx.rounds.make_figures_only(found.id)
    turn.say(turn.t.gettext("From now on, only figures leave the assistant for this round."))
    turn.move("results")


@facilitators_only
async def close_yes(turn: T, found: Round, arg: str) -> None:
    await turn.tx.rounds.close(found.id, datetime.now(UTC))
    turn.say(turn.t.gettext("The round is closed."))
    turn.move("results")


@facilitators_only
async def chart(turn: T, found: Round, arg: str) -> None:
    await turn.job("chart", job_detail(turn, found))


@facilitators_only
async def report(turn: T, found: Round, arg: str) -> None:
    await turn.job("report", job_detail(turn, found))


@facilitators_only
async def export(turn: T, found: Round, kind: str) -> None:
    await turn.job("export", {"round": found.id, "kind": kind})


def job_detail(turn: T, found: Round) -> dict[str, Any]:
    """What a chart or report job needs: the round, and the one compared with if on screen."""
    compared = turn.ctx.earlier if turn.state == "compared" else None
    return {"round": found.id, "earlier": compared}


async def job_round(turn: Turn[Any], detail: dict[str, Any]) -> Round | None:
    """The job's round, if its person still facilitates it (checked again when drawn)."""
    round_id = detail.get("round")
    return await _facilitated(turn, round_id) if isinstance(round_id, int) else None


async def job_results(turn: Turn[Any], detail: dict[str, Any]
                      ) -> tuple[ResultsData, tuple[Round, RoundChange] | None] | None:
    """A chart or report job's figures, and the comparison it was asked with."""
    found = await job_round(turn, detail)
    if found is None:
        return None
    return (await results_data(turn, found),
            await load_change(turn, found, detail.get("earlier")))


async def chart_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    loaded = await job_results(turn, detail)
    if loaded is None:
        return
    data, compared = loaded
    t = turn.t

    @functools.cache
    def pictures() -> tuple[bytes, ...]:
        return round_charts(t, data, compared)

    def draw(index: int) -> Attachment:
        return Attachment("image", pictures()[index], f"mnr-{data.round.code}-{index + 1}.png",
                          heading(t, data.round))

    def draw_session(session: SessionVotes) -> Attachment:
        # a picture of its own: votes are never drawn among the answers
        title, name = heading(t, data.round), session_name(t, session)
        return Attachment("image", session_chart(
            t, data.fw, f"{title}\n{name}", session.mode, session.results,
            t.gettext("too few votes")),
            f"mnr-{data.round.code}-session-{session.number}.png", f"{title} · {name}")

    turn.attach(lambda: draw(0))
    turn.attach(lambda: draw(1))
    for session in data.sessions if compared is None else ():
        turn.attach(functools.partial(draw_session, session))


def round_charts(t: Translator, data: ResultsData,
                 compared: tuple[Round, RoundChange] | None) -> tuple[bytes, bytes]:
    stats = {c.id: data.results.shown(c.item) for c in data.fw.capabilities}
    earlier = (Earlier(heading(t, compared[0]), compared[1]) if compared is not None
               else None)
    return charts(t, data.fw, heading(t, data.round), data.results.profile, stats,
                  t.gettext("too few answers"), earlier)


async def report_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    loaded = await job_results(turn, detail)
    if loaded is None:
        return
    data, compared = loaded
    answers = await turn.tx.answers.of_round(data.round.id)
    t = turn.t

    def draw() -> Attachment:
        fw, results = data.fw, data.results
        why = withheld(t, data.round, results)  # no notes leave one by one until they may
        lines = []
        for cap in fw.capabilities:
            value = result_text(t, results.items[cap.item])
            notes = [] if why else [a.note for a in answers if a.item == cap.item and a.note]
            lines.append(capability_line(t, fw, f"{cap.id}. {t.content(cap.name)}", value,
                                         notes))
        not_known = tuple(
            t.content(c.name) for c in fw.capabilities
            if (s := results.shown(c.item)) is None or s.median is None
        )
        change: dict[str, Any] = {}
        if compared is not None:
            domains, capabilities = screens.change_names(t, fw, compared[1])
            change = {
                "change_title": t.gettext("Change since {earlier}").format(
                    earlier=heading(t, compared[0])),
                "changes": tuple((name, screens.change_text(t, c))
                                 for name, c in domains + capabilities),
                "change_note": " ".join([
                    *screens.people_lines(t, compared[0], data.round, compared[1]),
                    *([screens.hidden_changes(t, compared[1].hidden)]
                      if compared[1].hidden else [])]),
            }
        pdf = report_pdf(t, fw, ReportData(
            title=heading(t, data.round),
            subtitle=t.gettext("Results of a round of self-assessment against the Model "
                               "National Response (MNR)") + " · " + t.ngettext(
                "{n} participant has answered", "{n} participants have answered",
                results.participants).format(n=results.participants),
            today=data.today, charts=round_charts(t, data, compared),
            capabilities=tuple(lines), not_known=not_known,
            not_known_title=t.gettext("Not known yet, or too few answers to show"),
            priorities=round_priorities(fw, results), **change,
            sessions=tuple((session_name(t, s), question_figures(t, fw, s))
                           for s in data.sessions),
            sessions_title=t.gettext("Group sessions"), sessions_note=apart_note(t),
            domains=tuple(domain_texts(t, fw, results.profile, shared=True)),
            domains_title=t.gettext("Profile by domain"),
            notes_withheld=why,
        ))
        return Attachment("document", pdf, f"mnr-{data.round.code}-report.pdf",
                          heading(t, data.round))

    turn.attach(draw)


async def export_job(turn: Turn[Any], detail: dict[str, Any]) -> None:
    found = await job_round(turn, detail)
    kind = detail.get("kind")
    if found is None or kind not in FORMATS:
        return
    data = await load_export(turn.tx, turn.fw, found)
    t = turn.t

    def draw() -> Attachment:
        content, name = export_file(t, data, kind)
        return Attachment("document", content, name, heading(t, found))

    turn.attach(draw)


# comparing with an earlier round ----------------------------------------------------------
async def load_choices(turn: T) -> tuple[Round, ...]:
    found = await _facilitated(turn)
    assert found is not None
    mine = await turn.tx.rounds.participations(turn.actor.user)
    return tuple(
        p.round for p in mine
        if p.role is Role.FACILITATOR and p.round.id != found.id
        and p.round.country == found.country and p.round.closed_at is not None
        and p.round.created_at < found.created_at
    )


@facilitators_only
async def compare(turn: T, found: Round, arg: str) -> None:
    turn.move("compare_pick")


async def pick(turn: T, round_id: str) -> None:
    choices = {r.id for r in await load_choices(turn)}
    if int(round_id) not in choices:  # not one this person facilitated: nothing said of it
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    turn.ctx.earlier = int(round_id)
    turn.move("compared")


async def load_change(turn: Turn[Any], found: Round, earlier_id: int | None
                      ) -> tuple[Round, RoundChange] | None:
    """The change since an earlier round (one this person facilitated, checked again)."""
    if not isinstance(earlier_id, int):
        return None
    earlier = await _facilitated(turn, earlier_id)
    if earlier is None:
        return None
    then = await results_of(turn.tx, turn.fw, earlier.id)
    now = await results_of(turn.tx, turn.fw, found.id)
    both = await turn.tx.queries.raters_in_both(found.id, earlier.id)
    return earlier, dataclasses.replace(round_change(turn.fw, then, now), both=both)


async def load_compare(turn: T) -> screens.CompareData:
    found = await _facilitated(turn)
    assert found is not None
    compared = await load_change(turn, found, turn.ctx.earlier)
    assert compared is not None
    return screens.CompareData(turn.fw, found, *compared)


async def load_pick(turn: T) -> tuple[Round, ...]:
    return await load_choices(turn)


FLOW: Flow[FacilitateContext] = Flow(
    name=NAME,
    code="fa",
    context=FacilitateContext,
    initial="start",
    states=[
        State("start"),
        State("country", View(load_country, lambda t, d: country_screen(t, d, "fa.country")),
              actions=("country",), text=country_typed),
        State("title", View(load_title, render_title), actions=("title",), text=title_typed),
        State("privacy", View(load_privacy, render_privacy), actions=("privacy",)),
        State("sector", View(load_sector, render_sector), actions=("sector",)),
        State("opened", View(load_invites, render_opened), actions=("answer", "back")),
        State("results", View(load_results, screens.results),
              actions=("sectors", "sessions", "chart", "report", "export", "invites",
                       "publish", "compare", "close", "remind", "figures")),
        State("sectors", View(load_results, screens.sectors), actions=("back",)),
        State("sessions", View(load_results, lambda t, d: sessions_screen(t, d.fw, d.sessions)),
              actions=("back",)),
        State("invites", View(load_invites, render_invites),
              actions=("renew", "qr", "back")),
        State("close_check", View(load_results, screens.close_check),
              actions=("close_yes", "back")),
        State("figures_check", View(load_results, screens.figures_check),
              actions=("figures_yes", "back")),
        State("compare_pick", View(load_pick, screens.compare_pick), actions=("pick", "back")),
        State("compared", View(load_compare, screens.compare),
              actions=("chart", "report", "back")),
    ],
    moves=[
        Move("begin", "*", "country", then=fresh),
        Move("search", "country", "="),
        Move("pick", "country", "title"),
        Move("titled", "title", "privacy"),
        Move("chosen", "privacy", "sector"),
        Move("opened", "sector", "opened"),
        Move("results", "*", "results"),
        Move("sectors", "results", "sectors"),
        Move("sessions", "results", "sessions"),
        Move("invites", "results", "invites"),
        Move("close", "results", "close_check"),
        Move("figures_check", "results", "figures_check"),
        Move("compare_pick", "results", "compare_pick"),
        Move("compared", "compare_pick", "compared"),
    ],
    actions=[
        Action("new", new, command="new", rank=31,
               describe=N_("Open a round for your country and invite colleagues")),
        Action("results", results, command="results", rank=32,
               describe=N_("Results of the round you facilitate")),
        Action("country", country_chosen, Arg(country_codes)),
        Action("title", title_suggested),
        Action("sector", sector_chosen, Arg(lambda: SECTORS)),
        Action("answer", answer),
        Action("back", back),
        Action("sectors", by_sector),
        Action("sessions", sessions),
        Action("chart", chart),
        Action("report", report),
        Action("export", export, one_of(*FORMATS)),
        Action("invites", invites),
        Action("renew", renew, one_of("participant", "facilitator", "pulse")),
        Action("qr", qr, one_of("participant", "pulse")),
        Action("publish", publish),
        Action("close", close),
        Action("remind", remind),
        Action("close_yes", close_yes),
        Action("privacy", privacy_chosen, one_of("rows", "figures")),
        Action("figures", figures_only),
        Action("figures_yes", figures_only_yes),
        Action("compare", compare),
        Action("pick", pick, IdArg()),
    ],
    jobs={"chart": chart_job, "report": report_job, "export": export_job},
)
