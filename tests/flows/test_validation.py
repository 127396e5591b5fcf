"""Validation: the review's flags counted under the threshold, a validated version's files
the same bytes every time with the snapshot's hash, answers refused with a clear message, a new
version superseding the old, and /forget after validation leaving the snapshot whole."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from flows.documents.snapshot import digest
from flows.engine.effects import Attach, Replace, Send, Toast
from flows.engine.store import Role, Round, Source
from framework import load_framework
from tests.database import rows
from tests.golden import scripts
from tests.golden.transcript import Scripted, Step, fresh_router

FW = load_framework()
PEOPLE = ("tg:1002", "tg:1004", "tg:1005", "tg:1006")
WHO = ("member", "voter", "other", "fifth")
OPEN_ROUND: list[Step] = [*scripts.OPEN_ROUND, *scripts.agreed(*WHO)]
INSTITUTION = "National Council for Child Rights"
WHY, DISSENT = "A specialist unit exists, without its own funds", "Civil society sees Phase 1"


def last_text(played: Scripted) -> str:
    return [e for e in played.effects if isinstance(e, Send | Replace)][-1].screen.text


def last_toast(played: Scripted) -> str:
    return [e for e in played.effects if isinstance(e, Toast)][-1].text or ""


async def opened(played: Scripted, joining: Sequence[str] = ()) -> Round:
    """The facilitator's round, opened in the played language; `joining` join it with its
    invitation, from the justice sector."""
    for step in scripts.for_language(OPEN_ROUND, played.language):
        await played.step(step)
    async with played.router.store.transaction() as tx:
        (mine,) = [p.round for p in await tx.rounds.participations("tg:1001")]
        invite = await tx.rounds.current_invite(mine.id, Role.PARTICIPANT)
        assert invite is not None
    for who in joining:
        await played.step((f"@{who}", "command", "start", invite.code))
        await played.step((f"@{who}", "tap", "as.sector", "justice"))
    return mine


async def exported(played: Scripted, kind: str) -> tuple[str, bytes]:
    await played.step(("command", "results"))
    before = len(played.effects)
    await played.step(("tap", "fa.report") if kind == "pdf" else ("tap", "fa.report_text")
                      if kind == "text" else ("tap", "fa.export", kind))
    (attached,) = [e for e in played.effects[before:] if isinstance(e, Attach)]
    return attached.attachment.filename, attached.attachment.data


async def test_review_validate_freeze_and_a_new_version(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'v.sqlite3'}"
    async with fresh_router(url) as router:
        played = Scripted(router, "en")
        mine = await opened(played, WHO)  # each joins; the first three answer everything
        async with router.store.transaction() as tx:
            for n, user in enumerate(PEOPLE[:3]):
                for cap in FW.capabilities:
                    await tx.answers.rate(mine.id, user, cap.item, 1 + (cap.id + n) % 4,
                                          Source.PRIVATE)
            # an agreed position with its rationale and a dissent, for the report's table
            agreed = await tx.agreements.record(mine.id, "cap:4", 2, None, WHY, None, None,
                                                "tg:1001")
            await tx.agreements.set_dissent(agreed.id, DISSENT)
        # a draft's report says so on every page
        draft = PdfReader(io.BytesIO((await exported(played, "pdf"))[1])).pages
        assert all("Draft · version 1 · not validated" in p.extract_text() for p in draft)
        await played.step(("command", "results"))
        await played.step(("tap", "va.open", str(mine.id)))
        assert "Draft · version 1" in last_text(played)
        await played.step(("tap", "va.review"))
        await played.step(("tap", "va.ends", "7"))
        assert "Under review · version 1" in last_text(played)
        ((closed, published),) = rows(url, "SELECT closed_at, published_at FROM rounds")
        assert closed is not None and published is not None

        # three flag capability 4 with a comment, one flags capability 5
        flagged: list[tuple[str, str, str | None]] = [
            ("member", "4", "The unit has no budget line"),
            ("voter", "4", "Specialist training stopped in 2025"),
            ("other", "4", None), ("fifth", "5", "Too high")]
        for who, number, comment in flagged:
            await played.step((f"@{who}", "command", "summary"))
            await played.step((f"@{who}", "tap", "va.flags", str(mine.id)))
            await played.step((f"@{who}", "tap", "va.flag", number))
            if comment:
                await played.step((f"@{who}", "text", comment))
            else:
                await played.step((f"@{who}", "tap", "va.no_comment"))
        await played.step(("tap", "va.open", str(mine.id)))
        status = last_text(played)
        assert "4. Law enforcement: 3 flags" in status
        assert "The unit has no budget line" in status and "Specialist training" in status
        assert "5. Judges &amp; prosecutors: 1 flag" in status and "Too high" not in status
        assert "tg:" not in status

        # validated: the snapshot and its hash; the round frozen
        await played.step(("tap", "va.validate"))
        await played.step(("text", INSTITUTION))
        await played.step(("tap", "va.confirm"))
        assert "Validated · version 1" in last_text(played)
        ((snapshot, stored_hash, counted),) = rows(
            url, "SELECT snapshot, snapshot_hash, counted FROM round_versions")
        assert digest(snapshot) == stored_hash and counted == 3
        assert json.loads(snapshot)["flags"] == {"cap:4": 3, "cap:5": 1}
        assert not any(user in snapshot for user in PEOPLE) and "budget line" not in snapshot

        # every later export of the version is the same bytes, and carries the hash
        name, first = await exported(played, "json")
        assert name == f"mnr-{mine.code}-v1-results.json"
        data = json.loads(first)
        assert data["validation"]["history"][0]["snapshot_sha256"] == stored_hash
        assert data["validation"]["state"] == "validated"
        assert data["validation"]["flags"] == {"cap:4": 3, "cap:5": 1}
        xlsx = (await exported(played, "xlsx"))[1]
        assert (await exported(played, "json"))[1] == first
        assert (await exported(played, "xlsx"))[1] == xlsx

        # the report in the order a government reads it: the summary, the method, the table by
        # capability (the agreed phase beside the figures, its rationale and dissent under it),
        # where stakeholders disagreed (weak agreement and flags), the priorities, the
        # sign-off, the notice; every page with the state and version
        texts = [" ".join(p.extract_text().split())
                 for p in PdfReader(io.BytesIO((await exported(played, "pdf"))[1])).pages]
        assert all(f"Validated · version 1 · {INSTITUTION}" in p for p in texts)
        text = " ".join(texts)
        order = [text.rfind(heading) for heading in (  # the last: the summary names one
            "Summary", "Method and participation", "By capability",
            "Where stakeholders disagreed", "Top priorities and next steps",
            "Review and validation", "This project is not affiliated")]
        assert -1 not in order and order == sorted(order), order
        table, disputed = text[order[2]:order[3]], text[order[3]:order[4]]
        assert "Agreed phase Median Range n Don't know Agreement" in table
        assert f"Why agreed: {WHY} Dissent: {DISSENT}" in table
        assert "4. Dedicated Law Enforcement: " in disputed
        assert "flagged by 3 participants in the review" in disputed
        assert "5. Judiciary and Prosecutors: " in disputed and "flagged by 1 participant" \
            in disputed
        assert "Too high" not in text and "budget line" not in text  # no flag's comment

        # an answer change is refused with a clear message
        for step in (("command", "start"), ("tap", "as.proceed"), ("tap", "as.rate", "2")):
            await played.step(("@fifth", *step))
        assert last_toast(played).startswith(
            f"This round's results were validated by {INSTITUTION} on ")
        assert "Its facilitators can start a new version." in last_toast(played)
        assert rows(url, "SELECT COUNT(*) FROM answers WHERE user = 'tg:1006'") == [(0,)]

        # /forget after validation: the person's rows go, the snapshot and its files stay
        await played.step(("@member", "command", "forget"))
        await played.step(("@member", "tap", "sh.erase"))
        assert rows(url, "SELECT COUNT(*) FROM answers WHERE user = 'tg:1002'") == [(0,)]
        assert rows(url, "SELECT COUNT(*) FROM flags WHERE user = 'tg:1002'") == [(0,)]
        assert rows(url, "SELECT snapshot, snapshot_hash FROM round_versions") == [
            (snapshot, stored_hash)]
        assert (await exported(played, "json"))[1] == first

        # a new version supersedes the old; its files say so
        await played.step(("tap", "va.open", str(mine.id)))
        await played.step(("tap", "va.new_version"))
        await played.step(("tap", "va.confirm_new"))
        assert "Draft · version 2" in last_text(played)
        assert rows(url, "SELECT closed_at FROM rounds") == [(None,)]
        await played.step(("tap", "va.review"))
        await played.step(("tap", "va.ends", "0"))
        await played.step(("tap", "va.validate"))
        await played.step(("text", INSTITUTION))
        await played.step(("tap", "va.confirm"))
        assert "Validated · version 2" in last_text(played)
        assert "Supersedes version 1" in last_text(played)
        name, second = await exported(played, "json")
        assert name == f"mnr-{mine.code}-v2-results.json"
        # the report: the same bytes each time, every page stamped with state and version
        name, report = await exported(played, "pdf")
        assert name == f"mnr-{mine.code}-v2-report.pdf"
        assert (await exported(played, "pdf"))[1] == report
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(report)).pages]
        assert all(f"Validated · version 2 · {INSTITUTION}" in p and "supersedes version 1" in p
                   for p in pages), pages[0][:300]
        history = json.loads(second)["validation"]["history"]
        assert [(h["version"], h["superseded_on"] is not None) for h in history] == [
            (1, True), (2, False)]
        assert json.loads(second)["validation"]["flags"] == {}  # version 2 had none


async def test_the_review_reminds_each_participant_once_the_day_before(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}"
    async with fresh_router(url) as router:
        played = Scripted(router, "en")
        mine = await opened(played, WHO[:2])
        await played.step(("command", "results"))
        await played.step(("tap", "va.open", str(mine.id)))
        await played.step(("tap", "va.review"))
        await played.step(("tap", "va.ends", "7"))
        await router.scheduled.run_tasks()  # a week before its end: nothing yet
        async with router.store.transaction() as tx:
            assert await tx.notices.due() == []
        # the day before the end
        ends = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
        with sqlite3.connect(str(tmp_path / "r.sqlite3")) as db:
            db.execute("UPDATE round_versions SET review_ends = ?", (ends,))
        await router.scheduled.run_tasks()
        await router.scheduled.run_tasks()  # a second run (another process) adds nothing
        async with router.store.transaction() as tx:
            due = await tx.notices.due()
        assert sorted(n.user for n in due) == sorted(["tg:1001", "tg:1002", "tg:1004"])
        effects = await router.drawn(await router.scheduled.notify(
            next(n for n in due if n.user == "tg:1002")))
        (told,) = [e for e in effects if isinstance(e, Send)]
        assert "The review of Moldova" in told.screen.text and "flag it before then" in \
            told.screen.text
        assert [b.action.id for row in told.screen.buttons for b in row if b.action] == [
            "va.flags"]


async def test_the_report_is_a_tagged_pdf_with_its_language_and_title(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 't.sqlite3'}"
    async with fresh_router(url) as router:
        played = Scripted(router, "ar")
        await opened(played)
        _, report = await exported(played, "pdf")
        name, text_only = await exported(played, "text")
    # the text-only variant: no picture, well under 300 KB in Arabic (see bench/report_sizes)
    assert name.endswith("-report-text.pdf") and b"/Subtype /Image" not in text_only
    assert b"/Subtype /Image" in report and len(text_only) < 300 * 1024 < len(report) * 2
    path = tmp_path / "report.pdf"
    path.write_bytes(report)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Tagged"].strip() == "yes"
    assert "مولدوفا" in fields["Title"] and "\u2068" not in fields["Title"]
    catalog = PdfReader(io.BytesIO(report)).root_object
    assert str(catalog["/Lang"]) == "ar"
