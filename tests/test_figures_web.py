"""Figures on modern web text (issue 12): codes and names are not figures, every count is, and each knows what
it counts. Inline markup, every figure of a sentence marked (an unmarked number must not come out); the
attributes given are checked exactly. Our own sentences, one rule each."""
# ruff: noqa: E501  (one case per line reads better than wrapped strings)

from __future__ import annotations

import pytest
from markup import parse
from test_figures import _check

CODES_AND_NAMES = [
    # a letter and a hyphen before the digits, or a hyphen and a letter after them: a code
    "Le croiseur USS Boston (CA-69) a rejoint l'escadre avec <fig value=3 unit=destroyer>trois</fig> destroyers.",
    "La mission STS-135 a été la dernière de la navette.",
    "Le rallye Paris-Dakar 2-roues a réuni <fig value=150 unit=pilote>150</fig> pilotes.",
    "Un moteur 2-temps équipe cette tondeuse.",
    "Le virus H5-N1 circule de nouveau.",
    # a code opening a sentence, or a lone letter after the number
    "GJ 1214 b est une planète océan.",
    "Le tableau figure à l'annexe 3 c du rapport.",
    # a number after a name written with capitals, or before a model's suffix
    "Les ventes de l'iPhone 15 ont progressé de <fig value=12 unit=%>12 %</fig>.",
    "Le Boeing 737 MAX a été cloué au sol.",
    "Windows 11 équipe désormais <fig value=400000000 unit=pc>400 millions</fig> de PC.",
    "Le numéro vert 3919 reçoit <fig value=500 unit=appel per=jour>500</fig> appels par jour.",
    # a number alone in parentheses, or closing a reference
    "L'astéroïde (7968) Elst-Pizarro porte le nom de <fig value=2 unit=astronome>deux</fig> astronomes.",
    "Le passage est cité dans la chronique (Annales Bertiniani, 12).",
    # identifiers listed together
    "Les articles 221 et 222 du Code pénal ont été invoqués.",
    "Suivre la nationale 12, puis 138 jusqu'à Alençon.",
    "Les lignes 4, 7 et 9 du métro sont fermées.",
    "Le document est conservé sous la cote 23 J 4.",
    # runs of small numbers: codes and phone numbers
    "Réservations au 4 56 78 avant midi.",
    "La locomotive BB 67 400 12 a été restaurée.",
    # clock and lap times
    "Il a couru le 800 m en 1:45.32 devant son rival.",
    # a clock time written with a dot, a screen resolution
    "Rendez-vous à 18.30 devant la gare.",
    "Il a acheté un écran 4K pour <fig value=500 unit=euro>500</fig> euros.",
    "Le taux passe à <fig value=3.25 unit=%>3.25 %</fig> contre <fig value=3 unit=%>3 %</fig> auparavant.",
    # a year after "vers", "dès", "en"
    "Vers 1150, l'abbaye est reconstruite.",
    "Dès 1848, le village compte une école.",
    # number words in a name
    "Ils ont acheté une ferme aux Trois Chênes, près du bourg.",
    "Il a grandi à Trois-Rivières.",
    "Les Vingt-Sept se sont mis d'accord sur le budget.",
    "<fig value=2500 unit=personne>Deux mille cinq cents</fig> personnes ont été évacuées.",
    "Le camping est situé au km 12 de la D 906.",
    "Les historiens de l'entre deux guerres l'ont oublié.",
]

COUNTS = [
    # dot decimals
    "Le taux de chômage a reculé de <fig value=0.4 unit=%>0.4%</fig> en un an.",
    "Le coefficient atteint <fig value=0.9312>0.9312</fig> sur l'échantillon.",
    "La région compte <fig value=12500 unit=habitant>12.500</fig> habitants.",
    # fractions with an article
    "<fig value=0.5>La moitié</fig> des élèves sont absents.",
    "Plus de <fig value=0.5 qualifier=more_than>la moitié</fig> des votants ont dit non.",
    "Le verre est à moitié vide.",
    # "un" that counts
    "<fig value=5 unit=passager>Cinq</fig> passagers ont été blessés, dont <fig value=1 unit=passager>un</fig> gravement.",
    "Le club n'a gagné qu'<fig value=1 unit=match>un</fig> match cette saison.",
    "Ce qu'un maire peut faire est limité.",
    "Le prix a augmenté de plus d'<fig value=1 qualifier=more_than unit=euro>un</fig> euro.",
    "Il a vu <fig value=2 unit=lion>deux</fig> lions et <fig value=1>une</fig> girafe.",
    "Il a reçu <fig value=2 unit=prime>deux</fig> primes de <fig value=50 unit=euro>50</fig> euros et une somme de <fig value=300 unit=euro>300</fig> euros.",
    # "fois" counts
    "Elle a été élue <fig value=3 unit=fois>trois</fig> fois maire de la commune.",
    "Les loyers ont augmenté <fig value=4 unit=fois>4</fig> fois plus vite que les salaires.",
    # age groups with a qualifier
    "L'entrée est gratuite pour les moins de <fig value=12 high=12 qualifier=less_than unit=an kind=age>12</fig> ans.",
    "Les moins de 19 ans ont remporté le tournoi.",
    "Le bébé, âgé d'<fig value=1 unit=an kind=age>un</fig> an, a été hospitalisé.",
    # money abbreviations and cents
    "Le déficit atteint <fig value=12300000 unit=euro kind=money>12,3 ME</fig> cette année.",
    "Le kilowattheure coûte <fig value=0.18 unit=centime kind=money>0.18 cts</fig> de plus.",
    "La pièce vaut <fig value=20 unit=cent kind=money>20 cents</fig> sur le marché.",
    "La conférence a coûté <fig value=300 unit=euro kind=money>trois cents</fig> euros.",
    "Le pivot mesure <fig value=2.05 unit=m kind=measure>2m05</fig> pour <fig value=110 unit=kg>110 kg</fig>.",
    "Le maillot est vendu <fig value=79.99 unit=euro kind=money>79€99</fig> en boutique.",
    # web multipliers glued to the digits
    "La vidéo a dépassé les <fig value=200000 unit=vue>200K</fig> vues.",
    "La levée de fonds atteint <fig value=2500000 unit=euro kind=money>2,5M€</fig>.",
    "Il a pesé <fig value=3 unit=kg kind=measure>3kg</fig> à la naissance.",
    # a number right after a weekday
    "Le cortège a rassemblé samedi <fig value=350000 unit=manifestant>350 000</fig> manifestants.",
    "La clinique a soigné mardi <fig value=80 unit=blessé>80</fig> blessés.",
    "Rendez-vous mardi 12 à la mairie.",
]

VALUES = [
    "Le match a attiré <fig low=8000 high=12000 unit=spectateur>huit douze mille</fig> spectateurs.",
    "Il a vu <fig low=2 high=3 unit=voiture>deux trois</fig> voitures passer.",
    "Il faudra deux trois semaines de plus.",
    "Un accident entre une voiture et un deux-roues.",
    "L'indice est passé de <fig value=-3>-3</fig> à <fig value=-1.5>-1,5</fig> en un mois.",
    "Le prix est tombé de <fig value=12 unit=euro>12</fig> à <fig value=9 unit=euro>9 €</fig>.",
    "Le site produit de <fig low=200 high=300 unit=pièce>200 à 300</fig> pièces par jour.",
]

RATES = [
    "On recense <fig value=45 unit=cas per='100 000 habitants'>45</fig> cas pour 100 000 habitants.",
    "La mortalité atteint <fig value=3 unit=décès per='1 000 naissances'>3</fig> décès pour 1 000 naissances.",
    "Le score est de <fig value=310 unit=voix>310</fig> voix pour <fig value=120>120</fig> contre.",
    "Il a payé <fig value=45 unit=euro per=séance>45 €</fig> la séance chez le kiné.",
    "On a trouvé <fig value=6 unit=caisse>six</fig> caisses contenant chacune <fig value=40 unit=bouteille per=caisse>40</fig> bouteilles.",
]

UNITS = [
    # several words
    "Il est poursuivi pour <fig value=12 unit=\"chef d'accusation\">douze</fig> chefs d'accusation.",
    "Le pilote compte <fig value=25 unit='grand prix'>25</fig> Grands Prix à son palmarès.",
    "Il suit <fig value=2 unit=séance per=semaine>deux</fig> séances hebdomadaires.",
    "La ville a construit <fig value=3 unit='pont routier'>trois</fig> ponts routiers.",
    "La coopérative regroupe <fig value=900 unit='producteur de lait'>900</fig> producteurs de lait.",
    "<fig value=4 unit='jeune fille'>Quatre</fig> jeunes filles ont été secourues.",
    "La caserne dispose de <fig value=2 unit='grande échelle'>deux</fig> grandes échelles.",
    "Il a joué <fig value=3 unit=jeu>trois</fig> jeux de cartes différents.",
    "Le camion transportait <fig value=12 unit=tonne>12</fig> tonnes de blé.",
    "Il a arrêté <fig value=3 unit='policier'>trois</fig> policiers supplémentaires.",
    "<fig value=200 unit='réfugié'>200</fig> réfugiés syriens sont arrivés.",
    "Le bateau a accueilli <fig value=40 unit='homme et femme'>40</fig> hommes et femmes.",
    "L'étoile est à <fig value=12 unit=année-lumière>12</fig> années-lumière de la Terre.",
    "Près de <fig value=3000000 qualifier=approx unit=brésilien>3 millions</fig> de Brésiliens ont voté.",
    "Il a publié <fig value=200 unit=nouvelle>200</fig> nouvelles et <fig value=300 unit=éolienne>300</fig> éoliennes.",
    "L'équipe a disputé <fig value=38 unit=partie>38</fig> parties.",
    "Il a assisté à <fig value=3 unit=affaire>trois</fig> affaires d'escroquerie fiscale.",
    # left out, then resolved
    "La première vague a frappé la côte, <fig value=3 unit=vague>trois</fig> autres ont suivi.",
    "L'incendie a fait <fig value=4 unit=mort>quatre</fig> morts et blessé <fig value=20 unit=mort>20</fig> autres.",
    "Le groupe possède <fig value=9 unit=usine>neuf</fig> usines, dont <fig value=2 unit=usine>deux</fig> principales en Bretagne.",
    "La loi a été adoptée par <fig value=320 unit=voix>320</fig> voix contre <fig value=210 unit=voix>210</fig>.",
    "Il a marqué <fig value=1 unit=but>un</fig> seul but sur <fig value=8 unit=but>huit</fig> tentés.",
    "La voiture existe en <fig value=3 unit=porte>3</fig> et <fig value=5 unit=porte>5</fig> portes.",
    "<fig value=2 unit='représentant'>Deux</fig> des <fig value=7 unit='représentant'>sept</fig> représentants ont démissionné.",
    "Sur les <fig value=120 unit=candidat>120</fig> candidats, seuls <fig value=15 unit=candidat>15</fig> ont été retenus.",
    "<fig value=0.2 unit=enfant kind=percent>Un enfant sur cinq</fig> vit sous le seuil de pauvreté.",
    "Il y a eu <fig value=12 unit=accident>12</fig> accidents, dont <fig value=3 unit=accident>3</fig> mortels.",
    "Ils étaient quelque <fig value=200 unit=manifestant>200</fig> manifestants. Ils étaient quelque <fig value=300 unit=manifestant>300</fig> hier.",
    "La vitesse est limitée à <fig value=80 unit=km/h>80 km/h</fig> sur <fig value=400000 unit=km>400 000 km</fig> de routes.",
    "Il a été condamné à 2 ans ferme et à <fig value=5000 unit=euro>5 000</fig> euros d'amende.",
    "La grève a mobilisé <fig value=1500000 unit=manifestant>1,5 million</fig> de manifestants selon les syndicats, <fig value=700000 unit=manifestant>700 000</fig> selon la police.",
    "Le port abrite <fig value=300 unit=voilier>300</fig> voiliers. <fig value=20 qualifier=approx unit=voilier>Une vingtaine</fig> sont à vendre.",
    "Le pilote a remporté <fig value=7 unit=titre>7</fig> titres de champion du monde.",
    "Le club aligne <fig value=11 unit=titulaire>onze</fig> titulaires. Il en manquait <fig value=3 unit=titulaire>trois</fig> samedi.",
    "La ville compte <fig value=40000 unit=habitant>40 000</fig> habitants. Elle en a gagné <fig value=2000 unit=habitant>2 000</fig> de plus.",
    "<fig low=2000 unit=manifestant>Des milliers</fig> de manifestants ont défilé. Ils étaient <fig value=8500 unit=manifestant>8 500</fig> selon la police.",
    "Le plan a coûté <fig value=2000000000 unit=dollar>2 milliards</fig> de dollars, et pourrait atteindre <fig value=5000000000 unit=dollar>5 milliards</fig> d'ici à 2030.",
]


@pytest.mark.model
@pytest.mark.parametrize("marked", CODES_AND_NAMES + COUNTS + VALUES + RATES + UNITS)
def test_web_figures(nlp, marked):
    text, expected = parse(marked)
    _check(nlp(text), expected)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, in_title",
    [
        (
            "Grève : 2 000 manifestants à Nancy\n\nQuelque 2 000 manifestants ont défilé samedi.",
            [True, False],
        ),
        (
            "Faut-il craindre 3 000 suppressions d'emplois ? La direction a annoncé 3 000 départs.",
            [True, False],
        ),
        ("Quelque 2 000 manifestants ont défilé samedi à Nancy, selon la police.", [False]),
        ("Épinal : 40 000 visiteurs aux Imaginales\nLe festival a attiré 40 000 visiteurs.", [True, False]),
        ("Le festival a attiré 40 000 visiteurs.\nC'est 10 % de plus.", [False, False]),
    ],
)
def test_in_title(nlp, text, in_title):
    doc = nlp(text)
    assert [s._.figure["in_title"] for s in doc.spans["figures"]] == in_title


@pytest.mark.model
def test_in_title_from_user_data(nlp):
    text = "Nancy : 300 emplois menacés. Le groupe supprime 300 emplois."
    doc = nlp.make_doc(text)
    doc.user_data["title"] = "Nancy : 300 emplois menacés."
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s._.figure["in_title"] for s in doc.spans["figures"]] == [True, False]
