"""Choosing the country of a new round: typed, searched, then picked from suggestions.

Shared by every flow that opens a round; its context keeps `query` and `suggestions`, and its
table has a reflexive `search` move in the state that waits for the name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from flows.engine.actions import Action
from flows.engine.declare import Trigger
from flows.engine.effects import Button, Screen
from flows.engine.translator import Translator
from flows.engine.turn import Turn
from flows.kit.countries import find_countries
from flows.kit.texts import bold, escape

QUERY_MAX = 100  # characters of a typed name that are searched


class Searching(Protocol):
    query: str | None
    suggestions: tuple[str, ...]
    guessed: bool

# The move typed text takes on the country step (suggestions shown): each flow declares it.
SEARCHED = Trigger("search")



@dataclass(frozen=True)
class CountryData:
    query: str | None
    suggestions: tuple[str, ...]
    guessed: bool = False


async def load_country(turn: Turn[Any]) -> CountryData:
    return CountryData(turn.ctx.query, turn.ctx.suggestions, turn.ctx.guessed)


async def country_typed(turn: Turn[Any], text: str) -> None:
    """Search what was typed; the answer is a new message under it."""
    context: Searching = turn.ctx
    context.query = text[:QUERY_MAX]
    found = find_countries(context.query, turn.t.locale)
    context.suggestions, context.guessed = found.codes, found.guessed
    turn.fresh = True
    turn.move(SEARCHED)


def country_screen(
    t: Translator, data: CountryData, action: Action, heading: str | None = None
) -> list[Screen]:
    if data.suggestions:
        buttons = tuple((Button(t.country(code), action, code),) for code in data.suggestions)
        prompt = (
            t.gettext("Did you mean one of these? Choose it, or type the name again:")
            if data.guessed
            else t.gettext("Choose the country, or type another name:")
        )
        return [Screen(escape(prompt), buttons)]
    lines = [bold(heading)] if heading else []
    if data.query is not None:  # what was typed is not repeated: it was not a country
        lines.append(escape(t.gettext(
            "I could not find that country. Try another spelling, the English name, or the "
            "two-letter ISO code."
        )))
    lines.append(escape(t.gettext(
        "Which country is this assessment for? Type part of its name, in your language or "
        "in English, or its ISO code (for example “Moldova” or “MD”)."
    )))
    return [Screen("\n\n".join(lines))]


def has_round(turn: Turn[Any]) -> bool:
    """A condition of moves: the chat has a current round."""
    return turn.round_id is not None
