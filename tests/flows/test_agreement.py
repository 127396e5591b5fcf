"""Agreement on the results screen and in the JSON export (issue 21, item 4, first part): each
capability's reading beside its figures, the round's alpha with its interval and what it cannot
say, the same numbers as framework.agreement computes from the stored answers."""

from __future__ import annotations

import json
import re

from flows.engine.effects import Attach
from flows.engine.router import Router
from flows.engine.store import Role, Source
from framework import load_framework
from framework.agreement import Reading, reading, round_alpha
from framework.scoring import item_stats
from tests.flows.chat import Chat

FW = load_framework()
FACILITATOR = "tg:1001"


def rating(person: int, capability: int) -> int:
    """Ratings that agree on some capabilities and not on others."""
    if capability % 3 == 0:
        return 2  # everyone: strong
    return 1 + (capability + person * (capability % 2 + 1)) % 4


async def rated_round(router: Router, people: int) -> Chat:
    chat = Chat(router, user=FACILITATOR)
    await chat.command("start")
    await chat.tap(chat.labels[0])  # I agree
    async with router.store.transaction() as tx:
        found = await tx.rounds.create("KE", FACILITATOR, "Kenya 2026")
        await tx.rounds.join(found.id, FACILITATOR, "government", Role.FACILITATOR)
        for person in range(people):
            user = f"tg:{2001 + person}"
            await tx.rounds.join(found.id, user, "justice", Role.PARTICIPANT)
            for cap in FW.capabilities:
                await tx.answers.rate(found.id, user, cap.item, rating(person, cap.id),
                                      Source.PRIVATE)
    await chat.command("rounds")
    await chat.tap(next(label for label in chat.labels if "Kenya 2026" in label))
    return chat


def expected(people: int) -> tuple[dict[int, Reading | None], float]:
    readings = {c.id: reading(item_stats(c.item, [rating(p, c.id) for p in range(people)]))
                for c in FW.capabilities}
    found = round_alpha({f"p{p}": {c.item: rating(p, c.id) for c in FW.capabilities}
                         for p in range(people)}, [c.item for c in FW.capabilities])
    assert found is not None
    return readings, found.value


async def test_results_show_each_reading_and_the_round_s_alpha(router: Router) -> None:
    chat = await rated_round(router, 6)
    reply = await chat.command("results")
    first, second = reply.screens[0].text, reply.screens[1].text
    readings, value = expected(6)
    assert {Reading.STRONG, Reading.WEAK} <= set(readings.values())
    for cap in FW.capabilities:
        line = next(ln for ln in first.splitlines() if ln.startswith(f"{cap.id}. "))
        assert f"agreement {readings[cap.id]}" in line, line
        assert ("⚠" in line) == (readings[cap.id] is Reading.WEAK), line
    said = re.search(r"Krippendorff's alpha, ordinal\): (-?[\d.]+); 95% interval (-?[\d.]+) to "
                     r"(-?[\d.]+) \(1000 resamplings", second)
    assert said is not None, second
    assert float(said[1]) == round(value, 2)
    assert float(said[2]) <= float(said[1]) <= float(said[3])
    assert "Alpha runs low when nearly everyone gives the same phase" in second
    assert len(first) < 4096 and len(second) < 4096

    # the JSON export: the same readings and alpha, with how it was made
    sent = [e for e in await router.drawn((await chat.tap("Export JSON")).effects)
            if isinstance(e, Attach)]
    data = json.loads(sent[0].attachment.data)
    for cap in FW.capabilities:
        found = readings[cap.id]
        assert data["capabilities"][str(cap.id)]["agreement"] == (found.value if found else None)
    alpha = data["agreement"]["krippendorff_alpha"]
    assert alpha["value"] == value and alpha["level"] == "ordinal"
    assert alpha["bootstrap"] == {"samples": 1000, "seed": 20261207,
                                  "resampled": "capabilities"}
    assert alpha["raters"] == 6


async def test_no_alpha_under_three_raters(router: Router) -> None:
    chat = await rated_round(router, 2)
    reply = await chat.command("results")
    first, second = reply.screens[0].text, reply.screens[1].text
    assert "Krippendorff's alpha): not computed" in second
    assert "agreement strong" not in first  # no figure, no reading, under three ratings
