"""Figures (issue 23, seventh round) by kind of the language, from the unit misses of the odd half of a probe of
wire dispatches annotated blind (``data/annotations/probes/wire_intl.jsonl``, read on its odd-numbered documents
only). Each kind in several forms, in sentences of our own (none of the probe's).

- terms of one meaning a wire writes of elections and peace-keeping: "grands électeurs", "Casques bleus";
- a figure quoted from a source, its noun after the closing quotation mark ("« plusieurs milliers » de
  disparus", "« plus de 200 000 » manifestants");
- a bare part after "dont" takes the noun of its whole, however long the clause between ("106 000 personnes
  ont manifesté samedi dans toute la France, dont 8 000 à Paris");
- a bare number before "selon" answers the figure before it with its own "selon", however long that source
  ("37 morts, selon un bilan provisoire diffusé lundi, 52 selon la Croix-Rouge");
- "le nombre de" and a noun after its adjectives, counted by a number later in the sentence ("le nombre de
  nouveaux malades pourrait dépasser 2 000 par jour");
- a number and a feminine participle after a figure it is joined to by "et" leaves the figure's noun out
  ("2 500 personnes ont été tuées et plus de 6 000 blessées"), also past the part of it after "dont" ("18
  personnes ont été blessées, dont deux gendarmes, et 45 interpellées").
- "de" and a noun that qualifies the counted noun as an adjective would ("hôtels de luxe", "listes de gauche",
  "abris de fortune") is no part of it; a term with "de" stays one ("chefs d'entreprise");
- "d'autres" and a participle after a number ("une dizaine d'autres blessés") leave out the noun of the
  figure it is joined to ("quatre soldats ont été tués et une dizaine d'autres blessés");
- the version of a program is no figure ("le patch 1.4", "le firmware 3.2", "la build 2041");
- an age after a noun and "de" with its qualifier between ("licenciés de moins de 18 ans", "un homme de plus
  de 60 ans"), as without one ("un chauffeur de 38 ans");
- "un"/"une" after the "pas" of a negation means not a single one: no count ("n'a pas dépensé un euro"; "pas
  un seul" stays one);
- a scale named before its reading: "séisme de magnitude 6,1" counts magnitude.

Inline markup, every figure of a sentence marked; the attributes given are checked exactly.
"""
# ruff: noqa: E501  (one case per line reads better than wrapped strings)

from __future__ import annotations

import pytest
from test_figures import check_marked

CASES = [
    # terms of one meaning
    "Le candidat a remporté les <fig value=29 unit='grand électeur'>29</fig> grands électeurs de la Floride.",
    "Il lui manque encore <fig value=6 unit='grand électeur'>six</fig> grands électeurs pour l'emporter.",
    "<fig value=3 unit='casque bleu'>Trois</fig> Casques bleus ont été blessés par une mine au Liban.",
    "L'ONU va déployer <fig value=1200 unit='casque bleu'>1 200</fig> casques bleus supplémentaires dans la région.",
    # a figure quoted, its noun after the closing mark
    "Les organisateurs annoncent « <fig low=2000 high=9000 unit=spectateur>plusieurs milliers</fig> » de spectateurs pour la finale.",
    "Le syndicat revendique « plus de <fig value=15000 unit=gréviste>15 000</fig> » grévistes dans le pays.",
    "Selon lui, « <fig value=300 unit=logement>300</fig> » logements restent vides dans la commune.",
    "Un témoin parle d'« <fig value=20 unit=blessé>une vingtaine</fig> » de blessés près de la gare.",
    # a bare part after "dont", whatever the clause between
    "Environ <fig value=45000 unit=spectateur>45 000</fig> spectateurs ont assisté dimanche soir au concert donné dans le stade municipal, dont <fig value=3000 unit=spectateur>3 000</fig> en tribune d'honneur.",
    "Au total, <fig value=1200 unit=élève>1 200</fig> élèves ont passé l'examen cette année dans les lycées du département, dont <fig value=140 unit=élève>140</fig> à Besançon.",
    # a bare number before "selon" that answers a figure with its own "selon"
    "Les crues ont fait au moins <fig value=37 unit=mort>37</fig> morts, selon un bilan provisoire diffusé lundi matin, <fig value=52 unit=mort>52</fig> selon la Croix-Rouge.",
    "Le cortège a réuni <fig value=4000 unit=manifestant>4 000</fig> manifestants, d'après les chiffres de la préfecture publiés en fin de journée, <fig value=12000 unit=manifestant>12 000</fig> selon les organisateurs.",
    # "le nombre de" and adjectives before the noun a later number counts
    "Le nombre de nouveaux malades pourrait dépasser <fig value=2000 unit=malade per=jour>2 000</fig> par jour cet hiver.",
    "Le nombre de jeunes chômeurs a atteint <fig value=1500 unit=chômeur>1 500</fig> en mars dans le département.",
    # a number and a feminine participle joined by "et" to a figure: that figure's noun
    "Au moins <fig value=800 unit=personne>800</fig> personnes ont été tuées et plus de <fig value=2000 unit=personne>2 000</fig> blessées dans le séisme.",
    "<fig value=18 unit=personne>Dix-huit</fig> personnes ont été blessées, dont <fig value=2 unit=gendarme>deux</fig> gendarmes, et <fig value=45 unit=personne>45</fig> interpellées dans la nuit.",
    "<fig value=30 unit=famille>Trente</fig> familles ont été évacuées et <fig value=12 unit=famille>douze</fig> relogées par la mairie.",
    "Il y a eu <fig value=3 unit=blessé>trois</fig> blessés et <fig value=2 unit=mort>deux</fig> morts.",
    # "de" and a noun that qualifies as an adjective does: not part of what is counted
    "La ville compte <fig value=12 unit=hôtel>douze</fig> hôtels de luxe et <fig value=40 unit=restaurant>40</fig> restaurants.",
    "Les <fig value=3 unit=liste>trois</fig> listes de droite se sont unies au second tour.",
    "Il a fait construire <fig value=2 unit=abri>deux</fig> abris de fortune au fond du jardin.",
    "Le club a recruté <fig value=5 unit=joueur>cinq</fig> joueurs de talent cet été.",
    "Elle compte <fig value=4 unit=\"chef d'entreprise\">quatre</fig> chefs d'entreprise parmi ses clients.",
    # "d'autres" and a participle after a number: the noun of the figure it is joined to
    "<fig value=4 unit=soldat>Quatre</fig> soldats ont été tués et <fig value=10 unit=soldat>une dizaine</fig> d'autres blessés dans l'embuscade.",
    "<fig value=3 unit=militaire>Trois</fig> militaires de la force européenne déployée dans le nord du pays ont été tués et <fig value=10 unit=militaire>une dizaine</fig> d'autres blessés.",
    "<fig value=2 unit=otage>Deux</fig> otages ont été libérés et <fig value=20 unit=otage>une vingtaine</fig> d'autres retenus dans le sud.",
    "<fig value=5 unit=pays>Cinq</fig> pays ont signé et <fig value=10 unit=pays>une dizaine</fig> d'autres pays pourraient suivre.",
    # the version of a program is no figure
    "Le patch 1.4 corrige <fig value=12 unit=bug>12</fig> bugs du mode en ligne.",
    "Le firmware 3.2 ajoute le Wi-Fi, la build 2041 la 5G.",
    # an age with its qualifier after a noun and "de"
    "Le club compte <fig value=312 unit=licencié>312</fig> licenciés de moins de <fig high=18 kind=age unit=an>18</fig> ans.",
    "Un homme de plus de <fig low=60 kind=age unit=an>60</fig> ans a été renversé par une voiture.",
    "Il a été condamné à plus de 10 ans de prison.",
    # "un"/"une" after the "pas" of a negation: not a single one, no count
    "Le maire n'a pas dépensé un euro de la commune pour sa campagne.",
    "Nous ne reculerons pas un mètre devant eux.",
    "Il a pourtant couru <fig value=1 unit=kilomètre>un</fig> kilomètre de plus que prévu.",
    "Il n'a pas <fig value=1 unit=ami>un</fig> seul ami, mais il a <fig value=2 unit=chien>deux</fig> chiens.",
    # a scale named before its reading
    "Un séisme de magnitude <fig value=6.1 unit=magnitude>6,1</fig> a secoué l'île dimanche.",
    "La secousse, d'une magnitude de <fig value=5.4 unit=magnitude>5,4</fig>, a été ressentie jusqu'à la côte.",
]


@pytest.mark.model
@pytest.mark.parametrize("marked", CASES, ids=lambda marked: marked[:30])
def test_figures_seventh_round(nlp, marked):
    check_marked(nlp, marked)
