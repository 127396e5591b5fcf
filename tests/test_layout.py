"""The layout the folders promise (DESIGN.md, "Layers"): imports point one way, no flow folder
imports another, storage sees only the interface module, and no module of flows/ passes 400
lines. Read from the source, lazy imports inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOW_FOLDERS = ("assessment", "plan", "pulse", "rounds", "sessions", "shell")
# what each part of flows/ may import from flows/ (itself always)
ALLOWED = {
    "engine": (),
    "kit": ("engine",),
    "documents": ("engine", "kit"),
    **{folder: ("engine", "kit", "documents") for folder in FLOW_FOLDERS},
}
MAX_LINES = 400


def imported(path: Path) -> set[str]:
    """Every module a file imports, absolute names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            # `from flows.rounds import flow` imports the module flows.rounds.flow
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def part_of(path: Path) -> str:
    """The folder of flows/ a file belongs to (or the file's name at the top)."""
    relative = path.relative_to(ROOT / "flows")
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_the_folders_are_there() -> None:
    for part in ALLOWED:
        assert (ROOT / "flows" / part / "__init__.py").is_file(), part
        doc = ast.get_docstring(ast.parse((ROOT / "flows" / part / "__init__.py").read_text()))
        assert doc and "Imports:" in doc, f"flows/{part}/__init__.py says what it may import"


@pytest.mark.parametrize("path", modules("flows"), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_one_way(path: Path) -> None:
    part = part_of(path)
    if part not in ALLOWED:
        return  # flows/routing.py: where the flows are put together
    allowed = {part, *ALLOWED[part]}
    wrong = sorted(
        name for name in imported(path)
        if name.startswith(("bot", "storage", "telegram", "sqlalchemy"))
        or (name.startswith("flows.") and name.split(".")[1] not in allowed
            and name.split(".")[1] in {*ALLOWED, "routing"})
    )
    assert wrong == [], f"{path.relative_to(ROOT)} may import only {sorted(allowed)}"


def test_storage_sees_only_the_interface_module_and_framework_nothing_above() -> None:
    for path in modules("storage"):
        from_flows = {n for n in imported(path) if n.startswith("flows")}
        assert all(n in ("flows", "flows.engine") or n.startswith("flows.engine.store")
                   for n in from_flows), path
    for path in modules("framework"):
        assert not {n for n in imported(path) if n.startswith(("flows", "bot", "storage"))}, path


def test_no_module_of_flows_passes_400_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in modules("flows")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def _commands_run_by_name(path: Path) -> list[int]:
    """Lines where a flow runs a command by a name written in it (`turn.run_command("x")`)."""
    return [
        node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr == "run_command"
        and any(isinstance(a, ast.Constant) for a in node.args[:1])
    ]


def test_flows_hand_off_through_declared_doors_not_command_names() -> None:
    """A hand-off between flows is a declared door (`flows.kit.entries`), bound by the flow
    that owns it; the only command run by name is the one a person typed before consenting
    (its name travels in the consent button), which names no command in the source."""
    named = {
        str(path.relative_to(ROOT)): lines
        for folder in FLOW_FOLDERS for path in modules(f"flows/{folder}")
        if (lines := _commands_run_by_name(path))
    }
    assert named == {}
