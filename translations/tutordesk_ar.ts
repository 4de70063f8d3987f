<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;المدرسة:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;قاعدة البيانات:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;إصدار البيانات:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;دروس تقوية مكثفة تُدار حسب الاحتياج: من يحصل على مقعد، ومن يدرّسه ومتى، ومن حضر، وهل يحقق ذلك نتيجة.&lt;/p&gt;%2&lt;p&gt;مبني باستخدام Qt %3 (يعمل على Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>حول TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>الإجراء المحدد</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>الدعم المقدَّم</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>تسجيل تواصل(&amp;L)…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>سجّل المكالمة أو الرسالة النصية أو الزيارة؛ الحفظ يُنهي الإجراء</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>جدولة حصة تعويضية(&amp;M)…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>حصة تعويضية لهذا الطالب</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>إيقاف المقعد وعرضه(&amp;P)…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>أوقف المقعد مؤقتًا واعرضه على أول طالب في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>البحث عن بديل(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>افتح الحصة في صفحة الجدول</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>كتابة خطاب(&amp;W)…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>اطبع أو احفظ خطاب غياب عن حصة بلغة الأسرة؛ ويُسجَّل كتواصل</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>تم(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>ضع علامة على الإجراء بأنه تم، مع ملاحظة</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>غير مطلوب(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>ضع علامة على الإجراء بأنه غير مطلوب، مع ملاحظة توضح السبب</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>لم يُحدَّد أي إجراء</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>اختر إجراءً من اليسار لعرض الأسرة وما يُنهي الإجراء.</translation>
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
        <translation>لا يوجد وليّ أمر مسجَّل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>الأسرة: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>يفضّل: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>تعذّرت قراءة جرعة الدعم: %1</translation>
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
        <translation>تعذّر إنشاء المدرسة التجريبية. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>فتح قاعدة بيانات TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>قواعد بيانات TutorDesk (*.%1);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>تعذّرت قراءة بيانات الطالب: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>التقييمات — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>المهارة أو الاختبار</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>التصنيف أو المجموعة أو الملاحظات</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>سجل التقييمات</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>حذف المحدد(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>احذف تقييمًا أُدخل عن طريق الخطأ.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>ملاحظة المدرّس(&amp;O)</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>ثقة الطالب(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>الاختبار المرجعي(&amp;B)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بدون مجموعة</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>تعذّرت قراءة مجموعات الطالب: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>بدون تقدير</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>1 — مبتدئ</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>2 — في طور النمو</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>3 — متمكّن</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>4 — مستقل</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>التقدير:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>تسجيل الملاحظة</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>1 — غير واثق إطلاقًا</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>2 — واثق قليلًا</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>3 — واثق إلى حدٍّ ما</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>4 — واثق</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>5 — واثق جدًا</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>مدى ثقة الطالب بنفسه:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>تسجيل التقدير</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>مثال: i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>مثال: دون مستوى الصف بصفّين</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>عدد مستويات الصف دون صف الطالب؛ سالب إذا كان فوق مستوى الصف.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>المادة:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>الاختبار:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>الدرجة المعيارية:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>التصنيف:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>المستويات دون الصف:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>تسجيل الاختبار المرجعي</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>تعذّرت قراءة التقييمات: %1</translation>
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
        <translation>لم تُسجَّل الملاحظة: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>سُجِّلت ملاحظة لـ %1.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>لم يُسجَّل التقدير: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>سُجِّلت الثقة %1 من 5.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>لم يُسجَّل الاختبار المرجعي: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>سُجِّل الاختبار المرجعي %1.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 من %2 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>حذف التقييم؟</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>هل تريد حذف %1؟ افعل ذلك فقط إذا أُدخل عن طريق الخطأ.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>حُذف التقييم.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>ما لاحظه المدرّس، مثل: «يستخدم المصفوفات لحل 6×7 دون تلميح»</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>اختبار مهارة قصير</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>اختبار مرجعي</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>ملاحظة المدرّس</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>قبلي</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>بعدي</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>بداية العام</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>منتصف العام</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>نهاية العام</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>لا يوجد طالب %1 (ربما حُذف). أعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>اختر يوم التقييم.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1 في المستقبل. أدخل التقييم في يومه أو بعده.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>لا توجد مجموعة %1 (ربما حُذفت). اختر مجموعة أخرى.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>تعذّر حفظ التقييم في %1: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>اكتب ما لاحظه المدرّس: الملاحظة تحتاج إلى نص.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>تقدير الملاحظة هو %1؛ يجب أن يكون من 1 إلى 4، أو بلا تقدير.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>تقدير الثقة هو %1؛ يجب أن يكون من 1 (غير واثق إطلاقًا) إلى 5 (واثق جدًا).</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>اختر مادة الاختبار المرجعي.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>اذكر اسم الاختبار المرجعي، مثل i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>اختر فترة الاختبار: بداية العام أو منتصفه أو نهايته.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>الدرجة المعيارية %1 أقل من 0. راجع تقرير الدرجات.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>المستويات دون الصف قيمتها %1؛ يجب أن تكون بين ‎-3 (فوق مستوى الصف) و12.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>هذا التقييم لم يعد موجودًا (ربما حذفه شخص آخر). أعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>تعذّر حذف التقييم من %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>كان %1 حاضرًا في %2: يجب أن تكون دقائق الحضور بين 1 و%3، وليس %4.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>مدة %1 هي %2 دقيقة فقط: سجّل %3 حاضرًا أو غائبًا.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>تأخر %1 عن %2: أدخل عدد الدقائق التي حضرها (من 1 إلى %3).</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>تأخر %1 عن %2: يجب أن تكون دقائق الحضور بين 1 و%3، وليس %4 (الطالب الذي حضر كل الدقائق الـ%5 يُعدّ حاضرًا).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1 بتاريخ %2: يمكن تسجيل الحضور ابتداءً من ذلك اليوم.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>أُلغيت %1: الحصة الملغاة ليس لها حضور. استعدها أولًا من صفحة الجدول، أو سجّل الطلاب في حصة تعويضية.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>لا يوجد طالب %1 (ربما حُذف). أعد تحميل كشف الحضور.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1 ليس في كشف %2: لا يمكن أن يُسجَّل فيه إلا طلاب المجموعة (أو الطلاب المخصصة لهم الحصة التعويضية).</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>سُجِّل %1 مرتين في %2: احتفظ بعلامة واحدة.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1 قد مضت: تغيير ما سُجِّل لها يتطلب ذكر سبب، ويحتفظ به سجل التدقيق مع اسم من غيّره ووقت التغيير. اذكر سبب التغيير.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>الحصة %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>لا توجد حصة %1 (ربما حُذفت). أعد تحميل الجدول.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>تعذّر حفظ حضور %1 في %2: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>لا توجد حصة &quot;%1&quot; في هذه المدرسة. الأمر `tutordesk-cli schedule --json` يعرضها.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>لا يوجد طالب &quot;%1&quot; في هذه المدرسة: أدخل رقم الطالب في المنطقة التعليمية.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>الجميع حاضر(&amp;A)</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>المهارة التي تمت تغطيتها</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>ما تناولته الحصة</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>مطلوب: سبب تغيير هذا السجل السابق (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>المهارة التي تمت تغطيتها(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>سبب التغيير(&amp;R):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>حفظ الحضور (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>ضع علامة حاضر على كل طالب لم تُوضع له علامة بعد (A في الكشف، أو %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; حاضر · &lt;b&gt;T&lt;/b&gt; متأخر، ثم الدقائق · &lt;b&gt;E&lt;/b&gt; غائب بعذر · &lt;b&gt;U&lt;/b&gt; غائب بدون عذر&lt;br&gt;&lt;b&gt;A&lt;/b&gt; الباقون حاضرون · &lt;b&gt;Space&lt;/b&gt; غائب عن المدرسة · &lt;b&gt;%1&lt;/b&gt; حفظ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>تعذّرت قراءة حضور الحصة: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>هذه الحصة لم تعد موجودة. أغلق هذه النافذة واختر حصة أخرى.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;لا توجد حصة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>الحضور — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>لا يوجد مدرّس</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1، بديلًا عن %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>لم تُحدَّد قاعة</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;المهارة المستهدفة: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>لا يُتوقع حضور أحد في هذه الحصة: ليس في مجموعتها طلاب في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>ضع العلامات للطلاب أولًا: P حاضر، T متأخر، E بعذر، U بدون عذر.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>هذا يغيّر حضورًا سُجِّل مسبقًا لحصة سابقة: اذكر سببًا للتغيير. يحتفظ به سجل التدقيق.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>تجاهل الحضور؟</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>الحضور الذي أدخلته لهذه الحصة لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>تجاهله، أو ارجع واحفظه باستخدام %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>لا أحد حاضر</numerusform>
            <numerusform>حاضر واحد</numerusform>
            <numerusform>حاضران</numerusform>
            <numerusform>%n حاضرين</numerusform>
            <numerusform>%n حاضرًا</numerusform>
            <numerusform>%n حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>لا أحد متأخر</numerusform>
            <numerusform>متأخر واحد</numerusform>
            <numerusform>متأخران</numerusform>
            <numerusform>%n متأخرين</numerusform>
            <numerusform>%n متأخرًا</numerusform>
            <numerusform>%n متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>لا أحد غائب</numerusform>
            <numerusform>غائب واحد</numerusform>
            <numerusform>غائبان</numerusform>
            <numerusform>%n غائبين</numerusform>
            <numerusform>%n غائبًا</numerusform>
            <numerusform>%n غائب</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>حُدِّث الحضور لـ %1: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>حُفظ الحضور لـ %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>لا توجد إجراءات متابعة مستحقة.</numerusform>
            <numerusform>إجراء متابعة واحد مستحق.</numerusform>
            <numerusform>إجراءا متابعة مستحقان.</numerusform>
            <numerusform>%n إجراءات متابعة مستحقة.</numerusform>
            <numerusform>%n إجراء متابعة مستحقًا.</numerusform>
            <numerusform>%n إجراء متابعة مستحق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>لا توجد إجراءات متابعة أُلغيت الحاجة إليها.</numerusform>
            <numerusform>إجراء متابعة واحد لم يعد مطلوبًا.</numerusform>
            <numerusform>إجراءا متابعة لم يعودا مطلوبين.</numerusform>
            <numerusform>%n إجراءات متابعة لم تعد مطلوبة.</numerusform>
            <numerusform>%n إجراء متابعة لم يعد مطلوبًا.</numerusform>
            <numerusform>%n إجراء متابعة لم يعد مطلوبًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>دقائق الحضور</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>رقم المنطقة التعليمية %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>غائب عن المدرسة ذلك اليوم، لا عن حصة التقوية فقط (Space)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>بلا علامة</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P حاضر · T متأخر · E غائب بعذر · U غائب بدون عذر</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>اكتب الدقائق</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>دقائق الحضور، أقل من مدة الحصة (%n دقيقة)</numerusform>
            <numerusform>دقائق الحضور، أقل من مدة الحصة (دقيقة واحدة)</numerusform>
            <numerusform>دقائق الحضور، أقل من مدة الحصة (دقيقتان)</numerusform>
            <numerusform>دقائق الحضور، أقل من مدة الحصة (%n دقائق)</numerusform>
            <numerusform>دقائق الحضور، أقل من مدة الحصة (%n دقيقة)</numerusform>
            <numerusform>دقائق الحضور، أقل من مدة الحصة (%n دقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>دقائق الحضور (مدة الحصة ما لم يغادر الطالب مبكرًا)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>غائب عن المدرسة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>كشف الحضور</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P حاضر · T متأخر (ثم اكتب الدقائق) · E غائب بعذر · U غائب بدون عذر
A: كل من لم تُوضع له علامة حاضر · Space: غائب عن المدرسة · Ctrl+Enter: حفظ</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>بلا علامة</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>اكتب الدقائق</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceStatuses</name>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Tardy</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>غائب بدون عذر</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>إضافة وقت(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>حذف وقت(&amp;M)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>الأوقات المتاحة أسبوعيًا</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>أضف يومًا والساعات التي يستطيع المدرّس التدريس فيها</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>حذف الصف المحدد</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>متاح من</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>متاح حتى</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>لا توجد مدرسة في قاعدة البيانات هذه بعد، لذا لا يوجد ما يُصدَّر. أنشئ المدرسة أولًا (الإعدادات ▸ المدرسة).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>طُلب التصدير دون تحديد وقت. هذا خلل في TutorDesk: يرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>تعذّر إعداد الحزمة: رفضت قاعدة البيانات ذلك (%1). لم يُوضع شيء في صندوق الصادر؛ حاول مرة أخرى، وإذا استمر الفشل فافحص القرص.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>أُلغي التصدير. لم يُوضع شيء في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>تعذّرت كتابة ملف zip الخاص بالحزمة (نفدت الذاكرة؟). أغلق البرامج الأخرى وصدِّر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>إضافة يوم عطلة</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>تعديل أيام التقويم</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>نوع اليوم</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>لا حصص في أيام العطل الرسمية والإجازات والأيام غير التعليمية؛ وفي الأيام القصيرة تكون الحصص أقصر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>مثال: يوم المحاربين القدامى، العطلة الشتوية، اجتماعات أولياء الأمور</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف(&amp;D):</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 إلى %2 (%n يوم)</numerusform>
            <numerusform>%1 إلى %2 (يوم واحد)</numerusform>
            <numerusform>%1 إلى %2 (يومان)</numerusform>
            <numerusform>%1 إلى %2 (%n أيام)</numerusform>
            <numerusform>%1 إلى %2 (%n يومًا)</numerusform>
            <numerusform>%1 إلى %2 (%n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>الأيام التي تُغيَّر</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>الأيام:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى(&amp;T):</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>عدد الأيام الدراسية التي يشملها ذلك</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>لا توجد أيام عمل في هذا النطاق: عطلات نهاية الأسبوع ليست أيامًا دراسية أبدًا.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>لا يشمل أي يوم عمل؛ تُتخطى عطلات نهاية الأسبوع.</numerusform>
            <numerusform>يشمل يوم عمل واحدًا؛ تُتخطى عطلات نهاية الأسبوع.</numerusform>
            <numerusform>يشمل يومي عمل؛ تُتخطى عطلات نهاية الأسبوع.</numerusform>
            <numerusform>يشمل %n أيام عمل؛ تُتخطى عطلات نهاية الأسبوع.</numerusform>
            <numerusform>يشمل %n يوم عمل؛ تُتخطى عطلات نهاية الأسبوع.</numerusform>
            <numerusform>يشمل %n يوم عمل؛ تُتخطى عطلات نهاية الأسبوع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>يوجد يوم في القائمة بلا تاريخ. أدخل التاريخ.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1 خارج العام الدراسي (%2 إلى %3). اختر يومًا ضمن العام، أو غيّر تواريخ العام أولًا.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1 يوم عطلة نهاية أسبوع؛ التقويم يضم أيام العمل فقط. اختر يوم عمل.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: اختر يومًا دراسيًا أو يومًا قصيرًا أو عطلة رسمية أو إجازة أو يومًا غير تعليمي.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>لا يوجد عام دراسي بعد. أعدّ المدرسة أولًا، ثم تقويمها.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>تعذّر حفظ التقويم في %1: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>يمكن أن تستغرق الحصص في اليوم القصير من %1 إلى %2 دقيقة، وليس %3. غيّر الدقائق.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>تعذّر حفظ مدة اليوم القصير في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>لا يوجد عام دراسي بعد لاستيراد %1 إليه. أعدّ المدرسة أولًا.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>لا يحتوي الملف على عمود للتاريخ. سمِّ عمود الأيام &quot;Date&quot; (السطر الأول من الملف يحمل أسماء الأعمدة).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>لا يحتوي الملف على عمود للنوع. أضف عمودًا باسم &quot;Kind&quot; يذكر لكل سطر: holiday أو break أو minimum day أو non-instructional أو instructional.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>العام الدراسي من %1 إلى %2</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>التاريخ مفقود. أدخل اليوم بالصيغة YYYY-MM-DD (2026-11-11) أو M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>&quot;%1&quot; ليس تاريخًا. اكتبه بالصيغة YYYY-MM-DD (2026-11-11) أو M/D/YYYY (11/11/2026).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>&quot;%1&quot; ليس تاريخًا. اكتب آخر يوم في النطاق بالصيغة YYYY-MM-DD أو M/D/YYYY، أو اتركه فارغًا ليوم واحد.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>ينتهي النطاق (%1) قبل أن يبدأ (%2). بدّل بين التاريخين.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>نوع اليوم مفقود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع الأيام.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>اكتب holiday أو break أو minimum day أو non-instructional أو instructional.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1 خارج العام الدراسي (%2). صحّح التاريخ أو احذف السطر.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1 يوم عطلة نهاية أسبوع؛ التقويم يضم أيام العمل فقط. صحّح التاريخ أو احذف السطر.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي سطر فارغ.</numerusform>
            <numerusform>تُخطي سطر واحد لا قيم فيه في أي عمود.</numerusform>
            <numerusform>تُخطي سطران لا قيم فيهما في أي عمود.</numerusform>
            <numerusform>تُخطيت %n أسطر لا قيم فيها في أي عمود.</numerusform>
            <numerusform>تُخطي %n سطرًا لا قيم فيها في أي عمود.</numerusform>
            <numerusform>تُخطي %n سطر لا قيم فيها في أي عمود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي يوم عطلة نهاية أسبوع.</numerusform>
            <numerusform>تُخطي يوم عطلة نهاية أسبوع واحد داخل النطاقات: عطلات نهاية الأسبوع ليست أيامًا دراسية أبدًا.</numerusform>
            <numerusform>تُخطي يوما عطلة نهاية أسبوع داخل النطاقات: عطلات نهاية الأسبوع ليست أيامًا دراسية أبدًا.</numerusform>
            <numerusform>تُخطيت %n أيام عطلة نهاية أسبوع داخل النطاقات: عطلات نهاية الأسبوع ليست أيامًا دراسية أبدًا.</numerusform>
            <numerusform>تُخطي %n يومًا من عطلات نهاية الأسبوع داخل النطاقات: عطلات نهاية الأسبوع ليست أيامًا دراسية أبدًا.</numerusform>
            <numerusform>تُخطي %n يوم من عطلات نهاية الأسبوع داخل النطاقات: عطلات نهاية الأسبوع ليست أيامًا دراسية أبدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>لا يحتوي الملف على عمود للتسمية، لذا الأيام بلا أسماء. أضف عمود &quot;Label&quot; (&quot;Veterans Day&quot;) لعرضها في التقويم.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>تعذّر استيراد %1: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>الحصص ابتداءً من %1: أُضيفت %2، وحُذفت %3، وتغيّرت %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>العام الدراسي، شهرًا بشهر</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>إضافة يوم عطلة(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>تعديل(&amp;D)…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>جعله يومًا دراسيًا(&amp;S)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>استيراد(&amp;M)…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>الأيام الدراسية هذا العام</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>أضف عطلة رسمية أو إجازة أو يومًا قصيرًا أو يومًا غير تعليمي</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>غيّر نوع الأيام المحددة أو وصفها (نقر مزدوج أو Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>أعِد الأيام المحددة أيامًا دراسية عادية؛ وتعود حصصها</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>أدخِل التقويم الذي ترسله المنطقة التعليمية، محفوظًا بصيغة CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>العطل الرسمية والإجازات والأيام القصيرة</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>استُورد التقويم: لا أيام جديدة، %1 تغيّر، %2 دون تغيير. الحصص من اليوم فصاعدًا تتبعه.</numerusform>
            <numerusform>استُورد التقويم: يوم جديد واحد، %1 تغيّر، %2 دون تغيير. الحصص من اليوم فصاعدًا تتبعه.</numerusform>
            <numerusform>استُورد التقويم: يومان جديدان، %1 تغيّر، %2 دون تغيير. الحصص من اليوم فصاعدًا تتبعه.</numerusform>
            <numerusform>استُورد التقويم: %n أيام جديدة، %1 تغيّر، %2 دون تغيير. الحصص من اليوم فصاعدًا تتبعه.</numerusform>
            <numerusform>استُورد التقويم: %n يومًا جديدًا، %1 تغيّر، %2 دون تغيير. الحصص من اليوم فصاعدًا تتبعه.</numerusform>
            <numerusform>استُورد التقويم: %n يوم جديد، %1 تغيّر، %2 دون تغيير. الحصص من اليوم فصاعدًا تتبعه.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>تعذّرت قراءة التقويم: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>لا أيام دراسية</numerusform>
            <numerusform>يوم دراسي واحد</numerusform>
            <numerusform>يومان دراسيان</numerusform>
            <numerusform>%n أيام دراسية</numerusform>
            <numerusform>%n يومًا دراسيًا</numerusform>
            <numerusform>%n يوم دراسي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>لا عطل ولا إجازات</numerusform>
            <numerusform>يوم عطلة أو إجازة واحد</numerusform>
            <numerusform>يوما عطلة أو إجازة</numerusform>
            <numerusform>%n أيام عطل وإجازات</numerusform>
            <numerusform>%n يومًا من العطل والإجازات</numerusform>
            <numerusform>%n يوم من العطل والإجازات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>لا أيام قصيرة</numerusform>
            <numerusform>يوم قصير واحد</numerusform>
            <numerusform>يومان قصيران</numerusform>
            <numerusform>%n أيام قصيرة</numerusform>
            <numerusform>%n يومًا قصيرًا</numerusform>
            <numerusform>%n يوم قصير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>لا أيام غير تعليمية</numerusform>
            <numerusform>يوم غير تعليمي واحد</numerusform>
            <numerusform>يومان غير تعليميين</numerusform>
            <numerusform>%n أيام غير تعليمية</numerusform>
            <numerusform>%n يومًا غير تعليمي</numerusform>
            <numerusform>%n يوم غير تعليمي</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>لا يوجد عام دراسي بعد. أعدّ مدرستك بتحديد أول يوم وآخر يوم في العام، ثم أضف عطلاتها هنا.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>لا توجد عطل أو إجازات بعد. أضف أيام العطلة، أو استورد التقويم الذي ترسله المنطقة التعليمية.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>لم يُحفظ شيء: كل التواريخ المختارة أيام عطلة نهاية أسبوع.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>تعذّر حفظ التقويم: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>استيراد التقويم</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>لم يُقرأ أي سطر.</numerusform>
            <numerusform>قُرئ سطر واحد.</numerusform>
            <numerusform>قُرئ سطران.</numerusform>
            <numerusform>قُرئت %n أسطر.</numerusform>
            <numerusform>قُرئ %n سطرًا.</numerusform>
            <numerusform>قُرئ %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>%1 في الملف: %2 جديد، %3 تغيّر، %4 موجود مسبقًا في التقويم. الحصص من اليوم فصاعدًا ستتبع التقويم الجديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>تطبيق(&amp;Y)</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>عطلة رسمية أو إجازة</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>يوم قصير</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>يوم غير تعليمي</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>اليوم المختار</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>أقصى مدة لحصص اليوم القصير(&amp;L):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>أطول حصة في اليوم القصير، بالدقائق</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>تُقصَّر الحصص الأطول إلى هذه المدة في الأيام القصيرة</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>قصّر حصص الأيام القصيرة أو أطِلها من اليوم فصاعدًا</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>لا حصص في أيام العطل الرسمية والإجازات والأيام غير التعليمية. كل تغيير ينقل الحصص من اليوم فصاعدًا؛ أما الحصص التي عُقدت وحضورها فتبقى كما هي.</translation>
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
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>ملغاة: غياب المدرّس</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>ملغاة: فعالية مدرسية</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>ملغاة: الطقس</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>ملغاة: فعالية طلابية</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>ملغاة: سبب آخر</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>درجات الاختبارات القصيرة: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>تاريخ الاختبار القصير</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>% من الحد الأقصى للاختبار</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4 من %5 نقطة · %6% من الحد الأقصى</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>الإتقان (%1%)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>الدقائق المتلقاة مقارنة بالمخطط لها: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>الدقائق (تراكمية)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط لها</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المتلقاة</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · حتى %2
تُلقي %3 من %4 دقيقة مخطط لها</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>الحضور حسب الأسبوع: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>الحصص المعقودة</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>الحصص التي حضرها</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · أسبوع %2
حضر %3 من %4 حصة معقودة</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>النمو لكل طالب في %1: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>النمو (الأخير − الاختبار القبلي)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (لم يُقَس)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>النمو (نقاط مئوية من الحد الأقصى للاختبار)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: لم يُقَس (لا اختبارات قصيرة في هذه المهارة؛ النمو يحتاج إلى اثنين)</numerusform>
            <numerusform>%1: لم يُقَس (اختبار قصير واحد في هذه المهارة؛ النمو يحتاج إلى اثنين)</numerusform>
            <numerusform>%1: لم يُقَس (اختباران قصيران في هذه المهارة)</numerusform>
            <numerusform>%1: لم يُقَس (%n اختبارات قصيرة في هذه المهارة؛ النمو يحتاج إلى اثنين)</numerusform>
            <numerusform>%1: لم يُقَس (%n اختبارًا قصيرًا في هذه المهارة؛ النمو يحتاج إلى اثنين)</numerusform>
            <numerusform>%1: لم يُقَس (%n اختبار قصير في هذه المهارة؛ النمو يحتاج إلى اثنين)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2 نقطة (من %3% إلى %4% من الحد الأقصى)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>، متقَنة</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>الحصص المعقودة مقارنة بالمجدولة: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقدت</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>لم تُسجَّل بعد</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>الحصص المجدولة</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>أسبوع %1: عُقدت %2 من %3 حصة مجدولة</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>لا ملغاة</numerusform>
            <numerusform>واحدة ملغاة</numerusform>
            <numerusform>اثنتان ملغاتان</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>لم تُعقد أي حصة تعويضية</numerusform>
            <numerusform>عُقدت حصة تعويضية واحدة</numerusform>
            <numerusform>عُقدت حصتان تعويضيتان</numerusform>
            <numerusform>عُقدت %n حصص تعويضية</numerusform>
            <numerusform>عُقدت %n حصة تعويضية</numerusform>
            <numerusform>عُقدت %n حصة تعويضية</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>جرعة الدعم: الطلاب في دروس التقوية حسب الدقائق المتلقاة</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>الطلاب في دروس التقوية</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>الدقائق المتلقاة هذا العام</translation>
    </message>
    <message>
        <source>students</source>
        <translation>الطلاب</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>لم يتلقَّ أي طالب من %1 إلى %2 دقيقة</numerusform>
            <numerusform>تلقى طالب واحد من %1 إلى %2 دقيقة</numerusform>
            <numerusform>تلقى طالبان من %1 إلى %2 دقيقة</numerusform>
            <numerusform>تلقى %n طلاب من %1 إلى %2 دقيقة</numerusform>
            <numerusform>تلقى %n طالبًا من %1 إلى %2 دقيقة</numerusform>
            <numerusform>تلقى %n طالب من %1 إلى %2 دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>النمو مقابل جرعة الدعم (نقطة لكل طالب ومهارة)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>الدقائق المتلقاة</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>النمو (نقاط مئوية)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>لا نمو</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (المستوى %2، %3)
%4 دقيقة متلقاة · النمو %5 نقطة</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>المستوى %1 (لا نقاط)</numerusform>
            <numerusform>المستوى %1 (نقطة واحدة)</numerusform>
            <numerusform>المستوى %1 (نقطتان)</numerusform>
            <numerusform>المستوى %1 (%n نقاط)</numerusform>
            <numerusform>المستوى %1 (%n نقطة)</numerusform>
            <numerusform>المستوى %1 (%n نقطة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>نسبة الحضور الأسبوعية، المدرسة كلها</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>% من الحصص التي حُضرت</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>الحضور ÷ (الحضور + الغياب)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>أسبوع %1: نسبة الحضور %2%
%3 حضور، %4 غياب</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>الطلاب حسب مستوى الاحتياج، وعدد من حصلوا على مقاعد</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>الطلاب بهذا الاحتياج</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>لهم مقاعد في دروس التقوية</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>مستوى الاحتياج</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>المستوى %1: لا طلاب، %2 لهم مقاعد</numerusform>
            <numerusform>المستوى %1: طالب واحد، %2 لهم مقاعد</numerusform>
            <numerusform>المستوى %1: طالبان، %2 لهم مقاعد</numerusform>
            <numerusform>المستوى %1: %n طلاب، %2 لهم مقاعد</numerusform>
            <numerusform>المستوى %1: %n طالبًا، %2 لهم مقاعد</numerusform>
            <numerusform>المستوى %1: %n طالب، %2 لهم مقاعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>حفظ الرسم البياني كصورة PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>حفظ %1 كصورة PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>حفظ الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>لم يُحفظ الرسم البياني</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>تعذّرت كتابة الرسم البياني في %1. اختر مجلدًا يمكنك الكتابة فيه وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>تصاريح تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>مدرّسون تحتاج تصاريحهم إلى انتباه</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>انقر على سطر أو اضغط Enter لتحديد ذلك المدرّس في الجدول</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>لا تصاريح تحتاج إلى انتباه</numerusform>
            <numerusform>تصريح واحد يحتاج إلى انتباه</numerusform>
            <numerusform>تصريحان يحتاجان إلى انتباه</numerusform>
            <numerusform>%n تصاريح تحتاج إلى انتباه</numerusform>
            <numerusform>%n تصريحًا يحتاج إلى انتباه</numerusform>
            <numerusform>%n تصريح يحتاج إلى انتباه</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>تحديد %1 في الجدول</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>التحقق من الخلفية الجنائية</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>فحص السل</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>%1 غير مسجَّل</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>انتهت صلاحية %1 في %2</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>تنتهي صلاحية %1 اليوم (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>تنتهي صلاحية %1 اليوم (%2)</numerusform>
            <numerusform>تنتهي صلاحية %1 خلال يوم واحد (%2)</numerusform>
            <numerusform>تنتهي صلاحية %1 خلال يومين (%2)</numerusform>
            <numerusform>تنتهي صلاحية %1 خلال %n أيام (%2)</numerusform>
            <numerusform>تنتهي صلاحية %1 خلال %n يومًا (%2)</numerusform>
            <numerusform>تنتهي صلاحية %1 خلال %n يوم (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1 صالح حتى %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 غير نشط: اجعله نشطًا أو ضمن مجموعة البدلاء في صفحة المدرّسين أولًا.</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>لا يوجد لـ %1 تحقق من الخلفية الجنائية مسجَّل: سجّله في صفحة المدرّسين أولًا.</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>لا يوجد لـ %1 فحص سل مسجَّل: سجّله في صفحة المدرّسين أولًا.</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>انتهت صلاحية التحقق من الخلفية الجنائية لـ %1 في %2: سجّل التحقق الجديد في صفحة المدرّسين أولًا.</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>انتهت صلاحية فحص السل لـ %1 في %2: سجّل الفحص الجديد في صفحة المدرّسين أولًا.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1 ليس ملف مطابقة: %2 عند الحرف %3.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: ملف المطابقة يحتاج إلى &quot;version&quot;: 1.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: ملف المطابقة يحتاج إلى كائن &quot;columns&quot; يضم أسماء الحقول وأسماء الأعمدة.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: يجب أن يكون عمود &quot;%2&quot; نصًا (اسم العنوان).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>ساعد مترجم فوري(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>صادر (تواصلنا مع الأسرة)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>وارد (تواصلت الأسرة معنا)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>التواصل مجددًا في</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>مثال: اختيرت نتيجة خاطئة</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>متى(&amp;W):</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>تاريخ التواصل ووقته</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>وليّ الأمر(&amp;G):</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>الطريقة(&amp;M):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الاتجاه(&amp;D):</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>الغرض(&amp;P):</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>النتيجة(&amp;O):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات(&amp;N):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>المتابعة(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>بواسطة(&amp;B):</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>لماذا تغيّر هذا السجل؟(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>احذف تواصلًا سُجِّل عن طريق الخطأ (يحتفظ به سجل التدقيق مع السبب الذي تذكره)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>تعديل التواصل</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>تواصل سُجِّل في %1. كل تغيير يُحفظ في سجل التدقيق مع سببه.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>هذا التواصل لم يعد في السجل (ربما حُذف). أغلق هذه النافذة وأعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>لم يُذكر وليّ أمر</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>اذكر أولًا سبب تغيير هذا السجل</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>عُدِّل تواصل %1.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>حُذف تواصل %1.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>حذف التواصل</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>هل تريد حذف تواصل %1؟ يحتفظ به سجل التدقيق مع السبب الذي تذكره.

لماذا تحذف هذا السجل؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>سبب حذف التواصل</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>أي طريقة</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>أي نتيجة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>أي غرض</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>يحتاج إلى متابعة(&amp;F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>التواريخ أدناه</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة(&amp;P):</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>من(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>إلى(&amp;O)</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>ابحث باسم الطالب أو رقمه في المنطقة التعليمية أو باسم وليّ الأمر</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>البحث في سجل التواصل</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>اكتب جزءًا من اسم الطالب أو رقمه في المنطقة التعليمية، أو من اسم وليّ الأمر</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>التواصل الذي طُلب له تاريخ متابعة فقط</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>لا يوجد تواصل %1 في السجل (ربما حُذف في هذه الأثناء). أعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>وليّ الأمر هذا غير مدرج لهذا الطالب. اختر أحد أولياء أمور الطالب.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>هذا التواصل هو سجل الخطاب «%1» المطبوع في %2، والخطاب المطبوع يبقى في السجل. إذا كان فيه خطأ، فصحّحه باستخدام «تعديل» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>هذا التواصل أنهى الإجراء المستحق «%1». أعد فتح ذلك الإجراء أولًا (في تبويب التقوية الخاص بالطالب)، ثم احذف التواصل، أو صحّح التواصل باستخدام «تعديل» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>اذكر سبب تغيير هذا التواصل: يُحفظ السبب مع القيم القديمة والجديدة في سجل التدقيق الذي تطّلع عليه مراجعات التمويل.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>تعذّر تغيير التواصل في %1: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>اذكر سبب حذف هذا التواصل: يُحفظ السبب في سجل التدقيق الذي تطّلع عليه مراجعات التمويل.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>تعذّر حذف التواصل من %1: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>التسجيل والموافقة</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>حصة فائتة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>«%1» ليست طريقة للتواصل مع الأسرة. اختر هاتف أو رسالة نصية أو بريد إلكتروني أو خطاب أو زيارة منزلية أو شخصيًا أو اجتماع.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>«%1» ليس اتجاهًا. اختر صادر أو وارد.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>«%1» ليس غرضًا. اختر التسجيل أو حصة فائتة أو التقدم أو عام.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>«%1» ليست نتيجة. اختر تم الوصول أو تُركت رسالة أو لا رد أو رقم خاطئ أو رفض أو أُرسل.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>اذكر متى حدث التواصل.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>اذكر اللغة التي تم التواصل بها مع الأسرة.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>لا يوجد طالب %1 (ربما حُذف). أعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>تعذّر حفظ التواصل في %1: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خطاب</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>تُركت رسالة</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التواصل: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم فوري</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>رقم المنطقة التعليمية %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>انقر للترتيب حسب هذا العمود</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>يُرتَّب السجل حسب التاريخ أو الطالب أو الطريقة أو النتيجة</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>التواصل المعروض</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>صحّح التواصل المحدد (Enter)؛ يحتفظ سجل التدقيق بالسبب الذي تذكره</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>احذف التواصل المحدد المسجَّل عن طريق الخطأ (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>التواصل مع الأسر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>حُذف تواصل %1.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>تعذّرت قراءة سجل التواصل: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>تم الوصول إلى أسرة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>لم يتم الوصول إلى أي أسرة</numerusform>
            <numerusform>تم الوصول إلى أسرة واحدة</numerusform>
            <numerusform>تم الوصول إلى أسرتين</numerusform>
            <numerusform>تم الوصول إلى %n أسر</numerusform>
            <numerusform>تم الوصول إلى %n أسرة</numerusform>
            <numerusform>تم الوصول إلى %n أسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>لا تواصل: </numerusform>
            <numerusform>تواصل واحد: </numerusform>
            <numerusform>تواصلان: </numerusform>
            <numerusform>%n حالات تواصل: </numerusform>
            <numerusform>%n حالة تواصل: </numerusform>
            <numerusform>%n حالة تواصل: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>لا محاولات، </numerusform>
            <numerusform>محاولة واحدة، </numerusform>
            <numerusform>محاولتان، </numerusform>
            <numerusform>%n محاولات، </numerusform>
            <numerusform>%n محاولة، </numerusform>
            <numerusform>%n محاولة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>لم يتم الوصول إلى أحد، </numerusform>
            <numerusform>تم الوصول إلى واحد، </numerusform>
            <numerusform>تم الوصول إلى اثنين، </numerusform>
            <numerusform>تم الوصول إلى %n، </numerusform>
            <numerusform>تم الوصول إلى %n، </numerusform>
            <numerusform>تم الوصول إلى %n، </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>القرار بشأن %1 في %2</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>مجموعة البدلاء</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>يتحدث لغتهم</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>البديل: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>البديل: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 متاح في ذلك الوقت، ولديه تصريح ويدرّس %2. %3 هذا الأسبوع حتى الآن.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا حصص</numerusform>
            <numerusform>حصة واحدة</numerusform>
            <numerusform>حصتان</numerusform>
            <numerusform>%n حصص</numerusform>
            <numerusform>%n حصة</numerusform>
            <numerusform>%n حصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>يتحدث لغة البيت التي يشترك فيها أغلب الطلاب.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>لا يوجد مدرّس بديل متاح ولديه تصريح في هذا الوقت</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>تعويض %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>إلغاء، مع التعويض %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>لا يوجد وقت للتعويض في الأيام الدراسية القادمة</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>إلغاء، بدون تعويض</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 يغطي %2 في %3.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1 في %2: حصة تعويضية في %3 الساعة %4.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>أُلغيت %1 في %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>البحث عن مدرّس بديل</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>إلغاء الحصة</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>جدولة حصة تعويضية</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>الحصة التعويضية(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>القرار(&amp;D):</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>سبب الإلغاء(&amp;R):</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>اختياري: ما ينبغي أن تعرفه الأسر أو المعلم</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة(&amp;N):</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>جُدولت حصة تعويضية لـ %1 في %2 الساعة %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1، السطر %2، العمود %3: حقل يزيد على %4 حرف. هذا ليس ملف كشف أسماء، أو أن علامة اقتباس (&quot;) تفتح حقلًا كان يجب أن يُغلق قبل ذلك بكثير.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>%1 حقول بينما يحتوي سطر العناوين على %2. افحص هذا السطر بحثًا عن فاصل ناقص أو زائد، أو علامة اقتباس (&quot;) غير مغلقة.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1 فارغ: ليس فيه سطر عناوين. صدّر كشف الأسماء مرة أخرى من نظام الطلاب.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1 ملف zip أو مصنف Excel، وليس CSV. في Excel، استخدم ملف &gt; حفظ باسم &gt; &quot;CSV UTF-8&quot;؛ أما تصدير OneRoster فيُستورد كملف zip.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1 يحتوي على بيانات ثنائية، لا نص. اختر ملف CSV الذي صدّره نظام الطلاب.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: لا توجد ذاكرة كافية لقراءته.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>أُلغيت قراءة %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1، السطر %2، العمود %3: يبدأ هنا حقل بين علامتي اقتباس ولا يُغلق أبدًا. ابحث عن علامة اقتباس (&quot;) زائدة في تلك الخلية، أو احفظ الملف من Excel مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1 ليس فيه سطر عناوين. صدّر كشف الأسماء مرة أخرى مع أسماء الأعمدة في السطر الأول.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>ملغاة: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقدت</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>تعويضية</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1، تحتاج إلى بديل</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>البديل: %1 عن %2</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>لا يوجد مدرّس</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>لا يوجد مدرّس</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>المدرّس: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>لا توجد قاعة</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>رقم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>لا يشغل أي طالب مقعدًا.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>قائمة اليوم، %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>قائمة اليوم</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>لا توجد حصص في هذا اليوم.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>لا توجد حصص في هذا اليوم: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>لا حصص. ضع علامة في مربع كل طالب حضر.</numerusform>
            <numerusform>حصة واحدة. ضع علامة في مربع كل طالب حضر.</numerusform>
            <numerusform>حصتان. ضع علامة في مربع كل طالب حضر.</numerusform>
            <numerusform>%n حصص. ضع علامة في مربع كل طالب حضر.</numerusform>
            <numerusform>%n حصة. ضع علامة في مربع كل طالب حضر.</numerusform>
            <numerusform>%n حصة. ضع علامة في مربع كل طالب حضر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ كملف PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>اليوم(&amp;D):</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>اطبع قائمة اليوم مع عمود لتسجيل الحضور يدويًا</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>احفظ قائمة اليوم القابلة للطباعة كملف PDF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المدرّس</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>حصص اليوم</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>تعذّرت قراءة حصص اليوم: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>لا توجد حصص في هذا اليوم.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا حصص</numerusform>
            <numerusform>حصة واحدة</numerusform>
            <numerusform>حصتان</numerusform>
            <numerusform>%n حصص</numerusform>
            <numerusform>%n حصة</numerusform>
            <numerusform>%n حصة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — لا دراسة. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>تعذّر إعداد قائمة اليوم: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>قائمة اليوم %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>طباعة قائمة اليوم</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>أُرسلت قائمة يوم %1 إلى الطابعة.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>قائمة اليوم %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>حفظ قائمة اليوم كملف PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>حُفظت قائمة اليوم في %1.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>تعذّر حفظ قائمة اليوم في %1: تحقق من وجود المجلد ومن أن لديك صلاحية الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1 يحتوي على مدرسة بالفعل؛ المدرسة التجريبية تحتاج إلى قاعدة بيانات فارغة. اختر ملفًا جديدًا للمدرسة التجريبية.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>أُلغيت المدرسة التجريبية؛ %1 بقي كما كان.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>تعذّر إنشاء المدرسة التجريبية: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>تعذّر حفظ المدرسة التجريبية في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>استكشاف مدرسة تجريبية</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>جارٍ إنشاء المدرسة التجريبية: الطلاب والمدرّسون والمجموعات وعام دراسي من الحصص…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>مستحق %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>الإجراءات المستحقة</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>يجب أن يكون حد الفجوة أكبر من 0 ولا يزيد على 1 (القيمة 0.8 هي قاعدة «الأربعة أخماس»)، وليس %1.</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>تعذّر حفظ حد فجوة الإنصاف: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ كملف PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>إبراز الفئة التي تقل حصتها من المقاعد أو الدقائق عن(&amp;H)</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× حصتها من الاحتياج</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>طباعة مراجعة الإنصاف</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>حفظ مراجعة الإنصاف كملف PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>تعذّرت قراءة مراجعة الإنصاف: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>مراجعة الإنصاف · الأرقام حتى %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>مراجعة الإنصاف</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— محجوب: يستند إلى أقل من 10 طلاب، أو قد يكشف رقم فئة أصغر (أشر إليه لمعرفة السبب).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>لا تقل حصة أي فئة من المقاعد أو الدقائق عن %1 من حصتها من الاحتياج.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ الفئات التي تحصل على أقل من حصتها:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>مراجعة الإنصاف %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>تُبرَز الفئة عندما تقل حصتها من المقاعد أو الدقائق عن هذا الكسر من حصتها من الطلاب المحتاجين. القيمة 0.80 هي قاعدة «الأربعة أخماس».</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>العرق/الإثنية</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>حالة متعلم اللغة الإنجليزية</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بلا مأوى</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>المحرومون اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>من أصل إسباني أو لاتيني</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>من الهنود الأمريكيين أو سكان ألاسكا الأصليين</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>آسيوي</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>أسود أو أمريكي من أصل أفريقي</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>من سكان هاواي الأصليين أو جزر المحيط الهادئ</translation>
    </message>
    <message>
        <source>White</source>
        <translation>أبيض</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>من عرقين أو أكثر</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>غير مُبلَّغ عنه</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (متعلم اللغة الإنجليزية)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (أُعيد تصنيفه)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (الإنجليزية فقط أو متمكّن)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (لم يُحدَّد بعد)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>خطة IEP أو 504</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>بدون خطة IEP أو 504</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بلا مأوى (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>الروضة الانتقالية</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>الروضة</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>الطلاب من أصل إسباني أو لاتيني</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>الطلاب من الهنود الأمريكيين أو سكان ألاسكا الأصليين</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>الطلاب الآسيويون</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>الطلاب السود أو الأمريكيون من أصل أفريقي</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>الطلاب من سكان هاواي الأصليين أو جزر المحيط الهادئ</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>الطلاب البيض</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>الطلاب من عرقين أو أكثر</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>الطلاب الذين لم يُبلَّغ عن عرقهم/إثنيتهم</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>الطلاب متعلمو اللغة الإنجليزية (EL)</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>طلاب RFEP</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>طلاب EO/IFEP</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>الطلاب الذين لم تُحدَّد حالة EL لديهم بعد</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>الطلاب الذين لم يُبلَّغ عن حالة EL لديهم</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>الطلاب الذين لديهم خطة IEP أو 504</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>الطلاب الذين ليس لديهم خطة IEP أو 504</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>الطلاب بلا مأوى</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>الطلاب المحرومون اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>طلاب الروضة الانتقالية</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>طلاب الروضة</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>طلاب الصف %1</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>فئة الطلاب</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مؤهَّلون</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>عُرض عليهم</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّلون</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>الدقائق لكل طالب</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>الحصة من المقاعد</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>الحصة من الدقائق</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>الحصة من الاحتياج</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوفون</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>الحصص التعويضية المعروضة</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>الحصص التعويضية التي حُضرت</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>انسحبوا</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>يُحتسب الطالب في كل فئة ينتمي إليها، مرة واحدة لكل بُعد.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>الطلاب المحتاجون: الطلاب النشطون الذين تضعهم درجة الاحتياج في المستوى 2 أو المستوى 3.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>الطلاب المؤهَّلون الذين مُنحوا مقعدًا في مجموعة في أي وقت (بدعوة أو لاحقًا)، دون احتساب أماكن قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>الطلاب المؤهَّلون الذين شغلوا مقعدًا: نشطون الآن، أو حضروا حصصًا قبل إيقاف أو انسحاب.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>دقائق التقوية المتلقاة حتى الآن لكل طالب مسجَّل، بما فيها الحصص التعويضية.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>الحصص التي حُضرت من بين الحصص التي سُجِّل فيها الحضور للطلاب المسجَّلين.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>متوسط النمو في الاختبار القصير للمجموعة، الدرجة الأخيرة ناقص الاختبار القبلي، بالنقاط المئوية؛ ولا يُحتسب إلا الطلاب الذين لديهم نتيجتان.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>الطلاب المسجَّلون في هذه الفئة من بين كل الطلاب المحتاجين المسجَّلين.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>دقائق التقوية لهذه الفئة من بين كل الدقائق المقدَّمة للطلاب المحتاجين.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>الطلاب المؤهَّلون في هذه الفئة من بين كل الطلاب المحتاجين. تُبرَز الحصة من المقاعد أو الدقائق إذا قلّت عن %1 من هذه القيمة.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>الطلاب المسجَّلون الذين أُوقف مقعدهم أو عُرض على قائمة الانتظار بعد حصص فائتة.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>الحصص التعويضية المعروضة لكل طالب مسجَّل.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>الحصص التعويضية التي حُضرت لكل طالب مسجَّل.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>الطلاب المسجَّلون الذين غادروا مجموعة (انسحبوا).</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (الأربعة أخماس)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>محجوب: أقل من 10 طلاب في هذه الفئة قِيس نموهم حتى الآن.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>محجوب: يستند هذا الرقم إلى أقل من 10 طلاب.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>محجوب حتى لا يمكن استنتاج رقم فئة أصغر بالطرح.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>لا يوجد ما يُقاس بعد.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>محجوب لحماية فئة أصغر</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>أقل من 10 طلاب</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>هذه الفئة كبيرة بما يكفي، لكن عرضها قد يسمح باستنتاج أرقام فئة أصغر بالطرح، لذا حُجبت أيضًا.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>أقل من 10 طلاب محتاجين: لا يُعرض أي رقم حمايةً لخصوصيتهم.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1 يشغلون %2 من المقاعد لكنهم يمثلون %3 من الطلاب المحتاجين.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1 يتلقون %2 من دقائق التقوية لكنهم يمثلون %3 من الطلاب المحتاجين.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>لا تُعرض الفئة التي فيها أقل من 10 طلاب مؤهَّلين، ويُحجب الرقم الذي يستند إلى أقل من 10 طلاب، حتى لا يمكن التعرف على أي طالب.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>تُبرَز الفئة عندما تقل حصتها من المقاعد أو الدقائق عن %1 من حصتها من الاحتياج.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>لا يوجد طلاب مستبعدون من الحساب.</numerusform>
            <numerusform>طالب واحد تلقى التقوية ولم يعد في المستوى 2 أو 3 (أو لم يعد في المدرسة) لا يُحتسب.</numerusform>
            <numerusform>طالبان تلقيا التقوية ولم يعودا في المستوى 2 أو 3 (أو لم يعودا في المدرسة) لا يُحتسبان.</numerusform>
            <numerusform>%n طلاب تلقوا التقوية ولم يعودوا في المستوى 2 أو 3 (أو لم يعودوا في المدرسة) لا يُحتسبون.</numerusform>
            <numerusform>%n طالبًا تلقوا التقوية ولم يعودوا في المستوى 2 أو 3 (أو لم يعودوا في المدرسة) لا يُحتسبون.</numerusform>
            <numerusform>%n طالب تلقوا التقوية ولم يعودوا في المستوى 2 أو 3 (أو لم يعودوا في المدرسة) لا يُحتسبون.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>مراجعة الإنصاف</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · الأرقام حتى %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>لا تقل حصة أي فئة من المقاعد أو الدقائق عن %1 من حصتها من الاحتياج.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>الوصول وجرعة الدعم والنمو</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— محجوب: يستند الرقم إلى أقل من 10 طلاب، أو قد يكشف رقم فئة أصغر.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>مراجعة الإنصاف، الأرقام حتى %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>الفجوات (حصة أقل من %1 من الحصة من الاحتياج):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>سير العمل (لكل طالب مسجَّل)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— محجوب: يستند الرقم إلى أقل من 10 طلاب، أو قد يكشف رقم فئة أصغر. ! فجوة.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>«مؤهَّل» تعني أن درجة الاحتياج تجعل الطالب مستحقًا لدروس التقوية: طالب نشط في المستوى 2 أو المستوى 3 اليوم.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>تعذّر حفظ إعدادات المزامنة: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>&quot;%1&quot; ليس مسار مجلد كاملًا. اختر مجلد المنطقة التعليمية باستخدام «استعراض…»، أو أدخل عنوانًا يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>&quot;%1&quot; ليس عنوان ويب يمكن لـ TutorDesk الإرسال إليه. انسخ العنوان الذي أعطتك إياه المنطقة التعليمية، والذي يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>&quot;%1&quot; غير مشفّر (http://). لا تُرسل سجلات الطلاب إلا عبر https://: اطلب من المنطقة التعليمية عنوانها الذي يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>&quot;%1&quot; ليس مجلدًا ولا عنوان https://.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>تعذّر استيراد الملف: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>جداول بيانات محفوظة بصيغة CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>لم يُستورد شيء. استورده مرة أخرى لرؤية المشكلات.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف الآن مشكلة واحدة. استورده مرة أخرى لرؤيتها.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف الآن مشكلتان. استورده مرة أخرى لرؤيتهما.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف الآن %n مشكلات. استورده مرة أخرى لرؤيتها.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف الآن %n مشكلة. استورده مرة أخرى لرؤيتها.</numerusform>
            <numerusform>لم يُستورد شيء: في الملف الآن %n مشكلة. استورده مرة أخرى لرؤيتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>كيف قُرئ الملف</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>رقم الطالب في المنطقة التعليمية %1 موجود أيضًا في السطر %2. يجب أن يظهر كل طالب في الكشف مرة واحدة: احذف أحد السطرين، أو صحّح الرقم.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>لا توجد مشكلات أخرى غير مدرجة.</numerusform>
            <numerusform>غير مدرجة: مشكلة أخرى واحدة. صحّح المشكلات أعلاه (غالبًا ما يكون عمود واحد خاطئًا في كل الأسطر) واستورد مرة أخرى لترى ما تبقى.</numerusform>
            <numerusform>غير مدرجة: مشكلتان أخريان. صحّح المشكلات أعلاه (غالبًا ما يكون عمود واحد خاطئًا في كل الأسطر) واستورد مرة أخرى لترى ما تبقى.</numerusform>
            <numerusform>غير مدرجة: %n مشكلات أخرى. صحّح المشكلات أعلاه (غالبًا ما يكون عمود واحد خاطئًا في كل الأسطر) واستورد مرة أخرى لترى ما تبقى.</numerusform>
            <numerusform>غير مدرجة: %n مشكلة أخرى. صحّح المشكلات أعلاه (غالبًا ما يكون عمود واحد خاطئًا في كل الأسطر) واستورد مرة أخرى لترى ما تبقى.</numerusform>
            <numerusform>غير مدرجة: %n مشكلة أخرى. صحّح المشكلات أعلاه (غالبًا ما يكون عمود واحد خاطئًا في كل الأسطر) واستورد مرة أخرى لترى ما تبقى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي سطر فارغ.</numerusform>
            <numerusform>تُخطي سطر واحد لا قيم فيه في أي عمود.</numerusform>
            <numerusform>تُخطي سطران لا قيم فيهما في أي عمود.</numerusform>
            <numerusform>تُخطيت %n أسطر لا قيم فيها في أي عمود.</numerusform>
            <numerusform>تُخطي %n سطرًا لا قيم فيها في أي عمود.</numerusform>
            <numerusform>تُخطي %n سطر لا قيم فيها في أي عمود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>الحصص التي تسبق هذا اليوم وحضورها تبقى كما هي</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>تُطبَّق التغييرات من(&amp;Y):</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>الحصص التي ينتجها هذا النمط</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>تعارضات — غيّر الأيام أو الوقت أو المدرّس أو القاعة:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>تعذّرت قراءة المجموعة: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>تعديل المجموعة — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>لا حصص بعد: اختر مدرّسًا ويومًا واحدًا على الأقل ووقت بدء.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>لا حصص: لا يوجد يوم دراسي بين هذين التاريخين يطابق النمط.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>لا حصص من %1 إلى %2</numerusform>
            <numerusform>≈ حصة واحدة من %1 إلى %2</numerusform>
            <numerusform>≈ حصتان من %1 إلى %2</numerusform>
            <numerusform>≈ %n حصص من %1 إلى %2</numerusform>
            <numerusform>≈ %n حصة من %1 إلى %2</numerusform>
            <numerusform>≈ %n حصة من %1 إلى %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>تعذّر فحص التعارضات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>لا تعارضات.</numerusform>
            <numerusform>تعارض واحد — غيّر الأيام أو الوقت أو المدرّس أو القاعة:</numerusform>
            <numerusform>تعارضان — غيّر الأيام أو الوقت أو المدرّس أو القاعة:</numerusform>
            <numerusform>%n تعارضات — غيّر الأيام أو الوقت أو المدرّس أو القاعة:</numerusform>
            <numerusform>%n تعارضًا — غيّر الأيام أو الوقت أو المدرّس أو القاعة:</numerusform>
            <numerusform>%n تعارض — غيّر الأيام أو الوقت أو المدرّس أو القاعة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>حلّ التعارضات أولًا</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>أعطِ المجموعة اسمًا أولًا</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> طلاب</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>الرمز، مثل RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>المهارة بكلمات بسيطة</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>القاعة، أو رابط الاجتماع للمجموعة عن بُعد</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>المادة(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>المهارة(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>المستوى(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>طريقة التقديم(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>الحد الأقصى(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>المدرّس(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>القاعة أو الرابط(&amp;R):</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>أيام الاجتماع:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>لمدة</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>يبدأ في(&amp;S):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من(&amp;F):</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>لا مدرّس بعد (تبقى المجموعة في حالة التخطيط)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — غير نشط</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — التصريح مفقود</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — التصريح منتهي الصلاحية</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (مجموعة البدلاء)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: «%2» ليست مادة. اختر القراءة أو الرياضيات أو الكتابة أو أخرى.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: يجب أن يكون المستوى 1 أو 2 أو 3، وليس %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: «%2» ليس نموذج تقديم. اختر أثناء اليوم الدراسي أو بعد المدرسة أو السبت أو عن بُعد أو مدمج.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: تضم المجموعة من 1 إلى 4 طلاب، وليس %2. اختر حدًا أقصى من 1 إلى 4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1 ليس فيه طلاب يشغلون مقاعد (الحد الأقصى %2).</numerusform>
            <numerusform>%1 فيه طالب واحد يشغل مقعدًا، أكثر من الحد الأقصى %2. انقل الطلاب إلى مجموعات أخرى أولًا، أو اجعل الحد الأقصى %n أو أكثر.</numerusform>
            <numerusform>%1 فيه طالبان يشغلان مقاعد، أكثر من الحد الأقصى %2. انقل الطلاب إلى مجموعات أخرى أولًا، أو اجعل الحد الأقصى %n أو أكثر.</numerusform>
            <numerusform>%1 فيه %n طلاب يشغلون مقاعد، أكثر من الحد الأقصى %2. انقل الطلاب إلى مجموعات أخرى أولًا، أو اجعل الحد الأقصى %n أو أكثر.</numerusform>
            <numerusform>%1 فيه %n طالبًا يشغلون مقاعد، أكثر من الحد الأقصى %2. انقل الطلاب إلى مجموعات أخرى أولًا، أو اجعل الحد الأقصى %n أو أكثر.</numerusform>
            <numerusform>%1 فيه %n طالب يشغلون مقاعد، أكثر من الحد الأقصى %2. انقل الطلاب إلى مجموعات أخرى أولًا، أو اجعل الحد الأقصى %n أو أكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: تستغرق الحصة من 5 إلى 240 دقيقة، وليس %2.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: أيام الاجتماع غير صالحة. اختر أيام الأسبوع مرة أخرى.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: الحصة التي تبدأ في %2 لمدة %3 دقيقة ستنتهي بعد منتصف الليل. اختر وقت بدء أبكر.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1 يحتاج إلى يوم بدء ويوم انتهاء. أدخل كليهما.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1 يبدأ في %2، بعد يوم انتهائه %3. اختر يوم انتهاء في يوم البدء أو بعده.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: «%2» ليست حالة مجموعة. اختر مخطط لها أو نشطة أو منتهية.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>لم تعد المجموعة %1 موجودة (ربما حُذفت). أعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: المدرّس المختار لم يعد في القائمة. اختر مدرّسًا آخر.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 غير نشط ولا يمكنه قيادة %2. اختر مدرّسًا آخر، أو اجعله نشطًا في صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1 ليس لديه تصريح للعمل مع الطلاب في %2. سجّل تصاريحه في صفحة المدرّسين أولًا.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>تعذّر حفظ %1 في %2: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>المجموعة بلا اسم. أدخل اسمًا، مثل «قراءة · الصفوف 3–4 · المستوى 2 · أ».</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>جهة الاتصال الأساسية لهذا الطالب(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>هاتف المنزل</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>هاتف العمل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>يوافق على الرسائل النصية(&amp;T)</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>إضافة وليّ أمر</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>تعديل وليّ الأمر — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>صلة القرابة بالطالب</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>وليّ الأمر الذي تُوجَّه إليه الخطابات وتُجرى معه المكالمات أولًا</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>اختر لغة، أو اكتب رمز لغة مثل &quot;hmn&quot; للهمونغية. تُطبع الخطابات باللغات المدرجة؛ ويحصل الآخرون على خطابات بالإنجليزية.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>طريقة التواصل المفضلة</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>لا تُرسل الرسائل النصية إلا إلى هاتف محمول، وبموافقة الأسرة فقط</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>مثال: (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>مثال: maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>وليّ أمر أيضًا لـ: %1. التغييرات على الهواتف والبريد الإلكتروني واللغة تنطبق على هؤلاء الأطفال أيضًا.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>صلة القرابة(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>الهاتف المحمول(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>هاتف المنزل(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>هاتف العمل(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني(&amp;E):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>اللغة(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>التواصل عبر(&amp;C):</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>سبب عدم حفظ وليّ الأمر</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>تعذّر حفظ وليّ الأمر.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>تعذّر حفظ وليّ الأمر: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>هاتف %1 الخاص بـ %2، &quot;%3&quot;، يحتوي على أحرف لا تكون في أرقام الهواتف. استخدم الأرقام والمسافات و( ) - . + فقط.</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>هاتف %1 الخاص بـ %2، &quot;%3&quot;، قصير جدًا: رقم الهاتف يتكون من 7 أرقام على الأقل. صحّحه أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>وليّ الأمر يحتاج إلى اسم: اكتب الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>المحمول</translation>
    </message>
    <message>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>البريد الإلكتروني لـ %1، &quot;%2&quot;، ليس عنوان بريد إلكتروني: يحتاج إلى علامة @ واحدة بين الاسم والنطاق، دون مسافات (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot; ليست صلة قرابة يعرفها TutorDesk. اختر واحدة مما يلي: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>&quot;%1&quot; ليست طريقة تواصل يعرفها TutorDesk. اختر واحدة مما يلي: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>اختر اللغة التي يفضلها %1 (الإنجليزية إن كنت لا تعرفها).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>&quot;%1&quot; ليس رمز لغة. اختر لغة من القائمة أو اكتب رمزًا مثل &quot;es&quot; أو &quot;zh-Hant&quot; أو &quot;hmn&quot;.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1 يوافق على الرسائل النصية لكن ليس لديه هاتف محمول. اكتب رقم المحمول أو ألغِ الموافقة.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1 يفضّل الرسائل النصية لكنه لم يوافق عليها. سجّل الموافقة أو اختر طريقة أخرى.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1 يفضّل البريد الإلكتروني لكن ليس لديه عنوان بريد إلكتروني. اكتبه أو اختر طريقة أخرى.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>تعذّر حفظ وليّ الأمر في %1: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>لا يوجد طالب %1 (ربما حُذف). أعد تحميل صفحة الطلاب.</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1 لم يعد وليّ أمر لهذا الطالب (ربما حذفه شخص آخر). أعد تحميل صفحة الطلاب.</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>عُدِّلت بيانات وليّ الأمر</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>وليّ الأمر هذا لم يعد مسجَّلًا (ربما حُذف). ابحث مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 وليّ أمر لهذا الطالب بالفعل.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>وليّ الأمر هذا لم يعد مرتبطًا بهذا الطالب. أعد تحميل صفحة الطلاب.</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>تعذّرت إزالة وليّ الأمر في %1: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>الجد أو الجدة</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>العم/الخال أو العمة/الخالة</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>الأخ أو الأخت</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>والد الرعاية البديلة</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خطاب</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: دروس تقوية مكثفة تُدار حسب الاحتياج.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>فتح قاعدة بيانات TutorDesk في PATH (وإلا $TUTORDESK_DB، وإلا قاعدة البيانات المعتادة لمدرستك).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>فتح المدرسة التجريبية، مع إنشائها أولًا إن لم تكن موجودة.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>حفظ صورة للنافذة في FILE (PNG) بعد تحميلها، ثم الخروج.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>اعتبار DAY (YYYY-MM-DD) هو اليوم، مثلًا لالتقاط صور شاشة لمدرسة تجريبية.</translation>
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
        <translation>قاعدة بيانات TutorDesk لفتحها (مثل ‎--db).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>الخيار ‎--today يحتاج إلى يوم مكتوب بالصيغة YYYY-MM-DD، مثل 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>، السطر %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>، العمود %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>المطابقة المعطاة</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>المطابقة المحفوظة في المرة السابقة</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>مطابقة حسب الاسم</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>الأعمدة (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>المطابقة المعطاة خاصة بملفات &quot;%1&quot;، لكن %2 يُقرأ على أنه &quot;%3&quot;. أعطِ مطابقة مُعدّة لهذا النوع من الملفات، أو لا شيء لمطابقة الأعمدة حسب الاسم.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>%1 مشكلات أخرى غير مدرجة. صحّح المشكلات أعلاه (غالبًا ما يكون عمود واحد خاطئًا في كل الأسطر) وشغّل مرة أخرى لترى ما تبقى.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>تصدير OneRoster يسمّي أعمدته بنفسه؛ لم تكن هناك حاجة إلى مطابقة الأعمدة المعطاة.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1 كشف أسماء بصيغة CSV. اختيار مدرسة وإضافة ملف مؤشرات مخصصان لتصديرات OneRoster (ملف .zip أو مجلد)؛ أما كشف CSV فيحمل مؤشراته في أعمدته.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>تعذّر حفظ مطابقة الأعمدة للمرة القادمة: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>استيراد كشف الأسماء(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>استيراد الدرجات(&amp;S)…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>أدخِل الطلاب من ملف كشف الأسماء الخاص بالمنطقة التعليمية</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>أدخِل نتائج الاختبارات المرجعية (i-Ready وSTAR وMAP) للطلاب المسجَّلين</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>فحص الملف(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>اقرأ الملف كله واعرض كل مشكلة، دون استيراد أي شيء</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>يتاح بعد فحص الملف دون مشكلات</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>أُلغي الفحص.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>أُلغي الاستيراد. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>اختر ملفًا للبدء.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>انقر «فحص الملف»: يقرأ TutorDesk الملف كله ويعرض كل ما يحتاج إلى إصلاح. لا يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>تغيّرت الاختيارات. انقر «فحص الملف» مرة أخرى.</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>طالب واحد مسجَّل ليس في هذا الكشف. هل تريد وضع علامة «منسحب» عليه؟ يُحتفظ بسجله.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>لا يوجد طلاب مسجَّلون خارج هذا الكشف.</numerusform>
            <numerusform>طالب واحد مسجَّل ليس في هذا الكشف. هل تريد وضع علامة «منسحب» عليه؟ يُحتفظ بسجله.</numerusform>
            <numerusform>طالبان مسجَّلان ليسا في هذا الكشف. هل تريد وضع علامة «منسحب» عليهما؟ يُحتفظ بسجلهما.</numerusform>
            <numerusform>%Ln طلاب مسجَّلين ليسوا في هذا الكشف. هل تريد وضع علامة «منسحب» عليهم؟ يُحتفظ بسجلاتهم.</numerusform>
            <numerusform>%Ln طالبًا مسجَّلًا ليسوا في هذا الكشف. هل تريد وضع علامة «منسحب» عليهم؟ يُحتفظ بسجلاتهم.</numerusform>
            <numerusform>%Ln طالب مسجَّل ليسوا في هذا الكشف. هل تريد وضع علامة «منسحب» عليهم؟ يُحتفظ بسجلاتهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>طلاب ليسوا في هذا الكشف</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>اختر «لا» إذا كان هذا الملف يضم بعض طلاب المدرسة فقط.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>تعذّرت إعادة حساب درجات الاحتياج: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>أُعيد حساب درجات الاحتياج من البيانات الجديدة.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>استيراد كشف الأسماء</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>اختر كشف الأسماء الذي صدّره نظام الطلاب في المنطقة التعليمية: ملف CSV، أو ملف zip أو مجلد OneRoster.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>استيراد درجات الاختبارات المرجعية</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>اختر ملف الدرجات الذي صدّره نظام التقييم (i-Ready أو STAR أو MAP أو ما شابه) بصيغة CSV. يجب أن يكون الطلاب مسجَّلين مسبقًا.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>نسخ التقرير(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>حفظ التقرير(&amp;V)…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>ما وجده الاستيراد</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>مشكلات في الملف</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>انسخ التقرير للصقه في بريد إلكتروني أو مستند</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>احفظ التقرير كملف نصي</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - تقرير الاستيراد.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>تعذّر حفظ التقرير في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>لم تُعثر على مشكلات.</numerusform>
            <numerusform>عُثر على مشكلة واحدة. لم يُستورد شيء. أصلح الملف واحفظه ثم استورده مرة أخرى.</numerusform>
            <numerusform>عُثر على مشكلتين. لم يُستورد شيء. أصلح الملف واحفظه ثم استورده مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلات. لم يُستورد شيء. أصلح الملف واحفظه ثم استورده مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلة. لم يُستورد شيء. أصلح الملف واحفظه ثم استورده مرة أخرى.</numerusform>
            <numerusform>عُثر على %n مشكلة. لم يُستورد شيء. أصلح الملف واحفظه ثم استورده مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>كل ما في هذا الملف موجود بالفعل في TutorDesk. لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>لم تُعثر على مشكلات. انقر «استيراد» لإدخال هذه التغييرات.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>مشكلات في الملف</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>جارٍ فحص الملف</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>الملف(&amp;F):</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>لم يُختر ملف بعد</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>اختيار ملف(&amp;C)…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>مجلد OneRoster(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>مجلد يحتوي على تصدير OneRoster (orgs.csv وusers.csv و…)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>أي عمود هو أي حقل</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>اختيار مجلد OneRoster</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>كشوف الأسماء (*.csv *.txt *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>الأعمدة التي اخترتها في المرة السابقة. قارنها بالصفوف الأولى على اليمين.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>طابق TutorDesk هذه الأعمدة حسب أسمائها. قارنها بالصفوف الأولى على اليمين.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>يونيكود (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation>يونيكود (UTF-8، كما يحفظه Excel)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>Windows أوروبا الغربية (كما تحفظه الإصدارات القديمة من Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>يونيكود (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>أعمدة مفصولة بعلامات جدولة</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>أعمدة مفصولة بفواصل منقوطة</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>أعمدة مفصولة بفواصل</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>أعمدة مفصولة بـ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>قُرئ بترميز %1، %2؛ %3 بعد سطر العناوين.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between parts of a place in a file</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>place in the file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) read.</source>
        <translation>
            <numerusform>لم يُقرأ أي طالب.</numerusform>
            <numerusform>قُرئ طالب واحد.</numerusform>
            <numerusform>قُرئ طالبان.</numerusform>
            <numerusform>قُرئ %Ln طلاب.</numerusform>
            <numerusform>قُرئ %Ln طالبًا.</numerusform>
            <numerusform>قُرئ %Ln طالب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>لم تُقرأ أي نتيجة.</numerusform>
            <numerusform>قُرئت نتيجة واحدة.</numerusform>
            <numerusform>قُرئت نتيجتان.</numerusform>
            <numerusform>قُرئت %Ln نتائج.</numerusform>
            <numerusform>قُرئت %Ln نتيجة.</numerusform>
            <numerusform>قُرئت %Ln نتيجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>قُرئ %1: %2 جديد، %3 تغيّر، %4 دون تغيير.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>لا طلاب</numerusform>
            <numerusform>طالب واحد</numerusform>
            <numerusform>طالبان</numerusform>
            <numerusform>%Ln طلاب</numerusform>
            <numerusform>%Ln طالبًا</numerusform>
            <numerusform>%Ln طالب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>لم يُوضع علامة «منسحب» على أي طالب.</numerusform>
            <numerusform>وُضعت علامة «منسحب» على طالب واحد.</numerusform>
            <numerusform>وُضعت علامة «منسحب» على طالبين.</numerusform>
            <numerusform>وُضعت علامة «منسحب» على %Ln طلاب.</numerusform>
            <numerusform>وُضعت علامة «منسحب» على %Ln طالبًا.</numerusform>
            <numerusform>وُضعت علامة «منسحب» على %Ln طالب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>ليسوا في هذا الكشف: لا أحد من المسجَّلين.</numerusform>
            <numerusform>ليس في هذا الكشف: طالب واحد مسجَّل.</numerusform>
            <numerusform>ليسا في هذا الكشف: طالبان مسجَّلان.</numerusform>
            <numerusform>ليسوا في هذا الكشف: %Ln طلاب مسجَّلين.</numerusform>
            <numerusform>ليسوا في هذا الكشف: %Ln طالبًا مسجَّلًا.</numerusform>
            <numerusform>ليسوا في هذا الكشف: %Ln طالب مسجَّل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>الأسر: %1 جديدة، %2 تغيّرت.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>لم تُعثر على مشكلات.</numerusform>
            <numerusform>عُثر على مشكلة واحدة. لم يُستورد شيء. أصلح الملف (أو اختر أعمدة أخرى أعلاه)، واحفظه، ثم انقر «فحص الملف» مرة أخرى.</numerusform>
            <numerusform>عُثر على مشكلتين. لم يُستورد شيء. أصلح الملف (أو اختر أعمدة أخرى أعلاه)، واحفظه، ثم انقر «فحص الملف» مرة أخرى.</numerusform>
            <numerusform>عُثر على %Ln مشكلات. لم يُستورد شيء. أصلح الملف (أو اختر أعمدة أخرى أعلاه)، واحفظه، ثم انقر «فحص الملف» مرة أخرى.</numerusform>
            <numerusform>عُثر على %Ln مشكلة. لم يُستورد شيء. أصلح الملف (أو اختر أعمدة أخرى أعلاه)، واحفظه، ثم انقر «فحص الملف» مرة أخرى.</numerusform>
            <numerusform>عُثر على %Ln مشكلة. لم يُستورد شيء. أصلح الملف (أو اختر أعمدة أخرى أعلاه)، واحفظه، ثم انقر «فحص الملف» مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>تم الاستيراد.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>لم تُعثر على مشكلات. انقر «استيراد» لإدخال هذه التغييرات.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>الصينية المبسطة</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>الصينية التقليدية</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>الأرمنية</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>التاغالوغية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
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
        <translation>خطابات الأسر</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>خطاب إلى الأسرة</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>نوع الخطاب</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
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
        <translation>ملاحظات حول هذا الخطاب</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>معاينة الخطاب</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>طباعة الكل(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة(&amp;P)…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>اطبع عبر نافذة الطباعة في النظام (%1)؛ ويُسجَّل كل خطاب كتواصل</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>حفظ الكل كملف PDF واحد(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ كملف PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>احفظ كملف PDF (%1)، خطاب واحد في كل صفحة؛ ويُسجَّل كل خطاب كتواصل</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>تعديل القالب(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>غيّر نص هذا النوع من الخطابات بهذه اللغة (يُحفظ بجانب الأصل)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>موجَّه إلى</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>لغة الخطاب</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>الورق(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>الخطابات (صفحة لكل أسرة)(&amp;L):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>الخطابات</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>تعذّرت قراءة بيانات أسرة الطالب: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>وليّ أمر بدون اسم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1، الأساسي</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>لا يوجد وليّ أمر مسجَّل: الخطاب موجَّه إلى الأسرة</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>خطاب إلى أسرة %1</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>لا يمكن كتابة هذا الخطاب: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>الطالب %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>أسرة %1</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>الترجمة لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>خطابات الأسر (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>لا توجد خطابات متعذرة: %1</numerusform>
            <numerusform>خطاب واحد لا يمكن كتابته وتم استبعاده: %1</numerusform>
            <numerusform>خطابان لا يمكن كتابتهما وتم استبعادهما: %1</numerusform>
            <numerusform>%n خطابات لا يمكن كتابتها وتم استبعادها: %1</numerusform>
            <numerusform>%n خطابًا لا يمكن كتابتها وتم استبعادها: %1</numerusform>
            <numerusform>%n خطاب لا يمكن كتابتها وتم استبعادها: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>لم يراجع مترجم مؤهل هذه الترجمة بعد.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>عُدِّل النص في TutorDesk (الإصدار %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>طُبع وسُجِّل</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>حُفظ وسُجِّل</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>خطابات الأسر</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>لم تُختر أي خطابات للطباعة.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>تعذّرت طباعة الخطابات: رفضتها الطابعة. تحقق من الطابعة، أو احفظها كملف PDF واطبعه.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>حفظ الخطابات كملف PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>لم تُختر أي خطابات للحفظ.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>تمت الطباعة، لكن الخطابات غير مسجَّلة: %1 سجّل التواصل يدويًا.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>تم الحفظ، لكن الخطابات غير مسجَّلة: %1 سجّل التواصل يدويًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>لم يُطبع أي خطاب.</numerusform>
            <numerusform>طُبع خطاب واحد وسُجِّل كتواصل.</numerusform>
            <numerusform>طُبع خطابان وسُجِّلا كتواصل.</numerusform>
            <numerusform>طُبعت %n خطابات وسُجِّلت كتواصل.</numerusform>
            <numerusform>طُبع %n خطابًا وسُجِّلت كتواصل.</numerusform>
            <numerusform>طُبع %n خطاب وسُجِّلت كتواصل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>لم يُحفظ أي خطاب.</numerusform>
            <numerusform>حُفظ خطاب واحد كملف PDF وسُجِّل كتواصل.</numerusform>
            <numerusform>حُفظ خطابان كملف PDF وسُجِّلا كتواصل.</numerusform>
            <numerusform>حُفظت %n خطابات كملف PDF وسُجِّلت كتواصل.</numerusform>
            <numerusform>حُفظ %n خطابًا كملف PDF وسُجِّلت كتواصل.</numerusform>
            <numerusform>حُفظ %n خطاب كملف PDF وسُجِّلت كتواصل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>دعوة للتسجيل مع قسيمة موافقة</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>إشعار غياب عن حصة 1</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>إشعار غياب عن حصة 2</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>إشعار غياب عن حصة 3</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>تقرير التقدم</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>ملخص نهاية البرنامج</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>عنوان المدرسة</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>رقم هاتف المدرسة</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>اسم منسق دروس التقوية</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>تاريخ الخطاب مكتوبًا بالكامل</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>آخر موعد لإعادة القسيمة (بعد أسبوع)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>اسم وليّ الأمر، أو &quot;أسرة&quot; الطالب</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>الاسم المفضّل للطالب أو اسمه الأول</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>الاسم الكامل للطالب</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>صف الطالب، بالكلمات</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>مادة مجموعة التقوية</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>أيام اجتماع المجموعة</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>وقت بدء المجموعة وانتهائها</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>مكان اجتماع المجموعة</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>مدرّس المجموعة</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>أول يوم للمجموعة</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>آخر يوم للمجموعة</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>يوم الحصة الفائتة</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>أيام الحصص الفائتة المتتالية</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>عدد الحصص الفائتة المتتالية</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>نسبة الحصص التي حضرها خلال الأسابيع الأربعة الأخيرة</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>الحصص التي حضرها الطالب</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>الحصص التي عقدتها المجموعة</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>دقائق التقوية التي تلقاها</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>دقائق التقوية المخطط لها</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>المهارة التي تعمل عليها المجموعة</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>درجة الاختبار القصير الأولى</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>درجة الاختبار القصير الأخيرة</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>النمو من الاختبار القصير الأول إلى الأخير</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>لا يوجد طالب %1 (ربما حُذف). ادمج الخطابات مرة أخرى.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>خطاب %1 موجَّه إلى وليّ أمر لم يعد مدرجًا له. ادمج الخطابات مرة أخرى.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>«%1» ليس نوعًا من الخطابات.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>خطاب %1 يستجيب لإجراء مستحق لطالب آخر. ادمج الخطابات مرة أخرى.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>أُرسل خطاب: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>«%1» ليست طريقة لإرسال خطاب: print أو pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>اذكر متى طُبعت الخطابات أو حُفظت.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>لم يُسجَّل أي خطاب: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>تعذّر تسجيل الخطابات في %1: %2. لم يُسجَّل شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>الهمونغية</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>تعذّر ملء %1 لـ %2: لا توجد قيمة لـ %3. يرجى الإبلاغ عن ذلك.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot; ليس نوعًا من الخطابات. استخدم أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>الخطاب بلا تاريخ. حدّد يوم كتابته.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>لا توجد في TutorDesk خطابات باللغة &quot;%1&quot;. استخدم إحدى اللغات التالية: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>تقرأ الأسرة %1؛ لا يوجد بعد %2 بـ %1، لذا هذا الخطاب بالإنجليزية.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>تقرأ الأسرة %1؛ لا توجد بعد خطابات بـ %1، لذا هذا الخطاب بالإنجليزية.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>النسخة الإنجليزية من %1 مفقودة في نسخة TutorDesk هذه. أعد تثبيت TutorDesk.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>الطالب %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>لم يُنشأ أي خطاب: تعذّر إنشاء خطاب %1: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>وليّ الأمر هذا غير مسجَّل لـ %1. اختر أحد أولياء أمور %1.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>الطالب %1 غير مسجَّل. اختر طالبًا من القائمة.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>هذا الإجراء المستحق لا يخص %1. ابدأ الخطاب من أحد إجراءات %1.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>رقم هاتف المدرسة غير محدد، وكل خطاب يخبر الأسرة بالرقم الذي تتصل به. أضفه في الإعدادات ▸ المدرسة.</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>اسم منسق دروس التقوية غير محدد، وكل خطاب يُوقَّع به. أضفه في الإعدادات ▸ المدرسة.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>مجموعة %1 ليس لها أيام اجتماع بعد. حدّد أيام المجموعة أولًا.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>مجموعة %1 ليس لها وقت بدء بعد. حدّد وقت المجموعة أولًا.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>مجموعة %1 ليس لها مدرّس. عيّن مدرّسًا للمجموعة أولًا.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>ليس لـ %1 مقعد في مجموعة تقوية، لذا لا توجد مجموعة يصفها الخطاب. ضع %1 في مجموعة أولًا.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>ليس لـ %1 أي حصة فائتة مسجَّلة، لذا لا يوجد ما يذكره خطاب الغياب. راجع الحضور أو اختر نوعًا آخر من الخطابات.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>ليس لـ %1 حضور مسجَّل بعد، لذا لا توجد نسبة للإبلاغ عنها.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>لا يستطيع هذا البرنامج كتابة ملفات PDF (لا توجد أداة كتابة صفحات مثبتة). استخدم TutorDesk أو tutordesk-cli.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>لا خطابات للأسر</numerusform>
            <numerusform>خطاب واحد للأسرة</numerusform>
            <numerusform>خطابان للأسر</numerusform>
            <numerusform>%n خطابات للأسر</numerusform>
            <numerusform>%n خطابًا للأسر</numerusform>
            <numerusform>%n خطاب للأسر</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>لا توجد خطابات لحفظها في %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: الخطاب ليس فيه نص بعد الترويسة. اكتب الخطاب تحت السطر &quot;--&gt;&quot;.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}} ليست قيمة يمكن أن يستخدمها خطاب %2. استخدم واحدة مما يلي: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>يوجد عنصر نائب غير مغلق. اكتب كل عنصر بالشكل {{name}} في سطر واحد.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>هذا ليس قالب خطاب TutorDesk: يجب أن يبدأ بالسطر &quot;&lt;!--tutordesk-letter&quot; متبوعًا بـ language وkind وversion وreviewed وtitle.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>المتوقع &quot;name: value&quot; (language أو kind أو version أو reviewed أو title)، أو &quot;--&gt;&quot; لإنهاء الترويسة.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>اللغة &quot;%1&quot; ليست من اللغات التي يطبع بها TutorDesk الخطابات. استخدم واحدة مما يلي: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>النوع &quot;%1&quot; ليس نوعًا من الخطابات. استخدم واحدًا مما يلي: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>الحقل version فارغ. اكتب إصدارًا مثل 1 أو 2024-2.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>يجب أن تكون قيمة reviewed هي yes أو no.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>الحقل title فارغ. اكتب عنوان الخطاب بلغته.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>&quot;%1&quot; ليس حقلًا في الترويسة. استخدم language وkind وversion وreviewed وtitle.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: الترويسة غير مغلقة. أضف سطرًا &quot;--&gt;&quot; بعد العنوان.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>الترويسة ليس فيها سطر %1. أضف &quot;%1: …&quot; قبل &quot;--&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>تعذّرت قراءة %1: ملف zip تالف. اطلب الحزمة من المنطقة التعليمية مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>تعذّر فتح %1 كملف zip: إنه تالف أو ليس ملف zip. اطلب حزمة القوالب من المنطقة التعليمية مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1 يحتوي على %2 ملف؛ وحزمة القوالب تحتوي على %3 على الأكثر. إنه ليس حزمة قوالب، لذا لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1 يحتوي على ملف باسم &quot;%2&quot; يشير إلى خارج ملف zip. إنه ليس حزمة قوالب، لذا لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1 محمي بكلمة مرور. أنشئ ملف zip مرة أخرى دون كلمة مرور.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 يزيد حجمه بعد فك الضغط على %3 كيلوبايت؛ وقالب الخطاب أصغر من ذلك بكثير. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 يزيد حجمه بعد فك الضغط على %2 كيلوبايت. إنه ليس حزمة قوالب، لذا لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1 يحتوي على أكثر من %2 ملف. إنه ليس حزمة قوالب، لذا لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 أكبر من %3 كيلوبايت؛ وقالب الخطاب أصغر من ذلك بكثير. لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: تعذّرت قراءة %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 أكبر من %2 كيلوبايت. إنه ليس حزمة قوالب، لذا لم يُثبَّت شيء.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1 غير موجود. اختر مجلد حزمة القوالب أو ملف .zip الخاص بها.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1 ليس مجلدًا ولا ملف .zip. حزمة القوالب مجلد (أو ملف zip له) فيه مجلد لكل لغة، مثل es/missed-1.html.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: حزمة القوالب تضم مجلدًا لكل لغة فيه الخطابات، مثل es/missed-1.html. انقل الملف إلى مجلد لغته.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: المجلد &quot;%2&quot; ليس لغة خطابات. سمِّ المجلدات %3.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: ملف الكلمات ليس كائن JSON (%2). أصلحه على غرار resources/letters/en/terms.json.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: يجب أن تكون &quot;%2&quot; نصًا بين علامتي اقتباس.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: يذكر الملف اللغة &quot;%2&quot; لكنه موجود في المجلد %3. صحّح اللغة أو انقل الملف.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1 ليس خطابًا (&lt;kind&gt;.html) ولا ملف الكلمات (terms.json). احذفه من الحزمة.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: &quot;%2&quot; ليس نوعًا من الخطابات. سمِّ الملف باسم نوعه: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: تذكر الترويسة النوع %2 لكن اسم الملف %3.html. صحّح سطر النوع أو أعد تسمية الملف.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: تذكر الترويسة اللغة %2 لكن الملف في المجلد %3. صحّح سطر اللغة أو انقل الملف.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>لم تُثبَّت الحزمة؛ الخطابات المستخدمة لم تتغير.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1 لا يحتوي على قوالب خطابات. حزمة القوالب فيها مجلد لكل لغة بملفات مثل es/missed-1.html.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>تعذّر حفظ حزمة القوالب %1: %2. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>تعذّرت إزالة حزمة قوالب المنطقة التعليمية: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>&quot;%1&quot; ليس نوعًا من الخطابات. استخدم واحدًا مما يلي: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>&quot;%1&quot; ليست لغة يطبع بها TutorDesk الخطابات. استخدم واحدة مما يلي: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 بـ %2</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>لم يُحفظ النص.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>تعذّر حفظ %1: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>تعذّرت إزالة النص المعدَّل: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>حزمة المنطقة التعليمية</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>حزمة المنطقة التعليمية (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>تثبيت حزمة قوالب(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>إزالة الحزمة(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل(&amp;E)…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>استعادة الأصل(&amp;O)</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>نص كل خطاب للأسرة بكل لغة. تُحفظ حزمة قوالب المنطقة التعليمية والنصوص المعدَّلة هنا بجانب النصوص المدمجة؛ والتغييرات في هذه الصفحة تسري فورًا.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>قوالب الخطابات</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطاب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>مصدر النص</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>من مجلد(&amp;F)…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>من ملف zip(&amp;Z)…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>خطابات المنطقة التعليمية: مجلد أو ملف zip فيه ملفات &lt;language&gt;/&lt;kind&gt;.html</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>استخدم النصوص المدمجة مرة أخرى حيث كان لحزمة المنطقة نصوصها الخاصة</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>غيّر نص الخطاب المحدد (يُحفظ بجانب الأصل)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>تخلَّ عن النص المعدَّل هنا واستخدم نص المنطقة التعليمية أو النص المدمج مرة أخرى</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>تعذّرت قراءة قوالب الخطابات: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>عدّله %1 في %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>تثبيت حزمة قوالب من مجلد</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>تثبيت حزمة قوالب من ملف zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ملفات zip (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>لم تُثبَّت حزمة القوالب: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>لم يُثبَّت أي قالب من %1.</numerusform>
            <numerusform>ثُبِّت قالب واحد من %1.</numerusform>
            <numerusform>ثُبِّت قالبان من %1.</numerusform>
            <numerusform>ثُبِّتت %n قوالب من %1.</numerusform>
            <numerusform>ثُبِّت %n قالبًا من %1.</numerusform>
            <numerusform>ثُبِّت %n قالب من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>لم تُزَل حزمة القوالب: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>أُزيلت حزمة قوالب المنطقة التعليمية.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>لم تتم الاستعادة: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>عاد النص الأصلي قيد الاستخدام.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>ساعد مترجم فوري(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>تسجيل تواصل — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>مثال: سيحضر يوم الخميس</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>التواصل مجددًا في</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>لا يوجد وليّ أمر مسجَّل</translation>
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
        <translation>بخصوص %1: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>الطريقة(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>النتيجة(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>المتابعة(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>حفظ وإنهاء(&amp;S)</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>تعذّر حفظ التواصل.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>تعذّر حفظ التواصل: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>سُجِّل تواصل بخصوص %1 (%2، %3). أُنهي: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>المدرّسون</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>العام الدراسي</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>المزامنة مع المنطقة التعليمية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>مدرسة جديدة(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ملف حديث(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>استيراد المدرّسين(&amp;T)…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>استيراد التقويم المدرسي(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>حول TutorDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>جارٍ إعداد حزمة للمنطقة التعليمية…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>جارٍ الإرسال إلى المنطقة التعليمية…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>حالة المزامنة غير معروفة</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>فتح صفحة المزامنة</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>لا توجد قواعد بيانات حديثة</translation>
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
        <translation>العام الدراسي %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>حقل TutorDesk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>العمود في ملفك</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>العمود الخاص بـ %1</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>اختر عمودًا لـ: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tutordesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>النقل إلى مجموعة</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>إلى أي مجموعة %2 تريد نقل %1؟</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>لا مقاعد شاغرة</numerusform>
            <numerusform>مقعد واحد شاغر</numerusform>
            <numerusform>مقعدان شاغران</numerusform>
            <numerusform>%Ln مقاعد شاغرة</numerusform>
            <numerusform>%Ln مقعدًا شاغرًا</numerusform>
            <numerusform>%Ln مقعد شاغر</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>ممتلئة</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>لا مدرّس بعد</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · المستوى %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>نقل(&amp;M)</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>لا توجد مجموعة %1 أخرى بعد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>لماذا هذا الطالب</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>درجة الاحتياج</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>تُرتَّب الدرجات المتساوية حسب عدد مستويات الصف المتأخر عنها، ثم حسب انخفاض الحضور المدرسي، ثم حسب رقم المنطقة التعليمية: وليس أبدًا حسب وقت تسجيل الأسرة.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>النقاط المكوّنة لدرجة الاحتياج</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>حدّد طالبًا لترى كيف حُسبت درجة احتياجه.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>تعذّرت قراءة درجة الاحتياج: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>ليس لهذا الطالب درجة احتياج بعد. انقر «إعادة حساب درجات الاحتياج» بعد استيراد نتائج اختباراته المرجعية.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · الرقم %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>درجة الاحتياج %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>لا شيء في الاختبارات المرجعية لهذا الطالب أو حضوره أو فئاته الطلابية يضيف نقاطًا.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>تعذّر حفظ درجات الاحتياج: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>لا يوجد تصنيف لمستوى الصف</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>في مستوى الصف أو أعلى</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>دون مستوى الصف بمستوى واحد</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>دون مستوى الصف بـ %1 مستويات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>لا يوجد اختبار مرجعي مسجَّل</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>الحضور المدرسي %1%، أقل من %2%</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>متعلم اللغة الإنجليزية</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>خطة IEP وخطة 504</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>خطة 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بلا مأوى (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>النقاط لكل مستوى دون الصف</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>الحد الأقصى للنقاط من الاختبار المرجعي</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>حد الحضور</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>النقاط لكل نقطة حضور دون الحد</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>الحد الأقصى للنقاط من الحضور</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>خطة IEP أو 504</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بلا مأوى</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>يجب أن تكون %1 رقمًا من 0 إلى 1000، وليس %2.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>حد الحضور نسبة مئوية: أدخل رقمًا من 0 إلى 100، وليس %1.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>تعذّر حفظ أوزان درجة الاحتياج: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>تجمع درجة احتياج الطالب نقاطًا عن كل مؤشر على تأخره. أصحاب الدرجات الأعلى يحصلون على المقاعد أولًا.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>لكل مستوى دون الصف</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>عن كل مستوى صف متأخر في آخر اختبار مرجعي، في المادة الأكثر تأخرًا.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>الحد الأقصى من الاختبارات المرجعية</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>لا تضيف الاختبارات المرجعية أكثر من ذلك أبدًا.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>يُحتسب الحضور إذا قلّ عن</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>الحضور المدرسي الأقل من هذا يضيف نقاطًا.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>لكل نقطة حضور دون الحد</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>عن كل نقطة مئوية من الحضور دون ذلك الحد.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>الحد الأقصى من الحضور</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>لا يضيف الحضور أكثر من ذلك أبدًا.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>متعلم اللغة الإنجليزية</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>للطالب الذي حالته EL.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>خطة IEP أو 504</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>للطالب الذي لديه خطة IEP أو خطة المادة 504.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>للطالب في الرعاية البديلة.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بلا مأوى</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>للطالب بلا مأوى (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>للطالب الذي تعدّه المنطقة التعليمية محرومًا اجتماعيًا واقتصاديًا (SED).</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>استعادة الإعدادات الافتراضية(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>أعِد الأوزان التي يبدأ بها TutorDesk</translation>
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
        <translation>إعداد مدرستي</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>يحفظ TutorDesk كل ما يتعلق بمدرسة واحدة في ملف واحد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>مثال: مدرسة Alvarado Street الابتدائية</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>اسم المدرسة(&amp;N):</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>رمز المنطقة التعليمية لهذه المدرسة</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>رمز المدرسة</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>الرمز الذي تستخدمه منطقتك التعليمية لهذه المدرسة (في كاليفورنيا، رمز CDS)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>رمز المدرسة(&amp;C):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>رمز المنطقة التعليمية</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>رمز المنطقة التعليمية(&amp;D):</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>أول يوم في العام الدراسي</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>يبدأ العام الدراسي(&amp;S):</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>آخر يوم في العام الدراسي</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>ينتهي العام الدراسي(&amp;E):</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>تغيير(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>اختر مكان حفظ ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>محفوظ في:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>إعداد المدرسة(&amp;U)</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>قواعد بيانات TutorDesk (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>حفظ قاعدة بيانات المدرسة باسم</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>لا يحتوي التصدير على demographics.csv: تواريخ الميلاد والجنس والعرق والإثنية تبقى كما هي.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ليس فيه عمود sourcedId، لذا ليس ملف OneRoster يمكن لـ TutorDesk قراءته. صدّر كشف الأسماء مرة أخرى بصيغة OneRoster CSV.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>لا يوجد عمود يحمل رقم الطالب، لذا لا يمكن ربط المؤشرات بالطلاب. سمِّ ذلك العمود &quot;Student ID&quot;.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>لا يوجد عمود يحمل مؤشر فئة طلابية (EL Status وHome Language وIEP و504 وFoster وHomeless وSED وAttendance %). سمِّ الأعمدة بهذه الأسماء.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>السطر %1 يحمل مؤشرات للطالب نفسه. احتفظ بأحد السطرين.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>مؤشرات الفئات الطلابية من %1: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>أسطر ملف المؤشرات لطلاب ليسوا في كشف أسماء هذه المدرسة، وقد استُبعدت: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ليس فيه العمودان propertyName وvalue، لذا ليس ملف بيان OneRoster. صدّر كشف الأسماء مرة أخرى بصيغة OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>يذكر %1 أن هذا OneRoster %2. يقرأ TutorDesk الإصدارين OneRoster 1.1 و1.2: اطلب تصديرًا بأحدهما.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>يذكر %1 أن %2.csv يحتوي فقط على التغييرات منذ آخر تصدير (delta). استيراد كشف الأسماء يحتاج إلى كل الطلاب: اطلب تصديرًا كاملًا (bulk).</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>اختر المدرسة: في نافذة الاستيراد، أو في سطر الأوامر باستخدام ‎--org والمعرّف الذي قبل النقطتين.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>%1 مفقود: فيه يسرد تصدير OneRoster مدارسه. صدّر كشف الأسماء مرة أخرى مع تضمين orgs.csv.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ليس فيه عمود sourcedId، لذا ليس ملف orgs من OneRoster. صدّر كشف الأسماء مرة أخرى بصيغة OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>لا توجد في %1 مدرسة &quot;%2&quot;. المدارس الموجودة فيه:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1 لا يسرد أي مدرسة (لا يوجد صف من النوع &quot;school&quot;). صدّر كشف أسماء مدرستك مرة أخرى من نظام الطلاب.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1 يسرد %2 مدارس؛ ويستورد TutorDesk مدرسة واحدة في كل مرة. المدارس:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>أُلغيت قراءة %1.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>تصدير OneRoster بدون manifest.csv؛ المدرسة %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>تصدير OneRoster %1؛ المدرسة %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: لا يوجد ملف أو مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>تعذّر فتح %1 كملف zip: إنه تالف أو ليس ملف zip. نزّل تصدير OneRoster من نظام الطلاب مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1 يحتوي على %2 ملف؛ وتصدير OneRoster فيه نحو اثني عشر ملفًا. إنه ليس تصدير كشف أسماء، لذا لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1 يحتوي على ملف باسم &quot;%2&quot; يشير إلى خارج ملف zip. تصدير OneRoster لا يفعل ذلك أبدًا، لذا لم يُقرأ شيء. اطلب تصديرًا جديدًا من المنطقة التعليمية.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: حجم &quot;%2&quot; بعد فك الضغط سيكون %3 ميغابايت، أكثر من %4 ميغابايت التي يقرؤها TutorDesk من ملف واحد. إنه ليس كشف أسماء مدرسة، لذا لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>حجم %1 بعد فك الضغط سيزيد على %2 ميغابايت. إنه ليس كشف أسماء مدرسة، لذا لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1 ليس فيه %2. صدّر كشف الأسماء مرة أخرى مع تضمين كل ملفات OneRoster.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>تعذّرت قراءة %1: ملف zip تالف. نزّل تصدير OneRoster مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1 محمي بكلمة مرور. صدّر كشف الأسماء مرة أخرى دون كلمة مرور.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>حجم %1 بعد فك الضغط يزيد على %2 ميغابايت. إنه ليس كشف أسماء مدرسة، لذا لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 أكبر من %2 ميغابايت. إنه ليس كشف أسماء مدرسة، لذا لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ليس فيه عمود %2، لذا ليس ملف OneRoster يمكن لـ TutorDesk قراءته. صدّر كشف الأسماء مرة أخرى بصيغة OneRoster CSV.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>%1 مفقود، وملف users.csv ليس فيه عمود role: لا يستطيع TutorDesk معرفة من هو الطالب. صدّر كشف الأسماء مرة أخرى مع تضمين roles.csv (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>%1 مفقود: فيه يسرد تصدير OneRoster طلابه. صدّر كشف الأسماء مرة أخرى مع تضمين users.csv.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>الصف فارغ. املأ صف الطالب في نظام الطلاب وصدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>الحقل sourcedId فارغ. كل مستخدم في OneRoster يحتاج إليه: صدّر مرة أخرى.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>الاسم الأول (givenName) فارغ. املأه في نظام الطلاب.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>اسم العائلة (familyName) فارغ. املأه في نظام الطلاب.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>السطر %1 يحمل رقم الطالب نفسه &quot;%2&quot;. يجب أن يُدرج كل طالب مرة واحدة: صحّح الرقم في نظام الطلاب.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>أعمدة لا يستخدمها TutorDesk: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>طلاب بلا معرّف في users.csv، استُخدم sourcedId الخاص بهم في OneRoster كرقم للطالب في المنطقة التعليمية: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>طلاب ما قبل الروضة الذين استُبعدوا (يخدم TutorDesk من الروضة الانتقالية حتى الصف 12): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>طلاب مدارس أخرى في هذا التصدير، استُبعدوا: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>تصدير OneRoster</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>مطلوب فقط عندما يضم التصدير عدة مدارس</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>معرّف المدرسة في التصدير</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>معرّف المدرسة (sourcedId)(&amp;S):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>اختياري: ملف CSV فيه حالة EL وIEP وفئات طلابية أخرى</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>ملف الفئات الطلابية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>اختر ملف الفئات الطلابية</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>ملف الفئات الطلابية(&amp;G):</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>اختيار ملف الفئات الطلابية</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 مسجَّل</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>أزِل العلامة عندما لا يوجد تاريخ مسجَّل</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>تعذّر وضع علامة «سُلِّمت» على الحزمة: لم تعد في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>سُلِّمت الحزمة لكن صندوق الصادر لم يستطع تسجيل ذلك (%1). ستُرسل مرة أخرى في المرة القادمة، ولا ضرر في ذلك.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>تعذّر تسجيل المحاولة الفاشلة: الحزمة لم تعد تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>تعذّر تسجيل المحاولة الفاشلة في صندوق الصادر (%1). الحزمة ما زالت تنتظر.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>تعذّر تعيين الحزم المنتظرة للإرسال الآن (%1). حاول مرة أخرى.</translation>
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
        <translation>سُلِّمت إلى %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>آخر محاولة في %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>آخر مشكلة</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>تعذّرت قراءة صندوق الصادر (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>تعذّرت قراءة الحزمة %1 من صندوق الصادر (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>الحزمة %1 لم يعد لها محتوى في صندوق الصادر. أنشئ تصديرًا كاملًا جديدًا للمنطقة التعليمية.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>إيقاف المقعد وعرضه — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>إيقاف مقعد %1 في %2 (%3). يصبح المقعد شاغرًا؛ ويبقى التسجيل قائمًا وموقوفًا، ويمكن استئنافه.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>عرض المقعد على %1 (%2، الاحتياج %3)، الأول في قائمة الانتظار(&amp;O)</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>لا يناسب هذا المقعدَ أحدٌ في قائمة الانتظار: سيُوقف التسجيل فقط.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>إيقاف وعرض(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف(&amp;P)</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>اكتب سبب الإيقاف.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>تعذّر إيقاف المقعد.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>تعذّر إيقاف المقعد: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>أُوقف %1 في %2؛ وذهب المقعد إلى %3.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>أُوقف %1 في %2؛ لا أحد ينتظر المقعد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>تعذّر حفظ %1: %2. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>تعذّر حفظ %1: %2. تحقق من وجود مساحة كافية على القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>تعذّر رسم أي شيء على الصفحات</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>تعذّر استبدال %1: ربما يكون مفتوحًا في برنامج آخر. أغلقه، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>تعذّر حفظ %1. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1 ليس فيه مدرسة بعد: أعدّ المدرسة (اسمها وعامها الدراسي) قبل توزيع الطلاب.</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>التوزيع حسب الاحتياج</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>امتلأت مجموعة أثناء التوزيع؛ لم يتغير شيء. شغّل التوزيع مرة أخرى.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>تعذّر حفظ التوزيع في %1: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · الصفوف %2 · المستوى %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1 ممتلئة (%2 من %3). انقل أحد الطلاب منها أولًا أو اختر مجموعة أخرى.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>سيُحدَّد لاحقًا</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>غادر قائمة الانتظار: لم يعد طالبًا نشطًا في المدرسة</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>غادر قائمة الانتظار: درجة الاحتياج (%1) أصبحت دون المستوى 2</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>غادر قائمة الانتظار: آخر اختبار مرجعي لم يعد يُظهر أنه دون مستوى الصف في %1</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>غادر قائمة الانتظار: يشغل بالفعل مقعدًا في %1</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>غادر قائمة الانتظار: أُوقف مقعد في %1 أو انتهى؛ أعد منح المقعد يدويًا</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>يجب أن تكون ميزانية المقاعد من 0 إلى %1 مقعد، وليس %2.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>تعذّر حفظ ميزانية المقاعد: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>انتهت %1. اختر مجموعة نشطة أو مخططًا لها.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1 مجموعة %2 وتسجيل %3 خاص بـ %4: النقل يحافظ على المادة. اختر مجموعة %4.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 لديه مقعد بالفعل في %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>تلك المجموعة ممتلئة. انقل أحد الطلاب منها أولًا أو اختر مجموعة أخرى.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>تعذّر تغيير التسجيل في %1: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>لا يوجد تسجيل %1 (ربما حُذف). أعد تحميل صفحة التوزيع.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>لا توجد مجموعة %1 (ربما حُذفت). أعد تحميل صفحة التوزيع.</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>مُنح مقعدًا من قائمة الانتظار</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>نُقل إلى %1</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>أُعيد إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>تسجيل %1 في %2 حالته %3: لا يمكن نقل إلا مقعد أو مكان في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>تسجيل %1 في %2 ليس في قائمة الانتظار (حالته %3).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>تسجيل %1 في %2 لا يشغل مقعدًا (حالته %3)، لذا لا يوجد ما يُوقف.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>تسجيل %1 في %2 ليس موقوفًا (حالته %3).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>استُؤنف</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (جديد)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>لا مدرّس بعد</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1، المستوى %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>لا مقاعد شاغرة</numerusform>
            <numerusform>مقعد واحد شاغر</numerusform>
            <numerusform>مقعدان شاغران</numerusform>
            <numerusform>%Ln مقاعد شاغرة</numerusform>
            <numerusform>%Ln مقعدًا شاغرًا</numerusform>
            <numerusform>%Ln مقعد شاغر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · الرقم %2 · درجة الاحتياج %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>المجموعة / الطالب</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>درجة الاحتياج</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المدرّس</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>المجموعات وطلابها</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>قائمة الانتظار، الأعلى احتياجًا أولًا</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>قائمة الانتظار (الأعلى احتياجًا أولًا)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>نُقل %1 إلى %2.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>اقتراح توزيع(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>النقل إلى مجموعة(&amp;M)…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>النقل إلى قائمة الانتظار(&amp;W)</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>جدولة المجموعة(&amp;G)…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>المقاعد وقائمة الانتظار</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>اعرض كيف سيوزّع TutorDesk الطلاب على المقاعد حسب الاحتياج، ثم طبّق ذلك إن وافقت</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>انقل الطالب المحدد إلى مجموعة أخرى في المادة نفسها (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>أعِد مقعد الطالب المحدد؛ لينتظر حسب ترتيب الاحتياج (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>حدّد للمجموعة المحددة مدرّسها وقاعتها وأيامها ووقتها؛ وتتبعها حصصها (أو انقر نقرًا مزدوجًا على مجموعة)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>تعذّرت قراءة المجموعات: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · %2 من %3 مقعد مشغول · %4 في الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>لا مجموعات بعد. استورد كشف الأسماء ودرجات الاختبارات المرجعية، ثم انقر «اقتراح توزيع».</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>طُبِّق التوزيع. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>لا طلاب</numerusform>
            <numerusform>طالب واحد</numerusform>
            <numerusform>طالبان</numerusform>
            <numerusform>%Ln طلاب</numerusform>
            <numerusform>%Ln طالبًا</numerusform>
            <numerusform>%Ln طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>لم يحصل أي طالب على مقعد جديد.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>لن يحصل أي طالب على مقعد جديد.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>حصل %1 على مقعد، %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>سيحصل %1 على مقعد، %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>دون تخطيط مجموعات جديدة</numerusform>
            <numerusform>مع تخطيط مجموعة جديدة واحدة</numerusform>
            <numerusform>مع تخطيط مجموعتين جديدتين</numerusform>
            <numerusform>مع تخطيط %Ln مجموعات جديدة</numerusform>
            <numerusform>مع تخطيط %Ln مجموعة جديدة</numerusform>
            <numerusform>مع تخطيط %Ln مجموعة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>حصل %1 على مقعد في المجموعات الموجودة.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>سيحصل %1 على مقعد في المجموعات الموجودة.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>لا أحد في الانتظار.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>لن يبقى أحد في الانتظار.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>لا أحد في الانتظار.</numerusform>
            <numerusform>طالب واحد في الانتظار.</numerusform>
            <numerusform>طالبان في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
            <numerusform>%Ln طلاب في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
            <numerusform>%Ln طالبًا في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
            <numerusform>%Ln طالب في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>لن يبقى أحد في الانتظار.</numerusform>
            <numerusform>سيبقى طالب واحد في الانتظار.</numerusform>
            <numerusform>سيبقى طالبان في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
            <numerusform>سيبقى %Ln طلاب في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
            <numerusform>سيبقى %Ln طالبًا في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
            <numerusform>سيبقى %Ln طالب في الانتظار، الأعلى احتياجًا أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>لم يغادر أحد قائمة الانتظار.</numerusform>
            <numerusform>غادر طالب واحد قائمة الانتظار: لم يعد مؤهَّلًا.</numerusform>
            <numerusform>غادر طالبان قائمة الانتظار: لم يعودا مؤهَّلين.</numerusform>
            <numerusform>غادر %Ln طلاب قائمة الانتظار: لم يعودوا مؤهَّلين.</numerusform>
            <numerusform>غادر %Ln طالبًا قائمة الانتظار: لم يعودوا مؤهَّلين.</numerusform>
            <numerusform>غادر %Ln طالب قائمة الانتظار: لم يعودوا مؤهَّلين.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>توفر المجموعات %1 من أصل %2 مقعد يستطيع البرنامج تمويلها.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>اقتراح توزيع</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>تُعرض المقاعد الجديدة كدعوات: تبدأ دروس التقوية بعد موافقة الأسرة. هل تريد تطبيق هذا التوزيع؟</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>لا يوجد ما يُطبَّق.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>إدخال الاختبارات القصيرة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>المجموعة(&amp;G):</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>تاريخ الاختبار القصير</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>فترة الاختبار القصير</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>الدرجة القصوى</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>الفترة(&amp;W):</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>من أصل(&amp;O):</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>درجات الاختبارات القصيرة</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>اكتب الدرجة واضغط Enter للانتقال إلى الطالب التالي. اترك الخلية فارغة لـ «لم يُختبر». Ctrl+S يحفظ كل الدرجات دفعة واحدة.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>حفظ الدرجات(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>لا مدرّس</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>لا مهارة</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (منتهية)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>لا توجد مجموعات بعد. أنشئ مجموعات في صفحة الجدول أولًا.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>تعذّرت قراءة المجموعات: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>تجاهل الدرجات؟</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>الدرجات المكتوبة لهذه المجموعة لم تُحفظ. هل تريد تجاهلها وفتح المجموعة الأخرى؟</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>تعذّرت قراءة الاختبارات القصيرة للمجموعة: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>ليس لهذه المجموعة مهارة مستهدفة بعد: حدّدها في صفحة الجدول قبل إدخال الاختبارات القصيرة.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>المهارة %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · الإتقان عند %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
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
        <translation>%1 (محفوظ)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>جديد: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>النمو
(نقاط مئوية)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>الإتقان</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (أُعيد المقعد)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>لم يعد في هذه المجموعة في هذا اليوم؛ يُحتفظ بالنتائج السابقة.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ متقَنة</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>ليس رقمًا: اكتب الدرجة، أو اترك الخلية فارغة لـ «لم يُختبر».</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>يجب أن تكون الدرجة بين 0 و%1.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>من الاختبار القصير الأساسي إلى هذا الاختبار، بالنقاط المئوية.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>يظهر النمو عند وجود نتيجتين.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>درجة %1 «%2» ليست رقمًا. اكتب الدرجة، أو امسح الخلية لـ «لم يُختبر». لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>لم يُحفظ شيء. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>لم تُضف أي درجة</numerusform>
            <numerusform>أُضيفت درجة واحدة</numerusform>
            <numerusform>أُضيفت درجتان</numerusform>
            <numerusform>أُضيفت %n درجات</numerusform>
            <numerusform>أُضيفت %n درجة</numerusform>
            <numerusform>أُضيفت %n درجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>لم يتغير شيء</numerusform>
            <numerusform>تغيّرت واحدة</numerusform>
            <numerusform>تغيّرت اثنتان</numerusform>
            <numerusform>تغيّرت %n</numerusform>
            <numerusform>تغيّرت %n</numerusform>
            <numerusform>تغيّرت %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>لم يُمسح شيء</numerusform>
            <numerusform>مُسحت واحدة</numerusform>
            <numerusform>مُسحت اثنتان</numerusform>
            <numerusform>مُسحت %n</numerusform>
            <numerusform>مُسحت %n</numerusform>
            <numerusform>مُسحت %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>لا يوجد ما يُحفظ: لم تتغير أي درجة.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>حُفظ لـ %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>حفظ الدرجات؟</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>بعض الدرجات المكتوبة لـ %1 لم تُحفظ.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>الطالب %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>ليس لـ %1 مهارة مستهدفة، لذا لا يمكن مقارنة اختباراتها القصيرة. أعطِ المجموعة رمز مهارة في صفحة الجدول أولًا.</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>اختر اليوم الذي أُجري فيه الاختبار القصير.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>يوم الاختبار القصير %1 في المستقبل. أدخل الاختبارات في يوم إجرائها أو بعده.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>يوم الاختبار القصير %1 يسبق بدء %2 (%3). تحقق من اليوم.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>اختر فترة الاختبار القصير: قبلي أو تقدّم أو بعدي.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>يجب أن تكون الدرجة القصوى للاختبار القصير أكبر من 0.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>درجة %1 وهي %2 خارج النطاق من 0 إلى %3. صحّح الدرجة أو الدرجة القصوى للاختبار.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>ليس لـ %1 مقعد في %2 في %3، لذا لا يمكن تسجيل الدرجة %4 للمجموعة. امسح الدرجة أو تحقق من اليوم.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>لا توجد مجموعة %1 (ربما حُذفت). اختر مجموعة أخرى.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>تعذّر حفظ درجات الاختبارات القصيرة في %1: %2. لم يتغير شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>الاختبار القصير يحتاج إلى رمز مهارة، مثل 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>حد الإتقان لـ %1 هو %2 %؛ يجب أن يكون بين 1 و100 %.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>الدرجة القصوى لـ %1 هي %2؛ يجب أن تكون أكبر من 0 (أو تُترك فارغة).</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>تعذّر حفظ إعدادات الاختبارات القصيرة في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>الدرجة القصوى المعتادة لكل اختبار مهارة قصير (تبدأ بها الشبكة) والنسبة منها التي تُعدّ إتقانًا. يستخدم النمو والإتقان هذه القيم في كل مكان.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>بكلمات بسيطة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>الدرجة القصوى</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>الإتقان عند</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>مستخدمة في</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>مهارات الاختبارات القصيرة</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>تظهر المهارة هنا عندما تستهدفها مجموعة أو يذكرها اختبار قصير.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>الدرجة القصوى لـ %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>حد الإتقان لـ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>نتائج الاختبارات المرجعية</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>الحضور المدرسي</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>متعلم اللغة الإنجليزية</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>خطة IEP أو 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بلا مأوى (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: %2 × %3 دقيقة أسبوعيًا، مجموعات حتى %4</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>المدرسة(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>المجموعة(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>الطالب(&amp;T):</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>المجموعة المراد رسمها بيانيًا</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>الطالب المراد رسمه بيانيًا</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>اكتب اسمًا أو رقم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>مرّر المؤشر فوق نقطة أو عمود لرؤية الأرقام؛ انقر بالزر الأيمن على رسم بياني لحفظه أو طباعته.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>رسم بياني لـ:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>توزيع جرعة الدعم</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>لا يشغل أي طالب مقعدًا بعد.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>النمو مقابل جرعة الدعم</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>لا نمو بعد: يظهر النمو عندما يكون للطالب اختباران قصيران في مهارة مجموعته.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>نسبة الحضور الأسبوعية</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>لم يُسجَّل أي حضور بعد.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>الطلاب حسب المستوى</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>لا يوجد طالب له مستوى احتياج بعد: احسب درجات الاحتياج في صفحة التوزيع.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>اختر مجموعة أعلاه.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>النمو لكل طالب</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>لا طلاب في هذه المجموعة بعد.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>ليس لهذه المجموعة مهارة مستهدفة، لذا لا يمكن قياس النمو. حدّد مهارتها في صفحة الجدول.</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>لا نمو بعد: لا يوجد طالب في هذه المجموعة لديه اختباران قصيران في %1.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>الحصص المعقودة مقارنة بالمجدولة</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>لم تُجدول حصص لهذه المجموعة بعد.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>اختر طالبًا أعلاه.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>درجات الاختبارات القصيرة</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>لا اختبارات قصيرة لهذا الطالب بعد.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>الدقائق المتلقاة مقارنة بالمخطط لها</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>لا حصص لهذا الطالب بعد.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>الحضور حسب الأسبوع</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>لم تُعقد حصص لهذا الطالب بعد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>تضمين الموقوفين والمنسحبين(&amp;U)</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>الطلاب(&amp;D)</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>المجموعات(&amp;R)</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>صف لكل طالب ومجموعة</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>صف لكل مجموعة: التنفيذ والحضور والنمو والتنبيهات</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>طلاب مجموعة واحدة، أو المدرسة كلها</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>أي تنبيه أو بدون</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>عليه تنبيه (أيٌّ منهما)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>لا يحضر</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>يحضر، لكن لا يتحسن</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>أي مادة</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>وكذلك المقاعد الموقوفة أو المنسحبة هذا العام (لا تُنبَّه أبدًا)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>ابحث بالاسم أو رقم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>البحث عن الطلاب</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>الطلاب: جزء من الاسم أو رقم المنطقة التعليمية. المجموعات: جزء من اسم المجموعة أو مهارتها أو مدرّسها</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>يجب أن يكون عدد الحصص التي يحضرها الطالب قبل الحكم على النمو عددًا صحيحًا من 1 إلى 200، وليس %1.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>يجب أن تكون نسبة الحضور التي تُعدّ حضورًا جيدًا أكبر من 0% ولا تزيد على 100%، وليس %1.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>يجب أن يكون النمو المتوقع من 0 إلى 100 نقطة مئوية، وليس %1.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>يجب أن يكون عدد الحصص اللازمة للحكم على الحضور عددًا صحيحًا من 1 إلى 200، وليس %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>يجب أن تكون نسبة الحضور التي يُعدّ الطالب دونها غير حاضر أكبر من 0% ولا تزيد على 100%، وليس %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>نسبة الحضور التي يُعدّ الطالب دونها غير حاضر (%1) يجب ألا تزيد على نسبة الحضور التي تُعدّ حضورًا جيدًا (%2).</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>لم تُحفظ تنبيهات التقدم: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>تعذّر حفظ تنبيهات التقدم في %1: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>يحضر، لكن لا يتحسن</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>لا يحضر</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>لا تنبيه</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>حضر %1 على الأقل بنسبة حضور %2 أو أفضل، ومع ذلك نما أقل من %3 في الاختبار القصير لمهارة المجموعة (من القبلي إلى الأخير) ولم يصل إلى الإتقان. الحضور ليس هو المشكلة: راجع التدريس.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا حصص</numerusform>
            <numerusform>حصة واحدة</numerusform>
            <numerusform>حصتين</numerusform>
            <numerusform>%n حصص</numerusform>
            <numerusform>%n حصة</numerusform>
            <numerusform>%n حصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>حضر أقل من %1 من الحصص التي سُجِّل فيها الحضور، بعد %2 على الأقل. الطالب لا يتلقى دروس التقوية: تواصل مع الأسرة أولًا.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>لا ينطبق أي من التنبيهين: الحضور ليس أقل من %1، والنمو لم يُحكم عليه بعد أو لا يقل عن %2 (أو أن المهارة متقَنة).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا حصص</numerusform>
            <numerusform>حصة واحدة</numerusform>
            <numerusform>حصتان</numerusform>
            <numerusform>%n حصص</numerusform>
            <numerusform>%n حصة</numerusform>
            <numerusform>%n حصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>الحصص التي يحضرها الطالب قبل الحكم على النمو</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>نسبة الحضور التي تُعدّ حضورًا جيدًا</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>النمو المتوقع، بالنقاط المئوية</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>الحصص اللازمة للحكم على الحضور</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>نسبة الحضور التي يُعدّ الطالب دونها غير حاضر</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>تُنبِّه صفحة التقدم إلى نوعين من الطلاب حتى لا ينتظر أحد حتى نهاية البرنامج ليُلاحَظ. لا يُنبَّه إلا على المقاعد المشغولة حاليًا.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>بعد %1 على الأقل سُجِّل فيها الحضور، نبِّه على الطالب الذي حضر أقل من %2 منها.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>لا يمكن أن تنجح دروس التقوية إذا لم يكن الطالب حاضرًا: تواصل مع الأسرة أولًا.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>بعد حضور %1 على الأقل بنسبة حضور %2 أو أفضل،
نبِّه على النمو الأقل من %3 في الاختبار القصير لمهارة المجموعة (لا يُنبَّه أبدًا على مهارة متقَنة).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>النمو هو النسبة المئوية لآخر اختبار قصير ناقص نسبة الاختبار القبلي، بالنقاط المئوية؛ ويحتاج إلى اختبارين قصيرين في مهارة المجموعة.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>مشكلة في الحدود</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>استعادة الإعدادات الافتراضية(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>أعِد الحدود التي يبدأ بها TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>إدخال الاختبارات القصيرة(&amp;P)…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>اكتب درجات الاختبارات القصيرة لمهارة مجموعة في شبكة</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>الطلاب(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>الرسوم البيانية(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>مراجعة الإنصاف(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>المراجعة الأسبوعية(&amp;W)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>تعذّرت قراءة تقدم المجموعات: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>لا مدرّس</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>عُقدت %1 (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 لا يحضرون · %2 لا يتحسنون</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>الحصص العادية المعقودة من بين المجدولة حتى اليوم: هل نفّذ البرنامج ما خُطط له؟</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>متوسط نمو طلاب المجموعة الذين لديهم اختباران قصيران، بالنقاط المئوية</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>افتح المجموعة لترى من عليه تنبيه ولماذا</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>انقر للترتيب حسب هذا العمود</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المدرّس</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>متوسط الحضور</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>متوسط النمو</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>تعذّرت قراءة أرقام التقدم: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>لا مدرّس</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
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
        <translation>رقم المنطقة التعليمية %1 · الصف %2</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>المستوى %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>لم يحضر أي حصة (بما فيها التعويضية)</numerusform>
            <numerusform>حضر حصة واحدة (بما فيها التعويضية)</numerusform>
            <numerusform>حضر حصتين (بما فيها التعويضية)</numerusform>
            <numerusform>حضر %n حصص (بما فيها التعويضية)</numerusform>
            <numerusform>حضر %n حصة (بما فيها التعويضية)</numerusform>
            <numerusform>حضر %n حصة (بما فيها التعويضية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>لا غياب</numerusform>
            <numerusform>غياب واحد</numerusform>
            <numerusform>غيابان</numerusform>
            <numerusform>%n غيابات</numerusform>
            <numerusform>%n غيابًا</numerusform>
            <numerusform>%n غياب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>لم تُعقد أي حصة لهذا الطالب حتى اليوم</numerusform>
            <numerusform>عُقدت حصة واحدة لهذا الطالب حتى اليوم (بما فيها التعويضية)</numerusform>
            <numerusform>عُقدت حصتان لهذا الطالب حتى اليوم (بما فيها التعويضية)</numerusform>
            <numerusform>عُقدت %n حصص لهذا الطالب حتى اليوم (بما فيها التعويضية)</numerusform>
            <numerusform>عُقدت %n حصة لهذا الطالب حتى اليوم (بما فيها التعويضية)</numerusform>
            <numerusform>عُقدت %n حصة لهذا الطالب حتى اليوم (بما فيها التعويضية)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>الحضور: الحصص التي حضرها من بين التي سُجِّل فيها الحضور</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>الدقائق المتلقاة من الدقائق المجدولة (الحصص الملغاة محسوبة في الخطة)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>أول اختبار قصير في مهارة المجموعة، %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>لا اختبار قصير بعد في %1</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>آخر اختبار قصير، %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>النمو يحتاج إلى اختبار قصير ثانٍ في المهارة نفسها</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>النمو يحتاج إلى اختبار قبلي واختبار لاحق في المهارة نفسها</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>النسبة الأخيرة ناقص النسبة القبلية، بالنقاط المئوية%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>؛ ✓ متقَنة</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>المقعد المُعاد لا يُنبَّه عليه</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>الحصص التي حضرها من بين الحصص المعقودة</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>الحصص التي حضرها من بين التي سُجِّل فيها الحضور</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>الدقائق المتلقاة من الدقائق المخطط لها</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>أول اختبار قصير (قبلي) في مهارة المجموعة: الدرجة والنسبة المئوية</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>آخر اختبار قصير في المهارة نفسها</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>الأخير ناقص القبلي، بالنقاط المئوية؛ ✓ متقَنة</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>انقر للترتيب حسب هذا العمود</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>المدرّس</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>المهارة المستهدفة</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>القبلي</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>التنبيه</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>الطلاب المعروضون</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>حضور الطلاب ومهاراتهم ونموهم</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>تنفيذ المجموعات وحضورها ونموها</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>افتح مدرسة لترى من حضر، وما المهارة المستهدفة، ومن تحسّن.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>لا طلاب</numerusform>
            <numerusform>طالب واحد</numerusform>
            <numerusform>طالبان</numerusform>
            <numerusform>%n طلاب</numerusform>
            <numerusform>%n طالبًا</numerusform>
            <numerusform>%n طالب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>لا مقاعد</numerusform>
            <numerusform>مقعد واحد</numerusform>
            <numerusform>مقعدان</numerusform>
            <numerusform>%n مقاعد</numerusform>
            <numerusform>%n مقعدًا</numerusform>
            <numerusform>%n مقعد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>الجميع يحضرون</numerusform>
            <numerusform>واحد لا يحضر</numerusform>
            <numerusform>اثنان لا يحضران</numerusform>
            <numerusform>%n لا يحضرون</numerusform>
            <numerusform>%n لا يحضرون</numerusform>
            <numerusform>%n لا يحضرون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>لا أحد يحضر دون تحسن</numerusform>
            <numerusform>واحد يحضر لكنه لا يتحسن</numerusform>
            <numerusform>اثنان يحضران لكنهما لا يتحسنان</numerusform>
            <numerusform>%n يحضرون لكنهم لا يتحسنون</numerusform>
            <numerusform>%n يحضرون لكنهم لا يتحسنون</numerusform>
            <numerusform>%n يحضرون لكنهم لا يتحسنون</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>متوسط النمو %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>لم يُقَس أي نمو بعد</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>متوسط الحضور %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>عرض الرسوم البيانية(&amp;C)</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>إدخال الاختبارات القصيرة لهذه المجموعة(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>تسجيل ملاحظة أو ثقة(&amp;O)…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>عرض الطلاب(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>قبلي</translation>
    </message>
    <message>
        <source>post</source>
        <translation>بعدي</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>قياس التقدم</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>وافق</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>«%1» لا يتعلق بحصة فائتة، لذا لا توجد حصة تعويضية لجدولتها.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>الحصة الفائتة الخاصة بـ «%1» لم تعد موجودة (ربما حُذفت). أعد تحميل صفحة اليوم.</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>اختر يومًا ووقت بدء للحصة التعويضية لـ %1.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>يجب أن تأتي الحصة التعويضية لـ %1 بعد الحصة الفائتة (%2) وألا تكون قبل اليوم. اختر يومًا لاحقًا.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1 ليس يومًا دراسيًا. اختر يومًا آخر للحصة التعويضية لـ %2.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>تستغرق الحصة التعويضية من 5 إلى 240 دقيقة، وليس %1.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>حصة تعويضية في %1 الساعة %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>لا يوجد إجراء مستحق %1 (ربما حُذف). أعد تحميل صفحة اليوم.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 لـ %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>سُحب «%1»: تغيّر الغياب الذي تسبب فيه. لم يبقَ ما يُفعل.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>«%1» أُنهي بالفعل على أنه غير مطلوب. أعد فتحه أولًا لتغيير ذلك.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>«%1» تم بالفعل. أعد فتحه أولًا لتغيير ذلك.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>سجّل مكالمة أو خطابًا للأسرة أولًا: الإحالة تأتي بعد محاولة تواصل واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>اذكر سبب عدم الحاجة إليه.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>التواصل المراد ربطه بـ «%1» لم يعد موجودًا (ربما حُذف). سجّله مرة أخرى.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>الخطاب المراد ربطه بـ «%1» لم يعد موجودًا (ربما حُذف). اطبعه مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>لا يوجد تواصل %1 (ربما حُذف). سجّله مرة أخرى.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>هذا التواصل يخص طالبًا آخر، لا %1. اختر تواصل %1.</translation>
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
        <translation>تعذّر حفظ التغيير في %1: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>سحب البروتوكول «%1» (تغيّر الغياب المرتبط به) ويبقى مسحوبًا.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>«%1» ما زال مفتوحًا: لا يوجد ما يُعاد فتحه.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>لا يوجد خطاب %1 (ربما حُذف). اطبعه مرة أخرى.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>هذا الخطاب موجَّه إلى أسرة طالب آخر، لا أسرة %1.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>أُرسل الخطاب</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>لا يوجد إدخال %1 في قائمة الانتظار (ربما حُذف). اختر مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 لم يعد في قائمة الانتظار، لذا لا يمكن عرض المقعد في %2 عليه. اختر مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 ينتظر مادة غير التي تدرّسها %2. اختر شخصًا ينتظرها.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 لديه مقعد بالفعل في %2.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>مُنح من قائمة الانتظار مقعدًا موقوفًا</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>«%1» لا يذكر مقعدًا في مجموعة، لذا لا يوجد ما يُوقف.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>أُوقف بعد حصص فائتة</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>مقعد %1 في %2 حالته %3، وليس مشغولًا: لا يوجد ما يُوقف.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>أُوقف (%1)؛ لم يُعرض المقعد على أحد.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>أُوقف (%1)؛ عُرض المقعد على %2.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>تلك المجموعة ممتلئة. انقل أحد الطلاب منها أولًا أو اختر مجموعة أخرى.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>سُحب: حُذفت الحصة.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>غطّاها %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>سُحب: %1 لم يعد مسجَّلًا غائبًا في %2.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>تعذّر تحديث بروتوكول الحصص الفائتة في %1: %2 لم يتغير شيء؛ حاول مرة أخرى، وإذا استمر الفشل فشغّل &quot;tutordesk-cli check&quot;.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>سُحب: أُلغيت الحصة في %1.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>سُحب: مُسح حضور الحصة في %1.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>سُحب: الغياب في %1 مسجَّل الآن حضورًا.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>سُحب: الغياب في %1 مسجَّل الآن تأخرًا.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>سُحب: الغياب في %1 مسجَّل الآن غيابًا بعذر.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>سُحب: بعد تغيير في الحضور السابق له أو في حدود البروتوكول، لم يعد الغياب في %1 يستدعي ذلك.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>إبلاغ الأسرة</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>جدولة حصة تعويضية</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>الإحالة إلى المعلم أو المرشد</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>إيقاف المقعد وعرضه</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>تغطية غياب مدرّس</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>الغيابات المتتالية قبل إبلاغ الأسرة</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>الأيام الدراسية المتاحة لإبلاغ الأسرة</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>الغيابات المتتالية قبل الحصة التعويضية</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>الأيام الدراسية المتاحة لجدولة حصة تعويضية</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>الغيابات المتتالية قبل الإحالة</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>نسبة الحضور التي تُجرى الإحالة دونها</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>عدد الأسابيع التي تُحسب عليها نسبة الحضور</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>الحصص اللازمة للحكم على نسبة الحضور</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>الأيام الدراسية المتاحة للإحالة</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>الغيابات المتتالية قبل إيقاف المقعد</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>الأيام الدراسية المتاحة لإيقاف المقعد</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>الأيام الدراسية قبل الحصة لتغطية غياب المدرّس</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>يجب أن تكون %1 هي %2 أو أكثر، وليس %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>يجب أن تكون %1 عددًا صحيحًا من %2 إلى %3، وليس %4.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>لم تُحفظ حدود البروتوكول: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>تعذّر حفظ حدود البروتوكول في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>لا غياب</numerusform>
            <numerusform>غياب واحد</numerusform>
            <numerusform>غيابين</numerusform>
            <numerusform>%n غيابات</numerusform>
            <numerusform>%n غيابًا</numerusform>
            <numerusform>%n غياب</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>في اليوم نفسه</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>في اليوم نفسه</numerusform>
            <numerusform>خلال يوم دراسي واحد</numerusform>
            <numerusform>خلال يومين دراسيين</numerusform>
            <numerusform>خلال %n أيام دراسية</numerusform>
            <numerusform>خلال %n يومًا دراسيًا</numerusform>
            <numerusform>خلال %n يوم دراسي</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>وكذلك للغيابات بعذر</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>وكذلك بعد أي غياب بدون عذر</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>عندما يفوّت طالب حصة تقوية، يعرض TutorDesk ما يجب فعله وموعده. الغيابات المتتالية تحتسب الحصص المعقودة فقط؛ وحضور أي حصة، بما فيها التعويضية، يُنهي السلسلة.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>الغياب بعذر يعني عادةً أن الأسرة أبلغت المدرسة مسبقًا.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>بعد %1 متتالية، أبلغ الأسرة %2، بلغتها. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>الغيابات المتتالية قبل إبلاغ الأسرة</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>الأيام الدراسية المتاحة لإبلاغ الأسرة</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>الغياب بدون عذر يستدعي حصة تعويضية حتى لو كان الأول.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>بعد %1 متتالية، جدول حصة تعويضية %2 وسجّل تواصلًا مع الأسرة. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>الغيابات المتتالية قبل الحصة التعويضية</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>الأيام الدراسية المتاحة لجدولة الحصة التعويضية</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>بعد %1 متتالية، أو نسبة حضور أقل من %2 خلال %3 (%4 على الأقل)،
أحِل %5.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>الغيابات المتتالية قبل الإحالة</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>نسبة الحضور التي تُجرى الإحالة دونها</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>عدد الأسابيع التي تُحسب عليها نسبة الحضور</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>لا أسابيع</numerusform>
            <numerusform>الأسبوع الأخير</numerusform>
            <numerusform>الأسبوعين الأخيرين</numerusform>
            <numerusform>آخر %n أسابيع</numerusform>
            <numerusform>آخر %n أسبوعًا</numerusform>
            <numerusform>آخر %n أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>الحصص المعقودة اللازمة للحكم على نسبة الحضور</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>لا حصص معقودة</numerusform>
            <numerusform>حصة معقودة واحدة</numerusform>
            <numerusform>حصتان معقودتان</numerusform>
            <numerusform>%n حصص معقودة</numerusform>
            <numerusform>%n حصة معقودة</numerusform>
            <numerusform>%n حصة معقودة</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>الأيام الدراسية المتاحة للإحالة</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>اجتماع مع المعلم أو المرشد، وخطاب إلى البيت، والنظر في نموذج تقديم آخر.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>بعد %1 متتالية، أوقف المقعد واعرضه على قائمة الانتظار %2.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>الغيابات المتتالية قبل إيقاف المقعد</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>الأيام الدراسية المتاحة لإيقاف المقعد وعرضه</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>يُعرض المقعد على الطالب الأعلى احتياجًا الذي ينتظر المادة والمستوى نفسيهما.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>عندما يغيب مدرّس، غطِّ كل حصة من حصصه أو ألغها %1.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>الأيام الدراسية مسبقًا لتغطية الحصة</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>بحلول يوم الحصة</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>في يوم الحصة</numerusform>
            <numerusform>قبلها بيوم دراسي واحد</numerusform>
            <numerusform>قبلها بيومين دراسيين</numerusform>
            <numerusform>قبلها بـ %n أيام دراسية</numerusform>
            <numerusform>قبلها بـ %n يومًا دراسيًا</numerusform>
            <numerusform>قبلها بـ %n يوم دراسي</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>استعادة الإعدادات الافتراضية(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>أعِد البروتوكول الذي يبدأ به TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>تعذّرت طباعة «%1»: رفضته الطابعة. تحقق من الطابعة، أو احفظه كملف PDF واطبعه.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>أُرسل «%1» إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>حفظ «%1» كملف PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>حُفظ «%1» باسم %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>لا يستطيع هذا البرنامج كتابة ملفات PDF (لا توجد أداة كتابة صفحات مثبتة). استخدم TutorDesk أو tutordesk-cli.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>تم — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>غير مطلوب — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>ضع علامة «تم» على «%1» لـ %2.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>ضع علامة «غير مطلوب» على «%1» لـ %2. اذكر السبب: تبقى الملاحظة مع الإجراء.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>ملاحظة (اختيارية)(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>وضع علامة «تم»(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>وضع علامة «غير مطلوب»(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>اكتب ملاحظة توضح سبب عدم الحاجة إليه.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>تعذّر إنهاء الإجراء.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>تعذّر إنهاء الإجراء: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>تم: %1 لـ %2.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>غير مطلوب: %1 لـ %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>رقم الطالب في المنطقة التعليمية %1 موجود أيضًا في السطر %2. يجب أن يظهر كل طالب في الكشف مرة واحدة: احذف أحد السطرين، أو صحّح الرقم.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ولا أحد آخر</numerusform>
            <numerusform> وواحد آخر</numerusform>
            <numerusform> واثنان آخران</numerusform>
            <numerusform> و%n آخرون</numerusform>
            <numerusform> و%n آخرين</numerusform>
            <numerusform> و%n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>انسحبوا لأن هذا الكشف لا يدرجهم (يُحتفظ بسجلاتهم): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>طلاب نشطون لا يدرجهم هذا الكشف: %1. يبقون نشطين؛ إذا كان هذا الكشف يضم المدرسة كلها وقد غادروا، فاستورده مرة أخرى واختر سحبهم.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>هذا الكشف لا يدرج أي طالب، لذا سيُسحب كل الطلاب. تحقق من أنه الملف الصحيح.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>سُحبوا سابقًا وظهروا في هذا الكشف مجددًا، لذا أصبحوا نشطين مرة أخرى: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>تعذّر حفظ كشف الأسماء، لذا لم يتغير شيء: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>رقم الطالب في المنطقة التعليمية</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>رقم الطالب في الولاية</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضّل</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>من أصل إسباني أو لاتيني</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>العرق (رموز أو أسماء)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>من الهنود الأمريكيين أو سكان ألاسكا الأصليين</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>آسيوي</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>أسود أو أمريكي من أصل أفريقي</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>من سكان هاواي الأصليين أو جزر المحيط الهادئ الأخرى</translation>
    </message>
    <message>
        <source>White</source>
        <translation>أبيض</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>حالة متعلم اللغة الإنجليزية</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>لغة البيت</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (التربية الخاصة)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>خطة المادة 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بلا مأوى (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>نسبة الحضور (%)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>اسم الوالد أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>الاسم الأول للوالد أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>اسم عائلة الوالد أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>صلة القرابة بالطالب</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>هاتف الوالد أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>البريد الإلكتروني للوالد أو وليّ الأمر</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>لغة الوالد أو وليّ الأمر</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>مطابقة الأعمدة تأخذ &quot;%1&quot; من العمود &quot;%2&quot;، لكن هذا الملف ليس فيه عمود كهذا. اختر العمود الخاص بـ &quot;%1&quot; مرة أخرى، أو أعد تسمية العمود في الملف.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>لا يوجد عمود يحمل &quot;%1&quot;. بحث TutorDesk عن عمود باسم %2. أعد تسمية ذلك العمود في الملف، أو اختره في مطابقة الأعمدة.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>العمود &quot;%1&quot; (%2) ليس في هذا الملف؛ ما لدى TutorDesk له يبقى كما هو.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>اسم العائلة فارغ. املأه من نظام الطلاب.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>الاسم الأول فارغ. املأه من نظام الطلاب.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>تاريخ الميلاد %1 في المستقبل. تحقق من السنة.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>السطر %1</numerusform>
            <numerusform>السطر %1 وسطر آخر</numerusform>
            <numerusform>السطر %1 وسطران آخران</numerusform>
            <numerusform>السطر %1 و%n أسطر أخرى</numerusform>
            <numerusform>السطر %1 و%n سطرًا آخر</numerusform>
            <numerusform>السطر %1 و%n سطر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>اللغة &quot;%1&quot; (%2) ليست من اللغات التي يعرفها TutorDesk؛ تُحفظ كما كُتبت. إذا كانت لغة شائعة، فاستخدم اسمها بالإنجليزية أو رمزها بدلًا من ذلك (es وvi وzh-Hant و…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>&quot;%1&quot; (%2) لا يذكر فئة عرقية، لذا لا يُسجَّل عرق لهؤلاء الطلاب. صدّر الأعراق نفسها (مثل &quot;Asian; White&quot;) لتسجيلها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>&quot;%1&quot; (%2) يذكر فقط أن الطالب ليس متعلمًا للغة الإنجليزية: تُمسح الحالة EL أو TBD، وتُحفظ EO أو IFEP أو RFEP. صدّر EO أو IFEP أو RFEP لتسجيل أيٍّ منها.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>أعمدة لم تُستورد: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>&quot;%1&quot; ليست حالة متعلم لغة إنجليزية يعرفها TutorDesk. استخدم EO أو IFEP أو EL أو RFEP أو TBD (تُقرأ أيضًا &quot;English Only&quot; و&quot;Reclassified&quot; ومستوى ELD من 1 إلى 5 وY/N).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>&quot;%1&quot; ليس جنسًا يعرفه TutorDesk. استخدم F أو M أو X (تُقرأ أيضًا Female وMale وNon-binary)، أو اترك الخلية فارغة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>&quot;%1&quot; ليس تاريخًا يستطيع TutorDesk قراءته. اكتبه بالصيغة YYYY-MM-DD (2016-09-08) أو MM/DD/YYYY (09/08/2016)؛ وتُقرأ أيضًا M/D/YY وYYYYMMDD و&quot;Sep 8, 2016&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>&quot;%1&quot; ليس تاريخًا حقيقيًا. تحقق من اليوم والشهر (يقرأ TutorDesk الصيغة MM/DD/YYYY بالشهر أولًا، كما تكتبها الأنظمة الأمريكية).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>&quot;%1&quot; ليس عرقًا يعرفه TutorDesk. استخدم الفئات الفيدرالية (American Indian or Alaska Native وAsian وBlack or African American وNative Hawaiian or Other Pacific Islander وWhite) أو رموز الأعراق في CALPADS (100، ومن 201 إلى 299، ومن 301 إلى 399، و400، و600، و700)؛ وافصل بين القيم المتعددة بفواصل منقوطة.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>رقم الطالب في المنطقة التعليمية فارغ. كل طالب يحتاج إلى الرقم الذي يعطيه إياه نظام الطلاب في المنطقة: املأه، أو احذف السطر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>&quot;%1&quot; رقم تعريف حوّله Excel إلى عدد. صدّر كشف الأسماء مرة أخرى من نظام الطلاب، أو نسّق العمود كنص في Excel قبل الحفظ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>&quot;%1&quot; فيه مسافة. رقم الطالب في المنطقة التعليمية لا يحتوي على مسافات: تحقق من أن الخلية لا تضم قيمتين ملتصقتين.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>الصف فارغ. كل طالب يحتاج إلى صف: TK أو K أو من 1 إلى 12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>&quot;%1&quot; ليس صفًا يعرفه TutorDesk. استخدم TK أو K أو من 1 إلى 12 (تُقرأ أيضًا &quot;KN&quot; و&quot;00&quot; و&quot;03&quot; و&quot;3rd&quot; و&quot;Grade 3&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>&quot;%1&quot; ليست نعم أو لا. استخدم Y أو N (تُقرأ أيضًا Yes/No وSí وTRUE/FALSE و1/0، أو X والخلية الفارغة).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>&quot;%1&quot; ليست نعم أو لا. استخدم Y أو N؛ حالة الوجبة المجانية أو المخفضة (F أو R) تعني نعم، والمدفوعة (P) تعني لا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>&quot;%1&quot; لا يوضح ما إذا كان الطالب من أصل إسباني أو لاتيني. استخدم Y أو N (تُقرأ أيضًا &quot;Hispanic or Latino&quot; و&quot;Not Hispanic&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>&quot;%1&quot; ليست نسبة حضور. اكتب نسبة مئوية مثل 97.5 أو 97.5%، أو كسرًا مثل 0.975.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1 ليست نسبة حضور ممكنة: يجب أن تكون بين 0 و100%.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>أيام الاثنين</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>أيام الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>أيام الأربعاء</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>أيام الخميس</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>أيام الجمعة</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>أيام السبت</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>أيام الأحد</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1 (%2) في %3 في الوقت نفسه يوم %4.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>لا ساعات يوم %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>متاح %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 غير متاح يوم %2 الساعة %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 غائب يوم %2.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 غائب يوم %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 يغطي بالفعل %2 يوم %3.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 يدرّس بالفعل %2 يوم %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1 تشغلها %2 يوم %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 يغطي بالفعل %2 يوم %3 الساعة %4 (لا تواريخ من %5).</numerusform>
            <numerusform>%1 يغطي بالفعل %2 يوم %3 الساعة %4 (تاريخ واحد من %5).</numerusform>
            <numerusform>%1 يغطي بالفعل %2 يوم %3 الساعة %4 (تاريخان من %5).</numerusform>
            <numerusform>%1 يغطي بالفعل %2 يوم %3 الساعة %4 (%n تواريخ من %5).</numerusform>
            <numerusform>%1 يغطي بالفعل %2 يوم %3 الساعة %4 (%n تاريخًا من %5).</numerusform>
            <numerusform>%1 يغطي بالفعل %2 يوم %3 الساعة %4 (%n تاريخ من %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 يدرّس بالفعل %2 يوم %3 الساعة %4 (لا تواريخ من %5).</numerusform>
            <numerusform>%1 يدرّس بالفعل %2 يوم %3 الساعة %4 (تاريخ واحد من %5).</numerusform>
            <numerusform>%1 يدرّس بالفعل %2 يوم %3 الساعة %4 (تاريخان من %5).</numerusform>
            <numerusform>%1 يدرّس بالفعل %2 يوم %3 الساعة %4 (%n تواريخ من %5).</numerusform>
            <numerusform>%1 يدرّس بالفعل %2 يوم %3 الساعة %4 (%n تاريخًا من %5).</numerusform>
            <numerusform>%1 يدرّس بالفعل %2 يوم %3 الساعة %4 (%n تاريخ من %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 في %2 في الوقت نفسه يوم %3 الساعة %4 (لا تواريخ من %5).</numerusform>
            <numerusform>%1 في %2 في الوقت نفسه يوم %3 الساعة %4 (تاريخ واحد من %5).</numerusform>
            <numerusform>%1 في %2 في الوقت نفسه يوم %3 الساعة %4 (تاريخان من %5).</numerusform>
            <numerusform>%1 في %2 في الوقت نفسه يوم %3 الساعة %4 (%n تواريخ من %5).</numerusform>
            <numerusform>%1 في %2 في الوقت نفسه يوم %3 الساعة %4 (%n تاريخًا من %5).</numerusform>
            <numerusform>%1 في %2 في الوقت نفسه يوم %3 الساعة %4 (%n تاريخ من %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 تشغلها %2 يوم %3 الساعة %4 (لا تواريخ من %5).</numerusform>
            <numerusform>%1 تشغلها %2 يوم %3 الساعة %4 (تاريخ واحد من %5).</numerusform>
            <numerusform>%1 تشغلها %2 يوم %3 الساعة %4 (تاريخان من %5).</numerusform>
            <numerusform>%1 تشغلها %2 يوم %3 الساعة %4 (%n تواريخ من %5).</numerusform>
            <numerusform>%1 تشغلها %2 يوم %3 الساعة %4 (%n تاريخًا من %5).</numerusform>
            <numerusform>%1 تشغلها %2 يوم %3 الساعة %4 (%n تاريخ من %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>… ولا تعارضات أخرى.</numerusform>
            <numerusform>… وتعارض آخر واحد.</numerusform>
            <numerusform>… وتعارضان آخران.</numerusform>
            <numerusform>… و%n تعارضات أخرى.</numerusform>
            <numerusform>… و%n تعارضًا آخر.</numerusform>
            <numerusform>… و%n تعارض آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>مجموعة جديدة(&amp;G)…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>تسجيل غياب مدرّس(&amp;O)…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>طباعة قائمة اليوم(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>الأسبوع(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>قائمة اليوم(&amp;D)</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>مجموعة تقوية جديدة بمدرّسها وقاعتها وأيامها وأوقاتها</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>مدرّس غائب: ابحث عن بدلاء أو ألغِ حصصه وعوّضها</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>اطبع حصص يوم ما، مع الطلاب المتوقع حضورهم</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ الأسبوع السابق(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>هذا الأسبوع(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>الأسبوع التالي ▶(&amp;N)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>الأسبوع المعروض</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>عرض(&amp;W):</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>تصفية حسب المدرّس</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>حصص هذا الأسبوع</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>كل المدرّسين</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>تعذّرت قراءة المدرّسين: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>تعذّرت قراءة الأسبوع: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>لا حصص هذا الأسبوع</numerusform>
            <numerusform>حصة واحدة هذا الأسبوع</numerusform>
            <numerusform>حصتان هذا الأسبوع</numerusform>
            <numerusform>%n حصص هذا الأسبوع</numerusform>
            <numerusform>%n حصة هذا الأسبوع</numerusform>
            <numerusform>%n حصة هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>لا ملغاة</numerusform>
            <numerusform>واحدة ملغاة</numerusform>
            <numerusform>اثنتان ملغاتان</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>لا حصص تحتاج إلى بديل</numerusform>
            <numerusform>حصة واحدة تحتاج إلى بديل</numerusform>
            <numerusform>حصتان تحتاجان إلى بديل</numerusform>
            <numerusform>%n حصص تحتاج إلى بديل</numerusform>
            <numerusform>%n حصة تحتاج إلى بديل</numerusform>
            <numerusform>%n حصة تحتاج إلى بديل</numerusform>
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
        <translation>%1 — أشر إلى مربع لرؤية تفاصيله، أو اعرض مدرّسًا واحدًا</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>تعذّرت قراءة الحصة: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>أُعيدت جدولة %1 في %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>رمز المدرسة مفقود: أدخل رمز المنطقة التعليمية لهذه المدرسة.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>اسم المدرسة مفقود.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>يجب أن يبدأ العام الدراسي قبل أن ينتهي (التواريخ بالصيغة YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1 يحتوي بالفعل على مدرسة (%2). قاعدة بيانات TutorDesk تخص مدرسة واحدة: أنشئ قاعدة بيانات جديدة لمدرسة أخرى.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>تعذّر حفظ المدرسة: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>«%1» ليس رقم هاتف تستطيع الأسر الاتصال به: أدخل 7 أرقام على الأقل، مثل (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>قاعدة البيانات هذه لا تحتوي على مدرسة بعد: أعدّ المدرسة أولًا.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>تعذّر حفظ بيانات المدرسة: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>يوم دراسي</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>يوم قصير</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>عطلة رسمية</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>إجازة</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>يوم غير تعليمي</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>خارج العام الدراسي</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>تقرأ الأسر هذه البيانات في كل خطاب: اسم المدرسة وعنوانها وهاتفها في الأعلى، ومن يُتصل به في الأسفل.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>اسمك كما تعرفه الأسر</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>اسم المدرسة</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>عنوان المدرسة</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>رقم الهاتف الذي تتصل به الأسر</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>منسق دروس التقوية</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>اسم المدرسة(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>الهاتف الذي تتصل به الأسر(&amp;P):</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>منسق دروس التقوية(&amp;C):</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 تالف ولا يمكن قراءته (%2). استعده من نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>أُلغي استيراد %1؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>تعذّر حفظ الدرجات، لذا لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>تعذّر حفظ مطابقة الأعمدة للمرة القادمة: %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>الدرجة المعيارية</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>المستويات دون الصف</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>فترة الاختبار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>اسم التقييم</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>لا يوجد عمود يحمل %1. أعد تسمية ذلك العمود إلى &quot;%1&quot;، أو حدّد العمود في المطابقة.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>لا يوجد عمود يحمل المادة. أضف عمودًا &quot;Subject&quot; يذكر Reading أو Math في كل سطر، أو حدّد العمود في المطابقة.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>رقم الطالب فارغ. املأه، أو احذف السطر.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>لا يوجد طالب مسجَّل بالرقم &quot;%1&quot;. استورد كشف الأسماء أولًا، أو صحّح الرقم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>&quot;%1&quot; ليست مادة يعرفها TutorDesk. اكتب Reading أو Math أو Writing.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>التاريخ فارغ. املأ يوم إجراء الاختبار بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>&quot;%1&quot; ليست فترة اختبار. اكتب BOY أو MOY أو EOY (أو Fall أو Winter أو Spring).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>&quot;%1&quot; ليس رقمًا. اكتب الدرجة المعيارية بالأرقام، مثل 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>&quot;%1&quot; ليس عددًا لمستويات الصف دون المستوى. اكتب عددًا صحيحًا من ‎-3 (فوق مستوى الصف) إلى 12، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>هذا السطر ليس فيه درجة ولا تصنيف ولا مستويات دون الصف. املأ أحدها، أو احذف السطر.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>السطر %1 فيه نتيجة للطالب والمادة والفترة والتاريخ نفسها. احتفظ بأحد السطرين.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>نتائج بلا فترة اختبار، أُخذت الفترة من التاريخ (من أغسطس إلى أكتوبر BOY، ومن نوفمبر إلى فبراير MOY، ومن مارس إلى يوليو EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>تصنيفات لا تذكر عدد مستويات الصف دون المستوى: %1. لا تحتسب درجة الاحتياج هذه النتائج إلا إذا ذكرها عمود &quot;Grade levels below&quot;.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 تالف ولا يمكن قراءته (%2). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1 لا يحتوي على مدرسة بعد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>ت</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>تحتاج إلى بديل</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>تعويضية</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>تم الحفظ. لم تتأثر أي حصص.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>لم تُحذف أي حصة مستقبلية</numerusform>
            <numerusform>حُذفت حصة مستقبلية واحدة</numerusform>
            <numerusform>حُذفت حصتان مستقبليتان</numerusform>
            <numerusform>حُذفت %n حصص مستقبلية</numerusform>
            <numerusform>حُذفت %n حصة مستقبلية</numerusform>
            <numerusform>حُذفت %n حصة مستقبلية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>لم تُستعد أي حصة</numerusform>
            <numerusform>أُعيدت حصة واحدة</numerusform>
            <numerusform>أُعيدت حصتان</numerusform>
            <numerusform>أُعيدت %n حصص</numerusform>
            <numerusform>أُعيدت %n حصة</numerusform>
            <numerusform>أُعيدت %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>لم تُقصَّر أي حصة</numerusform>
            <numerusform>قُصِّرت حصة واحدة</numerusform>
            <numerusform>قُصِّرت حصتان</numerusform>
            <numerusform>قُصِّرت %n حصص</numerusform>
            <numerusform>قُصِّرت %n حصة</numerusform>
            <numerusform>قُصِّرت %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>لم تعد أي حصة إلى مدتها الكاملة</numerusform>
            <numerusform>عادت حصة واحدة إلى مدتها الكاملة</numerusform>
            <numerusform>عادت حصتان إلى مدتهما الكاملة</numerusform>
            <numerusform>عادت %n حصص إلى مدتها الكاملة</numerusform>
            <numerusform>عادت %n حصة إلى مدتها الكاملة</numerusform>
            <numerusform>عادت %n حصة إلى مدتها الكاملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>لم تتغير أي حصة</numerusform>
            <numerusform>تغيّرت حصة واحدة</numerusform>
            <numerusform>تغيّرت حصتان</numerusform>
            <numerusform>تغيّرت %n حصص</numerusform>
            <numerusform>تغيّرت %n حصة</numerusform>
            <numerusform>تغيّرت %n حصة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>تم الحفظ. %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionCover</name>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 في %2 الساعة %3</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>غياب المدرّس</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>فعالية مدرسية</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>فعالية طلابية</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>لا توجد حصة %1 (ربما حُذفت). أعد تحميل الجدول.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>سُجِّل الحضور لهذه الحصة في %1 (%2 الساعة %3)؛ امسحه أولًا.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>عُقدت %1 بالفعل؛ لا يمكن تغيير بديلها الآن.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1 ملغاة. استعدها قبل حجز مدرّس بديل.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>لا يوجد مدرّس %1 (ربما حُذف). أعد تحميل صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>عُقدت %1 بالفعل؛ ويبقى من درّسها مسجَّلًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>&quot;%1&quot; ليس سببًا لإلغاء حصة: استخدم tutor_absent أو school_event أو weather أو student_event أو other.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>عُقدت %1 بالفعل ولا يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1 ليست ملغاة.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1 في الماضي؛ وتبقى ملغاة.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>لا يمكن استعادة %1. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>اختر يومًا ووقت بدء للحصة التعويضية عن %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>لا يمكن أن تكون الحصة التعويضية عن %1 في %2: ليس يومًا دراسيًا (%3). اختر يومًا آخر.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>تستغرق الحصة التعويضية من 5 إلى 240 دقيقة، وليس %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>لا يمكن أن تكون الحصة التعويضية عن %1 في %2 الساعة %3. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>سُجِّل الحضور لهذه الحصة؛ امسحه أولًا.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>تلك الحصة ملغاة؛ لا يمكن تسجيل الحضور لها.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>تعذّر تغيير الجدول في %1: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 غير نشط ولا يمكنه تغطية %2. اختر مدرّسًا من مجموعة البدلاء أو مدرّسًا نشطًا.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 هو مدرّس %2؛ اختر شخصًا آخر لتغطيتها.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>لا يستطيع %1 تغطية %2: لا يدرّس %3. اختر مدرّسًا يدرّسها.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>لا يستطيع %1 تغطية %2. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>لا يستطيع %1 تغطية %2: مسجَّل غائبًا في ذلك اليوم.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>لا يستطيع %1 تغطية %2: الحصة خارج الأوقات المتاح فيها. اختر بديلًا آخر، أو غيّر أوقاته المتاحة في صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>لا يستطيع %1 تغطية %2: يدرّس حصة أخرى في ذلك الوقت.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>انقر على حصة لترى من يدرّسها وأين ومن يحضرها.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>تعديل المجموعة(&amp;E)…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>البحث عن بديل(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>إلغاء الحصة(&amp;C)…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>حصة تعويضية(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة(&amp;R)</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>تسجيل الحضور(&amp;A)…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الحصة</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>المدرّس:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>غيّر مدرّس المجموعة أو قاعتها أو أيامها أو أوقاتها (نقر مزدوج أو Enter على حصة)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>مدرّس متاح ولديه تصريح ويدرّس المادة يتولى هذه الحصة</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>ألغِ هذه الحصة، مع وقت تعويضي أو بدونه</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>جدول حصة تعويضية عن هذه الحصة الملغاة</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>ستُعقد الحصة في النهاية: أعد جدولتها</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>لا مدرّس</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1، بديلًا عن %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>لم يُحدَّد</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>لا طلاب</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>تغيير البديل(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>تعديل الحضور(&amp;A)…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>الحصة الملغاة ليس لها حضور</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>يمكن تسجيل الحضور ابتداءً من يوم الحصة</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>غيّر الحضور المسجَّل لهذه الحصة</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>سجّل من حضر باستخدام لوحة المفاتيح: P أو T أو E أو U لكل طالب</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionText</name>
    <message>
        <source>%1, %2</source>
        <comment>day, time range</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Sub: %1</source>
        <comment>a substitute teaches the session</comment>
        <translation>بديل: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>لا يوجد مدرّس</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>ملغاة (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>تحتاج إلى بديل: المدرّس غائب</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقدت</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · تعويضية</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>المدرّس: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>البديل: %1 (عن %2)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>القاعة: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>غياب المدرّس</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>فعالية مدرسية</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>فعالية طلابية</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>أثناء اليوم الدراسي (سحب من الفصل)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>بعد المدرسة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>مدمج</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>لا يوجد طلاب</numerusform>
            <numerusform>طالب واحد</numerusform>
            <numerusform>طالبان</numerusform>
            <numerusform>%n طلاب</numerusform>
            <numerusform>%n طالبًا</numerusform>
            <numerusform>%n طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>لا يوجد طلاب</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>تم الحفظ. الحصص لم تتغير.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>لم تُضف أي حصة</numerusform>
            <numerusform>أُضيفت حصة واحدة</numerusform>
            <numerusform>أُضيفت حصتان</numerusform>
            <numerusform>أُضيفت %n حصص</numerusform>
            <numerusform>أُضيفت %n حصة</numerusform>
            <numerusform>أُضيفت %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>لم تُحذف أي حصة</numerusform>
            <numerusform>حُذفت حصة واحدة</numerusform>
            <numerusform>حُذفت حصتان</numerusform>
            <numerusform>حُذفت %n حصص</numerusform>
            <numerusform>حُذفت %n حصة</numerusform>
            <numerusform>حُذفت %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>لم يُحذف شيء</numerusform>
            <numerusform>حُذفت واحدة</numerusform>
            <numerusform>حُذفت اثنتان</numerusform>
            <numerusform>حُذفت %n</numerusform>
            <numerusform>حُذفت %n</numerusform>
            <numerusform>حُذفت %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>لم تُنقل أي حصة</numerusform>
            <numerusform>نُقلت حصة واحدة</numerusform>
            <numerusform>نُقلت حصتان</numerusform>
            <numerusform>نُقلت %n حصص</numerusform>
            <numerusform>نُقلت %n حصة</numerusform>
            <numerusform>نُقلت %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>لم يُنقل شيء</numerusform>
            <numerusform>نُقلت واحدة</numerusform>
            <numerusform>نُقلت اثنتان</numerusform>
            <numerusform>نُقلت %n</numerusform>
            <numerusform>نُقلت %n</numerusform>
            <numerusform>نُقلت %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>تم الحفظ. %1؛ الحصص السابقة وحضورها لم تتغير.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>المستوى %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>المدرسة(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>درجة الاحتياج(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>المستويات والمقاعد(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>البروتوكول(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>الخطابات(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>التقدم(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>الاختبارات القصيرة(&amp;R)</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>المزامنة مع المنطقة(&amp;Y)</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>سبب عدم حفظ الإعدادات</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>تعذّرت قراءة الإعدادات: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 يمكن للمزامنات المجدولة تمرير الرمز المميز في TUTORDESK_TOKEN بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>إعادة حساب درجات الاحتياج؟</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>تُطبَّق الأوزان والمستويات الجديدة بعد إعادة حساب درجات الاحتياج. هل تريد إعادة حساب درجة كل طالب الآن؟</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>تبقى المقاعد الممنوحة مسبقًا كما هي.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>تم الحفظ، لكن تعذّرت إعادة حساب درجات الاحتياج: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>إضافة وليّ أمر أحد الإخوة</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>الاسم أو الهاتف</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>ابحث عن أولياء الأمور بالاسم أو الهاتف</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>أولياء أمور طلاب آخرين</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>صلة القرابة بهذا الطالب</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>أولياء أمور طلاب آخرين يشتركون مع هذه الأسرة في اسم العائلة أو رقم الهاتف. ابحث للعثور على شخص آخر.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>بحث(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>صلة القرابة(&amp;R):</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>تعذّرت قراءة أولياء الأمور: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — وليّ أمر %2</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>اختر وليّ أمر من القائمة، أو ابحث عنه بالاسم أو الهاتف.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>تعذّرت إضافة وليّ الأمر.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>تعذّرت إضافة وليّ الأمر: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>لا مدرّس</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>المدرّس غير نشط</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>التصريح مفقود</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>التصريح منتهي الصلاحية</translation>
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
        <translation>%1: لا توجد قاعدة بيانات TutorDesk هناك. تحقق من المسار، أو أنشئ مدرسة جديدة.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1 مجلد، وليس قاعدة بيانات TutorDesk.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1 ليس قاعدة بيانات TutorDesk (ليس ملف قاعدة بيانات أصلًا). اختر ملف .tutordesk، أو أنشئ مدرسة جديدة.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: المجلد %2 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1 قاعدة بيانات لبرنامج آخر، وليست لـ TutorDesk. افتح قاعدة بيانات TutorDesk، أو أنشئ مدرسة جديدة.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>كُتب %1 بإصدار أحدث من TutorDesk (إصدار البيانات %2؛ وهذا الإصدار يقرأ حتى %3). ثبّت الإصدار الأحدث من TutorDesk لفتحه.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: تعذّر تحويل قاعدة البيانات إلى وضع write-ahead logging (النتيجة &quot;%2&quot;). انسخها إلى مجلد محلي وافتحها هناك.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 تالف ولا يمكن قراءته (%2). استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>تعذّر فتح %1 للكتابة (%2). تحقق من أن الملف ومجلده ملك لك وليسا للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1 مشغول: برنامج آخر يكتب فيه. أغلقه هناك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>يجب ترقية %1 لهذا الإصدار من TutorDesk، وتُحفظ نسخة منه أولًا، لكن تعذّر إنشاء النسخة (%2). أفرغ بعض المساحة على القرص ثم افتحه مرة أخرى.</translation>
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
        <translation>يُنادى %1</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>المستوى %1: حدّد الطالب لمعرفة السبب</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>رقم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>لغة البيت</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>حالة EL</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>الفئات الطلابية</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>درجة الاحتياج</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>رقم الطالب في نظام معلومات الطلاب الخاص بالمنطقة التعليمية</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>حالة اللغة الإنجليزية: EO أو IFEP أو EL أو RFEP أو TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP، خطة المادة 504، الرعاية البديلة، بلا مأوى، المحرومون اجتماعيًا واقتصاديًا (SED)
لا يمكن ترتيب هذا العمود؛ صفِّ حسب الفئة الطلابية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>نسبة الحضور المدرسي للطالب هذا العام</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>نقاط من نتائج الاختبارات المرجعية والحضور والفئات الطلابية: كلما زادت زاد الاحتياج</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>مستوى الدعم الذي تؤهل له درجة الاحتياج: 1 داخل الفصل، 2 مجموعة صغيرة، 3 مكثف</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>موقع الطالب في برنامج دروس التقوية</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>مسجَّل في المدرسة، أو منسحب</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>ساعد مترجم فوري(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>تسجيل تواصل — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>ليس وليّ أمر (شخص آخر)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>وليّ الأمر الذي تم التواصل معه</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>تاريخ التواصل ووقته</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>تواصلنا مع الأسرة</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>تواصلت الأسرة معنا</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>لغة التواصل</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>مثال: سأل عن القراءة في البيت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>التواصل مجددًا في</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>وليّ الأمر(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>متى(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>الطريقة(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الاتجاه(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>النتيجة(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>الغرض(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>المتابعة(&amp;F):</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>تعذّر حفظ التواصل.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>تعذّر حفظ التواصل: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>أولياء الأمور</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>الخطابات المرسلة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الخطاب</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>أضف والدًا أو وليّ أمر لهذا الطالب</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>تعديل(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>غيّر هواتف وليّ الأمر أو بريده الإلكتروني أو لغته أو موافقته</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إزالة(&amp;V)</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>هذا الشخص لم يعد وليّ أمر هذا الطالب</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>جعله الأساسي(&amp;K)</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>تُرسل الخطابات إلى وليّ الأمر الأساسي وتُجرى المكالمات معه أولًا</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>إضافة وليّ أمر أحد الإخوة(&amp;B)…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>اربط والدًا مسجَّلًا بالفعل لأخ أو أخت</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>تسجيل تواصل(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>سجّل مكالمة أو رسالة نصية أو زيارة أو اجتماعًا مع الأسرة</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>كتابة خطاب…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>اطبع أو احفظ خطابًا بلغة الأسرة</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>انقر نقرًا مزدوجًا على تواصل (أو اضغط Enter) لتصحيحه</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>المحمول %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>المنزل %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>العمل %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>حدّد طالبًا لرؤية أسرته.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>تعذّرت قراءة بيانات الأسرة: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — الأساسي</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>يفضّل: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>يوافق على الرسائل النصية</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>لا موافقة على الرسائل النصية</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>وليّ أمر أيضًا لـ: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>لا يوجد وليّ أمر مسجَّل: أضف واحدًا.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (من الأسرة)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1، مترجم فوري</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>مع %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>طُبع من ترجمة لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>إزالة وليّ الأمر</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>هل تريد إزالة %1 من أولياء أمور هذا الطالب؟ يبقى اسمه في سجلات التواصل والخطابات المسجَّلة مسبقًا.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>عرض المنسحبين(&amp;W)</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>ابحث بالاسم أو الرقم</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>البحث عن الطلاب</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>اكتب جزءًا من الاسم الأول أو اسم العائلة أو الاسم المفضّل، أو رقم المنطقة التعليمية (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>المستوى(&amp;T):</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>البرنامج(&amp;P):</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>الحالة في البرنامج</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>الصف(&amp;G):</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>حالة EL(&amp;S):</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>حالة EL</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>لغة البيت(&amp;L):</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>لغة البيت</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>الفئة الطلابية(&amp;O):</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>الفئة الطلابية</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>كل الطلاب</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>خطة 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بلا مأوى</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم اجتماعيًا واقتصاديًا</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>متعلم اللغة الإنجليزية</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>المستوى 3 · مكثف</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>المستوى 2 · مجموعة صغيرة</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>المستوى 1 · داخل الفصل</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>المستوى الذي تؤهل له درجة احتياج الطالب</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>ليس في البرنامج</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>موقع الطالب في برنامج دروس التقوية</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>عرض الطلاب المنسحبين</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>تضمين الطلاب الذين غادروا المدرسة</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>جدولة حصة تعويضية — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>حصة تعويضية من %1 لـ %2 فقط. اختر وقتًا:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>أوقات الحصة التعويضية</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>جدولة الحصة التعويضية(&amp;S)</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>تعذّرت قراءة الأوقات المتاحة: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>لا يوجد وقت متاح في الأيام الدراسية القادمة: المدرّس أو %1 مشغول. جدولها من صفحة الجدول، أو ضع علامة «غير مطلوب» على الإجراء مع ملاحظة.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>تعذّرت جدولة الحصة التعويضية.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>تعذّرت جدولة الحصة التعويضية: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>جُدولت حصة تعويضية لـ %1: %2، %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>تعذّرت قراءة قائمة الطلاب: %1</translation>
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
        <translation>الروضة الانتقالية</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>الروضة</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>الإنجليزية فقط (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>متمكّن من الإنجليزية منذ البداية (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>متعلم اللغة الإنجليزية (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>أُعيد تصنيفه متمكّنًا من الإنجليزية (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>لم يُحدَّد بعد (TBD)</translation>
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
        <translation>رعاية بديلة</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>بلا مأوى</translation>
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
        <translation>برنامج التعليم الفردي (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>خطة المادة 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>أطفال الرعاية البديلة</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بلا مأوى (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>محروم اجتماعيًا واقتصاديًا (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>وافق</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>غادر المدرسة</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>إجراءات البروتوكول المفتوحة</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>مقاعد دروس التقوية</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>حدّد طالبًا لرؤية دروس التقوية الخاصة به: الدقائق المخطط لها والمتلقاة، والحصص المنفذة، وما هو مستحق بشأن غيابه.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>تعذّرت قراءة دروس التقوية للطالب: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>ليس في دروس التقوية هذا العام.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · مستحق اليوم</numerusform>
            <numerusform>%1 · متأخر يومًا دراسيًا واحدًا</numerusform>
            <numerusform>%1 · متأخر يومين دراسيين</numerusform>
            <numerusform>%1 · متأخر %Ln أيام دراسية</numerusform>
            <numerusform>%1 · متأخر %Ln يومًا دراسيًا</numerusform>
            <numerusform>%1 · متأخر %Ln يوم دراسي</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · مستحق اليوم</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>لا شيء مستحق.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · المستوى %2 · %3 منذ %4</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · المستوى %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>هذا الأسبوع: %1 من %2 دقيقة · حتى الآن: %3 من %4 دقيقة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>الدقائق التي حضرها الطالب، بما فيها الحصص التعويضية، مقارنة بالدقائق المجدولة للمقعد، بما فيها الحصص الملغاة.</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>الدقائق المتلقاة من الدقائق المخطط لها</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>الحصص المنفذة: %1 من %2 (%3)، دون احتساب أيام الغياب عن المدرسة</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>الحصص المنفذة: لم تُجدول أي حصة بعد</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>الحصص التي عقدها البرنامج من بين التي جدولها. تُستبعد الأيام التي غاب فيها الطالب عن المدرسة: لم يكن بالإمكان أن تصله أي حصة.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>الحضور: %1 من لا حصص (%2)</numerusform>
            <numerusform>الحضور: %1 من حصة واحدة (%2)</numerusform>
            <numerusform>الحضور: %1 من حصتين (%2)</numerusform>
            <numerusform>الحضور: %1 من %Ln حصص (%2)</numerusform>
            <numerusform>الحضور: %1 من %Ln حصة (%2)</numerusform>
            <numerusform>الحضور: %1 من %Ln حصة (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>الحضور: لم يُسجَّل بعد</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · الحصص التعويضية التي حضرها: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>استيراد كشف الأسماء(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>إعادة حساب درجات الاحتياج(&amp;R)</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>كتابة خطابات…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>عدد الطلاب المعروضين</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>أدخِل كشف الأسماء الذي صدّره نظام الطلاب في منطقتك التعليمية (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>أعِد حساب درجة كل طالب من آخر اختباراته المرجعية وحضوره وفئاته الطلابية، بالأوزان المحددة في الإعدادات</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>اطبع خطابًا لأسرة كل طالب محدد، كلٌّ بلغة الأسرة، دفعة واحدة (حدّد عدة طلاب باستخدام Ctrl أو Shift)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>لماذا هذا الطالب(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>دروس التقوية(&amp;U)</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>الأسرة(&amp;M)</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>البحث عن طالب</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>تعذّرت إعادة حساب درجات الاحتياج: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>لا طلاب</numerusform>
            <numerusform>طالب واحد</numerusform>
            <numerusform>طالبان</numerusform>
            <numerusform>%Ln طلاب</numerusform>
            <numerusform>%Ln طالبًا</numerusform>
            <numerusform>%Ln طالب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>إضافة مشرف</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>تعديل المشرف</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>مثال: قائد تعليمي</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>عدد المدرّسين الذين يستطيع هذا الشخص ملاحظتهم وتوجيههم</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>المسمى الوظيفي(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف(&amp;P):</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>يستطيع توجيه حتى(&amp;U):</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> مدرّسين</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>أقصى عدد من المدرّسين يستطيع هذا المشرف توجيههم</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>سبب عدم حفظ المشرف</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>تعذّر حفظ المشرف: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>المشرفون</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>إضافة مشرف(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>تعديل المشرف(&amp;P)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>إزالة المشرف(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>المشرفون وعدد المدرّسين الذين يوجّههم كل منهم</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>يوجّه</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>المدرّسون</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>مدرّسون بلا مشرف</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>أضف شخصًا يلاحظ المدرّسين ويوجّههم</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>غيّر بيانات المشرف المحدد أو عدد المدرّسين الذين يستطيع توجيههم</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>أزِل المشرف المحدد؛ ويبقى مدرّسوه بلا مشرف</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1 من لا مدرّسين</numerusform>
            <numerusform>%1 من مدرّس واحد</numerusform>
            <numerusform>%1 من مدرّسَين</numerusform>
            <numerusform>%1 من %n مدرّسين</numerusform>
            <numerusform>%1 من %n مدرّسًا</numerusform>
            <numerusform>%1 من %n مدرّس</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · يتجاوز الطاقة بـ %2</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>تعذّرت قراءة المشرفين: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>لا مدرّسين بعد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>لا مشرفين بعد. أضف الأشخاص الذين يلاحظون مدرّسيك ويوجّهونهم.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>لكل مدرّس مشرف.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>لا مدرّسين بلا مشرف: %1</numerusform>
            <numerusform>مدرّس واحد بلا مشرف: %1</numerusform>
            <numerusform>مدرّسان بلا مشرف: %1</numerusform>
            <numerusform>%n مدرّسين بلا مشرف: %1</numerusform>
            <numerusform>%n مدرّسًا بلا مشرف: %1</numerusform>
            <numerusform>%n مدرّس بلا مشرف: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>إزالة المشرف</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>هل تريد إزالة %1؟</numerusform>
            <numerusform>هل تريد إزالة %1؟ سيبقى مدرّس واحد بلا مشرف حتى تختار آخر.</numerusform>
            <numerusform>هل تريد إزالة %1؟ سيبقى مدرّسان بلا مشرف حتى تختار آخر.</numerusform>
            <numerusform>هل تريد إزالة %1؟ سيبقى %n مدرّسين بلا مشرف حتى تختار آخر.</numerusform>
            <numerusform>هل تريد إزالة %1؟ سيبقى %n مدرّسًا بلا مشرف حتى تختار آخر.</numerusform>
            <numerusform>هل تريد إزالة %1؟ سيبقى %n مدرّس بلا مشرف حتى تختار آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>تعذّرت إزالة المشرف: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>أُزيل %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>أدخل الاسم الأول للمشرف.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>أدخل اسم عائلة %1.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>يستطيع %1 توجيه من 1 إلى 100 مدرّس، وليس %2. غيّر عدد المدرّسين.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>مشرف آخر لديه المعرّف %1 بالفعل. أعطِ %2 معرّفًا مختلفًا.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1 لم يعد في قائمة المشرفين. أعد تحميل صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>تعذّر حفظ %1 في %2: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>تعذّرت إزالة المشرف من %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>إرسال الآن(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>نسخ إلى مجلد(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإعدادات(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>أرسل كل الحزم المنتظرة إلى المنطقة التعليمية الآن</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>تصدير الآن(&amp;E)</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>أنشئ حزمة بما تغيّر منذ الحزمة السابقة، ثم أرسلها</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>ما تغيّر منذ الحزمة السابقة</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>كل الصفوف (حزمة كاملة)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>اكتب الحزم المنتظرة في مجلد، مثل ذاكرة USB لمكتب المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>نسخ الحزم المنتظرة إلى مجلد</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>المزامنة مع المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>تفاصيل المزامنة</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>حزم المنطقة التعليمية</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>تنتظر الحزم هنا حتى يُختار مجلد أو عنوان المنطقة التعليمية في الإعدادات.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>أسماء الطلاب مضمَّنة.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>أسماء الطلاب مستبعدة (لدى المنطقة التعليمية).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>ملاحظات التواصل مضمَّنة.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>ملاحظات التواصل مستبعدة.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>يُرسل ما تغيّر كل يوم بعد %1 ما دام TutorDesk مفتوحًا.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>لا يُرسل شيء وفق جدول: استخدم «تصدير الآن» أو tutordesk-cli sync.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>تعذّرت قراءة صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>جارٍ إعداد الحزمة…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>لم تُرسل أي حزمة إلى المنطقة التعليمية.</numerusform>
            <numerusform>أُرسلت حزمة واحدة إلى المنطقة التعليمية.</numerusform>
            <numerusform>أُرسلت حزمتان إلى المنطقة التعليمية.</numerusform>
            <numerusform>أُرسلت %n حزم إلى المنطقة التعليمية.</numerusform>
            <numerusform>أُرسلت %n حزمة إلى المنطقة التعليمية.</numerusform>
            <numerusform>أُرسلت %n حزمة إلى المنطقة التعليمية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>أُوقف التصدير: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>تعذّر إعداد حزمة المنطقة التعليمية: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>لم يتغير شيء منذ الحزمة السابقة: لا جديد لإرساله.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>أُنشئت %1 (لا صفوف).</numerusform>
            <numerusform>أُنشئت %1 (صف واحد).</numerusform>
            <numerusform>أُنشئت %1 (صفان).</numerusform>
            <numerusform>أُنشئت %1 (%Ln صفوف).</numerusform>
            <numerusform>أُنشئت %1 (%Ln صفًا).</numerusform>
            <numerusform>أُنشئت %1 (%Ln صف).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>لم تُحدَّد وجهة في المنطقة التعليمية، لذا تنتظر الحزم هنا. اختر مجلدًا أو عنوان المنطقة في الإعدادات ▸ المزامنة مع المنطقة.</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>تُرسل الحزم الآن: حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>لا توجد حزمة منتظرة: كل شيء لدى المنطقة التعليمية.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض(&amp;B)…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>تضمين أسماء الطلاب (تعرف المنطقة التعليمية كل طالب برقمه)(&amp;N)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>تضمين ملاحظات التواصل مع الأسر (قد تذكر أشخاصًا آخرين)(&amp;N)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>إرسال ما تغيّر كل يوم بعد(&amp;D)</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>يرسل TutorDesk إلى المنطقة التعليمية حزمة من ملفات CSV: كل الصفوف في المرة الأولى، ثم ما تغيّر. تنتظر الحزم في صندوق الصادر حتى تستلمها المنطقة، فلا يضيع شيء أثناء انقطاع الحاسوب عن الشبكة.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>مجلد، أو عنوان المنطقة التعليمية (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>الإرسال إلى(&amp;T):</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>الرمز المميز للمنطقة(&amp;K):</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>وقت الإرسال اليومي</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>ما دام TutorDesk مفتوحًا. يمكن لفريق تقنية المعلومات في المنطقة أيضًا تشغيل &quot;tutordesk-cli sync&quot; من أداة جدولة؛ فيرسل الحزم نفسها.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>لا وجهة بعد: تنتظر الحزم في صندوق الصادر حتى تُختار وجهة.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>تُكتب كل حزمة في هذا المجلد: مجلد مشترك للمنطقة أو مجلد متزامن أو ذاكرة USB.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>تُرسل كل حزمة إلى %1 عبر اتصال مشفّر.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>محفوظ في سلسلة مفاتيح هذا الحاسوب (اكتب للاستبدال)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>تعطيك المنطقة التعليمية هذا الرمز المميز. يُحفظ في سلسلة مفاتيح هذا الحاسوب، ولا يُحفظ أبدًا في قاعدة بيانات المدرسة.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>عنوان https:// فقط هو الذي يحتاج إلى رمز مميز.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>مجلد المنطقة التعليمية</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>اليوم الساعة %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>أمس الساعة %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>غدًا الساعة %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>لا وجهة بعد</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>المجلد %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>وصل كل شيء إلى المنطقة التعليمية.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>لم يُرسل شيء إلى المنطقة التعليمية بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>لا حزم منتظرة.</numerusform>
            <numerusform>حزمة واحدة تنتظر: لم تُحدَّد وجهة في المنطقة التعليمية.</numerusform>
            <numerusform>حزمتان تنتظران: لم تُحدَّد وجهة في المنطقة التعليمية.</numerusform>
            <numerusform>%n حزم تنتظر: لم تُحدَّد وجهة في المنطقة التعليمية.</numerusform>
            <numerusform>%n حزمة تنتظر: لم تُحدَّد وجهة في المنطقة التعليمية.</numerusform>
            <numerusform>%n حزمة تنتظر: لم تُحدَّد وجهة في المنطقة التعليمية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>لا حزم تنتظر الإرسال.</numerusform>
            <numerusform>حزمة واحدة تنتظر الإرسال.</numerusform>
            <numerusform>حزمتان تنتظران الإرسال.</numerusform>
            <numerusform>%n حزم تنتظر الإرسال.</numerusform>
            <numerusform>%n حزمة تنتظر الإرسال.</numerusform>
            <numerusform>%n حزمة تنتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>تذهب الحزم إلى %1.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>تنتظر منذ %1.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>آخر تسليم %1 إلى %2.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>آخر محاولة %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>سيحاول TutorDesk مرة أخرى %1، أو الآن باستخدام «إرسال الآن».</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>لا حزم منتظرة</numerusform>
            <numerusform>حزمة واحدة تنتظر: لم تُحدَّد وجهة في المنطقة</numerusform>
            <numerusform>حزمتان تنتظران: لم تُحدَّد وجهة في المنطقة</numerusform>
            <numerusform>%n حزم تنتظر: لم تُحدَّد وجهة في المنطقة</numerusform>
            <numerusform>%n حزمة تنتظر: لم تُحدَّد وجهة في المنطقة</numerusform>
            <numerusform>%n حزمة تنتظر: لم تُحدَّد وجهة في المنطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>لا حزم تنتظر المنطقة التعليمية</numerusform>
            <numerusform>حزمة واحدة تنتظر المنطقة التعليمية</numerusform>
            <numerusform>حزمتان تنتظران المنطقة التعليمية</numerusform>
            <numerusform>%n حزم تنتظر المنطقة التعليمية</numerusform>
            <numerusform>%n حزمة تنتظر المنطقة التعليمية</numerusform>
            <numerusform>%n حزمة تنتظر المنطقة التعليمية</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>تمت المزامنة %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>سُلِّمت %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>تنتظر</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>تنتظر (لا محاولات)</numerusform>
            <numerusform>تنتظر (محاولة واحدة)</numerusform>
            <numerusform>تنتظر (محاولتان)</numerusform>
            <numerusform>تنتظر (%n محاولات)</numerusform>
            <numerusform>تنتظر (%n محاولة)</numerusform>
            <numerusform>تنتظر (%n محاولة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>التغييرات منذ الحزمة السابقة</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>النص المدمج</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>حزمة قوالب المنطقة التعليمية</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>حزمة قوالب المنطقة التعليمية (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>معدَّل في TutorDesk</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>عدّله %1 في TutorDesk بتاريخ %2</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>راجع مترجم مؤهل هذا النص(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>تعديل الخطاب: %1، %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>مصدر النص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>نص الخطاب (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>العناصر النائبة</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>مفتاح Enter أو النقر المزدوج يُدرج العنصر النائب عند المؤشر</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>معاينة بقيم نموذجية</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>فقط عندما يراجع مترجم مؤهل النص المعدَّل: وإلا تذكر نافذة الخطابات أن الترجمة لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>سبب عدم حفظ النص</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>النص (HTML؛ العناصر النائبة بين قوسين معقوفين مزدوجين)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>العناصر النائبة(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>إدراج عنصر نائب(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>المعاينة (لطالب الخطاب، أو قيم نموذجية بين أقواس)(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>استعادة الأصل(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>تخلَّ عن النص المعدَّل واستخدم نص المنطقة التعليمية أو النص المدمج مرة أخرى</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>تعذّرت قراءة نص الخطاب: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>لا يوجد نص بهذه اللغة بعد؛ البدء من النص الإنجليزي</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>الإصدار %1، %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>راجعه مترجم مؤهل.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>لم يراجعه مترجم مؤهل بعد.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>معاينة لـ %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>لم تتم الاستعادة: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>تحديد المقاعد التي يقدمها البرنامج بـ(&amp;L)</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>يحدد كل مستوى مقدار دروس التقوية التي يحصل عليها الطالب ومن يتأهل له حسب درجة الاحتياج.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>الحصص أسبوعيًا</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>دقائق كل حصة</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>أكبر مجموعة</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>أدنى درجة احتياج</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>استعادة الإعدادات الافتراضية(&amp;F)</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>أعِد المستويات التي يبدأ بها TutorDesk</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>المقاعد</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>المقاعد التي يقدمها البرنامج</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> مقعد</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>الحصص أسبوعيًا، %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>دقائق كل حصة، %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>أكبر مجموعة، %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>أدنى درجة احتياج، %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>بدون حد، يخطط TutorDesk مجموعات جديدة حتى عدد المقاعد التي توفرها مجموعاتك الآن، أو ربع عدد الطلاب قبل وجود مجموعات: %1 اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>لا مقاعد</numerusform>
            <numerusform>مقعد واحد</numerusform>
            <numerusform>مقعدان</numerusform>
            <numerusform>%Ln مقاعد</numerusform>
            <numerusform>%Ln مقعدًا</numerusform>
            <numerusform>%Ln مقعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>حدّد المستويات 1 و2 و3 مرة واحدة لكل منها (المستوى %1 يظهر %2 مرات).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>لا توجد إلا المستويات 1 و2 و3؛ احذف غيرها.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>المستوى %1 يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>المستوى %1: يجب أن تضم أكبر مجموعة من 1 إلى 4 طلاب، وليس %2.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>المستوى %1: يجب أن تكون الحصص أسبوعيًا من 0 إلى 10، وليس %2.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>المستوى %1: يجب أن تكون دقائق الحصة من 0 إلى 240، وليس %2.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>المستوى %1 يتضمن دروس تقوية: أعطه حصة واحدة على الأقل أسبوعيًا.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>المستوى %1 يتضمن دروس تقوية: اجعل مدة حصصه 5 دقائق على الأقل.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>المستوى %1: يجب أن تكون أدنى درجة احتياج من 0 إلى 1000، وليس %2.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>أدنى درجة احتياج للمستوى 2 (%1) أقل من المستوى 1 (%2): ارفع قيمة المستوى 2 أو اخفض قيمة المستوى 1.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>أدنى درجة احتياج للمستوى 3 (%1) أقل من المستوى 2 (%2): ارفع قيمة المستوى 3 أو اخفض قيمة المستوى 2.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>تعذّر حفظ المستويات: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>تسجيل الحضور(&amp;A)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>حصص اليوم(&amp;S)</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>سجّل الحضور للحصة المحددة (مفتاح Enter أو النقر المزدوج يؤدي الشيء نفسه)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>ما يجب إنجازه(&amp;D)</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>اطبع خطابات الغياب المستحقة، صفحة لكل أسرة، كل منها بلغة الأسرة؛ ويُسجَّل كل منها كتواصل</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>المتابعات المستحقة(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>آخر نتيجة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>مفتاح Enter أو النقر المزدوج يسجّل مكالمة المتابعة.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>تعذّرت قراءة حصص اليوم وإجراءاته: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>تعذّرت قراءة الخطابات المستحقة: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>لا توجد حصص: عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>لا توجد حصص: ليس يومًا دراسيًا</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>لا توجد حصص: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>لا توجد حصص اليوم</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>طباعة الخطابات المستحقة (%1)(&amp;T)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>لا توجد خطابات مستحقة للطباعة</numerusform>
            <numerusform>طباعة خطاب مستحق واحد</numerusform>
            <numerusform>طباعة خطابين مستحقين</numerusform>
            <numerusform>طباعة %n خطابات مستحقة</numerusform>
            <numerusform>طباعة %n خطابًا مستحقًا</numerusform>
            <numerusform>طباعة %n خطاب مستحق</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>سُجِّلت المتابعة مع أسرة %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>لم يُسجَّل أي خطاب كتواصل.</numerusform>
            <numerusform>سُجِّل خطاب واحد كتواصل.</numerusform>
            <numerusform>سُجِّل خطابان كتواصل.</numerusform>
            <numerusform>سُجِّلت %n خطابات كتواصل.</numerusform>
            <numerusform>سُجِّل %n خطابًا كتواصل.</numerusform>
            <numerusform>سُجِّل %n خطاب كتواصل.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>المتابعات المستحقة (%1)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>المتابعات المستحقة: لا يوجد(&amp;F)</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>حصص اليوم</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · بدأت %2</translation>
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
        <translation>المهارة: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>تحتاج إلى بديل</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>لا يوجد طلاب</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>سُجِّل · %1 من %n حاضر</numerusform>
            <numerusform>سُجِّل · %1 من طالب واحد حاضر</numerusform>
            <numerusform>سُجِّل · %1 من %n حاضر</numerusform>
            <numerusform>سُجِّل · %1 من %n حاضر</numerusform>
            <numerusform>سُجِّل · %1 من %n حاضر</numerusform>
            <numerusform>سُجِّل · %1 من %n حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>سُجِّل جزئيًا · %1 من %n</numerusform>
            <numerusform>سُجِّل جزئيًا · %1 من طالب واحد</numerusform>
            <numerusform>سُجِّل جزئيًا · %1 من %n</numerusform>
            <numerusform>سُجِّل جزئيًا · %1 من %n</numerusform>
            <numerusform>سُجِّل جزئيًا · %1 من %n</numerusform>
            <numerusform>سُجِّل جزئيًا · %1 من %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>لم يُسجَّل</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>المدرّس غائب</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 غائب</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>الحضور %1% خلال 4 أسابيع</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>لا غياب متتالٍ</numerusform>
            <numerusform>غياب واحد</numerusform>
            <numerusform>غيابان متتاليان</numerusform>
            <numerusform>%n غيابات متتالية</numerusform>
            <numerusform>%n غيابًا متتاليًا</numerusform>
            <numerusform>%n غياب متتالٍ</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>غائب %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>إبلاغ الأسرة</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>جدولة حصة تعويضية</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>إيقاف المقعد وعرضه</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>البحث عن بديل</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>متأخر · %n يوم دراسي</numerusform>
            <numerusform>متأخر · يوم دراسي واحد</numerusform>
            <numerusform>متأخر · يومان دراسيان</numerusform>
            <numerusform>متأخر · %n أيام دراسية</numerusform>
            <numerusform>متأخر · %n يومًا دراسيًا</numerusform>
            <numerusform>متأخر · %n يوم دراسي</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>مستحق %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>كل الحصص سُجِّلت</numerusform>
            <numerusform>حصة واحدة لم يُسجَّل حضورها</numerusform>
            <numerusform>حصتان لم يُسجَّل حضورهما</numerusform>
            <numerusform>%n حصص لم يُسجَّل حضورها</numerusform>
            <numerusform>%n حصة لم يُسجَّل حضورها</numerusform>
            <numerusform>%n حصة لم يُسجَّل حضورها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>لا توجد حصص</numerusform>
            <numerusform>سُجِّل حضور الحصة الوحيدة</numerusform>
            <numerusform>سُجِّل حضور الحصتين</numerusform>
            <numerusform>سُجِّل حضور الحصص الـ%n كلها</numerusform>
            <numerusform>سُجِّل حضور الحصص الـ%n كلها</numerusform>
            <numerusform>سُجِّل حضور الحصص الـ%n كلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>لا توجد ملغاة</numerusform>
            <numerusform>واحدة ملغاة</numerusform>
            <numerusform>اثنتان ملغاتان</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>لا توجد إجراءات مستحقة</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>لا توجد إجراءات مستحقة</numerusform>
            <numerusform>إجراء واحد مستحق</numerusform>
            <numerusform>إجراءان مستحقان</numerusform>
            <numerusform>%n إجراءات مستحقة</numerusform>
            <numerusform>%n إجراءً مستحقًا</numerusform>
            <numerusform>%n إجراء مستحق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(لا شيء متأخر)</numerusform>
            <numerusform>(واحد متأخر)</numerusform>
            <numerusform>(اثنان متأخران)</numerusform>
            <numerusform>(%n متأخرة)</numerusform>
            <numerusform>(%n متأخرًا)</numerusform>
            <numerusform>(%n متأخر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>لا توجد متابعات</numerusform>
            <numerusform>متابعة واحدة</numerusform>
            <numerusform>متابعتان</numerusform>
            <numerusform>%n متابعات</numerusform>
            <numerusform>%n متابعة</numerusform>
            <numerusform>%n متابعة</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>لم تُجدول أي حصص بعد</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>الحصص المنفذة: %1 من %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · الحضور %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>الروضة الانتقالية</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>الروضة</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>الصف %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>لم تستجب سلسلة مفاتيح هذا الحاسوب، لذا لم يُحفظ رمز المزامنة. افتح قفل سلسلة المفاتيح (أو سجّل الدخول إلى سطح المكتب) واحفظه مرة أخرى؛ ويمكن للمزامنة المجدولة أيضًا أخذ الرمز من TUTORDESK_TOKEN.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>تعذّر حفظ رمز المزامنة في سلسلة مفاتيح هذا الحاسوب (%1). لا يحفظه TutorDesk أبدًا في قاعدة البيانات؛ ويمكن للمزامنة المجدولة أخذه من TUTORDESK_TOKEN.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>تعذّرت إعادة تسمية الملف المكتمل</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>لم تُحدَّد وجهة في المنطقة التعليمية: اختر واحدة في الإعدادات ▸ المزامنة مع المنطقة.</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>المجلد %1 غير موجود: هل ذاكرة USB أو محرك المنطقة التعليمية متصل؟ تنتظر الحزمة في صندوق الصادر.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>لا يستطيع TutorDesk الكتابة في المجلد %1 (%2): تحقق من أن المحرك ليس للقراءة فقط وأن لديك صلاحية الكتابة فيه. تنتظر الحزمة في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>تعذّرت كتابة الحزمة كاملة في المجلد %1 (%2): هل المحرك ممتلئ أو فُصل؟ لم يُترك شيء باسم الحزمة؛ وهي تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>&quot;%1&quot; ليس اسم حزمة يكتبه TutorDesk. أنشئ تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>تعذّر على TutorDesk الوصول إلى %1: ربما يكون هذا الحاسوب غير متصل بالشبكة، أو العنوان خاطئ. سيحاول TutorDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>رفض %1 الاتصال: ربما يكون خادم المنطقة التعليمية متوقفًا. سيحاول TutorDesk مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>لم يستجب خادم المنطقة التعليمية في %1 (انتهت المهلة). سيحاول TutorDesk مرة أخرى.</numerusform>
            <numerusform>لم يستجب خادم المنطقة التعليمية في %1 (انتهت المهلة بعد ثانية واحدة). سيحاول TutorDesk مرة أخرى.</numerusform>
            <numerusform>لم يستجب خادم المنطقة التعليمية في %1 (انتهت المهلة بعد ثانيتين). سيحاول TutorDesk مرة أخرى.</numerusform>
            <numerusform>لم يستجب خادم المنطقة التعليمية في %1 (انتهت المهلة بعد %n ثوانٍ). سيحاول TutorDesk مرة أخرى.</numerusform>
            <numerusform>لم يستجب خادم المنطقة التعليمية في %1 (انتهت المهلة بعد %n ثانية). سيحاول TutorDesk مرة أخرى.</numerusform>
            <numerusform>لم يستجب خادم المنطقة التعليمية في %1 (انتهت المهلة بعد %n ثانية). سيحاول TutorDesk مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>لم يستطع خادم المنطقة التعليمية في %1 إثبات هويته (لم تُقبل شهادة الأمان الخاصة به)، لذا لم يُرسل شيء. اطلب من فريق تقنية المعلومات في المنطقة فحص شهادة الخادم.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>فشل الإرسال إلى %1 (%2). سيحاول TutorDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>رفض خادم المنطقة التعليمية رمز المزامنة (%1): تحقق منه في الإعدادات ▸ المزامنة مع المنطقة.</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>خادم المنطقة التعليمية لا يعرف هذا العنوان (%1 غير موجود في %2): تحقق من العنوان ورمز المدرسة في الإعدادات ▸ المزامنة مع المنطقة.</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>الحزمة كبيرة جدًا على خادم المنطقة التعليمية (413): اطلب من فريق تقنية المعلومات في المنطقة قبول ملفات أكبر.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>حدثت مشكلة في خادم المنطقة التعليمية (%1)؛ سيحاول TutorDesk مرة أخرى.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>لم يقبل خادم المنطقة التعليمية في %1 الحزمة (أجاب بـ %2). سيحاول TutorDesk مرة أخرى؛ وإذا استمر ذلك، فأبلغ فريق تقنية المعلومات في المنطقة.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>أدخل أول يوم وآخر يوم يغيب فيهما المدرّس.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>آخر يوم غياب (%1) يسبق الأول (%2): بدّل بينهما.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>لا يوجد مدرّس %1 (ربما حُذف). أعد تحميل صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>تعذّر حفظ الغياب في %1: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>هذا الغياب لم يعد موجودًا (ربما أُلغي بالفعل). أعد تحميل الصفحة.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>تعذّر إلغاء الغياب في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>تاريخ التحقق من الخلفية الجنائية</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>التحقق من الخلفية الجنائية صالح حتى</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>تاريخ فحص السل</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>فحص السل صالح حتى</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>إضافة مدرّس</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>مجموعة البدلاء: لا يُعيَّنون لمجموعات، ويُعرضون عند غياب مدرّس</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>نوع المدرّس</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>النوع(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإلكتروني(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>الهاتف(&amp;H):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>الحالة(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>المشرف(&amp;U):</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>المواد:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>التصاريح</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>التحقق من الخلفية الجنائية في(&amp;B):</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>التحقق من الخلفية الجنائية صالح حتى(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>فحص السل في(&amp;T):</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>فحص السل صالح حتى(&amp;N):</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>اللغات التي يتحدثها المدرّس(&amp;G)</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>اللغات التي يتحدثها المدرّس</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>ضع علامة على كل لغة يستطيع المدرّس التحدث بها مع الطلاب والأسر</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>متى يستطيع المدرّس التدريس كل أسبوع</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>ما يجب تغييره قبل الحفظ</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>يدرّس %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>تعذّرت قراءة المشرفين: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>تعذّر حفظ المدرّس: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>اكتب الأوقات المتاحة كأيام وأوقات، مع فصل الفترات بفواصل منقوطة: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (تعمل أيضًا Mon-Fri وMon/Wed).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>&quot;%1&quot; ليس يومًا وأوقاتًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>&quot;%1&quot; فيه وقت ليس من أوقات اليوم (00:00 إلى 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>&quot;%1&quot; ليس نطاقًا من أيام الأسبوع. اكتب Mon أو Tue أو Wed أو Thu أو Fri أو Sat أو Sun (أو الاسم الكامل)، أو نطاقًا مثل Mon-Fri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>&quot;%1&quot; ليس يومًا من أيام الأسبوع. اكتب Mon أو Tue أو Wed أو Thu أو Fri أو Sat أو Sun (أو الاسم الكامل).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>&quot;%1&quot; لا يذكر أي يوم من أيام الأسبوع.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>&quot;%1&quot; ليس مشرفًا يعرفه TutorDesk. اكتب اسمه الأول واسم عائلته (أو معرّفه) وسيُضاف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>&quot;%1&quot; سيكون المشرف رقم %2 الذي يضيفه هذا الملف؛ والاستيراد يضيف %3 على الأكثر. تحقق من العمود، أو أضف المشرفين في صفحة المدرّسين أولًا.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>لا يحتوي الملف على عمود للاسم الأول. سمِّ عمود الأسماء الأولى &quot;First name&quot; (السطر الأول من الملف يحمل أسماء الأعمدة).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>لا يحتوي الملف على عمود لاسم العائلة. سمِّ عمود أسماء العائلات &quot;Last name&quot; (السطر الأول من الملف يحمل أسماء الأعمدة).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>الاسم الأول مفقود. أدخل الاسم الأول للمدرّس.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>اسم العائلة مفقود. أدخل اسم عائلة المدرّس.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1 موجود أيضًا في السطر %2. أدرج كل مدرّس مرة واحدة: احذف أحد السطرين.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>&quot;%1&quot; ليس نوعًا من أنواع المدرّسين. اكتب واحدًا مما يلي: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>&quot;%1&quot; ليست حالة. اكتب واحدة مما يلي: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>&quot;%1&quot; ليست مادة. اكتب واحدة أو أكثر مما يلي: %2، مفصولة بفواصل منقوطة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>&quot;%1&quot; ليست لغة يعرفها TutorDesk. اكتب رمزًا (es أو ko أو vi) أو اسمًا بالإنجليزية (Spanish أو Korean أو Vietnamese).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>&quot;%1&quot; ليس تاريخًا. اكتبه بالصيغة YYYY-MM-DD (2026-08-01) أو M/D/YYYY (8/1/2026).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>لن يُضاف أي مشرف: %1.</numerusform>
            <numerusform>سيُضاف مشرف واحد: %1.</numerusform>
            <numerusform>سيُضاف مشرفان: %1.</numerusform>
            <numerusform>سيُضاف %n مشرفين: %1.</numerusform>
            <numerusform>سيُضاف %n مشرفًا: %1.</numerusform>
            <numerusform>سيُضاف %n مشرف: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>لم يُضف أي مشرف: %1.</numerusform>
            <numerusform>أُضيف مشرف واحد: %1.</numerusform>
            <numerusform>أُضيف مشرفان: %1.</numerusform>
            <numerusform>أُضيف %n مشرفين: %1.</numerusform>
            <numerusform>أُضيف %n مشرفًا: %1.</numerusform>
            <numerusform>أُضيف %n مشرف: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي سطر فارغ.</numerusform>
            <numerusform>تُخطي سطر واحد لا قيم فيه في أي عمود.</numerusform>
            <numerusform>تُخطي سطران لا قيم فيهما في أي عمود.</numerusform>
            <numerusform>تُخطيت %n أسطر لا قيم فيها في أي عمود.</numerusform>
            <numerusform>تُخطي %n سطرًا لا قيم فيها في أي عمود.</numerusform>
            <numerusform>تُخطي %n سطر لا قيم فيها في أي عمود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>أعمدة لم تُقرأ: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>تعذّر حفظ المدرّسين الموجودين في %1 في %2: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>تسجيل غياب مدرّس</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;من الغائب، ومتى؟&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>تعذّرت قراءة المدرّسين: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>مرض، إجازة شخصية، تدريب…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>المدرّس(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>إلى(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب(&amp;R):</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>بعد ذلك، يعرض TutorDesk حصصه في هذه الأيام ويقترح لكل منها مدرّسًا بديلًا متاحًا ولديه تصريح أو وقتًا لحصة تعويضية.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>الحصص التي تحتاج إلى تغطية</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; رجوع(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي &gt;(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>اليوم الأخير يسبق الأول: غيّر أحدهما.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>تعذّرت قراءة الحصص: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>ليس لـ %1 حصص في هذه الأيام.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>«تطبيق» يحفظ الغياب (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 غائب %2. لا حصص تحتاج إلى قرار.</numerusform>
            <numerusform>%1 غائب %2. حصة واحدة تحتاج إلى قرار: يقترح TutorDesk قرارًا لها؛ غيّره إن شئت، ثم انقر «تطبيق».</numerusform>
            <numerusform>%1 غائب %2. حصتان تحتاجان إلى قرار: يقترح TutorDesk قرارًا لكل منهما؛ غيّر ما تشاء، ثم انقر «تطبيق».</numerusform>
            <numerusform>%1 غائب %2. %n حصص تحتاج إلى قرار: يقترح TutorDesk قرارًا لكل منها؛ غيّر ما تشاء، ثم انقر «تطبيق».</numerusform>
            <numerusform>%1 غائب %2. %n حصة تحتاج إلى قرار: يقترح TutorDesk قرارًا لكل منها؛ غيّر ما تشاء، ثم انقر «تطبيق».</numerusform>
            <numerusform>%1 غائب %2. %n حصة تحتاج إلى قرار: يقترح TutorDesk قرارًا لكل منها؛ غيّر ما تشاء، ثم انقر «تطبيق».</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>حُفظ غياب %1، لكن لم تُحفظ القرارات: %2 غيّر ذلك القرار وانقر «تطبيق» مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>لم يغطِّ بديل أي حصة</numerusform>
            <numerusform>غطّى بديل حصة واحدة</numerusform>
            <numerusform>غطّى بدلاء حصتين</numerusform>
            <numerusform>غطّى بدلاء %n حصص</numerusform>
            <numerusform>غطّى بدلاء %n حصة</numerusform>
            <numerusform>غطّى بدلاء %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>لم تُلغَ أي حصة مع تعويض</numerusform>
            <numerusform>أُلغيت واحدة مع حصة تعويضية</numerusform>
            <numerusform>أُلغيت اثنتان مع حصص تعويضية</numerusform>
            <numerusform>أُلغيت %n مع حصص تعويضية</numerusform>
            <numerusform>أُلغيت %n مع حصص تعويضية</numerusform>
            <numerusform>أُلغيت %n مع حصص تعويضية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>لا ملغاة</numerusform>
            <numerusform>واحدة ملغاة</numerusform>
            <numerusform>اثنتان ملغاتان</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
            <numerusform>%n ملغاة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 غائب %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the list of what was done</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorTableModel</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Cleared until %1</source>
        <translation>لديه تصريح حتى %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>تنتهي الصلاحية اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>تنتهي الصلاحية اليوم</numerusform>
            <numerusform>تنتهي الصلاحية خلال يوم واحد</numerusform>
            <numerusform>تنتهي الصلاحية خلال يومين</numerusform>
            <numerusform>تنتهي الصلاحية خلال %n أيام</numerusform>
            <numerusform>تنتهي الصلاحية خلال %n يومًا</numerusform>
            <numerusform>تنتهي الصلاحية خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>انتهت الصلاحية في %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>التحقق من الخلفية الجنائية: %1، صالح حتى %2
فحص السل: %3، صالح حتى %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>الدقائق الأسبوعية</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>معلم معتمد</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>مساعد تعليمي</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>طالب جامعي</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>تربوي متقاعد</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>مدرّس من المجتمع المحلي</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>جهة خارجية (عن بُعد)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>مجموعة البدلاء</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tutors</name>
    <message>
        <source>%1 still leads %2. Give %3 another tutor first.</source>
        <translation>ما زال %1 يقود %2. أعطِ %3 مدرّسًا آخر أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتين</numerusform>
            <numerusform>%n مجموعات</numerusform>
            <numerusform>%n مجموعة</numerusform>
            <numerusform>%n مجموعة</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>المشرف المختار لـ %1 لم يعد موجودًا. اختر مشرفًا آخر.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>مدرّس آخر لديه المعرّف %1 بالفعل. أعطِ %2 معرّفًا مختلفًا.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1 لم يعد في قائمة المدرّسين (ربما حذفه شخص آخر). أعد تحميل صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%2 الخاص بـ %1 تنتهي صلاحيته في %3، قبل تاريخ إجرائه (%4): تحقق من التاريخين.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>أدخل الاسم الأول للمدرّس.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>أدخل اسم عائلة %1.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>النوع: &quot;%1&quot; ليس نوعًا من أنواع المدرّسين. اختر واحدًا مما يلي: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>الحالة: &quot;%1&quot; ليست حالة. اختر واحدة مما يلي: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>المواد: اختر مادة واحدة على الأقل يستطيع %1 تدريسها (القراءة أو الرياضيات أو الكتابة أو أخرى).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>المواد: &quot;%1&quot; ليست مادة. اختر القراءة أو الرياضيات أو الكتابة أو أخرى.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>اللغات: احذف اللغة الفارغة.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>الأوقات المتاحة: %1 ليس يومًا من أيام الأسبوع (1 = الاثنين … 7 = الأحد).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>الأوقات المتاحة يوم %1: أدخل وقت البدء ووقت الانتهاء كليهما.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>الأوقات المتاحة يوم %1: الفترة %2–%3 تنتهي قبل أن تبدأ. اجعل وقت الانتهاء بعد وقت البدء.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>الأوقات المتاحة يوم %1: الفترتان %2–%3 و%4–%5 متداخلتان. ادمجهما في فترة واحدة أو انقل إحداهما.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>التحقق من الخلفية الجنائية</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>فحص السل</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>تعذّر حفظ %1 في %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>&quot;%1&quot; ليست حالة مدرّس. اختر نشط أو بديل أو غير نشط.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>هذا المدرّس لم يعد في قائمة المدرّسين. أعد تحميل صفحة المدرّسين.</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>تعذّر تغيير حالة المدرّس في %1: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>إضافة مدرّس(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>تعديل(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>جعله غير نشط(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>تسجيل غياب(&amp;O)…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>استيراد(&amp;M)…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>المدرّسون حسب الحالة</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>أضف مدرّسًا بمواده ولغاته وساعاته وتصاريحه</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>عدّل المدرّس المحدد (نقر مزدوج أو Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>أخرِج المدرّس المحدد من القائمة، أو أعِده إليها</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>المدرّس المحدد غائب: غطِّ حصصه أو ألغها</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>أدخِل المدرّسين من جدول بيانات محفوظ بصيغة CSV</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>المدرّسون</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>البحث عن مدرّس</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>المدرّسون المستوردون: %1 جديد، %2 تغيّر، %3 دون تغيير.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>عرض(&amp;W):</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>عرض المدرّسين</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>كل المدرّسين</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>ابحث بالاسم أو المادة أو اللغة أو المشرف</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>البحث عن المدرّسين</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>اكتب جزءًا من اسم أو بريد إلكتروني أو مادة أو لغة أو اسم مشرف (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>تعذّرت قراءة المدرّسين: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 نشط · %3 في مجموعة البدلاء</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>لا مدرّسين</numerusform>
            <numerusform>مدرّس واحد</numerusform>
            <numerusform>مدرّسان</numerusform>
            <numerusform>%n مدرّسين</numerusform>
            <numerusform>%n مدرّسًا</numerusform>
            <numerusform>%n مدرّس</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>لا مدرّسين بعد. أضف مدرّسيك أو استوردهم من جدول بيانات.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>لا يوجد مدرّس يطابق البحث أو التصفية. امسح البحث أو اعرض كل المدرّسين.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>جعله نشطًا(&amp;T)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>تعذّر تغيير المدرّس: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 نشط مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 غير نشط ولم يعد يُعرض للمجموعات أو كبديل.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>استيراد المدرّسين</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>لم يُقرأ أي مدرّس.</numerusform>
            <numerusform>قُرئ مدرّس واحد.</numerusform>
            <numerusform>قُرئ مدرّسان.</numerusform>
            <numerusform>قُرئ %n مدرّسين.</numerusform>
            <numerusform>قُرئ %n مدرّسًا.</numerusform>
            <numerusform>قُرئ %n مدرّس.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 في الملف: %2 جديد، %3 تغيّر، %4 دون تغيير.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>حسب إعدادات الحاسوب</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · الرقم %2 · ينتظر مقعدًا في %3</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>المادة</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>درجة الاحتياج</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ تحتاج إلى بديل</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>minimum day · its reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>group, when, who teaches</comment>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <comment>day header</comment>
        <translation>%1 (اليوم)</translation>
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
        <translation>لا يحضر</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>يحضر، لكن لا يتحسن</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وواحد آخر</numerusform>
            <numerusform>%1 واثنان آخران</numerusform>
            <numerusform>%1 و%n آخرون</numerusform>
            <numerusform>%1 و%n آخرين</numerusform>
            <numerusform>%1 و%n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>غياب المدرّس</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>فعالية مدرسية</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>فعالية طلابية</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>أسباب أخرى</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقدت</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>الحصص التعويضية المعقودة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>لا حضور بعد</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>لم يُعدّ أي مشرفين أو مدرّسين.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — يتجاوز الطاقة</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>المدرّسون</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>يستطيع توجيه</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>لا مشرفين آخرين.</numerusform>
            <numerusform>مشرف آخر واحد ضمن الطاقة.</numerusform>
            <numerusform>مشرفان آخران ضمن الطاقة.</numerusform>
            <numerusform>%n مشرفين آخرين ضمن الطاقة.</numerusform>
            <numerusform>%n مشرفًا آخر ضمن الطاقة.</numerusform>
            <numerusform>%n مشرف آخر ضمن الطاقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>لا مدرّسين بلا مشرف: %1.</numerusform>
            <numerusform>مدرّس واحد بلا مشرف: %1.</numerusform>
            <numerusform>مدرّسان بلا مشرف: %1.</numerusform>
            <numerusform>%n مدرّسين بلا مشرف: %1.</numerusform>
            <numerusform>%n مدرّسًا بلا مشرف: %1.</numerusform>
            <numerusform>%n مدرّس بلا مشرف: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا أحد آخر</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n آخرون</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(حصة)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>المراجعة التشغيلية الأسبوعية — %1 — أسبوع %2</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>لم يبدأ هذا الأسبوع بعد: لا يوجد ما يُحصى.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>الأرقام من %1 حتى %2 (الأسبوع لم ينتهِ).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>الأرقام من %1 حتى %2.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>لم يُسجَّل أي حضور بعد هذا الأسبوع (الأسبوع الماضي %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>لم يُسجَّل أي حضور هذا الأسبوع ولا الأسبوع الماضي.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>حُضرت %1 من %2 حصة طالب</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>الحضور %1 (%2؛ لم يُسجَّل حضور الأسبوع الماضي).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>دون ارتفاع</numerusform>
            <numerusform>ارتفاع نقطة واحدة</numerusform>
            <numerusform>ارتفاع نقطتين</numerusform>
            <numerusform>ارتفاع %n نقاط</numerusform>
            <numerusform>ارتفاع %n نقطة</numerusform>
            <numerusform>ارتفاع %n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>دون انخفاض</numerusform>
            <numerusform>انخفاض نقطة واحدة</numerusform>
            <numerusform>انخفاض نقطتين</numerusform>
            <numerusform>انخفاض %n نقاط</numerusform>
            <numerusform>انخفاض %n نقطة</numerusform>
            <numerusform>انخفاض %n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>الحضور %1 (الأسبوع الماضي %2، %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>لم تُعقد أي حصة</numerusform>
            <numerusform>عُقدت حصة واحدة</numerusform>
            <numerusform>عُقدت حصتان</numerusform>
            <numerusform>عُقدت %n حصص</numerusform>
            <numerusform>عُقدت %n حصة</numerusform>
            <numerusform>عُقدت %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(ليس بينها حصص تعويضية)</numerusform>
            <numerusform>(منها حصة تعويضية واحدة)</numerusform>
            <numerusform>(منها حصتان تعويضيتان)</numerusform>
            <numerusform>(منها %n حصص تعويضية)</numerusform>
            <numerusform>(منها %n حصة تعويضية)</numerusform>
            <numerusform>(منها %n حصة تعويضية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>، لا ملغاة</numerusform>
            <numerusform>، واحدة ملغاة</numerusform>
            <numerusform>، اثنتان ملغاتان</numerusform>
            <numerusform>، %n ملغاة</numerusform>
            <numerusform>، %n ملغاة</numerusform>
            <numerusform>، %n ملغاة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>؛ لا حصص سابقة بلا حضور</numerusform>
            <numerusform>؛ حصة سابقة واحدة ما زالت بلا حضور</numerusform>
            <numerusform>؛ حصتان سابقتان ما زالتا بلا حضور</numerusform>
            <numerusform>؛ %n حصص سابقة ما زالت بلا حضور</numerusform>
            <numerusform>؛ %n حصة سابقة ما زالت بلا حضور</numerusform>
            <numerusform>؛ %n حصة سابقة ما زالت بلا حضور</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>الملغاة: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>نسبة الشغل %1: %2 من لا مجموعات نشطة لديها مدرّس نشط لديه تصريح.</numerusform>
            <numerusform>نسبة الشغل %1: %2 من مجموعة نشطة واحدة لديها مدرّس نشط لديه تصريح.</numerusform>
            <numerusform>نسبة الشغل %1: %2 من مجموعتين نشطتين لديهما مدرّس نشط لديه تصريح.</numerusform>
            <numerusform>نسبة الشغل %1: %2 من %n مجموعات نشطة لديها مدرّس نشط لديه تصريح.</numerusform>
            <numerusform>نسبة الشغل %1: %2 من %n مجموعة نشطة لديها مدرّس نشط لديه تصريح.</numerusform>
            <numerusform>نسبة الشغل %1: %2 من %n مجموعة نشطة لديها مدرّس نشط لديه تصريح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>لم يغطِّ بديل أي حصة</numerusform>
            <numerusform>غطّى بديل حصة واحدة</numerusform>
            <numerusform>غطّى بدلاء حصتين</numerusform>
            <numerusform>غطّى بدلاء %n حصص</numerusform>
            <numerusform>غطّى بدلاء %n حصة</numerusform>
            <numerusform>غطّى بدلاء %n حصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>؛ لم يغب أي مدرّس هذا الأسبوع.</numerusform>
            <numerusform>؛ غاب مدرّس واحد هذا الأسبوع.</numerusform>
            <numerusform>؛ غاب مدرّسان هذا الأسبوع.</numerusform>
            <numerusform>؛ غاب %n مدرّسين هذا الأسبوع.</numerusform>
            <numerusform>؛ غاب %n مدرّسًا هذا الأسبوع.</numerusform>
            <numerusform>؛ غاب %n مدرّس هذا الأسبوع.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>لا يوجد طالب عليه تنبيه بعدم الحضور أو بالحضور دون تحسن.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 لا يحضرون؛ %2 يحضرون جيدًا لكن لا يتحسنون.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>لا طلاب</numerusform>
            <numerusform>طالب واحد</numerusform>
            <numerusform>طالبان</numerusform>
            <numerusform>%n طلاب</numerusform>
            <numerusform>%n طالبًا</numerusform>
            <numerusform>%n طالب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>%1 محاولة، تم الوصول إلى %2 (%3)؛ أُرسل %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>لا تواصل مع الأسر</numerusform>
            <numerusform>تواصل واحد مع الأسر</numerusform>
            <numerusform>تواصلان مع الأسر</numerusform>
            <numerusform>%n حالات تواصل مع الأسر</numerusform>
            <numerusform>%n حالة تواصل مع الأسر</numerusform>
            <numerusform>%n حالة تواصل مع الأسر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>أسر لا طلاب</numerusform>
            <numerusform>أسرة طالب واحد</numerusform>
            <numerusform>أسرتا طالبين</numerusform>
            <numerusform>أسر %n طلاب</numerusform>
            <numerusform>أسر %n طالبًا</numerusform>
            <numerusform>أسر %n طالب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>لا خطابات</numerusform>
            <numerusform>خطاب واحد</numerusform>
            <numerusform>خطابان</numerusform>
            <numerusform>%n خطابات</numerusform>
            <numerusform>%n خطابًا</numerusform>
            <numerusform>%n خطاب</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>لا يوجد إجراء بروتوكول متأخر.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>لا إجراءات بروتوكول متأخرة.</numerusform>
            <numerusform>إجراء بروتوكول واحد متأخر؛ الأقدم:</numerusform>
            <numerusform>إجراءا بروتوكول متأخران؛ الأقدم:</numerusform>
            <numerusform>%n إجراءات بروتوكول متأخرة؛ الأقدم:</numerusform>
            <numerusform>%n إجراءً من إجراءات البروتوكول متأخرًا؛ الأقدم:</numerusform>
            <numerusform>%n إجراء بروتوكول متأخر؛ الأقدم:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>لا إجراءات بروتوكول متأخرة:</numerusform>
            <numerusform>إجراء بروتوكول واحد متأخر:</numerusform>
            <numerusform>إجراءا بروتوكول متأخران:</numerusform>
            <numerusform>%n إجراءات بروتوكول متأخرة:</numerusform>
            <numerusform>%n إجراءً من إجراءات البروتوكول متأخرًا:</numerusform>
            <numerusform>%n إجراء بروتوكول متأخر:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الحصص</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>بلا مدرّس: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>المدرّسون لكل مشرف</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>التواصل مع الأسر</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>تنبيهات التقدم</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>الإجراءات المتأخرة</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>بلا مدرّس: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: %2 مدرّسين، يستطيع توجيه %3 — يتجاوز الطاقة</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: %2 مدرّسين، يستطيع توجيه %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>لا مدرّسين بلا مشرف: %1</numerusform>
            <numerusform>مدرّس واحد بلا مشرف: %1</numerusform>
            <numerusform>مدرّسان بلا مشرف: %1</numerusform>
            <numerusform>%n مدرّسين بلا مشرف: %1</numerusform>
            <numerusform>%n مدرّسًا بلا مشرف: %1</numerusform>
            <numerusform>%n مدرّس بلا مشرف: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2، مستحق %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ الأسبوع السابق(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>هذا الأسبوع(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>الأسبوع التالي ▶(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ كملف PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>اطبع المراجعة في صفحة واحدة للاجتماع الأسبوعي</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>احفظ المراجعة كملف PDF من صفحة واحدة</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>تعذّرت قراءة المراجعة: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>المراجعة الأسبوعية %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>مرحبًا بك في TutorDesk</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>أدِر برنامج دروس التقوية في مدرستك حسب الاحتياج: من يحصل على مقعد، ومن يدرّسه ومتى، وهل يحقق ذلك نتيجة.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>إعداد مدرستي(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>أدخل اسم مدرستك ورمزها وتواريخ العام الدراسي. يستغرق ذلك دقيقة.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>فتح قاعدة بيانات موجودة(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>افتح ملف TutorDesk (.tutordesk)، مثل ملف منسوخ من حاسوب آخر أو نسخة احتياطية.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>استكشاف مدرسة تجريبية(&amp;E)</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>جرّب TutorDesk على مدرسة افتراضية فيها نحو 600 طالب. تبقى بيانات مدرستك منفصلة.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>يحفظ TutorDesk بيانات مدرستك في ملف واحد على هذا الحاسوب ويعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
</context>
</TS>
