<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="49" />
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="49" />
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="55" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="56" />
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="57" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="58" />
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="59" />
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="65" />
        <source>Open the existing person's case</source>
        <translation>Abrir el caso de la persona existente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="72" />
        <source>Possible matches already in the vault:</source>
        <translation>Posibles coincidencias ya en la bóveda:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="76" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="78" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="137" />
        <source>Given names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="138" />
        <source>Surnames:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="139" />
        <source>Aliases (one per line):</source>
        <translation>Alias (uno por línea):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="140" />
        <source>National ID:</source>
        <translation>Cédula:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="141" />
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="142" />
        <source>Birth date:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="143" />
        <source>Nationality:</source>
        <translation>Nacionalidad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="144" />
        <source>Occupation:</source>
        <translation>Ocupación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="145" />
        <source>Affiliation:</source>
        <translation>Afiliación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="146" />
        <source>Civilian or military:</source>
        <translation>Civil o militar:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="147" />
        <source>About the person:</source>
        <translation>Sobre la persona:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="154" />
        <source>Arrest date:</source>
        <translation>Fecha de detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="155" />
        <source>Place of arrest:</source>
        <translation>Lugar de la detención:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="156" />
        <source>Arresting agency:</source>
        <translation>Organismo aprehensor:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="157" />
        <source>Facility:</source>
        <translation>Centro de reclusión:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="158" />
        <source>Charges:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="159" />
        <source>Court:</source>
        <translation>Tribunal:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="160" />
        <source>Case file number:</source>
        <translation>Número de expediente:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="161" />
        <source>Judge:</source>
        <translation>Juez/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="162" />
        <source>Lawyer:</source>
        <translation>Abogado/a:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="163" />
        <source>Classification:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="164" />
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="165" />
        <source>Status today:</source>
        <translation>Situación hoy:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="166" />
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Status after</source>
        <translation>Situación después</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173" />
        <location filename="../../casedesk/gui/case_editor.py" line="227" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177" />
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179" />
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180" />
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181" />
        <location filename="../../casedesk/gui/case_editor.py" line="402" />
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183" />
        <source>New event</source>
        <translation>Evento nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="192" />
        <source>Save the case first to add events.</source>
        <translation>Guarde primero el caso para añadir eventos.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>Safe channel</source>
        <translation>Canal seguro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>Contact?</source>
        <translation>¿Contactar?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="210" />
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="211" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212" />
        <source>Relationship:</source>
        <translation>Parentesco:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="213" />
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="214" />
        <source>Safe channel:</source>
        <translation>Canal seguro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="215" />
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218" />
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="227" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="227" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Obtained</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234" />
        <source>Case notes:</source>
        <translation>Notas del caso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="278" />
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="278" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="394" />
        <source>Save event</source>
        <translation>Guardar evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="430" />
        <source>Contact not added</source>
        <translation>Contacto no añadido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="441" />
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="442" />
        <source>What you typed in this case has not been saved. Discard it?</source>
        <translation>Lo que escribió en este caso no se ha guardado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="35" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="36" />
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="37" />
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="38" />
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="39" />
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="40" />
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="41" />
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="218" />
        <source>CaseDesk — %1</source>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="220" />
        <source>&amp;New case</source>
        <translation>Caso &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="220" />
        <source>&amp;Edit case</source>
        <translation>&amp;Editar caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="221" />
        <source>&amp;Delete case…</source>
        <translation>E&amp;liminar caso…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="221" />
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="222" />
        <source>&amp;Undo last change</source>
        <translation>&amp;Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="223" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="223" />
        <source>Copy case &amp;id</source>
        <translation>Copiar el &amp;id del caso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="224" />
        <source>&amp;Compact rows</source>
        <translation>Filas &amp;compactas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="224" />
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="225" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="226" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="231" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="232" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="233" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="234" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="235" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="236" />
        <source>Search by name, ID, facility or notes…</source>
        <translation>Buscar por nombre, cédula, centro o notas…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="237" />
        <location filename="../../casedesk/gui/main_window.py" line="411" />
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="237" />
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <location filename="../../casedesk/gui/main_window.py" line="414" />
        <source>Facility</source>
        <translation>Centro de reclusión</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="237" />
        <location filename="../../casedesk/gui/main_window.py" line="414" />
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="238" />
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="238" />
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="239" />
        <source>Arrested from</source>
        <translation>Detenidos desde</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="239" />
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="242" />
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="243" />
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="244" />
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (próximos 30 días)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="278" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="280" />
        <source>Held</source>
        <translation>Detenidos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="281" />
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detenidos, en arresto domiciliario o con paradero desconocido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="288" />
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358" />
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358" />
        <source>Name of this filter:</source>
        <translation>Nombre de este filtro:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="366" />
        <source>Filter saved.</source>
        <translation>Filtro guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369" />
        <source>%1 matching cases</source>
        <translation>%1 casos coinciden</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="405" />
        <source>(since %1)</source>
        <translation>(desde %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407" />
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407" />
        <source>Family and contacts</source>
        <translation>Familia y contactos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="408" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="408" />
        <source>DO NOT CONTACT</source>
        <translation>NO CONTACTAR</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="410" />
        <source>National ID</source>
        <translation>Cédula</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="412" />
        <source>Arrested</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="413" />
        <source>Days held</source>
        <translation>Días detenido</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="415" />
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="415" />
        <source>Lawyer</source>
        <translation>Abogado/a</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="474" />
        <source>%1 unsaved draft(s) restored.</source>
        <translation>%1 borrador(es) sin guardar recuperado(s).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="484" />
        <source>Case saved.</source>
        <translation>Caso guardado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="488" />
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="496" />
        <source>The last change was undone.</source>
        <translation>Se deshizo el último cambio.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="504" />
        <source>Delete case?</source>
        <translation>¿Eliminar el caso?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="505" />
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>¿Eliminar el caso de %1 con su cronología y sus registros de evidencias? El registro de auditoría conserva constancia de la eliminación.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="512" />
        <source>Case deleted.</source>
        <translation>Caso eliminado.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="521" />
        <source>About CaseDesk</source>
        <translation>Acerca de CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="522" />
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Expedientes cifrados para abogados que defienden a personas detenidas por razones políticas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="527" />
        <source>Something went wrong (%1); nothing was lost.</source>
        <translation>Algo salió mal (%1); no se perdió nada.</translation>
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
    <name>StartDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="39" />
        <source>CaseDesk — open a vault</source>
        <translation>CaseDesk — abrir una bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="47" />
        <source>Encrypted case files. Version %1</source>
        <translation>Expedientes cifrados. Versión %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="62" />
        <source>Recent vaults:</source>
        <translation>Bóvedas recientes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="69" />
        <source>Open another vault folder…</source>
        <translation>Abrir otra carpeta de bóveda…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="71" />
        <source>Create a new vault…</source>
        <translation>Crear una bóveda nueva…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="81" />
        <source>CaseDesk locked itself. Everything you typed is kept.</source>
        <translation>CaseDesk se bloqueó. Todo lo que escribió se conserva.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="89" />
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="95" />
        <location filename="../../casedesk/gui/start_dialog.py" line="129" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="97" />
        <location filename="../../casedesk/gui/start_dialog.py" line="222" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="114" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="131" />
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="137" />
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="138" />
        <source>Passphrase:</source>
        <translation>Frase de paso:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="139" />
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="140" />
        <source>Strength:</source>
        <translation>Fortaleza:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="148" />
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="153" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Elija una carpeta vacía para la bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="159" />
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="164" />
        <source>Demo vault of synthetic cases. Its passphrase is: %1</source>
        <translation>Bóveda de demostración con casos sintéticos. Su frase de paso es: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="175" />
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="198" />
        <source>The vault could not be opened (%1).</source>
        <translation>No se pudo abrir la bóveda (%1).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="204" />
        <source>Copies made before are in %1; the newest is %2.</source>
        <translation>Hay copias anteriores en %1; la más reciente es %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="226" />
        <source>Wait %1 s</source>
        <translation>Espere %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="242" />
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="244" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="251" />
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creando la bóveda (midiendo este equipo)…</translation>
    </message>
</context>
</TS>