"""news_sources: speakers named in the sentence before (issue 21), as rows."""

import pytest

pytestmark = pytest.mark.model


def _sources(text):
    import pipeline

    return pipeline.extract_text(text, published="2025-03-11")


def test_narrative_infinitive_goes_on_with_the_subject_before():
    t = _sources("Le maire a dénoncé la fermeture de l'usine. Et de demander la création de 50 postes.")
    rows = t.sources[["cue", "mention", "start_char", "sent_id"]].values.tolist()
    assert rows == [["a dénoncé", "Le maire", 0, 0], ["demander", "Le maire", 0, 1]]
    fig = t.figures.iloc[0]
    assert (fig["text"], fig["source_key"]) == ("50", t.sources["source_key"].iloc[1])


def test_first_person_quotation_said_by_the_subject_before():
    t = _sources(
        "Le préfet Jean Martin a présenté le bilan. « Nous avons compté 1 200 interventions cette nuit. »"
    )
    (row,) = t.sources[["cue", "cue_kind", "mention", "source_name"]].values.tolist()
    assert row == ["«", "quote", "Le préfet Jean Martin", "Jean Martin"]
    assert t.figures["source_name"].tolist() == ["Jean Martin"]


def test_source_name_is_the_speaker_a_pronoun_or_qui_stands_for():
    t = _sources(
        "La ministre du Travail, Hélène Marchand, a présenté le plan. La ministre a affirmé que 300 postes "
        "seraient créés. Paul Roux, qui a annoncé 40 logements, dénonce l'attitude de l'État."
    )
    assert t.sources[["mention", "source_name"]].values.tolist() == [
        ["La ministre", "ministre"],  # a description keeps its role (speaker_key names her)
        ["Paul Roux", "Paul Roux"],
        ["qui", "Paul Roux"],
    ]
    assert t.figures[["text", "source_name"]].values.tolist() == [["300", "ministre"], ["40", "Paul Roux"]]
    assert t.sources["speaker_key"].tolist()[0] == "person:helene marchand"
