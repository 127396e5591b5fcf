"""The long tests start the workers' shares, longest first to the lightest share."""

from __future__ import annotations

from tests.schedule import dealt, shares


def test_shares_are_cut_as_the_scheduler_cuts_them() -> None:
    assert shares(906, 3) == [302, 302, 302]
    assert shares(10, 3) == [3, 3, 4]


def test_long_tests_start_each_share_and_the_rest_keep_their_order() -> None:
    items = [f"t{n}" for n in range(12)]
    weights = [0.0] * 12
    weights[9], weights[10], weights[11], weights[5] = 80, 76, 34, 28
    ordered = dealt(items, weights, 3)
    assert sorted(ordered) == sorted(items)  # nothing lost or doubled
    first, second, third = ordered[0:4], ordered[4:8], ordered[8:12]
    assert first[0] == "t9" and second[0] == "t10" and third[0] == "t11"
    assert third[1] == "t5"  # the next longest to the lightest share (34 < 76 < 80)
    rest = [i for i in ordered if weights[items.index(i)] == 0]
    assert rest == [i for i in items if weights[items.index(i)] == 0]
