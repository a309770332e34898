# Mitra: palabras que comparten todas las páginas (la estructura, las páginas de error, los
# formularios rechazados, las listas del dominio y los problemas que puede tener un campo).
# Los problemas son oraciones completas: la página los muestra junto al campo que nombra su etiqueta.

## Estructura de la página

site-description = Mitra conecta a las micro, pequeñas y medianas empresas que se están recuperando de una crisis con los bancos, las entidades públicas, las organizaciones sin fines de lucro y las empresas que pueden ayudarlas.
skip-to-content = Ir al contenido
nav-main = Menú principal
nav-directory = Directorio
nav-opportunities = Oportunidades
nav-my-business = Mi negocio
nav-sharing = Datos compartidos
nav-my-organisation = Mi organización
nav-administration = Administración
nav-account = Mi cuenta
sign-in = Iniciar sesión
sign-out = Cerrar sesión
register-business = Registrar un negocio
language-switcher = Idioma
footer-text = Mitra conecta a las mipymes que se están recuperando de una crisis con los aliados que pueden ayudarlas.
footer-api = API
back-to-start = Volver al inicio
save = Guardar
none = Ninguno

## Selector de idioma

language-unknown-title = Idioma no disponible
language-unknown-message = Mitra está disponible en inglés, francés, español, indonesio e hindi; elija uno de ellos.

## Páginas de error

error-sign-in-failed-title = No se pudo iniciar sesión
error-sign-in-failed-message = El correo electrónico o la contraseña no son correctos.
error-too-many-attempts-title = Demasiados intentos
error-too-many-attempts-message = Se hicieron demasiados intentos desde aquí. Espere 15 minutos y vuelva a intentarlo.
error-link-not-valid-title = Este enlace ya no funciona
error-link-not-valid-message = El enlace ya se usó o venció. Solicite uno nuevo.
error-not-found-title = No se encontró
error-not-found-message = Aquí no hay ningún registro con esos datos.
error-bad-address-title = No se encontró la dirección
error-bad-address-message = Esta dirección no corresponde a ningún registro.
error-forbidden-title = Acceso no permitido
error-forbidden-message = Usted no tiene permiso para ver esta página.
error-stale-title = El registro cambió
error-stale-message = Otra persona modificó este registro después de que usted lo abrió; ábralo de nuevo para ver el cambio.
error-conflict-title = No es posible
error-conflict-message = Este registro no se puede modificar en su estado actual.
error-internal-title = Algo salió mal
error-internal-message = No se pudo mostrar la página; el error quedó registrado.
error-no-page-title = Página no encontrada
error-no-page-message = No hay ninguna página en esta dirección. Los enlaces de arriba llevan a lo que hay en Mitra.

## Formularios rechazados antes de leerlos

form-not-saved-title = No se guardó
form-not-a-form = Los datos no se enviaron como un formulario.
form-too-large = Este formulario supera el tamaño que Mitra acepta; no se guardó nada.
form-expired = Este formulario venció o no provino de Mitra; no se guardó nada. Abra la página otra vez y envíelo de nuevo.

## Problemas con un campo

problem-required = Este dato es obligatorio.
problem-other = { $detail }
problem-not-in-list = Elija una opción de la lista.
problem-not-a-date = Ingrese una fecha.
problem-in-future = Esta fecha no puede ser posterior a hoy.
problem-not-whole-number = Ingrese un número entero, como 12.
problem-at-most = Ingrese como máximo { $max }.
problem-between = Ingrese un número de { $min } a { $max }.
problem-repeats = { $item } aparece dos veces.
problem-no-language = Elija al menos un idioma.
problem-closes-before-opening = La fecha de cierre no puede ser anterior a la fecha de apertura ({ $opens }).
problem-exceeds-budget = El monto por empresa no puede ser mayor que el presupuesto total.
problem-not-in-budget-currency = Indique este monto en la moneda del presupuesto ({ $currency }).
problem-not-in-firms-currency = Indique este monto en la moneda de la empresa ({ $currency }).
problem-email-too-long = Es demasiado largo para ser una dirección de correo electrónico.
problem-not-an-email = Ingrese una dirección de correo electrónico, como name@example.com.
problem-password-too-short = Use al menos { $min } caracteres.
problem-password-too-long = Use como máximo { $max } caracteres.
problem-password-is-email = Su contraseña no puede ser su dirección de correo electrónico.
problem-passwords-differ = Las dos contraseñas no coinciden.
problem-not-your-password = Esta no es su contraseña actual.
problem-not-that-accounts-password = Esta no es la contraseña de la cuenta con este correo electrónico.
problem-email-taken = Este correo electrónico ya tiene una cuenta: inicie sesión o restablezca la contraseña.
problem-no-figures = Elija al menos una cifra para compartir.
problem-in-the-past = Elija la fecha de hoy o una posterior.
problem-too-far-ahead = Elija una fecha dentro de los próximos tres años.
problem-not-a-partner = Elija una organización aliada de la lista.
problem-not-reportable = No puede informar por esta empresa.
problem-not-your-business = Elija una empresa de la que sea propietario.
problem-too-long = Use como máximo { $max } caracteres (ahora tiene { $got }).
problem-control-character = Elimine los caracteres de control.
problem-direction-override = Elimine los caracteres invisibles que cambian la dirección del texto.
problem-unknown-currency = Elija una moneda de la lista.
problem-currency-mismatch = Estos montos están en monedas diferentes ({ $left } y { $right }).
problem-not-an-amount = Ingrese un monto solo con números, con punto para los decimales y sin separador de miles, como 1250.50.
problem-amount-too-large = Este monto es demasiado grande para la cifra de una empresa.
problem-negative = Este valor no puede ser negativo.
problem-too-precise = El número máximo de decimales para { $currency } es { $places }.
problem-unknown-country = Elija un país de la lista.
problem-unknown-language = Elija un idioma de la lista.
problem-industry-malformed = Ingrese un código de actividad económica de hasta 16 letras o dígitos, como 1071.

## Tipos de organización

kind-msme = Mipyme
kind-financial-institution = Banco o entidad financiera
kind-government-agency = Entidad pública
kind-nonprofit = Organización sin fines de lucro
kind-academic = Universidad o centro de investigación
kind-corporate = Gran empresa
kind-ecommerce-platform = Plataforma de comercio electrónico
kind-development-bank = Banco de desarrollo

## Canales

channel-resources = Recursos
channel-knowledge = Conocimiento
channel-networking = Redes de contacto y vínculos entre empresas (B2B)
channel-markets = Acceso a mercados
channel-training = Capacitación y mentoría

## Roles

role-administrator = Administrador
role-programme-manager = Responsable de programa
role-partner-staff = Personal aliado
role-reviewer = Evaluador
role-approver = Aprobador
role-msme-owner = Propietario del negocio
role-mentor = Mentor(a)

## Formas jurídicas

legal-form-sole-proprietorship = Persona natural o física con negocio
legal-form-partnership = Sociedad de personas
legal-form-limited-liability-partnership = Sociedad de responsabilidad limitada
legal-form-private-company = Sociedad privada (como S.A.S. o S.A.C.)
legal-form-public-company = Sociedad anónima abierta
legal-form-cooperative = Cooperativa
legal-form-other = Otra

## Estado de operación

status-operating = En funcionamiento
status-reduced-operations = Funciona con capacidad reducida
status-temporarily-closed = Cerrado temporalmente
status-permanently-closed = Cerrado definitivamente

## Cifras que una mipyme puede compartir

figure-turnover = Ventas anuales
figure-investment = Inversión
figure-employees = Empleados
figure-recovery-reports = Informes mensuales de recuperación

## Tamaños de empresa

size-micro = Microempresa
size-small = Pequeña empresa
size-medium = Mediana empresa
size-large = Gran empresa

## Sectores: las secciones de la CIIU Rev. 4 (División de Estadística de las Naciones Unidas)

isic-section-a = Agricultura, ganadería, silvicultura y pesca
isic-section-b = Explotación de minas y canteras
isic-section-c = Industrias manufactureras
isic-section-d = Suministro de electricidad, gas, vapor y aire acondicionado
isic-section-e = Suministro de agua; alcantarillado, gestión de desechos y descontaminación
isic-section-f = Construcción
isic-section-g = Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas
isic-section-h = Transporte y almacenamiento
isic-section-i = Alojamiento y servicio de comidas
isic-section-j = Información y comunicaciones
isic-section-k = Actividades financieras y de seguros
isic-section-l = Actividades inmobiliarias
isic-section-m = Actividades profesionales, científicas y técnicas
isic-section-n = Servicios administrativos y de apoyo
isic-section-o = Administración pública y defensa; seguridad social obligatoria
isic-section-p = Enseñanza
isic-section-q = Salud humana y asistencia social
isic-section-r = Actividades artísticas, de entretenimiento y recreativas
isic-section-s = Otras actividades de servicios
isic-section-t = Hogares como empleadores; producción para uso propio
isic-section-u = Organizaciones y órganos extraterritoriales

## Problems with eligibility rules
problem-rule-syntax = no es una expresión válida: revise lo escrito en la posición { $position }
problem-rule-unknown-field = hace referencia a { $name } en la posición { $position }, que no es un campo del solicitante
problem-rule-unknown-function = llama a { $name } en la posición { $position }, que no es una función permitida en las reglas
problem-rule-money-with-number = compara dinero con un número sin moneda en la posición { $position }: escriba el importe con su moneda, por ejemplo money(20000, "{ $currency }")
problem-rule-other-currency = compara dinero en { $expected } con un importe en { $found } en la posición { $position }
problem-rule-mismatch = compara { $left } con { $right } en la posición { $position }, que no se pueden comparar
problem-rule-not-allowed-value = compara { $field } con { $value } en la posición { $position }, un valor que { $field } nunca tiene
problem-rule-bad-literal = no puede leer { $text } en la posición { $position }
problem-rule-not-yes-or-no = debe dar sí o no (true o false), y en la posición { $position } no lo hace
problem-rule-unsupported = usa { $text } en la posición { $position }, que las reglas no permiten
problem-no-money-here = Deje el monto vacío: esta oportunidad no entrega dinero.
problem-not-positive = Ingrese un monto mayor que cero.
problem-above-limit = Es más de lo que puede recibir una empresa ({ $limit }).
problem-closed-with-activity = Deje cero: la empresa indica que cerró definitivamente ese mes.

# A share, whole per cent
percent = { $value } %

# Problems with programmes and the opportunities in them
problem-not-the-programmes-channel = Elija el canal del programa, u otro programa.
problem-not-the-programmes-country = El programa se realiza en otro país: elija uno de este país.
problem-opportunities-elsewhere = Las oportunidades del programa están en el valor actual: retírelas primero.

problem-ends-before-start = La fecha de fin no debe ser anterior a la de inicio ({ $starts }).

problem-not-a-mentor = Indique el correo de una persona mentora que haya completado su perfil.

# Match rounds
problem-pinned-twice = Esta empresa ya está fijada a otra persona mentora.
problem-pinned-and-forbidden = Esta pareja también está entre las parejas prohibidas.
problem-pin-other-country = Esta persona mentora trabaja en otro país que la empresa.
problem-pin-no-shared-language = Esta persona mentora no habla ninguno de los idiomas de la empresa.
problem-pin-outside-regions = Esta persona mentora no trabaja en la región de la empresa.
problem-no-mentors = La bolsa del programa no tiene personas mentoras con cupo: añada primero.
problem-no-firms = Todavía no hay ninguna empresa que emparejar.
problem-target-unreachable = El objetivo pide al menos { $required } empresas { $kind ->
        [women] dirigidas por mujeres
        [youth] dirigidas por jóvenes
       *[region] de { $region }
    }, pero el cupo y las reglas de las personas mentoras permiten como máximo { $best }.
problem-pins-over-capacity = Esto fija a la persona mentora más empresas que su capacidad ({ $capacity }).
problem-deadline-passed = La respuesta debía darse a más tardar el { $deadline }.
problem-already-answered = Ya se ha respondido.

problem-already-published = Esta ronda está publicada y ya no puede cambiar.
problem-not-yet-published = Esta ronda aún no está publicada.
problem-not-yet-solved = El cálculo aún no ha terminado: espere un momento y recargue la página.
problem-no-pairs = Este cálculo no propone ninguna pareja que publicar.

problem-not-after-today = Elija un día posterior a hoy.

problem-no-rating-without = No califique una sesión que no se realizó.
problem-already-logged = Esta pareja ya tiene una sesión registrada ese día.
problem-not-confirmed-pair = Las sesiones se registran para parejas aceptadas por ambas partes.
