"""Hedging: which figures, dates and attributions are only reported as possible (``news_hedging``)."""

from .hedging import Hedging, NewsHedging

__all__ = ["Hedging", "NewsHedging"]
