# Mitra : les mots des comptes et du partage (connexion et inscription, la page du compte et ses
# jetons d’API, les invitations, la réinitialisation du mot de passe, et ce qu’une PME partage
# avec quel partenaire). Les problèmes d’un champ viennent de common.ftl et s’affichent à côté
# du champ dont le libellé les nomme.

## Commun aux formulaires du compte

accounts-email-label = Adresse e-mail
accounts-password-label = Mot de passe
accounts-your-name-label = Votre nom
accounts-new-password-label = Nouveau mot de passe
accounts-new-password-hint = Au moins { $min } caractères.
accounts-repeat-password-label = Confirmez le nouveau mot de passe
# L’en-tête masqué de la colonne de boutons d’un tableau, lu par les lecteurs d’écran.
accounts-action = Actions

## Connexion

sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-forgot-password = Mot de passe oublié ?
sign-in-register = Inscrire votre entreprise
sign-in-too-many-attempts = Trop de tentatives de connexion. Attendez un quart d’heure, puis réessayez.

## Inscription (d’une entreprise)

sign-up-title = Inscrire votre entreprise
sign-up-intro = Créez votre compte et le profil de votre entreprise. Les partenaires ne voient votre entreprise que si vous la partagez avec eux.
sign-up-duplicates-heading = Cette entreprise est peut-être déjà inscrite.
sign-up-duplicates-check = Vérifiez ces entreprises avant de continuer :
# $name est une entreprise inscrite, $region l’endroit où elle se trouve.
sign-up-duplicate-place = { $name } ({ $region })
# $business est une entreprise inscrite (avec sa région quand elle en a une).
sign-up-duplicate-same-registration-number = { $business } a le même numéro d’immatriculation.
sign-up-duplicate-same-name-in-region = { $business } porte le même nom dans la même région.
sign-up-duplicates-advice = Si l’une d’elles est la vôtre, demandez à son propriétaire ou à l’agence qui gère Mitra de vous inviter, plutôt que de l’inscrire une deuxième fois.
sign-up-you = Vous
sign-up-password-hint = Au moins { $min } caractères. Quelques mots mis bout à bout font un bon mot de passe.
sign-up-your-business = Votre entreprise
sign-up-business-name-label = Nom de l’entreprise
sign-up-country-label = Pays
sign-up-choose-country = Choisissez un pays
sign-up-region-label = Région, État ou province
sign-up-registration-number-label = Numéro d’immatriculation
sign-up-registration-number-hint = Par exemple un numéro SIREN, RCCM, NEQ, NIB ou Udyam, si l’entreprise en a un.
sign-up-legal-form-label = Forme juridique
sign-up-language-label = Langue principale de l’entreprise
sign-up-not-a-duplicate = Aucune de ces entreprises n’est la mienne : l’inscrire
sign-up-submit = Créer mon compte

## La page du compte

account-title = Votre compte
account-name = Nom
account-roles = Rôles
# $role est un rôle comme « Membre de l’équipe partenaire », $organisation l’identifiant de l’organisation.
account-role-in-organisation = { $role } au sein de l’organisation { $organisation }
account-role-across-platform = { $role } pour toute la plateforme
account-password-heading = Modifier votre mot de passe
account-password-note = Tous les autres navigateurs où votre compte est ouvert seront déconnectés, et vos jetons d’API cesseront de fonctionner.
account-current-password-label = Mot de passe actuel
account-change-password = Modifier le mot de passe
account-tokens-heading = Jetons d’API personnels
# Suivi sur la page de l’en-tête lui-même, « Authorization: Bearer », qui reste tel quel.
account-tokens-note = Pour les systèmes qui utilisent l’API de Mitra en votre nom. Un tel système envoie le jeton après cet en-tête :
account-new-token-heading = Voici votre nouveau jeton.
account-new-token-note = Copiez-le maintenant : Mitra n’en garde qu’une empreinte et ne pourra plus vous l’afficher.
account-token-name = Nom
account-token-created = Créé le
account-token-expires = Expire le
account-token-state = État
account-token-state-live = Actif
account-token-state-revoked = Révoqué
account-token-state-expired = Expiré
account-token-revoke = Révoquer
account-token-revoked = Le jeton a été révoqué.
account-token-name-label = À quoi sert ce jeton
account-token-days-label = Durée de validité (en jours)
account-token-create = Créer un jeton

## Invitations

invitation-title = Rejoindre Mitra
# $role est un rôle comme « Membre de l’équipe partenaire », $email l’adresse invitée.
invitation-intro = Vous avez reçu une invitation à l’adresse { $email }, avec le rôle « { $role } ».
invitation-password-hint = Au moins { $min } caractères. Si cette adresse a déjà un compte, saisissez son mot de passe.
invitation-submit = Rejoindre

## Réinitialisation du mot de passe

reset-request-title = Réinitialiser votre mot de passe
reset-request-intro = Indiquez l’adresse e-mail de votre compte. Si un compte existe avec cette adresse, Mitra y envoie un lien pour choisir un nouveau mot de passe.
reset-request-submit = Envoyer le lien
reset-request-sent-title = Consultez votre messagerie
reset-request-sent-message = Si cette adresse correspond à un compte Mitra, un e-mail avec un lien pour choisir un nouveau mot de passe est en route. Le lien est valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le mot de passe
reset-done-title = Mot de passe modifié
reset-done-message = Votre nouveau mot de passe est enregistré. Connectez-vous avec celui-ci.

## Ce qu’une PME partage

consents-title = Ce que vous partagez
consents-heading = Ce que votre entreprise partage
consents-intro = Les partenaires ne voient votre entreprise et ses données que si vous les partagez avec eux, et seulement jusqu’à la date que vous choisissez. Vous pouvez arrêter le partage à tout moment, avec effet immédiat.
consents-partner = Partenaire
consents-figures = Données
consents-until = Jusqu’au
consents-state = État
consents-state-shared = Partagé
consents-state-revoked = Arrêté
consents-state-expired = Expiré
consents-stop-sharing = Arrêter le partage
consents-none = Vous ne partagez encore rien avec aucun partenaire.
consents-share-heading = Partager avec un partenaire
consents-choose-partner = Choisissez un partenaire
# Un partenaire de la liste : $name est l’organisation, $country l’endroit où elle se trouve.
consents-partner-choice = { $name } – { $country }
consents-figures-legend = Données à partager
consents-share = Partager

## E-mails (texte brut ; chaque message est un paragraphe)

email-greeting = Bonjour,
email-greeting-name = Bonjour { $name },
email-reset-subject = Réinitialiser votre mot de passe Mitra
email-reset-asked = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Mitra. Si c’est vous, choisissez un nouveau mot de passe à cette adresse dans l’heure :
email-reset-not-you = Si ce n’est pas vous, ignorez cet e-mail ; votre mot de passe reste le même.
email-invitation-subject = Vous êtes invité à rejoindre Mitra
email-invitation-text = { $inviter } vous invite à rejoindre Mitra en tant que : { $role }. Choisissez votre nom et votre mot de passe à cette adresse dans les sept jours :
email-invitation-not-expected = Si vous ne vous attendiez pas à ce message, ignorez-le.
