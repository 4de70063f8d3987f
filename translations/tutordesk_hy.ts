<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AppController</name>
    <message>
        <source>TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school could not be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6൷ without a prompt”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
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
        <source>Weekly availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: kind of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>date: label (kind of day)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartBuilders</name>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the Ǐour-fifths” rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TK students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ǎligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3Ĵ · Tier 2 · A”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
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
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
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
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TutorDesk database to open (the same as --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place in a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place in the file: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name in the UI language, then in its own</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterDialog</name>
    <message>
        <source>Family Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a setting</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::NewSchoolDialog</name>
    <message>
        <source>Set Up My School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District ID %1 · Grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ɪnd %n more conflict(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>summary separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — point at a block for its details, or show one tutor</source>
        <comment>summary — hint</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionCover</name>
    <message>
        <source>%1 on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub: %1</source>
        <comment>a substitute teaches the session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Store</name>
    <message>
        <source>%1: no TutorDesk database is there. Check the path, or create a new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentColumns</name>
    <message>
        <source>%1 (%2)</source>
        <comment>first name (preferred name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>attendance rate in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentText</name>
    <message>
        <source>TK</source>
        <comment>transitional kindergarten, abbreviated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <comment>kindergarten, abbreviated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP</source>
        <comment>individualized education program, short tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>504</source>
        <comment>Section 504 plan, short tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster</source>
        <comment>foster youth, short tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SED</source>
        <comment>socio-economically disadvantaged, short tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between student group tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individualized education program (IEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of what was done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorTableModel</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::Tutors</name>
    <message>
        <source>%1 still leads %2. Give %3 another tutor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>minimum day · its reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>group, when, who teaches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <comment>day header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewDocument</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
