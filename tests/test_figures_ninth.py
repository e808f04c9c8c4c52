"""Figures (issue 23, ninth round) by kind of the language, from the misses of the odd half of the web probe
written this round (``tests/data/figures_probe_web_ninth/``, read on its odd-numbered sentences only). Each
kind in several forms, in sentences of our own (none of the probe's); in each list the cases after "kept"
passed before and must stay so, the ones before failed before the kind's rule. Every figure of a sentence is
marked, and the attributes written are checked exactly.

- a number after the capitalised word that opens a sentence, which the tagger calls a proper noun, is a figure
  when the noun after it agrees with it ("Smartphone 6 pouces", "Comptez 2 litres de bouillon"); a name's
  number stays one ("Windows 11 équipe ...");
- "un"/"une" and "de" with a number after "en" ("il m'en faudrait une de 8") measure what the figure before
  measured;
- a bare number before "pour un" and a noun ("Nous étions huit pour un mariage") or after a price and "pour"
  ("60 € pour 2") names nothing: the noun after "pour un" is a purpose, and a price is not what it buys;
- "cm3" and "cm³" are the cubic centimetre, a symbol ("un moteur de 125 cm3");
- the base of a rate after a symbol is part of the rate ("4,8 l aux 100 km"), as after "litres";
- a number before the code of an engine is its displacement, part of a model's name ("1.5 dCi", "2.0 TDI");
- a number right after a singular possessive, with no article of a count, is a name as after "la" ("ma 308",
  "sa 205", "notre 3 pièces", as "la 2 CV", "un 3 pièces");
- a run of small numbers is a code, but its last one counts the plural noun after it ("Clio 3 5 portes");
- a full mark is a share of one, as a mark below it is ("5/5", "20/20"; not "24/24", "7/7", nor a day and its
  month, "le 5/5");
- a noun and its fixed complement after "à" is one unit, as "cuillère à soupe" ("verres à pied", "sacs à
  dos", "machines à laver"; compound_units.tsv).
"""
# ruff: noqa: E501  (a case per line)

import pytest
from test_figures import check_marked

KINDS = {
    "a number after a capitalised proper noun opening the sentence, with a noun that agrees": [
        "Smartphone <fig value=6 unit=pouce>6</fig> pouces, double SIM.",
        "Comptez <fig value=2 unit=litre>2</fig> litres de bouillon.",
        "Comptez <fig value=1 unit=litre>1</fig> litre de bouillon par personne.",
        # kept
        "Windows 11 équipe désormais la plupart des ordinateurs.",
        "Boeing 747 : la fin d'une époque.",
        "Maison <fig value=4 unit=pièce>4</fig> pièces avec garage.",
    ],
    "'un de N' after 'en' measures what the figure before measured": [
        "Ce frigo fait <fig value=250 unit=litre>250</fig> litres, il m'en faudrait un de <fig value=400 unit=litre>400</fig>.",
        "Mon écran fait <fig value=24 unit=pouce>24</fig> pouces, j'en ai commandé un de <fig value=27 unit=pouce>27</fig>.",
        "J'ai une table de <fig value=2 unit=m>2 m</fig>, mais j'en voudrais une de <fig value=3 unit=m>3</fig>.",
    ],
    "a bare number before 'pour un' and a noun, or after a price and 'pour'": [
        "Nous étions <fig value=8 unit=null>huit</fig> pour un mariage.",
        "On a payé <fig value=60 unit=euro>60 €</fig> pour <fig value=2 unit=null>2</fig>, vin compris.",
        # kept
        "Comptez <fig value=5 unit=euro>5 €</fig> pour <fig value=3 unit=croissant>3</fig> croissants.",
        "Le gîte peut accueillir <fig value=6 unit=personne>6</fig> personnes pour un week-end.",
    ],
    "the cubic centimetre as a symbol": [
        "Le scooter a un moteur de <fig value=125 unit=cm3>125 cm3</fig> et un coffre de <fig value=30 unit=litre>30</fig> litres.",
        "Une cylindrée de <fig value=1598 unit=cm3>1 598 cm³</fig>, rien d'exceptionnel.",
    ],
    "the base of a rate after a symbol ('l aux 100 km')": [
        "Ma citadine consomme <fig value=4.8 unit=l per='100 km'>4,8 l</fig> aux 100 km en ville.",
        # kept
        "Elle consomme <fig value=6 unit=litre per='100 km'>6</fig> litres aux 100 km.",
    ],
    "the displacement of an engine before its code is a name ('1.6 HDi')": [
        "Ma Clio 1.5 dCi a <fig value=210000 unit=km>210 000 km</fig> au compteur.",
        "Le moteur 2.0 TDI est réputé solide.",
        # kept
        "Le processeur tourne à <fig value=2.4 unit=ghz>2.4</fig> GHz en pointe.",
    ],
    "a number after a singular possessive is a model's name ('ma 308')": [
        "J'ai revendu ma 206 pour <fig value=2500 unit=euro>2 500 €</fig> l'an dernier.",
        "Sa 205 a déjà <fig value=250000 unit=km>250 000 km</fig>.",
        "Notre 3 pièces donne sur la cour.",
        # kept
        "Ses <fig value=3 unit=enfant>trois</fig> enfants habitent Lyon.",
        "Mon fils de <fig value=15 unit=an>15</fig> ans adore le foot.",
    ],
    "a number after a model's number that counts a plural noun after it ('Clio 3 5 portes')": [
        "Vends Clio 3 <fig value=5 unit=porte>5</fig> portes, moteur diesel.",
        "Vends Peugeot 208 <fig value=3 unit=porte>3</fig> portes, bon état.",
        # kept
        "Appelez le 06 20 30 40 50 après 18 h.",
        "Le code d'accès est 12 45 78.",
    ],
    "a full mark is a share ('5/5', '20/20')": [
        "Service impeccable, <fig value=1 unit=null>5/5</fig> !",
        "Ma fille a eu <fig value=1 unit=null>20/20</fig> en dictée.",
        # kept
        "Accueil ouvert 24/24 et 7/7.",
        "Rendez-vous le 5/5 à la mairie.",
        "Je lui mets <fig value=0.8 unit=null>8/10</fig> pour l'accueil.",
    ],
    "a noun and its fixed complement after 'à' is one unit": [
        "Il nous reste <fig value=12 unit='verre à pied'>douze</fig> verres à pied et <fig value=2 unit='sac à dos'>deux</fig> sacs à dos.",
        "La maison a <fig value=3 unit='salle à manger'>trois</fig> salles à manger et <fig value=2 unit='brosse à dents'>deux</fig> brosses à dents.",
        "Le parc compte <fig value=12 unit='moulin à vent'>12</fig> moulins à vent.",
        # kept
        "Ajoutez <fig value=2 unit='cuillère à soupe'>2</fig> cuillères à soupe d'huile.",
    ],
}


def _all(kinds: dict[str, list[str]]) -> list[str]:
    return [case for cases in kinds.values() for case in cases]


@pytest.mark.model
@pytest.mark.parametrize("marked", _all(KINDS), ids=lambda case: case[:30])
def test_figures_of_the_ninth_round(nlp, marked):
    check_marked(nlp, marked)
