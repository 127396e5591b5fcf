"""Agreement (issue 21, item 4): the reading shares the ⚠ flag's rule, and alpha through the
project's own code path equals Krippendorff's published example and a fixture computed by
hand in the project's own shape."""

from __future__ import annotations

import pytest

from framework.agreement import (
    BOOTSTRAP_SAMPLES,
    MIN_CODERS,
    Reading,
    alpha,
    bootstrap,
    reading,
    reading_of,
    round_alpha,
)
from framework.scoring import item_stats

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units, values
# missing; published alpha: nominal .743, ordinal .815, interval .849, ratio .797.
EXAMPLE = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


@pytest.mark.parametrize(("level", "published"), [
    ("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)])
def test_krippendorff_s_published_example(level: str, published: float) -> None:
    found = alpha(EXAMPLE, level)  # type: ignore[arg-type]
    assert found is not None and round(found, 3) == published


def test_a_fixture_computed_by_hand_in_the_project_s_shape() -> None:
    # three participants, three capabilities, "don't know" missing (not in the mapping):
    # cap:1 = 1, 1, 2; cap:2 = 3, 3, 3; cap:3 = 2, (don't know), 4. By hand: coincidences
    # o(1,1)=1, o(1,2)=o(2,1)=1, o(3,3)=3, o(2,4)=o(4,2)=1; n = 8 (n1=2, n2=2, n3=3, n4=1);
    # ordinal d2(1,2)=4, d2(2,4)=20.25, ... sum of n_c n_k d2 = 624; observed 48.5;
    # alpha = 1 - 7 * 48.5 / 624 = 0.455929...
    ratings = {"a": {"cap:1": 1, "cap:2": 3, "cap:3": 2},
               "b": {"cap:1": 1, "cap:2": 3},
               "c": {"cap:1": 2, "cap:2": 3, "cap:3": 4}}
    found = round_alpha(ratings, ["cap:1", "cap:2", "cap:3"])
    assert found is not None
    assert found.value == pytest.approx(1 - 7 * 48.5 / 624, abs=1e-9)
    assert (found.coders, found.units, found.samples) == (3, 3, BOOTSTRAP_SAMPLES)


def test_never_under_three_raters_nor_without_variation() -> None:
    two = {"a": {"cap:1": 1, "cap:2": 2}, "b": {"cap:1": 2, "cap:2": 2}, "c": {}}
    assert MIN_CODERS == 3 and round_alpha(two, ["cap:1", "cap:2"]) is None
    same = {who: {"cap:1": 3, "cap:2": 3} for who in "abcd"}
    assert round_alpha(same, ["cap:1", "cap:2"]) is None  # full agreement: alpha undefined


def test_the_bootstrap_is_fixed_by_its_seed_and_holds_the_value() -> None:
    ratings = {f"p{i}": {f"cap:{c}": 1 + (c + (i % 3 == 0)) % 4 for c in range(1, 22)}
               for i in range(6)}
    units = [f"cap:{c}" for c in range(1, 22)]
    first, again = round_alpha(ratings, units), round_alpha(ratings, units)
    assert first is not None and first == again
    assert first.low is not None and first.high is not None
    assert first.low <= first.value <= first.high
    table = [[ratings[p].get(u) for u in units] for p in ratings]
    assert bootstrap(table, seed=1) != bootstrap(table, seed=2)


@pytest.mark.parametrize(("iqr", "expected"), [
    (0.0, Reading.STRONG), (0.999, Reading.STRONG), (1.0, Reading.MODERATE),
    (1.499, Reading.MODERATE), (1.5, Reading.WEAK), (3.0, Reading.WEAK)])
def test_the_reading_s_edges(iqr: float, expected: Reading) -> None:
    assert reading_of(iqr) is expected


@pytest.mark.parametrize("ratings", [
    [1, 1, 2, 2], [1, 2, 3, 4], [2, 2, 2, 3, 3], [1, 1, 1, 4], [1, 2, 2, 3, 3, 4], [3, 3, 4]])
def test_weak_is_exactly_the_warning_flag(ratings: list[int]) -> None:
    stats = item_stats("cap:1", ratings)
    assert (reading(stats) is Reading.WEAK) == stats.disagreement


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_the_bootstrap_s_own_alpha_is_the_package_s(level: str) -> None:
    # the bootstrap computes alpha from coincidence matrices itself (all samples at once):
    # on the whole table it gives the package's number
    import numpy

    from framework.agreement import _from_coincidences

    values = sorted({float(v) for row in EXAMPLE for v in row if v is not None})
    total = numpy.zeros((len(values), len(values)))
    for column in zip(*EXAMPLE, strict=True):
        counts = numpy.array([sum(1 for v in column if v == value) for value in values],
                             dtype=float)
        if counts.sum() >= 2:
            total += (numpy.outer(counts, counts) - numpy.diag(counts)) / (counts.sum() - 1)
    own = float(_from_coincidences(total[None], values, level)[0])  # type: ignore[arg-type]
    assert own == pytest.approx(alpha(EXAMPLE, level), abs=1e-12)  # type: ignore[arg-type]
