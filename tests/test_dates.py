"""news_dates: temporal expressions found, typed (TIMEX3), normalised and resolved.

Each case is a publication date (or None) and a sentence in inline markup; every <d> span must be found with
exactly these offsets and attributes, and no other span may be found. Cases in BLANK run on
``spacy.blank("fr")``
(no tags, no parse: tense unknown); cases in MODEL need the tagger and parser (tense, parts of speech) and run
through the whole pipeline.
"""

import json

import pytest
import spacy
from conftest import SHARED_EVAL
from markup import parse

from pipeline.components.dates.numbers import iso_duration, two_digit_year
from pipeline.components.dates.values import period

D = "2025-03-12"  # a Wednesday

BLANK = [
    # absolute and partial dates
    (D, "La réunion aura lieu <d type=DATE value='2025-03-03' anchor=null>le 3 mars 2025</d> à la mairie."),
    (D, "Le contrat porte la date du <d type=DATE value='2025-03-03'>3/03/2025</d>."),
    (
        D,
        "Les travaux ont commencé en <d type=DATE value='2024-06' period_start='2024-06-01' "
        "period_end='2024-06-30'>juin 2024</d>.",
    ),
    (
        D,
        "Il a été élu en <d type=DATE value='2022' period_start='2022-01-01' "
        "period_end='2022-12-31'>2022</d>.",
    ),
    (
        D,
        "Il l'avait rencontrée <d type=DATE value='2001-SU' period_start='2001-06-01'>l'été 2001</d> "
        "à Biarritz.",
    ),
    (D, "La loi de <d value='1905'>1905</d> sépare les Églises et l'État."),
    (D, "Dès <d value='1998-10'>octobre 98</d>, la municipalité a changé les horaires."),
    (D, "<d type=DATE value='1789-07-14'>Le 14 juillet 1789</d>, la Bastille est prise."),
    (D, "Le bal aura lieu <d value='2025-01-04'>samedi 4 janvier</d>."),
    (D, "Ils se sont mariés <d value='1962-05-01'>le 1er mai 1962</d>."),
    (D, "La saison <d value='2002'>2002</d>/<d value='2003'>2003</d> commence à Épinal."),
    (D, "En <d value='2000'>l'an 2000</d>, la ville a fêté le millénaire."),
    (D, "Les comptes de <d value='2024-Q1' period_end='2024-03-31'>premier trimestre 2024</d> sont bons."),
    (D, "<d value='2024-H1'>Le premier semestre 2024</d> a été difficile."),
    (D, "L'affaire remonte au <d type=DATE value='18' period_start='1800-01-01'>XIXe siècle</d>."),
    (D, "Le rapport couvre <d value='2024-07-15'>2024-07-15</d>."),
    # parts and fuzzy points
    (
        D,
        "<d type=DATE value='2024' mod=END period_start='2024-09-01' period_end='2024-12-31'>Fin 2024</d>, "
        "des soldats sont arrivés.",
    ),
    (
        D,
        "Elle partira <d value='2025-03' mod=START period_start='2025-03-01' period_end='2025-03-10'>"
        "début mars</d> pour Lyon.",
    ),
    (
        D,
        "Les négociations reprennent à <d value='2025-04' mod=MID period_start='2025-04-11' "
        "period_end='2025-04-20'>la mi-avril</d>.",
    ),
    (D, "La croissance repart à <d value='2024' mod=MID period_start='2024-05-01'>la mi-2024</d>."),
    (D, "Les arbres fleurissent au <d type=DATE value='XXXX-SP' anchor=null>printemps</d>."),
    (D, "La demande augmente en <d value='XXXX-SU'>été</d> et baisse en <d value='XXXX-WI'>hiver</d>."),
    (
        D,
        "Dans <d type=DATE value='199' period_start='1990-01-01' period_end='1999-12-31'>"
        "les années 1990</d>, "
        "la ville comptait deux usines.",
    ),
    (D, "À <d value='199' mod=END period_start='1997-01-01'>la fin des années 1990</d>, l'usine a fermé."),
    (D, "La mode <d value='198'>des années 80</d> revient."),
    (D, "Au cours du <d value='2025-Q1' anchor=published>premier trimestre</d>, les ventes ont reculé."),
    (D, "Il reviendra à <d value='2025' mod=END anchor=published>la fin de l'année</d>."),
    (D, "Le loyer est payé à <d value='2025-03' mod=END period_start='2025-03-22'>la fin du mois</d>."),
    (D, "La réunion est prévue pour <d value='2025-04' mod=START>le début du mois d'avril</d>."),
    (D, "Le train est arrivé vers <d type=TIME value='2025-03-12T18:55' mod=APPROX>18 h 55</d> en gare."),
    # relative dates
    (
        D,
        "<d type=DATE value='2025-03-11' anchor=published period_start='2025-03-11'>Hier</d>, le maire a "
        "démissionné.",
    ),
    (D, "La circulation sera coupée <d value='2025-03-13'>demain</d> sur le pont."),
    (D, "Le ministre se rend <d type=DATE value='2025-03-12'>aujourd'hui</d> à Metz."),
    (D, "La décision a été annoncée <d value='2025-03-10'>avant-hier</d>."),
    (D, "Il était à Paris <d value='2025-03-10'>lundi dernier</d>."),
    (
        D,
        "La commission se réunira <d type=DATE value='2025-W12' period_start='2025-03-17' "
        "period_end='2025-03-23'>la semaine prochaine</d>.",
    ),
    (D, "Il a neigé <d value='2025-W10'>la semaine dernière</d>."),
    (D, "Le chiffre d'affaires a progressé <d value='2024'>l'an dernier</d>."),
    (D, "<d value='2026'>L'année prochaine</d>, le club fêtera ses cent ans."),
    (D, "<d value='2025' anchor=published>Cette année</d>, la récolte sera mauvaise."),
    (D, "Le chiffre a doublé <d value='2025-02' period_end='2025-02-28'>le mois dernier</d>."),
    (D, "Ils se sont mariés en <d value='2024-08'>août dernier</d>."),
    (D, "Il a beaucoup plu <d value='2024-SU'>l'été dernier</d>."),
    (D, "La réforme entrera en vigueur <d value='2026-01-01'>le 1er janvier prochain</d>."),
    (D, "Il a été élu <d value='2025-03-06'>le 6 mars dernier</d>."),
    (
        D,
        "Les élections auront lieu <d value='2025-04-06'>les 6</d> et <d value='2025-04-13'>13 avril "
        "prochains</d>.",
    ),
    (
        D,
        "Le bâtiment a brûlé il y a <d type=DURATION value='P3D' anchor=published period_start='2025-03-09' "
        "period_end='2025-03-09'>trois jours</d>.",
    ),
    (
        D,
        "Les résultats seront publiés dans <d type=DURATION value='P2M' period_start='2025-05-01' "
        "period_end='2025-05-31'>deux mois</d>.",
    ),
    (
        D,
        "Le président s'exprimera <d type=TIME value='2025-03-12TMO' period_start='2025-03-12T06:00' "
        "period_end='2025-03-12T11:59'>ce matin</d>.",
    ),
    (D, "Un incendie s'est déclaré <d type=TIME value='2025-03-11TEV'>hier soir</d> dans un entrepôt."),
    (D, "Il a été blessé <d type=TIME value='2025-03-11TAF'>hier après-midi</d>."),
    (D, "Il fait beau <d type=TIME value='2025-03-12TAF'>cet après-midi</d>."),
    (D, "Le match aura lieu <d type=TIME value='2025-03-12T21:00'>ce soir à 21 h</d>."),
    (
        D,
        "<d value='2025-03-11'>La veille</d>, il avait neigé. <d value='2025-03-12'>Le lendemain</d>, "
        "la route "
        "était coupée.",
    ),
    (
        D,
        "Les données de <d value='2025-03-03'>lundi 3 mars</d> ont été publiées <d value='2025-03-04'>le "
        "lendemain</d>.",
    ),
    (D, "<d type=DURATION value='PXY' anchor=published>Ces dernières années</d>, le chômage a baissé."),
    (
        D,
        "<d type=DURATION value='P2W' period_start='2025-02-26' period_end='2025-03-12'>Ces deux dernières "
        "semaines</d>, les ventes ont chuté.",
    ),
    (D, "Le budget est voté pour <d type=DURATION value='P3Y'>les trois prochaines années</d>."),
    (D, "<d value='2025-03-12'>Ce jour-là</d>, il pleuvait."),
    # times
    (D, "La cérémonie commencera à <d type=TIME value='2025-03-12T14:00'>14 h</d> sur la place."),
    (D, "Le concert débutera à <d value='2025-03-12T20:30' period_start='2025-03-12T20:30'>20 h 30</d>."),
    (D, "Rendez-vous à <d value='2025-03-12T14:30'>14h30</d> devant la gare."),
    (D, "Le magasin ouvre à <d type=TIME value='2025-03-12T14:00'>14 heures</d>."),
    (D, "Le couvre-feu commence à <d type=TIME value='2025-03-12T20:00'>8 heures du soir</d>."),
    (D, "Les enfants seront accueillis vers <d type=TIME value='2025-03-12T12:00' mod=APPROX>midi</d>."),
    (
        D,
        "La permanence est ouverte de <d value='2025-03-12T13:30' bound=between>13 h 30</d> à "
        "<d value='2025-03-12T15:30' bound=between>15 h 30</d>.",
    ),
    (
        D,
        "La messe sera célébrée <d value='2025-03-16'>dimanche 16 mars</d>, à <d value='2025-03-16T09:15'>"
        "9 h 15</d>.",
    ),
    (
        D,
        "<d value='2025-03-01'>Le 1er mars 2025</d>, à <d value='2025-03-01T10:00' anchor=null>10 h</d>, le "
        "maire a parlé.",
    ),
    (D, "Un cambriolage a eu lieu dans <d type=TIME value='2025-03-10TNI'>la nuit de lundi à mardi</d>."),
    (
        D,
        "<d value='2025-03-09'>Dimanche 9 mars</d>, la police est intervenue tard dans <d type=TIME "
        "value='2025-03-09TNI'>la nuit</d>.",
    ),
    # durations
    (D, "Le chantier a duré <d type=DURATION value='P3Y' anchor=null period_start=null>trois ans</d>."),
    (D, "Depuis <d type=DURATION value='PXM' bound=since>plusieurs mois</d>, les prix augmentent."),
    (D, "Il a couru en <d type=DURATION value='PT30.4S'>30,4 secondes</d>."),
    (D, "Elle a passé <d type=DURATION value='PT25M'>vingt-cinq minutes</d> au téléphone."),
    (
        D,
        "Il est au chômage depuis <d type=DURATION value='P6M' bound=since period_start='2024-09-12' "
        "period_end='2025-03-12'>six mois</d>.",
    ),
    (D, "Ils sont arrivés <d type=DURATION value='PT1H' mod=APPROX>environ une heure</d> plus tard."),
    (D, "<d type=DURATION value='P10D' mod=APPROX>Une dizaine de jours</d> plus tard, il est revenu."),
    (D, "Il a attendu <d value='P1Y6M'>un an et demi</d> avant de répondre."),
    (D, "Il a attendu <d type=DURATION value='PT30M'>une demi-heure</d>."),
    (D, "Le film dure <d type=DURATION value='PT2H30M'>deux heures et demie</d>."),
    (D, "Le centre existe depuis <d type=DURATION value='P25Y'>un quart de siècle</d>."),
    (D, "Le régiment totalise <d type=DURATION value='P18M'>dix-huit mois</d> de présence."),
    (D, "Il est resté en garde à vue pendant <d type=DURATION value='PT48H'>48 heures</d>."),
    (D, "Il a travaillé à l'usine pendant <d value='P30Y' mod=null>30 ans</d>."),
    (D, "Il a été condamné à <d type=DURATION value='P10Y'>dix ans</d> de prison."),
    (D, "Un contrat de <d type=DURATION value='P3Y'>trois ans</d> a été signé."),
    (D, "Il est en poste depuis <d value='P20Y' mod=MORE_THAN>plus de 20 ans</d>."),
    (D, "Il a été élu pour un <d type=DURATION value='P5Y'>quinquennat</d>."),
    (D, "Le navire est passé depuis <d type=DURATION value='PXY'>des années</d> par le détroit."),
    # sets
    # a habit (a set or a generic date in a present-tense sentence): its partial dates are generic too
    (
        D,
        "Le festival a lieu <d type=SET value='P1Y'>chaque année</d> en <d value='XXXX-07' anchor=null "
        "period_start=null>juillet</d>.",
    ),
    (
        D,
        "En <d value='XXXX-SU'>été</d>, et surtout entre <d value='XXXX-07-14'>le 14 juillet</d> et <d "
        "value='XXXX-08-20'>le 20 août</d>, la plage est bondée.",
    ),
    (D, "Le marché se tient <d type=SET value='XXXX-WXX-1'>tous les lundis</d> sur la place."),
    (D, "L'usine produit 5 000 drones par <d type=SET value='P1M' anchor=null>mois</d>."),
    (D, "Il se rend <d type=SET value='P1D'>chaque jour</d> à son bureau."),
    (D, "Les données sont mises à jour <d type=SET value='P1D'>quotidiennement</d>."),
    (D, "Le bus passe <d type=SET value='P2W'>toutes les deux semaines</d>."),
    (D, "La bibliothèque ouvre uniquement <d type=SET value='XXXX-WXX-3'>le mercredi</d>."),
    # intervals and bounds
    (
        D,
        "Les tarifs augmenteront de <d value='2022' bound=between>2022</d> à <d value='2024' "
        "bound=between>2024</d>.",
    ),
    (D, "Le magasin est ouvert depuis <d value='2022' bound=since>2022</d>."),
    (D, "À partir de <d value='2022' bound=from>2022</d>, la loi s'applique."),
    (D, "Le gel des loyers est prolongé jusqu'en <d value='2025' bound=until>2025</d>."),
    (D, "Les travaux dureront jusqu'au <d value='2025-06-30' bound=until>30 juin 2025</d>."),
    (
        D,
        "La gare sera fermée du <d value='2025-04-03' bound=between>mercredi 3 avril</d> au <d "
        "value='2025-04-06' bound=between>dimanche 6 avril</d>.",
    ),
    (
        D,
        "Le conflit de <d value='1999' bound=between>1999</d>-<d value='2001' bound=between>2001</d> "
        "a laissé "
        "des traces.",
    ),
    # "d'ici" before the year that ends the stretch: no "ici" of its own (issue 23)
    (D, "L'objectif est fixé d'ici <d value='2030' bound=until>2030</d>."),
    (D, "Les inscriptions sont ouvertes dès <d value='2025-03-17' bound=from>lundi 17 mars</d>."),
    # present, past and future references
    (
        D,
        "Ces engins sont <d type=TIME value='PRESENT_REF' period_start='2025-03-12'>désormais</d> "
        "produits en "
        "Russie.",
    ),
    (D, "Il est <d type=TIME value='PRESENT_REF'>actuellement</d> en poste à Berlin."),
    (D, "<d type=TIME value='PAST_REF' period_start=null>Auparavant</d>, chacun sera entendu."),
    # French TimeBank conventions and the narrative (issue 11), on sentences of our own
    (D, "Aucune plainte n'a été déposée <d type=TIME value='PRESENT_REF'>pour l'instant</d>."),
    (D, "Le projet reste gelé <d type=TIME value='PRESENT_REF'>pour le moment</d>."),
    (
        D,
        "Les peines vont de <d type=DURATION value='P2Y'>deux</d> à <d type=DURATION value='P5Y'>cinq "
        "ans</d> de prison.",
    ),
    (D, "Les travaux dureront entre <d type=DURATION value='P6M'>6</d> et <d value='P9M'>9 mois</d>."),
    (D, "Les jeunes de 18 à 25 ans sont concernés."),
    (
        D,
        "En <d value='2019'>2019</d>, l'usine avait fermé deux fois, en <d value='2019-02'>février</d> et "
        "en <d value='2019-10' anchor=null>octobre</d>.",
    ),
    (D, "En <d value='2021'>2021</d>, le comité s'est réuni <d value='2021-05-04'>le 4 mai</d>."),
    (
        D,
        "Deux crues en <d value='1997'>97</d> (en <d value='1997-01'>janvier</d> et en "
        "<d value='1997-10'>octobre</d>), aucune en <d value='1998'>98</d>.",
    ),
    (None, "Deux crues en <d value='XX97' anchor=unresolved>97</d>, aucune depuis."),
    (
        "2024-03-26",
        "<d value='2024-03-24'>Le 24 mars</d>, elle avait passé <d type=TIME value='2024-03-24TEV'>la "
        "soirée</d> et <d type=TIME value='2024-03-24TNI'>la nuit</d> chez une amie. En <d type=TIME "
        "value='2024-03-25TAF' mod=END>fin d'après-midi</d>, elle est rentrée.",
    ),
    (
        "2025-02-03",
        "Lens a battu Nantes <d value='2025-02-02'>dimanche</d> lors de <d type=DATE value='2025-02-02'>la "
        "21e journée</d> de Ligue 1.",
    ),
    (D, "<d type=TIME value='2025-03-11T10:00'>Hier à 10 h</d>, la séance a repris."),
    (D, "La grève commencera <d type=TIME value='2025-03-13T04:00'>4 h jeudi</d>."),
    (
        D,
        "<d type=TIME value='2025-03-11TAF' mod=START>Hier en début d'après-midi</d>, un incendie s'est "
        "déclaré.",
    ),
    # a week, month or year named once is what "précédent", "suivant" and a month range step from
    (
        D,
        "Il a neigé <d value='2025-W10'>la semaine dernière</d>. <d value='2025-W09'>La semaine "
        "précédente</d>, il avait plu.",
    ),
    (
        D,
        "Le club a été fondé en <d value='2019'>2019</d>. <d value='2020'>L'année suivante</d>, il est monté "
        "en première division.",
    ),
    (
        D,
        "Les ventes ont baissé par rapport à <d value='2024'>l'année dernière</d> à <d value='2024-03'>la "
        "même époque</d>.",
    ),
    ("2025-06-10", "La consultation a eu lieu en <d value='2025-03'>mars</d>-<d value='2025-04'>avril</d>."),
    (D, "Le projet est né à <d value='2000' mod=START>l'aube de l'an 2000</d>."),
    (D, "La gare a été construite à <d type=DATE value='18' mod=END>la fin du XIXe siècle</d>."),
    (
        D,
        "Il a dirigé le club de <d value='1982' bound=between>1982</d>-<d value='1990' "
        "bound=between>1990</d>.",
    ),
    (D, "Le sommet est reporté à <d type=TIME value='FUTURE_REF'>une date ultérieure</d>."),
    (D, "Le ministre sera <d type=TIME value='FUTURE_REF'>prochainement</d> entendu par les juges."),
    (
        D,
        "Le gouvernement a démissionné <d value='2025-03-10'>lundi</d>. Au <d value='2025-03-11'>lendemain"
        "</d> de la démission, les marchés ont chuté.",
    ),
    # race times are durations; a unit used as an adjective is no duration
    (D, "Elle a bouclé le semi-marathon en <d type=DURATION value='PT1H12M'>1 h 12 min</d>."),
    (D, "Il a couru le marathon en <d type=DURATION value='PT2H9M'>2 h 09</d>."),
    (D, "Le club a été sanctionné une seconde fois par la ligue."),
    (D, "Il a attendu <d type=DURATION value='PT1S'>une seconde</d> avant de répondre."),
    # without a publication date
    (
        None,
        "<d type=DATE value='XXXX-XX-XX' anchor=unresolved period_start=null>Hier</d>, le maire a "
        "démissionné.",
    ),
    (None, "Il était à Paris <d value='XXXX-WXX-1' anchor=unresolved>lundi dernier</d>."),
    (None, "En <d value='XXXX-06' anchor=unresolved>juin</d>, la piscine sera fermée."),
    (None, "Il est arrivé <d type=TIME value='XXXX-XX-XXTEV' anchor=unresolved>hier soir</d>."),
    (None, "Le magasin a ouvert en <d value='2022' anchor=null>2022</d>."),
    # a two-digit year without a publication date: the century stays unknown (never today's date)
    (
        None,
        "Dès <d value='XX98-10' anchor=unresolved period_start=null>octobre 98</d>, les horaires ont changé.",
    ),
    (None, "Il est né <d value='XX93-11-10' anchor=unresolved>le 10 novembre 93</d>."),
    (None, "Le contrat porte la date du <d value='XX25-03-03' anchor=unresolved>3/03/25</d>."),
    (None, "Il a quitté la ville il y a <d type=DURATION value='P2Y' period_start=null>deux ans</d>."),
    # false friends and what is not a date
    (D, "Les astronomes observent Mars depuis l'observatoire."),
    (D, "La mission vers Mars partira de Floride."),
    (D, "Il a été élu maire et il a été réélu."),
    (D, "Le chanteur Mai Thi a donné un concert à Lyon."),
    (D, "Avril Lavigne a chanté à Paris."),
    (D, "Environ 2 000 personnes ont manifesté."),
    (D, "Il a dépensé 2000 euros pour sa voiture."),
    (D, "De 2 000 à 5 000 drones sont produits."),
    (D, "Le dossier fait la Une des journaux."),
    (D, "Le marché de Noël de Metz accueille les visiteurs."),
    (D, "Ils ont acheté un sapin de Noël."),
    (D, "Le Boeing 747 a décollé de la piste 2."),
    (D, "Le score était de 3 à 1 à la mi-temps."),
    (D, "Les Jeux olympiques d'hiver ont commencé à <d value='2025-03-12T20:00'>20 h</d>."),
    (D, "Les 18-25 ans sont les plus touchés."),
    (D, "Deux adolescents de 15 et 16 ans ont été interpellés."),
    (D, "Il a signé un contrat de <d type=DURATION value='P3Y'>trois ans</d>."),
    (D, "Les moins de 25 ans sont exonérés."),
    (D, "Il a fêté ses 100 ans entouré de sa famille."),
    (D, "Il est mort à 92 ans dans sa maison."),
    (D, "Une fillette de 6 ans s'est noyée."),
    (D, "Une femme d'une trentaine d'années a été blessée."),
    (D, "Il a fait valoir une expérience de <d type=DURATION value='P15Y'>quinze ans</d> dans le secteur."),
    (D, "Agé de 54 ans, il devrait regagner son poste."),
    (D, "Le quotidien Le Monde a publié une enquête."),
    (D, "Le Printemps de Bourges a attiré des milliers de spectateurs."),
    (D, "Les organisateurs du Printemps de l'environnement sont satisfaits."),
]

MODEL = [
    (D, "Il reviendra pour les vacances de <d type=DATE value='2025-12-25'>Noël</d>."),
    # the tense of the clause picks the direction of a weekday or a date without a year
    (D, "<d value='2025-03-10'>Lundi</d>, le ministre s'est rendu à Bruxelles."),
    (D, "<d value='2025-03-17'>Lundi</d>, le ministre se rendra à Bruxelles."),
    (D, "Le ministre a été entendu <d value='2025-03-07'>vendredi</d> par les juges."),
    (D, "Un accident s'est produit <d type=TIME value='2025-03-09TAF'>dimanche après-midi</d> sur la RN 57."),
    (D, "Le défilé du <d value='2024-05-01'>1er mai</d> a rassemblé des milliers de personnes."),
    (D, "Le festival se tiendra <d value='2025-05-08'>le 8 mai</d>."),
    (D, "<d value='2026-01-01'>Le 1er janvier</d>, les tarifs augmenteront."),
    (D, "La cérémonie, prévue <d value='2025-09-15'>le 15 septembre</d>, réunira les élus."),
    (
        "2003-02-04",
        "Ils se sont rendus <d value='2003-W05-WE' period_start='2003-02-01'>ce week-end</d> à "
        "Saint-Gervais.",
    ),
    (
        "1999-05-20",
        "Il a été transporté à l'hôpital <d value='1999-05-18'>mardi</d> vers <d type=TIME "
        "value='1999-05-18T21:45'>21 h 45</d>. Il y est décédé <d type=TIME "
        "value='1999-05-19TMO'>hier matin</d>.",
    ),
    # the wire convention: a weekday is the publication day itself when it is that day, in any tense
    (D, "Le ministre a annoncé <d value='2025-03-12'>mercredi</d> sa démission."),
    (D, "Le conseil se réunira <d value='2025-03-12'>mercredi</d> à huis clos."),
    # a past participle dates a past event; a subjunctive points to the future
    (D, "Le gendarme agressé <d value='2024-06-21'>le 21 juin</d> à Lens a porté plainte."),
    (D, "Le syndicat exige que le rapport soit rendu public <d value='2025-03-17'>lundi</d>."),
    # an event after "pour" is still to come; a sentence without a verb goes the way of the one before
    (D, "Les billets sont en vente pour la venue de Lyon <d value='2025-03-16'>dimanche</d>."),
    (
        D,
        "Le village fera la fête <d value='2025-03-16'>dimanche</d>. <d type=TIME value='2025-03-16TEV'>"
        "Dimanche soir</d>, feu d'artifice sur le port.",
    ),
    # ... but a future-tense clause names the next one
    (
        D,
        "Le marché a lieu <d type=SET value='P1W'>chaque semaine</d>; il fermera <d value='2025-05-01'>le "
        "1er mai</d>.",
    ),
    # a verb that sets a time limit puts its "jusqu'au" date ahead, whatever its tense
    (
        D,
        "Le gouvernement a donné jusqu'au <d value='2025-06-30' bound=until>30 juin</d> aux syndicats pour "
        "répondre.",
    ),
    (D, "L'opposition réclame des élections anticipées à <d value='2025-FA'>l'automne</d>."),
    # a season after "à l'" or "au" is the next or last one when the tense says so, else generic
    (D, "Des élections anticipées auront lieu à <d value='2025-FA'>l'automne</d>."),
    (D, "La demande augmente à <d value='XXXX-FA'>l'automne</d>."),
    # ages are figures; parts of speech tell adjectives from nouns
    (D, "Jean Burget, 87 ans, a reçu la médaille."),
    (D, "Un homme de 38 ans a été interpellé."),
    (D, "Un chauffeur de bus de 38 ans a été agressé."),
    (D, "Il lit le quotidien Le Monde <d type=SET value='XXXX-XX-XXTMO'>chaque matin</d>."),
    (D, "Ces patrouilles sont le lot <d type=SET value='P1D'>quotidien</d> des soldats."),
    (D, "Il publie une chronique <d type=SET value='P1W'>hebdomadaire</d>."),
    (D, "Pascal Lamy, <d type=TIME value='PRESENT_REF'>actuel</d> directeur général, a parlé."),
    (D, "Les <d type=TIME value='FUTURE_REF'>prochaines</d> échéances électorales approchent."),
    (D, "La nécropole remonte à <d type=TIME value='PAST_REF'>l'époque gréco-romaine</d>."),
    (D, "Les astronomes observent mars depuis l'observatoire."),
]


def run(nlp, published, text):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def check(doc, spans):
    got = {(s.start_char, s.end_char): s for s in doc.spans["dates"]}
    assert sorted(got) == sorted((e.start, e.end) for e in spans), [(s.text, s._.date) for s in got.values()]
    for e in spans:
        date = got[(e.start, e.end)]._.date
        for key, value in e.attrs.items():
            assert date[key] == value, (e.text, key, date)


@pytest.fixture(scope="module")
def dates_blank(blank_nlp):
    nlp = spacy.blank("fr")
    nlp.add_pipe("news_dates")
    return nlp


def check_marked(nlp, published, marked):
    """Run one marked-up case and check its spans."""
    text, spans = parse(marked)
    check(run(nlp, published, text), spans)


@pytest.mark.parametrize("published,marked", BLANK)
def test_dates_blank(dates_blank, published, marked):
    check_marked(dates_blank, published, marked)


@pytest.mark.model
@pytest.mark.parametrize("published,marked", BLANK + MODEL)
def test_dates_model(nlp, published, marked):
    check_marked(nlp, published, marked)


def test_every_span_has_the_schema_keys(dates_blank):
    doc = run(dates_blank, D, "Hier, depuis 2022, il travaille trois ans chaque jour.")
    keys = {"type", "value", "mod", "bound", "period_start", "period_end", "anchor"}
    assert len(doc.spans["dates"]) == 4
    assert all(set(s._.date) == keys for s in doc.spans["dates"])


def test_datetime_publication_and_unreadable_publication(dates_blank):
    doc = run(dates_blank, "2025-03-12T08:30:00+01:00", "Hier.")
    assert doc.spans["dates"][0]._.date["value"] == "2025-03-11"
    doc = run(dates_blank, "not a date", "Hier.")
    date = doc.spans["dates"][0]._.date
    assert (date["value"], date["anchor"]) == ("XXXX-XX-XX", "unresolved")


def test_odd_text_does_not_raise(dates_blank):
    for text in ("", " ", "31 février 2025", "le 45 mars", "99:99", "h", "à 25 h", "2 000 000 ans", "\n\n"):
        run(dates_blank, D, text)
    doc = run(dates_blank, D, "le 31 février 2025")
    assert [s._.date["value"] for s in doc.spans["dates"]] == ["XXXX-02-31"]


@pytest.mark.parametrize(
    "value,mod,start,end",
    [
        ("2024", "END", "2024-09-01", "2024-12-31"),
        ("2024", "START", "2024-01-01", "2024-04-30"),
        ("2025-03", "START", "2025-03-01", "2025-03-10"),
        ("2025-03", "END", "2025-03-22", "2025-03-31"),
        ("2024-06", "MID", "2024-06-11", "2024-06-20"),
        ("2024-W12", None, "2024-03-18", "2024-03-24"),
        ("2024-WI", None, "2024-12-01", "2025-02-28"),
        ("2024-Q4", None, "2024-10-01", "2024-12-31"),
        ("199", "START", "1990-01-01", "1992-12-31"),
        ("2024-06-03TNI", None, "2024-06-03T22:00", "2024-06-04T05:59"),
        ("XXXX-SU", None, None, None),
        ("PAST_REF", None, None, None),
    ],
)
def test_period_convention(value, mod, start, end):
    assert period(value, mod) == (start, end)


def test_duration_and_year_helpers():
    assert [iso_duration(*a) for a in ((3, "Y"), (0.5, "H"), (2.5, "D"), (1, "WE"))] == [
        "P3Y",
        "PT30M",
        "P2DT12H",
        "P1WE",
    ]
    from datetime import date

    assert (two_digit_year(98, date(1999, 5, 1)), two_digit_year(3, date(2002, 1, 1))) == (1998, 2003)
    assert two_digit_year(98, None) is None


def test_seed_article(nlp, seed_text):
    doc = run(nlp, None, seed_text)
    found = {
        (s.text, s._.date["type"], s._.date["value"], s._.date["mod"], s._.date["bound"])
        for s in doc.spans["dates"]
    }
    for expected in [
        ("plusieurs mois", "DURATION", "PXM", None, "since"),
        ("2022", "DATE", "2022", None, "from"),
        ("juin 2024", "DATE", "2024-06", None, None),
        ("Fin 2024", "DATE", "2024", "END", None),
        ("avril 2025", "DATE", "2025-04", None, None),
        ("mois", "SET", "P1M", None, None),
        ("désormais", "TIME", "PRESENT_REF", None, None),
    ]:
        assert expected in found


test_seed_article = pytest.mark.model(test_seed_article)


@pytest.mark.model
def test_dev_gold_scores(nlp):
    """The TempEval-style scores on the French TimeBank dev articles (skipped when the gold is absent)."""
    path = SHARED_EVAL / "ftb_dev.jsonl"
    if not path.exists():
        pytest.skip("no gold data")
    gold = system = relaxed = value = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = run(nlp, rec["dct"], rec["text"])
        spans = [(s.start_char, s.end_char, s._.date) for s in doc.spans["dates"]]
        gold += len(rec["timex"])
        system += len(spans)
        pairs = sorted(
            (
                (min(e, g["end"]) - max(s, g["start"]), i, j)
                for i, g in enumerate(rec["timex"])
                for j, (s, e, _) in enumerate(spans)
                if min(e, g["end"]) > max(s, g["start"])
            ),
            reverse=True,
        )
        used_g, used_s = set(), set()
        for _, i, j in pairs:
            if i in used_g or j in used_s:
                continue
            used_g.add(i)
            used_s.add(j)
            relaxed += 1
            value += spans[j][2]["value"] == rec["timex"][i]["value"]

    def f1(tp):
        return 2 * tp / (gold + system)

    assert f1(relaxed) >= 0.95
    assert f1(value) >= 0.88


def test_wire_gold_is_built_from_its_markup():
    """data/annotations/wire: our own wire-style held-out for the dates; the JSONL is built from wire.md."""
    import importlib.util

    from conftest import ROOT

    wire = ROOT / "data" / "annotations" / "wire"
    spec = importlib.util.spec_from_file_location("annotations_build", wire.parent / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    docs = build.build(wire / "wire.md")
    assert (wire / "wire.jsonl").read_text(encoding="utf-8") == build.render(docs), "run wire/build.py"
    assert len(docs) == 10
    for d in docs:
        for t in d["timex"]:
            assert d["text"][t["start"] : t["end"]] == t["text"]
            assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
