"""A round's results with privacy applied: hand-computed cases."""

from __future__ import annotations

from collections.abc import Sequence

from framework import load_framework
from framework.aggregate import MIN_GROUP, Ballot, round_results
from framework.scoring import DONT_KNOW, Rating

FW = load_framework()


def ballots(item: str, answers: Sequence[tuple[str, Rating]]) -> list[Ballot]:
    return [Ballot(f"p{n}", sector, item, value) for n, (sector, value) in enumerate(answers)]


def test_a_round_of_two_shows_no_figure() -> None:
    """Knowing one's own answer, a figure of two answers would reveal the other's."""
    results = round_results(FW, ballots("cap:1", [("government", 2), ("justice", 4)]))
    item = results.items["cap:1"]
    assert item.answers == 2
    assert item.stats is None and item.dont_know_share is None and item.sectors == ()
    assert results.profile.capabilities[1].n == 0  # nor does it reach the profile
    assert results.participants == 2 and results.by_sector == {}


def test_three_ratings_give_a_figure_and_dont_know_counts_as_an_answer_only() -> None:
    results = round_results(FW, ballots("cap:3", [
        ("government", 1), ("government", 3), ("justice", 4), ("justice", DONT_KNOW),
    ]))
    item = results.items["cap:3"]
    assert item.stats is not None
    assert (item.stats.n, item.stats.median, item.stats.low, item.stats.high) == (3, 3.0, 1, 4)
    assert item.dont_know_share == 0.25
    assert results.profile.capabilities[3].median == 3.0
    # two ratings and a don't know: the share may show (3 answers), the figure may not
    thin = round_results(FW, ballots("cap:3", [
        ("government", 1), ("justice", 4), ("justice", DONT_KNOW),
    ])).items["cap:3"]
    assert thin.stats is None and thin.dont_know_share is not None


def test_sectors_are_broken_out_only_with_three_ratings_and_small_pools_hide_them() -> None:
    answers: Sequence[tuple[str, Rating]] = (
        [("government", 1)] * 3 + [("civil_society", 4)] * 3 + [("industry", 2)] * 3
        + [("media", 3)] * 2 + [("academia", 3)]
    )
    item = round_results(FW, ballots("cap:5", answers)).items["cap:5"]
    shown = {(f.sector, f.stats.n, f.stats.median) for f in item.sectors}
    assert shown == {
        ("civil_society", 3, 4.0), ("government", 3, 1.0), ("industry", 3, 2.0),
        (None, 3, 3.0),  # media and academia pooled as other sectors
    }
    # with a pool of two, the breakdown would let its answers be worked out: none is shown
    small = round_results(FW, ballots("cap:5", answers[:-1])).items["cap:5"]
    assert small.sectors == ()


def test_sector_differences_of_two_phases() -> None:
    answers: Sequence[tuple[str, Rating]] = [("government", 1)] * 3 + [("civil_society", 3)] * 3
    results = round_results(FW, ballots("cap:8", answers))
    (difference,) = results.differences
    assert (difference.low.sector, difference.high.sector) == ("government", "civil_society")
    close = round_results(FW, ballots("cap:8", [("government", 2)] * 3 + [("media", 3)] * 3))
    assert close.differences == ()


def test_completion_counts_those_who_have_not_answered_and_participants_do_not() -> None:
    caps = FW.capabilities_of("policy")
    answers = [Ballot("a", "government", c.item, 2) for c in caps]
    results = round_results(FW, answers, members={"a": "government", "b": "justice"})
    assert results.participants == 1 and results.joined == 2
    assert results.completion["policy"] == 0.5
    assert results.completion["victim"] == 0.0
    assert MIN_GROUP == 3
