## Recovery: monthly reports, dashboards and the impact estimate

# Navigation
nav-monthly-report = Informe mensual
nav-recovery = Recuperación

# The monthly report of an MSME
reports-title = Informe mensual
reports-heading = ¿Cómo le fue este mes?
reports-baseline = Antes de la crisis ({ $year }): { $monthly } de ventas al mes
reports-saved = Gracias: su informe de { $month } quedó guardado.
reports-month = Mes
reports-status = ¿Estuvo abierto el negocio?
reports-revenue = Ventas del mes ({ $currency })
reports-revenue-hint = Solo cifras, sin separadores: 250000 o 250000.50
reports-paid-employees = Empleados con sueldo
reports-effect = En general, ¿cómo ha afectado la crisis al negocio?
reports-no-answer = Sin respuesta
reports-change-revenue = Ventas desde el último informe
reports-change-employees = Empleados desde el último informe
reports-change-hours = Horas trabajadas desde el último informe
reports-actions = ¿Qué hizo desde el último informe?
reports-send = Enviar el informe
reports-past = Informes anteriores
reports-none = Todavía no hay informes.
reports-revenue-short = Ventas
reports-index = Índice de recuperación
reports-gap = Faltante frente a antes de la crisis
reports-jobs = Empleos mantenidos · creados
reports-jobs-value = { $kept } · { $new }
reports-index-explained = El índice de recuperación compara las ventas de un mes con la doceava parte de las ventas de 2019: 100 % es volver a donde estaba. Los empleos se cuentan frente a los de 2019: los mantenidos y los creados por encima.

# The pulse survey's answers (after the US Census Bureau's Small Business Pulse Survey)
effect-large-negative = Efecto muy negativo
effect-moderate-negative = Efecto algo negativo
effect-little-or-none = Poco o ningún efecto
effect-moderate-positive = Efecto algo positivo
effect-large-positive = Efecto muy positivo
change-increased = Subieron
change-no-change = Igual
change-decreased = Bajaron
pulse-action-sought-financing = Buscó financiamiento
pulse-action-new-suppliers = Encontró nuevos proveedores
pulse-action-moved-online = Empezó a vender en línea
pulse-action-new-products = Ofreció nuevos productos o servicios
pulse-action-cut-hours = Redujo las horas de trabajo
pulse-action-laid-off-staff = Despidió personal
pulse-action-asked-for-public-help = Pidió ayuda del gobierno

# The recovery dashboard
recovery-title = Recuperación
recovery-heading = Cómo se recuperan las empresas
recovery-intro = Los informes mensuales de todas las empresas, sumados por mes: ventas frente a antes de la crisis, la proporción que sigue abierta y los empleos. Elija una división para comparar grupos.
recovery-region = Región
recovery-women-led = Dirigidas por mujeres
recovery-not-women-led = No dirigidas por mujeres
recovery-youth-led = Dirigidas por jóvenes
recovery-not-youth-led = No dirigidas por jóvenes
recovery-partnered = Con socio
recovery-not-yet-partnered = Aún sin socio
recovery-yes = Sí
recovery-no = No
recovery-from = Desde
recovery-to = Hasta
recovery-by = Dividir por
recovery-by-none = Sin dividir
recovery-by-country = País
recovery-by-region = Región
recovery-by-sector = Sector
recovery-by-size-class = Tamaño
recovery-by-women-led = Dirigidas por mujeres o no
recovery-by-youth-led = Dirigidas por jóvenes o no
recovery-by-partnered = Con socio o aún sin socio
recovery-compare-partnered = Comparar las empresas con socio con las que aún no lo tienen
recovery-export-csv = Descargar la tabla (CSV)
recovery-export-xlsx = Descargar la tabla (Excel)
recovery-no-reports = Ningún informe coincide con estos filtros.
recovery-table = Las mismas cifras en una tabla
recovery-group = Grupo
recovery-reports = Informes
recovery-open = Abiertas
recovery-jobs-maintained = Empleos mantenidos
recovery-jobs-created = Empleos creados
recovery-groups-explained = Un informe cuenta en los grupos de la empresa ese mes; una empresa cuenta como con socio desde el mes en que un socio la aprobó por primera vez.
recovery-all-firms = Todas las empresas
recovery-unknown-group = Sin dato
recovery-chart-index = Índice de recuperación: ventas frente a antes de la crisis
recovery-chart-open = Proporción de empresas abiertas
recovery-chart-jobs = Empleos mantenidos y creados
recovery-chart-summary = { $group }: { $first } en { $first_month }, mínimo de { $low } en { $low_month }, { $last } en { $last_month }.
organization-monthly-reports = Informes mensuales de recuperación
recovery-response-rate = { $reported } de las { $firms } empresas registradas informaron de { $month }, el último mes informado ({ $share }).
