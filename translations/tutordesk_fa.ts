<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>tutordesk::AboutBox</name>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;School:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Data version:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مدرسه:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;پایگاه داده:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;نسخه داده‌ها:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;Intensive tutoring, run by need: who gets a seat, who tutors them and when, who attended, and whether it works.&lt;/p&gt;%2&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TutorDesk %1&lt;/h3&gt;&lt;p&gt;آموزش تقویتی فشرده بر اساس نیاز: چه کسی جایگاه می‌گیرد، چه کسی و چه زمانی به او آموزش می‌دهد، چه کسی حاضر بود و آیا نتیجه می‌دهد.&lt;/p&gt;%2&lt;p&gt;ساخته‌شده با Qt %3 (در حال اجرا روی Qt %4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About TutorDesk</source>
        <translation>درباره TutorDesk</translation>
    </message>
</context>
<context>
    <name>tutordesk::ActionPanel</name>
    <message>
        <source>Selected action</source>
        <translation>اقدام انتخاب‌شده</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>روش ارسال</translation>
    </message>
    <message>
        <source>&amp;Log Contact…</source>
        <translation>ثبت تماس(&amp;L)…</translation>
    </message>
    <message>
        <source>Log the call, text or visit; saving resolves the action</source>
        <translation>تماس تلفنی، پیامک یا دیدار را ثبت کنید؛ با ذخیره، اقدام انجام‌شده به حساب می‌آید</translation>
    </message>
    <message>
        <source>Schedule &amp;Make-up…</source>
        <translation>برنامه‌ریزی جلسه جبرانی(&amp;M)…</translation>
    </message>
    <message>
        <source>A make-up session for this student</source>
        <translation>یک جلسه جبرانی برای این دانش‌آموز</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer Seat…</source>
        <translation>تعلیق و پیشنهاد جایگاه(&amp;P)…</translation>
    </message>
    <message>
        <source>Pause the seat and offer it to the top of the waitlist</source>
        <translation>جایگاه را معلق کنید و آن را به نفر اول فهرست انتظار پیشنهاد دهید</translation>
    </message>
    <message>
        <source>Find &amp;Cover…</source>
        <translation>یافتن جایگزین(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the session on the Schedule page</source>
        <translation>باز کردن جلسه در صفحه برنامه زمانی</translation>
    </message>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>نوشتن نامه(&amp;W)…</translation>
    </message>
    <message>
        <source>Print or save a missed-session letter in the family&apos;s language; it is logged as a contact</source>
        <translation>نامه غیبت در جلسه را به زبان خانواده چاپ یا ذخیره کنید؛ به‌عنوان تماس ثبت می‌شود</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>انجام شد(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark the action done, with a note</source>
        <translation>اقدام را همراه با یادداشت انجام‌شده علامت بزنید</translation>
    </message>
    <message>
        <source>Not &amp;Needed…</source>
        <translation>لازم نیست(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark the action not needed, with a note saying why</source>
        <translation>اقدام را غیرلازم علامت بزنید، همراه با یادداشتی درباره دلیل آن</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>هیچ اقدامی انتخاب نشده است</translation>
    </message>
    <message>
        <source>Choose an action on the left to see the family and what resolves it.</source>
        <translation>یک اقدام را از سمت راست انتخاب کنید تا خانواده و راه انجام آن را ببینید.</translation>
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
        <translation>ولی ثبت نشده است</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>خانواده: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تلفن: %1</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>روش ترجیحی: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>ایمیل: %1</translation>
    </message>
    <message>
        <source>The dosage could not be read: %1</source>
        <translation>میزان آموزش خوانده نشد: %1</translation>
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
        <translation>مدرسه نمایشی ساخته نشد. %1</translation>
    </message>
    <message>
        <source>Open a TutorDesk Database</source>
        <translation>باز کردن پایگاه داده TutorDesk</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1);;All files (*)</source>
        <translation>پایگاه‌های داده TutorDesk (*.%1);;همه فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentDialog</name>
    <message>
        <source>The student could not be read: %1</source>
        <translation>اطلاعات دانش‌آموز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Assessments — %1</source>
        <translation>ارزیابی‌ها — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Skill or test</source>
        <translation>مهارت یا آزمون</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <source>Placement, group or notes</source>
        <translation>جایابی، گروه یا یادداشت‌ها</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>سابقه ارزیابی</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>حذف مورد انتخاب‌شده(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove an assessment entered by mistake.</source>
        <translation>حذف ارزیابی‌ای که اشتباهی وارد شده است.</translation>
    </message>
    <message>
        <source>Tutor &amp;observation</source>
        <translation>مشاهده مربی(&amp;O)</translation>
    </message>
    <message>
        <source>Student &amp;confidence</source>
        <translation>اعتمادبه‌نفس دانش‌آموز(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>آزمون معیار(&amp;B)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بدون گروه</translation>
    </message>
    <message>
        <source>The student&apos;s groups could not be read: %1</source>
        <translation>گروه‌های دانش‌آموز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>بدون رتبه</translation>
    </message>
    <message>
        <source>1 — beginning</source>
        <translation>۱ — آغازین</translation>
    </message>
    <message>
        <source>2 — developing</source>
        <translation>۲ — در حال پیشرفت</translation>
    </message>
    <message>
        <source>3 — secure</source>
        <translation>۳ — پایدار</translation>
    </message>
    <message>
        <source>4 — independent</source>
        <translation>۴ — مستقل</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>رتبه:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Record Observation</source>
        <translation>ثبت مشاهده</translation>
    </message>
    <message>
        <source>1 — not at all sure</source>
        <translation>۱ — اصلاً مطمئن نیست</translation>
    </message>
    <message>
        <source>2 — a little sure</source>
        <translation>۲ — کمی مطمئن</translation>
    </message>
    <message>
        <source>3 — somewhat sure</source>
        <translation>۳ — تا حدی مطمئن</translation>
    </message>
    <message>
        <source>4 — sure</source>
        <translation>۴ — مطمئن</translation>
    </message>
    <message>
        <source>5 — very sure</source>
        <translation>۵ — خیلی مطمئن</translation>
    </message>
    <message>
        <source>How sure the student feels:</source>
        <translation>دانش‌آموز چقدر احساس اطمینان می‌کند:</translation>
    </message>
    <message>
        <source>Record Rating</source>
        <translation>ثبت رتبه</translation>
    </message>
    <message>
        <source>e.g. i-Ready Diagnostic</source>
        <translation>مثلاً i-Ready Diagnostic</translation>
    </message>
    <message>
        <source>e.g. 2 grade levels below</source>
        <translation>مثلاً ۲ پایه پایین‌تر</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>وارد نشده</translation>
    </message>
    <message>
        <source>Grade levels below grade; negative when above grade.</source>
        <translation>تعداد پایه‌های پایین‌تر از پایه؛ اگر بالاتر از پایه باشد منفی.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>درس:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>آزمون:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <source>Scale score:</source>
        <translation>نمره مقیاس‌شده:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>جایابی:</translation>
    </message>
    <message>
        <source>Grade levels below:</source>
        <translation>پایه‌های پایین‌تر:</translation>
    </message>
    <message>
        <source>Record Benchmark</source>
        <translation>ثبت آزمون معیار</translation>
    </message>
    <message>
        <source>The assessments could not be read: %1</source>
        <translation>ارزیابی‌ها خوانده نشد: %1</translation>
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
        <translation>مشاهده ثبت نشد: %1</translation>
    </message>
    <message>
        <source>Observation recorded for %1.</source>
        <translation>مشاهده برای %1 ثبت شد.</translation>
    </message>
    <message>
        <source>The rating was not recorded: %1</source>
        <translation>رتبه ثبت نشد: %1</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 recorded.</source>
        <translation>اعتمادبه‌نفس %1 از ۵ ثبت شد.</translation>
    </message>
    <message>
        <source>The benchmark was not recorded: %1</source>
        <translation>آزمون معیار ثبت نشد: %1</translation>
    </message>
    <message>
        <source>%1 benchmark recorded.</source>
        <translation>آزمون معیار %1 ثبت شد.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 از %2 (%3)</translation>
    </message>
    <message>
        <source>Remove Assessment?</source>
        <translation>ارزیابی حذف شود؟</translation>
    </message>
    <message>
        <source>Remove the %1? Only do this for one entered by mistake.</source>
        <translation>%1 حذف شود؟ فقط برای موردی که اشتباهی وارد شده این کار را انجام دهید.</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>ارزیابی حذف شد.</translation>
    </message>
    <message>
        <source>What the tutor saw, e.g. “Uses arrays for 6×7 without a prompt”</source>
        <translation>آنچه مربی دید، مثلاً «بدون راهنمایی برای 6×7 از آرایه استفاده می‌کند»</translation>
    </message>
</context>
<context>
    <name>tutordesk::AssessmentText</name>
    <message>
        <source>Skill probe</source>
        <translation>سنجش مهارت</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>آزمون معیار</translation>
    </message>
    <message>
        <source>Tutor observation</source>
        <translation>مشاهده مربی</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>اعتمادبه‌نفس</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>پیش‌آزمون</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>پس‌آزمون</translation>
    </message>
    <message>
        <source>Beginning of year</source>
        <translation>ابتدای سال</translation>
    </message>
    <message>
        <source>Middle of year</source>
        <translation>میانه سال</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>پایان سال</translation>
    </message>
</context>
<context>
    <name>tutordesk::Assessments</name>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>دانش‌آموز %1 وجود ندارد (ممکن است حذف شده باشد). صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment.</source>
        <translation>روز ارزیابی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter an assessment on or after its day.</source>
        <translation>%1 در آینده است. ارزیابی را در همان روز یا پس از آن وارد کنید.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>گروه %1 وجود ندارد (ممکن است حذف شده باشد). گروه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The assessment could not be saved in %1: %2</source>
        <translation>ارزیابی در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>Write what the tutor observed: an observation needs notes.</source>
        <translation>آنچه مربی مشاهده کرد را بنویسید: مشاهده نیاز به یادداشت دارد.</translation>
    </message>
    <message>
        <source>The observation rating is %1; it must be 1 to 4, or none.</source>
        <translation>رتبه مشاهده %1 است؛ باید از ۱ تا ۴ یا خالی باشد.</translation>
    </message>
    <message>
        <source>The confidence rating is %1; it must be 1 (not at all) to 5 (very).</source>
        <translation>رتبه اعتمادبه‌نفس %1 است؛ باید از ۱ (اصلاً) تا ۵ (خیلی) باشد.</translation>
    </message>
    <message>
        <source>Choose the benchmark&apos;s subject.</source>
        <translation>درس آزمون معیار را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Name the benchmark test, e.g. i-Ready Diagnostic.</source>
        <translation>نام آزمون معیار را بنویسید، مثلاً i-Ready Diagnostic.</translation>
    </message>
    <message>
        <source>Choose the test window: beginning, middle or end of year.</source>
        <translation>دوره آزمون را انتخاب کنید: ابتدا، میانه یا پایان سال.</translation>
    </message>
    <message>
        <source>The scale score %1 is below 0. Check the score report.</source>
        <translation>نمره مقیاس‌شده %1 کمتر از ۰ است. گزارش نمره را بررسی کنید.</translation>
    </message>
    <message>
        <source>Grade levels below is %1; it must be between -3 (above grade) and 12.</source>
        <translation>پایه‌های پایین‌تر %1 است؛ باید بین -3 (بالاتر از پایه) و ۱۲ باشد.</translation>
    </message>
    <message>
        <source>That assessment is already gone (someone may have removed it). Reload the page.</source>
        <translation>آن ارزیابی دیگر وجود ندارد (ممکن است کسی آن را حذف کرده باشد). صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The assessment could not be removed from %1: %2</source>
        <translation>ارزیابی از %1 حذف نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::Attendance</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>%1 was present at %2: the minutes attended must be between 1 and %3, not %4.</source>
        <translation>%1 در %2 حاضر بود: دقیقه‌های حضور باید بین ۱ و %3 باشد، نه %4.</translation>
    </message>
    <message>
        <source>%1 is only %2 minutes long: record %3 as present or absent.</source>
        <translation>%1 فقط %2 دقیقه است: %3 را حاضر یا غایب ثبت کنید.</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: give the minutes they attended (1 to %3).</source>
        <translation>%1 با تأخیر به %2 آمد: دقیقه‌های حضور او را وارد کنید (۱ تا %3).</translation>
    </message>
    <message>
        <source>%1 was tardy to %2: the minutes attended must be between 1 and %3, not %4 (a student who attended all %5 minutes is present).</source>
        <translation>%1 با تأخیر به %2 آمد: دقیقه‌های حضور باید بین ۱ و %3 باشد، نه %4 (دانش‌آموزی که در همه %5 دقیقه حضور داشته، حاضر است).</translation>
    </message>
    <message>
        <source>%1 is on %2: attendance can be taken from that day on.</source>
        <translation>%1 در تاریخ %2 است: حضور و غیاب از همان روز به بعد قابل ثبت است.</translation>
    </message>
    <message>
        <source>%1 was cancelled: a cancelled session has no attendance. Restore it on the Schedule page first, or record the students at a make-up.</source>
        <translation>%1 لغو شده است: جلسه لغوشده حضور و غیاب ندارد. ابتدا آن را در صفحه برنامه زمانی بازگردانید، یا دانش‌آموزان را در یک جلسه جبرانی ثبت کنید.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the attendance sheet.</source>
        <translation>دانش‌آموز %1 وجود ندارد (ممکن است حذف شده باشد). برگه حضور و غیاب را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 is not on the sheet of %2: only the group&apos;s students (or the students a make-up is for) can be recorded there.</source>
        <translation>%1 در برگه %2 نیست: فقط دانش‌آموزان گروه (یا دانش‌آموزانی که جلسه جبرانی برای آنهاست) در آنجا ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>%1 is marked twice for %2: keep one mark.</source>
        <translation>%1 برای %2 دو بار علامت خورده است: فقط یک علامت را نگه دارید.</translation>
    </message>
    <message>
        <source>%1 is past: changing what was recorded for it needs a reason, which the audit log keeps with who changed it and when. Give the reason for the change.</source>
        <translation>%1 گذشته است: تغییر آنچه برای آن ثبت شده نیاز به دلیل دارد که گزارش ممیزی آن را همراه با نام تغییردهنده و زمان تغییر نگه می‌دارد. دلیل تغییر را بنویسید.</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>جلسه %1</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>جلسه %1 وجود ندارد (ممکن است حذف شده باشد). برنامه زمانی را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The attendance of %1 could not be saved in %2: %3</source>
        <translation>حضور و غیاب %1 در %2 ذخیره نشد: %3</translation>
    </message>
    <message>
        <source>No session &quot;%1&quot; in this school. `tutordesk-cli schedule --json` lists them.</source>
        <translation>جلسه «%1» در این مدرسه وجود ندارد. `tutordesk-cli schedule --json` فهرست آنها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>No student &quot;%1&quot; in this school: give the student&apos;s district id.</source>
        <translation>دانش‌آموز «%1» در این مدرسه وجود ندارد: شناسه منطقه آموزشی دانش‌آموز را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceDialog</name>
    <message>
        <source>&amp;All Present</source>
        <translation>همه حاضر(&amp;A)</translation>
    </message>
    <message>
        <source>Take Attendance</source>
        <translation>ثبت حضور و غیاب</translation>
    </message>
    <message>
        <source>Skill covered</source>
        <translation>مهارت کارشده</translation>
    </message>
    <message>
        <source>What the session worked on</source>
        <translation>آنچه در جلسه روی آن کار شد</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>دلیل تغییر</translation>
    </message>
    <message>
        <source>Required: why this past record changes (kept in the audit log)</source>
        <translation>الزامی: چرا این سابقه گذشته تغییر می‌کند (در گزارش ممیزی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>S&amp;kill covered:</source>
        <translation>مهارت کارشده(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>دلیل تغییر(&amp;R):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Save the attendance (%1)</source>
        <translation>ذخیره حضور و غیاب (%1)</translation>
    </message>
    <message>
        <source>Mark every student not marked yet as present (A on the sheet, or %1)</source>
        <translation>همه دانش‌آموزانی را که هنوز علامت نخورده‌اند حاضر علامت بزنید (A در برگه، یا %1)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;T&lt;/b&gt; tardy, then the minutes · &lt;b&gt;E&lt;/b&gt; absent, excused · &lt;b&gt;U&lt;/b&gt; absent, unexcused&lt;br&gt;&lt;b&gt;A&lt;/b&gt; everyone else present · &lt;b&gt;Space&lt;/b&gt; absent from school · &lt;b&gt;%1&lt;/b&gt; save</source>
        <translation>&lt;b&gt;P&lt;/b&gt; حاضر · &lt;b&gt;T&lt;/b&gt; با تأخیر، سپس دقیقه‌ها · &lt;b&gt;E&lt;/b&gt; غایب موجه · &lt;b&gt;U&lt;/b&gt; غایب غیرموجه&lt;br&gt;&lt;b&gt;A&lt;/b&gt; بقیه حاضر · &lt;b&gt;Space&lt;/b&gt; غایب از مدرسه · &lt;b&gt;%1&lt;/b&gt; ذخیره</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>The session&apos;s attendance could not be read: %1</source>
        <translation>حضور و غیاب جلسه خوانده نشد: %1</translation>
    </message>
    <message>
        <source>This session no longer exists. Close this window and choose another session.</source>
        <translation>این جلسه دیگر وجود ندارد. این پنجره را ببندید و جلسه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No session&lt;/b&gt;</source>
        <translation>&lt;b&gt;جلسه‌ای نیست&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attendance — %1</source>
        <translation>حضور و غیاب — %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1، به جای %2</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>کلاس مشخص نشده</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</source>
        <comment>group, when · tutor · room</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Target skill: %1</source>
        <translation>&lt;br&gt;مهارت هدف: %1</translation>
    </message>
    <message>
        <source>Nobody is expected at this session: its group has no students that day.</source>
        <translation>در این جلسه انتظار حضور کسی نمی‌رود: گروه آن در آن روز دانش‌آموزی ندارد.</translation>
    </message>
    <message>
        <source>Mark the students first: P present, T tardy, E excused, U unexcused.</source>
        <translation>ابتدا دانش‌آموزان را علامت بزنید: P حاضر، T با تأخیر، E موجه، U غیرموجه.</translation>
    </message>
    <message>
        <source>This changes attendance already recorded for a past session: give a reason for the change. The audit log keeps it.</source>
        <translation>این کار حضور و غیاب ثبت‌شده یک جلسه گذشته را تغییر می‌دهد: دلیل تغییر را بنویسید. گزارش ممیزی آن را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Discard Attendance?</source>
        <translation>حضور و غیاب کنار گذاشته شود؟</translation>
    </message>
    <message>
        <source>The attendance you entered for this session is not saved yet.</source>
        <translation>حضور و غیابی که برای این جلسه وارد کرده‌اید هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Discard it, or go back and save it with %1.</source>
        <translation>آن را کنار بگذارید، یا برگردید و با %1 ذخیره‌اش کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tardy</source>
        <translation>
            <numerusform>%n با تأخیر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n غایب</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Attendance updated for %1: %2.</source>
        <translation>حضور و غیاب %1 به‌روز شد: %2.</translation>
    </message>
    <message>
        <source>Attendance saved for %1: %2.</source>
        <translation>حضور و غیاب %1 ذخیره شد: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) due.</source>
        <translation>
            <numerusform>%n اقدام پیگیری سررسیده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s) no longer needed.</source>
        <translation>
            <numerusform>%n اقدام پیگیری دیگر لازم نیست.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetDelegate</name>
    <message>
        <source>Minutes attended</source>
        <translation>دقیقه‌های حضور</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetModel</name>
    <message>
        <source>District id %1</source>
        <translation>شناسه منطقه آموزشی %1</translation>
    </message>
    <message>
        <source>Absent from school that day, not only from tutoring (Space)</source>
        <translation>در آن روز از مدرسه غایب بود، نه فقط از کلاس تقویتی (Space)</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>علامت‌نخورده</translation>
    </message>
    <message>
        <source>P present · T tardy · E absent, excused · U absent, unexcused</source>
        <translation>P حاضر · T با تأخیر · E غایب موجه · U غایب غیرموجه</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>دقیقه‌ها را وارد کنید</translation>
    </message>
    <message numerus="yes">
        <source>Minutes attended, less than the session&apos;s %n minute(s)</source>
        <translation>
            <numerusform>دقیقه‌های حضور، کمتر از %n دقیقه جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes attended (the session&apos;s length unless the student left early)</source>
        <translation>دقیقه‌های حضور (طول جلسه، مگر اینکه دانش‌آموز زودتر رفته باشد)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Absent from school</source>
        <translation>غایب از مدرسه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>tutordesk::AttendanceSheetView</name>
    <message>
        <source>Attendance sheet</source>
        <translation>برگه حضور و غیاب</translation>
    </message>
    <message>
        <source>P present · T tardy (then type the minutes) · E absent, excused · U absent, unexcused
A: everyone not marked is present · Space: absent from school · Ctrl+Enter: save</source>
        <translation>P حاضر · T با تأخیر (سپس دقیقه‌ها را وارد کنید) · E غایب موجه · U غایب غیرموجه
A: همه علامت‌نخورده‌ها حاضرند · Space: غایب از مدرسه · Ctrl+Enter: ذخیره</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>علامت‌نخورده</translation>
    </message>
    <message>
        <source>Type minutes</source>
        <translation>دقیقه‌ها را وارد کنید</translation>
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
        <translation>با تأخیر</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>غایب، موجه</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>غایب، غیرموجه</translation>
    </message>
</context>
<context>
    <name>tutordesk::AvailabilityEditor</name>
    <message>
        <source>Add &amp;Time</source>
        <translation>افزودن زمان(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Ti&amp;me</source>
        <translation>حذف زمان(&amp;M)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>زمان‌های آزاد هفتگی</translation>
    </message>
    <message>
        <source>Add a day and the hours the tutor can teach on it</source>
        <translation>یک روز و ساعت‌هایی که مربی در آن روز می‌تواند درس بدهد را اضافه کنید</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>حذف ردیف انتخاب‌شده</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>آزاد از</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>آزاد تا</translation>
    </message>
</context>
<context>
    <name>tutordesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>tutordesk::BundleExport</name>
    <message>
        <source>There is no school in this database yet, so there is nothing to export. Create the school (Settings ▸ School) first.</source>
        <translation>هنوز مدرسه‌ای در این پایگاه داده نیست، بنابراین چیزی برای صدور وجود ندارد. ابتدا مدرسه را بسازید (تنظیمات ▸ مدرسه).</translation>
    </message>
    <message>
        <source>The export was asked without a time. This is a fault in TutorDesk: please report it.</source>
        <translation>صدور بدون زمان درخواست شد. این یک ایراد در TutorDesk است: لطفاً آن را گزارش دهید.</translation>
    </message>
    <message>
        <source>The bundle could not be made: the database refused (%1). Nothing was put in the outbox; try again, and if it keeps failing, check the disk.</source>
        <translation>بسته ساخته نشد: پایگاه داده نپذیرفت (%1). چیزی در صندوق خروجی قرار نگرفت؛ دوباره تلاش کنید و اگر باز هم نشد، دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was put in the outbox.</source>
        <translation>صدور لغو شد. چیزی در صندوق خروجی قرار نگرفت.</translation>
    </message>
    <message>
        <source>The bundle&apos;s zip could not be written (out of memory?). Close other programs and export again.</source>
        <translation>فایل zip بسته نوشته نشد (حافظه کم است؟). برنامه‌های دیگر را ببندید و دوباره صادر کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDayDialog</name>
    <message>
        <source>First day</source>
        <translation>نخستین روز</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخرین روز</translation>
    </message>
    <message>
        <source>Add Day Off</source>
        <translation>افزودن روز تعطیل</translation>
    </message>
    <message>
        <source>Edit Calendar Days</source>
        <translation>ویرایش روزهای تقویم</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>نوع روز</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions; minimum days have shorter ones</source>
        <translation>تعطیلات رسمی، تعطیلات میان‌ترم و روزهای بدون آموزش جلسه ندارند؛ روزهای کوتاه جلسه‌های کوتاه‌تری دارند</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>e.g. Veterans Day, Winter break, Parent conferences</source>
        <translation>مثلاً روز کهنه‌سربازان، تعطیلات زمستانی، جلسه اولیا و مربیان</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>شرح(&amp;D):</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 تا %2 (%n روز)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days being changed</source>
        <translation>روزهای در حال تغییر</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>روزها:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تا(&amp;T):</translation>
    </message>
    <message>
        <source>How many school days this covers</source>
        <translation>این بازه چند روز مدرسه را در بر می‌گیرد</translation>
    </message>
    <message>
        <source>No weekdays in this range: weekends are never school days.</source>
        <translation>در این بازه روز کاری وجود ندارد: آخر هفته هرگز روز مدرسه نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n weekday(s); weekends are skipped.</source>
        <translation>
            <numerusform>%n روز کاری را در بر می‌گیرد؛ آخر هفته‌ها نادیده گرفته می‌شوند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarEditor</name>
    <message>
        <source>A day in the list has no date. Enter the date.</source>
        <translation>یکی از روزهای فهرست تاریخ ندارد. تاریخ را وارد کنید.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2 to %3). Choose a day in the year, or change the year&apos;s dates first.</source>
        <translation>%1 خارج از سال تحصیلی است (%2 تا %3). روزی در این سال انتخاب کنید، یا ابتدا تاریخ‌های سال را تغییر دهید.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Choose a weekday.</source>
        <translation>%1 آخر هفته است؛ تقویم فقط روزهای کاری را فهرست می‌کند. یک روز کاری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: choose school day, minimum day, holiday, break or non-instructional day.</source>
        <translation>%1: روز مدرسه، روز کوتاه، تعطیل رسمی، تعطیلات یا روز بدون آموزش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no school year yet. Set up the school first, then its calendar.</source>
        <translation>هنوز سال تحصیلی وجود ندارد. ابتدا مدرسه و سپس تقویم آن را تنظیم کنید.</translation>
    </message>
    <message>
        <source>The calendar could not be saved in %1: %2</source>
        <translation>تقویم در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>Sessions on a minimum day can last %1 to %2 minutes, not %3. Change the minutes.</source>
        <translation>جلسه‌های روز کوتاه می‌توانند %1 تا %2 دقیقه باشند، نه %3. دقیقه‌ها را تغییر دهید.</translation>
    </message>
    <message>
        <source>The minimum day length could not be saved in %1: %2</source>
        <translation>طول روز کوتاه در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarImport</name>
    <message>
        <source>There is no school year yet to import %1 into. Set up the school first.</source>
        <translation>هنوز سال تحصیلی‌ای برای وارد کردن %1 در آن وجود ندارد. ابتدا مدرسه را تنظیم کنید.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The file has no date column. Name the column of days &quot;Date&quot; (the first line of the file holds the column names).</source>
        <translation>فایل ستون تاریخ ندارد. ستون روزها را «Date» بنامید (خط اول فایل نام ستون‌ها را دارد).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The file has no kind column. Add a column &quot;Kind&quot; saying holiday, break, minimum day, non-instructional or instructional for each line.</source>
        <translation>فایل ستون نوع ندارد. ستونی به نام «Kind» اضافه کنید که برای هر خط holiday، break، minimum day، non-instructional یا instructional را بگوید.</translation>
    </message>
    <message>
        <source>the school year runs %1 to %2</source>
        <translation>سال تحصیلی از %1 تا %2 است</translation>
    </message>
    <message>
        <source>The date is missing. Enter the day as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>تاریخ وجود ندارد. روز را به‌صورت YYYY-MM-DD (2026-11-11) یا M/D/YYYY (11/11/2026) وارد کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-11-11) or M/D/YYYY (11/11/2026).</source>
        <translation>«%1» تاریخ نیست. آن را به‌صورت YYYY-MM-DD (2026-11-11) یا M/D/YYYY (11/11/2026) بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day of the range as YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.</source>
        <translation>«%1» تاریخ نیست. آخرین روز بازه را به‌صورت YYYY-MM-DD یا M/D/YYYY بنویسید، یا برای یک روز آن را خالی بگذارید.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2). Swap the two dates.</source>
        <translation>بازه (%1) پیش از شروعش (%2) تمام می‌شود. دو تاریخ را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>The kind of day is missing.</source>
        <translation>نوع روز وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of day.</source>
        <translation>«%1» یک نوع روز نیست.</translation>
    </message>
    <message>
        <source>Write holiday, break, minimum day, non-instructional or instructional.</source>
        <translation>holiday، break، minimum day، non-instructional یا instructional بنویسید.</translation>
    </message>
    <message>
        <source>%1 is outside the school year (%2). Correct the date or remove the line.</source>
        <translation>%1 خارج از سال تحصیلی است (%2). تاریخ را اصلاح کنید یا خط را حذف کنید.</translation>
    </message>
    <message>
        <source>%1 is a weekend day; the calendar lists weekdays only. Correct the date or remove the line.</source>
        <translation>%1 آخر هفته است؛ تقویم فقط روزهای کاری را فهرست می‌کند. تاریخ را اصلاح کنید یا خط را حذف کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>از %n خط بدون مقدار در هیچ ستونی صرف‌نظر شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n weekend day(s) inside the ranges: weekends are never school days.</source>
        <translation>
            <numerusform>از %n روز آخر هفته درون بازه‌ها صرف‌نظر شد: آخر هفته هرگز روز مدرسه نیست.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no label column, so the days have no names. Add a &quot;Label&quot; column (&quot;Veterans Day&quot;) to show them in the calendar.</source>
        <translation>فایل ستون برچسب ندارد، بنابراین روزها نامی ندارند. ستونی به نام «Label» («Veterans Day») اضافه کنید تا نام آنها در تقویم نشان داده شود.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 وارد نشد: %2</translation>
    </message>
    <message>
        <source>Sessions from %1 on: %2 added, %3 removed, %4 changed.</source>
        <translation>جلسه‌ها از %1 به بعد: %2 اضافه، %3 حذف، %4 تغییر.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarMonthView</name>
    <message>
        <source>School year, a month at a time</source>
        <translation>سال تحصیلی، ماه به ماه</translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarPage</name>
    <message>
        <source>&amp;Add Day Off…</source>
        <translation>افزودن روز تعطیل(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>ویرایش(&amp;D)…</translation>
    </message>
    <message>
        <source>Make &amp;School Day</source>
        <translation>تبدیل به روز مدرسه(&amp;S)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>وارد کردن(&amp;M)…</translation>
    </message>
    <message>
        <source>School days this year</source>
        <translation>روزهای مدرسه امسال</translation>
    </message>
    <message>
        <source>Add a holiday, a break, a minimum day or a non-instructional day</source>
        <translation>افزودن تعطیل رسمی، تعطیلات، روز کوتاه یا روز بدون آموزش</translation>
    </message>
    <message>
        <source>Change the kind or description of the selected days (double-click or Enter)</source>
        <translation>تغییر نوع یا شرح روزهای انتخاب‌شده (دوبار کلیک یا Enter)</translation>
    </message>
    <message>
        <source>Make the selected days ordinary school days again; their sessions come back</source>
        <translation>روزهای انتخاب‌شده دوباره روز عادی مدرسه شوند؛ جلسه‌هایشان برمی‌گردد</translation>
    </message>
    <message>
        <source>Bring in the calendar your district sends, saved as CSV</source>
        <translation>وارد کردن تقویمی که منطقه آموزشی می‌فرستد، ذخیره‌شده به‌صورت CSV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Holidays, breaks and minimum days</source>
        <translation>تعطیلات و روزهای کوتاه</translation>
    </message>
    <message numerus="yes">
        <source>Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on follow it.</source>
        <translation>
            <numerusform>تقویم وارد شد: %n روز جدید، %1 تغییر، %2 بدون تغییر. جلسه‌ها از امروز به بعد از آن پیروی می‌کنند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>تقویم خوانده نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s)</source>
        <translation>
            <numerusform>%n روز مدرسه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) and break day(s)</source>
        <translation>
            <numerusform>%n روز تعطیل رسمی و تعطیلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minimum day(s)</source>
        <translation>
            <numerusform>%n روز کوتاه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-instructional day(s)</source>
        <translation>
            <numerusform>%n روز بدون آموزش</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No school year yet. Set up your school with the first and last day of the year, then add its holidays here.</source>
        <translation>هنوز سال تحصیلی وجود ندارد. مدرسه خود را با نخستین و آخرین روز سال تنظیم کنید، سپس تعطیلات آن را اینجا اضافه کنید.</translation>
    </message>
    <message>
        <source>No holidays or breaks yet. Add your days off, or import the calendar your district sends.</source>
        <translation>هنوز تعطیلی ثبت نشده است. روزهای تعطیل خود را اضافه کنید، یا تقویمی را که منطقه آموزشی می‌فرستد وارد کنید.</translation>
    </message>
    <message>
        <source>Nothing was saved: the dates chosen are all weekends.</source>
        <translation>چیزی ذخیره نشد: همه تاریخ‌های انتخاب‌شده آخر هفته هستند.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>تقویم ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>وارد کردن تقویم</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read.</source>
        <translation>
            <numerusform>%n خط خوانده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today on will follow the new calendar.</source>
        <translation>%1 در فایل: %2 جدید، %3 تغییر، %4 از قبل در تقویم. جلسه‌ها از امروز به بعد از تقویم جدید پیروی می‌کنند.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n روز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CalendarSidePanel</name>
    <message>
        <source>Appl&amp;y</source>
        <translation>اعمال(&amp;Y)</translation>
    </message>
    <message>
        <source>Holiday or break</source>
        <translation>تعطیل رسمی یا تعطیلات</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>روز کوتاه</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>روز بدون آموزش</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>آخر هفته</translation>
    </message>
    <message>
        <source>The chosen day</source>
        <translation>روز انتخاب‌شده</translation>
    </message>
    <message>
        <source>Minimum-day sessions &amp;last at most:</source>
        <translation>حداکثر طول جلسه‌های روز کوتاه(&amp;L):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Longest session on a minimum day, in minutes</source>
        <translation>طولانی‌ترین جلسه در روز کوتاه، به دقیقه</translation>
    </message>
    <message>
        <source>Longer sessions are shortened to this on minimum days</source>
        <translation>جلسه‌های طولانی‌تر در روزهای کوتاه به این اندازه کوتاه می‌شوند</translation>
    </message>
    <message>
        <source>Shorten or lengthen the minimum-day sessions from today on</source>
        <translation>کوتاه یا بلند کردن جلسه‌های روز کوتاه از امروز به بعد</translation>
    </message>
    <message>
        <source>Holidays, breaks and non-instructional days have no sessions. Every change moves the sessions from today on; sessions already held, and their attendance, stay as they were.</source>
        <translation>تعطیلات رسمی، تعطیلات میان‌ترم و روزهای بدون آموزش جلسه ندارند. هر تغییر، جلسه‌ها را از امروز به بعد جابه‌جا می‌کند؛ جلسه‌های برگزارشده و حضور و غیاب آنها همان‌طور که بودند می‌مانند.</translation>
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
        <translation>هفته</translation>
    </message>
    <message>
        <source>Cancelled: tutor absent</source>
        <translation>لغو شده: غیبت مربی</translation>
    </message>
    <message>
        <source>Cancelled: school event</source>
        <translation>لغو شده: برنامه مدرسه</translation>
    </message>
    <message>
        <source>Cancelled: weather</source>
        <translation>لغو شده: آب‌وهوا</translation>
    </message>
    <message>
        <source>Cancelled: student event</source>
        <translation>لغو شده: برنامه دانش‌آموزی</translation>
    </message>
    <message>
        <source>Cancelled: other reason</source>
        <translation>لغو شده: دلیل دیگر</translation>
    </message>
    <message>
        <source>Probe scores: %1</source>
        <translation>نمره‌های سنجش: %1</translation>
    </message>
    <message>
        <source>Date of probe</source>
        <translation>تاریخ سنجش</translation>
    </message>
    <message>
        <source>% of probe maximum</source>
        <translation>٪ از حداکثر سنجش</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4 of %5 points · %6% of maximum</source>
        <translation>%1 · %2%3
%4 از %5 امتیاز · %6٪ از حداکثر</translation>
    </message>
    <message>
        <source>Mastery (%1%)</source>
        <translation>تسلط (%1٪)</translation>
    </message>
    <message>
        <source>Minutes received against planned: %1</source>
        <translation>دقیقه‌های دریافت‌شده در برابر برنامه‌ریزی‌شده: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>minutes (cumulative)</source>
        <translation>دقیقه (تجمعی)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>%1 · by %2
%3 of %4 planned minutes received</source>
        <translation>%1 · تا %2
%3 از %4 دقیقه برنامه‌ریزی‌شده دریافت شد</translation>
    </message>
    <message>
        <source>Attendance by week: %1</source>
        <translation>حضور به تفکیک هفته: %1</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>جلسه‌های برگزارشده</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>جلسه‌های حاضر</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>%1 · week of %2
attended %3 of %4 sessions held</source>
        <translation>%1 · هفته %2
حضور در %3 از %4 جلسه برگزارشده</translation>
    </message>
    <message>
        <source>Growth per student on %1: %2</source>
        <translation>رشد هر دانش‌آموز در %1: %2</translation>
    </message>
    <message>
        <source>Growth (latest − pre probe)</source>
        <translation>رشد (آخرین − پیش‌آزمون)</translation>
    </message>
    <message>
        <source>%1 (not measured)</source>
        <translation>%1 (اندازه‌گیری نشده)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>growth (% points of probe maximum)</source>
        <translation>رشد (واحد درصد از حداکثر سنجش)</translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n probe(s) on this skill; growth needs two)</source>
        <translation>
            <numerusform>%1: اندازه‌گیری نشده (%n سنجش روی این مهارت؛ رشد به دو سنجش نیاز دارد)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 points (from %3% to %4% of maximum)%5</source>
        <translation>%1: %2 امتیاز (از %3٪ تا %4٪ حداکثر)%5</translation>
    </message>
    <message>
        <source>, mastered</source>
        <translation>، مسلط شده</translation>
    </message>
    <message>
        <source>Sessions held against scheduled: %1</source>
        <translation>جلسه‌های برگزارشده در برابر برنامه‌ریزی‌شده: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>برگزار شد</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>هنوز علامت نخورده</translation>
    </message>
    <message>
        <source>sessions scheduled</source>
        <translation>جلسه‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Week of %1: %2 of %3 scheduled sessions held</source>
        <translation>هفته %1: %2 از %3 جلسه برنامه‌ریزی‌شده برگزار شد</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n لغو شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up(s) held</source>
        <translation>
            <numerusform>%n جلسه جبرانی برگزار شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Dosage: students in tutoring by minutes received</source>
        <translation>میزان آموزش: دانش‌آموزان کلاس تقویتی بر اساس دقیقه‌های دریافت‌شده</translation>
    </message>
    <message>
        <source>Students in tutoring</source>
        <translation>دانش‌آموزان کلاس تقویتی</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>minutes received this year</source>
        <translation>دقیقه‌های دریافت‌شده در امسال</translation>
    </message>
    <message>
        <source>students</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) received %1 to %2 minutes</source>
        <translation>
            <numerusform>%n دانش‌آموز %1 تا %2 دقیقه دریافت کردند</numerusform>
        </translation>
    </message>
    <message>
        <source>Growth against dosage (one point per student and skill)</source>
        <translation>رشد در برابر میزان آموزش (یک نقطه برای هر دانش‌آموز و مهارت)</translation>
    </message>
    <message>
        <source>minutes received</source>
        <translation>دقیقه‌های دریافت‌شده</translation>
    </message>
    <message>
        <source>growth (% points)</source>
        <translation>رشد (واحد درصد)</translation>
    </message>
    <message>
        <source>No growth</source>
        <translation>بدون رشد</translation>
    </message>
    <message>
        <source>%1 (Tier %2, %3)
%4 minutes received · growth %5 points</source>
        <translation>%1 (سطح %2، %3)
%4 دقیقه دریافت‌شده · رشد %5 امتیاز</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1 (%n point(s))</source>
        <translation>
            <numerusform>سطح %1 (%n نقطه)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly attendance rate, whole school</source>
        <translation>نرخ حضور هفتگی، کل مدرسه</translation>
    </message>
    <message>
        <source>% of sessions attended</source>
        <translation>٪ جلسه‌های حاضر</translation>
    </message>
    <message>
        <source>Attended ÷ (attended + absent)</source>
        <translation>حاضر ÷ (حاضر + غایب)</translation>
    </message>
    <message>
        <source>Week of %1: %2% attended
%3 attended, %4 absent</source>
        <translation>هفته %1: %2٪ حضور
%3 حاضر، %4 غایب</translation>
    </message>
    <message>
        <source>Students per tier of need, and how many are seated</source>
        <translation>دانش‌آموزان در هر سطح نیاز، و تعداد دارای جایگاه</translation>
    </message>
    <message>
        <source>Students with this need</source>
        <translation>دانش‌آموزان با این نیاز</translation>
    </message>
    <message>
        <source>Seated in tutoring</source>
        <translation>دارای جایگاه در کلاس تقویتی</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>tier of need</source>
        <translation>سطح نیاز</translation>
    </message>
    <message numerus="yes">
        <source>Tier %1: %n student(s), %2 seated</source>
        <translation>
            <numerusform>سطح %1: %n دانش‌آموز، %2 دارای جایگاه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ChartPanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>ذخیره نمودار به‌صورت PNG…</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>ذخیره %1 به‌صورت PNG</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>چاپ %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>ذخیره نمودار به‌صورت PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>نمودار ذخیره نشد</translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Choose a folder you can write to and try again.</source>
        <translation>نمودار در %1 نوشته نشد. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید و دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ClearanceWarningStrip</name>
    <message>
        <source>Clearances that need attention</source>
        <translation>تأییدیه‌های صلاحیتی که نیاز به رسیدگی دارند</translation>
    </message>
    <message>
        <source>Tutors whose clearances need attention</source>
        <translation>مربیانی که تأییدیه صلاحیتشان نیاز به رسیدگی دارد</translation>
    </message>
    <message>
        <source>Click a line or press Enter to select that tutor in the table</source>
        <translation>روی یک خط کلیک کنید یا Enter را بزنید تا آن مربی در جدول انتخاب شود</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance(s) need attention</source>
        <translation>
            <numerusform>%n تأییدیه صلاحیت نیاز به رسیدگی دارد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tutor: clearance problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select %1 in the table</source>
        <translation>انتخاب %1 در جدول</translation>
    </message>
</context>
<context>
    <name>tutordesk::Clearances</name>
    <message>
        <source>Background check</source>
        <translation>بررسی سوابق</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>آزمایش سل</translation>
    </message>
    <message>
        <source>%1 is not on file</source>
        <translation>%1 ثبت نشده است</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 در %2 منقضی شد</translation>
    </message>
    <message>
        <source>%1 expires today (%2)</source>
        <translation>%1 امروز منقضی می‌شود (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>%1 تا %n روز دیگر منقضی می‌شود (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 valid until %2</source>
        <translation>%1 معتبر تا %2</translation>
    </message>
    <message>
        <source>%1 is inactive: make them active or part of the substitute pool on the Tutors page first.</source>
        <translation>%1 غیرفعال است: ابتدا در صفحه مربیان او را فعال کنید یا به گروه مربیان جایگزین بیفزایید.</translation>
    </message>
    <message>
        <source>%1 has no background check on file: record it on the Tutors page first.</source>
        <translation>برای %1 بررسی سوابق ثبت نشده است: ابتدا آن را در صفحه مربیان ثبت کنید.</translation>
    </message>
    <message>
        <source>%1 has no TB test on file: record it on the Tutors page first.</source>
        <translation>برای %1 آزمایش سل ثبت نشده است: ابتدا آن را در صفحه مربیان ثبت کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s background check expired on %2: record the new check on the Tutors page first.</source>
        <translation>بررسی سوابق %1 در %2 منقضی شد: ابتدا بررسی جدید را در صفحه مربیان ثبت کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s TB test expired on %2: record the new test on the Tutors page first.</source>
        <translation>آزمایش سل %1 در %2 منقضی شد: ابتدا آزمایش جدید را در صفحه مربیان ثبت کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ColumnMapping</name>
    <message>
        <source>%1 is not a mapping file: %2 at character %3.</source>
        <translation>%1 فایل نگاشت نیست: %2 در نویسه %3.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs &quot;version&quot;: 1.</source>
        <translation>%1: فایل نگاشت باید &quot;version&quot;: 1 داشته باشد.</translation>
    </message>
    <message>
        <source>%1: a mapping file needs a &quot;columns&quot; object of field names and column names.</source>
        <translation>%1: فایل نگاشت باید یک شیء &quot;columns&quot; از نام فیلدها و نام ستون‌ها داشته باشد.</translation>
    </message>
    <message>
        <source>%1: the column for &quot;%2&quot; must be text (the header name).</source>
        <translation>%1: ستون «%2» باید متن باشد (نام سرستون).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactEditDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>مترجم شفاهی کمک کرد(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاریخ پیگیری</translation>
    </message>
    <message>
        <source>Outgoing (we contacted the family)</source>
        <translation>خروجی (ما با خانواده تماس گرفتیم)</translation>
    </message>
    <message>
        <source>Incoming (the family contacted us)</source>
        <translation>ورودی (خانواده با ما تماس گرفت)</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>تماس دوباره در تاریخ</translation>
    </message>
    <message>
        <source>e.g. the wrong outcome was picked</source>
        <translation>مثلاً نتیجه اشتباهی انتخاب شده بود</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>زمان(&amp;W):</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>تاریخ و ساعت تماس</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>ولی(&amp;G):</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ولی</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>روش(&amp;M):</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>جهت(&amp;D):</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>هدف(&amp;P):</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه(&amp;O):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها(&amp;N):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>پیگیری(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>توسط(&amp;B):</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>ثبت‌شده توسط</translation>
    </message>
    <message>
        <source>Why are you changing this &amp;record?</source>
        <translation>چرا این سابقه را تغییر می‌دهید؟(&amp;R)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>دلیل تغییر</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove a contact logged by mistake (the audit log keeps it and your reason)</source>
        <translation>حذف تماسی که اشتباهی ثبت شده (گزارش ممیزی آن را همراه با دلیل شما نگه می‌دارد)</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>ویرایش تماس</translation>
    </message>
    <message>
        <source>A contact logged on %1. Every change is kept in the audit log with its reason.</source>
        <translation>تماسی که در %1 ثبت شده است. هر تغییر همراه با دلیلش در گزارش ممیزی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>This contact is no longer in the log (it may have been deleted). Close this window and reload the page.</source>
        <translation>این تماس دیگر در فهرست نیست (ممکن است حذف شده باشد). این پنجره را ببندید و صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>No guardian named</source>
        <translation>ولی مشخص نشده</translation>
    </message>
    <message>
        <source>Say why you are changing this record first</source>
        <translation>ابتدا بنویسید چرا این سابقه را تغییر می‌دهید</translation>
    </message>
    <message>
        <source>Changed the contact of %1.</source>
        <translation>تماس %1 تغییر کرد.</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>تماس %1 حذف شد.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>حذف تماس</translation>
    </message>
    <message>
        <source>Delete the contact of %1? The audit log keeps it with your reason.

Why are you deleting this record?</source>
        <translation>تماس %1 حذف شود؟ گزارش ممیزی آن را همراه با دلیل شما نگه می‌دارد.

چرا این سابقه را حذف می‌کنید؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Reason for deleting the contact</source>
        <translation>دلیل حذف تماس</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactFilterBar</name>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>هر روشی</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>هر نتیجه‌ای</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>هر هدفی</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Needs &amp;follow-up</source>
        <translation>نیاز به پیگیری(&amp;F)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>هر زمانی</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>تاریخ‌های زیر</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>دوره(&amp;P):</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>از(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>تا(&amp;O)</translation>
    </message>
    <message>
        <source>Search by student, district ID or guardian</source>
        <translation>جستجو بر اساس دانش‌آموز، شناسه منطقه یا ولی</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>جستجوی تماس‌ها</translation>
    </message>
    <message>
        <source>Type part of a student&apos;s name or district ID, or a guardian&apos;s name</source>
        <translation>بخشی از نام یا شناسه منطقه دانش‌آموز، یا نام ولی را بنویسید</translation>
    </message>
    <message>
        <source>Only contacts that asked for a follow-up date</source>
        <translation>فقط تماس‌هایی که تاریخ پیگیری خواسته‌اند</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactLog</name>
    <message>
        <source>There is no contact %1 in the log (it may have been deleted meanwhile). Reload the page.</source>
        <translation>تماس %1 در فهرست نیست (ممکن است در این فاصله حذف شده باشد). صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>That guardian is not listed for this student. Choose one of the student&apos;s guardians.</source>
        <translation>این ولی برای این دانش‌آموز ثبت نشده است. یکی از اولیای دانش‌آموز را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This contact is the record of the letter “%1” printed on %2, and a printed letter stays on record. If something in it is wrong, correct it with Edit instead.</source>
        <translation>این تماس سابقه نامه «%1» است که در %2 چاپ شده، و نامه چاپ‌شده در سوابق باقی می‌ماند. اگر چیزی در آن نادرست است، به جای حذف، آن را با «ویرایش» اصلاح کنید.</translation>
    </message>
    <message>
        <source>This contact resolved the due action “%1”. Reopen that action first (on the student&apos;s Tutoring tab), then delete the contact, or correct the contact with Edit instead.</source>
        <translation>این تماس، اقدام سررسیده «%1» را انجام‌شده کرده است. ابتدا آن اقدام را دوباره باز کنید (در زبانه آموزش تقویتی دانش‌آموز)، سپس تماس را حذف کنید، یا به جای آن تماس را با «ویرایش» اصلاح کنید.</translation>
    </message>
    <message>
        <source>Say why you are changing this contact: the reason is kept with the old and new values in the audit log that funding reviews read.</source>
        <translation>بنویسید چرا این تماس را تغییر می‌دهید: دلیل همراه با مقادیر قدیم و جدید در گزارش ممیزی نگه داشته می‌شود که در بررسی‌های بودجه خوانده می‌شود.</translation>
    </message>
    <message>
        <source>The contact could not be changed in %1: %2</source>
        <translation>تماس در %1 تغییر نکرد: %2</translation>
    </message>
    <message>
        <source>Say why you are deleting this contact: the reason is kept in the audit log that funding reviews read.</source>
        <translation>بنویسید چرا این تماس را حذف می‌کنید: دلیل در گزارش ممیزی نگه داشته می‌شود که در بررسی‌های بودجه خوانده می‌شود.</translation>
    </message>
    <message>
        <source>The contact could not be deleted from %1: %2</source>
        <translation>تماس از %1 حذف نشد: %2</translation>
    </message>
    <message>
        <source>Enrollment and consent</source>
        <translation>ثبت‌نام و رضایت</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>غیبت در جلسه</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>“%1” is not a way of contacting a family. Choose phone, text, email, letter, home visit, in person or conference.</source>
        <translation>«%1» روشی برای تماس با خانواده نیست. تلفن، پیامک، ایمیل، نامه، بازدید از منزل، حضوری یا جلسه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a direction. Choose outgoing or incoming.</source>
        <translation>«%1» جهت نیست. خروجی یا ورودی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a purpose. Choose enrollment, missed session, progress or general.</source>
        <translation>«%1» هدف نیست. ثبت‌نام، غیبت در جلسه، پیشرفت یا عمومی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose reached, left a message, no answer, wrong number, declined or sent.</source>
        <translation>«%1» نتیجه نیست. تماس برقرار شد، پیام گذاشته شد، پاسخ نداد، شماره اشتباه، نپذیرفت یا ارسال شد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Say when the contact happened.</source>
        <translation>بنویسید تماس چه زمانی انجام شد.</translation>
    </message>
    <message>
        <source>Say in which language the family was contacted.</source>
        <translation>بنویسید با خانواده به چه زبانی تماس گرفته شد.</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the page.</source>
        <translation>دانش‌آموز %1 وجود ندارد (ممکن است حذف شده باشد). صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The contact could not be saved in %1: %2</source>
        <translation>تماس در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>بازدید از منزل</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>جلسه اولیا</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تماس برقرار شد</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>پیام گذاشته شد</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>پاسخ نداد</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>شماره اشتباه</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>نپذیرفت</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال شد</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactTableModel</name>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>فهرست تماس‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <source>District ID %1</source>
        <translation>شناسه منطقه %1</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>برای مرتب‌سازی بر اساس این ستون کلیک کنید</translation>
    </message>
    <message>
        <source>The log sorts by date, student, method or outcome</source>
        <translation>فهرست بر اساس تاریخ، دانش‌آموز، روش یا نتیجه مرتب می‌شود</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ولی</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
</context>
<context>
    <name>tutordesk::ContactsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation>تماس‌های نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Correct the selected contact (Enter); the audit log keeps your reason</source>
        <translation>اصلاح تماس انتخاب‌شده (Enter)؛ گزارش ممیزی دلیل شما را نگه می‌دارد</translation>
    </message>
    <message>
        <source>Remove the selected contact, logged by mistake (Delete)</source>
        <translation>حذف تماس انتخاب‌شده که اشتباهی ثبت شده (Delete)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>تماس‌های خانواده</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deleted the contact of %1.</source>
        <translation>تماس %1 حذف شد.</translation>
    </message>
    <message>
        <source>The contact log could not be read: %1</source>
        <translation>فهرست تماس‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>1 family reached</source>
        <translation>تماس با ۱ خانواده برقرار شد</translation>
    </message>
    <message numerus="yes">
        <source>%n families reached</source>
        <translation>
            <numerusform>تماس با %n خانواده برقرار شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s): </source>
        <translation>
            <numerusform>%n تماس: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), </source>
        <translation>
            <numerusform>%n تلاش، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached, </source>
        <translation>
            <numerusform>%n برقرارشده، </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverChoiceBox</name>
    <message>
        <source>Decision for %1 on %2</source>
        <translation>تصمیم برای %1 در %2</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>گروه مربیان جایگزین</translation>
    </message>
    <message>
        <source>speaks their language</source>
        <translation>به زبان آنها صحبت می‌کند</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>جایگزین: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 (%2)</source>
        <comment>substitute: name (why)</comment>
        <translation>جایگزین: %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is free then, cleared and teaches %2. %3 this week so far.%4</source>
        <translation>%1 در آن زمان آزاد است، تأییدیه صلاحیت دارد و %2 درس می‌دهد. تاکنون در این هفته %3.%4</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Speaks the home language most of the students share.</source>
        <translation>به زبان خانگی مشترک بیشتر دانش‌آموزان صحبت می‌کند.</translation>
    </message>
    <message>
        <source>No substitute is free and cleared at this time</source>
        <translation>در این زمان هیچ مربی جایگزینِ آزاد و دارای تأییدیه صلاحیت وجود ندارد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>make-up day and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Make up %1</source>
        <translation>جبرانی %1</translation>
    </message>
    <message>
        <source>Cancel, make up %1</source>
        <translation>لغو، جبرانی %1</translation>
    </message>
    <message>
        <source>No make-up time in the next school days</source>
        <translation>در روزهای مدرسه پیش رو زمانی برای جلسه جبرانی نیست</translation>
    </message>
    <message>
        <source>Cancel, no make-up</source>
        <translation>لغو، بدون جبرانی</translation>
    </message>
    <message>
        <source>%1 covers %2 on %3.</source>
        <translation>%1 به جای %2 در %3 کلاس را می‌گیرد.</translation>
    </message>
    <message>
        <source>%1 on %2: make-up on %3 at %4.</source>
        <translation>%1 در %2: جلسه جبرانی در %3 ساعت %4.</translation>
    </message>
    <message>
        <source>%1 on %2 is cancelled.</source>
        <translation>%1 در %2 لغو شد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CoverSessionDialog</name>
    <message>
        <source>Find a Substitute</source>
        <translation>یافتن مربی جایگزین</translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation>لغو جلسه</translation>
    </message>
    <message>
        <source>Schedule a Make-up</source>
        <translation>برنامه‌ریزی جلسه جبرانی</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Make-up:</source>
        <translation>جلسه جبرانی(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>تصمیم(&amp;D):</translation>
    </message>
    <message>
        <source>Cancel &amp;reason:</source>
        <translation>دلیل لغو(&amp;R):</translation>
    </message>
    <message>
        <source>Optional: what families or the teacher should know</source>
        <translation>اختیاری: آنچه خانواده‌ها یا معلم باید بدانند</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>یادداشت(&amp;N):</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled on %2 at %3.</source>
        <translation>جلسه جبرانی برای %1 در %2 ساعت %3 برنامه‌ریزی شد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a field of more than %4 characters. This is not a roster file, or a quote (&quot;) opens a field that should have closed much earlier.</source>
        <translation>%1، خط %2، ستون %3: فیلدی با بیش از %4 نویسه. این فایل فهرست اسامی نیست، یا یک نقل‌قول (&quot;) فیلدی را باز کرده که باید خیلی زودتر بسته می‌شد.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2. Check this line for a missing or extra delimiter, or a quote (&quot;) that is not closed.</source>
        <translation>%1 فیلد در حالی که سرستون %2 فیلد دارد. این خط را از نظر جداکننده کم یا زیاد، یا نقل‌قولی (&quot;) که بسته نشده بررسی کنید.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: چنین فایلی وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row. Export the roster again from the student system.</source>
        <translation>%1 خالی است: ردیف سرستون ندارد. فهرست اسامی را دوباره از سامانه دانش‌آموزی صادر کنید.</translation>
    </message>
    <message>
        <source>%1 is a zip file or an Excel workbook, not CSV. In Excel, use File &gt; Save As &gt; &quot;CSV UTF-8&quot;; a OneRoster export is imported as a zip.</source>
        <translation>%1 یک فایل zip یا کارپوشه Excel است، نه CSV. در Excel از File &gt; Save As &gt; &quot;CSV UTF-8&quot; استفاده کنید؛ خروجی OneRoster به‌صورت zip وارد می‌شود.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text. Choose the CSV file the student system exported.</source>
        <translation>%1 داده دودویی دارد، نه متن. فایل CSV را که سامانه دانش‌آموزی صادر کرده انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it.</source>
        <translation>%1: حافظه کافی برای خواندن آن نیست.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>خواندن %1 لغو شد.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field starts here and is never closed. Look for a stray quote (&quot;) in that cell, or save the file from Excel again.</source>
        <translation>%1، خط %2، ستون %3: یک فیلد نقل‌قول‌دار از اینجا شروع می‌شود و هرگز بسته نمی‌شود. به دنبال یک نقل‌قول (&quot;) اضافه در آن خانه بگردید، یا فایل را دوباره از Excel ذخیره کنید.</translation>
    </message>
    <message>
        <source>%1 has no header row. Export the roster again with column names in the first row.</source>
        <translation>%1 ردیف سرستون ندارد. فهرست اسامی را دوباره با نام ستون‌ها در ردیف اول صادر کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListReport</name>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>لغو شده: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>برگزار شد</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>جبرانی</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>%1, needs cover</source>
        <translation>%1، نیاز به جایگزین</translation>
    </message>
    <message>
        <source>Substitute: %1 for %2</source>
        <translation>جایگزین: %1 به جای %2</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>مربی: %1</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>بدون کلاس</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>شناسه منطقه</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>No students hold a seat.</source>
        <translation>هیچ دانش‌آموزی جایگاه ندارد.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day list, %1</source>
        <translation>فهرست روز، %1</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>فهرست روز</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>در این روز جلسه‌ای نیست.</translation>
    </message>
    <message>
        <source>No sessions on this day: %1.</source>
        <translation>در این روز جلسه‌ای نیست: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Tick the box of each student who attended.</source>
        <translation>
            <numerusform>%n جلسه. جلوی نام هر دانش‌آموز حاضر را تیک بزنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::DayListTab</name>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>ذخیره به‌صورت PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>روز(&amp;D):</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>روز قبل</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>روز بعد</translation>
    </message>
    <message>
        <source>Print the day list with a column to take attendance by hand</source>
        <translation>چاپ فهرست روز با ستونی برای حضور و غیاب دستی</translation>
    </message>
    <message>
        <source>Save the printable day list as a PDF file</source>
        <translation>ذخیره فهرست روز قابل چاپ به‌صورت فایل PDF</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کلاس</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>مربی</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>دانش‌آموزان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>جلسه‌های روز</translation>
    </message>
    <message>
        <source>The day&apos;s sessions could not be read: %1</source>
        <translation>جلسه‌های روز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>در این روز جلسه‌ای نیست.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sessions · students</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no school. %2</source>
        <comment>day off — sessions</comment>
        <translation>%1 — مدرسه تعطیل است. %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>The day list could not be made: %1</source>
        <translation>فهرست روز ساخته نشد: %1</translation>
    </message>
    <message>
        <source>Day list %1</source>
        <translation>فهرست روز %1</translation>
    </message>
    <message>
        <source>Print Day List</source>
        <translation>چاپ فهرست روز</translation>
    </message>
    <message>
        <source>The day list for %1 was sent to the printer.</source>
        <translation>فهرست روز %1 به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>Day list %1.pdf</source>
        <comment>file name</comment>
        <translation>فهرست روز %1.pdf</translation>
    </message>
    <message>
        <source>Save Day List as PDF</source>
        <translation>ذخیره فهرست روز به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day list was saved to %1.</source>
        <translation>فهرست روز در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>The day list could not be saved to %1: check that the folder exists and that you may write there.</source>
        <translation>فهرست روز در %1 ذخیره نشد: بررسی کنید که پوشه وجود دارد و اجازه نوشتن در آن را دارید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Demo</name>
    <message>
        <source>%1 already holds a school; the demo needs an empty database. Choose a new file for the demo school.</source>
        <translation>%1 از قبل یک مدرسه دارد؛ مدرسه نمایشی به پایگاه داده خالی نیاز دارد. فایل جدیدی برای مدرسه نمایشی انتخاب کنید.</translation>
    </message>
    <message>
        <source>The demo school was cancelled; %1 is as it was.</source>
        <translation>ساخت مدرسه نمایشی لغو شد؛ %1 همان‌طور که بود باقی ماند.</translation>
    </message>
    <message>
        <source>The demo school could not be made: %1</source>
        <translation>مدرسه نمایشی ساخته نشد: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved in %1: %2</source>
        <translation>مدرسه نمایشی در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::DemoLauncher</name>
    <message>
        <source>Explore a Demo School</source>
        <translation>بررسی یک مدرسه نمایشی</translation>
    </message>
    <message>
        <source>Creating the demo school: students, tutors, groups and a school year of sessions…</source>
        <translation>در حال ساخت مدرسه نمایشی: دانش‌آموزان، مربیان، گروه‌ها و جلسه‌های یک سال تحصیلی…</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsModel</name>
    <message>
        <source>Due %1</source>
        <translation>سررسید %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>کار لازم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
</context>
<context>
    <name>tutordesk::DueActionsView</name>
    <message>
        <source>Due actions</source>
        <translation>اقدامات سررسیده</translation>
    </message>
</context>
<context>
    <name>tutordesk::Equity</name>
    <message>
        <source>The gap threshold must be above 0 and at most 1 (0.8 is the &quot;four-fifths&quot; rule), not %1.</source>
        <translation>آستانه شکاف باید بیشتر از ۰ و حداکثر ۱ باشد (۰٫۸ قاعده «چهار پنجم» است)، نه %1.</translation>
    </message>
    <message>
        <source>The equity gap threshold could not be saved: %1</source>
        <translation>آستانه شکاف عدالت آموزشی ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityTab</name>
    <message>
        <source>P&amp;rint…</source>
        <translation>چاپ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Highlight a group whose share of seats or minutes is below</source>
        <translation>برجسته کردن گروهی که سهمش از جایگاه‌ها یا دقیقه‌ها کمتر است از(&amp;H)</translation>
    </message>
    <message>
        <source>× its share of need</source>
        <translation>× سهمش از نیاز</translation>
    </message>
    <message>
        <source>Print the equity audit</source>
        <translation>چاپ بررسی عدالت آموزشی</translation>
    </message>
    <message>
        <source>Save the equity audit as a PDF</source>
        <translation>ذخیره بررسی عدالت آموزشی به‌صورت PDF</translation>
    </message>
    <message>
        <source>The equity audit could not be read: %1</source>
        <translation>بررسی عدالت آموزشی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Equity audit · figures to %1</source>
        <translation>بررسی عدالت آموزشی · ارقام تا %1</translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>بررسی عدالت آموزشی</translation>
    </message>
    <message>
        <source>— withheld: rests on fewer than 10 students, or would reveal a smaller group&apos;s figure (point at it for the reason).</source>
        <translation>— پنهان‌شده: بر کمتر از ۱۰ دانش‌آموز استوار است، یا رقم یک گروه کوچک‌تر را آشکار می‌کند (برای دیدن دلیل، نشانگر را روی آن ببرید).</translation>
    </message>
    <message>
        <source>No group’s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>سهم هیچ گروهی از جایگاه‌ها یا دقیقه‌ها کمتر از %1 سهمش از نیاز نیست.</translation>
    </message>
    <message>
        <source>▼ Groups getting less than their share:</source>
        <translation>▼ گروه‌هایی که کمتر از سهمشان دریافت می‌کنند:</translation>
    </message>
    <message>
        <source>Equity audit %1</source>
        <translation>بررسی عدالت آموزشی %1</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or of minutes is below this fraction of its share of the students in need. 0.80 is the “four-fifths” rule.</source>
        <translation>گروهی برجسته می‌شود که سهمش از جایگاه‌ها یا دقیقه‌ها کمتر از این کسرِ سهمش از دانش‌آموزان نیازمند باشد. ۰٫۸۰ قاعده «چهار پنجم» است.</translation>
    </message>
</context>
<context>
    <name>tutordesk::EquityText</name>
    <message>
        <source>Race/ethnicity</source>
        <translation>نژاد/قومیت</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>وضعیت زبان‌آموز انگلیسی (EL)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>معلولیت</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بی‌خانمان</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>هیسپانیک یا لاتین‌تبار</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>سرخ‌پوست آمریکایی یا بومی آلاسکا</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>آسیایی</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>سیاه‌پوست یا آفریقایی‌آمریکایی</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>بومی هاوایی یا جزایر اقیانوس آرام</translation>
    </message>
    <message>
        <source>White</source>
        <translation>سفیدپوست</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>دو نژاد یا بیشتر</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>گزارش نشده</translation>
    </message>
    <message>
        <source>EL (English learner)</source>
        <translation>EL (زبان‌آموز انگلیسی)</translation>
    </message>
    <message>
        <source>RFEP (reclassified)</source>
        <translation>RFEP (طبقه‌بندی مجدد)</translation>
    </message>
    <message>
        <source>EO/IFEP (English only or proficient)</source>
        <translation>EO/IFEP (فقط انگلیسی یا مسلط)</translation>
    </message>
    <message>
        <source>TBD (to be determined)</source>
        <translation>TBD (در دست تعیین)</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>برنامه IEP یا 504</translation>
    </message>
    <message>
        <source>No IEP or 504 plan</source>
        <translation>بدون برنامه IEP یا 504</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بی‌خانمان (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>پیش‌دبستانی انتقالی</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>کودکستان</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>پایه %1</translation>
    </message>
    <message>
        <source>Hispanic or Latino students</source>
        <translation>دانش‌آموزان هیسپانیک یا لاتین‌تبار</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native students</source>
        <translation>دانش‌آموزان سرخ‌پوست آمریکایی یا بومی آلاسکا</translation>
    </message>
    <message>
        <source>Asian students</source>
        <translation>دانش‌آموزان آسیایی</translation>
    </message>
    <message>
        <source>Black or African American students</source>
        <translation>دانش‌آموزان سیاه‌پوست یا آفریقایی‌آمریکایی</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander students</source>
        <translation>دانش‌آموزان بومی هاوایی یا جزایر اقیانوس آرام</translation>
    </message>
    <message>
        <source>White students</source>
        <translation>دانش‌آموزان سفیدپوست</translation>
    </message>
    <message>
        <source>Students of two or more races</source>
        <translation>دانش‌آموزان دو نژاد یا بیشتر</translation>
    </message>
    <message>
        <source>Students with no race/ethnicity reported</source>
        <translation>دانش‌آموزانی که نژاد/قومیتشان گزارش نشده</translation>
    </message>
    <message>
        <source>EL students</source>
        <translation>دانش‌آموزان EL</translation>
    </message>
    <message>
        <source>RFEP students</source>
        <translation>دانش‌آموزان RFEP</translation>
    </message>
    <message>
        <source>EO/IFEP students</source>
        <translation>دانش‌آموزان EO/IFEP</translation>
    </message>
    <message>
        <source>Students whose EL status is TBD</source>
        <translation>دانش‌آموزانی که وضعیت EL آنها در دست تعیین است</translation>
    </message>
    <message>
        <source>Students with no EL status reported</source>
        <translation>دانش‌آموزانی که وضعیت EL آنها گزارش نشده</translation>
    </message>
    <message>
        <source>Students with an IEP or 504 plan</source>
        <translation>دانش‌آموزان دارای برنامه IEP یا 504</translation>
    </message>
    <message>
        <source>Students without an IEP or 504 plan</source>
        <translation>دانش‌آموزان بدون برنامه IEP یا 504</translation>
    </message>
    <message>
        <source>Homeless students</source>
        <translation>دانش‌آموزان بی‌خانمان</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged students</source>
        <translation>دانش‌آموزان محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>TK students</source>
        <translation>دانش‌آموزان پیش‌دبستانی (TK)</translation>
    </message>
    <message>
        <source>Kindergarten students</source>
        <translation>دانش‌آموزان کودکستان</translation>
    </message>
    <message>
        <source>Grade %1 students</source>
        <translation>دانش‌آموزان پایه %1</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>گروه دانش‌آموزی</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>پیشنهادشده</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>دقیقه برای هر نفر</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>رشد</translation>
    </message>
    <message>
        <source>Share of seats</source>
        <translation>سهم از جایگاه‌ها</translation>
    </message>
    <message>
        <source>Share of minutes</source>
        <translation>سهم از دقیقه‌ها</translation>
    </message>
    <message>
        <source>Share of need</source>
        <translation>سهم از نیاز</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>Make-ups offered</source>
        <translation>جلسه‌های جبرانی پیشنهادشده</translation>
    </message>
    <message>
        <source>Make-ups attended</source>
        <translation>جلسه‌های جبرانی حاضر</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>خارج‌شده</translation>
    </message>
    <message>
        <source>A student counts in every group they belong to, once per dimension.</source>
        <translation>هر دانش‌آموز در همه گروه‌هایی که به آنها تعلق دارد شمرده می‌شود، یک بار در هر بُعد.</translation>
    </message>
    <message>
        <source>Students in need: active students whose need score puts them in Tier 2 or Tier 3.</source>
        <translation>دانش‌آموزان نیازمند: دانش‌آموزان فعالی که امتیاز نیازشان آنها را در سطح ۲ یا سطح ۳ قرار می‌دهد.</translation>
    </message>
    <message>
        <source>Eligible students who were ever given a seat in a group (invited or later), waitlist places left out.</source>
        <translation>دانش‌آموزان واجد شرایطی که تاکنون در گروهی جایگاه گرفته‌اند (دعوت‌شده یا بعدتر)، بدون احتساب جایگاه‌های فهرست انتظار.</translation>
    </message>
    <message>
        <source>Eligible students who took up a seat: active now, or came to sessions before a pause or an exit.</source>
        <translation>دانش‌آموزان واجد شرایطی که جایگاه را پذیرفتند: اکنون فعال‌اند، یا پیش از تعلیق یا خروج در جلسه‌ها شرکت کردند.</translation>
    </message>
    <message>
        <source>Tutoring minutes received so far per enrolled student, make-ups included.</source>
        <translation>دقیقه‌های آموزش تقویتی دریافت‌شده تاکنون برای هر دانش‌آموز ثبت‌نام‌شده، با احتساب جلسه‌های جبرانی.</translation>
    </message>
    <message>
        <source>Sessions attended out of the sessions where attendance was taken for the enrolled students.</source>
        <translation>جلسه‌های حاضر از میان جلسه‌هایی که برای دانش‌آموزان ثبت‌نام‌شده حضور و غیاب گرفته شده است.</translation>
    </message>
    <message>
        <source>Mean growth on the group&apos;s probe, latest score minus the pre-test, in percentage points; only students with two probe results count.</source>
        <translation>میانگین رشد در سنجش گروه، آخرین نمره منهای پیش‌آزمون، به واحد درصد؛ فقط دانش‌آموزانی که دو نتیجه سنجش دارند شمرده می‌شوند.</translation>
    </message>
    <message>
        <source>This group&apos;s enrolled students out of all enrolled students in need.</source>
        <translation>دانش‌آموزان ثبت‌نام‌شده این گروه از میان همه دانش‌آموزان نیازمند ثبت‌نام‌شده.</translation>
    </message>
    <message>
        <source>This group&apos;s tutoring minutes out of all minutes delivered to students in need.</source>
        <translation>دقیقه‌های آموزش تقویتی این گروه از میان همه دقیقه‌های ارائه‌شده به دانش‌آموزان نیازمند.</translation>
    </message>
    <message>
        <source>This group&apos;s eligible students out of all students in need. A share of seats or minutes below %1 of this is highlighted.</source>
        <translation>دانش‌آموزان واجد شرایط این گروه از میان همه دانش‌آموزان نیازمند. سهمی از جایگاه‌ها یا دقیقه‌ها که کمتر از %1 این مقدار باشد برجسته می‌شود.</translation>
    </message>
    <message>
        <source>Enrolled students whose seat was paused or offered to the waitlist after missed sessions.</source>
        <translation>دانش‌آموزان ثبت‌نام‌شده‌ای که جایگاهشان پس از غیبت در جلسه‌ها معلق شد یا به فهرست انتظار پیشنهاد شد.</translation>
    </message>
    <message>
        <source>Make-up sessions offered per enrolled student.</source>
        <translation>جلسه‌های جبرانی پیشنهادشده برای هر دانش‌آموز ثبت‌نام‌شده.</translation>
    </message>
    <message>
        <source>Make-up sessions attended per enrolled student.</source>
        <translation>جلسه‌های جبرانی حاضر برای هر دانش‌آموز ثبت‌نام‌شده.</translation>
    </message>
    <message>
        <source>Enrolled students who left a group (exited).</source>
        <translation>دانش‌آموزان ثبت‌نام‌شده‌ای که گروه را ترک کردند (خارج‌شده).</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 (four-fifths)</source>
        <translation>%1 (چهار پنجم)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 امتیاز</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students in this group have growth measured yet.</source>
        <translation>پنهان‌شده: هنوز رشد کمتر از ۱۰ دانش‌آموز این گروه اندازه‌گیری شده است.</translation>
    </message>
    <message>
        <source>Withheld: fewer than 10 students behind this figure.</source>
        <translation>پنهان‌شده: کمتر از ۱۰ دانش‌آموز پشت این رقم هستند.</translation>
    </message>
    <message>
        <source>Withheld so that a smaller group&apos;s figure cannot be worked out by subtraction.</source>
        <translation>پنهان‌شده تا رقم یک گروه کوچک‌تر با تفریق به دست نیاید.</translation>
    </message>
    <message>
        <source>Nothing to measure yet.</source>
        <translation>هنوز چیزی برای اندازه‌گیری نیست.</translation>
    </message>
    <message>
        <source>withheld to protect a smaller group</source>
        <translation>برای حفاظت از یک گروه کوچک‌تر پنهان شده</translation>
    </message>
    <message>
        <source>fewer than 10 students</source>
        <translation>کمتر از ۱۰ دانش‌آموز</translation>
    </message>
    <message>
        <source>This group is large enough, but showing it would let a smaller group&apos;s figures be worked out by subtraction, so it is held back too.</source>
        <translation>این گروه به اندازه کافی بزرگ است، اما نمایش آن اجازه می‌دهد ارقام یک گروه کوچک‌تر با تفریق به دست آید، بنابراین آن هم پنهان می‌شود.</translation>
    </message>
    <message>
        <source>Fewer than 10 students in need: no figure is shown, to protect their privacy.</source>
        <translation>کمتر از ۱۰ دانش‌آموز نیازمند: برای حفظ حریم خصوصی آنها رقمی نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 hold %2 of seats but are %3 of students in need.</source>
        <translation>%1 %2 از جایگاه‌ها را دارند اما %3 از دانش‌آموزان نیازمند هستند.</translation>
    </message>
    <message>
        <source>%1 receive %2 of tutoring minutes but are %3 of students in need.</source>
        <translation>%1 %2 از دقیقه‌های آموزش تقویتی را دریافت می‌کنند اما %3 از دانش‌آموزان نیازمند هستند.</translation>
    </message>
    <message>
        <source>A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer than 10 students is withheld, so that no student can be identified.</source>
        <translation>گروهی با کمتر از ۱۰ دانش‌آموز واجد شرایط نشان داده نمی‌شود، و رقمی که بر کمتر از ۱۰ دانش‌آموز استوار است پنهان می‌شود تا هیچ دانش‌آموزی قابل شناسایی نباشد.</translation>
    </message>
    <message>
        <source>A group is highlighted when its share of seats or minutes is below %1 of its share of need.</source>
        <translation>گروهی برجسته می‌شود که سهمش از جایگاه‌ها یا دقیقه‌ها کمتر از %1 سهمش از نیاز باشد.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not counted.</source>
        <translation>
            <numerusform>%n دانش‌آموز تقویتی که دیگر در سطح ۲ یا ۳ نیستند (یا دیگر در مدرسه نیستند) شمرده نمی‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Equity audit</source>
        <translation>بررسی عدالت آموزشی</translation>
    </message>
    <message>
        <source>%1 · figures to %2</source>
        <translation>%1 · ارقام تا %2</translation>
    </message>
    <message>
        <source>No group&apos;s share of seats or minutes falls below %1 of its share of need.</source>
        <translation>سهم هیچ گروهی از جایگاه‌ها یا دقیقه‌ها کمتر از %1 سهمش از نیاز نیست.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>شکاف‌ها</translation>
    </message>
    <message>
        <source>Access, dosage and growth</source>
        <translation>دسترسی، میزان آموزش و رشد</translation>
    </message>
    <message>
        <source>The process</source>
        <translation>فرایند</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s.</source>
        <translation>— پنهان‌شده: کمتر از ۱۰ دانش‌آموز پشت این رقم هستند، یا رقم یک گروه کوچک‌تر را آشکار می‌کند.</translation>
    </message>
    <message>
        <source>Equity audit, figures to %1</source>
        <translation>بررسی عدالت آموزشی، ارقام تا %1</translation>
    </message>
    <message>
        <source>Gaps (share below %1 of the share of need):</source>
        <translation>شکاف‌ها (سهم کمتر از %1 سهم از نیاز):</translation>
    </message>
    <message>
        <source>The process (per enrolled student)</source>
        <translation>فرایند (برای هر دانش‌آموز ثبت‌نام‌شده)</translation>
    </message>
    <message>
        <source>— withheld: fewer than 10 students behind the figure, or it would reveal a smaller group&apos;s. ! a gap.</source>
        <translation>— پنهان‌شده: کمتر از ۱۰ دانش‌آموز پشت این رقم هستند، یا رقم یک گروه کوچک‌تر را آشکار می‌کند. ! یک شکاف.</translation>
    </message>
    <message>
        <source>“Eligible” means the need score qualifies the student for tutoring: an active student in Tier 2 or Tier 3 today.</source>
        <translation>«واجد شرایط» یعنی امتیاز نیاز، دانش‌آموز را برای آموزش تقویتی واجد شرایط می‌کند: دانش‌آموز فعالی که امروز در سطح ۲ یا سطح ۳ است.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ExchangeSettings</name>
    <message>
        <source>The sync settings could not be saved: %1</source>
        <translation>تنظیمات همگام‌سازی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full folder path. Choose the district&apos;s folder with Browse…, or enter an address that starts with https://.</source>
        <translation>«%1» مسیر کامل پوشه نیست. پوشه منطقه آموزشی را با «مرور…» انتخاب کنید، یا نشانی‌ای وارد کنید که با https:// شروع شود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address TutorDesk can send to. Copy the address the district gave you, starting with https://.</source>
        <translation>«%1» نشانی وبی نیست که TutorDesk بتواند به آن ارسال کند. نشانی‌ای را که منطقه آموزشی به شما داده و با https:// شروع می‌شود کپی کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not encrypted (http://). Students&apos; records are sent only over https://: ask the district for its https:// address.</source>
        <translation>«%1» رمزگذاری نشده است (http://). سوابق دانش‌آموزان فقط از طریق https:// فرستاده می‌شود: نشانی https:// را از منطقه آموزشی بخواهید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder nor an https:// address.</source>
        <translation>«%1» نه پوشه است و نه نشانی https://.</translation>
    </message>
</context>
<context>
    <name>tutordesk::FileImportFlow</name>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>فایل وارد نشد: %1</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>صفحه‌گسترده‌های ذخیره‌شده به‌صورت CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s) now. Import it again to see them.</source>
        <translation>
            <numerusform>چیزی وارد نشد: فایل اکنون %n مشکل دارد. برای دیدن آنها دوباره وارد کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::FilePreview</name>
    <message>
        <source>How the file was read</source>
        <translation>فایل چگونه خوانده شد</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>نخستین ردیف‌های فایل</translation>
    </message>
</context>
<context>
    <name>tutordesk::GenericRosterReader</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>شناسه دانش‌آموزی منطقه %1 در خط %2 هم آمده است. هر دانش‌آموز باید یک بار در فهرست اسامی باشد: یکی از دو خط را حذف کنید یا شناسه را اصلاح کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n more problem(s). Correct the ones above (often one column is wrong throughout) and import again to see what is left.</source>
        <translation>
            <numerusform>فهرست‌نشده: %n مشکل دیگر. موارد بالا را اصلاح کنید (اغلب یک ستون در سراسر فایل نادرست است) و دوباره وارد کنید تا باقی‌مانده‌ها را ببینید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with no values in any column were skipped.</source>
        <translation>
            <numerusform>از %n خط بدون مقدار در هیچ ستونی صرف‌نظر شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupDialog</name>
    <message>
        <source>Sessions before this day, and their attendance, stay as they are</source>
        <translation>جلسه‌های پیش از این روز و حضور و غیاب آنها همان‌طور که هستند می‌مانند</translation>
    </message>
    <message>
        <source>Changes appl&amp;y from:</source>
        <translation>اعمال تغییرات از(&amp;Y):</translation>
    </message>
    <message>
        <source>Sessions this pattern makes</source>
        <translation>جلسه‌هایی که این الگو می‌سازد</translation>
    </message>
    <message>
        <source>Conflicts — change the days, the time, the tutor or the room:</source>
        <translation>تداخل‌ها — روزها، ساعت، مربی یا کلاس را تغییر دهید:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تداخل‌ها</translation>
    </message>
    <message>
        <source>The group could not be read: %1</source>
        <translation>گروه خوانده نشد: %1</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>Edit Group — %1</source>
        <translation>ویرایش گروه — %1</translation>
    </message>
    <message>
        <source>No sessions yet: choose a tutor, at least one day and a start time.</source>
        <translation>هنوز جلسه‌ای نیست: یک مربی، دست‌کم یک روز و یک ساعت شروع انتخاب کنید.</translation>
    </message>
    <message>
        <source>No sessions: no school day between these dates meets the pattern.</source>
        <translation>بدون جلسه: هیچ روز مدرسه‌ای میان این تاریخ‌ها با الگو جور نیست.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n session(s) from %1 to %2</source>
        <translation>
            <numerusform>≈ %n جلسه از %1 تا %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be checked: %1</source>
        <translation>تداخل‌ها بررسی نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — change the days, the time, the tutor or the room:</source>
        <translation>
            <numerusform>%n تداخل — روزها، ساعت، مربی یا کلاس را تغییر دهید:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflicts first</source>
        <translation>ابتدا تداخل‌ها را برطرف کنید</translation>
    </message>
    <message>
        <source>Give the group a name first</source>
        <translation>ابتدا برای گروه نامی بگذارید</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupForm</name>
    <message>
        <source> students</source>
        <comment>cap spin box suffix</comment>
        <translation> دانش‌آموز</translation>
    </message>
    <message>
        <source>Code, e.g. RF.3.3</source>
        <translation>کد، مثلاً RF.3.3</translation>
    </message>
    <message>
        <source>The skill in plain words</source>
        <translation>مهارت به زبان ساده</translation>
    </message>
    <message>
        <source>Room, or the meeting link for a virtual group</source>
        <translation>کلاس، یا پیوند جلسه برای گروه مجازی</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes spin box suffix</comment>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>درس(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>مهارت(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>سطح(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation>شیوه اجرا(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>ظرفیت(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation>مربی(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Room or link:</source>
        <translation>کلاس یا پیوند(&amp;R):</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>روزهای تشکیل:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>به مدت</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>ساعت شروع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>شروع در(&amp;S):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>نخستین روز</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخرین روز</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از(&amp;F):</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor yet (the group stays planned)</source>
        <translation>هنوز مربی ندارد (گروه در حالت برنامه‌ریزی می‌ماند)</translation>
    </message>
    <message>
        <source>%1 — inactive</source>
        <translation>%1 — غیرفعال</translation>
    </message>
    <message>
        <source>%1 — clearance missing</source>
        <translation>%1 — بدون تأییدیه صلاحیت</translation>
    </message>
    <message>
        <source>%1 — clearance expired</source>
        <translation>%1 — تأییدیه صلاحیت منقضی‌شده</translation>
    </message>
    <message>
        <source>%1 (substitute pool)</source>
        <translation>%1 (گروه مربیان جایگزین)</translation>
    </message>
</context>
<context>
    <name>tutordesk::GroupSchedule</name>
    <message>
        <source>The group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject. Choose reading, math, writing or other.</source>
        <translation>%1: «%2» درس نیست. خواندن، ریاضی، نوشتن یا سایر را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: the tier must be 1, 2 or 3, not %2.</source>
        <translation>%1: سطح باید ۱، ۲ یا ۳ باشد، نه %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a delivery model. Choose pull-out, after school, Saturday, virtual or hybrid.</source>
        <translation>%1: «%2» شیوه اجرا نیست. در ساعات مدرسه، بعد از مدرسه، شنبه، مجازی یا ترکیبی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: a group holds 1 to 4 students, not %2. Choose a cap from 1 to 4.</source>
        <translation>%1: هر گروه ۱ تا ۴ دانش‌آموز دارد، نه %2. ظرفیتی از ۱ تا ۴ انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n student(s) holding seats, more than a cap of %2. Move students to other groups first, or keep the cap at %n or more.</source>
        <translation>
            <numerusform>%1 %n دانش‌آموز دارای جایگاه دارد، بیشتر از ظرفیت %2. ابتدا دانش‌آموزان را به گروه‌های دیگر منتقل کنید، یا ظرفیت را %n یا بیشتر نگه دارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a session lasts 5 to 240 minutes, not %2.</source>
        <translation>%1: هر جلسه ۵ تا ۲۴۰ دقیقه است، نه %2.</translation>
    </message>
    <message>
        <source>%1: the meeting days are not valid. Choose the weekdays again.</source>
        <translation>%1: روزهای تشکیل معتبر نیستند. روزهای هفته را دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: a session starting at %2 for %3 minutes would end after midnight. Choose an earlier start.</source>
        <translation>%1: جلسه‌ای که ساعت %2 به مدت %3 دقیقه شروع شود پس از نیمه‌شب تمام می‌شود. ساعت شروع زودتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 needs a start day and an end day. Enter both.</source>
        <translation>%1 به روز شروع و روز پایان نیاز دارد. هر دو را وارد کنید.</translation>
    </message>
    <message>
        <source>%1 starts on %2, after its end day %3. Choose an end day on or after the start.</source>
        <translation>%1 در %2 شروع می‌شود، پس از روز پایانش %3. روز پایانی در روز شروع یا پس از آن انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a group status. Choose planned, active or ended.</source>
        <translation>%1: «%2» وضعیت گروه نیست. برنامه‌ریزی‌شده، فعال یا پایان‌یافته را انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no group %1 any more (it may have been removed). Reload the page.</source>
        <translation>گروه %1 دیگر وجود ندارد (ممکن است حذف شده باشد). صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1: the chosen tutor is no longer on the roster. Choose another tutor.</source>
        <translation>%1: مربی انتخاب‌شده دیگر در فهرست اسامی نیست. مربی دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot lead %2. Choose another tutor, or make them active on the Tutors page.</source>
        <translation>%1 غیرفعال است و نمی‌تواند %2 را اداره کند. مربی دیگری انتخاب کنید، یا او را در صفحه مربیان فعال کنید.</translation>
    </message>
    <message>
        <source>%1 is not cleared to work with students on %2. Record their clearances on the Tutors page first.</source>
        <translation>%1 در %2 تأییدیه صلاحیت کار با دانش‌آموزان را ندارد. ابتدا تأییدیه‌های او را در صفحه مربیان ثبت کنید.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1 در %2 ذخیره نشد: %3</translation>
    </message>
    <message>
        <source>The group has no name. Enter a name, for example “Reading · Grades 3–4 · Tier 2 · A”.</source>
        <translation>گروه نام ندارد. نامی وارد کنید، مثلاً «خواندن · پایه‌های ۳–۴ · سطح ۲ · الف».</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuardianEditor</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>&amp;Primary contact for this student</source>
        <translation>تماس اصلی برای این دانش‌آموز(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>تلفن منزل</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>تلفن محل کار</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Consents to &amp;text messages</source>
        <translation>با دریافت پیامک موافق است(&amp;T)</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>افزودن ولی</translation>
    </message>
    <message>
        <source>Edit Guardian — %1</source>
        <translation>ویرایش ولی — %1</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>نسبت با دانش‌آموز</translation>
    </message>
    <message>
        <source>The guardian letters are addressed to and calls go to first</source>
        <translation>ولی‌ای که نامه‌ها خطاب به او نوشته می‌شود و اول با او تماس گرفته می‌شود</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>زبان ترجیحی</translation>
    </message>
    <message>
        <source>Choose a language, or type a language code such as &quot;hmn&quot; for Hmong. Letters are printed in the listed languages; others get English letters.</source>
        <translation>یک زبان انتخاب کنید، یا کد زبان را بنویسید، مثلاً &quot;hmn&quot; برای همونگ. نامه‌ها به زبان‌های فهرست‌شده چاپ می‌شوند؛ برای بقیه نامه انگلیسی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Preferred contact method</source>
        <translation>روش تماس ترجیحی</translation>
    </message>
    <message>
        <source>Texts are sent only to a mobile phone, and only with the family&apos;s consent</source>
        <translation>پیامک فقط به تلفن همراه و فقط با رضایت خانواده فرستاده می‌شود</translation>
    </message>
    <message>
        <source>e.g. (323) 555-0101</source>
        <translation>مثلاً (323) 555-0101</translation>
    </message>
    <message>
        <source>e.g. maria@example.com</source>
        <translation>مثلاً maria@example.com</translation>
    </message>
    <message>
        <source>Also the guardian of: %1. Changes to the phones, e-mail and language apply to these children too.</source>
        <translation>همچنین ولی این فرزندان: %1. تغییر تلفن‌ها، ایمیل و زبان برای این فرزندان هم اعمال می‌شود.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>نسبت(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>تلفن همراه(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>تلفن منزل(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>تلفن محل کار(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ایمیل(&amp;E):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>زبان(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>روش تماس(&amp;C):</translation>
    </message>
    <message>
        <source>Why the guardian was not saved</source>
        <translation>چرا ولی ذخیره نشد</translation>
    </message>
    <message>
        <source>The guardian could not be saved.</source>
        <translation>ولی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The guardian could not be saved: %1</source>
        <translation>ولی ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Guardians</name>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, has characters a phone number does not have. Use digits, spaces and ( ) - . + only.</source>
        <translation>تلفن %1 %2، «%3»، نویسه‌هایی دارد که در شماره تلفن نیست. فقط از رقم، فاصله و ( ) - . + استفاده کنید.</translation>
    </message>
    <message>
        <source>The %1 phone of %2, &quot;%3&quot;, is too short: a phone number has at least 7 digits. Correct it or leave it empty.</source>
        <translation>تلفن %1 %2، «%3»، خیلی کوتاه است: شماره تلفن دست‌کم ۷ رقم دارد. آن را اصلاح کنید یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>A guardian needs a name: type a first or a last name.</source>
        <translation>ولی باید نام داشته باشد: نام یا نام خانوادگی را بنویسید.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <source>The e-mail of %1, &quot;%2&quot;, is not an e-mail address: it needs one @ between a name and a domain, with no spaces (maria@example.com).</source>
        <translation>ایمیل %1، «%2»، نشانی ایمیل نیست: باید یک @ میان نام و دامنه داشته باشد و فاصله نداشته باشد (maria@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship TutorDesk knows. Choose one of: %2.</source>
        <translation>«%1» نسبتی نیست که TutorDesk بشناسد. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact method TutorDesk knows. Choose one of: %2.</source>
        <translation>«%1» روش تماسی نیست که TutorDesk بشناسد. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>Choose the language %1 prefers (English if you do not know it).</source>
        <translation>زبان ترجیحی %1 را انتخاب کنید (اگر نمی‌دانید، انگلیسی).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Choose a language from the list or type a code such as &quot;es&quot;, &quot;zh-Hant&quot; or &quot;hmn&quot;.</source>
        <translation>«%1» کد زبان نیست. زبانی را از فهرست انتخاب کنید یا کدی مانند &quot;es&quot;، &quot;zh-Hant&quot; یا &quot;hmn&quot; بنویسید.</translation>
    </message>
    <message>
        <source>%1 consents to texts but has no mobile phone. Type the mobile number or clear the consent.</source>
        <translation>%1 با پیامک موافق است اما تلفن همراه ندارد. شماره همراه را بنویسید یا موافقت را بردارید.</translation>
    </message>
    <message>
        <source>%1 prefers texts but has not consented to them. Record the consent or choose another method.</source>
        <translation>%1 پیامک را ترجیح می‌دهد اما با آن موافقت نکرده است. موافقت را ثبت کنید یا روش دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 prefers e-mail but has no e-mail address. Type it or choose another method.</source>
        <translation>%1 ایمیل را ترجیح می‌دهد اما نشانی ایمیل ندارد. آن را بنویسید یا روش دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The guardian could not be saved in %1: %2</source>
        <translation>ولی در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>There is no student %1 (they may have been removed). Reload the Students page.</source>
        <translation>دانش‌آموز %1 وجود ندارد (ممکن است حذف شده باشد). صفحه دانش‌آموزان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 is not a guardian of this student any more (someone may have removed them). Reload the Students page.</source>
        <translation>%1 دیگر ولی این دانش‌آموز نیست (ممکن است کسی او را حذف کرده باشد). صفحه دانش‌آموزان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>Guardian details edited</source>
        <translation>مشخصات ولی ویرایش شد</translation>
    </message>
    <message>
        <source>That guardian is no longer on record (they may have been removed). Search again.</source>
        <translation>آن ولی دیگر ثبت نیست (ممکن است حذف شده باشد). دوباره جستجو کنید.</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 از قبل ولی این دانش‌آموز است.</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student any more. Reload the Students page.</source>
        <translation>آن ولی دیگر به این دانش‌آموز پیوند ندارد. صفحه دانش‌آموزان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The guardian could not be removed in %1: %2</source>
        <translation>ولی در %1 حذف نشد: %2</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>مادر</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>پدر</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>پدربزرگ یا مادربزرگ</translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation>عمه، خاله، عمو یا دایی</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>خواهر یا برادر</translation>
    </message>
    <message>
        <source>Foster parent</source>
        <translation>والد موقت</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست قانونی</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
</context>
<context>
    <name>tutordesk::GuiOptions</name>
    <message>
        <source>TutorDesk: intensive tutoring, run by need.</source>
        <translation>TutorDesk: آموزش تقویتی فشرده بر اساس نیاز.</translation>
    </message>
    <message>
        <source>Open the TutorDesk database at PATH (else $TUTORDESK_DB, else your school&apos;s usual database).</source>
        <translation>پایگاه داده TutorDesk را در PATH باز می‌کند (وگرنه $TUTORDESK_DB، وگرنه پایگاه داده معمول مدرسه شما).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Open the demo school, creating it first if it is not there yet.</source>
        <translation>مدرسه نمایشی را باز می‌کند و اگر هنوز وجود ندارد، ابتدا آن را می‌سازد.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) once it has loaded, then quit.</source>
        <translation>پس از بارگیری، تصویری از پنجره را در FILE (PNG) ذخیره می‌کند و سپس خارج می‌شود.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take DAY (YYYY-MM-DD) as today, e.g. for a demo school&apos;s screenshots.</source>
        <translation>DAY (YYYY-MM-DD) را امروز در نظر می‌گیرد، مثلاً برای تصاویر صفحه مدرسه نمایشی.</translation>
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
        <translation>پایگاه داده TutorDesk برای باز کردن (همانند --db).</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>--today needs a day written YYYY-MM-DD, e.g. 2026-11-20.</source>
        <translation>--today به روزی به شکل YYYY-MM-DD نیاز دارد، مثلاً 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Import</name>
    <message>
        <source>, line %1</source>
        <translation>، خط %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>، ستون %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>the mapping given</source>
        <translation>نگاشت داده‌شده</translation>
    </message>
    <message>
        <source>the mapping saved last time</source>
        <translation>نگاشت ذخیره‌شده دفعه قبل</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>تطبیق بر اساس نام</translation>
    </message>
    <message>
        <source>Columns (%1): %2.</source>
        <translation>ستون‌ها (%1): %2.</translation>
    </message>
    <message>
        <source>The mapping given is for &quot;%1&quot; files, but %2 is read as &quot;%3&quot;. Give a mapping made for this kind of file, or none to match the columns by name.</source>
        <translation>نگاشت داده‌شده برای فایل‌های «%1» است، اما %2 به‌صورت «%3» خوانده می‌شود. نگاشتی بدهید که برای این نوع فایل ساخته شده، یا هیچ نگاشتی ندهید تا ستون‌ها بر اساس نام تطبیق داده شوند.</translation>
    </message>
    <message>
        <source>%1 more problems are not listed. Correct the ones above (often one column is wrong throughout) and run again to see what is left.</source>
        <translation>%1 مشکل دیگر فهرست نشده است. موارد بالا را اصلاح کنید (اغلب یک ستون در سراسر فایل نادرست است) و دوباره اجرا کنید تا باقی‌مانده‌ها را ببینید.</translation>
    </message>
    <message>
        <source>A OneRoster export names its own columns; the column mapping given was not needed.</source>
        <translation>خروجی OneRoster ستون‌های خود را نام‌گذاری می‌کند؛ نگاشت ستون داده‌شده لازم نبود.</translation>
    </message>
    <message>
        <source>%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster exports (a .zip or a folder); a CSV roster carries its flags in its own columns.</source>
        <translation>%1 فهرست اسامی CSV است. انتخاب مدرسه و افزودن فایل نشانگرها برای خروجی‌های OneRoster (یک .zip یا پوشه) است؛ فهرست اسامی CSV نشانگرهای خود را در ستون‌های خودش دارد.</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>نگاشت ستون برای دفعه بعد ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportActions</name>
    <message>
        <source>Import &amp;Roster…</source>
        <translation>وارد کردن فهرست اسامی(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;Scores…</source>
        <translation>وارد کردن نمره‌ها(&amp;S)…</translation>
    </message>
    <message>
        <source>Bring in the students from your district&apos;s roster file</source>
        <translation>وارد کردن دانش‌آموزان از فایل فهرست اسامی منطقه آموزشی</translation>
    </message>
    <message>
        <source>Bring in benchmark results (i-Ready, STAR, MAP) for students on file</source>
        <translation>وارد کردن نتایج آزمون معیار (i-Ready، STAR، MAP) برای دانش‌آموزان ثبت‌شده</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportDialog</name>
    <message>
        <source>C&amp;heck File</source>
        <translation>بررسی فایل(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن(&amp;I)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Read the whole file and list every problem, without importing anything</source>
        <translation>خواندن کل فایل و فهرست کردن همه مشکلات، بدون وارد کردن چیزی</translation>
    </message>
    <message>
        <source>Available once the file has been checked without problems</source>
        <translation>پس از بررسی بدون مشکل فایل در دسترس است</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>بررسی لغو شد.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>وارد کردن لغو شد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Choose a file to begin.</source>
        <translation>برای شروع یک فایل انتخاب کنید.</translation>
    </message>
    <message>
        <source>Click Check File: TutorDesk reads the whole file and lists anything to fix. Nothing is imported yet.</source>
        <translation>روی «بررسی فایل» کلیک کنید: TutorDesk کل فایل را می‌خواند و هر چیزی را که باید اصلاح شود فهرست می‌کند. هنوز چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>The choices changed. Click Check File again.</source>
        <translation>انتخاب‌ها تغییر کرد. دوباره روی «بررسی فایل» کلیک کنید.</translation>
    </message>
    <message>
        <source>1 student on file is not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>۱ دانش‌آموز ثبت‌شده در این فهرست اسامی نیست. انصراف‌داده علامت بخورد؟ سوابق او حفظ می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln students on file are not in this roster. Mark them withdrawn? Their history is kept.</source>
        <translation>
            <numerusform>%Ln دانش‌آموز ثبت‌شده در این فهرست اسامی نیستند. انصراف‌داده علامت بخورند؟ سوابق آنها حفظ می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students Not in This Roster</source>
        <translation>دانش‌آموزانی که در این فهرست اسامی نیستند</translation>
    </message>
    <message>
        <source>Choose No if this file lists only some of the school&apos;s students.</source>
        <translation>اگر این فایل فقط برخی از دانش‌آموزان مدرسه را فهرست می‌کند، «خیر» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>در حال بررسی %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال وارد کردن %1…</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>امتیازهای نیاز دوباره محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>Need scores were recalculated from the new data.</source>
        <translation>امتیازهای نیاز از داده‌های جدید دوباره محاسبه شد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportKind</name>
    <message>
        <source>Import Roster</source>
        <translation>وارد کردن فهرست اسامی</translation>
    </message>
    <message>
        <source>Choose the roster your district&apos;s student system exported: a CSV file, or a OneRoster zip file or folder.</source>
        <translation>فهرست اسامی‌ای را که سامانه دانش‌آموزی منطقه آموزشی صادر کرده انتخاب کنید: یک فایل CSV، یا فایل zip یا پوشه OneRoster.</translation>
    </message>
    <message>
        <source>Import Benchmark Scores</source>
        <translation>وارد کردن نمره‌های آزمون معیار</translation>
    </message>
    <message>
        <source>Choose the scores file your assessment system exported (i-Ready, STAR, MAP or similar) as CSV. The students must already be on file.</source>
        <translation>فایل نمره‌هایی را که سامانه ارزیابی شما (i-Ready، STAR، MAP یا مشابه) به‌صورت CSV صادر کرده انتخاب کنید. دانش‌آموزان باید از قبل ثبت شده باشند.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReportView</name>
    <message>
        <source>&amp;Copy Report</source>
        <translation>کپی گزارش(&amp;C)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>ذخیره گزارش(&amp;V)…</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>آنچه وارد کردن پیدا کرد</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>قدم بعدی</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>مشکلات فایل</translation>
    </message>
    <message>
        <source>Copy the report to paste it into an email or a document</source>
        <translation>کپی گزارش برای چسباندن در ایمیل یا سند</translation>
    </message>
    <message>
        <source>Save the report as a text file</source>
        <translation>ذخیره گزارش به‌صورت فایل متنی</translation>
    </message>
    <message>
        <source>%1 - import report.txt</source>
        <comment>file name</comment>
        <translation>%1 - گزارش وارد کردن.txt</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>ذخیره گزارش</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>فایل‌های متنی (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>گزارش در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportReviewDialog</name>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>محتوای فایل</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>قدم بعدی</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Nothing has been imported. Fix the file, save it, and import it again.</source>
        <translation>
            <numerusform>%n مشکل پیدا شد. چیزی وارد نشده است. فایل را اصلاح و ذخیره کنید و دوباره وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in this file is already in TutorDesk. There is nothing to import.</source>
        <translation>همه محتوای این فایل از قبل در TutorDesk هست. چیزی برای وارد کردن نیست.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>مشکلی پیدا نشد. برای اعمال این تغییرات روی «وارد کردن» کلیک کنید.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>مشکلات فایل</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن(&amp;I)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportRunner</name>
    <message>
        <source>Checking the File</source>
        <translation>بررسی فایل</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال وارد کردن</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportSource</name>
    <message>
        <source>&amp;File:</source>
        <translation>فایل(&amp;F):</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>فایل برای وارد کردن</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>هنوز فایلی انتخاب نشده</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>انتخاب فایل(&amp;C)…</translation>
    </message>
    <message>
        <source>OneRoster &amp;Folder…</source>
        <translation>پوشه OneRoster(&amp;F)…</translation>
    </message>
    <message>
        <source>A folder holding a OneRoster export (orgs.csv, users.csv, …)</source>
        <translation>پوشه‌ای که خروجی OneRoster را دارد (orgs.csv، users.csv، …)</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>کدام ستون چیست</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>نخستین ردیف‌های فایل</translation>
    </message>
    <message>
        <source>Choose a OneRoster Folder</source>
        <translation>انتخاب پوشه OneRoster</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt *.zip);;All files (*)</source>
        <translation>فهرست‌های اسامی (*.csv *.txt *.zip);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The columns you chose last time. Check them against the first rows on the right.</source>
        <translation>ستون‌هایی که دفعه قبل انتخاب کردید. آنها را با نخستین ردیف‌ها در سمت چپ مقایسه کنید.</translation>
    </message>
    <message>
        <source>TutorDesk matched these columns by their names. Check them against the first rows on the right.</source>
        <translation>TutorDesk این ستون‌ها را بر اساس نامشان تطبیق داد. آنها را با نخستین ردیف‌ها در سمت چپ مقایسه کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ImportText</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>یونیکد (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8, as Excel saves it)</source>
        <translation>یونیکد (UTF-8، آن‌گونه که Excel ذخیره می‌کند)</translation>
    </message>
    <message>
        <source>Windows Western European (as older Excel saves it)</source>
        <translation>ویندوز اروپای غربی (آن‌گونه که Excel قدیمی ذخیره می‌کند)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>یونیکد (UTF-16)</translation>
    </message>
    <message>
        <source>columns separated by tabs</source>
        <translation>ستون‌ها با Tab جدا شده‌اند</translation>
    </message>
    <message>
        <source>columns separated by semicolons</source>
        <translation>ستون‌ها با نقطه‌ویرگول جدا شده‌اند</translation>
    </message>
    <message>
        <source>columns separated by commas</source>
        <translation>ستون‌ها با ویرگول جدا شده‌اند</translation>
    </message>
    <message>
        <source>columns separated by &quot;%1&quot;</source>
        <translation>ستون‌ها با «%1» جدا شده‌اند</translation>
    </message>
    <message>
        <source>Read as %1, %2; %3 after the header.</source>
        <translation>به‌صورت %1، %2 خوانده شد؛ %3 پس از سرستون.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>خط %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>ستون %1</translation>
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
            <numerusform>%Ln دانش‌آموز خوانده شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) read.</source>
        <translation>
            <numerusform>%Ln نتیجه خوانده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 خوانده شد: %2 جدید، %3 تغییر، %4 بدون تغییر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln دانش‌آموز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) marked withdrawn.</source>
        <translation>
            <numerusform>%Ln دانش‌آموز انصراف‌داده علامت خورد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in this roster: %Ln student(s) on file.</source>
        <translation>
            <numerusform>در این فهرست اسامی نیستند: %Ln دانش‌آموز ثبت‌شده.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families: %1 new, %2 changed.</source>
        <translation>خانواده‌ها: %1 جدید، %2 تغییر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln نتیجه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other columns above), save it, and click Check File again.</source>
        <translation>
            <numerusform>%Ln مشکل پیدا شد. چیزی وارد نشده است. فایل را اصلاح کنید (یا ستون‌های دیگری در بالا انتخاب کنید)، ذخیره کنید و دوباره روی «بررسی فایل» کلیک کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>وارد شد.</translation>
    </message>
    <message>
        <source>No problems found. Click Import to bring these changes in.</source>
        <translation>مشکلی پیدا نشد. برای اعمال این تغییرات روی «وارد کردن» کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LanguageNames</name>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>اسپانیایی</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>کره‌ای</translation>
    </message>
    <message>
        <source>Chinese, Simplified</source>
        <translation>چینی، ساده‌شده</translation>
    </message>
    <message>
        <source>Chinese, Traditional</source>
        <translation>چینی، سنتی</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>ارمنی</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ویتنامی</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>تاگالوگ</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
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
        <translation>نامه‌های خانواده</translation>
    </message>
    <message>
        <source>Family Letter</source>
        <translation>نامه به خانواده</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>نوع نامه</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (آمریکا)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Notes on this letter</source>
        <translation>یادداشت‌های این نامه</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>پیش‌نمایش نامه</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;Print All…</source>
        <translation>چاپ همه(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ(&amp;P)…</translation>
    </message>
    <message>
        <source>Print through the system print dialog (%1); each letter is logged as a contact</source>
        <translation>چاپ از طریق پنجره چاپ سیستم (%1)؛ هر نامه به‌عنوان یک تماس ثبت می‌شود</translation>
    </message>
    <message>
        <source>&amp;Save All as One PDF…</source>
        <translation>ذخیره همه در یک PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as a PDF file (%1), one letter per page; each letter is logged as a contact</source>
        <translation>ذخیره به‌صورت فایل PDF (%1)، هر نامه در یک صفحه؛ هر نامه به‌عنوان یک تماس ثبت می‌شود</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>ویرایش الگو(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this kind of letter&apos;s text in this language (kept beside the original)</source>
        <translation>تغییر متن این نوع نامه در این زبان (در کنار نسخه اصلی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>زبان نامه</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>گیرنده(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان(&amp;L):</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>کاغذ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Letters (one page for each family):</source>
        <translation>نامه‌ها (یک صفحه برای هر خانواده)(&amp;L):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>The student&apos;s family could not be read: %1</source>
        <translation>اطلاعات خانواده دانش‌آموز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Unnamed guardian</source>
        <translation>ولی بی‌نام</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <translation>%1، اصلی</translation>
    </message>
    <message>
        <source>No guardian on file: addressed to the family</source>
        <translation>ولی ثبت نشده است: خطاب به خانواده</translation>
    </message>
    <message>
        <source>Letter to the Family of %1</source>
        <translation>نامه به خانواده %1</translation>
    </message>
    <message>
        <source>This letter cannot be written: %1</source>
        <translation>این نامه قابل نوشتن نیست: %1</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>دانش‌آموز %1</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>خانواده %1</translation>
    </message>
    <message>
        <source>translation not yet reviewed</source>
        <translation>ترجمه هنوز بازبینی نشده</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Family Letters (%1)</source>
        <translation>نامه‌های خانواده (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be written and are left out: %1</source>
        <translation>
            <numerusform>%n نامه قابل نوشتن نیست و کنار گذاشته شد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation not yet reviewed by a qualified translator.</source>
        <translation>ترجمه هنوز توسط مترجم واجد شرایط بازبینی نشده است.</translation>
    </message>
    <message>
        <source>The text was edited in TutorDesk (version %1).</source>
        <translation>متن در TutorDesk ویرایش شده است (نسخه %1).</translation>
    </message>
    <message>
        <source>Printed and logged</source>
        <translation>چاپ و ثبت شد</translation>
    </message>
    <message>
        <source>Saved and logged</source>
        <translation>ذخیره و ثبت شد</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Family letters</source>
        <translation>نامه‌های خانواده</translation>
    </message>
    <message>
        <source>No letters are chosen to print.</source>
        <translation>هیچ نامه‌ای برای چاپ انتخاب نشده است.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer refused them. Check the printer, or save them as a PDF and print that.</source>
        <translation>نامه‌ها چاپ نشدند: چاپگر آنها را نپذیرفت. چاپگر را بررسی کنید، یا آنها را به‌صورت PDF ذخیره و آن را چاپ کنید.</translation>
    </message>
    <message>
        <source>Save Letters as PDF</source>
        <translation>ذخیره نامه‌ها به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No letters are chosen to save.</source>
        <translation>هیچ نامه‌ای برای ذخیره انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Printed, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>چاپ شد، اما نامه‌ها ثبت نشدند: %1 تماس‌ها را دستی ثبت کنید.</translation>
    </message>
    <message>
        <source>Saved, but the letters are not on record: %1 Log the contacts by hand.</source>
        <translation>ذخیره شد، اما نامه‌ها ثبت نشدند: %1 تماس‌ها را دستی ثبت کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed and logged as contacts.</source>
        <translation>
            <numerusform>%n نامه چاپ و به‌عنوان تماس ثبت شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved as a PDF and logged as contacts.</source>
        <translation>
            <numerusform>%n نامه به‌صورت PDF ذخیره و به‌عنوان تماس ثبت شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterKinds</name>
    <message>
        <source>Enrollment invitation with consent slip</source>
        <translation>دعوت‌نامه ثبت‌نام همراه با برگه رضایت‌نامه</translation>
    </message>
    <message>
        <source>Missed-session notice 1</source>
        <translation>اطلاعیه غیبت در جلسه ۱</translation>
    </message>
    <message>
        <source>Missed-session notice 2</source>
        <translation>اطلاعیه غیبت در جلسه ۲</translation>
    </message>
    <message>
        <source>Missed-session notice 3</source>
        <translation>اطلاعیه غیبت در جلسه ۳</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>گزارش پیشرفت</translation>
    </message>
    <message>
        <source>End-of-program summary</source>
        <translation>خلاصه پایان برنامه</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>نام مدرسه</translation>
    </message>
    <message>
        <source>The school&apos;s address</source>
        <translation>نشانی مدرسه</translation>
    </message>
    <message>
        <source>The school&apos;s phone number</source>
        <translation>شماره تلفن مدرسه</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name</source>
        <translation>نام هماهنگ‌کننده آموزش تقویتی</translation>
    </message>
    <message>
        <source>The letter&apos;s date, written out</source>
        <translation>تاریخ نامه، به‌صورت کامل</translation>
    </message>
    <message>
        <source>The date to return the slip by (a week later)</source>
        <translation>مهلت بازگرداندن برگه (یک هفته بعد)</translation>
    </message>
    <message>
        <source>The guardian&apos;s name, or &quot;Family of&quot; the student</source>
        <translation>نام ولی، یا «خانواده» دانش‌آموز</translation>
    </message>
    <message>
        <source>The student&apos;s preferred or first name</source>
        <translation>نام ترجیحی یا نام کوچک دانش‌آموز</translation>
    </message>
    <message>
        <source>The student&apos;s full name</source>
        <translation>نام کامل دانش‌آموز</translation>
    </message>
    <message>
        <source>The student&apos;s grade, in words</source>
        <translation>پایه دانش‌آموز، با حروف</translation>
    </message>
    <message>
        <source>The subject of the tutoring group</source>
        <translation>درس گروه تقویتی</translation>
    </message>
    <message>
        <source>The days the group meets</source>
        <translation>روزهای تشکیل گروه</translation>
    </message>
    <message>
        <source>The group&apos;s start and end time</source>
        <translation>ساعت شروع و پایان گروه</translation>
    </message>
    <message>
        <source>Where the group meets</source>
        <translation>محل تشکیل گروه</translation>
    </message>
    <message>
        <source>The group&apos;s tutor</source>
        <translation>مربی گروه</translation>
    </message>
    <message>
        <source>The group&apos;s first day</source>
        <translation>نخستین روز گروه</translation>
    </message>
    <message>
        <source>The group&apos;s last day</source>
        <translation>آخرین روز گروه</translation>
    </message>
    <message>
        <source>The day of the missed session</source>
        <translation>روز جلسه‌ای که دانش‌آموز غایب بود</translation>
    </message>
    <message>
        <source>The days of the sessions missed in a row</source>
        <translation>روزهای جلسه‌هایی که پشت سر هم غایب بود</translation>
    </message>
    <message>
        <source>How many sessions were missed in a row</source>
        <translation>تعداد جلسه‌هایی که پشت سر هم غایب بود</translation>
    </message>
    <message>
        <source>Sessions attended over the last four weeks, in percent</source>
        <translation>درصد حضور در جلسه‌ها در چهار هفته گذشته</translation>
    </message>
    <message>
        <source>Sessions the student attended</source>
        <translation>جلسه‌هایی که دانش‌آموز حاضر بود</translation>
    </message>
    <message>
        <source>Sessions the group held</source>
        <translation>جلسه‌هایی که گروه برگزار کرد</translation>
    </message>
    <message>
        <source>Minutes of tutoring received</source>
        <translation>دقیقه‌های آموزش تقویتی دریافت‌شده</translation>
    </message>
    <message>
        <source>Minutes of tutoring planned</source>
        <translation>دقیقه‌های آموزش تقویتی برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>The skill the group works on</source>
        <translation>مهارتی که گروه روی آن کار می‌کند</translation>
    </message>
    <message>
        <source>The first probe score</source>
        <translation>نمره نخستین سنجش</translation>
    </message>
    <message>
        <source>The latest probe score</source>
        <translation>نمره آخرین سنجش</translation>
    </message>
    <message>
        <source>Growth from the first to the latest probe</source>
        <translation>رشد از نخستین تا آخرین سنجش</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterLog</name>
    <message>
        <source>There is no student %1 (they may have been removed). Merge the letters again.</source>
        <translation>دانش‌آموز %1 وجود ندارد (ممکن است حذف شده باشد). نامه‌ها را دوباره ادغام کنید.</translation>
    </message>
    <message>
        <source>The letter for %1 is addressed to a guardian no longer listed for them. Merge the letters again.</source>
        <translation>نامه %1 خطاب به ولی‌ای است که دیگر برای او ثبت نیست. نامه‌ها را دوباره ادغام کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter.</source>
        <translation>«%1» یک نوع نامه نیست.</translation>
    </message>
    <message>
        <source>The letter for %1 answers a due action of another student. Merge the letters again.</source>
        <translation>نامه %1 پاسخ به اقدام سررسیده دانش‌آموز دیگری است. نامه‌ها را دوباره ادغام کنید.</translation>
    </message>
    <message>
        <source>Letter sent: %1</source>
        <translation>نامه ارسال شد: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending a letter: print or pdf.</source>
        <translation>«%1» روش ارسال نامه نیست: print یا pdf.</translation>
    </message>
    <message>
        <source>Say when the letters were printed or saved.</source>
        <translation>بنویسید نامه‌ها چه زمانی چاپ یا ذخیره شدند.</translation>
    </message>
    <message>
        <source>No letter was logged: %1</source>
        <translation>هیچ نامه‌ای ثبت نشد: %1</translation>
    </message>
    <message>
        <source>The letters could not be logged in %1: %2. Nothing was logged; try again.</source>
        <translation>نامه‌ها در %1 ثبت نشدند: %2. چیزی ثبت نشد؛ دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterMerge</name>
    <message>
        <source>Hmong</source>
        <translation>همونگ</translation>
    </message>
    <message>
        <source>The %1 for %2 could not be filled in: no value for %3. Please report this.</source>
        <translation>%1 برای %2 تکمیل نشد: مقداری برای %3 وجود ندارد. لطفاً این مشکل را گزارش دهید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>«%1» یک نوع نامه نیست. یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>The letter has no date. Give the day it is written.</source>
        <translation>نامه تاریخ ندارد. روز نوشتن آن را وارد کنید.</translation>
    </message>
    <message>
        <source>TutorDesk has no letters in &quot;%1&quot;. Use one of: %2.</source>
        <translation>TutorDesk نامه‌ای به زبان «%1» ندارد. یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>The family reads %1; there is no %1 %2 yet, so this one is in English.</source>
        <translation>زبان خانواده %1 است؛ هنوز %2 به زبان %1 وجود ندارد، بنابراین این نامه به انگلیسی است.</translation>
    </message>
    <message>
        <source>The family reads %1; there are no %1 letters yet, so this one is in English.</source>
        <translation>زبان خانواده %1 است؛ هنوز نامه‌ای به زبان %1 وجود ندارد، بنابراین این نامه به انگلیسی است.</translation>
    </message>
    <message>
        <source>The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.</source>
        <translation>%1 انگلیسی در این نسخه از TutorDesk وجود ندارد. TutorDesk را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>دانش‌آموز %1</translation>
    </message>
    <message>
        <source>No letters were made: the letter for %1 could not be: %2</source>
        <translation>هیچ نامه‌ای ساخته نشد: نامه %1 ساخته نشد: %2</translation>
    </message>
    <message>
        <source>That guardian is not on record for %1. Choose one of %1&apos;s guardians.</source>
        <translation>این ولی برای %1 ثبت نشده است. یکی از اولیای %1 را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Student %1 is not on record. Choose a student from the list.</source>
        <translation>دانش‌آموز %1 ثبت نشده است. دانش‌آموزی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>That due action is not %1&apos;s. Start the letter from one of %1&apos;s actions.</source>
        <translation>این اقدام سررسیده مربوط به %1 نیست. نامه را از یکی از اقدامات %1 شروع کنید.</translation>
    </message>
    <message>
        <source>The school&apos;s phone number is not set, and every letter tells the family where to call. Add it in Settings ▸ School.</source>
        <translation>شماره تلفن مدرسه تنظیم نشده است، در حالی که هر نامه به خانواده می‌گوید با کجا تماس بگیرد. آن را در تنظیمات ▸ مدرسه وارد کنید.</translation>
    </message>
    <message>
        <source>The tutoring coordinator&apos;s name is not set, and every letter is signed with it. Add it in Settings ▸ School.</source>
        <translation>نام هماهنگ‌کننده آموزش تقویتی تنظیم نشده است، در حالی که هر نامه با آن امضا می‌شود. آن را در تنظیمات ▸ مدرسه وارد کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no meeting days yet. Set the group&apos;s days first.</source>
        <translation>گروه %1 هنوز روز تشکیل ندارد. ابتدا روزهای گروه را تنظیم کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no start time yet. Set the group&apos;s time first.</source>
        <translation>گروه %1 هنوز ساعت شروع ندارد. ابتدا ساعت گروه را تنظیم کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s group has no tutor. Assign a tutor to the group first.</source>
        <translation>گروه %1 مربی ندارد. ابتدا یک مربی به گروه اختصاص دهید.</translation>
    </message>
    <message>
        <source>%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a group first.</source>
        <translation>%1 در هیچ گروه تقویتی جایگاه ندارد، بنابراین نامه گروهی برای توصیف ندارد. ابتدا %1 را در یک گروه قرار دهید.</translation>
    </message>
    <message>
        <source>%1 has no missed session on record, so there is nothing for a missed-session letter to name. Check the attendance or choose another kind of letter.</source>
        <translation>برای %1 هیچ غیبتی در جلسه ثبت نشده است، بنابراین نامه غیبت چیزی برای ذکر ندارد. حضور و غیاب را بررسی کنید یا نوع دیگری از نامه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 has no attendance on record yet, so there is no rate to report.</source>
        <translation>برای %1 هنوز حضور و غیابی ثبت نشده است، بنابراین نرخی برای گزارش وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>این برنامه نمی‌تواند فایل PDF بنویسد (نویسنده صفحه نصب نیست). از TutorDesk یا tutordesk-cli استفاده کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n family letter(s)</source>
        <translation>
            <numerusform>%n نامه خانواده</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no letters to save in %1.</source>
        <translation>نامه‌ای برای ذخیره در %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، خط %2: %3</translation>
    </message>
    <message>
        <source>%1: the letter has no text after the header. Write the letter below the line &quot;--&gt;&quot;.</source>
        <translation>%1: نامه پس از سرآیند متنی ندارد. نامه را زیر خط &quot;--&gt;&quot; بنویسید.</translation>
    </message>
    <message>
        <source>{{%1}} is not a value a %2 letter can use. Use one of: %3.</source>
        <translation>{{%1}} مقداری نیست که نامه %2 بتواند به کار ببرد. یکی از این‌ها را به کار ببرید: %3.</translation>
    </message>
    <message>
        <source>a placeholder is not closed. Write each one as {{name}} on one line.</source>
        <translation>یک جای‌نگهدار بسته نشده است. هر کدام را به‌صورت {{name}} در یک خط بنویسید.</translation>
    </message>
    <message>
        <source>this is not a TutorDesk letter template: it must start with the line &quot;&lt;!--tutordesk-letter&quot; followed by language, kind, version, reviewed and title.</source>
        <translation>این الگوی نامه TutorDesk نیست: باید با خط &quot;&lt;!--tutordesk-letter&quot; شروع شود و پس از آن language، kind، version، reviewed و title بیاید.</translation>
    </message>
    <message>
        <source>expected &quot;name: value&quot; (language, kind, version, reviewed or title), or &quot;--&gt;&quot; to end the header.</source>
        <translation>انتظار می‌رفت &quot;name: value&quot; (language، kind، version، reviewed یا title)، یا &quot;--&gt;&quot; برای پایان سرآیند.</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one TutorDesk prints letters in. Use one of: %2.</source>
        <translation>زبان &quot;%1&quot; از زبان‌هایی نیست که TutorDesk نامه را به آنها چاپ می‌کند. یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>نوع &quot;%1&quot; یک نوع نامه نیست. یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>version is empty. Write a version such as 1 or 2024-2.</source>
        <translation>version خالی است. نسخه‌ای مانند 1 یا 2024-2 بنویسید.</translation>
    </message>
    <message>
        <source>reviewed must be yes or no.</source>
        <translation>reviewed باید yes یا no باشد.</translation>
    </message>
    <message>
        <source>title is empty. Write the letter&apos;s title in its language.</source>
        <translation>title خالی است. عنوان نامه را به زبان خود نامه بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field. Use language, kind, version, reviewed and title.</source>
        <translation>&quot;%1&quot; فیلد سرآیند نیست. از language، kind، version، reviewed و title استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: the header is not closed. Add a line &quot;--&gt;&quot; after the title.</source>
        <translation>%1: سرآیند بسته نشده است. پس از title یک خط &quot;--&gt;&quot; اضافه کنید.</translation>
    </message>
    <message>
        <source>the header has no %1 line. Add &quot;%1: …&quot; before &quot;--&gt;&quot;.</source>
        <translation>سرآیند خط %1 ندارد. پیش از &quot;--&gt;&quot; خط &quot;%1: …&quot; را اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplates</name>
    <message>
        <source>%1 cannot be read: the zip is damaged. Ask the district for the pack again.</source>
        <translation>%1 خوانده نمی‌شود: فایل zip آسیب دیده است. بسته را دوباره از منطقه آموزشی بخواهید.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Ask the district for the template pack again.</source>
        <translation>%1 به‌صورت فایل zip باز نمی‌شود: آسیب دیده یا zip نیست. بسته الگوها را دوباره از منطقه آموزشی بخواهید.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a template pack has at most %3. It is not a template pack, so nothing was installed.</source>
        <translation>%1 %2 فایل دارد؛ بسته الگوها حداکثر %3 فایل دارد. این بسته الگو نیست، بنابراین چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. It is not a template pack, so nothing was installed.</source>
        <translation>%1 فایلی به نام «%2» دارد که به بیرون از zip اشاره می‌کند. این بسته الگو نیست، بنابراین چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Make the zip again without a password.</source>
        <translation>%1 با گذرواژه محافظت شده است. فایل zip را دوباره بدون گذرواژه بسازید.</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 پس از باز شدن بیش از %3 کیلوبایت می‌شود؛ الگوی نامه بسیار کوچک‌تر است. چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 پس از باز شدن بیش از %2 کیلوبایت می‌شود. این بسته الگو نیست، بنابراین چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files. It is not a template pack, so nothing was installed.</source>
        <translation>%1 بیش از %2 فایل دارد. این بسته الگو نیست، بنابراین چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 KB; a letter template is much smaller. Nothing was installed.</source>
        <translation>%1: %2 بزرگ‌تر از %3 کیلوبایت است؛ الگوی نامه بسیار کوچک‌تر است. چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read: %3</source>
        <translation>%1: %2 خوانده نمی‌شود: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB. It is not a template pack, so nothing was installed.</source>
        <translation>%1 بزرگ‌تر از %2 کیلوبایت است. این بسته الگو نیست، بنابراین چیزی نصب نشد.</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the template pack&apos;s folder or .zip file.</source>
        <translation>%1 وجود ندارد. پوشه یا فایل .zip بسته الگوها را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file. A template pack is a folder (or a zip of it) with one folder per language, such as es/missed-1.html.</source>
        <translation>%1 نه پوشه است و نه فایل .zip. بسته الگوها پوشه‌ای (یا zip آن) است با یک پوشه برای هر زبان، مانند es/missed-1.html.</translation>
    </message>
    <message>
        <source>%1: a template pack holds one folder per language with the letters inside, such as es/missed-1.html. Move the file into its language&apos;s folder.</source>
        <translation>%1: بسته الگوها برای هر زبان یک پوشه دارد که نامه‌ها درون آن هستند، مانند es/missed-1.html. فایل را به پوشه زبان خودش منتقل کنید.</translation>
    </message>
    <message>
        <source>%1: the folder &quot;%2&quot; is not a letter language. Name the folders %3.</source>
        <translation>%1: پوشه «%2» زبان نامه نیست. پوشه‌ها را %3 نام‌گذاری کنید.</translation>
    </message>
    <message>
        <source>%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/terms.json.</source>
        <translation>%1: فایل واژه‌ها یک شیء JSON نیست (%2). آن را مانند resources/letters/en/terms.json اصلاح کنید.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>شیء نیست</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text in quotes.</source>
        <translation>%1: «%2» باید متن درون نقل‌قول باشد.</translation>
    </message>
    <message>
        <source>%1: the file says language &quot;%2&quot; but sits in the folder %3. Fix the language or move the file.</source>
        <translation>%1: فایل زبان را «%2» می‌گوید اما در پوشه %3 قرار دارد. زبان را اصلاح کنید یا فایل را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>%1 is neither a letter (&lt;kind&gt;.html) nor the words file (terms.json). Remove it from the pack.</source>
        <translation>%1 نه نامه (&lt;kind&gt;.html) است و نه فایل واژه‌ها (terms.json). آن را از بسته حذف کنید.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of letter. Name the file after its kind: %3.</source>
        <translation>%1: «%2» یک نوع نامه نیست. فایل را به نام نوع آن نام‌گذاری کنید: %3.</translation>
    </message>
    <message>
        <source>%1: the header says kind %2 but the file is named %3.html. Fix the kind line or rename the file.</source>
        <translation>%1: سرآیند نوع را %2 می‌گوید اما نام فایل %3.html است. خط kind را اصلاح کنید یا نام فایل را تغییر دهید.</translation>
    </message>
    <message>
        <source>%1: the header says language %2 but the file is in the folder %3. Fix the language line or move the file.</source>
        <translation>%1: سرآیند زبان را %2 می‌گوید اما فایل در پوشه %3 است. خط language را اصلاح کنید یا فایل را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>The pack was not installed; the letters in use are unchanged.</source>
        <translation>بسته نصب نشد؛ نامه‌های در حال استفاده تغییری نکردند.</translation>
    </message>
    <message>
        <source>%1 holds no letter templates. A template pack has one folder per language with files such as es/missed-1.html.</source>
        <translation>%1 هیچ الگوی نامه‌ای ندارد. بسته الگوها برای هر زبان یک پوشه با فایل‌هایی مانند es/missed-1.html دارد.</translation>
    </message>
    <message>
        <source>The template pack %1 could not be saved: %2. Nothing was changed.</source>
        <translation>بسته الگوی %1 ذخیره نشد: %2. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The district&apos;s template pack could not be removed: %1.</source>
        <translation>بسته الگوی منطقه آموزشی حذف نشد: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of letter. Use one of: %2.</source>
        <translation>«%1» یک نوع نامه نیست. یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk prints letters in. Use one of: %2.</source>
        <translation>«%1» از زبان‌هایی نیست که TutorDesk نامه را به آنها چاپ می‌کند. یکی از این‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 به زبان %2</translation>
    </message>
    <message>
        <source>The text was not saved.</source>
        <translation>متن ذخیره نشد.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 ذخیره نشد: %2.</translation>
    </message>
    <message>
        <source>The edited text could not be removed: %1.</source>
        <translation>متن ویرایش‌شده حذف نشد: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LetterTemplatesPage</name>
    <message>
        <source>Built-in</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <source>District pack</source>
        <translation>بسته منطقه آموزشی</translation>
    </message>
    <message>
        <source>District pack (%1)</source>
        <translation>بسته منطقه آموزشی (%1)</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>ویرایش‌شده</translation>
    </message>
    <message>
        <source>&amp;Install Template Pack…</source>
        <translation>نصب بسته الگو(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove Pac&amp;k</source>
        <translation>حذف بسته(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش(&amp;E)…</translation>
    </message>
    <message>
        <source>Restore &amp;Original</source>
        <translation>بازگرداندن متن اصلی(&amp;O)</translation>
    </message>
    <message>
        <source>The text of each family letter in each language. A district&apos;s template pack and texts edited here are kept beside the built-in texts; changes on this page take effect at once.</source>
        <translation>متن هر نامه خانواده به هر زبان. بسته الگوی منطقه آموزشی و متن‌هایی که اینجا ویرایش می‌شوند در کنار متن‌های داخلی نگه داشته می‌شوند؛ تغییرات این صفحه بی‌درنگ اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>الگوهای نامه</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Text from</source>
        <translation>منبع متن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>بازبینی‌شده</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>From a &amp;Folder…</source>
        <translation>از یک پوشه(&amp;F)…</translation>
    </message>
    <message>
        <source>From a &amp;Zip File…</source>
        <translation>از یک فایل zip(&amp;Z)…</translation>
    </message>
    <message>
        <source>A district&apos;s letters: a folder or zip with &lt;language&gt;/&lt;kind&gt;.html files</source>
        <translation>نامه‌های منطقه آموزشی: پوشه یا zip با فایل‌های &lt;language&gt;/&lt;kind&gt;.html</translation>
    </message>
    <message>
        <source>Use the built-in texts again where the district&apos;s pack had its own</source>
        <translation>استفاده دوباره از متن‌های داخلی در جاهایی که بسته منطقه متن خود را داشت</translation>
    </message>
    <message>
        <source>Change the selected letter&apos;s text (kept beside the original)</source>
        <translation>تغییر متن نامه انتخاب‌شده (در کنار نسخه اصلی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>Drop the text edited here and use the district&apos;s or built-in text again</source>
        <translation>کنار گذاشتن متن ویرایش‌شده در اینجا و استفاده دوباره از متن منطقه یا متن داخلی</translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation>الگوهای نامه خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>ویرایش‌شده توسط %1 در %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Install Template Pack from a Folder</source>
        <translation>نصب بسته الگو از یک پوشه</translation>
    </message>
    <message>
        <source>Install Template Pack from a Zip File</source>
        <translation>نصب بسته الگو از یک فایل zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>فایل‌های zip (*.zip)</translation>
    </message>
    <message>
        <source>The template pack was not installed: %1</source>
        <translation>بسته الگو نصب نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n template(s) from %1.</source>
        <translation>
            <numerusform>%n الگو از %1 نصب شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template pack was not removed: %1</source>
        <translation>بسته الگو حذف نشد: %1</translation>
    </message>
    <message>
        <source>The district&apos;s template pack was removed.</source>
        <translation>بسته الگوی منطقه آموزشی حذف شد.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>بازگردانده نشد: %1</translation>
    </message>
    <message>
        <source>The original text is in use again.</source>
        <translation>متن اصلی دوباره در حال استفاده است.</translation>
    </message>
</context>
<context>
    <name>tutordesk::LogContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>مترجم شفاهی کمک کرد(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاریخ پیگیری</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>ثبت تماس — %1</translation>
    </message>
    <message>
        <source>e.g. will attend Thursday</source>
        <translation>مثلاً پنجشنبه می‌آید</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>تماس دوباره در تاریخ</translation>
    </message>
    <message>
        <source>No guardian on file</source>
        <translation>ولی ثبت نشده است</translation>
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
        <translation>درباره %1: %2</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>روش(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>پیگیری(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save and Resolve</source>
        <translation>ذخیره و انجام(&amp;S)</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>تماس ذخیره نشد.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>تماس ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Logged a contact about %1 (%2, %3). Resolved: %4.</source>
        <translation>تماسی درباره %1 ثبت شد (%2، %3). انجام‌شده: %4.</translation>
    </message>
</context>
<context>
    <name>tutordesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>دانش‌آموزان</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>جایابی</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>برنامه زمانی</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>مربیان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسه</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>سال تحصیلی</translation>
    </message>
    <message>
        <source>District sync</source>
        <translation>همگام‌سازی با منطقه آموزشی</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>مدرسه جدید(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>باز کردن(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن موارد اخیر(&amp;R)</translation>
    </message>
    <message>
        <source>Import &amp;Tutors…</source>
        <translation>وارد کردن مربیان(&amp;T)…</translation>
    </message>
    <message>
        <source>Import School &amp;Calendar…</source>
        <translation>وارد کردن تقویم مدرسه(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تنظیمات(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TutorDesk</source>
        <translation>درباره TutorDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Making a bundle for the district…</source>
        <translation>در حال ساخت بسته برای منطقه آموزشی…</translation>
    </message>
    <message>
        <source>Sending to the district…</source>
        <translation>در حال ارسال به منطقه آموزشی…</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>وضعیت همگام‌سازی نامعلوم است</translation>
    </message>
    <message>
        <source>Open the Sync page</source>
        <translation>باز کردن صفحه همگام‌سازی</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>پایگاه داده اخیری وجود ندارد</translation>
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
        <translation>سال تحصیلی %1 – %2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نمایش(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tutordesk::MappingTable</name>
    <message>
        <source>TutorDesk field</source>
        <translation>فیلد TutorDesk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>لازم</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>ستون در فایل شما</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>ستون برای %1</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— در فایل نیست —</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>ستونی انتخاب کنید برای: %1.</translation>
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
        <translation>پیام</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>بستن پیام</translation>
    </message>
</context>
<context>
    <name>tutordesk::MoveToGroupDialog</name>
    <message>
        <source>Move to Group</source>
        <translation>انتقال به گروه</translation>
    </message>
    <message>
        <source>Move %1 to which %2 group?</source>
        <translation>%1 به کدام گروه %2 منتقل شود؟</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln جایگاه خالی</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>پر</translation>
    </message>
    <message>
        <source>no tutor yet</source>
        <translation>هنوز مربی ندارد</translation>
    </message>
    <message>
        <source>%1 — %2 · tier %3 · %4</source>
        <comment>group — seats · tier · tutor</comment>
        <translation>%1 — %2 · سطح %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>انتقال(&amp;M)</translation>
    </message>
    <message>
        <source>There is no other %1 group yet.</source>
        <translation>هنوز گروه %1 دیگری وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedPanel</name>
    <message>
        <source>Why this student</source>
        <translation>چرا این دانش‌آموز</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>امتیاز نیاز</translation>
    </message>
    <message>
        <source>Equal scores are ranked by grade levels behind, then by lower school attendance, then by district ID: never by when a family signed up.</source>
        <translation>امتیازهای برابر ابتدا بر اساس تعداد پایه‌های عقب‌افتادگی، سپس حضور کمتر در مدرسه، سپس شناسه منطقه رتبه‌بندی می‌شوند: هرگز بر اساس زمان ثبت‌نام خانواده.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Points behind the need score</source>
        <translation>امتیازهای تشکیل‌دهنده امتیاز نیاز</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Select a student to see how their need score was worked out.</source>
        <translation>دانش‌آموزی را انتخاب کنید تا ببینید امتیاز نیاز او چگونه محاسبه شد.</translation>
    </message>
    <message>
        <source>The need score could not be read: %1</source>
        <translation>امتیاز نیاز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>This student has no need score yet. Click Recalculate Need Scores once their benchmark results are imported.</source>
        <translation>این دانش‌آموز هنوز امتیاز نیاز ندارد. پس از وارد کردن نتایج آزمون معیار او، روی «محاسبه دوباره امتیازهای نیاز» کلیک کنید.</translation>
    </message>
    <message>
        <source>%1 · %2 · ID %3</source>
        <comment>name · grade · district ID</comment>
        <translation>%1 · %2 · شناسه %3</translation>
    </message>
    <message>
        <source>Need score %1</source>
        <translation>امتیاز نیاز %1</translation>
    </message>
    <message>
        <source>Nothing in this student&apos;s benchmarks, attendance or student groups adds points.</source>
        <translation>هیچ چیزی در آزمون‌های معیار، حضور یا گروه‌های دانش‌آموزی این دانش‌آموز امتیازی اضافه نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedScore</name>
    <message>
        <source>The need scores could not be saved: %1</source>
        <translation>امتیازهای نیاز ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>no grade-level placement</source>
        <translation>بدون تعیین سطح پایه</translation>
    </message>
    <message>
        <source>on or above grade level</source>
        <translation>در سطح پایه یا بالاتر</translation>
    </message>
    <message>
        <source>1 grade level below</source>
        <translation>۱ پایه پایین‌تر</translation>
    </message>
    <message>
        <source>%1 grade levels below</source>
        <translation>%1 پایه پایین‌تر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No benchmark on file</source>
        <translation>آزمون معیاری ثبت نشده</translation>
    </message>
    <message>
        <source>School attendance %1%, under %2%</source>
        <translation>حضور در مدرسه %1٪، کمتر از %2٪</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>زبان‌آموز انگلیسی</translation>
    </message>
    <message>
        <source>IEP and 504 plan</source>
        <translation>IEP و برنامه 504</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>برنامه 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بی‌خانمان (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>Points per grade level below</source>
        <translation>امتیاز برای هر پایه پایین‌تر</translation>
    </message>
    <message>
        <source>Most points from the benchmark</source>
        <translation>حداکثر امتیاز از آزمون معیار</translation>
    </message>
    <message>
        <source>Attendance threshold</source>
        <translation>آستانه حضور</translation>
    </message>
    <message>
        <source>Points per attendance point under the threshold</source>
        <translation>امتیاز برای هر واحد درصد حضور زیر آستانه</translation>
    </message>
    <message>
        <source>Most points from attendance</source>
        <translation>حداکثر امتیاز از حضور</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP یا برنامه 504</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بی‌خانمان</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1000, not %2.</source>
        <translation>%1 باید عددی از ۰ تا ۱۰۰۰ باشد، نه %2.</translation>
    </message>
    <message>
        <source>The attendance threshold is a percentage: give a number from 0 to 100, not %1.</source>
        <translation>آستانه حضور یک درصد است: عددی از ۰ تا ۱۰۰ بدهید، نه %1.</translation>
    </message>
    <message>
        <source>The need-score weights could not be saved: %1</source>
        <translation>وزن‌های امتیاز نیاز ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::NeedWeightsEditor</name>
    <message>
        <source>A student&apos;s need score adds up points for each sign that they are behind. Higher scores are seated first.</source>
        <translation>امتیاز نیاز دانش‌آموز، برای هر نشانه‌ای از عقب‌ماندگی امتیاز جمع می‌کند. امتیازهای بالاتر زودتر جایگاه می‌گیرند.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> امتیاز</translation>
    </message>
    <message>
        <source>Per grade level below</source>
        <translation>برای هر پایه پایین‌تر</translation>
    </message>
    <message>
        <source>For each grade level behind on the latest benchmark, in the subject furthest behind.</source>
        <translation>برای هر پایه عقب‌ماندگی در آخرین آزمون معیار، در درسی که بیشترین عقب‌ماندگی را دارد.</translation>
    </message>
    <message>
        <source>Most from benchmarks</source>
        <translation>حداکثر از آزمون‌های معیار</translation>
    </message>
    <message>
        <source>Benchmarks never add more than this.</source>
        <translation>آزمون‌های معیار هرگز بیش از این اضافه نمی‌کنند.</translation>
    </message>
    <message>
        <source>Attendance counts below</source>
        <translation>حضور کمتر از این حساب می‌شود</translation>
    </message>
    <message>
        <source>School attendance under this adds points.</source>
        <translation>حضور در مدرسه کمتر از این، امتیاز اضافه می‌کند.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Per attendance point below</source>
        <translation>برای هر واحد درصد حضور کمتر</translation>
    </message>
    <message>
        <source>For each percentage point of attendance under that line.</source>
        <translation>برای هر واحد درصد حضور زیر آن خط.</translation>
    </message>
    <message>
        <source>Most from attendance</source>
        <translation>حداکثر از حضور</translation>
    </message>
    <message>
        <source>Attendance never adds more than this.</source>
        <translation>حضور هرگز بیش از این اضافه نمی‌کند.</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>زبان‌آموز انگلیسی</translation>
    </message>
    <message>
        <source>For a student whose EL status is EL.</source>
        <translation>برای دانش‌آموزی که وضعیت EL او EL است.</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP یا برنامه 504</translation>
    </message>
    <message>
        <source>For a student with an IEP or a Section 504 plan.</source>
        <translation>برای دانش‌آموزی که IEP یا برنامه بخش 504 دارد.</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>For a student in foster care.</source>
        <translation>برای دانش‌آموزی که تحت سرپرستی موقت است.</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بی‌خانمان</translation>
    </message>
    <message>
        <source>For a student who is homeless (McKinney-Vento).</source>
        <translation>برای دانش‌آموزی که بی‌خانمان است (McKinney-Vento).</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>For a student the district counts as SED.</source>
        <translation>برای دانش‌آموزی که منطقه آموزشی او را SED به حساب می‌آورد.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the weights TutorDesk starts with</source>
        <translation>بازگرداندن وزن‌هایی که TutorDesk با آنها شروع می‌کند</translation>
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
        <translation>راه‌اندازی مدرسه من</translation>
    </message>
    <message>
        <source>TutorDesk keeps everything about one school in one file on this computer.</source>
        <translation>TutorDesk همه اطلاعات یک مدرسه را در یک فایل روی همین رایانه نگه می‌دارد.</translation>
    </message>
    <message>
        <source>e.g. Alvarado Street Elementary</source>
        <translation>مثلاً دبستان خیابان آلوارادو</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>نام مدرسه</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>نام مدرسه(&amp;N):</translation>
    </message>
    <message>
        <source>the district&apos;s code for this school</source>
        <translation>کد منطقه آموزشی برای این مدرسه</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>کد مدرسه</translation>
    </message>
    <message>
        <source>The code your district uses for this school (in California, its CDS code)</source>
        <translation>کدی که منطقه آموزشی برای این مدرسه به کار می‌برد (در کالیفرنیا، کد CDS آن)</translation>
    </message>
    <message>
        <source>School &amp;code:</source>
        <translation>کد مدرسه(&amp;C):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>کد منطقه آموزشی</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>کد منطقه آموزشی(&amp;D):</translation>
    </message>
    <message>
        <source>First day of the school year</source>
        <translation>نخستین روز سال تحصیلی</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>شروع سال تحصیلی(&amp;S):</translation>
    </message>
    <message>
        <source>Last day of the school year</source>
        <translation>آخرین روز سال تحصیلی</translation>
    </message>
    <message>
        <source>School year &amp;ends:</source>
        <translation>پایان سال تحصیلی(&amp;E):</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>تغییر(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the database file</source>
        <translation>انتخاب محل ذخیره فایل پایگاه داده</translation>
    </message>
    <message>
        <source>Saved in:</source>
        <translation>ذخیره‌شده در:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Set &amp;Up School</source>
        <translation>راه‌اندازی مدرسه(&amp;U)</translation>
    </message>
    <message>
        <source>TutorDesk databases (*.%1)</source>
        <translation>پایگاه‌های داده TutorDesk (*.%1)</translation>
    </message>
    <message>
        <source>Save the School&apos;s Database As</source>
        <translation>ذخیره پایگاه داده مدرسه با نام</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRoster</name>
    <message>
        <source>The export has no demographics.csv: birth dates, sex, race and ethnicity are left as they are.</source>
        <translation>خروجی demographics.csv ندارد: تاریخ تولد، جنسیت، نژاد و قومیت همان‌طور که هستند می‌مانند.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ستون sourcedId ندارد، بنابراین فایل OneRoster‌ای نیست که TutorDesk بتواند بخواند. فهرست اسامی را دوباره به‌صورت OneRoster CSV صادر کنید.</translation>
    </message>
    <message>
        <source>No column holds the student ID, so the flags cannot be matched to students. Name that column &quot;Student ID&quot;.</source>
        <translation>هیچ ستونی شناسه دانش‌آموز را ندارد، بنابراین نشانگرها با دانش‌آموزان تطبیق داده نمی‌شوند. نام آن ستون را &quot;Student ID&quot; بگذارید.</translation>
    </message>
    <message>
        <source>No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, Homeless, SED, Attendance %). Name the columns like those.</source>
        <translation>هیچ ستونی نشانگر گروه دانش‌آموزی ندارد (EL Status، Home Language، IEP، 504، Foster، Homeless، SED، Attendance %). ستون‌ها را به همین شکل نام‌گذاری کنید.</translation>
    </message>
    <message>
        <source>Line %1 has flags for the same student. Keep one of the two lines.</source>
        <translation>خط %1 نشانگرهای همان دانش‌آموز را دارد. یکی از دو خط را نگه دارید.</translation>
    </message>
    <message>
        <source>Student-group flags from %1: %2.</source>
        <translation>نشانگرهای گروه دانش‌آموزی از %1: %2.</translation>
    </message>
    <message>
        <source>Lines of the flags file for students not in this school&apos;s roster, left out: %1.</source>
        <translation>خطوط فایل نشانگرها برای دانش‌آموزانی که در فهرست اسامی این مدرسه نیستند، کنار گذاشته شد: %1.</translation>
    </message>
    <message>
        <source>%1 has no propertyName and value columns, so it is not a OneRoster manifest. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ستون‌های propertyName و value را ندارد، بنابراین مانیفست OneRoster نیست. فهرست اسامی را دوباره به‌صورت OneRoster CSV صادر کنید.</translation>
    </message>
    <message>
        <source>%1 says this is OneRoster %2. TutorDesk reads OneRoster 1.1 and 1.2: ask for an export in one of those.</source>
        <translation>%1 می‌گوید این OneRoster %2 است. TutorDesk نسخه‌های OneRoster 1.1 و 1.2 را می‌خواند: خروجی با یکی از این نسخه‌ها بخواهید.</translation>
    </message>
    <message>
        <source>%1 says %2.csv holds only the changes since the last export (delta). A roster import needs every student: ask for a bulk export.</source>
        <translation>%1 می‌گوید %2.csv فقط تغییرات پس از آخرین خروجی را دارد (delta). وارد کردن فهرست اسامی به همه دانش‌آموزان نیاز دارد: خروجی کامل (bulk) بخواهید.</translation>
    </message>
    <message>
        <source>Choose the school: in the import window, or on the command line with --org and the id before the colon.</source>
        <translation>مدرسه را انتخاب کنید: در پنجره وارد کردن، یا در خط فرمان با --org و شناسه پیش از دونقطه.</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its schools there. Export the roster again with orgs.csv included.</source>
        <translation>%1 وجود ندارد: خروجی OneRoster مدرسه‌هایش را آنجا فهرست می‌کند. فهرست اسامی را دوباره همراه با orgs.csv صادر کنید.</translation>
    </message>
    <message>
        <source>%1 has no sourcedId column, so it is not a OneRoster orgs file. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ستون sourcedId ندارد، بنابراین فایل orgs در OneRoster نیست. فهرست اسامی را دوباره به‌صورت OneRoster CSV صادر کنید.</translation>
    </message>
    <message>
        <source>%1 has no school &quot;%2&quot;. The schools in it:%3
%4</source>
        <translation>%1 مدرسه «%2» را ندارد. مدرسه‌های درون آن:%3
%4</translation>
    </message>
    <message>
        <source>%1 lists no school (no row has type &quot;school&quot;). Export the roster of your school again from the student system.</source>
        <translation>%1 هیچ مدرسه‌ای را فهرست نمی‌کند (هیچ ردیفی نوع &quot;school&quot; ندارد). فهرست اسامی مدرسه خود را دوباره از سامانه دانش‌آموزی صادر کنید.</translation>
    </message>
    <message>
        <source>%1 lists %2 schools; TutorDesk imports one at a time. The schools:%3
%4</source>
        <translation>%1 %2 مدرسه را فهرست می‌کند؛ TutorDesk هر بار یک مدرسه را وارد می‌کند. مدرسه‌ها:%3
%4</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>خواندن %1 لغو شد.</translation>
    </message>
    <message>
        <source>OneRoster export without a manifest.csv; school %1.</source>
        <translation>خروجی OneRoster بدون manifest.csv؛ مدرسه %1.</translation>
    </message>
    <message>
        <source>OneRoster %1 export; school %2.</source>
        <translation>خروجی OneRoster %1؛ مدرسه %2.</translation>
    </message>
    <message>
        <source>%1: there is no such file or folder.</source>
        <translation>%1: چنین فایل یا پوشه‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: it is damaged or not a zip. Download the OneRoster export from the student system again.</source>
        <translation>%1 به‌صورت فایل zip باز نمی‌شود: آسیب دیده یا zip نیست. خروجی OneRoster را دوباره از سامانه دانش‌آموزی بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a OneRoster export has a dozen. It is not a roster export, so nothing was read.</source>
        <translation>%1 %2 فایل دارد؛ خروجی OneRoster حدود دوازده فایل دارد. این خروجی فهرست اسامی نیست، بنابراین چیزی خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 holds a file named &quot;%2&quot;, which points outside the zip. A OneRoster export never does that, so nothing was read. Ask the district for a new export.</source>
        <translation>%1 فایلی به نام «%2» دارد که به بیرون از zip اشاره می‌کند. خروجی OneRoster هرگز چنین کاری نمی‌کند، بنابراین چیزی خوانده نشد. خروجی جدیدی از منطقه آموزشی بخواهید.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; would unpack to %3 MB, more than the %4 MB TutorDesk reads from one file. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1: «%2» پس از باز شدن %3 مگابایت می‌شود، بیش از %4 مگابایتی که TutorDesk از یک فایل می‌خواند. این فهرست اسامی یک مدرسه نیست، بنابراین چیزی خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 پس از باز شدن بیش از %2 مگابایت می‌شود. این فهرست اسامی یک مدرسه نیست، بنابراین چیزی خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 has no %2. Export the roster again with every OneRoster file included.</source>
        <translation>%1 فایل %2 را ندارد. فهرست اسامی را دوباره همراه با همه فایل‌های OneRoster صادر کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the zip is damaged. Download the OneRoster export again.</source>
        <translation>%1 خوانده نمی‌شود: فایل zip آسیب دیده است. خروجی OneRoster را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Export the roster again without a password.</source>
        <translation>%1 با گذرواژه محافظت شده است. فهرست اسامی را دوباره بدون گذرواژه صادر کنید.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 پس از باز شدن بیش از %2 مگابایت می‌شود. این فهرست اسامی یک مدرسه نیست، بنابراین چیزی خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. It is not a school&apos;s roster, so nothing was read.</source>
        <translation>%1 بزرگ‌تر از %2 مگابایت است. این فهرست اسامی یک مدرسه نیست، بنابراین چیزی خوانده نشد.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 column, so it is not a OneRoster file TutorDesk can read. Export the roster again as OneRoster CSV.</source>
        <translation>%1 ستون %2 را ندارد، بنابراین فایل OneRoster‌ای نیست که TutorDesk بتواند بخواند. فهرست اسامی را دوباره به‌صورت OneRoster CSV صادر کنید.</translation>
    </message>
    <message>
        <source>%1 is missing, and users.csv has no role column: TutorDesk cannot tell who is a student. Export the roster again with roles.csv included (OneRoster 1.2).</source>
        <translation>%1 وجود ندارد و users.csv ستون role ندارد: TutorDesk نمی‌تواند تشخیص دهد چه کسی دانش‌آموز است. فهرست اسامی را دوباره همراه با roles.csv صادر کنید (OneRoster 1.2).</translation>
    </message>
    <message>
        <source>%1 is missing: a OneRoster export lists its students there. Export the roster again with users.csv included.</source>
        <translation>%1 وجود ندارد: خروجی OneRoster دانش‌آموزانش را آنجا فهرست می‌کند. فهرست اسامی را دوباره همراه با users.csv صادر کنید.</translation>
    </message>
    <message>
        <source>The grade is empty. Fill in the student&apos;s grade in the student system and export again.</source>
        <translation>پایه خالی است. پایه دانش‌آموز را در سامانه دانش‌آموزی وارد کنید و دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>The sourcedId is empty. Every OneRoster user needs one: export again.</source>
        <translation>sourcedId خالی است. هر کاربر OneRoster به آن نیاز دارد: دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>The first name (givenName) is empty. Fill it in the student system.</source>
        <translation>نام (givenName) خالی است. آن را در سامانه دانش‌آموزی وارد کنید.</translation>
    </message>
    <message>
        <source>The last name (familyName) is empty. Fill it in the student system.</source>
        <translation>نام خانوادگی (familyName) خالی است. آن را در سامانه دانش‌آموزی وارد کنید.</translation>
    </message>
    <message>
        <source>Line %1 has the same student ID &quot;%2&quot;. Each student must be listed once: correct the ID in the student system.</source>
        <translation>خط %1 همان شناسه دانش‌آموز «%2» را دارد. هر دانش‌آموز باید یک بار فهرست شود: شناسه را در سامانه دانش‌آموزی اصلاح کنید.</translation>
    </message>
    <message>
        <source>Columns TutorDesk does not use: %1.</source>
        <translation>ستون‌هایی که TutorDesk استفاده نمی‌کند: %1.</translation>
    </message>
    <message>
        <source>Students with no identifier in users.csv, whose OneRoster sourcedId is used as the district student ID: %1.</source>
        <translation>دانش‌آموزانی که در users.csv شناسه ندارند و sourcedId آنها در OneRoster به‌عنوان شناسه دانش‌آموزی منطقه به کار می‌رود: %1.</translation>
    </message>
    <message>
        <source>Pre-kindergarten students left out (TutorDesk serves TK to grade 12): %1.</source>
        <translation>دانش‌آموزان پیش‌کودکستانی کنار گذاشته شدند (TutorDesk از TK تا پایه ۱۲ را پوشش می‌دهد): %1.</translation>
    </message>
    <message>
        <source>Students of other schools in this export, left out: %1.</source>
        <translation>دانش‌آموزان مدرسه‌های دیگر در این خروجی، کنار گذاشته شدند: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::OneRosterBox</name>
    <message>
        <source>OneRoster export</source>
        <translation>خروجی OneRoster</translation>
    </message>
    <message>
        <source>Only needed when the export holds several schools</source>
        <translation>فقط وقتی لازم است که خروجی چند مدرسه را در بر دارد</translation>
    </message>
    <message>
        <source>School ID in the export</source>
        <translation>شناسه مدرسه در خروجی</translation>
    </message>
    <message>
        <source>School ID (&amp;sourcedId):</source>
        <translation>شناسه مدرسه (sourcedId)(&amp;S):</translation>
    </message>
    <message>
        <source>Optional: a CSV with EL status, IEP and other student groups</source>
        <translation>اختیاری: یک CSV با وضعیت EL، IEP و دیگر گروه‌های دانش‌آموزی</translation>
    </message>
    <message>
        <source>Student groups file</source>
        <translation>فایل گروه‌های دانش‌آموزی</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Choose the student groups file</source>
        <translation>انتخاب فایل گروه‌های دانش‌آموزی</translation>
    </message>
    <message>
        <source>Student &amp;groups file:</source>
        <translation>فایل گروه‌های دانش‌آموزی(&amp;G):</translation>
    </message>
    <message>
        <source>Choose the Student Groups File</source>
        <translation>انتخاب فایل گروه‌های دانش‌آموزی</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>tutordesk::OptionalDateEdit</name>
    <message>
        <source>Recorded</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 ثبت‌شده</translation>
    </message>
    <message>
        <source>Untick when there is no date on file</source>
        <translation>وقتی تاریخی ثبت نشده، تیک را بردارید</translation>
    </message>
</context>
<context>
    <name>tutordesk::Outbox</name>
    <message>
        <source>The bundle could not be marked as delivered: it is no longer in the outbox.</source>
        <translation>بسته تحویل‌شده علامت نخورد: دیگر در صندوق خروجی نیست.</translation>
    </message>
    <message>
        <source>The bundle was delivered but the outbox could not record it (%1). It will be sent again next time, which is harmless.</source>
        <translation>بسته تحویل داده شد اما صندوق خروجی نتوانست آن را ثبت کند (%1). دفعه بعد دوباره فرستاده می‌شود که زیانی ندارد.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded: the bundle is no longer waiting in the outbox.</source>
        <translation>تلاش ناموفق ثبت نشد: بسته دیگر در صندوق خروجی منتظر نیست.</translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded in the outbox (%1). The bundle is still waiting.</source>
        <translation>تلاش ناموفق در صندوق خروجی ثبت نشد (%1). بسته هنوز منتظر است.</translation>
    </message>
    <message>
        <source>The waiting bundles could not be set to go now (%1). Try again.</source>
        <translation>بسته‌های منتظر برای ارسال فوری تنظیم نشدند (%1). دوباره تلاش کنید.</translation>
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
        <translation>تحویل‌شده به %1</translation>
    </message>
    <message>
        <source>Last tried at %1</source>
        <translation>آخرین تلاش در %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ساخته‌شده</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>آخرین مشکل</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام فایل</translation>
    </message>
</context>
<context>
    <name>tutordesk::OutboxSender</name>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation>صندوق خروجی خوانده نشد (%1).</translation>
    </message>
    <message>
        <source>The bundle %1 could not be read from the outbox (%2).</source>
        <translation>بسته %1 از صندوق خروجی خوانده نشد (%2).</translation>
    </message>
    <message>
        <source>The bundle %1 has no content left in the outbox. Make a new bulk export for the district.</source>
        <translation>بسته %1 دیگر محتوایی در صندوق خروجی ندارد. یک خروجی کامل جدید برای منطقه آموزشی بسازید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PauseOfferDialog</name>
    <message>
        <source>Pause and Offer Seat — %1</source>
        <translation>تعلیق و پیشنهاد جایگاه — %1</translation>
    </message>
    <message>
        <source>The waitlist could not be read: %1</source>
        <translation>فهرست انتظار خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Pause %1&apos;s seat in %2 (%3). The seat frees up; the enrollment stays, paused, and can be resumed.</source>
        <translation>جایگاه %1 در %2 (%3) معلق شود. جایگاه آزاد می‌شود؛ ثبت‌نام به حالت معلق باقی می‌ماند و می‌توان آن را از سر گرفت.</translation>
    </message>
    <message>
        <source>&amp;Offer the seat to %1 (%2, need %3), first on the waitlist</source>
        <translation>پیشنهاد جایگاه به %1 (%2، نیاز %3)، نفر اول فهرست انتظار(&amp;O)</translation>
    </message>
    <message>
        <source>Nobody on the waitlist fits this seat: the enrollment is paused only.</source>
        <translation>هیچ‌کس در فهرست انتظار با این جایگاه جور نیست: ثبت‌نام فقط معلق می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Pause and Offer</source>
        <translation>تعلیق و پیشنهاد(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>تعلیق(&amp;P)</translation>
    </message>
    <message>
        <source>Write the reason for the pause.</source>
        <translation>دلیل تعلیق را بنویسید.</translation>
    </message>
    <message>
        <source>The seat could not be paused.</source>
        <translation>جایگاه معلق نشد.</translation>
    </message>
    <message>
        <source>The seat could not be paused: %1</source>
        <translation>جایگاه معلق نشد: %1</translation>
    </message>
    <message>
        <source>Paused %1 in %2; the seat went to %3.</source>
        <translation>%1 در %2 معلق شد؛ جایگاه به %3 رسید.</translation>
    </message>
    <message>
        <source>Paused %1 in %2; nobody waits for the seat.</source>
        <translation>%1 در %2 معلق شد؛ کسی منتظر این جایگاه نیست.</translation>
    </message>
</context>
<context>
    <name>tutordesk::PdfFile</name>
    <message>
        <source>%1 could not be saved: %2. Choose a folder you can write to.</source>
        <translation>%1 ذخیره نشد: %2. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the disk has room and try again.</source>
        <translation>%1 ذخیره نشد: %2. بررسی کنید که دیسک فضای کافی دارد و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>nothing could be drawn on the pages</source>
        <translation>چیزی روی صفحه‌ها رسم نشد</translation>
    </message>
    <message>
        <source>%1 could not be replaced: it may be open in another program. Close it, or choose another name.</source>
        <translation>%1 جایگزین نشد: ممکن است در برنامه دیگری باز باشد. آن را ببندید، یا نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 could not be saved. Choose a folder you can write to.</source>
        <translation>%1 ذخیره نشد. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Placement</name>
    <message>
        <source>%1 has no school yet: set the school up (its name and school year) before placing students.</source>
        <translation>%1 هنوز مدرسه ندارد: پیش از جایابی دانش‌آموزان، مدرسه را راه‌اندازی کنید (نام و سال تحصیلی آن).</translation>
    </message>
    <message>
        <source>Placement by need</source>
        <translation>جایابی بر اساس نیاز</translation>
    </message>
    <message>
        <source>A group filled up while placing; nothing was changed. Run the placement again.</source>
        <translation>یک گروه هنگام جایابی پر شد؛ چیزی تغییر نکرد. جایابی را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>The placement could not be saved in %1: %2</source>
        <translation>جایابی در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>%1 · Grades %2 · Tier %3 · %4</source>
        <translation>%1 · پایه‌های %2 · سطح %3 · %4</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3). Move someone out first or choose another group.</source>
        <translation>%1 پر است (%2 از %3). ابتدا کسی را خارج کنید یا گروه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>باید تعیین شود</translation>
    </message>
    <message>
        <source>Left the waitlist: no longer an active student at the school</source>
        <translation>از فهرست انتظار خارج شد: دیگر دانش‌آموز فعال مدرسه نیست</translation>
    </message>
    <message>
        <source>Left the waitlist: the need score (%1) is now under tier 2</source>
        <translation>از فهرست انتظار خارج شد: امتیاز نیاز (%1) اکنون زیر سطح ۲ است</translation>
    </message>
    <message>
        <source>Left the waitlist: the latest benchmark no longer shows %1 below grade level</source>
        <translation>از فهرست انتظار خارج شد: آخرین آزمون معیار دیگر %1 را پایین‌تر از سطح پایه نشان نمی‌دهد</translation>
    </message>
    <message>
        <source>Left the waitlist: already holds a seat in %1</source>
        <translation>از فهرست انتظار خارج شد: از قبل در %1 جایگاه دارد</translation>
    </message>
    <message>
        <source>Left the waitlist: a seat in %1 was paused or ended; re-seat by hand</source>
        <translation>از فهرست انتظار خارج شد: جایگاهی در %1 معلق شد یا پایان یافت؛ دستی جایگاه دهید</translation>
    </message>
    <message>
        <source>The seat budget must be 0 to %1 seats, not %2.</source>
        <translation>بودجه جایگاه باید ۰ تا %1 جایگاه باشد، نه %2.</translation>
    </message>
    <message>
        <source>The seat budget could not be saved: %1</source>
        <translation>بودجه جایگاه ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>%1 has ended. Choose an active or planned group.</source>
        <translation>%1 پایان یافته است. یک گروه فعال یا برنامه‌ریزی‌شده انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is a %2 group and %3&apos;s enrollment is for %4: a move keeps the subject. Choose a %4 group.</source>
        <translation>%1 یک گروه %2 است و ثبت‌نام %3 برای %4 است: انتقال، درس را حفظ می‌کند. یک گروه %4 انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 از قبل در %2 جایگاه دارد.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>آن گروه پر است. ابتدا کسی را خارج کنید یا گروه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The enrollment could not be changed in %1: %2</source>
        <translation>ثبت‌نام در %1 تغییر نکرد: %2</translation>
    </message>
    <message>
        <source>There is no enrollment %1 (it may have been removed). Reload the Placement page.</source>
        <translation>ثبت‌نام %1 وجود ندارد (ممکن است حذف شده باشد). صفحه جایابی را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Reload the Placement page.</source>
        <translation>گروه %1 وجود ندارد (ممکن است حذف شده باشد). صفحه جایابی را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>Seated from the waitlist</source>
        <translation>از فهرست انتظار جایگاه گرفت</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>به %1 منتقل شد</translation>
    </message>
    <message>
        <source>Moved back to the waitlist</source>
        <translation>به فهرست انتظار برگردانده شد</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is %3: only a seat or a place on the waitlist can be moved.</source>
        <translation>ثبت‌نام %2 برای %1 در وضعیت %3 است: فقط جایگاه یا جای فهرست انتظار قابل انتقال است.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not on the waitlist (it is %3).</source>
        <translation>ثبت‌نام %2 برای %1 در فهرست انتظار نیست (وضعیت آن %3 است).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment holds no seat (it is %3), so there is nothing to pause.</source>
        <translation>ثبت‌نام %2 برای %1 جایگاهی ندارد (وضعیت آن %3 است)، بنابراین چیزی برای تعلیق وجود ندارد.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>معلق شد</translation>
    </message>
    <message>
        <source>%1&apos;s %2 enrollment is not paused (it is %3).</source>
        <translation>ثبت‌نام %2 برای %1 معلق نیست (وضعیت آن %3 است).</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>از سر گرفته شد</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementGroupsModel</name>
    <message>
        <source>%1 (new)</source>
        <comment>group status, proposed just now</comment>
        <translation>%1 (جدید)</translation>
    </message>
    <message>
        <source>No tutor yet</source>
        <translation>هنوز مربی ندارد</translation>
    </message>
    <message>
        <source>%1, tier %2</source>
        <translation>%1، سطح %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s) free</source>
        <translation>
            <numerusform>%Ln جایگاه خالی</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ID %2 · need score %3</source>
        <translation>%1 · شناسه %2 · امتیاز نیاز %3</translation>
    </message>
    <message>
        <source>Group / student</source>
        <translation>گروه / دانش‌آموز</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>امتیاز نیاز</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>جایگاه‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>مربی</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementLists</name>
    <message>
        <source>Groups and their students</source>
        <translation>گروه‌ها و دانش‌آموزانشان</translation>
    </message>
    <message>
        <source>Waitlist, highest need first</source>
        <translation>فهرست انتظار، بیشترین نیاز اول</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Waitlist (highest need first)</source>
        <translation>فهرست انتظار (بیشترین نیاز اول)</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementMove</name>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 به %2 منتقل شد.</translation>
    </message>
    <message>
        <source>the waitlist</source>
        <translation>فهرست انتظار</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementPage</name>
    <message>
        <source>&amp;Propose Placement…</source>
        <translation>پیشنهاد جایابی(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Move to Group…</source>
        <translation>انتقال به گروه(&amp;M)…</translation>
    </message>
    <message>
        <source>Move to &amp;Waitlist</source>
        <translation>انتقال به فهرست انتظار(&amp;W)</translation>
    </message>
    <message>
        <source>Schedule &amp;Group…</source>
        <translation>برنامه‌ریزی گروه(&amp;G)…</translation>
    </message>
    <message>
        <source>Seats and waitlist</source>
        <translation>جایگاه‌ها و فهرست انتظار</translation>
    </message>
    <message>
        <source>See how TutorDesk would seat students by need, then apply it if you agree</source>
        <translation>ببینید TutorDesk دانش‌آموزان را بر اساس نیاز چگونه جایابی می‌کند، سپس اگر موافقید آن را اعمال کنید</translation>
    </message>
    <message>
        <source>Move the selected student to another group of the same subject (Ctrl+M)</source>
        <translation>انتقال دانش‌آموز انتخاب‌شده به گروه دیگری از همان درس (Ctrl+M)</translation>
    </message>
    <message>
        <source>Give the selected student&apos;s seat back; they wait in need order (Ctrl+Shift+M)</source>
        <translation>پس گرفتن جایگاه دانش‌آموز انتخاب‌شده؛ او به ترتیب نیاز منتظر می‌ماند (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Give the selected group its tutor, room, days and time; its sessions follow (or double-click a group)</source>
        <translation>تعیین مربی، کلاس، روزها و ساعت گروه انتخاب‌شده؛ جلسه‌هایش بر همین اساس ساخته می‌شوند (یا روی گروه دوبار کلیک کنید)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>جایابی</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>گروه‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 seats taken · %4 waiting</source>
        <translation>%1 · %2 از %3 جایگاه پر · %4 در انتظار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln گروه</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet. Import the roster and the benchmark scores, then click Propose Placement.</source>
        <translation>هنوز گروهی نیست. فهرست اسامی و نمره‌های آزمون معیار را وارد کنید، سپس روی «پیشنهاد جایابی» کلیک کنید.</translation>
    </message>
    <message>
        <source>Placement applied. %1</source>
        <translation>جایابی اعمال شد. %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::PlacementProposal</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln دانش‌آموز</numerusform>
        </translation>
    </message>
    <message>
        <source>No student got a new seat.</source>
        <translation>هیچ دانش‌آموزی جایگاه جدید نگرفت.</translation>
    </message>
    <message>
        <source>No student would get a new seat.</source>
        <translation>هیچ دانش‌آموزی جایگاه جدید نمی‌گیرد.</translation>
    </message>
    <message>
        <source>%1 got a seat, %2.</source>
        <translation>%1 جایگاه گرفتند، %2.</translation>
    </message>
    <message>
        <source>%1 would get a seat, %2.</source>
        <translation>%1 جایگاه می‌گیرند، %2.</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln new group(s) planned</source>
        <translation>
            <numerusform>با %Ln گروه جدید برنامه‌ریزی‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 got a seat in the groups there are.</source>
        <translation>%1 در گروه‌های موجود جایگاه گرفتند.</translation>
    </message>
    <message>
        <source>%1 would get a seat in the groups there are.</source>
        <translation>%1 در گروه‌های موجود جایگاه می‌گیرند.</translation>
    </message>
    <message>
        <source>Nobody waits.</source>
        <translation>کسی در انتظار نیست.</translation>
    </message>
    <message>
        <source>Nobody would wait.</source>
        <translation>کسی در انتظار نمی‌ماند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) wait, highest need first.</source>
        <translation>
            <numerusform>%Ln دانش‌آموز در انتظارند، بیشترین نیاز اول.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) would wait, highest need first.</source>
        <translation>
            <numerusform>%Ln دانش‌آموز در انتظار می‌مانند، بیشترین نیاز اول.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) left the waitlist: they no longer qualify.</source>
        <translation>
            <numerusform>%Ln دانش‌آموز از فهرست انتظار خارج شدند: دیگر واجد شرایط نیستند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The groups offer %1 of the %2 seats the program can fund.</source>
        <translation>گروه‌ها %1 از %2 جایگاهی را که برنامه می‌تواند تأمین مالی کند ارائه می‌دهند.</translation>
    </message>
    <message>
        <source>Propose Placement</source>
        <translation>پیشنهاد جایابی</translation>
    </message>
    <message>
        <source>New seats are offered as invitations: tutoring starts once the family consents. Apply this placement?</source>
        <translation>جایگاه‌های جدید به‌صورت دعوت‌نامه پیشنهاد می‌شوند: آموزش تقویتی پس از رضایت خانواده شروع می‌شود. این جایابی اعمال شود؟</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>چیزی برای اعمال نیست.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>اعمال(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeGridDialog</name>
    <message>
        <source>Enter Probes</source>
        <translation>ورود سنجش‌ها</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>گروه(&amp;G):</translation>
    </message>
    <message>
        <source>Probe date</source>
        <translation>تاریخ سنجش</translation>
    </message>
    <message>
        <source>Probe window</source>
        <translation>دوره سنجش</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>حداکثر نمره</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تاریخ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>دوره(&amp;W):</translation>
    </message>
    <message>
        <source>Out &amp;of:</source>
        <translation>از مجموع(&amp;O):</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>نمره‌های سنجش</translation>
    </message>
    <message>
        <source>Type a score and press Enter for the next student. Leave a cell empty for “not tested”. Ctrl+S saves every score at once.</source>
        <translation>نمره را بنویسید و برای دانش‌آموز بعدی Enter را بزنید. برای «آزمون‌نشده» خانه را خالی بگذارید. Ctrl+S همه نمره‌ها را یکجا ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Save Scores</source>
        <translation>ذخیره نمره‌ها(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>no skill</source>
        <translation>بدون مهارت</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (پایان‌یافته)</translation>
    </message>
    <message>
        <source>There are no groups yet. Create groups on the Schedule page first.</source>
        <translation>هنوز گروهی وجود ندارد. ابتدا در صفحه برنامه زمانی گروه بسازید.</translation>
    </message>
    <message>
        <source>The groups could not be read: %1</source>
        <translation>گروه‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Discard Scores?</source>
        <translation>نمره‌ها کنار گذاشته شوند؟</translation>
    </message>
    <message>
        <source>The scores typed for this group are not saved. Discard them and open the other group?</source>
        <translation>نمره‌هایی که برای این گروه نوشته‌اید ذخیره نشده‌اند. آنها کنار گذاشته شوند و گروه دیگر باز شود؟</translation>
    </message>
    <message>
        <source>The group&apos;s probes could not be read: %1</source>
        <translation>سنجش‌های گروه خوانده نشد: %1</translation>
    </message>
    <message>
        <source>This group has no target skill yet: set one on the Schedule page before entering probes.</source>
        <translation>این گروه هنوز مهارت هدف ندارد: پیش از ورود سنجش‌ها، در صفحه برنامه زمانی یک مهارت تعیین کنید.</translation>
    </message>
    <message>
        <source>Skill %1</source>
        <translation>مهارت %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · Mastery at %2 %</source>
        <translation>%1 · تسلط در %2 %</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
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
        <translation>%1 (ذخیره‌شده)
%2</translation>
    </message>
    <message>
        <source>New: %1
%2</source>
        <translation>جدید: %1
%2</translation>
    </message>
    <message>
        <source>Growth
(points of %)</source>
        <translation>رشد
(واحد درصد)</translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation>تسلط</translation>
    </message>
    <message>
        <source>%1 (seat given back)</source>
        <translation>%1 (جایگاه پس داده شد)</translation>
    </message>
    <message>
        <source>No longer in this group on this day; earlier results are kept.</source>
        <translation>در این روز دیگر در این گروه نیست؛ نتایج قبلی حفظ می‌شوند.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>✓ Mastered</source>
        <translation>✓ مسلط شده</translation>
    </message>
    <message>
        <source>Not a number: type the score, or leave the cell empty for “not tested”.</source>
        <translation>عدد نیست: نمره را بنویسید، یا برای «آزمون‌نشده» خانه را خالی بگذارید.</translation>
    </message>
    <message>
        <source>The score must be between 0 and %1.</source>
        <translation>نمره باید بین ۰ و %1 باشد.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 امتیاز</translation>
    </message>
    <message>
        <source>From the baseline probe to this one, in percentage points.</source>
        <translation>از سنجش پایه تا این سنجش، به واحد درصد.</translation>
    </message>
    <message>
        <source>Growth shows once there are two results.</source>
        <translation>رشد وقتی نمایش داده می‌شود که دو نتیجه وجود داشته باشد.</translation>
    </message>
    <message>
        <source>%1&apos;s score “%2” is not a number. Type the score, or clear the cell for “not tested”. Nothing was saved.</source>
        <translation>نمره %1، «%2»، عدد نیست. نمره را بنویسید، یا برای «آزمون‌نشده» خانه را پاک کنید. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>چیزی ذخیره نشد. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) added</source>
        <translation>
            <numerusform>%n نمره اضافه شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n تغییر کرد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n پاک شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: no score was changed.</source>
        <translation>چیزی برای ذخیره نیست: هیچ نمره‌ای تغییر نکرد.</translation>
    </message>
    <message>
        <source>Saved for %1: %2.</source>
        <translation>برای %1 ذخیره شد: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Save Scores?</source>
        <translation>نمره‌ها ذخیره شوند؟</translation>
    </message>
    <message>
        <source>Some scores typed for %1 are not saved.</source>
        <translation>برخی نمره‌هایی که برای %1 نوشته‌اید ذخیره نشده‌اند.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSheet</name>
    <message>
        <source>student %1</source>
        <translation>دانش‌آموز %1</translation>
    </message>
    <message>
        <source>%1 has no target skill, so its probes cannot be compared. Give the group a skill code on the Schedule page first.</source>
        <translation>%1 مهارت هدف ندارد، بنابراین سنجش‌های آن قابل مقایسه نیستند. ابتدا در صفحه برنامه زمانی برای گروه کد مهارت تعیین کنید.</translation>
    </message>
    <message>
        <source>Choose the day the probe was given.</source>
        <translation>روزی را که سنجش انجام شد انتخاب کنید.</translation>
    </message>
    <message>
        <source>The probe day %1 is in the future. Enter probes on or after the day they are given.</source>
        <translation>روز سنجش %1 در آینده است. سنجش‌ها را در روز انجام یا پس از آن وارد کنید.</translation>
    </message>
    <message>
        <source>The probe day %1 is before %2 starts (%3). Check the day.</source>
        <translation>روز سنجش %1 پیش از شروع %2 (%3) است. روز را بررسی کنید.</translation>
    </message>
    <message>
        <source>Choose the probe window: pre, progress or post.</source>
        <translation>دوره سنجش را انتخاب کنید: پیش‌آزمون، پیشرفت یا پس‌آزمون.</translation>
    </message>
    <message>
        <source>The probe&apos;s maximum score must be more than 0.</source>
        <translation>حداکثر نمره سنجش باید بیشتر از ۰ باشد.</translation>
    </message>
    <message>
        <source>%1&apos;s score %2 is outside 0 to %3. Correct the score or the probe&apos;s maximum.</source>
        <translation>نمره %1، %2، خارج از بازه ۰ تا %3 است. نمره یا حداکثر سنجش را اصلاح کنید.</translation>
    </message>
    <message>
        <source>%1 has no seat in %2 on %3, so the score %4 cannot be recorded for the group. Clear the score or check the day.</source>
        <translation>%1 در %3 در %2 جایگاه ندارد، بنابراین نمره %4 برای گروه ثبت نمی‌شود. نمره را پاک کنید یا روز را بررسی کنید.</translation>
    </message>
    <message>
        <source>There is no group %1 (it may have been removed). Choose another group.</source>
        <translation>گروه %1 وجود ندارد (ممکن است حذف شده باشد). گروه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The probe scores could not be saved in %1: %2. Nothing was changed; try again.</source>
        <translation>نمره‌های سنجش در %1 ذخیره نشد: %2. چیزی تغییر نکرد؛ دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkills</name>
    <message>
        <source>A probe needs a skill code, e.g. 3.OA.7.</source>
        <translation>سنجش به کد مهارت نیاز دارد، مثلاً 3.OA.7.</translation>
    </message>
    <message>
        <source>The mastery threshold of %1 is %2 %; it must be between 1 and 100 %.</source>
        <translation>آستانه تسلط %1، %2 % است؛ باید بین ۱ و ۱۰۰ % باشد.</translation>
    </message>
    <message>
        <source>The maximum score of %1 is %2; it must be more than 0 (or left empty).</source>
        <translation>حداکثر نمره %1، %2 است؛ باید بیشتر از ۰ باشد (یا خالی بماند).</translation>
    </message>
    <message>
        <source>The probe settings could not be saved in %1: %2</source>
        <translation>تنظیمات سنجش در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProbeSkillsEditor</name>
    <message>
        <source>Each skill probe&apos;s usual maximum score (the grid starts with it) and the share of it that counts as mastery. Growth and mastery everywhere use these.</source>
        <translation>حداکثر نمره معمول هر سنجش مهارت (جدول با آن شروع می‌شود) و سهمی از آن که تسلط به حساب می‌آید. رشد و تسلط در همه جا از این‌ها استفاده می‌کنند.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>مهارت</translation>
    </message>
    <message>
        <source>Plain words</source>
        <translation>به زبان ساده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>حداکثر نمره</translation>
    </message>
    <message>
        <source>Mastery at</source>
        <translation>تسلط در</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>استفاده‌شده در</translation>
    </message>
    <message>
        <source>Probe skills</source>
        <translation>مهارت‌های سنجش</translation>
    </message>
    <message>
        <source>A skill appears here once a group targets it or a probe names it.</source>
        <translation>مهارت وقتی اینجا نمایش داده می‌شود که گروهی آن را هدف بگیرد یا سنجشی نام آن را بیاورد.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>Maximum score of %1</source>
        <translation>حداکثر نمره %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mastery threshold of %1</source>
        <translation>آستانه تسلط %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n گروه</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتیجه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgramText</name>
    <message>
        <source>Benchmark results</source>
        <translation>نتایج آزمون معیار</translation>
    </message>
    <message>
        <source>School attendance</source>
        <translation>حضور در مدرسه</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>زبان‌آموز انگلیسی</translation>
    </message>
    <message>
        <source>IEP or 504 plan</source>
        <translation>IEP یا برنامه 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بی‌خانمان (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 min a week, groups of up to %4</source>
        <comment>tier, sessions, minutes, group size</comment>
        <translation>%1: %2 × %3 دقیقه در هفته، گروه‌های حداکثر %4 نفره</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>group status</comment>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>group status</comment>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>group status</comment>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>seats taken of the group&apos;s cap</comment>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressChartsTab</name>
    <message>
        <source>&amp;School</source>
        <translation>مدرسه(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>گروه(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>دانش‌آموز(&amp;T):</translation>
    </message>
    <message>
        <source>Group to chart</source>
        <translation>گروه برای نمودار</translation>
    </message>
    <message>
        <source>Student to chart</source>
        <translation>دانش‌آموز برای نمودار</translation>
    </message>
    <message>
        <source>Type a name or district id</source>
        <translation>نام یا شناسه منطقه را بنویسید</translation>
    </message>
    <message>
        <source>Hover over a point or bar for the figures; right-click a chart to save or print it.</source>
        <translation>برای دیدن ارقام، نشانگر را روی یک نقطه یا ستون ببرید؛ برای ذخیره یا چاپ نمودار، روی آن راست‌کلیک کنید.</translation>
    </message>
    <message>
        <source>Chart for:</source>
        <translation>نمودار برای:</translation>
    </message>
    <message>
        <source>Dosage distribution</source>
        <translation>توزیع میزان آموزش</translation>
    </message>
    <message>
        <source>No student holds a seat yet.</source>
        <translation>هنوز هیچ دانش‌آموزی جایگاه ندارد.</translation>
    </message>
    <message>
        <source>Growth against dosage</source>
        <translation>رشد در برابر میزان آموزش</translation>
    </message>
    <message>
        <source>No growth yet: growth shows once a student has two probes on their group&apos;s skill.</source>
        <translation>هنوز رشدی نیست: رشد وقتی نمایش داده می‌شود که دانش‌آموز دو سنجش روی مهارت گروهش داشته باشد.</translation>
    </message>
    <message>
        <source>Weekly attendance rate</source>
        <translation>نرخ حضور هفتگی</translation>
    </message>
    <message>
        <source>No attendance taken yet.</source>
        <translation>هنوز حضور و غیابی گرفته نشده است.</translation>
    </message>
    <message>
        <source>Students per tier</source>
        <translation>دانش‌آموزان در هر سطح</translation>
    </message>
    <message>
        <source>No student has a tier of need yet: compute need scores on the Placement page.</source>
        <translation>هنوز هیچ دانش‌آموزی سطح نیاز ندارد: امتیازهای نیاز را در صفحه جایابی محاسبه کنید.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>یک گروه را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Growth per student</source>
        <translation>رشد هر دانش‌آموز</translation>
    </message>
    <message>
        <source>No students in this group yet.</source>
        <translation>هنوز دانش‌آموزی در این گروه نیست.</translation>
    </message>
    <message>
        <source>This group has no target skill, so growth cannot be measured. Set its skill on the Schedule page.</source>
        <translation>این گروه مهارت هدف ندارد، بنابراین رشد قابل اندازه‌گیری نیست. مهارت آن را در صفحه برنامه زمانی تعیین کنید.</translation>
    </message>
    <message>
        <source>No growth yet: no student in this group has two probes on %1.</source>
        <translation>هنوز رشدی نیست: هیچ دانش‌آموزی در این گروه دو سنجش روی %1 ندارد.</translation>
    </message>
    <message>
        <source>Sessions held against scheduled</source>
        <translation>جلسه‌های برگزارشده در برابر برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>No sessions scheduled for this group yet.</source>
        <translation>هنوز جلسه‌ای برای این گروه برنامه‌ریزی نشده است.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Choose a student above.</source>
        <translation>یک دانش‌آموز را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Probe scores</source>
        <translation>نمره‌های سنجش</translation>
    </message>
    <message>
        <source>No probes yet for this student.</source>
        <translation>هنوز سنجشی برای این دانش‌آموز نیست.</translation>
    </message>
    <message>
        <source>Minutes received against planned</source>
        <translation>دقیقه‌های دریافت‌شده در برابر برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>No sessions yet for this student.</source>
        <translation>هنوز جلسه‌ای برای این دانش‌آموز نیست.</translation>
    </message>
    <message>
        <source>Attendance by week</source>
        <translation>حضور به تفکیک هفته</translation>
    </message>
    <message>
        <source>No sessions held for this student yet.</source>
        <translation>هنوز جلسه‌ای برای این دانش‌آموز برگزار نشده است.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFilterBar</name>
    <message>
        <source>Include pa&amp;used and exited</source>
        <translation>شامل معلق‌شده‌ها و خارج‌شده‌ها(&amp;U)</translation>
    </message>
    <message>
        <source>Stu&amp;dents</source>
        <translation>دانش‌آموزان(&amp;D)</translation>
    </message>
    <message>
        <source>G&amp;roups</source>
        <translation>گروه‌ها(&amp;R)</translation>
    </message>
    <message>
        <source>One row per student and group</source>
        <translation>یک ردیف برای هر دانش‌آموز و گروه</translation>
    </message>
    <message>
        <source>One row per group: delivery, attendance, growth and flags</source>
        <translation>یک ردیف برای هر گروه: برگزاری، حضور، رشد و هشدارها</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>One group&apos;s students, or the whole school</source>
        <translation>دانش‌آموزان یک گروه، یا کل مدرسه</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>همه گروه‌ها</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Any flag or none</source>
        <translation>هر هشداری یا بدون هشدار</translation>
    </message>
    <message>
        <source>Flagged (either)</source>
        <translation>دارای هشدار (هر کدام)</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>حاضر نمی‌شود</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>حاضر می‌شود، پیشرفت نمی‌کند</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>هر سطحی</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Any subject</source>
        <translation>هر درسی</translation>
    </message>
    <message>
        <source>Also seats paused or exited this year (they are never flagged)</source>
        <translation>همچنین جایگاه‌هایی که امسال معلق یا خارج شده‌اند (هرگز هشدار نمی‌گیرند)</translation>
    </message>
    <message>
        <source>Search by name or district ID</source>
        <translation>جستجو بر اساس نام یا شناسه منطقه</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>جستجوی دانش‌آموزان</translation>
    </message>
    <message>
        <source>Students: part of a name or district ID. Groups: part of a group&apos;s name, skill or tutor</source>
        <translation>دانش‌آموزان: بخشی از نام یا شناسه منطقه. گروه‌ها: بخشی از نام، مهارت یا مربی گروه</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlags</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 امتیاز</translation>
    </message>
    <message>
        <source>Sessions attended before judging growth must be a whole number from 1 to 200, not %1.</source>
        <translation>تعداد جلسه‌های حاضر پیش از قضاوت درباره رشد باید عدد صحیحی از ۱ تا ۲۰۰ باشد، نه %1.</translation>
    </message>
    <message>
        <source>The attendance that counts as attending well must be above 0% and at most 100%, not %1.</source>
        <translation>حضوری که حضور خوب به حساب می‌آید باید بیشتر از ۰٪ و حداکثر ۱۰۰٪ باشد، نه %1.</translation>
    </message>
    <message>
        <source>The growth expected must be from 0 to 100 percentage points, not %1.</source>
        <translation>رشد مورد انتظار باید از ۰ تا ۱۰۰ واحد درصد باشد، نه %1.</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.</source>
        <translation>تعداد جلسه‌های لازم برای قضاوت درباره حضور باید عدد صحیحی از ۱ تا ۲۰۰ باشد، نه %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending must be above 0% and at most 100%, not %1.</source>
        <translation>حضوری که کمتر از آن دانش‌آموز «حاضر نمی‌شود» به حساب می‌آید باید بیشتر از ۰٪ و حداکثر ۱۰۰٪ باشد، نه %1.</translation>
    </message>
    <message>
        <source>The attendance under which a student is not attending (%1) must not be above the attendance that counts as attending well (%2).</source>
        <translation>حضوری که کمتر از آن دانش‌آموز «حاضر نمی‌شود» (%1) نباید بیشتر از حضوری باشد که حضور خوب به حساب می‌آید (%2).</translation>
    </message>
    <message>
        <source>The progress flags were not saved: %1</source>
        <translation>هشدارهای پیشرفت ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The progress flags could not be saved in %1: %2</source>
        <translation>هشدارهای پیشرفت در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>حاضر می‌شود، پیشرفت نمی‌کند</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>حاضر نمی‌شود</translation>
    </message>
    <message>
        <source>No flag</source>
        <translation>بدون هشدار</translation>
    </message>
    <message>
        <source>Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group&apos;s skill probe (pre to latest) and has not reached mastery. Attending is not the problem: look at the instruction.</source>
        <translation>دست‌کم در %1 با حضور %2 یا بهتر شرکت کرده، اما در سنجش مهارت گروه (از پیش‌آزمون تا آخرین) کمتر از %3 رشد داشته و به تسلط نرسیده است. مشکل از حضور نیست: به شیوه آموزش نگاه کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Came to fewer than %1 of the sessions with attendance taken, after at least %2. The student is not getting the tutoring: reach the family first.</source>
        <translation>پس از دست‌کم %2، در کمتر از %1 جلسه‌هایی که حضور و غیاب گرفته شده شرکت کرده است. دانش‌آموز آموزش تقویتی را دریافت نمی‌کند: ابتدا با خانواده تماس بگیرید.</translation>
    </message>
    <message>
        <source>Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least %2 (or the skill is mastered).</source>
        <translation>هیچ هشداری صدق نمی‌کند: حضور کمتر از %1 نیست، و رشد هنوز ارزیابی نشده یا دست‌کم %2 است (یا مهارت مسلط شده است).</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressFlagsEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions attended before growth is judged</source>
        <translation>جلسه‌های حاضر پیش از قضاوت درباره رشد</translation>
    </message>
    <message>
        <source>Attendance that counts as attending well</source>
        <translation>حضوری که حضور خوب به حساب می‌آید</translation>
    </message>
    <message>
        <source>Growth expected, in percentage points</source>
        <translation>رشد مورد انتظار، به واحد درصد</translation>
    </message>
    <message>
        <source>Sessions needed to judge attendance</source>
        <translation>جلسه‌های لازم برای قضاوت درباره حضور</translation>
    </message>
    <message>
        <source>Attendance under which a student is not attending</source>
        <translation>حضوری که کمتر از آن دانش‌آموز «حاضر نمی‌شود»</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> امتیاز</translation>
    </message>
    <message>
        <source>The Progress page flags two kinds of student so that nobody waits until the end of the program to be noticed. Only seats held now are flagged.</source>
        <translation>صفحه پیشرفت دو دسته از دانش‌آموزان را هشدار می‌دهد تا کسی تا پایان برنامه نادیده نماند. فقط جایگاه‌های فعلی هشدار می‌گیرند.</translation>
    </message>
    <message>
        <source>After at least %1 with attendance taken, flag a student who came to under %2 of them.</source>
        <translation>پس از دست‌کم %1 با حضور و غیاب، به دانش‌آموزی که در کمتر از %2 آنها شرکت کرده هشدار بده.</translation>
    </message>
    <message>
        <source>The tutoring cannot work if the student is not there: reach the family first.</source>
        <translation>اگر دانش‌آموز حاضر نباشد، آموزش تقویتی اثری ندارد: ابتدا با خانواده تماس بگیرید.</translation>
    </message>
    <message>
        <source>After at least %1 attended at %2 attendance or better,
flag growth under %3 on the group&apos;s skill probe (a mastered skill is never flagged).</source>
        <translation>پس از دست‌کم %1 حضور با نرخ %2 یا بهتر،
به رشد کمتر از %3 در سنجش مهارت گروه هشدار بده (مهارت مسلط‌شده هرگز هشدار نمی‌گیرد).</translation>
    </message>
    <message>
        <source>Growth is the latest probe&apos;s percentage minus the pre probe&apos;s, in percentage points; it needs two probes on the group&apos;s skill.</source>
        <translation>رشد برابر است با درصد آخرین سنجش منهای درصد پیش‌آزمون، به واحد درصد؛ به دو سنجش روی مهارت گروه نیاز دارد.</translation>
    </message>
    <message>
        <source>Problem with the thresholds</source>
        <translation>مشکل در آستانه‌ها</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the thresholds TutorDesk starts with</source>
        <translation>بازگرداندن آستانه‌هایی که TutorDesk با آنها شروع می‌کند</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressPage</name>
    <message>
        <source>Enter &amp;Probes…</source>
        <translation>ورود سنجش‌ها(&amp;P)…</translation>
    </message>
    <message>
        <source>Type a group&apos;s skill probe scores in a grid</source>
        <translation>نوشتن نمره‌های سنجش مهارت یک گروه در جدول</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>دانش‌آموزان(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>نمودارها(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Equity Audit</source>
        <translation>بررسی عدالت آموزشی(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Weekly Review</source>
        <translation>بازبینی هفتگی(&amp;W)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableGroups</name>
    <message>
        <source>The groups&apos; progress could not be read: %1</source>
        <translation>پیشرفت گروه‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>%1 held (%2)</source>
        <translation>%1 برگزارشده (%2)</translation>
    </message>
    <message>
        <source>%1 not attending · %2 not improving</source>
        <translation>%1 حاضر نمی‌شوند · %2 پیشرفت نمی‌کنند</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Regular sessions held of those scheduled up to today: did the program deliver?</source>
        <translation>جلسه‌های عادی برگزارشده از میان جلسه‌های برنامه‌ریزی‌شده تا امروز: آیا برنامه اجرا شد؟</translation>
    </message>
    <message>
        <source>Mean growth of the group&apos;s students with two probes, in percentage points</source>
        <translation>میانگین رشد دانش‌آموزان گروه که دو سنجش دارند، به واحد درصد</translation>
    </message>
    <message>
        <source>Open the group to see who is flagged and why</source>
        <translation>گروه را باز کنید تا ببینید چه کسی و چرا هشدار گرفته است</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>برای مرتب‌سازی بر اساس این ستون کلیک کنید</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>مربی</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>دانش‌آموزان</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>میانگین حضور</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Mean growth</source>
        <translation>میانگین رشد</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>هشدارها</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableModel</name>
    <message>
        <source>The progress figures could not be read: %1</source>
        <translation>ارقام پیشرفت خوانده نشد: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
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
        <translation>شناسه منطقه %1 · پایه %2</translation>
    </message>
    <message>
        <source>Tier %1 · %2</source>
        <translation>سطح %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) attended (make-ups included)</source>
        <translation>
            <numerusform>%n جلسه حاضر (با احتساب جلسه‌های جبرانی)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n غیبت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held for this student up to today (make-ups included)</source>
        <translation>
            <numerusform>%n جلسه برای این دانش‌آموز تا امروز برگزار شده (با احتساب جلسه‌های جبرانی)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: sessions attended of those with attendance taken</source>
        <translation>حضور: جلسه‌های حاضر از میان جلسه‌هایی که حضور و غیاب گرفته شده</translation>
    </message>
    <message>
        <source>Minutes received of minutes scheduled (cancelled sessions included in the plan)</source>
        <translation>دقیقه‌های دریافت‌شده از دقیقه‌های برنامه‌ریزی‌شده (جلسه‌های لغوشده در برنامه حساب می‌شوند)</translation>
    </message>
    <message>
        <source>First probe on the group&apos;s skill, %1</source>
        <translation>نخستین سنجش روی مهارت گروه، %1</translation>
    </message>
    <message>
        <source>No probe yet on %1</source>
        <translation>هنوز سنجشی روی %1 نیست</translation>
    </message>
    <message>
        <source>Latest probe, %1</source>
        <translation>آخرین سنجش، %1</translation>
    </message>
    <message>
        <source>Growth needs a second probe on the same skill</source>
        <translation>رشد به سنجش دوم روی همان مهارت نیاز دارد</translation>
    </message>
    <message>
        <source>Growth needs a pre and a later probe on the same skill</source>
        <translation>رشد به یک پیش‌آزمون و یک سنجش بعدی روی همان مهارت نیاز دارد</translation>
    </message>
    <message>
        <source>Latest percentage minus pre percentage, in percentage points%1</source>
        <translation>آخرین درصد منهای درصد پیش‌آزمون، به واحد درصد%1</translation>
    </message>
    <message>
        <source>; ✓ mastered</source>
        <translation>؛ ✓ مسلط شده</translation>
    </message>
    <message>
        <source>A seat given back is not flagged</source>
        <translation>جایگاهی که پس داده شده هشدار نمی‌گیرد</translation>
    </message>
    <message>
        <source>Sessions attended of sessions held</source>
        <translation>جلسه‌های حاضر از جلسه‌های برگزارشده</translation>
    </message>
    <message>
        <source>Sessions attended of those with attendance taken</source>
        <translation>جلسه‌های حاضر از میان جلسه‌هایی که حضور و غیاب گرفته شده</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>دقیقه‌های دریافت‌شده از دقیقه‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>The first (pre) probe on the group&apos;s skill: score and percentage</source>
        <translation>نخستین سنجش (پیش‌آزمون) روی مهارت گروه: نمره و درصد</translation>
    </message>
    <message>
        <source>The latest probe on the same skill</source>
        <translation>آخرین سنجش روی همان مهارت</translation>
    </message>
    <message>
        <source>Latest minus pre, in percentage points; ✓ mastered</source>
        <translation>آخرین منهای پیش‌آزمون، به واحد درصد؛ ✓ مسلط شده</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>برای مرتب‌سازی بر اساس این ستون کلیک کنید</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>مربی</translation>
    </message>
    <message>
        <source>Target skill</source>
        <translation>مهارت هدف</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>پیش‌آزمون</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>آخرین</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>رشد</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>هشدار</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableTab</name>
    <message>
        <source>Students shown</source>
        <translation>دانش‌آموزان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Students&apos; attendance, skill and growth</source>
        <translation>حضور، مهارت و رشد دانش‌آموزان</translation>
    </message>
    <message>
        <source>Groups&apos; delivery, attendance and growth</source>
        <translation>برگزاری، حضور و رشد گروه‌ها</translation>
    </message>
    <message>
        <source>Open a school to see who attended, what skill was targeted and who improved.</source>
        <translation>یک مدرسه را باز کنید تا ببینید چه کسی حاضر بود، چه مهارتی هدف بود و چه کسی پیشرفت کرد.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n گروه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n دانش‌آموز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n جایگاه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attending</source>
        <translation>
            <numerusform>%n نفر حاضر نمی‌شوند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending but not improving</source>
        <translation>
            <numerusform>%n نفر حاضر می‌شوند اما پیشرفت نمی‌کنند</numerusform>
        </translation>
    </message>
    <message>
        <source>mean growth %1</source>
        <translation>میانگین رشد %1</translation>
    </message>
    <message>
        <source>no growth measured yet</source>
        <translation>هنوز رشدی اندازه‌گیری نشده</translation>
    </message>
    <message>
        <source>mean attendance %1</source>
        <translation>میانگین حضور %1</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>نمایش نمودارها(&amp;C)</translation>
    </message>
    <message>
        <source>Enter &amp;Probes for This Group…</source>
        <translation>ورود سنجش‌ها برای این گروه(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;Observation or Confidence…</source>
        <translation>ثبت مشاهده یا اعتمادبه‌نفس(&amp;O)…</translation>
    </message>
    <message>
        <source>Show &amp;Students</source>
        <translation>نمایش دانش‌آموزان(&amp;S)</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProgressTableText</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 امتیاز</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>پیش‌آزمون</translation>
    </message>
    <message>
        <source>post</source>
        <translation>پس‌آزمون</translation>
    </message>
    <message>
        <source>progress check</source>
        <translation>سنجش پیشرفت</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>خارج‌شده</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>دعوت‌شده</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>رضایت‌داده</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolActions</name>
    <message>
        <source>“%1” is not about a missed session, so there is no make-up to schedule.</source>
        <translation>«%1» مربوط به غیبت در جلسه نیست، بنابراین جلسه جبرانی‌ای برای برنامه‌ریزی وجود ندارد.</translation>
    </message>
    <message>
        <source>The missed session of “%1” is gone (it may have been removed). Reload the Today page.</source>
        <translation>جلسه‌ای که «%1» در آن غایب بود دیگر وجود ندارد (ممکن است حذف شده باشد). صفحه امروز را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>Choose a day and a start time for %1&apos;s make-up.</source>
        <translation>یک روز و ساعت شروع برای جلسه جبرانی %1 انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s make-up must come after the missed session (%2) and not before today. Choose a later day.</source>
        <translation>جلسه جبرانی %1 باید پس از جلسه‌ای که غایب بود (%2) و نه پیش از امروز باشد. روز دیرتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not a school day. Choose another day for %2&apos;s make-up.</source>
        <translation>%1 روز مدرسه نیست. روز دیگری برای جلسه جبرانی %2 انتخاب کنید.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>جلسه جبرانی ۵ تا ۲۴۰ دقیقه است، نه %1.</translation>
    </message>
    <message>
        <source>Make-up on %1 at %2</source>
        <translation>جلسه جبرانی در %1 ساعت %2</translation>
    </message>
    <message>
        <source>There is no due action %1 (it may have been removed). Reload the Today page.</source>
        <translation>اقدام سررسیده %1 وجود ندارد (ممکن است حذف شده باشد). صفحه امروز را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 برای %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn: the absence that caused it was changed. There is nothing left to do.</source>
        <translation>«%1» پس گرفته شد: غیبتی که باعث آن شده بود تغییر کرد. کاری باقی نمانده است.</translation>
    </message>
    <message>
        <source>“%1” is already resolved as not needed. Reopen it first to change that.</source>
        <translation>«%1» از قبل به‌عنوان غیرلازم ثبت شده است. برای تغییر آن ابتدا آن را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>“%1” is already done. Reopen it first to change that.</source>
        <translation>«%1» از قبل انجام شده است. برای تغییر آن ابتدا آن را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Log a call or letter to the family first: escalation follows at least one contact attempt.</source>
        <translation>ابتدا یک تماس یا نامه به خانواده را ثبت کنید: ارجاع پس از دست‌کم یک تلاش برای تماس انجام می‌شود.</translation>
    </message>
    <message>
        <source>Say why it is not needed.</source>
        <translation>بنویسید چرا لازم نیست.</translation>
    </message>
    <message>
        <source>The contact to link to “%1” is gone (it may have been removed). Log it again.</source>
        <translation>تماسی که باید به «%1» پیوند داده شود دیگر وجود ندارد (ممکن است حذف شده باشد). آن را دوباره ثبت کنید.</translation>
    </message>
    <message>
        <source>The letter to link to “%1” is gone (it may have been removed). Print it again.</source>
        <translation>نامه‌ای که باید به «%1» پیوند داده شود دیگر وجود ندارد (ممکن است حذف شده باشد). آن را دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>There is no contact %1 (it may have been removed). Log it again.</source>
        <translation>تماس %1 وجود ندارد (ممکن است حذف شده باشد). آن را دوباره ثبت کنید.</translation>
    </message>
    <message>
        <source>That contact is about another student, not %1. Choose %1&apos;s contact.</source>
        <translation>آن تماس مربوط به دانش‌آموز دیگری است، نه %1. تماس مربوط به %1 را انتخاب کنید.</translation>
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
        <translation>تغییر در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>“%1” was withdrawn by the protocol (its absence was changed) and stays withdrawn.</source>
        <translation>«%1» توسط دستورالعمل پس گرفته شد (غیبت آن تغییر کرد) و پس‌گرفته باقی می‌ماند.</translation>
    </message>
    <message>
        <source>“%1” is still open: there is nothing to reopen.</source>
        <translation>«%1» هنوز باز است: چیزی برای باز کردن دوباره نیست.</translation>
    </message>
    <message>
        <source>There is no letter %1 (it may have been removed). Print it again.</source>
        <translation>نامه %1 وجود ندارد (ممکن است حذف شده باشد). آن را دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>That letter is to another student&apos;s family, not %1&apos;s.</source>
        <translation>آن نامه به خانواده دانش‌آموز دیگری است، نه %1.</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>نامه ارسال شد</translation>
    </message>
    <message>
        <source>There is no waitlist entry %1 (it may have been removed). Choose again.</source>
        <translation>مورد %1 در فهرست انتظار وجود ندارد (ممکن است حذف شده باشد). دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not on the waitlist any more, so the seat in %2 cannot be offered to them. Choose again.</source>
        <translation>%1 دیگر در فهرست انتظار نیست، بنابراین جایگاه در %2 به او پیشنهاد نمی‌شود. دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 waits for another subject than %2 teaches. Choose someone waiting for it.</source>
        <translation>%1 منتظر درسی غیر از درس %2 است. کسی را انتخاب کنید که منتظر همین درس است.</translation>
    </message>
    <message>
        <source>%1 already has a seat in %2.</source>
        <translation>%1 از قبل در %2 جایگاه دارد.</translation>
    </message>
    <message>
        <source>Seated from the waitlist in a paused seat</source>
        <translation>از فهرست انتظار در یک جایگاه معلق جایگاه گرفت</translation>
    </message>
    <message>
        <source>“%1” names no seat in a group, so there is nothing to pause.</source>
        <translation>«%1» به هیچ جایگاهی در گروه اشاره نمی‌کند، بنابراین چیزی برای تعلیق نیست.</translation>
    </message>
    <message>
        <source>Paused after missed sessions</source>
        <translation>پس از غیبت در جلسه‌ها معلق شد</translation>
    </message>
    <message>
        <source>%1&apos;s seat in %2 is %3, not held: there is nothing to pause.</source>
        <translation>جایگاه %1 در %2 در وضعیت %3 است، نه فعال: چیزی برای تعلیق نیست.</translation>
    </message>
    <message>
        <source>Paused (%1); nobody was offered the seat.</source>
        <translation>معلق شد (%1)؛ جایگاه به کسی پیشنهاد نشد.</translation>
    </message>
    <message>
        <source>Paused (%1); the seat was offered to %2.</source>
        <translation>معلق شد (%1)؛ جایگاه به %2 پیشنهاد شد.</translation>
    </message>
    <message>
        <source>That group is full. Move someone out first or choose another group.</source>
        <translation>آن گروه پر است. ابتدا کسی را خارج کنید یا گروه دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolEngine</name>
    <message>
        <source>Withdrawn: the session was removed.</source>
        <translation>پس گرفته شد: جلسه حذف شد.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Covered by %1</source>
        <translation>پوشش داده‌شده توسط %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1 is no longer marked out on %2.</source>
        <translation>پس گرفته شد: %1 دیگر در %2 غایب علامت نخورده است.</translation>
    </message>
    <message>
        <source>The missed-session protocol could not be brought up to date in %1: %2 Nothing was changed; try again, and if it keeps failing run &quot;tutordesk-cli check&quot;.</source>
        <translation>دستورالعمل غیبت در جلسه در %1 به‌روز نشد: %2 چیزی تغییر نکرد؛ دوباره تلاش کنید و اگر باز هم نشد، &quot;tutordesk-cli check&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>Withdrawn: the session on %1 was cancelled.</source>
        <translation>پس گرفته شد: جلسه %1 لغو شد.</translation>
    </message>
    <message>
        <source>Withdrawn: the attendance for the session on %1 was cleared.</source>
        <translation>پس گرفته شد: حضور و غیاب جلسه %1 پاک شد.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as present.</source>
        <translation>پس گرفته شد: غیبت %1 اکنون حاضر ثبت شده است.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as tardy.</source>
        <translation>پس گرفته شد: غیبت %1 اکنون با تأخیر ثبت شده است.</translation>
    </message>
    <message>
        <source>Withdrawn: the absence on %1 is now recorded as excused.</source>
        <translation>پس گرفته شد: غیبت %1 اکنون موجه ثبت شده است.</translation>
    </message>
    <message>
        <source>Withdrawn: after a change to the attendance before it or to the protocol&apos;s thresholds, the absence on %1 no longer calls for this.</source>
        <translation>پس گرفته شد: پس از تغییر در حضور و غیاب قبلی یا آستانه‌های دستورالعمل، غیبت %1 دیگر این اقدام را لازم نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRuleNames</name>
    <message>
        <source>Notify the family</source>
        <translation>اطلاع به خانواده</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>برنامه‌ریزی جلسه جبرانی</translation>
    </message>
    <message>
        <source>Escalate to the teacher or counselor</source>
        <translation>ارجاع به معلم یا مشاور</translation>
    </message>
    <message>
        <source>Pause the seat and offer it</source>
        <translation>تعلیق جایگاه و پیشنهاد آن</translation>
    </message>
    <message>
        <source>Cover a tutor&apos;s absence</source>
        <translation>پوشش غیبت مربی</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRules</name>
    <message>
        <source>Absences in a row before the family is notified</source>
        <translation>تعداد غیبت پشت سر هم پیش از اطلاع به خانواده</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>روزهای مدرسه برای اطلاع به خانواده</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>تعداد غیبت پشت سر هم پیش از جلسه جبرانی</translation>
    </message>
    <message>
        <source>School days to schedule a make-up</source>
        <translation>روزهای مدرسه برای برنامه‌ریزی جلسه جبرانی</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>تعداد غیبت پشت سر هم پیش از ارجاع</translation>
    </message>
    <message>
        <source>The attendance percentage under which to escalate</source>
        <translation>درصد حضوری که کمتر از آن ارجاع انجام می‌شود</translation>
    </message>
    <message>
        <source>Weeks the attendance percentage looks back</source>
        <translation>تعداد هفته‌هایی که درصد حضور به عقب نگاه می‌کند</translation>
    </message>
    <message>
        <source>Sessions needed to judge the attendance percentage</source>
        <translation>جلسه‌های لازم برای قضاوت درباره درصد حضور</translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>روزهای مدرسه برای ارجاع</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>تعداد غیبت پشت سر هم پیش از تعلیق جایگاه</translation>
    </message>
    <message>
        <source>School days to pause the seat</source>
        <translation>روزهای مدرسه برای تعلیق جایگاه</translation>
    </message>
    <message>
        <source>School days before a session to cover a tutor&apos;s absence</source>
        <translation>روزهای مدرسه پیش از جلسه برای پوشش غیبت مربی</translation>
    </message>
    <message>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1 باید %2 یا بیشتر باشد، نه %3.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not %4.</source>
        <translation>%1 باید عدد صحیحی از %2 تا %3 باشد، نه %4.</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds were not saved: %1</source>
        <translation>آستانه‌های دستورالعمل ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The protocol&apos;s thresholds could not be saved in %1: %2</source>
        <translation>آستانه‌های دستورالعمل در %1 ذخیره نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ProtocolRulesEditor</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <comment>in a row</comment>
        <translation>
            <numerusform>%n غیبت</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>همان روز</translation>
    </message>
    <message numerus="yes">
        <source>within %n school day(s)</source>
        <translation>
            <numerusform>ظرف %n روز مدرسه</numerusform>
        </translation>
    </message>
    <message>
        <source>also for excused absences</source>
        <translation>برای غیبت‌های موجه هم</translation>
    </message>
    <message>
        <source>also after any unexcused absence</source>
        <translation>همچنین پس از هر غیبت غیرموجه</translation>
    </message>
    <message>
        <source>When a student misses tutoring, TutorDesk lists what to do and by when. Absences in a row count held sessions only; coming to any session, a make-up included, ends the run.</source>
        <translation>وقتی دانش‌آموزی در کلاس تقویتی غایب است، TutorDesk فهرست می‌کند چه کاری و تا چه زمانی باید انجام شود. غیبت‌های پشت سر هم فقط جلسه‌های برگزارشده را می‌شمارند؛ حضور در هر جلسه‌ای، از جمله جلسه جبرانی، این زنجیره را پایان می‌دهد.</translation>
    </message>
    <message>
        <source>An excused absence usually means the family already told the school.</source>
        <translation>غیبت موجه معمولاً یعنی خانواده قبلاً به مدرسه اطلاع داده است.</translation>
    </message>
    <message>
        <source>After %1 in a row, notify the family %2, in their language. %3</source>
        <translation>پس از %1 پشت سر هم، %2 به زبان خانواده به آنها اطلاع دهید. %3</translation>
    </message>
    <message>
        <source>Absences in a row before notifying the family</source>
        <translation>تعداد غیبت پشت سر هم پیش از اطلاع به خانواده</translation>
    </message>
    <message>
        <source>School days to notify the family</source>
        <translation>روزهای مدرسه برای اطلاع به خانواده</translation>
    </message>
    <message>
        <source>An unexcused absence asks for a make-up even when it is the first.</source>
        <translation>غیبت غیرموجه حتی اگر نخستین غیبت باشد، جلسه جبرانی لازم دارد.</translation>
    </message>
    <message>
        <source>After %1 in a row, schedule a make-up %2 and log a family contact. %3</source>
        <translation>پس از %1 پشت سر هم، %2 جلسه جبرانی برنامه‌ریزی کنید و یک تماس با خانواده ثبت کنید. %3</translation>
    </message>
    <message>
        <source>Absences in a row before a make-up</source>
        <translation>تعداد غیبت پشت سر هم پیش از جلسه جبرانی</translation>
    </message>
    <message>
        <source>School days to schedule the make-up</source>
        <translation>روزهای مدرسه برای برنامه‌ریزی جلسه جبرانی</translation>
    </message>
    <message>
        <source>After %1 in a row, or attendance under %2 over %3 (at least %4),
escalate %5.</source>
        <translation>پس از %1 پشت سر هم، یا حضور کمتر از %2 در %3 (دست‌کم %4)،
%5 ارجاع دهید.</translation>
    </message>
    <message>
        <source>Absences in a row before escalating</source>
        <translation>تعداد غیبت پشت سر هم پیش از ارجاع</translation>
    </message>
    <message>
        <source>Attendance rate below which to escalate</source>
        <translation>نرخ حضوری که کمتر از آن ارجاع انجام می‌شود</translation>
    </message>
    <message>
        <source>Weeks the attendance rate looks back</source>
        <translation>تعداد هفته‌هایی که نرخ حضور به عقب نگاه می‌کند</translation>
    </message>
    <message numerus="yes">
        <source>the last %n week(s)</source>
        <translation>
            <numerusform>%n هفته گذشته</numerusform>
        </translation>
    </message>
    <message>
        <source>Held sessions needed to judge the attendance rate</source>
        <translation>جلسه‌های برگزارشده لازم برای قضاوت درباره نرخ حضور</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s)</source>
        <translation>
            <numerusform>%n جلسه برگزارشده</numerusform>
        </translation>
    </message>
    <message>
        <source>School days to escalate</source>
        <translation>روزهای مدرسه برای ارجاع</translation>
    </message>
    <message>
        <source>A meeting with the teacher or counselor, a letter home, and a look at another delivery model.</source>
        <translation>جلسه با معلم یا مشاور، نامه به خانه، و بررسی شیوه اجرای دیگر.</translation>
    </message>
    <message>
        <source>After %1 in a row, pause the seat and offer it to the waitlist %2.</source>
        <translation>پس از %1 پشت سر هم، %2 جایگاه را معلق کنید و به فهرست انتظار پیشنهاد دهید.</translation>
    </message>
    <message>
        <source>Absences in a row before pausing the seat</source>
        <translation>تعداد غیبت پشت سر هم پیش از تعلیق جایگاه</translation>
    </message>
    <message>
        <source>School days to pause and offer the seat</source>
        <translation>روزهای مدرسه برای تعلیق و پیشنهاد جایگاه</translation>
    </message>
    <message>
        <source>The student with the highest need waiting for the same subject and tier is offered the seat.</source>
        <translation>جایگاه به دانش‌آموزی با بیشترین نیاز که منتظر همان درس و سطح است پیشنهاد می‌شود.</translation>
    </message>
    <message>
        <source>When a tutor is out, cover or cancel each of their sessions %1.</source>
        <translation>وقتی مربی غایب است، هر یک از جلسه‌های او را %1 پوشش دهید یا لغو کنید.</translation>
    </message>
    <message>
        <source>School days ahead to cover a session</source>
        <translation>روزهای مدرسه پیش از جلسه برای پوشش آن</translation>
    </message>
    <message>
        <source>by the day of the session</source>
        <translation>تا روز جلسه</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) ahead</source>
        <translation>
            <numerusform>%n روز مدرسه پیش از آن</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها(&amp;D)</translation>
    </message>
    <message>
        <source>Put back the protocol TutorDesk starts with</source>
        <translation>بازگرداندن دستورالعملی که TutorDesk با آن شروع می‌کند</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportOutput</name>
    <message>
        <source>“%1” could not be printed: the printer refused it. Check the printer, or save it as a PDF and print that.</source>
        <translation>«%1» چاپ نشد: چاپگر آن را نپذیرفت. چاپگر را بررسی کنید، یا آن را به‌صورت PDF ذخیره و چاپ کنید.</translation>
    </message>
    <message>
        <source>“%1” was sent to the printer.</source>
        <translation>«%1» به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>Save “%1” as PDF</source>
        <translation>ذخیره «%1» به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved “%1” as %2.</source>
        <translation>«%1» به‌صورت %2 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::ReportRender</name>
    <message>
        <source>This program cannot write PDF files (no page writer is installed). Use TutorDesk or tutordesk-cli.</source>
        <translation>این برنامه نمی‌تواند فایل PDF بنویسد (نویسنده صفحه نصب نیست). از TutorDesk یا tutordesk-cli استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::ResolveActionDialog</name>
    <message>
        <source>Done — %1</source>
        <translation>انجام شد — %1</translation>
    </message>
    <message>
        <source>Not Needed — %1</source>
        <translation>لازم نیست — %1</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as done.</source>
        <translation>«%1» برای %2 انجام‌شده علامت بخورد.</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 as not needed. Say why: the note stays with the action.</source>
        <translation>«%1» برای %2 غیرلازم علامت بخورد. دلیل را بنویسید: یادداشت همراه اقدام می‌ماند.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>یادداشت (اختیاری)(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>یادداشت(&amp;N):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>علامت انجام شد(&amp;D)</translation>
    </message>
    <message>
        <source>Mark &amp;Not Needed</source>
        <translation>علامت لازم نیست(&amp;N)</translation>
    </message>
    <message>
        <source>Write a note saying why it is not needed.</source>
        <translation>یادداشتی بنویسید که چرا لازم نیست.</translation>
    </message>
    <message>
        <source>The action could not be resolved.</source>
        <translation>اقدام ثبت نشد.</translation>
    </message>
    <message>
        <source>The action could not be resolved: %1</source>
        <translation>اقدام ثبت نشد: %1</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>انجام شد: %1 برای %2.</translation>
    </message>
    <message>
        <source>Not needed: %1 for %2.</source>
        <translation>لازم نیست: %1 برای %2.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterApplier</name>
    <message>
        <source>The district student ID %1 is also on line %2. Each student must be on the roster once: remove one of the two lines, or correct the ID.</source>
        <translation>شناسه دانش‌آموزی منطقه %1 در خط %2 هم آمده است. هر دانش‌آموز باید یک بار در فهرست اسامی باشد: یکی از دو خط را حذف کنید یا شناسه را اصلاح کنید.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>وارد کردن لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Withdrawn because this roster does not list them (their history is kept): %1.</source>
        <translation>انصراف‌داده ثبت شدند چون این فهرست اسامی آنها را ندارد (سوابقشان حفظ می‌شود): %1.</translation>
    </message>
    <message>
        <source>Active students this roster does not list: %1. They stay active; if this roster is the whole school and they have left, import it again and choose to withdraw them.</source>
        <translation>دانش‌آموزان فعالی که این فهرست اسامی آنها را ندارد: %1. آنها فعال می‌مانند؛ اگر این فهرست کل مدرسه است و آنها رفته‌اند، آن را دوباره وارد کنید و انصراف آنها را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This roster lists no students, so every student would be withdrawn. Check that it is the right file.</source>
        <translation>این فهرست اسامی هیچ دانش‌آموزی ندارد، بنابراین همه دانش‌آموزان انصراف‌داده ثبت می‌شوند. بررسی کنید که فایل درست است.</translation>
    </message>
    <message>
        <source>Withdrawn before and on this roster again, so active again: %1.</source>
        <translation>قبلاً انصراف داده بودند و دوباره در این فهرست اسامی هستند، بنابراین دوباره فعال شدند: %1.</translation>
    </message>
    <message>
        <source>The roster could not be saved, so nothing was changed: %1</source>
        <translation>فهرست اسامی ذخیره نشد، بنابراین چیزی تغییر نکرد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterFields</name>
    <message>
        <source>District student ID</source>
        <translation>شناسه دانش‌آموزی منطقه</translation>
    </message>
    <message>
        <source>State student ID</source>
        <translation>شناسه دانش‌آموزی ایالتی</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>نام ترجیحی</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>هیسپانیک یا لاتین‌تبار</translation>
    </message>
    <message>
        <source>Race (codes or names)</source>
        <translation>نژاد (کدها یا نام‌ها)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>سرخ‌پوست آمریکایی یا بومی آلاسکا</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>آسیایی</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>سیاه‌پوست یا آفریقایی‌آمریکایی</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>بومی هاوایی یا سایر جزایر اقیانوس آرام</translation>
    </message>
    <message>
        <source>White</source>
        <translation>سفیدپوست</translation>
    </message>
    <message>
        <source>English learner status</source>
        <translation>وضعیت زبان‌آموز انگلیسی</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>زبان خانه</translation>
    </message>
    <message>
        <source>IEP (special education)</source>
        <translation>IEP (آموزش ویژه)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>برنامه بخش 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بی‌خانمان (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>نرخ حضور (٪)</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>نام والد یا ولی</translation>
    </message>
    <message>
        <source>Parent or guardian first name</source>
        <translation>نام کوچک والد یا ولی</translation>
    </message>
    <message>
        <source>Parent or guardian last name</source>
        <translation>نام خانوادگی والد یا ولی</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>نسبت با دانش‌آموز</translation>
    </message>
    <message>
        <source>Parent or guardian phone</source>
        <translation>تلفن والد یا ولی</translation>
    </message>
    <message>
        <source>Parent or guardian email</source>
        <translation>ایمیل والد یا ولی</translation>
    </message>
    <message>
        <source>Parent or guardian language</source>
        <translation>زبان والد یا ولی</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterRowReader</name>
    <message>
        <source>The column mapping takes &quot;%1&quot; from the column &quot;%2&quot;, but this file has no such column. Choose the column for &quot;%1&quot; again, or rename the column in the file.</source>
        <translation>نگاشت ستون، «%1» را از ستون «%2» می‌گیرد، اما این فایل چنین ستونی ندارد. ستون «%1» را دوباره انتخاب کنید، یا نام ستون را در فایل تغییر دهید.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. TutorDesk looked for a column named %2. Rename that column in the file, or choose it in the column mapping.</source>
        <translation>هیچ ستونی «%1» را ندارد. TutorDesk به دنبال ستونی با نام %2 گشت. نام آن ستون را در فایل تغییر دهید، یا آن را در نگاشت ستون انتخاب کنید.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is not in this file; what TutorDesk has for it is left as it is.</source>
        <translation>ستون «%1» (%2) در این فایل نیست؛ آنچه TutorDesk برای آن دارد همان‌طور که هست می‌ماند.</translation>
    </message>
    <message>
        <source>The last name is empty. Fill it in from the student system.</source>
        <translation>نام خانوادگی خالی است. آن را از سامانه دانش‌آموزی وارد کنید.</translation>
    </message>
    <message>
        <source>The first name is empty. Fill it in from the student system.</source>
        <translation>نام خالی است. آن را از سامانه دانش‌آموزی وارد کنید.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future. Check the year.</source>
        <translation>تاریخ تولد %1 در آینده است. سال را بررسی کنید.</translation>
    </message>
    <message numerus="yes">
        <source>line %1 and %n more</source>
        <translation>
            <numerusform>خط %1 و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>خط %1</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; (%2) is not one TutorDesk knows; it is kept as written. If it is a common language, use its name in English or its code instead (es, vi, zh-Hant, …).</source>
        <translation>زبان «%1» (%2) از زبان‌هایی نیست که TutorDesk می‌شناسد؛ همان‌طور که نوشته شده نگه داشته می‌شود. اگر زبان رایجی است، به جای آن نام انگلیسی یا کد آن را به کار ببرید (es، vi، zh-Hant، …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) names no race category, so no race is recorded for those students. Export the races themselves (for example &quot;Asian; White&quot;) to record them.</source>
        <translation>«%1» (%2) هیچ دسته نژادی را نام نمی‌برد، بنابراین برای آن دانش‌آموزان نژادی ثبت نمی‌شود. برای ثبت نژادها، خود نژادها را صادر کنید (مثلاً &quot;Asian; White&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) says only that a student is not an English learner: a status of EL or TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which.</source>
        <translation>«%1» (%2) فقط می‌گوید دانش‌آموز زبان‌آموز انگلیسی نیست: وضعیت EL یا TBD پاک می‌شود و EO، IFEP یا RFEP حفظ می‌شود. برای ثبت دقیق، EO، IFEP یا RFEP را صادر کنید.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>ستون‌های واردنشده: %1.</translation>
    </message>
</context>
<context>
    <name>tutordesk::RosterValues</name>
    <message>
        <source>&quot;%1&quot; is not an English-learner status TutorDesk knows. Use EO, IFEP, EL, RFEP or TBD (&quot;English Only&quot;, &quot;Reclassified&quot;, an ELD level 1 to 5, or Y/N are read too).</source>
        <translation>«%1» وضعیت زبان‌آموز انگلیسی‌ای نیست که TutorDesk بشناسد. از EO، IFEP، EL، RFEP یا TBD استفاده کنید (&quot;English Only&quot;، &quot;Reclassified&quot;، سطح ELD از ۱ تا ۵، یا Y/N هم خوانده می‌شوند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender TutorDesk knows. Use F, M or X (Female, Male and Non-binary are read too), or leave the cell blank.</source>
        <translation>«%1» جنسیتی نیست که TutorDesk بشناسد. از F، M یا X استفاده کنید (Female، Male و Non-binary هم خوانده می‌شوند)، یا خانه را خالی بگذارید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date TutorDesk can read. Write it as YYYY-MM-DD (2016-09-08) or MM/DD/YYYY (09/08/2016); M/D/YY, YYYYMMDD and &quot;Sep 8, 2016&quot; are read too.</source>
        <translation>«%1» تاریخی نیست که TutorDesk بتواند بخواند. آن را به‌صورت YYYY-MM-DD (2016-09-08) یا MM/DD/YYYY (09/08/2016) بنویسید؛ M/D/YY، YYYYMMDD و &quot;Sep 8, 2016&quot; هم خوانده می‌شوند.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month (TutorDesk reads MM/DD/YYYY month first, as US systems write it).</source>
        <translation>«%1» تاریخ واقعی نیست. روز و ماه را بررسی کنید (TutorDesk قالب MM/DD/YYYY را با ماه در ابتدا می‌خواند، همان‌گونه که سامانه‌های آمریکایی می‌نویسند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a race TutorDesk knows. Use the federal categories (American Indian or Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); separate several with semicolons.</source>
        <translation>«%1» نژادی نیست که TutorDesk بشناسد. از دسته‌های فدرال (American Indian or Alaska Native، Asian، Black or African American، Native Hawaiian or Other Pacific Islander، White) یا کدهای نژاد CALPADS (100، 201 تا 299، 301 تا 399، 400، 600، 700) استفاده کنید؛ چند مورد را با نقطه‌ویرگول جدا کنید.</translation>
    </message>
    <message>
        <source>The district student ID is empty. Every student needs the ID the district&apos;s student system gives them: fill it in, or remove the line.</source>
        <translation>شناسه دانش‌آموزی منطقه خالی است. هر دانش‌آموز به شناسه‌ای که سامانه دانش‌آموزی منطقه به او می‌دهد نیاز دارد: آن را وارد کنید، یا خط را حذف کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ID that Excel turned into a number. Export the roster again from the student system, or format the column as Text in Excel before saving.</source>
        <translation>«%1» شناسه‌ای است که Excel آن را به عدد تبدیل کرده است. فهرست اسامی را دوباره از سامانه دانش‌آموزی صادر کنید، یا پیش از ذخیره، قالب ستون را در Excel روی Text بگذارید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space inside. A district student ID has no spaces: check the cell for two values run together.</source>
        <translation>«%1» درون خود فاصله دارد. شناسه دانش‌آموزی منطقه فاصله ندارد: بررسی کنید که دو مقدار در خانه به هم نچسبیده باشند.</translation>
    </message>
    <message>
        <source>The grade is empty. Every student needs one: TK, K or 1 to 12.</source>
        <translation>پایه خالی است. هر دانش‌آموز به پایه نیاز دارد: TK، K یا ۱ تا ۱۲.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade TutorDesk knows. Use TK, K or 1 to 12 (&quot;KN&quot;, &quot;00&quot;, &quot;03&quot;, &quot;3rd&quot; and &quot;Grade 3&quot; are read too).</source>
        <translation>«%1» پایه‌ای نیست که TutorDesk بشناسد. از TK، K یا ۱ تا ۱۲ استفاده کنید (&quot;KN&quot;، &quot;00&quot;، &quot;03&quot;، &quot;3rd&quot; و &quot;Grade 3&quot; هم خوانده می‌شوند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N (Yes/No, Sí, TRUE/FALSE, 1/0, or X and blank are read too).</source>
        <translation>«%1» بله یا خیر نیست. از Y یا N استفاده کنید (Yes/No، Sí، TRUE/FALSE، 1/0، یا X و خانه خالی هم خوانده می‌شوند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Use Y or N; lunch status Free or Reduced (F, R) means yes and Paid (P) means no.</source>
        <translation>«%1» بله یا خیر نیست. از Y یا N استفاده کنید؛ وضعیت ناهار Free یا Reduced (F، R) یعنی بله و Paid (P) یعنی خیر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not say whether the student is Hispanic or Latino. Use Y or N (&quot;Hispanic or Latino&quot; and &quot;Not Hispanic&quot; are read too).</source>
        <translation>«%1» نمی‌گوید دانش‌آموز هیسپانیک یا لاتین‌تبار است یا نه. از Y یا N استفاده کنید (&quot;Hispanic or Latino&quot; و &quot;Not Hispanic&quot; هم خوانده می‌شوند).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attendance rate. Write a percentage such as 97.5 or 97.5%, or a fraction such as 0.975.</source>
        <translation>«%1» نرخ حضور نیست. درصدی مانند 97.5 یا 97.5%، یا کسری مانند 0.975 بنویسید.</translation>
    </message>
    <message>
        <source>%1 is not a possible attendance rate: it must be between 0 and 100%.</source>
        <translation>%1 نرخ حضور ممکنی نیست: باید بین ۰ و ۱۰۰٪ باشد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Schedule</name>
    <message>
        <source>Mondays</source>
        <translation>دوشنبه‌ها</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>سه‌شنبه‌ها</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>چهارشنبه‌ها</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>پنجشنبه‌ها</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>جمعه‌ها</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>شنبه‌ها</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>یکشنبه‌ها</translation>
    </message>
</context>
<context>
    <name>tutordesk::ScheduleConflicts</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ساعت %2</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3 at the same time on %4.</source>
        <translation>%1 (%2) در %4 در همان زمان در %3 است.</translation>
    </message>
    <message>
        <source>no hours on %1</source>
        <translation>بدون ساعت در %1</translation>
    </message>
    <message>
        <source>available %1</source>
        <translation>آزاد %1</translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (%4).</source>
        <translation>%1 در %2 ساعت %3 آزاد نیست (%4).</translation>
    </message>
    <message>
        <source>%1 is out on %2.</source>
        <translation>%1 در %2 غایب است.</translation>
    </message>
    <message>
        <source>%1 is out on %2 (%3).</source>
        <translation>%1 در %2 غایب است (%3).</translation>
    </message>
    <message>
        <source>%1 is already covering %2 on %3.</source>
        <translation>%1 از قبل در %3 به جای %2 کلاس می‌گیرد.</translation>
    </message>
    <message>
        <source>%1 already teaches %2 on %3.</source>
        <translation>%1 از قبل در %3 به %2 درس می‌دهد.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is taken by %2 on %3.</source>
        <translation>%1 در %3 توسط %2 گرفته شده است.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already covering %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 از قبل در %3 ساعت %4 به جای %2 کلاس می‌گیرد (%n تاریخ از %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already teaches %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 از قبل در %3 ساعت %4 به %2 درس می‌دهد (%n تاریخ از %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 در %3 ساعت %4 در همان زمان در %2 است (%n تاریخ از %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is taken by %2 on %3 at %4 (%n date(s) from %5).</source>
        <translation>
            <numerusform>%1 در %3 ساعت %4 توسط %2 گرفته شده است (%n تاریخ از %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more conflict(s).</source>
        <translation>
            <numerusform>…و %n تداخل دیگر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SchedulePage</name>
    <message>
        <source>New &amp;Group…</source>
        <translation>گروه جدید(&amp;G)…</translation>
    </message>
    <message>
        <source>Mark Tutor &amp;Out…</source>
        <translation>ثبت غیبت مربی(&amp;O)…</translation>
    </message>
    <message>
        <source>Print Day &amp;List…</source>
        <translation>چاپ فهرست روز(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>هفته(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>فهرست روز(&amp;D)</translation>
    </message>
    <message>
        <source>A new tutoring group with its tutor, room, days and times</source>
        <translation>یک گروه تقویتی جدید با مربی، کلاس، روزها و ساعت‌هایش</translation>
    </message>
    <message>
        <source>A tutor is out: find substitutes or cancel and make up their sessions</source>
        <translation>مربی غایب است: مربی جایگزین پیدا کنید یا جلسه‌هایش را لغو و جبرانی برگزار کنید</translation>
    </message>
    <message>
        <source>Print the sessions of a day, with the students expected</source>
        <translation>چاپ جلسه‌های یک روز، همراه با دانش‌آموزان مورد انتظار</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>برنامه زمانی</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ هفته قبل(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>این هفته(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>هفته بعد ▶(&amp;N)</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>هفته نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>نمایش(&amp;W):</translation>
    </message>
    <message>
        <source>Tutor filter</source>
        <translation>پالایه مربی</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>جلسه‌های این هفته</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>همه مربیان</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>مربیان خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>هفته خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>هفته %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n جلسه در این هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n لغو شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to cover</source>
        <translation>
            <numerusform>%n جلسه نیازمند جایگزین</numerusform>
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
        <translation>%1 — برای جزئیات، نشانگر را روی یک بلوک ببرید، یا فقط یک مربی را نمایش دهید</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>جلسه خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 on %2 is scheduled again.</source>
        <translation>%1 در %2 دوباره برنامه‌ریزی شد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::School</name>
    <message>
        <source>The school code is missing: give the district&apos;s code for this school.</source>
        <translation>کد مدرسه وارد نشده است: کد منطقه آموزشی برای این مدرسه را وارد کنید.</translation>
    </message>
    <message>
        <source>The school name is missing.</source>
        <translation>نام مدرسه وارد نشده است.</translation>
    </message>
    <message>
        <source>The school year must start before it ends (dates as YYYY-MM-DD).</source>
        <translation>سال تحصیلی باید پیش از پایانش شروع شود (تاریخ‌ها به‌صورت YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 already holds a school (%2). A TutorDesk database belongs to one school: create a new database for another.</source>
        <translation>%1 از قبل یک مدرسه دارد (%2). هر پایگاه داده TutorDesk متعلق به یک مدرسه است: برای مدرسه دیگر یک پایگاه داده جدید بسازید.</translation>
    </message>
    <message>
        <source>The school could not be saved: %1</source>
        <translation>مدرسه ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>“%1” is not a phone number families can call: give at least 7 digits, for example (213) 555-0142.</source>
        <translation>«%1» شماره تلفنی نیست که خانواده‌ها بتوانند با آن تماس بگیرند: دست‌کم ۷ رقم وارد کنید، مثلاً (213) 555-0142.</translation>
    </message>
    <message>
        <source>This database holds no school yet: set the school up first.</source>
        <translation>این پایگاه داده هنوز مدرسه‌ای ندارد: ابتدا مدرسه را راه‌اندازی کنید.</translation>
    </message>
    <message>
        <source>The school&apos;s details could not be saved: %1</source>
        <translation>مشخصات مدرسه ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolCalendar</name>
    <message>
        <source>School day</source>
        <translation>روز مدرسه</translation>
    </message>
    <message>
        <source>Minimum day</source>
        <translation>روز کوتاه</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>تعطیل رسمی</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>تعطیلات</translation>
    </message>
    <message>
        <source>Non-instructional day</source>
        <translation>روز بدون آموزش</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>آخر هفته</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>خارج از سال تحصیلی</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolDetailsEditor</name>
    <message>
        <source>Families read these on every letter: the school&apos;s name, address and phone at the top, and whom to call at the bottom.</source>
        <translation>خانواده‌ها این‌ها را در هر نامه می‌خوانند: نام، نشانی و تلفن مدرسه در بالا، و اینکه با چه کسی تماس بگیرند در پایین.</translation>
    </message>
    <message>
        <source>(213) 555-0142</source>
        <translation>(213) 555-0142</translation>
    </message>
    <message>
        <source>Your name as families know it</source>
        <translation>نام شما آن‌گونه که خانواده‌ها می‌شناسند</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>نام مدرسه</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>نشانی مدرسه</translation>
    </message>
    <message>
        <source>Phone number families call</source>
        <translation>شماره تلفنی که خانواده‌ها با آن تماس می‌گیرند</translation>
    </message>
    <message>
        <source>Tutoring coordinator</source>
        <translation>هماهنگ‌کننده آموزش تقویتی</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>نام مدرسه(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>نشانی(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Phone families call:</source>
        <translation>تلفن تماس خانواده‌ها(&amp;P):</translation>
    </message>
    <message>
        <source>Tutoring &amp;coordinator:</source>
        <translation>هماهنگ‌کننده آموزش تقویتی(&amp;C):</translation>
    </message>
</context>
<context>
    <name>tutordesk::SchoolSetup</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 آسیب دیده و خوانده نمی‌شود (%2). آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Scores</name>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>وارد کردن %1 لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The scores could not be saved, so nothing was changed: %1</source>
        <translation>نمره‌ها ذخیره نشد، بنابراین چیزی تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>The column mapping could not be saved for next time: %1</source>
        <translation>نگاشت ستون برای دفعه بعد ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>شناسه دانش‌آموز</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>نمره مقیاس‌شده</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>جایابی</translation>
    </message>
    <message>
        <source>Grade levels below</source>
        <translation>پایه‌های پایین‌تر</translation>
    </message>
    <message>
        <source>Test window</source>
        <translation>دوره آزمون</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>نام ارزیابی</translation>
    </message>
    <message>
        <source>No column holds the %1. Rename that column to &quot;%1&quot;, or say which column it is in the mapping.</source>
        <translation>هیچ ستونی «%1» را ندارد. نام آن ستون را به «%1» تغییر دهید، یا در نگاشت مشخص کنید کدام ستون است.</translation>
    </message>
    <message>
        <source>No column holds the Subject. Add a column &quot;Subject&quot; with Reading or Math on each line, or say which column it is in the mapping.</source>
        <translation>هیچ ستونی درس را ندارد. ستونی به نام &quot;Subject&quot; با Reading یا Math در هر خط اضافه کنید، یا در نگاشت مشخص کنید کدام ستون است.</translation>
    </message>
    <message>
        <source>The student ID is empty. Fill it in, or remove the line.</source>
        <translation>شناسه دانش‌آموز خالی است. آن را وارد کنید، یا خط را حذف کنید.</translation>
    </message>
    <message>
        <source>No student with ID &quot;%1&quot; is on file. Import the roster first, or correct the ID.</source>
        <translation>هیچ دانش‌آموزی با شناسه «%1» ثبت نشده است. ابتدا فهرست اسامی را وارد کنید، یا شناسه را اصلاح کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject TutorDesk knows. Write Reading, Math or Writing.</source>
        <translation>«%1» درسی نیست که TutorDesk بشناسد. Reading، Math یا Writing بنویسید.</translation>
    </message>
    <message>
        <source>The date is empty. Fill in the day the test was taken, as YYYY-MM-DD.</source>
        <translation>تاریخ خالی است. روز برگزاری آزمون را به‌صورت YYYY-MM-DD وارد کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test window. Write BOY, MOY or EOY (or Fall, Winter, Spring).</source>
        <translation>«%1» دوره آزمون نیست. BOY، MOY یا EOY (یا Fall، Winter، Spring) بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write the scale score in digits, for example 452.</source>
        <translation>«%1» عدد نیست. نمره مقیاس‌شده را با رقم بنویسید، مثلاً 452.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of grade levels below. Write a whole number from -3 (above grade level) to 12, or leave it empty.</source>
        <translation>«%1» تعداد پایه‌های پایین‌تر نیست. عدد صحیحی از -3 (بالاتر از سطح پایه) تا 12 بنویسید، یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>This line has no score, placement or grade levels below. Fill one in, or remove the line.</source>
        <translation>این خط نمره، جایابی یا پایه‌های پایین‌تر ندارد. یکی را وارد کنید، یا خط را حذف کنید.</translation>
    </message>
    <message>
        <source>Line %1 has a result for the same student, subject, window and date. Keep one of the two lines.</source>
        <translation>خط %1 نتیجه‌ای برای همان دانش‌آموز، درس، دوره و تاریخ دارد. یکی از دو خط را نگه دارید.</translation>
    </message>
    <message>
        <source>Results with no test window, which was taken from the date (August to October BOY, November to February MOY, March to July EOY): %1.</source>
        <translation>نتایج بدون دوره آزمون، که دوره از تاریخ تعیین شد (اوت تا اکتبر BOY، نوامبر تا فوریه MOY، مارس تا ژوئیه EOY): %1.</translation>
    </message>
    <message>
        <source>Placements that do not say how many grade levels below: %1. The need score counts those results only when a &quot;Grade levels below&quot; column gives it.</source>
        <translation>جایابی‌هایی که نمی‌گویند چند پایه پایین‌تر است: %1. امتیاز نیاز فقط وقتی این نتایج را حساب می‌کند که ستون &quot;Grade levels below&quot; آن را بدهد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Session</name>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 آسیب دیده و خوانده نمی‌شود (%2). آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>%1 holds no school yet.</source>
        <translation>%1 هنوز مدرسه‌ای ندارد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionBlock</name>
    <message>
        <source>M</source>
        <comment>make-up, in a narrow block</comment>
        <translation>ج</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>نیاز به جایگزین</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>جبرانی</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionChangesText</name>
    <message>
        <source>Saved. No sessions were affected.</source>
        <translation>ذخیره شد. هیچ جلسه‌ای تحت تأثیر قرار نگرفت.</translation>
    </message>
    <message numerus="yes">
        <source>%n future session(s) removed</source>
        <translation>
            <numerusform>%n جلسه آینده حذف شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added back</source>
        <translation>
            <numerusform>%n جلسه بازگردانده شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shortened</source>
        <translation>
            <numerusform>%n جلسه کوتاه شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back to full length</source>
        <translation>
            <numerusform>%n جلسه به طول کامل برگشت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>%n جلسه تغییر کرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <comment>Saved. 14 future sessions removed, 3 sessions shortened.</comment>
        <translation>ذخیره شد. %1.</translation>
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
        <translation>%1 در %2 ساعت %3</translation>
    </message>
    <message>
        <source>Tutor absent</source>
        <translation>غیبت مربی</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>برنامه مدرسه</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>آب‌وهوا</translation>
    </message>
    <message>
        <source>Student event</source>
        <translation>برنامه دانش‌آموزی</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>دلیل دیگر</translation>
    </message>
    <message>
        <source>There is no session %1 (it may have been removed). Reload the schedule.</source>
        <translation>جلسه %1 وجود ندارد (ممکن است حذف شده باشد). برنامه زمانی را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>Attendance was taken for this session on %1 (%2 at %3); clear it first.</source>
        <translation>حضور و غیاب این جلسه در %1 گرفته شده است (%2 ساعت %3)؛ ابتدا آن را پاک کنید.</translation>
    </message>
    <message>
        <source>%1 was already held; its substitute cannot be changed now.</source>
        <translation>%1 قبلاً برگزار شده است؛ اکنون نمی‌توان مربی جایگزین آن را تغییر داد.</translation>
    </message>
    <message>
        <source>%1 is cancelled. Restore it before you book a substitute.</source>
        <translation>%1 لغو شده است. پیش از رزرو مربی جایگزین، آن را بازگردانید.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>مربی %1 وجود ندارد (ممکن است حذف شده باشد). صفحه مربیان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 was already held; who taught it stays on record.</source>
        <translation>%1 قبلاً برگزار شده است؛ نام کسی که آن را درس داد در سوابق می‌ماند.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to cancel a session: use tutor_absent, school_event, weather, student_event or other.</source>
        <translation>«%1» دلیلی برای لغو جلسه نیست: از tutor_absent، school_event، weather، student_event یا other استفاده کنید.</translation>
    </message>
    <message>
        <source>%1 was already held and cannot be cancelled.</source>
        <translation>%1 قبلاً برگزار شده و قابل لغو نیست.</translation>
    </message>
    <message>
        <source>%1 is not cancelled.</source>
        <translation>%1 لغو نشده است.</translation>
    </message>
    <message>
        <source>%1 is in the past; it stays cancelled.</source>
        <translation>%1 گذشته است؛ لغو‌شده باقی می‌ماند.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2</source>
        <translation>%1 قابل بازگرداندن نیست. %2</translation>
    </message>
    <message>
        <source>Choose a day and a start time for the make-up of %1.</source>
        <translation>یک روز و ساعت شروع برای جلسه جبرانی %1 انتخاب کنید.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2: it is not a school day (%3). Choose another day.</source>
        <translation>جلسه جبرانی %1 نمی‌تواند در %2 باشد: روز مدرسه نیست (%3). روز دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>A make-up lasts 5 to 240 minutes, not %1.</source>
        <translation>جلسه جبرانی ۵ تا ۲۴۰ دقیقه است، نه %1.</translation>
    </message>
    <message>
        <source>The make-up of %1 cannot be on %2 at %3. %4</source>
        <translation>جلسه جبرانی %1 نمی‌تواند در %2 ساعت %3 باشد. %4</translation>
    </message>
    <message>
        <source>Attendance was taken for this session; clear it first.</source>
        <translation>حضور و غیاب این جلسه گرفته شده است؛ ابتدا آن را پاک کنید.</translation>
    </message>
    <message>
        <source>That session is cancelled; attendance cannot be taken for it.</source>
        <translation>آن جلسه لغو شده است؛ نمی‌توان برای آن حضور و غیاب گرفت.</translation>
    </message>
    <message>
        <source>The schedule could not be changed in %1: %2</source>
        <translation>برنامه زمانی در %1 تغییر نکرد: %2</translation>
    </message>
    <message>
        <source>%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active tutor.</source>
        <translation>%1 غیرفعال است و نمی‌تواند به جای %2 کلاس بگیرد. مربی‌ای از گروه مربیان جایگزین یا یک مربی فعال انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is the tutor of %2; choose someone else to cover it.</source>
        <translation>%1 مربی خود %2 است؛ کس دیگری را برای پوشش آن انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they do not teach %3. Choose a tutor who does.</source>
        <translation>%1 نمی‌تواند %2 را پوشش دهد: %3 درس نمی‌دهد. مربی‌ای انتخاب کنید که این درس را می‌دهد.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2. %3</source>
        <translation>%1 نمی‌تواند %2 را پوشش دهد. %3</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they are marked out that day.</source>
        <translation>%1 نمی‌تواند %2 را پوشش دهد: در آن روز غایب علامت خورده است.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: it is outside the times they are available. Choose another substitute, or change their availability on the Tutors page.</source>
        <translation>%1 نمی‌تواند %2 را پوشش دهد: خارج از زمان‌های آزاد اوست. مربی جایگزین دیگری انتخاب کنید، یا زمان‌های آزاد او را در صفحه مربیان تغییر دهید.</translation>
    </message>
    <message>
        <source>%1 cannot cover %2: they teach another session at that time.</source>
        <translation>%1 نمی‌تواند %2 را پوشش دهد: در آن زمان جلسه دیگری دارد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SessionDetails</name>
    <message>
        <source>Click a session to see who teaches it, where, and who attends.</source>
        <translation>روی یک جلسه کلیک کنید تا ببینید چه کسی، کجا آن را درس می‌دهد و چه کسانی حاضرند.</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>ویرایش گروه(&amp;E)…</translation>
    </message>
    <message>
        <source>Find a &amp;Substitute…</source>
        <translation>یافتن مربی جایگزین(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Session…</source>
        <translation>لغو جلسه(&amp;C)…</translation>
    </message>
    <message>
        <source>Make-&amp;up…</source>
        <translation>جلسه جبرانی(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگرداندن(&amp;R)</translation>
    </message>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>ثبت حضور و غیاب(&amp;A)…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>جزئیات جلسه</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>روز:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>ساعت:</translation>
    </message>
    <message>
        <source>Tutor:</source>
        <translation>مربی:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>کلاس:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Change the group&apos;s tutor, room, days or times (double-click or Enter on a session)</source>
        <translation>تغییر مربی، کلاس، روزها یا ساعت‌های گروه (دوبار کلیک یا Enter روی یک جلسه)</translation>
    </message>
    <message>
        <source>A free, cleared tutor who teaches the subject takes this session</source>
        <translation>یک مربی آزاد و دارای تأییدیه صلاحیت که این درس را می‌دهد، این جلسه را برگزار می‌کند</translation>
    </message>
    <message>
        <source>Cancel this session, with a make-up time or without</source>
        <translation>لغو این جلسه، با یا بدون زمان جبرانی</translation>
    </message>
    <message>
        <source>Schedule a make-up for this cancelled session</source>
        <translation>برنامه‌ریزی جلسه جبرانی برای این جلسه لغوشده</translation>
    </message>
    <message>
        <source>The session happens after all: schedule it again</source>
        <translation>جلسه در نهایت برگزار می‌شود: آن را دوباره برنامه‌ریزی کنید</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>%1, substituting for %2</source>
        <translation>%1، به جای %2</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>مشخص نشده</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>3 students:</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>بدون دانش‌آموز</translation>
    </message>
    <message>
        <source>Change &amp;Substitute…</source>
        <translation>تغییر مربی جایگزین(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit &amp;Attendance…</source>
        <translation>ویرایش حضور و غیاب(&amp;A)…</translation>
    </message>
    <message>
        <source>A cancelled session has no attendance</source>
        <translation>جلسه لغوشده حضور و غیاب ندارد</translation>
    </message>
    <message>
        <source>Attendance can be taken from the session&apos;s day on</source>
        <translation>حضور و غیاب از روز جلسه به بعد قابل ثبت است</translation>
    </message>
    <message>
        <source>Change the attendance recorded for this session</source>
        <translation>تغییر حضور و غیاب ثبت‌شده برای این جلسه</translation>
    </message>
    <message>
        <source>Mark who came, with the keyboard: P, T, E or U per student</source>
        <translation>با صفحه‌کلید علامت بزنید چه کسی آمد: P، T، E یا U برای هر دانش‌آموز</translation>
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
        <translation>جایگزین: %1</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>cancelled (reason)</comment>
        <translation>لغو شده (%1)</translation>
    </message>
    <message>
        <source>Needs cover: the tutor is out</source>
        <translation>نیاز به جایگزین: مربی غایب است</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>برگزار شد</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>%1 · Make-up</source>
        <comment>status · make-up</comment>
        <translation>%1 · جبرانی</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier · subject</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tutor: %1</source>
        <translation>مربی: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Substitute: %1 (for %2)</source>
        <translation>جایگزین: %1 (به جای %2)</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>کلاس: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>3 students: names</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>غیبت مربی</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>برنامه مدرسه</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>آب‌وهوا</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>برنامه دانش‌آموزی</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>دلیل دیگر</translation>
    </message>
    <message>
        <source>Pull-out (during the school day)</source>
        <translation>در ساعات مدرسه (خارج از کلاس)</translation>
    </message>
    <message>
        <source>After school</source>
        <translation>بعد از مدرسه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>مجازی</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ترکیبی</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n دانش‌آموز</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>بدون دانش‌آموز</translation>
    </message>
    <message>
        <source>Saved. The sessions are unchanged.</source>
        <translation>ذخیره شد. جلسه‌ها تغییری نکردند.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n جلسه اضافه شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n جلسه حذف شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n حذف شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved</source>
        <translation>
            <numerusform>%n جلسه جابه‌جا شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n جابه‌جا شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. %1; earlier sessions and their attendance are unchanged.</source>
        <translation>ذخیره شد. %1؛ جلسه‌های قبلی و حضور و غیاب آنها تغییری نکردند.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>مدرسه(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Need score</source>
        <translation>امتیاز نیاز(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tiers and seats</source>
        <translation>سطح‌ها و جایگاه‌ها(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>دستورالعمل(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>نامه‌ها(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>پیشرفت(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;robes</source>
        <translation>سنجش‌ها(&amp;R)</translation>
    </message>
    <message>
        <source>District s&amp;ync</source>
        <translation>همگام‌سازی با منطقه(&amp;Y)</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>چرا تنظیمات ذخیره نشد</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>تنظیمات خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 Scheduled syncs can pass the token in TUTORDESK_TOKEN instead.</source>
        <translation>%1 همگام‌سازی‌های زمان‌بندی‌شده می‌توانند توکن را به جای آن در TUTORDESK_TOKEN بدهند.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Recalculate Need Scores?</source>
        <translation>امتیازهای نیاز دوباره محاسبه شود؟</translation>
    </message>
    <message>
        <source>The new weights and tiers apply once need scores are recalculated. Recalculate every student&apos;s score now?</source>
        <translation>وزن‌ها و سطح‌های جدید پس از محاسبه دوباره امتیازهای نیاز اعمال می‌شوند. امتیاز همه دانش‌آموزان اکنون دوباره محاسبه شود؟</translation>
    </message>
    <message>
        <source>Seats already given are kept.</source>
        <translation>جایگاه‌هایی که قبلاً داده شده‌اند حفظ می‌شوند.</translation>
    </message>
    <message>
        <source>Saved, but the need scores could not be recalculated: %1</source>
        <translation>ذخیره شد، اما امتیازهای نیاز دوباره محاسبه نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SiblingGuardianDialog</name>
    <message>
        <source>Add a Sibling&apos;s Guardian</source>
        <translation>افزودن ولی خواهر یا برادر</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>نام یا تلفن</translation>
    </message>
    <message>
        <source>Search guardians by name or phone</source>
        <translation>جستجوی اولیا بر اساس نام یا تلفن</translation>
    </message>
    <message>
        <source>Guardians of other students</source>
        <translation>اولیای دیگر دانش‌آموزان</translation>
    </message>
    <message>
        <source>Relationship to this student</source>
        <translation>نسبت با این دانش‌آموز</translation>
    </message>
    <message>
        <source>Guardians of other students who share this family&apos;s last name or a phone number. Search to find someone else.</source>
        <translation>اولیای دیگر دانش‌آموزان که نام خانوادگی یا شماره تلفنشان با این خانواده یکی است. برای یافتن کس دیگر جستجو کنید.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>جستجو(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>نسبت(&amp;R):</translation>
    </message>
    <message>
        <source>The guardians could not be read: %1</source>
        <translation>اولیا خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — ولی %2</translation>
    </message>
    <message>
        <source>Choose a guardian in the list, or search for one by name or phone.</source>
        <translation>یک ولی را در فهرست انتخاب کنید، یا بر اساس نام یا تلفن جستجو کنید.</translation>
    </message>
    <message>
        <source>The guardian could not be added.</source>
        <translation>ولی اضافه نشد.</translation>
    </message>
    <message>
        <source>The guardian could not be added: %1</source>
        <translation>ولی اضافه نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::Staffing</name>
    <message>
        <source>no tutor</source>
        <translation>بدون مربی</translation>
    </message>
    <message>
        <source>tutor inactive</source>
        <translation>مربی غیرفعال</translation>
    </message>
    <message>
        <source>clearance missing</source>
        <translation>بدون تأییدیه صلاحیت</translation>
    </message>
    <message>
        <source>clearance expired</source>
        <translation>تأییدیه صلاحیت منقضی‌شده</translation>
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
        <translation>%1: پایگاه داده TutorDesk در آنجا نیست. مسیر را بررسی کنید، یا یک مدرسه جدید بسازید.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TutorDesk database.</source>
        <translation>%1 یک پوشه است، نه پایگاه داده TutorDesk.</translation>
    </message>
    <message>
        <source>%1 is not a TutorDesk database (it is not a database file at all). Choose the .tutordesk file, or create a new school.</source>
        <translation>%1 پایگاه داده TutorDesk نیست (اصلاً فایل پایگاه داده نیست). فایل .tutordesk را انتخاب کنید، یا یک مدرسه جدید بسازید.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: پوشه %2 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not TutorDesk&apos;s. Open a TutorDesk database, or create a new school.</source>
        <translation>%1 پایگاه داده برنامه دیگری است، نه TutorDesk. یک پایگاه داده TutorDesk باز کنید، یا یک مدرسه جدید بسازید.</translation>
    </message>
    <message>
        <source>%1 was written by a newer TutorDesk (data version %2; this TutorDesk reads up to %3). Install the newer TutorDesk to open it.</source>
        <translation>%1 با نسخه جدیدتری از TutorDesk نوشته شده است (نسخه داده‌ها %2؛ این TutorDesk تا %3 را می‌خواند). برای باز کردن آن، TutorDesk جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (got &quot;%2&quot;). Copy it to a local folder and open it there.</source>
        <translation>%1: پایگاه داده به حالت write-ahead logging تغییر نکرد (نتیجه: &quot;%2&quot;). آن را در یک پوشه محلی کپی کنید و از آنجا باز کنید.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 آسیب دیده و خوانده نمی‌شود (%2). آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing (%2). Check that the file and its folder are yours and not read-only.</source>
        <translation>%1 برای نوشتن باز نمی‌شود (%2). بررسی کنید که فایل و پوشه آن متعلق به شماست و فقط‌خواندنی نیست.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Close it there and try again.</source>
        <translation>%1 مشغول است: برنامه دیگری در حال نوشتن در آن است. آن را در آنجا ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 باز نشد: %2</translation>
    </message>
    <message>
        <source>%1 needs upgrading for this TutorDesk, and a copy is kept first, but the copy could not be made (%2). Free some disk space and open it again.</source>
        <translation>%1 باید برای این نسخه از TutorDesk به‌روزرسانی شود و پیش از آن یک نسخهٔ پشتیبان نگه داشته می‌شود، اما این نسخه ساخته نشد (%2). کمی فضای دیسک آزاد کنید و دوباره آن را باز کنید.</translation>
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
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goes by %1</source>
        <translation>با نام %1 شناخته می‌شود</translation>
    </message>
    <message>
        <source>Tier %1: select the student to see why</source>
        <translation>سطح %1: برای دیدن دلیل، دانش‌آموز را انتخاب کنید</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>شناسه منطقه</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>زبان خانه</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>وضعیت EL</translation>
    </message>
    <message>
        <source>Student groups</source>
        <translation>گروه‌های دانش‌آموزی</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>امتیاز نیاز</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>The student&apos;s ID in the district&apos;s student information system</source>
        <translation>شناسه دانش‌آموز در سامانه اطلاعات دانش‌آموزی منطقه آموزشی</translation>
    </message>
    <message>
        <source>English language status: EO, IFEP, EL, RFEP or TBD</source>
        <translation>وضعیت زبان انگلیسی: EO، IFEP، EL، RFEP یا TBD</translation>
    </message>
    <message>
        <source>IEP, Section 504 plan, foster youth, homeless, socio-economically disadvantaged (SED)
This column cannot be sorted; filter by student group instead.</source>
        <translation>IEP، برنامه بخش 504، تحت سرپرستی موقت، بی‌خانمان، محروم از نظر اقتصادی‌ـ‌اجتماعی (SED)
این ستون قابل مرتب‌سازی نیست؛ به جای آن بر اساس گروه دانش‌آموزی پالایش کنید.</translation>
    </message>
    <message>
        <source>The student&apos;s school attendance rate this year</source>
        <translation>نرخ حضور دانش‌آموز در مدرسه در امسال</translation>
    </message>
    <message>
        <source>Points from benchmark results, attendance and student groups: higher means more need</source>
        <translation>امتیاز از نتایج آزمون معیار، حضور و گروه‌های دانش‌آموزی: بیشتر یعنی نیاز بیشتر</translation>
    </message>
    <message>
        <source>The tier of support the need score qualifies for: 1 classroom, 2 small group, 3 intensive</source>
        <translation>سطح پشتیبانی که امتیاز نیاز برای آن واجد شرایط است: ۱ کلاس درس، ۲ گروه کوچک، ۳ فشرده</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>جایگاه دانش‌آموز در برنامه آموزش تقویتی</translation>
    </message>
    <message>
        <source>Enrolled at the school, or withdrawn</source>
        <translation>ثبت‌نام‌شده در مدرسه، یا انصراف‌داده</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentContactDialog</name>
    <message>
        <source>An &amp;interpreter helped</source>
        <translation>مترجم شفاهی کمک کرد(&amp;I)</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>تاریخ پیگیری</translation>
    </message>
    <message>
        <source>Log Contact — %1</source>
        <translation>ثبت تماس — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No guardian (someone else)</source>
        <translation>بدون ولی (شخص دیگر)</translation>
    </message>
    <message>
        <source>Guardian contacted</source>
        <translation>ولی‌ای که با او تماس گرفته شد</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>تاریخ و ساعت تماس</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>We contacted the family</source>
        <translation>ما با خانواده تماس گرفتیم</translation>
    </message>
    <message>
        <source>The family contacted us</source>
        <translation>خانواده با ما تماس گرفت</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Language of the contact</source>
        <translation>زبان تماس</translation>
    </message>
    <message>
        <source>e.g. asked about reading at home</source>
        <translation>مثلاً درباره کتاب‌خوانی در خانه پرسید</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Contact again on</source>
        <translation>تماس دوباره در تاریخ</translation>
    </message>
    <message>
        <source>&amp;Guardian:</source>
        <translation>ولی(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>زمان(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>روش(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>جهت(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>هدف(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>پیگیری(&amp;F):</translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation>تماس ذخیره نشد.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>تماس ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFamilyPanel</name>
    <message>
        <source>Guardians</source>
        <translation>اولیا</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>ولی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>نامه‌های ارسال‌شده</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>افزودن(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a parent or guardian of this student</source>
        <translation>افزودن والد یا ولی این دانش‌آموز</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>ویرایش(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s phones, e-mail, language or consent</source>
        <translation>تغییر تلفن‌ها، ایمیل، زبان یا رضایت ولی</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>حذف(&amp;V)</translation>
    </message>
    <message>
        <source>This person is no longer this student&apos;s guardian</source>
        <translation>این شخص دیگر ولی این دانش‌آموز نیست</translation>
    </message>
    <message>
        <source>Ma&amp;ke Primary</source>
        <translation>تعیین به‌عنوان اصلی(&amp;K)</translation>
    </message>
    <message>
        <source>Letters go to the primary guardian and calls go there first</source>
        <translation>نامه‌ها به ولی اصلی فرستاده می‌شود و اول با او تماس گرفته می‌شود</translation>
    </message>
    <message>
        <source>Add a Si&amp;bling&apos;s Guardian…</source>
        <translation>افزودن ولی خواهر یا برادر(&amp;B)…</translation>
    </message>
    <message>
        <source>Link a parent already on record for a brother or sister</source>
        <translation>پیوند دادن والدی که برای یک خواهر یا برادر از قبل ثبت شده است</translation>
    </message>
    <message>
        <source>Log &amp;Contact…</source>
        <translation>ثبت تماس(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a call, text, visit or meeting with the family</source>
        <translation>ثبت تماس تلفنی، پیامک، دیدار یا جلسه با خانواده</translation>
    </message>
    <message>
        <source>Write a Letter…</source>
        <translation>نوشتن نامه…</translation>
    </message>
    <message>
        <source>Print or save a letter in the family&apos;s language</source>
        <translation>چاپ یا ذخیره نامه به زبان خانواده</translation>
    </message>
    <message>
        <source>Double-click a contact (or press Enter) to correct it</source>
        <translation>برای اصلاح یک تماس، روی آن دوبار کلیک کنید (یا Enter را بزنید)</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>همراه %1</translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation>منزل %1</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>محل کار %1</translation>
    </message>
    <message>
        <source>Select a student to see their family.</source>
        <translation>دانش‌آموزی را انتخاب کنید تا خانواده‌اش را ببینید.</translation>
    </message>
    <message>
        <source>The family could not be read: %1</source>
        <translation>اطلاعات خانواده خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>★ %1 — primary</source>
        <translation>★ %1 — اصلی</translation>
    </message>
    <message>
        <source>Prefers: %1</source>
        <translation>روش ترجیحی: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>ایمیل: %1</translation>
    </message>
    <message>
        <source>Consents to texts</source>
        <translation>با پیامک موافق است</translation>
    </message>
    <message>
        <source>No consent to texts</source>
        <translation>با پیامک موافق نیست</translation>
    </message>
    <message>
        <source>Also the guardian of: %1</source>
        <translation>همچنین ولی: %1</translation>
    </message>
    <message>
        <source>No guardian on file: add one.</source>
        <translation>ولی ثبت نشده است: یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>%1 (from the family)</source>
        <translation>%1 (از طرف خانواده)</translation>
    </message>
    <message>
        <source>%1, interpreter</source>
        <translation>%1، مترجم شفاهی</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>با %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>توسط %1</translation>
    </message>
    <message>
        <source>Printed from a translation not yet reviewed</source>
        <translation>چاپ‌شده از ترجمه‌ای که هنوز بازبینی نشده</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>حذف ولی</translation>
    </message>
    <message>
        <source>Remove %1 from this student&apos;s guardians? Contacts and letters already on record keep their name.</source>
        <translation>%1 از اولیای این دانش‌آموز حذف شود؟ تماس‌ها و نامه‌هایی که از قبل ثبت شده‌اند نام او را نگه می‌دارند.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentFilterBar</name>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>نمایش انصراف‌داده‌ها(&amp;W)</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>جستجو بر اساس نام یا شناسه</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>جستجوی دانش‌آموزان</translation>
    </message>
    <message>
        <source>Type part of a first, last or preferred name, or a district ID (Ctrl+F)</source>
        <translation>بخشی از نام، نام خانوادگی یا نام ترجیحی، یا شناسه منطقه را بنویسید (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>سطح(&amp;T):</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>برنامه(&amp;P):</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>وضعیت برنامه</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>پایه(&amp;G):</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>EL &amp;status:</source>
        <translation>وضعیت EL(&amp;S):</translation>
    </message>
    <message>
        <source>EL status</source>
        <translation>وضعیت EL</translation>
    </message>
    <message>
        <source>Home &amp;language:</source>
        <translation>زبان خانه(&amp;L):</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>زبان خانه</translation>
    </message>
    <message>
        <source>Student gr&amp;oup:</source>
        <translation>گروه دانش‌آموزی(&amp;O):</translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>گروه دانش‌آموزی</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>همه پایه‌ها</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر کدام</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>همه دانش‌آموزان</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>برنامه 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>بی‌خانمان</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>زبان‌آموز انگلیسی</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>هر سطحی</translation>
    </message>
    <message>
        <source>Tier 3 · Intensive</source>
        <translation>سطح ۳ · فشرده</translation>
    </message>
    <message>
        <source>Tier 2 · Small group</source>
        <translation>سطح ۲ · گروه کوچک</translation>
    </message>
    <message>
        <source>Tier 1 · Classroom</source>
        <translation>سطح ۱ · کلاس درس</translation>
    </message>
    <message>
        <source>The tier the student&apos;s need score qualifies for</source>
        <translation>سطحی که امتیاز نیاز دانش‌آموز برای آن واجد شرایط است</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>خارج از برنامه</translation>
    </message>
    <message>
        <source>Where the student stands in the tutoring program</source>
        <translation>جایگاه دانش‌آموز در برنامه آموزش تقویتی</translation>
    </message>
    <message>
        <source>Show withdrawn students</source>
        <translation>نمایش دانش‌آموزان انصراف‌داده</translation>
    </message>
    <message>
        <source>Include students who have left the school</source>
        <translation>شامل دانش‌آموزانی که مدرسه را ترک کرده‌اند</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>همه زبان‌ها</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentMakeupDialog</name>
    <message>
        <source>Schedule Make-up — %1</source>
        <translation>برنامه‌ریزی جلسه جبرانی — %1</translation>
    </message>
    <message>
        <source>A make-up session of %1 for %2 only. Choose a time:</source>
        <translation>یک جلسه جبرانی از %1 فقط برای %2. زمانی را انتخاب کنید:</translation>
    </message>
    <message>
        <source>Make-up times</source>
        <translation>زمان‌های جلسه جبرانی</translation>
    </message>
    <message>
        <source>&amp;Schedule Make-up</source>
        <translation>برنامه‌ریزی جلسه جبرانی(&amp;S)</translation>
    </message>
    <message>
        <source>The free times could not be read: %1</source>
        <translation>زمان‌های آزاد خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>No free time in the next school days: the tutor or %1 is busy. Schedule it from the Schedule page, or mark the action not needed with a note.</source>
        <translation>در روزهای مدرسه پیش رو زمان آزادی نیست: مربی یا %1 گرفتار است. آن را از صفحه برنامه زمانی برنامه‌ریزی کنید، یا اقدام را با یک یادداشت غیرلازم علامت بزنید.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled.</source>
        <translation>جلسه جبرانی برنامه‌ریزی نشد.</translation>
    </message>
    <message>
        <source>The make-up could not be scheduled: %1</source>
        <translation>جلسه جبرانی برنامه‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>Make-up for %1 scheduled: %2, %3.</source>
        <translation>جلسه جبرانی برای %1 برنامه‌ریزی شد: %2، %3.</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTableModel</name>
    <message>
        <source>The student list could not be read: %1</source>
        <translation>فهرست دانش‌آموزان خوانده نشد: %1</translation>
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
        <translation>پیش‌دبستانی انتقالی</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>کودکستان</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>پایه %1</translation>
    </message>
    <message>
        <source>English only (EO)</source>
        <translation>فقط انگلیسی (EO)</translation>
    </message>
    <message>
        <source>Initially fluent English proficient (IFEP)</source>
        <translation>مسلط به انگلیسی از ابتدا (IFEP)</translation>
    </message>
    <message>
        <source>English learner (EL)</source>
        <translation>زبان‌آموز انگلیسی (EL)</translation>
    </message>
    <message>
        <source>Reclassified fluent English proficient (RFEP)</source>
        <translation>مسلط به انگلیسی پس از طبقه‌بندی مجدد (RFEP)</translation>
    </message>
    <message>
        <source>To be determined (TBD)</source>
        <translation>در دست تعیین (TBD)</translation>
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
        <translation>سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless</source>
        <comment>short tag</comment>
        <translation>بی‌خانمان</translation>
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
        <translation>برنامه آموزشی فردی (IEP)</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>برنامه بخش 504</translation>
    </message>
    <message>
        <source>Foster youth</source>
        <translation>کودکان تحت سرپرستی موقت</translation>
    </message>
    <message>
        <source>Homeless (McKinney-Vento)</source>
        <translation>بی‌خانمان (McKinney-Vento)</translation>
    </message>
    <message>
        <source>Socio-economically disadvantaged (SED)</source>
        <translation>محروم از نظر اقتصادی‌ـ‌اجتماعی (SED)</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>enrollment status</comment>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Consented</source>
        <comment>enrollment status</comment>
        <translation>رضایت‌داده</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>enrollment status</comment>
        <translation>دعوت‌شده</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>enrollment status</comment>
        <translation>معلق</translation>
    </message>
    <message>
        <source>Exited</source>
        <comment>enrollment status</comment>
        <translation>خارج‌شده</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <comment>enrollment status</comment>
        <translation>در فهرست انتظار</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>student status: attends the school</comment>
        <translation>ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>student status: left the school</comment>
        <translation>انصراف‌داده</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentTutoringPanel</name>
    <message>
        <source>Open protocol actions</source>
        <translation>اقدامات باز دستورالعمل</translation>
    </message>
    <message>
        <source>Tutoring seats</source>
        <translation>جایگاه‌های آموزش تقویتی</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Select a student to see their tutoring: minutes planned and received, sessions delivered and what is due about their absences.</source>
        <translation>دانش‌آموزی را انتخاب کنید تا آموزش تقویتی او را ببینید: دقیقه‌های برنامه‌ریزی‌شده و دریافت‌شده، جلسه‌های برگزارشده و اقدامات سررسیده درباره غیبت‌هایش.</translation>
    </message>
    <message>
        <source>The student&apos;s tutoring could not be read: %1</source>
        <translation>اطلاعات آموزش تقویتی دانش‌آموز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Not in tutoring this year.</source>
        <translation>امسال در آموزش تقویتی نیست.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>action · group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %Ln school day(s)</source>
        <translation>
            <numerusform>%1 · %Ln روز مدرسه گذشته از سررسید</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · سررسید امروز</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>چیزی سررسید نشده است.</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3 since %4</source>
        <comment>subject · tier · status since day</comment>
        <translation>%1 · سطح %2 · %3 از %4</translation>
    </message>
    <message>
        <source>%1 · Tier %2 · %3</source>
        <comment>subject · tier · status</comment>
        <translation>%1 · سطح %2 · %3</translation>
    </message>
    <message>
        <source>This week: %1 of %2 min · To date: %3 of %4 min</source>
        <translation>این هفته: %1 از %2 دقیقه · تاکنون: %3 از %4 دقیقه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>minutes (percent of planned)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Minutes the student attended, make-ups included, against the minutes scheduled for the seat, cancelled sessions included.</source>
        <translation>دقیقه‌هایی که دانش‌آموز حاضر بوده، با احتساب جلسه‌های جبرانی، در برابر دقیقه‌های برنامه‌ریزی‌شده برای جایگاه، با احتساب جلسه‌های لغوشده.</translation>
    </message>
    <message>
        <source>Minutes received of minutes planned</source>
        <translation>دقیقه‌های دریافت‌شده از دقیقه‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2 (%3), not counting days absent from school</source>
        <translation>جلسه‌های برگزارشده: %1 از %2 (%3)، بدون احتساب روزهای غیبت از مدرسه</translation>
    </message>
    <message>
        <source>Sessions delivered: none scheduled yet</source>
        <translation>جلسه‌های برگزارشده: هنوز جلسه‌ای برنامه‌ریزی نشده</translation>
    </message>
    <message>
        <source>Sessions the program held out of those it scheduled. Days the student was absent from school are left out: no session could have reached them.</source>
        <translation>جلسه‌هایی که برنامه از میان جلسه‌های برنامه‌ریزی‌شده برگزار کرد. روزهایی که دانش‌آموز از مدرسه غایب بود حساب نمی‌شوند: هیچ جلسه‌ای نمی‌توانست به او برسد.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %1 of %Ln session(s) (%2)</source>
        <translation>
            <numerusform>حضور: %1 از %Ln جلسه (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance: not taken yet</source>
        <translation>حضور: هنوز ثبت نشده</translation>
    </message>
    <message>
        <source>%1 · Make-ups attended: %2</source>
        <comment>attendance · make-ups</comment>
        <translation>%1 · جلسه‌های جبرانی حاضر: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::StudentsPage</name>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>وارد کردن فهرست اسامی(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Recalculate Need Scores</source>
        <translation>محاسبه دوباره امتیازهای نیاز(&amp;R)</translation>
    </message>
    <message>
        <source>Write Letters…</source>
        <translation>نوشتن نامه‌ها…</translation>
    </message>
    <message>
        <source>Number of students shown</source>
        <translation>تعداد دانش‌آموزان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Bring in the roster your district&apos;s student system exported (Ctrl+I)</source>
        <translation>وارد کردن فهرست اسامی‌ای که سامانه دانش‌آموزی منطقه صادر کرده (Ctrl+I)</translation>
    </message>
    <message>
        <source>Score every student again from their latest benchmarks, attendance and student groups, with the weights in Settings</source>
        <translation>امتیازدهی دوباره همه دانش‌آموزان بر اساس آخرین آزمون‌های معیار، حضور و گروه‌های دانش‌آموزی، با وزن‌های تنظیمات</translation>
    </message>
    <message>
        <source>Print a letter for each selected student&apos;s family, each in the family&apos;s language, in one batch (select several with Ctrl or Shift)</source>
        <translation>چاپ یک نامه برای خانواده هر دانش‌آموز انتخاب‌شده، هر کدام به زبان خانواده، یکجا (برای انتخاب چند مورد از Ctrl یا Shift استفاده کنید)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>دانش‌آموزان</translation>
    </message>
    <message>
        <source>W&amp;hy this student</source>
        <translation>چرا این دانش‌آموز(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;utoring</source>
        <translation>آموزش تقویتی(&amp;U)</translation>
    </message>
    <message>
        <source>Fa&amp;mily</source>
        <translation>خانواده(&amp;M)</translation>
    </message>
    <message>
        <source>Find Student</source>
        <translation>یافتن دانش‌آموز</translation>
    </message>
    <message>
        <source>The need scores could not be recalculated: %1</source>
        <translation>امتیازهای نیاز دوباره محاسبه نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln دانش‌آموز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorDialog</name>
    <message>
        <source>Add Supervisor</source>
        <translation>افزودن ناظر</translation>
    </message>
    <message>
        <source>Edit Supervisor</source>
        <translation>ویرایش ناظر</translation>
    </message>
    <message>
        <source>e.g. Instructional lead</source>
        <translation>مثلاً سرپرست آموزشی</translation>
    </message>
    <message>
        <source>How many tutors this person can observe and coach</source>
        <translation>این شخص بر کار چند مربی می‌تواند نظارت و آنها را راهنمایی کند</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان شغلی(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>تلفن(&amp;P):</translation>
    </message>
    <message>
        <source>Can coach &amp;up to:</source>
        <translation>حداکثر تعداد مربیان تحت راهنمایی(&amp;U):</translation>
    </message>
    <message>
        <source> tutors</source>
        <translation> مربی</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Most tutors this supervisor can coach</source>
        <translation>حداکثر مربیانی که این ناظر می‌تواند راهنمایی کند</translation>
    </message>
    <message>
        <source>Why the supervisor was not saved</source>
        <translation>چرا ناظر ذخیره نشد</translation>
    </message>
    <message>
        <source>The supervisor could not be saved: %1</source>
        <translation>ناظر ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::SupervisorPanel</name>
    <message>
        <source>Supervisors</source>
        <translation>ناظران</translation>
    </message>
    <message>
        <source>Add &amp;Supervisor…</source>
        <translation>افزودن ناظر(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit Su&amp;pervisor…</source>
        <translation>ویرایش ناظر(&amp;P)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Supervisor</source>
        <translation>حذف ناظر(&amp;V)</translation>
    </message>
    <message>
        <source>Supervisors and how many tutors each coaches</source>
        <translation>ناظران و تعداد مربیانی که هر کدام راهنمایی می‌کند</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>راهنمایی می‌کند</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>مربیان</translation>
    </message>
    <message>
        <source>Tutors without a supervisor</source>
        <translation>مربیان بدون ناظر</translation>
    </message>
    <message>
        <source>Add a person who observes and coaches tutors</source>
        <translation>افزودن شخصی که بر کار مربیان نظارت و آنها را راهنمایی می‌کند</translation>
    </message>
    <message>
        <source>Change the selected supervisor&apos;s details or how many tutors they can coach</source>
        <translation>تغییر مشخصات ناظر انتخاب‌شده یا تعداد مربیانی که می‌تواند راهنمایی کند</translation>
    </message>
    <message>
        <source>Remove the selected supervisor; their tutors are left without one</source>
        <translation>حذف ناظر انتخاب‌شده؛ مربیانش بدون ناظر می‌مانند</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tutor(s)</source>
        <translation>
            <numerusform>%1 از %n مربی</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · over capacity by %2</source>
        <comment>9 of 8 tutors · over capacity by 1</comment>
        <translation>%1 · %2 بیش از ظرفیت</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>ناظران خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tutors yet</source>
        <translation>هنوز مربی ندارد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No supervisors yet. Add the people who observe and coach your tutors.</source>
        <translation>هنوز ناظری نیست. کسانی را که بر کار مربیان شما نظارت و آنها را راهنمایی می‌کنند اضافه کنید.</translation>
    </message>
    <message>
        <source>Every tutor has a supervisor.</source>
        <translation>هر مربی یک ناظر دارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n مربی بدون ناظر: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 اضافه شد.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Remove Supervisor</source>
        <translation>حذف ناظر</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1? %n tutor(s) will have no supervisor until you choose another.</source>
        <translation>
            <numerusform>%1 حذف شود؟ %n مربی تا زمانی که ناظر دیگری انتخاب کنید بدون ناظر می‌مانند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The supervisor could not be removed: %1</source>
        <translation>ناظر حذف نشد: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 حذف شد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Supervisors</name>
    <message>
        <source>Enter the supervisor&apos;s first name.</source>
        <translation>نام ناظر را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>نام خانوادگی %1 را وارد کنید.</translation>
    </message>
    <message>
        <source>%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.</source>
        <translation>%1 می‌تواند ۱ تا ۱۰۰ مربی را راهنمایی کند، نه %2. تعداد مربیان را تغییر دهید.</translation>
    </message>
    <message>
        <source>Another supervisor already has the id %1. Give %2 a different id.</source>
        <translation>ناظر دیگری از قبل شناسه %1 را دارد. به %2 شناسه دیگری بدهید.</translation>
    </message>
    <message>
        <source>%1 is no longer in the supervisor list. Reload the Tutors page.</source>
        <translation>%1 دیگر در فهرست ناظران نیست. صفحه مربیان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1 در %2 ذخیره نشد: %3</translation>
    </message>
    <message>
        <source>The supervisor could not be removed from %1: %2</source>
        <translation>ناظر از %1 حذف نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncPage</name>
    <message>
        <source>&amp;Send Now</source>
        <translation>ارسال اکنون(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy to a Folder…</source>
        <translation>کپی در یک پوشه(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>تنظیمات(&amp;T)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Send every waiting bundle to the district now</source>
        <translation>ارسال فوری همه بسته‌های منتظر به منطقه آموزشی</translation>
    </message>
    <message>
        <source>&amp;Export Now</source>
        <translation>صدور اکنون(&amp;E)</translation>
    </message>
    <message>
        <source>Make a bundle of what changed since the last one, then send it</source>
        <translation>ساخت بسته‌ای از تغییرات پس از بسته قبلی، سپس ارسال آن</translation>
    </message>
    <message>
        <source>What Changed Since the Last Bundle</source>
        <translation>تغییرات پس از بسته قبلی</translation>
    </message>
    <message>
        <source>Every Row (a Full Bundle)</source>
        <translation>همه ردیف‌ها (بسته کامل)</translation>
    </message>
    <message>
        <source>Write the waiting bundles into a folder, such as a USB stick for the district office</source>
        <translation>نوشتن بسته‌های منتظر در یک پوشه، مانند فلش USB برای اداره منطقه آموزشی</translation>
    </message>
    <message>
        <source>Copy the Waiting Bundles to a Folder</source>
        <translation>کپی بسته‌های منتظر در یک پوشه</translation>
    </message>
    <message>
        <source>District Sync</source>
        <translation>همگام‌سازی با منطقه آموزشی</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>وضعیت همگام‌سازی</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>جزئیات همگام‌سازی</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>پیشرفت صدور</translation>
    </message>
    <message>
        <source>Bundles for the district</source>
        <translation>بسته‌ها برای منطقه آموزشی</translation>
    </message>
    <message>
        <source>Bundles wait here until a folder or the district&apos;s address is chosen in Settings.</source>
        <translation>بسته‌ها اینجا منتظر می‌مانند تا در تنظیمات یک پوشه یا نشانی منطقه آموزشی انتخاب شود.</translation>
    </message>
    <message>
        <source>Students&apos; names are included.</source>
        <translation>نام دانش‌آموزان گنجانده شده است.</translation>
    </message>
    <message>
        <source>Students&apos; names are left out (the district has them).</source>
        <translation>نام دانش‌آموزان گنجانده نشده است (منطقه آموزشی آنها را دارد).</translation>
    </message>
    <message>
        <source>Contact notes are included.</source>
        <translation>یادداشت‌های تماس گنجانده شده است.</translation>
    </message>
    <message>
        <source>Contact notes are left out.</source>
        <translation>یادداشت‌های تماس گنجانده نشده است.</translation>
    </message>
    <message>
        <source>What changed is sent every day after %1 while TutorDesk is open.</source>
        <translation>تغییرات هر روز پس از ساعت %1، تا زمانی که TutorDesk باز است، ارسال می‌شود.</translation>
    </message>
    <message>
        <source>Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync.</source>
        <translation>هیچ چیز به‌صورت زمان‌بندی‌شده ارسال نمی‌شود: از «صدور اکنون» یا tutordesk-cli sync استفاده کنید.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>صندوق خروجی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>در حال ساخت بسته…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncService</name>
    <message numerus="yes">
        <source>Sent %n bundle(s) to the district.</source>
        <translation>
            <numerusform>%n بسته به منطقه آموزشی ارسال شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>صدور متوقف شد: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>The bundle for the district could not be made: %1</source>
        <translation>بسته برای منطقه آموزشی ساخته نشد: %1</translation>
    </message>
    <message>
        <source>Nothing has changed since the last bundle: there is nothing new to send.</source>
        <translation>از بسته قبلی تاکنون چیزی تغییر نکرده است: چیز جدیدی برای ارسال نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Made %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>%1 ساخته شد (%Ln ردیف).</numerusform>
        </translation>
    </message>
    <message>
        <source>No district destination is set, so the bundles wait here. Choose a folder or the district&apos;s address in Settings ▸ District sync.</source>
        <translation>مقصدی در منطقه آموزشی تعیین نشده است، بنابراین بسته‌ها اینجا منتظر می‌مانند. در تنظیمات ▸ همگام‌سازی با منطقه، یک پوشه یا نشانی منطقه آموزشی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Bundles are being sent right now: try again in a moment.</source>
        <translation>بسته‌ها هم‌اکنون در حال ارسال هستند: چند لحظه دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>No bundle is waiting: the district has everything.</source>
        <translation>هیچ بسته‌ای منتظر نیست: منطقه آموزشی همه چیز را دارد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncSettingsEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>مرور(&amp;B)…</translation>
    </message>
    <message>
        <source>Include students&apos; &amp;names (the district already knows each student by ID)</source>
        <translation>گنجاندن نام دانش‌آموزان (منطقه آموزشی هر دانش‌آموز را با شناسه‌اش می‌شناسد)(&amp;N)</translation>
    </message>
    <message>
        <source>Include the &amp;notes of family contacts (they may name other people)</source>
        <translation>گنجاندن یادداشت‌های تماس با خانواده (ممکن است نام افراد دیگر را داشته باشد)(&amp;N)</translation>
    </message>
    <message>
        <source>Send what changed every &amp;day after</source>
        <translation>ارسال تغییرات هر روز پس از ساعت(&amp;D)</translation>
    </message>
    <message>
        <source>TutorDesk sends the district a bundle of CSV files: every row the first time, then what changed. Bundles wait in the outbox until the district has them, so nothing is lost while the computer is offline.</source>
        <translation>TutorDesk بسته‌ای از فایل‌های CSV برای منطقه آموزشی می‌فرستد: بار اول همه ردیف‌ها و سپس تغییرات. بسته‌ها تا زمانی که منطقه آموزشی آنها را دریافت کند در صندوق خروجی می‌مانند، بنابراین وقتی رایانه آفلاین است چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>A folder, or the district&apos;s address (https://…)</source>
        <translation>یک پوشه، یا نشانی منطقه آموزشی (https://…)</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>ارسال به(&amp;T):</translation>
    </message>
    <message>
        <source>District to&amp;ken:</source>
        <translation>توکن منطقه آموزشی(&amp;K):</translation>
    </message>
    <message>
        <source>Daily sending time</source>
        <translation>ساعت ارسال روزانه</translation>
    </message>
    <message>
        <source>While TutorDesk is open. District IT can also run &quot;tutordesk-cli sync&quot; from a scheduler; it sends the same bundles.</source>
        <translation>تا زمانی که TutorDesk باز است. بخش فناوری اطلاعات منطقه آموزشی هم می‌تواند &quot;tutordesk-cli sync&quot; را با یک زمان‌بند اجرا کند؛ همان بسته‌ها را می‌فرستد.</translation>
    </message>
    <message>
        <source>No destination yet: bundles wait in the outbox until one is chosen.</source>
        <translation>هنوز مقصدی نیست: بسته‌ها تا انتخاب مقصد در صندوق خروجی منتظر می‌مانند.</translation>
    </message>
    <message>
        <source>Each bundle is written into this folder: a district share, a synced folder or a USB stick.</source>
        <translation>هر بسته در این پوشه نوشته می‌شود: پوشه اشتراکی منطقه، پوشه همگام‌شده یا فلش USB.</translation>
    </message>
    <message>
        <source>Each bundle is sent to %1 over an encrypted connection.</source>
        <translation>هر بسته از طریق اتصال رمزگذاری‌شده به %1 فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keychain (type to replace)</source>
        <translation>در جاکلیدی این رایانه ذخیره شده است (برای جایگزینی تایپ کنید)</translation>
    </message>
    <message>
        <source>The district gives you this token. It is kept in this computer&apos;s keychain, never in the school&apos;s database.</source>
        <translation>منطقه آموزشی این توکن را به شما می‌دهد. در جاکلیدی این رایانه نگه داشته می‌شود، هرگز در پایگاه داده مدرسه.</translation>
    </message>
    <message>
        <source>Only an https:// address needs a token.</source>
        <translation>فقط نشانی https:// به توکن نیاز دارد.</translation>
    </message>
    <message>
        <source>The District&apos;s Folder</source>
        <translation>پوشه منطقه آموزشی</translation>
    </message>
</context>
<context>
    <name>tutordesk::SyncText</name>
    <message>
        <source>today at %1</source>
        <translation>امروز ساعت %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>دیروز ساعت %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>فردا ساعت %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ساعت %2</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>هنوز هیچ جا</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>پوشه %1</translation>
    </message>
    <message>
        <source>Everything has reached the district.</source>
        <translation>همه چیز به منطقه آموزشی رسیده است.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the district yet.</source>
        <translation>هنوز چیزی به منطقه آموزشی ارسال نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination is set.</source>
        <translation>
            <numerusform>%n بسته منتظر است: مقصدی در منطقه آموزشی تعیین نشده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n بسته منتظر ارسال است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles go to %1.</source>
        <translation>بسته‌ها به %1 می‌روند.</translation>
    </message>
    <message>
        <source>Waiting since %1.</source>
        <translation>منتظر از %1.</translation>
    </message>
    <message>
        <source>Last delivered %1 to %2.</source>
        <translation>آخرین تحویل %1 به %2.</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>آخرین تلاش %1: %2</translation>
    </message>
    <message>
        <source>TutorDesk will try again %1, or now with Send Now.</source>
        <translation>TutorDesk %1 دوباره تلاش می‌کند، یا همین حالا با «ارسال اکنون».</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting: no district destination set</source>
        <translation>
            <numerusform>%n بسته منتظر: مقصدی در منطقه آموزشی تعیین نشده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) waiting for the district</source>
        <translation>
            <numerusform>%n بسته منتظر منطقه آموزشی</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>همگام‌سازی‌شده %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>تحویل‌شده %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>منتظر</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s))</source>
        <translation>
            <numerusform>منتظر (%n تلاش)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>همه ردیف‌ها</translation>
    </message>
    <message>
        <source>Changes since the last bundle</source>
        <translation>تغییرات پس از بسته قبلی</translation>
    </message>
</context>
<context>
    <name>tutordesk::TemplateEditorDialog</name>
    <message>
        <source>built-in text</source>
        <translation>متن داخلی</translation>
    </message>
    <message>
        <source>the district&apos;s template pack</source>
        <translation>بسته الگوی منطقه آموزشی</translation>
    </message>
    <message>
        <source>the district&apos;s template pack (%1)</source>
        <translation>بسته الگوی منطقه آموزشی (%1)</translation>
    </message>
    <message>
        <source>edited in TutorDesk</source>
        <translation>ویرایش‌شده در TutorDesk</translation>
    </message>
    <message>
        <source>edited in TutorDesk by %1 on %2</source>
        <translation>ویرایش‌شده در TutorDesk توسط %1 در %2</translation>
    </message>
    <message>
        <source>A &amp;qualified translator has checked this text</source>
        <translation>یک مترجم واجد شرایط این متن را بررسی کرده است(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit Letter: %1, %2</source>
        <translation>ویرایش نامه: %1، %2</translation>
    </message>
    <message>
        <source>Where the text comes from</source>
        <translation>منبع متن</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Letter text (HTML)</source>
        <translation>متن نامه (HTML)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>جای‌نگهدارها</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the placeholder at the cursor</source>
        <translation>Enter یا دوبار کلیک، جای‌نگهدار را در محل مکان‌نما درج می‌کند</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>پیش‌نمایش با مقادیر نمونه</translation>
    </message>
    <message>
        <source>Only when a qualified translator checked the changed text: otherwise the letter dialog says the translation is not yet reviewed</source>
        <translation>فقط وقتی یک مترجم واجد شرایط متن تغییریافته را بررسی کرده است: در غیر این صورت پنجره نامه می‌گوید ترجمه هنوز بازبینی نشده است</translation>
    </message>
    <message>
        <source>Why the text was not saved</source>
        <translation>چرا متن ذخیره نشد</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>عنوان(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Text (HTML; placeholders in double braces):</source>
        <translation>متن (HTML؛ جای‌نگهدارها در دو آکولاد)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>جای‌نگهدارها(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>درج جای‌نگهدار(&amp;I)</translation>
    </message>
    <message>
        <source>Pre&amp;view (for the letter&apos;s student, or sample values in brackets):</source>
        <translation>پیش‌نمایش (برای دانش‌آموز نامه، یا مقادیر نمونه در کروشه)(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Restore Original</source>
        <translation>بازگرداندن متن اصلی(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the edited text and use the district&apos;s or the built-in text again</source>
        <translation>کنار گذاشتن متن ویرایش‌شده و استفاده دوباره از متن منطقه یا متن داخلی</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The letter&apos;s text could not be read: %1</source>
        <translation>متن نامه خوانده نشد: %1</translation>
    </message>
    <message>
        <source>no text in this language yet; starting from the English text</source>
        <translation>هنوز متنی به این زبان نیست؛ شروع از متن انگلیسی</translation>
    </message>
    <message>
        <source>Version %1, %2. %3</source>
        <translation>نسخه %1، %2. %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Reviewed by a qualified translator.</source>
        <translation>بازبینی‌شده توسط مترجم واجد شرایط.</translation>
    </message>
    <message>
        <source>Not yet reviewed by a qualified translator.</source>
        <translation>هنوز توسط مترجم واجد شرایط بازبینی نشده است.</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>پیش‌نمایش برای %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>بازگردانده نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TierEditor</name>
    <message>
        <source>&amp;Limit the seats the program offers to</source>
        <translation>محدود کردن جایگاه‌هایی که برنامه ارائه می‌دهد به(&amp;L)</translation>
    </message>
    <message>
        <source>Each tier says how much tutoring a student gets and who qualifies for it by need score.</source>
        <translation>هر سطح می‌گوید دانش‌آموز چه میزان آموزش تقویتی می‌گیرد و چه کسی بر اساس امتیاز نیاز واجد شرایط آن است.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>جلسه در هفته</translation>
    </message>
    <message>
        <source>Minutes each</source>
        <translation>دقیقه هر جلسه</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>بزرگ‌ترین گروه</translation>
    </message>
    <message>
        <source>Lowest need score</source>
        <translation>کمترین امتیاز نیاز</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>بازگرداندن پیش‌فرض‌ها(&amp;F)</translation>
    </message>
    <message>
        <source>Put back the tiers TutorDesk starts with</source>
        <translation>بازگرداندن سطح‌هایی که TutorDesk با آنها شروع می‌کند</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>جایگاه‌ها</translation>
    </message>
    <message>
        <source>Seats the program offers</source>
        <translation>جایگاه‌هایی که برنامه ارائه می‌دهد</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> جایگاه</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>tier name · description</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Sessions a week, %1</source>
        <translation>جلسه در هفته، %1</translation>
    </message>
    <message>
        <source>Minutes each, %1</source>
        <translation>دقیقه هر جلسه، %1</translation>
    </message>
    <message>
        <source>Largest group, %1</source>
        <translation>بزرگ‌ترین گروه، %1</translation>
    </message>
    <message>
        <source>Lowest need score, %1</source>
        <translation>کمترین امتیاز نیاز، %1</translation>
    </message>
    <message>
        <source>Without a limit, TutorDesk plans new groups up to the seats your groups offer now, or a quarter of the students before there are groups: %1 today.</source>
        <translation>بدون محدودیت، TutorDesk گروه‌های جدید را تا سقف جایگاه‌هایی که گروه‌های فعلی شما ارائه می‌دهند، یا پیش از وجود گروه‌ها تا یک‌چهارم دانش‌آموزان، برنامه‌ریزی می‌کند: امروز %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seat(s)</source>
        <translation>
            <numerusform>%Ln جایگاه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutordesk::Tiers</name>
    <message>
        <source>Give tiers 1, 2 and 3 once each (tier %1 appears %2 times).</source>
        <translation>سطح‌های ۱، ۲ و ۳ را هر کدام یک بار بدهید (سطح %1، %2 بار آمده است).</translation>
    </message>
    <message>
        <source>Only tiers 1, 2 and 3 exist; remove the others.</source>
        <translation>فقط سطح‌های ۱، ۲ و ۳ وجود دارند؛ بقیه را حذف کنید.</translation>
    </message>
    <message>
        <source>Tier %1 needs a name.</source>
        <translation>سطح %1 به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>Tier %1: the largest group must be 1 to 4 students, not %2.</source>
        <translation>سطح %1: بزرگ‌ترین گروه باید ۱ تا ۴ دانش‌آموز باشد، نه %2.</translation>
    </message>
    <message>
        <source>Tier %1: sessions a week must be 0 to 10, not %2.</source>
        <translation>سطح %1: جلسه در هفته باید ۰ تا ۱۰ باشد، نه %2.</translation>
    </message>
    <message>
        <source>Tier %1: minutes a session must be 0 to 240, not %2.</source>
        <translation>سطح %1: دقیقه هر جلسه باید ۰ تا ۲۴۰ باشد، نه %2.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give it at least 1 session a week.</source>
        <translation>سطح %1 آموزش تقویتی است: دست‌کم ۱ جلسه در هفته به آن بدهید.</translation>
    </message>
    <message>
        <source>Tier %1 is tutoring: give its sessions at least 5 minutes.</source>
        <translation>سطح %1 آموزش تقویتی است: جلسه‌هایش را دست‌کم ۵ دقیقه قرار دهید.</translation>
    </message>
    <message>
        <source>Tier %1: the minimum need score must be 0 to 1000, not %2.</source>
        <translation>سطح %1: کمترین امتیاز نیاز باید ۰ تا ۱۰۰۰ باشد، نه %2.</translation>
    </message>
    <message>
        <source>Tier 2&apos;s minimum need score (%1) is below tier 1&apos;s (%2): raise tier 2&apos;s or lower tier 1&apos;s.</source>
        <translation>کمترین امتیاز نیاز سطح ۲ (%1) پایین‌تر از سطح ۱ (%2) است: امتیاز سطح ۲ را بالا ببرید یا امتیاز سطح ۱ را پایین بیاورید.</translation>
    </message>
    <message>
        <source>Tier 3&apos;s minimum need score (%1) is below tier 2&apos;s (%2): raise tier 3&apos;s or lower tier 2&apos;s.</source>
        <translation>کمترین امتیاز نیاز سطح ۳ (%1) پایین‌تر از سطح ۲ (%2) است: امتیاز سطح ۳ را بالا ببرید یا امتیاز سطح ۲ را پایین بیاورید.</translation>
    </message>
    <message>
        <source>The tiers could not be saved: %1</source>
        <translation>سطح‌ها ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayPage</name>
    <message>
        <source>Take &amp;Attendance…</source>
        <translation>ثبت حضور و غیاب(&amp;A)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>&amp;Sessions today</source>
        <translation>جلسه‌های امروز(&amp;S)</translation>
    </message>
    <message>
        <source>Take attendance for the selected session (Enter or double-click does the same)</source>
        <translation>ثبت حضور و غیاب برای جلسه انتخاب‌شده (Enter یا دوبار کلیک همین کار را می‌کند)</translation>
    </message>
    <message>
        <source>What needs &amp;doing</source>
        <translation>کارهای لازم(&amp;D)</translation>
    </message>
    <message>
        <source>Print the missed-session letters due, one page for each family, each in the family&apos;s language; each is logged as a contact</source>
        <translation>چاپ نامه‌های غیبت سررسیده، یک صفحه برای هر خانواده، هر کدام به زبان خانواده؛ هر نامه به‌عنوان تماس ثبت می‌شود</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>پیگیری‌های سررسیده(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>پیگیری‌های سررسیده</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>آخرین نتیجه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Enter or double-click logs the follow-up call.</source>
        <translation>Enter یا دوبار کلیک، تماس پیگیری را ثبت می‌کند.</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and actions could not be read: %1</source>
        <translation>جلسه‌ها و اقدامات امروز خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The letters due could not be read: %1</source>
        <translation>نامه‌های سررسیده خوانده نشد: %1</translation>
    </message>
    <message>
        <source>No sessions: weekend</source>
        <translation>بدون جلسه: آخر هفته</translation>
    </message>
    <message>
        <source>No sessions: not a school day</source>
        <translation>بدون جلسه: روز تعطیل مدرسه</translation>
    </message>
    <message>
        <source>No sessions: %1</source>
        <translation>بدون جلسه: %1</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>امروز جلسه‌ای نیست</translation>
    </message>
    <message>
        <source>Print Due Le&amp;tters (%1)…</source>
        <translation>چاپ نامه‌های سررسیده (%1)(&amp;T)…</translation>
    </message>
    <message numerus="yes">
        <source>Print %n due letter(s)</source>
        <translation>
            <numerusform>چاپ %n نامه سررسیده</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1&apos;s family logged.</source>
        <translation>پیگیری با خانواده %1 ثبت شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) logged as contacts.</source>
        <translation>
            <numerusform>%n نامه به‌عنوان تماس ثبت شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due (%1)</source>
        <translation>پیگیری‌های سررسیده (%1)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none</source>
        <translation>پیگیری‌های سررسیده: هیچ(&amp;F)</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodaySessionsList</name>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>جلسه‌های امروز</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · شروع %2</translation>
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
        <translation>مهارت: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TodayText</name>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Needs cover</source>
        <translation>نیاز به جایگزین</translation>
    </message>
    <message>
        <source>No students</source>
        <translation>بدون دانش‌آموز</translation>
    </message>
    <message numerus="yes">
        <source>Taken · %1 of %n present</source>
        <translation>
            <numerusform>ثبت شد · %1 از %n حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partly taken · %1 of %n recorded</source>
        <translation>
            <numerusform>بخشی ثبت شد · %1 از %n ثبت‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>The tutor is out</source>
        <translation>مربی غایب است</translation>
    </message>
    <message>
        <source>%1 is out</source>
        <translation>%1 غایب است</translation>
    </message>
    <message>
        <source>Attendance %1% over 4 weeks</source>
        <translation>حضور %1٪ در ۴ هفته</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row</source>
        <translation>
            <numerusform>%n غیبت پشت سر هم</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation>غایب %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غایب</translation>
    </message>
    <message>
        <source>Notify the family</source>
        <translation>اطلاع به خانواده</translation>
    </message>
    <message>
        <source>Schedule a make-up</source>
        <translation>برنامه‌ریزی جلسه جبرانی</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Pause, offer the seat</source>
        <translation>تعلیق، پیشنهاد جایگاه</translation>
    </message>
    <message>
        <source>Find cover</source>
        <translation>یافتن جایگزین</translation>
    </message>
    <message numerus="yes">
        <source>Overdue · %n school day(s)</source>
        <translation>
            <numerusform>گذشته از سررسید · %n روز مدرسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>سررسید امروز</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>سررسید %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not taken</source>
        <translation>
            <numerusform>%n جلسه ثبت نشده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n session(s) taken</source>
        <translation>
            <numerusform>هر %n جلسه ثبت شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n لغو شده</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions due</source>
        <translation>اقدام سررسیده‌ای نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due</source>
        <translation>
            <numerusform>%n اقدام سررسیده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n گذشته از سررسید)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n پیگیری</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No sessions scheduled yet</source>
        <translation>هنوز جلسه‌ای برنامه‌ریزی نشده است</translation>
    </message>
    <message>
        <source>Sessions delivered: %1 of %2</source>
        <translation>جلسه‌های برگزارشده: %1 از %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1٪)</translation>
    </message>
    <message>
        <source> · attended %1</source>
        <translation> · حضور %1</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>پیش‌دبستانی (TK)</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>کودکستان</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>پایه %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TokenStore</name>
    <message>
        <source>This computer&apos;s keychain did not answer, so the sync token was not saved. Unlock the keychain (or sign in to the desktop) and save it again; a scheduled sync can also take the token from TUTORDESK_TOKEN.</source>
        <translation>جاکلیدی این رایانه پاسخ نداد، بنابراین توکن همگام‌سازی ذخیره نشد. قفل جاکلیدی را باز کنید (یا وارد دسکتاپ شوید) و دوباره ذخیره کنید؛ همگام‌سازی زمان‌بندی‌شده می‌تواند توکن را از TUTORDESK_TOKEN هم بگیرد.</translation>
    </message>
    <message>
        <source>The sync token could not be saved in this computer&apos;s keychain (%1). TutorDesk never keeps it in the database; a scheduled sync can take it from TUTORDESK_TOKEN.</source>
        <translation>توکن همگام‌سازی در جاکلیدی این رایانه ذخیره نشد (%1). TutorDesk هرگز آن را در پایگاه داده نگه نمی‌دارد؛ همگام‌سازی زمان‌بندی‌شده می‌تواند آن را از TUTORDESK_TOKEN بگیرد.</translation>
    </message>
</context>
<context>
    <name>tutordesk::Transport</name>
    <message>
        <source>the finished file could not be renamed</source>
        <translation>نام فایل تکمیل‌شده تغییر نکرد</translation>
    </message>
    <message>
        <source>No district destination is set: choose one in Settings ▸ District sync.</source>
        <translation>مقصدی در منطقه آموزشی تعیین نشده است: در تنظیمات ▸ همگام‌سازی با منطقه یکی انتخاب کنید.</translation>
    </message>
    <message>
        <source>The folder %1 is not there: is the USB stick or the district drive connected? The bundle waits in the outbox.</source>
        <translation>پوشه %1 وجود ندارد: آیا فلش USB یا درایو منطقه آموزشی وصل است؟ بسته در صندوق خروجی منتظر می‌ماند.</translation>
    </message>
    <message>
        <source>TutorDesk cannot write in the folder %1 (%2): check that the drive is not read-only and that you may write there. The bundle waits in the outbox.</source>
        <translation>TutorDesk نمی‌تواند در پوشه %1 بنویسد (%2): بررسی کنید که درایو فقط‌خواندنی نباشد و اجازه نوشتن در آن را داشته باشید. بسته در صندوق خروجی منتظر می‌ماند.</translation>
    </message>
    <message>
        <source>The bundle could not be written in full to the folder %1 (%2): is the drive full or was it removed? Nothing was left under the bundle&apos;s name; it waits in the outbox.</source>
        <translation>بسته به‌طور کامل در پوشه %1 نوشته نشد (%2): آیا درایو پر است یا جدا شده است؟ چیزی با نام بسته باقی نماند؛ بسته در صندوق خروجی منتظر است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bundle name TutorDesk writes. Make a new export.</source>
        <translation>«%1» نام بسته‌ای نیست که TutorDesk می‌نویسد. خروجی جدیدی بسازید.</translation>
    </message>
    <message>
        <source>TutorDesk could not reach %1: this computer may be offline, or the address is wrong. TutorDesk will try again.</source>
        <translation>TutorDesk به %1 دسترسی پیدا نکرد: ممکن است این رایانه آفلاین باشد یا نشانی نادرست باشد. TutorDesk دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the district&apos;s server may be down. TutorDesk will try again.</source>
        <translation>%1 اتصال را رد کرد: ممکن است سرور منطقه آموزشی از کار افتاده باشد. TutorDesk دوباره تلاش می‌کند.</translation>
    </message>
    <message numerus="yes">
        <source>The district&apos;s server at %1 did not answer (timed out after %n second(s)). TutorDesk will try again.</source>
        <translation>
            <numerusform>سرور منطقه آموزشی در %1 پاسخ نداد (پس از %n ثانیه زمان تمام شد). TutorDesk دوباره تلاش می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 could not prove who it is (its security certificate was not accepted), so nothing was sent. Ask the district&apos;s IT to check the server&apos;s certificate.</source>
        <translation>سرور منطقه آموزشی در %1 نتوانست هویت خود را ثابت کند (گواهی امنیتی آن پذیرفته نشد)، بنابراین چیزی ارسال نشد. از بخش فناوری اطلاعات منطقه بخواهید گواهی سرور را بررسی کند.</translation>
    </message>
    <message>
        <source>Sending to %1 failed (%2). TutorDesk will try again.</source>
        <translation>ارسال به %1 ناموفق بود (%2). TutorDesk دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>The district&apos;s server refused the sync token (%1): check it in Settings ▸ District sync.</source>
        <translation>سرور منطقه آموزشی توکن همگام‌سازی را نپذیرفت (%1): آن را در تنظیمات ▸ همگام‌سازی با منطقه بررسی کنید.</translation>
    </message>
    <message>
        <source>The district&apos;s server does not know this address (%1 not found at %2): check the address and the school code in Settings ▸ District sync.</source>
        <translation>سرور منطقه آموزشی این نشانی را نمی‌شناسد (%1 در %2 پیدا نشد): نشانی و کد مدرسه را در تنظیمات ▸ همگام‌سازی با منطقه بررسی کنید.</translation>
    </message>
    <message>
        <source>The bundle is too large for the district&apos;s server (413): ask the district&apos;s IT to accept larger uploads.</source>
        <translation>بسته برای سرور منطقه آموزشی بیش از حد بزرگ است (413): از بخش فناوری اطلاعات منطقه بخواهید بارگذاری‌های بزرگ‌تر را بپذیرد.</translation>
    </message>
    <message>
        <source>The district&apos;s server had a problem (%1); TutorDesk will try again.</source>
        <translation>سرور منطقه آموزشی با مشکل روبه‌رو شد (%1)؛ TutorDesk دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>The district&apos;s server at %1 did not accept the bundle (it answered %2). TutorDesk will try again; if this goes on, tell the district&apos;s IT.</source>
        <translation>سرور منطقه آموزشی در %1 بسته را نپذیرفت (پاسخ آن %2 بود). TutorDesk دوباره تلاش می‌کند؛ اگر این وضع ادامه یافت، به بخش فناوری اطلاعات منطقه اطلاع دهید.</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorAbsences</name>
    <message>
        <source>Give the first and the last day the tutor is out.</source>
        <translation>نخستین و آخرین روز غیبت مربی را وارد کنید.</translation>
    </message>
    <message>
        <source>The last day out (%1) is before the first (%2): swap them.</source>
        <translation>آخرین روز غیبت (%1) پیش از نخستین روز (%2) است: آنها را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>There is no tutor %1 (they may have been removed). Reload the Tutors page.</source>
        <translation>مربی %1 وجود ندارد (ممکن است حذف شده باشد). صفحه مربیان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The absence could not be saved in %1: %2</source>
        <translation>غیبت در %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>That absence no longer exists (it may have been taken back already). Reload the page.</source>
        <translation>آن غیبت دیگر وجود ندارد (ممکن است قبلاً پس گرفته شده باشد). صفحه را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The absence could not be taken back in %1: %2</source>
        <translation>غیبت در %1 پس گرفته نشد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorDialog</name>
    <message>
        <source>Background check date</source>
        <translation>تاریخ بررسی سوابق</translation>
    </message>
    <message>
        <source>Background check valid until</source>
        <translation>اعتبار بررسی سوابق تا</translation>
    </message>
    <message>
        <source>TB test date</source>
        <translation>تاریخ آزمایش سل</translation>
    </message>
    <message>
        <source>TB test valid until</source>
        <translation>اعتبار آزمایش سل تا</translation>
    </message>
    <message>
        <source>Add Tutor</source>
        <translation>افزودن مربی</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Substitute pool: not assigned to groups, offered when a tutor is out</source>
        <translation>گروه مربیان جایگزین: به گروهی اختصاص داده نمی‌شود، هنگام غیبت مربی پیشنهاد می‌شود</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Type of tutor</source>
        <translation>نوع مربی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی(&amp;L):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>نوع(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>تلفن(&amp;H):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>وضعیت(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;upervisor:</source>
        <translation>ناظر(&amp;U):</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>درس‌ها:</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>تأییدیه‌های صلاحیت</translation>
    </message>
    <message>
        <source>&amp;Background check on:</source>
        <translation>بررسی سوابق در تاریخ(&amp;B):</translation>
    </message>
    <message>
        <source>Background check &amp;valid until:</source>
        <translation>اعتبار بررسی سوابق تا(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;TB test on:</source>
        <translation>آزمایش سل در تاریخ(&amp;T):</translation>
    </message>
    <message>
        <source>TB test valid u&amp;ntil:</source>
        <translation>اعتبار آزمایش سل تا(&amp;N):</translation>
    </message>
    <message>
        <source>Lan&amp;guages the tutor speaks</source>
        <translation>زبان‌هایی که مربی صحبت می‌کند(&amp;G)</translation>
    </message>
    <message>
        <source>Languages the tutor speaks</source>
        <translation>زبان‌هایی که مربی صحبت می‌کند</translation>
    </message>
    <message>
        <source>Tick every language the tutor can speak with students and families</source>
        <translation>هر زبانی را که مربی می‌تواند با دانش‌آموزان و خانواده‌ها به آن صحبت کند تیک بزنید</translation>
    </message>
    <message>
        <source>When the tutor can teach each week</source>
        <translation>زمان‌هایی که مربی هر هفته می‌تواند درس بدهد</translation>
    </message>
    <message>
        <source>What to change before saving</source>
        <translation>آنچه باید پیش از ذخیره تغییر کند</translation>
    </message>
    <message>
        <source>Teaches %1</source>
        <translation>درس می‌دهد: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>The supervisors could not be read: %1</source>
        <translation>ناظران خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (title)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tutor could not be saved: %1</source>
        <translation>مربی ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorImport</name>
    <message>
        <source>Write availability as days and times, windows separated by semicolons: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri and Mon/Wed work too).</source>
        <translation>زمان‌های آزاد را به‌صورت روز و ساعت بنویسید و بازه‌ها را با نقطه‌ویرگول جدا کنید: &quot;Mon 08:00-12:00; Wed 13:00-15:30&quot; (Mon-Fri و Mon/Wed هم قابل قبول است).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day and times.</source>
        <translation>«%1» روز و ساعت نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time that is not a time of day (00:00 to 23:59).</source>
        <translation>«%1» ساعتی دارد که ساعت روز نیست (00:00 تا 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of weekdays. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name), or a range such as Mon-Fri.</source>
        <translation>«%1» بازه روزهای هفته نیست. Mon، Tue، Wed، Thu، Fri، Sat یا Sun (یا نام کامل)، یا بازه‌ای مانند Mon-Fri بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weekday. Write Mon, Tue, Wed, Thu, Fri, Sat or Sun (or the full name).</source>
        <translation>«%1» روز هفته نیست. Mon، Tue، Wed، Thu، Fri، Sat یا Sun (یا نام کامل) بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no weekday.</source>
        <translation>«%1» هیچ روزی از هفته را نام نمی‌برد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supervisor TutorDesk knows. Write their first and last name (or their id) and they are added.</source>
        <translation>«%1» ناظری نیست که TutorDesk بشناسد. نام و نام خانوادگی او (یا شناسه‌اش) را بنویسید تا اضافه شود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be supervisor number %2 added by this file; an import adds at most %3. Check the column, or add supervisors on the Tutors page first.</source>
        <translation>«%1» ناظر شماره %2 خواهد بود که این فایل اضافه می‌کند؛ هر وارد کردن حداکثر %3 ناظر اضافه می‌کند. ستون را بررسی کنید، یا ابتدا ناظران را در صفحه مربیان اضافه کنید.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>The file has no first name column. Name the column of first names &quot;First name&quot; (the first line of the file holds the column names).</source>
        <translation>فایل ستون نام ندارد. ستون نام‌ها را &quot;First name&quot; بنامید (خط اول فایل نام ستون‌ها را دارد).</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>The file has no last name column. Name the column of last names &quot;Last name&quot; (the first line of the file holds the column names).</source>
        <translation>فایل ستون نام خانوادگی ندارد. ستون نام‌های خانوادگی را &quot;Last name&quot; بنامید (خط اول فایل نام ستون‌ها را دارد).</translation>
    </message>
    <message>
        <source>The first name is missing. Enter the tutor&apos;s first name.</source>
        <translation>نام وارد نشده است. نام مربی را وارد کنید.</translation>
    </message>
    <message>
        <source>The last name is missing. Enter the tutor&apos;s last name.</source>
        <translation>نام خانوادگی وارد نشده است. نام خانوادگی مربی را وارد کنید.</translation>
    </message>
    <message>
        <source>%1 is also on line %2. List each tutor once: remove one of the two lines.</source>
        <translation>%1 در خط %2 هم آمده است. هر مربی را یک بار فهرست کنید: یکی از دو خط را حذف کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor type. Write one of: %2.</source>
        <translation>«%1» نوع مربی نیست. یکی از این‌ها را بنویسید: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write one of: %2.</source>
        <translation>«%1» وضعیت نیست. یکی از این‌ها را بنویسید: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subject. Write one or more of: %2, separated by semicolons.</source>
        <translation>«%1» درس نیست. یک یا چند مورد از این‌ها را بنویسید: %2، جدا شده با نقطه‌ویرگول.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language TutorDesk knows. Write a code (es, ko, vi) or an English name (Spanish, Korean, Vietnamese).</source>
        <translation>«%1» زبانی نیست که TutorDesk بشناسد. یک کد (es، ko، vi) یا نام انگلیسی (Spanish، Korean، Vietnamese) بنویسید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD (2026-08-01) or M/D/YYYY (8/1/2026).</source>
        <translation>«%1» تاریخ نیست. آن را به‌صورت YYYY-MM-DD (2026-08-01) یا M/D/YYYY (8/1/2026) بنویسید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n supervisor(s): %1.</source>
        <translation>
            <numerusform>%n ناظر اضافه خواهد شد: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n supervisor(s): %1.</source>
        <translation>
            <numerusform>%n ناظر اضافه شد: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) with no values in any column.</source>
        <translation>
            <numerusform>از %n خط بدون مقدار در هیچ ستونی صرف‌نظر شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>ستون‌های خوانده‌نشده: %1.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، خط %2: %3</translation>
    </message>
    <message>
        <source>The tutors in %1 could not be saved in %2: %3</source>
        <translation>مربیان %1 در %2 ذخیره نشدند: %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorOutDialog</name>
    <message>
        <source>%1 to %2</source>
        <comment>first day to last day</comment>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Mark Tutor Out</source>
        <translation>ثبت غیبت مربی</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is out, and when?&lt;/b&gt;</source>
        <translation>&lt;b&gt;چه کسی و چه زمانی غایب است؟&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>مربیان خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Sick, personal day, training…</source>
        <translation>بیماری، مرخصی شخصی، آموزش…</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>مربی(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>تا(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل(&amp;R):</translation>
    </message>
    <message>
        <source>Next, TutorDesk lists their sessions in these days and proposes a free, cleared substitute or a make-up time for each.</source>
        <translation>سپس TutorDesk جلسه‌های او در این روزها را فهرست می‌کند و برای هر کدام یک مربی جایگزینِ آزاد و دارای تأییدیه صلاحیت یا یک زمان جبرانی پیشنهاد می‌دهد.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Sessions to cover</source>
        <translation>جلسه‌های نیازمند جایگزین</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; قبلی(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>بعدی &gt;(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>اعمال(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>The last day is before the first: change one of them.</source>
        <translation>آخرین روز پیش از نخستین روز است: یکی از آنها را تغییر دهید.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>جلسه‌ها خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 has no sessions in these days.</source>
        <translation>%1 در این روزها جلسه‌ای ندارد.</translation>
    </message>
    <message>
        <source>Apply saves the absence (%1).</source>
        <translation>«اعمال» غیبت را ذخیره می‌کند (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; change any you like, then Apply.</source>
        <translation>
            <numerusform>%1 %2 غایب است. %n جلسه نیاز به تصمیم دارد: TutorDesk برای هر کدام یکی پیشنهاد می‌دهد؛ هر کدام را خواستید تغییر دهید، سپس «اعمال» را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>%1&apos;s absence is saved, but not the decisions: %2 Change that decision and click Apply again.</source>
        <translation>غیبت %1 ذخیره شد، اما تصمیم‌ها نه: %2 آن تصمیم را تغییر دهید و دوباره روی «اعمال» کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n جلسه با مربی جایگزین پوشش داده شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled with a make-up</source>
        <translation>
            <numerusform>%n جلسه با جلسه جبرانی لغو شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n لغو شد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out %2.</source>
        <translation>%1 %2 غایب است.</translation>
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
        <translation>دارای تأییدیه تا %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>امروز منقضی می‌شود</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>تا %n روز دیگر منقضی می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>در %1 منقضی شد</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>موجود نیست</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>Background check: %1, valid until %2
TB test: %3, valid until %4</source>
        <translation>بررسی سوابق: %1، معتبر تا %2
آزمایش سل: %3، معتبر تا %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a week</comment>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>درس‌ها</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>تأییدیه صلاحیت</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>دقیقه در هفته</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorText</name>
    <message>
        <source>Certified teacher</source>
        <translation>معلم دارای مدرک</translation>
    </message>
    <message>
        <source>Paraprofessional</source>
        <translation>دستیار آموزشی</translation>
    </message>
    <message>
        <source>College student</source>
        <translation>دانشجو</translation>
    </message>
    <message>
        <source>Retired educator</source>
        <translation>فرهنگی بازنشسته</translation>
    </message>
    <message>
        <source>Community tutor</source>
        <translation>مربی داوطلب محلی</translation>
    </message>
    <message>
        <source>Vendor (virtual)</source>
        <translation>شرکت خدماتی (مجازی)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Substitute pool</source>
        <translation>گروه مربیان جایگزین</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
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
        <translation>%1 هنوز %2 را اداره می‌کند. ابتدا مربی دیگری به %3 بدهید.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n گروه</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor chosen for %1 no longer exists. Choose another supervisor.</source>
        <translation>ناظری که برای %1 انتخاب شده دیگر وجود ندارد. ناظر دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Another tutor already has the id %1. Give %2 a different id.</source>
        <translation>مربی دیگری از قبل شناسه %1 را دارد. به %2 شناسه دیگری بدهید.</translation>
    </message>
    <message>
        <source>%1 is no longer in the tutor list (someone may have removed them). Reload the Tutors page.</source>
        <translation>%1 دیگر در فهرست مربیان نیست (ممکن است کسی او را حذف کرده باشد). صفحه مربیان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 expires on %3, before it was done (%4): check both dates.</source>
        <translation>%2 %1 در %3 منقضی می‌شود، پیش از تاریخ انجام آن (%4): هر دو تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>Enter the tutor&apos;s first name.</source>
        <translation>نام مربی را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter %1&apos;s last name.</source>
        <translation>نام خانوادگی %1 را وارد کنید.</translation>
    </message>
    <message>
        <source>Type: &quot;%1&quot; is not a tutor type. Choose one of: %2.</source>
        <translation>نوع: «%1» نوع مربی نیست. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a status. Choose one of: %2.</source>
        <translation>وضعیت: «%1» وضعیت نیست. یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <source>Subjects: choose at least one subject %1 can teach (reading, math, writing or other).</source>
        <translation>درس‌ها: دست‌کم یک درس که %1 می‌تواند تدریس کند انتخاب کنید (خواندن، ریاضی، نوشتن یا سایر).</translation>
    </message>
    <message>
        <source>Subjects: &quot;%1&quot; is not a subject. Choose reading, math, writing or other.</source>
        <translation>درس‌ها: «%1» درس نیست. خواندن، ریاضی، نوشتن یا سایر را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Languages: remove the empty language.</source>
        <translation>زبان‌ها: زبان خالی را حذف کنید.</translation>
    </message>
    <message>
        <source>Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).</source>
        <translation>زمان‌های آزاد: %1 روز هفته نیست (۱ = دوشنبه … ۷ = یکشنبه).</translation>
    </message>
    <message>
        <source>Availability on %1: enter both a start and an end time.</source>
        <translation>زمان آزاد در %1: هم ساعت شروع و هم ساعت پایان را وارد کنید.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 ends before it starts. Make the end later than the start.</source>
        <translation>زمان آزاد در %1: %2–%3 پیش از شروعش تمام می‌شود. ساعت پایان را دیرتر از ساعت شروع قرار دهید.</translation>
    </message>
    <message>
        <source>Availability on %1: %2–%3 and %4–%5 overlap. Join them into one window or move one.</source>
        <translation>زمان آزاد در %1: %2–%3 و %4–%5 با هم هم‌پوشانی دارند. آنها را در یک بازه ادغام کنید یا یکی را جابه‌جا کنید.</translation>
    </message>
    <message>
        <source>background check</source>
        <translation>بررسی سوابق</translation>
    </message>
    <message>
        <source>TB test</source>
        <translation>آزمایش سل</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2: %3</source>
        <translation>%1 در %2 ذخیره نشد: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tutor status. Choose active, substitute or inactive.</source>
        <translation>«%1» وضعیت مربی نیست. فعال، جایگزین یا غیرفعال را انتخاب کنید.</translation>
    </message>
    <message>
        <source>That tutor is no longer in the tutor list. Reload the Tutors page.</source>
        <translation>آن مربی دیگر در فهرست مربیان نیست. صفحه مربیان را دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>The tutor&apos;s status could not be changed in %1: %2</source>
        <translation>وضعیت مربی در %1 تغییر نکرد: %2</translation>
    </message>
</context>
<context>
    <name>tutordesk::TutorsPage</name>
    <message>
        <source>&amp;Add Tutor…</source>
        <translation>افزودن مربی(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>ویرایش(&amp;D)…</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>غیرفعال کردن(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;Out…</source>
        <translation>ثبت غیبت(&amp;O)…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>وارد کردن(&amp;M)…</translation>
    </message>
    <message>
        <source>Tutors by status</source>
        <translation>مربیان بر اساس وضعیت</translation>
    </message>
    <message>
        <source>Add a tutor with their subjects, languages, hours and clearances</source>
        <translation>افزودن مربی با درس‌ها، زبان‌ها، ساعت‌ها و تأییدیه‌های صلاحیت او</translation>
    </message>
    <message>
        <source>Change the selected tutor (double-click or Enter)</source>
        <translation>تغییر مربی انتخاب‌شده (دوبار کلیک یا Enter)</translation>
    </message>
    <message>
        <source>Take the selected tutor off the roster, or bring them back</source>
        <translation>خارج کردن مربی انتخاب‌شده از فهرست، یا بازگرداندن او</translation>
    </message>
    <message>
        <source>The selected tutor is out: cover or cancel their sessions</source>
        <translation>مربی انتخاب‌شده غایب است: جلسه‌هایش را پوشش دهید یا لغو کنید</translation>
    </message>
    <message>
        <source>Bring in tutors from a spreadsheet saved as CSV</source>
        <translation>وارد کردن مربیان از صفحه‌گسترده‌ای که به‌صورت CSV ذخیره شده</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>مربیان</translation>
    </message>
    <message>
        <source>Find Tutor</source>
        <translation>یافتن مربی</translation>
    </message>
    <message>
        <source>Imported tutors: %1 new, %2 changed, %3 unchanged.</source>
        <translation>مربیان وارد شدند: %1 جدید، %2 تغییر، %3 بدون تغییر.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>نمایش(&amp;W):</translation>
    </message>
    <message>
        <source>Show tutors</source>
        <translation>نمایش مربیان</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>همه مربیان</translation>
    </message>
    <message>
        <source>Search by name, subject, language or supervisor</source>
        <translation>جستجو بر اساس نام، درس، زبان یا ناظر</translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation>جستجوی مربیان</translation>
    </message>
    <message>
        <source>Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)</source>
        <translation>بخشی از نام، ایمیل، درس، زبان یا ناظر را بنویسید (Ctrl+F)</translation>
    </message>
    <message>
        <source>The tutors could not be read: %1</source>
        <translation>مربیان خوانده نشد: %1</translation>
    </message>
    <message>
        <source>%1 · %2 active · %3 in the substitute pool</source>
        <translation>%1 · %2 فعال · %3 در گروه مربیان جایگزین</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation>
            <numerusform>%n مربی</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutors yet. Add your tutors or import them from a spreadsheet.</source>
        <translation>هنوز مربی‌ای نیست. مربیان خود را اضافه کنید یا از یک صفحه‌گسترده وارد کنید.</translation>
    </message>
    <message>
        <source>No tutor matches the search or the filter. Clear the search or show all tutors.</source>
        <translation>هیچ مربی‌ای با جستجو یا پالایه جور نیست. جستجو را پاک کنید یا همه مربیان را نمایش دهید.</translation>
    </message>
    <message>
        <source>Make Ac&amp;tive</source>
        <translation>فعال کردن(&amp;T)</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 اضافه شد.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>The tutor could not be changed: %1</source>
        <translation>مربی تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 دوباره فعال است.</translation>
    </message>
    <message>
        <source>%1 is inactive and no longer offered for groups or as a substitute.</source>
        <translation>%1 غیرفعال است و دیگر برای گروه‌ها یا به‌عنوان جایگزین پیشنهاد نمی‌شود.</translation>
    </message>
    <message>
        <source>Import Tutors</source>
        <translation>وارد کردن مربیان</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) read.</source>
        <translation>
            <numerusform>%n مربی خوانده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the file: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 در فایل: %2 جدید، %3 تغییر، %4 بدون تغییر.</translation>
    </message>
</context>
<context>
    <name>tutordesk::UiLanguage</name>
    <message>
        <source>As the Computer Is Set</source>
        <translation>مطابق تنظیمات رایانه</translation>
    </message>
</context>
<context>
    <name>tutordesk::WaitlistModel</name>
    <message>
        <source>%1 · ID %2 · waiting for a seat in %3</source>
        <translation>%1 · شناسه %2 · منتظر جایگاه در %3</translation>
    </message>
    <message>
        <source>#</source>
        <comment>rank on the waitlist</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>پایه</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>درس</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>امتیاز نیاز</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekLegend</name>
    <message>
        <source>Legend</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>⚠ Needs cover</source>
        <translation>⚠ نیاز به جایگزین</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeekView</name>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
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
        <translation>%1 (امروز)</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewDocument</name>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Not attending</source>
        <translation>حاضر نمی‌شود</translation>
    </message>
    <message>
        <source>Attending, not improving</source>
        <translation>حاضر می‌شود، پیشرفت نمی‌کند</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و %n نفر دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>tutor absent</source>
        <translation>غیبت مربی</translation>
    </message>
    <message>
        <source>school event</source>
        <translation>برنامه مدرسه</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>آب‌وهوا</translation>
    </message>
    <message>
        <source>student event</source>
        <translation>برنامه دانش‌آموزی</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>دلایل دیگر</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>برگزارشده</translation>
    </message>
    <message>
        <source>Make-ups held</source>
        <translation>جلسه‌های جبرانی برگزارشده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>No attendance yet</source>
        <translation>هنوز حضور و غیابی نیست</translation>
    </message>
    <message>
        <source>No supervisors or tutors are set up.</source>
        <translation>هیچ ناظر یا مربی‌ای تعریف نشده است.</translation>
    </message>
    <message>
        <source>%1 — over capacity</source>
        <translation>%1 — بیش از ظرفیت</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>مربیان</translation>
    </message>
    <message>
        <source>Can coach</source>
        <translation>ظرفیت راهنمایی</translation>
    </message>
    <message numerus="yes">
        <source>%n other supervisor(s) within capacity.</source>
        <translation>
            <numerusform>%n ناظر دیگر در حد ظرفیت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1.</source>
        <translation>
            <numerusform>%n مربی بدون ناظر: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>(a session)</source>
        <translation>(یک جلسه)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Weekly operating review — %1 — week of %2</source>
        <translation>بازبینی هفتگی عملکرد — %1 — هفته %2</translation>
    </message>
    <message>
        <source>This week has not begun: there is nothing to count yet.</source>
        <translation>این هفته هنوز شروع نشده است: هنوز چیزی برای شمارش نیست.</translation>
    </message>
    <message>
        <source>Figures from %1 through %2 (the week is not over).</source>
        <translation>ارقام از %1 تا %2 (هفته هنوز تمام نشده است).</translation>
    </message>
    <message>
        <source>Figures from %1 through %2.</source>
        <translation>ارقام از %1 تا %2.</translation>
    </message>
    <message>
        <source>No attendance taken yet this week (last week %1).</source>
        <translation>این هفته هنوز حضور و غیابی گرفته نشده است (هفته گذشته %1).</translation>
    </message>
    <message>
        <source>No attendance taken this week or last.</source>
        <translation>در این هفته و هفته گذشته حضور و غیابی گرفته نشده است.</translation>
    </message>
    <message>
        <source>%1 of %2 student sessions attended</source>
        <translation>حضور در %1 از %2 جلسه دانش‌آموزی</translation>
    </message>
    <message>
        <source>Attendance %1 (%2; none taken last week).</source>
        <translation>حضور %1 (%2؛ هفته گذشته حضور و غیابی گرفته نشد).</translation>
    </message>
    <message numerus="yes">
        <source>up %n point(s)</source>
        <translation>
            <numerusform>%n واحد افزایش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n point(s)</source>
        <translation>
            <numerusform>%n واحد کاهش</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>Attendance %1 (last week %2, %3): %4.</source>
        <translation>حضور %1 (هفته گذشته %2، %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n جلسه برگزار شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them make-ups)</source>
        <translation>
            <numerusform>(%n مورد از آنها جبرانی)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>، %n لغو شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n past session(s) still without attendance</source>
        <translation>
            <numerusform>؛ %n جلسه گذشته هنوز بدون حضور و غیاب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>لغو شده: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.</source>
        <translation>
            <numerusform>نرخ تأمین مربی %1: %2 از %n گروه فعال، مربی فعال دارای تأییدیه صلاحیت دارند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) covered by a substitute</source>
        <translation>
            <numerusform>%n جلسه با مربی جایگزین پوشش داده شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tutor(s) absent this week.</source>
        <translation>
            <numerusform>؛ %n مربی در این هفته غایب بودند.</numerusform>
        </translation>
    </message>
    <message>
        <source>No student is flagged as not attending or as attending but not improving.</source>
        <translation>هیچ دانش‌آموزی هشدار «حاضر نمی‌شود» یا «حاضر می‌شود اما پیشرفت نمی‌کند» ندارد.</translation>
    </message>
    <message>
        <source>%1 not attending; %2 attending well but not improving.</source>
        <translation>%1 حاضر نمی‌شوند؛ %2 خوب حاضر می‌شوند اما پیشرفت نمی‌کنند.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n دانش‌آموز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attempted, %2 reached (%3); %4 sent.</source>
        <translation>%1 تلاش شد، با %2 تماس برقرار شد (%3)؛ %4 ارسال شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n family contact(s)</source>
        <translation>
            <numerusform>%n تماس با خانواده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>families of %n student(s)</source>
        <translation>
            <numerusform>خانواده‌های %n دانش‌آموز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n نامه</numerusform>
        </translation>
    </message>
    <message>
        <source>No protocol action is overdue.</source>
        <translation>هیچ اقدام دستورالعملی از سررسید نگذشته است.</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue; the oldest:</source>
        <translation>
            <numerusform>%n اقدام دستورالعمل از سررسید گذشته است؛ قدیمی‌ترین‌ها:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol action(s) overdue:</source>
        <translation>
            <numerusform>%n اقدام دستورالعمل از سررسید گذشته است:</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>تأمین مربی</translation>
    </message>
    <message>
        <source>Not staffed: %1.</source>
        <translation>بدون مربی: %1.</translation>
    </message>
    <message>
        <source>Tutors per supervisor</source>
        <translation>مربیان به ازای هر ناظر</translation>
    </message>
    <message>
        <source>Family outreach</source>
        <translation>ارتباط با خانواده‌ها</translation>
    </message>
    <message>
        <source>Progress flags</source>
        <translation>هشدارهای پیشرفت</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>اقدامات گذشته از سررسید</translation>
    </message>
    <message>
        <source>Not staffed: %1</source>
        <translation>بدون مربی: %1</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3 — over capacity</source>
        <translation>%1: %2 مربی، ظرفیت راهنمایی %3 — بیش از ظرفیت</translation>
    </message>
    <message>
        <source>%1: %2 tutors, can coach %3</source>
        <translation>%1: %2 مربی، ظرفیت راهنمایی %3</translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s) without a supervisor: %1</source>
        <translation>
            <numerusform>%n مربی بدون ناظر: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2، سررسید %3</translation>
    </message>
</context>
<context>
    <name>tutordesk::WeeklyReviewTab</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ هفته قبل(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>این هفته(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>هفته بعد ▶(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>چاپ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Print the review on one page for the weekly meeting</source>
        <translation>چاپ بازبینی در یک صفحه برای جلسه هفتگی</translation>
    </message>
    <message>
        <source>Save the review as a one-page PDF</source>
        <translation>ذخیره بازبینی به‌صورت PDF یک‌صفحه‌ای</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>هفته %1</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>بازبینی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Weekly review %1</source>
        <translation>بازبینی هفتگی %1</translation>
    </message>
</context>
<context>
    <name>tutordesk::WelcomeWindow</name>
    <message>
        <source>Welcome to TutorDesk</source>
        <translation>به TutorDesk خوش آمدید</translation>
    </message>
    <message>
        <source>Run your school&apos;s tutoring program by need: who gets a seat, who tutors them and when, and whether it works.</source>
        <translation>برنامه آموزش تقویتی مدرسه خود را بر اساس نیاز اداره کنید: چه کسی جایگاه می‌گیرد، چه کسی و چه زمانی به او آموزش می‌دهد، و آیا نتیجه می‌دهد.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>چگونه می‌خواهید شروع کنید؟</translation>
    </message>
    <message>
        <source>&amp;Set up my school</source>
        <translation>راه‌اندازی مدرسه من(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your school&apos;s name, its code and the school-year dates. It takes a minute.</source>
        <translation>نام مدرسه، کد آن و تاریخ‌های سال تحصیلی را وارد کنید. یک دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <source>&amp;Open an existing database…</source>
        <translation>باز کردن پایگاه داده موجود(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a TutorDesk file (.tutordesk), for example one copied from another computer or a backup.</source>
        <translation>یک فایل TutorDesk (.tutordesk) را باز کنید، مثلاً فایلی که از رایانه دیگری کپی شده یا یک نسخه پشتیبان.</translation>
    </message>
    <message>
        <source>&amp;Explore a demo school</source>
        <translation>بررسی یک مدرسه نمایشی(&amp;E)</translation>
    </message>
    <message>
        <source>Try TutorDesk on a made-up school of about 600 students. Your own school&apos;s data is kept apart.</source>
        <translation>TutorDesk را روی یک مدرسه ساختگی با حدود ۶۰۰ دانش‌آموز امتحان کنید. داده‌های مدرسه خودتان جدا نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>TutorDesk keeps your school&apos;s data in one file on this computer and works without an internet connection.</source>
        <translation>TutorDesk داده‌های مدرسه شما را در یک فایل روی همین رایانه نگه می‌دارد و بدون اتصال به اینترنت کار می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان(&amp;L):</translation>
    </message>
</context>
</TS>
