from spacy.language import Language

from .entities import NewsEntities

DEFAULT_CONFIG = {"resources": "entities", "names": "shared/names.tsv"}


@Language.factory(
    "news_entities", default_config=DEFAULT_CONFIG, assigns=["doc.ents", "span._.norm"], requires=["doc.ents"]
)
def create_news_entities(nlp: Language, name: str, resources: str, names: str) -> NewsEntities:
    return NewsEntities(nlp, name, resources=resources, names=names)
