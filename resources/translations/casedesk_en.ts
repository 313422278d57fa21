<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="188" />
        <source>Send %1 case(s) as a bundle</source>
        <translation>Send %1 case(s) as a bundle</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="189" />
        <source>To colleagues (only their vaults can open it)</source>
        <translation>To colleagues (only their vaults can open it)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="190" />
        <source>With a passphrase (say it by another channel)</source>
        <translation>With a passphrase (say it by another channel)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="195" />
        <source>(fingerprint NOT checked)</source>
        <translation>(fingerprint NOT checked)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="204" />
        <source>Include the evidence files</source>
        <translation>Include the evidence files</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="209" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="210" />
        <source>Who will read it:</source>
        <translation>Who will read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="225" />
        <source>Save the bundle as</source>
        <translation>Save the bundle as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="226" />
        <source>CaseDesk bundles (*.casedesk)</source>
        <translation>CaseDesk bundles (*.casedesk)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="234" />
        <source>Making the bundle…</source>
        <translation>Making the bundle…</translation>
    </message>
</context>
<context>
    <name>BundleReceiver</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="252" />
        <source>Bundle passphrase</source>
        <translation>Bundle passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="253" />
        <source>This bundle is not addressed to this vault's key. If it was made with a passphrase, type it:</source>
        <translation>This bundle is not addressed to this vault's key. If it was made with a passphrase, type it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="257" />
        <location filename="../../casedesk/gui/exchange.py" line="260" />
        <source>Bundle refused</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="263" />
        <source>a colleague whose fingerprint was checked</source>
        <translation>a colleague whose fingerprint was checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="264" />
        <source>a colleague whose fingerprint was NOT checked yet</source>
        <translation>a colleague whose fingerprint was NOT checked yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="265" />
        <source>someone NOT among your colleagues: check the fingerprint with them</source>
        <translation>someone NOT among your colleagues: check the fingerprint with them</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="266" />
        <source>From %1 (%2), %3.</source>
        <translation>From %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="268" />
        <source>%1 records added, %2 updated, %3 unchanged, %4 conflicts to decide.</source>
        <translation>%1 records added, %2 updated, %3 unchanged, %4 conflicts to decide.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="272" />
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="50" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="50" />
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="58" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="59" />
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="61" />
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="62" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="63" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="68" />
        <source>Open the existing person's case</source>
        <translation>Open the existing person's case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="75" />
        <source>Possible matches already in the vault:</source>
        <translation>Possible matches already in the vault:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="79" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="81" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="85" />
        <source>Dossier (PDF)…</source>
        <translation>Dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="154" />
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="155" />
        <source>Surnames:</source>
        <translation>Surnames:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="156" />
        <source>Aliases (one per line):</source>
        <translation>Aliases (one per line):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="157" />
        <source>National ID:</source>
        <translation>National ID:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="158" />
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="159" />
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="160" />
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="161" />
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="162" />
        <source>Affiliation:</source>
        <translation>Affiliation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="163" />
        <source>Civilian or military:</source>
        <translation>Civilian or military:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="164" />
        <source>About the person:</source>
        <translation>About the person:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="171" />
        <source>Arrest date:</source>
        <translation>Arrest date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="172" />
        <source>Place of arrest:</source>
        <translation>Place of arrest:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="173" />
        <source>Arresting agency:</source>
        <translation>Arresting agency:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="174" />
        <source>Facility:</source>
        <translation>Facility:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="175" />
        <source>Charges:</source>
        <translation>Charges:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="176" />
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177" />
        <source>Case file number:</source>
        <translation>Case file number:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="178" />
        <source>Judge:</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179" />
        <source>Lawyer:</source>
        <translation>Lawyer:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180" />
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181" />
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="182" />
        <source>Status today:</source>
        <translation>Status today:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189" />
        <location filename="../../casedesk/gui/case_editor.py" line="195" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="189" />
        <source>Status after</source>
        <translation>Status after</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="190" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="190" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="196" />
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="197" />
        <source>Date of the event</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="199" />
        <source>Status after the event</source>
        <translation>Status after the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="200" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="201" />
        <source>Description of the event</source>
        <translation>Description of the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="202" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="203" />
        <source>Source of the event</source>
        <translation>Source of the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="208" />
        <source>&amp;Add to the timeline</source>
        <translation>&amp;Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="210" />
        <source>Apply to the selected event</source>
        <translation>Apply to the selected event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212" />
        <source>Remove the selected event</source>
        <translation>Remove the selected event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218" />
        <source>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="238" />
        <source>&amp;Do not contact (unsafe for them or for the case)</source>
        <translation>&amp;Do not contact (unsafe for them or for the case)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="505" />
        <source>Timeline changed: Save keeps it, Cancel drops it.</source>
        <translation>Timeline changed: Save keeps it, Cancel drops it.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="524" />
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="547" />
        <source>Contacts changed: Save keeps them, Cancel drops them.</source>
        <translation>Contacts changed: Save keeps them, Cancel drops them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="228" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229" />
        <source>Safe channel</source>
        <translation>Safe channel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="229" />
        <source>Contact?</source>
        <translation>Contact?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="239" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="240" />
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="241" />
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="242" />
        <source>Safe channel:</source>
        <translation>Safe channel:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="243" />
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="247" />
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="249" />
        <source>Apply to the selected contact</source>
        <translation>Apply to the selected contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="251" />
        <source>Remove the selected contact</source>
        <translation>Remove the selected contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="257" />
        <source>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="270" />
        <source>Case notes:</source>
        <translation>Case notes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="299" />
        <source>%1 — case</source>
        <translation>%1 — case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="335" />
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="335" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="342" />
        <source>Do not contact this person</source>
        <translation>Do not contact this person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="372" />
        <source>Save your changes first: the dossier shows what is saved.</source>
        <translation>Save your changes first: the dossier shows what is saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="554" />
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="555" />
        <source>What you typed in this case has not been saved. Discard it?</source>
        <translation>What you typed in this case has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="42" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="43" />
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="45" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="46" />
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="47" />
        <source>Days held</source>
        <translation>Days held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="48" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>CensusDialog</name>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="25" />
        <source>Census report</source>
        <translation>Census report</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="27" />
        <source>optional: who entered and left since this date</source>
        <translation>optional: who entered and left since this date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="32" />
        <source>People held on:</source>
        <translation>People held on:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="33" />
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="36" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="60" />
        <source>Save the census report as</source>
        <translation>Save the census report as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="68" />
        <source>Counting and making the report…</source>
        <translation>Counting and making the report…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="75" />
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="285" />
        <source>Changed here and by a colleague</source>
        <translation>Changed here and by a colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289" />
        <source>In this vault</source>
        <translation>In this vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="289" />
        <source>The colleague's</source>
        <translation>The colleague's</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="290" />
        <source>Take the colleague's</source>
        <translation>Take the colleague's</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="294" />
        <source>Apply and next</source>
        <translation>Apply and next</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="314" />
        <source>No conflicts are waiting.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="316" />
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="316" />
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="316" />
        <source>timeline event</source>
        <translation>timeline event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="317" />
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="317" />
        <source>evidence item</source>
        <translation>evidence item</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="318" />
        <source>%1 left. A %2 (%3) was changed here and by %4 since you last exchanged it:</source>
        <translation>%1 left. A %2 (%3) was changed here and by %4 since you last exchanged it:</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../casedesk/gui/app.py" line="71" />
        <source>Lock CaseDesk now</source>
        <translation>Lock CaseDesk now</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="120" />
        <source>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</source>
        <translation>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="136" />
        <source>People held today</source>
        <translation>People held today</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="137" />
        <source>People held at the end of each month</source>
        <translation>People held at the end of each month</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="138" />
        <source>Census report (PDF)…</source>
        <translation>Census report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="139" />
        <source>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</source>
        <translation>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="140" />
        <source>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</source>
        <translation>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="141" />
        <source>List the people held</source>
        <translation>List the people held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="150" />
        <source>%1 in the last 30 days (%2 on %3)</source>
        <translation>%1 in the last 30 days (%2 on %3)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="160" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="31" />
        <source>The document could not be made (%1); nothing was lost.</source>
        <translation>The document could not be made (%1); nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="81" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="20" />
        <source>Internal: everything</source>
        <translation>Internal: everything</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="21" />
        <source>Court: no family phones or addresses, no internal notes</source>
        <translation>Court: no family phones or addresses, no internal notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="22" />
        <source>Family: this person only, no internal notes</source>
        <translation>Family: this person only, no internal notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="23" />
        <source>Public: no contacts, ID or notes; verified facts only</source>
        <translation>Public: no contacts, ID or notes; verified facts only</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="22" />
        <source>Dossier of %1</source>
        <translation>Dossier of %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="23" />
        <source>Dossier of %1 cases</source>
        <translation>Dossier of %1 cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="26" />
        <source>One file with a table of contents</source>
        <translation>One file with a table of contents</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="27" />
        <source>One file per case, into a folder</source>
        <translation>One file per case, into a folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="33" />
        <source>Send the password by another channel than the file (for example, say it by phone).</source>
        <translation>Send the password by another channel than the file (for example, say it by phone).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="37" />
        <source>Who will read it:</source>
        <translation>Who will read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="38" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="40" />
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="45" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="56" />
        <source>Save one dossier per case into</source>
        <translation>Save one dossier per case into</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="60" />
        <source>Save the dossier as</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="76" />
        <source>Making the dossier…</source>
        <translation>Making the dossier…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="82" />
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="284" />
        <source>Evidence details: %1</source>
        <translation>Evidence details: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="297" />
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="297" />
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="298" />
        <source>Can be shared</source>
        <translation>Can be shared</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="302" />
        <source>The portrait on the dossier's cover</source>
        <translation>The portrait on the dossier's cover</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="304" />
        <source>Public dossiers show it only if it can be shared.</source>
        <translation>Public dossiers show it only if it can be shared.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="315" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="315" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="316" />
        <source>Source (who, how obtained):</source>
        <translation>Source (who, how obtained):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="317" />
        <source>Date obtained:</source>
        <translation>Date obtained:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="318" />
        <source>Date of the content:</source>
        <translation>Date of the content:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="319" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="320" />
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="320" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="49" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="49" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="49" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="50" />
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56" />
        <source>Drop files here or use “Add files…”. They are encrypted into the vault; the originals are not changed.</source>
        <translation>Drop files here or use “Add files…”. They are encrypted into the vault; the originals are not changed.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="59" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="61" />
        <location filename="../../casedesk/gui/evidence_panel.py" line="179" />
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="63" />
        <source>Export decrypted copy…</source>
        <translation>Export decrypted copy…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="65" />
        <source>Working copy without metadata</source>
        <translation>Working copy without metadata</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="66" />
        <source>A copy of the photo without GPS position, camera or other metadata, for sharing. The original is kept unchanged.</source>
        <translation>A copy of the photo without GPS position, camera or other metadata, for sharing. The original is kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="69" />
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="71" />
        <source>Attach to another case…</source>
        <translation>Attach to another case…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="86" />
        <source>Save the case first to add evidence.</source>
        <translation>Save the case first to add evidence.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="119" />
        <source>Choose evidence files</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="132" />
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="136" />
        <source>Encrypting %1…</source>
        <translation>Encrypting %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="136" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="157" />
        <source>%1 could not be added (%2).</source>
        <translation>%1 could not be added (%2).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="180" />
        <source>This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it with another program.</source>
        <translation>This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it with another program.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="185" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="234" />
        <location filename="../../casedesk/gui/evidence_panel.py" line="240" />
        <source>Attach to another case</source>
        <translation>Attach to another case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="235" />
        <source>Name or ID of the person in the other case:</source>
        <translation>Name or ID of the person in the other case:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="240" />
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="252" />
        <source>No copy made</source>
        <translation>No copy made</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="261" />
        <source>Export a decrypted copy?</source>
        <translation>Export a decrypted copy?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="262" />
        <source>The copy will not be protected by the vault: anyone with access to where you save it can read it. Keep it on an encrypted drive and delete it when done. The export is recorded in the item's custody log.</source>
        <translation>The copy will not be protected by the vault: anyone with access to where you save it can read it. Keep it on an encrypted drive and delete it when done. The export is recorded in the item's custody log.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="268" />
        <source>Save the decrypted copy as</source>
        <translation>Save the decrypted copy as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="274" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="62" />
        <source>Colleagues and exchange keys</source>
        <translation>Colleagues and exchange keys</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="71" />
        <source>Save my public key…</source>
        <translation>Save my public key…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="74" />
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="76" />
        <source>Name colleagues see:</source>
        <translation>Name colleagues see:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="77" />
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="78" />
        <source>Read the fingerprint to colleagues by phone or in person; they compare it with what their CaseDesk shows for your key.</source>
        <translation>Read the fingerprint to colleagues by phone or in person; they compare it with what their CaseDesk shows for your key.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="83" />
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="83" />
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="83" />
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="88" />
        <source>Add a colleague's key…</source>
        <translation>Add a colleague's key…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="90" />
        <source>Mark the fingerprint as checked…</source>
        <translation>Mark the fingerprint as checked…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="96" />
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="123" />
        <source>Save my public key as</source>
        <translation>Save my public key as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="124" />
        <source>CaseDesk keys (*.json)</source>
        <translation>CaseDesk keys (*.json)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="129" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="136" />
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="137" />
        <source>NOT checked</source>
        <translation>NOT checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="146" />
        <source>A colleague's public key</source>
        <translation>A colleague's public key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="147" />
        <source>CaseDesk keys (*.json);;All files (*)</source>
        <translation>CaseDesk keys (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="155" />
        <source>Not a key</source>
        <translation>Not a key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="156" />
        <source>That file cannot be read.</source>
        <translation>That file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="159" />
        <location filename="../../casedesk/gui/exchange.py" line="173" />
        <source>Check the fingerprint</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="160" />
        <source>Fingerprint of %1:

%2

If you compared it with them (by phone or in person), write who did; leave it empty if not yet.</source>
        <translation>Fingerprint of %1:

%2

If you compared it with them (by phone or in person), write who did; leave it empty if not yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="174" />
        <source>Did you compare %1 with %2? Who checked it:</source>
        <translation>Did you compare %1 with %2? Who checked it:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="22" />
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="30" />
        <source>The file is not encrypted: keep it on an encrypted drive and delete it when done. The export is recorded in the audit log.</source>
        <translation>The file is not encrypted: keep it on an encrypted drive and delete it when done. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="34" />
        <source>Cases:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="34" />
        <source>%1 (the list as filtered now)</source>
        <translation>%1 (the list as filtered now)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="35" />
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="36" />
        <source>Who will read it:</source>
        <translation>Who will read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="46" />
        <source>Export the list as</source>
        <translation>Export the list as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="57" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="71" />
        <source>The list to import</source>
        <translation>The list to import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="72" />
        <source>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</source>
        <translation>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="76" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="82" />
        <source>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</source>
        <translation>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="89" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="90" />
        <source>Status date:</source>
        <translation>Status date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="95" />
        <source>Choose the list</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="96" />
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="113" />
        <source>The status date cannot be in the future.</source>
        <translation>The status date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="49" />
        <source>Your new vault</source>
        <translation>Your new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="51" />
        <source>The passphrase is the only key</source>
        <translation>The passphrase is the only key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="52" />
        <source>Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not even CaseDesk's developers, can open it without the passphrase or the recovery sheet.

Your passphrase: %1 (about %2 bits). Long passphrases of unrelated words are the strongest, and easier to remember than symbols.</source>
        <translation>Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not even CaseDesk's developers, can open it without the passphrase or the recovery sheet.

Your passphrase: %1 (about %2 bits). Long passphrases of unrelated words are the strongest, and easier to remember than symbols.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="56" />
        <source>A recovery sheet</source>
        <translation>A recovery sheet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="57" />
        <source>If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. Print it and keep it away from the laptop (a safe, a trusted person).</source>
        <translation>If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. Print it and keep it away from the laptop (a safe, a trusted person).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="59" />
        <source>Make the recovery sheet now (recommended)</source>
        <translation>Make the recovery sheet now (recommended)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="62" />
        <source>Try it first?</source>
        <translation>Try it first?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="63" />
        <source>You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be deleted. For real work, leave this unticked.</source>
        <translation>You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be deleted. For real work, leave this unticked.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="65" />
        <source>Add 50 synthetic cases to practise</source>
        <translation>Add 50 synthetic cases to practise</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="68" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="69" />
        <source>When CaseDesk closes it makes the day's encrypted backup in %1. Copy backups regularly to an external drive with File → Back up to another folder, and keep that drive apart from the laptop. Help → Manual explains what to do if the laptop is seized or lost.</source>
        <translation>When CaseDesk closes it makes the day's encrypted backup in %1. Copy backups regularly to an external drive with File → Back up to another folder, and keep that drive apart from the laptop. Help → Manual explains what to do if the laptop is seized or lost.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="47" />
        <source>Import a list</source>
        <translation>Import a list</translation>
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
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="282" />
        <source>&amp;Edit case</source>
        <translation>&amp;Edit case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="283" />
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="283" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="284" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="284" />
        <source>&amp;Undo last change</source>
        <translation>&amp;Undo last change</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="285" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="285" />
        <source>Copy case &amp;id</source>
        <translation>Copy case &amp;id</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="286" />
        <source>&amp;Compact rows</source>
        <translation>&amp;Compact rows</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="286" />
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="287" />
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="288" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="289" />
        <source>&amp;Check the vault…</source>
        <translation>&amp;Check the vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="290" />
        <source>&amp;Dossier (PDF)…</source>
        <translation>&amp;Dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="291" />
        <source>Census &amp;report (PDF)…</source>
        <translation>Census &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="292" />
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="293" />
        <source>Rows to re&amp;view…</source>
        <translation>Rows to re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="294" />
        <source>E&amp;xport the list (CSV, XLSX)…</source>
        <translation>E&amp;xport the list (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="295" />
        <source>&amp;Send cases to a colleague (bundle)…</source>
        <translation>&amp;Send cases to a colleague (bundle)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="296" />
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Receive a bundle…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="297" />
        <source>Colleagues and exchange &amp;keys…</source>
        <translation>Colleagues and exchange &amp;keys…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="298" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="299" />
        <source>Recovery &amp;sheet…</source>
        <translation>Recovery &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="300" />
        <source>Back up to &amp;another folder (external drive)…</source>
        <translation>Back up to &amp;another folder (external drive)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="301" />
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="306" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="307" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="308" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="309" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="310" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="311" />
        <source>Search by name, ID, facility or notes…</source>
        <translation>Search by name, ID, facility or notes…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="312" />
        <location filename="../../casedesk/gui/main_window.py" line="564" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="312" />
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <location filename="../../casedesk/gui/main_window.py" line="567" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="312" />
        <location filename="../../casedesk/gui/main_window.py" line="567" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="313" />
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="313" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="314" />
        <source>Arrested from</source>
        <translation>Arrested from</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="314" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="317" />
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="318" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="319" />
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (next 30 days)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="320" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="321" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="325" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="336" />
        <source>READ-ONLY: this vault is damaged</source>
        <translation>READ-ONLY: this vault is damaged</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="371" />
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="372" />
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detained, under house arrest or whereabouts unknown</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="379" />
        <source>Saved filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="458" />
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="458" />
        <source>Name of this filter:</source>
        <translation>Name of this filter:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="466" />
        <source>Filter saved.</source>
        <translation>Filter saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="469" />
        <source>%1 matching cases</source>
        <translation>%1 matching cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="558" />
        <source>(since %1)</source>
        <translation>(since %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="560" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="560" />
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="561" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="561" />
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="563" />
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="565" />
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="566" />
        <source>Days held</source>
        <translation>Days held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="568" />
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="568" />
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="629" />
        <source>%1 unsaved draft(s) restored.</source>
        <translation>%1 unsaved draft(s) restored.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="641" />
        <source>Case saved.</source>
        <translation>Case saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="645" />
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="654" />
        <source>The last change was undone.</source>
        <translation>The last change was undone.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="662" />
        <source>Delete case?</source>
        <translation>Delete case?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="663" />
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="670" />
        <source>Case deleted.</source>
        <translation>Case deleted.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="675" />
        <location filename="../../casedesk/gui/main_window.py" line="704" />
        <source>Select one or more cases first.</source>
        <translation>Select one or more cases first.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="679" />
        <source>Dossier saved.</source>
        <translation>Dossier saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="697" />
        <source>List exported.</source>
        <translation>List exported.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="707" />
        <source>Bundle saved.</source>
        <translation>Bundle saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="712" />
        <source>A bundle from a colleague</source>
        <translation>A bundle from a colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="713" />
        <source>CaseDesk bundles (*.casedesk *.age);;All files (*)</source>
        <translation>CaseDesk bundles (*.casedesk *.age);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="730" />
        <source>Census report saved.</source>
        <translation>Census report saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="735" />
        <source>Back up to which folder?</source>
        <translation>Back up to which folder?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="741" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="746" />
        <source>Backup made and checked: %1</source>
        <translation>Backup made and checked: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="758" />
        <location filename="../../casedesk/gui/main_window.py" line="766" />
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="759" />
        <source>A new recovery sheet replaces any earlier one. Type the vault's passphrase:</source>
        <translation>A new recovery sheet replaces any earlier one. Type the vault's passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="775" />
        <source>Checking the database, the audit chain and every evidence file…</source>
        <translation>Checking the database, the audit chain and every evidence file…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="789" />
        <source>Vault checked</source>
        <translation>Vault checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="790" />
        <source>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</source>
        <translation>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="793" />
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="824" />
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="825" />
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="832" />
        <source>Something went wrong (%1); nothing was lost.</source>
        <translation>Something went wrong (%1); nothing was lost.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="20" />
        <source>CaseDesk manual</source>
        <translation>CaseDesk manual</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="129" />
        <source>What CaseDesk read</source>
        <translation>What CaseDesk read</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="144" />
        <source>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</source>
        <translation>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="153" />
        <source>Sheet “%1” is empty.</source>
        <translation>Sheet “%1” is empty.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="158" />
        <source>Sheet “%1” left out: %2.</source>
        <translation>Sheet “%1” left out: %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="161" />
        <source>Sheet “%1”: header on row %2.</source>
        <translation>Sheet “%1”: header on row %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="164" />
        <source>Sheet “%1”: no header; the columns were recognised by their values.</source>
        <translation>Sheet “%1”: no header; the columns were recognised by their values.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="175" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="175" />
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="175" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="176" />
        <source>Example %1</source>
        <translation>Example %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="183" />
        <source>What column %1 holds</source>
        <translation>What column %1 holds</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="206" />
        <source>its header</source>
        <translation>its header</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="206" />
        <source>its values</source>
        <translation>its values</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="207" />
        <source>its header and its values</source>
        <translation>its header and its values</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="207" />
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="208" />
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="225" />
        <source>Two columns of “%1” are set to hold the same thing.</source>
        <translation>Two columns of “%1” are set to hold the same thing.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="237" />
        <source>No sheet has a column of names: choose which column holds the names.</source>
        <translation>No sheet has a column of names: choose which column holds the names.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="184" />
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="56" />
        <source>Protect the file with a password (AES-256)</source>
        <translation>Protect the file with a password (AES-256)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="58" />
        <source>Propose another</source>
        <translation>Propose another</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="37" />
        <source>Recover the vault</source>
        <translation>Recover the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="39" />
        <source>The words of the recovery sheet, in order</source>
        <translation>The words of the recovery sheet, in order</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="49" />
        <source>The recovery sheet unlocks the vault once you choose a new passphrase; the old passphrase will stop working.</source>
        <translation>The recovery sheet unlocks the vault once you choose a new passphrase; the old passphrase will stop working.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="51" />
        <source>Recovery words:</source>
        <translation>Recovery words:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="52" />
        <source>New passphrase:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="53" />
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="59" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="63" />
        <source>Checking the words…</source>
        <translation>Checking the words…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="72" />
        <source>These words do not open this vault. Check them against the sheet.</source>
        <translation>These words do not open this vault. Check them against the sheet.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="22" />
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="30" />
        <source>Print this sheet and keep it away from the laptop, somewhere safe. With it and the laptop, anyone can open the vault. Any earlier sheet no longer works.</source>
        <translation>Print this sheet and keep it away from the laptop, somewhere safe. With it and the laptop, anyone can open the vault. Any earlier sheet no longer works.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="34" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="35" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="48" />
        <source>Save the recovery sheet as</source>
        <translation>Save the recovery sheet as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="56" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ReleaseListDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="185" />
        <source>Announced list of releases</source>
        <translation>Announced list of releases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="188" />
        <source>Paste the list here: one name per line, with or without cédula.</source>
        <translation>Paste the list here: one name per line, with or without cédula.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="190" />
        <source>e.g. Ministry press note of 7 January</source>
        <translation>e.g. Ministry press note of 7 January</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="191" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="193" />
        <source>Load a file…</source>
        <translation>Load a file…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="196" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="196" />
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="196" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="202" />
        <source>Record claims to verify</source>
        <translation>Record claims to verify</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="206" />
        <source>Announced release date:</source>
        <translation>Announced release date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="207" />
        <source>Source of the list:</source>
        <translation>Source of the list:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="219" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="225" />
        <source>Open the list</source>
        <translation>Open the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="226" />
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Text files (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="235" />
        <source>≈ %1 (part of the name: check it)</source>
        <translation>≈ %1 (part of the name: check it)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="241" />
        <source>? choose…</source>
        <translation>? choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="247" />
        <source>✗ not held: %1</source>
        <translation>✗ not held: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="249" />
        <source>✗ nobody held by this name</source>
        <translation>✗ nobody held by this name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="251" />
        <source>— not a name (a heading, source or note)</source>
        <translation>— not a name (a heading, source or note)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="254" />
        <source>%1 matched, %2 to choose, %3 without a case, %4 lines that name nobody.</source>
        <translation>%1 matched, %2 to choose, %3 without a case, %4 lines that name nobody.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="283" />
        <source>Announced list</source>
        <translation>Announced list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="287" />
        <source>%1 claims recorded in the verification queue.</source>
        <translation>%1 claims recorded in the verification queue.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="21" />
        <source>Rows to review</source>
        <translation>Rows to review</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26" />
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26" />
        <source>Maybe the same as</source>
        <translation>Maybe the same as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="32" />
        <source>Apply the decisions</source>
        <translation>Apply the decisions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="46" />
        <source>%n row(s) of imported lists may be people already in the vault. Nothing is merged until you say so.</source>
        <translation>
            <numerusform>%n row of imported lists may be a person already in the vault. Nothing is merged until you say so.</numerusform>
            <numerusform>%n rows of imported lists may be people already in the vault. Nothing is merged until you say so.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="48" />
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="53" />
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="62" />
        <source>Decision for row %1</source>
        <translation>Decision for row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="63" />
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="65" />
        <source>Same person as %1</source>
        <translation>Same person as %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="67" />
        <source>A different person: add</source>
        <translation>A different person: add</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="68" />
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="86" />
        <source>%n decision(s) applied.</source>
        <translation>
            <numerusform>%n decision applied.</numerusform>
            <numerusform>%n decisions applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="250" />
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="251" />
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="253" />
        <source>These rows look like people already in the vault. Choose for each:</source>
        <translation>These rows look like people already in the vault. Choose for each:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="269" />
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Reading the list and comparing it with the vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="299" />
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="299" />
        <source>New people (with their case)</source>
        <translation>New people (with their case)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="300" />
        <source>Already in the vault (updated)</source>
        <translation>Already in the vault (updated)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="301" />
        <source>Of those, arrested again (new case)</source>
        <translation>Of those, arrested again (new case)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="302" />
        <source>Duplicates within the file (merged)</source>
        <translation>Duplicates within the file (merged)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="303" />
        <source>To decide below</source>
        <translation>To decide below</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="314" />
        <source>Skipped:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="327" />
        <source>Create these new facilities: %1</source>
        <translation>Create these new facilities: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="330" />
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="331" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="331" />
        <source>Take from the list</source>
        <translation>Take from the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="308" />
        <location filename="../../casedesk/gui/import_wizard.py" line="336" />
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="303" />
        <source>Not people (skipped)</source>
        <translation>Not people (skipped)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="310" />
        <source>Kept as written (not understood; the field is left unknown):</source>
        <translation>Kept as written (not understood; the field is left unknown):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="313" />
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="315" />
        <source>Duplicates within the file:</source>
        <translation>Duplicates within the file:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="316" />
        <source>Row %1 is row %2 again</source>
        <translation>Row %1 is row %2 again</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="330" />
        <source>Maybe the same as</source>
        <translation>Maybe the same as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="341" />
        <source>row %1 of this list</source>
        <translation>row %1 of this list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="345" />
        <source>Decision for row %1</source>
        <translation>Decision for row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="346" />
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="348" />
        <source>Same person as %1</source>
        <translation>Same person as %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="349" />
        <source>A different person: add</source>
        <translation>A different person: add</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="350" />
        <source>Decide later (kept for review)</source>
        <translation>Decide later (kept for review)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="351" />
        <source>Leave out of this import</source>
        <translation>Leave out of this import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="379" />
        <source>(empty fields are filled; nothing differs)</source>
        <translation>(empty fields are filled; nothing differs)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="413" />
        <location filename="../../casedesk/gui/import_wizard.py" line="438" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="415" />
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="419" />
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="451" />
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="453" />
        <source>Imported: %1 new people, %2 updated, %3 new cases.</source>
        <translation>Imported: %1 new people, %2 updated, %3 new cases.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="457" />
        <source>%n row(s) wait for a decision: File → Rows to review…</source>
        <translation>
            <numerusform>%n row waits for a decision: File → Rows to review…</numerusform>
            <numerusform>%n rows wait for a decision: File → Rows to review…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="488" />
        <source>Undo the import?</source>
        <translation>Undo the import?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="489" />
        <source>Remove the people and cases this import added, and the statuses it recorded?</source>
        <translation>Remove the people and cases this import added, and the statuses it recorded?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="499" />
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="147" />
        <source>Checked source</source>
        <translation>Checked source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="152" />
        <source>This source confirms the claim</source>
        <translation>This source confirms the claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="164" />
        <source>Kind of source:</source>
        <translation>Kind of source:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="165" />
        <source>What it says:</source>
        <translation>What it says:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="166" />
        <source>Family contact:</source>
        <translation>Family contact:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="167" />
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="92" />
        <source>CaseDesk — open a vault</source>
        <translation>CaseDesk — open a vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="100" />
        <source>Encrypted case files. Version %1</source>
        <translation>Encrypted case files. Version %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="117" />
        <source>Recent vaults:</source>
        <translation>Recent vaults:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="124" />
        <source>Open another vault folder…</source>
        <translation>Open another vault folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="126" />
        <source>Create a new vault…</source>
        <translation>Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="136" />
        <source>CaseDesk locked itself. Everything you typed is kept.</source>
        <translation>CaseDesk locked itself. Everything you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="144" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="150" />
        <source>Forgot the passphrase? Use the recovery sheet…</source>
        <translation>Forgot the passphrase? Use the recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="153" />
        <source>Restore the newest backup into a new folder…</source>
        <translation>Restore the newest backup into a new folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="157" />
        <location filename="../../casedesk/gui/start_dialog.py" line="193" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="159" />
        <location filename="../../casedesk/gui/start_dialog.py" line="317" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="178" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="195" />
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="201" />
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="202" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="203" />
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="204" />
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="212" />
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="217" />
        <source>Choose an empty folder for the new vault</source>
        <translation>Choose an empty folder for the new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="223" />
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="228" />
        <source>Demo vault of synthetic cases. Its passphrase is: %1</source>
        <translation>Demo vault of synthetic cases. Its passphrase is: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="240" />
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="264" />
        <source>The vault could not be opened (%1).</source>
        <translation>The vault could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="273" />
        <source>The newest checked backup is from %1; it can be restored into a new folder.</source>
        <translation>The newest checked backup is from %1; it can be restored into a new folder.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="278" />
        <source>An empty folder for the restored vault</source>
        <translation>An empty folder for the restored vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="287" />
        <source>Restored. Unlock it with the passphrase that was valid on %1.</source>
        <translation>Restored. Unlock it with the passphrase that was valid on %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="321" />
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="337" />
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="339" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="346" />
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creating the vault (measuring this computer)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="358" />
        <source>The vault could not be created (%1).</source>
        <translation>The vault could not be created (%1).</translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="69" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="69" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="69" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="70" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="70" />
        <source>Still needs</source>
        <translation>Still needs</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="70" />
        <source>Whom to call</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="71" />
        <source>Add a checked source…</source>
        <translation>Add a checked source…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="72" />
        <source>Mark verified</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="73" />
        <source>Disputed…</source>
        <translation>Disputed…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="74" />
        <source>Retracted…</source>
        <translation>Retracted…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="75" />
        <source>Announced list of releases…</source>
        <translation>Announced list of releases…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="122" />
        <source>Close the claim</source>
        <translation>Close the claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="122" />
        <source>Why (for the record):</source>
        <translation>Why (for the record):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="136" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
</TS>