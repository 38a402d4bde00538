<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Skriv tilføjelse</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <source>The note is finalized and stays as it is. The addendum is dated today and shown below the note as added after finalizing.</source>
        <translation>Notatet er afsluttet og forbliver uændret. Tilføjelsen dateres i dag og vises under notatet som tilføjet efter afslutning.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>%1 months</source>
        <extracomment>What a form can be told is wrong: a refusal, one field&apos;s problem, or several.</extracomment>
        <translation>%1 mdr.</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <source>Agenda</source>
        <extracomment>The family uid of a double-clicked item. The .ics written by an export (after the thread pool&apos;s work, on the GUI thread). The sentence shown when an export failed.</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Forrige uge</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Næste uge ›</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Eksportér til kalender (.ics)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Uge %1: %2 – %3</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>I morgen, %1</translation>
    </message>
    <message>
        <source>Plan review: %1</source>
        <translation>Opfølgning på forældrehandleplan: %1</translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the support</source>
        <translation>Opfølgning nr. %1 på indsatsen</translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the placement of %2</source>
        <translation>Opfølgning nr. %1 på anbringelsen af %2</translation>
    </message>
    <message>
        <source>Conversation with %1 before the placement site is decided</source>
        <translation>Børnesamtale med %1 før afgørelsen om anbringelsessted</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overskredet (%n)</numerusform>
            <numerusform>Overskredet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · nothing planned</source>
        <translation>%1 · intet planlagt</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Intet planlagt i denne uge.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) this week</source>
        <translation>
            <numerusform>%n aftale denne uge</numerusform>
            <numerusform>%n aftaler denne uge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredne</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Eksportér til kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Kalenderfilen skrives…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Kalenderfilen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalender eksporteret</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n aftale skrevet til %1.</numerusform>
            <numerusform>%n aftaler skrevet til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the plan</source>
        <translation>Aftal planen</translation>
    </message>
    <message>
        <source>Agree “%1”</source>
        <translation>Aftal »%1«</translation>
    </message>
    <message>
        <source>When the parents and you agree the plan:</source>
        <translation>Når forældrene og du aftaler planen:</translation>
    </message>
    <message>
        <source>• this version is frozen: steps can still be ticked off, goals marked reached or dropped, and reviews added;</source>
        <translation>• låses denne version: handlinger kan stadig krydses af, mål markeres som nået eller opgivet, og opfølgninger tilføjes;</translation>
    </message>
    <message>
        <source>• a later change makes a new version, and this one stays readable;</source>
        <translation>• bliver en senere ændring til en ny version, og denne kan stadig læses;</translation>
    </message>
    <message>
        <source>• print the agreed plan (Ctrl+P) for the parents to sign.</source>
        <translation>• udskriv den aftalte plan (Ctrl+P), så forældrene kan underskrive den.</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>&amp;Aftalt den</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>&amp;Næste opfølgning</translation>
    </message>
    <message>
        <source>Three months after the agreement, unless you choose another day.</source>
        <translation>Tre måneder efter aftalen, medmindre du vælger en anden dag.</translation>
    </message>
    <message>
        <source>A&amp;gree the plan</source>
        <translation>&amp;Aftal planen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>“%1” is empty: what does the child say, and what does the child need?</source>
        <translation>»%1« er tomt: hvad siger barnet, og hvad har barnet brug for?</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>»%1« er tomt.</translation>
    </message>
    <message>
        <source>No parent is chosen: the plan names the parents who sign it.</source>
        <translation>Ingen forælder er valgt: planen nævner de forældre, der underskriver den.</translation>
    </message>
    <message>
        <source>The goal “%1” has no target date.</source>
        <translation>Målet »%1« har ingen dato for, hvornår det skal være nået.</translation>
    </message>
    <message>
        <source>The goal “%1” has no baseline score (0–10) to follow progress from.</source>
        <translation>Målet »%1« har ingen udgangsskalering (0–10) at følge udviklingen fra.</translation>
    </message>
    <message>
        <source>The goal “%1” has no steps: who does what?</source>
        <translation>Målet »%1« har ingen handlinger: hvem gør hvad?</translation>
    </message>
    <message>
        <source>No date is set for the next review.</source>
        <translation>Der er ingen dato for næste opfølgning.</translation>
    </message>
    <message>
        <source>• %1: no conversation recorded</source>
        <translation>• %1: ingen børnesamtale registreret</translation>
    </message>
    <message>
        <source>• %1: the latest on %2</source>
        <translation>• %1: den seneste var %2</translation>
    </message>
    <message>
        <source>No conversation with the child (børnesamtale) is recorded in the three months before the agreement, since %1:</source>
        <translation>Der er ingen børnesamtale registreret i de tre måneder før aftalen, siden %1:</translation>
    </message>
    <message>
        <source>Consider talking with the child before the plan is agreed (Barnets lov § 5).</source>
        <translation>Overvej at tale med barnet, før planen aftales (Barnets lov § 5).</translation>
    </message>
    <message>
        <source>Before you agree, check what the plan still lacks:</source>
        <translation>Før I aftaler planen, så se, hvad den stadig mangler:</translation>
    </message>
    <message>
        <source>Nothing is missing: every section is filled in, every goal can be followed.</source>
        <translation>Intet mangler: alle afsnit er udfyldt, og alle mål kan følges.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Logning</translation>
    </message>
    <message>
        <source>Who did what, when, and to which record. The trail cannot be changed or deleted here; rows older than the retention period are removed automatically.</source>
        <translation>Hvem gjorde hvad, hvornår og ved hvilken post. Loggen kan ikke ændres eller slettes her; rækker ældre end opbevaringsperioden fjernes automatisk.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <source>Any time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Alle familier</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle brugere</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Export for this person…</source>
        <translation>Eksportér for denne person…</translation>
    </message>
    <message>
        <source>For a request for access: every row about the person or their family, in any period.</source>
        <translation>Til en anmodning om indsigt: alle rækker om personen eller personens familie, uanset periode.</translation>
    </message>
    <message>
        <source>Export shown rows…</source>
        <translation>Eksportér viste rækker…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n row(s) — scroll for more</source>
        <translation>
            <numerusform>Viser %1 af %n række — rul for flere</numerusform>
            <numerusform>Viser %1 af %n rækker — rul for flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family first.</source>
        <translation>Vælg først en familie.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Eksportér loggen</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;JSON file (*.json)</source>
        <translation>CSV-fil (*.csv);;JSON-fil (*.json)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n række eksporteret til %1</numerusform>
            <numerusform>%n rækker eksporteret til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Eksporten mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>AutosaveSupport</name>
    <message>
        <source>Recovered text</source>
        <translation>Gendannet tekst</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was recovered. Restore it?</source>
        <translation>Ikke-gemt tekst fra %1 blev fundet. Vil du gendanne den?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrolleret</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gendan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Mappe til sikkerhedskopier: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrolleret</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>IKKE kontrolleret</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>Tager sikkerhedskopi og kontrollerer den…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sikkerhedskopi skrevet og kontrolleret: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Sikkerhedskopieringen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>This backup holds %1 families; its last change was %2.

Restoring replaces the database you have open now. A copy of it is kept.</source>
        <translation>Denne sikkerhedskopi indeholder %1 familier; den seneste ændring var %2.

Gendannelsen erstatter den database, du har åben nu. Der gemmes en kopi af den.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Gendan denne sikkerhedskopi?</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>A placement that ends before it was meant to is a breakdown. Record it here, planned or not, with its cause: the stability figures count it.</source>
        <translation>En anbringelse, der slutter, før det var meningen, er et sammenbrud. Registrér det her, planlagt eller ej, med årsagen: stabilitetstallene tæller det med.</translation>
    </message>
    <message>
        <source>The placement &amp;broke down</source>
        <translation>Anbringelsen &amp;brød sammen</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Sammenbrud</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the breakdown</source>
        <translation>Dato for sammenbruddet</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Planlagt:</translation>
    </message>
    <message>
        <source>The ending was planned</source>
        <translation>Afslutningen var planlagt</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Cause of the breakdown</source>
        <translation>Årsag til sammenbruddet</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Notes on the breakdown</source>
        <translation>Noter om sammenbruddet</translation>
    </message>
    <message>
        <source>The ending was &amp;planned</source>
        <translation>Afslutningen var &amp;planlagt</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <extracomment>The candidate saved (its uid), once OK succeeded.</extracomment>
        <translation>Rediger kandidat</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Tilføj kandidat</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Fit (0–10):</source>
        <translation>&amp;Egnethed (0–10):</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>Placement site</source>
        <translation>Anbringelsessted</translation>
    </message>
    <message>
        <source>Fit from 0 to 10</source>
        <translation>Egnethed fra 0 til 10</translation>
    </message>
    <message>
        <source>How well the site meets the child&apos;s needs: 0 not at all, 10 fully</source>
        <translation>Hvor godt stedet møder barnets behov: 0 slet ikke, 10 fuldt ud</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>How the site meets the child&apos;s needs, and what speaks against it</source>
        <translation>Hvordan stedet møder barnets behov, og hvad der taler imod</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;Nyt sted…</translation>
    </message>
    <message>
        <source>Add a site to the register and choose it</source>
        <translation>Tilføj et sted til registret og vælg det</translation>
    </message>
    <message>
        <source>The register has no site to choose yet: add one with New site…</source>
        <translation>Registret har endnu intet sted at vælge: tilføj et med Nyt sted…</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>kapacitet %1</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fit (0–10)</source>
        <translation>Egnethed (0–10)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>The site&apos;s competences</source>
        <translation>Stedets kompetencer</translation>
    </message>
    <message>
        <source>How well the site meets the child&apos;s needs: 0 not at all, 10 fully</source>
        <translation>Hvor godt stedet møder barnets behov: 0 slet ikke, 10 fuldt ud</translation>
    </message>
    <message>
        <source>The chosen site</source>
        <translation>Det valgte sted</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>The sites considered for the child, side by side. Fit is how well a site meets the child&apos;s needs, from 0 (not at all) to 10 (fully); ✓ marks the chosen site.</source>
        <translation>De steder, der er overvejet til barnet, side om side. Egnethed er, hvor godt et sted møder barnets behov, fra 0 (slet ikke) til 10 (fuldt ud); ✓ markerer det valgte sted.</translation>
    </message>
    <message>
        <source>&amp;Add candidate…</source>
        <translation>&amp;Tilføj kandidat…</translation>
    </message>
    <message>
        <source>Consider a site from the register</source>
        <translation>Overvej et sted fra registret</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected candidate (Enter)</source>
        <translation>Rediger den valgte kandidat (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected candidate (Del)</source>
        <translation>Fjern den valgte kandidat (Del)</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>Kandidatsteder</translation>
    </message>
</context>
<context>
    <name>CaseloadOutcomesTool</name>
    <message>
        <source>Caseload &amp;outcomes…</source>
        <translation>&amp;Resultater for sagsstammen…</translation>
    </message>
    <message>
        <source>First versus latest scores across the families, with charts and CSV export</source>
        <translation>Første mod seneste score på tværs af familierne, med diagrammer og CSV-eksport</translation>
    </message>
</context>
<context>
    <name>CaseloadOutcomesWindow</name>
    <message>
        <source>Caseload outcomes</source>
        <translation>Resultater for sagsstammen</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Indsats:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anvend</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Measurements from this date (empty: from the first)</source>
        <translation>Målinger fra denne dato (tom: fra den første)</translation>
    </message>
    <message>
        <source>Measurements up to this date (empty: up to today)</source>
        <translation>Målinger til og med denne dato (tom: til i dag)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No measurements match the filters.</source>
        <translation>Ingen målinger passer til filtrene.</translation>
    </message>
    <message>
        <source>First and latest score of each member in the period; a member needs two scores on an instrument to count. Improved/worsened: by at least a meaningful change (WHO-5: 10 points, 0–10 scales: 2, SDQ/ORS/SRS: 5).</source>
        <translation>Første og seneste score for hvert medlem i perioden; et medlem tæller med, når der er to scorer på et redskab. Forbedret/forværret: med mindst en betydende ændring (WHO-5: 10 point, 0–10-skalaer: 2, SDQ/ORS/SRS: 5).</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Mean change, better direction (% of the scale), with 95% CI</source>
        <translation>Gennemsnitlig ændring i bedre retning (% af skalaen), med 95 %-KI</translation>
    </message>
    <message>
        <source>Change in % of the instrument&apos;s range (right = better)</source>
        <translation>Ændring i % af redskabets skala (til højre = bedre)</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Gennemsnitlig ændring</translation>
    </message>
    <message>
        <source>%1: mean change %2 points (95% CI %3 to %4), n = %5</source>
        <translation>%1: gennemsnitlig ændring %2 point (95 %-KI %3 til %4), n = %5</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen ændring</translation>
    </message>
    <message>
        <source>no member has two scores in the period</source>
        <translation>intet medlem har to scorer i perioden</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangsfrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuværende adgangsfrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangsfrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny adgangsfrase igen</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindst %1 tegn</translation>
    </message>
</context>
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
    <name>ConcernNoticeDialog</name>
    <message>
        <source>Record who was told</source>
        <translation>Registrér, hvem der er orienteret</translation>
    </message>
    <message>
        <source>&amp;Who was told:</source>
        <translation>&amp;Hvem er orienteret:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>H&amp;vornår:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>Hv&amp;ordan:</translation>
    </message>
    <message>
        <source>For example the municipal caseworker</source>
        <translation>Fx sagsbehandleren i kommunen</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisk</translation>
    </message>
    <message>
        <source>In writing (underretning)</source>
        <translation>Skriftligt (underretning)</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>På et møde</translation>
    </message>
    <message>
        <source>By secure e-mail</source>
        <translation>Med sikker e-mail</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).</source>
        <translation>Skriv dato og tid som DD-MM-ÅÅÅÅ TT:MM (1.6.2024 10.00 går også).</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation with %1</source>
        <translation>Børnesamtale med %1</translation>
    </message>
    <message>
        <source>New conversation with %1</source>
        <translation>Ny børnesamtale med %1</translation>
    </message>
    <message>
        <source>Barnets lov § 5: the child&apos;s own view, in a conversation before a decision. The child may decline to speak; that is recorded too.</source>
        <translation>Barnets lov § 5: barnets egen holdning, i en samtale før en afgørelse. Barnet må sige nej til at tale; det registreres også.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Samtalens dato</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Til stede:</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Hvem var til stede</translation>
    </message>
    <message>
        <source>&amp;Support person:</source>
        <translation>&amp;Bisidder:</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Udfald:</translation>
    </message>
    <message>
        <source>The child declined to speak</source>
        <translation>Barnet ønskede ikke at tale</translation>
    </message>
    <message>
        <source>The child&apos;s own &amp;words:</source>
        <translation>Barnets egne &amp;ord:</translation>
    </message>
    <message>
        <source>The child&apos;s words</source>
        <translation>Barnets ord</translation>
    </message>
    <message>
        <source>Your s&amp;ummary:</source>
        <translation>Dit &amp;resumé:</translation>
    </message>
    <message>
        <source>Your summary</source>
        <translation>Dit resumé</translation>
    </message>
    <message>
        <source>e.g. the child, you, a parent</source>
        <translation>fx barnet, dig, en forælder</translation>
    </message>
    <message>
        <source>A support person (bisidder) the child chose to bring (Barnets lov § 6); empty if none.</source>
        <translation>En bisidder, barnet selv har valgt at have med (Barnets lov § 6); tom hvis ingen.</translation>
    </message>
    <message>
        <source>The child &amp;declined to speak</source>
        <translation>Barnet ønskede &amp;ikke at tale</translation>
    </message>
    <message>
        <source>What you saw and understood, kept apart from the child&apos;s words.</source>
        <translation>Hvad du så og forstod – holdt adskilt fra barnets ord.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>The child declined to speak: there are no own words to write here. Say what happened in your summary.</source>
        <translation>Barnet ønskede ikke at tale: der er ingen egne ord at skrive her. Fortæl hvad der skete i dit resumé.</translation>
    </message>
    <message>
        <source>As the child said it, in the child&apos;s own words.</source>
        <translation>Som barnet sagde det, med barnets egne ord.</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Declined to speak</source>
        <translation>Ønskede ikke at tale</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
</context>
<context>
    <name>ConversationsWindow</name>
    <message>
        <source>Child conversations</source>
        <translation>Børnesamtaler</translation>
    </message>
    <message>
        <source>Conversations with %1</source>
        <translation>Børnesamtaler med %1</translation>
    </message>
    <message>
        <source>&amp;Record a conversation…</source>
        <translation>&amp;Registrér en børnesamtale…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open the selected conversation (Enter)</source>
        <translation>Åbn den valgte børnesamtale (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the selected conversation (Del)</source>
        <translation>Slet den valgte børnesamtale (Del)</translation>
    </message>
    <message>
        <source>Conversations with the child</source>
        <translation>Børnesamtaler</translation>
    </message>
    <message>
        <source>The child&apos;s own words:</source>
        <translation>Barnets egne ord:</translation>
    </message>
    <message>
        <source>Your summary:</source>
        <translation>Dit resumé:</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded yet. Record each børnesamtale here, also when the child declined to speak.</source>
        <translation>Der er endnu ingen børnesamtale med barnet. Registrér hver børnesamtale her, også når barnet ikke ønskede at tale.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Heard in the last three months: the latest conversation was on %1.</source>
        <translation>Hørt inden for de seneste tre måneder: den seneste børnesamtale var %1.</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded.</source>
        <translation>Der er ingen børnesamtale med barnet.</translation>
    </message>
    <message>
        <source>No conversation in the last three months: the latest was on %1. Talk with the child before the next decision.</source>
        <translation>Ingen samtale de seneste tre måneder: den seneste var %1. Tal med barnet før den næste afgørelse.</translation>
    </message>
    <message>
        <source>The child declined to speak.</source>
        <translation>Barnet ønskede ikke at tale.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Slet børnesamtale</translation>
    </message>
    <message>
        <source>Delete the conversation of %1 with %2? This cannot be undone.</source>
        <translation>Slet børnesamtalen %1 med %2? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>No connection to the server</source>
        <translation>Ingen forbindelse til serveren</translation>
    </message>
    <message>
        <source>Your unsaved text is still in its window. Save it again when the connection is back; famdesk reconnects by itself.</source>
        <translation>Din tekst, der ikke er gemt, står stadig i sit vindue. Gem den igen, når forbindelsen er tilbage; famdesk forbinder selv igen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>famdesk met an unexpected error and stopped what it was doing. Everything you saved is safe; text you had not saved yet is still in its window.</source>
        <translation>famdesk stødte på en uventet fejl og stoppede det, den var i gang med. Alt, hvad du har gemt, er i sikkerhed; tekst, du ikke havde gemt endnu, står stadig i sit vindue.</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <source>Overdue. </source>
        <extracomment>Room the style takes beside the text: the marker, its gap, padding and borders.</extracomment>
        <translation>Over tiden. </translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Dobbeltklik eller tryk Enter for at åbne.</translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Forside</translation>
    </message>
    <message>
        <source>What is due across your caseload (Ctrl+Shift+D)</source>
        <translation>Hvad der forfalder i dine sager (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Read the caseload again</source>
        <translation>Læs sagerne igen</translation>
    </message>
    <message numerus="yes">
        <source>Appointments: today and the next %n day(s)</source>
        <translation>
            <numerusform>Aftaler: i dag og den næste %n dag</numerusform>
            <numerusform>Aftaler: i dag og de næste %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews and follow-ups: overdue and the next %n week(s)</source>
        <translation>
            <numerusform>Opfølgninger: over tiden og den næste %n uge</numerusform>
            <numerusform>Opfølgninger: over tiden og de næste %n uger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfinished notes older than %n day(s)</source>
        <translation>
            <numerusform>Ufærdige notater ældre end %n dag</numerusform>
            <numerusform>Ufærdige notater ældre end %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Concerns not yet passed on</source>
        <translation>Bekymringer, der ikke er givet videre</translation>
    </message>
    <message>
        <source>The caseload could not be read. Try Refresh.</source>
        <translation>Sagerne kunne ikke læses. Prøv Opdatér.</translation>
    </message>
    <message>
        <source>Today, %1 %2</source>
        <translation>I dag, %1 %2</translation>
    </message>
    <message>
        <source>Reading the caseload…</source>
        <translation>Læser sagerne …</translation>
    </message>
    <message>
        <source>No appointments in the coming week.</source>
        <translation>Ingen aftaler i den kommende uge.</translation>
    </message>
    <message numerus="yes">
        <source>No plan review or follow-up is due in the next %n week(s).</source>
        <translation>
            <numerusform>Ingen opfølgning den næste %n uge.</numerusform>
            <numerusform>Ingen opfølgning de næste %n uger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every note is finalized in time.</source>
        <translation>Alle notater er afsluttet i tide.</translation>
    </message>
    <message>
        <source>Every concern has been passed on.</source>
        <translation>Alle bekymringer er givet videre.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n aftale i dag</numerusform>
            <numerusform>%n aftaler i dag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n over tiden</numerusform>
            <numerusform>%n over tiden</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>intet over tiden</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <extracomment>The day two-digit years are read from (tests set a fixed one).</extracomment>
        <translation>DD-MM-ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY; Ctrl+T for today</source>
        <translation>Skriv en dato som DD-MM-ÅÅÅÅ; Ctrl+T for i dag</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>DD-MM-YYYY HH:MM</source>
        <extracomment>The day two-digit years are read from (tests set a fixed one).</extracomment>
        <translation>DD-MM-ÅÅÅÅ TT:MM</translation>
    </message>
    <message>
        <source>Type a date and a time, e.g. 1.6.2024 10.00 or 01062024 1000</source>
        <translation>Skriv en dato og et klokkeslæt, fx 1.6.2024 10.00 eller 01062024 1000</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Today</source>
        <extracomment>How much of a note&apos;s summary an item shows (the rest is in the note).</extracomment>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <source>%1 · not marked held</source>
        <translation>%1 · ikke markeret som afholdt</translation>
    </message>
    <message numerus="yes">
        <source>Review of “%1”, %n day(s) overdue</source>
        <translation>
            <numerusform>Opfølgning på »%1«, %n dag over tiden</numerusform>
            <numerusform>Opfølgning på »%1«, %n dage over tiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translation>Opfølgning på »%1«</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up no. %1 on the support, %n day(s) overdue</source>
        <translation>
            <numerusform>Opfølgning nr. %1 på indsatsen, %n dag over tiden</numerusform>
            <numerusform>Opfølgning nr. %1 på indsatsen, %n dage over tiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the support</source>
        <translation>Opfølgning nr. %1 på indsatsen</translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the placement of %2</source>
        <translation>Opfølgning nr. %1 på anbringelsen af %2</translation>
    </message>
    <message>
        <source>Conversation with %1 before the placement site is decided</source>
        <translation>Børnesamtale med %1 før afgørelsen om anbringelsessted</translation>
    </message>
    <message>
        <source>%1 of %2 · note not finalized</source>
        <translation>%1 d. %2 · notat ikke afsluttet</translation>
    </message>
    <message>
        <source>%1 · concern not passed on</source>
        <translation>%1 · bekymring ikke givet videre</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Grundlag: %1</translation>
    </message>
    <message>
        <source>A planned session; mark it held (or cancelled) after the visit.</source>
        <translation>En planlagt kontakt; markér den som afholdt (eller aflyst) efter besøget.</translation>
    </message>
    <message>
        <source>The plan&apos;s next review date, set when it was agreed or last reviewed.</source>
        <translation>Planens næste opfølgningsdato, sat da den blev aftalt eller sidst fulgt op.</translation>
    </message>
    <message>
        <source>The support is followed up at the latest on this day: the first time at the earlier of the investigation&apos;s end and three months after the support started, then at the cadence decided with the family. A plan review recorded after the previous due day counts as the follow-up.</source>
        <translation>Der følges op på indsatsen senest denne dag: første gang ved det tidligste af undersøgelsens afslutning og tre måneder efter, at indsatsen begyndte, derefter med den kadence, der er besluttet med familien. En opfølgning på planen registreret efter den forrige frist tæller som opfølgningen.</translation>
    </message>
    <message>
        <source>A follow-up of the placement in its first year, as planned in the match; mark it held with its stability score.</source>
        <translation>En opfølgning på anbringelsen i dens første år, som planlagt i matchet; markér den som afholdt med en vurdering af stabiliteten.</translation>
    </message>
    <message>
        <source>The child is heard before the match is decided: record a conversation with the child (declining to speak is recorded too). One counts for three months.</source>
        <translation>Barnet høres, før der træffes afgørelse om anbringelsessted: registrér en børnesamtale (også når barnet ikke ønsker at tale). En samtale tæller i tre måneder.</translation>
    </message>
    <message numerus="yes">
        <source>Notes are finalized within %n day(s) of the session.</source>
        <translation>
            <numerusform>Notater afsluttes senest %n dag efter kontakten.</numerusform>
            <numerusform>Notater afsluttes senest %n dage efter kontakten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A concern for the child&apos;s safety is passed on at once (duty to notify, Barnets lov § 133): record who was told, when and how.</source>
        <translation>En bekymring for barnets sikkerhed gives straks videre (underretningspligt, Barnets lov § 133): skriv, hvem der fik besked, hvornår og hvordan.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>The decision names one of the candidate sites and why it was chosen. The placement date is the day the child moved in: the child&apos;s placement on the Members tab becomes the chosen site from that day, and the first year&apos;s follow-ups are proposed from it.</source>
        <translation>Afgørelsen udpeger et af kandidatstederne og begrunder valget. Anbringelsesdatoen er den dag, barnet flyttede ind: barnets anbringelse under Medlemmer bliver det valgte sted fra den dag, og det første års opfølgninger foreslås ud fra den.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Anbringelse</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Afgjort den:</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Afgjort den</translation>
    </message>
    <message>
        <source>C&amp;hosen site:</source>
        <translation>&amp;Valgt sted:</translation>
    </message>
    <message>
        <source>Chosen site</source>
        <translation>Valgt sted</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Begrundelse for afgørelsen</translation>
    </message>
    <message>
        <source>&amp;Placed on:</source>
        <translation>Anbragt &amp;den:</translation>
    </message>
    <message>
        <source>Placement date</source>
        <translation>Anbringelsesdato</translation>
    </message>
    <message>
        <source>Why this site: how it meets the child&apos;s needs and the child&apos;s and parents&apos; wishes</source>
        <translation>Hvorfor dette sted: hvordan det møder barnets behov og barnets og forældrenes ønsker</translation>
    </message>
    <message>
        <source>The day the child moved in.</source>
        <translation>Den dag, barnet flyttede ind.</translation>
    </message>
    <message>
        <source>No conversation with %1 is recorded. Consider talking with the child before the match is decided (Barnets lov § 5).</source>
        <translation>Der er ikke registreret nogen samtale med %1. Overvej at tale med barnet, før matchet afgøres (barnets lov § 5).</translation>
    </message>
    <message>
        <source>The latest conversation with %1 was on %2, before %3. Consider talking with the child before the match is decided (Barnets lov § 5).</source>
        <translation>Den seneste samtale med %1 var %2, før %3. Overvej at tale med barnet, før matchet afgøres (barnets lov § 5).</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(ikke valgt endnu)</translation>
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
        <translation>Opretter fiktive familier, planer og kontakter…</translation>
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
    <name>DraftsModel</name>
    <message>
        <source>Family</source>
        <extracomment>The DraftRow of a row.</extracomment>
        <translation>Familie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): finish and finalize it soon.</source>
        <translation>
            <numerusform>Ældre end %n dag: skriv notatet færdigt og afslut det snart.</numerusform>
            <numerusform>Ældre end %n dage: skriv notatet færdigt og afslut det snart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <source>Unfinished notes</source>
        <extracomment>(session_uid, family_uid) of the note to open. The number of stale drafts after each refresh (the status-bar hint follows it).</extracomment>
        <translation>Ufærdige notater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Åbn notat</translation>
    </message>
    <message>
        <source>Every note is finalized.</source>
        <translation>Alle notater er afsluttet.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished note(s).</source>
        <translation>
            <numerusform>%n ufærdigt notat.</numerusform>
            <numerusform>%n ufærdige notater.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them older than %1 days: write them soon (notatpligt).</source>
        <translation>
            <numerusform>%n af dem er ældre end %1 dage: skriv dem snart (notatpligt).</numerusform>
            <numerusform>%n af dem er ældre end %1 dage: skriv dem snart (notatpligt).</numerusform>
        </translation>
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
</context>
<context>
    <name>ExportIcsDialog</name>
    <message>
        <source>Export to calendar</source>
        <extracomment>The AgendaItem of a row (None on a day heading).</extracomment>
        <translation>Eksportér til kalender</translation>
    </message>
    <message>
        <source>Family reference only (recommended)</source>
        <translation>Kun familiens sagsnummer (anbefalet)</translation>
    </message>
    <message>
        <source>Family reference and name, with the place</source>
        <translation>Familiens sagsnummer og navn, med sted</translation>
    </message>
    <message>
        <source>The file leaves the encrypted database and often ends up in a phone or an online calendar: the reference alone tells an outsider nothing.</source>
        <translation>Filen forlader den krypterede database og havner ofte i en telefon eller en online-kalender: sagsnummeret alene siger intet til udenforstående.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Appointments, reviews and deadlines from today, for the next</source>
        <translation>Aftaler, opfølgninger og frister fra i dag og de næste</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>What each calendar event shows:</source>
        <translation>Hvad hver kalenderaftale viser:</translation>
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
        <source>Family &amp;worker:</source>
        <translation>&amp;Familiebehandler:</translation>
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
    <name>FamilyPicker</name>
    <message>
        <source>Log session</source>
        <translation>Registrér kontakt</translation>
    </message>
    <message>
        <source>Log a session for which family?</source>
        <translation>Hvilken familie vil du registrere en kontakt for?</translation>
    </message>
    <message>
        <source>Type part of the reference or name</source>
        <translation>Skriv en del af sagsnummer eller navn</translation>
    </message>
</context>
<context>
    <name>FamilySummary</name>
    <message>
        <source>At a glance</source>
        <translation>Lige nu</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Næste aftale</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Next follow-up (§ 95)</source>
        <translation>Næste opfølgning (§ 95)</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Åbne mål</translation>
    </message>
    <message>
        <source>Latest measurements</source>
        <translation>Seneste målinger</translation>
    </message>
    <message>
        <source>Unfinished notes</source>
        <translation>Ufærdige notater</translation>
    </message>
    <message>
        <source>Child conversations</source>
        <translation>Børnesamtaler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(%n dag over tiden)</numerusform>
            <numerusform>(%n dage over tiden)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · follow-up no. %2 on the support</source>
        <translation>%1 · opfølgning nr. %2 på indsatsen</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>ingen score endnu</translation>
    </message>
    <message>
        <source>%1/10 on %2</source>
        <translation>%1/10 den %2</translation>
    </message>
    <message>
        <source>Version %1 of the plan is a draft; the goals above apply until it is agreed</source>
        <translation>Version %1 af planen er et udkast; målene ovenfor gælder, til den er aftalt</translation>
    </message>
    <message>
        <source>(finalize: due %1)</source>
        <translation>(afslut: frist %1)</translation>
    </message>
    <message>
        <source>none — every note is finalized</source>
        <translation>ingen — alle notater er afsluttet</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translation>%1: ingen registreret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, more than three months ago</source>
        <translation>%1: %2, mere end tre måneder siden</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Overview</source>
        <extracomment>Tabs built on first use; the Overview (the family form) is always there. What Ctrl+P prints, by the tab in front (``FamilyView.print_target``). What Ctrl+P would print now changed (another tab in front, a family shown or not).</extracomment>
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
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Effekt</translation>
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
        <translation>Slet familien %1 (%2) med medlemmer, planer og kontakter? Det kan ikke fortrydes.</translation>
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
        <source>Family worker: %1</source>
        <translation>Familiebehandler: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <extracomment>The follow-up saved (its uid), once OK succeeded.</extracomment>
        <translation>Rediger opfølgning</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Tilføj opfølgning</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>Dato for opfølgningen</translation>
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
        <source>Sta&amp;bility (0–10):</source>
        <translation>Sta&amp;bilitet (0–10):</translation>
    </message>
    <message>
        <source>Stability from 0 to 10</source>
        <translation>Stabilitet fra 0 til 10</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>How settled the placement is: 0 at risk, 10 settled (once held)</source>
        <translation>Hvor godt anbringelsen har sat sig: 0 i fare, 10 faldet godt til (når den er holdt)</translation>
    </message>
    <message>
        <source>How the child is doing at the site, what was agreed</source>
        <translation>Hvordan barnet har det på stedet, hvad der blev aftalt</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ikke scoret</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stability (0–10)</source>
        <translation>Stabilitet (0–10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>How settled the placement is: 0 at risk, 10 settled</source>
        <translation>Hvor godt anbringelsen har sat sig: 0 i fare, 10 faldet godt til</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Most placements that break down do so in the first year. Recording the placement proposes follow-ups at 1, 3, 6 and 12 months; move or add them as agreed with the family, and give each one held its notes and a stability from 0 (at risk) to 10 (settled).</source>
        <translation>De fleste anbringelser, der bryder sammen, gør det i det første år. Når anbringelsen registreres, foreslås opfølgninger efter 1, 3, 6 og 12 måneder; flyt eller tilføj dem efter aftale med familien, og giv hver afholdt opfølgning noter og en stabilitet fra 0 (i fare) til 10 (faldet godt til).</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>&amp;Tilføj opfølgning…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected follow-up (Enter)</source>
        <translation>Rediger den valgte opfølgning (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected follow-up (Del)</source>
        <translation>Fjern den valgte opfølgning (Del)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <extracomment>A refused save&apos;s reason, in the catalogue&apos;s words (``show_refusal``).</extracomment>
        <translation>Mål</translation>
    </message>
    <message>
        <source>&amp;Goal, in the parents&apos; words</source>
        <translation>&amp;Mål, med forældrenes ord</translation>
    </message>
    <message>
        <source>&amp;What will be different</source>
        <translation>&amp;Hvad vil være anderledes</translation>
    </message>
    <message>
        <source>When the goal is reached, what will the parents, the child and others notice?</source>
        <translation>Når målet er nået, hvad vil forældrene, barnet og andre så lægge mærke til?</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>&amp;Måldato</translation>
    </message>
    <message>
        <source>&amp;ICS dimension</source>
        <translation>&amp;ICS-dimension</translation>
    </message>
    <message>
        <source>&amp;Baseline (0–10)</source>
        <translation>&amp;Udgangspunkt (0–10)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ikke skaleret</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>GoalScoreRow</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skalering</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Skalering for %1</translation>
    </message>
    <message>
        <source>0 = as bad as it can be, 10 = the goal is reached</source>
        <translation>0 = så dårligt som muligt, 10 = målet er nået</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal / step</source>
        <extracomment>The plan changed in the store (a reorder, a step ticked); carries the plan uid. A change was refused by the core; carries the refusal (a ``CoreError``).</extracomment>
        <translation>Mål / handling</translation>
    </message>
    <message>
        <source>Who / ICS</source>
        <translation>Hvem / ICS</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Tick off the step when it is done</source>
        <translation>Sæt flueben, når handlingen er udført</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <extracomment>The topics, in the order a new worker meets them.</extracomment>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>How to do the everyday work in famdesk</source>
        <translation>Sådan klarer du det daglige arbejde i famdesk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>A family</source>
        <translation>En familie</translation>
    </message>
    <message>
        <source>A plan with the parents</source>
        <translation>En plan med forældrene</translation>
    </message>
    <message>
        <source>Logging a session</source>
        <translation>Registrér en kontakt</translation>
    </message>
    <message>
        <source>A concern for a child</source>
        <translation>En bekymring for et barn</translation>
    </message>
    <message>
        <source>A placement match</source>
        <translation>Match af anbringelsessted</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Udskrivning</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>famdesk keeps your caseload in one encrypted file on this laptop. The first time, choose a demo database (fictitious families, to look around safely) or an empty one for your real caseload.</source>
        <translation>famdesk gemmer dine sager i én krypteret fil på denne computer. Første gang vælger du en demodatabase (opdigtede familier, så du trygt kan se dig omkring) eller en tom database til dine rigtige sager.</translation>
    </message>
    <message>
        <source>Choose a passphrase and type it twice. A forgotten passphrase cannot be recovered: write it down and keep it where your municipality keeps such things.</source>
        <translation>Vælg en adgangsfrase, og skriv den to gange. En glemt adgangsfrase kan ikke genskabes: skriv den ned, og opbevar den der, hvor din kommune opbevarer den slags.</translation>
    </message>
    <message>
        <source>Then say who you are: name, title, organisation and phone. Your name goes on the families and notes you create, on printed plans and reports, and in the audit trail. Change it under Tools → Settings.</source>
        <translation>Skriv derefter, hvem du er: navn, stilling, arbejdssted og telefon. Dit navn kommer på de familier og notater, du opretter, på udskrevne planer og rapporter og i logningen. Du ændrer det under Værktøjer → Indstillinger.</translation>
    </message>
    <message>
        <source>Every start asks for the passphrase. After some idle minutes the window locks; nothing you have not saved is lost.</source>
        <translation>Hver gang famdesk starter, beder den om adgangsfrasen. Efter nogle minutter uden brug låses vinduet; intet, du ikke har gemt, går tabt.</translation>
    </message>
    <message>
        <source>Ctrl+N starts a new family: fill in the reference and the name and save with Ctrl+S. The list on the left finds a family by reference or name (Ctrl+F).</source>
        <translation>Ctrl+N opretter en ny familie: udfyld sagsnummer og navn, og gem med Ctrl+S. Listen til venstre finder en familie på sagsnummer eller navn (Ctrl+F).</translation>
    </message>
    <message>
        <source>The tabs on the right hold the family: Overview (the family at a glance), Members (parents and children, with CPR numbers; Ctrl+Shift+M adds one), Collaborators (the caseworker, the school and others; Ctrl+Shift+K), Plans, Sessions and Outcomes.</source>
        <translation>Fanerne til højre rummer familien: Overblik (familien på ét blik), Medlemmer (forældre og børn med CPR-numre; Ctrl+Shift+M tilføjer et), Samarbejdspartnere (sagsbehandleren, skolen og andre; Ctrl+Shift+K), Planer, Kontakter og Effekt.</translation>
    </message>
    <message>
        <source>While no family is chosen, the dashboard shows your day (Ctrl+Shift+D): appointments, reviews that are due, unfinished notes and concerns nobody has been told of. Double-click an item to open it.</source>
        <translation>Når ingen familie er valgt, viser forsiden din dag (Ctrl+Shift+D): aftaler, opfølgninger der forfalder, uafsluttede notater og bekymringer, som ingen er orienteret om. Dobbeltklik på et punkt for at åbne det.</translation>
    </message>
    <message>
        <source>On the Plans tab, start a plan from a template or from the previous plan and write it with the parents: their own words, the child&apos;s perspective, resources, concerns and the support they get.</source>
        <translation>På fanen Planer starter du en plan ud fra en skabelon eller den forrige plan og skriver den sammen med forældrene: deres egne ord, barnets perspektiv, ressourcer, bekymringer og den støtte, de får.</translation>
    </message>
    <message>
        <source>Add goals (Add goal…), each with a target date, a baseline score from 0 to 10 and steps that say who does what (Add step…).</source>
        <translation>Tilføj mål (Tilføj mål…), hvert med en dato for, hvornår det skal være nået, en udgangsskalering fra 0 til 10 og handlinger, der siger, hvem der gør hvad (Tilføj handling…).</translation>
    </message>
    <message>
        <source>Agree… says what agreeing means and lists what the plan still lacks, such as empty sections or goals without a date. Fill in what you can, then give the day the parents and you agreed the plan and the day of the next review.</source>
        <translation>Aftal… fortæller, hvad det betyder at aftale planen, og viser, hvad planen stadig mangler, fx tomme afsnit eller mål uden dato. Udfyld det, du kan, og angiv så den dag, forældrene og du aftalte planen, og dagen for næste opfølgning.</translation>
    </message>
    <message>
        <source>An agreed plan is frozen: steps can be ticked off, goals marked reached or dropped and reviews added. To change anything else, Revise (new version) starts a new version; the agreed one stays readable. Print the agreed plan (Ctrl+P) for the parents to sign.</source>
        <translation>En aftalt plan er låst: handlinger kan krydses af, mål markeres som nået eller opgivet, og opfølgninger tilføjes. Vil du ændre andet, starter Revidér (ny version) en ny version; den aftalte kan stadig læses. Udskriv den aftalte plan (Ctrl+P), så forældrene kan underskrive den.</translation>
    </message>
    <message>
        <source>At a review (Add review…), score every open goal from 0 to 10; the scores are charted over time.</source>
        <translation>Ved en opfølgning (Tilføj opfølgning…) skalerer du hvert åbent mål fra 0 til 10; skaleringerne vises som en kurve over tid.</translation>
    </message>
    <message>
        <source>Ctrl+L logs a session from anywhere. The time, the kind and the usual participants are filled in; the cursor waits in Summary.</source>
        <translation>Ctrl+L registrerer en kontakt, hvor du end er. Tidspunkt, type og de sædvanlige deltagere er udfyldt; markøren står i Resumé.</translation>
    </message>
    <message>
        <source>Write what was observed and said under Notes, in the family&apos;s own words where you can, and your professional assessment in its own box.</source>
        <translation>Skriv, hvad der blev observeret og sagt, under Notat, så vidt muligt med familiens egne ord, og din faglige vurdering i sit eget felt.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note as a draft. Save and finalize (Ctrl+Shift+F) locks it; later corrections are added as dated addenda. Notes left unfinished for more than three days are flagged.</source>
        <translation>Ctrl+Enter gemmer notatet som kladde. Gem og afslut (Ctrl+Shift+F) låser det; senere rettelser tilføjes som daterede tilføjelser. Notater, der har været uafsluttede i mere end tre dage, bliver markeret.</translation>
    </message>
    <message>
        <source>Plan a visit with Plan session… on the Sessions tab; after the visit, Mark as held… and write the note.</source>
        <translation>Planlæg et besøg med Planlæg kontakt… på fanen Kontakter; efter besøget vælger du Markér som afholdt… og skriver notatet.</translation>
    </message>
    <message>
        <source>When a session leaves you concerned for the child, tick “%1” in the session and write what the concern is.</source>
        <translation>Når en kontakt giver dig bekymring for barnet, så sæt kryds ved »%1« i kontakten, og skriv, hvad bekymringen går ud på.</translation>
    </message>
    <message>
        <source>Record who was told, when and how (Record who was told…); it can be added after the note is finalized. The session log prints the concern and who was told, and the dashboard lists concerns nobody has been told of yet.</source>
        <translation>Registrér, hvem der er orienteret, hvornår og hvordan (Registrér orientering…); det kan også gøres, efter at notatet er afsluttet. Journaludskriften viser bekymringen, og hvem der er orienteret, og forsiden viser bekymringer, som ingen er orienteret om endnu.</translation>
    </message>
    <message>
        <source>On the Members tab, choose a child and press Placement match…. Each step of the match has a tab: the child&apos;s needs by the areas of the ICS triangle, the child&apos;s own view and the parents&apos;, the candidate sites side by side with a fit from 0 to 10, the decision, the follow-ups and, if it comes, the breakdown.</source>
        <translation>Vælg et barn under Medlemmer, og tryk på Match af anbringelsessted…. Hvert skridt i matchet har sin fane: barnets behov efter områderne i ICS-trekanten, barnets eget syn og forældrenes, kandidatstederne side om side med en egnethed fra 0 til 10, afgørelsen, opfølgningerne og, hvis det kommer, sammenbruddet.</translation>
    </message>
    <message>
        <source>The sites come from the register under Tools → Placement sites…, shared by all families; New site… in the candidate form adds one. Ctrl+S saves what is typed on the tabs; a candidate and a follow-up are saved by their own forms.</source>
        <translation>Stederne kommer fra registret under Værktøjer → Anbringelsessteder…, fælles for alle familier; Nyt sted… i kandidatformularen tilføjer et. Ctrl+S gemmer det, der er skrevet under fanerne; en kandidat og en opfølgning gemmes af deres egne formularer.</translation>
    </message>
    <message>
        <source>The day the child moved in makes the chosen site the child&apos;s placement and proposes follow-ups at 1, 3, 6 and 12 months. Deciding with no conversation with the child in the three months before is reminded, never refused. Print… gives the paper for the meeting with the site and the family.</source>
        <translation>Den dag, barnet flyttede ind, gør det valgte sted til barnets anbringelse og foreslår opfølgninger efter 1, 3, 6 og 12 måneder. Afgøres matchet uden en samtale med barnet i de tre måneder før, bliver du mindet om det, aldrig afvist. Udskriv… giver papiret til mødet med stedet og familien.</translation>
    </message>
    <message>
        <source>Ctrl+P (File → Print) prints what fits the tab in front and says which: on Plans the plan for the parents to sign, on Sessions the session log for a period you choose, elsewhere the status report for the municipal caseworker.</source>
        <translation>Ctrl+P (Filer → Udskriv) udskriver det, der passer til fanen forrest, og siger hvad: på Planer planen, som forældrene skal underskrive, på Kontakter journaludskriften for en periode, du vælger, og ellers statusrapporten til sagsbehandleren.</translation>
    </message>
    <message>
        <source>The preview shows every page: Page Up and Page Down move between pages, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width. Print… sends it to a printer, Save as PDF… keeps a copy.</source>
        <translation>Eksemplet viser hver side: Page Up og Page Down skifter side, Ctrl++ og Ctrl+- zoomer, Ctrl+0 tilpasser bredden. Udskriv… sender til en printer, Gem som PDF… gemmer en kopi.</translation>
    </message>
    <message>
        <source>A printed or saved PDF is the only place case data leave the encrypted database in plain form: keep it as carefully as a paper case file.</source>
        <translation>En udskrevet eller gemt PDF er det eneste sted, sagens oplysninger forlader den krypterede database i læsbar form: pas lige så godt på den som på en papirsag.</translation>
    </message>
    <message>
        <source>famdesk makes a verified, encrypted backup when you close it and at most once a day, and keeps daily, weekly and monthly generations.</source>
        <translation>famdesk tager en kontrolleret, krypteret sikkerhedskopi, når du lukker programmet, og højst én gang om dagen, og gemmer daglige, ugentlige og månedlige generationer.</translation>
    </message>
    <message>
        <source>Under Tools → Settings, choose a USB drive or a network folder for the backups. famdesk warns when the last backup is old.</source>
        <translation>Under Værktøjer → Indstillinger vælger du et USB-drev eller en netværksmappe til sikkerhedskopierne. famdesk advarer, når den seneste sikkerhedskopi er gammel.</translation>
    </message>
    <message>
        <source>Tools → Backups… lists the backups, makes one by hand and restores one; the database it replaces is kept.</source>
        <translation>Værktøjer → Sikkerhedskopier… viser sikkerhedskopierne, tager en med det samme og gendanner en; den database, den erstatter, gemmes.</translation>
    </message>
</context>
<context>
    <name>HandOverAction</name>
    <message>
        <source>Family %1 handed over to %2.</source>
        <translation>Familien %1 er overdraget til %2.</translation>
    </message>
    <message>
        <source>&amp;Hand family over…</source>
        <translation>&amp;Overdrag familien…</translation>
    </message>
    <message>
        <source>Assign the family on screen to another worker of the team (team lead)</source>
        <translation>Tildel familien på skærmen til en anden medarbejder i teamet (teamleder)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand family %1 over</source>
        <translation>Overdrag familien %1</translation>
    </message>
    <message>
        <source>Now assigned to: %1</source>
        <translation>Tildelt nu: %1</translation>
    </message>
    <message>
        <source>Now assigned to nobody.</source>
        <translation>Tildelt nu: ingen.</translation>
    </message>
    <message>
        <source>&amp;Hand over to:</source>
        <translation>&amp;Overdrag til:</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Forkert adgangsfrase. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>famdesk is locked. Enter your passphrase to continue.</source>
        <translation>famdesk er låst. Indtast din adgangsfrase for at fortsætte.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
</context>
<context>
    <name>LogSessionAction</name>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrér kontakt…</translation>
    </message>
    <message>
        <source>Write a session note for the chosen family (Ctrl+L)</source>
        <translation>Skriv et kontaktnotat for den valgte familie (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Alle indsatser</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrér efter status</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Filtrér efter indsats</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Overskredne opfølgninger</translation>
    </message>
    <message>
        <source>Only families whose plan review date has passed</source>
        <translation>Kun familier, hvis opfølgningsdato for planen er overskredet</translation>
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
        <source>The family could not be shown.</source>
        <translation>Familien kunne ikke vises.</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>Den åbne database</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>teamleder</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>database administrator</source>
        <translation>databaseadministrator</translation>
    </message>
    <message>
        <source>not on the team</source>
        <translation>ikke i teamet</translation>
    </message>
    <message>
        <source>Team database %1 on %2 — signed in as %3 (%4)</source>
        <translation>Teamets database %1 på %2 — logget ind som %3 (%4)</translation>
    </message>
    <message>
        <source>Family treatment</source>
        <translation>Familiebehandling</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Vejledning</translation>
    </message>
    <message>
        <source>How to do the everyday work: a family, a plan, a session, a concern, printing</source>
        <translation>Sådan klarer du det daglige arbejde: en familie, en plan, en kontakt, en bekymring, udskrivning</translation>
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
        <source>No family matches the chosen filters.</source>
        <translation>Ingen familie passer til de valgte filtre.</translation>
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
        <source>Choose a family first: then print its plan, session log or status report</source>
        <translation>Vælg først en familie: så kan du udskrive dens plan, journaludskrift eller statusrapport</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Udskriv plan…</translation>
    </message>
    <message>
        <source>Preview the plan shown, for the parents to sign; print it or save it as PDF</source>
        <translation>Se planen, som forældrene skal underskrive; udskriv den eller gem den som PDF</translation>
    </message>
    <message>
        <source>&amp;Print session log…</source>
        <translation>&amp;Udskriv journaludskrift…</translation>
    </message>
    <message>
        <source>Choose a period, then preview the family&apos;s session log; print it or save it as PDF</source>
        <translation>Vælg en periode og se familiens journaludskrift; udskriv den eller gem den som PDF</translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation>&amp;Udskriv statusrapport…</translation>
    </message>
    <message>
        <source>Write the status report for the municipal caseworker, preview it; print it or save it as PDF</source>
        <translation>Skriv statusrapporten til sagsbehandleren og se den; udskriv den eller gem den som PDF</translation>
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
    <name>MatchWindow</name>
    <message>
        <source>Placement match – %1</source>
        <translation>Match af anbringelsessted – %1</translation>
    </message>
    <message>
        <source>Placement match for %1</source>
        <translation>Match af anbringelsessted for %1</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Match:</translation>
    </message>
    <message>
        <source>The child&apos;s matches</source>
        <translation>Barnets match</translation>
    </message>
    <message>
        <source>&amp;New match</source>
        <translation>&amp;Nyt match</translation>
    </message>
    <message>
        <source>Start another match for the child, e.g. after a breakdown</source>
        <translation>Begynd et nyt match for barnet, fx efter et sammenbrud</translation>
    </message>
    <message>
        <source>E&amp;nd match…</source>
        <translation>&amp;Afslut match…</translation>
    </message>
    <message>
        <source>The match is over without a breakdown (dropped, or ended as planned)</source>
        <translation>Matchet er slut uden sammenbrud (opgivet, eller afsluttet som planlagt)</translation>
    </message>
    <message>
        <source>1 · Needs</source>
        <translation>1 · Behov</translation>
    </message>
    <message>
        <source>2 · Views</source>
        <translation>2 · Syn</translation>
    </message>
    <message>
        <source>3 · Candidates</source>
        <translation>3 · Kandidater</translation>
    </message>
    <message>
        <source>4 · Decision</source>
        <translation>4 · Afgørelse</translation>
    </message>
    <message>
        <source>5 · Follow-ups</source>
        <translation>5 · Opfølgning</translation>
    </message>
    <message>
        <source>6 · Breakdown</source>
        <translation>6 · Sammenbrud</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>The match as a PDF for the meeting with the site and the family (Ctrl+P)</source>
        <translation>Matchet som PDF til mødet med stedet og familien (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save what was typed on the tabs (Ctrl+S)</source>
        <translation>Gem det, der er skrevet under fanerne (Ctrl+S)</translation>
    </message>
    <message>
        <source>New match</source>
        <translation>Nyt match</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(placed %1)</source>
        <translation>(anbragt %1)</translation>
    </message>
    <message>
        <source>Stability so far: no follow-up held yet.</source>
        <translation>Stabilitet indtil nu: ingen opfølgning holdt endnu.</translation>
    </message>
    <message>
        <source>Stability so far: %1 of 10 at the follow-up on %2.</source>
        <translation>Stabilitet indtil nu: %1 af 10 ved opfølgningen %2.</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>Ikke gemt: ret det, der er markeret med rødt.</translation>
    </message>
    <message>
        <source>Remove breakdown</source>
        <translation>Fjern sammenbrud</translation>
    </message>
    <message>
        <source>Remove the breakdown recorded by mistake? The match is placed again, and the child&apos;s placement is current again.</source>
        <translation>Fjern sammenbruddet, der blev registreret ved en fejl? Matchet er anbragt igen, og barnets anbringelse er aktuel igen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>Save the changes to the placement match?</source>
        <translation>Gem ændringerne i matchet?</translation>
    </message>
    <message>
        <source>End match</source>
        <translation>Afslut match</translation>
    </message>
    <message>
        <source>End this match without a breakdown (the exploration was dropped, or the placement ended as planned)? A breakdown is recorded on its own tab.</source>
        <translation>Afslut dette match uden sammenbrud (afklaringen blev opgivet, eller anbringelsen sluttede som planlagt)? Et sammenbrud registreres under sin egen fane.</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Fjern kandidat</translation>
    </message>
    <message>
        <source>Remove %1 from the candidates? The site stays in the register.</source>
        <translation>Fjern %1 fra kandidaterne? Stedet bliver i registret.</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Fjern opfølgning</translation>
    </message>
    <message>
        <source>Remove the follow-up on %1?</source>
        <translation>Fjern opfølgningen %1?</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>New measurement</source>
        <extracomment>A spin box at this value shows &quot;–&quot;: the item is not answered yet.</extracomment>
        <translation>Ny måling</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Ret måling</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Redskab:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>0–10; type a number or use the slider</source>
        <translation>0–10; skriv et tal eller brug skyderen</translation>
    </message>
    <message>
        <source>&amp;Answer (0–10):</source>
        <translation>&amp;Svar (0–10):</translation>
    </message>
    <message>
        <source>The total from the questionnaire (%1–%2); its answers are not entered.</source>
        <translation>Totalscoren fra spørgeskemaet (%1–%2); svarene indtastes ikke.</translation>
    </message>
    <message>
        <source>%1 of 100 (raw sum %2 × 4)</source>
        <translation>%1 af 100 (råsum %2 × 4)</translation>
    </message>
    <message>
        <source>– (%1 of 5 questions answered)</source>
        <translation>– (%1 af 5 spørgsmål besvaret)</translation>
    </message>
    <message>
        <source>Not saved: the member or the measurement no longer exists.</source>
        <translation>Ikke gemt: medlemmet eller målingen findes ikke længere.</translation>
    </message>
    <message>
        <source>Answer this question: 0–5.</source>
        <translation>Besvar dette spørgsmål: 0–5.</translation>
    </message>
    <message>
        <source>Answer 0–10.</source>
        <translation>Svar 0–10.</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>Vælg et redskab.</translation>
    </message>
    <message>
        <source>Answer all five questions.</source>
        <translation>Besvar alle fem spørgsmål.</translation>
    </message>
    <message>
        <source>Answer each statement 0–5:</source>
        <translation>Svar på hvert udsagn 0–5:</translation>
    </message>
    <message>
        <source>The score is the sum × 4 (0–100).</source>
        <translation>Scoren er summen × 4 (0–100).</translation>
    </message>
    <message>
        <source>Enter the total score (%1–%2).</source>
        <translation>Indtast totalscoren (%1–%2).</translation>
    </message>
    <message>
        <source>Enter the score.</source>
        <translation>Indtast scoren.</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Redskab</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>better</source>
        <translation>bedre</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>dårligere</translation>
    </message>
    <message>
        <source>≤ 28: refer for assessment</source>
        <translation>≤ 28: henvis til udredning</translation>
    </message>
    <message>
        <source>≤ 50: consider screening</source>
        <translation>≤ 50: overvej screening</translation>
    </message>
    <message>
        <source>Change since the previous score; %1 points or more is meaningful.</source>
        <translation>Ændring siden forrige score; %1 point eller mere er en betydende ændring.</translation>
    </message>
    <message>
        <source>WHO-5 guidance: 50 or less suggests reduced well-being (consider screening for depression); 28 or less suggests likely depression (refer for assessment).</source>
        <translation>WHO-5-vejledning: 50 eller derunder tyder på nedsat trivsel (overvej screening for depression); 28 eller derunder tyder på sandsynlig depression (henvis til udredning).</translation>
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
        <source>The selected child:</source>
        <translation>Det valgte barn:</translation>
    </message>
    <message>
        <source>Child &amp;conversations…</source>
        <translation>&amp;Børnesamtaler…</translation>
    </message>
    <message>
        <source>Conversations with the selected child (børnesamtaler), and recording one</source>
        <translation>Børnesamtaler med det valgte barn, og registrering af en ny</translation>
    </message>
    <message>
        <source>Placement &amp;match…</source>
        <translation>&amp;Match af anbringelsessted…</translation>
    </message>
    <message>
        <source>The selected child&apos;s match with a placement site: needs, views, candidates, decision, follow-ups</source>
        <translation>Det valgte barns match med et anbringelsessted: behov, syn, kandidater, afgørelse, opfølgning</translation>
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
    <message numerus="yes">
        <source>The child&apos;s %n conversation(s) (børnesamtaler) are deleted too.</source>
        <translation>
            <numerusform>Barnets %n børnesamtale slettes også.</numerusform>
            <numerusform>Barnets %n børnesamtaler slettes også.</numerusform>
        </translation>
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
    <name>NeedsPage</name>
    <message>
        <source>What the child needs, area by area of the ICS triangle. Write what a site must be able to meet; leave an area empty when it asks nothing special.</source>
        <translation>Hvad barnet har brug for, område for område i ICS-trekanten. Skriv, hvad et sted skal kunne møde; lad et område stå tomt, når det ikke kræver noget særligt.</translation>
    </message>
</context>
<context>
    <name>NoteStateText</name>
    <message>
        <source>Finalized</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n dag gammel</numerusform>
            <numerusform>%n dage gammel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>WHO-5 well-being (0–100)</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito), one per series in turn. The room one date label on the time axis needs, so labels are never cut.</extracomment>
        <translation>WHO-5 trivsel (0–100)</translation>
    </message>
    <message>
        <source>≤ 50: consider screening</source>
        <translation>≤ 50: overvej screening</translation>
    </message>
    <message>
        <source>≤ 28: refer for assessment</source>
        <translation>≤ 28: henvis til udredning</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>ingen målinger</translation>
    </message>
    <message>
        <source>Scales (0–10)</source>
        <translation>Skalaer (0–10)</translation>
    </message>
    <message>
        <source>Other scores</source>
        <translation>Andre scorer</translation>
    </message>
    <message>
        <source>Goal scores at plan reviews (0–10)</source>
        <translation>Målenes scorer ved opfølgning (0–10)</translation>
    </message>
    <message>
        <source>no plan with scored goals</source>
        <translation>ingen plan med scorede mål</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>Instrument</source>
        <translation>Redskab</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean first</source>
        <translation>Gns. første</translation>
    </message>
    <message>
        <source>Mean latest</source>
        <translation>Gns. seneste</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Gennemsnitlig ændring</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95 %-KI</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Forbedret</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Forværret</translation>
    </message>
    <message>
        <source>Members with a first and a latest score in the period</source>
        <translation>Medlemmer med en første og en seneste score i perioden</translation>
    </message>
    <message>
        <source>Latest minus first, in the instrument&apos;s points</source>
        <translation>Seneste minus første, i redskabets point</translation>
    </message>
    <message>
        <source>95% confidence interval of the mean change (Student&apos;s t)</source>
        <translation>95 %-konfidensinterval for den gennemsnitlige ændring (Students t)</translation>
    </message>
    <message>
        <source>Share better by at least a meaningful change</source>
        <translation>Andel forbedret med mindst en betydende ændring</translation>
    </message>
    <message>
        <source>Share worse by at least a meaningful change</source>
        <translation>Andel forværret med mindst en betydende ændring</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Højere er bedre</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <source>&amp;New measurement…</source>
        <translation>&amp;Ny måling…</translation>
    </message>
    <message>
        <source>Enter a WHO-5, a 0–10 scale or a questionnaire score</source>
        <translation>Indtast en WHO-5, en 0–10-skala eller en score fra et spørgeskema</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>Correct the selected measurement (Enter)</source>
        <translation>Ret den valgte måling (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Del)</source>
        <translation>Slet den valgte måling (Del)</translation>
    </message>
    <message>
        <source>Status &amp;report…</source>
        <translation>Status&amp;rapport…</translation>
    </message>
    <message>
        <source>Write and preview the status report for the caseworker (Ctrl+P)</source>
        <translation>Skriv og se statusrapporten til sagsbehandleren (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status report…</source>
        <translation>Statusrapport…</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Add the family&apos;s members first (Members tab); then measure here.</source>
        <translation>Tilføj først familiens medlemmer (fanen Medlemmer); mål derefter her.</translation>
    </message>
    <message>
        <source>No measurements for this member yet — New measurement… adds one.</source>
        <translation>Ingen målinger for dette medlem endnu — Ny måling… tilføjer en.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Slet måling</translation>
    </message>
    <message>
        <source>Delete the %1 measurement of %2 (score %3)? This cannot be undone.</source>
        <translation>Slet målingen %1 fra %2 (score %3)? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview – %1</source>
        <extracomment>Printing renders pages as images; more than this many dots per inch only costs memory. Each zoom step multiplies (or divides) the size by this much; the zoom stays within bounds. How a preview&apos;s folder is named; ``remove_stale_previews`` finds a crash&apos;s leftovers by it.</extracomment>
        <translation>Forhåndsvisning – %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Forrige side</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Næste side ▶</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Første side</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sidste side</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom, in per cent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>PDF&apos;en kunne ikke gemmes i %1: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>Dokumentet kunne ikke sendes til printeren.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Session log PDF</source>
        <translation>Journaludskrift som PDF</translation>
    </message>
    <message>
        <source>Print the sessions in this period. Leave a date empty to leave that end open.</source>
        <translation>Udskriv kontakterne i denne periode. Lad en dato stå tom for at lade perioden være åben i den ende.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vis udskrift</translation>
    </message>
</context>
<context>
    <name>PlacementSitesTool</name>
    <message>
        <source>&amp;Placement sites…</source>
        <translation>&amp;Anbringelsessteder…</translation>
    </message>
    <message>
        <source>The register of foster families, institutions and other placement sites</source>
        <translation>Registret over plejefamilier, institutioner og andre anbringelsessteder</translation>
    </message>
</context>
<context>
    <name>PlacementSitesWindow</name>
    <message>
        <source>Placement sites</source>
        <translation>Anbringelsessteder</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name, type, address or competences</source>
        <translation>Navn, type, adresse eller kompetencer</translation>
    </message>
    <message>
        <source>Find a placement site</source>
        <translation>Find et anbringelsessted</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Tilføj sted…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected site (Enter)</source>
        <translation>Rediger det valgte sted (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Delete the selected site (Del); a site a match names stays</source>
        <translation>Slet det valgte sted (Del); et sted, som et match nævner, bliver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Foster families, network foster families, residential institutions, socio-educational homes and own-room arrangements, shared by all families. A child&apos;s placement match chooses its candidates from here.</source>
        <translation>Plejefamilier, netværksplejefamilier, døgninstitutioner, socialpædagogiske opholdssteder og egne værelser, fælles for alle familier. Et barns match vælger sine kandidater herfra.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sted</numerusform>
            <numerusform>%n steder</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete placement site</source>
        <translation>Slet anbringelsessted</translation>
    </message>
    <message>
        <source>Delete %1 from the register? This cannot be undone.</source>
        <translation>Slet %1 fra registret? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>PlacementStabilityTool</name>
    <message>
        <source>Placement s&amp;tability…</source>
        <translation>Anbringelsers s&amp;tabilitet…</translation>
    </message>
    <message>
        <source>Placements still stable after 3, 6 and 12 months, and first-year breakdowns</source>
        <translation>Anbringelser der stadig er stabile efter 3, 6 og 12 måneder, og sammenbrud i det første år</translation>
    </message>
</context>
<context>
    <name>PlacementStabilityWindow</name>
    <message>
        <source>Placement stability</source>
        <translation>Anbringelsers stabilitet</translation>
    </message>
    <message>
        <source>Placed &amp;from:</source>
        <translation>Anbragt &amp;fra:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;til:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Stability figures</source>
        <translation>Tal for stabilitet</translation>
    </message>
    <message>
        <source>Still stable</source>
        <translation>Stadig stabile</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>Breakdowns within the first year</source>
        <translation>Sammenbrud i det første år</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) started in the period, counted as of %1. A placement too recent to judge at a mark is left out of that mark; n is what each figure is counted over.</source>
        <translation>
            <numerusform>%n anbringelse startede i perioden, opgjort pr. %1. En anbringelse, der er for ny til at vurdere ved et tidspunkt, tælles ikke med der; n er det antal, hvert tal er opgjort ud af.</numerusform>
            <numerusform>%n anbringelser startede i perioden, opgjort pr. %1. En anbringelse, der er for ny til at vurdere ved et tidspunkt, tælles ikke med der; n er det antal, hvert tal er opgjort ud af.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Version</source>
        <extracomment>The long text sections, in the order a plan is talked through with the parents. Room on each side of a goal&apos;s or step&apos;s cell text, as ``QTableView::item`` gives the tables. A plan was created, changed in status or saved: lists showing plans should refresh. Whether a plan is shown that can be printed.</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Earlier versions stay readable</source>
        <translation>Tidligere versioner kan stadig læses</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Parents the plan concerns</source>
        <translation>Forældre, planen omfatter</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Lovgrundlag</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <source>The parents&apos; &amp;own words</source>
        <translation>Forældrenes &amp;egne ord</translation>
    </message>
    <message>
        <source>The chil&amp;d&apos;s perspective</source>
        <translation>Barnets &amp;perspektiv</translation>
    </message>
    <message>
        <source>&amp;Resources and strengths</source>
        <translation>&amp;Ressourcer og styrker</translation>
    </message>
    <message>
        <source>&amp;Concerns</source>
        <translation>&amp;Bekymringer</translation>
    </message>
    <message>
        <source>Crisis-&amp;informed notes</source>
        <translation>&amp;Kriseforståelse</translation>
    </message>
    <message>
        <source>Individually tailored &amp;support</source>
        <translation>Individuelt tilrettelagt &amp;støtte</translation>
    </message>
    <message>
        <source>Collaborators involved</source>
        <translation>Samarbejdspartnere</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>Næste &amp;opfølgning</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Sæt dato</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Mål og handlinger</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Tilføj &amp;mål…</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>Tilføj &amp;handling…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Ned</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Agree…</source>
        <translation>Aftal…</translation>
    </message>
    <message>
        <source>The parents and you agree the plan; its content is then frozen</source>
        <translation>Forældrene og du aftaler planen; derefter er indholdet låst</translation>
    </message>
    <message>
        <source>Revise (new version)</source>
        <translation>Revidér (ny version)</translation>
    </message>
    <message>
        <source>Add re&amp;view…</source>
        <translation>Tilføj &amp;opfølgning…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>Annullér plan</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Udskriv / PDF…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Narrower than this, the plan text sits above the goals instead of beside them.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plan chosen</source>
        <translation>Ingen plan valgt</translation>
    </message>
    <message>
        <source>Choose a plan in the list, or start a new plan with the parents.</source>
        <translation>Vælg en plan på listen, eller start en ny plan sammen med forældrene.</translation>
    </message>
    <message>
        <source>This is an earlier version. It was replaced by a newer agreed version and is kept for reading only.</source>
        <translation>Dette er en tidligere version. Den er afløst af en nyere aftalt version og gemmes kun til læsning.</translation>
    </message>
    <message>
        <source>Agreed on %1. The agreed content is frozen: steps can be ticked off, goals marked reached or dropped and reviews added. To change anything else, start a new version with Revise.</source>
        <translation>Aftalt den %1. Det aftalte indhold er låst: handlinger kan krydses af, mål markeres som nået eller opgivet, og opfølgninger tilføjes. Vil du ændre andet, så start en ny version med Revidér.</translation>
    </message>
    <message>
        <source>This plan is completed and kept for reading only.</source>
        <translation>Planen er afsluttet og gemmes kun til læsning.</translation>
    </message>
    <message>
        <source>This plan was cancelled and is kept for reading only.</source>
        <translation>Planen er annulleret og gemmes kun til læsning.</translation>
    </message>
    <message>
        <source>Someone else saved this plan just now. Their version is shown with your changes on top: check them, then save again.</source>
        <translation>En anden har gemt planen lige nu. Den andens udgave vises med dine ændringer ovenpå: se dem igennem, og gem igen.</translation>
    </message>
    <message>
        <source>Someone else saved this plan after you opened it and changed: %1. Their version is shown with your changes on top: check them, then save again.</source>
        <translation>En anden har gemt planen, efter du åbnede den, og ændret: %1. Den andens udgave vises med dine ændringer ovenpå: se dem igennem, og gem igen.</translation>
    </message>
    <message>
        <source>The plan is agreed. Print it (Ctrl+P) for the parents to sign.</source>
        <translation>Planen er aftalt. Udskriv den (Ctrl+P), så forældrene kan underskrive den.</translation>
    </message>
    <message>
        <source>Complete the plan</source>
        <translation>Afslut planen</translation>
    </message>
    <message>
        <source>Mark the plan as completed? It is kept for reading only.</source>
        <translation>Markér planen som afsluttet? Den gemmes kun til læsning.</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Annullér planen</translation>
    </message>
    <message>
        <source>Cancel the plan? It is kept for reading only and cannot be taken up again.</source>
        <translation>Annullér planen? Den gemmes kun til læsning og kan ikke tages op igen.</translation>
    </message>
    <message>
        <source>Choose the goal the step belongs to.</source>
        <translation>Vælg det mål, handlingen hører til.</translation>
    </message>
    <message>
        <source>Delete the goal and its steps?</source>
        <translation>Slet målet og dets handlinger?</translation>
    </message>
    <message>
        <source>Delete the step?</source>
        <translation>Slet handlingen?</translation>
    </message>
    <message>
        <source>Choose a goal to see its scores over time.</source>
        <translation>Vælg et mål for at se dets skaleringer over tid.</translation>
    </message>
    <message>
        <source>Scores for: %1</source>
        <translation>Skaleringer for: %1</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Parent action plans</source>
        <translation>Forældrehandleplaner</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>Fra skabelon: %1</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Tom plan</translation>
    </message>
    <message>
        <source>From the family&apos;s previous plan</source>
        <translation>Fra familiens forrige plan</translation>
    </message>
    <message>
        <source>The review is overdue</source>
        <translation>Opfølgningen er overskredet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>Planen har ikke-gemte ændringer. Vil du gemme dem?</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>Parent action plan</source>
        <translation>Forældrehandleplan</translation>
    </message>
</context>
<context>
    <name>PreviewJob</name>
    <message>
        <source>Preparing the PDF</source>
        <translation>PDF&apos;en klargøres</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF&apos;en klargøres…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>PDF&apos;en kunne ikke laves: %1</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Edit collaborator</source>
        <extracomment>Set when the user picked an existing collaborator to link. The collaborator as loaded: its save hands it back (``core.versions``).</extracomment>
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
    <name>ProfileDialog</name>
    <message>
        <source>Your worker profile</source>
        <translation>Din profil som familiebehandler</translation>
    </message>
    <message>
        <source>Who works with this database?</source>
        <translation>Hvem arbejder med denne database?</translation>
    </message>
    <message>
        <source>famdesk writes your name on new families and session notes, on printed plans and reports, and in the audit trail. It is kept in the encrypted database; change it later under Tools → Settings.</source>
        <translation>famdesk skriver dit navn på nye familier og journalnotater, på udskrevne planer og rapporter og i logningen. Det gemmes i den krypterede database; du kan ændre det senere under Værktøjer → Indstillinger.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Stilling</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Your full name, as on a signature</source>
        <translation>Dit fulde navn, som når du skriver under</translation>
    </message>
    <message>
        <source>e.g. Family worker</source>
        <translation>fx Familiebehandler</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s family unit</source>
        <translation>fx kommunens familieafdeling</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of %1</source>
        <translation>Opfølgning på %1</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Opsummering</translation>
    </message>
    <message>
        <source>How has it gone since the last review, in the parents&apos; and your words?</source>
        <translation>Hvordan er det gået siden sidste opfølgning, med forældrenes og dine ord?</translation>
    </message>
    <message>
        <source>Score every open goal (0–10)</source>
        <translation>Skalér hvert åbent mål (0–10)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Gem opfølgning</translation>
    </message>
    <message numerus="yes">
        <source>%n open goal(s) still need a score before the review can be saved.</source>
        <translation>
            <numerusform>%n åbent mål mangler stadig en skalering, før opfølgningen kan gemmes.</numerusform>
            <numerusform>%n åbne mål mangler stadig en skalering, før opfølgningen kan gemmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review needs a date.</source>
        <translation>Opfølgningen skal have en dato.</translation>
    </message>
</context>
<context>
    <name>SafetyFeatures</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Logning…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Skift &amp;adgangsfrase…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamets database</translation>
    </message>
    <message>
        <source>Old audit rows could not be removed: %1</source>
        <translation>Gamle logrækker kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet.</source>
        <translation>Der er endnu ingen kontrolleret sikkerhedskopi af denne database.</translation>
    </message>
    <message>
        <source>The last verified backup is %1 days old.</source>
        <translation>Den seneste kontrollerede sikkerhedskopi er %1 dage gammel.</translation>
    </message>
    <message>
        <source>The database lies in a cloud-sync folder (%1), where a sync can damage it. Move it to a local folder.</source>
        <translation>Databasen ligger i en mappe, der synkroniseres med skyen (%1), hvor en synkronisering kan ødelægge den. Flyt den til en lokal mappe.</translation>
    </message>
    <message>
        <source>The database lies on a network share (%1). Keep it on a local disk; put the backups on the share.</source>
        <translation>Databasen ligger på et netværksdrev (%1). Hold den på en lokal disk; læg sikkerhedskopierne på netværksdrevet.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Connect the drive or choose another folder in Settings.</source>
        <translation>Mappen til sikkerhedskopier %1 kan ikke nås. Tilslut drevet, eller vælg en anden mappe under Indstillinger.</translation>
    </message>
    <message>
        <source>The integrity check of the backup %1 found damage: the database may be damaged too. Run famdesk check, and keep older backups.</source>
        <translation>Integritetstjekket af sikkerhedskopien %1 fandt skader: databasen kan også være skadet. Kør famdesk check, og behold ældre sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Den nuværende adgangsfrase er forkert.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De to nye adgangsfraser er forskellige.</translation>
    </message>
    <message>
        <source>The new passphrase must have at least %1 characters.</source>
        <translation>Den nye adgangsfrase skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nye adgangsfrase er den samme som den nuværende.</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: %1</source>
        <translation>Automatisk sikkerhedskopi skrevet og kontrolleret: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiske sikkerhedskopiering mislykkedes: %1</translation>
    </message>
    <message>
        <source>Backing up and verifying before famdesk closes…</source>
        <translation>Tager sikkerhedskopi og kontrollerer den, før famdesk lukker…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhedskopiering mislykkedes</translation>
    </message>
    <message>
        <source>The backup on closing failed: %1

Your database is unchanged; famdesk will try again next time.</source>
        <translation>Sikkerhedskopieringen ved lukning mislykkedes: %1

Din database er uændret; famdesk prøver igen næste gang.</translation>
    </message>
    <message>
        <source>This team database lives on a server, and IT backs it up there. famdesk makes no backup files of it.</source>
        <translation>Teamets database ligger på en server, og IT tager sikkerhedskopier af den dér. famdesk laver ingen sikkerhedskopifiler af den.</translation>
    </message>
    <message>
        <source>On a team server you sign in with your own password, which IT sets. The team database has no passphrase to change.</source>
        <translation>På en teamserver logger du ind med din egen adgangskode, som IT sætter. Teamets database har ingen adgangsfrase, der kan ændres.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Backups made from now on use the new one.</source>
        <translation>Adgangsfrasen er skiftet. Sikkerhedskopier, der tages fra nu af, bruger den nye.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Gendanner %1…</translation>
    </message>
    <message>
        <source>The database could not be opened again: %1

famdesk will close.</source>
        <translation>Databasen kunne ikke åbnes igen: %1

famdesk lukker.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>Sikkerhedskopien blev ikke gendannet: %1

Din database er uændret.</translation>
    </message>
    <message>
        <source>Restored from %1. A copy of the database it replaced was kept.</source>
        <translation>Gendannet fra %1. Der er gemt en kopi af den database, den erstattede.</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search notes</source>
        <extracomment>(session_uid, family_uid) of the hit the worker chose. Emitted after each answer is shown (the number of hits shown in all).</extracomment>
        <translation>Søg i notater</translation>
    </message>
    <message>
        <source>Words from summaries, notes, assessments, agreements and addenda</source>
        <translation>Ord fra resuméer, notater, vurderinger, aftaler og tilføjelser</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <source>Most relevant of the newest %1</source>
        <translation>Mest relevante blandt de nyeste %1</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Flere resultater</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Åbn kontakt</translation>
    </message>
    <message>
        <source>A word finds every word that starts with it (“børne” finds “børnehave”); put words in quotes to find them together. Searches are written to the audit trail.</source>
        <translation>Et ord finder alle ord, der begynder med det (“børne” finder “børnehave”); sæt ord i anførselstegn for at finde dem sammen. Søgninger skrives i loggen.</translation>
    </message>
    <message>
        <source>Only the chosen family (%1)</source>
        <translation>Kun den valgte familie (%1)</translation>
    </message>
    <message>
        <source>Only the chosen family (none chosen)</source>
        <translation>Kun den valgte familie (ingen valgt)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Søgningen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>Type a word to search every family&apos;s notes.</source>
        <translation>Skriv et ord for at søge i alle familiers notater.</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Ingen notater passer.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n note(s) shown.</source>
        <translation>
            <numerusform>Det første %n notat vises.</numerusform>
            <numerusform>De første %n notater vises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation>
            <numerusform>%n notat fundet.</numerusform>
            <numerusform>%n notater fundet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Sign in to the team database</source>
        <translation>Log ind i teamets database</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Adgangskode for %1 på %2:</translation>
    </message>
    <message>
        <source>Wrong password for %1 on %2. Try again:</source>
        <translation>Forkert adgangskode for %1 på %2. Prøv igen:</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Tids&amp;punkt:</translation>
    </message>
    <message>
        <source>D&amp;uration (min):</source>
        <translation>Va&amp;righed (min):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>Plan &amp;goals worked on</source>
        <translation>Mål i &amp;planen, der blev arbejdet med</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Res&amp;umé:</translation>
    </message>
    <message>
        <source>One line: what the session was about</source>
        <translation>Én linje: hvad kontakten handlede om</translation>
    </message>
    <message>
        <source>&amp;Notes – what was observed and said</source>
        <translation>&amp;Notat – hvad blev observeret og sagt</translation>
    </message>
    <message>
        <source>Describe what happened; write the child&apos;s and the parents&apos; own words in quotation marks.</source>
        <translation>Beskriv hvad der skete; skriv barnets og forældrenes egne ord i anførselstegn.</translation>
    </message>
    <message>
        <source>Professional &amp;assessment (the family worker&apos;s own)</source>
        <translation>Faglig &amp;vurdering (familiebehandlerens egen)</translation>
    </message>
    <message>
        <source>Your professional assessment, kept apart from what was observed and said.</source>
        <translation>Din faglige vurdering, holdt adskilt fra det, der blev observeret og sagt.</translation>
    </message>
    <message>
        <source>Agreements and next steps</source>
        <translation>Aftaler og næste skridt</translation>
    </message>
    <message>
        <source>&amp;What is the concern about?</source>
        <translation>&amp;Hvad går bekymringen ud på?</translation>
    </message>
    <message>
        <source>What you saw or heard, and why it worries you for the child</source>
        <translation>Hvad du så eller hørte, og hvorfor det bekymrer dig for barnet</translation>
    </message>
    <message>
        <source>Who was told, when and how</source>
        <translation>Hvem er orienteret, hvornår og hvordan</translation>
    </message>
    <message>
        <source>&amp;Record who was told…</source>
        <translation>&amp;Registrér orientering…</translation>
    </message>
    <message>
        <source>The municipal caseworker, your leader or another you passed the concern on to</source>
        <translation>Sagsbehandleren, din leder eller en anden, du har givet bekymringen videre til</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Tilføjelser</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Skriv t&amp;ilføjelse…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save as a draft or planned session (Ctrl+Enter)</source>
        <translation>Gem som kladde eller planlagt kontakt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and &amp;finalize…</source>
        <translation>Gem og &amp;afslut…</translation>
    </message>
    <message>
        <source>Lock the note; later corrections become dated addenda (Ctrl+Shift+F)</source>
        <translation>Lås notatet; senere rettelser bliver daterede tilføjelser (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not saved: type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).</source>
        <translation>Ikke gemt: skriv dato og tid som DD-MM-ÅÅÅÅ TT:MM (1.6.2024 10.00 går også).</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this note after you opened it (%1). Your text is still here; saving again puts it in place of theirs.</source>
        <translation>Ikke gemt: en anden har gemt notatet, efter du åbnede det (%1). Din tekst står her stadig; gemmer du igen, erstatter den den andens.</translation>
    </message>
    <message>
        <source>(saved with the note)</source>
        <translation>(gemmes med notatet)</translation>
    </message>
    <message>
        <source>Nobody is recorded as told yet.</source>
        <translation>Ingen er registreret som orienteret endnu.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Finalized %1. The note cannot be changed; corrections are added as dated addenda below.</source>
        <translation>Afsluttet %1. Notatet kan ikke ændres; rettelser tilføjes som daterede tilføjelser nedenfor.</translation>
    </message>
    <message>
        <source>Session note (finalized)</source>
        <translation>Kontaktnotat (afsluttet)</translation>
    </message>
    <message>
        <source>Mark the planned session as held</source>
        <translation>Markér den planlagte kontakt som afholdt</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Redigér kontakt</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Planlæg en kontakt</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Registrér en kontakt</translation>
    </message>
    <message>
        <source>%1 – Added after finalizing:</source>
        <translation>%1 – Tilføjet efter afslutning:</translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Ingen tilføjelser.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Finalize the note</source>
        <translation>Afslut notatet</translation>
    </message>
    <message>
        <source>A finalized note cannot be changed afterwards; corrections become dated addenda. Finalize it now?</source>
        <translation>Et afsluttet notat kan ikke ændres bagefter; rettelser bliver daterede tilføjelser. Afslut det nu?</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Notat ikke gemt</translation>
    </message>
    <message>
        <source>Throw away what you typed in this session note?</source>
        <translation>Kassér det, du har skrevet i dette kontaktnotat?</translation>
    </message>
</context>
<context>
    <name>SessionTools</name>
    <message>
        <source>&amp;Sessions</source>
        <extracomment>How often the stale-drafts hint is brought up to date while the window is open.</extracomment>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>&amp;Søg i notater…</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <source>&amp;Unfinished notes…</source>
        <translation>&amp;Ufærdige notater…</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished note(s) older than %1 days</source>
        <translation>
            <numerusform>%n ufærdigt notat ældre end %1 dage</numerusform>
            <numerusform>%n ufærdige notater ældre end %1 dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the unfinished notes (Ctrl+Shift+U)</source>
        <translation>Vis de ufærdige notater (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <extracomment>A session of the shown family was created, changed or deleted (family uid).</extracomment>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrér kontakt…</translation>
    </message>
    <message>
        <source>Log a session that has taken place (Ctrl+L)</source>
        <translation>Registrér en kontakt, der har fundet sted (Ctrl+L)</translation>
    </message>
    <message>
        <source>Pla&amp;n session…</source>
        <translation>Pla&amp;nlæg kontakt…</translation>
    </message>
    <message>
        <source>Put a future session in the calendar</source>
        <translation>Sæt en kommende kontakt i kalenderen</translation>
    </message>
    <message>
        <source>Session log &amp;PDF…</source>
        <translation>Journaludskrift som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation>Markér som a&amp;fholdt…</translation>
    </message>
    <message>
        <source>After the visit: open the planned session as held, ready for the note</source>
        <translation>Efter besøget: åbn den planlagte kontakt som afholdt, klar til notatet</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Skriv t&amp;ilføjelse…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Delete a draft or a planned session</source>
        <translation>Slet en kladde eller en planlagt kontakt</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle mål</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match</source>
        <translation>
            <numerusform>%n kontakt passer</numerusform>
            <numerusform>%n kontakter passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>No session matches the filters.</source>
        <translation>Ingen kontakter passer til filtrene.</translation>
    </message>
    <message>
        <source>No sessions yet — press Log session… to write the first note.</source>
        <translation>Ingen kontakter endnu – tryk Registrér kontakt… for at skrive det første notat.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not finalized yet</source>
        <translation>
            <numerusform>%n notat er ikke afsluttet endnu</numerusform>
            <numerusform>%n notater er ikke afsluttet endnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than %1 days — finalize soon</source>
        <translation>
            <numerusform>%n er ældre end %1 dage – afslut snart</numerusform>
            <numerusform>%n er ældre end %1 dage – afslut snart</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slet kontakt</translation>
    </message>
    <message>
        <source>Delete the session %2 (%1)? This cannot be undone.</source>
        <translation>Slet kontakten %2 (%1)? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Worker profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Locking and audit trail</source>
        <translation>Låsning og logning</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>A USB drive or a network folder is a good place for backups.</source>
        <translation>Et USB-drev eller en netværksmappe er et godt sted til sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Back up when famdesk closes</source>
        <translation>Tag sikkerhedskopi, når famdesk lukkes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Back up while open, every</source>
        <translation>Tag sikkerhedskopi mens åben, hver</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Behold daglige kopier i</translation>
    </message>
    <message>
        <source>Keep weekly backups for</source>
        <translation>Behold ugentlige kopier i</translation>
    </message>
    <message>
        <source>Keep monthly backups for</source>
        <translation>Behold månedlige kopier i</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than</source>
        <translation>Advar, når seneste kopi er ældre end</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Lås vinduet efter</translation>
    </message>
    <message>
        <source>Keep audit rows for</source>
        <translation>Behold logrækker i</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutters inaktivitet</translation>
    </message>
    <message>
        <source>only when closing</source>
        <translation>kun ved lukning</translation>
    </message>
    <message>
        <source>never lock</source>
        <translation>lås aldrig</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Vælg mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Dette er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>This folder cannot be reached. Connect the drive or choose another folder.</source>
        <translation>Mappen kan ikke nås. Tilslut drevet, eller vælg en anden mappe.</translation>
    </message>
    <message>
        <source>Give the full path of the folder.</source>
        <translation>Angiv mappens fulde sti.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Indstillingerne kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>%1 (n = %2)</source>
        <extracomment>The category labels as drawn (each ends with its n), and the bars&apos; values in %.</extracomment>
        <translation>%1 (n = %2)</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit placement site</source>
        <translation>Rediger anbringelsessted</translation>
    </message>
    <message>
        <source>Add placement site</source>
        <translation>Tilføj anbringelsessted</translation>
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
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Type of placement</source>
        <translation>Anbringelsestype</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
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
        <source>&amp;Competences:</source>
        <translation>&amp;Kompetencer:</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ka&amp;pacitet:</translation>
    </message>
    <message>
        <source>Capacity (children)</source>
        <translation>Kapacitet (børn)</translation>
    </message>
    <message>
        <source>What the site is good at: ages, needs it meets, approach, languages …</source>
        <translation>Hvad stedet er godt til: alder, behov det kan møde, tilgang, sprog …</translation>
    </message>
    <message>
        <source>children</source>
        <translation>børn</translation>
    </message>
    <message>
        <source>How many children the site can take; empty if unknown</source>
        <translation>Hvor mange børn stedet kan tage; tomt, hvis det ikke vides</translation>
    </message>
    <message>
        <source>The register of placement sites is shared by all families: a change here shows wherever the site is a candidate.</source>
        <translation>Registret over anbringelsessteder er fælles for alle familier: en ændring her ses overalt, hvor stedet er kandidat.</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>How many children&apos;s matches name the site</source>
        <translation>Hvor mange børns match stedet indgår i</translation>
    </message>
</context>
<context>
    <name>StabilityModel</name>
    <message>
        <source>Figure</source>
        <extracomment>The period shown first: placements started in the last three years.</extracomment>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>The placements the figure is counted over</source>
        <translation>De anbringelser, tallet er opgjort ud af</translation>
    </message>
    <message>
        <source>First-year breakdowns, cause: %1</source>
        <translation>Sammenbrud i det første år, årsag: %1</translation>
    </message>
    <message>
        <source>First-year breakdowns, site type: %1</source>
        <translation>Sammenbrud i det første år, type af sted: %1</translation>
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
    <name>StatusReportDialog</name>
    <message>
        <source>Status report – %1</source>
        <translation>Statusrapport – %1</translation>
    </message>
    <message>
        <source>For the municipal caseworker before the review meeting. Sessions, goals, measurements, agreements and collaborators in the period are filled in from the case; write the family&apos;s own view and your assessment here.</source>
        <translation>Til sagsbehandleren før opfølgningsmødet. Kontakter, mål, målinger, aftaler og samarbejdspartnere i perioden hentes fra sagen; skriv familiens eget syn og din vurdering her.</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;fra:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;til:</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s own view:</source>
        <translation>&amp;Familiens eget syn:</translation>
    </message>
    <message>
        <source>The family worker&apos;s &amp;assessment:</source>
        <translation>Familiebehandlerens &amp;vurdering:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>Rapportens &amp;sprog:</translation>
    </message>
    <message>
        <source>How the parents (and the child) see the period, in their own words</source>
        <translation>Hvordan forældrene (og barnet) ser perioden, med deres egne ord</translation>
    </message>
    <message>
        <source>Your professional assessment of the development and what is needed next</source>
        <translation>Din faglige vurdering af udviklingen og af, hvad der skal til fremover</translation>
    </message>
    <message>
        <source>The family has &amp;seen the report</source>
        <translation>Familien har &amp;set rapporten</translation>
    </message>
    <message>
        <source>Save &amp;texts</source>
        <translation>Gem &amp;tekster</translation>
    </message>
    <message>
        <source>Keep the texts with the report for this period</source>
        <translation>Gem teksterne med rapporten for denne periode</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vis…</translation>
    </message>
    <message>
        <source>Save the texts, make the PDF and show it (saving or printing it from there)</source>
        <translation>Gem teksterne, lav PDF&apos;en og vis den (gem eller udskriv den derfra)</translation>
    </message>
    <message>
        <source>The report for this period was printed on %1; saving the texts again starts a new version, the printed one is kept.</source>
        <translation>Rapporten for denne periode blev udskrevet %1; gemmes teksterne igen, begynder en ny version, og den udskrevne bevares.</translation>
    </message>
    <message>
        <source>This family no longer exists.</source>
        <translation>Familien findes ikke længere.</translation>
    </message>
    <message>
        <source>Texts saved with the report for this period.</source>
        <translation>Teksterne er gemt med rapporten for denne periode.</translation>
    </message>
    <message>
        <source>Unsaved texts</source>
        <translation>Tekster ikke gemt</translation>
    </message>
    <message>
        <source>The texts for the status report are not saved. Save them?</source>
        <translation>Teksterne til statusrapporten er ikke gemt. Vil du gemme dem?</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Step</source>
        <extracomment>A refused save&apos;s reason, in the catalogue&apos;s words (``show_refusal``).</extracomment>
        <translation>Handling</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>Hvad skal der gøres?</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Frist</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date and time</source>
        <extracomment>(rows loaded, total matching) after a reset or a page.</extracomment>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message numerus="yes">
        <source>(+%n addendum/addenda)</source>
        <translation>
            <numerusform>(+%n tilføjelse)</numerusform>
            <numerusform>(+%n tilføjelser)</numerusform>
        </translation>
    </message>
    <message>
        <source>Concern noted in this session</source>
        <translation>Bekymring noteret ved denne kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Draft older than %n day(s): finalize it soon</source>
        <translation>
            <numerusform>Kladde ældre end %n dag: afslut den snart</numerusform>
            <numerusform>Kladde ældre end %n dage: afslut den snart</numerusform>
        </translation>
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
    <name>ViewsPage</name>
    <message>
        <source>The child and the parents are heard before the decision (Barnets lov § 5). Write their views in their own words; your assessment belongs with the candidates.</source>
        <translation>Barnet og forældrene høres før afgørelsen (barnets lov § 5). Skriv deres syn med deres egne ord; din vurdering hører til ved kandidaterne.</translation>
    </message>
    <message>
        <source>The child&apos;s own view</source>
        <translation>Barnets eget syn</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>Forældrenes syn</translation>
    </message>
    <message>
        <source>What the child wishes and fears about moving, and where.</source>
        <translation>Hvad barnet ønsker og frygter ved at flytte, og hvorhen.</translation>
    </message>
    <message>
        <source>What the parents wish for the child, and what they worry about.</source>
        <translation>Hvad forældrene ønsker for barnet, og hvad de er bekymrede for.</translation>
    </message>
    <message>
        <source>Conversations with the child (latest three)</source>
        <translation>Børnesamtaler (de seneste tre)</translation>
    </message>
    <message>
        <source>Conversations with the child</source>
        <translation>Børnesamtaler</translation>
    </message>
    <message>
        <source>Recorded with Child conversations… on the Members tab.</source>
        <translation>Registreres med Børnesamtaler… under Medlemmer.</translation>
    </message>
    <message>
        <source>%1 – the child declined to speak.</source>
        <translation>%1 – barnet ønskede ikke at tale.</translation>
    </message>
    <message>
        <source>%1 – support person: %2 – “%3”</source>
        <translation>%1 – bisidder: %2 – »%3«</translation>
    </message>
    <message>
        <source>%1 – no support person – “%2”</source>
        <translation>%1 – ingen bisidder – »%2«</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded yet.</source>
        <translation>Der er endnu ikke registreret nogen samtale med barnet.</translation>
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
        <source>The team server did not accept the password (%1).</source>
        <translation>Teamserveren godtog ikke adgangskoden (%1).</translation>
    </message>
    <message>
        <source>The team server cannot be reached just now: %1</source>
        <translation>Teamserveren kan ikke nås lige nu: %1</translation>
    </message>
    <message>
        <source>There is no famdesk database at %1.</source>
        <translation>Der er ingen famdesk-database i %1.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost. Nothing you typed is lost; try again in a moment.</source>
        <translation>Forbindelsen til teamets server blev afbrudt. Intet af det, du har skrevet, er tabt; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database could not do this just now. Try again; if it keeps failing, tell IT.</source>
        <translation>Databasen kunne ikke gøre det lige nu. Prøv igen; sig det til IT, hvis det bliver ved med at mislykkes.</translation>
    </message>
    <message>
        <source>The disk is full: the database %1 could not be created, and nothing was created. Free some space and try again.</source>
        <translation>Disken er fuld: databasen %1 kunne ikke oprettes, og intet blev oprettet. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The database %1 could not be created (%2). Nothing was created.</source>
        <translation>Databasen %1 kunne ikke oprettes (%2). Intet blev oprettet.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2). The database is unchanged. The copy made before the upgrade is kept as %3.</source>
        <translation>%1 kunne ikke opgraderes til denne version af famdesk (%2). Databasen er uændret. Kopien, der blev taget før opgraderingen, er gemt som %3.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2). The database is unchanged.</source>
        <translation>%1 kunne ikke opgraderes til denne version af famdesk (%2). Databasen er uændret.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. Ask IT to restore the copy made before the upgrade: %3</source>
        <translation>%1 kunne ikke opgraderes til denne version af famdesk (%2) og kan være ufuldstændig. Bed IT om at gendanne kopien, der blev taget før opgraderingen: %3</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. Restore it from a backup.</source>
        <translation>%1 kunne ikke opgraderes til denne version af famdesk (%2) og kan være ufuldstændig. Gendan den fra en sikkerhedskopi.</translation>
    </message>
</context>
</TS>
