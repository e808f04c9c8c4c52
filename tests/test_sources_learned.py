"""The trained part of news_sources (learned.py): its candidates, its decision, and its retraining."""

import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT

from pipeline.components.sources.learned import Candidate, Weights
from pipeline.components.sources.models import Attribution
from pipeline.evaluate.corpus import default_corpora_dir

ROWS = (
    ("__bias__", "-1.0"),
    ("__keep_threshold__", "0.0"),
    ("__add_threshold__", "0.4"),
    ("lemma=parler", "2.0"),
)


def _candidate(features, from_rules):
    return Candidate(Attribution("verb", (0, 5)), features, from_rules)


def test_weights_read_and_decide():
    w = Weights.read(ROWS)
    assert (w.bias, w.keep, w.add, w.weights) == (-1.0, 0.0, 0.4, {"lemma=parler": 2.0})
    assert w.probability(["lemma=parler", "unknown"]) == pytest.approx(1 / (1 + 2.718281828459045**-1.0))
    assert w.accepts(_candidate(["lemma=parler"], from_rules=False))  # p 0.73 >= 0.4
    assert not w.accepts(_candidate(["lemma=dire"], from_rules=False))  # p 0.27 < 0.4
    assert w.accepts(_candidate(["lemma=dire"], from_rules=True))  # a rule attribution is never dropped (0.0)


@pytest.fixture(scope="module")
def article(nlp):
    from pipeline.components.sources.document import Article

    lex = nlp.get_pipe("news_sources").lex

    def make(text):
        return Article(nlp(text), lex)

    return make


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Le maire parle d'un gâchis de 300 000 euros.", "parle", "Le maire"),
        (
            "Les pays du Mékong mettent en cause la Chine et ses barrages.",
            "mettent en cause",
            "Les pays du Mékong",
        ),
        (
            "La cour a rejeté la demande de l'opposition de recompter 300 bulletins.",
            "demande",
            "l'opposition",
        ),
        (
            "Les syndicats tirent la sonnette d'alarme sur la fermeture de 40 classes.",
            "tirent la sonnette d'alarme",
            "Les syndicats",
        ),
        (
            "Plusieurs experts mettent en doute le bilan de 3 000 morts.",
            "mettent en doute",
            "Plusieurs experts",
        ),
        # "s'en prendre à" in the reflexive, its subject the speaker (not a passive with no source)
        ("Le syndicat s'en prend à la direction, qui veut supprimer 40 postes.", "prend à", "Le syndicat"),
        ("Le maire s'en est pris au préfet lors du conseil.", "est pris au", "Le maire"),
        # "voir" an opinion as "voir ... comme", "voir dans"
        ("Le maire voit dans ce vote un désaveu de 300 électeurs.", "voit", "Le maire"),
    ],
)
def test_lexicon_candidates_with_their_speaker(article, text, cue, speaker):
    from pipeline.components.sources.learned import lexicon_candidates
    from pipeline.components.sources.sources import attributions

    art = article(text)
    cands = lexicon_candidates(art, attributions(art))
    found = [(text[slice(*a.cue)], text[slice(*a.mention)]) for a in cands]
    assert [f for f in found if f[0] == cue] == [(cue, speaker)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Le ministre ne parle pas de 300 emplois.",  # negated
        "Nous parlons de 300 emplois.",  # the writer
        "On peut parler de 300 emplois.",  # under a modal
        # a past participle alone describes its noun: the clause's subject does not say it
        "Le maire dit ne pas connaître le montant exact, estimé à 2 millions d'euros.",
        "La préfète a visité les quartiers sinistrés, évalués à 300 maisons.",
        # ... even when the parser gives it the noun as a subject: "l'élève exclu" was excluded
        "Le proviseur a dit que l'élève exclu, âgé de 16 ans, n'avait jamais été signalé.",
        "Ils avaient vu le jour à Cintrey en 1913.",  # an idiom: born
        # seen, not an opinion ("voir" is one only as "voir ... comme", "voir dans", "voir en")
        "Installé dans l'avion, il a vu par le hublot que ses 2 bagages étaient restés au sol.",
        "On en avait vu une dizaine au premier contrôle.",
        # "prendre à partie" is no "s'en prendre à"
        "Un chauffeur de 38 ans a été pris à partie et agressé par deux individus.",
        # "appeler" says something only with its "à" phrase: here it names
        "De son vivant, on l'appelait « le roi de la comédie ».",
        # a cue verb with nothing after it in its own clause: the clause coordinated to it is not what it says
        "Le maire a répondu, et la séance a été levée à 23 heures.",
        "Les élus ont protesté, puis la séance a été levée.",
    ],
)
def test_no_candidate_where_the_rules_refuse_one(article, text):
    from pipeline.components.sources.learned import lexicon_candidates
    from pipeline.components.sources.sources import attributions

    art = article(text)
    assert lexicon_candidates(art, attributions(art)) == []


@pytest.mark.model
def test_a_candidate_before_a_colon_says_what_follows_it(article):
    from pipeline.components.sources.learned import lexicon_candidates
    from pipeline.components.sources.sources import attributions

    text = "Le médecin met en garde : 30 % des enfants sont en surpoids."
    art = article(text)
    cands = lexicon_candidates(art, attributions(art))
    assert [(text[slice(*a.cue)], text[slice(*a.content)]) for a in cands] == [
        ("met en garde", "30 % des enfants sont en surpoids")
    ]


@pytest.mark.model
def test_retraining_from_the_shipped_data_gives_the_shipped_weights():
    """One command rebuilds models/sources/cue_weights.tsv (its cross-validation table in its header)."""
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("scikit-learn is not installed (pip install .[train])")
    if default_corpora_dir() is None or not (ROOT.parent / "shared" / "eval" / "ftb_dev.jsonl").exists():
        pytest.skip("../shared/corpora and ../shared/eval are not here")
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.components.sources.train", "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "the same as" in run.stdout


def test_probe_halves_train_on_odd_and_score_even(tmp_path):
    from pipeline.components.sources.train import probe_halves, training

    for name, ids in (("a", ["pa-01", "pa-02", "pa-03"]), ("b", ["pb-010", "pb-011"])):
        lines = [f'{{"id": "{i}", "text": "x"}}' for i in ids]
        (tmp_path / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    halves = probe_halves(tmp_path)
    assert {k: [d["id"] for d in v] for k, v in halves.items()} == {
        "probes_odd": ["pa-01", "pa-03", "pb-011"],
        "probes_even:a": ["pa-02"],
        "probes_even:b": ["pb-010"],
    }
    data = {"fold1": ["f1"], "fold2": ["f2"], **{k: [d["id"] for d in v] for k, v in halves.items()}}
    assert training(data, "fold1") == ["f2", "pa-01", "pa-03", "pb-011"]
