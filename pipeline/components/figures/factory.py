from spacy.language import Language

from .figures import NewsFigures
from .numbers import NewsNumbers

DEFAULT_CONFIG = {"resources": "figures"}


@Language.factory("news_numbers")
def create_news_numbers(nlp: Language, name: str) -> NewsNumbers:
    return NewsNumbers(nlp, name)


@Language.factory("news_figures", default_config=DEFAULT_CONFIG)
def create_news_figures(nlp: Language, name: str, resources: str) -> NewsFigures:
    return NewsFigures(nlp, name, resources=resources)
