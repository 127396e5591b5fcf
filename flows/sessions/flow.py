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
    ask_end,
    facilitated_rounds,
    keep_on,
    load_card,
    load_details,
    load_languages,
    load_nothing,
    load_presenter,
    load_total,
    mark_closed,
    mark_ended,
    mark_resumed,
    mark_revealed,
    next_item,
    previous_item,
    vote_again,
)
from flows.sessions.handlers import (
    agenda_chosen,
    chat_closed,
    details_vote,
    language_chosen,
    mode_chosen,
    round_chosen,
    session_command,
    vote,
)
from flows.sessions.leading import (
    again,
    chart_job,
    end,
    end_confirmed,
    fresh,
    go_on,
    next_question,
    previous_question,
    resume,
    reveal,
    revoke_joins_job,
)
from flows.sessions.presenter import make_link

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
              actions=(Act.vote, Act.reveal, Act.next, Act.back, Act.end, Act.end_yes,
                       Act.keep_on)),
        State("revealed", View(load_card, screens.card),
              actions=(Act.vote, Act.again, Act.next, Act.back, Act.end, Act.end_yes,
                       Act.keep_on)),
        State("ended", View(load_card, screens.card), actions=(Act.resume, Act.fresh)),
        # private chats
        State("pick_round", View(facilitated_rounds, screens.pick_round), actions=(Act.round,)),
        State("pick_mode", View(load_total, screens.pick_mode), actions=(Act.mode,)),
        State("pick_agenda", View(load_nothing, lambda t, _: screens.pick_agenda(t)),
              actions=(Act.agenda,)),
        State("pick_language", View(load_languages, screens.pick_language),
              actions=(Act.language, Act.present)),
        State("running", View(load_presenter, screens.running), actions=(Act.present,)),
        State("details", View(load_details, screens.details), actions=(Act.dvote,)),
    ],
    moves=[
        Move(Go.setup, "*", "pick_round"),
        Move(Go.round, "pick_round", "pick_mode"),
        Move(Go.agenda, "pick_mode", "pick_agenda"),
        Move(Go.mode, ("pick_mode", "pick_agenda"), "pick_language"),
        Move(Go.go, "pick_language", "running"),
        Move(Go.lead, "*", "running"),
        Move(Go.details, "*", "details"),
        Move(Go.voted, "details", "="),
        Move(Go.reveal, "open", "revealed", then=mark_revealed),
        Move(Go.again, "revealed", "open", then=vote_again),
        Move(Go.next, ("open", "revealed"), "open", then=next_item),
        Move(Go.back, ("open", "revealed"), "open", then=previous_item),
        Move(Go.ask_end, ("open", "revealed"), "=", then=ask_end),
        Move(Go.keep_on, ("open", "revealed"), "=", then=keep_on),
        Move(Go.end, ("open", "revealed"), "ended", then=mark_ended),
        Move(Go.resume, "ended", "open", then=mark_resumed),
        Move(Go.fresh, "ended", "="),
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
        Act.end_yes.runs(end_confirmed),
        Act.keep_on.runs(go_on),
        Act.again.runs(again),
        Act.resume.runs(resume),
        Act.fresh.runs(fresh),
        Act.agenda.runs(agenda_chosen),
        Act.dvote.runs(details_vote),
        Act.present.runs(make_link),
    ],
    chat_closed=chat_closed,
    jobs={"chart": chart_job, "revoke_joins": revoke_joins_job},
)
