from spacy.language import Language

from .hedging import NewsHedging

DEFAULT_CONFIG = {"resources": "hedging"}


@Language.factory(
    "news_hedging",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "span._.hedged"],
    requires=["doc.spans", "span._.source", "span._.source_id", "token.morph", "token.lemma", "token.dep"],
)
def create_news_hedging(nlp: Language, name: str, resources: str) -> NewsHedging:
    return NewsHedging(nlp, name, resources=resources)
