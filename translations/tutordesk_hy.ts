<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>Տվյալների բազա բացված չէ։</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Դպրոց՝&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Տվյալների բազա՝&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Տվյալների տարբերակ՝&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Ինտենսիվ կրկնուսուցում՝ ըստ կարիքի. ով է տեղ ստանում, ով և երբ է նրան պարապում, ով է ներկա եղել, և արդյոք դա արդյունք է տալիս։&lt;/p&gt;%2&lt;p&gt;Ստեղծված է Qt %3-ով (աշխատում է Qt %4-ով)։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>TutorDesk-ի մասին</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>Ընտրված գործողություն</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Ընտանիք</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Անցկացված պարապմունքներ</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>Գրանցել կապը…(&amp;L)</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>Գրանցեք զանգը, հաղորդագրությունը կամ այցը. պահպանելով՝ գործողությունը կլուծվի</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>Նշանակել լրացուցիչ պարապմունք…(&amp;M)</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>Լրացուցիչ պարապմունք այս աշակերտի համար</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>Դադարեցնել և առաջարկել տեղը…(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>Դադարեցնել տեղը և առաջարկել այն սպասման ցուցակի առաջինին</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>Գտնել փոխարինող…(&amp;C)</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>Բացել պարապմունքը «Ժամանակացույց» էջում</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>Գրել նամակ…(&amp;W)</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>Տպել կամ պահպանել բաց թողնված պարապմունքի մասին նամակ ընտանիքի լեզվով. այն գրանցվում է որպես կապ</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Կատարված է…(&amp;D)</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>Նշել գործողությունը որպես կատարված՝ նշումով</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>Անհրաժեշտ չէ…(&amp;N)</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>Նշել գործողությունը որպես ոչ անհրաժեշտ՝ պատճառը նշելով</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>Գործողություն ընտրված չէ</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>Ձախից ընտրեք գործողություն՝ ընտանիքը և այն լուծելու եղանակը տեսնելու համար։</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>Խնամակալ գրանցված չէ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Ընտանիք՝ %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Հեռախոս՝ %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>գրանցված չէ</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Լեզու՝ %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Նախընտրում է՝ %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Էլ. փոստ՝ %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>Չափաբաժինը հնարավոր չեղավ կարդալ՝ %1</translation>
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
        <translation>Ցուցադրական դպրոցը հնարավոր չեղավ ստեղծել։ %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>Բացել TutorDesk-ի տվյալների բազա</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>TutorDesk-ի տվյալների բազաներ (*.%1);;Բոլոր ֆայլերը (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>Աշակերտի տվյալները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>Գնահատումներ — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Առարկա</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>Հմտություն կամ թեստ</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Փուլ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Միավոր</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>Տեղաբաշխում, խումբ կամ նշումներ</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Գնահատումների պատմություն</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>Հեռացնել ընտրվածը…(&amp;R)</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>Հեռացնել սխալմամբ մուտքագրված գնահատումը։</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>Կրկնուսույցի դիտարկում(&amp;O)</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>Աշակերտի վստահություն(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>Չափորոշիչային թեստ(&amp;B)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Խումբ չկա</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>Աշակերտի խմբերը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Գնահատական չկա</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — սկսնակ</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — զարգացող</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — կայուն</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — ինքնուրույն</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ամսաթիվ՝</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Խումբ՝</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Գնահատական՝</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Նշումներ՝</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>Գրանցել դիտարկումը</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — բոլորովին վստահ չէ</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — մի փոքր վստահ է</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — որոշ չափով վստահ է</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — վստահ է</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — շատ վստահ է</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>Որքան վստահ է իրեն զգում աշակերտը՝</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>Գրանցել գնահատականը</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>օր.՝ i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>օր.՝ 2 դասարանով ցածր</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>Քանի դասարանով է ցածր իր դասարանից. բացասական, երբ բարձր է։</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Առարկա՝</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Թեստ՝</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Փուլ՝</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>Սանդղակային միավոր՝</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Տեղաբաշխում՝</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>Քանի դասարանով ցածր՝</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>Գրանցել թեստը</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>Գնահատումները հնարավոր չեղավ կարդալ՝ %1</translation>
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
        <translation>Դիտարկումը չգրանցվեց՝ %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>Դիտարկումը գրանցվեց %1-ի համար։</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>Գնահատականը չգրանցվեց՝ %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>Գրանցվեց վստահություն՝ %1՝ 5-ից։</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>Չափորոշիչային թեստը չգրանցվեց՝ %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>%1 չափորոշիչային թեստը գրանցվեց։</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1՝ %2-ից (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>Հեռացնե՞լ գնահատումը</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>Հեռացնե՞լ %1-ը։ Արեք դա միայն սխալմամբ մուտքագրվածի համար։</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>Գնահատումը հեռացվեց։</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>Ինչ է տեսել կրկնուսույցը, օր.՝ «Օգտագործում է զանգվածներ 6×7-ի համար առանց հուշման»</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>Հմտության ստուգում</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Չափորոշիչային թեստ</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>Կրկնուսույցի դիտարկում</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Վստահություն</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Նախնական</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ընթացիկ</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Վերջնական</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>Տարվա սկիզբ</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>Տարվա կես</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Տարվա վերջ</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>%1 աշակերտ չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>Ընտրեք գնահատման օրը։</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1-ը ապագայում է։ Մուտքագրեք գնահատումը դրա օրը կամ դրանից հետո։</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>%1 խումբ չկա (հնարավոր է՝ հեռացվել է)։ Ընտրեք այլ խումբ։</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>Գնահատումը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>Գրեք, թե ինչ է դիտարկել կրկնուսույցը. դիտարկումը պետք է նշումներ ունենա։</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>Դիտարկման գնահատականը %1 է. այն պետք է լինի 1-ից 4 կամ բացակայի։</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>Վստահության գնահատականը %1 է. այն պետք է լինի 1-ից (բոլորովին) 5 (շատ)։</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>Ընտրեք թեստի առարկան։</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>Նշեք թեստի անվանումը, օր.՝ i-Ready Diagnostic։</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>Ընտրեք թեստի փուլը՝ տարվա սկիզբ, կես կամ վերջ։</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>%1 սանդղակային միավորը 0-ից ցածր է։ Ստուգեք արդյունքների հաշվետվությունը։</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>«Քանի դասարանով ցածր»-ը %1 է. այն պետք է լինի -3-ից (դասարանից բարձր) մինչև 12։</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>Այդ գնահատումն արդեն չկա (հնարավոր է՝ ինչ-որ մեկը հեռացրել է)։ Վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>Գնահատումը հնարավոր չեղավ հեռացնել %1-ից՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1-ը ներկա է եղել %2-ին. ներկա գտնվելու րոպեները պետք է լինեն 1-ից %3, ոչ թե %4։</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>%1-ը տևում է ընդամենը %2 րոպե. գրանցեք %3-ին որպես ներկա կամ բացակա։</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1-ը ուշացել է %2-ից. նշեք ներկա գտնվելու րոպեները (1-ից %3)։</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1-ը ուշացել է %2-ից. ներկա գտնվելու րոպեները պետք է լինեն 1-ից %3, ոչ թե %4 (բոլոր %5 րոպեին մասնակցած աշակերտը ներկա է)։</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1-ը %2-ին է. հաճախումը կարելի է նշել այդ օրվանից սկսած։</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>%1-ը չեղարկվել է. չեղարկված պարապմունքը հաճախում չունի։ Նախ վերականգնեք այն «Ժամանակացույց» էջում, կամ գրանցեք աշակերտներին լրացուցիչ պարապմունքում։</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>%1 աշակերտ չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք հաճախումների թերթիկը։</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1-ը %2-ի թերթիկում չէ. այնտեղ կարելի է գրանցել միայն խմբի աշակերտներին (կամ այն աշակերտներին, ում համար է լրացուցիչ պարապմունքը)։</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>%1-ը երկու անգամ է նշված %2-ի համար. թողեք մեկ նշում։</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1-ն արդեն անցել է. գրանցվածը փոխելու համար պետք է պատճառ, որը աուդիտի մատյանը պահում է՝ ով և երբ է փոխել։ Նշեք փոփոխության պատճառը։</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>պարապմունք %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>%1 պարապմունք չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք ժամանակացույցը։</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>%1-ի հաճախումը հնարավոր չեղավ պահպանել %2-ում՝ %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>Այս դպրոցում «%1» պարապմունք չկա։ `tutordesk-cli schedule --json` հրամանը ցույց է տալիս դրանք։</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>Այս դպրոցում «%1» աշակերտ չկա. նշեք աշակերտի շրջանային id-ն։</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>Բոլորը ներկա են(&amp;A)</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>Նշել հաճախումը</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>Անցած հմտություն</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>Ինչի վրա է աշխատել պարապմունքը</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Փոփոխության պատճառ</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>Պարտադիր է. ինչու է փոխվում այս անցած գրառումը (պահվում է աուդիտի մատյանում)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>Անցած հմտություն(&amp;K)՝</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>Փոփոխության պատճառ(&amp;R)՝</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Խնդիր</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>Պահպանել հաճախումը (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>Նշել դեռ չնշված բոլոր աշակերտներին որպես ներկա (թերթիկում A կամ %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Պարապմունք</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; ներկա · &lt;b&gt;T&lt;/b&gt; ուշացած, ապա րոպեները · &lt;b&gt;E&lt;/b&gt; բացակա, հարգելի · &lt;b&gt;U&lt;/b&gt; բացակա, անհարգելի&lt;br&gt;&lt;b&gt;A&lt;/b&gt; մնացած բոլորը ներկա · &lt;b&gt;Space&lt;/b&gt; բացակա դպրոցից · &lt;b&gt;%1&lt;/b&gt; պահպանել</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ստեղներ</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>Պարապմունքի հաճախումը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>Այս պարապմունքն այլևս գոյություն չունի։ Փակեք այս պատուհանը և ընտրեք այլ պարապմունք։</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;Պարապմունք չկա&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>Հաճախում — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1՝ %2-ին փոխարինելով</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>սենյակը նշված չէ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;Թիրախային հմտություն՝ %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>Այս պարապմունքին ոչ ոք սպասված չէ. խումբն այդ օրը աշակերտներ չունի։</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>Նախ նշեք աշակերտներին՝ P ներկա, T ուշացած, E հարգելի, U անհարգելի։</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>Սա փոխում է անցած պարապմունքի արդեն գրանցված հաճախումը. նշեք փոփոխության պատճառը։ Աուդիտի մատյանը կպահի այն։</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>Չեղարկե՞լ հաճախումը</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>Այս պարապմունքի համար Ձեր մուտքագրած հաճախումը դեռ պահպանված չէ։</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>Չեղարկեք այն, կամ վերադարձեք և պահպանեք %1-ով։</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n ներկա</numerusform>
            <numerusform>%n ներկա</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n ուշացած</numerusform>
            <numerusform>%n ուշացած</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n բացակա</numerusform>
            <numerusform>%n բացակա</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>%1-ի հաճախումը թարմացվեց՝ %2։</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>%1-ի հաճախումը պահպանվեց՝ %2։</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>%n հետագա գործողություն է սպասվում։</numerusform>
            <numerusform>%n հետագա գործողություն է սպասվում։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>%n հետագա գործողություն այլևս անհրաժեշտ չէ։</numerusform>
            <numerusform>%n հետագա գործողություն այլևս անհրաժեշտ չէ։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>Ներկա գտնվելու րոպեներ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>Շրջանային id %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>Այդ օրը բացակա է դպրոցից, ոչ միայն կրկնուսուցումից (Space)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P ներկա · T ուշացած · E բացակա, հարգելի · U բացակա, անհարգելի</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Մուտքագրեք րոպեները</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>Ներկա գտնվելու րոպեներ՝ պարապմունքի %n րոպեից պակաս</numerusform>
            <numerusform>Ներկա գտնվելու րոպեներ՝ պարապմունքի %n րոպեից պակաս</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>Ներկա գտնվելու րոպեներ (պարապմունքի տևողությունը, եթե աշակերտը շուտ չի հեռացել)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Րոպեներ</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>Բացակա դպրոցից</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Հաճախումների թերթիկ</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P ներկա · T ուշացած (ապա մուտքագրեք րոպեները) · E բացակա, հարգելի · U բացակա, անհարգելի
A՝ բոլոր չնշվածները ներկա են · Space՝ բացակա դպրոցից · Ctrl+Enter՝ պահպանել</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>Մուտքագրեք րոպեները</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>Ներկա</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>Ուշացած</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Բացակա, հարգելի</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>Բացակա, անհարգելի</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>Ավելացնել ժամ(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>Հեռացնել ժամը(&amp;M)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Օր</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Շաբաթական հասանելիություն</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>Ավելացնել օր և ժամերը, երբ կրկնուսույցը կարող է պարապել</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Հեռացնել ընտրված տողը</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Հասանելի է սկսած</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Հասանելի է մինչև</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>Այս տվյալների բազայում դեռ դպրոց չկա, ուստի արտահանելու բան չկա։ Նախ ստեղծեք դպրոցը (Կարգավորումներ ▸ Դպրոց)։</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>Արտահանումը խնդրվել է առանց ժամանակի։ Սա TutorDesk-ի սխալ է. խնդրում ենք տեղեկացնել այդ մասին։</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>Փաթեթը հնարավոր չեղավ պատրաստել. տվյալների բազան մերժեց (%1)։ Ելքային հերթում ոչինչ չդրվեց. փորձեք կրկին, և եթե սխալը կրկնվի, ստուգեք սկավառակը։</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>Արտահանումը չեղարկվեց։ Ելքային հերթում ոչինչ չդրվեց։</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>Փաթեթի zip-ը հնարավոր չեղավ գրել (հիշողությունը չի՞ բավարարում)։ Փակեք այլ ծրագրերը և կրկին արտահանեք։</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>Առաջին օր</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Վերջին օր</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>Ավելացնել ոչ աշխատանքային օր</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>Խմբագրել օրացույցի օրերը</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Օրվա տեսակ</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>Տոներին, արձակուրդներին և ոչ ուսումնական օրերին պարապմունքներ չկան. կրճատ օրերին դրանք ավելի կարճ են</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Նկարագրություն</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>օր.՝ Վետերանների օր, Ձմեռային արձակուրդ, Ծնողական հանդիպումներ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Տեսակ(&amp;K)՝</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Նկարագրություն(&amp;D)՝</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1-ից %2 (%n օր)</numerusform>
            <numerusform>%1-ից %2 (%n օր)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>Փոփոխվող օրերը</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Օրեր՝</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Սկսած(&amp;F)՝</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Մինչև(&amp;T)՝</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>Քանի դպրոցական օր է սա ընդգրկում</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>Այս միջակայքում աշխատանքային օրեր չկան. շաբաթ-կիրակին երբեք դպրոցական օրեր չեն։</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>Ընդգրկում է %n աշխատանքային օր. շաբաթ-կիրակին բաց են թողնվում։</numerusform>
            <numerusform>Ընդգրկում է %n աշխատանքային օր. շաբաթ-կիրակին բաց են թողնվում։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Օր</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Նկարագրություն</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>Ցուցակի օրերից մեկը ամսաթիվ չունի։ Մուտքագրեք ամսաթիվը։</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1-ը ուսումնական տարուց դուրս է (%2-ից %3)։ Ընտրեք տարվա մեջ գտնվող օր կամ նախ փոխեք տարվա ամսաթվերը։</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1-ը հանգստյան օր է. օրացույցը ներառում է միայն աշխատանքային օրեր։ Ընտրեք աշխատանքային օր։</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1՝ ընտրեք դպրոցական օր, կրճատ օր, տոն, արձակուրդ կամ ոչ ուսումնական օր։</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>Ուսումնական տարի դեռ չկա։ Նախ կարգավորեք դպրոցը, ապա՝ դրա օրացույցը։</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>Օրացույցը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>Կրճատ օրվա պարապմունքները կարող են տևել %1-ից %2 րոպե, ոչ թե %3։ Փոխեք րոպեները։</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>Կրճատ օրվա տևողությունը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>Դեռ չկա ուսումնական տարի, որի մեջ հնարավոր լինի ներմուծել %1-ը։ Նախ կարգավորեք դպրոցը։</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>Ֆայլը ամսաթվի սյունակ չունի։ Օրերի սյունակն անվանեք &quot;Date&quot; (ֆայլի առաջին տողը պարունակում է սյունակների անունները)։</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>Ֆայլը տեսակի սյունակ չունի։ Ավելացրեք &quot;Kind&quot; սյունակ, որտեղ յուրաքանչյուր տողի համար նշված է holiday, break, minimum day, non-instructional կամ instructional։</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>ուսումնական տարին %1-ից %2 է</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>Ամսաթիվը բացակայում է։ Մուտքագրեք օրը YYYY-MM-DD (2026-11-11) կամ M/D/YYYY (11/11/2026) ձևով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>«%1»-ը ամսաթիվ չէ։ Գրեք այն YYYY-MM-DD (2026-11-11) կամ M/D/YYYY (11/11/2026) ձևով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>«%1»-ը ամսաթիվ չէ։ Գրեք միջակայքի վերջին օրը YYYY-MM-DD կամ M/D/YYYY ձևով, կամ թողեք դատարկ՝ մեկ օրվա համար։</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>Միջակայքն ավարտվում է (%1) նախքան սկսվելը (%2)։ Փոխատեղեք երկու ամսաթվերը։</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>Օրվա տեսակը բացակայում է։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>«%1»-ը օրվա տեսակ չէ։</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>Գրեք holiday, break, minimum day, non-instructional կամ instructional։</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1-ը ուսումնական տարուց դուրս է (%2)։ Ուղղեք ամսաթիվը կամ հեռացրեք տողը։</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1-ը հանգստյան օր է. օրացույցը ներառում է միայն աշխատանքային օրեր։ Ուղղեք ամսաթիվը կամ հեռացրեք տողը։</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Բաց թողնվեց %n տող, որոնց ոչ մի սյունակում արժեք չկա։</numerusform>
            <numerusform>Բաց թողնվեց %n տող, որոնց ոչ մի սյունակում արժեք չկա։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>Միջակայքերի ներսում բաց թողնվեց %n հանգստյան օր. շաբաթ-կիրակին երբեք դպրոցական օրեր չեն։</numerusform>
            <numerusform>Միջակայքերի ներսում բաց թողնվեց %n հանգստյան օր. շաբաթ-կիրակին երբեք դպրոցական օրեր չեն։</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>Ֆայլը պիտակի սյունակ չունի, ուստի օրերն անուններ չունեն։ Ավելացրեք &quot;Label&quot; սյունակ (&quot;Veterans Day&quot;)՝ դրանք օրացույցում ցույց տալու համար։</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1-ը հնարավոր չեղավ ներմուծել՝ %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>Պարապմունքներ՝ %1-ից սկսած. %2 ավելացված, %3 հեռացված, %4 փոփոխված։</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>Ուսումնական տարին՝ ամիս առ ամիս</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>Ավելացնել ոչ աշխատանքային օր…(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Խմբագրել…(&amp;D)</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>Դարձնել դպրոցական օր(&amp;S)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Ներմուծել…(&amp;M)</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>Այս տարվա դպրոցական օրերը</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>Ավելացնել տոն, արձակուրդ, կրճատ օր կամ ոչ ուսումնական օր</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>Փոխել ընտրված օրերի տեսակը կամ նկարագրությունը (կրկնակի սեղմում կամ Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>Ընտրված օրերը կրկին դարձնել սովորական դպրոցական օրեր. դրանց պարապմունքները վերադառնում են</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>Ներբեռնել Ձեր շրջանի ուղարկած օրացույցը՝ պահպանված որպես CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Օրացույց</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>Տոներ, արձակուրդներ և կրճատ օրեր</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>Օրացույցը ներմուծվեց՝ %n նոր օր, %1 փոփոխված, %2 անփոփոխ։ Այսօրվանից սկսած պարապմունքները հետևում են դրան։</numerusform>
            <numerusform>Օրացույցը ներմուծվեց՝ %n նոր օր, %1 փոփոխված, %2 անփոփոխ։ Այսօրվանից սկսած պարապմունքները հետևում են դրան։</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Օրացույցը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n դպրոցական օր</numerusform>
            <numerusform>%n դպրոցական օր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n տոնական և արձակուրդային օր</numerusform>
            <numerusform>%n տոնական և արձակուրդային օր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n կրճատ օր</numerusform>
            <numerusform>%n կրճատ օր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n ոչ ուսումնական օր</numerusform>
            <numerusform>%n ոչ ուսումնական օր</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>Ուսումնական տարի դեռ չկա։ Կարգավորեք Ձեր դպրոցը՝ նշելով տարվա առաջին և վերջին օրը, ապա ավելացրեք դրա տոները այստեղ։</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>Տոներ կամ արձակուրդներ դեռ չկան։ Ավելացրեք Ձեր ոչ աշխատանքային օրերը կամ ներմուծեք Ձեր շրջանի ուղարկած օրացույցը։</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>Ոչինչ չպահպանվեց. ընտրված բոլոր ամսաթվերը հանգստյան օրեր են։</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Օրացույցը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Ներմուծել օրացույցը</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>Կարդացվեց %n տող։</numerusform>
            <numerusform>Կարդացվեց %n տող։</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>Ֆայլում՝ %1. %2 նոր, %3 փոփոխված, %4-ն արդեն օրացույցում է։ Այսօրվանից սկսած պարապմունքները կհետևեն նոր օրացույցին։</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n օր</numerusform>
            <numerusform>%n օր</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>Կիրառել(&amp;Y)</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>Տոն կամ արձակուրդ</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Կրճատ օր</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Ոչ ուսումնական օր</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Հանգստյան օր</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>Ընտրված օրը</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>Կրճատ օրվա պարապմունքները տևում են առավելագույնը(&amp;L)՝</translation>
    </message>
    <message>
        <source> min</source>
        <translation> րոպե</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>Կրճատ օրվա ամենաերկար պարապմունքը՝ րոպեներով</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>Ավելի երկար պարապմունքները կրճատ օրերին կրճատվում են մինչև այս տևողությունը</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>Կրճատել կամ երկարացնել կրճատ օրերի պարապմունքները՝ այսօրվանից սկսած</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>Տոներին, արձակուրդներին և ոչ ուսումնական օրերին պարապմունքներ չկան։ Յուրաքանչյուր փոփոխություն տեղափոխում է այսօրվանից սկսած պարապմունքները. արդեն անցկացված պարապմունքները և դրանց հաճախումը մնում են անփոփոխ։</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: kind of day</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>date: label (kind of day)</comment>
        <translation>%1՝ %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartBuilders</name>
    <message>
        <source>Week of</source>
        <translation>Շաբաթ՝ սկսած</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>Չեղարկված՝ կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>Չեղարկված՝ դպրոցական միջոցառում</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>Չեղարկված՝ եղանակ</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>Չեղարկված՝ աշակերտական միջոցառում</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>Չեղարկված՝ այլ պատճառ</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>Ստուգման արդյունքներ՝ %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>Ստուգման ամսաթիվ</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>% ստուգման առավելագույնից</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4՝ %5 միավորից · առավելագույնի %6%</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>Յուրացում (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>Ստացած րոպեներն ընդդեմ նախատեսվածի՝ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>րոպե (կուտակային)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Նախատեսված</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ստացած</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · մինչև %2
ստացվել է %3՝ նախատեսված %4 րոպեից</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>Հաճախումն ըստ շաբաթների՝ %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Անցկացված պարապմունքներ</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Հաճախած պարապմունքներ</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>պարապմունք</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · %2-ի շաբաթ
հաճախել է %3՝ անցկացված %4 պարապմունքից</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>Աճն ըստ աշակերտի %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>Աճ (վերջին − նախնական ստուգում)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (չափված չէ)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>աճ (ստուգման առավելագույնի տոկոսային կետեր)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1՝ չափված չէ (այս հմտության %n ստուգում. աճի համար պետք է երկուսը)</numerusform>
            <numerusform>%1՝ չափված չէ (այս հմտության %n ստուգում. աճի համար պետք է երկուսը)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1՝ %2 կետ (առավելագույնի %3%-ից մինչև %4%)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>, յուրացված</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>Անցկացված պարապմունքներն ընդդեմ նախատեսվածի՝ %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Անցկացված</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Դեռ նշված չէ</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>նախատեսված պարապմունքներ</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>%1-ի շաբաթ՝ նախատեսված %3 պարապմունքից անցկացվել է %2-ը</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n չեղարկված</numerusform>
            <numerusform>%n չեղարկված</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>%n լրացուցիչ պարապմունք անցկացված</numerusform>
            <numerusform>%n լրացուցիչ պարապմունք անցկացված</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>Չափաբաժին՝ կրկնուսուցման աշակերտներն ըստ ստացած րոպեների</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>Կրկնուսուցման աշակերտներ</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>այս տարի ստացած րոպեներ</translation>
    </message>
    <message>
        <source>students</source>
        <translation>աշակերտ</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n աշակերտ ստացել է %1-ից %2 րոպե</numerusform>
            <numerusform>%n աշակերտ ստացել է %1-ից %2 րոպե</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>Աճն ընդդեմ չափաբաժնի (մեկ կետ յուրաքանչյուր աշակերտի և հմտության համար)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>ստացած րոպեներ</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>աճ (տոկոսային կետեր)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>Աճ չկա</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (Մակարդակ %2, %3)
ստացած %4 րոպե · աճ՝ %5 կետ</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>Մակարդակ %1 (%n կետ)</numerusform>
            <numerusform>Մակարդակ %1 (%n կետ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>Շաբաթական հաճախման ցուցանիշ, ամբողջ դպրոցը</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>Հաճախած պարապմունքների %</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>Հաճախած ÷ (հաճախած + բացակա)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>%1-ի շաբաթ՝ %2% հաճախում
%3 հաճախած, %4 բացակա</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>Աշակերտներն ըստ կարիքի մակարդակի և որքանն է տեղ ստացել</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>Այս կարիքով աշակերտներ</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>Տեղ ստացած կրկնուսուցման մեջ</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Մակարդակ %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>կարիքի մակարդակ</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>Մակարդակ %1՝ %n աշակերտ, %2-ը տեղ ստացած</numerusform>
            <numerusform>Մակարդակ %1՝ %n աշակերտ, %2-ը տեղ ստացած</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Պահպանել գծապատկերը որպես PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>Պահպանել %1-ը որպես PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Տպել…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Տպել %1-ը</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Պահպանել գծապատկերը որպես PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG պատկերներ (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Գծապատկերը չպահպանվեց</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>Գծապատկերը հնարավոր չեղավ գրել %1-ում։ Ընտրեք թղթապանակ, որտեղ կարող եք գրել, և փորձեք կրկին։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>Ուշադրություն պահանջող թույլտվություններ</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>Կրկնուսույցներ, որոնց թույլտվությունները ուշադրություն են պահանջում</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>Սեղմեք տողի վրա կամ Enter՝ այդ կրկնուսույցին աղյուսակում ընտրելու համար</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n թույլտվություն ուշադրություն է պահանջում</numerusform>
            <numerusform>%n թույլտվություն ուշադրություն է պահանջում</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>Ընտրել %1-ին աղյուսակում</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>Նախապատմության ստուգում</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>Տուբերկուլյոզի թեստ</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>%1-ը գրանցված չէ</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1-ի ժամկետը լրացել է %2-ին</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1-ի ժամկետը լրանում է այսօր (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1-ի ժամկետը լրանում է %n օրից (%2)</numerusform>
            <numerusform>%1-ի ժամկետը լրանում է %n օրից (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1-ը վավեր է մինչև %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1-ը ակտիվ չէ. նախ դարձրեք նրան ակտիվ կամ փոխարինողների խմբի անդամ «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>%1-ը գրանցված նախապատմության ստուգում չունի. նախ գրանցեք այն «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>%1-ը գրանցված տուբերկուլյոզի թեստ չունի. նախ գրանցեք այն «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>%1-ի նախապատմության ստուգման ժամկետը լրացել է %2-ին. նախ գրանցեք նոր ստուգումը «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>%1-ի տուբերկուլյոզի թեստի ժամկետը լրացել է %2-ին. նախ գրանցեք նոր թեստը «Կրկնուսույցներ» էջում։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1-ը համապատասխանեցման ֆայլ չէ՝ %2 %3-րդ նիշում։</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1՝ համապատասխանեցման ֆայլին անհրաժեշտ է &quot;version&quot;: 1։</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1՝ համապատասխանեցման ֆայլին անհրաժեշտ է դաշտերի և սյունակների անուններով &quot;columns&quot; օբյեկտ։</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1՝ «%2»-ի սյունակը պետք է լինի տեքստ (վերնագրի անունը)։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Թարգմանիչն օգնել է(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Հետագա կապի ամսաթիվ</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>Ելքային (մենք կապվեցինք ընտանիքի հետ)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>Մուտքային (ընտանիքը կապվեց մեզ հետ)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Կրկին կապվել</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>օր.՝ ընտրվել էր սխալ արդյունք</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Երբ(&amp;W)՝</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Կապի ամսաթիվն ու ժամը</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>Խնամակալ(&amp;G)՝</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Խնամակալ</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Եղանակ(&amp;M)՝</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Եղանակ</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Ուղղություն(&amp;D)՝</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Լեզու(&amp;L)՝</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Նպատակ(&amp;P)՝</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Արդյունք(&amp;O)՝</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Նշումներ(&amp;N)՝</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Հետագա կապ(&amp;F)՝</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Ում կողմից(&amp;B)՝</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Գրանցող</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>Ինչո՞ւ եք փոխում այս գրառումը(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Փոփոխության պատճառ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Պահպանել(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ջնջել…(&amp;D)</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>Հեռացնել սխալմամբ գրանցված կապը (աուդիտի մատյանը պահում է այն և Ձեր պատճառը)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Խմբագրել կապը</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>%1-ին գրանցված կապ։ Յուրաքանչյուր փոփոխություն պահվում է աուդիտի մատյանում՝ իր պատճառով։</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>Այս կապն այլևս մատյանում չէ (հնարավոր է՝ ջնջվել է)։ Փակեք այս պատուհանը և վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>Խնամակալ նշված չէ</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>Նախ նշեք, թե ինչու եք փոխում այս գրառումը</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>%1-ի կապը փոխվեց։</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>%1-ի կապը ջնջվեց։</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Ջնջել կապը</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>Ջնջե՞լ %1-ի կապը։ Աուդիտի մատյանը կպահի այն Ձեր պատճառով։

Ինչո՞ւ եք ջնջում այս գրառումը։</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>Կապը ջնջելու պատճառ</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Ցանկացած եղանակ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Եղանակ</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Ցանկացած արդյունք</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Ցանկացած նպատակ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Ցանկացած լեզու</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>Պահանջում է հետագա կապ(&amp;F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Ցանկացած ժամանակ</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Այս շաբաթ</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Վերջին 30 օրը</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Այս տարի</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Ստորև նշված ամսաթվերը</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ժամանակահատված</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Ժամանակահատված(&amp;P)՝</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>Սկսած(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>Մինչև(&amp;O)</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>Որոնել ըստ աշակերտի, շրջանային ID-ի կամ խնամակալի</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Որոնել կապեր</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>Մուտքագրեք աշակերտի անվան կամ շրջանային ID-ի մի մասը, կամ խնամակալի անունը</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>Միայն այն կապերը, որոնք հետագա կապի ամսաթիվ են խնդրել</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>Մատյանում %1 կապ չկա (հնարավոր է՝ այդ ընթացքում ջնջվել է)։ Վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>Այդ խնամակալը նշված չէ այս աշակերտի համար։ Ընտրեք աշակերտի խնամակալներից մեկին։</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>Այս կապը %2-ին տպված «%1» նամակի գրառումն է, իսկ տպված նամակը մնում է գրանցված։ Եթե դրանում ինչ-որ բան սխալ է, ուղղեք այն «Խմբագրել»-ով։</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>Այս կապը լուծել է «%1» սպասվող գործողությունը։ Նախ վերաբացեք այդ գործողությունը (աշակերտի «Կրկնուսուցում» ներդիրում), ապա ջնջեք կապը, կամ ուղղեք կապը «Խմբագրել»-ով։</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>Նշեք, թե ինչու եք փոխում այս կապը. պատճառը պահվում է հին և նոր արժեքների հետ աուդիտի մատյանում, որը կարդում են ֆինանսավորման ստուգումները։</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>Կապը հնարավոր չեղավ փոխել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>Նշեք, թե ինչու եք ջնջում այս կապը. պատճառը պահվում է աուդիտի մատյանում, որը կարդում են ֆինանսավորման ստուգումները։</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>Կապը հնարավոր չեղավ ջնջել %1-ից՝ %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>Ընդգրկում և համաձայնություն</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>Բաց թողնված պարապմունք</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Առաջադիմություն</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ընդհանուր</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>«%1»-ը ընտանիքի հետ կապվելու եղանակ չէ։ Ընտրեք հեռախոս, հաղորդագրություն, էլ. փոստ, նամակ, տնային այց, անձամբ կամ հանդիպում։</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>«%1»-ը ուղղություն չէ։ Ընտրեք ելքային կամ մուտքային։</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>«%1»-ը նպատակ չէ։ Ընտրեք ընդգրկում, բաց թողնված պարապմունք, առաջադիմություն կամ ընդհանուր։</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>«%1»-ը արդյունք չէ։ Ընտրեք կապ հաստատվեց, թողնվեց հաղորդագրություն, պատասխան չկա, սխալ համար, մերժեց կամ ուղարկված։</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Նշեք, թե երբ է տեղի ունեցել կապը։</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>Նշեք, թե որ լեզվով են կապվել ընտանիքի հետ։</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>%1 աշակերտ չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>Կապը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Տեքստային հաղորդագրություն</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Տնային այց</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Հանդիպում</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Կապ հաստատվեց</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Թողնվեց հաղորդագրություն</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Պատասխան չկա</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Սխալ համար</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Մերժեց</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Ուղարկված</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Կապերի մատյանը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Մուտքային</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ելքային</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Թարգմանիչ</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>Շրջանային ID %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Սեղմեք՝ ըստ այս սյունակի դասավորելու համար</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>Մատյանը դասավորվում է ըստ ամսաթվի, աշակերտի, եղանակի կամ արդյունքի</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ամսաթիվ և ժամ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Խնամակալ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Եղանակ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Հետագա կապ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ում կողմից</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Խմբագրել…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ջնջել…(&amp;D)</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>Ցուցադրված կապերը</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>Ուղղել ընտրված կապը (Enter). աուդիտի մատյանը պահում է Ձեր պատճառը</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>Հեռացնել սխալմամբ գրանցված ընտրված կապը (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Կապեր</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Կապեր ընտանիքների հետ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>%1-ի կապը ջնջվեց։</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>Կապերի մատյանը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>Կապ է հաստատվել 1 ընտանիքի հետ</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>Կապ է հաստատվել %n ընտանիքի հետ</numerusform>
            <numerusform>Կապ է հաստատվել %n ընտանիքի հետ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n կապ՝ </numerusform>
            <numerusform>%n կապ՝ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n փորձ, </numerusform>
            <numerusform>%n փորձ, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>%n հաջողված, </numerusform>
            <numerusform>%n հաջողված, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>Որոշում %1-ի համար %2-ին</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>փոխարինողների խումբ</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>խոսում է նրանց լեզվով</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>Փոխարինող՝ %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>Փոխարինող՝ %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1-ը այդ ժամին ազատ է, ունի թույլտվություն և դասավանդում է %2։ Այս շաբաթ մինչ այժմ՝ %3։%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n պարապմունք</numerusform>
            <numerusform>%n պարապմունք</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>Խոսում է աշակերտների մեծամասնության տնային լեզվով։</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>Այս ժամին ազատ և թույլտվություն ունեցող փոխարինող չկա</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>Լրացուցիչ պարապմունք %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>Չեղարկել, լրացուցիչ պարապմունք %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>Առաջիկա դպրոցական օրերին լրացուցիչ պարապմունքի ժամ չկա</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>Չեղարկել, առանց լրացուցիչ պարապմունքի</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1-ը փոխարինում է %2-ը %3-ին։</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1 %2-ին՝ լրացուցիչ պարապմունք %3-ին, ժամը %4-ին։</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%1 %2-ին չեղարկված է։</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>Գտնել փոխարինող</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>Չեղարկել պարապմունքը</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>Նշանակել լրացուցիչ պարապմունք</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>Լրացուցիչ պարապմունք(&amp;M)՝</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>Որոշում(&amp;D)՝</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>Չեղարկման պատճառ(&amp;R)՝</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>Ըստ ցանկության. ինչ պետք է իմանան ընտանիքները կամ ուսուցիչը</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Նշում(&amp;N)՝</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>%1-ի լրացուցիչ պարապմունքը նշանակված է %2-ին, ժամը %3-ին։</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1, տող %2, սյունակ %3՝ %4 նիշից ավելի երկար դաշտ։ Սա ցուցակի ֆայլ չէ, կամ չակերտը (&quot;) բացում է դաշտ, որը պետք է փակվեր շատ ավելի վաղ։</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>%1 դաշտ, մինչդեռ վերնագիրն ունի %2։ Ստուգեք այս տողը՝ բացակայող կամ ավելորդ բաժանիչի կամ չփակված չակերտի (&quot;) համար։</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1՝ այդպիսի ֆայլ չկա։</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1-ը հնարավոր չէ կարդալ՝ %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1-ը դատարկ է. վերնագրի տող չունի։ Կրկին արտահանեք ցուցակը աշակերտական համակարգից։</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1-ը zip ֆայլ կամ Excel աշխատագիրք է, ոչ թե CSV։ Excel-ում օգտագործեք File &gt; Save As &gt; &quot;CSV UTF-8&quot;. OneRoster արտահանումը ներմուծվում է որպես zip։</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1-ը պարունակում է երկուական տվյալներ, ոչ թե տեքստ։ Ընտրեք աշակերտական համակարգի արտահանած CSV ֆայլը։</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1՝ այն կարդալու համար հիշողությունը բավարար չէ։</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1-ի ընթերցումը չեղարկվեց։</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1, տող %2, սյունակ %3՝ չակերտված դաշտն այստեղ սկսվում է և երբեք չի փակվում։ Փնտրեք ավելորդ չակերտ (&quot;) այդ բջջում կամ կրկին պահպանեք ֆայլը Excel-ից։</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1-ը վերնագրի տող չունի։ Կրկին արտահանեք ցուցակը՝ առաջին տողում սյունակների անուններով։</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Չեղարկված՝ %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Անցկացված</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Լրացուցիչ պարապմունք</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Նախատեսված</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1, պետք է փոխարինող</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>Փոխարինող՝ %1 %2-ի փոխարեն</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Կրկնուսույց՝ %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Սենյակ չկա</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Շրջանային ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Հաճախել է</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>Ոչ մի աշակերտ տեղ չունի։</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>Օրվա ցուցակ, %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Օրվա ցուցակ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Այս օրը պարապմունքներ չկան։</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>Այս օրը պարապմունքներ չկան՝ %1։</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>%n պարապմունք։ Նշեք յուրաքանչյուր հաճախած աշակերտի վանդակը։</numerusform>
            <numerusform>%n պարապմունք։ Նշեք յուրաքանչյուր հաճախած աշակերտի վանդակը։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Տպել…(&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Պահպանել որպես PDF…(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Օր(&amp;D)՝</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Նախորդ օրը</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Հաջորդ օրը</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>Տպել օրվա ցուցակը՝ ձեռքով հաճախումը նշելու սյունակով</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>Պահպանել տպելու համար օրվա ցուցակը որպես PDF ֆայլ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ժամ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Սենյակ</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Կրկնուսույց</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Աշակերտներ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Օրվա պարապմունքները</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>Օրվա պարապմունքները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Այս օրը պարապմունքներ չկան։</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n պարապմունք</numerusform>
            <numerusform>%n պարապմունք</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — դպրոց չկա։ %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>Օրվա ցուցակը հնարավոր չեղավ կազմել՝ %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>Օրվա ցուցակ %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>Տպել օրվա ցուցակը</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>%1-ի օրվա ցուցակն ուղարկվեց տպիչին։</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>Օրվա ցուցակ %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>Պահպանել օրվա ցուցակը որպես PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>Օրվա ցուցակը պահպանվեց %1-ում։</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>Օրվա ցուցակը հնարավոր չեղավ պահպանել %1-ում. ստուգեք, որ թղթապանակը գոյություն ունի, և Դուք կարող եք այնտեղ գրել։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1-ն արդեն դպրոց է պարունակում. ցուցադրական դպրոցին պետք է դատարկ տվյալների բազա։ Ընտրեք նոր ֆայլ ցուցադրական դպրոցի համար։</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>Ցուցադրական դպրոցը չեղարկվեց. %1-ը մնաց նույնը։</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>Ցուցադրական դպրոցը հնարավոր չեղավ ստեղծել՝ %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>Ցուցադրական դպրոցը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>Ուսումնասիրել ցուցադրական դպրոցը</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>Ստեղծվում է ցուցադրական դպրոցը՝ աշակերտներ, կրկնուսույցներ, խմբեր և մեկ ուսումնական տարվա պարապմունքներ…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>Ժամկետը՝ %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Անելիք</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Պատճառ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>Սպասվող գործողություններ</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>Անհավասարության շեմը պետք է լինի 0-ից մեծ և առավելագույնը 1 (0.8-ը «չորս հինգերորդի» կանոնն է), ոչ թե %1։</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>Հավասարության անհավասարության շեմը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>Տպել…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Պահպանել որպես PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>Ընդգծել խումբը, որի տեղերի կամ րոպեների բաժինը փոքր է(&amp;H)</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× կարիքի իր բաժնից</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>Տպել հավասարության աուդիտը</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>Պահպանել հավասարության աուդիտը որպես PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>Հավասարության աուդիտը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>Հավասարության աուդիտ · տվյալներ մինչև %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Հավասարության աուդիտ</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— թաքցված է. հիմնված է 10-ից պակաս աշակերտի վրա կամ կբացահայտեր ավելի փոքր խմբի տվյալը (պատճառը տեսնելու համար մատնացույց արեք դրա վրա)։</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Ոչ մի խմբի տեղերի կամ րոպեների բաժինը չի իջնում կարիքի իր բաժնի %1-ից ցածր։</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ Իրենց բաժնից պակաս ստացող խմբեր՝</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>Հավասարության աուդիտ %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>Խումբն ընդգծվում է, երբ տեղերի կամ րոպեների նրա բաժինը փոքր է կարիք ունեցող աշակերտների մեջ նրա բաժնի այս մասից։ 0.80-ը «չորս հինգերորդի» կանոնն է։</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>Ռասա/էթնիկ պատկանելություն</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>Անգլերեն սովորողի կարգավիճակ</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Հաշմանդամություն</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխաներ</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Անօթևան</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Սոցիալ-տնտեսապես անապահով</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Իսպանախոս կամ լատինաամերիկացի</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Ամերիկյան հնդկացի կամ Ալյասկայի բնիկ</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Ասիացի</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Սևամորթ կամ աֆրոամերիկացի</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Հավայան կղզիների բնիկ կամ Խաղաղօվկիանոսյան կղզիների բնակիչ</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Սպիտակամորթ</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Երկու կամ ավելի ռասաների</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (անգլերեն սովորող)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (վերադասակարգված)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (միայն անգլերեն կամ տիրապետող)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (որոշվելու է)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP կամ 504 պլան</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>Առանց IEP կամ 504 պլանի</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Անօթևան (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Անցումային մանկապարտեզ</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Մանկապարտեզ</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1-րդ դասարան</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>Իսպանախոս կամ լատինաամերիկացի աշակերտներ</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>Ամերիկյան հնդկացի կամ Ալյասկայի բնիկ աշակերտներ</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>Ասիացի աշակերտներ</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>Սևամորթ կամ աֆրոամերիկացի աշակերտներ</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>Հավայան կամ Խաղաղօվկիանոսյան կղզիների բնիկ աշակերտներ</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>Սպիտակամորթ աշակերտներ</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>Երկու կամ ավելի ռասաների աշակերտներ</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>Աշակերտներ՝ առանց նշված ռասայի/էթնիկ պատկանելության</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>EL աշակերտներ</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>RFEP աշակերտներ</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>EO/IFEP աշակերտներ</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>Աշակերտներ, որոնց EL կարգավիճակը դեռ որոշված չէ</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>Աշակերտներ՝ առանց նշված EL կարգավիճակի</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>IEP կամ 504 պլան ունեցող աշակերտներ</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>Առանց IEP կամ 504 պլանի աշակերտներ</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>Անօթևան աշակերտներ</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>Սոցիալ-տնտեսապես անապահով աշակերտներ</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>TK աշակերտներ</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>Մանկապարտեզի երեխաներ</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>%1-րդ դասարանի աշակերտներ</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Աշակերտների խումբ</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Իրավասու</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Առաջարկված</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ընդգրկված</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Րոպե՝ մեկ աշակերտին</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Հաճախում</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Աճ</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>Տեղերի բաժին</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>Րոպեների բաժին</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>Կարիքի բաժին</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Դադարեցված</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>Առաջարկված լրացուցիչ պարապմունքներ</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>Հաճախած լրացուցիչ պարապմունքներ</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Դուրս եկած</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>Աշակերտը հաշվվում է իր պատկանած յուրաքանչյուր խմբում՝ մեկ անգամ յուրաքանչյուր չափման համար։</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>Կարիք ունեցող աշակերտներ՝ ակտիվ աշակերտներ, որոնց կարիքի միավորը նրանց դնում է 2-րդ կամ 3-րդ մակարդակում։</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>Իրավասու աշակերտներ, որոնց երբևէ տեղ է տրվել խմբում (հրավիրված կամ ավելի ուշ)՝ առանց սպասման ցուցակի տեղերի։</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>Իրավասու աշակերտներ, որոնք զբաղեցրել են տեղը՝ այժմ ակտիվ են կամ հաճախել են պարապմունքների մինչև դադարը կամ դուրս գալը։</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>Մինչ այժմ ստացած կրկնուսուցման րոպեները՝ մեկ ընդգրկված աշակերտի հաշվով, ներառյալ լրացուցիչ պարապմունքները։</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>Հաճախած պարապմունքները այն պարապմունքներից, որոնցում ընդգրկված աշակերտների հաճախումը նշվել է։</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>Միջին աճը խմբի ստուգման մեջ՝ վերջին արդյունքը հանած նախնական թեստը, տոկոսային կետերով. հաշվվում են միայն երկու ստուգման արդյունք ունեցող աշակերտները։</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>Այս խմբի ընդգրկված աշակերտները կարիք ունեցող բոլոր ընդգրկված աշակերտներից։</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>Այս խմբի կրկնուսուցման րոպեները կարիք ունեցող աշակերտներին տրամադրված բոլոր րոպեներից։</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>Այս խմբի իրավասու աշակերտները կարիք ունեցող բոլոր աշակերտներից։ Տեղերի կամ րոպեների բաժինը, որը սրա %1-ից ցածր է, ընդգծվում է։</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>Ընդգրկված աշակերտներ, որոնց տեղը դադարեցվել է կամ առաջարկվել սպասման ցուցակին՝ բաց թողնված պարապմունքներից հետո։</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>Առաջարկված լրացուցիչ պարապմունքներ՝ մեկ ընդգրկված աշակերտի հաշվով։</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>Հաճախած լրացուցիչ պարապմունքներ՝ մեկ ընդգրկված աշակերտի հաշվով։</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>Ընդգրկված աշակերտներ, որոնք լքել են խումբը (դուրս են եկել)։</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (չորս հինգերորդ)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 րոպե</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 կետ</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>Թաքցված է. այս խմբում աճը դեռ չափված է 10-ից պակաս աշակերտի համար։</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>Թաքցված է. այս ցուցանիշի հետևում 10-ից պակաս աշակերտ կա։</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>Թաքցված է, որպեսզի ավելի փոքր խմբի ցուցանիշը հնարավոր չլինի հաշվել հանումով։</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>Չափելու բան դեռ չկա։</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>թաքցված է՝ ավելի փոքր խումբը պաշտպանելու համար</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>10-ից պակաս աշակերտ</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>Այս խումբը բավական մեծ է, բայց այն ցույց տալը թույլ կտար հանումով հաշվել ավելի փոքր խմբի ցուցանիշները, ուստի այն նույնպես թաքցված է։</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>Կարիք ունեցող 10-ից պակաս աշակերտ. ցուցանիշ չի ցուցադրվում՝ նրանց գաղտնիությունը պաշտպանելու համար։</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1-ը զբաղեցնում են տեղերի %2-ը, բայց կազմում են կարիք ունեցող աշակերտների %3-ը։</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1-ը ստանում են կրկնուսուցման րոպեների %2-ը, բայց կազմում են կարիք ունեցող աշակերտների %3-ը։</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>10-ից պակաս իրավասու աշակերտ ունեցող խումբը չի ցուցադրվում, իսկ 10-ից պակաս աշակերտի վրա հիմնված ցուցանիշը թաքցվում է, որպեսզի ոչ մի աշակերտ հնարավոր չլինի նույնականացնել։</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>Խումբն ընդգծվում է, երբ տեղերի կամ րոպեների նրա բաժինը փոքր է կարիքի նրա բաժնի %1-ից։</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>Կրկնուսուցում ստացած %n աշակերտ, որոնք այլևս 2-րդ կամ 3-րդ մակարդակում չեն (կամ այլևս դպրոցում չեն), չեն հաշվվում։</numerusform>
            <numerusform>Կրկնուսուցում ստացած %n աշակերտ, որոնք այլևս 2-րդ կամ 3-րդ մակարդակում չեն (կամ այլևս դպրոցում չեն), չեն հաշվվում։</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>Հավասարության աուդիտ</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · տվյալներ մինչև %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>Ոչ մի խմբի տեղերի կամ րոպեների բաժինը չի իջնում կարիքի իր բաժնի %1-ից ցածր։</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Անհավասարություններ</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>Հասանելիություն, չափաբաժին և աճ</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>Ընթացքը</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— թաքցված է. ցուցանիշի հետևում 10-ից պակաս աշակերտ կա, կամ այն կբացահայտեր ավելի փոքր խմբի ցուցանիշը։</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>Հավասարության աուդիտ, տվյալներ մինչև %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>Անհավասարություններ (բաժինը կարիքի բաժնի %1-ից ցածր է)՝</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>Ընթացքը (մեկ ընդգրկված աշակերտի հաշվով)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— թաքցված է. ցուցանիշի հետևում 10-ից պակաս աշակերտ կա, կամ այն կբացահայտեր ավելի փոքր խմբի ցուցանիշը։ ! անհավասարություն։</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>«Իրավասու» նշանակում է, որ կարիքի միավորը աշակերտին իրավունք է տալիս կրկնուսուցման՝ այսօր 2-րդ կամ 3-րդ մակարդակում գտնվող ակտիվ աշակերտ։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>Համաժամեցման կարգավորումները հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>«%1»-ը թղթապանակի ամբողջական ուղի չէ։ Ընտրեք շրջանի թղթապանակը «Ընտրել…» կոճակով կամ մուտքագրեք https://-ով սկսվող հասցե։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>«%1»-ը վեբ հասցե չէ, որին TutorDesk-ը կարող է ուղարկել։ Պատճենեք շրջանի տված հասցեն՝ https://-ով սկսվող։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>«%1»-ը գաղտնագրված չէ (http://)։ Աշակերտների տվյալներն ուղարկվում են միայն https://-ով. խնդրեք շրջանից նրա https:// հասցեն։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>«%1»-ը ոչ թղթապանակ է, ոչ էլ https:// հասցե։</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Ֆայլը հնարավոր չեղավ ներմուծել՝ %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV-ով պահպանված աղյուսակներ (*.csv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>Ոչինչ չներմուծվեց. ֆայլն այժմ ունի %n խնդիր։ Ներմուծեք այն կրկին՝ դրանք տեսնելու համար։</numerusform>
            <numerusform>Ոչինչ չներմուծվեց. ֆայլն այժմ ունի %n խնդիր։ Ներմուծեք այն կրկին՝ դրանք տեսնելու համար։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>Ինչպես է կարդացվել ֆայլը</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Ֆայլի առաջին տողերը</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Շրջանային %1 աշակերտական ID-ն նաև %2-րդ տողում է։ Յուրաքանչյուր աշակերտ պետք է ցուցակում լինի մեկ անգամ. հեռացրեք երկու տողերից մեկը կամ ուղղեք ID-ն։</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>Նշված չեն՝ ևս %n խնդիր։ Ուղղեք վերևում նշվածները (հաճախ մեկ սյունակն ամբողջությամբ սխալ է) և կրկին ներմուծեք՝ տեսնելու, թե ինչ է մնացել։</numerusform>
            <numerusform>Նշված չեն՝ ևս %n խնդիր։ Ուղղեք վերևում նշվածները (հաճախ մեկ սյունակն ամբողջությամբ սխալ է) և կրկին ներմուծեք՝ տեսնելու, թե ինչ է մնացել։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>Բաց թողնվեց %n տող, որոնց ոչ մի սյունակում արժեք չկար։</numerusform>
            <numerusform>Բաց թողնվեց %n տող, որոնց ոչ մի սյունակում արժեք չկար։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>Այս օրվանից առաջ պարապմունքները և դրանց հաճախումը մնում են անփոփոխ</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>Փոփոխությունները կիրառվում են սկսած(&amp;Y)՝</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>Այս կաղապարով ստեղծվող պարապմունքները</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>Բախումներ — փոխեք օրերը, ժամը, կրկնուսույցին կամ սենյակը՝</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Բախումներ</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>Խումբը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>Նոր խումբ</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>Խմբագրել խումբը — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>Պարապմունքներ դեռ չկան. ընտրեք կրկնուսույց, առնվազն մեկ օր և սկզբի ժամ։</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>Պարապմունքներ չկան. այս ամսաթվերի միջև ոչ մի դպրոցական օր չի համապատասխանում կաղապարին։</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>≈ %n պարապմունք %1-ից մինչև %2</numerusform>
            <numerusform>≈ %n պարապմունք %1-ից մինչև %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>Բախումները հնարավոր չեղավ ստուգել՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n բախում — փոխեք օրերը, ժամը, կրկնուսույցին կամ սենյակը՝</numerusform>
            <numerusform>%n բախում — փոխեք օրերը, ժամը, կրկնուսույցին կամ սենյակը՝</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>Նախ լուծեք բախումները</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>Նախ խմբին անուն տվեք</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Չի պահպանվել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> աշակերտ</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>Կոդ, օր.՝ RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>Հմտությունը պարզ բառերով</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>Սենյակ կամ առցանց խմբի հանդիպման հղում</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> րոպե</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Անուն(&amp;N)՝</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Առարկա(&amp;U)՝</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>Հմտություն(&amp;K)՝</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Մակարդակ(&amp;T)՝</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>Ձևաչափ(&amp;D)՝</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>Առավելագույն(&amp;A)՝</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>Կրկնուսույց(&amp;U)՝</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>Սենյակ կամ հղում(&amp;R)՝</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Հանդիպման օրեր՝</translation>
    </message>
    <message>
        <source>for</source>
        <translation>տևողությունը</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Սկզբի ժամ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Րոպեներ</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Սկսվում է(&amp;S)՝</translation>
    </message>
    <message>
        <source>to</source>
        <translation>մինչև</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Առաջին օր</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Վերջին օր</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Սկսած(&amp;F)՝</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>Կրկնուսույց դեռ չկա (խումբը մնում է պլանավորված)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — ակտիվ չէ</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — թույլտվությունը բացակայում է</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — թույլտվության ժամկետը լրացել է</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (փոխարինողների խումբ)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>Խումբը</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1՝ «%2»-ը առարկա չէ։ Ընտրեք ընթերցանություն, մաթեմատիկա, գրավոր խոսք կամ այլ։</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1՝ մակարդակը պետք է լինի 1, 2 կամ 3, ոչ թե %2։</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1՝ «%2»-ը անցկացման ձևաչափ չէ։ Ընտրեք դասերից դուրս բերված, դասերից հետո, շաբաթ օրը, առցանց կամ խառը։</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1՝ խումբը ներառում է 1-ից 4 աշակերտ, ոչ թե %2։ Ընտրեք առավելագույն թիվ 1-ից 4։</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1-ն ունի տեղ զբաղեցնող %n աշակերտ, ավելի շատ, քան %2 առավելագույնը։ Նախ տեղափոխեք աշակերտներին այլ խմբեր կամ պահեք առավելագույնը %n կամ ավելի։</numerusform>
            <numerusform>%1-ն ունի տեղ զբաղեցնող %n աշակերտ, ավելի շատ, քան %2 առավելագույնը։ Նախ տեղափոխեք աշակերտներին այլ խմբեր կամ պահեք առավելագույնը %n կամ ավելի։</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1՝ պարապմունքը տևում է 5-ից 240 րոպե, ոչ թե %2։</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1՝ հանդիպման օրերն անվավեր են։ Կրկին ընտրեք շաբաթվա օրերը։</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1՝ %2-ին սկսվող %3 րոպեանոց պարապմունքը կավարտվի կեսգիշերից հետո։ Ընտրեք ավելի վաղ սկիզբ։</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1-ին պետք է սկզբի և ավարտի օր։ Մուտքագրեք երկուսն էլ։</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1-ը սկսվում է %2-ին՝ իր ավարտի օրից (%3) հետո։ Ընտրեք ավարտի օր՝ սկզբի օրը կամ դրանից հետո։</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1՝ «%2»-ը խմբի կարգավիճակ չէ։ Ընտրեք պլանավորված, ակտիվ կամ ավարտված։</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>%1 խումբն այլևս չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1՝ ընտրված կրկնուսույցն այլևս ցուցակում չէ։ Ընտրեք այլ կրկնուսույց։</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1-ը ակտիվ չէ և չի կարող վարել %2-ը։ Ընտրեք այլ կրկնուսույց կամ դարձրեք նրան ակտիվ «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1-ը %2-ին աշակերտների հետ աշխատելու թույլտվություն չունի։ Նախ գրանցեք նրա թույլտվությունները «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել %2-ում՝ %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>Խումբն անուն չունի։ Մուտքագրեք անուն, օրինակ՝ «Ընթերցանություն · 3–4-րդ դասարաններ · Մակարդակ 2 · A»։</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>Այս աշակերտի հիմնական կոնտակտը(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Բջջային հեռախոս</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Տան հեռախոս</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Աշխատանքային հեռախոս</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>Համաձայն է տեքստային հաղորդագրություններին(&amp;T)</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Ավելացնել խնամակալ</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>Խմբագրել խնամակալին — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Կապը աշակերտի հետ</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>Խնամակալը, ում են հասցեագրվում նամակները և ում զանգում են առաջինը</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Նախընտրած լեզու</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>Ընտրեք լեզու կամ մուտքագրեք լեզվի կոդ, օրինակ՝ &quot;hmn&quot; հմոնգերենի համար։ Նամակները տպվում են ցուցակում նշված լեզուներով, մյուսները ստանում են անգլերեն նամակներ։</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>Կապի նախընտրած եղանակ</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>Տեքստային հաղորդագրություններն ուղարկվում են միայն բջջային հեռախոսին և միայն ընտանիքի համաձայնությամբ</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>օր.՝ (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>օր.՝ maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>Նաև խնամակալ է՝ %1։ Հեռախոսների, էլ. փոստի և լեզվի փոփոխությունները կիրառվում են նաև այս երեխաների համար։</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Անուն(&amp;F)՝</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Ազգանուն(&amp;L)՝</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>Ազգակցություն(&amp;R)՝</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>Բջջային հեռախոս(&amp;M)՝</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Տան հեռախոս(&amp;H)՝</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Աշխատանքային հեռախոս(&amp;W)՝</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Էլ. փոստ(&amp;E)՝</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Լեզու(&amp;G)՝</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>Կապի եղանակ(&amp;C)՝</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>Ինչու խնամակալը չպահպանվեց</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>Խնամակալը հնարավոր չեղավ պահպանել։</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>Խնամակալը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>%2-ի %1 հեռախոսը՝ «%3», պարունակում է նիշեր, որոնք հեռախոսահամարում չեն լինում։ Օգտագործեք միայն թվեր, բացատներ և ( ) - . +։</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>%2-ի %1 հեռախոսը՝ «%3», չափազանց կարճ է. հեռախոսահամարն ունի առնվազն 7 թվանշան։ Ուղղեք այն կամ թողեք դատարկ։</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>Խնամակալին անուն է պետք. մուտքագրեք անուն կամ ազգանուն։</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>բջջային</translation>
    </message>
    <message>
        <source>home</source>
        <translation>տան</translation>
    </message>
    <message>
        <source>work</source>
        <translation>աշխատանքային</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>%1-ի էլ. փոստը՝ «%2», էլ. հասցե չէ. այն պետք է ունենա մեկ @ անվան և դոմենի միջև՝ առանց բացատների (maria@example.com)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի ազգակցություն չէ։ Ընտրեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի կապի եղանակ չէ։ Ընտրեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>Ընտրեք %1-ի նախընտրած լեզուն (անգլերեն, եթե չգիտեք)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>«%1»-ը լեզվի կոդ չէ։ Ընտրեք լեզու ցուցակից կամ մուտքագրեք կոդ, օրինակ՝ &quot;es&quot;, &quot;zh-Hant&quot; կամ &quot;hmn&quot;։</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1-ը համաձայն է տեքստային հաղորդագրություններին, բայց բջջային հեռախոս չունի։ Մուտքագրեք բջջային համարը կամ հանեք համաձայնությունը։</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1-ը նախընտրում է տեքստային հաղորդագրություններ, բայց համաձայնություն չի տվել։ Գրանցեք համաձայնությունը կամ ընտրեք այլ եղանակ։</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1-ը նախընտրում է էլ. փոստ, բայց էլ. հասցե չունի։ Մուտքագրեք այն կամ ընտրեք այլ եղանակ։</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>Խնամակալը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>%1 աշակերտ չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Աշակերտներ» էջը։</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1-ն այլևս այս աշակերտի խնամակալը չէ (հնարավոր է՝ ինչ-որ մեկը հեռացրել է)։ Վերաբեռնեք «Աշակերտներ» էջը։</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>Խնամակալի տվյալները խմբագրվեցին</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>Այդ խնամակալն այլևս գրանցված չէ (հնարավոր է՝ հեռացվել է)։ Կրկին որոնեք։</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1-ն արդեն այս աշակերտի խնամակալն է։</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>Այդ խնամակալն այլևս կապված չէ այս աշակերտի հետ։ Վերաբեռնեք «Աշակերտներ» էջը։</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>Խնամակալը հնարավոր չեղավ հեռացնել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Մայր</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Հայր</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Տատիկ կամ պապիկ</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>Մորաքույր/հորաքույր կամ քեռի/հորեղբայր</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Եղբայր կամ քույր</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>Խնամատար ծնող</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Խնամակալ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Հեռախոսազանգ</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Տեքստային հաղորդագրություն</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk՝ ինտենսիվ կրկնուսուցում՝ ըստ կարիքի։</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>Բացել TutorDesk-ի տվյալների բազան PATH-ում (այլապես $TUTORDESK_DB, այլապես Ձեր դպրոցի սովորական տվյալների բազան)։</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>Բացել ցուցադրական դպրոցը՝ նախապես ստեղծելով այն, եթե դեռ չկա։</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>Բեռնվելուց հետո պահպանել պատուհանի պատկերը FILE-ում (PNG), ապա դուրս գալ։</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>Ընդունել DAY-ը (YYYY-MM-DD) որպես այսօր, օր.՝ ցուցադրական դպրոցի էկրանի պատկերների համար։</translation>
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
        <translation>Բացվող TutorDesk-ի տվյալների բազա (նույնը, ինչ --db)։</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>--today-ին անհրաժեշտ է YYYY-MM-DD ձևով գրված օր, օր.՝ 2026-11-20։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>, տող %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, սյունակ %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>տրված համապատասխանեցումը</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>նախորդ անգամ պահպանված համապատասխանեցումը</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>համապատասխանեցված ըստ անվան</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>Սյունակներ (%1)՝ %2։</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>Տրված համապատասխանեցումը «%1» ֆայլերի համար է, բայց %2-ը կարդացվում է որպես «%3»։ Տվեք այս տեսակի ֆայլի համար ստեղծված համապատասխանեցում կամ ոչ մեկը՝ սյունակներն ըստ անվան համապատասխանեցնելու համար։</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>Եվս %1 խնդիր նշված չէ։ Ուղղեք վերևում նշվածները (հաճախ մեկ սյունակն ամբողջությամբ սխալ է) և կրկին գործարկեք՝ տեսնելու, թե ինչ է մնացել։</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>OneRoster արտահանումն ինքն է անվանում իր սյունակները. տրված սյունակների համապատասխանեցումն անհրաժեշտ չէր։</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1-ը CSV ցուցակ է։ Դպրոց ընտրելը և դրոշակների ֆայլ ավելացնելը OneRoster արտահանումների համար են (.zip կամ թղթապանակ). CSV ցուցակն իր դրոշակները պահում է իր սեփական սյունակներում։</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Սյունակների համապատասխանեցումը հնարավոր չեղավ պահպանել հաջորդ անգամվա համար՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>Ներմուծել ցուցակը…(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>Ներմուծել արդյունքները…(&amp;S)</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>Ներբեռնել աշակերտներին Ձեր շրջանի ցուցակի ֆայլից</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>Ներբեռնել չափորոշիչային թեստերի արդյունքները (i-Ready, STAR, MAP) գրանցված աշակերտների համար</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>Ստուգել ֆայլը(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Ներմուծել(&amp;I)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ստուգում</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>Կարդալ ամբողջ ֆայլը և թվարկել բոլոր խնդիրները՝ առանց որևէ բան ներմուծելու</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>Հասանելի է, երբ ֆայլը ստուգվել է առանց խնդիրների</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Ստուգումը չեղարկվեց։</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Ներմուծումը չեղարկվեց։ Ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>Սկսելու համար ընտրեք ֆայլ։</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>Սեղմեք «Ստուգել ֆայլը». TutorDesk-ը կկարդա ամբողջ ֆայլը և կթվարկի ուղղելու ենթակա ամեն ինչ։ Դեռ ոչինչ չի ներմուծվում։</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>Ընտրությունները փոխվեցին։ Կրկին սեղմեք «Ստուգել ֆայլը»։</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>Գրանցված 1 աշակերտ այս ցուցակում չէ։ Նշե՞լ նրան որպես դուրս եկած։ Նրա պատմությունը պահպանվում է։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>Գրանցված %Ln աշակերտ այս ցուցակում չեն։ Նշե՞լ նրանց որպես դուրս եկած։ Նրանց պատմությունը պահպանվում է։</numerusform>
            <numerusform>Գրանցված %Ln աշակերտ այս ցուցակում չեն։ Նշե՞լ նրանց որպես դուրս եկած։ Նրանց պատմությունը պահպանվում է։</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>Այս ցուցակում չեղած աշակերտներ</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>Ընտրեք «Ոչ», եթե այս ֆայլը ներառում է դպրոցի աշակերտների միայն մի մասը։</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ստուգվում է…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Ներմուծվում է…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Ստուգվում է %1-ը…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Ներմուծվում է %1-ը…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Կարիքի միավորները հնարավոր չեղավ վերահաշվել՝ %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>Կարիքի միավորները վերահաշվվեցին նոր տվյալներով։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>Ներմուծել ցուցակը</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>Ընտրեք Ձեր շրջանի աշակերտական համակարգի արտահանած ցուցակը՝ CSV ֆայլ կամ OneRoster zip ֆայլ կամ թղթապանակ։</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>Ներմուծել չափորոշիչային թեստերի արդյունքները</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>Ընտրեք Ձեր գնահատման համակարգի (i-Ready, STAR, MAP կամ նմանատիպ) արտահանած արդյունքների ֆայլը CSV ձևաչափով։ Աշակերտներն արդեն պետք է գրանցված լինեն։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Պատճենել հաշվետվությունը(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Պահպանել հաշվետվությունը…(&amp;V)</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Ինչ գտավ ներմուծումը</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ինչ անել հետո</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Ֆայլի խնդիրները</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>Պատճենել հաշվետվությունը՝ այն էլ. նամակում կամ փաստաթղթում տեղադրելու համար</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>Պահպանել հաշվետվությունը որպես տեքստային ֆայլ</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - ներմուծման հաշվետվություն.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Պահպանել հաշվետվությունը</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Տեքստային ֆայլեր (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Հաշվետվությունը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ինչ է պարունակում ֆայլը</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ինչ անել հետո</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>Գտնվեց %n խնդիր։ Ոչինչ չի ներմուծվել։ Ուղղեք ֆայլը, պահպանեք և կրկին ներմուծեք։</numerusform>
            <numerusform>Գտնվեց %n խնդիր։ Ոչինչ չի ներմուծվել։ Ուղղեք ֆայլը, պահպանեք և կրկին ներմուծեք։</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>Այս ֆայլի ամբողջ պարունակությունն արդեն TutorDesk-ում է։ Ներմուծելու բան չկա։</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Խնդիրներ չգտնվեցին։ Սեղմեք «Ներմուծել»՝ այս փոփոխությունները բերելու համար։</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Ֆայլի խնդիրները</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Ներմուծել(&amp;I)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>Ֆայլի ստուգում</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Ներմուծում</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>Ֆայլ(&amp;F)՝</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Ներմուծվող ֆայլ</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Ֆայլ դեռ ընտրված չէ</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Ընտրել ֆայլ…(&amp;C)</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>OneRoster թղթապանակ…(&amp;F)</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>OneRoster արտահանում պարունակող թղթապանակ (orgs.csv, users.csv, …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Որ սյունակն ինչ է</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Ֆայլի առաջին տողերը</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>Ընտրել OneRoster թղթապանակ</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Ընտրել ֆայլ</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Ցուցակներ (*.csv *.txt *.zip);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ֆայլեր (*.csv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>Նախորդ անգամ Ձեր ընտրած սյունակները։ Համեմատեք դրանք աջ կողմի առաջին տողերի հետ։</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk-ը համապատասխանեցրել է այս սյունակներն ըստ անունների։ Համեմատեք դրանք աջ կողմի առաջին տողերի հետ։</translation>
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
        <translation>Unicode (UTF-8, ինչպես պահպանում է Excel-ը)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows Western European (ինչպես պահպանում է Excel-ի հին տարբերակը)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>սյունակները բաժանված են տաբերով</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>սյունակները բաժանված են կետ-ստորակետերով</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>սյունակները բաժանված են ստորակետերով</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>սյունակները բաժանված են «%1»-ով</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>Կարդացվել է որպես %1, %2. վերնագրից հետո՝ %3։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln տող</numerusform>
            <numerusform>%Ln տող</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Տող %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>սյունակ %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place in a file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place in the file: problem</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) read.</source>
        <translation>
            <numerusform>Կարդացվեց %Ln աշակերտ։</numerusform>
            <numerusform>Կարդացվեց %Ln աշակերտ։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>Կարդացվեց %Ln արդյունք։</numerusform>
            <numerusform>Կարդացվեց %Ln արդյունք։</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Կարդացվեց %1՝ %2 նոր, %3 փոփոխված, %4 անփոփոխ։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln աշակերտ</numerusform>
            <numerusform>%Ln աշակերտ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>%Ln աշակերտ նշվեց որպես դուրս եկած։</numerusform>
            <numerusform>%Ln աշակերտ նշվեց որպես դուրս եկած։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>Այս ցուցակում չեն՝ գրանցված %Ln աշակերտ։</numerusform>
            <numerusform>Այս ցուցակում չեն՝ գրանցված %Ln աշակերտ։</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>Ընտանիքներ՝ %1 նոր, %2 փոփոխված։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln արդյունք</numerusform>
            <numerusform>%Ln արդյունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>Գտնվեց %Ln խնդիր։ Ոչինչ չի ներմուծվել։ Ուղղեք ֆայլը (կամ ընտրեք այլ սյունակներ վերևում), պահպանեք և կրկին սեղմեք «Ստուգել ֆայլը»։</numerusform>
            <numerusform>Գտնվեց %Ln խնդիր։ Ոչինչ չի ներմուծվել։ Ուղղեք ֆայլը (կամ ընտրեք այլ սյունակներ վերևում), պահպանեք և կրկին սեղմեք «Ստուգել ֆայլը»։</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Ներմուծված է։</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>Խնդիրներ չգտնվեցին։ Սեղմեք «Ներմուծել»՝ այս փոփոխությունները բերելու համար։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Անգլերեն</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Իսպաներեն</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Կորեերեն</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>Չինարեն, պարզեցված</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>Չինարեն, ավանդական</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Հայերեն</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Վիետնամերեն</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Տագալոգ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ռուսերեն</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Պարսկերեն</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Արաբերեն</translation>
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
        <translation>Նամակներ ընտանիքներին</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>Նամակ ընտանիքին</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Նամակի տեսակ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Թուղթ</translation>
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
        <translation>Նշումներ այս նամակի մասին</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Նամակի նախադիտում</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Հաղորդագրություն</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>Տպել բոլորը…(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Տպել…(&amp;P)</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>Տպել համակարգի տպման պատուհանով (%1). յուրաքանչյուր նամակ գրանցվում է որպես կապ</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>Պահպանել բոլորը որպես մեկ PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Պահպանել որպես PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>Պահպանել որպես PDF ֆայլ (%1)՝ մեկ նամակ յուրաքանչյուր էջում. յուրաքանչյուր նամակ գրանցվում է որպես կապ</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>Խմբագրել ձևանմուշը…(&amp;E)</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>Փոխել այս տեսակի նամակի տեքստն այս լեզվով (պահվում է բնօրինակի կողքին)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Հասցեատեր</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Նամակի լեզուն</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Տեսակ(&amp;K)՝</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Ում(&amp;T)՝</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Լեզու(&amp;L)՝</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Թուղթ(&amp;R)՝</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>Նամակներ (մեկ էջ յուրաքանչյուր ընտանիքի համար)(&amp;L)՝</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Նամակներ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Ընտանիք</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>Աշակերտի ընտանիքի տվյալները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>Անանուն խնամակալ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1, հիմնական</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>Խնամակալ գրանցված չէ. հասցեագրված է ընտանիքին</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>Նամակ %1-ի ընտանիքին</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>Այս նամակը հնարավոր չէ գրել՝ %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>Աշակերտ %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>%1-ի ընտանիքը</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>թարգմանությունը դեռ ստուգված չէ</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>Նամակներ ընտանիքներին (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>%n նամակ հնարավոր չէ գրել, և դրանք բաց են թողնված՝ %1</numerusform>
            <numerusform>%n նամակ հնարավոր չէ գրել, և դրանք բաց են թողնված՝ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>Թարգմանությունը դեռ ստուգված չէ որակավորված թարգմանչի կողմից։</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>Տեքստը խմբագրվել է TutorDesk-ում (տարբերակ %1)։</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>Տպված և գրանցված</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>Պահպանված և գրանցված</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>Նամակներ ընտանիքներին</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>Տպելու համար նամակներ ընտրված չեն։</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>Նամակները հնարավոր չեղավ տպել. տպիչը մերժեց դրանք։ Ստուգեք տպիչը կամ պահպանեք դրանք որպես PDF և տպեք այն։</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>Պահպանել նամակները որպես PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>Պահպանելու համար նամակներ ընտրված չեն։</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Տպվեց, բայց նամակները գրանցված չեն՝ %1 Գրանցեք կապերը ձեռքով։</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>Պահպանվեց, բայց նամակները գրանցված չեն՝ %1 Գրանցեք կապերը ձեռքով։</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>%n նամակ տպվեց և գրանցվեց որպես կապ։</numerusform>
            <numerusform>%n նամակ տպվեց և գրանցվեց որպես կապ։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>%n նամակ պահպանվեց որպես PDF և գրանցվեց որպես կապ։</numerusform>
            <numerusform>%n նամակ պահպանվեց որպես PDF և գրանցվեց որպես կապ։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>Ընդգրկման հրավեր՝ համաձայնության թերթիկով</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>Բաց թողնված պարապմունքի ծանուցում 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>Բաց թողնված պարապմունքի ծանուցում 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>Բաց թողնված պարապմունքի ծանուցում 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Առաջադիմության հաշվետվություն</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>Ծրագրի ավարտի ամփոփում</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Դպրոցի անվանումը</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>Դպրոցի հասցեն</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>Դպրոցի հեռախոսահամարը</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>Կրկնուսուցման համակարգողի անունը</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>Նամակի ամսաթիվը՝ բառերով</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>Թերթիկը վերադարձնելու վերջնաժամկետը (մեկ շաբաթ անց)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>Խնամակալի անունը կամ աշակերտի «ընտանիքը»</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>Աշակերտի նախընտրած կամ առաջին անունը</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>Աշակերտի լրիվ անունը</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>Աշակերտի դասարանը՝ բառերով</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>Կրկնուսուցման խմբի առարկան</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>Խմբի հանդիպման օրերը</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>Խմբի սկզբի և ավարտի ժամը</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>Որտեղ է հանդիպում խումբը</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>Խմբի կրկնուսույցը</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>Խմբի առաջին օրը</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>Խմբի վերջին օրը</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>Բաց թողնված պարապմունքի օրը</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>Անընդմեջ բաց թողնված պարապմունքների օրերը</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>Քանի պարապմունք է բաց թողնվել անընդմեջ</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>Վերջին չորս շաբաթում հաճախած պարապմունքները՝ տոկոսով</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>Աշակերտի հաճախած պարապմունքները</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>Խմբի անցկացրած պարապմունքները</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>Ստացած կրկնուսուցման րոպեները</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>Նախատեսված կրկնուսուցման րոպեները</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>Հմտությունը, որի վրա աշխատում է խումբը</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>Առաջին ստուգման արդյունքը</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>Վերջին ստուգման արդյունքը</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>Աճը առաջինից մինչև վերջին ստուգումը</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>%1 աշակերտ չկա (հնարավոր է՝ հեռացվել է)։ Կրկին միավորեք նամակները։</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>%1-ի նամակը հասցեագրված է խնամակալի, որն այլևս նրա համար նշված չէ։ Կրկին միավորեք նամակները։</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>«%1»-ը նամակի տեսակ չէ։</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>%1-ի նամակը պատասխանում է այլ աշակերտի սպասվող գործողությանը։ Կրկին միավորեք նամակները։</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>Նամակն ուղարկված է՝ %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>«%1»-ը նամակ ուղարկելու եղանակ չէ՝ print կամ pdf։</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>Նշեք, թե երբ են նամակները տպվել կամ պահպանվել։</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>Ոչ մի նամակ չգրանցվեց՝ %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>Նամակները հնարավոր չեղավ գրանցել %1-ում՝ %2։ Ոչինչ չգրանցվեց. փորձեք կրկին։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>Հմոնգերեն</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>%2-ի համար %1-ը հնարավոր չեղավ լրացնել. %3-ի արժեք չկա։ Խնդրում ենք տեղեկացնել այդ մասին։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>«%1»-ը նամակի տեսակ չէ։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>Նամակը ամսաթիվ չունի։ Նշեք այն գրելու օրը։</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>TutorDesk-ը «%1» լեզվով նամակներ չունի։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>Ընտանիքը կարդում է %1. %1 %2 դեռ չկա, ուստի այս մեկն անգլերեն է։</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>Ընտանիքը կարդում է %1. %1 նամակներ դեռ չկան, ուստի այս մեկն անգլերեն է։</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>TutorDesk-ի այս պատճենում բացակայում է անգլերեն %1-ը։ Վերատեղադրեք TutorDesk-ը։</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>աշակերտ %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>Նամակներ չստեղծվեցին. %1-ի նամակը հնարավոր չեղավ ստեղծել՝ %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>Այդ խնամակալը գրանցված չէ %1-ի համար։ Ընտրեք %1-ի խնամակալներից մեկին։</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>%1 աշակերտը գրանցված չէ։ Ընտրեք աշակերտ ցուցակից։</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>Այդ սպասվող գործողությունը %1-ինը չէ։ Սկսեք նամակը %1-ի գործողություններից մեկից։</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>Դպրոցի հեռախոսահամարը նշված չէ, իսկ յուրաքանչյուր նամակ ընտանիքին ասում է, թե ուր զանգահարել։ Ավելացրեք այն Կարգավորումներ ▸ Դպրոց բաժնում։</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>Կրկնուսուցման համակարգողի անունը նշված չէ, իսկ յուրաքանչյուր նամակ ստորագրվում է դրանով։ Ավելացրեք այն Կարգավորումներ ▸ Դպրոց բաժնում։</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>%1-ի խումբը դեռ հանդիպման օրեր չունի։ Նախ սահմանեք խմբի օրերը։</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>%1-ի խումբը դեռ սկզբի ժամ չունի։ Նախ սահմանեք խմբի ժամը։</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>%1-ի խումբը կրկնուսույց չունի։ Նախ խմբին կրկնուսույց նշանակեք։</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>%1-ը կրկնուսուցման խմբում տեղ չունի, ուստի նամակը նկարագրելու խումբ չունի։ Նախ տեղավորեք %1-ին խմբում։</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>%1-ը գրանցված բաց թողնված պարապմունք չունի, ուստի բաց թողնված պարապմունքի նամակը նշելու բան չունի։ Ստուգեք հաճախումը կամ ընտրեք նամակի այլ տեսակ։</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>%1-ը դեռ գրանցված հաճախում չունի, ուստի հաղորդելու ցուցանիշ չկա։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Այս ծրագիրը չի կարող PDF ֆայլեր գրել (էջերի գրիչ տեղադրված չէ)։ Օգտագործեք TutorDesk կամ tutordesk-cli։</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n նամակ ընտանիքին</numerusform>
            <numerusform>%n նամակ ընտանիքներին</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>%1-ում պահպանելու նամակներ չկան։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, տող %2՝ %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1՝ նամակը վերնագրից հետո տեքստ չունի։ Գրեք նամակը &quot;--&gt;&quot; տողից ներքև։</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}}-ը արժեք չէ, որը %2 նամակը կարող է օգտագործել։ Օգտագործեք հետևյալներից մեկը՝ %3։</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>տեղապահը փակված չէ։ Գրեք յուրաքանչյուրը որպես {{name}} մեկ տողում։</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>սա TutorDesk-ի նամակի ձևանմուշ չէ. այն պետք է սկսվի &quot;&lt;!--tutordesk-letter&quot; տողով, որին հաջորդում են language, kind, version, reviewed և title։</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>սպասվում էր &quot;name: value&quot; (language, kind, version, reviewed կամ title) կամ &quot;--&gt;&quot;՝ վերնագիրն ավարտելու համար։</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>language &quot;%1&quot;-ը լեզու չէ, որով TutorDesk-ը տպում է նամակներ։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>kind &quot;%1&quot;-ը նամակի տեսակ չէ։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version-ը դատարկ է։ Գրեք տարբերակ, օրինակ՝ 1 կամ 2024-2։</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed-ը պետք է լինի yes կամ no։</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title-ը դատարկ է։ Գրեք նամակի վերնագիրը նրա լեզվով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>«%1»-ը վերնագրի դաշտ չէ։ Օգտագործեք language, kind, version, reviewed և title։</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1՝ վերնագիրը փակված չէ։ Ավելացրեք &quot;--&gt;&quot; տող title-ից հետո։</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>վերնագիրը %1 տող չունի։ Ավելացրեք &quot;%1: …&quot; &quot;--&gt;&quot;-ից առաջ։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>%1-ը հնարավոր չէ կարդալ. zip-ը վնասված է։ Կրկին խնդրեք փաթեթը շրջանից։</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>%1-ը հնարավոր չէ բացել որպես zip ֆայլ. այն վնասված է կամ zip չէ։ Կրկին խնդրեք ձևանմուշների փաթեթը շրջանից։</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1-ը պարունակում է %2 ֆայլ. ձևանմուշների փաթեթը ունի առավելագույնը %3։ Սա ձևանմուշների փաթեթ չէ, ուստի ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1-ը պարունակում է «%2» անունով ֆայլ, որը ցույց է տալիս zip-ից դուրս։ Սա ձևանմուշների փաթեթ չէ, ուստի ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1-ը պաշտպանված է գաղտնաբառով։ Կրկին ստեղծեք zip-ը առանց գաղտնաբառի։</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1՝ %2-ը բացվելիս գերազանցում է %3 ԿԲ-ը. նամակի ձևանմուշը շատ ավելի փոքր է։ Ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1-ը բացվելիս գերազանցում է %2 ԿԲ-ը։ Սա ձևանմուշների փաթեթ չէ, ուստի ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1-ը պարունակում է %2-ից ավելի ֆայլ։ Սա ձևանմուշների փաթեթ չէ, ուստի ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1՝ %2-ը %3 ԿԲ-ից մեծ է. նամակի ձևանմուշը շատ ավելի փոքր է։ Ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1՝ %2-ը հնարավոր չէ կարդալ՝ %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1-ը %2 ԿԲ-ից մեծ է։ Սա ձևանմուշների փաթեթ չէ, ուստի ոչինչ չտեղադրվեց։</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1-ը գոյություն չունի։ Ընտրեք ձևանմուշների փաթեթի թղթապանակը կամ .zip ֆայլը։</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1-ը ոչ թղթապանակ է, ոչ էլ .zip ֆայլ։ Ձևանմուշների փաթեթը թղթապանակ է (կամ դրա zip-ը)՝ յուրաքանչյուր լեզվի համար մեկ թղթապանակով, օրինակ՝ es/missed-1.html։</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1՝ ձևանմուշների փաթեթը պարունակում է յուրաքանչյուր լեզվի համար մեկ թղթապանակ՝ ներսում նամակներով, օրինակ՝ es/missed-1.html։ Տեղափոխեք ֆայլը իր լեզվի թղթապանակ։</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1՝ «%2» թղթապանակը նամակի լեզու չէ։ Անվանեք թղթապանակները %3։</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1՝ բառերի ֆայլը JSON օբյեկտ չէ (%2)։ Ուղղեք այն resources/letters/en/terms.json-ի նման։</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>օբյեկտ չէ</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1՝ «%2»-ը պետք է լինի չակերտների մեջ տեքստ։</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1՝ ֆայլում նշված է «%2» լեզուն, բայց այն գտնվում է %3 թղթապանակում։ Ուղղեք լեզուն կամ տեղափոխեք ֆայլը։</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1-ը ոչ նամակ է (&lt;kind&gt;.html), ոչ էլ բառերի ֆայլ (terms.json)։ Հեռացրեք այն փաթեթից։</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1՝ «%2»-ը նամակի տեսակ չէ։ Անվանեք ֆայլն ըստ իր տեսակի՝ %3։</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1՝ վերնագրում նշված է %2 տեսակը, բայց ֆայլն անվանված է %3.html։ Ուղղեք kind տողը կամ վերանվանեք ֆայլը։</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1՝ վերնագրում նշված է %2 լեզուն, բայց ֆայլը %3 թղթապանակում է։ Ուղղեք language տողը կամ տեղափոխեք ֆայլը։</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>Փաթեթը չտեղադրվեց. օգտագործվող նամակները չեն փոխվել։</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1-ը նամակների ձևանմուշներ չի պարունակում։ Ձևանմուշների փաթեթն ունի յուրաքանչյուր լեզվի համար մեկ թղթապանակ՝ es/missed-1.html-ի նման ֆայլերով։</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>%1 ձևանմուշների փաթեթը հնարավոր չեղավ պահպանել՝ %2։ Ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>Շրջանի ձևանմուշների փաթեթը հնարավոր չեղավ հեռացնել՝ %1։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>«%1»-ը նամակի տեսակ չէ։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>«%1»-ը լեզու չէ, որով TutorDesk-ը տպում է նամակներ։ Օգտագործեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1՝ %2-ով</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>Տեքստը չպահպանվեց։</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել՝ %2։</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>Խմբագրված տեքստը հնարավոր չեղավ հեռացնել՝ %1։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>Ներկառուցված</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>Շրջանի փաթեթ</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>Շրջանի փաթեթ (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Խմբագրված</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>Տեղադրել ձևանմուշների փաթեթ…(&amp;I)</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>Հեռացնել փաթեթը(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Խմբագրել…(&amp;E)</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>Վերականգնել բնօրինակը(&amp;O)</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>Յուրաքանչյուր նամակի տեքստը յուրաքանչյուր լեզվով։ Շրջանի ձևանմուշների փաթեթը և այստեղ խմբագրված տեքստերը պահվում են ներկառուցված տեքստերի կողքին. այս էջում կատարված փոփոխություններն ուժի մեջ են մտնում անմիջապես։</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Նամակների ձևանմուշներ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>Տեքստի աղբյուր</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Տարբերակ</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ստուգված</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Հաղորդագրություն</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>Թղթապանակից…(&amp;F)</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>Zip ֆայլից…(&amp;Z)</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>Շրջանի նամակներ՝ &lt;language&gt;/&lt;kind&gt;.html ֆայլերով թղթապանակ կամ zip</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>Կրկին օգտագործել ներկառուցված տեքստերը այնտեղ, որտեղ շրջանի փաթեթն ուներ իրենը</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>Փոխել ընտրված նամակի տեքստը (պահվում է բնօրինակի կողքին)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>Հրաժարվել այստեղ խմբագրված տեքստից և կրկին օգտագործել շրջանի կամ ներկառուցված տեքստը</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>Նամակների ձևանմուշները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>Խմբագրել է %1-ը %2-ին</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>այո</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ոչ</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>Տեղադրել ձևանմուշների փաթեթ թղթապանակից</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>Տեղադրել ձևանմուշների փաթեթ zip ֆայլից</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip ֆայլեր (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>Ձևանմուշների փաթեթը չտեղադրվեց՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>Տեղադրվեց %n ձևանմուշ %1-ից։</numerusform>
            <numerusform>Տեղադրվեց %n ձևանմուշ %1-ից։</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>Ձևանմուշների փաթեթը չհեռացվեց՝ %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>Շրջանի ձևանմուշների փաթեթը հեռացվեց։</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Չվերականգնվեց՝ %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>Բնօրինակ տեքստը կրկին օգտագործվում է։</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Թարգմանիչն օգնել է(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Հետագա կապի ամսաթիվ</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Գրանցել կապը — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>օր.՝ կհաճախի հինգշաբթի</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Կրկին կապվել</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>Խնամակալ գրանցված չէ</translation>
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
        <translation>%1-ի մասին՝ %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Եղանակ(&amp;M)՝</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Արդյունք(&amp;O)՝</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Նշումներ(&amp;N)՝</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Լեզու(&amp;L)՝</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Հետագա կապ(&amp;F)՝</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>Պահպանել և լուծել(&amp;S)</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Կապը հնարավոր չեղավ պահպանել։</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Կապը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>Գրանցվեց կապ %1-ի մասին (%2, %3)։ Լուծված է՝ %4։</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Էջեր</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Աշակերտներ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Կապեր</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Առաջադիմություն</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Տեղաբաշխում</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ժամանակացույց</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Կրկնուսույցներ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Օրացույց</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Համաժամեցում</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Դպրոց</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Ուսումնական տարի</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>Համաժամեցում շրջանի հետ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ֆայլ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>Նոր դպրոց…(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Բացել…(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Բացել վերջինները(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>Ներմուծել կրկնուսույցներին…(&amp;T)</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>Ներմուծել դպրոցական օրացույցը…(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ելք(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Խմբագրել(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Կարգավորումներ…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Օգնություն(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>TutorDesk-ի մասին(&amp;A)</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>Շրջանի համար փաթեթ է պատրաստվում…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>Ուղարկվում է շրջանին…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Համաժամեցման վիճակն անհայտ է</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>Բացել «Համաժամեցում» էջը</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Վերջին տվյալների բազաներ չկան</translation>
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
        <translation>Ուսումնական տարի %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Տեսք(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Լեզու(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>TutorDesk-ի դաշտ</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Անհրաժեշտ</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Սյունակ Ձեր ֆայլում</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Սյունակներ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Պարտադիր</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Ըստ ցանկության</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Սյունակ %1-ի համար</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— ֆայլում չկա —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Ընտրեք սյունակ՝ %1-ի համար։</translation>
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
        <translation>Հաղորդագրություն</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Փակել հաղորդագրությունը</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>Տեղափոխել խումբ</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>%1-ին տեղափոխե՞լ %2-ի որ խումբ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Խմբեր</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln ազատ տեղ</numerusform>
            <numerusform>%Ln ազատ տեղ</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>լրացված</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>կրկնուսույց դեռ չկա</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · մակարդակ %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Տեղափոխել(&amp;M)</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>%1-ի այլ խումբ դեռ չկա։</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>Ինչու այս աշակերտը</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Կարիքի միավոր</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>Հավասար միավորները դասակարգվում են ըստ հետ մնալու դասարանների, ապա՝ դպրոցական ավելի ցածր հաճախման, ապա՝ շրջանային ID-ի. երբեք՝ ըստ ընտանիքի գրանցվելու ժամանակի։</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>Կարիքի միավորը կազմող կետերը</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Կետեր</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Պատճառ</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>Ընտրեք աշակերտ՝ տեսնելու, թե ինչպես է հաշվվել նրա կարիքի միավորը։</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>Կարիքի միավորը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>Այս աշակերտը դեռ կարիքի միավոր չունի։ Սեղմեք «Վերահաշվել կարիքի միավորները», երբ նրա թեստերի արդյունքները ներմուծվեն։</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · ID %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>Կարիքի միավոր՝ %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>Այս աշակերտի թեստերում, հաճախումում կամ աշակերտական խմբերում ոչինչ կետեր չի ավելացնում։</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>Կարիքի միավորները հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>դասարանային մակարդակի տեղաբաշխում չկա</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>դասարանի մակարդակում կամ ավելի բարձր</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>1 դասարանով ցածր</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>%1 դասարանով ցածր</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>Չափորոշիչային թեստ գրանցված չէ</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>Դպրոցական հաճախում՝ %1%, %2%-ից ցածր</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Անգլերեն սովորող</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP և 504 պլան</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 պլան</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխա</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Անօթևան (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Սոցիալ-տնտեսապես անապահով</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>Կետեր՝ յուրաքանչյուր ցածր դասարանային մակարդակի համար</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>Առավելագույն կետեր թեստից</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>Հաճախման շեմ</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>Կետեր՝ շեմից ցածր հաճախման յուրաքանչյուր կետի համար</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>Առավելագույն կետեր հաճախումից</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP կամ 504 պլան</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Անօթևան</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1-ը պետք է լինի թիվ 0-ից 1000, ոչ թե %2։</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>Հաճախման շեմը տոկոս է. նշեք թիվ 0-ից 100, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>Կարիքի միավորի կշիռները հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>Աշակերտի կարիքի միավորը գումարում է կետեր հետ մնալու յուրաքանչյուր նշանի համար։ Ավելի բարձր միավորներ ունեցողները տեղ են ստանում առաջինը։</translation>
    </message>
    <message>
        <source> points</source>
        <translation> կետ</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>Յուրաքանչյուր ցածր դասարանի համար</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>Վերջին թեստում հետ մնալու յուրաքանչյուր դասարանային մակարդակի համար՝ ամենաշատ հետ մնացած առարկայում։</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>Առավելագույնը թեստերից</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>Թեստերը երբեք սրանից ավելի չեն ավելացնում։</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>Հաճախումը հաշվվում է սրանից ցածր</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>Սրանից ցածր դպրոցական հաճախումը կետեր է ավելացնում։</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>Ցածր հաճախման յուրաքանչյուր կետի համար</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>Այդ սահմանից ցածր հաճախման յուրաքանչյուր տոկոսային կետի համար։</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>Առավելագույնը հաճախումից</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>Հաճախումը երբեք սրանից ավելի չի ավելացնում։</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Անգլերեն սովորող</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>Այն աշակերտի համար, որի EL կարգավիճակը EL է։</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP կամ 504 պլան</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>IEP կամ Section 504 պլան ունեցող աշակերտի համար։</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխա</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>Խնամատար ընտանիքում գտնվող աշակերտի համար։</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Անօթևան</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>Անօթևան աշակերտի համար (McKinney-Vento)։</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Սոցիալ-տնտեսապես անապահով</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>Այն աշակերտի համար, որին շրջանը համարում է SED։</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Վերականգնել լռելյայնները(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>Վերադարձնել TutorDesk-ի սկզբնական կշիռները</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>label of a setting</comment>
        <translation>%1՝</translation>
    </message>
</context>
<context>
    <name>tutordesk::NewSchoolDialog</name>
    <message>
        <source>Set Up My School</source>
        <translation>Կարգավորել իմ դպրոցը</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk-ը պահում է մեկ դպրոցի ամբողջ տեղեկությունը այս համակարգչի մեկ ֆայլում։</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>օր.՝ Alvarado Street Elementary</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Դպրոցի անվանում</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>Դպրոցի անվանում(&amp;N)՝</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>շրջանի կոդը այս դպրոցի համար</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Դպրոցի կոդ</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>Ձեր շրջանի օգտագործած կոդը այս դպրոցի համար (Կալիֆոռնիայում՝ CDS կոդը)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>Դպրոցի կոդ(&amp;C)՝</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ըստ ցանկության</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Շրջանի կոդ</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>Շրջանի կոդ(&amp;D)՝</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>Ուսումնական տարվա առաջին օրը</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>Ուսումնական տարին սկսվում է(&amp;S)՝</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>Ուսումնական տարվա վերջին օրը</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>Ուսումնական տարին ավարտվում է(&amp;E)՝</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Տվյալների բազայի ֆայլ</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Փոխել…(&amp;H)</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>Ընտրեք, թե որտեղ պահպանել տվյալների բազայի ֆայլը</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>Պահպանված է՝</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Խնդիր</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>Կարգավորել դպրոցը(&amp;U)</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>TutorDesk-ի տվյալների բազաներ (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>Պահպանել դպրոցի տվյալների բազան որպես</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>Արտահանումը demographics.csv չունի. ծննդյան ամսաթվերը, սեռը, ռասան և էթնիկ պատկանելությունը մնում են ինչպես կան։</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1-ը sourcedId սյունակ չունի, ուստի այն OneRoster ֆայլ չէ, որը TutorDesk-ը կարող է կարդալ։ Կրկին արտահանեք ցուցակը որպես OneRoster CSV։</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>Ոչ մի սյունակ չի պարունակում աշակերտի ID-ն, ուստի դրոշակները հնարավոր չէ համապատասխանեցնել աշակերտներին։ Անվանեք այդ սյունակը &quot;Student ID&quot;։</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>Ոչ մի սյունակ չի պարունակում աշակերտական խմբի դրոշակ (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %)։ Անվանեք սյունակներն այդպես։</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>%1-րդ տողը պարունակում է նույն աշակերտի դրոշակները։ Թողեք երկու տողերից մեկը։</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>Աշակերտական խմբերի դրոշակներ %1-ից՝ %2։</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>Դրոշակների ֆայլի տողեր այն աշակերտների համար, որոնք այս դպրոցի ցուցակում չեն, բաց են թողնված՝ %1։</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1-ը propertyName և value սյունակներ չունի, ուստի այն OneRoster manifest չէ։ Կրկին արտահանեք ցուցակը որպես OneRoster CSV։</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>%1-ը նշում է, որ սա OneRoster %2 է։ TutorDesk-ը կարդում է OneRoster 1.1 և 1.2. խնդրեք արտահանում դրանցից մեկով։</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>%1-ը նշում է, որ %2.csv-ն պարունակում է միայն վերջին արտահանումից հետո փոփոխությունները (delta)։ Ցուցակի ներմուծմանն անհրաժեշտ են բոլոր աշակերտները. խնդրեք ամբողջական (bulk) արտահանում։</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>Ընտրեք դպրոցը՝ ներմուծման պատուհանում կամ հրամանի տողում --org-ով և երկու կետից առաջ գտնվող id-ով։</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>%1-ը բացակայում է. OneRoster արտահանումն այնտեղ է թվարկում իր դպրոցները։ Կրկին արտահանեք ցուցակը՝ ներառելով orgs.csv-ն։</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1-ը sourcedId սյունակ չունի, ուստի այն OneRoster orgs ֆայլ չէ։ Կրկին արտահանեք ցուցակը որպես OneRoster CSV։</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>%1-ում «%2» դպրոց չկա։ Դրանում եղած դպրոցները՝%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1-ը ոչ մի դպրոց չի թվարկում (ոչ մի տող &quot;school&quot; տեսակ չունի)։ Կրկին արտահանեք Ձեր դպրոցի ցուցակը աշակերտական համակարգից։</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1-ը թվարկում է %2 դպրոց. TutorDesk-ը ներմուծում է մեկական։ Դպրոցները՝%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1-ի ընթերցումը չեղարկվեց։</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>OneRoster արտահանում առանց manifest.csv-ի. դպրոց՝ %1։</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>OneRoster %1 արտահանում. դպրոց՝ %2։</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1՝ այդպիսի ֆայլ կամ թղթապանակ չկա։</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>%1-ը հնարավոր չէ բացել որպես zip ֆայլ. այն վնասված է կամ zip չէ։ Կրկին ներբեռնեք OneRoster արտահանումը աշակերտական համակարգից։</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1-ը պարունակում է %2 ֆայլ. OneRoster արտահանումն ունի մոտ մեկ տասնյակ։ Սա ցուցակի արտահանում չէ, ուստի ոչինչ չկարդացվեց։</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1-ը պարունակում է «%2» անունով ֆայլ, որը ցույց է տալիս zip-ից դուրս։ OneRoster արտահանումը երբեք դա չի անում, ուստի ոչինչ չկարդացվեց։ Խնդրեք շրջանից նոր արտահանում։</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1՝ «%2»-ը բացվելիս կլինի %3 ՄԲ, ավելի, քան %4 ՄԲ-ը, որը TutorDesk-ը կարդում է մեկ ֆայլից։ Սա դպրոցի ցուցակ չէ, ուստի ոչինչ չկարդացվեց։</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1-ը բացվելիս կգերազանցի %2 ՄԲ-ը։ Սա դպրոցի ցուցակ չէ, ուստի ոչինչ չկարդացվեց։</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1-ը %2 չունի։ Կրկին արտահանեք ցուցակը՝ ներառելով OneRoster-ի բոլոր ֆայլերը։</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>%1-ը հնարավոր չէ կարդալ. zip-ը վնասված է։ Կրկին ներբեռնեք OneRoster արտահանումը։</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1-ը պաշտպանված է գաղտնաբառով։ Կրկին արտահանեք ցուցակը առանց գաղտնաբառի։</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1-ը բացվելիս գերազանցում է %2 ՄԲ-ը։ Սա դպրոցի ցուցակ չէ, ուստի ոչինչ չկարդացվեց։</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1-ը %2 ՄԲ-ից մեծ է։ Սա դպրոցի ցուցակ չէ, ուստի ոչինչ չկարդացվեց։</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1-ը հնարավոր չէ կարդալ՝ %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1-ը %2 սյունակ չունի, ուստի այն OneRoster ֆայլ չէ, որը TutorDesk-ը կարող է կարդալ։ Կրկին արտահանեք ցուցակը որպես OneRoster CSV։</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>%1-ը բացակայում է, իսկ users.csv-ն role սյունակ չունի. TutorDesk-ը չի կարող որոշել, թե ով է աշակերտ։ Կրկին արտահանեք ցուցակը՝ ներառելով roles.csv-ն (OneRoster 1.2)։</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>%1-ը բացակայում է. OneRoster արտահանումն այնտեղ է թվարկում իր աշակերտներին։ Կրկին արտահանեք ցուցակը՝ ներառելով users.csv-ն։</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>Դասարանը դատարկ է։ Լրացրեք աշակերտի դասարանը աշակերտական համակարգում և կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>sourcedId-ն դատարկ է։ OneRoster-ի յուրաքանչյուր օգտատեր պետք է ունենա այն. կրկին արտահանեք։</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>Անունը (givenName) դատարկ է։ Լրացրեք այն աշակերտական համակարգում։</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>Ազգանունը (familyName) դատարկ է։ Լրացրեք այն աշակերտական համակարգում։</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>%1-րդ տողն ունի նույն «%2» աշակերտական ID-ն։ Յուրաքանչյուր աշակերտ պետք է նշված լինի մեկ անգամ. ուղղեք ID-ն աշակերտական համակարգում։</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>Սյունակներ, որոնք TutorDesk-ը չի օգտագործում՝ %1։</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>Աշակերտներ՝ users.csv-ում առանց նույնացուցիչի, որոնց OneRoster sourcedId-ն օգտագործվում է որպես շրջանային աշակերտական ID՝ %1։</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>Նախամանկապարտեզային աշակերտները բաց են թողնված (TutorDesk-ը սպասարկում է TK-ից մինչև 12-րդ դասարան)՝ %1։</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>Այս արտահանման այլ դպրոցների աշակերտները բաց են թողնված՝ %1։</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>OneRoster արտահանում</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>Անհրաժեշտ է միայն, երբ արտահանումը պարունակում է մի քանի դպրոց</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>Դպրոցի ID-ն արտահանման մեջ</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>Դպրոցի ID (sourcedId)(&amp;S)՝</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>Ըստ ցանկության. CSV՝ EL կարգավիճակով, IEP-ով և այլ աշակերտական խմբերով</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>Աշակերտական խմբերի ֆայլ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>Ընտրել աշակերտական խմբերի ֆայլը</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>Աշակերտական խմբերի ֆայլ(&amp;G)՝</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>Ընտրել աշակերտական խմբերի ֆայլը</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ֆայլեր (*.csv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>Գրանցված</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 գրանցված</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>Հանեք նշումը, երբ գրանցված ամսաթիվ չկա</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>Փաթեթը հնարավոր չեղավ նշել որպես առաքված. այն այլևս ելքային հերթում չէ։</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>Փաթեթն առաքվեց, բայց ելքային հերթը չկարողացավ դա գրանցել (%1)։ Այն կուղարկվի կրկին հաջորդ անգամ, ինչը վնասակար չէ։</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>Անհաջող փորձը հնարավոր չեղավ գրանցել. փաթեթն այլևս չի սպասում ելքային հերթում։</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>Անհաջող փորձը հնարավոր չեղավ գրանցել ելքային հերթում (%1)։ Փաթեթը դեռ սպասում է։</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>Սպասող փաթեթները հնարավոր չեղավ նշանակել անմիջապես ուղարկման (%1)։ Փորձեք կրկին։</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>Delivered to %1</source>
        <translation>Առաքված է %1-ին</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>Վերջին փորձը՝ %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ստեղծված</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Պարունակում է</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Տողեր</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Չափ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Վիճակ</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Վերջին խնդիր</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Ֆայլի անուն</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>Ելքային հերթը հնարավոր չեղավ կարդալ (%1)։</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>%1 փաթեթը հնարավոր չեղավ կարդալ ելքային հերթից (%2)։</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>%1 փաթեթը ելքային հերթում այլևս բովանդակություն չունի։ Ստեղծեք նոր ամբողջական արտահանում շրջանի համար։</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>Դադարեցնել և առաջարկել տեղը — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>Սպասման ցուցակը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>Դադարեցնել %1-ի տեղը %2-ում (%3)։ Տեղն ազատվում է. ընդգրկումը մնում է դադարեցված և կարող է վերսկսվել։</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>Առաջարկել տեղը %1-ին (%2, կարիք՝ %3), սպասման ցուցակում առաջինը(&amp;O)</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>Սպասման ցուցակում ոչ ոք չի համապատասխանում այս տեղին. ընդգրկումը միայն դադարեցվում է։</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Պատճառ(&amp;R)՝</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>Դադարեցնել և առաջարկել(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Դադարեցնել(&amp;P)</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>Գրեք դադարեցման պատճառը։</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>Տեղը հնարավոր չեղավ դադարեցնել։</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>Տեղը հնարավոր չեղավ դադարեցնել՝ %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>%1-ը դադարեցվեց %2-ում. տեղը տրվեց %3-ին։</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>%1-ը դադարեցվեց %2-ում. տեղին ոչ ոք չի սպասում։</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել՝ %2։ Ընտրեք թղթապանակ, որտեղ կարող եք գրել։</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել՝ %2։ Ստուգեք, որ սկավառակի վրա տեղ կա, և փորձեք կրկին։</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>էջերի վրա ոչինչ հնարավոր չեղավ նկարել</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>%1-ը հնարավոր չեղավ փոխարինել. այն կարող է բաց լինել այլ ծրագրում։ Փակեք այն կամ ընտրեք այլ անուն։</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել։ Ընտրեք թղթապանակ, որտեղ կարող եք գրել։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1-ը դեռ դպրոց չունի. կարգավորեք դպրոցը (անվանումը և ուսումնական տարին) նախքան աշակերտներին տեղաբաշխելը։</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>Տեղաբաշխում ըստ կարիքի</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>Տեղաբաշխման ընթացքում խումբը լրացավ. ոչինչ չփոխվեց։ Կրկին գործարկեք տեղաբաշխումը։</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>Տեղաբաշխումը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · Դասարաններ՝ %2 · Մակարդակ %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1-ը լրացված է (%3-ից %2)։ Նախ դուրս տեղափոխեք ինչ-որ մեկին կամ ընտրեք այլ խումբ։</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>սահմանվելու է</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>Դուրս եկավ սպասման ցուցակից՝ այլևս դպրոցի ակտիվ աշակերտ չէ</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>Դուրս եկավ սպասման ցուցակից՝ կարիքի միավորը (%1) այժմ 2-րդ մակարդակից ցածր է</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>Դուրս եկավ սպասման ցուցակից՝ վերջին թեստն այլևս ցույց չի տալիս %1 դասարանային մակարդակից ցածր</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>Դուրս եկավ սպասման ցուցակից՝ արդեն տեղ ունի %1-ում</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>Դուրս եկավ սպասման ցուցակից՝ %1-ում տեղը դադարեցվել կամ ավարտվել է. կրկին տեղավորեք ձեռքով</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>Տեղերի բյուջեն պետք է լինի 0-ից %1 տեղ, ոչ թե %2։</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>Տեղերի բյուջեն հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>%1-ն ավարտվել է։ Ընտրեք ակտիվ կամ պլանավորված խումբ։</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1-ը %2 խումբ է, իսկ %3-ի ընդգրկումը %4-ի համար է. տեղափոխումը պահպանում է առարկան։ Ընտրեք %4 խումբ։</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1-ն արդեն տեղ ունի %2-ում։</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Այդ խումբը լրացված է։ Նախ դուրս տեղափոխեք ինչ-որ մեկին կամ ընտրեք այլ խումբ։</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>Ընդգրկումը հնարավոր չեղավ փոխել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>%1 ընդգրկում չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Տեղաբաշխում» էջը։</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>%1 խումբ չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Տեղաբաշխում» էջը։</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>Տեղավորված է սպասման ցուցակից</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Տեղափոխված է %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>Վերադարձված է սպասման ցուցակ</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>%1-ի %2 ընդգրկումը %3 է. կարելի է տեղափոխել միայն տեղը կամ սպասման ցուցակի տեղը։</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>%1-ի %2 ընդգրկումը սպասման ցուցակում չէ (այն %3 է)։</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>%1-ի %2 ընդգրկումը տեղ չունի (այն %3 է), ուստի դադարեցնելու բան չկա։</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Դադարեցված</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>%1-ի %2 ընդգրկումը դադարեցված չէ (այն %3 է)։</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Վերսկսված</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (նոր)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>Կրկնուսույց դեռ չկա</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1, մակարդակ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln ազատ տեղ</numerusform>
            <numerusform>%Ln ազատ տեղ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · ID %2 · կարիքի միավոր %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>Խումբ / աշակերտ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Կարիքի միավոր</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Տեղեր</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Կրկնուսույց</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>Խմբերը և նրանց աշակերտները</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>Սպասման ցուցակ՝ ամենամեծ կարիքն ունեցողները առաջինը</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Խմբեր</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>Սպասման ցուցակ (ամենամեծ կարիքն ունեցողները առաջինը)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1-ը տեղափոխվեց %2։</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>սպասման ցուցակ</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>Առաջարկել տեղաբաշխում…(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>Տեղափոխել խումբ…(&amp;M)</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>Տեղափոխել սպասման ցուցակ(&amp;W)</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>Կազմել խմբի ժամանակացույցը…(&amp;G)</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>Տեղեր և սպասման ցուցակ</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>Տեսնել, թե ինչպես TutorDesk-ը կտեղավորի աշակերտներին ըստ կարիքի, ապա կիրառել, եթե համաձայն եք</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>Տեղափոխել ընտրված աշակերտին նույն առարկայի այլ խումբ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>Ազատել ընտրված աշակերտի տեղը. նա սպասում է ըստ կարիքի հերթականության (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>Նշանակել ընտրված խմբի կրկնուսույցին, սենյակը, օրերը և ժամը. դրա պարապմունքները կհետևեն (կամ կրկնակի սեղմեք խմբի վրա)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Տեղաբաշխում</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Խմբերը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · զբաղված է %3 տեղից %2-ը · %4 սպասող</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln խումբ</numerusform>
            <numerusform>%Ln խումբ</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>Խմբեր դեռ չկան։ Ներմուծեք ցուցակը և թեստերի արդյունքները, ապա սեղմեք «Առաջարկել տեղաբաշխում»։</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>Տեղաբաշխումը կիրառվեց։ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln աշակերտ</numerusform>
            <numerusform>%Ln աշակերտ</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>Ոչ մի աշակերտ նոր տեղ չստացավ։</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>Ոչ մի աշակերտ նոր տեղ չէր ստանա։</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>%1-ը տեղ ստացավ՝ %2։</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>%1-ը տեղ կստանար՝ %2։</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>%Ln նոր պլանավորված խմբով</numerusform>
            <numerusform>%Ln նոր պլանավորված խմբով</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>%1-ը տեղ ստացավ առկա խմբերում։</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>%1-ը տեղ կստանար առկա խմբերում։</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>Ոչ ոք չի սպասում։</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>Ոչ ոք չէր սպասի։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>%Ln աշակերտ սպասում է՝ ամենամեծ կարիքն ունեցողները առաջինը։</numerusform>
            <numerusform>%Ln աշակերտ սպասում է՝ ամենամեծ կարիքն ունեցողները առաջինը։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>%Ln աշակերտ կսպասեր՝ ամենամեծ կարիքն ունեցողները առաջինը։</numerusform>
            <numerusform>%Ln աշակերտ կսպասեր՝ ամենամեծ կարիքն ունեցողները առաջինը։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln աշակերտ դուրս եկավ սպասման ցուցակից. նրանք այլևս իրավասու չեն։</numerusform>
            <numerusform>%Ln աշակերտ դուրս եկավ սպասման ցուցակից. նրանք այլևս իրավասու չեն։</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>Խմբերն առաջարկում են %1 տեղ այն %2 տեղից, որը ծրագիրը կարող է ֆինանսավորել։</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>Առաջարկել տեղաբաշխում</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>Նոր տեղերն առաջարկվում են որպես հրավերներ. կրկնուսուցումը սկսվում է ընտանիքի համաձայնությունից հետո։ Կիրառե՞լ այս տեղաբաշխումը։</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>Կիրառելու բան չկա։</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Կիրառել(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>Մուտքագրել ստուգումներ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Խումբ(&amp;G)՝</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>Ստուգման ամսաթիվ</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>Ստուգման փուլ</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Առավելագույն միավոր</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ամսաթիվ(&amp;D)՝</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Փուլ(&amp;W)՝</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>Առավելագույնը(&amp;O)՝</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Ստուգման արդյունքներ</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>Մուտքագրեք միավորը և սեղմեք Enter՝ հաջորդ աշակերտին անցնելու համար։ Թողեք բջիջը դատարկ՝ «չի ստուգվել»-ի համար։ Ctrl+S-ը պահպանում է բոլոր միավորները միանգամից։</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>Պահպանել միավորները(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>հմտություն չկա</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (ավարտված)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>Խմբեր դեռ չկան։ Նախ ստեղծեք խմբեր «Ժամանակացույց» էջում։</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>Խմբերը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>Չեղարկե՞լ միավորները</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>Այս խմբի համար մուտքագրված միավորները պահպանված չեն։ Չեղարկե՞լ դրանք և բացել մյուս խումբը։</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>Խմբի ստուգումները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>Այս խումբը դեռ թիրախային հմտություն չունի. սահմանեք այն «Ժամանակացույց» էջում՝ նախքան ստուգումներ մուտքագրելը։</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>Հմտություն %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · Յուրացում՝ %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
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
        <translation>%1 (պահպանված)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>Նոր՝ %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>Աճ
(տոկոսային կետեր)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>Յուրացում</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (տեղն ազատված է)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>Այդ օրը այլևս այս խմբում չէ. ավելի վաղ արդյունքները պահպանվում են։</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ Յուրացված</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>Թիվ չէ. մուտքագրեք միավորը կամ թողեք բջիջը դատարկ՝ «չի ստուգվել»-ի համար։</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>Միավորը պետք է լինի 0-ից %1։</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 կետ</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>Ելակետային ստուգումից մինչև այս մեկը՝ տոկոսային կետերով։</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>Աճը ցույց է տրվում, երբ կա երկու արդյունք։</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>%1-ի «%2» միավորը թիվ չէ։ Մուտքագրեք միավորը կամ մաքրեք բջիջը՝ «չի ստուգվել»-ի համար։ Ոչինչ չպահպանվեց։</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Ոչինչ չպահպանվեց։ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>Ավելացվեց %n միավոր</numerusform>
            <numerusform>Ավելացվեց %n միավոր</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n փոփոխված</numerusform>
            <numerusform>%n փոփոխված</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n մաքրված</numerusform>
            <numerusform>%n մաքրված</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>Պահպանելու բան չկա. ոչ մի միավոր չի փոխվել։</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>Պահպանված է %1-ի համար՝ %2։</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>Պահպանե՞լ միավորները</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>%1-ի համար մուտքագրված որոշ միավորներ պահպանված չեն։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>աշակերտ %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>%1-ը թիրախային հմտություն չունի, ուստի նրա ստուգումները հնարավոր չէ համեմատել։ Նախ «Ժամանակացույց» էջում խմբին տվեք հմտության կոդ։</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>Ընտրեք ստուգման անցկացման օրը։</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>Ստուգման օրը՝ %1, ապագայում է։ Մուտքագրեք ստուգումները դրանց անցկացման օրը կամ դրանից հետո։</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>Ստուգման օրը՝ %1, %2-ի սկսվելուց (%3) առաջ է։ Ստուգեք օրը։</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>Ընտրեք ստուգման փուլը՝ նախնական, ընթացիկ կամ վերջնական։</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>Ստուգման առավելագույն միավորը պետք է լինի 0-ից մեծ։</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>%1-ի %2 միավորը 0-ից %3 միջակայքից դուրս է։ Ուղղեք միավորը կամ ստուգման առավելագույնը։</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>%1-ը %3-ին %2-ում տեղ չունի, ուստի %4 միավորը հնարավոր չէ գրանցել խմբի համար։ Մաքրեք միավորը կամ ստուգեք օրը։</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>%1 խումբ չկա (հնարավոր է՝ հեռացվել է)։ Ընտրեք այլ խումբ։</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>Ստուգման միավորները հնարավոր չեղավ պահպանել %1-ում՝ %2։ Ոչինչ չփոխվեց. փորձեք կրկին։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>Ստուգմանն անհրաժեշտ է հմտության կոդ, օր.՝ 3.OA.7։</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>%1-ի յուրացման շեմը %2 % է. այն պետք է լինի 1-ից 100 %։</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>%1-ի առավելագույն միավորը %2 է. այն պետք է լինի 0-ից մեծ (կամ դատարկ)։</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>Ստուգման կարգավորումները հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>Յուրաքանչյուր հմտության ստուգման սովորական առավելագույն միավորը (աղյուսակը սկսվում է դրանով) և դրա այն մասը, որը համարվում է յուրացում։ Աճը և յուրացումը ամենուր օգտագործում են սրանք։</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Հմտություն</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>Պարզ բառերով</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Առարկա</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Առավելագույն միավոր</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>Յուրացման շեմ</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Օգտագործում է</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>Ստուգման հմտություններ</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>Հմտությունը հայտնվում է այստեղ, երբ որևէ խումբ թիրախավորում է այն կամ որևէ ստուգում նշում է այն։</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Սահմանված չէ</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>%1-ի առավելագույն միավորը</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>%1-ի յուրացման շեմը</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n խումբ</numerusform>
            <numerusform>%n խումբ</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n արդյունք</numerusform>
            <numerusform>%n արդյունք</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>Թեստերի արդյունքներ</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>Դպրոցական հաճախում</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Անգլերեն սովորող</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP կամ 504 պլան</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխա</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Անօթևան (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Սոցիալ-տնտեսապես անապահով</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Մակարդակ %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1՝ %2 × %3 րոպե շաբաթական, մինչև %4 հոգանոց խմբեր</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>Պլանավորված</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>Ակտիվ</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>Ավարտված</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1՝ %2-ից</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>Դպրոց(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Խումբ(&amp;G)՝</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>Աշակերտ(&amp;T)՝</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>Գծապատկերի խումբը</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>Գծապատկերի աշակերտը</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>Մուտքագրեք անուն կամ շրջանային id</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>Տվյալները տեսնելու համար մկնիկը պահեք կետի կամ սյունակի վրա. աջ սեղմեք գծապատկերի վրա՝ այն պահպանելու կամ տպելու համար։</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>Գծապատկեր՝</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>Չափաբաժնի բաշխում</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>Ոչ մի աշակերտ դեռ տեղ չունի։</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>Աճն ընդդեմ չափաբաժնի</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>Աճ դեռ չկա. աճը ցույց է տրվում, երբ աշակերտն իր խմբի հմտության երկու ստուգում ունի։</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>Շաբաթական հաճախման ցուցանիշ</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>Հաճախում դեռ չի նշվել։</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>Աշակերտներն ըստ մակարդակի</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>Ոչ մի աշակերտ դեռ կարիքի մակարդակ չունի. հաշվեք կարիքի միավորները «Տեղաբաշխում» էջում։</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>Ընտրեք խումբ վերևում։</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>Աճն ըստ աշակերտի</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>Այս խմբում դեռ աշակերտներ չկան։</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>Այս խումբը թիրախային հմտություն չունի, ուստի աճը հնարավոր չէ չափել։ Սահմանեք դրա հմտությունը «Ժամանակացույց» էջում։</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>Աճ դեռ չկա. այս խմբում ոչ մի աշակերտ %1-ի երկու ստուգում չունի։</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>Անցկացված պարապմունքներն ընդդեմ նախատեսվածի</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>Այս խմբի համար դեռ պարապմունքներ նախատեսված չեն։</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>Ընտրեք աշակերտ վերևում։</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>Ստուգման արդյունքներ</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>Այս աշակերտի համար դեռ ստուգումներ չկան։</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>Ստացած րոպեներն ընդդեմ նախատեսվածի</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>Այս աշակերտի համար դեռ պարապմունքներ չկան։</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>Հաճախումն ըստ շաբաթների</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>Այս աշակերտի համար դեռ պարապմունքներ չեն անցկացվել։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>Ներառել դադարեցվածներին և դուրս եկածներին(&amp;U)</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>Աշակերտներ(&amp;D)</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>Խմբեր(&amp;R)</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>Մեկ տող յուրաքանչյուր աշակերտի և խմբի համար</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>Մեկ տող յուրաքանչյուր խմբի համար՝ անցկացում, հաճախում, աճ և նշաններ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>Մեկ խմբի աշակերտները կամ ամբողջ դպրոցը</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Բոլոր խմբերը</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Նշան</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>Ցանկացած նշան կամ առանց նշանի</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>Նշված (ցանկացած)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Չի հաճախում</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Հաճախում է, բայց չի բարելավվում</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Ցանկացած մակարդակ</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Մակարդակ %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Առարկա</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>Ցանկացած առարկա</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>Նաև այս տարի դադարեցված կամ դուրս եկած տեղերը (դրանք երբեք չեն նշվում)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>Որոնել ըստ անվան կամ շրջանային ID-ի</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Որոնել աշակերտներ</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>Աշակերտներ՝ անվան կամ շրջանային ID-ի մի մասը։ Խմբեր՝ խմբի անվան, հմտության կամ կրկնուսույցի մի մասը</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 կետ</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>Աճը գնահատելուց առաջ հաճախած պարապմունքների թիվը պետք է լինի ամբողջ թիվ 1-ից 200, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>Լավ հաճախում համարվող հաճախումը պետք է լինի 0%-ից բարձր և առավելագույնը 100%, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>Սպասվող աճը պետք է լինի 0-ից 100 տոկոսային կետ, ոչ թե %1։</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>Հաճախումը գնահատելու համար անհրաժեշտ պարապմունքների թիվը պետք է լինի ամբողջ թիվ 1-ից 200, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>Հաճախումը, որից ցածր աշակերտը համարվում է չհաճախող, պետք է լինի 0%-ից բարձր և առավելագույնը 100%, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>Հաճախումը, որից ցածր աշակերտը համարվում է չհաճախող (%1), չպետք է գերազանցի լավ հաճախում համարվող հաճախումը (%2)։</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>Առաջադիմության նշանները չպահպանվեցին՝ %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>Առաջադիմության նշանները հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Հաճախում է, բայց չի բարելավվում</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>Չի հաճախում</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>Նշան չկա</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>Հաճախել է առնվազն %1՝ %2 կամ ավելի բարձր հաճախումով, բայց խմբի հմտության ստուգման մեջ աճել է %3-ից պակաս (նախնականից մինչև վերջինը) և չի հասել յուրացման։ Խնդիրը հաճախումը չէ. ուշադրություն դարձրեք ուսուցմանը։</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n պարապմունք</numerusform>
            <numerusform>%n պարապմունք</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>Հաճախել է նշված հաճախումով պարապմունքների %1-ից պակասին՝ առնվազն %2-ից հետո։ Աշակերտը չի ստանում կրկնուսուցումը. նախ կապվեք ընտանիքի հետ։</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>Ոչ մի նշան չի կիրառվում. հաճախումը %1-ից ցածր չէ, և աճը դեռ գնահատված չէ կամ առնվազն %2 է (կամ հմտությունը յուրացված է)։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n պարապմունք</numerusform>
            <numerusform>%n պարապմունք</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>Հաճախած պարապմունքներ՝ մինչև աճը գնահատելը</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>Լավ հաճախում համարվող հաճախումը</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>Սպասվող աճը՝ տոկոսային կետերով</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>Հաճախումը գնահատելու համար անհրաժեշտ պարապմունքներ</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>Հաճախումը, որից ցածր աշակերտը չի հաճախում</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> կետ</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>«Առաջադիմություն» էջը նշում է երկու տեսակի աշակերտների, որպեսզի ոչ ոք չսպասի մինչև ծրագրի ավարտը՝ նկատվելու համար։ Նշվում են միայն ներկայումս զբաղեցված տեղերը։</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>Նշված հաճախումով առնվազն %1-ից հետո նշել այն աշակերտին, ով հաճախել է դրանց %2-ից պակասին։</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>Կրկնուսուցումը չի կարող արդյունք տալ, եթե աշակերտը ներկա չէ. նախ կապվեք ընտանիքի հետ։</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>%2 կամ ավելի բարձր հաճախումով առնվազն %1 հաճախելուց հետո
նշել խմբի հմտության ստուգման մեջ %3-ից պակաս աճը (յուրացված հմտությունը երբեք չի նշվում)։</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>Աճը վերջին ստուգման տոկոսն է՝ հանած նախնական ստուգման տոկոսը, տոկոսային կետերով. անհրաժեշտ է խմբի հմտության երկու ստուգում։</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>Խնդիր շեմերի հետ</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Վերականգնել լռելյայնները(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>Վերադարձնել TutorDesk-ի սկզբնական շեմերը</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>Մուտքագրել ստուգումներ…(&amp;P)</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>Մուտքագրել խմբի հմտության ստուգման միավորներն աղյուսակում</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>Աշակերտներ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Գծապատկերներ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>Հավասարության աուդիտ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>Շաբաթական ամփոփում(&amp;W)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Առաջադիմություն</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>Խմբերի առաջադիմությունը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Մակարդակ %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>%1 անցկացված (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 չի հաճախում · %2 չի բարելավվում</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>Անցկացված հերթական պարապմունքները՝ մինչև այսօր նախատեսվածներից. ծրագիրն իրականացվե՞լ է</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>Երկու ստուգում ունեցող խմբի աշակերտների միջին աճը՝ տոկոսային կետերով</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>Բացեք խումբը՝ տեսնելու, թե ով է նշված և ինչու</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Սեղմեք՝ ըստ այս սյունակի դասավորելու համար</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Կրկնուսույց</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Աշակերտներ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Պարապմունքներ</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>Միջին հաճախում</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Րոպեներ</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>Միջին աճ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Նշաններ</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>Առաջադիմության տվյալները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Սահմանված չէ</translation>
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
        <translation>Շրջանային ID %1 · %2 դասարան</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>Մակարդակ %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>Հաճախած %n պարապմունք (ներառյալ լրացուցիչները)</numerusform>
            <numerusform>Հաճախած %n պարապմունք (ներառյալ լրացուցիչները)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n բացակայություն</numerusform>
            <numerusform>%n բացակայություն</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>Այս աշակերտի համար մինչև այսօր անցկացված %n պարապմունք (ներառյալ լրացուցիչները)</numerusform>
            <numerusform>Այս աշակերտի համար մինչև այսօր անցկացված %n պարապմունք (ներառյալ լրացուցիչները)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>Հաճախում՝ հաճախած պարապմունքները նշված հաճախումով պարապմունքներից</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>Ստացած րոպեները նախատեսված րոպեներից (չեղարկված պարապմունքները ներառված են պլանում)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>Խմբի հմտության առաջին ստուգումը, %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>%1-ի ստուգում դեռ չկա</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>Վերջին ստուգումը, %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>Աճի համար անհրաժեշտ է նույն հմտության երկրորդ ստուգում</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>Աճի համար անհրաժեշտ է նույն հմտության նախնական և ավելի ուշ ստուգում</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>Վերջին տոկոսը՝ հանած նախնական տոկոսը, տոկոսային կետերով%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>; ✓ յուրացված</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>Ազատված տեղը չի նշվում</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>Հաճախած պարապմունքներն անցկացվածներից</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>Հաճախած պարապմունքները նշված հաճախումով պարապմունքներից</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Ստացած րոպեները նախատեսվածներից</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>Խմբի հմտության առաջին (նախնական) ստուգումը՝ միավոր և տոկոս</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>Նույն հմտության վերջին ստուգումը</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>Վերջինը՝ հանած նախնականը, տոկոսային կետերով. ✓ յուրացված</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Սեղմեք՝ ըստ այս սյունակի դասավորելու համար</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Կրկնուսույց</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>Թիրախային հմտություն</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Պարապմունքներ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Հաճախում</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Րոպեներ</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Նախնական</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Վերջին</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Աճ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Նշան</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>Ցուցադրված աշակերտներ</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>Աշակերտների հաճախումը, հմտությունը և աճը</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>Խմբերի անցկացումը, հաճախումը և աճը</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>Բացեք դպրոց՝ տեսնելու, թե ով է հաճախել, որ հմտությունն է թիրախավորվել և ով է բարելավվել։</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n խումբ</numerusform>
            <numerusform>%n խումբ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n աշակերտ</numerusform>
            <numerusform>%n աշակերտ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n տեղ</numerusform>
            <numerusform>%n տեղ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n չի հաճախում</numerusform>
            <numerusform>%n չի հաճախում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n հաճախում է, բայց չի բարելավվում</numerusform>
            <numerusform>%n հաճախում է, բայց չի բարելավվում</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>միջին աճ՝ %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>աճ դեռ չափված չէ</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>միջին հաճախում՝ %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>Ցույց տալ գծապատկերները(&amp;C)</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>Մուտքագրել ստուգումներ այս խմբի համար…(&amp;P)</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>Գրանցել դիտարկում կամ վստահություն…(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>Ցույց տալ աշակերտներին(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 կետ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1՝ %2-ից</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>նախնական</translation>
    </message>
    <message>
        <source>post</source>
        <translation>վերջնական</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>ընթացիկ ստուգում</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Դադարեցված</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Դուրս եկած</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Հրավիրված</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Համաձայնություն տված</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ակտիվ</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>«%1»-ը բաց թողնված պարապմունքի մասին չէ, ուստի նշանակելու լրացուցիչ պարապմունք չկա։</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>«%1»-ի բաց թողնված պարապմունքն այլևս չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Այսօր» էջը։</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>Ընտրեք օր և սկզբի ժամ %1-ի լրացուցիչ պարապմունքի համար։</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>%1-ի լրացուցիչ պարապմունքը պետք է լինի բաց թողնված պարապմունքից (%2) հետո և ոչ շուտ, քան այսօր։ Ընտրեք ավելի ուշ օր։</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1-ը դպրոցական օր չէ։ Ընտրեք այլ օր %2-ի լրացուցիչ պարապմունքի համար։</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Լրացուցիչ պարապմունքը տևում է 5-ից 240 րոպե, ոչ թե %1։</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>Լրացուցիչ պարապմունք %1-ին, ժամը %2-ին</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>%1 սպասվող գործողություն չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Այսօր» էջը։</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1՝ %2-ի համար</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>«%1»-ը հետ է կանչվել. այն առաջացրած բացակայությունը փոխվել է։ Անելու բան չի մնացել։</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>«%1»-ն արդեն լուծված է որպես ոչ անհրաժեշտ։ Նախ վերաբացեք այն՝ դա փոխելու համար։</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>«%1»-ն արդեն կատարված է։ Նախ վերաբացեք այն՝ դա փոխելու համար։</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>Նախ գրանցեք զանգ կամ նամակ ընտանիքին. փոխանցումը վերև հաջորդում է կապի առնվազն մեկ փորձի։</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>Նշեք, թե ինչու անհրաժեշտ չէ։</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>«%1»-ին կապվող կապն այլևս չկա (հնարավոր է՝ հեռացվել է)։ Գրանցեք այն կրկին։</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>«%1»-ին կապվող նամակն այլևս չկա (հնարավոր է՝ հեռացվել է)։ Տպեք այն կրկին։</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>%1 կապ չկա (հնարավոր է՝ հեռացվել է)։ Գրանցեք այն կրկին։</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>Այդ կապը այլ աշակերտի մասին է, ոչ թե %1-ի։ Ընտրեք %1-ի կապը։</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The change could not be saved in %1: %2</source>
        <translation>Փոփոխությունը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>«%1»-ը հետ է կանչվել արձանագրության կողմից (դրա բացակայությունը փոխվել է) և մնում է հետ կանչված։</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>«%1»-ը դեռ բաց է. վերաբացելու բան չկա։</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>%1 նամակ չկա (հնարավոր է՝ հեռացվել է)։ Տպեք այն կրկին։</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>Այդ նամակը այլ աշակերտի ընտանիքին է, ոչ թե %1-ի։</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Նամակն ուղարկված է</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>Սպասման ցուցակում %1 գրառում չկա (հնարավոր է՝ հեռացվել է)։ Կրկին ընտրեք։</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1-ն այլևս սպասման ցուցակում չէ, ուստի %2-ի տեղը հնարավոր չէ առաջարկել նրան։ Կրկին ընտրեք։</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1-ը սպասում է այլ առարկայի, քան %2-ն է դասավանդում։ Ընտրեք այն առարկային սպասողին։</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1-ն արդեն տեղ ունի %2-ում։</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>Տեղավորված է սպասման ցուցակից դադարեցված տեղում</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>«%1»-ը խմբում տեղ չի նշում, ուստի դադարեցնելու բան չկա։</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>Դադարեցված է բաց թողնված պարապմունքներից հետո</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>%1-ի տեղը %2-ում %3 է, ոչ թե զբաղված. դադարեցնելու բան չկա։</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>Դադարեցված է (%1). տեղը ոչ ոքի չի առաջարկվել։</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>Դադարեցված է (%1). տեղն առաջարկվեց %2-ին։</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>Այդ խումբը լրացված է։ Նախ դուրս տեղափոխեք ինչ-որ մեկին կամ ընտրեք այլ խումբ։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>Հետ է կանչվել. պարապմունքը հեռացվել է։</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>Փոխարինել է %1-ը</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>Հետ է կանչվել. %1-ն այլևս բացակա նշված չէ %2-ին։</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>Բաց թողնված պարապմունքների արձանագրությունը հնարավոր չեղավ թարմացնել %1-ում՝ %2 Ոչինչ չփոխվեց. փորձեք կրկին, և եթե սխալը կրկնվի, գործարկեք &quot;tutordesk-cli check&quot;։</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>Հետ է կանչվել. %1-ի պարապմունքը չեղարկվել է։</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>Հետ է կանչվել. %1-ի պարապմունքի հաճախումը մաքրվել է։</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>Հետ է կանչվել. %1-ի բացակայությունն այժմ գրանցված է որպես ներկա։</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>Հետ է կանչվել. %1-ի բացակայությունն այժմ գրանցված է որպես ուշացում։</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>Հետ է կանչվել. %1-ի բացակայությունն այժմ գրանցված է որպես հարգելի։</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>Հետ է կանչվել. նախորդ հաճախման կամ արձանագրության շեմերի փոփոխությունից հետո %1-ի բացակայությունն այլևս սա չի պահանջում։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>Տեղեկացնել ընտանիքին</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Նշանակել լրացուցիչ պարապմունք</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>Փոխանցել ուսուցչին կամ խորհրդատուին</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>Դադարեցնել տեղը և առաջարկել այն</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>Փոխարինել բացակա կրկնուսույցին</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև ընտանիքին տեղեկացնելը</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Ընտանիքին տեղեկացնելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև լրացուցիչ պարապմունքը</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>Լրացուցիչ պարապմունք նշանակելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև վերև փոխանցելը</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>Հաճախման տոկոսը, որից ցածր պետք է փոխանցել վերև</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>Քանի շաբաթ հետ է նայում հաճախման տոկոսը</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>Հաճախման տոկոսը գնահատելու համար անհրաժեշտ պարապմունքներ</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Վերև փոխանցելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև տեղը դադարեցնելը</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>Տեղը դադարեցնելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>Դպրոցական օրեր պարապմունքից առաջ՝ կրկնուսույցի բացակայությունը փոխարինելու համար</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1-ը պետք է լինի %2 կամ ավելի, ոչ թե %3։</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1-ը պետք է լինի ամբողջ թիվ %2-ից %3, ոչ թե %4։</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>Արձանագրության շեմերը չպահպանվեցին՝ %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>Արձանագրության շեմերը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n բացակայություն</numerusform>
            <numerusform>%n բացակայություն</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>նույն օրը</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>%n դպրոցական օրվա ընթացքում</numerusform>
            <numerusform>%n դպրոցական օրվա ընթացքում</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>նաև հարգելի բացակայությունների դեպքում</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>նաև ցանկացած անհարգելի բացակայությունից հետո</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>Երբ աշակերտը բաց է թողնում կրկնուսուցումը, TutorDesk-ը թվարկում է, թե ինչ անել և մինչև երբ։ Անընդմեջ բացակայությունները հաշվում են միայն անցկացված պարապմունքները. ցանկացած պարապմունքի, այդ թվում լրացուցիչի, հաճախելը ընդհատում է շարքը։</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>Հարգելի բացակայությունը սովորաբար նշանակում է, որ ընտանիքն արդեն տեղեկացրել է դպրոցին։</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>Անընդմեջ %1-ից հետո տեղեկացնել ընտանիքին %2՝ նրանց լեզվով։ %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև ընտանիքին տեղեկացնելը</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>Ընտանիքին տեղեկացնելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>Անհարգելի բացակայությունը պահանջում է լրացուցիչ պարապմունք, նույնիսկ եթե այն առաջինն է։</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>Անընդմեջ %1-ից հետո նշանակել լրացուցիչ պարապմունք %2 և գրանցել կապ ընտանիքի հետ։ %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև լրացուցիչ պարապմունքը</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>Լրացուցիչ պարապմունք նշանակելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>Անընդմեջ %1-ից հետո կամ %3-ի ընթացքում %2-ից ցածր հաճախման դեպքում (առնվազն %4),
փոխանցել վերև %5։</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև վերև փոխանցելը</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>Հաճախման ցուցանիշ, որից ցածր պետք է փոխանցել վերև</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>Քանի շաբաթ հետ է նայում հաճախման ցուցանիշը</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>վերջին %n շաբաթ</numerusform>
            <numerusform>վերջին %n շաբաթ</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>Հաճախման ցուցանիշը գնահատելու համար անհրաժեշտ անցկացված պարապմունքներ</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n անցկացված պարապմունք</numerusform>
            <numerusform>%n անցկացված պարապմունք</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>Վերև փոխանցելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>Հանդիպում ուսուցչի կամ խորհրդատուի հետ, նամակ տուն և անցկացման այլ ձևաչափի քննարկում։</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>Անընդմեջ %1-ից հետո դադարեցնել տեղը և առաջարկել այն սպասման ցուցակին %2։</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>Անընդմեջ բացակայություններ՝ մինչև տեղը դադարեցնելը</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>Տեղը դադարեցնելու և առաջարկելու դպրոցական օրեր</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>Տեղն առաջարկվում է նույն առարկային և մակարդակին սպասող ամենամեծ կարիք ունեցող աշակերտին։</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>Երբ կրկնուսույցը բացակա է, փոխարինել կամ չեղարկել նրա յուրաքանչյուր պարապմունք %1։</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>Քանի դպրոցական օր առաջ փոխարինել պարապմունքը</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>մինչև պարապմունքի օրը</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>%n դպրոցական օր առաջ</numerusform>
            <numerusform>%n դպրոցական օր առաջ</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Վերականգնել լռելյայնները(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>Վերադարձնել TutorDesk-ի սկզբնական արձանագրությունը</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>«%1»-ը հնարավոր չեղավ տպել. տպիչը մերժեց այն։ Ստուգեք տպիչը կամ պահպանեք որպես PDF և տպեք այն։</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>«%1»-ն ուղարկվեց տպիչին։</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>Պահպանել «%1»-ը որպես PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>«%1»-ը պահպանվեց որպես %2։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Էջ %1՝ %2-ից</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>Այս ծրագիրը չի կարող PDF ֆայլեր գրել (էջերի գրիչ տեղադրված չէ)։ Օգտագործեք TutorDesk կամ tutordesk-cli։</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>Կատարված է — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>Անհրաժեշտ չէ — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>Նշել «%1»-ը %2-ի համար որպես կատարված։</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>Նշել «%1»-ը %2-ի համար որպես ոչ անհրաժեշտ։ Նշեք պատճառը. նշումը մնում է գործողության հետ։</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>Նշում (ըստ ցանկության)(&amp;N)՝</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Նշում(&amp;N)՝</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Նշել կատարված(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>Նշել ոչ անհրաժեշտ(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>Գրեք նշում, թե ինչու անհրաժեշտ չէ։</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>Գործողությունը հնարավոր չեղավ լուծել։</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>Գործողությունը հնարավոր չեղավ լուծել՝ %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Կատարված է՝ %1 %2-ի համար։</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>Անհրաժեշտ չէ՝ %1 %2-ի համար։</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>Շրջանային %1 աշակերտական ID-ն նաև %2-րդ տողում է։ Յուրաքանչյուր աշակերտ պետք է ցուցակում լինի մեկ անգամ. հեռացրեք երկու տողերից մեկը կամ ուղղեք ID-ն։</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> և ևս %n</numerusform>
            <numerusform> և ևս %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Ներմուծումը չեղարկվեց. ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>Դուրս են գրվել, քանի որ այս ցուցակում նշված չեն (նրանց պատմությունը պահպանվում է)՝ %1։</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>Ակտիվ աշակերտներ, որոնք այս ցուցակում չեն՝ %1։ Նրանք մնում են ակտիվ. եթե այս ցուցակն ամբողջ դպրոցն է, և նրանք հեռացել են, կրկին ներմուծեք այն և ընտրեք նրանց դուրս գրելը։</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>Այս ցուցակում աշակերտներ չկան, ուստի բոլոր աշակերտները դուրս կգրվեին։ Ստուգեք, որ դա ճիշտ ֆայլն է։</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>Նախկինում դուրս գրված և կրկին այս ցուցակում, ուստի կրկին ակտիվ են՝ %1։</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>Ցուցակը հնարավոր չեղավ պահպանել, ուստի ոչինչ չփոխվեց՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>Շրջանային աշակերտական ID</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>Նահանգային աշակերտական ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Նախընտրած անուն</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Սեռ</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Իսպանախոս կամ լատինաամերիկացի</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>Ռասա (կոդեր կամ անուններ)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Ամերիկյան հնդկացի կամ Ալյասկայի բնիկ</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Ասիացի</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Սևամորթ կամ աֆրոամերիկացի</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Հավայան կղզիների կամ Խաղաղօվկիանոսյան այլ կղզիների բնիկ</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Սպիտակամորթ</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>Անգլերեն սովորողի կարգավիճակ</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Տնային լեզու</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (հատուկ կրթություն)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Section 504 պլան</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխա</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Անօթևան (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Սոցիալ-տնտեսապես անապահով</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Հաճախման ցուցանիշ (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Ծնողի կամ խնամակալի անունը</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>Ծնողի կամ խնամակալի անունը (առաջին)</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>Ծնողի կամ խնամակալի ազգանունը</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Կապը աշակերտի հետ</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>Ծնողի կամ խնամակալի հեռախոսը</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>Ծնողի կամ խնամակալի էլ. փոստը</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>Ծնողի կամ խնամակալի լեզուն</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>Սյունակների համապատասխանեցումը «%1»-ը վերցնում է «%2» սյունակից, բայց այս ֆայլն այդպիսի սյունակ չունի։ Կրկին ընտրեք «%1»-ի սյունակը կամ վերանվանեք սյունակը ֆայլում։</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>Ոչ մի սյունակ չի պարունակում «%1»։ TutorDesk-ը փնտրել է %2 անունով սյունակ։ Վերանվանեք այդ սյունակը ֆայլում կամ ընտրեք այն սյունակների համապատասխանեցման մեջ։</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>«%1» սյունակը (%2) այս ֆայլում չէ. TutorDesk-ում դրա համար եղածը մնում է անփոփոխ։</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>Ազգանունը դատարկ է։ Լրացրեք այն աշակերտական համակարգից։</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>Անունը դատարկ է։ Լրացրեք այն աշակերտական համակարգից։</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>%1 ծննդյան ամսաթիվը ապագայում է։ Ստուգեք տարեթիվը։</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>տող %1 և ևս %n</numerusform>
            <numerusform>տող %1 և ևս %n</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>տող %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>«%1» լեզուն (%2) TutorDesk-ին հայտնի չէ. այն պահվում է ինչպես գրված է։ Եթե դա տարածված լեզու է, օգտագործեք դրա անգլերեն անունը կամ կոդը (es, vi, zh-Hant, …)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>«%1»-ը (%2) ռասայական կատեգորիա չի նշում, ուստի այդ աշակերտների համար ռասա չի գրանցվում։ Արտահանեք բուն ռասաները (օրինակ՝ &quot;Asian; White&quot;)՝ դրանք գրանցելու համար։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>«%1»-ը (%2) նշում է միայն, որ աշակերտը անգլերեն սովորող չէ. EL կամ TBD կարգավիճակը մաքրվում է, իսկ EO, IFEP կամ RFEP-ը պահպանվում է։ Արտահանեք EO, IFEP կամ RFEP՝ դա գրանցելու համար։</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Չներմուծված սյունակներ՝ %1։</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի անգլերեն սովորողի կարգավիճակ չէ։ Օգտագործեք EO, IFEP, EL, RFEP կամ TBD (կարդացվում են նաև &quot;English Only&quot;, &quot;Reclassified&quot;, ELD 1-ից 5 մակարդակ կամ Y/N)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի սեռ չէ։ Օգտագործեք F, M կամ X (կարդացվում են նաև Female, Male և Non-binary) կամ թողեք բջիջը դատարկ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>«%1»-ը ամսաթիվ չէ, որը TutorDesk-ը կարող է կարդալ։ Գրեք այն YYYY-MM-DD (2016-09-08) կամ MM/DD/YYYY (09/08/2016) ձևով. կարդացվում են նաև M/D/YY, YYYYMMDD և &quot;Sep 8, 2016&quot;։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>«%1»-ը իրական ամսաթիվ չէ։ Ստուգեք օրը և ամիսը (TutorDesk-ը կարդում է MM/DD/YYYY՝ ամիսը առաջինը, ինչպես գրում են ԱՄՆ համակարգերը)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի ռասա չէ։ Օգտագործեք դաշնային կատեգորիաները (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) կամ CALPADS ռասայի կոդերը (100, 201-ից 299, 301-ից 399, 400, 600, 700). մի քանիսը բաժանեք կետ-ստորակետով։</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>Շրջանային աշակերտական ID-ն դատարկ է։ Յուրաքանչյուր աշակերտի անհրաժեշտ է շրջանի աշակերտական համակարգի տված ID-ն. լրացրեք այն կամ հեռացրեք տողը։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>«%1»-ը ID է, որը Excel-ը վերածել է թվի։ Կրկին արտահանեք ցուցակը աշակերտական համակարգից կամ պահպանելուց առաջ Excel-ում սյունակը ձևաչափեք որպես Text։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>«%1»-ը ներսում բացատ ունի։ Շրջանային աշակերտական ID-ն բացատներ չունի. ստուգեք բջիջը՝ իրար կպած երկու արժեքի համար։</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>Դասարանը դատարկ է։ Յուրաքանչյուր աշակերտի անհրաժեշտ է այն՝ TK, K կամ 1-ից 12։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի դասարան չէ։ Օգտագործեք TK, K կամ 1-ից 12 (կարդացվում են նաև &quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; և &quot;Grade 3&quot;)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>«%1»-ը այո կամ ոչ չէ։ Օգտագործեք Y կամ N (կարդացվում են նաև Yes/No, Sí, TRUE/FALSE, 1/0 կամ X և դատարկ)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>«%1»-ը այո կամ ոչ չէ։ Օգտագործեք Y կամ N. սննդի կարգավիճակը Free կամ Reduced (F, R) նշանակում է այո, իսկ Paid (P)՝ ոչ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>«%1»-ը չի նշում, թե արդյոք աշակերտն իսպանախոս կամ լատինաամերիկացի է։ Օգտագործեք Y կամ N (կարդացվում են նաև &quot;Hispanic or Latino&quot; և &quot;Not Hispanic&quot;)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>«%1»-ը հաճախման ցուցանիշ չէ։ Գրեք տոկոս, օրինակ՝ 97.5 կամ 97.5%, կամ կոտորակ, օրինակ՝ 0.975։</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1-ը հնարավոր հաճախման ցուցանիշ չէ. այն պետք է լինի 0-ից 100%։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>Երկուշաբթի օրերին</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Երեքշաբթի օրերին</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Չորեքշաբթի օրերին</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Հինգշաբթի օրերին</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Ուրբաթ օրերին</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Շաբաթ օրերին</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Կիրակի օրերին</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1՝ %2-ին</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1-ը (%2) նույն ժամին %3-ում է %4-ին։</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>%1-ին ժամեր չկան</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>հասանելի է %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1-ը հասանելի չէ %2-ին, ժամը %3-ին (%4)։</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1-ը բացակա է %2-ին։</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1-ը բացակա է %2-ին (%3)։</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1-ն արդեն փոխարինում է %2-ը %3-ին։</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1-ն արդեն դասավանդում է %2-ը %3-ին։</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1-ը զբաղված է %2-ով %3-ին։</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1-ն արդեն փոխարինում է %2-ը %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
            <numerusform>%1-ն արդեն փոխարինում է %2-ը %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1-ն արդեն դասավանդում է %2-ը %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
            <numerusform>%1-ն արդեն դասավանդում է %2-ը %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1-ը նույն ժամին %2-ում է %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
            <numerusform>%1-ը նույն ժամին %2-ում է %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1-ը զբաղված է %2-ով %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
            <numerusform>%1-ը զբաղված է %2-ով %3-ին, ժամը %4-ին (%n ամսաթիվ՝ սկսած %5-ից)։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…և ևս %n բախում։</numerusform>
            <numerusform>…և ևս %n բախում։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>Նոր խումբ…(&amp;G)</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>Նշել կրկնուսույցին բացակա…(&amp;O)</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>Տպել օրվա ցուցակը…(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Շաբաթ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>Օրվա ցուցակ(&amp;D)</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>Նոր կրկնուսուցման խումբ՝ իր կրկնուսույցով, սենյակով, օրերով և ժամերով</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>Կրկնուսույցը բացակա է. գտնել փոխարինողներ կամ չեղարկել և լրացնել նրա պարապմունքները</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>Տպել օրվա պարապմունքները՝ սպասվող աշակերտներով</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ժամանակացույց</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Նախորդ շաբաթ(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>Այս շաբաթ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Հաջորդ շաբաթ ▶(&amp;N)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Ցուցադրված շաբաթը</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Ցույց տալ(&amp;W)՝</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>Կրկնուսույցի զտիչ</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Այս շաբաթվա պարապմունքները</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Բոլոր կրկնուսույցները</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Կրկնուսույցներին հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>Շաբաթը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1-ի շաբաթ</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>Այս շաբաթ՝ %n պարապմունք</numerusform>
            <numerusform>Այս շաբաթ՝ %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n չեղարկված</numerusform>
            <numerusform>%n չեղարկված</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n պարապմունք՝ փոխարինելու</numerusform>
            <numerusform>%n պարապմունք՝ փոխարինելու</numerusform>
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
        <translation>%1 — մատնացույց արեք բլոկի վրա՝ մանրամասների համար, կամ ցույց տվեք մեկ կրկնուսույցի</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Պարապմունքը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>%1-ը %2-ին կրկին նախատեսված է։</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>Դպրոցի կոդը բացակայում է. նշեք շրջանի կոդը այս դպրոցի համար։</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>Դպրոցի անվանումը բացակայում է։</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>Ուսումնական տարին պետք է սկսվի նախքան ավարտվելը (ամսաթվերը՝ YYYY-MM-DD ձևով)։</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1-ն արդեն դպրոց է պարունակում (%2)։ TutorDesk-ի տվյալների բազան պատկանում է մեկ դպրոցի. այլ դպրոցի համար ստեղծեք նոր տվյալների բազա։</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>Դպրոցը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>«%1»-ը հեռախոսահամար չէ, որին ընտանիքները կարող են զանգել. նշեք առնվազն 7 թվանշան, օրինակ՝ (213) 555-0142։</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>Այս տվյալների բազան դեռ դպրոց չունի. նախ կարգավորեք դպրոցը։</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>Դպրոցի տվյալները հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>Դպրոցական օր</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>Կրճատ օր</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Տոն</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Արձակուրդ</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>Ոչ ուսումնական օր</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Հանգստյան օր</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>Ուսումնական տարուց դուրս</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>Ընտանիքները դրանք կարդում են յուրաքանչյուր նամակում. դպրոցի անվանումը, հասցեն և հեռախոսը՝ վերևում, իսկ ում զանգահարել՝ ներքևում։</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>Ձեր անունը, ինչպես ընտանիքներն են Ձեզ ճանաչում</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Դպրոցի անվանում</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Դպրոցի հասցե</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>Հեռախոսահամար, որին զանգում են ընտանիքները</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>Կրկնուսուցման համակարգող</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>Դպրոցի անվանում(&amp;N)՝</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Հասցե(&amp;A)՝</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>Հեռախոս ընտանիքների համար(&amp;P)՝</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>Կրկնուսուցման համակարգող(&amp;C)՝</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1-ը վնասված է և հնարավոր չէ կարդալ (%2)։ Վերականգնեք այն պահուստային պատճենից։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>%1-ի ներմուծումը չեղարկվեց. ոչինչ չփոխվեց։</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>Արդյունքները հնարավոր չեղավ պահպանել, ուստի ոչինչ չփոխվեց՝ %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>Սյունակների համապատասխանեցումը հնարավոր չեղավ պահպանել հաջորդ անգամվա համար՝ %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Աշակերտի ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Առարկա</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>Սանդղակային միավոր</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Տեղաբաշխում</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>Քանի դասարանով ցածր</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>Թեստի փուլ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Գնահատման անվանում</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>Ոչ մի սյունակ չի պարունակում %1։ Վերանվանեք այդ սյունակը &quot;%1&quot; կամ նշեք, թե որ սյունակն է այն համապատասխանեցման մեջ։</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>Ոչ մի սյունակ չի պարունակում առարկան։ Ավելացրեք &quot;Subject&quot; սյունակ՝ յուրաքանչյուր տողում Reading կամ Math, կամ նշեք, թե որ սյունակն է այն համապատասխանեցման մեջ։</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>Աշակերտի ID-ն դատարկ է։ Լրացրեք այն կամ հեռացրեք տողը։</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>«%1» ID-ով աշակերտ գրանցված չէ։ Նախ ներմուծեք ցուցակը կամ ուղղեք ID-ն։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի առարկա չէ։ Գրեք Reading, Math կամ Writing։</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>Ամսաթիվը դատարկ է։ Լրացրեք թեստի անցկացման օրը YYYY-MM-DD ձևով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>«%1»-ը թեստի փուլ չէ։ Գրեք BOY, MOY կամ EOY (կամ Fall, Winter, Spring)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>«%1»-ը թիվ չէ։ Գրեք սանդղակային միավորը թվանշաններով, օրինակ՝ 452։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>«%1»-ը հետ մնացած դասարանների թիվ չէ։ Գրեք ամբողջ թիվ -3-ից (դասարանից բարձր) մինչև 12 կամ թողեք դատարկ։</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>Այս տողը չունի միավոր, տեղաբաշխում կամ հետ մնացած դասարանների թիվ։ Լրացրեք դրանցից մեկը կամ հեռացրեք տողը։</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>%1-րդ տողն ունի արդյունք նույն աշակերտի, առարկայի, փուլի և ամսաթվի համար։ Թողեք երկու տողերից մեկը։</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>Առանց թեստի փուլի արդյունքներ, որը վերցվել է ամսաթվից (օգոստոսից հոկտեմբեր՝ BOY, նոյեմբերից փետրվար՝ MOY, մարտից հուլիս՝ EOY)՝ %1։</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>Տեղաբաշխումներ, որոնք չեն նշում, թե քանի դասարանով է ցածր՝ %1։ Կարիքի միավորը հաշվում է այդ արդյունքները միայն այն դեպքում, երբ &quot;Grade levels below&quot; սյունակը դա նշում է։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1-ը վնասված է և հնարավոր չէ կարդալ (%2)։ Վերականգնեք այն պահուստային պատճենից։</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1-ը դեռ դպրոց չի պարունակում։</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>Լ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Պետք է փոխարինող</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Լրացուցիչ</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>Պահպանված է։ Ոչ մի պարապմունքի վրա չի ազդվել։</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>հեռացվեց %n ապագա պարապմունք</numerusform>
            <numerusform>հեռացվեց %n ապագա պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>վերադարձվեց %n պարապմունք</numerusform>
            <numerusform>վերադարձվեց %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>կրճատվեց %n պարապմունք</numerusform>
            <numerusform>կրճատվեց %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n պարապմունք վերադարձավ լրիվ տևողության</numerusform>
            <numerusform>%n պարապմունք վերադարձավ լրիվ տևողության</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>փոխվեց %n պարապմունք</numerusform>
            <numerusform>փոխվեց %n պարապմունք</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>Պահպանված է. %1։</translation>
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
        <translation>%1 %2-ին, ժամը %3-ին</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>Կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Դպրոցական միջոցառում</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Եղանակ</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>Աշակերտական միջոցառում</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Այլ պատճառ</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>%1 պարապմունք չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք ժամանակացույցը։</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>Այս պարապմունքի հաճախումը նշվել է %1-ին (%2, ժամը %3-ին). նախ մաքրեք այն։</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>%1-ն արդեն անցկացվել է. դրա փոխարինողն այժմ հնարավոր չէ փոխել։</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1-ը չեղարկված է։ Վերականգնեք այն՝ նախքան փոխարինող ամրագրելը։</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>%1 կրկնուսույց չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Կրկնուսույցներ» էջը։</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>%1-ն արդեն անցկացվել է. ով է դասավանդել, մնում է գրանցված։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>«%1»-ը պարապմունքը չեղարկելու պատճառ չէ. օգտագործեք tutor_absent, school_event, weather, student_event կամ other։</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>%1-ն արդեն անցկացվել է և հնարավոր չէ չեղարկել։</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1-ը չեղարկված չէ։</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1-ն անցյալում է. այն մնում է չեղարկված։</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>%1-ը հնարավոր չէ վերականգնել։ %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>Ընտրեք օր և սկզբի ժամ %1-ի լրացուցիչ պարապմունքի համար։</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>%1-ի լրացուցիչ պարապմունքը չի կարող լինել %2-ին. դա դպրոցական օր չէ (%3)։ Ընտրեք այլ օր։</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>Լրացուցիչ պարապմունքը տևում է 5-ից 240 րոպե, ոչ թե %1։</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>%1-ի լրացուցիչ պարապմունքը չի կարող լինել %2-ին, ժամը %3-ին։ %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>Այս պարապմունքի հաճախումը նշվել է. նախ մաքրեք այն։</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>Այդ պարապմունքը չեղարկված է. դրա համար հաճախում հնարավոր չէ նշել։</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>Ժամանակացույցը հնարավոր չեղավ փոխել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1-ը ակտիվ չէ և չի կարող փոխարինել %2-ը։ Ընտրեք կրկնուսույց փոխարինողների խմբից կամ ակտիվ կրկնուսույց։</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1-ը %2-ի կրկնուսույցն է. ընտրեք ուրիշին այն փոխարինելու համար։</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1-ը չի կարող փոխարինել %2-ը. նա չի դասավանդում %3։ Ընտրեք այն դասավանդող կրկնուսույց։</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1-ը չի կարող փոխարինել %2-ը։ %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1-ը չի կարող փոխարինել %2-ը. նա այդ օրը նշված է որպես բացակա։</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1-ը չի կարող փոխարինել %2-ը. դա նրա հասանելի ժամերից դուրս է։ Ընտրեք այլ փոխարինող կամ փոխեք նրա հասանելիությունը «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1-ը չի կարող փոխարինել %2-ը. այդ ժամին նա այլ պարապմունք է վարում։</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>Սեղմեք պարապմունքի վրա՝ տեսնելու, թե ով է այն վարում, որտեղ և ով է հաճախում։</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>Խմբագրել խումբը…(&amp;E)</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>Գտնել փոխարինող…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>Չեղարկել պարապմունքը…(&amp;C)</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>Լրացուցիչ պարապմունք…(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Վերականգնել(&amp;R)</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Նշել հաճախումը…(&amp;A)</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Պարապմունքի մանրամասներ</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Օր՝</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Ժամ՝</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>Կրկնուսույց՝</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Սենյակ՝</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Կարգավիճակ՝</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>Փոխել խմբի կրկնուսույցին, սենյակը, օրերը կամ ժամերը (կրկնակի սեղմում կամ Enter պարապմունքի վրա)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>Առարկան դասավանդող ազատ, թույլտվություն ունեցող կրկնուսույցը վերցնում է այս պարապմունքը</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>Չեղարկել այս պարապմունքը՝ լրացուցիչ պարապմունքի ժամով կամ առանց դրա</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>Նշանակել լրացուցիչ պարապմունք այս չեղարկված պարապմունքի համար</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>Պարապմունքն այնուամենայնիվ տեղի է ունենում. կրկին նախատեսել այն</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1՝ %2-ին փոխարինելով</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1՝</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Աշակերտներ չկան</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>Փոխել փոխարինողին…(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>Խմբագրել հաճախումը…(&amp;A)</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>Չեղարկված պարապմունքը հաճախում չունի</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>Հաճախումը կարելի է նշել պարապմունքի օրվանից սկսած</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>Փոխել այս պարապմունքի համար գրանցված հաճախումը</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>Նշել, թե ով է եկել, ստեղնաշարով՝ P, T, E կամ U յուրաքանչյուր աշակերտի համար</translation>
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
        <translation>Փոխարինող՝ %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>Չեղարկված (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>Պետք է փոխարինող. կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Անցկացված</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Նախատեսված</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · Լրացուցիչ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>Կրկնուսույց՝ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>Փոխարինող՝ %1 (%2-ի փոխարեն)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Սենյակ՝ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Կարգավիճակ՝ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>դպրոցական միջոցառում</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>եղանակ</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>աշակերտական միջոցառում</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>այլ պատճառ</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>Դասերից դուրս բերված (դպրոցական օրվա ընթացքում)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>Դասերից հետո</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Շաբաթ</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Առցանց</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Խառը</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n աշակերտ</numerusform>
            <numerusform>%n աշակերտ</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Աշակերտներ չկան</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>Պահպանված է։ Պարապմունքները չեն փոխվել։</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>Ավելացվեց %n պարապմունք</numerusform>
            <numerusform>Ավելացվեց %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>Հեռացվեց %n պարապմունք</numerusform>
            <numerusform>Հեռացվեց %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n հեռացված</numerusform>
            <numerusform>%n հեռացված</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>Տեղափոխվեց %n պարապմունք</numerusform>
            <numerusform>Տեղափոխվեց %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n տեղափոխված</numerusform>
            <numerusform>%n տեղափոխված</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>Պահպանված է։ %1. ավելի վաղ պարապմունքները և դրանց հաճախումը չեն փոխվել։</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Մակարդակ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>Դպրոց(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>Կարիքի միավոր(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>Մակարդակներ և տեղեր(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>Արձանագրություն(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Նամակներ(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Առաջադիմություն(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>Ստուգումներ(&amp;R)</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>Համաժամեցում շրջանի հետ(&amp;Y)</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Ինչու կարգավորումները չպահպանվեցին</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Կարգավորումները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 Պլանավորված համաժամեցումները կարող են փոխանցել տոկենը TUTORDESK_TOKEN-ով։</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Չի պահպանվել՝ %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>Վերահաշվե՞լ կարիքի միավորները</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>Նոր կշիռներն ու մակարդակները կկիրառվեն կարիքի միավորները վերահաշվելուց հետո։ Վերահաշվե՞լ բոլոր աշակերտների միավորները հիմա։</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>Արդեն տրված տեղերը պահպանվում են։</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>Պահպանվեց, բայց կարիքի միավորները հնարավոր չեղավ վերահաշվել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>Ավելացնել եղբոր կամ քրոջ խնամակալին</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>Անուն կամ հեռախոս</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>Որոնել խնամակալներին ըստ անվան կամ հեռախոսի</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>Այլ աշակերտների խնամակալներ</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>Կապը այս աշակերտի հետ</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>Այլ աշակերտների խնամակալներ, որոնք ունեն այս ընտանիքի ազգանունը կամ հեռախոսահամարը։ Որոնեք՝ ուրիշին գտնելու համար։</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Որոնել(&amp;S)՝</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>Ազգակցություն(&amp;R)՝</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>Խնամակալներին հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — %2-ի խնամակալ</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>Ընտրեք խնամակալ ցուցակից կամ որոնեք ըստ անվան կամ հեռախոսի։</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>Խնամակալին հնարավոր չեղավ ավելացնել։</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>Խնամակալին հնարավոր չեղավ ավելացնել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>կրկնուսույց չկա</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>կրկնուսույցն ակտիվ չէ</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>թույլտվությունը բացակայում է</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>թույլտվության ժամկետը լրացել է</translation>
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
        <translation>%1՝ այնտեղ TutorDesk-ի տվյալների բազա չկա։ Ստուգեք ուղին կամ ստեղծեք նոր դպրոց։</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1-ը թղթապանակ է, ոչ թե TutorDesk-ի տվյալների բազա։</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1-ը TutorDesk-ի տվյալների բազա չէ (այն ընդհանրապես տվյալների բազայի ֆայլ չէ)։ Ընտրեք .tutordesk ֆայլը կամ ստեղծեք նոր դպրոց։</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1՝ %2 թղթապանակը գոյություն չունի։</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1-ը այլ ծրագրի տվյալների բազա է, ոչ թե TutorDesk-ի։ Բացեք TutorDesk-ի տվյալների բազա կամ ստեղծեք նոր դպրոց։</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1-ը գրվել է TutorDesk-ի ավելի նոր տարբերակով (տվյալների տարբերակ %2. այս TutorDesk-ը կարդում է մինչև %3)։ Տեղադրեք ավելի նոր TutorDesk՝ այն բացելու համար։</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1՝ հնարավոր չէ տվյալների բազան փոխարկել write-ahead logging ռեժիմի (ստացվեց «%2»)։ Պատճենեք այն տեղային թղթապանակ և բացեք այնտեղ։</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1-ը վնասված է և հնարավոր չէ կարդալ (%2)։ Վերականգնեք այն պահուստային պատճենից։</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>%1-ը հնարավոր չէ բացել գրելու համար (%2)։ Ստուգեք, որ ֆայլը և դրա թղթապանակը Ձերն են և միայն կարդալու համար չեն։</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1-ը զբաղված է. այլ ծրագիր է գրում դրանում։ Փակեք այն այնտեղ և փորձեք կրկին։</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1-ը հնարավոր չեղավ բացել՝ %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1-ը պետք է թարմացվի այս TutorDesk-ի համար, և նախ պահվում է պատճենը, բայց պատճենը հնարավոր չեղավ ստեղծել (%2)։ Ազատեք սկավառակի տարածք և նորից բացեք այն։</translation>
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
        <translation>Նախընտրում է՝ %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>Մակարդակ %1. ընտրեք աշակերտին՝ պատճառը տեսնելու համար</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Շրջանային ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Տնային լեզու</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>EL կարգավիճակ</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>Աշակերտական խմբեր</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Հաճախում</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Կարիքի միավոր</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Ծրագիր</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>Աշակերտի ID-ն շրջանի աշակերտական տեղեկատվական համակարգում</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>Անգլերենի կարգավիճակ՝ EO, IFEP, EL, RFEP կամ TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP, Section 504 պլան, խնամատար ընտանիքի երեխա, անօթևան, սոցիալ-տնտեսապես անապահով (SED)
Այս սյունակը հնարավոր չէ դասավորել. փոխարենը զտեք ըստ աշակերտական խմբի։</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>Աշակերտի դպրոցական հաճախման ցուցանիշը այս տարի</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>Կետեր թեստերի արդյունքներից, հաճախումից և աշակերտական խմբերից. ավելի բարձրը նշանակում է ավելի մեծ կարիք</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>Աջակցության մակարդակը, որին իրավունք է տալիս կարիքի միավորը՝ 1 դասարանային, 2 փոքր խումբ, 3 ինտենսիվ</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Աշակերտի տեղը կրկնուսուցման ծրագրում</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>Ընդգրկված է դպրոցում կամ դուրս է գրված</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>Թարգմանիչն օգնել է(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Հետագա կապի ամսաթիվ</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>Գրանցել կապը — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>Խնամակալ չէ (ուրիշ մեկը)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>Կապ հաստատված խնամակալը</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Կապի ամսաթիվն ու ժամը</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Եղանակ</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>Մենք կապվեցինք ընտանիքի հետ</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>Ընտանիքը կապվեց մեզ հետ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Ուղղություն</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Նպատակ</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>Կապի լեզուն</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>օր.՝ հարցրեց տանը ընթերցանության մասին</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>Կրկին կապվել</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>Խնամակալ(&amp;G)՝</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Երբ(&amp;W)՝</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Եղանակ(&amp;M)՝</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Ուղղություն(&amp;D)՝</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Արդյունք(&amp;O)՝</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Նպատակ(&amp;P)՝</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Նշումներ(&amp;N)՝</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Լեզու(&amp;L)՝</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Հետագա կապ(&amp;F)՝</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>Կապը հնարավոր չեղավ պահպանել։</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Կապը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>Խնամակալներ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Խնամակալ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Կապեր</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Եղանակ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Արդյունք</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Հետագա կապ</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Ուղարկված նամակներ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ում</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Ավելացնել…(&amp;A)</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>Ավելացնել այս աշակերտի ծնող կամ խնամակալ</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Խմբագրել…(&amp;D)</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>Փոխել խնամակալի հեռախոսները, էլ. փոստը, լեզուն կամ համաձայնությունը</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Հեռացնել(&amp;V)</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>Այս անձն այլևս այս աշակերտի խնամակալը չէ</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>Դարձնել հիմնական(&amp;K)</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>Նամակներն ուղարկվում են հիմնական խնամակալին, և զանգերը նախ նրան են</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>Ավելացնել եղբոր կամ քրոջ խնամակալին…(&amp;B)</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>Կապել եղբոր կամ քրոջ համար արդեն գրանցված ծնողին</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>Գրանցել կապը…(&amp;C)</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>Գրանցել զանգ, հաղորդագրություն, այց կամ հանդիպում ընտանիքի հետ</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>Գրել նամակ…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>Տպել կամ պահպանել նամակ ընտանիքի լեզվով</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>Կրկնակի սեղմեք կապի վրա (կամ Enter)՝ այն ուղղելու համար</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Բջջային՝ %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>Տան՝ %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>Աշխատանքային՝ %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>Ընտրեք աշակերտ՝ նրա ընտանիքը տեսնելու համար։</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>Ընտանիքի տվյալները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — հիմնական</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>Նախընտրում է՝ %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Էլ. փոստ՝ %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>Համաձայն է տեքստային հաղորդագրություններին</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>Համաձայն չէ տեքստային հաղորդագրություններին</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>Նաև խնամակալ է՝ %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>Խնամակալ գրանցված չէ. ավելացրեք։</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (ընտանիքից)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1, թարգմանիչ</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>%1-ի հետ</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Կատարող՝ %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>Տպված է դեռ չստուգված թարգմանությունից</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Հեռացնել խնամակալին</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>Հեռացնե՞լ %1-ին այս աշակերտի խնամակալներից։ Արդեն գրանցված կապերն ու նամակները պահպանում են նրա անունը։</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>Ցույց տալ դուրս գրվածներին(&amp;W)</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Որոնել ըստ անվան կամ ID-ի</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Որոնել աշակերտներ</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>Մուտքագրեք անվան, ազգանվան կամ նախընտրած անվան մի մասը կամ շրջանային ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>Մակարդակ(&amp;T)՝</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>Ծրագիր(&amp;P)՝</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>Ծրագրի կարգավիճակ</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>Դասարան(&amp;G)՝</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>EL կարգավիճակ(&amp;S)՝</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>EL կարգավիճակ</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>Տնային լեզու(&amp;L)՝</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Տնային լեզու</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>Աշակերտական խումբ(&amp;O)՝</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Աշակերտական խումբ</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Բոլոր դասարանները</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Ցանկացած</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Բոլոր աշակերտները</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>504 պլան</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխա</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Անօթևան</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>Սոցիալ-տնտեսապես անապահով</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Անգլերեն սովորող</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Ցանկացած մակարդակ</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>Մակարդակ 3 · Ինտենսիվ</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>Մակարդակ 2 · Փոքր խումբ</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>Մակարդակ 1 · Դասարանային</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>Մակարդակը, որին իրավունք է տալիս աշակերտի կարիքի միավորը</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Բոլորը</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>Ծրագրում չէ</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>Աշակերտի տեղը կրկնուսուցման ծրագրում</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>Ցույց տալ դուրս գրված աշակերտներին</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>Ներառել դպրոցից հեռացած աշակերտներին</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Բոլոր լեզուները</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>Նշանակել լրացուցիչ պարապմունք — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>%1 լրացուցիչ պարապմունք միայն %2-ի համար։ Ընտրեք ժամը՝</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>Լրացուցիչ պարապմունքի ժամեր</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>Նշանակել լրացուցիչ պարապմունք(&amp;S)</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>Ազատ ժամերը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>Առաջիկա դպրոցական օրերին ազատ ժամ չկա. կրկնուսույցը կամ %1-ը զբաղված է։ Նշանակեք այն «Ժամանակացույց» էջից, կամ նշեք գործողությունը որպես ոչ անհրաժեշտ՝ նշումով։</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>Լրացուցիչ պարապմունքը հնարավոր չեղավ նշանակել։</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>Լրացուցիչ պարապմունքը հնարավոր չեղավ նշանակել՝ %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>%1-ի լրացուցիչ պարապմունքը նշանակված է՝ %2, %3։</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>Աշակերտների ցուցակը հնարավոր չեղավ կարդալ՝ %1</translation>
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
        <translation>Անցումային մանկապարտեզ</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Մանկապարտեզ</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1-րդ դասարան</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>Միայն անգլերեն (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>Սկզբից անգլերենին սահուն տիրապետող (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>Անգլերեն սովորող (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>Վերադասակարգված՝ անգլերենին սահուն տիրապետող (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>Որոշվելու է (TBD)</translation>
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
        <translation>Խնամատար</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>Անօթևան</translation>
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
        <translation>Անհատական կրթական ծրագիր (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Section 504 պլան</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>Խնամատար ընտանիքի երեխա</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>Անօթևան (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>Սոցիալ-տնտեսապես անապահով (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>Ակտիվ</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>Համաձայնություն տված</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>Հրավիրված</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>Դադարեցված</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>Դուրս եկած</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>Սպասման ցուցակում</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>Ընդգրկված</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>Դուրս գրված</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>Արձանագրության բաց գործողություններ</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>Կրկնուսուցման տեղեր</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>Ընտրեք աշակերտ՝ նրա կրկնուսուցումը տեսնելու համար. նախատեսված և ստացած րոպեներ, անցկացված պարապմունքներ և ինչ է սպասվում նրա բացակայությունների կապակցությամբ։</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>Աշակերտի կրկնուսուցման տվյալները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>Այս տարի կրկնուսուցման մեջ չէ։</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · ժամկետանց %Ln դպրոցական օրով</numerusform>
            <numerusform>%1 · ժամկետանց %Ln դպրոցական օրով</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · ժամկետը՝ այսօր</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Սպասվող ոչինչ չկա։</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · Մակարդակ %2 · %3՝ %4-ից</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · Մակարդակ %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>Այս շաբաթ՝ %1՝ %2 րոպեից · Մինչ այժմ՝ %3՝ %4 րոպեից</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>Աշակերտի հաճախած րոպեները, ներառյալ լրացուցիչ պարապմունքները, ընդդեմ տեղի համար նախատեսված րոպեների՝ ներառյալ չեղարկված պարապմունքները։</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>Ստացած րոպեները նախատեսվածներից</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>Անցկացված պարապմունքներ՝ %1՝ %2-ից (%3), առանց դպրոցից բացակայության օրերի</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>Անցկացված պարապմունքներ՝ դեռ նախատեսված չեն</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>Ծրագրի անցկացրած պարապմունքները նախատեսվածներից։ Աշակերտի դպրոցից բացակայության օրերը բաց են թողնված. ոչ մի պարապմունք չէր կարող հասնել նրան։</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>Հաճախում՝ %1՝ %Ln պարապմունքից (%2)</numerusform>
            <numerusform>Հաճախում՝ %1՝ %Ln պարապմունքից (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>Հաճախում՝ դեռ նշված չէ</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · Հաճախած լրացուցիչ պարապմունքներ՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>Ներմուծել ցուցակը…(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>Վերահաշվել կարիքի միավորները(&amp;R)</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>Գրել նամակներ…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>Ցուցադրված աշակերտների թիվը</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>Ներբեռնել Ձեր շրջանի աշակերտական համակարգի արտահանած ցուցակը (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>Կրկին գնահատել բոլոր աշակերտներին՝ ըստ նրանց վերջին թեստերի, հաճախման և աշակերտական խմբերի՝ Կարգավորումների կշիռներով</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>Տպել նամակ յուրաքանչյուր ընտրված աշակերտի ընտանիքի համար՝ ընտանիքի լեզվով, մեկ խմբաքանակով (ընտրեք մի քանիսը Ctrl-ով կամ Shift-ով)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Աշակերտներ</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>Ինչու այս աշակերտը(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>Կրկնուսուցում(&amp;U)</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>Ընտանիք(&amp;M)</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>Գտնել աշակերտին</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>Կարիքի միավորները հնարավոր չեղավ վերահաշվել՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln աշակերտ</numerusform>
            <numerusform>%Ln աշակերտ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>Ավելացնել վերահսկող</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>Խմբագրել վերահսկողին</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>օր.՝ Ուսումնական ղեկավար</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>Քանի կրկնուսույցի կարող է այս անձը դիտարկել և ուղղորդել</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Անուն(&amp;F)՝</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Ազգանուն(&amp;L)՝</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Պաշտոն(&amp;T)՝</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Էլ. փոստ(&amp;E)՝</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Հեռախոս(&amp;P)՝</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>Կարող է ուղղորդել մինչև(&amp;U)՝</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> կրկնուսույց</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>Առավելագույնը քանի կրկնուսույցի կարող է ուղղորդել այս վերահսկողը</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>Ինչու վերահսկողը չպահպանվեց</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>Վերահսկողը հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>Վերահսկողներ</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>Ավելացնել վերահսկող…(&amp;S)</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>Խմբագրել վերահսկողին…(&amp;P)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>Հեռացնել վերահսկողին(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>Վերահսկողները և քանի կրկնուսույց է ուղղորդում յուրաքանչյուրը</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Վերահսկող</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Ուղղորդում է</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Կրկնուսույցներ</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>Առանց վերահսկողի կրկնուսույցներ</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>Ավելացնել անձ, ով դիտարկում և ուղղորդում է կրկնուսույցներին</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>Փոխել ընտրված վերահսկողի տվյալները կամ քանի կրկնուսույցի կարող է նա ուղղորդել</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>Հեռացնել ընտրված վերահսկողին. նրա կրկնուսույցները կմնան առանց վերահսկողի</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1՝ %n կրկնուսույցից</numerusform>
            <numerusform>%1՝ %n կրկնուսույցից</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · սահմանաչափը գերազանցված է %2-ով</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Վերահսկողներին հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>Կրկնուսույցներ դեռ չկան</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>Վերահսկողներ դեռ չկան։ Ավելացրեք այն մարդկանց, ովքեր դիտարկում և ուղղորդում են Ձեր կրկնուսույցներին։</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>Յուրաքանչյուր կրկնուսույց ունի վերահսկող։</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>Առանց վերահսկողի %n կրկնուսույց՝ %1</numerusform>
            <numerusform>Առանց վերահսկողի %n կրկնուսույց՝ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1-ն ավելացվեց։</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1-ը պահպանվեց։</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>Հեռացնել վերահսկողին</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>Հեռացնե՞լ %1-ին։ %n կրկնուսույց կմնա առանց վերահսկողի, մինչև ընտրեք ուրիշին։</numerusform>
            <numerusform>Հեռացնե՞լ %1-ին։ %n կրկնուսույց կմնա առանց վերահսկողի, մինչև ընտրեք ուրիշին։</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>Վերահսկողին հնարավոր չեղավ հեռացնել՝ %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1-ը հեռացվեց։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>Մուտքագրեք վերահսկողի անունը։</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Մուտքագրեք %1-ի ազգանունը։</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1-ը կարող է ուղղորդել 1-ից 100 կրկնուսույց, ոչ թե %2։ Փոխեք կրկնուսույցների թիվը։</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>Մեկ այլ վերահսկող արդեն ունի %1 id-ն։ Տվեք %2-ին այլ id։</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1-ն այլևս վերահսկողների ցուցակում չէ։ Վերաբեռնեք «Կրկնուսույցներ» էջը։</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել %2-ում՝ %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>Վերահսկողին հնարավոր չեղավ հեռացնել %1-ից՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>Ուղարկել հիմա(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>Պատճենել թղթապանակ…(&amp;C)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Կարգավորումներ…(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Կանգնեցնել</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>Ուղարկել բոլոր սպասող փաթեթները շրջանին հիմա</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>Արտահանել հիմա(&amp;E)</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>Ստեղծել նախորդից հետո փոփոխվածի փաթեթ, ապա ուղարկել այն</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>Ինչ է փոխվել նախորդ փաթեթից հետո</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>Բոլոր տողերը (ամբողջական փաթեթ)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>Գրել սպասող փաթեթները թղթապանակում, օրինակ՝ USB կրիչում շրջանային գրասենյակի համար</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>Պատճենել սպասող փաթեթները թղթապանակ</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>Համաժամեցում շրջանի հետ</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Համաժամեցման վիճակ</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Համաժամեցման մանրամասներ</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Արտահանման ընթացք</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>Փաթեթներ շրջանի համար</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>Փաթեթները սպասում են այստեղ, մինչև Կարգավորումներում ընտրվի թղթապանակ կամ շրջանի հասցեն։</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>Աշակերտների անունները ներառված են։</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>Աշակերտների անունները բաց են թողնված (շրջանն ունի դրանք)։</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>Կապերի նշումները ներառված են։</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>Կապերի նշումները բաց են թողնված։</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>Փոփոխվածն ուղարկվում է ամեն օր %1-ից հետո, քանի դեռ TutorDesk-ը բաց է։</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>Ժամանակացույցով ոչինչ չի ուղարկվում. օգտագործեք «Արտահանել հիմա» կամ tutordesk-cli sync։</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Ելքային հերթը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Փաթեթը պատրաստվում է…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Ուղարկվում է…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>Շրջանին ուղարկվեց %n փաթեթ։</numerusform>
            <numerusform>Շրջանին ուղարկվեց %n փաթեթ։</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>Արտահանումը կանգնեցվեց. ոչինչ չգրվեց։</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>Շրջանի համար փաթեթը հնարավոր չեղավ պատրաստել՝ %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>Նախորդ փաթեթից հետո ոչինչ չի փոխվել. ուղարկելու նոր բան չկա։</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Ստեղծվեց %1 (%Ln տող)։</numerusform>
            <numerusform>Ստեղծվեց %1 (%Ln տող)։</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>Շրջանի նպատակակետ սահմանված չէ, ուստի փաթեթները սպասում են այստեղ։ Ընտրեք թղթապանակ կամ շրջանի հասցեն Կարգավորումներ ▸ Համաժամեցում շրջանի հետ բաժնում։</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>Փաթեթներն ուղարկվում են հենց հիմա. փորձեք մի փոքր ուշ։</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>Ոչ մի փաթեթ չի սպասում. շրջանն ունի ամեն ինչ։</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ընտրել…(&amp;B)</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>Ներառել աշակերտների անունները (շրջանն արդեն ճանաչում է յուրաքանչյուր աշակերտի ըստ ID-ի)(&amp;N)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>Ներառել ընտանիքների հետ կապերի նշումները (դրանք կարող են այլ մարդկանց անուններ պարունակել)(&amp;N)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>Ուղարկել փոփոխվածը ամեն օր՝ հետո(&amp;D)</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk-ը շրջանին ուղարկում է CSV ֆայլերի փաթեթ՝ առաջին անգամ բոլոր տողերը, ապա՝ փոփոխվածը։ Փաթեթները սպասում են ելքային հերթում, մինչև շրջանը ստանա դրանք, ուստի ոչինչ չի կորչում, երբ համակարգիչը կապ չունի։</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>Թղթապանակ կամ շրջանի հասցեն (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Ուղարկել(&amp;T)՝</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>Շրջանի տոկեն(&amp;K)՝</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>Օրական ուղարկման ժամ</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>Քանի դեռ TutorDesk-ը բաց է։ Շրջանի ՏՏ բաժինը կարող է նաև գործարկել &quot;tutordesk-cli sync&quot; պլանավորիչից. այն ուղարկում է նույն փաթեթները։</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>Նպատակակետ դեռ չկա. փաթեթները սպասում են ելքային հերթում, մինչև այն ընտրվի։</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>Յուրաքանչյուր փաթեթ գրվում է այս թղթապանակում՝ շրջանի ընդհանուր թղթապանակ, համաժամեցվող թղթապանակ կամ USB կրիչ։</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>Յուրաքանչյուր փաթեթ ուղարկվում է %1-ին գաղտնագրված կապով։</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>Պահված է այս համակարգչի բանալիների պահոցում (մուտքագրեք՝ փոխարինելու համար)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>Այս տոկենը տալիս է շրջանը։ Այն պահվում է այս համակարգչի բանալիների պահոցում, երբեք՝ դպրոցի տվյալների բազայում։</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>Տոկեն անհրաժեշտ է միայն https:// հասցեի համար։</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>Շրջանի թղթապանակը</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>այսօր՝ %1-ին</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>երեկ՝ %1-ին</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>վաղը՝ %1-ին</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1՝ %2-ին</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>դեռ ոչ մի տեղ</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>%1 թղթապանակը</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>Ամեն ինչ հասել է շրջանին։</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>Շրջանին դեռ ոչինչ չի ուղարկվել։</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n փաթեթ սպասում է. շրջանի նպատակակետ սահմանված չէ։</numerusform>
            <numerusform>%n փաթեթ սպասում է. շրջանի նպատակակետ սահմանված չէ։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n փաթեթ սպասում է ուղարկման։</numerusform>
            <numerusform>%n փաթեթ սպասում է ուղարկման։</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>Փաթեթներն ուղարկվում են %1։</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>Սպասում է %1-ից։</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>Վերջին առաքումը՝ %1, %2-ին։</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Վերջին փորձը՝ %1՝ %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk-ը կրկին կփորձի %1, կամ հիմա՝ «Ուղարկել հիմա»-ով։</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n փաթեթ սպասում է. շրջանի նպատակակետ սահմանված չէ</numerusform>
            <numerusform>%n փաթեթ սպասում է. շրջանի նպատակակետ սահմանված չէ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n փաթեթ սպասում է շրջանին</numerusform>
            <numerusform>%n փաթեթ սպասում է շրջանին</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Համաժամեցված է՝ %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Դեռ համաժամեցված չէ</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Առաքված է՝ %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Սպասում է</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>Սպասում է (%n փորձ)</numerusform>
            <numerusform>Սպասում է (%n փորձ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Բոլոր տողերը</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>Փոփոխություններ նախորդ փաթեթից հետո</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>ներկառուցված տեքստ</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>շրջանի ձևանմուշների փաթեթը</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>շրջանի ձևանմուշների փաթեթը (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>խմբագրված TutorDesk-ում</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>խմբագրված TutorDesk-ում %1-ի կողմից %2-ին</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>Որակավորված թարգմանիչը ստուգել է այս տեքստը(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>Խմբագրել նամակը՝ %1, %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>Որտեղից է տեքստը</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Վերնագիր</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>Նամակի տեքստ (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Տեղապահներ</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Enter-ը կամ կրկնակի սեղմումը տեղադրում է տեղապահը կուրսորի դիրքում</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Նախադիտում՝ օրինակային արժեքներով</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>Միայն եթե որակավորված թարգմանիչը ստուգել է փոփոխված տեքստը. հակառակ դեպքում նամակի պատուհանը նշում է, որ թարգմանությունը դեռ ստուգված չէ</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>Ինչու տեքստը չպահպանվեց</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>Վերնագիր(&amp;T)՝</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>Տեքստ (HTML. տեղապահները՝ կրկնակի ձևավոր փակագծերում)(&amp;T)՝</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>Տեղապահներ(&amp;P)՝</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>Տեղադրել տեղապահ(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>Նախադիտում (նամակի աշակերտի համար կամ օրինակային արժեքներ փակագծերում)(&amp;V)՝</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>Վերականգնել բնօրինակը(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>Հրաժարվել խմբագրված տեքստից և կրկին օգտագործել շրջանի կամ ներկառուցված տեքստը</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>Նամակի տեքստը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>այս լեզվով դեռ տեքստ չկա. սկսում ենք անգլերեն տեքստից</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>Տարբերակ %1, %2։ %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>Ստուգված է որակավորված թարգմանչի կողմից։</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>Դեռ ստուգված չէ որակավորված թարգմանչի կողմից։</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>Նախադիտում %1-ի համար</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Չի պահպանվել՝ %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Չվերականգնվեց՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>Սահմանափակել ծրագրի առաջարկած տեղերը մինչև(&amp;L)</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>Յուրաքանչյուր մակարդակ նշում է, թե որքան կրկնուսուցում է ստանում աշակերտը և ով է դրան իրավասու՝ ըստ կարիքի միավորի։</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Պարապմունք շաբաթական</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>Րոպե՝ յուրաքանչյուրը</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Ամենամեծ խումբը</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>Նվազագույն կարիքի միավոր</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Մակարդակներ</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Վերականգնել լռելյայնները(&amp;F)</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>Վերադարձնել TutorDesk-ի սկզբնական մակարդակները</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Տեղեր</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>Ծրագրի առաջարկած տեղերը</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> տեղ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> րոպե</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>Պարապմունք շաբաթական, %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>Րոպե՝ յուրաքանչյուրը, %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>Ամենամեծ խումբը, %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>Նվազագույն կարիքի միավոր, %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>Առանց սահմանափակման TutorDesk-ը պլանավորում է նոր խմբեր՝ մինչև Ձեր խմբերի ներկայիս տեղերի թիվը կամ, խմբեր չլինելու դեպքում, աշակերտների քառորդը՝ այսօր %1։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln տեղ</numerusform>
            <numerusform>%Ln տեղ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>Նշեք 1, 2 և 3 մակարդակները մեկական անգամ (%1 մակարդակը հայտնվում է %2 անգամ)։</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>Գոյություն ունեն միայն 1, 2 և 3 մակարդակները. հեռացրեք մյուսները։</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>%1 մակարդակին անուն է պետք։</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>Մակարդակ %1՝ ամենամեծ խումբը պետք է լինի 1-ից 4 աշակերտ, ոչ թե %2։</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>Մակարդակ %1՝ շաբաթական պարապմունքները պետք է լինեն 0-ից 10, ոչ թե %2։</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>Մակարդակ %1՝ պարապմունքի րոպեները պետք է լինեն 0-ից 240, ոչ թե %2։</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>%1 մակարդակը կրկնուսուցում է. տվեք նրան առնվազն 1 պարապմունք շաբաթական։</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>%1 մակարդակը կրկնուսուցում է. տվեք նրա պարապմունքներին առնվազն 5 րոպե։</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>Մակարդակ %1՝ նվազագույն կարիքի միավորը պետք է լինի 0-ից 1000, ոչ թե %2։</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>2-րդ մակարդակի նվազագույն կարիքի միավորը (%1) ցածր է 1-ին մակարդակից (%2). բարձրացրեք 2-րդինը կամ իջեցրեք 1-ինը։</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>3-րդ մակարդակի նվազագույն կարիքի միավորը (%1) ցածր է 2-րդ մակարդակից (%2). բարձրացրեք 3-րդինը կամ իջեցրեք 2-րդինը։</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>Մակարդակները հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>Նշել հաճախումը…(&amp;A)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ամփոփում</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>Այսօրվա պարապմունքները(&amp;S)</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>Նշել ընտրված պարապմունքի հաճախումը (Enter կամ կրկնակի սեղմումը նույնն է անում)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>Ինչ է պետք անել(&amp;D)</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>Տպել բաց թողնված պարապմունքների սպասվող նամակները՝ մեկ էջ յուրաքանչյուր ընտանիքի համար, ընտանիքի լեզվով. յուրաքանչյուրը գրանցվում է որպես կապ</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>Սպասվող հետագա կապեր(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Սպասվող հետագա կապեր</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Վերջին արդյունք</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Enter կամ կրկնակի սեղմումը գրանցում է հետագա զանգը։</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>Այսօրվա պարապմունքներն ու գործողությունները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>Սպասվող նամակները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>Պարապմունքներ չկան՝ հանգստյան օր</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>Պարապմունքներ չկան՝ դպրոցական օր չէ</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>Պարապմունքներ չկան՝ %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>Այսօր պարապմունքներ չկան</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>Տպել սպասվող նամակները (%1)…(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>Տպել %n սպասվող նամակ</numerusform>
            <numerusform>Տպել %n սպասվող նամակ</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>%1-ի ընտանիքի հետ հետագա կապը գրանցվեց։</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>%n նամակ գրանցվեց որպես կապ։</numerusform>
            <numerusform>%n նամակ գրանցվեց որպես կապ։</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>Սպասվող հետագա կապեր (%1)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>Սպասվող հետագա կապեր՝ չկան(&amp;F)</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Այսօրվա պարապմունքները</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · սկսվել է %2</translation>
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
        <translation>Հմտություն՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>Պետք է փոխարինող</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Աշակերտներ չկան</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>Նշված է · %n-ից %1-ը ներկա</numerusform>
            <numerusform>Նշված է · %n-ից %1-ը ներկա</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>Մասամբ նշված · %n-ից %1-ը գրանցված</numerusform>
            <numerusform>Մասամբ նշված · %n-ից %1-ը գրանցված</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>Կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1-ը բացակա է</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>Հաճախում՝ %1% 4 շաբաթում</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>%n բացակայություն անընդմեջ</numerusform>
            <numerusform>%n բացակայություն անընդմեջ</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>Բացակա %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Բացակա</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>Տեղեկացնել ընտանիքին</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>Նշանակել լրացուցիչ պարապմունք</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Փոխանցել վերև</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>Դադարեցնել, առաջարկել տեղը</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>Գտնել փոխարինող</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>Ուշացած · %n դպրոցական օր</numerusform>
            <numerusform>Ուշացած · %n դպրոցական օր</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Ժամկետը՝ այսօր</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Ժամկետը՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>%n պարապմունքի հաճախումը նշված չէ</numerusform>
            <numerusform>%n պարապմունքի հաճախումը նշված չէ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>Բոլոր %n պարապմունքների հաճախումը նշված է</numerusform>
            <numerusform>Բոլոր %n պարապմունքների հաճախումը նշված է</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n չեղարկված</numerusform>
            <numerusform>%n չեղարկված</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>Սպասվող գործողություններ չկան</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n սպասվող գործողություն</numerusform>
            <numerusform>%n սպասվող գործողություն</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n ժամկետանց)</numerusform>
            <numerusform>(%n ժամկետանց)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n հետագա կապ</numerusform>
            <numerusform>%n հետագա կապ</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>Պարապմունքներ դեռ նախատեսված չեն</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>Անցկացված պարապմունքներ՝ %1՝ %2-ից</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · հաճախել է %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>TK</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Մանկապարտեզ</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1-րդ դասարան</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>Այս համակարգչի բանալիների պահոցը չպատասխանեց, ուստի համաժամեցման տոկենը չպահպանվեց։ Ապակողպեք բանալիների պահոցը (կամ մուտք գործեք աշխատասեղան) և կրկին պահպանեք. պլանավորված համաժամեցումը կարող է տոկենը վերցնել նաև TUTORDESK_TOKEN-ից։</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>Համաժամեցման տոկենը հնարավոր չեղավ պահպանել այս համակարգչի բանալիների պահոցում (%1)։ TutorDesk-ը երբեք այն չի պահում տվյալների բազայում. պլանավորված համաժամեցումը կարող է այն վերցնել TUTORDESK_TOKEN-ից։</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>պատրաստի ֆայլը հնարավոր չեղավ վերանվանել</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>Շրջանի նպատակակետ սահմանված չէ. ընտրեք այն Կարգավորումներ ▸ Համաժամեցում շրջանի հետ բաժնում։</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>%1 թղթապանակը չկա. USB կրիչը կամ շրջանի սկավառակը միացվա՞ծ է։ Փաթեթը սպասում է ելքային հերթում։</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk-ը չի կարող գրել %1 թղթապանակում (%2). ստուգեք, որ սկավառակը միայն կարդալու համար չէ, և Դուք կարող եք այնտեղ գրել։ Փաթեթը սպասում է ելքային հերթում։</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>Փաթեթը հնարավոր չեղավ ամբողջությամբ գրել %1 թղթապանակում (%2). սկավառակը լցվա՞ծ է, թե՞ հանվել է։ Փաթեթի անունով ոչինչ չի մնացել. այն սպասում է ելքային հերթում։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>«%1»-ը փաթեթի անուն չէ, որը գրում է TutorDesk-ը։ Կատարեք նոր արտահանում։</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk-ը չկարողացավ կապվել %1-ի հետ. այս համակարգիչը կարող է կապ չունենալ, կամ հասցեն սխալ է։ TutorDesk-ը կրկին կփորձի։</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1-ը մերժեց կապը. շրջանի սերվերը կարող է չաշխատել։ TutorDesk-ը կրկին կփորձի։</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>Շրջանի սերվերը %1-ում չպատասխանեց (ժամանակը սպառվեց %n վայրկյանից հետո)։ TutorDesk-ը կրկին կփորձի։</numerusform>
            <numerusform>Շրջանի սերվերը %1-ում չպատասխանեց (ժամանակը սպառվեց %n վայրկյանից հետո)։ TutorDesk-ը կրկին կփորձի։</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>Շրջանի սերվերը %1-ում չկարողացավ հաստատել իր ինքնությունը (նրա անվտանգության վկայագիրը չընդունվեց), ուստի ոչինչ չուղարկվեց։ Խնդրեք շրջանի ՏՏ բաժնին ստուգել սերվերի վկայագիրը։</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>%1-ին ուղարկելը ձախողվեց (%2)։ TutorDesk-ը կրկին կփորձի։</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>Շրջանի սերվերը մերժեց համաժամեցման տոկենը (%1). ստուգեք այն Կարգավորումներ ▸ Համաժամեցում շրջանի հետ բաժնում։</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>Շրջանի սերվերը չգիտի այս հասցեն (%1-ը չգտնվեց %2-ում). ստուգեք հասցեն և դպրոցի կոդը Կարգավորումներ ▸ Համաժամեցում շրջանի հետ բաժնում։</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>Փաթեթը չափազանց մեծ է շրջանի սերվերի համար (413). խնդրեք շրջանի ՏՏ բաժնին ընդունել ավելի մեծ վերբեռնումներ։</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>Շրջանի սերվերը խնդիր ունեցավ (%1). TutorDesk-ը կրկին կփորձի։</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>Շրջանի սերվերը %1-ում չընդունեց փաթեթը (պատասխանեց %2)։ TutorDesk-ը կրկին կփորձի. եթե սա շարունակվի, տեղեկացրեք շրջանի ՏՏ բաժնին։</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>Նշեք կրկնուսույցի բացակայության առաջին և վերջին օրը։</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>Բացակայության վերջին օրը (%1) առաջինից (%2) առաջ է. փոխատեղեք դրանք։</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>%1 կրկնուսույց չկա (հնարավոր է՝ հեռացվել է)։ Վերաբեռնեք «Կրկնուսույցներ» էջը։</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>Բացակայությունը հնարավոր չեղավ պահպանել %1-ում՝ %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>Այդ բացակայությունն այլևս գոյություն չունի (հնարավոր է՝ արդեն հետ է կանչվել)։ Վերաբեռնեք էջը։</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>Բացակայությունը հնարավոր չեղավ հետ կանչել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>Նախապատմության ստուգման ամսաթիվ</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>Նախապատմության ստուգումը վավեր է մինչև</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>Տուբերկուլյոզի թեստի ամսաթիվ</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>Տուբերկուլյոզի թեստը վավեր է մինչև</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>Ավելացնել կրկնուսույց</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Խմբագրել %1-ին</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>Փոխարինողների խումբ. չի նշանակվում խմբերի, առաջարկվում է, երբ կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>Կրկնուսույցի տեսակ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Վերահսկող</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Անուն(&amp;F)՝</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Ազգանուն(&amp;L)՝</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Տեսակ(&amp;Y)՝</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Էլ. փոստ(&amp;E)՝</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Հեռախոս(&amp;H)՝</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Կարգավիճակ(&amp;A)՝</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>Վերահսկող(&amp;U)՝</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Առարկաներ՝</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>Թույլտվություններ</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>Նախապատմության ստուգում՝(&amp;B)</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>Նախապատմության ստուգումը վավեր է մինչև(&amp;V)՝</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>Տուբերկուլյոզի թեստ՝(&amp;T)</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>Տուբերկուլյոզի թեստը վավեր է մինչև(&amp;N)՝</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>Կրկնուսույցի խոսած լեզուները(&amp;G)</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>Կրկնուսույցի խոսած լեզուները</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>Նշեք բոլոր լեզուները, որոնցով կրկնուսույցը կարող է խոսել աշակերտների և ընտանիքների հետ</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>Երբ կարող է կրկնուսույցը դասավանդել ամեն շաբաթ</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>Ինչ փոխել նախքան պահպանելը</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>Դասավանդում է %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ոչ մեկը</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>Վերահսկողներին հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>Կրկնուսույցին հնարավոր չեղավ պահպանել՝ %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>Գրեք հասանելիությունը որպես օրեր և ժամեր՝ ժամանակահատվածները բաժանելով կետ-ստորակետով. &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri և Mon/Wed նույնպես աշխատում են)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>«%1»-ը օր և ժամեր չէ։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>«%1»-ը պարունակում է ժամ, որը օրվա ժամ չէ (00:00-ից 23:59)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>«%1»-ը շաբաթվա օրերի միջակայք չէ։ Գրեք Mon, Tue, Wed, Thu, Fri, Sat կամ Sun (կամ լրիվ անունը) կամ միջակայք, օրինակ՝ Mon-Fri։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>«%1»-ը շաբաթվա օր չէ։ Գրեք Mon, Tue, Wed, Thu, Fri, Sat կամ Sun (կամ լրիվ անունը)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>«%1»-ը շաբաթվա օր չի նշում։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի վերահսկող չէ։ Գրեք նրա անունը և ազգանունը (կամ id-ն), և նա կավելացվի։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>«%1»-ը կլինի այս ֆայլով ավելացված %2-րդ վերահսկողը. ներմուծումն ավելացնում է առավելագույնը %3։ Ստուգեք սյունակը կամ նախ ավելացրեք վերահսկողներին «Կրկնուսույցներ» էջում։</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>Ֆայլն անվան սյունակ չունի։ Անունների սյունակն անվանեք &quot;First name&quot; (ֆայլի առաջին տողը պարունակում է սյունակների անունները)։</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>Ֆայլն ազգանվան սյունակ չունի։ Ազգանունների սյունակն անվանեք &quot;Last name&quot; (ֆայլի առաջին տողը պարունակում է սյունակների անունները)։</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>Անունը բացակայում է։ Մուտքագրեք կրկնուսույցի անունը։</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>Ազգանունը բացակայում է։ Մուտքագրեք կրկնուսույցի ազգանունը։</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1-ը նաև %2-րդ տողում է։ Նշեք յուրաքանչյուր կրկնուսույցին մեկ անգամ. հեռացրեք երկու տողերից մեկը։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>«%1»-ը կրկնուսույցի տեսակ չէ։ Գրեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>«%1»-ը կարգավիճակ չէ։ Գրեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>«%1»-ը առարկա չէ։ Գրեք մեկը կամ մի քանիսը հետևյալներից՝ %2, բաժանված կետ-ստորակետով։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>«%1»-ը TutorDesk-ին հայտնի լեզու չէ։ Գրեք կոդ (es, ko, vi) կամ անգլերեն անուն (Spanish, Korean, Vietnamese)։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>«%1»-ը ամսաթիվ չէ։ Գրեք այն YYYY-MM-DD (2026-08-01) կամ M/D/YYYY (8/1/2026) ձևով։</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Կավելացվեր %n վերահսկող՝ %1։</numerusform>
            <numerusform>Կավելացվեր %n վերահսկող՝ %1։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>Ավելացվեց %n վերահսկող՝ %1։</numerusform>
            <numerusform>Ավելացվեց %n վերահսկող՝ %1։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>Բաց թողնվեց %n տող, որոնց ոչ մի սյունակում արժեք չկար։</numerusform>
            <numerusform>Բաց թողնվեց %n տող, որոնց ոչ մի սյունակում արժեք չկար։</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Չկարդացված սյունակներ՝ %1։</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, տող %2՝ %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>%1-ի կրկնուսույցներին հնարավոր չեղավ պահպանել %2-ում՝ %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1-ից %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>Նշել կրկնուսույցին բացակա</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ո՞վ է բացակա և ե՞րբ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Կրկնուսույցներին հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>Հիվանդություն, անձնական օր, վերապատրաստում…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>Կրկնուսույց(&amp;T)՝</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Սկսած(&amp;F)՝</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Մինչև(&amp;O)՝</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Պատճառ(&amp;R)՝</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>Այնուհետև TutorDesk-ը թվարկում է նրա պարապմունքներն այս օրերին և յուրաքանչյուրի համար առաջարկում ազատ, թույլտվություն ունեցող փոխարինող կամ լրացուցիչ պարապմունքի ժամ։</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Օր</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ժամ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Որոշում</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>Փոխարինելու պարապմունքներ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Հետ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Առաջ &gt;(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Կիրառել(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>Վերջին օրը առաջինից առաջ է. փոխեք դրանցից մեկը։</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Պարապմունքները հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>%1-ը այս օրերին պարապմունքներ չունի։</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>«Կիրառել»-ը պահպանում է բացակայությունը (%1)։</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1-ը բացակա է %2։ %n պարապմունքի համար որոշում է պետք. TutorDesk-ը առաջարկում է մեկը յուրաքանչյուրի համար. փոխեք ցանկացածը, ապա սեղմեք «Կիրառել»։</numerusform>
            <numerusform>%1-ը բացակա է %2։ %n պարապմունքի համար որոշում է պետք. TutorDesk-ը առաջարկում է մեկը յուրաքանչյուրի համար. փոխեք ցանկացածը, ապա սեղմեք «Կիրառել»։</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Չի պահպանվել՝ %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>%1-ի բացակայությունը պահպանված է, բայց որոշումները՝ ոչ՝ %2 Փոխեք այդ որոշումը և կրկին սեղմեք «Կիրառել»։</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n պարապմունք փոխարինվել է փոխարինողով</numerusform>
            <numerusform>%n պարապմունք փոխարինվել է փոխարինողով</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n չեղարկված՝ լրացուցիչ պարապմունքով</numerusform>
            <numerusform>%n չեղարկված՝ լրացուցիչ պարապմունքով</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n չեղարկված</numerusform>
            <numerusform>%n չեղարկված</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1-ը բացակա է %2։</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of what was done</comment>
        <translation>%1։</translation>
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
        <translation>Թույլտվություն մինչև %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Ժամկետը լրանում է այսօր</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Ժամկետը լրանում է %n օրից</numerusform>
            <numerusform>Ժամկետը լրանում է %n օրից</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Ժամկետը լրացել է %1-ին</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Բացակայում է</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>գրանցված չէ</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>Նախապատմության ստուգում՝ %1, վավեր է մինչև %2
Տուբերկուլյոզի թեստ՝ %3, վավեր է մինչև %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ոչ մեկը</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 րոպե</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Առարկաներ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Լեզուներ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Վերահսկող</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Թույլտվություն</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Խմբեր</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>Շաբաթական րոպեներ</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>Հավաստագրված ուսուցիչ</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>Օգնական մանկավարժ</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>Ուսանող</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>Թոշակառու մանկավարժ</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>Համայնքային կրկնուսույց</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>Մատակարար (առցանց)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ակտիվ</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>Փոխարինողների խումբ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ոչ ակտիվ</translation>
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
        <translation>%1-ը դեռ վարում է %2-ը։ Նախ %3-ին տվեք այլ կրկնուսույց։</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n խումբ</numerusform>
            <numerusform>%n խումբ</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>%1-ի համար ընտրված վերահսկողն այլևս գոյություն չունի։ Ընտրեք այլ վերահսկող։</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>Մեկ այլ կրկնուսույց արդեն ունի %1 id-ն։ Տվեք %2-ին այլ id։</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1-ն այլևս կրկնուսույցների ցուցակում չէ (հնարավոր է՝ ինչ-որ մեկը հեռացրել է)։ Վերաբեռնեք «Կրկնուսույցներ» էջը։</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%1-ի %2-ի ժամկետը լրանում է %3-ին՝ նախքան այն կատարվելը (%4). ստուգեք երկու ամսաթվերը։</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>Մուտքագրեք կրկնուսույցի անունը։</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>Մուտքագրեք %1-ի ազգանունը։</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>Տեսակ՝ «%1»-ը կրկնուսույցի տեսակ չէ։ Ընտրեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>Կարգավիճակ՝ «%1»-ը կարգավիճակ չէ։ Ընտրեք հետևյալներից մեկը՝ %2։</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>Առարկաներ՝ ընտրեք առնվազն մեկ առարկա, որը %1-ը կարող է դասավանդել (ընթերցանություն, մաթեմատիկա, գրավոր խոսք կամ այլ)։</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>Առարկաներ՝ «%1»-ը առարկա չէ։ Ընտրեք ընթերցանություն, մաթեմատիկա, գրավոր խոսք կամ այլ։</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>Լեզուներ՝ հեռացրեք դատարկ լեզուն։</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>Հասանելիություն՝ %1-ը շաբաթվա օր չէ (1 = երկուշաբթի … 7 = կիրակի)։</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>Հասանելիություն %1-ին՝ մուտքագրեք և՛ սկզբի, և՛ ավարտի ժամը։</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>Հասանելիություն %1-ին՝ %2–%3-ն ավարտվում է նախքան սկսվելը։ Ավարտը դարձրեք ավելի ուշ, քան սկիզբը։</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>Հասանելիություն %1-ին՝ %2–%3-ը և %4–%5-ը համընկնում են։ Միավորեք դրանք մեկ ժամանակահատվածում կամ տեղափոխեք մեկը։</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>նախապատմության ստուգում</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>տուբերկուլյոզի թեստ</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1-ը հնարավոր չեղավ պահպանել %2-ում՝ %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>«%1»-ը կրկնուսույցի կարգավիճակ չէ։ Ընտրեք ակտիվ, փոխարինող կամ ոչ ակտիվ։</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>Այդ կրկնուսույցն այլևս կրկնուսույցների ցուցակում չէ։ Վերաբեռնեք «Կրկնուսույցներ» էջը։</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>Կրկնուսույցի կարգավիճակը հնարավոր չեղավ փոխել %1-ում՝ %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>Ավելացնել կրկնուսույց…(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Խմբագրել…(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>Նշել ոչ ակտիվ(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>Նշել բացակա…(&amp;O)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Ներմուծել…(&amp;M)</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>Կրկնուսույցներն ըստ կարգավիճակի</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>Ավելացնել կրկնուսույց՝ իր առարկաներով, լեզուներով, ժամերով և թույլտվություններով</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>Փոխել ընտրված կրկնուսույցին (կրկնակի սեղմում կամ Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>Հանել ընտրված կրկնուսույցին ցուցակից կամ վերադարձնել նրան</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>Ընտրված կրկնուսույցը բացակա է. փոխարինել կամ չեղարկել նրա պարապմունքները</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>Ներբեռնել կրկնուսույցներին CSV-ով պահպանված աղյուսակից</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Կրկնուսույցներ</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>Գտնել կրկնուսույցին</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Ներմուծված կրկնուսույցներ՝ %1 նոր, %2 փոփոխված, %3 անփոփոխ։</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Ցույց տալ(&amp;W)՝</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>Ցույց տալ կրկնուսույցներին</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Բոլոր կրկնուսույցները</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>Որոնել ըստ անվան, առարկայի, լեզվի կամ վերահսկողի</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>Որոնել կրկնուսույցներ</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>Մուտքագրեք անվան, էլ. փոստի, առարկայի, լեզվի կամ վերահսկողի մի մասը (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>Կրկնուսույցներին հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 ակտիվ · %3 փոխարինողների խմբում</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n կրկնուսույց</numerusform>
            <numerusform>%n կրկնուսույց</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>Կրկնուսույցներ դեռ չկան։ Ավելացրեք Ձեր կրկնուսույցներին կամ ներմուծեք նրանց աղյուսակից։</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>Ոչ մի կրկնուսույց չի համապատասխանում որոնմանը կամ զտիչին։ Մաքրեք որոնումը կամ ցույց տվեք բոլոր կրկնուսույցներին։</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>Դարձնել ակտիվ(&amp;T)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1-ն ավելացվեց։</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1-ը պահպանվեց։</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>Կրկնուսույցին հնարավոր չեղավ փոխել՝ %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1-ը կրկին ակտիվ է։</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1-ը ոչ ակտիվ է և այլևս չի առաջարկվում խմբերի համար կամ որպես փոխարինող։</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>Ներմուծել կրկնուսույցներին</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>Կարդացվեց %n կրկնուսույց։</numerusform>
            <numerusform>Կարդացվեց %n կրկնուսույց։</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>Ֆայլում՝ %1. %2 նոր, %3 փոփոխված, %4 անփոփոխ։</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>Ինչպես կարգավորված է համակարգիչը</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · ID %2 · սպասում է տեղի %3-ում</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Դասարան</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Առարկա</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Մակարդակ</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Կարիքի միավոր</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>Պայմանական նշաններ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ Պետք է փոխարինող</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Շաբաթ</translation>
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
        <translation>%1 (այսօր)</translation>
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
        <translation>Չի հաճախում</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>Հաճախում է, բայց չի բարելավվում</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 և ևս %n</numerusform>
            <numerusform>%1 և ևս %n</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>կրկնուսույցը բացակա է</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>դպրոցական միջոցառում</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>եղանակ</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>աշակերտական միջոցառում</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>այլ պատճառներ</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Անցկացված</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>Անցկացված լրացուցիչ պարապմունքներ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>Հաճախում դեռ չկա</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>Վերահսկողներ կամ կրկնուսույցներ կարգավորված չեն։</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — սահմանաչափը գերազանցված է</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Վերահսկող</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Կրկնուսույցներ</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>Կարող է ուղղորդել</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>Եվս %n վերահսկող՝ սահմանաչափի մեջ։</numerusform>
            <numerusform>Եվս %n վերահսկող՝ սահմանաչափի մեջ։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>Առանց վերահսկողի %n կրկնուսույց՝ %1։</numerusform>
            <numerusform>Առանց վերահսկողի %n կրկնուսույց՝ %1։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>և ևս %n</numerusform>
            <numerusform>և ևս %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Խումբ</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(պարապմունք)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Աշակերտ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>Շաբաթական աշխատանքային ամփոփում — %1 — %2-ի շաբաթ</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>Այս շաբաթը դեռ չի սկսվել. հաշվելու բան դեռ չկա։</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>Տվյալներ %1-ից մինչև %2 (շաբաթը դեռ չի ավարտվել)։</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>Տվյալներ %1-ից մինչև %2։</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>Այս շաբաթ հաճախում դեռ չի նշվել (նախորդ շաբաթ՝ %1)։</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>Այս և նախորդ շաբաթ հաճախում չի նշվել։</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>Աշակերտական %2 պարապմունքից հաճախվել է %1-ը</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>Հաճախում՝ %1 (%2. նախորդ շաբաթ չի նշվել)։</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>աճել է %n կետով</numerusform>
            <numerusform>աճել է %n կետով</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>նվազել է %n կետով</numerusform>
            <numerusform>նվազել է %n կետով</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>փոփոխություն չկա</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>Հաճախում՝ %1 (նախորդ շաբաթ՝ %2, %3)՝ %4։</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>Անցկացվել է %n պարապմունք</numerusform>
            <numerusform>Անցկացվել է %n պարապմունք</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(դրանցից %n-ը՝ լրացուցիչ)</numerusform>
            <numerusform>(դրանցից %n-ը՝ լրացուցիչ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n չեղարկված</numerusform>
            <numerusform>, %n չեղարկված</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>; %n անցած պարապմունք դեռ առանց հաճախման</numerusform>
            <numerusform>; %n անցած պարապմունք դեռ առանց հաճախման</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Չեղարկված՝ %1։</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>Համալրվածություն՝ %1. %n ակտիվ խմբից %2-ն ունի աշխատելու թույլտվություն ունեցող ակտիվ կրկնուսույց։</numerusform>
            <numerusform>Համալրվածություն՝ %1. %n ակտիվ խմբից %2-ն ունի աշխատելու թույլտվություն ունեցող ակտիվ կրկնուսույց։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n պարապմունք փոխարինվել է փոխարինողով</numerusform>
            <numerusform>%n պարապմունք փոխարինվել է փոխարինողով</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>; այս շաբաթ բացակա է եղել %n կրկնուսույց։</numerusform>
            <numerusform>; այս շաբաթ բացակա է եղել %n կրկնուսույց։</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>Ոչ մի աշակերտ նշված չէ որպես չհաճախող կամ հաճախող, բայց չբարելավվող։</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 չի հաճախում. %2 լավ է հաճախում, բայց չի բարելավվում։</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n աշակերտ</numerusform>
            <numerusform>%n աշակերտ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>%1 փորձ, %2 կապ հաստատված (%3). %4 ուղարկված։</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n կապ ընտանիքների հետ</numerusform>
            <numerusform>%n կապ ընտանիքների հետ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>%n աշակերտի ընտանիքներ</numerusform>
            <numerusform>%n աշակերտի ընտանիքներ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n նամակ</numerusform>
            <numerusform>%n նամակ</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>Արձանագրության ոչ մի գործողություն ժամկետանց չէ։</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>Արձանագրության %n գործողություն ժամկետանց է. ամենահինը՝</numerusform>
            <numerusform>Արձանագրության %n գործողություն ժամկետանց է. ամենահինը՝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>Արձանագրության %n գործողություն ժամկետանց է՝</numerusform>
            <numerusform>Արձանագրության %n գործողություն ժամկետանց է՝</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Հաճախում</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Պարապմունքներ</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Կադրային ապահովում</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>Առանց կրկնուսույցի՝ %1։</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>Կրկնուսույցներ՝ մեկ վերահսկողի հաշվով</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>Աշխատանք ընտանիքների հետ</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>Առաջադիմության նշաններ</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Ժամկետանց գործողություններ</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>Առանց կրկնուսույցի՝ %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1՝ %2 կրկնուսույց, կարող է ուղղորդել %3 — սահմանաչափը գերազանցված է</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1՝ %2 կրկնուսույց, կարող է ուղղորդել %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>Առանց վերահսկողի %n կրկնուսույց՝ %1</numerusform>
            <numerusform>Առանց վերահսկողի %n կրկնուսույց՝ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, ժամկետը՝ %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ Նախորդ շաբաթ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Այս շաբաթ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>Հաջորդ շաբաթ ▶(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Տպել…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Պահպանել որպես PDF…(&amp;S)</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>Տպել ամփոփումը մեկ էջի վրա շաբաթական հանդիպման համար</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>Պահպանել ամփոփումը որպես մեկ էջանոց PDF</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1-ի շաբաթ</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Ամփոփումը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>Շաբաթական ամփոփում %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>Բարի գալուստ TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>Կազմակերպեք Ձեր դպրոցի կրկնուսուցման ծրագիրը ըստ կարիքի. ով է տեղ ստանում, ով և երբ է նրան պարապում, և արդյոք դա արդյունք է տալիս։</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Ինչպե՞ս կցանկանաք սկսել</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>Կարգավորել իմ դպրոցը(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>Մուտքագրեք Ձեր դպրոցի անվանումը, կոդը և ուսումնական տարվա ամսաթվերը։ Դա տևում է մեկ րոպե։</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>Բացել գոյություն ունեցող տվյալների բազա…(&amp;O)</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>Բացել TutorDesk ֆայլ (.tutordesk), օրինակ՝ այլ համակարգչից պատճենված կամ պահուստային պատճեն։</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>Ուսումնասիրել ցուցադրական դպրոցը(&amp;E)</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>Փորձեք TutorDesk-ը մոտ 600 աշակերտ ունեցող հորինված դպրոցի վրա։ Ձեր դպրոցի տվյալները պահվում են առանձին։</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk-ը պահում է Ձեր դպրոցի տվյալները այս համակարգչի մեկ ֆայլում և աշխատում է առանց ինտերնետ կապի։</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ելք(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Լեզու(&amp;L)՝</translation>
    </message>
</context>
</TS>
