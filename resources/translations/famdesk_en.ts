<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add addendum</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Session %1: %2</translation>
    </message>
    <message>
        <source>The note is finalized and stays as it is. The addendum is dated today and shown below the note as added after finalizing.</source>
        <translation>The note is finalized and stays as it is. The addendum is dated today and shown below the note as added after finalizing.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>%1 months</source>
        <extracomment>What a form can be told is wrong: a refusal, one field&apos;s problem, or several.</extracomment>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <source>Agenda</source>
        <extracomment>The family uid of a double-clicked item. The .ics written by an export (after the thread pool&apos;s work, on the GUI thread). The sentence shown when an export failed.</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Next week ›</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Export to calendar (.ics)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Tomorrow, %1</translation>
    </message>
    <message>
        <source>Plan review: %1</source>
        <translation>Plan review: %1</translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the support</source>
        <translation>Follow-up no. %1 on the support</translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the placement of %2</source>
        <translation>Follow-up no. %1 on the placement of %2</translation>
    </message>
    <message>
        <source>Conversation with %1 before the placement site is decided</source>
        <translation>Conversation with %1 before the placement site is decided</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · nothing planned</source>
        <translation>%1 · nothing planned</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Nothing planned this week.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) this week</source>
        <translation>
            <numerusform>%n item this week</numerusform>
            <numerusform>%n items this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Writing the calendar file…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>The calendar file could not be written: %1</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the plan</source>
        <translation>Agree the plan</translation>
    </message>
    <message>
        <source>Agree “%1”</source>
        <translation>Agree “%1”</translation>
    </message>
    <message>
        <source>When the parents and you agree the plan:</source>
        <translation>When the parents and you agree the plan:</translation>
    </message>
    <message>
        <source>• this version is frozen: steps can still be ticked off, goals marked reached or dropped, and reviews added;</source>
        <translation>• this version is frozen: steps can still be ticked off, goals marked reached or dropped, and reviews added;</translation>
    </message>
    <message>
        <source>• a later change makes a new version, and this one stays readable;</source>
        <translation>• a later change makes a new version, and this one stays readable;</translation>
    </message>
    <message>
        <source>• print the agreed plan (Ctrl+P) for the parents to sign.</source>
        <translation>• print the agreed plan (Ctrl+P) for the parents to sign.</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>&amp;Agreed on</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>&amp;Next review</translation>
    </message>
    <message>
        <source>Three months after the agreement, unless you choose another day.</source>
        <translation>Three months after the agreement, unless you choose another day.</translation>
    </message>
    <message>
        <source>A&amp;gree the plan</source>
        <translation>A&amp;gree the plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“%1” is empty: what does the child say, and what does the child need?</source>
        <translation>“%1” is empty: what does the child say, and what does the child need?</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>No parent is chosen: the plan names the parents who sign it.</source>
        <translation>No parent is chosen: the plan names the parents who sign it.</translation>
    </message>
    <message>
        <source>The goal “%1” has no target date.</source>
        <translation>The goal “%1” has no target date.</translation>
    </message>
    <message>
        <source>The goal “%1” has no baseline score (0–10) to follow progress from.</source>
        <translation>The goal “%1” has no baseline score (0–10) to follow progress from.</translation>
    </message>
    <message>
        <source>The goal “%1” has no steps: who does what?</source>
        <translation>The goal “%1” has no steps: who does what?</translation>
    </message>
    <message>
        <source>No date is set for the next review.</source>
        <translation>No date is set for the next review.</translation>
    </message>
    <message>
        <source>• %1: no conversation recorded</source>
        <translation>• %1: no conversation recorded</translation>
    </message>
    <message>
        <source>• %1: the latest on %2</source>
        <translation>• %1: the latest on %2</translation>
    </message>
    <message>
        <source>No conversation with the child (børnesamtale) is recorded in the three months before the agreement, since %1:</source>
        <translation>No conversation with the child (børnesamtale) is recorded in the three months before the agreement, since %1:</translation>
    </message>
    <message>
        <source>Consider talking with the child before the plan is agreed (Barnets lov § 5).</source>
        <translation>Consider talking with the child before the plan is agreed (Barnets lov § 5).</translation>
    </message>
    <message>
        <source>Before you agree, check what the plan still lacks:</source>
        <translation>Before you agree, check what the plan still lacks:</translation>
    </message>
    <message>
        <source>Nothing is missing: every section is filled in, every goal can be followed.</source>
        <translation>Nothing is missing: every section is filled in, every goal can be followed.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Who did what, when, and to which record. The trail cannot be changed or deleted here; rows older than the retention period are removed automatically.</source>
        <translation>Who did what, when, and to which record. The trail cannot be changed or deleted here; rows older than the retention period are removed automatically.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Export for this person…</source>
        <translation>Export for this person…</translation>
    </message>
    <message>
        <source>For a request for access: every row about the person or their family, in any period.</source>
        <translation>For a request for access: every row about the person or their family, in any period.</translation>
    </message>
    <message>
        <source>Export shown rows…</source>
        <translation>Export shown rows…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n row(s) — scroll for more</source>
        <translation>
            <numerusform>Showing %1 of %n row — scroll for more</numerusform>
            <numerusform>Showing %1 of %n rows — scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a family first.</source>
        <translation>Choose a family first.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;JSON file (*.json)</source>
        <translation>CSV file (*.csv);;JSON file (*.json)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>AutosaveSupport</name>
    <message>
        <source>Recovered text</source>
        <translation>Recovered text</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was recovered. Restore it?</source>
        <translation>Unsaved text from %1 was recovered. Restore it?</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NOT verified</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This backup holds %1 families; its last change was %2.

Restoring replaces the database you have open now. A copy of it is kept.</source>
        <translation>This backup holds %1 families; its last change was %2.

Restoring replaces the database you have open now. A copy of it is kept.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
</context>
<context>
    <name>BreakdownPage</name>
    <message>
        <source>A placement that ends before it was meant to is a breakdown. Record it here, planned or not, with its cause: the stability figures count it.</source>
        <translation>A placement that ends before it was meant to is a breakdown. Record it here, planned or not, with its cause: the stability figures count it.</translation>
    </message>
    <message>
        <source>The placement &amp;broke down</source>
        <translation>The placement &amp;broke down</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date of the breakdown</source>
        <translation>Date of the breakdown</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>Planned:</translation>
    </message>
    <message>
        <source>The ending was planned</source>
        <translation>The ending was planned</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <source>Cause of the breakdown</source>
        <translation>Cause of the breakdown</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notes on the breakdown</source>
        <translation>Notes on the breakdown</translation>
    </message>
    <message>
        <source>The ending was &amp;planned</source>
        <translation>The ending was &amp;planned</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Edit candidate</source>
        <extracomment>The candidate saved (its uid), once OK succeeded.</extracomment>
        <translation>Edit candidate</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Add candidate</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Fit (0–10):</source>
        <translation>&amp;Fit (0–10):</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Placement site</source>
        <translation>Placement site</translation>
    </message>
    <message>
        <source>Fit from 0 to 10</source>
        <translation>Fit from 0 to 10</translation>
    </message>
    <message>
        <source>How well the site meets the child&apos;s needs: 0 not at all, 10 fully</source>
        <translation>How well the site meets the child&apos;s needs: 0 not at all, 10 fully</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>How the site meets the child&apos;s needs, and what speaks against it</source>
        <translation>How the site meets the child&apos;s needs, and what speaks against it</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;New site…</translation>
    </message>
    <message>
        <source>Add a site to the register and choose it</source>
        <translation>Add a site to the register and choose it</translation>
    </message>
    <message>
        <source>The register has no site to choose yet: add one with New site…</source>
        <translation>The register has no site to choose yet: add one with New site…</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>capacity %1</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fit (0–10)</source>
        <translation>Fit (0–10)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>The site&apos;s competences</source>
        <translation>The site&apos;s competences</translation>
    </message>
    <message>
        <source>How well the site meets the child&apos;s needs: 0 not at all, 10 fully</source>
        <translation>How well the site meets the child&apos;s needs: 0 not at all, 10 fully</translation>
    </message>
    <message>
        <source>The chosen site</source>
        <translation>The chosen site</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>The sites considered for the child, side by side. Fit is how well a site meets the child&apos;s needs, from 0 (not at all) to 10 (fully); ✓ marks the chosen site.</source>
        <translation>The sites considered for the child, side by side. Fit is how well a site meets the child&apos;s needs, from 0 (not at all) to 10 (fully); ✓ marks the chosen site.</translation>
    </message>
    <message>
        <source>&amp;Add candidate…</source>
        <translation>&amp;Add candidate…</translation>
    </message>
    <message>
        <source>Consider a site from the register</source>
        <translation>Consider a site from the register</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected candidate (Enter)</source>
        <translation>Edit the selected candidate (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected candidate (Del)</source>
        <translation>Remove the selected candidate (Del)</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>Candidate sites</translation>
    </message>
</context>
<context>
    <name>CaseloadOutcomesTool</name>
    <message>
        <source>Caseload &amp;outcomes…</source>
        <translation>Caseload &amp;outcomes…</translation>
    </message>
    <message>
        <source>First versus latest scores across the families, with charts and CSV export</source>
        <translation>First versus latest scores across the families, with charts and CSV export</translation>
    </message>
</context>
<context>
    <name>CaseloadOutcomesWindow</name>
    <message>
        <source>Caseload outcomes</source>
        <translation>Caseload outcomes</translation>
    </message>
    <message>
        <source>&amp;Setting:</source>
        <translation>&amp;Setting:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Measurements from this date (empty: from the first)</source>
        <translation>Measurements from this date (empty: from the first)</translation>
    </message>
    <message>
        <source>Measurements up to this date (empty: up to today)</source>
        <translation>Measurements up to this date (empty: up to today)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No measurements match the filters.</source>
        <translation>No measurements match the filters.</translation>
    </message>
    <message>
        <source>First and latest score of each member in the period; a member needs two scores on an instrument to count. Improved/worsened: by at least a meaningful change (WHO-5: 10 points, 0–10 scales: 2, SDQ/ORS/SRS: 5).</source>
        <translation>First and latest score of each member in the period; a member needs two scores on an instrument to count. Improved/worsened: by at least a meaningful change (WHO-5: 10 points, 0–10 scales: 2, SDQ/ORS/SRS: 5).</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>ChangeChart</name>
    <message>
        <source>Mean change, better direction (% of the scale), with 95% CI</source>
        <translation>Mean change, better direction (% of the scale), with 95% CI</translation>
    </message>
    <message>
        <source>Change in % of the instrument&apos;s range (right = better)</source>
        <translation>Change in % of the instrument&apos;s range (right = better)</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Mean change</translation>
    </message>
    <message>
        <source>%1: mean change %2 points (95% CI %3 to %4), n = %5</source>
        <translation>%1: mean change %2 points (95% CI %3 to %4), n = %5</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>no member has two scores in the period</source>
        <translation>no member has two scores in the period</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
</context>
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
    <name>ConcernNoticeDialog</name>
    <message>
        <source>Record who was told</source>
        <translation>Record who was told</translation>
    </message>
    <message>
        <source>&amp;Who was told:</source>
        <translation>&amp;Who was told:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>H&amp;ow:</source>
        <translation>H&amp;ow:</translation>
    </message>
    <message>
        <source>For example the municipal caseworker</source>
        <translation>For example the municipal caseworker</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>In writing (underretning)</source>
        <translation>In writing (underretning)</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>At a meeting</translation>
    </message>
    <message>
        <source>By secure e-mail</source>
        <translation>By secure e-mail</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).</source>
        <translation>Type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation with %1</translation>
    </message>
    <message>
        <source>New conversation with %1</source>
        <translation>New conversation with %1</translation>
    </message>
    <message>
        <source>Barnets lov § 5: the child&apos;s own view, in a conversation before a decision. The child may decline to speak; that is recorded too.</source>
        <translation>Barnets lov § 5: the child&apos;s own view, in a conversation before a decision. The child may decline to speak; that is recorded too.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Present:</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Who was present</translation>
    </message>
    <message>
        <source>&amp;Support person:</source>
        <translation>&amp;Support person:</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>The child declined to speak</source>
        <translation>The child declined to speak</translation>
    </message>
    <message>
        <source>The child&apos;s own &amp;words:</source>
        <translation>The child&apos;s own &amp;words:</translation>
    </message>
    <message>
        <source>The child&apos;s words</source>
        <translation>The child&apos;s words</translation>
    </message>
    <message>
        <source>Your s&amp;ummary:</source>
        <translation>Your s&amp;ummary:</translation>
    </message>
    <message>
        <source>Your summary</source>
        <translation>Your summary</translation>
    </message>
    <message>
        <source>e.g. the child, you, a parent</source>
        <translation>e.g. the child, you, a parent</translation>
    </message>
    <message>
        <source>A support person (bisidder) the child chose to bring (Barnets lov § 6); empty if none.</source>
        <translation>A support person (bisidder) the child chose to bring (Barnets lov § 6); empty if none.</translation>
    </message>
    <message>
        <source>The child &amp;declined to speak</source>
        <translation>The child &amp;declined to speak</translation>
    </message>
    <message>
        <source>What you saw and understood, kept apart from the child&apos;s words.</source>
        <translation>What you saw and understood, kept apart from the child&apos;s words.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The child declined to speak: there are no own words to write here. Say what happened in your summary.</source>
        <translation>The child declined to speak: there are no own words to write here. Say what happened in your summary.</translation>
    </message>
    <message>
        <source>As the child said it, in the child&apos;s own words.</source>
        <translation>As the child said it, in the child&apos;s own words.</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Support person</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Declined to speak</source>
        <translation>Declined to speak</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
</context>
<context>
    <name>ConversationsWindow</name>
    <message>
        <source>Child conversations</source>
        <translation>Child conversations</translation>
    </message>
    <message>
        <source>Conversations with %1</source>
        <translation>Conversations with %1</translation>
    </message>
    <message>
        <source>&amp;Record a conversation…</source>
        <translation>&amp;Record a conversation…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open the selected conversation (Enter)</source>
        <translation>Open the selected conversation (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected conversation (Del)</source>
        <translation>Delete the selected conversation (Del)</translation>
    </message>
    <message>
        <source>Conversations with the child</source>
        <translation>Conversations with the child</translation>
    </message>
    <message>
        <source>The child&apos;s own words:</source>
        <translation>The child&apos;s own words:</translation>
    </message>
    <message>
        <source>Your summary:</source>
        <translation>Your summary:</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded yet. Record each børnesamtale here, also when the child declined to speak.</source>
        <translation>No conversation with the child is recorded yet. Record each børnesamtale here, also when the child declined to speak.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Heard in the last three months: the latest conversation was on %1.</source>
        <translation>Heard in the last three months: the latest conversation was on %1.</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded.</source>
        <translation>No conversation with the child is recorded.</translation>
    </message>
    <message>
        <source>No conversation in the last three months: the latest was on %1. Talk with the child before the next decision.</source>
        <translation>No conversation in the last three months: the latest was on %1. Talk with the child before the next decision.</translation>
    </message>
    <message>
        <source>The child declined to speak.</source>
        <translation>The child declined to speak.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <source>Delete the conversation of %1 with %2? This cannot be undone.</source>
        <translation>Delete the conversation of %1 with %2? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>No connection to the server</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <source>Your unsaved text is still in its window. Save it again when the connection is back; famdesk reconnects by itself.</source>
        <translation>Your unsaved text is still in its window. Save it again when the connection is back; famdesk reconnects by itself.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>famdesk met an unexpected error and stopped what it was doing. Everything you saved is safe; text you had not saved yet is still in its window.</source>
        <translation>famdesk met an unexpected error and stopped what it was doing. Everything you saved is safe; text you had not saved yet is still in its window.</translation>
    </message>
</context>
<context>
    <name>DashboardCard</name>
    <message>
        <source>Overdue. </source>
        <extracomment>Room the style takes beside the text: the marker, its gap, padding and borders.</extracomment>
        <translation>Overdue. </translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Double-click or press Enter to open it.</translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>What is due across your caseload (Ctrl+Shift+D)</source>
        <translation>What is due across your caseload (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the caseload again</source>
        <translation>Read the caseload again</translation>
    </message>
    <message numerus="yes">
        <source>Appointments: today and the next %n day(s)</source>
        <translation>
            <numerusform>Appointments: today and the next %n day</numerusform>
            <numerusform>Appointments: today and the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews and follow-ups: overdue and the next %n week(s)</source>
        <translation>
            <numerusform>Reviews and follow-ups: overdue and the next %n week</numerusform>
            <numerusform>Reviews and follow-ups: overdue and the next %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unfinished notes older than %n day(s)</source>
        <translation>
            <numerusform>Unfinished notes older than %n day</numerusform>
            <numerusform>Unfinished notes older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Concerns not yet passed on</source>
        <translation>Concerns not yet passed on</translation>
    </message>
    <message>
        <source>The caseload could not be read. Try Refresh.</source>
        <translation>The caseload could not be read. Try Refresh.</translation>
    </message>
    <message>
        <source>Today, %1 %2</source>
        <translation>Today, %1 %2</translation>
    </message>
    <message>
        <source>Reading the caseload…</source>
        <translation>Reading the caseload…</translation>
    </message>
    <message>
        <source>No appointments in the coming week.</source>
        <translation>No appointments in the coming week.</translation>
    </message>
    <message numerus="yes">
        <source>No plan review or follow-up is due in the next %n week(s).</source>
        <translation>
            <numerusform>No plan review or follow-up is due in the next %n week.</numerusform>
            <numerusform>No plan review or follow-up is due in the next %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every note is finalized in time.</source>
        <translation>Every note is finalized in time.</translation>
    </message>
    <message>
        <source>Every concern has been passed on.</source>
        <translation>Every concern has been passed on.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n appointment today</numerusform>
            <numerusform>%n appointments today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nothing overdue</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <extracomment>The day two-digit years are read from (tests set a fixed one).</extracomment>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Type a date as DD-MM-YYYY; Ctrl+T for today</source>
        <translation>Type a date as DD-MM-YYYY; Ctrl+T for today</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>DD-MM-YYYY HH:MM</source>
        <extracomment>The day two-digit years are read from (tests set a fixed one).</extracomment>
        <translation>DD-MM-YYYY HH:MM</translation>
    </message>
    <message>
        <source>Type a date and a time, e.g. 1.6.2024 10.00 or 01062024 1000</source>
        <translation>Type a date and a time, e.g. 1.6.2024 10.00 or 01062024 1000</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Today</source>
        <extracomment>How much of a note&apos;s summary an item shows (the rest is in the note).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>%1 · not marked held</source>
        <translation>%1 · not marked held</translation>
    </message>
    <message numerus="yes">
        <source>Review of “%1”, %n day(s) overdue</source>
        <translation>
            <numerusform>Review of “%1”, %n day overdue</numerusform>
            <numerusform>Review of “%1”, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translation>Review of “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up no. %1 on the support, %n day(s) overdue</source>
        <translation>
            <numerusform>Follow-up no. %1 on the support, %n day overdue</numerusform>
            <numerusform>Follow-up no. %1 on the support, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the support</source>
        <translation>Follow-up no. %1 on the support</translation>
    </message>
    <message>
        <source>Follow-up no. %1 on the placement of %2</source>
        <translation>Follow-up no. %1 on the placement of %2</translation>
    </message>
    <message>
        <source>Conversation with %1 before the placement site is decided</source>
        <translation>Conversation with %1 before the placement site is decided</translation>
    </message>
    <message>
        <source>%1 of %2 · note not finalized</source>
        <translation>%1 of %2 · note not finalized</translation>
    </message>
    <message>
        <source>%1 · concern not passed on</source>
        <translation>%1 · concern not passed on</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>A planned session; mark it held (or cancelled) after the visit.</source>
        <translation>A planned session; mark it held (or cancelled) after the visit.</translation>
    </message>
    <message>
        <source>The plan&apos;s next review date, set when it was agreed or last reviewed.</source>
        <translation>The plan&apos;s next review date, set when it was agreed or last reviewed.</translation>
    </message>
    <message>
        <source>The support is followed up at the latest on this day: the first time at the earlier of the investigation&apos;s end and three months after the support started, then at the cadence decided with the family. A plan review recorded after the previous due day counts as the follow-up.</source>
        <translation>The support is followed up at the latest on this day: the first time at the earlier of the investigation&apos;s end and three months after the support started, then at the cadence decided with the family. A plan review recorded after the previous due day counts as the follow-up.</translation>
    </message>
    <message>
        <source>A follow-up of the placement in its first year, as planned in the match; mark it held with its stability score.</source>
        <translation>A follow-up of the placement in its first year, as planned in the match; mark it held with its stability score.</translation>
    </message>
    <message>
        <source>The child is heard before the match is decided: record a conversation with the child (declining to speak is recorded too). One counts for three months.</source>
        <translation>The child is heard before the match is decided: record a conversation with the child (declining to speak is recorded too). One counts for three months.</translation>
    </message>
    <message numerus="yes">
        <source>Notes are finalized within %n day(s) of the session.</source>
        <translation>
            <numerusform>Notes are finalized within %n day of the session.</numerusform>
            <numerusform>Notes are finalized within %n days of the session.</numerusform>
        </translation>
    </message>
    <message>
        <source>A concern for the child&apos;s safety is passed on at once (duty to notify, Barnets lov § 133): record who was told, when and how.</source>
        <translation>A concern for the child&apos;s safety is passed on at once (duty to notify, Barnets lov § 133): record who was told, when and how.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>The decision names one of the candidate sites and why it was chosen. The placement date is the day the child moved in: the child&apos;s placement on the Members tab becomes the chosen site from that day, and the first year&apos;s follow-ups are proposed from it.</source>
        <translation>The decision names one of the candidate sites and why it was chosen. The placement date is the day the child moved in: the child&apos;s placement on the Members tab becomes the chosen site from that day, and the first year&apos;s follow-ups are proposed from it.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>C&amp;hosen site:</source>
        <translation>C&amp;hosen site:</translation>
    </message>
    <message>
        <source>Chosen site</source>
        <translation>Chosen site</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <source>&amp;Placed on:</source>
        <translation>&amp;Placed on:</translation>
    </message>
    <message>
        <source>Placement date</source>
        <translation>Placement date</translation>
    </message>
    <message>
        <source>Why this site: how it meets the child&apos;s needs and the child&apos;s and parents&apos; wishes</source>
        <translation>Why this site: how it meets the child&apos;s needs and the child&apos;s and parents&apos; wishes</translation>
    </message>
    <message>
        <source>The day the child moved in.</source>
        <translation>The day the child moved in.</translation>
    </message>
    <message>
        <source>No conversation with %1 is recorded. Consider talking with the child before the match is decided (Barnets lov § 5).</source>
        <translation>No conversation with %1 is recorded. Consider talking with the child before the match is decided (Barnets lov § 5).</translation>
    </message>
    <message>
        <source>The latest conversation with %1 was on %2, before %3. Consider talking with the child before the match is decided (Barnets lov § 5).</source>
        <translation>The latest conversation with %1 was on %2, before %3. Consider talking with the child before the match is decided (Barnets lov § 5).</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
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
    <name>DraftsModel</name>
    <message>
        <source>Family</source>
        <extracomment>The DraftRow of a row.</extracomment>
        <translation>Family</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): finish and finalize it soon.</source>
        <translation>
            <numerusform>Older than %n day: finish and finalize it soon.</numerusform>
            <numerusform>Older than %n days: finish and finalize it soon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <source>Unfinished notes</source>
        <extracomment>(session_uid, family_uid) of the note to open. The number of stale drafts after each refresh (the status-bar hint follows it).</extracomment>
        <translation>Unfinished notes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Open note</translation>
    </message>
    <message>
        <source>Every note is finalized.</source>
        <translation>Every note is finalized.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished note(s).</source>
        <translation>
            <numerusform>%n unfinished note.</numerusform>
            <numerusform>%n unfinished notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them older than %1 days: write them soon (notatpligt).</source>
        <translation>
            <numerusform>%n of them older than %1 days: write it soon (notatpligt).</numerusform>
            <numerusform>%n of them older than %1 days: write them soon (notatpligt).</numerusform>
        </translation>
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
</context>
<context>
    <name>ExportIcsDialog</name>
    <message>
        <source>Export to calendar</source>
        <extracomment>The AgendaItem of a row (None on a day heading).</extracomment>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>Family reference only (recommended)</source>
        <translation>Family reference only (recommended)</translation>
    </message>
    <message>
        <source>Family reference and name, with the place</source>
        <translation>Family reference and name, with the place</translation>
    </message>
    <message>
        <source>The file leaves the encrypted database and often ends up in a phone or an online calendar: the reference alone tells an outsider nothing.</source>
        <translation>The file leaves the encrypted database and often ends up in a phone or an online calendar: the reference alone tells an outsider nothing.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Appointments, reviews and deadlines from today, for the next</source>
        <translation>Appointments, reviews and deadlines from today, for the next</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>What each calendar event shows:</source>
        <translation>What each calendar event shows:</translation>
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
        <source>Family &amp;worker:</source>
        <translation>Family &amp;worker:</translation>
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
    <name>FamilyPicker</name>
    <message>
        <source>Log session</source>
        <translation>Log session</translation>
    </message>
    <message>
        <source>Log a session for which family?</source>
        <translation>Log a session for which family?</translation>
    </message>
    <message>
        <source>Type part of the reference or name</source>
        <translation>Type part of the reference or name</translation>
    </message>
</context>
<context>
    <name>FamilySummary</name>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Next follow-up (§ 95)</source>
        <translation>Next follow-up (§ 95)</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Open goals</translation>
    </message>
    <message>
        <source>Latest measurements</source>
        <translation>Latest measurements</translation>
    </message>
    <message>
        <source>Unfinished notes</source>
        <translation>Unfinished notes</translation>
    </message>
    <message>
        <source>Child conversations</source>
        <translation>Child conversations</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) overdue)</source>
        <translation>
            <numerusform>(%n day overdue)</numerusform>
            <numerusform>(%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · follow-up no. %2 on the support</source>
        <translation>%1 · follow-up no. %2 on the support</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>no score yet</translation>
    </message>
    <message>
        <source>%1/10 on %2</source>
        <translation>%1/10 on %2</translation>
    </message>
    <message>
        <source>Version %1 of the plan is a draft; the goals above apply until it is agreed</source>
        <translation>Version %1 of the plan is a draft; the goals above apply until it is agreed</translation>
    </message>
    <message>
        <source>(finalize: due %1)</source>
        <translation>(finalize: due %1)</translation>
    </message>
    <message>
        <source>none — every note is finalized</source>
        <translation>none — every note is finalized</translation>
    </message>
    <message>
        <source>%1: none recorded</source>
        <translation>%1: none recorded</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, more than three months ago</source>
        <translation>%1: %2, more than three months ago</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Overview</source>
        <extracomment>Tabs built on first use; the Overview (the family form) is always there. What Ctrl+P prints, by the tab in front (``FamilyView.print_target``). What Ctrl+P would print now changed (another tab in front, a family shown or not).</extracomment>
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
        <source>Family worker: %1</source>
        <translation>Family worker: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <extracomment>The follow-up saved (its uid), once OK succeeded.</extracomment>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date of the follow-up</source>
        <translation>Date of the follow-up</translation>
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
        <translation>Sta&amp;bility (0–10):</translation>
    </message>
    <message>
        <source>Stability from 0 to 10</source>
        <translation>Stability from 0 to 10</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>How settled the placement is: 0 at risk, 10 settled (once held)</source>
        <translation>How settled the placement is: 0 at risk, 10 settled (once held)</translation>
    </message>
    <message>
        <source>How the child is doing at the site, what was agreed</source>
        <translation>How the child is doing at the site, what was agreed</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stability (0–10)</source>
        <translation>Stability (0–10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>How settled the placement is: 0 at risk, 10 settled</source>
        <translation>How settled the placement is: 0 at risk, 10 settled</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Most placements that break down do so in the first year. Recording the placement proposes follow-ups at 1, 3, 6 and 12 months; move or add them as agreed with the family, and give each one held its notes and a stability from 0 (at risk) to 10 (settled).</source>
        <translation>Most placements that break down do so in the first year. Recording the placement proposes follow-ups at 1, 3, 6 and 12 months; move or add them as agreed with the family, and give each one held its notes and a stability from 0 (at risk) to 10 (settled).</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>&amp;Add follow-up…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected follow-up (Enter)</source>
        <translation>Edit the selected follow-up (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected follow-up (Del)</source>
        <translation>Remove the selected follow-up (Del)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <extracomment>A refused save&apos;s reason, in the catalogue&apos;s words (``show_refusal``).</extracomment>
        <translation>Goal</translation>
    </message>
    <message>
        <source>&amp;Goal, in the parents&apos; words</source>
        <translation>&amp;Goal, in the parents&apos; words</translation>
    </message>
    <message>
        <source>&amp;What will be different</source>
        <translation>&amp;What will be different</translation>
    </message>
    <message>
        <source>When the goal is reached, what will the parents, the child and others notice?</source>
        <translation>When the goal is reached, what will the parents, the child and others notice?</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>&amp;Target date</translation>
    </message>
    <message>
        <source>&amp;ICS dimension</source>
        <translation>&amp;ICS dimension</translation>
    </message>
    <message>
        <source>&amp;Baseline (0–10)</source>
        <translation>&amp;Baseline (0–10)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Score for %1</translation>
    </message>
    <message>
        <source>0 = as bad as it can be, 10 = the goal is reached</source>
        <translation>0 = as bad as it can be, 10 = the goal is reached</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Goal / step</source>
        <extracomment>The plan changed in the store (a reorder, a step ticked); carries the plan uid. A change was refused by the core; carries the refusal (a ``CoreError``).</extracomment>
        <translation>Goal / step</translation>
    </message>
    <message>
        <source>Who / ICS</source>
        <translation>Who / ICS</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tick off the step when it is done</source>
        <translation>Tick off the step when it is done</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <extracomment>The topics, in the order a new worker meets them.</extracomment>
        <translation>Guide</translation>
    </message>
    <message>
        <source>How to do the everyday work in famdesk</source>
        <translation>How to do the everyday work in famdesk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>A family</source>
        <translation>A family</translation>
    </message>
    <message>
        <source>A plan with the parents</source>
        <translation>A plan with the parents</translation>
    </message>
    <message>
        <source>Logging a session</source>
        <translation>Logging a session</translation>
    </message>
    <message>
        <source>A concern for a child</source>
        <translation>A concern for a child</translation>
    </message>
    <message>
        <source>A placement match</source>
        <translation>A placement match</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>famdesk keeps your caseload in one encrypted file on this laptop. The first time, choose a demo database (fictitious families, to look around safely) or an empty one for your real caseload.</source>
        <translation>famdesk keeps your caseload in one encrypted file on this laptop. The first time, choose a demo database (fictitious families, to look around safely) or an empty one for your real caseload.</translation>
    </message>
    <message>
        <source>Choose a passphrase and type it twice. A forgotten passphrase cannot be recovered: write it down and keep it where your municipality keeps such things.</source>
        <translation>Choose a passphrase and type it twice. A forgotten passphrase cannot be recovered: write it down and keep it where your municipality keeps such things.</translation>
    </message>
    <message>
        <source>Then say who you are: name, title, organisation and phone. Your name goes on the families and notes you create, on printed plans and reports, and in the audit trail. Change it under Tools → Settings.</source>
        <translation>Then say who you are: name, title, organisation and phone. Your name goes on the families and notes you create, on printed plans and reports, and in the audit trail. Change it under Tools → Settings.</translation>
    </message>
    <message>
        <source>Every start asks for the passphrase. After some idle minutes the window locks; nothing you have not saved is lost.</source>
        <translation>Every start asks for the passphrase. After some idle minutes the window locks; nothing you have not saved is lost.</translation>
    </message>
    <message>
        <source>Ctrl+N starts a new family: fill in the reference and the name and save with Ctrl+S. The list on the left finds a family by reference or name (Ctrl+F).</source>
        <translation>Ctrl+N starts a new family: fill in the reference and the name and save with Ctrl+S. The list on the left finds a family by reference or name (Ctrl+F).</translation>
    </message>
    <message>
        <source>The tabs on the right hold the family: Overview (the family at a glance), Members (parents and children, with CPR numbers; Ctrl+Shift+M adds one), Collaborators (the caseworker, the school and others; Ctrl+Shift+K), Plans, Sessions and Outcomes.</source>
        <translation>The tabs on the right hold the family: Overview (the family at a glance), Members (parents and children, with CPR numbers; Ctrl+Shift+M adds one), Collaborators (the caseworker, the school and others; Ctrl+Shift+K), Plans, Sessions and Outcomes.</translation>
    </message>
    <message>
        <source>While no family is chosen, the dashboard shows your day (Ctrl+Shift+D): appointments, reviews that are due, unfinished notes and concerns nobody has been told of. Double-click an item to open it.</source>
        <translation>While no family is chosen, the dashboard shows your day (Ctrl+Shift+D): appointments, reviews that are due, unfinished notes and concerns nobody has been told of. Double-click an item to open it.</translation>
    </message>
    <message>
        <source>On the Plans tab, start a plan from a template or from the previous plan and write it with the parents: their own words, the child&apos;s perspective, resources, concerns and the support they get.</source>
        <translation>On the Plans tab, start a plan from a template or from the previous plan and write it with the parents: their own words, the child&apos;s perspective, resources, concerns and the support they get.</translation>
    </message>
    <message>
        <source>Add goals (Add goal…), each with a target date, a baseline score from 0 to 10 and steps that say who does what (Add step…).</source>
        <translation>Add goals (Add goal…), each with a target date, a baseline score from 0 to 10 and steps that say who does what (Add step…).</translation>
    </message>
    <message>
        <source>Agree… says what agreeing means and lists what the plan still lacks, such as empty sections or goals without a date. Fill in what you can, then give the day the parents and you agreed the plan and the day of the next review.</source>
        <translation>Agree… says what agreeing means and lists what the plan still lacks, such as empty sections or goals without a date. Fill in what you can, then give the day the parents and you agreed the plan and the day of the next review.</translation>
    </message>
    <message>
        <source>An agreed plan is frozen: steps can be ticked off, goals marked reached or dropped and reviews added. To change anything else, Revise (new version) starts a new version; the agreed one stays readable. Print the agreed plan (Ctrl+P) for the parents to sign.</source>
        <translation>An agreed plan is frozen: steps can be ticked off, goals marked reached or dropped and reviews added. To change anything else, Revise (new version) starts a new version; the agreed one stays readable. Print the agreed plan (Ctrl+P) for the parents to sign.</translation>
    </message>
    <message>
        <source>At a review (Add review…), score every open goal from 0 to 10; the scores are charted over time.</source>
        <translation>At a review (Add review…), score every open goal from 0 to 10; the scores are charted over time.</translation>
    </message>
    <message>
        <source>Ctrl+L logs a session from anywhere. The time, the kind and the usual participants are filled in; the cursor waits in Summary.</source>
        <translation>Ctrl+L logs a session from anywhere. The time, the kind and the usual participants are filled in; the cursor waits in Summary.</translation>
    </message>
    <message>
        <source>Write what was observed and said under Notes, in the family&apos;s own words where you can, and your professional assessment in its own box.</source>
        <translation>Write what was observed and said under Notes, in the family&apos;s own words where you can, and your professional assessment in its own box.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note as a draft. Save and finalize (Ctrl+Shift+F) locks it; later corrections are added as dated addenda. Notes left unfinished for more than three days are flagged.</source>
        <translation>Ctrl+Enter saves the note as a draft. Save and finalize (Ctrl+Shift+F) locks it; later corrections are added as dated addenda. Notes left unfinished for more than three days are flagged.</translation>
    </message>
    <message>
        <source>Plan a visit with Plan session… on the Sessions tab; after the visit, Mark as held… and write the note.</source>
        <translation>Plan a visit with Plan session… on the Sessions tab; after the visit, Mark as held… and write the note.</translation>
    </message>
    <message>
        <source>When a session leaves you concerned for the child, tick “%1” in the session and write what the concern is.</source>
        <translation>When a session leaves you concerned for the child, tick “%1” in the session and write what the concern is.</translation>
    </message>
    <message>
        <source>Record who was told, when and how (Record who was told…); it can be added after the note is finalized. The session log prints the concern and who was told, and the dashboard lists concerns nobody has been told of yet.</source>
        <translation>Record who was told, when and how (Record who was told…); it can be added after the note is finalized. The session log prints the concern and who was told, and the dashboard lists concerns nobody has been told of yet.</translation>
    </message>
    <message>
        <source>On the Members tab, choose a child and press Placement match…. Each step of the match has a tab: the child&apos;s needs by the areas of the ICS triangle, the child&apos;s own view and the parents&apos;, the candidate sites side by side with a fit from 0 to 10, the decision, the follow-ups and, if it comes, the breakdown.</source>
        <translation>On the Members tab, choose a child and press Placement match…. Each step of the match has a tab: the child&apos;s needs by the areas of the ICS triangle, the child&apos;s own view and the parents&apos;, the candidate sites side by side with a fit from 0 to 10, the decision, the follow-ups and, if it comes, the breakdown.</translation>
    </message>
    <message>
        <source>The sites come from the register under Tools → Placement sites…, shared by all families; New site… in the candidate form adds one. Ctrl+S saves what is typed on the tabs; a candidate and a follow-up are saved by their own forms.</source>
        <translation>The sites come from the register under Tools → Placement sites…, shared by all families; New site… in the candidate form adds one. Ctrl+S saves what is typed on the tabs; a candidate and a follow-up are saved by their own forms.</translation>
    </message>
    <message>
        <source>The day the child moved in makes the chosen site the child&apos;s placement and proposes follow-ups at 1, 3, 6 and 12 months. Deciding with no conversation with the child in the three months before is reminded, never refused. Print… gives the paper for the meeting with the site and the family.</source>
        <translation>The day the child moved in makes the chosen site the child&apos;s placement and proposes follow-ups at 1, 3, 6 and 12 months. Deciding with no conversation with the child in the three months before is reminded, never refused. Print… gives the paper for the meeting with the site and the family.</translation>
    </message>
    <message>
        <source>Ctrl+P (File → Print) prints what fits the tab in front and says which: on Plans the plan for the parents to sign, on Sessions the session log for a period you choose, elsewhere the status report for the municipal caseworker.</source>
        <translation>Ctrl+P (File → Print) prints what fits the tab in front and says which: on Plans the plan for the parents to sign, on Sessions the session log for a period you choose, elsewhere the status report for the municipal caseworker.</translation>
    </message>
    <message>
        <source>The preview shows every page: Page Up and Page Down move between pages, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width. Print… sends it to a printer, Save as PDF… keeps a copy.</source>
        <translation>The preview shows every page: Page Up and Page Down move between pages, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width. Print… sends it to a printer, Save as PDF… keeps a copy.</translation>
    </message>
    <message>
        <source>A printed or saved PDF is the only place case data leave the encrypted database in plain form: keep it as carefully as a paper case file.</source>
        <translation>A printed or saved PDF is the only place case data leave the encrypted database in plain form: keep it as carefully as a paper case file.</translation>
    </message>
    <message>
        <source>famdesk makes a verified, encrypted backup when you close it and at most once a day, and keeps daily, weekly and monthly generations.</source>
        <translation>famdesk makes a verified, encrypted backup when you close it and at most once a day, and keeps daily, weekly and monthly generations.</translation>
    </message>
    <message>
        <source>Under Tools → Settings, choose a USB drive or a network folder for the backups. famdesk warns when the last backup is old.</source>
        <translation>Under Tools → Settings, choose a USB drive or a network folder for the backups. famdesk warns when the last backup is old.</translation>
    </message>
    <message>
        <source>Tools → Backups… lists the backups, makes one by hand and restores one; the database it replaces is kept.</source>
        <translation>Tools → Backups… lists the backups, makes one by hand and restores one; the database it replaces is kept.</translation>
    </message>
</context>
<context>
    <name>HandOverAction</name>
    <message>
        <source>Family %1 handed over to %2.</source>
        <translation>Family %1 handed over to %2.</translation>
    </message>
    <message>
        <source>&amp;Hand family over…</source>
        <translation>&amp;Hand family over…</translation>
    </message>
    <message>
        <source>Assign the family on screen to another worker of the team (team lead)</source>
        <translation>Assign the family on screen to another worker of the team (team lead)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand family %1 over</source>
        <translation>Hand family %1 over</translation>
    </message>
    <message>
        <source>Now assigned to: %1</source>
        <translation>Now assigned to: %1</translation>
    </message>
    <message>
        <source>Now assigned to nobody.</source>
        <translation>Now assigned to nobody.</translation>
    </message>
    <message>
        <source>&amp;Hand over to:</source>
        <translation>&amp;Hand over to:</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>famdesk is locked. Enter your passphrase to continue.</source>
        <translation>famdesk is locked. Enter your passphrase to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LogSessionAction</name>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Log session…</translation>
    </message>
    <message>
        <source>Write a session note for the chosen family (Ctrl+L)</source>
        <translation>Write a session note for the chosen family (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>All settings</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by setting</source>
        <translation>Filter by setting</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Overdue reviews</translation>
    </message>
    <message>
        <source>Only families whose plan review date has passed</source>
        <translation>Only families whose plan review date has passed</translation>
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
        <source>The family could not be shown.</source>
        <translation>The family could not be shown.</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>The open database</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>team lead</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>database administrator</source>
        <translation>database administrator</translation>
    </message>
    <message>
        <source>not on the team</source>
        <translation>not on the team</translation>
    </message>
    <message>
        <source>Team database %1 on %2 — signed in as %3 (%4)</source>
        <translation>Team database %1 on %2 — signed in as %3 (%4)</translation>
    </message>
    <message>
        <source>Family treatment</source>
        <translation>Family treatment</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>How to do the everyday work: a family, a plan, a session, a concern, printing</source>
        <translation>How to do the everyday work: a family, a plan, a session, a concern, printing</translation>
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
        <source>No family matches the chosen filters.</source>
        <translation>No family matches the chosen filters.</translation>
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
        <source>Choose a family first: then print its plan, session log or status report</source>
        <translation>Choose a family first: then print its plan, session log or status report</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Print plan…</translation>
    </message>
    <message>
        <source>Preview the plan shown, for the parents to sign; print it or save it as PDF</source>
        <translation>Preview the plan shown, for the parents to sign; print it or save it as PDF</translation>
    </message>
    <message>
        <source>&amp;Print session log…</source>
        <translation>&amp;Print session log…</translation>
    </message>
    <message>
        <source>Choose a period, then preview the family&apos;s session log; print it or save it as PDF</source>
        <translation>Choose a period, then preview the family&apos;s session log; print it or save it as PDF</translation>
    </message>
    <message>
        <source>&amp;Print status report…</source>
        <translation>&amp;Print status report…</translation>
    </message>
    <message>
        <source>Write the status report for the municipal caseworker, preview it; print it or save it as PDF</source>
        <translation>Write the status report for the municipal caseworker, preview it; print it or save it as PDF</translation>
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
    <name>MatchWindow</name>
    <message>
        <source>Placement match – %1</source>
        <translation>Placement match – %1</translation>
    </message>
    <message>
        <source>Placement match for %1</source>
        <translation>Placement match for %1</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Match:</translation>
    </message>
    <message>
        <source>The child&apos;s matches</source>
        <translation>The child&apos;s matches</translation>
    </message>
    <message>
        <source>&amp;New match</source>
        <translation>&amp;New match</translation>
    </message>
    <message>
        <source>Start another match for the child, e.g. after a breakdown</source>
        <translation>Start another match for the child, e.g. after a breakdown</translation>
    </message>
    <message>
        <source>E&amp;nd match…</source>
        <translation>E&amp;nd match…</translation>
    </message>
    <message>
        <source>The match is over without a breakdown (dropped, or ended as planned)</source>
        <translation>The match is over without a breakdown (dropped, or ended as planned)</translation>
    </message>
    <message>
        <source>1 · Needs</source>
        <translation>1 · Needs</translation>
    </message>
    <message>
        <source>2 · Views</source>
        <translation>2 · Views</translation>
    </message>
    <message>
        <source>3 · Candidates</source>
        <translation>3 · Candidates</translation>
    </message>
    <message>
        <source>4 · Decision</source>
        <translation>4 · Decision</translation>
    </message>
    <message>
        <source>5 · Follow-ups</source>
        <translation>5 · Follow-ups</translation>
    </message>
    <message>
        <source>6 · Breakdown</source>
        <translation>6 · Breakdown</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>The match as a PDF for the meeting with the site and the family (Ctrl+P)</source>
        <translation>The match as a PDF for the meeting with the site and the family (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save what was typed on the tabs (Ctrl+S)</source>
        <translation>Save what was typed on the tabs (Ctrl+S)</translation>
    </message>
    <message>
        <source>New match</source>
        <translation>New match</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(placed %1)</source>
        <translation>(placed %1)</translation>
    </message>
    <message>
        <source>Stability so far: no follow-up held yet.</source>
        <translation>Stability so far: no follow-up held yet.</translation>
    </message>
    <message>
        <source>Stability so far: %1 of 10 at the follow-up on %2.</source>
        <translation>Stability so far: %1 of 10 at the follow-up on %2.</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>Not saved: correct what is marked in red.</translation>
    </message>
    <message>
        <source>Remove breakdown</source>
        <translation>Remove breakdown</translation>
    </message>
    <message>
        <source>Remove the breakdown recorded by mistake? The match is placed again, and the child&apos;s placement is current again.</source>
        <translation>Remove the breakdown recorded by mistake? The match is placed again, and the child&apos;s placement is current again.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to the placement match?</source>
        <translation>Save the changes to the placement match?</translation>
    </message>
    <message>
        <source>End match</source>
        <translation>End match</translation>
    </message>
    <message>
        <source>End this match without a breakdown (the exploration was dropped, or the placement ended as planned)? A breakdown is recorded on its own tab.</source>
        <translation>End this match without a breakdown (the exploration was dropped, or the placement ended as planned)? A breakdown is recorded on its own tab.</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <source>Remove %1 from the candidates? The site stays in the register.</source>
        <translation>Remove %1 from the candidates? The site stays in the register.</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Remove follow-up</translation>
    </message>
    <message>
        <source>Remove the follow-up on %1?</source>
        <translation>Remove the follow-up on %1?</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>New measurement</source>
        <extracomment>A spin box at this value shows &quot;–&quot;: the item is not answered yet.</extracomment>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>Edit measurement</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Answers:</translation>
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
        <translation>0–10; type a number or use the slider</translation>
    </message>
    <message>
        <source>&amp;Answer (0–10):</source>
        <translation>&amp;Answer (0–10):</translation>
    </message>
    <message>
        <source>The total from the questionnaire (%1–%2); its answers are not entered.</source>
        <translation>The total from the questionnaire (%1–%2); its answers are not entered.</translation>
    </message>
    <message>
        <source>%1 of 100 (raw sum %2 × 4)</source>
        <translation>%1 of 100 (raw sum %2 × 4)</translation>
    </message>
    <message>
        <source>– (%1 of 5 questions answered)</source>
        <translation>– (%1 of 5 questions answered)</translation>
    </message>
    <message>
        <source>Not saved: the member or the measurement no longer exists.</source>
        <translation>Not saved: the member or the measurement no longer exists.</translation>
    </message>
    <message>
        <source>Answer this question: 0–5.</source>
        <translation>Answer this question: 0–5.</translation>
    </message>
    <message>
        <source>Answer 0–10.</source>
        <translation>Answer 0–10.</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>Choose an instrument.</translation>
    </message>
    <message>
        <source>Answer all five questions.</source>
        <translation>Answer all five questions.</translation>
    </message>
    <message>
        <source>Answer each statement 0–5:</source>
        <translation>Answer each statement 0–5:</translation>
    </message>
    <message>
        <source>The score is the sum × 4 (0–100).</source>
        <translation>The score is the sum × 4 (0–100).</translation>
    </message>
    <message>
        <source>Enter the total score (%1–%2).</source>
        <translation>Enter the total score (%1–%2).</translation>
    </message>
    <message>
        <source>Enter the score.</source>
        <translation>Enter the score.</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>≤ 28: refer for assessment</source>
        <translation>≤ 28: refer for assessment</translation>
    </message>
    <message>
        <source>≤ 50: consider screening</source>
        <translation>≤ 50: consider screening</translation>
    </message>
    <message>
        <source>Change since the previous score; %1 points or more is meaningful.</source>
        <translation>Change since the previous score; %1 points or more is meaningful.</translation>
    </message>
    <message>
        <source>WHO-5 guidance: 50 or less suggests reduced well-being (consider screening for depression); 28 or less suggests likely depression (refer for assessment).</source>
        <translation>WHO-5 guidance: 50 or less suggests reduced well-being (consider screening for depression); 28 or less suggests likely depression (refer for assessment).</translation>
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
        <source>The selected child:</source>
        <translation>The selected child:</translation>
    </message>
    <message>
        <source>Child &amp;conversations…</source>
        <translation>Child &amp;conversations…</translation>
    </message>
    <message>
        <source>Conversations with the selected child (børnesamtaler), and recording one</source>
        <translation>Conversations with the selected child (børnesamtaler), and recording one</translation>
    </message>
    <message>
        <source>Placement &amp;match…</source>
        <translation>Placement &amp;match…</translation>
    </message>
    <message>
        <source>The selected child&apos;s match with a placement site: needs, views, candidates, decision, follow-ups</source>
        <translation>The selected child&apos;s match with a placement site: needs, views, candidates, decision, follow-ups</translation>
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
    <message numerus="yes">
        <source>The child&apos;s %n conversation(s) (børnesamtaler) are deleted too.</source>
        <translation>
            <numerusform>The child&apos;s %n conversation (børnesamtale) is deleted too.</numerusform>
            <numerusform>The child&apos;s %n conversations (børnesamtaler) are deleted too.</numerusform>
        </translation>
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
    <name>NeedsPage</name>
    <message>
        <source>What the child needs, area by area of the ICS triangle. Write what a site must be able to meet; leave an area empty when it asks nothing special.</source>
        <translation>What the child needs, area by area of the ICS triangle. Write what a site must be able to meet; leave an area empty when it asks nothing special.</translation>
    </message>
</context>
<context>
    <name>NoteStateText</name>
    <message>
        <source>Finalized</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>WHO-5 well-being (0–100)</source>
        <extracomment>Colour-blind-safe line colours (Okabe–Ito), one per series in turn. The room one date label on the time axis needs, so labels are never cut.</extracomment>
        <translation>WHO-5 well-being (0–100)</translation>
    </message>
    <message>
        <source>≤ 50: consider screening</source>
        <translation>≤ 50: consider screening</translation>
    </message>
    <message>
        <source>≤ 28: refer for assessment</source>
        <translation>≤ 28: refer for assessment</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>no measurements</translation>
    </message>
    <message>
        <source>Scales (0–10)</source>
        <translation>Scales (0–10)</translation>
    </message>
    <message>
        <source>Other scores</source>
        <translation>Other scores</translation>
    </message>
    <message>
        <source>Goal scores at plan reviews (0–10)</source>
        <translation>Goal scores at plan reviews (0–10)</translation>
    </message>
    <message>
        <source>no plan with scored goals</source>
        <translation>no plan with scored goals</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean first</source>
        <translation>Mean first</translation>
    </message>
    <message>
        <source>Mean latest</source>
        <translation>Mean latest</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Mean change</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <source>Members with a first and a latest score in the period</source>
        <translation>Members with a first and a latest score in the period</translation>
    </message>
    <message>
        <source>Latest minus first, in the instrument&apos;s points</source>
        <translation>Latest minus first, in the instrument&apos;s points</translation>
    </message>
    <message>
        <source>95% confidence interval of the mean change (Student&apos;s t)</source>
        <translation>95% confidence interval of the mean change (Student&apos;s t)</translation>
    </message>
    <message>
        <source>Share better by at least a meaningful change</source>
        <translation>Share better by at least a meaningful change</translation>
    </message>
    <message>
        <source>Share worse by at least a meaningful change</source>
        <translation>Share worse by at least a meaningful change</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;New measurement…</source>
        <translation>&amp;New measurement…</translation>
    </message>
    <message>
        <source>Enter a WHO-5, a 0–10 scale or a questionnaire score</source>
        <translation>Enter a WHO-5, a 0–10 scale or a questionnaire score</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Correct the selected measurement (Enter)</source>
        <translation>Correct the selected measurement (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Del)</source>
        <translation>Delete the selected measurement (Del)</translation>
    </message>
    <message>
        <source>Status &amp;report…</source>
        <translation>Status &amp;report…</translation>
    </message>
    <message>
        <source>Write and preview the status report for the caseworker (Ctrl+P)</source>
        <translation>Write and preview the status report for the caseworker (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status report…</source>
        <translation>Status report…</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Add the family&apos;s members first (Members tab); then measure here.</source>
        <translation>Add the family&apos;s members first (Members tab); then measure here.</translation>
    </message>
    <message>
        <source>No measurements for this member yet — New measurement… adds one.</source>
        <translation>No measurements for this member yet — New measurement… adds one.</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <source>Delete the %1 measurement of %2 (score %3)? This cannot be undone.</source>
        <translation>Delete the %1 measurement of %2 (score %3)? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview – %1</source>
        <extracomment>Printing renders pages as images; more than this many dots per inch only costs memory. Each zoom step multiplies (or divides) the size by this much; the zoom stays within bounds. How a preview&apos;s folder is named; ``remove_stale_previews`` finds a crash&apos;s leftovers by it.</extracomment>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom, in per cent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>The PDF could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>The document could not be sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Session log PDF</source>
        <translation>Session log PDF</translation>
    </message>
    <message>
        <source>Print the sessions in this period. Leave a date empty to leave that end open.</source>
        <translation>Print the sessions in this period. Leave a date empty to leave that end open.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>PlacementSitesTool</name>
    <message>
        <source>&amp;Placement sites…</source>
        <translation>&amp;Placement sites…</translation>
    </message>
    <message>
        <source>The register of foster families, institutions and other placement sites</source>
        <translation>The register of foster families, institutions and other placement sites</translation>
    </message>
</context>
<context>
    <name>PlacementSitesWindow</name>
    <message>
        <source>Placement sites</source>
        <translation>Placement sites</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name, type, address or competences</source>
        <translation>Name, type, address or competences</translation>
    </message>
    <message>
        <source>Find a placement site</source>
        <translation>Find a placement site</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Add site…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected site (Enter)</source>
        <translation>Edit the selected site (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected site (Del); a site a match names stays</source>
        <translation>Delete the selected site (Del); a site a match names stays</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Foster families, network foster families, residential institutions, socio-educational homes and own-room arrangements, shared by all families. A child&apos;s placement match chooses its candidates from here.</source>
        <translation>Foster families, network foster families, residential institutions, socio-educational homes and own-room arrangements, shared by all families. A child&apos;s placement match chooses its candidates from here.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete placement site</source>
        <translation>Delete placement site</translation>
    </message>
    <message>
        <source>Delete %1 from the register? This cannot be undone.</source>
        <translation>Delete %1 from the register? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PlacementStabilityTool</name>
    <message>
        <source>Placement s&amp;tability…</source>
        <translation>Placement s&amp;tability…</translation>
    </message>
    <message>
        <source>Placements still stable after 3, 6 and 12 months, and first-year breakdowns</source>
        <translation>Placements still stable after 3, 6 and 12 months, and first-year breakdowns</translation>
    </message>
</context>
<context>
    <name>PlacementStabilityWindow</name>
    <message>
        <source>Placement stability</source>
        <translation>Placement stability</translation>
    </message>
    <message>
        <source>Placed &amp;from:</source>
        <translation>Placed &amp;from:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Stability figures</source>
        <translation>Stability figures</translation>
    </message>
    <message>
        <source>Still stable</source>
        <translation>Still stable</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Breakdowns within the first year</source>
        <translation>Breakdowns within the first year</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) started in the period, counted as of %1. A placement too recent to judge at a mark is left out of that mark; n is what each figure is counted over.</source>
        <translation>
            <numerusform>%n placement started in the period, counted as of %1. A placement too recent to judge at a mark is left out of that mark; n is what each figure is counted over.</numerusform>
            <numerusform>%n placements started in the period, counted as of %1. A placement too recent to judge at a mark is left out of that mark; n is what each figure is counted over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
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
        <translation>Earlier versions stay readable</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Parents the plan concerns</source>
        <translation>Parents the plan concerns</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>The parents&apos; &amp;own words</source>
        <translation>The parents&apos; &amp;own words</translation>
    </message>
    <message>
        <source>The chil&amp;d&apos;s perspective</source>
        <translation>The chil&amp;d&apos;s perspective</translation>
    </message>
    <message>
        <source>&amp;Resources and strengths</source>
        <translation>&amp;Resources and strengths</translation>
    </message>
    <message>
        <source>&amp;Concerns</source>
        <translation>&amp;Concerns</translation>
    </message>
    <message>
        <source>Crisis-&amp;informed notes</source>
        <translation>Crisis-&amp;informed notes</translation>
    </message>
    <message>
        <source>Individually tailored &amp;support</source>
        <translation>Individually tailored &amp;support</translation>
    </message>
    <message>
        <source>Collaborators involved</source>
        <translation>Collaborators involved</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>Next &amp;review</translation>
    </message>
    <message>
        <source>Set date</source>
        <translation>Set date</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Goals and steps</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Add &amp;goal…</translation>
    </message>
    <message>
        <source>Add ste&amp;p…</source>
        <translation>Add ste&amp;p…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Agree…</source>
        <translation>Agree…</translation>
    </message>
    <message>
        <source>The parents and you agree the plan; its content is then frozen</source>
        <translation>The parents and you agree the plan; its content is then frozen</translation>
    </message>
    <message>
        <source>Revise (new version)</source>
        <translation>Revise (new version)</translation>
    </message>
    <message>
        <source>Add re&amp;view…</source>
        <translation>Add re&amp;view…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>Cancel plan</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Narrower than this, the plan text sits above the goals instead of beside them.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plan chosen</source>
        <translation>No plan chosen</translation>
    </message>
    <message>
        <source>Choose a plan in the list, or start a new plan with the parents.</source>
        <translation>Choose a plan in the list, or start a new plan with the parents.</translation>
    </message>
    <message>
        <source>This is an earlier version. It was replaced by a newer agreed version and is kept for reading only.</source>
        <translation>This is an earlier version. It was replaced by a newer agreed version and is kept for reading only.</translation>
    </message>
    <message>
        <source>Agreed on %1. The agreed content is frozen: steps can be ticked off, goals marked reached or dropped and reviews added. To change anything else, start a new version with Revise.</source>
        <translation>Agreed on %1. The agreed content is frozen: steps can be ticked off, goals marked reached or dropped and reviews added. To change anything else, start a new version with Revise.</translation>
    </message>
    <message>
        <source>This plan is completed and kept for reading only.</source>
        <translation>This plan is completed and kept for reading only.</translation>
    </message>
    <message>
        <source>This plan was cancelled and is kept for reading only.</source>
        <translation>This plan was cancelled and is kept for reading only.</translation>
    </message>
    <message>
        <source>Someone else saved this plan just now. Their version is shown with your changes on top: check them, then save again.</source>
        <translation>Someone else saved this plan just now. Their version is shown with your changes on top: check them, then save again.</translation>
    </message>
    <message>
        <source>Someone else saved this plan after you opened it and changed: %1. Their version is shown with your changes on top: check them, then save again.</source>
        <translation>Someone else saved this plan after you opened it and changed: %1. Their version is shown with your changes on top: check them, then save again.</translation>
    </message>
    <message>
        <source>The plan is agreed. Print it (Ctrl+P) for the parents to sign.</source>
        <translation>The plan is agreed. Print it (Ctrl+P) for the parents to sign.</translation>
    </message>
    <message>
        <source>Complete the plan</source>
        <translation>Complete the plan</translation>
    </message>
    <message>
        <source>Mark the plan as completed? It is kept for reading only.</source>
        <translation>Mark the plan as completed? It is kept for reading only.</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Cancel the plan</translation>
    </message>
    <message>
        <source>Cancel the plan? It is kept for reading only and cannot be taken up again.</source>
        <translation>Cancel the plan? It is kept for reading only and cannot be taken up again.</translation>
    </message>
    <message>
        <source>Choose the goal the step belongs to.</source>
        <translation>Choose the goal the step belongs to.</translation>
    </message>
    <message>
        <source>Delete the goal and its steps?</source>
        <translation>Delete the goal and its steps?</translation>
    </message>
    <message>
        <source>Delete the step?</source>
        <translation>Delete the step?</translation>
    </message>
    <message>
        <source>Choose a goal to see its scores over time.</source>
        <translation>Choose a goal to see its scores over time.</translation>
    </message>
    <message>
        <source>Scores for: %1</source>
        <translation>Scores for: %1</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Parent action plans</source>
        <translation>Parent action plans</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;New plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>From template: %1</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Blank plan</translation>
    </message>
    <message>
        <source>From the family&apos;s previous plan</source>
        <translation>From the family&apos;s previous plan</translation>
    </message>
    <message>
        <source>The review is overdue</source>
        <translation>The review is overdue</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation>The plan has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Parent action plan</source>
        <translation>Parent action plan</translation>
    </message>
</context>
<context>
    <name>PreviewJob</name>
    <message>
        <source>Preparing the PDF</source>
        <translation>Preparing the PDF</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>The PDF could not be made: %1</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Edit collaborator</source>
        <extracomment>Set when the user picked an existing collaborator to link. The collaborator as loaded: its save hands it back (``core.versions``).</extracomment>
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
    <name>ProfileDialog</name>
    <message>
        <source>Your worker profile</source>
        <translation>Your worker profile</translation>
    </message>
    <message>
        <source>Who works with this database?</source>
        <translation>Who works with this database?</translation>
    </message>
    <message>
        <source>famdesk writes your name on new families and session notes, on printed plans and reports, and in the audit trail. It is kept in the encrypted database; change it later under Tools → Settings.</source>
        <translation>famdesk writes your name on new families and session notes, on printed plans and reports, and in the audit trail. It is kept in the encrypted database; change it later under Tools → Settings.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Your full name, as on a signature</source>
        <translation>Your full name, as on a signature</translation>
    </message>
    <message>
        <source>e.g. Family worker</source>
        <translation>e.g. Family worker</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s family unit</source>
        <translation>e.g. the municipality&apos;s family unit</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of %1</source>
        <translation>Review of %1</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>How has it gone since the last review, in the parents&apos; and your words?</source>
        <translation>How has it gone since the last review, in the parents&apos; and your words?</translation>
    </message>
    <message>
        <source>Score every open goal (0–10)</source>
        <translation>Score every open goal (0–10)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Save review</translation>
    </message>
    <message numerus="yes">
        <source>%n open goal(s) still need a score before the review can be saved.</source>
        <translation>
            <numerusform>%n open goal still needs a score before the review can be saved.</numerusform>
            <numerusform>%n open goals still need a score before the review can be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review needs a date.</source>
        <translation>The review needs a date.</translation>
    </message>
</context>
<context>
    <name>SafetyFeatures</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Old audit rows could not be removed: %1</source>
        <translation>Old audit rows could not be removed: %1</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet.</source>
        <translation>There is no verified backup of this database yet.</translation>
    </message>
    <message>
        <source>The last verified backup is %1 days old.</source>
        <translation>The last verified backup is %1 days old.</translation>
    </message>
    <message>
        <source>The database lies in a cloud-sync folder (%1), where a sync can damage it. Move it to a local folder.</source>
        <translation>The database lies in a cloud-sync folder (%1), where a sync can damage it. Move it to a local folder.</translation>
    </message>
    <message>
        <source>The database lies on a network share (%1). Keep it on a local disk; put the backups on the share.</source>
        <translation>The database lies on a network share (%1). Keep it on a local disk; put the backups on the share.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Connect the drive or choose another folder in Settings.</source>
        <translation>The backup folder %1 cannot be reached. Connect the drive or choose another folder in Settings.</translation>
    </message>
    <message>
        <source>The integrity check of the backup %1 found damage: the database may be damaged too. Run famdesk check, and keep older backups.</source>
        <translation>The integrity check of the backup %1 found damage: the database may be damaged too. Run famdesk check, and keep older backups.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>The new passphrase must have at least %1 characters.</source>
        <translation>The new passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <source>Automatic backup written and verified: %1</source>
        <translation>Automatic backup written and verified: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Backing up and verifying before famdesk closes…</source>
        <translation>Backing up and verifying before famdesk closes…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The backup on closing failed: %1

Your database is unchanged; famdesk will try again next time.</source>
        <translation>The backup on closing failed: %1

Your database is unchanged; famdesk will try again next time.</translation>
    </message>
    <message>
        <source>This team database lives on a server, and IT backs it up there. famdesk makes no backup files of it.</source>
        <translation>This team database lives on a server, and IT backs it up there. famdesk makes no backup files of it.</translation>
    </message>
    <message>
        <source>On a team server you sign in with your own password, which IT sets. The team database has no passphrase to change.</source>
        <translation>On a team server you sign in with your own password, which IT sets. The team database has no passphrase to change.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Backups made from now on use the new one.</source>
        <translation>The passphrase is changed. Backups made from now on use the new one.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>The database could not be opened again: %1

famdesk will close.</source>
        <translation>The database could not be opened again: %1

famdesk will close.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

Your database is unchanged.</source>
        <translation>The backup was not restored: %1

Your database is unchanged.</translation>
    </message>
    <message>
        <source>Restored from %1. A copy of the database it replaced was kept.</source>
        <translation>Restored from %1. A copy of the database it replaced was kept.</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search notes</source>
        <extracomment>(session_uid, family_uid) of the hit the worker chose. Emitted after each answer is shown (the number of hits shown in all).</extracomment>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>Words from summaries, notes, assessments, agreements and addenda</source>
        <translation>Words from summaries, notes, assessments, agreements and addenda</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Most relevant of the newest %1</source>
        <translation>Most relevant of the newest %1</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>More results</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Open session</translation>
    </message>
    <message>
        <source>A word finds every word that starts with it (“børne” finds “børnehave”); put words in quotes to find them together. Searches are written to the audit trail.</source>
        <translation>A word finds every word that starts with it (“børne” finds “børnehave”); put words in quotes to find them together. Searches are written to the audit trail.</translation>
    </message>
    <message>
        <source>Only the chosen family (%1)</source>
        <translation>Only the chosen family (%1)</translation>
    </message>
    <message>
        <source>Only the chosen family (none chosen)</source>
        <translation>Only the chosen family (none chosen)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Type a word to search every family&apos;s notes.</source>
        <translation>Type a word to search every family&apos;s notes.</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>No notes match.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n note(s) shown.</source>
        <translation>
            <numerusform>The first %n note shown.</numerusform>
            <numerusform>The first %n notes shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation>
            <numerusform>%n note found.</numerusform>
            <numerusform>%n notes found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Sign in to the team database</source>
        <translation>Sign in to the team database</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Password for %1 on %2:</translation>
    </message>
    <message>
        <source>Wrong password for %1 on %2. Try again:</source>
        <translation>Wrong password for %1 on %2. Try again:</translation>
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
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>D&amp;uration (min):</source>
        <translation>D&amp;uration (min):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Plan &amp;goals worked on</source>
        <translation>Plan &amp;goals worked on</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>One line: what the session was about</source>
        <translation>One line: what the session was about</translation>
    </message>
    <message>
        <source>&amp;Notes – what was observed and said</source>
        <translation>&amp;Notes – what was observed and said</translation>
    </message>
    <message>
        <source>Describe what happened; write the child&apos;s and the parents&apos; own words in quotation marks.</source>
        <translation>Describe what happened; write the child&apos;s and the parents&apos; own words in quotation marks.</translation>
    </message>
    <message>
        <source>Professional &amp;assessment (the family worker&apos;s own)</source>
        <translation>Professional &amp;assessment (the family worker&apos;s own)</translation>
    </message>
    <message>
        <source>Your professional assessment, kept apart from what was observed and said.</source>
        <translation>Your professional assessment, kept apart from what was observed and said.</translation>
    </message>
    <message>
        <source>Agreements and next steps</source>
        <translation>Agreements and next steps</translation>
    </message>
    <message>
        <source>&amp;What is the concern about?</source>
        <translation>&amp;What is the concern about?</translation>
    </message>
    <message>
        <source>What you saw or heard, and why it worries you for the child</source>
        <translation>What you saw or heard, and why it worries you for the child</translation>
    </message>
    <message>
        <source>Who was told, when and how</source>
        <translation>Who was told, when and how</translation>
    </message>
    <message>
        <source>&amp;Record who was told…</source>
        <translation>&amp;Record who was told…</translation>
    </message>
    <message>
        <source>The municipal caseworker, your leader or another you passed the concern on to</source>
        <translation>The municipal caseworker, your leader or another you passed the concern on to</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Add a&amp;ddendum…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save as a draft or planned session (Ctrl+Enter)</source>
        <translation>Save as a draft or planned session (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save and &amp;finalize…</source>
        <translation>Save and &amp;finalize…</translation>
    </message>
    <message>
        <source>Lock the note; later corrections become dated addenda (Ctrl+Shift+F)</source>
        <translation>Lock the note; later corrections become dated addenda (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Not saved: type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).</source>
        <translation>Not saved: type the date and time as DD-MM-YYYY HH:MM (1.6.2024 10.00 works too).</translation>
    </message>
    <message>
        <source>Not saved: someone else saved this note after you opened it (%1). Your text is still here; saving again puts it in place of theirs.</source>
        <translation>Not saved: someone else saved this note after you opened it (%1). Your text is still here; saving again puts it in place of theirs.</translation>
    </message>
    <message>
        <source>(saved with the note)</source>
        <translation>(saved with the note)</translation>
    </message>
    <message>
        <source>Nobody is recorded as told yet.</source>
        <translation>Nobody is recorded as told yet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Finalized %1. The note cannot be changed; corrections are added as dated addenda below.</source>
        <translation>Finalized %1. The note cannot be changed; corrections are added as dated addenda below.</translation>
    </message>
    <message>
        <source>Session note (finalized)</source>
        <translation>Session note (finalized)</translation>
    </message>
    <message>
        <source>Mark the planned session as held</source>
        <translation>Mark the planned session as held</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Plan a session</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Log a session</translation>
    </message>
    <message>
        <source>%1 – Added after finalizing:</source>
        <translation>%1 – Added after finalizing:</translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>No addenda.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Finalize the note</source>
        <translation>Finalize the note</translation>
    </message>
    <message>
        <source>A finalized note cannot be changed afterwards; corrections become dated addenda. Finalize it now?</source>
        <translation>A finalized note cannot be changed afterwards; corrections become dated addenda. Finalize it now?</translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation>Unsaved note</translation>
    </message>
    <message>
        <source>Throw away what you typed in this session note?</source>
        <translation>Throw away what you typed in this session note?</translation>
    </message>
</context>
<context>
    <name>SessionTools</name>
    <message>
        <source>&amp;Sessions</source>
        <extracomment>How often the stale-drafts hint is brought up to date while the window is open.</extracomment>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>&amp;Search notes…</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <source>&amp;Unfinished notes…</source>
        <translation>&amp;Unfinished notes…</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished note(s) older than %1 days</source>
        <translation>
            <numerusform>%n unfinished note older than %1 days</numerusform>
            <numerusform>%n unfinished notes older than %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the unfinished notes (Ctrl+Shift+U)</source>
        <translation>Show the unfinished notes (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <extracomment>A session of the shown family was created, changed or deleted (family uid).</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Log session…</source>
        <translation>&amp;Log session…</translation>
    </message>
    <message>
        <source>Log a session that has taken place (Ctrl+L)</source>
        <translation>Log a session that has taken place (Ctrl+L)</translation>
    </message>
    <message>
        <source>Pla&amp;n session…</source>
        <translation>Pla&amp;n session…</translation>
    </message>
    <message>
        <source>Put a future session in the calendar</source>
        <translation>Put a future session in the calendar</translation>
    </message>
    <message>
        <source>Session log &amp;PDF…</source>
        <translation>Session log &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Mark as &amp;held…</source>
        <translation>Mark as &amp;held…</translation>
    </message>
    <message>
        <source>After the visit: open the planned session as held, ready for the note</source>
        <translation>After the visit: open the planned session as held, ready for the note</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Add a&amp;ddendum…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete a draft or a planned session</source>
        <translation>Delete a draft or a planned session</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>All goals</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) match</source>
        <translation>
            <numerusform>%n session matches</numerusform>
            <numerusform>%n sessions match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No session matches the filters.</source>
        <translation>No session matches the filters.</translation>
    </message>
    <message>
        <source>No sessions yet — press Log session… to write the first note.</source>
        <translation>No sessions yet — press Log session… to write the first note.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not finalized yet</source>
        <translation>
            <numerusform>%n note not finalized yet</numerusform>
            <numerusform>%n notes not finalized yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than %1 days — finalize soon</source>
        <translation>
            <numerusform>%n older than %1 days — finalize soon</numerusform>
            <numerusform>%n older than %1 days — finalize soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete the session %2 (%1)? This cannot be undone.</source>
        <translation>Delete the session %2 (%1)? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Worker profile</source>
        <translation>Worker profile</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Locking and audit trail</source>
        <translation>Locking and audit trail</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>A USB drive or a network folder is a good place for backups.</source>
        <translation>A USB drive or a network folder is a good place for backups.</translation>
    </message>
    <message>
        <source>Back up when famdesk closes</source>
        <translation>Back up when famdesk closes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Back up while open, every</source>
        <translation>Back up while open, every</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Keep daily backups for</translation>
    </message>
    <message>
        <source>Keep weekly backups for</source>
        <translation>Keep weekly backups for</translation>
    </message>
    <message>
        <source>Keep monthly backups for</source>
        <translation>Keep monthly backups for</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than</source>
        <translation>Warn when the last backup is older than</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <source>Keep audit rows for</source>
        <translation>Keep audit rows for</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutes idle</translation>
    </message>
    <message>
        <source>only when closing</source>
        <translation>only when closing</translation>
    </message>
    <message>
        <source>never lock</source>
        <translation>never lock</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>This is a file, not a folder.</translation>
    </message>
    <message>
        <source>This folder cannot be reached. Connect the drive or choose another folder.</source>
        <translation>This folder cannot be reached. Connect the drive or choose another folder.</translation>
    </message>
    <message>
        <source>Give the full path of the folder.</source>
        <translation>Give the full path of the folder.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
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
        <translation>Edit placement site</translation>
    </message>
    <message>
        <source>Add placement site</source>
        <translation>Add placement site</translation>
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
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Type of placement</source>
        <translation>Type of placement</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>&amp;Competences:</source>
        <translation>&amp;Competences:</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>Capacity (children)</source>
        <translation>Capacity (children)</translation>
    </message>
    <message>
        <source>What the site is good at: ages, needs it meets, approach, languages …</source>
        <translation>What the site is good at: ages, needs it meets, approach, languages …</translation>
    </message>
    <message>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <source>How many children the site can take; empty if unknown</source>
        <translation>How many children the site can take; empty if unknown</translation>
    </message>
    <message>
        <source>The register of placement sites is shared by all families: a change here shows wherever the site is a candidate.</source>
        <translation>The register of placement sites is shared by all families: a change here shows wherever the site is a candidate.</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>How many children&apos;s matches name the site</source>
        <translation>How many children&apos;s matches name the site</translation>
    </message>
</context>
<context>
    <name>StabilityModel</name>
    <message>
        <source>Figure</source>
        <extracomment>The period shown first: placements started in the last three years.</extracomment>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>The placements the figure is counted over</source>
        <translation>The placements the figure is counted over</translation>
    </message>
    <message>
        <source>First-year breakdowns, cause: %1</source>
        <translation>First-year breakdowns, cause: %1</translation>
    </message>
    <message>
        <source>First-year breakdowns, site type: %1</source>
        <translation>First-year breakdowns, site type: %1</translation>
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
    <name>StatusReportDialog</name>
    <message>
        <source>Status report – %1</source>
        <translation>Status report – %1</translation>
    </message>
    <message>
        <source>For the municipal caseworker before the review meeting. Sessions, goals, measurements, agreements and collaborators in the period are filled in from the case; write the family&apos;s own view and your assessment here.</source>
        <translation>For the municipal caseworker before the review meeting. Sessions, goals, measurements, agreements and collaborators in the period are filled in from the case; write the family&apos;s own view and your assessment here.</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>The &amp;family&apos;s own view:</source>
        <translation>The &amp;family&apos;s own view:</translation>
    </message>
    <message>
        <source>The family worker&apos;s &amp;assessment:</source>
        <translation>The family worker&apos;s &amp;assessment:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <source>How the parents (and the child) see the period, in their own words</source>
        <translation>How the parents (and the child) see the period, in their own words</translation>
    </message>
    <message>
        <source>Your professional assessment of the development and what is needed next</source>
        <translation>Your professional assessment of the development and what is needed next</translation>
    </message>
    <message>
        <source>The family has &amp;seen the report</source>
        <translation>The family has &amp;seen the report</translation>
    </message>
    <message>
        <source>Save &amp;texts</source>
        <translation>Save &amp;texts</translation>
    </message>
    <message>
        <source>Keep the texts with the report for this period</source>
        <translation>Keep the texts with the report for this period</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Save the texts, make the PDF and show it (saving or printing it from there)</source>
        <translation>Save the texts, make the PDF and show it (saving or printing it from there)</translation>
    </message>
    <message>
        <source>The report for this period was printed on %1; saving the texts again starts a new version, the printed one is kept.</source>
        <translation>The report for this period was printed on %1; saving the texts again starts a new version, the printed one is kept.</translation>
    </message>
    <message>
        <source>This family no longer exists.</source>
        <translation>This family no longer exists.</translation>
    </message>
    <message>
        <source>Texts saved with the report for this period.</source>
        <translation>Texts saved with the report for this period.</translation>
    </message>
    <message>
        <source>Unsaved texts</source>
        <translation>Unsaved texts</translation>
    </message>
    <message>
        <source>The texts for the status report are not saved. Save them?</source>
        <translation>The texts for the status report are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Step</source>
        <extracomment>A refused save&apos;s reason, in the catalogue&apos;s words (``show_refusal``).</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>What will be done?</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Due date</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date and time</source>
        <extracomment>(rows loaded, total matching) after a reset or a page.</extracomment>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message numerus="yes">
        <source>(+%n addendum/addenda)</source>
        <translation>
            <numerusform>(+%n addendum)</numerusform>
            <numerusform>(+%n addenda)</numerusform>
        </translation>
    </message>
    <message>
        <source>Concern noted in this session</source>
        <translation>Concern noted in this session</translation>
    </message>
    <message numerus="yes">
        <source>Draft older than %n day(s): finalize it soon</source>
        <translation>
            <numerusform>Draft older than %n day: finalize it soon</numerusform>
            <numerusform>Draft older than %n days: finalize it soon</numerusform>
        </translation>
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
    <name>ViewsPage</name>
    <message>
        <source>The child and the parents are heard before the decision (Barnets lov § 5). Write their views in their own words; your assessment belongs with the candidates.</source>
        <translation>The child and the parents are heard before the decision (Barnets lov § 5). Write their views in their own words; your assessment belongs with the candidates.</translation>
    </message>
    <message>
        <source>The child&apos;s own view</source>
        <translation>The child&apos;s own view</translation>
    </message>
    <message>
        <source>The parents&apos; view</source>
        <translation>The parents&apos; view</translation>
    </message>
    <message>
        <source>What the child wishes and fears about moving, and where.</source>
        <translation>What the child wishes and fears about moving, and where.</translation>
    </message>
    <message>
        <source>What the parents wish for the child, and what they worry about.</source>
        <translation>What the parents wish for the child, and what they worry about.</translation>
    </message>
    <message>
        <source>Conversations with the child (latest three)</source>
        <translation>Conversations with the child (latest three)</translation>
    </message>
    <message>
        <source>Conversations with the child</source>
        <translation>Conversations with the child</translation>
    </message>
    <message>
        <source>Recorded with Child conversations… on the Members tab.</source>
        <translation>Recorded with Child conversations… on the Members tab.</translation>
    </message>
    <message>
        <source>%1 – the child declined to speak.</source>
        <translation>%1 – the child declined to speak.</translation>
    </message>
    <message>
        <source>%1 – support person: %2 – “%3”</source>
        <translation>%1 – support person: %2 – “%3”</translation>
    </message>
    <message>
        <source>%1 – no support person – “%2”</source>
        <translation>%1 – no support person – “%2”</translation>
    </message>
    <message>
        <source>No conversation with the child is recorded yet.</source>
        <translation>No conversation with the child is recorded yet.</translation>
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
        <source>The team server did not accept the password (%1).</source>
        <translation>The team server did not accept the password (%1).</translation>
    </message>
    <message>
        <source>The team server cannot be reached just now: %1</source>
        <translation>The team server cannot be reached just now: %1</translation>
    </message>
    <message>
        <source>There is no famdesk database at %1.</source>
        <translation>There is no famdesk database at %1.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost. Nothing you typed is lost; try again in a moment.</source>
        <translation>The connection to the team server was lost. Nothing you typed is lost; try again in a moment.</translation>
    </message>
    <message>
        <source>The database could not do this just now. Try again; if it keeps failing, tell IT.</source>
        <translation>The database could not do this just now. Try again; if it keeps failing, tell IT.</translation>
    </message>
    <message>
        <source>The disk is full: the database %1 could not be created, and nothing was created. Free some space and try again.</source>
        <translation>The disk is full: the database %1 could not be created, and nothing was created. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database %1 could not be created (%2). Nothing was created.</source>
        <translation>The database %1 could not be created (%2). Nothing was created.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2). The database is unchanged. The copy made before the upgrade is kept as %3.</source>
        <translation>%1 could not be upgraded for this version of famdesk (%2). The database is unchanged. The copy made before the upgrade is kept as %3.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2). The database is unchanged.</source>
        <translation>%1 could not be upgraded for this version of famdesk (%2). The database is unchanged.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. Ask IT to restore the copy made before the upgrade: %3</source>
        <translation>%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. Ask IT to restore the copy made before the upgrade: %3</translation>
    </message>
    <message>
        <source>%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. Restore it from a backup.</source>
        <translation>%1 could not be upgraded for this version of famdesk (%2) and may be incomplete. Restore it from a backup.</translation>
    </message>
</context>
</TS>
