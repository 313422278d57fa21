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
        <location filename="../../casedesk/gui/exchange.py" line="281"/>
        <source>Bundle passphrase</source>
        <translation>Contraseña del paquete</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="282"/>
        <source>This bundle is not addressed to this vault&apos;s key. If it was made with a passphrase, type it:</source>
        <translation>Este paquete no está dirigido a la clave de esta bóveda. Si se hizo con una contraseña, escríbala:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="286"/>
        <location filename="../../casedesk/gui/exchange.py" line="289"/>
        <source>Bundle refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="292"/>
        <source>this vault&apos;s own key</source>
        <translation>la clave de esta misma bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="293"/>
        <source>a colleague whose fingerprint was checked</source>
        <translation>un colega cuya huella se comprobó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="294"/>
        <source>a colleague whose fingerprint was NOT checked yet</source>
        <translation>un colega cuya huella NO se ha comprobado todavía</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="303"/>
        <source>From %1 (%2), %3.</source>
        <translation>De %1 (%2), %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="297"/>
        <source>%Ln record(s) added</source>
        <translation>
            <numerusform>%Ln registro añadido</numerusform>
            <numerusform>%Ln registros añadidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="295"/>
        <source>someone NOT among your colleagues: nothing was applied, every change waits for your decision</source>
        <translation>alguien que NO está entre sus colegas: no se aplicó nada, cada cambio espera su decisión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="298"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln registro actualizado</numerusform>
            <numerusform>%Ln registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="299"/>
        <source>%Ln record(s) unchanged</source>
        <translation>
            <numerusform>%Ln registro sin cambios</numerusform>
            <numerusform>%Ln registros sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="300"/>
        <source>%Ln conflict(s) to decide</source>
        <translation>
            <numerusform>%Ln conflicto por decidir</numerusform>
            <numerusform>%Ln conflictos por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="302"/>
        <source>%Ln new record(s) proposed</source>
        <translation>
            <numerusform>%Ln registro nuevo propuesto</numerusform>
            <numerusform>%Ln registros nuevos propuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="307"/>
        <source>%Ln release(s) arrived as claims to verify: a release counts only when two independent sources confirm it (Verification queue).</source>
        <translation>
            <numerusform>%Ln excarcelación llegó como afirmación por verificar: una excarcelación solo cuenta cuando la confirman dos fuentes independientes (cola de verificación).</numerusform>
            <numerusform>%Ln excarcelaciones llegaron como afirmaciones por verificar: una excarcelación solo cuenta cuando la confirman dos fuentes independientes (cola de verificación).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="311"/>
        <source>%Ln evidence file(s) left out: files are kept only from colleagues.</source>
        <translation>
            <numerusform>%Ln archivo de evidencia quedó fuera: solo se guardan los archivos de colegas.</numerusform>
            <numerusform>%Ln archivos de evidencia quedaron fuera: solo se guardan los archivos de colegas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="313"/>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="323"/>
        <source>This bundle is signed by a key that is not among your colleagues. Its fingerprint:

%1

It calls itself “%2”, which anyone can write. Nothing was imported.

If you expect it, compare the fingerprint with the sender by phone or in person and add their key first (Colleagues and exchange keys).

Review its contents now as proposals? Nothing changes until you accept each one, a release only becomes a claim to verify, and its evidence files are left out.</source>
        <translation>Este paquete está firmado con una clave que no está entre sus colegas. Su huella:

%1

Dice llamarse «%2», lo que cualquiera puede escribir. No se importó nada.

Si lo espera, compare la huella con el remitente por teléfono o en persona y añada antes su clave (Colegas y claves de intercambio).

¿Revisar ahora su contenido como propuestas? Nada cambia hasta que acepte cada una, una excarcelación solo se vuelve una afirmación por verificar y sus archivos de evidencia quedan fuera.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="330"/>
        <source>Sender not among your colleagues</source>
        <translation>Remitente que no está entre sus colegas</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60"/>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60"/>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="69"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="70"/>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="71"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="72"/>
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="73"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="74"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="79"/>
        <source>Open the existing person&apos;s case</source>
        <translation>Abrir el caso de la persona existente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="86"/>
        <source>Possible matches already in the vault:</source>
        <translation>Posibles coincidencias ya en la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="92"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="96"/>
        <source>Dossier (PDF)…</source>
        <translation>Expediente (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="100"/>
        <source>Draft a &amp;filing…</source>
        <translation>Redactar un &amp;escrito…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="102"/>
        <source>A petition filled from this case (decaimiento, habeas corpus, medical transfer, whereabouts, WGAD, IACHR), as an editable Word file</source>
        <translation>Un escrito rellenado con los datos de este caso (decaimiento, habeas corpus, traslado médico, paradero, GTDA, CIDH), en un archivo de Word editable</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="175"/>
        <source>Given names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="176"/>
        <source>Surnames:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177"/>
        <source>Aliases (one per line):</source>
        <translation>Alias (uno por línea):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="178"/>
        <source>National ID:</source>
        <translation>Cédula:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179"/>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180"/>
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181"/>
        <source>Nationality:</source>
        <translation>Nacionalidad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="182"/>
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183"/>
        <source>Affiliation:</source>
        <translation>Afiliación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="184"/>
        <source>Civilian or military:</source>
        <translation>Civil o militar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="185"/>
        <source>About the person:</source>
        <translation>Sobre la persona:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="192"/>
        <source>Arrest date:</source>
        <translation>Fecha de detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="193"/>
        <source>Place of arrest:</source>
        <translation>Lugar de la detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="194"/>
        <source>Arresting agency:</source>
        <translation>Organismo aprehensor:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="195"/>
        <source>Facility:</source>
        <translation>Centro de reclusión:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="196"/>
        <source>Charges:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="197"/>
        <source>Court:</source>
        <translation>Tribunal:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="198"/>
        <source>Case file number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="199"/>
        <source>Judge:</source>
        <translation>Juez/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="200"/>
        <source>Lawyer:</source>
        <translation>Abogado/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="204"/>
        <source>Classification:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="205"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="206"/>
        <source>Status today:</source>
        <translation>Situación hoy:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="207"/>
        <source>Court stage today:</source>
        <translation>Situación procesal hoy:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="208"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="209"/>
        <source>State of the arrest:</source>
        <translation>Estado de la detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="211"/>
        <source>A mi&amp;nor when arrested (mark it when the birth date is not known)</source>
        <translation>&amp;Menor de edad al ser detenido/a (márquelo si no se sabe la fecha de nacimiento)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="214"/>
        <source>Serious condition:</source>
        <translation>Enfermedad grave:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="215"/>
        <source>Conditions:</source>
        <translation>Padecimientos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="216"/>
        <source>e.g. hypertension, needs insulin</source>
        <translation>p. ej., hipertensión, necesita insulina</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="217"/>
        <source>Known since:</source>
        <translation>Conocida desde:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218"/>
        <source>Treatment needed:</source>
        <translation>Tratamiento necesario:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="219"/>
        <source>Care denied:</source>
        <translation>Atención negada:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="220"/>
        <source>what was denied, by whom</source>
        <translation>qué se negó, quién lo negó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="221"/>
        <source>Denied since:</source>
        <translation>Negada desde:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234"/>
        <location filename="../../casedesk/gui/case_editor.py" line="243"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234"/>
        <source>Status after</source>
        <translation>Situación después</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="235"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="235"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="235"/>
        <source>Court stage after</source>
        <translation>Situación procesal después</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="244"/>
        <source>A release typed here is not counted yet: it goes to the verification queue as a claim, verified with two independent sources.</source>
        <translation>Una excarcelación escrita aquí todavía no cuenta: pasa a la cola de verificación como una afirmación, que se verifica con dos fuentes independientes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="246"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="247"/>
        <source>Date of the event</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="249"/>
        <source>Status after the event</source>
        <translation>Situación tras el hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="251"/>
        <source>Court stage after the event</source>
        <translation>Situación procesal después del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="252"/>
        <source>Leave it empty to keep the stage as it was (a charge or a sentence sets it by itself).</source>
        <translation>Déjela vacía para mantener la situación procesal (una imputación o una sentencia la fijan por sí solas).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="254"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="255"/>
        <source>Description of the event</source>
        <translation>Descripción del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="256"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="257"/>
        <source>Source of the event</source>
        <translation>Fuente del hecho</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="263"/>
        <source>&amp;Add to the timeline</source>
        <translation>&amp;Añadir a la cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="265"/>
        <source>Apply to the selected event</source>
        <translation>Aplicar al hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="267"/>
        <source>Remove the selected event</source>
        <translation>Quitar el hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="273"/>
        <source>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Los cambios en la cronología se guardan con el caso: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="297"/>
        <source>&amp;Do not contact (unsafe for them or for the case)</source>
        <translation>&amp;No contactar (riesgo para la persona o para el caso)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="403"/>
        <source>Releases to verify, sent to the verification queue when you save: %1</source>
        <translation>Excarcelaciones por verificar, que pasan a la cola de verificación al guardar: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="462"/>
        <source>Save your changes first: the filing is filled from what is saved.</source>
        <translation>Guarde primero sus cambios: el escrito se rellena con lo que está guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="486"/>
        <source>Filing saved to %1 and recorded in the timeline.</source>
        <translation>Escrito guardado en %1 y anotado en la cronología.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="518"/>
        <source>A release is not recorded as today&apos;s status: add it to the timeline with its date, and it goes to the verification queue as a claim, verified with two independent sources.</source>
        <translation>Una excarcelación no se registra como la situación de hoy: añádala a la cronología con su fecha y pasará a la cola de verificación como una afirmación, que se verifica con dos fuentes independientes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="620"/>
        <source>“%1” is typed in the contact form but is not in the list: press “Add contact” (or “Apply to the selected contact”), or empty the form; then Save.</source>
        <translation>«%1» está escrito en el formulario del contacto pero no está en la lista: pulse «Añadir contacto» (o «Aplicar al contacto seleccionado») o vacíe el formulario; después, Guardar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="629"/>
        <source>“%1” is typed in the timeline form but is not in the timeline: press “Add to the timeline” (or “Apply to the selected event”), or empty the form; then Save.</source>
        <translation>«%1» está escrito en el formulario del hecho pero no está en la cronología: pulse «Añadir a la cronología» (o «Aplicar al hecho seleccionado») o vacíe el formulario; después, Guardar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="696"/>
        <source>The release of %1 is not recorded as verified here: when you save the case it goes to the verification queue as a claim to verify (main window, “Verification” tab). It counts, and changes the person&apos;s status, only once two independent sources of different kinds confirm it (a release order and the family, not two press notes).</source>
        <translation>La excarcelación del %1 no se registra aquí como verificada: al guardar el caso pasa a la cola de verificación como una afirmación por verificar (ventana principal, pestaña «Verificación»). Solo cuenta, y solo cambia la situación de la persona, cuando la confirman dos fuentes independientes de tipos distintos (la boleta de excarcelación y la familia, no dos notas de prensa).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="720"/>
        <source>Timeline changed: Save keeps it, Cancel drops it.</source>
        <translation>Cronología modificada: Guardar la conserva, Cancelar la descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="739"/>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="762"/>
        <source>Contacts changed: Save keeps them, Cancel drops them.</source>
        <translation>Contactos modificados: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="287"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="287"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="287"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="288"/>
        <source>Safe channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="288"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="288"/>
        <source>Contact?</source>
        <translation>¿Contactar?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="298"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="299"/>
        <source>Relationship:</source>
        <translation>Parentesco:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="300"/>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="301"/>
        <source>Safe channel:</source>
        <translation>Canal seguro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="302"/>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="306"/>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="308"/>
        <source>Apply to the selected contact</source>
        <translation>Aplicar al contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="310"/>
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="316"/>
        <source>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Los cambios en los contactos se guardan con el caso: Guardar los conserva, Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="329"/>
        <source>Case notes:</source>
        <translation>Notas del caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="364"/>
        <source>%1 — case</source>
        <translation>%1 — caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="412"/>
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="412"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="419"/>
        <source>Do not contact this person</source>
        <translation>No contactar a esta persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="449"/>
        <source>Save your changes first: the dossier shows what is saved.</source>
        <translation>Guarde primero los cambios: el expediente muestra lo guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="770"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="771"/>
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
        <translation>Situación procesal</translation>
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
    <name>CompareDialog</name>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="91"/>
        <source>Compare a list with the vault</source>
        <extracomment>The first word of the proposed file name, in the workbook&apos;s language.</extracomment>
        <translation>Comparar una lista con la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="94"/>
        <source>Another group&apos;s list set beside the vault, without importing anything. People are paired only when sure, as an import would pair them (the same ID, or the whole name and an arrest within a month); anything less is left “to confirm”.</source>
        <translation>La lista de otro grupo junto a la bóveda, sin importar nada. Solo se emparejan personas cuando es seguro, como lo haría una importación (la misma cédula, o el nombre completo y una detención con menos de un mes de diferencia); lo demás queda «por confirmar».</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="99"/>
        <source>The list to compare</source>
        <translation>La lista que se compara</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="100"/>
        <source>No file chosen yet</source>
        <translation>Aún no se eligió ningún archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="107"/>
        <source>The date the list describes</source>
        <translation>La fecha que describe la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="108"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="117"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="117"/>
        <source>The list &amp;describes:</source>
        <translation>La lista &amp;describe:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="126"/>
        <source>Summary of the comparison</source>
        <translation>Resumen de la comparación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="128"/>
        <source>Choose a list (CSV, XLSX, XLS, ODS, a PDF report or text) and the date it describes, then press “Compare”. Nothing is imported.</source>
        <translation>Elija una lista (CSV, XLSX, XLS, ODS, un informe PDF o texto) y la fecha que describe, y pulse «Comparar». No se importa nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="132"/>
        <source>People in both</source>
        <translation>Personas en ambas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="133"/>
        <source>People only in the vault</source>
        <translation>Personas solo en la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="134"/>
        <source>People only in the list</source>
        <translation>Personas solo en la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="135"/>
        <source>Rows to confirm</source>
        <translation>Filas por confirmar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="137"/>
        <source>Only people whose fields &amp;differ</source>
        <translation>Solo personas con campos que di&amp;fieren</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="145"/>
        <source>Nobody in the list is someone the vault knows.</source>
        <translation>Nadie de la lista es alguien que la bóveda conozca.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="146"/>
        <source>Everyone the vault holds on that date is in the list (or among the rows to confirm).</source>
        <translation>Todas las personas detenidas según la bóveda en esa fecha están en la lista (o entre las filas por confirmar).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="148"/>
        <source>Everyone in the list is in the vault (or among the rows to confirm).</source>
        <translation>Todas las personas de la lista están en la bóveda (o entre las filas por confirmar).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="150"/>
        <source>No row needs a person to confirm who it is.</source>
        <translation>Ninguna fila necesita que alguien confirme quién es.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="157"/>
        <source>&amp;Save as a spreadsheet (XLSX)…</source>
        <translation>&amp;Guardar como hoja de cálculo (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="159"/>
        <source>Compare a list first.</source>
        <translation>Compare primero una lista.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="175"/>
        <source>Choose the list to compare</source>
        <translation>Elija la lista que se compara</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="176"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf);;All files (*)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="206"/>
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Leyendo la lista y comparándola con la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="221"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="221"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="315"/>
        <source>In both</source>
        <translation>En ambas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="222"/>
        <source>Only in the vault</source>
        <translation>Solo en la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="222"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="318"/>
        <source>Only in the list</source>
        <translation>Solo en la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="223"/>
        <source>To confirm</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <source>ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <source>Status on that date</source>
        <translation>Situación en esa fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="243"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <source>Arrest date</source>
        <translation>Fecha de detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="243"/>
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="280"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="275"/>
        <source>Status in the list</source>
        <translation>Situación según la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <source>Stage</source>
        <translation>Situación procesal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="243"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="280"/>
        <source>Name in the list</source>
        <translation>Nombre en la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <source>Could be</source>
        <translation>Podría ser</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="265"/>
        <source>row %1 of this list</source>
        <translation>fila %1 de esta lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="275"/>
        <source>Status in the vault</source>
        <translation>Situación según la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="276"/>
        <source>Stage in the list</source>
        <translation>Situación procesal según la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="276"/>
        <source>Stage in the vault</source>
        <translation>Situación procesal según la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="277"/>
        <source>Facility in the list</source>
        <translation>Centro según la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="277"/>
        <source>Facility in the vault</source>
        <translation>Centro según la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="278"/>
        <source>Arrest date in the list</source>
        <translation>Detención según la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="278"/>
        <source>Arrest date in the vault</source>
        <translation>Detención según la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="279"/>
        <source>ID in the list</source>
        <translation>Cédula en la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="279"/>
        <source>ID in the vault</source>
        <translation>Cédula en la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="280"/>
        <source>Name in the vault</source>
        <translation>Nombre en la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="283"/>
        <source>Fields that differ</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="309"/>
        <source>Compared with the vault as of %1; read as %2.</source>
        <translation>Comparada con la bóveda al %1; leída como %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="313"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="314"/>
        <source>People in the list</source>
        <translation>Personas en la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="316"/>
        <source>of whom not held in the vault on that date</source>
        <translation>de ellas, no detenidas según la bóveda en esa fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="317"/>
        <source>with fields that differ</source>
        <translation>con campos que difieren</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="319"/>
        <source>To confirm (may be someone in the vault)</source>
        <translation>Por confirmar (puede ser alguien de la bóveda)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="320"/>
        <source>Only in the vault (held on that date)</source>
        <translation>Solo en la bóveda (detenidas en esa fecha)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="321"/>
        <source>Held in the vault on that date</source>
        <translation>Detenidas según la bóveda en esa fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="322"/>
        <source>Duplicates within the list</source>
        <translation>Duplicadas dentro de la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="323"/>
        <source>Rows that are not people</source>
        <translation>Filas que no son personas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="327"/>
        <source>Fields that differ, people in both:</source>
        <translation>Campos que difieren, personas en ambas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="330"/>
        <source>Held in the vault on that date: %1 = %2 in both + %3 only in the vault + %4 who may be a row to confirm.</source>
        <translation>Detenidas según la bóveda en esa fecha: %1 = %2 en ambas + %3 solo en la bóveda + %4 que pueden ser una fila por confirmar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="335"/>
        <source>A person on the list without a status counts as held on its date.</source>
        <translation>Una persona en la lista sin situación cuenta como detenida en su fecha.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="360"/>
        <source>Save the comparison as</source>
        <translation>Guardar la comparación como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="370"/>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="374"/>
        <source>Saved to %1. The file is not encrypted: keep it on an encrypted drive and delete it when done.</source>
        <translation>Guardada en %1. El archivo no está cifrado: guárdelo en un disco cifrado y bórrelo al terminar.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="343"/>
        <source>Changed here and by a colleague</source>
        <translation>Cambiado aquí y por un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="347"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="347"/>
        <source>In this vault</source>
        <translation>En esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="347"/>
        <source>The colleague&apos;s</source>
        <translation>El del colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="348"/>
        <source>Take the colleague&apos;s</source>
        <translation>Tomar el del colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="349"/>
        <source>Fields changed on both sides</source>
        <translation>Campos cambiados en ambos lados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="352"/>
        <source>&amp;Add it to this vault</source>
        <translation>&amp;Añadirlo a esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="353"/>
        <source>Add the proposed record to this vault</source>
        <translation>Añadir el registro propuesto a esta bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="355"/>
        <source>&amp;Apply and next</source>
        <translation>&amp;Aplicar y seguir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="380"/>
        <source>No conflicts are waiting.</source>
        <translation>No quedan conflictos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="382"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="382"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="382"/>
        <source>timeline event</source>
        <translation>evento de la cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="383"/>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="383"/>
        <source>evidence item</source>
        <translation>evidencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="385"/>
        <source>%Ln decision(s) left.</source>
        <translation>
            <numerusform>Queda %Ln decisión.</numerusform>
            <numerusform>Quedan %Ln decisiones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="386"/>
        <source>A new %1 (%2) proposed by %3, who was not among your colleagues when it arrived. Tick “Add it to this vault” to accept it (with the person or case it belongs to), or leave it unticked to decline it (with what belongs to it):</source>
        <translation>Un registro nuevo (%1, %2) propuesto por %3, que no estaba entre sus colegas cuando llegó. Marque «Añadirlo a esta bóveda» para aceptarlo (con la persona o el caso al que pertenece), o déjelo sin marcar para rechazarlo (con lo que le pertenece):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="392"/>
        <source>%Ln conflict(s) left.</source>
        <translation>
            <numerusform>Queda %Ln conflicto.</numerusform>
            <numerusform>Quedan %Ln conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="393"/>
        <source>A %1 (%2) was changed here and by %3 since you last exchanged it:</source>
        <translation>Este registro (%1, %2) cambió aquí y en %3 desde el último intercambio:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="405"/>
        <source>Take the colleague&apos;s %1</source>
        <translation>Tomar el valor del colega para %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="417"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="417"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="428"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="428"/>
        <source>Restricted</source>
        <translation>Restringida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="429"/>
        <source>Can be shared</source>
        <translation>Se puede compartir</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../casedesk/gui/app.py" line="73"/>
        <source>Lock CaseDesk now</source>
        <translation>Bloquear CaseDesk ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="126"/>
        <source>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</source>
        <translation>Esta bóveda aún no tiene hoja de recuperación: si se olvida la contraseña, nada podrá abrirla. Archivo → Hoja de recuperación.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="138"/>
        <source>The vault was repaired</source>
        <translation>La bóveda se reparó</translation>
    </message>
</context>
<context>
    <name>CourtSection</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="39"/>
        <source>Court proceeding</source>
        <translation>Causa judicial</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="46"/>
        <source>Co-defendants</source>
        <translation>Coimputados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="49"/>
        <source>Link to a proceeding…</source>
        <translation>Vincular a una causa…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="51"/>
        <source>Record a hearing…</source>
        <translation>Registrar una audiencia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="79"/>
        <source>Save the case first</source>
        <translation>Guarde primero el caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="81"/>
        <source>Link the case to a proceeding first</source>
        <translation>Vincule primero el caso a una causa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="146"/>
        <source>Not linked to a proceeding.</source>
        <translation>Sin causa vinculada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="153"/>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="154"/>
        <source>Jurisdiction: %1</source>
        <translation>Jurisdicción: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="157"/>
        <source>Judge: %1</source>
        <translation>Juez/a: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="158"/>
        <source>Hearings held: %1, deferred: %2</source>
        <translation>Audiencias realizadas: %1, diferidas: %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="170"/>
        <source>Co-defendants (%1):</source>
        <translation>Coimputados (%1):</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="157"/>
        <source>People held today</source>
        <translation>Personas detenidas hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="158"/>
        <source>People held at the end of each month</source>
        <translation>Personas detenidas al cierre de cada mes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="159"/>
        <source>Census report (PDF)…</source>
        <translation>Informe del censo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="160"/>
        <source>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</source>
        <translation>&lt;b&gt;Por situación&lt;/b&gt; (personas): pulse para verlas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="161"/>
        <source>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</source>
        <translation>&lt;b&gt;Detenidas, por centro&lt;/b&gt;: pulse para verlas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="162"/>
        <source>&lt;b&gt;Held, by what the census publishes&lt;/b&gt; (not recorded)</source>
        <translation>&lt;b&gt;Detenidos, por lo que publica el censo&lt;/b&gt; (sin dato)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="163"/>
        <source>Releases verified each month</source>
        <translation>Excarcelaciones verificadas cada mes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="164"/>
        <source>&amp;Copy the paragraph</source>
        <translation>&amp;Copiar el párrafo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="165"/>
        <source>Copy the census paragraph, ready to paste into a statement</source>
        <translation>Copiar el párrafo del censo, listo para pegar en un comunicado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="166"/>
        <source>List the people held</source>
        <translation>Ver la lista de personas detenidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="175"/>
        <source>%1 in the last 30 days (%2 on %3)</source>
        <translation>%1 en los últimos 30 días (%2 el %3)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="185"/>
        <source>Not recorded</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="204"/>
        <source>Minor when arrested</source>
        <translation>Menor de edad al ser detenido/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="204"/>
        <source>Adult when arrested</source>
        <translation>Mayor de edad al ser detenido/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="207"/>
        <source>Foreign, country not recorded</source>
        <translation>Extranjero/a, país sin dato</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="209"/>
        <source>Procedural stage</source>
        <translation>Situación procesal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="210"/>
        <source>Minors when arrested</source>
        <translation>Menores de edad al ser detenidos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="211"/>
        <source>Serious illness</source>
        <translation>Enfermedad grave</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="212"/>
        <source>Forced disappearance (days)</source>
        <translation>Desaparición forzada (días)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="213"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="214"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="215"/>
        <source>Civilian or military</source>
        <translation>Civil o militar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="216"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="219"/>
        <source>%1 not recorded</source>
        <translation>%1 sin dato</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="227"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="228"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="93"/>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="95"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="96"/>
        <source>Deadlines as of (day/month/year)</source>
        <translation>Plazos al (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="97"/>
        <source>Whereabouts unknown, days</source>
        <translation>Paradero desconocido, días</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="98"/>
        <source>Days with whereabouts unknown before warning</source>
        <translation>Días con paradero desconocido antes de avisar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="99"/>
        <source>Deferred hearings tolerated</source>
        <translation>Audiencias diferidas toleradas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="100"/>
        <source>Deferred hearings tolerated before warning</source>
        <translation>Audiencias diferidas toleradas antes de avisar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="101"/>
        <source>Apply limits</source>
        <translation>Aplicar límites</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="102"/>
        <source>Keep these limits in this vault, for everyone who uses it</source>
        <translation>Guardar estos límites en esta bóveda, para todos los que la usan</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="94"/>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>By</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="104"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="104"/>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="105"/>
        <source>No deadline is reached or near on this date.</source>
        <translation>Ningún plazo vencido ni próximo en esta fecha.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="164"/>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/deadlines_view.py" line="205"/>
        <source>%Ln deadlines</source>
        <translation>
            <numerusform>%Ln plazo</numerusform>
            <numerusform>%Ln plazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/deadlines_view.py" line="212"/>
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/deadlines_view.py" line="214"/>
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
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
        <location filename="../../casedesk/gui/import_wizard.py" line="97"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="102"/>
        <source>The list to import</source>
        <translation>La lista que se importa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="98"/>
        <source>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</source>
        <translation>CSV o TSV en cualquier codificación y separador, XLSX, XLS u ODS (todas las hojas), un informe en PDF o texto copiado de uno. El archivo solo se lee.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="112"/>
        <source>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</source>
        <translation>La fecha que describe la lista: las situaciones que indica se registran en esa fecha, así el censo de ese día refleja la lista.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="120"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="103"/>
        <source>No file chosen yet</source>
        <translation>Aún no se ha elegido ningún archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="104"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="110"/>
        <source>Status date</source>
        <translation>Fecha de la situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="121"/>
        <source>Status &amp;date:</source>
        <translation>Fecha de la &amp;situación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="129"/>
        <source>Choose the list</source>
        <translation>Elegir la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="130"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</source>
        <translation>Listas (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="143"/>
        <source>To go on, choose the list to import with “Choose…”.</source>
        <translation>Para seguir, elija la lista que se importa con «Elegir…».</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="147"/>
        <source>To go on, correct the status date: %1</source>
        <translation>Para seguir, corrija la fecha de la situación: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="149"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="157"/>
        <source>The status date cannot be in the future.</source>
        <translation>La fecha de la situación no puede ser futura.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="28"/>
        <source>Draft a filing for %1</source>
        <translation>Redactar un escrito para %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="31"/>
        <source>Filing</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="37"/>
        <source>Language of the filing</source>
        <translation>Idioma del escrito</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="39"/>
        <source>The filing is filled from what is saved in this case (and its proceeding) and from the organisation&apos;s letterhead. Open it in Word or LibreOffice to finish it: what the vault does not know reads “[completar: …]”.</source>
        <translation>El escrito se rellena con lo guardado en este caso (y en su causa) y con el membrete de la organización. Ábralo en Word o LibreOffice para terminarlo: lo que la bóveda no sabe aparece como «[completar: …]».</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="43"/>
        <source>The file is not encrypted: keep it on an encrypted drive and delete it when done. The filing is recorded in the case&apos;s timeline and in the audit log.</source>
        <translation>El archivo no está cifrado: guárdelo en una unidad cifrada y bórrelo al terminar. El escrito queda anotado en la cronología del caso y en la auditoría.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="47"/>
        <source>&amp;Filing:</source>
        <translation>&amp;Escrito:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="49"/>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="73"/>
        <source>Save the filing as</source>
        <translation>Guardar el escrito como</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="85"/>
        <source>Drafting the filing…</source>
        <translation>Redactando el escrito…</translation>
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
    <name>HearingDialog</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="267"/>
        <source>Record a hearing or decision</source>
        <translation>Registrar una audiencia o decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="277"/>
        <source>Not yet known (scheduled)</source>
        <translation>Aún no se sabe (fijada)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="282"/>
        <source>Proceeding:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="283"/>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="284"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="285"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="286"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="287"/>
        <source>It is recorded once, on the proceeding, and appears in the timeline of every defendant.</source>
        <translation>Se registra una sola vez, en la causa, y aparece en la cronología de cada imputado.</translation>
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
    <name>LinkDialog</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="224"/>
        <source>Link to a proceeding</source>
        <translation>Vincular a una causa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="226"/>
        <source>A new proceeding</source>
        <translation>Una causa nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="237"/>
        <source>As the court&apos;s name says</source>
        <translation>Según el nombre del tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="241"/>
        <source>Proceeding:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="242"/>
        <source>Court:</source>
        <translation>Tribunal:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="243"/>
        <source>File number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="244"/>
        <source>Judge:</source>
        <translation>Juez/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="245"/>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="246"/>
        <source>Jurisdiction:</source>
        <translation>Jurisdicción:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="419"/>
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="344"/>
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="344"/>
        <source>&amp;Edit case</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="345"/>
        <source>&amp;Delete case…</source>
        <translation>E&amp;liminar caso…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="345"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="346"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="347"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="347"/>
        <source>Copy case &amp;id</source>
        <translation>Copiar el &amp;id del caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="348"/>
        <source>&amp;Compact rows</source>
        <translation>Filas &amp;compactas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="348"/>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="349"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="350"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="351"/>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Verificar la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="352"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>E&amp;xpediente (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="353"/>
        <source>Census &amp;report (PDF)…</source>
        <translation>Informe del &amp;censo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="354"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importar una lista…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="355"/>
        <source>Rows to re&amp;view…</source>
        <translation>Filas por re&amp;visar…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="356"/>
        <source>Co&amp;mpare a list with the vault…</source>
        <translation>Com&amp;parar una lista con la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="357"/>
        <source>E&amp;xport the list (CSV, XLSX)…</source>
        <translation>E&amp;xportar la lista (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358"/>
        <source>&amp;Send cases to a colleague (bundle)…</source>
        <translation>&amp;Enviar casos a un colega (paquete)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="359"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Recibir un paquete…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="360"/>
        <source>Colleagues and exchange &amp;keys…</source>
        <translation>Colegas y &amp;claves de intercambio…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="361"/>
        <source>&amp;Team…</source>
        <translation>E&amp;quipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="362"/>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="363"/>
        <source>Recovery &amp;sheet…</source>
        <translation>Hoja de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="364"/>
        <source>Organisation le&amp;tterhead…</source>
        <translation>&amp;Membrete de la organización…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="365"/>
        <source>Back up to &amp;another folder (external drive)…</source>
        <translation>Copia de seguridad en &amp;otra carpeta (disco externo)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="366"/>
        <location filename="../../casedesk/gui/main_window.py" line="368"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="368"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="373"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="374"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="375"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="377"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="378"/>
        <source>C&amp;olumns of the case list</source>
        <translation>C&amp;olumnas de la lista de casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="382"/>
        <source>Search by name, ID, facility or notes…</source>
        <translation>Buscar por nombre, cédula, centro o notas…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="383"/>
        <location filename="../../casedesk/gui/main_window.py" line="747"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="383"/>
        <location filename="../../casedesk/gui/main_window.py" line="750"/>
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="383"/>
        <location filename="../../casedesk/gui/main_window.py" line="750"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="384"/>
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="384"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="385"/>
        <location filename="../../casedesk/gui/main_window.py" line="757"/>
        <source>Proceeding</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="386"/>
        <source>Arrested from</source>
        <translation>Detenidos desde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="386"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="389"/>
        <source>Search the cases</source>
        <translation>Buscar en los casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="391"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="392"/>
        <source>Arrested from (day/month/year)</source>
        <translation>Detenidos desde (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="393"/>
        <source>Arrested until (day/month/year)</source>
        <translation>Detenidos hasta (día/mes/año)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="394"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="395"/>
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="396"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="397"/>
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (próximos 30 días)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="398"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="399"/>
        <source>Dashboard</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="400"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="406"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="406"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="406"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407"/>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="424"/>
        <source>Demo vault: its passphrase is public; keep no real case here. Your own vault: Lock, then Back, then “Create a new vault…”.</source>
        <translation>Bóveda de demostración: su contraseña es pública; no guarde casos reales aquí. Para crear la suya: Bloquear, luego Atrás, luego «Crear una bóveda nueva…».</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="438"/>
        <source>READ-ONLY: this vault is damaged</source>
        <translation>SOLO LECTURA: esta bóveda está dañada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="522"/>
        <source>Select a case in the list to see it here. Double-click it, or press Ctrl+E, to edit it.</source>
        <translation>Seleccione un caso de la lista para verlo aquí. Haga doble clic en él, o pulse Ctrl+E, para editarlo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="545"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="547"/>
        <source>Held</source>
        <translation>Detenidos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="548"/>
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detenidos, en arresto domiciliario o con paradero desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="555"/>
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="635"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="635"/>
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="643"/>
        <source>Filter saved.</source>
        <translation>Filtro guardado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="646"/>
        <source>%Ln matching cases</source>
        <translation>
            <numerusform>%Ln caso coincide</numerusform>
            <numerusform>%Ln casos coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="759"/>
        <source>%1 co-defendants; hearings held %2, deferred %3</source>
        <translation>%1 coimputados; audiencias realizadas %2, diferidas %3</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="763"/>
        <source>proceeding %1</source>
        <translation>causa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="823"/>
        <source>%n unsaved drafts restored.</source>
        <translation>
            <numerusform>Se recuperó %n borrador sin guardar.</numerusform>
            <numerusform>Se recuperaron %n borradores sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="741"/>
        <source>(since %1)</source>
        <translation>(desde %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="743"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="743"/>
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="744"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="744"/>
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="746"/>
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="748"/>
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="749"/>
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="751"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="751"/>
        <source>Lawyer</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="835"/>
        <source>Case saved.</source>
        <translation>Caso guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="839"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="848"/>
        <source>The last change was undone.</source>
        <translation>Se deshizo el último cambio.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="856"/>
        <source>Delete case?</source>
        <translation>¿Eliminar el caso?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="857"/>
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>¿Eliminar el caso de %1 con su cronología y sus registros de evidencias? El registro de auditoría conserva constancia de la eliminación.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="864"/>
        <source>Case deleted.</source>
        <translation>Caso eliminado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="869"/>
        <location filename="../../casedesk/gui/main_window.py" line="904"/>
        <source>Select one or more cases first.</source>
        <translation>Seleccione antes uno o más casos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="873"/>
        <source>Dossier saved.</source>
        <translation>Expediente guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="897"/>
        <source>List exported.</source>
        <translation>Lista exportada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="907"/>
        <source>Bundle saved.</source>
        <translation>Paquete guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="912"/>
        <source>A bundle from a colleague</source>
        <translation>Un paquete de un colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="913"/>
        <source>CaseDesk bundles (*.casedesk *.age);;All files (*)</source>
        <translation>Paquetes de CaseDesk (*.casedesk *.age);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="974"/>
        <source>%Ln record(s) arrived from colleagues.</source>
        <translation>
            <numerusform>Llegó %Ln registro de colegas.</numerusform>
            <numerusform>Llegaron %Ln registros de colegas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="986"/>
        <source>Census report saved.</source>
        <translation>Informe del censo guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="994"/>
        <source>Letterhead saved.</source>
        <translation>Membrete guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="999"/>
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta guardar la copia?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1005"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1010"/>
        <source>Backup made and checked: %1</source>
        <translation>Copia hecha y verificada: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1022"/>
        <location filename="../../casedesk/gui/main_window.py" line="1030"/>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1023"/>
        <source>A new recovery sheet replaces any earlier one. Type the vault&apos;s passphrase:</source>
        <translation>Una hoja de recuperación nueva anula las anteriores. Escriba la contraseña de la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1039"/>
        <source>Checking the database, the audit chain and every evidence file…</source>
        <translation>Verificando la base de datos, la cadena de auditoría y cada archivo de evidencia…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1053"/>
        <source>Vault checked</source>
        <translation>Bóveda verificada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1054"/>
        <source>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</source>
        <translation>Todo está íntegro: cada página de la base de datos, la cadena de auditoría de %1 entradas y cada archivo de evidencia.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1057"/>
        <source>Problems found</source>
        <translation>Se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1088"/>
        <source>About CaseDesk</source>
        <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1089"/>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Expedientes cifrados para abogados que defienden a personas detenidas por razones políticas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1096"/>
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
        <location filename="../../casedesk/gui/import_wizard.py" line="173"/>
        <source>What CaseDesk read</source>
        <translation>Lo que CaseDesk leyó</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="188"/>
        <source>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</source>
        <translation>Leído como: %1. Lo que contiene cada columna se decidió por su encabezado y sus valores; corrija lo que esté mal. Lo que usted elija se recuerda para el próximo archivo con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="197"/>
        <source>Sheet “%1” is empty.</source>
        <translation>La hoja «%1» está vacía.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="202"/>
        <source>Sheet “%1” left out: %2.</source>
        <translation>Hoja «%1» dejada fuera: %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="205"/>
        <source>Sheet “%1”: header on row %2.</source>
        <translation>Hoja «%1»: encabezado en la fila %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="208"/>
        <source>Sheet “%1”: no header; the columns were recognised by their values.</source>
        <translation>Hoja «%1»: sin encabezado; las columnas se reconocieron por sus valores.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="218"/>
        <source>Columns of “%1”</source>
        <translation>Columnas de «%1»</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="220"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="220"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="220"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="221"/>
        <source>Example %1</source>
        <translation>Ejemplo %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="228"/>
        <source>What column %1 holds</source>
        <translation>Qué contiene la columna %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="251"/>
        <source>its header</source>
        <translation>su encabezado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="251"/>
        <source>its values</source>
        <translation>sus valores</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="252"/>
        <source>its header and its values</source>
        <translation>su encabezado y sus valores</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="252"/>
        <source>your choice</source>
        <translation>su elección</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="253"/>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="270"/>
        <source>Two columns of “%1” are set to hold the same thing.</source>
        <translation>Dos columnas de «%1» están marcadas con el mismo contenido.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="282"/>
        <source>No sheet has a column of names: choose which column holds the names.</source>
        <translation>Ninguna hoja tiene una columna de nombres: indique cuál columna tiene los nombres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="229"/>
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
    <name>PolicyDialog</name>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="295"/>
        <source>What %1 receives</source>
        <translation>Qué recibe %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="298"/>
        <source>Profile: what is left out of the cases they receive</source>
        <translation>Perfil: lo que se omite de los casos que recibe</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="299"/>
        <source>&amp;Facility:</source>
        <translation>Ce&amp;ntro de reclusión:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="299"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="299"/>
        <source>&amp;Lawyer:</source>
        <translation>&amp;Abogado/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="300"/>
        <source>&amp;Proceeding (file number):</source>
        <translation>&amp;Causa (n.º de expediente):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="303"/>
        <source>Who will &amp;read it:</source>
        <translation>&amp;Quién lo leerá:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="304"/>
        <source>Which cases</source>
        <translation>Qué casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="306"/>
        <source>Leave every field empty to send all cases. A case is sent when it matches each field filled in; several values in one field: separate them with “;”.</source>
        <translation>Deje todos los campos vacíos para enviar todos los casos. Un caso se envía cuando coincide con cada campo rellenado; para varios valores en un campo, sepárelos con&#xa0;“;”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="312"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="316"/>
        <source>Family &amp;contacts (names, phones, safe channels)</source>
        <translation>Contactos de la &amp;familia (nombres, teléfonos, canales seguros)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="318"/>
        <source>&amp;Evidence (records and files)</source>
        <translation>E&amp;videncias (registros y archivos)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="319"/>
        <source>The next exchange sends them everything the new choice covers.</source>
        <translation>El próximo intercambio le envía todo lo que abarque la nueva elección.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="347"/>
        <source>It did not work (%1); nothing was changed. Try again in a moment.</source>
        <translation>No funcionó (%1); no se cambió nada. Inténtelo de nuevo en un momento.</translation>
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
    <name>ProceedingEvents</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="182"/>
        <source>Hearings and decisions of the proceeding (shared with the co-defendants):</source>
        <translation>Audiencias y decisiones de la causa (compartidas con los coimputados):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="185"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="185"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="185"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="186"/>
        <source>Proceeding and note</source>
        <translation>Causa y nota</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="191"/>
        <source>Hearings and decisions of the proceeding</source>
        <translation>Audiencias y decisiones de la causa</translation>
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
        <location filename="../../casedesk/gui/verification_queue.py" line="238"/>
        <source>Announced list of releases</source>
        <translation>Lista anunciada de excarcelaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="241"/>
        <source>The announced list</source>
        <translation>La lista anunciada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="243"/>
        <source>Paste the list here: one name per line, with or without cédula.</source>
        <translation>Pegue aquí la lista: un nombre por línea, con o sin cédula.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="247"/>
        <source>e.g. Ministry press note of 7 January</source>
        <translation>p. ej. nota de prensa del Ministerio del 7 de enero</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="255"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="255"/>
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="255"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="248"/>
        <source>&amp;Match with the people held</source>
        <translation>&amp;Cruzar con las personas detenidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="246"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="251"/>
        <source>L&amp;oad a file…</source>
        <translation>Cargar un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="254"/>
        <source>Who the list names</source>
        <translation>A quién nombra la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="262"/>
        <source>Paste the list above (or load a file) and press “Match with the people held”: each line shows here with the case it names, a choice when several could fit, or that nobody held has that name.</source>
        <translation>Pegue la lista arriba (o cargue un archivo) y pulse «Cruzar con las personas detenidas»: cada línea aparece aquí con el caso que nombra, una elección cuando podrían ser varios, o que nadie detenido tiene ese nombre.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="266"/>
        <source>&amp;Record claims to verify</source>
        <translation>&amp;Registrar afirmaciones por verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="270"/>
        <source>Announced release &amp;date:</source>
        <translation>&amp;Fecha anunciada de la excarcelación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="271"/>
        <source>&amp;Source of the list:</source>
        <translation>F&amp;uente de la lista:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="290"/>
        <source>Open the list</source>
        <translation>Abrir la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="291"/>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="300"/>
        <source>≈ %1 (part of the name: check it)</source>
        <translation>≈ %1 (parte del nombre: compruébelo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="309"/>
        <source>Case for line %1</source>
        <translation>Caso de la línea %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="310"/>
        <source>? choose…</source>
        <translation>? elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="316"/>
        <source>✗ not held: %1</source>
        <translation>✗ no está detenido/a: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="318"/>
        <source>✗ nobody held by this name</source>
        <translation>✗ nadie detenido con este nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="323"/>
        <source>? unclear: read the sentence (“%1”)</source>
        <translation>? dudoso: lea la frase («%1»)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="327"/>
        <source>— not a name (a heading, source or note)</source>
        <translation>— no es un nombre (un título, una fuente o una nota)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="331"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln identificado</numerusform>
            <numerusform>%Ln identificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="332"/>
        <source>%Ln to choose</source>
        <translation>
            <numerusform>%Ln por decidir</numerusform>
            <numerusform>%Ln por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="333"/>
        <source>%Ln without a case</source>
        <translation>
            <numerusform>%Ln sin caso</numerusform>
            <numerusform>%Ln sin caso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="334"/>
        <source>%Ln named but not as released</source>
        <translation>
            <numerusform>%Ln nombrado pero no como excarcelado</numerusform>
            <numerusform>%Ln nombrados pero no como excarcelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="335"/>
        <source>%Ln unclear</source>
        <translation>
            <numerusform>%Ln dudoso</numerusform>
            <numerusform>%Ln dudosos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="336"/>
        <source>%Ln line(s) that name nobody</source>
        <translation>
            <numerusform>%Ln línea que no nombra a nadie</numerusform>
            <numerusform>%Ln líneas que no nombran a nadie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="342"/>
        <source>still held</source>
        <translation>sigue detenido/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="342"/>
        <source>transferred, not released</source>
        <translation>trasladado/a, no excarcelado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="343"/>
        <source>a lawyer</source>
        <translation>un abogado o abogada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="343"/>
        <source>a relative</source>
        <translation>un familiar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="343"/>
        <source>an official</source>
        <translation>un funcionario o funcionaria</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="344"/>
        <source>someone quoted</source>
        <translation>alguien citado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="344"/>
        <source>signs the statement</source>
        <translation>firma el comunicado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="345"/>
        <source>not released</source>
        <translation>no excarcelado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="348"/>
        <source>a person held has the same name</source>
        <translation>una persona detenida tiene el mismo nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="373"/>
        <source>Type the announced date of the release first: a claim without its date cannot be verified.</source>
        <translation>Escriba primero la fecha anunciada de la excarcelación: una afirmación sin su fecha no se puede verificar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="385"/>
        <source>%Ln claim(s) recorded in the verification queue.</source>
        <translation>
            <numerusform>%Ln afirmación registrada en la cola de verificación.</numerusform>
            <numerusform>%Ln afirmaciones registradas en la cola de verificación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="379"/>
        <source>Announced list</source>
        <translation>Lista anunciada</translation>
    </message>
</context>
<context>
    <name>ReleaseTrackerDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="397"/>
        <source>Release tracker</source>
        <translation>Seguimiento de excarcelaciones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="400"/>
        <source>Announcement date</source>
        <translation>Fecha del anuncio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="402"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="405"/>
        <source>Releases since the announcement of:</source>
        <translation>Excarcelaciones desde el anuncio del:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="410"/>
        <source>Releases per day</source>
        <translation>Excarcelaciones por día</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="411"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="411"/>
        <source>Announced</source>
        <translation>Anunciadas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="411"/>
        <source>Claimed</source>
        <translation>Afirmadas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="412"/>
        <source>Verified</source>
        <translation>Verificadas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="412"/>
        <source>Disputed</source>
        <translation>Controvertidas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="412"/>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="413"/>
        <source>Announced: people the release lists loaded that day named as released. Claimed, verified, disputed: people, each counted once. Still open: claimed so far and not yet verified, disputed or retracted.</source>
        <translation>Anunciadas: personas que las listas de excarcelaciones cargadas ese día nombraron como excarceladas. Afirmadas, verificadas, controvertidas: personas, cada una contada una vez. Aún abiertas: afirmadas hasta ese día y aún no verificadas, controvertidas ni retractadas.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="419"/>
        <source>Who still needs a second source</source>
        <translation>Quiénes aún necesitan una segunda fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="420"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="420"/>
        <source>Claimed release</source>
        <translation>Excarcelación afirmada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="420"/>
        <source>Source they have</source>
        <translation>Fuente que tiene</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="421"/>
        <source>Reported by</source>
        <translation>Reportada por</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="423"/>
        <source>Nobody waits for a second source: every release claimed since that date is verified, closed, or has no source yet.</source>
        <translation>Nadie espera una segunda fuente: cada excarcelación afirmada desde esa fecha está verificada, cerrada o aún sin ninguna fuente.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="470"/>
        <source>Since %1 — named as released in the lists loaded: %2; releases claimed: %3, verified: %4, disputed: %5, retracted: %6; still being verified: %7 (with no source yet: %8).</source>
        <translation>Desde el %1 — nombradas como excarceladas en las listas cargadas: %2; excarcelaciones afirmadas: %3, verificadas: %4, controvertidas: %5, retractadas: %6; aún en verificación: %7 (sin ninguna fuente aún: %8).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="476"/>
        <source>Still need a second source: %1</source>
        <translation>Aún necesitan una segunda fuente: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="484"/>
        <source>contradicts the claim</source>
        <translation>contradice la afirmación</translation>
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
        <location filename="../../casedesk/gui/import_wizard.py" line="295"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="299"/>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="296"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="298"/>
        <source>These rows look like people already in the vault. Choose for each:</source>
        <translation>Estas filas parecen personas que ya están en la bóveda. Decida en cada una:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="322"/>
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Leyendo la lista y comparándola con la bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="352"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="352"/>
        <source>New people (with their case)</source>
        <translation>Personas nuevas (con su caso)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="353"/>
        <source>Already in the vault (updated)</source>
        <translation>Ya en la bóveda (actualizadas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="354"/>
        <source>Of those, arrested again (new case)</source>
        <translation>De ellas, detenidas de nuevo (caso nuevo)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="355"/>
        <source>Duplicates within the file (merged)</source>
        <translation>Duplicados dentro del archivo (unidos)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="356"/>
        <source>To decide below</source>
        <translation>Por decidir abajo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="368"/>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="387"/>
        <source>In the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="388"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="362"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="393"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="301"/>
        <source>Rows that may be people already in the vault</source>
        <translation>Filas que pueden ser personas que ya están en la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="356"/>
        <source>Not people (skipped)</source>
        <translation>No son personas (omitidas)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="364"/>
        <source>Kept as written (not understood; the field is left unknown):</source>
        <translation>Guardado tal cual (no se entendió; el dato queda desconocido):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="367"/>
        <source>Remarks:</source>
        <translation>Observaciones:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="369"/>
        <source>Duplicates within the file:</source>
        <translation>Duplicados dentro del archivo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="370"/>
        <source>Row %1 is row %2 again</source>
        <translation>La fila %1 repite la fila %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="373"/>
        <source>Facilities written without their parenthesis, taken as the vault&apos;s:</source>
        <translation>Centros de reclusión escritos sin su paréntesis, tomados como los de la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="384"/>
        <source>&amp;Create these new facilities: %1</source>
        <translation>&amp;Crear estos centros de reclusión nuevos: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="387"/>
        <source>Maybe the same as</source>
        <translation>Quizá la misma persona que</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="398"/>
        <source>row %1 of this list</source>
        <translation>fila %1 de esta lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="402"/>
        <source>Decision for row %1</source>
        <translation>Decisión para la fila %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="403"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="405"/>
        <source>Same person as %1</source>
        <translation>Misma persona que %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="406"/>
        <source>A different person: add</source>
        <translation>Otra persona: añadirla</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="407"/>
        <source>Decide later (kept for review)</source>
        <translation>Decidir más tarde (queda por revisar)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="408"/>
        <source>Leave out of this import</source>
        <translation>Dejarla fuera de esta importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="438"/>
        <source>Take from the list (unticked, the vault&apos;s value stays):</source>
        <translation>Tomar de la lista (sin marcar, queda el valor de la bóveda):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="441"/>
        <source>Take %1 from the list</source>
        <translation>Tomar %1 de la lista</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="448"/>
        <source>(empty fields are filled; nothing differs)</source>
        <translation>(se completan los campos vacíos; nada difiere)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="472"/>
        <source>Wait: the list is still being compared with the vault.</source>
        <translation>Espere: la lista todavía se está comparando con la bóveda.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="474"/>
        <source>The list could not be compared with the vault: go back and choose another file.</source>
        <translation>La lista no se pudo comparar con la bóveda: vuelva atrás y elija otro archivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="477"/>
        <source>To go on, choose a decision for %Ln row(s) in the table (“Decide later” keeps them for review).</source>
        <translation>
            <numerusform>Para seguir, elija una decisión para %Ln fila de la tabla («Decidir más tarde» la deja por revisar).</numerusform>
            <numerusform>Para seguir, elija una decisión para %Ln filas de la tabla («Decidir más tarde» las deja por revisar).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="480"/>
        <source>To go on, tick “Create these new facilities”, or go back and correct the column that holds the facility.</source>
        <translation>Para seguir, marque «Crear estos centros de reclusión nuevos», o vuelva atrás y corrija la columna que contiene el centro de reclusión.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="495"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="521"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="535"/>
        <source>Import done</source>
        <translation>Importación hecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="497"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="498"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="502"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="522"/>
        <source>All or nothing: “Cancel the import” stops it and nothing is written.</source>
        <translation>Todo o nada: «Cancelar la importación» la detiene y no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="536"/>
        <source>It can be undone as a whole: the people and cases it added and the statuses it recorded.</source>
        <translation>Se puede deshacer entera: las personas y los casos que añadió y las situaciones que registró.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="539"/>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="540"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln persona nueva</numerusform>
            <numerusform>%Ln personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="541"/>
        <source>%Ln person(s) updated</source>
        <translation>
            <numerusform>%Ln persona actualizada</numerusform>
            <numerusform>%Ln personas actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="542"/>
        <source>%Ln new case(s)</source>
        <translation>
            <numerusform>%Ln caso nuevo</numerusform>
            <numerusform>%Ln casos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="544"/>
        <source>%Ln row(s) wait for a decision: File → Rows to review…</source>
        <translation>
            <numerusform>%Ln fila espera una decisión: Archivo → Filas por revisar…</numerusform>
            <numerusform>%Ln filas esperan una decisión: Archivo → Filas por revisar…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="576"/>
        <source>Undo the import?</source>
        <translation>¿Deshacer la importación?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="577"/>
        <source>Remove the people and cases this import added, and the statuses it recorded?</source>
        <translation>¿Quitar las personas y los casos que añadió esta importación, y las situaciones que registró?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="587"/>
        <source>The import was undone.</source>
        <translation>La importación se deshizo.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="200"/>
        <source>Checked source</source>
        <translation>Fuente consultada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="205"/>
        <source>This source confirms the claim</source>
        <translation>Esta fuente confirma la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="217"/>
        <source>&amp;Kind of source:</source>
        <translation>&amp;Tipo de fuente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="218"/>
        <source>&amp;What it says:</source>
        <translation>&amp;Qué dice:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="219"/>
        <source>&amp;Family contact:</source>
        <translation>Contacto &amp;familiar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="220"/>
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
        <location filename="../../casedesk/gui/start_dialog.py" line="534"/>
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
        <location filename="../../casedesk/gui/start_dialog.py" line="490"/>
        <source>The newest checked backup is from %1; it can be restored into a new folder.</source>
        <translation>La copia verificada más reciente es del %1; puede restaurarse en una carpeta nueva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="495"/>
        <source>An empty folder for the restored vault</source>
        <translation>Una carpeta vacía para la bóveda restaurada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="504"/>
        <source>Restored. Unlock it with the passphrase that was valid on %1.</source>
        <translation>Restaurada. Ábrala con la contraseña vigente el %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="538"/>
        <source>Wait %1 s</source>
        <translation>Espere %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="561"/>
        <source>Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="567"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="569"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="577"/>
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creando la bóveda (midiendo este equipo)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="590"/>
        <source>The vault could not be created (%1).</source>
        <translation>No se pudo crear la bóveda (%1).</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="377"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="394"/>
        <source>The team folder only carries encrypted files between laptops: Syncthing, a shared drive or a USB stick keeps it the same on each one. Choose a folder outside the vault. While this vault is unlocked, CaseDesk exchanges with the team every %1 minutes.</source>
        <translation>La carpeta de equipo solo lleva archivos cifrados de una computadora a otra: Syncthing, una unidad compartida o una memoria USB la mantienen igual en cada una. Elija una carpeta fuera de la bóveda. Mientras esta bóveda esté desbloqueada, CaseDesk intercambia con el equipo cada %1 minutos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="407"/>
        <source>Team folder</source>
        <translation>Carpeta de equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="409"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="410"/>
        <source>Exchange:</source>
        <translation>Intercambio:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="411"/>
        <source>This vault&apos;s fingerprint:</source>
        <translation>Huella de esta bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="417"/>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="417"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="417"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="418"/>
        <source>What they receive</source>
        <translation>Qué recibe</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="418"/>
        <source>Not yet read</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="419"/>
        <source>Messages from this vault they have not read yet</source>
        <translation>Mensajes de esta bóveda que aún no ha leído</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="431"/>
        <source>Colleagues in the team</source>
        <translation>Colegas del equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="435"/>
        <source>No colleagues yet. Add their keys and check each fingerprint by phone (Add or check keys…): only colleagues whose fingerprint was checked take part in the team.</source>
        <translation>Aún no hay colegas. Añada sus claves y compruebe cada huella por teléfono (Añadir o comprobar claves…): solo participan en el equipo los colegas cuya huella se comprobó.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="439"/>
        <source>&amp;What they receive…</source>
        <translation>&amp;Qué recibe…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="441"/>
        <source>&amp;Remove from the team…</source>
        <translation>&amp;Retirar del equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="443"/>
        <source>Add or check &amp;keys…</source>
        <translation>Añadir o comprobar c&amp;laves…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="449"/>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="466"/>
        <source>Checks of the team folder</source>
        <translation>Comprobaciones de la carpeta de equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="473"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="479"/>
        <source>Nothing yet while this window is open. “Sync now” exchanges at once.</source>
        <translation>Nada aún mientras esta ventana está abierta. “Sincronizar ahora” intercambia en el acto.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="488"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="490"/>
        <source>This laptop was s&amp;eized…</source>
        <translation>Esta computadora fue &amp;incautada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="497"/>
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="534"/>
        <source>No team folder yet.</source>
        <translation>Aún no hay carpeta de equipo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="383"/>
        <location filename="../../casedesk/gui/team_dialog.py" line="536"/>
        <source>Choose the team &amp;folder…</source>
        <translation>Elegir la carpeta de &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="535"/>
        <source>Change the team &amp;folder…</source>
        <translation>Cambiar la carpeta de &amp;equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="539"/>
        <source>Not in a team yet: choose the team folder.</source>
        <translation>Aún no forma parte de un equipo: elija la carpeta de equipo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="591"/>
        <source>Removed: their laptop was seized</source>
        <translation>Retirada: le incautaron la computadora</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="593"/>
        <source>Removed: replaced by a new key</source>
        <translation>Retirada: reemplazada por una clave nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="595"/>
        <source>Removed: left the team</source>
        <translation>Retirada: dejó el equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="598"/>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="602"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="604"/>
        <source>nothing until the fingerprint is checked</source>
        <translation>nada hasta que se compruebe la huella</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="606"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="606"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="606"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="607"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="608"/>
        <source>facility</source>
        <translation>centro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="608"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="608"/>
        <source>lawyer</source>
        <translation>abogado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="609"/>
        <source>proceeding</source>
        <translation>causa</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="611"/>
        <source>all cases</source>
        <translation>todos los casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="613"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="613"/>
        <source>no contacts</source>
        <translation>sin contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="614"/>
        <source>evidence</source>
        <translation>evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="614"/>
        <source>no evidence</source>
        <translation>sin evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="635"/>
        <source>Choose the team folder first: the new keys are announced to colleagues through it.</source>
        <translation>Elija primero la carpeta de equipo: las claves nuevas se anuncian a los colegas a través de ella.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="669"/>
        <source>Fine</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="669"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="669"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="693"/>
        <source>It did not work (%1); nothing was changed. Try again in a moment.</source>
        <translation>No funcionó (%1); no se cambió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="699"/>
        <source>The team folder</source>
        <translation>La carpeta de equipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="719"/>
        <source>No exchange now: the vault has no team folder, or it is read-only.</source>
        <translation>Ahora no hay intercambio: la bóveda no tiene carpeta de equipo o está en solo lectura.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="725"/>
        <source>Exchanging with the team…</source>
        <translation>Intercambiando con el equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="732"/>
        <source>Exchanging with %1…</source>
        <translation>Intercambiando con %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="744"/>
        <source>The exchange was stopped; the next one goes on from there.</source>
        <translation>Se detuvo el intercambio; el próximo sigue desde ahí.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="760"/>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="761"/>
        <source>%Ln record(s) added or updated.</source>
        <translation>
            <numerusform>%Ln registro añadido o actualizado.</numerusform>
            <numerusform>%Ln registros añadidos o actualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="762"/>
        <source>%Ln contact(s) or event(s) deleted.</source>
        <translation>
            <numerusform>%Ln contacto o evento borrado.</numerusform>
            <numerusform>%Ln contactos o eventos borrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="765"/>
        <source>%1 deleted a contact or an event that was changed here meanwhile: it is kept, and the change goes back to them.</source>
        <translation>%1 borró un contacto o un evento que aquí se había cambiado mientras tanto: se conserva, y su cambio vuelve a esa persona.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="768"/>
        <source>To %1:</source>
        <translation>A %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="769"/>
        <source>%Ln case(s) sent.</source>
        <translation>
            <numerusform>%Ln caso enviado.</numerusform>
            <numerusform>%Ln casos enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="772"/>
        <source>%1 has new keys (a scheduled change; trusted on the old key&apos;s word).</source>
        <translation>%1 tiene claves nuevas (un cambio programado; se confía en ellas porque las firmó la clave anterior).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="775"/>
        <source>%1&apos;s laptop was seized: their old key is no longer accepted. Compare their new fingerprint %2 with them by phone, then mark it as checked (Add or check keys).</source>
        <translation>A %1 le incautaron la computadora: ya no se acepta su clave anterior. Compare por teléfono con esa persona su huella nueva %2 y luego márquela como comprobada (Añadir o comprobar claves).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="782"/>
        <source>%Ln file(s) from keys not among your colleagues were ignored.</source>
        <translation>
            <numerusform>Se ignoró %Ln archivo de claves que no están entre sus colegas.</numerusform>
            <numerusform>Se ignoraron %Ln archivos de claves que no están entre sus colegas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="784"/>
        <source>%Ln file(s) from removed keys were ignored.</source>
        <translation>
            <numerusform>Se ignoró %Ln archivo de claves retiradas.</numerusform>
            <numerusform>Se ignoraron %Ln archivos de claves retiradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="785"/>
        <source>%Ln file(s) wait for a fingerprint check of their sender.</source>
        <translation>
            <numerusform>%Ln archivo espera la comprobación de la huella de quien lo envió.</numerusform>
            <numerusform>%Ln archivos esperan la comprobación de la huella de quien los envió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="787"/>
        <source>%Ln file(s) wait: still arriving, or an earlier file has not arrived yet.</source>
        <translation>
            <numerusform>%Ln archivo espera: aún está llegando, o no ha llegado un archivo anterior.</numerusform>
            <numerusform>%Ln archivos esperan: aún están llegando, o no ha llegado un archivo anterior.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="790"/>
        <source>Refused from %1: %2</source>
        <translation>Rechazado, de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="793"/>
        <source>%Ln conflict(s) to decide.</source>
        <translation>
            <numerusform>%Ln conflicto por decidir.</numerusform>
            <numerusform>%Ln conflictos por decidir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="795"/>
        <source>Nothing new to send or receive.</source>
        <translation>Nada nuevo que enviar ni recibir.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="813"/>
        <source>Remove from the team?</source>
        <translation>¿Retirar del equipo?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="814"/>
        <source>Remove %1 from the team?

Nothing more will be sent to them, and files signed with their key will be ignored. What they received before stays with them.</source>
        <translation>¿Retirar a %1 del equipo?

No se le enviará nada más y se ignorarán los archivos firmados con su clave. Lo que ya recibió se queda en su poder.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="840"/>
        <source>Use this if this laptop, or a copy of this vault, was out of your hands: seized, stolen or taken for inspection.

CaseDesk makes new exchange keys for this vault and tells your colleagues through the team folder:

• their CaseDesk stops accepting the old key at once, so whoever holds it cannot send them anything in your name;
• they accept the new key only after you read its fingerprint to each of them, by phone or in person, and they mark it as checked. Until then, nothing is exchanged with them.

Your cases do not change. Make new keys now?</source>
        <translation>Use esta opción si esta computadora, o una copia de esta bóveda, estuvo fuera de su control: incautada, robada o retenida para revisión.

CaseDesk crea claves de intercambio nuevas para esta bóveda y lo avisa a sus colegas a través de la carpeta de equipo:

• el CaseDesk de sus colegas deja de aceptar de inmediato la clave anterior, así que quien la tenga no podrá enviarles nada en su nombre;
• aceptarán la clave nueva solo después de que usted les lea su huella a cada uno, por teléfono o en persona, y la marquen como comprobada. Hasta entonces no se intercambia nada con ellos.

Sus casos no cambian. ¿Crear claves nuevas ahora?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="836"/>
        <source>Was this laptop seized?</source>
        <translation>¿Fue incautada esta computadora?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="597"/>
        <source>Fingerprint not checked</source>
        <translation>Huella sin comprobar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="863"/>
        <source>no colleague yet</source>
        <translation>aún ningún colega</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="865"/>
        <source>New keys made. This vault&apos;s new fingerprint is %1.
Call each colleague (%2) and read it to them; until they check it, their CaseDesk accepts nothing from this vault.</source>
        <translation>Claves nuevas creadas. La huella nueva de esta bóveda es %1.
Llame a cada colega (%2) y léasela; hasta que la comprueben, su CaseDesk no acepta nada de esta bóveda.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="207"/>
        <source>Team folder: %1</source>
        <extracomment>A pass runs when this long has gone by since the last one (any pass: &quot;Sync now&quot; counts). After unlocking, the first pass waits this long: the window shows the cases first. How often the clock is looked at between passes. The filter fields of a policy, in the order the dialog shows them. Several values in one filter field: facility names hold commas, never semicolons.</extracomment>
        <translation>Carpeta de equipo: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="209"/>
        <source>Stopping the exchange…</source>
        <translation>Deteniendo el intercambio…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="209"/>
        <source>Exchanging with the team…</source>
        <translation>Intercambiando con el equipo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="214"/>
        <source>Team folder not available</source>
        <translation>Carpeta de equipo no disponible</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="215"/>
        <source>The last exchange failed</source>
        <translation>Falló el último intercambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="219"/>
        <source>No verified colleagues in the team yet</source>
        <translation>Aún no hay colegas verificados en el equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="222"/>
        <source>%n colleague(s)</source>
        <translation>
            <numerusform>%n colega</numerusform>
            <numerusform>%n colegas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="224"/>
        <source>In step with %1</source>
        <translation>Al día con %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="226"/>
        <source>In step with %1 of %2</source>
        <translation>Al día con %1 de %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="228"/>
        <source>Not yet read by: %1</source>
        <translation>Todavía no lo han leído: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="231"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflicto por decidir</numerusform>
            <numerusform>%n conflictos por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="234"/>
        <source>%n key(s) waiting for a fingerprint check</source>
        <translation>
            <numerusform>%n clave espera la comprobación de la huella</numerusform>
            <numerusform>%n claves esperan la comprobación de la huella</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="236"/>
        <source>Waiting for a fingerprint check: %1</source>
        <translation>Esperan la comprobación de la huella: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="243"/>
        <location filename="../../casedesk/gui/team_dialog.py" line="247"/>
        <source>no exchange yet</source>
        <translation>aún sin intercambios</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="255"/>
        <source>last exchange %1</source>
        <translation>último intercambio %1</translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>Reported</source>
        <translation>Reportado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>Still needs</source>
        <translation>Aún falta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>Whom to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="82"/>
        <source>Claims to verify</source>
        <translation>Afirmaciones por verificar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="84"/>
        <source>No claims wait for verification. When a release is announced, use “Announced list of releases…” to match the list with the people held: each match becomes a claim here, verified once two independent sources confirm it.</source>
        <translation>No hay afirmaciones por verificar. Cuando se anuncie una excarcelación, use «Lista anunciada de excarcelaciones…» para cruzar la lista con las personas detenidas: cada coincidencia se vuelve aquí una afirmación, verificada cuando dos fuentes independientes la confirman.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="87"/>
        <source>Add a checked &amp;source…</source>
        <translation>Añadir una &amp;fuente consultada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="88"/>
        <source>Da&amp;te of the claim…</source>
        <translation>F&amp;echa de la afirmación…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="89"/>
        <source>Mark ve&amp;rified</source>
        <translation>Marcar como ve&amp;rificada</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="90"/>
        <source>&amp;Disputed…</source>
        <translation>&amp;Controvertida…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="91"/>
        <source>Re&amp;tracted…</source>
        <translation>Re&amp;tractada…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="92"/>
        <source>Announced &amp;list of releases…</source>
        <translation>&amp;Lista anunciada de excarcelaciones…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="93"/>
        <source>Release trac&amp;ker…</source>
        <translation>Seg&amp;uimiento de excarcelaciones…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="106"/>
        <source>Not yet: the “Still needs” column says what is missing.</source>
        <translation>Todavía no: la columna «Aún falta» dice qué falta.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="154"/>
        <source>Date of the claim</source>
        <translation>Fecha de la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="155"/>
        <source>The date it happened (dd/mm/yyyy):</source>
        <translation>La fecha en que ocurrió (dd/mm/aaaa):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="169"/>
        <source>Close the claim</source>
        <translation>Cerrar la afirmación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="169"/>
        <source>Why (for the record):</source>
        <translation>Por qué (para el registro):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="189"/>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
</TS>
