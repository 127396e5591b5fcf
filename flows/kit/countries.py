"""ISO 3166-1 countries, found by a name in any shipped language, a former or short name, an
abbreviation or an ISO code, with a guess ("Did you mean ...?") when the name is misspelled.

The list comes from pycountry; names come from CLDR through Babel (every shipped language, so
"Allemagne" finds Germany for an English speaker too), pycountry's own names, and
`OTHER_NAMES`, a table of the short, former and everyday names that CLDR leaves out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from babel import Locale
from rapidfuzz import fuzz, process

from flows.kit.country_names import ABBREVIATIONS, GOVERNMENT_NAMES, OTHER_NAMES

MAX_SUGGESTIONS = 8

# The UI languages, whose CLDR names are all searched whatever the person's language; plus
# Portugal's Portuguese and traditional Chinese, which people type without a catalog of their own.
SHIPPED_LOCALES = ("en", "fr", "es", "ar", "ru", "zh_Hans", "pt", "pt_BR")
# ... and the languages officials of other countries type their own country's name in
# ("Deutschland", "Türkiye", "Україна"), though the assistant does not speak them yet.
NAME_LOCALES = (*SHIPPED_LOCALES, "pt_PT", "zh_Hant", "de", "it", "nl", "pl", "tr", "uk", "id",
                "sw", "hi", "fa", "ur", "bn", "vi", "th", "ja", "ko")
# Codes in use that ISO 3166-1 has not assigned: Kosovo's (CLDR names it in every language).
EXTRA_CODES = ("XK",)

# Fuzzy matching runs only when nothing matches exactly, by prefix or by substring. It scores
# the query against every whole name with rapidfuzz's `fuzz.ratio` (normalized Indel
# similarity, 0-100). One slip in a name of five letters scores 80 ("Yeman", "Lybia"), in six
# 83.3 ("Norwey", "Isreal", "Polnad"), and more in longer names ("Moldva" 92.3, "Phillipines"
# 90.9, "Argentia" 94.1); words that are not countries stay below 78 ("Atlantis" 66.7 against
# "Albania", "hello" 54.5, "asdf" 50, "Narnia" and "Wakanda" 76.9, "gracias" 76.9). Hence 80:
# every one-letter slip in a name of five letters or more, nothing unrelated in the test table.
# Place names close to a country are offered as a guess, which the person can ignore
# ("Prussia" 92.3 against "Russia"); swapped letters in very short names are not ("Korae").
FUZZY_CUTOFF = 80.0
FUZZY_MIN_LENGTH = 4  # shorter queries are too ambiguous to guess from
FUZZY_SPREAD = 8.0  # guesses within this many points of the best one are offered too

_ARABIC = str.maketrans({"ى": "ي", "ة": "ه", "ـ": None})
_DROPPED = {"'", "’", "ʼ", "`", "´", ".", "·"}  # "d’Ivoire" = "d'Ivoire" = "dIvoire"
_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """Case-, accent- and width-insensitive form for matching: NFKC, casefold, no combining
    marks ("Côte" matches "cote", "ＵＳＡ" matches "usa"), punctuation as spaces. CJK and
    Arabic letters stay (Arabic loses its vowel marks and hamza seats: "إيران" = "ايران")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text.translate(_ARABIC))
    kept: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) or ch in _DROPPED:
            continue
        category = unicodedata.category(ch)
        kept.append(" " if category[0] in "PSZC" else ch)
    folded = _SPACES.sub(" ", unicodedata.normalize("NFC", "".join(kept))).strip()
    return folded.removeprefix("the ") if " " in folded else folded


def _compact(folded: str) -> str:
    """A folded abbreviation without its spaces: "ee uu" = "eeuu"."""
    return folded.replace(" ", "")


def _is_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) == "W" for ch in text)


@dataclass(frozen=True)
class CountrySearch:
    """The codes to offer, best first; `guessed` when they come from fuzzy matching, so the
    screen can ask "Did you mean ...?"."""

    codes: tuple[str, ...]
    guessed: bool = False


@dataclass(frozen=True)
class _Index:
    everyday: str  # one line per everyday name: " folded name\tCODE"
    official: str  # the same for official names ("Republic of ..."), which rank lower
    exact: dict[str, frozenset[str]]  # folded name (everyday or official) -> codes
    codes: dict[str, str]  # folded code or abbreviation, without spaces -> code
    fuzzy_choices: tuple[str, ...]  # every folded name, whole ...
    fuzzy_codes: tuple[str, ...]  # ... and its code


@lru_cache(maxsize=1)
def country_codes() -> tuple[str, ...]:
    return tuple(sorted([*(c.alpha_2 for c in pycountry.countries), *EXTRA_CODES]))


class _Unlisted:
    """A country pycountry does not list (Kosovo): its code, and names from CLDR only."""

    def __init__(self, code: str) -> None:
        self.alpha_2 = code
        self.alpha_3 = code


def _countries() -> list[object]:
    return [*pycountry.countries, *(_Unlisted(code) for code in EXTRA_CODES)]


def _everyday(code: str, country: object) -> Iterable[str]:
    for locale in NAME_LOCALES:
        yield Locale.parse(locale).territories.get(code, "")
    for names in GOVERNMENT_NAMES.values():
        yield names.get(code, "")
    yield getattr(country, "name", "")
    yield getattr(country, "common_name", "")
    yield from OTHER_NAMES.get(code, ())


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Every name of every country, folded, built once per process."""
    everyday: dict[tuple[str, str], None] = {}  # ordered sets of (folded name, code)
    official: dict[tuple[str, str], None] = {}
    codes: dict[str, str] = {}
    for country in _countries():
        code: str = country.alpha_2  # type: ignore[attr-defined]
        codes[code.casefold()] = code
        codes[str(country.alpha_3).casefold()] = code  # type: ignore[attr-defined]
        for text in _everyday(code, country):
            if folded := _fold(text):
                everyday[folded, code] = None
        if folded := _fold(getattr(country, "official_name", "")):
            official.setdefault((folded, code), None)
    for abbreviation, code in ABBREVIATIONS.items():
        codes[_compact(_fold(abbreviation))] = code
    names = [*everyday, *(name for name in official if name not in everyday)]
    exact: dict[str, set[str]] = {}
    for folded, code in names:
        exact.setdefault(folded, set()).add(code)
    return _Index(
        everyday=_lines(everyday),
        official=_lines(official),
        exact={folded: frozenset(found) for folded, found in exact.items()},
        codes=codes,
        # Whole names only: single words ("state", "islands") would guess too much.
        fuzzy_choices=tuple(folded for folded, _ in names),
        fuzzy_codes=tuple(code for _, code in names),
    )


def _lines(names: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f" {folded}\t{code}" for folded, code in names)


@lru_cache(maxsize=16)
def _sort_keys(locale: str) -> dict[str, str]:
    """Per code, the folded name in `locale`: ties are broken in its alphabetical order."""
    territories = Locale.parse(locale).territories
    return {code: _fold(territories.get(code, code)) for code in country_codes()}


def country_name(code: str, locale: str) -> str:
    """A country's name in a language: the one a government would write."""
    found = GOVERNMENT_NAMES.get(locale, {}).get(code)
    return found or str(Locale.parse(locale).territories.get(code, code))


def is_country(code: str) -> bool:
    return code in country_codes()


# Ranks of a match, best first.
_EXACT, _NAME_STARTS, _WORD_STARTS, _CONTAINS, _OFFICIAL = range(5)

# Little words a run of words does not start at: "an" should not find "Bosnia and ...".
_NOT_CONNECTIVE = r"(?!(?:and|of|the|et|de|des|du|la|le|les|y|del|e|da|do|das|dos|и)[ \t])"
_REST = r"[^\t\n]*\t([A-Z]{2})$"  # the rest of a line, and the code at its end


@dataclass(frozen=True)
class _Patterns:
    """What matches a folded query, rank by rank, in the lines of `_Index`."""

    starts: re.Pattern[str]  # the name starts with the query
    words: re.Pattern[str]  # a run of its words starts with the query's words: "rep dem"
    contains: re.Pattern[str] | None  # contains it (queries long enough only)

    @classmethod
    def of(cls, query: str) -> _Patterns:
        words = "[^ \t\n]* ".join(re.escape(word) for word in query.split())
        long_enough = len(query) >= (2 if _is_cjk(query) else 3)
        return cls(
            starts=re.compile("^ " + re.escape(query) + _REST, re.MULTILINE),
            words=re.compile(" " + _NOT_CONNECTIVE + words + _REST, re.MULTILINE),
            contains=re.compile(re.escape(query) + _REST, re.MULTILINE) if long_enough else None,
        )

    def rank(self, lines: str, official: bool = False) -> dict[str, int]:
        """The best rank of each code with a matching line."""
        ranks: dict[str, int] = {}
        if official:
            found = [(_OFFICIAL, self.contains)] if self.contains else []
        else:
            found = [(_CONTAINS, self.contains)] if self.contains else []
            found = [(_NAME_STARTS, self.starts), (_WORD_STARTS, self.words), *found]
        for rank, pattern in found:
            for match in pattern.finditer(lines):
                ranks.setdefault(match.group(1), rank)
        return ranks


def find_countries(query: str, locale: str) -> CountrySearch:
    """Up to MAX_SUGGESTIONS codes, best first: an exact code, abbreviation or name (in any
    language), then names starting with the query, then names with a word starting with it,
    then names containing it, then official names containing it; ties go to a match on the
    name in the person's language, then in the alphabetical order of the names in `locale`.
    When nothing matches, names close to the query, as a guess."""
    folded = _fold(query)
    if not any(ch.isalpha() for ch in folded):
        return CountrySearch(())
    index = _index()
    best: dict[str, int] = dict.fromkeys(index.exact.get(folded, ()), _EXACT)
    if (code := index.codes.get(_compact(folded))) is not None:
        best[code] = _EXACT
    patterns = _Patterns.of(folded)
    for ranks in (patterns.rank(index.everyday), patterns.rank(index.official, official=True)):
        for code, rank in ranks.items():
            best[code] = min(rank, best.get(code, rank))
    keys = _sort_keys(locale)
    if not best:
        guesses = _guess(folded, keys)
        return CountrySearch(guesses, guessed=bool(guesses))

    def order(code: str) -> tuple[int, bool, str]:
        own = keys.get(code, code)
        own_rank = _EXACT if own == folded else patterns.rank(f" {own}\t{code}").get(code)
        return best[code], own_rank != best[code], own

    return CountrySearch(tuple(sorted(best, key=order)[:MAX_SUGGESTIONS]))


def _guess(folded: str, keys: dict[str, str]) -> tuple[str, ...]:
    """Codes whose names are close to a misspelled query, closest first."""
    if len(folded) < FUZZY_MIN_LENGTH and not _is_cjk(folded):
        return ()
    index = _index()
    scores: dict[str, float] = {}
    for _, score, position in process.extract(
        folded, index.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
    ):
        code = index.fuzzy_codes[position]
        scores[code] = max(score, scores.get(code, 0.0))
    if not scores:
        return ()
    top = max(scores.values())
    close = [code for code, score in scores.items() if score >= top - FUZZY_SPREAD]
    ranked = sorted(close, key=lambda c: (-scores[c], keys.get(c, c), c))
    return tuple(ranked[:MAX_SUGGESTIONS])


def search_countries(query: str, locale: str) -> list[str]:
    """Up to MAX_SUGGESTIONS codes, best first (see `find_countries`)."""
    return list(find_countries(query, locale).codes)
