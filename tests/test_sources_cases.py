"""news_sources: one case per line for each construction of GUIDELINES.md ("What counts as an attribution"),
in both orders, and the negatives. Written for these tests (not taken from any corpus).

Markup as in test_sources.py: ``<cue>`` the cue, ``<src>`` the source mention (``name``, ``type``),
``n=`` numbers the attributions of a case; a case without tags expects no attribution.
``<fig src=N>``: the figure must be linked to attribution N (``null``: to none).
"""

from __future__ import annotations

import pytest
from markup import parse
from test_sources import expected_attributions, rows_of, run

# ---------------------------------------------------------------- prepositional cues

SELON = [
    "<cue>Selon</cue> <src>le préfet</src>, la route restera fermée jusqu'à lundi.",
    "La route restera fermée jusqu'à lundi, <cue>selon</cue> <src>le préfet</src>.",
    "La route, <cue>selon</cue> <src>la préfecture</src>, restera fermée.",
    "<cue>D'après</cue> <src type=media>le journal Le Parisien</src>, le club va changer d'entraîneur.",
    "<cue>À en croire</cue> <src>ses proches</src>, il ne se représentera pas.",
    "<cue>Selon</cue> <src type=organisation>l'intersyndicale</src>, la grève sera reconduite.",
    "<cue>Selon</cue> <src type=organisation>les organisateurs</src>, le festival a attiré du monde.",
    "<cue>Selon</cue> <src name='Météo-France'>Météo-France</src>, les orages vont s'intensifier.",
    "<cue>Selon</cue> <src>un rapport de la Cour des comptes</src>, la dette a encore augmenté.",
    "<cue>Selon</cue> <src>lui</src>, la réforme est indispensable.",
    "<cue>Pour</cue> <src name='Marie Durand'>Marie Durand</src>, le projet n'a aucun sens.",
    "<cue>Pour</cue> <src>eux</src> « il n'y avait pas de faux électeurs ».",
    "<cue>Pour</cue> <src>le directeur</src> « la situation est grave ».",
    "La situation est grave, <cue>de source hospitalière</cue>.",
    "<cue>De source policière</cue>, deux hommes ont été interpellés.",
    "Ils étaient <fig src=0>8 500</fig> <cue n=0>selon</cue> <src n=0>la police</src> et "
    "<fig src=1>25 000</fig> <cue n=1>selon</cue> <src n=1>les syndicats</src>.",
    "De <fig src=0>3 000</fig> <cue n=0>selon</cue> <src n=0>la préfecture</src> à <fig src=1>12 000</fig> "
    "<cue n=1>selon</cue> <src n=1>la CGT</src>, les chiffres divergent.",
    "<cue>Selon</cue> <src name='Jean Martin'>le préfet du Doubs, Jean Martin</src>, "
    "<fig src=0>deux</fig> personnes sont mortes.",
    "<cue>Aux dires de</cue> <src>ses voisins</src>, l'homme était discret.",
    "<cue>De l'aveu même du</cue> <src>ministre</src>, <fig src=0>300</fig> postes seront supprimés.",
    "<cue>Pour reprendre les mots du</cue> <src>Premier ministre</src>, « la France est de retour ».",
    "<cue>Aux dires des</cue> <src>voisins</src>, l'homme était discret.",
]

# ---------------------------------------------------------------- verbs of saying, both orders

SAYING = [
    "<src>Le maire</src> <cue>a déclaré</cue> que la fête aurait lieu.",
    "La fête aura lieu, <cue>a déclaré</cue> <src>le maire</src>.",
    # the clause before read without a verb by the tagger ("compte" a noun)
    "Le club compte <fig src=0>120</fig> licenciés, <cue>a souligné</cue> <src>son président</src>.",
    "La commune compte <fig src=0>800</fig> habitants, <cue>a rappelé</cue> <src>le maire</src>.",
    "<src name='Paul Roux'>Paul Roux</src> <cue>a indiqué</cue> que le chantier reprendrait lundi.",
    "Le chantier reprendra lundi, <cue>a indiqué</cue> <src name='Paul Roux'>Paul Roux</src>.",
    "<src>La direction</src> <cue>a annoncé</cue> la fermeture du site.",
    "<src>L'entreprise</src> <cue>a annoncé</cue> jeudi la suppression de <fig src=0>1 200</fig> postes.",
    "<src>Le club</src> <cue>a confirmé</cue> hier soir le départ de <fig src=0>3</fig> joueurs.",
    "Le site fermera en mars, <cue>a annoncé</cue> <src>la direction</src> jeudi.",
    "« Nous ne reculerons pas », <cue>a déclaré</cue> mardi soir <src>le Premier ministre</src>.",
    "Le site fermera, <cue>a indiqué</cue> jeudi matin <src>la direction</src>.",
    "<src>Le procureur</src> <cue>a précisé</cue> que l'enquête se poursuivait.",
    "L'enquête se poursuit, <cue>a précisé</cue> <src>le procureur</src>.",
    "L'enquête se poursuit, <cue>a-t-<src>il</src> précisé</cue>.",
    "<src>Elle</src> <cue>affirme</cue> que rien n'a changé.",
    "Rien n'a changé, <cue>affirme</cue>-t-<src>elle</src>.",
    "<src>Le ministre</src> <cue>a reconnu</cue> que des erreurs avaient été commises.",
    "<src>La société</src> <cue>a démenti</cue> toute faillite.",
    "<src>Le club</src> <cue>a confirmé</cue> le départ de son capitaine.",
    "<src>L'avocat</src> <cue>a rappelé</cue> que son client était innocent.",
    "<src>Les enquêteurs</src> <cue>ont révélé</cue> que le suspect avait menti.",
    "<src>La chaîne</src> <cue>rapporte</cue> que deux soldats ont été tués.",
    "Deux soldats ont été tués, <cue>rapporte</cue> <src>la chaîne</src>.",
    "<src>Le président</src> <cue>a ajouté</cue> que les négociations continueraient.",
    "<src>L'entraîneur</src> <cue>a souligné</cue> l'engagement de ses joueurs.",
    "<src>Le témoin</src> <cue>a raconté</cue> que la voiture roulait vite.",
    "La voiture roulait vite, <cue>raconte</cue> <src>un témoin</src>.",
    "<src>Le porte-parole</src> <cue>a expliqué</cue> que la décision était prise.",
    "<src>La mairie</src> <cue>a fait savoir</cue> que la piscine resterait fermée.",
    "<src>Les autorités</src> <cue>ont fait savoir</cue> que l'aéroport resterait fermé.",
    "<src>Le ministère</src> <cue>fait savoir</cue> que <fig src=0>12</fig> écoles rouvriront.",
    "<src>L'étude</src> <cue>montre</cue> une baisse du chômage.",
    "<src>Le sondage</src> <cue>révèle</cue> que les électeurs hésitent.",
    "<src>Un rapport du Sénat</src> <cue>montre</cue> que les prix ont augmenté.",
    "<src>Cette expérience</src> <cue>montre</cue> que <fig src=0>40 %</fig> des souris guérissent.",
    "<src>L'essai clinique</src> <cue>a démontré</cue> que le traitement réduit les rechutes.",
    "Cette hausse montre que les prix augmentent.",
    "<src>Le directeur</src> <cue>a répondu</cue> que rien n'était décidé.",
    "<src>Le maire</src> <cue>a observé</cue> que la circulation avait diminué.",
    "<src>Une contre-enquête du journal</src> <cue>infirme</cue> la plupart des informations publiées.",
    "<src>Le syndicat</src> <cue>désapprouve</cue> la fermeture de l'usine.",
    "<src>L'avocat</src> <cue>a maintenu</cue> que son client était absent ce soir-là.",
    "<src>Les investigations judiciaires</src> <cue>ont montré</cue> que le ministre était informé.",
    "<src>Le rapport</src> <cue>épingle</cue> la gestion de <fig src=0>3</fig> hôpitaux.",
    "<src>La société</src> <cue>s'est engagée</cue> à créer <fig src=0>200</fig> emplois.",
    "Le gouvernement maintient le cap.",
    # "faire état de", "faire part de": the noun after "faire" and its "de" phrase
    "<src>La préfecture</src> <cue>fait état</cue> de <fig src=0>300</fig> interventions dans la nuit.",
    "<src>Des témoignages de réfugiés</src> <cue>font état</cue> d'exactions et de pillages.",
    "<src>Le maire</src> <cue>a fait part</cue> au conseil des conclusions de l'enquête.",
    "<src>Le club</src> <cue>a fait part</cue> de sa déception après la défaite.",
    "Ils ont fait leur part du travail.",
    "Le village fait partie de la communauté de communes.",
]

# ---------------------------------------------------------------- stance, demand, accusation, commitment

QUOTES_AFTER = [
    # a quotation in the sentence after its speaker's, whose verb the tagger read as a noun
    "<src n=0><src n=1>Le maire</src></src> <cue n=0>a annoncé</cue> <fig src=0>3 millions d'euros</fig>. "
    "<cue n=1 kind=quote>«</cue> Nous les investirons dans les <fig src=1>2</fig> écoles. »",
    # a person brought in by the sentence right before speaks it, not the last source
    "<cue n=0>Selon</cue> <src n=0>la direction</src>, <fig src=0>17 %</fig> des agents sont en grève."
    "\n\nSur le quai, <src n=1>Inès, étudiante en BTS</src>, fait ses comptes. <cue n=1 kind=quote>«</cue> "
    "Si je rate le train, je perds <fig src=1>2 heures</fig> de cours. »",
]

STANCE = [
    # a quotation in the first person after the colon shows the subject speaks, whatever its noun
    "<src>Le maillot jaune</src>, distancé dans le dernier kilomètre, <cue>a minimisé</cue> : « J'ai perdu "
    "<fig src=0>20 secondes</fig>, pas plus. »",
    "La décision a minimisé les risques pour les 300 riverains.",
    "En face, <src>son homologue</src>, beaucoup plus amer, <cue>regrettait</cue> « un manque de maturité » "
    "après la défaite.",
    "<src>L'intéressé</src> <cue>conteste</cue> avoir reçu <fig src=0>12 000 euros</fig>.",
    "<src>Les parents</src> <cue>ont protesté</cue> contre la suppression de <fig src=0>3</fig> classes.",
    "<src>Le syndicat</src> n'<cue>exclut</cue> pas une grève reconductible.",
    "<src>Le maire</src> ne <cue>nie</cue> pas que <fig src=0>12</fig> logements sont vides.",
    "<src>Les habitants</src> <cue>se plaignent</cue> du bruit depuis des mois.",
    "<src>Les experts</src> <cue>s'accordent à dire</cue> que la reprise sera lente.",
    "<src>Le procureur</src> <cue>a qualifié</cue> cela d'infraction à la loi.",
    "<src>Le maire</src> <cue>s'étonne</cue> des tarifs pratiqués par la société.",
    "<src>Le maire</src> <cue>s'est dit</cue> favorable à un référendum.",
    "<src>Les analystes</src> <cue>tablent</cue> sur une croissance de <fig src=0>1,5 %</fig>.",
    "<src name='Carlos Ghosn'>Le PDG, Carlos Ghosn</src>, <cue>tablait</cue> sur "
    "<fig src=0>3 millions</fig> de voitures vendues.",
    "<src>Le syndicat</src> <cue>estime</cue> que la réforme est injuste.",
    "La réforme est injuste, <cue>estime</cue> <src>le syndicat</src>.",
    "<src>Le juge</src> <cue>a jugé</cue> que la demande était irrecevable.",
    "<src>L'opposition</src> <cue>considère</cue> que le budget est insincère.",
    "<src>Le maire</src> <cue>pense</cue> que le projet aboutira.",
    "<src>Les habitants</src> <cue>regrettent</cue> la fermeture de la poste.",
    "<src>L'association</src> <cue>déplore</cue> le manque de moyens.",
    "<src>Le député</src> <cue>s'inquiète</cue> de la hausse des prix.",
    "<src>La ministre</src> <cue>s'est félicitée</cue> de l'accord.",
    "<src>Les élus</src> <cue>dénoncent</cue> une décision injuste.",
    "<src>La fédération</src> <cue>a critiqué</cue> le choix de l'arbitre.",
    "<src>Le président</src> <cue>a salué</cue> le courage des secouristes.",
    "<src>Le maire</src> <cue>souhaite</cue> que les travaux commencent vite.",
    "<src>Les commerçants</src> <cue>espèrent</cue> que les clients reviendront.",
    "<src>L'ONG</src> <cue>prône</cue> une taxe sur les billets d'avion.",
    "<src>Le rapport</src> <cue>préconise</cue> la fusion des deux services.",
    "<src>Le médecin</src> <cue>craint</cue> une nouvelle vague.",
    "<src>L'avocate</src> <cue>plaide</cue> pour un non-lieu.",
]

DEMANDS = [
    "<src>Les grévistes</src>, eux, <cue>réclament</cue> <fig src=0>300 euros</fig> d'augmentation.",
    "<src>Les syndicats</src> <cue>réclament</cue> une hausse des salaires.",
    "<src>Les parents</src> <cue>exigent</cue> la réouverture de la classe.",
    "<src>Le maire</src> <cue>demande</cue> à l'État de financer les travaux.",
    "<src>La ministre</src> <cue>a demandé</cue> une enquête.",
    "<src>L'opposition</src> <cue>appelle</cue> à la grève.",
    "<src>Le collectif</src> <cue>exhorte</cue> les élus à agir.",
    "<src>Le procureur</src> <cue>a requis</cue> deux ans de prison.",
    "<src>Le groupe armé</src> <cue>a revendiqué</cue> l'attentat.",
    "<src>Le maire</src> <cue>accuse</cue> l'État d'abandonner la commune.",
    "<src>Le président</src> <cue>a promis</cue> une baisse des impôts.",
    "<src>Le ministre</src> <cue>a exclu</cue> toute hausse des taxes.",
    "<src>Le club</src> <cue>s'est engagé</cue> à rembourser les supporters.",
]

COUNTING = [
    # an acronym names a body ("l'ARS", "la DDT")
    "<src>L'ARS</src> <cue>recense</cue> également <fig src=0>27</fig> décès supplémentaires.",
    # a forecast by a body or a person is theirs ("prévoir" counts for an authority, as "recenser")
    "<src>L'Insee</src> <cue>prévoit</cue> un taux de chômage de <fig src=0>8,3 %</fig> fin 2020.",
    "Le chômage a reculé à <fig src=0>8,5 %</fig>, <cue n=0>indique</cue> <src n=0>l'Insee</src>, "
    "<src n=1>qui</src> <cue n=1>prévoit</cue> <fig src=1>8,3 %</fig> fin 2020.",
    "<src>Les secours</src> <cue>ont dénombré</cue> <fig src=0>12</fig> victimes.",
    "<src>Le ministère de l'Intérieur</src> <cue>a recensé</cue> <fig src=0>203 000</fig> manifestants.",
    "<src>La police</src> <cue>a dénombré</cue> <fig src=0>3 000</fig> personnes.",
    "<src>L'Insee</src> <cue>a comptabilisé</cue> <fig src=0>12 000</fig> naissances.",
    "<src>Les experts</src> <cue>évaluent</cue> les dégâts à <fig src=0>5 millions</fig> d'euros.",
    "La ville compte <fig src=null>800</fig> habitants.",
    # "compter" counts with the clitic "en" standing for what is counted, and only then
    "<src n=0>La CGT</src> <cue n=0>revendique</cue> <fig src=0>5 000</fig> manifestants, <src n=1>la police"
    "</src> en <cue n=1>a compté</cue> <fig src=1>1 800</fig>.",
    "La France compte <fig src=null>65 millions</fig> d'habitants.",
    "Le fisc ne prend en compte que le rendement garanti.",
    "Elle se rend vite compte que le bateau est habité.",
]

# ---------------------------------------------------------------- quotations

QUOTES = [
    # the medium, labelled a subject, is the relay
    "« Il y a eu <fig src=0>12</fig> blessés », <cue>a indiqué</cue> à l'AFP "
    "<src name='Jean Roux'>le porte-parole des pompiers, le capitaine Jean Roux</src>.",
    # a quotation making its own sentence, its speaker named by the speech noun opening the next one
    "<cue>«</cue> Nous avons perdu <fig src=0>3 000</fig> clients en un an. » Le constat de "
    "<src name='Paul Roux'>Paul Roux, directeur de l'agence</src>, est amer.",
    "<cue>«</cue> Nous ne fermerons pas l'école. » L'analyse de <src>la maire</src> est sans appel.",
    "« Nous fermerons l'école. » Le dossier de Paul Roux sera examiné lundi.",
    "« C'est une grande victoire pour notre pays », <cue>a tweeté</cue> <src>le président</src>.",
    "« Nous ne lâcherons rien », <cue>a lancé</cue> <src>le délégué syndical</src>.",
    "« C'est une belle victoire », <cue>sourit</cue> <src name='Léa Martin'>Léa Martin</src>.",
    "« Je suis épuisée », <cue>soupire</cue>-t-<src>elle</src>.",
    "« Quelle surprise ! », <cue>s'exclame</cue> <src>le maire</src>.",
    "« Ce n'est pas fini », <cue>ironise</cue> <src>un élu</src>.",
    "« Il faut agir vite », <cue>insiste</cue> <src>la ministre</src>.",
    "« Nous sommes prêts », <cue>a assuré</cue> <src name='Paul Roux'>Paul Roux</src>.",
    "« Nous sommes prêts » <cue>explique</cue> <src name='Paul Roux'>Paul Roux</src>.",
    "« Le match est perdu, <cue>dit</cue> <src>l'entraîneur</src>, mais pas la saison. »",
    "« La saison est longue », <cue>a-t-<src>il</src> dit</cue>, « et nous avons le temps ».",
    "<src>Le maire</src> <cue>a déclaré</cue> : « La fête aura lieu. »",
    "<src name='Paul Roux'>Paul Roux</src> <cue>a expliqué</cue> : « Nous avons tout essayé. »",
    "<src>Le maire</src> l'<cue>a confirmé</cue>. « Nous allons reconstruire l'école. »",
    "<src>Le ministre</src> <cue>a qualifié</cue> la situation de « très grave ».",
    "<src>Les syndicats</src> <cue>dénoncent</cue> « une attaque contre les salariés ».",
]

# ---------------------------------------------------------------- passive and nominal forms

PASSIVES = [
    "Les mesures <cue>annoncées par</cue> <src>le gouvernement</src> entreront en vigueur lundi.",
    "Les chiffres <cue>révélés par</cue> <src>le journal</src> sont alarmants.",
    "La décision a été <cue>annoncée par</cue> <src>le président</src>.",
    "L'information a été <cue>confirmée par</cue> <src>la préfecture</src>.",
    "L'attentat a été <cue>revendiqué par</cue> <src>le groupe</src>.",
    "Il <cue>a été annoncé</cue> que l'usine fermerait.",
    "Le suspect <cue>a été accusé</cue> d'avoir volé une voiture.",
    # "accuse X de Y" with "de Y" hung on X
    "<src>M. Trump</src>, qui s'exprimait devant ses partisans, <cue>a accusé</cue> les médias de mentir.",
    # the agent right after the participle, which the parser hangs on the noun before it
    "L'aide <cue>promise par</cue> <src>le gouvernement</src> n'est jamais arrivée.",
    "Les <fig src=0>800 000</fig> tonnes d'aide <cue>promises par</cue> "
    "<src>la communauté internationale</src> doivent arriver.",
    # "être" and the participle of a verb conjugated with "avoir" is a passive, whatever the parser's label:
    # its subject is whom the demand is made of, never the source
    "Les habitants sont invités à participer à la réunion.",
    "Les représentants des médias sont invités à se joindre à l'événement.",
]

# ---------------------------------------------------------------- subjects: relatives, pronouns, orders

SUBJECTS = [
    "<src name='New York Times'>Le New York Times</src> <cue>rapporte</cue> que le FBI enquête sur "
    "<fig src=0>12</fig> cas.",
    # the parser makes "Vladimir" and "Poutine" two more subjects of the verb
    "<src name='Vladimir Poutine'>Le président russe Vladimir Poutine</src> <cue>a déclaré</cue> que la "
    "Russie ne ferait aucune concession.",
    "<src name='Jean Dupont'>Le maire, Jean Dupont</src>, <cue>a annoncé</cue> sa démission.",
    "Romano Prodi, <src name='Romano Prodi'>qui</src> <cue>souhaite</cue> un accord, est arrivé hier.",
    "<src>Le ministre</src> a visité l'usine et <cue>a annoncé</cue> des aides.",
    "<src>Le maire</src> <cue>a indiqué</cue> jeudi que le marché serait déplacé.",
    "L'usine fermera, <cue>a-t-on appris de source syndicale</cue>.",
    "<src>Le ministre</src> <cue>a confié</cue> au Monde que la réforme serait retardée.",
    "<src>Les deux élus</src> <cue>ont affirmé</cue> que le vote était truqué.",
]

# ---------------------------------------------------------------- negatives: no attribution

NEGATIVES = [
    # "Pour" and a place, then a comma: for which country, not in whose opinion
    "Pour l'Autriche, Franz Fischler, commissaire à l'agriculture pourrait conserver son poste.",
    # reflexives that say nothing: "se trouver" is, "se révéler" turns out, "se croire" fancies oneself
    "Le terrain se trouve pris sous le feu des mitrailleuses.",
    "Le traitement s'est révélé plus efficace chez 40 % des patients.",
    "Ils se croyaient intouchables.",
    "Selon les cas, le traitement dure deux ou trois semaines.",
    "Selon la tradition, le maire ouvre le bal.",
    "Les prix varient selon les régions.",
    "Le menu change selon la saison.",
    "Leur contenu diffère selon les écoles.",
    "Selon la légende, la ville a été fondée par un géant.",
    "Il était vêtu selon un cérémonial très ancien.",
    "Un quartier d'après-guerre a été rénové.",
    "Il a été élu au conseil des « sages » de la ville.",
    "Ceux qui font office de « colons » sont partis.",
    "Le film « La Grande Vadrouille » repasse ce soir.",
    "Il a lu « Les Misérables » pendant les vacances.",
    "On sait que la situation est difficile.",
    "Il apparaît que le pont est fragile.",
    "Le ministre va s'exprimer demain.",
    "Ce projet a demandé un travail important.",
    "On l'appelait « le roi de la comédie ».",
    "Le dossier qui oppose les deux pays dure depuis des années.",
    "Le club se qualifie pour la finale.",
    "Le panneau indique la sortie.",
    "Le ministre n'a pas précisé le calendrier.",
    # a negation on the verb that governs the cue, on its auxiliary, or "ne" alone with pouvoir, savoir, oser
    "Le maire n'a jamais voulu préciser que le budget baissait.",
    "La direction ne peut pas confirmer que 40 postes seront supprimés.",
    "Il n'est pas clairement établi que le traitement réduit les fractures.",
    "Les enquêteurs n'ont pu établir que la somme avait été versée.",
    "Le préfet ne saurait affirmer que la route rouvrira lundi.",
    "La commune n'a guère tenu à rappeler que la taxe avait doublé.",
    "Le ministre n'a plus jamais évoqué la réforme.",
    "Le club ne l'a plus confirmé depuis.",
    # under those verbs without a negation the act did not happen, or no longer does
    "Le maire a omis de préciser que la taxe avait doublé.",
    "La ministre a hésité à dénoncer la fermeture des usines.",
    "Le club a cessé de réclamer la construction d'un stade.",
    "La ville compte 800 habitants.",
    "Comme on dit, la nuit porte conseil.",
    "Les faits qui lui sont reprochés remontent à 2019.",
    "Le tarif dépend de l'âge, selon que l'on est étudiant ou non.",
    "Le texte a été confirmé par les députés.",
    "Selon les sous-espèces, la taille varie.",
    # a ruling, a verdict, the passive of an act (issue 21)
    "L'homme a été condamné par le tribunal à 3 ans de prison.",
    "Le tribunal a condamné l'homme à 3 ans de prison.",
    "Il a été reconnu coupable de fraude.",
    "La candidate, soutenue par 40 élus, a gagné.",
    "La croisade, lancée par le cardinal, a duré dix ans.",
    # an agentless passive of a verb of reporting: the unnamed sources' words (drug leaflets)
    "Des cas de surdosage <cue>ont été rapportés</cue>.",
    "Des peines de deux ans de prison <cue>ont été réclamées</cue>.",
    "La décision serait annoncée la semaine prochaine.",
    "Des mesures seront annoncées lundi.",
    "Le projet a été présenté en 2019.",
    # a legal text states
    "<src>Le règlement</src> <cue>stipule</cue> que les candidats doivent avoir 18 ans.",
    # under "ne cesser de", "ne pas manquer de" the act happened; "ne ... que" restricts, does not negate
    "« Je n'ai jamais vu ça », <cue>raconte</cue> <src name='Marie'>Marie, habitante du quartier</src>.",
    "<src>Le directeur</src> ne <cue>cesse de répéter</cue> que l'usine fermera.",
    "<src>Le maire</src> n'<cue>a pas manqué de rappeler</cue> que la dette a baissé de 10 %.",
    "<src>La ministre</src> n'<cue>a pas hésité à dénoncer</cue> la fermeture de 3 usines.",
    "<src>Elle</src> n'<cue>a pas omis de rappeler</cue> que le budget avait doublé.",
    "<src>Le ministre</src> n'<cue>a annoncé</cue> que 200 postes.",
    "<src>Le ministre</src> n'en <cue>affirme</cue> pas moins que le décret est juste.",
    "<src>Le maire</src> <cue>a plus nettement affirmé</cue> que la taxe baisserait.",
    # "on trouve" as "there is"
    "Boutique agréable, on y trouve plein de marques.",
    # whom it concerns, and the reader's own (drug leaflets, advice)
    "Pour les patients bénéficiant d'une intervention, la dose est de 2 comprimés.",
    "Prenez 2 comprimés par jour, selon les instructions de votre médecin.",
    # the writer's own advice or rule in an impersonal present passive; "par" phrases of manner or measure
    "Il est recommandé de mesurer la tension avant chaque séance.",
    "Il est fortement conseillé de réserver 2 jours à l'avance.",
    "Une baisse a été observée par rapport à l'an dernier.",
    "La décision <cue>a été confirmée</cue> par écrit aux 40 salariés.",  # "écrit" is no agent
    # advice to the reader in the second person
    "Si vous souhaitez davantage d'informations, consultez votre pharmacien.",
    "Assurez-vous que l'appareil est éteint avant de le nettoyer.",
    # a cue verb in a sense that says nothing; a body's ruling; an agent that cannot speak
    "Les parents veulent s'assurer que 30 places sont libres.",
    "Comme dirait l'autre, la nuit porte conseil.",
    "Le Conseil constitutionnel s'est prononcé contre la loi.",
    "La présence humaine est attestée par quelques silex taillés.",
    "Cette thèse est <cue>confirmée par</cue> <src>trois adolescentes, Julie, Léa et Inès</src>.",
    # in the past, an impersonal passive reports unnamed sources
    "Il <cue>a été annoncé</cue> que 40 postes seraient supprimés.",
    # a verb of saying and its noun object: a person, a document, people named by an adjective speak
    "<src>Le maire</src> <cue>souligne</cue> l'importance du port pour la ville.",
    "<src>Le rapport</src> <cue>souligne</cue> la hausse de 12 % des accidents.",
    "<src>Les jeunes</src> <cue>ont rapporté</cue> les faits aux gendarmes.",
    "<src>L'instruction</src> <cue>a révélé</cue> l'existence de deux comptes en Suisse.",
    # a past participle alone describes its noun; the subject of the clause does not say it
    "La préfète a visité les quartiers inondés, où les dégâts, évalués à <fig src=null>40</fig> millions "
    "d'euros, sont considérables.",
    "Il avait vu le jour à Cintrey en 1913.",
]

# institutions whose head noun alone would mislead the type (issue 23)
INSTITUTIONS = [
    # a bare description takes the type of the institution its noun named before (not "agence" = news agency)
    "L'Agence régionale de santé a fermé deux services. <cue>Selon</cue> <src type=government>l'agence"
    "</src>, seulement 280 naissances ont eu lieu.",
    "<cue>Selon</cue> <src type=media>l'agence</src>, le président a démissionné.",
    "<cue>Selon</cue> <src type=government>l'agence régionale de santé</src>, <fig src=0>30</fig> cas "
    "ont été recensés.",
    "<src type=organisation>Les notaires de France</src> <cue>estiment</cue> que les prix baisseront de "
    "<fig src=0>3 %</fig>.",
    "<cue>Selon</cue> <src type=media>l'agence Reuters</src>, <fig src=0>30</fig> soldats ont été tués.",
    "<src type=organisation>L'Ordre des médecins</src> <cue>a dénoncé</cue> <fig src=0>12</fig> cas.",
]

# the addressee between an inverted verb and its subject, a closing adjunct, a clause set off in the mention
# (issue 21)
SPEAKERS = [
    "« Le chômage baissera de 2 points », <cue>a déclaré</cue> à l'AFP "
    "<src name='Astrid Dupuis'>la ministre du Travail, Astrid Dupuis</src>.",
    "Le chômage baissera, <cue>a confié</cue> à ses proches <src>le ministre</src>.",
    "La saison est déjà perdue, <cue>écrit</cue> "
    "<src name='Paul Girard'>Paul Girard, entraîneur du club</src>, dans sa chronique.",
    "Le projet sera abandonné, <cue>a indiqué</cue> <src>le préfet du Var</src>, lors d'un point presse.",
    "<src n=1>La maire</src>, <src n=0>qui</src> <cue n=0>a annoncé</cue> <fig src=0>40</fig> nouveaux "
    "logements, <cue n=1>dénonce</cue> l'attitude de l'État.",
    "<src name='Jean Martin'>Le préfet Jean Martin</src> a présenté le bilan. <cue>«</cue> Nous avons compté "
    "<fig src=0>1 200</fig> interventions cette nuit. »",
    "Le match a été difficile. « Nous avons perdu trois joueurs. »",
    "<src>Il</src> refusa et examina d'autres offres : <cue>«</cue> Le Mans et Sedan me faisaient la cour. »",
    "La route était longue : « Nous avons roulé toute la nuit. »",
    # quotations listed with only a comma between them are quoted entries, not words said
    "Les officiers y figuraient ainsi : « Suit les processions », « Reçoit La Croix », « Vit seul ».",
    # a quotation whose other mark is not in the text (cut from its article, continued in the next
    # paragraph): open where speech opens, it runs to the end of its paragraph
    "<src>Le maire</src> est formel : <cue>«</cue> Aucune école ne fermera. Nous avons trouvé "
    "<fig src=0>2 millions</fig>.",
    "Sur ce point, <src>nos sources</src> sont formelles : <cue>\"</cue> Il s'agit de <fig src=0>40</fig> "
    "contrebandiers.",
    "C'est le principe de prudence, qui se traduit par un retrait : « Il n'y a plus de char dans les rues.",
    # a quotation of several sentences whose speaker is before its colon: a verb of saying inside it is the
    # speaker's words, not a new attribution
    "<src name='Paul Morel'>Paul Morel, délégué CGT</src>, est amer : <cue>«</cue> Nous avons tout essayé. "
    "Le directeur a affirmé qu'il n'y avait plus d'argent. »",
    "<src name='Pablo Correa'>Pablo Correa</src> n'a obtenu aucune garantie : <cue>\"</cue>Je connais mes "
    "qualités. M. Rousselot a insisté pour me garder et je l'en remercie.\"",
    "<src name='Jean Martin'>Le préfet Jean Martin</src> a présenté le bilan. <cue>«</cue> Nous avons compté "
    "<fig src=0>1 200</fig> interventions. Le ministre a annoncé que des renforts arriveraient. »",
    # an incise inside the quotation is its own cue
    "« Nous avons tout essayé, <cue>explique</cue> <src>le délégué</src>. Mais rien n'y fait. »",
    "<src n=0 name='Paul Roux'>Paul Roux</src> <cue n=0>a promis</cue> <fig src=0>200</fig> postes. "
    "<cue n=1>Selon</cue> <src n=1 name='Paul Roux'>ses prévisions</src>, "
    "<fig src=1>300</fig> emplois seront créés.",
    # a cue verb between commas cuts the clause it reports; its subject is inverted after it (the parser
    # gives it the clause's subject, or reads the speaker as its object)
    "La réforme, <cue>estime</cue> <src>le syndicat</src>, coûtera <fig src=0>3 millions d'euros</fig>.",
    "Le projet, <cue>explique</cue> <src name='Paul Roux'>Paul Roux</src>, est abandonné.",
    "Le programme, <cue>dit</cue> <src>cette délégation</src>, ne suffit pas.",
    "Cette mesure, <cue>a précisé</cue> <src>le ministre</src>, entrera en vigueur lundi.",
    # a subject set off from its verb by an adverbial between commas (the parser leaves it a root)
    "<src name='Moscou'>Moscou</src>, de son côté, <cue>a fait valoir</cue> que <fig src=0>96,8 %</fig> des "
    "votants avaient dit oui.",
    "<src>La préfecture</src>, pour sa part, <cue>a annoncé</cue> la fermeture de <fig src=0>12</fig> "
    "écoles.",
    # "aucun", "personne", "rien" negate with "ne" as the verb's subject or object: nothing is reported
    "Le gouvernement n'a communiqué aucun bilan.",
    "Aucun des deux camps n'a toutefois précisé quels dossiers seraient abordés.",
    "Personne n'a revendiqué l'attaque.",
    # where the words were given between an inverted verb and its subject
    "« Il n'y a aucune cible ici », <cue>a écrit</cue> sur Telegram <src>le gouverneur de la région</src>.",
    "Le site fermera, <cue>a affirmé</cue> dans un communiqué <src>le ministère</src>.",
    # a past participle without its auxiliary after a comma is no incise
    "Des peines ont été requises contre <fig src=null>41</fig> prévenus, considérés comme les acteurs d'un "
    "système.",
    "<cue>Pour</cue> <src>l'orateur</src>, la citoyenneté est une arme.",
    # a pronoun the tokenizer cut at its hyphen keeps it
    "<src>Celui-ci</src> <cue>a assuré</cue> qu'il irait jusqu'au bout.",
    # "de son côté", "pour sa part" set off after a subject are not part of it
    "<src name='Khartoum'>Khartoum</src>, de son côté, <cue>accuse</cue> les ONG d'exagérer la crise.",
    # a verb of saying in a condition reports nothing
    "Si le rectorat devait confirmer la fermeture, les parents retireraient leurs enfants.",
    "Si le ministre annonce une baisse, les syndicats descendront dans la rue.",
    "<src>Le maire</src> <cue>a prévenu</cue> que, si l'État confirme la fermeture, il saisira la justice.",
    # "se réclamer de": to claim to belong, no demand
    "Deux candidats se réclamant de la majorité briguent le siège.",
    # a stance needs a person or body: markets, prices, figures feel nothing
    "Les marchés asiatiques ont salué la nouvelle.",
    # "vérifié de source indépendante": verified independently, no source
    "Ces affirmations n'ont pu être vérifiées de source indépendante.",
    "Ces chiffres n'ont pas pu être confirmés de source indépendante.",
    # "trouver la mort": to die
    "Un homme de 52 ans a trouvé la mort dans l'incendie de sa maison.",
    # the content of "c'est ce qu'a annoncé X" is the clause before it
    "<fig src=0>40</fig> postes seront supprimés, c'est en tout cas ce qu'<cue>a annoncé</cue> "
    "<src>la direction</src>.",
    "La fibre arrivera dans <fig src=0>300</fig> foyers, c'est ce que nous <cue>a promis</cue> "
    "<src>l'opérateur</src>.",
    "C'est ce qu'<cue>a annoncé</cue> <src>la direction</src> : <fig src=0>40</fig> postes seront supprimés.",
    # a noun with its copula is a predicate, never the subject of the verb after the comma
    "C'est un coup d'État, <cue>a rétorqué</cue> <src>le ministre de la Défense</src> à la télévision.",
    # institutions: an office, an inspection, a commune state, recommend, fear
    "<src>L'inspection académique</src>, elle, <cue>fait valoir</cue> que les effectifs restent élevés.",
    "<src>L'office de tourisme</src> <cue>recommande</cue> de réserver les visites, limitées à "
    "<fig src=0>15</fig> personnes.",
    "<src>Les communes forestières</src> <cue>redoutent</cue> des années difficiles.",
    # a commune that pronounces itself votes
    "La commune se prononce pour une nouvelle convention de balayage.",
    "Finalement, <fig src=null>210</fig> enfants ont répondu présents !",
    # a passé simple of the first group the tagger reads as an infinitive or a participle
    "<src>Il</src> présida la séance et <cue>demanda</cue> la construction d'un pont.",
    "<src>Le roi</src> <cue>annonça</cue> la construction de <fig src=0>deux</fig> ponts.",
    "<src>Son avocat, Me Gérard Thiel</src>, <cue>conteste</cue> tout rôle de son client.",
    # a person inverted after the verb, then where the words were said
    "Il se trompe dans <fig src=0>5 %</fig> des cas, <cue>assurent</cue> <src>ses concepteurs</src> dans la "
    "revue Hydrology Letters.",
    "<src>Le club</src> <cue>a officialisé</cue> lundi l'arrivée de son entraîneur.",
    # a relative clause of the inverted subject is not what the verb reports
    "Les exportations ont progressé de <fig src=0>4 %</fig>, <cue n=0>indique</cue> "
    "<src n=0>l'interprofession</src>, <src n=1>qui</src> <cue n=1>s'inquiète</cue> de la faiblesse du "
    "dollar.",
    # a person noun the parser hung on the adjective before it ("La nouvelle élue")
    "<src>La nouvelle élue</src> <cue>a promis</cue> de « s'attaquer en priorité » à la fermeture des "
    "classes.",
    # "se qualifier": to qualify for, no judgement
    "Classée 112e mondiale, Ioana Varga s'est qualifiée mardi pour les quarts de finale.",
    # honorifics head a person
    "<src name='Birdal'>M. Birdal</src> <cue>avait demandé</cue> à être libéré.",
    "<src>Me Dupont</src> <cue>a plaidé</cue> la relaxe.",
    # a rumour told by the generic "on" in the present has no one behind it; "on m'a dit" has someone
    "On dit que la ville compte <fig src=null>3 000</fig> chats.",
    "On raconte que le château a été construit en une nuit.",
    "On m'<cue>a dit</cue> au guichet qu'il fallait une photo.",
    # "a-t-on appris" takes in its "de source" phrase after time words too
    "Les négociations reprendront, <cue>a-t-on appris jeudi de sources concordantes</cue>.",
    # "selon lesquelles" after a noun of things said: the pronoun is the source, the clause the content
    "<src n=0>Le groupe</src> <cue n=0>a démenti</cue> les informations <cue n=1>selon</cue> "
    "<src n=1>lesquelles</src> il rachèterait <fig src=1>2</fig> usines.",
    "Le principe selon lequel chacun paie sa part est respecté.",
    # "par" and a bare noun is a manner; a vote approves or rejects, it says nothing
    "L'accord avait été rejeté par référendum par <fig src=null>50,2 %</fig> des votants.",
    "Le projet a été rejeté par les électeurs.",
    # a governor whose participle is tagged an adjective ("s'est borné à")
    "« Nous ne commentons pas les rumeurs », <cue>s'est borné à déclarer</cue> <src>un porte-parole</src>.",
    "<src>Le ministre</src> <cue>s'est borné à déclarer</cue> que l'enquête suivait son cours.",
    # an authority that calculates or measures states the figure
    "Il a atteint <fig src=0>1 342 km/h</fig>, <cue>ont calculé</cue> <src>les organisateurs</src>.",
    "<src>Le service météorologique</src> <cue>a mesuré</cue> des rafales à <fig src=0>120 km/h</fig>.",
    # where or when the words were said is not part of the speaker
    "« Ce moment est historique », <cue>a déclaré</cue> <src>la Première ministre</src> devant les députés.",
    "« Nous tiendrons », <cue>a assuré</cue> <src>le directeur</src> lors d'une réunion avec les salariés.",
    "Le site fermera, <cue>a indiqué</cue> <src>le préfet</src> en marge du conseil départemental.",
    # a participle right after a noun says what that noun says (not the clause's subject)
    "La police reçoit <src>un appel téléphonique</src> les <cue>informant</cue> qu'une rixe a éclaté.",
    "<src>Des centaines de manifestants</src> <cue>réclamant</cue> la démission du maire ont défilé.",
    "<src>Le maire</src> a présenté le projet, <cue>expliquant</cue> que 40 logements seraient construits.",
    # an indefinite pronoun the parser read as an adjective is still the subject
    "<src>D'autres</src>, cependant, <cue>soutiennent</cue> que la loi est inutile.",
    # an object clitic the parser took for the subject is never the speaker
    "<src>Le directeur</src> m'a reçu il y a deux semaines et m'<cue>a demandé</cue> si je voulais partir.",
    # a cleft sentence puts its speaker forward: the noun phrase between "c'est" and "qui"
    "C'est bien <src>le maire</src> qui <cue>a annoncé</cue> la fermeture de <fig src=0>3</fig> classes.",
    "Ce sont <src>les syndicats</src> qui <cue>réclament</cue> <fig src=0>300</fig> postes.",
    # the parser hangs the second verb of a relative clause on the main verb: it still has "qui"
    "<src n=0>Les manifestants</src> <cue n=0>réclament</cue> le départ du président, <src n=1>qui</src> "
    "s'est rendu aux États-Unis et <cue n=1>a accusé</cue> Israël de manipuler les Arabes.",
    "L'attaque a été <cue n=0>condamnée par</cue> <src n=0>l'ONU</src>, <src n=1 name='ONU'>qui</src>"
    " <cue n=1>parle</cue> de <fig src=1>40</fig> morts.",
]

# constructions the rules still miss, each for the reason given (strict: a fix must move it up)
KNOWN_MISSES = [
    # the phrase hangs on the predicate noun of a copula sentence: its head is still "syndicat"
    "<cue>Pour</cue> <src>le syndicat</src>, cette décision est une provocation.",
    "Il y a eu 300 morts, dont <fig src=0>96</fig> <cue>selon</cue> <src>les décomptes officiels</src>.",
    "Nous estimons que 40 logements suffisent.",
    "Ces compromis sont, selon moi, responsables.",
    "Selon nos informations, le joueur devrait signer un contrat de trois ans.",
    "D'après mes recherches, le château date du XIIe siècle.",
    "On peut estimer à 3 000 le nombre de poules.",
    "Le ministre devrait se rappeler que 12 usines ont fermé.",
    "<src>Le ministre</src> <cue>a dû reconnaître</cue> que 12 usines avaient fermé.",
    "Pour finir, le mot du président, Luc Stéfann, <src name='Luc Stéfann'>qui</src> <cue>rappelle</cue> que"
    " 30 bénévoles ont aidé.",
    "<cue>Selon</cue> <src>les chroniques de l'époque</src>, <fig src=0>plus de 50 000</fig> soldats "
    "ont péri.",
    # the parser makes "fait" a dependent of "valoir"
    "<src>Le gouvernement</src> <cue>a fait valoir</cue> que la réforme était nécessaire.",
    # the parser attaches "à la prudence" to the object: the rules miss it, the classifier adds it
    "<src>Le préfet</src> <cue>a appelé</cue> les habitants à la prudence.",
    pytest.param(
        "<src>L'opposition</src> <cue>reproche</cue> au gouvernement son inaction.",
        marks=pytest.mark.xfail(reason="object after an indirect object", strict=True),
    ),
    pytest.param(
        "<src>La direction</src> <cue>menace</cue> de fermer l'usine.",
        marks=pytest.mark.xfail(reason="tagger: 'menace' read as a noun", strict=True),
    ),
    pytest.param(
        "<src>Le cabinet</src> <cue>chiffre</cue> le coût à <fig src=0>2 millions</fig> d'euros.",
        marks=pytest.mark.xfail(reason="tagger: 'chiffre' read as a noun", strict=True),
    ),
]

MORE = [
    "La route est coupée, <cue>a indiqué</cue> jeudi <src>la gendarmerie</src>.",
    "<src>Le ministre</src> <cue>a dit</cue> que le texte serait voté.",
    "Le texte sera voté, <cue>a dit</cue> <src>le ministre</src>.",
    "<src>La préfète</src> <cue>a annoncé</cue> jeudi la réouverture du pont.",
    "Le pont rouvrira, <cue>annonce</cue> <src>la préfète</src>.",
    "<src>Le rapport</src> <cue>souligne</cue> que les délais sont trop longs.",
    "Les délais sont trop longs, <cue>souligne</cue> <src>le rapport</src>.",
    "<src>Les riverains</src> <cue>dénoncent</cue> le bruit de l'usine.",
    "<src>L'entreprise</src> <cue>conteste</cue> ces accusations.",
    "<src>Le syndicat</src> <cue>réclame</cue> des embauches.",
    "<src>La maire</src> <cue>a promis</cue> une nouvelle école.",
    "<src>Le gouvernement</src> <cue>a admis</cue> que le calendrier était serré.",
    "Le calendrier est serré, <cue>admet</cue> <src>le gouvernement</src>.",
    "<src>Le juge</src> <cue>a estimé</cue> que la peine était trop lourde.",
    "« Nous avons gagné », <cue>a crié</cue> <src>le capitaine</src>.",
    "« On recommence demain », <cue>plaisante</cue> <src>l'entraîneur</src>.",
    "<src>La gendarmerie</src> <cue>a confirmé</cue> que deux personnes avaient été blessées.",
    "Selon toute vraisemblance, le match sera reporté.",
    "Il faut agir selon les règles.",
    # a speaker named before a colon, with no verb
    "<src name='Laurent Fabius'>Laurent Fabius</src> : <cue kind=quote>«</cue> Nous voulons un quinquennat "
    "de cohérence. »",
    # an inverted mention ends before its relative clause (which is an attribution of its own)
    "Les travaux commenceront en mars, <cue n=0>a indiqué</cue> <src n=0 name='Mathieu Klein'>le maire, "
    "Mathieu Klein</src>, <src n=1 name='Mathieu Klein'>qui</src> <cue n=1>espère</cue> une inauguration "
    "en juin.",
    # "l'un d'eux", a medium before the inverted name, an infinitive under "tenir à", nominal cues
    "« Il faut partir », <cue>a assuré</cue> <src>l'un d'eux</src>.",
    "Le prix va baisser, <cue>a déclaré</cue> à l'AFP <src name='Christian Pous'>Christian Pous</src>.",
    "<src>Le maire</src> <cue>a tenu à préciser</cue> que la fête aurait lieu.",
    "<cue>Aux yeux des</cue> <src>économistes</src>, la crise est finie.",
    "La rue a été fermée <cue>à la demande de</cue> <src>la préfecture</src>.",
    "<src>Le président</src> <cue>a déclaré</cue> qu'il espérait une victoire.",
    "Le logiciel permet de tout dire.",
    # incises known by their structure, whatever the tags; agents the parser hung on the phrase before
    "Le pays compte cinq millions d'habitants, <cue>écrit</cue> samedi <src type=media>le Straits Times, "
    "principal quotidien du pays</src>.",
    "Les prix ont augmenté, <cue>note</cue> <src type=organisation>l'Institut national de la "
    "statistique</src>.",
    "Son coût <cue>est chiffré</cue> à <fig src=0>21,4 milliards</fig> par <src>M. Blanc</src>.",
    "Les modifications <cue>annoncées</cue> mercredi par <src>Max Mosley</src> entreront en vigueur.",
    "<src>Le maire et le préfet</src> <cue>ont annoncé</cue> la fermeture du pont.",
    "Dès demain, <cue>a-t-<src>il</src> indiqué</cue>, nous ouvrirons deux centres.",
    "<src>Une dizaine de délégués</src> <cue>ont appelé</cue> leurs collègues à boycotter la réunion.",
    "« C'est fini », <cue>sourit</cue>-<src>elle</src>.",
    "La crise est finie, n'<cue>a cessé de répéter</cue> <src type=person>cet animateur</src>.",
    "Il a rencontré le préfet, <src>lequel</src> <cue>a précisé</cue> que la route serait rouverte.",
    # a gapped clause: a second source and its figure after a comma repeat the verb (its cue the comma)
    "<src n=0>La préfecture</src> <cue n=0>a recensé</cue> <fig src=0>3 500</fig> participants"
    "<cue n=1>,</cue> <src n=1>les organisateurs</src> plus de <fig src=1>10 000</fig>.",
    "<src n=0>Le ministère</src> <cue n=0>annonce</cue> <fig src=0>2 %</fig> de grévistes<cue n=1>,</cue> "
    "<src n=1>la CGT</src> <fig src=1>30 %</fig>.",
    "<src>Le maire</src> <cue>a annoncé</cue> <fig src=0>40</fig> logements, dont <fig src=0>12</fig> "
    "sociaux.",
    "<src>Le club</src> <cue>a annoncé</cue> <fig src=0>3</fig> recrues, le gardien et <fig src=0>deux</fig> "
    "attaquants.",
    # a verb of saying inside a quotation another attribution reports is the quoted speaker's words (issue 21)
    "« Je leur ai dit que 30 postes seraient créés », <cue>raconte</cue> <src>le maire</src>.",
    "« Le préfet nous a annoncé <fig src=0>12 millions</fig> d'aide », <cue>explique</cue> <src>la "
    "présidente de l'association</src>.",
    # "qui" stands for the mention before it, not the verb the parser hung its clause on; it takes its type
    "Les salariés seront reçus lundi, <cue n=0>a indiqué</cue> <src n=0 type=organisation>la CGT</src>, "
    "<src n=1 type=organisation name='CGT'>qui</src> <cue n=1>dénonce</cue> la suppression de 40 postes.",
    # pronouns agree in gender with the source they stand for
    "<src n=0>La ministre</src> <cue n=0>a annoncé</cue> des aides. <src n=1>Le maire</src> "
    "<cue n=1>a salué</cue> ce geste. <src n=2 name=null>Elle</src> <cue n=2>a ajouté</cue> que la ville "
    "paierait.",
]

# "comme X l'a dit": the clause of the reporting verb is set inside the words it attributes, before, after or
# in the middle of them; the verb's subject before it or inverted after it
AS_CLAUSES = [
    "<cue>Comme l'a rappelé</cue> <src>le ministre</src>, le budget baissera de <fig src=0>3 %</fig>.",
    "Le chômage, <cue>comme le souligne</cue> <src>le rapport</src>, a augmenté de <fig src=0>2 %</fig>.",
    "La hausse atteindra <fig src=0>5 %</fig>, <cue>comme l'explique</cue> <src>un des syndicalistes</src>.",
    "Comme <src>il</src> l'<cue>a dit</cue>, le projet coûtera 4 millions d'euros.",
    "Le pont restera fermé, comme <src>la préfète</src> l'<cue>a annoncé</cue> lundi.",
    "<cue>Ainsi que l'a précisé</cue> <src name='Paul Roux'>Paul Roux</src>, la ligne rouvrira en mai.",
    "Les loyers ont doublé, <cue>comme le dénoncent</cue> <src>les associations de locataires</src>.",
    "<cue>Comme l'indique</cue> <src>le communiqué de la mairie</src>, la piscine fermera en juillet.",
    "Comme prévu, les travaux commenceront lundi.",
    "Comme je l'ai dit, le budget baissera de 3 %.",
    "Comme il pleuvait, le match a été reporté.",
    # a verb that wants a document as its subject says nothing of a fact
    "La dose agit vite, comme le prouve l'allongement du délai de coagulation.",
    "Les prix ont grimpé, <cue>comme le montre</cue> <src>le dernier sondage</src>.",
    "Les loyers ont grimpé, comme le montre la hausse des prix.",
]

# a gerund opening the sentence shares the main clause's subject; a cue verb whose object is a relative
# pronoun says what the antecedent names
SHARED_AND_RELATIVE = [
    "En <cue>assurant</cue> que <fig src=0>30 %</fig> des élèves réussissent, <src>le recteur</src> "
    "a défendu la réforme.",
    "Les <fig src=0>300</fig> emplois qu'<cue>avait promis</cue> <src>le maire</src> ne sont jamais venus.",
    "La somme de <fig src=0>40 000 euros</fig> qu'<src>il</src> <cue>réclame</cue> à son employeur sera "
    "examinée en mars.",
    "Les <fig src=0>2 000</fig> manifestants qu'<cue>a recensés</cue> <src>la police</src> défilaient "
    "dans le calme.",
    "Cette hausse est réelle, ce que <cue>concède</cue> <src>l'industrie</src>.",
    "La lettre qu'il a écrite est arrivée hier.",
    # a cue infinitive under a verb of perception: its object speaks
    "On a entendu <src>le ministre</src> <cue>affirmer</cue> que <fig src=0>300</fig> postes seraient créés.",
    "Les habitants ont vu <src>le maire</src> <cue>dénoncer</cue> la hausse des impôts.",
    "Il est rare d'entendre <src>le commissaire</src> <cue>déclarer</cue> que des observateurs iront.",
    "On a entendu dire que le club serait vendu.",
    # a gerund after the main clause says what its subject says, not what the noun before it names ("tout en")
    "<src>Le maire</src> a présenté le budget en <cue>soulignant</cue> que la dette avait baissé de "
    "<fig src=0>10 %</fig>.",
    "<src>Le ministre</src> a quitté la réunion tout en <cue>reconnaissant</cue> que <fig src=0>300</fig> "
    "emplois seraient supprimés.",
    "<src>La directrice</src> a ouvert la séance tout en <cue>rappelant</cue> que l'école avait "
    "<fig src=0>40</fig> ans.",
    "<src>Le juge</src> a renvoyé l'affaire, tout en <cue>relevant</cue> qu'un grand nombre de témoignages "
    "concordaient.",
]

# the narrative infinitive: "Et X de dire ...", the speaker named between "Et" and "de", or the subject of the
# sentence before when none is
NARRATIVE = [
    "Et <src>le maire</src> d'<cue>ajouter</cue> : « Nous avons gagné <fig src=0>300</fig> habitants. »",
    "Et <src>le président du club</src> de <cue>préciser</cue> que <fig src=0>40</fig> logements seront "
    "construits.",
    "Et <src name='Jean Dupont'>Jean Dupont</src> de <cue>conclure</cue> que tout va bien.",
    "Et <src>la ministre de la Santé</src> de <cue>rappeler</cue> que <fig src=0>3 %</fig> des lits sont "
    "vides.",
    "Et le prix de l'essence de grimper encore.",
]

# verbs of saying and stance less frequent in news, each in a form a writer uses
RARER_VERBS = [
    "<src>L'avocat</src> <cue>a allégué</cue> que son client était absent ce jour-là.",
    "<src>Le maire</src> <cue>a riposté</cue> que la dette avait baissé de <fig src=0>5 %</fig>.",
    "<src>Le directeur</src> <cue>relativise</cue> : « Nous avons perdu <fig src=0>3 %</fig> de nos clients "
    "seulement. »",
    "<src>Le ministre</src> <cue>minimise</cue> : « Ce sont <fig src=0>200</fig> emplois, pas "
    "<fig src=0>2 000</fig>. »",
    "<src>L'étude</src> <cue>prouve</cue> que <fig src=0>30 %</fig> des élèves décrochent.",
    "<src>L'opposition</src> <cue>s'est offusquée</cue> que <fig src=0>12</fig> postes soient supprimés.",
    "<src>Il</src> <cue>a insinué</cue> que le maire avait menti.",
    "<src>Le prisonnier</src> <cue>a rétracté</cue> ses aveux.",
    "<src>Un hydrologue</src> <cue>tempère</cue> : « La nappe est remontée de <fig src=0>20 cm</fig>. »",
    "Ce calcul ne prouve rien.",
]

# subjects the parser loses: set off by a participial or relative clause between commas, the last word of a
# body's name taken for the head; a verb that governs the cue infinitive ("finit par avouer")
LOST_SUBJECTS = [
    # the main verb parsed as coordinated to the relative clause set off before it
    "<src>Le maire</src>, qui a refusé de commenter, <cue>a annoncé</cue> <fig src=0>3 millions d'euros</fig>"
    " pour l'école.",
    "<src>Le rapport</src>, remis mardi au ministre de l'Agriculture, <cue>estime</cue> que "
    "<fig src=0>30 à 40 %</fig> des exploitations pourraient disparaître.",
    "<src>L'entreprise</src>, qui vient de lever 4 millions d'euros, <cue>indique</cue> vouloir recruter "
    "<fig src=0>60</fig> salariés.",
    "<src>L'association Doubs Nature Environnement</src> <cue>exige</cue> la suspension immédiate du "
    "chantier.",
    "<src>L'association Sarthe Entraide Alimentaire</src> <cue>réclame</cue> <fig src=0>20</fig> bénévoles "
    "de plus.",
    "Sous la torture, <src>le prisonnier</src> <cue>finit par avouer</cue> qu'il avait reçu "
    "<fig src=0>200</fig> écus.",
    "<src>Le maire</src> <cue>commence par rappeler</cue> que la dette a baissé de <fig src=0>5 %</fig>.",
    "Le film finit par raconter la vie de 3 soldats.",
]

# a court or council that states a clause says it; its rulings on persons or cases are acts
RULINGS = [
    "<src>Le Conseil d'État</src> <cue>a jugé</cue> que l'arrêté de 2019 était illégal.",
    "<src>Le Haut Conseil pour le climat</src> <cue>juge</cue> que la baisse de <fig src=0>2 %</fig> est "
    "insuffisante.",
    "<src>Le tribunal</src> <cue>a jugé</cue>, après analyse de la loi, que l'État était responsable.",
    "Le tribunal l'a condamné à 3 ans de prison.",
    "Le tribunal a jugé l'affaire en 2 heures.",
]

# a noun the lexicon does not know is a person when a person's name stands in apposition to it
APPOSED_NAMES = [
    "<src name='Rolland Dufresne'>Son homologue montpelliérain, Rolland Dufresne</src>, <cue>a dénoncé</cue> "
    "« un penalty imaginaire ».",
    "<src name='Paul Martin'>Son voisin, Paul Martin</src>, <cue>réclame</cue> <fig src=0>3 000 euros</fig>.",
]

# the inverted subject the parser read as an object, the clause's noun taken for the subject
INVERTED = [
    "L'accident ne serait pas dû à la vitesse, <cue>indique</cue> <src>la gendarmerie</src>.",
    "Le conducteur ne serait pas en cause, <cue>indique</cue> <src>la gendarmerie</src>.",
    "L'alcool ne serait pas en cause, <cue>indique</cue> <src>la gendarmerie de Vesoul</src>, qui a ouvert "
    "une enquête.",
    "La drogue ne serait pas en cause, <cue>précise</cue> <src>la police de Metz</src>, qui a saisi "
    "le véhicule.",
    "<src>Le maire</src>, lui, <cue>précise</cue> la date des travaux.",
    # an agent that cannot speak, whatever its relative clause holds
    "C'est un promeneur, alerté par les cris, qui les a aidés à remonter sur la berge.",
    "La route ne sera pas rouverte avant lundi, <cue>précise</cue> <src>la préfecture</src>.",
    # the place named after an inverted "on" speaks
    "Plus de <fig src=0>500</fig> colis ont été livrés, <cue>indique</cue>-t-on à <src>la poste</src>.",
    "La chaîne reprendra lundi, <cue>précise</cue>-t-on chez <src name=Renault>Renault</src>.",
    "Le chantier a pris <fig src=0>trois</fig> mois de retard, <cue>a-t-on appris</cue> à "
    "<src>la mairie</src>.",
    "Le chantier a pris du retard, <cue>a-t-on appris</cue> au <src>ministère de l'Intérieur</src>.",
    # an incise after a quotation, with the comma the parser starts a sentence on
    "<src n=0>Moscou</src> <cue n=0>a dénoncé</cue> une sanction « injuste et illégale », "
    "<cue n=1>a rapporté</cue> <src n=1 type=media>l'agence Tass</src>.",
    # "faire valoir" in incise, its auxiliary hung on "valoir"
    "Le budget du club est à l'équilibre, <cue>a fait valoir</cue> <src>le trésorier</src>.",
    # a gerund the parser made the auxiliary of the infinitive it introduces
    "<src>Le maire</src> a démissionné jeudi tout en <cue>affirmant</cue> n'avoir commis aucune faute.",
    # "selon" after a verb of arranging, set off by a comma, with a named source
    "L'État a dépensé <fig src=0>3</fig> milliards d'euros pour organiser les Jeux, <cue>selon</cue> "
    "<src>la Cour des comptes</src>.",
    # a participle tagged an adjective, with its "par" agent
    "Il défend une théorie, une idée <cue>jugée « farfelue » par</cue> <src>l'Académie des sciences</src>.",
    "<src>Le ministère</src> <cue>déconseille</cue> les voyages vers la région.",
    # a cue verb read as a noun after the comma that closes its subject's incise
    "<src>La direction</src>, de son côté, <cue>juge</cue> ces demandes « irréalistes ».",
    "<src name='Paul Girard'>Le président du club, Paul Girard</src>, <cue>juge</cue> le bilan « décevant ».",
    "<src>Le syndicat</src>, lui, <cue>critique</cue> la réforme des retraites.",
    "Martine Claudel, juge au tribunal de Lyon, préside l'audience.",
    # "Pour X," with a body of the state: its opinion; with a territory: for whom
    "<cue>Pour</cue> <src>la préfecture</src>, le seuil d'alerte n'est plus atteint.",
    "<cue>Pour</cue> <src>le gouvernement</src>, la réforme est indispensable.",
    "Pour la commune, la dépense s'élève à 2 millions d'euros.",
    "Pour la région, cette subvention représente 5 % du budget.",
    # "Un autre", "Une autre" as a subject, the article the parser hung on the verb
    "<src>Une autre</src> <cue>raconte</cue> avoir attendu six heures aux urgences.",
    "<src>Un autre</src> <cue>assure</cue> que la grève durera.",
    # an infinitive after an incise is what the verb says
    "<src>Le maire</src> <cue>assure</cue>, dans un courrier, ne pas connaître le montant des travaux.",
    # reflexives that say nothing
    "L'hiver s'annonce difficile pour les 300 éleveurs du canton.",
    "La tendance se confirme : 300 emplois ont été créés en un an.",
    "Le projet se précise et le ministre s'est montré prudent.",
]

# "X, pour qui ...": the person before the comma holds the opinion of the relative clause
RELATIVE_OPINIONS = [
    "Le maire, <cue>pour</cue> <src>qui</src> la hausse de <fig src=0>3 %</fig> est « inacceptable », a "
    "saisi le préfet.",
    "Il faut écouter Paul Roux, <cue>pour</cue> <src name='Paul Roux'>qui</src> <fig src=0>40 %</fig> des "
    "élèves décrochent.",
    "Cette aide, pour qui la demande, coûte 300 euros.",
]

# an incise verb the tagger reads as a noun, maybe with an adverb before its subject
NOUN_INCISES = [
    "« La crue monte de <fig src=0>40 cm</fig> par heure », <cue>nuance</cue> toutefois <src>un hydrologue "
    "extérieur à l'étude</src>.",
    "« Il ne faut pas crier victoire », <cue>tempère</cue> toutefois <src name='Mathieu Plane'>Mathieu "
    "Plane, économiste à l'OFCE</src>.",
]

# "faire savoir" in incise: the parser takes the inverted subject for the object of "savoir"
FAIRE_SAVOIR = [
    "La hausse atteint <fig src=0>3 %</fig>, <cue>a fait savoir</cue> <src>son entourage</src>.",
    "« La hausse atteint <fig src=0>3 %</fig> », <cue>a fait savoir</cue> <src>le ministre</src>.",
    "<src>L'Élysée</src> <cue>a fait savoir</cue> que <fig src=0>300</fig> postes seraient créés.",
    # in a gerund, the subject of the clause it hangs on
    "<src>Le sénateur</src> est monté à la tribune en <cue>faisant valoir</cue> que l'amendement coûterait "
    "<fig src=0>15 millions d'euros</fig>.",
]

# a finite form of the second group the tagger reads as a participle or an adjective
SECOND_GROUP = [
    "<src>L'OMS</src> <cue>avertit</cue> que <fig src=0>10 000</fig> cas pourraient survenir.",
    "Ebola : <src>l'OMS</src> <cue>avertit</cue> que <fig src=0>10 000</fig> cas pourraient survenir.",
    "<src>Les experts</src> <cue>avertissent</cue> que <fig src=0>10 000</fig> emplois sont menacés.",
    "<src>Le ministre</src> <cue>avertit</cue> : « Nous ne céderons pas sur les <fig src=0>3 %</fig> ».",
]

# a participle alone with its "par" agent, set off by commas, however the parser attaches it
AGENT_PARTICIPLES = [
    "Le coût, <cue>estimé</cue> à <fig src=0>2,5 milliards d'euros</fig> par <src>la Cour des comptes</src>, "
    "a fait débat.",
    "Le projet, <cue>annoncé lundi par</cue> <src>le ministre</src>, prévoit 300 postes.",
    "Certains ont justifié les succès de l'offensive par l'incompétence de ces officiers.",
    "<fig src=0>Des chiffres</fig> aussitôt <cue>jugés</cue> « ridicules » par <src>plusieurs figures du "
    "mouvement</src>.",
    # opening the sentence, it says something of the main clause's subject
    "<cue>Annoncée la semaine dernière par</cue> <src>l'agence régionale de santé</src>, la fermeture de "
    "<fig src=0>12</fig> lits doit durer tout l'été.",
    # its "par" phrase hung as a modifier, not as an agent
    "Une thèse <cue>jugée « fantaisiste » par</cue> <src>l'Académie</src> a été publiée en 1850.",
    "<fig src=0>Un budget de 3 millions d'euros</fig> <cue>qualifié d'« irréaliste » par</cue> "
    "<src>l'opposition</src>.",
]

# where fr_core_news_md's parse is broken: an incise read from its tokens, "Pour X," whatever hangs on it
MISPARSED = [
    "« Je ne me représenterai pas », <cue>a-t-<src>elle</src> lâché</cue> devant la presse.",
    "« La décision est prise », <cue>estime</cue>-t-on à <src name=Matignon>Matignon</src>.",
    "<cue>Pour</cue> <src name='Jean Dupont'>l'économiste Jean Dupont</src>, la dette atteindra "
    "<fig src=0>120 %</fig> du PIB.",
    "Un rapport <cue>publié jeudi par</cue> <src>la Cour des comptes</src> pointe un déficit de 2 milliards.",
    "<src>Le président, Luc Roy</src>, <cue>rappelle</cue> la vocation des 40 bénévoles de l'association.",
    # a complement between the verb and its clause, which the parser hangs on the medium's noun (issue 21)
    "<src>Le ministère</src> <cue>a précisé</cue> dans un communiqué que les travaux reprendraient lundi.",
    "<src>Le ministère</src> <cue>a précisé</cue> dans une note que les travaux reprendraient lundi.",
    "<src>Le maire</src> <cue>a cité</cue> le communiqué que la préfecture a publié.",
    # a speaker described before the colon by a participle phrase, with no verb of its own; a saying verb
    # inside the quotation is the quoted speaker's (a paragraph after it)
    "<src>Paul, 80 ans</src>, assis sur un lit de camp : <cue kind=quote>«</cue> Nous avons pris "
    "<fig src=0>2</fig> valises. »",
    "Parmi eux, <src>Martine, 71 ans</src>, installée sur un lit de camp : <cue kind=quote>«</cue> Les "
    "pompiers sont passés en disant qu'il fallait partir, on a pris <fig src=0>deux</fig> sacs »\n\n16 h – "
    "Un gymnase ouvre.",
    "Encore essoufflé, <src>le grimpeur de 27 ans</src> : <cue kind=quote>«</cue> J'y ai cru dans les "
    "<fig src=0>500</fig> derniers mètres. »",
    # the parser takes the quotation after a colon for the main clause; a people's name speaks
    "<src>La directrice</src> est catégorique : <cue kind=quote>«</cue> Aucun poste ne sera supprimé. »",
    "Tout à sa joie, <src>l'Uruguayen</src> s'en tirait par une pirouette : <cue kind=quote>«</cue> Dans "
    "deux ans, je serai là. »",
    "Sur ce point, <src>nos sources</src> se montrent inflexibles : <cue kind=quote>«</cue> Il s'agit bien "
    "d'un vol. »",
    # the tokenizer cuts the name at its hyphen and the parser takes "-" for the subject
    "<src>Météo-France</src> <cue>a annoncé</cue> lundi un été « plus chaud que la normale ».",
    # a present of a cue verb read as an adjective of its subject, an incise between it and its clause
    "<src>Un salarié</src> <cue>raconte</cue>, sous couvert d'anonymat, que <fig src=0>40</fig> postes "
    "seront supprimés.",
    "<src>Une infirmière</src> <cue>raconte</cue>, la voix nouée, que <fig src=0>trois</fig> lits ont été "
    "fermés.",
    # a modal in the simple past, which the tagger reads as a present: what was said, not what may be
    "<src>Les experts</src> <cue>durent admettre</cue> que la digue avait cédé sur "
    "<fig src=0>200 mètres</fig>.",
    "<src>Le maire</src> <cue>dut reconnaître</cue> que <fig src=0>12</fig> maisons avaient été inondées.",
    "Les experts doivent admettre que la digue a cédé sur 200 mètres.",
]

CASES = (
    MORE
    + QUOTES_AFTER
    + NARRATIVE
    + RARER_VERBS
    + LOST_SUBJECTS
    + AGENT_PARTICIPLES
    + SECOND_GROUP
    + RULINGS
    + FAIRE_SAVOIR
    + NOUN_INCISES
    + APPOSED_NAMES
    + RELATIVE_OPINIONS
    + MISPARSED
    + AS_CLAUSES
    + SHARED_AND_RELATIVE
    + SELON
    + SAYING
    + STANCE
    + DEMANDS
    + COUNTING
    + QUOTES
    + PASSIVES
    + SUBJECTS
    + NEGATIVES
    + SPEAKERS
    + INSTITUTIONS
    + INVERTED
)


@pytest.mark.model
@pytest.mark.parametrize("marked", CASES + KNOWN_MISSES)
def test_case(nlp, marked):
    text, spans = parse(marked)
    expected = expected_attributions(spans)
    figs = [s for s in spans if s.tag == "fig"]
    doc = run(nlp, text, [(f.start, f.end) for f in figs] if figs else None)
    rows = rows_of(doc)
    assert len(rows) == len(expected), [(r["cue"], r["text"]) for r in rows]
    by_cue = {}
    for n, exp in expected.items():
        cue = exp["cue"]
        got = [r for r in rows if (r["cue_start_char"], r["cue_end_char"]) == (cue.start, cue.end)]
        assert got, f"no attribution with cue {cue.text!r}: {[(r['cue'], r['text']) for r in rows]}"
        row = by_cue[n] = got[0]
        src = exp.get("src")
        if src is None:
            assert row["start_char"] is None, row["text"]
            continue
        assert (row["start_char"], row["end_char"]) == (src.start, src.end), row["text"]
        for key, col in (("name", "name"), ("type", "source_type")):
            if key in src.attrs:
                assert row[col] == src.attrs[key], col
    for fig, span in zip(figs, doc.spans["figures"] if figs else [], strict=True):
        want = fig.attrs["src"]
        got = span._.source_id
        assert got == (None if want is None else by_cue[int(want)]["source_id"]), fig.text
