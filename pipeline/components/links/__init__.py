"""Links: the attribution each figure and date is reported under (``news_links``)."""

from .links import NewsLinks, innermost

__all__ = ["NewsLinks", "innermost"]
