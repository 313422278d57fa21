<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="188" />
        <source>Send %1 case(s) as a bundle</source>
        <translation>Enviar %1 caso(s) en un paquete</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="189" />
        <source>To colleagues (only their vaults can open it)</source>
        <translation>A colegas (solo sus bóvedas pueden abrirlo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="190" />
        <source>With a passphrase (say it by another channel)</source>
        <translation>Con una frase de paso (dígala por otro canal)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="195" />
        <source>(fingerprint NOT checked)</source>
        <translation>(huella SIN comprobar)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="204" />
        <source>Include the evidence files</source>
        <translation>Incluir los archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="209" />
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="210" />
        <source>Who will read it:</source>
        <translation>Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="225" />
        <source>Save the bundle as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="226" />
        <source>CaseDesk bundles (*.casedesk)</source>
        <translation>Paquetes de CaseDesk (*.casedesk)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="234" />
        <source>Making the bundle…</source>
        <translation>Preparando el paquete…</translation>
    </message>
</context>
<context>
    <name>BundleReceiver</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="252" />
        <source>Bundle passphrase</source>
        <translation>Frase de paso del paquete</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="253" />
        <source>This bundle is not addressed to this vault's key. If it was made with a passphrase, type it:</source>
        <translation>Este paquete no está dirigido a la clave de esta bóveda. Si se hizo con una frase de paso, escríbala:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="257" />
        <location filename="../../casedesk/gui/exchange.py" line="260" />
        <source>Bundle refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="263" />
        <source>a colleague whose fingerprint was checked</source>
        <translation>un colega cuya huella se comprobó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="264" />
        <source>a colleague whose fingerprint was NOT checked yet</source>
        <translation>un colega cuya huella NO se ha comprobado todavía</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="265" />
        <source>someone NOT among your colleagues: check the fingerprint with them</source>
        <translation>alguien que NO está entre sus colegas: compruebe la huella con esa persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="266" />
        <source>From %1 (%2), %3.</source>
        <translation>De %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="268" />
        <source>%1 records added, %2 updated, %3 unchanged, %4 conflicts to decide.</source>
        <translation>%1 registros añadidos, %2 actualizados, %3 sin cambios, %4 conflictos por decidir.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="272" />
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="50" />
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="50" />
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="58" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="59" />
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="61" />
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="62" />
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="63" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="68" />
        <source>Open the existing person's case</source>
        <translation>Abrir el caso de la persona existente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="75" />
        <source>Possible matches already in the vault:</source>
        <translation>Posibles coincidencias ya en la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="79" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="81" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="85" />
        <source>Dossier (PDF)…</source>
        <translation>Expediente (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="154" />
        <source>Given names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="155" />
        <source>Surnames:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="156" />
        <source>Aliases (one per line):</source>
        <translation>Alias (uno por línea):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="157" />
        <source>National ID:</source>
        <translation>Cédula:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="158" />
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="159" />
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="160" />
        <source>Nationality:</source>
        <translation>Nacionalidad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="161" />
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="162" />
        <source>Affiliation:</source>
        <translation>Afiliación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="163" />
        <source>Civilian or military:</source>
        <translation>Civil o militar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="164" />
        <source>About the person:</source>
        <translation>Sobre la persona:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="171" />
        <source>Arrest date:</source>
        <translation>Fecha de detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Place of arrest:</source>
        <translation>Lugar de la detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173" />
        <source>Arresting agency:</source>
        <translation>Organismo aprehensor:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="174" />
        <source>Facility:</source>
        <translation>Centro de reclusión:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="175" />
        <source>Charges:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="176" />
        <source>Court:</source>
        <translation>Tribunal:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177" />
        <source>Case file number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="178" />
        <source>Judge:</source>
        <translation>Juez/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179" />
        <source>Lawyer:</source>
        <translation>Abogado/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180" />
        <source>Classification:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181" />
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="182" />
        <source>Status today:</source>
        <translation>Situación hoy:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183" />
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189" />
        <location filename="../../casedesk/gui/case_editor.py" line="195" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189" />
        <source>Status after</source>
        <translation>Situación después</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="190" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="190" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="196" />
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="197" />
        <source>Date of the event</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="199" />
        <source>Status after the event</source>
        <translation>Situación tras el hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="200" />
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Description of the event</source>
        <translation>Descripción del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="203" />
        <source>Source of the event</source>
        <translation>Fuente del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="208" />
        <source>&amp;Add to the timeline</source>
        <translation>&amp;Añadir a la cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="210" />
        <source>Apply to the selected event</source>
        <translation>Aplicar al hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212" />
        <source>Remove the selected event</source>
        <translation>Quitar el hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218" />
        <source>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Los cambios en la cronología se guardan con el caso: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="238" />
        <source>&amp;Do not contact (unsafe for them or for the case)</source>
        <translation>&amp;No contactar (riesgo para la persona o para el caso)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="505" />
        <source>Timeline changed: Save keeps it, Cancel drops it.</source>
        <translation>Cronología modificada: Guardar la conserva, Cancelar la descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="524" />
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="547" />
        <source>Contacts changed: Save keeps them, Cancel drops them.</source>
        <translation>Contactos modificados: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229" />
        <source>Safe channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229" />
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229" />
        <source>Contact?</source>
        <translation>¿Contactar?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="239" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="240" />
        <source>Relationship:</source>
        <translation>Parentesco:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="241" />
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="242" />
        <source>Safe channel:</source>
        <translation>Canal seguro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="243" />
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="247" />
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="249" />
        <source>Apply to the selected contact</source>
        <translation>Aplicar al contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="251" />
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="257" />
        <source>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Los cambios en los contactos se guardan con el caso: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="270" />
        <source>Case notes:</source>
        <translation>Notas del caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="299" />
        <source>%1 — case</source>
        <translation>%1 — caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="335" />
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="335" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="342" />
        <source>Do not contact this person</source>
        <translation>No contactar a esta persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="372" />
        <source>Save your changes first: the dossier shows what is saved.</source>
        <translation>Guarde primero los cambios: el expediente muestra lo guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="554" />
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="555" />
        <source>What you typed in this case has not been saved. Discard it?</source>
        <translation>Lo que escribió en este caso no se ha guardado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="42" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="43" />
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="44" />
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="45" />
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="46" />
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="47" />
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="48" />
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>CensusDialog</name>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="25" />
        <source>Census report</source>
        <translation>Informe del censo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="27" />
        <source>optional: who entered and left since this date</source>
        <translation>opcional: quién entró y salió desde esta fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="32" />
        <source>People held on:</source>
        <translation>Personas detenidas al:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="33" />
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="36" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="60" />
        <source>Save the census report as</source>
        <translation>Guardar el informe del censo como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="68" />
        <source>Counting and making the report…</source>
        <translation>Contando y preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="75" />
        <source>Preparing the print preview…</source>
        <translation>Preparando la vista previa de impresión…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="285" />
        <source>Changed here and by a colleague</source>
        <translation>Cambiado aquí y por un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289" />
        <source>In this vault</source>
        <translation>En esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289" />
        <source>The colleague's</source>
        <translation>El del colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="290" />
        <source>Take the colleague's</source>
        <translation>Tomar el del colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="294" />
        <source>Apply and next</source>
        <translation>Aplicar y seguir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="314" />
        <source>No conflicts are waiting.</source>
        <translation>No quedan conflictos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="316" />
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="316" />
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="316" />
        <source>timeline event</source>
        <translation>evento de la cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="317" />
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="317" />
        <source>evidence item</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="318" />
        <source>%1 left. A %2 (%3) was changed here and by %4 since you last exchanged it:</source>
        <translation>Quedan %1. Este registro (%2, %3) cambió aquí y en %4 desde el último intercambio:</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../casedesk/gui/app.py" line="71" />
        <source>Lock CaseDesk now</source>
        <translation>Bloquear CaseDesk ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="120" />
        <source>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</source>
        <translation>Esta bóveda aún no tiene hoja de recuperación: si se olvida la frase de paso, nada podrá abrirla. Archivo → Hoja de recuperación.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="136" />
        <source>People held today</source>
        <translation>Personas detenidas hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="137" />
        <source>People held at the end of each month</source>
        <translation>Personas detenidas al cierre de cada mes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="138" />
        <source>Census report (PDF)…</source>
        <translation>Informe del censo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="139" />
        <source>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</source>
        <translation>&lt;b&gt;Por situación&lt;/b&gt; (personas): pulse para verlas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="140" />
        <source>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</source>
        <translation>&lt;b&gt;Detenidas, por centro&lt;/b&gt;: pulse para verlas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="141" />
        <source>List the people held</source>
        <translation>Ver la lista de personas detenidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="150" />
        <source>%1 in the last 30 days (%2 on %3)</source>
        <translation>%1 en los últimos 30 días (%2 el %3)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="160" />
        <source>Not recorded</source>
        <translation>Sin dato</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="31" />
        <source>The document could not be made (%1); nothing was lost.</source>
        <translation>No se pudo hacer el documento (%1); no se perdió nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="81" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="20" />
        <source>Internal: everything</source>
        <translation>Interno: todo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="21" />
        <source>Court: no family phones or addresses, no internal notes</source>
        <translation>Tribunal: sin teléfonos ni direcciones de la familia, sin notas internas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="22" />
        <source>Family: this person only, no internal notes</source>
        <translation>Familia: solo esta persona, sin notas internas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="23" />
        <source>Public: no contacts, ID or notes; verified facts only</source>
        <translation>Público: sin contactos, cédula ni notas; solo hechos verificados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="22" />
        <source>Dossier of %1</source>
        <translation>Expediente de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="23" />
        <source>Dossier of %1 cases</source>
        <translation>Expediente de %1 casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="26" />
        <source>One file with a table of contents</source>
        <translation>Un solo archivo con índice</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="27" />
        <source>One file per case, into a folder</source>
        <translation>Un archivo por caso, en una carpeta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="33" />
        <source>Send the password by another channel than the file (for example, say it by phone).</source>
        <translation>Envíe la contraseña por un canal distinto al del archivo (por ejemplo, dígala por teléfono).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="37" />
        <source>Who will read it:</source>
        <translation>Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="38" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="40" />
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="45" />
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="56" />
        <source>Save one dossier per case into</source>
        <translation>Guardar un expediente por caso en</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="60" />
        <source>Save the dossier as</source>
        <translation>Guardar el expediente como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="76" />
        <source>Making the dossier…</source>
        <translation>Preparando el expediente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="82" />
        <source>Preparing the print preview…</source>
        <translation>Preparando la vista previa de impresión…</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="284" />
        <source>Evidence details: %1</source>
        <translation>Detalles de la evidencia: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="297" />
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="297" />
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="298" />
        <source>Can be shared</source>
        <translation>Se puede compartir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="302" />
        <source>The portrait on the dossier's cover</source>
        <translation>El retrato de la portada del expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="304" />
        <source>Public dossiers show it only if it can be shared.</source>
        <translation>Los expedientes públicos solo lo muestran si se puede compartir.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="315" />
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="315" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="316" />
        <source>Source (who, how obtained):</source>
        <translation>Fuente (quién, cómo se obtuvo):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="317" />
        <source>Date obtained:</source>
        <translation>Fecha de obtención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="318" />
        <source>Date of the content:</source>
        <translation>Fecha del contenido:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="319" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="320" />
        <source>Confidentiality:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="320" />
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="49" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="49" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="49" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="50" />
        <source>Obtained</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56" />
        <source>Drop files here or use “Add files…”. They are encrypted into the vault; the originals are not changed.</source>
        <translation>Suelte aquí los archivos o use “Añadir archivos…”. Se cifran dentro de la bóveda; los originales no se modifican.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="59" />
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="61" />
        <location filename="../../casedesk/gui/evidence_panel.py" line="179" />
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="63" />
        <source>Export decrypted copy…</source>
        <translation>Exportar una copia descifrada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="65" />
        <source>Working copy without metadata</source>
        <translation>Copia de trabajo sin metadatos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="66" />
        <source>A copy of the photo without GPS position, camera or other metadata, for sharing. The original is kept unchanged.</source>
        <translation>Una copia de la foto sin posición GPS, cámara ni otros metadatos, para compartir. El original se conserva sin cambios.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="69" />
        <source>Details…</source>
        <translation>Datos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="71" />
        <source>Attach to another case…</source>
        <translation>Vincular a otro caso…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="86" />
        <source>Save the case first to add evidence.</source>
        <translation>Guarde primero el caso para añadir evidencias.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="119" />
        <source>Choose evidence files</source>
        <translation>Elija los archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="132" />
        <source>Some files were not added</source>
        <translation>Algunos archivos no se añadieron</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="136" />
        <source>Encrypting %1…</source>
        <translation>Cifrando %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="136" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="157" />
        <source>%1 could not be added (%2).</source>
        <translation>%1 no se pudo añadir (%2).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="180" />
        <source>This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it with another program.</source>
        <translation>Este tipo de archivo no se puede mostrar dentro de CaseDesk. Exporte una copia descifrada para abrirlo con otro programa.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="185" />
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="234" />
        <location filename="../../casedesk/gui/evidence_panel.py" line="240" />
        <source>Attach to another case</source>
        <translation>Vincular a otro caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="235" />
        <source>Name or ID of the person in the other case:</source>
        <translation>Nombre o cédula de la persona del otro caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="240" />
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="252" />
        <source>No copy made</source>
        <translation>No se hizo la copia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="261" />
        <source>Export a decrypted copy?</source>
        <translation>¿Exportar una copia descifrada?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="262" />
        <source>The copy will not be protected by the vault: anyone with access to where you save it can read it. Keep it on an encrypted drive and delete it when done. The export is recorded in the item's custody log.</source>
        <translation>La copia no estará protegida por la bóveda: cualquiera con acceso al lugar donde la guarde podrá leerla. Guárdela en una unidad cifrada y bórrela al terminar. La exportación queda registrada en la cadena de custodia de la evidencia.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="268" />
        <source>Save the decrypted copy as</source>
        <translation>Guardar la copia descifrada como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="274" />
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="62" />
        <source>Colleagues and exchange keys</source>
        <translation>Colegas y claves de intercambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="71" />
        <source>Save my public key…</source>
        <translation>Guardar mi clave pública…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="74" />
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="76" />
        <source>Name colleagues see:</source>
        <translation>Nombre que ven sus colegas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="77" />
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="78" />
        <source>Read the fingerprint to colleagues by phone or in person; they compare it with what their CaseDesk shows for your key.</source>
        <translation>Lea la huella a sus colegas por teléfono o en persona; la comparan con la que su CaseDesk muestra para su clave.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="83" />
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="83" />
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="83" />
        <source>Verified</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="88" />
        <source>Add a colleague's key…</source>
        <translation>Añadir la clave de un colega…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="90" />
        <source>Mark the fingerprint as checked…</source>
        <translation>Marcar la huella como comprobada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="96" />
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="123" />
        <source>Save my public key as</source>
        <translation>Guardar mi clave pública como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="124" />
        <source>CaseDesk keys (*.json)</source>
        <translation>Claves de CaseDesk (*.json)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="129" />
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="136" />
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="137" />
        <source>NOT checked</source>
        <translation>SIN comprobar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="146" />
        <source>A colleague's public key</source>
        <translation>La clave pública de un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="147" />
        <source>CaseDesk keys (*.json);;All files (*)</source>
        <translation>Claves de CaseDesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="155" />
        <source>Not a key</source>
        <translation>No es una clave</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="156" />
        <source>That file cannot be read.</source>
        <translation>Ese archivo no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="159" />
        <location filename="../../casedesk/gui/exchange.py" line="173" />
        <source>Check the fingerprint</source>
        <translation>Comprobar la huella</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="160" />
        <source>Fingerprint of %1:

%2

If you compared it with them (by phone or in person), write who did; leave it empty if not yet.</source>
        <translation>Huella de %1:

%2

Si la comparó con esa persona (por teléfono o en persona), escriba quién lo hizo; déjelo vacío si aún no.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="174" />
        <source>Did you compare %1 with %2? Who checked it:</source>
        <translation>¿Comparó %1 con %2? Quién la comprobó:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="22" />
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="30" />
        <source>The file is not encrypted: keep it on an encrypted drive and delete it when done. The export is recorded in the audit log.</source>
        <translation>El archivo no está cifrado: guárdelo en una unidad cifrada y bórrelo al terminar. La exportación queda registrada en la auditoría.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="34" />
        <source>Cases:</source>
        <translation>Casos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="34" />
        <source>%1 (the list as filtered now)</source>
        <translation>%1 (la lista tal como está filtrada)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="35" />
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="36" />
        <source>Who will read it:</source>
        <translation>Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="46" />
        <source>Export the list as</source>
        <translation>Exportar la lista como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="57" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="71" />
        <source>The list to import</source>
        <translation>La lista que se importa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="72" />
        <source>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</source>
        <translation>CSV o TSV en cualquier codificación y separador, XLSX, XLS u ODS (todas las hojas), un informe en PDF o texto copiado de uno. El archivo solo se lee.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="76" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="82" />
        <source>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</source>
        <translation>La fecha que describe la lista: las situaciones que indica se registran en esa fecha, así el censo de ese día refleja la lista.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="89" />
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="90" />
        <source>Status date:</source>
        <translation>Fecha de la situación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="95" />
        <source>Choose the list</source>
        <translation>Elegir la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="96" />
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="113" />
        <source>The status date cannot be in the future.</source>
        <translation>La fecha de la situación no puede ser futura.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="49" />
        <source>Your new vault</source>
        <translation>Su bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="51" />
        <source>The passphrase is the only key</source>
        <translation>La frase de paso es la única llave</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="52" />
        <source>Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not even CaseDesk's developers, can open it without the passphrase or the recovery sheet.

Your passphrase: %1 (about %2 bits). Long passphrases of unrelated words are the strongest, and easier to remember than symbols.</source>
        <translation>Todo en esta bóveda está cifrado con una clave que solo su frase de paso abre. Nadie, ni siquiera quienes desarrollan CaseDesk, puede abrirla sin la frase de paso o la hoja de recuperación.

Su frase de paso: %1 (unos %2 bits). Las frases largas de palabras sin relación son las más fuertes, y más fáciles de recordar que los símbolos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="56" />
        <source>A recovery sheet</source>
        <translation>Una hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="57" />
        <source>If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. Print it and keep it away from the laptop (a safe, a trusted person).</source>
        <translation>Si se olvida la frase de paso, una hoja de recuperación impresa con 16 palabras es la única forma de volver a entrar. Imprímala y guárdela lejos del portátil (una caja fuerte, una persona de confianza).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="59" />
        <source>Make the recovery sheet now (recommended)</source>
        <translation>Hacer la hoja de recuperación ahora (recomendado)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="62" />
        <source>Try it first?</source>
        <translation>¿Probar primero?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="63" />
        <source>You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be deleted. For real work, leave this unticked.</source>
        <translation>Puede añadir 50 casos inventados para aprender CaseDesk; quedan marcados como sintéticos y se pueden borrar. Para el trabajo real, deje esto sin marcar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="65" />
        <source>Add 50 synthetic cases to practise</source>
        <translation>Añadir 50 casos sintéticos para practicar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="68" />
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="69" />
        <source>When CaseDesk closes it makes the day's encrypted backup in %1. Copy backups regularly to an external drive with File → Back up to another folder, and keep that drive apart from the laptop. Help → Manual explains what to do if the laptop is seized or lost.</source>
        <translation>Al cerrarse, CaseDesk hace la copia cifrada del día en %1. Copie las copias con regularidad a un disco externo con Archivo → Copia de seguridad en otra carpeta, y guarde ese disco lejos del portátil. Ayuda → Manual explica qué hacer si el portátil es incautado o se pierde.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="47" />
        <source>Import a list</source>
        <translation>Importar una lista</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="280" />
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="282" />
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="282" />
        <source>&amp;Edit case</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="283" />
        <source>&amp;Delete case…</source>
        <translation>E&amp;liminar caso…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="283" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="284" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="284" />
        <source>&amp;Undo last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="285" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="285" />
        <source>Copy case &amp;id</source>
        <translation>Copiar el &amp;id del caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="286" />
        <source>&amp;Compact rows</source>
        <translation>Filas &amp;compactas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="286" />
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="287" />
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="288" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="289" />
        <source>&amp;Check the vault…</source>
        <translation>&amp;Verificar la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="290" />
        <source>&amp;Dossier (PDF)…</source>
        <translation>E&amp;xpediente (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="291" />
        <source>Census &amp;report (PDF)…</source>
        <translation>Informe del &amp;censo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="292" />
        <source>&amp;Import a list…</source>
        <translation>&amp;Importar una lista…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="293" />
        <source>Rows to re&amp;view…</source>
        <translation>Filas por re&amp;visar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="294" />
        <source>E&amp;xport the list (CSV, XLSX)…</source>
        <translation>E&amp;xportar la lista (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="295" />
        <source>&amp;Send cases to a colleague (bundle)…</source>
        <translation>&amp;Enviar casos a un colega (paquete)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="296" />
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Recibir un paquete…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="297" />
        <source>Colleagues and exchange &amp;keys…</source>
        <translation>Colegas y &amp;claves de intercambio…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="298" />
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="299" />
        <source>Recovery &amp;sheet…</source>
        <translation>Hoja de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="300" />
        <source>Back up to &amp;another folder (external drive)…</source>
        <translation>Copia de seguridad en &amp;otra carpeta (disco externo)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="301" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="306" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="307" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="308" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="309" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="310" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="311" />
        <source>Search by name, ID, facility or notes…</source>
        <translation>Buscar por nombre, cédula, centro o notas…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="312" />
        <location filename="../../casedesk/gui/main_window.py" line="564" />
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="312" />
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <location filename="../../casedesk/gui/main_window.py" line="567" />
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="312" />
        <location filename="../../casedesk/gui/main_window.py" line="567" />
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="313" />
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="313" />
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="314" />
        <source>Arrested from</source>
        <translation>Detenidos desde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="314" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="317" />
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="318" />
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="319" />
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (próximos 30 días)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="320" />
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="321" />
        <source>Dashboard</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="336" />
        <source>READ-ONLY: this vault is damaged</source>
        <translation>SOLO LECTURA: esta bóveda está dañada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="371" />
        <source>Held</source>
        <translation>Detenidos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="372" />
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detenidos, en arresto domiciliario o con paradero desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="379" />
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="458" />
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="458" />
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="466" />
        <source>Filter saved.</source>
        <translation>Filtro guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="469" />
        <source>%1 matching cases</source>
        <translation>%1 casos coinciden</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="558" />
        <source>(since %1)</source>
        <translation>(desde %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="560" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="560" />
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="561" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="561" />
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="563" />
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="565" />
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="566" />
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="568" />
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="568" />
        <source>Lawyer</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="629" />
        <source>%1 unsaved draft(s) restored.</source>
        <translation>%1 borrador(es) sin guardar recuperado(s).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="641" />
        <source>Case saved.</source>
        <translation>Caso guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="645" />
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="654" />
        <source>The last change was undone.</source>
        <translation>Se deshizo el último cambio.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="662" />
        <source>Delete case?</source>
        <translation>¿Eliminar el caso?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="663" />
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>¿Eliminar el caso de %1 con su cronología y sus registros de evidencias? El registro de auditoría conserva constancia de la eliminación.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="670" />
        <source>Case deleted.</source>
        <translation>Caso eliminado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="675" />
        <location filename="../../casedesk/gui/main_window.py" line="704" />
        <source>Select one or more cases first.</source>
        <translation>Seleccione antes uno o más casos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="679" />
        <source>Dossier saved.</source>
        <translation>Expediente guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="697" />
        <source>List exported.</source>
        <translation>Lista exportada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="707" />
        <source>Bundle saved.</source>
        <translation>Paquete guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="712" />
        <source>A bundle from a colleague</source>
        <translation>Un paquete de un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="713" />
        <source>CaseDesk bundles (*.casedesk *.age);;All files (*)</source>
        <translation>Paquetes de CaseDesk (*.casedesk *.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="730" />
        <source>Census report saved.</source>
        <translation>Informe del censo guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="735" />
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta guardar la copia?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="741" />
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="746" />
        <source>Backup made and checked: %1</source>
        <translation>Copia hecha y verificada: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="758" />
        <location filename="../../casedesk/gui/main_window.py" line="766" />
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="759" />
        <source>A new recovery sheet replaces any earlier one. Type the vault's passphrase:</source>
        <translation>Una hoja de recuperación nueva anula las anteriores. Escriba la frase de paso de la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="775" />
        <source>Checking the database, the audit chain and every evidence file…</source>
        <translation>Verificando la base de datos, la cadena de auditoría y cada archivo de evidencia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="789" />
        <source>Vault checked</source>
        <translation>Bóveda verificada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="790" />
        <source>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</source>
        <translation>Todo está íntegro: cada página de la base de datos, la cadena de auditoría de %1 entradas y cada archivo de evidencia.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="793" />
        <source>Problems found</source>
        <translation>Se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="824" />
        <source>About CaseDesk</source>
        <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="825" />
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Expedientes cifrados para abogados que defienden a personas detenidas por razones políticas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="832" />
        <source>Something went wrong (%1); nothing was lost.</source>
        <translation>Algo salió mal (%1); no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="20" />
        <source>CaseDesk manual</source>
        <translation>Manual de CaseDesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="129" />
        <source>What CaseDesk read</source>
        <translation>Lo que CaseDesk leyó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="144" />
        <source>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</source>
        <translation>Leído como: %1. Lo que contiene cada columna se decidió por su encabezado y sus valores; corrija lo que esté mal. Lo que usted elija se recuerda para el próximo archivo con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="153" />
        <source>Sheet “%1” is empty.</source>
        <translation>La hoja «%1» está vacía.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="158" />
        <source>Sheet “%1” left out: %2.</source>
        <translation>Hoja «%1» dejada fuera: %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="161" />
        <source>Sheet “%1”: header on row %2.</source>
        <translation>Hoja «%1»: encabezado en la fila %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="164" />
        <source>Sheet “%1”: no header; the columns were recognised by their values.</source>
        <translation>Hoja «%1»: sin encabezado; las columnas se reconocieron por sus valores.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="175" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="175" />
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="175" />
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="176" />
        <source>Example %1</source>
        <translation>Ejemplo %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="183" />
        <source>What column %1 holds</source>
        <translation>Qué contiene la columna %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="206" />
        <source>its header</source>
        <translation>su encabezado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="206" />
        <source>its values</source>
        <translation>sus valores</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="207" />
        <source>its header and its values</source>
        <translation>su encabezado y sus valores</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="207" />
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="208" />
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="225" />
        <source>Two columns of “%1” are set to hold the same thing.</source>
        <translation>Dos columnas de «%1» están marcadas con el mismo contenido.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="237" />
        <source>No sheet has a column of names: choose which column holds the names.</source>
        <translation>Ninguna hoja tiene una columna de nombres: indique cuál columna tiene los nombres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="184" />
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="56" />
        <source>Protect the file with a password (AES-256)</source>
        <translation>Proteger el archivo con contraseña (AES-256)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="58" />
        <source>Propose another</source>
        <translation>Proponer otra</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="20" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="25" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="31" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="37" />
        <source>Comfortable</source>
        <translation>Cómodas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="38" />
        <source>Compact</source>
        <translation>Compactas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="47" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="48" />
        <source>Lock after this long without use:</source>
        <translation>Bloquear tras este tiempo sin uso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="49" />
        <source>Vault to open first:</source>
        <translation>Bóveda que se abre primero:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="50" />
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="55" />
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="37" />
        <source>Recover the vault</source>
        <translation>Recuperar la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="39" />
        <source>The words of the recovery sheet, in order</source>
        <translation>Las palabras de la hoja de recuperación, en orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="49" />
        <source>The recovery sheet unlocks the vault once you choose a new passphrase; the old passphrase will stop working.</source>
        <translation>La hoja de recuperación abre la bóveda cuando elija una frase de paso nueva; la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="51" />
        <source>Recovery words:</source>
        <translation>Palabras de recuperación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="52" />
        <source>New passphrase:</source>
        <translation>Frase de paso nueva:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="53" />
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="59" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="63" />
        <source>Checking the words…</source>
        <translation>Comprobando las palabras…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="72" />
        <source>These words do not open this vault. Check them against the sheet.</source>
        <translation>Estas palabras no abren esta bóveda. Compárelas con la hoja.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="22" />
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="30" />
        <source>Print this sheet and keep it away from the laptop, somewhere safe. With it and the laptop, anyone can open the vault. Any earlier sheet no longer works.</source>
        <translation>Imprima esta hoja y guárdela lejos del portátil, en un lugar seguro. Con ella y el portátil, cualquiera puede abrir la bóveda. Las hojas anteriores dejan de valer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="34" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="35" />
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="48" />
        <source>Save the recovery sheet as</source>
        <translation>Guardar la hoja de recuperación como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="56" />
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ReleaseListDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="185" />
        <source>Announced list of releases</source>
        <translation>Lista anunciada de excarcelaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="188" />
        <source>Paste the list here: one name per line, with or without cédula.</source>
        <translation>Pegue aquí la lista: un nombre por línea, con o sin cédula.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="190" />
        <source>e.g. Ministry press note of 7 January</source>
        <translation>p. ej. nota de prensa del Ministerio del 7 de enero</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="191" />
        <source>Match</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="193" />
        <source>Load a file…</source>
        <translation>Cargar un archivo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="196" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="196" />
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="196" />
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="202" />
        <source>Record claims to verify</source>
        <translation>Registrar afirmaciones por verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="206" />
        <source>Announced release date:</source>
        <translation>Fecha anunciada de la excarcelación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="207" />
        <source>Source of the list:</source>
        <translation>Fuente de la lista:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="219" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="225" />
        <source>Open the list</source>
        <translation>Abrir la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="226" />
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="235" />
        <source>≈ %1 (part of the name: check it)</source>
        <translation>≈ %1 (parte del nombre: compruébelo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="241" />
        <source>? choose…</source>
        <translation>? elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="247" />
        <source>✗ not held: %1</source>
        <translation>✗ no está detenido/a: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="249" />
        <source>✗ nobody held by this name</source>
        <translation>✗ nadie detenido con este nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="251" />
        <source>— not a name (a heading, source or note)</source>
        <translation>— no es un nombre (un título, una fuente o una nota)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="254" />
        <source>%1 matched, %2 to choose, %3 without a case, %4 lines that name nobody.</source>
        <translation>%1 identificados, %2 por decidir, %3 sin caso, %4 líneas que no nombran a nadie.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="283" />
        <source>Announced list</source>
        <translation>Lista anunciada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="287" />
        <source>%1 claims recorded in the verification queue.</source>
        <translation>%1 afirmaciones registradas en la cola de verificación.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="21" />
        <source>Rows to review</source>
        <translation>Filas por revisar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26" />
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26" />
        <source>Maybe the same as</source>
        <translation>Quizá la misma persona que</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="32" />
        <source>Apply the decisions</source>
        <translation>Aplicar las decisiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="46" />
        <source>%n row(s) of imported lists may be people already in the vault. Nothing is merged until you say so.</source>
        <translation>
            <numerusform>%n fila de listas importadas puede ser una persona que ya está en la bóveda. No se une nada hasta que usted lo diga.</numerusform>
            <numerusform>%n filas de listas importadas pueden ser personas que ya están en la bóveda. No se une nada hasta que usted lo diga.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="48" />
        <source>Nothing waits for review.</source>
        <translation>No hay nada por revisar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="53" />
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="62" />
        <source>Decision for row %1</source>
        <translation>Decisión para la fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="63" />
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="65" />
        <source>Same person as %1</source>
        <translation>Misma persona que %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="67" />
        <source>A different person: add</source>
        <translation>Otra persona: añadir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="68" />
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="86" />
        <source>%n decision(s) applied.</source>
        <translation>
            <numerusform>%n decisión aplicada.</numerusform>
            <numerusform>%n decisiones aplicadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="250" />
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="251" />
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="253" />
        <source>These rows look like people already in the vault. Choose for each:</source>
        <translation>Estas filas parecen personas que ya están en la bóveda. Decida en cada una:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="269" />
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Leyendo la lista y comparándola con la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="299" />
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="299" />
        <source>New people (with their case)</source>
        <translation>Personas nuevas (con su caso)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="300" />
        <source>Already in the vault (updated)</source>
        <translation>Ya en la bóveda (actualizadas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="301" />
        <source>Of those, arrested again (new case)</source>
        <translation>De ellas, detenidas de nuevo (caso nuevo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="302" />
        <source>Duplicates within the file (merged)</source>
        <translation>Duplicados dentro del archivo (unidos)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="303" />
        <source>To decide below</source>
        <translation>Por decidir abajo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="314" />
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="327" />
        <source>Create these new facilities: %1</source>
        <translation>Crear estos centros de reclusión nuevos: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="330" />
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="331" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="331" />
        <source>Take from the list</source>
        <translation>Tomar de la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="308" />
        <location filename="../../casedesk/gui/import_wizard.py" line="336" />
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="303" />
        <source>Not people (skipped)</source>
        <translation>No son personas (omitidas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="310" />
        <source>Kept as written (not understood; the field is left unknown):</source>
        <translation>Guardado tal cual (no se entendió; el dato queda desconocido):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="313" />
        <source>Remarks:</source>
        <translation>Observaciones:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="315" />
        <source>Duplicates within the file:</source>
        <translation>Duplicados dentro del archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="316" />
        <source>Row %1 is row %2 again</source>
        <translation>La fila %1 repite la fila %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="330" />
        <source>Maybe the same as</source>
        <translation>Quizá la misma persona que</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="341" />
        <source>row %1 of this list</source>
        <translation>fila %1 de esta lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="345" />
        <source>Decision for row %1</source>
        <translation>Decisión para la fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="346" />
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="348" />
        <source>Same person as %1</source>
        <translation>Misma persona que %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="349" />
        <source>A different person: add</source>
        <translation>Otra persona: añadirla</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="350" />
        <source>Decide later (kept for review)</source>
        <translation>Decidir más tarde (queda por revisar)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="351" />
        <source>Leave out of this import</source>
        <translation>Dejarla fuera de esta importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="379" />
        <source>(empty fields are filled; nothing differs)</source>
        <translation>(se completan los campos vacíos; nada difiere)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="413" />
        <location filename="../../casedesk/gui/import_wizard.py" line="438" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="415" />
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="419" />
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="451" />
        <source>Import done</source>
        <translation>Importación hecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="453" />
        <source>Imported: %1 new people, %2 updated, %3 new cases.</source>
        <translation>Importado: %1 personas nuevas, %2 actualizadas, %3 casos nuevos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="457" />
        <source>%n row(s) wait for a decision: File → Rows to review…</source>
        <translation>
            <numerusform>%n fila espera una decisión: Archivo → Filas por revisar…</numerusform>
            <numerusform>%n filas esperan una decisión: Archivo → Filas por revisar…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="488" />
        <source>Undo the import?</source>
        <translation>¿Deshacer la importación?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="489" />
        <source>Remove the people and cases this import added, and the statuses it recorded?</source>
        <translation>¿Quitar las personas y los casos que añadió esta importación, y las situaciones que registró?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="499" />
        <source>The import was undone.</source>
        <translation>La importación se deshizo.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="147" />
        <source>Checked source</source>
        <translation>Fuente consultada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="152" />
        <source>This source confirms the claim</source>
        <translation>Esta fuente confirma la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="164" />
        <source>Kind of source:</source>
        <translation>Tipo de fuente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="165" />
        <source>What it says:</source>
        <translation>Qué dice:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="166" />
        <source>Family contact:</source>
        <translation>Contacto familiar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="167" />
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="92" />
        <source>CaseDesk — open a vault</source>
        <translation>CaseDesk — abrir una bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="100" />
        <source>Encrypted case files. Version %1</source>
        <translation>Expedientes cifrados. Versión %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="117" />
        <source>Recent vaults:</source>
        <translation>Bóvedas recientes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="124" />
        <source>Open another vault folder…</source>
        <translation>Abrir otra carpeta de bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="126" />
        <source>Create a new vault…</source>
        <translation>Crear una bóveda nueva…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="136" />
        <source>CaseDesk locked itself. Everything you typed is kept.</source>
        <translation>CaseDesk se bloqueó. Todo lo que escribió se conserva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="144" />
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="150" />
        <source>Forgot the passphrase? Use the recovery sheet…</source>
        <translation>¿Olvidó la frase de paso? Use la hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="153" />
        <source>Restore the newest backup into a new folder…</source>
        <translation>Restaurar la copia más reciente en una carpeta nueva…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="157" />
        <location filename="../../casedesk/gui/start_dialog.py" line="193" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="159" />
        <location filename="../../casedesk/gui/start_dialog.py" line="317" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="178" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="195" />
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="201" />
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="202" />
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="203" />
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="204" />
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="212" />
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="217" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Elija una carpeta vacía para la bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="223" />
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="228" />
        <source>Demo vault of synthetic cases. Its passphrase is: %1</source>
        <translation>Bóveda de demostración con casos sintéticos. Su frase de paso es: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="240" />
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="264" />
        <source>The vault could not be opened (%1).</source>
        <translation>No se pudo abrir la bóveda (%1).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="273" />
        <source>The newest checked backup is from %1; it can be restored into a new folder.</source>
        <translation>La copia verificada más reciente es del %1; puede restaurarse en una carpeta nueva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="278" />
        <source>An empty folder for the restored vault</source>
        <translation>Una carpeta vacía para la bóveda restaurada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="287" />
        <source>Restored. Unlock it with the passphrase that was valid on %1.</source>
        <translation>Restaurada. Ábrala con la frase de paso vigente el %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="321" />
        <source>Wait %1 s</source>
        <translation>Espere %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="337" />
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="339" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="346" />
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creando la bóveda (midiendo este equipo)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="358" />
        <source>The vault could not be created (%1).</source>
        <translation>No se pudo crear la bóveda (%1).</translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="69" />
        <source>Reported</source>
        <translation>Reportado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="69" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="69" />
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="70" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="70" />
        <source>Still needs</source>
        <translation>Aún falta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="70" />
        <source>Whom to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="71" />
        <source>Add a checked source…</source>
        <translation>Añadir una fuente consultada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="72" />
        <source>Mark verified</source>
        <translation>Marcar como verificada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="73" />
        <source>Disputed…</source>
        <translation>Controvertida…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="74" />
        <source>Retracted…</source>
        <translation>Retractada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="75" />
        <source>Announced list of releases…</source>
        <translation>Lista anunciada de excarcelaciones…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="122" />
        <source>Close the claim</source>
        <translation>Cerrar la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="122" />
        <source>Why (for the record):</source>
        <translation>Por qué (para el registro):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="136" />
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
</TS>