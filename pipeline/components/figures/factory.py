from spacy.language import Language

from .figures import NewsFigures
from .numbers import NewsNumbers

DEFAULT_CONFIG = {"resources": "figures"}


@Language.factory("news_numbers", assigns=["token.orth"])
def create_news_numbers(nlp: Language, name: str) -> NewsNumbers:
    return NewsNumbers(nlp, name)


@Language.factory(
    "news_figures",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "span._.figure"],
    requires=["doc.spans", "span._.date", "token.dep", "token.lemma", "token.pos"],
)
def create_news_figures(nlp: Language, name: str, resources: str) -> NewsFigures:
    return NewsFigures(nlp, name, resources=resources)
