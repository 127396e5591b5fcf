from __future__ import annotations

import pytest

from framework import load_framework
from framework.scoring import (
    DONT_KNOW,
    PhaseReading,
    Rating,
    capability_profile,
    item_stats,
    phase_reading,
    pulse_scores,
)


def test_one_respondent() -> None:
    s = item_stats("cap:1", [3])
    assert (s.n, s.dont_know, s.median, s.low, s.high, s.q1, s.q3) == (1, 0, 3.0, 3, 3, 3.0, 3.0)
    assert s.iqr == 0.0
    assert s.disagreement is False
    assert s.dont_know_share == 0.0
    assert s.phase == PhaseReading(3, None)


def test_several_respondents() -> None:
    # sorted 1,2,2,3,4: median 2; inclusive quartiles at positions 1 and 3 -> 2 and 3
    s = item_stats("cap:2", [4, 2, DONT_KNOW, 1, 3, 2])
    assert (s.n, s.dont_know, s.median, s.low, s.high) == (5, 1, 2.0, 1, 4)
    assert (s.q1, s.q3, s.iqr) == (2.0, 3.0, 1.0)
    assert s.dont_know_share == pytest.approx(1 / 6)
    assert s.counts == (1, 2, 1, 1)
    assert s.disagreement is False


def test_all_dont_know() -> None:
    s = item_stats("cap:3", [DONT_KNOW, DONT_KNOW, DONT_KNOW])
    assert s.n == 0
    assert s.dont_know_share == 1.0
    assert (s.median, s.low, s.high, s.q1, s.q3, s.iqr) == (None,) * 6
    assert s.disagreement is False
    assert s.phase is None


def test_two_against_two_split() -> None:
    # 1,1,4,4: median (1+4)/2 = 2.5; Q1 = 1 + 0.75*(1-1) = 1; Q3 = 4 + 0.25*(4-4) = 4; IQR 3
    s = item_stats("cap:4", [1, 4, 1, 4])
    assert s.median == 2.5
    assert (s.q1, s.q3, s.iqr) == (1.0, 4.0, 3.0)
    assert s.disagreement is True
    assert s.phase == PhaseReading(2, 3)


def test_disagreement_threshold_is_inclusive() -> None:
    # 1,2,3,4: Q1 = 1 + 0.75*1 = 1.75, Q3 = 3 + 0.25*1 = 3.25, IQR exactly 1.5
    s = item_stats("cap:5", [1, 2, 3, 4])
    assert (s.q1, s.q3) == (1.75, 3.25)
    assert s.disagreement is True
    narrower = item_stats("cap:5", [2, 3])  # Q1 2.25, Q3 2.75
    assert narrower.iqr == 0.5
    assert narrower.disagreement is False


def test_no_answers_at_all() -> None:
    s = item_stats("cap:6", [])
    assert (s.n, s.dont_know, s.responses) == (0, 0, 0)
    assert s.dont_know_share is None
    assert (s.median, s.low, s.high, s.q1, s.q3, s.iqr) == (None,) * 6


def test_note_without_rating_is_not_counted() -> None:
    s = item_stats("cap:6", [None, 2])
    assert (s.n, s.responses, s.median) == (1, 1, 2.0)


def test_rejects_values_that_are_not_ratings() -> None:
    with pytest.raises(ValueError):
        item_stats("cap:1", [5])


def test_phase_reading() -> None:
    assert phase_reading(None) is None
    assert phase_reading(1.0) == PhaseReading(1, None)
    assert phase_reading(2.5) == PhaseReading(2, 3)
    assert phase_reading(3.75) == PhaseReading(3, 4)
    assert phase_reading(4.0) == PhaseReading(4, None)


def test_profile_domains_weakest_and_strongest() -> None:
    fw = load_framework()
    answers: dict[str, list[Rating]] = {
        "cap:1": [2, 2],
        "cap:2": [DONT_KNOW],
        "cap:3": [3, 4],  # median 3.5
        "cap:4": [1],
        "cap:8": [4],
        "cap:9": [4],
    }
    profile = capability_profile(fw, answers)
    policy = profile.domain("policy")
    assert policy.score == pytest.approx((2.0 + 3.5) / 2)
    assert (policy.rated, policy.total) == (2, 3)
    assert policy.coverage == pytest.approx(2 / 3)
    justice = profile.domain("justice")  # 1 of 4 with a figure: under half, no mean
    assert (justice.score, justice.rated, justice.total) == (None, 1, 4)
    victim = profile.domain("victim")  # 2 of 4: half, a mean
    assert (victim.score, victim.rated, victim.total) == (4.0, 2, 4)
    media = profile.domain("media")
    assert (media.score, media.rated, media.coverage) == (None, 0, 0.0)
    assert profile.rated == 5
    assert profile.weakest == (4, 1, 3)
    assert profile.strongest == (8, 9, 3)


def test_profile_with_every_median_equal_has_no_extremes() -> None:
    fw = load_framework()
    profile = capability_profile(fw, {c.item: [2] for c in fw.capabilities})
    assert profile.weakest == ()
    assert profile.strongest == ()
    assert profile.coverage == 1.0


def test_pulse_scores_use_the_pulse_median() -> None:
    fw = load_framework()
    result = dict((score.domain, (stats, score)) for stats, score in pulse_scores(
        fw, {"pulse:victim": [1, 2, 2], "pulse:media": [DONT_KNOW]}
    ))
    stats, score = result["victim"]
    assert (stats.n, score.score, score.coverage) == (3, 2.0, 1.0)
    assert result["media"][1].score is None
    assert result["policy"][0].responses == 0
