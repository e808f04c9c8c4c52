"""Corrections to fr_core_news_md's named entities where it is systematically wrong on news."""

from .entities import NewsEntities, entity_norms

__all__ = ["NewsEntities", "entity_norms"]
