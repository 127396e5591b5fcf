"""How well flows.kit.disclosure tells disclosures of abuse from evidence notes, per language,
on the measurement table tests/data/disclosures.yaml: disclosures caught, ordinary notes
interrupted, and every miss and false alarm; then the time one check takes.

    .venv/bin/python bench/disclosures.py [table.yaml]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.kit.disclosure import reads_like_disclosure  # noqa: E402
from tests.flows.test_disclosure import TABLE, load_table  # noqa: E402


def main() -> None:
    table = load_table(Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE)
    caught_all = total_all = interrupted_all = notes_all = 0
    for code, texts in table.items():
        missed = [text for text in texts.disclosures if not reads_like_disclosure(text)]
        alarms = [text for text in texts.notes if reads_like_disclosure(text)]
        caught = len(texts.disclosures) - len(missed)
        print(f"{code:8} disclosures caught {caught:2} of {len(texts.disclosures):2}   "
              f"ordinary notes interrupted {len(alarms)} of {len(texts.notes)}")
        for text in missed:
            print(f"         missed:      {text}")
        for text in alarms:
            print(f"         false alarm: {text}")
        caught_all += caught
        total_all += len(texts.disclosures)
        interrupted_all += len(alarms)
        notes_all += len(texts.notes)
    print(f"{'all':8} disclosures caught {caught_all} of {total_all}   "
          f"ordinary notes interrupted {interrupted_all} of {notes_all}")

    everything = [t for texts in table.values() for t in (*texts.disclosures, *texts.notes)]
    rounds = 50
    start = time.perf_counter()
    for _ in range(rounds):
        for text in everything:
            reads_like_disclosure(text)
    elapsed = (time.perf_counter() - start) / (rounds * len(everything))
    print(f"one check: {elapsed * 1e6:.0f} µs on average")


if __name__ == "__main__":
    main()
