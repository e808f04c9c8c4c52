"""Figures (issue 23): ratios, multiplications and units from the noun phrase.

A ratio is ONE figure, never two counts: "un TGV sur trois", "deux sur dix", "3/4", "14/20". Its span runs from
the first number to the last (as a range's), its value is the share as a fraction of 1 (as "un tiers" = 0.333,
and the guidelines' "1/10" = 0.1), its unit the noun counted in the part ("un Français sur cinq" -> français;
none for "deux sur dix" or "3/4 des habitants", as for "les trois quarts des salariés"), its kind ``percent`` (a
share, as fractions). In words, "<n> sur <m>" is a ratio when the whole is a base that counts nothing (one in
any number, at most ten, twenty, a power of ten); a whole that counts a set of its own is a count of its own:
"562 hommes sur 650", "cinq femmes sur vingt sièges", "une passe sur six tentées" are two figures. A verb
after the whole that the tagger reads as a noun keeps the share ("un salarié sur deux fait du télétravail").

A factor is a figure with unit ``fois``, however it is written: "deux fois plus", "six fois moins", "multiplié par
trois", "divisé par deux" (the number is the factor; the direction is in the text). A verb alone ("a triplé",
"ont doublé") writes no number: no figure, as the guidelines count digits and number words.

Inline markup, every figure of a sentence marked (an unmarked number must not come out); the attributes given are
checked exactly. Our own sentences, one rule each.
"""
# ruff: noqa: E501  (one case per line reads better than wrapped strings)

from __future__ import annotations

import pytest
from markup import parse
from test_figures import _check

THIRD = 1 / 3

RATIOS = [
    # "<n> [noun] sur <m>": a part of every so many, one figure
    f"Seul <fig value={THIRD!r} low={THIRD!r} high={THIRD!r} unit=tgv kind=percent>un TGV sur trois</fig> circulait mardi matin.",
    "<fig value=0.2 unit=français kind=percent>Un Français sur cinq</fig> renonce à se soigner.",
    "<fig value=0.2 unit=null kind=percent>Deux sur dix</fig> ont refusé de répondre aux enquêteurs.",
    f"Dans ce lycée, <fig value={THIRD!r} unit=null>un sur trois</fig> a redoublé.",
    "Près de <fig value=0.6 qualifier=approx unit=salarié kind=percent>six salariés sur dix</fig> travaillent le dimanche.",
    "Plus d'<fig value=0.1 low=0.1 high=null qualifier=more_than unit=patient>un patient sur 10</fig> a eu de la fièvre.",
    "L'effet touche moins d'<fig value=0.0001 low=null high=0.0001 qualifier=less_than unit=patient>un patient sur 10 000</fig>.",
    "<fig value=0.75 unit=fois kind=percent>Trois fois sur quatre</fig>, le train part à l'heure.",
    "Sa copie a obtenu <fig value=0.7 unit=null kind=percent>14 sur 20</fig> au concours.",
    f"<fig value={THIRD!r} unit=entreprise>Une entreprise française sur trois</fig> exporte vers l'Asie.",
    # a whole that counts a set of its own (not a base: one, at most ten, twenty, a power of ten): two counts
    "<fig value=562 unit=homme>562</fig> hommes sur <fig value=650 unit=homme>650</fig> furent envoyés sur un autre front.",
    "Une fracture est survenue chez <fig value=9 unit=%>9 %</fig> des patients (<fig value=92>92</fig> sur <fig value=1065>1 065</fig>).",
    "En effet, <fig value=7 unit=projet>sept</fig> projets sur <fig value=14>quatorze</fig>, soit <fig value=0.5>la moitié</fig>, ont un financement.",
    "Seulement <fig value=5 unit=femme>cinq</fig> femmes sur <fig value=20 unit=siège>vingt</fig> sièges reviennent à des femmes.",
    "Il ne réussit qu'<fig value=1 unit=passe>une</fig> seule passe sur <fig value=6 unit=passe>six</fig> tentées.",
    "Le muret mesure <fig value=2 unit=mètre>2</fig> mètres sur <fig value=3 unit=mètre>3</fig> mètres.",
    "La liste obtient <fig value=56 unit=siège>56</fig> sièges sur un total de <fig value=131>131</fig>.",
    # "<n>/<m>": a fraction written in digits
    "Les <fig value=0.75 unit=null kind=percent>3/4</fig> des habitants ont quitté le village.",
    "Il a obtenu <fig value=0.7 kind=percent>14/20</fig> à l'épreuve écrite.",
    "Un effet très fréquent (<fig value=0.1>1/10</fig>) et un effet rare (<fig value=0.0001>1/10 000</fig>).",
    "Le taux de réponse atteint <fig value=0.9602272727272727>169/176</fig> dans le premier groupe.",
    "Un effet fréquent (<fig value=null low=0.01 high=0.1>1/100 à < 1/10</fig>) ou rare (<fig low=0.0001 high=0.001>1/10000 à 1/1000</fig>).",
    "Les effets peu fréquents (<fig value=0.001 low=0.001 high=0.001>1/1000</fig>, < <fig value=0.01 low=null high=0.01 qualifier=less_than>1/100</fig>).",
    # slashes that are no fraction: dates, years, codes, round the clock
    "Le rendez-vous est fixé au 3/12 à la mairie.",
    "Il tente de s'imposer en 630/631 après la destitution de la reine.",
    "Le dossier EU/1/04/289/001 a été enregistré.",
    "Le service fonctionne 24/24 et 7/7 dans tout le département.",
    "Le dossier 12/2024 est clos.",
]

FACTORS = [
    "Il a gagné <fig value=2 unit=fois kind=count>deux</fig> fois plus que son frère.",
    "Les nouveaux avions font <fig value=6 unit=fois>six</fig> fois moins de bruit.",
    "Les prix ont été multipliés par <fig value=3 unit=fois kind=count>trois</fig> et les délais divisés par <fig value=2 unit=fois>deux</fig>.",
    "Le chiffre d'affaires a été multiplié par <fig value=2.5 unit=fois>2,5</fig> depuis la fusion.",
    "Le nombre de cas a été multiplié par plus de <fig value=10 low=10 high=null qualifier=more_than unit=fois>dix</fig>.",
    "La facture est multipliée par <fig low=2 high=3 value=null unit=fois>deux ou trois</fig> selon les régions.",
    # a verb of multiplication writes no number
    "Le prix du gaz a triplé et celui de l'électricité a doublé.",
    "La réforme a permis de tripler le nombre de femmes élues.",
    "Les ventes ont quadruplé depuis le lancement du modèle.",
]

UNITS = [
    # units of several words: currencies with their country, areas and volumes, terms of one meaning
    "Le canton couvre <fig value=12 unit='kilomètre carré' kind=measure>douze</fig> kilomètres carrés.",
    "L'appartement de <fig value=45 unit='mètre carré' kind=measure>45</fig> mètres carrés est à vendre.",
    "<fig value=250000000 unit='franc suisse' kind=money>250 millions</fig> de francs suisses ont été bloqués.",
    "La réserve contient <fig value=3 unit='mètre cube' kind=measure>trois</fig> mètres cubes d'eau.",
    "Les <fig value=15 unit='état membre'>quinze</fig> États membres ont approuvé le texte.",
    "Ce premier de ses <fig value=29 unit='long métrage'>vingt-neuf</fig> longs métrages fut un succès.",
    "Il a tourné <fig value=12 unit='court métrage'>douze</fig> courts métrages avant son premier film.",
    # international units written as a symbol
    "Une dose de <fig value=400 unit=UI kind=measure>400 UI</fig> de vitamine D est prescrite.",
    # "principal" qualifies, it makes no term with the noun
    "Les <fig value=4 unit=critère>quatre</fig> critères principaux ont été retenus.",
    "Les <fig value=2 unit=étude>deux</fig> études principales portaient sur des femmes.",
    # after "un seul", the counted noun, never a preposition
    "Il suffit de répondre à <fig value=1 unit=null>un</fig> seul pour que la demande soit rejetée.",
]


RATIO_BEFORE_VERB = [
    # a share whose whole is followed by its verb, which the tagger read as a noun: still one share
    "<fig value=0.5 unit=salarié kind=percent>Un salarié sur deux</fig> fait du télétravail.",
    "<fig value=0.25 unit=français kind=percent>Un Français sur quatre</fig> part en vacances en août.",
    "<fig value=0.5 unit=habitant kind=percent>Un habitant sur deux</fig> vote à gauche dans ce quartier.",
    "Selon l'enquête, <fig value=0.3333333333333333 unit=élève kind=percent>un élève sur trois</fig> lit chaque jour.",
    # the whole counts a plural noun of its own: two counts
    "<fig value=5 unit=femme>Cinq</fig> femmes sur <fig value=20 unit=siège>vingt</fig> sièges, c'est peu.",
]


@pytest.mark.model
@pytest.mark.parametrize("marked", RATIOS + FACTORS + UNITS + RATIO_BEFORE_VERB)
def test_ratios_factors_units(nlp, marked):
    text, expected = parse(marked)
    _check(nlp(text), expected)
