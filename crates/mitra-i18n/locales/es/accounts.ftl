# Mitra: las palabras de las cuentas y de lo que se comparte (iniciar sesión y registrarse, la
# página de la cuenta y sus tokens de API, las invitaciones, el restablecimiento de contraseña y
# lo que una mipyme comparte con cada aliado). Los problemas de los campos vienen de common.ftl
# y se muestran junto al campo que nombra su etiqueta.

## Compartido por los formularios de cuenta

accounts-email-label = Correo electrónico
accounts-password-label = Contraseña
accounts-your-name-label = Su nombre
accounts-new-password-label = Nueva contraseña
accounts-new-password-hint = Al menos { $min } caracteres.
accounts-repeat-password-label = Repita la nueva contraseña
# El encabezado oculto de la columna de botones de una tabla, que leen los lectores de pantalla.
accounts-action = Acción

## Iniciar sesión

sign-in-title = Iniciar sesión
sign-in-submit = Ingresar
sign-in-forgot-password = ¿Olvidó su contraseña?
sign-in-register = Registre su negocio
sign-in-too-many-attempts = Demasiados intentos de inicio de sesión. Espere 15 minutos y vuelva a intentarlo.

## Registro (registrar un negocio)

sign-up-title = Registre su negocio
sign-up-intro = Cree su cuenta y el perfil de su negocio. Los aliados solo ven su negocio cuando usted decide compartirlo con ellos.
sign-up-duplicates-heading = Es posible que este negocio ya esté registrado.
sign-up-duplicates-check = Revise estos registros antes de continuar:
# $name es un negocio registrado, $region el lugar donde está.
sign-up-duplicate-place = { $name } ({ $region })
# $business es un negocio registrado (con su región, si la tiene).
sign-up-duplicate-same-registration-number = { $business } tiene el mismo número de registro.
sign-up-duplicate-same-name-in-region = { $business } tiene el mismo nombre en la misma región.
sign-up-duplicates-advice = Si alguno de ellos es suyo, pídale a su propietario o a la entidad que lo invite, en lugar de registrarlo otra vez.
sign-up-you = Sus datos
sign-up-password-hint = Al menos { $min } caracteres; una frase de varias palabras es una buena contraseña.
sign-up-your-business = Su negocio
sign-up-business-name-label = Nombre del negocio
sign-up-country-label = País
sign-up-choose-country = Elija un país
sign-up-region-label = Región, departamento, estado o provincia
sign-up-registration-number-label = Número de registro
sign-up-registration-number-hint = Como el NIT, el RFC, el RUC u otro número de registro, si el negocio lo tiene.
sign-up-legal-form-label = Forma jurídica
sign-up-language-label = Idioma principal del negocio
sign-up-not-a-duplicate = Ninguno de estos es mi negocio; quiero registrarlo
sign-up-submit = Crear mi cuenta

## La página de la cuenta

account-title = Su cuenta
account-name = Nombre
account-roles = Sus roles
# $role es un rol como "Personal aliado"; $organisation el identificador de la organización.
account-role-in-organisation = { $role } en la organización { $organisation }
account-role-across-platform = { $role } en toda la plataforma
account-password-heading = Cambiar la contraseña
account-password-note = Se cerrará la sesión en todos los demás navegadores donde la tenga abierta, y sus tokens de API dejarán de funcionar.
account-current-password-label = Contraseña actual
account-change-password = Cambiar contraseña
account-tokens-heading = Tokens personales de API
# En la página le sigue el propio encabezado, "Authorization: Bearer", que queda tal cual.
account-tokens-note = Para sistemas que usan la API de Mitra en su nombre. Ese sistema envía el token después de este encabezado:
account-new-token-heading = Su nuevo token.
account-new-token-note = Cópielo ahora: Mitra solo guarda una huella digital del token y no podrá mostrarlo otra vez.
account-token-name = Nombre
account-token-created = Creado
account-token-expires = Vence
account-token-state = Estado
account-token-state-live = Activo
account-token-state-revoked = Revocado
account-token-state-expired = Vencido
account-token-revoke = Revocar
account-token-revoked = El token fue revocado.
account-token-name-label = Para qué se usará el token
account-token-days-label = Válido por (días)
account-token-create = Crear un token

## Invitaciones

invitation-title = Únase a Mitra
# $role es un rol como "Personal aliado", $email la dirección invitada.
invitation-intro = Recibió una invitación como { $role }, para el correo { $email }.
invitation-password-hint = Al menos { $min } caracteres. Si este correo ya tiene una cuenta, use la contraseña de esa cuenta.
invitation-submit = Unirme

## Restablecer la contraseña

reset-request-title = Restablecer la contraseña
reset-request-intro = Indique el correo electrónico de su cuenta. Si hay una cuenta con ese correo, Mitra le enviará un enlace para elegir una nueva contraseña.
reset-request-submit = Enviar el enlace
reset-request-sent-title = Revise su correo
reset-request-sent-message = Si este correo tiene una cuenta en Mitra, le llegará un mensaje con un enlace para elegir una nueva contraseña. El enlace es válido por una hora.
reset-title = Elija una nueva contraseña
reset-submit = Guardar la contraseña
reset-done-title = Contraseña cambiada
reset-done-message = Su nueva contraseña quedó guardada. Inicie sesión con ella.

## Lo que comparte una mipyme

consents-title = Lo que comparte
consents-heading = Lo que comparte su negocio
consents-intro = Los aliados solo ven su negocio y sus cifras cuando usted los comparte, y solo hasta la fecha que usted elija. Puede dejar de compartir en cualquier momento; el cambio se aplica de inmediato.
consents-partner = Aliado
consents-figures = Cifras
consents-until = Hasta
consents-state = Estado
consents-state-shared = Compartido
consents-state-revoked = Ya no se comparte
consents-state-expired = Vencido
consents-stop-sharing = Dejar de compartir
consents-none = Todavía no comparte nada con ningún aliado.
consents-share-heading = Compartir con un aliado
consents-choose-partner = Elija un aliado
# Un aliado de la lista: $name es la organización, $country el país donde está.
consents-partner-choice = { $name }, { $country }
consents-figures-legend = Cifras para compartir
consents-share = Compartir

## Correos (texto sin formato; cada mensaje es un párrafo)

email-greeting = Hola:
email-greeting-name = Hola, { $name }:
email-reset-subject = Restablezca su contraseña de Mitra
email-reset-asked = Alguien pidió restablecer la contraseña de su cuenta de Mitra. Si fue usted, elija una contraseña nueva en esta dirección dentro de la próxima hora:
email-reset-not-you = Si no fue usted, ignore este correo; su contraseña no cambia.
email-invitation-subject = Tiene una invitación a Mitra
email-invitation-text = { $inviter } lo invita a unirse a Mitra con el rol: { $role }. Elija su nombre y su contraseña en esta dirección dentro de los próximos siete días:
email-invitation-not-expected = Si no esperaba este mensaje, ignórelo.
