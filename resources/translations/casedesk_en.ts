<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundleExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="213"/>
        <source>(fingerprint NOT checked)</source>
        <translation>(fingerprint NOT checked)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="230"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="205"/>
        <source>Send %Ln case(s) as a bundle</source>
        <translation>
            <numerusform>Send %Ln case as a bundle</numerusform>
            <numerusform>Send %Ln cases as a bundle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="206"/>
        <source>To &amp;colleagues (only their vaults can open it)</source>
        <translation>To &amp;colleagues (only their vaults can open it)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="207"/>
        <source>With a pass&amp;phrase (say it by another channel)</source>
        <translation>With a pass&amp;phrase (say it by another channel)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="209"/>
        <source>Colleagues to send to</source>
        <translation>Colleagues to send to</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="219"/>
        <source>Passphrase of the bundle</source>
        <translation>Passphrase of the bundle</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="225"/>
        <source>Include the &amp;evidence files</source>
        <translation>Include the &amp;evidence files</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="231"/>
        <source>Who will &amp;read it:</source>
        <translation>Who will &amp;read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="248"/>
        <source>Save the bundle as</source>
        <translation>Save the bundle as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="248"/>
        <source>CaseDesk bundles (*.casedesk)</source>
        <translation>CaseDesk bundles (*.casedesk)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="257"/>
        <source>Making the bundle…</source>
        <translation>Making the bundle…</translation>
    </message>
</context>
<context>
    <name>BundleReceiver</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="281"/>
        <source>Bundle passphrase</source>
        <translation>Bundle passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="282"/>
        <source>This bundle is not addressed to this vault&apos;s key. If it was made with a passphrase, type it:</source>
        <translation>This bundle is not addressed to this vault&apos;s key. If it was made with a passphrase, type it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="286"/>
        <location filename="../../casedesk/gui/exchange.py" line="289"/>
        <source>Bundle refused</source>
        <translation>Bundle refused</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="292"/>
        <source>this vault&apos;s own key</source>
        <translation>this vault&apos;s own key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="293"/>
        <source>a colleague whose fingerprint was checked</source>
        <translation>a colleague whose fingerprint was checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="294"/>
        <source>a colleague whose fingerprint was NOT checked yet</source>
        <translation>a colleague whose fingerprint was NOT checked yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="303"/>
        <source>From %1 (%2), %3.</source>
        <translation>From %1 (%2), %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="297"/>
        <source>%Ln record(s) added</source>
        <translation>
            <numerusform>%Ln record added</numerusform>
            <numerusform>%Ln records added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="295"/>
        <source>someone NOT among your colleagues: nothing was applied, every change waits for your decision</source>
        <translation>someone NOT among your colleagues: nothing was applied, every change waits for your decision</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="298"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln record updated</numerusform>
            <numerusform>%Ln records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="299"/>
        <source>%Ln record(s) unchanged</source>
        <translation>
            <numerusform>%Ln record unchanged</numerusform>
            <numerusform>%Ln records unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="300"/>
        <source>%Ln conflict(s) to decide</source>
        <translation>
            <numerusform>%Ln conflict to decide</numerusform>
            <numerusform>%Ln conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="302"/>
        <source>%Ln new record(s) proposed</source>
        <translation>
            <numerusform>%Ln new record proposed</numerusform>
            <numerusform>%Ln new records proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="307"/>
        <source>%Ln release(s) arrived as claims to verify: a release counts only when two independent sources confirm it (Verification queue).</source>
        <translation>
            <numerusform>%Ln release arrived as a claim to verify: a release counts only when two independent sources confirm it (Verification queue).</numerusform>
            <numerusform>%Ln releases arrived as claims to verify: a release counts only when two independent sources confirm it (Verification queue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="311"/>
        <source>%Ln evidence file(s) left out: files are kept only from colleagues.</source>
        <translation>
            <numerusform>%Ln evidence file left out: files are kept only from colleagues.</numerusform>
            <numerusform>%Ln evidence files left out: files are kept only from colleagues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="313"/>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="323"/>
        <source>This bundle is signed by a key that is not among your colleagues. Its fingerprint:

%1

It calls itself “%2”, which anyone can write. Nothing was imported.

If you expect it, compare the fingerprint with the sender by phone or in person and add their key first (Colleagues and exchange keys).

Review its contents now as proposals? Nothing changes until you accept each one, a release only becomes a claim to verify, and its evidence files are left out.</source>
        <translation>This bundle is signed by a key that is not among your colleagues. Its fingerprint:

%1

It calls itself “%2”, which anyone can write. Nothing was imported.

If you expect it, compare the fingerprint with the sender by phone or in person and add their key first (Colleagues and exchange keys).

Review its contents now as proposals? Nothing changes until you accept each one, a release only becomes a claim to verify, and its evidence files are left out.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="330"/>
        <source>Sender not among your colleagues</source>
        <translation>Sender not among your colleagues</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="60"/>
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="69"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="70"/>
        <source>Detention</source>
        <translation>Detention</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="71"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="72"/>
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="73"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="74"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="79"/>
        <source>Open the existing person&apos;s case</source>
        <translation>Open the existing person&apos;s case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="86"/>
        <source>Possible matches already in the vault:</source>
        <translation>Possible matches already in the vault:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="92"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="96"/>
        <source>Dossier (PDF)…</source>
        <translation>Dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="100"/>
        <source>Draft a &amp;filing…</source>
        <translation>Draft a &amp;filing…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="102"/>
        <source>A petition filled from this case (decaimiento, habeas corpus, medical transfer, whereabouts, WGAD, IACHR), as an editable Word file</source>
        <translation>A petition filled from this case (decaimiento, habeas corpus, medical transfer, whereabouts, WGAD, IACHR), as an editable Word file</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="175"/>
        <source>Given names:</source>
        <translation>Given names:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="176"/>
        <source>Surnames:</source>
        <translation>Surnames:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="177"/>
        <source>Aliases (one per line):</source>
        <translation>Aliases (one per line):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="178"/>
        <source>National ID:</source>
        <translation>National ID:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="179"/>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="180"/>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="181"/>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="182"/>
        <source>Occupation:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="183"/>
        <source>Affiliation:</source>
        <translation>Affiliation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="184"/>
        <source>Civilian or military:</source>
        <translation>Civilian or military:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="185"/>
        <source>About the person:</source>
        <translation>About the person:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="192"/>
        <source>Arrest date:</source>
        <translation>Arrest date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="193"/>
        <source>Place of arrest:</source>
        <translation>Place of arrest:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="194"/>
        <source>Arresting agency:</source>
        <translation>Arresting agency:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="195"/>
        <source>Facility:</source>
        <translation>Facility:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="196"/>
        <source>Charges:</source>
        <translation>Charges:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="197"/>
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="198"/>
        <source>Case file number:</source>
        <translation>Case file number:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="199"/>
        <source>Judge:</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="200"/>
        <source>Lawyer:</source>
        <translation>Lawyer:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="204"/>
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="205"/>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="206"/>
        <source>Status today:</source>
        <translation>Status today:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="207"/>
        <source>Court stage today:</source>
        <translation>Court stage today:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="208"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="209"/>
        <source>State of the arrest:</source>
        <translation>State of the arrest:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="211"/>
        <source>A mi&amp;nor when arrested (mark it when the birth date is not known)</source>
        <translation>A mi&amp;nor when arrested (mark it when the birth date is not known)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="212"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="214"/>
        <source>Serious condition:</source>
        <translation>Serious condition:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="215"/>
        <source>Conditions:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="216"/>
        <source>e.g. hypertension, needs insulin</source>
        <translation>e.g. hypertension, needs insulin</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="217"/>
        <source>Known since:</source>
        <translation>Known since:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="218"/>
        <source>Treatment needed:</source>
        <translation>Treatment needed:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="219"/>
        <source>Care denied:</source>
        <translation>Care denied:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="220"/>
        <source>what was denied, by whom</source>
        <translation>what was denied, by whom</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="221"/>
        <source>Denied since:</source>
        <translation>Denied since:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234"/>
        <location filename="../../casedesk/gui/case_editor.py" line="243"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="234"/>
        <source>Status after</source>
        <translation>Status after</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="235"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="235"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="235"/>
        <source>Court stage after</source>
        <translation>Court stage after</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="244"/>
        <source>A release typed here is not counted yet: it goes to the verification queue as a claim, verified with two independent sources.</source>
        <translation>A release typed here is not counted yet: it goes to the verification queue as a claim, verified with two independent sources.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="246"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="247"/>
        <source>Date of the event</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="249"/>
        <source>Status after the event</source>
        <translation>Status after the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="251"/>
        <source>Court stage after the event</source>
        <translation>Court stage after the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="252"/>
        <source>Leave it empty to keep the stage as it was (a charge or a sentence sets it by itself).</source>
        <translation>Leave it empty to keep the stage as it was (a charge or a sentence sets it by itself).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="254"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="255"/>
        <source>Description of the event</source>
        <translation>Description of the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="256"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="257"/>
        <source>Source of the event</source>
        <translation>Source of the event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="263"/>
        <source>&amp;Add to the timeline</source>
        <translation>&amp;Add to the timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="265"/>
        <source>Apply to the selected event</source>
        <translation>Apply to the selected event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="267"/>
        <source>Remove the selected event</source>
        <translation>Remove the selected event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="273"/>
        <source>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Changes to the timeline are saved with the case: Save keeps them, Cancel drops them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="297"/>
        <source>&amp;Do not contact (unsafe for them or for the case)</source>
        <translation>&amp;Do not contact (unsafe for them or for the case)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="403"/>
        <source>Releases to verify, sent to the verification queue when you save: %1</source>
        <translation>Releases to verify, sent to the verification queue when you save: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="462"/>
        <source>Save your changes first: the filing is filled from what is saved.</source>
        <translation>Save your changes first: the filing is filled from what is saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="486"/>
        <source>Filing saved to %1 and recorded in the timeline.</source>
        <translation>Filing saved to %1 and recorded in the timeline.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="518"/>
        <source>A release is not recorded as today&apos;s status: add it to the timeline with its date, and it goes to the verification queue as a claim, verified with two independent sources.</source>
        <translation>A release is not recorded as today&apos;s status: add it to the timeline with its date, and it goes to the verification queue as a claim, verified with two independent sources.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="620"/>
        <source>“%1” is typed in the contact form but is not in the list: press “Add contact” (or “Apply to the selected contact”), or empty the form; then Save.</source>
        <translation>“%1” is typed in the contact form but is not in the list: press “Add contact” (or “Apply to the selected contact”), or empty the form; then Save.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="629"/>
        <source>“%1” is typed in the timeline form but is not in the timeline: press “Add to the timeline” (or “Apply to the selected event”), or empty the form; then Save.</source>
        <translation>“%1” is typed in the timeline form but is not in the timeline: press “Add to the timeline” (or “Apply to the selected event”), or empty the form; then Save.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="696"/>
        <source>The release of %1 is not recorded as verified here: when you save the case it goes to the verification queue as a claim to verify (main window, “Verification” tab). It counts, and changes the person&apos;s status, only once two independent sources of different kinds confirm it (a release order and the family, not two press notes).</source>
        <translation>The release of %1 is not recorded as verified here: when you save the case it goes to the verification queue as a claim to verify (main window, “Verification” tab). It counts, and changes the person&apos;s status, only once two independent sources of different kinds confirm it (a release order and the family, not two press notes).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="720"/>
        <source>Timeline changed: Save keeps it, Cancel drops it.</source>
        <translation>Timeline changed: Save keeps it, Cancel drops it.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="739"/>
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="762"/>
        <source>Contacts changed: Save keeps them, Cancel drops them.</source>
        <translation>Contacts changed: Save keeps them, Cancel drops them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="287"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="287"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="287"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="288"/>
        <source>Safe channel</source>
        <translation>Safe channel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="288"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="288"/>
        <source>Contact?</source>
        <translation>Contact?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="298"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="299"/>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="300"/>
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="301"/>
        <source>Safe channel:</source>
        <translation>Safe channel:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="302"/>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="306"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="308"/>
        <source>Apply to the selected contact</source>
        <translation>Apply to the selected contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="310"/>
        <source>Remove the selected contact</source>
        <translation>Remove the selected contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="316"/>
        <source>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</source>
        <translation>Changes to contacts are saved with the case: Save keeps them, Cancel drops them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="329"/>
        <source>Case notes:</source>
        <translation>Case notes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="364"/>
        <source>%1 — case</source>
        <translation>%1 — case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="412"/>
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="412"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="419"/>
        <source>Do not contact this person</source>
        <translation>Do not contact this person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="449"/>
        <source>Save your changes first: the dossier shows what is saved.</source>
        <translation>Save your changes first: the dossier shows what is saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="770"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_editor.py" line="771"/>
        <source>What you typed in this case has not been saved. Discard it?</source>
        <translation>What you typed in this case has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="53"/>
        <source>Name</source>
        <extracomment>Shown until the user chooses otherwise (View → Columns, or the header&apos;s context menu).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="54"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="56"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="57"/>
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="58"/>
        <source>Days held</source>
        <translation>Days held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="59"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="60"/>
        <source>Court stage</source>
        <translation>Court stage</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="61"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="62"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="63"/>
        <source>Civilian/military</source>
        <translation>Civilian/military</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/case_model.py" line="64"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
</context>
<context>
    <name>CensusDialog</name>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="27"/>
        <source>Census report</source>
        <translation>Census report</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="29"/>
        <source>Census date</source>
        <translation>Census date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="30"/>
        <source>optional: who entered and left since this date</source>
        <translation>optional: who entered and left since this date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="31"/>
        <source>Date to compare with</source>
        <translation>Date to compare with</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="38"/>
        <source>People &amp;held on:</source>
        <translation>People &amp;held on:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="39"/>
        <source>Co&amp;mpare with:</source>
        <translation>Co&amp;mpare with:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="40"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="42"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="72"/>
        <source>Save the census report as</source>
        <translation>Save the census report as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="81"/>
        <source>Counting and making the report…</source>
        <translation>Counting and making the report…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/census_dialog.py" line="88"/>
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="91"/>
        <source>Compare a list with the vault</source>
        <extracomment>The first word of the proposed file name, in the workbook&apos;s language.</extracomment>
        <translation>Compare a list with the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="94"/>
        <source>Another group&apos;s list set beside the vault, without importing anything. People are paired only when sure, as an import would pair them (the same ID, or the whole name and an arrest within a month); anything less is left “to confirm”.</source>
        <translation>Another group&apos;s list set beside the vault, without importing anything. People are paired only when sure, as an import would pair them (the same ID, or the whole name and an arrest within a month); anything less is left “to confirm”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="99"/>
        <source>The list to compare</source>
        <translation>The list to compare</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="100"/>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="101"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="107"/>
        <source>The date the list describes</source>
        <translation>The date the list describes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="108"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;ompare</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="117"/>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="117"/>
        <source>The list &amp;describes:</source>
        <translation>The list &amp;describes:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="126"/>
        <source>Summary of the comparison</source>
        <translation>Summary of the comparison</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="128"/>
        <source>Choose a list (CSV, XLSX, XLS, ODS, a PDF report or text) and the date it describes, then press “Compare”. Nothing is imported.</source>
        <translation>Choose a list (CSV, XLSX, XLS, ODS, a PDF report or text) and the date it describes, then press “Compare”. Nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="132"/>
        <source>People in both</source>
        <translation>People in both</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="133"/>
        <source>People only in the vault</source>
        <translation>People only in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="134"/>
        <source>People only in the list</source>
        <translation>People only in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="135"/>
        <source>Rows to confirm</source>
        <translation>Rows to confirm</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="137"/>
        <source>Only people whose fields &amp;differ</source>
        <translation>Only people whose fields &amp;differ</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="145"/>
        <source>Nobody in the list is someone the vault knows.</source>
        <translation>Nobody in the list is someone the vault knows.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="146"/>
        <source>Everyone the vault holds on that date is in the list (or among the rows to confirm).</source>
        <translation>Everyone the vault holds on that date is in the list (or among the rows to confirm).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="148"/>
        <source>Everyone in the list is in the vault (or among the rows to confirm).</source>
        <translation>Everyone in the list is in the vault (or among the rows to confirm).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="150"/>
        <source>No row needs a person to confirm who it is.</source>
        <translation>No row needs a person to confirm who it is.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="157"/>
        <source>&amp;Save as a spreadsheet (XLSX)…</source>
        <translation>&amp;Save as a spreadsheet (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="159"/>
        <source>Compare a list first.</source>
        <translation>Compare a list first.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="175"/>
        <source>Choose the list to compare</source>
        <translation>Choose the list to compare</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="176"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf);;All files (*)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="206"/>
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Reading the list and comparing it with the vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="221"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="221"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="315"/>
        <source>In both</source>
        <translation>In both</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="222"/>
        <source>Only in the vault</source>
        <translation>Only in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="222"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="318"/>
        <source>Only in the list</source>
        <translation>Only in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="223"/>
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <source>Status on that date</source>
        <translation>Status on that date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="243"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <source>Arrest date</source>
        <translation>Arrest date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="237"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="243"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="280"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="275"/>
        <source>Status in the list</source>
        <translation>Status in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="242"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="243"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <location filename="../../casedesk/gui/compare_dialog.py" line="280"/>
        <source>Name in the list</source>
        <translation>Name in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="248"/>
        <source>Could be</source>
        <translation>Could be</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="265"/>
        <source>row %1 of this list</source>
        <translation>row %1 of this list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="275"/>
        <source>Status in the vault</source>
        <translation>Status in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="276"/>
        <source>Stage in the list</source>
        <translation>Stage in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="276"/>
        <source>Stage in the vault</source>
        <translation>Stage in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="277"/>
        <source>Facility in the list</source>
        <translation>Facility in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="277"/>
        <source>Facility in the vault</source>
        <translation>Facility in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="278"/>
        <source>Arrest date in the list</source>
        <translation>Arrest date in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="278"/>
        <source>Arrest date in the vault</source>
        <translation>Arrest date in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="279"/>
        <source>ID in the list</source>
        <translation>ID in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="279"/>
        <source>ID in the vault</source>
        <translation>ID in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="280"/>
        <source>Name in the vault</source>
        <translation>Name in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="283"/>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="309"/>
        <source>Compared with the vault as of %1; read as %2.</source>
        <translation>Compared with the vault as of %1; read as %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="313"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="314"/>
        <source>People in the list</source>
        <translation>People in the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="316"/>
        <source>of whom not held in the vault on that date</source>
        <translation>of whom not held in the vault on that date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="317"/>
        <source>with fields that differ</source>
        <translation>with fields that differ</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="319"/>
        <source>To confirm (may be someone in the vault)</source>
        <translation>To confirm (may be someone in the vault)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="320"/>
        <source>Only in the vault (held on that date)</source>
        <translation>Only in the vault (held on that date)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="321"/>
        <source>Held in the vault on that date</source>
        <translation>Held in the vault on that date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="322"/>
        <source>Duplicates within the list</source>
        <translation>Duplicates within the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="323"/>
        <source>Rows that are not people</source>
        <translation>Rows that are not people</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="327"/>
        <source>Fields that differ, people in both:</source>
        <translation>Fields that differ, people in both:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="330"/>
        <source>Held in the vault on that date: %1 = %2 in both + %3 only in the vault + %4 who may be a row to confirm.</source>
        <translation>Held in the vault on that date: %1 = %2 in both + %3 only in the vault + %4 who may be a row to confirm.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="335"/>
        <source>A person on the list without a status counts as held on its date.</source>
        <translation>A person on the list without a status counts as held on its date.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="360"/>
        <source>Save the comparison as</source>
        <translation>Save the comparison as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="370"/>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/compare_dialog.py" line="374"/>
        <source>Saved to %1. The file is not encrypted: keep it on an encrypted drive and delete it when done.</source>
        <translation>Saved to %1. The file is not encrypted: keep it on an encrypted drive and delete it when done.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="343"/>
        <source>Changed here and by a colleague</source>
        <translation>Changed here and by a colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="347"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="347"/>
        <source>In this vault</source>
        <translation>In this vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="347"/>
        <source>The colleague&apos;s</source>
        <translation>The colleague&apos;s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="348"/>
        <source>Take the colleague&apos;s</source>
        <translation>Take the colleague&apos;s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="349"/>
        <source>Fields changed on both sides</source>
        <translation>Fields changed on both sides</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="352"/>
        <source>&amp;Add it to this vault</source>
        <translation>&amp;Add it to this vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="353"/>
        <source>Add the proposed record to this vault</source>
        <translation>Add the proposed record to this vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="355"/>
        <source>&amp;Apply and next</source>
        <translation>&amp;Apply and next</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="380"/>
        <source>No conflicts are waiting.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="382"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="382"/>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="382"/>
        <source>timeline event</source>
        <translation>timeline event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="383"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="383"/>
        <source>evidence item</source>
        <translation>evidence item</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="385"/>
        <source>%Ln decision(s) left.</source>
        <translation>
            <numerusform>%Ln decision left.</numerusform>
            <numerusform>%Ln decisions left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="386"/>
        <source>A new %1 (%2) proposed by %3, who was not among your colleagues when it arrived. Tick “Add it to this vault” to accept it (with the person or case it belongs to), or leave it unticked to decline it (with what belongs to it):</source>
        <translation>A new %1 (%2) proposed by %3, who was not among your colleagues when it arrived. Tick “Add it to this vault” to accept it (with the person or case it belongs to), or leave it unticked to decline it (with what belongs to it):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/exchange.py" line="392"/>
        <source>%Ln conflict(s) left.</source>
        <translation>
            <numerusform>%Ln conflict left.</numerusform>
            <numerusform>%Ln conflicts left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="393"/>
        <source>A %1 (%2) was changed here and by %3 since you last exchanged it:</source>
        <translation>A %1 (%2) was changed here and by %3 since you last exchanged it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="405"/>
        <source>Take the colleague&apos;s %1</source>
        <translation>Take the colleague&apos;s %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="417"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="417"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="428"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="428"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="429"/>
        <source>Can be shared</source>
        <translation>Can be shared</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../casedesk/gui/app.py" line="73"/>
        <source>Lock CaseDesk now</source>
        <translation>Lock CaseDesk now</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="126"/>
        <source>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</source>
        <translation>This vault has no recovery sheet yet: if the passphrase is forgotten, nothing can open it. File → Recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/app.py" line="138"/>
        <source>The vault was repaired</source>
        <translation>The vault was repaired</translation>
    </message>
</context>
<context>
    <name>CourtSection</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="39"/>
        <source>Court proceeding</source>
        <translation>Court proceeding</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="46"/>
        <source>Co-defendants</source>
        <translation>Co-defendants</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="49"/>
        <source>Link to a proceeding…</source>
        <translation>Link to a proceeding…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="51"/>
        <source>Record a hearing…</source>
        <translation>Record a hearing…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="79"/>
        <source>Save the case first</source>
        <translation>Save the case first</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="81"/>
        <source>Link the case to a proceeding first</source>
        <translation>Link the case to a proceeding first</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="146"/>
        <source>Not linked to a proceeding.</source>
        <translation>Not linked to a proceeding.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="153"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="154"/>
        <source>Jurisdiction: %1</source>
        <translation>Jurisdiction: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="157"/>
        <source>Judge: %1</source>
        <translation>Judge: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="158"/>
        <source>Hearings held: %1, deferred: %2</source>
        <translation>Hearings held: %1, deferred: %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="170"/>
        <source>Co-defendants (%1):</source>
        <translation>Co-defendants (%1):</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="157"/>
        <source>People held today</source>
        <translation>People held today</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="158"/>
        <source>People held at the end of each month</source>
        <translation>People held at the end of each month</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="159"/>
        <source>Census report (PDF)…</source>
        <translation>Census report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="160"/>
        <source>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</source>
        <translation>&lt;b&gt;By status&lt;/b&gt; (people) — click to list them</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="161"/>
        <source>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</source>
        <translation>&lt;b&gt;Held, by facility&lt;/b&gt; — click to list them</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="162"/>
        <source>&lt;b&gt;Held, by what the census publishes&lt;/b&gt; (not recorded)</source>
        <translation>&lt;b&gt;Held, by what the census publishes&lt;/b&gt; (not recorded)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="163"/>
        <source>Releases verified each month</source>
        <translation>Releases verified each month</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="164"/>
        <source>&amp;Copy the paragraph</source>
        <translation>&amp;Copy the paragraph</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="165"/>
        <source>Copy the census paragraph, ready to paste into a statement</source>
        <translation>Copy the census paragraph, ready to paste into a statement</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="166"/>
        <source>List the people held</source>
        <translation>List the people held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="175"/>
        <source>%1 in the last 30 days (%2 on %3)</source>
        <translation>%1 in the last 30 days (%2 on %3)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="185"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="204"/>
        <source>Minor when arrested</source>
        <translation>Minor when arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="204"/>
        <source>Adult when arrested</source>
        <translation>Adult when arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="207"/>
        <source>Foreign, country not recorded</source>
        <translation>Foreign, country not recorded</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="209"/>
        <source>Procedural stage</source>
        <translation>Procedural stage</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="210"/>
        <source>Minors when arrested</source>
        <translation>Minors when arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="211"/>
        <source>Serious illness</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="212"/>
        <source>Forced disappearance (days)</source>
        <translation>Forced disappearance (days)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="213"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="214"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="215"/>
        <source>Civilian or military</source>
        <translation>Civilian or military</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="216"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="219"/>
        <source>%1 not recorded</source>
        <translation>%1 not recorded</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="227"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dashboard.py" line="228"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="93"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="95"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="96"/>
        <source>Deadlines as of (day/month/year)</source>
        <translation>Deadlines as of (day/month/year)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="97"/>
        <source>Whereabouts unknown, days</source>
        <translation>Whereabouts unknown, days</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="98"/>
        <source>Days with whereabouts unknown before warning</source>
        <translation>Days with whereabouts unknown before warning</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="99"/>
        <source>Deferred hearings tolerated</source>
        <translation>Deferred hearings tolerated</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="100"/>
        <source>Deferred hearings tolerated before warning</source>
        <translation>Deferred hearings tolerated before warning</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="101"/>
        <source>Apply limits</source>
        <translation>Apply limits</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="102"/>
        <source>Keep these limits in this vault, for everyone who uses it</source>
        <translation>Keep these limits in this vault, for everyone who uses it</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="94"/>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="103"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="104"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="104"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="105"/>
        <source>No deadline is reached or near on this date.</source>
        <translation>No deadline is reached or near on this date.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/deadlines_view.py" line="164"/>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/deadlines_view.py" line="205"/>
        <source>%Ln deadlines</source>
        <translation>
            <numerusform>%Ln deadline</numerusform>
            <numerusform>%Ln deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/deadlines_view.py" line="212"/>
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
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
        <translation>The document could not be made (%1); nothing was lost.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="235"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="29"/>
        <source>Internal: everything</source>
        <translation>Internal: everything</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="30"/>
        <source>Court: no family phones or addresses, no internal notes</source>
        <translation>Court: no family phones or addresses, no internal notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="31"/>
        <source>Family: this person only, no internal notes</source>
        <translation>Family: this person only, no internal notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="32"/>
        <source>Public: no contacts, ID or notes; verified facts only</source>
        <translation>Public: no contacts, ID or notes; verified facts only</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="24"/>
        <source>Dossier of %1</source>
        <translation>Dossier of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/dossier_dialog.py" line="25"/>
        <source>Dossier of %Ln cases</source>
        <translation>
            <numerusform>Dossier of %Ln cases</numerusform>
            <numerusform>Dossier of %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="28"/>
        <source>&amp;One file with a table of contents</source>
        <translation>&amp;One file with a table of contents</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="29"/>
        <source>One file per case, into a &amp;folder</source>
        <translation>One file per case, into a &amp;folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="37"/>
        <source>Who will &amp;read it:</source>
        <translation>Who will &amp;read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="38"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="40"/>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="45"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="63"/>
        <source>Save one dossier per case into</source>
        <translation>Save one dossier per case into</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="67"/>
        <source>Save the dossier as</source>
        <translation>Save the dossier as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="83"/>
        <source>Making the dossier…</source>
        <translation>Making the dossier…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/dossier_dialog.py" line="89"/>
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="285"/>
        <source>Evidence details: %1</source>
        <translation>Evidence details: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="298"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="298"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="299"/>
        <source>Can be shared</source>
        <translation>Can be shared</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="303"/>
        <source>The portrait on the dossier&apos;s cover</source>
        <translation>The portrait on the dossier&apos;s cover</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="305"/>
        <source>Public dossiers show it only if it can be shared.</source>
        <translation>Public dossiers show it only if it can be shared.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="316"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="316"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="317"/>
        <source>Source (who, how obtained):</source>
        <translation>Source (who, how obtained):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="318"/>
        <source>Date obtained:</source>
        <translation>Date obtained:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="319"/>
        <source>Date of the content:</source>
        <translation>Date of the content:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="320"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="321"/>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="321"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="56"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="57"/>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="62"/>
        <source>Evidence of this case</source>
        <translation>Evidence of this case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="66"/>
        <source>Drop files here or use “Add files…”. They are encrypted into the vault; the originals are not changed.</source>
        <translation>Drop files here or use “Add files…”. They are encrypted into the vault; the originals are not changed.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="207"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="76"/>
        <source>A copy of the photo without GPS position, camera or other metadata, for sharing. The original is kept unchanged.</source>
        <translation>A copy of the photo without GPS position, camera or other metadata, for sharing. The original is kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="141"/>
        <source>Choose evidence files</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="154"/>
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="158"/>
        <source>Encrypting %1…</source>
        <translation>Encrypting %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="158"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="179"/>
        <source>%1 could not be added (%2).</source>
        <translation>%1 could not be added (%2).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="208"/>
        <source>This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it with another program.</source>
        <translation>This kind of file cannot be shown inside CaseDesk. Export a decrypted copy to open it with another program.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="69"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="73"/>
        <source>E&amp;xport decrypted copy…</source>
        <translation>E&amp;xport decrypted copy…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="75"/>
        <source>Working copy without &amp;metadata</source>
        <translation>Working copy without &amp;metadata</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="79"/>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="81"/>
        <source>Attac&amp;h to another case…</source>
        <translation>Attac&amp;h to another case…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="94"/>
        <source>Save the case first to add evidence: photos, documents, recordings or testimonies, encrypted into the vault.</source>
        <translation>Save the case first to add evidence: photos, documents, recordings or testimonies, encrypted into the vault.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="98"/>
        <source>No evidence yet. Drop photos, PDFs, recordings or documents here, or use “Add files…”. They are encrypted into the vault; the originals are not changed.</source>
        <translation>No evidence yet. Drop photos, PDFs, recordings or documents here, or use “Add files…”. They are encrypted into the vault; the originals are not changed.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="234"/>
        <location filename="../../casedesk/gui/evidence_panel.py" line="240"/>
        <source>Attach to another case</source>
        <translation>Attach to another case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="235"/>
        <source>Name or ID of the person in the other case:</source>
        <translation>Name or ID of the person in the other case:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="240"/>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="252"/>
        <source>No copy made</source>
        <translation>No copy made</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="261"/>
        <source>Export a decrypted copy?</source>
        <translation>Export a decrypted copy?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="262"/>
        <source>The copy will not be protected by the vault: anyone with access to where you save it can read it. Keep it on an encrypted drive and delete it when done. The export is recorded in the item&apos;s custody log.</source>
        <translation>The copy will not be protected by the vault: anyone with access to where you save it can read it. Keep it on an encrypted drive and delete it when done. The export is recorded in the item&apos;s custody log.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="269"/>
        <source>Save the decrypted copy as</source>
        <translation>Save the decrypted copy as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="275"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="368"/>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="372"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="373"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="374"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="375"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="376"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="379"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/evidence_panel.py" line="487"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="69"/>
        <source>Colleagues and exchange keys</source>
        <translation>Colleagues and exchange keys</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="82"/>
        <source>This vault</source>
        <translation>This vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="85"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="86"/>
        <source>Read the fingerprint to colleagues by phone or in person; they compare it with what their CaseDesk shows for your key.</source>
        <translation>Read the fingerprint to colleagues by phone or in person; they compare it with what their CaseDesk shows for your key.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="91"/>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="91"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="91"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="71"/>
        <source>Name colleagues see</source>
        <translation>Name colleagues see</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="79"/>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Save my public key…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="84"/>
        <source>&amp;Name colleagues see:</source>
        <translation>&amp;Name colleagues see:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="96"/>
        <location filename="../../casedesk/gui/exchange.py" line="111"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="98"/>
        <source>No colleagues yet. Ask a colleague for their public key file (they save it here with “Save my public key…”), then add it with “Add a colleague&apos;s key…” and compare the fingerprint by phone.</source>
        <translation>No colleagues yet. Ask a colleague for their public key file (they save it here with “Save my public key…”), then add it with “Add a colleague&apos;s key…” and compare the fingerprint by phone.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="100"/>
        <source>&amp;Add a colleague&apos;s key…</source>
        <translation>&amp;Add a colleague&apos;s key…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="102"/>
        <source>&amp;Mark the fingerprint as checked…</source>
        <translation>&amp;Mark the fingerprint as checked…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="138"/>
        <source>CaseDesk key of %1</source>
        <translation>CaseDesk key of %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="139"/>
        <source>Save my public key as</source>
        <translation>Save my public key as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="139"/>
        <source>CaseDesk keys (*.json)</source>
        <translation>CaseDesk keys (*.json)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="145"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="152"/>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="154"/>
        <source>NOT checked</source>
        <translation>NOT checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="163"/>
        <source>A colleague&apos;s public key</source>
        <translation>A colleague&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="164"/>
        <source>CaseDesk keys (*.json);;All files (*)</source>
        <translation>CaseDesk keys (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="172"/>
        <source>Not a key</source>
        <translation>Not a key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="173"/>
        <source>That file cannot be read.</source>
        <translation>That file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="176"/>
        <location filename="../../casedesk/gui/exchange.py" line="190"/>
        <source>Check the fingerprint</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="177"/>
        <source>Fingerprint of %1:

%2

If you compared it with them (by phone or in person), write who did; leave it empty if not yet.</source>
        <translation>Fingerprint of %1:

%2

If you compared it with them (by phone or in person), write who did; leave it empty if not yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/exchange.py" line="191"/>
        <source>Did you compare %1 with %2? Who checked it:</source>
        <translation>Did you compare %1 with %2? Who checked it:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="22"/>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="24"/>
        <source>Columns to export</source>
        <translation>Columns to export</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="31"/>
        <source>The file is not encrypted: keep it on an encrypted drive and delete it when done. The export is recorded in the audit log.</source>
        <translation>The file is not encrypted: keep it on an encrypted drive and delete it when done. The export is recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/export_dialog.py" line="35"/>
        <source>%Ln case(s), the list as filtered now</source>
        <translation>
            <numerusform>%Ln case, the list as filtered now</numerusform>
            <numerusform>%Ln cases, the list as filtered now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="36"/>
        <source>Cases:</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="37"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="38"/>
        <source>Who will &amp;read it:</source>
        <translation>Who will &amp;read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="49"/>
        <source>Export the list as</source>
        <translation>Export the list as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/export_dialog.py" line="56"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="97"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="102"/>
        <source>The list to import</source>
        <translation>The list to import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="98"/>
        <source>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</source>
        <translation>CSV or TSV in any encoding and separator, XLSX, XLS or ODS (every sheet), a PDF report or text copied out of one. The file is only read.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="112"/>
        <source>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</source>
        <translation>The date the list describes: the statuses it gives are recorded on that date, so the census of that day reflects the list.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="120"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="103"/>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="104"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="110"/>
        <source>Status date</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="121"/>
        <source>Status &amp;date:</source>
        <translation>Status &amp;date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="129"/>
        <source>Choose the list</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="130"/>
        <source>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</source>
        <translation>Lists (*.csv *.tsv *.txt *.xlsx *.xls *.ods *.pdf)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="143"/>
        <source>To go on, choose the list to import with “Choose…”.</source>
        <translation>To go on, choose the list to import with “Choose…”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="147"/>
        <source>To go on, correct the status date: %1</source>
        <translation>To go on, correct the status date: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="149"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="157"/>
        <source>The status date cannot be in the future.</source>
        <translation>The status date cannot be in the future.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="28"/>
        <source>Draft a filing for %1</source>
        <translation>Draft a filing for %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="31"/>
        <source>Filing</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="37"/>
        <source>Language of the filing</source>
        <translation>Language of the filing</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="39"/>
        <source>The filing is filled from what is saved in this case (and its proceeding) and from the organisation&apos;s letterhead. Open it in Word or LibreOffice to finish it: what the vault does not know reads “[completar: …]”.</source>
        <translation>The filing is filled from what is saved in this case (and its proceeding) and from the organisation&apos;s letterhead. Open it in Word or LibreOffice to finish it: what the vault does not know reads “[completar: …]”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="43"/>
        <source>The file is not encrypted: keep it on an encrypted drive and delete it when done. The filing is recorded in the case&apos;s timeline and in the audit log.</source>
        <translation>The file is not encrypted: keep it on an encrypted drive and delete it when done. The filing is recorded in the case&apos;s timeline and in the audit log.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="47"/>
        <source>&amp;Filing:</source>
        <translation>&amp;Filing:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="49"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="73"/>
        <source>Save the filing as</source>
        <translation>Save the filing as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/filing_dialog.py" line="85"/>
        <source>Drafting the filing…</source>
        <translation>Drafting the filing…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="51"/>
        <source>Your new vault</source>
        <translation>Your new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="53"/>
        <source>The passphrase is the only key</source>
        <translation>The passphrase is the only key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="54"/>
        <source>Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not even CaseDesk&apos;s developers, can open it without the passphrase or the recovery sheet.

Your passphrase is rated “%1”: %2

Long passphrases of unrelated words are the strongest, and easier to remember than symbols.</source>
        <translation>Everything in this vault is encrypted with a key that only your passphrase unlocks. Nobody, not even CaseDesk&apos;s developers, can open it without the passphrase or the recovery sheet.

Your passphrase is rated “%1”: %2

Long passphrases of unrelated words are the strongest, and easier to remember than symbols.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="62"/>
        <source>&amp;Make the recovery sheet now (recommended)</source>
        <translation>&amp;Make the recovery sheet now (recommended)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="68"/>
        <source>&amp;Add 50 synthetic cases to practise</source>
        <translation>&amp;Add 50 synthetic cases to practise</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="59"/>
        <source>A recovery sheet</source>
        <translation>A recovery sheet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="60"/>
        <source>If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. Print it and keep it away from the laptop (a safe, a trusted person).</source>
        <translation>If the passphrase is forgotten, a printed recovery sheet of 16 words is the only way back in. Print it and keep it away from the laptop (a safe, a trusted person).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="65"/>
        <source>Try it first?</source>
        <translation>Try it first?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="66"/>
        <source>You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be deleted. For real work, leave this unticked.</source>
        <translation>You can add 50 invented cases to learn CaseDesk; they are marked as synthetic and can be deleted. For real work, leave this unticked.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="71"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/help.py" line="72"/>
        <source>When CaseDesk closes it makes the day&apos;s encrypted backup in %1. Copy backups regularly to an external drive with File → Back up to another folder, and keep that drive apart from the laptop. Help → Manual explains what to do if the laptop is seized or lost.</source>
        <translation>When CaseDesk closes it makes the day&apos;s encrypted backup in %1. Copy backups regularly to an external drive with File → Back up to another folder, and keep that drive apart from the laptop. Help → Manual explains what to do if the laptop is seized or lost.</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="267"/>
        <source>Record a hearing or decision</source>
        <translation>Record a hearing or decision</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="277"/>
        <source>Not yet known (scheduled)</source>
        <translation>Not yet known (scheduled)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="282"/>
        <source>Proceeding:</source>
        <translation>Proceeding:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="283"/>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="284"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="285"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="286"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="287"/>
        <source>It is recorded once, on the proceeding, and appears in the timeline of every defendant.</source>
        <translation>It is recorded once, on the proceeding, and appears in the timeline of every defendant.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="48"/>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="73"/>
        <source>Why you cannot go on yet</source>
        <translation>Why you cannot go on yet</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="29"/>
        <source>Organisation letterhead</source>
        <translation>Organisation letterhead</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="34"/>
        <source>Printed at the top of dossiers and census reports. Court and family dossiers end with the signature block over a line to sign. Leave everything empty for documents without a letterhead.</source>
        <translation>Printed at the top of dossiers and census reports. Court and family dossiers end with the signature block over a line to sign. Leave everything empty for documents without a letterhead.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="39"/>
        <source>Street, city, telephone (up to four lines)</source>
        <translation>Street, city, telephone (up to four lines)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="42"/>
        <source>Name, title, bar number: one per line (empty: the lawyer&apos;s name)</source>
        <translation>Name, title, bar number: one per line (empty: the lawyer&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="50"/>
        <source>C&amp;hoose a logo…</source>
        <translation>C&amp;hoose a logo…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="53"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="73"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="73"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="74"/>
        <source>&amp;Lawyer:</source>
        <translation>&amp;Lawyer:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="74"/>
        <source>&amp;Signature block:</source>
        <translation>&amp;Signature block:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="78"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="82"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="83"/>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="84"/>
        <source>Signature block</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="85"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="97"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="101"/>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Choose the organisation&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/letterhead_dialog.py" line="102"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="224"/>
        <source>Link to a proceeding</source>
        <translation>Link to a proceeding</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="226"/>
        <source>A new proceeding</source>
        <translation>A new proceeding</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="237"/>
        <source>As the court&apos;s name says</source>
        <translation>As the court&apos;s name says</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="241"/>
        <source>Proceeding:</source>
        <translation>Proceeding:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="242"/>
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="243"/>
        <source>File number:</source>
        <translation>File number:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="244"/>
        <source>Judge:</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="245"/>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="246"/>
        <source>Jurisdiction:</source>
        <translation>Jurisdiction:</translation>
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
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="344"/>
        <source>&amp;Edit case</source>
        <translation>&amp;Edit case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="345"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="345"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="346"/>
        <source>&amp;Undo last change</source>
        <translation>&amp;Undo last change</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="347"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="347"/>
        <source>Copy case &amp;id</source>
        <translation>Copy case &amp;id</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="348"/>
        <source>&amp;Compact rows</source>
        <translation>&amp;Compact rows</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="348"/>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="349"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="350"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="351"/>
        <source>&amp;Check the vault…</source>
        <translation>&amp;Check the vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="352"/>
        <source>&amp;Dossier (PDF)…</source>
        <translation>&amp;Dossier (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="353"/>
        <source>Census &amp;report (PDF)…</source>
        <translation>Census &amp;report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="354"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="355"/>
        <source>Rows to re&amp;view…</source>
        <translation>Rows to re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="356"/>
        <source>Co&amp;mpare a list with the vault…</source>
        <translation>Co&amp;mpare a list with the vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="357"/>
        <source>E&amp;xport the list (CSV, XLSX)…</source>
        <translation>E&amp;xport the list (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="358"/>
        <source>&amp;Send cases to a colleague (bundle)…</source>
        <translation>&amp;Send cases to a colleague (bundle)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="359"/>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Receive a bundle…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="360"/>
        <source>Colleagues and exchange &amp;keys…</source>
        <translation>Colleagues and exchange &amp;keys…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="361"/>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="362"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="363"/>
        <source>Recovery &amp;sheet…</source>
        <translation>Recovery &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="364"/>
        <source>Organisation le&amp;tterhead…</source>
        <translation>Organisation le&amp;tterhead…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="365"/>
        <source>Back up to &amp;another folder (external drive)…</source>
        <translation>Back up to &amp;another folder (external drive)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="366"/>
        <location filename="../../casedesk/gui/main_window.py" line="368"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="368"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="369"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="373"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="374"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="375"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="376"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="377"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="378"/>
        <source>C&amp;olumns of the case list</source>
        <translation>C&amp;olumns of the case list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="381"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="382"/>
        <source>Search by name, ID, facility or notes…</source>
        <translation>Search by name, ID, facility or notes…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="383"/>
        <location filename="../../casedesk/gui/main_window.py" line="747"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="383"/>
        <location filename="../../casedesk/gui/main_window.py" line="750"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="383"/>
        <location filename="../../casedesk/gui/main_window.py" line="750"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="384"/>
        <source>Civ./mil.</source>
        <translation>Civ./mil.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="384"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="385"/>
        <location filename="../../casedesk/gui/main_window.py" line="757"/>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="386"/>
        <source>Arrested from</source>
        <translation>Arrested from</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="386"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="389"/>
        <source>Search the cases</source>
        <translation>Search the cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="391"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="392"/>
        <source>Arrested from (day/month/year)</source>
        <translation>Arrested from (day/month/year)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="393"/>
        <source>Arrested until (day/month/year)</source>
        <translation>Arrested until (day/month/year)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="394"/>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="395"/>
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="396"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="397"/>
        <source>Agenda (next 30 days)</source>
        <translation>Agenda (next 30 days)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="398"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="399"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="400"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="406"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="406"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="406"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="407"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="424"/>
        <source>Demo vault: its passphrase is public; keep no real case here. Your own vault: Lock, then Back, then “Create a new vault…”.</source>
        <translation>Demo vault: its passphrase is public; keep no real case here. Your own vault: Lock, then Back, then “Create a new vault…”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="438"/>
        <source>READ-ONLY: this vault is damaged</source>
        <translation>READ-ONLY: this vault is damaged</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="522"/>
        <source>Select a case in the list to see it here. Double-click it, or press Ctrl+E, to edit it.</source>
        <translation>Select a case in the list to see it here. Double-click it, or press Ctrl+E, to edit it.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="545"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="547"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="548"/>
        <source>Detained, under house arrest or whereabouts unknown</source>
        <translation>Detained, under house arrest or whereabouts unknown</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="555"/>
        <source>Saved filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="635"/>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="635"/>
        <source>Name of this filter:</source>
        <translation>Name of this filter:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="643"/>
        <source>Filter saved.</source>
        <translation>Filter saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="646"/>
        <source>%Ln matching cases</source>
        <translation>
            <numerusform>%Ln matching cases</numerusform>
            <numerusform>%Ln matching cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="759"/>
        <source>%1 co-defendants; hearings held %2, deferred %3</source>
        <translation>%1 co-defendants; hearings held %2, deferred %3</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="763"/>
        <source>proceeding %1</source>
        <translation>proceeding %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="823"/>
        <source>%n unsaved drafts restored.</source>
        <translation>
            <numerusform>%n unsaved drafts restored.</numerusform>
            <numerusform>%n unsaved drafts restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="741"/>
        <source>(since %1)</source>
        <translation>(since %1)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="743"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="743"/>
        <source>Family and contacts</source>
        <translation>Family and contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="744"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="744"/>
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="746"/>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="748"/>
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="749"/>
        <source>Days held</source>
        <translation>Days held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="751"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="751"/>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="835"/>
        <source>Case saved.</source>
        <translation>Case saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="839"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="848"/>
        <source>The last change was undone.</source>
        <translation>The last change was undone.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="856"/>
        <source>Delete case?</source>
        <translation>Delete case?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="857"/>
        <source>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</source>
        <translation>Delete the case of %1 with its timeline and evidence records? The audit log keeps a record of the deletion.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="864"/>
        <source>Case deleted.</source>
        <translation>Case deleted.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="869"/>
        <location filename="../../casedesk/gui/main_window.py" line="904"/>
        <source>Select one or more cases first.</source>
        <translation>Select one or more cases first.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="873"/>
        <source>Dossier saved.</source>
        <translation>Dossier saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="897"/>
        <source>List exported.</source>
        <translation>List exported.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="907"/>
        <source>Bundle saved.</source>
        <translation>Bundle saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="912"/>
        <source>A bundle from a colleague</source>
        <translation>A bundle from a colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="913"/>
        <source>CaseDesk bundles (*.casedesk *.age);;All files (*)</source>
        <translation>CaseDesk bundles (*.casedesk *.age);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/main_window.py" line="974"/>
        <source>%Ln record(s) arrived from colleagues.</source>
        <translation>
            <numerusform>%Ln record arrived from colleagues.</numerusform>
            <numerusform>%Ln records arrived from colleagues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="986"/>
        <source>Census report saved.</source>
        <translation>Census report saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="994"/>
        <source>Letterhead saved.</source>
        <translation>Letterhead saved.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="999"/>
        <source>Back up to which folder?</source>
        <translation>Back up to which folder?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1005"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1010"/>
        <source>Backup made and checked: %1</source>
        <translation>Backup made and checked: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1022"/>
        <location filename="../../casedesk/gui/main_window.py" line="1030"/>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1023"/>
        <source>A new recovery sheet replaces any earlier one. Type the vault&apos;s passphrase:</source>
        <translation>A new recovery sheet replaces any earlier one. Type the vault&apos;s passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1039"/>
        <source>Checking the database, the audit chain and every evidence file…</source>
        <translation>Checking the database, the audit chain and every evidence file…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1053"/>
        <source>Vault checked</source>
        <translation>Vault checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1054"/>
        <source>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</source>
        <translation>Everything is intact: every database page, the audit chain of %1 entries and every evidence file.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1057"/>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1088"/>
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1089"/>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Encrypted case files for lawyers who defend people detained for political reasons.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/main_window.py" line="1096"/>
        <source>Something went wrong (%1); nothing was lost.</source>
        <translation>Something went wrong (%1); nothing was lost.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../casedesk/gui/help.py" line="22"/>
        <source>CaseDesk manual</source>
        <translation>CaseDesk manual</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="173"/>
        <source>What CaseDesk read</source>
        <translation>What CaseDesk read</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="188"/>
        <source>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</source>
        <translation>Read as: %1. What each column holds was decided from its header and its values; change any that is wrong. A choice you make is remembered for the next file with the same columns.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="197"/>
        <source>Sheet “%1” is empty.</source>
        <translation>Sheet “%1” is empty.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="202"/>
        <source>Sheet “%1” left out: %2.</source>
        <translation>Sheet “%1” left out: %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="205"/>
        <source>Sheet “%1”: header on row %2.</source>
        <translation>Sheet “%1”: header on row %2.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="208"/>
        <source>Sheet “%1”: no header; the columns were recognised by their values.</source>
        <translation>Sheet “%1”: no header; the columns were recognised by their values.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="218"/>
        <source>Columns of “%1”</source>
        <translation>Columns of “%1”</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="220"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="220"/>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="220"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="221"/>
        <source>Example %1</source>
        <translation>Example %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="228"/>
        <source>What column %1 holds</source>
        <translation>What column %1 holds</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="251"/>
        <source>its header</source>
        <translation>its header</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="251"/>
        <source>its values</source>
        <translation>its values</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="252"/>
        <source>its header and its values</source>
        <translation>its header and its values</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="252"/>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="253"/>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="270"/>
        <source>Two columns of “%1” are set to hold the same thing.</source>
        <translation>Two columns of “%1” are set to hold the same thing.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="282"/>
        <source>No sheet has a column of names: choose which column holds the names.</source>
        <translation>No sheet has a column of names: choose which column holds the names.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="229"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
</context>
<context>
    <name>PasswordRow</name>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="67"/>
        <source>Protect the file with a pass&amp;word (AES-256)</source>
        <translation>Protect the file with a pass&amp;word (AES-256)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="70"/>
        <source>Password for the file</source>
        <translation>Password for the file</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="72"/>
        <source>Propose a&amp;nother</source>
        <translation>Propose a&amp;nother</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/documents.py" line="77"/>
        <source>Send the password by another channel than the file (for example, say it by phone).</source>
        <translation>Send the password by another channel than the file (for example, say it by phone).</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="295"/>
        <source>What %1 receives</source>
        <translation>What %1 receives</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="298"/>
        <source>Profile: what is left out of the cases they receive</source>
        <translation>Profile: what is left out of the cases they receive</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="299"/>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="299"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="299"/>
        <source>&amp;Lawyer:</source>
        <translation>&amp;Lawyer:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="300"/>
        <source>&amp;Proceeding (file number):</source>
        <translation>&amp;Proceeding (file number):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="303"/>
        <source>Who will &amp;read it:</source>
        <translation>Who will &amp;read it:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="304"/>
        <source>Which cases</source>
        <translation>Which cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="306"/>
        <source>Leave every field empty to send all cases. A case is sent when it matches each field filled in; several values in one field: separate them with “;”.</source>
        <translation>Leave every field empty to send all cases. A case is sent when it matches each field filled in; several values in one field: separate them with “;”.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="312"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="316"/>
        <source>Family &amp;contacts (names, phones, safe channels)</source>
        <translation>Family &amp;contacts (names, phones, safe channels)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="318"/>
        <source>&amp;Evidence (records and files)</source>
        <translation>&amp;Evidence (records and files)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="319"/>
        <source>The next exchange sends them everything the new choice covers.</source>
        <translation>The next exchange sends them everything the new choice covers.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="347"/>
        <source>It did not work (%1); nothing was changed. Try again in a moment.</source>
        <translation>It did not work (%1); nothing was changed. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="25"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="28"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="31"/>
        <source>Minutes without use before CaseDesk locks itself</source>
        <translation>Minutes without use before CaseDesk locks itself</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="33"/>
        <source>Vault to open first</source>
        <translation>Vault to open first</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="34"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="44"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="52"/>
        <source>&amp;Vault to open first:</source>
        <translation>&amp;Vault to open first:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="55"/>
        <source>Lock &amp;after this long without use:</source>
        <translation>Lock &amp;after this long without use:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="57"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="41"/>
        <source>Comfortable</source>
        <translation>Comfortable</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="42"/>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/preferences.py" line="62"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
</context>
<context>
    <name>ProceedingEvents</name>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="182"/>
        <source>Hearings and decisions of the proceeding (shared with the co-defendants):</source>
        <translation>Hearings and decisions of the proceeding (shared with the co-defendants):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="185"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="185"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="185"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="186"/>
        <source>Proceeding and note</source>
        <translation>Proceeding and note</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/court_section.py" line="191"/>
        <source>Hearings and decisions of the proceeding</source>
        <translation>Hearings and decisions of the proceeding</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="62"/>
        <source>Recover the vault</source>
        <translation>Recover the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="65"/>
        <source>The words of the recovery sheet, in order</source>
        <translation>The words of the recovery sheet, in order</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="66"/>
        <source>Recovery words</source>
        <translation>Recovery words</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="68"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="70"/>
        <source>New passphrase, again</source>
        <translation>New passphrase, again</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="71"/>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="72"/>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="80"/>
        <source>The recovery sheet unlocks the vault once you choose a new passphrase; the old passphrase will stop working.</source>
        <translation>The recovery sheet unlocks the vault once you choose a new passphrase; the old passphrase will stop working.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="88"/>
        <source>&amp;Recovery words:</source>
        <translation>&amp;Recovery words:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="89"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="90"/>
        <source>Type it &amp;again:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="102"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="106"/>
        <source>Checking the words…</source>
        <translation>Checking the words…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="115"/>
        <source>These words do not open this vault. Check them against the sheet.</source>
        <translation>These words do not open this vault. Check them against the sheet.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="24"/>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="53"/>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="32"/>
        <source>Recovery words</source>
        <translation>Recovery words</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="33"/>
        <source>Print this sheet and keep it away from the laptop, somewhere safe. With it and the laptop, anyone can open the vault. Any earlier sheet no longer works.</source>
        <translation>Print this sheet and keep it away from the laptop, somewhere safe. With it and the laptop, anyone can open the vault. Any earlier sheet no longer works.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="37"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="38"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="52"/>
        <source>Save the recovery sheet as</source>
        <translation>Save the recovery sheet as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/recovery_sheet.py" line="62"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ReleaseListDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="238"/>
        <source>Announced list of releases</source>
        <translation>Announced list of releases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="241"/>
        <source>The announced list</source>
        <translation>The announced list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="243"/>
        <source>Paste the list here: one name per line, with or without cédula.</source>
        <translation>Paste the list here: one name per line, with or without cédula.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="247"/>
        <source>e.g. Ministry press note of 7 January</source>
        <translation>e.g. Ministry press note of 7 January</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="255"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="255"/>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="255"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="248"/>
        <source>&amp;Match with the people held</source>
        <translation>&amp;Match with the people held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="246"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="251"/>
        <source>L&amp;oad a file…</source>
        <translation>L&amp;oad a file…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="254"/>
        <source>Who the list names</source>
        <translation>Who the list names</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="262"/>
        <source>Paste the list above (or load a file) and press “Match with the people held”: each line shows here with the case it names, a choice when several could fit, or that nobody held has that name.</source>
        <translation>Paste the list above (or load a file) and press “Match with the people held”: each line shows here with the case it names, a choice when several could fit, or that nobody held has that name.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="266"/>
        <source>&amp;Record claims to verify</source>
        <translation>&amp;Record claims to verify</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="270"/>
        <source>Announced release &amp;date:</source>
        <translation>Announced release &amp;date:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="271"/>
        <source>&amp;Source of the list:</source>
        <translation>&amp;Source of the list:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="290"/>
        <source>Open the list</source>
        <translation>Open the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="291"/>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Text files (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="300"/>
        <source>≈ %1 (part of the name: check it)</source>
        <translation>≈ %1 (part of the name: check it)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="309"/>
        <source>Case for line %1</source>
        <translation>Case for line %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="310"/>
        <source>? choose…</source>
        <translation>? choose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="316"/>
        <source>✗ not held: %1</source>
        <translation>✗ not held: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="318"/>
        <source>✗ nobody held by this name</source>
        <translation>✗ nobody held by this name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="323"/>
        <source>? unclear: read the sentence (“%1”)</source>
        <translation>? unclear: read the sentence (“%1”)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="327"/>
        <source>— not a name (a heading, source or note)</source>
        <translation>— not a name (a heading, source or note)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="331"/>
        <source>%Ln matched</source>
        <translation>
            <numerusform>%Ln matched</numerusform>
            <numerusform>%Ln matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="332"/>
        <source>%Ln to choose</source>
        <translation>
            <numerusform>%Ln to choose</numerusform>
            <numerusform>%Ln to choose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="333"/>
        <source>%Ln without a case</source>
        <translation>
            <numerusform>%Ln without a case</numerusform>
            <numerusform>%Ln without a case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="334"/>
        <source>%Ln named but not as released</source>
        <translation>
            <numerusform>%Ln named but not as released</numerusform>
            <numerusform>%Ln named but not as released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="335"/>
        <source>%Ln unclear</source>
        <translation>
            <numerusform>%Ln unclear</numerusform>
            <numerusform>%Ln unclear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="336"/>
        <source>%Ln line(s) that name nobody</source>
        <translation>
            <numerusform>%Ln line that name nobody</numerusform>
            <numerusform>%Ln lines that name nobody</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="342"/>
        <source>still held</source>
        <translation>still held</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="342"/>
        <source>transferred, not released</source>
        <translation>transferred, not released</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="343"/>
        <source>a lawyer</source>
        <translation>a lawyer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="343"/>
        <source>a relative</source>
        <translation>a relative</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="343"/>
        <source>an official</source>
        <translation>an official</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="344"/>
        <source>someone quoted</source>
        <translation>someone quoted</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="344"/>
        <source>signs the statement</source>
        <translation>signs the statement</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="345"/>
        <source>not released</source>
        <translation>not released</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="348"/>
        <source>a person held has the same name</source>
        <translation>a person held has the same name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="373"/>
        <source>Type the announced date of the release first: a claim without its date cannot be verified.</source>
        <translation>Type the announced date of the release first: a claim without its date cannot be verified.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/verification_queue.py" line="385"/>
        <source>%Ln claim(s) recorded in the verification queue.</source>
        <translation>
            <numerusform>%Ln claim recorded in the verification queue.</numerusform>
            <numerusform>%Ln claims recorded in the verification queue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="379"/>
        <source>Announced list</source>
        <translation>Announced list</translation>
    </message>
</context>
<context>
    <name>ReleaseTrackerDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="397"/>
        <source>Release tracker</source>
        <translation>Release tracker</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="400"/>
        <source>Announcement date</source>
        <translation>Announcement date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="402"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="405"/>
        <source>Releases since the announcement of:</source>
        <translation>Releases since the announcement of:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="410"/>
        <source>Releases per day</source>
        <translation>Releases per day</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="411"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="411"/>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="411"/>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="412"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="412"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="412"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="413"/>
        <source>Announced: people the release lists loaded that day named as released. Claimed, verified, disputed: people, each counted once. Still open: claimed so far and not yet verified, disputed or retracted.</source>
        <translation>Announced: people the release lists loaded that day named as released. Claimed, verified, disputed: people, each counted once. Still open: claimed so far and not yet verified, disputed or retracted.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="419"/>
        <source>Who still needs a second source</source>
        <translation>Who still needs a second source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="420"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="420"/>
        <source>Claimed release</source>
        <translation>Claimed release</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="420"/>
        <source>Source they have</source>
        <translation>Source they have</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="421"/>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="423"/>
        <source>Nobody waits for a second source: every release claimed since that date is verified, closed, or has no source yet.</source>
        <translation>Nobody waits for a second source: every release claimed since that date is verified, closed, or has no source yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="470"/>
        <source>Since %1 — named as released in the lists loaded: %2; releases claimed: %3, verified: %4, disputed: %5, retracted: %6; still being verified: %7 (with no source yet: %8).</source>
        <translation>Since %1 — named as released in the lists loaded: %2; releases claimed: %3, verified: %4, disputed: %5, retracted: %6; still being verified: %7 (with no source yet: %8).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="476"/>
        <source>Still need a second source: %1</source>
        <translation>Still need a second source: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="484"/>
        <source>contradicts the claim</source>
        <translation>contradicts the claim</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="21"/>
        <location filename="../../casedesk/gui/review_dialog.py" line="27"/>
        <source>Rows to review</source>
        <translation>Rows to review</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26"/>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26"/>
        <source>Maybe the same as</source>
        <translation>Maybe the same as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="26"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="34"/>
        <source>Nothing waits for review. When an imported list has rows that may be people already in the vault and you choose “Decide later”, they wait here.</source>
        <translation>Nothing waits for review. When an imported list has rows that may be people already in the vault and you choose “Decide later”, they wait here.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="40"/>
        <source>&amp;Apply the decisions</source>
        <translation>&amp;Apply the decisions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="54"/>
        <source>%n row(s) of imported lists may be people already in the vault. Nothing is merged until you say so.</source>
        <translation>
            <numerusform>%n row of imported lists may be a person already in the vault. Nothing is merged until you say so.</numerusform>
            <numerusform>%n rows of imported lists may be people already in the vault. Nothing is merged until you say so.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="56"/>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="61"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="70"/>
        <source>Decision for row %1</source>
        <translation>Decision for row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="71"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="73"/>
        <source>Same person as %1</source>
        <translation>Same person as %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="75"/>
        <source>A different person: add</source>
        <translation>A different person: add</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/review_dialog.py" line="76"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/review_dialog.py" line="94"/>
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
        <location filename="../../casedesk/gui/import_wizard.py" line="295"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="299"/>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="296"/>
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="298"/>
        <source>These rows look like people already in the vault. Choose for each:</source>
        <translation>These rows look like people already in the vault. Choose for each:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="322"/>
        <source>Reading the list and comparing it with the vault…</source>
        <translation>Reading the list and comparing it with the vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="352"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="352"/>
        <source>New people (with their case)</source>
        <translation>New people (with their case)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="353"/>
        <source>Already in the vault (updated)</source>
        <translation>Already in the vault (updated)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="354"/>
        <source>Of those, arrested again (new case)</source>
        <translation>Of those, arrested again (new case)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="355"/>
        <source>Duplicates within the file (merged)</source>
        <translation>Duplicates within the file (merged)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="356"/>
        <source>To decide below</source>
        <translation>To decide below</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="368"/>
        <source>Skipped:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="387"/>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="388"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="362"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="393"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="301"/>
        <source>Rows that may be people already in the vault</source>
        <translation>Rows that may be people already in the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="356"/>
        <source>Not people (skipped)</source>
        <translation>Not people (skipped)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="364"/>
        <source>Kept as written (not understood; the field is left unknown):</source>
        <translation>Kept as written (not understood; the field is left unknown):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="367"/>
        <source>Remarks:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="369"/>
        <source>Duplicates within the file:</source>
        <translation>Duplicates within the file:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="370"/>
        <source>Row %1 is row %2 again</source>
        <translation>Row %1 is row %2 again</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="373"/>
        <source>Facilities written without their parenthesis, taken as the vault&apos;s:</source>
        <translation>Facilities written without their parenthesis, taken as the vault&apos;s:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="384"/>
        <source>&amp;Create these new facilities: %1</source>
        <translation>&amp;Create these new facilities: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="387"/>
        <source>Maybe the same as</source>
        <translation>Maybe the same as</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="398"/>
        <source>row %1 of this list</source>
        <translation>row %1 of this list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="402"/>
        <source>Decision for row %1</source>
        <translation>Decision for row %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="403"/>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="405"/>
        <source>Same person as %1</source>
        <translation>Same person as %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="406"/>
        <source>A different person: add</source>
        <translation>A different person: add</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="407"/>
        <source>Decide later (kept for review)</source>
        <translation>Decide later (kept for review)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="408"/>
        <source>Leave out of this import</source>
        <translation>Leave out of this import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="438"/>
        <source>Take from the list (unticked, the vault&apos;s value stays):</source>
        <translation>Take from the list (unticked, the vault&apos;s value stays):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="441"/>
        <source>Take %1 from the list</source>
        <translation>Take %1 from the list</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="448"/>
        <source>(empty fields are filled; nothing differs)</source>
        <translation>(empty fields are filled; nothing differs)</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="472"/>
        <source>Wait: the list is still being compared with the vault.</source>
        <translation>Wait: the list is still being compared with the vault.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="474"/>
        <source>The list could not be compared with the vault: go back and choose another file.</source>
        <translation>The list could not be compared with the vault: go back and choose another file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="477"/>
        <source>To go on, choose a decision for %Ln row(s) in the table (“Decide later” keeps them for review).</source>
        <translation>
            <numerusform>To go on, choose a decision for %Ln row in the table (“Decide later” keeps them for review).</numerusform>
            <numerusform>To go on, choose a decision for %Ln rows in the table (“Decide later” keeps them for review).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="480"/>
        <source>To go on, tick “Create these new facilities”, or go back and correct the column that holds the facility.</source>
        <translation>To go on, tick “Create these new facilities”, or go back and correct the column that holds the facility.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="495"/>
        <location filename="../../casedesk/gui/import_wizard.py" line="521"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="535"/>
        <source>Import done</source>
        <translation>Import done</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="497"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="498"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="502"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Undo this import</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="522"/>
        <source>All or nothing: “Cancel the import” stops it and nothing is written.</source>
        <translation>All or nothing: “Cancel the import” stops it and nothing is written.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="536"/>
        <source>It can be undone as a whole: the people and cases it added and the statuses it recorded.</source>
        <translation>It can be undone as a whole: the people and cases it added and the statuses it recorded.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="539"/>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="540"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="541"/>
        <source>%Ln person(s) updated</source>
        <translation>
            <numerusform>%Ln person updated</numerusform>
            <numerusform>%Ln persons updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="542"/>
        <source>%Ln new case(s)</source>
        <translation>
            <numerusform>%Ln new case</numerusform>
            <numerusform>%Ln new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/import_wizard.py" line="544"/>
        <source>%Ln row(s) wait for a decision: File → Rows to review…</source>
        <translation>
            <numerusform>%Ln row wait for a decision: File → Rows to review…</numerusform>
            <numerusform>%Ln rows wait for a decision: File → Rows to review…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="576"/>
        <source>Undo the import?</source>
        <translation>Undo the import?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="577"/>
        <source>Remove the people and cases this import added, and the statuses it recorded?</source>
        <translation>Remove the people and cases this import added, and the statuses it recorded?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/import_wizard.py" line="587"/>
        <source>The import was undone.</source>
        <translation>The import was undone.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="200"/>
        <source>Checked source</source>
        <translation>Checked source</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="205"/>
        <source>This source confirms the claim</source>
        <translation>This source confirms the claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="217"/>
        <source>&amp;Kind of source:</source>
        <translation>&amp;Kind of source:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="218"/>
        <source>&amp;What it says:</source>
        <translation>&amp;What it says:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="219"/>
        <source>&amp;Family contact:</source>
        <translation>&amp;Family contact:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="220"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="150"/>
        <source>Encrypted case files. Version %1</source>
        <translation>Encrypted case files. Version %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="189"/>
        <source>&amp;Recent vaults:</source>
        <translation>&amp;Recent vaults:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="201"/>
        <source>&amp;Open the selected vault</source>
        <translation>&amp;Open the selected vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="206"/>
        <source>Open another vault &amp;folder…</source>
        <translation>Open another vault &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="223"/>
        <source>CaseDesk locked itself. Everything you typed is kept.</source>
        <translation>CaseDesk locked itself. Everything you typed is kept.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="238"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="342"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="384"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="389"/>
        <source>Choose an empty folder for the new vault</source>
        <translation>Choose an empty folder for the new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="420"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="149"/>
        <source>What this screen does</source>
        <translation>What this screen does</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="177"/>
        <source>A vault is a folder that keeps your cases encrypted on this computer. Open one you already have, or create a new one.</source>
        <translation>A vault is a folder that keeps your cases encrypted on this computer. Open one you already have, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="182"/>
        <source>Recent vaults</source>
        <translation>Recent vaults</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="191"/>
        <source>No vault has been opened on this computer yet.</source>
        <translation>No vault has been opened on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="208"/>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Create a new vault…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="232"/>
        <source>&amp;Type it for me</source>
        <translation>&amp;Type it for me</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="239"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="312"/>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="240"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="313"/>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="241"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="314"/>
        <source>Show what you type; make sure nobody is looking.</source>
        <translation>Show what you type; make sure nobody is looking.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="243"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="320"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="254"/>
        <source>&amp;Forgot the passphrase? Use the recovery sheet…</source>
        <translation>&amp;Forgot the passphrase? Use the recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="257"/>
        <source>&amp;Restore the newest backup into a new folder…</source>
        <translation>&amp;Restore the newest backup into a new folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="261"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="348"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="263"/>
        <location filename="../../casedesk/gui/start_dialog.py" line="534"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="288"/>
        <source>CaseDesk keeps the vault&apos;s cases encrypted in this folder. Nobody can open them without the passphrase, not even CaseDesk&apos;s developers. Once the vault is made you can print a recovery sheet, in case the passphrase is forgotten.</source>
        <translation>CaseDesk keeps the vault&apos;s cases encrypted in this folder. Nobody can open them without the passphrase, not even CaseDesk&apos;s developers. Once the vault is made you can print a recovery sheet, in case the passphrase is forgotten.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="296"/>
        <source>Folder for the new vault</source>
        <translation>Folder for the new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="297"/>
        <source>A new or empty folder; it is created if it does not exist.</source>
        <translation>A new or empty folder; it is created if it does not exist.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="299"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="304"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="307"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="310"/>
        <source>New passphrase, again</source>
        <translation>New passphrase, again</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="323"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="334"/>
        <source>Type it &amp;again:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="350"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="368"/>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="371"/>
        <source>CaseDesk is locked</source>
        <translation>CaseDesk is locked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="374"/>
        <source>Open the demo vault</source>
        <translation>Open the demo vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="377"/>
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="427"/>
        <source>This demo vault holds invented cases, for practice. Its passphrase is: %1</source>
        <translation>This demo vault holds invented cases, for practice. Its passphrase is: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="448"/>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Type the vault&apos;s passphrase first.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="451"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="476"/>
        <source>The vault could not be opened (%1).</source>
        <translation>The vault could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="490"/>
        <source>The newest checked backup is from %1; it can be restored into a new folder.</source>
        <translation>The newest checked backup is from %1; it can be restored into a new folder.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="495"/>
        <source>An empty folder for the restored vault</source>
        <translation>An empty folder for the restored vault</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="504"/>
        <source>Restored. Unlock it with the passphrase that was valid on %1.</source>
        <translation>Restored. Unlock it with the passphrase that was valid on %1.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="538"/>
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="561"/>
        <source>Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Four or more unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="567"/>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="569"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="577"/>
        <source>Creating the vault (measuring this computer)…</source>
        <translation>Creating the vault (measuring this computer)…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/start_dialog.py" line="590"/>
        <source>The vault could not be created (%1).</source>
        <translation>The vault could not be created (%1).</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="377"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="394"/>
        <source>The team folder only carries encrypted files between laptops: Syncthing, a shared drive or a USB stick keeps it the same on each one. Choose a folder outside the vault. While this vault is unlocked, CaseDesk exchanges with the team every %1 minutes.</source>
        <translation>The team folder only carries encrypted files between laptops: Syncthing, a shared drive or a USB stick keeps it the same on each one. Choose a folder outside the vault. While this vault is unlocked, CaseDesk exchanges with the team every %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="407"/>
        <source>Team folder</source>
        <translation>Team folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="409"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="410"/>
        <source>Exchange:</source>
        <translation>Exchange:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="411"/>
        <source>This vault&apos;s fingerprint:</source>
        <translation>This vault&apos;s fingerprint:</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="417"/>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="417"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="417"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="418"/>
        <source>What they receive</source>
        <translation>What they receive</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="418"/>
        <source>Not yet read</source>
        <translation>Not yet read</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="419"/>
        <source>Messages from this vault they have not read yet</source>
        <translation>Messages from this vault they have not read yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="431"/>
        <source>Colleagues in the team</source>
        <translation>Colleagues in the team</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="435"/>
        <source>No colleagues yet. Add their keys and check each fingerprint by phone (Add or check keys…): only colleagues whose fingerprint was checked take part in the team.</source>
        <translation>No colleagues yet. Add their keys and check each fingerprint by phone (Add or check keys…): only colleagues whose fingerprint was checked take part in the team.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="439"/>
        <source>&amp;What they receive…</source>
        <translation>&amp;What they receive…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="441"/>
        <source>&amp;Remove from the team…</source>
        <translation>&amp;Remove from the team…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="443"/>
        <source>Add or check &amp;keys…</source>
        <translation>Add or check &amp;keys…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="449"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="466"/>
        <source>Checks of the team folder</source>
        <translation>Checks of the team folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="473"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="479"/>
        <source>Nothing yet while this window is open. “Sync now” exchanges at once.</source>
        <translation>Nothing yet while this window is open. “Sync now” exchanges at once.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="488"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="490"/>
        <source>This laptop was s&amp;eized…</source>
        <translation>This laptop was s&amp;eized…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="497"/>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="534"/>
        <source>No team folder yet.</source>
        <translation>No team folder yet.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="383"/>
        <location filename="../../casedesk/gui/team_dialog.py" line="536"/>
        <source>Choose the team &amp;folder…</source>
        <translation>Choose the team &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="535"/>
        <source>Change the team &amp;folder…</source>
        <translation>Change the team &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="539"/>
        <source>Not in a team yet: choose the team folder.</source>
        <translation>Not in a team yet: choose the team folder.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="591"/>
        <source>Removed: their laptop was seized</source>
        <translation>Removed: their laptop was seized</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="593"/>
        <source>Removed: replaced by a new key</source>
        <translation>Removed: replaced by a new key</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="595"/>
        <source>Removed: left the team</source>
        <translation>Removed: left the team</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="598"/>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="602"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="604"/>
        <source>nothing until the fingerprint is checked</source>
        <translation>nothing until the fingerprint is checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="606"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="606"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="606"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="607"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="608"/>
        <source>facility</source>
        <translation>facility</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="608"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="608"/>
        <source>lawyer</source>
        <translation>lawyer</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="609"/>
        <source>proceeding</source>
        <translation>proceeding</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="611"/>
        <source>all cases</source>
        <translation>all cases</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="613"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="613"/>
        <source>no contacts</source>
        <translation>no contacts</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="614"/>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="614"/>
        <source>no evidence</source>
        <translation>no evidence</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="635"/>
        <source>Choose the team folder first: the new keys are announced to colleagues through it.</source>
        <translation>Choose the team folder first: the new keys are announced to colleagues through it.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="669"/>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="669"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="669"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="693"/>
        <source>It did not work (%1); nothing was changed. Try again in a moment.</source>
        <translation>It did not work (%1); nothing was changed. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="699"/>
        <source>The team folder</source>
        <translation>The team folder</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="719"/>
        <source>No exchange now: the vault has no team folder, or it is read-only.</source>
        <translation>No exchange now: the vault has no team folder, or it is read-only.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="725"/>
        <source>Exchanging with the team…</source>
        <translation>Exchanging with the team…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="732"/>
        <source>Exchanging with %1…</source>
        <translation>Exchanging with %1…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="744"/>
        <source>The exchange was stopped; the next one goes on from there.</source>
        <translation>The exchange was stopped; the next one goes on from there.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="760"/>
        <source>From %1:</source>
        <translation>From %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="761"/>
        <source>%Ln record(s) added or updated.</source>
        <translation>
            <numerusform>%Ln record added or updated.</numerusform>
            <numerusform>%Ln records added or updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="762"/>
        <source>%Ln contact(s) or event(s) deleted.</source>
        <translation>
            <numerusform>%Ln contact or event deleted.</numerusform>
            <numerusform>%Ln contacts or events deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="765"/>
        <source>%1 deleted a contact or an event that was changed here meanwhile: it is kept, and the change goes back to them.</source>
        <translation>%1 deleted a contact or an event that was changed here meanwhile: it is kept, and the change goes back to them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="768"/>
        <source>To %1:</source>
        <translation>To %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="769"/>
        <source>%Ln case(s) sent.</source>
        <translation>
            <numerusform>%Ln case sent.</numerusform>
            <numerusform>%Ln cases sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="772"/>
        <source>%1 has new keys (a scheduled change; trusted on the old key&apos;s word).</source>
        <translation>%1 has new keys (a scheduled change; trusted on the old key&apos;s word).</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="775"/>
        <source>%1&apos;s laptop was seized: their old key is no longer accepted. Compare their new fingerprint %2 with them by phone, then mark it as checked (Add or check keys).</source>
        <translation>%1&apos;s laptop was seized: their old key is no longer accepted. Compare their new fingerprint %2 with them by phone, then mark it as checked (Add or check keys).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="782"/>
        <source>%Ln file(s) from keys not among your colleagues were ignored.</source>
        <translation>
            <numerusform>%Ln file from keys not among your colleagues was ignored.</numerusform>
            <numerusform>%Ln files from keys not among your colleagues were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="784"/>
        <source>%Ln file(s) from removed keys were ignored.</source>
        <translation>
            <numerusform>%Ln file from removed keys was ignored.</numerusform>
            <numerusform>%Ln files from removed keys were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="785"/>
        <source>%Ln file(s) wait for a fingerprint check of their sender.</source>
        <translation>
            <numerusform>%Ln file waits for a fingerprint check of their sender.</numerusform>
            <numerusform>%Ln files wait for a fingerprint check of their sender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="787"/>
        <source>%Ln file(s) wait: still arriving, or an earlier file has not arrived yet.</source>
        <translation>
            <numerusform>%Ln file waits: still arriving, or an earlier file has not arrived yet.</numerusform>
            <numerusform>%Ln files wait: still arriving, or an earlier file has not arrived yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="790"/>
        <source>Refused from %1: %2</source>
        <translation>Refused from %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="793"/>
        <source>%Ln conflict(s) to decide.</source>
        <translation>
            <numerusform>%Ln conflict to decide.</numerusform>
            <numerusform>%Ln conflicts to decide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="795"/>
        <source>Nothing new to send or receive.</source>
        <translation>Nothing new to send or receive.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="813"/>
        <source>Remove from the team?</source>
        <translation>Remove from the team?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="814"/>
        <source>Remove %1 from the team?

Nothing more will be sent to them, and files signed with their key will be ignored. What they received before stays with them.</source>
        <translation>Remove %1 from the team?

Nothing more will be sent to them, and files signed with their key will be ignored. What they received before stays with them.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="840"/>
        <source>Use this if this laptop, or a copy of this vault, was out of your hands: seized, stolen or taken for inspection.

CaseDesk makes new exchange keys for this vault and tells your colleagues through the team folder:

• their CaseDesk stops accepting the old key at once, so whoever holds it cannot send them anything in your name;
• they accept the new key only after you read its fingerprint to each of them, by phone or in person, and they mark it as checked. Until then, nothing is exchanged with them.

Your cases do not change. Make new keys now?</source>
        <translation>Use this if this laptop, or a copy of this vault, was out of your hands: seized, stolen or taken for inspection.

CaseDesk makes new exchange keys for this vault and tells your colleagues through the team folder:

• their CaseDesk stops accepting the old key at once, so whoever holds it cannot send them anything in your name;
• they accept the new key only after you read its fingerprint to each of them, by phone or in person, and they mark it as checked. Until then, nothing is exchanged with them.

Your cases do not change. Make new keys now?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="836"/>
        <source>Was this laptop seized?</source>
        <translation>Was this laptop seized?</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="597"/>
        <source>Fingerprint not checked</source>
        <translation>Fingerprint not checked</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="863"/>
        <source>no colleague yet</source>
        <translation>no colleague yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="865"/>
        <source>New keys made. This vault&apos;s new fingerprint is %1.
Call each colleague (%2) and read it to them; until they check it, their CaseDesk accepts nothing from this vault.</source>
        <translation>New keys made. This vault&apos;s new fingerprint is %1.
Call each colleague (%2) and read it to them; until they check it, their CaseDesk accepts nothing from this vault.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="207"/>
        <source>Team folder: %1</source>
        <extracomment>A pass runs when this long has gone by since the last one (any pass: &quot;Sync now&quot; counts). After unlocking, the first pass waits this long: the window shows the cases first. How often the clock is looked at between passes. The filter fields of a policy, in the order the dialog shows them. Several values in one filter field: facility names hold commas, never semicolons.</extracomment>
        <translation>Team folder: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="209"/>
        <source>Stopping the exchange…</source>
        <translation>Stopping the exchange…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="209"/>
        <source>Exchanging with the team…</source>
        <translation>Exchanging with the team…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="214"/>
        <source>Team folder not available</source>
        <translation>Team folder not available</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="215"/>
        <source>The last exchange failed</source>
        <translation>The last exchange failed</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="219"/>
        <source>No verified colleagues in the team yet</source>
        <translation>No verified colleagues in the team yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="222"/>
        <source>%n colleague(s)</source>
        <translation>
            <numerusform>%n colleague</numerusform>
            <numerusform>%n colleagues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="224"/>
        <source>In step with %1</source>
        <translation>In step with %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="226"/>
        <source>In step with %1 of %2</source>
        <translation>In step with %1 of %2</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="228"/>
        <source>Not yet read by: %1</source>
        <translation>Not yet read by: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="231"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casedesk/gui/team_dialog.py" line="234"/>
        <source>%n key(s) waiting for a fingerprint check</source>
        <translation>
            <numerusform>%n key waiting for a fingerprint check</numerusform>
            <numerusform>%n keys waiting for a fingerprint check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="236"/>
        <source>Waiting for a fingerprint check: %1</source>
        <translation>Waiting for a fingerprint check: %1</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="243"/>
        <location filename="../../casedesk/gui/team_dialog.py" line="247"/>
        <source>no exchange yet</source>
        <translation>no exchange yet</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/team_dialog.py" line="255"/>
        <source>last exchange %1</source>
        <translation>last exchange %1</translation>
    </message>
</context>
<context>
    <name>VerificationQueue</name>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="80"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>Still needs</source>
        <translation>Still needs</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="81"/>
        <source>Whom to call</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="82"/>
        <source>Claims to verify</source>
        <translation>Claims to verify</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="84"/>
        <source>No claims wait for verification. When a release is announced, use “Announced list of releases…” to match the list with the people held: each match becomes a claim here, verified once two independent sources confirm it.</source>
        <translation>No claims wait for verification. When a release is announced, use “Announced list of releases…” to match the list with the people held: each match becomes a claim here, verified once two independent sources confirm it.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="87"/>
        <source>Add a checked &amp;source…</source>
        <translation>Add a checked &amp;source…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="88"/>
        <source>Da&amp;te of the claim…</source>
        <translation>Da&amp;te of the claim…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="89"/>
        <source>Mark ve&amp;rified</source>
        <translation>Mark ve&amp;rified</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="90"/>
        <source>&amp;Disputed…</source>
        <translation>&amp;Disputed…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="91"/>
        <source>Re&amp;tracted…</source>
        <translation>Re&amp;tracted…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="92"/>
        <source>Announced &amp;list of releases…</source>
        <translation>Announced &amp;list of releases…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="93"/>
        <source>Release trac&amp;ker…</source>
        <translation>Release trac&amp;ker…</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="106"/>
        <source>Not yet: the “Still needs” column says what is missing.</source>
        <translation>Not yet: the “Still needs” column says what is missing.</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="154"/>
        <source>Date of the claim</source>
        <translation>Date of the claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="155"/>
        <source>The date it happened (dd/mm/yyyy):</source>
        <translation>The date it happened (dd/mm/yyyy):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="169"/>
        <source>Close the claim</source>
        <translation>Close the claim</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="169"/>
        <source>Why (for the record):</source>
        <translation>Why (for the record):</translation>
    </message>
    <message>
        <location filename="../../casedesk/gui/verification_queue.py" line="189"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
</TS>
