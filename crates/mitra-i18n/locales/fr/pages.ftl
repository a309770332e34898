# Mitra : les mots des pages publiques et des formulaires avec lesquels partenaires et
# entreprises tiennent leurs fiches à jour (la page d’accueil, l’annuaire et la page d’une
# organisation, les opportunités et la page d’une opportunité, le formulaire d’opportunité et
# l’éditeur de profil). Les problèmes d’un champ viennent de common.ftl et s’affichent à côté
# du champ dont le libellé les nomme ; types, canaux, formes juridiques, situations et
# catégories de taille sont aussi dans common.ftl.

## Commun aux listes et aux formulaires

pages-filter-any = Indifférent
pages-filter-country = Pays
pages-filter-search = Rechercher
pages-filter-apply = Filtrer
# Au-dessus de la liste des filtres refusés, chacun sous la forme « champ : ce qui ne va pas ».
pages-filter-problems = Certains filtres n’ont pas pu être appliqués :
pages-next-page = Page suivante
# Une étiquette sur une fiche qui n’est plus active.
pages-archived = archivée
# Une étiquette sur une opportunité qui est un exemple, pas un vrai programme.
pages-illustrative = exemple
pages-illustrative-hint = Inspirée d’un programme qui n’a pas pu être vérifié
pages-record-json = Cette fiche au format JSON
pages-form-not-saved = Rien n’a été enregistré : certains champs sont à revoir. Ils sont signalés ci-dessous.
# À côté d’une liste dans laquelle on peut choisir plusieurs éléments.
pages-choose-several = Maintenez la touche Ctrl (ou Cmd) enfoncée pour en choisir plusieurs.

## La page d’accueil

landing-title = Mitra : des partenaires pour la relance des PME
landing-heading = Des partenaires pour la relance des micro, petites et moyennes entreprises
landing-intro = Mitra est la plateforme qu’une agence d’appui aux PME met à disposition pour relier les entreprises qui se relèvent d’un choc aux banques, organismes publics, associations, universités, grandes entreprises, plateformes de commerce en ligne et autres PME qui peuvent les aider, et pour montrer, chiffres à l’appui, si ces entreprises se redressent.
# $msmes, $partners et $opportunities sont les trois nombres ci-dessous, chacun avec son nom
# (« 12 PME », « 3 partenaires », « 1 opportunité »).
landing-counts = Ce registre compte { $msmes }, { $partners } et { $opportunities }.
landing-count-msmes =
    { $count ->
        [one] { $shown } PME
       *[other] { $shown } PME
    }
landing-count-partners =
    { $count ->
        [one] { $shown } partenaire
       *[other] { $shown } partenaires
    }
landing-count-opportunities =
    { $count ->
        [one] { $shown } opportunité
       *[other] { $shown } opportunités
    }
landing-channels-heading = Cinq formes d’appui
# Sous le nom de chaque forme d’appui, ce qu’elle apporte.
landing-channel-resources = Financement, technologie, matières premières, achats groupés
landing-channel-knowledge = L’expertise et le savoir-faire des partenaires
landing-channel-networking = Mises en relation avec d’autres entreprises
landing-channel-markets = Nouveaux marchés, accompagnement pour vendre en ligne
landing-channel-training = Formations, mentors, cohortes
landing-see-opportunities = Voir les opportunités
landing-ways-in-heading = Par où commencer
# Chaque entrée est un lien, puis le texte qui le suit (qui commence par sa propre ponctuation).
landing-directory-link = L’annuaire des organisations
landing-directory-after =  : PME et partenaires, par pays, secteur et taille.
landing-opportunities-link = La liste des opportunités
landing-opportunities-after =  : prêts, formations, mentorat, accès aux marchés.
landing-api-link = La documentation de l’API (OpenAPI 3.1)
landing-api-after = , pour les systèmes qui échangent avec Mitra.

## L’annuaire des organisations

directory-title = Annuaire
directory-heading = Annuaire des organisations
directory-kind-label = Type
directory-size-label = Taille
directory-industry-label = Code de secteur
# Un exemple dans le champ du secteur : une lettre de section ou une classe CITI (ISIC).
# Un exemple de mot dans le champ de recherche.
directory-search-placeholder = cacao
directory-matches =
    { $count ->
        [one] { $shown } organisation correspond aux filtres.
       *[other] { $shown } organisations correspondent aux filtres.
    }
directory-matches-more = Plus de { $shown } organisations correspondent aux filtres ; affinez-les pour en voir moins.
directory-none = Aucune organisation ne correspond à ces filtres.

## La page d’une organisation

organization-edit = Modifier ce profil
organization-publish = Publier une opportunité
organization-languages = Langues
organization-legal-form = Forme juridique
organization-operating-status = Situation de l’activité
organization-founded = Date de création
organization-industry = Secteur d’activité
# $code est un code de secteur qui ne figure ni dans la CITI (ISIC) ni dans le SCIAN (NAICS).
organization-industry-unclassified = { $code } · code non répertorié
organization-balance-sheet = Total du bilan
# À la place d’une donnée que l’entreprise n’a pas partagée avec l’organisation du lecteur.
organization-not-shared = non partagé avec votre organisation
organization-size-class-label = Catégorie de taille
# $class est la catégorie de taille (Micro-entreprise, Petite entreprise…), $rule le texte qui
# fixe les catégories, cité tel quel (« Ghana L.I. 2470 »), $date le jour où les données ont été lues.
organization-size-class = { $class } (selon { $rule }, au { $date })
organization-size-not-known = non déterminée
# $reason indique ce qui manque encore à la règle de taille, ou pourquoi il n’y a pas de règle.
organization-size-not-known-because = non déterminée : { $reason }
organization-ownership = Direction
organization-women-led = dirigée par des femmes
organization-youth-led = dirigée par des jeunes
organization-veteran-led = dirigée par d’anciens militaires
organization-needs = Besoins
organization-offers = Offres
organization-offered = Opportunités proposées
organization-recommended = Opportunités recommandées
# Dans quelle mesure une opportunité recommandée convient à l’entreprise ; $score est un nombre comme 2,4.
organization-score = pertinence : { $score }
# $reasons sont les motifs ci-dessous, séparés par des virgules.
organization-why = Pourquoi : { $reasons }
organization-reasons-json = Tous les motifs au format JSON

## Pourquoi une opportunité est recommandée à une entreprise (après « Pourquoi : », séparés par des virgules)

recommendation-reason-industry = correspond à votre secteur
recommendation-reason-any-industry = ouverte aux entreprises de tous secteurs
recommendation-reason-same-country = dans votre pays
recommendation-reason-same-region = dans votre région
recommendation-reason-size-fit = pour les entreprises de votre taille
recommendation-reason-channel-need = répond à un besoin que vous avez indiqué
recommendation-reason-text-relevance = reprend les termes de vos besoins
recommendation-reason-shared-language = dans votre langue
recommendation-reason-recovery-need = pour les entreprises dont le chiffre d’affaires a baissé
recommendation-reason-women-led = priorité aux entreprises dirigées par des femmes
recommendation-reason-youth-led = priorité aux entreprises dirigées par des jeunes

## Pourquoi la catégorie de taille d’une entreprise n’est pas déterminée (après « non déterminée : » ;
## $rule est la référence du texte, comme « India S.O. 1364(E) », et reste telle quelle)

size-rule-none = Mitra n’a pas de règle de taille pour ce pays ({ $country })
size-rule-not-in-force = aucune règle de taille n’était en vigueur le { $date } pour ce pays ({ $country })
# $figures est une donnée, ou plusieurs, réunies comme l’écrit size-rule-list-and.
size-rule-needs-all = { $rule } demande { $figures }
# $figures est une donnée, ou plusieurs, réunies comme l’écrit size-rule-list-or.
size-rule-needs-one-of = { $rule } demande { $figures }
# $expected et $got sont des codes de devise, comme INR et USD.
size-rule-wrong-currency = { $rule } attend { $figure } en { $expected }, mais le montant indiqué est en { $got }
# $items sont toutes les données sauf la dernière, séparées par des virgules.
size-rule-list-and = { $items } et { $last }
size-rule-list-or = { $items } ou { $last }
size-rule-figure-employees = le nombre de personnes employées
size-rule-figure-annual-turnover = le chiffre d’affaires annuel
size-rule-figure-investment = l’investissement
size-rule-figure-balance-sheet-total = le total du bilan
size-rule-figure-founded-on = la date de création
size-rule-figure-industry-code = le code de secteur

## La liste des opportunités

opportunities-title = Opportunités
opportunities-heading = Opportunités
opportunities-channel-label = Type d’appui
opportunities-region-label = Région
opportunities-language-label = Langue
# Un exemple de mot dans le champ de recherche.
opportunities-search-placeholder = prêt
opportunities-matches =
    { $count ->
        [one] { $shown } opportunité correspond aux filtres.
       *[other] { $shown } opportunités correspondent aux filtres.
    }
opportunities-matches-more = Plus de { $shown } opportunités correspondent aux filtres ; affinez-les pour en voir moins.
opportunities-open-now = Ouvertes en ce moment
opportunities-closes-on = Clôture le { $date }
opportunities-up-to = Jusqu’à { $amount }
opportunities-none = Aucune opportunité ne correspond à ces filtres.

## La page d’une opportunité

opportunity-edit = Modifier cette opportunité
opportunity-illustrative-tag = exemple : inspirée d’un programme qui n’a pas pu être vérifié
opportunity-offered-by = Proposée par
opportunity-status = Statut
# Si les entreprises peuvent postuler aujourd’hui.
opportunity-open = ouverte
opportunity-closed = fermée
opportunity-opens = Ouverture
opportunity-closes = Clôture
opportunity-seats = Places
opportunity-mentor-slots = Places de mentorat
opportunity-budget = Budget total
opportunity-per-firm = Montant maximal par entreprise
opportunity-languages = Langues
opportunity-regions = Régions
# Les régions d’une opportunité qui n’en nomme aucune.
opportunity-whole-country = tout le pays
opportunity-industries = Secteurs d’activité
opportunity-priority = En priorité
opportunity-women-led = entreprises dirigées par des femmes
opportunity-youth-led = entreprises dirigées par des jeunes
# Avant les catégories de taille visées par l’opportunité (« Micro-entreprise, Petite entreprise »).
opportunity-sizes = Tailles d’entreprise visées

## Le formulaire d’opportunité

offer-new-heading = Publier une opportunité
offer-edit-heading = Modifier l’opportunité
# $partner est l’organisation qui la propose, $country le pays où elle est proposée.
offer-offered-by = Proposée par { $partner } (pays : { $country }).
offer-stale = Quelqu’un d’autre a modifié cette opportunité pendant que vous y travailliez. Le formulaire contient toujours vos valeurs : comparez-les à l’opportunité telle qu’elle est maintenant, puis enregistrez à nouveau.
offer-what-legend = De quoi s’agit-il ?
offer-title = Titre
offer-description = Présentation
offer-channel = Type d’appui
offer-how-much-legend = Combien ?
offer-seats = Places
offer-mentor-slots = Places de mentorat
offer-budget = Budget total
offer-budget-currency = Devise du budget
offer-per-firm = Montant maximal par entreprise
offer-per-firm-currency = Devise de ce montant
offer-when-legend = Quand et pour qui ?
offer-opens-on = Date d’ouverture
offer-closes-on = Date de clôture
offer-languages = Langues
offer-regions = Régions concernées
offer-regions-hint = Séparées par des virgules. Laissez vide pour tout le pays.
offer-industries = Secteurs d’activité
offer-industries-hint = Codes CITI (ISIC) de n’importe quel niveau, séparés par des virgules (C pour l’industrie manufacturière, 1073 pour le cacao). Laissez vide pour tous les secteurs.
offer-sizes-legend = Tailles d’entreprise (ne cochez rien pour toutes les tailles)
offer-women-led = Priorité aux entreprises dirigées par des femmes
offer-youth-led = Priorité aux entreprises dirigées par des jeunes
offer-illustrative = Exemple (inspiré d’un programme qui n’a pas pu être vérifié)

## L’éditeur de profil

# $name est le nom de l’organisation.
profile-title = { $name } : modifier le profil
profile-heading = Modifier le profil
profile-stale = Quelqu’un d’autre a modifié ce profil pendant que vous y travailliez. Le formulaire ci-dessous contient toujours vos valeurs : comparez-les au profil tel qu’il est maintenant, puis enregistrez à nouveau.
# Un lien après profile-stale.
profile-stale-link = Voir le profil tel qu’il est maintenant
profile-size-label = Catégorie de taille :
profile-size-not-known = non déterminée
# $class est la catégorie de taille (Micro-entreprise, Petite entreprise…), $rule le texte qui
# fixe les catégories, cité tel quel (« Ghana L.I. 2470 »), $date le jour où les données ont été lues.
profile-size-class = { $class } selon { $rule }, au { $date }
# $reason indique ce qui manque encore à la règle de taille, ou pourquoi il n’y a pas de règle.
profile-size-not-known-because = Pas encore déterminée : { $reason }
profile-size-hint = Calculée à partir des données ci-dessous, selon les règles de ce pays ({ $country }). Elle n’est jamais saisie à la main.
profile-organisation-legend = L’organisation
profile-name = Nom
profile-region = Région, État ou province
profile-description = Ce que fait l’organisation
profile-languages = Langues de travail
profile-business-legend = L’entreprise
profile-legal-form = Forme juridique
profile-registration-number = Numéro d’immatriculation
profile-founded-on = Date de création
profile-industry = Secteur d’activité
profile-industry-hint = La classe CITI rév. 4 (ISIC Rev.4 : quatre chiffres, par exemple 1073 pour le cacao et le chocolat) ou un code SCIAN (NAICS).
profile-operating-status = Situation de l’activité
profile-figures-legend = Données chiffrées
profile-employees = Nombre de personnes employées
profile-turnover = Chiffre d’affaires annuel
profile-amount-hint = Le montant, puis sa devise.
profile-turnover-currency = Devise du chiffre d’affaires
profile-investment = Investissement en installations, machines et équipements
profile-investment-currency = Devise de l’investissement
profile-balance-sheet = Total du bilan
profile-balance-sheet-hint = Utilisé uniquement par la règle de l’UE.
profile-balance-sheet-currency = Devise du total du bilan
profile-ownership-legend = Direction de l’entreprise
profile-women-led = Dirigée par des femmes
profile-youth-led = Dirigée par des jeunes
profile-veteran-led = Dirigée par d’anciens militaires
profile-needs-legend = Ce dont l’entreprise a besoin
profile-offers-legend = Ce qu’elle propose
profile-channel = Type d’appui
profile-in-your-words = Avec vos propres mots
profile-save = Enregistrer le profil

## Archiving an organisation

organization-archive-explain = L’archivage retire cette organisation et ses opportunités de toutes les listes et recherches ; le journal d’audit garde ce qu’elle était.
organization-archive-button = Archiver cette organisation

## Past years' figures
profile-years-legend = Chiffres des années passées
profile-years-hint = Les règles des programmes les lisent : le CEBA, par exemple, lit la masse salariale de 2019. Laissez une ligne vide pour ne rien ajouter.
profile-year = Année
profile-year-payroll = Masse salariale (salaires et avantages versés)
profile-year-expenses = Dépenses non reportables (loyer, services publics, assurances)
profile-year-turnover = Chiffre d'affaires de l'année
profile-year-employees = Personnes employées cette année-là
profile-year-currency = Devise des montants de l'année

## Eligibility
eligibility-heading = Qui peut présenter une demande
eligibility-rules-from = Ces règles s'appliquent aux demandes à partir du { $date }.
eligibility-summary = Vous remplissez { $met } critères sur { $total }.
eligibility-fill-in = Il manque à votre profil : { $fields }.
eligibility-all-met = Vous pouvez présenter une demande.
eligibility-edit-profile = Compléter le profil
eligibility-met = Rempli :
eligibility-not-met = Non rempli :
eligibility-unknown = Pas encore connu :
eligibility-missing = manquant
eligibility-value = { $field } : { $value }
eligibility-yes = oui
eligibility-no = non
field-kind = type d'organisation
field-country = pays
field-region = région
field-legal-form = forme juridique
field-founded-on = date de création
field-years-in-operation = années d'activité
field-operating-status = situation d'activité
field-industry = code d'activité
field-isic-section = secteur
field-size-class = catégorie de taille
field-employees = personnes employées
field-turnover = chiffre d'affaires annuel
field-investment = investissement
field-balance-sheet-total = total du bilan
field-women-led = dirigée par des femmes
field-youth-led = dirigée par des jeunes
field-veteran-led = dirigée par des anciens combattants
field-application-date = date de la demande
field-year-payroll = masse salariale { $year }
field-year-expenses = dépenses non reportables { $year }
field-year-turnover = chiffre d'affaires { $year }
field-year-employees = personnes employées en { $year }
relief-forgiven = Remise si remboursé à temps
relief-example = { $forgiven } sur un prêt de { $borrowed }
relief-deadline = Rembourser le reste au plus tard
relief-refinanced = Avec une demande de refinancement déposée au plus tard le { $filed } : le { $date }.
relief-otherwise = Sinon
relief-term-loan = le solde devient un prêt à terme à { $rate } % par an, échéant le { $due }

# Programmes
nav-programmes = Programmes
organization-new-programme = Lancer un programme
offer-programme = Programme
offer-programme-hint = Le programme dont l'offre fait partie : même canal, même pays.
offer-no-programme = Hors programme
programmes-title = Programmes
programmes-intro = Ce que mènent les agences et les partenaires, chacun sur un canal : les offres qu'ils regroupent, l'année de référence de la reprise de leurs entreprises et les parts d'entreprises qu'ils visent.
programmes-none = Aucun programme pour l'instant.
programme-running = En cours
programme-run-by = Mené par { $organisation }
programme-period = du { $from } au { $to }
programme-from = À partir du { $from }
programme-edit = Modifier le programme
programme-runner = Mené par
programme-participants = Entreprises participantes
programme-baseline-explained = La reprise d'une entreprise se mesure à ses chiffres de l'année de référence du premier programme qu'elle a rejoint, pour que tous ses mois aient la même mesure.
programme-opportunities = Ses offres
programme-no-opportunities = Aucune offre n'en fait encore partie : un partenaire en ajoute une depuis le formulaire de l'offre.
programme-dates = Dates
programme-baseline-year = Année de référence
programme-baseline-is = Reprise mesurée par rapport à { $year }
programme-target-women = au moins { $share } % d'entreprises dirigées par des femmes
programme-target-youth = au moins { $share } % d'entreprises dirigées par des jeunes
programme-target-region = au moins { $share } % de { $region }
programme-no-targets = Aucun objectif fixé
programme-targets = Objectifs d'équité
programme-new-heading = Lancer un programme
programme-edit-heading = Modifier le programme
programme-what-legend = De quoi il s'agit
programme-name = Nom
programme-starts-on = Commence le
programme-ends-on = Se termine le
programme-baseline-hint = L'année d'avant le choc auquel répond le programme, dont les chiffres servent de référence (2019 pour la pandémie).
programme-targets-hint = La part minimale, en pour cent, des entreprises servies que le programme veut donner à chaque groupe ; laissez vide s'il n'y en a pas.
programme-women-share = Entreprises dirigées par des femmes (%)
programme-youth-share = Entreprises dirigées par des jeunes (%)
programme-region-shares = Régions (%)
programme-region-shares-hint = Une région du programme par ligne, avec sa part : Ashanti: 30
opportunity-programme = Fait partie de

# Mentors and pools
nav-mentoring = Mentorat
mentor-heading = Votre profil de mentor
mentor-intro = { $name }, les programmes vous associent à des entreprises d'après ce que vous indiquez ici : ce que vous savez, vos langues, où, et combien de mentorés vous prenez à la fois.
mentor-in-pools = Vous êtes dans le vivier de mentors de :
mentor-knows-legend = Ce que vous savez
mentor-expertise = Secteurs
mentor-topics = Sujets
mentor-topics-hint = Séparés par des virgules, par exemple comptabilité, formalités d'export
mentor-about = À propos de vous
mentor-where-legend = Dans quelles langues, et où
mentor-when-legend = Combien, et quand
mentor-capacity = Mentorés à la fois
mentor-available-from = Disponible à partir du
mentor-pause = Pause : ne pas prendre de nouveaux mentorés pour l'instant
mentor-paused = En pause
mentor-from = À partir du { $date }
mentor-takes-mentees = Prend des mentorés
pool-heading = Vivier de mentors
pool-summary = { $count ->
    [one] Un mentor.
   *[other] { $shown } mentors.
}
pool-open-capacity = Ceux qui prennent de nouveaux mentorés peuvent en accompagner { $count } à la fois.
pool-none = Aucun mentor dans le vivier : ajoutez-en un par son adresse e-mail.
pool-name = Nom
pool-status = Statut
pool-actions = Modifier
pool-remove = Retirer
pool-add-heading = Ajouter un mentor
pool-email = Son adresse e-mail
pool-add = Ajouter au vivier

# Match rounds
nav-proposals = Mises en relation
round-status-running = Calcul en cours
round-status-solved = Prêt à examiner
round-status-refused = Impossible à résoudre
round-status-published = Publié
rounds-heading = Tours d'appariement
rounds-explained = Un tour associe les entreprises du programme aux mentors de son vivier : la meilleure affectation trouvée par le moteur, affichée à côté de ce que donneraient « premier arrivé, premier servi » et un choix glouton. Examinez-la, ajustez-la, puis publiez-la.
rounds-none = Aucun tour pour l'instant.
rounds-started = Commencé le
rounds-status = État
rounds-runs = Calculs
rounds-new = Lancer un tour
rounds-population = Quelles entreprises
rounds-population-approved = Candidats retenus aux offres du programme
rounds-population-participants = Entreprises participant au programme
rounds-run = Lancer le calcul
round-weights = Poids de chaque critère
round-weights-hint = De 0 (pas du tout) à 10.
round-contribution-industry = Connaît le secteur de l'entreprise
round-contribution-language = Langue commune
round-contribution-region = Accompagne dans la région de l'entreprise
round-contribution-need = Besoin de relance
round-heading = Tour d'appariement
round-follow-up-of = Le tour qu'il prolonge
round-run-of = Calcul { $number } sur { $count }
round-inputs = { $firms } entreprises, { $mentors } mentors
round-seats = { $count } places libres
round-solved-in = résolu en { $ms } ms
round-running = Le moteur calcule ce tour ; la page se recharge d'elle-même.
round-refused = Ce calcul ne peut pas être résolu tel quel :
round-comparison = Comparaison avec « premier arrivé » et le choix glouton
round-comparison-explained = Mêmes entreprises, mentors et règles. La meilleure affectation sert autant d'entreprises que les places et les règles le permettent, et parmi elles la meilleure adéquation totale. « Premier arrivé » donne à chaque entreprise, dans l'ordre, son meilleur mentor disponible ; le choix glouton prend d'abord les binômes les mieux assortis. Elle tient aussi les objectifs marqués comme quotas stricts, ce qui peut coûter un peu d'adéquation : le tableau montre les parts de chaque méthode.
round-method = Méthode
round-chart-served = Entreprises servies
round-chart-fit = Adéquation totale
round-method-best = Meilleure affectation
round-method-first-come = Premier arrivé, premier servi
round-method-greedy = Glouton, meilleur binôme d'abord
round-percent = { $value } %
round-fairness = Objectifs d'équité
round-group = Groupe
round-target = Part minimale des entreprises servies
round-members = Entreprises du groupe dans le tour
round-held = Comment il est tenu
round-held-quota = Comme quota strict
round-held-reported = Seulement indiqué
round-met = Atteint
round-met-yes = Oui
round-met-no = Non
round-group-women-led = Entreprises dirigées par des femmes
round-group-youth-led = Entreprises dirigées par des jeunes
round-no-pairs = Aucun binôme n'a pu être formé.
round-firm = Entreprise
round-mentor = Mentor
round-score = Adéquation
round-reasons = Pourquoi
round-answer = Réponses
round-adjust = Ajuster
round-pinned = Épinglé
round-pin = Épingler
round-forbid = Interdire
round-answers = entreprise : { $firm }, mentor : { $mentor }
round-answer-pending = pas encore
round-answer-accepted = accepté
round-answer-declined = refusé
round-pair-waiting = En attente de réponses
round-pair-confirmed = Confirmé
round-pair-declined = Refusé
round-pair-expired = Expiré
round-why = Pourquoi
round-why-no-mentor-fits = Aucun mentor du vivier ne peut accompagner cette entreprise :
round-why-forbidden = Les mentors qui pourraient l'accompagner lui sont tous interdits.
round-by-hand = Épingles, binômes interdits et places
round-by-hand-none = Rien d'épinglé ni d'interdit à la main.
round-unpin = Désépingler
round-forbidden = Interdit
round-allow = Autoriser de nouveau
round-capacity = Places pour ce tour
round-capacity-change = Changer les places et recalculer
round-rerun = Recalculer avec ces poids
round-publish = Publier
round-publish-explained = Les responsables de chaque entreprise et chaque mentor reçoivent leurs propositions par e-mail dans leur langue ; chaque partie accepte ou refuse avant la date limite.
round-deadline = Réponses attendues au plus tard le
round-publish-button = Publier et prévenir les deux parties
round-published = Publié : réponses attendues au plus tard le { $date }
round-follow-up-explained = Un tour de suivi garde les binômes confirmés, interdit ceux refusés et apparie de nouveau les autres entreprises.
round-follow-up = Lancer un tour de suivi
proposals-heading = Vos mises en relation
proposals-explained = Un programme a proposé ces binômes. Acceptez ou refusez chacun avant sa date limite ; les coordonnées sont partagées quand les deux parties ont accepté.
proposals-none = Aucune proposition pour vous pour l'instant.
proposals-programme = Programme
proposals-contact = Contact
proposals-accept = Accepter
proposals-decline = Refuser
proposal-mentor-for = Mentor pour { $firm }
round-pairs = { $count ->
        [one] { $count } binôme proposé
       *[other] { $count } binômes proposés
    }
round-unmatched = { $count ->
        [one] { $count } entreprise sans mentor
       *[other] { $count } entreprises sans mentor
    }
round-ruled-out-language = { $count ->
        [one] { $count } ne parle aucune de ses langues
       *[other] { $count } ne parlent aucune de ses langues
    }
round-ruled-out-region = { $count ->
        [one] { $count } n'accompagne pas dans sa région
       *[other] { $count } n'accompagnent pas dans sa région
    }
round-ruled-out-country = { $count ->
        [one] { $count } travaille dans un autre pays
       *[other] { $count } travaillent dans un autre pays
    }
round-why-mentors-full = { $count ->
        [one] Le seul mentor possible est déjà pris par des entreprises servies à sa place.
       *[other] Les { $count } mentors possibles sont déjà pris par des entreprises servies à sa place.
    }

# Mentoring sessions
session-heading = Séances
session-held-on = Date de la séance
session-minutes = Durée en minutes
session-minutes-of = { $count } min
session-mode = Comment
session-mode-in-person = En personne
session-mode-phone = Par téléphone
session-mode-video = En visioconférence
session-topics = Sujets
session-topics-hint = Séparés par des virgules.
session-next-steps = Prochaines étapes convenues
session-log = Enregistrer la séance
session-awaiting = En attente de la confirmation de l'entreprise
session-denied = L'entreprise indique qu'elle n'a pas eu lieu
session-confirmed = Confirmée par l'entreprise
session-confirmed-rated = Confirmée par l'entreprise, notée { $rating } sur 5
session-rating = Utilité (5 : très utile)
session-rating-none = Sans note
session-confirm-yes = Elle a eu lieu
session-confirm-no = Elle n'a pas eu lieu
round-sessions-none = Aucune séance enregistrée
round-sessions = Séances : { $count } · { $hours } h
round-sessions-last = la dernière le { $date }
round-quiet = Aucune séance depuis 30 jours
