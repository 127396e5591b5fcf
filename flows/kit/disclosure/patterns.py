"""Every language's patterns, assembled from the language modules: PATTERNS[code][group] (the
loader in flows.kit.disclosure checks that every language in shared.LANGUAGES has every group in
shared.GROUPS, and nothing else)."""

from __future__ import annotations

from flows.kit.disclosure import ar, de, en, es, fr, hi, pt, pt_br, ru, sw, tr, zh_hans
from flows.kit.disclosure.shared import GROUPS, LANGUAGES, PREFIXES, UNSPACED

__all__ = ["GROUPS", "LANGUAGES", "PATTERNS", "PREFIXES", "UNSPACED"]

PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": en.PATTERNS,
    "fr": fr.PATTERNS,
    "es": es.PATTERNS,
    "pt": pt.PATTERNS,
    "pt_BR": pt_br.PATTERNS,
    "ar": ar.PATTERNS,
    "ru": ru.PATTERNS,
    "zh_Hans": zh_hans.PATTERNS,
    "de": de.PATTERNS,
    "tr": tr.PATTERNS,
    "sw": sw.PATTERNS,
    "hi": hi.PATTERNS,
}
