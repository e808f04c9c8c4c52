from spacy.language import Language

from .dates import NewsDates

DEFAULT_CONFIG = {"resources": "dates"}


@Language.factory(
    "news_dates",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.spans", "span._.date"],
    requires=["token.morph", "token.dep"],  # and doc._.published, set by the runner from the record
)
def create_news_dates(nlp: Language, name: str, resources: str) -> NewsDates:
    return NewsDates(nlp, name, resources=resources)
