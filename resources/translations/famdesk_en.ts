<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CollaboratorsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Shared with %1 families</source>
        <translation>Shared with %1 families</translation>
    </message>
</context>
<context>
    <name>CollaboratorsPanel</name>
    <message>
        <source>&amp;Add or link…</source>
        <translation>&amp;Add or link…</translation>
    </message>
    <message>
        <source>Add a collaborator or link one already in the register</source>
        <translation>Add a collaborator or link one already in the register</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove from family…</source>
        <translation>&amp;Remove from family…</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Collaborators</translation>
    </message>
    <message>
        <source>Collaborators are shared between families: an edit applies to every family they work with. Removing one from this family keeps them in the register.</source>
        <translation>Collaborators are shared between families: an edit applies to every family they work with. Removing one from this family keeps them in the register.</translation>
    </message>
    <message>
        <source>Remove collaborator</source>
        <translation>Remove collaborator</translation>
    </message>
    <message>
        <source>Remove %1 from this family? They stay in the register.</source>
        <translation>Remove %1 from this family? They stay in the register.</translation>
    </message>
</context>
<context>
    <name>ComingLaterPanel</name>
    <message>
        <source>The family&apos;s members, their roles and placements will be shown here.</source>
        <translation>The family&apos;s members, their roles and placements will be shown here.</translation>
    </message>
    <message>
        <source>The professionals the family works with will be listed here.</source>
        <translation>The professionals the family works with will be listed here.</translation>
    </message>
    <message>
        <source>Parent action plans, goals and reviews will be shown here.</source>
        <translation>Parent action plans, goals and reviews will be shown here.</translation>
    </message>
    <message>
        <source>The log of contacts and session notes will be shown here.</source>
        <translation>The log of contacts and session notes will be shown here.</translation>
    </message>
    <message>
        <source>Outcome measurements and their trends will be shown here.</source>
        <translation>Outcome measurements and their trends will be shown here.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY; Ctrl+T for today</source>
        <translation>Type a date as DD-MM-YYYY; Ctrl+T for today</translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Creating demo database</source>
        <translation>Creating demo database</translation>
    </message>
    <message>
        <source>Creating fictitious families, plans and sessions…</source>
        <translation>Creating fictitious families, plans and sessions…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>The demo data could not be created: %1</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <source>Close the family&apos;s case</source>
        <translation>Close the family&apos;s case</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>On which day does the family&apos;s course end?</source>
        <translation>On which day does the family&apos;s course end?</translation>
    </message>
    <message>
        <source>Not a date: type DD-MM-YYYY.</source>
        <translation>Not a date: type DD-MM-YYYY.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>A closed family needs an end date.</source>
        <translation>A closed family needs an end date.</translation>
    </message>
    <message>
        <source>Must not be before the start date (%1).</source>
        <translation>Must not be before the start date (%1).</translation>
    </message>
    <message>
        <source>Another family already has the reference %1.</source>
        <translation>Another family already has the reference %1.</translation>
    </message>
    <message>
        <source>Not a CPR number: type DDMMYY-NNNN (ten digits).</source>
        <translation>Not a CPR number: type DDMMYY-NNNN (ten digits).</translation>
    </message>
    <message>
        <source>Not a CPR number: the first six digits are not a real date.</source>
        <translation>Not a CPR number: the first six digits are not a real date.</translation>
    </message>
    <message>
        <source>Does not match the CPR number (%1).</source>
        <translation>Does not match the CPR number (%1).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, + and - only.</source>
        <translation>A phone number holds digits, spaces, + and - only.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.dk).</source>
        <translation>Not an e-mail address (name@example.dk).</translation>
    </message>
    <message>
        <source>Only a child can be placed.</source>
        <translation>Only a child can be placed.</translation>
    </message>
    <message>
        <source>The placement cannot start before the child was born.</source>
        <translation>The placement cannot start before the child was born.</translation>
    </message>
    <message>
        <source>A new placement cannot start before the current one (%1).</source>
        <translation>A new placement cannot start before the current one (%1).</translation>
    </message>
    <message>
        <source>Not a date: type DD-MM-YYYY.</source>
        <translation>Not a date: type DD-MM-YYYY.</translation>
    </message>
</context>
<context>
    <name>FamiliesModel</name>
    <message>
        <source>Reference</source>
        <extracomment>The role that carries a row&apos;s family uid. Emitted after a page has been added: (rows loaded, rows matching).</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>The review was due on %1 and is overdue.</source>
        <translation>The review was due on %1 and is overdue.</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>Family-treatment worker</source>
        <translation>Family-treatment worker</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Settin&amp;g:</source>
        <translation>Settin&amp;g:</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>St&amp;art date:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>En&amp;d date:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <source>Risk of placement</source>
        <translation>Risk of placement</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Risk of placement outside the home</source>
        <translation>Risk of placement outside the home</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s case number</source>
        <translation>e.g. the municipality&apos;s case number</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (not in the catalogue)</translation>
    </message>
    <message>
        <source>Choose the programme the family&apos;s treatment follows, if any.</source>
        <translation>Choose the programme the family&apos;s treatment follows, if any.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Collaborators</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Parent action plans (forældrehandleplaner) will be kept here: goals in the parents&apos; own words, steps, and reviews with 0–10 scores. Not available yet.</source>
        <translation>Parent action plans (forældrehandleplaner) will be kept here: goals in the parents&apos; own words, steps, and reviews with 0–10 scores. Not available yet.</translation>
    </message>
    <message>
        <source>The log of contacts with the family will be kept here: home visits, supervised contact, network meetings and their notes. Not available yet.</source>
        <translation>The log of contacts with the family will be kept here: home visits, supervised contact, network meetings and their notes. Not available yet.</translation>
    </message>
    <message>
        <source>Outcome measurements (WHO-5 and 0–10 scales) and their development over time will be shown here. Not available yet.</source>
        <translation>Outcome measurements (WHO-5 and 0–10 scales) and their development over time will be shown here. Not available yet.</translation>
    </message>
    <message>
        <source>Choose a family in the list, or create a new one (Ctrl+N).</source>
        <translation>Choose a family in the list, or create a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the family (Ctrl+S)</source>
        <translation>Save the family (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo last edit</source>
        <translation>&amp;Undo last edit</translation>
    </message>
    <message>
        <source>Put back the field changed last (Ctrl+Alt+Z)</source>
        <translation>Put back the field changed last (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Delete family…</source>
        <translation>Delete family…</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>Risk of placement</source>
        <translation>Risk of placement</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Add collaborator</source>
        <translation>Add collaborator</translation>
    </message>
    <message>
        <source>Undo last edit</source>
        <translation>Undo last edit</translation>
    </message>
    <message>
        <source>This family no longer exists; it may have been deleted.</source>
        <translation>This family no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>Delete family</source>
        <translation>Delete family</translation>
    </message>
    <message>
        <source>Delete the family %1 (%2) with its members, plans and sessions? This cannot be undone.</source>
        <translation>Delete the family %1 (%2) with its members, plans and sessions? This cannot be undone.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Save the new family first.</source>
        <translation>Save the new family first.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Fill in the reference and name, then save (Ctrl+S).</source>
        <translation>Fill in the reference and name, then save (Ctrl+S).</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Worker: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>famdesk — family treatment</source>
        <extracomment>Emitted once the families list shows its first page (rows shown). Backups, audit log and the like add their actions here.</extracomment>
        <translation>famdesk — family treatment</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Search reference or name (Ctrl+F)</source>
        <translation>Search reference or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;New family</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation>&amp;Find family</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;System language</translation>
    </message>
    <message>
        <source>&amp;About famdesk</source>
        <translation>&amp;About famdesk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Collaborators</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>The open database</translation>
    </message>
    <message numerus="yes">
        <source>%n family(s) match</source>
        <translation>
            <numerusform>%n family matches</numerusform>
            <numerusform>%n families match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message>
        <source>No family matches “%1”.</source>
        <translation>No family matches “%1”.</translation>
    </message>
    <message>
        <source>No families yet — press Ctrl+N to add the first one.</source>
        <translation>No families yet — press Ctrl+N to add the first one.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The family has changes that are not saved. Save them?</source>
        <translation>The family has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>About famdesk</source>
        <translation>About famdesk</translation>
    </message>
    <message>
        <source>famdesk %1

Case support for family-treatment workers: parent action plans, contact logs, outcomes and reports, encrypted on this computer.</source>
        <translation>famdesk %1

Case support for family-treatment workers: parent action plans, contact logs, outcomes and reports, encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Placement outside the home</source>
        <translation>Placement outside the home</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>Placed:</translation>
    </message>
    <message>
        <source>Placed outside the home</source>
        <translation>Placed outside the home</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placement type</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Placement site</source>
        <translation>Placement site</translation>
    </message>
    <message>
        <source>Si&amp;nce:</source>
        <translation>Si&amp;nce:</translation>
    </message>
    <message>
        <source>Placed since</source>
        <translation>Placed since</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Ended on:</translation>
    </message>
    <message>
        <source>Placement ended on</source>
        <translation>Placement ended on</translation>
    </message>
    <message>
        <source>The child lives in a &amp;placement</source>
        <translation>The child lives in a &amp;placement</translation>
    </message>
    <message>
        <source>Earlier placements:</source>
        <translation>Earlier placements:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Earlier placements</source>
        <translation>Earlier placements</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Optional. The birth date is taken from it.</source>
        <translation>Optional. The birth date is taken from it.</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <source>substitute number (erstatningsnummer)</source>
        <translation>substitute number (erstatningsnummer)</translation>
    </message>
    <message>
        <source>fails the modulus-11 check: accepted, numbers issued since 2007 may</source>
        <translation>fails the modulus-11 check: accepted, numbers issued since 2007 may</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>(substitute)</source>
        <translation>(substitute)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>Fails the modulus-11 check: accepted (issued since 2007).</source>
        <translation>Fails the modulus-11 check: accepted (issued since 2007).</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Shift+M)</source>
        <translation>Add a member (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation>Edit the selected member (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected member (Del)</source>
        <translation>Delete the selected member (Del)</translation>
    </message>
    <message>
        <source>Show CPR &amp;numbers</source>
        <translation>Show CPR &amp;numbers</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Ages are computed from the birth date. CPR numbers are masked until shown.</source>
        <translation>Ages are computed from the birth date. CPR numbers are masked until shown.</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <source>Delete %1 from the family? This cannot be undone.</source>
        <translation>Delete %1 from the family? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Choose a family in the list to see it here.</source>
        <extracomment>Keys of the detail tabs, in order; ``replace_tab`` takes one of them.</extracomment>
        <translation>Choose a family in the list to see it here.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Next review:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>None planned</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Edit collaborator</source>
        <extracomment>Set when the user picked an existing collaborator to link.</extracomment>
        <translation>Edit collaborator</translation>
    </message>
    <message>
        <source>Add collaborator</source>
        <translation>Add collaborator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type to find someone already in the register</source>
        <translation>Type to find someone already in the register</translation>
    </message>
    <message>
        <source>%1 is already in the register. OK links this collaborator to the family; no copy is made.</source>
        <translation>%1 is already in the register. OK links this collaborator to the family; no copy is made.</translation>
    </message>
    <message>
        <source>Shared with %1 families: changes here apply to all of them.</source>
        <translation>Shared with %1 families: changes here apply to all of them.</translation>
    </message>
    <message>
        <source>Changes apply wherever this collaborator is used.</source>
        <translation>Changes apply wherever this collaborator is used.</translation>
    </message>
    <message>
        <source>Start typing a name: collaborators already in the register are offered, so the same person is not entered twice.</source>
        <translation>Start typing a name: collaborators already in the register are offered, so the same person is not entered twice.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to famdesk</source>
        <translation>Welcome to famdesk</translation>
    </message>
    <message>
        <source>There is no famdesk database here yet:</source>
        <translation>There is no famdesk database here yet:</translation>
    </message>
    <message>
        <source>Create a demo database (fictitious families)</source>
        <translation>Create a demo database (fictitious families)</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Create an empty database</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open a famdesk database</source>
        <translation>Open a famdesk database</translation>
    </message>
    <message>
        <source>famdesk databases (*.db *.famdesk);;All files (*)</source>
        <translation>famdesk databases (*.db *.famdesk);;All files (*)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new database. Everything in it is encrypted with this passphrase, and it cannot be recovered if you forget it.</source>
        <translation>Choose a passphrase for the new database. Everything in it is encrypted with this passphrase, and it cannot be recovered if you forget it.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Unlock database</translation>
    </message>
    <message>
        <source>Enter the passphrase for the database:</source>
        <translation>Enter the passphrase for the database:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repeat passphrase:</translation>
    </message>
    <message>
        <source>At least %1 characters. A short sentence is easy to remember.</source>
        <translation>At least %1 characters. A short sentence is easy to remember.</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Strength: weak</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>The passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>VocabularyLabels</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Residential stay</source>
        <translation>Residential stay</translation>
    </message>
    <message>
        <source>Support for parents of a placed child</source>
        <translation>Support for parents of a placed child</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Preventive</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Step-parent</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Foster parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>Foster family</translation>
    </message>
    <message>
        <source>Network foster family</source>
        <translation>Network foster family</translation>
    </message>
    <message>
        <source>Residential institution</source>
        <translation>Residential institution</translation>
    </message>
    <message>
        <source>Socio-educational home</source>
        <translation>Socio-educational home</translation>
    </message>
    <message>
        <source>Own room / lodging</source>
        <translation>Own room / lodging</translation>
    </message>
    <message>
        <source>Other placement</source>
        <translation>Other placement</translation>
    </message>
    <message>
        <source>Municipal caseworker</source>
        <translation>Municipal caseworker</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Health visitor</source>
        <translation>Health visitor</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Placement site contact</source>
        <translation>Placement site contact</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Day care</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Wrong passphrase</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>The database is already open in another famdesk window. Close it there first.</source>
        <translation>The database is already open in another famdesk window. Close it there first.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of famdesk. Install the newer version to open it.</source>
        <translation>%1 was written by a newer version of famdesk. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>%1 is not a famdesk database.</source>
        <translation>%1 is not a famdesk database.</translation>
    </message>
    <message>
        <source>There is no famdesk database at %1.</source>
        <translation>There is no famdesk database at %1.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
</TS>
