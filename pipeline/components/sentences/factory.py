from spacy.language import Language

from .sentences import NewsSentences


@Language.factory("news_sentences", assigns=["doc.spans"], requires=["token.is_sent_start"])
def create_news_sentences(nlp: Language, name: str) -> NewsSentences:
    return NewsSentences(nlp, name)
