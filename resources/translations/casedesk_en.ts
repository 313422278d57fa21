<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="49" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="49" />
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="55" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="56" />
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="57" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="58" />
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="59" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="65" />
        <source>Open the existing person's case</source>
        <translation>Open the existing person's case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="72" />
        <source>Possible matches already in the vault:</source>
        <translation>Possible matches already in the vault:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="76" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="78" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="137" />
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="138" />
        <source>Surnames:</source>
        <translation>Surnames:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="139" />
        <source>Aliases (one per line):</source>
        <translation>Aliases (one per line):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="140" />
        <source>National ID:</source>
        <translation>National ID:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="141" />
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="142" />
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="143" />
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="144" />
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="145" />
        <source>Affiliation:</source>
        <translation>Affiliation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="146" />
        <source>Civilian or military:</source>
        <translation>Civilian or military:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="147" />
        <source>About the person:</source>
        <translation>About the person:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="154" />
        <source>Arrest date:</source>
        <translation>Arrest date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="155" />
        <source>Place of arrest:</source>
        <translation>Place of arrest:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="156" />
        <source>Arresting agency:</source>
        <translation>Arresting agency:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="157" />
        <source>Facility:</source>
        <translation>Facility:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="158" />
        <source>Charges:</source>
        <translation>Charges:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="159" />
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="160" />
        <source>Case file number:</source>
        <translation>Case file number:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="161" />
        <source>Judge:</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="162" />
        <source>Lawyer:</source>
        <translation>Lawyer:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="163" />
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="164" />
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="165" />
        <source>Status today:</source>
        <translation>Status today:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="166" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Status after</source>
        <translation>Status after</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173" />
        <location filename="../../casedesk/gui/case_editor.py" line="227" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177" />
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181" />
        <location filename="../../casedesk/gui/case_editor.py" line="402" />
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183" />
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="192" />
        <source>Save the case first to add events.</source>
        <translation>Save the case first to add events.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>Safe channel</source>
        <translation>Safe channel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>Contact?</source>
        <translation>Contact?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="210" />
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="211" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212" />
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="213" />
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="214" />
        <source>Safe channel:</source>
        <translation>Safe channel:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="215" />
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218" />
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="227" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="227" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234" />
        <source>Case notes:</source>
        <translation>Case notes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="278" />
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="278" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="394" />
        <source>Save event</source>
        <translation>Save event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="430" />
        <source>Contact not added</source>
        <translation>Contact not added</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="441" />
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="442" />
        <source>What you typed in this case has not been saved. Discard it?</source>
        <translation>What you typed in this case has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="36" />
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="37" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="38" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="39" />
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="40" />
        <source>Days held</source>
        <translation>Days held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="41" />
        <source>Last change</source>
        <translation>Last change</translation>
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
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="220" />
        <source>&amp;Edit case</source>
        <translation>&amp;Edit case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="221" />
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="221" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="222" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="222" />
        <source>&amp;Undo last change</source>
        <translation>&amp;Undo last change</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="223" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="223" />
        <source>Copy case &amp;id</source>
        <translation>Copy case &amp;id</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="224" />
        <source>&amp;Compact rows</source>
        <translation>&amp;Compact rows</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="224" />
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="225" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="226" />
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="231" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="232" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="233" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="234" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="235" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="236" />
        <source>Search by name, ID, facility or notes…</source>
        <translation>Search by name, ID, facility or notes…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="237" />
        <location filename="../../casedesk/gui/main_window.py" line="411" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="237" />
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <location filename="../../casedesk/gui/main_window.py" line="414" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="237" />
        <location filename="../../casedesk/gui/main_window.py" line="414" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="238" />
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="238" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="239" />
        <source>Arrested from</source>
        <translation>Arrested from</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="239" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="242" />
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="243" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="244" />
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (next 30 days)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="245" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="278" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="280" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="281" />
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detained, under house arrest or whereabouts unknown</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="288" />
        <source>Saved filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358" />
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358" />
        <source>Name of this filter:</source>
        <translation>Name of this filter:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="366" />
        <source>Filter saved.</source>
        <translation>Filter saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369" />
        <source>%1 matching cases</source>
        <translation>%1 matching cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="405" />
        <source>(since %1)</source>
        <translation>(since %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407" />
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="408" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="408" />
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="410" />
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="412" />
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="413" />
        <source>Days held</source>
        <translation>Days held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="415" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="415" />
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="474" />
        <source>%1 unsaved draft(s) restored.</source>
        <translation>%1 unsaved draft(s) restored.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="484" />
        <source>Case saved.</source>
        <translation>Case saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="488" />
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="496" />
        <source>The last change was undone.</source>
        <translation>The last change was undone.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="504" />
        <source>Delete case?</source>
        <translation>Delete case?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="505" />
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="512" />
        <source>Case deleted.</source>
        <translation>Case deleted.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="521" />
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="522" />
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="527" />
        <source>Something went wrong (%1); nothing was lost.</source>
        <translation>Something went wrong (%1); nothing was lost.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="20" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="25" />
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="31" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="37" />
        <source>Comfortable</source>
        <translation>Comfortable</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="38" />
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="47" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="48" />
        <source>Lock after this long without use:</source>
        <translation>Lock after this long without use:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="49" />
        <source>Vault to open first:</source>
        <translation>Vault to open first:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="50" />
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="55" />
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="39" />
        <source>CaseDesk — open a vault</source>
        <translation>CaseDesk — open a vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="47" />
        <source>Encrypted case files. Version %1</source>
        <translation>Encrypted case files. Version %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="62" />
        <source>Recent vaults:</source>
        <translation>Recent vaults:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="69" />
        <source>Open another vault folder…</source>
        <translation>Open another vault folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="71" />
        <source>Create a new vault…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="81" />
        <source>CaseDesk locked itself. Everything you typed is kept.</source>
        <translation>CaseDesk locked itself. Everything you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="89" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="95" />
        <location filename="../../casedesk/gui/start_dialog.py" line="129" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="97" />
        <location filename="../../casedesk/gui/start_dialog.py" line="222" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="114" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="131" />
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="137" />
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="138" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="139" />
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="140" />
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="148" />
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="153" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Choose an empty folder for the new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="159" />
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="164" />
        <source>Demo vault of synthetic cases. Its passphrase is: %1</source>
        <translation>Demo vault of synthetic cases. Its passphrase is: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="175" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="198" />
        <source>The vault could not be opened (%1).</source>
        <translation>The vault could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="204" />
        <source>Copies made before are in %1; the newest is %2.</source>
        <translation>Copies made before are in %1; the newest is %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="226" />
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="242" />
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="244" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="251" />
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creating the vault (measuring this computer)…</translation>
    </message>
</context>
</TS>