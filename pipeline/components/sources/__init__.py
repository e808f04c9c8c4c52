"""Sources: who the article attributes each statement to, and how sure it is (``news_sources``)."""

from .hedging import Hedging
from .sources import NewsSources, sentence_hedged

__all__ = ["Hedging", "NewsSources", "sentence_hedged"]
