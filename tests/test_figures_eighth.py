"""Figures (issue 23, eighth round) by kind of the language, from the misses of the odd half of the news probe
written this round (``tests/data/figures_probe_news/``, read on its odd-numbered sentences only), of the
corpus's web sentences and of the odd halves of the sources probes (``data/annotations/probes/``). Each kind in
several forms, in sentences of our own (none of the probes').

- terms of one meaning of finance and sport ("points de base", "passes décisives") and a currency written
  out with its letters ("francs CFA", "francs CFP");
- a bare number subject of a clause set after another by a comma or a semicolon, its pronouns before its
  verb, counts what that clause's subject figure counted ("312 députés ont voté le texte, 205 s'y sont
  opposés", "douze l'ont refusé");
- an adverb after a number other than one says how, not what: a noun there would be plural ("7 blessés, dont
  deux grièvement"; the tagger calls "grièvement" a noun);
- "un"/"une" with a noun of its own in a list of counts after a comma is one ("cinq victoires, un nul et trois
  défaites"; not the parts of the count before: "deux antennes, une courte et une longue");
- the pound's hundredths as French writes them ("245 pence": pence, the lemmatizer's "penny");
- a measure with its unit said once, the next ones by their dimension, however far ("« soixante pieds de long
  », selon les plans ..., et « douze de haut »");
- "un seul" with no noun after stands for a noun said before ("Ces critères ... : il ne suffit pas de remplir
  un seul", "deux frères ..., mais un seul a survécu");
- the parts of a pair, "l'un de N et l'autre de M X": the first counts what the second counts ("deux
  conteneurs, l'un de 12 et l'autre de 20 tonnes");
- a range opened by a grammatical word with a capital after a quotation mark, a parenthesis or a colon is a
  figure, not a name's number ("« Entre 2 000 et 3 000 femmes ... »", "(Entre 10 et 20 morts ...)"; "(Windows
  10 et 11)" stays a name);
- a number with its multiplier is no identifier after the noun of one ("sur les routes 1,5 million de
  réfugiés"; "la route 12" stays one);
- an adjective or a participle used as a noun after the "de" of a multiplier or a vague magnitude is what it
  counts ("des dizaines de civils tués", "1,5 million de déplacés", which the tagger calls an adjective and a
  verb);
- a number after a threshold ("la barre des", "le cap des") counts what the figure before it in its sentence
  counts, however far ("les 40 parrainages qui lui manquaient pour franchir enfin la barre des 500");
- an adjective of need after a number ("nécessaires", "requises") stands for the noun of the figure before, as
  "autres" does ("380 signatures, soit moins que les 500 requises");
- a bare multiplier ("2 milliards") is an amount of the money named before it, in its sentence or in the
  sentences before ("... un budget de 450 millions d'euros. Le plan initial prévoyait 500 millions");
- a part of a group named before with no count ("une centaine d'entre eux") counts the group's plural subject
  noun ("Les habitants, eux, restent inquiets : une centaine d'entre eux ...");
- the degree of a wound after a number ("dont un grave", "et un grave") stands for the noun of the figure
  before, as "autres" does, and makes "un" a count.

Inline markup, every figure of a sentence marked; the attributes given are checked exactly.
"""
# ruff: noqa: E501  (one case per line reads better than wrapped strings)

import pytest
from test_figures import check_marked

# Each kind with its cases: the first ones failed before its rule, the last ones ("kept") hold the same words
# where they must stay as they were.
KINDS = {
    "terms of one meaning, a currency with its letters": [
        "La banque centrale a relevé son taux de <fig value=25 unit='point de base'>25</fig> points de base mardi.",
        "Le rendement de l'obligation a gagné <fig value=12 unit='point de base'>douze</fig> points de base en une séance.",
        "Le meneur a distribué <fig value=11 unit='passe décisive'>onze</fig> passes décisives lors de la victoire.",
        "L'attaquant totalise <fig value=9 unit=but>neuf</fig> buts et <fig value=4 unit='passe décisive'>quatre</fig> passes décisives cette saison.",
        "Le litre d'essence coûte <fig value=650 unit='franc CFA'>650</fig> francs CFA à Dakar.",
        "L'aide s'élève à <fig value=2000000 unit='franc CFA'>deux millions</fig> de francs CFA pour chaque commune.",
        "Le repas coûte <fig value=1500 unit='franc CFP'>1 500</fig> francs CFP à Nouméa.",
        # kept
        "Le franc suisse a gagné <fig value=2 unit=%>2 %</fig> face à l'euro, à <fig value=1.08 unit='franc suisse'>1,08</fig> franc suisse.",
    ],
    "a bare number subject of a clause after another whose subject is a figure": [
        "À l'Assemblée, <fig value=312 unit=député>312</fig> députés ont voté le texte, <fig value=205 unit=député>205</fig> s'y sont opposés.",
        "<fig value=48 unit=salarié>Quarante-huit</fig> salariés ont accepté le plan de départ ; <fig value=12 unit=salarié>douze</fig> l'ont refusé.",
        "<fig value=90 unit=électeur>Quatre-vingt-dix</fig> électeurs se sont inscrits sur la liste, <fig value=30 unit=électeur>trente</fig> n'ont pas voté.",
        # kept
        "<fig value=300 unit=passager>300</fig> passagers attendaient le ferry samedi matin, <fig value=40 unit=passager>40</fig> ont dû dormir au port.",
        "<fig value=300 unit=passager>300</fig> passagers attendaient le ferry, <fig value=2 unit=bateau>deux</fig> bateaux étaient à quai.",
        "<fig value=52 unit=%>52 %</fig> des sondés approuvent la réforme, <fig value=41 unit=%>41 %</fig> la rejettent.",
    ],
    "an adverb after a number, which the tagger may call a noun": [
        "L'accident a fait <fig value=7 unit=blessé>sept</fig> blessés, dont <fig value=2 unit=blessé>deux</fig> grièvement.",
        "L'incendie a fait <fig value=11 unit=victime>onze</fig> victimes, dont <fig value=5 unit=victime>cinq</fig> grièvement brûlées.",
        "<fig value=14 unit=blessé>Quatorze</fig> blessés ont été transportés à l'hôpital, <fig value=3 unit=blessé>trois</fig> grièvement.",
        # kept
        "Les heurts ont fait <fig value=25 unit=blessé>25</fig> blessés, dont <fig value=3 unit=blessé>3</fig> gravement, selon les pompiers.",
        "<fig value=40 unit=policier>Quarante</fig> policiers ont été touchés, dont <fig value=6 unit=policier>six</fig> légèrement.",
        "La réforme touche <fig value=12 unit=département>douze</fig> départements, dont <fig value=3 unit=département>trois</fig> en Bretagne.",
        "La région compte <fig value=5 unit=département>cinq</fig> départements et <fig value=2 unit=parlement>deux</fig> parlements.",
    ],
    "'un' in a list of counts after a comma": [
        "L'équipe a enchaîné <fig value=5 unit=victoire>cinq</fig> victoires, <fig value=1 unit=nul>un</fig> nul et <fig value=3 unit=défaite>trois</fig> défaites.",
        "Le club compte <fig value=2 unit=victoire>deux</fig> victoires, <fig value=1 unit=nul>un</fig> nul, <fig value=4 unit=défaite>quatre</fig> défaites.",
        "La famille compte <fig value=3 unit=fils>trois</fig> fils, <fig value=1 unit=fille>une</fig> fille et <fig value=7 unit=petit-enfant>sept</fig> petits-enfants.",
        # kept
        "Le bilan fait état de <fig value=3 unit=mort>trois</fig> morts, <fig value=1 unit=disparu>un</fig> disparu et <fig value=12 unit=blessé>douze</fig> blessés.",
        "Il a marqué <fig value=3 unit=but>trois</fig> buts, un record pour un défenseur.",
        "L'insecte porte <fig value=2 unit=antenne>deux</fig> antennes, une courte et une longue.",
    ],
    "the hundredths of the pound as French writes them": [
        "L'action a clôturé à <fig value=245.5 unit=pence>245,5</fig> pence à Londres.",
        "Le timbre coûte désormais <fig value=65 unit=pence>65</fig> pence.",
    ],
    "a measure with its unit said once, the next ones by their dimension": [
        "Le bassin mesure <fig value=25 unit=mètre>25</fig> mètres de long et <fig value=12 unit=mètre>12</fig> de large.",
        "Une dalle de <fig value=3 unit=m>3 m</fig> de long sur <fig value=2 unit=m>2</fig> de large et <fig value=20 unit=cm>20 cm</fig> d'épaisseur.",
        "La tranchée, de « <fig value=40 unit=pied>quarante</fig> pieds de long » et de « <fig value=6 unit=pied>six</fig> de profondeur », a été comblée.",
        "Le mur mesurait « <fig value=60 unit=pied>soixante</fig> pieds de long », selon les plans conservés au château, et « <fig value=12 unit=pied>douze</fig> de haut ».",
        "La digue fait <fig value=3 unit=kilomètre>trois</fig> kilomètres de long, d'après le relevé de la préfecture publié hier, et <fig value=8 unit=kilomètre>huit</fig> de large à la base.",
        # kept
        "Le terrain de <fig value=300 unit=m2>300 m2</fig> compte <fig value=2 unit=puits>deux</fig> puits de <fig value=10 unit=mètre>10</fig> mètres de profondeur.",
    ],
    "'un seul' alone stands for the noun said before it": [
        "Ces critères sont cumulatifs : il ne suffit pas de remplir <fig value=1 unit=critère>un</fig> seul pour obtenir l'aide.",
        "Les <fig value=2 unit=frère>deux</fig> frères ont été emportés par la vague, mais <fig value=1 unit=frère>un</fig> seul a survécu.",
        # kept
        "Il a remporté <fig value=1 unit=titre>un</fig> seul titre en dix ans.",
    ],
    "the parts of a pair, the first one counting what the second counts": [
        "Le navire transportait <fig value=2 unit=conteneur>deux</fig> conteneurs, l'un de <fig value=12 unit=tonne>12</fig> et l'autre de <fig value=20 unit=tonne>20</fig> tonnes.",
        "Le quartier compte <fig value=2 unit=tour>deux</fig> tours, l'une de <fig value=30 unit=étage>30</fig> et l'autre de <fig value=45 unit=étage>45</fig> étages.",
        # kept
        "Il a <fig value=2 unit=voiture>deux</fig> voitures, l'une de 2010 et l'autre de 2015.",
    ],
    "a range opened by a capital after a quotation mark, a parenthesis or a colon": [
        "« Entre <fig low=2000 high=3000 unit=femme>2 000 et 3 000</fig> femmes seront concernées », a indiqué la ministre.",
        "Le bilan (Entre <fig low=10 high=20 unit=mort>10 et 20</fig> morts selon les sources) reste provisoire.",
        "« De <fig low=15 high=20 unit=%>15 à 20 %</fig> des postes seront supprimés », prévient le syndicat.",
        # kept
        "Le reportage de « France 2 » a été vu par <fig value=4000000 unit=téléspectateur>4 millions</fig> de téléspectateurs.",
        "Les mises à jour (Windows 10 et 11) sont gratuites.",
    ],
    "a number with its multiplier after the noun of an identifier": [
        "Le conflit a jeté sur les routes <fig value=1500000 unit=réfugié>1,5 million</fig> de réfugiés.",
        "Le pays a mis sur les lignes <fig value=2000000 unit=abonné>deux millions</fig> d'abonnés en un an.",
        # kept
        "Le bus emprunte la route 12 puis la ligne 3.",
    ],
    "an adjective or a participle used as a noun after the 'de' of a multiplier": [
        "Syrie : <fig low=20 unit=civil>des dizaines</fig> de civils tués dans un bombardement.",
        "Le programme doit nourrir <fig value=1500000 unit=déplacé>1,5 million</fig> de déplacés au Soudan.",
        # kept
        "<fig low=2000 unit=manifestant>Des milliers</fig> de manifestants ont défilé.",
    ],
    "a threshold counts what the figure before it counts": [
        "Le candidat a obtenu les <fig value=40 unit=parrainage>40</fig> parrainages qui lui manquaient pour franchir enfin la barre des <fig value=500 unit=parrainage>500</fig>.",
        "Avec <fig value=12000 unit=abonné>12 000</fig> abonnés de plus ce mois-ci, la chaîne a enfin passé le cap des <fig value=100000 unit=abonné>100 000</fig>.",
        # kept
        "Le CAC 40 a franchi la barre des <fig value=6000 unit=point>6 000</fig> points.",
    ],
    "an adjective of need after a number stands for the noun of the figure before": [
        "Le parti compte <fig value=250 unit=siège>250</fig> sièges, loin des <fig value=289 unit=siège>289</fig> nécessaires pour gouverner seul.",
        "Il a réuni <fig value=380 unit=signature>380</fig> signatures, soit moins que les <fig value=500 unit=signature>500</fig> requises.",
        "La motion pourrait recueillir entre <fig low=200 high=210 unit=voix>200 et 210</fig> voix, soit moins que les <fig value=230 unit=voix>230</fig> nécessaires.",
        # kept
        "Il manque <fig value=3 unit=voix>trois</fig> voix, les <fig value=12 unit=voix>12</fig> voix nécessaires n'étant pas réunies.",
    ],
    "a bare multiplier is an amount of the money named in the sentences before": [
        "La ville a voté un budget de <fig value=450000000 unit=euro>450 millions</fig> d'euros. Le maire rappelle pourtant que le plan initial prévoyait <fig value=500000000 unit=euro>500 millions</fig>.",
        "Le gouvernement promet <fig value=1800000000 unit=euro>1,8 milliard</fig> d'euros à l'hôpital. « C'est un effort historique », dit le ministre. Les syndicats, eux, réclamaient <fig value=3000000000 unit=euro>3 milliards</fig>.",
        # kept
        "La ville compte <fig value=2000000 unit=habitant>2 millions</fig> d'habitants. Elle en comptait <fig value=1500000 unit=habitant>1,5 million</fig> en 1990.",
        "Le club a payé <fig value=30000000 unit=euro>30 millions</fig> d'euros. Le match a été vu par <fig value=2000000 unit=téléspectateur>2 millions</fig> de téléspectateurs.",
    ],
    "a part of a group named before with no count ('d'entre eux') counts the group's noun": [
        "Les habitants, eux, restent inquiets : <fig value=100 unit=habitant>une centaine</fig> d'entre eux ont signé la pétition.",
        "Les salariés sont en colère et <fig low=20 high=90 unit=salarié>plusieurs dizaines</fig> d'entre eux ont cessé le travail.",
        # kept
        "Les <fig value=300 unit=salarié>300</fig> salariés sont en colère et <fig value=100 unit=salarié>une centaine</fig> d'entre eux ont cessé le travail.",
    ],
    "the degree of a wound after a number stands for the noun before": [
        "Accident sur la rocade : <fig value=3 unit=blessé>trois</fig> blessés dont <fig value=1 unit=blessé>un</fig> grave.",
        "Le carambolage a fait <fig value=5 unit=blessé>cinq</fig> blessés légers et <fig value=1 unit=blessé>un</fig> grave.",
        # kept
        "L'accident a fait <fig value=6 unit=blessé>six</fig> blessés, dont <fig value=2 unit=blessé>deux</fig> graves.",
        "Il a commis une faute grave et <fig value=2 unit=erreur>deux</fig> erreurs légères.",
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(
    "marked", [m for cases in KINDS.values() for m in cases], ids=lambda marked: marked[:30]
)
def test_figures_eighth_round(nlp, marked):
    check_marked(nlp, marked)
