"""From votes to a national position, end to end (the real Application over HTTP to the local
Bot API server): eight people vote on three questions; the facilitator reveals, opens a second
vote (two change their minds), records the agreed position in private in three taps with a
preset reason and a dissent note; with four voters only the latest spread shows; End asks
first and the summary names the questions not reached; the JSON export holds both votes'
distributions, the agreed phase, its rationale and the dissent."""

from __future__ import annotations

import asyncio
import io
import json
from collections import Counter
from collections.abc import Sequence

import openpyxl

from flows.engine.store import FIRST_VOTING
from framework import load_framework
from framework.scoring import DONT_KNOW, Rating
from tests.botapi import BotApiServer, Person, Screen
from tests.e2e.conftest import rows, say, tap
from tests.e2e.test_session_telegram import (
    card_of,
    figures_text,
    lead,
    meeting,
    meeting_bot,
    value_of,
    vote,
)

FW = load_framework()
PHASES = ("Phase 1", "Phase 2", "Phase 3", "Phase 4", "Don't know")
KEYS: tuple[Rating, ...] = (1, 2, 3, 4, DONT_KNOW)
DISSENT = "Two sectors see Phase 2: the referral pathway is not yet used"


def both_lines(first: Sequence[str], second: Sequence[str]) -> str:
    """The revealed card after a second vote, both spreads: "Phase 2: 3 → 1" per answer."""
    was, now = Counter(first), Counter(second)
    return "\n".join(f"{label}: {was[label]} → {now[label]}" for label in PHASES)


def counts_json(labels: Sequence[str]) -> dict[str, int]:
    found = Counter(value_of(label) for label in labels)
    return {str(key): found[key] for key in KEYS}


async def votes_of(people: Sequence[Person], group: object, labels: Sequence[str]) -> None:
    card = card_of(group)  # type: ignore[arg-type]
    await asyncio.gather(*(vote(p, group, card, label)  # type: ignore[arg-type]
                           for p, label in zip(people, labels, strict=True)))


async def test_vote_again_agree_and_export(server: BotApiServer, database_url: str) -> None:
    async with meeting_bot(server, database_url):
        m = await meeting(server, 2100, "Ghana", size=8)
        facilitator, people, group = m.facilitator, m.people, m.group
        items = [d.item for d in FW.domains]

        # question 1: eight vote, the room sees the spread, then votes again; two change
        first = ["Phase 2", "Phase 2", "Phase 2", "Phase 3", "Phase 3", "Phase 3", "Phase 4",
                 "Don't know"]
        await votes_of(people, group, first)
        await facilitator.wait_for(lambda: "8 votes" in card_of(group).plain, chat=group)
        revealed = await lead(facilitator, group, "Reveal", "Voting on this question")
        assert "Vote again" in revealed.labels and "Agree" in revealed.urls
        await lead(facilitator, group, "Vote again", "Second vote: 0 votes")
        second = list(first)
        second[0], second[6] = "Phase 3", "Phase 3"  # two change their minds
        await votes_of(people, group, second)
        await facilitator.wait_for(lambda: "8 votes" in card_of(group).plain, chat=group)
        shown = await lead(facilitator, group, "Reveal", "Voting on this question")
        assert "Second vote: 8 votes. Voting on this question is closed." in shown.plain
        assert both_lines(first, second) in shown.plain
        values1 = [value_of(x) for x in first]
        values2 = [value_of(x) for x in second]
        assert f"First vote: {figures_text(values1, items[0])}" in shown.plain
        assert f"Second vote: {figures_text(values2, items[0])}" in shown.plain
        assert "Vote again" not in shown.labels  # twice at most

        # Agree: the card's link, a phase, a preset reason: three taps, in private
        taps = 0
        payload = shown.urls["Agree"].rsplit("=", 1)[1]
        screen = await say(facilitator, f"/start {payload}")
        taps += 1  # the Agree button opens this chat with the link's payload
        assert "Agreed position: Policy and Governance" in screen.plain
        assert "This session's second vote: " + figures_text(values2, items[0]) in screen.plain
        screen = await tap(facilitator, "Phase 3")
        taps += 1
        screen = await tap(facilitator, "It follows the group's vote", changes=1)
        taps += 1
        assert "Recorded: the agreed position on Policy and Governance" in screen.plain
        assert taps <= 3
        await facilitator.wait_for(
            lambda: "Agreed position: Phase 3" in card_of(group).plain, chat=group)
        await tap(facilitator, "Add a dissent note")
        screen = await say(facilitator, DISSENT)
        assert f"Dissent: {DISSENT}" in screen.plain
        # a participant's Agree link records nothing
        refused = await say(people[0], f"/start {payload}")
        assert "Only the session's facilitators record" in refused.plain

        # question 2: four voters; voted again, only the latest spread shows
        await lead(facilitator, group, "Next", "Question 2 of 6")
        await votes_of(people[:4], group, ["Phase 1", "Phase 2", "Phase 2", "Phase 3"])
        await facilitator.wait_for(lambda: "4 votes" in card_of(group).plain, chat=group)
        await lead(facilitator, group, "Reveal", "Voting on this question")
        await lead(facilitator, group, "Vote again", "Second vote: 0 votes")
        latest = ["Phase 2", "Phase 2", "Phase 2", "Phase 3"]
        await votes_of(people[:4], group, latest)
        await facilitator.wait_for(lambda: "4 votes" in card_of(group).plain, chat=group)
        shown = await lead(facilitator, group, "Reveal", "Voting on this question")
        assert "→" not in shown.plain and "First vote" not in shown.plain
        assert "Phase 2: ██████████ 3" in shown.plain
        assert figures_text([value_of(x) for x in latest], items[1]) in shown.plain

        # question 3: eight vote once; End asks, then the summary names what was not reached
        await lead(facilitator, group, "Next", "Question 3 of 6")
        await votes_of(people, group, ["Phase 1"] * 3 + ["Phase 2"] * 5)
        await facilitator.wait_for(lambda: "8 votes" in card_of(group).plain, chat=group)
        await lead(facilitator, group, "Reveal", "Voting on this question")
        asked = await lead(facilitator, group, "End", "End the session now?")
        assert "3 questions were not reached" in asked.plain
        await lead(facilitator, group, "Yes, end it", "Group session ended")
        summary: Screen = await facilitator.wait_for(
            lambda: next((s for s in group.messages()
                          if s.plain.startswith("Group session summary")), None), chat=group)
        assert "Not reached: 3 questions" in summary.plain
        # the summary gives each question's latest vote
        assert figures_text(values2, items[0]) in summary.plain

        # the JSON export: both distributions, the agreed phase, the rationale, the dissent
        await say(facilitator, "/results", changes=2)
        await tap(facilitator, "Export JSON")
        document = facilitator.messages()[-1].document
        assert document is not None
        data = json.loads(document.content)
        (session,) = data["sessions"]
        votings = session["votings"][items[0]]
        assert votings["1"]["counts"] == counts_json(first)
        assert votings["2"]["counts"] == counts_json(second)
        assert votings["1"]["agreement"] == "moderate" and votings["2"]["n"] == 7
        # four voters: only the latest vote leaves the bot
        assert list(session["votings"][items[1]]) == ["2"]
        assert session["votings"][items[1]]["2"]["counts"] == counts_json(latest)
        position = data["agreed_positions"]["positions"][items[0]]
        assert position["phase"] == 3
        assert position["rationale"] == "It follows the group's vote"
        assert position["reason"] == "votes" and position["dissent"] == DISSENT
        assert position["voting"] == 2 and position["session"] == m.card_id
        # the workbook: both votes' spreads with their readings, the position with its history
        await tap(facilitator, "Export XLSX")
        xlsx = facilitator.messages()[-1].document
        assert xlsx is not None
        book = openpyxl.load_workbook(io.BytesIO(xlsx.content))
        spreads = [[str(c.value or "") for c in row] for row in book["Agreement"].iter_rows()]
        head = spreads[0]
        ours = [r for r in spreads if r[0] == "session 1" and r[1] == items[0]]
        assert [(r[head.index("voting round")], r[head.index("agreement")]) for r in ours] == [
            ("1", "agreement moderate"), ("2", "agreement strong")]
        assert [r[1] for r in spreads if r[0] == "session 1" and r[1] == items[1]] == [items[1]]
        agreed = [[str(c.value or "") for c in row]
                  for row in book["Agreed positions"].iter_rows()]
        assert agreed[1][2:5] == ["Phase 3", "It follows the group's vote", DISSENT]
        votes = [[str(c.value or "") for c in row] for row in book["answers"].iter_rows()]
        voting = votes[0].index("voting round")
        assert Counter(r[voting] for r in votes[1:] if r[2] == items[0]) == {"1": 8, "2": 8}
        # stored apart: two voting rounds of the first question, 8 votes each
        assert rows(database_url, """SELECT voting, COUNT(*) FROM votes WHERE session_id = ?
            AND item = ? GROUP BY voting ORDER BY voting""", m.card_id, items[0]) == [
            (FIRST_VOTING, 8), (FIRST_VOTING + 1, 8)]
