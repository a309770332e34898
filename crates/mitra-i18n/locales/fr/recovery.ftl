## Recovery: monthly reports, dashboards and the impact estimate

# Navigation
nav-monthly-report = Rapport mensuel
nav-recovery = Reprise

# The monthly report of an MSME
reports-title = Rapport mensuel
reports-heading = Comment s’est passé votre mois ?
reports-baseline = Avant la crise ({ $year }) : { $monthly } de ventes par mois
reports-saved = Merci : votre rapport de { $month } est enregistré.
reports-month = Mois
reports-status = L’entreprise était-elle ouverte ?
reports-revenue = Ventes du mois ({ $currency })
reports-revenue-hint = Chiffres seulement, sans séparateurs : 250000 ou 250000.50
reports-paid-employees = Salariés payés
reports-effect = Dans l’ensemble, quel effet la crise a-t-elle eu sur l’entreprise ?
reports-no-answer = Pas de réponse
reports-change-revenue = Ventes depuis le dernier rapport
reports-change-employees = Salariés depuis le dernier rapport
reports-change-hours = Heures travaillées depuis le dernier rapport
reports-actions = Qu’avez-vous fait depuis le dernier rapport ?
reports-send = Envoyer le rapport
reports-past = Rapports précédents
reports-none = Aucun rapport pour l’instant.
reports-revenue-short = Ventes
reports-index = Indice de reprise
reports-gap = Manque par rapport à l’avant-crise
reports-jobs = Emplois maintenus · créés
reports-jobs-value = { $kept } · { $new }
reports-index-explained = L’indice de reprise compare les ventes d’un mois au douzième des ventes de 2019 : 100 % signifie le retour au niveau d’avant. Les emplois sont comptés par rapport à 2019 : ceux maintenus, puis ceux créés au-delà.

# The pulse survey's answers (after the US Census Bureau's Small Business Pulse Survey)
effect-large-negative = Effet très négatif
effect-moderate-negative = Effet plutôt négatif
effect-little-or-none = Peu ou pas d’effet
effect-moderate-positive = Effet plutôt positif
effect-large-positive = Effet très positif
change-increased = En hausse
change-no-change = Stable
change-decreased = En baisse
pulse-action-sought-financing = Cherché un financement
pulse-action-new-suppliers = Trouvé de nouveaux fournisseurs
pulse-action-moved-online = Commencé à vendre en ligne
pulse-action-new-products = Proposé de nouveaux produits ou services
pulse-action-cut-hours = Réduit les heures de travail
pulse-action-laid-off-staff = Licencié du personnel
pulse-action-asked-for-public-help = Demandé une aide publique

# The recovery dashboard
recovery-title = Reprise
recovery-heading = Comment les entreprises se redressent
recovery-intro = Les rapports mensuels de toutes les entreprises, additionnés par mois : les ventes par rapport à l’avant-crise, la part encore ouverte et les emplois. Choisissez une répartition pour comparer des groupes.
recovery-region = Région
recovery-women-led = Dirigées par des femmes
recovery-not-women-led = Non dirigées par des femmes
recovery-youth-led = Dirigées par des jeunes
recovery-not-youth-led = Non dirigées par des jeunes
recovery-partnered = Accompagnées
recovery-not-yet-partnered = Pas encore accompagnées
recovery-yes = Oui
recovery-no = Non
recovery-from = Du mois
recovery-to = Au mois
recovery-by = Répartir par
recovery-by-none = Sans répartition
recovery-by-country = Pays
recovery-by-region = Région
recovery-by-sector = Secteur
recovery-by-size-class = Taille
recovery-by-women-led = Dirigées par des femmes ou non
recovery-by-youth-led = Dirigées par des jeunes ou non
recovery-by-partnered = Accompagnées ou pas encore
recovery-compare-partnered = Comparer les entreprises accompagnées à celles qui ne le sont pas encore
recovery-export-csv = Télécharger le tableau (CSV)
recovery-export-xlsx = Télécharger le tableau (Excel)
recovery-no-reports = Aucun rapport ne correspond à ces filtres.
recovery-table = Les mêmes chiffres en tableau
recovery-group = Groupe
recovery-reports = Rapports
recovery-open = Ouvertes
recovery-jobs-maintained = Emplois maintenus
recovery-jobs-created = Emplois créés
recovery-groups-explained = Un rapport compte dans les groupes de l’entreprise ce mois-là ; une entreprise est accompagnée à partir du mois où un partenaire l’a approuvée pour la première fois.
recovery-all-firms = Toutes les entreprises
recovery-unknown-group = Inconnu
recovery-chart-index = Indice de reprise : ventes par rapport à l’avant-crise
recovery-chart-open = Part des entreprises ouvertes
recovery-chart-jobs = Emplois maintenus et créés
recovery-chart-summary = { $group } : { $first } en { $first_month }, au plus bas { $low } en { $low_month }, { $last } en { $last_month }.
organization-monthly-reports = Rapports mensuels de reprise
recovery-response-rate = { $reported } des { $firms } entreprises inscrites ont fait leur rapport pour { $month }, le dernier mois rapporté ({ $share }).
