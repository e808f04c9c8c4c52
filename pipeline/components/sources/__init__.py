"""Sources: who the article attributes each statement to (``news_sources``)."""

from .sources import NewsSources

__all__ = ["NewsSources"]
