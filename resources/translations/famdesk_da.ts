<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>CollaboratorsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Familier</translation>
    </message>
    <message>
        <source>Shared with %1 families</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollaboratorsPanel</name>
    <message>
        <source>&amp;Add or link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a collaborator or link one already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation type="unfinished">Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Collaborators are shared between families: an edit applies to every family they work with. Removing one from this family keeps them in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove collaborator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this family? They stay in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingLaterPanel</name>
    <message>
        <source>The family&apos;s members, their roles and placements will be shown here.</source>
        <translation>Familiens medlemmer, deres roller og anbringelser vises her.</translation>
    </message>
    <message>
        <source>The professionals the family works with will be listed here.</source>
        <translation>De fagpersoner, familien samarbejder med, vises her.</translation>
    </message>
    <message>
        <source>Parent action plans, goals and reviews will be shown here.</source>
        <translation>Forældrehandleplaner, mål og opfølgninger vises her.</translation>
    </message>
    <message>
        <source>The log of contacts and session notes will be shown here.</source>
        <translation>Kontakter og journalnotater vises her.</translation>
    </message>
    <message>
        <source>Outcome measurements and their trends will be shown here.</source>
        <translation>Effektmålinger og deres udvikling vises her.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY; Ctrl+T for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgressDialog</name>
    <message>
        <source>Creating demo database</source>
        <translation>Opretter demodatabase</translation>
    </message>
    <message>
        <source>Creating fictitious families, plans and sessions…</source>
        <translation>Opretter fiktive familier, planer og samtaler…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatabase</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Demodata kunne ikke oprettes: %1</translation>
    </message>
</context>
<context>
    <name>EndDateDialog</name>
    <message>
        <source>Close the family&apos;s case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which day does the family&apos;s course end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type DD-MM-YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed family needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be before the start date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another family already has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CPR number: type DDMMYY-NNNN (ten digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a CPR number: the first six digits are not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the CPR number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, + and - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.dk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a child can be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement cannot start before the child was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new placement cannot start before the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type DD-MM-YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesModel</name>
    <message>
        <source>Reference</source>
        <extracomment>The role that carries a row&apos;s family uid. Emitted after a page has been added: (rows loaded, rows matching).</extracomment>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>The review was due on %1 and is overdue.</source>
        <translation>Opfølgningen skulle have været holdt %1 og er overskredet.</translation>
    </message>
</context>
<context>
    <name>FamilyForm</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Sagsnr.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-treatment worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Settin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished">Indsats</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of placement outside the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the programme the family&apos;s treatment follows, if any.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished">Overblik</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished">Medlemmer</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation type="unfinished">Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished">Planer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished">Samtaler</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished">Effekt</translation>
    </message>
    <message>
        <source>Parent action plans (forældrehandleplaner) will be kept here: goals in the parents&apos; own words, steps, and reviews with 0–10 scores. Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of contacts with the family will be kept here: home visits, supervised contact, network meetings and their notes. Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measurements (WHO-5 and 0–10 scales) and their development over time will be shown here. Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family in the list, or create a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Gem</translation>
    </message>
    <message>
        <source>Save the family (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the field changed last (Ctrl+Alt+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add collaborator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the family %1 (%2) with its members, plans and sessions? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the reference and name, then save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>famdesk — family treatment</source>
        <extracomment>Emitted once the families list shows its first page (rows shown). Backups, audit log and the like add their actions here.</extracomment>
        <translation>famdesk — familiebehandling</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <source>Search reference or name (Ctrl+F)</source>
        <translation>Søg på sagsnr. eller navn (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Vær&amp;ktøjer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;New family</source>
        <translation>&amp;Ny familie</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Find family</source>
        <translation>&amp;Find familie</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemets sprog</translation>
    </message>
    <message>
        <source>&amp;About famdesk</source>
        <translation>&amp;Om famdesk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>Den åbne database</translation>
    </message>
    <message numerus="yes">
        <source>%n family(s) match</source>
        <translation>
            <numerusform>%n familie passer</numerusform>
            <numerusform>%n familier passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n familie</numerusform>
            <numerusform>%n familier</numerusform>
        </translation>
    </message>
    <message>
        <source>No family matches “%1”.</source>
        <translation>Ingen familie passer på “%1”.</translation>
    </message>
    <message>
        <source>No families yet — press Ctrl+N to add the first one.</source>
        <translation>Ingen familier endnu — tryk Ctrl+N for at oprette den første.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <source>The family has changes that are not saved. Save them?</source>
        <translation>Familien har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
        <source>About famdesk</source>
        <translation>Om famdesk</translation>
    </message>
    <message>
        <source>famdesk %1

Case support for family-treatment workers: parent action plans, contact logs, outcomes and reports, encrypted on this computer.</source>
        <translation>famdesk %1

Sagsstøtte til familiebehandlere: forældrehandleplaner, kontaktlog, effektmåling og rapporter, krypteret på denne computer.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement outside the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed outside the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child lives in a &amp;placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier placements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The birth date is taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute number (erstatningsnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails the modulus-11 check: accepted, numbers issued since 2007 may</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(substitute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails the modulus-11 check: accepted (issued since 2007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected member (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show CPR &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages are computed from the birth date. CPR numbers are masked until shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the family? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Choose a family in the list to see it here.</source>
        <extracomment>Keys of the detail tabs, in order; ``replace_tab`` takes one of them.</extracomment>
        <translation>Vælg en familie på listen for at se den her.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Sagsnr.:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Indsats:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdato:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Næste opfølgning:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Medlemmer:</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ingen planlagt</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Edit collaborator</source>
        <extracomment>Set when the user picked an existing collaborator to link.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add collaborator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find someone already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the register. OK links this collaborator to the family; no copy is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with %1 families: changes here apply to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply wherever this collaborator is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name: collaborators already in the register are offered, so the same person is not entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to famdesk</source>
        <translation>Velkommen til famdesk</translation>
    </message>
    <message>
        <source>There is no famdesk database here yet:</source>
        <translation>Der er endnu ingen famdesk-database her:</translation>
    </message>
    <message>
        <source>Create a demo database (fictitious families)</source>
        <translation>Opret demodatabase (fiktive familier)</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Opret tom database</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Åbn en anden fil…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Open a famdesk database</source>
        <translation>Åbn en famdesk-database</translation>
    </message>
    <message>
        <source>famdesk databases (*.db *.famdesk);;All files (*)</source>
        <translation>famdesk-databaser (*.db *.famdesk);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new database. Everything in it is encrypted with this passphrase, and it cannot be recovered if you forget it.</source>
        <translation>Vælg en adgangsfrase til den nye database. Alt i den krypteres med adgangsfrasen, og den kan ikke genskabes, hvis du glemmer den.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Lås database op</translation>
    </message>
    <message>
        <source>Enter the passphrase for the database:</source>
        <translation>Skriv adgangsfrasen til databasen:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Adgangsfrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Gentag adgangsfrase:</translation>
    </message>
    <message>
        <source>At least %1 characters. A short sentence is easy to remember.</source>
        <translation>Mindst %1 tegn. En kort sætning er let at huske.</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Styrke: svag</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Styrke: middel</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Styrke: stærk</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Skriv adgangsfrasen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Adgangsfrasen skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangsfraser er ikke ens.</translation>
    </message>
</context>
<context>
    <name>VocabularyLabels</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for parents of a placed child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network foster family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-educational home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own room / lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement site contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Wrong passphrase</source>
        <translation>Forkert adgangsfrase</translation>
    </message>
    <message>
        <source>The database is already open in another famdesk window. Close it there first.</source>
        <translation>Databasen er allerede åben i et andet famdesk-vindue. Luk den der først.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of famdesk. Install the newer version to open it.</source>
        <translation>%1 er skrevet af en nyere version af famdesk. Installer den nyere version for at åbne den.</translation>
    </message>
    <message>
        <source>%1 is not a famdesk database.</source>
        <translation>%1 er ikke en famdesk-database.</translation>
    </message>
    <message>
        <source>There is no famdesk database at %1.</source>
        <translation>Der er ingen famdesk-database i %1.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
</context>
</TS>
