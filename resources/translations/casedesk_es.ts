<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="213"/>
        <source>(fingerprint NOT checked)</source>
        <translation>(huella SIN comprobar)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="230"/>
        <source>Passphrase:</source>
        <translation>Contraseña:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="205"/>
        <source>Send %Ln case(s) as a bundle</source>
        <translation>
            <numerusform>Enviar %Ln caso en un paquete</numerusform>
            <numerusform>Enviar %Ln casos en un paquete</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="206"/>
        <source>To &amp;colleagues (only their vaults can open it)</source>
        <translation>A &amp;colegas (solo sus bóvedas pueden abrirlo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="207"/>
        <source>With a pass&amp;phrase (say it by another channel)</source>
        <translation>Con una con&amp;traseña (dígala por otro canal)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="209"/>
        <source>Colleagues to send to</source>
        <translation>Colegas a quienes se envía</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="219"/>
        <source>Passphrase of the bundle</source>
        <translation>Contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="225"/>
        <source>Include the &amp;evidence files</source>
        <translation>Incluir los archivos de &amp;evidencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="231"/>
        <source>Who will &amp;read it:</source>
        <translation>&amp;Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="248"/>
        <source>Save the bundle as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="248"/>
        <source>CaseDesk bundles (*.casedesk)</source>
        <translation>Paquetes de CaseDesk (*.casedesk)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="257"/>
        <source>Making the bundle…</source>
        <translation>Preparando el paquete…</translation>
    </message>
</context>
<context>
    <name>BundleReceiver</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="275"/>
        <source>Bundle passphrase</source>
        <translation>Contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="276"/>
        <source>This bundle is not addressed to this vault&apos;s key. If it was made with a passphrase, type it:</source>
        <translation>Este paquete no está dirigido a la clave de esta bóveda. Si se hizo con una contraseña, escríbala:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="280"/>
        <location filename="../../casedesk/gui/exchange.py" line="283"/>
        <source>Bundle refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="286"/>
        <source>a colleague whose fingerprint was checked</source>
        <translation>un colega cuya huella se comprobó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="287"/>
        <source>a colleague whose fingerprint was NOT checked yet</source>
        <translation>un colega cuya huella NO se ha comprobado todavía</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="288"/>
        <source>someone NOT among your colleagues: check the fingerprint with them</source>
        <translation>alguien que NO está entre sus colegas: compruebe la huella con esa persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289"/>
        <source>From %1 (%2), %3.</source>
        <translation>De %1 (%2), %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="291"/>
        <source>%Ln record(s) added</source>
        <translation>
            <numerusform>%Ln registro añadido</numerusform>
            <numerusform>%Ln registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="292"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln registro actualizado</numerusform>
            <numerusform>%Ln registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="293"/>
        <source>%Ln record(s) unchanged</source>
        <translation>
            <numerusform>%Ln registro sin cambios</numerusform>
            <numerusform>%Ln registros sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="294"/>
        <source>%Ln conflict(s) to decide</source>
        <translation>
            <numerusform>%Ln conflicto por decidir</numerusform>
            <numerusform>%Ln conflictos por decidir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="295"/>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="50"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="50"/>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="58"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="59"/>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="61"/>
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="62"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="63"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="68"/>
        <source>Open the existing person&apos;s case</source>
        <translation>Abrir el caso de la persona existente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="75"/>
        <source>Possible matches already in the vault:</source>
        <translation>Posibles coincidencias ya en la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="81"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="85"/>
        <source>Dossier (PDF)…</source>
        <translation>Expediente (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="154"/>
        <source>Given names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="155"/>
        <source>Surnames:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="156"/>
        <source>Aliases (one per line):</source>
        <translation>Alias (uno por línea):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="157"/>
        <source>National ID:</source>
        <translation>Cédula:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="158"/>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="159"/>
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="160"/>
        <source>Nationality:</source>
        <translation>Nacionalidad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="161"/>
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="162"/>
        <source>Affiliation:</source>
        <translation>Afiliación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="163"/>
        <source>Civilian or military:</source>
        <translation>Civil o militar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="164"/>
        <source>About the person:</source>
        <translation>Sobre la persona:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="171"/>
        <source>Arrest date:</source>
        <translation>Fecha de detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172"/>
        <source>Place of arrest:</source>
        <translation>Lugar de la detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173"/>
        <source>Arresting agency:</source>
        <translation>Organismo aprehensor:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="174"/>
        <source>Facility:</source>
        <translation>Centro de reclusión:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="175"/>
        <source>Charges:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="176"/>
        <source>Court:</source>
        <translation>Tribunal:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177"/>
        <source>Case file number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="178"/>
        <source>Judge:</source>
        <translation>Juez/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179"/>
        <source>Lawyer:</source>
        <translation>Abogado/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180"/>
        <source>Classification:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="182"/>
        <source>Status today:</source>
        <translation>Situación hoy:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189"/>
        <location filename="../../casedesk/gui/case_editor.py" line="195"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189"/>
        <source>Status after</source>
        <translation>Situación después</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="190"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="190"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="196"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="197"/>
        <source>Date of the event</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="199"/>
        <source>Status after the event</source>
        <translation>Situación tras el hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="200"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201"/>
        <source>Description of the event</source>
        <translation>Descripción del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="203"/>
        <source>Source of the event</source>
        <translation>Fuente del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="208"/>
        <source>&amp;Add to the timeline</source>
        <translation>&amp;Añadir a la cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="210"/>
        <source>Apply to the selected event</source>
        <translation>Aplicar al hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212"/>
        <source>Remove the selected event</source>
        <translation>Quitar el hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218"/>
        <source>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Los cambios en la cronología se guardan con el caso: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="238"/>
        <source>&amp;Do not contact (unsafe for them or for the case)</source>
        <translation>&amp;No contactar (riesgo para la persona o para el caso)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="505"/>
        <source>Timeline changed: Save keeps it, Cancel drops it.</source>
        <translation>Cronología modificada: Guardar la conserva, Cancelar la descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="524"/>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="547"/>
        <source>Contacts changed: Save keeps them, Cancel drops them.</source>
        <translation>Contactos modificados: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229"/>
        <source>Safe channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229"/>
        <source>Contact?</source>
        <translation>¿Contactar?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="239"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="240"/>
        <source>Relationship:</source>
        <translation>Parentesco:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="241"/>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="242"/>
        <source>Safe channel:</source>
        <translation>Canal seguro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="243"/>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="247"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="249"/>
        <source>Apply to the selected contact</source>
        <translation>Aplicar al contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="251"/>
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="257"/>
        <source>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Los cambios en los contactos se guardan con el caso: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="270"/>
        <source>Case notes:</source>
        <translation>Notas del caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="299"/>
        <source>%1 — case</source>
        <translation>%1 — caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="335"/>
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="335"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="342"/>
        <source>Do not contact this person</source>
        <translation>No contactar a esta persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="372"/>
        <source>Save your changes first: the dossier shows what is saved.</source>
        <translation>Guarde primero los cambios: el expediente muestra lo guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="554"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="555"/>
        <source>What you typed in this case has not been saved. Discard it?</source>
        <translation>Lo que escribió en este caso no se ha guardado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="53"/>
        <source>Name</source>
        <extracomment>Shown until the user chooses otherwise (View → Columns, or the header&apos;s context menu).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="54"/>
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="55"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="56"/>
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="57"/>
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="58"/>
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="59"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="60"/>
        <source>Court stage</source>
        <translation>Etapa procesal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="61"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="62"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="63"/>
        <source>Civilian/military</source>
        <translation>Civil/militar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="64"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
</context>
<context>
    <name>CensusDialog</name>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="27"/>
        <source>Census report</source>
        <translation>Informe del censo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="29"/>
        <source>Census date</source>
        <translation>Fecha del censo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="30"/>
        <source>optional: who entered and left since this date</source>
        <translation>opcional: quién entró y salió desde esta fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="31"/>
        <source>Date to compare with</source>
        <translation>Fecha con la que comparar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="38"/>
        <source>People &amp;held on:</source>
        <translation>Personas de&amp;tenidas al:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="39"/>
        <source>Co&amp;mpare with:</source>
        <translation>Co&amp;mparar con:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="40"/>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="42"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="72"/>
        <source>Save the census report as</source>
        <translation>Guardar el informe del censo como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="81"/>
        <source>Counting and making the report…</source>
        <translation>Contando y preparando el informe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="88"/>
        <source>Preparing the print preview…</source>
        <translation>Preparando la vista previa de impresión…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="308"/>
        <source>Changed here and by a colleague</source>
        <translation>Cambiado aquí y por un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="312"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="312"/>
        <source>In this vault</source>
        <translation>En esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="312"/>
        <source>The colleague&apos;s</source>
        <translation>El del colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="313"/>
        <source>Take the colleague&apos;s</source>
        <translation>Tomar el del colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="314"/>
        <source>Fields changed on both sides</source>
        <translation>Campos cambiados en ambos lados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="318"/>
        <source>&amp;Apply and next</source>
        <translation>&amp;Aplicar y seguir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="338"/>
        <source>No conflicts are waiting.</source>
        <translation>No quedan conflictos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="340"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="340"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="340"/>
        <source>timeline event</source>
        <translation>evento de la cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="341"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="341"/>
        <source>evidence item</source>
        <translation>evidencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="342"/>
        <source>%Ln conflict(s) left.</source>
        <translation>
            <numerusform>Queda %Ln conflicto.</numerusform>
            <numerusform>Quedan %Ln conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="343"/>
        <source>A %1 (%2) was changed here and by %3 since you last exchanged it:</source>
        <translation>Este registro (%1, %2) cambió aquí y en %3 desde el último intercambio:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="355"/>
        <source>Take the colleague&apos;s %1</source>
        <translation>Tomar el valor del colega para %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="365"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="365"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="376"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="376"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="377"/>
        <source>Can be shared</source>
        <translation>Se puede compartir</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../casedesk/gui/app.py" line="74"/>
        <source>Lock CaseDesk now</source>
        <translation>Bloquear CaseDesk ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="127"/>
        <source>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</source>
        <translation>Esta bóveda aún no tiene hoja de recuperación: si se olvida la contraseña, nada podrá abrirla. Archivo → Hoja de recuperación.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="136"/>
        <source>People held today</source>
        <translation>Personas detenidas hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="137"/>
        <source>People held at the end of each month</source>
        <translation>Personas detenidas al cierre de cada mes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="138"/>
        <source>Census report (PDF)…</source>
        <translation>Informe del censo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="139"/>
        <source>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</source>
        <translation>&lt;b&gt;Por situación&lt;/b&gt; (personas): pulse para verlas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="140"/>
        <source>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</source>
        <translation>&lt;b&gt;Detenidas, por centro&lt;/b&gt;: pulse para verlas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="141"/>
        <source>List the people held</source>
        <translation>Ver la lista de personas detenidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="150"/>
        <source>%1 in the last 30 days (%2 on %3)</source>
        <translation>%1 en los últimos 30 días (%2 el %3)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="160"/>
        <source>Not recorded</source>
        <translation>Sin dato</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="40"/>
        <source>The document could not be made (%1); nothing was lost.</source>
        <translation>No se pudo hacer el documento (%1); no se perdió nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="235"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="29"/>
        <source>Internal: everything</source>
        <translation>Interno: todo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="30"/>
        <source>Court: no family phones or addresses, no internal notes</source>
        <translation>Tribunal: sin teléfonos ni direcciones de la familia, sin notas internas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="31"/>
        <source>Family: this person only, no internal notes</source>
        <translation>Familia: solo esta persona, sin notas internas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="32"/>
        <source>Public: no contacts, ID or notes; verified facts only</source>
        <translation>Público: sin contactos, cédula ni notas; solo hechos verificados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="24"/>
        <source>Dossier of %1</source>
        <translation>Expediente de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/dossier_dialog.py" line="25"/>
        <source>Dossier of %Ln cases</source>
        <translation>
            <numerusform>Expediente de %Ln caso</numerusform>
            <numerusform>Expediente de %Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="28"/>
        <source>&amp;One file with a table of contents</source>
        <translation>&amp;Un solo archivo con índice</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="29"/>
        <source>One file per case, into a &amp;folder</source>
        <translation>Un archivo por caso, en una car&amp;peta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="37"/>
        <source>Who will &amp;read it:</source>
        <translation>&amp;Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="38"/>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="40"/>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="45"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="63"/>
        <source>Save one dossier per case into</source>
        <translation>Guardar un expediente por caso en</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="67"/>
        <source>Save the dossier as</source>
        <translation>Guardar el expediente como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="83"/>
        <source>Making the dossier…</source>
        <translation>Preparando el expediente…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="89"/>
        <source>Preparing the print preview…</source>
        <translation>Preparando la vista previa de impresión…</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="285"/>
        <source>Evidence details: %1</source>
        <translation>Detalles de la evidencia: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="298"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="298"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="299"/>
        <source>Can be shared</source>
        <translation>Se puede compartir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="303"/>
        <source>The portrait on the dossier&apos;s cover</source>
        <translation>El retrato de la portada del expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="305"/>
        <source>Public dossiers show it only if it can be shared.</source>
        <translation>Los expedientes públicos solo lo muestran si se puede compartir.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="316"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="316"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="317"/>
        <source>Source (who, how obtained):</source>
        <translation>Fuente (quién, cómo se obtuvo):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="318"/>
        <source>Date obtained:</source>
        <translation>Fecha de obtención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="319"/>
        <source>Date of the content:</source>
        <translation>Fecha del contenido:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="320"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="321"/>
        <source>Confidentiality:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="321"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/evidence_panel.py" line="330"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="57"/>
        <source>Obtained</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="62"/>
        <source>Evidence of this case</source>
        <translation>Evidencias de este caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="66"/>
        <source>Drop files here or use “Add files…”. They are encrypted into the vault; the originals are not changed.</source>
        <translation>Suelte aquí los archivos o use “Añadir archivos…”. Se cifran dentro de la bóveda; los originales no se modifican.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="207"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="76"/>
        <source>A copy of the photo without GPS position, camera or other metadata, for sharing. The original is kept unchanged.</source>
        <translation>Una copia de la foto sin posición GPS, cámara ni otros metadatos, para compartir. El original se conserva sin cambios.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="141"/>
        <source>Choose evidence files</source>
        <translation>Elija los archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="154"/>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se añadieron</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="158"/>
        <source>Encrypting %1…</source>
        <translation>Cifrando %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="158"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="179"/>
        <source>%1 could not be added (%2).</source>
        <translation>%1 no se pudo añadir (%2).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="208"/>
        <source>This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it with another program.</source>
        <translation>Este tipo de archivo no se puede mostrar dentro de CaseDesk. Exporte una copia descifrada para abrirlo con otro programa.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="69"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="73"/>
        <source>E&amp;xport decrypted copy…</source>
        <translation>E&amp;xportar una copia descifrada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="75"/>
        <source>Working copy without &amp;metadata</source>
        <translation>Copia de trabajo sin &amp;metadatos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="79"/>
        <source>De&amp;tails…</source>
        <translation>Da&amp;tos…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="81"/>
        <source>Attac&amp;h to another case…</source>
        <translation>Vincular a &amp;otro caso…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="94"/>
        <source>Save the case first to add evidence: photos, documents, recordings or testimonies, encrypted into the vault.</source>
        <translation>Guarde primero el caso para añadir evidencias: fotos, documentos, grabaciones o testimonios, cifrados dentro de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="98"/>
        <source>No evidence yet. Drop photos, PDFs, recordings or documents here, or use “Add files…”. They are encrypted into the vault; the originals are not changed.</source>
        <translation>Aún no hay evidencias. Suelte aquí fotos, PDF, grabaciones o documentos, o use «Añadir archivos…». Se cifran dentro de la bóveda; los originales no se modifican.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="234"/>
        <location filename="../../casedesk/gui/evidence_panel.py" line="240"/>
        <source>Attach to another case</source>
        <translation>Vincular a otro caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="235"/>
        <source>Name or ID of the person in the other case:</source>
        <translation>Nombre o cédula de la persona del otro caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="240"/>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="252"/>
        <source>No copy made</source>
        <translation>No se hizo la copia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="261"/>
        <source>Export a decrypted copy?</source>
        <translation>¿Exportar una copia descifrada?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="262"/>
        <source>The copy will not be protected by the vault: anyone with access to where you save it can read it. Keep it on an encrypted drive and delete it when done. The export is recorded in the item&apos;s custody log.</source>
        <translation>La copia no estará protegida por la bóveda: cualquiera con acceso al lugar donde la guarde podrá leerla. Guárdela en una unidad cifrada y bórrela al terminar. La exportación queda registrada en la cadena de custodia de la evidencia.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="269"/>
        <source>Save the decrypted copy as</source>
        <translation>Guardar la copia descifrada como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="275"/>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="368"/>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="372"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="373"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="374"/>
        <source>&amp;Fit to window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="375"/>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="376"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="379"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="487"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="69"/>
        <source>Colleagues and exchange keys</source>
        <translation>Colegas y claves de intercambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="82"/>
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="85"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="86"/>
        <source>Read the fingerprint to colleagues by phone or in person; they compare it with what their CaseDesk shows for your key.</source>
        <translation>Lea la huella a sus colegas por teléfono o en persona; la comparan con la que su CaseDesk muestra para su clave.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="91"/>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="91"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="91"/>
        <source>Verified</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="71"/>
        <source>Name colleagues see</source>
        <translation>Nombre que ven sus colegas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="79"/>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Guardar mi clave pública…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="84"/>
        <source>&amp;Name colleagues see:</source>
        <translation>&amp;Nombre que ven sus colegas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="96"/>
        <location filename="../../casedesk/gui/exchange.py" line="111"/>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="98"/>
        <source>No colleagues yet. Ask a colleague for their public key file (they save it here with “Save my public key…”), then add it with “Add a colleague&apos;s key…” and compare the fingerprint by phone.</source>
        <translation>Aún no hay colegas. Pida a un colega el archivo de su clave pública (lo guarda aquí con «Guardar mi clave pública…»), añádalo con «Añadir la clave de un colega…» y compare la huella por teléfono.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="100"/>
        <source>&amp;Add a colleague&apos;s key…</source>
        <translation>&amp;Añadir la clave de un colega…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="102"/>
        <source>&amp;Mark the fingerprint as checked…</source>
        <translation>&amp;Marcar la huella como comprobada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="138"/>
        <source>CaseDesk key of %1</source>
        <translation>Clave de CaseDesk de %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="139"/>
        <source>Save my public key as</source>
        <translation>Guardar mi clave pública como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="139"/>
        <source>CaseDesk keys (*.json)</source>
        <translation>Claves de CaseDesk (*.json)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="145"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="152"/>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="154"/>
        <source>NOT checked</source>
        <translation>SIN comprobar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="163"/>
        <source>A colleague&apos;s public key</source>
        <translation>La clave pública de un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="164"/>
        <source>CaseDesk keys (*.json);;All files (*)</source>
        <translation>Claves de CaseDesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="172"/>
        <source>Not a key</source>
        <translation>No es una clave</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="173"/>
        <source>That file cannot be read.</source>
        <translation>Ese archivo no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="176"/>
        <location filename="../../casedesk/gui/exchange.py" line="190"/>
        <source>Check the fingerprint</source>
        <translation>Comprobar la huella</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="177"/>
        <source>Fingerprint of %1:

%2

If you compared it with them (by phone or in person), write who did; leave it empty if not yet.</source>
        <translation>Huella de %1:

%2

Si la comparó con esa persona (por teléfono o en persona), escriba quién lo hizo; déjelo vacío si aún no.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="191"/>
        <source>Did you compare %1 with %2? Who checked it:</source>
        <translation>¿Comparó %1 con %2? Quién la comprobó:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="22"/>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="24"/>
        <source>Columns to export</source>
        <translation>Columnas que se exportan</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="31"/>
        <source>The file is not encrypted: keep it on an encrypted drive and delete it when done. The export is recorded in the audit log.</source>
        <translation>El archivo no está cifrado: guárdelo en una unidad cifrada y bórrelo al terminar. La exportación queda registrada en la auditoría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/export_dialog.py" line="35"/>
        <source>%Ln case(s), the list as filtered now</source>
        <translation>
            <numerusform>%Ln caso, la lista tal como está filtrada</numerusform>
            <numerusform>%Ln casos, la lista tal como está filtrada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="36"/>
        <source>Cases:</source>
        <translation>Casos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="37"/>
        <source>&amp;Columns:</source>
        <translation>Colu&amp;mnas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="38"/>
        <source>Who will &amp;read it:</source>
        <translation>&amp;Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="49"/>
        <source>Export the list as</source>
        <translation>Exportar la lista como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="56"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="81"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="86"/>
        <source>The list to import</source>
        <translation>La lista que se importa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="82"/>
        <source>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</source>
        <translation>CSV o TSV en cualquier codificación y separador, XLSX, XLS u ODS (todas las hojas), un informe en PDF o texto copiado de uno. El archivo solo se lee.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="96"/>
        <source>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</source>
        <translation>La fecha que describe la lista: las situaciones que indica se registran en esa fecha, así el censo de ese día refleja la lista.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="104"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="87"/>
        <source>No file chosen yet</source>
        <translation>Aún no se ha elegido ningún archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="88"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="94"/>
        <source>Status date</source>
        <translation>Fecha de la situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="105"/>
        <source>Status &amp;date:</source>
        <translation>Fecha de la &amp;situación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="113"/>
        <source>Choose the list</source>
        <translation>Elegir la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="114"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="127"/>
        <source>To go on, choose the list to import with “Choose…”.</source>
        <translation>Para seguir, elija la lista que se importa con «Elegir…».</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="131"/>
        <source>To go on, correct the status date: %1</source>
        <translation>Para seguir, corrija la fecha de la situación: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="133"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="147"/>
        <source>The status date cannot be in the future.</source>
        <translation>La fecha de la situación no puede ser futura.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="51"/>
        <source>Your new vault</source>
        <translation>Su bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="53"/>
        <source>The passphrase is the only key</source>
        <translation>La contraseña es la única llave</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="54"/>
        <source>Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not even CaseDesk&apos;s developers, can open it without the passphrase or the recovery sheet.

Your passphrase is rated “%1”: %2

Long passphrases of unrelated words are the strongest, and easier to remember than symbols.</source>
        <translation>Todo en esta bóveda está cifrado con una clave que solo su contraseña abre. Nadie, ni siquiera quienes desarrollan CaseDesk, puede abrirla sin la contraseña o la hoja de recuperación.

Su contraseña se considera «%1»: %2

Las contraseñas largas de palabras sin relación entre sí son las más fuertes, y más fáciles de recordar que los símbolos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="62"/>
        <source>&amp;Make the recovery sheet now (recommended)</source>
        <translation>&amp;Hacer ahora la hoja de recuperación (recomendado)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="68"/>
        <source>&amp;Add 50 synthetic cases to practise</source>
        <translation>Añadir 50 casos sintéticos para &amp;practicar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="59"/>
        <source>A recovery sheet</source>
        <translation>Una hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="60"/>
        <source>If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. Print it and keep it away from the laptop (a safe, a trusted person).</source>
        <translation>Si se olvida la contraseña, una hoja de recuperación impresa con 16 palabras es la única forma de volver a entrar. Imprímala y guárdela lejos del portátil (una caja fuerte, una persona de confianza).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="65"/>
        <source>Try it first?</source>
        <translation>¿Probar primero?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="66"/>
        <source>You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be deleted. For real work, leave this unticked.</source>
        <translation>Puede añadir 50 casos inventados para aprender CaseDesk; quedan marcados como sintéticos y se pueden borrar. Para el trabajo real, deje esto sin marcar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="71"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="72"/>
        <source>When CaseDesk closes it makes the day&apos;s encrypted backup in %1. Copy backups regularly to an external drive with File → Back up to another folder, and keep that drive apart from the laptop. Help → Manual explains what to do if the laptop is seized or lost.</source>
        <translation>Al cerrarse, CaseDesk hace la copia cifrada del día en %1. Copie las copias con regularidad a un disco externo con Archivo → Copia de seguridad en otra carpeta, y guarde ese disco lejos del portátil. Ayuda → Manual explica qué hacer si el portátil es incautado o se pierde.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="48"/>
        <source>Import a list</source>
        <translation>Importar una lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="73"/>
        <source>Why you cannot go on yet</source>
        <translation>Por qué aún no puede seguir</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="29"/>
        <source>Organisation letterhead</source>
        <translation>Membrete de la organización</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="34"/>
        <source>Printed at the top of dossiers and census reports. Court and family dossiers end with the signature block over a line to sign. Leave everything empty for documents without a letterhead.</source>
        <translation>Se imprime en la cabecera de los expedientes y de los informes del censo. Los expedientes para un tribunal o para la familia terminan con el bloque de firma bajo una línea para firmar. Deje todo vacío para documentos sin membrete.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="39"/>
        <source>Street, city, telephone (up to four lines)</source>
        <translation>Calle, ciudad, teléfono (hasta cuatro líneas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="42"/>
        <source>Name, title, bar number: one per line (empty: the lawyer&apos;s name)</source>
        <translation>Nombre, cargo, n.º de Inpreabogado: uno por línea (vacío: el nombre del abogado/a)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="50"/>
        <source>C&amp;hoose a logo…</source>
        <translation>&amp;Elegir un logo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="53"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Quitar el logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="73"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="73"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="74"/>
        <source>&amp;Lawyer:</source>
        <translation>&amp;Abogado/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="74"/>
        <source>&amp;Signature block:</source>
        <translation>&amp;Bloque de firma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="78"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="81"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="82"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="83"/>
        <source>Lawyer</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="84"/>
        <source>Signature block</source>
        <translation>Bloque de firma</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="85"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="97"/>
        <source>No logo</source>
        <translation>Sin logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="101"/>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Elija el logo de la organización</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="102"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="318"/>
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="320"/>
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="320"/>
        <source>&amp;Edit case</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="321"/>
        <source>&amp;Delete case…</source>
        <translation>E&amp;liminar caso…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="321"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="322"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="322"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="323"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="323"/>
        <source>Copy case &amp;id</source>
        <translation>Copiar el &amp;id del caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="324"/>
        <source>&amp;Compact rows</source>
        <translation>Filas &amp;compactas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="324"/>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="326"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="327"/>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Verificar la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="328"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>E&amp;xpediente (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="329"/>
        <source>Census &amp;report (PDF)…</source>
        <translation>Informe del &amp;censo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="330"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importar una lista…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="331"/>
        <source>Rows to re&amp;view…</source>
        <translation>Filas por re&amp;visar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="332"/>
        <source>E&amp;xport the list (CSV, XLSX)…</source>
        <translation>E&amp;xportar la lista (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="333"/>
        <source>&amp;Send cases to a colleague (bundle)…</source>
        <translation>&amp;Enviar casos a un colega (paquete)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="334"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Recibir un paquete…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="335"/>
        <source>Colleagues and exchange &amp;keys…</source>
        <translation>Colegas y &amp;claves de intercambio…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="336"/>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="337"/>
        <source>Recovery &amp;sheet…</source>
        <translation>Hoja de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="338"/>
        <source>Organisation le&amp;tterhead…</source>
        <translation>&amp;Membrete de la organización…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="339"/>
        <source>Back up to &amp;another folder (external drive)…</source>
        <translation>Copia de seguridad en &amp;otra carpeta (disco externo)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="340"/>
        <location filename="../../casedesk/gui/main_window.py" line="342"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="342"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="343"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="347"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="348"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="349"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="350"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="351"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="352"/>
        <source>C&amp;olumns of the case list</source>
        <translation>C&amp;olumnas de la lista de casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="355"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="356"/>
        <source>Search by name, ID, facility or notes…</source>
        <translation>Buscar por nombre, cédula, centro o notas…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="357"/>
        <location filename="../../casedesk/gui/main_window.py" line="681"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="357"/>
        <location filename="../../casedesk/gui/main_window.py" line="684"/>
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="357"/>
        <location filename="../../casedesk/gui/main_window.py" line="684"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358"/>
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="359"/>
        <source>Arrested from</source>
        <translation>Detenidos desde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="359"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="362"/>
        <source>Search the cases</source>
        <translation>Buscar en los casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="364"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="365"/>
        <source>Arrested from (day/month/year)</source>
        <translation>Detenidos desde (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="366"/>
        <source>Arrested until (day/month/year)</source>
        <translation>Detenidos hasta (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="367"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="368"/>
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="370"/>
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (próximos 30 días)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="371"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="372"/>
        <source>Dashboard</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="376"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="376"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="376"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="377"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="377"/>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="390"/>
        <source>READ-ONLY: this vault is damaged</source>
        <translation>SOLO LECTURA: esta bóveda está dañada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="459"/>
        <source>Select a case in the list to see it here. Double-click it, or press Ctrl+E, to edit it.</source>
        <translation>Seleccione un caso de la lista para verlo aquí. Haga doble clic en él, o pulse Ctrl+E, para editarlo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="481"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="483"/>
        <source>Held</source>
        <translation>Detenidos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="484"/>
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detenidos, en arresto domiciliario o con paradero desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="491"/>
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="570"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="570"/>
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="578"/>
        <source>Filter saved.</source>
        <translation>Filtro guardado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="581"/>
        <source>%Ln matching cases</source>
        <translation>
            <numerusform>%Ln caso coincide</numerusform>
            <numerusform>%Ln casos coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="746"/>
        <source>%n unsaved drafts restored.</source>
        <translation>
            <numerusform>Se recuperó %n borrador sin guardar.</numerusform>
            <numerusform>Se recuperaron %n borradores sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="675"/>
        <source>(since %1)</source>
        <translation>(desde %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="677"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="677"/>
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="678"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="678"/>
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="680"/>
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="682"/>
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="683"/>
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="685"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="685"/>
        <source>Lawyer</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="758"/>
        <source>Case saved.</source>
        <translation>Caso guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="762"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="771"/>
        <source>The last change was undone.</source>
        <translation>Se deshizo el último cambio.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="779"/>
        <source>Delete case?</source>
        <translation>¿Eliminar el caso?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="780"/>
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>¿Eliminar el caso de %1 con su cronología y sus registros de evidencias? El registro de auditoría conserva constancia de la eliminación.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="787"/>
        <source>Case deleted.</source>
        <translation>Caso eliminado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="792"/>
        <location filename="../../casedesk/gui/main_window.py" line="821"/>
        <source>Select one or more cases first.</source>
        <translation>Seleccione antes uno o más casos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="796"/>
        <source>Dossier saved.</source>
        <translation>Expediente guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="814"/>
        <source>List exported.</source>
        <translation>Lista exportada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="824"/>
        <source>Bundle saved.</source>
        <translation>Paquete guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="829"/>
        <source>A bundle from a colleague</source>
        <translation>Un paquete de un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="830"/>
        <source>CaseDesk bundles (*.casedesk *.age);;All files (*)</source>
        <translation>Paquetes de CaseDesk (*.casedesk *.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="847"/>
        <source>Census report saved.</source>
        <translation>Informe del censo guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="855"/>
        <source>Letterhead saved.</source>
        <translation>Membrete guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="860"/>
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta guardar la copia?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="866"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="871"/>
        <source>Backup made and checked: %1</source>
        <translation>Copia hecha y verificada: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="883"/>
        <location filename="../../casedesk/gui/main_window.py" line="891"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="884"/>
        <source>A new recovery sheet replaces any earlier one. Type the vault&apos;s passphrase:</source>
        <translation>Una hoja de recuperación nueva anula las anteriores. Escriba la contraseña de la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="900"/>
        <source>Checking the database, the audit chain and every evidence file…</source>
        <translation>Verificando la base de datos, la cadena de auditoría y cada archivo de evidencia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="914"/>
        <source>Vault checked</source>
        <translation>Bóveda verificada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="915"/>
        <source>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</source>
        <translation>Todo está íntegro: cada página de la base de datos, la cadena de auditoría de %1 entradas y cada archivo de evidencia.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="918"/>
        <source>Problems found</source>
        <translation>Se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="949"/>
        <source>About CaseDesk</source>
        <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="950"/>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Expedientes cifrados para abogados que defienden a personas detenidas por razones políticas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="957"/>
        <source>Something went wrong (%1); nothing was lost.</source>
        <translation>Algo salió mal (%1); no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="22"/>
        <source>CaseDesk manual</source>
        <translation>Manual de CaseDesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="163"/>
        <source>What CaseDesk read</source>
        <translation>Lo que CaseDesk leyó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="178"/>
        <source>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</source>
        <translation>Leído como: %1. Lo que contiene cada columna se decidió por su encabezado y sus valores; corrija lo que esté mal. Lo que usted elija se recuerda para el próximo archivo con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="187"/>
        <source>Sheet “%1” is empty.</source>
        <translation>La hoja «%1» está vacía.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="192"/>
        <source>Sheet “%1” left out: %2.</source>
        <translation>Hoja «%1» dejada fuera: %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="195"/>
        <source>Sheet “%1”: header on row %2.</source>
        <translation>Hoja «%1»: encabezado en la fila %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="198"/>
        <source>Sheet “%1”: no header; the columns were recognised by their values.</source>
        <translation>Hoja «%1»: sin encabezado; las columnas se reconocieron por sus valores.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="208"/>
        <source>Columns of “%1”</source>
        <translation>Columnas de «%1»</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="210"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="210"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="210"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="211"/>
        <source>Example %1</source>
        <translation>Ejemplo %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="218"/>
        <source>What column %1 holds</source>
        <translation>Qué contiene la columna %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="241"/>
        <source>its header</source>
        <translation>su encabezado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="241"/>
        <source>its values</source>
        <translation>sus valores</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="242"/>
        <source>its header and its values</source>
        <translation>su encabezado y sus valores</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="242"/>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="243"/>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="260"/>
        <source>Two columns of “%1” are set to hold the same thing.</source>
        <translation>Dos columnas de «%1» están marcadas con el mismo contenido.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="272"/>
        <source>No sheet has a column of names: choose which column holds the names.</source>
        <translation>Ninguna hoja tiene una columna de nombres: indique cuál columna tiene los nombres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="219"/>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="67"/>
        <source>Protect the file with a pass&amp;word (AES-256)</source>
        <translation>Proteger el archivo con &amp;contraseña (AES-256)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="70"/>
        <source>Password for the file</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="72"/>
        <source>Propose a&amp;nother</source>
        <translation>Proponer &amp;otra</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="77"/>
        <source>Send the password by another channel than the file (for example, say it by phone).</source>
        <translation>Envíe la contraseña por un canal distinto al del archivo (por ejemplo, dígala por teléfono).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="25"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="28"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="31"/>
        <source>Minutes without use before CaseDesk locks itself</source>
        <translation>Minutos sin uso antes de que CaseDesk se bloquee</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="33"/>
        <source>Vault to open first</source>
        <translation>Bóveda que se abre primero</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="34"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="44"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="52"/>
        <source>&amp;Vault to open first:</source>
        <translation>Bóveda que se abre &amp;primero:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="55"/>
        <source>Lock &amp;after this long without use:</source>
        <translation>&amp;Bloquear tras este tiempo sin uso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="57"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="41"/>
        <source>Comfortable</source>
        <translation>Cómodas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="42"/>
        <source>Compact</source>
        <translation>Compactas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="62"/>
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="62"/>
        <source>Recover the vault</source>
        <translation>Recuperar la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="65"/>
        <source>The words of the recovery sheet, in order</source>
        <translation>Las palabras de la hoja de recuperación, en orden</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="66"/>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="68"/>
        <source>New passphrase</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="70"/>
        <source>New passphrase, again</source>
        <translation>Contraseña nueva, otra vez</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="71"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="72"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="80"/>
        <source>The recovery sheet unlocks the vault once you choose a new passphrase; the old passphrase will stop working.</source>
        <translation>La hoja de recuperación abre la bóveda cuando elija una contraseña nueva; la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="88"/>
        <source>&amp;Recovery words:</source>
        <translation>&amp;Palabras de recuperación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="89"/>
        <source>&amp;New passphrase:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="90"/>
        <source>Type it &amp;again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="102"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="106"/>
        <source>Checking the words…</source>
        <translation>Comprobando las palabras…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="115"/>
        <source>These words do not open this vault. Check them against the sheet.</source>
        <translation>Estas palabras no abren esta bóveda. Compárelas con la hoja.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="24"/>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="53"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="32"/>
        <source>Recovery words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="33"/>
        <source>Print this sheet and keep it away from the laptop, somewhere safe. With it and the laptop, anyone can open the vault. Any earlier sheet no longer works.</source>
        <translation>Imprima esta hoja y guárdela lejos del portátil, en un lugar seguro. Con ella y el portátil, cualquiera puede abrir la bóveda. Las hojas anteriores dejan de valer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="37"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="38"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="52"/>
        <source>Save the recovery sheet as</source>
        <translation>Guardar la hoja de recuperación como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="62"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ReleaseListDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="207"/>
        <source>Announced list of releases</source>
        <translation>Lista anunciada de excarcelaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="210"/>
        <source>The announced list</source>
        <translation>La lista anunciada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="212"/>
        <source>Paste the list here: one name per line, with or without cédula.</source>
        <translation>Pegue aquí la lista: un nombre por línea, con o sin cédula.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="215"/>
        <source>e.g. Ministry press note of 7 January</source>
        <translation>p. ej. nota de prensa del Ministerio del 7 de enero</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="223"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="223"/>
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="223"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="216"/>
        <source>&amp;Match with the people held</source>
        <translation>&amp;Cruzar con las personas detenidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="219"/>
        <source>L&amp;oad a file…</source>
        <translation>Cargar un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="222"/>
        <source>Who the list names</source>
        <translation>A quién nombra la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="230"/>
        <source>Paste the list above (or load a file) and press “Match with the people held”: each line shows here with the case it names, a choice when several could fit, or that nobody held has that name.</source>
        <translation>Pegue la lista arriba (o cargue un archivo) y pulse «Cruzar con las personas detenidas»: cada línea aparece aquí con el caso que nombra, una elección cuando podrían ser varios, o que nadie detenido tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="234"/>
        <source>&amp;Record claims to verify</source>
        <translation>&amp;Registrar afirmaciones por verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="238"/>
        <source>Announced release &amp;date:</source>
        <translation>&amp;Fecha anunciada de la excarcelación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="239"/>
        <source>&amp;Source of the list:</source>
        <translation>F&amp;uente de la lista:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="258"/>
        <source>Open the list</source>
        <translation>Abrir la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="259"/>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="268"/>
        <source>≈ %1 (part of the name: check it)</source>
        <translation>≈ %1 (parte del nombre: compruébelo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="277"/>
        <source>Case for line %1</source>
        <translation>Caso de la línea %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="278"/>
        <source>? choose…</source>
        <translation>? elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="284"/>
        <source>✗ not held: %1</source>
        <translation>✗ no está detenido/a: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="286"/>
        <source>✗ nobody held by this name</source>
        <translation>✗ nadie detenido con este nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="291"/>
        <source>? unclear: read the sentence (“%1”)</source>
        <translation>? dudoso: lea la frase («%1»)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="295"/>
        <source>— not a name (a heading, source or note)</source>
        <translation>— no es un nombre (un título, una fuente o una nota)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="299"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln identificado</numerusform>
            <numerusform>%Ln identificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="300"/>
        <source>%Ln to choose</source>
        <translation>
            <numerusform>%Ln por decidir</numerusform>
            <numerusform>%Ln por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="301"/>
        <source>%Ln without a case</source>
        <translation>
            <numerusform>%Ln sin caso</numerusform>
            <numerusform>%Ln sin caso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="302"/>
        <source>%Ln named but not as released</source>
        <translation>
            <numerusform>%Ln nombrado pero no como excarcelado</numerusform>
            <numerusform>%Ln nombrados pero no como excarcelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="303"/>
        <source>%Ln unclear</source>
        <translation>
            <numerusform>%Ln dudoso</numerusform>
            <numerusform>%Ln dudosos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="304"/>
        <source>%Ln line(s) that name nobody</source>
        <translation>
            <numerusform>%Ln línea que no nombra a nadie</numerusform>
            <numerusform>%Ln líneas que no nombran a nadie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="310"/>
        <source>still held</source>
        <translation>sigue detenido/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="310"/>
        <source>transferred, not released</source>
        <translation>trasladado/a, no excarcelado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="311"/>
        <source>a lawyer</source>
        <translation>un abogado o abogada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="311"/>
        <source>a relative</source>
        <translation>un familiar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="311"/>
        <source>an official</source>
        <translation>un funcionario o funcionaria</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="312"/>
        <source>someone quoted</source>
        <translation>alguien citado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="312"/>
        <source>signs the statement</source>
        <translation>firma el comunicado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="313"/>
        <source>not released</source>
        <translation>no excarcelado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="316"/>
        <source>a person held has the same name</source>
        <translation>una persona detenida tiene el mismo nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="345"/>
        <source>%Ln claim(s) recorded in the verification queue.</source>
        <translation>
            <numerusform>%Ln afirmación registrada en la cola de verificación.</numerusform>
            <numerusform>%Ln afirmaciones registradas en la cola de verificación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="341"/>
        <source>Announced list</source>
        <translation>Lista anunciada</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="21"/>
        <location filename="../../casedesk/gui/review_dialog.py" line="27"/>
        <source>Rows to review</source>
        <translation>Filas por revisar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26"/>
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26"/>
        <source>Maybe the same as</source>
        <translation>Quizá la misma persona que</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="34"/>
        <source>Nothing waits for review. When an imported list has rows that may be people already in the vault and you choose “Decide later”, they wait here.</source>
        <translation>No hay nada por revisar. Cuando una lista importada tiene filas que pueden ser personas que ya están en la bóveda y usted elige «Decidir más tarde», esperan aquí.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="40"/>
        <source>&amp;Apply the decisions</source>
        <translation>&amp;Aplicar las decisiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="54"/>
        <source>%n row(s) of imported lists may be people already in the vault. Nothing is merged until you say so.</source>
        <translation>
            <numerusform>%n fila de listas importadas puede ser una persona que ya está en la bóveda. No se une nada hasta que usted lo diga.</numerusform>
            <numerusform>%n filas de listas importadas pueden ser personas que ya están en la bóveda. No se une nada hasta que usted lo diga.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="56"/>
        <source>Nothing waits for review.</source>
        <translation>No hay nada por revisar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="61"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="70"/>
        <source>Decision for row %1</source>
        <translation>Decisión para la fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="71"/>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="73"/>
        <source>Same person as %1</source>
        <translation>Misma persona que %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="75"/>
        <source>A different person: add</source>
        <translation>Otra persona: añadir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="76"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="94"/>
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
        <location filename="../../casedesk/gui/import_wizard.py" line="285"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="289"/>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="286"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="288"/>
        <source>These rows look like people already in the vault. Choose for each:</source>
        <translation>Estas filas parecen personas que ya están en la bóveda. Decida en cada una:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="312"/>
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Leyendo la lista y comparándola con la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="342"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="342"/>
        <source>New people (with their case)</source>
        <translation>Personas nuevas (con su caso)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="343"/>
        <source>Already in the vault (updated)</source>
        <translation>Ya en la bóveda (actualizadas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="344"/>
        <source>Of those, arrested again (new case)</source>
        <translation>De ellas, detenidas de nuevo (caso nuevo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="345"/>
        <source>Duplicates within the file (merged)</source>
        <translation>Duplicados dentro del archivo (unidos)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="346"/>
        <source>To decide below</source>
        <translation>Por decidir abajo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="358"/>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="374"/>
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="375"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="352"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="380"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="291"/>
        <source>Rows that may be people already in the vault</source>
        <translation>Filas que pueden ser personas que ya están en la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="346"/>
        <source>Not people (skipped)</source>
        <translation>No son personas (omitidas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="354"/>
        <source>Kept as written (not understood; the field is left unknown):</source>
        <translation>Guardado tal cual (no se entendió; el dato queda desconocido):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="357"/>
        <source>Remarks:</source>
        <translation>Observaciones:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="359"/>
        <source>Duplicates within the file:</source>
        <translation>Duplicados dentro del archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="360"/>
        <source>Row %1 is row %2 again</source>
        <translation>La fila %1 repite la fila %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="371"/>
        <source>&amp;Create these new facilities: %1</source>
        <translation>&amp;Crear estos centros de reclusión nuevos: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="374"/>
        <source>Maybe the same as</source>
        <translation>Quizá la misma persona que</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="385"/>
        <source>row %1 of this list</source>
        <translation>fila %1 de esta lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="389"/>
        <source>Decision for row %1</source>
        <translation>Decisión para la fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="390"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="392"/>
        <source>Same person as %1</source>
        <translation>Misma persona que %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="393"/>
        <source>A different person: add</source>
        <translation>Otra persona: añadirla</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="394"/>
        <source>Decide later (kept for review)</source>
        <translation>Decidir más tarde (queda por revisar)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="395"/>
        <source>Leave out of this import</source>
        <translation>Dejarla fuera de esta importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="425"/>
        <source>Take from the list (unticked, the vault&apos;s value stays):</source>
        <translation>Tomar de la lista (sin marcar, queda el valor de la bóveda):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="428"/>
        <source>Take %1 from the list</source>
        <translation>Tomar %1 de la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="435"/>
        <source>(empty fields are filled; nothing differs)</source>
        <translation>(se completan los campos vacíos; nada difiere)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="459"/>
        <source>Wait: the list is still being compared with the vault.</source>
        <translation>Espere: la lista todavía se está comparando con la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="461"/>
        <source>The list could not be compared with the vault: go back and choose another file.</source>
        <translation>La lista no se pudo comparar con la bóveda: vuelva atrás y elija otro archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="464"/>
        <source>To go on, choose a decision for %Ln row(s) in the table (“Decide later” keeps them for review).</source>
        <translation>
            <numerusform>Para seguir, elija una decisión para %Ln fila de la tabla («Decidir más tarde» la deja por revisar).</numerusform>
            <numerusform>Para seguir, elija una decisión para %Ln filas de la tabla («Decidir más tarde» las deja por revisar).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="467"/>
        <source>To go on, tick “Create these new facilities”, or go back and correct the column that holds the facility.</source>
        <translation>Para seguir, marque «Crear estos centros de reclusión nuevos», o vuelva atrás y corrija la columna que contiene el centro de reclusión.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="488"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="514"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="528"/>
        <source>Import done</source>
        <translation>Importación hecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="490"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="491"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="495"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="515"/>
        <source>All or nothing: “Cancel the import” stops it and nothing is written.</source>
        <translation>Todo o nada: «Cancelar la importación» la detiene y no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="529"/>
        <source>It can be undone as a whole: the people and cases it added and the statuses it recorded.</source>
        <translation>Se puede deshacer entera: las personas y los casos que añadió y las situaciones que registró.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="532"/>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="533"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln persona nueva</numerusform>
            <numerusform>%Ln personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="534"/>
        <source>%Ln person(s) updated</source>
        <translation>
            <numerusform>%Ln persona actualizada</numerusform>
            <numerusform>%Ln personas actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="535"/>
        <source>%Ln new case(s)</source>
        <translation>
            <numerusform>%Ln caso nuevo</numerusform>
            <numerusform>%Ln casos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="537"/>
        <source>%Ln row(s) wait for a decision: File → Rows to review…</source>
        <translation>
            <numerusform>%Ln fila espera una decisión: Archivo → Filas por revisar…</numerusform>
            <numerusform>%Ln filas esperan una decisión: Archivo → Filas por revisar…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="569"/>
        <source>Undo the import?</source>
        <translation>¿Deshacer la importación?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="570"/>
        <source>Remove the people and cases this import added, and the statuses it recorded?</source>
        <translation>¿Quitar las personas y los casos que añadió esta importación, y las situaciones que registró?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="580"/>
        <source>The import was undone.</source>
        <translation>La importación se deshizo.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="169"/>
        <source>Checked source</source>
        <translation>Fuente consultada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="174"/>
        <source>This source confirms the claim</source>
        <translation>Esta fuente confirma la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="186"/>
        <source>&amp;Kind of source:</source>
        <translation>&amp;Tipo de fuente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="187"/>
        <source>&amp;What it says:</source>
        <translation>&amp;Qué dice:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="188"/>
        <source>&amp;Family contact:</source>
        <translation>Contacto &amp;familiar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="189"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="150"/>
        <source>Encrypted case files. Version %1</source>
        <translation>Expedientes cifrados. Versión %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="189"/>
        <source>&amp;Recent vaults:</source>
        <translation>Bóvedas &amp;recientes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="201"/>
        <source>&amp;Open the selected vault</source>
        <translation>&amp;Abrir la bóveda elegida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="206"/>
        <source>Open another vault &amp;folder…</source>
        <translation>Abrir otra &amp;carpeta de bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="223"/>
        <source>CaseDesk locked itself. Everything you typed is kept.</source>
        <translation>CaseDesk se bloqueó. Todo lo que escribió se conserva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="238"/>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="342"/>
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="384"/>
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="389"/>
        <source>Choose an empty folder for the new vault</source>
        <translation>Elija una carpeta vacía para la bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="420"/>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="149"/>
        <source>What this screen does</source>
        <translation>Qué hace esta pantalla</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="177"/>
        <source>A vault is a folder that keeps your cases encrypted on this computer. Open one you already have, or create a new one.</source>
        <translation>Una bóveda es una carpeta que guarda sus casos cifrados en este equipo. Abra una que ya tenga o cree una nueva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="182"/>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="191"/>
        <source>No vault has been opened on this computer yet.</source>
        <translation>Todavía no se ha abierto ninguna bóveda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="208"/>
        <source>&amp;Create a new vault…</source>
        <translation>Crear una bóveda &amp;nueva…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="232"/>
        <source>&amp;Type it for me</source>
        <translation>&amp;Escribirla por mí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="239"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="312"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="240"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="313"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="241"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="314"/>
        <source>Show what you type; make sure nobody is looking.</source>
        <translation>Muestra lo que escribe; asegúrese de que nadie esté mirando.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="243"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="320"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="254"/>
        <source>&amp;Forgot the passphrase? Use the recovery sheet…</source>
        <translation>¿&amp;Olvidó la contraseña? Use la hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="257"/>
        <source>&amp;Restore the newest backup into a new folder…</source>
        <translation>&amp;Restaurar la copia más reciente en una carpeta nueva…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="261"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="348"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="263"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="529"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="288"/>
        <source>CaseDesk keeps the vault&apos;s cases encrypted in this folder. Nobody can open them without the passphrase, not even CaseDesk&apos;s developers. Once the vault is made you can print a recovery sheet, in case the passphrase is forgotten.</source>
        <translation>CaseDesk guarda cifrados los casos de la bóveda en esta carpeta. Nadie puede abrirlos sin la contraseña, ni siquiera quienes desarrollan CaseDesk. Una vez creada la bóveda podrá imprimir una hoja de recuperación, por si se olvida la contraseña.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="296"/>
        <source>Folder for the new vault</source>
        <translation>Carpeta de la bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="297"/>
        <source>A new or empty folder; it is created if it does not exist.</source>
        <translation>Una carpeta nueva o vacía; se crea si no existe.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="299"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="304"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="307"/>
        <source>New passphrase</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="310"/>
        <source>New passphrase, again</source>
        <translation>Contraseña nueva, otra vez</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="323"/>
        <source>Passphrase strength</source>
        <translation>Fortaleza de la contraseña</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="334"/>
        <source>Type it &amp;again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="350"/>
        <source>&amp;Create the vault</source>
        <translation>Crear la &amp;bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="368"/>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="371"/>
        <source>CaseDesk is locked</source>
        <translation>CaseDesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="374"/>
        <source>Open the demo vault</source>
        <translation>Abrir la bóveda de demostración</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="377"/>
        <source>Open a vault</source>
        <translation>Abrir una bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="427"/>
        <source>This demo vault holds invented cases, for practice. Its passphrase is: %1</source>
        <translation>Esta bóveda de demostración guarda casos inventados, para practicar. Su contraseña es: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="448"/>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Escriba primero la contraseña de la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="451"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="476"/>
        <source>The vault could not be opened (%1).</source>
        <translation>No se pudo abrir la bóveda (%1).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="485"/>
        <source>The newest checked backup is from %1; it can be restored into a new folder.</source>
        <translation>La copia verificada más reciente es del %1; puede restaurarse en una carpeta nueva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="490"/>
        <source>An empty folder for the restored vault</source>
        <translation>Una carpeta vacía para la bóveda restaurada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="499"/>
        <source>Restored. Unlock it with the passphrase that was valid on %1.</source>
        <translation>Restaurada. Ábrala con la contraseña vigente el %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="533"/>
        <source>Wait %1 s</source>
        <translation>Espere %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="556"/>
        <source>Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="562"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="564"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="572"/>
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creando la bóveda (midiendo este equipo)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="585"/>
        <source>The vault could not be created (%1).</source>
        <translation>No se pudo crear la bóveda (%1).</translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="71"/>
        <source>Reported</source>
        <translation>Reportado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="71"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="71"/>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="72"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="72"/>
        <source>Still needs</source>
        <translation>Aún falta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="72"/>
        <source>Whom to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="73"/>
        <source>Claims to verify</source>
        <translation>Afirmaciones por verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="75"/>
        <source>No claims wait for verification. When a release is announced, use “Announced list of releases…” to match the list with the people held: each match becomes a claim here, verified once two independent sources confirm it.</source>
        <translation>No hay afirmaciones por verificar. Cuando se anuncie una excarcelación, use «Lista anunciada de excarcelaciones…» para cruzar la lista con las personas detenidas: cada coincidencia se vuelve aquí una afirmación, verificada cuando dos fuentes independientes la confirman.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="78"/>
        <source>Add a checked &amp;source…</source>
        <translation>Añadir una &amp;fuente consultada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="79"/>
        <source>Mark ve&amp;rified</source>
        <translation>Marcar como ve&amp;rificada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>&amp;Disputed…</source>
        <translation>&amp;Controvertida…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>Re&amp;tracted…</source>
        <translation>Re&amp;tractada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="82"/>
        <source>Announced &amp;list of releases…</source>
        <translation>&amp;Lista anunciada de excarcelaciones…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="95"/>
        <source>Not yet: the “Still needs” column says what is missing.</source>
        <translation>Todavía no: la columna «Aún falta» dice qué falta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="144"/>
        <source>Close the claim</source>
        <translation>Cerrar la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="144"/>
        <source>Why (for the record):</source>
        <translation>Por qué (para el registro):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="158"/>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
</TS>
