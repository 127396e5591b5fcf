"""Whether typed text reads like the disclosure of the abuse of a particular child (or a plea for
help with a case), which belongs with the police, a child helpline or a hotline, rather than an
evidence note about laws, institutions and services.

Evidence notes name offences by their legal names ("child sexual abuse", "violación", "强奸罪",
"изнасилование"); disclosures tell of a particular child and what was done: a person ("my
daughter", "a girl in my class") with an act told as a story ("was abused", "violaron",
"изнасиловал"; physical harm, "beats his daughter", "has bruises"; neglect, "left alone for
days"), grooming or pictures; a first-person account ("he touched me", "my dad hits me", "he'll
post my photos if I don't pay"); or a plea to report. Notes that cite a law, a judgment, a
statistic or a general rule are notes whatever they tell. Each language's patterns are checked
on every text, whatever the screen's language, and combined within a language only.

Each language's patterns live in its own module of this package (en, fr, es, pt, pt_br, ar, ru,
zh_hans, de, tr, sw, hi; en_acts and fr_acts hold the English and French acts, portuguese what
Portugal and Brazil share), each a mapping of group to patterns; shared holds the languages, the
groups, what they mean and how patterns are written, and patterns assembles them. load compiles
them.

Runs on every typed text: pure, and one pass of a few precompiled regular expressions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from flows.kit.disclosure import shared
from flows.kit.disclosure.patterns import PATTERNS
from flows.kit.typed import fold

# Python's \w leaves out Devanagari vowel signs (category M), which would put a word boundary
# inside most Hindi words.
WORD_CHARS = r"\w\u0900-\u097f"
WORD = f"[{WORD_CHARS}]"
ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+", re.DOTALL)
# Spellings that vary with the keyboard rather than the meaning: Turkish dotless i (which
# casefold keeps), Hindi candrabindu written as anusvara.
VARIANTS = str.maketrans({"ı": "i", "ँ": "ं"})
# Brackets and quotes inside a text ("my daughter (12)", "he said it's "our secret"") stand
# between words that the patterns expect to be separated by a space only (by nothing, next to
# Chinese).
ASIDES = re.compile(r"\s*[()\[\]{}\"“”«»]+\s*")
UNSPACED_LETTER = re.compile(r"[\u3400-\u9fff]")
# The scripts patterns are written in: a language whose scripts are absent from a text is not
# checked on it (most texts are in one script; this halves the work).
SCRIPTS = ("a-z", "\u0400-\u04ff", "\u0600-\u06ff", "\u0900-\u097f", "\u3400-\u9fff")


def plain(text: str) -> str:
    """Text as compared: flows.kit.typed.fold, keeping the vowel signs that end a Hindi text, with
    brackets and quotes inside it read as spaces.

    fold strips non-word characters from the ends, and Devanagari vowel signs are not word
    characters to Python: "क्या करूँ" would lose its last sign. A letter appended for fold, and
    taken off after, keeps them.
    """
    folded = fold(text + " x")[:-2].translate(VARIANTS)
    return ASIDES.sub(_aside, folded).strip() if ASIDES.search(folded) else folded


def _aside(match: re.Match[str]) -> str:
    around = match.string[match.start() - 1:match.start()] + match.string[match.end():][:1]
    return "" if UNSPACED_LETTER.search(around) else " "


def _fold_pattern(pattern: str) -> str:
    """A pattern folded like the text it is matched against, leaving its escapes (\\w, \\d, \\S)
    alone: casefold would turn \\S into \\s."""

    def fold_text(match: re.Match[str]) -> str:
        part = match.group()
        if part.startswith("\\"):
            return part
        part = unicodedata.normalize("NFKC", part).casefold().replace("’", "'")
        part = "".join(c for c in unicodedata.normalize("NFKD", part)
                       if not unicodedata.combining(c))
        return part.translate(VARIANTS)

    return ESCAPE_OR_TEXT.sub(fold_text, pattern)


@dataclass(frozen=True)
class Language:
    code: str
    letters: re.Pattern[str]
    sources: Mapping[str, tuple[str, ...]]
    # each group compiled when first searched: compiling them all costs most of a second of
    # CPU at every start of a process, and most texts stop after a few groups
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False)

    def pattern(self, group: str) -> re.Pattern[str]:
        found = self.compiled.get(group)
        if found is None:
            found = self.compiled[group] = _compile(self.code, self.sources[group])
        return found

    def has(self, group: str, text: str) -> bool:
        return self.pattern(group).search(text) is not None

    def first_person(self, text: str) -> bool:
        return self.has("victim", text)

    def tells(self, text: str) -> bool:
        """Whether the text tells of a particular child, or pleads for help with a case."""
        if self.has("deed", text):
            return True
        # Without someone in the story or a plea nothing else counts: most notes stop here, before
        # the long lists of acts are searched.
        person, actor, plea = (self.has(group, text) for group in ("person", "actor", "plea"))
        if not (person or actor or plea):
            return False
        told = self.has("act", text) or self.has("contact", text)
        shown = told or self.has("images", text)
        if (shown and person) or (told and actor):
            return True
        return plea and (shown or person or actor or self.has("harm", text))


def _widen(pattern: str) -> str:
    """\\w in a pattern taking in Devanagari vowel signs, inside [...] or out."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            escape = pattern[i:i + 2]
            out.append(escape if escape != r"\w" else WORD_CHARS if in_class else WORD)
            i += 2
            continue
        if pattern[i] in "[]":
            in_class = pattern[i] == "["
        out.append(pattern[i])
        i += 1
    return "".join(out)


def _letters(patterns: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    """The letters of the scripts a language's patterns are written in."""
    text = ESCAPE_OR_TEXT.sub(lambda m: "" if m.group().startswith("\\") else m.group(),
                              " ".join(_fold_pattern(p) for ps in patterns.values() for p in ps))
    ranges = "".join(r for r in SCRIPTS if re.search(f"[{r}]", text))
    return re.compile(f"[{ranges}]")


def _compile(code: str, patterns: tuple[str, ...]) -> re.Pattern[str]:
    folded = [_widen(_fold_pattern(p)) for p in patterns]
    joined = "|".join(f"(?:{p})" for p in folded)
    if code in shared.UNSPACED:
        return re.compile(joined)
    prefix = shared.PREFIXES.get(code, "")
    return re.compile(f"(?<!{WORD}){prefix}(?:{joined})(?!{WORD})")


def load(patterns: Mapping[str, Mapping[str, tuple[str, ...]]] = PATTERNS, *,
         compile_now: bool = True) -> tuple[Language, ...]:
    """Every language with every group, none empty, each pattern a valid regular expression
    (checked by compiling them all, unless `compile_now` is off: the tests compile the
    shipped patterns, and the running bot compiles each group when first used)."""
    languages = []
    for code in shared.LANGUAGES:
        if code not in patterns:
            raise ValueError(f"disclosure patterns: no language {code!r}")
        sources: dict[str, tuple[str, ...]] = {}
        for group in shared.GROUPS:
            listed = tuple(patterns[code].get(group, ()))
            if not listed or not all(listed):
                raise ValueError(f"disclosure patterns {code}.{group}: empty")
            sources[group] = listed
        if unknown := set(patterns[code]) - set(shared.GROUPS):
            raise ValueError(f"disclosure patterns {code}: unknown groups {sorted(unknown)}")
        language = Language(code, _letters(patterns[code]), sources)
        for group in shared.GROUPS if compile_now else ():
            try:
                language.pattern(group)
            except re.error as exc:
                raise ValueError(f"disclosure patterns {code}.{group}: {exc}") from exc
        languages.append(language)
    if unknown := set(patterns) - set(shared.LANGUAGES):
        raise ValueError(f"disclosure patterns: unknown languages {sorted(unknown)}")
    return tuple(languages)


LANGUAGES = load(compile_now=False)


def reads_like_disclosure(text: str) -> bool:
    """Whether to offer where to report instead of keeping the text as a note."""
    typed = plain(text)
    written = [language for language in LANGUAGES if language.letters.search(typed)]
    if any(language.first_person(typed) for language in written):
        return True
    # A story in a text that cites a law, an article, a judgment, a statistic or a general rule
    # is a note about the law or the case.
    return (any(language.tells(typed) for language in written)
            and not any(language.has("citation", typed) for language in LANGUAGES))
