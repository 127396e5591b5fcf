"""A confidential round end to end (the real Application over HTTP to the local Bot API
server): from the moment it is opened, every message, photo and document of the round carries
`protect_content`, in the facilitator's and participants' chats and in its group session; no
message sent unprotected is ever edited into one of the round's screens; an unprotected copy
of a file goes out only after its confirmation, which is recorded."""

from __future__ import annotations

from tests.botapi import BotApiServer, Person
from tests.botapi.server import Call
from tests.e2e.conftest import LINK, rows, say, tap
from tests.e2e.test_session_telegram import (
    card_of,
    consent_all,
    lead,
    meeting_bot,
    start_session,
    vote,
)

SENDS = ("sendMessage", "sendPhoto", "sendDocument")
EDITS = ("editMessageText", "editMessageCaption", "editMessageMedia")


async def open_confidential(person: Person, title: str) -> str:
    """/new with "Confidential round" ticked; the round's participant invitation code."""
    screen = await say(person, "/new")
    if "I agree" in screen.labels:
        await tap(person, "I agree")
    await say(person, "Chile")
    await tap(person, "Chile")
    await say(person, title)
    screen = await tap(person, "Confidential round")
    assert "✓ Confidential round" in screen.labels
    await tap(person, "Answers under pseudonyms")
    await tap(person, "Government", changes=2)  # the round's screen and its QR code
    opened = [m for m in person.messages() if m.buttons][-1]
    codes: list[str] = LINK.findall(opened.plain)
    return codes[0]


def of_round(server: BotApiServer, chats: set[int], since: float) -> list[Call]:
    return [c for c in server.calls() if c.at >= since and c.params.get("chat_id") in chats]


async def test_every_message_and_file_of_a_confidential_round_is_protected(
    server: BotApiServer, database_url: str
) -> None:
    async with meeting_bot(server, database_url):
        facilitator = server.user(2500)
        people = [server.user(2501 + n) for n in range(3)]
        group = server.group(-1002500, "Chile task force")
        await group.add_bot(facilitator)
        await consent_all(people)
        code = await open_confidential(facilitator, "Chile confidential")
        ((since,),) = [(c.at,) for c in server.calls("sendPhoto", facilitator.id)][-1:]
        ((confidential,),) = rows(database_url, "SELECT confidential FROM rounds")
        assert confidential
        for person in people:  # each joins and rates the first question
            await say(person, f"/start {code}")
            await tap(person, "Government")
            await tap(person, "Start (question 1)")
            await tap(person, "Phase 2")
        # the facilitator's screens and files
        await say(facilitator, "/results", changes=2)
        await tap(facilitator, "Report (PDF)")
        await tap(facilitator, "Export XLSX")
        # a group session of the round: its card, the votes' redraws, the summary and chart
        before_session = max(c.at for c in server.calls())
        card, _ = await start_session(facilitator, group, "Chile confidential (Chile)")
        for person in people:
            await vote(person, group, card, "Phase 3")
        await facilitator.wait_for(lambda: "3 votes" in card_of(group).plain, chat=group)
        await lead(facilitator, group, "Reveal", "Voting on this question")
        await lead(facilitator, group, "End", "End the session now?")
        await lead(facilitator, group, "Yes, end it", "Group session ended")
        await facilitator.wait_for(lambda: group.messages()[-1].photo is not None, chat=group)

        chats = {facilitator.id, *(p.id for p in people)}
        private = of_round(server, chats, since)
        # the group's messages from the card on (/session's answer names no round)
        in_group = [c for c in of_round(server, {group.id}, before_session)
                    if c.method != "sendMessage" or "reply_markup" not in c.params
                    or "start=gs" not in str(c.params["reply_markup"])]
        sent = [c for c in private + in_group if c.method in SENDS and c.ok]
        assert len(sent) >= 12
        unprotected = [(c.method, str(c.params.get("text", ""))[:60]) for c in sent
                       if not c.params.get("protect_content")]
        assert unprotected == []
        assert {c.method for c in sent} == set(SENDS)
        # an edit only ever changes a message that was sent protected
        edited = [c for c in private + in_group if c.method in EDITS and c.ok]
        assert edited
        for call in edited:
            message = server.message(int(call.params["chat_id"]),
                                     int(call.params["message_id"]))
            assert message is not None and message.protected, call.params

        # an unprotected copy: asked, confirmed, recorded, sent without protection
        before = max(c.at for c in server.calls())
        await say(facilitator, "/results", changes=2)
        screen = await tap(facilitator, "Unprotected copy…")
        assert "can be forwarded and saved by anyone" in screen.plain
        await tap(facilitator, "Report (PDF), unprotected", changes=2)
        copies = [c for c in server.calls("sendDocument", facilitator.id) if c.at > before]
        assert [bool(c.params.get("protect_content")) for c in copies] == [False]
        assert rows(database_url, "SELECT user, kind FROM unprotected_copies") == [
            (f"tg:{facilitator.id}", "pdf")]
