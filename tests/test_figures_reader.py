"""Figures (issue 23) as a reader of new text reads them: references to a part of a document, footnote
calls and book numbers are no figures; the length of a sentence or of a plan is a duration, not an age, while
"il avait 44 ans" is one; "ce n'est qu'un début" is the article; a number listed before the one that names its
unit counts the same ("de 18, 20 et 25 membres"), as the part of a base ("moins de 1 pour 100 patients").

Inline markup, every figure of a sentence marked (an unmarked number must not come out); the attributes given are
checked exactly. Our own sentences, one rule each, in several forms.
"""
# ruff: noqa: E501  (one case per line reads better than wrapped strings)

from __future__ import annotations

import pytest
from markup import parse
from test_figures import _check

REFERENCES = [
    # a part of a document: rubrique, tableau, table, section, point, chapitre, with a decimal numbering too
    "Les contre-indications figurent à la rubrique 4.3 et les interactions dans le tableau 2.",
    "Les résultats sont présentés dans les tables 7 et 8 du dossier.",
    "Le conseil approuve le point 12 du projet de résolution.",
    "Voir la section 5.2 pour le détail des essais menés sur <fig value=300 unit=patient>300</fig> patients.",
    "Ces effets sont décrits au paragraphe 6.1 de la notice.",
    # footnote calls of an encyclopedia, alone or several together, before a point
    "Le contrat portait sur <fig value=12000000 unit=dollar>12 millions</fig> de dollars [3]. Il fut signé en secret [4][5].",
    "Le maire a démissionné peu après [12].",
    # a book number, a file name
    "Son livre est paru chez Stock (ISBN 2234056789) au printemps.",
    "Fichier : Gare de Nancy 12.JPG | la façade.",
    # a number right after a singular noun and its article names it, when nothing is counted after it
    "Le test n'est pas un signe de la trisomie 21.",
    "Les bois ont été datés par le carbone 14 ; les os aussi.",
    "Ils ont approuvé le paragraphe 9 et le chapitre 2.",
    "Il a remporté la course et la prime <fig value=500 unit=euro>500</fig> euros.",
    "Il a gagné la médaille avec <fig value=3 unit=point>3</fig> points d'avance.",
]

AGES_AND_DURATIONS = [
    # "avoir <n> ans" says the age of its subject
    "Le conducteur avait <fig value=45 unit=an kind=age>45</fig> ans.",
    "Elle a <fig value=19 unit=an kind=age>19</fig> ans et vit à Metz.",
    "Il allait avoir <fig value=80 unit=an kind=age>80</fig> ans cet été.",
    "Elle allait avoir aujourd'hui <fig value=79 unit=an kind=age>79</fig> ans.",
    "Il y avait alors 30 ans que le pont était fermé.",
    # "il y a <n> ans" points to a date: no age
    "Il y a 20 ans, l'usine fermait ses portes.",
    # a name and its age closing the sentence
    "Le témoin est un commerçant du quartier, Paul Roux, <fig value=52 unit=an kind=age>52</fig> ans.",
    # a length of time after a copula, a participle of limits, or a noun that takes a length
    "La durée de vie d'un réacteur est de quarante ans.",
    "Le mandat du président a été limité à cinq ans par la réforme.",
    "Il écope d'une inéligibilité de trois ans.",
    "Le tribunal a arrêté un plan de continuation de dix ans.",
    # a list of numbers before a time word: all durations, or all ages
    "Les mesures ont été refaites après 6, 12, 24 et 36 mois.",
    "Leurs fils sont âgés de <fig value=24 kind=age unit=an>24</fig>, <fig value=23 kind=age unit=an>23</fig> et <fig value=14 kind=age unit=an>14</fig> ans.",
    # the part of a sentence after "dont" counts years, as the sentence does
    "Il est condamné à quatre ans de prison, dont deux avec sursis.",
    "Le prévenu a écopé de 30 mois, dont 6 fermes.",
]

ARTICLE_ONE = [
    # "ne ... qu'un(e)" after "être" or "faire": the article, not "only one"
    "Ce n'est qu'un début, disent les grévistes.",
    "L'opération n'a été qu'une mise en scène.",
    "Les <fig value=2 unit=commune>deux</fig> communes ne font plus qu'une.",
    # "only one" with another verb stays a figure
    "Il n'a remporté qu'<fig value=1 unit=victoire>une</fig> victoire cette saison.",
]

LISTED_UNITS = [
    # a number listed before the one that names the noun counts it too
    "On parlera d'une Union de <fig value=18 unit=membre>18</fig>, <fig value=20 unit=membre>20</fig>, <fig value=25 unit=membre>25</fig> et <fig value=27 unit=membre>27</fig> membres.",
    "Les doses de <fig value=2 unit=mg>2</fig>, <fig value=4 unit=mg>4</fig> et <fig value=8 unit=mg>8 mg</fig> ont été comparées.",
    # the part of a base: "1 pour 100 patients" counts patients
    "Ces réactions sont rares (moins de <fig value=1 high=1 low=null unit=patient>1</fig> pour <fig value=100 unit=patient>100</fig> patients traités).",
    "Environ <fig value=1 unit=élève qualifier=approx>1</fig> pour <fig value=10 unit=élève>10</fig> élèves redouble.",
]

ANTECEDENTS = [
    # a count after a percentage counts what the percentage is a share of, never "%"
    "Une fracture est survenue chez <fig value=9 unit=%>9 %</fig> des patientes (<fig value=92 unit=patient>92</fig> sur <fig value=1065 unit=patient>1 065</fig>).",
    "Sur ces <fig value=530000000 unit=null>530 millions</fig>, <fig value=50 unit=%>50 %</fig> viennent de l'État.",
    # "<n> de ses|ces|leurs <noun>": the noun counted
    "Le prieur est pendu ainsi que <fig value=3 unit=compagnon>trois</fig> de ses compagnons.",
    "La commune compte <fig value=50 unit=avaloir>50</fig> de ces avaloirs.",
    # "le nombre de <noun> ... <n>": the number counts that noun
    "Le nombre total de fiches était d'environ <fig value=19000 unit=fiche qualifier=approx>19 000</fig>.",
    "Le nombre de morts s'élève désormais à <fig value=42 unit=mort>42</fig>.",
    # an age is no antecedent: after "âgés de 28 à 37 ans", "dont deux" counts the men
    "Ils ont arrêté <fig value=3 unit=homme>trois</fig> hommes âgés de <fig low=28 high=37 value=null unit=an kind=age>28 à 37</fig> ans, dont <fig value=2 unit=homme>deux</fig> sont connus.",
    # a bare number as the subject of its verb counts the noun of the figure before it
    "Sur <fig value=500 unit=salarié>500</fig> salariés, <fig value=200 unit=salarié>200</fig> ont été licenciés.",
    "L'essai a inclus <fig value=13819 unit=patient>13 819</fig> patients ; <fig value=4612 unit=patient>4612</fig> ont été traités par le produit seul et <fig value=4604 unit=patient>4604</fig> ont reçu un placebo.",
    "La police a compté <fig value=3000 unit=manifestant>3 000</fig> manifestants. <fig value=120 unit=manifestant>120</fig> sont repartis avant midi.",
    # numbers listed in time with "puis" share the noun of the last one
    "La formation est passée à <fig value=8 unit=membre>huit</fig> puis <fig value=7 unit=membre>sept</fig> membres.",
    "Le ticket a coûté <fig value=5 unit=euro>5</fig> puis <fig value=6 unit=euro>6</fig> euros.",
    "L'usine employait <fig value=300 unit=ouvrier>300</fig>, puis <fig value=250 unit=ouvrier>250</fig> ouvriers.",
    # "<n> d'entre eux|elles" counts the set counted before, never a percentage
    "Des cas ont été vus chez <fig value=10 unit=patient>10</fig> patients (<fig value=0.1 unit=%>0,1 %</fig>). La plupart étaient âgés et <fig value=6 unit=patient>6</fig> d'entre eux ont guéri.",
    "L'entreprise compte <fig value=25 unit=ingénieur>25</fig> ingénieurs ; <fig value=3 unit=ingénieur>3</fig> d'entre eux sont cadres.",
    # "les deux premiers" stands for a noun said before
    "Sur les <fig value=5 unit=otage>cinq</fig> otages, les <fig value=2 unit=otage>deux</fig> premiers sont libérés.",
]

BOUNDS = [
    # a value and its spread: one figure, the value and its bounds
    "La clairance est de <fig value=5.04 low=2.54 high=7.54 unit=l>5,04 ± 2,5 l</fig> par heure.",
    "Environ <fig value=39 low=23 high=55 unit=%>39 ± 16 %</fig> de la dose est éliminée.",
    # "de X à Y" after a verb that brings a value to another: two figures, not a range
    "La capacité de l'usine a été portée de <fig value=21500 unit=tonne>21 500</fig> tonnes à <fig value=86000 unit=tonne>86 000</fig> tonnes.",
    "Le délai a été ramené de <fig value=30 unit=dossier>30</fig> à <fig value=12 unit=dossier>12</fig> dossiers par agent.",
    # a range between two fractions with a bound sign
    "Un effet fréquent (<fig low=0.01 high=0.1 value=null>1/100 et < 1/10</fig>) a été observé.",
]

VAGUE_AND_ONE = [
    # a vague magnitude after "de" or "la": the noun alone is the span
    "Le sinistre a perturbé la tranquillité de <fig low=20 high=null value=null unit=famille>dizaines</fig> de familles.",
    "Le président a présenté ses vœux à la <fig value=10 qualifier=approx unit=adhérent>dizaine</fig> d'adhérents présents.",
    # "un(e) <noun> et <n> <noun>": one, counted beside another number
    "De leur union sont nés <fig value=1 unit=fille>une</fig> fille et <fig value=2 unit=garçon>deux</fig> garçons.",
    "L'accident a fait <fig value=1 unit=mort>un</fig> mort et <fig value=4 unit=blessé>quatre</fig> blessés.",
    "Il a reçu une lettre et un colis.",
]

SYMBOLS = [
    # millions of euros written MEUR, as in financial news
    "L'entreprise dispose d'un excédent de <fig value=100000000 unit=euro kind=money>100 MEUR</fig> placés sur un an.",
    "Le chiffre d'affaires atteint <fig value=850000 unit=euro kind=money>850 kEUR</fig> cette année.",
]

LEMMAS = [
    # a noun in -ive is no adjective in -if ("directives" -> directive); a person's noun takes its masculine
    "L'étude a suivi <fig value=152 unit=patient>152</fig> patientes pendant un an.",
    "Le code rassemble <fig value=11 unit=directive>11</fig> directives du secteur bancaire.",
    # a compound with a hyphen: each part in the singular, invariable words kept
    "Ils ont <fig value=3 unit=petit-enfant>trois</fig> petits-enfants et <fig value=1 unit=arrière-petit-fils>un</fig> arrière-petit-fils.",
    "Il a fallu recruter <fig value=2 unit=aide-éducateur>deux</fig> aides-éducateurs.",
    "Les <fig value=2 unit=micro-pays>deux</fig> micro-pays de la région votent.",
    # the noun the number modifies, even when the tagger calls it a verb; "-eaux" plurals
    "Le pâté contient <fig value=3 unit=perdreau>trois</fig> gros perdreaux et <fig value=6 unit=caille>six</fig> grosses cailles.",
    "Le port abrite <fig value=40 unit=bateau>40</fig> bateaux.",
]


FRACTIONS_OF = [
    # a fraction in words before "de" and a set already named counts its members, as "trois de ses compagnons"
    "<fig value=0.3333333333333333 unit=policier>Un tiers</fig> de ces policiers sont arrivés.",
    "Il a perdu <fig value=0.5 unit=électeur>la moitié</fig> de ses électeurs.",
    "Les <fig value=0.75 unit=habitant>trois quarts</fig> de leurs habitants sont partis.",
    # or a unit: a part of a measure
    "<fig value=0.25 unit=milligramme>Un quart</fig> d'un milligramme suffit par kilogramme de poids.",
    "Il faut <fig value=0.5 unit=litre>un demi</fig> de litre d'eau.",
    # a share of a whole population, a part of one thing, "d'entre eux": nothing counted
    "Les <fig value=0.75 unit=null>trois quarts</fig> des salariés sont des femmes.",
    "L'antenne mesure <fig value=0.25 unit=null>un quart</fig> de la longueur d'onde.",
    "<fig value=0.5 unit=null>Un demi</fig> d'entre eux a été limogé.",
]

CASES = (
    REFERENCES
    + AGES_AND_DURATIONS
    + ARTICLE_ONE
    + LISTED_UNITS
    + ANTECEDENTS
    + BOUNDS
    + VAGUE_AND_ONE
    + SYMBOLS
    + LEMMAS
    + FRACTIONS_OF
)


@pytest.mark.model
@pytest.mark.parametrize("marked", CASES)
def test_figures_as_read(nlp, marked):
    _check(nlp(parse(marked)[0]), parse(marked)[1])
