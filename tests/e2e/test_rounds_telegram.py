"""Shared rounds end to end: invitations, results with privacy, exports, charts, reports,
closing and comparing, and who may see what."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import secrets
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import openpyxl
import pypdf

from bot.i18n import translator
from framework import load_framework
from framework.aggregate import MIN_GROUP
from framework.scoring import DONT_KNOW, Rating, item_stats
from tests.botapi import BotApiServer, Person
from tests.e2e.conftest import open_round_links, rows, say, tap, unneutralised

FW = load_framework()
ROOT = Path(__file__).resolve().parents[2]
T = translator("en")
PHASES = ["Phase 1", "Phase 2", "Phase 3", "Phase 4"]
# 12 participants in 5 sectors: government and justice have 3 or more, the rest are pooled.
SECTORS = (["Government"] * 4 + ["Justice"] * 3 + ["Civil society"] * 2 + ["Industry"] * 2
           + ["Media"])
NOTES = {0: "=SUM(A1:A9) law 45/2019", 1: "قانون حماية الطفل 2019", 2: "国家儿童保护委员会 2021"}


def keyboard(person: Person) -> Any:
    return [m for m in person.messages() if m.buttons][-1]


async def open_round(person: Person, country: str, title: str) -> str:
    """A round the person facilitates; its participant code."""
    return (await open_round_links(person, country, title))[0]


async def join(person: Person, code: str, sector: str) -> None:
    consent = await say(person, f"/start {code}")
    assert "I agree" in consent.labels
    joining = await tap(person, "I agree")
    assert "You are joining" in joining.plain
    await tap(person, sector)
    await tap(person, "Start (question 1)")


async def answer_all(person: Person, seed: int, half: bool = False) -> None:
    for index in range(11 if half else 21):
        value = (seed * 7 + index * 3) % 5
        await tap(person, "Don't know" if value == 4 else PHASES[value])
        if index in NOTES and seed == 0:
            # typed right after the tap: for the one just rated; the first note also says, in
            # a message of its own, where reports go
            await say(person, NOTES[index], changes=2 if index == min(NOTES) else 1)


def stored_votes(database_url: str, round_code: str) -> dict[str, list[tuple[str, Rating]]]:
    found = rows(database_url, """
        SELECT a.item, a.value, p.sector FROM answers a
        JOIN participants p ON p.round_id = a.round_id AND p.user = a.user
        JOIN rounds r ON r.id = a.round_id WHERE r.code = ?""", round_code)
    votes: dict[str, list[tuple[str, Rating]]] = defaultdict(list)
    for item, value, sector in found:
        votes[item].append((sector, DONT_KNOW if value == DONT_KNOW else
                            int(value) if value else None))
    return votes


async def test_a_round_of_twelve_results_exports_and_access(
    bot: Any, server: BotApiServer, database_url: str, tmp_path: Path
) -> None:
    facilitator = server.user(1200)
    code = await open_round(facilitator, "Kenya", "Kenya 2026")
    people = [server.user(1201 + n) for n in range(12)]
    for number, (person, sector) in enumerate(zip(people, SECTORS, strict=True)):
        await join(person, code, sector)
        await answer_all(person, number)

    await say(facilitator, "/results", changes=2)
    overview = facilitator.messages()[-2].plain
    (round_code,) = re.findall(r"Round code: (\w+)", overview)
    assert "12 of 13 participants have answered." in overview  # not the facilitator
    votes = stored_votes(database_url, round_code)
    for cap in FW.capabilities:
        stats = item_stats(cap.item, [value for _, value in votes[cap.item]])
        line = next(ln for ln in overview.splitlines() if ln.startswith(f"{cap.id}. "))
        if stats.n >= MIN_GROUP:
            assert f"median {T.number(stats.median or 0, 1)}" in line, line
            # then its agreement, from the same interquartile range as the ⚠ (issue 21)
            assert re.search(rf"n {stats.n}( ⚠)? · agreement (strong|moderate|weak)$",
                             line), line
            assert (" ⚠ · agreement weak" in line) == stats.disagreement, line
        else:
            assert "too few answers" in line
    assert "Government 4" in overview and "Justice 3" in overview
    assert "Civil society 2" not in overview  # fewer than 3 people: not named

    sectors = await tap(facilitator, "By sector")
    assert "Government" in sectors.plain and "Other sectors" in sectors.plain
    for small in ("Civil society", "Industry", "Media"):
        assert small not in sectors.plain
    await tap(facilitator, "Back to the results", changes=2)

    # exports read back as stored, a note starting with "=" and Arabic and Chinese included
    await tap(facilitator, "Export CSV", changes=1)
    csv_file = facilitator.messages()[-1].document
    assert csv_file is not None and csv_file.content.startswith(b"\xef\xbb\xbf")
    read = list(csv.reader(io.StringIO(csv_file.content.decode("utf-8-sig"))))
    assert read[0][-1] == "notice" and "not affiliated" in read[1][-1]
    exported = [[unneutralised(cell) for cell in row[:-1]] for row in read]  # as typed
    stored = rows(database_url, """SELECT p.pseudonym, a.item, COALESCE(a.value, ''),
        COALESCE(a.note, '') FROM answers a JOIN participants p
        ON p.round_id = a.round_id AND p.user = a.user ORDER BY a.id""")
    assert [(r[0], r[2], r[4], r[6]) for r in exported[1:]] == [tuple(s) for s in stored]
    for note in NOTES.values():
        assert any(r[6] == note for r in exported[1:])
    assert "'" + NOTES[0] in [cell for row in read for cell in row]  # never a formula
    await tap(facilitator, "Export XLSX", changes=1)
    xlsx_file = facilitator.messages()[-1].document
    assert xlsx_file is not None
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_file.content)).worksheets[1]
    cells = [[c.value if c.value is not None else "" for c in row] for row in sheet.iter_rows()]
    assert [[str(v) for v in row] for row in cells] == exported
    formula = next(row for row in sheet.iter_rows() if row[6].value == NOTES[0])[6]
    assert formula.data_type == "s"  # text, never a formula

    # who may see what
    participant = people[0]
    refused = await say(participant, "/results")
    assert "Only the facilitators of a round" in refused.plain
    await say(participant, "/start")
    (version,) = rows(database_url, "SELECT version FROM conversations WHERE user = ?",
                      f"tg:{participant.id}")[0]
    forged = await participant.press_data(f"fa.export:csv|c{version}")
    assert "not available here" in (await participant.wait_answered(forged) or "")
    assert not [m for m in participant.messages()
                if m.document is not None and m.document.file_name
                and m.document.file_name.endswith((".csv", ".xlsx"))]
    stranger = server.user(1290)
    nothing = await say(stranger, f"/start {secrets.token_urlsafe(13)}")
    assert "I agree" in nothing.labels
    refused_code = await tap(stranger, "I agree", changes=2)
    assert "does not work" in stranger.messages()[-2].plain or "does not work" in (
        refused_code.plain
    )
    assert rows(database_url, "SELECT COUNT(*) FROM participants WHERE user = 'tg:1290'") == [
        (0,)
    ]
    await tap(facilitator, "Invite links")
    await tap(facilitator, "New participant link", changes=2)
    late = server.user(1291)
    await say(late, f"/start {code}")
    await tap(late, "I agree", changes=2)
    assert any("does not work" in m.plain for m in late.messages())
    assert rows(database_url, "SELECT COUNT(*) FROM participants WHERE user = 'tg:1291'") == [
        (0,)
    ]

    # the operator's command line writes the same files as the facilitator's buttons
    out = tmp_path / "exports"
    command = [sys.executable, "-m", "bot", "export", round_code, "--out", str(out)]
    env = {**os.environ, "DATABASE_URL": database_url}
    written = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                             timeout=120)
    assert written.returncode == 0, written.stderr
    assert (out / f"mnr-{round_code}-answers.csv").read_bytes() == csv_file.content
    book = openpyxl.load_workbook(out / f"mnr-{round_code}-answers.xlsx").worksheets[1]
    assert [[str(c.value if c.value is not None else "") for c in row]
            for row in book.iter_rows()] == exported
    summary = json.loads((out / f"mnr-{round_code}-results.json").read_text("utf-8"))
    assert summary["participants"] == 12 and summary["joined"] == 13
    missing = subprocess.run([*command[:4], "NOSUCHROUND"], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "No round has the code NOSUCHROUND" in missing.stderr

    # a participant who deletes their data leaves the round's results at once
    await say(people[11], "/forget")
    await tap(people[11], "Delete my data")
    await say(facilitator, "/results", changes=2)
    assert "11 of 12 participants have answered." in facilitator.messages()[-2].plain
    assert rows(database_url, "SELECT COUNT(*) FROM answers WHERE user = ?",
                f"tg:{people[11].id}") == [(0,)]


async def test_in_a_round_of_two_nobody_learns_the_other_answers(
    bot: Any, server: BotApiServer
) -> None:
    facilitator = server.user(1300)
    code = await open_round(facilitator, "Moldova", "Moldova pilot")
    await tap(facilitator, "Answer the questions myself")
    await tap(facilitator, "Continue (question 1)")
    for _ in range(21):
        await tap(facilitator, "Phase 4")
    other = server.user(1301)
    await join(other, code, "Justice")
    for _ in range(21):
        await tap(other, "Phase 1")
    await say(facilitator, "/results", changes=2)
    overview = facilitator.messages()[-2].plain
    assert "median" not in overview  # two ratings: no figure, even for the facilitator
    await tap(facilitator, "Show to participants")
    summary = await say(other, "/summary", changes=3)
    seen = " ".join(m.plain for m in other.messages()[-3:])
    assert "Round results, shared by its facilitators" in seen
    assert "median" not in seen and "Phase 4" not in seen
    assert "Phase 1" in summary.plain or "Phase 1" in seen


async def test_charts_reports_and_the_change_since_an_earlier_round(
    bot: Any, server: BotApiServer, tmp_path: Any
) -> None:
    facilitator = server.user(1400)
    code = await open_round(facilitator, "Albania", "Albania 2025")
    people = [server.user(1401 + n) for n in range(4)]
    for number, person in enumerate(people):
        await join(person, code, "Government")
        await answer_all(person, number + 3, half=number % 2 == 1)
    await say(facilitator, "/results", changes=2)
    for language in ("en", "ar", "zh_Hans"):
        t = translator(language)
        if language != "en":
            await say(facilitator, "/language")
            # the choice is confirmed, and the results come back in the new language
            await tap(facilitator, t.language_name(language), changes=2)
            heading = t.gettext("Results: {round}").split("{round}")[0]
            assert heading in facilitator.messages()[-2].plain
        before = len(facilitator.messages())
        await tap(facilitator, t.gettext("Chart"), changes=2)
        pictures = [m.photo for m in facilitator.messages()[before:] if m.photo is not None]
        assert len(pictures) == 2
        for picture in pictures:
            assert picture.content.startswith(b"\x89PNG") and 10_000 < picture.size < 2_000_000
        await tap(facilitator, t.gettext("Report (PDF)"), changes=1)
        document = facilitator.messages()[-1].document
        assert document is not None and document.content.startswith(b"%PDF")
        assert 20_000 < document.size < 5_000_000
        pdf = pypdf.PdfReader(io.BytesIO(document.content))
        assert len(pdf.pages) >= 2
        (tmp_path / f"report-{language}.pdf").write_bytes(document.content)
    await say(facilitator, "/language")
    await tap(facilitator, "English", changes=2)  # and the results again, in English
    await tap(facilitator, "Close the round")
    await tap(facilitator, "Close the round", changes=2)

    someone_else = server.user(1450)
    other_code = await open_round(someone_else, "Albania", "Albania NGO round")
    del other_code
    await say(someone_else, "/results", changes=2)
    await tap(someone_else, "Close the round")
    await tap(someone_else, "Close the round", changes=2)

    second = await open_round(facilitator, "Albania", "Albania 2026")
    for number, person in enumerate(people):
        await say(person, f"/start {second}")
        await tap(person, "Government")
        await tap(person, "Start (question 1)")
        await answer_all(person, number + 1)
    await say(facilitator, "/results", changes=2)
    choices = await tap(facilitator, "Compare with an earlier round")
    assert choices.labels[:-1] == ["Albania 2025 (Albania)"]  # not another facilitator's
    change = await tap(facilitator, "Albania 2025 (Albania)")
    assert "Change since Albania 2025" in change.plain and "→" in change.plain
    # the complete round's chart and report carry the change since the earlier one
    before = len(facilitator.messages())
    await tap(facilitator, "Chart", changes=2)
    pictures = [m.photo for m in facilitator.messages()[before:] if m.photo is not None]
    assert len(pictures) == 2 and all(p.size > 10_000 for p in pictures)
    (tmp_path / "compared-capabilities.png").write_bytes(pictures[1].content)
    await tap(facilitator, "Report (PDF)", changes=1)
    document = facilitator.messages()[-1].document
    assert document is not None
    (tmp_path / "report-compared.pdf").write_bytes(document.content)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in pypdf.PdfReader(io.BytesIO(document.content)).pages)
    assert "Change since Albania 2025 (Albania)" in text
    for line in change.plain.splitlines():
        if "→" in line and ":" in line:
            name, figures = line.split(": ", 1)
            assert f"{name} {figures}" in text  # the same change as on screen
