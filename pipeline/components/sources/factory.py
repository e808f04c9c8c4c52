from spacy.language import Language

from .sources import NewsSources

DEFAULT_CONFIG = {"resources": "sources", "classifier": ""}


@Language.factory(
    "news_sources",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "span._.source"],
    requires=["doc.ents", "doc.spans", "span._.norm", "token.dep", "token.lemma", "token.pos", "token.morph"],
)
def create_news_sources(nlp: Language, name: str, resources: str, classifier: str) -> NewsSources:
    """``classifier``: the weights of the trained cue classifier (``learned``), a resource path; "" for the
    rules alone."""
    return NewsSources(nlp, name, resources=resources, classifier=classifier)
