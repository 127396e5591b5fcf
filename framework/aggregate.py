"""A round's results, with privacy applied: the one place every screen, chart, report and export
of a round takes its figures from.

Thresholds (the project's design, "Privacy thresholds"):

* a figure of an item (median, range, quartiles, disagreement) needs at least `MIN_GROUP`
  phase ratings, and its don't-know share at least `MIN_GROUP` answers: with fewer, a person who
  knows their own answer could work out the others';
* a sector is broken out for an item only with at least `MIN_GROUP` ratings of it there; the
  other sectors are pooled, and a pool under `MIN_GROUP` is not shown;
* a sector difference is two broken-out sectors whose medians differ by `SECTOR_GAP` phases
  or more;
* the round's profile and priorities are computed from the items that may be shown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from framework.model import Framework
from framework.recommend import TOP, Priority, priorities
from framework.scoring import DONT_KNOW, ItemStats, Profile, Rating, counted_stats, profile_of

MIN_GROUP = 3
SECTOR_GAP = 2.0
OTHER_SECTORS = None  # the pooled row of a sector breakdown


@dataclass(frozen=True)
class Tally:
    """How many people of one sector gave one answer to one item (value None: skipped). A
    round's results are computed from these, so their cost does not grow with its size."""

    item: str
    sector: str
    value: Rating
    count: int


@dataclass(frozen=True)
class Turnout:
    """The people of one sector in a round: all who joined, and those who rated something."""

    sector: str
    joined: int
    answered: int


@dataclass(frozen=True)
class VoteCount:
    """How many voters of a group session gave one answer to one question in one voting
    round (1, or 2 when the question was voted again). Votes are never answers: a session's
    figures are made of these alone."""

    session: int
    item: str
    voting: int
    value: Rating
    count: int


@dataclass(frozen=True)
class Ballot:
    """One person's answer to one item, for building tallies in memory (tests, examples)."""

    person: str
    sector: str
    item: str
    value: Rating


def tally(ballots: Iterable[Ballot], members: Mapping[str, str] | None = None
          ) -> tuple[list[Tally], list[Turnout]]:
    """What the database's GROUP BY gives, from single answers; `members` (person to sector)
    counts those who have not answered yet too."""
    counts: Counter[tuple[str, str, Rating]] = Counter()
    people: dict[str, str] = dict(members or {})
    answering: set[str] = set()
    for ballot in ballots:
        counts[ballot.item, ballot.sector, ballot.value] += 1
        people[ballot.person] = ballot.sector
        if ballot.value is not None:
            answering.add(ballot.person)
    joined = Counter(people.values())
    answered = Counter(people[p] for p in answering)
    return ([Tally(item, sector, value, n) for (item, sector, value), n in counts.items()],
            [Turnout(sector, joined[sector], answered[sector]) for sector in sorted(joined)])


@dataclass(frozen=True)
class SectorFigure:
    sector: str | None  # None: the other sectors, pooled
    stats: ItemStats


@dataclass(frozen=True)
class SectorDifference:
    item: str
    low: SectorFigure
    high: SectorFigure


@dataclass(frozen=True)
class ItemResult:
    item: str
    answers: int  # phase ratings and don't know
    stats: ItemStats | None  # None: too few ratings to show a figure
    dont_know_share: float | None  # None: too few answers to show it
    sectors: tuple[SectorFigure, ...]
    dont_know: int | None = None  # how many said don't know; None: too few answers to show it


@dataclass(frozen=True)
class RoundResults:
    participants: int  # people who have given at least one answer
    joined: int  # everyone in the round, whether they have answered or not
    by_sector: dict[str, int]  # participants per sector with at least MIN_GROUP of them
    completion: dict[str, float]  # per domain: share of its capabilities answered, per member
    items: dict[str, ItemResult]  # capabilities and pulse questions
    profile: Profile  # from the items that may be shown
    differences: tuple[SectorDifference, ...]

    def shown(self, item: str) -> ItemStats | None:
        result = self.items.get(item)
        return result.stats if result is not None else None


# Counts of one item's answers: phases 1 to 4, then don't know.
Counts = list[int]
DK = 4


def _stats(item: str, counts: Counts) -> ItemStats:
    return counted_stats(item, counts[:DK], counts[DK])


def _sector_figures(item: str, by_sector: Mapping[str, Counts]) -> tuple[SectorFigure, ...]:
    figures: list[SectorFigure] = []
    pooled = [0] * (DK + 1)
    for sector in sorted(by_sector):
        stats = _stats(item, by_sector[sector])
        if stats.n >= MIN_GROUP:
            figures.append(SectorFigure(sector, stats))
        else:
            pooled = [a + b for a, b in zip(pooled, by_sector[sector], strict=True)]
    pool = _stats(item, pooled)
    if 0 < pool.n < MIN_GROUP or len(figures) + (pool.n > 0) < 2:
        # A small pool beside the sectors shown (and the round's own figure) could be worked
        # out from them; a single group is no breakdown.
        return ()
    if pool.n:
        figures.append(SectorFigure(OTHER_SECTORS, pool))
    return tuple(figures)


def _differences(item: str, figures: Iterable[SectorFigure]) -> list[SectorDifference]:
    named = [f for f in figures if f.sector is not None and f.stats.median is not None]
    if len(named) < 2:
        return []
    low = min(named, key=lambda f: (f.stats.median, f.sector))
    high = max(named, key=lambda f: (f.stats.median, f.sector))
    assert low.stats.median is not None and high.stats.median is not None
    if high.stats.median - low.stats.median >= SECTOR_GAP:
        return [SectorDifference(item, low, high)]
    return []


def rows_may_leave(results: RoundResults) -> bool:
    """Whether answers may leave the assistant one by one (exports' rows, the report's notes):
    only once `MIN_GROUP` participants have rated, so that a facilitator's file of a round of
    two is not their two answers. A round opened as figures only never lets them."""
    return results.participants >= MIN_GROUP


def round_results(
    framework: Framework, tallies: Iterable[Tally], turnout: Iterable[Turnout]
) -> RoundResults:
    """Every figure of a round that may be shown, computed once from its tallies."""
    by_item: dict[str, dict[str, Counts]] = defaultdict(dict)
    answered_of: Counter[str] = Counter()  # ratings (not skips) per item
    for entry in tallies:
        if entry.value is None:
            continue
        counts = by_item[entry.item].setdefault(entry.sector, [0] * (DK + 1))
        counts[DK if entry.value == DONT_KNOW else int(entry.value) - 1] += entry.count
        answered_of[entry.item] += entry.count
    items: dict[str, ItemResult] = {}
    differences: list[SectorDifference] = []
    keys = [c.item for c in framework.capabilities] + [d.item for d in framework.domains]
    for item in keys:
        sectors = by_item.get(item, {})
        whole = [sum(column) for column in zip(*sectors.values(), strict=True)] or [0] * 5
        full = _stats(item, whole)
        figures = _sector_figures(item, sectors) if full.n >= MIN_GROUP else ()
        items[item] = ItemResult(
            item=item,
            answers=full.responses,
            stats=full if full.n >= MIN_GROUP else None,
            dont_know_share=full.dont_know_share if full.responses >= MIN_GROUP else None,
            sectors=figures,
            dont_know=full.dont_know if full.responses >= MIN_GROUP else None,
        )
        differences += _differences(item, figures)
    people = list(turnout)
    joined = sum(p.joined for p in people)
    completion = {
        domain.id: (
            sum(answered_of[c.item] for c in framework.capabilities_of(domain.id))
            / (len(framework.capabilities_of(domain.id)) * joined) if joined else 0.0
        )
        for domain in framework.domains
    }
    shown = {
        c.id: stats for c in framework.capabilities
        if (stats := items[c.item].stats) is not None
    }
    return RoundResults(
        participants=sum(p.answered for p in people),
        joined=joined,
        by_sector={p.sector: p.answered for p in sorted(people, key=lambda p: p.sector)
                   if p.answered >= MIN_GROUP},
        completion=completion,
        items=items,
        profile=profile_of(framework, shown),
        differences=tuple(differences),
    )


BOTH_VOTINGS_FROM = 5  # voters in each voting round of a question for both to be shown


def votings_shown(counts: Iterable[VoteCount]) -> dict[str, tuple[int, ...]]:
    """Per question of a session, the voting rounds whose spreads may be shown: both when each
    had at least `BOTH_VOTINGS_FROM` voters, else only the latest (with fewer, a change of
    mind could be read off the difference). Each is still shown only from `MIN_GROUP`."""
    voters: dict[str, dict[int, int]] = {}
    for entry in counts:
        per = voters.setdefault(entry.item, {})
        per[entry.voting] = per.get(entry.voting, 0) + entry.count
    shown = {}
    for item, per in voters.items():
        if len(per) > 1 and min(per.values()) >= BOTH_VOTINGS_FROM:
            shown[item] = tuple(sorted(per))
        else:
            shown[item] = (max(per),)
    return shown


def voting_results(framework: Framework, counts: Iterable[VoteCount], voting: int
                   ) -> RoundResults:
    """A session's figures of one voting round (questions voted again, or the first vote)."""
    return round_results(framework, [
        Tally(entry.item, "", entry.value, entry.count) for entry in counts
        if entry.voting == voting
    ], [])


def session_results(framework: Framework, counts: Iterable[VoteCount]) -> RoundResults:
    """A group session's figures, under the same thresholds as a round's: each question by
    its latest voting round. Nobody's sector is known from a vote."""
    counts = list(counts)
    latest: dict[str, int] = {}
    for entry in counts:
        latest[entry.item] = max(latest.get(entry.item, 0), entry.voting)
    return round_results(framework, [
        Tally(entry.item, "", entry.value, entry.count) for entry in counts
        if entry.voting == latest[entry.item]
    ], [])


@dataclass(frozen=True)
class Change:
    """One domain or capability between an earlier round and a later one, where both rounds
    may show it."""

    key: str  # a domain id, or a capability's item
    before: float
    after: float
    before_n: int | None = None  # a capability's ratings in each round
    after_n: int | None = None

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class RoundChange:
    domains: tuple[Change, ...]
    capabilities: tuple[Change, ...]
    hidden: int  # capabilities with too few ratings in one of the rounds to compare
    raters_then: int = 0  # people who rated something in the earlier round
    raters_now: int = 0
    both: int | None = None  # of those who rated now, how many rated then too

    @property
    def other_people(self) -> bool:
        """Fewer than half of this round's raters rated in the earlier one too: a change may
        come from who answered rather than from the country."""
        return self.both is not None and 2 * self.both < self.raters_now

    def capability(self, item: str) -> Change | None:
        return next((c for c in self.capabilities if c.key == item), None)

    def domain(self, domain: str) -> Change | None:
        return next((c for c in self.domains if c.key == domain), None)


def round_change(framework: Framework, then: RoundResults, now: RoundResults) -> RoundChange:
    """The change since an earlier round, from the figures each round may show: a capability
    hidden in either round is counted, never compared."""
    capabilities, hidden = [], 0
    for cap in framework.capabilities:
        a, b = then.shown(cap.item), now.shown(cap.item)
        if a is None or b is None or a.median is None or b.median is None:
            hidden += 1
        else:
            capabilities.append(Change(cap.item, a.median, b.median, a.n, b.n))
    domains = [
        Change(after.domain, before.score, after.score)
        for before, after in zip(then.profile.domains, now.profile.domains, strict=True)
        if before.score is not None and after.score is not None
    ]
    return RoundChange(tuple(domains), tuple(capabilities), hidden, then.participants,
                       now.participants)


def round_priorities(framework: Framework, results: RoundResults, count: int = TOP
                     ) -> tuple[Priority, ...]:
    """The round's priorities among the capabilities it may show: one with too few ratings is
    neither known nor unknown to its readers, so it is not offered as a priority."""
    return tuple(
        p for p in priorities(framework, results.profile)
        if results.shown(p.capability.item) is not None
    )[:count]
