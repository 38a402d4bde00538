<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>CollaboratorsModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <source>Shared with %1 families</source>
        <translation>Delt med %1 familier</translation>
    </message>
</context>
<context>
    <name>CollaboratorsPanel</name>
    <message>
        <source>&amp;Add or link…</source>
        <translation>&amp;Tilføj eller knyt…</translation>
    </message>
    <message>
        <source>Add a collaborator or link one already in the register</source>
        <translation>Tilføj en samarbejdspartner, eller knyt en, der allerede er i registret</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Remove from family…</source>
        <translation>&amp;Fjern fra familien…</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Collaborators are shared between families: an edit applies to every family they work with. Removing one from this family keeps them in the register.</source>
        <translation>Samarbejdspartnere deles mellem familier: en ændring gælder alle familier, de arbejder med. Fjernes en fra denne familie, bliver vedkommende i registret.</translation>
    </message>
    <message>
        <source>Remove collaborator</source>
        <translation>Fjern samarbejdspartner</translation>
    </message>
    <message>
        <source>Remove %1 from this family? They stay in the register.</source>
        <translation>Fjern %1 fra denne familie? Vedkommende bliver i registret.</translation>
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
        <translation>DD-MM-ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY; Ctrl+T for today</source>
        <translation>Skriv en dato som DD-MM-ÅÅÅÅ; Ctrl+T for i dag</translation>
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
        <translation>Afslut familiens sag</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Slutdato:</translation>
    </message>
    <message>
        <source>On which day does the family&apos;s course end?</source>
        <translation>Hvilken dag slutter familiens forløb?</translation>
    </message>
    <message>
        <source>Not a date: type DD-MM-YYYY.</source>
        <translation>Ikke en dato: skriv DD-MM-ÅÅÅÅ.</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Vælg en værdi på listen.</translation>
    </message>
    <message>
        <source>A closed family needs an end date.</source>
        <translation>En afsluttet familie skal have en slutdato.</translation>
    </message>
    <message>
        <source>Must not be before the start date (%1).</source>
        <translation>Må ikke ligge før startdatoen (%1).</translation>
    </message>
    <message>
        <source>Another family already has the reference %1.</source>
        <translation>En anden familie har allerede sagsnummeret %1.</translation>
    </message>
    <message>
        <source>Not a CPR number: type DDMMYY-NNNN (ten digits).</source>
        <translation>Ikke et CPR-nummer: skriv DDMMÅÅ-NNNN (ti cifre).</translation>
    </message>
    <message>
        <source>Not a CPR number: the first six digits are not a real date.</source>
        <translation>Ikke et CPR-nummer: de første seks cifre er ikke en rigtig dato.</translation>
    </message>
    <message>
        <source>Does not match the CPR number (%1).</source>
        <translation>Passer ikke med CPR-nummeret (%1).</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>A phone number holds digits, spaces, + and - only.</source>
        <translation>Et telefonnummer må kun indeholde cifre, mellemrum, + og -.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.dk).</source>
        <translation>Ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>Only a child can be placed.</source>
        <translation>Kun et barn kan være anbragt.</translation>
    </message>
    <message>
        <source>The placement cannot start before the child was born.</source>
        <translation>Anbringelsen kan ikke begynde, før barnet er født.</translation>
    </message>
    <message>
        <source>A new placement cannot start before the current one (%1).</source>
        <translation>En ny anbringelse kan ikke begynde før den nuværende (%1).</translation>
    </message>
    <message>
        <source>Not a date: type DD-MM-YYYY.</source>
        <translation>Ikke en dato: skriv DD-MM-ÅÅÅÅ.</translation>
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
        <translation>Sag</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Målgruppe:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Sagsnummer:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Familiebehandler:</translation>
    </message>
    <message>
        <source>Family-treatment worker</source>
        <translation>Familiebehandler</translation>
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
        <translation>Ind&amp;sats:</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>St&amp;artdato:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>Slut&amp;dato:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Risk of placement</source>
        <translation>Risiko for anbringelse</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>Risk of placement outside the home</source>
        <translation>Risiko for anbringelse uden for hjemmet</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s case number</source>
        <translation>fx kommunens sagsnummer</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Intet program</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (ikke i kataloget)</translation>
    </message>
    <message>
        <source>Choose the programme the family&apos;s treatment follows, if any.</source>
        <translation>Vælg det program, familiens behandling følger, hvis der er et.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
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
        <source>Parent action plans (forældrehandleplaner) will be kept here: goals in the parents&apos; own words, steps, and reviews with 0–10 scores. Not available yet.</source>
        <translation>Her samles forældrehandleplaner: mål med forældrenes egne ord, delmål og opfølgninger med scorer fra 0 til 10. Endnu ikke tilgængeligt.</translation>
    </message>
    <message>
        <source>The log of contacts with the family will be kept here: home visits, supervised contact, network meetings and their notes. Not available yet.</source>
        <translation>Her føres loggen over kontakter med familien: hjemmebesøg, overvåget samvær, netværksmøder og journalnotater. Endnu ikke tilgængeligt.</translation>
    </message>
    <message>
        <source>Outcome measurements (WHO-5 and 0–10 scales) and their development over time will be shown here. Not available yet.</source>
        <translation>Her vises effektmålinger (WHO-5 og 0–10-skalaer) og deres udvikling over tid. Endnu ikke tilgængeligt.</translation>
    </message>
    <message>
        <source>Choose a family in the list, or create a new one (Ctrl+N).</source>
        <translation>Vælg en familie på listen, eller opret en ny (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the family (Ctrl+S)</source>
        <translation>Gem familien (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo last edit</source>
        <translation>&amp;Fortryd seneste ændring</translation>
    </message>
    <message>
        <source>Put back the field changed last (Ctrl+Alt+Z)</source>
        <translation>Sæt det senest ændrede felt tilbage (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Delete family…</source>
        <translation>Slet familie…</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>Risk of placement</source>
        <translation>Risiko for anbringelse</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tilføj medlem</translation>
    </message>
    <message>
        <source>Add collaborator</source>
        <translation>Tilføj samarbejdspartner</translation>
    </message>
    <message>
        <source>Undo last edit</source>
        <translation>Fortryd seneste ændring</translation>
    </message>
    <message>
        <source>This family no longer exists; it may have been deleted.</source>
        <translation>Familien findes ikke længere; den kan være slettet.</translation>
    </message>
    <message>
        <source>Delete family</source>
        <translation>Slet familie</translation>
    </message>
    <message>
        <source>Delete the family %1 (%2) with its members, plans and sessions? This cannot be undone.</source>
        <translation>Slet familien %1 (%2) med medlemmer, planer og samtaler? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Ikke gemt: ret felterne markeret med rødt.</translation>
    </message>
    <message>
        <source>Save the new family first.</source>
        <translation>Gem den nye familie først.</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Ny familie</translation>
    </message>
    <message>
        <source>Fill in the reference and name, then save (Ctrl+S).</source>
        <translation>Udfyld sagsnummer og navn, og gem (Ctrl+S).</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Behandler: %1</translation>
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
        <translation>Rediger medlem</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tilføj medlem</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Placement outside the home</source>
        <translation>Anbringelse uden for hjemmet</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>F&amp;ornavn:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>Anbragt:</translation>
    </message>
    <message>
        <source>Placed outside the home</source>
        <translation>Anbragt uden for hjemmet</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Anbringelsestype</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>A&amp;nbringelsessted:</translation>
    </message>
    <message>
        <source>Placement site</source>
        <translation>Anbringelsessted</translation>
    </message>
    <message>
        <source>Si&amp;nce:</source>
        <translation>Si&amp;den:</translation>
    </message>
    <message>
        <source>Placed since</source>
        <translation>Anbragt siden</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>Sl&amp;uttede:</translation>
    </message>
    <message>
        <source>Placement ended on</source>
        <translation>Anbringelsen sluttede</translation>
    </message>
    <message>
        <source>The child lives in a &amp;placement</source>
        <translation>Barnet er &amp;anbragt</translation>
    </message>
    <message>
        <source>Earlier placements:</source>
        <translation>Tidligere anbringelser:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Earlier placements</source>
        <translation>Tidligere anbringelser</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Optional. The birth date is taken from it.</source>
        <translation>Valgfrit. Fødselsdatoen hentes herfra.</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Født %1</translation>
    </message>
    <message>
        <source>substitute number (erstatningsnummer)</source>
        <translation>erstatningsnummer</translation>
    </message>
    <message>
        <source>fails the modulus-11 check: accepted, numbers issued since 2007 may</source>
        <translation>består ikke modulus 11-kontrollen: godkendt, det kan numre udstedt siden 2007</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Anbringelse</translation>
    </message>
    <message>
        <source>(substitute)</source>
        <translation>(erstatningsnummer)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (siden %2)</translation>
    </message>
    <message>
        <source>Fails the modulus-11 check: accepted (issued since 2007).</source>
        <translation>Består ikke modulus 11-kontrollen: godkendt (udstedt siden 2007).</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Født %1</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Tilføj medlem…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+Shift+M)</source>
        <translation>Tilføj et medlem (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter)</source>
        <translation>Rediger det valgte medlem (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the selected member (Del)</source>
        <translation>Slet det valgte medlem (Del)</translation>
    </message>
    <message>
        <source>Show CPR &amp;numbers</source>
        <translation>Vis CPR-&amp;numre</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <source>Ages are computed from the birth date. CPR numbers are masked until shown.</source>
        <translation>Alder beregnes ud fra fødselsdatoen. CPR-numre er skjult, indtil de vises.</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Slet medlem</translation>
    </message>
    <message>
        <source>Delete %1 from the family? This cannot be undone.</source>
        <translation>Slet %1 fra familien? Det kan ikke fortrydes.</translation>
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
        <translation>Rediger samarbejdspartner</translation>
    </message>
    <message>
        <source>Add collaborator</source>
        <translation>Tilføj samarbejdspartner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Skriv for at finde en, der allerede er i registret</translation>
    </message>
    <message>
        <source>%1 is already in the register. OK links this collaborator to the family; no copy is made.</source>
        <translation>%1 findes allerede i registret. OK knytter samarbejdspartneren til familien; der laves ingen kopi.</translation>
    </message>
    <message>
        <source>Shared with %1 families: changes here apply to all of them.</source>
        <translation>Delt med %1 familier: ændringer her gælder dem alle.</translation>
    </message>
    <message>
        <source>Changes apply wherever this collaborator is used.</source>
        <translation>Ændringer gælder alle steder, hvor samarbejdspartneren indgår.</translation>
    </message>
    <message>
        <source>Start typing a name: collaborators already in the register are offered, so the same person is not entered twice.</source>
        <translation>Begynd at skrive et navn: samarbejdspartnere, der allerede er i registret, bliver foreslået, så den samme person ikke oprettes to gange.</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>I hjemmet</translation>
    </message>
    <message>
        <source>Residential stay</source>
        <translation>Døgnophold</translation>
    </message>
    <message>
        <source>Support for parents of a placed child</source>
        <translation>Støtte til forældre med anbragt barn</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Forebyggende</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Far</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Papforælder</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Plejeforælder</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Værge</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Søskende</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Foster family</source>
        <translation>Plejefamilie</translation>
    </message>
    <message>
        <source>Network foster family</source>
        <translation>Netværksplejefamilie</translation>
    </message>
    <message>
        <source>Residential institution</source>
        <translation>Døgninstitution</translation>
    </message>
    <message>
        <source>Socio-educational home</source>
        <translation>Socialpædagogisk opholdssted</translation>
    </message>
    <message>
        <source>Own room / lodging</source>
        <translation>Eget værelse / kollegium</translation>
    </message>
    <message>
        <source>Other placement</source>
        <translation>Anden anbringelse</translation>
    </message>
    <message>
        <source>Municipal caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Health visitor</source>
        <translation>Sundhedsplejerske</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Placement site contact</source>
        <translation>Kontakt på anbringelsessted</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Læge</translation>
    </message>
    <message>
        <source>Day care</source>
        <translation>Dagtilbud</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mdr.</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
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
