"""Temporal expressions (TimeML TIMEX3): found, typed, normalised, resolved against the publication date."""

from .dates import NewsDates
from .values import period

__all__ = ["NewsDates", "period"]
