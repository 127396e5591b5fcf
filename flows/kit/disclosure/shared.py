"""What the languages' patterns share: the languages and the groups, how patterns are written, and
the fragments several languages use.

Each pattern is a regular expression written as people type it: accents and case do not matter
(patterns and text are both folded as in flows.kit.typed.fold), and the loader puts word
boundaries round every pattern except in languages written without spaces. A pattern that ends in
\\w* is a stem (Turkish and Swahili words carry their endings and prefixes); the loader widens \\w
to take in Devanagari vowel signs. Patterns are Python modules rather than YAML so that they ship
with the package (package data covers only framework/data).

The groups (flows.kit.disclosure combines them):
  victim    first person: "he touched me", "I was abused", "my dad hits me", "he'll post my
            photos if I don't pay"; enough on its own
  deed      an act done to a particular person: "touches her", "l'a violée"; enough on its own
  person    a particular child or someone close: "my daughter", "a girl in my class", "her
            stepfather", "a 13 year old", "the kids next door"
  actor     someone in the story named without a possessive: "a man", "the coach"; notes name
            them too ("a man convicted of sharing images"), so only with an act or grooming
  act       what was done, told as a story, not the offence's legal name: sexual abuse ("was
            abused", "violaron", "изнасиловал"; not "abuse", "violación", "изнасилование"),
            and told without naming it ("comes into her room at night", "a hand under her
            clothes"); physical harm ("beats his daughter", "has bruises", "burned with a
            cigarette", "scared to go home"); neglect ("left alone for days", "comes to school
            hungry", "locked out at night", "cries for hours and nobody comes")
  contact   grooming: asking a child for pictures, to meet, to keep a secret, to turn on a
            camera; gifts and game money; "says he loves her"
  images    pictures of a child: "naked photos", "sharing pictures of"
  harm      the offence's name, which counts only next to a plea ("how do I report abuse")
  plea      a cry for help or the wish to report: "please help", "I want to report"
  citation  what makes text a note whatever story it tells: a law or an article, a judgment
            ("sentenced to"), a statistic ("40%"), a general rule ("can be prosecuted under the
            new law"); such text is a note unless it says "victim"
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = (
    "en", "fr", "es", "pt", "pt_BR", "ar", "ru", "zh_Hans", "de", "tr", "sw", "hi",
)
GROUPS: tuple[str, ...] = (
    "victim", "deed", "person", "actor", "act", "contact", "images", "harm", "plea", "citation",
)
# Written without spaces between words: patterns match anywhere, with no word boundaries.
UNSPACED: frozenset[str] = frozenset({"zh_Hans"})
# Letters that attach to the front of an Arabic word: "and", "so", "with", "for", "like".
PREFIXES: dict[str, str] = {"ar": "[وف]?[بلك]?"}


def held_over(pictures: str, threat: str) -> tuple[str, str]:
    """Sextortion: the writer's own pictures (``pictures``: "my photos") and, in the same few
    lines, a threat or a demand (``threat``: "if I don't pay", "or he'll post them", "wants 200
    euros"), in either order. Neither is enough alone: "my photos of the visit, if I find them"."""
    return f"(?:{pictures}).{{0,80}}(?:{threat})", f"(?:{threat}).{{0,80}}(?:{pictures})"
