from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from framework.loader import DATA_DIR, SAFE_LOADER

SAFE_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

Editor = Callable[[str, Callable[[Any], None]], Path]


@pytest.fixture
def corrupt(tmp_path: Path) -> Editor:
    """Copy the packaged data, let a test change one file, and return the copy's folder."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)

    def edit(name: str, change: Callable[[Any], None]) -> Path:
        path = copy / name
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
        change(document)
        path.write_text(yaml.dump(document, Dumper=SAFE_DUMPER, allow_unicode=True),
                        encoding="utf-8")
        return copy

    return edit
