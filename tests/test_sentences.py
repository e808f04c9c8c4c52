"""news_sentences: the reader's sentences from the parser's starts, on hand-built Docs (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.components.sentences import reader_sentence_starts

VOCAB = spacy.blank("fr").vocab


def doc(words: list[str], starts: set[int], spaces: list[bool] | None = None) -> Doc:
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces or [True] * len(words),
        sent_starts=[i == 0 or (i in starts) for i in range(len(words))],
    )


def test_an_opening_quotation_mark_after_a_full_stop_opens_the_sentence_the_parser_starts_after_it():
    # "Il pleut. « Nous partons », dit-il." with the parser's start on "Nous"
    words = ["Il", "pleut", ".", "«", "Nous", "partons", "»", ",", "dit", "-il", "."]
    assert reader_sentence_starts(doc(words, {4})) == [0, 3]


def test_a_start_the_parser_puts_on_the_quotation_mark_is_kept():
    words = ["Il", "pleut", ".", "«", "Nous", "partons", "»", ",", "dit", "-il", "."]
    assert reader_sentence_starts(doc(words, {3})) == [0, 3]


def test_a_quotation_after_a_colon_stays_in_the_sentence_that_introduces_it():
    words = ["Il", "a", "déclaré", ":", "«", "Nous", "partons", "»", "."]
    assert reader_sentence_starts(doc(words, {5})) == [0]


def test_a_quotation_mark_inside_a_sentence_opens_nothing():
    # "Il a parlé d'« instantanéité » hier." with a stray parser start on the quoted word
    words = ["Il", "a", "parlé", "d'", "«", "instantanéité", "»", "hier", "."]
    assert reader_sentence_starts(doc(words, {5})) == [0]


def test_a_start_after_a_number_inside_a_phrase_is_dropped():
    words = ["De", "2", "000", "à", "5", "000", "drones", "par", "mois", "."]
    assert reader_sentence_starts(doc(words, {6})) == [0]


def test_a_closing_quotation_mark_ends_the_sentence_before_it_and_an_incise_after_it_continues_it():
    # "« Vous êtes sûr ? », demande le juge. Le prévenu acquiesce." with the parser's start on "»"
    words = "« Vous êtes sûr ? » , demande le juge . Le prévenu acquiesce .".split()
    assert reader_sentence_starts(doc(words, {5, 11})) == [0, 11]


def test_a_closing_quotation_mark_followed_by_a_new_sentence_goes_with_the_quotation():
    # "Il a conclu : « Nous tiendrons. » Puis il est parti." with the parser's start on "»"
    words = ["Il", "a", "conclu", ":", "«", "Nous", "tiendrons", ".", "»", "Puis", "il", "est", "parti", "."]
    assert reader_sentence_starts(doc(words, {8})) == [0, 9]


def test_no_sentence_starts_on_a_comma():
    # "Pékin a rejeté une décision « nulle », a rapporté l'agence." with the parser's start on the comma
    # after the closing mark: the incise goes on with the sentence of the quotation
    words = "Pékin a rejeté une décision « nulle » , a rapporté l' agence .".split()
    assert reader_sentence_starts(doc(words, {8})) == [0]
