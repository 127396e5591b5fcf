"""ISO 3166-1 countries, found by part of a name (the person's language or English) or a code.

The list comes from pycountry; names come from CLDR through Babel, so they follow the
person's language.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pycountry
from babel import Locale

MAX_SUGGESTIONS = 8


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Côte" matches "cote")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


@lru_cache(maxsize=1)
def country_codes() -> tuple[str, ...]:
    return tuple(sorted(c.alpha_2 for c in pycountry.countries))


@lru_cache(maxsize=16)
def _names(locale: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per code, folded names to match: everyday names (CLDR in `locale` and in English,
    pycountry's name), then official ones, which rank lower ("Kingdom of ...")."""
    local = Locale.parse(locale).territories
    english = Locale.parse("en").territories
    names: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        everyday = {
            local.get(code, ""),
            english.get(code, ""),
            country.name,
            getattr(country, "common_name", ""),
        }
        official = {getattr(country, "official_name", "")}
        names[code] = (
            tuple(sorted({_fold(n) for n in everyday if n})),
            tuple(sorted({_fold(n) for n in official if n})),
        )
    return names


# Everyday codes that are not ISO alpha-2 or alpha-3 but that people type.
ALIASES = {"UK": "GB", "USA": "US", "UAE": "AE"}


def _starts(name: str, query: str) -> bool:
    return name.startswith(query) or any(
        word.startswith(query) for word in name.replace("-", " ").split()
    )


def country_name(code: str, locale: str) -> str:
    return str(Locale.parse(locale).territories.get(code, code))


def is_country(code: str) -> bool:
    return code in country_codes()


def search_countries(query: str, locale: str) -> list[str]:
    """Up to eight ISO codes, best first: an exact code, then everyday names with a word
    starting with the query, then containing it, then official names containing it; ties in
    the alphabetical order of the names in `locale`."""
    folded = _fold(query)
    if not folded:
        return []
    upper = query.strip().upper()
    exact: list[str] = []
    if upper in ALIASES:
        exact.append(ALIASES[upper])
    elif len(upper) == 2 and is_country(upper):
        exact.append(upper)
    elif len(upper) == 3:
        found = pycountry.countries.get(alpha_3=upper)
        if found is not None:
            exact.append(found.alpha_2)
    buckets: list[list[str]] = [[], [], []]
    for code, (everyday, official) in _names(locale).items():
        if code in exact:
            continue
        if any(_starts(n, folded) for n in everyday):
            buckets[0].append(code)
        elif len(folded) >= 3 and any(folded in n for n in everyday):
            buckets[1].append(code)
        elif len(folded) >= 3 and any(folded in n for n in official):
            buckets[2].append(code)

    def by_name(code: str) -> str:
        return _fold(country_name(code, locale))

    ranked = exact + [code for bucket in buckets for code in sorted(bucket, key=by_name)]
    return ranked[:MAX_SUGGESTIONS]
