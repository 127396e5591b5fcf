"""Due dates as quarters ("2027Q2"): calendar quarters, or those of a fiscal year that starts in
another month (the quarter is then counted from that month, the year being the one the fiscal
year ends in)."""

from __future__ import annotations

import re
from datetime import date

QUARTER = re.compile(r"^(?P<year>20\d\d)Q(?P<quarter>[1-4])$")
OFFERED = 8  # quarters offered when an action is added: two years ahead


def quarter_of(day: date, fiscal_start: int = 1) -> str:
    """The quarter a day falls in."""
    months = (day.month - fiscal_start) % 12
    year = day.year + (1 if fiscal_start > 1 and day.month >= fiscal_start else 0)
    return f"{year}Q{months // 3 + 1}"


def last_day_month(quarter: str, fiscal_start: int = 1) -> date:
    """The first day of the last month of a quarter."""
    found = QUARTER.match(quarter)
    assert found is not None, quarter
    year, number = int(found["year"]), int(found["quarter"])
    base = year - 1 if fiscal_start > 1 else year
    months = fiscal_start - 1 + 3 * (number - 1) + 2  # from January of `base`
    return date(base + months // 12, months % 12 + 1, 1)


def converted(quarter: str, old: int, new: int) -> str:
    """A quarter of one fiscal year in another's: the one its last month falls in (a due date
    never moves earlier; when both years start in months three apart it is the same
    quarter of time)."""
    return quarter_of(last_day_month(quarter, old), new)


def following(quarter: str, count: int) -> list[str]:
    """`quarter` and the `count - 1` quarters after it."""
    found = QUARTER.match(quarter)
    assert found is not None, quarter
    year, number = int(found["year"]), int(found["quarter"])
    out = []
    for _ in range(count):
        out.append(f"{year}Q{number}")
        year, number = (year + 1, 1) if number == 4 else (year, number + 1)
    return out


def offered(today: date, fiscal_start: int = 1) -> list[str]:
    return following(quarter_of(today, fiscal_start), OFFERED)


def overdue(due: str, today: date, fiscal_start: int = 1) -> bool:
    """Whether the quarter an action was due in has ended."""
    return due < quarter_of(today, fiscal_start)


def accepts(value: str) -> bool:
    return QUARTER.match(value) is not None
