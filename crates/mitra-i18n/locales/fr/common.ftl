# Mitra : les mots que toutes les pages partagent (la mise en page, les pages d’erreur, les
# formulaires refusés, les listes du domaine et les problèmes d’un champ). Chaque problème est
# une phrase à part entière : la page l’affiche à côté du champ dont le libellé le nomme.

## Mise en page

site-description = Mitra met en relation les micro, petites et moyennes entreprises qui se relèvent d’un choc avec les banques, les organismes publics, les associations et les entreprises qui peuvent les aider.
skip-to-content = Aller au contenu
nav-main = Menu principal
nav-directory = Annuaire
nav-opportunities = Opportunités
nav-my-business = Mon entreprise
nav-sharing = Partage
nav-my-organisation = Mon organisation
nav-administration = Espace admin
nav-account = Mon compte
sign-in = Se connecter
sign-out = Se déconnecter
register-business = Inscrire une entreprise
language-switcher = Langue
footer-text = Mitra met en relation les PME qui se relèvent d’un choc avec les partenaires qui peuvent les aider.
footer-api = API
back-to-start = Retour à l’accueil
save = Enregistrer
none = Aucun

## Choix de la langue

language-unknown-title = Langue non disponible
language-unknown-message = Mitra est disponible en anglais, en français, en espagnol, en indonésien et en hindi. Choisissez l’une de ces langues.

## Pages d’erreur

error-sign-in-failed-title = Connexion impossible
error-sign-in-failed-message = L’adresse e-mail ou le mot de passe est incorrect.
error-too-many-attempts-title = Trop de tentatives
error-too-many-attempts-message = Il y a eu trop de tentatives depuis cette connexion. Attendez un quart d’heure, puis réessayez.
error-link-not-valid-title = Ce lien ne fonctionne plus
error-link-not-valid-message = Ce lien a déjà été utilisé ou a expiré. Demandez-en un nouveau.
error-not-found-title = Introuvable
error-not-found-message = Cette fiche n’existe pas.
error-bad-address-title = Introuvable
error-bad-address-message = Cette adresse ne correspond à aucune fiche.
error-forbidden-title = Accès refusé
error-forbidden-message = Vous n’avez pas accès à cette page.
error-stale-title = Fiche modifiée entre-temps
error-stale-message = Quelqu’un d’autre a modifié cette fiche depuis que vous l’avez ouverte. Rouvrez-la pour voir la modification.
error-conflict-title = Action impossible
error-conflict-message = Cette fiche ne peut pas être modifiée dans son état actuel.
error-internal-title = Une erreur s’est produite
error-internal-message = La page n’a pas pu s’afficher. L’erreur a été enregistrée.
error-no-page-title = Page introuvable
error-no-page-message = Il n’y a aucune page à cette adresse. Les liens ci-dessus vous mènent à ce que propose Mitra.

## Formulaires refusés avant d’être lus

form-not-saved-title = Non enregistré
form-not-a-form = Ces informations n’ont pas été envoyées sous forme de formulaire.
form-too-large = Ce formulaire dépasse la taille acceptée par Mitra. Rien n’a été enregistré.
form-expired = Ce formulaire a expiré ou ne vient pas de Mitra. Rien n’a été enregistré. Rouvrez la page et envoyez le formulaire à nouveau.

## Problèmes d’un champ

problem-required = Ce champ est obligatoire.
problem-other = { $detail }
problem-not-in-list = Choisissez une option dans la liste.
problem-not-a-date = Saisissez une date.
problem-in-future = Cette date ne peut pas être dans le futur.
problem-not-whole-number = Saisissez un nombre entier, par exemple 12.
problem-at-most = Saisissez au maximum { $max }.
problem-between = Saisissez un nombre entre { $min } et { $max }.
problem-repeats = { $item } figure deux fois dans la liste.
problem-no-language = Choisissez au moins une langue.
problem-closes-before-opening = La date de clôture ne peut pas être antérieure à la date d’ouverture ({ $opens }).
problem-exceeds-budget = Le montant par entreprise ne peut pas dépasser le budget total.
problem-not-in-budget-currency = Indiquez ce montant dans la devise du budget ({ $currency }).
problem-not-in-firms-currency = Indiquez ce montant dans la devise de l’entreprise ({ $currency }).
problem-email-too-long = C’est trop long pour une adresse e-mail.
problem-not-an-email = Saisissez une adresse e-mail, par exemple name@example.com.
problem-password-too-short = Utilisez au moins { $min } caractères.
problem-password-too-long = Utilisez au maximum { $max } caractères.
problem-password-is-email = Votre mot de passe ne peut pas être votre adresse e-mail.
problem-passwords-differ = Les deux mots de passe ne sont pas identiques.
problem-not-your-password = Ce n’est pas votre mot de passe actuel.
problem-not-that-accounts-password = Ce n’est pas le mot de passe du compte lié à cette adresse e-mail.
problem-email-taken = Un compte existe déjà avec cette adresse e-mail : connectez-vous ou réinitialisez le mot de passe.
problem-no-figures = Choisissez au moins une donnée à partager.
problem-in-the-past = Choisissez la date d’aujourd’hui ou une date ultérieure.
problem-too-far-ahead = Choisissez une date qui ne dépasse pas trois ans à partir d’aujourd’hui.
problem-not-a-partner = Choisissez une organisation partenaire dans la liste.
problem-not-reportable = Vous ne pouvez pas faire de rapport pour cette entreprise.
problem-not-your-business = Choisissez une entreprise dont vous êtes propriétaire.
problem-too-long = Utilisez au maximum { $max } caractères (il y en a { $got }).
problem-control-character = Supprimez les caractères de contrôle.
problem-direction-override = Supprimez les caractères invisibles qui changent le sens du texte.
problem-unknown-currency = Choisissez une devise dans la liste.
problem-currency-mismatch = Ces montants sont dans des devises différentes ({ $left } et { $right }).
problem-not-an-amount = Saisissez un montant, avec un point avant les décimales, par exemple 1250.50.
problem-amount-too-large = Ce montant est trop élevé pour les données d’une entreprise.
problem-negative = Cette valeur ne peut pas être négative.
problem-too-precise = { $places ->
    [0] Les montants en { $currency } n’ont pas de décimales.
    [one] Les montants en { $currency } ont au maximum { $places } décimale.
   *[other] Les montants en { $currency } ont au maximum { $places } décimales.
}
problem-unknown-country = Choisissez un pays dans la liste.
problem-unknown-language = Choisissez une langue dans la liste.
problem-industry-malformed = Saisissez un code d’activité de 16 lettres ou chiffres au maximum, par exemple 1071.

## Types d’organisation

kind-msme = PME
kind-financial-institution = Banque ou institution financière
kind-government-agency = Organisme public
kind-nonprofit = Organisme à but non lucratif
kind-academic = Université ou institut de recherche
kind-corporate = Grande entreprise
kind-ecommerce-platform = Plateforme de commerce en ligne
kind-development-bank = Banque de développement

## Types d’appui

channel-resources = Ressources
channel-knowledge = Connaissances
channel-networking = Réseautage et mise en relation d’affaires
channel-markets = Accès aux marchés
channel-training = Formation et mentorat

## Rôles

role-administrator = Administrateur
role-programme-manager = Responsable de programme
role-partner-staff = Membre de l’équipe partenaire
role-reviewer = Évaluateur
role-approver = Approbateur
role-msme-owner = Propriétaire d’entreprise
role-mentor = Mentor d’affaires

## Formes juridiques

legal-form-sole-proprietorship = Entreprise individuelle
legal-form-partnership = Société de personnes
legal-form-limited-liability-partnership = Société de personnes à responsabilité limitée
legal-form-private-company = Société à responsabilité limitée (SARL)
legal-form-public-company = Société anonyme (SA)
legal-form-cooperative = Coopérative
legal-form-other = Autre

## Situation de l’activité

status-operating = En activité
status-reduced-operations = En activité réduite
status-temporarily-closed = Fermée temporairement
status-permanently-closed = Fermée définitivement

## Données qu’une PME peut partager

figure-turnover = Chiffre d’affaires annuel
figure-investment = Investissement
figure-employees = Nombre d’employés
figure-recovery-reports = Rapports mensuels de reprise

## Catégories de taille

size-micro = Micro-entreprise
size-small = Petite entreprise
size-medium = Moyenne entreprise
size-large = Grande entreprise

## Secteurs : les sections de la CITI rév. 4 (Division de statistique des Nations unies)

isic-section-a = Agriculture, sylviculture et pêche
isic-section-b = Activités extractives
isic-section-c = Activités de fabrication
isic-section-d = Production et distribution d’électricité, de gaz, de vapeur et climatisation
isic-section-e = Distribution d’eau ; assainissement, gestion des déchets et remise en état
isic-section-f = Construction et travaux publics
isic-section-g = Commerce de gros et de détail ; réparation de véhicules automobiles et de motocycles
isic-section-h = Transport et entreposage
isic-section-i = Hébergement et restauration
isic-section-j = Information et communication
isic-section-k = Activités financières et d’assurance
isic-section-l = Activités immobilières
isic-section-m = Activités professionnelles, scientifiques et techniques
isic-section-n = Services administratifs et de soutien
isic-section-o = Administration publique et défense ; sécurité sociale obligatoire
isic-section-p = Enseignement
isic-section-q = Santé humaine et action sociale
isic-section-r = Arts, spectacles et loisirs
isic-section-s = Autres activités de services
isic-section-t = Ménages en tant qu’employeurs ; production pour usage propre
isic-section-u = Organisations et organismes extraterritoriaux

## Problems with eligibility rules
problem-rule-syntax = n'est pas une expression valide : vérifiez ce qui est écrit à la position { $position }
problem-rule-unknown-field = fait référence à { $name } à la position { $position }, qui n'est pas un champ du demandeur
problem-rule-unknown-function = appelle { $name } à la position { $position }, qui n'est pas une fonction permise dans les règles
problem-rule-money-with-number = compare de l'argent à un simple nombre à la position { $position } : écrivez le montant avec sa devise, par exemple money(20000, "{ $currency }")
problem-rule-other-currency = compare de l'argent en { $expected } à un montant en { $found } à la position { $position }
problem-rule-mismatch = compare { $left } à { $right } à la position { $position }, qui ne se comparent pas
problem-rule-not-allowed-value = compare { $field } à { $value } à la position { $position }, une valeur que { $field } n'a jamais
problem-rule-bad-literal = ne peut pas lire { $text } à la position { $position }
problem-rule-not-yes-or-no = doit donner oui ou non (true ou false), ce qui n'est pas le cas à la position { $position }
problem-rule-unsupported = utilise { $text } à la position { $position }, ce que les règles ne permettent pas
problem-no-money-here = Laissez le montant vide : cette opportunité ne donne pas d’argent.
problem-not-positive = Saisissez un montant supérieur à zéro.
problem-above-limit = C’est plus que ce qu’une entreprise peut recevoir ({ $limit }).
problem-closed-with-activity = Laissez zéro : l’entreprise indique avoir fermé définitivement ce mois-là.

# A share, whole per cent
percent = { $value } %

# Problems with programmes and the opportunities in them
problem-not-the-programmes-channel = Choisissez le canal du programme, ou un autre programme.
problem-not-the-programmes-country = Le programme se déroule dans un autre pays : choisissez-en un de ce pays.
problem-opportunities-elsewhere = Les offres du programme sont sur la valeur actuelle : retirez-les d'abord.

problem-ends-before-start = La date de fin ne doit pas précéder la date de début ({ $starts }).

problem-not-a-mentor = Indiquez l'adresse e-mail d'un mentor qui a rempli son profil de mentor.

# Match rounds
problem-pinned-twice = Cette entreprise est déjà épinglée à un autre mentor.
problem-pinned-and-forbidden = Ce binôme figure aussi parmi les binômes interdits.
problem-pin-other-country = Ce mentor travaille dans un autre pays que l'entreprise.
problem-pin-no-shared-language = Ce mentor ne parle aucune des langues de l'entreprise.
problem-pin-outside-regions = Ce mentor n'accompagne pas dans la région de l'entreprise.
problem-no-mentors = Le vivier du programme n'a aucun mentor disponible : ajoutez-en d'abord.
problem-no-firms = Il n'y a encore aucune entreprise à apparier.
problem-target-unreachable = L'objectif demande au moins { $required } entreprises { $kind ->
        [women] dirigées par des femmes
        [youth] dirigées par des jeunes
       *[region] de { $region }
    }, mais la place et les règles des mentors en permettent au plus { $best }.
problem-pins-over-capacity = Cela épingle plus d'entreprises à ce mentor que sa capacité ({ $capacity }).
problem-deadline-passed = La réponse était attendue au plus tard le { $deadline }.
problem-already-answered = Une réponse a déjà été donnée.

problem-already-published = Ce tour est publié et ne peut plus changer.
problem-not-yet-published = Ce tour n'est pas encore publié.
problem-not-yet-solved = Le calcul n'est pas encore terminé : patientez un instant et rechargez la page.
problem-no-pairs = Ce calcul ne propose aucun binôme à publier.

problem-not-after-today = Choisissez un jour après aujourd'hui.

problem-no-rating-without = Ne notez pas une séance qui n'a pas eu lieu.
problem-already-logged = Ce binôme a déjà une séance enregistrée ce jour-là.
problem-not-confirmed-pair = Les séances s'enregistrent pour les binômes acceptés des deux côtés.
