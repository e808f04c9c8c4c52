"""Sentences as a reader sees them (``news_sentences``)."""

from .sentences import NewsSentences, reader_sentence_starts

__all__ = ["NewsSentences", "reader_sentence_starts"]
