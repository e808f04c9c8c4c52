from spacy.language import Language

from .sources import NewsSources

DEFAULT_CONFIG = {"resources": "sources"}


@Language.factory(
    "news_sources",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "span._.source"],
    requires=["doc.ents", "doc.spans", "span._.norm", "token.dep", "token.lemma", "token.pos", "token.morph"],
)
def create_news_sources(nlp: Language, name: str, resources: str) -> NewsSources:
    return NewsSources(nlp, name, resources=resources)
