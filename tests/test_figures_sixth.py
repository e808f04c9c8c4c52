"""Figures (issue 23, sixth round) by kind of the language, from the misses of a probe of modern web text written
here before the pipeline was run on it (``tests/data/figures_probe_web/``): forum posts, product sheets, recipes,
sports standings, ads. Each kind in several forms, in sentences of our own (none of the probe's).

- a lone "x" between two spaced numbers, the last before a symbol of measure, is a times sign, not a code's
  letter: dimensions ("140 x 70 cm", every number of the chain in the unit written after the last);
- a number and a full stop (or a closing parenthesis) after a colon, a semicolon or a comma, before a
  capitalised name, is a list marker, a rank in a standings line ("Classement : 1. Marseille, 52 pts");
- "pas" right after a number is the noun (steps), never the negation ("10 000 pas par jour");
- a number after a noun and its article is no part of that noun's name when another number and a noun follow
  it as an alternative or a range ("J'ai lancé le programme 3 ou 4 fois");
- "N de ses M derniers X": both count X ("quatre de ses six derniers matchs");
- a symbol with a capital and no vowel is written as it stands, in lower case, never cut by the lemmatizer
  ("24 Mpx");
- "un"/"une" beside a number is the article of a noun that takes a measure of its own, also with a word
  between ("quatre vis et un tuyau souple de 2 m");
- a spoon as a unit ("cuillères à soupe", "cuillère à café"); "égal" is no relational adjective ("8 parts
  égales" count part);
- "un"/"une" after "de" is the margin of a win or a lead, with a verb of winning or leading before it in its
  clause and a noun of points after ("devance Martin d'un but", "l'emporte d'un point", "battu d'une voix"; not
  "d'un point de vue", "le record d'un coéquipier");
- symbols of web text: "K€" (thousands of euros), "To", "Ko"; the reference of an ad ("réf. 45821") is no
  figure; a measure with its sub-unit after its symbol is one figure ("1 m 80", "1 kg 500"); a fraction in
  digits of a unit counts that unit ("1/2 litre", "3/4 de litre"); a draw ("3 nuls") is a noun of results;
- abbreviations of recipes ("2 c. à soupe", "200 gr"); a thermostat's setting ("th. 6") is no figure; a pay in
  the years' range before "net" or "brut" is a sum ("Je gagne 1800 net"); a mark or a rating with decimals over
  a small base is one share ("4,2 sur 5", "15,5 sur 20").

From the web sentences of the blind-annotated corpus: "rbds" (rebounds, in a basketball line); "acide aminé", a
term of one meaning.

Inline markup, every figure of a sentence marked (an unmarked number must not come out); the attributes given are
checked exactly.
"""
# ruff: noqa: E501  (one case per line reads better than wrapped strings)

from __future__ import annotations

import pytest
from test_figures import check_marked

CASES = [
    # a lone "x" between spaced numbers: dimensions in the unit of the last, products
    "Le bureau mesure <fig value=140 unit=cm>140</fig> x <fig value=70 unit=cm>70 cm</fig>, pieds compris.",
    "Format du matelas : <fig value=160 unit=cm>160</fig> x <fig value=200 unit=cm>200 cm</fig>, épaisseur <fig value=25 unit=cm>25 cm</fig>.",
    "La terrasse fait <fig value=6 unit=m>6</fig> x <fig value=4 unit=m>4</fig> x <fig value=3 unit=m>3 m</fig> sous la pergola.",
    "Une chambre de <fig value=4 unit=m>4 m</fig> x <fig value=3 unit=m>3 m</fig> avec placard.",
    "Le carton de <fig value=40 unit=cm>40</fig> x <fig value=30 unit=cm>30</fig> x <fig value=20 unit=cm>20 cm</fig> pèse <fig value=2 unit=kg>2 kg</fig>.",
    "Il roule en 4x4 depuis des années.",
    # a list marker before a capitalised name: ranks in a standings line
    "Classement : 1. Marseille, <fig value=52 unit=point>52 pts</fig> ; 2. Monaco, <fig value=50 unit=point>50 pts</fig>.",
    "Podium : 1. Pogacar ; 2. Vingegaard ; 3. Evenepoel.",
    "Arrivée du tiercé : 1. Rapide Éclair, 2. Belle de Nuit, 3. Quick Star.",
    "Meilleurs buteurs : 1) Dupont, <fig value=14 unit=but>14</fig> buts ; 2) Martin, <fig value=11 unit=but>11</fig> buts.",
    "Le bilan s'élève à <fig value=3>3</fig>. Les secours sont toujours sur place.",
    # "pas" after a number: steps
    "Elle fait <fig value=8000 unit=pas>8 000</fig> pas chaque jour pour aller au bureau.",
    "Le podomètre affichait <fig value=15000 unit=pas per=jour>15 000</fig> pas par jour pendant les vacances.",
    "Il a compté <fig value=300 unit=pas>trois cents</fig> pas jusqu'à la porte.",
    "L'hôtel est à deux pas de la plage.",
    # an alternative or a range after a noun and its article: no part of the noun's name
    "J'ai lancé le programme <fig low=3 high=4 unit=fois>3 ou 4</fig> fois sans succès.",
    "J'ai relu le roman <fig low=2 high=3 unit=fois>2 ou 3</fig> fois avant l'examen.",
    "On a appelé le service <fig low=5 high=6 unit=fois>5 à 6</fig> fois dans la journée.",
    "Le virus de la grippe H1N1 et la trisomie 21 sont <fig value=2 unit=sujet>deux</fig> sujets différents.",
    # "N de ses M derniers X"
    "Lyon a perdu <fig value=4 unit=match>quatre</fig> de ses <fig value=6 unit=match>six</fig> derniers matchs.",
    "<fig value=2 unit=enfant>Deux</fig> de leurs <fig value=5 unit=enfant>cinq</fig> enfants vivent à l'étranger.",
    "Le club a remporté <fig value=3 unit=finale>trois</fig> de ses <fig value=4 unit=finale>quatre</fig> finales européennes.",
    # a symbol without a vowel: as written, lower case
    "Appareil photo de <fig value=24 unit=mpx>24</fig> Mpx, écran orientable.",
    "Le capteur passe de <fig value=12 unit=mpx>12</fig> Mpx à <fig value=48 unit=mpx>48</fig> Mpx sur ce modèle.",
    # "un" beside a number, the article of a noun that takes its own measure
    "Livré avec <fig value=4 unit=vis>quatre</fig> vis et un tuyau souple de <fig value=2 unit=m>2 m</fig>.",
    "Le pack contient <fig value=2 unit=pile>deux</fig> piles et une batterie externe de <fig value=10000>10 000</fig> mAh.",
    "Il a acheté <fig value=3 unit=chaise>trois</fig> chaises et <fig value=1 unit=table>une</fig> table.",
    # spoons as units; "égal" is no relational adjective
    "Ajoutez <fig value=3 unit='cuillère à café'>3</fig> cuillères à café de cannelle.",
    "Versez <fig value=2 unit='cuillère à soupe'>deux</fig> cuillères à soupe de miel.",
    "Partagez le gâteau en <fig value=6 unit=part>6</fig> parts égales.",
    "Le terrain est divisé en <fig value=3 unit=lot>trois</fig> lots égaux.",
    # the margin of a win or a lead: "un" after "de", a verb of winning before, a noun of points after
    "Au classement des buteurs, Dupont devance Martin d'<fig value=1 unit=but>un</fig> but.",
    "Toulouse l'emporte d'<fig value=1 unit=point>un</fig> point face à La Rochelle.",
    "Le maire sortant a été battu d'<fig value=1 unit=voix>une</fig> voix au second tour.",
    "Le favori s'est imposé d'<fig value=1 unit=longueur>une</fig> longueur devant son rival.",
    "Cette équipe a gagné d'un point de vue tactique.",
    "Il a battu le record d'un coéquipier.",
    # symbols of web text: thousands of euros in capitals, terabytes and kilobytes; a range glued by a hyphen
    "Salaire : <fig low=30000 high=35000 unit=euro>30-35 K€</fig> selon profil.",
    "Budget de <fig low=30000 high=35000 unit=euro>30 à 35 K€</fig> par an.",
    "Disque dur de <fig value=2 unit=To>2 To</fig> et cache de <fig value=256 unit=Ko>256 Ko</fig>.",
    # the reference of an ad is no figure
    "Maison de <fig value=120 unit=m2>120 m²</fig>, réf. 45821, libre de suite.",
    "Annonce réf 2231 : studio de <fig value=18 unit=m2>18 m²</fig>.",
    # a measure written with its sub-unit after its symbol: one figure
    "Il mesure <fig value=1.8 unit=m>1 m 80</fig> et pèse <fig value=75 unit=kg>75 kg</fig>.",
    "Comptez <fig value=1.5 unit=kg>1 kg 500</fig> de pommes de terre.",
    "Le bébé pesait <fig value=3.25 unit=kg>3 kg 250</fig> à la naissance.",
    "Sur <fig value=100 unit=m>100 m</fig>, <fig value=8 unit=coureur>8</fig> coureurs s'affrontent.",
    # a fraction in digits of a unit counts that unit; of a whole, nothing
    "Ajoutez <fig value=0.5 unit=litre>1/2</fig> litre de lait.",
    "Versez <fig value=0.75 unit=litre>3/4</fig> de litre d'eau.",
    "Les <fig value=0.6666666666666666 unit=null>2/3</fig> des acheteurs recommandent ce produit.",
    # a draw is a noun of results
    "Avec <fig value=12 unit=victoire>12</fig> victoires, <fig value=3 unit=nul>3</fig> nuls et <fig value=5 unit=défaite>5</fig> défaites, Lens reste 4e.",
    "Le club a concédé un nul et <fig value=2 unit=défaite>deux</fig> défaites.",
    # abbreviations of recipes: "c. à soupe", "gr"; a thermostat's setting is no figure
    "Ajoutez <fig value=2 unit='cuillère à soupe'>2</fig> c. à soupe de sucre et <fig value=1 unit='cuillère à café'>1</fig> c. à café de sel.",
    "Mélangez <fig value=200 unit=g>200 gr</fig> de farine avec <fig value=3 unit=jaune>3</fig> jaunes d'œufs.",
    "Enfournez à <fig value=180 unit=°C>180 °C</fig> (th. 6) puis baissez au thermostat 5.",
    # a pay in the years' range, with "net" or "brut" after it, is a sum
    "Je gagne <fig value=1800>1800</fig> net par mois, c'est juste.",
    "Il touche <fig value=2100>2100</fig> brut depuis son passage en CDI.",
    "La loi de 1901 régit les associations.",
    # a mark or a rating with decimals over a small base is one share
    "La note moyenne est de <fig value=0.84>4,2 sur 5</fig> sur plus de <fig value=3000 unit=avis>3 000</fig> avis.",
    "J'ai eu <fig value=0.775>15,5 sur 20</fig> au partiel de maths.",
    "Les clients lui donnent <fig value=0.87>8,7 sur 10</fig>.",
    # from the corpus's web sentences: statistics of a basketball line; a term of one meaning
    "Le pivot a terminé avec <fig value=12 unit=point>12 pts</fig> et <fig value=9 unit=rebond>9</fig> rbds.",
    "Elle tourne à <fig value=8.5 unit=rebond>8,5</fig> rbds par match cette saison.",
    "La protéine compte <fig value=20 unit='acide aminé'>20</fig> acides aminés.",
    "Il existe <fig value=9 unit='acide aminé'>neuf</fig> acides aminés essentiels.",
]


@pytest.mark.model
@pytest.mark.parametrize("case", range(len(CASES)))
def test_figures_sixth_round(nlp, case):
    check_marked(nlp, CASES[case])
