"""How much participants agree: per capability a reading in plain words, per round Krippendorff's
alpha with a bootstrap interval.

One rule with the ⚠ flag (framework.scoring.ItemStats.disagreement), so the two never
contradict: the reading comes from the interquartile range of the ratings, **strong** below
1 phase, **moderate** from 1 to below 1.5, **weak** from 1.5 (the ⚠). It needs the thresholds'
ratings (framework.aggregate.MIN_GROUP) like every other figure.

Alpha is computed by the `krippendorff` package at the ordinal level over the round's
individual answers: participants are the coders, capabilities the units, phases 1-4 the values,
"don't know" and no answer missing. Its interval resamples capabilities (units) with
replacement, BOOTSTRAP_SAMPLES times from a fixed seed, and takes the 2.5th and 97.5th
percentiles of the alphas that can be computed. Alpha runs low when nearly everyone gives the
same phase, even in full agreement (there is then little variation for agreement to explain):
screens say so beside it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from framework.scoring import DISAGREEMENT_IQR, ItemStats

STRONG_BELOW = 1.0  # an IQR under 1 phase: strong agreement
BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 20261207
MIN_CODERS = 3  # alpha over fewer participants' ratings is not shown
Level = Literal["nominal", "ordinal", "interval", "ratio"]


class Reading(StrEnum):
    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"


def reading_of(iqr: float) -> Reading:
    """The reading of an interquartile range (in phases)."""
    if iqr < STRONG_BELOW:
        return Reading.STRONG
    if iqr < DISAGREEMENT_IQR:
        return Reading.MODERATE
    return Reading.WEAK


def reading(stats: ItemStats | None) -> Reading | None:
    """A capability's reading from the figures that may be shown (None: too few ratings)."""
    if stats is None or stats.n < 2 or stats.iqr is None:
        return None
    return reading_of(stats.iqr)


@dataclass(frozen=True)
class Alpha:
    value: float
    low: float | None  # the bootstrap interval (None when too few samples could be computed)
    high: float | None
    coders: int  # participants with at least one phase rating
    units: int  # capabilities rated by two or more of them
    samples: int = BOOTSTRAP_SAMPLES
    seed: int = BOOTSTRAP_SEED


def alpha(data: Sequence[Sequence[float | None]], level: Level = "ordinal") -> float | None:
    """Krippendorff's alpha of a coders × units table (None: missing), or None when it cannot be
    computed (no unit rated twice, or no variation at all)."""
    import krippendorff
    import numpy

    table = numpy.array([[math.nan if v is None else float(v) for v in row] for row in data],
                        dtype=float)
    pairable = (numpy.sum(~numpy.isnan(table), axis=0) >= 2) if table.size else []
    if not numpy.any(pairable):
        return None
    table = table[:, pairable]
    values = numpy.unique(table[~numpy.isnan(table)])
    if len(values) < 2:
        return None  # one value only: agreement is perfect but alpha is undefined
    domain = None if level in ("interval", "ratio") else values
    found = float(krippendorff.alpha(reliability_data=table, level_of_measurement=level,
                                     value_domain=domain))
    return None if math.isnan(found) else found


def round_alpha(ratings: Mapping[str, Mapping[str, int]], units: Sequence[str],
                level: Level = "ordinal") -> Alpha | None:
    """Alpha over participants' phase ratings ({participant: {capability item: phase}}), with
    its bootstrap interval over capabilities; None under MIN_CODERS raters or when alpha
    cannot be computed."""
    coders = [who for who, given in ratings.items() if given]
    if len(coders) < MIN_CODERS:
        return None
    table = [[ratings[who].get(unit) for unit in units] for who in coders]
    value = alpha(table, level)
    if value is None:
        return None
    low, high = bootstrap(table, level)
    rated = sum(1 for column in zip(*table, strict=True)
                if sum(v is not None for v in column) >= 2)
    return Alpha(value, low, high, len(coders), rated)


def bootstrap(table: Sequence[Sequence[float | None]], level: Level = "ordinal",
              samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED
              ) -> tuple[float | None, float | None]:
    """The 2.5th and 97.5th percentiles of alpha over `samples` resamplings of the units (with
    replacement, from `seed`); (None, None) when fewer than half of them can be computed.

    Alpha is a function of the coincidence matrix, the sum of the units' own (Krippendorff
    2011): each unit's matrix is made once, and a resampling is a weighted sum of them, so a
    thousand resamplings cost one matrix product (the package's per-call alpha on the whole
    table is the same number: tests/framework/test_agreement.py)."""
    import numpy

    values = sorted({float(v) for row in table for v in row if v is not None})
    if len(values) < 2:
        return None, None
    index = {v: i for i, v in enumerate(values)}
    per_unit = []
    for column in zip(*table, strict=True):
        counts = numpy.zeros(len(values))
        for v in column:
            if v is not None:
                counts[index[float(v)]] += 1
        m = counts.sum()
        if m >= 2:
            per_unit.append((numpy.outer(counts, counts) - numpy.diag(counts)) / (m - 1))
    if not per_unit:
        return None, None
    matrices = numpy.array(per_unit)  # units × V × V
    rng = numpy.random.default_rng(seed)
    weights = rng.multinomial(len(per_unit), [1 / len(per_unit)] * len(per_unit), samples)
    totals = numpy.einsum("su,uvw->svw", weights, matrices)  # samples × V × V
    alphas = _from_coincidences(totals, numpy.array(values), level)
    found = alphas[~numpy.isnan(alphas)]
    if len(found) < samples // 2:
        return None, None
    return (float(numpy.percentile(found, 2.5)), float(numpy.percentile(found, 97.5)))


def _from_coincidences(o: object, values: object, level: Level) -> Any:
    """Alpha from coincidence matrices (Krippendorff 2011, for any metric), one per sample:
    `o` is samples × V × V; NaN where a sample's alpha is undefined."""
    import numpy

    matrix = numpy.asarray(o, dtype=float)
    v = numpy.asarray(values, dtype=float)
    size = len(v)
    n_c = matrix.sum(axis=2)  # samples × V
    n = n_c.sum(axis=1)  # samples
    if level == "nominal":
        delta = numpy.broadcast_to(1.0 - numpy.eye(size), matrix.shape)
    elif level == "ordinal":
        cumulative = numpy.cumsum(n_c, axis=1)
        low = numpy.minimum.outer(numpy.arange(size), numpy.arange(size))
        high = numpy.maximum.outer(numpy.arange(size), numpy.arange(size))
        before = numpy.where(low > 0, cumulative[:, numpy.maximum(low - 1, 0)], 0.0)
        between = cumulative[:, high] - before
        delta = (between - (n_c[:, low] + n_c[:, high]) / 2) ** 2
    elif level == "interval":
        delta = numpy.broadcast_to(numpy.subtract.outer(v, v) ** 2, matrix.shape)
    else:
        delta = numpy.broadcast_to((numpy.subtract.outer(v, v) / numpy.add.outer(v, v)) ** 2,
                                   matrix.shape)
    expected = (n_c[:, :, None] * n_c[:, None, :] * delta).sum(axis=(1, 2))
    observed = (matrix * delta).sum(axis=(1, 2))
    with numpy.errstate(divide="ignore", invalid="ignore"):
        return numpy.where((expected > 0) & (n > 1), 1.0 - (n - 1) * observed / expected,
                           numpy.nan)
