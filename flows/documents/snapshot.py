"""A validated version's canonical snapshot: what its report and files show, as aggregates
only (the answers' counts per item, sector and value; the sessions' vote counts; alpha; the
flags' counts; what other flows add to the JSON export, such as the plan and the agreed
positions), written as canonical JSON (sorted keys, no spaces, UTF-8) and hashed with SHA-256.
No row of anyone, no note, no comment: a /forget after validation leaves it whole.

Its files are drawn from it (`from_snapshot`), so a version drawn again in any language shows
the same figures, whatever happened to the rows since."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from flows.documents.session_votes import SessionVotes, session_votes
from flows.engine.store import Round
from flows.kit.places import JsonKey
from framework.aggregate import RoundResults, Tally, Turnout, VoteCount, round_results
from framework.agreement import Alpha
from framework.model import Framework
from framework.scoring import DONT_KNOW, Rating

FORMAT = 1


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _value(value: Rating) -> str | int | None:
    return value


def _rating(value: Any) -> Rating:
    return DONT_KNOW if value == DONT_KNOW else (int(value) if value is not None else None)


def snapshot_of(r: Round, version: int, institution: str, on: date, tallies: list[Tally],
                turnout: list[Turnout], sessions: tuple[SessionVotes, ...],
                agreement: Alpha | None, flags: dict[str, int],
                added: list[JsonKey]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "round": {"code": r.code, "country": r.country, "title": r.title,
                  "created": r.created_at.date().isoformat()},
        "version": version, "institution": institution, "validated_on": on.isoformat(),
        "tallies": sorted([t.item, t.sector, _value(t.value), t.count] for t in tallies
                          if t.count),
        "turnout": sorted([t.sector, t.joined, t.answered] for t in turnout),
        "sessions": [
            {"number": s.number, "day": s.day(), "mode": s.mode,
             "votes": sorted([e.item, e.voting, _value(e.value), e.count] for e in s.counts)}
            for s in sessions],
        "alpha": None if agreement is None else {
            "value": agreement.value, "low": agreement.low, "high": agreement.high,
            "raters": agreement.coders, "units": agreement.units,
            "samples": agreement.samples, "seed": agreement.seed},
        "flags": dict(sorted(flags.items())),
        "added": {key.name: key.value for key in added},
    }


@dataclass(frozen=True)
class Snapshot:
    """A snapshot read back: what a validated version's files are drawn from."""

    results: RoundResults
    sessions: tuple[SessionVotes, ...]
    agreement: Alpha | None
    validated_on: date
    counted: int
    added: dict[str, Any]

    @property
    def today(self) -> datetime:
        """The date its files carry (fixed: the day it was validated)."""
        return datetime(self.validated_on.year, self.validated_on.month, self.validated_on.day,
                        tzinfo=UTC)


def from_snapshot(fw: Framework, text: str) -> Snapshot:
    data = json.loads(text)
    results = round_results(
        fw, [Tally(item, sector, _rating(value), count)
             for item, sector, value, count in data["tallies"]],
        [Turnout(sector, joined, answered) for sector, joined, answered in data["turnout"]])
    sessions = tuple(
        session_votes(fw, s["number"],
                      datetime.fromisoformat(s["day"]).replace(tzinfo=UTC) if s["day"]
                      else None, s["mode"],
                      [VoteCount(0, item, voting, _rating(value), count)
                       for item, voting, value, count in s["votes"]])
        for s in data["sessions"])
    alpha = data["alpha"]
    found = None if alpha is None else Alpha(
        alpha["value"], alpha["low"], alpha["high"], alpha["raters"], alpha["units"],
        alpha["samples"], alpha["seed"])
    return Snapshot(results, sessions, found, date.fromisoformat(data["validated_on"]),
                    results.participants, dict(data["added"]))
