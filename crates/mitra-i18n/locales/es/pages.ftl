# Mitra: las palabras de las páginas públicas y de los formularios con que los aliados y las
# empresas mantienen sus registros (la página de inicio, el directorio y la página de una
# organización, las oportunidades y la página de una oportunidad, el formulario de oportunidad
# y el editor de perfil). Los problemas de los campos vienen de common.ftl y se muestran junto
# al campo que nombra su etiqueta; los tipos, canales, formas jurídicas, estados y tamaños
# también están en common.ftl.

## Compartido por las listas y los formularios

pages-filter-any = Cualquiera
pages-filter-country = País
pages-filter-search = Buscar
pages-filter-apply = Filtrar
# Encima de una lista de los filtros rechazados, cada uno "campo: lo que está mal".
pages-filter-problems = Algunos filtros no se pudieron aplicar:
pages-next-page = Página siguiente
# Una etiqueta en un registro que ya no está vigente.
pages-archived = archivado
# Una etiqueta en una oportunidad que es un ejemplo, no un programa real.
pages-illustrative = de ejemplo
pages-illustrative-hint = Basada en un programa que no se pudo verificar
pages-record-json = Este registro en JSON
pages-form-not-saved = No se guardó nada: algunos campos necesitan revisión. Cada uno está marcado abajo.
# Junto a una lista en la que se pueden elegir varias opciones.
pages-choose-several = Mantenga presionada la tecla Ctrl (o Cmd) para elegir varias opciones.

## La página de inicio

landing-title = Mitra: aliados para la recuperación de las mipymes
landing-heading = Aliados para la recuperación de las micro, pequeñas y medianas empresas
landing-intro = Mitra es la plataforma que administra una entidad de apoyo a las mipymes para conectar a las empresas que se están recuperando de una crisis con los bancos, las entidades públicas, las organizaciones sin fines de lucro, las universidades, las grandes empresas, las plataformas de comercio electrónico y otras mipymes que pueden ayudarlas, y para mostrar con cifras si esas empresas se recuperan.
# $msmes, $partners y $opportunities son los tres conteos de abajo, cada uno con su sustantivo
# ("12 mipymes", "3 aliados", "1 oportunidad").
landing-counts = En este registro hay { $msmes }, { $partners } y { $opportunities }.
landing-count-msmes =
    { $count ->
        [one] { $shown } mipyme
       *[other] { $shown } mipymes
    }
landing-count-partners =
    { $count ->
        [one] { $shown } aliado
       *[other] { $shown } aliados
    }
landing-count-opportunities =
    { $count ->
        [one] { $shown } oportunidad
       *[other] { $shown } oportunidades
    }
landing-channels-heading = Cinco canales de apoyo
# Debajo del nombre de cada canal, lo que ofrece.
landing-channel-resources = Financiamiento, tecnología, materias primas, compras conjuntas
landing-channel-knowledge = Experiencia y conocimientos de los aliados
landing-channel-networking = Contactos y ruedas de negocios con otras empresas
landing-channel-markets = Nuevos mercados, ingreso al comercio electrónico
landing-channel-training = Cursos, mentores y grupos de aprendizaje
landing-see-opportunities = Ver oportunidades
landing-ways-in-heading = Encuentre lo que busca
# Cada entrada es un enlace y luego el texto que lo sigue (que empieza con su propia puntuación).
landing-directory-link = El directorio de organizaciones
landing-directory-after = : mipymes y aliados, por país, sector y tamaño.
landing-opportunities-link = La lista de oportunidades
landing-opportunities-after = : créditos, capacitación, mentoría, acceso a mercados.
landing-api-link = El documento de la API (OpenAPI 3.1)
landing-api-after = , para sistemas que se comunican con Mitra.

## El directorio de organizaciones

directory-title = Directorio
directory-heading = Directorio de organizaciones
directory-kind-label = Tipo
directory-size-label = Tamaño
directory-industry-label = Código de sector (CIIU)
# Un ejemplo en el campo de sector: una letra de sección o una clase de la CIIU.
# Una palabra de ejemplo en el campo de búsqueda.
directory-search-placeholder = cacao
directory-matches =
    { $count ->
        [one] { $shown } organización coincide con los filtros.
       *[other] { $shown } organizaciones coinciden con los filtros.
    }
directory-matches-more = Más de { $shown } organizaciones coinciden con los filtros; precíselos para ver menos.
directory-none = Ninguna organización coincide con estos filtros.

## La página de una organización

organization-edit = Editar este perfil
organization-publish = Publicar una oportunidad
organization-languages = Idiomas
organization-legal-form = Forma jurídica
organization-operating-status = Estado de operación
organization-founded = Fecha de fundación
organization-industry = Actividad económica
# $code es un código de actividad que no está en la CIIU ni en el SCIAN (NAICS).
organization-industry-unclassified = { $code } · código sin clasificar
organization-balance-sheet = Balance general
# En lugar de una cifra que la empresa no ha compartido con la organización del lector.
organization-not-shared = no se comparte con su organización
organization-size-class-label = Tamaño de empresa
# $class es el tamaño (Microempresa, Pequeña empresa…), $rule la norma que fija los tamaños,
# citada tal cual ("Ghana L.I. 2470"), $date el día de las cifras usadas.
organization-size-class = { $class } (según { $rule }, con cifras al { $date })
organization-size-not-known = sin determinar
# $reason dice lo que aún necesita la norma de tamaño, o por qué no hay norma.
organization-size-not-known-because = sin determinar: { $reason }
organization-ownership = Propiedad
organization-women-led = liderada por mujeres
organization-youth-led = liderada por jóvenes
organization-veteran-led = liderada por veteranos
organization-needs = Necesidades
organization-offers = Ofrece
organization-offered = Oportunidades que ofrece
organization-recommended = Oportunidades recomendadas
# Qué tan bien se ajusta una oportunidad recomendada a la empresa; $score es un número como 2,4.
organization-score = puntaje { $score }
# $reasons son las razones de abajo, separadas por comas.
organization-why = Por qué: { $reasons }
organization-reasons-json = Todas las razones en JSON

## Por qué se recomienda una oportunidad a una empresa (después de "Por qué:", separadas por comas)

recommendation-reason-industry = se ajusta a su sector
recommendation-reason-any-industry = abierta a empresas de cualquier sector
recommendation-reason-same-country = en su país
recommendation-reason-same-region = en su región
recommendation-reason-size-fit = para empresas de su tamaño
recommendation-reason-channel-need = responde a una necesidad que usted indicó
recommendation-reason-text-relevance = coincide con las palabras con que describió sus necesidades
recommendation-reason-shared-language = en su idioma
recommendation-reason-recovery-need = para empresas cuyos ingresos bajaron
recommendation-reason-women-led = prioridad para empresas lideradas por mujeres
recommendation-reason-youth-led = prioridad para empresas lideradas por jóvenes

## Por qué no se conoce el tamaño de una empresa (después de "sin determinar:"; $rule es la
## cita de la norma, como "India S.O. 1364(E)", y queda tal cual)

size-rule-none = Mitra no tiene una norma de tamaño de empresa para { $country }
size-rule-not-in-force = ninguna norma de tamaño de { $country } estaba vigente el { $date }
# $figures es una cifra, o varias unidas como las escribe size-rule-list-and.
size-rule-needs-all = { $rule } requiere { $figures }
# $figures es una cifra, o varias unidas como las escribe size-rule-list-or.
size-rule-needs-one-of = { $rule } requiere { $figures }
# $expected y $got son códigos de moneda, como INR y USD.
size-rule-wrong-currency = { $rule } usa { $figure } en { $expected }, pero el dato está en { $got }
# $items son todas las cifras menos la última, separadas por comas.
size-rule-list-and = { $items } y { $last }
size-rule-list-or = { $items } o { $last }
size-rule-figure-employees = el número de personas empleadas
size-rule-figure-annual-turnover = las ventas anuales
size-rule-figure-investment = la inversión
size-rule-figure-balance-sheet-total = el total del balance general
size-rule-figure-founded-on = la fecha de fundación
size-rule-figure-industry-code = el código de actividad económica

## La lista de oportunidades

opportunities-title = Oportunidades
opportunities-heading = Oportunidades disponibles
opportunities-channel-label = Canal
opportunities-region-label = Región
opportunities-language-label = Idioma
# Una palabra de ejemplo en el campo de búsqueda.
opportunities-search-placeholder = crédito
opportunities-matches =
    { $count ->
        [one] { $shown } oportunidad coincide con los filtros.
       *[other] { $shown } oportunidades coinciden con los filtros.
    }
opportunities-matches-more = Más de { $shown } oportunidades coinciden con los filtros; precíselos para ver menos.
opportunities-open-now = Abiertas ahora
opportunities-closes-on = Cierra el { $date }
opportunities-up-to = Hasta { $amount }
opportunities-none = Ninguna oportunidad coincide con estos filtros.

## La página de una oportunidad

opportunity-edit = Modificar esta oportunidad
opportunity-illustrative-tag = de ejemplo: basada en un programa que no se pudo verificar
opportunity-offered-by = Ofrecida por
opportunity-status = Estado
# Si las empresas pueden postularse hoy.
opportunity-open = abierta
opportunity-closed = cerrada
opportunity-opens = Apertura
opportunity-closes = Cierre
opportunity-seats = Cupos
opportunity-mentor-slots = Cupos de mentoría
opportunity-budget = Presupuesto
opportunity-per-firm = Monto máximo por empresa
opportunity-languages = Idiomas
opportunity-regions = Regiones
# Las regiones de una oportunidad que no nombra ninguna.
opportunity-whole-country = todo el país
opportunity-industries = Sectores
opportunity-priority = Prioridad para
opportunity-women-led = empresas lideradas por mujeres
opportunity-youth-led = empresas lideradas por jóvenes
# Antes de los tamaños de empresa a los que se dirige la oportunidad ("Microempresa, Pequeña empresa").
opportunity-sizes = Dirigida a

## El formulario de oportunidad

offer-new-heading = Publicar una oportunidad
offer-edit-heading = Modificar la oportunidad
# $partner es la organización que la ofrece, $country el país donde se ofrece.
offer-offered-by = Ofrecida por { $partner }, en { $country }.
offer-stale = Otra persona modificó esta oportunidad mientras usted la editaba. El formulario conserva sus datos; compárelos con la oportunidad tal como está ahora y guarde de nuevo.
offer-what-legend = Qué es
offer-title = Título
offer-description = Descripción
offer-channel = Canal
offer-how-much-legend = Cuánto
offer-seats = Cupos
offer-mentor-slots = Cupos de mentoría
offer-budget = Presupuesto
offer-budget-currency = Moneda del presupuesto
offer-per-firm = Monto máximo que puede recibir una empresa
offer-per-firm-currency = Moneda de ese monto
offer-when-legend = Cuándo y para quién
offer-opens-on = Fecha de apertura
offer-closes-on = Fecha de cierre
offer-languages = Idiomas
offer-regions = Regiones que atiende
offer-regions-hint = Separadas por comas; déjelo vacío para todo el país.
offer-industries = Sectores
offer-industries-hint = Códigos CIIU de cualquier nivel, separados por comas (C para industria manufacturera, 1073 para cacao); déjelo vacío para cualquier sector.
offer-sizes-legend = Tamaños de empresa (si no marca ninguno, son todos)
offer-women-led = Prioridad para empresas lideradas por mujeres
offer-youth-led = Prioridad para empresas lideradas por jóvenes
offer-illustrative = De ejemplo (basada en un programa que no se pudo verificar)

## El editor de perfil

# $name es el nombre de la organización.
profile-title = Editar { $name }
profile-heading = Editar el perfil
profile-stale = Otra persona modificó este perfil mientras usted lo editaba. El formulario de abajo conserva sus datos; compárelos con el perfil tal como está ahora y guarde de nuevo.
# Un enlace después de profile-stale.
profile-stale-link = Ver el perfil tal como está ahora
profile-size-label = Tamaño de empresa:
profile-size-not-known = sin determinar
# $class es el tamaño (Microempresa, Pequeña empresa…), $rule la norma que fija los tamaños,
# citada tal cual ("Ghana L.I. 2470"), $date el día de las cifras usadas.
profile-size-class = { $class } según { $rule }, con cifras al { $date }
# $reason dice lo que aún necesita la norma de tamaño, o por qué no hay norma.
profile-size-not-known-because = Aún sin determinar: { $reason }
profile-size-hint = Se calcula a partir de las cifras de abajo según las normas de { $country }; no se escribe a mano.
profile-organisation-legend = La organización
profile-name = Nombre
profile-region = Región, departamento, estado o provincia
profile-description = A qué se dedica
profile-languages = Idiomas en los que trabaja
profile-business-legend = El negocio
profile-legal-form = Forma jurídica
profile-registration-number = Número de registro
profile-founded-on = Fecha de fundación
profile-industry = Actividad económica
profile-industry-hint = La clase CIIU Rev. 4 (cuatro dígitos, como 1073 para cacao y chocolate) o un código SCIAN (NAICS).
profile-operating-status = Estado de operación
profile-figures-legend = Cifras
profile-employees = Número de personas empleadas
profile-turnover = Ventas anuales
profile-amount-hint = El monto y luego su moneda.
profile-turnover-currency = Moneda de las ventas
profile-investment = Inversión en planta, maquinaria y equipo
profile-investment-currency = Moneda de la inversión
profile-balance-sheet = Total del balance general
profile-balance-sheet-hint = Solo lo usa la norma de la Unión Europea.
profile-balance-sheet-currency = Moneda del balance
profile-ownership-legend = Propiedad
profile-women-led = Liderada por mujeres
profile-youth-led = Liderada por jóvenes
profile-veteran-led = Liderada por veteranos
profile-needs-legend = Lo que necesita el negocio
profile-offers-legend = Lo que ofrece
profile-channel = Canal
profile-in-your-words = En sus palabras
profile-save = Guardar el perfil

## Archiving an organisation

organization-archive-explain = Archivar quita esta organización y sus oportunidades de todas las listas y búsquedas; el historial de auditoría conserva lo que era.
organization-archive-button = Archivar esta organización

## Past years' figures
profile-years-legend = Cifras de años anteriores
profile-years-hint = Las reglas de los programas las leen: el CEBA, por ejemplo, lee la nómina de 2019. Deje una fila vacía para no añadir nada.
profile-year = Año
profile-year-payroll = Nómina (salarios y prestaciones pagados)
profile-year-expenses = Gastos no aplazables (alquiler, servicios, seguros)
profile-year-turnover = Facturación del año
profile-year-employees = Personas empleadas ese año
profile-year-currency = Moneda de los importes del año

## Eligibility
eligibility-heading = Quién puede solicitar
eligibility-rules-from = Estas reglas se aplican a las solicitudes desde el { $date }.
eligibility-summary = Cumple { $met } de { $total } criterios.
eligibility-fill-in = Falta en su perfil: { $fields }.
eligibility-all-met = Puede presentar una solicitud.
eligibility-edit-profile = Completar el perfil
eligibility-met = Cumplido:
eligibility-not-met = No cumplido:
eligibility-unknown = Aún no se sabe:
eligibility-missing = falta
eligibility-value = { $field }: { $value }
eligibility-yes = sí
eligibility-no = no
field-kind = tipo de organización
field-country = país
field-region = región
field-legal-form = forma jurídica
field-founded-on = fecha de fundación
field-years-in-operation = años de actividad
field-operating-status = situación de actividad
field-industry = código de actividad
field-isic-section = sector de actividad
field-size-class = tamaño
field-employees = personas empleadas
field-turnover = facturación anual
field-investment = inversión
field-balance-sheet-total = total del balance
field-women-led = dirigida por mujeres
field-youth-led = dirigida por jóvenes
field-veteran-led = dirigida por veteranos
field-application-date = fecha de la solicitud
field-year-payroll = nómina de { $year }
field-year-expenses = gastos no aplazables de { $year }
field-year-turnover = facturación de { $year }
field-year-employees = personas empleadas en { $year }
relief-forgiven = Condonado si se reembolsa a tiempo
relief-example = { $forgiven } de un préstamo de { $borrowed }
relief-deadline = Reembolsar el resto a más tardar
relief-refinanced = Con una solicitud de refinanciación presentada a más tardar el { $filed }: el { $date }.
relief-otherwise = Si no
relief-term-loan = el saldo pasa a ser un préstamo a plazo al { $rate } % anual, con vencimiento el { $due }

# Programmes
nav-programmes = Programas
organization-new-programme = Crear un programa
offer-programme = Programa
offer-programme-hint = El programa del que forma parte: mismo canal, mismo país.
offer-no-programme = Fuera de un programa
programmes-title = Programas
programmes-intro = Lo que gestionan las agencias y los aliados, cada uno en un canal: las oportunidades que agrupan, el año con el que se mide la recuperación de sus empresas y las proporciones de empresas que buscan atender.
programmes-none = Todavía no hay programas.
programme-running = En curso
programme-run-by = A cargo de { $organisation }
programme-period = del { $from } al { $to }
programme-from = Desde el { $from }
programme-edit = Modificar el programa
programme-runner = A cargo de
programme-participants = Empresas participantes
programme-baseline-explained = La recuperación de una empresa se mide con sus cifras del año base del primer programa al que se unió, para que todos sus meses tengan la misma vara de medir.
programme-opportunities = Sus oportunidades
programme-no-opportunities = Todavía no tiene oportunidades: un aliado añade una desde el formulario de la oportunidad.
programme-dates = Fechas
programme-baseline-year = Año base
programme-baseline-is = Recuperación medida frente a { $year }
programme-target-women = al menos { $share } % de empresas lideradas por mujeres
programme-target-youth = al menos { $share } % de empresas lideradas por jóvenes
programme-target-region = al menos { $share } % de { $region }
programme-no-targets = Sin metas fijadas
programme-targets = Metas de equidad
programme-new-heading = Crear un programa
programme-edit-heading = Modificar el programa
programme-what-legend = De qué se trata
programme-name = Nombre
programme-starts-on = Empieza el
programme-ends-on = Termina el
programme-baseline-hint = El año anterior a la crisis que atiende el programa, con cuyas cifras se mide la recuperación (2019 para la pandemia).
programme-targets-hint = La proporción mínima, en porcentaje, de las empresas atendidas que el programa quiere dar a cada grupo; déjelo vacío si no hay.
programme-women-share = Empresas lideradas por mujeres (%)
programme-youth-share = Empresas lideradas por jóvenes (%)
programme-region-shares = Regiones (%)
programme-region-shares-hint = Una región del programa por línea, con su proporción: Ashanti: 30
opportunity-programme = Forma parte de

# Mentors and pools
nav-mentoring = Mentoría
mentor-heading = Su perfil de mentoría
mentor-intro = { $name }, los programas le asignan empresas según lo que indique aquí: lo que sabe, los idiomas en que acompaña, dónde y cuántas personas puede acompañar a la vez.
mentor-in-pools = Forma parte del grupo de mentores de:
mentor-knows-legend = Lo que sabe
mentor-expertise = Sectores
mentor-topics = Temas
mentor-topics-hint = Separados por comas, por ejemplo contabilidad, trámites de exportación
mentor-about = Sobre usted
mentor-where-legend = En qué idiomas y dónde
mentor-when-legend = Cuántas y cuándo
mentor-capacity = Personas a la vez
mentor-available-from = Disponible desde
mentor-pause = Pausa: no tomar nuevas personas por ahora
mentor-paused = En pausa
mentor-from = Desde el { $date }
mentor-takes-mentees = Acepta personas
pool-heading = Grupo de mentores
pool-summary = { $count ->
    [one] Una persona mentora.
   *[other] { $shown } personas mentoras.
}
pool-open-capacity = Quienes aceptan personas nuevas pueden acompañar a { $count } a la vez.
pool-none = Aún no hay mentores en el grupo: añada uno por su correo.
pool-name = Nombre
pool-status = Estado
pool-actions = Cambiar
pool-remove = Quitar
pool-add-heading = Añadir una persona mentora
pool-email = Su correo electrónico
pool-add = Añadir al grupo

# Match rounds
nav-proposals = Emparejamientos
round-status-running = Calculando
round-status-solved = Listo para revisar
round-status-refused = No se puede resolver
round-status-published = Publicado
rounds-heading = Rondas de emparejamiento
rounds-explained = Una ronda empareja las empresas del programa con las personas mentoras de su bolsa: la mejor asignación que encuentra el motor, junto a lo que darían «por orden de llegada» y una elección voraz. Revísela, ajústela y publíquela.
rounds-none = Todavía no hay rondas.
rounds-started = Iniciada
rounds-status = Estado
rounds-runs = Cálculos
rounds-new = Iniciar una ronda
rounds-population = Qué empresas
rounds-population-approved = Solicitantes aprobados en las oportunidades del programa
rounds-population-participants = Empresas que participan en el programa
rounds-run = Calcular la ronda
round-weights = Cuánto cuenta cada motivo
round-weights-hint = De 0 (nada) a 10.
round-contribution-industry = Conoce el sector de la empresa
round-contribution-language = Idioma en común
round-contribution-region = Trabaja en la región de la empresa
round-contribution-need = Necesidad de recuperación
round-heading = Ronda de emparejamiento
round-follow-up-of = La ronda a la que da seguimiento
round-run-of = Cálculo { $number } de { $count }
round-inputs = { $firms } empresas, { $mentors } personas mentoras
round-seats = { $count } plazas
round-solved-in = resuelto en { $ms } ms
round-running = El motor está calculando; la página se recarga sola.
round-refused = Este cálculo no se puede resolver tal como está:
round-comparison = Comparación con el orden de llegada y la elección voraz
round-comparison-explained = Las mismas empresas, personas mentoras y reglas. La mejor asignación atiende a tantas empresas como permiten las plazas y las reglas, y entre ellas la de mayor afinidad total. El orden de llegada da a cada empresa, por turno, su mejor mentor con plaza; la elección voraz toma primero las parejas más afines. También cumple los objetivos marcados como cuotas obligatorias, lo que puede costar algo de afinidad: la tabla muestra las proporciones de cada método.
round-method = Método
round-chart-served = Empresas atendidas
round-chart-fit = Afinidad total
round-method-best = Mejor asignación
round-method-first-come = Por orden de llegada
round-method-greedy = Voraz, mejor afinidad primero
round-percent = { $value } %
round-fairness = Objetivos de equidad
round-group = Grupo
round-target = Proporción mínima de empresas atendidas
round-members = Empresas del grupo en la ronda
round-held = Cómo se cumple
round-held-quota = Como cuota obligatoria
round-held-reported = Solo se informa
round-met = Cumplido
round-met-yes = Sí
round-met-no = No
round-group-women-led = Empresas dirigidas por mujeres
round-group-youth-led = Empresas dirigidas por jóvenes
round-no-pairs = No se pudo formar ninguna pareja.
round-firm = Empresa
round-mentor = Mentor
round-score = Afinidad
round-reasons = Por qué
round-answer = Respuestas
round-adjust = Ajustar
round-pinned = Fijada
round-pin = Fijar
round-forbid = Prohibir
round-answers = empresa: { $firm }, mentor: { $mentor }
round-answer-pending = aún no
round-answer-accepted = aceptado
round-answer-declined = rechazado
round-pair-waiting = Esperando respuestas
round-pair-confirmed = Confirmada
round-pair-declined = Rechazada
round-pair-expired = Vencida
round-why = Por qué
round-why-no-mentor-fits = Ninguna persona mentora de la bolsa puede atender a esta empresa:
round-why-forbidden = Todas las personas mentoras posibles están prohibidas para ella.
round-by-hand = Fijadas, parejas prohibidas y plazas
round-by-hand-none = Nada fijado ni prohibido a mano.
round-unpin = Quitar fijación
round-forbidden = Prohibida
round-allow = Volver a permitir
round-capacity = Plazas para esta ronda
round-capacity-change = Cambiar las plazas y volver a calcular
round-rerun = Volver a calcular con estos pesos
round-publish = Publicar
round-publish-explained = Las personas dueñas de cada empresa y cada mentor reciben sus propuestas por correo en su idioma; cada parte acepta o rechaza antes de la fecha límite.
round-deadline = Respuestas a más tardar el
round-publish-button = Publicar y avisar a ambas partes
round-published = Publicado: respuestas a más tardar el { $date }
round-follow-up-explained = Una ronda de seguimiento mantiene las parejas confirmadas, prohíbe las rechazadas y vuelve a emparejar a las demás empresas.
round-follow-up = Iniciar una ronda de seguimiento
proposals-heading = Sus emparejamientos
proposals-explained = Un programa propuso estas parejas. Acepte o rechace cada una antes de su fecha límite; los datos de contacto se comparten cuando ambas partes aceptan.
proposals-none = Todavía no hay propuestas para usted.
proposals-programme = Programa
proposals-contact = Contacto
proposals-accept = Aceptar
proposals-decline = Rechazar
proposal-mentor-for = Mentor para { $firm }
round-pairs = { $count ->
        [one] { $count } pareja propuesta
       *[other] { $count } parejas propuestas
    }
round-unmatched = { $count ->
        [one] { $count } empresa sin mentor
       *[other] { $count } empresas sin mentor
    }
round-ruled-out-language = { $count ->
        [one] { $count } no habla ninguno de sus idiomas
       *[other] { $count } no hablan ninguno de sus idiomas
    }
round-ruled-out-region = { $count ->
        [one] { $count } no trabaja en su región
       *[other] { $count } no trabajan en su región
    }
round-ruled-out-country = { $count ->
        [one] { $count } trabaja en otro país
       *[other] { $count } trabajan en otro país
    }
round-why-mentors-full = { $count ->
        [one] La única persona mentora posible ya está ocupada con empresas atendidas en su lugar.
       *[other] Las { $count } personas mentoras posibles ya están ocupadas con empresas atendidas en su lugar.
    }

# Mentoring sessions
session-heading = Sesiones
session-held-on = Fecha de la sesión
session-minutes = Duración en minutos
session-minutes-of = { $count } min
session-mode = Cómo
session-mode-in-person = En persona
session-mode-phone = Por teléfono
session-mode-video = Por videollamada
session-topics = Temas
session-topics-hint = Separados por comas.
session-next-steps = Próximos pasos acordados
session-log = Registrar la sesión
session-awaiting = Esperando la confirmación de la empresa
session-denied = La empresa indica que no se realizó
session-confirmed = Confirmada por la empresa
session-confirmed-rated = Confirmada por la empresa, calificada con { $rating } de 5
session-rating = Utilidad (5: muy útil)
session-rating-none = Sin calificación
session-confirm-yes = Se realizó
session-confirm-no = No se realizó
round-sessions-none = Ninguna sesión registrada
round-sessions = Sesiones: { $count } · { $hours } h
round-sessions-last = la última el { $date }
round-quiet = Sin sesiones desde hace 30 días
