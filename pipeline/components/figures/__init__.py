"""Figures: every number that counts or measures something (issue 4).

``news_numbers`` merges digit groups ("25 000") into one token before the statistical components;
``news_figures`` finds the figures and normalises them into ``doc.spans["figures"]``.
"""

from .figures import NewsFigures
from .numbers import NewsNumbers

__all__ = ["NewsFigures", "NewsNumbers"]
