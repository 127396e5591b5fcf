"""A round's results as data (the JSON export): only what may be shown, the group sessions'
votes apart (each voting round under its rule), alpha with how it was made, then what other
flows add."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from flows.documents.session_votes import SessionVotes
from flows.engine.store import Round
from flows.engine.translator import Translator
from flows.kit.info import own_wording
from flows.kit.places import JsonKey
from framework.aggregate import MIN_GROUP, RoundResults, round_priorities
from framework.agreement import Alpha, reading
from framework.model import Framework


def figures_of(results: RoundResults, item: str) -> dict[str, Any]:
    """One item's figures as data: only what may be shown."""
    result = results.items[item]
    stats = result.stats
    return {
        "answers": result.answers,
        "dont_know_share": result.dont_know_share,
        **({
            "n": stats.n, "median": stats.median, "low": stats.low, "high": stats.high,
            "q1": stats.q1, "q3": stats.q3, "disagreement": stats.disagreement,
            "agreement": found.value if (found := reading(stats)) is not None else None,
        } if stats is not None else {"shown": False}),
        "sectors": [
            {"sector": f.sector or "other", "n": f.stats.n, "median": f.stats.median}
            for f in result.sectors
        ],
    }


def results_json(t: Translator, fw: Framework, r: Round, results: RoundResults,
                 sessions: Sequence[SessionVotes] = (), added: Sequence[JsonKey] = (),
                 agreement: Alpha | None = None) -> bytes:
    """The results as data: only what may be shown (figures of three ratings or more); the
    group sessions' votes apart, under the same thresholds; then what other flows add."""
    summary: dict[str, Any] = {
        "notice": own_wording(t),
        "round": r.code, "title": r.title, "country": r.country,
        "created_at": r.created_at.isoformat(),
        "closed_at": r.closed_at.isoformat() if r.closed_at else None,
        "participants": results.participants,
        "joined": results.joined,
        "participants_by_sector": results.by_sector,
        "completion": results.completion,
        "capabilities": {str(c.id): figures_of(results, c.item) for c in fw.capabilities},
        "pulse": {d.id: figures_of(results, d.item) for d in fw.domains},
        "domains": {
            d.domain: {"mean_of_capability_medians": d.score, "rated": d.rated,
                       "total": d.total}
            for d in results.profile.domains
        },
        "sector_differences": [
            {"capability": d.item, "low": d.low.sector, "high": d.high.sector}
            for d in results.differences
        ],
        "priorities": [p.capability.id for p in round_priorities(fw, results)],
        "sessions": [
            {"session": s.number, "date": s.day(), "mode": s.mode,
             # each question's latest voting round
             "questions": {item: figures_of(s.results, item)
                           for item, result in s.results.items.items() if result.answers},
             # each voting round that may be shown: both only from 5 voters in each
             "votings": {item: {str(v): {**figures_of(results, item),
                                         "counts": vote_counts(s, item, v)}
                                for v, results in votings.items()}
                         for item, votings in s.votings(fw).items()}}
            for s in sessions
        ],
        "agreement": agreement_json(agreement),
        "privacy": f"figures of fewer than {MIN_GROUP} ratings are left out",
    }
    for key in added:
        if key.name in summary:
            raise ValueError(f"the JSON export has a key {key.name!r} already")
        summary[key.name] = key.value
    return json.dumps(summary, ensure_ascii=False, indent=2).encode("utf-8")


def vote_counts(session: SessionVotes, item: str, voting: int) -> dict[str, int] | None:
    """How many chose each answer in one voting round, as the card shows it after Reveal
    (None under `MIN_GROUP` voters)."""
    found = {"1": 0, "2": 0, "3": 0, "4": 0, "dont_know": 0}
    for entry in session.counts:
        if entry.item == item and entry.voting == voting and entry.value is not None:
            found[str(entry.value)] += entry.count
    return found if sum(found.values()) >= MIN_GROUP else None


def agreement_json(found: Alpha | None) -> dict[str, Any]:
    """Alpha as data, with how it was made; and the rule of each capability's reading."""
    return {
        "rule": "each capability: interquartile range of its ratings; strong under 1 phase, "
                "moderate from 1 to under 1.5, weak from 1.5 (the disagreement flag)",
        "krippendorff_alpha": None if found is None else {
            "level": "ordinal", "value": found.value,
            "interval_95": [found.low, found.high],
            "bootstrap": {"samples": found.samples, "seed": found.seed,
                          "resampled": "capabilities"},
            "raters": found.coders, "capabilities_rated_twice_or_more": found.units,
        },
        "note": "alpha runs low when nearly everyone gives the same phase, even in full "
                "agreement",
    }
