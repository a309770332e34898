# Mitra: applications to opportunities, their review and decision, and the email that
# tells a firm where its application stands.

## Where an application stands
application-status-draft = Brouillon
application-status-submitted = Envoyée
application-status-screened = Vérifiée : remplit les règles
application-status-in-review = En cours d’examen
application-status-approved = Approuvée
application-status-rejected = Non retenue
application-status-withdrawn = Retirée
application-status-waitlisted = Sur liste d’attente
## Why an application, or a step of it, was refused
refusal-not-now = Cette étape n’est pas possible tant que la candidature est « { $status } ».
refusal-not-your-step = Cette étape ne vous revient pas pour cette candidature.
refusal-closed = Cette opportunité ne reçoit pas de candidatures en ce moment.
refusal-full = Cette opportunité a attribué toutes ses places et tous ses fonds.
refusal-already-applied = Cette entreprise a déjà candidaté à cette opportunité : ouvrez plutôt sa candidature.
refusal-conflict-of-interest = Vous avez déclaré un conflit d’intérêts avec cette candidature : vous ne pouvez ni la noter ni la décider.
refusal-reviewed-it = Vous avez noté cette candidature ; ce programme veut qu’une autre personne la décide.
refusal-not-eligible = L’entreprise ne remplit plus les règles de l’opportunité : elle ne peut pas être approuvée.
refusal-profile-incomplete = Il manque au profil de l’entreprise des chiffres dont les règles ont besoin : complétez le profil, puis envoyez de nouveau.
refusal-rubric-in-use = Des candidatures ont été notées selon cette grille : elle ne peut plus changer.
refusal-no-rubric = Cette opportunité n’a pas encore de grille : son partenaire doit en définir une avant toute notation.
## The email that tells a firm where its application stands; $opportunity is its title, $firm the firm's name
email-application-subject = { $opportunity } : { $status }
email-application-draft = La candidature de { $firm } à « { $opportunity } » est enregistrée comme brouillon.
email-application-submitted = La candidature de { $firm } à « { $opportunity } » a été reçue.
email-application-screened = La candidature de { $firm } à « { $opportunity } » a été reçue, et l’entreprise remplit toutes les règles de l’opportunité. Des évaluateurs vont maintenant l’examiner.
email-application-in-review = Un évaluateur a commencé à noter la candidature de { $firm } à « { $opportunity } ».
email-application-approved = Bonne nouvelle : la candidature de { $firm } à « { $opportunity } » est approuvée.
email-application-rejected = La candidature de { $firm } à « { $opportunity } » n’a pas été retenue.
email-application-withdrawn = La candidature de { $firm } à « { $opportunity } » est retirée.
email-application-waitlisted = La candidature de { $firm } à « { $opportunity } » a été approuvée, mais tout ce que l’opportunité avait est attribué : elle est sur liste d’attente et sera approuvée dès qu’une place se libère.
email-application-failed-criteria = Elle ne remplit pas ces règles de l’opportunité :
email-application-see = Voir la candidature et son historique :

## Lists of applications: a firm's own, a reviewer's queue, an opportunity's
nav-applications = Candidatures
nav-my-applications = Mes candidatures
applications-heading = Candidatures
applications-heading-own = Les candidatures de votre entreprise
applications-heading-for = Candidatures à « { $title } »
applications-status = État
applications-any-status = Tous les états
applications-awaiting = En attente de décision
applications-without-conflicts = Masquer celles où j’ai déclaré un conflit
applications-none = Aucune candidature ne correspond.
applications-firm = Entreprise
applications-opportunity = Opportunité
applications-amount = Montant demandé
applications-submitted-on = Envoyée le
applications-seats = Places restantes
applications-budget = Budget restant
applications-of = { $left } sur { $all }
applications-waitlist-position = Rang sur la liste d’attente
applications-statement = Ce que l’entreprise a écrit
## One application
application-heading = { $firm } : { $opportunity }
application-see-opportunity = Voir l’opportunité
application-screening = Les règles de l’opportunité
applications-screening-no-rules = L’opportunité n’avait pas de règles à l’envoi : toute entreprise peut candidater.
applications-screening-passed = Jugée selon la version { $version } des règles le jour de l’envoi : l’entreprise remplit toutes les règles.
applications-screening-failed = Jugée selon la version { $version } des règles le jour de l’envoi : l’entreprise ne remplit pas toutes les règles.
application-submit = Envoyer la candidature
application-withdraw = Retirer la candidature
application-reviews = Évaluations
application-no-reviews = Personne ne l’a encore notée.
application-reviewer = Évaluateur
application-weighted = Note pondérée
application-comment = Commentaire
application-conflict-declared = A déclaré un conflit d’intérêts : n’a pas noté
application-score-heading = Vos notes
application-weight = poids { $weight }
application-choose-score = Choisir une note
application-save-score = Enregistrer mes notes
application-conflict-hint = Si vous connaissez cette entreprise ou ses dirigeants, ou pourriez tirer profit de la décision, déclarez un conflit d’intérêts : vous ne la noterez ni ne la déciderez.
application-declare-conflict = Déclarer un conflit d’intérêts
application-decide-heading = Décision
application-decide-hint = L’approbation vérifie les règles et ce qui reste à ce moment : s’il ne reste rien, la candidature va sur la liste d’attente.
application-approve = Approuver
application-reject = Refuser
application-history = Historique
application-no-history = Un brouillon : pas encore envoyé.
## Applying, on the opportunity's page
opportunity-rubric = Grille d’évaluation
opportunity-applications = Candidatures
apply-heading = Candidater
apply-already = { $firm } a candidaté :
apply-see-application = Voir la candidature
apply-amount = Montant demandé ({ $currency })
apply-statement = Pourquoi votre entreprise candidate
apply-statement-hint = À quoi cela servira et ce que cela changera, en quelques lignes.
apply-shares = Candidater permet à l’équipe du partenaire et aux évaluateurs de voir le profil de votre entreprise et les chiffres lus par ses règles.
apply-submit = Envoyer la candidature
apply-save-draft = Enregistrer comme brouillon
apply-closed = Cette opportunité ne reçoit pas de candidatures en ce moment : { $firm } ne peut pas candidater.
## The rubric editor
rubric-title = Grille d’évaluation
rubric-heading = Grille d’évaluation de « { $title } »
rubric-intro = Les évaluateurs notent chaque candidature sur chaque critère ; la moyenne pondérée de leurs notes est montrée à la personne qui décide. La grille peut changer jusqu’à la première notation.
rubric-saved = La grille est enregistrée.
rubric-criterion = Critère { $number }
rubric-key = Nom court
rubric-key-hint = Reste le même, par exemple viabilite ; laissez un critère vide pour le retirer.
rubric-label-en = Ce qu’il demande, en anglais
rubric-label-fr = En français
rubric-label-es = En espagnol
rubric-label-id = En indonésien
rubric-label-hi = En hindi
rubric-weight = Poids, de 1 à 10
rubric-scale = Notes de 1 à
rubric-separate = Qui note une candidature ne peut pas la décider
rubric-save = Enregistrer la grille
application-see-firm = Voir le profil de l’entreprise

## Bulk decisions, run in the background
jobs-bulk-heading = Décider tout d’un coup
jobs-bulk-hint = Chaque candidature vérifiée ou en cours d’examen est décidée en arrière-plan, comme une approbation ou un refus un par un : les règles et ce qui reste sont vérifiés pour chacune, et ce qui ne tient plus va sur la liste d’attente.
jobs-bulk-approve = Approuver toutes celles en attente
jobs-bulk-reject = Refuser toutes celles en attente
jobs-nothing-title = Rien à décider
jobs-nothing-message = Aucune candidature à cette opportunité n’attend de décision.
jobs-title = Décision groupée
jobs-list-title = Décisions groupées
jobs-list-about = Approbations et refus de nombreuses candidatures à la fois, avec leur avancement et leur rapport.
jobs-none = Aucune décision groupée n’a encore été demandée.
jobs-approve = Approuver { $count } candidatures
jobs-reject = Refuser { $count } candidatures
jobs-running = En cours
jobs-finished = Terminée
jobs-progress = { $handled } sur { $total } traitées
jobs-done = Décidées
jobs-skipped = Laissées telles quelles (voir le rapport)
jobs-pending = Restant à faire
jobs-refreshes = Cette page se rafraîchit toutes les quelques secondes jusqu’à la fin.
jobs-report = Le rapport, une ligne par candidature (CSV)
jobs-all = Toutes les décisions groupées
jobs-what = Quoi
jobs-asked = Demandée le
jobs-state = État

## An approved relief loan's schedule, on the application's page
loan-heading = Votre prêt
loan-borrowed = Emprunté
loan-forgivable = Remis si le reste est remboursé à temps
loan-to-repay = À rembourser pour le garder
loan-repay-by = Rembourser avant le
loan-refinanced = Avec un refinancement
loan-refinanced-text = avant le { $date }, si une demande de refinancement est déposée avant le { $filed }
loan-otherwise = Sinon
loan-term = rien n’est remis et le prêt devient un prêt à terme : { $interest } d’intérêts par an, le capital dû le { $due }
loan-next-repay = Prochaine étape : rembourser { $amount } avant le { $date } pour garder la part remise.
loan-next-refinanced = Prochaine étape : avec une demande de refinancement déposée à temps, rembourser { $amount } avant le { $date } pour garder la part remise.
loan-next-term = Prochaine étape : le prêt est un prêt à terme ; { $interest } d’intérêts par an, le capital dû le { $due }.
loan-next-past = Le capital du prêt à terme était dû le { $due }.
loan-assumes = Ces dates supposent que rien n’a encore été remboursé ; elles suivent les conditions publiées du programme.

## The rule-set editor
opportunity-rules-edit = Règles d’admissibilité
rules-title = Règles d’admissibilité
rules-heading = Règles d’admissibilité de « { $title } »
rules-intro = Chaque critère est une condition sur le candidat, écrite dans le Common Expression Language ; une entreprise doit les remplir toutes. Enregistrer crée une nouvelle version qui s’applique aux candidatures à partir de sa date ; les versions précédentes restent telles quelles.
rules-fields-summary = Ce qu’un critère peut lire
rules-fields = kind, country, region, legal_form, founded_on, years_in_operation, operating_status, industry, isic_section, size_class, employees, turnover, investment, balance_sheet_total, women_led, youth_led, veteran_led, application_date, et figures[2019].payroll, .non_deferrable_expenses, .turnover, .employees ; avec date("2020-03-01"), money(20000, "CAD"), == != < <= > >=, in [..], !, && et ||.
rules-applies-from = S’applique aux candidatures à partir du
rules-criterion = Critère { $number }
rules-key-hint = Reste le même d’une version à l’autre, par exemple au-canada ; laissez un critère vide pour le retirer.
rules-expression = Condition à remplir
rules-expression-hint = Par exemple figures[2019].payroll > money(20000, "CAD")
rules-try-on = Essayer les règles sur cette entreprise
rules-try-nobody = Aucune entreprise
rules-check = Vérifier
rules-save = Enregistrer comme nouvelle version
rules-check-heading = Vérification
rules-not-checked = Les règles sont vérifiées un instant après chaque changement, ou quand vous appuyez sur Vérifier.
rules-all-good = Chaque critère peut être jugé : ces règles peuvent être enregistrées.

# Match rounds' emails
email-proposal-subject = { $programme } : un mentor pour { $firm }
email-proposal-firm = Le programme { $programme } propose { $mentor } comme mentor de { $firm }. Merci d'accepter ou de refuser avant le { $deadline } ; quand vous aurez tous deux accepté, vous verrez vos coordonnées.
email-proposal-subject-mentor = { $programme } : des entreprises vous sont proposées
email-proposal-mentor = Le programme { $programme } vous propose { $count } entreprises à accompagner : { $firms }. Merci d'accepter ou de refuser chacune avant le { $deadline }.
