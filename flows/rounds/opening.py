"""Opening a round (/new): its country, title, privacy (pseudonyms or figures only) and the
facilitator's own sector; then its invitation links and their QR codes."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel

from flows.documents.charts import qr_card
from flows.documents.results import heading
from flows.engine.declare import REFRESH
from flows.engine.effects import Attachment, Button, Screen, button, single
from flows.engine.store import SECTORS, Invite, Role, Round
from flows.engine.translator import Translator
from flows.kit.access import facilitated_round
from flows.kit.texts import bold, escape, italic, sector_label
from flows.rounds.actions import Act
from flows.rounds.context import (
    TITLE_MAX,
    FacilitateContext,
    Go,
    T,
    facilitators_only,
)


# opening a round --------------------------------------------------------------------------
def fresh(turn: T) -> None:
    turn.ctx = FacilitateContext()



async def country_chosen(turn: T, code: str) -> None:
    turn.ctx.country = code
    turn.move(Go.pick)


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
    return [Screen(text, ((button(t, Act.title, title=suggested),),))]


async def title_typed(turn: T, text: str) -> None:
    title = " ".join(text.split())[:TITLE_MAX]
    if not title:
        turn.fresh = turn.redraw = True
        return
    turn.ctx.title = title
    turn.fresh = True
    turn.move(Go.titled)


async def title_suggested(turn: T, arg: str) -> None:
    assert turn.ctx.country is not None
    turn.ctx.title = default_title(turn.t, turn.ctx.country)
    turn.move(Go.titled)


async def load_privacy(turn: T) -> tuple[str, bool]:
    assert turn.ctx.title is not None
    return turn.ctx.title, turn.ctx.confidential


async def confidential_toggled(turn: T, arg: str) -> None:
    turn.ctx.confidential = not turn.ctx.confidential
    turn.move(Go.toggled)


def render_privacy(t: Translator, data: tuple[str, bool]) -> list[Screen]:
    title, confidential = data
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
        "",
        escape(t.gettext(
            "Confidential round: every message and file of the round is sent protected, so "
            "that Telegram does not let it be forwarded or saved. It can be chosen only now, "
            "and not undone.")),
    ])
    mark = "✓ " if confidential else ""
    return [Screen(text, single(
        button(t, Act.confidential, mark=mark),
        Button(t.gettext("Answers under pseudonyms"), Act.privacy, "rows"),
        Button(t.gettext("Figures only"), Act.privacy, "figures"),
    ))]


async def privacy_chosen(turn: T, choice: str) -> None:
    turn.ctx.figures_only = choice == "figures"
    turn.move(Go.chosen)


async def load_sector(turn: T) -> str:
    assert turn.ctx.title is not None
    return turn.ctx.title


def render_sector(t: Translator, title: str) -> list[Screen]:
    text = escape(t.gettext(
        "Which sector do you work in? It is kept with “{round}” only."
    ).format(round=title))
    buttons = [Button(sector_label(t, s), Act.sector, s) for s in SECTORS]
    return [Screen(text, tuple((b,) for b in buttons))]


async def sector_chosen(turn: T, sector: str) -> None:
    assert turn.ctx.country is not None and turn.ctx.title is not None
    new_round = await turn.tx.rounds.create(turn.ctx.country, turn.actor.user, turn.ctx.title,
                                            turn.ctx.figures_only, turn.ctx.confidential)
    await turn.tx.rounds.join(new_round.id, turn.actor.user, sector, Role.FACILITATOR)
    participant = await turn.tx.rounds.invite(new_round.id, Role.PARTICIPANT)
    await turn.tx.rounds.invite(new_round.id, Role.FACILITATOR)
    await turn.tx.rounds.invite(new_round.id, Role.PULSE)
    turn.round_id = new_round.id
    turn.ctx = FacilitateContext()
    _attach_qr(turn, participant, new_round)
    turn.move(Go.opened)


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
        kind="image", source=lambda: qr_card(url, title, what), caption=caption,
        filename="mnr-pulse.png" if pulse else "mnr-invitation.png",
    ))


class InvitesData(BaseModel):
    title: str
    participant: str | None
    facilitator: str | None
    pulse: str | None = None


async def load_invites(turn: T) -> InvitesData:
    found = await facilitated_round(turn)
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
        Button(t.gettext("New participant link"), Act.renew, "participant"),
        Button(t.gettext("New co-facilitator link"), Act.renew, "facilitator"),
        Button(t.gettext("New pulse link"), Act.renew, "pulse"),
        Button(t.gettext("QR code"), Act.qr, "participant"),
        Button(t.gettext("Pulse QR code"), Act.qr, "pulse"),
        button(t, Act.back),
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
    buttons = single(button(t, Act.answer),
                     Button(t.gettext("Results"), Act.back))
    return [Screen(text, buttons)]


@facilitators_only
async def renew(turn: T, found: Round, role: str) -> None:
    invite = await turn.tx.rounds.invite(found.id, Role(role))
    turn.say(turn.t.gettext("A new link is ready; the old one no longer works."))
    if invite.role is not Role.FACILITATOR:
        _attach_qr(turn, invite, found)
    turn.move(REFRESH)


@facilitators_only
async def qr(turn: T, found: Round, kind: str) -> None:
    invite = await turn.tx.rounds.current_invite(found.id, Role(kind))
    if invite is None:  # a round opened before pulse links existed
        invite = await turn.tx.rounds.invite(found.id, Role(kind))
    _attach_qr(turn, invite, found)

