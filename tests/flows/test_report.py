"""The summary's words: a score between phases is not a trend; ties and findings are named."""

from __future__ import annotations

from bot.i18n import translator
from flows.documents.report import extremes_lines, findings, findings_lines
from flows.kit.texts import reading_label
from framework import load_framework
from framework.scoring import DONT_KNOW, Rating, capability_profile, phase_reading

FW = load_framework()
T = translator("en")


def test_a_median_between_phases_is_not_a_trend() -> None:
    assert reading_label(T, phase_reading(2.5)) == "between Phase 2 and Phase 3"
    assert reading_label(T, phase_reading(2.0)) == "Phase 2"
    assert reading_label(T, None) == "not known yet"


def test_ties_at_the_lowest_phase_are_counted_and_findings_named() -> None:
    answers: dict[str, list[Rating]] = {f"cap:{n}": [1] for n in range(1, 6)}
    answers["cap:6"] = [3]
    answers["cap:7"] = [DONT_KNOW]
    profile = capability_profile(FW, answers)
    low, high = extremes_lines(T, FW, profile)
    assert low.startswith("<b>Lowest phase reached (Phase 1)</b>: ")
    assert low.endswith("and 2 more")  # five at Phase 1: three named, two counted
    assert "Offender Management Process" in high
    found = findings(FW, profile)
    assert found.unknown == (7,) and len(found.unanswered) == 14
    unknown, unanswered = findings_lines(T, FW, found)
    assert "Access to Image Databases" in unknown
    assert "End-to-end Support" in unanswered
