<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddCaseworkEntryCommand</name>
    <message>
        <source>add note %1</source>
        <translation>añadir la nota %1</translation>
    </message>
    <message>
        <source>add lead %1</source>
        <translation>añadir la pista %1</translation>
    </message>
    <message>
        <source>add legal process %1</source>
        <translation>añadir el requerimiento legal %1</translation>
    </message>
</context>
<context>
    <name>AddChargeCommand</name>
    <message>
        <source>add charge %1</source>
        <translation>añadir el cargo %1</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <source>Lodging</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Continued Presence request</source>
        <translation>Solicitud de Continued Presence (permanencia continuada)</translation>
    </message>
    <message>
        <source>T visa declaration (I-914 Supplement B)</source>
        <translation>Declaración para visa T (I-914 Suplemento B)</translation>
    </message>
    <message>
        <source>U visa certification (I-918 Supplement B)</source>
        <translation>Certificación para visa U (I-918 Suplemento B)</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>CaseErrorText</name>
    <message>
        <source>That passphrase did not unlock this case. Nothing in the file was changed. Please check it (and Caps Lock) and try again.</source>
        <translation>Esa frase de contraseña no abrió este caso. No se cambió nada en el archivo. Revísela (y Bloq Mayús) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This case is already open, in another Tessera window or on another computer that shares the folder. Only one person can work in a case at a time, so nothing is overwritten. Close it there, then open it here.</source>
        <translation>Este caso ya está abierto, en otra ventana de Tessera o en otro equipo que comparte la carpeta. Solo una persona puede trabajar en un caso a la vez, para que nada se sobrescriba. Ciérrelo allí y luego ábralo aquí.</translation>
    </message>
    <message>
        <source>Tessera could not %1: the file is damaged or is not a Tessera case. Nothing was changed. Keep the file and its backups as they are and ask your agency's support for help.</source>
        <translation>Tessera no pudo %1: el archivo está dañado o no es un caso de Tessera. No se cambió nada. Conserve el archivo y sus copias tal como están y pida ayuda al soporte de su agencia.</translation>
    </message>
    <message>
        <source>Tessera could not %1: it was written by a newer version of Tessera. Nothing was changed; open it with that version.</source>
        <translation>Tessera no pudo %1: lo escribió una versión más reciente de Tessera. No se cambió nada; ábralo con esa versión.</translation>
    </message>
    <message>
        <source>Tessera could not %1 because of the data it was given. Nothing was saved.</source>
        <translation>Tessera no pudo %1 por los datos recibidos. No se guardó nada.</translation>
    </message>
    <message>
        <source>Tessera could not %1 as asked. Nothing was saved.</source>
        <translation>Tessera no pudo %1 como se pidió. No se guardó nada.</translation>
    </message>
    <message>
        <source>Tessera did not %1: it waits on a choice the person has made or not yet been asked about.</source>
        <translation>Tessera no llegó a %1: depende de una decisión que la persona tomó o sobre la que aún no se le ha preguntado.</translation>
    </message>
    <message>
        <source>Something went wrong inside Tessera while trying to %1. Nothing was saved.</source>
        <translation>Algo falló dentro de Tessera al intentar %1. No se guardó nada.</translation>
    </message>
    <message>
        <source>Read-only: the case file cannot be written — open a copy to make changes.</source>
        <translation>Solo lectura: no se puede escribir en el archivo del caso; abra una copia para hacer cambios.</translation>
    </message>
    <message>
        <source>Tessera could not %1: the case file is read-only, so nothing can be saved in it. Nothing was changed. Open a copy of the case (or make the file writable) to make changes.</source>
        <translation>Tessera no pudo %1: el archivo del caso es de solo lectura, así que no se puede guardar nada en él. No se cambió nada. Abra una copia del caso (o permita escribir en el archivo) para hacer cambios.</translation>
    </message>
</context>
<context>
    <name>CertifyExhibitCommand</name>
    <message>
        <source>record authentication of exhibit %1</source>
        <translation>registrar la autenticación de la prueba %1</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Writing the discovery production: report, exhibits, manifest and seal…</source>
        <translation>Escribiendo la entrega de pruebas: informe, pruebas, manifiesto y sello…</translation>
    </message>
    <message>
        <source>Export discovery production</source>
        <translation>Exportar entrega de pruebas (discovery)</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LinkElementCommand</name>
    <message>
        <source>link event %1 to %2 of charge %3</source>
        <translation>vincular el hecho %1 con %2 del cargo %3</translation>
    </message>
</context>
<context>
    <name>ProofStatusStyle</name>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Pending authentication</source>
        <translation>Autenticación pendiente</translation>
    </message>
    <message>
        <source>Victim-only</source>
        <translation>Solo de la víctima</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No requerido</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Sin respaldo</translation>
    </message>
    <message>
        <source>Proven by evidence that does not depend on the victim and has a recorded way to be admitted.</source>
        <translation>Probado con evidencia que no depende de la víctima y tiene registrada una vía de admisión.</translation>
    </message>
    <message>
        <source>No evidence is linked to this element yet.</source>
        <translation>Aún no hay evidencia vinculada con este elemento.</translation>
    </message>
    <message>
        <source>Independent evidence exists, but how it can be admitted (certificate, custodian, officer) is not recorded yet.</source>
        <translation>Hay evidencia independiente, pero aún no se ha registrado cómo puede admitirse (certificado, custodio, agente).</translation>
    </message>
    <message>
        <source>Rests on victim-sourced evidence alone: independent evidence would lift this burden from the victim.</source>
        <translation>Se apoya solo en evidencia procedente de la víctima: una evidencia independiente le quitaría esta carga.</translation>
    </message>
    <message>
        <source>Not an element of this charge for this victim (for example force, fraud or coercion when the person was under 18).</source>
        <translation>No es un elemento de este cargo para esta víctima (por ejemplo, fuerza, fraude o coacción cuando la persona era menor de 18 años).</translation>
    </message>
</context>
<context>
    <name>RecordCheckpointCommand</name>
    <message>
        <source>Correction: entry %1 was recorded in error; the earlier choice applies again.</source>
        <translation>Corrección: la entrada %1 se registró por error; vuelve a aplicarse la decisión anterior.</translation>
    </message>
</context>
<context>
    <name>ReviseNoteCommand</name>
    <message>
        <source>revise note %1</source>
        <translation>revisar la nota %1</translation>
    </message>
</context>
<context>
    <name>SaveReportDraftCommand</name>
    <message>
        <source>save the draft of report %1</source>
        <translation>guardar el borrador del informe %1</translation>
    </message>
</context>
<context>
    <name>TimelineChartBuilder</name>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>No records or events for %1</source>
        <translation>No hay registros ni hechos de %1</translation>
    </message>
    <message>
        <source>Unattributed records</source>
        <translation>Registros sin atribuir</translation>
    </message>
</context>
<context>
    <name>VocabularyText</name>
    <message>
        <source>offender</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>sospechoso</translation>
    </message>
    <message>
        <source>person who was trafficked</source>
        <translation>persona víctima de trata</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>testigo</translation>
    </message>
    <message>
        <source>sex buyer</source>
        <translation>comprador de sexo</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>asociado</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>handle or user name</source>
        <translation>alias o nombre de usuario</translation>
    </message>
    <message>
        <source>payment handle</source>
        <translation>alias de pago</translation>
    </message>
    <message>
        <source>licence plate</source>
        <translation>matrícula</translation>
    </message>
    <message>
        <source>IMEI (device)</source>
        <translation>IMEI (dispositivo)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>online ad id</source>
        <translation>id de anuncio en línea</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Emergency call</source>
        <translation>Llamada de emergencia</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Captación</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Lodging / harbouring</source>
        <translation>Alojamiento / acogida</translation>
    </message>
    <message>
        <source>Commercial sex act</source>
        <translation>Acto sexual comercial</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violencia</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Control de documentos</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>WritingPrompts</name>
    <message>
        <source>wording to reconsider</source>
        <translation>redacción a reconsiderar</translation>
    </message>
    <message>
        <source>worth a second look</source>
        <translation>conviene revisarlo</translation>
    </message>
    <message>
        <source>Inside quotation marks: if these are the person's own words, keep them.</source>
        <translation>Entre comillas: si son las palabras de la propia persona, consérvelas.</translation>
    </message>
    <message>
        <source>Consider:</source>
        <translation>Considere:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Reemplazar por «%1»</translation>
    </message>
</context>
<context>
    <name>tessera::ActivityView</name>
    <message>
        <source>Activity log, newest first</source>
        <translation>Registro de actividad, lo más reciente primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>tessera::AddChargeDialog</name>
    <message>
        <source>Add charge</source>
        <translation>Añadir cargo</translation>
    </message>
    <message>
        <source>Statute template</source>
        <translation>Plantilla de ley</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Victim (optional)</source>
        <translation>Víctima (opcional)</translation>
    </message>
    <message>
        <source>(no victim named)</source>
        <translation>(sin víctima indicada)</translation>
    </message>
    <message>
        <source>Elements of the chosen template</source>
        <translation>Elementos de la plantilla elegida</translation>
    </message>
    <message>
        <source>&amp;Statute:</source>
        <translation>&amp;Ley:</translation>
    </message>
    <message>
        <source>&amp;Offender:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Víctima:</translation>
    </message>
    <message>
        <source>&amp;Add charge</source>
        <translation>&amp;Añadir cargo</translation>
    </message>
    <message>
        <source>What must be proven:</source>
        <translation>Qué hay que probar:</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message>
        <source> — listed, not counted</source>
        <translation> — listado, no contado</translation>
    </message>
    <message>
        <source>Limitation: %1 (%2)</source>
        <translation>Prescripción: %1 (%2)</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Jurisdicción territorial: %1</translation>
    </message>
    <message>
        <source>No statute templates are available.</source>
        <translation>No hay plantillas de leyes disponibles.</translation>
    </message>
    <message>
        <source>Add a person with the role offender or suspect first.</source>
        <translation>Añada primero una persona con la función de autor o sospechoso.</translation>
    </message>
</context>
<context>
    <name>tessera::AddIdentifierDialog</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>Añadir identificador</translation>
    </message>
    <message>
        <source>as written in the source, e.g. (617) 555-0101</source>
        <translation>tal como figura en la fuente, p. ej. (617) 555-0101</translation>
    </message>
    <message>
        <source>Used from</source>
        <translation>En uso desde</translation>
    </message>
    <message>
        <source>Used until</source>
        <translation>En uso hasta</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Región telefónica:</translation>
    </message>
    <message>
        <source>Used from:</source>
        <translation>En uso desde:</translation>
    </message>
    <message>
        <source>Used until:</source>
        <translation>En uso hasta:</translation>
    </message>
    <message>
        <source>Phone numbers are stored in international form (E.164); the text as written is kept. Leave the dates off when the period is not known. Records already in the case that carry this value link to the person at once.</source>
        <translation>Los números de teléfono se guardan en forma internacional (E.164) y se conserva el texto tal como se escribió. Deje las fechas sin marcar si no se conoce el periodo. Los registros del caso que llevan este valor se vinculan a la persona de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Add identifier</source>
        <translation>&amp;Añadir identificador</translation>
    </message>
    <message>
        <source>Add a person first.</source>
        <translation>Añada primero una persona.</translation>
    </message>
    <message>
        <source>Enter the identifier's value.</source>
        <translation>Escriba el valor del identificador.</translation>
    </message>
    <message>
        <source>Enter a two-letter phone region, e.g. US.</source>
        <translation>Escriba una región telefónica de dos letras, p. ej. US.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>tessera::AddPersonDialog</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Roles in this case</source>
        <translation>Funciones en este caso</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>A person who was trafficked gets a pseudonym (V-1, V-2…) and appears by it everywhere in Tessera and in every production; their name is kept protected inside the case. Minors and people of unknown age who are witnesses are protected the same way.</source>
        <translation>Una persona víctima de trata recibe un seudónimo (V-1, V-2…) y aparece con él en todo Tessera y en cada entrega; su nombre queda protegido dentro del caso. Los testigos menores de edad o de edad desconocida se protegen de la misma manera.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Marque al menos una función.</translation>
    </message>
    <message>
        <source>Enter the person's name (it stays protected for people who were trafficked).</source>
        <translation>Escriba el nombre de la persona (queda protegido para las personas víctimas de trata).</translation>
    </message>
</context>
<context>
    <name>tessera::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Seguir el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>The new appearance applies the next time Tessera starts.</source>
        <translation>La nueva apariencia se aplica la próxima vez que se inicie Tessera.</translation>
    </message>
</context>
<context>
    <name>tessera::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>This entry does not match the chain: it or an earlier link was altered.</source>
        <translation>Esta entrada no coincide con la cadena: se alteró ella o un eslabón anterior.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit chain is broken at entry %1.&lt;/b&gt; That entry does not hold: the log was altered there, so it and everything after it cannot be relied on. Keep this file as it is and tell your supervisor; a backup may hold the log before the change.</source>
        <translation>&lt;b&gt;La cadena de auditoría está rota en la entrada %1.&lt;/b&gt; Esa entrada no es válida: el registro se alteró ahí, así que no se puede confiar en ella ni en nada posterior. Conserve este archivo tal como está e informe a su supervisor; una copia de seguridad puede contener el registro anterior al cambio.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n entries, each sealed to the one before it. Every change, reveal of protected names and export is recorded here; nothing can be edited.</source>
        <translation><numerusform>La cadena de auditoría está intacta: %n entrada, sellada a la anterior. Cada cambio, revelación de nombres protegidos y exportación se registra aquí; nada se puede editar.</numerusform><numerusform>La cadena de auditoría está intacta: %n entradas, cada una sellada a la anterior. Cada cambio, revelación de nombres protegidos y exportación se registra aquí; nada se puede editar.</numerusform></translation>
    </message>
</context>
<context>
    <name>tessera::BenefitDialog</name>
    <message>
        <source>Record a benefit</source>
        <translation>Registrar un beneficio</translation>
    </message>
    <message>
        <source>Anything given or promised to a victim or witness — lodging, transport, money, services, immigration help, promises. It is disclosed to the prosecutor as potential Giglio material.</source>
        <translation>Todo lo que se da o se promete a una víctima o testigo: alojamiento, traslado, dinero, servicios, ayuda migratoria, promesas. Se comunica a la fiscalía como posible material Giglio.</translation>
    </message>
    <message>
        <source>e.g. 125.50 — leave empty when it has no money value</source>
        <translation>p. ej. 125.50 — déjelo vacío si no tiene valor monetario</translation>
    </message>
    <message>
        <source>What was given or promised, and by whom</source>
        <translation>Qué se dio o prometió, y quién</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Continued Presence is never conditioned on cooperation. It is requested because the person is a victim and a potential witness, never offered or withheld as leverage.</source>
        <translation>Continued Presence nunca se condiciona a la cooperación. Se solicita porque la persona es víctima y posible testigo; nunca se ofrece ni se niega como medio de presión.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Write the amount as digits with an optional decimal point, e.g. 125.50.</source>
        <translation>Escriba el importe en cifras, con punto decimal opcional, p. ej. 125.50.</translation>
    </message>
</context>
<context>
    <name>tessera::CaseworkPanel</name>
    <message>
        <source>Casework views</source>
        <translation>Vistas del trabajo del caso</translation>
    </message>
    <message>
        <source>Due and expiring</source>
        <translation>Plazos y vencimientos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>read the casework</source>
        <translation>leer el trabajo del caso</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Trabajo del caso</translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation>No se pudo %1.</translation>
    </message>
    <message numerus="yes">
        <source>• %1 — %2 %3 (%4): %5 — %n day(s) overdue</source>
        <translation><numerusform>• %1 — %2 %3 (%4): %5 — vencido hace %n día</numerusform><numerusform>• %1 — %2 %3 (%4): %5 — vencido hace %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>• %1 — %2 %3 (%4): %5 — in %n day(s)</source>
        <translation><numerusform>• %1 — %2 %3 (%4): %5 — en %n día</numerusform><numerusform>• %1 — %2 %3 (%4): %5 — en %n días</numerusform></translation>
    </message>
    <message>
        <source>read the legal process deadlines</source>
        <translation>leer los plazos de los requerimientos legales</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Vence en una semana</translation>
    </message>
    <message>
        <source>Legal process in this case needs action within 7 days:

%1</source>
        <translation>Hay requerimientos legales de este caso que requieren acción en 7 días:

%1</translation>
    </message>
    <message>
        <source>add the lead</source>
        <translation>añadir la pista</translation>
    </message>
    <message>
        <source>No open lead</source>
        <translation>Ninguna pista abierta</translation>
    </message>
    <message>
        <source>close the lead</source>
        <translation>cerrar la pista</translation>
    </message>
    <message>
        <source>%1 — %2 (protected)</source>
        <translation>%1 — %2 (protegido)</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>add the legal process</source>
        <translation>añadir el requerimiento legal</translation>
    </message>
    <message>
        <source>Renew preservation request</source>
        <translation>Renovar la solicitud de conservación</translation>
    </message>
    <message>
        <source>18 U.S.C. 2703(f)(2) allows one renewal, for 90 more days from the current end.</source>
        <translation>18 U.S.C. 2703(f)(2) permite una renovación, por 90 días más desde el fin actual.</translation>
    </message>
    <message>
        <source>Renewal served on:</source>
        <translation>Renovación notificada el:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovada</translation>
    </message>
    <message>
        <source>Preserved until %1.</source>
        <translation>Conservado hasta el %1.</translation>
    </message>
    <message>
        <source>renew the preservation request</source>
        <translation>renovar la solicitud de conservación</translation>
    </message>
    <message>
        <source>draft the letter</source>
        <translation>redactar la carta</translation>
    </message>
    <message>
        <source>Request letter draft</source>
        <translation>Borrador de carta de solicitud</translation>
    </message>
    <message>
        <source>A draft to edit and have reviewed. Tessera never sends anything.</source>
        <translation>Un borrador para editar y hacer revisar. Tessera nunca envía nada.</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Save the letter draft</source>
        <translation>Guardar el borrador de la carta</translation>
    </message>
    <message>
        <source>request-letter-%1.txt</source>
        <translation>carta-solicitud-%1.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>save the letter draft</source>
        <translation>guardar el borrador de la carta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>read the activity log</source>
        <translation>leer el registro de actividad</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo the last casework edit</source>
        <translation>Deshacer el último cambio en el trabajo del caso</translation>
    </message>
    <message>
        <source>Redo the casework edit</source>
        <translation>Rehacer el cambio en el trabajo del caso</translation>
    </message>
    <message>
        <source>change the leads</source>
        <translation>cambiar las pistas</translation>
    </message>
    <message>
        <source>read the proof board's gaps</source>
        <translation>leer los vacíos del tablero de pruebas</translation>
    </message>
    <message>
        <source>change the legal process</source>
        <translation>cambiar los requerimientos legales</translation>
    </message>
    <message>
        <source>list the exhibits</source>
        <translation>listar las pruebas</translation>
    </message>
    <message>
        <source>change the exhibit's authentication</source>
        <translation>cambiar la autenticación de la prueba</translation>
    </message>
    <message>
        <source>record the authentication</source>
        <translation>registrar la autenticación</translation>
    </message>
    <message>
        <source>Could not %1: the case file is read-only, so nothing can be saved in it. Open a copy of the case to make changes.</source>
        <translation>No se pudo %1: el archivo del caso es de solo lectura, así que no se puede guardar nada en él. Abra una copia del caso para hacer cambios.</translation>
    </message>
</context>
<context>
    <name>tessera::CertifyExhibitDialog</name>
    <message>
        <source>Record authentication</source>
        <translation>Registrar la autenticación</translation>
    </message>
    <message>
        <source>no authentication recorded</source>
        <translation>sin autenticación registrada</translation>
    </message>
    <message>
        <source>admitted by %1</source>
        <translation>admitida por %1</translation>
    </message>
    <message>
        <source>Exhibit %1 · %2 · %3 · %4</source>
        <translation>Prueba %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Certified business record — FRE 803(6), 902(11)</source>
        <translation>Registro comercial certificado — FRE 803(6), 902(11)</translation>
    </message>
    <message>
        <source>Hash certificate of a device or file copy — FRE 902(14)</source>
        <translation>Certificado de hash de una copia de dispositivo o archivo — FRE 902(14)</translation>
    </message>
    <message>
        <source>Custodian who will testify — FRE 901(b)(1)</source>
        <translation>Custodio que declarará — FRE 901(b)(1)</translation>
    </message>
    <message>
        <source>Officer who will testify — FRE 901(b)(1)</source>
        <translation>Agente que declarará — FRE 901(b)(1)</translation>
    </message>
    <message>
        <source>the signed certificate (PDF, image or text)</source>
        <translation>el certificado firmado (PDF, imagen o texto)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Elegir el archivo del certificado</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Notice served on the adverse party</source>
        <translation>Notificación entregada a la parte contraria</translation>
    </message>
    <message>
        <source>a role or a name — never a victim's name</source>
        <translation>un cargo o un nombre, nunca el nombre de una víctima</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>The certificate is stored in the case as its own exhibit, with its SHA-256 and chain of custody. Undo puts the exhibit's previous authentication back; the certificate stays in the case.</source>
        <translation>El certificado se guarda en el caso como una prueba propia, con su SHA-256 y su cadena de custodia. Deshacer restablece la autenticación anterior de la prueba; el certificado permanece en el caso.</translation>
    </message>
    <message>
        <source>&amp;Exhibit:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <source>&amp;Admitted as:</source>
        <translation>&amp;Admitida como:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
    <message>
        <source>&amp;Notice served:</source>
        <translation>&amp;Notificación entregada:</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>&amp;Testigo:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Elegir el certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The case has no exhibit yet.</source>
        <translation>El caso aún no tiene ninguna prueba.</translation>
    </message>
    <message>
        <source>No certificate attached yet: the record can be admitted without a witness only with the signed certificate.</source>
        <translation>Aún no hay certificado adjunto: el registro solo puede admitirse sin testigo con el certificado firmado.</translation>
    </message>
    <message>
        <source>No notice date yet: FRE 902(11) and 902(14) need written notice to the adverse party before trial.</source>
        <translation>Aún no hay fecha de notificación: FRE 902(11) y 902(14) exigen notificar por escrito a la parte contraria antes del juicio.</translation>
    </message>
</context>
<context>
    <name>tessera::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one in the case file at once; the old one stops working. Tessera checks the change by reading the file back before it says so. Tessera cannot recover a lost passphrase: keep it safe.</source>
        <translation>La nueva frase de contraseña sustituye a la anterior en el archivo del caso de inmediato; la anterior deja de funcionar. Tessera comprueba el cambio releyendo el archivo antes de confirmarlo. Tessera no puede recuperar una frase perdida: guárdela en lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repita la nueva frase:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Use at least %1 characters for the new passphrase.</source>
        <translation>Use al menos %1 caracteres para la nueva frase.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases nuevas no coinciden.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase es igual a la actual.</translation>
    </message>
</context>
<context>
    <name>tessera::ChartNavigation</name>
    <message>
        <source>Zoom &amp;in on the chart</source>
        <translation>&amp;Acercar el gráfico</translation>
    </message>
    <message>
        <source>Zoom &amp;out of the chart</source>
        <translation>A&amp;lejar el gráfico</translation>
    </message>
    <message>
        <source>&amp;Fit the whole case</source>
        <translation>&amp;Ajustar a todo el caso</translation>
    </message>
    <message>
        <source>Show record &amp;density</source>
        <translation>Mostrar la &amp;densidad de registros</translation>
    </message>
    <message>
        <source>Chart: back</source>
        <translation>Gráfico: atrás</translation>
    </message>
    <message>
        <source>Chart: forward</source>
        <translation>Gráfico: adelante</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>ajustar</translation>
    </message>
    <message>
        <source>show records</source>
        <translation>mostrar registros</translation>
    </message>
    <message>
        <source>hide records</source>
        <translation>ocultar registros</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>acercar</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>alejar</translation>
    </message>
</context>
<context>
    <name>tessera::CheckpointGateDialog</name>
    <message>
        <source>Agreed</source>
        <translation>Aceptó</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <source>Not now — ask later</source>
        <translation>Ahora no — preguntar más tarde</translation>
    </message>
    <message>
        <source>An advocate or support person is present</source>
        <translation>Está presente una persona de apoyo o defensora</translation>
    </message>
    <message>
        <source>Other ways to build the case</source>
        <translation>Otras formas de construir el caso</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ask %1: “%2”</source>
        <translation>Pregunte a %1: «%2»</translation>
    </message>
    <message>
        <source>Who decides: %1</source>
        <translation>Quién decide: %1</translation>
    </message>
    <message>
        <source>First explain — tick each point once it is explained</source>
        <translation>Primero explique: marque cada punto cuando lo haya explicado</translation>
    </message>
    <message>
        <source>Changing their mind: %1</source>
        <translation>Si cambia de opinión: %1</translation>
    </message>
    <message>
        <source>Continued Presence is never conditioned on cooperation. Never offer, delay or withhold it as leverage.</source>
        <translation>Continued Presence nunca se condiciona a la cooperación. Nunca la ofrezca, retrase ni niegue como medio de presión.</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>What they agreed to (leave open for no limit)</source>
        <translation>Lo que aceptó (déjelo abierto si no hay límite)</translation>
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
        <source>e.g. WhatsApp, Photos — separated by commas</source>
        <translation>p. ej. WhatsApp, Fotos — separados por comas</translation>
    </message>
    <message>
        <source>First date:</source>
        <translation>Primera fecha:</translation>
    </message>
    <message>
        <source>Last date:</source>
        <translation>Última fecha:</translation>
    </message>
    <message>
        <source>Only these items:</source>
        <translation>Solo estos elementos:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note (optional; stays in the case, never in a production)</source>
        <translation>Nota (opcional; queda en el caso, nunca en una entrega)</translation>
    </message>
    <message>
        <source>Declining is their right and never blocks the work on the offender. These sources can answer the same questions:</source>
        <translation>No aceptar es su derecho y nunca detiene el trabajo sobre el autor. Estas fuentes pueden responder a las mismas preguntas:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Choose their answer.</source>
        <translation>Elija su respuesta.</translation>
    </message>
    <message>
        <source>Tick each point once it is explained: an agreement is informed.</source>
        <translation>Marque cada punto cuando lo haya explicado: el consentimiento debe ser informado.</translation>
    </message>
    <message>
        <source>The first date is after the last date.</source>
        <translation>La primera fecha es posterior a la última.</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Registrar %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::CloseLeadDialog</name>
    <message>
        <source>Close lead</source>
        <translation>Cerrar pista</translation>
    </message>
    <message>
        <source>What the lead found</source>
        <translation>Qué encontró la pista</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exhibits it produced</source>
        <translation>Pruebas que produjo</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Exhibits it produced (linked to the lead's element events):</source>
        <translation>Pruebas que produjo (vinculadas a los hechos del elemento de la pista):</translation>
    </message>
</context>
<context>
    <name>tessera::ContactDialog</name>
    <message>
        <source>Record a contact — %1</source>
        <translation>Registrar un contacto — %1</translation>
    </message>
    <message>
        <source>Reach %1 only in the way they chose, at the times they said are safe: people who exploit others often watch phones and messages. Once a defense lawyer is involved, contact may go through victim-witness staff. The channel and the safe-contact note are never part of a production.</source>
        <translation>Contacte con %1 solo por la vía que eligió, en los horarios que indicó como seguros: quienes explotan a otras personas suelen vigilar teléfonos y mensajes. Cuando interviene un abogado defensor, el contacto puede pasar por el personal de atención a víctimas y testigos. El canal y la nota de contacto seguro nunca forman parte de una entrega.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>llamada telefónica</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>mensaje de texto</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>through the advocate</source>
        <translation>a través de la persona de apoyo</translation>
    </message>
    <message>
        <source>through victim-witness staff</source>
        <translation>a través del personal de atención a víctimas y testigos</translation>
    </message>
    <message>
        <source>the way they chose</source>
        <translation>la vía que eligió</translation>
    </message>
    <message>
        <source>e.g. notice of a court date, a check-in</source>
        <translation>p. ej. aviso de una fecha judicial, un seguimiento</translation>
    </message>
    <message>
        <source>How it was made safe: the hour, a code word, a safe third person</source>
        <translation>Cómo se hizo de forma segura: la hora, una palabra clave, una tercera persona de confianza</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>C&amp;uándo (hora local):</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>&amp;Safe-contact note:</source>
        <translation>&amp;Nota de contacto seguro:</translation>
    </message>
    <message>
        <source>&amp;Record contact</source>
        <translation>&amp;Registrar contacto</translation>
    </message>
</context>
<context>
    <name>tessera::CoreWording</name>
    <message>
        <source>subpoena</source>
        <translation>citación (subpoena)</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>orden judicial</translation>
    </message>
    <message>
        <source>search warrant</source>
        <translation>orden de registro</translation>
    </message>
    <message>
        <source>preservation request</source>
        <translation>solicitud de conservación</translation>
    </message>
    <message>
        <source>delayed-notice order</source>
        <translation>orden de notificación diferida</translation>
    </message>
    <message>
        <source>return due from %1</source>
        <translation>vence la respuesta de %1</translation>
    </message>
    <message>
        <source>preservation ends (renewed once already): records may be deleted after this day unless obtained by other process</source>
        <translation>termina la conservación (ya renovada una vez): los registros pueden borrarse después de este día si no se obtienen por otro requerimiento</translation>
    </message>
    <message>
        <source>preservation ends: renew by then for 90 more days (once, 18 U.S.C. 2703(f)(2)) or obtain the records</source>
        <translation>termina la conservación: renuévela antes por 90 días más (una vez, 18 U.S.C. 2703(f)(2)) u obtenga los registros</translation>
    </message>
    <message>
        <source>delayed-notice order ends: give notice or apply for an extension (18 U.S.C. 2705(a)(4))</source>
        <translation>termina la orden de notificación diferida: notifique o solicite una prórroga (18 U.S.C. 2705(a)(4))</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>vence la %1</translation>
    </message>
    <message>
        <source>Record how exhibit %1 (%2) can be admitted: certified business record, hash certificate, custodian or officer (exhibit certify)</source>
        <translation>Registre cómo puede admitirse la prueba %1 (%2): registro comercial certificado, certificado de hash, custodio o agente (exhibit certify)</translation>
    </message>
    <message>
        <source>Exhibit %1 can only be admitted through the victim: a certificate or another custodian would not need them</source>
        <translation>La prueba %1 solo puede admitirse a través de la víctima: un certificado u otro custodio no la necesitarían</translation>
    </message>
    <message>
        <source>This element rests on victim-sourced evidence alone</source>
        <translation>Este elemento se apoya solo en evidencia procedente de la víctima</translation>
    </message>
    <message>
        <source>Independent evidence that usually proves this: %1 (%2)</source>
        <translation>Evidencia independiente que suele probarlo: %1 (%2)</translation>
    </message>
    <message>
        <source>The date of birth is known only from the person's own statement.</source>
        <translation>La fecha de nacimiento solo se conoce por la declaración de la propia persona.</translation>
    </message>
    <message>
        <source>victim statement</source>
        <translation>declaración de la víctima</translation>
    </message>
    <message>
        <source>witness statement</source>
        <translation>declaración de testigo</translation>
    </message>
    <message>
        <source>call records</source>
        <translation>registros de llamadas</translation>
    </message>
    <message>
        <source>subscriber records</source>
        <translation>registros de abonado</translation>
    </message>
    <message>
        <source>financial records</source>
        <translation>registros financieros</translation>
    </message>
    <message>
        <source>online ads</source>
        <translation>anuncios en línea</translation>
    </message>
    <message>
        <source>lodging records</source>
        <translation>registros de alojamiento</translation>
    </message>
    <message>
        <source>travel records</source>
        <translation>registros de viaje</translation>
    </message>
    <message>
        <source>licence-plate reader hits</source>
        <translation>lecturas de lectores de matrículas</translation>
    </message>
    <message>
        <source>surveillance</source>
        <translation>vigilancia</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>redes sociales</translation>
    </message>
    <message>
        <source>device extraction</source>
        <translation>extracción de dispositivo</translation>
    </message>
    <message>
        <source>victim device extraction</source>
        <translation>extracción del dispositivo de la víctima</translation>
    </message>
    <message>
        <source>victim records</source>
        <translation>registros de la víctima</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>médica</translation>
    </message>
    <message>
        <source>victim photograph</source>
        <translation>fotografía de la víctima</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>física</translation>
    </message>
    <message>
        <source>officer observation</source>
        <translation>observación del agente</translation>
    </message>
    <message>
        <source>Note %1 added (about %2)</source>
        <translation>Nota %1 añadida (sobre %2)</translation>
    </message>
    <message>
        <source>Note %1 revised (version %2)</source>
        <translation>Nota %1 revisada (versión %2)</translation>
    </message>
    <message>
        <source>Report %1 started (draft version 1)</source>
        <translation>Informe %1 iniciado (borrador, versión 1)</translation>
    </message>
    <message>
        <source>Report %1 draft saved (version %2)</source>
        <translation>Borrador del informe %1 guardado (versión %2)</translation>
    </message>
    <message>
        <source>Report %1 draft version %2 discarded</source>
        <translation>Borrador del informe %1, versión %2, descartado</translation>
    </message>
    <message>
        <source>Report %1 version %2 signed (SHA-256 %3)</source>
        <translation>Informe %1, versión %2, firmado (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Lead %1 opened</source>
        <translation>Pista %1 abierta</translation>
    </message>
    <message>
        <source>Lead %1 closed</source>
        <translation>Pista %1 cerrada</translation>
    </message>
    <message>
        <source>Legal process %1 recorded (%2)</source>
        <translation>Requerimiento legal %1 registrado (%2)</translation>
    </message>
    <message>
        <source>Preservation request %1 renewed until %2</source>
        <translation>Solicitud de conservación %1 renovada hasta %2</translation>
    </message>
    <message>
        <source>Request letter draft written for legal process %1</source>
        <translation>Borrador de carta de solicitud escrito para el requerimiento legal %1</translation>
    </message>
    <message>
        <source>Exhibit %1 imported (%2 records, %3 rejected rows)</source>
        <translation>Prueba %1 importada (%2 registros, %3 filas rechazadas)</translation>
    </message>
    <message>
        <source>Exhibit %1 checked against legal process %2: %3 records quarantined</source>
        <translation>Prueba %1 cotejada con el requerimiento legal %2: %3 registros en cuarentena</translation>
    </message>
    <message>
        <source>Case locked (%1); %2 draft(s) kept</source>
        <translation>Caso bloqueado (%1); %2 borrador(es) guardado(s)</translation>
    </message>
    <message>
        <source>%1 draft(s) restored</source>
        <translation>%1 borrador(es) restablecido(s)</translation>
    </message>
    <message>
        <source>%1 draft(s) discarded</source>
        <translation>%1 borrador(es) descartado(s)</translation>
    </message>
    <message>
        <source>Note %1 withdrawn (undone)</source>
        <translation>Nota %1 retirada (deshecho)</translation>
    </message>
    <message>
        <source>Lead %1 withdrawn (undone)</source>
        <translation>Pista %1 retirada (deshecho)</translation>
    </message>
    <message>
        <source>Legal process %1 withdrawn (undone)</source>
        <translation>Requerimiento legal %1 retirado (deshecho)</translation>
    </message>
    <message>
        <source>Note %1 reinstated (redone)</source>
        <translation>Nota %1 restablecida (rehecho)</translation>
    </message>
    <message>
        <source>Lead %1 reinstated (redone)</source>
        <translation>Pista %1 restablecida (rehecho)</translation>
    </message>
    <message>
        <source>Legal process %1 reinstated (redone)</source>
        <translation>Requerimiento legal %1 restablecido (rehecho)</translation>
    </message>
    <message>
        <source>Authentication of exhibit %1 recorded (%2)</source>
        <translation>Autenticación de la prueba %1 registrada (%2)</translation>
    </message>
    <message>
        <source>Authentication of exhibit %1 recorded again (%2)</source>
        <translation>Autenticación de la prueba %1 registrada de nuevo (%2)</translation>
    </message>
    <message>
        <source>Authentication of exhibit %1 withdrawn (undone)</source>
        <translation>Autenticación de la prueba %1 retirada (deshecho)</translation>
    </message>
    <message>
        <source>Deconfliction export written (%1 rows)</source>
        <translation>Exportación de desconflicto escrita (%1 filas)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Advocate or support person present</source>
        <translation>Presencia de una persona defensora o de apoyo</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Recording of the interview</source>
        <translation>Grabación de la entrevista</translation>
    </message>
    <message>
        <source>Medical forensic exam</source>
        <translation>Examen médico forense</translation>
    </message>
    <message>
        <source>Photographs of injuries, tattoos or branding</source>
        <translation>Fotografías de lesiones, tatuajes o marcas</translation>
    </message>
    <message>
        <source>Extraction of the person's phone or cloud account</source>
        <translation>Extracción del teléfono o la cuenta en la nube de la persona</translation>
    </message>
    <message>
        <source>Return of property (phone, identity documents, money)</source>
        <translation>Devolución de bienes (teléfono, documentos de identidad, dinero)</translation>
    </message>
    <message>
        <source>Contact method and safe times</source>
        <translation>Forma de contacto y horarios seguros</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <translation>Derivación a servicios</translation>
    </message>
    <message>
        <source>Continued Presence</source>
        <translation>Continued Presence (permanencia continuada)</translation>
    </message>
    <message>
        <source>T visa declaration (Form I-914 Supplement B)</source>
        <translation>Declaración para visa T (Formulario I-914 Suplemento B)</translation>
    </message>
    <message>
        <source>U visa certification (Form I-918 Supplement B)</source>
        <translation>Certificación para visa U (Formulario I-918 Suplemento B)</translation>
    </message>
    <message>
        <source>Media contact and public statements</source>
        <translation>Contacto con los medios y declaraciones públicas</translation>
    </message>
    <message>
        <source>Testifying and taking part in the prosecution</source>
        <translation>Declarar y participar en el proceso penal</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Emergency call</source>
        <translation>Llamada de emergencia</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Evento de cronología</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Evento de calendario</translation>
    </message>
    <message>
        <source>Location point</source>
        <translation>Punto de ubicación</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Plate read</source>
        <translation>Lectura de matrícula</translation>
    </message>
    <message>
        <source>Data session</source>
        <translation>Sesión de datos</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>direction unknown</source>
        <translation>dirección desconocida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>flagged:</source>
        <translation>marcado:</translation>
    </message>
    <message>
        <source>benefit add</source>
        <translation>beneficio registrado</translation>
    </message>
    <message>
        <source>case create</source>
        <translation>caso creado</translation>
    </message>
    <message>
        <source>case open-with-recovery-key</source>
        <translation>caso abierto con la clave de recuperación</translation>
    </message>
    <message>
        <source>case restore</source>
        <translation>caso restaurado</translation>
    </message>
    <message>
        <source>charge add</source>
        <translation>cargo añadido</translation>
    </message>
    <message>
        <source>charge remove</source>
        <translation>cargo retirado</translation>
    </message>
    <message>
        <source>checkpoint record</source>
        <translation>decisión registrada</translation>
    </message>
    <message>
        <source>contact add</source>
        <translation>contacto registrado</translation>
    </message>
    <message>
        <source>contact details view</source>
        <translation>datos de contacto consultados</translation>
    </message>
    <message>
        <source>element link</source>
        <translation>hecho vinculado a un elemento</translation>
    </message>
    <message>
        <source>element unlink</source>
        <translation>hecho desvinculado de un elemento</translation>
    </message>
    <message>
        <source>event add</source>
        <translation>hecho añadido</translation>
    </message>
    <message>
        <source>event link</source>
        <translation>prueba vinculada a un hecho</translation>
    </message>
    <message>
        <source>event remove</source>
        <translation>hecho retirado</translation>
    </message>
    <message>
        <source>exhibit add</source>
        <translation>prueba añadida</translation>
    </message>
    <message>
        <source>exhibit identifier</source>
        <translation>identificador de prueba añadido</translation>
    </message>
    <message>
        <source>exhibit received-time</source>
        <translation>hora de recepción de la prueba corregida</translation>
    </message>
    <message>
        <source>exhibit seal</source>
        <translation>prueba sellada</translation>
    </message>
    <message>
        <source>export</source>
        <translation>entrega de pruebas exportada</translation>
    </message>
    <message>
        <source>identifier add</source>
        <translation>identificador añadido</translation>
    </message>
    <message>
        <source>interview add</source>
        <translation>entrevista registrada</translation>
    </message>
    <message>
        <source>key rotate</source>
        <translation>clave rotada</translation>
    </message>
    <message>
        <source>media request add</source>
        <translation>solicitud de medios registrada</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>memorando de la fiscalía escrito</translation>
    </message>
    <message>
        <source>passphrase change</source>
        <translation>frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>person add</source>
        <translation>persona añadida</translation>
    </message>
    <message>
        <source>person protect</source>
        <translation>identidad protegida</translation>
    </message>
    <message>
        <source>recovery-slot add</source>
        <translation>ranura de recuperación añadida</translation>
    </message>
    <message>
        <source>Would you like to talk with us, and if so, when?</source>
        <translation>¿Le gustaría hablar con nosotros y, si es así, cuándo?</translation>
    </message>
    <message>
        <source>Would you like an advocate or a support person with you?</source>
        <translation>¿Le gustaría tener con usted a una persona defensora o de apoyo?</translation>
    </message>
    <message>
        <source>Which language would you like to use, and do you have a preference about the interpreter (gender, in person or by phone)?</source>
        <translation>¿Qué idioma le gustaría usar? ¿Tiene alguna preferencia sobre el intérprete (género, en persona o por teléfono)?</translation>
    </message>
    <message>
        <source>May we record the interview?</source>
        <translation>¿Podemos grabar la entrevista?</translation>
    </message>
    <message>
        <source>Would you like a medical forensic exam?</source>
        <translation>¿Le gustaría que le hicieran un examen médico forense?</translation>
    </message>
    <message>
        <source>May we photograph injuries, tattoos or marks?</source>
        <translation>¿Podemos fotografiar lesiones, tatuajes o marcas?</translation>
    </message>
    <message>
        <source>May we copy data from your phone or account, and if so, which dates and which apps?</source>
        <translation>¿Podemos copiar datos de su teléfono o de su cuenta y, si es así, de qué fechas y de qué aplicaciones?</translation>
    </message>
    <message>
        <source>Which of your things would you like back, and how can we get them to you safely?</source>
        <translation>¿Cuáles de sus cosas le gustaría recuperar y cómo podemos hacérselas llegar de forma segura?</translation>
    </message>
    <message>
        <source>How and when is it safe to reach you?</source>
        <translation>¿Cómo y cuándo es seguro comunicarnos con usted?</translation>
    </message>
    <message>
        <source>Would you like to be connected with services (shelter, legal, medical, counselling)?</source>
        <translation>¿Le gustaría que le pongamos en contacto con servicios (albergue, asistencia legal, atención médica, apoyo psicológico)?</translation>
    </message>
    <message>
        <source>Would you like us to request Continued Presence for you?</source>
        <translation>¿Le gustaría que solicitemos Continued Presence (permanencia continuada) para usted?</translation>
    </message>
    <message>
        <source>Would you like a law enforcement declaration for a T visa application?</source>
        <translation>¿Le gustaría una declaración de las autoridades policiales para una solicitud de visa T?</translation>
    </message>
    <message>
        <source>Would you like us to consider a U visa certification?</source>
        <translation>¿Le gustaría que consideremos una certificación para visa U?</translation>
    </message>
    <message>
        <source>Do you want to speak with the media, or be mentioned in any public statement?</source>
        <translation>¿Quiere hablar con los medios de comunicación o que se le mencione en alguna declaración pública?</translation>
    </message>
    <message>
        <source>Would you be willing to take part in the prosecution, and to be heard at a plea or sentencing?</source>
        <translation>¿Estaría de acuerdo en participar en el proceso penal y en que se le escuche en un acuerdo de culpabilidad o en la sentencia?</translation>
    </message>
</context>
<context>
    <name>tessera::DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Text of the chosen draft</source>
        <translation>Texto del borrador elegido</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the text; the clipboard is cleared after 30 seconds</source>
        <translation>Copiar el texto; el portapapeles se vacía a los 30 segundos</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>%1 — %2 (kept %3)</source>
        <translation>%1 — %2 (guardado %3)</translation>
    </message>
    <message>
        <source>The draft could not be discarded.</source>
        <translation>No se pudo descartar el borrador.</translation>
    </message>
    <message>
        <source>Drafts kept when the case locked or closed</source>
        <translation>Borradores guardados al bloquearse o cerrarse el caso</translation>
    </message>
    <message>
        <source>This text was being typed when the case locked or was closed. It was kept encrypted inside the case; it is not evidence and never goes into a production. Open the same window again and the text comes back into its field by itself; or copy it, or discard it here.</source>
        <translation>Este texto se estaba escribiendo cuando el caso se bloqueó o se cerró. Se guardó cifrado dentro del caso; no es evidencia y nunca va a una entrega. Abra de nuevo la misma ventana y el texto volverá solo a su campo; o cópielo, o descártelo aquí.</translation>
    </message>
</context>
<context>
    <name>tessera::DueView</name>
    <message>
        <source>Deadlines of legal process, soonest first</source>
        <translation>Plazos de los requerimientos legales, los más próximos primero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Acción necesaria</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Requerimiento</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Add legal process…</source>
        <translation>Añadir requerimiento…</translation>
    </message>
    <message>
        <source>Renew preservation…</source>
        <translation>Renovar conservación…</translation>
    </message>
    <message>
        <source>Draft request letter…</source>
        <translation>Redactar carta…</translation>
    </message>
    <message>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>vencido hace %n día</numerusform><numerusform>vencido hace %n días</numerusform></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing is due or expiring.</source>
        <translation>No hay nada pendiente ni por vencer.</translation>
    </message>
    <message>
        <source>%1 deadline(s): %2 overdue, %3 within 7 days. Soonest first.</source>
        <translation>Plazos: %1; vencidos: %2; en 7 días: %3. Los más próximos primero.</translation>
    </message>
</context>
<context>
    <name>tessera::ExhibitsPanel</name>
    <message>
        <source>Exhibits</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Admitted as</source>
        <translation>Admitida como</translation>
    </message>
    <message>
        <source>Return of</source>
        <translation>Respuesta a</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Record &amp;authentication…</source>
        <translation>Registrar la &amp;autenticación…</translation>
    </message>
    <message>
        <source>How this exhibit can be admitted: certified business record or hash certificate (with the certificate and the notice date), custodian or officer</source>
        <translation>Cómo puede admitirse esta prueba: registro comercial certificado o certificado de hash (con el certificado y la fecha de notificación), custodio o agente</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 a %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>, certificate exhibit %1</source>
        <translation>, certificado en la prueba %1</translation>
    </message>
    <message>
        <source>, notice served %1</source>
        <translation>, notificación entregada el %1</translation>
    </message>
    <message>
        <source>, notice not yet served</source>
        <translation>, notificación aún no entregada</translation>
    </message>
    <message>
        <source> (through the victim)</source>
        <translation> (a través de la víctima)</translation>
    </message>
    <message>
        <source>Chain of custody of exhibit %1:
%2</source>
        <translation>Cadena de custodia de la prueba %1:
%2</translation>
    </message>
</context>
<context>
    <name>tessera::ExportDialog</name>
    <message>
        <source>Export discovery production</source>
        <translation>Exportar entrega de pruebas (discovery)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Sensitive — subject to protective order</source>
        <translation>Sensible — sujeta a orden de protección</translation>
    </message>
    <message>
        <source>Attorneys' eyes only</source>
        <translation>Solo para los abogados</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>&amp;Designación:</translation>
    </message>
    <message>
        <source>The production holds the report (cover, summary, offender timeline, people by pseudonym, exhibit index, chain of custody), every exhibit exactly as received, a manifest with SHA-256 sums and the case's integrity seal. Bates numbers continue from the last production.

It never holds the prosecution memo or the identity key. Tessera's own documents (report, manifest, file names) show people whose identity is protected by pseudonym only; the exhibits themselves are produced exactly as received, so they can hold names or numbers — choose the sensitive designation when they do.</source>
        <translation>La entrega contiene el informe (portada, resumen, cronología del autor, personas por seudónimo, índice de pruebas, cadena de custodia), cada prueba tal como se recibió, un manifiesto con sumas SHA-256 y el sello de integridad del caso. Los números Bates continúan desde la última entrega.

Nunca contiene el memorando de la fiscalía ni la clave de identidades. Los documentos propios de Tessera (informe, manifiesto, nombres de archivo) muestran a las personas con identidad protegida solo por su seudónimo; las pruebas se entregan tal como se recibieron y pueden contener nombres o números: elija la designación sensible cuando sea así.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Choose an empty folder for the production</source>
        <translation>Elija una carpeta vacía para la entrega</translation>
    </message>
    <message>
        <source>Choose a folder for the production.</source>
        <translation>Elija una carpeta para la entrega.</translation>
    </message>
    <message>
        <source>Choose a new folder, or an empty one: a production never mixes with other files.</source>
        <translation>Elija una carpeta nueva o vacía: una entrega nunca se mezcla con otros archivos.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportDialog</name>
    <message>
        <source>&amp;Whose records:</source>
        <translation>&amp;De quién son los registros:</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>the file as received, e.g. a carrier's call detail records</source>
        <translation>el archivo tal como se recibió, p. ej. los registros de llamadas de un operador</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Case zone (assumed) — %1</source>
        <translation>Zona del caso (supuesta) — %1</translation>
    </message>
    <message>
        <source>Choose the zone the source states for its times (carriers often use UTC). If the source does not say, keep the case zone: every record is then marked “zone assumed”. Times that carry their own zone keep it.</source>
        <translation>Elija la zona que la fuente indica para sus horas (los operadores suelen usar UTC). Si la fuente no lo dice, deje la zona del caso: cada registro quedará marcado como «zona supuesta». Las horas que llevan su propia zona la conservan.</translation>
    </message>
    <message>
        <source>Two-letter country code for phone numbers written without a country code.</source>
        <translation>Código de país de dos letras para los números escritos sin prefijo de país.</translation>
    </message>
    <message>
        <source>the phone number or id these records belong to</source>
        <translation>el número o id al que pertenecen estos registros</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Time basis:</source>
        <translation>&amp;Base horaria:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Región telefónica:</translation>
    </message>
    <message>
        <source>&amp;Exhibit title:</source>
        <translation>&amp;Título de la prueba:</translation>
    </message>
    <message>
        <source>The file is stored inside the encrypted case exactly as received, with its SHA-256. Rows that cannot be read are listed in a report kept in the case (row and field, never the value); the rest are imported.</source>
        <translation>El archivo se guarda dentro del caso cifrado tal como se recibió, con su SHA-256. Las filas que no se pueden leer se anotan en un informe dentro del caso (fila y campo, nunca el valor); el resto se importa.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <source>This layout names the subscriber on every row.</source>
        <translation>Este formato indica el abonado en cada fila.</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que desea importar.</translation>
    </message>
    <message>
        <source>There is no file at that path.</source>
        <translation>No hay ningún archivo en esa ruta.</translation>
    </message>
    <message>
        <source>Choose a time basis from the list (a zone, UTC, or the case zone).</source>
        <translation>Elija una base horaria de la lista (una zona, UTC o la zona del caso).</translation>
    </message>
    <message>
        <source>Enter a two-letter phone region, e.g. US.</source>
        <translation>Escriba una región telefónica de dos letras, p. ej. US.</translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation>&amp;Guardar perfil…</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Orden de fecha</translation>
    </message>
    <message>
        <source>Decide per column from its values</source>
        <translation>Decidir por columna según sus valores</translation>
    </message>
    <message>
        <source>Day first (15/04/2023)</source>
        <translation>Día primero (15/04/2023)</translation>
    </message>
    <message>
        <source>Month first (04/15/2023)</source>
        <translation>Mes primero (04/15/2023)</translation>
    </message>
    <message>
        <source>Year first (2023-04-15)</source>
        <translation>Año primero (2023-04-15)</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Orden de fecha:</translation>
    </message>
    <message>
        <source>Preview of the first rows as they will be read</source>
        <translation>Vista previa de las primeras filas tal como se leerán</translation>
    </message>
    <message>
        <source>Save the profile, the column fields, the date order, the time basis and the region as a profile file for the next return in the same layout (tessera-cli import --profile-file).</source>
        <translation>Guardar el perfil, los campos de las columnas, el orden de fecha, la base horaria y la región como archivo de perfil para la próxima respuesta con el mismo formato (tessera-cli import --profile-file).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — the first rows as they will be read; the first line under the column names says which field each column fills, the second what its values are</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; — las primeras filas tal como se leerán; la primera línea bajo los nombres de columna indica qué campo llena cada columna y la segunda qué valores tiene</translation>
    </message>
    <message>
        <source>Records (*.csv *.tsv *.txt *.ofx *.qfx *.jsonl *.vcf *.ics *.eml *.gpx);;All files (*)</source>
        <translation>Registros (*.csv *.tsv *.txt *.ofx *.qfx *.jsonl *.vcf *.ics *.eml *.gpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>date, day first</source>
        <translation>fecha, día primero</translation>
    </message>
    <message>
        <source>date, month first</source>
        <translation>fecha, mes primero</translation>
    </message>
    <message>
        <source>date, year first</source>
        <translation>fecha, año primero</translation>
    </message>
    <message>
        <source>date — day or month first?</source>
        <translation>fecha — ¿día o mes primero?</translation>
    </message>
    <message>
        <source>amount, decimal comma</source>
        <translation>importe, coma decimal</translation>
    </message>
    <message>
        <source>amount, decimal point</source>
        <translation>importe, punto decimal</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>hora del día</translation>
    </message>
    <message>
        <source>number (kept as text)</source>
        <translation>número (se guarda como texto)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation>Elija un archivo para ver cómo se leerá.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Field filled by column %1</source>
        <translation>Campo que llena la columna %1</translation>
    </message>
    <message>
        <source>— (kept in the original fields)</source>
        <translation>— (se guarda en los campos originales)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by “%2”, %3.</source>
        <translation>Leído como %1, columnas separadas por «%2», %3.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>first row is the header</source>
        <translation>la primera fila es el encabezado</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message>
        <source>This profile has a fixed layout; the fields cannot be changed.</source>
        <translation>Este perfil tiene un formato fijo; los campos no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Save the import profile as</source>
        <translation>Guardar el perfil de importación como</translation>
    </message>
    <message>
        <source>Tessera import profiles (*.json)</source>
        <translation>Perfiles de importación de Tessera (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>No se pudo guardar el perfil en %1.</translation>
    </message>
    <message>
        <source>Profile saved as %1.</source>
        <translation>Perfil guardado como %1.</translation>
    </message>
    <message>
        <source>The file cannot be read with this profile: %1</source>
        <translation>El archivo no se puede leer con este perfil: %1</translation>
    </message>
    <message>
        <source>Column “%1”: its dates could be day first or month first. Choose the date order.</source>
        <translation>Columna «%1»: sus fechas podrían tener el día o el mes primero. Elija el orden de fecha.</translation>
    </message>
    <message>
        <source>(not a return of legal process)</source>
        <translation>(no es respuesta a un requerimiento legal)</translation>
    </message>
    <message>
        <source>Records outside the process's identifiers or time window are kept but quarantined: left out of analysis and listed for the prosecutor.</source>
        <translation>Los registros fuera de los identificadores o del periodo del requerimiento se conservan en cuarentena: quedan fuera del análisis y se listan para la fiscalía.</translation>
    </message>
    <message>
        <source>Return &amp;of:</source>
        <translation>Respuesta &amp;a:</translation>
    </message>
    <message>
        <source>(not a person's own device or data)</source>
        <translation>(no es un dispositivo ni datos propios de una persona)</translation>
    </message>
    <message>
        <source>The file comes from this person's own phone, account or records (an extraction, their contacts, calendar, mail, location log). For a person who was trafficked, their device-extraction choice is asked first, and only the dates and apps they agreed to are imported. A provider's return about a number is legal process, not this.</source>
        <translation>El archivo procede del propio teléfono, cuenta o registros de esta persona (una extracción, sus contactos, calendario, correo, historial de ubicación). A una persona víctima de trata se le pregunta primero su decisión sobre la extracción del dispositivo, y solo se importan las fechas y aplicaciones que aceptó. La respuesta de un proveedor sobre un número es un requerimiento legal, no esto.</translation>
    </message>
    <message>
        <source>From the &amp;device of:</source>
        <translation>Del &amp;dispositivo de:</translation>
    </message>
    <message>
        <source>%1 is not a phone region Tessera knows; enter a two-letter country code, e.g. US, GB or SN.</source>
        <translation>%1 no es una región telefónica que Tessera conozca; escriba un código de país de dos letras, p. ej. US, GB o SN.</translation>
    </message>
    <message>
        <source>identifier (kept as text)</source>
        <translation>identificador (se guarda como texto)</translation>
    </message>
</context>
<context>
    <name>tessera::InterfaceLanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time Tessera starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Tessera.</translation>
    </message>
</context>
<context>
    <name>tessera::InterviewModeDialog</name>
    <message>
        <source>Ask about the &amp;interview…</source>
        <translation>Preguntar por la &amp;entrevista…</translation>
    </message>
    <message>
        <source>Interview mode — %1</source>
        <translation>Modo entrevista — %1</translation>
    </message>
    <message>
        <source>Ask about this; it blocks nothing</source>
        <translation>Pregunte por esto; no bloquea nada</translation>
    </message>
    <message>
        <source>Who is in the room</source>
        <translation>Quién está en la sala</translation>
    </message>
    <message>
        <source>agent, prosecutor or forensic interviewer</source>
        <translation>agente, fiscal o entrevistador forense</translation>
    </message>
    <message>
        <source>one person; every note is discoverable</source>
        <translation>una sola persona; toda nota puede entregarse a la defensa</translation>
    </message>
    <message>
        <source>leave empty when none is needed</source>
        <translation>déjelo vacío si no hace falta</translation>
    </message>
    <message>
        <source>leave empty when no advocate is present</source>
        <translation>déjelo vacío si no hay persona de apoyo presente</translation>
    </message>
    <message>
        <source>&amp;Leads the interview:</source>
        <translation>&amp;Dirige la entrevista:</translation>
    </message>
    <message>
        <source>Designated &amp;note-taker:</source>
        <translation>&amp;Encargado de las notas:</translation>
    </message>
    <message>
        <source>I&amp;nterpreter:</source>
        <translation>I&amp;ntérprete:</translation>
    </message>
    <message>
        <source>The interpreter has no ties to the person who exploited them — here or in their home country.</source>
        <translation>El intérprete no tiene vínculos con quien explotó a la persona, ni aquí ni en su país de origen.</translation>
    </message>
    <message>
        <source>The interpreter has no ties to the person or to the case, and is not another victim or a family member.</source>
        <translation>El intérprete no tiene vínculos con la persona ni con el caso, y no es otra víctima ni un familiar.</translation>
    </message>
    <message>
        <source>The interpreter was briefed beforehand and will keep what is said confidential.</source>
        <translation>El intérprete recibió instrucciones previas y mantendrá la confidencialidad de lo que se diga.</translation>
    </message>
    <message>
        <source>The person was asked whether they prefer an interpreter of a particular gender, or by phone.</source>
        <translation>Se preguntó a la persona si prefiere un intérprete de un género concreto, o por teléfono.</translation>
    </message>
    <message>
        <source>Neutrality:</source>
        <translation>Neutralidad:</translation>
    </message>
    <message>
        <source>&amp;Advocate present:</source>
        <translation>&amp;Persona de apoyo presente:</translation>
    </message>
    <message>
        <source>Urgent needs come first: food, medical care, sleep, a safe place. An in-depth interview waits until the person is stable and feels safe.</source>
        <translation>Primero las necesidades urgentes: comida, atención médica, descanso, un lugar seguro. La entrevista a fondo espera hasta que la persona esté estable y se sienta segura.</translation>
    </message>
    <message>
        <source>An early short interview only for facts needed for an urgent warrant before evidence disappears.</source>
        <translation>Una entrevista breve temprana solo para los datos necesarios para una orden urgente antes de que desaparezcan pruebas.</translation>
    </message>
    <message>
        <source>Prior reports read; first responders spoken to; histories checked.</source>
        <translation>Informes previos leídos; se habló con los primeros intervinientes; antecedentes revisados.</translation>
    </message>
    <message>
        <source>A neutral, comfortable place — not a police station or an immigration office where possible.</source>
        <translation>Un lugar neutral y cómodo; en lo posible, no una comisaría ni una oficina de inmigración.</translation>
    </message>
    <message>
        <source>For a minor: a trained forensic interviewer at a Child Advocacy Center, recorded, the team watching from another room, so the child tells it once.</source>
        <translation>Para un menor: un entrevistador forense capacitado en un Child Advocacy Center, con grabación y el equipo observando desde otra sala, para que el niño o la niña lo cuente una sola vez.</translation>
    </message>
    <message>
        <source>Who leads and who is the single note-taker is decided.</source>
        <translation>Está decidido quién dirige y quién es el único encargado de las notas.</translation>
    </message>
    <message>
        <source>Everyone introduces themselves and their role.</source>
        <translation>Cada persona se presenta y explica su función.</translation>
    </message>
    <message>
        <source>Explain what happens with the information: it cannot be kept from the prosecutor.</source>
        <translation>Explique qué pasa con la información: no se le puede ocultar a la fiscalía.</translation>
    </message>
    <message>
        <source>Promise nothing you cannot guarantee — especially immigration benefits or outcomes.</source>
        <translation>No prometa nada que no pueda garantizar, sobre todo beneficios migratorios o resultados.</translation>
    </message>
    <message>
        <source>They control breaks, water, where to sit, and when to stop.</source>
        <translation>La persona decide las pausas, el agua, dónde sentarse y cuándo parar.</translation>
    </message>
    <message>
        <source>Plain clothes; no visible weapons or badges where practical.</source>
        <translation>Ropa de civil; sin armas ni placas visibles en lo posible.</translation>
    </message>
    <message>
        <source>Start by asking whether they are comfortable; “don't guess” and “it's fine to say you don't know”.</source>
        <translation>Empiece preguntando si está cómoda; «no adivine» y «está bien decir que no lo sabe».</translation>
    </message>
    <message>
        <source>Conversational, open-ended questions; no rapid-fire or yes/no questioning.</source>
        <translation>Preguntas abiertas, en tono de conversación; nada de preguntas en ráfaga ni de sí/no.</translation>
    </message>
    <message>
        <source>Let them start where they choose; no “why” questions, no “explain to me”, no demand for strict order.</source>
        <translation>Deje que empiece por donde quiera; sin preguntas de «por qué», sin «explíqueme», sin exigir un orden estricto.</translation>
    </message>
    <message>
        <source>It can be easier to describe what happened to others first.</source>
        <translation>Puede ser más fácil describir primero lo que les pasó a otras personas.</translation>
    </message>
    <message>
        <source>Denial, fear, anger, rehearsed answers or loyalty to the trafficker reflect control, not deceit.</source>
        <translation>La negación, el miedo, la ira, las respuestas ensayadas o la lealtad al tratante reflejan control, no engaño.</translation>
    </message>
    <message>
        <source>Fragmented memory and later additions are normal after trauma.</source>
        <translation>La memoria fragmentada y los detalles añadidos después son normales tras un trauma.</translation>
    </message>
    <message>
        <source>Sensory prompts (what did you see, hear, smell) can help.</source>
        <translation>Las preguntas sensoriales (qué vio, oyó, olió) pueden ayudar.</translation>
    </message>
    <message>
        <source>Do not ask “Are you a trafficking victim?” — ask about work, money, freedom to leave, threats.</source>
        <translation>No pregunte «¿Es usted víctima de trata?»; pregunte por el trabajo, el dinero, la libertad de irse, las amenazas.</translation>
    </message>
    <message>
        <source>Record their exact words, thoughts and feelings.</source>
        <translation>Anote sus palabras exactas, sus pensamientos y sentimientos.</translation>
    </message>
    <message>
        <source>Close with next steps and a contact plan they choose (safe channel, safe times).</source>
        <translation>Cierre con los próximos pasos y un plan de contacto que la persona elija (canal seguro, horarios seguros).</translation>
    </message>
    <message>
        <source>Offer referrals — legal, social, mental health; an immigration attorney where status is uncertain.</source>
        <translation>Ofrezca derivaciones: legales, sociales, de salud mental; un abogado de inmigración si su situación migratoria es incierta.</translation>
    </message>
    <message>
        <source>Keep interviews to the minimum needed: every retelling is hard.</source>
        <translation>Limite las entrevistas al mínimo necesario: cada relato es difícil.</translation>
    </message>
    <message>
        <source>Keep the door open; people often return several times before they are ready.</source>
        <translation>Deje la puerta abierta; a menudo las personas vuelven varias veces antes de estar listas.</translation>
    </message>
    <message>
        <source>Tell them how they will be kept informed about the investigation.</source>
        <translation>Explíquele cómo se le mantendrá informada sobre la investigación.</translation>
    </message>
    <message>
        <source>Interview phases</source>
        <translation>Fases de la entrevista</translation>
    </message>
    <message>
        <source>1 · Before</source>
        <translation>1 · Antes</translation>
    </message>
    <message>
        <source>2 · Opening</source>
        <translation>2 · Apertura</translation>
    </message>
    <message>
        <source>3 · During</source>
        <translation>3 · Durante</translation>
    </message>
    <message>
        <source>4 · Closing</source>
        <translation>4 · Cierre</translation>
    </message>
    <message>
        <source>&amp;Record the interview</source>
        <translation>&amp;Registrar la entrevista</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Prompts for this phase</source>
        <translation>Indicaciones para esta fase</translation>
    </message>
    <message>
        <source>Tick each prompt as you go; they are kept with the interview record.</source>
        <translation>Marque cada indicación a medida que avance; se guardan con el registro de la entrevista.</translation>
    </message>
    <message>
        <source>%1's interview choice is “%2”. Nothing is recorded until they agree; declining never blocks the work on the offender. Instead: %3</source>
        <translation>La decisión de %1 sobre la entrevista es «%2». No se registra nada hasta que acepte; no aceptar nunca detiene el trabajo sobre el autor. En su lugar: %3</translation>
    </message>
    <message>
        <source>%1 has not been asked about an interview yet. Ask first, and explain what the catalogue lists.</source>
        <translation>Aún no se ha preguntado a %1 por una entrevista. Pregunte primero y explique lo que indica el catálogo.</translation>
    </message>
    <message>
        <source>This would be %1's first interview. They agreed to be interviewed; they can stop at any time.</source>
        <translation>Esta sería la primera entrevista de %1. Aceptó ser entrevistada; puede parar en cualquier momento.</translation>
    </message>
    <message>
        <source>Interviews so far: %1</source>
        <translation>Entrevistas hasta ahora: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>aún no se ha preguntado</translation>
    </message>
    <message>
        <source>The interview choice must be agreed before an interview is recorded.</source>
        <translation>La persona debe aceptar la entrevista antes de registrarla.</translation>
    </message>
    <message>
        <source>Say who leads the interview.</source>
        <translation>Indique quién dirige la entrevista.</translation>
    </message>
    <message>
        <source>Name the one designated note-taker.</source>
        <translation>Indique el único encargado de las notas.</translation>
    </message>
    <message>
        <source>Confirm each neutrality question for the interpreter (or reschedule with another).</source>
        <translation>Confirme cada punto de neutralidad del intérprete (o reprograme con otro).</translation>
    </message>
</context>
<context>
    <name>tessera::LeadsPanel</name>
    <message>
        <source>Leads</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New lead from gap…</source>
        <translation>Nueva pista desde un vacío…</translation>
    </message>
    <message>
        <source>Close lead…</source>
        <translation>Cerrar pista…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Lead %1 (%2): %3</source>
        <translation>Pista %1 (%2): %3</translation>
    </message>
    <message>
        <source>Would prove element %1 of charge %2.</source>
        <translation>Probaría el elemento %1 del cargo %2.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (exhibits %2)</source>
        <translation>%1 (pruebas %2)</translation>
    </message>
</context>
<context>
    <name>tessera::LegalProcessDialog</name>
    <message>
        <source>Add legal process</source>
        <translation>Añadir requerimiento legal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Identifiers in scope</source>
        <translation>Identificadores incluidos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Served on (provider):</source>
        <translation>Notificado a (proveedor):</translation>
    </message>
    <message>
        <source>Date served:</source>
        <translation>Fecha de notificación:</translation>
    </message>
    <message>
        <source>Return due:</source>
        <translation>Respuesta prevista:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Scope — identifiers:</source>
        <translation>Alcance — identificadores:</translation>
    </message>
    <message>
        <source>Scope — first day:</source>
        <translation>Alcance — primer día:</translation>
    </message>
    <message>
        <source>Scope — last day:</source>
        <translation>Alcance — último día:</translation>
    </message>
    <message>
        <source>For lead:</source>
        <translation>Para la pista:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name the provider it is served on.</source>
        <translation>Indique el proveedor al que se notifica.</translation>
    </message>
    <message>
        <source>A delayed-notice order needs the date it ends.</source>
        <translation>Una orden de notificación diferida necesita su fecha de fin.</translation>
    </message>
    <message>
        <source>Preserved until %1: 90 days from service (18 U.S.C. 2703(f)(2)); renewable once.</source>
        <translation>Conservado hasta el %1: 90 días desde la notificación (18 U.S.C. 2703(f)(2)); renovable una vez.</translation>
    </message>
</context>
<context>
    <name>tessera::LinkEventDialog</name>
    <message>
        <source>Link an event to an element</source>
        <translation>Vincular un hecho con un elemento</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Charge %1: %2 — %3</source>
        <translation>Cargo %1: %2 — %3</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Events, in time order</source>
        <translation>Hechos, en orden temporal</translation>
    </message>
    <message>
        <source>Event %1 · %2 (%3) · %4 · %5</source>
        <translation>Hecho %1 · %2 (%3) · %4 · %5</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>&amp;Charge:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Elemento:</translation>
    </message>
    <message>
        <source>E&amp;vent that proves it:</source>
        <translation>&amp;Hecho que lo prueba:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>Add a charge first.</source>
        <translation>Añada primero un cargo.</translation>
    </message>
    <message>
        <source>There are no events yet: record an event first (tessera-cli event add, or promote records).</source>
        <translation>Aún no hay hechos: registre primero un hecho (tessera-cli event add, o convierta registros).</translation>
    </message>
    <message>
        <source>Choose the event that proves this element.</source>
        <translation>Elija el hecho que prueba este elemento.</translation>
    </message>
</context>
<context>
    <name>tessera::LockScreen</name>
    <message>
        <source>The case is locked</source>
        <translation>El caso está bloqueado</translation>
    </message>
    <message>
        <source>Its key was wiped from memory and the case file was closed. Text you were typing was kept, encrypted inside the case, and is offered back when you unlock.</source>
        <translation>Su clave se borró de la memoria y el archivo del caso se cerró. El texto que estaba escribiendo se guardó, cifrado dentro del caso, y se le ofrecerá de nuevo al desbloquear.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the case</source>
        <translation>Desbloquear el caso</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Close the case instead of unlocking it</source>
        <translation>Cerrar el caso en lugar de desbloquearlo</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Tessera locked it after %1 without activity.</source>
        <translation>Tessera lo bloqueó tras %1 sin actividad.</translation>
    </message>
    <message>
        <source>Tessera locked it because the screen was locked.</source>
        <translation>Tessera lo bloqueó porque se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>You locked it (Case → Lock case, Ctrl+L).</source>
        <translation>Lo bloqueó usted (Caso → Bloquear caso, Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>Create a new encrypted case file</source>
        <translation>Crear un nuevo archivo de caso cifrado</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Abrir caso…</translation>
    </message>
    <message>
        <source>Open an existing case file</source>
        <translation>Abrir un archivo de caso existente</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <source>Close the case: its key is wiped from memory</source>
        <translation>Cerrar el caso: su clave se borra de la memoria</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Replace the case passphrase; the old one stops working</source>
        <translation>Sustituir la frase de contraseña del caso; la anterior deja de funcionar</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Importar registros…</translation>
    </message>
    <message>
        <source>Import a warrant or subpoena return (call detail records) as a new exhibit</source>
        <translation>Importar la respuesta a una orden o citación (registros de llamadas) como nueva prueba</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <source>Add a person to the case (people who were trafficked get a pseudonym)</source>
        <translation>Añadir una persona al caso (las personas víctimas de trata reciben un seudónimo)</translation>
    </message>
    <message>
        <source>Add i&amp;dentifier…</source>
        <translation>Añadir i&amp;dentificador…</translation>
    </message>
    <message>
        <source>Attribute a phone number, handle or other identifier to a person</source>
        <translation>Atribuir un número, alias u otro identificador a una persona</translation>
    </message>
    <message>
        <source>Show &amp;everyone</source>
        <translation>Mostrar a &amp;todos</translation>
    </message>
    <message>
        <source>Show the whole case's timeline</source>
        <translation>Mostrar la cronología de todo el caso</translation>
    </message>
    <message>
        <source>&amp;Export discovery production…</source>
        <translation>&amp;Exportar entrega de pruebas…</translation>
    </message>
    <message>
        <source>Write a Bates-numbered, sealed discovery production for the prosecutor</source>
        <translation>Escribir para la fiscalía una entrega de pruebas sellada y con números Bates</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the case and quit Tessera</source>
        <translation>Cerrar el caso y salir de Tessera</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;Acerca de Tessera</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;People panel</source>
        <translation>Panel de &amp;personas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>No hay ningún archivo de caso en %1.</translation>
    </message>
    <message>
        <source>open the case</source>
        <translation>abrir el caso</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>A file already exists at %1. Tessera never overwrites a file; choose another name.</source>
        <translation>Ya existe un archivo en %1. Tessera nunca sobrescribe un archivo; elija otro nombre.</translation>
    </message>
    <message>
        <source>create the case</source>
        <translation>crear el caso</translation>
    </message>
    <message>
        <source>read the case</source>
        <translation>leer el caso</translation>
    </message>
    <message>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ningún caso abierto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>1 exhibit</source>
        <translation>1 prueba</translation>
    </message>
    <message>
        <source>%1 exhibits</source>
        <translation>%1 pruebas</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>Timeline of everyone: %1, in time order</source>
        <translation>Cronología de todos: %1, en orden temporal</translation>
    </message>
    <message>
        <source>Timeline of %1: %2 — records carrying their identifiers and events naming them</source>
        <translation>Cronología de %1: %2 — registros con sus identificadores y hechos que los nombran</translation>
    </message>
    <message>
        <source>show this timeline</source>
        <translation>mostrar esta cronología</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>Se canceló la importación. No se guardó nada.</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>importar %1</translation>
    </message>
    <message>
        <source>%1 is now exhibit %2.</source>
        <translation>%1 es ahora la prueba %2.</translation>
    </message>
    <message>
        <source>Records imported: %1</source>
        <translation>Registros importados: %1</translation>
    </message>
    <message>
        <source>Kept with a flag to check: %1</source>
        <translation>Conservados con una marca para revisar: %1</translation>
    </message>
    <message>
        <source>Rows that could not be read: %1</source>
        <translation>Filas que no se pudieron leer: %1</translation>
    </message>
    <message>
        <source> (listed by row and field in the case's reject report)</source>
        <translation> (anotadas por fila y campo en el informe de rechazos del caso)</translation>
    </message>
    <message>
        <source>Time basis: %1, as stated.</source>
        <translation>Base horaria: %1, según la fuente.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the details.</source>
        <translation><numerusform>%n aviso: vea los detalles.</numerusform><numerusform>%n avisos: vea los detalles.</numerusform></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Added %1. Their identity is protected: they appear by this pseudonym.</source>
        <translation>Se añadió a %1. Su identidad está protegida: aparece con este seudónimo.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió a %1.</translation>
    </message>
    <message>
        <source>add the person</source>
        <translation>añadir la persona</translation>
    </message>
    <message>
        <source>Identifier added to %1; %2 record(s) already in the case link to them.</source>
        <translation>Identificador añadido a %1; %2 registro(s) del caso se vinculan a esa persona.</translation>
    </message>
    <message>
        <source>add the identifier</source>
        <translation>añadir el identificador</translation>
    </message>
    <message>
        <source>write the production</source>
        <translation>escribir la entrega</translation>
    </message>
    <message>
        <source>Production %1 is written to %2.</source>
        <translation>La entrega %1 está escrita en %2.</translation>
    </message>
    <message>
        <source>Bates numbers: %1 to %2</source>
        <translation>Números Bates: %1 a %2</translation>
    </message>
    <message>
        <source>Report pages: %1; files: %2</source>
        <translation>Páginas del informe: %1; archivos: %2</translation>
    </message>
    <message>
        <source>Integrity seal fingerprint:</source>
        <translation>Huella del sello de integridad:</translation>
    </message>
    <message>
        <source>Give the prosecutor this fingerprint by a separate channel (for example by phone) so they can check the seal with “tessera-cli verify-packet --expect-key”.</source>
        <translation>Comunique esta huella a la fiscalía por otro canal (por ejemplo, por teléfono) para que pueda comprobar el sello con «tessera-cli verify-packet --expect-key».</translation>
    </message>
    <message>
        <source>Production written</source>
        <translation>Entrega escrita</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Tessera cases (*.tessera);;All files (*)</source>
        <translation>Casos de Tessera (*.tessera);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The current passphrase did not match. Nothing was changed; please try again.</source>
        <translation>La frase actual no coincide. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>The passphrase was changed and checked by reading the case file back. Use the new one from now on; the old one no longer opens this case.</source>
        <translation>La frase se cambió y se comprobó releyendo el archivo del caso. Use la nueva a partir de ahora; la anterior ya no abre este caso.</translation>
    </message>
    <message>
        <source>list the people</source>
        <translation>listar a las personas</translation>
    </message>
    <message>
        <source>Add identifier</source>
        <translation>Añadir identificador</translation>
    </message>
    <message>
        <source>Add a person first; then attribute identifiers to them.</source>
        <translation>Añada primero una persona; después atribúyale identificadores.</translation>
    </message>
    <message>
        <source>%1-production</source>
        <translation>%1-entrega</translation>
    </message>
    <message>
        <source>%1-production-%2</source>
        <translation>%1-entrega-%2</translation>
    </message>
    <message>
        <source>Tessera %1

An offline, encrypted workstation for human-trafficking investigations: build the case around the offender's pattern with records that do not depend on the person who was trafficked, and hand the prosecutor a sealed, Bates-numbered production.</source>
        <translation>Tessera %1

Una estación de trabajo cifrada y sin conexión para investigaciones de trata de personas: construya el caso en torno al patrón del autor con registros que no dependen de la persona víctima de trata, y entregue a la fiscalía una entrega sellada y con números Bates.</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Restore one of the case's encrypted backups as a new case file</source>
        <translation>Restaurar una de las copias de seguridad cifradas del caso como un nuevo archivo de caso</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>The case's tamper-evident audit log, read-only, and whether its chain holds</source>
        <translation>El registro de auditoría del caso, a prueba de manipulaciones, de solo lectura, y si su cadena es válida</translation>
    </message>
    <message>
        <source>&amp;Promote selected records to an event…</source>
        <translation>&amp;Convertir los registros elegidos en un hecho…</translation>
    </message>
    <message>
        <source>Record an event supported by the records chosen in the timeline</source>
        <translation>Registrar un hecho respaldado por los registros elegidos en la cronología</translation>
    </message>
    <message>
        <source>Events proposed by &amp;rules…</source>
        <translation>Hechos propuestos por las &amp;reglas…</translation>
    </message>
    <message>
        <source>Events the promotion rules propose from the records, to accept or leave</source>
        <translation>Hechos que las reglas de conversión proponen a partir de los registros, para aceptar o dejar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Trabajo del caso</translation>
    </message>
    <message>
        <source>Proof board</source>
        <translation>Tablero de pruebas</translation>
    </message>
    <message>
        <source>Proof &amp;board</source>
        <translation>&amp;Tablero de pruebas</translation>
    </message>
    <message>
        <source>Charges × elements: how each element is proven, and the victim burden</source>
        <translation>Cargos × elementos: cómo se prueba cada elemento y la carga sobre la víctima</translation>
    </message>
    <message>
        <source>Timeline &amp;chart</source>
        <translation>&amp;Gráfico de la cronología</translation>
    </message>
    <message>
        <source>The case is open, but no backup could be taken (is the disk full?).</source>
        <translation>El caso está abierto, pero no se pudo hacer una copia de seguridad (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>find the evidence in the timeline</source>
        <translation>buscar la evidencia en la cronología</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected in the timeline.</source>
        <translation><numerusform>%n elemento seleccionado en la cronología.</numerusform><numerusform>%n elementos seleccionados en la cronología.</numerusform></translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <source>Others involved: %1</source>
        <translation>Otras personas implicadas: %1</translation>
    </message>
    <message>
        <source>read the selected records</source>
        <translation>leer los registros elegidos</translation>
    </message>
    <message>
        <source>apply the promotion rules</source>
        <translation>aplicar las reglas de conversión</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded from the rules' proposals.</source>
        <translation><numerusform>%n hecho registrado a partir de las propuestas de las reglas.</numerusform><numerusform>%n hechos registrados a partir de las propuestas de las reglas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>record %n proposed event(s)</source>
        <translation><numerusform>registrar %n hecho propuesto</numerusform><numerusform>registrar %n hechos propuestos</numerusform></translation>
    </message>
    <message>
        <source>change the events</source>
        <translation>cambiar los hechos</translation>
    </message>
    <message>
        <source>record the proposed event</source>
        <translation>registrar el hecho propuesto</translation>
    </message>
    <message>
        <source>promote the records</source>
        <translation>convertir los registros</translation>
    </message>
    <message>
        <source>Outside the legal process's scope, kept but quarantined (left out of the timeline and the proof board, listed for the prosecutor): %1</source>
        <translation>Fuera del alcance del requerimiento legal; se conserva en cuarentena (fuera de la cronología y del tablero de pruebas, listado para la fiscalía): %1</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 a %3</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Backups open with the case's current passphrase; nothing was written. Please try again.</source>
        <translation>Esa frase de contraseña no abre la copia de seguridad. Las copias se abren con la frase de contraseña actual del caso; no se escribió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <translation>restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored as a new case file and opened once to check it:
%1
The case you have open is unchanged. Open the restored file with Case → Open case.</source>
        <translation>La copia de seguridad se restauró como un nuevo archivo de caso y se abrió una vez para comprobarla:
%1
El caso que tiene abierto no cambió. Abra el archivo restaurado con Caso → Abrir caso.</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>I&amp;nformes…</translation>
    </message>
    <message>
        <source>Write, sign and review the investigator's reports; every signed version is kept</source>
        <translation>Escribir, firmar y revisar los informes del investigador; se conserva cada versión firmada</translation>
    </message>
    <message>
        <source>open the reports</source>
        <translation>abrir los informes</translation>
    </message>
    <message>
        <source>Nothing was imported: %1's device-extraction choice is %2. Declining never blocks the work on the offender.</source>
        <translation>No se importó nada: la decisión de %1 sobre la extracción del dispositivo es %2. No aceptar nunca detiene el trabajo sobre el autor.</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>En su lugar:</translation>
    </message>
    <message>
        <source>Outside the dates and apps the person agreed to, not created: %1</source>
        <translation>Fuera de las fechas y aplicaciones que la persona aceptó; no se crearon: %1</translation>
    </message>
    <message>
        <source>&amp;Lock case</source>
        <translation>&amp;Bloquear caso</translation>
    </message>
    <message>
        <source>Lock the case now: its key is wiped and its file closed until the passphrase is entered again</source>
        <translation>Bloquear el caso ahora: su clave se borra y su archivo se cierra hasta que se vuelva a escribir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Settings of Tessera on this computer: when the case locks</source>
        <translation>Ajustes de Tessera en este equipo: cuándo se bloquea el caso</translation>
    </message>
    <message>
        <source>The text you were typing could not be kept in the case (is the disk full?).</source>
        <translation>El texto que estaba escribiendo no se pudo guardar en el caso (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>Tessera — locked</source>
        <translation>Tessera — bloqueado</translation>
    </message>
    <message>
        <source>That passphrase did not open the case. Nothing was changed; please try again.</source>
        <translation>Esa frase de contraseña no abrió el caso. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>unlock the case</source>
        <translation>desbloquear el caso</translation>
    </message>
    <message>
        <source>put the kept text back</source>
        <translation>restablecer el texto guardado</translation>
    </message>
    <message>
        <source>list the drafts</source>
        <translation>listar los borradores</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>from the file (the times' own offsets or zone column)</source>
        <translation>del archivo (los desfases propios de las horas o su columna de zona)</translation>
    </message>
    <message>
        <source>as you stated it</source>
        <translation>según lo indicó usted</translation>
    </message>
    <message>
        <source>as the layout states it</source>
        <translation>según lo indica el formato</translation>
    </message>
    <message>
        <source>assumed: the source did not state it, so these records are marked “zone assumed”</source>
        <translation>supuesta: la fuente no la indicó, así que estos registros quedan marcados como «zona supuesta»</translation>
    </message>
    <message>
        <source>Time basis: %1, assumed.</source>
        <translation>Base horaria: %1, supuesta.</translation>
    </message>
    <message>
        <source>Time basis: %1, %2.</source>
        <translation>Base horaria: %1, %2.</translation>
    </message>
    <message>
        <source>%1 records: %2, %3</source>
        <translation>%1 registros: %2, %3</translation>
    </message>
    <message>
        <source>Time basis:</source>
        <translation>Base horaria:</translation>
    </message>
    <message>
        <source>Tessera could not restart itself to clear case data from its memory: quit Tessera before you leave the computer.</source>
        <translation>Tessera no pudo reiniciarse para borrar de su memoria los datos del caso: cierre Tessera antes de dejar el equipo.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>&amp;Drafts kept when the case locked or closed…</source>
        <translation>&amp;Borradores guardados al bloquearse o cerrarse el caso…</translation>
    </message>
    <message>
        <source>Text that was being typed when the case locked or closed: read, copy or discard it</source>
        <translation>Texto que se estaba escribiendo cuando el caso se bloqueó o se cerró: léalo, cópielo o descártelo</translation>
    </message>
    <message>
        <source>Text you were typing when the case was last locked or closed was kept: open the same window again to get it back, or see Case → Drafts kept when the case locked or closed.</source>
        <translation>Se guardó el texto que estaba escribiendo la última vez que el caso se bloqueó o se cerró: abra de nuevo la misma ventana para recuperarlo, o vea Caso → Borradores guardados al bloquearse o cerrarse el caso.</translation>
    </message>
    <message>
        <source>Text you were typing when the case was last locked or closed is back in its field.</source>
        <translation>El texto que estaba escribiendo la última vez que el caso se bloqueó o se cerró ha vuelto a su campo.</translation>
    </message>
    <message>
        <source>The text you were typing could not be kept in the case (the file cannot be written). Close the case anyway and lose that text?</source>
        <translation>No se pudo guardar en el caso el texto que estaba escribiendo (no se puede escribir en el archivo). ¿Cerrar el caso de todos modos y perder ese texto?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation>%1 — solo lectura</translation>
    </message>
</context>
<context>
    <name>tessera::MediaRequestDialog</name>
    <message>
        <source>Record a media request — %1</source>
        <translation>Registrar una solicitud de medios — %1</translation>
    </message>
    <message>
        <source>A request from the press that concerns %1. They decide whether they speak or are mentioned; the agency controls its own releases. Press releases can identify people indirectly: describe the offender's conduct without identifying details.</source>
        <translation>Una solicitud de la prensa que concierne a %1. La persona decide si habla o si se la menciona; la agencia controla sus propios comunicados. Los comunicados de prensa pueden identificar a personas de forma indirecta: describa la conducta del autor sin datos identificativos.</translation>
    </message>
    <message>
        <source>newspaper, station or reporter's outlet</source>
        <translation>periódico, emisora o medio del periodista</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <source>The agency's answer</source>
        <translation>La respuesta de la agencia</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Recibida:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>Re&amp;sponse:</source>
        <translation>Res&amp;puesta:</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>Re&amp;gistrar solicitud</translation>
    </message>
</context>
<context>
    <name>tessera::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>e.g. Harbor Street investigation</source>
        <translation>p. ej. investigación Harbor Street</translation>
    </message>
    <message>
        <source>e.g. 2024-HT-0117</source>
        <translation>p. ej. 2024-HT-0117</translation>
    </message>
    <message>
        <source>Two-letter country code (ISO 3166) used for phone numbers written without a country code.</source>
        <translation>Código de país de dos letras (ISO 3166) para los números escritos sin prefijo de país.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número de caso:</translation>
    </message>
    <message>
        <source>Case &amp;file:</source>
        <translation>&amp;Archivo del caso:</translation>
    </message>
    <message>
        <source>The file name comes from the case number, never from a person's name.</source>
        <translation>El nombre del archivo sale del número de caso, nunca del nombre de una persona.</translation>
    </message>
    <message>
        <source>&amp;Display time zone:</source>
        <translation>&amp;Zona horaria de visualización:</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>&amp;Región telefónica:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>&amp;Investigator:</source>
        <translation>&amp;Investigador/a:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The case file is encrypted with this passphrase. Use at least %1 characters. Tessera cannot recover a lost passphrase: keep it safe.</source>
        <translation>El archivo del caso se cifra con esta frase. Use al menos %1 caracteres. Tessera no puede recuperar una frase perdida: guárdela en lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase:</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Crear caso</translation>
    </message>
    <message>
        <source>Save the new case as</source>
        <translation>Guardar el nuevo caso como</translation>
    </message>
    <message>
        <source>Tessera cases (*.tessera)</source>
        <translation>Casos de Tessera (*.tessera)</translation>
    </message>
    <message>
        <source>Give the case a title.</source>
        <translation>Dé un título al caso.</translation>
    </message>
    <message>
        <source>Choose where to save the case file.</source>
        <translation>Elija dónde guardar el archivo del caso.</translation>
    </message>
    <message>
        <source>A file already exists there; choose another name. Tessera never overwrites a file.</source>
        <translation>Ya existe un archivo ahí; elija otro nombre. Tessera nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>The folder for the case file does not exist.</source>
        <translation>La carpeta del archivo del caso no existe.</translation>
    </message>
    <message>
        <source>Choose a display time zone from the list.</source>
        <translation>Elija una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>Enter a two-letter phone region, e.g. US.</source>
        <translation>Escriba una región telefónica de dos letras, p. ej. US.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases aún no coinciden.</translation>
    </message>
    <message>
        <source>%1 is not a phone region Tessera knows; enter a two-letter country code, e.g. US, GB or SN.</source>
        <translation>%1 no es una región telefónica que Tessera conozca; escriba un código de país de dos letras, p. ej. US, GB o SN.</translation>
    </message>
</context>
<context>
    <name>tessera::NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nueva pista</translation>
    </message>
    <message>
        <source>Charge %1 (%2) — %3: %4</source>
        <translation>Cargo %1 (%2) — %3: %4</translation>
    </message>
    <message>
        <source>No element (a lead of its own)</source>
        <translation>Ningún elemento (pista independiente)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Gap on the proof board:</source>
        <translation>Vacío en el tablero de pruebas:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation>Añadir pista</translation>
    </message>
</context>
<context>
    <name>tessera::NotesPanel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Notes and their versions</source>
        <translation>Notas y sus versiones</translation>
    </message>
    <message>
        <source>What the note is about</source>
        <translation>De qué trata la nota</translation>
    </message>
    <message>
        <source>Write a note; it is kept, with every later version, and produced to the prosecutor.</source>
        <translation>Escriba una nota; se conserva, con cada versión posterior, y se entrega a la fiscalía.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Exhibit %1: %2</source>
        <translation>Prueba %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>v%1 (%n earlier)</source>
        <translation><numerusform>v%1 (%n anterior)</numerusform><numerusform>v%1 (%n anteriores)</numerusform></translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation>añadir la nota</translation>
    </message>
    <message>
        <source>revise the note</source>
        <translation>revisar la nota</translation>
    </message>
    <message>
        <source>Protected name in a note</source>
        <translation>Nombre protegido en una nota</translation>
    </message>
    <message>
        <source>The note names a person whose identity is protected. It is saved as written; this window and every production show their pseudonym instead. Consider using the pseudonym in the note itself.</source>
        <translation>La nota nombra a una persona cuya identidad está protegida. Se guarda tal como se escribió; esta ventana y cada entrega muestran su seudónimo en su lugar. Considere usar el seudónimo en la propia nota.</translation>
    </message>
    <message>
        <source>change the notes</source>
        <translation>cambiar las notas</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Guardar como nueva versión</translation>
    </message>
    <message>
        <source>Save the text as a new version of the selected note (earlier versions are kept)</source>
        <translation>Guardar el texto como nueva versión de la nota elegida (se conservan las versiones anteriores)</translation>
    </message>
</context>
<context>
    <name>tessera::OptionalDateEdit</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>%1 known</source>
        <translation>%1 conocida</translation>
    </message>
</context>
<context>
    <name>tessera::PassphraseDialog</name>
    <message>
        <source>Unlock case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Enter the passphrase of this case:</source>
        <translation>Escriba la frase de contraseña de este caso:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>tessera::PeoplePanel</name>
    <message>
        <source>Add &amp;person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <source>Add &amp;identifier…</source>
        <translation>Añadir &amp;identificador…</translation>
    </message>
    <message>
        <source>People; choose one to show their timeline</source>
        <translation>Personas; elija una para ver su cronología</translation>
    </message>
    <message>
        <source>People who were trafficked appear by pseudonym. Choose a person to see their timeline.</source>
        <translation>Las personas víctimas de trata aparecen por su seudónimo. Elija una persona para ver su cronología.</translation>
    </message>
    <message>
        <source>Everyone
all records and events</source>
        <translation>Todos
todos los registros y hechos</translation>
    </message>
    <message>
        <source>1 identifier</source>
        <translation>1 identificador</translation>
    </message>
    <message>
        <source>%1 identifiers</source>
        <translation>%1 identificadores</translation>
    </message>
    <message>
        <source>%1: identity protected; shown by pseudonym everywhere</source>
        <translation>%1: identidad protegida; se muestra por seudónimo en todas partes</translation>
    </message>
    <message>
        <source>&amp;Choices and interviews…</source>
        <translation>&amp;Decisiones y entrevistas…</translation>
    </message>
    <message>
        <source>The person's choices, interviews and benefits</source>
        <translation>Las decisiones, entrevistas y beneficios de la persona</translation>
    </message>
</context>
<context>
    <name>tessera::PhotographDialog</name>
    <message>
        <source>Add a photograph — %1</source>
        <translation>Añadir una fotografía — %1</translation>
    </message>
    <message>
        <source>A photograph of %1's injuries, tattoos or branding, taken with their agreement. It is stored encrypted in the case as their exhibit, titled by pseudonym. If they later withdraw, it is sealed and flagged for the prosecutor, never destroyed.</source>
        <translation>Una fotografía de las lesiones, tatuajes o marcas de %1, tomada con su consentimiento. Se guarda cifrada en el caso como su prueba, titulada con el seudónimo. Si más adelante retira su consentimiento, se sella y se señala para la fiscalía; nunca se destruye.</translation>
    </message>
    <message>
        <source>Photograph file</source>
        <translation>Archivo de la fotografía</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Tattoo</source>
        <translation>Tatuaje</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Marca (branding)</translation>
    </message>
    <message>
        <source>Other mark</source>
        <translation>Otra marca</translation>
    </message>
    <message>
        <source>Photograph (subject) of %1</source>
        <translation>Fotografía (de la persona) de %1</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Add photograph</source>
        <translation>&amp;Añadir fotografía</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.heic *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tessera::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Locking the case</source>
        <translation>Bloqueo del caso</translation>
    </message>
    <message>
        <source>Minutes without activity before the case locks</source>
        <translation>Minutos sin actividad antes de que se bloquee el caso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the case when the screen locks</source>
        <translation>Bloquear el caso cuando se bloquee la pantalla</translation>
    </message>
    <message>
        <source>A locked case has its key wiped from memory and its file closed; text being typed is kept encrypted inside the case. Ctrl+L locks at once. Agencies under the CJIS Security Policy need a lock after at most 30 minutes.</source>
        <translation>Un caso bloqueado tiene su clave borrada de la memoria y su archivo cerrado; el texto que se está escribiendo se guarda cifrado dentro del caso. Ctrl+L bloquea de inmediato. Las agencias sujetas a la CJIS Security Policy necesitan un bloqueo tras 30 minutos como máximo.</translation>
    </message>
    <message>
        <source>Lock after:</source>
        <translation>Bloquear tras:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>tessera::PromoteRecordsDialog</name>
    <message>
        <source>Promote records to an event</source>
        <translation>Convertir registros en un hecho</translation>
    </message>
    <message>
        <source>When (EDTF)</source>
        <translation>Cuándo (EDTF)</translation>
    </message>
    <message>
        <source>EDTF: 2014-03-02, 2014-03-02/2014-03-05, 2014-03~, 2014-03-02T07:13:30 (in %1)</source>
        <translation>EDTF: 2014-03-02, 2014-03-02/2014-03-05, 2014-03~, 2014-03-02T07:13:30 (en %1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City, ST (suggests the federal district)</source>
        <translation>Ciudad, estado (sugiere el distrito federal)</translation>
    </message>
    <message>
        <source>No person is attributed to these records' parties yet.</source>
        <translation>Aún no se ha atribuido ninguna persona a las partes de estos registros.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s): their exhibits will support the event.</source>
        <translation><numerusform>%n registro: su prueba respaldará el hecho.</numerusform><numerusform>%n registros: sus pruebas respaldarán el hecho.</numerusform></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>C&amp;onvertir</translation>
    </message>
    <message>
        <source>Choose one or more records in the timeline first.</source>
        <translation>Elija primero uno o más registros en la cronología.</translation>
    </message>
    <message>
        <source>Enter when it happened (EDTF).</source>
        <translation>Indique cuándo ocurrió (EDTF).</translation>
    </message>
    <message>
        <source>Enter a one-line summary.</source>
        <translation>Escriba un resumen de una línea.</translation>
    </message>
</context>
<context>
    <name>tessera::ProofBoardModel</name>
    <message>
        <source>Charge / element</source>
        <translation>Cargo / elemento</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Vacíos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>offender %1</source>
        <translation>autor %1</translation>
    </message>
    <message>
        <source>, victim %1</source>
        <translation>, víctima %1</translation>
    </message>
    <message>
        <source>Charge %1: %2 — %3 (%4)</source>
        <translation>Cargo %1: %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 of %2 required elements proven independently</source>
        <translation>%1 de %2 elementos requeridos probados de forma independiente</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n hecho</numerusform><numerusform>%n hechos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation><numerusform>%n prueba</numerusform><numerusform>%n pruebas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s): </source>
        <translation><numerusform>%n sugerencia: </numerusform><numerusform>%n sugerencias: </numerusform></translation>
    </message>
    <message>
        <source> (not counted)</source>
        <translation> (no se cuenta)</translation>
    </message>
    <message>
        <source>Element %1, %2: %3. %4. %5</source>
        <translation>Elemento %1, %2: %3. %4. %5</translation>
    </message>
    <message>
        <source>No gaps listed</source>
        <translation>Sin vacíos indicados</translation>
    </message>
    <message numerus="yes">
        <source>%n gap suggestion(s)</source>
        <translation><numerusform>%n sugerencia para vacíos</numerusform><numerusform>%n sugerencias para vacíos</numerusform></translation>
    </message>
</context>
<context>
    <name>tessera::ProofBoardView</name>
    <message>
        <source>Proof board</source>
        <translation>Tablero de pruebas</translation>
    </message>
    <message>
        <source>Add &amp;charge…</source>
        <translation>Añadir &amp;cargo…</translation>
    </message>
    <message>
        <source>Apply a statute template to an offender (and victim)</source>
        <translation>Aplicar una plantilla de ley a un autor (y a una víctima)</translation>
    </message>
    <message>
        <source>&amp;Link event…</source>
        <translation>&amp;Vincular hecho…</translation>
    </message>
    <message>
        <source>Link an event to the chosen element as proof of it</source>
        <translation>Vincular un hecho con el elemento elegido como prueba de él</translation>
    </message>
    <message>
        <source>Show in &amp;timeline</source>
        <translation>Mostrar en la c&amp;ronología</translation>
    </message>
    <message>
        <source>Select the chosen element's events in the timeline (Enter)</source>
        <translation>Seleccionar los hechos del elemento elegido en la cronología (Intro)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo the last proof-board edit</source>
        <translation>Deshacer el último cambio en el tablero de pruebas</translation>
    </message>
    <message>
        <source>Redo the proof-board edit</source>
        <translation>Rehacer el cambio en el tablero de pruebas</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Charges and their elements</source>
        <translation>Cargos y sus elementos</translation>
    </message>
    <message>
        <source>Each element shows its status in words. Press Enter to select its evidence in the timeline.</source>
        <translation>Cada elemento muestra su estado en palabras. Pulse Intro para seleccionar su evidencia en la cronología.</translation>
    </message>
    <message>
        <source>Element and charging notes</source>
        <translation>Notas del elemento y de la acusación</translation>
    </message>
    <message>
        <source>Supporting events and exhibits</source>
        <translation>Hechos y pruebas de respaldo</translation>
    </message>
    <message>
        <source>Press Enter to select the entry in the timeline.</source>
        <translation>Pulse Intro para seleccionar la entrada en la cronología.</translation>
    </message>
    <message>
        <source>What would close the gaps</source>
        <translation>Qué cerraría los vacíos</translation>
    </message>
    <message>
        <source>Supporting &amp;evidence (Enter selects it in the timeline)</source>
        <translation>&amp;Evidencia de respaldo (Intro la selecciona en la cronología)</translation>
    </message>
    <message>
        <source>What would close the &amp;gaps</source>
        <translation>Qué cerraría los &amp;vacíos</translation>
    </message>
    <message>
        <source>No case open.</source>
        <translation>No hay ningún caso abierto.</translation>
    </message>
    <message>
        <source>Event %1 · %2 · %3 · %4</source>
        <translation>Hecho %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no authentication path recorded</source>
        <translation>sin vía de autenticación registrada</translation>
    </message>
    <message>
        <source>admitted by %1</source>
        <translation>admitida por %1</translation>
    </message>
    <message>
        <source>, through the victim</source>
        <translation>, a través de la víctima</translation>
    </message>
    <message>
        <source>Exhibit %1 · %2 · %3 · %4%5</source>
        <translation>Prueba %1 · %2 · %3 · %4%5</translation>
    </message>
    <message>
        <source> · victim-sourced</source>
        <translation> · procede de la víctima</translation>
    </message>
    <message>
        <source>build the proof board</source>
        <translation>construir el tablero de pruebas</translation>
    </message>
    <message>
        <source>No charges yet. Add a charge to see, element by element, how the case is proven without resting on the victim.</source>
        <translation>Aún no hay cargos. Añada un cargo para ver, elemento por elemento, cómo se prueba el caso sin apoyarse en la víctima.</translation>
    </message>
    <message>
        <source>Victim burden: %1% — %2 of %3 required elements rest on victim-sourced evidence alone. Internal work product: never part of a discovery production.</source>
        <translation>Carga sobre la víctima: %1% — %2 de %3 elementos requeridos se apoyan solo en evidencia procedente de la víctima. Producto de trabajo interno: nunca forma parte de una entrega de pruebas.</translation>
    </message>
    <message>
        <source>Limitation: %1</source>
        <translation>Prescripción: %1</translation>
    </message>
    <message>
        <source>Earliest chargeable date: conduct on or after %1</source>
        <translation>Fecha imputable más temprana: conductas desde el %1</translation>
    </message>
    <message>
        <source>Earliest chargeable date: none (no fixed limitation period in the template)</source>
        <translation>Fecha imputable más temprana: ninguna (la plantilla no fija plazo de prescripción)</translation>
    </message>
    <message>
        <source>Venue suggestion: %1 → no district (%2)</source>
        <translation>Jurisdicción sugerida: %1 → sin distrito (%2)</translation>
    </message>
    <message>
        <source>Venue suggestion: %1 → %2 (%3)</source>
        <translation>Jurisdicción sugerida: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Venue suggestion: none yet (no event of this charge has a place).</source>
        <translation>Jurisdicción sugerida: ninguna aún (ningún hecho de este cargo tiene lugar).</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Jurisdicción territorial: %1</translation>
    </message>
    <message>
        <source>Also consider: %1</source>
        <translation>Considere también: %1</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Edad: %1</translation>
    </message>
    <message>
        <source>Choose a charge or an element.</source>
        <translation>Elija un cargo o un elemento.</translation>
    </message>
    <message>
        <source>Charge %1: %2 — %3</source>
        <translation>Cargo %1: %2 — %3</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Hecho %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Charge %1: %2</source>
        <translation>Cargo %1: %2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Prueba %1</translation>
    </message>
    <message>
        <source>supports event %1: %2</source>
        <translation>respalda el hecho %1: %2</translation>
    </message>
    <message>
        <source>Contradicting (disclose): %1</source>
        <translation>Contradictoria (revelar): %1</translation>
    </message>
    <message>
        <source>No event is linked to this element yet (Link event…).</source>
        <translation>Aún no hay ningún hecho vinculado con este elemento (Vincular hecho…).</translation>
    </message>
    <message>
        <source>No gap: proven independently.</source>
        <translation>Sin vacíos: probado de forma independiente.</translation>
    </message>
    <message>
        <source>Nothing to suggest.</source>
        <translation>Nada que sugerir.</translation>
    </message>
    <message>
        <source>find the exhibit's records</source>
        <translation>buscar los registros de la prueba</translation>
    </message>
    <message>
        <source>There is no statute template %1.</source>
        <translation>No existe la plantilla de ley %1.</translation>
    </message>
    <message>
        <source>change the charges</source>
        <translation>cambiar los cargos</translation>
    </message>
    <message>
        <source>add the charge</source>
        <translation>añadir el cargo</translation>
    </message>
    <message>
        <source>Link event</source>
        <translation>Vincular hecho</translation>
    </message>
    <message>
        <source>Event %1 is already linked to %2 of charge %3.</source>
        <translation>El hecho %1 ya está vinculado con %2 del cargo %3.</translation>
    </message>
    <message>
        <source>change the element links</source>
        <translation>cambiar los vínculos de los elementos</translation>
    </message>
    <message>
        <source>link the event</source>
        <translation>vincular el hecho</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>prepare the charge</source>
        <translation>preparar el cargo</translation>
    </message>
    <message>
        <source>list the events</source>
        <translation>listar los hechos</translation>
    </message>
    <message>
        <source>Record &amp;authentication…</source>
        <translation>Autenti&amp;car…</translation>
    </message>
    <message>
        <source>Record how the exhibit pending authentication can be admitted (certificate, notice date, custodian or officer)</source>
        <translation>Registrar cómo puede admitirse la prueba con autenticación pendiente (certificado, fecha de notificación, custodio o agente)</translation>
    </message>
    <message>
        <source>New l&amp;ead from gap…</source>
        <translation>P&amp;ista del vacío…</translation>
    </message>
    <message>
        <source>A lead that would close the chosen element's gap, in one step</source>
        <translation>Una pista que cerraría el vacío del elemento elegido, en un paso</translation>
    </message>
</context>
<context>
    <name>tessera::RecentCasesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>No hay casos recientes</translation>
    </message>
    <message>
        <source>Recent cases are not remembered</source>
        <translation>No se recuerdan los casos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>&amp;Remember recent cases</source>
        <translation>&amp;Recordar los casos recientes</translation>
    </message>
    <message>
        <source>Only file paths are remembered, on this computer. Switch off to keep no list at all.</source>
        <translation>Solo se recuerdan las rutas de los archivos, en este equipo. Desactívelo para no guardar ninguna lista.</translation>
    </message>
</context>
<context>
    <name>tessera::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed or saved</source>
        <translation>Firmado o guardado</translation>
    </message>
    <message>
        <source>Reports and their versions</source>
        <translation>Informes y sus versiones</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <source>e.g. Investigative report, Supplemental report #2</source>
        <translation>p. ej. Informe de investigación, Informe complementario n.º 2</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Write the report. The writing prompts underline words to reconsider; they are drafting help only and are never saved or produced.</source>
        <translation>Escriba el informe. Las sugerencias de redacción subrayan palabras a reconsiderar; solo ayudan a redactar y nunca se guardan ni se entregan.</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Nuevo informe</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Records you as the signer, the time and the SHA-256 of the text, and freezes this version</source>
        <translation>Registra quién firma, la hora y el SHA-256 del texto, y congela esta versión</translation>
    </message>
    <message>
        <source>&amp;Change (new version)</source>
        <translation>&amp;Cambiar (nueva versión)</translation>
    </message>
    <message>
        <source>A signed version stays as signed; your changes become the next version, a draft</source>
        <translation>Una versión firmada queda tal como se firmó; sus cambios pasan a ser la versión siguiente, un borrador</translation>
    </message>
    <message>
        <source>&amp;Undo save</source>
        <translation>&amp;Deshacer guardado</translation>
    </message>
    <message>
        <source>&amp;Redo save</source>
        <translation>&amp;Rehacer guardado</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>The text you are writing is not saved. Save it as the draft first?</source>
        <translation>El texto que está escribiendo no está guardado. ¿Guardarlo antes como borrador?</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmado por %1</translation>
    </message>
    <message>
        <source>draft by %1</source>
        <translation>borrador de %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>New report — not saved yet. Give it a title, write it, save the draft, then sign it.</source>
        <translation>Informe nuevo, aún sin guardar. Póngale un título, escríbalo, guarde el borrador y luego fírmelo.</translation>
    </message>
    <message>
        <source>Version %1 — signed by %2 on %3 (%4 UTC). SHA-256 %5. Frozen: this version can never change; it goes into every production.</source>
        <translation>Versión %1 — firmada por %2 el %3 (%4 UTC). SHA-256 %5. Congelada: esta versión no puede cambiar nunca; va en cada entrega.</translation>
    </message>
    <message>
        <source>Version %1 — draft, not signed. Last saved by %2 on %3. Saving overwrites this draft; signing freezes it.</source>
        <translation>Versión %1 — borrador sin firmar. Guardado por última vez por %2 el %3. Guardar sobrescribe este borrador; firmar lo congela.</translation>
    </message>
    <message>
        <source>Changing signed version %1: your changes become version %2, a draft, when you save. Version %1 stays as signed.</source>
        <translation>Cambiando la versión firmada %1: al guardar, sus cambios pasan a ser la versión %2, un borrador. La versión %1 queda tal como se firmó.</translation>
    </message>
    <message>
        <source>start the report</source>
        <translation>empezar el informe</translation>
    </message>
    <message>
        <source>save the report's draft</source>
        <translation>guardar el borrador del informe</translation>
    </message>
    <message>
        <source>undo or redo the save</source>
        <translation>deshacer o rehacer el guardado</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>Firmar el informe</translation>
    </message>
    <message>
        <source>Sign version %1 of “%2” as %3?

Signing records you as the signer, the time now and the SHA-256 fingerprint of this exact text, and freezes this version: it can never be changed or deleted, and it goes into every production for the prosecutor. A later change makes version %4, a new draft that you sign again; version %1 stays. Signing cannot be undone.</source>
        <translation>¿Firmar la versión %1 de «%2» como %3?

Firmar registra quién firma, la hora actual y la huella SHA-256 de este texto exacto, y congela esta versión: nunca se podrá cambiar ni borrar, y va en cada entrega a la fiscalía. Un cambio posterior crea la versión %4, un nuevo borrador que deberá firmar de nuevo; la versión %1 se conserva. La firma no se puede deshacer.</translation>
    </message>
    <message>
        <source>Sign version %1</source>
        <translation>Firmar la versión %1</translation>
    </message>
    <message>
        <source>sign the report</source>
        <translation>firmar el informe</translation>
    </message>
    <message numerus="yes">
        <source>%n writing prompt(s) — hover the underlined words</source>
        <translation><numerusform>%n sugerencia de redacción — pase el puntero sobre las palabras subrayadas</numerusform><numerusform>%n sugerencias de redacción — pase el puntero sobre las palabras subrayadas</numerusform></translation>
    </message>
</context>
<context>
    <name>tessera::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Tessera keeps an encrypted copy of the case each time it is opened after a change. A backup is restored as a new case file beside the others; the case itself is not changed. Backups open with the case's current passphrase.</source>
        <translation>Tessera guarda una copia cifrada del caso cada vez que se abre después de un cambio. Una copia se restaura como un nuevo archivo de caso junto a los demás; el caso en sí no cambia. Las copias se abren con la frase de contraseña actual del caso.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurar como</translation>
    </message>
    <message>
        <source>-restored</source>
        <translation>-restaurado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Restore &amp;as:</source>
        <translation>Restaurar &amp;como:</translation>
    </message>
    <message>
        <source>Case &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña del caso:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>Restaurar la copia como</translation>
    </message>
    <message>
        <source>Tessera cases (*.tessera)</source>
        <translation>Casos de Tessera (*.tessera)</translation>
    </message>
    <message>
        <source>This case has no backups yet: one is taken the next time it is opened after a change.</source>
        <translation>Este caso aún no tiene copias de seguridad: se hará una la próxima vez que se abra después de un cambio.</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Elija una copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose where to put the restored case.</source>
        <translation>Elija dónde poner el caso restaurado.</translation>
    </message>
    <message>
        <source>A file already exists there; choose a new name.</source>
        <translation>Ya existe un archivo ahí; elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the case passphrase.</source>
        <translation>Escriba la frase de contraseña del caso.</translation>
    </message>
</context>
<context>
    <name>tessera::RuleProposalsDialog</name>
    <message>
        <source>Events proposed by rules</source>
        <translation>Hechos propuestos por las reglas</translation>
    </message>
    <message>
        <source>Rule buyer-contact: calls and texts between an offender's number and a sex buyer's number on one day make one communication event, supported by those records. Check the ones to record; nothing is written until you accept.</source>
        <translation>Regla buyer-contact: las llamadas y mensajes de un mismo día entre el número de un autor y el de un comprador de sexo forman un hecho de comunicación, respaldado por esos registros. Marque los que quiera registrar; no se escribe nada hasta que acepte.</translation>
    </message>
    <message>
        <source>Proposed events (Space checks one)</source>
        <translation>Hechos propuestos (Espacio marca uno)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) support it</source>
        <translation><numerusform>lo respalda %n registro</numerusform><numerusform>lo respaldan %n registros</numerusform></translation>
    </message>
    <message>
        <source>No rule proposes an event: attribute the offender's and sex buyers' numbers (Add identifier) and import their call records.</source>
        <translation>Ninguna regla propone un hecho: atribuya los números del autor y de los compradores de sexo (Añadir identificador) e importe sus registros de llamadas.</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Record checked events</source>
        <translation>&amp;Registrar los hechos marcados</translation>
    </message>
    <message>
        <source>Check at least one proposed event.</source>
        <translation>Marque al menos un hecho propuesto.</translation>
    </message>
</context>
<context>
    <name>tessera::SecretClipboard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>tessera::StartPage</name>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <source>Build the case around the offender's pattern, proven by records that do not depend on the person who was trafficked. Every case is one encrypted file on this computer; nothing leaves it unless you export it.</source>
        <translation>Construya el caso en torno al patrón del autor, probado con registros que no dependen de la persona víctima de trata. Cada caso es un archivo cifrado en este equipo; nada sale de él salvo lo que usted exporte.</translation>
    </message>
</context>
<context>
    <name>tessera::TimelineChartPainter</name>
    <message>
        <source>Event (labelled where it fits)</source>
        <translation>Hecho (con etiqueta donde cabe)</translation>
    </message>
    <message>
        <source>Uncertain time: from the earliest to the latest it can be</source>
        <translation>Hora incierta: desde la más temprana hasta la más tardía posible</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 hecho</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 hechos</translation>
    </message>
    <message>
        <source>Records per bin (one bin = %1):</source>
        <translation>Registros por intervalo (un intervalo = %1):</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>Offender timeline</source>
        <translation>Cronología del autor</translation>
    </message>
    <message>
        <source>Offender timeline: %1 to %2</source>
        <translation>Cronología del autor: %1 a %2</translation>
    </message>
    <message>
        <source>No records or events</source>
        <translation>No hay registros ni hechos</translation>
    </message>
    <message>
        <source>No records or events in this period</source>
        <translation>No hay registros ni hechos en este periodo</translation>
    </message>
    <message>
        <source>1 more person is not shown here for lack of room; the timeline table lists every record and event.</source>
        <translation>1 persona más no se muestra aquí por falta de espacio; la tabla de la cronología lista todos los registros y hechos.</translation>
    </message>
    <message>
        <source>%1 more people are not shown here for lack of room; the timeline table lists every record and event.</source>
        <translation>%1 personas más no se muestran aquí por falta de espacio; la tabla de la cronología lista todos los registros y hechos.</translation>
    </message>
    <message>
        <source>No records or events.</source>
        <translation>No hay registros ni hechos.</translation>
    </message>
    <message>
        <source>Offender timeline from %1 to %2, times in %3; %4.</source>
        <translation>Cronología del autor del %1 al %2, horas en %3; %4.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <source>1 record on %1</source>
        <translation>1 registro el %1</translation>
    </message>
    <message>
        <source>%1 records, first %2, last %3</source>
        <translation>%1 registros, el primero el %2, el último el %3</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>ningún hecho</translation>
    </message>
    <message>
        <source>%1: %2; %3.</source>
        <translation>%1: %2; %3.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>Date format of the chart's title and axis (QDateTime format; MMM is the month's short name)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date format of a day tick on the chart's axis (QDateTime format)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>en_US</source>
        <extracomment>The locale whose month names the chart uses (a QLocale name: es, fr_FR…)</extracomment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>tessera::TimelineChartWidget</name>
    <message>
        <source>Offender timeline chart</source>
        <translation>Gráfico de la cronología del autor</translation>
    </message>
</context>
<context>
    <name>tessera::TimelineModel</name>
    <message>
        <source>independently corroborated</source>
        <translation>corroborado de forma independiente</translation>
    </message>
    <message>
        <source>authentication pending</source>
        <translation>autenticación pendiente</translation>
    </message>
    <message>
        <source>only victim-sourced support</source>
        <translation>solo apoyo procedente de la víctima</translation>
    </message>
    <message>
        <source>no support linked yet</source>
        <translation>aún sin apoyo vinculado</translation>
    </message>
    <message>
        <source>repeated local time</source>
        <translation>hora local repetida</translation>
    </message>
    <message>
        <source>time in a clock change gap</source>
        <translation>hora dentro de un salto de cambio de hora</translation>
    </message>
    <message>
        <source>zone assumed</source>
        <translation>zona supuesta</translation>
    </message>
    <message>
        <source>exhibit %1</source>
        <translation>prueba %1</translation>
    </message>
    <message>
        <source>As recorded (EDTF): %1</source>
        <translation>Tal como se registró (EDTF): %1</translation>
    </message>
    <message>
        <source>As received: %1 (%2%3)</source>
        <translation>Tal como se recibió: %1 (%2%3)</translation>
    </message>
    <message>
        <source>, zone assumed: the source did not state it</source>
        <translation>, zona supuesta: la fuente no la indicó</translation>
    </message>
    <message>
        <source>Event: the investigator's assertion of what happened</source>
        <translation>Hecho: lo que la investigación afirma que ocurrió</translation>
    </message>
    <message>
        <source>Record: one row of imported evidence, kept as received</source>
        <translation>Registro: una fila de evidencia importada, conservada tal como se recibió</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <source>Cell site: %1 (a sector, not a point)</source>
        <translation>Antena: %1 (un sector, no un punto)</translation>
    </message>
    <message>
        <source>Source row %1</source>
        <translation>Fila de origen %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otras personas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Shown in the case's display zone (%1)</source>
        <translation>Mostrado en la zona horaria del caso (%1)</translation>
    </message>
    <message>
        <source>Records: the people behind the originating party. Events: who did it.</source>
        <translation>Registros: las personas detrás de quien inicia. Hechos: quién lo hizo.</translation>
    </message>
    <message>
        <source>Records: the people behind the other party. Events: others involved.</source>
        <translation>Registros: las personas detrás de la otra parte. Hechos: otras personas implicadas.</translation>
    </message>
    <message>
        <source>What to check: flagged values, assumed or ambiguous times, how an event is supported</source>
        <translation>Qué revisar: valores marcados, horas supuestas o ambiguas, cómo se apoya un hecho</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>floating time</source>
        <translation>hora flotante (sin zona)</translation>
    </message>
    <message>
        <source>placeholder time</source>
        <translation>hora de relleno</translation>
    </message>
    <message>
        <source>unknown tzid</source>
        <translation>TZID desconocido</translation>
    </message>
    <message>
        <source>tzid read as iana zone</source>
        <translation>TZID leído como zona IANA</translation>
    </message>
    <message>
        <source>zone not stated</source>
        <translation>zona no indicada</translation>
    </message>
    <message>
        <source>timestamp disagrees with datetime</source>
        <translation>la marca de tiempo no coincide con la fecha y hora</translation>
    </message>
    <message>
        <source>datetime as epoch microseconds</source>
        <translation>fecha y hora en microsegundos desde epoch</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>ambiguous number</source>
        <translation>número ambiguo</translation>
    </message>
    <message>
        <source>missing duration</source>
        <translation>falta la duración</translation>
    </message>
    <message>
        <source>contradictory direction</source>
        <translation>dirección contradictoria</translation>
    </message>
    <message>
        <source>ambiguous local time</source>
        <translation>hora local ambigua</translation>
    </message>
    <message>
        <source>nonexistent local time</source>
        <translation>hora local inexistente</translation>
    </message>
    <message>
        <source>repeated local time resolved by source order</source>
        <translation>hora local repetida resuelta por el orden de la fuente</translation>
    </message>
</context>
<context>
    <name>tessera::TimelineView</name>
    <message>
        <source>Timeline of records and events</source>
        <translation>Cronología de registros y hechos</translation>
    </message>
</context>
<context>
    <name>tessera::UserGuideWindow</name>
    <message>
        <source>Tessera user guide</source>
        <translation>Guía de uso de Tessera</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>tessera::VictimChoicesDialog</name>
    <message>
        <source>Agreed</source>
        <translation>Aceptó</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No aceptó</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Punto de decisión</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explicado</translation>
    </message>
    <message>
        <source>Advocate present</source>
        <translation>Persona de apoyo presente</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>&amp;Withdraw this choice…</source>
        <translation>&amp;Retirar esta decisión…</translation>
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
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>%1 — choices, interviews and benefits</source>
        <translation>%1 — decisiones, entrevistas y beneficios</translation>
    </message>
    <message>
        <source>%1's choices, newest last. The latest answer at each point is the one that counts. Declining never blocks work on the offender, and services never depend on cooperation. This ledger is never part of a production.</source>
        <translation>Decisiones de %1, la más reciente al final. En cada punto cuenta la última respuesta. No aceptar nunca detiene el trabajo sobre el autor, y los servicios nunca dependen de la cooperación. Este registro nunca forma parte de una entrega.</translation>
    </message>
    <message>
        <source>&amp;Ask about…</source>
        <translation>&amp;Preguntar por…</translation>
    </message>
    <message>
        <source>&amp;Undo last entry</source>
        <translation>&amp;Deshacer la última entrada</translation>
    </message>
    <message>
        <source>Adds a correcting entry; nothing is deleted</source>
        <translation>Añade una entrada de corrección; no se borra nada</translation>
    </message>
    <message>
        <source>&amp;Decision point:</source>
        <translation>Punto de &amp;decisión:</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>&amp;Interview mode…</source>
        <translation>Modo &amp;entrevista…</translation>
    </message>
    <message>
        <source>Benefits given or promised (disclosed to the prosecutor as potential Giglio material)</source>
        <translation>Beneficios dados o prometidos (se comunican a la fiscalía como posible material Giglio)</translation>
    </message>
    <message>
        <source>Continued Presence is never conditioned on cooperation.</source>
        <translation>Continued Presence nunca se condiciona a la cooperación.</translation>
    </message>
    <message>
        <source>Record a &amp;benefit…</source>
        <translation>Registrar un &amp;beneficio…</translation>
    </message>
    <message>
        <source>%1's choices, oldest first</source>
        <translation>Decisiones de %1, la más antigua primero</translation>
    </message>
    <message>
        <source>Benefits given or promised to %1</source>
        <translation>Beneficios dados o prometidos a %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source> (applies now)</source>
        <translation> (vigente)</translation>
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
        <source>No interviews yet.</source>
        <translation>Aún no hay entrevistas.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) so far. Keep interviews to the minimum needed.</source>
        <translation><numerusform>%n entrevista hasta ahora. Limite las entrevistas al mínimo necesario.</numerusform><numerusform>%n entrevistas hasta ahora. Limite las entrevistas al mínimo necesario.</numerusform></translation>
    </message>
    <message>
        <source>Withdraw a choice</source>
        <translation>Retirar una decisión</translation>
    </message>
    <message>
        <source>Record that %1 withdraws their agreement to “%2”?</source>
        <translation>¿Registrar que %1 retira su consentimiento a «%2»?</translation>
    </message>
    <message>
        <source>From now on, no further collection or review under this choice. What was already obtained is kept, sealed and flagged for the prosecutor — never deleted. %1</source>
        <translation>A partir de ahora no se recoge ni se revisa nada más bajo esta decisión. Lo ya obtenido se conserva, sellado y señalado para la fiscalía; nunca se borra. %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>Actions with %1 (each asks their choice first)</source>
        <translation>Acciones con %1 (cada una pregunta primero su decisión)</translation>
    </message>
    <message>
        <source>Add a p&amp;hotograph…</source>
        <translation>Añadir una &amp;fotografía…</translation>
    </message>
    <message>
        <source>Record a &amp;contact…</source>
        <translation>Registrar un &amp;contacto…</translation>
    </message>
    <message>
        <source>Show contact d&amp;etails…</source>
        <translation>&amp;Ver datos de contacto…</translation>
    </message>
    <message>
        <source>Record a &amp;media request…</source>
        <translation>Registrar una solicitud de &amp;medios…</translation>
    </message>
    <message>
        <source>Contacts logged: %1 · Media requests: %2 · Photographs: %3</source>
        <translation>Contactos registrados: %1 · Solicitudes de medios: %2 · Fotografías: %3</translation>
    </message>
    <message>
        <source>%1's choice at “%2” is %3, so nothing is recorded. Declining never blocks the work on the offender, and nothing already in the case is hidden from the prosecutor.</source>
        <translation>La decisión de %1 en «%2» es %3, así que no se registra nada. No aceptar nunca detiene el trabajo sobre el autor, y nada de lo que ya está en el caso se oculta a la fiscalía.</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>En su lugar:</translation>
    </message>
    <message>
        <source>Held by %1's choice</source>
        <translation>Detenido por la decisión de %1</translation>
    </message>
    <message>
        <source>%1's safe-contact details</source>
        <translation>Datos de contacto seguro de %1</translation>
    </message>
    <message>
        <source>%1 agreed to be contacted; no details were noted with that choice.</source>
        <translation>%1 aceptó que se le contacte; no se anotaron datos con esa decisión.</translation>
    </message>
    <message>
        <source>This view is recorded in the audit log. Never part of a production.</source>
        <translation>Esta consulta queda registrada en el registro de auditoría. Nunca forma parte de una entrega.</translation>
    </message>
    <message>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::WritingPromptsMenu</name>
    <message>
        <source>&amp;Writing prompts</source>
        <translation>&amp;Sugerencias de redacción</translation>
    </message>
    <message>
        <source>Agency profile for contested terms:</source>
        <translation>Perfil de la agencia para términos discutidos:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>The writing prompts check English text: rules for other languages are not written yet.</source>
        <translation>Las sugerencias de redacción revisan texto en inglés: aún no hay reglas para otros idiomas.</translation>
    </message>
    <message>
        <source>Prompts are advice while writing: they never block saving and are never stored.</source>
        <translation>Las sugerencias son consejos al escribir: nunca impiden guardar y nunca se almacenan.</translation>
    </message>
</context>
</TS>