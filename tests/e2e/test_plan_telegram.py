"""The national action plan end to end (issue 20), through the real Application over HTTP to the
local Bot API server: a round of six participants, targets, five actions (two from the MNR's
next steps, three typed, one helping a second capability), statuses, a delete, a
co-facilitator's edit racing the facilitator's, a participant's comment, the workbook's Plan
sheet read back and converted by LibreOffice, the PDF holding every action, and the next round
carrying the open actions over while a stranger's round of the same country offers none."""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pypdf

from bot.i18n import translator
from flows.kit.texts import sector_label
from flows.plan.labels import quarter_label, status_label
from framework import load_framework
from framework.scoring import DONT_KNOW, item_stats
from tests.botapi import BotApiServer, Person
from tests.e2e.conftest import open_round_links, rows, say, tap
from tests.e2e.test_rounds_telegram import answer_all, join

FW = load_framework()
T = translator("en")
SECTORS = ["Government", "Government", "Justice", "Justice", "Civil society", "Industry"]
TYPED = ("=Train 40 investigators in victim-centred interviewing",
         "=Fund the helpline around the clock from the next budget",
         "Publish the first national report on online child sexual exploitation")
QUARTER = re.compile(r"^(✓ )?Q[1-4] 20\d\d$")


def quarters_on(person: Person) -> list[str]:
    return [label for label in person.screen().labels if QUARTER.match(label)]


async def taps(person: Person, *labels: str) -> int:
    for label in labels:
        await tap(person, label)
    return len(labels)


async def open_action(person: Person, words: str) -> None:
    """From /plan, the action whose words start so (paging through the domains)."""
    await say(person, "/plan")
    for _ in range(12):
        screen = person.screen()
        found = re.search(r"^(\d+)\. " + re.escape(words[:30]), screen.plain, re.M)
        if found:
            await tap(person, found.group(1))
            return
        await tap(person, "Next page")
    raise AssertionError(f"no action {words!r} in the plan")


def stored_actions(database_url: str, round_code: str) -> list[tuple[Any, ...]]:
    return rows(database_url, """SELECT a.id, a.capability, a.step, a.text, a.lead, a.due,
        a.status, a.related FROM plan_actions a JOIN rounds r ON r.id = a.round_id
        WHERE r.code = ? AND a.deleted_at IS NULL ORDER BY a.id""", round_code)


def words_of(step: str | None, text: str | None, capability: int) -> str:
    if step:
        found = next(s for steps in FW.capability(capability).next_steps.values()
                     for s in steps if s.id == step)
        return T.content(found.text)
    return str(text)


async def test_a_national_action_plan(bot: Any, server: BotApiServer, database_url: str,
                                      tmp_path: Path) -> None:
    facilitator = server.user(2400)
    codes = await open_round_links(facilitator, "Ghana", "Ghana 2026")
    people = [server.user(2401 + n) for n in range(6)]
    for number, (person, sector) in enumerate(zip(people, SECTORS, strict=True)):
        await join(person, codes[0], sector)
        await answer_all(person, number)
    co = server.user(2410)
    await join(co, codes[1], "Justice")  # a co-facilitator: the co-facilitators' link

    # targets for three capabilities
    await say(facilitator, "/plan")
    await tap(facilitator, "Targets")
    for label, phase in (("Leadership", "Phase 3"), ("Legislation", "Phase 4"),
                         ("Child helpline", "Phase 2")):
        await taps(facilitator, label, phase)
        await tap(facilitator, quarters_on(facilitator)[3])
    ((round_code,),) = rows(database_url, "SELECT code FROM rounds WHERE title = 'Ghana 2026'")
    assert rows(database_url, "SELECT capability, phase FROM plan_targets ORDER BY "
                              "capability") == [(1, 3), (3, 4), (11, 2)]

    # two from the MNR's next steps: the first from a priority of the results, in 5 taps
    await say(facilitator, "/results", changes=2)
    adding = [label for label in facilitator.screen().labels if label.startswith("Add action: ")]
    assert len(adding) == 3, facilitator.screen().labels
    counted = await taps(facilitator, adding[0], "Step 1", "Government")
    counted += await taps(facilitator, quarters_on(facilitator)[2], "Save")
    assert counted <= 6 and "Status: Planned since" in facilitator.screen().plain
    await say(facilitator, "/plan")
    await taps(facilitator, "Add action", "Research & analysis", "Step 1", "Civil society")
    await taps(facilitator, quarters_on(facilitator)[4], "Save")
    # three typed: one with a new agency, one that also helps a second capability
    for number, (capability, text) in enumerate(zip(("Law enforcement", "Child helpline",
                                                     "Research & analysis"), TYPED,
                                                    strict=True)):
        if number == 1:  # from the results: each capability's line to pick from
            await say(facilitator, "/results", changes=2)
            picker = await tap(facilitator, "Add action")
            assert re.search(r"^11\. Child helpline: now [\d.]+ · target 2$", picker.plain,
                             re.M), picker.plain
            await tap(facilitator, capability)
        else:
            await say(facilitator, "/plan")
            await taps(facilitator, "Add action", capability)
        await say(facilitator, text)
        if number == 0:
            await say(facilitator, "Ghana Police Service")
        else:
            await tap(facilitator, "Government")
        await taps(facilitator, quarters_on(facilitator)[number], "Save")
        if number == 2:
            await taps(facilitator, "Edit", "Also helps", "Education programme",
                       "Back to the action")
    actions = stored_actions(database_url, round_code)
    assert len(actions) == 5
    assert [a[3] for a in actions if a[3]] == list(TYPED)
    assert [a[2] is not None for a in actions].count(True) == 2
    assert '13' in str(actions[4][7])  # the related capability, listed with the action
    assert rows(database_url, "SELECT name FROM plan_agencies") == [("Ghana Police Service",)]

    # two statuses, each in 2 taps from the plan; a delete after asking
    await open_action(facilitator, words_of(actions[0][2], actions[0][3], actions[0][1]))
    await tap(facilitator, status_label(T, status_of("started")))
    await open_action(facilitator, TYPED[0])
    await tap(facilitator, "Done")
    await open_action(facilitator, TYPED[2])
    await taps(facilitator, "Delete", "Delete it")
    assert [a[6] for a in stored_actions(database_url, round_code)] == [
        "started", "planned", "done", "planned"]

    # the co-facilitator and the facilitator edit the same action at once
    target_words = TYPED[1]
    await open_action(facilitator, target_words)
    await taps(facilitator, "Edit", "Action")
    await open_action(co, target_words)
    await tap(co, "Started")  # theirs lands first
    reply = await say(facilitator, "Fund the helpline 24/7 from the 2027 budget")
    assert "Your change was not made" in reply.plain and "Status: Started" in reply.plain
    assert rows(database_url, "SELECT text FROM plan_actions WHERE text LIKE '%helpline%'") == [
        (TYPED[1],)]
    await tap(facilitator, "Apply my change again")
    assert rows(database_url, "SELECT text, status FROM plan_actions WHERE text LIKE "
                              "'%helpline%'") == [("Fund the helpline 24/7 from the 2027 budget",
                                                   "started")]

    # shown to participants, one comments; the facilitators read it without a name
    await say(facilitator, "/plan")
    await taps(facilitator, "Settings", "Show to participants")
    await open_action(people[0], "Fund the helpline")
    await tap(people[0], "Comment")
    await say(people[0], "The telecom regulator could co-fund the helpline.")
    assert rows(database_url, 'SELECT "user" FROM plan_comments') == [(f"tg:{people[0].id}",)]
    await open_action(facilitator, "Fund the helpline")
    await tap(facilitator, "Comments (1)")
    assert "The telecom regulator could co-fund" in facilitator.screen().plain
    assert str(people[0].id) not in facilitator.screen().plain

    # the workbook's Plan sheet equals the stored actions, and LibreOffice converts it
    actions = stored_actions(database_url, round_code)
    await say(facilitator, "/results", changes=2)
    await tap(facilitator, "Export XLSX")
    xlsx = facilitator.messages()[-1].document
    assert xlsx is not None
    book = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    sheet = book["Plan"]
    read = [[str(c.value or "") for c in row] for row in sheet.iter_rows()]
    header = read[0]
    assert len(read) - 1 == len(actions) == 4
    expected = sorted(expected_rows(database_url, round_code))
    assert sorted(tuple(row) for row in read[1:]) == expected
    formula = next(row[header.index("action")] for row in sheet.iter_rows()
                   if row[header.index("action")].value == TYPED[0])
    assert formula.data_type == "s"  # text as typed, never a formula
    converted = libreoffice_converts(xlsx.content, tmp_path)
    assert converted.stat().st_size > 0

    # the PDF report holds every action
    await tap(facilitator, "Report (PDF)")
    pdf = facilitator.messages()[-1].document
    assert pdf is not None
    # compared without spaces: a long word breaks across lines with a hyphen
    text = "".join("".join(page.extract_text().split())
                   for page in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    for _, capability, step, typed, *_ in actions:
        said = words_of(step, typed, capability)
        assert "".join(said.split()).replace("-", "") in text.replace("-", ""), said

    # the same facilitator's next round carries the open actions over
    await tap(facilitator, "Close the round")
    await tap(facilitator, "Close the round", changes=2)  # the results, both messages
    await facilitator.wait_for(lambda: rows(
        database_url, "SELECT closed_at FROM rounds WHERE code = ?", round_code)[0][0])
    later = await open_round_links(facilitator, "Ghana", "Ghana 2027")
    await say(facilitator, "/plan")
    await taps(facilitator, "Settings", "Carry over actions")
    offered = [label for label in facilitator.screen().labels if "Ghana 2026" in label]
    assert offered == ["Ghana 2026 (Ghana): 3 open"], facilitator.screen().labels
    await tap(facilitator, offered[0])
    ((new_code,),) = rows(database_url, "SELECT code FROM rounds WHERE title = 'Ghana 2027'")
    carried = stored_actions(database_url, new_code)
    assert sorted(words_of(a[2], a[3], a[1]) for a in carried) == sorted(
        words_of(a[2], a[3], a[1]) for a in actions if a[6] in ("planned", "started"))
    for number in range(3):  # a year on, three people rate again
        person = server.user(2431 + number)
        await join(person, later[0], SECTORS[number])
        await answer_all(person, number + 2)
    await say(facilitator, "/results", changes=2)
    await tap(facilitator, "Compare with an earlier round")
    await tap(facilitator, next(label for label in facilitator.screen().labels
                                if "Ghana 2026" in label))
    compared = facilitator.screen().plain
    assert re.search(r"^Law enforcement: .* · actions: Started 1$", compared, re.M), compared
    # the comparison's capability chart carries the statuses in a column of their own
    await tap(facilitator, "Chart", changes=2)
    picture = facilitator.messages()[-1].photo
    assert picture is not None
    assert struct.unpack(">II", picture.content[16:24])[0] == 1350  # 6 + 3 inches at 150 dpi

    # a stranger's round of the same country offers nothing to carry over
    stranger = server.user(2420)
    await open_round_links(stranger, "Ghana", "Ghana civil society")
    await say(stranger, "/plan")
    await taps(stranger, "Settings", "Carry over actions")
    assert "No earlier round of this country that you facilitate" in stranger.screen().plain


def expected_rows(database_url: str, round_code: str) -> list[tuple[str, ...]]:
    """The Plan sheet's rows as the database holds the actions (every column)."""
    names = dict(rows(database_url, "SELECT p.id, p.name FROM plan_agencies p JOIN rounds r "
                                    "ON r.id = p.round_id WHERE r.code = ?", round_code))
    targets = {c: (p, q) for c, p, q in rows(database_url, """SELECT t.capability, t.phase,
        t.quarter FROM plan_targets t JOIN rounds r ON r.id = t.round_id WHERE r.code = ?""",
                                                round_code)}

    def party(stored: str) -> str:
        kind, _, key = stored.partition(":")
        return str(names[int(key)]) if kind == "agency" else sector_label(T, key)

    out: list[tuple[str, ...]] = []
    for (capability, step, text, lead, supporting, related, due, status, status_at, cost,
         indicator) in rows(database_url, """SELECT a.capability, a.step, a.text, a.lead,
            a.supporting, a.related, a.due, a.status, a.status_at, a.cost, a.indicator
            FROM plan_actions a JOIN rounds r ON r.id = a.round_id
            WHERE r.code = ? AND a.deleted_at IS NULL""", round_code):
        cap = FW.capability(capability)
        phase, by = targets.get(capability, ("", None))
        ratings = [DONT_KNOW if v == DONT_KNOW else int(v) for (v,) in rows(
            database_url, """SELECT a.value FROM answers a JOIN rounds r ON r.id = a.round_id
            WHERE r.code = ? AND a.item = ? AND a.value IS NOT NULL""", round_code, cap.item)]
        stats = item_stats(cap.item, ratings)
        now = T.number(stats.median, 1) if stats.n >= 3 and stats.median is not None else ""
        out.append((
            T.content(FW.domain(cap.domain).name), T.content(cap.label),
            T.join([T.content(FW.capability(c).label) for c in listed(related)]),
            now, str(phase), quarter_label(T, by) if by else "",
            words_of(step, text, capability), party(lead),
            T.join([party(p) for p in listed(supporting)]), quarter_label(T, due),
            cost or "", indicator or "", status_label(T, status_of(status)),
            str(status_at)[:10]))
    return out


def listed(stored: Any) -> list[Any]:
    """A JSON column as read: text from SQLite, a list from PostgreSQL."""
    import json

    return list(json.loads(stored) if isinstance(stored, str) else stored)


def status_of(value: str) -> Any:
    from flows.engine.store.plans import Status

    return Status(value)


def libreoffice_converts(content: bytes, where: Path) -> Path:
    """The workbook converted to CSV by headless LibreOffice (Debian's package)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office is not None, "LibreOffice is installed by ./dev setup"
    source = where / "plan.xlsx"
    source.write_bytes(content)
    profile = tempfile.mkdtemp(dir=where)
    done = subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(where), str(source)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": profile})
    assert done.returncode == 0, done.stderr
    return where / "plan.pdf"
