<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Escuela:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Base de datos:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Versión de los datos:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Tutoría intensiva según la necesidad: quién obtiene un cupo, quién le da tutoría y cuándo, quién asistió y si está funcionando.&lt;/p&gt;%2&lt;p&gt;Creado con Qt %3 (en ejecución con Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>Acerca de TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>Acción seleccionada</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>Registre la llamada, el mensaje de texto o la visita; al guardar se resuelve la acción</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>Programar &amp;recuperación…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>Una sesión de recuperación para este estudiante</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>&amp;Pausar y ofrecer cupo…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>Pausar el cupo y ofrecerlo al primero de la lista de espera</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>Buscar &amp;suplente…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>Abrir la sesión en la página Horario</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>&amp;Escribir carta…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>Imprima o guarde una carta de sesión perdida en el idioma de la familia; se registra como contacto</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Hecho…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>Marcar la acción como hecha, con una nota</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>No &amp;necesaria…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>Marcar la acción como no necesaria, con una nota que explique por qué</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>No hay ninguna acción seleccionada</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>Elija una acción a la izquierda para ver la familia y qué la resuelve.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>No hay tutor legal registrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Familia: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Prefiere: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>No se pudo leer la dosis: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::AppController</name>
    <message>
        <source>TutorDesk</source>
        <translation>TutorDesk</translation>
    </message>
    <message>
        <source>The demo school could not be created. %1</source>
        <translation>No se pudo crear la escuela de demostración. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>Abrir una base de datos de TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>Bases de datos de TutorDesk (*.%1);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>No se pudo leer el estudiante: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>Evaluaciones — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>Destreza o prueba</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>Nivel de ubicación, grupo o notas</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historial de evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>&amp;Eliminar seleccionada…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>Eliminar una evaluación ingresada por error.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>&amp;Observación del tutor</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>&amp;Confianza del estudiante</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>&amp;Evaluación de referencia</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>No se pudieron leer los grupos del estudiante: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sin calificación</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — inicial</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — en desarrollo</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — consolidado</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — independiente</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Calificación:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>Registrar observación</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — nada seguro</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — un poco seguro</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — algo seguro</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — seguro</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — muy seguro</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>Qué tan seguro se siente el estudiante:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Registrar calificación</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>p. ej., i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>p. ej., 2 grados por debajo</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>Grados por debajo del grado; negativo si está por encima del grado.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Materia:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>Puntaje escalado:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Nivel de ubicación:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>Grados por debajo:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>Registrar evaluación de referencia</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>No se pudieron leer las evaluaciones: %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The observation was not recorded: %1</source>
        <translation>No se registró la observación: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>Observación registrada para %1.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>No se registró la calificación: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>Confianza %1 de 5 registrada.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>No se registró la evaluación de referencia: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>Evaluación de referencia %1 registrada.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>¿Eliminar la evaluación?</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>¿Eliminar %1? Hágalo solo si se ingresó por error.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>Evaluación eliminada.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>Lo que observó el tutor, p. ej., “Usa arreglos para 6×7 sin ayuda”</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>Prueba de destreza</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Evaluación de referencia</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>Observación del tutor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>Inicio del año</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>Mitad del año</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Fin del año</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>No existe el estudiante %1 (es posible que se haya eliminado). Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>Elija el día de la evaluación.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1 está en el futuro. Ingrese una evaluación en su día o después.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>No existe el grupo %1 (es posible que se haya eliminado). Elija otro grupo.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>No se pudo guardar la evaluación en %1: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>Escriba lo que observó el tutor: una observación necesita notas.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>La calificación de la observación es %1; debe ser de 1 a 4, o ninguna.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>La calificación de confianza es %1; debe ser de 1 (nada) a 5 (mucho).</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>Elija la materia de la evaluación de referencia.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>Indique el nombre de la prueba de referencia, p. ej., i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>Elija el período de la prueba: inicio, mitad o fin del año.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>El puntaje escalado %1 es menor que 0. Revise el informe de puntajes.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>Los grados por debajo son %1; debe estar entre -3 (por encima del grado) y 12.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>Esa evaluación ya no existe (alguien puede haberla eliminado). Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>No se pudo eliminar la evaluación de %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1 estuvo presente en %2: los minutos asistidos deben estar entre 1 y %3, no %4.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>%1 dura solo %2 minutos: registre a %3 como presente o ausente.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1 llegó tarde a %2: indique los minutos que asistió (de 1 a %3).</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1 llegó tarde a %2: los minutos asistidos deben estar entre 1 y %3, no %4 (un estudiante que asistió los %5 minutos está presente).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1 es el %2: la asistencia se puede tomar a partir de ese día.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>%1 se canceló: una sesión cancelada no tiene asistencia. Primero restáurela en la página Horario, o registre a los estudiantes en una sesión de recuperación.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>No existe el estudiante %1 (es posible que se haya eliminado). Vuelva a cargar la hoja de asistencia.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1 no está en la hoja de %2: solo se puede registrar allí a los estudiantes del grupo (o a los estudiantes de la sesión de recuperación).</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>%1 está marcado dos veces para %2: deje una sola marca.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1 ya pasó: para cambiar lo registrado se necesita un motivo, que el registro de auditoría guarda junto con quién lo cambió y cuándo. Indique el motivo del cambio.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>No existe la sesión %1 (es posible que se haya eliminado). Vuelva a cargar el horario.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>No se pudo guardar la asistencia de %1 en %2: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>No hay ninguna sesión &quot;%1&quot; en esta escuela. `tutordesk-cli schedule --json` las enumera.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>No hay ningún estudiante &quot;%1&quot; en esta escuela: indique el número de identificación del distrito del estudiante.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>&amp;Todos presentes</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>Tomar asistencia</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>Destreza trabajada</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>Lo que se trabajó en la sesión</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>Obligatorio: por qué cambia este registro anterior (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>&amp;Destreza trabajada:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motivo del cambio:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>Guardar la asistencia (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>Marcar como presentes a todos los estudiantes que aún no tienen marca (A en la hoja, o %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;T&lt;/b&gt; tarde, luego los minutos · &lt;b&gt;E&lt;/b&gt; ausente, justificada · &lt;b&gt;U&lt;/b&gt; ausente, injustificada&lt;br&gt;&lt;b&gt;A&lt;/b&gt; todos los demás presentes · &lt;b&gt;Espacio&lt;/b&gt; ausente de la escuela · &lt;b&gt;%1&lt;/b&gt; guardar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>No se pudo leer la asistencia de la sesión: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>Esta sesión ya no existe. Cierre esta ventana y elija otra sesión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ninguna sesión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>Asistencia — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, como suplente de %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>sin salón indicado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;Destreza objetivo: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>No se espera a nadie en esta sesión: su grupo no tiene estudiantes ese día.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>Primero marque a los estudiantes: P presente, T tarde, E justificada, U injustificada.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>Esto cambia la asistencia ya registrada de una sesión pasada: indique un motivo para el cambio. El registro de auditoría lo guarda.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>¿Descartar la asistencia?</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>La asistencia que ingresó para esta sesión aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>Descártela, o regrese y guárdela con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n tarde</numerusform>
            <numerusform>%n tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>Asistencia actualizada para %1: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>Asistencia guardada para %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>%n acción de seguimiento pendiente.</numerusform>
            <numerusform>%n acciones de seguimiento pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>%n acción de seguimiento ya no es necesaria.</numerusform>
            <numerusform>%n acciones de seguimiento ya no son necesarias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Minutos asistidos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>Id. del distrito %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>Ausente de la escuela ese día, no solo de la tutoría (Espacio)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P presente · T tarde · E ausente, justificada · U ausente, injustificada</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Escriba los minutos</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>Minutos asistidos, menos que el %n minuto de la sesión</numerusform>
            <numerusform>Minutos asistidos, menos que los %n minutos de la sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>Minutos asistidos (la duración de la sesión, a menos que el estudiante se haya ido antes)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>Ausente de la escuela</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P presente · T tarde (luego escriba los minutos) · E ausente, justificada · U ausente, injustificada
A: todos los que no tienen marca están presentes · Espacio: ausente de la escuela · Ctrl+Enter: guardar</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Escriba los minutos</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Ausente, justificada</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>Ausente, injustificada</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>Agregar &amp;horario</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>Eliminar hor&amp;ario</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Disponibilidad semanal</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>Agregue un día y las horas en que el tutor puede enseñar ese día</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Eliminar la fila seleccionada</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible desde</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible hasta</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>Todavía no hay ninguna escuela en esta base de datos, así que no hay nada que exportar. Primero cree la escuela (Configuración ▸ Escuela).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>Se solicitó la exportación sin hora. Es un error de TutorDesk: por favor, infórmelo.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>No se pudo crear el paquete: la base de datos lo rechazó (%1). No se puso nada en la bandeja de salida; vuelva a intentarlo y, si sigue fallando, revise el disco.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>Se canceló la exportación. No se puso nada en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>No se pudo escribir el archivo zip del paquete (¿falta de memoria?). Cierre otros programas y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Agregar día libre</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>Editar días del calendario</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Tipo de día</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>Los feriados, las vacaciones y los días sin clases no tienen sesiones; los días de horario reducido tienen sesiones más cortas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>p. ej., Día de los Veteranos, Vacaciones de invierno, Reuniones con padres</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 a %2 (%n día)</numerusform>
            <numerusform>%1 a %2 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>Días que se cambian</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>Cuántos días escolares abarca</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>No hay días entre semana en este rango: los fines de semana nunca son días escolares.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>Abarca %n día entre semana; se omiten los fines de semana.</numerusform>
            <numerusform>Abarca %n días entre semana; se omiten los fines de semana.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>Un día de la lista no tiene fecha. Ingrese la fecha.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1 está fuera del año escolar (%2 a %3). Elija un día dentro del año, o primero cambie las fechas del año.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1 es fin de semana; el calendario solo incluye días entre semana. Elija un día entre semana.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: elija día escolar, día de horario reducido, feriado, vacaciones o día sin clases.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>Todavía no hay año escolar. Primero configure la escuela y luego su calendario.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>No se pudo guardar el calendario en %1: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>Las sesiones de un día de horario reducido pueden durar de %1 a %2 minutos, no %3. Cambie los minutos.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>No se pudo guardar la duración del día de horario reducido en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>Todavía no hay año escolar al que importar %1. Primero configure la escuela.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>El archivo no tiene columna de fecha. Llame &quot;Date&quot; a la columna de los días (la primera línea del archivo contiene los nombres de las columnas).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>El archivo no tiene columna de tipo. Agregue una columna &quot;Kind&quot; que indique holiday, break, minimum day, non-instructional o instructional en cada línea.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>el año escolar va del %1 al %2</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>Falta la fecha. Ingrese el día como AAAA-MM-DD (2026-11-11) o M/D/AAAA (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>&quot;%1&quot; no es una fecha. Escríbala como AAAA-MM-DD (2026-11-11) o M/D/AAAA (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>&quot;%1&quot; no es una fecha. Escriba el último día del rango como AAAA-MM-DD o M/D/AAAA, o déjelo vacío si es un solo día.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>El rango termina (%1) antes de empezar (%2). Intercambie las dos fechas.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>Falta el tipo de día.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>&quot;%1&quot; no es un tipo de día.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>Escriba holiday, break, minimum day, non-instructional o instructional.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1 está fuera del año escolar (%2). Corrija la fecha o elimine la línea.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1 es fin de semana; el calendario solo incluye días entre semana. Corrija la fecha o elimine la línea.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Se omitió %n línea sin valores en ninguna columna.</numerusform>
            <numerusform>Se omitieron %n líneas sin valores en ninguna columna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>Se omitió %n día de fin de semana dentro de los rangos: los fines de semana nunca son días escolares.</numerusform>
            <numerusform>Se omitieron %n días de fin de semana dentro de los rangos: los fines de semana nunca son días escolares.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>El archivo no tiene columna de etiqueta, así que los días no tienen nombre. Agregue una columna &quot;Label&quot; (&quot;Veterans Day&quot;) para mostrarlos en el calendario.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>Sesiones a partir del %1: %2 agregadas, %3 eliminadas, %4 cambiadas.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>Año escolar, mes por mes</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>&amp;Agregar día libre…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>Convertir en día &amp;escolar</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>Días escolares de este año</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>Agregar un feriado, vacaciones, un día de horario reducido o un día sin clases</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>Cambiar el tipo o la descripción de los días seleccionados (doble clic o Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>Convertir de nuevo los días seleccionados en días escolares normales; sus sesiones vuelven</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>Traer el calendario que envía su distrito, guardado como CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>Feriados, vacaciones y días de horario reducido</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>Se importó el calendario: %n día nuevo, %1 cambiados, %2 sin cambios. Las sesiones a partir de hoy lo siguen.</numerusform>
            <numerusform>Se importó el calendario: %n días nuevos, %1 cambiados, %2 sin cambios. Las sesiones a partir de hoy lo siguen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>No se pudo leer el calendario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n día escolar</numerusform>
            <numerusform>%n días escolares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n día feriado o de vacaciones</numerusform>
            <numerusform>%n días feriados o de vacaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n día de horario reducido</numerusform>
            <numerusform>%n días de horario reducido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n día sin clases</numerusform>
            <numerusform>%n días sin clases</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>Todavía no hay año escolar. Configure su escuela con el primer y el último día del año y luego agregue aquí sus feriados.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>Todavía no hay feriados ni vacaciones. Agregue sus días libres o importe el calendario que envía su distrito.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>No se guardó nada: todas las fechas elegidas son fines de semana.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>No se pudo guardar el calendario: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>Se leyó %n línea.</numerusform>
            <numerusform>Se leyeron %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>%1 en el archivo: %2 nuevos, %3 cambiados, %4 ya en el calendario. Las sesiones a partir de hoy seguirán el nuevo calendario.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>Feriado o vacaciones</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Día de horario reducido</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Día sin clases</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>El día elegido</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>Las sesiones de horario reducido &amp;duran como máximo:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>Sesión más larga en un día de horario reducido, en minutos</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>Las sesiones más largas se acortan a esta duración en los días de horario reducido</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>Acortar o alargar las sesiones de horario reducido a partir de hoy</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>Los feriados, las vacaciones y los días sin clases no tienen sesiones. Cada cambio mueve las sesiones a partir de hoy; las sesiones ya realizadas y su asistencia quedan como estaban.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: kind of day</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>date: label (kind of day)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartBuilders</name>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>Cancelada: tutor ausente</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>Cancelada: evento escolar</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>Cancelada: clima</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>Cancelada: actividad del estudiante</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>Cancelada: otro motivo</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>Puntajes de las pruebas: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>Fecha de la prueba</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>% del máximo de la prueba</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4 de %5 puntos · %6% del máximo</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>Dominio (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>Minutos recibidos frente a los planificados: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>minutos (acumulados)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · al %2
%3 de %4 minutos planificados recibidos</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>Asistencia por semana: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesiones realizadas</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · semana del %2
asistió a %3 de %4 sesiones realizadas</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>Crecimiento por estudiante en %1: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>Crecimiento (última prueba − prueba inicial)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (sin medir)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>crecimiento (puntos % del máximo de la prueba)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: sin medir (%n prueba en esta destreza; el crecimiento necesita dos)</numerusform>
            <numerusform>%1: sin medir (%n pruebas en esta destreza; el crecimiento necesita dos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2 puntos (del %3% al %4% del máximo)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>, dominada</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>Sesiones realizadas frente a las programadas: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Aún sin marcar</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>sesiones programadas</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>Semana del %1: %2 de %3 sesiones programadas realizadas</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>%n recuperación realizada</numerusform>
            <numerusform>%n recuperaciones realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>Dosis: estudiantes en tutoría según los minutos recibidos</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>Estudiantes en tutoría</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>minutos recibidos este año</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n estudiante recibió de %1 a %2 minutos</numerusform>
            <numerusform>%n estudiantes recibieron de %1 a %2 minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>Crecimiento frente a dosis (un punto por estudiante y destreza)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>minutos recibidos</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>crecimiento (puntos %)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>Sin crecimiento</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (Nivel %2, %3)
%4 minutos recibidos · crecimiento de %5 puntos</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>Nivel %1 (%n punto)</numerusform>
            <numerusform>Nivel %1 (%n puntos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>Porcentaje de asistencia semanal, toda la escuela</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>% de sesiones asistidas</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>Asistidas ÷ (asistidas + ausencias)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>Semana del %1: %2% de asistencia
%3 asistidas, %4 ausencias</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>Estudiantes por nivel de necesidad y cuántos tienen cupo</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>Estudiantes con esta necesidad</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>Con cupo en tutoría</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>nivel de necesidad</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>Nivel %1: %n estudiante, %2 con cupo</numerusform>
            <numerusform>Nivel %1: %n estudiantes, %2 con cupo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Guardar %1 como PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>No se guardó el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>No se pudo escribir el gráfico en %1. Elija una carpeta en la que pueda escribir y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>Autorizaciones que requieren atención</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>Tutores cuyas autorizaciones requieren atención</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>Haga clic en una línea o presione Enter para seleccionar a ese tutor en la tabla</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n autorización requiere atención</numerusform>
            <numerusform>%n autorizaciones requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>Seleccionar a %1 en la tabla</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>Verificación de antecedentes</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>Prueba de tuberculosis</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>%1 no está registrada</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 venció el %2</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1 vence hoy (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1 vence en %n día (%2)</numerusform>
            <numerusform>%1 vence en %n días (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1 válida hasta el %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 está inactivo: primero actívelo o agréguelo al grupo de suplentes en la página Tutores.</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>%1 no tiene verificación de antecedentes registrada: primero regístrela en la página Tutores.</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>%1 no tiene prueba de tuberculosis registrada: primero regístrela en la página Tutores.</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>La verificación de antecedentes de %1 venció el %2: primero registre la nueva verificación en la página Tutores.</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>La prueba de tuberculosis de %1 venció el %2: primero registre la nueva prueba en la página Tutores.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1 no es un archivo de correspondencia de columnas: %2 en el carácter %3.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: un archivo de correspondencia necesita &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: un archivo de correspondencia necesita un objeto &quot;columns&quot; con nombres de campos y nombres de columnas.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: la columna de &quot;%2&quot; debe ser texto (el nombre del encabezado).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Ayudó un &amp;intérprete</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>Saliente (contactamos a la familia)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>Entrante (la familia nos contactó)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Volver a contactar el</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>p. ej., se eligió el resultado equivocado</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Fecha y hora del contacto</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Tutor legal:</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>¿Por qué cambia este &amp;registro?</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>Eliminar un contacto registrado por error (el registro de auditoría lo conserva junto con su motivo)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>Un contacto registrado el %1. Cada cambio se guarda en el registro de auditoría con su motivo.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>Este contacto ya no está en el registro (es posible que se haya eliminado). Cierre esta ventana y vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>Ningún tutor legal indicado</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>Primero explique por qué cambia este registro</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>Se cambió el contacto de %1.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Se eliminó el contacto de %1.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>¿Eliminar el contacto de %1? El registro de auditoría lo conserva con su motivo.

¿Por qué elimina este registro?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>Motivo para eliminar el contacto</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Cualquier método</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Cualquier propósito</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>Requiere &amp;seguimiento</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Fechas de abajo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>Buscar por estudiante, id. del distrito o tutor legal</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>Escriba parte del nombre o del id. del distrito de un estudiante, o el nombre de un tutor legal</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>Solo los contactos que pidieron una fecha de seguimiento</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>No hay ningún contacto %1 en el registro (es posible que se haya eliminado mientras tanto). Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>Ese tutor legal no figura para este estudiante. Elija uno de los tutores legales del estudiante.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>Este contacto es el registro de la carta “%1” impresa el %2, y una carta impresa queda registrada. Si algo está mal, corríjalo con Editar.</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>Este contacto resolvió la acción pendiente “%1”. Primero vuelva a abrir esa acción (en la pestaña Tutoría del estudiante) y luego elimine el contacto, o corrija el contacto con Editar.</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>Explique por qué cambia este contacto: el motivo se guarda con los valores anteriores y nuevos en el registro de auditoría que consultan las revisiones de financiamiento.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>No se pudo cambiar el contacto en %1: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>Explique por qué elimina este contacto: el motivo se guarda en el registro de auditoría que consultan las revisiones de financiamiento.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>No se pudo eliminar el contacto de %1: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>Inscripción y consentimiento</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>Sesión perdida</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>“%1” no es una forma de contactar a una familia. Elija teléfono, mensaje de texto, correo electrónico, carta, visita al hogar, en persona o reunión.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>“%1” no es una dirección. Elija saliente o entrante.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>“%1” no es un propósito. Elija inscripción, sesión perdida, progreso o general.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>“%1” no es un resultado. Elija contactado, dejó un mensaje, no contestó, número equivocado, rechazó o enviado.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Indique cuándo se hizo el contacto.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>Indique en qué idioma se contactó a la familia.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>No existe el estudiante %1 (es posible que se haya eliminado). Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>No se pudo guardar el contacto en %1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visita al hogar</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Dejó un mensaje</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazó</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>No se pudo leer el registro de contactos: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>Id. del distrito %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>El registro se ordena por fecha, estudiante, método o resultado</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>Contactos mostrados</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>Corregir el contacto seleccionado (Enter); el registro de auditoría guarda su motivo</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>Eliminar el contacto seleccionado, registrado por error (Supr)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Contactos con las familias</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Se eliminó el contacto de %1.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>No se pudo leer el registro de contactos: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>1 familia contactada</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>%n familia contactada</numerusform>
            <numerusform>%n familias contactadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n contacto:  </numerusform>
            <numerusform>%n contactos:  </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n intento,  </numerusform>
            <numerusform>%n intentos,  </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>%n contactado,  </numerusform>
            <numerusform>%n contactados,  </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>Decisión para %1 el %2</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>grupo de suplentes</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>habla su idioma</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>Suplente: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>Suplente: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 está libre a esa hora, tiene autorización y enseña %2. %3 esta semana hasta ahora.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>Habla el idioma del hogar que comparten la mayoría de los estudiantes.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>No hay ningún suplente libre y con autorización a esa hora</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>Recuperar el %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>Cancelar, recuperar el %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>No hay horario de recuperación en los próximos días escolares</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>Cancelar, sin recuperación</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 cubre %2 el %3.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1 el %2: recuperación el %3 a las %4.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%1 el %2 está cancelada.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>Buscar un suplente</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>Programar una recuperación</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>&amp;Recuperación:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>&amp;Motivo de la cancelación:</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>Opcional: lo que deben saber las familias o el maestro</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>Recuperación de %1 programada el %2 a las %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1, línea %2, columna %3: un campo de más de %4 caracteres. Este no es un archivo de lista, o unas comillas (&quot;) abren un campo que debería haberse cerrado mucho antes.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>%1 campos donde el encabezado tiene %2. Revise si a esta línea le falta o le sobra un delimitador, o si hay comillas (&quot;) sin cerrar.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1 está vacío: no tiene fila de encabezado. Vuelva a exportar la lista desde el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1 es un archivo zip o un libro de Excel, no CSV. En Excel, use Archivo &gt; Guardar como &gt; &quot;CSV UTF-8&quot;; una exportación de OneRoster se importa como zip.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1 contiene datos binarios, no texto. Elija el archivo CSV que exportó el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: no hay suficiente memoria para leerlo.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Se canceló la lectura de %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1, línea %2, columna %3: aquí empieza un campo entre comillas que nunca se cierra. Busque unas comillas (&quot;) sueltas en esa celda, o vuelva a guardar el archivo desde Excel.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1 no tiene fila de encabezado. Vuelva a exportar la lista con los nombres de las columnas en la primera fila.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1, necesita suplente</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>Suplente: %1 en lugar de %2</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>sin tutor</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sin salón</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Id. del distrito</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>Ningún estudiante tiene cupo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>Lista del día, %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Lista del día</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>No hay sesiones este día.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>No hay sesiones este día: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>%n sesión. Marque la casilla de cada estudiante que asistió.</numerusform>
            <numerusform>%n sesiones. Marque la casilla de cada estudiante que asistió.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>Imprimir la lista del día con una columna para tomar asistencia a mano</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>Guardar la lista del día imprimible como archivo PDF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salón</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Sesiones del día</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>No se pudieron leer las sesiones del día: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>No hay sesiones este día.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — no hay clases. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>No se pudo crear la lista del día: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>Lista del día %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>Imprimir lista del día</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>La lista del día %1 se envió a la impresora.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>Lista del día %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>Guardar lista del día como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>La lista del día se guardó en %1.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>No se pudo guardar la lista del día en %1: compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1 ya contiene una escuela; la demostración necesita una base de datos vacía. Elija un archivo nuevo para la escuela de demostración.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>Se canceló la escuela de demostración; %1 quedó como estaba.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>No se pudo crear la escuela de demostración: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>No se pudo guardar la escuela de demostración en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>Explorar una escuela de demostración</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>Creando la escuela de demostración: estudiantes, tutores, grupos y un año escolar de sesiones…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>Acciones pendientes</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>El umbral de brecha debe ser mayor que 0 y como máximo 1 (0.8 es la regla de los &quot;cuatro quintos&quot;), no %1.</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>No se pudo guardar el umbral de brecha de equidad: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>&amp;Resaltar un grupo cuya proporción de cupos o minutos sea menor que</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× su proporción de necesidad</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>Imprimir la revisión de equidad</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>Guardar la revisión de equidad como PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>No se pudo leer la revisión de equidad: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>Revisión de equidad · datos al %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Revisión de equidad</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— omitido: se basa en menos de 10 estudiantes, o revelaría el dato de un grupo más pequeño (señálelo para ver el motivo).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Ningún grupo tiene una proporción de cupos o minutos menor que %1 de su proporción de necesidad.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ Grupos que reciben menos de lo que les corresponde:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>Revisión de equidad %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>Un grupo se resalta cuando su proporción de cupos o de minutos es menor que esta fracción de su proporción de estudiantes con necesidad. 0.80 es la regla de los “cuatro quintos”.</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>Raza/etnia</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Estatus de EL</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Jóvenes en hogares de crianza</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>En desventaja socioeconómica</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Dos o más razas</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No informado</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (estudiante de inglés)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (reclasificado)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (solo inglés o competente)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (por determinar)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>Sin IEP ni plan 504</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Sin hogar (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Kínder de transición</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kínder</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>Estudiantes hispanos o latinos</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>Estudiantes indígenas americanos o nativos de Alaska</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>Estudiantes asiáticos</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>Estudiantes negros o afroamericanos</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>Estudiantes nativos de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>Estudiantes blancos</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>Estudiantes de dos o más razas</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>Estudiantes sin raza/etnia informada</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>Estudiantes EL</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>Estudiantes RFEP</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>Estudiantes EO/IFEP</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>Estudiantes con estatus de EL por determinar</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>Estudiantes sin estatus de EL informado</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>Estudiantes con IEP o plan 504</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>Estudiantes sin IEP ni plan 504</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>Estudiantes sin hogar</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>Estudiantes en desventaja socioeconómica</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>Estudiantes de TK</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>Estudiantes de kínder</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>Estudiantes de grado %1</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Grupo de estudiantes</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegibles</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Con oferta</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minutos por estudiante</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>Proporción de cupos</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>Proporción de minutos</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>Proporción de necesidad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>Recuperaciones ofrecidas</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>Recuperaciones asistidas</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Salieron</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>Un estudiante cuenta en cada grupo al que pertenece, una vez por dimensión.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>Estudiantes con necesidad: estudiantes activos cuyo puntaje de necesidad los ubica en el Nivel 2 o el Nivel 3.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>Estudiantes elegibles a los que alguna vez se les dio un cupo en un grupo (invitados o después), sin contar los lugares en la lista de espera.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>Estudiantes elegibles que ocuparon un cupo: activos ahora, o que asistieron a sesiones antes de una pausa o una salida.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>Minutos de tutoría recibidos hasta ahora por estudiante inscrito, incluidas las recuperaciones.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>Sesiones asistidas del total de sesiones en que se tomó asistencia a los estudiantes inscritos.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>Crecimiento promedio en la prueba del grupo, último puntaje menos la prueba inicial, en puntos porcentuales; solo cuentan los estudiantes con dos resultados de prueba.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>Los estudiantes inscritos de este grupo del total de estudiantes inscritos con necesidad.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>Los minutos de tutoría de este grupo del total de minutos impartidos a estudiantes con necesidad.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>Los estudiantes elegibles de este grupo del total de estudiantes con necesidad. Se resalta una proporción de cupos o minutos menor que %1 de esta.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>Estudiantes inscritos cuyo cupo se pausó u ofreció a la lista de espera tras sesiones perdidas.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>Sesiones de recuperación ofrecidas por estudiante inscrito.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>Sesiones de recuperación asistidas por estudiante inscrito.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>Estudiantes inscritos que dejaron un grupo (salieron).</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (cuatro quintos)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>Omitido: todavía hay menos de 10 estudiantes de este grupo con crecimiento medido.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>Omitido: este dato se basa en menos de 10 estudiantes.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>Omitido para que el dato de un grupo más pequeño no se pueda calcular por resta.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>Todavía no hay nada que medir.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>omitido para proteger a un grupo más pequeño</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>menos de 10 estudiantes</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>Este grupo es lo bastante grande, pero mostrarlo permitiría calcular por resta los datos de un grupo más pequeño, así que también se omite.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>Menos de 10 estudiantes con necesidad: no se muestra ningún dato, para proteger su privacidad.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1 tienen %2 de los cupos, pero son %3 de los estudiantes con necesidad.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1 reciben %2 de los minutos de tutoría, pero son %3 de los estudiantes con necesidad.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>No se muestra ningún grupo con menos de 10 estudiantes elegibles, y se omite todo dato que se base en menos de 10 estudiantes, para que no se pueda identificar a ningún estudiante.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>Un grupo se resalta cuando su proporción de cupos o minutos es menor que %1 de su proporción de necesidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>No se cuenta %n estudiante con tutoría que ya no está en el Nivel 2 o 3 (o ya no está en la escuela).</numerusform>
            <numerusform>No se cuentan %n estudiantes con tutoría que ya no están en el Nivel 2 o 3 (o ya no están en la escuela).</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Revisión de equidad</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · datos al %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Ningún grupo tiene una proporción de cupos o minutos menor que %1 de su proporción de necesidad.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>Acceso, dosis y crecimiento</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>El proceso</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— omitido: menos de 10 estudiantes detrás del dato, o revelaría el de un grupo más pequeño.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>Revisión de equidad, datos al %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>Brechas (proporción menor que %1 de la proporción de necesidad):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>El proceso (por estudiante inscrito)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— omitido: menos de 10 estudiantes detrás del dato, o revelaría el de un grupo más pequeño. ! una brecha.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>“Elegible” significa que el puntaje de necesidad califica al estudiante para tutoría: un estudiante activo en el Nivel 2 o el Nivel 3 hoy.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración de sincronización: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>&quot;%1&quot; no es una ruta de carpeta completa. Elija la carpeta del distrito con Examinar…, o ingrese una dirección que empiece con https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>&quot;%1&quot; no es una dirección web a la que TutorDesk pueda enviar. Copie la dirección que le dio el distrito, que empieza con https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>&quot;%1&quot; no está cifrada (http://). Los registros de los estudiantes solo se envían por https://: pida al distrito su dirección https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>&quot;%1&quot; no es ni una carpeta ni una dirección https://.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>No se pudo importar el archivo: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo guardadas como CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>No se importó nada: el archivo tiene ahora %n problema. Vuelva a importarlo para verlo.</numerusform>
            <numerusform>No se importó nada: el archivo tiene ahora %n problemas. Vuelva a importarlo para verlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>El id. de estudiante del distrito %1 también está en la línea %2. Cada estudiante debe figurar una sola vez en la lista: elimine una de las dos líneas o corrija el id.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>No se muestra: %n problema más. Corrija los de arriba (a menudo una columna está mal en todo el archivo) y vuelva a importar para ver lo que queda.</numerusform>
            <numerusform>No se muestran: %n problemas más. Corrija los de arriba (a menudo una columna está mal en todo el archivo) y vuelva a importar para ver lo que queda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>Se omitió %n línea sin valores en ninguna columna.</numerusform>
            <numerusform>Se omitieron %n líneas sin valores en ninguna columna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>Las sesiones anteriores a este día, y su asistencia, quedan como están</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>Los cambios se apl&amp;ican desde:</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>Sesiones que genera este patrón</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>Conflictos — cambie los días, la hora, el tutor o el salón:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>No se pudo leer el grupo: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>Editar grupo — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>Aún no hay sesiones: elija un tutor, al menos un día y una hora de inicio.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>No hay sesiones: ningún día escolar entre estas fechas coincide con el patrón.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>≈ %n sesión del %1 al %2</numerusform>
            <numerusform>≈ %n sesiones del %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>No se pudieron revisar los conflictos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n conflicto — cambie los días, la hora, el tutor o el salón:</numerusform>
            <numerusform>%n conflictos — cambie los días, la hora, el tutor o el salón:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>Primero resuelva los conflictos</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>Primero póngale un nombre al grupo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> estudiantes</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>Código, p. ej., RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>La destreza en palabras sencillas</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>Salón, o el enlace de la reunión para un grupo virtual</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Destreza:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>&amp;Cupo máximo:</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>&amp;Salón o enlace:</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Se reúne los:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>Aún sin tutor (el grupo sigue planificado)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — inactivo</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — falta autorización</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — autorización vencida</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (grupo de suplentes)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: “%2” no es una materia. Elija lectura, matemáticas, escritura u otra.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: el nivel debe ser 1, 2 o 3, no %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: “%2” no es una modalidad. Elija fuera del aula, después de clases, sábado, virtual o híbrida.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: un grupo tiene de 1 a 4 estudiantes, no %2. Elija un cupo máximo de 1 a 4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1 tiene %n estudiante con cupo, más que el cupo máximo de %2. Primero pase estudiantes a otros grupos, o mantenga el cupo máximo en %n o más.</numerusform>
            <numerusform>%1 tiene %n estudiantes con cupo, más que el cupo máximo de %2. Primero pase estudiantes a otros grupos, o mantenga el cupo máximo en %n o más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: una sesión dura de 5 a 240 minutos, no %2.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: los días de reunión no son válidos. Vuelva a elegir los días de la semana.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: una sesión que empieza a las %2 y dura %3 minutos terminaría después de la medianoche. Elija una hora de inicio más temprana.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1 necesita un día de inicio y un día de fin. Ingrese ambos.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1 empieza el %2, después de su día de fin %3. Elija un día de fin igual o posterior al inicio.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: “%2” no es un estado de grupo. Elija planificado, activo o terminado.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>Ya no existe el grupo %1 (es posible que se haya eliminado). Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: el tutor elegido ya no está en la lista. Elija otro tutor.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 está inactivo y no puede dirigir %2. Elija otro tutor, o actívelo en la página Tutores.</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1 no tiene autorización para trabajar con estudiantes el %2. Primero registre sus autorizaciones en la página Tutores.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>No se pudo guardar %1 en %2: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>El grupo no tiene nombre. Ingrese un nombre, por ejemplo “Lectura · Grados 3–4 · Nivel 2 · A”.</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>Contacto &amp;principal de este estudiante</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>Acepta &amp;mensajes de texto</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Agregar tutor legal</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>Editar tutor legal — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Parentesco con el estudiante</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>El tutor legal al que se dirigen las cartas y a quien se llama primero</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>Elija un idioma o escriba un código de idioma, como &quot;hmn&quot; para hmong. Las cartas se imprimen en los idiomas de la lista; los demás reciben cartas en inglés.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Forma de contacto preferida</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>Los mensajes de texto solo se envían a un celular, y solo con el consentimiento de la familia</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>p. ej., (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>p. ej., maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>También es tutor legal de: %1. Los cambios en los teléfonos, el correo electrónico y el idioma también se aplican a estos niños.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Teléfono &amp;celular:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Teléfono de &amp;casa:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Teléfono del &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Contactar por:</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>Por qué no se guardó el tutor legal</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>No se pudo guardar el tutor legal.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>No se pudo guardar el tutor legal: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>El teléfono %1 de %2, &quot;%3&quot;, tiene caracteres que un número de teléfono no tiene. Use solo dígitos, espacios y ( ) - . +</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>El teléfono %1 de %2, &quot;%3&quot;, es demasiado corto: un número de teléfono tiene al menos 7 dígitos. Corríjalo o déjelo vacío.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>Un tutor legal necesita un nombre: escriba un nombre o un apellido.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>home</source>
        <translation>de casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>del trabajo</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>El correo electrónico de %1, &quot;%2&quot;, no es una dirección de correo: necesita una @ entre un nombre y un dominio, sin espacios (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot; no es un parentesco que TutorDesk conozca. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot; no es una forma de contacto que TutorDesk conozca. Elija una de estas: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>Elija el idioma que prefiere %1 (inglés si no lo sabe).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>&quot;%1&quot; no es un código de idioma. Elija un idioma de la lista o escriba un código como &quot;es&quot;, &quot;zh-Hant&quot; o &quot;hmn&quot;.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1 acepta mensajes de texto pero no tiene celular. Escriba el número de celular o quite el consentimiento.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1 prefiere mensajes de texto pero no ha dado su consentimiento. Registre el consentimiento o elija otra forma de contacto.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1 prefiere correo electrónico pero no tiene dirección de correo. Escríbala o elija otra forma de contacto.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>No se pudo guardar el tutor legal en %1: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>No existe el estudiante %1 (es posible que se haya eliminado). Vuelva a cargar la página Estudiantes.</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1 ya no es tutor legal de este estudiante (es posible que alguien lo haya quitado). Vuelva a cargar la página Estudiantes.</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>Datos del tutor legal editados</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>Ese tutor legal ya no está registrado (es posible que se haya eliminado). Vuelva a buscar.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 ya es tutor legal de este estudiante.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>Ese tutor legal ya no está vinculado a este estudiante. Vuelva a cargar la página Estudiantes.</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>No se pudo quitar el tutor legal en %1: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Abuelo/abuela</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>Tío/tía</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Hermano/hermana</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Padre/madre de crianza</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: tutoría intensiva según la necesidad.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>Abrir la base de datos de TutorDesk en PATH (si no, $TUTORDESK_DB; si no, la base de datos habitual de su escuela).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>Abrir la escuela de demostración, creándola primero si todavía no existe.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>Guardar una imagen de la ventana en FILE (PNG) cuando termine de cargarse, y luego salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>Tomar DAY (AAAA-MM-DD) como hoy, p. ej., para las capturas de pantalla de una escuela de demostración.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>A TutorDesk database to open (the same as --db).</source>
        <translation>Una base de datos de TutorDesk para abrir (lo mismo que --db).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[archivo]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>--today necesita un día escrito como AAAA-MM-DD, p. ej., 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, columna %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>la correspondencia indicada</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>la correspondencia guardada la última vez</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>asociadas por nombre</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Columnas (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>La correspondencia indicada es para archivos &quot;%1&quot;, pero %2 se lee como &quot;%3&quot;. Indique una correspondencia hecha para este tipo de archivo, o ninguna para asociar las columnas por nombre.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>No se muestran %1 problemas más. Corrija los de arriba (a menudo una columna está mal en todo el archivo) y vuelva a ejecutar para ver lo que queda.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>Una exportación de OneRoster nombra sus propias columnas; la correspondencia de columnas indicada no era necesaria.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1 es una lista CSV. Elegir una escuela y agregar un archivo de indicadores es para exportaciones de OneRoster (un .zip o una carpeta); una lista CSV lleva sus indicadores en sus propias columnas.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>No se pudo guardar la correspondencia de columnas para la próxima vez: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>Importar &amp;lista…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>Importar &amp;puntajes…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>Traer a los estudiantes desde el archivo de lista de su distrito</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>Traer resultados de evaluaciones de referencia (i-Ready, STAR, MAP) de los estudiantes registrados</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>&amp;Revisar archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>Leer todo el archivo y enumerar cada problema, sin importar nada</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>Disponible cuando el archivo se haya revisado sin problemas</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la revisión.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Se canceló la importación. No se cambió nada.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>Elija un archivo para empezar.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>Haga clic en Revisar archivo: TutorDesk lee todo el archivo y enumera lo que haya que corregir. Todavía no se importa nada.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>Las opciones cambiaron. Vuelva a hacer clic en Revisar archivo.</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>1 estudiante registrado no está en esta lista. ¿Desea marcarlo como retirado? Su historial se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>%Ln estudiante registrado no está en esta lista. ¿Desea marcarlo como retirado? Su historial se conserva.</numerusform>
            <numerusform>%Ln estudiantes registrados no están en esta lista. ¿Desea marcarlos como retirados? Su historial se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>Estudiantes que no están en esta lista</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>Elija No si este archivo incluye solo a algunos de los estudiantes de la escuela.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Revisando %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>No se pudieron recalcular los puntajes de necesidad: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>Los puntajes de necesidad se recalcularon con los nuevos datos.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>Importar lista</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>Elija la lista que exportó el sistema de estudiantes de su distrito: un archivo CSV, o un archivo zip o una carpeta de OneRoster.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>Importar puntajes de evaluaciones de referencia</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>Elija el archivo de puntajes que exportó su sistema de evaluación (i-Ready, STAR, MAP o similar) como CSV. Los estudiantes ya deben estar registrados.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Guar&amp;dar informe…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Lo que encontró la importación</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>Copiar el informe para pegarlo en un correo o un documento</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Guardar el informe como archivo de texto</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - informe de importación.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Lo que contiene el archivo</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>Se encontró %n problema. No se ha importado nada. Corrija el archivo, guárdelo y vuelva a importarlo.</numerusform>
            <numerusform>Se encontraron %n problemas. No se ha importado nada. Corrija el archivo, guárdelo y vuelva a importarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>Todo lo que hay en este archivo ya está en TutorDesk. No hay nada que importar.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>No se encontraron problemas. Haga clic en Importar para incorporar estos cambios.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>Revisando el archivo</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se va a importar</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aún no se eligió ningún archivo</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>&amp;Carpeta de OneRoster…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>Una carpeta con una exportación de OneRoster (orgs.csv, users.csv, …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Qué columna es cuál</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>Elegir una carpeta de OneRoster</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>Las columnas que eligió la última vez. Compárelas con las primeras filas de la derecha.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk asoció estas columnas por sus nombres. Compárelas con las primeras filas de la derecha.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation>Unicode (UTF-8, como lo guarda Excel)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows Europa occidental (como lo guardan las versiones antiguas de Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>columnas separadas por tabulaciones</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>columnas separadas por punto y coma</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>columnas separadas por comas</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>columnas separadas por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>Leído como %1, %2; %3 después del encabezado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place in a file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place in the file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) read.</source>
        <translation>
            <numerusform>Se leyó %Ln estudiante.</numerusform>
            <numerusform>Se leyeron %Ln estudiantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>Se leyó %Ln resultado.</numerusform>
            <numerusform>Se leyeron %Ln resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 leídos: %2 nuevos, %3 cambiados, %4 sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln estudiante</numerusform>
            <numerusform>%Ln estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>%Ln estudiante marcado como retirado.</numerusform>
            <numerusform>%Ln estudiantes marcados como retirados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>No están en esta lista: %Ln estudiante registrado.</numerusform>
            <numerusform>No están en esta lista: %Ln estudiantes registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>Familias: %1 nuevas, %2 cambiadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>Se encontró %Ln problema. No se ha importado nada. Corrija el archivo (o elija otras columnas arriba), guárdelo y vuelva a hacer clic en Revisar archivo.</numerusform>
            <numerusform>Se encontraron %Ln problemas. No se ha importado nada. Corrija el archivo (o elija otras columnas arriba), guárdelo y vuelva a hacer clic en Revisar archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>No se encontraron problemas. Haga clic en Importar para incorporar estos cambios.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>Chino simplificado</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>Chino tradicional</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenio</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name in the UI language, then in its own</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterDialog</name>
    <message>
        <source>Family Letters</source>
        <translation>Cartas a las familias</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>Carta a la familia</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Notes on this letter</source>
        <translation>Notas sobre esta carta</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>&amp;Imprimir todas…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>Imprimir mediante el cuadro de impresión del sistema (%1); cada carta se registra como contacto</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>&amp;Guardar todas en un solo PDF…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>Guardar como archivo PDF (%1), una carta por página; cada carta se registra como contacto</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>&amp;Editar plantilla…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>Cambiar el texto de este tipo de carta en este idioma (se guarda junto al original)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>&amp;Cartas (una página por familia):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>No se pudo leer la familia del estudiante: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>Tutor legal sin nombre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1, principal</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>No hay tutor legal registrado: dirigida a la familia</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>Carta a la familia de %1</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>No se puede redactar esta carta: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Estudiante %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Familia de %1</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>traducción aún no revisada</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>Cartas a las familias (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>%n carta no se puede redactar y se omite: %1</numerusform>
            <numerusform>%n cartas no se pueden redactar y se omiten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>Traducción aún no revisada por un traductor calificado.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>El texto se editó en TutorDesk (versión %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>Impresa y registrada</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>Guardada y registrada</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>Cartas a las familias</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>No se eligió ninguna carta para imprimir.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>No se pudieron imprimir las cartas: la impresora las rechazó. Revise la impresora, o guárdelas como PDF e imprima ese archivo.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>Guardar cartas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>No se eligió ninguna carta para guardar.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Se imprimieron, pero las cartas no quedaron registradas: %1 Registre los contactos manualmente.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Se guardaron, pero las cartas no quedaron registradas: %1 Registre los contactos manualmente.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>%n carta impresa y registrada como contacto.</numerusform>
            <numerusform>%n cartas impresas y registradas como contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>%n carta guardada como PDF y registrada como contacto.</numerusform>
            <numerusform>%n cartas guardadas como PDF y registradas como contactos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>Invitación de inscripción con formulario de consentimiento</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>Aviso de sesión perdida 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>Aviso de sesión perdida 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>Aviso de sesión perdida 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>Resumen de fin del programa</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>El nombre de la escuela</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>La dirección de la escuela</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>El número de teléfono de la escuela</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>El nombre del coordinador de tutorías</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>La fecha de la carta, escrita en palabras</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>La fecha límite para devolver el formulario (una semana después)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>El nombre del tutor legal, o &quot;Familia de&quot; el estudiante</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>El nombre preferido o el primer nombre del estudiante</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>El nombre completo del estudiante</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>El grado del estudiante, en palabras</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>La materia del grupo de tutoría</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>Los días en que se reúne el grupo</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>La hora de inicio y de fin del grupo</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Dónde se reúne el grupo</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>El tutor del grupo</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>El primer día del grupo</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>El último día del grupo</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>El día de la sesión perdida</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>Los días de las sesiones perdidas seguidas</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>Cuántas sesiones seguidas se perdieron</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>Sesiones asistidas en las últimas cuatro semanas, en porcentaje</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>Sesiones a las que asistió el estudiante</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>Sesiones que realizó el grupo</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>Minutos de tutoría recibidos</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>Minutos de tutoría planificados</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>La destreza que trabaja el grupo</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>El puntaje de la primera prueba</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>El puntaje de la prueba más reciente</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>Crecimiento de la primera a la última prueba</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>No existe el estudiante %1 (es posible que se haya eliminado). Vuelva a combinar las cartas.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>La carta para %1 está dirigida a un tutor legal que ya no figura para este estudiante. Vuelva a combinar las cartas.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>“%1” no es un tipo de carta.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>La carta para %1 responde a una acción pendiente de otro estudiante. Vuelva a combinar las cartas.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>Carta enviada: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>“%1” no es una forma de enviar una carta: print o pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>Indique cuándo se imprimieron o guardaron las cartas.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>No se registró ninguna carta: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>No se pudieron registrar las cartas en %1: %2. No se registró nada; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>No se pudo completar %1 para %2: no hay valor para %3. Por favor, informe de este problema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es un tipo de carta. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>La carta no tiene fecha. Indique el día en que se redacta.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>TutorDesk no tiene cartas en &quot;%1&quot;. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>La familia lee %1; todavía no hay %2 en %1, así que esta está en inglés.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>La familia lee %1; todavía no hay cartas en %1, así que esta está en inglés.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>Falta %1 en inglés en esta copia de TutorDesk. Vuelva a instalar TutorDesk.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>estudiante %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>No se generó ninguna carta: la carta para %1 no se pudo generar: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>Ese tutor legal no está registrado para %1. Elija uno de los tutores legales de %1.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>El estudiante %1 no está registrado. Elija un estudiante de la lista.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>Esa acción pendiente no es de %1. Inicie la carta desde una de las acciones de %1.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>El número de teléfono de la escuela no está configurado, y cada carta le indica a la familia adónde llamar. Agréguelo en Configuración ▸ Escuela.</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>El nombre del coordinador de tutorías no está configurado, y cada carta va firmada con él. Agréguelo en Configuración ▸ Escuela.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>El grupo de %1 todavía no tiene días de reunión. Primero configure los días del grupo.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>El grupo de %1 todavía no tiene hora de inicio. Primero configure el horario del grupo.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>El grupo de %1 no tiene tutor. Primero asigne un tutor al grupo.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>%1 no tiene cupo en ningún grupo de tutoría, así que la carta no tiene grupo que describir. Primero coloque a %1 en un grupo.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>%1 no tiene ninguna sesión perdida registrada, así que una carta de sesión perdida no tiene nada que mencionar. Revise la asistencia o elija otro tipo de carta.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>%1 todavía no tiene asistencia registrada, así que no hay porcentaje que informar.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Este programa no puede escribir archivos PDF (no hay ningún generador de páginas instalado). Use TutorDesk o tutordesk-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n carta a la familia</numerusform>
            <numerusform>%n cartas a las familias</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>No hay cartas para guardar en %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: la carta no tiene texto después del encabezado. Escriba la carta debajo de la línea &quot;--&gt;&quot;.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}} no es un valor que pueda usar una carta de tipo %2. Use uno de estos: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>un marcador no está cerrado. Escriba cada uno como {{name}} en una sola línea.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>esta no es una plantilla de carta de TutorDesk: debe empezar con la línea &quot;&lt;!--tutordesk-letter&quot; seguida de language, kind, version, reviewed y title.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>se esperaba &quot;nombre: valor&quot; (language, kind, version, reviewed o title), o &quot;--&gt;&quot; para terminar el encabezado.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>el idioma &quot;%1&quot; no es uno en el que TutorDesk imprima cartas. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>el tipo &quot;%1&quot; no es un tipo de carta. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version está vacío. Escriba una versión como 1 o 2024-2.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed debe ser yes o no.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title está vacío. Escriba el título de la carta en su idioma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>&quot;%1&quot; no es un campo del encabezado. Use language, kind, version, reviewed y title.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: el encabezado no está cerrado. Agregue una línea &quot;--&gt;&quot; después del título.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>el encabezado no tiene línea %1. Agregue &quot;%1: …&quot; antes de &quot;--&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>No se puede leer %1: el zip está dañado. Vuelva a pedir el paquete al distrito.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>%1 no se puede abrir como archivo zip: está dañado o no es un zip. Vuelva a pedir el paquete de plantillas al distrito.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1 contiene %2 archivos; un paquete de plantillas tiene como máximo %3. No es un paquete de plantillas, así que no se instaló nada.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1 contiene un archivo llamado &quot;%2&quot;, que apunta fuera del zip. No es un paquete de plantillas, así que no se instaló nada.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1 está protegido con contraseña. Vuelva a crear el zip sin contraseña.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 ocupa más de %3 KB al descomprimirse; una plantilla de carta es mucho más pequeña. No se instaló nada.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 ocupa más de %2 KB al descomprimirse. No es un paquete de plantillas, así que no se instaló nada.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1 contiene más de %2 archivos. No es un paquete de plantillas, así que no se instaló nada.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 ocupa más de %3 KB; una plantilla de carta es mucho más pequeña. No se instaló nada.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 ocupa más de %2 KB. No es un paquete de plantillas, así que no se instaló nada.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1 no existe. Elija la carpeta o el archivo .zip del paquete de plantillas.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1 no es ni una carpeta ni un archivo .zip. Un paquete de plantillas es una carpeta (o un zip de ella) con una carpeta por idioma, como es/missed-1.html.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: un paquete de plantillas tiene una carpeta por idioma con las cartas adentro, como es/missed-1.html. Mueva el archivo a la carpeta de su idioma.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: la carpeta &quot;%2&quot; no es un idioma de cartas. Nombre las carpetas %3.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: el archivo de términos no es un objeto JSON (%2). Corríjalo como resources/letters/en/terms.json.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: &quot;%2&quot; debe ser texto entre comillas.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: el archivo dice idioma &quot;%2&quot; pero está en la carpeta %3. Corrija el idioma o mueva el archivo.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1 no es ni una carta (&lt;kind&gt;.html) ni el archivo de términos (terms.json). Quítelo del paquete.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: &quot;%2&quot; no es un tipo de carta. Nombre el archivo según su tipo: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: el encabezado dice tipo %2 pero el archivo se llama %3.html. Corrija la línea kind o cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: el encabezado dice idioma %2 pero el archivo está en la carpeta %3. Corrija la línea language o mueva el archivo.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>No se instaló el paquete; las cartas en uso no cambiaron.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1 no contiene plantillas de cartas. Un paquete de plantillas tiene una carpeta por idioma con archivos como es/missed-1.html.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>No se pudo guardar el paquete de plantillas %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>No se pudo quitar el paquete de plantillas del distrito: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es un tipo de carta. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>&quot;%1&quot; no es un idioma en el que TutorDesk imprima cartas. Use uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>No se guardó el texto.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>No se pudo guardar %1: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>No se pudo quitar el texto editado: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>Paquete del distrito</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>Paquete del distrito (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>&amp;Instalar paquete de plantillas…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>Quitar pa&amp;quete</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>Restaurar &amp;original</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>El texto de cada carta a las familias en cada idioma. El paquete de plantillas del distrito y los textos editados aquí se guardan junto a los textos integrados; los cambios en esta página se aplican de inmediato.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>Texto de</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>Desde una &amp;carpeta…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>Desde un archivo &amp;zip…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>Cartas de un distrito: una carpeta o zip con archivos &lt;language&gt;/&lt;kind&gt;.html</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>Volver a usar los textos integrados donde el paquete del distrito tenía los suyos</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>Cambiar el texto de la carta seleccionada (se guarda junto al original)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>Descartar el texto editado aquí y volver a usar el texto del distrito o el integrado</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas de cartas: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>Editado por %1 el %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>Instalar paquete de plantillas desde una carpeta</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>Instalar paquete de plantillas desde un archivo zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>No se instaló el paquete de plantillas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>Se instaló %n plantilla desde %1.</numerusform>
            <numerusform>Se instalaron %n plantillas desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>No se quitó el paquete de plantillas: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>Se quitó el paquete de plantillas del distrito.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>No se restauró: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>Se vuelve a usar el texto original.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Ayudó un &amp;intérprete</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Registrar contacto — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>p. ej., asistirá el jueves</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Volver a contactar el</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>No hay tutor legal registrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>About %1: %2</source>
        <translation>Sobre %1: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>&amp;Guardar y resolver</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>No se pudo guardar el contacto.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>No se pudo guardar el contacto: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>Se registró un contacto sobre %1 (%2, %3). Resuelto: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>Sincronización con el distrito</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>&amp;Nueva escuela…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>Importar &amp;tutores…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>Importar &amp;calendario escolar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>&amp;Acerca de TutorDesk</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>Preparando un paquete para el distrito…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>Enviando al distrito…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Estado de sincronización desconocido</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Abrir la página Sincronización</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>%1 — TutorDesk</source>
        <translation>%1 — TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk</source>
        <translation>TutorDesk</translation>
    </message>
    <message>
        <source>School year %1 – %2</source>
        <translation>Año escolar %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>Campo de TutorDesk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Columna en su archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Elija una columna para: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>Pasar a otro grupo</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>¿A qué grupo de %2 desea pasar a %1?</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln cupo libre</numerusform>
            <numerusform>%Ln cupos libres</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>lleno</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>aún sin tutor</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · nivel %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pasar</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>Todavía no hay otro grupo de %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>Por qué este estudiante</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Puntaje de necesidad</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>Los puntajes iguales se ordenan por grados de atraso, luego por menor asistencia escolar y luego por id. del distrito: nunca por la fecha en que se inscribió una familia.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>Puntos que componen el puntaje de necesidad</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>Seleccione un estudiante para ver cómo se calculó su puntaje de necesidad.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>No se pudo leer el puntaje de necesidad: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>Este estudiante todavía no tiene puntaje de necesidad. Haga clic en Recalcular puntajes de necesidad cuando se importen sus resultados de evaluaciones de referencia.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · Id. %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>Puntaje de necesidad %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>Nada en las evaluaciones de referencia, la asistencia o los grupos de estudiantes de este estudiante suma puntos.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>No se pudieron guardar los puntajes de necesidad: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>sin nivel de grado asignado</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>en el nivel de grado o por encima</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>1 grado por debajo</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>%1 grados por debajo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>No hay evaluación de referencia registrada</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>Asistencia escolar del %1%, menos del %2%</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP y plan 504</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>Plan 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Joven en hogar de crianza</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Sin hogar (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>En desventaja socioeconómica</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>Puntos por grado por debajo</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>Máximo de puntos por evaluación de referencia</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>Umbral de asistencia</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>Puntos por cada punto de asistencia por debajo del umbral</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>Máximo de puntos por asistencia</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1 debe ser un número de 0 a 1000, no %2.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>El umbral de asistencia es un porcentaje: indique un número de 0 a 100, no %1.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>No se pudieron guardar los pesos del puntaje de necesidad: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>El puntaje de necesidad de un estudiante suma puntos por cada señal de atraso. Los puntajes más altos obtienen cupo primero.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>Por grado por debajo</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>Por cada grado de atraso en la evaluación de referencia más reciente, en la materia con mayor atraso.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>Máximo por evaluaciones de referencia</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>Las evaluaciones de referencia nunca suman más que esto.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>La asistencia cuenta por debajo de</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>Una asistencia escolar menor que esto suma puntos.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>Por punto de asistencia por debajo</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>Por cada punto porcentual de asistencia por debajo de ese límite.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>Máximo por asistencia</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>La asistencia nunca suma más que esto.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>Para un estudiante cuyo estatus de EL es EL.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>Para un estudiante con un IEP o un plan de la Sección 504.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Joven en hogar de crianza</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>Para un estudiante en un hogar de crianza.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>Para un estudiante sin hogar (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>En desventaja socioeconómica</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>Para un estudiante que el distrito considera SED.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>Volver a los pesos con los que empieza TutorDesk</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a setting</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tutordesk::NewSchoolDialog</name>
    <message>
        <source>Set Up My School</source>
        <translation>Configurar mi escuela</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk guarda todo lo de una escuela en un solo archivo en esta computadora.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>p. ej., Escuela Primaria Alvarado Street</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>el código del distrito para esta escuela</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Código de la escuela</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>El código que usa su distrito para esta escuela (en California, su código CDS)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>&amp;Código de la escuela:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Código del distrito</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>Código del &amp;distrito:</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>Primer día del año escolar</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Inicio del año escolar:</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>Último día del año escolar</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>&amp;Fin del año escolar:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>Elegir dónde guardar el archivo de la base de datos</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Guardado en:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>&amp;Configurar escuela</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>Bases de datos de TutorDesk (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>Guardar la base de datos de la escuela como</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>La exportación no tiene demographics.csv: las fechas de nacimiento, el sexo, la raza y la etnia quedan como están.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 no tiene columna sourcedId, así que no es un archivo de OneRoster que TutorDesk pueda leer. Vuelva a exportar la lista como CSV de OneRoster.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>Ninguna columna contiene el id. del estudiante, así que los indicadores no se pueden asociar con los estudiantes. Llame &quot;Student ID&quot; a esa columna.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>Ninguna columna contiene un indicador de grupo de estudiantes (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Nombre las columnas así.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>La línea %1 tiene indicadores del mismo estudiante. Conserve una de las dos líneas.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>Indicadores de grupos de estudiantes de %1: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>Líneas del archivo de indicadores de estudiantes que no están en la lista de esta escuela, omitidas: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1 no tiene columnas propertyName y value, así que no es un manifiesto de OneRoster. Vuelva a exportar la lista como CSV de OneRoster.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>%1 indica que es OneRoster %2. TutorDesk lee OneRoster 1.1 y 1.2: pida una exportación en una de esas versiones.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>%1 indica que %2.csv contiene solo los cambios desde la última exportación (delta). Una importación de lista necesita a todos los estudiantes: pida una exportación completa.</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>Elija la escuela: en la ventana de importación, o en la línea de comandos con --org y el id. antes de los dos puntos.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>Falta %1: una exportación de OneRoster enumera allí sus escuelas. Vuelva a exportar la lista incluyendo orgs.csv.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1 no tiene columna sourcedId, así que no es un archivo orgs de OneRoster. Vuelva a exportar la lista como CSV de OneRoster.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>%1 no tiene ninguna escuela &quot;%2&quot;. Las escuelas que contiene:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1 no incluye ninguna escuela (ninguna fila tiene el tipo &quot;school&quot;). Vuelva a exportar la lista de su escuela desde el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1 incluye %2 escuelas; TutorDesk importa una a la vez. Las escuelas:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Se canceló la lectura de %1.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>Exportación de OneRoster sin manifest.csv; escuela %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>Exportación de OneRoster %1; escuela %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: no existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>%1 no se puede abrir como archivo zip: está dañado o no es un zip. Vuelva a descargar la exportación de OneRoster desde el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1 contiene %2 archivos; una exportación de OneRoster tiene una docena. No es una exportación de lista, así que no se leyó nada.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1 contiene un archivo llamado &quot;%2&quot;, que apunta fuera del zip. Una exportación de OneRoster nunca hace eso, así que no se leyó nada. Pida al distrito una nueva exportación.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: &quot;%2&quot; ocuparía %3 MB al descomprimirse, más de los %4 MB que TutorDesk lee de un archivo. No es la lista de una escuela, así que no se leyó nada.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 ocuparía más de %2 MB al descomprimirse. No es la lista de una escuela, así que no se leyó nada.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1 no tiene %2. Vuelva a exportar la lista incluyendo todos los archivos de OneRoster.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>No se puede leer %1: el zip está dañado. Vuelva a descargar la exportación de OneRoster.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1 está protegido con contraseña. Vuelva a exportar la lista sin contraseña.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 ocupa más de %2 MB al descomprimirse. No es la lista de una escuela, así que no se leyó nada.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 ocupa más de %2 MB. No es la lista de una escuela, así que no se leyó nada.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 no tiene columna %2, así que no es un archivo de OneRoster que TutorDesk pueda leer. Vuelva a exportar la lista como CSV de OneRoster.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>Falta %1, y users.csv no tiene columna de rol: TutorDesk no puede saber quién es estudiante. Vuelva a exportar la lista incluyendo roles.csv (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>Falta %1: una exportación de OneRoster enumera allí a sus estudiantes. Vuelva a exportar la lista incluyendo users.csv.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>El grado está vacío. Complete el grado del estudiante en el sistema de estudiantes y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>El sourcedId está vacío. Todo usuario de OneRoster necesita uno: vuelva a exportar.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>El nombre (givenName) está vacío. Complételo en el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>El apellido (familyName) está vacío. Complételo en el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>La línea %1 tiene el mismo id. de estudiante &quot;%2&quot;. Cada estudiante debe figurar una sola vez: corrija el id. en el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>Columnas que TutorDesk no usa: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>Estudiantes sin identificador en users.csv, cuyo sourcedId de OneRoster se usa como id. de estudiante del distrito: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>Estudiantes de prekínder omitidos (TutorDesk atiende desde TK hasta el grado 12): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>Estudiantes de otras escuelas en esta exportación, omitidos: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>Exportación de OneRoster</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>Solo es necesario cuando la exportación contiene varias escuelas</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>Id. de la escuela en la exportación</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>Id. de la escuela (&amp;sourcedId):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>Opcional: un CSV con el estatus de EL, IEP y otros grupos de estudiantes</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>Archivo de grupos de estudiantes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>Elegir el archivo de grupos de estudiantes</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>Archivo de &amp;grupos de estudiantes:</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>Elegir el archivo de grupos de estudiantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 registrada</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>Desmarque cuando no haya fecha registrada</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>No se pudo marcar el paquete como entregado: ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>El paquete se entregó, pero la bandeja de salida no pudo registrarlo (%1). Se volverá a enviar la próxima vez, lo cual no causa problemas.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>No se pudo registrar el intento fallido: el paquete ya no está esperando en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>No se pudo registrar el intento fallido en la bandeja de salida (%1). El paquete sigue esperando.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>No se pudo programar el envío inmediato de los paquetes en espera (%1). Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation>Entregado a %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>Último intento a las %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>No se pudo leer la bandeja de salida (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>No se pudo leer el paquete %1 de la bandeja de salida (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>El paquete %1 ya no tiene contenido en la bandeja de salida. Haga una nueva exportación completa para el distrito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>Pausar y ofrecer cupo — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>No se pudo leer la lista de espera: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>Pausar el cupo de %1 en %2 (%3). El cupo queda libre; la inscripción se mantiene en pausa y se puede reanudar.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>&amp;Ofrecer el cupo a %1 (%2, necesidad %3), primero en la lista de espera</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>Nadie en la lista de espera encaja en este cupo: solo se pausa la inscripción.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>&amp;Pausar y ofrecer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>Escriba el motivo de la pausa.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>No se pudo pausar el cupo.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>No se pudo pausar el cupo: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>Se pausó a %1 en %2; el cupo pasó a %3.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>Se pausó a %1 en %2; nadie espera el cupo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>No se pudo guardar %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>No se pudo guardar %1: %2. Compruebe que hay espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>no se pudo dibujar nada en las páginas</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>No se pudo reemplazar %1: puede estar abierto en otro programa. Ciérrelo o elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>No se pudo guardar %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1 todavía no tiene escuela: configure la escuela (su nombre y año escolar) antes de asignar estudiantes.</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>Asignación por necesidad</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>Un grupo se llenó durante la asignación; no se cambió nada. Vuelva a ejecutar la asignación.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>No se pudo guardar la asignación en %1: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · Grados %2 · Nivel %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1 está lleno (%2 de %3). Primero saque a alguien o elija otro grupo.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>por definir</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>Salió de la lista de espera: ya no es estudiante activo de la escuela</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>Salió de la lista de espera: el puntaje de necesidad (%1) ahora está por debajo del nivel 2</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>Salió de la lista de espera: la evaluación de referencia más reciente ya no muestra %1 por debajo del nivel de grado</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>Salió de la lista de espera: ya tiene un cupo en %1</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>Salió de la lista de espera: un cupo en %1 se pausó o terminó; vuelva a asignarlo manualmente</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>El presupuesto de cupos debe ser de 0 a %1 cupos, no %2.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>No se pudo guardar el presupuesto de cupos: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>%1 ya terminó. Elija un grupo activo o planificado.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1 es un grupo de %2 y la inscripción de %3 es para %4: un cambio mantiene la materia. Elija un grupo de %4.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 ya tiene un cupo en %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Ese grupo está lleno. Primero saque a alguien o elija otro grupo.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>No se pudo cambiar la inscripción en %1: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>No existe la inscripción %1 (es posible que se haya eliminado). Vuelva a cargar la página Asignación.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>No existe el grupo %1 (es posible que se haya eliminado). Vuelva a cargar la página Asignación.</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>Obtuvo cupo desde la lista de espera</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Pasó a %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>Volvió a la lista de espera</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>La inscripción de %1 en %2 está %3: solo se puede mover un cupo o un lugar en la lista de espera.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>La inscripción de %1 en %2 no está en la lista de espera (está %3).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>La inscripción de %1 en %2 no tiene cupo (está %3), así que no hay nada que pausar.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>La inscripción de %1 en %2 no está en pausa (está %3).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reanudada</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (nuevo)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Aún sin tutor</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, nivel %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln cupo libre</numerusform>
            <numerusform>%Ln cupos libres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · Id. %2 · puntaje de necesidad %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>Grupo / estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Puntaje de necesidad</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Cupos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>Grupos y sus estudiantes</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>Lista de espera, mayor necesidad primero</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>Lista de espera (mayor necesidad primero)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Se pasó a %1 a %2.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>la lista de espera</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>&amp;Proponer asignación…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>&amp;Pasar a otro grupo…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>Pasar a la lista de &amp;espera</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>Programar &amp;grupo…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>Cupos y lista de espera</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>Vea cómo asignaría TutorDesk los cupos según la necesidad y aplíquelo si está de acuerdo</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>Pasar al estudiante seleccionado a otro grupo de la misma materia (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>Liberar el cupo del estudiante seleccionado; esperará según el orden de necesidad (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>Asignar al grupo seleccionado su tutor, salón, días y horario; sus sesiones se generan a continuación (o haga doble clic en un grupo)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>No se pudieron leer los grupos: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · %2 de %3 cupos ocupados · %4 en espera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>Todavía no hay grupos. Importe la lista y los puntajes de las evaluaciones de referencia, y luego haga clic en Proponer asignación.</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>Asignación aplicada. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln estudiante</numerusform>
            <numerusform>%Ln estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>Ningún estudiante obtuvo un cupo nuevo.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>Ningún estudiante obtendría un cupo nuevo.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>Obtuvieron cupo: %1, %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>Obtendrían cupo: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>con %Ln grupo nuevo planificado</numerusform>
            <numerusform>con %Ln grupos nuevos planificados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>Obtuvieron cupo en los grupos existentes: %1.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>Obtendrían cupo en los grupos existentes: %1.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>Nadie queda en espera.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>Nadie quedaría en espera.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>%Ln estudiante en espera, mayor necesidad primero.</numerusform>
            <numerusform>%Ln estudiantes en espera, mayor necesidad primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>%Ln estudiante quedaría en espera, mayor necesidad primero.</numerusform>
            <numerusform>%Ln estudiantes quedarían en espera, mayor necesidad primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln estudiante salió de la lista de espera: ya no califica.</numerusform>
            <numerusform>%Ln estudiantes salieron de la lista de espera: ya no califican.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>Los grupos ofrecen %1 de los %2 cupos que el programa puede financiar.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>Proponer asignación</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>Los cupos nuevos se ofrecen como invitaciones: la tutoría empieza cuando la familia da su consentimiento. ¿Desea aplicar esta asignación?</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>No hay nada que aplicar.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>Ingresar pruebas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>Fecha de la prueba</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>Período de la prueba</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Puntaje máximo</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Puntajes de las pruebas</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>Escriba un puntaje y presione Enter para pasar al siguiente estudiante. Deje una celda vacía para “no evaluado”. Ctrl+S guarda todos los puntajes a la vez.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>&amp;Guardar puntajes</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>sin tutor</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>sin destreza</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminado)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>Todavía no hay grupos. Primero cree grupos en la página Horario.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>No se pudieron leer los grupos: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>¿Descartar los puntajes?</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>Los puntajes escritos para este grupo no se han guardado. ¿Desea descartarlos y abrir el otro grupo?</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>No se pudieron leer las pruebas del grupo: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>Este grupo todavía no tiene destreza objetivo: defínala en la página Horario antes de ingresar pruebas.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Destreza %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · Dominio al %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (saved)
%2</source>
        <translation>%1 (guardado)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>Nuevo: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>Crecimiento
(puntos de %)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (cupo liberado)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>Ya no está en este grupo en este día; los resultados anteriores se conservan.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ Dominada</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>No es un número: escriba el puntaje, o deje la celda vacía para “no evaluado”.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>El puntaje debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>Desde la prueba inicial hasta esta, en puntos porcentuales.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>El crecimiento se muestra cuando hay dos resultados.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>El puntaje “%2” de %1 no es un número. Escriba el puntaje, o borre la celda para “no evaluado”. No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>%n puntaje agregado</numerusform>
            <numerusform>%n puntajes agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n borrado</numerusform>
            <numerusform>%n borrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>No hay nada que guardar: no se cambió ningún puntaje.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>Guardado para %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>¿Guardar los puntajes?</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>Algunos puntajes escritos para %1 no se han guardado.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>estudiante %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>%1 no tiene destreza objetivo, así que sus pruebas no se pueden comparar. Primero asigne al grupo un código de destreza en la página Horario.</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>Elija el día en que se aplicó la prueba.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>El día de la prueba %1 está en el futuro. Ingrese las pruebas el día en que se aplican o después.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>El día de la prueba %1 es anterior al inicio de %2 (%3). Revise el día.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>Elija el período de la prueba: inicial, progreso o final.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>El puntaje máximo de la prueba debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>El puntaje %2 de %1 está fuera del rango de 0 a %3. Corrija el puntaje o el máximo de la prueba.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>%1 no tiene cupo en %2 el %3, así que el puntaje %4 no se puede registrar para el grupo. Borre el puntaje o revise el día.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>No existe el grupo %1 (es posible que se haya eliminado). Elija otro grupo.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>No se pudieron guardar los puntajes de las pruebas en %1: %2. No se cambió nada; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>Una prueba necesita un código de destreza, p. ej., 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>El umbral de dominio de %1 es %2 %; debe estar entre 1 y 100 %.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>El puntaje máximo de %1 es %2; debe ser mayor que 0 (o quedar vacío).</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>No se pudo guardar la configuración de las pruebas en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>El puntaje máximo habitual de cada prueba de destreza (la cuadrícula empieza con él) y la parte de él que cuenta como dominio. El crecimiento y el dominio usan estos valores en todas partes.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Destreza</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>En palabras sencillas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Puntaje máximo</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>Dominio al</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Usada por</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>Destrezas de las pruebas</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>Una destreza aparece aquí cuando un grupo la trabaja o una prueba la menciona.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>Puntaje máximo de %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>Umbral de dominio de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>Resultados de evaluaciones de referencia</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>Asistencia escolar</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o plan 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Joven en hogar de crianza</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Sin hogar (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>En desventaja socioeconómica</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: %2 × %3 min por semana, grupos de hasta %4</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escuela</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>Es&amp;tudiante:</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>Grupo para el gráfico</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>Estudiante para el gráfico</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>Escriba un nombre o id. del distrito</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>Pase el cursor sobre un punto o una barra para ver los datos; haga clic derecho en un gráfico para guardarlo o imprimirlo.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Gráfico de:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>Distribución de la dosis</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>Ningún estudiante tiene cupo todavía.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>Crecimiento frente a dosis</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>Aún no hay crecimiento: el crecimiento se muestra cuando un estudiante tiene dos pruebas en la destreza de su grupo.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>Porcentaje de asistencia semanal</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Todavía no se ha tomado asistencia.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>Estudiantes por nivel</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>Ningún estudiante tiene nivel de necesidad todavía: calcule los puntajes de necesidad en la página Asignación.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>Elija un grupo arriba.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>Crecimiento por estudiante</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>Todavía no hay estudiantes en este grupo.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>Este grupo no tiene destreza objetivo, así que no se puede medir el crecimiento. Defina su destreza en la página Horario.</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>Aún no hay crecimiento: ningún estudiante de este grupo tiene dos pruebas en %1.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>Sesiones realizadas frente a las programadas</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>Todavía no hay sesiones programadas para este grupo.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>Elija un estudiante arriba.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Puntajes de las pruebas</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>Todavía no hay pruebas de este estudiante.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>Minutos recibidos frente a los planificados</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>Todavía no hay sesiones de este estudiante.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>Asistencia por semana</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>Todavía no se han realizado sesiones con este estudiante.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>Incluir en pa&amp;usa y los que salieron</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>Estu&amp;diantes</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>G&amp;rupos</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>Una fila por estudiante y grupo</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>Una fila por grupo: sesiones impartidas, asistencia, crecimiento y alertas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>Los estudiantes de un grupo, o toda la escuela</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Con o sin alerta</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>Con alerta (cualquiera)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>No asiste</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Asiste, pero no mejora</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Cualquier materia</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>También los cupos en pausa o que salieron del programa este año (nunca tienen alerta)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>Buscar por nombre o id. del distrito</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Buscar estudiantes</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>Estudiantes: parte de un nombre o id. del distrito. Grupos: parte del nombre, la destreza o el tutor de un grupo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>Las sesiones asistidas antes de evaluar el crecimiento deben ser un número entero de 1 a 200, no %1.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>La asistencia que cuenta como buena asistencia debe ser mayor que 0% y como máximo 100%, no %1.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>El crecimiento esperado debe ser de 0 a 100 puntos porcentuales, no %1.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>Las sesiones necesarias para evaluar la asistencia deben ser un número entero de 1 a 200, no %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>La asistencia por debajo de la cual un estudiante no asiste debe ser mayor que 0% y como máximo 100%, no %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>La asistencia por debajo de la cual un estudiante no asiste (%1) no debe ser mayor que la asistencia que cuenta como buena asistencia (%2).</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>No se guardaron las alertas de progreso: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>No se pudieron guardar las alertas de progreso en %1: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Asiste, pero no mejora</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>No asiste</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Sin alerta</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>Asistió al menos a %1 con una asistencia de %2 o más, pero creció menos de %3 en la prueba de destreza del grupo (de la inicial a la más reciente) y no ha alcanzado el dominio. La asistencia no es el problema: revise la enseñanza.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>Asistió a menos de %1 de las sesiones con asistencia tomada, después de al menos %2. El estudiante no está recibiendo la tutoría: primero comuníquese con la familia.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>No se aplica ninguna alerta: la asistencia no es menor que %1, y el crecimiento aún no se evalúa o es de al menos %2 (o la destreza está dominada).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>Sesiones asistidas antes de evaluar el crecimiento</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>Asistencia que cuenta como buena asistencia</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>Crecimiento esperado, en puntos porcentuales</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>Sesiones necesarias para evaluar la asistencia</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>Asistencia por debajo de la cual un estudiante no asiste</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>La página Progreso marca dos tipos de estudiantes para que nadie espere hasta el final del programa para recibir atención. Solo se marcan los cupos ocupados actualmente.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>Después de al menos %1 con asistencia tomada, marcar a un estudiante que asistió a menos de %2 de ellas.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>La tutoría no puede funcionar si el estudiante no está presente: primero comuníquese con la familia.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>Después de al menos %1 asistidas con una asistencia de %2 o más,
marcar un crecimiento menor que %3 en la prueba de destreza del grupo (una destreza dominada nunca se marca).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>El crecimiento es el porcentaje de la prueba más reciente menos el de la prueba inicial, en puntos porcentuales; necesita dos pruebas en la destreza del grupo.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>Problema con los umbrales</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>Volver a los umbrales con los que empieza TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>Ingresar &amp;pruebas…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>Escribir en una cuadrícula los puntajes de las pruebas de destreza de un grupo</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;Estudiantes</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>&amp;Revisión de equidad</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>Revisión &amp;semanal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>No se pudo leer el progreso de los grupos: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>%1 realizadas (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 no asisten · %2 no mejoran</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>Sesiones regulares realizadas de las programadas hasta hoy: ¿cumplió el programa?</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>Crecimiento promedio de los estudiantes del grupo con dos pruebas, en puntos porcentuales</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>Abra el grupo para ver quién tiene alerta y por qué</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>Asistencia promedio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>Crecimiento promedio</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>No se pudieron leer los datos de progreso: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>District ID %1 · Grade %2</source>
        <translation>Id. del distrito %1 · Grado %2</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Nivel %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>%n sesión asistida (incluidas las recuperaciones)</numerusform>
            <numerusform>%n sesiones asistidas (incluidas las recuperaciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n ausencia</numerusform>
            <numerusform>%n ausencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>%n sesión realizada con este estudiante hasta hoy (incluidas las recuperaciones)</numerusform>
            <numerusform>%n sesiones realizadas con este estudiante hasta hoy (incluidas las recuperaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>Asistencia: sesiones asistidas de las que tienen asistencia tomada</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>Minutos recibidos de los minutos programados (las sesiones canceladas se incluyen en el plan)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>Primera prueba en la destreza del grupo, %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>Todavía no hay pruebas en %1</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>Prueba más reciente, %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>El crecimiento necesita una segunda prueba en la misma destreza</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>El crecimiento necesita una prueba inicial y una posterior en la misma destreza</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>Porcentaje más reciente menos porcentaje inicial, en puntos porcentuales%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>; ✓ dominada</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>Un cupo liberado no tiene alerta</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>Sesiones asistidas de las sesiones realizadas</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>Sesiones asistidas de las que tienen asistencia tomada</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Minutos recibidos de los minutos planificados</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>La primera prueba (inicial) en la destreza del grupo: puntaje y porcentaje</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>La prueba más reciente en la misma destreza</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>Más reciente menos inicial, en puntos porcentuales; ✓ dominada</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>Destreza objetivo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>Estudiantes mostrados</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>Asistencia, destreza y crecimiento de los estudiantes</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>Sesiones impartidas, asistencia y crecimiento de los grupos</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>Abra una escuela para ver quién asistió, qué destreza se trabajó y quién mejoró.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n cupo</numerusform>
            <numerusform>%n cupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n no asiste</numerusform>
            <numerusform>%n no asisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n asiste pero no mejora</numerusform>
            <numerusform>%n asisten pero no mejoran</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>crecimiento promedio %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>aún no se ha medido el crecimiento</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>asistencia promedio %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>Mostrar &amp;gráficos</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>Ingresar &amp;pruebas de este grupo…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>Registrar &amp;observación o confianza…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>Mostrar &amp;estudiantes</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>inicial</translation>
    </message>
    <message>
        <source>post</source>
        <translation>final</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>control de progreso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Salió del programa</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>“%1” no se refiere a una sesión perdida, así que no hay recuperación que programar.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>La sesión perdida de “%1” ya no existe (es posible que se haya eliminado). Vuelva a cargar la página Hoy.</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>Elija un día y una hora de inicio para la recuperación de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>La recuperación de %1 debe ser después de la sesión perdida (%2) y no antes de hoy. Elija un día posterior.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1 no es día escolar. Elija otro día para la recuperación de %2.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Una recuperación dura de 5 a 240 minutos, no %1.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>Recuperación el %1 a las %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>No existe la acción pendiente %1 (es posible que se haya eliminado). Vuelva a cargar la página Hoy.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>“%1” se retiró: la ausencia que la originó cambió. No queda nada por hacer.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>“%1” ya está resuelta como no necesaria. Primero vuelva a abrirla para cambiar eso.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>“%1” ya está hecha. Primero vuelva a abrirla para cambiar eso.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>Primero registre una llamada o carta a la familia: la remisión se hace después de al menos un intento de contacto.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>Explique por qué no es necesaria.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>El contacto que se iba a vincular a “%1” ya no existe (es posible que se haya eliminado). Vuelva a registrarlo.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>La carta que se iba a vincular a “%1” ya no existe (es posible que se haya eliminado). Vuelva a imprimirla.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>No existe el contacto %1 (es posible que se haya eliminado). Vuelva a registrarlo.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>Ese contacto se refiere a otro estudiante, no a %1. Elija el contacto de %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The change could not be saved in %1: %2</source>
        <translation>No se pudo guardar el cambio en %1: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>“%1” fue retirada por el protocolo (su ausencia cambió) y sigue retirada.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>“%1” sigue abierta: no hay nada que volver a abrir.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>No existe la carta %1 (es posible que se haya eliminado). Vuelva a imprimirla.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>Esa carta es para la familia de otro estudiante, no la de %1.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Carta enviada</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>No existe la entrada %1 en la lista de espera (es posible que se haya eliminado). Vuelva a elegir.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 ya no está en la lista de espera, así que no se le puede ofrecer el cupo en %2. Vuelva a elegir.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 espera una materia distinta de la que enseña %2. Elija a alguien que la esté esperando.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 ya tiene un cupo en %2.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>Obtuvo desde la lista de espera un cupo en pausa</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>“%1” no indica ningún cupo en un grupo, así que no hay nada que pausar.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>En pausa tras sesiones perdidas</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>El cupo de %1 en %2 está %3, no ocupado: no hay nada que pausar.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>En pausa (%1); no se ofreció el cupo a nadie.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>En pausa (%1); el cupo se ofreció a %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Ese grupo está lleno. Primero saque a alguien o elija otro grupo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>Retirada: se eliminó la sesión.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>Cubierta por %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>Retirada: %1 ya no está marcado como ausente el %2.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>No se pudo actualizar el protocolo de sesiones perdidas en %1: %2 No se cambió nada; vuelva a intentarlo y, si sigue fallando, ejecute &quot;tutordesk-cli check&quot;.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>Retirada: se canceló la sesión del %1.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>Retirada: se borró la asistencia de la sesión del %1.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>Retirada: la ausencia del %1 ahora está registrada como presente.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>Retirada: la ausencia del %1 ahora está registrada como llegada tarde.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>Retirada: la ausencia del %1 ahora está registrada como justificada.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>Retirada: tras un cambio en la asistencia anterior o en los umbrales del protocolo, la ausencia del %1 ya no lo requiere.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>Avisar a la familia</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Programar una recuperación</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>Remitir al maestro o consejero</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>Pausar el cupo y ofrecerlo</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>Cubrir la ausencia de un tutor</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>Ausencias seguidas antes de avisar a la familia</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Días escolares para avisar a la familia</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Ausencias seguidas antes de una recuperación</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>Días escolares para programar una recuperación</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Ausencias seguidas antes de remitir</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>El porcentaje de asistencia por debajo del cual se remite</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>Semanas que abarca el porcentaje de asistencia</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>Sesiones necesarias para evaluar el porcentaje de asistencia</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Días escolares para remitir</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Ausencias seguidas antes de pausar el cupo</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>Días escolares para pausar el cupo</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>Días escolares antes de una sesión para cubrir la ausencia de un tutor</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 debe ser %2 o más, no %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no %4.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>No se guardaron los umbrales del protocolo: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>No se pudieron guardar los umbrales del protocolo en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n ausencia</numerusform>
            <numerusform>%n ausencias</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>el mismo día</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>en un plazo de %n día escolar</numerusform>
            <numerusform>en un plazo de %n días escolares</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>también para ausencias justificadas</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>también después de cualquier ausencia injustificada</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>Cuando un estudiante falta a la tutoría, TutorDesk indica qué hacer y para cuándo. Las ausencias seguidas cuentan solo las sesiones realizadas; asistir a cualquier sesión, incluida una recuperación, termina la racha.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>Una ausencia justificada suele significar que la familia ya avisó a la escuela.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>Después de %1 seguidas, avisar a la familia %2, en su idioma. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>Ausencias seguidas antes de avisar a la familia</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Días escolares para avisar a la familia</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>Una ausencia injustificada requiere una recuperación aunque sea la primera.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>Después de %1 seguidas, programar una recuperación %2 y registrar un contacto con la familia. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Ausencias seguidas antes de una recuperación</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>Días escolares para programar la recuperación</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>Después de %1 seguidas, o con una asistencia menor que %2 en %3 (al menos %4),
remitir %5.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Ausencias seguidas antes de remitir</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>Porcentaje de asistencia por debajo del cual se remite</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>Semanas que abarca el porcentaje de asistencia</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>la última %n semana</numerusform>
            <numerusform>las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>Sesiones realizadas necesarias para evaluar el porcentaje de asistencia</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n sesión realizada</numerusform>
            <numerusform>%n sesiones realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Días escolares para remitir</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>Una reunión con el maestro o consejero, una carta a la casa y considerar otra modalidad.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>Después de %1 seguidas, pausar el cupo y ofrecerlo a la lista de espera %2.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Ausencias seguidas antes de pausar el cupo</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>Días escolares para pausar y ofrecer el cupo</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>Se ofrece el cupo al estudiante con mayor necesidad que espera la misma materia y nivel.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>Cuando un tutor está ausente, cubrir o cancelar cada una de sus sesiones %1.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>Días escolares de anticipación para cubrir una sesión</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>a más tardar el día de la sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>con %n día escolar de anticipación</numerusform>
            <numerusform>con %n días escolares de anticipación</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>Volver al protocolo con el que empieza TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>No se pudo imprimir “%1”: la impresora lo rechazó. Revise la impresora, o guárdelo como PDF e imprima ese archivo.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>“%1” se envió a la impresora.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>Guardar “%1” como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>Se guardó “%1” como %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Este programa no puede escribir archivos PDF (no hay ningún generador de páginas instalado). Use TutorDesk o tutordesk-cli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>Hecho — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>No necesaria — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>Marcar “%1” de %2 como hecha.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>Marcar “%1” de %2 como no necesaria. Explique por qué: la nota queda con la acción.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>Marcar como &amp;no necesaria</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>Escriba una nota que explique por qué no es necesaria.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>No se pudo resolver la acción.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>No se pudo resolver la acción: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Hecho: %1 de %2.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>No necesaria: %1 de %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>El id. de estudiante del distrito %1 también está en la línea %2. Cada estudiante debe figurar una sola vez en la lista: elimine una de las dos líneas o corrija el id.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>Retirados porque esta lista no los incluye (su historial se conserva): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>Estudiantes activos que esta lista no incluye: %1. Siguen activos; si esta lista es de toda la escuela y ya se fueron, vuelva a importarla y elija retirarlos.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>Esta lista no incluye ningún estudiante, así que se retiraría a todos los estudiantes. Compruebe que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>Retirados antes y de nuevo en esta lista, así que vuelven a estar activos: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>No se pudo guardar la lista, así que no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>Id. de estudiante del distrito</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>Id. de estudiante del estado</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>Raza (códigos o nombres)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>Estatus de estudiante de inglés</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Idioma del hogar</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (educación especial)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Plan de la Sección 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Joven en hogar de crianza</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Sin hogar (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>En desventaja socioeconómica</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Porcentaje de asistencia (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Nombre del padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>Nombre de pila del padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>Apellido del padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Parentesco con el estudiante</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>Teléfono del padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>Correo electrónico del padre, madre o tutor legal</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>Idioma del padre, madre o tutor legal</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>La correspondencia de columnas toma &quot;%1&quot; de la columna &quot;%2&quot;, pero este archivo no tiene esa columna. Vuelva a elegir la columna para &quot;%1&quot;, o cambie el nombre de la columna en el archivo.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>Ninguna columna contiene &quot;%1&quot;. TutorDesk buscó una columna llamada %2. Cambie el nombre de esa columna en el archivo, o elíjala en la correspondencia de columnas.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>La columna &quot;%1&quot; (%2) no está en este archivo; lo que TutorDesk tiene para ella queda como está.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>El apellido está vacío. Complételo desde el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>El nombre está vacío. Complételo desde el sistema de estudiantes.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>La fecha de nacimiento %1 está en el futuro. Revise el año.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>línea %1 y %n más</numerusform>
            <numerusform>línea %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>El idioma &quot;%1&quot; (%2) no es uno que TutorDesk conozca; se conserva tal como está escrito. Si es un idioma común, use su nombre en inglés o su código (es, vi, zh-Hant, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>&quot;%1&quot; (%2) no indica ninguna categoría de raza, así que no se registra raza para esos estudiantes. Exporte las razas en sí (por ejemplo &quot;Asian; White&quot;) para registrarlas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>&quot;%1&quot; (%2) solo indica que un estudiante no es estudiante de inglés: se borra un estatus EL o TBD, y se conserva EO, IFEP o RFEP. Exporte EO, IFEP o RFEP para registrar cuál.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Columnas no importadas: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>&quot;%1&quot; no es un estatus de estudiante de inglés que TutorDesk conozca. Use EO, IFEP, EL, RFEP o TBD (también se leen &quot;English Only&quot;, &quot;Reclassified&quot;, un nivel de ELD de 1 a 5, o Y/N).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>&quot;%1&quot; no es un género que TutorDesk conozca. Use F, M o X (también se leen Female, Male y Non-binary), o deje la celda en blanco.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>&quot;%1&quot; no es una fecha que TutorDesk pueda leer. Escríbala como AAAA-MM-DD (2016-09-08) o MM/DD/AAAA (09/08/2016); también se leen M/D/AA, AAAAMMDD y &quot;Sep 8, 2016&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>&quot;%1&quot; no es una fecha real. Revise el día y el mes (TutorDesk lee MM/DD/AAAA con el mes primero, como lo escriben los sistemas de EE. UU.).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>&quot;%1&quot; no es una raza que TutorDesk conozca. Use las categorías federales (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) o los códigos de raza de CALPADS (100, 201 a 299, 301 a 399, 400, 600, 700); separe varias con punto y coma.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>El id. de estudiante del distrito está vacío. Cada estudiante necesita el id. que le asigna el sistema de estudiantes del distrito: complételo o elimine la línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>&quot;%1&quot; es un id. que Excel convirtió en número. Vuelva a exportar la lista desde el sistema de estudiantes, o dé formato de Texto a la columna en Excel antes de guardar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>&quot;%1&quot; tiene un espacio en medio. Un id. de estudiante del distrito no tiene espacios: revise si en la celda hay dos valores juntos.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>El grado está vacío. Cada estudiante necesita uno: TK, K o de 1 a 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>&quot;%1&quot; no es un grado que TutorDesk conozca. Use TK, K o de 1 a 12 (también se leen &quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; y &quot;Grade 3&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>&quot;%1&quot; no es un sí o un no. Use Y o N (también se leen Yes/No, Sí, TRUE/FALSE, 1/0, o X y vacío).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>&quot;%1&quot; no es un sí o un no. Use Y o N; el estatus de almuerzo Free o Reduced (F, R) significa sí y Paid (P) significa no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>&quot;%1&quot; no indica si el estudiante es hispano o latino. Use Y o N (también se leen &quot;Hispanic or Latino&quot; y &quot;Not Hispanic&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>&quot;%1&quot; no es un porcentaje de asistencia. Escriba un porcentaje como 97.5 o 97.5%, o una fracción como 0.975.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1 no es un porcentaje de asistencia posible: debe estar entre 0 y 100%.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Sábados</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Domingos</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1 (%2) está en %3 a la misma hora el %4.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>sin horario el %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>disponible %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 no está disponible el %2 a las %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 está ausente el %2.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 está ausente el %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 ya está cubriendo %2 el %3.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 ya enseña %2 el %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1 está ocupado por %2 el %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 ya está cubriendo %2 el %3 a las %4 (%n fecha desde el %5).</numerusform>
            <numerusform>%1 ya está cubriendo %2 el %3 a las %4 (%n fechas desde el %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 ya enseña %2 el %3 a las %4 (%n fecha desde el %5).</numerusform>
            <numerusform>%1 ya enseña %2 el %3 a las %4 (%n fechas desde el %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 está en %2 a la misma hora el %3 a las %4 (%n fecha desde el %5).</numerusform>
            <numerusform>%1 está en %2 a la misma hora el %3 a las %4 (%n fechas desde el %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 está ocupado por %2 el %3 a las %4 (%n fecha desde el %5).</numerusform>
            <numerusform>%1 está ocupado por %2 el %3 a las %4 (%n fechas desde el %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…y %n conflicto más.</numerusform>
            <numerusform>…y %n conflictos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>Nuevo &amp;grupo…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>Marcar tutor &amp;ausente…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>Imprimir &amp;lista del día…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>&amp;Lista del día</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>Un nuevo grupo de tutoría con su tutor, salón, días y horarios</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>Un tutor está ausente: buscar suplentes o cancelar y recuperar sus sesiones</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>Imprimir las sesiones de un día, con los estudiantes esperados</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>Filtro de tutores</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sesiones de esta semana</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Todos los tutores</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>No se pudieron leer los tutores: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>No se pudo leer la semana: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n sesión esta semana</numerusform>
            <numerusform>%n sesiones esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n sesión por cubrir</numerusform>
            <numerusform>%n sesiones por cubrir</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>summary separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — point at a block for its details, or show one tutor</source>
        <comment>summary — hint</comment>
        <translation>%1 — señale un bloque para ver sus detalles, o muestre un solo tutor</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>No se pudo leer la sesión: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>%1 el %2 vuelve a estar programada.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>Falta el código de la escuela: indique el código del distrito para esta escuela.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>Falta el nombre de la escuela.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>El año escolar debe empezar antes de terminar (fechas como AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1 ya contiene una escuela (%2). Una base de datos de TutorDesk pertenece a una sola escuela: cree una nueva base de datos para otra.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>No se pudo guardar la escuela: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>“%1” no es un número de teléfono al que puedan llamar las familias: indique al menos 7 dígitos, por ejemplo (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>Esta base de datos todavía no tiene escuela: primero configure la escuela.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>No se pudieron guardar los datos de la escuela: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>Día escolar</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Día de horario reducido</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Día sin clases</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>Fuera del año escolar</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>Las familias leen estos datos en cada carta: el nombre, la dirección y el teléfono de la escuela arriba, y a quién llamar abajo.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>Su nombre tal como lo conocen las familias</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Dirección de la escuela</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>Número de teléfono al que llaman las familias</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>Coordinador de tutorías</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>&amp;Teléfono para las familias:</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>&amp;Coordinador de tutorías:</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación de %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>No se pudieron guardar los puntajes, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>No se pudo guardar la correspondencia de columnas para la próxima vez: %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Id. del estudiante</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>Puntaje escalado</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Nivel de ubicación</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>Grados por debajo</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>Período de la prueba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Nombre de la evaluación</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>Ninguna columna contiene %1. Cambie el nombre de esa columna a &quot;%1&quot;, o indique en la correspondencia qué columna es.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>Ninguna columna contiene la materia. Agregue una columna &quot;Subject&quot; con Reading o Math en cada línea, o indique en la correspondencia qué columna es.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>El id. del estudiante está vacío. Complételo o elimine la línea.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>No hay ningún estudiante registrado con el id. &quot;%1&quot;. Primero importe la lista, o corrija el id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>&quot;%1&quot; no es una materia que TutorDesk conozca. Escriba Reading, Math o Writing.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>La fecha está vacía. Complete el día en que se tomó la prueba, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>&quot;%1&quot; no es un período de prueba. Escriba BOY, MOY o EOY (o Fall, Winter, Spring).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>&quot;%1&quot; no es un número. Escriba el puntaje escalado en dígitos, por ejemplo 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>&quot;%1&quot; no es un número de grados por debajo. Escriba un número entero de -3 (por encima del nivel de grado) a 12, o déjelo vacío.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>Esta línea no tiene puntaje, nivel de ubicación ni grados por debajo. Complete uno o elimine la línea.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>La línea %1 tiene un resultado del mismo estudiante, materia, período y fecha. Conserve una de las dos líneas.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>Resultados sin período de prueba, que se tomó de la fecha (agosto a octubre BOY, noviembre a febrero MOY, marzo a julio EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>Niveles de ubicación que no indican cuántos grados por debajo: %1. El puntaje de necesidad cuenta esos resultados solo cuando una columna &quot;Grade levels below&quot; lo indica.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1 todavía no contiene ninguna escuela.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Necesita suplente</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Recuperación</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>Guardado. No se afectó ninguna sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>%n sesión futura eliminada</numerusform>
            <numerusform>%n sesiones futuras eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>%n sesión restablecida</numerusform>
            <numerusform>%n sesiones restablecidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>%n sesión acortada</numerusform>
            <numerusform>%n sesiones acortadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n sesión vuelve a su duración completa</numerusform>
            <numerusform>%n sesiones vuelven a su duración completa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>%n sesión cambiada</numerusform>
            <numerusform>%n sesiones cambiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>Guardado. %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionCover</name>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 el %2 a las %3</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>Tutor ausente</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Evento escolar</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>Actividad del estudiante</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>No existe la sesión %1 (es posible que se haya eliminado). Vuelva a cargar el horario.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>Se tomó asistencia de esta sesión el %1 (%2 a las %3); primero bórrela.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>%1 ya se realizó; ahora no se puede cambiar su suplente.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1 está cancelada. Restáurela antes de reservar un suplente.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>No existe el tutor %1 (es posible que se haya eliminado). Vuelva a cargar la página Tutores.</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>%1 ya se realizó; quién la impartió queda registrado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>&quot;%1&quot; no es un motivo para cancelar una sesión: use tutor_absent, school_event, weather, student_event u other.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>%1 ya se realizó y no se puede cancelar.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1 no está cancelada.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1 ya pasó; sigue cancelada.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>No se puede restaurar %1. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>Elija un día y una hora de inicio para la recuperación de %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>La recuperación de %1 no puede ser el %2: no es día escolar (%3). Elija otro día.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Una recuperación dura de 5 a 240 minutos, no %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>La recuperación de %1 no puede ser el %2 a las %3. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>Se tomó asistencia de esta sesión; primero bórrela.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>Esa sesión está cancelada; no se puede tomar asistencia.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>No se pudo cambiar el horario en %1: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 está inactivo y no puede cubrir %2. Elija un tutor del grupo de suplentes o un tutor activo.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 es el tutor de %2; elija a otra persona para cubrirla.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1 no puede cubrir %2: no enseña %3. Elija un tutor que sí la enseñe.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1 no puede cubrir %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1 no puede cubrir %2: está marcado como ausente ese día.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1 no puede cubrir %2: está fuera de su horario disponible. Elija otro suplente, o cambie su disponibilidad en la página Tutores.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1 no puede cubrir %2: imparte otra sesión a esa hora.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>Haga clic en una sesión para ver quién la imparte, dónde y quién asiste.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>&amp;Editar grupo…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>Buscar &amp;suplente…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>&amp;Cancelar sesión…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>&amp;Recuperación…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Tomar &amp;asistencia…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Tutor:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salón:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>Cambiar el tutor, el salón, los días o los horarios del grupo (doble clic o Enter en una sesión)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>Un tutor libre y con autorización que enseña la materia toma esta sesión</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>Cancelar esta sesión, con o sin horario de recuperación</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>Programar una recuperación para esta sesión cancelada</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>La sesión sí se realiza: volver a programarla</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, como suplente de %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Sin estudiantes</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>Cambiar &amp;suplente…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>Editar &amp;asistencia…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>Una sesión cancelada no tiene asistencia</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>La asistencia se puede tomar a partir del día de la sesión</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>Cambiar la asistencia registrada para esta sesión</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>Marcar quién vino, con el teclado: P, T, E o U por estudiante</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sub: %1</source>
        <comment>a substitute teaches the session</comment>
        <translation>Suplente: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>Cancelada (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>Necesita suplente: el tutor está ausente</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · Recuperación</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>Suplente: %1 (en lugar de %2)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salón: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>tutor ausente</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>evento escolar</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>clima</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>actividad del estudiante</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>Fuera del aula (durante la jornada escolar)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>Después de clases</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Sin estudiantes</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>Guardado. Las sesiones no cambiaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sesión agregada</numerusform>
            <numerusform>%n sesiones agregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n sesión eliminada</numerusform>
            <numerusform>%n sesiones eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>%n sesión movida</numerusform>
            <numerusform>%n sesiones movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n movida</numerusform>
            <numerusform>%n movidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>Guardado. %1; las sesiones anteriores y su asistencia no cambiaron.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivel %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Escuela</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>Puntaje de &amp;necesidad</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>Niveles y &amp;cupos</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>P&amp;ruebas</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>Sincronización con el d&amp;istrito</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Por qué no se guardó la configuración</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>No se pudo leer la configuración: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 Las sincronizaciones programadas pueden pasar el token en TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>¿Recalcular los puntajes de necesidad?</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>Los nuevos pesos y niveles se aplican cuando se recalculan los puntajes de necesidad. ¿Desea recalcular ahora el puntaje de todos los estudiantes?</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>Los cupos ya asignados se mantienen.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>Guardado, pero no se pudieron recalcular los puntajes de necesidad: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>Agregar el tutor legal de un hermano</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Nombre o teléfono</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>Buscar tutores legales por nombre o teléfono</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>Tutores legales de otros estudiantes</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>Parentesco con este estudiante</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>Tutores legales de otros estudiantes que comparten el apellido de esta familia o un número de teléfono. Busque para encontrar a otra persona.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>No se pudieron leer los tutores legales: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — tutor legal de %2</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>Elija un tutor legal de la lista, o busque uno por nombre o teléfono.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>No se pudo agregar el tutor legal.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>No se pudo agregar el tutor legal: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>sin tutor</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>tutor inactivo</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>falta autorización</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>autorización vencida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutordesk::Store</name>
    <message>
        <source>%1: no TutorDesk database is there. Check the path, or create a new school.</source>
        <translation>%1: no hay ninguna base de datos de TutorDesk allí. Revise la ruta o cree una escuela nueva.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1 es una carpeta, no una base de datos de TutorDesk.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1 no es una base de datos de TutorDesk (no es un archivo de base de datos). Elija el archivo .tutordesk o cree una escuela nueva.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1 es una base de datos de otro programa, no de TutorDesk. Abra una base de datos de TutorDesk o cree una escuela nueva.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1 se creó con una versión más reciente de TutorDesk (versión de datos %2; esta versión de TutorDesk lee hasta la %3). Instale la versión más reciente de TutorDesk para abrirla.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: no se puede cambiar la base de datos al registro de escritura anticipada (se obtuvo &quot;%2&quot;). Cópiela a una carpeta local y ábrala allí.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>%1 no se puede abrir para escritura (%2). Compruebe que el archivo y su carpeta le pertenecen y no son de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1 está ocupado: otro programa está escribiendo en él. Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1 debe actualizarse para esta versión de TutorDesk y antes se guarda una copia, pero la copia no se pudo hacer (%2). Libere espacio en el disco y vuelva a abrirlo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentColumns</name>
    <message>
        <source>%1 (%2)</source>
        <comment>first name (preferred name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>attendance rate in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goes by %1</source>
        <translation>Lo llaman %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>Nivel %1: seleccione al estudiante para ver por qué</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Id. del distrito</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Idioma del hogar</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Estatus de EL</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>Grupos de estudiantes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Puntaje de necesidad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>El id. del estudiante en el sistema de información estudiantil del distrito</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>Estatus de dominio del inglés: EO, IFEP, EL, RFEP o TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP, plan de la Sección 504, joven en hogar de crianza, sin hogar, en desventaja socioeconómica (SED)
Esta columna no se puede ordenar; filtre por grupo de estudiantes.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>El porcentaje de asistencia escolar del estudiante este año</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>Puntos por resultados de evaluaciones de referencia, asistencia y grupos de estudiantes: más alto significa más necesidad</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>El nivel de apoyo para el que califica el puntaje de necesidad: 1 en el aula, 2 en grupo pequeño, 3 intensivo</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Dónde está el estudiante en el programa de tutoría</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>Inscrito en la escuela, o retirado</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Ayudó un &amp;intérprete</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Registrar contacto — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>Ningún tutor legal (otra persona)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>Tutor legal contactado</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Fecha y hora del contacto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>Contactamos a la familia</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>La familia nos contactó</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>Idioma del contacto</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>p. ej., preguntó sobre la lectura en casa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Volver a contactar el</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Tutor legal:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>No se pudo guardar el contacto.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>No se pudo guardar el contacto: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>Tutores legales</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>Agregar un padre, madre o tutor legal de este estudiante</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>Cambiar los teléfonos, el correo electrónico, el idioma o el consentimiento del tutor legal</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>Esta persona ya no es tutor legal de este estudiante</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>Hacer &amp;principal</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>Las cartas van al tutor legal principal y las llamadas van primero a él</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>Agregar el tutor legal de un &amp;hermano…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>Vincular a un padre o madre ya registrado para un hermano o hermana</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>Registrar &amp;contacto…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>Registrar una llamada, mensaje de texto, visita o reunión con la familia</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>Escribir una carta…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>Imprimir o guardar una carta en el idioma de la familia</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>Haga doble clic en un contacto (o presione Enter) para corregirlo</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Celular %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Casa %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>Trabajo %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>Seleccione un estudiante para ver su familia.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>No se pudo leer la familia: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — principal</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Prefiere: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>Acepta mensajes de texto</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>No acepta mensajes de texto</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>También es tutor legal de: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>No hay tutor legal registrado: agregue uno.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (de la familia)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1, intérprete</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>Impresa a partir de una traducción aún no revisada</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Quitar tutor legal</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>¿Quitar a %1 de los tutores legales de este estudiante? Los contactos y las cartas ya registrados conservan su nombre.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>Mostrar &amp;retirados</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Buscar por nombre o id.</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Buscar estudiantes</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>Escriba parte de un nombre, apellido o nombre preferido, o un id. del distrito (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>Estado en el programa</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>&amp;Estatus de EL:</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Estatus de EL</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>&amp;Idioma del hogar:</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Idioma del hogar</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>Grupo de estu&amp;diantes:</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Grupo de estudiantes</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los grados</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>Plan 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Joven en hogar de crianza</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>En desventaja socioeconómica</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>Nivel 3 · Intensivo</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>Nivel 2 · Grupo pequeño</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>Nivel 1 · En el aula</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>El nivel para el que califica el puntaje de necesidad del estudiante</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>No está en el programa</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Dónde está el estudiante en el programa de tutoría</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>Mostrar estudiantes retirados</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>Incluir a los estudiantes que ya dejaron la escuela</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>Programar recuperación — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>Una sesión de recuperación de %1 solo para %2. Elija un horario:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>Horarios de recuperación</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>&amp;Programar recuperación</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>No se pudieron leer los horarios libres: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>No hay horarios libres en los próximos días escolares: el tutor o %1 está ocupado. Prográmela desde la página Horario, o marque la acción como no necesaria con una nota.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>No se pudo programar la recuperación.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>No se pudo programar la recuperación: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>Recuperación de %1 programada: %2, %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>No se pudo leer la lista de estudiantes: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentText</name>
    <message>
        <source>TK</source>
        <comment>transitional kindergarten, abbreviated</comment>
        <translation>TK</translation>
    </message>
    <message>
        <source>K</source>
        <comment>kindergarten, abbreviated</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Kínder de transición</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kínder</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>Solo inglés (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>Competente en inglés desde el inicio (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>Estudiante de inglés (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>Reclasificado como competente en inglés (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>Por determinar (TBD)</translation>
    </message>
    <message>
        <source>IEP</source>
        <comment>individualized education program, short tag</comment>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504</source>
        <comment>Section 504 plan, short tag</comment>
        <translation>504</translation>
    </message>
    <message>
        <source>Foster</source>
        <comment>foster youth, short tag</comment>
        <translation>Crianza</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <source>SED</source>
        <comment>socio-economically disadvantaged, short tag</comment>
        <translation>SED</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between student group tags</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Individualized education program (IEP)</source>
        <translation>Programa de educación individualizado (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Plan de la Sección 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Joven en hogar de crianza</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Sin hogar (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>En desventaja socioeconómica (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>Salió del programa</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>Acciones del protocolo abiertas</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>Cupos de tutoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>Seleccione un estudiante para ver su tutoría: minutos planificados y recibidos, sesiones impartidas y lo que está pendiente por sus ausencias.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>No se pudo leer la tutoría del estudiante: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>No está en tutoría este año.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · atrasada por %Ln día escolar</numerusform>
            <numerusform>%1 · atrasada por %Ln días escolares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · vence hoy</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · Nivel %2 · %3 desde el %4</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · Nivel %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>Esta semana: %1 de %2 min · Hasta la fecha: %3 de %4 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>Minutos a los que asistió el estudiante, incluidas las recuperaciones, frente a los minutos programados para el cupo, incluidas las sesiones canceladas.</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Minutos recibidos de los minutos planificados</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>Sesiones impartidas: %1 de %2 (%3), sin contar los días de ausencia escolar</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>Sesiones impartidas: aún no hay ninguna programada</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>Sesiones que realizó el programa de las que programó. Se excluyen los días en que el estudiante faltó a la escuela: ninguna sesión podría haberlo alcanzado.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>Asistencia: %1 de %Ln sesión (%2)</numerusform>
            <numerusform>Asistencia: %1 de %Ln sesiones (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>Asistencia: aún no se ha tomado</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · Recuperaciones asistidas: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>&amp;Recalcular puntajes de necesidad</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>Escribir cartas…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>Número de estudiantes mostrados</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>Traer la lista que exportó el sistema de estudiantes de su distrito (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>Volver a calcular el puntaje de cada estudiante con sus evaluaciones de referencia, asistencia y grupos de estudiantes más recientes, con los pesos de Configuración</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>Imprimir de una sola vez una carta para la familia de cada estudiante seleccionado, cada una en el idioma de la familia (seleccione varios con Ctrl o Mayús)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>Por &amp;qué este estudiante</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>T&amp;utoría</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>Fa&amp;milia</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>Buscar estudiante</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>No se pudieron recalcular los puntajes de necesidad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln estudiante</numerusform>
            <numerusform>%Ln estudiantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>Agregar supervisor</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>Editar supervisor</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>p. ej., Líder de instrucción</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>Cuántos tutores puede observar y asesorar esta persona</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>Puede asesorar &amp;hasta:</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> tutores</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>Máximo de tutores que puede asesorar este supervisor</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>Por qué no se guardó el supervisor</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>No se pudo guardar el supervisor: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>Agregar &amp;supervisor…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>Editar su&amp;pervisor…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>&amp;Quitar supervisor</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>Supervisores y cuántos tutores asesora cada uno</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Asesora</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>Tutores sin supervisor</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>Agregar a una persona que observa y asesora a los tutores</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>Cambiar los datos del supervisor seleccionado o cuántos tutores puede asesorar</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>Quitar al supervisor seleccionado; sus tutores quedan sin supervisor</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1 de %n tutor</numerusform>
            <numerusform>%1 de %n tutores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · %2 por encima de su capacidad</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>No se pudieron leer los supervisores: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>Aún no tiene tutores</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>Todavía no hay supervisores. Agregue a las personas que observan y asesoran a sus tutores.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>Todos los tutores tienen supervisor.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n tutor sin supervisor: %1</numerusform>
            <numerusform>%n tutores sin supervisor: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se agregó a %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó a %1.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>Quitar supervisor</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>¿Quitar a %1? %n tutor quedará sin supervisor hasta que elija otro.</numerusform>
            <numerusform>¿Quitar a %1? %n tutores quedarán sin supervisor hasta que elija otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>No se pudo quitar el supervisor: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó a %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>Ingrese el nombre del supervisor.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Ingrese el apellido de %1.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1 puede asesorar de 1 a 100 tutores, no %2. Cambie el número de tutores.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>Otro supervisor ya tiene el id. %1. Asigne a %2 un id. diferente.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1 ya no está en la lista de supervisores. Vuelva a cargar la página Tutores.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>No se pudo guardar %1 en %2: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>No se pudo quitar el supervisor de %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>&amp;Copiar a una carpeta…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>Enviar ahora al distrito todos los paquetes en espera</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>E&amp;xportar ahora</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>Crear un paquete con lo que cambió desde el último y luego enviarlo</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>Lo que cambió desde el último paquete</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>Todas las filas (un paquete completo)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>Escribir los paquetes en espera en una carpeta, como una memoria USB para la oficina del distrito</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>Copiar los paquetes en espera a una carpeta</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>Sincronización con el distrito</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Detalles de la sincronización</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>Paquetes para el distrito</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>Los paquetes esperan aquí hasta que se elija una carpeta o la dirección del distrito en Configuración.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>Se incluyen los nombres de los estudiantes.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>Se omiten los nombres de los estudiantes (el distrito ya los tiene).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>Se incluyen las notas de contacto.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>Se omiten las notas de contacto.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>Lo que cambió se envía todos los días después de las %1 mientras TutorDesk está abierto.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>No se envía nada de forma programada: use Exportar ahora, o tutordesk-cli sync.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Creando el paquete…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>Se envió %n paquete al distrito.</numerusform>
            <numerusform>Se enviaron %n paquetes al distrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>Se detuvo la exportación: no se escribió nada.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>No se pudo crear el paquete para el distrito: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>No ha cambiado nada desde el último paquete: no hay nada nuevo que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Se creó %1 (%Ln fila).</numerusform>
            <numerusform>Se creó %1 (%Ln filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>No hay ningún destino del distrito configurado, así que los paquetes esperan aquí. Elija una carpeta o la dirección del distrito en Configuración ▸ Sincronización con el distrito.</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>Se están enviando paquetes en este momento: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>No hay ningún paquete en espera: el distrito lo tiene todo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>Incluir los &amp;nombres de los estudiantes (el distrito ya conoce a cada estudiante por su id.)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>Incluir las &amp;notas de los contactos con las familias (pueden mencionar a otras personas)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>Enviar lo que cambió todos los &amp;días después de las</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk envía al distrito un paquete de archivos CSV: todas las filas la primera vez y luego lo que cambió. Los paquetes esperan en la bandeja de salida hasta que el distrito los recibe, así que no se pierde nada mientras la computadora está sin conexión.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>Una carpeta, o la dirección del distrito (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Enviar &amp;a:</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>To&amp;ken del distrito:</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>Hora de envío diario</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>Mientras TutorDesk está abierto. El departamento de TI del distrito también puede ejecutar &quot;tutordesk-cli sync&quot; desde un programador de tareas; envía los mismos paquetes.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>Aún no hay destino: los paquetes esperan en la bandeja de salida hasta que se elija uno.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>Cada paquete se escribe en esta carpeta: una carpeta compartida del distrito, una carpeta sincronizada o una memoria USB.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>Cada paquete se envía a %1 mediante una conexión cifrada.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>Guardado en el llavero de esta computadora (escriba para reemplazarlo)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>El distrito le da este token. Se guarda en el llavero de esta computadora, nunca en la base de datos de la escuela.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>Solo una dirección https:// necesita token.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>La carpeta del distrito</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>a ningún lugar todavía</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>la carpeta %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>Todo ha llegado al distrito.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>Todavía no se ha enviado nada al distrito.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n paquete en espera: no hay ningún destino del distrito configurado.</numerusform>
            <numerusform>%n paquetes en espera: no hay ningún destino del distrito configurado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n paquete en espera de envío.</numerusform>
            <numerusform>%n paquetes en espera de envío.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>Los paquetes van a %1.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>En espera desde %1.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>Última entrega %1 a %2.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Último intento %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk volverá a intentarlo %1, o ahora con Enviar ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n paquete en espera: no hay destino del distrito configurado</numerusform>
            <numerusform>%n paquetes en espera: no hay destino del distrito configurado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n paquete en espera para el distrito</numerusform>
            <numerusform>%n paquetes en espera para el distrito</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entregado %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>En espera (%n intento)</numerusform>
            <numerusform>En espera (%n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>Cambios desde el último paquete</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>texto integrado</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>el paquete de plantillas del distrito</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>el paquete de plantillas del distrito (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>editado en TutorDesk</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>editado en TutorDesk por %1 el %2</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>Un traductor &amp;calificado revisó este texto</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>Editar carta: %1, %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>De dónde viene el texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>Texto de la carta (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Enter o doble clic inserta el marcador en la posición del cursor</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Vista previa con valores de ejemplo</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>Solo si un traductor calificado revisó el texto modificado: de lo contrario, el cuadro de cartas indica que la traducción aún no está revisada</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>Por qué no se guardó el texto</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>Tí&amp;tulo:</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>&amp;Texto (HTML; marcadores entre llaves dobles):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Marcadores:</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>&amp;Insertar marcador</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>&amp;Vista previa (para el estudiante de la carta, o valores de ejemplo entre corchetes):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>&amp;Restaurar original</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>Descartar el texto editado y volver a usar el texto del distrito o el integrado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>No se pudo leer el texto de la carta: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>todavía no hay texto en este idioma; se parte del texto en inglés</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>Versión %1, %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>Revisado por un traductor calificado.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>Aún no revisado por un traductor calificado.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Vista previa para %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>No se restauró: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>&amp;Limitar los cupos que ofrece el programa a</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>Cada nivel indica cuánta tutoría recibe un estudiante y quién califica según su puntaje de necesidad.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minutos cada una</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Grupo más grande</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>Puntaje de necesidad mínimo</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Restaurar valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>Volver a los niveles con los que empieza TutorDesk</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Cupos</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>Cupos que ofrece el programa</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> cupos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>Sesiones por semana, %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>Minutos cada una, %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>Grupo más grande, %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>Puntaje de necesidad mínimo, %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>Sin límite, TutorDesk planifica grupos nuevos hasta los cupos que ofrecen ahora sus grupos, o una cuarta parte de los estudiantes antes de que haya grupos: %1 hoy.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln cupo</numerusform>
            <numerusform>%Ln cupos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>Indique los niveles 1, 2 y 3 una vez cada uno (el nivel %1 aparece %2 veces).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>Solo existen los niveles 1, 2 y 3; quite los demás.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>El nivel %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>Nivel %1: el grupo más grande debe tener de 1 a 4 estudiantes, no %2.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>Nivel %1: las sesiones por semana deben ser de 0 a 10, no %2.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>Nivel %1: los minutos por sesión deben ser de 0 a 240, no %2.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>El nivel %1 es de tutoría: asígnele al menos 1 sesión por semana.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>El nivel %1 es de tutoría: asigne a sus sesiones al menos 5 minutos.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>Nivel %1: el puntaje de necesidad mínimo debe ser de 0 a 1000, no %2.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>El puntaje de necesidad mínimo del nivel 2 (%1) es menor que el del nivel 1 (%2): suba el del nivel 2 o baje el del nivel 1.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>El puntaje de necesidad mínimo del nivel 3 (%1) es menor que el del nivel 2 (%2): suba el del nivel 3 o baje el del nivel 2.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>No se pudieron guardar los niveles: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Tomar &amp;asistencia…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>&amp;Sesiones de hoy</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>Tomar asistencia de la sesión seleccionada (Enter o doble clic hacen lo mismo)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>Lo que hay que &amp;hacer</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>Imprimir las cartas de sesión perdida pendientes, una página por familia, cada una en el idioma de la familia; cada una se registra como contacto</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Enter o doble clic registra la llamada de seguimiento.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>No se pudieron leer las sesiones y acciones de hoy: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>No se pudieron leer las cartas pendientes: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>Sin sesiones: fin de semana</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>Sin sesiones: no es día escolar</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>Sin sesiones: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>No hay sesiones hoy</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>Imprimir car&amp;tas pendientes (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>Imprimir %n carta pendiente</numerusform>
            <numerusform>Imprimir %n cartas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>Se registró el seguimiento con la familia de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>%n carta registrada como contacto.</numerusform>
            <numerusform>%n cartas registradas como contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>&amp;Seguimientos pendientes (%1)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>&amp;Seguimientos pendientes: ninguno</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · empezó %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Skill: %1</source>
        <translation>Destreza: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Necesita suplente</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Sin estudiantes</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>Tomada · %1 de %n presente</numerusform>
            <numerusform>Tomada · %1 de %n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>Tomada en parte · %1 de %n registrado</numerusform>
            <numerusform>Tomada en parte · %1 de %n registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>El tutor está ausente</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 está ausente</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>Asistencia del %1% en 4 semanas</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>%n ausencia seguida</numerusform>
            <numerusform>%n ausencias seguidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>Ausente %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>Avisar a la familia</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Programar una recuperación</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Remitir</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>Pausar, ofrecer el cupo</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>Buscar suplente</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>Atrasada · %n día escolar</numerusform>
            <numerusform>Atrasada · %n días escolares</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>%n sesión sin tomar</numerusform>
            <numerusform>%n sesiones sin tomar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>%n sesión tomada</numerusform>
            <numerusform>Las %n sesiones tomadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>No hay acciones pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n acción pendiente</numerusform>
            <numerusform>%n acciones pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n atrasada)</numerusform>
            <numerusform>(%n atrasadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>Aún no hay sesiones programadas</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>Sesiones impartidas: %1 de %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · asistió %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>TK</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kínder</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>El llavero de esta computadora no respondió, así que no se guardó el token de sincronización. Desbloquee el llavero (o inicie sesión en el escritorio) y vuelva a guardarlo; una sincronización programada también puede tomar el token de TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>No se pudo guardar el token de sincronización en el llavero de esta computadora (%1). TutorDesk nunca lo guarda en la base de datos; una sincronización programada puede tomarlo de TUTORDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>no se pudo cambiar el nombre del archivo terminado</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>No hay ningún destino del distrito configurado: elija uno en Configuración ▸ Sincronización con el distrito.</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>La carpeta %1 no está: ¿está conectada la memoria USB o la unidad del distrito? El paquete espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk no puede escribir en la carpeta %1 (%2): compruebe que la unidad no sea de solo lectura y que tenga permiso para escribir allí. El paquete espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>No se pudo escribir el paquete completo en la carpeta %1 (%2): ¿está llena la unidad o se retiró? No quedó nada con el nombre del paquete; espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>&quot;%1&quot; no es un nombre de paquete que escriba TutorDesk. Haga una nueva exportación.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk no pudo conectarse con %1: es posible que esta computadora no tenga conexión o que la dirección sea incorrecta. TutorDesk volverá a intentarlo.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1 rechazó la conexión: es posible que el servidor del distrito no esté funcionando. TutorDesk volverá a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>El servidor del distrito en %1 no respondió (se agotó el tiempo tras %n segundo). TutorDesk volverá a intentarlo.</numerusform>
            <numerusform>El servidor del distrito en %1 no respondió (se agotó el tiempo tras %n segundos). TutorDesk volverá a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>El servidor del distrito en %1 no pudo demostrar su identidad (no se aceptó su certificado de seguridad), así que no se envió nada. Pida al departamento de TI del distrito que revise el certificado del servidor.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>Falló el envío a %1 (%2). TutorDesk volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>El servidor del distrito rechazó el token de sincronización (%1): revíselo en Configuración ▸ Sincronización con el distrito.</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>El servidor del distrito no reconoce esta dirección (%1 no se encontró en %2): revise la dirección y el código de la escuela en Configuración ▸ Sincronización con el distrito.</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>El paquete es demasiado grande para el servidor del distrito (413): pida al departamento de TI del distrito que acepte archivos más grandes.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>El servidor del distrito tuvo un problema (%1); TutorDesk volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>El servidor del distrito en %1 no aceptó el paquete (respondió %2). TutorDesk volverá a intentarlo; si esto continúa, avise al departamento de TI del distrito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>Indique el primer y el último día en que el tutor estará ausente.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>El último día de ausencia (%1) es anterior al primero (%2): intercámbielos.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>No existe el tutor %1 (es posible que se haya eliminado). Vuelva a cargar la página Tutores.</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>No se pudo guardar la ausencia en %1: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>Esa ausencia ya no existe (es posible que ya se haya anulado). Vuelva a cargar la página.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>No se pudo anular la ausencia en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>Fecha de la verificación de antecedentes</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>Verificación de antecedentes válida hasta</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>Fecha de la prueba de tuberculosis</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>Prueba de tuberculosis válida hasta</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>Agregar tutor</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>Grupo de suplentes: no se asigna a grupos, se ofrece cuando un tutor está ausente</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>Tipo de tutor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tel&amp;éfono:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>S&amp;upervisor:</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Materias:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>&amp;Verificación de antecedentes el:</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>Verificación de antecedentes válida &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>Prueba de &amp;tuberculosis el:</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>Prueba de tuberculosis válida h&amp;asta:</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>I&amp;diomas que habla el tutor</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>Idiomas que habla el tutor</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>Marque cada idioma en el que el tutor puede hablar con los estudiantes y las familias</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>Cuándo puede enseñar el tutor cada semana</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>Qué cambiar antes de guardar</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>Enseña %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>No se pudieron leer los supervisores: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>No se pudo guardar el tutor: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>Escriba la disponibilidad como días y horas, con los intervalos separados por punto y coma: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (también sirven Mon-Fri y Mon/Wed).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>&quot;%1&quot; no es un día con horas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>&quot;%1&quot; tiene una hora que no es una hora del día (00:00 a 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>&quot;%1&quot; no es un rango de días de la semana. Escriba Mon, Tue, Wed, Thu, Fri, Sat o Sun (o el nombre completo), o un rango como Mon-Fri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>&quot;%1&quot; no es un día de la semana. Escriba Mon, Tue, Wed, Thu, Fri, Sat o Sun (o el nombre completo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>&quot;%1&quot; no indica ningún día de la semana.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>&quot;%1&quot; no es un supervisor que TutorDesk conozca. Escriba su nombre y apellido (o su id.) y se agregará.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>&quot;%1&quot; sería el supervisor número %2 agregado por este archivo; una importación agrega como máximo %3. Revise la columna, o primero agregue supervisores en la página Tutores.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>El archivo no tiene columna de nombre. Llame &quot;First name&quot; a la columna de los nombres (la primera línea del archivo contiene los nombres de las columnas).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>El archivo no tiene columna de apellido. Llame &quot;Last name&quot; a la columna de los apellidos (la primera línea del archivo contiene los nombres de las columnas).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>Falta el nombre. Ingrese el nombre del tutor.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>Falta el apellido. Ingrese el apellido del tutor.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1 también está en la línea %2. Incluya a cada tutor una sola vez: elimine una de las dos líneas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>&quot;%1&quot; no es un tipo de tutor. Escriba uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>&quot;%1&quot; no es un estado. Escriba uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>&quot;%1&quot; no es una materia. Escriba una o más de estas: %2, separadas por punto y coma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>&quot;%1&quot; no es un idioma que TutorDesk conozca. Escriba un código (es, ko, vi) o un nombre en inglés (Spanish, Korean, Vietnamese).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>&quot;%1&quot; no es una fecha. Escríbala como AAAA-MM-DD (2026-08-01) o M/D/AAAA (8/1/2026).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Se agregaría %n supervisor: %1.</numerusform>
            <numerusform>Se agregarían %n supervisores: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Se agregó %n supervisor: %1.</numerusform>
            <numerusform>Se agregaron %n supervisores: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Se omitió %n línea sin valores en ninguna columna.</numerusform>
            <numerusform>Se omitieron %n líneas sin valores en ninguna columna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Columnas no leídas: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>No se pudieron guardar los tutores de %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>Marcar tutor ausente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Quién está ausente y cuándo?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>No se pudieron leer los tutores: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>Enfermedad, día personal, capacitación…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>A continuación, TutorDesk enumera sus sesiones en estos días y propone para cada una un suplente libre y con autorización o un horario de recuperación.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>Sesiones por cubrir</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>El último día es anterior al primero: cambie uno de ellos.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>No se pudieron leer las sesiones: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>%1 no tiene sesiones en estos días.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>Aplicar guarda la ausencia (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 está ausente %2. %n sesión necesita una decisión: TutorDesk propone una; cámbiela si lo desea y luego haga clic en Aplicar.</numerusform>
            <numerusform>%1 está ausente %2. %n sesiones necesitan una decisión: TutorDesk propone una para cada una; cambie las que desee y luego haga clic en Aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>Se guardó la ausencia de %1, pero no las decisiones: %2 Cambie esa decisión y vuelva a hacer clic en Aplicar.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n sesión cubierta por un suplente</numerusform>
            <numerusform>%n sesiones cubiertas por un suplente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n cancelada con recuperación</numerusform>
            <numerusform>%n canceladas con recuperación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 está ausente %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of what was done</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorTableModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cleared until %1</source>
        <translation>Autorizado hasta el %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>Verificación de antecedentes: %1, válida hasta el %2
Prueba de tuberculosis: %3, válida hasta el %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Materias</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>Minutos semanales</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>Maestro certificado</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>Paraprofesional</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>Estudiante universitario</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>Educador jubilado</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>Tutor de la comunidad</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>Proveedor (virtual)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>Grupo de suplentes</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tutors</name>
    <message>
        <source>%1 still leads %2. Give %3 another tutor first.</source>
        <translation>%1 todavía dirige %2. Primero asigne otro tutor a %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>El supervisor elegido para %1 ya no existe. Elija otro supervisor.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>Otro tutor ya tiene el id. %1. Asigne a %2 un id. diferente.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1 ya no está en la lista de tutores (es posible que alguien lo haya quitado). Vuelva a cargar la página Tutores.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>La %2 de %1 vence el %3, antes de haberse realizado (%4): revise ambas fechas.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>Ingrese el nombre del tutor.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Ingrese el apellido de %1.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>Tipo: &quot;%1&quot; no es un tipo de tutor. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>Estado: &quot;%1&quot; no es un estado. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>Materias: elija al menos una materia que %1 pueda enseñar (lectura, matemáticas, escritura u otra).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>Materias: &quot;%1&quot; no es una materia. Elija lectura, matemáticas, escritura u otra.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>Idiomas: quite el idioma vacío.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>Disponibilidad: %1 no es un día de la semana (1 = lunes … 7 = domingo).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>Disponibilidad el %1: ingrese una hora de inicio y una de fin.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>Disponibilidad el %1: %2–%3 termina antes de empezar. Haga que el fin sea posterior al inicio.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>Disponibilidad el %1: %2–%3 y %4–%5 se superponen. Únalos en un solo intervalo o mueva uno.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>verificación de antecedentes</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>prueba de tuberculosis</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>No se pudo guardar %1 en %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>&quot;%1&quot; no es un estado de tutor. Elija activo, suplente o inactivo.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>Ese tutor ya no está en la lista de tutores. Vuelva a cargar la página Tutores.</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>No se pudo cambiar el estado del tutor en %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>&amp;Agregar tutor…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>Marcar como &amp;inactivo</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>Marcar &amp;ausente…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>Tutores por estado</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>Agregar un tutor con sus materias, idiomas, horarios y autorizaciones</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>Cambiar el tutor seleccionado (doble clic o Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>Quitar al tutor seleccionado de la lista, o volver a incluirlo</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>El tutor seleccionado está ausente: cubrir o cancelar sus sesiones</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>Traer tutores desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>Buscar tutor</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Tutores importados: %1 nuevos, %2 cambiados, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>Mostrar tutores</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Todos los tutores</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>Buscar por nombre, materia, idioma o supervisor</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Buscar tutores</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>Escriba parte de un nombre, un correo electrónico, una materia, un idioma o un supervisor (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>No se pudieron leer los tutores: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 activos · %3 en el grupo de suplentes</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n tutor</numerusform>
            <numerusform>%n tutores</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>Todavía no hay tutores. Agregue sus tutores o impórtelos desde una hoja de cálculo.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>Ningún tutor coincide con la búsqueda o el filtro. Borre la búsqueda o muestre todos los tutores.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>Marcar como ac&amp;tivo</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se agregó a %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó a %1.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>No se pudo cambiar el tutor: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 está inactivo y ya no se ofrece para grupos ni como suplente.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>Importar tutores</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>Se leyó %n tutor.</numerusform>
            <numerusform>Se leyeron %n tutores.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 en el archivo: %2 nuevos, %3 cambiados, %4 sin cambios.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>Como esté configurada la computadora</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · Id. %2 · en espera de un cupo en %3</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Puntaje de necesidad</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ Necesita suplente</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>minimum day · its reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>group, when, who teaches</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <comment>day header</comment>
        <translation>%1 (hoy)</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewDocument</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>No asiste</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Asiste, pero no mejora</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>tutor ausente</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>evento escolar</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>clima</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>actividad del estudiante</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>otros motivos</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>Recuperaciones realizadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>Aún sin asistencia</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>No hay supervisores ni tutores configurados.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — por encima de su capacidad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>Puede asesorar</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>%n supervisor más dentro de su capacidad.</numerusform>
            <numerusform>%n supervisores más dentro de su capacidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>%n tutor sin supervisor: %1.</numerusform>
            <numerusform>%n tutores sin supervisor: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(una sesión)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>Revisión operativa semanal — %1 — semana del %2</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>Esta semana no ha empezado: todavía no hay nada que contar.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>Datos del %1 al %2 (la semana no ha terminado).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>Datos del %1 al %2.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>Todavía no se ha tomado asistencia esta semana (la semana pasada: %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>No se tomó asistencia ni esta semana ni la pasada.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>%1 de %2 sesiones de estudiantes asistidas</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>Asistencia %1 (%2; no se tomó la semana pasada).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>subió %n punto</numerusform>
            <numerusform>subió %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>bajó %n punto</numerusform>
            <numerusform>bajó %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>Asistencia %1 (la semana pasada %2, %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sesión realizada</numerusform>
            <numerusform>%n sesiones realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(%n de ellas de recuperación)</numerusform>
            <numerusform>(%n de ellas de recuperación)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelada</numerusform>
            <numerusform>, %n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>; %n sesión pasada todavía sin asistencia</numerusform>
            <numerusform>; %n sesiones pasadas todavía sin asistencia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Canceladas: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>Tasa de cobertura %1: %2 de %n grupo activo tiene un tutor activo con autorización para trabajar.</numerusform>
            <numerusform>Tasa de cobertura %1: %2 de %n grupos activos tienen un tutor activo con autorización para trabajar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n sesión cubierta por un suplente</numerusform>
            <numerusform>%n sesiones cubiertas por un suplente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>; %n tutor ausente esta semana.</numerusform>
            <numerusform>; %n tutores ausentes esta semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>Ningún estudiante tiene alerta por no asistir ni por asistir sin mejorar.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 no asisten; %2 asisten bien pero no mejoran.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>%1 intentados, %2 contactados (%3); %4 enviadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n contacto con familias</numerusform>
            <numerusform>%n contactos con familias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>familias de %n estudiante</numerusform>
            <numerusform>familias de %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>No hay ninguna acción del protocolo atrasada.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>%n acción del protocolo atrasada; la más antigua:</numerusform>
            <numerusform>%n acciones del protocolo atrasadas; las más antiguas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>%n acción del protocolo atrasada:</numerusform>
            <numerusform>%n acciones del protocolo atrasadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>Sin personal: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>Tutores por supervisor</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>Comunicación con las familias</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>Alertas de progreso</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones atrasadas</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>Sin personal: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: %2 tutores, puede asesorar a %3 — por encima de su capacidad</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: %2 tutores, puede asesorar a %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n tutor sin supervisor: %1</numerusform>
            <numerusform>%n tutores sin supervisor: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, vence %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>Imprimir la revisión en una página para la reunión semanal</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>Guardar la revisión como PDF de una página</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>No se pudo leer la revisión: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Revisión semanal %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>Bienvenido a TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>Administre el programa de tutoría de su escuela según la necesidad: quién obtiene un cupo, quién le da tutoría y cuándo, y si está funcionando.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>&amp;Configurar mi escuela</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>Ingrese el nombre de su escuela, su código y las fechas del año escolar. Toma un minuto.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Abrir una base de datos existente…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>Abra un archivo de TutorDesk (.tutordesk), por ejemplo uno copiado de otra computadora o una copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>&amp;Explorar una escuela de demostración</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>Pruebe TutorDesk con una escuela ficticia de unos 600 estudiantes. Los datos de su escuela se mantienen aparte.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk guarda los datos de su escuela en un solo archivo en esta computadora y funciona sin conexión a internet.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
</TS>
