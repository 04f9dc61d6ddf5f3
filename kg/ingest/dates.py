"""Publication dates from metadata fields (ISO 8601, RFC 2822, Arabic) and from datelines."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..text.calendar import find_dates, to_ascii_digits


def parse_date_field(value: object) -> str | None:
    """ISO form of a structured date field, or None if it is not a date.

    A value with a time of day keeps it ("2018-02-26T02:20:10+00:00"); a bare date stays a date.
    Epoch seconds are accepted too, as some exports store them.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = to_ascii_digits(value.strip())
    return _from_iso(text) or _from_rfc2822(text) or _from_words(text)


def _from_epoch(seconds: float) -> str | None:
    try:
        return datetime.fromtimestamp(seconds).astimezone().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _from_iso(text: str) -> str | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        if len(candidate) == 10:
            return date.fromisoformat(candidate).isoformat()
        return datetime.fromisoformat(candidate).isoformat()
    except ValueError:
        return None


def _from_rfc2822(text: str) -> str | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.isoformat() if parsed else None


def _from_words(text: str) -> str | None:
    """Arabic or numeric dates in free form ("21 نوفمبر 2020", "21/11/2020")."""
    return dateline_date(text)


def dateline_date(text: str) -> str | None:
    """The publication date a dateline states: the first Gregorian day-precise date, else a Hijri one."""
    found = [d for d in find_dates(text) if d.has_day]
    gregorian = [d for d in found if d.calendar == "gregorian"]
    best = (gregorian or found or [None])[0]
    return best.value if best else None
