from __future__ import annotations

from framework import load_framework
from framework.recommend import Reason, domain_priorities, priorities, top_priorities
from framework.scoring import DONT_KNOW, Rating, capability_profile, pulse_scores


def test_foundation_comes_before_a_capability_at_the_same_phase() -> None:
    fw = load_framework()
    # Leadership (1) and Legislation (3) both at Phase 2; nothing depends on 1, which the MNR
    # order alone would put first.
    answers = {c.item: [4] for c in fw.capabilities}
    answers["cap:1"] = [2]
    answers["cap:3"] = [2]
    order = [p.capability.id for p in priorities(fw, capability_profile(fw, answers))]
    assert order == [3, 1]
    first = priorities(fw, capability_profile(fw, answers))[0]
    assert Reason.FOUNDATION in first.reasons
    assert first.dependents == (7,)


def test_lower_phase_comes_first_then_foundation_then_disagreement_then_order() -> None:
    fw = load_framework()
    answers: dict[str, list[Rating]] = {c.item: [4] for c in fw.capabilities}
    answers.update({
        "cap:20": [1],        # phase 1, nothing depends on it
        "cap:1": [2, 2],      # phase 2
        "cap:2": [1, 4, 1, 4],  # median 2.5 -> phase 2, disagreement
        "cap:4": [2],         # phase 2, foundation
        "cap:15": [DONT_KNOW],  # unknown: after rated ones
    })
    result = priorities(fw, capability_profile(fw, answers))
    assert [p.capability.id for p in result] == [20, 4, 2, 1, 15]
    by_id = {p.capability.id: p for p in result}
    assert by_id[20].reasons == (Reason.LOWEST_PHASE,)
    assert by_id[2].reasons == (Reason.BELOW_MATURITY, Reason.DISAGREEMENT)
    assert by_id[15].reasons == (Reason.UNKNOWN,)
    assert by_id[15].phase is None


def test_next_steps_lessons_and_examples_follow_the_phase() -> None:
    fw = load_framework()
    answers = {c.item: [4] for c in fw.capabilities}
    answers["cap:4"] = [2]
    (priority,) = top_priorities(fw, capability_profile(fw, answers))
    cap = fw.capability(4)
    assert priority.next_steps == cap.next_steps[2]
    expected_lessons: list[str] = []
    for step in cap.next_steps[2]:
        expected_lessons += [lesson for lesson in step.lessons if lesson not in expected_lessons]
    assert [lesson.id for lesson in priority.lessons] == expected_lessons
    assert priority.example is not None
    assert priority.example.countries == ("PH", "CA")


def test_maturity_is_never_a_priority_and_top_three_is_a_prefix() -> None:
    fw = load_framework()
    answers = {c.item: [(c.id % 4) + 1] for c in fw.capabilities}
    profile = capability_profile(fw, answers)
    every = priorities(fw, profile)
    assert all(p.phase != 4 for p in every)
    assert len(every) == sum(1 for c in fw.capabilities if (c.id % 4) + 1 < 4)
    assert top_priorities(fw, profile) == every[:3]


def test_domain_priorities_from_pulse() -> None:
    fw = load_framework()
    pulse = pulse_scores(fw, {
        "pulse:policy": [3], "pulse:justice": [3], "pulse:victim": [1, 2],
        "pulse:societal": [4], "pulse:industry": [2], "pulse:media": [],
    })
    result = domain_priorities(fw, pulse)
    assert [p.domain.id for p in result] == ["victim", "industry", "policy", "justice", "media"]
    assert result[0].phase == 1
    assert result[0].next_steps == fw.domain("victim").next_steps[1]
