"""Write every golden transcript again: `python -m tests.golden`."""

from __future__ import annotations

from tests.golden.scripts import SCRIPTS, for_language, languages_of
from tests.golden.transcript import path_of, transcript


def main() -> None:
    for name, script in SCRIPTS.items():
        for language in languages_of(name):
            path = path_of(name, language)
            path.parent.mkdir(parents=True, exist_ok=True)
            text = transcript(name, language, for_language(script, language))
            changed = not path.exists() or path.read_text(encoding="utf-8") != text
            path.write_text(text, encoding="utf-8")
            print(f"{'changed' if changed else 'same   '} {path}")


if __name__ == "__main__":
    main()
