"""Golden transcripts: whole conversations pinned as readable text files.

`python -m tests.golden` (or `./dev golden`) writes them again; `tests/golden/test_golden.py`
fails with a diff when a screen changes. Review their diffs like code.
"""
