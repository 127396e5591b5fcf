"""Every golden transcript still matches what the router says."""

from __future__ import annotations

import difflib

import pytest

from tests.golden.scripts import SCRIPTS, for_language, languages_of
from tests.golden.transcript import path_of, run_script


@pytest.mark.parametrize(
    ("name", "language"),
    [(name, language) for name in sorted(SCRIPTS) for language in languages_of(name)],
)
async def test_transcript_matches(name: str, language: str) -> None:
    expected = path_of(name, language).read_text(encoding="utf-8")
    actual = await run_script(name, language, for_language(SCRIPTS[name], language))
    diff = "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"{name}.{language}.txt (pinned)", tofile="now",
    ))
    assert actual == expected, f"run `python -m tests.golden` if this change is meant:\n{diff}"
