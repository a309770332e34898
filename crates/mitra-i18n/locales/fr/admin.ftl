# Mitra : les pages des administrateurs (utilisateurs et invitations, le journal d’audit, la
# boîte d’envoi). Sur ces pages, les heures sont en UTC. L’export CSV du journal d’audit est
# destiné aux machines et n’est pas traduit.

## Commun

# Un moment : la date écrite selon l’usage de la langue, puis l’heure (sur 24 heures, UTC).
admin-date-time = { $date } à { $time }
admin-column-email = Adresse e-mail
admin-column-role = Rôle

## L’accueil de l’administration

admin-title = Espace d’administration
admin-index-users = Utilisateurs et invitations
admin-index-users-about = Invitez des personnes, et voyez qui a un compte et avec quels rôles.
admin-index-audit = Le journal d’audit
admin-index-audit-about = Chaque modification, son auteur, et l’élément tel qu’il était avant et après.
admin-index-outbox = La boîte d’envoi
admin-index-outbox-about = Les e-mails rédigés par Mitra.

## Utilisateurs et invitations

admin-users-title = Utilisateurs et invitations
admin-invite-heading = Inviter une personne
admin-invite-email = Adresse e-mail
admin-invite-role = Rôle
admin-invite-organisation = Identifiant de l’organisation
admin-invite-organisation-hint = L’identifiant qui figure dans l’adresse de la page de l’organisation. Laissez vide pour les rôles propres à l’agence.
admin-invite-organisation-not-an-id = Saisissez l’identifiant qui figure dans l’adresse de la page de l’organisation, ou laissez ce champ vide.
admin-invite-language = Langue de l’e-mail
admin-invite-send = Envoyer l’invitation
# Affiché après l’envoi d’une invitation, suivi d’un lien vers la boîte d’envoi.
admin-invite-sent = Une invitation est en route vers { $email }.
admin-invite-see-outbox = La voir dans la boîte d’envoi
admin-invitations-heading = Invitations envoyées
admin-invitations-state = État
admin-invitations-expires = Expire le
admin-invitations-none = Aucune invitation n’a encore été envoyée.
admin-invitation-accepted = Acceptée
admin-invitation-expired = Expirée
admin-invitation-waiting = En attente d’acceptation
admin-users-heading = Utilisateurs
admin-users-name = Nom
admin-users-roles = Rôles
admin-users-since = Depuis le
# Un rôle détenu dans une organisation, désignée par son identifiant.
admin-user-role-in = { $role } (organisation { $organisation })

## Le journal d’audit

admin-audit-title = Journal d’audit
admin-audit-filter-entity = Type d’élément
admin-audit-filter-record = Identifiant de l’élément
admin-audit-filter-action = Opération
admin-audit-filter = Filtrer
admin-audit-record-not-an-id = L’identifiant de l’élément doit être celui qui figure dans l’adresse de sa page.
admin-audit-download = Télécharger ces entrées au format CSV
admin-audit-none = Aucune entrée ne correspond à ces filtres.
admin-audit-shown = { $count ->
    [one] La dernière entrée est affichée.
   *[other] Les { $shown } dernières entrées sont affichées, de la plus récente à la plus ancienne.
}
admin-audit-when = Date et heure (UTC)
admin-audit-who = Auteur
admin-audit-through = Via
admin-audit-record = Élément
admin-audit-action = Opération
admin-audit-before = Avant
admin-audit-after = Après
admin-audit-actor-system = Mitra (système)
admin-audit-actor-anonymous = Une personne non connectée

## D’où vient une modification

admin-interface-web = Le site web
admin-interface-api = L’API
admin-interface-cli = La ligne de commande
admin-interface-system = Mitra (système)

## Types d’élément du journal d’audit

admin-entity-organization = Organisation (PME ou partenaire)
admin-entity-opportunity = Opportunité
admin-entity-consent = Consentement au partage de données
admin-entity-user = Utilisateur
admin-entity-invitation = Invitation à rejoindre Mitra
admin-entity-api-token = Jeton d’API
admin-entity-import = Importation

## Ce qui a été fait à un élément

admin-action-create = Création
admin-action-update = Modification
admin-action-archive = Archivage
admin-action-grant = Octroi
admin-action-revoke = Révocation
admin-action-change-password = Changement de mot de passe
admin-action-reset-password = Réinitialisation du mot de passe
admin-action-import = Importation

## La boîte d’envoi

admin-outbox-title = Boîte d’envoi
admin-outbox-intro = Les e-mails rédigés par Mitra, du plus récent au plus ancien. Les heures sont en UTC.
admin-outbox-empty = Mitra n’a encore rédigé aucun e-mail.
admin-outbox-to = Destinataire : { $recipient }
admin-outbox-sent = Envoyé le { $when }
admin-outbox-not-sent = Non envoyé : { $error }
admin-outbox-kept = Conservé ici : aucun serveur de messagerie n’est configuré.

## Registering a partner organisation

admin-index-organisations = Enregistrer une organisation partenaire
admin-index-organisations-about = Une banque, une agence, une association, une université ou une entreprise qui aide les PME : enregistrez-la ici, puis invitez son personnel.
admin-organisation-title = Enregistrer une organisation partenaire
admin-organisation-intro = Son personnel la rejoint sur invitation une fois qu’elle est enregistrée ; sa page de profil contient ensuite le reste de sa fiche. Les entreprises s’inscrivent elles-mêmes.
admin-organisation-name = Nom
admin-organisation-kind = Type d’organisation
admin-organisation-country = Pays
admin-organisation-region = Région (facultatif)
admin-organisation-languages = Langues de travail
admin-organisation-languages-hint = Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.
admin-organisation-description = Ce qu’elle fait (facultatif)
admin-organisation-create = Enregistrer l’organisation
