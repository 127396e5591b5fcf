"""The imports of flows/ drawn as text: which folder imports which (and how many modules do),
the modules of each folder with their lines, and the largest module. Read from the source
(`.venv/bin/python bench/layout.py`); tests/test_layout.py holds the rules."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_layout import ALLOWED, imported, part_of  # noqa: E402

ORDER = ("engine", "kit", "documents", "assessment", "plan", "pulse", "rounds", "sessions", "shell",
         "routing")


def main() -> None:
    edges: Counter[tuple[str, str]] = Counter()
    sizes: dict[str, list[tuple[int, str]]] = {}
    for path in sorted((ROOT / "flows").rglob("*.py")):
        part = part_of(path)
        lines = len(path.read_text(encoding="utf-8").splitlines())
        sizes.setdefault(part, []).append((lines, str(path.relative_to(ROOT))))
        targets = {name.split(".")[1] for name in imported(path)
                   if name.startswith("flows.") and name.split(".")[1] in (*ALLOWED, "routing")}
        for target in targets - {part}:
            edges[(part, target)] += 1
    print("imports between the parts of flows/ (modules that import):")
    for source in ORDER:
        out = [f"{target} ({edges[(source, target)]})" for target in ORDER
               if edges[(source, target)]]
        print(f"  {source:<10} -> {', '.join(out) if out else '(nothing of flows)'}")
    flow_edges = [(s, t) for (s, t) in edges
                  if s in ORDER[3:8] and t in ORDER[3:8]]
    upward = [(s, t) for (s, t) in edges
              if s in ALLOWED and t not in (*ALLOWED[s], s)]
    print(f"flow folder -> flow folder: {len(flow_edges)}; imports against the layers: "
          f"{len(upward)}")
    print("modules per part (lines):")
    for part in ORDER:
        found = sorted(sizes.get(part, []), reverse=True)
        total = sum(n for n, _ in found)
        print(f"  {part:<10} {len(found):>3} modules {total:>6} lines, largest "
              f"{found[0][0]} ({found[0][1]})" if found else f"  {part}: none")
    largest = max(item for found in sizes.values() for item in found)
    print(f"largest module of flows/: {largest[1]}, {largest[0]} lines")


if __name__ == "__main__":
    main()
