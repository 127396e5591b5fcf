"""`python -m bot console` driven through stdin, on a temporary database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_console_completes_an_assessment(tmp_path: Path) -> None:
    database = tmp_path / "console.sqlite3"
    # consent, country, pick it, sector, start; then 21 answers (Phase 1..4 cycling, one don't
    # know), a note typed right after answering question 20 (so it is for 20), then Finish
    # (the last button); then the chart, the report and the CSV (after the three "Add action"
    # buttons of the priorities), saved as files.
    answers = [str((i % 4) + 1) for i in range(20)] + ["5"]
    script = ["1", "Philippines", "1", "2", "1", *answers[:20], "PNP unit, est. 2019",
              answers[20], "22", "4", "5", "6"]
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "LANG": "C.UTF-8",  # the terminal's language picks the catalog: keep English here
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="\n".join(script) + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=True,
    )
    out = result.stdout
    assert "Maturity profile: Philippines, started " in out
    assert "20 of 21 capabilities rated, 1 not known, 0 not answered." in out
    assert "Top priorities and next steps" in out
    assert "saved to " in out
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT item, value, note, source FROM answers ORDER BY id"
        ).fetchall()
    assert len(rows) == 21
    assert rows[0] == ("cap:1", "1", None, "terminal")
    assert rows[19] == ("cap:20", "4", "PNP unit, est. 2019", "terminal")
    assert rows[20] == ("cap:21", "dont_know", None, "terminal")
    exported = list((tmp_path / "mnr-exports").glob("mnr-*-answers.csv"))
    assert len(exported) == 1
    assert "PNP unit, est. 2019" in exported[0].read_text(encoding="utf-8-sig")
    charts = sorted((tmp_path / "mnr-exports").glob("mnr-profile-*.png"))
    assert [c.read_bytes()[:4] for c in charts] == [b"\x89PNG", b"\x89PNG"]
    (report,) = (tmp_path / "mnr-exports").glob("*.pdf")
    assert report.read_bytes().startswith(b"%PDF")
