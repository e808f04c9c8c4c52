"""Speakers (issue 24): each attribution's speaker resolved within its article, keyed across the run, and
reduced into one row per speaker. Rows built by hand: no model."""

import pytest

from pipeline.speakers import names
from pipeline.speakers.article import resolve
from pipeline.speakers.reduce import Speakers, speaker_rows


def src(mention, name=None, label=None, role=None, type_="person"):
    return {"mention": mention, "name": name, "name_label": label, "role": role, "source_type": type_}


@pytest.mark.parametrize(
    "name, type_, key",
    [
        ("Mathieu Klein", "person", "person:mathieu klein"),
        ("M. Mathieu Klein", "person", "person:mathieu klein"),
        ("Mme Élisabeth BORNE", "person", "person:elisabeth borne"),
        ("J.-L. Mélenchon", "person", "person:j l melenchon"),
        ("JL Mélenchon", "person", "person:j l melenchon"),
        ("la CGT", "organisation", "org:cgt"),
        ("CGT", "organisation", "org:cgt"),
        ("l'Insee", "organisation", "org:insee"),
        ("Confédération générale du travail (CGT)", "organisation", "org:cgt"),
        ("Le Monde", "media", "org:le monde"),
        ("Ministère de l'Intérieur", "government", "org:ministere de l interieur"),
        ("Paris", "person", "person:paris"),
        ("Paris", "government", "org:paris"),
    ],
)
def test_key(name, type_, key):
    assert names.key(name, type_) == key


def test_article_resolution():
    """Short forms, titles, descriptions to the named mention; pronouns the component named stay named;
    an unnamed pronoun has no speaker, an unnamed role or anonymous source one of its article only."""
    rows = [
        src("La ministre de la Santé, Catherine Vautrin", "Catherine Vautrin", "PER", "ministre de la Santé"),
        src("elle", "Catherine Vautrin", "PER"),
        src("La CGT", "CGT", "ORG", type_="organisation"),
        src("qui", "CGT", "ORG", type_="organisation"),
        src("la ministre", role="ministre"),
        src("ses chiffres", "CGT", "ORG", "chiffres", "document"),
        src("Mme Vautrin", "Mme Vautrin", "PER"),
        src("M. Klein", "Klein", "PER", "M."),
        src("il"),
        src("le porte-parole de la police", role="porte-parole de la police"),
        src("des sources proches du dossier", role="sources proches du dossier", type_="anonymous"),
        src("l'avocate", role="avocate"),
        src(None, type_="anonymous"),
    ]
    ents = [
        {"text": "Catherine Vautrin", "label": "PER", "norm": "Catherine Vautrin"},
        {"text": "Mathieu Klein", "label": "PER", "norm": "Mathieu Klein"},
    ]
    got = [(r["speaker_key"], r["speaker_name"], r["speaker_type"]) for r in resolve(rows, ents, "a.txt")]
    vautrin = ("person:catherine vautrin", "Catherine Vautrin", "person")
    cgt = ("org:cgt", "CGT", "organisation")
    assert got == [
        vautrin,
        vautrin,
        cgt,
        cgt,
        vautrin,
        cgt,
        vautrin,
        ("person:mathieu klein", "Mathieu Klein", "person"),
        (None, None, None),
        ("a.txt#person:porte parole de la police", "porte-parole de la police", "person"),
        ("a.txt#anonymous:sources proches du dossier", "sources proches du dossier", "anonymous"),
        ("a.txt#person:avocate", "avocate", "person"),
        (None, None, None),
    ]


def test_description_takes_the_nearest_named_speaker_before():
    rows = [
        src("Le ministre de l'Intérieur, Jean Dupont", "Jean Dupont", "PER", "ministre de l'Intérieur"),
        src("le maire, Paul Durand", "Paul Durand", "PER", "maire"),
        src("le ministre", role="ministre"),
        src("Le maire", role="maire"),
        src("l'élue", role="élue"),
    ]
    got = [r["speaker_name"] for r in resolve(rows, [], "b")]
    assert got == ["Jean Dupont", "Paul Durand", "Jean Dupont", "Paul Durand", "élue"]


def test_namesakes_told_apart_by_type_and_short_forms_ambiguous_stay():
    rows = [
        src("Pierre Martin", "Pierre Martin", "PER"),
        src("Jean Martin", "Jean Martin", "PER"),
        src("M. Martin", "Martin", "PER"),
        src("J.-L. Mélenchon", "J.-L. Mélenchon", "PER"),
        src("Jean-Luc Mélenchon", "Jean-Luc Mélenchon", "PER"),
    ]
    got = [r["speaker_key"] for r in resolve(rows, [], "c")]
    assert got == [
        "person:pierre martin",
        "person:jean martin",
        "person:martin",
        "person:jean luc melenchon",
        "person:jean luc melenchon",
    ]


@pytest.mark.parametrize(
    "mention, name, gender",
    [
        ("Mme Vautrin", "Catherine Vautrin", "female"),
        ("M. Klein", "Mathieu Klein", "male"),
        ("la ministre", None, "female"),
        ("le maire", None, "male"),
        ("l'élue", None, "female"),
        ("l'avocat", None, "male"),
        ("elle", None, "female"),
        ("il", None, "male"),
        ("la ministre de la Santé, Catherine Vautrin", "Catherine Vautrin", "female"),
        ("ses chiffres", None, None),
        ("sa porte-parole", None, None),
        ("Catherine Vautrin", "Catherine Vautrin", None),
        ("l'économiste", None, None),
        ("le Dr Martin", "Martin", None),
    ],
)
def test_gender_evidence(mention, name, gender):
    assert names.gender_in_text(mention) == gender


VAUTRIN = "La ministre de la Santé, Catherine Vautrin"
CGT = src("la CGT", "CGT", "ORG", type_="organisation")
ROUX = "person:camille roux"


def _article(doc_id, published, outlet, sources, statements):
    return {
        "articles": [{"doc_id": doc_id, "published": published, "outlet": outlet}],
        "sources": [
            {"doc_id": doc_id, "source_key": f"{doc_id}#s{i}", **s, "speaker_key": k}
            for i, (k, s) in enumerate(sources)
        ],
        "statements": [{"doc_id": doc_id, "speaker_key": k, "n_figures": n} for k, n in statements],
    }


def test_reduction_one_row_per_speaker():
    v, k = "person:catherine vautrin", "person:mathieu klein"
    s = Speakers()
    s.add(
        _article(
            "a",
            "2025-03-11",
            "Le Monde",
            [
                (
                    v,
                    src(
                        "La ministre de la Santé, Catherine Vautrin",
                        "Catherine Vautrin",
                        "PER",
                        "ministre de la Santé",
                    ),
                ),
                (v, src("elle", "Catherine Vautrin", "PER")),
                ("org:cgt", src("la CGT", "CGT", "ORG", type_="organisation")),
                (None, src("il")),
            ],
            [(v, 1), (v, 0), ("org:cgt", 2), (None, 1), (None, 0)],
        )
    )
    s.add(
        _article(
            "b",
            "2025-01-02T08:00:00",
            "Libération",
            [
                (v, src("Catherine Vautrin", "Catherine Vautrin", "PER")),
                (k, src("M. Klein", "Mathieu Klein", "PER", "maire de Nancy")),
                ("org:cgt", src("CGT", "CGT", "ORG", type_="organisation")),
            ],
            [(v, 3), (k, 1), ("org:cgt", 0)],
        )
    )
    s.add(
        _article(
            "c",
            None,
            None,
            [("person:camille roux", src("Camille Roux", "Camille Roux", "PER"))],
            [("person:camille roux", 0)],
        )
    )
    assert speaker_rows(s) == [
        {
            "speaker_key": v,
            "name": "Catherine Vautrin",
            "type": "person",
            "gender": "female",
            "roles": "ministre de la Santé",
            "n_articles": 2,
            "n_outlets": 2,
            "n_statements": 3,
            "n_figures": 4,
            "first_published": "2025-01-02",
            "last_published": "2025-03-11",
        },
        {
            "speaker_key": "org:cgt",
            "name": "CGT",
            "type": "organisation",
            "gender": None,
            "roles": None,
            "n_articles": 2,
            "n_outlets": 2,
            "n_statements": 2,
            "n_figures": 2,
            "first_published": "2025-01-02",
            "last_published": "2025-03-11",
        },
        {
            "speaker_key": k,
            "name": "Mathieu Klein",
            "type": "person",
            "gender": "male",
            "roles": "maire de Nancy",
            "n_articles": 1,
            "n_outlets": 1,
            "n_statements": 1,
            "n_figures": 1,
            "first_published": "2025-01-02",
            "last_published": "2025-01-02",
        },
        {
            "speaker_key": "person:camille roux",
            "name": "Camille Roux",
            "type": "person",
            "gender": "unknown",
            "roles": None,
            "n_articles": 1,
            "n_outlets": 0,
            "n_statements": 1,
            "n_figures": 0,
            "first_published": None,
            "last_published": None,
        },
    ]


def test_reduction_memory_is_per_speaker_not_per_article():
    s = Speakers()
    for i in range(2000):
        s.add(
            _article(
                f"d{i}",
                "2025-01-01",
                "X",
                [("org:cgt", src("la CGT", "CGT", "ORG", type_="organisation"))],
                [("org:cgt", 1)],
            )
        )
    (row,) = speaker_rows(s)
    assert (row["n_articles"], row["n_statements"], row["n_figures"]) == (2000, 2000, 2000)
    assert len(s.state["org:cgt"].__dict__) < 20 and len(s.state["org:cgt"].outlets) == 1


def at(row, start, sent=0):
    return {**row, "start_char": start, "sent_id": sent}


def test_description_of_a_speaker_named_without_that_role():
    """'Hélène Marchand a défendu ... La ministre a affirmé': the nearest named speaker before of that kind
    whose gender does not contradict the description; 'le syndicat' the nearest organisation; a role naming
    an organisation ('La secrétaire générale de la CGT') is a description of a person; plural ones stay."""
    rows = [
        at(src("Hélène Marchand", "Hélène Marchand", "PER"), 0),
        at(src("La CGT", "CGT", "ORG", type_="organisation"), 30),
        at(src("Julien Lefort", "Julien Lefort", "PER"), 60),
        at(src("La ministre", role="ministre"), 90, 1),
        at(src("le syndicat", role="syndicat", type_="organisation"), 120, 2),
        at(src("La secrétaire générale de la CGT", "CGT", "ORG", "secrétaire générale de la CGT"), 150, 3),
        at(src("des riverains", role="riverains"), 190, 4),
        at(src("l'institut", "institut", type_="organisation"), 220, 5),
    ]
    ents = [
        {"text": "Nadia Ferrand", "label": "PER", "norm": "Nadia Ferrand", "start_char": 140, "sent_id": 3}
    ]
    got = [r["speaker_key"] for r in resolve(rows, ents, "d")]
    assert got == [
        "person:helene marchand",
        "org:cgt",
        "person:julien lefort",
        "person:helene marchand",
        "org:cgt",
        "person:nadia ferrand",
        "d#person:riverains",
        "org:cgt",
    ]


def span(row, start, end, sent):
    return {**row, "start_char": start, "end_char": end, "sent_id": sent}


def ent(text, label, start, sent):
    return {
        "text": text,
        "label": label,
        "norm": text,
        "start_char": start,
        "end_char": start + len(text),
    } | {"sent_id": sent}


def test_pronoun_and_relative_the_sources_left_unnamed():
    """'L'association Vélo Rouen, qui réclamait': 'qui' is the name just before it; 'Nadia Ferrand a
    rencontré la ministre. « ... », a-t-elle lancé': 'elle' the nearest person named in the sentences before
    of a gender it does not contradict (Paul Roux is a man); a pronoun with no such person stays unnamed."""
    rows = [
        span(src("qui", type_="organisation"), 26, 29, 0),
        span(src("elle"), 160, 164, 2),
        span(src("il"), 400, 402, 9),
    ]
    ents = [
        ent("Vélo Rouen", "ORG", 14, 0),
        ent("Paul Roux", "PER", 40, 0),
        ent("Nadia Ferrand", "PER", 81, 1),
    ]
    got = [r["speaker_key"] for r in resolve(rows, ents, "e")]
    assert got == ["org:velo rouen", "person:nadia ferrand", None]


def test_pronoun_resolved_to_a_body_named_before_a_person():
    """'Selon l'Insee, ... L'économiste Camille Besson juge ... Elle a précisé': the subject pronoun is the
    person named after the body, not the body; a person named before the body leaves it to the body."""
    rows = [
        span(src("l'Insee", "Insee", "ORG", type_="organisation"), 6, 13, 0),
        span(src("Elle", "Insee", "ORG", type_="organisation"), 126, 130, 2),
    ]
    got = [r["speaker_key"] for r in resolve(rows, [ent("Camille Besson", "PER", 70, 1)], "f")]
    assert got == ["org:insee", "person:camille besson"]
    rows = [
        span(src("Julien Lefort", "Julien Lefort", "PER"), 0, 13, 0),
        span(src("La CGT", "CGT", "ORG", type_="organisation"), 40, 46, 1),
        span(src("elle", "CGT", "ORG", type_="organisation"), 90, 94, 2),
    ]
    assert [r["speaker_key"] for r in resolve(rows, [], "g")][-1] == "org:cgt"


def test_possessive_is_the_last_speaker_before_it():
    """'Le député Thomas Roux a répliqué ... Selon ses calculs': the owner of 'ses calculs' is the speaker
    just before, not an earlier one; 'sa porte-parole' is someone else (a role) and keeps what news_sources
    named; 'Sa collègue Nadia Ferrand' names its speaker."""
    rows = [
        span(src("Hélène Marchand", "Hélène Marchand", "PER"), 0, 15, 0),
        span(src("La ministre", role="ministre"), 66, 77, 1),
        span(src("Le député Thomas Roux", "Thomas Roux", "PER", "député"), 129, 150, 2),
        span(src("ses calculs", "Hélène Marchand", "PER", "calculs"), 203, 214, 3),
        span(src("sa porte-parole", "Hélène Marchand", "PER", "porte-parole"), 260, 275, 4),
        span(src("Sa collègue Nadia Ferrand", "Nadia Ferrand", "PER", "collègue"), 300, 325, 5),
    ]
    got = [r["speaker_key"] for r in resolve(rows, [], "h")]
    assert got == ["person:helene marchand"] * 2 + ["person:thomas roux"] * 2 + [
        "person:helene marchand",
        "person:nadia ferrand",
    ]


@pytest.mark.parametrize(
    "mention, bare",
    [
        ("qui", True),
        ("elle", True),
        ("ses calculs", True),
        ("sa porte-parole", True),
        ("Sa collègue Nadia Ferrand", False),
        ("son président, Paul Masson", False),
        ("La ministre", False),
        (None, True),
    ],
)
def test_bare_mention_names_no_one(mention, bare):
    assert names.bare_mention(mention) is bare


def test_a_body_named_in_lower_case_with_its_complement_is_a_name():
    """'Selon la chambre d'agriculture': a body's name in lower case (a noun and its complement) is that
    body across articles, not a description of the article; a bare noun ('l'institut') stays one."""
    rows = [
        span(src("l'institut", "institut", type_="organisation"), 6, 16, 0),
        span(src("la chambre d'agriculture", role="chambre d'agriculture", type_="organisation"), 60, 84, 1),
    ]
    got = [r["speaker_key"] for r in resolve(rows, [], "i")]
    assert got == ["i#organisation:institut", "org:chambre d agriculture"]


def test_display_name_is_the_full_name_an_article_gives_not_its_key():
    """A person named only by a short form where quoted ('Mme Ferrand') and by a pronoun news_sources named
    ('elle' -> Nadia Ferrand), a body only through 'qui': the full name as written, never the key."""
    s = Speakers()
    k = "person:nadia ferrand"
    s.add(
        _article(
            "a",
            "2025-02-12",
            "X",
            [
                (k, {**src("elle"), "source_name": "Nadia Ferrand"}),
                (k, {**src("Mme Ferrand", "Mme Ferrand", "PER"), "source_name": "Mme Ferrand"}),
                ("org:cgt", {**src("qui", "CGT", "ORG", type_="organisation"), "source_name": "CGT"}),
            ],
            [(k, 0), (k, 0), ("org:cgt", 0)],
        )
    )
    assert [(r["speaker_key"], r["name"]) for r in speaker_rows(s)] == [
        (k, "Nadia Ferrand"),
        ("org:cgt", "CGT"),
    ]


def test_short_form_with_a_title_takes_the_full_name_of_that_gender():
    """'Pierre Martin ... la conseillère Camille Martin ... Mme Martin ... M. Martin': the title tells them
    apart (by the first name or what the full name's own mention marks); two men of one surname stay
    ambiguous (test_namesakes_told_apart_by_type_and_short_forms_ambiguous_stay)."""
    rows = [
        src("Pierre Martin", "Pierre Martin", "PER"),
        src("la conseillère Camille Martin", "Camille Martin", "PER", "conseillère"),
        src("Mme Martin", "Martin", "PER", "Mme"),
        src("M. Martin", "Martin", "PER", "M."),
    ]
    pierre, camille = "person:pierre martin", "person:camille martin"
    assert [r["speaker_key"] for r in resolve(rows, [], "j")] == [pierre, camille, camille, pierre]


def test_gold_cue_of_an_incise_finds_the_quotation_row():
    """The scorer (pipeline evaluate on a speakers gold): '« C'est un premier pas », a-t-elle reconnu.' kept
    by news_sources as a quotation ('«' its cue) is the gold's 'a-t-elle reconnu'; a cue with a row of its
    own takes that row; a quotation further away is another attribution."""
    from pipeline.evaluate.speakers import _rows_at

    text = "Claire Dumas a annoncé 600 lits. « C'est un premier pas », a-t-elle reconnu. « Non », a dit X."
    quote = {"cue_kind": "quote", "cue_start_char": 33, "cue_end_char": 34, "content_end_char": 55}
    verb = {"cue_kind": "verb", "cue_start_char": 13, "cue_end_char": 22, "content_end_char": 31}
    rows = [verb, quote]
    assert _rows_at(rows, text, 13, 22) == [verb]
    at = text.index("a-t-elle reconnu")
    assert _rows_at(rows, text, at, at + 16) == [quote]
    at = text.index("a dit")
    assert _rows_at(rows, text, at, at + 5) == []


def test_gold_articles_the_pipeline_failed_on_are_reported(tmp_path, monkeypatch):
    """An article the pipeline could not process is counted and named in the speakers scores (its
    attributions count as missed), not dropped in silence."""
    import pandas as pd

    import pipeline
    from pipeline.evaluate import speakers as scorer

    path = tmp_path / "gold.txt"
    path.write_text(
        "# Speakers gold\n=== s1 | 2025-01-06 | Le Matin\nHélène Marchand a annoncé 200 postes.\n"
        "@ a annoncé | Hélène Marchand | person | name\n",
        encoding="utf-8",
    )

    class Failed:
        sources = pd.DataFrame(columns=["doc_id", "cue_start_char", "cue_end_char", "speaker_key"])
        speakers = pd.DataFrame(columns=["speaker_key", "name", "gender"])
        errors = pd.DataFrame(
            [{"record": 0, "component": "news_sources", "message": "IndexError: out of range (x.py:1)"}]
        )

    monkeypatch.setattr(pipeline, "extract", lambda records: Failed())
    report = scorer.evaluate(path)
    assert report["articles_failed"] == 1
    assert report["resolution_name"] == (0, 1)
    assert report["resolution_indirect_found"] == (0, 0)
    assert "failed\ts1\tnews_sources\tIndexError: out of range (x.py:1)" in report["details"]


def test_display_faults_name_pronouns_and_roles_shown_for_a_named_speaker():
    """The check of issue 24 ('no pronoun, relative pronoun or bare role as a speaker's display name when
    the article names the speaker') over rows: a named key shown as a pronoun or a bare role, a row of a
    named speaker whose source_name is a pronoun, and a role left unresolved in an article that names a
    speaker of that role ('le maire' beside 'le maire de Thionville, Pierre Cuny')."""
    from pipeline.evaluate.speakers import display_faults

    def row(doc, mention, role, k, shown):
        return {"doc_id": doc, "mention": mention, "role": role, "speaker_key": k, "source_name": shown}

    sources = [
        row(
            "a",
            "le maire de Thionville, Pierre Cuny",
            "maire de Thionville",
            "person:pierre cuny",
            "Pierre Cuny",
        ),
        row("a", "il", None, "person:pierre cuny", "il"),
        row("a", "le maire", "maire", "a#person:maire", "maire"),
        row("b", "le maire", "maire", "b#person:maire", "maire"),
        row(
            "b", "l'adjoint aux finances", "adjoint aux finances", "b#person:adjoint aux finances", "adjoint"
        ),
    ]
    speakers = [
        {"speaker_key": "person:pierre cuny", "name": "Pierre Cuny"},
        {"speaker_key": "org:cgt", "name": "qui"},
        {"speaker_key": "person:helene marchand", "name": "la ministre"},
        {"speaker_key": "a#person:maire", "name": "maire"},
        {"speaker_key": "b#person:maire", "name": "maire"},
    ]
    assert display_faults(sources, speakers) == [
        "speaker org:cgt shown as 'qui'",
        "speaker person:helene marchand shown as 'la ministre'",
        "a: 'il' of person:pierre cuny shown as 'il'",
        "a: 'le maire' left as a#person:maire beside a named maire (person:pierre cuny)",
    ]


def test_indefinite_descriptions_and_lower_case_phrases_that_name_no_body():
    """'Un journal finlandais', 'un ancien banquier' introduce someone new: no speaker named before;
    'L'enquête de gendarmerie' (a document), 'services de sécurité olympiques' (no article), a phrase with a
    comma are no body's name: each keeps a key of its article."""
    from pipeline.speakers.article import _body_in_lower_case

    media, government = {"type_": "media"}, {"type_": "government"}
    cases = [  # (mention, name, label, role, type), start, sentence: the key expected
        (src("Jean Dupont", "Jean Dupont", "PER"), 0, 0, "person:jean dupont"),
        (src("La CDU", "CDU", "ORG", type_="organisation"), 20, 0, "org:cdu"),
        (src("Un journal finlandais", role="journal finlandais", **media), 40, 1,
         "l#media:journal finlandais"),
        (src("un ancien banquier", role="ancien banquier"), 70, 2, "l#person:ancien banquier"),
        (src("L'enquête de gendarmerie", role="enquête de gendarmerie", type_="document"), 100, 3,
         "l#document:enquete de gendarmerie"),
        (src("services de sécurité", role="services de sécurité", **government), 130, 4,
         "l#government:services de securite"),
    ]  # fmt: skip
    rows = [span(row, start, start + len(row["mention"]), sent) for row, start, sent, _ in cases]
    assert [r["speaker_key"] for r in resolve(rows, [], "l")] == [k for *_, k in cases]
    assert (
        _body_in_lower_case("site, des agents de voyage", "le site, des agents de voyage", "organisation")
        is None
    )
    assert _body_in_lower_case("chambre d'agriculture", "la chambre d'agriculture", "organisation")


@pytest.mark.parametrize(
    "rows, ents, keys",
    [
        (  # a role written with a capital complement is no name: a description of the minister named before
            [span(src("La ministre de l'Agriculture", "ministre de l'Agriculture", "ORG"), 40, 68, 1)],
            [ent("Sandrine Vidal", "PER", 0, 0)],
            ["person:sandrine vidal"],
        ),
        (  # with no one named before, it stays the article's own
            [span(src("Le président de la République", "président de la République", "ORG"), 0, 29, 0)],
            [],
            ["k#person:president de la republique"],
        ),
        (  # 'Son frère Hugo': a first name after a kinship noun takes the family name of the person before
            [
                span(src("Lucas Perrot", "Lucas Perrot", "PER"), 60, 72, 1),
                span(src("Son frère Hugo", "Hugo", "PER", "frère"), 120, 134, 2),
            ],
            [],
            ["person:lucas perrot", "person:hugo perrot"],
        ),
        (  # not after a role that is no kinship ('Son adjoint Hugo'), nor with no full name before
            [
                span(src("Sa sœur Léa", "Léa", "PER", "sœur"), 0, 11, 0),
                span(src("Lucas Perrot", "Lucas Perrot", "PER"), 60, 72, 1),
                span(src("Son adjoint Hugo", "Hugo", "PER", "adjoint"), 120, 136, 2),
            ],
            [],
            ["person:lea", "person:lucas perrot", "person:hugo"],
        ),
    ],
)
def test_roles_that_are_no_names_and_first_names_of_a_family(rows, ents, keys):
    """Rows in text order."""
    assert [r["speaker_key"] for r in resolve(rows, ents, "k")] == keys
