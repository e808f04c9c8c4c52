from spacy.language import Language

from .links import NewsLinks


@Language.factory(
    "news_links",
    assigns=["span._.source_id"],
    requires=["doc.spans", "span._.source", "span._.figure", "span._.date"],
)
def create_news_links(nlp: Language, name: str) -> NewsLinks:
    return NewsLinks(nlp, name)
