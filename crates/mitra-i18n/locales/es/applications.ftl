# Mitra: applications to opportunities, their review and decision, and the email that
# tells a firm where its application stands.

## Where an application stands
application-status-draft = Borrador
application-status-submitted = Enviada
application-status-screened = Revisada: cumple las reglas
application-status-in-review = En evaluación
application-status-approved = Aprobada
application-status-rejected = No aprobada
application-status-withdrawn = Retirada
application-status-waitlisted = En lista de espera
## Why an application, or a step of it, was refused
refusal-not-now = Este paso no es posible mientras la solicitud está «{ $status }».
refusal-not-your-step = Este paso no le corresponde en esta solicitud.
refusal-closed = Esta oportunidad no recibe solicitudes en este momento.
refusal-full = Esta oportunidad ya entregó todos sus cupos y fondos.
refusal-already-applied = Esta empresa ya presentó una solicitud a esta oportunidad: abra esa solicitud.
refusal-conflict-of-interest = Usted declaró un conflicto de interés con esta solicitud: no puede calificarla ni decidirla.
refusal-reviewed-it = Usted calificó esta solicitud; este programa pide que otra persona la decida.
refusal-not-eligible = La empresa ya no cumple las reglas de la oportunidad, así que no puede aprobarse.
refusal-profile-incomplete = Al perfil de la empresa le faltan cifras que las reglas necesitan: complete el perfil y envíe de nuevo.
refusal-rubric-in-use = Ya se calificaron solicitudes con esta rúbrica, así que no puede cambiar.
refusal-no-rubric = Esta oportunidad aún no tiene rúbrica: su socio debe definirla antes de calificar.
## The email that tells a firm where its application stands; $opportunity is its title, $firm the firm's name
email-application-subject = { $opportunity }: { $status }
email-application-draft = La solicitud de { $firm } a «{ $opportunity }» está guardada como borrador.
email-application-submitted = Recibimos la solicitud de { $firm } a «{ $opportunity }».
email-application-screened = Recibimos la solicitud de { $firm } a «{ $opportunity }» y la empresa cumple todas las reglas de la oportunidad. Ahora la evaluarán.
email-application-in-review = Un evaluador comenzó a calificar la solicitud de { $firm } a «{ $opportunity }».
email-application-approved = Buenas noticias: la solicitud de { $firm } a «{ $opportunity }» fue aprobada.
email-application-rejected = La solicitud de { $firm } a «{ $opportunity }» no fue aprobada.
email-application-withdrawn = La solicitud de { $firm } a «{ $opportunity }» fue retirada.
email-application-waitlisted = La solicitud de { $firm } a «{ $opportunity }» fue aprobada, pero ya se entregó todo lo que la oportunidad tenía: está en lista de espera y se aprobará en cuanto se libere un cupo.
email-application-failed-criteria = No cumple estas reglas de la oportunidad:
email-application-see = Vea la solicitud y su historial en:

## Lists of applications: a firm's own, a reviewer's queue, an opportunity's
nav-applications = Solicitudes
nav-my-applications = Mis solicitudes
applications-heading = Solicitudes
applications-heading-own = Las solicitudes de su empresa
applications-heading-for = Solicitudes a «{ $title }»
applications-status = Estado
applications-any-status = Cualquier estado
applications-awaiting = Esperando decisión
applications-without-conflicts = Ocultar aquellas con conflicto declarado por mí
applications-none = Ninguna solicitud coincide.
applications-firm = Empresa
applications-opportunity = Oportunidad
applications-amount = Monto solicitado
applications-submitted-on = Enviada el
applications-seats = Cupos restantes
applications-budget = Presupuesto restante
applications-of = { $left } de { $all }
applications-waitlist-position = Puesto en la lista de espera
applications-statement = Lo que escribió la empresa
## One application
application-heading = { $firm }: «{ $opportunity }»
application-see-opportunity = Ver la oportunidad
application-screening = Las reglas de la oportunidad
applications-screening-no-rules = La oportunidad no tenía reglas al enviarse: cualquier empresa puede postular.
applications-screening-passed = Evaluada con la versión { $version } de las reglas el día del envío: la empresa cumple todas las reglas.
applications-screening-failed = Evaluada con la versión { $version } de las reglas el día del envío: la empresa no cumple todas las reglas.
application-submit = Enviar la solicitud
application-withdraw = Retirar la solicitud
application-reviews = Evaluaciones
application-no-reviews = Nadie la ha calificado todavía.
application-reviewer = Evaluador
application-weighted = Puntaje ponderado
application-comment = Comentario
application-conflict-declared = Declaró un conflicto de interés: no calificó
application-score-heading = Sus calificaciones
application-weight = peso { $weight }
application-choose-score = Elegir una calificación
application-save-score = Guardar mis calificaciones
application-conflict-hint = Si conoce a esta empresa o a sus dueños, o podría beneficiarse de la decisión, declare un conflicto de interés: ya no la calificará ni decidirá.
application-declare-conflict = Declarar un conflicto de interés
application-decide-heading = Decisión
application-decide-hint = Al aprobar se verifican las reglas y lo que queda en ese momento: si no queda nada, la solicitud pasa a la lista de espera.
application-approve = Aprobar
application-reject = Rechazar
application-history = Historial
application-no-history = Un borrador: aún no enviado.
## Applying, on the opportunity's page
opportunity-rubric = Rúbrica de evaluación
opportunity-applications = Solicitudes
apply-heading = Postular
apply-already = { $firm } ya postuló:
apply-see-application = Ver la solicitud
apply-amount = Monto que solicita ({ $currency })
apply-statement = Por qué postula su empresa
apply-statement-hint = Para qué lo necesita y qué cambiará, en pocas líneas.
apply-shares = Al postular, el equipo del socio y los evaluadores verán el perfil de su empresa y las cifras que leen sus reglas.
apply-submit = Enviar la solicitud
apply-save-draft = Guardar como borrador
apply-closed = Esta oportunidad no recibe solicitudes ahora, así que { $firm } no puede postular.
## The rubric editor
rubric-title = Rúbrica de evaluación
rubric-heading = Rúbrica de evaluación de «{ $title }»
rubric-intro = Los evaluadores califican cada solicitud en cada criterio; quien decide ve el promedio ponderado. La rúbrica puede cambiar hasta la primera calificación.
rubric-saved = La rúbrica quedó guardada.
rubric-criterion = Criterio { $number }
rubric-key = Nombre corto
rubric-key-hint = No cambia, por ejemplo viabilidad; deje un criterio vacío para quitarlo.
rubric-label-en = Qué pregunta, en inglés
rubric-label-fr = En francés
rubric-label-es = En español
rubric-label-id = En indonesio
rubric-label-hi = En hindi
rubric-weight = Peso, de 1 a 10
rubric-scale = Calificaciones de 1 a
rubric-separate = Quien califica una solicitud no puede decidirla
rubric-save = Guardar la rúbrica
application-see-firm = Ver el perfil de la empresa

## Bulk decisions, run in the background
jobs-bulk-heading = Decidir todo a la vez
jobs-bulk-hint = Cada solicitud revisada o en evaluación se decide en segundo plano, como una aprobación o un rechazo uno por uno: se verifican las reglas y lo que queda para cada una, y lo que no cabe pasa a la lista de espera.
jobs-bulk-approve = Aprobar todas las pendientes
jobs-bulk-reject = Rechazar todas las pendientes
jobs-nothing-title = Nada que decidir
jobs-nothing-message = Ninguna solicitud a esta oportunidad espera una decisión.
jobs-title = Decisión en bloque
jobs-list-title = Decisiones en bloque
jobs-list-about = Aprobaciones y rechazos de muchas solicitudes a la vez, con su avance y su informe.
jobs-none = Todavía no se pidió ninguna decisión en bloque.
jobs-approve = Aprobar { $count } solicitudes
jobs-reject = Rechazar { $count } solicitudes
jobs-running = En curso
jobs-finished = Terminada
jobs-progress = { $handled } de { $total } tratadas
jobs-done = Decididas
jobs-skipped = Sin cambios (vea el informe)
jobs-pending = Pendientes
jobs-refreshes = Esta página se actualiza cada pocos segundos hasta que termine.
jobs-report = El informe, una fila por solicitud (CSV)
jobs-all = Todas las decisiones en bloque
jobs-what = Qué
jobs-asked = Pedida el
jobs-state = Estado

## An approved relief loan's schedule, on the application's page
loan-heading = Su préstamo
loan-borrowed = Prestado
loan-forgivable = Condonado si el resto se paga a tiempo
loan-to-repay = A pagar para conservarlo
loan-repay-by = Pagar a más tardar el
loan-refinanced = Con refinanciamiento
loan-refinanced-text = a más tardar el { $date }, si se presenta una solicitud de refinanciamiento antes del { $filed }
loan-otherwise = De lo contrario
loan-term = no se condona nada y el préstamo pasa a ser a plazo: { $interest } de interés al año, el capital vence el { $due }
loan-next-repay = Próximo paso: pague { $amount } a más tardar el { $date } para conservar la parte condonada.
loan-next-refinanced = Próximo paso: con una solicitud de refinanciamiento presentada a tiempo, pague { $amount } a más tardar el { $date } para conservar la parte condonada.
loan-next-term = Próximo paso: el préstamo es a plazo; { $interest } de interés al año, el capital vence el { $due }.
loan-next-past = El capital del préstamo a plazo venció el { $due }.
loan-assumes = Estas fechas suponen que aún no se ha pagado nada; siguen las condiciones publicadas del programa.

## The rule-set editor
opportunity-rules-edit = Reglas de elegibilidad
rules-title = Reglas de elegibilidad
rules-heading = Reglas de elegibilidad de «{ $title }»
rules-intro = Cada criterio es una condición sobre el solicitante, escrita en el Common Expression Language; una empresa debe cumplirlos todos. Guardar crea una nueva versión que se aplica a las solicitudes desde su fecha; las versiones anteriores no cambian.
rules-fields-summary = Qué puede leer un criterio
rules-fields = kind, country, region, legal_form, founded_on, years_in_operation, operating_status, industry, isic_section, size_class, employees, turnover, investment, balance_sheet_total, women_led, youth_led, veteran_led, application_date, y figures[2019].payroll, .non_deferrable_expenses, .turnover, .employees; con date("2020-03-01"), money(20000, "CAD"), == != < <= > >=, in [..], !, && y ||.
rules-applies-from = Se aplica a las solicitudes desde
rules-criterion = Criterio { $number }
rules-key-hint = No cambia entre versiones, por ejemplo en-canada; deje un criterio vacío para quitarlo.
rules-expression = Condición
rules-expression-hint = Por ejemplo figures[2019].payroll > money(20000, "CAD")
rules-try-on = Probar las reglas con esta empresa
rules-try-nobody = Ninguna empresa
rules-check = Verificar
rules-save = Guardar como nueva versión
rules-check-heading = Verificación
rules-not-checked = Las reglas se verifican un momento después de cada cambio, o al pulsar Verificar.
rules-all-good = Cada criterio se puede evaluar: estas reglas se pueden guardar.

# Match rounds' emails
email-proposal-subject = { $programme }: una persona mentora para { $firm }
email-proposal-firm = El programa { $programme } propone a { $mentor } como mentor de { $firm }. Acepte o rechace antes del { $deadline }; cuando ambas partes acepten, verán sus datos de contacto.
email-proposal-subject-mentor = { $programme }: empresas propuestas para usted
email-proposal-mentor = El programa { $programme } le propone { $count } empresas para mentorizar: { $firms }. Acepte o rechace cada una antes del { $deadline }.
