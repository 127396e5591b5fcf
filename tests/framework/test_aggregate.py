"""A round's results with privacy applied: hand-computed cases."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence

from framework import load_framework
from framework.aggregate import MIN_GROUP, Ballot, RoundResults, round_results, tally
from framework.scoring import DONT_KNOW, Rating, counted_stats, item_stats

FW = load_framework()


def ballots(item: str, answers: Sequence[tuple[str, Rating]]) -> list[Ballot]:
    return [Ballot(f"p{n}", sector, item, value) for n, (sector, value) in enumerate(answers)]


def results_of(answers: Sequence[Ballot], members: dict[str, str] | None = None
               ) -> RoundResults:
    return round_results(FW, *tally(answers, members))


def test_a_round_of_two_shows_no_figure() -> None:
    """Knowing one's own answer, a figure of two answers would reveal the other's."""
    results = results_of(ballots("cap:1", [("government", 2), ("justice", 4)]))
    item = results.items["cap:1"]
    assert item.answers == 2
    assert item.stats is None and item.dont_know_share is None and item.sectors == ()
    assert results.profile.capabilities[1].n == 0  # nor does it reach the profile
    assert results.participants == 2 and results.by_sector == {}


def test_three_ratings_give_a_figure_and_dont_know_counts_as_an_answer_only() -> None:
    results = results_of(ballots("cap:3", [
        ("government", 1), ("government", 3), ("justice", 4), ("justice", DONT_KNOW),
    ]))
    item = results.items["cap:3"]
    assert item.stats is not None
    assert (item.stats.n, item.stats.median, item.stats.low, item.stats.high) == (3, 3.0, 1, 4)
    assert item.dont_know_share == 0.25
    assert results.profile.capabilities[3].median == 3.0
    # two ratings and a don't know: the share may show (3 answers), the figure may not
    thin = results_of(ballots("cap:3", [
        ("government", 1), ("justice", 4), ("justice", DONT_KNOW),
    ])).items["cap:3"]
    assert thin.stats is None and thin.dont_know_share is not None


def test_sectors_are_broken_out_only_with_three_ratings_and_small_pools_hide_them() -> None:
    answers: Sequence[tuple[str, Rating]] = (
        [("government", 1)] * 3 + [("civil_society", 4)] * 3 + [("industry", 2)] * 3
        + [("media", 3)] * 2 + [("academia", 3)]
    )
    item = results_of(ballots("cap:5", answers)).items["cap:5"]
    shown = {(f.sector, f.stats.n, f.stats.median) for f in item.sectors}
    assert shown == {
        ("civil_society", 3, 4.0), ("government", 3, 1.0), ("industry", 3, 2.0),
        (None, 3, 3.0),  # media and academia pooled as other sectors
    }
    # with a pool of two, the breakdown would let its answers be worked out: none is shown
    small = results_of(ballots("cap:5", answers[:-1])).items["cap:5"]
    assert small.sectors == ()


def test_sector_differences_of_two_phases() -> None:
    answers: Sequence[tuple[str, Rating]] = [("government", 1)] * 3 + [("civil_society", 3)] * 3
    results = results_of(ballots("cap:8", answers))
    (difference,) = results.differences
    assert (difference.low.sector, difference.high.sector) == ("government", "civil_society")
    close = results_of(ballots("cap:8", [("government", 2)] * 3 + [("media", 3)] * 3))
    assert close.differences == ()


def test_completion_counts_those_who_have_not_answered_and_participants_do_not() -> None:
    caps = FW.capabilities_of("policy")
    answers = [Ballot("a", "government", c.item, 2) for c in caps]
    results = results_of(answers, members={"a": "government", "b": "justice"})
    assert results.participants == 1 and results.joined == 2
    assert results.completion["policy"] == 0.5
    assert results.completion["victim"] == 0.0
    assert MIN_GROUP == 3


def test_figures_from_counts_equal_the_statistics_module() -> None:
    """The results read medians and quartiles off counts; on every small sample they equal
    `statistics` (median, inclusive quartiles) on the answers themselves."""
    rng = random.Random(7)
    for _ in range(3000):
        values: list[Rating] = [rng.randint(1, 4) for _ in range(rng.randint(1, 25))]
        counts = [values.count(phase) for phase in (1, 2, 3, 4)]
        ordered = sorted(int(v) for v in values if v is not None and v != DONT_KNOW)
        figures = counted_stats("cap:1", counts, 2)
        assert figures == item_stats("cap:1", [*values, DONT_KNOW, DONT_KNOW])
        assert figures.median == statistics.median(ordered)
        if len(ordered) > 1:
            q1, _, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
            assert (figures.q1, figures.q3) == (q1, q3)
        assert (figures.low, figures.high, figures.n) == (ordered[0], ordered[-1], len(ordered))
