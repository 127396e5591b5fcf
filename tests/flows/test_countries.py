"""Finding a country from what people really type: names in any shipped language, short and
former names, abbreviations, ISO codes, and misspellings (offered as a guess)."""

from __future__ import annotations

import dataclasses

import pycountry
import pytest
from babel import Locale

from flows.kit.countries import (
    MAX_SUGGESTIONS,
    SHIPPED_LOCALES,
    CountrySearch,
    country_codes,
    find_countries,
    search_countries,
)
from flows.kit.country_names import ABBREVIATIONS, OTHER_NAMES

GUESS = True
FOUND = False

# (query, the person's locale, the country offered first, whether it is a guess)
QUERIES: list[tuple[str, str, str, bool]] = [
    # English: short, former and official names, abbreviations
    ("Republic of Korea", "en", "KR", FOUND),
    ("South Korea", "en", "KR", FOUND),
    ("ROK", "en", "KR", FOUND),
    ("North Korea", "en", "KP", FOUND),
    ("DPRK", "en", "KP", FOUND),
    ("Democratic Republic of the Congo", "en", "CD", FOUND),
    ("DRC", "en", "CD", FOUND),
    ("DR Congo", "en", "CD", FOUND),
    ("Congo-Kinshasa", "en", "CD", FOUND),
    ("Kinshasa", "en", "CD", FOUND),
    ("Zaire", "en", "CD", FOUND),
    ("Congo-Brazzaville", "en", "CG", FOUND),
    ("Republic of the Congo", "en", "CG", FOUND),
    ("Congo", "en", "CG", FOUND),
    ("Turkey", "en", "TR", FOUND),
    ("Türkiye", "en", "TR", FOUND),
    ("Swaziland", "en", "SZ", FOUND),
    ("Eswatini", "en", "SZ", FOUND),
    ("Burma", "en", "MM", FOUND),
    ("Ivory Coast", "en", "CI", FOUND),
    ("Cote d'Ivoire", "en", "CI", FOUND),
    ("USA", "en", "US", FOUND),
    ("U.S.A.", "en", "US", FOUND),
    ("United States of America", "en", "US", FOUND),
    ("America", "en", "US", FOUND),
    ("UK", "en", "GB", FOUND),
    ("Great Britain", "en", "GB", FOUND),
    ("Britain", "en", "GB", FOUND),
    ("England", "en", "GB", FOUND),
    ("UAE", "en", "AE", FOUND),
    ("Emirates", "en", "AE", FOUND),
    ("Czech Republic", "en", "CZ", FOUND),
    ("Czechia", "en", "CZ", FOUND),
    ("Holland", "en", "NL", FOUND),
    ("the Netherlands", "en", "NL", FOUND),
    ("Russia", "en", "RU", FOUND),
    ("Persia", "en", "IR", FOUND),
    ("Iran", "en", "IR", FOUND),
    ("Laos", "en", "LA", FOUND),
    ("Syria", "en", "SY", FOUND),
    ("Viet Nam", "en", "VN", FOUND),
    ("Vietnam", "en", "VN", FOUND),
    ("Bolivia", "en", "BO", FOUND),
    ("Venezuela", "en", "VE", FOUND),
    ("Tanzania", "en", "TZ", FOUND),
    ("Moldova", "en", "MD", FOUND),
    ("Kyrgyzstan", "en", "KG", FOUND),
    ("Belarus", "en", "BY", FOUND),
    ("Cape Verde", "en", "CV", FOUND),
    ("East Timor", "en", "TL", FOUND),
    ("Macedonia", "en", "MK", FOUND),
    ("North Macedonia", "en", "MK", FOUND),
    ("Holy See", "en", "VA", FOUND),
    ("Vatican", "en", "VA", FOUND),
    ("Palestine", "en", "PS", FOUND),
    ("Hong Kong", "en", "HK", FOUND),
    ("Macau", "en", "MO", FOUND),
    ("Taiwan", "en", "TW", FOUND),
    ("Niger", "en", "NE", FOUND),
    ("Sudan", "en", "SD", FOUND),
    ("the Gambia", "en", "GM", FOUND),
    # ISO codes, any case, full width or with spaces around
    ("MD", "en", "MD", FOUND),
    ("md", "en", "MD", FOUND),
    ("DEU", "en", "DE", FOUND),
    ("fra", "en", "FR", FOUND),
    ("IN", "en", "IN", FOUND),
    ("CAN", "en", "CA", FOUND),
    ("ＵＳＡ", "en", "US", FOUND),
    ("  moldova  ", "en", "MD", FOUND),
    # names typed in another language than the person's
    ("Allemagne", "en", "DE", FOUND),
    ("Alemania", "en", "DE", FOUND),
    ("Германия", "en", "DE", FOUND),
    ("德国", "en", "DE", FOUND),
    ("ألمانيا", "en", "DE", FOUND),
    ("Germany", "fr", "DE", FOUND),
    ("Morocco", "ar", "MA", FOUND),
    ("Moldova", "ru", "MD", FOUND),
    ("France", "zh_Hans", "FR", FOUND),
    # French
    ("RDC", "fr", "CD", FOUND),
    ("RD Congo", "fr", "CD", FOUND),
    ("République démocratique du Congo", "fr", "CD", FOUND),
    ("rep dem", "fr", "CD", FOUND),
    ("Corée du Sud", "fr", "KR", FOUND),
    ("coree du sud", "fr", "KR", FOUND),
    ("Turquie", "fr", "TR", FOUND),
    ("États-Unis", "fr", "US", FOUND),
    ("etats unis", "fr", "US", FOUND),
    ("Royaume-Uni", "fr", "GB", FOUND),
    ("Pays-Bas", "fr", "NL", FOUND),
    ("EAU", "fr", "AE", FOUND),
    ("Côte d’Ivoire", "fr", "CI", FOUND),
    ("Birmanie", "fr", "MM", FOUND),
    ("Moldavie", "fr", "MD", FOUND),
    # Spanish
    ("EE. UU.", "es", "US", FOUND),
    ("EEUU", "es", "US", FOUND),
    ("Corea del Sur", "es", "KR", FOUND),
    ("Costa de Marfil", "es", "CI", FOUND),
    ("Países Bajos", "es", "NL", FOUND),
    ("Holanda", "es", "NL", FOUND),
    ("Reino Unido", "es", "GB", FOUND),
    ("RD Congo", "es", "CD", FOUND),
    ("Turquía", "es", "TR", FOUND),
    ("Suazilandia", "es", "SZ", FOUND),
    # Arabic (with or without hamza)
    ("مصر", "ar", "EG", FOUND),
    ("الولايات المتحدة", "ar", "US", FOUND),
    ("أمريكا", "ar", "US", FOUND),
    ("كوريا الجنوبية", "ar", "KR", FOUND),
    ("الإمارات", "ar", "AE", FOUND),
    ("السعودية", "ar", "SA", FOUND),
    ("ايران", "ar", "IR", FOUND),
    ("تركيا", "ar", "TR", FOUND),
    ("ساحل العاج", "ar", "CI", FOUND),
    # Russian
    ("США", "ru", "US", FOUND),
    ("Кыргызстан", "ru", "KG", FOUND),
    ("Киргизия", "ru", "KG", FOUND),
    ("Южная Корея", "ru", "KR", FOUND),
    ("Турция", "ru", "TR", FOUND),
    ("Россия", "ru", "RU", FOUND),
    ("Беларусь", "ru", "BY", FOUND),
    ("Белоруссия", "ru", "BY", FOUND),
    ("Молдова", "ru", "MD", FOUND),
    ("Великобритания", "ru", "GB", FOUND),
    ("Голландия", "ru", "NL", FOUND),
    ("ДРК", "ru", "CD", FOUND),
    ("КНДР", "ru", "KP", FOUND),
    ("Соединённые Штаты", "ru", "US", FOUND),
    # Chinese
    ("香港", "zh_Hans", "HK", FOUND),
    ("澳门", "zh_Hans", "MO", FOUND),
    ("台湾", "zh_Hans", "TW", FOUND),
    ("韩国", "zh_Hans", "KR", FOUND),
    ("美国", "zh_Hans", "US", FOUND),
    ("美國", "zh_Hans", "US", FOUND),
    ("英国", "zh_Hans", "GB", FOUND),
    ("朝鲜", "zh_Hans", "KP", FOUND),
    ("刚果金", "zh_Hans", "CD", FOUND),
    ("土耳其", "zh_Hans", "TR", FOUND),
    ("中国", "zh_Hans", "CN", FOUND),
    # Portuguese, Brazilian and European
    ("EUA", "pt_BR", "US", FOUND),
    ("EUA", "pt", "US", FOUND),
    ("Estados Unidos", "pt_BR", "US", FOUND),
    ("Coreia do Sul", "pt_BR", "KR", FOUND),
    ("Costa do Marfim", "pt", "CI", FOUND),
    ("RDC", "pt", "CD", FOUND),
    ("Reino Unido", "pt", "GB", FOUND),
    ("Países Baixos", "pt", "NL", FOUND),
    ("Holanda", "pt_BR", "NL", FOUND),
    ("Turquia", "pt_BR", "TR", FOUND),
    ("Irã", "pt_BR", "IR", FOUND),
    ("Irão", "pt", "IR", FOUND),
    ("Moçambique", "pt", "MZ", FOUND),
    ("Alemanha", "pt_BR", "DE", FOUND),
    ("Cabo Verde", "pt", "CV", FOUND),
    ("Timor-Leste", "pt", "TL", FOUND),
    ("Suazilândia", "pt_BR", "SZ", FOUND),
    # misspellings: offered as a guess
    ("Moldva", "en", "MD", GUESS),
    ("Phillipines", "en", "PH", GUESS),
    ("Argentia", "en", "AR", GUESS),
    ("Swizerland", "en", "CH", GUESS),
    ("Kazakstan", "en", "KZ", GUESS),
    ("Untied Kingdom", "en", "GB", GUESS),
    ("Columbia", "en", "CO", GUESS),
    ("Ukriane", "en", "UA", GUESS),
    ("Norwey", "en", "NO", GUESS),
    ("Isreal", "en", "IL", GUESS),
    ("Yeman", "en", "YE", GUESS),
    ("Nigera", "en", "NG", GUESS),
    ("Allemange", "fr", "DE", GUESS),
    ("Venezuala", "es", "VE", GUESS),
    ("Filipinaz", "es", "PH", GUESS),
    ("Argentna", "pt_BR", "AR", GUESS),
    ("Mosambique", "pt", "MZ", GUESS),
    ("Ingalterra", "pt", "GB", GUESS),
    ("Казахстн", "ru", "KZ", GUESS),
    ("Турцыя", "ru", "TR", GUESS),
    ("المغربب", "ar", "MA", GUESS),
    ("فرنسه", "ar", "FR", GUESS),
]


@pytest.mark.parametrize(("query", "locale", "first", "guessed"), QUERIES)
def test_real_queries_offer_the_country_first(
    query: str, locale: str, first: str, guessed: bool
) -> None:
    found = find_countries(query, locale)
    assert found.codes[:1] == (first,), found
    assert found.guessed is guessed
    assert search_countries(query, locale)[:1] == [first]


def test_the_table_is_large_and_covers_every_shipped_language() -> None:
    assert len(QUERIES) >= 60
    assert {locale for _, locale, _, _ in QUERIES} >= set(SHIPPED_LOCALES)
    assert sum(guessed for *_, guessed in QUERIES) >= 10


@pytest.mark.parametrize(
    "query",
    ["Atlantis", "hello", "asdf", "12345", "", "   ", "qwerty", "Narnia", "!!!", "?", "国"],
)
def test_nothing_is_offered_for_words_that_are_not_countries(query: str) -> None:
    assert find_countries(query, "en") == CountrySearch((), guessed=False)
    assert search_countries(query, "en") == []


@pytest.mark.parametrize("query", ["a", "an", "united", "island", "republic", "al", "ma", "ir"])
@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_at_most_eight_distinct_countries(query: str, locale: str) -> None:
    codes = search_countries(query, locale)
    assert 0 < len(codes) <= MAX_SUGGESTIONS == 8
    assert len(set(codes)) == len(codes)
    assert all(code in country_codes() for code in codes)


@pytest.mark.parametrize(
    ("query", "locale", "code"),
    [("IN", "en", "IN"), ("al", "fr", "AL"), ("ES", "fr", "ES"), ("can", "en", "CA"),
     ("per", "es", "PE"), ("MA", "ar", "MA"), ("ch", "zh_Hans", "CH"), ("BRA", "pt_BR", "BR")],
)
def test_an_exact_iso_code_comes_first(query: str, locale: str, code: str) -> None:
    codes = search_countries(query, locale)
    assert codes[0] == code
    assert len(codes) > 1  # names starting with the code follow it


def test_exact_name_then_names_starting_then_words_starting() -> None:
    # "Guinea" itself, then "Guinea-Bissau", then names with a word starting with it
    assert search_countries("guinea", "en") == ["GN", "GW", "GQ", "PG"]


def test_ties_follow_the_alphabetical_order_of_the_persons_language() -> None:
    assert search_countries("korea", "en") == ["KP", "KR"]  # North Korea, South Korea
    assert search_countries("corée", "fr") == ["KP", "KR"]  # Corée du Nord, Corée du Sud


def test_official_names_rank_after_everyday_names() -> None:
    found = search_countries("united", "en")
    assert found[:3] == ["AE", "GB", "US"]
    # "United Republic of Tanzania", "United Mexican States" are official names
    assert found.index("TZ") > found.index("US") and found.index("MX") > found.index("US")


def test_names_in_the_persons_own_language_come_first_within_a_rank() -> None:
    # "es" is Spain's code; then English names starting with it, before Spanish ones
    # ("Eslovaquia", "Estados Unidos")
    assert search_countries("es", "en")[:3] == ["ES", "EE", "SZ"]


def test_every_cldr_name_in_every_shipped_language_finds_its_country_first() -> None:
    for locale in SHIPPED_LOCALES:
        territories = Locale.parse(locale).territories
        for code in country_codes():
            found = find_countries(territories[code], locale)
            assert found.codes[:1] == (code,) and not found.guessed, (locale, code)


def test_every_pycountry_name_finds_its_country_first() -> None:
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                assert search_countries(name, "en")[:1] == [country.alpha_2], name


def test_every_other_name_and_abbreviation_finds_its_country_first() -> None:
    for code, names in OTHER_NAMES.items():
        assert code in country_codes()
        for name in names:
            assert find_countries(name, "en").codes[:1] == (code,), name
    for abbreviation, code in ABBREVIATIONS.items():
        assert search_countries(abbreviation, "fr")[:1] == [code], abbreviation


def test_guesses_are_close_names_only() -> None:
    found = find_countries("Nigera", "en")
    assert found.guessed and found.codes == ("NG", "NE")  # Nigeria, then Niger


def test_the_result_is_a_frozen_dataclass() -> None:
    found = find_countries("Moldova", "en")
    assert found == CountrySearch(("MD",), guessed=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.guessed = True  # type: ignore[misc]


@pytest.mark.parametrize(("typed", "code"), [
    ("Kosovo", "XK"), ("XK", "XK"), ("Косово", "XK"), ("Deutschland", "DE"),
    ("Centrafrique", "CF"), ("CAR", "CF"), ("Türkiye", "TR"), ("Україна", "UA"),
])
def test_names_people_type_find_their_country(typed: str, code: str) -> None:
    """Issue 18: Kosovo, names in languages the assistant does not speak yet, and more."""
    assert find_countries(typed, "en").codes[:1] == (code,), find_countries(typed, "en")


def test_countries_are_named_as_a_government_would() -> None:
    """ISO 3166's short name in English, the full name elsewhere: not "Congo - Kinshasa"."""
    from bot.i18n import translator

    assert translator("en").country("CD") == "Democratic Republic of the Congo"
    assert translator("en").country("CG") == "Republic of the Congo"
    assert translator("fr").country("CD") == "République démocratique du Congo"
    assert translator("ru").country("XK") == "Косово"
    assert " - " not in translator("ar").country("CD")
    assert translator("en").country("KN") == "Saint Kitts and Nevis"


def test_a_peer_example_names_its_countries_as_an_english_sentence_does() -> None:
    from bot.i18n import translator
    from flows.documents.report import example_line
    from framework import load_framework

    units = {e.id: e for e in load_framework().examples}
    english = example_line(translator("en"), units["specialised_units"])
    assert english.startswith("Reported for the Philippines, Canada"), english
    french = example_line(translator("fr"), units["specialised_units"])
    assert "the Philippines" not in french and "Philippines" in french
