# Mitra: las páginas de los administradores (usuarios e invitaciones, el historial de auditoría,
# la bandeja de salida). Las horas en estas páginas están en UTC. La exportación CSV del
# historial de auditoría es para máquinas y no se traduce.

## Compartido

# Un momento: la fecha escrita según el idioma y luego la hora del día (24 horas, UTC).
admin-date-time = { $date } a las { $time }
admin-column-email = Correo electrónico
admin-column-role = Rol

## El índice de administración

admin-title = Administración
admin-index-users = Usuarios e invitaciones
admin-index-users-about = Invite a otras personas y vea quién tiene una cuenta y con qué roles.
admin-index-audit = Historial de auditoría
admin-index-audit-about = Cada cambio, quién lo hizo y cómo era el registro antes y después.
admin-index-outbox = Bandeja de salida
admin-index-outbox-about = Los correos electrónicos que Mitra ha generado.

## Usuarios e invitaciones

admin-users-title = Usuarios e invitaciones
admin-invite-heading = Invitar a alguien
admin-invite-email = Correo electrónico
admin-invite-role = Rol
admin-invite-organisation = Organización
admin-invite-organisation-hint = El identificador que aparece en la dirección de la organización. Déjelo vacío para los roles de la propia entidad.
admin-invite-organisation-not-an-id = Ingrese el identificador que aparece en la dirección de la organización o deje este campo vacío.
admin-invite-language = Idioma del correo
admin-invite-send = Enviar la invitación
# Se muestra después de enviar una invitación, seguido de un enlace a la bandeja de salida.
admin-invite-sent = La invitación para { $email } va en camino.
admin-invite-see-outbox = Verla en la bandeja de salida
admin-invitations-heading = Invitaciones
admin-invitations-state = Estado
admin-invitations-expires = Vence
admin-invitations-none = Todavía no se ha enviado ninguna invitación.
admin-invitation-accepted = Aceptada
admin-invitation-expired = Vencida
admin-invitation-waiting = Pendiente de aceptación
admin-users-heading = Usuarios
admin-users-name = Nombre
admin-users-roles = Roles asignados
admin-users-since = Desde
# Un rol en una organización, indicada por su identificador.
admin-user-role-in = { $role } (organización { $organisation })

## El historial de auditoría

admin-audit-title = Historial de auditoría
admin-audit-filter-entity = Tipo de registro
admin-audit-filter-record = Identificador del registro
admin-audit-filter-action = Acción
admin-audit-filter = Filtrar
admin-audit-record-not-an-id = El identificador debe ser el que aparece en la dirección del registro.
admin-audit-download = Descargar estas entradas en CSV
admin-audit-none = Ninguna entrada coincide con estos filtros.
admin-audit-shown =
    { $count ->
        [one] Se muestra la entrada más reciente.
       *[other] Se muestran las { $shown } entradas más recientes, de la más nueva a la más antigua.
    }
admin-audit-when = Fecha y hora (UTC)
admin-audit-who = Quién
admin-audit-through = Medio
admin-audit-record = Registro
admin-audit-action = Acción
admin-audit-before = Antes
admin-audit-after = Después
admin-audit-actor-system = Mitra, automáticamente
admin-audit-actor-anonymous = Alguien sin sesión iniciada

## De dónde vino un cambio

admin-interface-web = El sitio web
admin-interface-api = La API
admin-interface-cli = La línea de comandos
admin-interface-system = Mitra, de forma automática

## Tipos de registro en el historial de auditoría

admin-entity-organization = Organización
admin-entity-opportunity = Oportunidad
admin-entity-consent = Autorización para compartir cifras
admin-entity-user = Usuario
admin-entity-invitation = Invitación
admin-entity-api-token = Token de API
admin-entity-import = Importación

## Lo que se hizo con un registro

admin-action-create = Creado
admin-action-update = Modificado
admin-action-archive = Archivado
admin-action-grant = Otorgado
admin-action-revoke = Revocado
admin-action-change-password = Contraseña cambiada
admin-action-reset-password = Contraseña restablecida
admin-action-import = Importado

## La bandeja de salida

admin-outbox-title = Bandeja de salida
admin-outbox-intro = Los correos electrónicos que Mitra ha generado, del más reciente al más antiguo. Las horas están en UTC.
admin-outbox-empty = Mitra todavía no ha generado ningún correo.
admin-outbox-to = Para { $recipient }
admin-outbox-sent = Enviado el { $when }
admin-outbox-not-sent = No se envió: { $error }
admin-outbox-kept = Se guardó aquí: no hay un servidor de correo configurado.

## Registering a partner organisation

admin-index-organisations = Registrar una organización aliada
admin-index-organisations-about = Un banco, una entidad pública, una ONG, una universidad o una empresa que apoya a las mipymes: regístrela aquí y luego invite a su personal.
admin-organisation-title = Registrar una organización aliada
admin-organisation-intro = Su personal se une por invitación una vez registrada; su página de perfil guarda después el resto de su ficha. Los negocios se registran por sí mismos.
admin-organisation-name = Nombre
admin-organisation-kind = Tipo de organización
admin-organisation-country = País
admin-organisation-region = Región (opcional)
admin-organisation-languages = Idiomas en que trabaja
admin-organisation-languages-hint = Mantenga pulsada Ctrl (o Cmd) para elegir más de uno.
admin-organisation-description = A qué se dedica (opcional)
admin-organisation-create = Registrar la organización
