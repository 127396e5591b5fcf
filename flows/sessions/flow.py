"""Group sessions: a facilitator walks a group chat through questions on one card.

/session in a group answers with a deep link to the facilitator's private chat, where the
round, the questions (pulse or all capabilities) and the group's language are chosen; then the
card is posted in the group. Its state lives in the card's row (`flows.engine.store.Card`); its
votes are kept apart from the answers people give alone (`flows.engine.store.Votes`), with the
card's id as their session: the card and the summary count only those. Members vote on the
card or from "Details" (a deep link to a private chat with the full phase descriptors); the
round's facilitators and the bot's admins Reveal, move and End. Declared once here (`FLOW`).
"""

from __future__ import annotations

from flows.engine.declare import Move, State, View
from flows.engine.flow import Flow
from flows.kit.entries import SESSION
from flows.sessions import screens
from flows.sessions.actions import Act
from flows.sessions.context import (
    NAME,
    Go,
    SessionContext,
    facilitated_rounds,
    load_card,
    load_details,
    load_languages,
    load_nothing,
    load_total,
    mark_closed,
    mark_ended,
    next_item,
    previous_item,
)
from flows.sessions.handlers import (
    chart_job,
    chat_closed,
    details_vote,
    end,
    language_chosen,
    mode_chosen,
    next_question,
    previous_question,
    reveal,
    round_chosen,
    session_command,
    vote,
)

FLOW: Flow[SessionContext] = Flow(
    name=NAME,
    code="gs",
    context=SessionContext,
    initial="start",
    states=[
        State("start"),
        # the card, in the group
        State("setup"),
        State("open", View(load_card, screens.card),
              actions=(Act.vote, Act.reveal, Act.next, Act.back, Act.end)),
        State("revealed", View(load_card, screens.card),
              actions=(Act.vote, Act.next, Act.back, Act.end)),
        State("ended", View(load_card, screens.card)),
        # private chats
        State("pick_round", View(facilitated_rounds, screens.pick_round), actions=(Act.round,)),
        State("pick_mode", View(load_total, screens.pick_mode), actions=(Act.mode,)),
        State("pick_language", View(load_languages, screens.pick_language),
              actions=(Act.language,)),
        State("running", View(load_nothing, lambda t, _: screens.running(t))),
        State("details", View(load_details, screens.details), actions=(Act.dvote,)),
    ],
    moves=[
        Move(Go.setup, "*", "pick_round"),
        Move(Go.round, "pick_round", "pick_mode"),
        Move(Go.mode, "pick_mode", "pick_language"),
        Move(Go.go, "pick_language", "running"),
        Move(Go.details, "*", "details"),
        Move(Go.voted, "details", "="),
        Move(Go.reveal, "open", "revealed"),
        Move(Go.next, ("open", "revealed"), "open", then=next_item),
        Move(Go.back, ("open", "revealed"), "open", then=previous_item),
        Move(Go.end, ("open", "revealed"), "ended", then=mark_ended),
        Move(Go.closed, "*", "ended", then=mark_closed),
    ],
    entries={SESSION: session_command},
    actions=[
        Act.session.runs(session_command),
        Act.round.runs(round_chosen),
        Act.mode.runs(mode_chosen),
        Act.language.runs(language_chosen),
        Act.vote.runs(vote),
        Act.reveal.runs(reveal),
        Act.next.runs(next_question),
        Act.back.runs(previous_question),
        Act.end.runs(end),
        Act.dvote.runs(details_vote),
    ],
    chat_closed=chat_closed,
    jobs={"chart": chart_job},
)
