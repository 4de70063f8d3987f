<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>Walang nakabukas na database.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paaralan:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Bersiyon ng data:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Masinsinang tutoring na batay sa pangangailangan: sino ang makakakuha ng puwesto, sino ang magtuturo sa kanila at kailan, sino ang dumalo, at kung ito ay epektibo.&lt;/p&gt;%2&lt;p&gt;Binuo gamit ang Qt %3 (tumatakbo sa Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>Tungkol sa TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>Napiling aksiyon</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Paghahatid</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>&amp;Itala ang Pakikipag-ugnayan…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>Itala ang tawag, text o pagbisita; kapag na-save, malulutas ang aksiyon</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>Mag-iskedyul ng &amp;Make-up…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>Isang make-up na sesyon para sa mag-aaral na ito</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>I-&amp;pause at Ialok ang Puwesto…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>I-pause ang puwesto at ialok ito sa nangunguna sa waitlist</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>Humanap ng &amp;Kapalit…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>Buksan ang sesyon sa pahina ng Iskedyul</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>&amp;Sumulat ng Liham…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>I-print o i-save ang liham tungkol sa hindi nadaluhang sesyon sa wika ng pamilya; itatala ito bilang pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Tapos na…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>Markahang tapos na ang aksiyon, may kasamang tala</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>Hindi &amp;Kailangan…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>Markahang hindi kailangan ang aksiyon, may talang nagsasabi kung bakit</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>Walang napiling aksiyon</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>Pumili ng aksiyon sa kaliwa para makita ang pamilya at kung ano ang lulutas dito.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>Walang nakatalang tagapag-alaga</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Pamilya: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepono: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>walang nakatala</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Wika: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Mas gusto: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>Hindi mabasa ang dosage: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::AppController</name>
    <message>
        <source>TutorDesk</source>
        <translation>TutorDesk</translation>
    </message>
    <message>
        <source>The demo school could not be created. %1</source>
        <translation>Hindi magawa ang demo na paaralan. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>Magbukas ng TutorDesk Database</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>Mga database ng TutorDesk (*.%1);;Lahat ng file (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>Hindi mabasa ang mag-aaral: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>Mga Pagtatasa — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>Kasanayan o pagsusulit</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Iskor</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>Paglalagay, grupo o mga tala</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Kasaysayan ng pagtatasa</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>&amp;Alisin ang Napili…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>Alisin ang pagtatasang nailagay nang hindi sinasadya.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>&amp;Obserbasyon ng tutor</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>&amp;Kumpiyansa ng mag-aaral</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>&amp;Benchmark</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Walang grupo</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>Hindi mabasa ang mga grupo ng mag-aaral: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Walang rating</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — nagsisimula</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — umuunlad</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — matatag</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — nakapag-iisa</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Petsa:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Mga tala:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>Itala ang Obserbasyon</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — hindi sigurado</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — medyo sigurado</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — katamtamang sigurado</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — sigurado</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — siguradong-sigurado</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>Gaano kasigurado ang mag-aaral:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Itala ang Rating</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>hal. i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>hal. 2 baitang ang baba</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>Ilang baitang ang baba sa baitang; negatibo kung mas mataas sa baitang.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asignatura:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Pagsusulit:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>Scale score:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Paglalagay:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>Baitang na mas mababa:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>Itala ang Benchmark</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>Hindi mabasa ang mga pagtatasa: %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The observation was not recorded: %1</source>
        <translation>Hindi naitala ang obserbasyon: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>Naitala ang obserbasyon para kay %1.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>Hindi naitala ang rating: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>Naitala ang kumpiyansa na %1 sa 5.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>Hindi naitala ang benchmark: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>Naitala ang %1 benchmark.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sa %2 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>Alisin ang Pagtatasa?</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>Alisin ang %1? Gawin lamang ito para sa nailagay nang hindi sinasadya.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>Naalis ang pagtatasa.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>Ang nakita ng tutor, hal. “Gumagamit ng arrays para sa 6×7 nang hindi sinasabihan”</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>Skill probe</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>Obserbasyon ng tutor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Kumpiyansa</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pag-unlad</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pagkatapos</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>Simula ng taon</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>Kalagitnaan ng taon</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Katapusan ng taon</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>Walang mag-aaral na %1 (maaaring inalis na). I-reload ang pahina.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>Piliin ang araw ng pagtatasa.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>Nasa hinaharap pa ang %1. Maglagay ng pagtatasa sa araw nito o pagkatapos.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>Walang grupong %1 (maaaring inalis na). Pumili ng ibang grupo.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang pagtatasa sa %1: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>Isulat ang naobserbahan ng tutor: kailangan ng mga tala ang obserbasyon.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>Ang rating ng obserbasyon ay %1; dapat ito ay 1 hanggang 4, o wala.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>Ang rating ng kumpiyansa ay %1; dapat ito ay 1 (hindi talaga) hanggang 5 (lubos).</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>Piliin ang asignatura ng benchmark.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>Pangalanan ang benchmark test, hal. i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>Piliin ang window ng pagsusulit: simula, kalagitnaan o katapusan ng taon.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>Mas mababa sa 0 ang scale score na %1. Suriin ang ulat ng iskor.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>Ang baitang na mas mababa ay %1; dapat ito ay nasa pagitan ng -3 (mas mataas sa baitang) at 12.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>Wala na ang pagtatasang iyon (maaaring may nag-alis nito). I-reload ang pahina.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>Hindi maalis ang pagtatasa sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 noong %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>Dumalo si %1 sa %2: ang mga minutong dinaluhan ay dapat nasa pagitan ng 1 at %3, hindi %4.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>Ang %1 ay %2 minuto lamang: itala si %3 bilang dumalo o liban.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>Nahuli si %1 sa %2: ilagay ang mga minutong dinaluhan niya (1 hanggang %3).</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>Nahuli si %1 sa %2: ang mga minutong dinaluhan ay dapat nasa pagitan ng 1 at %3, hindi %4 (ang mag-aaral na dumalo sa lahat ng %5 minuto ay itinuturing na dumalo).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>Ang %1 ay sa %2: maaaring kumuha ng pagdalo mula sa araw na iyon.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>Kinansela ang %1: walang pagdalo ang kinanselang sesyon. Ibalik muna ito sa pahina ng Iskedyul, o itala ang mga mag-aaral sa isang make-up.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>Walang mag-aaral na %1 (maaaring inalis na). I-reload ang sheet ng pagdalo.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>Wala si %1 sa sheet ng %2: ang mga mag-aaral lamang ng grupo (o ang mga mag-aaral na para sa make-up) ang maaaring itala roon.</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>Dalawang beses namarkahan si %1 para sa %2: panatilihin ang isang marka.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>Nakalipas na ang %1: ang pagbabago sa naitala para dito ay nangangailangan ng dahilan, na itinatago ng audit log kasama kung sino ang nagbago at kailan. Ibigay ang dahilan ng pagbabago.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesyon %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>Walang sesyon %1 (maaaring inalis na). I-reload ang iskedyul.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>Hindi ma-save ang pagdalo ng %1 sa %2: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>Walang sesyong &quot;%1&quot; sa paaralang ito. Inililista ang mga ito ng `tutordesk-cli schedule --json`.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>Walang mag-aaral na &quot;%1&quot; sa paaralang ito: ibigay ang district id ng mag-aaral.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>&amp;Lahat ay Dumalo</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>Kumuha ng Pagdalo</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>Kasanayang tinalakay</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>Ano ang pinag-aralan sa sesyon</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Dahilan ng pagbabago</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>Kinakailangan: bakit binabago ang nakaraang talang ito (itinatago sa audit log)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>&amp;Kasanayang tinalakay:</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Dahilan ng pagbabago:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>I-save ang pagdalo (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>Markahan bilang dumalo ang bawat mag-aaral na hindi pa namamarkahan (A sa sheet, o %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; dumalo · &lt;b&gt;T&lt;/b&gt; nahuli, saka ang mga minuto · &lt;b&gt;E&lt;/b&gt; liban, may pahintulot · &lt;b&gt;U&lt;/b&gt; liban, walang pahintulot&lt;br&gt;&lt;b&gt;A&lt;/b&gt; dumalo ang lahat ng iba pa · &lt;b&gt;Space&lt;/b&gt; liban sa paaralan · &lt;b&gt;%1&lt;/b&gt; i-save</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Mga key</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>Hindi mabasa ang pagdalo sa sesyon: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>Wala na ang sesyong ito. Isara ang window na ito at pumili ng ibang sesyon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Walang sesyon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>Pagdalo — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Walang tutor</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, kapalit ni %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>walang nakalagay na silid</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;Target na kasanayan: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>Walang inaasahang dadalo sa sesyong ito: walang mag-aaral ang grupo nito sa araw na iyon.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>Markahan muna ang mga mag-aaral: P dumalo, T nahuli, E may pahintulot, U walang pahintulot.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>Binabago nito ang pagdalong naitala na para sa nakaraang sesyon: magbigay ng dahilan ng pagbabago. Itatago ito ng audit log.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>Itapon ang Pagdalo?</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>Hindi pa naka-save ang pagdalong inilagay ninyo para sa sesyong ito.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>Itapon ito, o bumalik at i-save ito gamit ang %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n dumalo</numerusform>
            <numerusform>%n dumalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n nahuli</numerusform>
            <numerusform>%n nahuli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n liban</numerusform>
            <numerusform>%n liban</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>Na-update ang pagdalo para sa %1: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>Na-save ang pagdalo para sa %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>%n follow-up na aksiyon ang dapat gawin.</numerusform>
            <numerusform>%n follow-up na aksiyon ang dapat gawin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>%n follow-up na aksiyon ang hindi na kailangan.</numerusform>
            <numerusform>%n follow-up na aksiyon ang hindi na kailangan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Mga minutong dinaluhan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>District id %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>Liban sa paaralan nang araw na iyon, hindi lamang sa tutoring (Space)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Hindi pa namamarkahan</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P dumalo · T nahuli · E liban, may pahintulot · U liban, walang pahintulot</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>I-type ang mga minuto</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>Mga minutong dinaluhan, mas mababa sa %n minuto ng sesyon</numerusform>
            <numerusform>Mga minutong dinaluhan, mas mababa sa %n minuto ng sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>Mga minutong dinaluhan (ang haba ng sesyon maliban kung maagang umalis ang mag-aaral)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>Liban sa paaralan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Sheet ng pagdalo</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P dumalo · T nahuli (saka i-type ang mga minuto) · E liban, may pahintulot · U liban, walang pahintulot
A: dumalo ang lahat ng hindi pa namamarkahan · Space: liban sa paaralan · Ctrl+Enter: i-save</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Hindi pa namamarkahan</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>I-type ang mga minuto</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>Nahuli</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Liban, may pahintulot</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>Liban, walang pahintulot</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>Magdagdag ng &amp;Oras</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>Alisin ang O&amp;ras</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Lingguhang availability</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>Magdagdag ng araw at ng mga oras na makapagtuturo ang tutor sa araw na iyon</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Alisin ang napiling hilera</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Available mula</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Available hanggang</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>Wala pang paaralan sa database na ito, kaya walang mai-export. Gawin muna ang paaralan (Mga Setting ▸ Paaralan).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>Hiniling ang export nang walang oras. Ito ay depekto sa TutorDesk: pakiulat ito.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>Hindi magawa ang pakete: tumanggi ang database (%1). Walang inilagay sa outbox; subukang muli, at kung patuloy itong pumapalya, suriin ang disk.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>Kinansela ang export. Walang inilagay sa outbox.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>Hindi maisulat ang zip ng pakete (kulang ang memory?). Isara ang ibang programa at mag-export muli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>Unang araw</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Huling araw</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Magdagdag ng Araw na Walang Pasok</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>I-edit ang mga Araw sa Kalendaryo</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Uri ng araw</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>Walang sesyon sa mga holiday, bakasyon at araw na walang klase; mas maikli ang mga sesyon sa minimum day</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>hal. Veterans Day, Winter break, Parent conferences</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Paglalarawan:</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 hanggang %2 (%n araw)</numerusform>
            <numerusform>%1 hanggang %2 (%n araw)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>Mga araw na binabago</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Mga araw:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Mula:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hanggang:</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>Ilang araw ng pasok ang saklaw nito</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>Walang weekday sa saklaw na ito: hindi kailanman araw ng pasok ang weekend.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>Saklaw ang %n weekday; nilalaktawan ang weekend.</numerusform>
            <numerusform>Saklaw ang %n weekday; nilalaktawan ang weekend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Paglalarawan</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>May araw sa listahan na walang petsa. Ilagay ang petsa.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>Nasa labas ng taong-panuruan ang %1 (%2 hanggang %3). Pumili ng araw sa loob ng taon, o baguhin muna ang mga petsa ng taon.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>Weekend ang %1; mga weekday lamang ang nakalista sa kalendaryo. Pumili ng weekday.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: pumili ng araw ng pasok, minimum day, holiday, bakasyon o araw na walang klase.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>Wala pang taong-panuruan. I-set up muna ang paaralan, saka ang kalendaryo nito.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang kalendaryo sa %1: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>Ang mga sesyon sa minimum day ay maaaring tumagal nang %1 hanggang %2 minuto, hindi %3. Baguhin ang mga minuto.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang haba ng minimum day sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>Wala pang taong-panuruan na mapag-i-import-an ng %1. I-set up muna ang paaralan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>Walang column ng petsa ang file. Pangalanan ang column ng mga araw na &quot;Date&quot; (nasa unang linya ng file ang mga pangalan ng column).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>Walang column ng uri ang file. Magdagdag ng column na &quot;Kind&quot; na nagsasabi ng holiday, break, minimum day, non-instructional o instructional para sa bawat linya.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>ang taong-panuruan ay mula %1 hanggang %2</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>Nawawala ang petsa. Ilagay ang araw bilang YYYY-MM-DD (2026-11-11) o M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>Ang &quot;%1&quot; ay hindi petsa. Isulat ito bilang YYYY-MM-DD (2026-11-11) o M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>Ang &quot;%1&quot; ay hindi petsa. Isulat ang huling araw ng saklaw bilang YYYY-MM-DD o M/D/YYYY, o iwanang blangko para sa isang araw.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>Nagtatapos ang saklaw (%1) bago ito magsimula (%2). Pagpalitin ang dalawang petsa.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>Nawawala ang uri ng araw.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>Ang &quot;%1&quot; ay hindi uri ng araw.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>Isulat ang holiday, break, minimum day, non-instructional o instructional.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>Nasa labas ng taong-panuruan ang %1 (%2). Itama ang petsa o alisin ang linya.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>Weekend ang %1; mga weekday lamang ang nakalista sa kalendaryo. Itama ang petsa o alisin ang linya.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Nilaktawan ang %n linyang walang halaga sa anumang column.</numerusform>
            <numerusform>Nilaktawan ang %n linyang walang halaga sa anumang column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>Nilaktawan ang %n araw ng weekend sa loob ng mga saklaw: hindi kailanman araw ng pasok ang weekend.</numerusform>
            <numerusform>Nilaktawan ang %n araw ng weekend sa loob ng mga saklaw: hindi kailanman araw ng pasok ang weekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>Walang column ng label ang file, kaya walang pangalan ang mga araw. Magdagdag ng column na &quot;Label&quot; (&quot;Veterans Day&quot;) para maipakita ang mga ito sa kalendaryo.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Hindi ma-import ang %1: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>Mga sesyon mula %1: %2 ang naidagdag, %3 ang inalis, %4 ang binago.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>Taong-panuruan, isang buwan bawat pagkakataon</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>&amp;Magdagdag ng Araw na Walang Pasok…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>I-e&amp;dit…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>Gawing &amp;Araw ng Pasok</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Mag-i&amp;mport…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>Mga araw ng pasok ngayong taon</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>Magdagdag ng holiday, bakasyon, minimum day o araw na walang klase</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>Baguhin ang uri o paglalarawan ng mga napiling araw (double-click o Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>Gawing muli na karaniwang araw ng pasok ang mga napiling araw; babalik ang kanilang mga sesyon</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>Ipasok ang kalendaryong ipinapadala ng inyong distrito, naka-save bilang CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendaryo</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>Mga holiday, bakasyon at minimum day</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>Na-import ang kalendaryo: %n bagong araw, %1 ang binago, %2 ang walang pagbabago. Susundin ito ng mga sesyon mula ngayon.</numerusform>
            <numerusform>Na-import ang kalendaryo: %n bagong araw, %1 ang binago, %2 ang walang pagbabago. Susundin ito ng mga sesyon mula ngayon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Hindi mabasa ang kalendaryo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n araw ng pasok</numerusform>
            <numerusform>%n araw ng pasok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n araw ng holiday at bakasyon</numerusform>
            <numerusform>%n araw ng holiday at bakasyon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n minimum day</numerusform>
            <numerusform>%n minimum day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n araw na walang klase</numerusform>
            <numerusform>%n araw na walang klase</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>Wala pang taong-panuruan. I-set up ang inyong paaralan kasama ang una at huling araw ng taon, saka idagdag dito ang mga holiday nito.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>Wala pang holiday o bakasyon. Idagdag ang inyong mga araw na walang pasok, o i-import ang kalendaryong ipinapadala ng inyong distrito.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>Walang na-save: puro weekend ang mga napiling petsa.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Hindi ma-save ang kalendaryo: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Mag-import ng Kalendaryo</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>%n linya ang nabasa.</numerusform>
            <numerusform>%n linya ang nabasa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>%1 sa file: %2 bago, %3 binago, %4 nasa kalendaryo na. Susundin ng mga sesyon mula ngayon ang bagong kalendaryo.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>I-appl&amp;y</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>Holiday o bakasyon</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Minimum day</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Araw na walang klase</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Ang napiling araw</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>Ang mga sesyon sa minimum day ay &amp;tatagal nang hanggang:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>Pinakamahabang sesyon sa minimum day, sa minuto</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>Paiikliin sa habang ito ang mas mahahabang sesyon sa mga minimum day</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>Paikliin o pahabain ang mga sesyon sa minimum day mula ngayon</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>Walang sesyon sa mga holiday, bakasyon at araw na walang klase. Inililipat ng bawat pagbabago ang mga sesyon mula ngayon; mananatili kung ano ang mga sesyong naidaos na at ang pagdalo sa mga ito.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: kind of day</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>date: label (kind of day)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartBuilders</name>
    <message>
        <source>Week of</source>
        <translation>Linggo ng</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>Kinansela: wala ang tutor</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>Kinansela: kaganapan ng paaralan</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>Kinansela: lagay ng panahon</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>Kinansela: kaganapan ng mag-aaral</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>Kinansela: ibang dahilan</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>Mga iskor sa probe: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>Petsa ng probe</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>% ng pinakamataas na iskor sa probe</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4 sa %5 puntos · %6% ng pinakamataas</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>Pagkabihasa (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>Mga minutong natanggap kumpara sa nakaplano: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>minuto (kabuuan)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · hanggang %2
%3 sa %4 nakaplanong minuto ang natanggap</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>Pagdalo bawat linggo: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Mga sesyong naidaos</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Mga sesyong dinaluhan</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>mga sesyon</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · linggo ng %2
dinaluhan ang %3 sa %4 sesyong naidaos</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>Pag-unlad bawat mag-aaral sa %1: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>Pag-unlad (pinakahuli − pre probe)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (hindi nasukat)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>pag-unlad (% puntos ng pinakamataas sa probe)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: hindi nasukat (%n probe sa kasanayang ito; kailangan ng dalawa para sa pag-unlad)</numerusform>
            <numerusform>%1: hindi nasukat (%n probe sa kasanayang ito; kailangan ng dalawa para sa pag-unlad)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2 puntos (mula %3% hanggang %4% ng pinakamataas)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>, bihasa na</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>Mga sesyong naidaos kumpara sa naka-iskedyul: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Naidaos</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Hindi pa namamarkahan</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>mga sesyong naka-iskedyul</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>Linggo ng %1: %2 sa %3 naka-iskedyul na sesyon ang naidaos</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n ang kinansela</numerusform>
            <numerusform>%n ang kinansela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>%n make-up ang naidaos</numerusform>
            <numerusform>%n make-up ang naidaos</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>Dosage: mga mag-aaral sa tutoring ayon sa mga minutong natanggap</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>Mga mag-aaral sa tutoring</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>mga minutong natanggap ngayong taon</translation>
    </message>
    <message>
        <source>students</source>
        <translation>mga mag-aaral</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n mag-aaral ang nakatanggap ng %1 hanggang %2 minuto</numerusform>
            <numerusform>%n mag-aaral ang nakatanggap ng %1 hanggang %2 minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>Pag-unlad kumpara sa dosage (isang punto bawat mag-aaral at kasanayan)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>mga minutong natanggap</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>pag-unlad (% puntos)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>Walang pag-unlad</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (Tier %2, %3)
%4 minutong natanggap · pag-unlad %5 puntos</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>Tier %1 (%n punto)</numerusform>
            <numerusform>Tier %1 (%n punto)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>Lingguhang antas ng pagdalo, buong paaralan</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>% ng mga sesyong dinaluhan</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>Dumalo ÷ (dumalo + liban)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>Linggo ng %1: %2% ang dumalo
%3 ang dumalo, %4 ang liban</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>Mga mag-aaral bawat tier ng pangangailangan, at ilan ang may puwesto</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>Mga mag-aaral na may ganitong pangangailangan</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>May puwesto sa tutoring</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>tier ng pangangailangan</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>Tier %1: %n mag-aaral, %2 ang may puwesto</numerusform>
            <numerusform>Tier %1: %n mag-aaral, %2 ang may puwesto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>I-save ang Chart bilang PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>I-save ang %1 bilang PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>I-print ang %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>I-save ang Chart bilang PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Mga PNG na larawan (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Hindi na-save ang chart</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>Hindi maisulat ang chart sa %1. Pumili ng folder na masusulatan ninyo at subukang muli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>Mga clearance na kailangang asikasuhin</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>Mga tutor na ang clearance ay kailangang asikasuhin</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>Mag-click ng linya o pindutin ang Enter para piliin ang tutor na iyon sa talahanayan</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n clearance ang kailangang asikasuhin</numerusform>
            <numerusform>%n clearance ang kailangang asikasuhin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>Piliin si %1 sa talahanayan</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>Background check</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>TB test</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>Walang nakatalang %1</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>Nag-expire ang %1 noong %2</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>Mag-e-expire ang %1 ngayong araw (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>Mag-e-expire ang %1 sa loob ng %n araw (%2)</numerusform>
            <numerusform>Mag-e-expire ang %1 sa loob ng %n araw (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>Balido ang %1 hanggang %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>Hindi aktibo si %1: gawin muna siyang aktibo o bahagi ng pool ng mga kapalit sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>Walang nakatalang background check si %1: itala muna ito sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>Walang nakatalang TB test si %1: itala muna ito sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>Nag-expire ang background check ni %1 noong %2: itala muna ang bagong check sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>Nag-expire ang TB test ni %1 noong %2: itala muna ang bagong test sa pahina ng Mga Tutor.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>Ang %1 ay hindi mapping file: %2 sa character %3.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: kailangan ng mapping file ang &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: kailangan ng mapping file ang &quot;columns&quot; na object ng mga pangalan ng field at pangalan ng column.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: ang column para sa &quot;%2&quot; ay dapat teksto (ang pangalan sa header).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Tumulong ang isang &amp;interpreter</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Petsa ng follow-up</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>Palabas (kami ang nakipag-ugnayan sa pamilya)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>Papasok (ang pamilya ang nakipag-ugnayan sa amin)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Makipag-ugnayan muli sa</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>hal. maling resulta ang napili</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kailan:</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Petsa at oras ng pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Tagapag-alaga:</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tagapag-alaga</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Paraan:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direksiyon:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direksiyon</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>La&amp;yunin:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resulta:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Mga &amp;tala:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Ni:</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Itinala ni</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>Bakit ninyo binabago ang &amp;talang ito?</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Dahilan ng pagbabago</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Burahin…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>Alisin ang pakikipag-ugnayang naitala nang hindi sinasadya (itinatago ito ng audit log kasama ang inyong dahilan)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>I-edit ang Pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>Isang pakikipag-ugnayang naitala noong %1. Bawat pagbabago ay itinatago sa audit log kasama ang dahilan nito.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>Wala na sa talaan ang pakikipag-ugnayang ito (maaaring nabura na). Isara ang window na ito at i-reload ang pahina.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>Walang pinangalanang tagapag-alaga</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>Sabihin muna kung bakit ninyo binabago ang talang ito</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>Binago ang pakikipag-ugnayan ni %1.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Binura ang pakikipag-ugnayan ni %1.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Burahin ang Pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>Burahin ang pakikipag-ugnayan ni %1? Itatago ito ng audit log kasama ang inyong dahilan.

Bakit ninyo binubura ang talang ito?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>Dahilan ng pagbura sa pakikipag-ugnayan</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Anumang paraan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Anumang resulta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Anumang layunin</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Anumang wika</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>Kailangan ng &amp;follow-up</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Anumang oras</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ngayong linggo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Nakaraang 30 araw</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ngayong taon</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Mga petsa sa ibaba</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Panahon:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>Mu&amp;la</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Hang&amp;gang</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>Maghanap ayon sa mag-aaral, district ID o tagapag-alaga</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Maghanap ng pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>I-type ang bahagi ng pangalan o district ID ng mag-aaral, o ang pangalan ng tagapag-alaga</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>Ang mga pakikipag-ugnayan lamang na humingi ng petsa ng follow-up</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>Walang pakikipag-ugnayang %1 sa talaan (maaaring nabura na samantala). I-reload ang pahina.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>Hindi nakalista ang tagapag-alagang iyon para sa mag-aaral na ito. Pumili ng isa sa mga tagapag-alaga ng mag-aaral.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>Ang pakikipag-ugnayang ito ay tala ng liham na “%1” na na-print noong %2, at nananatili sa talaan ang na-print na liham. Kung may mali rito, itama ito gamit ang I-edit.</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>Nilutas ng pakikipag-ugnayang ito ang aksiyong “%1”. Buksan muli muna ang aksiyong iyon (sa tab na Tutoring ng mag-aaral), saka burahin ang pakikipag-ugnayan, o itama ito gamit ang I-edit.</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>Sabihin kung bakit ninyo binabago ang pakikipag-ugnayang ito: itatago ang dahilan kasama ang luma at bagong halaga sa audit log na binabasa sa mga pagsusuri ng pondo.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>Hindi mabago ang pakikipag-ugnayan sa %1: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>Sabihin kung bakit ninyo binubura ang pakikipag-ugnayang ito: itatago ang dahilan sa audit log na binabasa sa mga pagsusuri ng pondo.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>Hindi mabura ang pakikipag-ugnayan sa %1: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>Pagpapatala at pahintulot</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>Hindi nadaluhang sesyon</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pag-unlad</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Pangkalahatan</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>Ang “%1” ay hindi paraan ng pakikipag-ugnayan sa pamilya. Pumili ng telepono, text, email, liham, pagbisita sa bahay, personal o kumperensiya.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>Ang “%1” ay hindi direksiyon. Pumili ng palabas o papasok.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>Ang “%1” ay hindi layunin. Pumili ng pagpapatala, hindi nadaluhang sesyon, pag-unlad o pangkalahatan.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>Ang “%1” ay hindi resulta. Pumili ng nakausap, nag-iwan ng mensahe, walang sumagot, maling numero, tumanggi o naipadala.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Sabihin kung kailan naganap ang pakikipag-ugnayan.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>Sabihin kung anong wika ang ginamit sa pakikipag-ugnayan sa pamilya.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>Walang mag-aaral na %1 (maaaring inalis na). I-reload ang pahina.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang pakikipag-ugnayan sa %1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Liham</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Pagbisita sa bahay</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Kumperensiya</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nakausap</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Nag-iwan ng mensahe</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Walang sumagot</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Maling numero</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tumanggi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Hindi mabasa ang talaan ng pakikipag-ugnayan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Papasok</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Palabas</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>District ID %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>I-click para ayusin ayon sa column na ito</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>Naaayos ang talaan ayon sa petsa, mag-aaral, paraan o resulta</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Petsa at oras</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tagapag-alaga</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direksiyon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ni</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>I-&amp;edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Burahin…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>Mga ipinapakitang pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>Itama ang napiling pakikipag-ugnayan (Enter); itatago ng audit log ang inyong dahilan</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>Alisin ang napiling pakikipag-ugnayan na naitala nang hindi sinasadya (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Pakikipag-ugnayan sa pamilya</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>Binura ang pakikipag-ugnayan ni %1.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Hindi mabasa ang talaan ng pakikipag-ugnayan: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>1 pamilya ang nakausap</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>%n pamilya ang nakausap</numerusform>
            <numerusform>%n pamilya ang nakausap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n pakikipag-ugnayan: </numerusform>
            <numerusform>%n pakikipag-ugnayan: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n pagtatangka, </numerusform>
            <numerusform>%n pagtatangka, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>%n nakausap, </numerusform>
            <numerusform>%n nakausap, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>Desisyon para sa %1 sa %2</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>pool ng mga kapalit</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>nagsasalita ng kanilang wika</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>Kapalit: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>Kapalit: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>Bakante si %1 sa oras na iyon, may clearance at nagtuturo ng %2. %3 ngayong linggo sa ngayon.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesyon</numerusform>
            <numerusform>%n sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>Nagsasalita ng wikang ginagamit sa bahay ng karamihan sa mga mag-aaral.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>Walang kapalit na bakante at may clearance sa oras na ito</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>Make-up sa %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>Kanselahin, make-up sa %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>Walang oras para sa make-up sa mga susunod na araw ng pasok</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>Kanselahin, walang make-up</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>Papalitan ni %1 ang %2 sa %3.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1 sa %2: make-up sa %3 nang %4.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>Kinansela ang %1 sa %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>Humanap ng Kapalit</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Kanselahin ang Sesyon</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>Mag-iskedyul ng Make-up</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>&amp;Make-up:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Desisyon:</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>&amp;Dahilan ng pagkansela:</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>Opsiyonal: ang dapat malaman ng mga pamilya o ng guro</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Tala:</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>Naka-iskedyul ang make-up para sa %1 sa %2 nang %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1, linya %2, column %3: isang field na higit sa %4 na character. Hindi ito roster file, o may quote (&quot;) na nagbubukas ng field na dapat ay naisara nang mas maaga.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>%1 field samantalang %2 ang nasa header. Suriin ang linyang ito kung may kulang o sobrang delimiter, o quote (&quot;) na hindi naisara.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: walang ganitong file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Hindi mabasa ang %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>Walang laman ang %1: wala itong header row. I-export muli ang roster mula sa student system.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>Ang %1 ay zip file o Excel workbook, hindi CSV. Sa Excel, gamitin ang File &gt; Save As &gt; &quot;CSV UTF-8&quot;; ang OneRoster export ay ini-import bilang zip.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>Binary data ang laman ng %1, hindi teksto. Piliin ang CSV file na in-export ng student system.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: kulang ang memory para mabasa ito.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Kinansela ang pagbasa sa %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1, linya %2, column %3: may field na naka-quote na nagsisimula rito at hindi naisara. Hanapin ang ligaw na quote (&quot;) sa cell na iyon, o i-save muli ang file mula sa Excel.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>Walang header row ang %1. I-export muli ang roster na may mga pangalan ng column sa unang row.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Kinansela: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Naidaos</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Naka-iskedyul</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1, kailangan ng kapalit</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>Kapalit: %1 para kay %2</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>walang tutor</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Walang tutor</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Walang silid</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>District ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>Walang mag-aaral na may puwesto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>Listahan ng araw, %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Listahan ng araw</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Walang sesyon sa araw na ito.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>Walang sesyon sa araw na ito: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>%n sesyon. Lagyan ng tsek ang kahon ng bawat mag-aaral na dumalo.</numerusform>
            <numerusform>%n sesyon. Lagyan ng tsek ang kahon ng bawat mag-aaral na dumalo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>I-save bilang P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Araw:</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Ang araw bago nito</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Ang araw pagkatapos nito</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>I-print ang listahan ng araw na may column para sa manwal na pagkuha ng pagdalo</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>I-save ang listahan ng araw na maipi-print bilang PDF file</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Silid</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Mga mag-aaral</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Mga sesyon ng araw</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>Hindi mabasa ang mga sesyon ng araw: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Walang sesyon sa araw na ito.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesyon</numerusform>
            <numerusform>%n sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — walang pasok. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>Hindi magawa ang listahan ng araw: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>Listahan ng araw %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>I-print ang Listahan ng Araw</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>Naipadala sa printer ang listahan ng araw para sa %1.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>Listahan ng araw %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>I-save ang Listahan ng Araw bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>Na-save ang listahan ng araw sa %1.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>Hindi ma-save ang listahan ng araw sa %1: tiyaking umiiral ang folder at may pahintulot kayong magsulat doon.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>May paaralan na sa %1; kailangan ng demo ang walang lamang database. Pumili ng bagong file para sa demo na paaralan.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>Kinansela ang demo na paaralan; walang nagbago sa %1.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>Hindi magawa ang demo na paaralan: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang demo na paaralan sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>Subukan ang isang Demo na Paaralan</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>Ginagawa ang demo na paaralan: mga mag-aaral, tutor, grupo at isang taong-panuruan ng mga sesyon…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>Takdang petsa %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Gagawin</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>Mga aksiyong dapat gawin</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>Ang threshold ng agwat ay dapat higit sa 0 at hanggang 1 lamang (0.8 ang patakarang &quot;apat na ikalima&quot; (four-fifths)), hindi %1.</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>Hindi ma-save ang threshold ng agwat sa pagkakapantay-pantay: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>I-p&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>I-&amp;save bilang PDF…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>&amp;I-highlight ang grupong ang bahagi sa mga puwesto o minuto ay mas mababa sa</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× ng bahagi nito sa pangangailangan</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>I-print ang pagsusuri ng pagkakapantay-pantay</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>I-save ang pagsusuri ng pagkakapantay-pantay bilang PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>Hindi mabasa ang pagsusuri ng pagkakapantay-pantay: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>Pagsusuri ng pagkakapantay-pantay · mga numero hanggang %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Pagsusuri ng pagkakapantay-pantay</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— hindi ipinakita: nakabatay sa wala pang 10 mag-aaral, o maglalantad ng numero ng mas maliit na grupo (ituro ito para makita ang dahilan).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Walang grupong ang bahagi sa mga puwesto o minuto ay mas mababa sa %1 ng bahagi nito sa pangangailangan.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ Mga grupong tumatanggap nang mas mababa sa kanilang bahagi:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>Pagsusuri ng pagkakapantay-pantay %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>Naka-highlight ang grupo kapag ang bahagi nito sa mga puwesto o minuto ay mas mababa sa fraction na ito ng bahagi nito sa mga mag-aaral na nangangailangan. 0.80 ang patakarang “apat na ikalima” (four-fifths).</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>Lahi/etnisidad</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Katayuang EL</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Kapansanan</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Walang tirahan</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispanic o Latino</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>American Indian o Alaska Native</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asyano</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Black o African American</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Native Hawaiian o Pacific Islander</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Puti</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Dalawa o higit pang lahi</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Hindi iniulat</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (nag-aaral ng Ingles)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (muling inuri)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (Ingles lamang o bihasa)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (pagpapasyahan pa)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o 504 plan</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>Walang IEP o 504 plan</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Walang tirahan (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Transitional kindergarten</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Baitang %1</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>Mga mag-aaral na Hispanic o Latino</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>Mga mag-aaral na American Indian o Alaska Native</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>Mga mag-aaral na Asyano</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>Mga mag-aaral na Black o African American</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>Mga mag-aaral na Native Hawaiian o Pacific Islander</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>Mga mag-aaral na Puti</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>Mga mag-aaral na may dalawa o higit pang lahi</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>Mga mag-aaral na walang iniulat na lahi/etnisidad</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>Mga mag-aaral na EL</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>Mga mag-aaral na RFEP</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>Mga mag-aaral na EO/IFEP</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>Mga mag-aaral na TBD ang katayuang EL</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>Mga mag-aaral na walang iniulat na katayuang EL</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>Mga mag-aaral na may IEP o 504 plan</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>Mga mag-aaral na walang IEP o 504 plan</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>Mga mag-aaral na walang tirahan</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>Mga mag-aaral na mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>Mga mag-aaral sa TK</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>Mga mag-aaral sa Kindergarten</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>Mga mag-aaral sa Baitang %1</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Grupo ng mag-aaral</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Kuwalipikado</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Inalok</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Nakatala</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minuto bawat isa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pagdalo</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Pag-unlad</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>Bahagi sa mga puwesto</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>Bahagi sa mga minuto</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>Bahagi sa pangangailangan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>Mga make-up na inalok</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>Mga make-up na dinaluhan</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>Binibilang ang mag-aaral sa bawat grupong kinabibilangan niya, isang beses bawat dimensiyon.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>Mga mag-aaral na nangangailangan: mga aktibong mag-aaral na ang iskor ng pangangailangan ay naglalagay sa kanila sa Tier 2 o Tier 3.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>Mga kuwalipikadong mag-aaral na nabigyan kailanman ng puwesto sa isang grupo (inimbitahan o sa kalaunan), hindi kasama ang mga puwesto sa waitlist.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>Mga kuwalipikadong mag-aaral na tumanggap ng puwesto: aktibo ngayon, o dumalo sa mga sesyon bago ang pag-pause o pag-alis.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>Mga minuto ng tutoring na natanggap sa ngayon bawat nakatalang mag-aaral, kasama ang mga make-up.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>Mga sesyong dinaluhan mula sa mga sesyong kinuhanan ng pagdalo para sa mga nakatalang mag-aaral.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>Karaniwang pag-unlad sa probe ng grupo, pinakahuling iskor bawas ang pre-test, sa percentage points; ang mga mag-aaral lamang na may dalawang resulta ng probe ang binibilang.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>Ang mga nakatalang mag-aaral ng grupong ito mula sa lahat ng nakatalang mag-aaral na nangangailangan.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>Ang mga minuto ng tutoring ng grupong ito mula sa lahat ng minutong naibigay sa mga mag-aaral na nangangailangan.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>Ang mga kuwalipikadong mag-aaral ng grupong ito mula sa lahat ng mag-aaral na nangangailangan. Naka-highlight ang bahagi sa mga puwesto o minuto na mas mababa sa %1 nito.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>Mga nakatalang mag-aaral na ang puwesto ay na-pause o inialok sa waitlist matapos ang mga hindi nadaluhang sesyon.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>Mga make-up na sesyong inalok bawat nakatalang mag-aaral.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>Mga make-up na sesyong dinaluhan bawat nakatalang mag-aaral.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>Mga nakatalang mag-aaral na umalis sa isang grupo.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (apat na ikalima)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>Hindi ipinakita: wala pang 10 mag-aaral sa grupong ito ang nasukat ang pag-unlad.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>Hindi ipinakita: wala pang 10 mag-aaral ang batayan ng numerong ito.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>Hindi ipinakita upang hindi makalkula sa pagbabawas ang numero ng mas maliit na grupo.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>Wala pang masusukat.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>hindi ipinakita upang protektahan ang mas maliit na grupo</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>wala pang 10 mag-aaral</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>Sapat ang laki ng grupong ito, pero kung ipapakita ito ay makakalkula sa pagbabawas ang mga numero ng mas maliit na grupo, kaya hindi rin ito ipinakita.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>Wala pang 10 mag-aaral na nangangailangan: walang ipinapakitang numero, upang protektahan ang kanilang privacy.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>Ang %1 ay may hawak na %2 ng mga puwesto pero %3 sila ng mga mag-aaral na nangangailangan.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>Ang %1 ay tumatanggap ng %2 ng mga minuto ng tutoring pero %3 sila ng mga mag-aaral na nangangailangan.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>Hindi ipinapakita ang grupong may wala pang 10 kuwalipikadong mag-aaral, at hindi ipinapakita ang numerong nakabatay sa wala pang 10 mag-aaral, upang walang mag-aaral na makilala.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>Naka-highlight ang grupo kapag ang bahagi nito sa mga puwesto o minuto ay mas mababa sa %1 ng bahagi nito sa pangangailangan.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>Hindi binibilang ang %n mag-aaral na tinuruan na wala na sa Tier 2 o 3 (o wala na sa paaralan).</numerusform>
            <numerusform>Hindi binibilang ang %n mag-aaral na tinuruan na wala na sa Tier 2 o 3 (o wala na sa paaralan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Pagsusuri ng pagkakapantay-pantay</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · mga numero hanggang %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Walang grupong ang bahagi sa mga puwesto o minuto ay mas mababa sa %1 ng bahagi nito sa pangangailangan.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Mga agwat</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>Access, dosage at pag-unlad</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>Ang proseso</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— hindi ipinakita: wala pang 10 mag-aaral ang batayan ng numero, o maglalantad ito ng sa mas maliit na grupo.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>Pagsusuri ng pagkakapantay-pantay, mga numero hanggang %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>Mga agwat (bahaging mas mababa sa %1 ng bahagi sa pangangailangan):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>Ang proseso (bawat nakatalang mag-aaral)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— hindi ipinakita: wala pang 10 mag-aaral ang batayan ng numero, o maglalantad ito ng sa mas maliit na grupo. ! isang agwat.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>Ang “Kuwalipikado” ay nangangahulugang ang iskor ng pangangailangan ay nagpapasok sa mag-aaral sa tutoring: isang aktibong mag-aaral sa Tier 2 o Tier 3 ngayon.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>Hindi ma-save ang mga setting ng sync: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>Ang &quot;%1&quot; ay hindi buong path ng folder. Piliin ang folder ng distrito gamit ang Browse…, o maglagay ng address na nagsisimula sa https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>Ang &quot;%1&quot; ay hindi web address na mapagpapadalhan ng TutorDesk. Kopyahin ang address na ibinigay ng distrito, na nagsisimula sa https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>Hindi naka-encrypt ang &quot;%1&quot; (http://). Ipinapadala lamang ang mga rekord ng mag-aaral sa https://: hingin sa distrito ang https:// address nito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>Ang &quot;%1&quot; ay hindi folder at hindi rin https:// address.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Hindi ma-import ang file: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Mga spreadsheet na naka-save bilang CSV (*.csv *.txt);;Lahat ng file (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>Walang na-import: may %n problema na ngayon ang file. I-import itong muli para makita ang mga ito.</numerusform>
            <numerusform>Walang na-import: may %n problema na ngayon ang file. I-import itong muli para makita ang mga ito.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>Paano binasa ang file</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Mga unang row ng file</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Nasa linya %2 din ang district student ID na %1. Isang beses lamang dapat nasa roster ang bawat mag-aaral: alisin ang isa sa dalawang linya, o itama ang ID.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>Hindi nakalista: %n pang problema. Itama ang mga nasa itaas (kadalasan ay mali ang isang column sa kabuuan) at mag-import muli para makita ang natitira.</numerusform>
            <numerusform>Hindi nakalista: %n pang problema. Itama ang mga nasa itaas (kadalasan ay mali ang isang column sa kabuuan) at mag-import muli para makita ang natitira.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>Nilaktawan ang %n linyang walang halaga sa anumang column.</numerusform>
            <numerusform>Nilaktawan ang %n linyang walang halaga sa anumang column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>Mananatili ang mga sesyon bago ang araw na ito, at ang pagdalo sa mga ito</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>Magkakabisa ang mga pagbabago Magkakabisa ang mga pagbabago mula sa&amp;:mula sa:</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>Mga sesyong nalilikha ng pattern na ito</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>Mga salungatan — baguhin ang mga araw, oras, tutor o silid:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Mga salungatan</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>Hindi mabasa ang grupo: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Bagong Grupo</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>I-edit ang Grupo — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>Wala pang sesyon: pumili ng tutor, kahit isang araw at oras ng simula.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>Walang sesyon: walang araw ng pasok sa pagitan ng mga petsang ito na tugma sa pattern.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>≈ %n sesyon mula %1 hanggang %2</numerusform>
            <numerusform>≈ %n sesyon mula %1 hanggang %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>Hindi masuri ang mga salungatan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n salungatan — baguhin ang mga araw, oras, tutor o silid:</numerusform>
            <numerusform>%n salungatan — baguhin ang mga araw, oras, tutor o silid:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>Lutasin muna ang mga salungatan</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>Bigyan muna ng pangalan ang grupo</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> mag-aaral</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>Code, hal. RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>Ang kasanayan sa simpleng salita</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>Silid, o ang meeting link para sa virtual na grupo</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>A&amp;signatura:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Kasanayan:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Pa&amp;raan ng paghahatid:</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>T&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>&amp;Silid o link:</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Nagkikita tuwing:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>nang</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Oras ng simula</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Magsisimula nang:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Unang araw</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Huling araw</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Mula:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>Wala pang tutor (mananatiling nakaplano ang grupo)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — hindi aktibo</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — kulang ang clearance</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — expired ang clearance</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (pool ng mga kapalit)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>Ang grupo</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: ang “%2” ay hindi asignatura. Pumili ng reading, math, writing o iba pa.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: ang tier ay dapat 1, 2 o 3, hindi %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: ang “%2” ay hindi paraan ng paghahatid. Pumili ng pull-out, pagkatapos ng klase, Sabado, virtual o hybrid.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: ang grupo ay may 1 hanggang 4 na mag-aaral, hindi %2. Pumili ng limit mula 1 hanggang 4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>Ang %1 ay may %n mag-aaral na may puwesto, higit sa limit na %2. Ilipat muna ang mga mag-aaral sa ibang grupo, o panatilihin ang limit sa %n o higit pa.</numerusform>
            <numerusform>Ang %1 ay may %n mag-aaral na may puwesto, higit sa limit na %2. Ilipat muna ang mga mag-aaral sa ibang grupo, o panatilihin ang limit sa %n o higit pa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: ang sesyon ay tumatagal nang 5 hanggang 240 minuto, hindi %2.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: hindi wasto ang mga araw ng pagkikita. Piliin muli ang mga weekday.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: ang sesyong magsisimula nang %2 nang %3 minuto ay matatapos pagkalipas ng hatinggabi. Pumili ng mas maagang simula.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>Kailangan ng %1 ang araw ng simula at araw ng pagtatapos. Ilagay ang dalawa.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>Nagsisimula ang %1 sa %2, pagkatapos ng araw ng pagtatapos nito na %3. Pumili ng araw ng pagtatapos na kapareho o pagkatapos ng simula.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: ang “%2” ay hindi katayuan ng grupo. Pumili ng nakaplano, aktibo o natapos.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>Wala na ang grupong %1 (maaaring inalis na). I-reload ang pahina.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: wala na sa roster ang napiling tutor. Pumili ng ibang tutor.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>Hindi aktibo si %1 at hindi maaaring mamuno sa %2. Pumili ng ibang tutor, o gawin siyang aktibo sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>Walang clearance si %1 para makipagtrabaho sa mga mag-aaral sa %2. Itala muna ang kanyang mga clearance sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Hindi ma-save ang %1 sa %2: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>Walang pangalan ang grupo. Maglagay ng pangalan, halimbawa “Reading · Baitang 3–4 · Tier 2 · A”.</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>&amp;Pangunahing contact para sa mag-aaral na ito</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telepono sa bahay</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telepono sa trabaho</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>Pumapayag sa mga &amp;text message</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Magdagdag ng Tagapag-alaga</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>I-edit ang Tagapag-alaga — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Kaugnayan sa mag-aaral</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>Ang tagapag-alagang pinadadalhan ng mga liham at unang tinatawagan</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Gustong wika</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>Pumili ng wika, o mag-type ng language code gaya ng &quot;hmn&quot; para sa Hmong. Ipi-print ang mga liham sa mga nakalistang wika; Ingles na liham ang para sa iba.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Gustong paraan ng pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>Ipinapadala lamang ang text sa mobile phone, at kung may pahintulot lamang ng pamilya</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>hal. (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>hal. maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>Tagapag-alaga rin ni: %1. Ang mga pagbabago sa telepono, e-mail at wika ay para rin sa mga batang ito.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apelyido:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Kaugnayan:</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobile phone:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Telepono sa &amp;bahay:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Telepono sa &amp;trabaho:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Makipag-ugnayan sa pamamagitan ng:</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>Bakit hindi na-save ang tagapag-alaga</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>Hindi ma-save ang tagapag-alaga.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>Hindi ma-save ang tagapag-alaga: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>Ang %1 phone ni %2, &quot;%3&quot;, ay may mga character na wala sa numero ng telepono. Gumamit lamang ng mga digit, espasyo at ( ) - . +.</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>Masyadong maikli ang %1 phone ni %2, &quot;%3&quot;: hindi bababa sa 7 digit ang numero ng telepono. Itama ito o iwanang blangko.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>Kailangan ng pangalan ang tagapag-alaga: mag-type ng pangalan o apelyido.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>bahay</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabaho</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>Ang e-mail ni %1, &quot;%2&quot;, ay hindi e-mail address: kailangan nito ng isang @ sa pagitan ng pangalan at domain, nang walang espasyo (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi kaugnayang alam ng TutorDesk. Pumili ng isa sa: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi paraan ng pakikipag-ugnayang alam ng TutorDesk. Pumili ng isa sa: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>Piliin ang wikang gusto ni %1 (Ingles kung hindi ninyo alam).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>Ang &quot;%1&quot; ay hindi language code. Pumili ng wika mula sa listahan o mag-type ng code gaya ng &quot;es&quot;, &quot;zh-Hant&quot; o &quot;hmn&quot;.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>Pumapayag si %1 sa text pero walang mobile phone. I-type ang numero ng mobile o alisin ang pahintulot.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>Mas gusto ni %1 ang text pero hindi pa siya pumapayag dito. Itala ang pahintulot o pumili ng ibang paraan.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>Mas gusto ni %1 ang e-mail pero walang e-mail address. I-type ito o pumili ng ibang paraan.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang tagapag-alaga sa %1: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>Walang mag-aaral na %1 (maaaring inalis na). I-reload ang pahina ng Mga Mag-aaral.</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>Hindi na tagapag-alaga ng mag-aaral na ito si %1 (maaaring may nag-alis sa kanya). I-reload ang pahina ng Mga Mag-aaral.</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>Na-edit ang mga detalye ng tagapag-alaga</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>Wala na sa talaan ang tagapag-alagang iyon (maaaring inalis na). Maghanap muli.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>Tagapag-alaga na ng mag-aaral na ito si %1.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>Hindi na naka-link sa mag-aaral na ito ang tagapag-alagang iyon. I-reload ang pahina ng Mga Mag-aaral.</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>Hindi maalis ang tagapag-alaga sa %1: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ina</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Ama</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Lolo o lola</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>Tiya o tiyo</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Kapatid</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Foster parent</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tagapag-alaga</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Tawag sa telepono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Liham</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: masinsinang tutoring na batay sa pangangailangan.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>Buksan ang TutorDesk database sa PATH (kung wala, $TUTORDESK_DB, kung wala, ang karaniwang database ng inyong paaralan).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>Buksan ang demo na paaralan, at gawin muna ito kung wala pa.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>I-save ang larawan ng window sa FILE (PNG) kapag na-load na ito, saka lumabas.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>Ituring ang DAY (YYYY-MM-DD) bilang ngayon, hal. para sa mga screenshot ng demo na paaralan.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A TutorDesk database to open (the same as --db).</source>
        <translation>Isang TutorDesk database na bubuksan (kapareho ng --db).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>Kailangan ng --today ang araw na nakasulat bilang YYYY-MM-DD, hal. 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>, linya %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>ang ibinigay na mapping</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>ang mapping na na-save noong nakaraan</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>itinugma ayon sa pangalan</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Mga column (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>Ang ibinigay na mapping ay para sa mga &quot;%1&quot; file, pero ang %2 ay binasa bilang &quot;%3&quot;. Magbigay ng mapping na ginawa para sa ganitong uri ng file, o wala para itugma ang mga column ayon sa pangalan.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>%1 pang problema ang hindi nakalista. Itama ang mga nasa itaas (kadalasan ay mali ang isang column sa kabuuan) at patakbuhin muli para makita ang natitira.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>May sariling pangalan ng column ang OneRoster export; hindi kinailangan ang ibinigay na column mapping.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>Ang %1 ay CSV roster. Ang pagpili ng paaralan at pagdaragdag ng flags file ay para sa mga OneRoster export (.zip o folder); nasa sarili nitong mga column ang mga flag ng CSV roster.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Hindi ma-save ang column mapping para sa susunod: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>Mag-import ng &amp;Roster…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>Mag-import ng mga &amp;Iskor…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>Ipasok ang mga mag-aaral mula sa roster file ng inyong distrito</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>Ipasok ang mga resulta ng benchmark (i-Ready, STAR, MAP) para sa mga nakatalang mag-aaral</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>&amp;Suriin ang File</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mag-import</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Suriin</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>Basahin ang buong file at ilista ang bawat problema, nang walang ini-import</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>Magagamit kapag nasuri na ang file nang walang problema</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Kinansela ang pagsusuri.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Kinansela ang pag-import. Walang binago.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>Pumili ng file para magsimula.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>I-click ang Suriin ang File: babasahin ng TutorDesk ang buong file at ililista ang anumang dapat ayusin. Wala pang ini-import.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>Nagbago ang mga pinili. I-click muli ang Suriin ang File.</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>1 nakatalang mag-aaral ang wala sa roster na ito. Markahan siyang withdrawn? Mananatili ang kanyang kasaysayan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>%Ln nakatalang mag-aaral ang wala sa roster na ito. Markahan silang withdrawn? Mananatili ang kanilang kasaysayan.</numerusform>
            <numerusform>%Ln nakatalang mag-aaral ang wala sa roster na ito. Markahan silang withdrawn? Mananatili ang kanilang kasaysayan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>Mga Mag-aaral na Wala sa Roster na Ito</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>Piliin ang Hindi kung ilan lamang sa mga mag-aaral ng paaralan ang nakalista sa file na ito.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Ini-import…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sinusuri ang %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Ini-import ang %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Hindi makalkula muli ang mga iskor ng pangangailangan: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>Nakalkula muli ang mga iskor ng pangangailangan mula sa bagong data.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>Mag-import ng Roster</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>Piliin ang roster na in-export ng student system ng inyong distrito: isang CSV file, o OneRoster zip file o folder.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>Mag-import ng mga Iskor sa Benchmark</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>Piliin ang file ng mga iskor na in-export ng inyong assessment system (i-Ready, STAR, MAP o katulad) bilang CSV. Dapat nakatala na ang mga mag-aaral.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Kopyahin ang Ulat</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>I-sa&amp;ve ang Ulat…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Ang natagpuan ng pag-import</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ano ang susunod na gagawin</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Mga problema sa file</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>Kopyahin ang ulat para i-paste sa email o dokumento</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>I-save ang ulat bilang text file</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - ulat ng pag-import.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>I-save ang Ulat</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Mga text file (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Hindi ma-save ang ulat sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ang laman ng file</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ano ang susunod na gagawin</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>%n problema ang natagpuan. Walang na-import. Ayusin ang file, i-save ito, at i-import muli.</numerusform>
            <numerusform>%n problema ang natagpuan. Walang na-import. Ayusin ang file, i-save ito, at i-import muli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>Nasa TutorDesk na ang lahat ng nasa file na ito. Walang mai-import.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Walang natagpuang problema. I-click ang Mag-import para ipasok ang mga pagbabagong ito.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Mga problema sa file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mag-import</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>Sinusuri ang File</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Ini-import</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File na ii-import</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Wala pang napiling file</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Pumili ng File…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>OneRoster &amp;Folder…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>Isang folder na naglalaman ng OneRoster export (orgs.csv, users.csv, …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Aling column ang alin</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Mga unang row ng file</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>Pumili ng OneRoster Folder</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Pumili ng File</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Mga roster (*.csv *.txt *.zip);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Mga CSV file (*.csv *.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>Ang mga column na pinili ninyo noong nakaraan. Ihambing ang mga ito sa mga unang row sa kanan.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>Itinugma ng TutorDesk ang mga column na ito ayon sa kanilang pangalan. Ihambing ang mga ito sa mga unang row sa kanan.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation>Unicode (UTF-8, gaya ng pag-save ng Excel)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows Western European (gaya ng pag-save ng lumang Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>mga column na pinaghihiwalay ng tab</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>mga column na pinaghihiwalay ng semicolon</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>mga column na pinaghihiwalay ng comma</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>mga column na pinaghihiwalay ng &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>Binasa bilang %1, %2; %3 pagkatapos ng header.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln row</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linya %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place in a file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place in the file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) read.</source>
        <translation>
            <numerusform>%Ln mag-aaral ang nabasa.</numerusform>
            <numerusform>%Ln mag-aaral ang nabasa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>%Ln resulta ang nabasa.</numerusform>
            <numerusform>%Ln resulta ang nabasa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Nabasa ang %1: %2 bago, %3 binago, %4 walang pagbabago.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln mag-aaral</numerusform>
            <numerusform>%Ln mag-aaral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>%Ln mag-aaral ang minarkahang withdrawn.</numerusform>
            <numerusform>%Ln mag-aaral ang minarkahang withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>Wala sa roster na ito: %Ln nakatalang mag-aaral.</numerusform>
            <numerusform>Wala sa roster na ito: %Ln nakatalang mag-aaral.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>Mga pamilya: %1 bago, %2 binago.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resulta</numerusform>
            <numerusform>%Ln resulta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>%Ln problema ang natagpuan. Walang na-import. Ayusin ang file (o pumili ng ibang column sa itaas), i-save ito, at i-click muli ang Suriin ang File.</numerusform>
            <numerusform>%Ln problema ang natagpuan. Walang na-import. Ayusin ang file (o pumili ng ibang column sa itaas), i-save ito, at i-click muli ang Suriin ang File.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Na-import.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Walang natagpuang problema. I-click ang Mag-import para ipasok ang mga pagbabagong ito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Ingles</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanyol</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreano</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>Tsino, Pinasimple</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>Tsino, Tradisyonal</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenyo</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name in the UI language, then in its own</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterDialog</name>
    <message>
        <source>Family Letters</source>
        <translation>Mga Liham sa Pamilya</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>Liham sa Pamilya</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Uri ng liham</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Notes on this letter</source>
        <translation>Mga tala sa liham na ito</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Preview ng liham</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>I-&amp;print Lahat…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I-&amp;print…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>I-print sa pamamagitan ng print dialog ng system (%1); bawat liham ay itatala bilang pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>I-&amp;save Lahat bilang Isang PDF…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>I-&amp;save bilang PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>I-save bilang PDF file (%1), isang liham bawat pahina; bawat liham ay itatala bilang pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>I-&amp;edit ang Template…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>Baguhin ang teksto ng ganitong uri ng liham sa wikang ito (itatago katabi ng orihinal)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Para kay</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Wika ng liham</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para kay:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>Mga &amp;liham (isang pahina para sa bawat pamilya):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Mga liham</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>Hindi mabasa ang pamilya ng mag-aaral: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>Tagapag-alagang walang pangalan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1, pangunahin</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>Walang nakatalang tagapag-alaga: para sa pamilya ang liham</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>Liham sa Pamilya ni %1</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>Hindi maisusulat ang liham na ito: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Mag-aaral %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Pamilya ni %1</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>hindi pa nasusuri ang salin</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>Mga Liham sa Pamilya (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>%n liham ang hindi maisusulat at hindi isinama: %1</numerusform>
            <numerusform>%n liham ang hindi maisusulat at hindi isinama: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>Hindi pa nasusuri ng kuwalipikadong tagasalin ang salin.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>Na-edit ang teksto sa TutorDesk (bersiyon %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>Na-print at naitala</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>Na-save at naitala</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>Mga liham sa pamilya</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>Walang napiling liham na ipi-print.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>Hindi ma-print ang mga liham: tinanggihan ng printer. Suriin ang printer, o i-save ang mga ito bilang PDF at iyon ang i-print.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>I-save ang mga Liham bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>Walang napiling liham na ise-save.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Na-print, pero hindi naitala ang mga liham: %1 Manwal na itala ang mga pakikipag-ugnayan.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Na-save, pero hindi naitala ang mga liham: %1 Manwal na itala ang mga pakikipag-ugnayan.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>%n liham ang na-print at naitala bilang pakikipag-ugnayan.</numerusform>
            <numerusform>%n liham ang na-print at naitala bilang pakikipag-ugnayan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>%n liham ang na-save bilang PDF at naitala bilang pakikipag-ugnayan.</numerusform>
            <numerusform>%n liham ang na-save bilang PDF at naitala bilang pakikipag-ugnayan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>Imbitasyon sa pagpapatala na may consent slip</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>Abiso sa hindi nadaluhang sesyon 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>Abiso sa hindi nadaluhang sesyon 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>Abiso sa hindi nadaluhang sesyon 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Ulat ng pag-unlad</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>Buod sa pagtatapos ng programa</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Pangalan ng paaralan</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>Address ng paaralan</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>Numero ng telepono ng paaralan</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>Pangalan ng koordinador ng tutoring</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>Petsa ng liham, nakasulat nang buo</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>Petsa ng pagbabalik ng slip (pagkalipas ng isang linggo)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>Pangalan ng tagapag-alaga, o &quot;Pamilya ni&quot; ang mag-aaral</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>Gustong pangalan o unang pangalan ng mag-aaral</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>Buong pangalan ng mag-aaral</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>Baitang ng mag-aaral, nakasulat sa salita</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>Asignatura ng grupo ng tutoring</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>Mga araw ng pagkikita ng grupo</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>Oras ng simula at katapusan ng grupo</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Kung saan nagkikita ang grupo</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>Tutor ng grupo</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>Unang araw ng grupo</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>Huling araw ng grupo</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>Araw ng hindi nadaluhang sesyon</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>Mga araw ng mga sunud-sunod na hindi nadaluhang sesyon</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>Ilang sesyon ang sunud-sunod na hindi nadaluhan</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>Mga sesyong dinaluhan sa nakaraang apat na linggo, sa porsiyento</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>Mga sesyong dinaluhan ng mag-aaral</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>Mga sesyong idinaos ng grupo</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>Mga minuto ng tutoring na natanggap</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>Mga minuto ng tutoring na nakaplano</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>Ang kasanayang pinag-aaralan ng grupo</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>Ang unang iskor sa probe</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>Ang pinakahuling iskor sa probe</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>Pag-unlad mula sa una hanggang sa pinakahuling probe</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>Walang mag-aaral na %1 (maaaring inalis na). Pagsamahin muli ang mga liham.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>Ang liham para kay %1 ay para sa tagapag-alagang hindi na nakalista para sa kanya. Pagsamahin muli ang mga liham.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>Ang “%1” ay hindi uri ng liham.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>Ang liham para kay %1 ay tumutugon sa aksiyon ng ibang mag-aaral. Pagsamahin muli ang mga liham.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>Naipadala ang liham: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>Ang “%1” ay hindi paraan ng pagpapadala ng liham: print o pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>Sabihin kung kailan na-print o na-save ang mga liham.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>Walang naitalang liham: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>Hindi maitala ang mga liham sa %1: %2. Walang naitala; subukang muli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>Hindi mapunan ang %1 para kay %2: walang halaga para sa %3. Pakiulat ito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi uri ng liham. Gumamit ng isa sa: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>Walang petsa ang liham. Ibigay ang araw ng pagsulat nito.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>Walang liham ang TutorDesk sa &quot;%1&quot;. Gumamit ng isa sa: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>%1 ang binabasa ng pamilya; wala pang %2 sa %1, kaya nasa Ingles ang isang ito.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>%1 ang binabasa ng pamilya; wala pang liham sa %1, kaya nasa Ingles ang isang ito.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>Nawawala ang %1 sa Ingles sa kopyang ito ng TutorDesk. I-install muli ang TutorDesk.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>mag-aaral %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>Walang nagawang liham: hindi magawa ang liham para kay %1: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>Hindi nakatala ang tagapag-alagang iyon para kay %1. Pumili ng isa sa mga tagapag-alaga ni %1.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>Hindi nakatala ang mag-aaral na %1. Pumili ng mag-aaral mula sa listahan.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>Hindi kay %1 ang aksiyong iyon. Simulan ang liham mula sa isa sa mga aksiyon ni %1.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>Hindi pa nakatakda ang numero ng telepono ng paaralan, at sinasabi ng bawat liham sa pamilya kung saan tatawag. Idagdag ito sa Mga Setting ▸ Paaralan.</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>Hindi pa nakatakda ang pangalan ng koordinador ng tutoring, at nilalagdaan nito ang bawat liham. Idagdag ito sa Mga Setting ▸ Paaralan.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>Wala pang araw ng pagkikita ang grupo ni %1. Itakda muna ang mga araw ng grupo.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>Wala pang oras ng simula ang grupo ni %1. Itakda muna ang oras ng grupo.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>Walang tutor ang grupo ni %1. Magtalaga muna ng tutor sa grupo.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>Walang puwesto si %1 sa anumang grupo ng tutoring, kaya walang grupong mailalarawan ang liham. Ilagay muna si %1 sa isang grupo.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>Walang nakatalang hindi nadaluhang sesyon si %1, kaya walang mababanggit ang liham tungkol sa hindi nadaluhang sesyon. Suriin ang pagdalo o pumili ng ibang uri ng liham.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>Wala pang nakatalang pagdalo si %1, kaya walang rate na maiuulat.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Hindi makasulat ng PDF file ang programang ito (walang naka-install na page writer). Gamitin ang TutorDesk o tutordesk-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n liham sa pamilya</numerusform>
            <numerusform>%n liham sa pamilya</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>Walang liham na ise-save sa %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linya %2: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: walang teksto ang liham pagkatapos ng header. Isulat ang liham sa ilalim ng linyang &quot;--&gt;&quot;.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>Ang {{%1}} ay hindi halagang magagamit ng liham na %2. Gumamit ng isa sa: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>may placeholder na hindi naisara. Isulat ang bawat isa bilang {{name}} sa iisang linya.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>hindi ito TutorDesk letter template: dapat itong magsimula sa linyang &quot;&lt;!--tutordesk-letter&quot; na sinusundan ng language, kind, version, reviewed at title.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>inaasahan ang &quot;name: value&quot; (language, kind, version, reviewed o title), o &quot;--&gt;&quot; para tapusin ang header.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>ang language na &quot;%1&quot; ay hindi wikang pinagpi-print-an ng TutorDesk ng liham. Gumamit ng isa sa: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>ang kind na &quot;%1&quot; ay hindi uri ng liham. Gumamit ng isa sa: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>walang laman ang version. Magsulat ng version gaya ng 1 o 2024-2.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>ang reviewed ay dapat yes o no.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>walang laman ang title. Isulat ang pamagat ng liham sa wika nito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>Ang &quot;%1&quot; ay hindi field ng header. Gamitin ang language, kind, version, reviewed at title.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: hindi naisara ang header. Magdagdag ng linyang &quot;--&gt;&quot; pagkatapos ng title.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>walang linyang %1 ang header. Idagdag ang &quot;%1: …&quot; bago ang &quot;--&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>Hindi mabasa ang %1: sira ang zip. Hingin muli sa distrito ang pack.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>Hindi mabuksan ang %1 bilang zip file: sira ito o hindi zip. Hingin muli sa distrito ang template pack.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>Ang %1 ay may %2 file; hanggang %3 lamang ang template pack. Hindi ito template pack, kaya walang na-install.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>Ang %1 ay may file na pinangalanang &quot;%2&quot;, na tumuturo sa labas ng zip. Hindi ito template pack, kaya walang na-install.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>Protektado ng password ang %1. Gawin muli ang zip nang walang password.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: ang %2 ay lumalaki nang higit sa %3 KB kapag in-unpack; mas maliit nang husto ang letter template. Walang na-install.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>Ang %1 ay lumalaki nang higit sa %2 KB kapag in-unpack. Hindi ito template pack, kaya walang na-install.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>Ang %1 ay may higit sa %2 file. Hindi ito template pack, kaya walang na-install.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: ang %2 ay mas malaki sa %3 KB; mas maliit nang husto ang letter template. Walang na-install.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: hindi mabasa ang %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>Ang %1 ay mas malaki sa %2 KB. Hindi ito template pack, kaya walang na-install.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>Hindi umiiral ang %1. Piliin ang folder o .zip file ng template pack.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>Ang %1 ay hindi folder at hindi rin .zip file. Ang template pack ay isang folder (o zip nito) na may isang folder bawat wika, gaya ng es/missed-1.html.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: ang template pack ay may isang folder bawat wika na naglalaman ng mga liham, gaya ng es/missed-1.html. Ilipat ang file sa folder ng wika nito.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: ang folder na &quot;%2&quot; ay hindi wika ng liham. Pangalanan ang mga folder na %3.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: ang words file ay hindi JSON object (%2). Ayusin ito gaya ng resources/letters/en/terms.json.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>hindi object</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: ang &quot;%2&quot; ay dapat tekstong naka-quote.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: sinasabi ng file na language &quot;%2&quot; pero nasa folder na %3 ito. Ayusin ang language o ilipat ang file.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>Ang %1 ay hindi liham (&lt;kind&gt;.html) at hindi rin words file (terms.json). Alisin ito sa pack.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: ang &quot;%2&quot; ay hindi uri ng liham. Pangalanan ang file ayon sa uri nito: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: sinasabi ng header na kind %2 pero ang pangalan ng file ay %3.html. Ayusin ang linya ng kind o palitan ang pangalan ng file.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: sinasabi ng header na language %2 pero nasa folder na %3 ang file. Ayusin ang linya ng language o ilipat ang file.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>Hindi na-install ang pack; walang pagbabago sa mga liham na ginagamit.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>Walang letter template ang %1. Ang template pack ay may isang folder bawat wika na may mga file gaya ng es/missed-1.html.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>Hindi ma-save ang template pack na %1: %2. Walang binago.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>Hindi maalis ang template pack ng distrito: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi uri ng liham. Gumamit ng isa sa: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi wikang pinagpi-print-an ng TutorDesk ng liham. Gumamit ng isa sa: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>Hindi na-save ang teksto.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>Hindi ma-save ang %1: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>Hindi maalis ang na-edit na teksto: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>Pack ng distrito</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>Pack ng distrito (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Na-edit</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>&amp;Mag-install ng Template Pack…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>Alisin ang Pac&amp;k</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>I-&amp;edit…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>Ibalik ang &amp;Orihinal</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>Ang teksto ng bawat liham sa pamilya sa bawat wika. Ang template pack ng distrito at ang mga tekstong na-edit dito ay itinatago katabi ng mga built-in na teksto; agad na magkakabisa ang mga pagbabago sa pahinang ito.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Mga letter template</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Liham</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>Teksto mula sa</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Bersiyon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Nasuri</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>Mula sa &amp;Folder…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>Mula sa &amp;Zip File…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>Mga liham ng distrito: isang folder o zip na may mga file na &lt;language&gt;/&lt;kind&gt;.html</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>Gamiting muli ang mga built-in na teksto kung saan may sariling teksto ang pack ng distrito</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>Baguhin ang teksto ng napiling liham (itatago katabi ng orihinal)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>Itapon ang tekstong na-edit dito at gamiting muli ang teksto ng distrito o ang built-in</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>Hindi mabasa ang mga letter template: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>Na-edit ni %1 noong %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>Mag-install ng Template Pack mula sa Folder</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>Mag-install ng Template Pack mula sa Zip File</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Mga zip file (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>Hindi na-install ang template pack: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>Na-install ang %n template mula sa %1.</numerusform>
            <numerusform>Na-install ang %n template mula sa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>Hindi naalis ang template pack: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>Naalis ang template pack ng distrito.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Hindi naibalik: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>Ginagamit na muli ang orihinal na teksto.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Tumulong ang isang &amp;interpreter</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Petsa ng follow-up</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Itala ang Pakikipag-ugnayan — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>hal. dadalo sa Huwebes</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Makipag-ugnayan muli sa</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>Walang nakatalang tagapag-alaga</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>About %1: %2</source>
        <translation>Tungkol kay %1: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Paraan:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resulta:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Mga &amp;tala:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>I-&amp;save at Lutasin</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Hindi ma-save ang pakikipag-ugnayan.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Hindi ma-save ang pakikipag-ugnayan: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>Naitala ang pakikipag-ugnayan tungkol kay %1 (%2, %3). Nalutas: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Mga pahina</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ngayong Araw</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Mga Mag-aaral</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pag-unlad</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Paglalagay</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Iskedyul</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Mga Tutor</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendaryo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Paaralan</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Taong-panuruan</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>Sync sa distrito</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>&amp;Bagong Paaralan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buksan…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buksan ang &amp;Kamakailan</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>Mag-import ng mga &amp;Tutor…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>Mag-import ng &amp;Kalendaryo ng Paaralan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;I-edit</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Mga &amp;Setting…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>T&amp;ungkol sa TutorDesk</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>Gumagawa ng pakete para sa distrito…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>Ipinapadala sa distrito…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Hindi alam ang katayuan ng sync</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Buksan ang pahina ng Sync</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Walang kamakailang database</translation>
    </message>
    <message>
        <source>%1 — TutorDesk</source>
        <translation>%1 — TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk</source>
        <translation>TutorDesk</translation>
    </message>
    <message>
        <source>School year %1 – %2</source>
        <translation>Taong-panuruan %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>Field sa TutorDesk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Kailangan</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Column sa inyong file</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Mga column</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kinakailangan</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsiyonal</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column para sa %1</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— wala sa file —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Pumili ng column para sa: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Isara ang mensahe</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>Ilipat sa Grupo</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>Ilipat si %1 sa aling grupo ng %2?</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Mga grupo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln bakanteng puwesto</numerusform>
            <numerusform>%Ln bakanteng puwesto</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>puno</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>wala pang tutor</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · tier %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Ilipat</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>Wala pang ibang grupo ng %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>Bakit ang mag-aaral na ito</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Iskor ng pangangailangan</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>Ang magkakaparehong iskor ay inaayos ayon sa dami ng baitang na nahuhuli, saka sa mas mababang pagdalo sa paaralan, saka sa district ID: hindi kailanman ayon sa kung kailan nag-sign up ang pamilya.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>Mga puntos na bumubuo sa iskor ng pangangailangan</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>Pumili ng mag-aaral para makita kung paano kinalkula ang kanyang iskor ng pangangailangan.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>Hindi mabasa ang iskor ng pangangailangan: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>Wala pang iskor ng pangangailangan ang mag-aaral na ito. I-click ang Kalkulahin Muli ang mga Iskor ng Pangangailangan kapag na-import na ang kanyang mga resulta ng benchmark.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>Iskor ng pangangailangan %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>Walang nagdaragdag ng puntos sa benchmark, pagdalo o mga grupo ng mag-aaral na ito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>Hindi ma-save ang mga iskor ng pangangailangan: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>walang placement ayon sa baitang</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>nasa baitang o mas mataas</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>1 baitang ang baba</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>%1 baitang ang baba</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>Walang nakatalang benchmark</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>Pagdalo sa paaralan %1%, mas mababa sa %2%</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Nag-aaral ng Ingles</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP at 504 plan</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 plan</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Walang tirahan (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>Puntos bawat baitang na mas mababa</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>Pinakamaraming puntos mula sa benchmark</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>Threshold ng pagdalo</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>Puntos bawat attendance point na mas mababa sa threshold</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>Pinakamaraming puntos mula sa pagdalo</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o 504 plan</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Walang tirahan</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>Ang %1 ay dapat numero mula 0 hanggang 1000, hindi %2.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>Porsiyento ang threshold ng pagdalo: magbigay ng numero mula 0 hanggang 100, hindi %1.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>Hindi ma-save ang mga weight ng iskor ng pangangailangan: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>Pinagsasama ng iskor ng pangangailangan ng mag-aaral ang mga puntos para sa bawat palatandaang nahuhuli siya. Unang binibigyan ng puwesto ang mas matataas na iskor.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>Bawat baitang na mas mababa</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>Para sa bawat baitang na nahuhuli sa pinakahuling benchmark, sa asignaturang pinakanahuhuli.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>Pinakamarami mula sa benchmark</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>Hindi kailanman nagdaragdag ang benchmark nang higit dito.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>Binibilang ang pagdalo kapag mas mababa sa</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>Nagdaragdag ng puntos ang pagdalo sa paaralan na mas mababa rito.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>Bawat attendance point na mas mababa</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>Para sa bawat percentage point ng pagdalo na mas mababa sa linyang iyon.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>Pinakamarami mula sa pagdalo</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>Hindi kailanman nagdaragdag ang pagdalo nang higit dito.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Nag-aaral ng Ingles</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>Para sa mag-aaral na EL ang katayuang EL.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o 504 plan</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>Para sa mag-aaral na may IEP o Section 504 plan.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>Para sa mag-aaral na nasa foster care.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Walang tirahan</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>Para sa mag-aaral na walang tirahan (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>Para sa mag-aaral na itinuturing ng distrito na SED.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Ibalik ang mga &amp;Default</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>Ibalik ang mga weight na panimula ng TutorDesk</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a setting</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tutordesk::NewSchoolDialog</name>
    <message>
        <source>Set Up My School</source>
        <translation>I-set Up ang Aking Paaralan</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>Itinatago ng TutorDesk ang lahat tungkol sa iisang paaralan sa iisang file sa computer na ito.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>hal. Alvarado Street Elementary</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Pangalan ng paaralan</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Pangalan ng paaralan:</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>ang code ng distrito para sa paaralang ito</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Code ng paaralan</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>Ang code na ginagamit ng inyong distrito para sa paaralang ito (sa California, ang CDS code nito)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>&amp;Code ng paaralan:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsiyonal</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Code ng distrito</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>Code ng &amp;distrito:</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>Unang araw ng taong-panuruan</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Simula ng taong-panuruan:</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>Huling araw ng taong-panuruan</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>&amp;Katapusan ng taong-panuruan:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Baguhin…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>Piliin kung saan ise-save ang database file</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Naka-save sa:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>I-set &amp;Up ang Paaralan</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>Mga database ng TutorDesk (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>I-save ang Database ng Paaralan Bilang</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>Walang demographics.csv ang export: hindi babaguhin ang mga petsa ng kapanganakan, kasarian, lahi at etnisidad.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>Walang sourcedId column ang %1, kaya hindi ito OneRoster file na mababasa ng TutorDesk. I-export muli ang roster bilang OneRoster CSV.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>Walang column na naglalaman ng student ID, kaya hindi maitutugma ang mga flag sa mga mag-aaral. Pangalanan ang column na iyon na &quot;Student ID&quot;.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>Walang column na naglalaman ng flag ng grupo ng mag-aaral (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Pangalanan ang mga column nang ganoon.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>May mga flag ang linya %1 para sa parehong mag-aaral. Panatilihin ang isa sa dalawang linya.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>Mga flag ng grupo ng mag-aaral mula sa %1: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>Mga linya ng flags file para sa mga mag-aaral na wala sa roster ng paaralang ito, hindi isinama: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>Walang propertyName at value na column ang %1, kaya hindi ito OneRoster manifest. I-export muli ang roster bilang OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>Sinasabi ng %1 na ito ay OneRoster %2. Binabasa ng TutorDesk ang OneRoster 1.1 at 1.2: humingi ng export sa isa sa mga iyon.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>Sinasabi ng %1 na ang %2.csv ay naglalaman lamang ng mga pagbabago mula sa huling export (delta). Kailangan ng roster import ang bawat mag-aaral: humingi ng bulk export.</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>Piliin ang paaralan: sa import window, o sa command line gamit ang --org at ang id bago ang colon.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>Nawawala ang %1: doon inililista ng OneRoster export ang mga paaralan nito. I-export muli ang roster kasama ang orgs.csv.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>Walang sourcedId column ang %1, kaya hindi ito OneRoster orgs file. I-export muli ang roster bilang OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>Walang paaralang &quot;%2&quot; sa %1. Ang mga paaralan dito:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>Walang nakalistang paaralan ang %1 (walang row na may type na &quot;school&quot;). I-export muli ang roster ng inyong paaralan mula sa student system.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>Naglilista ang %1 ng %2 paaralan; isa-isang ini-import ng TutorDesk ang mga ito. Ang mga paaralan:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Kinansela ang pagbasa sa %1.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>OneRoster export na walang manifest.csv; paaralang %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>OneRoster %1 export; paaralang %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: walang ganitong file o folder.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>Hindi mabuksan ang %1 bilang zip file: sira ito o hindi zip. I-download muli ang OneRoster export mula sa student system.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>Ang %1 ay may %2 file; mga isang dosena ang nasa OneRoster export. Hindi ito roster export, kaya walang nabasa.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>Ang %1 ay may file na pinangalanang &quot;%2&quot;, na tumuturo sa labas ng zip. Hindi ito ginagawa ng OneRoster export, kaya walang nabasa. Humingi sa distrito ng bagong export.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: ang &quot;%2&quot; ay magiging %3 MB kapag in-unpack, higit sa %4 MB na binabasa ng TutorDesk mula sa isang file. Hindi ito roster ng paaralan, kaya walang nabasa.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>Ang %1 ay magiging higit sa %2 MB kapag in-unpack. Hindi ito roster ng paaralan, kaya walang nabasa.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>Walang %2 ang %1. I-export muli ang roster kasama ang bawat OneRoster file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>Hindi mabasa ang %1: sira ang zip. I-download muli ang OneRoster export.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>Protektado ng password ang %1. I-export muli ang roster nang walang password.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>Ang %1 ay lumalaki nang higit sa %2 MB kapag in-unpack. Hindi ito roster ng paaralan, kaya walang nabasa.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>Ang %1 ay mas malaki sa %2 MB. Hindi ito roster ng paaralan, kaya walang nabasa.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Hindi mabasa ang %1: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>Walang %2 column ang %1, kaya hindi ito OneRoster file na mababasa ng TutorDesk. I-export muli ang roster bilang OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>Nawawala ang %1, at walang role column ang users.csv: hindi matukoy ng TutorDesk kung sino ang mag-aaral. I-export muli ang roster kasama ang roles.csv (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>Nawawala ang %1: doon inililista ng OneRoster export ang mga mag-aaral nito. I-export muli ang roster kasama ang users.csv.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>Walang laman ang baitang. Punan ang baitang ng mag-aaral sa student system at mag-export muli.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>Walang laman ang sourcedId. Kailangan ito ng bawat OneRoster user: mag-export muli.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>Walang laman ang pangalan (givenName). Punan ito sa student system.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>Walang laman ang apelyido (familyName). Punan ito sa student system.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>May parehong student ID na &quot;%2&quot; ang linya %1. Isang beses lamang dapat nakalista ang bawat mag-aaral: itama ang ID sa student system.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>Mga column na hindi ginagamit ng TutorDesk: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>Mga mag-aaral na walang identifier sa users.csv, na ang OneRoster sourcedId ang ginamit bilang district student ID: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>Mga mag-aaral sa pre-kindergarten na hindi isinama (TK hanggang baitang 12 ang pinagsisilbihan ng TutorDesk): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>Mga mag-aaral ng ibang paaralan sa export na ito, hindi isinama: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>OneRoster export</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>Kailangan lamang kapag may ilang paaralan ang export</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>School ID sa export</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>School ID (&amp;sourcedId):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>Opsiyonal: isang CSV na may katayuang EL, IEP at iba pang grupo ng mag-aaral</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>File ng mga grupo ng mag-aaral</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>Piliin ang file ng mga grupo ng mag-aaral</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>File ng mga &amp;grupo ng mag-aaral:</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>Piliin ang File ng mga Grupo ng Mag-aaral</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Mga CSV file (*.csv *.txt);;Lahat ng file (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>Naitala</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>Naitala ang %1</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>Alisin ang tsek kapag walang nakatalang petsa</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>Hindi mamarkahang naihatid ang pakete: wala na ito sa outbox.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>Naihatid ang pakete pero hindi ito maitala ng outbox (%1). Ipapadala itong muli sa susunod, na walang masamang epekto.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>Hindi maitala ang nabigong pagtatangka: hindi na naghihintay ang pakete sa outbox.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>Hindi maitala sa outbox ang nabigong pagtatangka (%1). Naghihintay pa rin ang pakete.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>Hindi maitakdang ipadala ngayon ang mga naghihintay na pakete (%1). Subukang muli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation>Naihatid sa %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>Huling sinubukan noong %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Laman</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Mga row</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Huling problema</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Pangalan ng file</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>Hindi mabasa ang outbox (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>Hindi mabasa ang paketeng %1 mula sa outbox (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>Wala nang laman ang paketeng %1 sa outbox. Gumawa ng bagong bulk export para sa distrito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>I-pause at Ialok ang Puwesto — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>Hindi mabasa ang waitlist: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>I-pause ang puwesto ni %1 sa %2 (%3). Mababakante ang puwesto; mananatili ang pagpapatala, naka-pause, at maaaring ituloy muli.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>&amp;Ialok ang puwesto kay %1 (%2, pangangailangan %3), una sa waitlist</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>Walang sinuman sa waitlist ang angkop sa puwestong ito: ipo-pause lamang ang pagpapatala.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Dahilan:</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>I-&amp;pause at Ialok</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>I-&amp;pause</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>Isulat ang dahilan ng pag-pause.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>Hindi ma-pause ang puwesto.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>Hindi ma-pause ang puwesto: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>Na-pause si %1 sa %2; napunta ang puwesto kay %3.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>Na-pause si %1 sa %2; walang naghihintay sa puwesto.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>Hindi ma-save ang %1: %2. Pumili ng folder na masusulatan ninyo.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>Hindi ma-save ang %1: %2. Tiyaking may espasyo ang disk at subukang muli.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>walang maiguhit sa mga pahina</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>Hindi mapalitan ang %1: maaaring nakabukas ito sa ibang programa. Isara ito, o pumili ng ibang pangalan.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>Hindi ma-save ang %1. Pumili ng folder na masusulatan ninyo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>Wala pang paaralan ang %1: i-set up ang paaralan (ang pangalan nito at taong-panuruan) bago maglagay ng mga mag-aaral.</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>Paglalagay ayon sa pangangailangan</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>Napuno ang isang grupo habang naglalagay; walang binago. Patakbuhin muli ang paglalagay.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang paglalagay sa %1: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · Baitang %2 · Tier %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>Puno na ang %1 (%2 sa %3). Maglipat muna ng isa palabas o pumili ng ibang grupo.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>itatakda pa</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>Umalis sa waitlist: hindi na aktibong mag-aaral sa paaralan</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>Umalis sa waitlist: ang iskor ng pangangailangan (%1) ay mas mababa na sa tier 2</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>Umalis sa waitlist: hindi na ipinapakita ng pinakahuling benchmark na %1 ang baba sa baitang</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>Umalis sa waitlist: may puwesto na sa %1</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>Umalis sa waitlist: na-pause o natapos ang isang puwesto sa %1; manwal na ibalik sa puwesto</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>Ang badyet ng puwesto ay dapat 0 hanggang %1 puwesto, hindi %2.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>Hindi ma-save ang badyet ng puwesto: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>Natapos na ang %1. Pumili ng aktibo o nakaplanong grupo.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>Ang %1 ay grupo ng %2 at ang pagpapatala ni %3 ay para sa %4: pinapanatili ng paglipat ang asignatura. Pumili ng grupo ng %4.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>May puwesto na si %1 sa %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Puno na ang grupong iyon. Maglipat muna ng isa palabas o pumili ng ibang grupo.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>Hindi mabago ang pagpapatala sa %1: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>Walang pagpapatalang %1 (maaaring inalis na). I-reload ang pahina ng Paglalagay.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>Walang grupong %1 (maaaring inalis na). I-reload ang pahina ng Paglalagay.</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>Nabigyan ng puwesto mula sa waitlist</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Inilipat sa %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>Ibinalik sa waitlist</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>Ang pagpapatala ni %1 sa %2 ay %3: puwesto o lugar lamang sa waitlist ang maaaring ilipat.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>Ang pagpapatala ni %1 sa %2 ay wala sa waitlist (ito ay %3).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>Walang puwesto ang pagpapatala ni %1 sa %2 (ito ay %3), kaya walang mapo-pause.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>Hindi naka-pause ang pagpapatala ni %1 sa %2 (ito ay %3).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Itinuloy muli</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (bago)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Wala pang tutor</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, tier %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln bakanteng puwesto</numerusform>
            <numerusform>%Ln bakanteng puwesto</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · ID %2 · iskor ng pangangailangan %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>Grupo / mag-aaral</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Iskor ng pangangailangan</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Mga puwesto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>Mga grupo at kanilang mga mag-aaral</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>Waitlist, pinakamataas na pangangailangan muna</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Mga grupo</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>Waitlist (pinakamataas na pangangailangan muna)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Inilipat si %1 sa %2.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>ang waitlist</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>&amp;Magmungkahi ng Paglalagay…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>&amp;Ilipat sa Grupo…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>Ilipat sa &amp;Waitlist</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>I-iskedyul ang &amp;Grupo…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>Mga puwesto at waitlist</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>Tingnan kung paano ilalagay ng TutorDesk ang mga mag-aaral ayon sa pangangailangan, saka ilapat ito kung sang-ayon kayo</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>Ilipat ang napiling mag-aaral sa ibang grupo ng parehong asignatura (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>Ibalik ang puwesto ng napiling mag-aaral; maghihintay siya ayon sa pangangailangan (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>Bigyan ang napiling grupo ng tutor, silid, mga araw at oras; susunod ang mga sesyon nito (o i-double-click ang grupo)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Paglalagay</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Hindi mabasa ang mga grupo: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · %2 sa %3 puwesto ang okupado · %4 ang naghihintay</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>Wala pang grupo. I-import ang roster at ang mga iskor sa benchmark, saka i-click ang Magmungkahi ng Paglalagay.</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>Nailapat ang paglalagay. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln mag-aaral</numerusform>
            <numerusform>%Ln mag-aaral</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>Walang mag-aaral na nakakuha ng bagong puwesto.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>Walang mag-aaral na makakakuha ng bagong puwesto.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>Nakakuha ng puwesto ang %1, %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>Makakakuha ng puwesto ang %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>na may %Ln bagong grupong nakaplano</numerusform>
            <numerusform>na may %Ln bagong grupong nakaplano</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>Nakakuha ng puwesto ang %1 sa mga kasalukuyang grupo.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>Makakakuha ng puwesto ang %1 sa mga kasalukuyang grupo.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>Walang naghihintay.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>Walang maghihintay.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>%Ln mag-aaral ang naghihintay, pinakamataas na pangangailangan muna.</numerusform>
            <numerusform>%Ln mag-aaral ang naghihintay, pinakamataas na pangangailangan muna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>%Ln mag-aaral ang maghihintay, pinakamataas na pangangailangan muna.</numerusform>
            <numerusform>%Ln mag-aaral ang maghihintay, pinakamataas na pangangailangan muna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln mag-aaral ang umalis sa waitlist: hindi na sila kuwalipikado.</numerusform>
            <numerusform>%Ln mag-aaral ang umalis sa waitlist: hindi na sila kuwalipikado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>Nag-aalok ang mga grupo ng %1 sa %2 puwestong kayang pondohan ng programa.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>Magmungkahi ng Paglalagay</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>Iniaalok ang mga bagong puwesto bilang imbitasyon: magsisimula ang tutoring kapag pumayag na ang pamilya. Ilapat ang paglalagay na ito?</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>Walang ilalapat.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ilapat</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>Maglagay ng mga Probe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>Petsa ng probe</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>Window ng probe</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Pinakamataas na iskor</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Petsa:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>&amp;Sa kabuuang:</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Mga iskor sa probe</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>Mag-type ng iskor at pindutin ang Enter para sa susunod na mag-aaral. Iwanang blangko ang cell para sa “hindi nasubok”. Sabay-sabay na sine-save ng Ctrl+S ang bawat iskor.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>I-&amp;save ang mga Iskor</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>walang tutor</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>walang kasanayan</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (natapos)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>Wala pang grupo. Gumawa muna ng mga grupo sa pahina ng Iskedyul.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Hindi mabasa ang mga grupo: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>Itapon ang mga Iskor?</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>Hindi pa naka-save ang mga iskor na na-type para sa grupong ito. Itapon ang mga ito at buksan ang ibang grupo?</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>Hindi mabasa ang mga probe ng grupo: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>Wala pang target na kasanayan ang grupong ito: magtakda nito sa pahina ng Iskedyul bago maglagay ng mga probe.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Kasanayan %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · Pagkabihasa sa %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (saved)
%2</source>
        <translation>%1 (naka-save)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>Bago: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>Pag-unlad
(puntos ng %)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Pagkabihasa</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (ibinalik ang puwesto)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>Wala na sa grupong ito sa araw na ito; itinatago ang mga naunang resulta.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ Bihasa na</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>Hindi numero: i-type ang iskor, o iwanang blangko ang cell para sa “hindi nasubok”.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>Ang iskor ay dapat nasa pagitan ng 0 at %1.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>Mula sa baseline probe hanggang dito, sa percentage points.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>Lalabas ang pag-unlad kapag may dalawang resulta na.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>Ang iskor ni %1 na “%2” ay hindi numero. I-type ang iskor, o burahin ang laman ng cell para sa “hindi nasubok”. Walang na-save.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Walang na-save. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>%n iskor ang naidagdag</numerusform>
            <numerusform>%n iskor ang naidagdag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ang binago</numerusform>
            <numerusform>%n ang binago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n ang binura</numerusform>
            <numerusform>%n ang binura</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>Walang ise-save: walang binagong iskor.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>Na-save para sa %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>I-save ang mga Iskor?</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>May mga iskor na na-type para sa %1 na hindi pa naka-save.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>mag-aaral %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>Walang target na kasanayan ang %1, kaya hindi maihahambing ang mga probe nito. Bigyan muna ng skill code ang grupo sa pahina ng Iskedyul.</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>Piliin ang araw na ibinigay ang probe.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>Nasa hinaharap pa ang araw ng probe na %1. Maglagay ng mga probe sa araw na ibinigay ang mga ito o pagkatapos.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>Ang araw ng probe na %1 ay bago magsimula ang %2 (%3). Suriin ang araw.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>Piliin ang window ng probe: pre, progress o post.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>Ang pinakamataas na iskor ng probe ay dapat higit sa 0.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>Ang iskor ni %1 na %2 ay wala sa pagitan ng 0 at %3. Itama ang iskor o ang pinakamataas na iskor ng probe.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>Walang puwesto si %1 sa %2 noong %3, kaya hindi maitatala ang iskor na %4 para sa grupo. Burahin ang iskor o suriin ang araw.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>Walang grupong %1 (maaaring inalis na). Pumili ng ibang grupo.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>Hindi ma-save ang mga iskor sa probe sa %1: %2. Walang binago; subukang muli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>Kailangan ng probe ang skill code, hal. 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>Ang mastery threshold ng %1 ay %2 %; dapat itong nasa pagitan ng 1 at 100 %.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>Ang pinakamataas na iskor ng %1 ay %2; dapat itong higit sa 0 (o iwanang blangko).</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang mga setting ng probe sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>Ang karaniwang pinakamataas na iskor ng bawat skill probe (dito nagsisimula ang grid) at ang bahagi nito na itinuturing na pagkabihasa. Ginagamit ito ng pag-unlad at pagkabihasa sa lahat ng lugar.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kasanayan</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>Simpleng salita</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Pinakamataas na iskor</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>Pagkabihasa sa</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Ginagamit ng</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>Mga kasanayan sa probe</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>Lumalabas dito ang kasanayan kapag tinarget ito ng isang grupo o binanggit ito ng isang probe.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Hindi nakatakda</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>Pinakamataas na iskor ng %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>Mastery threshold ng %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resulta</numerusform>
            <numerusform>%n resulta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>Mga resulta ng benchmark</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>Pagdalo sa paaralan</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Nag-aaral ng Ingles</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP o 504 plan</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Walang tirahan (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: %2 × %3 min bawat linggo, mga grupo na hanggang %4</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>Nakaplano</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>Aktibo</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>Natapos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1 sa %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Paaralan</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>Mag-&amp;aaral:</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>Grupong ipapakita sa chart</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>Mag-aaral na ipapakita sa chart</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>Mag-type ng pangalan o district id</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>Itapat ang pointer sa isang punto o bar para makita ang mga numero; i-right-click ang chart para i-save o i-print ito.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Chart para sa:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>Pamamahagi ng dosage</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>Wala pang mag-aaral na may puwesto.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>Pag-unlad kumpara sa dosage</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>Wala pang pag-unlad: lalabas ang pag-unlad kapag may dalawang probe na ang mag-aaral sa kasanayan ng kanyang grupo.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>Lingguhang antas ng pagdalo</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Wala pang nakuhang pagdalo.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>Mga mag-aaral bawat tier</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>Wala pang mag-aaral na may tier ng pangangailangan: kalkulahin ang mga iskor ng pangangailangan sa pahina ng Paglalagay.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>Pumili ng grupo sa itaas.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>Pag-unlad bawat mag-aaral</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>Wala pang mag-aaral sa grupong ito.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>Walang target na kasanayan ang grupong ito, kaya hindi masusukat ang pag-unlad. Itakda ang kasanayan nito sa pahina ng Iskedyul.</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>Wala pang pag-unlad: walang mag-aaral sa grupong ito na may dalawang probe sa %1.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>Mga sesyong naidaos kumpara sa naka-iskedyul</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>Wala pang naka-iskedyul na sesyon para sa grupong ito.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>Pumili ng mag-aaral sa itaas.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Mga iskor sa probe</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>Wala pang probe para sa mag-aaral na ito.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>Mga minutong natanggap kumpara sa nakaplano</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>Wala pang sesyon para sa mag-aaral na ito.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>Pagdalo bawat linggo</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>Wala pang naidaos na sesyon para sa mag-aaral na ito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>Isama ang naka-pa&amp;use at umalis</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>Mga Mag-aa&amp;ral</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>Mga G&amp;rupo</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>Isang row bawat mag-aaral at grupo</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>Isang row bawat grupo: paghahatid, pagdalo, pag-unlad at mga flag</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>Ang mga mag-aaral ng isang grupo, o ang buong paaralan</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Lahat ng grupo</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Anumang flag o wala</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>May flag (alinman)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Hindi dumadalo</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Dumadalo, hindi umuunlad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Anumang tier</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Anumang asignatura</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>Pati ang mga puwestong na-pause o umalis ngayong taon (hindi sila kailanman nilalagyan ng flag)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>Maghanap ayon sa pangalan o district ID</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Maghanap ng mag-aaral</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>Mga mag-aaral: bahagi ng pangalan o district ID. Mga grupo: bahagi ng pangalan, kasanayan o tutor ng grupo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>Ang mga sesyong dinaluhan bago hatulan ang pag-unlad ay dapat buong numero mula 1 hanggang 200, hindi %1.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>Ang pagdalong itinuturing na mahusay na pagdalo ay dapat higit sa 0% at hanggang 100%, hindi %1.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>Ang inaasahang pag-unlad ay dapat mula 0 hanggang 100 percentage points, hindi %1.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>Ang mga sesyong kailangan para hatulan ang pagdalo ay dapat buong numero mula 1 hanggang 200, hindi %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>Ang pagdalo na sa ilalim nito ay hindi dumadalo ang mag-aaral ay dapat higit sa 0% at hanggang 100%, hindi %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>Ang pagdalo na sa ilalim nito ay hindi dumadalo ang mag-aaral (%1) ay hindi dapat mas mataas sa pagdalong itinuturing na mahusay na pagdalo (%2).</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>Hindi na-save ang mga progress flag: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang mga progress flag sa %1: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Dumadalo, hindi umuunlad</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Hindi dumadalo</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Walang flag</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>Dumalo sa hindi bababa sa %1 na may %2 na pagdalo o mas mataas, pero umunlad nang mas mababa sa %3 sa skill probe ng grupo (mula pre hanggang pinakahuli) at hindi pa bihasa. Hindi ang pagdalo ang problema: tingnan ang pagtuturo.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesyon</numerusform>
            <numerusform>%n sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>Dumalo sa mas mababa sa %1 ng mga sesyong kinuhanan ng pagdalo, pagkatapos ng hindi bababa sa %2. Hindi natatanggap ng mag-aaral ang tutoring: makipag-ugnayan muna sa pamilya.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>Walang flag na naaangkop: hindi mas mababa sa %1 ang pagdalo, at hindi pa nahahatulan ang pag-unlad o hindi bababa sa %2 (o bihasa na sa kasanayan).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesyon</numerusform>
            <numerusform>%n sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>Mga sesyong dinaluhan bago hatulan ang pag-unlad</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>Pagdalong itinuturing na mahusay na pagdalo</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>Inaasahang pag-unlad, sa percentage points</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>Mga sesyong kailangan para hatulan ang pagdalo</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>Pagdalo na sa ilalim nito ay hindi dumadalo ang mag-aaral</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>Nilalagyan ng flag ng pahina ng Pag-unlad ang dalawang uri ng mag-aaral upang walang maghintay hanggang sa katapusan ng programa bago mapansin. Ang mga kasalukuyang puwesto lamang ang nilalagyan ng flag.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>Pagkatapos ng hindi bababa sa %1 na kinuhanan ng pagdalo, lagyan ng flag ang mag-aaral na dumalo sa mas mababa sa %2 ng mga ito.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>Hindi gagana ang tutoring kung wala ang mag-aaral: makipag-ugnayan muna sa pamilya.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>Pagkatapos ng hindi bababa sa %1 na dinaluhan na may %2 na pagdalo o mas mataas,
lagyan ng flag ang pag-unlad na mas mababa sa %3 sa skill probe ng grupo (hindi kailanman nilalagyan ng flag ang kasanayang bihasa na).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>Ang pag-unlad ay ang porsiyento ng pinakahuling probe bawas ang sa pre probe, sa percentage points; kailangan nito ng dalawang probe sa kasanayan ng grupo.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>Problema sa mga threshold</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Ibalik ang mga &amp;Default</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>Ibalik ang mga threshold na panimula ng TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>Maglagay ng mga &amp;Probe…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>I-type sa isang grid ang mga iskor sa skill probe ng isang grupo</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>Mga &amp;Mag-aaral</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Mga &amp;Chart</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>Pagsusuri ng &amp;Pagkakapantay-pantay</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>&amp;Lingguhang Pagsusuri</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Pag-unlad</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>Hindi mabasa ang pag-unlad ng mga grupo: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Walang tutor</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>%1 naidaos (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 hindi dumadalo · %2 hindi umuunlad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>Mga regular na sesyong naidaos mula sa mga naka-iskedyul hanggang ngayon: naihatid ba ng programa?</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>Karaniwang pag-unlad ng mga mag-aaral ng grupo na may dalawang probe, sa percentage points</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>Buksan ang grupo para makita kung sino ang may flag at bakit</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>I-click para ayusin ayon sa column na ito</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Mga mag-aaral</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga sesyon</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>Karaniwang pagdalo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>Karaniwang pag-unlad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Mga flag</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>Hindi mabasa ang mga numero ng pag-unlad: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Walang tutor</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Hindi nakatakda</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>District ID %1 · Grade %2</source>
        <translation>District ID %1 · Baitang %2</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Tier %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>%n sesyong dinaluhan (kasama ang mga make-up)</numerusform>
            <numerusform>%n sesyong dinaluhan (kasama ang mga make-up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n pagliban</numerusform>
            <numerusform>%n pagliban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>%n sesyong naidaos para sa mag-aaral na ito hanggang ngayon (kasama ang mga make-up)</numerusform>
            <numerusform>%n sesyong naidaos para sa mag-aaral na ito hanggang ngayon (kasama ang mga make-up)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>Pagdalo: mga sesyong dinaluhan mula sa mga kinuhanan ng pagdalo</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>Mga minutong natanggap mula sa mga minutong naka-iskedyul (kasama sa plano ang mga kinanselang sesyon)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>Unang probe sa kasanayan ng grupo, %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>Wala pang probe sa %1</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>Pinakahuling probe, %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>Kailangan ng pangalawang probe sa parehong kasanayan para sa pag-unlad</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>Kailangan ng pre at mas huling probe sa parehong kasanayan para sa pag-unlad</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>Pinakahuling porsiyento bawas ang pre na porsiyento, sa percentage points%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>; ✓ bihasa na</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>Hindi nilalagyan ng flag ang ibinalik na puwesto</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>Mga sesyong dinaluhan mula sa mga sesyong naidaos</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>Mga sesyong dinaluhan mula sa mga kinuhanan ng pagdalo</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Mga minutong natanggap mula sa mga minutong nakaplano</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>Ang unang (pre) probe sa kasanayan ng grupo: iskor at porsiyento</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>Ang pinakahuling probe sa parehong kasanayan</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>Pinakahuli bawas ang pre, sa percentage points; ✓ bihasa na</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>I-click para ayusin ayon sa column na ito</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>Target na kasanayan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga sesyon</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pagdalo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Pinakahuli</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Pag-unlad</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>Mga ipinapakitang mag-aaral</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>Pagdalo, kasanayan at pag-unlad ng mga mag-aaral</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>Paghahatid, pagdalo at pag-unlad ng mga grupo</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>Magbukas ng paaralan para makita kung sino ang dumalo, anong kasanayan ang tinarget at sino ang umunlad.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n mag-aaral</numerusform>
            <numerusform>%n mag-aaral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n puwesto</numerusform>
            <numerusform>%n puwesto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n ang hindi dumadalo</numerusform>
            <numerusform>%n ang hindi dumadalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n ang dumadalo pero hindi umuunlad</numerusform>
            <numerusform>%n ang dumadalo pero hindi umuunlad</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>karaniwang pag-unlad %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>wala pang nasusukat na pag-unlad</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>karaniwang pagdalo %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>Ipakita ang mga &amp;Chart</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>Maglagay ng mga &amp;Probe para sa Grupong Ito…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>Itala ang &amp;Obserbasyon o Kumpiyansa…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>Ipakita ang mga &amp;Mag-aaral</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>pre</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>progress check</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inimbitahan</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Pumayag</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>Ang “%1” ay hindi tungkol sa hindi nadaluhang sesyon, kaya walang make-up na iiskedyul.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>Wala na ang hindi nadaluhang sesyon ng “%1” (maaaring inalis na). I-reload ang pahina ng Ngayong Araw.</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>Pumili ng araw at oras ng simula para sa make-up ni %1.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>Ang make-up ni %1 ay dapat pagkatapos ng hindi nadaluhang sesyon (%2) at hindi bago ngayong araw. Pumili ng mas huling araw.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>Hindi araw ng pasok ang %1. Pumili ng ibang araw para sa make-up ni %2.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Ang make-up ay tumatagal nang 5 hanggang 240 minuto, hindi %1.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>Make-up sa %1 nang %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>Walang aksiyong dapat gawin na %1 (maaaring inalis na). I-reload ang pahina ng Ngayong Araw.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para kay %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>Binawi ang “%1”: binago ang pagliban na sanhi nito. Wala nang dapat gawin.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>Nalutas na ang “%1” bilang hindi kailangan. Buksan muna itong muli para baguhin iyon.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>Tapos na ang “%1”. Buksan muna itong muli para baguhin iyon.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>Magtala muna ng tawag o liham sa pamilya: ang pag-akyat ay pagkatapos ng hindi bababa sa isang pagtatangkang makipag-ugnayan.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>Sabihin kung bakit hindi ito kailangan.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>Wala na ang pakikipag-ugnayang iuugnay sa “%1” (maaaring inalis na). Itala itong muli.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>Wala na ang liham na iuugnay sa “%1” (maaaring inalis na). I-print itong muli.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>Walang pakikipag-ugnayang %1 (maaaring inalis na). Itala itong muli.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>Ang pakikipag-ugnayang iyon ay tungkol sa ibang mag-aaral, hindi kay %1. Piliin ang pakikipag-ugnayan ni %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The change could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang pagbabago sa %1: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>Binawi ng protocol ang “%1” (binago ang pagliban nito) at mananatili itong binawi.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>Bukas pa ang “%1”: walang bubuksang muli.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>Walang liham na %1 (maaaring inalis na). I-print itong muli.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>Ang liham na iyon ay para sa pamilya ng ibang mag-aaral, hindi kay %1.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Naipadala ang liham</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>Walang entry sa waitlist na %1 (maaaring inalis na). Pumili muli.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>Wala na si %1 sa waitlist, kaya hindi maiaalok sa kanya ang puwesto sa %2. Pumili muli.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>Naghihintay si %1 para sa ibang asignatura kaysa sa itinuturo ng %2. Pumili ng naghihintay para dito.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>May puwesto na si %1 sa %2.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>Nabigyan mula sa waitlist ng naka-pause na puwesto</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>Walang binabanggit na puwesto sa grupo ang “%1”, kaya walang mapo-pause.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>Na-pause matapos ang mga hindi nadaluhang sesyon</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>Ang puwesto ni %1 sa %2 ay %3, hindi hawak: walang mapo-pause.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>Na-pause (%1); walang inalukan ng puwesto.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>Na-pause (%1); inialok ang puwesto kay %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Puno na ang grupong iyon. Maglipat muna ng isa palabas o pumili ng ibang grupo.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>Binawi: inalis ang sesyon.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>Pinalitan ni %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>Binawi: hindi na minarkahang wala si %1 sa %2.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>Hindi ma-update ang protocol sa hindi nadaluhang sesyon sa %1: %2 Walang binago; subukang muli, at kung patuloy itong pumapalya, patakbuhin ang &quot;tutordesk-cli check&quot;.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>Binawi: kinansela ang sesyon noong %1.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>Binawi: binura ang pagdalo sa sesyon noong %1.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>Binawi: ang pagliban noong %1 ay nakatala na ngayong dumalo.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>Binawi: ang pagliban noong %1 ay nakatala na ngayong nahuli.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>Binawi: ang pagliban noong %1 ay nakatala na ngayong may pahintulot.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>Binawi: matapos ang pagbabago sa naunang pagdalo o sa mga threshold ng protocol, hindi na ito kailangan dahil sa pagliban noong %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>Abisuhan ang pamilya</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Mag-iskedyul ng make-up</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>Iakyat sa guro o counselor</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>I-pause ang puwesto at ialok ito</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>Punan ang pagliban ng tutor</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>Sunud-sunod na pagliban bago abisuhan ang pamilya</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Mga araw ng pasok para abisuhan ang pamilya</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Sunud-sunod na pagliban bago ang make-up</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>Mga araw ng pasok para mag-iskedyul ng make-up</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Sunud-sunod na pagliban bago iakyat</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>Ang porsiyento ng pagdalo na sa ilalim nito ay iaakyat</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>Ilang linggo ang binabalikan ng porsiyento ng pagdalo</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>Mga sesyong kailangan para hatulan ang porsiyento ng pagdalo</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Mga araw ng pasok para iakyat</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Sunud-sunod na pagliban bago i-pause ang puwesto</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>Mga araw ng pasok para i-pause ang puwesto</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>Mga araw ng pasok bago ang sesyon para punan ang pagliban ng tutor</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>Ang %1 ay dapat %2 o higit pa, hindi %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>Ang %1 ay dapat buong numero mula %2 hanggang %3, hindi %4.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>Hindi na-save ang mga threshold ng protocol: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang mga threshold ng protocol sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n pagliban</numerusform>
            <numerusform>%n pagliban</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>sa parehong araw</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>sa loob ng %n araw ng pasok</numerusform>
            <numerusform>sa loob ng %n araw ng pasok</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>pati sa mga pagliban na may pahintulot</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>pati pagkatapos ng anumang pagliban na walang pahintulot</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>Kapag hindi nakadalo ang mag-aaral sa tutoring, inililista ng TutorDesk ang dapat gawin at hanggang kailan. Ang mga naidaos na sesyon lamang ang binibilang sa sunud-sunod na pagliban; ang pagdalo sa anumang sesyon, kasama ang make-up, ay tumatapos sa sunod-sunod.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>Ang pagliban na may pahintulot ay kadalasang nangangahulugang nasabihan na ng pamilya ang paaralan.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>Pagkatapos ng %1 nang sunud-sunod, abisuhan ang pamilya %2, sa kanilang wika. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>Sunud-sunod na pagliban bago abisuhan ang pamilya</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Mga araw ng pasok para abisuhan ang pamilya</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>Ang pagliban na walang pahintulot ay nangangailangan ng make-up kahit ito ang una.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>Pagkatapos ng %1 nang sunud-sunod, mag-iskedyul ng make-up %2 at magtala ng pakikipag-ugnayan sa pamilya. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Sunud-sunod na pagliban bago ang make-up</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>Mga araw ng pasok para i-iskedyul ang make-up</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>Pagkatapos ng %1 nang sunud-sunod, o pagdalong mas mababa sa %2 sa loob ng %3 (hindi bababa sa %4),
iakyat %5.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Sunud-sunod na pagliban bago iakyat</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>Antas ng pagdalo na sa ilalim nito ay iaakyat</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>Ilang linggo ang binabalikan ng antas ng pagdalo</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>ang nakaraang %n linggo</numerusform>
            <numerusform>ang nakaraang %n linggo</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>Mga naidaos na sesyong kailangan para hatulan ang antas ng pagdalo</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n naidaos na sesyon</numerusform>
            <numerusform>%n naidaos na sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Mga araw ng pasok para iakyat</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>Pakikipagpulong sa guro o counselor, liham sa bahay, at pagtingin sa ibang paraan ng paghahatid.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>Pagkatapos ng %1 nang sunud-sunod, i-pause ang puwesto at ialok ito sa waitlist %2.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Sunud-sunod na pagliban bago i-pause ang puwesto</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>Mga araw ng pasok para i-pause at ialok ang puwesto</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>Iniaalok ang puwesto sa mag-aaral na may pinakamataas na pangangailangan na naghihintay para sa parehong asignatura at tier.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>Kapag wala ang tutor, punan o kanselahin ang bawat sesyon niya %1.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>Mga araw ng pasok nang maaga para punan ang sesyon</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>bago o sa araw ng sesyon</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>%n araw ng pasok nang maaga</numerusform>
            <numerusform>%n araw ng pasok nang maaga</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Ibalik ang mga &amp;Default</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>Ibalik ang protocol na panimula ng TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>Hindi ma-print ang “%1”: tinanggihan ito ng printer. Suriin ang printer, o i-save ito bilang PDF at iyon ang i-print.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>Naipadala sa printer ang “%1”.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>I-save ang “%1” bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>Na-save ang “%1” bilang %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pahina %1 ng %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Hindi makasulat ng PDF file ang programang ito (walang naka-install na page writer). Gamitin ang TutorDesk o tutordesk-cli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>Tapos na — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>Hindi Kailangan — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>Markahang tapos na ang “%1” para kay %2.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>Markahang hindi kailangan ang “%1” para kay %2. Sabihin kung bakit: mananatili ang tala kasama ng aksiyon.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Tala (opsiyonal):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Tala:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Markahang &amp;Tapos Na</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>Markahang &amp;Hindi Kailangan</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>Sumulat ng talang nagsasabi kung bakit hindi ito kailangan.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>Hindi malutas ang aksiyon.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>Hindi malutas ang aksiyon: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Tapos na: %1 para kay %2.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>Hindi kailangan: %1 para kay %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Nasa linya %2 din ang district student ID na %1. Isang beses lamang dapat nasa roster ang bawat mag-aaral: alisin ang isa sa dalawang linya, o itama ang ID.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> at %n pa</numerusform>
            <numerusform> at %n pa</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Kinansela ang pag-import; walang binago.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>Minarkahang withdrawn dahil hindi sila nakalista sa roster na ito (itinatago ang kanilang kasaysayan): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>Mga aktibong mag-aaral na hindi nakalista sa roster na ito: %1. Mananatili silang aktibo; kung ang roster na ito ay para sa buong paaralan at umalis na sila, i-import itong muli at piliing i-withdraw sila.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>Walang nakalistang mag-aaral ang roster na ito, kaya mawi-withdraw ang bawat mag-aaral. Tiyaking tamang file ito.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>Na-withdraw dati at nasa roster na ito muli, kaya aktibo muli: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>Hindi ma-save ang roster, kaya walang binago: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>District student ID</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>State student ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Gustong pangalan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispanic o Latino</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>Lahi (mga code o pangalan)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>American Indian o Alaska Native</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asyano</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Black o African American</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Native Hawaiian o Other Pacific Islander</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Puti</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>Katayuan bilang English learner</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Wika sa bahay</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (special education)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Section 504 plan</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Walang tirahan (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Antas ng pagdalo (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Pangalan ng magulang o tagapag-alaga</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>Pangalan (first name) ng magulang o tagapag-alaga</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>Apelyido ng magulang o tagapag-alaga</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Kaugnayan sa mag-aaral</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>Telepono ng magulang o tagapag-alaga</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>Email ng magulang o tagapag-alaga</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>Wika ng magulang o tagapag-alaga</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>Kinukuha ng column mapping ang &quot;%1&quot; mula sa column na &quot;%2&quot;, pero walang ganoong column ang file na ito. Piliin muli ang column para sa &quot;%1&quot;, o palitan ang pangalan ng column sa file.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>Walang column na naglalaman ng &quot;%1&quot;. Naghanap ang TutorDesk ng column na pinangalanang %2. Palitan ang pangalan ng column na iyon sa file, o piliin ito sa column mapping.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>Wala sa file na ito ang column na &quot;%1&quot; (%2); hindi babaguhin ang nasa TutorDesk para dito.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>Walang laman ang apelyido. Punan ito mula sa student system.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>Walang laman ang pangalan. Punan ito mula sa student system.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>Nasa hinaharap ang petsa ng kapanganakan na %1. Suriin ang taon.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>linya %1 at %n pa</numerusform>
            <numerusform>linya %1 at %n pa</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linya %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>Ang wikang &quot;%1&quot; (%2) ay hindi kilala ng TutorDesk; itatago ito kung paano isinulat. Kung karaniwang wika ito, gamitin ang pangalan nito sa Ingles o ang code nito (es, vi, zh-Hant, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>Walang binabanggit na kategorya ng lahi ang &quot;%1&quot; (%2), kaya walang naitalang lahi para sa mga mag-aaral na iyon. I-export ang mismong mga lahi (halimbawa &quot;Asian; White&quot;) para maitala ang mga ito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>Sinasabi lamang ng &quot;%1&quot; (%2) na hindi English learner ang mag-aaral: buburahin ang katayuang EL o TBD, at pananatilihin ang EO, IFEP o RFEP. I-export ang EO, IFEP o RFEP para maitala kung alin.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Mga column na hindi na-import: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>Ang &quot;%1&quot; ay hindi katayuang English learner na kilala ng TutorDesk. Gamitin ang EO, IFEP, EL, RFEP o TBD (binabasa rin ang &quot;English Only&quot;, &quot;Reclassified&quot;, ELD level 1 hanggang 5, o Y/N).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>Ang &quot;%1&quot; ay hindi kasariang kilala ng TutorDesk. Gamitin ang F, M o X (binabasa rin ang Female, Male at Non-binary), o iwanang blangko ang cell.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>Ang &quot;%1&quot; ay hindi petsang mababasa ng TutorDesk. Isulat ito bilang YYYY-MM-DD (2016-09-08) o MM/DD/YYYY (09/08/2016); binabasa rin ang M/D/YY, YYYYMMDD at &quot;Sep 8, 2016&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>Ang &quot;%1&quot; ay hindi totoong petsa. Suriin ang araw at buwan (binabasa ng TutorDesk ang MM/DD/YYYY nang buwan muna, gaya ng pagsulat ng mga sistema sa US).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>Ang &quot;%1&quot; ay hindi lahing kilala ng TutorDesk. Gamitin ang mga pederal na kategorya (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) o mga CALPADS race code (100, 201 hanggang 299, 301 hanggang 399, 400, 600, 700); paghiwalayin ang marami gamit ang semicolon.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>Walang laman ang district student ID. Kailangan ng bawat mag-aaral ang ID na ibinibigay ng student system ng distrito: punan ito, o alisin ang linya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>Ang &quot;%1&quot; ay ID na ginawang numero ng Excel. I-export muli ang roster mula sa student system, o i-format ang column bilang Text sa Excel bago i-save.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>May espasyo sa loob ng &quot;%1&quot;. Walang espasyo ang district student ID: suriin kung may dalawang halagang nagkadikit sa cell.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>Walang laman ang baitang. Kailangan ito ng bawat mag-aaral: TK, K o 1 hanggang 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>Ang &quot;%1&quot; ay hindi baitang na kilala ng TutorDesk. Gamitin ang TK, K o 1 hanggang 12 (binabasa rin ang &quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; at &quot;Grade 3&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>Ang &quot;%1&quot; ay hindi oo o hindi. Gamitin ang Y o N (binabasa rin ang Yes/No, Sí, TRUE/FALSE, 1/0, o X at blangko).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>Ang &quot;%1&quot; ay hindi oo o hindi. Gamitin ang Y o N; ang lunch status na Free o Reduced (F, R) ay nangangahulugang oo at ang Paid (P) ay hindi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>Hindi sinasabi ng &quot;%1&quot; kung Hispanic o Latino ang mag-aaral. Gamitin ang Y o N (binabasa rin ang &quot;Hispanic or Latino&quot; at &quot;Not Hispanic&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>Ang &quot;%1&quot; ay hindi antas ng pagdalo. Magsulat ng porsiyento gaya ng 97.5 o 97.5%, o fraction gaya ng 0.975.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>Ang %1 ay hindi posibleng antas ng pagdalo: dapat itong nasa pagitan ng 0 at 100%.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>Tuwing Lunes</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Tuwing Martes</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Tuwing Miyerkoles</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Tuwing Huwebes</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Tuwing Biyernes</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Tuwing Sabado</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Tuwing Linggo</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 nang %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>Nasa %3 si %1 (%2) sa parehong oras sa %4.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>walang oras sa %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>available %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>Hindi available si %1 sa %2 nang %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>Wala si %1 sa %2.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>Wala si %1 sa %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>Pinapalitan na ni %1 ang %2 sa %3.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>Nagtuturo na si %1 ng %2 sa %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>Okupado ng %2 ang %1 sa %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>Pinapalitan na ni %1 ang %2 sa %3 nang %4 (%n petsa mula %5).</numerusform>
            <numerusform>Pinapalitan na ni %1 ang %2 sa %3 nang %4 (%n petsa mula %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>Nagtuturo na si %1 ng %2 sa %3 nang %4 (%n petsa mula %5).</numerusform>
            <numerusform>Nagtuturo na si %1 ng %2 sa %3 nang %4 (%n petsa mula %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>Nasa %2 si %1 sa parehong oras sa %3 nang %4 (%n petsa mula %5).</numerusform>
            <numerusform>Nasa %2 si %1 sa parehong oras sa %3 nang %4 (%n petsa mula %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>Okupado ng %2 ang %1 sa %3 nang %4 (%n petsa mula %5).</numerusform>
            <numerusform>Okupado ng %2 ang %1 sa %3 nang %4 (%n petsa mula %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…at %n pang salungatan.</numerusform>
            <numerusform>…at %n pang salungatan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>Bagong &amp;Grupo…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>Markahang &amp;Wala ang Tutor…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>I-print ang &amp;Listahan ng Araw…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Linggo</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>Listahan ng &amp;araw</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>Isang bagong grupo ng tutoring kasama ang tutor, silid, mga araw at oras nito</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>Wala ang isang tutor: humanap ng mga kapalit o kanselahin at mag-make-up ng kanyang mga sesyon</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>I-print ang mga sesyon ng isang araw, kasama ang mga inaasahang mag-aaral</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Iskedyul</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Nakaraang linggo</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>Ngayong &amp;Linggo</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Susunod na linggo ▶</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Ipinapakitang linggo</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>I&amp;pakita:</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>Filter ng tutor</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Mga sesyon ngayong linggo</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Lahat ng tutor</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Hindi mabasa ang mga tutor: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>Hindi mabasa ang linggo: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Linggo ng %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n sesyon ngayong linggo</numerusform>
            <numerusform>%n sesyon ngayong linggo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n ang kinansela</numerusform>
            <numerusform>%n ang kinansela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n sesyong kailangan ng kapalit</numerusform>
            <numerusform>%n sesyong kailangan ng kapalit</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>summary separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 — point at a block for its details, or show one tutor</source>
        <comment>summary — hint</comment>
        <translation>%1 — ituro ang isang block para sa mga detalye nito, o ipakita ang isang tutor</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Hindi mabasa ang sesyon: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>Naka-iskedyul muli ang %1 sa %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>Nawawala ang code ng paaralan: ibigay ang code ng distrito para sa paaralang ito.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>Nawawala ang pangalan ng paaralan.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>Ang taong-panuruan ay dapat magsimula bago ito matapos (mga petsa bilang YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>May paaralan na sa %1 (%2). Para sa iisang paaralan lamang ang TutorDesk database: gumawa ng bagong database para sa iba.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>Hindi ma-save ang paaralan: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>Ang “%1” ay hindi numero ng teleponong matatawagan ng mga pamilya: magbigay ng hindi bababa sa 7 digit, halimbawa (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>Wala pang paaralan sa database na ito: i-set up muna ang paaralan.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>Hindi ma-save ang mga detalye ng paaralan: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>Araw ng pasok</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Minimum day</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Bakasyon</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Araw na walang klase</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>Labas sa taong-panuruan</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>Nababasa ito ng mga pamilya sa bawat liham: ang pangalan, address at telepono ng paaralan sa itaas, at kung sino ang tatawagan sa ibaba.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>Ang inyong pangalan ayon sa pagkakakilala ng mga pamilya</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Pangalan ng paaralan</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Address ng paaralan</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>Numero ng teleponong tinatawagan ng mga pamilya</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>Koordinador ng tutoring</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Pangalan ng paaralan:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>&amp;Teleponong tinatawagan ng mga pamilya:</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>&amp;Koordinador ng tutoring:</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>Sira ang %1 at hindi mabasa (%2). Ibalik ito mula sa isang backup.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>Kinansela ang pag-import ng %1; walang binago.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>Hindi ma-save ang mga iskor, kaya walang binago: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Hindi ma-save ang column mapping para sa susunod: %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>Scale score</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>Baitang na mas mababa</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>Window ng pagsusulit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Pangalan ng pagtatasa</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>Walang column na naglalaman ng %1. Palitan ang pangalan ng column na iyon ng &quot;%1&quot;, o sabihin kung aling column ito sa mapping.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>Walang column na naglalaman ng Asignatura. Magdagdag ng column na &quot;Subject&quot; na may Reading o Math sa bawat linya, o sabihin kung aling column ito sa mapping.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>Walang laman ang student ID. Punan ito, o alisin ang linya.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>Walang nakatalang mag-aaral na may ID na &quot;%1&quot;. I-import muna ang roster, o itama ang ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>Ang &quot;%1&quot; ay hindi asignaturang kilala ng TutorDesk. Isulat ang Reading, Math o Writing.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>Walang laman ang petsa. Punan ang araw na kinuha ang pagsusulit, bilang YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>Ang &quot;%1&quot; ay hindi window ng pagsusulit. Isulat ang BOY, MOY o EOY (o Fall, Winter, Spring).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>Ang &quot;%1&quot; ay hindi numero. Isulat ang scale score sa digit, halimbawa 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>Ang &quot;%1&quot; ay hindi bilang ng baitang na mas mababa. Magsulat ng buong numero mula -3 (mas mataas sa baitang) hanggang 12, o iwanang blangko.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>Walang iskor, placement o baitang na mas mababa ang linyang ito. Punan ang isa, o alisin ang linya.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>May resulta ang linya %1 para sa parehong mag-aaral, asignatura, window at petsa. Panatilihin ang isa sa dalawang linya.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>Mga resultang walang window ng pagsusulit, na kinuha mula sa petsa (Agosto hanggang Oktubre BOY, Nobyembre hanggang Pebrero MOY, Marso hanggang Hulyo EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>Mga placement na hindi nagsasabi kung ilang baitang ang baba: %1. Binibilang lamang ng iskor ng pangangailangan ang mga resultang iyon kapag ibinibigay ito ng column na &quot;Grade levels below&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>Sira ang %1 at hindi mabasa (%2). Ibalik ito mula sa isang backup.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>Wala pang paaralan ang %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Kailangan ng kapalit</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Make-up</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>Na-save. Walang sesyong naapektuhan.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>%n sesyon sa hinaharap ang inalis</numerusform>
            <numerusform>%n sesyon sa hinaharap ang inalis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>%n sesyon ang naibalik</numerusform>
            <numerusform>%n sesyon ang naibalik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>%n sesyon ang pinaikli</numerusform>
            <numerusform>%n sesyon ang pinaikli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n sesyon ang naibalik sa buong haba</numerusform>
            <numerusform>%n sesyon ang naibalik sa buong haba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>%n sesyon ang binago</numerusform>
            <numerusform>%n sesyon ang binago</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>Na-save. %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionCover</name>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 sa %2 nang %3</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>Wala ang tutor</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Kaganapan ng paaralan</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Lagay ng panahon</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>Kaganapan ng mag-aaral</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Ibang dahilan</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>Walang sesyong %1 (maaaring inalis na). I-reload ang iskedyul.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>Nakuha na ang pagdalo para sa sesyong ito noong %1 (%2 nang %3); burahin muna ito.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>Naidaos na ang %1; hindi na mababago ngayon ang kapalit nito.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>Kinansela ang %1. Ibalik muna ito bago kumuha ng kapalit.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>Walang tutor na %1 (maaaring inalis na). I-reload ang pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>Naidaos na ang %1; mananatili sa talaan kung sino ang nagturo nito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>Ang &quot;%1&quot; ay hindi dahilan para kanselahin ang sesyon: gamitin ang tutor_absent, school_event, weather, student_event o other.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>Naidaos na ang %1 at hindi na maaaring kanselahin.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>Hindi kinansela ang %1.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>Nakalipas na ang %1; mananatili itong kinansela.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>Hindi maibalik ang %1. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>Pumili ng araw at oras ng simula para sa make-up ng %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>Hindi maaaring sa %2 ang make-up ng %1: hindi ito araw ng pasok (%3). Pumili ng ibang araw.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Ang make-up ay tumatagal nang 5 hanggang 240 minuto, hindi %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>Hindi maaaring sa %2 nang %3 ang make-up ng %1. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>Nakuha na ang pagdalo para sa sesyong ito; burahin muna ito.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>Kinansela ang sesyong iyon; hindi makakakuha ng pagdalo para dito.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>Hindi mabago ang iskedyul sa %1: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>Hindi aktibo si %1 at hindi maaaring pumalit sa %2. Pumili ng tutor mula sa pool ng mga kapalit o aktibong tutor.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>Si %1 ang tutor ng %2; pumili ng ibang papalit dito.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>Hindi maaaring pumalit si %1 sa %2: hindi siya nagtuturo ng %3. Pumili ng tutor na nagtuturo nito.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>Hindi maaaring pumalit si %1 sa %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>Hindi maaaring pumalit si %1 sa %2: minarkahan siyang wala sa araw na iyon.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>Hindi maaaring pumalit si %1 sa %2: labas ito sa mga oras na available siya. Pumili ng ibang kapalit, o baguhin ang kanyang availability sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>Hindi maaaring pumalit si %1 sa %2: may iba siyang sesyong itinuturo sa oras na iyon.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>Mag-click ng sesyon para makita kung sino ang nagtuturo nito, saan, at sino ang dumadalo.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>I-&amp;edit ang Grupo…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>Humanap ng &amp;Kapalit…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>&amp;Kanselahin ang Sesyon…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>Make-&amp;up…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ibalik</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Kumuha ng &amp;Pagdalo…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Mga detalye ng sesyon</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Araw:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Oras:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Tutor:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Silid:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Katayuan:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>Baguhin ang tutor, silid, mga araw o oras ng grupo (double-click o Enter sa isang sesyon)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>Isang bakante at may clearance na tutor na nagtuturo ng asignatura ang hahawak sa sesyong ito</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>Kanselahin ang sesyong ito, may oras ng make-up o wala</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>Mag-iskedyul ng make-up para sa kinanselang sesyong ito</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>Matutuloy pala ang sesyon: i-iskedyul itong muli</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Walang tutor</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1, kapalit ni %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Walang ibinigay</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Walang mag-aaral</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>Palitan ang &amp;Kapalit…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>I-edit ang &amp;Pagdalo…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>Walang pagdalo ang kinanselang sesyon</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>Maaaring kumuha ng pagdalo mula sa araw ng sesyon</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>Baguhin ang pagdalong naitala para sa sesyong ito</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>Markahan kung sino ang dumating, gamit ang keyboard: P, T, E o U bawat mag-aaral</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sub: %1</source>
        <comment>a substitute teaches the session</comment>
        <translation>Kapalit: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Walang tutor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>Kinansela (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>Kailangan ng kapalit: wala ang tutor</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Naidaos</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Naka-iskedyul</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · Make-up</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>Kapalit: %1 (para kay %2)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Silid: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Katayuan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>wala ang tutor</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>kaganapan ng paaralan</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>lagay ng panahon</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>kaganapan ng mag-aaral</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>ibang dahilan</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>Pull-out (habang may klase)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>Pagkatapos ng klase</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabado</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n mag-aaral</numerusform>
            <numerusform>%n mag-aaral</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Walang mag-aaral</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>Na-save. Walang pagbabago sa mga sesyon.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sesyon ang naidagdag</numerusform>
            <numerusform>%n sesyon ang naidagdag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n sesyon ang inalis</numerusform>
            <numerusform>%n sesyon ang inalis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n ang inalis</numerusform>
            <numerusform>%n ang inalis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>%n sesyon ang inilipat</numerusform>
            <numerusform>%n sesyon ang inilipat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n ang inilipat</numerusform>
            <numerusform>%n ang inilipat</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>Na-save. %1; walang pagbabago sa mga naunang sesyon at sa pagdalo sa mga ito.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Paaralan</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>&amp;Iskor ng pangangailangan</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>Mga &amp;tier at puwesto</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>P&amp;rotocol</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Mga &amp;liham</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Pag-&amp;unlad</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>Mga p&amp;robe</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>S&amp;ync sa distrito</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Bakit hindi na-save ang mga setting</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Hindi mabasa ang mga setting: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 Ang mga naka-iskedyul na sync ay maaaring magpasa ng token sa TUTORDESK_TOKEN sa halip.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>Kalkulahin Muli ang mga Iskor ng Pangangailangan?</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>Magkakabisa ang mga bagong weight at tier kapag nakalkula muli ang mga iskor ng pangangailangan. Kalkulahin muli ang iskor ng bawat mag-aaral ngayon?</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>Mananatili ang mga puwestong naibigay na.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>Na-save, pero hindi makalkula muli ang mga iskor ng pangangailangan: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>Magdagdag ng Tagapag-alaga ng Kapatid</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Pangalan o telepono</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>Maghanap ng tagapag-alaga ayon sa pangalan o telepono</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>Mga tagapag-alaga ng ibang mag-aaral</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>Kaugnayan sa mag-aaral na ito</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>Mga tagapag-alaga ng ibang mag-aaral na kapareho ng apelyido o numero ng telepono ng pamilyang ito. Maghanap para makahanap ng iba.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Maghanap:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Kaugnayan:</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>Hindi mabasa ang mga tagapag-alaga: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — tagapag-alaga ni %2</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>Pumili ng tagapag-alaga sa listahan, o maghanap ayon sa pangalan o telepono.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>Hindi maidagdag ang tagapag-alaga.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>Hindi maidagdag ang tagapag-alaga: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>walang tutor</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>hindi aktibo ang tutor</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>kulang ang clearance</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>expired ang clearance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tutordesk::Store</name>
    <message>
        <source>%1: no TutorDesk database is there. Check the path, or create a new school.</source>
        <translation>%1: walang TutorDesk database doon. Suriin ang path, o gumawa ng bagong paaralan.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>Ang %1 ay folder, hindi TutorDesk database.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>Ang %1 ay hindi TutorDesk database (hindi ito database file). Piliin ang .tutordesk file, o gumawa ng bagong paaralan.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: hindi umiiral ang folder na %2.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>Ang %1 ay database ng ibang programa, hindi ng TutorDesk. Magbukas ng TutorDesk database, o gumawa ng bagong paaralan.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>Isinulat ang %1 ng mas bagong TutorDesk (data version %2; hanggang %3 lamang ang nababasa ng TutorDesk na ito). I-install ang mas bagong TutorDesk para mabuksan ito.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: hindi mailipat ang database sa write-ahead logging (nakuha ang &quot;%2&quot;). Kopyahin ito sa lokal na folder at buksan doon.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>Sira ang %1 at hindi mabasa (%2). Ibalik ito mula sa isang backup.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>Hindi mabuksan ang %1 para sulatan (%2). Tiyaking sa inyo ang file at ang folder nito at hindi read-only.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>Abala ang %1: may ibang programang sumusulat dito. Isara ito roon at subukang muli.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Hindi mabuksan ang %1: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>Kailangang i-upgrade ang %1 para sa TutorDesk na ito, at kumukuha muna ng kopya, pero hindi magawa ang kopya (%2). Magbakante ng espasyo sa disk at buksan itong muli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentColumns</name>
    <message>
        <source>%1 (%2)</source>
        <comment>first name (preferred name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>attendance rate in percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goes by %1</source>
        <translation>Tinatawag na %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>Tier %1: piliin ang mag-aaral para makita kung bakit</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>District ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Wika sa bahay</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Katayuang EL</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>Mga grupo ng mag-aaral</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pagdalo</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Iskor ng pangangailangan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>Ang ID ng mag-aaral sa student information system ng distrito</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>Katayuan sa wikang Ingles: EO, IFEP, EL, RFEP o TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP, Section 504 plan, foster youth, walang tirahan, mahirap sa sosyo-ekonomiko (SED)
Hindi maaayos ang column na ito; mag-filter ayon sa grupo ng mag-aaral sa halip.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>Ang antas ng pagdalo ng mag-aaral sa paaralan ngayong taon</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>Mga puntos mula sa mga resulta ng benchmark, pagdalo at mga grupo ng mag-aaral: mas mataas ay mas malaking pangangailangan</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>Ang tier ng suporta na kinukuwalipikahan ng iskor ng pangangailangan: 1 silid-aralan, 2 maliit na grupo, 3 masinsinan</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Kalagayan ng mag-aaral sa programa ng tutoring</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>Nakatala sa paaralan, o withdrawn</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Tumulong ang isang &amp;interpreter</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Petsa ng follow-up</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Itala ang Pakikipag-ugnayan — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>Walang tagapag-alaga (ibang tao)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>Tagapag-alagang kinausap</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Petsa at oras ng pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>Kami ang nakipag-ugnayan sa pamilya</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>Ang pamilya ang nakipag-ugnayan sa amin</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direksiyon</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>Wika ng pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>hal. nagtanong tungkol sa pagbabasa sa bahay</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Makipag-ugnayan muli sa</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>&amp;Tagapag-alaga:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kailan:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Paraan:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direksiyon:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resulta:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>La&amp;yunin:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Mga &amp;tala:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Hindi ma-save ang pakikipag-ugnayan.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Hindi ma-save ang pakikipag-ugnayan: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>Mga tagapag-alaga</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tagapag-alaga</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resulta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Mga naipadalang liham</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Liham</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para kay</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Idagdag…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>Magdagdag ng magulang o tagapag-alaga ng mag-aaral na ito</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>I-e&amp;dit…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>Baguhin ang mga telepono, e-mail, wika o pahintulot ng tagapag-alaga</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>A&amp;lisin</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>Hindi na tagapag-alaga ng mag-aaral na ito ang taong ito</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>Gawing Pa&amp;ngunahin</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>Sa pangunahing tagapag-alaga ipinapadala ang mga liham at siya ang unang tinatawagan</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>Magdagdag ng Tagapag-alaga ng &amp;Kapatid…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>I-link ang magulang na nakatala na para sa isang kapatid</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>Itala ang &amp;Pakikipag-ugnayan…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>Magtala ng tawag, text, pagbisita o pulong sa pamilya</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>Sumulat ng Liham…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>I-print o i-save ang liham sa wika ng pamilya</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>I-double-click ang pakikipag-ugnayan (o pindutin ang Enter) para itama ito</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Mobile %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Bahay %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>Trabaho %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>Pumili ng mag-aaral para makita ang kanyang pamilya.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>Hindi mabasa ang pamilya: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — pangunahin</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Mas gusto: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>Pumapayag sa text</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>Hindi pumapayag sa text</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>Tagapag-alaga rin ni: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>Walang nakatalang tagapag-alaga: magdagdag ng isa.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (mula sa pamilya)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1, interpreter</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Kasama si %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Ni %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>Na-print mula sa salin na hindi pa nasusuri</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Alisin ang Tagapag-alaga</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>Alisin si %1 sa mga tagapag-alaga ng mag-aaral na ito? Mananatili ang kanyang pangalan sa mga pakikipag-ugnayan at liham na nakatala na.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>Ipakita ang mga &amp;withdrawn</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Maghanap ayon sa pangalan o ID</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Maghanap ng mag-aaral</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>I-type ang bahagi ng pangalan, apelyido o gustong pangalan, o district ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>Katayuan sa programa</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Baitang:</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>&amp;Katayuang EL:</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Katayuang EL</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>&amp;Wika sa bahay:</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Wika sa bahay</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>Grupo ng mag-aara&amp;l:</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Grupo ng mag-aaral</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Lahat ng baitang</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Anuman</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Lahat ng mag-aaral</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 plan</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Walang tirahan</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Mahirap sa sosyo-ekonomiko</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Nag-aaral ng Ingles</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Anumang tier</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>Tier 3 · Masinsinan</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>Tier 2 · Maliit na grupo</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>Tier 1 · Silid-aralan</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>Ang tier na kinukuwalipikahan ng iskor ng pangangailangan ng mag-aaral</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Sinuman</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>Wala sa programa</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Kalagayan ng mag-aaral sa programa ng tutoring</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>Ipakita ang mga withdrawn na mag-aaral</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>Isama ang mga mag-aaral na umalis na sa paaralan</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Lahat ng wika</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>Mag-iskedyul ng Make-up — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>Isang make-up na sesyon ng %1 para kay %2 lamang. Pumili ng oras:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>Mga oras ng make-up</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>&amp;Mag-iskedyul ng Make-up</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>Hindi mabasa ang mga bakanteng oras: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>Walang bakanteng oras sa mga susunod na araw ng pasok: abala ang tutor o si %1. I-iskedyul ito mula sa pahina ng Iskedyul, o markahang hindi kailangan ang aksiyon na may tala.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>Hindi ma-iskedyul ang make-up.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>Hindi ma-iskedyul ang make-up: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>Naka-iskedyul ang make-up para kay %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>Hindi mabasa ang listahan ng mag-aaral: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentText</name>
    <message>
        <source>TK</source>
        <comment>transitional kindergarten, abbreviated</comment>
        <translation>TK</translation>
    </message>
    <message>
        <source>K</source>
        <comment>kindergarten, abbreviated</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Transitional kindergarten</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Baitang %1</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>Ingles lamang (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>Bihasa na sa Ingles sa simula (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>Nag-aaral ng Ingles (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>Muling inuring bihasa sa Ingles (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>Pagpapasyahan pa (TBD)</translation>
    </message>
    <message>
        <source>IEP</source>
        <comment>individualized education program, short tag</comment>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504</source>
        <comment>Section 504 plan, short tag</comment>
        <translation>504</translation>
    </message>
    <message>
        <source>Foster</source>
        <comment>foster youth, short tag</comment>
        <translation>Foster</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>Walang tirahan</translation>
    </message>
    <message>
        <source>SED</source>
        <comment>socio-economically disadvantaged, short tag</comment>
        <translation>SED</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between student group tags</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Individualized education program (IEP)</source>
        <translation>Individualized education program (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Section 504 plan</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Foster youth</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Walang tirahan (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>Mahirap sa sosyo-ekonomiko (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>Aktibo</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>Pumayag</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>Inimbitahan</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>Naka-pause</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>Nasa waitlist</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>Nakatala</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>Mga bukas na aksiyon ng protocol</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>Mga puwesto sa tutoring</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksiyon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>Pumili ng mag-aaral para makita ang kanyang tutoring: mga minutong nakaplano at natanggap, mga sesyong naihatid at ang dapat gawin tungkol sa kanyang mga pagliban.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>Hindi mabasa ang tutoring ng mag-aaral: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>Wala sa tutoring ngayong taon.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · lampas na nang %Ln araw ng pasok</numerusform>
            <numerusform>%1 · lampas na nang %Ln araw ng pasok</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · takdang gawin ngayon</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Walang takdang gawin.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · Tier %2 · %3 mula %4</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · Tier %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>Ngayong linggo: %1 sa %2 min · Hanggang ngayon: %3 sa %4 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>Mga minutong dinaluhan ng mag-aaral, kasama ang mga make-up, kumpara sa mga minutong naka-iskedyul para sa puwesto, kasama ang mga kinanselang sesyon.</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Mga minutong natanggap mula sa mga minutong nakaplano</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>Mga sesyong naihatid: %1 sa %2 (%3), hindi kasama ang mga araw na liban sa paaralan</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>Mga sesyong naihatid: wala pang naka-iskedyul</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>Mga sesyong idinaos ng programa mula sa mga naka-iskedyul nito. Hindi kasama ang mga araw na liban sa paaralan ang mag-aaral: walang sesyong makakaabot sa kanya noon.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>Pagdalo: %1 sa %Ln sesyon (%2)</numerusform>
            <numerusform>Pagdalo: %1 sa %Ln sesyon (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>Pagdalo: hindi pa nakukuha</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · Mga make-up na dinaluhan: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>Mag-&amp;import ng Roster…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>&amp;Kalkulahin Muli ang mga Iskor ng Pangangailangan</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>Sumulat ng mga Liham…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>Bilang ng mga ipinapakitang mag-aaral</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>Ipasok ang roster na in-export ng student system ng inyong distrito (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>Kalkulahin muli ang iskor ng bawat mag-aaral mula sa kanyang pinakahuling benchmark, pagdalo at mga grupo ng mag-aaral, gamit ang mga weight sa Mga Setting</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>Mag-print ng liham para sa pamilya ng bawat napiling mag-aaral, bawat isa sa wika ng pamilya, nang sabay-sabay (pumili ng ilan gamit ang Ctrl o Shift)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Mga Mag-aaral</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>&amp;Bakit ang mag-aaral na ito</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>T&amp;utoring</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>Pa&amp;milya</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>Maghanap ng Mag-aaral</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Hindi makalkula muli ang mga iskor ng pangangailangan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln mag-aaral</numerusform>
            <numerusform>%Ln mag-aaral</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>Magdagdag ng Superbisor</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>I-edit ang Superbisor</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>hal. Instructional lead</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>Ilang tutor ang maoobserbahan at maco-coach ng taong ito</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apelyido:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titulo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepono:</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>Makakapag-coach nang &amp;hanggang:</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> tutor</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>Pinakamaraming tutor na maco-coach ng superbisor na ito</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>Bakit hindi na-save ang superbisor</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>Hindi ma-save ang superbisor: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>Mga superbisor</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>Magdagdag ng &amp;Superbisor…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>I-edit ang Su&amp;perbisor…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>A&amp;lisin ang Superbisor</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>Mga superbisor at kung ilang tutor ang kino-coach ng bawat isa</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superbisor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulo</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Kino-coach</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Mga tutor</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>Mga tutor na walang superbisor</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>Magdagdag ng taong nag-oobserba at nagko-coach sa mga tutor</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>Baguhin ang mga detalye ng napiling superbisor o kung ilang tutor ang kaya niyang i-coach</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>Alisin ang napiling superbisor; mawawalan ng superbisor ang kanyang mga tutor</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1 sa %n tutor</numerusform>
            <numerusform>%1 sa %n tutor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · lampas sa kapasidad nang %2</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Hindi mabasa ang mga superbisor: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>Wala pang tutor</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>Wala pang superbisor. Idagdag ang mga taong nag-oobserba at nagko-coach sa inyong mga tutor.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>May superbisor ang bawat tutor.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n tutor na walang superbisor: %1</numerusform>
            <numerusform>%n tutor na walang superbisor: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Naidagdag si %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Na-save si %1.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>Alisin ang Superbisor</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>Alisin si %1? %n tutor ang mawawalan ng superbisor hanggang pumili kayo ng iba.</numerusform>
            <numerusform>Alisin si %1? %n tutor ang mawawalan ng superbisor hanggang pumili kayo ng iba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>Hindi maalis ang superbisor: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Inalis si %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>Ilagay ang pangalan ng superbisor.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Ilagay ang apelyido ni %1.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>Makakapag-coach si %1 ng 1 hanggang 100 tutor, hindi %2. Baguhin ang bilang ng tutor.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>May ibang superbisor na may id na %1. Bigyan si %2 ng ibang id.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>Wala na si %1 sa listahan ng superbisor. I-reload ang pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Hindi ma-save si %1 sa %2: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>Hindi maalis ang superbisor sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Ipadala Ngayon</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>&amp;Kopyahin sa Folder…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Mga Se&amp;tting…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>Ipadala ngayon sa distrito ang bawat naghihintay na pakete</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>Mag-&amp;export Ngayon</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>Gumawa ng pakete ng mga nagbago mula sa huli, saka ipadala ito</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>Ang Nagbago Mula sa Huling Pakete</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>Bawat Row (Buong Pakete)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>Isulat ang mga naghihintay na pakete sa isang folder, gaya ng USB stick para sa opisina ng distrito</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>Kopyahin ang mga Naghihintay na Pakete sa Folder</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>Sync sa Distrito</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Katayuan ng sync</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Mga detalye ng sync</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso ng export</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>Mga pakete para sa distrito</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>Naghihintay rito ang mga pakete hanggang pumili ng folder o address ng distrito sa Mga Setting.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>Kasama ang mga pangalan ng mag-aaral.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>Hindi kasama ang mga pangalan ng mag-aaral (nasa distrito na ang mga ito).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>Kasama ang mga tala ng pakikipag-ugnayan.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>Hindi kasama ang mga tala ng pakikipag-ugnayan.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>Ipinapadala ang mga nagbago araw-araw pagkatapos ng %1 habang nakabukas ang TutorDesk.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>Walang ipinapadala ayon sa iskedyul: gamitin ang Mag-export Ngayon, o tutordesk-cli sync.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Hindi mabasa ang outbox: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Ginagawa ang pakete…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Ipinapadala…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>Naipadala ang %n pakete sa distrito.</numerusform>
            <numerusform>Naipadala ang %n pakete sa distrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>Inihinto ang export: walang naisulat.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>Hindi magawa ang pakete para sa distrito: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>Walang nagbago mula sa huling pakete: walang bagong maipapadala.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Nagawa ang %1 (%Ln row).</numerusform>
            <numerusform>Nagawa ang %1 (%Ln row).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>Walang nakatakdang destinasyon sa distrito, kaya naghihintay rito ang mga pakete. Pumili ng folder o address ng distrito sa Mga Setting ▸ Sync sa distrito.</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>Ipinapadala ang mga pakete ngayon mismo: subukang muli mamaya.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>Walang naghihintay na pakete: nasa distrito na ang lahat.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>Isama ang mga &amp;pangalan ng mag-aaral (kilala na ng distrito ang bawat mag-aaral ayon sa ID)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>Isama ang mga &amp;tala ng pakikipag-ugnayan sa pamilya (maaaring may binabanggit itong ibang tao)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>Ipadala ang mga nagbago &amp;araw-araw pagkatapos ng</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>Nagpapadala ang TutorDesk sa distrito ng pakete ng mga CSV file: bawat row sa unang pagkakataon, saka ang mga nagbago. Naghihintay ang mga pakete sa outbox hanggang matanggap ng distrito, kaya walang nawawala habang offline ang computer.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>Isang folder, o ang address ng distrito (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Ipadala &amp;sa:</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>To&amp;ken ng distrito:</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>Oras ng araw-araw na pagpapadala</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>Habang nakabukas ang TutorDesk. Maaari ring patakbuhin ng IT ng distrito ang &quot;tutordesk-cli sync&quot; mula sa scheduler; ipinapadala nito ang parehong mga pakete.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>Wala pang destinasyon: naghihintay ang mga pakete sa outbox hanggang pumili ng isa.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>Isinusulat ang bawat pakete sa folder na ito: isang share ng distrito, naka-sync na folder o USB stick.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>Ipinapadala ang bawat pakete sa %1 sa naka-encrypt na koneksiyon.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>Naka-save sa keychain ng computer na ito (mag-type para palitan)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>Ibinibigay sa inyo ng distrito ang token na ito. Itinatago ito sa keychain ng computer na ito, hindi kailanman sa database ng paaralan.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>Ang https:// address lamang ang nangangailangan ng token.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>Ang Folder ng Distrito</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>ngayong araw nang %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>kahapon nang %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>bukas nang %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 nang %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>wala pang destinasyon</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>ang folder na %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>Nakarating na sa distrito ang lahat.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>Wala pang naipapadala sa distrito.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n pakete ang naghihintay: walang nakatakdang destinasyon sa distrito.</numerusform>
            <numerusform>%n pakete ang naghihintay: walang nakatakdang destinasyon sa distrito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n pakete ang naghihintay na maipadala.</numerusform>
            <numerusform>%n pakete ang naghihintay na maipadala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>Napupunta ang mga pakete sa %1.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>Naghihintay mula %1.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>Huling naihatid %1 sa %2.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Huling pagsubok %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>Susubukang muli ng TutorDesk %1, o ngayon gamit ang Ipadala Ngayon.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n pakete ang naghihintay: walang nakatakdang destinasyon sa distrito</numerusform>
            <numerusform>%n pakete ang naghihintay: walang nakatakdang destinasyon sa distrito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n pakete ang naghihintay para sa distrito</numerusform>
            <numerusform>%n pakete ang naghihintay para sa distrito</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Na-sync %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Hindi pa na-sync</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Naihatid %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Naghihintay</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>Naghihintay (%n pagtatangka)</numerusform>
            <numerusform>Naghihintay (%n pagtatangka)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Bawat row</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>Mga pagbabago mula sa huling pakete</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>built-in na teksto</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>ang template pack ng distrito</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>ang template pack ng distrito (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>na-edit sa TutorDesk</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>na-edit sa TutorDesk ni %1 noong %2</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>Nasuri ng isang &amp;kuwalipikadong tagasalin ang tekstong ito</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>I-edit ang Liham: %1, %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>Pinagmulan ng teksto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pamagat</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>Teksto ng liham (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Mga placeholder</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Ipinapasok ng Enter o double-click ang placeholder sa cursor</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Preview na may mga halimbawang halaga</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>Kapag nasuri lamang ng kuwalipikadong tagasalin ang binagong teksto: kung hindi, sasabihin ng letter dialog na hindi pa nasusuri ang salin</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>Bakit hindi na-save ang teksto</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>Pa&amp;magat:</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>&amp;Teksto (HTML; mga placeholder sa dobleng brace):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>Mga &amp;placeholder:</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>&amp;Ipasok ang Placeholder</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>Pre&amp;view (para sa mag-aaral ng liham, o mga halimbawang halaga sa bracket):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>&amp;Ibalik ang Orihinal</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>Itapon ang na-edit na teksto at gamiting muli ang teksto ng distrito o ang built-in</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>Hindi mabasa ang teksto ng liham: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>wala pang teksto sa wikang ito; magsisimula sa tekstong Ingles</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>Bersiyon %1, %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>Nasuri ng kuwalipikadong tagasalin.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>Hindi pa nasusuri ng kuwalipikadong tagasalin.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Preview para kay %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Hindi naibalik: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>&amp;Limitahan ang mga puwestong iniaalok ng programa sa</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>Sinasabi ng bawat tier kung gaano karaming tutoring ang natatanggap ng mag-aaral at sino ang kuwalipikado rito ayon sa iskor ng pangangailangan.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesyon bawat linggo</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Minuto bawat isa</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Pinakamalaking grupo</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>Pinakamababang iskor ng pangangailangan</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Mga tier</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Ibalik ang mga De&amp;fault</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>Ibalik ang mga tier na panimula ng TutorDesk</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Mga puwesto</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>Mga puwestong iniaalok ng programa</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> puwesto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>Sesyon bawat linggo, %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>Minuto bawat isa, %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>Pinakamalaking grupo, %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>Pinakamababang iskor ng pangangailangan, %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>Kung walang limit, magpaplano ang TutorDesk ng mga bagong grupo hanggang sa mga puwestong iniaalok ng inyong mga grupo ngayon, o ikaapat na bahagi ng mga mag-aaral kung wala pang grupo: %1 ngayon.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln puwesto</numerusform>
            <numerusform>%Ln puwesto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>Ibigay ang tier 1, 2 at 3 nang tig-iisang beses (lumalabas ang tier %1 nang %2 beses).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>Tier 1, 2 at 3 lamang ang umiiral; alisin ang iba.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>Kailangan ng pangalan ang tier %1.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>Tier %1: ang pinakamalaking grupo ay dapat 1 hanggang 4 na mag-aaral, hindi %2.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>Tier %1: ang sesyon bawat linggo ay dapat 0 hanggang 10, hindi %2.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>Tier %1: ang minuto bawat sesyon ay dapat 0 hanggang 240, hindi %2.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>Tutoring ang tier %1: bigyan ito ng hindi bababa sa 1 sesyon bawat linggo.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>Tutoring ang tier %1: bigyan ang mga sesyon nito ng hindi bababa sa 5 minuto.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>Tier %1: ang pinakamababang iskor ng pangangailangan ay dapat 0 hanggang 1000, hindi %2.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>Ang pinakamababang iskor ng pangangailangan ng tier 2 (%1) ay mas mababa sa tier 1 (%2): itaas ang sa tier 2 o ibaba ang sa tier 1.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>Ang pinakamababang iskor ng pangangailangan ng tier 3 (%1) ay mas mababa sa tier 2 (%2): itaas ang sa tier 3 o ibaba ang sa tier 2.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>Hindi ma-save ang mga tier: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Kumuha ng &amp;Pagdalo…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ngayong Araw</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>Mga &amp;sesyon ngayong araw</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>Kumuha ng pagdalo para sa napiling sesyon (ganoon din ang Enter o double-click)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>Mga &amp;dapat gawin</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>I-print ang mga takdang liham tungkol sa hindi nadaluhang sesyon, isang pahina bawat pamilya, bawat isa sa wika ng pamilya; bawat isa ay itatala bilang pakikipag-ugnayan</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>Mga &amp;follow-up na dapat gawin</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Mga follow-up na dapat gawin</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Huling resulta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Itinatala ng Enter o double-click ang follow-up na tawag.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>Hindi mabasa ang mga sesyon at aksiyon ngayong araw: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>Hindi mabasa ang mga takdang liham: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>Walang sesyon: weekend</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>Walang sesyon: hindi araw ng pasok</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>Walang sesyon: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>Walang sesyon ngayong araw</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>I-print ang mga Takdang &amp;Liham (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>I-print ang %n takdang liham</numerusform>
            <numerusform>I-print ang %n takdang liham</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>Naitala ang follow-up sa pamilya ni %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>%n liham ang naitala bilang pakikipag-ugnayan.</numerusform>
            <numerusform>%n liham ang naitala bilang pakikipag-ugnayan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>Mga &amp;follow-up na dapat gawin (%1)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>Mga &amp;follow-up na dapat gawin: wala</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Mga sesyon ngayong araw</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · nagsimula %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Skill: %1</source>
        <translation>Kasanayan: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Kailangan ng kapalit</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Walang mag-aaral</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>Nakuha · %1 sa %n ang dumalo</numerusform>
            <numerusform>Nakuha · %1 sa %n ang dumalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>Bahagyang nakuha · %1 sa %n ang naitala</numerusform>
            <numerusform>Bahagyang nakuha · %1 sa %n ang naitala</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Hindi pa nakukuha</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>Wala ang tutor</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>Wala si %1</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>Pagdalo %1% sa loob ng 4 na linggo</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>%n sunud-sunod na pagliban</numerusform>
            <numerusform>%n sunud-sunod na pagliban</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>Liban %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>Abisuhan ang pamilya</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Mag-iskedyul ng make-up</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Iakyat</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>I-pause, ialok ang puwesto</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>Humanap ng kapalit</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>Lampas na · %n araw ng pasok</numerusform>
            <numerusform>Lampas na · %n araw ng pasok</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Takdang gawin ngayon</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Takdang petsa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>%n sesyon ang hindi pa nakukuhanan ng pagdalo</numerusform>
            <numerusform>%n sesyon ang hindi pa nakukuhanan ng pagdalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>Nakuha na ang pagdalo sa lahat ng %n sesyon</numerusform>
            <numerusform>Nakuha na ang pagdalo sa lahat ng %n sesyon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n ang kinansela</numerusform>
            <numerusform>%n ang kinansela</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>Walang aksiyong dapat gawin</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n aksiyong dapat gawin</numerusform>
            <numerusform>%n aksiyong dapat gawin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n ang lampas na)</numerusform>
            <numerusform>(%n ang lampas na)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-up</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>Wala pang naka-iskedyul na sesyon</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>Mga naidaos na sesyon: %1 sa %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · dumalo %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>TK</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Baitang %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>Hindi sumagot ang keychain ng computer na ito, kaya hindi na-save ang sync token. I-unlock ang keychain (o mag-sign in sa desktop) at i-save itong muli; maaari ring kunin ng naka-iskedyul na sync ang token mula sa TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>Hindi ma-save ang sync token sa keychain ng computer na ito (%1). Hindi kailanman itinatago ito ng TutorDesk sa database; maaari itong kunin ng naka-iskedyul na sync mula sa TUTORDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>hindi mapalitan ang pangalan ng natapos na file</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>Walang nakatakdang destinasyon sa distrito: pumili nito sa Mga Setting ▸ Sync sa distrito.</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>Wala ang folder na %1: nakakonekta ba ang USB stick o ang drive ng distrito? Naghihintay ang pakete sa outbox.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>Hindi makasulat ang TutorDesk sa folder na %1 (%2): tiyaking hindi read-only ang drive at may pahintulot kayong magsulat doon. Naghihintay ang pakete sa outbox.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>Hindi maisulat nang buo ang pakete sa folder na %1 (%2): puno ba ang drive o tinanggal ito? Walang naiwan sa ilalim ng pangalan ng pakete; naghihintay ito sa outbox.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>Ang &quot;%1&quot; ay hindi pangalan ng paketeng isinusulat ng TutorDesk. Gumawa ng bagong export.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>Hindi maabot ng TutorDesk ang %1: maaaring offline ang computer na ito, o mali ang address. Susubukang muli ng TutorDesk.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>Tinanggihan ng %1 ang koneksiyon: maaaring down ang server ng distrito. Susubukang muli ng TutorDesk.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>Hindi sumagot ang server ng distrito sa %1 (nag-time out pagkalipas ng %n segundo). Susubukang muli ng TutorDesk.</numerusform>
            <numerusform>Hindi sumagot ang server ng distrito sa %1 (nag-time out pagkalipas ng %n segundo). Susubukang muli ng TutorDesk.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>Hindi mapatunayan ng server ng distrito sa %1 kung sino ito (hindi tinanggap ang security certificate nito), kaya walang naipadala. Hilingin sa IT ng distrito na suriin ang certificate ng server.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>Nabigo ang pagpapadala sa %1 (%2). Susubukang muli ng TutorDesk.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>Tinanggihan ng server ng distrito ang sync token (%1): suriin ito sa Mga Setting ▸ Sync sa distrito.</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>Hindi kilala ng server ng distrito ang address na ito (hindi natagpuan ang %1 sa %2): suriin ang address at ang code ng paaralan sa Mga Setting ▸ Sync sa distrito.</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>Masyadong malaki ang pakete para sa server ng distrito (413): hilingin sa IT ng distrito na tumanggap ng mas malalaking upload.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>Nagkaproblema ang server ng distrito (%1); susubukang muli ng TutorDesk.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>Hindi tinanggap ng server ng distrito sa %1 ang pakete (sumagot ito ng %2). Susubukang muli ng TutorDesk; kung magpapatuloy ito, sabihan ang IT ng distrito.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>Ibigay ang una at huling araw na wala ang tutor.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>Ang huling araw na wala (%1) ay bago ang una (%2): pagpalitin ang mga ito.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>Walang tutor na %1 (maaaring inalis na). I-reload ang pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>Hindi ma-save ang pagliban sa %1: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>Wala na ang pagliban na iyon (maaaring binawi na). I-reload ang pahina.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>Hindi mabawi ang pagliban sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>Petsa ng background check</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>Balido ang background check hanggang</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>Petsa ng TB test</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>Balido ang TB test hanggang</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>Magdagdag ng Tutor</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>I-edit si %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>Pool ng mga kapalit: hindi nakatalaga sa mga grupo, iniaalok kapag wala ang isang tutor</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>Uri ng tutor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superbisor</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apelyido:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Uri:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepono:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ka&amp;tayuan:</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>S&amp;uperbisor:</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Mga asignatura:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>Mga clearance</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>&amp;Background check noong:</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>Balido ang background check &amp;hanggang:</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>&amp;TB test noong:</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>Balido ang TB test ha&amp;nggang:</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>Mga &amp;wikang sinasalita ng tutor</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>Mga wikang sinasalita ng tutor</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>Lagyan ng tsek ang bawat wikang kayang gamitin ng tutor sa mga mag-aaral at pamilya</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>Kailan makapagtuturo ang tutor bawat linggo</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>Ano ang babaguhin bago i-save</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>Nagtuturo ng %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Hindi mabasa ang mga superbisor: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>Hindi ma-save ang tutor: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>Isulat ang availability bilang mga araw at oras, mga window na pinaghihiwalay ng semicolon: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (gumagana rin ang Mon-Fri at Mon/Wed).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>Ang &quot;%1&quot; ay hindi araw at oras.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>May oras ang &quot;%1&quot; na hindi oras ng araw (00:00 hanggang 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>Ang &quot;%1&quot; ay hindi saklaw ng mga weekday. Isulat ang Mon, Tue, Wed, Thu, Fri, Sat o Sun (o ang buong pangalan), o saklaw gaya ng Mon-Fri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>Ang &quot;%1&quot; ay hindi weekday. Isulat ang Mon, Tue, Wed, Thu, Fri, Sat o Sun (o ang buong pangalan).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>Walang binabanggit na weekday ang &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>Ang &quot;%1&quot; ay hindi superbisor na kilala ng TutorDesk. Isulat ang kanyang pangalan at apelyido (o ang kanyang id) at idaragdag siya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>Ang &quot;%1&quot; ay magiging superbisor bilang %2 na idinagdag ng file na ito; hanggang %3 lamang ang naidaragdag ng isang import. Suriin ang column, o magdagdag muna ng mga superbisor sa pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>Walang column ng pangalan ang file. Pangalanan ang column ng mga pangalan na &quot;First name&quot; (nasa unang linya ng file ang mga pangalan ng column).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>Walang column ng apelyido ang file. Pangalanan ang column ng mga apelyido na &quot;Last name&quot; (nasa unang linya ng file ang mga pangalan ng column).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>Nawawala ang pangalan. Ilagay ang pangalan ng tutor.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>Nawawala ang apelyido. Ilagay ang apelyido ng tutor.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>Nasa linya %2 din si %1. Ilista nang isang beses ang bawat tutor: alisin ang isa sa dalawang linya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi uri ng tutor. Isulat ang isa sa: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>Ang &quot;%1&quot; ay hindi katayuan. Isulat ang isa sa: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>Ang &quot;%1&quot; ay hindi asignatura. Isulat ang isa o higit pa sa: %2, na pinaghihiwalay ng semicolon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>Ang &quot;%1&quot; ay hindi wikang kilala ng TutorDesk. Isulat ang code (es, ko, vi) o pangalan sa Ingles (Spanish, Korean, Vietnamese).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>Ang &quot;%1&quot; ay hindi petsa. Isulat ito bilang YYYY-MM-DD (2026-08-01) o M/D/YYYY (8/1/2026).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Magdaragdag ng %n superbisor: %1.</numerusform>
            <numerusform>Magdaragdag ng %n superbisor: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Nagdagdag ng %n superbisor: %1.</numerusform>
            <numerusform>Nagdagdag ng %n superbisor: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Nilaktawan ang %n linyang walang halaga sa anumang column.</numerusform>
            <numerusform>Nilaktawan ang %n linyang walang halaga sa anumang column.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Mga column na hindi binasa: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linya %2: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>Hindi ma-save ang mga tutor sa %1 sa %2: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 hanggang %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>Markahang Wala ang Tutor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sino ang wala, at kailan?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Hindi mabasa ang mga tutor: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>May sakit, personal na araw, training…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Mula:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hanggang:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Dahilan:</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>Susunod, ililista ng TutorDesk ang kanyang mga sesyon sa mga araw na ito at magmumungkahi ng bakante at may clearance na kapalit o oras ng make-up para sa bawat isa.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Desisyon</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>Mga sesyong kailangan ng kapalit</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bumalik</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Susunod &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ilapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>Ang huling araw ay bago ang una: baguhin ang isa sa mga ito.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Hindi mabasa ang mga sesyon: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>Walang sesyon si %1 sa mga araw na ito.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>Sine-save ng Ilapat ang pagliban (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>Wala si %1 %2. %n sesyon ang nangangailangan ng desisyon: magmumungkahi ang TutorDesk para sa bawat isa; baguhin ang anumang gusto ninyo, saka i-click ang Ilapat.</numerusform>
            <numerusform>Wala si %1 %2. %n sesyon ang nangangailangan ng desisyon: magmumungkahi ang TutorDesk para sa bawat isa; baguhin ang anumang gusto ninyo, saka i-click ang Ilapat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>Na-save ang pagliban ni %1, pero hindi ang mga desisyon: %2 Baguhin ang desisyong iyon at i-click muli ang Ilapat.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n sesyon ang pinalitan ng kapalit</numerusform>
            <numerusform>%n sesyon ang pinalitan ng kapalit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n ang kinansela na may make-up</numerusform>
            <numerusform>%n ang kinansela na may make-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n ang kinansela</numerusform>
            <numerusform>%n ang kinansela</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>Wala si %1 %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of what was done</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorTableModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cleared until %1</source>
        <translation>May clearance hanggang %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Mag-e-expire ngayong araw</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Mag-e-expire sa loob ng %n araw</numerusform>
            <numerusform>Mag-e-expire sa loob ng %n araw</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Nag-expire noong %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>hindi naitala</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>Background check: %1, balido hanggang %2
TB test: %3, balido hanggang %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Wala</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Mga asignatura</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Mga wika</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superbisor</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Mga grupo</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>Minuto bawat linggo</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>Sertipikadong guro</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>Paraprofessional</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>Estudyante sa kolehiyo</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>Retiradong edukador</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>Tutor mula sa komunidad</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>Vendor (virtual)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktibo</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>Pool ng mga kapalit</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Hindi aktibo</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tutors</name>
    <message>
        <source>%1 still leads %2. Give %3 another tutor first.</source>
        <translation>Pinamumunuan pa ni %1 ang %2. Bigyan muna ang %3 ng ibang tutor.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>Wala na ang superbisor na pinili para kay %1. Pumili ng ibang superbisor.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>May ibang tutor na may id na %1. Bigyan si %2 ng ibang id.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>Wala na si %1 sa listahan ng tutor (maaaring may nag-alis sa kanya). I-reload ang pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>Mag-e-expire ang %2 ni %1 sa %3, bago pa ito ginawa (%4): suriin ang dalawang petsa.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>Ilagay ang pangalan ng tutor.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Ilagay ang apelyido ni %1.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>Uri: ang &quot;%1&quot; ay hindi uri ng tutor. Pumili ng isa sa: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>Katayuan: ang &quot;%1&quot; ay hindi katayuan. Pumili ng isa sa: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>Mga asignatura: pumili ng kahit isang asignaturang kayang ituro ni %1 (reading, math, writing o iba pa).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>Mga asignatura: ang &quot;%1&quot; ay hindi asignatura. Pumili ng reading, math, writing o iba pa.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>Mga wika: alisin ang walang lamang wika.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>Availability: ang %1 ay hindi weekday (1 = Lunes … 7 = Linggo).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>Availability sa %1: ilagay ang oras ng simula at oras ng pagtatapos.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>Availability sa %1: ang %2–%3 ay natatapos bago ito magsimula. Gawing mas huli ang pagtatapos kaysa sa simula.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>Availability sa %1: nagsasapawan ang %2–%3 at %4–%5. Pagsamahin ang mga ito sa iisang window o ilipat ang isa.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>background check</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>TB test</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>Hindi ma-save si %1 sa %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>Ang &quot;%1&quot; ay hindi katayuan ng tutor. Pumili ng aktibo, kapalit o hindi aktibo.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>Wala na ang tutor na iyon sa listahan ng tutor. I-reload ang pahina ng Mga Tutor.</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>Hindi mabago ang katayuan ng tutor sa %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>&amp;Magdagdag ng Tutor…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>I-e&amp;dit…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>Markahang &amp;Hindi Aktibo</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>Markahang &amp;Wala…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Mag-i&amp;mport…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>Mga tutor ayon sa katayuan</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>Magdagdag ng tutor kasama ang kanyang mga asignatura, wika, oras at clearance</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>Baguhin ang napiling tutor (double-click o Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>Alisin ang napiling tutor sa roster, o ibalik siya</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>Wala ang napiling tutor: punan o kanselahin ang kanyang mga sesyon</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>Ipasok ang mga tutor mula sa spreadsheet na naka-save bilang CSV</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Mga Tutor</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>Maghanap ng Tutor</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Mga na-import na tutor: %1 bago, %2 binago, %3 walang pagbabago.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>I&amp;pakita:</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>Ipakita ang mga tutor</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Lahat ng tutor</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>Maghanap ayon sa pangalan, asignatura, wika o superbisor</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Maghanap ng tutor</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>I-type ang bahagi ng pangalan, email, asignatura, wika o superbisor (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Hindi mabasa ang mga tutor: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 aktibo · %3 sa pool ng mga kapalit</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n tutor</numerusform>
            <numerusform>%n tutor</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>Wala pang tutor. Idagdag ang inyong mga tutor o i-import sila mula sa spreadsheet.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>Walang tutor na tugma sa paghahanap o filter. Burahin ang paghahanap o ipakita ang lahat ng tutor.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>Gawing Ak&amp;tibo</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Naidagdag si %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Na-save si %1.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>Hindi mabago ang tutor: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>Aktibo muli si %1.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>Hindi aktibo si %1 at hindi na iniaalok para sa mga grupo o bilang kapalit.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>Mag-import ng mga Tutor</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>%n tutor ang nabasa.</numerusform>
            <numerusform>%n tutor ang nabasa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 sa file: %2 bago, %3 binago, %4 walang pagbabago.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>Ayon sa Setting ng Computer</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · ID %2 · naghihintay ng puwesto sa %3</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Baitang</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Iskor ng pangangailangan</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>Mga palatandaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ Kailangan ng kapalit</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>minimum day · its reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>group, when, who teaches</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <comment>day header</comment>
        <translation>%1 (ngayon)</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewDocument</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Hindi dumadalo</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Dumadalo, hindi umuunlad</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 at %n pa</numerusform>
            <numerusform>%1 at %n pa</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>wala ang tutor</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>kaganapan ng paaralan</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>lagay ng panahon</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>kaganapan ng mag-aaral</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>ibang dahilan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Naidaos</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>Mga make-up na naidaos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kinansela</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>Wala pang pagdalo</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>Walang naka-set up na superbisor o tutor.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — lampas sa kapasidad</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superbisor</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Mga tutor</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>Makakapag-coach</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>%n pang superbisor ang nasa loob ng kapasidad.</numerusform>
            <numerusform>%n pang superbisor ang nasa loob ng kapasidad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>%n tutor na walang superbisor: %1.</numerusform>
            <numerusform>%n tutor na walang superbisor: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>at %n pa</numerusform>
            <numerusform>at %n pa</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(isang sesyon)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mag-aaral</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aksiyon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>Lingguhang pagsusuri ng operasyon — %1 — linggo ng %2</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>Hindi pa nagsisimula ang linggong ito: wala pang mabibilang.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>Mga numero mula %1 hanggang %2 (hindi pa tapos ang linggo).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>Mga numero mula %1 hanggang %2.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>Wala pang nakuhang pagdalo ngayong linggo (nakaraang linggo %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>Walang nakuhang pagdalo ngayong linggo o noong nakaraang linggo.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>%1 sa %2 sesyon ng mag-aaral ang dinaluhan</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>Pagdalo %1 (%2; walang nakuha noong nakaraang linggo).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>tumaas nang %n punto</numerusform>
            <numerusform>tumaas nang %n punto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>bumaba nang %n punto</numerusform>
            <numerusform>bumaba nang %n punto</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>walang pagbabago</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>Pagdalo %1 (nakaraang linggo %2, %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sesyon ang naidaos</numerusform>
            <numerusform>%n sesyon ang naidaos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(%n sa mga ito ay make-up)</numerusform>
            <numerusform>(%n sa mga ito ay make-up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n ang kinansela</numerusform>
            <numerusform>, %n ang kinansela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>; %n nakaraang sesyon ang wala pang pagdalo</numerusform>
            <numerusform>; %n nakaraang sesyon ang wala pang pagdalo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Kinansela: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>Fill rate %1: %2 sa %n aktibong grupo ang may aktibong tutor na may clearance para magtrabaho.</numerusform>
            <numerusform>Fill rate %1: %2 sa %n aktibong grupo ang may aktibong tutor na may clearance para magtrabaho.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n sesyon ang pinalitan ng kapalit</numerusform>
            <numerusform>%n sesyon ang pinalitan ng kapalit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>; %n tutor ang wala ngayong linggo.</numerusform>
            <numerusform>; %n tutor ang wala ngayong linggo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>Walang mag-aaral na may flag na hindi dumadalo o dumadalo pero hindi umuunlad.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 ang hindi dumadalo; %2 ang mahusay dumalo pero hindi umuunlad.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n mag-aaral</numerusform>
            <numerusform>%n mag-aaral</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>%1 ang sinubukan, %2 ang nakausap (%3); %4 ang naipadala.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n pakikipag-ugnayan sa pamilya</numerusform>
            <numerusform>%n pakikipag-ugnayan sa pamilya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>mga pamilya ng %n mag-aaral</numerusform>
            <numerusform>mga pamilya ng %n mag-aaral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n liham</numerusform>
            <numerusform>%n liham</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>Walang aksiyon ng protocol na lampas na sa takdang petsa.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>%n aksiyon ng protocol ang lampas na sa takdang petsa; ang pinakaluma:</numerusform>
            <numerusform>%n aksiyon ng protocol ang lampas na sa takdang petsa; ang pinakaluma:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>%n aksiyon ng protocol ang lampas na sa takdang petsa:</numerusform>
            <numerusform>%n aksiyon ng protocol ang lampas na sa takdang petsa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pagdalo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga sesyon</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>Walang tutor: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>Mga tutor bawat superbisor</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>Pakikipag-ugnayan sa pamilya</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>Mga progress flag</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Mga aksiyong lampas na sa takdang petsa</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>Walang tutor: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: %2 tutor, makakapag-coach ng %3 — lampas sa kapasidad</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: %2 tutor, makakapag-coach ng %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n tutor na walang superbisor: %1</numerusform>
            <numerusform>%n tutor na walang superbisor: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, takdang petsa %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ &amp;Nakaraang Linggo</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Ngayong &amp;Linggo</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>&amp;Susunod na Linggo ▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I-p&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>I-&amp;save bilang PDF…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>I-print ang pagsusuri sa isang pahina para sa lingguhang pulong</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>I-save ang pagsusuri bilang isang-pahinang PDF</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Linggo ng %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Hindi mabasa ang pagsusuri: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Lingguhang pagsusuri %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>Maligayang pagdating sa TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>Patakbuhin ang programa ng tutoring ng inyong paaralan ayon sa pangangailangan: sino ang makakakuha ng puwesto, sino ang magtuturo sa kanila at kailan, at kung ito ay epektibo.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Paano ninyo gustong magsimula?</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>&amp;I-set up ang aking paaralan</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>Ilagay ang pangalan ng inyong paaralan, ang code nito at ang mga petsa ng taong-panuruan. Isang minuto lamang ito.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Magbukas ng umiiral na database…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>Magbukas ng TutorDesk file (.tutordesk), halimbawa ay kinopya mula sa ibang computer o isang backup.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>&amp;Subukan ang isang demo na paaralan</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>Subukan ang TutorDesk sa isang gawa-gawang paaralan na may mga 600 mag-aaral. Hiwalay na itinatago ang data ng sarili ninyong paaralan.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>Itinatago ng TutorDesk ang data ng inyong paaralan sa iisang file sa computer na ito at gumagana ito nang walang koneksiyon sa internet.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
</context>
</TS>
